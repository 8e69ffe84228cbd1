"""The Celery application: durable queue, persistent messages, a task acknowledged only once done
(a worker killed mid-task hands the file to another), one task at a time per worker."""

from __future__ import annotations

import logging

from celery import Celery
from celery.worker.request import Request
from kombu import Queue

from tthc_digitize.errors import ConfigError
from tthc_digitize.queued import worker_log
from tthc_digitize.queued.tasks import ocr_file, ping

DEFAULT_QUEUE = "tthc-ingest"
TASK = "tthc.ocr_file"
PING = "tthc.ping"  # no work: what the queue itself costs per task (benchmarks/scaleout.py)
SCHEMES = ("amqp://", "amqps://", "pyamqp://")


class AckOrReconnect(Request):
    """A task whose acknowledgement fails takes the worker's connection down with it.

    kombu logs a connection reset during an acknowledgement and goes on; the next read then opens a
    new connection on its own, without the consumer, and the worker waits for ever on a queue it no
    longer takes from (seen when RabbitMQ restarted during a file). Raised, the error reaches Celery's
    consumer, which reconnects and consumes again; the broker has put the unacknowledged message back,
    and its task finds the file done."""

    def acknowledge(self) -> None:
        if not self.acknowledged:
            self._message.ack()
            self.acknowledged = True


def make_app(broker_url: str, queue: str = DEFAULT_QUEUE) -> Celery:
    if not broker_url.startswith(SCHEMES):  # Redis here keeps nothing on disk: no broker for work that must not be lost
        raise ConfigError("queue.bad_url", url=broker_url)
    app = Celery("tthc", broker=broker_url)
    app.conf.update(
        task_queues=[Queue(queue, durable=True)],
        task_default_queue=queue,
        task_default_delivery_mode="persistent",
        task_serializer="json",  # never pickle off the wire: whoever reaches the broker must not run code
        accept_content=["json"],
        task_ignore_result=True,  # outcomes travel through the shared output folder
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,
        # on a lost connection the running file goes on: its outcome lands in the shared folder, and the
        # redelivered copy of the task then finds it done instead of doing it again
        worker_cancel_long_running_tasks_on_connection_loss=False,
        broker_connection_retry_on_startup=True,
        broker_connection_max_retries=None,
        worker_hijack_root_logger=False,
        worker_redirect_stdouts=False,
        worker_send_task_events=False,
    )
    app.task(name=TASK, acks_late=True, Request=AckOrReconnect)(ocr_file)
    app.task(name=PING)(ping)
    return app


def run_worker(app: Celery, queue: str, hostname: str) -> int:
    """One worker taking one file at a time until stopped; returns its exit code.

    ``concurrency=1``: the solo pool runs one task at a time, but the prefetch Celery asks of the
    broker is concurrency × multiplier, and concurrency defaults to the number of cores, so a worker
    held a second file that another worker could have been doing. ``use_eventloop=False``: the event
    loop sends a task's acknowledgement later, from its ready list, and at times only on its next 2-s
    timer tick; with prefetch 1 the broker waits for that acknowledgement before the next delivery,
    so no-op tasks ran at 6 to 450 a second from run to run (benchmarks/README.md, Scale-out). Without
    it the acknowledgement goes out as the task ends. Celery then sends no AMQP heartbeats (it sends them
    from that loop only); the solo pool could not send them during a long OCR task anyway, and a
    connection the broker dropped shows at the next read, where the worker reconnects."""
    worker_log.install()
    worker = app.Worker(hostname=hostname, pool_cls="solo", concurrency=1, queues=[queue], loglevel=logging.WARNING,
                        without_gossip=True, without_mingle=True, quiet=True, use_eventloop=False)
    worker.start()
    return worker.exitcode or 0

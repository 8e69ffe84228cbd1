"""What a worker's operator reads: Celery's own log lines are English and written for developers
(a connection loss comes with a page of deprecation notice), so the worker says in words when the
broker went away and when it is back, and any error Celery reports, in one line. ``TTHC_DEBUG=1``
leaves Celery's logging as it is."""

from __future__ import annotations

import logging
import os

from celery import signals

from tthc_digitize.i18n import tr

log = logging.getLogger("tthc_digitize.queued")

# Celery's wording of its consumer's connection events (celery/worker/consumer/consumer.py)
_LOST = ("consumer: Connection to broker lost", "consumer: Cannot connect to")
_BACK = "Connected to "


class _WorkerLines(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.lost = False

    def emit(self, record: logging.LogRecord) -> None:
        text = record.getMessage()
        if text.startswith(_LOST):
            if not self.lost:
                log.warning(tr("queue.broker_lost"))
            self.lost = True
        elif text.startswith(_BACK):
            if self.lost:
                log.warning(tr("queue.broker_back"))
            self.lost = False
        elif record.levelno >= logging.ERROR:
            log.error(tr("queue.worker_error", detail=text.splitlines()[0] if text else record.levelname))


def _take_over(**_: object) -> None:
    """A ``setup_logging`` receiver: Celery then leaves the root logger alone (its deprecation warnings,
which it turns back on and routes into logging, stop at library_warnings.LOGGERS)."""
    celery_log = logging.getLogger("celery")
    celery_log.handlers = [_WorkerLines()]
    celery_log.setLevel(logging.INFO)
    celery_log.propagate = False


def install() -> None:
    if not os.environ.get("TTHC_DEBUG"):
        signals.setup_logging.connect(_take_over, weak=False)

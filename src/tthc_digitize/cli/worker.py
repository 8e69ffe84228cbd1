"""``tthc worker``: take files off the queue and OCR them, for ``tthc ingest --queue``."""

from __future__ import annotations

import os
import re
import socket
from typing import Optional

import typer

from tthc_digitize.cli.app import H, app, err
from tthc_digitize.cli.scan import QUEUE_NAME_OPT
from tthc_digitize.i18n import tr


@app.command("worker", help=H(
    "Chạy một máy xử lý: nhận từng tệp từ hàng đợi RabbitMQ và OCR như `tthc ingest` (dùng với `tthc ingest --queue`).",
    "Run a worker: take files off the RabbitMQ queue and OCR them as `tthc ingest` does (with `tthc ingest --queue`)."))
def worker_cmd(
    queue: str = typer.Option(..., "--queue", envvar="TTHC_QUEUE", help=H(
        "Địa chỉ RabbitMQ, ví dụ amqp://guest:guest@127.0.0.1:5672//.", "RabbitMQ address, e.g. amqp://guest:guest@127.0.0.1:5672//.")),
    queue_name: str = QUEUE_NAME_OPT,
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", min=1, help=H(
        "Số tiến trình OCR cho mỗi tệp (mặc định: số lõi CPU).", "OCR processes per file (default: one per CPU core).")),
) -> None:
    from tthc_digitize.queued import tasks  # heavy: Celery and the OCR stack
    from tthc_digitize.queued.app import make_app, run_worker

    tasks.worker_jobs = jobs or 0
    celery = make_app(queue, queue_name)
    err.print(tr("queue.worker_ready", queue=queue_name, broker=_without_password(queue), jobs=jobs or os.cpu_count()))
    # solo: the task runs in this process, which starts the same OCR pool a local run does; one
    # task at a time, acknowledged when done
    code = run_worker(celery, queue_name, f"tthc-{os.getpid()}@{socket.gethostname()}")
    if code:
        raise typer.Exit(code)


def _without_password(url: str) -> str:
    return re.sub(r"//([^:/@]*):[^@/]*@", r"//\1:***@", url)

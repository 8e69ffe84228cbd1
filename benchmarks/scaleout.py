"""Queued OCR (`tthc ingest --queue` + `tthc worker`) beside the local run, and the queue's own cost.

- **pages per minute**: the sample scans copied ``--copies`` times (distinct bytes, so none is a
  duplicate) go through (a) the local run with ``--jobs 1`` and ``--jobs 2`` and (b) the queue with
  one and with two ``tthc worker --jobs 1`` processes on this machine; wall time from the start of
  ``tthc ingest`` to its exit, workers already waiting.
- **no-op tasks per second**: ``--noop`` empty tasks published, then one that marks a file; the time
  until that file appears, with one worker (the broker's and Celery's cost per task, no OCR).

Needs RabbitMQ on 127.0.0.1:5672 (guest/guest). Each run uses its own queue and deletes it.

    PYTHONPATH=src .venv/bin/python benchmarks/scaleout.py [--copies 3] [--noop 2000] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from kombu import Connection

ROOT = Path(__file__).resolve().parents[1]
SCANS = ROOT / "samples" / "scans"
BROKER = "amqp://guest:guest@127.0.0.1:5672//"
AGENCY = ["--agency", "Trung tâm Phục vụ hành chính công", "--agency-code", "000.00.00.G12"]
ENV = {**os.environ, "TTHC_NOW": "2026-03-02T09:00:00+07:00", "PYTHONPATH": str(ROOT / "src")}


def _inputs(folder: Path, copies: int) -> int:
    """The samples ``copies`` times, each copy with one appended byte (a different SHA-256)."""
    folder.mkdir(parents=True)
    for n in range(copies):
        for scan in sorted(SCANS.iterdir()):  # decoders ignore bytes after the image's or PDF's end
            (folder / f"{scan.stem}-{n}{scan.suffix}").write_bytes(scan.read_bytes() + b"\0" * (n + 1))
    return len(list(folder.iterdir()))


def _ingest(inputs: Path, out: Path, *extra: str) -> tuple[float, int]:
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "tthc_digitize", "ingest", str(inputs), "-o", str(out), "--json",
                           *AGENCY, *extra], env=ENV, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    report = json.loads(proc.stdout)
    failed = [f["path"] for f in report["files"] if f["status"] == "failed"]
    if failed:
        raise SystemExit(f"failed files: {failed}")
    return seconds, sum(len(f["pages"]) for f in report["files"])


def _workers(queue: str, n: int) -> list[subprocess.Popen]:
    procs = [subprocess.Popen([sys.executable, "-m", "tthc_digitize", "worker", "--queue", BROKER, "--queue-name", queue,
                               "--jobs", "1"], env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              start_new_session=True) for _ in range(n)]
    time.sleep(6)  # connected and waiting before the clock starts
    return procs


def _stop(procs: list[subprocess.Popen]) -> None:
    for proc in procs:
        os.killpg(proc.pid, signal.SIGTERM)
    for proc in procs:
        proc.wait(timeout=60)


def _delete(queue: str) -> None:
    with Connection(BROKER) as conn:
        conn.default_channel.queue_delete(queue)


def noop_rate(count: int, work: Path) -> float:
    from tthc_digitize.queued.app import PING, make_app

    queue = f"tthc-bench-{uuid.uuid4().hex[:8]}"
    app = make_app(BROKER, queue)
    procs = _workers(queue, 1)
    mark = work / "noop-done"
    try:
        started = time.perf_counter()
        with app.producer_or_acquire() as producer:
            for _ in range(count):
                app.send_task(PING, args=(None,), queue=queue, producer=producer)
            app.send_task(PING, args=(str(mark),), queue=queue, producer=producer)
        while not mark.exists():
            time.sleep(0.01)
        return (count + 1) / (time.perf_counter() - started)
    finally:
        _stop(procs)
        _delete(queue)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--copies", type=int, default=3)
    parser.add_argument("--noop", type=int, default=2000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="tthc-bench-queue-"))
    rows = []
    try:
        files = _inputs(work / "in", args.copies)
        for label, jobs in (("local --jobs 1", 1), ("local --jobs 2", 2)):
            seconds, pages = _ingest(work / "in", work / f"out-local-{jobs}", "--jobs", str(jobs))
            rows.append({"run": label, "files": files, "pages": pages, "seconds": round(seconds, 1),
                         "pages_per_minute": round(pages * 60 / seconds, 1)})
        for n in (1, 2):
            queue = f"tthc-bench-{uuid.uuid4().hex[:8]}"
            procs = _workers(queue, n)
            try:
                seconds, pages = _ingest(work / "in", work / f"out-queue-{n}", "--queue", BROKER, "--queue-name", queue)
            finally:
                _stop(procs)
                _delete(queue)
            rows.append({"run": f"queue, {n} worker{'s' if n > 1 else ''} (--jobs 1 each)", "files": files,
                         "pages": pages, "seconds": round(seconds, 1), "pages_per_minute": round(pages * 60 / seconds, 1)})
        rate = noop_rate(args.noop, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if args.json:
        print(json.dumps({"ocr": rows, "noop_tasks_per_second": round(rate, 1)}, indent=2))
        return
    print(f"{'run':40} {'files':>5} {'pages':>5} {'seconds':>8} {'pages/min':>9}")
    for r in rows:
        print(f"{r['run']:40} {r['files']:>5} {r['pages']:>5} {r['seconds']:>8} {r['pages_per_minute']:>9}")
    print(f"no-op tasks per second (1 worker, solo pool): {rate:.1f}")


if __name__ == "__main__":
    main()

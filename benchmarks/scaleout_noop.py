"""The queue's own cost per task, taken apart: publishing, delivery to a worker, and the wait for the
outcome, each timed on its own (issue 15; the single no-op figure of ``scaleout.py`` moved from 6.6 to
448 tasks/s between runs).

One ``tthc worker`` (solo pool, prefetch 1, acks_late: as in production) is started and the clock
starts only once the broker reports it consuming. Then ``--tasks`` no-op tasks are published
(``publish``), a few of them carrying a mark file the worker touches when it runs them: the first
task's mark gives the start of delivery, the last one's the end. The queue's depth is sampled
meanwhile. ``--mode`` switches one setting at a time to find what a run's rate depends on.

    PYTHONPATH=src .venv/bin/python benchmarks/scaleout_noop.py [--tasks 2000] [--runs 3] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from kombu import Connection

ROOT = Path(__file__).resolve().parents[1]
BROKER = "amqp://guest:guest@127.0.0.1:5672//"
ENV = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
WORKER = "tthc"
# how `tthc worker` ran Celery until 2026-12-06: its CLI, the event loop, concurrency left at the core count
BEFORE = """
import os, socket, sys
from tthc_digitize.queued.app import make_app
make_app(sys.argv[1], sys.argv[2]).worker_main(["--quiet", "worker", "--pool=solo", "--loglevel=WARNING",
    "--without-gossip", "--without-mingle", "-Q", sys.argv[2], "-n", f"before-{os.getpid()}@{socket.gethostname()}"])
"""


def _consumers(queue: str) -> int:
    try:
        with Connection(BROKER) as conn:
            return conn.default_channel.queue_declare(queue, passive=True).consumer_count
    except Exception:  # not declared yet
        return 0


def _worker(queue: str) -> tuple[subprocess.Popen, float]:
    started = time.perf_counter()
    cmd = [sys.executable, "-m", "tthc_digitize", "worker", "--queue", BROKER, "--queue-name", queue, "--jobs", "1"]
    if WORKER == "before":
        cmd = [sys.executable, "-c", BEFORE, BROKER, queue]
    proc = subprocess.Popen(cmd, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    while _consumers(queue) < 1:
        if proc.poll() is not None:
            raise SystemExit("the worker exited before consuming")
        time.sleep(0.05)
    return proc, time.perf_counter() - started


def _stop(proc: subprocess.Popen, queue: str) -> None:
    os.killpg(proc.pid, signal.SIGTERM)
    proc.wait(timeout=60)
    with Connection(BROKER) as conn:
        conn.default_channel.queue_delete(queue)


def one_run(tasks: int, work: Path, mode: str) -> dict:
    from tthc_digitize.queued.app import PING, make_app

    queue = f"tthc-bench-{uuid.uuid4().hex[:8]}"
    app = make_app(BROKER, queue)
    first, last = work / f"{queue}-first", work / f"{queue}-last"
    proc, startup = _worker(queue)
    try:
        publish_started = time.perf_counter()
        options = {"delivery_mode": 1} if mode == "transient" else {}
        with app.producer_or_acquire() as producer:
            app.send_task(PING, args=(str(first),), queue=queue, producer=producer, **options)
            for _ in range(tasks - 2):
                app.send_task(PING, args=(None,), queue=queue, producer=producer, **options)
            app.send_task(PING, args=(str(last),), queue=queue, producer=producer, **options)
        published = time.perf_counter()
        depth = []
        with Connection(BROKER) as conn:
            while not last.exists():
                depth.append((round(time.perf_counter() - publish_started, 2),
                              conn.default_channel.queue_declare(queue, passive=True).message_count))
                time.sleep(0.25)
        done = time.perf_counter()
    finally:
        _stop(proc, queue)
    first_ran = first.stat().st_mtime - (time.time() - time.perf_counter()) if first.exists() else None
    last_ran = last.stat().st_mtime - (time.time() - time.perf_counter())
    delivery = last_ran - first_ran if first_ran else None
    return {
        "mode": mode, "tasks": tasks, "worker_start_s": round(startup, 2),
        "publish_s": round(published - publish_started, 3),
        "publish_per_s": round(tasks / (published - publish_started)),
        "first_task_after_s": round(first_ran - publish_started, 3) if first_ran else None,
        "delivery_s": round(delivery, 3) if delivery else None,
        "delivered_per_s": round((tasks - 1) / delivery, 1) if delivery else None,
        "end_to_end_per_s": round(tasks / (done - publish_started), 1),
        "collect_lag_s": round(done - last_ran, 3),
        "depth": depth[:: max(1, len(depth) // 8)],
        "load": os.getloadavg()[0],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tasks", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--mode", choices=["persistent", "transient"], default="persistent")
    parser.add_argument("--worker", choices=["tthc", "before"], default="tthc",
                        help="tthc: `tthc worker` as it is; before: Celery's event loop, as it ran before the fix")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    global WORKER
    WORKER = args.worker
    with tempfile.TemporaryDirectory(prefix="tthc-bench-noop-") as tmp:
        rows = [one_run(args.tasks, Path(tmp), args.mode) for _ in range(args.runs)]
    if args.json:
        print(json.dumps(rows, indent=2))
        return
    for r in rows:
        print(f"{args.worker:7} {r['mode']:10} worker up {r['worker_start_s']:5.1f}s  publish {r['publish_per_s']:6}/s  "
              f"first task +{r['first_task_after_s']}s  delivered {r['delivered_per_s']}/s  "
              f"end-to-end {r['end_to_end_per_s']}/s  collect lag {r['collect_lag_s']}s  load {r['load']:.1f}")
        print(f"           queue depth (s, messages): {r['depth']}")
    print(f"median end-to-end: {statistics.median(r['end_to_end_per_s'] for r in rows):.1f} tasks/s")


if __name__ == "__main__":
    main()

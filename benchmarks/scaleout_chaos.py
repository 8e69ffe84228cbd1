"""Workers killed at random during a queued batch (issue 15): every file loaded exactly once, audit clean.

``--files`` distinct one-page certificates (the sample certificate with its number and date changed,
200 dpi grey PNG) go through ``tthc ingest --load --queue`` into a fresh
warehouse while ``--workers`` ``tthc worker --jobs 1`` processes take them. Every ``--every`` seconds
(jittered) one live worker, chosen at random, is killed with SIGKILL (its whole process group: the
worker, its OCR pool, tesseract) and a new one started, ``--kills`` times in all. Then:

- the batch must exit without a failed file, every input must be in the register exactly once (by its
  scan's SHA-256 in the load events), no output doubled in the batch manifest; an input whose fields
  the extraction cannot complete is not loaded, and counts as such only if a local run (no queue)
  of it gives no metadata record either;
- ``tthc audit`` must exit 0; no ``*.tthc-tmp`` left in the output folder, the queue state empty.

    PYTHONPATH=src .venv/bin/python benchmarks/scaleout_chaos.py [--files 100] [--kills 20] [--workers 2]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "samples"))
from documents import DOCUMENTS  # noqa: E402
from make_samples import degrade, lay_out, raster  # noqa: E402

BROKER = "amqp://guest:guest@127.0.0.1:5672//"
AGENCY = ("Trung tâm Phục vụ hành chính công tỉnh", "000.00.00.G12")


def make_inputs(folder: Path, count: int) -> None:
    folder.mkdir(parents=True)
    base = next(d for d in DOCUMENTS if d.slug == "giay-chung-nhan-200dpi")
    rng = np.random.default_rng(7)
    for n in range(count):
        doc = dataclasses.replace(base, slug=f"gcn-{n:03d}", number=str(300 + n),
                                  date=(2019 + n % 5, 1 + n % 12, 1 + n % 27))
        degrade(raster(lay_out(doc).pages[0], 200), rng, False, noise=3).save(folder / f"gcn-{n:03d}.png", dpi=(200, 200))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--files", type=int, default=100)
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--every", type=float, default=6.0, help="seconds between kills (jittered ±50 %%)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rnd = random.Random(args.seed)
    work = Path(tempfile.mkdtemp(prefix="tthc-scaleout-chaos-"))
    queue = f"tthc-chaos-{uuid.uuid4().hex[:8]}"
    env = {**os.environ, "TTHC_NOW": "2026-03-02T09:00:00+07:00", "PYTHONPATH": str(ROOT / "src"),
           "TTHC_HOME": str(work / "home"), "TTHC_WAREHOUSE_DURABLE": "0"}
    tthc = [sys.executable, "-m", "tthc_digitize"]
    workers: list[subprocess.Popen] = []

    def start_worker() -> None:
        workers.append(subprocess.Popen([*tthc, "worker", "--queue", BROKER, "--queue-name", queue, "--jobs", "1"],
                                        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                        start_new_session=True))

    try:
        make_inputs(work / "in", args.files)
        subprocess.run([*tthc, "init", "--agency-name", AGENCY[0], "--agency-code", AGENCY[1]], env=env, check=True,
                       capture_output=True)
        for _ in range(args.workers):
            start_worker()
        started = time.perf_counter()
        batch = subprocess.Popen([*tthc, "ingest", str(work / "in"), "-o", str(work / "out"), "--load", "--json",
                                  "--queue", BROKER, "--queue-name", queue], env=env, stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True)
        kills = mid_file = 0
        while kills < args.kills and batch.poll() is None:
            time.sleep(args.every * rnd.uniform(0.5, 1.5))
            live = [w for w in workers if w.poll() is None]
            victim = rnd.choice(live)
            mid_file += bool(list((work / "out" / ".tthc" / "queue").glob("*.attempts")))
            os.killpg(victim.pid, signal.SIGKILL)
            victim.wait()
            kills += 1
            start_worker()
        stdout, stderr = batch.communicate(timeout=3600)
        seconds = time.perf_counter() - started
        report = json.loads(stdout)
        failed = [f["path"] for f in report["files"] if f["status"] == "failed"]
        redone = sum(1 for f in report["files"] if any("xử lý lại" in w for w in f["warnings"]))
        not_loaded = [f["path"] for f in report["files"] if not f["loaded"]]
        leftovers_named = [p.name for p in (work / "out").rglob("*.tthc-tmp")]
        db = sqlite3.connect(work / "home" / "register.sqlite")
        scans = [json.loads(d).get("scan_sha256") for (d,) in db.execute("SELECT detail FROM audit_log WHERE action = 'load'")]
        results = db.execute("SELECT COUNT(*) FROM results").fetchone()[0]
        manifest = [json.loads(line)["output"] for line in (work / "out" / ".tthc" / "ingest.jsonl").read_text().splitlines()]
        audit = subprocess.run([*tthc, "audit"], env=env, capture_output=True, text=True)
        # a file the extraction cannot complete is not loaded by a local run either: not the queue's doing
        local = subprocess.run([*tthc, "ingest", *not_loaded, "-o", str(work / "local"), "--json", "--agency", AGENCY[0],
                                "--agency-code", AGENCY[1]], env=env, capture_output=True, text=True) if not_loaded else None
        also_local = sum(1 for f in json.loads(local.stdout)["files"] if not f["metadata"]) if local else 0
        leftovers = list((work / "out").rglob("*.tthc-tmp")) + [p for p in (work / "out" / ".tthc" / "queue").iterdir() if p.suffix != ".done"]
        figures = {
            "files": args.files, "workers": args.workers, "kills": kills, "kills_with_a_file_in_flight": mid_file,
            "files_redelivered": redone, "seconds": round(seconds, 1), "batch_exit": batch.returncode,
            "failed": len(failed), "not_loaded": len(not_loaded),
            "not_loaded_reasons": sorted({f["load_reason"] for f in report["files"] if not f["loaded"]}),
            "not_loaded_by_a_local_run_either": also_local, "results_in_register": results,
            "loads_with_distinct_scans": len(set(scans)), "load_events": len(scans),
            "outputs_doubled_in_manifest": len(manifest) - len(set(manifest)),
            "audit_exit": audit.returncode, "leftovers": len(leftovers), "leftover_names": leftovers_named[:5],
        }
        print(json.dumps(figures, indent=2))
        ok = (not failed and also_local == len(not_loaded) and results == args.files - len(not_loaded) == len(scans)
              and len(scans) == len(set(scans))
              and len(manifest) == len(set(manifest)) and audit.returncode == 0 and not leftovers)
        print("OK" if ok else f"VIOLATIONS (stderr: {stderr[-2000:]}; audit: {audit.stdout[-2000:]})")
        sys.exit(0 if ok else 1)
    finally:
        for w in workers:
            if w.poll() is None:
                os.killpg(w.pid, signal.SIGKILL)
        from kombu import Connection

        with Connection(BROKER) as conn:
            conn.default_channel.queue_delete(queue)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

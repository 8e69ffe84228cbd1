"""`tthc migrate` benchmark: rows per second moving a SQLite register into PostgreSQL, and the proof.

A SQLite register of ``--records`` synthetic results (benchmarks/warehouse.py's generator: every
metadata field and the OCR text into the folded search index) with one audit event each, as a load
writes them; then into a new PostgreSQL database on ``--server``: the copy (one transaction, COPY in
batches) and the proof (per-row hashes of every table read back from both sides, the target's audit
chain verified), timed apart. The database is dropped afterwards.

Run: .venv/bin/python benchmarks/migrate.py [--records 100000] [--server postgresql://postgres@127.0.0.1:5432]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import tempfile
import time
from pathlib import Path

import psycopg
from warehouse import register_load  # benchmarks/warehouse.py: the same generated register

from tthc_digitize.warehouse.migrate import prove
from tthc_digitize.warehouse.register_rows import copy_register
from tthc_digitize.warehouse.repository import open_repository
from tthc_digitize.warehouse.service import init_warehouse, now, open_warehouse


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--server", default="postgresql://postgres@127.0.0.1:5432")
    args = parser.parse_args()
    os.environ["TTHC_WAREHOUSE_DURABLE"] = "0"  # building the source is not what is measured
    with tempfile.TemporaryDirectory() as tmp:
        home = init_warehouse(Path(tmp) / "kho", "Sở Tư pháp tỉnh Thử Nghiệm", "000.00.00.H30")
        wh = open_warehouse(home.root)
        started = time.perf_counter()
        register_load(wh, args.records, random.Random(7))
        at = now()
        for start in range(0, args.records, 1000):
            with wh.repo.transaction():
                for i in range(start + 1, min(start + 1000, args.records) + 1):
                    wh.repo.record_event("loaded", None, {"result": i}, "bench", at)
        built = time.perf_counter() - started
        source = wh.repo
        name = f"tthc_bench_migrate_{os.getpid()}"
        with psycopg.connect(f"{args.server}/postgres", autocommit=True) as admin:
            admin.execute(f'CREATE DATABASE "{name}"')
        url = f"{args.server}/{name}"
        try:
            target = open_repository(url)
            try:
                started = time.perf_counter()
                copy_register(source, target)
                copied = time.perf_counter() - started
                started = time.perf_counter()
                report = prove(source, target, url)
                proved = time.perf_counter() - started
            finally:
                target.close()
        finally:
            wh.close()
            with psycopg.connect(f"{args.server}/postgres", autocommit=True) as admin:
                admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    rows = report.rows
    print(json.dumps({
        "records": args.records, "rows": rows, "equal": report.equal, "source_built_s": round(built, 1),
        "copy_s": round(copied, 1), "copy_rows_per_s": round(rows / copied), "proof_s": round(proved, 1),
        "proof_rows_per_s": round(rows / proved), "total_rows_per_s": round(rows / (copied + proved)),
        "loadavg": [round(x, 2) for x in os.getloadavg()],
    }, indent=2))


if __name__ == "__main__":
    main()

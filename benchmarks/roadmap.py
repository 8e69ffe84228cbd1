"""How long `tthc roadmap status` takes over a big register (bar: under 1 second).

The register is `tthc_digitize.roadmap.synthetic.synthetic_source` (seeded, 100,000 entries and 50,000
digitised results by default). Timed, in one process after one warm-up call:
  - status by year / unit / procedure over the in-memory records (snapshot + status),
  - the same fed as the warehouse will feed it: dict rows with ISO-string dates through
    WarehouseSource (row → record conversion included, database reads not),
  - the periodic report and a proposal.
Each figure is the median and the best wall time of --repeat runs, and the median CPU time.
With --sqlite the same register also goes into a real warehouse (results as register rows, the master
register through `import_register` from a CSV, so matching is the real one) and status is timed through
the SQLite repository — reads included — and as the whole `tthc roadmap status --json` command.

    .venv/bin/python benchmarks/roadmap.py [--entries 100000] [--results 50000] [--repeat 7] [--sqlite] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import time
from datetime import date

from tthc_digitize.config import RoadmapSettings
from tthc_digitize.roadmap.api import propose_plan, roadmap_report, roadmap_status
from tthc_digitize.roadmap.source import MemorySource, WarehouseSource, plan_to_row
from tthc_digitize.roadmap.synthetic import fill_warehouse, synthetic_source

AS_OF = date(2026, 11, 30)


class DictRepo:
    """The warehouse repository's method names over pre-built dict rows (what SQLite rows become)."""

    def __init__(self, src: MemorySource) -> None:
        self.entries = [{
            "unit": e.unit, "procedure_code": e.procedure_code, "issued_date": e.issued_date.isoformat(),
            "valid_from": e.valid_from.isoformat() if e.valid_from else None,
            "valid_until": e.valid_until.isoformat() if e.valid_until else None, "status": e.status,
            "revoked_on": e.revoked_on.isoformat() if e.revoked_on else None,
            "matched_result_id": e.matched_result_id,
        } for e in src.entries]
        self.results = [{
            "result_id": r.result_id, "unit": r.unit, "procedure_code": r.procedure_code,
            "issued_date": r.issued_date.isoformat(), "loaded_at": r.loaded_at.isoformat(timespec="seconds"),
            "signed": int(r.signed), "status": r.status,
        } for r in src.results]
        self.plan = [plan_to_row(p) for p in src.plans()]
        self.demand = [{"procedure_code": k, "count": v} for k, v in src.copy_demand().items()]

    def iter_master_entries(self):
        return iter(self.entries)

    def iter_results(self):
        return iter(self.results)

    def iter_roadmap_plan(self):
        return iter(self.plan)

    def save_roadmap_plan(self, rows, replace=True):
        self.plan = list(rows)

    def iter_copy_demand(self):
        return iter(self.demand)


def timed(fn, repeat: int) -> dict:
    """Wall seconds (what a user waits) and CPU seconds of this process (less shaken by other load)."""
    fn()  # warm-up
    wall, cpu = [], []
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        fn()
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return {"median_s": round(statistics.median(wall), 4), "best_s": round(min(wall), 4),
            "cpu_median_s": round(statistics.median(cpu), 4)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--results", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--sqlite", action="store_true", help="also time status through a real SQLite warehouse")
    args = parser.parse_args()

    start = time.perf_counter()
    memory = synthetic_source(args.entries, args.results, AS_OF)
    generated = time.perf_counter() - start
    warehouse = WarehouseSource(DictRepo(memory))
    settings = RoadmapSettings()
    figures = {
        f"status --by {by} (records)": timed(lambda: roadmap_status(memory, AS_OF, settings, by), args.repeat)
        for by in ("year", "unit", "procedure")
    }
    figures["status --by unit (warehouse dict rows)"] = timed(
        lambda: roadmap_status(warehouse, AS_OF, settings, "unit"), args.repeat)
    figures["report --period quarter (records)"] = timed(
        lambda: roadmap_report(memory, AS_OF, settings, "quarter"), args.repeat)
    figures["plan propose --to 2028 --weight demand (records)"] = timed(
        lambda: propose_plan(memory, AS_OF, 2020, 2028, None, "demand"), args.repeat)
    if args.sqlite:
        import subprocess
        import sys
        import tempfile
        from pathlib import Path

        with tempfile.TemporaryDirectory() as tmp:
            started = time.perf_counter()
            os.environ["TTHC_WAREHOUSE_DURABLE"] = "0"  # a throw-away warehouse: no fsync per row
            wh, matched = fill_warehouse(memory, Path(tmp))
            figures["(warehouse built: seconds, entries matched)"] = {
                "median_s": round(time.perf_counter() - started, 1), "best_s": matched, "cpu_median_s": 0.0}
            source = WarehouseSource(wh.repo)
            figures["status --by unit (SQLite warehouse, reads included)"] = timed(
                lambda: roadmap_status(source, AS_OF, settings, "unit"), args.repeat)
            env = {**os.environ, "TTHC_HOME": str(wh.home.root)}
            command = [sys.executable, "-m", "tthc_digitize", "roadmap", "status", "--by", "unit", "--as-of",
                       AS_OF.isoformat(), "--json"]
            figures["tthc roadmap status --json (whole command)"] = timed(
                lambda: subprocess.run(command, env=env, check=True, capture_output=True), args.repeat)
            wh.close()
    result = {
        "entries": args.entries, "results": args.results, "as_of": AS_OF.isoformat(),
        "generate_s": round(generated, 2), "python": platform.python_version(),
        "load_average": os.getloadavg(), "figures": figures,
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(f"{args.entries:,} entries, {args.results:,} results, as of {AS_OF}; Python {result['python']}; "
          f"load {result['load_average'][0]:.2f}; generated in {generated:.2f} s")
    for name, f in figures.items():
        print(f"  {name:<50} wall median {f['median_s']:.3f} s, best {f['best_s']:.3f} s; "
              f"CPU median {f['cpu_median_s']:.3f} s")


if __name__ == "__main__":
    main()

"""A deterministic synthetic register (seeded): for the benchmark, chart tests and trying the commands
before the warehouse holds real data. Same arguments, same records."""

from __future__ import annotations

import csv
import random
from datetime import date, datetime, time, timedelta
from pathlib import Path

from tthc_digitize.clock import VN_TZ
from tthc_digitize.roadmap.model import Digitised, MasterEntry, PlanRow, apportion
from tthc_digitize.roadmap.source import MemorySource, WarehouseSource
from tthc_digitize.warehouse.load import object_id, record_columns
from tthc_digitize.warehouse.master_register import import_register
from tthc_digitize.warehouse.service import init_warehouse, open_warehouse
from tthc_digitize.warehouse.synthetic import record

UNITS = ("Phòng Tài nguyên nước", "Phòng Đất đai", "Chi cục Bảo vệ môi trường", "Phòng Khoáng sản",
         "Văn phòng Đăng ký đất đai")
PROCEDURES = ("1.004227", "2.000815.000.00.00.H55", "1.010727", "1.001990", "2.001235", "1.004253",
              "1.000778", "2.002188")


def synthetic_source(entries: int = 100_000, results: int = 50_000, as_of: date = date(2026, 11, 30),
                     seed: int = 2020) -> MemorySource:
    """``entries`` register lines issued 2005–2025 (some expire, 3 % revoked), ``results`` of them
    digitised between 2020 and ``as_of`` at a slowly rising pace (5 % left unsigned), a plan that
    spreads each unit's and procedure's valid results evenly over 2020–2025, and copy demand."""
    rng = random.Random(seed)
    first, last = date(2005, 1, 1).toordinal(), date(2025, 12, 31).toordinal()
    register: list[MasterEntry] = []
    for i in range(entries):
        issued = date.fromordinal(rng.randint(first, last))
        until = None if rng.random() < 0.6 else issued + timedelta(days=rng.randint(3, 20) * 365)
        revoked = issued + timedelta(days=rng.randint(30, 3000)) if rng.random() < 0.03 else None
        register.append(MasterEntry(
            rng.choice(UNITS), PROCEDURES[min(int(rng.expovariate(0.5)), len(PROCEDURES) - 1)], issued,
            issued, until, "revoked" if revoked else "valid", revoked, f"R{i}" if i < results else None))
    start, span = datetime(2020, 3, 1, tzinfo=VN_TZ), (datetime.combine(as_of, time(17), VN_TZ)
                                                        - datetime(2020, 3, 1, tzinfo=VN_TZ))
    done = [
        Digitised(f"R{i}", e.unit, e.procedure_code, e.issued_date,
                  start + span * (rng.random() ** 0.7), rng.random() > 0.05)
        for i, e in enumerate(register[:results])
    ]
    plan: list[PlanRow] = []
    cells: dict[tuple[str, str], int] = {}
    for e in register:
        if e.valid_on(date(2020, 1, 1)) or e.issued_date.year >= 2020:
            cells[(e.unit, e.procedure_code)] = cells.get((e.unit, e.procedure_code), 0) + 1
    for (unit, code), n in sorted(cells.items()):
        for year, share in zip(range(2020, 2026), apportion(n, [1, 2, 3, 3, 3, 3])):
            plan.append(PlanRow(year, unit, code, share))
    demand = {code: int(1000 / (k + 1)) for k, code in enumerate(PROCEDURES)}
    return MemorySource(register, done, plan, demand)


def fill_warehouse(memory: MemorySource, root: Path):
    """``memory`` in a new warehouse under ``root``: its results as register rows (no objects), its
    entries as a master register CSV brought in by ``import_register``, so the matching is the real
    one, and its plan. Returns the open warehouse and how many entries were matched."""
    home = init_warehouse(root / "kho", "Sở Tư pháp tỉnh Thử Nghiệm", "000.00.00.H30")
    wh = open_warehouse(home.root)
    rng = random.Random(7)
    numbers = {}
    results = memory.results
    for start in range(0, len(results), 2000):
        with wh.repo.transaction():
            for i, r in enumerate(results[start:start + 2000], start=start + 1):
                rec = record(i, rng)
                rec.code_number, rec.issued_date, rec.procedure_code = str(i), r.issued_date, r.procedure_code
                rec.valid_until = r.valid_until
                at = r.loaded_at.isoformat() if hasattr(r.loaded_at, "isoformat") else str(r.loaded_at)
                row = {"object_id": object_id(wh.agency_code, rec), "object_version": "v1", **record_columns(rec),
                       "pdf_sha256": f"{i:064x}", "pdf_sha512": f"{i:0128x}", "pdf_bytes": 0, "signed": int(r.signed),
                       "status": r.status, "batch": "synthetic", "loaded_by": "synthetic", "loaded_at": at,
                       "updated_at": at}
                wh.repo.insert_result(row, "")
                numbers[r.result_id] = (rec.code_number, rec.code_notation)
    path = root / "so-goc.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["code_number", "code_notation", "issued_date", "procedure_code", "unit", "valid_from",
                         "valid_until", "status", "revoked_on"])
        for n, e in enumerate(memory.entries):
            number, notation = numbers.get(e.matched_result_id, (f"9{n}", "KQ-KHAC"))
            iso = lambda d: d.isoformat() if d else ""  # noqa: E731
            writer.writerow([number, notation, e.issued_date.isoformat(), e.procedure_code, e.unit, iso(e.valid_from),
                             iso(e.valid_until), e.status, iso(e.revoked_on)])
    matched = import_register(wh, path).matched
    WarehouseSource(wh.repo).save_plans(memory.plans())
    return wh, matched

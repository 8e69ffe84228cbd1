"""One call per roadmap command: read the source, do the arithmetic, hand back records to render."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Literal

from tthc_digitize.config import RoadmapSettings
from tthc_digitize.roadmap.model import (
    Grouping,
    InventoryRow,
    Period,
    PeriodKind,
    PlanRow,
    Snapshot,
    Status,
    Weighting,
    inventory,
    periodic_report,
    propose,
    status,
)
from tthc_digitize.roadmap.planfile import read_plan
from tthc_digitize.roadmap.source import RoadmapSource


@contextmanager
def _bulk() -> Iterator[None]:
    """Building 150,000 records sets off full garbage collections over a heap that holds no cycles to
    find (a quarter of the time of a status); pause the collector while they are built."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _snapshot(source: RoadmapSource, as_of: date) -> Snapshot:
    with _bulk():
        return source.snapshot(as_of)


def period_of(settings: RoadmapSettings) -> Period:
    return Period(settings.start_year, settings.end_year)


def roadmap_inventory(source: RoadmapSource, as_of: date) -> list[InventoryRow]:
    return inventory(_snapshot(source, as_of))


def import_plan(path: Path, open_source: Callable[[], RoadmapSource]) -> list[PlanRow]:
    """Replace the stored plan with the file's rows. The file is checked before the source is opened,
    and a file with any bad row changes nothing."""
    rows = read_plan(path)
    open_source().save_plans(rows)
    return rows


def propose_plan(source: RoadmapSource, as_of: date, from_year: int, to_year: int,
                 by: Literal["unit", "procedure"] | None, weight: Weighting) -> tuple[list[PlanRow], int]:
    """The proposed rows and the backlog they spread (their targets add up to it)."""
    snap = _snapshot(source, as_of)
    demand = source.copy_demand() if weight == "demand" else None
    return propose(snap, from_year, to_year, by=by, weight=weight, demand=demand), snap.backlog_count


def roadmap_status(source: RoadmapSource, as_of: date, settings: RoadmapSettings, by: Grouping) -> Status:
    snap = _snapshot(source, as_of)
    return status(snap, source.plans(), period_of(settings), by=by, window_days=settings.window_days)


def roadmap_report(source: RoadmapSource, as_of: date, settings: RoadmapSettings, kind: PeriodKind) -> dict:
    snap = _snapshot(source, as_of)
    return periodic_report(snap, source.plans(), kind, period_of(settings))

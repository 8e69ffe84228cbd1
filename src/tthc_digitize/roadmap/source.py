"""Where the roadmap reads the register from: a protocol, the warehouse adapter, an in-memory source.

A source answers with a counted :class:`Snapshot`. The SQLite warehouse counts in SQL (grouped rows,
a fraction of a second at 100,000 lines); other repositories yield plain rows (dicts or tuples, dates
as ISO strings or date objects) that this module turns into the model's records for the model to count,
so the arithmetic never sees a database row.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from datetime import date, datetime
from typing import Any, Protocol

from tthc_digitize.config import Config
from tthc_digitize.errors import InputFileError
from tthc_digitize.roadmap.model import Digitised, MasterEntry, PlanRow, Snapshot, snapshot
from tthc_digitize.warehouse.service import open_warehouse


class RoadmapSource(Protocol):
    def snapshot(self, as_of: date) -> Snapshot: ...
    def copy_demand(self) -> dict[str, int]: ...
    def plans(self) -> list[PlanRow]: ...
    def save_plans(self, rows: list[PlanRow]) -> None: ...


_STATUS = {
    "valid": "valid", "còn hiệu lực": "valid",
    "expired": "expired", "hết hiệu lực": "expired",
    "revoked": "revoked", "đã thu hồi": "revoked", "thu hồi": "revoked", "đã hủy": "revoked", "hủy": "revoked",
    "cancelled": "revoked", "canceled": "revoked",
}


def _bad(field: str, value: Any) -> InputFileError:
    return InputFileError("roadmap.bad_record", field=field, value=repr(value))


class _Days(dict):
    """ISO text, date, datetime or None -> date or None, each distinct value parsed once: a register
    holds few distinct days, and this runs four times per line of it."""

    def __missing__(self, key: Any) -> date | None:
        if key is None or key == "":
            day = None
        elif isinstance(key, datetime):
            day = key.date()
        elif isinstance(key, date):
            day = key
        else:
            day = date.fromisoformat(str(key)[:10])  # ValueError: reported with its field by the caller
        if len(self) < 500_000:
            self[key] = day
        return day


class _Statuses(dict):
    def __missing__(self, key: Any) -> str:
        text = unicodedata.normalize("NFC", str(key or "valid")).strip().lower()
        status = _STATUS.get(text, text)
        if len(self) < 1000:
            self[key] = status
        return status


_DAYS = _Days()
_STATUSES = _Statuses()


def _day(value: Any, field: str) -> date | None:
    try:
        return _DAYS[value]
    except (ValueError, TypeError):
        raise _bad(field, value) from None


def _moment(value: Any) -> datetime | date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):  # datetime is a date too
        return value
    try:
        return datetime.fromisoformat(str(value))
    except ValueError:
        raise _bad("loaded_at", value) from None


def _flag(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "có")
    return bool(value)


def entry_from_row(row: Mapping[str, Any]) -> MasterEntry:
    get = row.get
    matched = get("matched_result_id")
    return entry_from_tuple((str(get("unit") or ""), str(get("procedure_code") or ""), get("issued_date"),
                             get("valid_from"), get("valid_until"), get("status"), get("revoked_on"),
                             None if matched in (None, "") else str(matched)))


def entry_from_tuple(row: tuple) -> MasterEntry:
    """A line from the repository's ``iter_roadmap_entries`` (in the record's field order, ids as text)."""
    unit, code, issued, valid_from, valid_until, status, revoked_on, matched = row
    days = _DAYS
    try:
        entry = MasterEntry(unit or "", code or "", days[issued], days[valid_from], days[valid_until],
                            _STATUSES[status], days[revoked_on], matched)
    except (ValueError, TypeError):
        for field, value in zip(("issued_date", "valid_from", "valid_until", "revoked_on"),
                                (issued, valid_from, valid_until, revoked_on)):
            _day(value, field)
        raise
    if entry.issued_date is None:
        raise _bad("issued_date", None)
    return entry


def result_from_tuple(row: tuple) -> Digitised:
    result_id, unit, code, issued, loaded_at, signed, status, valid_until = row
    return Digitised(result_id, unit or "", code or "", _day(issued, "issued_date"), _day(loaded_at, "loaded_at"),
                     bool(signed), _STATUSES[status], _day(valid_until, "valid_until"))


def result_from_row(row: Mapping[str, Any]) -> Digitised:
    get = row.get
    return Digitised(
        str(row["result_id"]),
        str(get("unit") or ""),
        str(get("procedure_code") or ""),
        _day(get("issued_date"), "issued_date"),
        _moment(get("loaded_at")),
        _flag(get("signed")),
        _STATUSES[get("status")],
        _day(get("valid_until"), "valid_until"),
    )


def plan_from_row(row: Mapping[str, Any]) -> PlanRow:
    return PlanRow(int(row["year"]), str(row.get("unit") or ""), str(row.get("procedure_code") or ""),
                   int(row["target"]))


def plan_to_row(plan: PlanRow) -> dict[str, Any]:
    return {"year": plan.year, "unit": plan.unit, "procedure_code": plan.procedure_code, "target": plan.target}


def _demand_pairs(rows: Iterable[Any]) -> Iterator[tuple[str, int]]:
    """Copy demand as dicts ({procedure_code, count|copies|requests}) or (code, count) pairs."""
    for row in rows:
        if isinstance(row, Mapping):
            count = next((row[k] for k in ("count", "copies", "requests", "demand") if k in row), 0)
            yield str(row["procedure_code"]), int(count or 0)
        else:
            code, count = row
            yield str(code), int(count or 0)


class WarehouseSource:
    """Adapts the warehouse repository (duck-typed: roadmap_counts, or iter_master_entries and
    iter_results — or their tuple forms iter_roadmap_entries, iter_roadmap_results — and
    iter_roadmap_plan, save_roadmap_plan, iter_copy_demand)."""

    def __init__(self, repo: Any) -> None:
        self.repo = repo

    def snapshot(self, as_of: date) -> Snapshot:
        """Counted by the repository when it can (``roadmap_counts``: grouped rows, the rule applied in
        its query language), otherwise by the model over every record."""
        if not hasattr(self.repo, "roadmap_counts"):
            return snapshot(self.master_entries(), self.digitised(), as_of)
        entries, results = self.repo.roadmap_counts(as_of)
        valid, backlog, done = Counter(), Counter(), Counter()
        for unit, code, year, in_force, digitised in entries:
            cell = (unit or "", code or "", int(year))
            valid[cell] += in_force
            if in_force > digitised:
                backlog[cell] += in_force - digitised
        for unit, code, day, count in results:
            done[(unit or "", code or "", _DAYS[day])] += count
        return Snapshot(as_of, valid, backlog, done)

    def master_entries(self) -> Iterator[MasterEntry]:
        if hasattr(self.repo, "iter_roadmap_entries"):
            return map(entry_from_tuple, self.repo.iter_roadmap_entries())
        return map(entry_from_row, self.repo.iter_master_entries())

    def digitised(self) -> Iterator[Digitised]:
        if hasattr(self.repo, "iter_roadmap_results"):
            return map(result_from_tuple, self.repo.iter_roadmap_results())
        return map(result_from_row, self.repo.iter_results())

    def copy_demand(self) -> dict[str, int]:
        demand: dict[str, int] = {}
        for code, count in _demand_pairs(self.repo.iter_copy_demand()):
            demand[code] = demand.get(code, 0) + count
        return demand

    def plans(self) -> list[PlanRow]:
        return [plan_from_row(r) for r in self.repo.iter_roadmap_plan()]

    def save_plans(self, rows: list[PlanRow]) -> None:
        self.repo.save_roadmap_plan([plan_to_row(r) for r in rows], replace=True)


class MemorySource:
    """Records held in lists: for tests, the benchmark and callers that already have the data."""

    def __init__(self, entries: Iterable[MasterEntry] = (), results: Iterable[Digitised] = (),
                 plans: Iterable[PlanRow] = (), demand: Mapping[str, int] | None = None) -> None:
        self.entries = list(entries)
        self.results = list(results)
        self._plans = list(plans)
        self.demand = dict(demand or {})

    def snapshot(self, as_of: date) -> Snapshot:
        return snapshot(self.entries, self.results, as_of)

    def master_entries(self) -> list[MasterEntry]:
        return self.entries

    def digitised(self) -> list[Digitised]:
        return self.results

    def copy_demand(self) -> dict[str, int]:
        return dict(self.demand)

    def plans(self) -> list[PlanRow]:
        return list(self._plans)

    def save_plans(self, rows: list[PlanRow]) -> None:
        self._plans = list(rows)


def open_source(config: Config, read_only: bool = False) -> RoadmapSource:
    """The warehouse the other commands use (``TTHC_HOME`` or ``./tthc-home``), read as roadmap records;
    a clear error, saying how to create one, when there is none."""
    return WarehouseSource(open_warehouse(flags={"lang": config.lang or None}, read_only=read_only).repo)

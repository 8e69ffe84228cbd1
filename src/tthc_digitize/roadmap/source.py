"""Where the roadmap reads the register from: a protocol, the warehouse adapter, an in-memory source.

The warehouse repository yields plain dicts (dates as ISO strings or date objects); this module turns
them into the model's records, so the arithmetic never sees a database row.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from datetime import date, datetime
from typing import Any, Protocol

from tthc_digitize.config import Config
from tthc_digitize.errors import ConfigError, InputFileError
from tthc_digitize.roadmap.model import Digitised, MasterEntry, PlanRow


class RoadmapSource(Protocol):
    def master_entries(self) -> Iterable[MasterEntry]: ...
    def digitised(self) -> Iterable[Digitised]: ...
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


def _day(value: Any, field: str) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        raise _bad(field, value) from None


def _moment(value: Any) -> datetime | date | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):  # datetime is a date too
        return value
    try:
        return datetime.fromisoformat(str(value))
    except ValueError:
        raise _bad("loaded_at", value) from None


def _status(value: Any) -> str:
    text = unicodedata.normalize("NFC", str(value or "valid")).strip().lower()
    return _STATUS.get(text, text)


def _flag(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "có")
    return bool(value)


def entry_from_row(row: Mapping[str, Any]) -> MasterEntry:
    issued = _day(row.get("issued_date"), "issued_date")
    if issued is None:
        raise _bad("issued_date", None)
    return MasterEntry(
        unit=str(row.get("unit") or ""),
        procedure_code=str(row.get("procedure_code") or ""),
        issued_date=issued,
        valid_from=_day(row.get("valid_from"), "valid_from"),
        valid_until=_day(row.get("valid_until"), "valid_until"),
        status=_status(row.get("status")),
        revoked_on=_day(row.get("revoked_on"), "revoked_on"),
        matched_result_id=str(row["matched_result_id"]) if row.get("matched_result_id") not in (None, "") else None,
    )


def result_from_row(row: Mapping[str, Any]) -> Digitised:
    return Digitised(
        result_id=str(row["result_id"]),
        unit=str(row.get("unit") or ""),
        procedure_code=str(row.get("procedure_code") or ""),
        issued_date=_day(row.get("issued_date"), "issued_date"),
        loaded_at=_moment(row.get("loaded_at")),
        signed=_flag(row.get("signed")),
        status=_status(row.get("status")),
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
    """Adapts the warehouse repository (duck-typed: iter_master_entries, iter_results,
    iter_roadmap_plan, save_roadmap_plan, iter_copy_demand)."""

    def __init__(self, repo: Any) -> None:
        self.repo = repo

    def master_entries(self) -> Iterator[MasterEntry]:
        return map(entry_from_row, self.repo.iter_master_entries())

    def digitised(self) -> Iterator[Digitised]:
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


def open_source(config: Config) -> RoadmapSource:
    """The source the CLI uses. The warehouse lands on its own branch; it is connected here then."""
    raise ConfigError("roadmap.no_warehouse")

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


# A register holds few distinct days and statuses: parsing each once keeps 150,000 rows well under a second
_DAYS: dict[str, date] = {}
_STATUSES: dict[str, str] = dict(_STATUS)


def _day(value: Any, field: str) -> date | None:
    if type(value) is str:
        day = _DAYS.get(value)
        if day is None:
            if not value:
                return None
            try:
                day = date.fromisoformat(value[:10])
            except ValueError:
                raise _bad(field, value) from None
            if len(_DAYS) > 200_000:
                _DAYS.clear()
            _DAYS[value] = day
        return day
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return _day(str(value), field)


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
    status = _STATUSES.get(value) if type(value) is str else None
    if status is None:
        text = unicodedata.normalize("NFC", str(value or "valid")).strip().lower()
        status = _STATUS.get(text, text)
        if type(value) is str and len(_STATUSES) < 1000:
            _STATUSES[value] = status
    return status


def _flag(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "có")
    return bool(value)


def entry_from_row(row: Mapping[str, Any]) -> MasterEntry:
    get = row.get
    issued = _day(get("issued_date"), "issued_date")
    if issued is None:
        raise _bad("issued_date", None)
    matched = get("matched_result_id")
    return MasterEntry(  # positional: half the cost of keywords, and this runs once per register line
        str(get("unit") or ""),
        str(get("procedure_code") or ""),
        issued,
        _day(get("valid_from"), "valid_from"),
        _day(get("valid_until"), "valid_until"),
        _status(get("status")),
        _day(get("revoked_on"), "revoked_on"),
        None if matched is None or matched == "" else str(matched),
    )


def result_from_row(row: Mapping[str, Any]) -> Digitised:
    get = row.get
    return Digitised(
        str(row["result_id"]),
        str(get("unit") or ""),
        str(get("procedure_code") or ""),
        _day(get("issued_date"), "issued_date"),
        _moment(get("loaded_at")),
        _flag(get("signed")),
        _status(get("status")),
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

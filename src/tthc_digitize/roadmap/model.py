"""Roadmap arithmetic: inventory, proposed plans, progress and periodic reports.

Pure functions over plain records. Nothing here reads the clock, a file or a database: every question
is asked "as of" a date the caller gives, so the same register always yields the same answer.
"""

from __future__ import annotations

import calendar
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Literal, NamedTuple

from tthc_digitize.clock import VN_TZ
from tthc_digitize.errors import ConfigError, UsageError

Grouping = Literal["unit", "procedure", "year"]
Weighting = Literal["even", "demand"]
PeriodKind = Literal["month", "quarter"]
# A digitised result not found in the master register is judged by its own status.
INVALID_STATUSES = frozenset({"revoked", "expired"})


# Records are named tuples: immutable, and ten times cheaper to build than frozen dataclasses,
# which matters at 150,000 rows per status call.
class MasterEntry(NamedTuple):
    """One line of the master register (sổ gốc). ``status`` is valid | expired | revoked."""

    unit: str
    procedure_code: str
    issued_date: date
    valid_from: date | None = None
    valid_until: date | None = None
    status: str = "valid"
    revoked_on: date | None = None
    matched_result_id: str | None = None

    def valid_on(self, day: date) -> bool:
        """Still in force on ``day``: issued by then, not revoked by then, not expired before it.
        A status of revoked/expired without its date counts from the start (the date is unknown)."""
        if self.issued_date > day:
            return False
        if self.revoked_on is not None:
            if self.revoked_on <= day:
                return False
        elif self.status == "revoked":
            return False
        if self.valid_until is not None:
            return self.valid_until >= day
        return self.status != "expired"


class Digitised(NamedTuple):
    """A result in the warehouse: scanned, OCR'd, described, maybe signed."""

    result_id: str
    unit: str
    procedure_code: str
    issued_date: date | None
    loaded_at: datetime | date | None
    signed: bool
    status: str = "valid"
    valid_until: date | None = None

    def valid_on(self, day: date) -> bool:
        """Its own verdict, used when the register does not list it."""
        return self.status not in INVALID_STATUSES and (self.valid_until is None or self.valid_until >= day)


class PlanRow(NamedTuple):
    """A yearly target. An empty unit or procedure code means "all" (plans made --by one of them)."""

    year: int
    unit: str
    procedure_code: str
    target: int


@dataclass(frozen=True)
class Period:
    """The roadmap's years, inclusive; the deadline is 31 December of the last one."""

    start: int = 2020
    end: int = 2025

    def __post_init__(self) -> None:
        if not (1900 <= self.start <= self.end <= 2200):
            raise ConfigError("roadmap.bad_period", start=self.start, end=self.end)

    @property
    def deadline(self) -> date:
        return date(self.end, 12, 31)

    @property
    def years(self) -> range:
        return range(self.start, self.end + 1)


def loaded_day(loaded_at: datetime | date) -> date:
    """The Vietnamese calendar day a result was loaded (times with an offset are moved to +07:00)."""
    if isinstance(loaded_at, datetime):
        return (loaded_at.astimezone(VN_TZ) if loaded_at.tzinfo else loaded_at).date()
    return loaded_at


Cell = tuple[str, str, int]  # unit, procedure code, year of issue
DoneCell = tuple[str, str, date]  # unit, procedure code, day loaded (in Vietnam)


@dataclass(frozen=True)
class Snapshot:
    """The register as it stood at the end of ``as_of``, counted. Every roadmap figure is a count, and
    counts let the warehouse answer with a few thousand grouped rows instead of every register line
    (``RoadmapSource.snapshot``); ``snapshot`` below is the rule itself, over records."""

    as_of: date
    valid: Counter[Cell]  # still in force
    backlog: Counter[Cell]  # still in force and not yet digitised
    done: Counter[DoneCell]  # digitised (loaded, signed, valid) by then

    @property
    def valid_count(self) -> int:
        return sum(self.valid.values())

    @property
    def backlog_count(self) -> int:
        return sum(self.backlog.values())

    @property
    def done_count(self) -> int:
        return sum(self.done.values())

    def done_since(self, day: date) -> int:
        """Digitised after ``day`` (up to the snapshot's date)."""
        return sum(n for (_, _, loaded), n in self.done.items() if loaded > day)


def tally(counter: Mapping, key: Callable) -> Counter:
    """``counter``'s counts added up under ``key(cell)``."""
    out: Counter = Counter()
    for cell, n in counter.items():
        out[key(cell)] += n
    return out


def digitised(entries: Sequence[MasterEntry], results: Iterable[Digitised], as_of: date) -> list[tuple[Digitised, date]]:
    """The results that count as digitised by the end of ``as_of``, with the day each was loaded:
    loaded by then, signed, and valid — as the register says, or by their own status when it does
    not list them."""
    in_register = {e.matched_result_id for e in entries if e.matched_result_id}
    in_force = {e.matched_result_id for e in entries if e.matched_result_id and e.valid_on(as_of)}
    done: list[tuple[Digitised, date]] = []
    for result in results:
        if not result.signed or result.loaded_at is None:
            continue
        day = loaded_day(result.loaded_at)
        if day > as_of:
            continue
        rid = result.result_id
        if rid in in_force or (rid not in in_register and result.valid_on(as_of)):
            done.append((result, day))
    return done


def snapshot(entries: Iterable[MasterEntry], results: Iterable[Digitised], as_of: date) -> Snapshot:
    entries = list(entries)
    valid = [e for e in entries if e.valid_on(as_of)]
    done = digitised(entries, results, as_of)
    done_ids = {r.result_id for r, _ in done}
    return Snapshot(
        as_of,
        Counter((e.unit, e.procedure_code, e.issued_date.year) for e in valid),
        Counter((e.unit, e.procedure_code, e.issued_date.year) for e in valid if e.matched_result_id not in done_ids),
        Counter((r.unit, r.procedure_code, day) for r, day in done),
    )


# --- inventory -------------------------------------------------------------------------------------


class InventoryRow(NamedTuple):
    unit: str
    procedure_code: str
    issued_year: int
    still_valid: int
    digitised: int

    @property
    def backlog(self) -> int:
        return self.still_valid - self.digitised


def inventory(snap: Snapshot) -> list[InventoryRow]:
    """Still-valid results per unit, procedure and year of issue, and how many of them are digitised."""
    return [InventoryRow(*cell, still_valid=n, digitised=n - snap.backlog[cell]) for cell, n in sorted(snap.valid.items())]


# --- proposed plans --------------------------------------------------------------------------------


def apportion(total: int, weights: Sequence[float]) -> list[int]:
    """Split ``total`` into integers in proportion to ``weights`` that add up to ``total`` exactly
    (largest remainder; ties go to the earlier position, so earlier years get the odd ones)."""
    if not weights:
        return []
    if sum(weights) <= 0:
        weights = [1] * len(weights)
    whole = sum(weights)
    quotas = [total * w / whole for w in weights]
    shares = [math.floor(q) for q in quotas]
    order = sorted(range(len(weights)), key=lambda i: (-(quotas[i] - shares[i]), i))
    for i in order[: total - sum(shares)]:
        shares[i] += 1
    return shares


def remaining_years(from_year: int, to_year: int, as_of: date) -> list[int]:
    """The years a proposal spreads over: this year (as of the date) up to the last."""
    if from_year > to_year:
        raise UsageError("roadmap.bad_years", start=from_year, end=to_year)
    years = list(range(max(from_year, as_of.year), to_year + 1))
    if not years:
        raise UsageError("roadmap.period_over", end=to_year, year=as_of.year)
    return years


def propose(
    snap: Snapshot,
    from_year: int,
    to_year: int,
    by: Literal["unit", "procedure"] | None = None,
    weight: Weighting = "even",
    demand: Mapping[str, int] | None = None,
) -> list[PlanRow]:
    """Spread the still-valid, not yet digitised backlog over the years left in ``from_year..to_year``.

    ``even``: each group's backlog is split evenly over the years. ``demand``: every year takes an even
    share of the whole backlog, filled with the most-requested procedures first (copy demand), so
    results people ask copies of are digitised soonest. Either way the targets add up to the backlog.
    ``by`` sets the plan's grain: per unit, per procedure, or (None) per unit and procedure.
    """
    years = remaining_years(from_year, to_year, snap.as_of)
    cells = tally(snap.backlog, lambda cell: cell[:2])

    def group(cell: tuple[str, str]) -> tuple[str, str]:
        unit, code = cell
        return (unit, "") if by == "unit" else ("", code) if by == "procedure" else cell

    targets: Counter[tuple[int, str, str]] = Counter()
    if weight == "even":
        groups = Counter()
        for cell, n in cells.items():
            groups[group(cell)] += n
        for key, n in groups.items():
            for year, share in zip(years, apportion(n, [1] * len(years))):
                targets[(year, *key)] += share
    else:
        demand = demand or {}
        queue = sorted(cells.items(), key=lambda kv: (-demand.get(kv[0][1], 0), kv[0][1], kv[0][0]))
        capacity = apportion(sum(cells.values()), [1] * len(years))
        year_index = 0
        for cell, n in queue:
            while n:
                while capacity[year_index] == 0:
                    year_index += 1
                take = min(n, capacity[year_index])
                targets[(years[year_index], *group(cell))] += take
                capacity[year_index] -= take
                n -= take
    return [PlanRow(year, unit, code, n) for (year, unit, code), n in sorted(targets.items()) if n]


# --- progress --------------------------------------------------------------------------------------


def year_fraction(year: int, as_of: date) -> float:
    """How much of ``year``'s target should be done by the end of ``as_of`` (pro rata by day)."""
    if year < as_of.year:
        return 1.0
    if year > as_of.year:
        return 0.0
    return as_of.timetuple().tm_yday / (366 if calendar.isleap(year) else 365)


@dataclass(frozen=True)
class StatusRow:
    key: str  # unit, procedure code, year, or "total"
    target: int
    expected: float  # pro-rata target as of the date
    digitised: int
    still_valid: int | None  # None for year rows: a roadmap year is not a year of issue
    backlog: int | None
    rate_per_day: float | None  # recent rate; None for year rows
    projected: date | None  # when the target is reached at the recent rate

    @property
    def percent(self) -> float | None:
        return round(100 * self.digitised / self.target, 1) if self.target else None

    @property
    def state(self) -> str:
        if self.target == 0:
            return "no_target"
        if self.digitised >= self.target:
            return "done"
        return "on_track" if self.digitised >= self.expected else "behind"

    def as_dict(self) -> dict:
        return {
            "key": self.key,
            "target": self.target,
            "expected": round(self.expected, 1),
            "digitised": self.digitised,
            "percent": self.percent,
            "state": self.state,
            "still_valid": self.still_valid,
            "backlog": self.backlog,
            "rate_per_day": None if self.rate_per_day is None else round(self.rate_per_day, 3),
            "projected_completion": self.projected.isoformat() if self.projected else None,
        }


@dataclass(frozen=True)
class Overdue:
    """After the deadline: what is still not digitised, what was done late, when it will be done."""

    backlog: int
    digitised_after_deadline: int
    projected: date | None

    def as_dict(self) -> dict:
        return {
            "backlog": self.backlog,
            "digitised_after_deadline": self.digitised_after_deadline,
            "projected_completion": self.projected.isoformat() if self.projected else None,
        }


@dataclass(frozen=True)
class Status:
    as_of: date
    period: Period
    by: Grouping
    window_days: int
    rows: list[StatusRow]
    total: StatusRow
    overdue: Overdue | None
    years: list[StatusRow]  # per roadmap year (and each later year up to as_of), for the chart
    cumulative: list[tuple[date, int]]  # digitised so far at each month end up to as_of

    def as_dict(self) -> dict:
        return {
            "as_of": self.as_of.isoformat(),
            "period": {"start": self.period.start, "end": self.period.end, "deadline": self.period.deadline.isoformat()},
            "by": self.by,
            "window_days": self.window_days,
            "rows": [r.as_dict() for r in self.rows],
            "years": [r.as_dict() for r in self.years],
            "total": self.total.as_dict(),
            "overdue": self.overdue.as_dict() if self.overdue else None,
        }


def _projection(remaining: int, rate: float, as_of: date) -> date | None:
    if remaining <= 0 or rate <= 0:
        return None
    return as_of + timedelta(days=math.ceil(remaining / rate))


def _group_rows(snap: Snapshot, plans: list[PlanRow], by: Grouping, window_start: date,
                window_days: int) -> list[StatusRow]:
    def key(unit: str, code: str) -> str:
        return unit if by == "unit" else code

    as_of = snap.as_of
    target: Counter[str] = Counter()
    expected: defaultdict[str, float] = defaultdict(float)
    for p in plans:
        k = key(p.unit, p.procedure_code)
        target[k] += p.target
        expected[k] += p.target * year_fraction(p.year, as_of)
    done: Counter[str] = Counter()
    recent: Counter[str] = Counter()
    for (unit, code, day), n in snap.done.items():
        k = key(unit, code)
        done[k] += n
        if day > window_start:
            recent[k] += n
    valid = tally(snap.valid, lambda cell: key(*cell[:2]))
    waiting = tally(snap.backlog, lambda cell: key(*cell[:2]))
    rows = []
    for k in sorted(set(target) | set(done) | set(valid)):
        rate = recent[k] / window_days
        rows.append(StatusRow(k, target[k], expected[k], done[k], valid[k], waiting[k], rate,
                              _projection(target[k] - done[k], rate, as_of)))
    return rows


def _year_rows(snap: Snapshot, plans: list[PlanRow], period: Period) -> list[StatusRow]:
    """Each roadmap year, and each year after it up to the date (catch-up work after the deadline)."""
    target: Counter[int] = Counter()
    expected: defaultdict[int, float] = defaultdict(float)
    for p in plans:
        target[p.year] += p.target
        expected[p.year] += p.target * year_fraction(p.year, snap.as_of)
    done = tally(snap.done, lambda cell: cell[2].year)
    return [StatusRow(str(y), target[y], expected[y], done[y], None, None, None, None)
            for y in range(period.start, max(period.end, snap.as_of.year) + 1)]


def status(
    snap: Snapshot,
    plans: Iterable[PlanRow],
    period: Period = Period(),
    by: Grouping = "year",
    window_days: int = 90,
) -> Status:
    """Targets against results digitised (loaded, signed, still valid) as of the snapshot's date.

    Plan rows outside the period are left out. The recent rate is what was digitised in the
    ``window_days`` ending on the date, per day; the projected completion is when the rest of the
    target is reached at that rate (after the deadline: when the whole backlog is)."""
    if window_days < 1:
        raise ConfigError("roadmap.bad_window", days=window_days)
    as_of = snap.as_of
    plans = [p for p in plans if p.year in period.years]
    window_start = as_of - timedelta(days=window_days)
    years = _year_rows(snap, plans, period)
    rows = years if by == "year" else _group_rows(snap, plans, by, window_start, window_days)

    done = snap.done_count
    rate = snap.done_since(window_start) / window_days
    target = sum(p.target for p in plans)
    expected = sum(p.target * year_fraction(p.year, as_of) for p in plans)
    backlog = snap.backlog_count
    total = StatusRow("total", target, expected, done, snap.valid_count, backlog, rate,
                      _projection(target - done, rate, as_of))
    overdue = None
    if as_of > period.deadline:
        overdue = Overdue(backlog, snap.done_since(period.deadline), _projection(backlog, rate, as_of))
    return Status(as_of, period, by, window_days, rows, total, overdue, years, _cumulative(snap, period))


def _cumulative(snap: Snapshot, period: Period) -> list[tuple[date, int]]:
    """Digitised so far at each month end from the period's start (everything earlier counted in)."""
    by_month = tally(snap.done, lambda cell: (cell[2].year, cell[2].month))
    running = sum(n for (y, _), n in by_month.items() if y < period.start)
    points = [(date(period.start, 1, 1), running)]
    year, month = period.start, 1
    while date(year, month, 1) <= snap.as_of:
        running += by_month.get((year, month), 0)
        end = date(year, month, calendar.monthrange(year, month)[1])
        points.append((min(end, snap.as_of), running))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return points


# --- periodic report -------------------------------------------------------------------------------


def period_bounds(kind: PeriodKind, as_of: date) -> tuple[date, date, str]:
    """The month or quarter that contains ``as_of``: first day, last day, label (2026-11, 2026-Q4)."""
    if kind == "month":
        first_month, label = as_of.month, f"{as_of.year}-{as_of.month:02d}"
        last_month = first_month
    else:
        quarter = (as_of.month - 1) // 3 + 1
        first_month, last_month, label = 3 * quarter - 2, 3 * quarter, f"{as_of.year}-Q{quarter}"
    start = date(as_of.year, first_month, 1)
    end = date(as_of.year, last_month, calendar.monthrange(as_of.year, last_month)[1])
    return start, end, label


def periodic_report(snap: Snapshot, plans: Iterable[PlanRow], kind: PeriodKind, period: Period = Period()) -> dict:
    """The report for the ministry office: the month or quarter containing the date (up to it),
    cumulative counts and the roadmap target, per unit. The keys are a contract: only add new ones."""
    as_of = snap.as_of
    start, end, label = period_bounds(kind, as_of)
    target = Counter()
    for p in plans:
        if p.year in period.years:
            target[p.unit] += p.target
    in_period, cumulative = Counter(), Counter()
    for (unit, _, day), n in snap.done.items():
        cumulative[unit] += n
        if day >= start:
            in_period[unit] += n
    valid = tally(snap.valid, lambda cell: cell[0])
    waiting = tally(snap.backlog, lambda cell: cell[0])

    def counts(t: int, p: int, c: int, v: int, b: int) -> dict:
        return {
            "digitised_in_period": p,
            "digitised_cumulative": c,
            "target": t,
            "percent_of_target": round(100 * c / t, 1) if t else None,
            "still_valid": v,
            "backlog": b,
        }

    units = sorted((set(target) | set(cumulative) | set(valid)) - {""})
    return {
        "report": "tthc-roadmap",
        "version": 1,
        "as_of": as_of.isoformat(),
        "period": {"kind": kind, "label": label, "start": start.isoformat(), "end": end.isoformat(),
                   "complete": as_of >= end},
        "roadmap": {"start": period.start, "end": period.end, "deadline": period.deadline.isoformat(),
                    "overdue": as_of > period.deadline},
        "totals": counts(sum(target.values()), sum(in_period.values()), snap.done_count, snap.valid_count,
                         snap.backlog_count),
        "units": [{"unit": u, **counts(target[u], in_period[u], cumulative[u], valid[u], waiting[u])} for u in units],
    }

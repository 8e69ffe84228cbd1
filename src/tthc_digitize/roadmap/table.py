"""The status as a table of localised text, shared by the terminal and the HTML report."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from tthc_digitize.i18n import current_language, tr
from tthc_digitize.roadmap.model import Status, StatusRow


def number(n: float | int | None, decimals: int = 0) -> str:
    """1.234,5 in Vietnamese, 1,234.5 in English."""
    if n is None:
        return "—"
    text = f"{n:,.{decimals}f}"
    return text.translate(str.maketrans(",.", ".,")) if current_language() == "vi" else text


def day(d: date | None) -> str:
    return d.strftime("%d/%m/%Y") if d else "—"


@dataclass(frozen=True)
class Line:
    cells: list[str]
    kind: str  # row | total | overdue
    state: str  # done | on_track | behind | no_target | overdue
    late: bool  # the projected completion falls after the deadline


@dataclass(frozen=True)
class Table:
    title: str
    headers: list[str]
    numeric: frozenset[int]  # right-aligned columns
    state_column: int
    projected_column: int | None  # None in year tables
    lines: list[Line]


# year rows have no inventory or projection of their own (a roadmap year is not a year of issue)
_COLUMNS = ("target", "expected", "digitised", "percent", "state", "still_valid", "backlog", "projected")
_YEAR_COLUMNS = _COLUMNS[:5]


def _values(row: StatusRow) -> dict[str, str]:
    return {
        "target": number(row.target),
        "expected": number(row.expected),
        "digitised": number(row.digitised),
        "percent": "—" if row.percent is None else number(row.percent, 1) + " %",
        "state": tr(f"roadmap.state.{row.state}"),
        "still_valid": number(row.still_valid),
        "backlog": number(row.backlog),
        "projected": tr("roadmap.state.done") if row.state == "done" else day(row.projected),
    }


def status_table(status: Status) -> Table:
    deadline = status.period.deadline
    columns = _YEAR_COLUMNS if status.by == "year" else _COLUMNS
    lines = []
    for kind, row in [*(("row", r) for r in status.rows), ("total", status.total)]:
        values = _values(row)
        label = tr("roadmap.total") if kind == "total" else row.key or tr("roadmap.all")
        late = bool(row.projected and row.projected > deadline)
        lines.append(Line([label, *(values[c] for c in columns)], kind, row.state, late))
    if status.overdue:
        o = status.overdue
        values = {"digitised": number(o.digitised_after_deadline), "state": tr("roadmap.state.overdue"),
                  "backlog": number(o.backlog), "projected": day(o.projected)}
        if status.by == "year":  # no backlog column: say it beside the state
            values["state"] = tr("roadmap.overdue_left", count=number(o.backlog), date=day(o.projected))
        lines.append(Line([tr("roadmap.overdue", date=day(deadline)), *(values.get(c, "") for c in columns)],
                          "overdue", "overdue", True))
    headers = [tr(f"roadmap.col.{status.by}")] + [tr(f"roadmap.col.{c}") for c in columns]
    numeric = frozenset(i + 1 for i, c in enumerate(columns) if c not in ("state", "projected"))
    title = tr("roadmap.status_title", start=status.period.start, end=status.period.end, date=day(status.as_of),
               days=status.window_days)
    projected = 1 + columns.index("projected") if "projected" in columns else None
    return Table(title, headers, numeric, 1 + columns.index("state"), projected, lines)

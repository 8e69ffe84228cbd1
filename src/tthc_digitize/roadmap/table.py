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


@dataclass(frozen=True)
class Table:
    title: str
    headers: list[str]
    lines: list[Line]


def _cells(row: StatusRow, label: str, deadline: date) -> list[str]:
    projected = day(row.projected)
    if row.projected and row.projected > deadline:
        projected += " " + tr("roadmap.late")
    elif row.projected is None and row.target and row.digitised >= row.target:
        projected = tr("roadmap.state.done")
    return [
        label,
        number(row.target),
        number(row.expected),
        number(row.digitised),
        "—" if row.percent is None else number(row.percent, 1) + " %",
        tr(f"roadmap.state.{row.state}"),
        number(row.still_valid),
        number(row.backlog),
        projected if row.rate_per_day is not None else "—",
    ]


def status_table(status: Status) -> Table:
    deadline = status.period.deadline
    lines = [Line(_cells(r, r.key or tr("roadmap.all"), deadline), "row", r.state) for r in status.rows]
    lines.append(Line(_cells(status.total, tr("roadmap.total"), deadline), "total", status.total.state))
    if status.overdue:
        o = status.overdue
        cells = [tr("roadmap.overdue", date=day(deadline)), "", "", number(o.digitised_after_deadline), "",
                 tr("roadmap.state.overdue"), "", number(o.backlog), day(o.projected)]
        lines.append(Line(cells, "overdue", "overdue"))
    headers = [tr(f"roadmap.col.{status.by}")] + [tr(f"roadmap.col.{c}") for c in (
        "target", "expected", "digitised", "percent", "state", "still_valid", "backlog", "projected")]
    title = tr("roadmap.status_title", start=status.period.start, end=status.period.end, date=day(status.as_of),
               days=status.window_days)
    return Table(title, headers, lines)

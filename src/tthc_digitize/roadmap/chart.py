"""The progress chart: planned vs digitised per year (bars), digitised so far (curve), the projection
at the recent rate (dashed) and the deadline. Labels in the user's language; PNG bytes out."""

from __future__ import annotations

import io
from datetime import date, timedelta

from tthc_digitize.i18n import tr
from tthc_digitize.roadmap.model import Status
from tthc_digitize.roadmap.table import day, number

SIZE_PX = (1200, 675)
DPI = 100
PLANNED = "#9ecae1"
DONE = "#31a354"
CUMULATIVE = "#08519c"
DEADLINE = "#d62728"
PLANNED_LINE = "#4292c6"
AS_OF = "#555555"
_LABEL_BOX = {"boxstyle": "round,pad=0.2", "facecolor": "white", "edgecolor": "none", "alpha": 0.85}
PROJECTION_CAP_YEARS = 10  # a projection past this is drawn to the edge, its date still in the legend


def _planned_curve(status: Status) -> tuple[list[date], list[float]]:
    """The plan as a cumulative line: each year's target spread evenly over that year."""
    days, totals, running = [date(status.period.start, 1, 1)], [0.0], 0.0
    for row in status.years:
        running += row.target
        days.append(date(int(row.key), 12, 31))
        totals.append(running)
    return days, totals


def chart_png(status: Status) -> bytes:
    # a bare Figure (no pyplot): no global figure registry, no GUI backend, nothing to close
    import matplotlib  # heavy: matplotlib, loaded only for charts
    from matplotlib.figure import Figure  # heavy: matplotlib, loaded only for charts

    # DejaVu Sans ships with matplotlib and covers Vietnamese, so the labels render on any machine
    with matplotlib.rc_context({"font.family": "DejaVu Sans", "font.size": 11}):
        fig = Figure(figsize=(SIZE_PX[0] / DPI, SIZE_PX[1] / DPI), dpi=DPI)
        _draw(status, fig, fig.subplots())
        buffer = io.BytesIO()
        fig.savefig(buffer, format="png", dpi=DPI, metadata={"Software": None})
    return buffer.getvalue()


def _draw(status: Status, fig, bars_ax) -> None:
    import matplotlib.dates as mdates  # heavy: matplotlib, loaded only for charts
    from matplotlib.ticker import FuncFormatter  # heavy: matplotlib, loaded only for charts

    period, as_of, total = status.period, status.as_of, status.total
    width = 120  # days per bar
    years = [int(r.key) for r in status.years]
    centres = [date(y, 7, 1) for y in years]
    bars_ax.bar([c - timedelta(days=width // 2) for c in centres], [r.target for r in status.years],
                width=width, color=PLANNED, label=tr("roadmap.chart.planned"))
    bars_ax.bar([c + timedelta(days=width // 2) for c in centres], [r.digitised for r in status.years],
                width=width, color=DONE, label=tr("roadmap.chart.done"))
    bars_ax.set_ylabel(tr("roadmap.chart.per_year"))

    curve_ax = bars_ax.twinx()
    days, counts = zip(*status.cumulative)
    curve_ax.plot(days, counts, color=CUMULATIVE, linewidth=2.2, label=tr("roadmap.chart.cumulative"))
    done_now = counts[-1]
    goal = done_now + (total.backlog or 0)
    right = date(max(period.end, as_of.year), 12, 31) + timedelta(days=60)  # room for the last year's bars
    if total.backlog and total.rate_per_day:
        finish = as_of + timedelta(days=total.backlog / total.rate_per_day)
        cap = as_of + timedelta(days=365 * PROJECTION_CAP_YEARS)
        end = min(finish, cap)
        end_count = done_now + (end - as_of).days * total.rate_per_day
        curve_ax.plot([as_of, end], [done_now, end_count], color=CUMULATIVE, linestyle="--", linewidth=2,
                      label=tr("roadmap.chart.projection", date=day(finish), days=status.window_days,
                              rate=number(total.rate_per_day, 1 if total.rate_per_day >= 10 else 2)))
        right = max(right, end + timedelta(days=120))
    elif total.backlog:
        curve_ax.plot([], [], " ", label=tr("roadmap.chart.no_rate", days=status.window_days))
    planned = _planned_curve(status)
    curve_ax.plot(*planned, color=PLANNED_LINE, linewidth=1.4, linestyle=":",
                  label=tr("roadmap.chart.planned_cumulative"))
    curve_ax.axhline(goal, color="#888888", linewidth=0.8, linestyle=":")
    curve_ax.annotate(tr("roadmap.chart.goal", count=number(goal)), (0.995, goal),
                      xycoords=("axes fraction", "data"), textcoords="offset points", xytext=(0, 4), ha="right",
                      color="#555555", fontsize=9)
    curve_ax.set_ylabel(tr("roadmap.chart.cumulative_axis"))
    curve_ax.set_ylim(0, max(goal, done_now, planned[1][-1], 1) * 1.12)
    bars_ax.set_ylim(0, max([r.target for r in status.years] + [r.digitised for r in status.years] + [1]) * 1.6)
    for ax in (bars_ax, curve_ax):
        ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: number(v)))

    if as_of > period.deadline:
        bars_ax.axvspan(period.deadline, as_of, color=DEADLINE, alpha=0.06, linewidth=0)
    bars_ax.axvline(period.deadline, color=DEADLINE, linewidth=1.6)
    bars_ax.annotate(tr("roadmap.chart.deadline", date=day(period.deadline)), (period.deadline, 0.6),
                     xycoords=("data", "axes fraction"), xytext=(-5, 0), textcoords="offset points", ha="right",
                     color=DEADLINE, fontsize=9, rotation=90, va="center", bbox=_LABEL_BOX)
    bars_ax.axvline(as_of, color=AS_OF, linewidth=1)
    bars_ax.annotate(tr("roadmap.chart.as_of", date=day(as_of)), (as_of, 0.6), xycoords=("data", "axes fraction"),
                     xytext=(5, 0), textcoords="offset points", ha="left", color=AS_OF, fontsize=9,
                     rotation=90, va="center", bbox=_LABEL_BOX)

    bars_ax.set_xlim(date(period.start, 1, 1), right)
    bars_ax.xaxis.set_major_locator(mdates.YearLocator())
    bars_ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
    bars_ax.set_title(tr("roadmap.chart.title", start=period.start, end=period.end, date=day(as_of)))
    bars_ax.grid(axis="y", color="#eeeeee")
    handles = bars_ax.get_legend_handles_labels()
    more = curve_ax.get_legend_handles_labels()
    bars_ax.legend(handles[0] + more[0], handles[1] + more[1], loc="upper left", fontsize=9, framealpha=0.9)
    fig.tight_layout()

"""Roadmap commands: inventory, plan import / propose, status, report."""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path
from typing import Optional

import typer
from rich.markup import escape
from rich.table import Table

from tthc_digitize import clock
from tthc_digitize.cli.app import JSON_OPT, H, app, command_config, err, out, shown_path
from tthc_digitize.cli.render import csv_text, emit_dict_csv, emit_json
from tthc_digitize.errors import UsageError
from tthc_digitize.i18n import tr
from tthc_digitize.outputs import write_output
from tthc_digitize.roadmap.html import status_html
from tthc_digitize.roadmap.model import Status

# The roadmap's counting, sources and charts load the register and its calendars (~35 ms): imported by
# the commands that use them, so `tthc --help` stays quick ("# heavy: roadmap" below).

roadmap_app = typer.Typer(
    help=H("Lộ trình số hóa 2020–2025: kế hoạch hằng năm, tiến độ, dự báo, biểu đồ và báo cáo định kỳ.",
           "The 2020–2025 digitisation roadmap: yearly plans, progress, projections, charts and periodic reports."),
    no_args_is_help=True,
)
plan_app = typer.Typer(
    help=H("Kế hoạch số hóa hằng năm: nhập từ CSV hoặc đề xuất từ phần còn tồn đọng.",
           "Yearly digitisation plans: import from CSV or propose from the backlog."),
    no_args_is_help=True,
)
roadmap_app.add_typer(plan_app, name="plan")
app.add_typer(roadmap_app, name="roadmap")


def _choice(*values: str):
    def check(value: Optional[str]) -> Optional[str]:
        if value is not None and value not in values:
            raise typer.BadParameter(" | ".join(values))
        return value
    return check


AS_OF_OPT = typer.Option(None, "--as-of", help=H(
    "Tính đến ngày (YYYY-MM-DD hoặc dd/mm/yyyy; mặc định hôm nay).",
    "As of this date (YYYY-MM-DD or dd/mm/yyyy; default today)."))


def _as_of(text: Optional[str]) -> date:
    if text is None:
        return clock.now().date()
    for parse in (date.fromisoformat, lambda t: datetime.strptime(t, "%d/%m/%Y").date()):
        try:
            return parse(text.strip())
        except ValueError:
            pass
    raise UsageError("roadmap.bad_date", value=text)


def _source(read_only: bool = True):
    """The roadmap's reports only read: they work on a backup or a read-only mount too."""
    from tthc_digitize.roadmap import source  # heavy: roadmap

    if not read_only:
        return source.open_source(command_config())
    return source.open_source(command_config(), read_only=True)


INVENTORY_COLUMNS = ("unit", "procedure_code", "issued_year", "still_valid", "digitised", "backlog")


@roadmap_app.command("inventory", help=H(
    "Kiểm kê: số kết quả còn hiệu lực theo đơn vị, thủ tục và năm cấp (đã trừ thu hồi, hết hạn), đã và chưa số hóa.",
    "Inventory: still-valid results per unit, procedure and year of issue (revoked and expired left out), digitised or not."))
def inventory_cmd(
    as_of: Optional[str] = AS_OF_OPT,
    as_json: bool = JSON_OPT,
    as_csv: bool = typer.Option(False, "--csv", help=H("In bảng dạng CSV.", "Print the table as CSV.")),
) -> None:
    from tthc_digitize.roadmap.api import roadmap_inventory  # heavy: roadmap
    from tthc_digitize.roadmap.table import number

    if as_json and as_csv:
        raise UsageError("error.usage", detail="--json / --csv")
    as_of_day = _as_of(as_of)
    rows = [{**r._asdict(), "backlog": r.backlog} for r in roadmap_inventory(_source(), as_of_day)]
    if as_json:
        emit_json({"as_of": as_of_day.isoformat(), "rows": rows,
                   "total": {c: sum(r[c] for r in rows) for c in INVENTORY_COLUMNS[3:]}})
        return
    if as_csv:
        emit_dict_csv(INVENTORY_COLUMNS, rows)
        return
    shown = Table(title=tr("roadmap.inventory_title", date=as_of_day.strftime("%d/%m/%Y")))
    for c in INVENTORY_COLUMNS:
        shown.add_column(tr(f"roadmap.col.{c}"), justify="right" if c in INVENTORY_COLUMNS[2:] else "left")
    for r in rows:
        shown.add_row(r["unit"], r["procedure_code"], str(r["issued_year"]),
                      *(number(r[c]) for c in INVENTORY_COLUMNS[3:]))
    shown.add_section()
    shown.add_row(tr("roadmap.total"), "", "", *(number(sum(r[c] for r in rows)) for c in INVENTORY_COLUMNS[3:]),
                  style="bold")
    out.print(shown)


@plan_app.command("import", help=H(
    "Nhập kế hoạch từ CSV (year,unit,procedure_code,target hoặc Năm,Đơn vị,Mã TTHC,Chỉ tiêu), thay kế hoạch cũ.",
    "Import a plan from CSV (year,unit,procedure_code,target or Năm,Đơn vị,Mã TTHC,Chỉ tiêu), replacing the old one."))
def plan_import_cmd(
    file: Path = typer.Argument(..., help=H("Tệp CSV kế hoạch.", "Plan CSV file.")),
    as_json: bool = JSON_OPT,
) -> None:
    from tthc_digitize.roadmap.api import import_plan  # heavy: roadmap

    rows = import_plan(file, lambda: _source(read_only=False))
    total = sum(r.target for r in rows)
    settings = command_config().roadmap
    outside = sum(1 for r in rows if not settings.start_year <= r.year <= settings.end_year)
    if outside:
        err.print(f"[yellow]{tr('warning.prefix')}:[/] "
                  f"{escape(tr('roadmap.rows_outside', count=outside, start=settings.start_year, end=settings.end_year))}")
    if as_json:
        emit_json({"file": str(file), "rows": len(rows), "total_target": total})
    else:
        out.print(tr("roadmap.imported", rows=len(rows), total=total, path=shown_path(file)))


@plan_app.command("propose", help=H(
    "Đề xuất kế hoạch: chia phần còn hiệu lực chưa số hóa cho các năm còn lại, ghi CSV để sửa rồi nhập.",
    "Propose a plan: spread the still-valid, not yet digitised backlog over the remaining years, as CSV to edit and import."))
def plan_propose_cmd(
    from_year: Optional[int] = typer.Option(None, "--from", help=H("Năm đầu (mặc định roadmap.start_year, 2020).", "First year (default roadmap.start_year, 2020).")),
    to_year: Optional[int] = typer.Option(None, "--to", help=H("Năm cuối (mặc định roadmap.end_year, 2025).", "Last year (default roadmap.end_year, 2025).")),
    by: Optional[str] = typer.Option(None, "--by", callback=_choice("unit", "procedure"), help=H(
        "Chia theo đơn vị (unit) hoặc thủ tục (procedure); mặc định theo cả hai.",
        "Per unit or per procedure; default per unit and procedure.")),
    weight: Optional[str] = typer.Option(None, "--weight", callback=_choice("even", "demand"), help=H(
        "even: chia đều; demand: thủ tục được xin sao nhiều nhất làm trước (mặc định roadmap.weight).",
        "even: spread evenly; demand: most-requested procedures first (default roadmap.weight).")),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help=H("Ghi CSV vào tệp này (mặc định in ra màn hình).", "Write the CSV here (default: standard output).")),
    as_of: Optional[str] = AS_OF_OPT,
) -> None:
    from tthc_digitize.roadmap.api import propose_plan  # heavy: roadmap
    from tthc_digitize.roadmap.planfile import plan_csv

    config = command_config(**{"roadmap.start_year": from_year, "roadmap.end_year": to_year, "roadmap.weight": weight})
    settings = config.roadmap
    rows, backlog = propose_plan(_source(), _as_of(as_of), settings.start_year, settings.end_year, by, settings.weight)
    text = plan_csv(rows)
    if output is None:
        sys.stdout.write(text)
        return
    write_output(output, ("\ufeff" + text).encode("utf-8"))  # the mark lets spreadsheets read UTF-8
    shown = Table(title=tr("roadmap.proposal_title", weight=settings.weight))
    shown.add_column(tr("roadmap.col.year"))
    shown.add_column(tr("roadmap.col.target"), justify="right")
    years: dict[int, int] = {}
    for r in rows:
        years[r.year] = years.get(r.year, 0) + r.target
    for year, n in sorted(years.items()):
        shown.add_row(str(year), str(n))
    out.print(shown)
    out.print(tr("roadmap.proposed", rows=len(rows), backlog=backlog, path=shown_path(output)))


def _status_csv(status: Status) -> str:
    rows = [row.as_dict() for row in [*status.rows, status.total]]
    if status.overdue:
        o = status.overdue.as_dict()
        rows.append({"key": "overdue", "digitised": o["digitised_after_deadline"], "backlog": o["backlog"],
                     "state": "overdue", "projected_completion": o["projected_completion"]})
    return csv_text(list(status.total.as_dict()), rows)


@roadmap_app.command("status", help=H(
    "Tiến độ: chỉ tiêu, đã số hóa (đã nạp, đã ký, còn hiệu lực), tỷ lệ, đúng/chậm tiến độ, ngày dự kiến hoàn thành.",
    "Progress: target, digitised (loaded, signed, valid), percentage, on track/behind, projected completion."))
def status_cmd(
    as_of: Optional[str] = AS_OF_OPT,
    by: str = typer.Option("year", "--by", callback=_choice("unit", "procedure", "year"), help=H(
        "Nhóm theo năm (mặc định), đơn vị hoặc thủ tục.", "Group by year (default), unit or procedure.")),
    as_json: bool = JSON_OPT,
    as_csv: bool = typer.Option(False, "--csv", help=H("In bảng dạng CSV.", "Print the table as CSV.")),
    window: Optional[int] = typer.Option(None, "--window", min=1, help=H(
        "Số ngày gần nhất để tính tốc độ dự báo (mặc định roadmap.window_days, 90).",
        "Days of recent work the projection's rate is taken from (default roadmap.window_days, 90).")),
    chart: Optional[Path] = typer.Option(None, "--chart", help=H("Ghi biểu đồ PNG vào tệp này.", "Write a PNG chart to this file.")),
    html: Optional[Path] = typer.Option(None, "--html", help=H("Ghi báo cáo HTML một tệp (kèm biểu đồ).", "Write a one-file HTML report (with the chart).")),
) -> None:
    from tthc_digitize.roadmap.api import roadmap_status  # heavy: roadmap
    from tthc_digitize.roadmap.chart import chart_png

    if as_json and as_csv:
        raise UsageError("error.usage", detail="--json / --csv")
    config = command_config(**{"roadmap.window_days": window})
    status = roadmap_status(_source(), _as_of(as_of), config.roadmap, by)  # type: ignore[arg-type]
    notes = err if (as_json or as_csv) else out
    png = None
    if chart or html:
        png = chart_png(status)
    if chart:
        write_output(chart, png)
        notes.print(tr("roadmap.wrote", path=shown_path(chart)))
    if html:
        write_output(html, status_html(status, png, config.agency_name).encode("utf-8"))
        notes.print(tr("roadmap.wrote", path=shown_path(html)))
    if as_json:
        emit_json(status.as_dict())
    elif as_csv:
        sys.stdout.write(_status_csv(status))
    else:
        _print_status(status)


def _print_status(status: Status) -> None:
    from tthc_digitize.roadmap.table import status_table  # heavy: roadmap

    table = status_table(status)
    styles = {"behind": "red", "on_track": "green", "done": "green", "overdue": "bold red"}
    rich = Table(title=table.title)
    for i, header in enumerate(table.headers):
        numeric = i in table.numeric
        # names and dates must stay readable on 80 columns; the numbers give way
        wide = i in (0, table.projected_column)
        rich.add_column(header, justify="right" if numeric else "left", min_width=10 if wide else None)
    for line in table.lines:
        cells = list(line.cells)
        cells[table.state_column] = f"[{styles.get(line.state, 'default')}]{cells[table.state_column]}[/]"
        if line.late and table.projected_column is not None:
            cells[table.projected_column] = f"[red]{cells[table.projected_column]}[/]"
        if line.kind == "total":
            rich.add_section()
        rich.add_row(*cells, style="bold" if line.kind == "total" else "red" if line.kind == "overdue" else None)
    out.print(rich)


@roadmap_app.command("report", help=H(
    "Báo cáo định kỳ (tháng/quý) gửi Văn phòng: số đã số hóa trong kỳ, lũy kế, theo đơn vị; dùng --json cho cron.",
    "Periodic report (month/quarter) for the ministry office: digitised in the period, cumulative, by unit; --json for cron."))
def report_cmd(
    period: str = typer.Option(..., "--period", callback=_choice("month", "quarter"), help=H("Kỳ báo cáo: month (tháng) hoặc quarter (quý) chứa ngày tính.", "Reporting period: the month or quarter containing the date.")),
    as_of: Optional[str] = AS_OF_OPT,
    as_json: bool = JSON_OPT,
) -> None:
    from tthc_digitize.roadmap.api import roadmap_report  # heavy: roadmap
    from tthc_digitize.roadmap.table import day, number

    report = roadmap_report(_source(), _as_of(as_of), command_config().roadmap, period)  # type: ignore[arg-type]
    if as_json:
        emit_json(report)
        return
    p = report["period"]
    shown = Table(title=tr("roadmap.report_title", label=p["label"], start=day(date.fromisoformat(p["start"])),
                           date=day(date.fromisoformat(report["as_of"]))))
    for col in ("unit", "in_period", "cumulative", "target", "percent", "still_valid", "backlog"):
        shown.add_column(tr(f"roadmap.col.{col}"), justify="left" if col == "unit" else "right")
    for label, c in [*((u["unit"], u) for u in report["units"]), (tr("roadmap.total"), report["totals"])]:
        pct = c["percent_of_target"]
        if c is report["totals"]:
            shown.add_section()
        shown.add_row(label, number(c["digitised_in_period"]), number(c["digitised_cumulative"]), number(c["target"]),
                      "—" if pct is None else number(pct, 1) + " %", number(c["still_valid"]), number(c["backlog"]),
                      style="bold" if c is report["totals"] else None)
    out.print(shown)

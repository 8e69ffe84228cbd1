"""The clerk's review of an ingest output folder: list, show, set, accept."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.console import Console, ConsoleOptions, RenderResult
from rich.segment import Segment
from rich.style import Style

from tthc_digitize.cli.app import JSON_OPT, H, app, command_config, out, shown_path
from tthc_digitize.cli.render import emit_json, table
from tthc_digitize.errors import UsageError
from tthc_digitize.i18n import MESSAGES, tr

review_app = typer.Typer(
    help=H(
        "Văn thư kiểm tra các trường máy chưa chắc chắn trong một thư mục kết quả của tthc ingest.",
        "Clerks check the fields the machine was unsure of in a tthc ingest output folder.",
    ),
    no_args_is_help=True,
)
app.add_typer(review_app, name="review")

DIR_ARG = typer.Argument(..., help=H("Thư mục kết quả của tthc ingest.", "Output folder of tthc ingest."))
ID_ARG = typer.Argument(..., help=H("Mã kết quả: tên tệp PDF không có .pdf (xem tthc review list).", "Result ID: the PDF's name without .pdf (see tthc review list)."))
BY_OPT = typer.Option(None, "--by", help=H("Tên văn thư ghi vào nhật ký (mặc định: tên đăng nhập).", "Clerk's name for the log (default: login name)."))


class HalfBlocks:
    """A greyscale image in the terminal: each character cell shows two pixels (upper half block,
    foreground above, background below); without colour, a density ramp."""

    RAMP = " .:-=+*#%@"

    def __init__(self, image, columns: int = 70) -> None:
        self.image, self.columns = image, columns

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = max(8, min(self.columns, options.max_width))
        colour = console.color_system is not None and not console.no_color
        rows = max(1, round(self.image.height * width / self.image.width / 2))
        img = self.image.resize((width, rows * 2 if colour else rows))
        px = img.load()
        for y in range(rows):
            for x in range(width):
                if colour:
                    top, bottom = px[x, 2 * y], px[x, 2 * y + 1]
                    yield Segment("▀", Style(color=f"rgb({top},{top},{top})", bgcolor=f"rgb({bottom},{bottom},{bottom})"))
                else:
                    yield Segment(self.RAMP[(255 - px[x, y]) * (len(self.RAMP) - 1) // 255])
            yield Segment.line()


def _known(key: str, fallback: str) -> str:
    return tr(key) if key in MESSAGES else fallback


def _source(name: str) -> str:
    return _known(f"review.source.{name}", name)


def _label(name: str) -> str:
    return _known(f"field.{name}", name)


@review_app.command("list", help=H(
    "Các kết quả có trường cần kiểm tra, nặng nhất trước (nhiều trường nhất, độ tin cậy thấp nhất).",
    "Results with fields to check, worst first (most flagged, lowest confidence).",
))
def list_cmd(folder: Path = DIR_ARG, as_json: bool = JSON_OPT) -> None:
    from tthc_digitize.review.results import flagged  # heavy: the OCR stack (pikepdf, pymupdf, numpy)

    results = flagged(folder)
    if as_json:
        emit_json([
            {"id": r.id, "needs_review": r.needs_review, "lowest_confidence": r.worst, "xml": r.xml.is_file()}
            for r in results
        ])
        return
    if not results:
        out.print(tr("review.none_flagged", folder=shown_path(folder)))
        return
    shown = table([tr(c) for c in ("review.col_id", "review.col_flagged", "review.col_worst", "review.col_xml")])
    for r in results:
        shown.add_row(r.id, ", ".join(_label(n) for n in r.needs_review), f"{r.worst:.2f}", "✓" if r.xml.is_file() else "—")
    out.print(shown)
    out.print(tr("review.list_summary", count=len(results)))


@review_app.command("show", help=H(
    "Giá trị từng trường bên cạnh vùng trang mà máy đã đọc ra nó (trong cửa sổ lệnh, hoặc một ảnh PNG).",
    "Each field's value beside the page region it was read from (in the terminal, or as one PNG).",
))
def show_cmd(
    folder: Path = DIR_ARG,
    rid: str = ID_ARG,
    png: Optional[Path] = typer.Option(None, "--png", help=H("Ghi tất cả vào một ảnh PNG thay vì hiện trong cửa sổ lệnh.", "Write everything to one PNG instead of the terminal.")),
    as_json: bool = JSON_OPT,
) -> None:
    from tthc_digitize.review.log import review_history  # heavy: metadata record, extraction rules (~50 ms)
    from tthc_digitize.review.results import result  # heavy: the OCR stack

    r = result(folder, rid)
    if as_json:
        emit_json({
            "id": r.id, "pdf": str(r.pdf), "xml": str(r.xml) if r.xml.is_file() else None,
            "needs_review": r.needs_review,
            "fields": {
                n: {"value": f.value, "confidence": f.confidence, "needs_review": n in r.needs_review,
                    "page": f.page, "box": list(f.box) if f.box else None, "source": f.source}
                for n, f in r.fields.items()
            },
            "history": review_history(folder, r.id),
        })
        return
    from tthc_digitize.review.crops import crops, sheet  # heavy: pymupdf, PIL

    images = crops(r.pdf, r.fields) if r.pdf.is_file() else {}
    order = r.needs_review + [n for n in r.fields if n not in r.needs_review]
    if png is not None:
        rows = [
            (f"{'⚠ ' if n in r.needs_review else ''}{_label(n)} ({r.fields[n].confidence:.2f}, {_source(r.fields[n].source)})",
             r.fields[n].value or "—", images.get(n))
            for n in order
        ]
        png.parent.mkdir(parents=True, exist_ok=True)
        sheet(rows).save(png)
        out.print(tr("review.png_written", path=shown_path(png)))
        return
    shown = table([tr(c) for c in ("extract.col_field", "extract.col_value", "extract.col_confidence", "review.col_source")],
                  r.id)
    for n in order:
        f = r.fields[n]
        flag = f" [yellow]({tr('extract.review')})[/]" if n in r.needs_review else ""
        shown.add_row(_label(n), f.value or "—", f"{f.confidence:.2f}{flag}", _source(f.source))
    out.print(shown)
    for n in (n for n in order if n in images):  # the page region beside each value, flagged first
        f = r.fields[n]
        out.print(f"\n[bold]{'⚠ ' if n in r.needs_review else ''}{_label(n)}[/]: {f.value or '—'}  ({f.confidence:.2f})")
        out.print(HalfBlocks(images[n], 120))
    if images:
        out.print(f"\n{tr('review.png_hint', id=r.id)}")


def _assignments(items: list[str]) -> dict[str, str]:
    changes = {}
    for item in items:
        name, eq, value = item.partition("=")
        if not eq or not name.strip():
            raise UsageError("review.bad_assignment", text=item)
        changes[name.strip()] = value
    return changes


def _render_saved(saved) -> None:
    from tthc_digitize.review.log import log_path  # heavy: metadata record, extraction rules (~50 ms)

    r = saved.result
    out.print(tr("review.saved", count=len(saved.changed), id=r.id, log=shown_path(log_path(r.folder))))
    if saved.xml is not None:
        out.print(tr("review.xml_written", path=shown_path(saved.xml)))
    elif saved.missing:
        out.print(f"[yellow]{tr('review.still_missing', fields=', '.join(_label(n) for n in saved.missing))}[/]")
    else:
        out.print(f"[yellow]{tr('review.no_agency')}[/]")
    if r.needs_review:
        out.print(tr("review.left", count=len(r.needs_review), fields=", ".join(_label(n) for n in r.needs_review)))
    else:
        out.print(tr("review.done", id=r.id))


@review_app.command("set", help=H(
    "Sửa giá trị các trường (trường=giá trị …); XML được ghi lại và kiểm tra theo lược đồ, mọi sửa đổi vào nhật ký.",
    "Correct fields (field=value …); the XML is rewritten and validated, every change is logged.",
))
def set_cmd(
    folder: Path = DIR_ARG,
    rid: str = ID_ARG,
    assignments: list[str] = typer.Argument(..., help=H("Các cặp trường=giá trị, ví dụ issued_date=2020-01-05 holder_name=\"Công ty A\"; để trống giá trị để xóa.", "field=value pairs, e.g. issued_date=2020-01-05 holder_name=\"Company A\"; an empty value clears the field.")),
    by: Optional[str] = BY_OPT,
) -> None:
    from tthc_digitize.review.results import set_fields  # heavy: the OCR stack

    _render_saved(set_fields(folder, rid, _assignments(assignments), by, agency=command_config().agency_name))


@review_app.command("accept", help=H(
    "Xác nhận các trường cần kiểm tra là đúng như máy đọc; ghi vào nhật ký.",
    "Confirm the flagged fields are right as read; logged.",
))
def accept_cmd(folder: Path = DIR_ARG, rid: str = ID_ARG, by: Optional[str] = BY_OPT) -> None:
    from tthc_digitize.review.results import accept  # heavy: the OCR stack

    _render_saved(accept(folder, rid, by, agency=command_config().agency_name))

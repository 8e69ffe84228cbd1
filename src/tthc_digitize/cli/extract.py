"""Metadata extraction commands."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.table import Table

from tthc_digitize.cli.app import JSON_OPT, H, emit_json, app, out
from tthc_digitize.i18n import tr


@app.command("extract", help=H(
    "Trích xuất siêu dữ liệu (cơ quan, số, ngày, người được cấp, hiệu lực …) từ một PDF đã nhận dạng.",
    "Extract metadata (issuer, number, date, holder, validity …) from an OCR'd PDF.",
))
def extract_cmd(
    pdf: Path = typer.Argument(..., help=H("Tệp PDF có lớp chữ (kết quả của tthc ocr/ingest).", "PDF with a text layer (output of tthc ocr/ingest).")),
    as_json: bool = JSON_OPT,
) -> None:
    from tthc_digitize.errors import InputFileError
    from tthc_digitize.extract.reader import extract_file
    from tthc_digitize.ingest.sources import sniff

    if sniff(pdf) != "pdf":
        raise InputFileError("input.unknown_type", head=pdf.suffix)
    fields, review = extract_file(pdf)
    if as_json:
        emit_json({
            "file": str(pdf),
            "fields": {name: {"value": f.value, "confidence": round(f.confidence, 2)} for name, f in fields.items()},
            "needs_review": review,
        })
        return
    table = Table()
    for col in ("extract.col_field", "extract.col_value", "extract.col_confidence"):
        table.add_column(tr(col))
    for name, f in fields.items():
        flag = f" [yellow]({tr('extract.review')})[/]" if name in review else ""
        table.add_row(tr(f"field.{name}"), f.value or "—", f"{f.confidence:.2f}{flag}")
    out.print(table)
    out.print(tr("extract.summary", count=len(review), fields=", ".join(review)) if review else tr("extract.all_sure"))



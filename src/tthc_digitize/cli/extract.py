"""Metadata extraction commands."""

from __future__ import annotations

from pathlib import Path

from typing import Optional

import typer

from tthc_digitize.cli.app import JSON_OPT, H, app, command_config, err, out, shown_path
from tthc_digitize.cli.render import emit_json, emit_table
from tthc_digitize.errors import InputFileError
from tthc_digitize.i18n import tr


@app.command("extract", help=H(
    "Trích xuất siêu dữ liệu (cơ quan, số, ngày, người được cấp, hiệu lực …) từ một PDF đã nhận dạng.",
    "Extract metadata (issuer, number, date, holder, validity …) from an OCR'd PDF.",
))
def extract_cmd(
    pdf: Path = typer.Argument(..., help=H("Tệp PDF có lớp chữ (kết quả của tthc ocr/ingest).", "PDF with a text layer (output of tthc ocr/ingest).")),
    xml_out: Optional[Path] = typer.Option(None, "--xml", help=H("Ghi thêm hồ sơ XML (kiểm tra theo lược đồ) vào tệp này.", "Also write the XML record (validated against the schema) to this file.")),
    agency: Optional[str] = typer.Option(None, "--agency", help=H("Tên cơ quan số hóa cho XML (mặc định: agency_name trong tthc.toml).", "Digitising agency for the XML (default: agency_name in tthc.toml).")),
    as_json: bool = JSON_OPT,
) -> None:
    from tthc_digitize.extract.reader import extract_file  # heavy: pymupdf
    from tthc_digitize.ingest.sources import sniff  # heavy: pymupdf, PIL

    if sniff(pdf) != "pdf":
        raise InputFileError("input.unknown_type", head=pdf.suffix)
    fields, review = extract_file(pdf)
    if xml_out is not None:
        from tthc_digitize.metadata.from_pdf import write_xml_for_pdf  # heavy: pikepdf, lxml

        config = command_config(agency_name=agency)
        write_xml_for_pdf(pdf, xml_out, fields, config.agency_name, config.agency_code)
        err.print(tr("extract.xml_written", path=shown_path(xml_out)))
    if as_json:
        emit_json({
            "file": str(pdf),
            "fields": {name: {"value": f.value, "confidence": round(f.confidence, 2)} for name, f in fields.items()},
            "needs_review": review,
        })
        return
    emit_table([tr(c) for c in ("extract.col_field", "extract.col_value", "extract.col_confidence")],
               ((tr(f"field.{name}"), f.value or "—",
                 f"{f.confidence:.2f}" + (f" [yellow]({tr('extract.review')})[/]" if name in review else ""))
                for name, f in fields.items()))
    out.print(tr("extract.summary", count=len(review), fields=", ".join(review)) if review else tr("extract.all_sure"))



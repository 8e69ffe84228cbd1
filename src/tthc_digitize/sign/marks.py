"""Page content drawn BEFORE signing (anything drawn after would break the signature).

- the converted-from-paper mark (Law on E-Transactions 2023 art. 12, Decree 137/2024 art. 4): the mark
  text, the conversion time and the converting agency's full name, top-left of page 1, beside
- the QR code (ISO/IEC 18004, made with segno), top-left corner, carrying the fields DESIGN §3 lists;
- optionally the person who scanned, with the time (top-left of page 1, under the mark).

Text is Tinos (Vietnamese-capable, Times-metric), embedded; colours are plain black on white so a
PDF/A-2b input stays PDF/A-2b.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from tthc_digitize.errors import InputFileError, UsageError
from tthc_digitize.i18n import tr

MARGIN = 6.0  # pt from the top-left corner: the mark stays inside the usual 20 mm top margin
QR_SIZE = 50.0  # pt, about 18 mm (with the quiet zone)
FONT_SIZE = 8.0
FONT_NAME = "tinos"


@dataclass(frozen=True)
class QrData:
    """The QR fields for documents produced by TTHC systems (DESIGN §3); empty fields are left out."""

    dossier_code: str = ""
    procedure_code: str = ""
    holder_id: str = ""
    title: str = ""
    system: str = "tthc-digitize"
    issued: str = ""  # time of issue, ISO 8601
    valid_from: str = ""
    valid_until: str = ""
    scope: str = ""

    def payload(self) -> str:
        """Compact JSON with the snake_case names the metadata uses, UTF-8 (QR byte mode)."""
        return json.dumps({k: v for k, v in asdict(self).items() if v}, ensure_ascii=False, separators=(",", ":"))


@dataclass(frozen=True)
class ConversionMark:
    agency: str  # full name of the converting agency
    time: datetime  # conversion time, shown in ISO 8601 with its offset (+07:00)
    operator: str = ""  # the person who scanned (shown with the time when given)

    def lines(self) -> list[str]:
        # the mark is a legal statement on the document: always Vietnamese, whatever --lang says;
        # the time as real stamps show it (DESIGN §3): 19/10/2023 10:56:22 +07:00
        when = vn_time(self.time)
        lines = [tr("mark.converted", "vi"), tr("mark.time", "vi", time=when), tr("mark.agency", "vi", agency=self.agency)]
        if self.operator:
            lines.append(f"Người số hóa: {self.operator}")
        return lines


def vn_time(when: datetime) -> str:
    offset = when.strftime("%z")
    return when.strftime("%d/%m/%Y %H:%M:%S ") + f"{offset[:3]}:{offset[3:]}"


def qr_matrix(payload: str) -> list[list[bool]]:
    import segno

    code = segno.make_qr(payload, error="m", encoding="utf-8", eci=True)  # ECI: readers know it is UTF-8
    return [[bool(m) for m in row] for row in code.matrix]


def add_marks(src: Path, dst: Path, mark: ConversionMark, qr: QrData | None = None) -> Path:
    """Write ``dst``: ``src`` with the conversion mark (and QR code) drawn on page 1. ``src`` is not
    changed. Sign ``dst`` afterwards, never before."""
    if not mark.agency.strip():
        raise UsageError("mark.no_agency")
    return _draw_first_page(src, dst, mark.lines(), qr)


def add_qr(src: Path, dst: Path, qr, *, below: float = 0.0, caption: list[str] | None = None) -> Path:
    """Write ``dst``: ``src`` with a QR code top-left of page 1 (e.g. on an e-copy, before its
    signature). ``qr``: anything with ``payload()`` (:class:`QrData`, ``copies.statement.CopyQr``).
    ``below``: pt further down the left margin (an e-copy's QR goes under the master's mark and QR);
    ``caption``: lines of text in the bottom margin of page 1 — beside a QR that low they would cover
    the document's own header."""
    return _draw_first_page(src, dst, caption, qr, below, lines_at_foot=True)


def _draw_first_page(src: Path, dst: Path, lines: list[str] | None, qr, below: float = 0.0,
                     lines_at_foot: bool = False) -> Path:
    import pymupdf

    from tthc_digitize.pipeline import write_atomically
    from tthc_digitize.sign.fonts import tinos_for_pages

    try:
        doc = pymupdf.open(src)
    except Exception as exc:
        raise InputFileError("input.pdf_damaged", detail=str(exc)) from None
    with doc:
        if doc.needs_pass or doc.page_count == 0:
            raise InputFileError("input.pdf_encrypted" if doc.needs_pass else "input.pdf_no_pages")
        page = doc[0]
        left, top = page.rect.x0 + MARGIN, page.rect.y0 + MARGIN + below
        text_x = left
        if qr is not None:
            _draw_qr(page, qr_matrix(qr.payload()), left, top, QR_SIZE)
            text_x = left + QR_SIZE + 6
        if lines:
            page.insert_font(fontname=FONT_NAME, fontfile=str(tinos_for_pages()))
            y = top + FONT_SIZE
            if lines_at_foot:
                text_x, y = left, page.rect.y1 - MARGIN - FONT_SIZE * 1.3 * (len(lines) - 1)
            for line in lines:
                page.insert_text((text_x, y), line, fontname=FONT_NAME, fontsize=FONT_SIZE, color=(0, 0, 0))
                y += FONT_SIZE * 1.3
        data = doc.tobytes(garbage=1, deflate=True)
    write_atomically(Path(dst), _pdfa_font_entries(data))
    return Path(dst)


def _pdfa_font_entries(data: bytes) -> bytes:
    """PyMuPDF leaves out the implied /CIDToGIDMap that PDF/A-2 wants written down; the OCR
    assembler has the fix. Saving through pikepdf also gives pyHanko a file its strict parser reads."""
    import io

    import pikepdf

    from tthc_digitize.ocr.assemble import _spell_out_defaults

    with pikepdf.open(io.BytesIO(data)) as pdf:
        _spell_out_defaults(pdf.pages[0])
        buf = io.BytesIO()
        pdf.save(buf)
    return buf.getvalue()


def _draw_qr(page, matrix: list[list[bool]], left: float, top: float, size: float) -> None:
    """Dark modules as filled squares on a white square with the 4-module quiet zone."""
    import pymupdf

    n = len(matrix)
    cell = size / (n + 8)
    shape = page.new_shape()
    shape.draw_rect(pymupdf.Rect(left, top, left + size, top + size))
    shape.finish(color=None, fill=(1, 1, 1), width=0)
    for r, row in enumerate(matrix):
        c = 0
        while c < n:
            if row[c]:
                start = c
                while c < n and row[c]:
                    c += 1
                x0, y0 = left + (start + 4) * cell, top + (r + 4) * cell
                shape.draw_rect(pymupdf.Rect(x0, y0, left + (c + 4) * cell, y0 + cell))
            else:
                c += 1
    shape.finish(color=None, fill=(0, 0, 0), width=0)
    shape.commit()

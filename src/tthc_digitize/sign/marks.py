"""Page content drawn BEFORE signing (anything drawn after would break the signature).

- the converted-from-paper mark (Law on E-Transactions 2023 art. 12, Decree 137/2024 art. 4): the mark
  text, the conversion time and the converting agency's full name, on page 1, beside
- the QR code (ISO/IEC 18004, made with segno), carrying the fields DESIGN §3 lists;
- optionally the person who scanned (under the mark).

The block goes to the top-left corner (DESIGN §3) when the page is blank there, else to the nearest
blank place, shrunk, in an added margin strip or on an added page: :mod:`sign.placement` decides.

Text is Tinos (Vietnamese-capable, Times-metric), embedded; colours are plain black on white so a
PDF/A-2b input stays PDF/A-2b.
"""

from __future__ import annotations

import io
import json
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from tthc_digitize.errors import InputFileError, UsageError
from tthc_digitize.fsio import write_atomically
from tthc_digitize.i18n import tr
from tthc_digitize.ocr.assemble import _spell_out_defaults
from tthc_digitize.sign.fonts import tinos_for_pages
from tthc_digitize.sign.room import make_room

QR_SIZE = 50.0  # pt, about 18 mm (with the quiet zone)
QR_GAP = 6.0  # pt between the QR code and the text beside it
FONT_SIZE = 8.0
LEADING = 1.3
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
    time: datetime  # conversion time, shown as every mark shows a time (:func:`vn_time`)
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
    """The one date-time format of every mark, as real stamps print it: 19/10/2023 10:56:22 +07:00."""
    if when.utcoffset() is None:
        raise ValueError("a time on a mark needs its offset (+07:00)")
    offset = when.strftime("%z")
    return when.strftime("%d/%m/%Y %H:%M:%S ") + f"{offset[:3]}:{offset[3:]}"


def qr_matrix(payload: str) -> list[list[bool]]:
    import segno  # heavy: segno, loaded only for QR codes

    code = segno.make_qr(payload, error="m", encoding="utf-8", eci=True)  # ECI: readers know it is UTF-8
    return [[bool(m) for m in row] for row in code.matrix]


def add_marks(src: Path, dst: Path, mark: ConversionMark, qr: QrData | None = None) -> Path:
    """Write ``dst``: ``src`` with the conversion mark (and QR code) drawn on page 1. ``src`` is not
    changed. Sign ``dst`` afterwards, never before."""
    if not mark.agency.strip():
        raise UsageError("mark.no_agency")
    return _draw_block(src, dst, mark.lines(), qr)


def add_qr(src: Path, dst: Path, qr, *, caption: list[str] | None = None) -> Path:
    """Write ``dst``: ``src`` with a QR code (and ``caption`` beside it) on page 1, e.g. on an e-copy
    before its signature. ``qr``: anything with ``payload()`` (:class:`QrData`,
    ``copies.statement.CopyQr``). It goes, like every mark, where the page is blank (top-left first)."""
    return _draw_block(src, dst, caption, qr)


def text_width(lines: list[str], size: float) -> float:
    """The width of the widest line in Tinos at ``size`` pt."""
    import pymupdf  # heavy: PyMuPDF, loaded only when a page is drawn or rendered

    font = pymupdf.Font(fontfile=str(tinos_for_pages()))
    return max((font.text_length(line, fontsize=size) for line in lines), default=0.0)


def block_size(lines: list[str] | None, with_qr: bool) -> tuple[float, float]:
    """The full-size block: the QR code, then the lines beside it, top-aligned."""
    width = QR_SIZE if with_qr else 0.0
    height = QR_SIZE if with_qr else 0.0
    if lines:
        width += (QR_GAP if with_qr else 0.0) + text_width(lines, FONT_SIZE)
        height = max(height, FONT_SIZE * LEADING * len(lines))
    return width, height


def _draw_block(src: Path, dst: Path, lines: list[str] | None, qr) -> Path:
    import pymupdf  # heavy: PyMuPDF, loaded only when a page is drawn or rendered

    try:
        doc = pymupdf.open(src)
    except Exception as exc:
        raise InputFileError("input.pdf_damaged", detail=str(exc)) from None
    with doc:
        if doc.needs_pass or doc.page_count == 0:
            raise InputFileError("input.pdf_encrypted" if doc.needs_pass else "input.pdf_no_pages")
        room = make_room(doc, 0, block_size(lines, qr is not None), "top-left")
        page, scale = doc[room.page], room.scale
        left, top = room.rect[0], room.rect[1]
        text_x = left
        if qr is not None:
            _draw_qr(page, qr_matrix(qr.payload()), left, top, QR_SIZE * scale)
            text_x = left + (QR_SIZE + QR_GAP) * scale
        if lines:
            size = FONT_SIZE * scale
            page.insert_font(fontname=FONT_NAME, fontfile=str(tinos_for_pages()))
            y = top + size
            for line in lines:
                page.insert_text((text_x, y), line, fontname=FONT_NAME, fontsize=size, color=(0, 0, 0))
                y += size * LEADING
        data = doc.tobytes(garbage=1, deflate=True)
    write_atomically(Path(dst), _pdfa_font_entries(data, room.page))
    return Path(dst)


def _pdfa_font_entries(data: bytes, page: int = 0) -> bytes:
    """PyMuPDF leaves out the implied /CIDToGIDMap that PDF/A-2 wants written down; the OCR
    assembler has the fix. Saving through pikepdf also gives pyHanko a file its strict parser reads."""
    import pikepdf  # heavy: pikepdf (qpdf), loaded only when a PDF is opened

    with pikepdf.open(io.BytesIO(data)) as pdf:
        _spell_out_defaults(pdf.pages[page])
        buf = io.BytesIO()
        pdf.save(buf)
    return buf.getvalue()


def _draw_qr(page, matrix: list[list[bool]], left: float, top: float, size: float) -> None:
    """Dark modules as filled squares on a white square with the 4-module quiet zone."""
    import pymupdf  # heavy: PyMuPDF, loaded only when a page is drawn or rendered

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

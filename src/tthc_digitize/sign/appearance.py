"""The visible signature appearance of an e-copy (Decree 30/2020 annex I part II): top-right of
page 1, no image, Tinos 10 pt black — the copy form, the copy number, the copying agency and the
signing time as every mark shows a time (``sign.marks.vn_time``). E.g.::

    BẢN SAO ĐIỆN TỬ TỪ SỔ GỐC
    Số: 01/BSĐT
    Ủy ban nhân dân thành phố Đà Nẵng
    Thời gian ký: 19/10/2023 10:56:22 +07:00

The appearance is the signature field's own appearance stream, built by pyHanko as part of signing,
so nothing is drawn on the page after the signature. Where the field goes is decided before the
signature, on the rendered page (:func:`apply_copy_block`): top-right when it is blank there, else
the nearest blank place, a smaller block, a strip added at the top, or an added page.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from tthc_digitize.fsio import write_atomically
from tthc_digitize.sign.fonts import tinos_1000
from tthc_digitize.sign.marks import text_width, vn_time
from tthc_digitize.sign.room import make_room, pdf_box

REGISTER_COPY = "BẢN SAO ĐIỆN TỬ TỪ SỔ GỐC"
CERTIFIED_COPY = "SAO Y"
FONT_SIZE = 10
LINE = 13  # pt; a line of 10 pt Tinos with its leading (pyHanko wants whole numbers)
PAD = 2  # pt inside the field round the text


@dataclass(frozen=True)
class CopyBlock:
    form: str  # REGISTER_COPY, CERTIFIED_COPY, or another copy form
    agency: str  # the copying agency's full name
    time: datetime  # signing time; must carry its offset (+07:00)
    number: str = ""  # copy number, e.g. "01/BSĐT" (one sequence per agency per year)

    def lines(self) -> list[str]:
        if self.time.utcoffset() is None:
            raise ValueError("CopyBlock.time needs a time zone (+07:00)")
        lines = [self.form]
        if self.number:
            lines.append(f"Số: {self.number}")
        lines.append(self.agency)
        lines.append(f"Thời gian ký: {vn_time(self.time)}")
        return lines


@dataclass(frozen=True)
class VisibleSignature:
    """What :meth:`BatchSigner.sign` needs for a visible signature: the style and where it goes
    (``rect``: PDF coordinates on page ``page``, as :func:`apply_copy_block` placed it)."""

    lines: tuple[str, ...]
    rect: tuple[float, float, float, float]
    page: int = 0

    @property
    def style(self):
        from pyhanko.pdf_utils import layout  # heavy: pyHanko, loaded only when signing or validating
        from pyhanko.pdf_utils.font.opentype import (
            GlyphAccumulatorFactory,  # heavy: pyHanko, loaded only when signing or validating
        )
        from pyhanko.pdf_utils.text import TextBoxStyle  # heavy: pyHanko, loaded only when signing or validating
        from pyhanko.stamp import TextStampStyle  # heavy: pyHanko, loaded only when signing or validating

        top_left = layout.SimpleBoxLayoutRule(x_align=layout.AxisAlignment.ALIGN_MIN,
                                              y_align=layout.AxisAlignment.ALIGN_MAX, margins=layout.Margins.uniform(PAD))
        text = TextBoxStyle(font=GlyphAccumulatorFactory(str(tinos_1000()), font_size=FONT_SIZE),
                            font_size=FONT_SIZE, leading=LINE, text_color=(0, 0, 0), box_layout_rule=top_left)
        # %-signs would be read as pyHanko template fields; a field placed smaller than the text's
        # natural size shrinks it to fit (pyHanko's default inner scaling)
        return TextStampStyle(stamp_text="\n".join(line.replace("%", "%%") for line in self.lines),
                              text_box_style=text, border_width=0, background=None,
                              inner_content_layout=layout.SimpleBoxLayoutRule(
                                  x_align=layout.AxisAlignment.ALIGN_MIN, y_align=layout.AxisAlignment.ALIGN_MAX))

    def box(self) -> tuple[int, int, int, int]:
        x0, y0, x1, y1 = self.rect
        return (round(x0), round(y0), round(x1), round(y1))

    def field_spec(self, name: str):
        from pyhanko.sign.fields import SigFieldSpec  # heavy: pyHanko, loaded only when signing or validating

        return SigFieldSpec(sig_field_name=name, on_page=self.page, box=self.box())


def block_size(lines) -> tuple[float, float]:
    """The field at full size: the widest line and every line's leading, with the padding."""
    return text_width(list(lines), FONT_SIZE) + 2 * PAD + 2, LINE * len(lines) + 2 * PAD + 3


def apply_copy_block(block: CopyBlock, src: Path, dst: Path) -> VisibleSignature:
    """Decide where ``block`` goes on page 1 of ``src`` and write ``dst`` (``src`` itself, or with
    the strip or page placement asked for); sign ``dst`` with the returned appearance
    (``BatchSigner.sign(dst, out, appearance=...)``). Nothing is drawn yet: pyHanko draws the block
    as the signature field's appearance."""
    import pymupdf  # heavy: PyMuPDF, loaded only when a page is drawn or rendered

    lines = tuple(block.lines())
    with pymupdf.open(src) as doc:
        room = make_room(doc, 0, block_size(lines), "top-right")
        rect = pdf_box(doc[room.page], room.rect)
        if room.placement.where == "page":
            data = Path(src).read_bytes()
        else:
            data = doc.tobytes(garbage=1, deflate=True)
    write_atomically(Path(dst), data)
    return VisibleSignature(lines, rect, room.page)

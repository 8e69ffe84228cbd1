"""The visible signature appearance of an e-copy (Decree 30/2020 annex I part II): top-right of
page 1, no image, Tinos 10 pt black — the copy form, the copy number, the copying agency and the
signing time in ISO 8601 with +07:00. E.g.::

    BẢN SAO ĐIỆN TỬ TỪ SỔ GỐC
    Số: 01/BSĐT
    Ủy ban nhân dân thành phố Đà Nẵng
    Thời gian ký: 2023-10-19T10:56:22+07:00

The appearance is the signature field's own appearance stream, built by pyHanko as part of signing,
so nothing is drawn on the page after the signature.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

REGISTER_COPY = "BẢN SAO ĐIỆN TỬ TỪ SỔ GỐC"
CERTIFIED_COPY = "SAO Y"
FONT_SIZE = 10
WIDTH, LINE = 250, 13  # pt; a line of 10 pt Tinos with its leading (pyHanko wants whole numbers)
MARGIN = 14.0


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
        lines.append(f"Thời gian ký: {self.time.isoformat(timespec='seconds')}")
        return lines


@dataclass(frozen=True)
class VisibleSignature:
    """What :meth:`BatchSigner.sign` needs for a visible signature: the style and where it goes."""

    lines: tuple[str, ...]
    page: int = 0

    @property
    def style(self):
        from pyhanko.pdf_utils.font.opentype import GlyphAccumulatorFactory
        from pyhanko.pdf_utils.text import TextBoxStyle
        from pyhanko.stamp import TextStampStyle

        from tthc_digitize.sign.fonts import tinos_1000

        text = TextBoxStyle(font=GlyphAccumulatorFactory(str(tinos_1000()), font_size=FONT_SIZE),
                            font_size=FONT_SIZE, leading=LINE, text_color=(0, 0, 0))
        # %-signs would be read as pyHanko template fields
        return TextStampStyle(stamp_text="\n".join(line.replace("%", "%%") for line in self.lines),
                              text_box_style=text, border_width=0, background=None)

    def box(self, page_box: tuple[float, float, float, float]) -> tuple[int, int, int, int]:
        """Top-right corner of the page (PDF coordinates: y grows upwards)."""
        x0, y0, x1, y1 = page_box
        height = LINE * len(self.lines) + 8
        return (round(x1 - MARGIN - WIDTH), round(y1 - MARGIN - height), round(x1 - MARGIN), round(y1 - MARGIN))

    def field_spec(self, name: str, page_box):
        from pyhanko.sign.fields import SigFieldSpec

        return SigFieldSpec(sig_field_name=name, on_page=self.page, box=self.box(page_box))


def apply_copy_block(block: CopyBlock) -> VisibleSignature:
    """The appearance to pass as ``BatchSigner.sign(src, dst, appearance=...)`` for an e-copy."""
    return VisibleSignature(tuple(block.lines()))

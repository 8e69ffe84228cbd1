"""The invisible text layer: OCR words placed over the page image in rendering mode 3.

Text is shown in a one-glyph "glyphless" font (tesseract's ``pdf.ttf``) with Identity-H encoding,
so each character code is its Unicode code point and the ToUnicode map is the identity: search and
copy give back exactly the OCR text, and one tiny font serves every page and every language.
"""

from __future__ import annotations

import statistics
import zlib
from dataclasses import dataclass
from importlib import resources

import pikepdf
from pikepdf import Array, Dictionary, Name

from tthc_digitize._exec.tesseract import Word
from tthc_digitize.ocr.reading_order import reading_order
from tthc_digitize.text import normalise

FONT_NAME = "/FTT"
GLYPH_WIDTH = 500  # the glyphless font's single glyph, in 1/1000 em
_DESCENT = 0.1  # share of a word box height below the baseline (descenders, dấu nặng)

_TO_UNICODE = b"""/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
/CMapName /Adobe-Identity-UCS def
/CMapType 2 def
1 begincodespacerange
<0000> <FFFF>
endcodespacerange
2 beginbfrange
<0000> <D7FF> <0000>
<E000> <FFFF> <E000>
endbfrange
endcmap
CMapName currentdict /CMap defineresource pop
end
end
"""


def glyphless_font(pdf: pikepdf.Pdf) -> pikepdf.Object:
    """A Type0 font object in ``pdf`` mapping every 2-byte code to the one glyph."""
    font_program = resources.files("tthc_digitize").joinpath("data/glyphless.ttf").read_bytes()
    font_file = pdf.make_stream(font_program)
    font_file.Length1 = len(font_program)
    cid_to_gid = pdf.make_stream(zlib.compress(b"\x00\x01" * 65536, 9))
    cid_to_gid.Filter = Name.FlateDecode
    descriptor = Dictionary(
        Type=Name.FontDescriptor,
        FontName=Name.GlyphLessFont,
        Flags=5,
        FontBBox=Array([0, 0, GLYPH_WIDTH, 1000]),
        ItalicAngle=0,
        Ascent=1000,
        Descent=0,
        CapHeight=1000,
        StemV=80,
        FontFile2=font_file,
    )
    cid_font = Dictionary(
        Type=Name.Font,
        Subtype=Name.CIDFontType2,
        BaseFont=Name.GlyphLessFont,
        CIDSystemInfo=Dictionary(Registry="Adobe", Ordering="Identity", Supplement=0),
        FontDescriptor=pdf.make_indirect(descriptor),
        DW=GLYPH_WIDTH,
        CIDToGIDMap=cid_to_gid,
    )
    to_unicode = pdf.make_stream(_TO_UNICODE)
    return pdf.make_indirect(
        Dictionary(
            Type=Name.Font,
            Subtype=Name.Type0,
            BaseFont=Name.GlyphLessFont,
            Encoding=Name("/Identity-H"),
            DescendantFonts=Array([pdf.make_indirect(cid_font)]),
            ToUnicode=to_unicode,
        )
    )


def _hex(text: str) -> str:
    return "".join(f"{ord(ch):04X}" if ord(ch) <= 0xFFFF else "FFFD" for ch in text)


@dataclass(frozen=True)
class Placement:
    """Where the OCR'd image sits on the page, in points (PDF coordinates, origin bottom-left)."""

    x: float
    y: float
    width: float
    height: float
    pixels_wide: int
    pixels_high: int


def content(words: list[Word], at: Placement) -> bytes:
    """Content-stream operators drawing ``words`` invisibly, one text object per line segment, in
    reading order (:mod:`reading_order`): the issuer's two lines, then the motto's, so ``pdftotext``
    and copy-paste give each column whole.

    Each word carries a trailing space (except the last of its segment) and is stretched with ``Tz``
    to reach the next word of its segment, so selections cover the printed words and extracted text has
    spaces; the gap between two columns is left empty, so text tools see two columns, not one line.
    """
    sx = at.width / at.pixels_wide
    sy = at.height / at.pixels_high
    ops: list[str] = []
    for paragraph in reading_order(words):
        for line in paragraph:
            height = statistics.median(w.height for w in line)
            # most words sit on the baseline; those with descenders or a dấu nặng reach a little lower
            baseline = statistics.median(w.top + w.height for w in line) - _DESCENT * height
            size = max(height * sy, 1.0)
            y = at.y + at.height - baseline * sy
            ops.append(f"BT 3 Tr {FONT_NAME} {size:.2f} Tf")
            for i, word in enumerate(line):
                last = i == len(line) - 1
                text = normalise(word.text) + ("" if last else " ")
                span = word.width if last else max(line[i + 1].left - word.left, word.width)
                natural = len(text) * GLYPH_WIDTH / 1000 * size
                stretch = 100 * span * sx / natural if natural else 100
                ops.append(f"{stretch:.2f} Tz 1 0 0 1 {at.x + word.left * sx:.2f} {y:.2f} Tm <{_hex(text)}> Tj")
            ops.append("ET")
    return "\n".join(ops).encode("ascii")


def boxes(words: list[Word], at: Placement, page_height: float) -> list[tuple[float, float, float, float, str, float]]:
    """Word boxes in points from the top-left of the page (as PDF viewers and PyMuPDF measure)."""
    sx = at.width / at.pixels_wide
    sy = at.height / at.pixels_high
    top = page_height - (at.y + at.height)
    return [
        (
            round(at.x + w.left * sx, 2), round(top + w.top * sy, 2),
            round(at.x + (w.left + w.width) * sx, 2), round(top + (w.top + w.height) * sy, 2),
            normalise(w.text), w.conf,
        )
        for w in words
    ]

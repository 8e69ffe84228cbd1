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
from itertools import groupby

import pikepdf
from pikepdf import Array, Dictionary, Name

from tthc_digitize._exec.tesseract import Word
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
    """Content-stream operators drawing ``words`` invisibly, one text object per line.

    Each word carries a trailing space (except the last of its line) and is stretched with ``Tz``
    to reach the next word, so selections cover the printed words and extracted text has spaces.
    """
    sx = at.width / at.pixels_wide
    sy = at.height / at.pixels_high
    ops: list[str] = []
    for _, line_words in groupby(words, key=lambda w: (w.block, w.par, w.line)):
        line = list(line_words)
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


# Side-by-side blocks (Decree 30/2020 layout: issuer and number beside the national motto and the
# date; recipients beside the signer) are too short for tesseract's column finder, so it returns
# each pair of lines as one line with a wide gap in it. Measured in word-box heights:
SEED_GAP = 2.5  # a gap this wide opens a two-column block (word spaces measure under 1.5 here)
JOIN_GAP = 1.2  # a narrower gap still splits a line next to one, where it lines up with the block's
NEAR = 1.5  # a line joins the block only this close below the previous one (not a title far below)


@dataclass
class _Line:
    words: list[Word]

    @property
    def height(self) -> float:
        return statistics.median(w.height for w in self.words)

    @property
    def x0(self) -> int:
        return min(w.left for w in self.words)

    @property
    def x1(self) -> int:
        return max(w.left + w.width for w in self.words)

    @property
    def top(self) -> int:
        return min(w.top for w in self.words)

    @property
    def bottom(self) -> int:
        return max(w.top + w.height for w in self.words)

    def text(self) -> str:
        return " ".join(normalise(w.text) for w in self.words)

    def split(self, left: float, right: float, min_gap: float) -> tuple[int, float, float] | None:
        """(index of the first right-hand word, gap start, gap end) for the widest gap of at least
        ``min_gap`` line heights that overlaps ``left..right``."""
        best = None
        for i, (a, b) in enumerate(zip(self.words, self.words[1:]), start=1):
            start, end = a.left + a.width, b.left
            if end - start >= min_gap * self.height and start < right and end > left:
                if best is None or end - start > best[2] - best[1]:
                    best = (i, start, end)
        return best


def _worded(words: list[Word]) -> bool:
    return any(ch.isalnum() for w in words for ch in w.text)


def _columns(lines: list[_Line]) -> list[tuple[int, int, list[str], list[str]]]:
    """Two-column blocks: (first line, last line + 1, left column's lines, right column's lines).

    A block starts at a line with a wide gap between words on both sides (not a speck beside a
    short line) and takes in the lines next to it, above and below, close together, that either
    have a gap where its gap is or stand wholly on one side of it. Label/value rows ("Họ và tên:"
    then the name) look the same but read across: they are left as they are."""
    blocks: list[tuple[int, int, list[str], list[str]]] = []
    taken: set[int] = set()
    for seed, line in enumerate(lines):
        found = None if seed in taken else line.split(float("-inf"), float("inf"), SEED_GAP)
        if found is None or not (_worded(line.words[: found[0]]) and _worded(line.words[found[0]:])):
            continue
        left, right = found[1], found[2]
        parts = {seed: (line.words[: found[0]], line.words[found[0]:])}
        split = [seed]
        for step in (-1, 1):
            i = seed
            while 0 <= i + step < len(lines) and i + step not in taken:
                upper, lower = sorted((lines[i], lines[i + step]), key=lambda ln: ln.top)
                if lower.top - upper.bottom > NEAR * max(upper.height, lower.height):
                    break
                cand = lines[i + step]
                cut = cand.split(left, right, JOIN_GAP)
                if cut is not None:
                    left, right = max(left, cut[1]), min(right, cut[2])
                    parts[i + step] = (cand.words[: cut[0]], cand.words[cut[0]:])
                    split.append(i + step)
                elif cand.x1 <= right and cand.x0 < left:
                    parts[i + step] = (cand.words, [])
                elif cand.x0 >= left and cand.x1 > right:
                    parts[i + step] = ([], cand.words)
                else:
                    break
                i += step
        first, last = min(parts), max(parts) + 1
        taken.update(range(first, last))
        labels = sum(parts[k][0][-1].text.endswith(":") for k in split)
        if len(split) >= 2 and 2 * labels > len(split):
            continue
        ordered = [parts[k] for k in range(first, last)]
        blocks.append((first, last, [_Line(l).text() for l, _ in ordered if l],
                       [_Line(r).text() for _, r in ordered if r]))
    return sorted(blocks)


def plain_text(words: list[Word]) -> str:
    """Reading-order text: a line per OCR line, a blank line between paragraphs; a two-column
    block reads its left column, then its right one, as a person reads the page."""
    lines, par_of = [], []
    for par, par_words in groupby(words, key=lambda w: (w.block, w.par)):
        for _, line in groupby(par_words, key=lambda w: w.line):
            lines.append(_Line(list(line)))
            par_of.append(par)
    starts = {block[0]: block for block in _columns(lines)}
    paragraphs: list[list[str]] = []
    i = 0
    while i < len(lines):
        if i in starts:
            _, end, left, right = starts[i]
            paragraphs += [left, right, []]  # each column a paragraph, and what follows a new one
            i = end
            continue
        if not paragraphs or par_of[i] != par_of[i - 1]:
            paragraphs.append([])
        paragraphs[-1].append(lines[i].text())
        i += 1
    return "\n\n".join("\n".join(p) for p in paragraphs if p)

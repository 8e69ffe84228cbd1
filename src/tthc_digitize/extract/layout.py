"""Words on a page grouped into lines and into the regions of a Decree 30 document (no I/O).

Positions are on the upright, straightened page: from the OCR word boxes, or from a PDF text layer,
where a word's right edge may reach the next word (the layer stretches words to fill the gaps), so
column decisions use left edges only.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass

from tthc_digitize.text import fold, normalise

HEADER_SHARE = 0.22  # the issuer/number and motto/date blocks sit in the top fifth of page 1
LEFT_COLUMN = 0.47  # header words starting left of this share of the width belong to the issuer block


@dataclass(frozen=True)
class Word:
    x0: float
    y0: float
    x1: float
    y1: float
    text: str
    page: int = 1
    conf: float | None = None  # tesseract's 0-100; None for text that was not OCR'd


@dataclass(frozen=True)
class Line:
    words: tuple[Word, ...]

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def top(self) -> float:
        return min(w.y0 for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w.y1 for w in self.words)

    @property
    def page(self) -> int:
        return self.words[0].page

    @property
    def ocr_confidence(self) -> float:
        """OCR confidence of the line's words as a share (1.0 when the text was not OCR'd): their
        mean, but no more than the weakest word's plus 0.25, so one badly read word in an otherwise
        clean line still makes the line unsure."""
        confs = [w.conf for w in self.words if w.conf is not None and w.conf >= 0]
        return min(sum(confs) / len(confs), min(confs) + 25) / 100 if confs else 1.0

    @property
    def box(self) -> tuple[float, float, float, float]:
        return (self.x0, self.top, max(w.x1 for w in self.words), self.bottom)


def _speck(word: Word, height: float) -> bool:
    """Dust or a ruled line read as punctuation: tiny, no letter or digit, and tesseract unsure
    (a list's "-" bullet is as small, but read with confidence)."""
    return (
        (word.y1 - word.y0) < 0.4 * height and not any(ch.isalnum() for ch in word.text)
        and word.conf is not None and word.conf < 60
    )


def lines(words: list[Word]) -> list[Line]:
    """Words sharing a baseline, left to right; lines top to bottom, page by page."""
    result: list[Line] = []
    for page in sorted({w.page for w in words}):
        on_page = [w for w in words if w.page == page]
        height = statistics.median(w.y1 - w.y0 for w in on_page) if on_page else 0
        on_page = [w for w in on_page if not _speck(w, height)]
        chained = sorted(_chains(on_page, height), key=lambda c: statistics.mean((w.y0 + w.y1) / 2 for w in c))
        result.extend(Line(tuple(Word(w.x0, w.y0, w.x1, w.y1, normalise(w.text), w.page, w.conf) for w in c))
                      for c in chained)
    return result


def _chains(words: list[Word], height: float) -> list[list[Word]]:
    """Words chained left to right, each to the line at its height (its last word's centre within half
    a line height of the word's) whose last word is nearest on the left. Compared with its neighbour
    rather than with the line as a whole, a line on a tilted or keystoned photo keeps its far end:
    banded by height across the page, the end of "ỦY BAN NHÂN DÂN" fell in with "TỈNH NINH THUẬN"
    below it ("DÂN ỦY BAN NHÂN THUẬN TỈNH NINH"). A title in a large font is given room in
    proportion to its size."""
    chains: list[list[Word]] = []
    for word in sorted(words, key=lambda w: w.x0):
        centre = (word.y0 + word.y1) / 2
        best, nearest = None, None
        for chain in chains:
            last = chain[-1]
            size = max(height, min(word.y1 - word.y0, last.y1 - last.y0))
            off = abs(centre - (last.y0 + last.y1) / 2)
            # of the lines at its height, the one whose last word is its neighbour on the left: not a
            # short line further left that a tilt brought to the same height
            key = (max(0.0, word.x0 - last.x1), off)
            # or a word mostly within its neighbour's height: the last word of a large title on a
            # tilted photo, boxed smaller than the rest ("… HỘ KINH" / "DOANH")
            overlap = min(word.y1, last.y1) - max(word.y0, last.y0)
            level = off <= size * 0.5 or overlap >= 0.6 * min(word.y1 - word.y0, last.y1 - last.y0)
            if level and (nearest is None or key < nearest):
                best, nearest = chain, key
        if best is None:
            chains.append([word])
        else:
            best.append(word)
    return chains


# the two lines of the national motto start with these word pairs; a long issuer's line beside them
# may end so near the motto that neither a gap nor a left edge parts them ("… ĐẦU TƯ CỘNG | HÒA …")
_MOTTO_PAIRS = (("cong", "hoa"), ("doc", "lap"))


def _motto_start(words: tuple[Word, ...], width: float) -> int:
    """Index of the word the national motto starts at in a line, when it starts after some other word
    and right of the issuer's margin (the motto is never at the left edge of a two-column header)."""
    folded = [fold(w.text).strip(".,:;-'\"") for w in words]
    for i in range(1, len(words) - 1):
        if (folded[i], folded[i + 1]) in _MOTTO_PAIRS and words[i].x0 > 0.25 * width:
            return i
    return 0


def _blank_after(word: Word) -> bool:
    return word.text.endswith(":") or fold(word.text) in ("ngay", "thang")


COLUMN_GAP = 0.04  # a gap this wide (share of the page width) between two words separates the columns


def split_columns(line: Line, width: float) -> tuple[Line | None, Line | None]:
    """The part of a header line in the issuer (left) column and in the motto/date (right) one.

    Where the line has a wide gap near the middle, that is the split (a long place name such as
    "Thành phố Hồ Chí Minh" starts left of the middle); a line without one that sits right of the
    middle is all right column; otherwise each word goes by its left edge (a text layer may
    stretch words over the gaps, so right edges are not trusted there)."""
    words = line.words
    motto = _motto_start(words, width)
    if motto:  # the motto's column starts at its first word, however close the issuer runs up to it
        return Line(words[:motto]), Line(words[motto:])
    gaps = [(b.x0 - a.x1, i + 1) for i, (a, b) in enumerate(zip(words, words[1:])) if 0.2 * width < b.x0 < 0.8 * width]
    # a blank after a label or a date's word ("Số:      /GCNSN-UBND", "ngày      tháng 6") is the form's room
    # for a number or a day written in by hand, whose ink was lifted with the seal's: where the line has
    # another wide gap, that one parts the columns
    columns = [g for g in gaps if g[0] > COLUMN_GAP * width and not _blank_after(words[g[1] - 1])]
    gap, at = max(columns or gaps, default=(0.0, 0))
    if gap > COLUMN_GAP * width and words[0].x0 >= 0.5 * width:
        # both sides right of the middle: one column with a gap in it, a signer's name and a speck of the
        # signature's ink after it ("Lại Thế Lực  `", blind27); a speck before the gap is left out ("Si  Hà Văn
        # Ứng", blind26; "ĨA  VIỆ" over the motto, never an issuer's line)
        speck = sum(ch.isalpha() for w in words[:at] for ch in w.text) <= 2
        return None, Line(tuple(words[at:] if speck else words))
    if gap > COLUMN_GAP * width:
        left, right = words[:at], words[at:]
    elif line.x0 >= 0.25 * width and (line.x0 + line.box[2]) / 2 >= 0.5 * width:
        left, right = (), words
    else:
        left = tuple(w for w in words if w.x0 < LEFT_COLUMN * width)
        right = tuple(w for w in words if w.x0 >= LEFT_COLUMN * width)
    return (Line(tuple(left)) if left else None, Line(tuple(right)) if right else None)

"""A second look at the text under a seal and a signature.

Tesseract's page layout analysis takes a red seal with a blue signature across it for a picture, and
drops what is printed under it: on the phone photos of blind set 12 the signer's name was missing on 10
of 12 pages, and the position above it ("KT. GIÁM ĐỐC") too on 6, though a person reads both at once. Where coloured ink
lies on a photo, the area around it is read again alone, as one block of text, from a grey copy in
which coloured ink turns to paper and black print stays. The reading of that area that holds more
confident text, the page's or the second one, is kept. A navy ballpoint is too dark to be told from print
there; a third reading, with every blue stroke turned to paper, adds to the second only the lines neither
it nor the page's holds (a name its signature crosses: +7 photos of blind sets 2-23, none lost). On scans
ocr/seal.py has lifted the seal off the grey copy before the first reading; there the area read alone only adds
the lines the page's reading left empty (a name a signature's stroke crosses: +9 scans of blind sets 2-24, none
lost), as kept readings replaced whole came out worse as often as better (benchmarks/README.md, "Blind set 25").
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from PIL import Image, ImageFilter

from tthc_digitize._exec.tesseract import Word
from tthc_digitize.ocr import seal
from tthc_digitize.text import syllable

GROW = 0.01  # of the page's width: coloured strokes this close belong to one stamp or signature
MIN_AREA = 0.004  # of the page: less is a number written in by hand or a tick, not a seal or a signature
MARGIN = 0.35  # of the area's height, above and below it: the position above the seal, the name below it
SIDES = 1.0  # of its height, left: a position's line is wider than the seal and the signature
RIGHT = 2.0  # of its height, right: a seal is stamped over the name's start, whose end runs on past the signature
MIN_READ = 30  # tesseract's confidence under which a word of the second reading is a speck
SURE_LINE = 80  # tesseract's confidence: a line holding a word this sure is text, not the seal's lettering
# A word read under a seal and a signature may have lost a letter or a syllable to them ("Đức Thịnh" for
# "Lưu Đức Thịnh"): at most this confidence, so a field made of it goes to a clerk
UNDER_INK = 79
WORD_GAP = 1.5  # of a word's height: wider is a column's gap, not a space between words (ocr/reading_order.py)
TINTED = 0.25  # (max - min) / max: clearly coloured, though less than seal.SATURATED (JPEG halves colour)
BLUE = 30  # blue above red by this much: a ballpoint's stroke, however dark; black print and its JPEG fringe stay under


def grey(img: Image.Image) -> Image.Image:
    """The grey copy: each pixel's brightest channel (a red seal is bright in red, blue ink in blue,
    black print dark in all three), divided by the paper around it, so uneven light and the seal's
    faint remains both turn to paper; a clearly coloured pixel is paper."""
    top, low = seal.top_low(np.asarray(img))
    paper = np.asarray(Image.fromarray(top, "L").reduce(8).filter(ImageFilter.MaxFilter(5))
                       .resize(img.size, Image.Resampling.BILINEAR)).astype(np.float32)
    ratio = np.clip(top.astype(np.float32) / np.maximum(paper, 1) * 255, 0, 255)
    spread = top.astype(np.int16) - low.astype(np.int16)
    ratio[(spread >= TINTED * top) & (ratio >= 128)] = 255  # dark coloured pixels are print under the ink
    return Image.fromarray(ratio.astype(np.uint8), "L")


def without_blue(img: Image.Image, grey_copy: Image.Image) -> Image.Image:
    """``grey_copy`` (of ``img``) with every dark blue stroke turned to paper too, though the print it crosses
    loses the pixels under it."""
    rgb = np.asarray(img)
    unsigned = np.array(grey_copy)
    unsigned[rgb[..., 2].astype(np.int16) - rgb[..., 0] >= BLUE] = 255
    return Image.fromarray(unsigned, "L")


def areas(coloured: Image.Image) -> list[tuple[int, int, int, int]]:
    """Boxes (left, top, right, bottom) around the clusters of coloured ink of a mask (255 = coloured),
    widened by MARGIN, SIDES and RIGHT, in the mask's pixels. Clusters are found by rows, then by columns in
    each band of rows."""
    small = coloured.reduce(2) if min(coloured.size) >= 400 else coloured
    scale = coloured.width / small.width
    mask = seal.grown(np.asarray(small) > 127, max(3, round(GROW * small.width)) // 2)
    boxes = []
    for left, top, right, bottom in clusters(mask):
        if (right - left) * (bottom - top) < MIN_AREA * mask.size:
            continue
        pad, side = MARGIN * (bottom - top), SIDES * (bottom - top)
        boxes.append((max(0, round((left - side) * scale)), max(0, round((top - pad) * scale)),
                      min(coloured.width, round((right + RIGHT * (bottom - top)) * scale)),
                      min(coloured.height, round((bottom + pad) * scale))))
    return _merged(boxes)


def clusters(mask: np.ndarray) -> list[tuple[int, int, int, int]]:
    """Boxes (left, top, right, bottom) of a mask's clusters: its bands of rows, then the runs of columns in each."""
    return [(left, top, right, bottom) for top, bottom in runs(mask.any(axis=1))
            for left, right in runs(mask[top:bottom].any(axis=0))]


def _merged(boxes: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    """Overlapping boxes as one (a seal and the signature beside it): no word is read twice."""
    for i, a in enumerate(boxes):
        for j in range(i + 1, len(boxes)):
            b = boxes[j]
            if _overlap(a, b):
                union = (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))
                return _merged([union, *boxes[:i], *boxes[i + 1:j], *boxes[j + 1:]])
    return boxes


def runs(flags: np.ndarray) -> list[tuple[int, int]]:
    """Start and end (exclusive) of each run of True."""
    edges = np.diff(np.concatenate(([0], flags.astype(np.int8), [0])))
    return list(zip(np.flatnonzero(edges == 1).tolist(), np.flatnonzero(edges == -1).tolist()))


def better(words: list[Word], again: list[Word], area: tuple[int, int, int, int],
           unsigned: list[Word] = ()) -> list[Word]:
    """The page's words with those in ``area`` replaced by its second reading ``again``, if that holds more
    confident text; its words come after the page's as blocks of their own, at most UNDER_INK sure. A line
    of the page's reading that runs on out of the area (a body line its edge cuts) stays as it was read,
    and the second reading's words over it go. ``unsigned``, the area read with blue strokes turned to paper,
    adds to ``again`` the lines neither it nor the page holds (a name a signature's stroke crosses)."""
    here = [w for w in words if _inside(area, w)]
    again = _without_specks(again)
    again += _gaps_filled(again, here, _without_specks(list(unsigned)))
    running = _running_on(words, here)
    cut = [w for w in here if (w.block, w.par, w.line) in running]
    here = [w for w in here if w not in cut]
    again = [w for w in again if not any(_overlap(_box(w), _box(c)) for c in cut)]
    if read(again) <= read([w for w in here if w.conf >= MIN_READ]):
        return words
    after = max((w.block for w in words), default=0)
    return [w for w in words if w not in here] + [
        replace(w, block=w.block + after, conf=min(w.conf, UNDER_INK)) for w in again]


def gaps_filled(words: list[Word], again: list[Word], area: tuple[int, int, int, int]) -> list[Word]:
    """The page's words and, from the area's second reading ``again``, the lines at heights where the page's
    reading holds nothing: a scan's name under a signature that the layout analysis dropped. What the page
    did read stays as read (replaced whole, 16 scans' names of blind sets 2-24 came out worse), and what is
    added is at most UNDER_INK sure."""
    here = [w for w in words if _inside(area, w)]
    after = max((w.block for w in words), default=0)
    return words + [replace(w, block=w.block + after, conf=min(w.conf, UNDER_INK))
                    for w in _gaps_filled([], here, _without_specks(again))]


def _gaps_filled(again: list[Word], here: list[Word], unsigned: list[Word]) -> list[Word]:
    """The lines of ``unsigned`` holding a word read surely, whose height no word of the other two readings
    shares, renumbered as lines of their own after ``again``'s."""
    taken = [(w.top, w.top + w.height) for w in [*again, *here] if w.conf >= MIN_READ]
    after = max((w.block for w in again), default=0) + 1
    found = []
    for n, line in enumerate(_by_line(unsigned).values()):
        top, bottom = min(w.top for w in line), max(w.top + w.height for w in line)
        if not any(a < bottom and top < b for a, b in taken) and any(
                w.conf >= SURE_LINE and syllable(w.text.strip(".,;:")) for w in line):
            found += [replace(w, block=after + n, par=0, line=0) for w in line]
    return found


def _without_specks(words: list[Word]) -> list[Word]:
    """The reading without its specks: words under MIN_READ sure, except a capitalised syllable on a line
    that holds a word read surely ("Hoàng" at 12 before "Minh Đạo" at 96: the seal's ring crosses it)."""
    sure = {(w.block, w.par, w.line) for w in words if w.conf >= SURE_LINE}
    return [w for w in words if w.conf >= MIN_READ or (
        (w.block, w.par, w.line) in sure and w.text[:1].isupper() and w.text[1:].islower() and syllable(w.text))]


def _running_on(words: list[Word], here: list[Word]) -> set[tuple[int, int, int]]:
    """The lines (tesseract's block, paragraph, line) that run on across the area's edge: a word inside and
    its neighbour outside no more than WORD_GAP apart. A column's gap parts two columns that tesseract gave
    one line ("Nơi nhận:" beside "KT. GIÁM ĐỐC"), and the signer's column is the area's to read again."""
    inside = set(map(id, here))
    found = set()
    for key, line in _by_line(words).items():
        line.sort(key=lambda w: w.left)
        for a, b in zip(line, line[1:]):
            space = b.left - a.left - a.width
            if (id(a) in inside) != (id(b) in inside) and space < WORD_GAP * max(a.height, b.height):
                found.add(key)
    return found


def _by_line(words: list[Word]) -> dict[tuple[int, int, int], list[Word]]:
    """Words by tesseract's line (block, paragraph, line), in reading order."""
    lines: dict[tuple[int, int, int], list[Word]] = {}
    for w in words:
        lines.setdefault((w.block, w.par, w.line), []).append(w)
    return lines


def _box(word: Word) -> tuple[int, int, int, int]:
    return word.left, word.top, word.left + word.width, word.top + word.height


def _overlap(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> bool:
    """Whether two boxes (left, top, right, bottom) share any pixel."""
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _inside(box: tuple[int, int, int, int], word: Word) -> bool:
    """Whether a word's centre lies in the box."""
    x, y = word.left + word.width / 2, word.top + word.height / 2
    return box[0] <= x < box[2] and box[1] <= y < box[3]


def read(words: list[Word]) -> float:
    """How much text a reading holds: each word weighed by tesseract's confidence in it."""
    return sum(w.conf for w in words if w.conf > 0)

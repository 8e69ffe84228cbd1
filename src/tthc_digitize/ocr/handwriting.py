"""Numbers and days written by hand into a form's blanks ("Số: 764 /GCNSN-UBND", "ngày 18 tháng 3").

A result is often numbered and dated by hand after it is signed, with the ballpoint that signed it. On a
colour scan that ink is lifted off the grey copy with the seal's (ocr/seal.py), so tesseract never sees
the number: blind sets 3 to 19 lost the number and the day of every such page. The marks are found in the
coloured ink itself: small, on a printed line's row, in a gap between its words. Each is read alone from
the ink (coloured pixels black on white), as digits, with tesseract's English model, which reads a hand's
digits far better than the Vietnamese one does (blind5's pages: 286, 18 against 6, 78), and put into its
line as a word. It is never more than HAND_CONF sure: what a clerk wrote is for a clerk to confirm.
"""

from __future__ import annotations

from functools import cache
from itertools import groupby
from pathlib import Path
from statistics import median

import numpy as np
from PIL import Image

from tthc_digitize._exec import tesseract
from tthc_digitize._exec.tesseract import Word
from tthc_digitize.ocr import recover, seal

GROW = 0.005  # of the page's width: the strokes of one number are this close
MAX_SHARE = 0.004  # of the page: a bigger cluster of coloured ink is a seal or a signature
HEIGHTS = (0.8, 4.0)  # a hand's digits stand this many printed letters' heights tall
PAD = 0.25  # of the mark's height, white around it for tesseract
HAND_CONF = 50.0  # at most this sure, so that the rules send a field made of it to a clerk
MODEL = "eng"


def written(ink: np.ndarray, upright, words: list[Word], work: Path, number: int) -> list[Word]:
    """``words`` with each number written by hand in coloured ink into a printed line's blank put into that
    line. ``ink``: where the page's coloured ink lies (seal.lifted); ``upright`` turns a mask of the page into
    the words' frame (page.Frame.for_ocr)."""
    if not words or not _has_model():
        return words
    # any share of ink after straightening: a threshold at half thins a hand's thin strokes away ("764" read "64")
    mask = np.asarray(upright(Image.fromarray(ink.astype(np.uint8) * 255, "L"))) > 0
    lines = _lines(words)
    height = median(w.height for w in words)
    for box in _marks(mask, height):
        line = _row_of(box, lines)
        if line is None:
            continue
        digits = _read(mask, box, work, number)
        if digits is None:
            continue
        text, conf = digits
        first = line[0]
        mark = Word(first.block, first.par, first.line, box[0], box[1], box[2] - box[0], box[3] - box[1],
                    min(conf, HAND_CONF), text)
        at = words.index(max((w for w in line if w.left < box[0]), key=lambda w: w.left)) + 1
        words = [*words[:at], mark, *words[at:]]
        lines = _lines(words)
    return words


def _lines(words: list[Word]) -> list[list[Word]]:
    return [list(line) for _, line in groupby(words, key=lambda w: (w.block, w.par, w.line))]


@cache
def _has_model() -> bool:
    return MODEL in tesseract.languages()


def _marks(mask: np.ndarray, height: float) -> list[tuple[int, int, int, int]]:
    """Boxes (left, top, right, bottom) of the small clusters of coloured ink, tight around the ink."""
    found = []
    for left, top, right, bottom in recover.clusters(seal.grown(mask, max(2, round(GROW * mask.shape[1])))):
        ink = mask[top:bottom, left:right]
        rows, cols = np.flatnonzero(ink.any(axis=1)), np.flatnonzero(ink.any(axis=0))
        if not len(rows):
            continue
        box = (left + int(cols[0]), top + int(rows[0]), left + int(cols[-1]) + 1, top + int(rows[-1]) + 1)
        tall = (box[3] - box[1]) / height
        if (box[2] - box[0]) * (box[3] - box[1]) <= MAX_SHARE * mask.size and HEIGHTS[0] <= tall <= HEIGHTS[1]:
            found.append(box)
    return found


def _row_of(box: tuple[int, int, int, int], lines: list[list[Word]]) -> list[Word] | None:
    """The printed line the mark was written into: its middle is at the line's height, a printed word of the
    line stands left of it (the label: "Số:", "ngày") and none under it."""
    middle = (box[1] + box[3]) / 2
    for line in lines:
        top, bottom = min(w.top for w in line), max(w.top + w.height for w in line)
        if not top <= middle <= bottom + 0.5 * (bottom - top):
            continue
        if any(w.left < box[2] and box[0] < w.left + w.width for w in line):
            return None  # over printed words: a stroke of a signature or a correction, not a blank filled in
        if any(w.left + w.width <= box[0] for w in line):
            return line
    return None


def _read(mask: np.ndarray, box: tuple[int, int, int, int], work: Path, number: int) -> tuple[str, float] | None:
    """The digits of the mark and tesseract's confidence in them, if it reads any."""
    pad = round(PAD * (box[3] - box[1]))
    ink = mask[box[1]:box[3], box[0]:box[2]]
    page = np.full((ink.shape[0] + 2 * pad, ink.shape[1] + 2 * pad), 255, np.uint8)
    page[pad:pad + ink.shape[0], pad:pad + ink.shape[1]][ink] = 0
    path = work / f"hand-{number:05d}.pgm"
    Image.fromarray(page, "L").save(path)
    try:
        found = [w for w in tesseract.words(path, MODEL, psm=7, only="0123456789") if w.text.isdigit()]
    except tesseract.TesseractError:
        return None
    finally:
        path.unlink(missing_ok=True)
    if not found:
        return None
    return "".join(w.text for w in found), min(w.conf for w in found)

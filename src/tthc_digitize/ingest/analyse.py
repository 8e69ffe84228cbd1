"""Looking at a page image: colour mode, blank page, skew, likely sideways (numpy only, no I/O).

Work happens on a reduced greyscale copy (about 100 dpi): enough to see text lines, and cheap
enough that analysing a page costs a few tens of milliseconds next to a second or more of OCR.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PIL import Image

ANALYSIS_DPI = 100
MAX_SKEW = 8.0  # degrees; beyond this a page was placed crooked on purpose or is not text
BLANK_INK = 0.0003  # fraction of dark pixels under which a page counts as blank
FAINT = 60  # grey levels under the paper: print, not a scanner's noise or the sheet's texture


@dataclass(frozen=True)
class PageLook:
    colour: str  # "colour", "grey" or "bilevel"
    blank: bool
    skew: float  # degrees the content is rotated clockwise; deskew by rotating it back
    sideways: bool  # text lines run vertically: the page is turned by 90 or 270 degrees


def colour_mode(img: Image.Image) -> str:
    if img.mode == "1":
        return "bilevel"
    if img.mode in ("L", "LA", "I", "I;16", "F"):
        return "grey"
    return "colour"


def reduced_grey(img: Image.Image, dpi: float) -> np.ndarray:
    scale = min(1.0, ANALYSIS_DPI / max(dpi, 1))
    grey = img.convert("L")
    if scale < 1.0:
        size = (max(1, round(img.width * scale)), max(1, round(img.height * scale)))
        grey = grey.resize(size, Image.Resampling.BOX)
    return np.asarray(grey)


def ink(grey: np.ndarray) -> np.ndarray:
    """Dark pixels relative to the paper: robust to tinted paper and uneven exposure."""
    paper = float(np.percentile(grey, 90))
    return grey < min(paper - 60, 160)


def on_the_sheet(mask: np.ndarray) -> np.ndarray:
    """Ink without what surrounds the sheet: a phone photo shows the table around the page and a scan
    may have a dark lid or border. Seen from any edge, the dark run that starts at the image's border
    is background. Left in, its straight edges outweighed the text lines: ten photos tilted by up to
    5 degrees all measured a skew of 0, two of them "sideways" (benchmarks/README.md)."""
    background = np.logical_and.accumulate(mask, axis=1)
    background |= np.logical_and.accumulate(mask[:, ::-1], axis=1)[:, ::-1]
    background |= np.logical_and.accumulate(mask, axis=0)
    background |= np.logical_and.accumulate(mask[::-1], axis=0)[::-1]
    return mask & ~background


def _histogram(coord: np.ndarray) -> np.ndarray:
    coord = np.rint(coord).astype(np.int64)
    return np.bincount(coord - coord.min()).astype(np.float64)


def _project(ys: np.ndarray, xs: np.ndarray, angle: float) -> np.ndarray:
    return ys - xs * np.tan(np.radians(angle))


def _best_angle(ys: np.ndarray, xs: np.ndarray, angles: np.ndarray) -> float:
    """The angle whose projection of ink onto ``ys`` is sharpest (largest sum of squares)."""
    scores = [float(np.dot(h, h)) for h in (_histogram(_project(ys, xs, a)) for a in angles)]
    return float(angles[int(np.argmax(scores))])


def _edge_energy(ys: np.ndarray, xs: np.ndarray, angle: float) -> float:
    """How strongly the profile jumps between text lines and the gaps between them."""
    step = np.diff(_histogram(_project(ys, xs, angle)))
    return float(np.dot(step, step))


def find_skew(mask: np.ndarray) -> tuple[float, bool]:
    """Projection-profile skew: the angle whose row histogram of ink is sharpest.

    A page is sideways when its ink profile along columns (at the best column angle) has much more
    line-to-gap contrast than along rows: its text lines run vertically.
    """
    ys, xs = np.nonzero(mask)
    if len(ys) < 200:
        return 0.0, False
    if len(ys) > 200_000:  # a dense page: a sample keeps the cost flat without moving the peak
        pick = np.random.default_rng(0).choice(len(ys), 200_000, replace=False)
        ys, xs = ys[pick], xs[pick]
    ys = ys.astype(np.float64)
    xs = xs.astype(np.float64)
    coarse = np.arange(-MAX_SKEW, MAX_SKEW + 0.01, 0.5)
    angle = _best_angle(ys, xs, coarse)
    angle = _best_angle(ys, xs, np.arange(angle - 0.5, angle + 0.51, 0.05))
    col_angle = _best_angle(xs, ys, coarse)
    sideways = _edge_energy(xs, ys, col_angle) > 2 * _edge_energy(ys, xs, angle)
    return round(angle, 2), sideways


def faint_ink(grey: np.ndarray) -> np.ndarray:
    """Print a pale scan keeps: FAINT below the paper, however light (a page of light grey letters, 180 at
    100 dpi on white, was taken for blank: real corpus 2)."""
    return grey < float(np.percentile(grey, 90)) - FAINT


def look(img: Image.Image, dpi: float) -> PageLook:
    grey = reduced_grey(img, dpi)
    mask = on_the_sheet(ink(grey))
    if mask.mean() < BLANK_INK:
        mask = on_the_sheet(faint_ink(grey))  # only where nothing darker is on the page: the others stay as measured
    blank = mask.mean() < BLANK_INK
    skew, sideways = (0.0, False) if blank else find_skew(mask)
    return PageLook(colour=colour_mode(img), blank=bool(blank), skew=skew, sideways=sideways)

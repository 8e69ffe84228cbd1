"""Where a mark goes on a page (domain core on a page image: numpy, no I/O).

Every block the project draws — the converted-from-paper mark with its QR code, a copy's QR code, the
copy block (the agency's visible signature) and the certification statement — must stand where the
page is blank: that is measured on the rendered page, never assumed from a layout. The search prefers
the block's customary corner and stays near it (in the corner's half of the page's width and its
:data:`ZONE` of the height); when nothing blank is big
enough there, it tries again with the block shrunk down to :data:`MIN_SCALE`, then asks for a margin
strip added to the page at that edge (the MediaBox grows, the content does not move), and only when
the strip would be taller than :data:`MAX_STRIP` of the page, for a page added after the last.

Lengths are PDF points, positions from the page's top-left corner (y grows downwards, as in the
rendered image); the image may have any resolution, ``scale`` says how many pixels make a point.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

INK_LEVEL = 160  # grey values below this count as ink (scanner noise stays above it)
BLANK_SHARE = 0.002  # a window is blank when at most this share of its pixels is ink (dust, speckle)
AIR = 4.0  # pt of blank kept all round a block, so it never touches a line of the document
EDGE = 6.0  # pt from the page edge; scanners leave dark borders there, which are not content
ZONE = 0.4  # a block stays in the third (plus) of the page at its customary edge
# The smallest a block may get and still be read on paper: 8 pt mark text -> 6.4 pt, the 10 pt copy
# block -> 8 pt, a 50 pt QR code -> 40 pt (about 0.3 mm modules for the payloads used, which phone
# cameras and zbar still read at 300 dpi).
MIN_SCALE = 0.8
SCALES = (1.0, 0.9, MIN_SCALE)
MAX_STRIP = 0.2  # a strip taller than this share of the page height: the block goes on a new page

CORNERS = ("top-left", "top-right", "foot-left", "foot-right")


@dataclass(frozen=True)
class Placement:
    """Where a block of the asked size goes.

    ``where``: ``"page"`` (on the page as it is), ``"strip"`` (in a strip of ``strip`` pt added at the
    corner's edge: positions are then in the enlarged page, whose content moved down by ``strip`` when
    the strip is at the top) or ``"new_page"`` (on a blank page of the same size added after the page).
    ``x``, ``y``: the block's top-left corner; ``scale``: the factor the block was drawn at.
    """

    where: str
    x: float
    y: float
    width: float
    height: float
    scale: float = 1.0
    strip: float = 0.0

    @property
    def rect(self) -> tuple[float, float, float, float]:
        return (self.x, self.y, self.x + self.width, self.y + self.height)


def ink_mask(grey: np.ndarray) -> np.ndarray:
    return grey < INK_LEVEL


def ink_share(grey: np.ndarray, rect: tuple[float, float, float, float], scale: float) -> float:
    """The share of ink pixels of ``grey`` under ``rect`` (pt, top-left origin)."""
    x0, y0, x1, y1 = (int(round(v * scale)) for v in rect)
    window = grey[max(y0, 0): max(y1, 0), max(x0, 0): max(x1, 0)]
    return float(ink_mask(window).mean()) if window.size else 0.0


def _anchor(corner: str, page_w: float, page_h: float, w: float, h: float) -> tuple[float, float]:
    x = EDGE if corner.endswith("left") else page_w - EDGE - w
    y = EDGE if corner.startswith("top") else page_h - EDGE - h
    return x, y


def find_blank(grey: np.ndarray, scale: float, size: tuple[float, float], corner: str,
               zone: float = ZONE) -> tuple[float, float] | None:
    """The top-left corner (pt) of the blank window of ``size`` (pt) nearest to ``corner``, inside
    the ``zone`` share of the page at that corner's edge; None when there is none."""
    if corner not in CORNERS:
        raise ValueError(f"corner must be one of {CORNERS}")
    height_px, width_px = grey.shape
    page_w, page_h = width_px / scale, height_px / scale
    w, h = size
    air, edge = int(np.ceil(AIR * scale)), int(round(EDGE * scale))
    win_w, win_h = int(np.ceil(w * scale)) + 2 * air, int(np.ceil(h * scale)) + 2 * air
    ink = ink_mask(grey).astype(np.int32)
    ink[:edge, :] = ink[-edge:, :] = 0  # scanner borders
    ink[:, :edge] = ink[:, -edge:] = 0
    # summed-area table: the ink under every window position in one pass
    table = np.zeros((height_px + 1, width_px + 1), dtype=np.int64)
    table[1:, 1:] = ink.cumsum(0).cumsum(1)
    # window (air included) top-left corners so the block itself stays EDGE from every side
    lo_x, lo_y = edge - air, edge - air
    hi_x, hi_y = width_px - edge + air - win_w, height_px - edge + air - win_h
    if hi_x < lo_x or hi_y < lo_y:
        return None
    if corner.startswith("top"):
        hi_y = min(hi_y, int(page_h * zone * scale) - win_h + air)
    else:
        lo_y = max(lo_y, int(page_h * (1 - zone) * scale) - air)
    # and its middle in the corner's half: a copy block far on the left would read as another mark
    if corner.endswith("left"):
        hi_x = min(hi_x, int(width_px / 2 - win_w / 2))
    else:
        lo_x = max(lo_x, int(width_px / 2 - win_w / 2))
    if hi_y < lo_y or hi_x < lo_x:
        return None
    ys = np.arange(lo_y, hi_y + 1)
    xs = np.arange(lo_x, hi_x + 1)
    y0, x0 = np.clip(ys, 0, height_px)[:, None], np.clip(xs, 0, width_px)[None, :]
    y1, x1 = np.clip(ys + win_h, 0, height_px)[:, None], np.clip(xs + win_w, 0, width_px)[None, :]
    inked = table[y1, x1] - table[y0, x1] - table[y1, x0] + table[y0, x0]
    blank = inked <= BLANK_SHARE * win_w * win_h
    if not blank.any():
        return None
    ax, ay = _anchor(corner, page_w, page_h, w, h)
    dist = np.abs((ys[:, None] + air) / scale - ay) + np.abs((xs[None, :] + air) / scale - ax)
    dist = np.where(blank, dist, np.inf)
    row, col = np.unravel_index(int(np.argmin(dist)), dist.shape)
    return float(xs[col] + air) / scale, float(ys[row] + air) / scale


def place(grey: np.ndarray, scale: float, size: tuple[float, float], corner: str) -> Placement:
    """Where a block of ``size`` (pt, at full scale) goes on the page rendered as ``grey`` (8-bit
    grey, ``scale`` pixels per pt): on a blank window near ``corner``, shrunk if it must be, else in
    a strip added at the corner's edge, else on an added page."""
    height_px, width_px = grey.shape
    page_w, page_h = width_px / scale, height_px / scale
    w, h = size
    for factor in SCALES:
        found = find_blank(grey, scale, (w * factor, h * factor), corner)
        if found is not None:
            return Placement("page", found[0], found[1], w * factor, h * factor, factor)
    x, _ = _anchor(corner, page_w, page_h, w, h)
    strip = EDGE + h + AIR
    if strip <= MAX_STRIP * page_h and w + 2 * EDGE <= page_w:
        y = EDGE if corner.startswith("top") else page_h + AIR
        return Placement("strip", x, y, w, h, 1.0, strip)
    factor = min(1.0, (page_w - 2 * EDGE) / w, (page_h - 2 * EDGE) / h)
    x, y = _anchor(corner, page_w, page_h, w * factor, h * factor)
    return Placement("new_page", x, y, w * factor, h * factor, factor)

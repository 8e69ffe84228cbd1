"""The grey copy tesseract reads from a colour page, with a coloured seal or signature lifted off.

A red seal stamped over a signer's name turns, in plain luminance, into mid-grey strokes through the
letters, and tesseract reads them as ink ("”Tuấn Nhân" for "Võ Tuấn Nhân", issue 13). Where a pixel
is strongly coloured, its brightest channel says how dark the paper under the ink is (a red seal
over black text stays dark in the red channel, over white paper it is nearly white); that value is
stretched so the seal over paper becomes paper and the text under it stays ink. Pixels that are
not strongly coloured keep their luminance, so black print and grey scans are untouched; a page
with hardly any coloured pixels is left alone (and costs one look at a reduced copy). A stroke's
edges, half ink and half paper, are only tinted: left grey they would draw its outline through the
letters it crosses, so those next to lifted ink go too. Only the copy given to tesseract changes:
the stored page image is never touched.
"""

from __future__ import annotations

import numpy as np
from PIL import Image

SATURATED = 0.35  # (max - min) / max: a stamp's or a ballpoint's ink, not a paper tint or JPEG chroma noise
MIN_BRIGHT = 60  # below this the chroma of a dark pixel is noise
MIN_SHARE = 0.0001  # of the page: fewer coloured pixels than this is no seal or signature worth the work
MIN_STROKE = 0.0001  # of the page, per ink colour: a thin signature stroke in a small photo
TINTED = 0.12  # (max - min) / max at a stroke's edge; above a paper's tint
FRINGE = 2  # px from the ink a stroke's edge reaches, at 300 dpi
UNDER = 0.5  # of the paper, once stretched: darker is print under the ink, lighter the ink's own edge
FRINGE_DARK = 0.45  # of the paper: a darker edge pixel is print the stroke crosses


def saturated(rgb: np.ndarray) -> np.ndarray:
    return _saturated(*top_low(rgb))


def _saturated(top: np.ndarray, low: np.ndarray) -> np.ndarray:
    top = top.astype(np.int16)
    return (top >= MIN_BRIGHT) & ((top - low.astype(np.int16)) >= SATURATED * top)


def top_low(rgb: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each pixel's brightest and darkest channel; channel by channel, as numpy reduces the last axis of a
    whole page several times slower."""
    r, g, b = rgb[..., 0], rgb[..., 1], rgb[..., 2]
    return np.maximum(np.maximum(r, g), b), np.minimum(np.minimum(r, g), b)


def has_colour_ink(img: Image.Image) -> bool:
    """Whether enough strongly coloured pixels are on the page (looked at on a reduced copy)."""
    if img.mode != "RGB":
        return False
    small = img.reduce(4) if min(img.size) >= 400 else img
    return float(saturated(np.asarray(small)).mean()) >= MIN_SHARE


def lifted(img: Image.Image) -> tuple[Image.Image, np.ndarray | None]:
    """A greyscale copy in which strongly coloured ink is lifted to the paper under it, and where that ink lay
    (None if there was none): what was written by hand into the page's blanks is read from it
    (ocr/handwriting.py)."""
    grey = img.convert("L")
    if not has_colour_ink(img):
        return grey, None
    rgb = np.asarray(img)
    top, low = top_low(rgb)  # once for the page: the mask and the stretch both need them
    coloured = _saturated(top, low)
    hue = rgb.argmax(axis=2)
    out = np.asarray(grey).copy()
    paper = float(np.percentile(out[~coloured], 90)) if (~coloured).any() else 255.0
    for channel in range(3):  # a red seal and a blue signature, each stretched by its own ink
        mask = coloured & (hue == channel)
        if mask.sum() < MIN_STROKE * mask.size:
            continue
        out[mask] = _under_ink(top[mask].astype(np.float32), paper).astype(np.uint8)
    out[_fringe(rgb, coloured) & (top > FRINGE_DARK * paper)] = paper
    return Image.fromarray(out, "L"), coloured


def _under_ink(value: np.ndarray, paper: float) -> np.ndarray:
    """The pixels of one ink (their brightest channel, ``value``) as what lies under it: the ink over paper is
    the bulk of them and turns to ``paper``, the print under it their darkest few and stays dark."""
    low, high = np.percentile(value, 2), np.percentile(value, 75)
    if high - low < 10:  # ink of one shade all through: nothing shows under it, it lies on paper
        return np.full_like(value, paper)
    stretched = np.clip((value - low) * paper / (high - low), 0, paper)
    # a stroke's own edge, blended with the paper by the scanner and by JPEG, stretches to mid-grey: left so,
    # it draws the stroke's outline through the letters under it ("Đỗ Văn Tụng" read as specks)
    stretched[stretched > UNDER * paper] = paper
    return stretched


def _fringe(rgb: np.ndarray, coloured: np.ndarray) -> np.ndarray:
    """Pixels at the edge of a stroke, half ink and half paper: tinted, but less than SATURATED. Left
    grey, they draw the stroke's outline through the letters it crosses."""
    ys, xs = np.nonzero(grown(coloured, FRINGE) & ~coloured)
    near = rgb[ys, xs].astype(np.int16)  # only the few pixels next to ink, not the page
    top, low = near.max(axis=1), near.min(axis=1)
    tinted = (top >= MIN_BRIGHT) & ((top - low) >= TINTED * top)
    fringe = np.zeros_like(coloured)
    fringe[ys[tinted], xs[tinted]] = True
    return fringe


def grown(mask: np.ndarray, by: int) -> np.ndarray:
    """``mask`` grown by ``by`` pixels each way (a square), in two passes of shifted copies."""
    wide = mask.copy()
    for d in range(1, by + 1):
        wide[:, d:] |= mask[:, :-d]
        wide[:, :-d] |= mask[:, d:]
    out = wide.copy()
    for d in range(1, by + 1):
        out[d:, :] |= wide[:-d, :]
        out[:-d, :] |= wide[d:, :]
    return out

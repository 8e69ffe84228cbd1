"""The grey copy tesseract reads from a colour page, with a coloured seal or signature lifted off.

A red seal stamped over a signer's name turns, in plain luminance, into mid-grey strokes through the
letters, and tesseract reads them as ink ("”Tuấn Nhân" for "Võ Tuấn Nhân", issue 13). Where a pixel
is strongly coloured, its brightest channel says how dark the paper under the ink is (a red seal
over black text stays dark in the red channel, over white paper it is nearly white); that value is
stretched so the seal over paper becomes paper and the text under it stays ink. Pixels that are
not strongly coloured keep their luminance, so black print and grey scans are untouched; a page
with hardly any coloured pixels is left alone (and costs one look at a reduced copy). Only the
copy given to tesseract changes: the stored page image is never touched.
"""

from __future__ import annotations

import numpy as np
from PIL import Image

SATURATED = 0.35  # (max - min) / max: a stamp's or a ballpoint's ink, not a paper tint or JPEG chroma noise
MIN_BRIGHT = 60  # below this the chroma of a dark pixel is noise
MIN_SHARE = 0.0005  # of the page: fewer coloured pixels than this is no seal worth the work
MIN_STROKE = 0.0001  # of the page, per ink colour: a thin signature stroke in a small photo


def saturated(rgb: np.ndarray) -> np.ndarray:
    top = rgb.max(axis=2).astype(np.int16)
    low = rgb.min(axis=2).astype(np.int16)
    return (top >= MIN_BRIGHT) & ((top - low) >= SATURATED * top)


def has_colour_ink(img: Image.Image) -> bool:
    """Whether enough strongly coloured pixels are on the page (looked at on a reduced copy)."""
    if img.mode != "RGB":
        return False
    small = img.reduce(4) if min(img.size) >= 400 else img
    return float(saturated(np.asarray(small)).mean()) >= MIN_SHARE


def without_colour_ink(img: Image.Image) -> Image.Image:
    """A greyscale copy in which strongly coloured ink is lifted to the paper under it."""
    grey = img.convert("L")
    if not has_colour_ink(img):
        return grey
    rgb = np.asarray(img)
    coloured = saturated(rgb)
    top = rgb.max(axis=2)
    hue = rgb.argmax(axis=2)
    out = np.asarray(grey).copy()
    paper = float(np.percentile(out[~coloured], 90)) if (~coloured).any() else 255.0
    for channel in range(3):  # a red seal and a blue signature, each stretched by its own ink
        mask = coloured & (hue == channel)
        if mask.sum() < MIN_STROKE * mask.size:
            continue
        value = top[mask].astype(np.float32)
        # the ink over paper is the bulk of these pixels; the text under it their darkest few
        low, high = np.percentile(value, 2), np.percentile(value, 75)
        if high - low >= 10:
            out[mask] = np.clip((value - low) * paper / (high - low), 0, paper).astype(np.uint8)
    return Image.fromarray(out, "L")

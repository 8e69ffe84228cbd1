"""Even out a phone photo's light before tesseract binarises it.

A lamp's vignette and a hand's shadow leave one side of a photographed page darker than the other;
one global threshold then loses the faint side's letters. Dividing by the paper's own brightness
(the page with its ink closed away, blurred wide) makes the paper even; ink stays ink. Only the copy
tesseract reads changes.
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageFilter

REDUCE = 4  # the background is found on a reduced copy: the light changes slowly
INK_WIDTH = 0.02  # of the long side: wider than a stroke, so the max filter closes ink away


def evened(img: Image.Image) -> Image.Image:
    """Each band divided by its paper's brightness (an RGB page stays RGB, so coloured ink is still seen)."""
    if img.mode == "RGB":
        return Image.merge("RGB", [_evened(band) for band in img.split()])
    return _evened(img)


def _evened(grey: Image.Image) -> Image.Image:
    small = grey.reduce(REDUCE) if min(grey.size) >= 40 * REDUCE else grey
    size = max(3, int(max(small.size) * INK_WIDTH) | 1)
    paper = small.filter(ImageFilter.MaxFilter(min(size, 15))).filter(ImageFilter.GaussianBlur(size))
    paper = paper.resize(grey.size, Image.Resampling.BILINEAR)
    ratio = np.asarray(grey, dtype=np.float32) / np.maximum(np.asarray(paper, dtype=np.float32), 1)
    return Image.fromarray(np.clip(ratio * 245, 0, 255).astype(np.uint8), "L")

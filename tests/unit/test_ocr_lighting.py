"""A photo's uneven light is divided out of the copy tesseract reads (ocr/lighting.py): the paper
comes out even from the lit side to the shadowed one, and the ink stays darker than any paper."""

from __future__ import annotations

import numpy as np
from helpers import text_page
from PIL import Image

from tthc_digitize.ocr import lighting


def _shadowed() -> tuple[Image.Image, np.ndarray]:
    page = np.asarray(text_page(dpi=100), dtype=np.float32)
    light = np.linspace(1.0, 0.45, page.shape[1])[None, :]  # a shadow from the right
    return Image.fromarray((page * light).astype(np.uint8), "L"), page < 128


def test_the_paper_is_even_and_the_ink_stays_ink():
    photo, ink = _shadowed()
    before, after = np.asarray(photo, dtype=np.float32), np.asarray(lighting.evened(photo), dtype=np.float32)
    paper = ~ink
    left, right = paper.copy(), paper.copy()
    left[:, photo.width // 4:] = False
    right[:, : 3 * photo.width // 4] = False
    assert before[left].mean() - before[right].mean() > 80  # the shadow is there before
    assert abs(after[left].mean() - after[right].mean()) < 15  # and gone after
    assert np.percentile(after[ink], 50) < np.percentile(after[paper], 5) - 60  # ink well below the paper


def test_a_colour_photo_keeps_its_colour():
    rgb = Image.merge("RGB", [_shadowed()[0]] * 3)
    assert lighting.evened(rgb).mode == "RGB"

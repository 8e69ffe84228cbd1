"""A page under 200 dpi is read enlarged to 300 dpi (ocr/page.py): its words must still land on the
page where they are printed, as on the same page scanned at 300 dpi."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pymupdf
import pytest
from PIL import Image

from helpers import text_page

pytestmark = pytest.mark.slow


def _number_box(tmp_path, dpi: int) -> pymupdf.Rect:
    src, out = tmp_path / f"trang-{dpi}.png", tmp_path / f"trang-{dpi}.pdf"
    text_page(dpi=dpi).save(src, dpi=(dpi, dpi))
    env = {k: v for k, v in os.environ.items() if k != "LANG"}
    done = subprocess.run([sys.executable, "-m", "tthc_digitize", "ocr", str(src), "-o", str(out)],
                          capture_output=True, text=True, env=env, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    with pymupdf.open(out) as pdf:
        hits = pdf[0].search_for("0312345678")
        assert hits, pdf[0].get_text()
        return hits[0]


def test_a_100_dpi_page_is_read_and_its_words_sit_where_they_are_printed(tmp_path):
    low, high = _number_box(tmp_path, 100), _number_box(tmp_path, 300)
    assert abs(low.x0 - high.x0) < 6 and abs(low.y0 - high.y0) < 6 and abs(low.x1 - high.x1) < 12


def test_a_tilted_photo_on_a_dark_table_is_shown_and_read_straight(tmp_path):
    # the frame around the sheet once set the measured skew to 0 on every phone photo: the page was
    # stored crooked, and on real photos tesseract lost whole paragraphs (benchmarks/README.md)
    sheet = text_page(dpi=110).rotate(5, fillcolor=255, resample=Image.Resampling.BICUBIC)
    photo = Image.new("L", (sheet.width + 160, sheet.height + 160), 55)
    photo.paste(sheet, (80, 80))
    src, out = tmp_path / "anh-chup.jpg", tmp_path / "anh-chup.pdf"
    photo.convert("RGB").save(src, quality=80)
    done = subprocess.run([sys.executable, "-m", "tthc_digitize", "ocr", str(src), "-o", str(out), "--json"],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    assert json.loads(done.stdout)["pages"][0]["skew"] == pytest.approx(-5, abs=0.3)
    with pymupdf.open(out) as pdf:
        first, number = pdf[0].search_for("mã số")[0], pdf[0].search_for("0312345678")[0]
    assert abs(first.y0 - number.y0) < 3  # one line, level: 2 inches apart, 5 degrees would be 13 pt

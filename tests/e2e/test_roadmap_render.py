"""The chart PNG and the one-file HTML report, looked at: pixels, and a real browser's screenshot."""

from __future__ import annotations

import re
import shutil
import subprocess
import warnings
from datetime import date
from io import BytesIO

import numpy as np
import pytest
from PIL import Image
from roadmap_register import ENTRIES, PLAN, RESULTS

from tthc_digitize.i18n import set_language
from tthc_digitize.roadmap import chart
from tthc_digitize.roadmap.html import status_html
from tthc_digitize.roadmap.model import snapshot, status
from tthc_digitize.roadmap.synthetic import synthetic_source


def _rgb(hex_colour: str) -> np.ndarray:
    return np.array([int(hex_colour[i:i + 2], 16) for i in (1, 3, 5)])


def colour_pixels(img: Image.Image, hex_colour: str, tolerance: int = 10) -> int:
    pixels = np.asarray(img.convert("RGB")).astype(int)
    return int((np.abs(pixels - _rgb(hex_colour)).max(axis=2) <= tolerance).sum())


@pytest.fixture(scope="module")
def late_status():
    """3,000 register lines, 1,500 digitised, seen on 30/11/2026: past the deadline, with a backlog."""
    src = synthetic_source(entries=3000, results=1500, as_of=date(2026, 11, 30))
    snap = snapshot(src.master_entries(), src.digitised(), date(2026, 11, 30))
    return status(snap, src.plans(), by="unit")


@pytest.fixture(autouse=True)
def _vietnamese():
    set_language("vi")
    yield
    set_language("vi")


def test_chart_png_shows_the_series(late_status, tmp_path):
    png = chart.chart_png(late_status)
    img = Image.open(BytesIO(png))
    img.load()
    assert img.format == "PNG" and img.size == chart.SIZE_PX
    grey = np.asarray(img.convert("L")).astype(float)
    assert grey.std() > 20  # not blank
    assert colour_pixels(img, chart.PLANNED, 2) > 5000  # planned bars (six years)
    assert colour_pixels(img, chart.DONE, 2) > 3000  # digitised bars
    assert colour_pixels(img, chart.CUMULATIVE, 40) > 500  # cumulative curve and projection
    assert colour_pixels(img, chart.DEADLINE, 40) > 300  # the deadline line
    (tmp_path / "chart.png").write_bytes(png)


def test_chart_font_has_every_vietnamese_glyph(late_status):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        chart.chart_png(late_status)
    assert not [w for w in caught if "Glyph" in str(w.message)]


def test_chart_projection_is_dashed_past_today(late_status):
    img = np.asarray(Image.open(BytesIO(chart.chart_png(late_status))).convert("RGB")).astype(int)
    blue = (np.abs(img - _rgb(chart.CUMULATIVE)).max(axis=2) <= 40)
    columns = blue.any(axis=0)
    # the projection reaches well to the right of the as-of line (the curve stops there, the dashes go on)
    # and, being dashed, leaves gaps along its way
    xs = np.flatnonzero(columns)
    assert xs.max() > 0.75 * img.shape[1]
    right = blue[:, int(0.62 * img.shape[1]):int(0.85 * img.shape[1])]
    assert 0 < right.any(axis=0).mean() < 1


def test_chart_in_english_and_without_recent_progress():
    snap = snapshot(ENTRIES, RESULTS, date(2024, 7, 1))
    s = status(snap, PLAN, by="unit", window_days=1)  # nothing loaded on 1/7/2024: no rate, no projection
    vi = chart.chart_png(s)
    set_language("en")
    en = chart.chart_png(s)
    assert vi != en
    assert Image.open(BytesIO(en)).size == chart.SIZE_PX


def test_html_is_one_self_contained_file(late_status):
    html = status_html(late_status, chart.chart_png(late_status), "Sở Tài nguyên và Môi trường tỉnh Thử Nghiệm")
    assert html.startswith("<!DOCTYPE html>") and '<html lang="vi">' in html
    assert "Tổng cộng" in html and "Quá hạn (sau 31/12/2025)" in html
    assert "Sở Tài nguyên và Môi trường tỉnh Thử Nghiệm" in html
    # nothing fetched from anywhere: no scripts, no links, every src is inline data
    assert not re.search(r"<script|<link|@import|url\(", html, re.I)
    assert re.findall(r'src="([^"]{0,22})', html) == ["data:image/png;base64,"]
    assert "http://" not in html and "https://" not in html


def test_html_escapes_what_it_shows(late_status):
    html = status_html(late_status, None, "<b>Sở & Phòng</b>")
    assert "&lt;b&gt;Sở &amp; Phòng&lt;/b&gt;" in html and "<b>Sở" not in html and "<img" not in html


@pytest.mark.slow
def test_html_report_in_headless_chromium(late_status, tmp_path):
    browser = shutil.which("chromium")
    assert browser, "chromium is installed by `make test` (APT_PACKAGES)"
    page = tmp_path / "tien-do.html"
    page.write_text(status_html(late_status, chart.chart_png(late_status), "Sở TN&MT"), encoding="utf-8")
    shot = tmp_path / "shot.png"
    subprocess.run(
        [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={tmp_path / 'profile'}",
         f"--screenshot={shot}", "--window-size=1200,1600", page.as_uri()],
        capture_output=True, timeout=120, check=True,
    )
    img = Image.open(shot)
    assert img.size == (1200, 1600)
    assert np.asarray(img.convert("L")).astype(float).std() > 20
    assert colour_pixels(img, "#fde0dd", 3) > 2000  # the overdue line's background in the table
    assert colour_pixels(img, chart.PLANNED, 4) > 3000  # the embedded chart was decoded and drawn
    assert colour_pixels(img, chart.DONE, 4) > 2000

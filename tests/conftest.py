from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples" / "scans"
TRUTH = ROOT / "samples" / "truth"
SAMPLE_AGENCY = "Sở Tài nguyên và Môi trường tỉnh Thử Nghiệm"
TINOS = Path("/usr/share/fonts/truetype/croscore/Tinos-Regular.ttf")

LINES = [
    "BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG",
    "Số: 245/GP-BTNMT",
    "Hà Nội, ngày 05 tháng 01 năm 2020",
    "GIẤY PHÉP XẢ NƯỚC THẢI VÀO NGUỒN NƯỚC",
    "Cấp cho Công ty TNHH Môi trường Xanh Đức Phát",
    "mã số doanh nghiệp 0312345678",
    "Giấy phép có giá trị đến ngày 31 tháng 12 năm 2030",
    "Căn cứ Luật Tài nguyên nước ngày 21 tháng 6 năm 2012",
]


@pytest.fixture(autouse=True)
def _vietnamese_by_default(monkeypatch):
    for var in ("LANG", "LC_ALL", "LC_MESSAGES", "TTHC_LANG", "TTHC_CONFIG"):
        monkeypatch.delenv(var, raising=False)


def text_page(lines=LINES, dpi=300, size_pt=14, mode="L") -> Image.Image:
    """An A4 page with real Vietnamese text at ``dpi``."""
    width, height = round(8.27 * dpi), round(11.69 * dpi)
    img = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(str(TINOS), round(size_pt * dpi / 72))
    y = round(0.8 * dpi)
    for _ in range(3):
        for line in lines:
            draw.text((round(0.9 * dpi), y), line, font=font, fill=0)
            y += round(size_pt * 1.6 * dpi / 72)
    return img.convert(mode) if mode != "L" else img


@pytest.fixture(scope="session")
def ingested(tmp_path_factory):
    """The committed samples through `tthc ingest` once per test session: (output folder, report by name)."""
    out = tmp_path_factory.mktemp("samples-out")
    env = {k: v for k, v in os.environ.items() if k != "LANG"}
    result = subprocess.run([sys.executable, "-m", "tthc_digitize", "ingest", str(SAMPLES), "--out", str(out), "--json",
                             "--agency", SAMPLE_AGENCY],
                            capture_output=True, text=True, env=env, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    return out, {f["path"].rsplit("/", 1)[-1]: f for f in json.loads(result.stdout)["files"]}


@pytest.fixture
def page_image():
    return text_page


def pytest_configure(config):
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")

"""Issue 16, finding 2: one bad file never stops the batch; every intake limit is that file's
failure with a one-line reason, the others are done, the exit is non-zero and --json is printed."""

from __future__ import annotations

import json
import struct
import zlib
from pathlib import Path

import pymupdf
from PIL import Image

from helpers import scan_pdf, tthc
from tthc_digitize.config import OcrSettings
from tthc_digitize.errors import InputFileError
from tthc_digitize.ingest.sources import open_source

import pytest


def bomb_png(path: Path, width: int = 20000, height: int = 20000) -> Path:
    """A 1-bit PNG of width×height white pixels, written chunk by chunk: ~60 KB on disk, 400 M pixels."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    row = b"\x00" + b"\xff" * ((width + 7) // 8)
    packer = zlib.compressobj(9)
    idat = b"".join(packer.compress(row) for _ in range(height)) + packer.flush()
    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b""))
    return path


def many_pages_pdf(path: Path, pages: int) -> Path:
    doc = pymupdf.open()
    for _ in range(pages):
        doc.new_page()
    doc.save(path)
    return path


def test_a_decompression_bomb_is_refused_from_its_header(tmp_path):
    with pytest.raises(InputFileError) as caught:
        open_source(bomb_png(tmp_path / "bomb.png"))
    assert caught.value.key == "input.too_many_pixels"


def test_the_pixel_limit_is_configurable(tmp_path):
    Image.new("L", (1200, 1000), 255).save(tmp_path / "a.png")
    assert open_source(tmp_path / "a.png").pages == 1
    with pytest.raises(InputFileError) as caught:
        open_source(tmp_path / "a.png", limits=OcrSettings(max_pixels=1_000_000))
    assert caught.value.key == "input.too_many_pixels"
    assert caught.value.params["width"] == 1200


def test_a_pdf_page_too_big_to_rasterise_is_refused(tmp_path):
    doc = pymupdf.open()
    doc.new_page(width=14000, height=14000)  # ~1.9 m a side: 3.4 G pixels at 300 dpi
    doc.save(tmp_path / "huge.pdf")
    with pytest.raises(InputFileError) as caught:
        open_source(tmp_path / "huge.pdf")
    assert caught.value.key == "input.too_many_pixels"


def test_page_count_and_tiny_images_are_refused(tmp_path):
    with pytest.raises(InputFileError) as caught:
        open_source(many_pages_pdf(tmp_path / "long.pdf", 6), limits=OcrSettings(max_pages=5))
    assert caught.value.key == "input.too_many_pages" and caught.value.params["pages"] == 6
    Image.new("L", (1, 1), 255).save(tmp_path / "dot.png")
    with pytest.raises(InputFileError) as caught:
        open_source(tmp_path / "dot.png")
    assert caught.value.key == "input.image_too_small"


def test_limits_do_not_change_what_a_file_becomes():
    """Raising a limit must not redo every finished file of an existing output folder."""
    assert OcrSettings().cache_key() == OcrSettings(max_pages=5, max_pixels=10, min_side=1).cache_key()


@pytest.mark.slow
def test_one_bad_file_among_good_scans_fails_alone_and_json_is_printed(tmp_path, page_image):
    scans = tmp_path / "scans"
    scans.mkdir()
    scan_pdf(scans / "good.pdf", [page_image(dpi=200)], dpi=200)
    bomb_png(scans / "bomb.png")
    many_pages_pdf(scans / "long.pdf", 4)
    Image.new("L", (1, 1), 255).save(scans / "dot.png")
    (scans / "fake.tif").write_bytes(b"II*\x00" + b"\x00" * 10)
    run = tthc("ingest", scans, "--out", tmp_path / "out", "--max-pages", "3", "--json", "-j", "2",
               env={"TTHC_LANG": "vi"}, timeout=300)
    assert run.returncode == 6, run.stdout + run.stderr  # some failed, not an internal error (1)
    files = {Path(f["path"]).name: f for f in json.loads(run.stdout)["files"]}
    assert files["good.pdf"]["status"] in ("done", "warned")
    reasons = {name: f["reason"] for name, f in files.items() if f["status"] == "failed"}
    assert set(reasons) == {"bomb.png", "long.pdf", "dot.png", "fake.tif"}
    assert all("\n" not in r for r in reasons.values())
    assert "triệu điểm ảnh" in reasons["bomb.png"]
    assert "vượt giới hạn 3 trang" in reasons["long.pdf"] and "mặc định 1000" in reasons["long.pdf"]
    assert "quá nhỏ" in reasons["dot.png"]
    assert (tmp_path / "out" / "good.pdf").is_file()

"""A red seal stamped over a signer's name (ocr/seal.py): tesseract reads the name from the copy
with the seal's colour lifted off, not from plain luminance; black print and the stored image stay
as they are."""

from __future__ import annotations

import io
import os
import subprocess
import sys

import numpy as np
import pikepdf
import pymupdf
import pytest
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from helpers import TINOS
from tthc_digitize._exec import tesseract
from tthc_digitize.ocr import seal

NAME = "Nguyễn Thị Hồng Nhung"


def _signed_page() -> tuple[Image.Image, Image.Image]:
    """A 300 dpi strip with the name in black, and the same strip with a red stamp over the name."""
    page = Image.new("RGB", (1400, 420), (246, 243, 235))
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(str(TINOS), 58)
    draw.text((160, 170), NAME, font=font, fill=(20, 20, 20))
    stamp = Image.new("L", page.size, 0)
    ink = ImageDraw.Draw(stamp)
    for r, w in ((200, 9), (190, 4), (130, 5)):
        ink.ellipse([560 - r, 210 - r, 560 + r, 210 + r], outline=255, width=w)
    ink.text((430, 150), "ỦY BAN NHÂN DÂN", font=ImageFont.truetype(str(TINOS), 40), fill=255)
    ink.text((400, 205), "*  HUYỆN ĐỨC HÒA  *", font=ImageFont.truetype(str(TINOS), 44), fill=255)
    ink.regular_polygon((560, 300, 40), 5, fill=255)
    red = Image.new("RGB", page.size, (205, 30, 40))
    sealed = Image.composite(red, page, stamp.point(lambda v: int(v * 0.8)))
    return page, sealed


def _read(img: Image.Image, tmp_path) -> list[str]:
    path = tmp_path / "strip.pgm"
    img.save(path)
    return [w.text for w in tesseract.words(path, "vie", psm=6)]


@pytest.mark.slow
def test_the_name_under_a_red_seal_is_read_after_the_seal_is_lifted_and_not_before(tmp_path):
    clean, sealed = _signed_page()
    assert set(NAME.split()) <= set(_read(clean.convert("L"), tmp_path))  # the name itself is legible
    assert not set(NAME.split()) <= set(_read(sealed.convert("L"), tmp_path))
    assert set(NAME.split()) <= set(_read(seal.lifted(sealed)[0], tmp_path))


def test_the_stored_image_is_untouched_and_black_print_keeps_its_grey_levels():
    clean, sealed = _signed_page()
    before = sealed.tobytes()
    lifted = np.asarray(seal.lifted(sealed)[0])
    assert sealed.tobytes() == before
    ink = np.asarray(clean.convert("L")) < 100
    stamp_only = (np.asarray(sealed.convert("L")) != np.asarray(clean.convert("L"))) & ~ink
    assert np.array_equal(lifted[~stamp_only & ~ink], np.asarray(sealed.convert("L"))[~stamp_only & ~ink])
    assert lifted[stamp_only].mean() > 200  # the stamp over paper turns into paper
    assert np.asarray(sealed.convert("L"))[stamp_only].mean() < 150


def test_a_page_without_coloured_ink_is_plain_luminance():
    clean, _ = _signed_page()
    assert not seal.has_colour_ink(clean)
    assert seal.lifted(clean)[0].tobytes() == clean.convert("L").tobytes()


@pytest.mark.slow
def test_tthc_ocr_reads_the_name_and_stores_the_sealed_page_as_it_was(tmp_path):
    _, sealed = _signed_page()
    src, out = tmp_path / "trang.png", tmp_path / "trang.pdf"
    sealed.save(src, dpi=(300, 300))
    env = {k: v for k, v in os.environ.items() if k != "LANG"}
    done = subprocess.run([sys.executable, "-m", "tthc_digitize", "ocr", str(src), "-o", str(out)],
                          capture_output=True, text=True, env=env, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    with pikepdf.open(out) as pdf:
        (image,) = pdf.pages[0].images.values()
        assert pikepdf.PdfImage(image).as_pil_image().convert("RGB").tobytes() == sealed.tobytes()
    with pymupdf.open(out) as pdf:
        assert set(NAME.split()) <= set(pdf[0].get_text().split())


BALLPOINT = (36, 37, 120)


def _signature_over(page: Image.Image) -> tuple[Image.Image, np.ndarray]:
    """The page with a ballpoint signature whose strokes cross the name, drawn at 4x and reduced, as a
    scanner blurs a stroke's edges into tinted half-ink pixels. Returns it and where the stroke lies."""
    big = Image.new("L", (page.width * 4, page.height * 4), 0)
    pen = ImageDraw.Draw(big)
    pen.line([(500, 900), (1400, 560), (1900, 820), (2400, 520), (3000, 800), (4200, 640)], fill=255, width=16)
    pen.line([(900, 700), (5000, 760)], fill=255, width=14)
    stroke = big.resize(page.size, Image.Resampling.BOX)
    alpha = np.asarray(stroke)[..., None] / 255
    # ink lets the print through, as on paper: the pixel is the product of the two
    signed = np.asarray(page) * (1 - alpha + alpha * np.array(BALLPOINT) / 255)
    return Image.fromarray(signed.round().astype(np.uint8), "RGB"), np.asarray(stroke)


def test_a_ballpoint_stroke_and_its_edges_turn_to_paper_and_the_print_it_crosses_stays():
    clean, _ = _signed_page()
    signed, stroke = _signature_over(clean)
    lifted = np.asarray(seal.lifted(signed)[0]).astype(int)
    print_ink = np.asarray(clean.convert("L")) < 100
    over_paper = (stroke > 0) & ~np.asarray(Image.fromarray(print_ink).filter(ImageFilter.MaxFilter(5)))
    plain = np.asarray(signed.convert("L")).astype(int)
    assert (plain[over_paper] < 180).mean() > 0.3  # in plain luminance the stroke, edges and all, is ink
    assert (lifted[over_paper] < 180).mean() < 0.01  # lifted, no outline of it is left either
    assert lifted[print_ink & (stroke > 128)].mean() < 90  # the letters it crosses are still ink


def test_a_signature_alone_is_coloured_ink_worth_lifting():
    # a ballpoint signature without a seal covers 0.04 % of an A4 page at 300 dpi (blind set 6: its tail
    # through "Đặng Hữu Nghĩa" was read as "Ngh" on a page left unlifted)
    page = Image.new("RGB", (2480, 3508), (246, 243, 235))
    ImageDraw.Draw(page).line([(1300, 2600), (1750, 2520), (2200, 2640)], fill=BALLPOINT, width=4)
    assert 0.0001 < seal.saturated(np.asarray(page)).mean() < 0.0005
    assert seal.has_colour_ink(page)
    assert seal.lifted(page)[1] is not None


def test_a_jpeg_scans_stroke_edges_turn_to_paper_too():
    # JPEG rings around a stroke: its edge pixels are still coloured but lighter than the stroke, and stretched
    # like it they drew its outline in mid-grey (blind set 21: "Đỗ Văn Tụng" under a seal read as specks)
    clean, sealed = _signed_page()
    print_ink = np.asarray(clean.convert("L")) < 100
    near_print = np.asarray(Image.fromarray(print_ink).filter(ImageFilter.MaxFilter(9)))
    for page in (sealed, _signature_over(clean)[0]):
        jpeg = io.BytesIO()
        page.save(jpeg, "JPEG", quality=85)
        lifted = np.asarray(seal.lifted(Image.open(jpeg).convert("RGB"))[0]).astype(int)
        around = seal.grown(seal.saturated(np.asarray(page)), 3) & ~near_print
        assert (lifted[around] < 180).mean() < 0.1  # 0.14 to 0.16 before
        assert lifted[print_ink].mean() < 60  # the print stays ink


@pytest.mark.slow
def test_the_name_crossed_by_a_signature_is_read_after_the_ink_is_lifted(tmp_path):
    clean, _ = _signed_page()
    signed, _ = _signature_over(clean)
    assert not set(NAME.split()) <= set(_read(signed.convert("L"), tmp_path))
    assert set(NAME.split()) <= set(_read(seal.lifted(signed)[0], tmp_path))

"""Checks that tests apply to every PDF the tool writes."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pymupdf

from tthc_digitize.pdfa.check import check_pdfa2b, format_violations


def assert_valid_pdfa(path: Path) -> None:
    """Opens, passes our PDF/A-2b checker and qpdf's own structural check."""
    violations = check_pdfa2b(path)
    assert not violations, format_violations(violations)
    qpdf = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert qpdf.returncode == 0, qpdf.stdout + qpdf.stderr
    with pymupdf.open(path) as doc:
        assert doc.page_count > 0
        assert doc.metadata["format"].startswith("PDF")


def page_texts(path: Path) -> list[str]:
    with pymupdf.open(path) as doc:
        return [page.get_text() for page in doc]


def scan_pdf(path: Path, images, dpi: int = 300, quality: int = 80) -> Path:
    """A PDF made like a scanner makes one: a JPEG per page, drawn over the whole page."""
    import io

    doc = pymupdf.open()
    for img in images:
        buf = io.BytesIO()
        img.convert("RGB" if img.mode == "RGB" else "L").save(buf, "JPEG", quality=quality)
        page = doc.new_page(width=img.width * 72 / dpi, height=img.height * 72 / dpi)
        page.insert_image(page.rect, stream=buf.getvalue())
    doc.save(path)
    return path


def qr_squares(page) -> list:
    """The QR codes the tool drew on ``page``: the white squares under their modules (PyMuPDF rects)."""
    return [d["rect"] for d in page.get_drawings()
            if d.get("fill") == (1.0, 1.0, 1.0) and d["rect"].width >= 30 and abs(d["rect"].width - d["rect"].height) < 0.5]


def read_qr(page, rect, png: Path) -> str:
    """What zbar reads from ``rect`` of ``page`` rendered at 300 dpi (UTF-8 text)."""
    page.get_pixmap(dpi=300, clip=pymupdf.Rect(rect) + (-4, -4, 4, 4)).save(png)
    decoded = subprocess.run(["zbarimg", "-q", "--raw", "-Sbinary", str(png)], capture_output=True, timeout=60)
    return decoded.stdout.decode("utf-8").strip()

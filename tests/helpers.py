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

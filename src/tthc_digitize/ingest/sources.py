"""Scan files: what they are, how many pages, and whether they can be read at all.

A file is judged by its first bytes, not its name: a text file called ``.pdf`` is not a PDF.
Every problem becomes an :class:`InputFileError` with a message key, so the batch can report it
and carry on with the other files.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

import pymupdf
from PIL import Image, UnidentifiedImageError

from tthc_digitize.config import OcrSettings
from tthc_digitize.errors import InputFileError

SUFFIXES = {".pdf", ".tif", ".tiff", ".jpg", ".jpeg", ".png"}
_MAGIC = {
    b"%PDF": "pdf",
    b"II*\x00": "image",
    b"MM\x00*": "image",
    b"\xff\xd8\xff": "image",
    b"\x89PNG": "image",
}

# A PDF's header may sit after a little junk (some scanners write a BOM or a line first).
_PDF_HEADER_WINDOW = 1024

RENDER_DPI = 300  # how the OCR step rasterises a PDF page that is not a plain scan (ocr/page.py)


@dataclass(frozen=True)
class Source:
    path: Path
    kind: str  # "pdf" or "image"
    pages: int
    sha256: str
    encrypted_empty_password: bool = False


def discover(paths: list[Path]) -> tuple[list[tuple[Path, Path]], list[tuple[Path, InputFileError]]]:
    """Expand files and folders (recursively) into ``(file, path relative to its root)`` pairs.

    Files named explicitly are always taken (and judged by content later); inside folders only
    known scan suffixes are, so a folder's README or thumbnails don't become failures.
    """
    found: list[tuple[Path, Path]] = []
    problems: list[tuple[Path, InputFileError]] = []
    for root in paths:
        if root.is_dir():
            files = sorted(p for p in root.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
            files = [p for p in files if not any(part.startswith(".") for part in p.relative_to(root).parts)]
            if not files:
                problems.append((root, InputFileError("input.no_files", path=str(root))))
            found.extend((p, p.relative_to(root)) for p in files)
        elif root.is_file():
            found.append((root, Path(root.name)))
        else:
            problems.append((root, InputFileError("input.not_found", path=str(root))))
    return found, problems


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def sniff(path: Path) -> str:
    try:
        with path.open("rb") as fh:
            head = fh.read(_PDF_HEADER_WINDOW)
    except FileNotFoundError:
        raise InputFileError("input.not_found", path=str(path)) from None
    except OSError as exc:
        raise InputFileError("input.image_damaged", detail=str(exc)) from None
    if not head:
        raise InputFileError("input.empty")
    for magic, kind in _MAGIC.items():
        if head.startswith(magic):
            return kind
    if b"%PDF-" in head:
        return "pdf"
    preview = head[:24].decode("ascii", errors="replace")
    preview = "".join(ch if ch.isprintable() else "." for ch in preview)
    raise InputFileError("input.unknown_type", head=preview)


def _has_eof_marker(path: Path) -> bool:
    size = path.stat().st_size
    with path.open("rb") as fh:
        fh.seek(max(0, size - 2048))
        return b"%%EOF" in fh.read()


def open_source(path: Path, sha256: str | None = None, limits: OcrSettings | None = None) -> Source:
    """Check a file can be read completely, count its pages and hold it to the intake limits
    (pixels, pages, smallest side), before any worker decodes it."""
    limits = limits or OcrSettings()
    kind = sniff(path)
    digest = sha256 or sha256_file(path)
    if kind == "pdf":
        return _open_pdf(path, digest, limits)
    return _open_image(path, digest, limits)


def _check_pages(pages: int, limits: OcrSettings) -> None:
    if pages > limits.max_pages:
        raise InputFileError("input.too_many_pages", pages=pages, limit=limits.max_pages,
                             default=OcrSettings.max_pages)


def _check_size(width: int, height: int, limits: OcrSettings) -> None:
    if width * height > limits.max_pixels:
        raise InputFileError("input.too_many_pixels", width=width, height=height,
                             megapixels=round(width * height / 1e6), limit=round(limits.max_pixels / 1e6))
    if min(width, height) < limits.min_side:
        raise InputFileError("input.image_too_small", width=width, height=height, limit=limits.min_side)


def _open_pdf(path: Path, digest: str, limits: OcrSettings) -> Source:
    try:
        doc = pymupdf.open(path)
    except Exception as exc:  # pymupdf raises several types for unreadable files
        raise InputFileError("input.pdf_damaged", detail=str(exc) or type(exc).__name__) from None
    with doc:
        encrypted_empty = False
        if doc.needs_pass:
            raise InputFileError("input.pdf_encrypted")
        if doc.is_encrypted or doc.metadata.get("encryption"):
            encrypted_empty = True
        # MuPDF silently rebuilds a broken cross-reference table; for a scan that usually means
        # the tail of the file (and pages with it) is missing, so refuse rather than lose pages.
        if doc.is_repaired or not _has_eof_marker(path):
            raise InputFileError("input.pdf_damaged", detail="xref/%%EOF")
        if doc.page_count == 0:
            raise InputFileError("input.pdf_no_pages")
        _check_second_reader(path, doc.page_count)
        _check_pages(doc.page_count, limits)
        for page in doc:  # a page is rasterised at RENDER_DPI: a 5 m wide page is a bomb too
            width, height = (round(side * RENDER_DPI / 72) for side in (page.rect.width, page.rect.height))
            if width * height > limits.max_pixels:
                _check_size(width, height, limits)
        return Source(path, "pdf", doc.page_count, digest, encrypted_empty)


def _check_second_reader(path: Path, pages: int) -> None:
    """Workers read the page's image with pikepdf (qpdf), not MuPDF: a file MuPDF reads past a
    damaged object (no repair flag, just a logged syntax error) can have no page tree for qpdf, and
    would otherwise fail inside a worker as an internal error (found by tests/test_fuzz.py)."""
    import pikepdf  # heavy: pikepdf (qpdf), loaded only when a PDF is opened

    try:
        with pikepdf.open(path, password="") as pdf:
            found = len(pdf.pages)
    except pikepdf.PasswordError:
        raise InputFileError("input.pdf_encrypted") from None
    except Exception as exc:  # noqa: BLE001 - qpdf's PdfError and the odd ValueError on hostile input
        raise InputFileError("input.pdf_damaged", detail=str(exc).replace(str(path), "").strip(": ") or type(exc).__name__) from None
    if found != pages:
        raise InputFileError("input.pdf_damaged", detail=f"{found} != {pages} pages")


def _open_image(path: Path, digest: str, limits: OcrSettings) -> Source:
    try:
        with Image.open(path) as img:
            frames = getattr(img, "n_frames", 1)
            _check_pages(frames, limits)
            for index in range(frames):
                img.seek(index)
                _check_size(*img.size, limits)  # from the header, before a byte is decoded
                img.load()  # decodes fully: a truncated file fails here, not halfway through OCR
    except Image.DecompressionBombError as exc:  # over Pillow's own bound, raised while reading the header
        pixels = re.search(r"\((\d+) pixels\)", str(exc))
        raise InputFileError("input.too_many_pixels", width="?", height="?", limit=round(limits.max_pixels / 1e6),
                             megapixels=round(int(pixels[1]) / 1e6) if pixels else "?") from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError) as exc:
        raise InputFileError("input.image_damaged", detail=str(exc)) from None
    return Source(path, "image", frames, digest)

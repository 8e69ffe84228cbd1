"""Scan files: what they are, how many pages, and whether they can be read at all.

A file is judged by its first bytes, not its name: a text file called ``.pdf`` is not a PDF.
Every problem becomes an :class:`InputFileError` with a message key, so the batch can report it
and carry on with the other files.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import pymupdf
from PIL import Image, UnidentifiedImageError

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


def open_source(path: Path, sha256: str | None = None) -> Source:
    """Check a file can be read completely and count its pages."""
    kind = sniff(path)
    digest = sha256 or sha256_file(path)
    if kind == "pdf":
        return _open_pdf(path, digest)
    return _open_image(path, digest)


def _open_pdf(path: Path, digest: str) -> Source:
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
        return Source(path, "pdf", doc.page_count, digest, encrypted_empty)


def _open_image(path: Path, digest: str) -> Source:
    try:
        with Image.open(path) as img:
            frames = getattr(img, "n_frames", 1)
            for index in range(frames):
                img.seek(index)
                img.load()  # decodes fully: a truncated file fails here, not halfway through OCR
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise InputFileError("input.image_damaged", detail=str(exc)) from None
    return Source(path, "image", frames, digest)

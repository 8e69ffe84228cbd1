"""The unsigned e-copy: the master's pages without its signatures, with the copy's QR code and code.

The master's signature fields, their widgets and its DSS are dropped in a fresh save (pikepdf), not an
incremental update: the copy's only signature is the copying agency's, and a verifier never sees a
master signature that no longer covers the file. The verification code goes into the XMP metadata
(``dc:identifier``, a standard PDF/A property) and the visible text beside the QR code.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

from tthc_digitize.copies.code import normalise
from tthc_digitize.copies.statement import VERIFY_HINT, CopyQr, read_code_from_payload
from tthc_digitize.errors import InputFileError
from tthc_digitize.sign.marks import add_qr

CODE_PREFIX = "tthc-copy:"
CODE_TEXT = re.compile(VERIFY_HINT + r":\s*([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})")


def _is_signature(obj) -> bool:
    import pikepdf  # heavy: pikepdf (qpdf), loaded only when a PDF is opened

    while isinstance(obj, pikepdf.Dictionary):
        if obj.get("/FT") == pikepdf.Name.Sig:
            return True
        obj = obj.get("/Parent")
    return False


def strip_signatures(data: bytes, code: str) -> bytes:
    """``data`` rewritten without signature fields, widgets, DSS and permissions, with the code in XMP."""
    import pikepdf  # heavy: pikepdf (qpdf), loaded only when a PDF is opened

    try:
        pdf = pikepdf.open(io.BytesIO(data))
    except pikepdf.PdfError as exc:
        raise InputFileError("input.pdf_damaged", detail=str(exc)) from None
    with pdf:
        root = pdf.Root
        for key in ("/DSS", "/Perms"):
            if key in root:
                del root[key]
        if "/AcroForm" in root:
            kept = [f for f in root.AcroForm.get("/Fields", []) if not _is_signature(f)]
            if kept:
                root.AcroForm.Fields = pikepdf.Array(kept)
                if "/SigFlags" in root.AcroForm:
                    del root.AcroForm["/SigFlags"]
            else:
                del root["/AcroForm"]
        for page in pdf.pages:
            if "/Annots" in page.obj:
                page.obj.Annots = pikepdf.Array([a for a in page.obj.Annots if not _is_signature(a)])
        with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
            meta["dc:identifier"] = CODE_PREFIX + code
        buf = io.BytesIO()
        pdf.save(buf)
    return buf.getvalue()


def unsigned_copy(master: Path, work: Path, qr: CopyQr) -> Path:
    """``work/copy-unsigned.pdf``: the stripped master with the copy's QR code and, beside it, the
    copy form, number and code — placed like every mark where the page is blank (the master's own
    mark is on the rendered page by then, so the two never overlap)."""
    stripped = work / "copy-stripped.pdf"
    stripped.write_bytes(strip_signatures(master.read_bytes(), qr.code))
    caption = [qr.kind, f"Số: {qr.number}", f"{VERIFY_HINT}: {qr.code}"]
    return add_qr(stripped, work / "copy-unsigned.pdf", qr, caption=caption)


def read_code(path: Path) -> str | None:
    """The verification code a copy carries: its XMP first, else its visible text."""
    import pikepdf  # heavy: pikepdf (qpdf), loaded only when a PDF is opened
    import pymupdf  # heavy: PyMuPDF, loaded only when a page is drawn or rendered

    try:
        with pikepdf.open(path) as pdf, pdf.open_metadata() as meta:
            value = str(meta.get("dc:identifier") or "")
        if value.startswith(CODE_PREFIX):
            return normalise(value[len(CODE_PREFIX):])
    except (pikepdf.PdfError, OSError, ValueError):
        pass
    try:
        with pymupdf.open(path) as doc:
            found = CODE_TEXT.search("".join(page.get_text() for page in doc))
    except Exception:
        return None
    return normalise(found.group(1)) if found else None


def code_from_qr_text(text: str) -> str | None:
    """The code in a decoded QR payload (what ``zbarimg`` prints)."""
    found = read_code_from_payload(text.strip())
    return normalise(found) if found else None

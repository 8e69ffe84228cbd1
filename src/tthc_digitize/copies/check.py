"""Verification by code: does the register vouch for this copy?

The answer a third party needs, from the code alone (a printout) or from the file too: the copy is in
a register, not revoked, the file is byte for byte the one issued (SHA-256), and — for a register
copy — its source result is still in the warehouse and not revoked (in the results or the sổ gốc).
"""

from __future__ import annotations

import hashlib
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from tthc_digitize.copies import register
from tthc_digitize.copies.code import normalise
from tthc_digitize.copies.copy_pdf import read_code
from tthc_digitize.copies.issue import COPY_PDF
from tthc_digitize.errors import InputFileError, TthcError
from tthc_digitize.warehouse.objects import stored_file

# public_view's keys in the order a reader sees them (the web page, ``tthc verify --code``, the report)
PUBLIC_FIELDS = ("kind", "number", "agency", "issued_at", "type", "source_number", "source_agency", "source_date",
                 "subject", "pages", "requester", "revoked_at")


@dataclass
class CopyCheck:
    code: str
    status: str  # valid | unknown | revoked | hash_mismatch | source_revoked
    register: str | None = None  # copies | certifications
    row: dict[str, Any] = field(default_factory=dict)
    file_checked: bool = False

    @property
    def ok(self) -> bool:
        return self.status == "valid"

    def to_dict(self) -> dict[str, Any]:
        keep = ("number", "issued_at", "requester_name", "relation", "purpose", "source_object_id", "source_version",
                "document_title", "pages", "official", "pdf_sha256", "revoked_at", "revoked_reason")
        return {"code": self.code, "status": self.status, "ok": self.ok, "register": self.register,
                "file_checked": self.file_checked, **{k: self.row[k] for k in keep if k in self.row}}


def _source_valid(wh, row: dict[str, Any]) -> bool:
    result = wh.repo.get_result(row["result_id"])
    if result is None or "revoked" in (result.get("status"), result.get("now_status")):
        return False
    entry = wh.repo.entry_for_result(result["id"])
    return entry is not None and entry.get("status") != "revoked" and not entry.get("revoked_on")


def check_code(wh, typed: str, pdf: Path | None = None) -> CopyCheck:
    """What the register says of the copy with code ``typed`` (and of ``pdf``, when given)."""
    code = normalise(typed)
    if code is None:
        raise InputFileError("copies.bad_code", code=typed)
    register.ensure(wh.repo)
    found = register.by_code(wh.repo, code)
    if found is None:
        return CopyCheck(code, "unknown")
    kind, row = found
    check = CopyCheck(code, "valid", kind, row)
    if row.get("revoked_at"):
        check.status = "revoked"
    elif pdf is not None and hashlib.sha256(Path(pdf).read_bytes()).hexdigest() != row["pdf_sha256"]:
        check.status = "hash_mismatch"
    elif kind == "copies" and not _source_valid(wh, row):
        check.status = "source_revoked"
    check.file_checked = pdf is not None
    return check


def mask_name(name: str) -> str:
    """``Nguyễn Văn An`` → ``N*** V*** A***``: enough for the holder to recognise, not to identify."""
    return " ".join(word[0] + "***" for word in name.split() if word)


def public_view(wh, check: CopyCheck) -> dict[str, Any]:
    """What the copy itself shows a reader, and no more: its number, kind, issuing agency, time of
    issue, the source's type, number and subject, the requester's name masked. Never an ID number,
    the relation, the purpose, the official or the stored paths (those stay with ``--full``)."""
    row = check.row
    if not row:
        return {}
    view: dict[str, Any] = {"kind": check.register, "number": row["number"], "issued_at": row["issued_at"],
                            "agency": wh.config.agency_name, "requester": mask_name(row.get("requester_name") or "")}
    if check.register == "copies":
        result = wh.repo.get_result(row["result_id"]) or {}
        number = result.get("code_number") or ""
        if result.get("code_notation"):
            number = f"{number}/{result['code_notation']}"
        view.update({"source_number": number, "source_agency": result.get("organ_name") or "",
                     "source_date": result.get("issued_date") or "", "type": result.get("type_name") or "",
                     "subject": result.get("subject") or ""})
    else:
        view.update({"type": row.get("document_title") or "", "pages": row.get("pages")})
    if row.get("revoked_at"):
        view["revoked_at"] = row["revoked_at"]
    return view


def stored_copy(wh, check: CopyCheck) -> Path | None:
    """The signed PDF the register issued under ``check``'s code, as the warehouse keeps it."""
    if not check.row or not wh.store.exists(check.row["object_id"]):
        return None
    # the stored file itself from a local store; a copy in this run's temporary folder from others
    return stored_file(wh.store, check.row["object_id"], COPY_PDF, Path(tempfile.gettempdir()))


@dataclass
class RegisterAnswer:
    """``tthc verify``'s register part. ``note`` (a message key, and ``cause`` for its detail) says why
    there is no check: a file without a code, or no warehouse to ask (``cause`` says why not)."""

    check: CopyCheck | None = None
    view: dict[str, Any] = field(default_factory=dict)
    stored: Path | None = None
    note: str | None = None
    cause: TthcError | None = None


def check_register(file: Path | None, code: str | None, open_wh: Callable[[], Any]) -> RegisterAnswer:
    """Ask the register (opened read-only by ``open_wh``) about the copy with ``code`` or the code
    printed on ``file``. With a file, a file without a code or a missing warehouse leaves the signature
    check alone; ``--code`` needs both."""
    if code is None:
        code = read_code(file)
        if code is None:
            return RegisterAnswer(note="copies.check.no_code")
        try:
            wh = open_wh()
        except TthcError as exc:
            return RegisterAnswer(note="copies.check.no_warehouse", cause=exc)
    else:
        wh = open_wh()
    with wh:
        check = check_code(wh, code, file)
        return RegisterAnswer(check, public_view(wh, check), stored_copy(wh, check))

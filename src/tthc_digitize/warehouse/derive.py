"""What a register row must say, re-derived from the stored object alone (its signed PDF and its XML).

The register is a copy, kept for search; the object is the record. ``load`` builds a row from these
functions, and ``audit`` and ``copy issue`` build it again from the stored files and compare, so a row
changed behind the tool's back (``sqlite3 … update results set holder_id=…``) is found, not used.
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from typing import Any

from tthc_digitize.metadata.record import ResultRecord
from tthc_digitize.metadata.xml import from_xml
from tthc_digitize.warehouse.ocfl import digests

PDF_COLUMNS = ("pdf_sha256", "pdf_sha512", "pdf_bytes", "signed")
RECORD_COLUMNS = tuple(f.name for f in dataclasses.fields(ResultRecord))


def is_signed(pdf: bytes) -> bool:
    """A PDF signature leaves a /ByteRange in its signature dictionary (or at least a /Sig field)."""
    return b"/ByteRange" in pdf or b"/FT /Sig" in pdf or b"/FT/Sig" in pdf


def pdf_columns(pdf: bytes) -> dict[str, Any]:
    sha512, sha256 = digests(pdf)
    return {"pdf_sha256": sha256, "pdf_sha512": sha512, "pdf_bytes": len(pdf), "signed": int(is_signed(pdf))}


def record_columns(xml: bytes | ResultRecord) -> dict[str, Any]:
    """Register columns of a record (dates as ISO text: the columns also go into a JSON note)."""
    record = from_xml(xml) if isinstance(xml, bytes) else xml
    values = {k: v.isoformat() if isinstance(v, (date, datetime)) else v for k, v in dataclasses.asdict(record).items()}
    return {**values, "status": record.validity_status}


def file_hash_matches(record: ResultRecord | dict[str, Any], pdf_sha256: str) -> bool:
    """The XML's ``File/Sha256`` names the PDF it describes: another PDF beside it is not its file."""
    stated = record.file_sha256 if isinstance(record, ResultRecord) else record.get("file_sha256")
    return (stated or "").strip().lower() == pdf_sha256.lower()


def derive(xml: bytes, pdf: bytes, revoked: bool = False) -> dict[str, Any]:
    """The register columns the stored files imply. ``revoked``: the audit log records a revocation
    (the register's status then says revoked though the XML, written before, says valid)."""
    columns = {**record_columns(xml), **pdf_columns(pdf)}
    if revoked:
        columns["status"] = "revoked"
    return columns


def _same(a: Any, b: Any) -> bool:
    if a in (None, "") and b in (None, ""):
        return True
    return a is not None and b is not None and str(a) == str(b)


def differences(row: dict[str, Any], derived: dict[str, Any]) -> list[tuple[str, Any, Any]]:
    """(column, register value, stored value) for every column the row has wrong; and the XML's
    ``File/Sha256`` against the stored PDF as a column of its own (``file_sha256``)."""
    found = [(c, row.get(c), derived[c]) for c in (*RECORD_COLUMNS, "status", *PDF_COLUMNS)
             if c in derived and not _same(row.get(c), derived[c])]
    if not file_hash_matches(derived, derived["pdf_sha256"]) and not any(c == "file_sha256" for c, *_ in found):
        found.append(("file_sha256", derived.get("file_sha256"), derived["pdf_sha256"]))
    return found


def describe(diffs: list[tuple[str, Any, Any]]) -> str:
    return "; ".join(f"{column}: {register!r} ≠ {stored!r}" for column, register, stored in diffs)

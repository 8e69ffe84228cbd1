"""The copy register (sổ cấp bản sao) and the certification register (sổ chứng thực), kept in the
warehouse's register through its :class:`~tthc_digitize.warehouse.repository.CopyRegisters` port.

Numbers are allocated inside the caller's write transaction (BEGIN IMMEDIATE) from the newest row of
the year, and the row is inserted in that same transaction: two officials issuing at once get
consecutive numbers, and a copy that fails before its row is written leaves no gap. Rows are never
deleted; a revocation is written onto the row (and into the audit log by the caller).
"""

from __future__ import annotations

from typing import Any

from tthc_digitize.copies.numbering import (
    CertificationNumber,
    CopyNumber,
    next_certification_number,
    next_copy_number,
)
from tthc_digitize.errors import InputFileError, UsageError
from tthc_digitize.warehouse.columns import COPY_KINDS as KINDS
from tthc_digitize.warehouse.events import now
from tthc_digitize.warehouse.repository import CopyRegisters

__all__ = ["KINDS", "ensure", "next_copy", "next_certification", "insert", "by_code", "find", "revoke", "rows",
           "revoke_entry"]


def ensure(repo: CopyRegisters) -> None:
    repo.ensure_copy_registers()


def next_copy(repo: CopyRegisters, year: int, abbreviation: str) -> CopyNumber:
    """The next register-copy number; call inside ``repo.transaction()``."""
    last = repo.last_copy_number("copies", year)
    return next_copy_number(year, CopyNumber(last["year"], last["sequence"], abbreviation) if last else None,
                            abbreviation)


def next_certification(repo: CopyRegisters, year: int, volume_size: int) -> CertificationNumber:
    last = repo.last_copy_number("certifications", year)
    return next_certification_number(
        year, CertificationNumber(last["year"], last["sequence"], last["volume"]) if last else None, volume_size)


def insert(repo: CopyRegisters, kind: str, row: dict[str, Any]) -> int:
    return repo.insert_copy(kind, row)


def by_code(repo: CopyRegisters, code: str) -> tuple[str, dict[str, Any]] | None:
    """(register, row) of the copy with this verification code, from either register."""
    return repo.copy_by_code(code)


def find(repo: CopyRegisters, kind: str, number: str, year: int) -> dict[str, Any] | None:
    """A register row by its number as printed (``01/BS-STNMT``, or ``1`` / ``01``) in ``year``."""
    head = number.split("/", 1)[0].strip()
    if not head.isdigit():
        return None
    row = repo.copy_by_sequence(kind, year, int(head))
    if row and kind == "copies" and "/" in number and row["number"] != number.strip():
        return None
    return row


def revoke(repo: CopyRegisters, kind: str, row_id: int, at: str, reason: str, by: str) -> None:
    repo.revoke_copy(kind, row_id, at, reason, by)


def rows(repo: CopyRegisters, kind: str, year: int | None = None, month: str | None = None) -> list[dict[str, Any]]:
    """Register rows in number order; ``month`` as ``YYYY-MM`` (the issue time's local month)."""
    return repo.copy_rows(kind, year, month)


def revoke_entry(wh, kind: str, number: str, year: int, reason: str) -> dict[str, Any]:
    """Record a revocation on the row (and in the audit log); the row stays. Returns the row as it is now."""
    if not reason.strip():
        raise UsageError("copies.revoke_needs_reason")
    ensure(wh.repo)
    with wh.writing(), wh.transaction():
        row = find(wh.repo, kind, number, year)
        if row is None:
            raise InputFileError("copies.not_found", number=number, year=year, register=kind)
        if row.get("revoked_at"):
            raise InputFileError("copies.already_revoked", number=row["number"], date=row["revoked_at"])
        at = now()
        revoke(wh.repo, kind, row["id"], at, reason, wh.actor)
        wh.repo.record_event("copy_revoke", row["object_id"], {"register": kind, "number": row["number"],
                                                               "code": row["code"], "reason": reason}, wh.actor, at)
    return {**row, "revoked_at": at, "revoked_reason": reason, "revoked_by": wh.actor}

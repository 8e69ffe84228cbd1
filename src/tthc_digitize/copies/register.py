"""The copy register (sổ cấp bản sao) and the certification register (sổ chứng thực) in the
warehouse's register database.

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

KINDS = ("copies", "certifications")
_COMMON = ("code TEXT NOT NULL UNIQUE, issued_at TEXT NOT NULL, requester_id TEXT NOT NULL, "
           "requester_name TEXT NOT NULL, official TEXT NOT NULL, object_id TEXT NOT NULL, object_version TEXT NOT NULL, "
           "pdf_sha256 TEXT NOT NULL, pdf_sha512 TEXT NOT NULL, revoked_at TEXT, revoked_reason TEXT, revoked_by TEXT")
SCHEMA = [
    "CREATE TABLE copies (id INTEGER PRIMARY KEY, year INTEGER NOT NULL, sequence INTEGER NOT NULL, "
    "number TEXT NOT NULL, relation TEXT NOT NULL, purpose TEXT, result_id INTEGER NOT NULL, "
    f"source_object_id TEXT NOT NULL, source_version TEXT NOT NULL, procedure_code TEXT, {_COMMON}, "
    "UNIQUE (year, sequence))",
    "CREATE TABLE certifications (id INTEGER PRIMARY KEY, year INTEGER NOT NULL, sequence INTEGER NOT NULL, "
    "volume INTEGER NOT NULL, number TEXT NOT NULL, document_title TEXT NOT NULL, pages INTEGER NOT NULL, "
    f"official_position TEXT, {_COMMON}, UNIQUE (year, sequence))",
    "CREATE INDEX copies_result ON copies(result_id)",
]


def ensure(repo) -> None:
    repo.ensure_schema("copies", SCHEMA)


def next_copy(repo, year: int, abbreviation: str) -> CopyNumber:
    """The next register-copy number; call inside ``repo.transaction()``."""
    rows = repo.query("SELECT year, sequence FROM copies WHERE year = ? ORDER BY sequence DESC LIMIT 1", [year])
    last = CopyNumber(rows[0]["year"], rows[0]["sequence"], abbreviation) if rows else None
    return next_copy_number(year, last, abbreviation)


def next_certification(repo, year: int, volume_size: int) -> CertificationNumber:
    rows = repo.query("SELECT year, sequence, volume FROM certifications WHERE year = ? ORDER BY sequence DESC LIMIT 1",
                      [year])
    last = CertificationNumber(rows[0]["year"], rows[0]["sequence"], rows[0]["volume"]) if rows else None
    return next_certification_number(year, last, volume_size)


def insert(repo, kind: str, row: dict[str, Any]) -> int:
    cols = ", ".join(row)
    return repo.execute(f"INSERT INTO {kind} ({cols}) VALUES ({', '.join('?' for _ in row)})", list(row.values()))


def by_code(repo, code: str) -> tuple[str, dict[str, Any]] | None:
    """(register, row) of the copy with this verification code, from either register."""
    for kind in KINDS:
        rows = repo.query(f"SELECT * FROM {kind} WHERE code = ?", [code])
        if rows:
            return kind, rows[0]
    return None


def find(repo, kind: str, number: str, year: int) -> dict[str, Any] | None:
    """A register row by its number as printed (``01/BS-STNMT``, or ``1`` / ``01``) in ``year``."""
    head = number.split("/", 1)[0].strip()
    if not head.isdigit():
        return None
    rows = repo.query(f"SELECT * FROM {kind} WHERE year = ? AND sequence = ?", [year, int(head)])
    if rows and kind == "copies" and "/" in number and rows[0]["number"] != number.strip():
        return None
    return rows[0] if rows else None


def revoke(repo, kind: str, row_id: int, at: str, reason: str, by: str) -> None:
    repo.execute(f"UPDATE {kind} SET revoked_at = ?, revoked_reason = ?, revoked_by = ? WHERE id = ?",
                 [at, reason, by, row_id])


def rows(repo, kind: str, year: int | None = None, month: str | None = None) -> list[dict[str, Any]]:
    """Register rows in number order; ``month`` as ``YYYY-MM`` (the issue time's local month)."""
    where, params = [], []
    if year is not None:
        where.append("year = ?")
        params.append(year)
    if month is not None:
        where.append("substr(issued_at, 1, 7) = ?")
        params.append(month)
    sql = f"SELECT * FROM {kind}" + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY year, sequence"
    return repo.query(sql, params)


def revoke_entry(wh, kind: str, number: str, year: int, reason: str) -> dict[str, Any]:
    """Record a revocation on the row (and in the audit log); the row stays. Returns the row as it is now."""
    from tthc_digitize import clock
    from tthc_digitize.errors import InputFileError, UsageError

    if not reason.strip():
        raise UsageError("copies.revoke_needs_reason")
    ensure(wh.repo)
    with wh.writing(), wh.transaction():
        row = find(wh.repo, kind, number, year)
        if row is None:
            raise InputFileError("copies.not_found", number=number, year=year, register=kind)
        if row.get("revoked_at"):
            raise InputFileError("copies.already_revoked", number=row["number"], date=row["revoked_at"])
        at = clock.iso(clock.now())
        revoke(wh.repo, kind, row["id"], at, reason, wh.actor)
        wh.repo.record_event("copy_revoke", row["object_id"], {"register": kind, "number": row["number"],
                                                               "code": row["code"], "reason": reason}, wh.actor, at)
    return {**row, "revoked_at": at, "revoked_reason": reason, "revoked_by": wh.actor}

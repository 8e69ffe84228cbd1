"""``tthc copy issue``: a register e-copy (bản sao điện tử từ sổ gốc) of a stored result.

Everything happens under the warehouse lock: the checks and the number (in one register transaction),
the signed PDF, then its own OCFL object (pointing at the source object and version) and the
copy-register row through the warehouse's one publish protocol (:meth:`Warehouse.publish`). A failure
before the object is published, or a register that refuses the row, leaves the number unused, so the
sequence never has a gap; a run killed between the object and the row is finished by the next writer,
so the copy is registered once. Two officials issuing at once are serialised by the lock.
"""

from __future__ import annotations

import json
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tthc_digitize import clock
from tthc_digitize.copies import code as codes
from tthc_digitize.copies import register
from tthc_digitize.copies.copy_pdf import unsigned_copy
from tthc_digitize.copies.numbering import abbreviation
from tthc_digitize.copies.statement import REGISTER_COPY_FORM, CopyQr
from tthc_digitize.errors import InputFileError, OutputError, UsageError
from tthc_digitize.fsio import write_atomically
from tthc_digitize.sign.appearance import CopyBlock, apply_copy_block
from tthc_digitize.sign.verify import verify_file
from tthc_digitize.warehouse.audit import check_result, register_differences
from tthc_digitize.warehouse.derive import record_columns
from tthc_digitize.warehouse.objects import digests, stored_file
from tthc_digitize.warehouse.service import EVENTS, PDF, XML, event_line

RELATIONS = ("holder", "representative", "heir")
COPY_PDF, COPY_JSON = "result.pdf", "copy.json"  # result.pdf: audit and backup treat every object alike


@dataclass(frozen=True)
class Requester:
    id: str
    name: str
    relation: str | None = None  # None: must be the holder
    purpose: str = ""


@dataclass
class IssuedCopy:
    number: str
    code: str
    year: int
    sequence: int
    issued_at: str
    output: Path
    object_id: str
    pdf_sha256: str
    source_object_id: str
    source_version: str
    timings: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {k: str(v) if isinstance(v, Path) else v for k, v in self.__dict__.items()}


def _ids_equal(a: str | None, b: str | None) -> bool:
    return bool(a) and bool(b) and "".join(a.split()).upper() == "".join(b.split()).upper()


def check_issuable(wh, ref: int | str, requester: Requester, trust_roots,
                   work: Path) -> tuple[dict[str, Any], dict[str, Any], str, Path]:
    """The result row, its master-register entry, the relation to record and the stored master PDF
    (a file, see :func:`stored_file`; a copy in ``work`` where the store keeps no local files), or the
    reason (InputFileError) it may not be copied."""

    if requester.relation is not None and requester.relation not in RELATIONS:
        raise UsageError("copies.bad_relation", relation=requester.relation, choices="|".join(RELATIONS))
    if wh.repo.get_result(ref) is None:
        raise InputFileError("copies.refused_unknown", ref=ref)
    row = wh.result(ref)
    if row.get("now_status") == "revoked" or row.get("status") == "revoked":
        raise InputFileError("copies.refused_revoked", ref=ref)
    entry = wh.repo.entry_for_result(row["id"])
    if entry is None:
        raise InputFileError("copies.refused_unmatched", ref=ref)
    if entry.get("status") == "revoked" or entry.get("revoked_on"):
        raise InputFileError("copies.refused_entry_revoked", ref=ref, date=entry.get("revoked_on") or "-",
                             reason=entry.get("revoked_reason") or "-")
    findings = check_result(wh, row["id"])
    if findings:
        raise InputFileError("copies.refused_fixity", ref=ref, detail=f"{findings[0].kind}: {findings[0].detail}")
    row = {**row, **stored_facts(wh, ref, row)}
    master = stored_file(wh.store, row["object_id"], PDF, work)
    report = verify_file(master, trust_roots=trust_roots)
    if report.verdict == "unsigned":
        raise InputFileError("copies.refused_unsigned", ref=ref)
    if report.verdict in ("altered", "unreadable"):
        raise InputFileError("copies.refused_signature", ref=ref, verdict=report.verdict)
    relation = requester.relation or "holder"
    if relation == "holder" and not _ids_equal(requester.id, row.get("holder_id")):
        raise InputFileError("copies.refused_not_holder", id=requester.id)
    return row, entry, relation, master


# what a copy states about the document and its holder: read from the stored, signed object
FACTS = ("type_name", "code_number", "code_notation", "issued_date", "organ_name", "subject", "holder_name",
         "holder_id", "holder_id_type", "procedure_code", "valid_from", "valid_until")


def stored_facts(wh, ref: int | str, row: dict[str, Any]) -> dict[str, Any]:
    """The document and holder facts from the stored XML (head version, fixity already checked); the
    register row must say the same, or it was changed behind the tool's back and nothing is issued."""
    raw = wh.repo.find_results(id=row["id"])[0]  # as stored: wh.result() reads a status as of today
    differs = register_differences(wh, raw, raw["object_id"] in wh.repo.revoked_objects())
    if differs:
        raise InputFileError("copies.refused_register_differs", ref=ref, detail=differs)
    stored = record_columns(wh.store.read_bytes(row["object_id"], XML))
    return {name: stored[name] for name in FACTS}


def agency_abbreviation(config) -> str:
    return config.copies.agency_abbreviation or abbreviation(config.agency_name)


def official_name(wh) -> str:
    return wh.config.copies.official or wh.actor


def store_copy(wh, kind: str, object_id: str, pdf: bytes, pointer: dict[str, Any], row: dict[str, Any],
               events: list[dict[str, Any]]) -> tuple[str, str, str]:
    """The signed copy as its own OCFL object and its register ``row`` (without ``object_version``,
    ``pdf_sha256``, ``pdf_sha512``, filled in here) with its audit ``events``, through
    :meth:`Warehouse.publish`; returns (version, sha256, sha512). The caller holds :meth:`Warehouse.writing`
    and no register transaction (the row commits in publish's own)."""
    detail: dict[str, Any] = {"number": pointer["number"]}
    if wh.store.exists(object_id):
        # left by a version of the tool that stored a copy before its row: that version stays in the
        # object's history, the registered copy is the next one
        detail["unregistered_version"] = wh.store.head_version(object_id)
    sha512, sha256 = digests(pdf)
    table = "copies" if kind == "copy_issue" else "certifications"
    note = wh.copy_note(object_id, table, {**row, "pdf_sha256": sha256, "pdf_sha512": sha512}, events)
    files = {COPY_PDF: pdf, COPY_JSON: json.dumps(pointer, ensure_ascii=False, indent=1).encode("utf-8"),
             EVENTS: event_line(pointer["issued_at"], wh.actor, kind, detail)}
    wh.publish(note, files, message=f"{kind} {pointer['number']}")
    return note["version"], sha256, sha512


def event(action: str, object_id: str, detail: dict[str, Any], actor: str, at: str) -> dict[str, Any]:
    """An audit event as a copy's pending note carries it."""
    return {"action": action, "object_id": object_id, "detail": detail, "actor": actor, "at": at}


def write_output(output: Path, data: bytes, object_id: str) -> None:

    try:
        write_atomically(output, data)
    except OSError as exc:
        raise OutputError("copies.output_failed", path=str(output), object=object_id, detail=exc.strerror) from None


def issue_copy(wh, ref: int | str, requester: Requester, signer, output: Path, trust_roots=None) -> IssuedCopy:
    """Issue one register e-copy of result ``ref`` into ``output``; ``signer``: an open
    :class:`tthc_digitize.sign.pades.BatchSigner` with the agency key at the copies level."""
    register.ensure(wh.repo)
    timings: dict[str, float] = {}
    started = time.perf_counter()
    agency = wh.config.agency_name
    with wh.writing(), tempfile.TemporaryDirectory(dir=wh.home.staging) as tmp:
        with wh.transaction():  # the lock keeps the number free until publish commits its row
            row, entry, relation, master = check_issuable(wh, ref, requester, trust_roots, Path(tmp))
            timings["checks"] = time.perf_counter() - started
            when = clock.now()
            number = register.next_copy(wh.repo, when.year, agency_abbreviation(wh.config))
        code = codes.new_code()
        source = f"{row['code_number']}/{row['code_notation']}" if row.get("code_notation") else str(row["code_number"])
        qr = CopyQr(code, REGISTER_COPY_FORM, str(number), f"{source} ({row.get('issued_date')})",
                    row.get("holder_name") or "", agency, clock.iso(when), wh.config.copies.verify_url)
        mark = time.perf_counter()
        unsigned = unsigned_copy(master, Path(tmp), qr)
        timings["pdf"] = time.perf_counter() - mark
        mark = time.perf_counter()
        signed = Path(tmp) / "copy.pdf"
        placed = Path(tmp) / "copy-placed.pdf"
        appearance = apply_copy_block(CopyBlock(REGISTER_COPY_FORM, agency, when, str(number)), unsigned, placed)
        signer.sign(placed, signed, appearance=appearance)
        signer.flush()  # the signer syncs its outputs late; this one is read and removed now
        pdf = signed.read_bytes()
        timings["sign"] = time.perf_counter() - mark
        mark = time.perf_counter()
        object_id = f"{wh.agency_code}/BS/{number.year}/{number.sequence:05d}"
        pointer = {"kind": "register_copy", "number": str(number), "code": code, "issued_at": clock.iso(when),
                   "source_object_id": row["object_id"], "source_version": row["object_version"],
                   "source_pdf_sha256": row["pdf_sha256"], "result_id": row["id"]}
        official = official_name(wh)
        copy_row = {
            "year": number.year, "sequence": number.sequence, "number": str(number), "code": code,
            "issued_at": clock.iso(when), "requester_id": requester.id, "requester_name": requester.name,
            "relation": relation, "purpose": requester.purpose, "result_id": row["id"],
            "source_object_id": row["object_id"], "source_version": row["object_version"],
            "procedure_code": row.get("procedure_code") or entry.get("procedure_code"), "official": official,
            "object_id": object_id,
        }
        issued = event("copy_issue", row["object_id"], {
            "number": str(number), "code": code, "copy_object": object_id, "requester_id": requester.id,
            "relation": relation, "source_version": row["object_version"], "pdf_sha256": digests(pdf)[1],
        }, official, clock.iso(when))
        version, sha256, sha512 = store_copy(wh, "copy_issue", object_id, pdf, pointer, copy_row, [issued])
        timings["store"] = time.perf_counter() - mark
    write_output(output, pdf, object_id)
    timings["total"] = time.perf_counter() - started
    return IssuedCopy(str(number), code, number.year, number.sequence, clock.iso(when), output, object_id, sha256,
                      row["object_id"], row["object_version"], timings)

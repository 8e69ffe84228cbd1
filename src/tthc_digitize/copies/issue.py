"""``tthc copy issue``: a register e-copy (bản sao điện tử từ sổ gốc) of a stored result.

Everything happens under the warehouse lock and inside one register write transaction: the checks,
the number, the signed PDF, its own OCFL object (pointing at the source object and version) and the
copy-register row. A failure anywhere rolls the number back, so the sequence never has a gap, and two
officials issuing at once are serialised by the lock.
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
from tthc_digitize.warehouse.fault import fault_point

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


def check_issuable(wh, ref: int | str, requester: Requester, trust_roots) -> tuple[dict[str, Any], dict[str, Any], str]:
    """The result row, its master-register entry and the relation to record, or the reason
    (InputFileError) it may not be copied."""
    from tthc_digitize.sign.verify import verify_file
    from tthc_digitize.warehouse.audit import check_result

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
    report = verify_file(Path(row["pdf_path_abs"]), trust_roots=trust_roots)
    if report.verdict == "unsigned":
        raise InputFileError("copies.refused_unsigned", ref=ref)
    if report.verdict in ("altered", "unreadable"):
        raise InputFileError("copies.refused_signature", ref=ref, verdict=report.verdict)
    relation = requester.relation or "holder"
    if relation == "holder" and not _ids_equal(requester.id, row.get("holder_id")):
        raise InputFileError("copies.refused_not_holder", id=requester.id)
    return row, entry, relation


# what a copy states about the document and its holder: read from the stored, signed object
FACTS = ("type_name", "code_number", "code_notation", "issued_date", "organ_name", "subject", "holder_name",
         "holder_id", "holder_id_type", "procedure_code", "valid_from", "valid_until")


def stored_facts(wh, ref: int | str, row: dict[str, Any]) -> dict[str, Any]:
    """The document and holder facts from the stored XML (head version, fixity already checked); the
    register row must say the same, or it was changed behind the tool's back and nothing is issued."""
    from tthc_digitize.warehouse.audit import register_differences
    from tthc_digitize.warehouse.derive import record_columns
    from tthc_digitize.warehouse.service import XML

    raw = wh.repo.find_results(id=row["id"])[0]  # as stored: wh.result() reads a status as of today
    differs = register_differences(wh, raw, raw["object_id"] in wh.repo.revoked_objects())
    if differs:
        raise InputFileError("copies.refused_register_differs", ref=ref, detail=differs)
    stored = record_columns(wh.store.head_files(row["object_id"])[XML].read_bytes())
    return {name: stored[name] for name in FACTS}


def agency_abbreviation(config) -> str:
    return config.copies.agency_abbreviation or abbreviation(config.agency_name)


def official_name(wh) -> str:
    return wh.config.copies.official or wh.actor


def store_copy(wh, kind: str, object_id: str, pdf: bytes, pointer: dict[str, Any]) -> tuple[str, str, str, Path]:
    """The signed copy as its own OCFL object; returns (version, sha256, sha512, note). Caller holds the
    lock, and removes ``note`` once the register row is committed: until then the object is in flight,
    and a run killed before its commit leaves the note for the next writer, which removes the object
    (:meth:`Warehouse.recover`) instead of leaving an orphan."""
    from tthc_digitize.warehouse.ocfl import digests
    from tthc_digitize.warehouse.service import EVENTS, event_line

    detail: dict[str, Any] = {"number": pointer["number"]}
    if wh.store.exists(object_id):
        # left by a run that crashed before its register row was committed (so the number was never
        # issued): that version stays in the object's history, the registered copy is the next one
        detail["unregistered_version"] = wh.store.inventory(object_id)["head"]
    sha512, sha256 = digests(pdf)
    table = "copies" if kind == "copy_issue" else "certifications"
    note = wh.pending_copy(object_id, table)
    files = {COPY_PDF: pdf, COPY_JSON: json.dumps(pointer, ensure_ascii=False, indent=1).encode("utf-8"),
             EVENTS: event_line(pointer["issued_at"], wh.actor, kind, detail)}
    version, _ = wh.store.write_version(object_id, files, message=f"{kind} {pointer['number']}", user=wh.actor)
    fault_point("copy.stored")
    return version, sha256, sha512, note


def write_output(output: Path, data: bytes, object_id: str) -> None:

    try:
        write_atomically(output, data)
    except OSError as exc:
        raise OutputError("copies.output_failed", path=str(output), object=object_id, detail=exc.strerror) from None


def issue_copy(wh, ref: int | str, requester: Requester, signer, output: Path, trust_roots=None) -> IssuedCopy:
    """Issue one register e-copy of result ``ref`` into ``output``; ``signer``: an open
    :class:`tthc_digitize.sign.pades.BatchSigner` with the agency key at the copies level."""
    from tthc_digitize.sign.appearance import CopyBlock, apply_copy_block

    register.ensure(wh.repo)
    timings: dict[str, float] = {}
    started = time.perf_counter()
    agency = wh.config.agency_name
    with wh.writing(), wh.transaction(), tempfile.TemporaryDirectory(dir=wh.home.staging) as tmp:
        row, entry, relation = check_issuable(wh, ref, requester, trust_roots)
        timings["checks"] = time.perf_counter() - started
        when = clock.now()
        number = register.next_copy(wh.repo, when.year, agency_abbreviation(wh.config))
        code = codes.new_code()
        source = f"{row['code_number']}/{row['code_notation']}" if row.get("code_notation") else str(row["code_number"])
        qr = CopyQr(code, REGISTER_COPY_FORM, str(number), f"{source} ({row.get('issued_date')})",
                    row.get("holder_name") or "", agency, clock.iso(when), wh.config.copies.verify_url)
        mark = time.perf_counter()
        unsigned = unsigned_copy(Path(row["pdf_path_abs"]), Path(tmp), qr)
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
        version, sha256, sha512, note = store_copy(wh, "copy_issue", object_id, pdf, pointer)
        official = official_name(wh)
        register.insert(wh.repo, "copies", {
            "year": number.year, "sequence": number.sequence, "number": str(number), "code": code,
            "issued_at": clock.iso(when), "requester_id": requester.id, "requester_name": requester.name,
            "relation": relation, "purpose": requester.purpose, "result_id": row["id"],
            "source_object_id": row["object_id"], "source_version": row["object_version"],
            "procedure_code": row.get("procedure_code") or entry.get("procedure_code"), "official": official, "object_id": object_id,
            "object_version": version, "pdf_sha256": sha256, "pdf_sha512": sha512,
        })
        wh.repo.record_event("copy_issue", row["object_id"], {
            "number": str(number), "code": code, "copy_object": object_id, "requester_id": requester.id,
            "relation": relation, "source_version": row["object_version"], "pdf_sha256": sha256,
        }, official, clock.iso(when))
        timings["store"] = time.perf_counter() - mark
    note.unlink()  # committed: the copy is registered
    write_output(output, pdf, object_id)
    timings["total"] = time.perf_counter() - started
    return IssuedCopy(str(number), code, number.year, number.sequence, clock.iso(when), output, object_id, sha256,
                      row["object_id"], row["object_version"], timings)

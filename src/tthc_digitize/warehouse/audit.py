"""``tthc audit``: fixity, per-object OCFL validation, every register row re-derived from its stored
XML and PDF, the audit chain against its anchors, and orphans both ways.

A storage-root check alone can pass with a corrupt object inside, so every object is validated on its
own (ocfl-py, with digests: every stored file re-hashed against its inventory). Objects named in a
pending note (a load in progress, or one the next writer will finish) are in flight, not orphans.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from tthc_digitize.warehouse import anchor
from tthc_digitize.warehouse.derive import derive, describe, differences
from tthc_digitize.errors import TthcError
from tthc_digitize.warehouse.service import PDF, XML, Warehouse


@dataclass
class Finding:
    """``kind``: storage_root, object_invalid, row_without_object, object_without_row, hash_mismatch,
    version_mismatch, register_differs, audit_chain, anchor or anchor_signature (each has a message ``audit.kind.<kind>``)."""

    kind: str
    subject: str
    detail: str = ""


@dataclass
class AuditReport:
    objects: int = 0
    results: int = 0
    events: int = 0
    in_flight: int = 0
    head: tuple[int, str] = (0, "")  # the audit chain's head in the snapshot audited
    anchored: bool = False
    anchors: int = 0
    anchors_unsigned: int = 0
    anchors_untimestamped: int = 0  # signed, but the TSA could not be reached when they were written
    signing_configured: bool = False  # the agency credential is configured: unsigned anchors are worth a look
    findings: list[Finding] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.findings

    def to_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok, "objects": self.objects, "results": self.results, "events": self.events,
            "in_flight": self.in_flight, "seconds": round(self.seconds, 3),
            "head": {"seq": self.head[0], "hash": self.head[1]}, "anchored": self.anchored,
            "anchors": {"total": self.anchors, "unsigned": self.anchors_unsigned,
                        "untimestamped": self.anchors_untimestamped, "signing_configured": self.signing_configured},
            "findings": [{"kind": f.kind, "subject": f.subject, "detail": f.detail} for f in self.findings],
        }


def check_result(wh: Warehouse, ref: int | str) -> list[Finding]:
    """One result's fixity before it is used (an e-copy is never made from a file that fails it):
    its object validated with every digest, and the register's version and SHA-512 against it."""
    row = wh.result(ref)
    oid = row["object_id"]
    if not wh.store.exists(oid):
        return [Finding("row_without_object", oid, f"id {row['id']}")]
    problems = wh.store.validate(oid)
    findings = [Finding("object_invalid", oid, "; ".join(problems[:3]))] if problems else []
    if wh.store.head_version(oid) != row["object_version"]:
        findings.append(Finding("version_mismatch", oid, row["object_version"]))
    if wh.store.head_digests(oid).get(PDF) != row["pdf_sha512"]:
        findings.append(Finding("hash_mismatch", oid, "register SHA-512 differs from the object's PDF"))
    return findings


def register_differences(wh: Warehouse, row: dict[str, Any], revoked: bool) -> str | None:
    """What a result row says that its stored XML and PDF (head version) do not, or None when they
    agree; the XML's File/Sha256 is held to the stored PDF's SHA-256 as well."""
    oid = row["object_id"]
    names = wh.store.head_digests(oid)
    if XML not in names or PDF not in names:
        return f"stored object lacks {XML if XML not in names else PDF}"
    try:
        derived = derive(wh.store.read_bytes(oid, XML), wh.store.read_bytes(oid, PDF), revoked=revoked)
    except TthcError as exc:
        return f"stored {XML} unreadable: {exc.key}"
    diffs = differences(row, derived)
    return describe(diffs) if diffs else None


def audit(wh: Warehouse, check_digests: bool = True) -> AuditReport:
    started = time.perf_counter()
    report = AuditReport()
    # anchors before the register: whatever was anchored was committed before the snapshot starts
    anchors, bad_lines = anchor.read(wh.home.root)
    in_flight = wh.pending_objects()
    report.in_flight = len(in_flight)
    # one read transaction for everything read from the register, then the objects: a row commits
    # only after its object is published, so every row in the snapshot has its object by now
    with wh.repo.snapshot():
        rows = list(wh.repo.iter_object_refs())
        revoked = wh.repo.revoked_objects()
        chain = wh.repo.verify_chain()
        hashes = wh.repo.chain_hashes()
    for problem in wh.store.validate():
        report.findings.append(Finding("storage_root", "objects", problem))
    objects: dict[str, str] = {}
    invalid: set[str] = set()
    for oid, location in wh.store.iter_objects():
        report.objects += 1
        problems = wh.store.validate(location=location, check_digests=check_digests)
        if problems and oid and not wh.store.exists(oid):  # an unregistered e-copy removed by recovery meanwhile
            report.objects -= 1
            continue
        if problems:
            report.findings.append(Finding("object_invalid", oid or location, "; ".join(problems[:3])))
            invalid.add(oid)
        if oid:
            objects[oid] = location
    for row in rows:
        report.results += 1
        oid = row["object_id"]
        if oid in in_flight:
            continue
        if oid not in objects:
            report.findings.append(Finding("row_without_object", oid, f"id {row['id']}"))
            continue
        try:
            head = wh.store.head_version(oid)
            head_pdf = wh.store.head_digests(oid).get(PDF)
        except (OSError, ValueError, KeyError, TthcError) as exc:
            report.findings.append(Finding("object_invalid", oid, f"inventory: {exc}"))
            continue
        if head != row["object_version"]:
            report.findings.append(Finding("version_mismatch", oid, f"{row['object_version']} != {head}"))
            continue
        if head_pdf != row["pdf_sha512"]:
            report.findings.append(Finding("hash_mismatch", oid, "register SHA-512 differs from the object's PDF"))
        if isinstance(row["id"], int) and oid not in invalid:  # a result (e-copies carry copy.json, not a record)
            differs = register_differences(wh, row, oid in revoked)
            if differs:
                report.findings.append(Finding("register_differs", oid, f"id {row['id']}: {differs}"))
    orphans = set(objects) - {row["object_id"] for row in rows} - in_flight
    if orphans:  # published after the snapshot was taken: committed by now, or in flight still
        orphans -= wh.pending_objects() | {row["object_id"] for row in wh.repo.iter_object_refs()}
    for oid in sorted(orphans):
        report.findings.append(Finding("object_without_row", oid, objects[oid]))
    report.events = len(hashes)
    report.head = anchor.head(hashes)
    for problem in chain:
        report.findings.append(Finding("audit_chain", f"seq {problem['seq']}", problem["problem"]))
    for line in bad_lines:
        report.findings.append(Finding("anchor", anchor.ANCHORS, f"{line} unreadable"))
    for subject, detail in anchor.check(anchors, hashes):
        report.findings.append(Finding("anchor", subject, detail))
    check_signatures(wh, anchors, report)
    report.seconds = time.perf_counter() - started
    return report


def check_signatures(wh: Warehouse, anchors: list[dict[str, Any]], report: AuditReport) -> None:
    """Each signed anchor's signature, signer and timestamp (see :mod:`.anchor`); counts the rest."""
    report.anchors = len(anchors)
    report.signing_configured = anchor.configured(wh.config.sign)
    signed = [a for a in anchors if a.get("cms")]
    report.anchors_unsigned = len(anchors) - len(signed)
    if not signed:
        return
    verifier = anchor.verifier(wh.config, wh.secrets)
    for item in signed:
        problem = verifier.problem(item)
        if problem:
            report.findings.append(Finding("anchor_signature", f"seq {item['seq']}", problem))
    report.anchors_untimestamped = sum(1 for item in signed if item.get("timestamped") is False)


def anchor_audited(wh: Warehouse, report: AuditReport) -> bool:
    """``tthc audit --anchor``: anchor the head just audited, only when its chain held (anchoring a
    chain already found cut or rewritten would vouch for the forgery)."""
    if any(f.kind in ("audit_chain", "anchor", "anchor_signature") for f in report.findings):
        return False
    signer = anchor.open_signer(wh.config.sign, wh.secrets)
    try:
        anchor.append(wh.home.root, *report.head, wh.actor, wh.store.durable, signer)
    finally:
        if signer is not None:
            signer.close()
    report.anchored = True
    return True

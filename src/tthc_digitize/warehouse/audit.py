"""``tthc audit``: fixity, per-object OCFL validation, audit-chain check and orphans both ways.

A storage-root check alone can pass with a corrupt object inside, so every object is validated on its
own (ocfl-py, with digests: every stored file re-hashed against its inventory). Objects named in a
pending note (a load in progress, or one the next writer will finish) are in flight, not orphans.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tthc_digitize.warehouse.ocfl import validate_object, validate_root
from tthc_digitize.warehouse.service import PDF, Warehouse


@dataclass
class Finding:
    """``kind``: storage_root, object_invalid, row_without_object, object_without_row, hash_mismatch,
    version_mismatch or audit_chain (each has a message ``audit.kind.<kind>``)."""

    kind: str
    subject: str
    detail: str = ""


@dataclass
class AuditReport:
    objects: int = 0
    results: int = 0
    events: int = 0
    in_flight: int = 0
    findings: list[Finding] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.findings

    def to_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok, "objects": self.objects, "results": self.results, "events": self.events,
            "in_flight": self.in_flight, "seconds": round(self.seconds, 3),
            "findings": [{"kind": f.kind, "subject": f.subject, "detail": f.detail} for f in self.findings],
        }


def check_result(wh: Warehouse, ref: int | str) -> list[Finding]:
    """One result's fixity before it is used (an e-copy is never made from a file that fails it):
    its object validated with every digest, and the register's version and SHA-512 against it."""
    row = wh.result(ref)
    oid, folder = row["object_id"], wh.store.path(row["object_id"])
    if not wh.store.exists(oid):
        return [Finding("row_without_object", oid, f"id {row['id']}")]
    problems = validate_object(folder)
    findings = [Finding("object_invalid", oid, "; ".join(problems[:3]))] if problems else []
    if wh.store.inventory(oid)["head"] != row["object_version"]:
        findings.append(Finding("version_mismatch", oid, row["object_version"]))
    if wh.store.head_digests(oid).get(PDF) != row["pdf_sha512"]:
        findings.append(Finding("hash_mismatch", oid, "register SHA-512 differs from the object's PDF"))
    return findings


def audit(wh: Warehouse, check_digests: bool = True) -> AuditReport:
    started = time.perf_counter()
    report = AuditReport()
    in_flight = wh.pending_objects()
    report.in_flight = len(in_flight)
    for problem in validate_root(wh.store.root, validate_objects=False):
        report.findings.append(Finding("storage_root", str(wh.store.root), problem))
    objects: dict[str, Path] = {}
    for oid, folder in wh.store.iter_objects():
        report.objects += 1
        problems = validate_object(folder, check_digests=check_digests)
        if problems:
            report.findings.append(Finding("object_invalid", oid or str(folder), "; ".join(problems[:3])))
        if oid:
            objects[oid] = folder
    for row in wh.repo.iter_object_refs():
        report.results += 1
        oid = row["object_id"]
        if oid in in_flight:
            continue
        if oid not in objects:
            report.findings.append(Finding("row_without_object", oid, f"id {row['id']}"))
            continue
        try:
            inventory = wh.store.inventory(oid)
            head_pdf = wh.store.head_digests(oid).get(PDF)
        except (OSError, ValueError, KeyError) as exc:
            report.findings.append(Finding("object_invalid", oid, f"inventory: {exc}"))
            continue
        if inventory["head"] != row["object_version"]:
            report.findings.append(Finding("version_mismatch", oid, f"{row['object_version']} != {inventory['head']}"))
        if head_pdf != row["pdf_sha512"]:
            report.findings.append(Finding("hash_mismatch", oid, "register SHA-512 differs from the object's PDF"))
    known = {row["object_id"] for row in wh.repo.iter_object_refs()}
    for oid in sorted(set(objects) - known - in_flight):
        report.findings.append(Finding("object_without_row", oid, str(objects[oid].relative_to(wh.store.root))))
    chain = wh.repo.verify_chain()
    report.events = len(wh.repo.events())
    for problem in chain:
        report.findings.append(Finding("audit_chain", f"seq {problem['seq']}", problem["problem"]))
    report.seconds = time.perf_counter() - started
    return report

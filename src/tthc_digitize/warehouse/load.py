"""Loading digitised results (``NAME.pdf`` + ``NAME.xml`` + ``NAME.txt`` from ``tthc ingest``).

Each result is an object named by :func:`.columns.object_id`. The same identity with the same PDF is
already in the warehouse; with a different PDF it is a conflict for a clerk, never an overwrite.
"""

from __future__ import annotations

import hashlib
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tthc_digitize import clock
from tthc_digitize.errors import ExitCode, InputFileError, TthcError
from tthc_digitize.i18n import Message, render
from tthc_digitize.metadata import fieldsfile
from tthc_digitize.metadata.xml import from_xml
from tthc_digitize.warehouse.columns import EVENTS, PDF, TEXT, XML, object_id
from tthc_digitize.warehouse.derive import file_hash_matches, pdf_columns, record_columns
from tthc_digitize.warehouse.events import event_line, now
from tthc_digitize.warehouse.service import Warehouse

__all__ = ["LoadOutcome", "LoadReport", "discover", "load", "load_result", "new_batch", "object_id", "record_columns"]

STATE_DIR = ".tthc"


@dataclass
class LoadOutcome:
    path: Path
    status: str = "failed"  # loaded | already | conflict | failed
    object_id: str | None = None
    result_id: int | None = None
    message: Message | tuple[str, dict[str, Any]] | None = None

    def to_dict(self, lang: str) -> dict[str, Any]:
        return {
            "path": str(self.path), "status": self.status, "object_id": self.object_id, "result_id": self.result_id,
            "message": render(self.message, lang) if self.message else None,
        }


@dataclass
class LoadReport:
    outcomes: list[LoadOutcome] = field(default_factory=list)
    batch: str = ""
    seconds: float = 0.0

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def exit_code(self) -> ExitCode:
        return ExitCode.some_failed if self.count("failed") or self.count("conflict") else ExitCode.ok

    def to_dict(self, lang: str) -> dict[str, Any]:
        return {
            "batch": self.batch, "seconds": round(self.seconds, 3),
            "totals": {s: self.count(s) for s in ("loaded", "already", "conflict", "failed")},
            "files": [o.to_dict(lang) for o in self.outcomes],
        }


def discover(paths: list[Path]) -> list[Path]:
    """The PDFs under the given folders (skipping the ingest's own state folder), or the PDFs given."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(p for p in path.rglob("*.pdf") if STATE_DIR not in p.relative_to(path).parts)
        elif path.is_file():
            found.append(path)
        else:
            raise InputFileError("input.not_found", path=str(path))
    return found


def new_batch() -> str:
    return clock.now().strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6]


def load_result(wh: Warehouse, pdf_path: Path, batch: str) -> LoadOutcome:
    """One result into the warehouse: object, then register row and audit event (see service.py)."""
    outcome = LoadOutcome(path=pdf_path)
    try:
        xml_path, text_path = pdf_path.with_suffix(".xml"), pdf_path.with_suffix(".txt")
        if not xml_path.is_file():
            raise InputFileError("warehouse.no_xml", xml=xml_path.name)
        pdf = pdf_path.read_bytes()
        if not pdf.startswith(b"%PDF-"):
            raise InputFileError("warehouse.not_pdf")
        xml = xml_path.read_bytes()
        record = from_xml(xml)
        pdf_sha256 = hashlib.sha256(pdf).hexdigest()
        if not file_hash_matches(record, pdf_sha256):  # the XML describes another file
            raise InputFileError("warehouse.file_hash_mismatch", xml=xml_path.name, stated=record.file_sha256 or "-",
                                 actual=pdf_sha256)
        text = text_path.read_bytes() if text_path.is_file() else b""
    except OSError as exc:
        outcome.message = ("input.not_found", {"path": f"{pdf_path}: {exc.strerror}"})
        return outcome
    except TthcError as exc:
        outcome.message = (exc.key, exc.params)
        return outcome
    oid = outcome.object_id = object_id(wh.agency_code, record)
    columns = {**record_columns(record), **pdf_columns(pdf),
               "batch": batch, "source_path": str(pdf_path.resolve())}
    at, who = now(), wh.actor
    detail = {"source": pdf_path.name, "batch": batch, "pdf_sha256": columns["pdf_sha256"]}
    scan = _scan_sha256(pdf_path)
    if scan:
        detail["scan_sha256"] = scan
    note = {"kind": "insert", "object_id": oid, "version": "v1", "action": "load", "detail": detail,
            "actor": who, "at": at, "columns": {**columns, "loaded_by": who, "loaded_at": at, "updated_at": at}}
    with wh.writing():
        existing = wh.repo.get_result(oid)
        stored = wh.store.inventory(oid) if wh.store.exists(oid) else None
        if stored is not None and columns["pdf_sha512"] in stored["manifest"]:
            # this very file is in the object (its current PDF, or one an earlier version held)
            if existing is None:  # an object without its row (the row was lost): the register is rebuilt from it
                note["columns"].update(record_columns(wh.store.read_bytes(oid, XML)), **pdf_columns(wh.store.read_bytes(oid, PDF)))
                note["version"] = stored["head"]
                outcome.result_id = wh.adopt({**note, "detail": {**detail, "adopted": True}})
                outcome.status, outcome.message = "loaded", ("warehouse.loaded", {"object": oid})
                return outcome
            outcome.result_id = existing["id"]
            outcome.status, outcome.message = "already", ("warehouse.already", {"object": oid})
            return outcome
        if stored is not None and existing is not None and _loaded_from(wh, oid, scan):
            # the same paper digitised again (OCR output is not byte-for-byte repeatable): nothing new
            outcome.result_id = existing["id"]
            outcome.status, outcome.message = "already", ("warehouse.already_scanned", {"object": oid})
            return outcome
        if stored is not None:
            _conflict(wh, outcome, existing or {"id": None, "object_id": oid, "pdf_sha256": ""}, columns, batch)
            return outcome
        if existing is not None:  # the register knows it but its object is gone: restore from a backup
            outcome.result_id = existing["id"]
            outcome.message = ("warehouse.object_missing", {"object": oid})
            return outcome
        files = {PDF: pdf, XML: xml, TEXT: text, EVENTS: event_line(at, who, "load", detail)}
        outcome.result_id = wh.publish(note, files, message=f"load {pdf_path.name}")
    outcome.status, outcome.message = "loaded", ("warehouse.loaded", {"object": oid})
    return outcome


def _scan_sha256(pdf_path: Path) -> str | None:
    """The SHA-256 of the scan a result was made from, as ``tthc ingest`` noted it beside the PDF."""
    try:
        return fieldsfile.load(fieldsfile.path_for(pdf_path)).source_sha256 or None
    except InputFileError:  # loaded from elsewhere, without the ingest's notes: judged by the PDF alone
        return None


def _loaded_from(wh: Warehouse, oid: str, scan: str | None) -> bool:
    return scan is not None and any(
        e["action"] == "load" and e["detail"].get("scan_sha256") == scan for e in wh.repo.events(oid))


def _conflict(wh: Warehouse, outcome: LoadOutcome, existing: dict[str, Any], columns: dict[str, Any], batch: str) -> None:
    at = now()
    detail = {"source": str(outcome.path), "pdf_sha256": columns["pdf_sha256"], "stored_sha256": existing["pdf_sha256"]}
    with wh.repo.transaction():
        wh.repo.add_conflict({"object_id": existing["object_id"], "result_id": existing["id"], "source_path": str(outcome.path),
                              "pdf_sha256": columns["pdf_sha256"], "detected_at": at, "batch": batch,
                              "detail": "different file for the same number, notation, issuer and date"})
        wh.repo.record_event("conflict", existing["object_id"], detail, wh.actor, at)
    outcome.status = "conflict"
    outcome.message = ("warehouse.conflict", {"object": existing["object_id"]})


def load(wh: Warehouse, paths: list[Path], on_done=None) -> LoadReport:
    started = time.perf_counter()
    report = LoadReport(batch=new_batch())
    for pdf in discover(paths):
        outcome = load_result(wh, pdf, report.batch)
        report.outcomes.append(outcome)
        if on_done:
            on_done(outcome)
    report.seconds = time.perf_counter() - started
    return report

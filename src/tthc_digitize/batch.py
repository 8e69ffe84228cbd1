"""``tthc ingest``: many files into an output folder, resumable and safe to run from cron.

Each input becomes ``NAME.pdf`` (PDF/A-2b), ``NAME.txt`` (its text), ``NAME.words.json`` (word
boxes), ``NAME.fields.json`` (the fields found, for the clerk's review) and, when the agency is known
and the required fields are found, ``NAME.xml`` (the result record). The output folder keeps
``.tthc/ingest.jsonl``, one line per finished file (its SHA-256, the settings that produced it, the
output's SHA-256 and a key of what its metadata came from). A re-run skips inputs whose output is
there and intact, so after a crash or Ctrl-C only the rest is done; when only the metadata inputs
changed (agency, procedure, manifest row) it redoes the metadata from the existing PDF, not the OCR.
A lock stops two runs colliding.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from tthc_digitize import clock, fsio, pipeline
from tthc_digitize.config import OcrSettings
from tthc_digitize.errors import InputFileError, TthcError
from tthc_digitize.extract.reader import extract_file
from tthc_digitize.extract.rules import needs_review
from tthc_digitize.ingest.sources import Source, discover, sha256_file, sniff
from tthc_digitize.metadata import fieldsfile
from tthc_digitize.metadata.build import Conversion, incomplete, record_from
from tthc_digitize.metadata.manifest import Matched, apply_given, match_rows, read_manifest
from tthc_digitize.metadata.values import given_value
from tthc_digitize.metadata.xml import to_xml
from tthc_digitize.outfolder import STATE_DIR, locked
from tthc_digitize.pipeline import Events, FileJob, FileOutcome
from tthc_digitize.report import Report
from tthc_digitize.review.log import replay, result_id

MANIFEST = "ingest.jsonl"


def settings_key(settings: OcrSettings) -> str:
    """What the PDF depends on; a change redoes the OCR."""
    return hashlib.sha256(json.dumps(settings.cache_key(), sort_keys=True).encode()).hexdigest()[:16]


@dataclass
class BatchMetadata:
    """What the clerk gives for the metadata: the digitising agency, batch-wide values from flags
    (``--procedure``) and per-file rows from ``--manifest``."""
    agency: str = ""
    agency_code: str = ""
    procedure: str = ""
    manifest: Path | None = None
    rows: Matched = field(default_factory=Matched)

    def given(self, path: Path) -> dict[str, str]:
        row = self.rows.by_input.get(path)
        return row.values if row else {}

    def batch_values(self) -> dict[str, str]:
        return {"procedure_code": self.procedure} if self.procedure else {}

    def key(self, path: Path) -> str:
        """What the metadata of one file depends on besides its PDF; a change redoes only the metadata."""
        key = [self.agency, self.agency_code, self.batch_values(), self.given(path), fieldsfile.VERSION]
        return hashlib.sha256(json.dumps(key, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:16]


class Manifest:
    def __init__(self, folder: Path) -> None:
        self.path = folder / STATE_DIR / MANIFEST
        self.entries: dict[tuple[str, str], dict] = {}
        if self.path.exists():
            for line in self.path.read_text(encoding="utf-8").splitlines():
                try:
                    entry = json.loads(line)
                    self.entries[(entry["sha256"], entry["settings"])] = entry
                except (ValueError, KeyError):
                    continue  # a line torn by a crash mid-write; that file is simply redone

    def finished(self, sha256: str, key: str, folder: Path) -> dict | None:
        entry = self.entries.get((sha256, key))
        if entry is None:
            return None
        output = folder / entry["output"]
        if not output.is_file() or sha256_file(output) != entry["output_sha256"]:
            return None
        return entry

    def record(self, entry: dict) -> None:
        with self.path.open("a", encoding="utf-8") as fh:
            fh.write(json.dumps(entry, ensure_ascii=False) + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        self.entries[(entry["sha256"], entry["settings"])] = entry


def _clean_leftovers(folder: Path) -> None:
    """Temporary files of a run that was killed: never finished outputs, safe to remove."""
    for leftover in folder.rglob(f"*{fsio.TMP_SUFFIX}"):
        leftover.unlink(missing_ok=True)
    work = folder / STATE_DIR / "work"
    if work.exists():
        shutil.rmtree(work, ignore_errors=True)


def batch_metadata(agency: str, agency_code: str = "", procedure: str | None = None, manifest: Path | None = None) -> BatchMetadata:
    """The clerk's batch values, checked against the schema before any work (UsageError)."""
    given_value("procedure_code", procedure or "")
    given_value("conversion_agency_code", agency_code)
    if manifest is not None:
        read_manifest(manifest)  # a bad manifest stops the batch here, before any OCR
    return BatchMetadata(agency, agency_code, procedure or "", manifest)


def _output_names(files: list[tuple[Path, Path]]) -> list[Path]:
    """``scan.tif`` -> ``scan.pdf``; two inputs that would share a name keep their suffix."""
    names: list[Path] = []
    stems = [rel.with_suffix("") for _, rel in files]
    for (_, rel), stem in zip(files, stems):
        names.append(rel.with_name(rel.name + ".pdf") if stems.count(stem) > 1 else stem.with_suffix(".pdf"))
    return names


def _plan(
    paths: list[Path], out_dir: Path, manifest: Manifest, key: str, meta: BatchMetadata
) -> tuple[list[FileJob], list[FileOutcome], list[tuple[FileOutcome, dict]]]:
    """The files that need OCR; the outcomes already known (unreadable, duplicate, done before, a
    manifest row naming no input); and the files whose PDF stands but whose metadata must be redone."""
    files, problems = discover(paths)
    known = [FileOutcome(path=p).fail_from(e, p) for p, e in problems]
    if meta.manifest is not None:
        meta.rows = match_rows(read_manifest(meta.manifest), files)
        known += [FileOutcome(path=meta.manifest).fail("manifest.no_input", line=r.line, file=r.file) for r in meta.rows.unmatched]
    jobs: list[FileJob] = []
    redo: list[tuple[FileOutcome, dict]] = []
    seen: dict[str, Path] = {}
    for (path, _), name in zip(files, _output_names(files)):
        outcome = FileOutcome(path=path)
        try:
            kind = sniff(path)
            digest = sha256_file(path)
        except InputFileError as exc:
            known.append(outcome.fail_from(exc, path))
            continue
        except Exception as exc:  # unreadable (permissions, a vanished mount): this file's failure
            known.append(outcome.fail_from(exc, path))
            continue
        if digest in seen:
            outcome.status = "skipped"
            outcome.warnings.append(("input.duplicate", {"other": str(seen[digest])}))
            known.append(outcome)
            continue
        seen[digest] = path
        done = manifest.finished(digest, key, out_dir)
        if done is not None:
            outcome.output = out_dir / done["output"]
            if done.get("meta") != meta.key(path):
                outcome.source = Source(path, kind, done["pages"], digest)
                redo.append((outcome, done))
                continue
            outcome.status = "skipped"
            outcome.warnings.append(("report.already_done", {"output": done["output"]}))
            known.append(outcome)
            continue
        output = out_dir / name
        jobs.append(FileJob(path, output, output.with_suffix(".txt"), digest, output.with_suffix(".words.json")))
    return jobs, known, redo


def _fields(outcome: FileOutcome, meta: BatchMetadata) -> dict:
    """What extraction finds on the page, with the clerk's manifest and batch values over it."""
    extracted, _ = extract_file(outcome.output)
    return apply_given(extracted, meta.given(outcome.path), meta.batch_values())


def _metadata(outcome: FileOutcome, conversion: Conversion, meta: BatchMetadata, out_dir: Path,
              fields: dict | None = None) -> None:
    """Extract the fields, let the clerk's values override them, flag what a clerk should check,
    keep it all in ``NAME.fields.json`` and write the XML record beside the PDF."""
    fields = fields if fields is not None else _fields(outcome, meta)
    review = needs_review(fields)
    data = fieldsfile.FieldsFile(outcome.source.sha256, conversion, fields, review)
    fsio.write_atomically(fieldsfile.path_for(outcome.output), fieldsfile.dumps(data))
    current, review = replay(out_dir, result_id(out_dir, outcome.output), data)  # a clerk's corrections stay
    outcome.needs_review = review
    if review:
        outcome.warnings.append(("meta.review", {"fields": ", ".join(review)}))
    if not conversion.agency:
        outcome.warnings.append(("meta.no_agency", {}))
        return
    values = {name: f.value for name, f in current.items()}
    gap = incomplete(values)
    if gap:
        outcome.warnings.append(gap)
        return
    xml_path = outcome.output.with_suffix(".xml")
    fsio.write_atomically(xml_path, to_xml(record_from(values, conversion)))
    outcome.metadata = xml_path


def ingest(
    paths: list[Path], out_dir: Path, settings: OcrSettings, events: Events | None = None, agency: str = "",
    meta: BatchMetadata | None = None,
    on_finished: Callable[[FileOutcome], None] | None = None,
    finalise: Callable[[Path, dict], None] | None = None,
    remote: pipeline.Remote | None = None,
) -> Report:
    """``on_finished`` sees every file whose output is there (new, or done by an earlier run): ``--load``.
    ``finalise(pdf, fields)``, when given, turns each new PDF/A into its final form in place before it
    is hashed and recorded (``tthc ingest --sign``: the mark, the QR code, the signature).
    ``remote``: the OCR of each file runs on queue workers (``tthc ingest --queue``)."""
    started = time.perf_counter()
    events = events or Events()
    meta = meta or BatchMetadata(agency=agency)
    out_dir.mkdir(parents=True, exist_ok=True)
    with locked(out_dir):
        _clean_leftovers(out_dir)
        manifest = Manifest(out_dir)
        key = settings_key(settings) + ("-signed" if finalise else "")
        jobs, known, redo = _plan(paths, out_dir, manifest, key, meta)
        report = Report(outcomes=known)
        for outcome in known:
            if on_finished and outcome.output is not None:
                on_finished(outcome)
            events.file_done(outcome)

        def finish(outcome: FileOutcome, output_sha256: str, pages: int, dpi: int | None, converted: datetime,
                   fields: dict | None = None) -> None:
            conversion = Conversion(outcome.output.name, output_sha256, pages, dpi, converted, meta.agency, meta.agency_code)
            try:
                _metadata(outcome, conversion, meta, out_dir, fields)
            except TthcError as exc:  # the PDF stands; the record waits for a clerk
                outcome.warnings.append((exc.key, exc.params))
            outcome.status = pipeline.status_for(outcome.warnings)
            manifest.record(
                {
                    "sha256": outcome.source.sha256,
                    "settings": key,
                    "meta": meta.key(outcome.path),
                    "source": str(outcome.path),
                    "output": str(outcome.output.relative_to(out_dir)),
                    "output_sha256": output_sha256,
                    "metadata": outcome.metadata.name if outcome.metadata else None,
                    "needs_review": outcome.needs_review,
                    "pages": pages,
                    "dpi": dpi,
                    "finished": converted.isoformat(timespec="seconds"),
                }
            )

        for outcome, done in redo:  # the PDF is there and intact: only its metadata inputs changed
            outcome.warnings.append(("meta.redone", {}))
            finish(outcome, done["output_sha256"], done["pages"], done.get("dpi"), datetime.fromisoformat(done["finished"]))
            report.outcomes.append(outcome)  # not an event: the progress bars count OCR work
            if on_finished:
                on_finished(outcome)

        def file_done(outcome: FileOutcome) -> None:
            try:
                _file_done(outcome)
            except Exception as exc:  # a bug or a full disk on one file must not take the batch down
                outcome.fail_from(exc, outcome.output or outcome.path)
                events.file_done(outcome)

        def _file_done(outcome: FileOutcome) -> None:
            if outcome.status in ("done", "warned"):
                fields = None
                if finalise is not None:
                    fields = _fields(outcome, meta)  # before the mark adds text to the page
                    try:
                        finalise(outcome.output, fields)
                    except TthcError as exc:  # unsigned, so not finished: a re-run tries it again
                        outcome.output.unlink(missing_ok=True)
                        outcome.fail_from(exc, outcome.output)
                        events.file_done(outcome)
                        return
                dpis = [p.dpi for p in outcome.pages if p.dpi]
                converted = clock.now()
                finish(outcome, sha256_file(outcome.output), len(outcome.pages), min(dpis) if dpis else None, converted,
                       fields)
                if on_finished:
                    on_finished(outcome)
            events.file_done(outcome)

        work = out_dir / STATE_DIR / "work"
        work.mkdir(parents=True, exist_ok=True)
        run_events = Events(started=events.started, page_done=events.page_done, file_done=file_done)
        report.outcomes.extend(pipeline.run(jobs, settings, run_events, workroot=work, remote=remote))
        shutil.rmtree(work, ignore_errors=True)
    report.seconds = time.perf_counter() - started
    return report

"""``tthc ingest``: many files into an output folder, resumable and safe to run from cron.

Each input becomes ``NAME.pdf`` (PDF/A-2b), ``NAME.txt`` (its text) and, when the agency is known and
the required fields are found, ``NAME.xml`` (the result record). The output folder keeps
``.tthc/ingest.jsonl``, one line per finished file (its SHA-256, the settings that produced it and
the output's SHA-256). A re-run skips inputs whose output is there
and intact, so after a crash or Ctrl-C only the rest is done. A lock stops two runs colliding.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import shutil
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from tthc_digitize import pipeline
from tthc_digitize.config import OcrSettings
from tthc_digitize.errors import InputFileError, LockedError, TthcError
from tthc_digitize.extract.reader import extract_file
from tthc_digitize.ingest.sources import discover, sha256_file, sniff
from tthc_digitize.metadata.build import missing, record_from
from tthc_digitize.metadata.xml import to_xml
from tthc_digitize.pipeline import Events, FileJob, FileOutcome
from tthc_digitize.report import Report

STATE_DIR = ".tthc"
MANIFEST = "ingest.jsonl"


@contextmanager
def locked(folder: Path) -> Iterator[None]:
    state = folder / STATE_DIR
    state.mkdir(parents=True, exist_ok=True)
    lock_path = state / "lock"
    with lock_path.open("a") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise LockedError("error.locked", path=str(folder), lock=str(lock_path)) from None
        yield


def settings_key(settings: OcrSettings, agency: str = "") -> str:
    """What the outputs depend on; the agency goes into each XML record, so it counts too."""
    key = {**settings.cache_key(), "agency": agency}
    return hashlib.sha256(json.dumps(key, sort_keys=True).encode()).hexdigest()[:16]


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
    for leftover in folder.rglob(f"*{pipeline.TMP_SUFFIX}"):
        leftover.unlink(missing_ok=True)
    work = folder / STATE_DIR / "work"
    if work.exists():
        shutil.rmtree(work, ignore_errors=True)


def _output_names(files: list[tuple[Path, Path]]) -> list[Path]:
    """``scan.tif`` -> ``scan.pdf``; two inputs that would share a name keep their suffix."""
    names: list[Path] = []
    stems = [rel.with_suffix("") for _, rel in files]
    for (_, rel), stem in zip(files, stems):
        names.append(rel.with_name(rel.name + ".pdf") if stems.count(stem) > 1 else stem.with_suffix(".pdf"))
    return names


def _plan(paths: list[Path], out_dir: Path, manifest: Manifest, key: str) -> tuple[list[FileJob], list[FileOutcome]]:
    """The files that need work, and the outcomes already known: unreadable, duplicate, done before."""
    files, problems = discover(paths)
    known = [FileOutcome(path=p).fail(e.key, **e.params) for p, e in problems]
    jobs: list[FileJob] = []
    seen: dict[str, Path] = {}
    for (path, _), name in zip(files, _output_names(files)):
        outcome = FileOutcome(path=path)
        try:
            sniff(path)
            digest = sha256_file(path)
        except InputFileError as exc:
            known.append(outcome.fail(exc.key, **exc.params))
            continue
        if digest in seen:
            outcome.status = "skipped"
            outcome.warnings.append(("input.duplicate", {"other": str(seen[digest])}))
            known.append(outcome)
            continue
        seen[digest] = path
        done = manifest.finished(digest, key, out_dir)
        if done is not None:
            outcome.status, outcome.output = "skipped", out_dir / done["output"]
            outcome.warnings.append(("report.already_done", {"output": done["output"]}))
            known.append(outcome)
            continue
        output = out_dir / name
        jobs.append(FileJob(path, output, output.with_suffix(".txt"), digest, output.with_suffix(".words.json")))
    return jobs, known


def _metadata(outcome: FileOutcome, sha256: str, agency: str, extracted=None) -> None:
    """Extract the fields, flag what a clerk should check, and write the XML record beside the PDF."""
    fields, review = extracted or extract_file(outcome.output)
    outcome.needs_review = review
    if review:
        outcome.warnings.append(("meta.review", {"fields": ", ".join(review)}))
    if not agency:
        outcome.warnings.append(("meta.no_agency", {}))
        return
    if missing(fields):
        outcome.warnings.append(("meta.incomplete", {"fields": ", ".join(missing(fields))}))
        return
    dpis = [p.dpi for p in outcome.pages if p.dpi]
    record = record_from(
        fields, file_name=outcome.output.name, sha256=sha256, pages=len(outcome.pages),
        dpi=min(dpis) if dpis else None, converted=datetime.now(pipeline.VN_TZ).replace(microsecond=0), agency=agency,
    )
    xml_path = outcome.output.with_suffix(".xml")
    pipeline.write_atomically(xml_path, to_xml(record))
    outcome.metadata = xml_path


def ingest(
    paths: list[Path], out_dir: Path, settings: OcrSettings, events: Events | None = None, agency: str = "",
    finish: Callable[[Path, dict], None] | None = None,
) -> Report:
    """``finish(pdf, fields)``, when given, turns each finished PDF/A into its final form in place
    before it is hashed and recorded (``tthc ingest --sign``: the mark, the QR code, the signature)."""
    started = time.perf_counter()
    events = events or Events()
    out_dir.mkdir(parents=True, exist_ok=True)
    with locked(out_dir):
        _clean_leftovers(out_dir)
        manifest = Manifest(out_dir)
        key = settings_key(settings, agency) + ("-signed" if finish else "")
        jobs, known = _plan(paths, out_dir, manifest, key)
        report = Report(outcomes=known)
        for outcome in known:
            events.file_done(outcome)

        def file_done(outcome: FileOutcome) -> None:
            if outcome.status in ("done", "warned"):
                extracted = None
                if finish is not None:
                    extracted = extract_file(outcome.output)  # before the mark adds text to the page
                    try:
                        finish(outcome.output, extracted[0])
                    except TthcError as exc:  # unsigned, so not finished: a re-run tries it again
                        outcome.output.unlink(missing_ok=True)
                        outcome.fail(exc.key, **exc.params)
                        events.file_done(outcome)
                        return
                output_sha256 = sha256_file(outcome.output)
                try:
                    _metadata(outcome, output_sha256, agency, extracted)
                except TthcError as exc:  # the PDF stands; the record waits for a clerk
                    outcome.warnings.append((exc.key, exc.params))
                outcome.status = pipeline.status_for(outcome.warnings)
                manifest.record(
                    {
                        "sha256": outcome.source.sha256,
                        "settings": key,
                        "source": str(outcome.path),
                        "output": str(outcome.output.relative_to(out_dir)),
                        "output_sha256": output_sha256,
                        "metadata": outcome.metadata.name if outcome.metadata else None,
                        "needs_review": outcome.needs_review,
                        "pages": len(outcome.pages),
                        "finished": datetime.now(pipeline.VN_TZ).isoformat(timespec="seconds"),
                    }
                )
            events.file_done(outcome)

        work = out_dir / STATE_DIR / "work"
        work.mkdir(parents=True, exist_ok=True)
        run_events = Events(started=events.started, page_done=events.page_done, file_done=file_done)
        report.outcomes.extend(pipeline.run(jobs, settings, run_events, workroot=work))
        shutil.rmtree(work, ignore_errors=True)
    report.seconds = time.perf_counter() - started
    return report

"""Runs files through OCR with pages in parallel worker processes.

Pages of all files share one bounded queue, so two cores stay busy across many one-page files; a
file is assembled, checked and moved into place as soon as its last page is back. Outputs appear
atomically (temporary name, then rename): a crash leaves either a finished file or none.
"""

from __future__ import annotations

import multiprocessing
import os
import shutil
import signal
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

from tthc_digitize.config import OcrSettings
from tthc_digitize.errors import InputFileError, OutputError, TthcError
from tthc_digitize.ingest.sources import Source, open_source
from tthc_digitize.ocr.assemble import DocumentInfo, assemble
from tthc_digitize.ocr.page import PageFailure, PageResult, PageTask, process_page
from tthc_digitize.pdfa.check import check_pdfa2b, format_violations

TMP_SUFFIX = ".tthc-tmp"
VN_TZ = timezone(timedelta(hours=7), "ICT")  # the decrees time-stamp in Vietnam time, +07:00


@dataclass
class FileJob:
    path: Path
    output: Path
    sidecar: Path | None = None
    sha256: str | None = None  # when the caller has hashed the input already


@dataclass
class FileOutcome:
    path: Path
    output: Path | None = None
    status: str = "done"  # done, warned, skipped, failed
    source: Source | None = None
    pages: list[PageResult] = field(default_factory=list)
    error: tuple[str, dict] | None = None
    warnings: list[tuple[str, dict]] = field(default_factory=list)
    seconds: float = 0.0

    def fail(self, key: str, /, **params: object) -> FileOutcome:
        self.status, self.error = "failed", (key, params)
        return self


@dataclass
class Events:
    """Progress callbacks for a front end; all optional."""

    started: Callable[[int, int], None] = lambda files, pages: None
    page_done: Callable[[FileJob, PageResult], None] = lambda job, page: None
    file_done: Callable[[FileOutcome], None] = lambda outcome: None


def _worker_init() -> None:
    # Ctrl-C is the main process's to handle; workers just stop when their queue goes away.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    os.environ["OMP_THREAD_LIMIT"] = "1"


def make_pool(jobs: int) -> ProcessPoolExecutor:
    # forkserver: workers start from a clean, pre-imported process, not a fork of a process with
    # a progress-bar thread running
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["tthc_digitize.ocr.page"])
    return ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_worker_init)


def _warm_up() -> None:
    """Submitted first, so workers start while the main process is still checking the inputs."""


def run(
    jobs: list[FileJob],
    settings: OcrSettings,
    events: Events | None = None,
    workroot: Path | None = None,
) -> list[FileOutcome]:
    """OCR every job; returns one outcome per job, in order. Never raises for a bad input file."""
    events = events or Events()
    pool = make_pool(settings.effective_jobs())
    try:
        for _ in range(settings.effective_jobs()):
            pool.submit(_warm_up)
        outcomes = _run(jobs, settings, events, workroot, pool)
    except BaseException:  # Ctrl-C included: drop queued pages, don't wait for running ones
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown()
    return outcomes


def _run(jobs, settings, events, workroot, pool) -> list[FileOutcome]:
    outcomes: list[FileOutcome] = []
    pending: list[int] = []
    for i, job in enumerate(jobs):
        outcome = FileOutcome(path=job.path)
        outcomes.append(outcome)
        try:
            outcome.source = open_source(job.path, job.sha256)
        except InputFileError as exc:
            outcome.fail(exc.key, **exc.params)
            continue
        if job.output.resolve() == job.path.resolve():
            outcome.fail("output.same_as_input", path=str(job.output))
            continue
        if outcome.source.encrypted_empty_password:
            outcome.warnings.append(("warn.encrypted_open", {}))
        pending.append(i)
    total_pages = sum(outcomes[i].source.pages for i in pending)
    events.started(len(pending), total_pages)
    for i, outcome in enumerate(outcomes):
        if i not in pending:
            events.file_done(outcome)
    if not pending:
        return outcomes

    workdir = Path(tempfile.mkdtemp(prefix="tthc-work-", dir=workroot))
    try:
        _run_pages(jobs, outcomes, pending, settings, events, workdir, pool)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return outcomes


def _run_pages(jobs, outcomes, pending, settings, events, workdir, pool) -> None:
    tasks = [
        (i, PageTask(str(jobs[i].path), outcomes[i].source.kind, index, str(workdir / str(i)), settings))
        for i in pending
        for index in range(outcomes[i].source.pages)
    ]
    for i in pending:
        (workdir / str(i)).mkdir()
    results: dict[int, dict[int, PageResult | PageFailure]] = {i: {} for i in pending}
    started: dict[int, float] = {}
    queue = iter(tasks)
    jobs_n = settings.effective_jobs()
    in_flight: dict[Future, tuple[int, PageTask]] = {}
    while True:
        while len(in_flight) < 2 * jobs_n:
            item = next(queue, None)
            if item is None:
                break
            i, task = item
            started.setdefault(i, time.perf_counter())
            in_flight[pool.submit(process_page, task)] = item
        if not in_flight:
            break
        done, _ = wait(in_flight, return_when=FIRST_COMPLETED)
        for future in done:
            i, task = in_flight.pop(future)
            try:
                page = future.result()
            except PageFailure as exc:
                page = exc
            except Exception as exc:  # a worker crash must not take the batch down
                page = PageFailure("error.internal", detail=f"{type(exc).__name__}: {exc}")
            results[i][task.index] = page
            if isinstance(page, PageResult):
                events.page_done(jobs[i], page)
            if len(results[i]) == outcomes[i].source.pages:
                _finish(jobs[i], outcomes[i], results.pop(i))
                outcomes[i].seconds = time.perf_counter() - started[i]
                events.file_done(outcomes[i])


def _finish(job: FileJob, outcome: FileOutcome, pages: dict[int, PageResult | PageFailure]) -> None:
    ordered = [pages[k] for k in sorted(pages)]
    failure = next((p for p in ordered if isinstance(p, PageFailure)), None)
    if failure is not None:
        outcome.fail(failure.key, **failure.params)
        return
    outcome.pages = ordered
    rejected = next((p.error for p in ordered if p.error), None)
    if rejected:
        outcome.fail(rejected[0], **rejected[1])
        return
    for page in ordered:
        outcome.warnings.extend(page.warnings)
    try:
        write_outputs(job, ordered)
    except TthcError as exc:
        outcome.fail(exc.key, **exc.params)
        return
    outcome.output = job.output
    outcome.status = "warned" if any(k != "warn.text_kept" for k, _ in outcome.warnings) else "done"


def _tmp(path: Path) -> Path:
    return path.with_name(f".{path.name}{TMP_SUFFIX}")


def write_outputs(job: FileJob, pages: list[PageResult]) -> None:
    """Assemble, check, then move the PDF (and sidecar) into place; nothing is left on failure.

    ``qpdf --check`` is left to the tests: it decodes every image and would cost as much as
    OCR'ing a page for every few pages written."""
    pdf_tmp = _tmp(job.output)
    txt_tmp = _tmp(job.sidecar) if job.sidecar else None
    try:
        job.output.parent.mkdir(parents=True, exist_ok=True)
        info = DocumentInfo(title=job.path.stem, created=datetime.now(VN_TZ).replace(microsecond=0))
        assemble(pages, job.path, pdf_tmp, info)
        violations = check_pdfa2b(pdf_tmp)
        if violations:
            detail = format_violations(violations[:3]).replace("\n", "; ")
            if any(p.action == "text_kept" for p in pages):
                raise InputFileError("input.pdfa_impossible", detail=detail)
            raise OutputError("output.pdfa_failed", detail=detail)
        if job.sidecar and txt_tmp:
            job.sidecar.parent.mkdir(parents=True, exist_ok=True)
            txt_tmp.write_text("\f".join(p.text for p in pages) + "\n", encoding="utf-8")
            _durable_replace(txt_tmp, job.sidecar)
        _durable_replace(pdf_tmp, job.output)
    except OSError as exc:
        raise OutputError("output.write_failed", path=str(job.output), detail=str(exc)) from None
    finally:
        for leftover in (pdf_tmp, txt_tmp):
            if leftover is not None:
                leftover.unlink(missing_ok=True)


def _durable_replace(tmp: Path, final: Path) -> None:
    with tmp.open("rb") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, final)
    dir_fd = os.open(final.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)

"""Runs files through OCR with pages in parallel worker processes.

Pages of all files share one bounded queue, so two cores stay busy across many one-page files; a
file is assembled, checked and moved into place as soon as its last page is back. Outputs appear
atomically (temporary name, then rename): a crash leaves either a finished file or none.
"""

from __future__ import annotations

import dataclasses
import json
import multiprocessing
import os
import shutil
import signal
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, CancelledError, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

from tthc_digitize import clock
from tthc_digitize._exec import lifeline
from tthc_digitize.config import OcrSettings
from tthc_digitize.errors import ExitCode, InputFileError, KeptTextNotPdfa, OutputError, TthcError, fault_from
from tthc_digitize.fsio import durable_replace, tmp_name, write_atomically
from tthc_digitize.i18n import Message
from tthc_digitize.ingest.sources import Source, open_source
from tthc_digitize.ocr.assemble import DocumentInfo, assemble
from tthc_digitize.ocr.page import PageBug, PageFailure, PageResult, PageTask, process_page
from tthc_digitize.pdfa.check import check_pdfa2b, format_violations

@dataclass
class FileJob:
    path: Path
    output: Path
    sidecar: Path | None = None
    sha256: str | None = None  # when the caller has hashed the input already
    words: Path | None = None  # word boxes with OCR confidences, JSON (see write_words)


@dataclass
class FileOutcome:
    path: Path
    output: Path | None = None
    status: str = "done"  # done, warned, skipped, failed
    source: Source | None = None
    pages: list[PageResult] = field(default_factory=list)
    error: Message | None = None
    exit_code: ExitCode | None = None  # of a failure: what its exception class carries
    warnings: list[Message | tuple[str, dict]] = field(default_factory=list)
    seconds: float = 0.0
    metadata: Path | None = None  # the XML record written beside the PDF
    needs_review: list[str] = field(default_factory=list)
    loaded: bool | None = None  # --load: into the warehouse or not; None when not asked
    load_reason: Message | tuple[str, dict] | None = None  # why not loaded

    def fail(self, key: str, /, **params: object) -> FileOutcome:
        """The file is refused for the reason ``key`` names (an input error)."""
        self.status, self.error, self.exit_code = "failed", Message(key, params), ExitCode.input_error
        return self

    def fail_from(self, exc: BaseException, path: Path) -> FileOutcome:
        """The file failed with ``exc``: its message, and the exit code its class carries."""
        failure = file_failure(exc, path)
        self.status, self.error, self.exit_code = "failed", failure.message, failure.exit_code
        return self


@dataclass
class Events:
    """Progress callbacks for a front end; all optional."""

    started: Callable[[int, int], None] = lambda files, pages: None
    page_done: Callable[[FileJob, PageResult], None] = lambda job, page: None
    file_done: Callable[[FileOutcome], None] = lambda outcome: None


# (jobs, outcomes, indexes of the files to OCR, settings, events): fills in those outcomes
Remote = Callable[[list[FileJob], list[FileOutcome], list[int], OcrSettings, Events], None]


def _worker_init(main_pid: int) -> None:
    # Ctrl-C is the main process's to handle; workers just stop when their queue goes away.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    os.environ["OMP_THREAD_LIMIT"] = "1"
    # a kill -9 of the main process runs no shutdown: without these the workers wait forever
    lifeline.die_with_parent()
    lifeline.watch(main_pid)


def _warm_up() -> None:
    """Submitted first, so workers start while the main process is still checking the inputs."""


def _process(task: PageTask) -> PageResult:
    # Fault injection for tests (as OCRmyPDF's test plugins do): die like a segfaulting library.
    if os.environ.get("TTHC_FAULT_CRASH") == f"{Path(task.source).name}:{task.number}":
        os._exit(70)
    return process_page(task)


class Workers:
    """A process pool that can be replaced when a worker dies (a library crashing on a bad page
    breaks the whole pool); ``generation`` tells futures of the old pool from the new one's."""

    def __init__(self, jobs: int) -> None:
        self.jobs = jobs
        self.generation = 0
        self.pool = self._start()

    def _start(self) -> ProcessPoolExecutor:
        # forkserver: workers start from a clean, pre-imported process, not a fork of a process
        # with a progress-bar thread running
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["tthc_digitize._exec.lifeline", "tthc_digitize.ocr.page"])
        lifeline.arm_forkserver()
        pool = ProcessPoolExecutor(max_workers=self.jobs, mp_context=ctx, initializer=_worker_init,
                                   initargs=(os.getpid(),))
        for _ in range(self.jobs):
            pool.submit(_warm_up)
        return pool

    def submit(self, task: PageTask) -> Future:
        try:
            future = self.pool.submit(_process, task)
        except BrokenProcessPool:  # broke before its failed futures were looked at
            self._restart()
            future = self.pool.submit(_process, task)
        future.generation = self.generation
        return future

    def restart_after(self, future: Future) -> None:
        if future.generation == self.generation:
            self._restart()

    def _restart(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)
        self.pool = self._start()
        self.generation += 1

    def shutdown(self, wait: bool = True) -> None:
        self.pool.shutdown(wait=wait, cancel_futures=not wait)


def run(
    jobs: list[FileJob],
    settings: OcrSettings,
    events: Events | None = None,
    workroot: Path | None = None,
    remote: Remote | None = None,
    pool: Workers | None = None,
) -> list[FileOutcome]:
    """OCR every job; returns one outcome per job, in order. Never raises for a bad input file.
    ``remote``: the files go to other machines' workers instead of this machine's pool. ``pool``: a
    pool the caller keeps between runs (a queue worker, file after file); left running."""
    events = events or Events()
    own = pool is None and remote is None
    workers = Workers(settings.effective_jobs()) if own else pool  # starts while inputs are checked
    try:
        outcomes, pending = _open_sources(jobs, settings, events)
        if pending and remote is not None:
            remote(jobs, outcomes, pending, settings, events)
        elif pending:
            workdir = Path(tempfile.mkdtemp(prefix="tthc-work-", dir=workroot))
            try:
                _run_pages(jobs, outcomes, pending, settings, events, workdir, workers)
            finally:
                shutil.rmtree(workdir, ignore_errors=True)
    except BaseException:  # Ctrl-C included: drop queued pages, don't wait for running ones
        if own:
            workers.shutdown(wait=False)
        raise
    if own:
        workers.shutdown()
    return outcomes


def _open_sources(jobs: list[FileJob], settings: OcrSettings, events: Events) -> tuple[list[FileOutcome], list[int]]:
    """Each input checked and its pages counted (the progress bar's total) before any OCR."""
    outcomes: list[FileOutcome] = []
    pending: list[int] = []
    for i, job in enumerate(jobs):
        outcome = FileOutcome(path=job.path)
        outcomes.append(outcome)
        try:
            outcome.source = open_source(job.path, job.sha256, settings)
        except TthcError as exc:
            outcome.fail_from(exc, job.path)
            continue
        except Exception as exc:  # a library tripping on one hostile file: that file's failure, not the batch's
            outcome.fail_from(exc, job.path)
            continue
        if job.output.resolve() == job.path.resolve():
            outcome.fail_from(OutputError("output.same_as_input", path=str(job.output)), job.output)
            continue
        if outcome.source.encrypted_empty_password:
            outcome.warnings.append(("warn.encrypted_open", {}))
        pending.append(i)
    total_pages = sum(outcomes[i].source.pages for i in pending)
    events.started(len(pending), total_pages)
    for i, outcome in enumerate(outcomes):
        if i not in pending:
            events.file_done(outcome)
    return outcomes, pending


def _run_pages(jobs, outcomes, pending, settings, events, workdir, workers: Workers) -> None:
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
    in_flight: dict[Future, tuple[int, PageTask]] = {}
    # Pages that were running when a worker died. Each is retried alone, so the page that really
    # kills the worker is the only one to fail; the others are simply done again.
    suspects: list[tuple[int, PageTask]] = []
    crashed: set[tuple[int, int]] = set()
    while True:
        if suspects:
            if not in_flight:
                item = suspects.pop(0)
                in_flight[workers.submit(item[1])] = item
        else:
            while len(in_flight) < 2 * workers.jobs:
                item = next(queue, None)
                if item is None:
                    break
                started.setdefault(item[0], time.perf_counter())
                in_flight[workers.submit(item[1])] = item
        if not in_flight:
            break
        done, _ = wait(in_flight, return_when=FIRST_COMPLETED)
        for future in done:
            i, task = in_flight.pop(future)
            try:
                page = future.result()
            except PageFailure as exc:
                page = exc
            except (BrokenProcessPool, CancelledError):
                workers.restart_after(future)
                if (i, task.index) not in crashed:
                    crashed.add((i, task.index))
                    suspects.append((i, task))
                    continue
                page = PageFailure("input.page_crashed", page=task.number)
            except Exception as exc:  # a bug on one page must not take the batch down
                page = PageBug("error.internal", detail=f"{type(exc).__name__}: {exc}")
            results[i][task.index] = page
            if isinstance(page, PageResult):
                events.page_done(jobs[i], page)
            if len(results[i]) == outcomes[i].source.pages:
                try:
                    _finish(jobs[i], outcomes[i], results.pop(i), settings, workdir / str(i))
                except Exception as exc:  # a bug or a fault while assembling one file: that file's failure
                    outcomes[i].fail_from(exc, jobs[i].output)
                outcomes[i].seconds = time.perf_counter() - started[i]
                events.file_done(outcomes[i])


def _finish(job: FileJob, outcome: FileOutcome, pages: dict[int, PageResult | PageFailure], settings: OcrSettings,
            workdir: Path) -> None:
    ordered = [pages[k] for k in sorted(pages)]
    failure = next((p for p in ordered if isinstance(p, PageFailure)), None)
    if failure is not None:
        outcome.fail_from(failure, job.path)
        return
    outcome.pages = ordered
    rejected = next((p.error for p in ordered if p.error), None)
    if rejected:
        outcome.fail(rejected[0], **rejected[1])
        return
    try:
        try:
            write_outputs(job, ordered)
        except KeptTextNotPdfa as exc:
            if settings.mode != "auto":
                raise
            ordered = _ocr_kept_pages(job, ordered, exc, settings, workdir)
            try:
                write_outputs(job, ordered)
            except KeptTextNotPdfa as again:
                # the checker names a bad font on the first page it meets: pages sharing it only show now
                ordered = _ocr_kept_pages(job, ordered, again, settings, workdir, every=True)
                write_outputs(job, ordered)
    except TthcError as exc:
        outcome.fail_from(exc, job.output)
        return
    outcome.pages = ordered
    for page in ordered:
        outcome.warnings.extend(page.warnings)
    outcome.output = job.output
    outcome.status = status_for(outcome.warnings)


def _ocr_kept_pages(job: FileJob, pages: list[PageResult], refused: KeptTextNotPdfa, settings: OcrSettings,
                    workdir: Path, every: bool = False) -> list[PageResult]:
    """OCR again from the image the kept pages whose text layer PDF/A-2b refused (all kept pages when
    the checker named none, or ``every``). Rare, so done here rather than queued: the other pages stay
    as they were."""
    redo = set() if every else set(refused.pages)
    redo = redo or {p.number for p in pages if p.action == "text_kept"}
    forced = dataclasses.replace(settings, mode="force")
    done = []
    for page in pages:
        if page.action == "text_kept" and page.number in redo:
            page = process_page(PageTask(str(job.path), "pdf", page.number - 1, str(workdir), forced))
            if page.error:
                raise refused
            page.warn("warn.text_layer_redone")
        done.append(page)
    return done


def file_failure(exc: BaseException, path: Path) -> TthcError:
    """An exception on one file, as that file's one-line failure: ours as it is, a full disk or a
    read-only folder by its name, anything else as ``input.unexpected``."""
    named = fault_from(exc, path)
    if named is not None:
        return named
    return InputFileError("input.unexpected", detail=f"{type(exc).__name__}: {exc}".splitlines()[0][:200])


def status_for(warnings: list[tuple[str, dict]]) -> str:
    """A page kept because it already had text is information, not a warning."""
    return "warned" if any(key != "warn.text_kept" for key, _ in warnings) else "done"


def write_outputs(job: FileJob, pages: list[PageResult]) -> None:
    """Assemble, check, then move the PDF (and its side files) into place; nothing is left on failure.

    ``qpdf --check`` is left to the tests: it decodes every image and would cost as much as
    OCR'ing a page for every few pages written."""
    pdf_tmp = tmp_name(job.output)
    side_files: dict[Path, bytes] = {}
    if job.sidecar:
        side_files[job.sidecar] = ("\f".join(p.text for p in pages) + "\n").encode("utf-8")
    if job.words:
        side_files[job.words] = json.dumps(words_json(pages), ensure_ascii=False).encode("utf-8")
    try:
        job.output.parent.mkdir(parents=True, exist_ok=True)
        info = DocumentInfo(title=job.path.stem, created=clock.now())
        assemble(pages, job.path, pdf_tmp, info)
        violations = check_pdfa2b(pdf_tmp)
        if violations:
            detail = format_violations(violations[:3]).replace("\n", "; ")
            if any(p.action == "text_kept" for p in pages):
                raise KeptTextNotPdfa(sorted({v.page for v in violations if v.page}), detail=detail)
            raise OutputError("output.pdfa_failed", detail=detail)
        for path, data in side_files.items():
            write_atomically(path, data)
        durable_replace(pdf_tmp, job.output)
    except OSError as exc:
        named = fault_from(exc, job.output)
        if named is not None and named.key == "output.disk_full":
            raise named from None
        raise OutputError("output.write_failed", path=str(job.output), detail=str(exc)) from None
    finally:
        pdf_tmp.unlink(missing_ok=True)


def words_json(pages: list[PageResult]) -> dict:
    """Per page: size in points and OCR'd words as [x0, top, x1, bottom, text, confidence 0-100].
    Pages kept with their own text layer have no OCR words; readers take those from the PDF."""
    return {
        "version": 1,
        "pages": [
            {"page": p.number, "width": round(p.page_size[0], 2), "height": round(p.page_size[1], 2),
             "ocr": p.action == "ocr", "words": [list(b) for b in p.boxes]}
            for p in pages
        ],
    }


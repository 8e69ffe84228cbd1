"""What a worker does with one file: the same OCR as a local run, and its outcome left in the output
folder's state, where the coordinator looks for it.

A task is keyed by the input's SHA-256, the options and the output's name: a second delivery of a
task already done (the worker died after writing its outcome, before the acknowledgement) does
nothing, and the outputs are written atomically, so a file redone after a kill exists once."""

from __future__ import annotations

import dataclasses
import os
import pickle
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tthc_digitize import pipeline
from tthc_digitize.config import OcrSettings
from tthc_digitize.fsio import write_atomically
from tthc_digitize.pipeline import FileJob, FileOutcome

MAX_ATTEMPTS = 3  # a file that kills its worker this often fails alone instead of killing every worker
TIME_LIMIT = int(os.environ.get("TTHC_QUEUE_TIME_LIMIT", "3600"))  # seconds per file
worker_jobs = 0  # OCR processes per task, set by ``tthc worker --jobs`` (0: one per core)
_pool: pipeline.Workers | None = None  # kept from file to file: starting one cost ~0.5 s per task


class TimeLimit(Exception):
    pass


def job_message(job: FileJob) -> dict:
    return {k: (str(v) if isinstance(v, Path) else v) for k, v in dataclasses.asdict(job).items()}


def _job(message: dict) -> FileJob:
    return FileJob(**{k: (Path(v) if v is not None and k != "sha256" else v) for k, v in message.items()})


def outcome_path(state: Path, key: str) -> Path:
    return state / f"{key}.outcome"


def done_path(state: Path, key: str) -> Path:
    """Left by the coordinator once it has taken the outcome: the file is finished for good."""
    return state / f"{key}.done"


def read_outcome(path: Path) -> FileOutcome:
    # written by our own workers into the batch's own state folder, never received over the wire
    return pickle.loads(path.read_bytes())


def ocr_file(job: dict, settings: dict, key: str, state: str) -> None:
    state_dir = Path(state)
    done = outcome_path(state_dir, key)
    if done.exists() or done_path(state_dir, key).exists():
        return
    file_job = _job(job)
    attempts = _count_attempt(state_dir / f"{key}.attempts")
    if attempts > MAX_ATTEMPTS:
        outcome = FileOutcome(path=file_job.path).fail("queue.crashed", attempts=attempts - 1)
    else:
        ocr = dataclasses.replace(OcrSettings(**settings), jobs=worker_jobs)
        try:
            with _time_limit(TIME_LIMIT):
                outcome = pipeline.run([file_job], ocr, pool=_worker_pool(ocr))[0]
        except TimeLimit:
            _drop_pool()  # its processes may still be on the file that ran out of time
            outcome = FileOutcome(path=file_job.path).fail("queue.time_limit", seconds=TIME_LIMIT)
        if attempts > 1 and outcome.status != "failed":
            outcome.warnings.append(("queue.redelivered", {"attempts": attempts}))
            outcome.status = pipeline.status_for(outcome.warnings)
    write_atomically(done, pickle.dumps(outcome))


def ping(mark: str | None = None) -> None:
    if mark:
        Path(mark).touch()


def _worker_pool(settings: OcrSettings) -> pipeline.Workers:
    global _pool
    if _pool is None:
        _pool = pipeline.Workers(settings.effective_jobs())
    return _pool


def _drop_pool() -> None:
    global _pool
    if _pool is not None:
        _pool.shutdown(wait=False)
        _pool = None


def _count_attempt(path: Path) -> int:
    """Counted before the work: a delivery that kills the worker still counts."""
    try:
        attempts = int(path.read_text() or 0) + 1
    except (FileNotFoundError, ValueError):
        attempts = 1
    write_atomically(path, str(attempts).encode())
    return attempts


@contextmanager
def _time_limit(seconds: int) -> Iterator[None]:
    # the solo pool runs the task in the worker's main thread, where SIGALRM lands
    def expired(signum, frame):
        raise TimeLimit()

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)

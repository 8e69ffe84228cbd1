"""The coordinator's side: one task per file on the queue, outcomes collected from the output
folder's state, in the shape a local run gives them."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import time
from collections.abc import Callable
from pathlib import Path

from tthc_digitize.config import OcrSettings
from tthc_digitize.errors import OutputError
from tthc_digitize.fsio import tmp_name
from tthc_digitize.i18n import Message, message
from tthc_digitize.pipeline import Events, FileJob, FileOutcome
from tthc_digitize.queued.app import TASK, make_app
from tthc_digitize.queued.tasks import done_path, job_message, outcome_path, read_outcome

POLL = 0.2  # seconds between looks at the state folder


def task_key(job: FileJob, settings: OcrSettings) -> str:
    basis = json.dumps([job.sha256, settings.cache_key(), str(job.output)], sort_keys=True)
    return hashlib.sha256(basis.encode()).hexdigest()[:32]


class QueueRunner:
    """``pipeline.run``'s remote half: sends the files whose sources opened, waits for their outcomes."""

    def __init__(self, broker_url: str, queue: str, state: Path,
                 notice: Callable[[Message], None] = lambda message: None) -> None:
        self.app = make_app(broker_url, queue)
        self.queue = queue
        self.state = state
        self.notice = notice  # for the person waiting

    def __call__(self, jobs: list[FileJob], outcomes: list[FileOutcome], pending: list[int], settings: OcrSettings,
                 events: Events) -> None:
        self.state.mkdir(parents=True, exist_ok=True)
        waiting = {}
        for i in pending:
            key = task_key(jobs[i], settings)
            waiting[key] = i
            self._send(jobs[i], settings, key)
        if not self._consumers():
            self.notice(message("queue.no_worker", queue=self.queue))
        while waiting:
            for key in [k for k in waiting if outcome_path(self.state, k).exists()]:
                i = waiting.pop(key)
                self._take(key, i, jobs, outcomes, events)
            if waiting:
                time.sleep(POLL)

    def _send(self, job: FileJob, settings: OcrSettings, key: str) -> None:
        try:
            self.app.send_task(TASK, args=(job_message(job), _settings_message(settings), key, str(self.state)),
                               queue=self.queue, retry=True,
                               retry_policy={"max_retries": None, "interval_start": 0.5, "interval_step": 1,
                                             "interval_max": 5})
        except Exception as exc:  # the broker refused for good: nothing was sent for this batch
            raise OutputError("queue.send_failed", detail=f"{type(exc).__name__}: {exc}") from exc

    def _consumers(self) -> int:
        with self.app.connection_for_write() as conn:
            return conn.default_channel.queue_declare(self.queue, passive=True).consumer_count

    def _take(self, key: str, i: int, jobs: list[FileJob], outcomes: list[FileOutcome], events: Events) -> None:
        path = outcome_path(self.state, key)
        outcome = read_outcome(path)
        outcome.source = outcome.source or outcomes[i].source
        outcome.warnings = outcomes[i].warnings + [w for w in outcome.warnings if w not in outcomes[i].warnings]
        outcomes[i] = outcome
        for page in outcome.pages:
            events.page_done(jobs[i], page)
        events.file_done(outcome)
        # a late second delivery (a worker that died after its outcome, before its acknowledgement) must
        # find the file done for good: it would otherwise write the unsigned PDF over a signed one
        done_path(self.state, key).touch()
        path.unlink(missing_ok=True)
        (self.state / f"{key}.attempts").unlink(missing_ok=True)
        for output in (jobs[i].output, jobs[i].sidecar, jobs[i].words):  # half-writes of killed workers
            if output is not None:
                tmp_name(output).unlink(missing_ok=True)


def _settings_message(settings: OcrSettings) -> dict:
    return dataclasses.asdict(settings)

"""Queued OCR when something is missing or doubled (issue 15 §4): no worker listening yet, and two
coordinators started together on one batch."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers import BROKER, queue_env
from kombu import Connection

from tthc_digitize.errors import ExitCode
from tthc_digitize.i18n import tr

ROOT = Path(__file__).resolve().parents[2]
SCANS = ROOT / "samples" / "scans"
FILES = [SCANS / "giay-xac-nhan.png", SCANS / "giay-chung-nhan-200dpi.tif"]

pytestmark = pytest.mark.slow


def _coordinator(out: Path, queue_name: str, *extra: str, env: dict | None = None) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "tthc_digitize", *extra, "ingest", *map(str, FILES), "-o", str(out), "--json",
           "--agency", "Trung tâm Phục vụ hành chính công tỉnh", "--queue", BROKER, "--queue-name", queue_name]
    return subprocess.Popen(cmd, env={**(env or queue_env()), "COLUMNS": "300"}, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _waiting(queue_name: str) -> int:
    with Connection(BROKER) as conn:
        return conn.default_channel.queue_declare(queue_name, passive=True).message_count


def _until(condition, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.1)


def _queued(queue_name: str, count: int) -> bool:
    try:
        return _waiting(queue_name) >= count
    except Exception:  # not declared yet: the coordinator is still planning
        return False


def _flat(text: str) -> str:
    return "".join(text.split())  # the console wraps long lines, paths too


@pytest.mark.parametrize("how", ["default", "--lang en", "LANG=en_US.UTF-8"])
def test_no_worker_listening_the_coordinator_says_so_and_finishes_once_one_starts(tmp_path, queue_name, workers, how):
    env = queue_env()
    extra: tuple[str, ...] = ()
    if how == "--lang en":
        extra = ("--lang", "en")
    elif how.startswith("LANG="):
        env = {k: v for k, v in env.items() if k not in ("TTHC_LANG", "LC_ALL", "LC_MESSAGES")}
        env["LANG"] = how.split("=", 1)[1]
    lang = "vi" if how == "default" else "en"
    batch = _coordinator(tmp_path / "out", queue_name, *extra, env=env)
    _until(lambda: _queued(queue_name, len(FILES)))
    time.sleep(1)  # nobody takes them: the coordinator waits, it does not give up
    assert batch.poll() is None
    assert _waiting(queue_name) == len(FILES)
    workers.start()
    stdout, stderr = batch.communicate(timeout=600)
    assert batch.returncode == ExitCode.ok, stderr
    assert _flat(tr("queue.no_worker", lang, queue=queue_name)) in _flat(stderr)
    other = "en" if lang == "vi" else "vi"
    assert _flat(tr("queue.no_worker", other, queue=queue_name)) not in _flat(stderr)
    report = json.loads(stdout)
    assert len(report["files"]) == len(FILES) and all(f["status"] in ("done", "warned") for f in report["files"]), report


def test_a_coordinator_with_a_worker_listening_gives_no_notice(tmp_path, queue_name, workers):
    workers.start()
    time.sleep(5)  # connected and consuming
    stdout, stderr = _coordinator(tmp_path / "out", queue_name).communicate(timeout=600)
    assert _flat(tr("queue.no_worker", "vi", queue=queue_name)) not in _flat(stderr)
    assert {f["status"] for f in json.loads(stdout)["files"]} <= {"done", "warned"}


def test_two_coordinators_on_one_folder_never_do_a_file_twice(tmp_path, queue_name, workers):
    out = tmp_path / "out"
    first, second = _coordinator(out, queue_name), _coordinator(out, queue_name)
    # no worker yet: whichever took the folder waits on the queue, so the other meets it for sure
    _until(lambda: first.poll() is not None or second.poll() is not None)
    loser, winner = (first, second) if first.poll() is not None else (second, first)
    stdout, stderr = loser.communicate(timeout=60)
    assert loser.returncode == ExitCode.locked, stderr
    assert _flat(tr("error.locked", "vi", path=str(out), lock=str(out / ".tthc" / "lock"))) in _flat(stderr)
    assert winner.poll() is None
    _until(lambda: _queued(queue_name, len(FILES)))
    time.sleep(1)
    assert _waiting(queue_name) == len(FILES)  # the loser sent nothing
    workers.start()
    stdout, stderr = winner.communicate(timeout=600)
    assert winner.returncode == ExitCode.ok, stderr
    assert all(f["status"] in ("done", "warned") for f in json.loads(stdout)["files"])
    manifest = [json.loads(line) for line in (out / ".tthc" / "ingest.jsonl").read_text().splitlines()]
    assert sorted(e["output"] for e in manifest) == sorted(f"{p.stem}.pdf" for p in FILES)
    assert sorted(p.suffix for p in (out / ".tthc" / "queue").iterdir()) == [".done"] * len(FILES)
    # the loser again, now the folder is free: everything is found done, nothing is queued again
    stdout, stderr = _coordinator(out, queue_name).communicate(timeout=600)
    assert {f["status"] for f in json.loads(stdout)["files"]} == {"skipped"}, stderr
    assert _waiting(queue_name) == 0


def test_a_worker_holds_one_file_at_a_time_the_next_stays_queued_for_another(tmp_path, queue_name, workers):
    out = tmp_path / "out"
    batch = _coordinator(out, queue_name)
    _until(lambda: _queued(queue_name, len(FILES)))
    workers.start()
    _until(lambda: any((out / ".tthc" / "queue").glob("*.attempts")))  # the worker is on its first file
    # prefetch 1: the second file is still in the queue for any worker, not reserved by this busy one
    # (Celery's concurrency left at the core count made the prefetch 2)
    assert _waiting(queue_name) == len(FILES) - 1
    stdout, stderr = batch.communicate(timeout=600)
    assert batch.returncode == ExitCode.ok, stderr

"""Queued OCR on real RabbitMQ with real Celery workers (issue 15): the same batch through the queue
gives what the local run gives, and a worker killed mid-file loses and doubles nothing."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers import BROKER, queue_env

from tthc_digitize.i18n import tr

ROOT = Path(__file__).resolve().parents[2]
SCANS = ROOT / "samples" / "scans"
AGENCY = ["--agency", "Trung tâm Phục vụ hành chính công tỉnh", "--agency-code", "000.00.00.G12"]

pytestmark = pytest.mark.slow


def _ingest(files: list[Path], out: Path, *extra: str, background: bool = False):
    cmd = [sys.executable, "-m", "tthc_digitize", "ingest", *map(str, files), "-o", str(out), "--json", *AGENCY, *extra]
    if background:
        return subprocess.Popen(cmd, env=queue_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    return subprocess.run(cmd, env=queue_env(), capture_output=True, text=True, timeout=600)


def _fields(out: Path, name: str) -> dict:
    data = json.loads((out / f"{name}.fields.json").read_text(encoding="utf-8"))
    return {k: v.get("value") for k, v in data["fields"].items()}


def test_the_queued_batch_gives_what_the_local_run_gives(tmp_path, queue_name, workers):
    files = [SCANS / "giay-chung-nhan-200dpi.tif", SCANS / "quyet-dinh-2-trang.pdf", SCANS / "giay-xac-nhan.png"]
    workers.start()
    workers.start()
    local = _ingest(files, tmp_path / "local")
    queued = _ingest(files, tmp_path / "queued", "--queue", BROKER, "--queue-name", queue_name)
    assert local.returncode == queued.returncode, queued.stderr
    mine, theirs = json.loads(local.stdout), json.loads(queued.stdout)
    assert [(f["status"], len(f["pages"])) for f in mine["files"]] == [(f["status"], len(f["pages"])) for f in theirs["files"]]
    for path in files:
        name = path.stem
        assert (tmp_path / "queued" / f"{name}.txt").read_text() == (tmp_path / "local" / f"{name}.txt").read_text()
        assert _fields(tmp_path / "queued", name) == _fields(tmp_path / "local", name)
        text = subprocess.run(["pdftotext", str(tmp_path / "queued" / f"{name}.pdf"), "-"], capture_output=True,
                              text=True, check=True).stdout
        assert text.split() == subprocess.run(["pdftotext", str(tmp_path / "local" / f"{name}.pdf"), "-"],
                                              capture_output=True, text=True, check=True).stdout.split()
    # a re-run finds everything done: nothing goes to the queue again
    again = _ingest(files, tmp_path / "queued", "--queue", BROKER, "--queue-name", queue_name)
    assert {f["status"] for f in json.loads(again.stdout)["files"]} == {"skipped"}


def test_a_worker_killed_mid_file_hands_it_to_another_and_the_output_exists_once(tmp_path, queue_name, workers):
    files = [SCANS / "quyet-dinh-2-trang.pdf", SCANS / "giay-chung-nhan-200dpi.tif", SCANS / "giay-xac-nhan.png"]
    out = tmp_path / "out"
    first = workers.start()
    batch = _ingest(files, out, "--queue", BROKER, "--queue-name", queue_name, background=True)
    state = out / ".tthc" / "queue"
    deadline = time.monotonic() + 120
    while not list(state.glob("*.attempts")) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert list(state.glob("*.attempts")), "the worker never started a file"
    workers.kill(first)  # mid-file: the message was not acknowledged
    workers.start()
    stdout, stderr = batch.communicate(timeout=600)
    report = json.loads(stdout)
    assert batch.returncode in (0, 1), stderr
    assert [f["status"] for f in report["files"]] != [] and all(f["status"] != "failed" for f in report["files"])
    redone = [f for f in report["files"] if tr("queue.redelivered", "vi", attempts=2) in f["warnings"]]
    assert len(redone) == 1, report
    manifest = [json.loads(line) for line in (out / ".tthc" / "ingest.jsonl").read_text().splitlines()]
    assert sorted(e["output"] for e in manifest) == sorted(f"{p.stem}.pdf" for p in files)  # each once
    assert not list(out.rglob("*.tthc-tmp"))
    assert sorted(p.suffix for p in state.iterdir()) == [".done"] * len(files)  # finished for good, nothing in flight
    for path in files:
        assert subprocess.run(["qpdf", "--check", str(out / f"{path.stem}.pdf")], capture_output=True).returncode == 0


def _rabbitmqctl(*args: str) -> None:
    subprocess.run(["rabbitmqctl", *args], check=True, capture_output=True, timeout=120)


def test_rabbitmq_restarted_mid_batch_the_batch_still_completes(tmp_path, queue_name, workers):
    if subprocess.run(["which", "rabbitmqctl"], capture_output=True).returncode:
        pytest.skip("rabbitmqctl is not on this machine")
    files = [SCANS / "quyet-dinh-2-trang.pdf", SCANS / "giay-chung-nhan-200dpi.tif", SCANS / "giay-xac-nhan.png"]
    out = tmp_path / "out"
    workers.start()
    batch = _ingest(files, out, "--queue", BROKER, "--queue-name", queue_name, background=True)
    deadline = time.monotonic() + 120
    while not list((out / ".tthc" / "queue").glob("*.attempts")) and time.monotonic() < deadline:
        time.sleep(0.05)
    _rabbitmqctl("stop_app")  # the queue and its persistent messages survive on disk
    try:
        time.sleep(2)
    finally:
        _rabbitmqctl("start_app")
    stdout, stderr = batch.communicate(timeout=600)
    report = json.loads(stdout)
    assert all(f["status"] != "failed" for f in report["files"]), report
    assert len(report["files"]) == len(files)
    manifest = (out / ".tthc" / "ingest.jsonl").read_text().splitlines()
    assert len(manifest) == len(files)
    # the worker that lost its broker mid-file took work again (it once sat idle on a new connection
    # without its consumer), and told its operator so in words, not in Celery's tracebacks
    said = (tmp_path / "worker-0.log").read_text(encoding="utf-8")
    assert tr("queue.broker_lost", "vi") in said and tr("queue.broker_back", "vi") in said
    assert "Traceback" not in said and "DeprecationWarning" not in said

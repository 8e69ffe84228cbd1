"""Loaders killed with SIGKILL (at random instants, and exactly at each step of a write), and two
loads at once: the warehouse stays valid, a re-run completes it, nothing is lost or duplicated.

The loader runs with ``TTHC_WAREHOUSE_DURABLE=0`` (no fsync): fsync guards against power loss, which a
killed process is not: everything it wrote is in the kernel's page cache. The write protocol under
test (staging, intent and pending notes, renames, one transaction) is the same either way.
"""

from __future__ import annotations

import collections
import hashlib
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tthc_digitize.warehouse.audit import audit
from tthc_digitize.warehouse.load import load
from tthc_digitize.warehouse.ocfl import validate_root
from tthc_digitize.warehouse.service import init_warehouse, open_warehouse
from tthc_digitize.warehouse.synthetic import make_results

N = 50
RANDOM_TRIALS = 20
FAST = {"TTHC_WAREHOUSE_DURABLE": "0", "TTHC_WAREHOUSE_LOCK_WAIT": "60"}
# fault points of one new result, in the order they are passed (see service.publish, ocfl.write_version)
POINTS_PER_RESULT = 6

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("inputs")
    make_results(folder, N, seed=11)
    return folder


@pytest.fixture(scope="module")
def pristine(tmp_path_factory):
    return init_warehouse(tmp_path_factory.mktemp("pristine") / "kho", "Sở Tư pháp tỉnh Thử Nghiệm", "000.00.00.H30").root


@pytest.fixture(autouse=True)
def _no_fsync(monkeypatch):
    for key, value in FAST.items():
        monkeypatch.setenv(key, value)


def fresh(pristine: Path, where: Path) -> Path:
    shutil.copytree(pristine, where)
    return where


def loader(home: Path, inputs: Path, **env: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "tthc_digitize", "load", str(inputs), "--home", str(home), "--json"],
        env={**os.environ, **FAST, **env}, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def input_digests(inputs: Path) -> set[str]:
    return {hashlib.sha256(p.read_bytes()).hexdigest() for p in inputs.glob("*.pdf")}


def assert_valid(home: Path) -> int:
    """The state a crash left: audit clean, which includes ocfl-py's validation of the storage root
    and of every object in it. Returns how many results it holds."""
    wh = open_warehouse(home)
    try:
        report = audit(wh)
        assert report.ok, report.to_dict()
        return report.results
    finally:
        wh.close()


def assert_complete(home: Path, inputs: Path) -> dict:
    """After a re-run: every input once, as one object, one row and one load event."""
    wh = open_warehouse(home)
    try:
        rerun = load(wh, [inputs])
        assert {o.status for o in rerun.outcomes} <= {"loaded", "already"}, rerun.to_dict("en")
        rows = wh.repo.find_results()
        assert len(rows) == N
        assert {r["pdf_sha256"] for r in rows} == input_digests(inputs)
        assert sum(1 for _ in wh.store.iter_objects()) == N
        loads = collections.Counter(e["object_id"] for e in wh.repo.events() if e["action"] == "load")
        assert len(loads) == N and set(loads.values()) == {1}
        assert list(wh.home.staging.iterdir()) == []
        report = audit(wh)
        assert report.ok, report.to_dict()
        return {"rerun_loaded": rerun.count("loaded")}
    finally:
        wh.close()


def kill_mid_load(proc: subprocess.Popen, home: Path, at_least: int, jitter: float) -> None:
    """SIGKILL once the register holds ``at_least`` results, ``jitter`` seconds later: a random
    instant inside some later result's write, whatever the machine's speed today."""
    conn = sqlite3.connect(f"file:{home / 'register.sqlite'}?mode=ro", uri=True)
    try:
        while proc.poll() is None and conn.execute("SELECT count(*) FROM results").fetchone()[0] < at_least:
            time.sleep(0.002)
    finally:
        conn.close()
    time.sleep(jitter)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)


def test_sigkill_at_random_instants(pristine, inputs, tmp_path):
    rng = random.Random(2026)
    mid_load = 0
    for trial in range(RANDOM_TRIALS):
        home = fresh(pristine, tmp_path / f"trial{trial}")
        kill_mid_load(loader(home, inputs), home, at_least=rng.randrange(1, N - 5), jitter=rng.uniform(0, 0.06))
        held = assert_valid(home)
        mid_load += 0 < held < N
        assert_complete(home, inputs)
    assert mid_load >= RANDOM_TRIALS * 3 // 4, f"only {mid_load} kills landed mid-load"


@pytest.mark.parametrize("point", [*range(1, POINTS_PER_RESULT + 1), 6 * 23 + 4, 6 * 41 + 5, 6 * 49 + 6])
def test_sigkill_at_each_step_of_a_write(pristine, inputs, tmp_path, point):
    home = fresh(pristine, tmp_path / "kho")
    proc = loader(home, inputs, TTHC_FAULT_AT=str(point))
    assert proc.wait(timeout=300) == -signal.SIGKILL
    assert_valid(home)
    assert_complete(home, inputs)


VERSION_SCRIPT = """
import sys
from pathlib import Path
from tthc_digitize.warehouse.service import open_warehouse
wh = open_warehouse(Path(sys.argv[1]))
wh.add_version(1, {"result.txt": b"corrected text"}, "text_corrected")
"""


@pytest.mark.parametrize("point", range(1, 8))
def test_sigkill_while_adding_a_version(pristine, inputs, tmp_path, point):
    home = fresh(pristine, tmp_path / "kho")
    wh = open_warehouse(home)
    load(wh, [inputs])
    wh.close()
    proc = subprocess.run([sys.executable, "-c", VERSION_SCRIPT, str(home)], env={**os.environ, "TTHC_FAULT_AT": str(point)},
                          capture_output=True, text=True, timeout=120)
    killed = proc.returncode == -signal.SIGKILL
    assert killed or proc.returncode == 0, proc.stderr
    assert validate_root(home / "objects") == []
    wh = open_warehouse(home)
    try:
        with wh.writing():  # the next writer repairs what the killed one left
            pass
        row = wh.result(1)
        head = wh.store.inventory(row["object_id"])["head"]
        assert row["object_version"] == head
        text = Path(row["text_path_abs"]).read_bytes()
        assert (head, text == b"corrected text") in (("v1", False), ("v2", True))
        assert audit(wh).ok
        if not killed:
            assert head == "v2"
    finally:
        wh.close()


def test_two_overlapping_loads_load_every_file_exactly_once(pristine, inputs, tmp_path):
    home = fresh(pristine, tmp_path / "kho")
    first, second = loader(home, inputs), loader(home, inputs)
    reports = []
    for proc in (first, second):
        stdout, stderr = proc.communicate(timeout=300)
        assert proc.returncode == 0, stderr
        reports.append(json.loads(stdout))
    loaded = collections.Counter(f["path"] for r in reports for f in r["files"] if f["status"] == "loaded")
    assert len(loaded) == N and set(loaded.values()) == {1}
    assert sum(r["totals"]["already"] for r in reports) == N
    assert_valid(home)
    assert_complete(home, inputs)

"""A tthc process killed with SIGKILL leaves its temporary files (the OCR pool's forkserver socket
folder pymp-*, certify's OCR work) in its own run folder; the next tthc run removes it (the chaos
harness found them piling up in TMPDIR)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from tthc_digitize import tempdirs

SCAN = Path(__file__).resolve().parents[2] / "samples" / "scans" / "giay-chung-nhan-200dpi.tif"


def _tthc(tmp: Path, *args: str, **kw) -> subprocess.Popen:
    env = {**os.environ, "TMPDIR": str(tmp)}
    return subprocess.Popen([sys.executable, "-m", "tthc_digitize", *args], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True, **kw)


@pytest.mark.slow
def test_a_killed_ingest_leaves_its_run_folder_and_the_next_run_removes_it(tmp_path):
    tmp = Path(tempfile.mkdtemp(prefix="tthc-test-"))  # short: the pool's Unix socket lives below it
    try:
        _killed_then_swept(tmp, tmp_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


@pytest.mark.slow
def test_a_tmpdir_too_deep_for_the_pool_socket_leaves_nothing_either(tmp_path):
    """A Unix socket path holds 107 bytes: the pool's socket then goes to a second run folder in /tmp,
    which a kill leaves behind just the same and the next run sweeps just the same."""
    deep = tmp_path / ("d" * 40) / ("e" * 40)
    deep.mkdir(parents=True)
    proc = _killed_then_swept(deep, tmp_path, socket_in=tempdirs.SHORT_BASE)
    assert not list(tempdirs.SHORT_BASE.glob(f"tthc-run-{proc.pid}-*"))


def _killed_then_swept(tmp: Path, tmp_path: Path, socket_in: Path | None = None) -> subprocess.Popen:
    # multiprocessing makes its own pymp-* folder for the socket unless given one
    sockets, pool = (socket_in, "listener-*") if socket_in else (tmp, "pymp-*")
    proc = _tthc(tmp, "ingest", str(SCAN), "-o", str(tmp_path / "out"), "--jobs", "1", start_new_session=True)
    deadline = time.monotonic() + 60
    while (not list(sockets.glob(f"tthc-run-{proc.pid}-*/{pool}")) and proc.poll() is None
           and time.monotonic() < deadline):
        time.sleep(0.02)
    assert proc.poll() is None, f"the ingest ended before its OCR pool started: {proc.stderr.read()}"
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    left = list(tmp.iterdir())
    assert [p.name.startswith("tthc-run-") for p in left] == [True]  # everything it made is in one folder
    assert list(sockets.glob(f"tthc-run-{proc.pid}-*"))
    done = _tthc(tmp, "ingest", str(SCAN), "-o", str(tmp_path / "out"), "--jobs", "1")
    assert done.wait(timeout=300) == 0, done.stderr.read()
    assert list(tmp.iterdir()) == []  # the dead run's folder swept, its own removed on exit
    return proc


def test_only_folders_of_dead_processes_are_swept(tmp_path):
    me = os.getpid()
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    started = {  # folder: start time written in it
        (mine := tmp_path / f"tthc-run-{me}-abc"): tempdirs._start_time(me),
        (reused := tmp_path / f"tthc-run-{me}-def"): "1",  # this pid, another start: a dead run before the pid came back
        (gone := tmp_path / f"tthc-run-{dead.pid}-abc"): "5",
        (other := tmp_path / "tthc-work-xyz"): "",
    }
    for folder, start in started.items():
        folder.mkdir()
        (folder / tempdirs.STARTED).write_text(start)
    assert sorted(tempdirs.sweep(tmp_path)) == sorted([reused, gone])
    assert mine.is_dir() and other.is_dir()


def test_finding_the_temporary_folder_writes_nothing_there(tmp_path):
    """tempfile.gettempdir() probes its folder with a file of a random name on first use; a run killed
    between its write and its removal left that empty file in TMPDIR (chaos trials, 1 in ~150 kills of
    `tthc review set`). The run folder is made without that probe."""
    code = ("import tempfile\n"
            "def probe(*a, **k): raise AssertionError('probed')\n"
            "tempfile._get_default_tempdir = probe\n"
            "from tthc_digitize import tempdirs\n"
            "print(tempdirs.enter())\n")
    done = subprocess.run([sys.executable, "-c", code], env={**os.environ, "TMPDIR": str(tmp_path)},
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert Path(done.stdout.strip()).parent == tmp_path
    assert list(tmp_path.iterdir()) == []  # the run folder was removed at exit, and nothing else was made


def test_the_run_folder_is_removed_after_multiprocessing_removed_its_own():
    """multiprocessing's folder (pymp-*) sits inside the run folder and is removed by its exit finalizer;
    where multiprocessing was imported first (a pytest worker), the run folder went first and that
    finalizer printed a FileNotFoundError traceback at exit."""
    tmp = Path(tempfile.mkdtemp(prefix="tthc-test-"))  # short enough for the pymp-* folder to go inside
    try:
        _left_after_multiprocessing(tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _left_after_multiprocessing(tmp_path: Path) -> None:
    code = ("import multiprocessing.util\n"
            "from tthc_digitize import tempdirs\n"
            "tempdirs.enter()\n"
            "print(multiprocessing.util.get_temp_dir())\n")
    done = subprocess.run([sys.executable, "-c", code], env={**os.environ, "TMPDIR": str(tmp_path)},
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert Path(done.stdout.strip()).parent.parent == tmp_path
    assert done.stderr == ""
    assert list(tmp_path.iterdir()) == []

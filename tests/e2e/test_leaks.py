"""A `tthc ingest` killed with SIGKILL leaves no process and no temporary folder behind (issue 16, finding 5)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import pytest

from helpers import scan_pdf

pytestmark = pytest.mark.slow


def _processes_of(marker: str) -> list[tuple[int, str]]:
    """Live (not zombie) processes whose environment carries ``marker``: the run's whole tree, however
    it was re-parented after its root died."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if marker.encode() not in (entry / "environ").read_bytes():
                continue
            stat = (entry / "stat").read_text()
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:  # gone meanwhile, or not ours to read
            continue
        if stat.rsplit(")", 1)[1].split()[0] != "Z":
            found.append((int(entry.name), cmdline))
    return found


def test_sigkill_of_ingest_leaves_no_process_and_no_temp_folder(tmp_path, page_image):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(12):  # enough OCR that a sweep of /proc on a busy machine still sees tesseract running
        scan_pdf(folder / f"scan-{i}.pdf", [page_image(mode="RGB")])
    tmp = Path(tempfile.mkdtemp(prefix="leak-", dir="/tmp"))  # short: sockets live under it
    marker = f"TTHC_LEAK_TEST={uuid.uuid4().hex}"
    env = {**os.environ, "TMPDIR": str(tmp), marker.split("=")[0]: marker.split("=")[1]}
    env.pop("LANG", None)
    command = [sys.executable, "-m", "tthc_digitize", "ingest", str(folder), "--out", str(tmp_path / "out"), "-j", "2"]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    try:
        deadline, seen = time.monotonic() + 120, False
        while not seen and time.monotonic() < deadline:
            # one sweep decides: a second one could fall between two pages' tesseracts and see none
            seen = any("tesseract" in cmd for _, cmd in _processes_of(marker))
            if not seen:
                assert proc.poll() is None, f"ingest ended (exit {proc.returncode}) before tesseract was seen"
                time.sleep(0.05)
        assert seen, "tesseract never started"
        os.kill(proc.pid, signal.SIGKILL)  # the main process only: what the OOM killer or `kill -9 <pid>` does
        proc.wait()
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and _processes_of(marker):
            time.sleep(0.1)
        assert _processes_of(marker) == []
    finally:
        for pid, _ in _processes_of(marker):  # don't leave a failed run's orphans on the machine
            os.kill(pid, signal.SIGKILL)
    assert not list(tmp.glob("pymp-*")), "multiprocessing's folders belong in the run's own temporary root"

    # the next run sweeps what the killed one could not remove
    again = subprocess.run(command, capture_output=True, text=True, env=env, timeout=600)
    assert again.returncode == 0, again.stderr
    assert list(tmp.iterdir()) == []
    tmp.rmdir()

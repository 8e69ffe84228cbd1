"""One atomic write for the whole tool, and modules that write files without loading the OCR stack."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tthc_digitize import fsio

# Modules that only write files or render results: importing them must not start the PDF/imaging stack.
LIGHT = ["tthc_digitize.fsio", "tthc_digitize.report", "tthc_digitize.metadata.from_pdf",
         "tthc_digitize.metadata.xml", "tthc_digitize.review.results", "tthc_digitize.sign.report",
         "tthc_digitize.sign.marks", "tthc_digitize.sign.appearance", "tthc_digitize.sign.pades",
         "tthc_digitize.copies.issue", "tthc_digitize.copies.certify", "tthc_digitize.warehouse.ocfl"]


def test_writers_do_not_import_the_pipeline():
    probe = ("import importlib, json, sys\n"
             f"loaded = {{m: (importlib.import_module(m), 'tthc_digitize.pipeline' in sys.modules)[1] for m in {LIGHT!r}}}\n"
             "print(json.dumps(loaded))")
    # a fresh interpreter: this test process has long imported everything
    result = subprocess.run([sys.executable, "-W", "ignore", "-c", probe], capture_output=True, text=True,
                            timeout=120, env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    assert result.returncode == 0, result.stderr
    loaded = json.loads(result.stdout)
    assert loaded == {m: False for m in LIGHT}


@pytest.mark.parametrize("durable", [True, False])
def test_write_bytes_replaces_whole_and_leaves_no_temporary(tmp_path, durable):
    target = tmp_path / "a" / "b.txt"
    fsio.write_atomically(target, b"old", durable)
    fsio.write_atomically(target, b"new", durable)
    assert target.read_bytes() == b"new"
    assert sorted(p.name for p in target.parent.iterdir()) == ["b.txt"]


def test_copy_a_file(tmp_path):
    source = tmp_path / "src.bin"
    source.write_bytes(bytes(range(256)) * 10)
    fsio.write_atomically(tmp_path / "out" / "copy.bin", source)
    assert (tmp_path / "out" / "copy.bin").read_bytes() == source.read_bytes()


def test_a_failed_write_keeps_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "kept.txt"
    target.write_bytes(b"old")

    def refuse(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(fsio.os, "replace", refuse)
    with pytest.raises(OSError):
        fsio.write_atomically(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["kept.txt"]


def test_durable_write_flushes_file_and_folder(tmp_path, monkeypatch):
    synced: list[str] = []
    real_fsync = os.fsync

    def spy(fd):
        synced.append(os.readlink(f"/proc/self/fd/{fd}"))
        real_fsync(fd)

    monkeypatch.setattr(fsio.os, "fsync", spy)
    fsio.write_atomically(tmp_path / "x.txt", b"x")
    assert synced == [str(fsio.tmp_name(tmp_path / "x.txt")), str(tmp_path)]
    synced.clear()
    fsio.write_atomically(tmp_path / "y.txt", b"y", durable=False)
    assert synced == []


def test_one_implementation():
    src = Path(fsio.__file__).parent
    defining = sorted(str(p.relative_to(src)) for p in src.rglob("*.py")
                      if "def write_atomically(" in p.read_text(encoding="utf-8"))
    assert defining == ["fsio.py"]

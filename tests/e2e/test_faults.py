"""Issue 16, finding 4: a full disk and read-only media are named faults (exit 5, --json still
printed), never "internal error, please report it"; read commands work on a read-only backup.

Real media where the machine allows it: a 2 MB tmpfs for the full disk and a read-only bind mount
for the backup (root ignores chmod, so chmod cannot make a folder read-only for these tests)."""

from __future__ import annotations

import json
import os
import subprocess
from contextlib import contextmanager
from pathlib import Path

import pytest

from helpers import tthc
from tthc_digitize.errors import ExitCode, OutputError, fault_from
from tthc_digitize.warehouse.synthetic import make_results

AGENCY = "Sở Tư pháp tỉnh Thử Nghiệm"
CODE = "000.00.00.H30"


def _mount(*args: str) -> str | None:
    run = subprocess.run(["mount", *args], capture_output=True, text=True)
    return None if run.returncode == 0 else (run.stderr.strip() or f"mount exit {run.returncode}")


@contextmanager
def _mounted(path: Path, what: str, *args: str):
    path.mkdir()
    problem = _mount(*args, str(path)) if os.geteuid() == 0 else "not root"
    if problem:
        pytest.skip(f"{what} cannot be mounted here ({problem})")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)


def tmpfs(path: Path, size: str):
    return _mounted(path, "a small tmpfs", "-t", "tmpfs", "-o", f"size={size}", "tmpfs")


def read_only_view(source: Path, path: Path):
    return _mounted(path, "a read-only bind mount", "--bind", "-o", "ro", str(source))


def test_errno_and_sqlite_faults_have_names(tmp_path):
    import errno
    import sqlite3

    full = fault_from(OSError(errno.ENOSPC, "No space left on device", "/kho/x.pdf"))
    assert isinstance(full, OutputError) and full.key == "output.disk_full" and full.params["path"] == "/kho/x.pdf"
    assert fault_from(OSError(errno.EDQUOT, "Disk quota exceeded", "/q")).key == "output.disk_full"
    assert fault_from(sqlite3.OperationalError("database or disk is full"), "/kho").key == "output.disk_full"
    assert fault_from(sqlite3.OperationalError("attempt to write a readonly database"), "/kho").key == "warehouse.read_only"
    assert fault_from(OSError(errno.EROFS, "Read-only file system", "/mnt/x")).key == "output.read_only"
    assert fault_from(ValueError("a bug")) is None  # bugs stay bugs


def test_a_full_disk_is_exit_5_with_its_path_and_json(tmp_path):
    results = tmp_path / "da-so-hoa"
    make_results(results, 12)
    with tmpfs(tmp_path / "small", "600k") as small:
        home = small / "kho"
        assert tthc("init", "--home", str(home), "--agency-name", AGENCY, "--agency-code", CODE).returncode == 0
        run = tthc("load", str(results), "--home", str(home), "--json")
        assert run.returncode == ExitCode.output_error, run.stdout + run.stderr
        assert "ổ đĩa đầy" in run.stderr.lower() and str(home) in run.stderr
        assert "Lỗi nội bộ" not in run.stderr
        answer = json.loads(run.stdout)
        assert answer["exit_code"] == 5 or any(f.get("reason_code") == "output.disk_full" for f in answer.get("files", []))
        # what was loaded before the disk filled is intact: a read-only audit finds nothing wrong
        audited = tthc("audit", "--home", str(home), "--json")
        assert audited.returncode == 0, audited.stdout + audited.stderr


def test_a_read_only_backup_is_searched_shown_and_audited_and_writes_are_refused(tmp_path):
    results = tmp_path / "da-so-hoa"
    make_results(results, 4)
    home = tmp_path / "kho"
    assert tthc("init", "--home", str(home), "--agency-name", AGENCY, "--agency-code", CODE).returncode == 0
    assert tthc("load", str(results), "--home", str(home)).returncode == 0
    assert tthc("backup", str(tmp_path / "sao-luu"), "--home", str(home)).returncode == 0
    with read_only_view(tmp_path / "sao-luu", tmp_path / "mnt") as mnt:
        assert not os.access(mnt, os.W_OK)
        audited = tthc("audit", "--home", str(mnt), "--json")
        assert audited.returncode == 0, audited.stdout + audited.stderr
        assert json.loads(audited.stdout)["results"] == 4
        found = tthc("search", "giấy", "--home", str(mnt), "--json")
        assert found.returncode == 0, found.stderr
        assert tthc("show", "1", "--home", str(mnt), "--json").returncode == 0
        assert tthc("roadmap", "inventory", "--json", env={"TTHC_HOME": str(mnt)}).returncode == 0
        refused = tthc("load", str(results), "--home", str(mnt), "--json")
        assert refused.returncode == ExitCode.output_error, refused.stdout + refused.stderr
        assert "chỉ đọc" in refused.stderr and "Lỗi nội bộ" not in refused.stderr
        assert json.loads(refused.stdout)["error"]["key"] == "warehouse.read_only"
        before = sorted(p.name for p in mnt.iterdir())
    assert before == sorted(p.name for p in (tmp_path / "sao-luu").iterdir())


def test_a_read_only_output_folder_is_a_clear_error(tmp_path, page_image):
    from helpers import scan_pdf

    scan_pdf(tmp_path / "a.pdf", [page_image(dpi=200)], dpi=200)
    (tmp_path / "ra").mkdir()
    with read_only_view(tmp_path / "ra", tmp_path / "ra-ro") as out:
        run = tthc("ocr", str(tmp_path / "a.pdf"), "-o", str(out / "a.pdf"))
        assert run.returncode == ExitCode.output_error, run.stdout + run.stderr
        assert "Lỗi nội bộ" not in run.stderr and "PermissionError" not in run.stderr
        run = tthc("ingest", str(tmp_path / "a.pdf"), "--out", str(out / "x"), "--json")
        assert run.returncode == ExitCode.output_error, run.stdout + run.stderr
        assert json.loads(run.stdout)["error"]["key"] == "output.read_only"

"""`tthc demo` end to end: offline, no prompts, re-runnable, last line at a verified copy."""

from __future__ import annotations

import json
import re

import pytest

from test_warehouse import tthc
from tthc_digitize.sign.verify import verify_file


@pytest.mark.slow
def test_demo_runs_the_whole_chain_twice_and_ends_at_a_verified_copy(tmp_path):
    first = tthc("demo", "--out", str(tmp_path / "demo"), env={"COLUMNS": "250"}, cwd=tmp_path)
    assert first.returncode == 0, first.stdout + first.stderr
    last = first.stdout.strip().splitlines()[-1]
    found = re.search(r"Mở trước bản sao đã xác minh: (\S+\.pdf)$", last)
    assert found, last
    copy = tmp_path / found.group(1)
    report = verify_file(copy, tmp_path / "demo" / ".tthc" / "demo-pki" / "root.pem")
    assert report.ok and [s.level for s in report.signatures if s.kind == "signature"] == ["B-LT"]
    assert "PKI CHẠY THỬ" in first.stdout
    again = tthc("demo", "--out", str(tmp_path / "demo"), "--json", cwd=tmp_path)
    assert again.returncode == 0, again.stdout + again.stderr
    data = json.loads(again.stdout)
    assert data["ok"] and data["copy"]["register"] == "valid" and data["certified"]["signatures"] == "valid"
    assert data["copy"]["path"].endswith("-02.pdf") and data["certified"]["path"].endswith("-002.pdf")

"""`tthc demo` end to end: offline, no prompts, re-runnable, last line at a verified copy."""

from __future__ import annotations

import json
import re

import pytest

from helpers import tthc
from tthc_digitize.sign.verify import verify_file
from tthc_digitize.warehouse.anchor import anchor_path


@pytest.mark.slow
def test_demo_runs_the_whole_chain_twice_and_ends_at_a_verified_copy(tmp_path):
    # the roadmap counts what is still valid today: the day is pinned, the sample licences expire
    env = {"TTHC_NOW": "2026-12-05T10:00:00+07:00"}
    first = tthc("demo", "--out", str(tmp_path / "demo"), env=env | {"COLUMNS": "250"}, cwd=tmp_path)
    assert first.returncode == 0, first.stdout + first.stderr
    last = first.stdout.strip().splitlines()[-1]
    found = re.search(r"Mở trước bản sao đã xác minh: (\S+\.pdf)$", last)
    assert found, last
    copy = tmp_path / found.group(1)
    report = verify_file(copy, tmp_path / "demo" / ".tthc" / "demo-pki" / "root.pem")
    assert report.ok and [s.level for s in report.signatures if s.kind == "signature"] == ["B-LT"]
    assert "PKI CHẠY THỬ" in first.stdout
    # step 4: the sample plan against the warehouse; the one-file report holds the table and its chart
    assert re.search(r"Lộ trình 2020–2025: chỉ tiêu 9, đã số hóa \d+", first.stdout), first.stdout
    html = (tmp_path / "demo" / "lo-trinh.html").read_text(encoding="utf-8")
    assert "<table>" in html and "Tổng cộng" in html and "data:image/png;base64," in html
    again = tthc("demo", "--out", str(tmp_path / "demo"), "--json", env=env, cwd=tmp_path)
    assert again.returncode == 0, again.stdout + again.stderr
    data = json.loads(again.stdout)
    assert data["ok"] and data["copy"]["register"] == "valid" and data["certified"]["signatures"] == "valid"
    assert data["copy"]["path"].endswith("-02.pdf") and data["certified"]["path"].endswith("-002.pdf")
    # 9 register lines, 7 still valid (one revoked, one expired in 2024); what the warehouse holds of
    # them is counted, the rest is the backlog
    total = data["roadmap"]["total"]
    assert total["target"] == 9 and total["still_valid"] == 7
    assert total["digitised"] >= 1 and total["digitised"] + total["backlog"] == 7
    assert data["roadmap"]["overdue"]["backlog"] == total["backlog"]
    # the demo warehouse's audit anchors are signed with the demo agency key: no "unsigned" warning, a CMS on every line
    assert "KHÔNG có chữ ký số" not in first.stdout + first.stderr + again.stderr
    anchors = [json.loads(line) for line in anchor_path(tmp_path / "demo" / "kho").read_text().splitlines()]
    assert len(anchors) >= 2 and all(line.get("cms") for line in anchors), anchors

"""A search query is bounded in length and terms: a 100 KB query is refused at once (issue 16, finding 5)."""

from __future__ import annotations

import json
import time

from test_faults import AGENCY, CODE, tthc
from tthc_digitize.errors import ExitCode


def test_huge_or_wordy_queries_are_refused_quickly_with_a_reason(tmp_path):
    home = tmp_path / "kho"
    assert tthc("init", "--home", str(home), "--agency-name", AGENCY, "--agency-code", CODE).returncode == 0
    started = time.monotonic()
    huge = tthc("search", "Nguyen " * 14000, "--home", str(home))
    assert time.monotonic() - started < 5
    assert huge.returncode == ExitCode.usage
    assert "vượt giới hạn 200" in huge.stderr and "Traceback" not in huge.stderr

    wordy = tthc("search", " ".join(f"từ{i}" for i in range(13)), "--home", str(home), "--json")
    assert wordy.returncode == ExitCode.usage
    error = json.loads(wordy.stdout)["error"]
    assert error["key"] == "search.too_many_terms" and error["params"] == {"terms": "13", "limit": "12"}

    fine = tthc("search", " ".join(f"từ{i}" for i in range(12)), "--home", str(home), "--json")
    assert fine.returncode == 0, fine.stderr

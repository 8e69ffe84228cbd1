"""The chaos harness (benchmarks/chaos.py), bounded for CI: each writing command SIGKILLed (its whole
process group) at a random instant, re-run to completion, and nothing lost, doubled, orphaned,
failing audit or left behind; and ``tthc audit`` run during ``tthc load`` finds nothing.
The script runs 100 kills per command for the figures in benchmarks/README.md."""

from __future__ import annotations

import importlib.util
import shutil
import sys
import tempfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "chaos.py"
# the slow commands (OCR, signing with a timestamp) once, the quick ones twice: about 90 s on one core
TRIALS = {"ingest-load": 1, "load": 2, "register-import": 2, "copy-issue": 1, "copy-certify": 1, "review-set": 2,
          "ltv-refresh": 1}
SCANS = ("giay-phep-xa-thai.pdf", "quyet-dinh-so.pdf")  # the licence copies are issued from, and one more


@pytest.fixture(scope="module")
def chaos():
    spec = importlib.util.spec_from_file_location("chaos", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules["chaos"] = module  # its dataclasses look their module up while it loads
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def work():
    # short: a trial's TMPDIR holds the OCR pool's Unix socket, whose path may not pass 107 bytes
    folder = Path(tempfile.mkdtemp(prefix="tthc-chaos-"))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def test_killing_each_writing_command_loses_doubles_and_leaves_nothing(chaos, work):
    assert set(TRIALS) == set(chaos.COMMANDS)
    rows = chaos.chaos(list(chaos.COMMANDS), TRIALS, seed=16, work=work, measure_runs=1, scans=SCANS, log=print)
    assert [r["trials"] for r in rows] == [TRIALS[r["command"]] for r in rows]
    broken = {r["command"]: r["examples"] for r in rows if any(r[c] for c in chaos.COLUMNS[2:])}
    assert not broken
    assert sum(r["killed"] for r in rows) >= sum(TRIALS.values()) // 2  # most kills land mid-run


def test_audit_during_a_load_finds_nothing(chaos, work):
    figures = chaos.audit_overlap(5, work, seed=16, results=60, log=print)
    assert figures["runs"] == 5 and figures["started_mid_load"] >= 4
    assert figures["false_findings"] == 0 and figures["after_load_findings"] == 0, figures["examples"]

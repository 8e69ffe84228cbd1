"""benchmarks/serve.py still runs end to end (small): the real `tthc serve` answers every lookup of
the open loop with the status the register implies, and the CLI baseline runs."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest


@pytest.mark.slow
def test_serve_benchmark_runs_small():
    script = Path(__file__).resolve().parents[2] / "benchmarks" / "serve.py"
    result = subprocess.run([sys.executable, str(script), "--rate", "40", "--seconds", "1", "--concurrency", "2",
                             "--copies", "2", "--cli-runs", "1", "--json"], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    figures = json.loads(result.stdout)
    loop = figures["open_loop"]
    assert loop["sent"] == loop["answered"] == 40 and loop["errors"] == 0
    assert 0 < loop["p50_ms"] <= loop["p95_ms"] <= loop["max_ms"]
    assert figures["max_throughput"]["answered"] > 0 and figures["max_throughput"]["errors"] == 0
    assert figures["cli_verify_code"]["errors"] == 0 and figures["cli_verify_code"]["p50_ms"] > 0

"""PostgreSQL restarted while `tthc ingest --load` fills a register on it, run locally and through the
queue (issue 15 §4): the batch completes, every file is loaded once, the audit is clean.

The server restarted is a private one, made for the test in a folder of its own (initdb, pg_ctl on a
free port, its socket in that folder): the machine's shared server is never touched."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psycopg
import pytest
from helpers import BROKER, SAMPLES, tthc

pytestmark = pytest.mark.slow
PG_BIN = Path("/usr/lib/postgresql/15/bin")
AGENCY = ["--agency-name", "Sở Tài nguyên và Môi trường tỉnh Thử Nghiệm", "--agency-code", "000.00.00.G12"]
NOW = "2026-03-02T09:00:00+07:00"


class PrivateServer:
    def __init__(self, folder: Path) -> None:
        self.folder, self.data = folder, folder / "data"
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.url = f"postgresql://postgres@/tthc?host={folder}&port={self.port}"
        self.restarts = 0

    def _run(self, *args: str) -> None:
        # initdb refuses root: a root test run starts the server as the system's postgres user
        prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        subprocess.run([*prefix, *args], check=True, capture_output=True, timeout=120)

    def start(self) -> None:
        self._run(str(PG_BIN / "initdb"), "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8",
                  "--locale=C.UTF-8")
        self._run(str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-l", str(self.folder / "log"), "-w", "-o",
                  f"-p {self.port} -k {self.folder} -c listen_addresses=''", "start")
        self._run(str(PG_BIN / "createdb"), "-h", str(self.folder), "-p", str(self.port), "-U", "postgres", "tthc")

    def restart(self) -> None:
        # -l: a server started without a log file keeps pg_ctl's output pipe open, and the call never returns
        self._run(str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-l", str(self.folder / "log"), "-w", "-m", "fast",
                  "restart")
        self.restarts += 1

    def stop(self) -> None:
        self._run(str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-w", "-m", "immediate", "stop")


@pytest.fixture
def private_pg():
    if not (PG_BIN / "initdb").exists():
        pytest.skip("PostgreSQL 15's server programs are not on this machine")
    # /tmp itself, not pytest's root-only tmp nor a TMPDIR the tool set for its own run (tempdirs): postgres must reach it
    folder = Path(tempfile.mkdtemp(prefix="tthc-pg-", dir="/tmp"))
    folder.chmod(0o755)
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
    server = PrivateServer(folder)
    try:
        server.start()
        yield server
    finally:
        try:
            server.stop()
        except subprocess.CalledProcessError:
            pass
        shutil.rmtree(folder, ignore_errors=True)


def _restart_while_loading(server: PrivateServer, out: Path, batch: subprocess.Popen, times: int) -> threading.Thread:
    """Restarts the server each time another file has been finished, while the batch runs."""
    manifest = out / ".tthc" / "ingest.jsonl"

    def finished() -> int:
        return len(manifest.read_text().splitlines()) if manifest.exists() else 0

    def restarter() -> None:
        seen = 0
        while server.restarts < times and batch.poll() is None:
            if finished() > seen:
                seen = finished()
                server.restart()
            time.sleep(0.05)

    thread = threading.Thread(target=restarter, daemon=True)
    thread.start()
    return thread


@pytest.mark.parametrize("where", ["local", "queue"])
def test_postgresql_restarted_mid_batch_every_file_is_loaded_once(tmp_path, private_pg, where, request):
    home, out = tmp_path / "kho", tmp_path / "out"
    env = {"TTHC_WAREHOUSE_REGISTER_URL": private_pg.url, "TTHC_NOW": NOW, "TTHC_HOME": str(home),
           "TTHC_LANG": "vi", "COLUMNS": "200", "NO_COLOR": "1"}
    tthc("init", "--home", home, *AGENCY, env=env, check=True)
    extra: list[str] = []
    if where == "queue":
        queue_name, workers = request.getfixturevalue("queue_name"), request.getfixturevalue("workers")
        workers.start()
        extra = ["--queue", BROKER, "--queue-name", queue_name]
    cmd = [sys.executable, "-m", "tthc_digitize", "ingest", str(SAMPLES), "-o", str(out), "--load", "--json", *extra]
    batch = subprocess.Popen(cmd, env={**os.environ, **env}, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    restarter = _restart_while_loading(private_pg, out, batch, times=3)
    stdout, stderr = batch.communicate(timeout=900)
    restarter.join(timeout=60)
    assert private_pg.restarts >= 2, f"the batch finished before the server could be restarted mid-load: {stderr}"
    report = json.loads(stdout)
    failed = [(f["path"], f["reason"], f["reason_code"]) for f in report["files"] if f["status"] == "failed"]
    assert not failed, (failed, stderr)
    assert "psycopg" not in stderr and "WARNING:" not in stderr  # the library's reconnect log stays out of sight
    loaded = [f for f in report["files"] if f.get("loaded")]
    assert loaded, report
    # each loaded file once in the register, once in the audit log; nothing else
    with psycopg.connect(private_pg.url) as conn:
        objects = [r[0] for r in conn.execute("SELECT object_id FROM results")]
        load_events = [r[0] for r in conn.execute("SELECT object_id FROM audit_log WHERE action = 'load'")]
    assert len(objects) == len(set(objects)) == len(loaded)
    assert sorted(load_events) == sorted(objects)
    audit = tthc("audit", env=env)
    assert audit.returncode == 0, audit.stdout + audit.stderr

"""Fixtures only the end-to-end tests use."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from copies_fixtures import batch_signer, make_home
from helpers import BROKER, SAMPLE_AGENCY, SAMPLES, queue_env, tthc


@pytest.fixture(scope="session")
def ingested(tmp_path_factory):
    """The committed samples through `tthc ingest` once per test session: (output folder, report by name)."""
    out = tmp_path_factory.mktemp("samples-out")
    result = tthc("ingest", SAMPLES, "--out", out, "--json", "--agency", SAMPLE_AGENCY, check=True)
    return out, {f["path"].rsplit("/", 1)[-1]: f for f in json.loads(result.stdout)["files"]}


@pytest.fixture
def home(tmp_path, masters, pki):
    """A warehouse with the masters loaded and the sample master register imported (see make_home)."""
    return make_home(tmp_path / "kho", masters, pki)


@pytest.fixture
def agency_signer(pki):
    with batch_signer(pki) as signer:
        yield signer


# --- queued OCR: the machine's RabbitMQ (helpers.BROKER), a queue of its own per test, deleted after it
def _broker_answers() -> bool:
    try:
        socket.create_connection(("127.0.0.1", 5672), timeout=2).close()
        return True
    except OSError:
        return False


@pytest.fixture
def queue_name():
    if not _broker_answers():
        if os.environ.get("CI"):
            pytest.fail("RabbitMQ does not answer on 127.0.0.1:5672 (.ci/services should have started it)")
        pytest.skip("RabbitMQ does not answer on 127.0.0.1:5672")
    name = f"tthc-test-{os.getpid()}-{uuid.uuid4().hex[:8]}"  # each run its own queue
    yield name
    from kombu import Connection

    with Connection(BROKER) as conn:
        conn.default_channel.queue_delete(name)


class Workers:
    def __init__(self, queue: str, log_dir: Path) -> None:
        self.queue, self.log_dir, self.procs = queue, log_dir, []

    def start(self) -> subprocess.Popen:
        log = (self.log_dir / f"worker-{len(self.procs)}.log").open("w")
        proc = subprocess.Popen([sys.executable, "-m", "tthc_digitize", "worker", "--queue", BROKER,
                                 "--queue-name", self.queue, "--jobs", "1"], env=queue_env(), stdout=log,
                                stderr=subprocess.STDOUT, start_new_session=True)
        self.procs.append(proc)
        return proc

    def kill(self, proc: subprocess.Popen) -> None:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()

    def stop_all(self) -> None:
        for proc in self.procs:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
        for proc in self.procs:
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)


@pytest.fixture
def workers(queue_name, tmp_path):
    pool = Workers(queue_name, tmp_path)
    yield pool
    pool.stop_all()



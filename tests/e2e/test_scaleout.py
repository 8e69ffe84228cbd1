"""The sample batch through the embedded default (SQLite + the home's own objects, local OCR) and through
the scale-out back-ends (PostgreSQL register, objects on a separate shared folder, two Celery workers
on RabbitMQ) gives the same register content, ids and times aside (issue 15)."""

from __future__ import annotations

import json

import pytest
from helpers import BROKER, SAMPLE_AGENCY, SAMPLES, tthc

from tthc_digitize.warehouse.repository import open_repository

pytestmark = pytest.mark.slow
AGENCY = ["--agency-name", SAMPLE_AGENCY, "--agency-code", "000.00.00.G12"]
NOW = "2026-03-02T09:00:00+07:00"
# what differs between two runs of the same batch by design: row ids, clock readings, where files sit
VOLATILE = {"id", "loaded_at", "updated_at", "batch", "source_path", "pdf_path", "xml_path", "text_path"}


def _register(url: str) -> tuple[list[dict], list[tuple]]:
    repo = open_repository(url, read_only=True)
    try:
        rows = sorted(({k: v for k, v in r.items() if k not in VOLATILE} for r in repo.find_results()),
                      key=lambda r: r["object_id"])
        events = sorted((e["action"], e["object_id"]) for e in repo.events())
        return rows, events
    finally:
        repo.close()


def test_scale_out_back_ends_give_the_register_the_embedded_default_gives(tmp_path, pg_url, workers, queue_name):
    embedded = tmp_path / "kho-sqlite"
    tthc("init", "--home", embedded, *AGENCY, check=True)
    local = tthc("ingest", SAMPLES, "-o", tmp_path / "out-local", "--load", "--json", home=embedded, now=NOW)

    shared = tmp_path / "nas" / "objects"  # the NAS share every worker and coordinator mounts
    scaled = tmp_path / "kho-pg"
    env = {"TTHC_WAREHOUSE_REGISTER_URL": pg_url, "TTHC_WAREHOUSE_OBJECTS": shared.as_uri()}
    tthc("init", "--home", scaled, *AGENCY, env=env, check=True)
    workers.start()
    workers.start()
    queued = tthc("ingest", SAMPLES, "-o", tmp_path / "out-queued", "--load", "--json", "--queue", BROKER,
                  "--queue-name", queue_name, home=scaled, env=env, now=NOW)

    assert queued.returncode == local.returncode, queued.stderr
    loaded = [f["loaded"] for f in json.loads(local.stdout)["files"]]
    assert loaded == [f["loaded"] for f in json.loads(queued.stdout)["files"]] and any(loaded)
    sqlite_rows, sqlite_events = _register(f"sqlite:///{embedded / 'register.sqlite'}")
    pg_rows, pg_events = _register(pg_url)
    diff = [(k, a.get(k), b.get(k)) for a, b in zip(pg_rows, sqlite_rows) for k in a.keys() | b.keys() if a.get(k) != b.get(k)]
    assert sorted({k for k, _, _ in diff}) == [], diff[:3]
    assert len(pg_rows) == len(sqlite_rows) == sum(loaded)
    assert pg_events == sqlite_events
    assert not (scaled / "objects" / "0=ocfl_1.1").exists() or not any((scaled / "objects").glob("*/*/*/*/inventory.json"))
    assert (shared / "0=ocfl_1.1").is_file()
    audit = tthc("audit", home=scaled, env=env, now=NOW)
    assert audit.returncode == 0, audit.stdout + audit.stderr

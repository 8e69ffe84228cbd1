"""The sample batch into a warehouse whose OCFL objects live in an S3 bucket (moto's S3 server on
loopback, issue 15): loaded, read back, audited and backed up through the bucket; damage made in the
bucket is what the audit then reports."""

from __future__ import annotations

import json

import pytest
from helpers import SAMPLE_AGENCY, SAMPLES, tthc

from tthc_digitize.warehouse.repository import open_repository

pytestmark = pytest.mark.slow
pytest_plugins = ["s3_server"]
AGENCY = ["--agency-name", SAMPLE_AGENCY, "--agency-code", "000.00.00.G12"]
NOW = "2026-03-02T09:00:00+07:00"


def _keys(s3, bucket: str) -> dict[str, bytes]:
    pages = s3.get_paginator("list_objects_v2").paginate(Bucket=bucket)
    return {item["Key"]: s3.get_object(Bucket=bucket, Key=item["Key"])["Body"].read()
            for page in pages for item in page.get("Contents", [])}


def test_ingest_load_show_audit_and_backup_go_through_the_bucket(tmp_path, s3_endpoint, s3_bucket, s3_client):
    home = tmp_path / "kho"
    env = {"TTHC_WAREHOUSE_OBJECTS": f"s3://{s3_bucket}/tinh/objects?endpoint={s3_endpoint}"}
    tthc("init", "--home", home, *AGENCY, env=env, check=True)
    ingested = tthc("ingest", SAMPLES, "-o", tmp_path / "out", "--load", "--json", home=home, env=env, now=NOW)
    files = json.loads(ingested.stdout)["files"]
    assert sum(f["loaded"] for f in files) >= 4, ingested.stderr

    repo = open_repository(f"sqlite:///{home / 'register.sqlite'}", read_only=True)
    try:
        rows = repo.find_results()
    finally:
        repo.close()
    assert len(rows) == sum(f["loaded"] for f in files)
    keys = _keys(s3_client, s3_bucket)
    assert "tinh/objects/0=ocfl_1.1" in keys
    for row in rows:  # the register's paths are keys of the bucket, under the prefix
        assert f"tinh/objects/{row['pdf_path']}" in keys
    assert not list((home / "objects").glob("*/*/*/*/inventory.json"))  # nothing went to the home's own folder

    row = rows[0]
    shown = tmp_path / "shown.pdf"
    tthc("show", row["object_id"], "--pdf", shown, home=home, env=env, now=NOW, check=True)
    assert shown.read_bytes() == keys[f"tinh/objects/{row['pdf_path']}"]

    audit = tthc("audit", home=home, env=env, now=NOW)
    assert audit.returncode == 0, audit.stdout + audit.stderr
    backup = tthc("backup", tmp_path / "backup", home=home, env=env, now=NOW)
    assert backup.returncode == 0, backup.stdout + backup.stderr
    copied = (tmp_path / "backup").rglob(row["pdf_path"].rsplit("/", 1)[-1])
    assert keys[f"tinh/objects/{row['pdf_path']}"] in {p.read_bytes() for p in copied}

    damaged = keys[f"tinh/objects/{row['pdf_path']}"]
    s3_client.put_object(Bucket=s3_bucket, Key=f"tinh/objects/{row['pdf_path']}", Body=damaged[:-1] + b"\0")
    audit = tthc("audit", home=home, env=env, now=NOW)
    assert audit.returncode != 0 and row["object_id"] in audit.stdout + audit.stderr

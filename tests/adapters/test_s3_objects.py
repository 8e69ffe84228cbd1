"""What only the bucket adapter has to show (the shared contract is test_object_store_contract.py):
damage made in the bucket is found, a writer killed before the root inventory leaves nothing visible
and recover removes what it uploaded, a body damaged on the way is refused, the bucket is an OCFL
root once synced to disk, and its URL is checked before any request."""

from __future__ import annotations

import base64
import hashlib
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from serve_fixtures import free_port

from tthc_digitize.errors import ConfigError, OutputError
from tthc_digitize.i18n import tr
from tthc_digitize.warehouse.home import Home
from tthc_digitize.warehouse.objects import open_object_store
from tthc_digitize.warehouse.ocfl import ObjectStore, object_path, validate_root

pytest_plugins = ["s3_server"]

OID = "000.00.00.H30/KQ/2026/Sở Tư pháp/0001"
PDF = b"%PDF-1.7\n" + bytes(range(256)) * 40
PREFIX = "kho/objects"


@pytest.fixture
def url(s3_endpoint, s3_bucket) -> str:
    return f"s3://{s3_bucket}/{PREFIX}?endpoint={s3_endpoint}"


@pytest.fixture
def store(url, tmp_path):
    made = open_object_store(url, Home(tmp_path / "home"), durable=False)
    made.initialize()
    return made


@pytest.fixture
def bucket(store, s3_client):
    """(boto3 client, bucket name) to reach behind the adapter's back."""
    return s3_client, store.bucket


def _keys(bucket) -> set[str]:
    s3, name = bucket
    pages = s3.get_paginator("list_objects_v2").paginate(Bucket=name)
    return {item["Key"] for page in pages for item in page.get("Contents", [])}


ROOT_KEYS = {f"{PREFIX}/0=ocfl_1.1", f"{PREFIX}/ocfl_layout.json",
             f"{PREFIX}/extensions/0003-hash-and-id-n-tuple-storage-layout/config.json"}


def test_the_bucket_holds_the_ocfl_root_as_keys(store, bucket):
    store.write_version(OID, {"result.pdf": PDF}, message="load", user="a")
    base = f"{PREFIX}/{object_path(OID)}"
    assert _keys(bucket) == ROOT_KEYS | {f"{base}/{name}" for name in (
        "0=ocfl_object_1.1", "inventory.json", "inventory.json.sha512", "v1/inventory.json",
        "v1/inventory.json.sha512", "v1/content/result.pdf")}
    assert store.head_keys(OID) == {"result.pdf": f"{object_path(OID)}/v1/content/result.pdf"}


@pytest.mark.parametrize("damage", ["changed", "deleted", "inventory"])
def test_damage_made_in_the_bucket_is_reported_by_validate(store, bucket, damage):
    store.write_version(OID, {"result.pdf": PDF, "result.txt": b"chu"}, message="load", user="a")
    assert store.validate(OID) == []
    s3, name = bucket
    content = f"{PREFIX}/{store.head_keys(OID)['result.pdf']}"
    if damage == "changed":  # same length, one byte different: only a digest check sees it
        s3.put_object(Bucket=name, Key=content, Body=PDF[:-1] + b"X")
    elif damage == "deleted":
        s3.delete_object(Bucket=name, Key=content)
    else:
        s3.put_object(Bucket=name, Key=f"{PREFIX}/{object_path(OID)}/v1/inventory.json", Body=b"{}")
    problems = store.validate(OID)
    assert problems, damage
    if damage == "changed":
        assert store.validate(OID, check_digests=False) == []  # the structure is intact; the bytes are not


_KILLED_WRITER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from tthc_digitize.warehouse.home import Home
    from tthc_digitize.warehouse.objects import open_object_store
    store = open_object_store(sys.argv[1], Home(Path(sys.argv[2])), durable=False)
    store.write_version(sys.argv[3], {"result.pdf": b"%PDF-killed", "result.txt": b"text"}, message="x", user="a")
""")


def test_a_writer_killed_between_content_and_inventory_leaves_no_visible_object_and_recover_removes_it(
        store, bucket, url, tmp_path):
    killed = subprocess.run([sys.executable, "-c", _KILLED_WRITER, url, str(tmp_path / "home"), OID],
                            env={**os.environ, "TTHC_FAULT_AT": "ocfl.staged"}, capture_output=True, text=True,
                            timeout=120)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    orphans = _keys(bucket) - ROOT_KEYS
    assert any(key.endswith("/v1/content/result.pdf") for key in orphans)  # the content was uploaded …
    assert not store.exists(OID) and list(store.iter_objects()) == []  # … but nothing is visible
    assert store.recover() == []  # nothing to finish: the version was never published
    assert _keys(bucket) == ROOT_KEYS and list((tmp_path / "home" / "staging").iterdir()) == []
    store.write_version(OID, {"result.pdf": PDF}, message="again", user="a")
    assert store.head_version(OID) == "v1" and store.read_bytes(OID, "result.pdf") == PDF


def _corrupt(times: int, seen: list[dict]):
    """A before-send hook that flips the first byte of the next ``times`` content uploads (a damaged
    link or proxy), after boto3 has computed and signed everything."""
    left = [times]

    def hook(request, **_):
        if "/content/" not in request.url:
            return
        seen.append(dict(request.headers))
        if left[0] > 0:
            left[0] -= 1
            body = request.body.read() if hasattr(request.body, "read") else request.body
            request.body = bytes([body[0] ^ 0xFF]) + body[1:]
    return hook


def test_every_upload_carries_its_sha256_and_md5(store):
    seen: list[dict] = []
    store.client.meta.events.register("before-send.s3.PutObject", _corrupt(0, seen))
    store.write_version(OID, {"result.pdf": PDF}, message="load", user="a")
    sent = seen[0]
    assert base64.b64decode(sent["x-amz-checksum-sha256"]) == hashlib.sha256(PDF).digest()
    assert base64.b64decode(sent["Content-MD5"]) == hashlib.md5(PDF).digest()


def test_a_body_damaged_on_the_way_is_uploaded_again(store):
    seen: list[dict] = []
    store.client.meta.events.register("before-send.s3.PutObject", _corrupt(1, seen))
    store.write_version(OID, {"result.pdf": PDF}, message="load", user="a")
    assert len(seen) == 2 and store.read_bytes(OID, "result.pdf") == PDF and store.validate(OID) == []


def test_a_body_that_stays_damaged_is_refused_and_nothing_is_published(store, bucket):
    seen: list[dict] = []
    store.client.meta.events.register("before-send.s3.PutObject", _corrupt(99, seen))
    with pytest.raises(OutputError) as refused:
        store.write_version(OID, {"result.pdf": PDF}, message="load", user="a")
    assert refused.value.key == "warehouse.s3_upload_damaged" and len(seen) == 3
    assert "bị sai lệch trên đường truyền" in tr(refused.value.key, **refused.value.params)
    assert not store.exists(OID) and _keys(bucket) == ROOT_KEYS  # the damaged key was removed


def test_an_existing_version_key_is_never_overwritten(store, bucket):
    store.write_version(OID, {"result.pdf": PDF}, message="load", user="a")
    s3, name = bucket
    s3.put_object(Bucket=name, Key=f"{PREFIX}/{object_path(OID)}/v2/content/result.pdf", Body=b"someone else")
    with pytest.raises(OutputError) as refused:
        store.write_version(OID, {"result.pdf": b"%PDF-2"}, message="fix", user="a")
    assert refused.value.key == "warehouse.version_exists"
    assert s3.get_object(Bucket=name, Key=f"{PREFIX}/{object_path(OID)}/v2/content/result.pdf")["Body"].read() == \
        b"someone else" and store.head_version(OID) == "v1"


def _sync_to_disk(bucket, folder: Path) -> Path:
    s3, name = bucket
    for key in _keys(bucket):
        target = folder / key
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(s3.get_object(Bucket=name, Key=key)["Body"].read())
    return folder / PREFIX


def test_a_bucket_synced_to_disk_is_a_valid_ocfl_root_the_local_adapter_reads(store, bucket, tmp_path):
    store.write_version(OID, {"result.pdf": PDF, "result.xml": b"<a/>"}, message="load", user="a")
    store.write_version(OID, {"result.pdf": PDF, "result.xml": b"<b/>"}, message="fix", user="b")
    store.write_version("000.00.00.H30/KQ/2026/other", {"result.pdf": b"%PDF-x"}, message="load", user="a")
    root = _sync_to_disk(bucket, tmp_path / "synced")
    assert validate_root(root, validate_objects=True) == []
    local = ObjectStore(root, tmp_path / "staging", durable=False)
    assert local.inventory(OID) == store.inventory(OID) and local.read_bytes(OID, "result.xml") == b"<b/>"
    assert local.head_keys(OID) == store.head_keys(OID)


def test_copy_object_backs_an_old_version_up_into_a_local_store(store, tmp_path):
    store.write_version(OID, {"result.pdf": PDF, "result.xml": b"<a/>"}, message="load", user="a")
    store.write_version(OID, {"result.pdf": PDF, "result.xml": b"<b/>"}, message="fix", user="b")
    backup = ObjectStore(tmp_path / "backup" / "objects", tmp_path / "backup" / "staging", durable=False)
    backup.initialize()
    files, size = store.copy_object(OID, "v1", backup)
    assert backup.head_version(OID) == "v1" and backup.read_bytes(OID, "result.xml") == b"<a/>"
    assert backup.validate(OID) == [] and validate_root(backup.root) == []
    stored = [p for p in (backup.root / object_path(OID)).rglob("*") if p.is_file()]
    assert files == len(stored) and size == sum(p.stat().st_size for p in stored)


@pytest.mark.parametrize(("url", "part"), [
    ("s3:///objects", "bucket"), ("s3://Bad_Bucket/x", "bucket"), ("s3://kho/x?endpoint=ftp://h", "endpoint"),
    ("s3://kho/x?addressing=sideways", "addressing"), ("s3://kho/x?secret=1", "secret"),
])
def test_a_bad_s3_url_is_a_vietnamese_config_error_naming_the_part(tmp_path, url, part):
    with pytest.raises(ConfigError) as refused:
        open_object_store(url, Home(tmp_path))
    assert refused.value.key == "warehouse.bad_s3_url" and refused.value.params["part"] == part
    assert "Địa chỉ kho đối tượng S3 không hợp lệ" in tr(refused.value.key, **refused.value.params)


def test_opening_makes_no_request_and_an_unreachable_endpoint_is_a_clear_error(tmp_path):
    closed = f"http://127.0.0.1:{free_port()}"
    store = open_object_store(f"s3://kho-tthc/objects?endpoint={closed}&region=ap-southeast-1&addressing=path",
                              Home(tmp_path), durable=False)
    assert store.bucket == "kho-tthc" and store.prefix == "objects"
    assert store.client.meta.region_name == "ap-southeast-1" and store.client.meta.endpoint_url == closed
    with pytest.raises(OutputError) as failed:
        store.is_initialized()
    assert failed.value.key == "warehouse.s3_failed"
    assert "Kiểm tra địa chỉ endpoint" in tr(failed.value.key, **failed.value.params)

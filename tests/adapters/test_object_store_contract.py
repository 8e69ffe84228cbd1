"""The object-store contract: what every adapter behind :class:`ObjectStorePort` must do, asserted
through the port only (no paths): on the local OCFL root and on a bucket of an S3 protocol server on
loopback (moto), each opened by its URL."""

from __future__ import annotations

import hashlib
import io
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tthc_digitize.errors import ConfigError, InputFileError
from tthc_digitize.warehouse.home import Home
from tthc_digitize.warehouse.objects import ObjectStorePort, open_object_store

pytest_plugins = ["s3_server"]  # s3_endpoint, s3_bucket: started only when an "s3" case runs


def _local_url(request, tmp_path: Path) -> str:
    return (tmp_path / "kho" / "objects").as_uri()


def _s3_url(request, tmp_path: Path) -> str:
    endpoint, bucket = request.getfixturevalue("s3_endpoint"), request.getfixturevalue("s3_bucket")
    return f"s3://{bucket}/kho/objects?endpoint={endpoint}"


ADAPTERS = {"local": _local_url, "s3": _s3_url}


def _open(url: str, tmp_path: Path) -> ObjectStorePort:
    return open_object_store(url, Home(tmp_path / "home"), durable=False)


@pytest.fixture(params=sorted(ADAPTERS))
def store_url(request, tmp_path) -> str:
    return ADAPTERS[request.param](request, tmp_path)


@pytest.fixture
def store(store_url, tmp_path) -> ObjectStorePort:
    made = _open(store_url, tmp_path)
    made.initialize()
    return made


OID = "000.00.00.H30/KQ/2026/Sở Tư pháp/0001"  # non-ASCII and slashes, as real identifiers have
PDF = b"%PDF-1.7\n" + bytes(range(256)) * 40


def test_a_written_version_exists_and_reads_back_byte_for_byte(store):
    assert not store.exists(OID)
    version, _ = store.write_version(OID, {"result.pdf": PDF, "result.txt": "chữ".encode()}, message="load", user="a")
    assert version == "v1" and store.exists(OID) and store.head_version(OID) == "v1"
    assert store.read_bytes(OID, "result.pdf") == PDF
    with store.open(OID, "result.txt") as stream:
        assert stream.read().decode() == "chữ"
    assert [oid for oid, _ in store.iter_objects()] == [OID]
    keys = store.head_keys(OID)
    assert set(keys) == {"result.pdf", "result.txt"} and len(set(keys.values())) == 2


def test_digests_are_sha512_in_the_inventory_and_sha256_in_its_fixity(store):
    store.write_version(OID, {"result.pdf": PDF}, message="load", user="a")
    assert store.head_digests(OID) == {"result.pdf": hashlib.sha512(PDF).hexdigest()}
    inventory = store.inventory(OID)
    assert inventory["digestAlgorithm"] == "sha512"
    assert hashlib.sha256(PDF).hexdigest() in inventory["fixity"]["sha256"]


def test_versions_accumulate_and_earlier_ones_are_never_rewritten(store):
    store.write_version(OID, {"result.pdf": PDF, "result.xml": b"<a/>"}, message="load", user="a")
    version, _ = store.write_version(OID, {"result.pdf": PDF, "result.xml": b"<b/>"}, message="fix", user="b")
    assert version == "v2" and store.head_version(OID) == "v2"
    inventory = store.inventory(OID)
    assert list(inventory["versions"]) == ["v1", "v2"]
    assert inventory["versions"]["v1"]["state"][hashlib.sha512(b"<a/>").hexdigest()] == ["result.xml"]
    assert store.read_bytes(OID, "result.xml") == b"<b/>"
    assert len(inventory["manifest"]) == 3  # the unchanged PDF is stored once
    assert store.validate(OID) == [] and store.validate() == []


def test_a_damaged_object_fails_validation(store, tmp_path):
    store.write_version(OID, {"result.pdf": PDF}, message="load", user="a")
    assert store.validate(OID) == []
    local_path = getattr(store, "local_path", None)
    if local_path is None:
        pytest.skip("this adapter's damage is made in its own test")
    stored = local_path(OID, "result.pdf")
    os.chmod(stored, 0o644)
    stored.write_bytes(PDF[:-1] + b"X")
    assert store.validate(OID)


def test_reading_a_missing_object_or_file_is_a_clear_error(store):
    with pytest.raises(InputFileError) as missing:
        store.read_bytes("000.00.00.H30/KQ/none", "result.pdf")
    assert missing.value.key == "warehouse.object_not_found" and "000.00.00.H30/KQ/none" in str(missing.value)
    with pytest.raises(InputFileError):
        store.inventory("000.00.00.H30/KQ/none")
    store.write_version(OID, {"result.pdf": PDF}, message="load", user="a")
    with pytest.raises(InputFileError) as no_file:
        store.open(OID, "result.xml")
    assert no_file.value.key == "warehouse.object_file_not_found"


def test_a_discarded_object_is_gone_and_the_root_stays_valid(store):
    store.write_version(OID, {"result.pdf": PDF}, message="load", user="a")
    store.discard(OID)
    assert not store.exists(OID) and list(store.iter_objects()) == [] and store.validate() == []


_KILLED_WRITER = textwrap.dedent("""
    import os, sys
    from pathlib import Path
    from tthc_digitize.warehouse.home import Home
    from tthc_digitize.warehouse.objects import open_object_store
    store = open_object_store(sys.argv[1], Home(Path(sys.argv[2])), durable=False)
    store.write_version(sys.argv[3], {"result.pdf": os.urandom(4096)}, message="killed", user="a")
""")


# where a killed writer stops: local publishes by rename; the bucket adapter by writing the root
# inventory, then its sidecar (a kill between the two leaves a sidecar for recover to rewrite)
POINTS = {"ocfl.staged": ("v1", {"local", "s3"}), "s3.inventory_written": ("v2", {"s3"}),
          "ocfl.published": ("v2", {"local", "s3"})}


@pytest.mark.parametrize("point", sorted(POINTS))
def test_a_writer_killed_mid_version_leaves_staging_that_recover_clears(store, store_url, tmp_path, point):
    """The store is reopened by URL in a child process that SIGKILLs itself at ``point``."""
    expected, adapters = POINTS[point]
    if store_url.split(":", 1)[0].replace("file", "local") not in adapters:
        pytest.skip(f"{point} is not a step of this adapter")
    store.write_version(OID, {"result.pdf": PDF}, message="load", user="a")
    env = {**os.environ, "TTHC_FAULT_AT": point}
    killed = subprocess.run([sys.executable, "-c", _KILLED_WRITER, store_url, str(tmp_path / "home"), OID],
                            env=env, capture_output=True, text=True, timeout=120)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    reopened = _open(store_url, tmp_path)
    reopened.recover()
    assert reopened.validate() == [] and reopened.validate(OID) == []  # no orphan version beside the head
    assert [oid for oid, _ in reopened.iter_objects()] == [OID]
    assert reopened.head_version(OID) == expected
    for staging in (tmp_path / "kho" / "objects.staging", tmp_path / "home" / "staging"):
        assert not staging.exists() or list(staging.iterdir()) == []
    reopened.write_version(OID, {"result.pdf": b"%PDF-after"}, message="next", user="a")
    assert reopened.read_bytes(OID, "result.pdf") == b"%PDF-after"


def test_streams_are_binary_and_readable_in_chunks(store):
    store.write_version(OID, {"result.pdf": PDF}, message="load", user="a")
    buffer = io.BytesIO()
    with store.open(OID, "result.pdf") as stream:
        while chunk := stream.read(1000):
            buffer.write(chunk)
    assert buffer.getvalue() == PDF


@pytest.mark.parametrize("url", ["gs://bucket/objects", "ftp://host/x", "file://otherhost/srv/kho", "kho"])
def test_an_unknown_store_url_is_a_vietnamese_config_error(tmp_path, url):
    from tthc_digitize.i18n import tr

    with pytest.raises(ConfigError) as refused:
        open_object_store(url, Home(tmp_path))
    assert refused.value.key == "warehouse.bad_objects_url"
    assert "Địa chỉ kho đối tượng không hỗ trợ" in tr(refused.value.key, **refused.value.params)


def test_no_url_is_the_homes_own_objects_folder(tmp_path):
    home = Home(tmp_path)
    store = open_object_store("", home)
    store.initialize()
    store.write_version(OID, {"result.pdf": PDF}, message="load", user="a")
    assert (home.objects / "0=ocfl_1.1").is_file() and open_object_store(home.objects.as_uri(), home).exists(OID)


def test_stored_file_gives_a_file_with_the_heads_bytes_with_or_without_local_paths(store, tmp_path):
    from tthc_digitize.warehouse.objects import stored_file

    store.write_version(OID, {"result.pdf": PDF}, message="load", user="a")
    work = tmp_path / "work"
    work.mkdir()
    assert stored_file(store, OID, "result.pdf", work).read_bytes() == PDF

    class PortOnly:  # the same store seen through the port alone, as a store without local files is
        def __getattr__(self, name):
            if name == "local_path":
                raise AttributeError(name)
            return getattr(store, name)

    copied = stored_file(PortOnly(), OID, "result.pdf", work)
    assert copied.parent == work and copied.read_bytes() == PDF

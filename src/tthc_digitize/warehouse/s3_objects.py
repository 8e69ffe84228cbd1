"""OCFL 1.1 objects in an S3-compatible bucket (issue 15): ``s3://bucket/prefix?endpoint=…``.

The keys under the prefix are the storage root the local adapter (:mod:`.ocfl`) keeps on disk, byte for
byte (same layout, declarations, inventories and sidecars), so a bucket synced to disk is a valid OCFL root.

A bucket has no rename, so the order of writes is the protocol:

- an intent note goes into the home's staging folder first (that is what :meth:`recover` reads; the bucket
  is never listed whole);
- the new version's content, its own inventory and sidecar, and (for a new object) the declaration are
  uploaded under keys that did not exist (``If-None-Match: *``, so two writers cannot both make ``vN``);
- the root ``inventory.json`` is written LAST but one: that write publishes the version. Readers only ever
  read the root inventory, so a crash before it leaves an invisible half-version, which :meth:`recover`
  deletes; a crash after it leaves a stale root sidecar, which :meth:`recover` rewrites.

Every upload carries its SHA-256 (``x-amz-checksum-sha256``) and MD5 (``Content-MD5``), so a server that
checks them refuses a damaged body; the answer's ETag (the MD5 of what the server stored, for plain
single-part uploads) is checked too, for servers that do not. ``validate`` re-reads every byte and runs
ocfl-py's validator on a copy of the object.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import io
import json
import re
import tempfile
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, BinaryIO
from urllib.parse import parse_qs, urlparse

from tthc_digitize.errors import ConfigError, InputFileError, OutputError
from tthc_digitize.fault import fault_point
from tthc_digitize.warehouse.ocfl import (
    INVENTORY,
    LAYOUT,
    LAYOUT_CONFIG,
    OBJECT_DECLARATION,
    ROOT_DECLARATION,
    SIDECAR,
    SPEC,
    _inventory_bytes,
    _write,
    next_inventory,
    object_path,
    validate_object,
    validate_root,
)

_QUERY = {"endpoint", "region", "addressing"}
_ADDRESSING = {"path", "virtual", "auto"}
_LOCATION = re.compile(r"^([0-9a-f]{3}/[0-9a-f]{3}/[0-9a-f]{3}/[^/]+)/(.+)$")
_METADATA = (OBJECT_DECLARATION, INVENTORY, SIDECAR)
_CHUNK = 1 << 20
_ATTEMPTS = 3


def parse_url(url: str) -> dict[str, str]:
    """bucket, prefix, endpoint, region and addressing style of an ``s3://`` URL; ConfigError names the bad part."""
    parsed = urlparse(url)
    query = {name: values[-1] for name, values in parse_qs(parsed.query, keep_blank_values=True).items()}
    bad = next((name for name in query if name not in _QUERY), None)
    if not parsed.netloc or not re.fullmatch(r"[a-z0-9][a-z0-9.\-]{1,61}[a-z0-9]", parsed.netloc):
        bad = "bucket"
    elif "endpoint" in query and urlparse(query["endpoint"]).scheme not in ("http", "https"):
        bad = "endpoint"
    elif query.get("addressing", "path") not in _ADDRESSING:
        bad = "addressing"
    if bad:
        raise ConfigError("warehouse.bad_s3_url", url=url, part=bad)
    return {"bucket": parsed.netloc, "prefix": parsed.path.strip("/"), "endpoint": query.get("endpoint", ""),
            "region": query.get("region", ""), "addressing": query.get("addressing", "path")}


def open_s3_store(url: str, staging: Path, durable: bool = True) -> "S3ObjectStore":
    """The bucket store ``url`` names; credentials come from the usual AWS variables and files.
    No request is made until the store is used."""
    where = parse_url(url)
    import boto3  # heavy: boto3 (slow to import), needed only for s3:// object stores
    from botocore.config import Config as BotoConfig  # heavy: comes with boto3, only for s3:// object stores

    # three tries: a clerk waits seconds, not half a minute, to hear that the endpoint is down;
    # checksums: the adapter sends its own SHA-256 and MD5 (boto's default CRC32 would be one more pass)
    config = BotoConfig(s3={"addressing_style": where["addressing"]}, retries={"mode": "standard", "max_attempts": 3},
                        connect_timeout=10, read_timeout=60,
                        request_checksum_calculation="when_required", response_checksum_validation="when_supported")
    client = boto3.session.Session().client("s3", endpoint_url=where["endpoint"] or None,
                                            region_name=where["region"] or None, config=config)
    return S3ObjectStore(client, where["bucket"], where["prefix"], staging, durable)


def _sums(data: bytes | Path) -> tuple[str, str]:
    """Base64 SHA-256 and MD5, the forms ``x-amz-checksum-sha256`` and ``Content-MD5`` take."""
    h256, md5 = hashlib.sha256(), hashlib.md5()
    chunks = [data] if isinstance(data, bytes) else _chunks(data)
    for chunk in chunks:
        h256.update(chunk)
        md5.update(chunk)
    return base64.b64encode(h256.digest()).decode(), base64.b64encode(md5.digest()).decode()


def _chunks(path: Path) -> Iterator[bytes]:
    with path.open("rb") as fh:
        while chunk := fh.read(_CHUNK):
            yield chunk


class S3ObjectStore:
    def __init__(self, client: Any, bucket: str, prefix: str, staging: Path, durable: bool = True) -> None:
        self.client = client
        self.bucket = bucket
        self.prefix = prefix
        self.staging = staging
        self.durable = durable
        self._errors = (client.exceptions.ClientError, *_botocore_errors())

    # --- keys -------------------------------------------------------------------------------
    def _key(self, rel: str) -> str:
        return f"{self.prefix}/{rel}" if self.prefix else rel

    def _rel(self, key: str) -> str:
        return key[len(self.prefix) + 1:] if self.prefix else key

    def _fail(self, operation: str, rel: str, error: Exception) -> OutputError:
        return OutputError("warehouse.s3_failed", bucket=self.bucket, operation=operation, key=self._key(rel),
                           error=str(error))

    @staticmethod
    def _missing(error: Exception) -> bool:
        code = getattr(error, "response", {}).get("Error", {}).get("Code", "")
        return code in ("NoSuchKey", "404", "NotFound")

    def _get(self, rel: str) -> bytes | None:
        try:
            return self.client.get_object(Bucket=self.bucket, Key=self._key(rel), ChecksumMode="ENABLED")["Body"].read()
        except self._errors as error:
            if self._missing(error):
                return None
            raise self._fail("GetObject", rel, error) from error

    def _has(self, rel: str) -> bool:
        try:
            self.client.head_object(Bucket=self.bucket, Key=self._key(rel))
            return True
        except self._errors as error:
            if self._missing(error):
                return False
            raise self._fail("HeadObject", rel, error) from error

    def _list(self, rel_prefix: str, limit: int | None = None) -> Iterator[tuple[str, int]]:
        """(key relative to the root, size) of every key under ``rel_prefix``."""
        paginator = self.client.get_paginator("list_objects_v2")
        pages = {"PageSize": limit} if limit else {}
        try:
            for page in paginator.paginate(Bucket=self.bucket, Prefix=self._key(rel_prefix), PaginationConfig=pages):
                for item in page.get("Contents", []):
                    yield self._rel(item["Key"]), item["Size"]
                if limit:
                    return
        except self._errors as error:
            raise self._fail("ListObjectsV2", rel_prefix, error) from error

    def _delete(self, rels: list[str]) -> None:
        for start in range(0, len(rels), 1000):
            batch = [{"Key": self._key(rel)} for rel in rels[start:start + 1000]]
            try:
                self.client.delete_objects(Bucket=self.bucket, Delete={"Objects": batch, "Quiet": True})
            except self._errors as error:
                raise self._fail("DeleteObjects", rels[start], error) from error

    def _put(self, rel: str, data: bytes | Path, *, new: bool = False) -> None:
        """Upload with its checksums; ``new``: refused if the key exists (versions are never rewritten).
        A body the server stored differently from what was sent is uploaded again, then refused."""
        sha256, md5 = _sums(data)
        extra = {"IfNoneMatch": "*"} if new else {}
        for _ in range(_ATTEMPTS):
            try:
                with (open(data, "rb") if isinstance(data, Path) else io.BytesIO(data)) as body:
                    answer = self.client.put_object(Bucket=self.bucket, Key=self._key(rel), Body=body,
                                                    ChecksumSHA256=sha256, ContentMD5=md5, **extra)
            except self._errors as error:
                code = getattr(error, "response", {}).get("Error", {}).get("Code", "")
                if code in ("PreconditionFailed", "ConditionalRequestConflict"):
                    version = re.search(r"(?:^|/)(v\d+)/", rel)
                    raise OutputError("warehouse.version_exists", object=self._key(rel),
                                      version=version.group(1) if version else "?") from error
                raise self._fail("PutObject", rel, error) from error
            if self._stored_as_sent(answer, sha256, md5):
                return
            if new:  # the damaged body is ours: it may go, and the key is new again
                self._delete([rel])
        raise OutputError("warehouse.s3_upload_damaged", key=self._key(rel), bucket=self.bucket)

    @staticmethod
    def _stored_as_sent(answer: dict, sha256: str, md5: str) -> bool:
        if answer.get("ChecksumSHA256") not in (None, sha256):
            return False
        etag = answer.get("ETag", "").strip('"')
        encrypted_by_kms = str(answer.get("ServerSideEncryption", "")).startswith("aws:kms")
        if encrypted_by_kms or not re.fullmatch(r"[0-9a-f]{32}", etag):
            return True  # that ETag is not an MD5: the server's own checksum check is what guards
        return etag == base64.b64decode(md5).hex()

    # --- the storage root ------------------------------------------------------------------
    def initialize(self) -> None:
        self.staging.mkdir(parents=True, exist_ok=True)
        layout = {"extension": LAYOUT, "description": "Hashed (sha256, 3x3) n-tuple trees with the object id as folder"}
        self._put("ocfl_layout.json", json.dumps(layout, indent=2).encode())
        self._put(f"extensions/{LAYOUT}/config.json", json.dumps(LAYOUT_CONFIG, indent=2).encode())
        self._put(ROOT_DECLARATION, f"ocfl_{SPEC}\n".encode())  # last: it says the root is ready

    def is_initialized(self) -> bool:
        return self._has(ROOT_DECLARATION)

    def exists(self, identifier: str) -> bool:
        return self._has(f"{object_path(identifier)}/{INVENTORY}")

    def inventory(self, identifier: str) -> dict:
        data = self._get(f"{object_path(identifier)}/{INVENTORY}")
        if data is None:
            raise InputFileError("warehouse.object_not_found", object=identifier)
        return json.loads(data)

    def head_version(self, identifier: str) -> str:
        return self.inventory(identifier)["head"]

    def _head_content(self, identifier: str) -> dict[str, str]:
        inventory = self.inventory(identifier)
        state = inventory["versions"][inventory["head"]]["state"]
        return {logical: inventory["manifest"][digest][0] for digest, paths in state.items() for logical in paths}

    def head_digests(self, identifier: str) -> dict[str, str]:
        inventory = self.inventory(identifier)
        state = inventory["versions"][inventory["head"]]["state"]
        return {logical: digest for digest, paths in state.items() for logical in paths}

    def head_keys(self, identifier: str) -> dict[str, str]:
        base = object_path(identifier)
        return {name: f"{base}/{content}" for name, content in self._head_content(identifier).items()}

    def open(self, identifier: str, name: str) -> BinaryIO:
        rel = self.head_keys(identifier).get(name)
        if rel is None:
            raise InputFileError("warehouse.object_file_not_found", object=identifier, name=name)
        try:
            return self.client.get_object(Bucket=self.bucket, Key=self._key(rel), ChecksumMode="ENABLED")["Body"]
        except self._errors as error:
            raise self._fail("GetObject", rel, error) from error

    def read_bytes(self, identifier: str, name: str) -> bytes:
        with self.open(identifier, name) as stream:
            return stream.read()

    def iter_objects(self) -> Iterator[tuple[str, str]]:
        """(identifier, location) of every published object (one with a root inventory); "" when that
        inventory cannot be read."""
        for rel, _ in self._list(""):
            match = _LOCATION.match(rel)
            if not match or match.group(2) != INVENTORY:
                continue
            try:
                yield json.loads(self._get(rel) or b"")["id"], match.group(1)
            except (ValueError, KeyError, TypeError):
                yield "", match.group(1)

    # --- checking ---------------------------------------------------------------------------
    def _materialise(self, location: str, folder: Path, check_digests: bool) -> int:
        """The object's keys as files under ``folder`` (content left empty when digests are not checked)."""
        count = 0
        for rel, _ in self._list(f"{location}/"):
            name = rel[len(location) + 1:]
            path = folder / name
            path.parent.mkdir(parents=True, exist_ok=True)
            wanted = check_digests or name in _METADATA or re.fullmatch(r"v\d+/inventory\.json(\.sha512)?", name)
            path.write_bytes((self._get(rel) or b"") if wanted else b"")
            count += 1
        return count

    def validate(self, identifier: str | None = None, *, location: str | None = None,
                 check_digests: bool = True) -> list[str]:
        """ocfl-py's findings on a copy of one object (by identifier or location), or of the root's
        structure (objects' metadata only) without either."""
        with tempfile.TemporaryDirectory(prefix="tthc-s3-") as work:
            folder = Path(work) / "root"
            if identifier is None and location is None:
                for rel in (ROOT_DECLARATION, "ocfl_layout.json", f"extensions/{LAYOUT}/config.json"):
                    data = self._get(rel)
                    if data is not None:
                        (folder / rel).parent.mkdir(parents=True, exist_ok=True)
                        (folder / rel).write_bytes(data)
                for _, found in self.iter_objects():
                    self._materialise(found, folder / found, check_digests=False)
                if not folder.exists():
                    return [f"s3://{self.bucket}/{self.prefix}: empty"]
                return validate_root(folder, validate_objects=False)
            location = object_path(identifier) if identifier is not None else location
            if not self._materialise(location, folder, check_digests):
                return [f"{identifier or location}: no such object"]
            return validate_object(folder, check_digests=check_digests)

    def copy_object(self, identifier: str, version: str, target: Any) -> tuple[int, int]:
        """The object as it was when ``version`` was head, into a local store ``target`` (a backup)."""
        base = object_path(identifier)
        if not self._has(f"{base}/{version}/{INVENTORY}"):
            raise InputFileError("warehouse.object_not_found", object=f"{identifier} {version}")
        dest = target.path(identifier)
        dest.mkdir(parents=True)
        wanted = {f"v{n}" for n in range(1, int(version[1:]) + 1)}
        files = size = 0
        for rel, _ in self._list(f"{base}/"):
            name = rel[len(base) + 1:]
            if name == OBJECT_DECLARATION or name.split("/", 1)[0] in wanted:
                data = self._get(rel) or b""
                (dest / name).parent.mkdir(parents=True, exist_ok=True)
                (dest / name).write_bytes(data)
                files, size = files + 1, size + len(data)
        for name in (INVENTORY, SIDECAR):
            data = (dest / version / name).read_bytes()
            (dest / name).write_bytes(data)
            files, size = files + 1, size + len(data)
        return files, size

    # --- writing ----------------------------------------------------------------------------
    def write_version(
        self, identifier: str, files: dict[str, bytes | Path], *, message: str, user: str,
        validate: bool = True,
    ) -> tuple[str, dict[str, str]]:
        """Publish a new version whose state is ``files``; returns its name and logical path -> key
        relative to the storage root. The caller holds the warehouse lock."""
        base = object_path(identifier)
        previous = self.inventory(identifier) if self.exists(identifier) else None
        version = "v1" if previous is None else f"v{int(previous['head'][1:]) + 1}"
        # one listing: keys left under the new version (or, for a new object, anywhere under it) mean
        # an unrecovered writer; the uploads' If-None-Match guards the moment after this check
        if any(True for _ in self._list(f"{base}/{version}/" if previous else f"{base}/", limit=1)):
            raise OutputError("warehouse.version_exists", object=identifier, version=version)
        inventory, uploads = next_inventory(identifier, previous, version, files, message, user)
        data, sidecar = _inventory_bytes(inventory)
        if validate:
            self._check_before_publishing(identifier, inventory, data, sidecar, previous)
        intent = self.staging / f"s3-intent-{uuid.uuid4().hex}.json"
        self.staging.mkdir(parents=True, exist_ok=True)
        _write(intent, json.dumps({"location": base, "version": version}).encode(), self.durable)
        for content, source in uploads.items():
            self._put(f"{base}/{content}", source, new=True)
        self._put(f"{base}/{version}/{INVENTORY}", data, new=True)
        self._put(f"{base}/{version}/{SIDECAR}", sidecar, new=True)
        if previous is None:
            self._put(f"{base}/{OBJECT_DECLARATION}", f"ocfl_object_{SPEC}\n".encode(), new=True)
        fault_point("ocfl.staged")
        self._put(f"{base}/{INVENTORY}", data)  # the version is published here
        fault_point("s3.inventory_written")
        self._put(f"{base}/{SIDECAR}", sidecar)
        fault_point("ocfl.published")
        intent.unlink()
        state = inventory["versions"][version]["state"]
        paths = {logical: f"{base}/{inventory['manifest'][digest][0]}"
                 for digest, logicals in state.items() for logical in logicals}
        return version, paths

    def _check_before_publishing(self, identifier: str, inventory: dict, data: bytes, sidecar: bytes,
                                 previous: dict | None) -> None:
        """ocfl-py on the object as it would be (inventories real, content as empty placeholders):
        what the local adapter checks on its staged copy, without downloading content."""
        base = object_path(identifier)
        with tempfile.TemporaryDirectory(prefix="tthc-s3-") as work:
            folder = Path(work) / "object"
            if previous is not None:
                self._materialise(base, folder, check_digests=False)
            version = inventory["head"]
            for content_paths in inventory["manifest"].values():
                for content in content_paths:
                    (folder / content).parent.mkdir(parents=True, exist_ok=True)
                    (folder / content).touch()
            for where in (folder, folder / version):
                (where / INVENTORY).write_bytes(data)
                (where / SIDECAR).write_bytes(sidecar)
            (folder / OBJECT_DECLARATION).write_bytes(f"ocfl_object_{SPEC}\n".encode())
            problems = validate_object(folder, check_digests=False)
        if problems:
            raise OutputError("warehouse.object_invalid", object=identifier, detail=problems[0])

    def discard(self, identifier: str) -> None:
        """Remove an object that was never registered: its root inventory first (it is then invisible), then the rest."""
        base = object_path(identifier)
        self._delete([f"{base}/{INVENTORY}"])
        self._delete([rel for rel, _ in self._list(f"{base}/")])

    def recover(self, keep: Callable[[Path], bool] = lambda path: False) -> list[str]:
        """Repair what a killed writer left, from its intent notes; call with the warehouse lock held.

        A version whose root inventory was never written is deleted; one whose root inventory was
        written gets its root sidecar. ``keep`` is for the local adapter's shared staging folder: this
        one touches only its own notes. Returns the locations whose publication was finished."""
        done = [location for location in self._noted_locations() if self._finish(location)]
        for note in self.staging.glob("s3-intent-*.json") if self.staging.is_dir() else ():
            note.unlink()
        return done

    def _noted_locations(self) -> list[str]:
        """The objects intent notes name, each once; a note torn while being written names none
        (nothing was uploaded after it)."""
        plans = []
        for note in sorted(self.staging.glob("s3-intent-*.json")) if self.staging.is_dir() else ():
            with contextlib.suppress(ValueError, KeyError):
                plans.append(json.loads(note.read_bytes())["location"])
        return sorted(set(plans))

    def _finish(self, location: str) -> bool:
        """One object back to its published state; True when a publication was completed."""
        keys = [rel for rel, _ in self._list(f"{location}/")]
        root = self._get(f"{location}/{INVENTORY}")
        if root is None:  # never published: every key is an orphan
            self._delete(keys)
            return False
        head = json.loads(root)["head"]
        versions = (re.match(r"v(\d+)/", rel[len(location) + 1:]) for rel in keys)
        self._delete([rel for rel, found in zip(keys, versions) if found and int(found.group(1)) > int(head[1:])])
        sidecar = f"{hashlib.sha512(root).hexdigest()} {INVENTORY}\n".encode()
        if self._get(f"{location}/{SIDECAR}") != sidecar:
            self._put(f"{location}/{SIDECAR}", sidecar)
            return True
        return False


def _botocore_errors() -> tuple[type[Exception], ...]:
    from botocore.exceptions import BotoCoreError  # heavy: comes with boto3, only for s3:// object stores

    return (BotoCoreError,)

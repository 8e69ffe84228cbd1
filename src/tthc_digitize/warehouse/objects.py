"""The object-store port: what the warehouse asks of wherever its OCFL objects are kept, and the
choice of store by URL (``[warehouse] objects``).

Callers speak object identifiers, logical names (``result.pdf`` …) and bytes or streams, never the
store's own paths: the local adapter (:class:`.ocfl.ObjectStore`) additionally offers
``local_path(object_id, name)`` so a caller that needs a file can skip a copy, and :func:`stored_file`
is the one place that decides. An S3-compatible store (issue 15) is one more module with the methods
below and one more scheme in :func:`open_object_store`: ``s3://bucket/prefix?endpoint=…`` is
:mod:`.s3_objects` (boto3, imported only for such a URL).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO, Protocol
from urllib.parse import unquote, urlparse

from tthc_digitize.errors import ConfigError
from tthc_digitize.warehouse.home import Home
from tthc_digitize.warehouse.ocfl import ObjectStore, digests
from tthc_digitize.warehouse.s3_objects import open_s3_store

__all__ = ["ObjectStorePort", "digests", "head_state", "open_object_store", "stored_file"]


class ObjectStorePort(Protocol):
    durable: bool

    def initialize(self) -> None: ...
    def is_initialized(self) -> bool: ...
    def exists(self, object_id: str) -> bool: ...
    def inventory(self, object_id: str) -> dict: ...
    def head_version(self, object_id: str) -> str: ...
    def head_digests(self, object_id: str) -> dict[str, str]: ...
    def head_keys(self, object_id: str) -> dict[str, str]: ...
    def open(self, object_id: str, name: str) -> BinaryIO: ...
    def read_bytes(self, object_id: str, name: str) -> bytes: ...
    def iter_objects(self) -> Iterator[tuple[str, str]]: ...

    def write_version(self, object_id: str, files: dict[str, bytes | Path], *, message: str, user: str,
                      validate: bool = True) -> tuple[str, dict[str, str]]: ...

    def discard(self, object_id: str) -> None: ...
    def recover(self, keep: Callable[[Path], bool] = ...) -> list[str]: ...

    def validate(self, object_id: str | None = None, *, location: str | None = None,
                 check_digests: bool = True) -> list[str]: ...

    def copy_object(self, object_id: str, version: str, target: "ObjectStorePort") -> tuple[int, int]:
        """The object as of ``version`` into ``target`` (backup: the target is a local store)."""


def open_object_store(url: str, home: Home, durable: bool = True) -> ObjectStorePort:
    """The store ``url`` names; "" is the home's own ``objects`` folder.

    A ``file://`` store elsewhere builds its versions in a staging folder beside it (a publish is a
    rename, so staging must be on the same filesystem as the root). An ``s3://`` store makes no
    request until it is used."""
    if not url:
        return ObjectStore(home.objects, home.staging, durable=durable)
    parsed = urlparse(url)
    if parsed.scheme == "file" and parsed.netloc in ("", "localhost") and parsed.path:
        root = Path(unquote(parsed.path))
        if root == home.objects:
            return ObjectStore(home.objects, home.staging, durable=durable)
        return ObjectStore(root, root.with_name(root.name + ".staging"), durable=durable)
    if parsed.scheme == "s3":  # its intent notes live in the home's staging folder, beside the register's
        return open_s3_store(url, home.staging, durable=durable)
    raise ConfigError("warehouse.bad_objects_url", url=url)


def stored_file(store: ObjectStorePort, object_id: str, name: str, folder: Path) -> Path:
    """A file holding the head's ``name``: the stored file itself where the store offers one,
    else a copy written into ``folder`` (the caller's temporary folder)."""
    local_path = getattr(store, "local_path", None)
    if local_path is not None:
        return local_path(object_id, name)
    handle, target = tempfile.mkstemp(dir=folder, suffix=f"-{name}")
    with store.open(object_id, name) as source, os.fdopen(handle, "wb") as out:
        shutil.copyfileobj(source, out)
    return Path(target)


def head_state(store: ObjectStorePort, object_id: str) -> dict[str, bytes | Path]:
    """The head version's files, to carry over into the next version (paths where the store has them)."""
    local_path = getattr(store, "local_path", None)
    return {name: local_path(object_id, name) if local_path else store.read_bytes(object_id, name)
            for name in store.head_digests(object_id)}

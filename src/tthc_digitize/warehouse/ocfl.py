"""OCFL 1.1 objects on disk, written so that a crash at any instant leaves a valid storage root.

The small part of https://ocfl.io/1.1/spec/ the warehouse needs is written here (ocfl-py writes
versions in place, file by file); ocfl-py's validator checks the result.

- Storage root: ``0=ocfl_1.1`` and the 0003 hash-and-id n-tuple layout (sha256, 3 x 3), so an
  object's folder also names its identifier (percent-encoded).
- Every version is built complete in the staging folder (content, inventory, digest sidecar),
  validated there with ocfl-py, then published in one step. A new object is built inside the missing
  part of its path and that part is renamed into place (no empty folder is ever left). A new version
  is a complete copy of the object in staging (earlier versions hard-linked, so no bytes are copied)
  swapped with the published one by one ``renameat2(RENAME_EXCHANGE)``; where that call is missing,
  two renames and an intent note that :meth:`ObjectStore.recover` finishes after a crash.
- Versions are never rewritten: unchanged files refer to the content of the earlier version.
"""

from __future__ import annotations

import errno
import hashlib
import json
import logging
import os
import shutil
import uuid
from collections.abc import Callable, Iterator
from datetime import timezone
from pathlib import Path
from typing import BinaryIO

from tthc_digitize import clock, fsio
from tthc_digitize.errors import InputFileError, OutputError
from tthc_digitize.fault import fault_point

SPEC = "1.1"
ROOT_DECLARATION = f"0=ocfl_{SPEC}"
OBJECT_DECLARATION = f"0=ocfl_object_{SPEC}"
INVENTORY = "inventory.json"
SIDECAR = "inventory.json.sha512"
INVENTORY_TYPE = f"https://ocfl.io/{SPEC}/spec/#inventory"
LAYOUT = "0003-hash-and-id-n-tuple-storage-layout"
LAYOUT_CONFIG = {"extensionName": LAYOUT, "digestAlgorithm": "sha256", "tupleSize": 3, "numberOfTuples": 3}
_SAFE = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
_CHUNK = 1 << 20


def object_path(identifier: str) -> str:
    """Extension 0003: three 3-character tuples of sha256(id), then the id percent-encoded."""
    digest = hashlib.sha256(identifier.encode("utf-8")).hexdigest()
    encoded = "".join(c if c in _SAFE else "".join(f"%{b:02x}" for b in c.encode("utf-8")) for c in identifier)
    if len(encoded) > 100:
        encoded = f"{encoded[:100]}-{digest}"
    return "/".join([digest[0:3], digest[3:6], digest[6:9], encoded])


def digests(source: bytes | Path) -> tuple[str, str]:
    """(sha512, sha256) of bytes or of a file, read once."""
    h512, h256 = hashlib.sha512(), hashlib.sha256()
    if isinstance(source, bytes):
        h512.update(source)
        h256.update(source)
    else:
        with source.open("rb") as fh:
            while chunk := fh.read(_CHUNK):
                h512.update(chunk)
                h256.update(chunk)
    return h512.hexdigest(), h256.hexdigest()


def _fsync_dir(path: Path, durable: bool = True) -> None:
    if not durable:
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write(path: Path, data: bytes | Path, durable: bool = True) -> None:
    fsio.write_atomically(path, data, durable)


def _inventory_bytes(inventory: dict) -> tuple[bytes, bytes]:
    data = json.dumps(inventory, ensure_ascii=False, indent=2, sort_keys=True).encode("utf-8")
    return data, f"{hashlib.sha512(data).hexdigest()} {INVENTORY}\n".encode()


def _now() -> str:
    return clock.now().astimezone(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


def next_inventory(identifier: str, previous: dict | None, version: str, files: dict[str, bytes | Path],
                   message: str, user: str) -> tuple[dict, dict[str, bytes | Path]]:
    """The inventory with ``version`` as head whose state is ``files``, and the content paths that
    version must store (content already in an earlier version is referred to, not stored again).
    ``previous`` is not changed. Every adapter builds its inventories here."""
    inventory = json.loads(json.dumps(previous)) if previous else {
        "id": identifier, "type": INVENTORY_TYPE, "digestAlgorithm": "sha512", "head": "",
        "contentDirectory": "content", "fixity": {"sha256": {}}, "manifest": {}, "versions": {},
    }
    new_content: dict[str, bytes | Path] = {}
    state: dict[str, list[str]] = {}
    for logical, data in sorted(files.items()):
        sha512, sha256 = digests(data)
        state.setdefault(sha512, []).append(logical)
        if sha512 not in inventory["manifest"]:
            content = f"{version}/content/{logical}"
            new_content[content] = data
            inventory["manifest"][sha512] = [content]
            inventory["fixity"]["sha256"].setdefault(sha256, []).append(content)
    inventory["head"] = version
    inventory["versions"][version] = {"created": _now(), "message": message, "user": {"name": user}, "state": state}
    return inventory, new_content


class ObjectStore:
    def __init__(self, root: Path, staging: Path, durable: bool = True) -> None:
        self.root = root
        self.staging = staging
        self.durable = durable

    # --- the storage root ------------------------------------------------------------------
    def initialize(self) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        self.staging.mkdir(parents=True, exist_ok=True)
        _write(self.root / ROOT_DECLARATION, f"ocfl_{SPEC}\n".encode())
        layout = {"extension": LAYOUT, "description": "Hashed (sha256, 3x3) n-tuple trees with the object id as folder"}
        _write(self.root / "ocfl_layout.json", json.dumps(layout, indent=2).encode())
        _write(self.root / "extensions" / LAYOUT / "config.json", json.dumps(LAYOUT_CONFIG, indent=2).encode())

    def is_initialized(self) -> bool:
        return (self.root / ROOT_DECLARATION).is_file()

    def path(self, identifier: str) -> Path:
        return self.root / object_path(identifier)

    def exists(self, identifier: str) -> bool:
        return (self.path(identifier) / INVENTORY).is_file()

    def inventory(self, identifier: str) -> dict:
        try:
            return json.loads((self.path(identifier) / INVENTORY).read_bytes())
        except FileNotFoundError:
            raise InputFileError("warehouse.object_not_found", object=identifier) from None

    def head_version(self, identifier: str) -> str:
        return self.inventory(identifier)["head"]

    def head_files(self, identifier: str) -> dict[str, Path]:
        """Logical path -> stored file of the head version (this adapter only: other stores have no paths)."""
        inventory = self.inventory(identifier)
        base = self.path(identifier)
        state = inventory["versions"][inventory["head"]]["state"]
        return {logical: base / inventory["manifest"][digest][0] for digest, paths in state.items() for logical in paths}

    def head_digests(self, identifier: str) -> dict[str, str]:
        """Logical path -> sha512 in the head version."""
        inventory = self.inventory(identifier)
        state = inventory["versions"][inventory["head"]]["state"]
        return {logical: digest for digest, paths in state.items() for logical in paths}

    def head_keys(self, identifier: str) -> dict[str, str]:
        """Logical path -> where the head keeps it, relative to the storage root (the register's path columns)."""
        return {name: str(path.relative_to(self.root)) for name, path in self.head_files(identifier).items()}

    def local_path(self, identifier: str, name: str) -> Path:
        """The stored file itself: an optimisation this adapter offers (no copy is made); every
        caller also works through :meth:`open`."""
        path = self.head_files(identifier).get(name)
        if path is None:
            raise InputFileError("warehouse.object_file_not_found", object=identifier, name=name)
        return path

    def open(self, identifier: str, name: str) -> BinaryIO:
        return self.local_path(identifier, name).open("rb")

    def read_bytes(self, identifier: str, name: str) -> bytes:
        return self.local_path(identifier, name).read_bytes()

    def iter_objects(self) -> Iterator[tuple[str, str]]:
        """(identifier, location) of every object, read from its inventory; the identifier is "" when
        the inventory cannot be read (:meth:`validate` with that location says why)."""
        for declaration in self.root.glob(f"*/*/*/*/{OBJECT_DECLARATION}"):
            folder = declaration.parent
            location = str(folder.relative_to(self.root))
            try:
                yield json.loads((folder / INVENTORY).read_bytes())["id"], location
            except (OSError, ValueError, KeyError):
                yield "", location

    def validate(self, identifier: str | None = None, *, location: str | None = None,
                 check_digests: bool = True) -> list[str]:
        """Problems found by ocfl-py (empty: valid): of one object (by identifier or by the location
        :meth:`iter_objects` gave), or without either of the storage root's structure."""
        if identifier is None and location is None:
            return validate_root(self.root, validate_objects=False)
        folder = self.path(identifier) if identifier is not None else self.root / location
        if not folder.is_dir():
            return [f"{identifier or location}: no such object"]
        return validate_object(folder, check_digests=check_digests)

    def copy_object(self, identifier: str, version: str, target: "ObjectStore") -> tuple[int, int]:
        """The object as it was when ``version`` was head, into ``target`` (a backup); published
        versions never change and a version's own inventory is the root inventory of its time.
        Returns (files, bytes) copied."""
        source = self.path(identifier)
        if not (source / version / INVENTORY).is_file():
            raise InputFileError("warehouse.object_not_found", object=f"{identifier} {version}")
        dest = target.path(identifier)
        dest.mkdir(parents=True)
        shutil.copy2(source / OBJECT_DECLARATION, dest / OBJECT_DECLARATION)
        for number in range(1, int(version[1:]) + 1):
            shutil.copytree(source / f"v{number}", dest / f"v{number}")
        for name in (INVENTORY, SIDECAR):
            shutil.copy2(dest / version / name, dest / name)
        sizes = [file.stat().st_size for file in dest.rglob("*") if file.is_file()]
        return len(sizes), sum(sizes)

    # --- writing ----------------------------------------------------------------------------
    def write_version(
        self, identifier: str, files: dict[str, bytes | Path], *, message: str, user: str,
        validate: bool = True,
    ) -> tuple[str, dict[str, str]]:
        """Publish a new version whose state is ``files`` (logical path -> bytes or file).

        Returns the version name and logical path -> content path (relative to the storage root).
        The caller holds the warehouse lock."""
        target = self.path(identifier)
        previous = self.inventory(identifier) if self.exists(identifier) else None
        number = 1 if previous is None else int(previous["head"][1:]) + 1
        version = f"v{number}"
        if (target / version).exists():
            raise OutputError("warehouse.version_exists", object=identifier, version=version)
        work = self.staging / f"build-{uuid.uuid4().hex}"
        # a new object is built inside the part of its path that does not exist yet, and that part is
        # renamed into place whole: a crash never leaves the empty folders the validator refuses
        parts = object_path(identifier).split("/")
        missing = 0 if previous is not None else next(
            (i for i in range(len(parts)) if not (self.root.joinpath(*parts[: i + 1])).is_dir()), len(parts))
        if missing == len(parts) and previous is None:
            raise OutputError("warehouse.object_invalid", object=identifier, detail="folder exists without inventory")
        build = work.joinpath(*parts[missing:]) if previous is None else work / "object"
        inventory, new_content = next_inventory(identifier, previous, version, files, message, user)
        for content, data in new_content.items():
            _write(build / content, data, self.durable)
        state = inventory["versions"][version]["state"]
        data, sidecar = _inventory_bytes(inventory)
        _write(build / version / INVENTORY, data, self.durable)
        _write(build / version / SIDECAR, sidecar, self.durable)
        _write(build / INVENTORY, data, self.durable)
        _write(build / SIDECAR, sidecar, self.durable)
        if previous is None:
            _write(build / OBJECT_DECLARATION, f"ocfl_object_{SPEC}\n".encode(), self.durable)
        else:
            self._link_earlier_versions(target, build, previous)
        if validate:
            problems = validate_object(build)
            if problems:
                shutil.rmtree(work, ignore_errors=True)
                raise OutputError("warehouse.object_invalid", object=identifier, detail=problems[0])
        fault_point("ocfl.staged")
        if previous is None:
            top = self.root.joinpath(*parts[: missing + 1])
            os.rename(work / parts[missing], top)
            _fsync_dir(top.parent, self.durable)
        else:
            self._swap(build, target, work)
        fault_point("ocfl.published")
        shutil.rmtree(work, ignore_errors=True)
        paths = {logical: f"{object_path(identifier)}/{inventory['manifest'][digest][0]}"
                 for digest, logicals in state.items() for logical in logicals}
        return version, paths

    @staticmethod
    def _link_earlier_versions(target: Path, build: Path, previous: dict) -> None:
        """Hard links of the published versions beside the new one: the staged object is complete."""
        os.link(target / OBJECT_DECLARATION, build / OBJECT_DECLARATION)
        for version in previous["versions"]:
            for file in (target / version).rglob("*"):
                if file.is_file():
                    link = build / file.relative_to(target)
                    link.parent.mkdir(parents=True, exist_ok=True)
                    os.link(file, link)

    def _swap(self, build: Path, target: Path, work: Path) -> None:
        """Put the staged object (old versions hard-linked, new version, new inventory) in place.

        Linux swaps two folders in one step (renameat2 RENAME_EXCHANGE). Elsewhere it is two renames,
        with an intent note so :meth:`recover` finishes the second after a crash; between them the
        object is briefly absent (its pending note marks it in flight)."""
        if _exchange(build, target):
            _fsync_dir(target.parent, self.durable)
            return
        old = work / "previous"
        intent = self.staging / f"intent-{uuid.uuid4().hex}.json"
        note = {"target": str(target.relative_to(self.root)), "new": str(build.relative_to(self.staging)),
                "old": str(old.relative_to(self.staging))}
        _write(intent, json.dumps(note).encode(), self.durable)
        os.rename(target, old)
        fault_point("ocfl.half_swapped")
        os.rename(build, target)
        _fsync_dir(target.parent, self.durable)
        intent.unlink()

    def discard(self, identifier: str) -> None:
        """Remove an object that was never registered (an e-copy whose transaction rolled back): one
        rename out of the root into staging, so readers see it whole or not at all, then deleted;
        its now empty layout folders go too (an empty folder in the root is not valid OCFL)."""
        folder = self.path(identifier)
        grave = self.staging / f"discarded-{uuid.uuid4().hex}"
        os.rename(folder, grave)
        _fsync_dir(folder.parent, self.durable)
        shutil.rmtree(grave, ignore_errors=True)
        parent = folder.parent
        while parent != self.root:
            try:
                parent.rmdir()
            except OSError:  # another object's folder is in it
                break
            parent = parent.parent

    def recover(self, keep: Callable[[Path], bool] = lambda path: False) -> list[str]:
        """Finish or undo what a killed writer left; call with the warehouse lock held.

        Staging entries for which ``keep`` is true (the warehouse's own notes) are left alone."""
        self.staging.mkdir(parents=True, exist_ok=True)
        done: list[str] = []
        for intent in sorted(self.staging.glob("intent-*.json")):
            try:
                plan = json.loads(intent.read_bytes())
            except ValueError:  # torn while being written: nothing was moved after it
                intent.unlink()
                continue
            target = self.root / plan["target"]
            if not target.exists():
                for candidate in (self.staging / plan["new"], self.staging / plan["old"]):
                    if (candidate / INVENTORY).is_file():
                        os.rename(candidate, target)
                        done.append(plan["target"])
                        break
            intent.unlink()
        for leftover in self.staging.iterdir():
            if keep(leftover):
                continue
            if leftover.is_dir():
                shutil.rmtree(leftover, ignore_errors=True)
            else:
                leftover.unlink(missing_ok=True)
        return done


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _exchange(a: Path, b: Path) -> bool:
    """Atomically swap two paths (Linux renameat2); False where the system cannot."""
    import ctypes  # heavy: ctypes, loaded only for renameat2

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP):
        return False
    raise OSError(code, os.strerror(code), str(b))


def _ocfl_py():
    """ocfl-py, imported when first needed (it is slow to import); a module it pulls in
    (pairtree) turns the root logger to INFO, which would print ocfl-py's chatter on stderr."""
    level = logging.getLogger().level
    import ocfl.storage_root  # heavy: ocfl-py's validator, loaded only when an object is validated
    import ocfl.validator  # heavy: ocfl-py's validator, loaded only when an object is validated

    logging.getLogger().setLevel(level if level != logging.NOTSET else logging.WARNING)
    for handler in logging.getLogger().handlers:
        handler.setLevel(logging.WARNING)
    return ocfl


def validate_object(folder: Path, check_digests: bool = True) -> list[str]:
    """ocfl-py's validator on one object folder: its error lines, empty when valid."""
    Validator = _ocfl_py().validator.Validator

    validator = Validator(check_digests=check_digests, lang="en")
    if validator.validate_object(str(folder)):
        return []
    return [line for line in validator.status_str().splitlines() if line.strip()] or ["invalid"]


def validate_root(root: Path, validate_objects: bool = True) -> list[str]:
    """ocfl-py's storage-root validation (structure, and every object unless told otherwise)."""
    StorageRoot = _ocfl_py().storage_root.StorageRoot
    storage = StorageRoot(root=str(root))
    ok = storage.validate(validate_objects=validate_objects, check_digests=validate_objects)
    problems = [f"{path}: {message}" for path, message in storage.errors]
    traversal = storage.log.status_str() if storage.log else ""
    problems += [line for line in traversal.splitlines() if line.strip()]
    if not ok and not problems:
        problems.append("storage root invalid")
    if storage.good_objects != storage.num_objects and not problems:
        problems.append(f"{storage.num_objects - storage.good_objects} invalid objects")
    return problems

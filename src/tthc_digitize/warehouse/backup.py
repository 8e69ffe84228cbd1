"""``tthc backup DEST``: a consistent copy of the warehouse that ``tthc audit --home DEST`` accepts.

The register is copied first with SQLite's online backup API (a snapshot, even while a loader
writes); then, for each result *in that snapshot*, the object's versions up to the one the snapshot
names. Published versions never change, and a version's own ``inventory.json`` is the object's root
inventory as it was when that version was head, so the copy matches the snapshot exactly. The copy
is built beside DEST and renamed into place, so a half-made backup never looks like a finished one.

The audit chain's anchors (``audit-anchors.jsonl``) are copied *before* the register snapshot, so
every anchor copied names a head the snapshot holds (a writer anchors only after it commits); the
copy is read back and compared, and checked against the snapshot's chain, so ``tthc audit --home
DEST`` holds the backup's chain to the anchors as they were.
"""

from __future__ import annotations

import hashlib
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from tthc_digitize.errors import OutputError, UsageError
from tthc_digitize.warehouse import anchor
from tthc_digitize.warehouse.home import Home
from tthc_digitize.warehouse.objects import open_object_store
from tthc_digitize.warehouse.repository import open_repository
from tthc_digitize.warehouse.service import Warehouse


@dataclass
class BackupReport:
    dest: Path
    results: int
    files: int
    bytes: int
    anchors: int = 0
    anchor_problems: list[tuple[str, str]] = field(default_factory=list)  # the source's chain no longer holds them


@contextmanager
def new_folder(dest: Path) -> Iterator[Path]:
    """A folder built beside ``dest`` (which must be new or empty) and renamed to it when complete;
    removed on any failure, so a half-made copy never looks like a finished one."""
    dest = dest.absolute()
    if dest.exists() and (not dest.is_dir() or any(dest.iterdir())):
        raise UsageError("warehouse.backup_exists", path=str(dest))
    dest.parent.mkdir(parents=True, exist_ok=True)
    work = dest.parent / f".{dest.name}.partial-{uuid.uuid4().hex[:8]}"
    work.mkdir()
    try:
        yield work
        if dest.exists():
            dest.rmdir()
        work.rename(dest)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise


def backup(wh: Warehouse, dest: Path) -> BackupReport:
    with new_folder(dest) as root:
        work = Home(root)
        shutil.copy2(wh.home.config_file, work.config_file)
        work.lock_file.touch()
        target = open_object_store("", work)  # a backup keeps its objects in its own home, whatever the source's store
        target.initialize()
        copy_anchors(wh.home.root, root)
        wh.repo.backup_to(work.database)
        snapshot = open_repository(work.register_url())
        files = size = results = 0
        try:
            anchors, _ = anchor.read(root)
            problems = anchor.check(anchors, snapshot.chain_hashes())
            for row in snapshot.iter_object_refs():
                results += 1
                copied, copied_bytes = wh.store.copy_object(row["object_id"], row["object_version"], target)
                files += copied
                size += copied_bytes
        finally:
            snapshot.close()
    return BackupReport(dest=dest.absolute(), results=results, files=files, bytes=size, anchors=len(anchors),
                        anchor_problems=problems)


def copy_anchors(source_root: Path, dest_root: Path) -> None:
    """The anchors file's complete lines (a line being appended right now is left for the next
    backup), written, read back and compared."""
    source = anchor.anchor_path(source_root)
    if not source.is_file():
        return
    data = source.read_bytes()
    data = data[: data.rfind(b"\n") + 1]
    target = anchor.anchor_path(dest_root)
    target.write_bytes(data)
    if hashlib.sha256(target.read_bytes()).digest() != hashlib.sha256(data).digest():
        raise OutputError("warehouse.backup_anchor_differs", path=str(target))

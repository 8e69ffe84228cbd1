"""Writing files so that a crash or a power cut leaves the old file or the whole new one (stdlib only).

Kept apart from the OCR pipeline so that signing, metadata, copies and the warehouse can write
without importing the PDF and imaging stack."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

TMP_SUFFIX = ".tthc-tmp"


def tmp_name(path: Path) -> Path:
    """The hidden sibling a file is written under before it is renamed into place (same folder,
    so the rename is atomic)."""
    return path.with_name(f".{path.name}{TMP_SUFFIX}")


def write_atomically(path: Path, data: bytes | Path, durable: bool = True) -> None:
    """Write ``data`` (bytes, or a file to copy) under a temporary name, then rename: readers see the
    old file or the whole new one. ``durable`` also flushes the file and its folder to the disk
    (against power loss; a killed process loses nothing the kernel already has)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = tmp_name(path)
    try:
        if isinstance(data, Path):
            shutil.copyfile(data, tmp)
        else:
            tmp.write_bytes(data)
        if durable:
            durable_replace(tmp, path)
        else:
            os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def durable_replace(tmp: Path, final: Path) -> None:
    """Rename a finished ``tmp`` onto ``final`` with both the file and the rename on the disk."""
    with tmp.open("rb") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, final)
    fsync_dir(final.parent)


def fsync_dir(path: Path) -> None:
    """A rename or a new entry is only on the disk once its folder is flushed."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)

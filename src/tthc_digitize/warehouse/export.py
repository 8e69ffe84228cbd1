"""Files of a stored result handed out by logical name (``tthc show --xml`` / ``--pdf``), read
through the object store whatever holds it."""

from __future__ import annotations

from pathlib import Path

from tthc_digitize.outputs import write_output
from tthc_digitize.warehouse.service import Warehouse


def read_result_file(wh: Warehouse, ref: int | str, name: str) -> bytes:
    """The head version's ``name`` (``result.pdf`` or ``result.xml``) of result ``ref``."""
    return wh.store.read_bytes(wh.result(ref)["object_id"], name)


def copy_result_file(wh: Warehouse, ref: int | str, name: str, dest: Path) -> str:
    """Write the head version's ``name`` of result ``ref`` to ``dest``; returns that version."""
    row = wh.result(ref)
    write_output(dest, wh.store.read_bytes(row["object_id"], name))
    return row["object_version"]

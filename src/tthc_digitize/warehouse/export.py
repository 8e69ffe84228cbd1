"""Files of a stored result handed out by logical name (``tthc show --xml`` / ``--pdf``)."""

from __future__ import annotations

import shutil
from pathlib import Path

from tthc_digitize.errors import OutputError
from tthc_digitize.warehouse.service import PATH_COLUMNS, Warehouse


def read_result_file(wh: Warehouse, ref: int | str, name: str) -> bytes:
    """The head version's ``name`` (``result.pdf`` or ``result.xml``) of result ``ref``."""
    return Path(wh.result(ref)[PATH_COLUMNS[name] + "_abs"]).read_bytes()


def copy_result_file(wh: Warehouse, ref: int | str, name: str, dest: Path) -> str:
    """Write the head version's ``name`` of result ``ref`` to ``dest``; returns that version."""
    row = wh.result(ref)
    try:
        shutil.copyfile(row[PATH_COLUMNS[name] + "_abs"], dest)
    except OSError as exc:
        raise OutputError("output.write_failed", path=str(dest), detail=exc.strerror) from None
    return row["object_version"]

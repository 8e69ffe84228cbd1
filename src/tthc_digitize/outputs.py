"""A file the user asked for (a signed PDF, a report, a chart), written whole or not at all, and a
failed write named for the user."""

from __future__ import annotations

from pathlib import Path

from tthc_digitize.errors import OutputError
from tthc_digitize.fsio import write_atomically


def write_output(path: Path, data: bytes, durable: bool = True) -> None:
    try:
        write_atomically(path, data, durable)
    except OSError as exc:
        raise OutputError("output.write_failed", path=str(path), detail=exc.strerror or str(exc)) from None

"""A report file the user asked for (HTML, PNG, CSV), written whole or not at all."""

from __future__ import annotations

from pathlib import Path

from tthc_digitize.errors import OutputError


def write_output(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically; a failure is an OutputError naming the path."""
    from tthc_digitize.pipeline import write_atomically  # heavy: pipeline loads the OCR stack (pikepdf, numpy)

    try:
        write_atomically(path, data)
    except OSError as exc:
        raise OutputError("output.write_failed", path=str(path), detail=str(exc)) from None

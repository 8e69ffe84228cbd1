"""An output folder's own state (``.tthc/``: the batch manifest, the review log, OCR work) and the
lock that keeps two runs from writing one folder at once. Stdlib only: review and load read it
without loading the OCR stack."""

from __future__ import annotations

import fcntl
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tthc_digitize.errors import LockedError

STATE_DIR = ".tthc"


@contextmanager
def locked(folder: Path) -> Iterator[None]:
    state = folder / STATE_DIR
    state.mkdir(parents=True, exist_ok=True)
    lock_path = state / "lock"
    with lock_path.open("a") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise LockedError("error.locked", path=str(folder), lock=str(lock_path)) from None
        yield

"""One temporary folder per run, under ``TMPDIR``: everything temporary the run and its helpers make goes there.

``multiprocessing`` (``pymp-*``), tesseract, openssl and our own work folders all honour ``TMPDIR``, so
pointing it at ``tthc-run-<pid>-…`` gathers them. A normal exit removes the folder; a run killed with
``kill -9`` cannot, so each run first sweeps the folders of runs whose process no longer exists.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

from tthc_digitize._exec.lifeline import alive

PREFIX = "tthc-run-"
# multiprocessing puts a socket at <root>/pymp-XXXXXXXX/listener-XXXXXXXX: 32 characters more, and
# Linux refuses socket paths over 107.
_SOCKET_ROOM = 107 - 32


def start() -> Path | None:
    """Sweep dead runs' folders, make this run's and point ``TMPDIR`` at it; None if ``TMPDIR`` is not
    writable (the run then goes on with the system's temporary folder, as before)."""
    base = Path(tempfile.gettempdir())
    sweep(base)
    try:
        root = Path(tempfile.mkdtemp(prefix=f"{PREFIX}{os.getpid()}-", dir=base))
    except OSError:
        return None
    if len(os.fsencode(root)) > _SOCKET_ROOM:  # a deep TMPDIR: better no root than no OCR workers
        root.rmdir()
        return None
    tempfile.tempdir = str(root)
    os.environ["TMPDIR"] = str(root)  # for the forkserver, the OCR workers and every tool they start
    # Registered before multiprocessing is imported (the CLI imports it lazily), so this runs after
    # multiprocessing's own exit handler has removed its pymp-* folder from inside the root.
    atexit.register(shutil.rmtree, root, ignore_errors=True)
    return root


def sweep(base: Path) -> None:
    for folder in base.glob(f"{PREFIX}*"):
        pid = folder.name[len(PREFIX):].split("-", 1)[0]
        if pid.isdigit() and not alive(int(pid)):
            shutil.rmtree(folder, ignore_errors=True)

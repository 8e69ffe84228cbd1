"""One temporary folder per ``tthc`` process, and the folders of dead processes swept away.

A process killed with SIGKILL cannot remove what it put in the system's temporary folder: the OCR
pool's forkserver socket (``pymp-*``), ``copy certify``'s OCR work, tesseract's files. So every
``tthc`` run works inside ``$TMPDIR/tthc-run-<pid>-*`` (``tempfile.tempdir`` for this process,
``TMPDIR`` for its children), removes it on a normal exit, and removes on start the run folders whose
process is gone. The start time, kept in the folder, tells a dead run from a new process that got its
pid. A Unix socket path holds 107 bytes: where ``$TMPDIR`` is too deep for the forkserver's socket,
multiprocessing gets a second, short run folder in ``/tmp``, made, removed and swept the same way.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.util
import os
import shutil
import tempfile
from pathlib import Path

PREFIX = "tthc-run-"
STARTED = "started"
SOCKET_ROOM = 32  # what multiprocessing adds below the folder: /pymp-XXXXXXXX/listener-XXXXXXXX
SHORT_BASE = Path("/tmp")
_AFTER_MULTIPROCESSING = -1000  # its temporary folder is removed at -100; lower runs later
_own: Path | None = None
_short: Path | None = None


def _start_time(pid: int) -> str | None:
    """The process's start time in clock ticks since boot (Linux); "" where /proc is not there;
    None when no such process is alive."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        if Path("/proc/self/stat").exists():
            return None
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return None
        except PermissionError:
            pass
        return ""
    except OSError:
        return ""
    fields = stat.rsplit(")", 1)[1].split()
    return None if fields[0] in ("Z", "X") else fields[19]


def sweep(base: Path) -> list[Path]:
    """Remove the run folders in ``base`` whose process is no longer alive; returns them."""
    removed = []
    try:
        candidates = [p for p in base.iterdir() if p.name.startswith(PREFIX) and p.is_dir()]
    except OSError:
        return removed
    for folder in candidates:
        pid = folder.name[len(PREFIX):].partition("-")[0]
        if not pid.isdigit():
            continue
        try:
            started = (folder / STARTED).read_text().strip()
        except OSError:
            started = ""  # just made, not written yet: its pid decides
        alive = _start_time(int(pid))
        if alive is None or (alive and started and alive != started):
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
    return removed


def enter() -> Path:
    """This process's run folder (made once), after sweeping dead runs' folders."""
    global _own, _short
    if _own is not None:
        return _own
    base = _system_tempdir()
    sweep(base)
    pid = os.getpid()
    _own = _make(base, pid)
    tempfile.tempdir = str(_own)
    os.environ["TMPDIR"] = str(_own)
    if _too_deep(_own) and base != SHORT_BASE and SHORT_BASE.is_dir():
        sweep(SHORT_BASE)
        _short = _make(SHORT_BASE, pid)
        # the OCR pool's forkserver puts its socket in multiprocessing's temp folder
        multiprocessing.current_process()._config["tempdir"] = str(_short)
    # a finalizer of multiprocessing's, not an atexit handler: its own, which removes its pymp-* folder
    # inside ours, must run first, and atexit runs handlers newest first, whatever imported multiprocessing
    # first decides that order (a pytest worker printed the rmtree's traceback at exit)
    multiprocessing.util.Finalize(None, _leave, exitpriority=_AFTER_MULTIPROCESSING)
    return _own


def _system_tempdir() -> Path:
    """The folder ``tempfile.gettempdir()`` would pick, without its probe: on its first call it writes a
    file of a random name there and removes it, and a run killed in between left that empty file behind
    (seen in the chaos trials)."""
    if tempfile.tempdir:
        return Path(tempfile.tempdir)
    for name in ("TMPDIR", "TEMP", "TMP"):
        value = os.environ.get(name)
        if value and os.path.isdir(value) and os.access(value, os.W_OK | os.X_OK):
            return Path(value)
    return Path(tempfile.gettempdir())


def _make(base: Path, pid: int) -> Path:
    folder = Path(tempfile.mkdtemp(prefix=f"{PREFIX}{pid}-", dir=base))
    (folder / STARTED).write_text(_start_time(pid) or "")
    return folder


def _too_deep(folder: Path) -> bool:
    return len(os.fsencode(folder)) + SOCKET_ROOM > 107


def _leave() -> None:
    # a Finalize runs only in the process that made it, never in a forked child
    for folder in (_own, _short):
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)

"""One temporary folder per ``tthc`` process, and the folders of dead processes swept away.

A process killed with SIGKILL cannot remove what it put in the system's temporary folder: the OCR
pool's forkserver socket (``pymp-*``), ``copy certify``'s OCR work, tesseract's files. So every
``tthc`` run works inside ``$TMPDIR/tthc-run-<pid>-*`` (``tempfile.tempdir`` for this process,
``TMPDIR`` for its children), removes it on a normal exit, and removes on start the run folders whose
process is gone. The start time, kept in the folder, tells a dead run from a new process that got its
pid. The name stays short: the forkserver's socket lives in it, and a Unix socket path holds 107 bytes.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

PREFIX = "tthc-run-"
STARTED = "started"
SOCKET_ROOM = 32  # what multiprocessing adds below the folder: /pymp-XXXXXXXX/listener-XXXXXXXX
_own: Path | None = None


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
    global _own
    if _own is not None:
        return _own
    base = Path(tempfile.gettempdir())
    sweep(base)
    pid = os.getpid()
    own = Path(tempfile.mkdtemp(prefix=f"{PREFIX}{pid}-", dir=base))
    if len(os.fsencode(own)) + SOCKET_ROOM > 107:  # too deep for the OCR pool's socket: stay where we were
        own.rmdir()
        return base
    (own / STARTED).write_text(_start_time(pid) or "")
    _own = own
    tempfile.tempdir = str(_own)
    os.environ["TMPDIR"] = str(_own)
    atexit.register(_leave, pid)
    return _own


def _leave(owner: int) -> None:
    if os.getpid() == owner and _own is not None:  # not in a forked child that inherited the handler
        shutil.rmtree(_own, ignore_errors=True)

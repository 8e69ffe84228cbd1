"""Helper processes (the forkserver, OCR workers, tesseract) end when the process that started them ends.

A ``kill -9`` of ``tthc ingest`` runs no clean-up code. The forkserver would wait for its "alive" pipe
to close, but every worker holds a copy of that pipe's write end, so neither side ever exits (issue 16
found 47 orphans holding 3.3 GB after 12 kills). Each helper therefore asks Linux to SIGKILL it when its
parent dies (``PR_SET_PDEATHSIG``); OCR workers also watch the main process itself, which covers
systems without ``prctl`` and the moment between a worker's fork and its ``prctl``.

The forkserver is a Python process started by ``multiprocessing``: it imports this module (as a preloaded
module) and arms itself when ``FORKSERVER_PARENT`` names its parent. The marker holds a pid, so a Python
process started later by someone else never mistakes it for its own.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import select
import signal
import sys
import threading
import time

FORKSERVER_PARENT = "TTHC_FORKSERVER_PARENT"
_PR_SET_PDEATHSIG = 1


def _load_prctl():
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        return libc.prctl
    except (OSError, AttributeError):  # not Linux: the watchdog thread is the only guard
        return None


# bound once here: the pre-exec hook of a subprocess must not look anything up
_prctl = _load_prctl()


def die_with_parent() -> bool:
    """Ask the kernel to SIGKILL this process when the thread that forked it ends; False if unsupported.

    Linux ties the signal to the forking *thread*: only arm processes started from a thread that lives
    as long as the process (the main thread, or a single-threaded parent)."""
    return _prctl is not None and _prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0


def subprocess_hook():
    """A ``preexec_fn`` for children of a worker (tesseract): killed with the worker, and never started
    at all if the worker died between fork and exec."""
    parent = os.getpid()

    def hook() -> None:
        die_with_parent()
        if os.getppid() != parent:
            os._exit(1)

    return hook


def watch(pid: int, interval: float = 1.0) -> None:
    """End this process as soon as process ``pid`` ends (a daemon thread)."""
    try:
        handle = os.pidfd_open(pid)
    except ProcessLookupError:
        os._exit(1)
    except (AttributeError, OSError):  # no pidfd (old kernel, not Linux): poll
        handle = None

    def wait_for_it() -> None:
        if handle is not None:
            select.select([handle], [], [])  # readable once the process has ended
        else:
            while alive(pid):
                time.sleep(interval)
        os._exit(1)

    threading.Thread(target=wait_for_it, name="tthc-lifeline", daemon=True).start()


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def arm_forkserver() -> None:
    """In the main thread of the process that is about to start the forkserver: mark it to arm itself."""
    if threading.current_thread() is threading.main_thread():
        os.environ[FORKSERVER_PARENT] = str(os.getpid())
    else:  # a thread that may end before the process would take the forkserver with it
        os.environ.pop(FORKSERVER_PARENT, None)


if os.environ.get(FORKSERVER_PARENT) == str(os.getppid()) and "multiprocessing.forkserver" in sys.modules:
    die_with_parent()

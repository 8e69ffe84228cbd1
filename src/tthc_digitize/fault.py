"""Fault injection for crash tests: ``TTHC_FAULT_AT=N`` SIGKILLs the process at the N-th fault point,
``TTHC_FAULT_AT=NAME`` at the first fault point of that name (``wh.published``, ``db.before_commit`` …).

Fault points sit between the steps of a write (staged, intent written, renamed, committed …), so a
test can kill a loader exactly between any two of them as well as at random instants. Unset, a fault
point costs one dictionary lookup.
"""

from __future__ import annotations

import os
import signal

_ENV = "TTHC_FAULT_AT"
_count = 0


def fault_point(name: str) -> None:
    global _count
    target = os.environ.get(_ENV)
    if not target:
        return
    _count += 1
    if (_count == int(target)) if target.isdigit() else (name == target):
        os.kill(os.getpid(), signal.SIGKILL)

"""Exit codes and the exceptions that carry them.

Library code raises these with a message key from :mod:`tthc_digitize.i18n`; only the CLI edge turns
them into text (in the user's language) and an exit status.
"""

from __future__ import annotations

import os
from enum import IntEnum

from tthc_digitize.i18n import Message, render


class ExitCode(IntEnum):
    ok = 0
    internal_error = 1
    usage = 2
    input_error = 3
    missing_dependency = 4
    output_error = 5
    some_failed = 6
    locked = 7
    config_error = 8
    invalid_signature = 9  # tthc verify: altered, untrusted, revoked or unsigned
    changed_after_signing = 10  # tthc verify: signatures hold, but the file was changed after them (sign/changes.py)
    interrupted = 130


class TthcError(Exception):
    """Base error: ``key`` names a message in the catalogue, ``params`` fill it in."""

    exit_code = ExitCode.internal_error

    def __init__(self, key: str, /, **params: object) -> None:
        super().__init__(key)
        self.key = key
        self.params = params

    @property
    def message(self) -> Message:
        return Message(self.key, self.params)

    def __str__(self) -> str:  # English, for logs and tracebacks
        return render(self.message, "en")


class InputFileError(TthcError):
    exit_code = ExitCode.input_error


class KeptTextNotPdfa(InputFileError):
    """A text layer kept from the source cannot be PDF/A-2b; ``pages`` (1-based) are the ones the
    checker named, empty when it named none."""

    def __init__(self, pages: list[int], **params: object) -> None:
        super().__init__("input.pdfa_impossible", **params)
        self.pages = pages


class MissingDependencyError(TthcError):
    exit_code = ExitCode.missing_dependency


class OutputError(TthcError):
    exit_code = ExitCode.output_error


class ConfigError(TthcError):
    exit_code = ExitCode.config_error


class LockedError(TthcError):
    exit_code = ExitCode.locked


class UsageError(TthcError):
    exit_code = ExitCode.usage


# errno values of a full disk or quota, and of media that refuse writes
_DISK_FULL = {28, 122}  # ENOSPC, EDQUOT
_READ_ONLY = {30, 13, 1}  # EROFS, EACCES, EPERM


def fault_from(exc: BaseException, path: object = None) -> TthcError | None:
    """A full disk or a read-only folder, named for the user instead of an internal error.

    Both come as ``OSError`` from file writes and as ``sqlite3.OperationalError`` from the register
    (which names no file, so the caller's ``path`` is used). None when ``exc`` is neither."""
    import sqlite3  # heavy: sqlite3, loaded only to name a database error

    if isinstance(exc, TthcError):
        return exc
    if isinstance(exc, OSError):
        where = str(exc.filename or path or "")
        if exc.errno in _DISK_FULL:
            return OutputError("output.disk_full", path=where)
        if exc.errno in _READ_ONLY and where:
            return OutputError("output.read_only", path=where, detail=exc.strerror or str(exc))
        return None
    if isinstance(exc, sqlite3.Error):
        text = str(exc).lower()
        if "database or disk is full" in text or "disk i/o error" in text and path is not None and _disk_full_at(path):
            return OutputError("output.disk_full", path=str(path or ""))
        if "readonly database" in text or "read-only" in text:
            return OutputError("warehouse.read_only", path=str(path or ""))
    return None


def _disk_full_at(path: object) -> bool:

    try:
        stat = os.statvfs(os.path.dirname(str(path)) or ".")
    except OSError:
        return False
    return stat.f_bavail == 0


class _FaultContext:
    """The warehouse or output folder a command is writing, for naming a fault SQLite reports
    without a path. Set by whoever opens it; read only by the CLI edge."""
    path: str | None = None


fault_context = _FaultContext()

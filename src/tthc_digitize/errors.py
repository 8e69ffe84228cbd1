"""Exit codes and the exceptions that carry them.

Library code raises these with a message key from :mod:`tthc_digitize.i18n`; only the CLI edge turns
them into text (in the user's language) and an exit status.
"""

from __future__ import annotations

from enum import IntEnum


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
    interrupted = 130


class TthcError(Exception):
    """Base error: ``key`` names a message in the catalogue, ``params`` fill it in."""

    exit_code = ExitCode.internal_error

    def __init__(self, key: str, /, **params: object) -> None:
        super().__init__(key)
        self.key = key
        self.params = params

    def __str__(self) -> str:  # English, for logs and tracebacks
        from tthc_digitize.i18n import tr

        return tr(self.key, "en", **self.params)


class InputFileError(TthcError):
    exit_code = ExitCode.input_error


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

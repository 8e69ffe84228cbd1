"""The warehouse home: where it is, what it holds, and the one lock that writers take.

A home is a folder with::

    tthc.toml        agency name and code (a config layer below the working folder's tthc.toml)
    objects/         OCFL 1.1 storage root, one object per result
    staging/         versions being built; on the same filesystem, so publishing is one rename
    register.sqlite  the register database (results, master register, audit log)
    lock             flock'ed by every command that writes

It is found the same way by every command: ``--home``, else ``TTHC_HOME``, else ``./tthc-home``.
"""

from __future__ import annotations

import errno
import fcntl
import os
import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from tthc_digitize.config import CONFIG_FILE
from tthc_digitize.errors import ConfigError, InputFileError, LockedError, OutputError, UsageError

DEFAULT_HOME = "tthc-home"
HOME_ENV = "TTHC_HOME"
# 13-character agency codes look like 000.00.00.H30; the code ends up in object identifiers, so only
# characters that need no escaping in a path are accepted
_AGENCY_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9.]{0,31}$")


@dataclass(frozen=True)
class Home:
    root: Path

    @property
    def config_file(self) -> Path:
        return self.root / CONFIG_FILE

    @property
    def objects(self) -> Path:
        return self.root / "objects"

    @property
    def staging(self) -> Path:
        return self.root / "staging"

    @property
    def database(self) -> Path:
        return self.root / "register.sqlite"

    @property
    def lock_file(self) -> Path:
        return self.root / "lock"

    def register_url(self, configured: str = "") -> str:
        return configured or f"sqlite:///{self.database}"

    def exists(self) -> bool:
        return self.config_file.is_file() and (self.objects / "0=ocfl_1.1").is_file()


def locate(explicit: Path | None = None, env: dict[str, str] | None = None) -> Home:
    env = os.environ if env is None else env  # type: ignore[assignment]
    path = explicit or (Path(env[HOME_ENV]) if env.get(HOME_ENV) else Path(DEFAULT_HOME))
    return Home(path.absolute())


def find(explicit: Path | None = None) -> Home:
    """The existing warehouse, or a clear error saying how to create one."""
    home = locate(explicit)
    if not home.exists():
        raise InputFileError("warehouse.not_found", path=str(home.root))
    return home


def check_agency_code(code: str) -> str:
    code = code.strip()
    if not _AGENCY_CODE.match(code):
        raise UsageError("warehouse.bad_agency_code", code=code)
    return code


def _toml_string(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_home_config(home: Home, agency_name: str, agency_code: str) -> None:
    home.config_file.write_text(
        "# Kho dữ liệu điện tử / electronic data warehouse (tthc init)\n"
        f"agency_name = {_toml_string(agency_name)}\nagency_code = {_toml_string(agency_code)}\n",
        encoding="utf-8",
    )


@contextmanager
def lock(home: Home, wait: float) -> Iterator[None]:
    """The writers' lock: wait up to ``wait`` seconds, then give up with LockedError (exit 7).

    flock is released by the kernel when its holder dies, so a SIGKILLed writer never leaves the
    warehouse locked."""
    deadline = time.monotonic() + wait
    try:
        fh = home.lock_file.open("a")
    except OSError as exc:  # a backup on a read-only mount, or a folder this user may not write
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            raise OutputError("warehouse.read_only", path=str(home.root)) from None
        raise
    with fh:
        while True:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise LockedError("warehouse.busy", path=str(home.root), seconds=f"{wait:g}") from None
                time.sleep(0.02)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def require_agency(name: str, code: str) -> None:
    if not name or not code:
        raise ConfigError("warehouse.no_agency")

"""What several command groups share: their common options, the warehouse they open, and the
check that OCR can run before a long batch starts."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Optional

import typer

from tthc_digitize.cli.app import H, State
from tthc_digitize.config import Config

if TYPE_CHECKING:
    from tthc_digitize.warehouse.service import Warehouse

HOME_OPT = typer.Option(None, "--home", help=H(
    "Thư mục kho (mặc định TTHC_HOME hoặc ./tthc-home).", "Warehouse folder (default TTHC_HOME or ./tthc-home)."))
TRUST_OPT = typer.Option(None, "--trust", help=H("Chứng thư gốc tin cậy: tệp PEM/DER hoặc thư mục.", "Trusted roots: a PEM/DER file or a folder."))
JOBS_OPT = typer.Option(None, "--jobs", "-j", min=1, help=H("Số tiến trình song song (mặc định: số lõi CPU).", "Parallel worker processes (default: CPU cores)."))


def open_home(home: Optional[Path], read_only: bool = False) -> Warehouse:
    """The warehouse at ``--home`` (or TTHC_HOME, ./tthc-home) under this call's language and config
    file; use it as ``with open_home(home) as wh:``."""
    from tthc_digitize.warehouse.service import open_warehouse  # heavy: sqlite3, hashlib, OCFL (~12 ms on --help)

    return open_warehouse(home, {"lang": State.config.lang or None}, State.config_file, read_only)


def check_ocr_ready(config: Config) -> None:
    """Tesseract and the configured languages are there: a batch fails at once, not at its first page."""
    from tthc_digitize._exec import tesseract  # heavy: ctypes, subprocess supervision (~20 ms on --help)

    tesseract.version()
    tesseract.check_languages(config.ocr.language)

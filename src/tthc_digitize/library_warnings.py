"""Python warnings from libraries (pikepdf's PageCopyWarning on a scan with form fields, Pillow's
and pypdf's notes on odd files) are for developers: a clerk's terminal and a cron mail show the tool's
own messages only. ``TTHC_DEBUG=1`` lets them through."""

from __future__ import annotations

import os
import warnings


def silence() -> None:
    if os.environ.get("TTHC_DEBUG"):
        return
    warnings.simplefilter("ignore")
    # OCR workers are started by a fork server, not forked from here: they read the filter from the environment
    os.environ["PYTHONWARNINGS"] = "ignore"

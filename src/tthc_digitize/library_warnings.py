"""Python warnings from libraries (pikepdf's PageCopyWarning on a scan with form fields, Pillow's
and pypdf's notes on odd files) and their log lines (psycopg's pool logs every failed reconnect while
the register's server restarts, in English, with the socket path) are for developers: a clerk's
terminal and a cron mail show the tool's own messages only. ``TTHC_DEBUG=1`` lets them through."""

from __future__ import annotations

import logging
import os
import warnings

# psycopg: the register waits out a restart itself and reports in words if it cannot; py.warnings: where
# warnings go once a library (Celery's worker) turns them back on and routes them into logging
LOGGERS = ("psycopg", "py.warnings")


def silence() -> None:
    if os.environ.get("TTHC_DEBUG"):
        return
    warnings.simplefilter("ignore")
    # OCR workers are started by a fork server, not forked from here: they read the filter from the environment
    os.environ["PYTHONWARNINGS"] = "ignore"
    for name in LOGGERS:
        logging.getLogger(name).addHandler(logging.NullHandler())
        logging.getLogger(name).propagate = False

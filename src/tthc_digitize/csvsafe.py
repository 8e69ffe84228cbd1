"""Every CSV the tool writes goes through here, so a cell cannot become a spreadsheet formula.

A text cell starting with ``= + - @``, a tab or a carriage return is run as a formula by Excel and
LibreOffice (``=HYPERLINK(…)`` in a holder's name: OWASP "CSV injection"); such a cell gets a leading
apostrophe, which spreadsheets show as plain text. Only text is escaped: numbers are written as
numbers, so a negative count in a numeric column stays ``-3``. Columns that hold numbers must therefore
be given as ``int``/``float``, not as strings.
"""

from __future__ import annotations

import csv
from typing import Any

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def cell(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


class _Writer:
    def __init__(self, fh, **kwargs) -> None:
        self._writer = csv.writer(fh, **kwargs)

    def writerow(self, row) -> None:
        self._writer.writerow([cell(v) for v in row])

    def writerows(self, rows) -> None:
        for row in rows:
            self.writerow(row)


class _DictWriter(csv.DictWriter):
    def writerow(self, rowdict):
        return super().writerow({k: cell(v) for k, v in rowdict.items()})

    def writerows(self, rowdicts):
        for row in rowdicts:
            self.writerow(row)


def writer(fh, **kwargs) -> _Writer:
    return _Writer(fh, **kwargs)


def dict_writer(fh, fieldnames, **kwargs) -> csv.DictWriter:
    return _DictWriter(fh, fieldnames=fieldnames, **kwargs)

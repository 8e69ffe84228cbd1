"""Output shared by every command: JSON for machines, CSV for spreadsheets, tables for people.

CSV cells go through :mod:`tthc_digitize.csvsafe`, so a value a spreadsheet would run as a formula
is written as text."""

from __future__ import annotations

import io
import sys
from typing import Any, Iterable, Sequence

from rich.table import Table

from tthc_digitize import csvsafe
from tthc_digitize.cli.app import emit_json, out

__all__ = ["csv_text", "emit_csv", "emit_dict_csv", "emit_json", "emit_table", "fields_table", "table"]


def emit_csv(header: Sequence[str], rows: Iterable[Sequence[Any]], **dialect: Any) -> None:
    """A header line and one line per row on standard output."""
    writer = csvsafe.writer(sys.stdout, **dialect)
    writer.writerow(header)
    writer.writerows(rows)


def csv_text(columns: Sequence[str], rows: Iterable[dict[str, Any]]) -> str:
    """Rows of dicts under a header of ``columns`` (missing keys empty), Unix line ends."""
    buffer = io.StringIO()
    writer = csvsafe.dict_writer(buffer, columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def emit_dict_csv(columns: Sequence[str], rows: Iterable[dict[str, Any]]) -> None:
    sys.stdout.write(csv_text(columns, rows))


def table(headers: Iterable[str], title: str | None = None, **column: Any) -> Table:
    """A table with one column per header, each with the same ``column`` options (overflow, justify …)."""
    made = Table(title=title)
    for header in headers:
        made.add_column(header, **column)
    return made


def emit_table(headers: Iterable[str], rows: Iterable[Sequence[str]], title: str | None = None, **column: Any) -> None:
    made = table(headers, title, **column)
    for row in rows:
        made.add_row(*row)
    out.print(made)


def fields_table(rows: Iterable[tuple[str, str]] = (), title: str | None = None) -> Table:
    """Name → value, without a header; long values wrap rather than run off the screen."""
    made = Table(title=title, show_header=False)
    made.add_column(overflow="fold")
    made.add_column(overflow="fold")
    for name, value in rows:
        made.add_row(name, value)
    return made

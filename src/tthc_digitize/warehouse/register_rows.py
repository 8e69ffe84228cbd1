"""The register's tables as plain rows, whichever database holds them: what a backup into SQLite and a
migration into PostgreSQL copy, and what a migration compares row by row.

Each adapter gives its rows with ``dump_rows(table)`` (in key order, ids and audit hashes as stored)
and takes them back with ``restore_rows(table, rows)`` into a register that holds none yet. A result
row carries its search row along under :data:`SEARCH_META` and :data:`SEARCH_BODY` (the folded text
the search index holds), so the index moves with it instead of being rebuilt from files.
"""

from __future__ import annotations

from typing import Any

from tthc_digitize.fault import fault_point
from tthc_digitize.warehouse.columns import COPY_KINDS

# table -> its key columns, in an order that loads back with its references (results before the rest)
TABLE_KEYS: dict[str, tuple[str, ...]] = {
    "results": ("id",), "conflicts": ("id",), "master_entries": ("id",),
    "roadmap_plan": ("year", "unit", "procedure_code"), "audit_log": ("seq",),
    **{kind: ("id",) for kind in COPY_KINDS},
}
TABLES = tuple(TABLE_KEYS)
SEARCH_META, SEARCH_BODY = "search_meta", "search_body"


def order_by(table: str) -> str:
    """The ORDER BY of a table's rows; the name is checked, since adapters write it into SQL."""
    if table not in TABLE_KEYS:
        raise ValueError(f"no register table {table!r}")
    return ", ".join(TABLE_KEYS[table])


def copy_register(source: Any, target: Any) -> None:
    """Every table of ``source`` into the empty ``target``: one snapshot read, one transaction written
    (a crash anywhere leaves the target as it was)."""
    with source.snapshot(), target.transaction():
        for table in TABLES:
            target.restore_rows(table, source.dump_rows(table))
            fault_point("register.table_copied")

"""What the rest of the tool may ask of the register, whatever database holds it.

The register is split into areas, each a protocol of its own, so a caller can say which part it
needs: :class:`ResultsRegister`, :class:`AuditLog`, :class:`MasterRegister`, :class:`CopyRegisters`,
:class:`RoadmapCounts`, all sharing :class:`Transactions`. :class:`Repository` is all of them; an
adapter (:mod:`.sqlite_register`, a PostgreSQL one) implements it, and no SQL leaves the adapter.
``tests/adapters`` holds every adapter to the same behaviour. :func:`open_repository` picks the
adapter from the URL scheme.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager
from datetime import date
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import unquote, urlparse

from tthc_digitize.errors import ConfigError, OutputError
from tthc_digitize.warehouse.sqlite_register import SqliteRegister


class RegisterInterrupted(OutputError):
    """The connection to the register broke before a transaction committed (a server restart): none of
    it was applied, so the caller may run the whole transaction again."""


class Transactions(Protocol):
    def transaction(self) -> AbstractContextManager[None]:
        """A write transaction (SQLite: BEGIN IMMEDIATE); every write method needs one. Nested uses
        join the outer one."""

    def snapshot(self) -> AbstractContextManager[None]:
        """One consistent read state for everything read inside."""

    def backup_to(self, dest: Path) -> None:
        """A consistent copy of the whole register into the file ``dest``, which :func:`open_repository`
        opens as ``sqlite:`` (the format of a warehouse backup, whatever holds the live register)."""

    def dump_rows(self, table: str) -> Iterator[dict[str, Any]]:
        """A table's rows as stored, in key order (:mod:`.register_rows`), a result with its search row."""

    def restore_rows(self, table: str, rows: Iterable[dict[str, Any]]) -> None:
        """Rows from :meth:`dump_rows` of any adapter into this register, which holds none yet (inside
        :meth:`transaction`); what is written next follows on from them (ids, audit chain)."""

    def close(self) -> None: ...


class ResultsRegister(Protocol):
    def insert_result(self, row: dict[str, Any], text: str) -> int: ...
    def update_result(self, result_id: int, changes: dict[str, Any], text: str | None = None) -> None: ...
    def get_result(self, ref: int | str) -> dict[str, Any] | None:
        """By register id (an integer, or its digits) or by object id; ``status`` as of today."""
    def find_results(self, **equal: Any) -> list[dict[str, Any]]: ...
    def count_results(self) -> int: ...
    def iter_object_refs(self) -> Iterator[dict[str, Any]]:
        """Every result row whole, then the e-copies' (``copies:ID``) object id, version and hashes."""
    def search(self, query: str = "", *, holder_id: str | None = None, procedure_code: str | None = None,
               year: int | None = None, status: str | None = None, limit: int = 50) -> list[dict[str, Any]]:
        """Words of ``query`` folded (no marks, đ→d) and all required, best first."""
    def add_conflict(self, row: dict[str, Any]) -> int: ...
    def open_conflicts(self) -> list[dict[str, Any]]: ...


class AuditLog(Protocol):
    events_written: bool  # set by record_event: the warehouse anchors the new head when it closes

    def record_event(self, action: str, object_id: str | None, detail: dict[str, Any], actor: str, at: str) -> int:
        """Append one row chained to the last (:func:`.events.chain_hash`); returns its sequence number."""
    def events(self, object_id: str | None = None) -> list[dict[str, Any]]: ...
    def verify_chain(self) -> list[dict[str, Any]]:
        """Rows whose hash, link or sequence does not hold (``{"seq", "problem": hash|link|gap}``)."""
    def chain_head(self) -> tuple[int, str]: ...
    def chain_hashes(self) -> dict[int, str]: ...
    def revoked_objects(self) -> set[str]: ...


class MasterRegister(Protocol):
    def upsert_master_entry(self, entry: dict[str, Any]) -> tuple[int, dict[str, Any] | None]:
        """Insert or update by (number, notation, date); returns the id and the row as it was."""
    def set_match(self, entry_id: int, result_id: int | None, method: str | None) -> None: ...
    def master_entry(self, entry_id: int) -> dict[str, Any] | None: ...
    def unmatched_entries(self) -> list[dict[str, Any]]: ...
    def unmatched_results(self) -> list[dict[str, Any]]: ...
    def unmatched_entries_near(self, code_number: str, issued_date: str) -> list[dict[str, Any]]: ...
    def revoked_matched_entries(self) -> list[dict[str, Any]]: ...
    def entry_for_result(self, result_id: int) -> dict[str, Any] | None: ...


class CopyRegisters(Protocol):
    """The copy register (``copies``) and the certification register (``certifications``). Numbers are
    allocated by the caller from :meth:`last_copy_number` and the row inserted in the same write
    transaction, which serialises writers: gap-free, one sequence per year."""

    def ensure_copy_registers(self) -> None:
        """Their tables, made on first use (warehouses from before e-copies lack them)."""
    def last_copy_number(self, kind: str, year: int) -> dict[str, Any] | None:
        """``{year, sequence[, volume]}`` of the year's highest number, inside the write transaction."""
    def insert_copy(self, kind: str, row: dict[str, Any]) -> int: ...
    def copy_by_code(self, code: str) -> tuple[str, dict[str, Any]] | None:
        """(kind, row) of the copy with this verification code, from either register."""
    def copy_by_sequence(self, kind: str, year: int, sequence: int) -> dict[str, Any] | None: ...
    def copy_for_object(self, kind: str, object_id: str) -> dict[str, Any] | None: ...
    def revoke_copy(self, kind: str, row_id: int, at: str, reason: str, by: str) -> None: ...
    def copy_rows(self, kind: str, year: int | None = None, month: str | None = None) -> list[dict[str, Any]]:
        """In number order; ``month`` as ``YYYY-MM`` of the issue time."""
    def iter_copy_demand(self) -> Iterator[dict[str, Any]]:
        """``{procedure_code, count}`` of register copies issued (revoked ones too), for the roadmap."""


class RoadmapCounts(Protocol):
    def iter_master_entries(self) -> Iterator[dict[str, Any]]: ...
    def iter_results(self) -> Iterator[dict[str, Any]]: ...
    def iter_roadmap_entries(self) -> Iterator[tuple]:
        """(unit, procedure_code, issued_date, valid_from, valid_until, status, revoked_on, matched_result_id as text)"""
    def iter_roadmap_results(self) -> Iterator[tuple]:
        """(result_id as text, unit, procedure_code, issued_date, day loaded in +07:00, signed, status,
        valid_until) of the results that can count as digitised (signed and loaded)"""
    def roadmap_counts(self, as_of: date) -> tuple[list[tuple], list[tuple]]:
        """The roadmap snapshot as grouped counts, as of the end of the day: register lines in force
        (unit, procedure_code, year of issue, count, of which digitised) and results digitised
        (unit, procedure_code, day loaded in +07:00, count)"""
    def save_roadmap_plan(self, rows: Iterable[dict[str, Any]], replace: bool = True) -> int: ...
    def iter_roadmap_plan(self) -> Iterator[dict[str, Any]]: ...


class Repository(Transactions, ResultsRegister, AuditLog, MasterRegister, CopyRegisters, RoadmapCounts, Protocol):
    """The whole register: what :class:`~tthc_digitize.warehouse.service.Warehouse` holds."""


def _open_sqlite(url: str, busy_timeout: float, durable: bool, read_only: bool) -> Repository:
    parsed = urlparse(url)
    path = unquote(parsed.path or parsed.netloc)
    if not path:
        raise ConfigError("warehouse.bad_register_url", url=url)
    return SqliteRegister(Path(path), busy_timeout=busy_timeout, durable=durable, read_only=read_only)


def _open_postgres(url: str, busy_timeout: float, durable: bool, read_only: bool) -> Repository:
    # heavy: psycopg and its pool load only for a warehouse that asks for PostgreSQL
    from tthc_digitize.warehouse.postgres_register import PostgresRegister

    return PostgresRegister(url, timeout=busy_timeout, read_only=read_only)


# URL scheme -> adapter; a new back-end is one module and one line here (and one fixture parameter in
# tests/adapters/conftest.py)
ADAPTERS = {"sqlite": _open_sqlite, "postgresql": _open_postgres, "postgres": _open_postgres}


def open_repository(url: str, busy_timeout: float = 10.0, durable: bool = True, read_only: bool = False) -> Repository:
    """``sqlite:///abs/path.sqlite`` (or ``sqlite:relative.sqlite``) or ``postgresql://user@host/db``."""
    opener = ADAPTERS.get(urlparse(url).scheme)
    if opener is None:
        raise ConfigError("warehouse.bad_register_url", url=url)
    return opener(url, busy_timeout, durable, read_only)

"""The register on SQLite (sqlite-utils for the schema; plain SQL inside transactions).

- WAL, and every write in ``BEGIN IMMEDIATE``: a deferred transaction that reads, then writes, fails
  or loses the write when cron runs overlap; an immediate one waits for the writer lock up front.
- ``results`` has one column per field of :class:`ResultRecord` plus what the warehouse adds.
- ``results_fts`` (FTS5) indexes a *folded* copy of the metadata and OCR text
  (:func:`tthc_digitize.text.fold`: no marks, đ→d, casefold), and queries are folded the same way:
  unicode61 alone does not fold đ and keeps marks on doubly-marked vowels.
- ``audit_log`` is append-only (triggers refuse UPDATE and DELETE) and hash-chained: each row's
  hash covers its content and the previous row's hash, so an edit made behind the tool's back (with
  the triggers dropped, or on the file) breaks the chain at that row.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import threading
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

from tthc_digitize import clock
from tthc_digitize.errors import LockedError, UsageError
from tthc_digitize.fault import fault_point
from tthc_digitize.text import fold
from tthc_digitize.warehouse.columns import COPY_KINDS, MASTER_COLUMNS, RECORD_FIELDS, copy_table
from tthc_digitize.warehouse.events import GENESIS, chain_hash, chain_problems
from tthc_digitize.warehouse.register_rows import SEARCH_BODY, SEARCH_META, order_by

SCHEMA_VERSION = 1
_FTS_META = ("type_name", "code_number", "code_notation", "organ_name", "subject", "holder_name", "holder_id",
             "procedure_code", "dossier_code", "signer_full_name", "description")


# A result past its valid_until is expired from that day on, without anyone writing it down: the
# stored status says valid/expired/revoked as loaded or revoked, what is read is this (Vietnam's date).
# tthc_today() is clock.today() (TTHC_NOW), not SQLite's own clock: a drill reads the status of its own day.
STATUS_SQL = "CASE WHEN r.status = 'valid' AND r.valid_until < tthc_today() THEN 'expired' ELSE r.status END"


def _connect(path: Path, timeout: float, read_only: bool = False) -> sqlite3.Connection:
    if read_only:
        # mode=ro never writes the database; on media that refuse writes (a backup on a read-only
        # mount) SQLite cannot even keep its shared-memory index, so the file is read as immutable:
        # no locks, no WAL (a backup written by `tthc backup` has none to read)
        immutable = not os.access(path.parent, os.W_OK) or not os.access(path, os.W_OK)
        where = "/" + str(path.absolute()).lstrip("/")  # "//x" would read as a URI authority
        uri = f"file:{quote(where)}?mode=ro" + ("&immutable=1" if immutable else "")
        conn = sqlite3.connect(uri, uri=True, timeout=timeout, isolation_level=None, check_same_thread=False)
    else:
        conn = sqlite3.connect(str(path), timeout=timeout, isolation_level=None, check_same_thread=False)
    # deterministic: SQLite then reads the clock once per statement, not once per row (never used in an index)
    conn.create_function("tthc_today", 0, lambda: clock.today().isoformat(), deterministic=True)
    conn.create_function("tthc_fold", 1, lambda value: fold(value or ""), deterministic=True)
    return conn


ROADMAP_INDEXES = [
    ("CREATE INDEX IF NOT EXISTS master_roadmap ON master_entries"
     "(matched_result_id, unit, procedure_code, issued_date, status, revoked_on, valid_until)"),
    "CREATE INDEX IF NOT EXISTS results_roadmap ON results(signed, loaded_at, procedure_code, status, valid_until)",
]
# The roadmap's rules as of :day, for roadmap_counts (dates are ISO text, so they compare as text).
# A register line in force (MasterEntry.valid_on): issued by then, not revoked by then, not expired
# before then; a status of revoked/expired without its date counts from the start.
# (``+`` keeps SQLite off the issued_date index: a range over it reads every wide row; the covering
# roadmap index holds all these columns and is read whole in a fifth of the time)
_IN_FORCE = ("+m.issued_date <= :day "
             "AND CASE WHEN nullif(m.revoked_on, '') IS NULL THEN m.status IS NOT 'revoked' ELSE m.revoked_on > :day END "
             "AND CASE WHEN nullif(m.valid_until, '') IS NULL THEN m.status IS NOT 'expired' "
             "ELSE m.valid_until >= :day END")
# digitised by then: signed and loaded by the end of that day in Vietnam
_LOADED_BY = "r.signed = 1 AND r.loaded_at IS NOT NULL AND date(r.loaded_at, '+7 hours') <= :day"
# a result the register does not list, by its own status (Digitised.valid_on)
_RESULT_VALID = ("coalesce(r.status, 'valid') NOT IN ('revoked', 'expired') "
                 "AND coalesce(nullif(r.valid_until, '') >= :day, 1)")

ROADMAP_ENTRIES_SQL = (
    "SELECT m.unit, m.procedure_code, CAST(substr(m.issued_date, 1, 4) AS INTEGER), count(*), "
    f"count(CASE WHEN {_LOADED_BY} THEN 1 END) "
    "FROM master_entries m LEFT JOIN results r ON r.id = m.matched_result_id "
    f"WHERE {_IN_FORCE} GROUP BY 1, 2, 3")
ROADMAP_RESULTS_SQL = (
    "SELECT m.unit, r.procedure_code, date(r.loaded_at, '+7 hours'), count(*) "
    "FROM results r LEFT JOIN master_entries m ON m.matched_result_id = r.id "
    f"WHERE {_LOADED_BY} AND CASE WHEN m.id IS NULL THEN {_RESULT_VALID} ELSE {_IN_FORCE} END GROUP BY 1, 2, 3")


# Holder names alone, folded: a name search finds its holders here first (a few hundred entries even at a
# million results) instead of ranking every row whose metadata or OCR text holds the three common words
# of a Vietnamese name (search). Added after the first schema: warehouses made before fill it on opening.
NAME_INDEX = [
    "CREATE VIRTUAL TABLE results_names USING fts5(name, tokenize='unicode61')",
    "INSERT INTO results_names (rowid, name) SELECT id, tthc_fold(holder_name) FROM results",
]


# The copy register and the certification register (copies/register.py says how they are numbered).
_COPY_COMMON = (
    "code TEXT NOT NULL UNIQUE, issued_at TEXT NOT NULL, requester_id TEXT NOT NULL, "
    "requester_name TEXT NOT NULL, official TEXT NOT NULL, object_id TEXT NOT NULL, object_version TEXT NOT NULL, "
    "pdf_sha256 TEXT NOT NULL, pdf_sha512 TEXT NOT NULL, revoked_at TEXT, revoked_reason TEXT, revoked_by TEXT")
COPY_SCHEMA = [
    "CREATE TABLE copies (id INTEGER PRIMARY KEY, year INTEGER NOT NULL, sequence INTEGER NOT NULL, "
    "number TEXT NOT NULL, relation TEXT NOT NULL, purpose TEXT, result_id INTEGER NOT NULL, "
    f"source_object_id TEXT NOT NULL, source_version TEXT NOT NULL, procedure_code TEXT, {_COPY_COMMON}, "
    "UNIQUE (year, sequence))",
    "CREATE TABLE certifications (id INTEGER PRIMARY KEY, year INTEGER NOT NULL, sequence INTEGER NOT NULL, "
    "volume INTEGER NOT NULL, number TEXT NOT NULL, document_title TEXT NOT NULL, pages INTEGER NOT NULL, "
    f"official_position TEXT, {_COPY_COMMON}, UNIQUE (year, sequence))",
    "CREATE INDEX copies_result ON copies(result_id)",
]


def _sql_value(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


def _with_status(row: sqlite3.Row) -> dict[str, Any]:
    item = dict(row)
    item["status"] = item.pop("now_status")
    return item


# A search names a holder, a number or a few words of a subject; without a bound a 100 KB query took
# 12 s of CPU and 205 MB (issue 16).
MAX_QUERY_CHARS = 200
MAX_QUERY_TERMS = 12
RANK_CANDIDATES = 100  # matches a search ranks at most in the text index (see _ranked)
# and in the holder-name index: the holders of a full name all bear that same name (nothing to rank
# between them), and reading 100 of 170 matches cost 7 ms at a million results, 40 under 3 ms
NAME_CANDIDATES = 40


def fts_query(query: str) -> str:
    """Folded words, each quoted (so FTS syntax in user input is only text), all required."""
    if len(query) > MAX_QUERY_CHARS:
        raise UsageError("search.query_too_long", size=len(query), limit=MAX_QUERY_CHARS)
    words = re.findall(r"\w+", fold(query))
    if len(words) > MAX_QUERY_TERMS:
        raise UsageError("search.too_many_terms", terms=len(words), limit=MAX_QUERY_TERMS)
    return " ".join(f'"{word}"' for word in words)


def rank_matches(words: list[str], matches: list[tuple[int, tuple[str, ...]]], weights: tuple[float, ...]) -> list[int]:
    """Ids of ``matches`` (id, its indexed columns), best first: FTS5's bm25 (k1 1.2, b 0.75, a weight
    per column: metadata four times OCR text) without its inverse document frequency, which is the same
    for every match of a query whose words each match holds; length in characters, the average over
    these matches. Ties by id."""
    if not matches:
        return []
    pattern = re.compile(r"(?<![^\W_])(?:" + "|".join(map(re.escape, words)) + r")(?![^\W_])")
    averages = [max(1.0, sum(len(cols[i] or "") for _, cols in matches) / len(matches)) for i in range(len(weights))]

    def score(cols: tuple[str, ...]) -> float:
        total = 0.0
        for text, weight, average in zip(cols, weights, averages):
            norm = 1.2 * (0.25 + 0.75 * len(text or "") / average)
            total += weight * sum(hits * 2.2 / (hits + norm) for hits in Counter(pattern.findall(text or "")).values())
        return total

    return [i for _, i in sorted((-score(cols), i) for i, cols in matches)]


def fts_meta(record: dict[str, Any]) -> str:
    parts = [str(record[k]) for k in _FTS_META if record.get(k)]
    return fold(" ".join(parts))


class SqliteRegister:
    """The :class:`~tthc_digitize.warehouse.repository.Repository` on one SQLite file."""
    def __init__(self, path: Path, busy_timeout: float = 10.0, durable: bool = True, read_only: bool = False) -> None:
        self.path = path
        self.conn_timeout = busy_timeout
        self.read_only = read_only
        self.conn = _connect(path, busy_timeout, read_only)
        self.conn.row_factory = sqlite3.Row
        self._depth = 0
        self._has_names = False
        self.events_written = False
        if read_only:  # read commands on a backup or a read-only mount: nothing to set up, nothing written
            self.conn.execute("PRAGMA query_only=ON")
            return
        self.conn.execute("PRAGMA journal_mode=WAL")
        # FULL: a commit survives power loss; NORMAL (WAL) still survives a killed process
        self.conn.execute(f"PRAGMA synchronous={'FULL' if durable else 'NORMAL'}")
        self.conn.execute("PRAGMA foreign_keys=ON")
        if not self._has_schema():
            with self.transaction():
                if not self._has_schema():  # another process may have made it meanwhile
                    self._create_schema()
        try:
            self._ensure_schema("results_names", NAME_INDEX)
        except LockedError:  # a long writer holds the lock: names are indexed on a later opening
            pass

    @property
    def db(self):
        """sqlite-utils over the same connection, for writing the schema: imported only then, since it
        costs a fifth of a second that every other command would pay."""
        import sqlite_utils  # heavy: sqlite-utils, loaded only when a register schema is created

        return sqlite_utils.Database(self.conn)

    def _has_schema(self) -> bool:
        return self.conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'results'").fetchone() is not None

    def close(self) -> None:
        self.conn.close()

    # --- schema -----------------------------------------------------------------------------
    def _create_schema(self) -> None:
        """One transaction (sqlite-utils writes the CREATE TABLE statements; its own ``create``
        would commit after each table, and a crash could leave half a schema)."""
        ints = {"page_amount", "file_catalog", "doc_ordinal", "file_pages", "register_year", "file_dpi"}
        tables: dict[str, tuple[dict[str, type], Any]] = {
            "results": ({
                "id": int, "object_id": str, "object_version": str, "pdf_path": str, "xml_path": str,
                "text_path": str, **{n: int if n in ints else str for n in RECORD_FIELDS}, "status": str,
                "pdf_sha256": str, "pdf_sha512": str, "pdf_bytes": int, "signed": int, "batch": str,
                "source_path": str, "loaded_by": str, "loaded_at": str, "updated_at": str,
            }, "id"),
            "conflicts": ({"id": int, "object_id": str, "result_id": int, "source_path": str, "pdf_sha256": str,
                           "detected_at": str, "batch": str, "detail": str}, "id"),
            "master_entries": ({"id": int, **{c: str for c in MASTER_COLUMNS}, "revoked_on": str,
                                "revoked_reason": str, "holder_fold": str, "matched_result_id": int,
                                "match_method": str, "source_file": str, "source_line": int,
                                "imported_at": str}, "id"),
            "audit_log": ({"seq": int, "at": str, "actor": str, "action": str, "object_id": str, "detail": str,
                           "prev_hash": str, "hash": str}, "seq"),
            "roadmap_plan": ({"year": int, "unit": str, "procedure_code": str, "target": int},
                             ("year", "unit", "procedure_code")),
            "meta": ({"key": str, "value": str}, "key"),
        }
        for name, (columns, pk) in tables.items():
            self.conn.execute(self.db.create_table_sql(name, columns, pk=pk))
        statements = [
            "CREATE UNIQUE INDEX results_object ON results(object_id)",
            *(f"CREATE INDEX results_{c} ON results({c})"
              for c in ("holder_id", "procedure_code", "issued_date", "status", "pdf_sha256")),
            "CREATE INDEX results_number_date ON results(code_number, issued_date)",
            "CREATE VIRTUAL TABLE results_fts USING fts5(meta, body, tokenize='unicode61')",
            # rank = bm25 with a metadata word weighing four times an OCR-text word, for queries by hand;
            # search ranks its bounded matches with the same weights itself (rank_matches)
            "INSERT INTO results_fts(results_fts, rank) VALUES ('rank', 'bm25(4.0, 1.0)')",
            "CREATE UNIQUE INDEX master_identity ON master_entries(code_number, ifnull(code_notation, ''), issued_date)",
            "CREATE INDEX master_matched ON master_entries(matched_result_id)",
            "CREATE INDEX master_date ON master_entries(issued_date)",
            "CREATE INDEX audit_object ON audit_log(object_id)",
            *(f"CREATE TRIGGER audit_log_no_{verb.lower()} BEFORE {verb} ON audit_log "
              "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END" for verb in ("UPDATE", "DELETE")),
        ]
        for statement in statements:
            self.conn.execute(statement)
        self.conn.execute("INSERT INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
        self._ensure_schema("roadmap_indexes", ROADMAP_INDEXES)
        self._ensure_schema("copies", COPY_SCHEMA)
        self._ensure_schema("results_names", NAME_INDEX)

    # --- transactions -----------------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[None]:
        """``BEGIN IMMEDIATE`` … ``COMMIT``; nested uses join the outer transaction."""
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise LockedError("warehouse.db_busy", path=str(self.path)) from None
            raise
        self._depth = 1
        try:
            yield
            fault_point("db.before_commit")
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        finally:
            self._depth = 0

    def _ensure_schema(self, name: str, statements: list[str]) -> bool:
        """Tables and indexes added after the first schema (the copy registers, roadmap indexes): run
        once, recorded in ``meta`` under ``schema:<name>``. Returns whether it ran now."""
        key = f"schema:{name}"
        if self.conn.execute("SELECT 1 FROM meta WHERE key = ?", [key]).fetchone():
            return False
        with self.transaction():
            if self.conn.execute("SELECT 1 FROM meta WHERE key = ?", [key]).fetchone():
                return False
            for statement in statements:
                self.conn.execute(statement)
            self.conn.execute("INSERT INTO meta VALUES (?, '1')", [key])
        return True

    def query(self, sql: str, params: list[Any] | tuple = ()) -> list[dict[str, Any]]:
        """Rows of any SQL read: for tests and diagnostics on this adapter only, not part of the port
        (the tool's own code asks the register's area methods)."""
        return [dict(r) for r in self.conn.execute(sql, params)]

    def _require_tx(self) -> None:
        if not self._depth:
            raise RuntimeError("write outside repo.transaction()")

    # --- results ----------------------------------------------------------------------------
    def insert_result(self, row: dict[str, Any], text: str) -> int:
        self._require_tx()
        row = {k: _sql_value(v) for k, v in row.items()}
        cols = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        cursor = self.conn.execute(f"INSERT INTO results ({cols}) VALUES ({marks})", list(row.values()))
        result_id = cursor.lastrowid
        self.conn.execute("INSERT INTO results_fts(rowid, meta, body) VALUES (?, ?, ?)",
                          [result_id, fts_meta(row), fold(text)])
        self._index_name(result_id, row.get("holder_name"))
        return result_id

    def _index_name(self, result_id: int, holder_name: str | None) -> None:
        if self._names_indexed():
            self.conn.execute("DELETE FROM results_names WHERE rowid = ?", [result_id])
            self.conn.execute("INSERT INTO results_names (rowid, name) VALUES (?, ?)",
                              [result_id, fold(holder_name or "")])

    def _names_indexed(self) -> bool:
        """Whether this register has its holder-name index yet (one opened read-only or busy may not)."""
        if not self._has_names:
            self._has_names = self._has_table("results_names")
        return self._has_names

    def update_result(self, result_id: int, changes: dict[str, Any], text: str | None = None) -> None:
        """Change columns of a result (a new object version, a status); ``text`` re-indexes it."""
        self._require_tx()
        changes = {k: _sql_value(v) for k, v in changes.items()}
        sets = ", ".join(f"{k} = ?" for k in changes)
        self.conn.execute(f"UPDATE results SET {sets} WHERE id = ?", [*changes.values(), result_id])
        row = self.get_result(result_id)
        if text is None:
            old = self.conn.execute("SELECT body FROM results_fts WHERE rowid = ?", [result_id]).fetchone()
            body = old[0] if old else ""
        else:
            body = fold(text)
        self.conn.execute("DELETE FROM results_fts WHERE rowid = ?", [result_id])
        self.conn.execute("INSERT INTO results_fts(rowid, meta, body) VALUES (?, ?, ?)", [result_id, fts_meta(row), body])
        self._index_name(result_id, row.get("holder_name"))

    def get_result(self, ref: int | str) -> dict[str, Any] | None:
        """By register id (an integer, or its digits) or by object id."""
        if isinstance(ref, int) or (isinstance(ref, str) and ref.isdigit()):
            found = self.conn.execute(f"SELECT r.*, {STATUS_SQL} AS now_status FROM results r WHERE id = ?",
                                      [int(ref)]).fetchone()
        else:
            found = self.conn.execute(f"SELECT r.*, {STATUS_SQL} AS now_status FROM results r WHERE object_id = ?",
                                      [ref]).fetchone()
        return _with_status(found) if found else None

    def find_results(self, **equal: Any) -> list[dict[str, Any]]:
        where = " AND ".join(f"{k} = ?" for k in equal) or "1"
        return [dict(r) for r in self.conn.execute(f"SELECT * FROM results WHERE {where}", list(equal.values()))]

    def count_results(self) -> int:
        return self.conn.execute("SELECT count(*) FROM results").fetchone()[0]

    def iter_object_refs(self) -> Iterator[dict[str, Any]]:
        """What audit compares with the objects: every result row whole (audit re-derives each from
        its stored files), then the e-copies' id, object id and version and hashes."""
        for row in self.conn.execute("SELECT * FROM results ORDER BY id"):
            yield dict(row)
        for table in COPY_KINDS:  # e-copies are objects of their own (copies/register.py)
            if self._has_table(table):
                for row in self.conn.execute(
                    f"SELECT '{table}:' || id AS id, object_id, object_version, NULL AS pdf_path, pdf_sha256, pdf_sha512 "
                    f"FROM {table} ORDER BY id"
                ):
                    yield dict(row)

    def search(
        self, query: str = "", *, holder_id: str | None = None, procedure_code: str | None = None,
        year: int | None = None, status: str | None = None, limit: int = 50,
    ) -> list[dict[str, Any]]:
        where, params = [], []
        for column, value in (("r.holder_id", holder_id), ("r.procedure_code", procedure_code), (STATUS_SQL, status)):
            if value:
                where.append(f"{column} = ?")
                params.append(value)
        if year:
            where.append("r.issued_date >= ? AND r.issued_date < ?")
            params += [f"{year:04d}-01-01", f"{year + 1:04d}-01-01"]
        match = fts_query(query) if query else ""
        if query and not match:
            raise UsageError("warehouse.empty_query")
        if not match and not where:
            raise UsageError("warehouse.empty_query")
        if not match:
            sql = (f"SELECT r.*, {STATUS_SQL} AS now_status FROM results r WHERE {' AND '.join(where)} "
                   "ORDER BY r.issued_date DESC, r.id LIMIT ?")
            return [_with_status(r) for r in self.conn.execute(sql, [*params, limit])]
        found = self._ranked("results_names", match, where, params, limit, []) if self._names_indexed() else []
        if len(found) < limit:
            found += self._ranked("results_fts", match, where, params, limit - len(found), [r["id"] for r in found])
        return [_with_status(r) for r in found]

    def _ranked(self, table: str, match: str, where: list[str], params: list[Any], limit: int,
                skip: list[int]) -> list[sqlite3.Row]:
        """The best ``limit`` rows whose ``table`` entry holds every word, not in ``skip``, ranked
        among at most RANK_CANDIDATES matches: found unordered, FTS5 stops at the cap (it reads
        matches in id order). Not FTS5's own rank: its bm25 counts the rows holding each word over the
        whole index first, 40-60 ms for two common words at a million results, whatever the cap."""
        columns = ["meta", "body"] if table == "results_fts" else ["name"]
        filters = [*where, *(["r.id NOT IN (" + ", ".join("?" for _ in skip) + ")"] if skip else [])]
        sql = (f"SELECT f.rowid, {', '.join('f.' + c for c in columns)} FROM {table} f "
               + ("JOIN results r ON r.id = f.rowid " if filters else "")
               + f"WHERE {table} MATCH ?" + "".join(f" AND {w}" for w in filters) + " LIMIT ?")
        cap = RANK_CANDIDATES if table == "results_fts" else NAME_CANDIDATES
        found = self.conn.execute(sql, [match, *params, *skip, max(cap, limit)]).fetchall()
        best = rank_matches(re.findall(r'"([^"]*)"', match), [(r[0], tuple(r[1:])) for r in found],
                            (4.0, 1.0) if table == "results_fts" else (1.0,))[:limit]
        if not best:
            return []
        rows = {r["id"]: r for r in self.conn.execute(
            f"SELECT r.*, {STATUS_SQL} AS now_status FROM results r WHERE r.id IN ({', '.join('?' for _ in best)})",
            best)}
        return [rows[i] for i in best]

    # --- conflicts and events ---------------------------------------------------------------
    def add_conflict(self, row: dict[str, Any]) -> int:
        self._require_tx()
        cols = ", ".join(row)
        return self.conn.execute(f"INSERT INTO conflicts ({cols}) VALUES ({', '.join('?' for _ in row)})",
                                 list(row.values())).lastrowid

    def open_conflicts(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self.conn.execute("SELECT * FROM conflicts ORDER BY id")]

    def record_event(self, action: str, object_id: str | None, detail: dict[str, Any], actor: str, at: str) -> int:
        """Append one audit-log row, chained to the last one (inside the caller's transaction)."""
        self._require_tx()
        self.events_written = True  # the warehouse anchors the new head when it closes
        last = self.conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
        seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
        text = json.dumps(detail, ensure_ascii=False, sort_keys=True)
        digest = chain_hash(prev, seq, at, actor, action, object_id, text)
        self.conn.execute("INSERT INTO audit_log VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                          [seq, at, actor, action, object_id, text, prev, digest])
        return seq

    def events(self, object_id: str | None = None) -> list[dict[str, Any]]:
        if object_id is None:
            rows = self.conn.execute("SELECT * FROM audit_log ORDER BY seq")
        else:
            rows = self.conn.execute("SELECT * FROM audit_log WHERE object_id = ? ORDER BY seq", [object_id])
        return [{**dict(r), "detail": json.loads(r["detail"])} for r in rows]

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """One read transaction: every read inside sees the same committed state (WAL), however
        many writers commit meanwhile; joins a transaction already open."""
        if self.conn.in_transaction:
            yield
            return
        self.conn.execute("BEGIN")
        try:
            yield
        finally:
            if self.conn.in_transaction:
                self.conn.execute("COMMIT")

    def revoked_objects(self) -> set[str]:
        """Objects the audit log records a revocation for (their row says revoked, their XML does not)."""
        return {r[0] for r in self.conn.execute(
            "SELECT DISTINCT object_id FROM audit_log WHERE action = 'revoked' AND object_id IS NOT NULL")}

    def chain_head(self) -> tuple[int, str]:
        last = self.conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
        return (last[0], last[1]) if last else (0, GENESIS)

    def chain_hashes(self) -> dict[int, str]:
        """Each audit-log row's hash by sequence number (what anchors are checked against)."""
        return {r[0]: r[1] for r in self.conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq")}

    def verify_chain(self) -> list[dict[str, Any]]:
        """Rows whose hash, link or sequence does not hold."""
        return chain_problems(self.conn.execute("SELECT * FROM audit_log ORDER BY seq"))

    # --- master register --------------------------------------------------------------------
    def upsert_master_entry(self, entry: dict[str, Any]) -> tuple[int, dict[str, Any] | None]:
        """Insert or update by (number, notation, date); returns the id and the row as it was."""
        self._require_tx()
        entry = {**entry, "holder_fold": fold(entry.get("holder_name") or "")}
        old = self.conn.execute(
            "SELECT * FROM master_entries WHERE code_number = ? AND code_notation IS ? AND issued_date = ?",
            [entry["code_number"], entry.get("code_notation"), entry["issued_date"]],
        ).fetchone()
        if old is None:
            cols = ", ".join(entry)
            entry_id = self.conn.execute(
                f"INSERT INTO master_entries ({cols}) VALUES ({', '.join('?' for _ in entry)})", list(entry.values())
            ).lastrowid
            return entry_id, None
        sets = ", ".join(f"{k} = ?" for k in entry)
        self.conn.execute(f"UPDATE master_entries SET {sets} WHERE id = ?", [*entry.values(), old["id"]])
        return old["id"], dict(old)

    def set_match(self, entry_id: int, result_id: int | None, method: str | None) -> None:
        self._require_tx()
        self.conn.execute("UPDATE master_entries SET matched_result_id = ?, match_method = ? WHERE id = ?",
                          [result_id, method, entry_id])

    def master_entry(self, entry_id: int) -> dict[str, Any] | None:
        row = self.conn.execute("SELECT * FROM master_entries WHERE id = ?", [entry_id]).fetchone()
        return dict(row) if row else None

    def unmatched_entries(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self.conn.execute(
            "SELECT * FROM master_entries WHERE matched_result_id IS NULL ORDER BY issued_date, id")]

    def unmatched_results(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self.conn.execute(
            "SELECT r.* FROM results r WHERE NOT EXISTS "
            "(SELECT 1 FROM master_entries m WHERE m.matched_result_id = r.id) ORDER BY r.issued_date, r.id")]

    def unmatched_entries_near(self, code_number: str, issued_date: str) -> list[dict[str, Any]]:
        """Unmatched entries with this number or this date: the only ones a new result can match."""
        return [dict(r) for r in self.conn.execute(
            "SELECT * FROM master_entries WHERE matched_result_id IS NULL AND (code_number = ? OR issued_date = ?)",
            [code_number, issued_date])]

    def revoked_matched_entries(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self.conn.execute(
            "SELECT * FROM master_entries WHERE status = 'revoked' AND matched_result_id IS NOT NULL")]

    def entry_for_result(self, result_id: int) -> dict[str, Any] | None:
        row = self.conn.execute("SELECT * FROM master_entries WHERE matched_result_id = ?", [result_id]).fetchone()
        return dict(row) if row else None

    # --- for the roadmap ----------------------------------------------------------------------
    def iter_master_entries(self) -> Iterator[dict[str, Any]]:
        cols = ", ".join([*MASTER_COLUMNS, "revoked_on", "matched_result_id"])
        for row in self.conn.execute(f"SELECT {cols} FROM master_entries ORDER BY id"):
            yield dict(row)

    def iter_results(self) -> Iterator[dict[str, Any]]:
        sql = (
            f"SELECT r.id, r.id AS result_id, r.object_id, r.procedure_code, m.unit, r.issued_date, r.loaded_at, r.signed, {STATUS_SQL} AS status, r.valid_until "
            "FROM results r LEFT JOIN master_entries m ON m.matched_result_id = r.id ORDER BY r.id"
        )
        for row in self.conn.execute(sql):
            item = dict(row)
            item["signed"] = bool(item["signed"])
            yield item

    # The roadmap reads every line at 100k+ rows: plain tuples of just the columns it uses, in the
    # field order of its records, cost a third of dict rows (benchmarks/roadmap.py --sqlite).
    def iter_roadmap_entries(self) -> Iterator[tuple]:
        cursor = self.conn.cursor()
        cursor.row_factory = None
        return cursor.execute("SELECT unit, procedure_code, issued_date, valid_from, valid_until, status, revoked_on, "
                              "CAST(matched_result_id AS TEXT) FROM master_entries ORDER BY id")

    def iter_roadmap_results(self) -> Iterator[tuple]:
        cursor = self.conn.cursor()
        cursor.row_factory = None
        # only results that can count as digitised: signed and loaded (the roadmap drops the rest); the
        # roadmap counts days, so the day of loading in Vietnam (times are stored with their offset)
        return cursor.execute("SELECT CAST(r.id AS TEXT), m.unit, r.procedure_code, r.issued_date, "
                              "date(r.loaded_at, '+7 hours'), r.signed, r.status, r.valid_until "
                              "FROM results r LEFT JOIN master_entries m ON m.matched_result_id = r.id "
                              "WHERE r.signed = 1 AND r.loaded_at IS NOT NULL ORDER BY r.id")

    def roadmap_counts(self, as_of: date) -> tuple[list[tuple], list[tuple]]:
        """The roadmap's snapshot counted here, a few thousand grouped rows instead of 150,000 lines:
        register lines in force (unit, procedure, year of issue, count, of which digitised) and results
        digitised (unit, procedure, day loaded, count). The rules are the model's
        (``MasterEntry.valid_on``, ``roadmap.model.digitised``); tests/test_roadmap_counts.py holds
        the two to the same answers."""
        self._ensure_roadmap_indexes()
        day = {"day": as_of.isoformat()}
        if self.conn.in_transaction:  # the caller's own state, which a second connection cannot see
            entries, results = self._roadmap_queries_one_by_one(day)
        else:
            before = self._data_version()
            entries, results = self._roadmap_queries_at_once(day)
            if self._data_version() != before:
                # something was committed while they ran and the two may have read different
                # states: both again, in one read transaction
                self.conn.execute("BEGIN")
                try:
                    entries, results = self._roadmap_queries_one_by_one(day)
                finally:
                    self.conn.execute("COMMIT")
        return [tuple(r) for r in entries], [tuple(r) for r in results]

    def _roadmap_queries_one_by_one(self, day: dict[str, str]) -> tuple[list, list]:
        return (self.conn.execute(ROADMAP_ENTRIES_SQL, day).fetchall(),
                self.conn.execute(ROADMAP_RESULTS_SQL, day).fetchall())

    def _data_version(self) -> int:
        """Changes whenever another connection commits (SQLite's ``PRAGMA data_version``)."""
        return self.conn.execute("PRAGMA data_version").fetchone()[0]

    def _roadmap_queries_at_once(self, day: dict[str, str]) -> tuple[list, list]:
        """The results query on a second connection in a thread (sqlite3 lets go of the GIL while
        a query runs) while this one counts the entries: on two cores the wait is the longer of the
        two, 0.15-0.35 s less at 100,000 lines."""
        other = _connect(self.path, self.conn_timeout, self.read_only)
        found: dict[str, Any] = {}

        def count_results() -> None:
            try:
                found["rows"] = other.execute(ROADMAP_RESULTS_SQL, day).fetchall()
            except BaseException as exc:  # handed to the caller's thread
                found["error"] = exc

        worker = threading.Thread(target=count_results, name="roadmap-results")
        try:
            worker.start()
            entries = self.conn.execute(ROADMAP_ENTRIES_SQL, day).fetchall()
        finally:
            worker.join()
            other.close()
        if "error" in found:
            raise found["error"]
        return entries, found["rows"]

    def _ensure_roadmap_indexes(self) -> None:
        """Indexes holding every column roadmap_counts reads: rows of both tables are wide (names,
        subjects, hashes), and reading them made up most of a status over 100,000 lines. New
        warehouses have them from the start, older ones get them here on first use; one that is
        busy or read-only is counted without them, only slower."""
        try:
            self._ensure_schema("roadmap_indexes", ROADMAP_INDEXES)
        except (LockedError, sqlite3.OperationalError):
            pass

    def save_roadmap_plan(self, rows: Iterable[dict[str, Any]], replace: bool = True) -> int:
        with self.transaction():
            if replace:
                self.conn.execute("DELETE FROM roadmap_plan")
            count = 0
            for row in rows:
                self.conn.execute(
                    "INSERT OR REPLACE INTO roadmap_plan (year, unit, procedure_code, target) VALUES (?, ?, ?, ?)",
                    [int(row["year"]), row["unit"], row["procedure_code"], int(row["target"])],
                )
                count += 1
        return count

    def iter_roadmap_plan(self) -> Iterator[dict[str, Any]]:
        for row in self.conn.execute("SELECT year, unit, procedure_code, target FROM roadmap_plan ORDER BY year, unit, procedure_code"):
            yield dict(row)

    def _has_table(self, name: str) -> bool:
        return self.conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [name]).fetchone() is not None

    # --- copy registers ---------------------------------------------------------------------
    def ensure_copy_registers(self) -> None:
        self._ensure_schema("copies", COPY_SCHEMA)

    def last_copy_number(self, kind: str, year: int) -> dict[str, Any] | None:
        """Read inside the caller's BEGIN IMMEDIATE, so no other writer can take the next number."""
        self._require_tx()
        volume = ", volume" if kind == "certifications" else ""
        row = self.conn.execute(f"SELECT year, sequence{volume} FROM {copy_table(kind)} WHERE year = ? "
                                "ORDER BY sequence DESC LIMIT 1", [year]).fetchone()
        return dict(row) if row else None

    def insert_copy(self, kind: str, row: dict[str, Any]) -> int:
        self._require_tx()
        cols = ", ".join(row)
        return self.conn.execute(f"INSERT INTO {copy_table(kind)} ({cols}) VALUES ({', '.join('?' for _ in row)})",
                                 [_sql_value(v) for v in row.values()]).lastrowid

    def copy_by_code(self, code: str) -> tuple[str, dict[str, Any]] | None:
        for kind in COPY_KINDS:
            row = self.conn.execute(f"SELECT * FROM {kind} WHERE code = ?", [code]).fetchone()
            if row:
                return kind, dict(row)
        return None

    def copy_by_sequence(self, kind: str, year: int, sequence: int) -> dict[str, Any] | None:
        row = self.conn.execute(f"SELECT * FROM {copy_table(kind)} WHERE year = ? AND sequence = ?",
                                [year, sequence]).fetchone()
        return dict(row) if row else None

    def copy_for_object(self, kind: str, object_id: str) -> dict[str, Any] | None:
        """None also when the register was never made (crash recovery asks before any copy exists)."""
        if not self._has_table(copy_table(kind)):
            return None
        row = self.conn.execute(f"SELECT * FROM {kind} WHERE object_id = ?", [object_id]).fetchone()
        return dict(row) if row else None

    def revoke_copy(self, kind: str, row_id: int, at: str, reason: str, by: str) -> None:
        self._require_tx()
        self.conn.execute(f"UPDATE {copy_table(kind)} SET revoked_at = ?, revoked_reason = ?, revoked_by = ? "
                          "WHERE id = ?", [at, reason, by, row_id])

    def copy_rows(self, kind: str, year: int | None = None, month: str | None = None) -> list[dict[str, Any]]:
        where, params = [], []
        if year is not None:
            where.append("year = ?")
            params.append(year)
        if month is not None:
            where.append("substr(issued_at, 1, 7) = ?")
            params.append(month)
        sql = (f"SELECT * FROM {copy_table(kind)}" + (" WHERE " + " AND ".join(where) if where else "")
               + " ORDER BY year, sequence")
        return [dict(r) for r in self.conn.execute(sql, params)]

    def iter_copy_demand(self) -> Iterator[dict[str, Any]]:
        """Register copies issued per procedure (revoked ones too: they were asked for), for the roadmap."""
        if not self._has_table("copies"):
            return
        for row in self.conn.execute(
            "SELECT procedure_code, count(*) AS count FROM copies WHERE procedure_code IS NOT NULL "
            "GROUP BY procedure_code ORDER BY procedure_code"
        ):
            yield dict(row)

    # --- backup -----------------------------------------------------------------------------
    def dump_rows(self, table: str) -> Iterator[dict[str, Any]]:
        """A table's rows as stored, in key order (:mod:`.register_rows`); a result row with its search row."""
        if not self._has_table(table):  # copy registers a warehouse never used
            return
        query = (f"SELECT r.*, f.meta AS {SEARCH_META}, f.body AS {SEARCH_BODY} FROM results r "
                 "LEFT JOIN results_fts f ON f.rowid = r.id ORDER BY r.id") if table == "results" else (
            f"SELECT * FROM {table} ORDER BY {order_by(table)}")
        for row in self.conn.execute(query):
            yield dict(row)

    def restore_rows(self, table: str, rows: Iterable[dict[str, Any]]) -> None:
        """Rows as another back-end holds them (ids, hashes and all, :meth:`dump_rows`) into this new register."""
        self._require_tx()
        order_by(table)  # a known table: the name goes into SQL
        if table in COPY_KINDS:
            self.ensure_copy_registers()
        for row in rows:
            meta, body = row.pop(SEARCH_META, None), row.pop(SEARCH_BODY, None)
            cols = ", ".join(row)
            cursor = self.conn.execute(f"INSERT INTO {table} ({cols}) VALUES ({', '.join('?' for _ in row)})",
                                       [_sql_value(v) for v in row.values()])
            if table == "results":
                self.conn.execute("INSERT INTO results_fts(rowid, meta, body) VALUES (?, ?, ?)",
                                  [cursor.lastrowid, meta if meta is not None else fts_meta(row), body or ""])
                self._index_name(cursor.lastrowid, row.get("holder_name"))

    def backup_to(self, dest: Path) -> None:
        """SQLite's online backup API: a consistent snapshot even while another process writes."""
        target = sqlite3.connect(str(dest))
        try:
            self.conn.backup(target)
        finally:
            target.close()

"""The register on PostgreSQL (psycopg 3 and a connection pool), for warehouses written by many machines.

- Same rows as the SQLite register (:mod:`.pg_schema`), the same folded search text
  (:func:`tthc_digitize.text.fold`, quoted words all required), the same audit-chain hash
  (:func:`.sqlite_register.chain_hash`): an audit or a migration compares the two row by row.
- One connection per thread while a :meth:`transaction` or :meth:`snapshot` is open (nested uses join
  it); other calls borrow one from the pool for that call alone.
- The audit chain: every appender locks the one ``audit_head`` row first (``SELECT … FOR UPDATE``), so
  concurrent writers on any machine queue there and each links to the head the one before committed.
- Times: the session runs in UTC, so an ISO time without an offset reads as SQLite's ``date()`` does.
"""

from __future__ import annotations

import itertools
import json
import os
import re
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import psycopg
from psycopg import sql
from psycopg.rows import dict_row
from psycopg_pool import ConnectionPool, PoolTimeout

from tthc_digitize import clock
from tthc_digitize.errors import ConfigError, UsageError
from tthc_digitize.fault import fault_point
from tthc_digitize.text import fold
from tthc_digitize.warehouse.columns import COPY_KINDS, MASTER_COLUMNS, copy_table
from tthc_digitize.warehouse.events import GENESIS, chain_hash, chain_problems
from tthc_digitize.warehouse.pg_schema import HOLDER_WORDS, migrate
from tthc_digitize.warehouse.register_rows import SEARCH_BODY, SEARCH_META, TABLE_KEYS, copy_register, order_by
from tthc_digitize.warehouse.repository import RegisterInterrupted
from tthc_digitize.warehouse.sqlite_register import NAME_CANDIDATES, SqliteRegister, _sql_value, fts_meta, fts_query

# SQLite's STATUS_SQL with the day as a parameter: expired from valid_until on, without anyone writing it down
_STATUS = "CASE WHEN r.status = 'valid' AND r.valid_until < %(today)s THEN 'expired' ELSE r.status END"
_SELECT_RESULT = f"SELECT r.*, {_STATUS} AS now_status FROM results r"

# SQLite's roadmap rules (sqlite_register._IN_FORCE and friends), in PostgreSQL's words
_VN_DAY = "((r.loaded_at::timestamptz AT TIME ZONE 'Asia/Ho_Chi_Minh')::date)::text"
_IN_FORCE = ("m.issued_date <= %(day)s "
             "AND CASE WHEN nullif(m.revoked_on, '') IS NULL THEN m.status IS DISTINCT FROM 'revoked' "
             "ELSE m.revoked_on > %(day)s END "
             "AND CASE WHEN nullif(m.valid_until, '') IS NULL THEN m.status IS DISTINCT FROM 'expired' "
             "ELSE m.valid_until >= %(day)s END")
_LOADED_BY = f"r.signed = 1 AND r.loaded_at IS NOT NULL AND {_VN_DAY} <= %(day)s"
_RESULT_VALID = ("coalesce(r.status, 'valid') NOT IN ('revoked', 'expired') "
                 "AND coalesce(nullif(r.valid_until, '') >= %(day)s, true)")
ROADMAP_ENTRIES_SQL = (
    "SELECT m.unit, m.procedure_code, CAST(substr(m.issued_date, 1, 4) AS integer), count(*), "
    f"count(CASE WHEN {_LOADED_BY} THEN 1 END) "
    "FROM master_entries m LEFT JOIN results r ON r.id = m.matched_result_id "
    f"WHERE {_IN_FORCE} GROUP BY 1, 2, 3")
ROADMAP_RESULTS_SQL = (
    f"SELECT m.unit, r.procedure_code, {_VN_DAY}, count(*) "
    "FROM results r LEFT JOIN master_entries m ON m.matched_result_id = r.id "
    f"WHERE {_LOADED_BY} AND CASE WHEN m.id IS NULL THEN {_RESULT_VALID} ELSE {_IN_FORCE} END GROUP BY 1, 2, 3")

RANK_CANDIDATES = 100  # matches a search ranks at most (see search; the figures for 500 and 100 in benchmarks/README.md)
# rows a search for common words reads in table order before it gives up and asks the text index instead
DENSE_WINDOW = 30_000
_CURSORS = itertools.count(1)  # server-side cursors need names, distinct while two are open
# how long a write or a read waits for the server to come back before the error stands (a restart or a
# failover takes seconds; a server that stays away is reported, not waited for without end)
RETRY_SECONDS = float(os.environ.get("TTHC_REGISTER_RETRY_SECONDS", "60"))


def _words(folded: str) -> str:
    """The words FTS5's unicode61 would index, space-separated: PostgreSQL's parser would otherwise read
    ``15/qd-bnv`` as a path and a hyphenated word, and the query's words would not be its lexemes."""
    return " ".join(re.findall(r"[^\W_]+", folded))  # "_" separates words in unicode61 too


def _with_status(row: dict[str, Any]) -> dict[str, Any]:
    row["status"] = row.pop("now_status")
    return row


def _today() -> str:
    return clock.today().isoformat()


def _insert(table: str, row: dict[str, Any], returning: str = "id") -> sql.Composed:
    return sql.SQL("INSERT INTO {} ({}) VALUES ({}) RETURNING {}").format(
        sql.Identifier(table), sql.SQL(", ").join(map(sql.Identifier, row)),
        sql.SQL(", ").join(sql.Placeholder() * len(row)), sql.Identifier(returning))


def _sets(changes: dict[str, Any]) -> sql.Composed:
    return sql.SQL(", ").join(sql.SQL("{} = %s").format(sql.Identifier(k)) for k in changes)


class PostgresRegister:
    """The :class:`~tthc_digitize.warehouse.repository.Repository` on one PostgreSQL database."""

    def __init__(self, url: str, min_size: int = 1, max_size: int = 4, timeout: float = 10.0,
                 read_only: bool = False) -> None:
        self.url = url
        self.read_only = read_only
        self.events_written = False
        self._local = threading.local()
        # check: a connection the server dropped (a restart, a failover) is replaced at checkout, not handed out
        self.pool = ConnectionPool(url, min_size=min_size, max_size=max_size, timeout=timeout, open=False,
                                   kwargs={"autocommit": True, "row_factory": dict_row},
                                   configure=self._configure, check=ConnectionPool.check_connection)
        try:
            self.pool.open(wait=True, timeout=timeout)
        except PoolTimeout:
            self.pool.close()
            raise ConfigError("warehouse.register_unreachable", url=_redacted(url)) from None
        if not read_only:  # read commands on a replica or with a read-only role: nothing to set up
            with self.pool.connection() as conn:
                migrate(conn)

    def _configure(self, conn: psycopg.Connection) -> None:
        conn.execute("SET TIME ZONE 'UTC'")
        # psycopg prepares a statement on its fifth use, and PostgreSQL may then keep one generic plan for
        # good; one made while a table filled in this very transaction still looked empty is a sequential
        # scan, and a 20,000-line register import slowed to 34 lines/s (558/s with plans made per call)
        conn.execute("SET plan_cache_mode = force_custom_plan")
        # a search reads the text table from its first row (see _dense): a scan joining another one midway
        # would read other rows each time and give the same question other answers
        conn.execute("SET synchronize_seqscans = off")
        if self.read_only:
            conn.execute("SET default_transaction_read_only = on")

    def close(self) -> None:
        self.pool.close()

    # --- connections and transactions ---------------------------------------------------------
    @property
    def _held(self) -> psycopg.Connection | None:
        return getattr(self._local, "conn", None)

    @contextmanager
    def _conn(self) -> Iterator[psycopg.Connection]:
        """The connection of this thread's open transaction, or one from the pool for this call."""
        if self._held is not None:
            yield self._held
            return
        with self.pool.connection() as conn:
            yield conn

    @contextmanager
    def _hold(self, begin: str) -> Iterator[None]:
        if self._held is not None:  # nested: joins the outer transaction or snapshot
            yield
            return
        with self._healthy(begin) as (conn, xid):
            self._local.conn = conn
            try:
                try:
                    yield
                    fault_point("db.before_commit")
                except psycopg.OperationalError as exc:
                    _rollback(conn)
                    if conn.broken:  # the server went away mid-transaction: nothing of it was applied
                        raise RegisterInterrupted("warehouse.register_interrupted", detail=str(exc).strip()) from exc
                    raise
                except BaseException:
                    _rollback(conn)
                    raise
                try:
                    conn.execute("COMMIT")
                except psycopg.OperationalError as exc:
                    committed = self._committed(xid) if xid is not None else None
                    if committed is False:  # certainly not applied: the caller may run it again
                        raise RegisterInterrupted("warehouse.register_interrupted", detail=str(exc).strip()) from exc
                    if committed is None:  # unknown after the wait: an error, never a second try
                        raise
            finally:
                self._local.conn = None

    @contextmanager
    def _healthy(self, begin: str) -> Iterator[tuple[psycopg.Connection, int | None]]:
        """A pool connection with ``begin`` run on it and, for a write, the transaction's id (asked for at
        BEGIN so that a COMMIT whose answer is lost can be looked up). Waited for (bounded) while the server
        restarts: the pool checks a connection before handing it out, but the server can still close it
        before BEGIN, and nothing has run on it then, so trying again on another is always safe."""
        for pause in _backoff():
            try:
                conn = self.pool.getconn()
            except (psycopg.OperationalError, PoolTimeout):
                if pause is None:
                    raise
                time.sleep(pause)
                continue
            try:
                conn.execute(begin)
                writes = not begin.endswith("READ ONLY")
                xid = conn.execute("SELECT txid_current() AS xid").fetchone()["xid"] if writes else None
                break
            except psycopg.OperationalError:
                self.pool.putconn(conn)  # a broken one is thrown away by the pool, not handed out again
                if pause is None or not conn.broken:
                    raise
                time.sleep(pause)
        try:
            yield conn, xid
        finally:
            self.pool.putconn(conn)

    def _committed(self, xid: int) -> bool | None:
        """Whether a transaction whose COMMIT got no answer (the connection broke) committed: asked on a
        new connection, so that a write is neither lost nor applied twice."""
        for pause in _backoff():
            try:
                with self.pool.connection() as conn:
                    status = conn.execute("SELECT txid_status(%s) AS status", (xid,)).fetchone()["status"]
                    return {"committed": True, "aborted": False}.get(status)
            except (psycopg.OperationalError, PoolTimeout):
                if pause is None:
                    return None
                time.sleep(pause)
        return None

    def _retrying(self, read: Callable[[psycopg.Connection], Any]) -> Any:
        """A read outside a transaction: on a broken connection it runs again on a new one."""
        if self._held is not None:  # inside a transaction the caller's work is lost with it: no retry here
            return read(self._held)
        for pause in _backoff():
            try:
                with self.pool.connection() as conn:
                    return read(conn)
            except (psycopg.OperationalError, PoolTimeout):
                if pause is None:
                    raise
                time.sleep(pause)

    def transaction(self):
        """A write transaction; every write method needs one (nested uses join the outer one)."""
        return self._hold("BEGIN ISOLATION LEVEL READ COMMITTED")

    def snapshot(self):
        """One consistent read state for everything read inside (REPEATABLE READ: one snapshot)."""
        return self._hold("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")

    def _require_tx(self) -> psycopg.Connection:
        conn = self._held
        if conn is None:
            raise RuntimeError("write outside repo.transaction()")
        return conn

    def _all(self, query: Any, params: Any = None) -> list[dict[str, Any]]:
        return self._retrying(lambda conn: conn.execute(query, params).fetchall())

    def _one(self, query: Any, params: Any = None) -> dict[str, Any] | None:
        return self._retrying(lambda conn: conn.execute(query, params).fetchone())

    def _stream(self, query: Any, params: Any = None, tuples: bool = False) -> Iterator[Any]:
        """Rows a few thousand at a time from a server-side cursor (the roadmap reads 100k+ lines)."""
        with self._conn() as conn:
            nested = conn.info.transaction_status != psycopg.pq.TransactionStatus.IDLE
            with conn.transaction() if not nested else _nothing():
                factory = psycopg.rows.tuple_row if tuples else dict_row
                with conn.cursor(name=f"tthc_stream_{next(_CURSORS)}", row_factory=factory) as cursor:
                    cursor.itersize = 5000
                    cursor.execute(query, params)
                    yield from cursor

    # --- results ----------------------------------------------------------------------------
    def insert_result(self, row: dict[str, Any], text: str) -> int:
        conn = self._require_tx()
        row = {k: _sql_value(v) for k, v in row.items()}
        # one round trip for both rows: at a bulk load the wait for the server is most of the time
        statement = sql.SQL("WITH r AS ({}) INSERT INTO results_search (result_id, meta, body) "
                            "SELECT id, %s, %s FROM r RETURNING result_id").format(_insert("results", row))
        return conn.execute(statement, [*row.values(), _words(fts_meta(row)), _words(fold(text))]).fetchone()["result_id"]

    def update_result(self, result_id: int, changes: dict[str, Any], text: str | None = None) -> None:
        conn = self._require_tx()
        changes = {k: _sql_value(v) for k, v in changes.items()}
        if changes:
            conn.execute(sql.SQL("UPDATE results SET {} WHERE id = %s").format(_sets(changes)),
                         [*changes.values(), result_id])
        row = self.get_result(result_id)
        if text is None:
            conn.execute("UPDATE results_search SET meta = %s WHERE result_id = %s", [_words(fts_meta(row)), result_id])
        else:
            conn.execute("INSERT INTO results_search (result_id, meta, body) VALUES (%s, %s, %s) "
                         "ON CONFLICT (result_id) DO UPDATE SET meta = excluded.meta, body = excluded.body",
                         [result_id, _words(fts_meta(row)), _words(fold(text))])

    def get_result(self, ref: int | str) -> dict[str, Any] | None:
        """By register id (an integer, or its digits) or by object id."""
        if isinstance(ref, int) or (isinstance(ref, str) and ref.isdigit()):
            found = self._one(f"{_SELECT_RESULT} WHERE id = %(ref)s", {"ref": int(ref), "today": _today()})
        else:
            found = self._one(f"{_SELECT_RESULT} WHERE object_id = %(ref)s", {"ref": ref, "today": _today()})
        return _with_status(found) if found else None

    def find_results(self, **equal: Any) -> list[dict[str, Any]]:
        where = sql.SQL(" AND ").join(sql.SQL("{} = %s").format(sql.Identifier(k)) for k in equal)
        query = sql.SQL("SELECT * FROM results WHERE {} ORDER BY id").format(where if equal else sql.SQL("true"))
        return self._all(query, [_sql_value(v) for v in equal.values()])

    def count_results(self) -> int:
        return self._one("SELECT count(*) AS n FROM results")["n"]

    def _has_table(self, name: str) -> bool:
        return self._one("SELECT to_regclass(%s) IS NOT NULL AS found", [name])["found"]

    def iter_object_refs(self) -> Iterator[dict[str, Any]]:
        """Every result row whole, then the e-copies' id, object id, version and hashes."""
        yield from self._stream("SELECT * FROM results ORDER BY id")
        for table in ("copies", "certifications"):  # e-copies are objects of their own (copies/register.py)
            if self._has_table(table):
                yield from self._stream(
                    f"SELECT '{table}:' || id AS id, object_id, object_version, NULL AS pdf_path, pdf_sha256, "
                    f"pdf_sha512 FROM {table} ORDER BY id")

    def search(
        self, query: str = "", *, holder_id: str | None = None, procedure_code: str | None = None,
        year: int | None = None, status: str | None = None, limit: int = 50,
    ) -> list[dict[str, Any]]:
        """SQLite's search: every folded word of the query required, in the metadata or the OCR text,
        best first (a metadata word weighs four times an OCR-text word); filters are exact."""
        where, params = [], {"today": _today(), "limit": limit}
        for column, key, value in (("r.holder_id", "holder_id", holder_id),
                                   ("r.procedure_code", "procedure_code", procedure_code),
                                   (_STATUS, "status", status)):
            if value:
                where.append(f"{column} = %({key})s")
                params[key] = value
        if year:
            where.append("r.issued_date >= %(year_from)s AND r.issued_date < %(year_to)s")
            params |= {"year_from": f"{year:04d}-01-01", "year_to": f"{year + 1:04d}-01-01"}
        words = _words(fts_query(query)).split() if query else []
        if query and not words or not words and not where:
            raise UsageError("warehouse.empty_query")
        if not words:
            return [_with_status(r) for r in self._all(
                f"{_SELECT_RESULT} WHERE {' AND '.join(where)} ORDER BY r.issued_date DESC, r.id LIMIT %(limit)s", params)]
        # the folded words as lexemes of the 'simple' configuration, each quoted: no tsquery syntax from users
        params["tsquery"] = " & ".join("'" + w.replace("'", "''") + "'" for w in words)
        params["words"] = words
        # Ranked among the first RANK_CANDIDATES matches, not all of them: two common words match
        # tens of thousands of rows at a million results, and ranking them all (as FTS5 does) cost
        # over 100 ms; found without an order, the search stops at the cap (rows in table order for
        # common words, see _dense; the GIN index otherwise). Every match is ranked below the cap.
        params["candidates"] = max(RANK_CANDIDATES, limit)
        params["names"] = max(NAME_CANDIDATES, limit)
        filters = "".join(f" AND {w}" for w in where)
        # Holders first, from the small holder-name index (migration 3): the few hundred rows of a full name
        # among a million, where the text index has thousands whose metadata or OCR text holds its words
        holders = (f"{_SELECT_RESULT} JOIN (SELECT r.id AS result_id, ts_rank({HOLDER_WORDS}, %(tsquery)s::tsquery) "
                   f"AS score FROM results r WHERE {HOLDER_WORDS} @@ %(tsquery)s::tsquery{filters} "
                   "LIMIT %(names)s) c ON c.result_id = r.id ORDER BY c.score DESC, r.id LIMIT %(limit)s")
        texts = (f"{_SELECT_RESULT} JOIN (SELECT s.result_id, s.doc FROM results_search s "
                 + ("JOIN results r ON r.id = s.result_id " if where else "")
                 + f"WHERE s.doc @@ %(tsquery)s::tsquery AND s.result_id <> ALL(%(skip)s){filters} "
                 "LIMIT %(candidates)s) c ON c.result_id = r.id "
                 "ORDER BY ts_rank('{0, 0, 0.25, 1}'::real[], c.doc, %(tsquery)s::tsquery) DESC, r.id LIMIT %(limit)s")
        with self._conn() as conn:
            found = conn.execute(holders, params).fetchall()
            if len(found) < limit:
                rest = params | {"skip": [r["id"] for r in found], "limit": limit - len(found)}
                found += (not where and self._dense(conn, rest)) or conn.execute(texts, rest).fetchall()
        return [_with_status(r) for r in found]

    @staticmethod
    def _dense(conn, params: dict[str, Any]) -> list[dict[str, Any]]:
        """Words common enough that the first DENSE_WINDOW rows in table order hold RANK_CANDIDATES matches,
        read there; or [] when fewer are expected or found. The text index cannot stop at the cap: it
        intersects every posting list first (75,000 matches of "xa nuoc dung" at a million rows: 50 ms),
        where reading rows until 100 match takes 2 ms; the planner costs that bitmap far too low to choose
        the scan itself. Expected from ANALYZE's most common words, as if independent (an underestimate
        for words that come together): a word not among them is rare, and the index is the way."""
        stats = conn.execute(
            "SELECT count(DISTINCT m.word) AS known, exp(sum(ln(m.share))) AS share, max(c.reltuples) AS rows "
            "FROM pg_stats p CROSS JOIN unnest(p.most_common_elems::text::text[], p.most_common_elem_freqs) "
            "AS m(word, share) JOIN pg_class c ON c.oid = 'results_search'::regclass "
            "WHERE p.schemaname = current_schema() AND p.tablename = 'results_search' AND p.attname = 'doc' "
            "AND m.word = ANY(%(words)s)", params).fetchone()
        if stats["known"] < len(set(params["words"])) or stats["share"] * min(DENSE_WINDOW, stats["rows"]) < params["candidates"]:
            return []
        found = conn.execute(
            f"SELECT r.*, {_STATUS} AS now_status, count(*) OVER () AS candidates FROM results r JOIN (SELECT s.result_id, "
            "s.doc FROM (SELECT result_id, doc FROM results_search LIMIT %(window)s) s WHERE s.doc @@ %(tsquery)s::tsquery "
            "AND s.result_id <> ALL(%(skip)s) LIMIT %(candidates)s) c ON c.result_id = r.id "
            "ORDER BY ts_rank('{0, 0, 0.25, 1}'::real[], c.doc, %(tsquery)s::tsquery) DESC, r.id LIMIT %(limit)s",
            params | {"window": DENSE_WINDOW}).fetchall()
        if not found or found[0]["candidates"] < params["candidates"]:
            return []
        return [{k: v for k, v in r.items() if k != "candidates"} for r in found]

    def similar_holders(self, name: str, limit: int = 20, threshold: float = 0.5) -> list[dict[str, Any]]:
        """Results whose holder name is like ``name`` letter by letter (pg_trgm), however it is marked
        or misread: "Nguyen Van Duc" finds "Nguyễn Văn Đức", "Nguyễn Văn Đửc" too. Most similar first."""
        folded = fold(name)
        if not folded.strip():
            raise UsageError("warehouse.empty_query")
        with self._conn() as conn, (conn.transaction() if self._held is None else _nothing()):
            # SET LOCAL: the threshold holds for this transaction only, whoever borrows the connection next
            conn.execute("SELECT set_config('pg_trgm.similarity_threshold', %s, true)", [str(threshold)])
            return [_with_status(r) for r in conn.execute(
                f"{_SELECT_RESULT} WHERE tthc_fold(r.holder_name) %% %(name)s "
                "ORDER BY similarity(tthc_fold(r.holder_name), %(name)s) DESC, r.id LIMIT %(limit)s",
                {"name": folded, "limit": limit, "today": _today()}).fetchall()]

    # --- conflicts and events ---------------------------------------------------------------
    def add_conflict(self, row: dict[str, Any]) -> int:
        conn = self._require_tx()
        return conn.execute(_insert("conflicts", row), list(row.values())).fetchone()["id"]

    def open_conflicts(self) -> list[dict[str, Any]]:
        return self._all("SELECT * FROM conflicts ORDER BY id")

    def record_event(self, action: str, object_id: str | None, detail: dict[str, Any], actor: str, at: str) -> int:
        """Append one audit-log row, chained to the head, which stays locked until the caller commits."""
        conn = self._require_tx()
        self.events_written = True
        head = conn.execute("SELECT seq, hash FROM audit_head FOR UPDATE").fetchone()
        seq, prev = head["seq"] + 1, head["hash"]
        text = json.dumps(detail, ensure_ascii=False, sort_keys=True)
        digest = chain_hash(prev, seq, at, actor, action, object_id, text)
        conn.execute("INSERT INTO audit_log VALUES (%s, %s, %s, %s, %s, %s, %s, %s)",
                     [seq, at, actor, action, object_id, text, prev, digest])
        conn.execute("UPDATE audit_head SET seq = %s, hash = %s", [seq, digest])
        return seq

    def events(self, object_id: str | None = None) -> list[dict[str, Any]]:
        if object_id is None:
            rows = self._all("SELECT * FROM audit_log ORDER BY seq")
        else:
            rows = self._all("SELECT * FROM audit_log WHERE object_id = %s ORDER BY seq", [object_id])
        return [{**r, "detail": json.loads(r["detail"])} for r in rows]

    def revoked_objects(self) -> set[str]:
        return {r["object_id"] for r in self._all(
            "SELECT DISTINCT object_id FROM audit_log WHERE action = 'revoked' AND object_id IS NOT NULL")}

    def chain_head(self) -> tuple[int, str]:
        # the log's last row, not audit_head: what is checked is what was written
        last = self._one("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")
        return (last["seq"], last["hash"]) if last else (0, GENESIS)

    def chain_hashes(self) -> dict[int, str]:
        return {r["seq"]: r["hash"] for r in self._stream("SELECT seq, hash FROM audit_log ORDER BY seq")}

    def verify_chain(self) -> list[dict[str, Any]]:
        """Rows whose hash, link or sequence does not hold."""
        return chain_problems(self._stream("SELECT * FROM audit_log ORDER BY seq"))

    # --- master register --------------------------------------------------------------------
    def upsert_master_entry(self, entry: dict[str, Any]) -> tuple[int, dict[str, Any] | None]:
        """Insert or update by (number, notation, date); returns the id and the row as it was."""
        conn = self._require_tx()
        entry = {k: _sql_value(v) for k, v in entry.items()} | {"holder_fold": fold(entry.get("holder_name") or "")}
        old = conn.execute(
            "SELECT * FROM master_entries WHERE code_number = %s AND code_notation IS NOT DISTINCT FROM %s "
            "AND issued_date = %s FOR UPDATE",
            [entry["code_number"], entry.get("code_notation"), entry["issued_date"]]).fetchone()
        if old is None:
            return conn.execute(_insert("master_entries", entry), list(entry.values())).fetchone()["id"], None
        conn.execute(sql.SQL("UPDATE master_entries SET {} WHERE id = %s").format(_sets(entry)),
                     [*entry.values(), old["id"]])
        return old["id"], old

    def set_match(self, entry_id: int, result_id: int | None, method: str | None) -> None:
        conn = self._require_tx()
        conn.execute("UPDATE master_entries SET matched_result_id = %s, match_method = %s WHERE id = %s",
                     [result_id, method, entry_id])

    def master_entry(self, entry_id: int) -> dict[str, Any] | None:
        return self._one("SELECT * FROM master_entries WHERE id = %s", [entry_id])

    def unmatched_entries(self) -> list[dict[str, Any]]:
        return self._all("SELECT * FROM master_entries WHERE matched_result_id IS NULL ORDER BY issued_date, id")

    def unmatched_results(self) -> list[dict[str, Any]]:
        return self._all("SELECT r.* FROM results r WHERE NOT EXISTS "
                         "(SELECT 1 FROM master_entries m WHERE m.matched_result_id = r.id) ORDER BY r.issued_date, r.id")

    def unmatched_entries_near(self, code_number: str, issued_date: str) -> list[dict[str, Any]]:
        return self._all("SELECT * FROM master_entries WHERE matched_result_id IS NULL "
                         "AND (code_number = %s OR issued_date = %s) ORDER BY id", [code_number, _sql_value(issued_date)])

    def revoked_matched_entries(self) -> list[dict[str, Any]]:
        return self._all("SELECT * FROM master_entries WHERE status = 'revoked' AND matched_result_id IS NOT NULL "
                         "ORDER BY id")

    def entry_for_result(self, result_id: int) -> dict[str, Any] | None:
        return self._one("SELECT * FROM master_entries WHERE matched_result_id = %s", [result_id])

    # --- for the roadmap ----------------------------------------------------------------------
    def iter_master_entries(self) -> Iterator[dict[str, Any]]:
        cols = ", ".join([*MASTER_COLUMNS, "revoked_on", "matched_result_id"])
        return self._stream(f"SELECT {cols} FROM master_entries ORDER BY id")

    def iter_results(self) -> Iterator[dict[str, Any]]:
        for item in self._stream(
            f"SELECT r.id, r.id AS result_id, r.object_id, r.procedure_code, m.unit, r.issued_date, r.loaded_at, "
            f"r.signed, {_STATUS} AS status, r.valid_until "
            "FROM results r LEFT JOIN master_entries m ON m.matched_result_id = r.id ORDER BY r.id",
            {"today": _today()},
        ):
            item["signed"] = bool(item["signed"])
            yield item

    def iter_roadmap_entries(self) -> Iterator[tuple]:
        return self._stream("SELECT unit, procedure_code, issued_date, valid_from, valid_until, status, revoked_on, "
                            "CAST(matched_result_id AS text) FROM master_entries ORDER BY id", tuples=True)

    def iter_roadmap_results(self) -> Iterator[tuple]:
        return self._stream(f"SELECT CAST(r.id AS text), m.unit, r.procedure_code, r.issued_date, {_VN_DAY}, "
                            "r.signed, r.status, r.valid_until "
                            "FROM results r LEFT JOIN master_entries m ON m.matched_result_id = r.id "
                            "WHERE r.signed = 1 AND r.loaded_at IS NOT NULL ORDER BY r.id", tuples=True)

    def roadmap_counts(self, as_of: date) -> tuple[list[tuple], list[tuple]]:
        """Both counts in one snapshot (the rules are SQLite's, tests/adapters hold them to the same answers)."""
        day = {"day": as_of.isoformat()}
        with self.snapshot(), self._conn() as conn:
            cursor = conn.cursor(row_factory=psycopg.rows.tuple_row)
            entries = cursor.execute(ROADMAP_ENTRIES_SQL, day).fetchall()
            results = cursor.execute(ROADMAP_RESULTS_SQL, day).fetchall()
        return entries, results

    def save_roadmap_plan(self, rows: Iterable[dict[str, Any]], replace: bool = True) -> int:
        with self.transaction():
            conn = self._require_tx()
            if replace:
                conn.execute("DELETE FROM roadmap_plan")
            count = 0
            for row in rows:
                conn.execute(
                    "INSERT INTO roadmap_plan (year, unit, procedure_code, target) VALUES (%s, %s, %s, %s) "
                    "ON CONFLICT (year, unit, procedure_code) DO UPDATE SET target = excluded.target",
                    [int(row["year"]), row["unit"], row["procedure_code"], int(row["target"])])
                count += 1
        return count

    def iter_roadmap_plan(self) -> Iterator[dict[str, Any]]:
        return iter(self._all("SELECT year, unit, procedure_code, target FROM roadmap_plan "
                              "ORDER BY year, unit, procedure_code"))

    # --- copy registers ---------------------------------------------------------------------
    def ensure_copy_registers(self) -> None:
        """Made by migration 2 with the rest of the schema."""

    def last_copy_number(self, kind: str, year: int) -> dict[str, Any] | None:
        """The lock makes every other writer of this register and year wait for this transaction's end,
        so two never take the same next number and none is skipped (SQLite: BEGIN IMMEDIATE)."""
        conn = self._require_tx()
        conn.execute("SELECT pg_advisory_xact_lock(%s, %s)", [COPY_KINDS.index(copy_table(kind)) + 1, year])
        volume = sql.SQL(", volume") if kind == "certifications" else sql.SQL("")
        return conn.execute(sql.SQL("SELECT year, sequence{} FROM {} WHERE year = %s ORDER BY sequence DESC LIMIT 1")
                            .format(volume, sql.Identifier(copy_table(kind))), [year]).fetchone()

    def insert_copy(self, kind: str, row: dict[str, Any]) -> int:
        conn = self._require_tx()
        return conn.execute(_insert(copy_table(kind), {k: _sql_value(v) for k, v in row.items()}),
                            list(map(_sql_value, row.values()))).fetchone()["id"]

    def copy_by_code(self, code: str) -> tuple[str, dict[str, Any]] | None:
        for kind in COPY_KINDS:
            row = self._one(sql.SQL("SELECT * FROM {} WHERE code = %s").format(sql.Identifier(kind)), [code])
            if row:
                return kind, row
        return None

    def copy_by_sequence(self, kind: str, year: int, sequence: int) -> dict[str, Any] | None:
        return self._one(sql.SQL("SELECT * FROM {} WHERE year = %s AND sequence = %s")
                         .format(sql.Identifier(copy_table(kind))), [year, sequence])

    def copy_for_object(self, kind: str, object_id: str) -> dict[str, Any] | None:
        return self._one(sql.SQL("SELECT * FROM {} WHERE object_id = %s").format(sql.Identifier(copy_table(kind))),
                         [object_id])

    def revoke_copy(self, kind: str, row_id: int, at: str, reason: str, by: str) -> None:
        self._require_tx().execute(
            sql.SQL("UPDATE {} SET revoked_at = %s, revoked_reason = %s, revoked_by = %s WHERE id = %s")
            .format(sql.Identifier(copy_table(kind))), [at, reason, by, row_id])

    def copy_rows(self, kind: str, year: int | None = None, month: str | None = None) -> list[dict[str, Any]]:
        where, params = [sql.SQL("TRUE")], []
        if year is not None:
            where.append(sql.SQL("year = %s"))
            params.append(year)
        if month is not None:
            where.append(sql.SQL("substr(issued_at, 1, 7) = %s"))
            params.append(month)
        return self._all(sql.SQL("SELECT * FROM {} WHERE {} ORDER BY year, sequence")
                         .format(sql.Identifier(copy_table(kind)), sql.SQL(" AND ").join(where)), params)

    def iter_copy_demand(self) -> Iterator[dict[str, Any]]:
        """Register copies issued per procedure (revoked ones too: they were asked for), for the roadmap."""
        if not self._has_table("copies"):
            return iter(())
        return iter(self._all("SELECT procedure_code, count(*) AS count FROM copies WHERE procedure_code IS NOT NULL "
                              "GROUP BY procedure_code ORDER BY procedure_code"))

    # --- backup and migration -----------------------------------------------------------------
    def dump_rows(self, table: str) -> Iterator[dict[str, Any]]:
        """A table's rows as stored, in key order (:mod:`.register_rows`); a result row with its search row."""
        if table == "results":
            return self._stream(f"SELECT r.*, s.meta AS {SEARCH_META}, s.body AS {SEARCH_BODY} FROM results r "
                                "LEFT JOIN results_search s ON s.result_id = r.id ORDER BY r.id")
        return self._stream(sql.SQL("SELECT * FROM {} ORDER BY {}").format(
            sql.Identifier(table), sql.SQL(order_by(table))))

    def restore_rows(self, table: str, rows: Iterable[dict[str, Any]]) -> None:
        """Rows as another back-end holds them (ids, hashes and all, :meth:`dump_rows`) into this new
        register, by COPY a few thousand at a time; then the id counters past the highest id and the
        audit head on the last row, so what is written next follows on."""
        conn = self._require_tx()
        order_by(table)  # a known table
        for batch in _batches(rows, 2000):
            search = []
            columns = [c for c in batch[0] if c not in (SEARCH_META, SEARCH_BODY)]
            with conn.cursor().copy(sql.SQL("COPY {} ({}) FROM STDIN").format(
                    sql.Identifier(table), sql.SQL(", ").join(map(sql.Identifier, columns)))) as copy:
                for row in batch:
                    copy.write_row([_sql_value(row[c]) for c in columns])
                    if table == "results":
                        meta = row.get(SEARCH_META)
                        search.append((row["id"], _words(fts_meta(row) if meta is None else meta),
                                       _words(row.get(SEARCH_BODY) or "")))
            if search:
                with conn.cursor().copy("COPY results_search (result_id, meta, body) FROM STDIN") as copy:
                    for line in search:
                        copy.write_row(line)
        if TABLE_KEYS[table] == ("id",):
            conn.execute(sql.SQL("SELECT setval(pg_get_serial_sequence(%s, 'id'), coalesce(max(id), 0) + 1, false) "
                                 "FROM {}").format(sql.Identifier(table)), [table])
        if table == "audit_log":
            conn.execute("UPDATE audit_head h SET seq = l.seq, hash = l.hash "
                         "FROM (SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1) l")

    def backup_to(self, dest: Path) -> None:
        """A SQLite register holding the same rows (ids and audit hashes included), all read from one
        snapshot: the backup is the embedded default, which any machine opens, audits and serves from
        without a PostgreSQL server (``tthc backup`` builds its backup home around it)."""
        target = SqliteRegister(dest)
        try:
            copy_register(self, target)
        finally:
            target.close()


def _batches(rows: Iterable[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    """Lists of ``size`` rows (itertools.batched from Python 3.12 on)."""
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


@contextmanager
def _nothing() -> Iterator[None]:
    yield


def _rollback(conn: psycopg.Connection) -> None:
    try:
        conn.execute("ROLLBACK")
    except psycopg.OperationalError:  # the connection is gone, and the transaction with it
        pass


def _backoff() -> Iterator[float | None]:
    """Pauses between tries while the server is away (a restart takes seconds), up to RETRY_SECONDS in
    all; ``None`` marks the last try."""
    waited, pause = 0.0, 0.1
    while waited < RETRY_SECONDS:
        yield pause
        waited += pause
        pause = min(pause * 2, 2.0)
    yield None


def _redacted(url: str) -> str:
    """The URL without its password, for messages and logs."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=f"{parts.username}:***@{host}"))


"""The register on PostgreSQL does what the SQLite register does, on a real server (no mocks): rows,
folded search, conflicts, the audit chain under concurrent writers, the master register and its
matching, the roadmap counts — the last ones compared with SQLite's answers on the same data."""

from __future__ import annotations

import multiprocessing
import random
import threading
from datetime import date, datetime, time, timedelta, timezone

import psycopg
import pytest

from tthc_digitize.errors import ConfigError, UsageError
from tthc_digitize.roadmap.synthetic import fill_warehouse, synthetic_source
from tthc_digitize.text import fold
from tthc_digitize.warehouse import postgres_register
from tthc_digitize.warehouse.load import object_id, record_columns
from tthc_digitize.warehouse.pg_schema import SCHEMA_VERSION, migrate
from tthc_digitize.warehouse.postgres_register import PostgresRegister
from tthc_digitize.warehouse.repository import open_repository
from tthc_digitize.warehouse.sqlite_register import SqliteRegister
from tthc_digitize.warehouse.synthetic import record, text_of

AGENCY = "000.00.00.H30"
AT = "2026-11-30T09:00:00+07:00"


def fill(repo, count: int, seed: int = 4) -> list:
    """``count`` synthetic results (Vietnamese names, every field) through the repository."""
    rng = random.Random(seed)
    records = []
    with repo.transaction():
        for i in range(1, count + 1):
            rec = record(i, rng)
            row = {"object_id": object_id(AGENCY, rec), "object_version": "v1", **record_columns(rec),
                   "pdf_sha256": f"{i:064x}", "pdf_sha512": f"{i:0128x}", "pdf_bytes": 0, "signed": 1,
                   "batch": "b1", "loaded_by": "test", "loaded_at": AT, "updated_at": AT}
            repo.insert_result(row, text_of(rec))
            records.append(rec)
    return records


def test_open_repository_picks_postgresql_and_reports_an_unreachable_server(pg_url):
    repo = open_repository(pg_url)
    assert isinstance(repo, PostgresRegister)
    repo.close()
    with pytest.raises(ConfigError) as info:
        open_repository("postgresql://postgres:secret@127.0.0.1:1/nothing", busy_timeout=1)
    assert info.value.key == "warehouse.register_unreachable"
    assert "secret" not in str(info.value.params)


def test_migrations_are_numbered_recorded_and_run_once(pg_url, pg_register):
    with psycopg.connect(pg_url, autocommit=True) as conn:
        assert migrate(conn) == []  # already applied by the register: nothing runs twice
        assert [r[0] for r in conn.execute("SELECT version FROM schema_version ORDER BY version")] == \
            list(range(1, SCHEMA_VERSION + 1))
    PostgresRegister(pg_url).close()  # a second register on the same database opens it as it is
    assert pg_register.count_results() == 0


def test_two_registers_starting_on_an_empty_database_make_one_schema(pg_url):
    errors, repos = [], []

    def start():
        try:
            repos.append(PostgresRegister(pg_url))
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=start) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with psycopg.connect(pg_url) as conn:
        assert conn.execute("SELECT count(*) FROM schema_version").fetchone()[0] == SCHEMA_VERSION
    for repo in repos:
        repo.close()


def test_insert_get_update_find_count(pg_register):
    records = fill(pg_register, 5)
    assert pg_register.count_results() == 5
    first = pg_register.get_result(1)
    assert first["holder_name"] == records[0].holder_name and first["status"] == "valid"
    assert pg_register.get_result(first["object_id"])["id"] == 1 and pg_register.get_result("1")["id"] == 1
    assert pg_register.get_result(99) is None
    with pytest.raises(RuntimeError):
        pg_register.update_result(1, {"status": "revoked"})  # writes need a transaction
    with pg_register.transaction():
        pg_register.update_result(1, {"status": "revoked", "object_version": "v2"}, text="Văn bản mới Đặcbiệtmới")
    assert [r["id"] for r in pg_register.find_results(status="revoked", object_version="v2")] == [1]
    assert [r["id"] for r in pg_register.search("DACBIETMOI")] == [1]  # re-indexed with the new text
    assert pg_register.get_result(1)["status"] == "revoked"


def test_a_failed_transaction_leaves_nothing(pg_register):
    with pytest.raises(ZeroDivisionError), pg_register.transaction():
        fill(pg_register, 2)  # joins the outer transaction
        pg_register.record_event("loaded", "x", {}, "test", AT)
        1 / 0
    assert pg_register.count_results() == 0 and pg_register.events() == [] and pg_register.chain_head()[0] == 0


def test_valid_until_past_reads_expired_on_the_tool_day(pg_register, monkeypatch):
    fill(pg_register, 1)
    until = date.fromisoformat(pg_register.get_result(1)["valid_until"])
    monkeypatch.setenv("TTHC_NOW", f"{until + timedelta(days=1)}T10:00:00+07:00")
    assert pg_register.get_result(1)["status"] == "expired"
    assert [r["id"] for r in pg_register.search(status="expired")] == [1]


def test_search_folds_accents_d_and_case_and_filters(pg_register):
    records = fill(pg_register, 60)
    rec = records[7]
    name = rec.holder_name
    for query in (name, fold(name), name.replace("Đ", "D").replace("đ", "d"), name.upper()):
        assert 8 in [r["id"] for r in pg_register.search(query, limit=100)], query
    assert [r["id"] for r in pg_register.search(f"{rec.code_number}/{rec.code_notation}")][0] == 8
    assert [r["id"] for r in pg_register.search(holder_id=rec.holder_id)] == [8]
    by_year = pg_register.search(year=rec.issued_date.year, procedure_code=rec.procedure_code, limit=100)
    assert 8 in [r["id"] for r in by_year]
    assert all(r["issued_date"].startswith(str(rec.issued_date.year)) and r["procedure_code"] == rec.procedure_code
               for r in by_year)
    assert pg_register.search("nobody zzzqx") == []
    assert pg_register.search("a & b | !c :* 'd' (e") == []  # tsquery syntax is only text
    for empty in ("", "!!! ---"):
        with pytest.raises(UsageError):
            pg_register.search(empty)
    with pytest.raises(UsageError):
        pg_register.search("x" * 201)


def test_search_finds_what_sqlite_finds(pg_register, tmp_path):
    sqlite = SqliteRegister(tmp_path / "register.sqlite", durable=False)
    records = fill(sqlite, 300)
    fill(pg_register, 300)
    rng = random.Random(9)
    queries = ["Nguyễn Đức", "dang thi huong", "GIẤY PHÉP", "xa nuoc thai", "qd-ubnd", "so 15", "Lê Văn", "phượng"]
    queries += [rng.choice(records).holder_name for _ in range(10)] + [rng.choice(records).holder_id for _ in range(5)]
    for query in queries:
        expected = {r["id"] for r in sqlite.search(query, limit=1000)}
        assert {r["id"] for r in pg_register.search(query, limit=1000)} == expected, query
    # the best hit of a full name is a result held by that name (metadata outranks OCR text), as in SQLite
    for rec in records[:20]:
        assert fold(pg_register.search(rec.holder_name, limit=1)[0]["holder_name"]) == fold(rec.holder_name)
    sqlite.close()


def test_similar_holders_finds_a_misread_name(pg_register):
    records = fill(pg_register, 40)
    target = records[3].holder_name
    misread = target[:-1] + ("x" if target[-1] != "x" else "y")  # last letter wrong, marks dropped below
    found = pg_register.similar_holders(fold(misread), threshold=0.4)
    assert found and fold(found[0]["holder_name"]) == fold(target)


def test_conflicts(pg_register):
    fill(pg_register, 1)
    with pg_register.transaction():
        cid = pg_register.add_conflict({"object_id": "x", "result_id": 1, "source_path": "/a.pdf", "pdf_sha256": "f" * 64,
                                        "detected_at": AT, "batch": "b2", "detail": "khác tệp"})
    assert [(c["id"], c["detail"]) for c in pg_register.open_conflicts()] == [(cid, "khác tệp")]


def test_chain_matches_sqlite_and_a_tampered_row_is_found(pg_url, pg_register, tmp_path):
    sqlite = SqliteRegister(tmp_path / "register.sqlite", durable=False)
    for repo in (sqlite, pg_register):
        with repo.transaction():
            for i in range(5):
                repo.record_event("loaded" if i != 3 else "revoked", f"obj-{i}", {"i": i, "tên": "Đức"}, "test", AT)
    assert pg_register.chain_hashes() == sqlite.chain_hashes()  # the same hash function, the same chain
    assert pg_register.chain_head() == sqlite.chain_head() and pg_register.verify_chain() == []
    assert pg_register.revoked_objects() == {"obj-3"}
    assert [e["detail"]["i"] for e in pg_register.events("obj-2")] == [2]
    with psycopg.connect(pg_url, autocommit=True) as conn:
        with pytest.raises(psycopg.errors.RaiseException):
            conn.execute("UPDATE audit_log SET detail = '{}' WHERE seq = 3")
        # an insider with the owner's rights, triggers off
        conn.execute("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change")
        conn.execute("""UPDATE audit_log SET detail = '{"i": 99}' WHERE seq = 3""")
    assert {"seq": 3, "problem": "hash"} in pg_register.verify_chain()
    sqlite.close()


def _append_events(url: str, who: str, count: int) -> None:
    repo = PostgresRegister(url)
    try:
        for i in range(count):
            with repo.transaction():
                repo.record_event("loaded", f"{who}-{i}", {"i": i}, who, AT)
    finally:
        repo.close()


def test_concurrent_appends_from_processes_and_threads_keep_one_chain(pg_url, pg_register):
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_append_events, args=(pg_url, f"p{n}", 40)) for n in range(2)]
    threads = [threading.Thread(target=_append_events, args=(pg_url, f"t{n}", 40)) for n in range(2)]
    for worker in procs + threads:
        worker.start()
    for worker in procs + threads:
        worker.join(120)
    assert [p.exitcode for p in procs] == [0, 0]
    events = pg_register.events()
    assert [e["seq"] for e in events] == list(range(1, 161))
    assert pg_register.verify_chain() == []
    assert len({e["object_id"] for e in events}) == 160


def test_snapshot_reads_one_state_while_another_writer_commits(pg_url, pg_register):
    fill(pg_register, 3)
    with pg_register.snapshot():
        before = pg_register.count_results()
        _append_events(pg_url, "other", 1)
        other = PostgresRegister(pg_url)
        with other.transaction():
            other.add_conflict({"object_id": "y", "detail": "d"})
        other.close()
        assert pg_register.count_results() == before and pg_register.open_conflicts() == []
    assert len(pg_register.open_conflicts()) == 1 and pg_register.chain_head()[0] == 1


def test_backup_is_an_sqlite_register_with_every_row_from_one_snapshot(pg_register, tmp_path):
    fill(pg_register, 4)
    with pg_register.transaction():
        pg_register.record_event("loaded", "x", {}, "test", AT)
    pg_register.backup_to(tmp_path / "register.sqlite")
    copy = open_repository(f"sqlite:///{tmp_path / 'register.sqlite'}", read_only=True)
    try:
        assert copy.count_results() == 4 and copy.chain_head() == pg_register.chain_head()
        assert copy.verify_chain() == []
        assert [r["id"] for r in copy.find_results()] == [r["id"] for r in pg_register.find_results()]
    finally:
        copy.close()


def test_master_register_matching_and_roadmap_counts_equal_sqlite(pg_url, tmp_path, monkeypatch):
    """The same register, results and plan through the real import and matching into a SQLite and a
    PostgreSQL warehouse: the same matches (and methods), the same roadmap rows and counts on the
    days where the rules turn, Vietnamese midnight included."""
    monkeypatch.setenv("TTHC_WAREHOUSE_DURABLE", "0")
    src = synthetic_source(entries=1200, results=800, as_of=date(2026, 11, 30), seed=11)
    src.entries = [e for i, e in enumerate(src.entries) if i >= 800 or i % 10]  # their results judged alone
    src.results = [r._replace(status="revoked") if i % 40 == 0 else
                   # 17:30 UTC is 00:30 the next day in Vietnam
                   r._replace(loaded_at=datetime.combine(r.loaded_at.date(), time(17, 30), timezone.utc)) if i % 7 == 0
                   else r for i, r in enumerate(src.results)]
    rng = random.Random(3)
    turning = [e.revoked_on for e in src.entries if e.revoked_on] + [e.valid_until for e in src.entries if e.valid_until]
    turning += [r.loaded_at.date() for r in src.results] + [e.issued_date for e in src.entries]
    days = {date(2019, 12, 31), date(2026, 11, 30)} | {d + timedelta(days=k) for d in rng.sample(turning, 12)
                                                      for k in (-1, 0, 1)}
    sqlite_wh, sqlite_matched = fill_warehouse(src, tmp_path / "sqlite")
    monkeypatch.setenv("TTHC_WAREHOUSE_REGISTER_URL", pg_url)
    pg_wh, pg_matched = fill_warehouse(src, tmp_path / "pg")
    try:
        assert isinstance(pg_wh.repo, PostgresRegister)
        assert pg_matched == sqlite_matched > 500
        key = lambda e: (e["code_number"], e["code_notation"], e["issued_date"])  # noqa: E731
        matches = lambda repo: sorted((key(e), e["matched_result_id"]) for e in repo.iter_master_entries())  # noqa: E731
        assert matches(pg_wh.repo) == matches(sqlite_wh.repo)
        methods = lambda repo: [(e["code_number"], e["match_method"], e["holder_fold"])  # noqa: E731
                                for e in map(repo.master_entry, range(1, len(src.entries) + 1))]
        assert methods(pg_wh.repo) == methods(sqlite_wh.repo)
        assert {m for _, m, _ in methods(pg_wh.repo)} - {None}  # some matched, by a named method
        assert len(pg_wh.repo.unmatched_results()) == len(sqlite_wh.repo.unmatched_results())
        assert list(pg_wh.repo.iter_roadmap_entries()) == list(sqlite_wh.repo.iter_roadmap_entries())
        assert list(pg_wh.repo.iter_roadmap_results()) == list(map(tuple, sqlite_wh.repo.iter_roadmap_results()))
        assert list(pg_wh.repo.iter_roadmap_plan()) == list(sqlite_wh.repo.iter_roadmap_plan())
        counted = 0
        for day in sorted(days):
            pg_entries, pg_results = pg_wh.repo.roadmap_counts(day)
            sqlite_entries, sqlite_results = sqlite_wh.repo.roadmap_counts(day)
            assert sorted(pg_entries, key=str) == sorted(sqlite_entries, key=str), day
            assert sorted(pg_results, key=str) == sorted(sqlite_results, key=str), day
            counted += sum(row[3] for row in pg_entries) + len(pg_results)
        assert counted > 1000
    finally:
        pg_wh.close()
        sqlite_wh.close()


def test_a_common_query_ranks_a_bounded_set_of_matches(pg_register, monkeypatch):
    """Past RANK_CANDIDATES matches only that many are ranked: every hit still matches every word,
    and a holder's full name still comes first."""
    records = fill(pg_register, 200)
    monkeypatch.setattr(postgres_register, "RANK_CANDIDATES", 30)
    hits = pg_register.search("giay", limit=20)  # in every GIẤY PHÉP/CHỨNG NHẬN/XÁC NHẬN: about 150 rows
    assert len(hits) == 20 and all("giay" in fold(h["type_name"]) for h in hits)
    assert len(pg_register.search("giay", limit=100)) == 100  # the cap never cuts below the limit
    name = records[150].holder_name
    assert fold(pg_register.search(name, limit=1)[0]["holder_name"]) == fold(name)


def test_common_words_are_read_in_table_order_with_the_answer_the_index_gives(pg_register, monkeypatch):
    """Words in most rows are found by reading rows until enough match (the text index would intersect
    every posting list first); a word the first rows lack still goes to the index. Either way the same
    hits come back, each holding every word."""
    records = fill(pg_register, 200)
    with pg_register.pool.connection() as conn:
        conn.execute("ANALYZE results_search")  # the planner's word frequencies, which decide the path
    monkeypatch.setattr(postgres_register, "RANK_CANDIDATES", 30)
    monkeypatch.setattr(postgres_register, "DENSE_WINDOW", 80)
    read = []
    dense = postgres_register.PostgresRegister._dense
    monkeypatch.setattr(postgres_register.PostgresRegister, "_dense",
                        staticmethod(lambda conn, params: read.append(dense(conn, params)) or read[-1]))
    common = pg_register.search("giay", limit=20)
    assert read[-1] and len(common) == 20 and all("giay" in fold(h["type_name"]) for h in common)
    rare = records[190]
    late = pg_register.search(f"giay {rare.code_number}", limit=20)
    assert read[-1] == [] and rare.code_number in [h["code_number"] for h in late]
    monkeypatch.setattr(postgres_register, "DENSE_WINDOW", 0)  # the index alone
    assert [h["id"] for h in pg_register.search("giay", limit=20)] == [h["id"] for h in common]

"""The warehouse counts the roadmap snapshot in SQL (``roadmap_counts``); the model holds the rule over
records (``roadmap.model.snapshot``). Over one real SQLite warehouse both must give the same counts on
every day asked, above all the days where an entry is issued, expires or is revoked and a result is
loaded, and around Vietnamese midnight."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta, timezone

import pytest

from tthc_digitize.roadmap.model import snapshot
from tthc_digitize.roadmap.source import WarehouseSource
from tthc_digitize.roadmap.synthetic import fill_warehouse, synthetic_source


def awkward_register():
    """A small synthetic register with the cases the rule has to tell apart."""
    src = synthetic_source(entries=1500, results=900, as_of=date(2026, 11, 30), seed=11)
    rng = random.Random(5)
    entries = []
    for i, e in enumerate(src.entries):
        if i < 900 and i % 10 == 0:
            continue  # its result stays out of the register: judged by its own status and date
        if i % 37 == 0 and e.valid_until is None and e.revoked_on is None:
            e = e._replace(status="expired")  # expired, date unknown: never counted
        entries.append(e)
    results = []
    for i, r in enumerate(src.results):
        if i % 10 == 0 and i % 20:
            r = r._replace(valid_until=r.issued_date + timedelta(days=rng.randint(2000, 4000)))
        if i % 40 == 0:
            r = r._replace(status="revoked")
        if i % 7 == 0:  # 17:30 UTC is 00:30 the next day in Vietnam
            r = r._replace(loaded_at=datetime.combine(r.loaded_at.date(), time(17, 30), timezone.utc))
        results.append(r)
    src.entries, src.results = entries, results
    return src


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory):
    import os

    os.environ.setdefault("TTHC_WAREHOUSE_DURABLE", "0")
    src = awkward_register()
    wh, matched = fill_warehouse(src, tmp_path_factory.mktemp("counts"))
    assert matched > 700
    yield src, wh
    wh.close()


def edge_days(src) -> list[date]:
    rng = random.Random(3)
    days = {date(2019, 12, 31), date(2024, 7, 1), date(2025, 12, 31), date(2026, 11, 30)}
    revoked = [e.revoked_on for e in src.entries if e.revoked_on]
    expiring = [e.valid_until for e in src.entries if e.valid_until and e.valid_until < date(2026, 11, 30)]
    own_dates = [r.valid_until for r in src.results if r.valid_until and r.valid_until < date(2026, 11, 30)]
    issued = [e.issued_date for e in src.entries if e.issued_date.year >= 2020]
    loaded = [r.loaded_at.astimezone(timezone(timedelta(hours=7))).date() for r in src.results]
    for pool in (revoked, expiring, own_dates, issued, loaded):
        for day in rng.sample(pool, 3):
            days.update({day - timedelta(days=1), day, day + timedelta(days=1)})
    return sorted(days)


def test_sql_counts_equal_the_model_on_every_edge_day(warehouse):
    src, wh = warehouse
    source = WarehouseSource(wh.repo)
    entries, results = list(source.master_entries()), list(source.digitised())
    days = edge_days(src)
    assert len(days) > 40
    seen = set()
    for day in days:
        counted, reference = source.snapshot(day), snapshot(entries, results, day)
        assert counted == reference, day
        seen.add((reference.valid_count, reference.backlog_count, reference.done_count))
    # the days really differ, and every part of the snapshot is exercised
    assert len(seen) > 20
    late = source.snapshot(date(2026, 11, 30))
    assert late.valid_count > late.backlog_count > 0 and late.done_count > 0


def test_the_awkward_cases_are_in_the_warehouse(warehouse):
    """Guards the test above: without these rows it would compare the easy cases only."""
    _, wh = warehouse
    one = lambda sql: wh.repo.conn.execute(sql).fetchone()[0]  # noqa: E731
    assert one("SELECT count(*) FROM master_entries WHERE status = 'expired' AND valid_until IS NULL") > 5
    assert one("SELECT count(*) FROM master_entries WHERE revoked_on IS NOT NULL") > 5
    unlisted = ("FROM results r WHERE r.signed = 1 AND NOT EXISTS "
                "(SELECT 1 FROM master_entries m WHERE m.matched_result_id = r.id)")
    assert one(f"SELECT count(*) {unlisted} AND r.valid_until IS NOT NULL") > 5
    assert one(f"SELECT count(*) {unlisted} AND r.status = 'revoked'") > 0
    assert one("SELECT count(*) FROM results WHERE date(loaded_at, '+7 hours') > substr(loaded_at, 1, 10)") > 50


def test_the_counts_read_the_roadmap_indexes_not_the_wide_rows(warehouse):
    from tthc_digitize.warehouse.sqlite_register import ROADMAP_ENTRIES_SQL, ROADMAP_RESULTS_SQL

    _, wh = warehouse
    plan = lambda sql: " | ".join(r[3] for r in wh.repo.conn.execute(f"EXPLAIN QUERY PLAN {sql}", {"day": "2026-11-30"}))  # noqa: E731
    assert "SCAN m USING COVERING INDEX master_roadmap" in plan(ROADMAP_ENTRIES_SQL)
    results = plan(ROADMAP_RESULTS_SQL)
    assert "COVERING INDEX results_roadmap" in results and "COVERING INDEX master_roadmap" in results


def test_an_older_warehouse_gets_the_indexes_on_first_use(tmp_path):
    import os

    os.environ.setdefault("TTHC_WAREHOUSE_DURABLE", "0")
    src = synthetic_source(entries=300, results=150, seed=4)
    wh, _ = fill_warehouse(src, tmp_path)
    try:
        conn = wh.repo.conn
        before = WarehouseSource(wh.repo).snapshot(date(2025, 6, 30))
        conn.executescript("DROP INDEX master_roadmap; DROP INDEX results_roadmap; "
                           "DELETE FROM meta WHERE key = 'schema:roadmap_indexes';")
        indexes = lambda: {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}  # noqa: E731
        assert "master_roadmap" not in indexes()
        assert WarehouseSource(wh.repo).snapshot(date(2025, 6, 30)) == before
        assert {"master_roadmap", "results_roadmap"} <= indexes()
    finally:
        wh.close()


def test_a_commit_while_counting_gets_one_consistent_recount(warehouse, monkeypatch):
    """The two queries run on two connections at once; if a load commits meanwhile they may have
    read different states, so the repository counts both again in one read transaction."""
    import sqlite3

    _, wh = warehouse
    repo, day = wh.repo, date(2026, 11, 30)
    source = WarehouseSource(repo)
    before = source.snapshot(day)
    at_once = repo._roadmap_queries_at_once
    signed_later = repo.conn.execute("SELECT id FROM results WHERE signed = 0 AND loaded_at IS NOT NULL "
                                     "AND date(loaded_at, '+7 hours') <= ? LIMIT 1", [day.isoformat()]).fetchone()[0]
    calls = []

    def with_a_commit_in_between(params):
        rows = at_once(params)
        calls.append(params)
        other = sqlite3.connect(str(repo.path), isolation_level=None)
        other.execute("UPDATE results SET signed = 1 WHERE id = ?", [signed_later])  # another process signs one
        other.close()
        return rows

    monkeypatch.setattr(repo, "_roadmap_queries_at_once", with_a_commit_in_between)
    try:
        during = source.snapshot(day)
        assert calls  # the concurrent path ran, and the commit landed after it
        monkeypatch.undo()
        after = source.snapshot(day)
        assert during == after and after.done_count == before.done_count + 1
        assert after.backlog_count in (before.backlog_count, before.backlog_count - 1)
    finally:
        repo.conn.execute("UPDATE results SET signed = 0 WHERE id = ?", [signed_later])

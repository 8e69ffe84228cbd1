"""`tthc migrate --to postgresql://…` (issue 15 §1): a warehouse's register (SQLite) moved into PostgreSQL, and the
proof that both hold the same rows — on a warehouse holding every kind of register row: the signed sample results
and their search rows, the sample master register matched to them, a register copy issued and its number, a
roadmap plan, a conflict, and the audit events of all of it."""

from __future__ import annotations

import json
import shutil

import psycopg
import pytest
from copies_fixtures import copy_env, make_home
from helpers import tthc

from tthc_digitize.warehouse.migrate import table_digests
from tthc_digitize.warehouse.postgres_register import PostgresRegister
from tthc_digitize.warehouse.register_rows import TABLES
from tthc_digitize.warehouse.repository import open_repository
from tthc_digitize.warehouse.service import open_warehouse

pytestmark = pytest.mark.slow
NOW = "2026-06-15T10:00:00+07:00"


@pytest.fixture(scope="module")
def source(tmp_path_factory, masters, pki):
    """The warehouse every test copies: each kind of register row at least once."""
    home = make_home(tmp_path_factory.mktemp("kho") / "kho", masters, pki)
    wh = open_warehouse(home)
    try:
        row = next(r for r in wh.repo.find_results() if r["code_number"] == "245")
        with wh.transaction():
            wh.repo.add_conflict({"object_id": row["object_id"], "result_id": row["id"], "source_path": "/scan/x.pdf",
                                  "pdf_sha256": "0" * 64, "detected_at": NOW, "batch": "b1", "detail": "trùng số"})
        wh.repo.save_roadmap_plan([{"year": 2026, "unit": "STP", "procedure_code": "1.004227", "target": 40}])
    finally:
        wh.close()
    issued = tthc("copy", "issue", str(row["id"]), "--requester-id", row["holder_id"], "--requester-name", "Đức Phát",
                  "-o", tmp_path_factory.mktemp("copy") / "ban-sao.pdf", env=copy_env(home), now=NOW)
    assert issued.returncode == 0, issued.stdout + issued.stderr
    return home


@pytest.fixture
def home(source, tmp_path):
    copied = tmp_path / "kho"
    shutil.copytree(source, copied)
    return copied


def migrate(home, url, *extra, env=None):
    return tthc("migrate", "--to", url, "--json", *extra, home=home, now=NOW, env=env)


def _rows(url: str) -> dict[str, list[dict]]:
    repo = open_repository(url, read_only=True)
    try:
        return {table: list(repo.dump_rows(table)) for table in TABLES}
    finally:
        repo.close()


def _sqlite(home) -> str:
    return f"sqlite:///{home / 'register.sqlite'}"


def test_every_table_moves_with_ids_and_hashes_and_the_warehouse_runs_on_it(home, pg_url):
    done = migrate(home, pg_url)
    assert done.returncode == 0, done.stdout + done.stderr
    report = json.loads(done.stdout)
    counts = {t["table"]: t["source_rows"] for t in report["tables"]}
    assert all(t["hashes_equal"] and t["source_rows"] == t["target_rows"] for t in report["tables"]), report
    assert all(counts[t] > 0 for t in TABLES if t != "certifications"), counts  # every kind of row was there to move
    assert report["equal"] and not report["already_equal"] and report["chain_problems"] == []
    assert report["source_head"] == report["target_head"] and report["target_head"][0] == counts["audit_log"]

    source, target = open_repository(_sqlite(home), read_only=True), PostgresRegister(pg_url)
    try:
        assert target.find_results() == sorted(source.find_results(), key=lambda r: r["id"])
        for words in ("giấy phép", "duc phat", "245"):
            assert {r["id"] for r in target.search(words)} == {r["id"] for r in source.search(words)} != set()
        assert target.events() == source.events()
        assert target.copy_rows("copies") == source.copy_rows("copies")
        assert target.iter_roadmap_plan() and list(target.iter_roadmap_plan()) == list(source.iter_roadmap_plan())
        # what is written next follows on: ids past the copied ones, the audit chain from the copied head
        with target.transaction():
            conflict = target.add_conflict({"object_id": "x", "detail": "sau khi chuyển"})
            seq = target.record_event("checked", None, {}, "test", NOW)
        assert conflict == counts["conflicts"] + 1 and seq == counts["audit_log"] + 1
        assert target.verify_chain() == []
    finally:
        source.close()
        target.close()

    env = {"TTHC_WAREHOUSE_REGISTER_URL": pg_url}
    audit = tthc("audit", home=home, env=env, now=NOW)
    assert audit.returncode == 0, audit.stdout + audit.stderr
    shown = tthc("copy", "list", "--csv", env=copy_env(home) | env, now=NOW)
    assert shown.returncode == 0 and "01/BS-STP" in shown.stdout, shown.stdout + shown.stderr


def test_the_clerk_reads_a_vietnamese_table_and_the_config_line_to_set(home, pg_url):
    done = tthc("migrate", "--to", pg_url, home=home, now=NOW)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Số dòng nguồn" in done.stdout and "master_entries" in done.stdout and "khớp" in done.stdout
    assert f'register_url = "{pg_url}"' in done.stdout and "vẫn ở chỗ cũ" in done.stdout
    assert "các đối tượng (tệp) ở nguyên" in " ".join(tthc("migrate", "--help").stdout.split())


def test_a_second_migrate_is_a_no_op(home, pg_url):
    assert migrate(home, pg_url).returncode == 0
    before = _rows(pg_url)
    again = migrate(home, pg_url)
    assert again.returncode == 0, again.stdout + again.stderr
    report = json.loads(again.stdout)
    assert report["already_equal"] and report["equal"]
    assert _rows(pg_url) == before


def test_a_target_holding_other_rows_is_refused_and_left_as_it_was(home, pg_url):
    other = PostgresRegister(pg_url)
    try:
        other.save_roadmap_plan([{"year": 2030, "unit": "KHÁC", "procedure_code": "9.999999", "target": 1}])
    finally:
        other.close()
    before = _rows(pg_url)
    refused = migrate(home, pg_url)
    assert refused.returncode == 5, refused.stdout + refused.stderr
    report = json.loads(refused.stdout)
    plan = next(t for t in report["tables"] if t["table"] == "roadmap_plan")
    assert not plan["hashes_equal"] and "2030/KHÁC/9.999999" in plan["examples"]
    assert "đã có dữ liệu khác" in refused.stderr
    assert _rows(pg_url) == before


def test_one_byte_changed_in_a_migrated_row_is_named(home, pg_url):
    assert migrate(home, pg_url).returncode == 0
    with psycopg.connect(pg_url, autocommit=True) as conn:
        holder = conn.execute("SELECT holder_name FROM results WHERE id = 2").fetchone()[0]
        conn.execute("UPDATE results SET holder_name = %s WHERE id = 2", [holder[:-1] + chr(ord(holder[-1]) ^ 1)])
    checked = migrate(home, pg_url)
    assert checked.returncode == 5
    tables = {t["table"]: t for t in json.loads(checked.stdout)["tables"]}
    assert tables["results"]["examples"] == ["2"] and tables["results"]["differing"] == 1
    assert all(t["hashes_equal"] for name, t in tables.items() if name != "results")


def test_an_audit_row_rewritten_on_the_target_breaks_its_chain_and_is_named(home, pg_url):
    assert migrate(home, pg_url).returncode == 0
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change")
        conn.execute("UPDATE audit_log SET actor = 'ai đó' WHERE seq = 1")
    report = json.loads(migrate(home, pg_url).stdout)
    assert {"seq": 1, "problem": "hash"} in report["chain_problems"]
    assert next(t for t in report["tables"] if t["table"] == "audit_log")["examples"] == ["1"]


@pytest.mark.parametrize("fault", ["register.table_copied", "db.before_commit"])
def test_a_crash_in_the_middle_leaves_the_target_empty_and_a_rerun_succeeds(home, pg_url, fault):
    crashed = migrate(home, pg_url, env={"TTHC_FAULT_AT": fault})
    assert crashed.returncode == -9, crashed.stdout + crashed.stderr  # SIGKILLed at the fault point
    assert all(rows == [] for rows in _rows(pg_url).values())
    done = migrate(home, pg_url)
    assert done.returncode == 0, done.stdout + done.stderr
    assert json.loads(done.stdout)["equal"]
    assert _digests(pg_url) == _digests(_sqlite(home))


def _digests(url: str) -> dict[str, dict]:
    repo = open_repository(url, read_only=True)
    try:
        return {table: table_digests(repo, table) for table in TABLES}
    finally:
        repo.close()


def test_the_current_register_is_not_a_target(home):
    same = migrate(home, _sqlite(home))
    assert same.returncode == 2 and "chính là sổ đăng ký đang dùng" in same.stderr

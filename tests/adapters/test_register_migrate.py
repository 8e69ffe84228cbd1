"""Rows moved between the two register adapters by ``dump_rows``/``restore_rows`` and proved equal
(:mod:`tthc_digitize.warehouse.migrate`), in both directions: SQLite into PostgreSQL (``tthc migrate``)
and PostgreSQL into SQLite (what ``tthc backup`` writes)."""

from __future__ import annotations

import pytest
from test_register_contract import AT, add_result, issue_copy

from tthc_digitize.copies import register as copies
from tthc_digitize.errors import UsageError
from tthc_digitize.warehouse.migrate import TargetNotEmpty, compare_table, migrate_register, row_digest
from tthc_digitize.warehouse.register_rows import SEARCH_BODY, SEARCH_META, TABLES
from tthc_digitize.warehouse.repository import open_repository


@pytest.fixture
def other_url(adapter, tmp_path, request) -> str:
    """A new register of the other kind: PostgreSQL for a SQLite source, SQLite for a PostgreSQL one."""
    if adapter.new_url(tmp_path, request).startswith("sqlite"):
        return request.getfixturevalue("pg_url")
    return f"sqlite:///{tmp_path / 'other.sqlite'}"


def _fill(register) -> None:
    for n in (245, 246, 247):
        add_result(register, n, f"Căn cứ Luật Tài nguyên nước, lần {n}; đơn vị: Đức-Phát/QĐ")
    copies.ensure(register)
    issue_copy(register, 2026, "C1")
    with register.transaction():
        register.add_conflict({"object_id": "o/1", "result_id": 1, "detail": "trùng số"})
        register.upsert_master_entry({"code_number": "245", "code_notation": "GP-BTNMT", "issued_date": "2020-01-05",
                                      "holder_name": "Công ty TNHH Đức Phát 245", "status": "valid"})
        for n in range(3):
            register.record_event("loaded", f"o/{n}", {"n": n, "tên": "Đặng"}, "clerk", AT)
    register.save_roadmap_plan([{"year": 2026, "unit": "Phòng Tài nguyên nước", "procedure_code": "1.004227",
                                 "target": 80}])


def test_every_table_moves_to_the_other_adapter_and_is_proved_equal(register, register_url, other_url):
    _fill(register)
    report = migrate_register(register, register_url, other_url)
    assert report.equal and not report.already_equal, report.to_dict()
    counts = {t.table: t.source_rows for t in report.tables}
    assert counts == {"results": 3, "conflicts": 1, "master_entries": 1, "roadmap_plan": 1, "audit_log": 3,
                      "copies": 1, "certifications": 0}
    assert report.target_head == register.chain_head() and report.target_head[0] == 3
    target = open_repository(other_url)
    try:
        assert [r["id"] for r in target.search("duc phat 246")] == [2]
        assert [r["id"] for r in target.search("luat tai nguyen nuoc lan 247")] == [3]
        with target.transaction():  # the next number, id and audit row follow the copied ones
            assert copies.next_copy(target, 2026, "STNMT").sequence == 2
            assert target.add_conflict({"object_id": "o/2"}) == 2
            assert target.record_event("checked", None, {}, "clerk", AT) == 4
        assert target.verify_chain() == []
    finally:
        target.close()


def test_a_second_run_writes_nothing_and_a_changed_target_is_refused(register, register_url, other_url):
    _fill(register)
    migrate_register(register, register_url, other_url)
    assert migrate_register(register, register_url, other_url).already_equal
    target = open_repository(other_url)
    try:
        with target.transaction():
            target.update_result(2, {"holder_name": "Công ty TNHH Đức Phát 24X"})
    finally:
        target.close()
    with pytest.raises(TargetNotEmpty) as refused:
        migrate_register(register, register_url, other_url)
    results = next(t for t in refused.value.report.tables if t.table == "results")
    assert results.examples == ["2"] and results.differing == 1 and results.source_rows == results.target_rows == 3


def test_the_source_itself_is_no_target(register, register_url):
    with pytest.raises(UsageError):
        migrate_register(register, register_url, register_url)


def test_a_row_hash_covers_every_column_and_the_search_words_not_their_separators():
    row = {"id": 1, "holder_name": "Đức", SEARCH_META: "duc phat", SEARCH_BODY: "15/qd-bnv, ngay 5"}
    assert row_digest("results", row) == row_digest("results", {**row, SEARCH_BODY: "15 qd bnv ngay 5"})
    assert row_digest("results", row) != row_digest("results", {**row, "id": 2})
    assert row_digest("results", row) != row_digest("results", {**row, "holder_name": "Đúc"})
    assert row_digest("results", row) != row_digest("results", {**row, SEARCH_BODY: "15 qd bnv ngay 6"})
    assert set(TABLES) >= {"results", "audit_log", "master_entries", "copies", "certifications"}


def test_rows_on_one_side_only_and_changed_rows_are_named_by_key():
    def rows(*pairs):
        return iter([{"id": i, "detail": d} for i, d in pairs])

    proof = compare_table(_Rows(rows((1, "a"), (2, "b"), (4, "d"))), _Rows(rows((1, "a"), (3, "c"), (4, "D"), (5, "e"))),
                          "conflicts")
    assert (proof.source_rows, proof.target_rows, proof.differing) == (3, 4, 4)
    assert proof.examples == ["2", "3", "4", "5"] and not proof.equal
    same = compare_table(_Rows(rows((1, "a"))), _Rows(rows((1, "a"))), "conflicts")
    assert same.equal and same.examples == []


class _Rows:
    """A register that holds one table's rows, for the comparison alone."""

    def __init__(self, rows):
        self.rows = rows

    def dump_rows(self, table):
        return self.rows

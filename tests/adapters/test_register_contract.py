"""What every register adapter must do, asked through the port (``Repository``) only."""

from __future__ import annotations

import threading
from datetime import date

import pytest

from tthc_digitize.copies import register as copies
from tthc_digitize.roadmap.model import snapshot as model_snapshot
from tthc_digitize.roadmap.source import WarehouseSource
from tthc_digitize.warehouse.events import GENESIS
from tthc_digitize.warehouse.matching import match_all, match_result, propagate_status
from tthc_digitize.warehouse.repository import Repository, open_repository

AT = "2026-06-15T10:00:00+07:00"


def result_row(n: int, **extra) -> dict:
    row = {
        "object_id": f"000.00.00.H30/{n}/GP-BTNMT/2020-01-05/5f0c2a9e", "object_version": "v1",
        "code_number": str(n), "code_notation": "GP-BTNMT", "issued_date": "2020-01-05",
        "type_name": "Giấy phép", "organ_name": "Bộ Tài nguyên và Môi trường",
        "subject": "Giấy phép xả nước thải vào nguồn nước", "holder_name": f"Công ty TNHH Đức Phát {n}",
        "holder_id": f"03123456{n:02d}", "procedure_code": "1.004227", "status": "valid", "signed": 1,
        "pdf_sha256": f"{n:064x}", "loaded_by": "clerk", "loaded_at": "2026-06-01T09:00:00+07:00",
    }
    return {**row, **extra}


def add_result(repo, n: int, text: str = "", **extra) -> int:
    with repo.transaction():
        return repo.insert_result(result_row(n, **extra), text)


def copy_row(number, code: str, **extra) -> dict:
    return {"year": number.year, "sequence": number.sequence, "number": str(number), "relation": "holder",
            "result_id": 1, "source_object_id": "o", "source_version": "v1", "procedure_code": "1.004227",
            "code": code, "issued_at": AT, "requester_id": "0312345678", "requester_name": "Nguyễn Văn A",
            "official": "Trần Thị B", "object_id": f"copy/{code}", "object_version": "v1",
            "pdf_sha256": "a" * 64, "pdf_sha512": "b" * 128, **extra}


def issue_copy(repo, year: int, code: str) -> int:
    with repo.transaction():
        number = copies.next_copy(repo, year, "STNMT")
        copies.insert(repo, "copies", copy_row(number, code, year=year))
    return number.sequence


# --- results ------------------------------------------------------------------------------
def test_results_insert_get_update_find(register):
    rid = add_result(register, 245, "Căn cứ Luật Tài nguyên nước")
    row = register.get_result(rid)
    assert row["code_number"] == "245" and row["holder_name"] == "Công ty TNHH Đức Phát 245"
    assert register.get_result(str(rid))["id"] == rid
    assert register.get_result(row["object_id"])["id"] == rid
    assert register.get_result(999) is None and register.get_result("no/such/object") is None
    with register.transaction():
        register.update_result(rid, {"object_version": "v2", "subject": "Đã sửa trích yếu"})
    assert register.get_result(rid)["object_version"] == "v2"
    add_result(register, 15)
    assert [r["id"] for r in register.find_results(code_number="245", issued_date="2020-01-05")] == [rid]
    assert len(register.find_results(issued_date="2020-01-05")) == 2 == register.count_results()


def test_status_read_is_expired_after_valid_until(register):
    rid = add_result(register, 1, valid_until="2026-06-14")
    add_result(register, 2, valid_until="2026-06-15")
    assert register.get_result(rid)["status"] == "expired"  # TTHC_NOW is 2026-06-15
    assert register.get_result(2)["status"] == "valid"


def test_search_folds_marks_and_d_and_filters(register):
    add_result(register, 245, "Căn cứ Luật Tài nguyên nước ngày 21 tháng 6 năm 2012")
    add_result(register, 15, holder_name="Hộ kinh doanh Lê Văn Tám", holder_id="079000000015")
    assert [r["id"] for r in register.search("duc phat")] == [1]
    assert [r["id"] for r in register.search("ĐỨC PHÁT")] == [1]
    assert [r["id"] for r in register.search("luat tai nguyen nuoc")] == [1]  # OCR text, not only metadata
    assert {r["id"] for r in register.search("giấy phép")} == {1, 2}
    assert [r["id"] for r in register.search("giay phep", holder_id="079000000015")] == [2]
    assert len(register.search(procedure_code="1.004227", year=2020, limit=1)) == 1
    assert register.search("giay phep", year=2021) == []
    with register.transaction():
        register.update_result(2, {"subject": "Quyết định thu hồi đất"}, text="")
    assert [r["id"] for r in register.search("thu hoi dat")] == [2]
    assert register.search("tai nguyen nuoc", holder_id="079000000015") == []


def test_a_full_name_finds_its_holder_first_among_many_rows_with_its_words(register):
    """Search ranks a bounded number of matches (RANK_CANDIDATES); a name's holders must still come first
    when hundreds of earlier rows carry the same words as signer, in the OCR text or split across fields."""
    with register.transaction():
        for n in range(1, 251):
            register.insert_result(result_row(n, holder_name=f"Nguyễn Thị Hằng {n}", signer_full_name="Nguyễn Văn Đức"),
                                   "Người ký: Nguyễn Văn Đức")
        register.insert_result(result_row(251, holder_name="Nguyễn Văn Đức", holder_id="079000000251"), "")
        register.insert_result(result_row(252, holder_name="Trần Văn Đức Nguyễn"), "")
    for query in ("Nguyễn Văn Đức", "nguyen van duc", "NGUYỄN VĂN ĐỨC", "Nguyen Van Đuc"):
        found = [r["id"] for r in register.search(query, limit=5)]
        assert found[:2] in ([251, 252], [252, 251]) and len(found) == 5, (query, found)
    assert [r["id"] for r in register.search("nguyen van duc", holder_id="079000000251")] == [251]
    assert [r["id"] for r in register.search("nguyen van duc", holder_id="0312345607")] == [7]  # a signer's row
    with register.transaction():  # a changed holder name is searched as changed
        register.update_result(251, {"holder_name": "Lê Thị Tám"})
    assert register.search("le thi tam", limit=3)[0]["id"] == 251
    assert 251 not in [r["id"] for r in register.search("nguyen van duc", limit=2)]


def test_a_failed_transaction_writes_nothing(register):
    with pytest.raises(ZeroDivisionError):
        with register.transaction():
            register.insert_result(result_row(1), "")
            register.record_event("load", "x", {}, "clerk", AT)
            1 / 0
    assert register.count_results() == 0 and register.events() == [] and register.chain_head() == (0, GENESIS)


def test_writes_need_a_transaction(register):
    with pytest.raises(Exception):
        register.insert_result(result_row(1), "")
    assert register.count_results() == 0


def test_conflicts_are_kept(register):
    rid = add_result(register, 245)
    with register.transaction():
        register.add_conflict({"object_id": "o", "result_id": rid, "source_path": "/in/245.pdf",
                               "pdf_sha256": "f" * 64, "detected_at": AT, "batch": "b1", "detail": "khác tệp"})
    [conflict] = register.open_conflicts()
    assert conflict["result_id"] == rid and conflict["pdf_sha256"] == "f" * 64 and conflict["detail"] == "khác tệp"


# --- audit log ----------------------------------------------------------------------------
def test_audit_chain_appends_and_verifies(register):
    assert register.chain_head() == (0, GENESIS)
    with register.transaction():
        assert register.record_event("load", "a", {"n": 1, "tên": "Đức"}, "clerk", AT) == 1
        assert register.record_event("revoked", "b", {"n": 2}, "clerk", AT) == 2
    with register.transaction():
        assert register.record_event("register_import", None, {"rows": 3}, "clerk", AT) == 3
    assert register.events_written
    assert [e["action"] for e in register.events()] == ["load", "revoked", "register_import"]
    assert [e["detail"] for e in register.events("a")] == [{"n": 1, "tên": "Đức"}]
    hashes = register.chain_hashes()
    assert sorted(hashes) == [1, 2, 3] and len(set(hashes.values())) == 3
    assert register.chain_head() == (3, hashes[3])
    assert register.revoked_objects() == {"b"}
    assert register.verify_chain() == []


def test_verify_chain_finds_a_row_edited_behind_the_port(register, register_url, adapter):
    with register.transaction():
        for n in range(4):
            register.record_event("load", f"o{n}", {"n": n}, "clerk", AT)
    register.close()
    adapter.tamper(register_url, 2, {"n": 99})
    reopened = open_repository(register_url, durable=False)
    try:
        problems = reopened.verify_chain()
        assert {"seq": 2, "problem": "hash"} in problems
        assert all(p["seq"] == 2 for p in problems)  # the rows after it still link to the stored hash
    finally:
        reopened.close()


def test_the_port_speaks_no_sql(register):
    members = {name for area in Repository.__mro__ for name in vars(area)}
    assert {"insert_result", "record_event", "upsert_master_entry", "insert_copy", "roadmap_counts"} <= members
    assert not members & {"execute", "query", "ensure_schema"}
    assert not hasattr(register, "execute") and not hasattr(register, "ensure_schema")


# --- snapshot -----------------------------------------------------------------------------
def test_snapshot_reads_one_state_while_another_connection_commits(register, register_url):
    add_result(register, 1)
    other = open_repository(register_url, durable=False)
    try:
        with register.snapshot():
            assert register.count_results() == 1
            add_result(other, 2)
            with other.transaction():
                other.record_event("load", "x", {}, "clerk", AT)
            assert register.count_results() == 1 and register.chain_head() == (0, GENESIS)
        assert register.count_results() == 2 and register.chain_head()[0] == 1
    finally:
        other.close()


# --- master register and matching ---------------------------------------------------------
def entry(number: str, **extra) -> dict:
    return {"code_number": number, "code_notation": "GP-BTNMT", "issued_date": "2020-01-05", "status": "valid",
            "holder_name": f"Công ty TNHH Đức Phát {number}", "unit": "Phòng Tài nguyên nước",
            "procedure_code": "1.004227", "source_file": "so-goc.csv", "source_line": 2, "imported_at": AT, **extra}


def test_master_entries_upsert_by_identity(register):
    with register.transaction():
        first, old = register.upsert_master_entry(entry("245"))
        assert old is None
        again, old = register.upsert_master_entry(entry("245", subject="Giấy phép xả thải"))
    assert again == first and old["subject"] is None
    assert register.master_entry(first)["subject"] == "Giấy phép xả thải"
    assert register.master_entry(first)["holder_fold"] == "cong ty tnhh duc phat 245"
    with register.transaction():
        other, old = register.upsert_master_entry(entry("245", code_notation="QĐ-UBND"))
    assert other != first and old is None
    assert register.master_entry(12345) is None


def test_matching_exact_fuzzy_and_revocation(register):
    exact = add_result(register, 245)
    fuzzy = add_result(register, 77, code_number="77b")  # number typed differently, same holder and date
    lonely = add_result(register, 16, issued_date="2021-03-03")
    with register.transaction():
        e1, _ = register.upsert_master_entry(entry("245"))
        e2, _ = register.upsert_master_entry(entry("77", holder_name="CÔNG TY TNHH ĐỨC PHÁT 77"))
        e3, _ = register.upsert_master_entry(entry("999", holder_name="Người khác hẳn"))
        assert match_all(register) == 2
    assert register.master_entry(e1)["matched_result_id"] == exact and register.master_entry(e1)["match_method"] == "exact"
    assert register.master_entry(e2)["matched_result_id"] == fuzzy and register.master_entry(e2)["match_method"] == "fuzzy"
    assert [e["id"] for e in register.unmatched_entries()] == [e3]
    assert [r["id"] for r in register.unmatched_results()] == [lonely]
    assert register.entry_for_result(exact)["id"] == e1 and register.entry_for_result(lonely) is None
    assert {e["id"] for e in register.unmatched_entries_near("999", "1999-01-01")} == {e3}
    assert register.unmatched_entries_near("1", "1999-01-01") == []
    with register.transaction():
        register.upsert_master_entry(entry("245", status="revoked", revoked_on="2026-05-01", revoked_reason="sai"))
        assert [e["id"] for e in register.revoked_matched_entries()] == [e1]
        propagate_status(register, e1, "clerk")
        propagate_status(register, e1, "clerk")  # once only
    assert register.get_result(exact)["status"] == "revoked"
    assert [e["action"] for e in register.events(register.get_result(exact)["object_id"])] == ["revoked"]
    assert register.get_result(exact)["object_id"] in register.revoked_objects()


def test_a_new_result_matches_its_waiting_entry(register):
    with register.transaction():
        eid, _ = register.upsert_master_entry(entry("245"))
    rid = add_result(register, 245)
    with register.transaction():
        match_result(register, rid)
    assert register.entry_for_result(rid)["id"] == eid


# --- copy registers -----------------------------------------------------------------------
def test_copy_numbers_are_gap_free_per_year(register):
    copies.ensure(register)
    copies.ensure(register)  # idempotent
    assert [issue_copy(register, 2026, f"C{n}") for n in range(3)] == [1, 2, 3]
    with pytest.raises(RuntimeError):
        with register.transaction():
            number = copies.next_copy(register, 2026, "STNMT")
            copies.insert(register, "copies", copy_row(number, "lost"))
            raise RuntimeError("signing failed")  # the number goes back: no gap
    assert issue_copy(register, 2026, "C3") == 4
    assert issue_copy(register, 2027, "D0") == 1  # a new year starts again
    assert [r["sequence"] for r in copies.rows(register, "copies", 2026)] == [1, 2, 3, 4]
    assert [r["number"] for r in copies.rows(register, "copies")] == ["01/BS-STNMT", "02/BS-STNMT", "03/BS-STNMT",
                                                                      "04/BS-STNMT", "01/BS-STNMT"]
    assert len(copies.rows(register, "copies", month="2026-06")) == 5 and copies.rows(register, "copies", month="2026-07") == []
    assert register.copy_by_code("lost") is None


def test_copy_numbers_stay_gap_free_with_writers_at_once(register, register_url):
    copies.ensure(register)

    def writer(name: str) -> None:
        repo = open_repository(register_url, busy_timeout=30.0, durable=False)
        try:
            for n in range(15):
                issue_copy(repo, 2026, f"{name}-{n}")
        finally:
            repo.close()

    threads = [threading.Thread(target=writer, args=(f"w{i}",)) for i in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert [r["sequence"] for r in copies.rows(register, "copies", 2026)] == list(range(1, 46))


def test_certification_numbers_run_across_volumes(register):
    copies.ensure(register)
    numbers = []
    for n in range(5):
        with register.transaction():
            number = copies.next_certification(register, 2026, volume_size=2)
            copies.insert(register, "certifications", {
                **{k: v for k, v in copy_row(number, f"S{n}").items()
                   if k not in ("relation", "result_id", "source_object_id", "source_version", "procedure_code")},
                "volume": number.volume, "document_title": "Bằng tốt nghiệp", "pages": 1})
        numbers.append((number.sequence, number.volume))
    assert numbers == [(1, 1), (2, 1), (3, 2), (4, 2), (5, 3)]
    assert register.copy_by_code("S4")[0] == "certifications"


def test_copies_found_by_code_number_object_and_revoked(register):
    copies.ensure(register)
    issue_copy(register, 2026, "ABCD-1234")
    kind, row = copies.by_code(register, "ABCD-1234")
    assert kind == "copies" and row["sequence"] == 1 and row["requester_name"] == "Nguyễn Văn A"
    assert copies.find(register, "copies", "01/BS-STNMT", 2026)["id"] == row["id"]
    assert copies.find(register, "copies", "1", 2026)["id"] == row["id"]
    assert copies.find(register, "copies", "01/BS-KHAC", 2026) is None
    assert copies.find(register, "copies", "1", 2025) is None
    assert register.copy_for_object("copies", "copy/ABCD-1234")["id"] == row["id"]
    assert register.copy_for_object("certifications", "copy/ABCD-1234") is None
    with register.transaction():
        copies.revoke(register, "copies", row["id"], AT, "cấp nhầm", "Trần Thị B")
    again = register.copy_by_code("ABCD-1234")[1]
    assert (again["revoked_at"], again["revoked_reason"], again["revoked_by"]) == (AT, "cấp nhầm", "Trần Thị B")
    assert list(register.iter_copy_demand()) == [{"procedure_code": "1.004227", "count": 1}]
    refs = {r["id"]: r for r in register.iter_object_refs()}
    assert refs[f"copies:{row['id']}"]["object_id"] == "copy/ABCD-1234"
    with pytest.raises(ValueError):
        register.copy_rows("results")


# --- roadmap counts -----------------------------------------------------------------------
def test_roadmap_counts_agree_with_the_model(register):
    add_result(register, 1)  # matched, signed, loaded 2026-06-01
    add_result(register, 2, signed=0)  # matched, not signed: not digitised
    add_result(register, 3, loaded_at="2026-06-01T18:30:00+00:00")  # 01:30 on 2 June in Vietnam, unmatched
    with register.transaction():
        register.upsert_master_entry(entry("1"))
        register.upsert_master_entry(entry("2"))
        register.upsert_master_entry(entry("4", issued_date="2019-03-01"))
        register.upsert_master_entry(entry("5", status="revoked", revoked_on="2026-01-01", holder_name="Người khác"))
        match_all(register)
    entries, results = register.roadmap_counts(date(2026, 6, 1))
    assert sorted(entries) == [("Phòng Tài nguyên nước", "1.004227", 2019, 1, 0),
                               ("Phòng Tài nguyên nước", "1.004227", 2020, 2, 1)]
    assert sorted(results, key=str) == [("Phòng Tài nguyên nước", "1.004227", "2026-06-01", 1)]
    assert sum(r[3] for r in register.roadmap_counts(date(2026, 6, 2))[1]) == 2
    source = WarehouseSource(register)
    for day in (date(2025, 12, 31), date(2026, 6, 1), date(2026, 6, 2)):
        assert source.snapshot(day) == model_snapshot(source.master_entries(), source.digitised(), day)


def test_roadmap_plan_saved_and_read(register):
    plan = [{"year": 2026, "unit": "Phòng Tài nguyên nước", "procedure_code": "1.004227", "target": 120},
            {"year": 2025, "unit": "Phòng Tài nguyên nước", "procedure_code": "1.004227", "target": 80}]
    assert register.save_roadmap_plan(plan) == 2
    assert [r["year"] for r in register.iter_roadmap_plan()] == [2025, 2026]
    register.save_roadmap_plan(plan[:1])
    assert list(register.iter_roadmap_plan()) == plan[:1]


# --- backup -------------------------------------------------------------------------------
def test_backup_to_is_an_sqlite_register_with_the_same_content(register, tmp_path):
    add_result(register, 245, "nội dung")
    copies.ensure(register)
    issue_copy(register, 2026, "C1")
    with register.transaction():
        register.record_event("load", "a", {"n": 1}, "clerk", AT)
    dest = tmp_path / "backup" / "register.sqlite"
    dest.parent.mkdir()
    register.backup_to(dest)
    copy = open_repository(f"sqlite:///{dest}", read_only=True)
    try:
        assert copy.count_results() == 1 and copy.chain_head() == register.chain_head()
        assert copy.verify_chain() == [] and [r["id"] for r in copy.search("noi dung")] == [1]
        assert copy.copy_by_code("C1")[1]["sequence"] == 1
    finally:
        copy.close()

"""The master register (sổ gốc): import, matching both ways, revocations, bad rows, XLSX."""

from __future__ import annotations

import csv
import hashlib
import json
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from tthc_digitize.errors import InputFileError
from tthc_digitize.metadata.record import ResultRecord
from tthc_digitize.metadata.xml import to_xml
from tthc_digitize.warehouse.load import load
from tthc_digitize.warehouse.master_register import VIETNAMESE_HEADERS, import_register
from tthc_digitize.clock import VN_TZ
from tthc_digitize.warehouse.service import init_warehouse, open_warehouse
from tthc_digitize.warehouse.synthetic import pdf_bytes
from helpers import tthc

ROOT = Path(__file__).resolve().parents[2]
REGISTER = ROOT / "samples" / "register" / "so-goc.csv"
TRUTH = ROOT / "samples" / "truth"


@pytest.fixture
def wh(tmp_path):
    home = init_warehouse(tmp_path / "kho", "Sở Tư pháp tỉnh Thử Nghiệm", "000.00.00.H30")
    warehouse = open_warehouse(home.root)
    yield warehouse
    warehouse.close()


def write_result(folder: Path, name: str, fields: dict) -> None:
    """What `tthc ingest` writes for a document with these fields (without running OCR)."""
    until = fields.get("valid_until")
    rec = ResultRecord(
        type_name=fields["type_name"], code_number=fields["code_number"], code_notation=fields["code_notation"],
        issued_date=date.fromisoformat(fields["issued_date"]), organ_name=fields["organ_name"], subject=fields["subject"],
        page_amount=1, conversion_time=datetime(2026, 11, 30, 9, tzinfo=VN_TZ), conversion_agency="Sở Tư pháp",
        file_name=f"{name}.pdf", file_sha256="0" * 64, file_pages=1, holder_name=fields.get("holder_name"),
        holder_id=fields.get("holder_id"), holder_id_type=fields.get("holder_id_type"),
        valid_until=date.fromisoformat(until) if until else None,
    )
    text = f"{rec.organ_name}\n{rec.code_number}/{rec.code_notation}\n{rec.subject}\n{rec.holder_name}\n"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.pdf").write_bytes(pdf_bytes(text + name))
    rec.file_sha256 = hashlib.sha256((folder / f"{name}.pdf").read_bytes()).hexdigest()
    (folder / f"{name}.xml").write_bytes(to_xml(rec))
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")


@pytest.fixture
def samples(tmp_path):
    folder = tmp_path / "da-so-hoa"
    for truth in sorted(TRUTH.glob("*.json")):
        write_result(folder, truth.stem, json.loads(truth.read_text(encoding="utf-8"))["fields"])
    return folder


def test_sample_register_matches_the_six_samples_and_reports_the_rest(wh, samples):
    load(wh, [samples])
    report = import_register(wh, REGISTER)
    assert (report.rows, report.added, report.matched, report.revoked, report.bad_rows) == (9, 9, 6, 1, [])
    unmatched = wh.repo.unmatched_entries()
    assert sorted(e["code_number"] for e in unmatched) == ["246", "37", "89"]
    assert wh.repo.unmatched_results() == []
    entries = {e["code_number"]: e for e in wh.repo.iter_master_entries()}
    assert set(entries["245"]) >= {"unit", "procedure_code", "register_volume", "revoked_on", "matched_result_id"}
    assert entries["89"]["status"] == "revoked" and entries["89"]["revoked_on"] == "2024-05-20"
    by_number = {r["object_id"].split("/")[1]: r for r in wh.repo.iter_results()}
    assert by_number["245"]["unit"] == "Cục Quản lý tài nguyên nước"
    revocations = [e for e in wh.repo.events() if e["action"] == "revoked"]
    assert len(revocations) == 1 and revocations[0]["detail"]["reason"].startswith("Vi phạm")
    again = import_register(wh, REGISTER)
    assert (again.added, again.updated, again.revoked) == (0, 0, 0)
    assert sum(1 for e in wh.repo.events() if e["action"] == "revoked") == 1


def test_results_loaded_after_the_register_are_matched_on_load(wh, samples):
    import_register(wh, REGISTER)
    load(wh, [samples])
    assert len(wh.repo.unmatched_entries()) == 3 and wh.repo.unmatched_results() == []
    methods = {e["match_method"] for e in wh.repo.unmatched_entries()} | {
        wh.repo.entry_for_result(r["id"])["match_method"] for r in wh.repo.find_results()}
    assert methods == {None, "exact"}


def test_fuzzy_match_on_the_folded_holder_name_when_the_number_was_misread(wh, tmp_path):
    fields = json.loads((TRUTH / "quyet-dinh-2-trang.json").read_text(encoding="utf-8"))["fields"]
    write_result(tmp_path / "in", "misread", {**fields, "code_number": "1528", "holder_name": "TRAN DINH HUONG"})
    write_result(tmp_path / "in", "other", {**fields, "code_number": "77", "code_notation": "QĐ-UBND",
                                            "holder_name": "Lê Thị Mai"})
    load(wh, [tmp_path / "in"])
    import_register(wh, REGISTER)
    entry = next(e for e in wh.repo.find_results(code_number="1528"))
    matched = wh.repo.entry_for_result(entry["id"])
    assert matched["code_number"] == "1520" and matched["match_method"] == "fuzzy"
    other = wh.repo.find_results(code_number="77")[0]
    assert wh.repo.entry_for_result(other["id"]) is None


def test_a_revoked_entry_revokes_its_result_with_date_and_reason(wh, samples, tmp_path):
    load(wh, [samples])
    import_register(wh, REGISTER)
    rows = list(csv.DictReader(REGISTER.open(encoding="utf-8")))
    rows[0].update(status="đã thu hồi", revoked_on="15/03/2025", revoked_reason="Cấp sai đối tượng")
    changed = tmp_path / "so-goc-2.csv"
    with changed.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    report = import_register(wh, changed)
    assert (report.updated, report.revoked) == (1, 1)
    result = wh.repo.find_results(code_number="245")[0]
    assert result["status"] == "revoked"
    events = [e for e in wh.repo.events(result["object_id"]) if e["action"] == "revoked"]
    assert len(events) == 1 and events[0]["detail"]["revoked_on"] == "2025-03-15"
    assert events[0]["detail"]["reason"] == "Cấp sai đối tượng"
    assert wh.repo.search("", status="revoked")[0]["id"] == result["id"]


def test_bad_rows_are_reported_by_line_and_the_rest_imported(wh, tmp_path):
    bad = tmp_path / "so-goc.csv"
    bad.write_text(
        "code_number,code_notation,issued_date,holder_name,status,holder_id_type,revoked_on\n"
        "1,QĐ-UBND,2020-01-02,Nguyễn Văn An,valid,cccd,\n"
        ",QĐ-UBND,2020-01-02,Không số,valid,,\n"
        "3,QĐ-UBND,31/02/2020,Ngày sai,valid,,\n"
        "4,QĐ-UBND,2020-01-04,Tình trạng sai,mất,,\n"
        "5,QĐ-UBND,2020-01-05,Thu hồi không ngày,revoked,,\n"
        "6,QĐ-UBND,2020-01-06,Loại sai,valid,bằng lái,\n"
        "7,QĐ-UBND,07.01.2020,Trần Thị Bảy,hết hiệu lực,mã số thuế,\n",
        encoding="utf-8",
    )
    report = import_register(wh, bad)
    assert report.rows == 7 and report.added == 2
    assert [(line, key) for line, key, _ in report.bad_rows] == [
        (3, "register.missing_value"), (4, "register.bad_date"), (5, "register.bad_status"),
        (6, "register.revoked_without_date"), (7, "register.bad_id_type"),
    ]
    seven = next(e for e in wh.repo.iter_master_entries() if e["code_number"] == "7")
    assert (seven["issued_date"], seven["status"], seven["holder_id_type"]) == ("2020-01-07", "expired", "tax_code")


def test_a_huge_cell_refuses_its_row_only(wh, tmp_path):
    rows = tmp_path / "so-goc.csv"
    rows.write_text(
        "code_number,code_notation,issued_date,holder_name,status\n"
        "1,QĐ-UBND,2020-01-02,Nguyễn Văn An,valid\n"
        f'2,QĐ-UBND,2020-01-03,"{"A" * 200_000}",valid\n'  # over csv's own 128 KB field limit
        "3,QĐ-UBND,2020-01-04,Trần Thị Ba,valid\n",
        encoding="utf-8",
    )
    report = import_register(wh, rows)
    assert (report.rows, report.added) == (3, 2)
    assert [(line, key) for line, key, _ in report.bad_rows] == [(3, "csv.cell_too_long")]
    assert "200000" in report.to_dict("vi")["bad_rows"][0]["message"]
    assert sorted(e["code_number"] for e in wh.repo.iter_master_entries()) == ["1", "3"]


def test_xlsx_with_vietnamese_headers(wh, samples, tmp_path):
    load(wh, [samples])
    book = openpyxl.Workbook()
    sheet = book.active
    by_column = {v: k for k, v in VIETNAMESE_HEADERS.items()}
    rows = list(csv.DictReader(REGISTER.open(encoding="utf-8")))
    headers = list(rows[0])
    sheet.append([by_column[h].upper() if i % 2 else by_column[h] for i, h in enumerate(headers)])
    for row in rows:
        values = [row[h] or None for h in headers]
        values[headers.index("issued_date")] = datetime.fromisoformat(row["issued_date"])  # a real Excel date
        values[headers.index("code_number")] = int(row["code_number"])  # and a number cell
        sheet.append(values)
    path = tmp_path / "so-goc.xlsx"
    book.save(path)
    report = import_register(wh, path)
    assert (report.rows, report.added, report.matched, report.bad_rows) == (9, 9, 6, [])


def test_unreadable_registers_are_clear_errors(wh, tmp_path):
    (tmp_path / "x.txt").write_text("a", encoding="utf-8")
    (tmp_path / "x.xlsx").write_bytes(b"not a zip")
    (tmp_path / "x.csv").write_text("foo,bar\n1,2\n", encoding="utf-8")
    (tmp_path / "latin.csv").write_bytes("Số,Ngày ban hành\n1,2020-01-01\n".encode("cp1258", errors="replace")
                                         .replace(b"S?", b"S\xf4"))
    for name, key in (("x.txt", "register.bad_type"), ("x.xlsx", "register.bad_xlsx"), ("x.csv", "register.missing_columns"),
                      ("latin.csv", "register.not_utf8"), ("missing.csv", "input.not_found")):
        with pytest.raises(InputFileError) as caught:
            import_register(wh, tmp_path / name)
        assert caught.value.key == key, name


def test_cli_register_import_and_unmatched(tmp_path, samples):
    home = tmp_path / "kho"
    assert tthc("init", "--home", str(home), "--agency-name", "Sở Tư pháp", "--agency-code", "000.00.00.H30").returncode == 0
    env = {"TTHC_HOME": str(home)}
    assert tthc("load", str(samples), env=env).returncode == 0
    imported = tthc("register", "import", str(REGISTER), env=env)
    assert imported.returncode == 0, imported.stderr
    assert "6 ghép với kết quả số hóa" in imported.stdout
    unmatched = json.loads(tthc("register", "unmatched", "--json", env=env).stdout)
    assert sorted(e["code_number"] for e in unmatched["entries"]) == ["246", "37", "89"] and unmatched["results"] == []
    bad = tmp_path / "bad.csv"
    bad.write_text("Số,Ngày ban hành\n1,hôm qua\n2,2020-01-01\n", encoding="utf-8")
    result = tthc("register", "import", str(bad), env=env)
    assert result.returncode == 6 and "dòng 2" in result.stderr

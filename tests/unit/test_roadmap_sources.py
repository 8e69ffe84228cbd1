"""Plan CSV reading/writing and the warehouse adapter (fed the dict rows the warehouse repository yields)."""

from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path

import pytest
from roadmap_register import PLAN

from tthc_digitize.config import load_config
from tthc_digitize.errors import ConfigError, InputFileError
from tthc_digitize.i18n import set_language, tr
from tthc_digitize.roadmap.model import Digitised, MasterEntry, PlanRow
from tthc_digitize.roadmap.planfile import parse_plan, plan_csv, read_plan
from tthc_digitize.roadmap.source import WarehouseSource

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "roadmap" / "ke-hoach.csv"


def test_plan_csv_round_trip():
    assert parse_plan(plan_csv(PLAN)) == PLAN
    tabbed = plan_csv(PLAN).replace(",", "\t")
    assert parse_plan(tabbed) == PLAN


def test_vietnamese_headers_semicolons_and_bom():
    text = "\ufeffNăm;Đơn vị;Mã TTHC;Chỉ tiêu\n2024;Phòng Đất đai;1.004227;12\n\n2025;Phòng Đất đai;;7\n"
    assert parse_plan(text) == [PlanRow(2024, "Phòng Đất đai", "1.004227", 12), PlanRow(2025, "Phòng Đất đai", "", 7)]


def test_bad_rows_are_reported_with_line_numbers_and_nothing_is_kept():
    set_language("vi")
    text = ("year,unit,procedure_code,target\n"
            "2024,A,1.1,5\n"
            "20x4,A,1.1,5\n"        # line 3: year
            "2024,A,1.2,-1\n"       # line 4: negative target
            "2024,A,1.1,6\n"        # line 5: same year/unit/procedure as line 2
            "2025,A,1.2,nhiều\n")   # line 6
    with pytest.raises(InputFileError) as caught:
        parse_plan(text)
    err = caught.value
    assert err.key == "roadmap.plan_bad_rows" and err.params["count"] == 4
    lines = tr(err.key, "vi", **err.params)  # the rows as Messages, put in words only here
    for expected in ("dòng 3", "dòng 4", "dòng 5: trùng", "với dòng 2", "dòng 6"):
        assert expected in lines


def test_missing_columns_and_empty_file(tmp_path):
    with pytest.raises(InputFileError) as caught:
        parse_plan("year,unit,target\n2024,A,3\n")
    assert caught.value.key == "roadmap.plan_columns" and "procedure_code" in caught.value.params["missing"]
    with pytest.raises(InputFileError):
        parse_plan("year,unit,procedure_code,target\n")
    utf16 = tmp_path / "plan.csv"
    utf16.write_bytes("Năm,Đơn vị,Mã TTHC,Chỉ tiêu\n".encode("utf-16"))
    with pytest.raises(InputFileError) as caught:
        read_plan(utf16)
    assert caught.value.key == "roadmap.plan_not_utf8"


def test_sample_plan_reads_and_plans_the_sample_register():
    import csv

    rows = read_plan(SAMPLE)
    assert len(rows) >= 6 and {r.year for r in rows} <= set(range(2020, 2026))
    assert all(r.unit and r.procedure_code and r.target > 0 for r in rows)
    with (SAMPLE.parents[1] / "register" / "so-goc.csv").open(encoding="utf-8-sig") as fh:
        register = [(e["unit"], e["procedure_code"]) for e in csv.DictReader(fh)]
    planned = {}
    for r in rows:
        planned[(r.unit, r.procedure_code)] = planned.get((r.unit, r.procedure_code), 0) + r.target
    assert planned == {cell: register.count(cell) for cell in register}  # one target per register line


class FakeWarehouseRepo:
    """The warehouse repository's methods as its branch defines them, over plain lists: this is the
    data boundary under test, not a stand-in for the roadmap."""

    def __init__(self):
        self.saved = None

    def iter_master_entries(self):
        yield {"code_number": "245", "code_notation": "GP-BTNMT", "issued_date": "2020-01-05", "type_name": "GIẤY PHÉP",
               "subject": "Xả nước thải", "holder_name": "Công ty X", "holder_id": "0312345678",
               "holder_id_type": "tax", "procedure_code": "1.004227", "unit": "Phòng Tài nguyên nước",
               "valid_from": "2020-01-05", "valid_until": "2030-12-31", "status": "còn hiệu lực",
               "register_volume": "01", "register_entry": "12", "revoked_on": None, "matched_result_id": 7}
        yield {"issued_date": date(2021, 3, 1), "procedure_code": "2.000815", "unit": "Phòng Đất đai",
               "valid_from": None, "valid_until": "", "status": "Đã thu hồi", "revoked_on": "2023-05-06",
               "matched_result_id": None}

    def iter_results(self):
        yield {"result_id": 7, "procedure_code": "1.004227", "unit": "Phòng Tài nguyên nước",
               "issued_date": "2020-01-05", "loaded_at": "2024-03-31T20:00:00+00:00", "signed": 1, "status": "valid"}
        yield {"result_id": "9", "procedure_code": "1.004227", "unit": "Phòng Tài nguyên nước",
               "issued_date": None, "loaded_at": datetime(2024, 5, 1, 8, 0), "signed": "0", "status": "valid"}

    def iter_roadmap_plan(self):
        yield {"year": "2024", "unit": "Phòng Đất đai", "procedure_code": None, "target": 3}

    def save_roadmap_plan(self, rows, replace=True):
        self.saved = (rows, replace)

    def iter_copy_demand(self):
        yield {"procedure_code": "1.004227", "count": 4}
        yield ("1.004227", 2)
        yield {"procedure_code": "2.000815", "copies": 1}


def test_warehouse_adapter_maps_rows_to_records():
    repo = FakeWarehouseRepo()
    src = WarehouseSource(repo)
    first, second = list(src.master_entries())
    assert first == MasterEntry("Phòng Tài nguyên nước", "1.004227", date(2020, 1, 5), date(2020, 1, 5),
                                date(2030, 12, 31), "valid", None, "7")
    assert second.status == "revoked" and second.revoked_on == date(2023, 5, 6) and second.valid_until is None
    loaded, unsigned = list(src.digitised())
    assert isinstance(loaded, Digitised) and loaded.result_id == "7" and loaded.signed is True
    assert loaded.loaded_at == datetime(2024, 3, 31, 20, tzinfo=timezone.utc)
    assert unsigned.signed is False and unsigned.issued_date is None
    assert src.plans() == [PlanRow(2024, "Phòng Đất đai", "", 3)]
    assert src.copy_demand() == {"1.004227": 6, "2.000815": 1}
    src.save_plans([PlanRow(2025, "A", "1.1", 4)])
    assert repo.saved == ([{"year": 2025, "unit": "A", "procedure_code": "1.1", "target": 4}], True)


def test_bad_warehouse_dates_are_input_errors():
    class Broken(FakeWarehouseRepo):
        def iter_master_entries(self):
            yield {"issued_date": "05/01/2020", "unit": "A", "procedure_code": "1"}

    with pytest.raises(InputFileError) as caught:
        list(WarehouseSource(Broken()).master_entries())
    assert caught.value.params["field"] == "issued_date"


def test_roadmap_config_section(tmp_path):
    (tmp_path / "tthc.toml").write_text('[roadmap]\nstart_year = 2021\nend_year = 2026\nweight = "demand"\n')
    config = load_config(env={"TTHC_ROADMAP_WINDOW_DAYS": "30"}, cwd=tmp_path)
    assert (config.roadmap.start_year, config.roadmap.end_year, config.roadmap.weight,
            config.roadmap.window_days) == (2021, 2026, "demand", 30)
    (tmp_path / "tthc.toml").write_text('[roadmap]\nweight = "loudest"\n')
    with pytest.raises(ConfigError):
        load_config(env={}, cwd=tmp_path)

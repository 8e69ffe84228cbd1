"""`tthc roadmap …` as a user and a cron job meet it.

The commands run in-process through the real entry point (`main()`: option parsing, exit codes, the
error handler) over the hand-made register, handed in where the warehouse is read
(`roadmap.source.open_source`); tests/e2e/test_roadmap_warehouse.py runs them over a real warehouse.
"""

from __future__ import annotations

import csv
import io
import json
import sys

import pytest
import typer.main
from PIL import Image
from helpers import tthc as tthc_process  # a separate process, where the fixture `tthc` runs in this one
from roadmap_register import P1, P2, PA, PB, source

from tthc_digitize.cli import app, main
from tthc_digitize.cli.app import out as terminal
from tthc_digitize.errors import ExitCode
from tthc_digitize.i18n import set_language
from tthc_digitize.roadmap import source as source_module
from tthc_digitize.roadmap.planfile import read_plan


@pytest.fixture
def register(monkeypatch):
    src = source()
    monkeypatch.setattr(source_module, "open_source", lambda config, read_only=False: src)
    return src


@pytest.fixture
def tthc(monkeypatch, capsys, tmp_path):
    monkeypatch.chdir(tmp_path)  # no tthc.toml from anywhere else
    monkeypatch.setattr(terminal, "width", 160)  # a wide terminal: table cells on one line

    def run(*args: str) -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "argv", ["tthc", *args])
        with pytest.raises(SystemExit) as exit_:
            main()
        set_language("vi")
        captured = capsys.readouterr()
        return exit_.value.code, captured.out, captured.err

    return run


def test_status_json_by_unit(register, tthc):
    code, out, _ = tthc("roadmap", "status", "--as-of", "2024-07-01", "--by", "unit", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["as_of"] == "2024-07-01" and data["by"] == "unit" and data["overdue"] is None
    assert [y["key"] for y in data["years"]] == [str(y) for y in range(2020, 2026)]  # always, for charts elsewhere
    rows = {r["key"]: r for r in data["rows"]}
    # figures worked out in test_roadmap_model.py
    assert (rows[PA]["target"], rows[PA]["digitised"], rows[PA]["percent"], rows[PA]["state"]) == (8, 3, 37.5, "behind")
    assert rows[PB]["projected_completion"] == "2025-09-24"
    assert data["total"]["projected_completion"] == "2026-12-18"
    # a 100-day window (24/3–1/7/2024) also holds R5 (1/4): 2 per 100 days; 10 to go -> 500 days -> 13/11/2025
    code, out, _ = tthc("roadmap", "status", "--as-of", "2024-07-01", "--window", "100", "--json")
    assert json.loads(out)["total"]["projected_completion"] == "2025-11-13"


def test_inventory(register, tthc):
    code, out, _ = tthc("roadmap", "inventory", "--as-of", "2024-07-01", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["total"] == {"still_valid": 8, "digitised": 3, "backlog": 5}  # as in test_roadmap_model.py
    assert {"unit": PA, "procedure_code": P2, "issued_year": 2023, "still_valid": 2, "digitised": 0,
            "backlog": 2} in data["rows"]
    code, out, _ = tthc("roadmap", "inventory", "--as-of", "2024-07-01", "--csv")
    assert out.splitlines()[0] == "unit,procedure_code,issued_year,still_valid,digitised,backlog"
    assert len(out.splitlines()) == 7
    code, out, _ = tthc("roadmap", "inventory", "--as-of", "2024-07-01")
    assert code == 0 and "Năm cấp" in out and "Tổng cộng" in out


def test_status_table_csv_and_vietnamese_dates(register, tthc):
    code, out, _ = tthc("roadmap", "status", "--as-of", "31/01/2026")
    assert code == 0
    assert "Tổng cộng" in out and "Quá hạn (sau 31/12/2025)" in out and "31/01/2026" in out
    code, out, _ = tthc("roadmap", "status", "--as-of", "2026-01-31", "--csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["key"] for r in rows] == ["2020", "2021", "2022", "2023", "2024", "2025", "2026", "total", "overdue"]
    assert rows[-1]["backlog"] == "3" and rows[-1]["projected_completion"] == "2026-10-28"


def test_status_writes_chart_and_html(register, tthc, tmp_path):
    code, out, err = tthc("roadmap", "status", "--as-of", "2026-01-31", "--json",
                          "--chart", "tien-do.png", "--html", "bao-cao/tien-do.html")
    assert code == 0
    json.loads(out)  # notes went to stderr, stdout stays JSON
    assert "tien-do.png" in err
    assert Image.open(tmp_path / "tien-do.png").size == (1200, 675)
    html = (tmp_path / "bao-cao" / "tien-do.html").read_text(encoding="utf-8")
    assert "data:image/png;base64," in html and "Quá hạn (sau 31/12/2025)" in html


def test_status_in_english(register, tthc):
    code, out, _ = tthc("--lang", "en", "roadmap", "status", "--as-of", "2026-01-31", "--by", "procedure")
    assert code == 0 and "Total" in out and "Overdue (after 31/12/2025)" in out and P2 in out


def test_report_json_for_cron(register, tthc):
    code, out, _ = tthc("roadmap", "report", "--period", "quarter", "--as-of", "2024-06-30", "--json")
    assert code == 0
    report = json.loads(out)
    assert list(report) == ["report", "version", "as_of", "period", "roadmap", "totals", "units"]
    assert report["period"]["label"] == "2024-Q2"
    assert report["totals"]["digitised_in_period"] == 2
    assert [u["unit"] for u in report["units"]] == sorted([PA, PB])
    code, out, _ = tthc("roadmap", "report", "--period", "month", "--as-of", "2024-06-30")
    assert code == 0 and "2024-06" in out and "Tổng cộng" in out


def test_propose_writes_a_csv_that_imports_back(register, tthc, tmp_path):
    code, out, _ = tthc("roadmap", "plan", "propose", "--from", "2020", "--to", "2025", "--as-of", "2024-07-01",
                        "--weight", "demand", "-o", "de-xuat.csv")
    assert code == 0 and "5" in out
    raw = (tmp_path / "de-xuat.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfyear,unit,procedure_code,target\n")  # spreadsheets see UTF-8
    rows = read_plan(tmp_path / "de-xuat.csv")
    assert sum(r.target for r in rows) == 5  # the backlog on 1/7/2024
    assert [(r.year, r.unit, r.procedure_code, r.target) for r in rows][0] == (2024, PA, P2, 3)  # demand first

    code, out, err = tthc("roadmap", "plan", "import", "de-xuat.csv")
    assert code == 0 and register.plans() == rows and "5" in out and err == ""


def test_import_warns_about_rows_outside_the_period(register, tthc, tmp_path):
    (tmp_path / "p.csv").write_text("year,unit,procedure_code,target\n2019,A,1.1,5\n2024,A,1.1,5\n")
    code, _, err = tthc("roadmap", "plan", "import", "p.csv")
    assert code == 0 and "1 dòng ngoài giai đoạn 2020–2025" in err and len(register.plans()) == 2


def test_propose_to_stdout_by_procedure(register, tthc):
    code, out, _ = tthc("roadmap", "plan", "propose", "--as-of", "2024-07-01", "--by", "procedure")
    assert code == 0
    assert out.splitlines() == ["year,unit,procedure_code,target", f"2024,,{P1},1", f"2024,,{P2},2", f"2025,,{P2},2"]


def test_propose_after_the_period_is_a_usage_error(register, tthc):
    code, _, err = tthc("roadmap", "plan", "propose", "--as-of", "2026-01-31")
    assert code == ExitCode.usage and "--to 2026" in err


def test_import_reports_bad_rows_and_keeps_the_old_plan(register, tthc, tmp_path):
    before = register.plans()
    (tmp_path / "ke-hoach.csv").write_text("Năm,Đơn vị,Mã TTHC,Chỉ tiêu\n2024,A,1.1,5\n2025,A,1.1,năm\n",
                                           encoding="utf-8")
    code, _, err = tthc("roadmap", "plan", "import", "ke-hoach.csv")
    assert code == ExitCode.input_error
    assert "dòng 3" in err and "Traceback" not in err
    assert register.plans() == before


@pytest.mark.parametrize("args", [
    ("roadmap", "status", "--by", "week"),
    ("roadmap", "status", "--as-of", "hôm qua"),
    ("roadmap", "status", "--json", "--csv"),
    ("roadmap", "report", "--as-of", "2024-01-01"),  # --period is required
    ("roadmap", "plan", "propose", "--weight", "loudest"),
])
def test_usage_errors(register, tthc, args):
    code, _, err = tthc(*args)
    assert code == ExitCode.usage and "Traceback" not in err


def test_without_the_warehouse_the_command_says_how_to_make_one(tmp_path):
    vi = tthc_process("roadmap", "status", cwd=tmp_path, timeout=120)
    assert vi.returncode == ExitCode.input_error and "Chưa có kho dữ liệu" in vi.stderr and "tthc init" in vi.stderr
    en = tthc_process("--lang", "en", "roadmap", "report", "--period", "month", "--json", cwd=tmp_path, timeout=120)
    assert en.returncode == ExitCode.input_error and "No warehouse" in en.stderr
    # --json answers on stdout even when it fails: cron scripts parse it (issue 16)
    assert json.loads(en.stdout)["error"]["key"] == "warehouse.not_found"


def _leaves(group, path=()):
    for name, cmd in group.commands.items():
        if hasattr(cmd, "commands"):
            yield from _leaves(cmd, (*path, name))
        yield (*path, name), cmd


def test_every_roadmap_command_has_help_in_both_languages():
    roadmap = typer.main.get_command(app).commands["roadmap"]
    commands = dict(_leaves(roadmap, ("roadmap",)))
    assert set(commands) == {("roadmap", "plan"), ("roadmap", "plan", "import"), ("roadmap", "plan", "propose"),
                             ("roadmap", "status"), ("roadmap", "report"), ("roadmap", "inventory")}
    for path, cmd in commands.items():
        assert cmd.help
        for param in cmd.params:
            assert param.help, f"{' '.join(path)} {param.name} has no help"
    for path in [("roadmap", "status"), ("roadmap", "plan", "propose")]:
        vi = tthc_process(*path, "--help", timeout=120)
        en = tthc_process("--lang", "en", *path, "--help", timeout=120)
        assert vi.returncode == en.returncode == 0
        assert "Tính đến ngày" in vi.stdout or "Chia theo" in vi.stdout
        assert "As of" in en.stdout or "Per unit" in en.stdout


def test_import_of_a_missing_file(register, tthc):
    code, _, err = tthc("roadmap", "plan", "import", "khong-co.csv")
    assert code == ExitCode.input_error and "Không tìm thấy" in err

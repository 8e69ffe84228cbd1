"""The clerk's review loop on a real ingest output folder: flagged field -> review set -> XML
updated and still valid -> audit trail kept."""

from __future__ import annotations

import json
import shutil
from datetime import datetime

import pytest
from lxml import etree
from PIL import Image

from helpers import tthc
from tthc_digitize.metadata import xml
from tthc_digitize.review import review_history

pytestmark = pytest.mark.slow


@pytest.fixture
def folder(ingested, tmp_path):
    """A private copy of the ingested samples: review commands change it."""
    out, _ = ingested
    return shutil.copytree(out, tmp_path / "out")


def _valid(path) -> bool:
    return xml.schema().validate(etree.fromstring(path.read_bytes()))


def test_list_worst_first_and_json(folder):
    result = tthc("review", "list", str(folder), "--json")
    assert result.returncode == 0, result.stderr
    listed = json.loads(result.stdout)
    assert listed, "the samples' invented tax codes fail their check digit, so something is flagged"
    keys = [(-len(r["needs_review"]), r["lowest_confidence"]) for r in listed]
    assert keys == sorted(keys)
    for r in listed:
        fields = json.loads((folder / f"{r['id']}.fields.json").read_text(encoding="utf-8"))["fields"]
        assert set(r["needs_review"]) == {n for n, f in fields.items() if f["needs_review"]}
    table = tthc("review", "list", str(folder))
    assert table.returncode == 0 and listed[0]["id"] in table.stdout and "Cần kiểm tra" in table.stdout


def test_round_trip_set_a_flagged_field(folder):
    rid = "giay-phep-xa-thai"
    before = json.loads((folder / f"{rid}.fields.json").read_text(encoding="utf-8"))
    assert before["fields"]["holder_id"]["needs_review"]  # 0312345678 fails the tax-code check digit
    xml_before = (folder / f"{rid}.xml").read_bytes()

    bad = tthc("review", "set", str(folder), rid, "issued_date=2020-02-30", "--by", "Nguyễn Thị Hoa")
    assert bad.returncode == 2 and "issued_date" in bad.stderr and "Traceback" not in bad.stderr
    assert (folder / f"{rid}.xml").read_bytes() == xml_before
    cleared = tthc("review", "set", str(folder), rid, "code_number=")
    assert cleared.returncode == 2 and "bắt buộc" in cleared.stderr
    assert not (folder / ".tthc" / "review.jsonl").exists()  # nothing logged for a refused value

    ok = tthc("review", "set", str(folder), rid, "holder_id=0100109106", "--by", "Nguyễn Thị Hoa")
    assert ok.returncode == 0, ok.stderr
    record = xml.from_xml((folder / f"{rid}.xml").read_bytes())
    assert _valid(folder / f"{rid}.xml") and record.holder_id == "0100109106"
    assert record.code_number == "245"  # the rest of the record is as before

    history = review_history(folder, rid)
    assert len(history) == 1
    entry = history[0]
    assert entry["field"] == "holder_id" and entry["machine_value"] == "0312345678" and entry["machine_confidence"] < 0.8
    assert entry["clerk_value"] == "0100109106" and entry["by"] == "Nguyễn Thị Hoa"
    assert datetime.fromisoformat(entry["at"]).utcoffset().total_seconds() == 7 * 3600
    # the fields file keeps the machine's reading; the log is the record of the correction
    assert json.loads((folder / f"{rid}.fields.json").read_text(encoding="utf-8"))["fields"]["holder_id"]["value"] == "0312345678"

    left = json.loads(tthc("review", "show", str(folder), rid, "--json").stdout)
    assert left["fields"]["holder_id"] == {**left["fields"]["holder_id"], "value": "0100109106", "source": "clerk", "needs_review": False}
    assert left["needs_review"] == ["holder_id_type"]
    accepted = tthc("review", "accept", str(folder), rid, "--by", "Nguyễn Thị Hoa")
    assert accepted.returncode == 0, accepted.stderr
    assert rid not in [r["id"] for r in json.loads(tthc("review", "list", str(folder), "--json").stdout)]
    assert [e["action"] for e in review_history(folder, rid)] == ["set", "accept"]
    again = tthc("review", "accept", str(folder), rid)
    assert again.returncode == 2 and "không còn trường" in again.stderr


def test_setting_a_missing_required_field_makes_the_xml_appear(folder):
    rid = "quyet-dinh-so"
    path = folder / f"{rid}.fields.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["fields"]["code_number"].update(value=None, confidence=0.0, needs_review=True)  # as if unreadable
    data["needs_review"].append("code_number")
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    (folder / f"{rid}.xml").unlink()
    assert tthc("review", "accept", str(folder), rid).returncode == 2  # a missing field cannot be accepted
    result = tthc("review", "set", str(folder), rid, "code_number=15")
    assert result.returncode == 0, result.stderr
    assert _valid(folder / f"{rid}.xml") and xml.from_xml((folder / f"{rid}.xml").read_bytes()).code_number == "15"


def test_show_png_and_terminal(folder, tmp_path):
    rid = "giay-xac-nhan"
    png = tmp_path / "review.png"
    result = tthc("review", "show", str(folder), rid, "--png", str(png))
    assert result.returncode == 0, result.stderr
    with Image.open(png) as img:
        assert img.format == "PNG" and img.width == 1000 and img.height > 800
        # crops are cut from the page: there is ink (dark pixels) on the sheet beyond the headings
        assert img.convert("L").getextrema()[0] < 60
    shown = json.loads(tthc("review", "show", str(folder), rid, "--json").stdout)
    assert shown["fields"]["holder_name"]["page"] == 1 and len(shown["fields"]["holder_name"]["box"]) == 4
    terminal = tthc("review", "show", str(folder), rid)
    assert terminal.returncode == 0 and "Đỗ Thị Thùy Dương" in terminal.stdout


def test_unknown_id_and_bad_assignment(folder, tmp_path):
    (tmp_path / "empty").mkdir()
    empty = tthc("review", "list", str(tmp_path / "empty"))
    assert empty.returncode == 3 and "fields.json" in empty.stderr
    missing = tthc("review", "show", str(folder), "khong-co")
    assert missing.returncode == 3 and "khong-co" in missing.stderr
    bad = tthc("review", "set", str(folder), "giay-xac-nhan", "holder_name")
    assert bad.returncode == 2 and "trường=giá trị" in bad.stderr
    unknown = tthc("--lang", "en", "review", "set", str(folder), "giay-xac-nhan", "colour=red")
    assert unknown.returncode == 2 and "No field colour" in unknown.stderr


def test_a_running_ingest_locks_corrections_out(folder):
    from tthc_digitize.outfolder import locked

    with locked(folder):
        result = tthc("review", "set", str(folder), "giay-xac-nhan", "holder_id=001195023456")
    assert result.returncode == 7 and "khóa" in result.stderr
    assert review_history(folder, "giay-xac-nhan") == []


def test_a_line_torn_by_a_crash_is_skipped(folder):
    assert tthc("review", "set", str(folder), "giay-xac-nhan", "place=Thanh Trì", "--by", "A").returncode == 0
    with (folder / ".tthc" / "review.jsonl").open("a", encoding="utf-8") as fh:
        fh.write('{"id": "giay-xac-nhan", "field": "pla')  # power cut mid-write
    assert [e["clerk_value"] for e in review_history(folder, "giay-xac-nhan")] == ["Thanh Trì"]
    assert tthc("review", "set", str(folder), "giay-xac-nhan", "place=Hà Nội", "--by", "A").returncode == 0
    assert [e["clerk_value"] for e in review_history(folder, "giay-xac-nhan")] == ["Thanh Trì", "Hà Nội"]


def test_a_set_killed_after_logging_and_run_again_logs_the_change_once(folder):
    """Killed between the log line and the XML (the chaos harness found it): the re-run of the same
    command writes the XML and does not log the same decision a second time."""
    rid, value = "giay-xac-nhan", "Công ty TNHH Hỗn Loạn"
    command = ("review", "set", str(folder), rid, f"holder_name={value}", "--by", "A")
    killed = tthc(*command, env={"TTHC_FAULT_AT": "review.logged"})
    assert killed.returncode == -9, killed.stderr
    assert xml.from_xml((folder / f"{rid}.xml").read_bytes()).holder_name != value  # the XML was not replaced yet
    assert tthc(*command).returncode == 0
    assert xml.from_xml((folder / f"{rid}.xml").read_bytes()).holder_name == value
    assert [e["clerk_value"] for e in review_history(folder, rid) if e["field"] == "holder_name"] == [value]
    assert tthc(*command[:4], "holder_name=Khác", "--by", "A").returncode == 0  # a real change is still logged
    assert [e["clerk_value"] for e in review_history(folder, rid) if e["field"] == "holder_name"] == [value, "Khác"]

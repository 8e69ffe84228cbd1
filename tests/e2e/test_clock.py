"""One clock: every timestamp the tool records comes from ``clock.now()``, which ``TTHC_NOW`` fixes."""

from __future__ import annotations

import ast
import json
import shutil
import sqlite3
from pathlib import Path

import pymupdf
import pytest
from lxml import etree

from helpers import SAMPLES, tthc
from sign_fixtures import PASSWORD
from tthc_digitize import clock
from tthc_digitize.text import normalise

SRC = Path(__file__).resolve().parents[2] / "src" / "tthc_digitize"
REGISTER = Path(__file__).resolve().parents[2] / "samples" / "register" / "so-goc.csv"

# (module or class name, function) pairs that read the wall clock
WALL_CLOCK = {("datetime", "now"), ("datetime", "utcnow"), ("datetime", "today"), ("date", "today"),
              ("time", "time"), ("time", "time_ns"), ("time", "localtime"), ("time", "gmtime"), ("time", "ctime")}
ALLOWED = "# wall clock: "


def wall_clock_reads(path: Path) -> list[str]:
    """``file:line`` of each wall-clock call in ``path`` whose line lacks a ``# wall clock: why`` comment."""
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    found = []
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        owner = node.func.value
        name = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", None)
        if (name, node.func.attr) in WALL_CLOCK and ALLOWED not in lines[node.lineno - 1]:
            found.append(f"{path.relative_to(SRC.parent)}:{node.lineno}")
        # SQLite's own clock is a wall-clock read as well
    found += [f"{path.relative_to(SRC.parent)}:{n}" for n, line in enumerate(lines, 1)
              if ("'now'" in line or "CURRENT_TIMESTAMP" in line) and ALLOWED not in line]
    return found


def test_no_wall_clock_read_outside_clock_py():
    reads = [hit for path in sorted(SRC.rglob("*.py")) if path.name != "clock.py" for hit in wall_clock_reads(path)]
    assert reads == [], "read clock.now() instead, or say why on the line with '# wall clock: …'"


@pytest.mark.parametrize("snippet, flagged", [
    ("from datetime import datetime\nx = datetime.now()\n", True),
    ("import datetime\nx = datetime.datetime.now(tz=None)\n", True),
    ("from datetime import date\nx = date.today()\n", True),
    ("import time\nx = time.time()\n", True),
    ("q = \"SELECT date('now')\"\n", True),
    ("import time\nx = time.time()  # wall clock: measuring a duration\n", False),
    ("import time\nx = time.perf_counter()\n", False),
    ("from tthc_digitize import clock\nx = clock.now()\n", False),
])
def test_the_walker_finds_wall_clock_reads(tmp_path, monkeypatch, snippet, flagged):
    monkeypatch.setattr(__import__(__name__), "SRC", tmp_path / "src")
    path = tmp_path / "src" / "m.py"
    path.parent.mkdir()
    path.write_text(snippet, encoding="utf-8")
    assert bool(wall_clock_reads(path)) is flagged


def test_tthc_now_fixes_the_clock_in_vietnam_time(monkeypatch):
    monkeypatch.setenv("TTHC_NOW", "2026-12-31T17:20:00+00:00")
    assert clock.iso(clock.now()) == "2027-01-01T00:20:00+07:00" and clock.today().isoformat() == "2027-01-01"
    monkeypatch.setenv("TTHC_NOW", "2028-02-29T08:00:00")  # no offset: Vietnam's time
    assert clock.iso(clock.now()) == "2028-02-29T08:00:00+07:00"
    monkeypatch.delenv("TTHC_NOW")
    assert clock.now().utcoffset().total_seconds() == 7 * 3600 and clock.now().microsecond == 0


DRILL = "2027-01-01T00:20:00+07:00"  # New Year's night in Vietnam, still 31 December in UTC


@pytest.mark.slow
def test_one_drill_time_everywhere_from_ingest_load_to_copy_issue(pki, tmp_path):  # noqa: F811
    agency = "Sở Tư pháp tỉnh Thử Nghiệm"
    home = tmp_path / "kho"
    env = {"TTHC_NOW": DRILL, "TTHC_HOME": str(home), "TTHC_PKCS12_PASSWORD": PASSWORD, "TTHC_OPERATOR": "Lê Văn Số"}
    (tmp_path / "tthc.toml").write_text(
        f'agency_name = "{agency}"\nagency_code = "000.00.00.H30"\n[sign]\nlevel = "b-t"\n'
        f'pkcs12 = "{pki.p12("agency")}"\ntsa_url = "{pki.tsa_url}"\ntrust = "{pki.root_pem}"\n'
        '[copies]\nagency_abbreviation = "STP"\nofficial = "Trần Thị Hoa"\n', encoding="utf-8")
    scans = tmp_path / "scans"
    scans.mkdir()
    shutil.copy(SAMPLES / "giay-phep-xa-thai.pdf", scans / "giay-phep.pdf")

    def run(*args):
        result = tthc(*args, env=env, cwd=tmp_path)
        assert result.returncode == 0, result.stdout + result.stderr
        return result

    run("init", "--home", str(home), "--agency-name", agency, "--agency-code", "000.00.00.H30")
    run("register", "import", str(REGISTER))
    ingested = json.loads(run("ingest", str(scans), "--out", str(tmp_path / "out"), "--sign", "--load", "--json",
                              "--jobs", "1").stdout)
    [done] = ingested["files"]
    assert done["status"] in ("done", "warned") and any("đã đưa vào kho" in w for w in done["warnings"]), done
    db = sqlite3.connect(home / "register.sqlite")
    db.row_factory = sqlite3.Row
    result = db.execute("SELECT * FROM results").fetchone()
    copy_pdf = tmp_path / "ban-sao.pdf"
    run("copy", "issue", str(result["id"]), "--requester-id", result["holder_id"], "--requester-name",
        "Công ty TNHH Môi trường Xanh Đức Phát", "-o", str(copy_pdf))

    # the register and the audit log
    assert (result["loaded_at"], result["updated_at"]) == (DRILL, DRILL)
    copy = db.execute("SELECT * FROM copies").fetchone()
    assert (copy["year"], copy["sequence"], copy["issued_at"]) == (2027, 1, DRILL)  # 01 of the new year
    assert copy["number"].startswith("01/")
    events = db.execute("SELECT at, action FROM audit_log").fetchall()
    assert {"register_import", "load", "copy_issue"} <= {e["action"] for e in events}
    assert {e["at"] for e in events} == {DRILL}, [dict(e) for e in events]
    # the OCFL inventories (UTC by the OCFL spec) and the events stored with each object
    inventories = list((home / "objects").rglob("inventory.json"))
    assert len(inventories) >= 2  # the result and its copy
    for inventory in inventories:
        versions = json.loads(inventory.read_text(encoding="utf-8"))["versions"]
        assert {v["created"] for v in versions.values()} == {"2026-12-31T17:20:00Z"}, inventory
    for events_file in (home / "objects").rglob("events.jsonl"):
        assert {json.loads(line)["at"] for line in events_file.read_text(encoding="utf-8").splitlines()} == {DRILL}
    # the record and the conversion mark of the digitised result, the time on the copy's block
    xml = etree.parse(str(home / "objects" / result["xml_path"]))
    assert xml.xpath("string(//*[local-name()='Conversion']/*[local-name()='Time'])") == DRILL
    with pymupdf.open(home / "objects" / result["pdf_path"]) as doc:
        assert "01/01/2027 00:20:00 +07:00" in normalise(doc[0].get_text())
        assert doc.metadata["creationDate"].startswith("D:20270101002000+07")
    with pymupdf.open(copy_pdf) as doc:
        stamp = normalise(doc[0].get_text(clip=next(doc[0].widgets()).rect))
    assert "Thời gian ký: 01/01/2027 00:20:00 +07:00" in stamp, stamp

"""No CSV the tool writes can carry a spreadsheet formula (issue 16, finding 5)."""

from __future__ import annotations

import csv
import io
import re

from helpers import ROOT
from tthc_digitize import csvsafe


def test_formula_cells_get_an_apostrophe_numbers_do_not():
    buffer = io.StringIO()
    csvsafe.writer(buffer).writerow(['=HYPERLINK("http://x")', "@SUM(1)", "+1", "-x", "\tA", "\rB", "Nguyễn", -3, 2.5])
    cells = next(csv.reader(io.StringIO(buffer.getvalue())))
    assert cells == ["'=HYPERLINK(\"http://x\")", "'@SUM(1)", "'+1", "'-x", "'\tA", "'\rB", "Nguyễn", "-3", "2.5"]
    buffer = io.StringIO()
    writer = csvsafe.dict_writer(buffer, ["holder", "n"])
    writer.writerow({"holder": "@SUM(1)", "n": -1})
    assert buffer.getvalue().splitlines()[0] == "'@SUM(1),-1"


def test_every_csv_writer_in_the_tool_is_the_safe_one():
    # the sample generator writes the tool's own test input, not output for a user
    allowed = {"csvsafe.py", "synthetic.py"}
    raw = [str(p) for p in (ROOT / "src").rglob("*.py")
           if p.name not in allowed and re.search(r"csv\.(writer|DictWriter)\(", p.read_text(encoding="utf-8"))]
    assert raw == []

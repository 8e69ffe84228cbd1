"""Plan CSV: ``year,unit,procedure_code,target`` (or ``Năm,Đơn vị,Mã TTHC,Chỉ tiêu``).

Offices edit these in a spreadsheet, so reading accepts a byte-order mark, ``;`` or tab separators
and either header language; writing adds the byte-order mark spreadsheets need to see UTF-8.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from tthc_digitize import csvsafe
from tthc_digitize.errors import InputFileError
from tthc_digitize.i18n import Message, message
from tthc_digitize.roadmap.model import PlanRow

COLUMNS = ("year", "unit", "procedure_code", "target")
_HEADERS = {
    "year": "year", "năm": "year",
    "unit": "unit", "đơn vị": "unit",
    "procedure_code": "procedure_code", "mã tthc": "procedure_code", "mã thủ tục": "procedure_code",
    "target": "target", "chỉ tiêu": "target",
}
MAX_ERRORS_SHOWN = 20


def _header(name: str) -> str:
    return _HEADERS.get(" ".join(unicodedata.normalize("NFC", name).lower().split()), name)


def parse_plan(text: str) -> list[PlanRow]:
    """Every row, or an :class:`InputFileError` listing the bad lines (nothing half-imported)."""
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise InputFileError("roadmap.plan_empty")
    try:
        dialect = csv.Sniffer().sniff(text.split("\n", 1)[0], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    header = [_header(h) for h in next(reader)]
    missing = [c for c in COLUMNS if c not in header]
    if missing:
        raise InputFileError("roadmap.plan_columns", missing=", ".join(missing), found=", ".join(header))
    index = {c: header.index(c) for c in COLUMNS}
    rows: list[PlanRow] = []
    problems: list[Message] = []
    seen: dict[tuple[int, str, str], int] = {}
    for values in reader:
        line = reader.line_num
        if not any(v.strip() for v in values):
            continue
        cells = {c: (values[i].strip() if i < len(values) else "") for c, i in index.items()}
        unit = unicodedata.normalize("NFC", cells["unit"])
        code = cells["procedure_code"]
        try:
            year = int(cells["year"])
            if not 1900 <= year <= 2200:
                raise ValueError
        except ValueError:
            problems.append(message("roadmap.plan_bad_year", line=line, value=cells["year"]))
            continue
        try:
            target = int(cells["target"])
            if target < 0:
                raise ValueError
        except ValueError:
            problems.append(message("roadmap.plan_bad_target", line=line, value=cells["target"]))
            continue
        key = (year, unit, code)
        if key in seen:
            problems.append(message("roadmap.plan_duplicate", line=line, first=seen[key]))
            continue
        seen[key] = line
        rows.append(PlanRow(year, unit, code, target))
    if problems:
        raise InputFileError("roadmap.plan_bad_rows", count=len(problems), lines=problems[:MAX_ERRORS_SHOWN],
                             more="; …" if len(problems) > MAX_ERRORS_SHOWN else "")
    if not rows:
        raise InputFileError("roadmap.plan_empty")
    return rows


def read_plan(path: Path) -> list[PlanRow]:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputFileError("input.not_found", path=str(path)) from None
    except OSError as exc:
        raise InputFileError("roadmap.plan_unreadable", path=str(path), detail=str(exc)) from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise InputFileError("roadmap.plan_not_utf8", path=str(path)) from None
    return parse_plan(text)


def plan_csv(rows: Iterable[PlanRow]) -> str:
    buffer = io.StringIO()
    writer = csvsafe.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for r in rows:
        writer.writerow([r.year, r.unit, r.procedure_code, r.target])
    return buffer.getvalue()

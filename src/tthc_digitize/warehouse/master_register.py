"""The master register (sổ gốc): import from CSV/XLSX, match to digitised results, revocations.

Columns are the JSON names (``code_number`` …) or the Vietnamese headers (``Số``, ``Ký hiệu`` …),
matched after folding, so ``NGÀY BAN HÀNH`` and ``ngay ban hanh`` are both ``issued_date``. A bad
row is reported with its line number and the rest is imported. Matching: number + date (and the
notation when both sides have one) first, then the folded holder name among results of the same
date or the same number (:mod:`.matching`). A revoked entry is an event with its date and reason,
and revokes the matched result.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from tthc_digitize.errors import InputFileError
from tthc_digitize.i18n import tr
from tthc_digitize.text import fold, normalise
from tthc_digitize.warehouse.columns import MASTER_COLUMNS
from tthc_digitize.warehouse.events import now
from tthc_digitize.warehouse.matching import match_all, propagate_status
from tthc_digitize.warehouse.service import Warehouse

EXTRA_COLUMNS = ["revoked_on", "revoked_reason"]
VIETNAMESE_HEADERS = {
    "Số": "code_number", "Ký hiệu": "code_notation", "Ngày ban hành": "issued_date", "Loại văn bản": "type_name",
    "Trích yếu": "subject", "Người được cấp": "holder_name", "Mã định danh": "holder_id",
    "Loại định danh": "holder_id_type", "Mã TTHC": "procedure_code", "Đơn vị": "unit", "Hiệu lực từ": "valid_from",
    "Hiệu lực đến": "valid_until", "Tình trạng": "status", "Quyển số": "register_volume",
    "Số thứ tự": "register_entry", "Ngày thu hồi": "revoked_on", "Lý do thu hồi": "revoked_reason",
}
_HEADERS = {fold(k): v for k, v in VIETNAMESE_HEADERS.items()} | {c: c for c in MASTER_COLUMNS + EXTRA_COLUMNS}
_STATUS = {"valid": "valid", "con hieu luc": "valid", "expired": "expired", "het hieu luc": "expired",
           "revoked": "revoked", "da thu hoi": "revoked", "thu hoi": "revoked", "da huy": "revoked"}
_ID_TYPES = {"cccd": "cccd", "can cuoc cong dan": "cccd", "can cuoc": "cccd", "cmnd": "cmnd", "tax_code": "tax_code",
             "ma so thue": "tax_code", "mst": "tax_code", "ma so doanh nghiep": "tax_code", "passport": "passport",
             "ho chieu": "passport"}
DATE_COLUMNS = ("issued_date", "valid_from", "valid_until", "revoked_on")
# No register cell (a subject, a holder's name) comes near this; a longer one is refused with its row.
MAX_CELL = 10_000
# csv's own limit (128 KB) raised an error that stopped the whole import; this one only guards memory.
CSV_FIELD_LIMIT = 16 * 1024 * 1024


class RowError(Exception):
    def __init__(self, key: str, **params: Any) -> None:
        super().__init__(key)
        self.key, self.params = key, params


@dataclass
class ImportReport:
    source: str
    rows: int = 0
    added: int = 0
    updated: int = 0
    revoked: int = 0
    matched: int = 0
    bad_rows: list[tuple[int, str, dict[str, Any]]] = field(default_factory=list)

    def to_dict(self, lang: str) -> dict[str, Any]:
        return {
            "source": self.source, "rows": self.rows, "added": self.added, "updated": self.updated,
            "revoked": self.revoked, "matched": self.matched,
            "bad_rows": [{"line": line, "message": tr(key, lang, **params)} for line, key, params in self.bad_rows],
        }


def _rows(path: Path) -> Iterator[tuple[int, dict[str, Any] | RowError]]:
    """(line number, header -> raw value) for each data row, or the RowError of a row that cannot be
    read at all (a field over CSV_FIELD_LIMIT; a long cell within it is refused by ``_check_cells``)."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        # csv's limit is process-wide: raised for this file only, so the manifest reader keeps its own
        previous = csv.field_size_limit(max(csv.field_size_limit(), CSV_FIELD_LIMIT))
        try:
            with path.open(encoding="utf-8-sig", newline="") as fh:
                reader = csv.DictReader(fh)
                try:
                    headers = reader.fieldnames or []
                except csv.Error as exc:
                    raise InputFileError("register.bad_csv", path=str(path), detail=str(exc)) from None
                _check_headers(path, headers)
                last = reader.line_num
                while True:
                    try:
                        row = next(reader)
                    except StopIteration:
                        break
                    except csv.Error as exc:  # a field over the limit: that row is refused, the reader goes on
                        yield last + 1, RowError("register.bad_field", detail=str(exc))
                        last = max(reader.line_num, last + 1)
                        continue
                    last = reader.line_num
                    yield reader.line_num, row
        except UnicodeDecodeError:
            raise InputFileError("register.not_utf8", path=str(path)) from None
        finally:
            csv.field_size_limit(previous)
    elif suffix in (".xlsx", ".xlsm"):
        import openpyxl  # heavy: only a spreadsheet register needs it, and it costs every other command its import time

        def bad(exc: Exception) -> InputFileError:
            return InputFileError("register.bad_xlsx", path=str(path), detail=f"{type(exc).__name__}: {exc}")

        try:
            book = openpyxl.load_workbook(path, read_only=True, data_only=True)
        except Exception as exc:  # openpyxl raises zipfile, KeyError and its own errors on a bad file
            raise bad(exc) from None
        try:
            # read-only mode parses the sheet lazily: a damaged sheet fails while rows are read, with
            # whatever the XML parser or openpyxl raise (found by tests/test_fuzz.py)
            try:
                rows = book.worksheets[0].iter_rows(values_only=True)
                headers = [str(h) if h is not None else "" for h in next(rows, [])]
            except Exception as exc:  # noqa: BLE001
                raise bad(exc) from None
            _check_headers(path, headers)
            number = 1
            while True:
                try:
                    values = next(rows)
                except StopIteration:
                    break
                except Exception as exc:  # noqa: BLE001 - the whole file is refused: nothing is imported from it
                    raise bad(exc) from None
                number += 1
                if any(v not in (None, "") for v in values):
                    yield number, dict(zip(headers, values))
        finally:
            book.close()
    else:
        raise InputFileError("register.bad_type", path=str(path))


def _column(header: str) -> str | None:
    return _HEADERS.get(fold(header or "").strip().replace(" ", "_")) or _HEADERS.get(fold(header or "").strip())


def _check_headers(path: Path, headers: list[str]) -> None:
    columns = {_column(h) for h in headers}
    missing = [c for c in ("code_number", "issued_date") if c not in columns]
    if missing:
        raise InputFileError("register.missing_columns", path=str(path), columns=", ".join(missing))


def _date(value: Any, column: str) -> str | None:
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    for pattern, order in ((r"(\d{4})-(\d{1,2})-(\d{1,2})", "ymd"), (r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", "dmy")):
        match = re.fullmatch(pattern, text)
        if match:
            parts = dict(zip(order, map(int, match.groups())))
            try:
                return date(parts["y"], parts["m"], parts["d"]).isoformat()
            except ValueError:
                break
    raise RowError("register.bad_date", column=column, value=text)


def parse_row(raw: dict[str, Any]) -> dict[str, Any]:
    entry: dict[str, Any] = {}
    for header, value in raw.items():
        column = _column(header or "")
        if column is None:
            continue
        if isinstance(value, float) and value.is_integer():
            value = int(value)  # spreadsheets store "245" as 245.0
        if column in DATE_COLUMNS:
            entry[column] = _date(value, column)
        else:
            text = normalise(str(value)).strip() if value not in (None, "") else ""
            entry[column] = text or None
    if not entry.get("code_number"):
        raise RowError("register.missing_value", column="code_number")
    if not entry.get("issued_date"):
        raise RowError("register.missing_value", column="issued_date")
    status = entry.get("status")
    if status:
        if fold(status) not in _STATUS:
            raise RowError("register.bad_status", value=status)
        entry["status"] = _STATUS[fold(status)]
    else:
        entry["status"] = "valid"
    if entry.get("holder_id_type"):
        kind = _ID_TYPES.get(fold(entry["holder_id_type"]))
        if kind is None:
            raise RowError("register.bad_id_type", value=entry["holder_id_type"])
        entry["holder_id_type"] = kind
    if entry["status"] == "revoked" and not entry.get("revoked_on"):
        raise RowError("register.revoked_without_date")
    return entry


def parsed_rows(path: Path) -> Iterator[tuple[int, dict[str, Any] | RowError]]:
    """(line number, parsed entry or the reason the row is refused) for each data row."""
    for line, raw in _rows(path):
        if isinstance(raw, RowError):
            yield line, raw
            continue
        try:
            _check_cells(raw)
            yield line, parse_row(raw)
        except RowError as exc:
            yield line, exc


def _check_cells(raw: dict[str, Any]) -> None:
    longest = max((len(v) for v in raw.values() if isinstance(v, str)), default=0)
    if longest > MAX_CELL:
        raise RowError("csv.cell_too_long", size=longest, limit=MAX_CELL)


def import_register(wh: Warehouse, path: Path) -> ImportReport:
    """Every good row in one transaction (all or nothing for the good rows); then matching."""
    if not path.is_file():
        raise InputFileError("input.not_found", path=str(path))
    report = ImportReport(source=str(path))
    at = now()
    parsed: list[tuple[int, dict[str, Any]]] = []
    for line, entry in parsed_rows(path):
        report.rows += 1
        if isinstance(entry, RowError):
            report.bad_rows.append((line, entry.key, entry.params))
        else:
            parsed.append((line, entry))
    with wh.writing(), wh.repo.transaction():
        for line, entry in parsed:
            entry_id, old = wh.repo.upsert_master_entry(
                {**entry, "source_file": path.name, "source_line": line, "imported_at": at}
            )
            if old is None:
                report.added += 1
            elif any(old.get(k) != entry.get(k) for k in entry):
                report.updated += 1
            if entry["status"] == "revoked" and (old is None or old.get("status") != "revoked"):
                report.revoked += 1
                wh.repo.record_event("revoked", None, {
                    "register_entry": entry_id, "code_number": entry["code_number"],
                    "code_notation": entry.get("code_notation"), "issued_date": entry["issued_date"],
                    "revoked_on": entry["revoked_on"], "reason": entry.get("revoked_reason")}, wh.actor, at)
        report.matched = match_all(wh.repo)
        for entry in wh.repo.revoked_matched_entries():
            propagate_status(wh.repo, entry["id"], wh.actor)
        wh.repo.record_event("register_import", None, {"source": path.name, "rows": report.rows, "added": report.added,
                                                       "updated": report.updated, "bad_rows": len(report.bad_rows)},
                             wh.actor, at)
    return report

"""A clerk's manifest CSV: per-file values (dossier code, procedure, register entry …) that override
or complete what extraction finds.

Columns: ``file`` (the input's name, or its path relative to the scanned folder) and any record field
in snake_case. Every value is checked against the schema when the CSV is read, so a typo stops the
batch before any work instead of leaving a file without its XML.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from tthc_digitize.errors import InputFileError, UsageError
from tthc_digitize.extract.field import Field
from tthc_digitize.metadata.values import GIVEN_FIELDS, as_text, given_value


@dataclass(frozen=True)
class Row:
    line: int
    file: str
    values: dict[str, str]


@dataclass
class Matched:
    by_input: dict[Path, Row] = field(default_factory=dict)
    unmatched: list[Row] = field(default_factory=list)


def read_manifest(path: Path) -> list[Row]:
    try:
        text = path.read_bytes().decode("utf-8-sig")  # spreadsheets save UTF-8 with a BOM
    except FileNotFoundError:
        raise InputFileError("input.not_found", path=str(path)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputFileError("manifest.unreadable", path=str(path), detail=str(exc)) from None
    try:  # spreadsheets in a Vietnamese locale save with ";"
        dialect = csv.Sniffer().sniff(text.splitlines()[0] if text else ",", delimiters=",;\t")
    except csv.Error:  # a single column
        dialect = csv.excel
    try:
        rows = _read(path, text, dialect)
    except csv.Error as exc:  # a field over csv's 128 KiB limit: no manifest cell is that long
        raise InputFileError("manifest.unreadable", path=str(path), detail=str(exc)) from None
    return rows


def _read(path: Path, text: str, dialect) -> list[Row]:
    reader = csv.DictReader(text.splitlines(), dialect=dialect)
    columns = [c.strip() for c in reader.fieldnames or []]
    if "file" not in columns:
        raise UsageError("manifest.no_file_column", path=str(path))
    unknown = [c for c in columns if c != "file" and c not in GIVEN_FIELDS]
    if unknown:
        raise UsageError("manifest.unknown_columns", path=str(path), columns=", ".join(unknown),
                         known=", ".join(GIVEN_FIELDS))
    rows: list[Row] = []
    seen: dict[str, int] = {}
    for number, raw in enumerate(reader, start=2):
        values = {k.strip(): (v or "").strip() for k, v in raw.items() if k is not None}
        name = values.pop("file", "")
        if not name and not any(values.values()):
            continue  # a blank line at the end of a spreadsheet export
        if not name:
            raise UsageError("manifest.no_file", path=str(path), line=number)
        if name in seen:
            raise UsageError("manifest.duplicate", path=str(path), line=number, file=name, other=seen[name])
        seen[name] = number
        for column, text in values.items():
            try:
                given_value(column, text)
            except UsageError as exc:
                raise UsageError("manifest.bad_value", path=str(path), line=number, detail=exc.message) from None
        rows.append(Row(number, name, {k: v for k, v in values.items() if v}))
    return rows


def match_rows(rows: list[Row], files: list[tuple[Path, Path]]) -> Matched:
    """Each row to the input it names: by path relative to the scanned folder, else by file name
    when only one input has it."""
    by_rel = {rel.as_posix(): path for path, rel in files}
    by_name: dict[str, list[Path]] = {}
    for path, rel in files:
        by_name.setdefault(rel.name, []).append(path)
    matched = Matched()
    for row in rows:
        key = PurePosixPath(row.file.replace("\\", "/")).as_posix()
        path = by_rel.get(key) or (by_name[key][0] if len(by_name.get(key, [])) == 1 else None)
        if path is None:
            matched.unmatched.append(row)
        else:
            matched.by_input[path] = row
    return matched


def apply_given(fields: dict[str, Field], manifest: dict[str, str], batch: dict[str, str]) -> dict[str, Field]:
    """Manifest values win over extraction; batch flags fill in what the manifest leaves empty."""
    merged = dict(fields)
    for source, values in (("batch", batch), ("manifest", manifest)):
        for name, text in values.items():
            if text:
                merged[name] = Field(as_text(given_value(name, text)), 1.0, source=source)
    return merged

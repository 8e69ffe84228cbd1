"""The append-only review log, ``DIR/.tthc/review.jsonl``: one line per field a clerk set or accepted
(result ID, field, machine value and confidence, clerk's value, who, when in +07:00).

The log is the truth about corrections; the XML is derived from the fields file plus the log, so a
re-run of the metadata step (a new manifest, say) keeps what the clerk decided."""

from __future__ import annotations

import json
import os
from dataclasses import replace
from pathlib import Path

from tthc_digitize.extract.field import Field
from tthc_digitize.extract.rules import needs_review
from tthc_digitize.metadata.fieldsfile import FieldsFile
from tthc_digitize.outfolder import STATE_DIR

LOG_NAME = "review.jsonl"


def log_path(folder: Path) -> Path:
    return folder / STATE_DIR / LOG_NAME


def result_id(folder: Path, pdf: Path) -> str:
    return pdf.relative_to(folder).with_suffix("").as_posix()


def append(folder: Path, entries: list[dict]) -> None:
    """All lines of one command in one write, then fsync: a crash keeps all of them or none but
    the last torn line, which readers skip."""
    path = log_path(folder)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in entries)
    with path.open("a+b") as fh:
        fh.seek(0, os.SEEK_END)
        if fh.tell():
            fh.seek(-1, os.SEEK_END)
            if fh.read(1) != b"\n":
                data = "\n" + data  # end a line torn by a crash, so this one is not glued to it
        fh.write(data.encode("utf-8"))
        fh.flush()
        os.fsync(fh.fileno())


def entries(folder: Path) -> list[dict]:
    path = log_path(folder)
    if not path.is_file():
        return []
    found = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            found.append(json.loads(line))
        except ValueError:
            continue  # a line torn by a crash mid-write
    return found


def review_history(folder: Path, stem: str) -> list[dict]:
    """Every correction and acceptance of one result, oldest first (for the warehouse's event log)."""
    return [e for e in entries(Path(folder)) if e.get("id") == stem]


def replay(folder: Path, rid: str, data: FieldsFile, log: list[dict] | None = None) -> tuple[dict[str, Field], list[str]]:
    """The fields as the clerk left them: the fields file with the log's decisions on top. Lines made
    for another scan that had the same name are ignored."""
    fields = dict(data.fields)
    decided: set[str] = set()
    for entry in entries(folder) if log is None else log:
        if entry.get("id") != rid or entry.get("source_sha256") != data.source_sha256:
            continue
        name = entry["field"]
        base = fields.get(name, Field(None, 0.0))
        fields[name] = replace(base, value=entry["clerk_value"], confidence=1.0, source="clerk")
        decided.add(name)
    return fields, [name for name in needs_review(fields) if name not in decided]

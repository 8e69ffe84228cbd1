"""Listing, showing and correcting the results of an ingest output folder."""

from __future__ import annotations

import getpass
from dataclasses import dataclass, replace
from pathlib import Path

from tthc_digitize import clock
from tthc_digitize.errors import InputFileError, OutputError, UsageError
from tthc_digitize.extract.field import Field
from tthc_digitize.fault import fault_point
from tthc_digitize.fsio import write_atomically
from tthc_digitize.metadata import fieldsfile
from tthc_digitize.metadata.build import REQUIRED, Conversion, missing, record_from
from tthc_digitize.metadata.values import GIVEN_FIELDS, as_text, given_value
from tthc_digitize.metadata.xml import to_xml
from tthc_digitize.outfolder import STATE_DIR, locked
from tthc_digitize.review import log


@dataclass(frozen=True)
class Result:
    folder: Path
    id: str
    data: fieldsfile.FieldsFile  # as found by the machine (and the manifest)
    fields: dict[str, Field]  # as the clerk left them
    needs_review: list[str]

    @property
    def pdf(self) -> Path:
        return self.folder / f"{self.id}.pdf"

    @property
    def xml(self) -> Path:
        return self.folder / f"{self.id}.xml"

    @property
    def worst(self) -> float:
        return min((self.fields[n].confidence for n in self.needs_review), default=1.0)


def _results(folder: Path) -> list[Result]:
    if not folder.is_dir():
        raise InputFileError("input.not_found", path=str(folder))
    history = log.entries(folder)
    found = []
    for path in sorted(folder.rglob(f"*{fieldsfile.SUFFIX}")):
        if STATE_DIR in path.relative_to(folder).parts:
            continue
        pdf = path.with_name(path.name[: -len(fieldsfile.SUFFIX)] + ".pdf")
        rid = log.result_id(folder, pdf)
        data = fieldsfile.load(path)
        fields, flagged = log.replay(folder, rid, data, history)
        found.append(Result(folder, rid, data, fields, flagged))
    return found


def flagged(folder: Path) -> list[Result]:
    """Results with fields to check, worst first: most flagged fields, then the lowest confidence."""
    results = _results(folder)
    if not results:
        raise InputFileError("review.no_results", folder=str(folder))
    return sorted((r for r in results if r.needs_review), key=lambda r: (-len(r.needs_review), r.worst, r.id))


def result(folder: Path, rid: str) -> Result:
    rid = rid.removesuffix(".pdf")
    path = folder / f"{rid}{fieldsfile.SUFFIX}"
    if not path.is_file():
        raise InputFileError("review.unknown_id", id=rid, folder=str(folder))
    data = fieldsfile.load(path)
    fields, review = log.replay(folder, rid, data)
    return Result(folder, rid, data, fields, review)


@dataclass(frozen=True)
class Saved:
    result: Result
    xml: Path | None  # None: the record cannot be written yet
    missing: list[str]  # required fields still empty
    no_agency: bool  # the digitising agency is not known (neither at ingest nor in the config now)
    changed: list[str]


def set_fields(folder: Path, rid: str, changes: dict[str, str], by: str | None = None, agency: str = "") -> Saved:
    """A clerk's values for some fields. Every value is checked first, then the whole record
    against the XSD; only then are the log lines appended and the XML replaced, so a refused value
    changes nothing."""
    if not changes:
        raise UsageError("review.nothing_to_set")
    with locked(folder):
        current = result(folder, rid)
        values = {}
        for name, text in changes.items():
            if name not in GIVEN_FIELDS:
                raise UsageError("values.unknown_field", field=name, known=", ".join(GIVEN_FIELDS))
            values[name] = as_text(given_value(name, text))
            if values[name] is None and name in REQUIRED:
                raise UsageError("review.required_empty", field=name)  # the XML would go stale
        return _save(current, values, "set", by, agency)


def accept(folder: Path, rid: str, by: str | None = None, agency: str = "") -> Saved:
    """The clerk has checked the flagged fields and they are right as they are."""
    with locked(folder):
        current = result(folder, rid)
        if not current.needs_review:
            raise UsageError("review.nothing_flagged", id=rid)
        gaps = [n for n in current.needs_review if current.fields[n].value is None and n in REQUIRED]
        if gaps:
            raise UsageError("review.accept_missing", id=rid, fields=", ".join(gaps))
        return _save(current, {n: current.fields[n].value for n in current.needs_review}, "accept", by, agency)


def _save(current: Result, values: dict[str, str | None], action: str, by: str | None, agency: str) -> Saved:
    fields = {**current.fields, **{n: replace(current.fields.get(n, Field(None, 0.0)), value=v, confidence=1.0, source="clerk")
                                  for n, v in values.items()}}
    conversion = current.data.conversion
    if not conversion.agency and agency:
        conversion = replace(conversion, agency=agency)  # no agency at ingest: the clerk's config gives it now
    plain = {n: f.value for n, f in fields.items()}
    gaps = missing(plain)
    xml = None if gaps or not conversion.agency else _xml_bytes(plain, conversion)  # raises if invalid
    when = clock.iso(clock.now())
    who = by or _user()
    machine = current.data.fields
    # a decision already in the log is not logged again: the log is the truth and the XML derives
    # from it, so re-running a command killed between the two only has the XML left to write
    values = {n: v for n, v in values.items()
              if not (n in current.fields and current.fields[n].source == "clerk" and current.fields[n].value == v)}
    if values:
        log.append(current.folder, [
            {"id": current.id, "field": n, "action": action,
             "machine_value": machine[n].value if n in machine else None,
             "machine_confidence": machine[n].confidence if n in machine else None,
             "clerk_value": v, "by": who, "at": when, "source_sha256": current.data.source_sha256}
            for n, v in values.items()
        ])
    fault_point("review.logged")
    if xml is not None:
        write_atomically(current.xml, xml)
    after = result(current.folder, current.id)
    return Saved(after, current.xml if xml is not None else None, gaps, not conversion.agency, list(values))


def _user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name in some containers
        return "?"


def _xml_bytes(values: dict[str, str | None], conversion: Conversion) -> bytes:
    try:
        return to_xml(record_from(values, conversion))
    except OutputError as exc:
        raise UsageError("review.record_invalid", detail=exc.params.get("detail", "")) from None

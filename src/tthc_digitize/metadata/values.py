"""Field values given by people (a manifest CSV, a clerk's correction): parsed to the record's types
and checked against the XSD one field at a time, so a bad value is refused with its field named
(domain core: no I/O)."""

from __future__ import annotations

import typing
from datetime import date, datetime
from functools import cache

from tthc_digitize.errors import OutputError, UsageError
from tthc_digitize.metadata.record import XML_PATHS, ResultRecord
from tthc_digitize.metadata.xml import to_xml
from tthc_digitize.text import normalise

# Written by the pipeline from the file itself; nobody types these in.
PIPELINE_FIELDS = frozenset({
    "page_amount", "conversion_time", "conversion_agency", "file_name", "file_sha256", "file_pages", "file_dpi",
})
# Fields a manifest row or a clerk may give: every record field the pipeline does not own, plus the
# place of issue, which extraction finds but the record does not carry.
GIVEN_FIELDS = tuple(f for f in XML_PATHS if f not in PIPELINE_FIELDS) + ("place",)


@cache
def _kinds(field: str) -> set[type]:
    hint = typing.get_type_hints(ResultRecord)[field]
    return set(typing.get_args(hint)) or {hint}


def parse_value(field: str, text: str | None) -> object:
    """``""`` or None clears a field; dates take ``2030-12-31`` or ``31/12/2030``. Raises UsageError."""
    if field not in GIVEN_FIELDS:
        raise UsageError("values.unknown_field", field=field, known=", ".join(GIVEN_FIELDS))
    text = normalise(text or "").strip()
    if not text:
        return None
    if field == "place":
        return text
    kinds = _kinds(field)
    try:
        if date in kinds:
            if "/" in text:
                day, month, year = text.split("/")
                return date(int(year), int(month), int(day))
            return date.fromisoformat(text)
        if int in kinds:
            return int(text)
    except ValueError as exc:
        raise UsageError("values.bad_value", field=field, value=text, detail=str(exc)) from None
    return text


_PROBE = dict(
    type_name="GIẤY PHÉP", code_number="1", code_notation="GP", issued_date=date(2020, 1, 1), organ_name="X",
    subject="X", page_amount=1, conversion_time=datetime.fromisoformat("2020-01-01T00:00:00+07:00"),
    conversion_agency="X", file_name="x.pdf", file_sha256="0" * 64, file_pages=1, holder_name="X",
    signer_position="X", signer_full_name="X", register_volume="1", register_entry="1", register_year=2020,
    organ_id="000.00.00.H30", file_catalog=1, file_notation="1",
)


def check_value(field: str, value: object) -> None:
    """Refuse a value the schema would refuse, naming the field (UsageError ``values.bad_value``)."""
    if field == "place" or value is None:
        return

    try:
        to_xml(ResultRecord(**{**_PROBE, field: value}))
    except OutputError as exc:
        raise UsageError("values.bad_value", field=field, value=value, detail=exc.params.get("detail", "")) from None


def given_value(field: str, text: str | None) -> object:
    value = parse_value(field, text)
    check_value(field, value)
    return value


def as_text(value: object) -> str | None:
    """A typed value as the fields file and the JSON output write it (dates ISO 8601)."""
    if value is None:
        return None
    return value.isoformat() if isinstance(value, date) else str(value)

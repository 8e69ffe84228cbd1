"""A result record from field values plus what the pipeline knows about the file (domain core: no I/O)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, datetime

from tthc_digitize.metadata.record import ResultRecord
from tthc_digitize.metadata.values import PIPELINE_FIELDS, parse_value

REQUIRED = ("type_name", "code_number", "code_notation", "issued_date", "organ_name", "subject")


@dataclass(frozen=True)
class Conversion:
    """The produced file and who converted it when: kept beside the fields, so the record can be
    rebuilt after a clerk's correction without touching the PDF."""

    file_name: str
    sha256: str
    pages: int
    dpi: int | None
    time: datetime
    agency: str = ""
    agency_code: str | None = None
    operator: str | None = None

    def to_dict(self) -> dict:
        return {**asdict(self), "time": self.time.isoformat(timespec="seconds")}

    @classmethod
    def from_dict(cls, data: dict) -> Conversion:
        return cls(**{**data, "time": datetime.fromisoformat(data["time"])})


def missing(values: dict[str, object]) -> list[str]:
    return [name for name in REQUIRED if values.get(name) in (None, "")]


def incomplete(values: dict[str, object]) -> tuple[str, dict] | None:
    """The warning that says which required fields keep the XML record from being written."""
    absent = tuple(missing(values))
    return ("meta.incomplete", {"fields": ", ".join(absent), "names": absent}) if absent else None


def record_from(values: dict[str, object], conversion: Conversion, today: date | None = None) -> ResultRecord:
    """``values``: field name -> text (as extracted or typed in) or typed value; fields the record
    does not carry (the place) are left out. Raises KeyError naming a missing required field and
    UsageError for a value that cannot be read."""
    for name in missing(values):
        raise KeyError(name)
    typed = {
        name: parse_value(name, value) if isinstance(value, str) else value
        for name, value in values.items()
        if name in ResultRecord.__dataclass_fields__ and name not in PIPELINE_FIELDS
    }
    typed = {name: value for name, value in typed.items() if value is not None}
    until = typed.get("valid_until")
    today = today or conversion.time.date()
    typed.setdefault("validity_status", "expired" if until and until < today else "valid")
    typed.setdefault("conversion_agency_code", conversion.agency_code or None)
    typed.setdefault("conversion_operator", conversion.operator or None)
    return ResultRecord(
        **typed,
        page_amount=conversion.pages,
        conversion_time=conversion.time,
        conversion_agency=conversion.agency,
        file_name=conversion.file_name,
        file_sha256=conversion.sha256,
        file_pages=conversion.pages,
        file_dpi=conversion.dpi,
    )

"""A result record from extracted fields plus what the pipeline knows (domain core: no I/O)."""

from __future__ import annotations

from datetime import date, datetime

from tthc_digitize.extract.rules import Field
from tthc_digitize.metadata.record import ResultRecord

REQUIRED = ("type_name", "code_number", "code_notation", "issued_date", "organ_name", "subject")


def missing(fields: dict[str, Field]) -> list[str]:
    return [name for name in REQUIRED if not fields[name].value]


def record_from(
    fields: dict[str, Field],
    *,
    file_name: str,
    sha256: str,
    pages: int,
    dpi: int | None,
    converted: datetime,
    agency: str,
    operator: str | None = None,
    today: date | None = None,
) -> ResultRecord:
    """Raises KeyError naming a required field that extraction did not find."""
    value = {name: f.value for name, f in fields.items()}
    for name in missing(fields):
        raise KeyError(name)
    until = date.fromisoformat(value["valid_until"]) if value["valid_until"] else None
    today = today or converted.date()
    return ResultRecord(
        type_name=value["type_name"],
        code_number=value["code_number"],
        code_notation=value["code_notation"],
        issued_date=date.fromisoformat(value["issued_date"]),
        organ_name=value["organ_name"],
        subject=value["subject"],
        page_amount=pages,
        signer_position=value["signer_position"],
        signer_full_name=value["signer_full_name"],
        holder_name=value["holder_name"],
        holder_id=value["holder_id"],
        holder_id_type=value["holder_id_type"],
        valid_until=until,
        validity_status="expired" if until and until < today else "valid",
        conversion_time=converted,
        conversion_agency=agency,
        conversion_operator=operator,
        file_name=file_name,
        file_sha256=sha256,
        file_pages=pages,
        file_dpi=dpi,
    )

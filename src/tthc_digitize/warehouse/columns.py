"""Names a register row is made of, whatever database holds it: the object's logical files and their
path columns, the result and master-register columns, and the object identifier.

Object identifier: ``{agency code}/{number}/{notation}/{issued date}/{issuer key}``, e.g.
``000.00.00.H30/245/GP-BTNMT/2020-01-05/5f0c2a9e``: the keeping agency's code, the document number
and notation as printed (spaces removed, notation upper-case), the ISO issue date, and the first 8
hex digits of SHA-256 of the folded issuing agency's name (two People's Committees both issue
``12/QĐ-UBND`` on the same day).
"""

from __future__ import annotations

import dataclasses
import hashlib
import re

from tthc_digitize.metadata.record import ResultRecord
from tthc_digitize.text import fold, normalise

PDF, XML, TEXT, EVENTS = "result.pdf", "result.xml", "result.txt", "events.jsonl"
PATH_COLUMNS = {PDF: "pdf_path", XML: "xml_path", TEXT: "text_path"}
RECORD_FIELDS = [f.name for f in dataclasses.fields(ResultRecord)]
MASTER_COLUMNS = [
    "code_number", "code_notation", "issued_date", "type_name", "subject", "holder_name", "holder_id",
    "holder_id_type", "procedure_code", "unit", "valid_from", "valid_until", "status", "register_volume",
    "register_entry",
]
# the copy register (sổ cấp bản sao) and the certification register (sổ chứng thực)
COPY_KINDS = ("copies", "certifications")


def object_id(agency_code: str, record: ResultRecord) -> str:
    number = re.sub(r"\s+", "", normalise(record.code_number))
    notation = re.sub(r"\s+", "", normalise(record.code_notation)).upper()
    issuer = hashlib.sha256(" ".join(fold(record.organ_name).split()).encode()).hexdigest()[:8]
    return f"{agency_code}/{number}/{notation}/{record.issued_date.isoformat()}/{issuer}"


def copy_table(kind: str) -> str:
    """The table of a copy register: checked, since adapters write it into SQL."""
    if kind not in COPY_KINDS:
        raise ValueError(f"no copy register {kind!r}")
    return kind

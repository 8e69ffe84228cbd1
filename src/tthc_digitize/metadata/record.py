"""The record of one digitised result (domain core: no I/O).

Field names are the snake_case forms of the XML names (``CodeNumber`` -> ``code_number``), as the
JSON output uses them; :data:`XML_PATHS` is the one place that ties the two together.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass
class ResultRecord:
    type_name: str
    code_number: str
    code_notation: str
    issued_date: date
    organ_name: str
    subject: str
    page_amount: int
    conversion_time: datetime
    conversion_agency: str
    file_name: str
    file_sha256: str
    file_pages: int
    validity_status: str = "valid"  # valid, expired, revoked
    language: str = "Tiếng Việt"
    organ_id: str | None = None
    file_catalog: int | None = None
    file_notation: str | None = None
    doc_ordinal: int | None = None
    description: str | None = None
    signer_position: str | None = None
    signer_full_name: str | None = None
    procedure_code: str | None = None
    dossier_code: str | None = None
    holder_id: str | None = None
    holder_id_type: str | None = None  # cccd, cmnd, tax_code, passport
    holder_name: str | None = None
    valid_from: date | None = None
    valid_until: date | None = None
    validity_scope: str | None = None
    register_volume: str | None = None
    register_entry: str | None = None
    register_year: int | None = None
    conversion_agency_code: str | None = None
    conversion_operator: str | None = None
    file_dpi: int | None = None


# field -> element path under KetQuaSoHoa, in schema order (the XSD is a sequence)
XML_PATHS: dict[str, str] = {
    "organ_id": "FileCode/OrganId",
    "file_catalog": "FileCode/FileCatalog",
    "file_notation": "FileCode/FileNotation",
    "doc_ordinal": "DocOrdinal",
    "type_name": "TypeName",
    "code_number": "CodeNumber",
    "code_notation": "CodeNotation",
    "issued_date": "IssuedDate",
    "organ_name": "OrganName",
    "subject": "Subject",
    "language": "Language",
    "page_amount": "PageAmount",
    "description": "Description",
    "signer_position": "SignerInfo/Position",
    "signer_full_name": "SignerInfo/FullName",
    "procedure_code": "ProcedureCode",
    "dossier_code": "DossierCode",
    "holder_id": "Holder/Id",
    "holder_id_type": "Holder/IdType",
    "holder_name": "Holder/Name",
    "valid_from": "Validity/From",
    "valid_until": "Validity/Until",
    "validity_scope": "Validity/Scope",
    "validity_status": "Validity/Status",
    "register_volume": "Register/Volume",
    "register_entry": "Register/Entry",
    "register_year": "Register/Year",
    "conversion_time": "Conversion/Time",
    "conversion_agency": "Conversion/Agency",
    "conversion_agency_code": "Conversion/AgencyCode",
    "conversion_operator": "Conversion/Operator",
    "file_name": "File/Name",
    "file_sha256": "File/Sha256",
    "file_pages": "File/Pages",
    "file_dpi": "File/Dpi",
}

"""The XML record of one produced PDF, outside a batch (``tthc extract --xml``)."""

from __future__ import annotations

from pathlib import Path

import pymupdf

from tthc_digitize import clock
from tthc_digitize.errors import ConfigError, OutputError
from tthc_digitize.extract.field import Field
from tthc_digitize.fsio import write_atomically
from tthc_digitize.ingest.sources import sha256_file
from tthc_digitize.metadata.build import Conversion, missing, record_from
from tthc_digitize.metadata.xml import to_xml

def scan_dpi(pdf: Path) -> int | None:
    """The lowest resolution of the page images (born-digital pages have none)."""
    found = []
    with pymupdf.open(pdf) as doc:
        for page in doc:
            for info in page.get_image_info():
                width_in = (info["bbox"][2] - info["bbox"][0]) / 72
                if width_in > 0.5 * page.rect.width / 72:  # a page-sized image, not a logo
                    found.append(round(info["width"] / width_in))
        pages = doc.page_count
    return (min(found) if found else None) if pages else None


def xml_for_pdf(pdf: Path, fields: dict[str, Field], agency: str, agency_code: str = "") -> bytes:
    if not agency:
        raise ConfigError("extract.no_agency")
    values = {name: f.value for name, f in fields.items()}
    if missing(values):
        raise OutputError("extract.xml_missing", fields=", ".join(missing(values)))
    with pymupdf.open(pdf) as doc:
        pages = doc.page_count
    conversion = Conversion(pdf.name, sha256_file(pdf), pages, scan_dpi(pdf),
                            clock.now(), agency, agency_code or None)
    return to_xml(record_from(values, conversion))


def write_xml_for_pdf(pdf: Path, out: Path, fields: dict[str, Field], agency: str, agency_code: str = "") -> None:
    data = xml_for_pdf(pdf, fields, agency, agency_code)
    try:
        write_atomically(out, data)
    except OSError as exc:
        raise OutputError("output.write_failed", path=str(out), detail=str(exc)) from None

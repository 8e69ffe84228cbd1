"""``NAME.fields.json`` beside each produced PDF: the fields as found (value, confidence, review flag,
where on the page, where from) and the conversion facts, so a clerk's review can rebuild the XML
record without reading the PDF again. Written once per metadata run; corrections go to the review
log, never into this file."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from tthc_digitize.errors import InputFileError
from tthc_digitize.extract.field import Field
from tthc_digitize.metadata.build import Conversion

SUFFIX = ".fields.json"
VERSION = 1


@dataclass(frozen=True)
class FieldsFile:
    source_sha256: str  # the scan's SHA-256: corrections made to another scan of the same name don't apply
    conversion: Conversion
    fields: dict[str, Field]
    needs_review: list[str]


def path_for(pdf: Path) -> Path:
    return pdf.with_name(pdf.stem + SUFFIX)


def dumps(data: FieldsFile) -> bytes:
    doc = {
        "version": VERSION,
        "source_sha256": data.source_sha256,
        "conversion": data.conversion.to_dict(),
        "fields": {
            name: {
                "value": f.value, "confidence": round(f.confidence, 2), "needs_review": name in data.needs_review,
                "page": f.page, "box": [round(v, 1) for v in f.box] if f.box else None, "source": f.source,
            }
            for name, f in data.fields.items()
        },
        "needs_review": data.needs_review,
    }
    return (json.dumps(doc, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def load(path: Path) -> FieldsFile:
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
        fields = {
            name: Field(f["value"], f["confidence"], f.get("page"), tuple(f["box"]) if f.get("box") else None,
                        f.get("source", "extraction"))
            for name, f in doc["fields"].items()
        }
        return FieldsFile(doc["source_sha256"], Conversion.from_dict(doc["conversion"]), fields, list(doc["needs_review"]))
    except FileNotFoundError:
        raise InputFileError("input.not_found", path=str(path)) from None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise InputFileError("review.bad_fields_file", path=str(path), detail=f"{type(exc).__name__}: {exc}") from None

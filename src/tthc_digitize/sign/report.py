"""The validation report a clerk files: ``tthc verify --report`` and the page's download.

One dictionary (schema ``schemas/verify-report.schema.json``, id ``tthc-verify-report/1``) built from
:func:`verify.verify_file`'s report and the copy register's answer; the JSON file is that dictionary,
the PDF (:mod:`tthc_digitize.sign.report_pdf`) renders it. Per signature: the ETSI EN 319 102-1
indication and sub-indication as pyHanko's AdES processes gave them (with a Vietnamese explanation),
the certificate chain, the revocation data used and its source, and every change after it
(:mod:`tthc_digitize.sign.changes`). The register part is the public view only (the requester's
name masked, no ID numbers), so a report can be handed to whoever holds the copy.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from tthc_digitize import clock
from tthc_digitize.errors import UsageError
from tthc_digitize.fsio import write_atomically
from tthc_digitize.i18n import MESSAGES, tr
from tthc_digitize.sign.changes import describe

SCHEMA_ID = "tthc-verify-report/1"
SCHEMA_FILE = Path(__file__).resolve().parent.parent / "schemas" / "verify-report.schema.json"


def build(report, data: bytes, *, check=None, view: dict | None = None, lang: str = "vi") -> dict[str, Any]:
    """The report of ``report`` (a :class:`verify.Report` of the file whose bytes are ``data``), with
    the register's ``check`` (a :class:`copies.check.CopyCheck`) and its public ``view`` when known."""
    def change(c) -> dict:
        return {"kind": c.kind, "fields": list(c.fields), "size": c.size, "expected": c.expected,
                "text": describe(c, lang)}

    signatures = []
    for s in report.signatures:
        sub = s.subindication or ("FORMAT_FAILURE" if not s.readable else "GENERIC")  # unparseable: a format failure
        key = f"report.sub.{sub}"
        signatures.append({
            "kind": s.kind, "field": s.field, "signer": s.signer, "organisation": s.organisation,
            "signing_time": _iso(s.signing_time), "timestamp_time": _iso(s.timestamp_time), "level": s.level,
            "indication": s.indication or ("TOTAL-FAILED" if not s.readable else "INDETERMINATE"),
            "subindication": sub,
            "explanation": tr(key, lang) if key in MESSAGES else tr("report.sub.unknown", lang, name=sub),
            "intact": s.intact, "coverage": s.coverage, "modifications": s.modifications,
            "modifications_allowed": s.modifications_allowed, "chain": s.chain, "revoked_at": _iso(s.revoked_at),
            "offline": s.offline, "ok": s.ok, "certificates": s.certificates, "revocation": s.revocation,
            "changes": [change(c) for c in s.changes],
        })
    register = _register(check, view, data) if check is not None else None
    ok = report.ok and (register is None or register["ok"])
    return {
        "schema": SCHEMA_ID,
        "checked_at": clock.iso(clock.now()),
        "language": lang,
        "file": {"name": Path(report.path).name, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()},
        "verdict": report.verdict,
        "verdict_text": tr(f"verify.verdict.{report.verdict}", lang),
        "ok": ok,
        "trust_store": report.trust_store,
        "signatures": signatures,
        "changes": [change(c) for c in report.changes],
        "register": register,
    }


def with_register(data: dict[str, Any], check, view: dict | None, pdf: bytes) -> dict[str, Any]:
    """``data`` (a report built without the register, e.g. in the upload sandbox) with its answer."""
    register = _register(check, view, pdf)
    return {**data, "register": register, "ok": bool(data["verdict"] == "valid" and register["ok"])}


def _iso(moment) -> str | None:
    return clock.iso(moment) if moment else None


def _register(check, view: dict | None, data: bytes) -> dict[str, Any]:
    """The register's answer as four facts; ``None`` where the register's check stopped before one
    or it does not apply (a certified copy has no source)."""
    row = check.row
    found = check.status != "unknown"
    # the file this report covers (an upload, or the stored copy for a code) against the one issued
    matches = hashlib.sha256(data).hexdigest() == row["pdf_sha256"] if found else None
    source_valid = None
    if check.register == "copies" and check.status not in ("unknown", "revoked", "hash_mismatch"):
        source_valid = check.status != "source_revoked"
    return {"code": check.code, "status": check.status, "ok": check.ok and matches is not False, "in_register": found,
            "not_revoked": (not row.get("revoked_at")) if found else None, "sha256_matches": matches,
            "source_valid": source_valid, "public": view or {}}


def to_json(data: dict[str, Any]) -> bytes:
    return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")


def schema() -> dict[str, Any]:
    return json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))


def write(data: dict[str, Any], output: Path) -> Path:
    """``output`` (.json or .pdf) from the report ``data``."""
    suffix = Path(output).suffix.lower()
    if suffix == ".json":
        write_atomically(Path(output), to_json(data))
    elif suffix == ".pdf":
        # heavy: the PDF report loads the PDF/A assembly stack (pikepdf, PyMuPDF); JSON needs none of it
        from tthc_digitize.sign.report_pdf import render

        write_atomically(Path(output), render(data))
    else:
        raise UsageError("report.bad_suffix", path=str(output))
    return Path(output)

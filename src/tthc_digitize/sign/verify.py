"""``tthc verify``: a typed report on every signature and document timestamp in a PDF.

Signatures are validated with pyHanko's AdES long-term validation (ETSI EN 319 102-1 §5.6.3), which
uses the file's DSS and document timestamps as proof of existence: a signature made and timestamped
before its certificate was revoked stays valid, one made after does not. Nothing here raises for a
bad signature — everything is reported; only an unreadable file raises :class:`InputFileError`.

Every change made after a signature is named (:mod:`tthc_digitize.sign.changes`). Verdicts, worst
last: ``valid`` (exit 0; DSS, document timestamps and further signatures after a signature are listed
but expected), ``changed`` (exit 10: the signatures hold but something else was added after them — new
metadata, a new title, stray bytes), then ``untrusted``, ``unsigned``, ``altered`` (exit 9: what PAdES
forbids, or a broken signature) and ``unreadable`` (exit 3).
"""

from __future__ import annotations

import asyncio
import dataclasses
import io
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path

from tthc_digitize.errors import InputFileError
from tthc_digitize.sign.changes import Change, find_changes, signature_changes
from tthc_digitize.sign.signers import load_trust_roots

# overall verdicts, worst last
VERDICTS = ("valid", "changed", "untrusted", "unsigned", "altered", "unreadable")


@dataclass
class SignatureReport:
    kind: str  # "signature" | "timestamp" (a document timestamp)
    field: str
    readable: bool = True
    signer: str = ""
    organisation: str = ""
    signing_time: datetime | None = None  # what the signer's computer claimed
    timestamp_time: datetime | None = None  # from a TSA: the signature timestamp, or the document timestamp
    level: str | None = None  # B-B, B-T, B-LT, B-LTA (signatures only)
    intact: bool = False  # the signed bytes are unchanged and the signature maths holds
    coverage: str = "unclear"  # "whole_file" | "revision" (later updates follow) | "unclear"
    modifications: str | None = None  # after signing: none | lta_updates | form_filling | annotations | other
    modifications_allowed: bool = False
    chain: str = "unknown"  # trusted | untrusted | expired | revoked | revoked_after_signing | unknown
    revoked_at: datetime | None = None
    detail: str = ""
    subindication: str = ""  # the AdES sub-indication behind ``chain`` (ETSI EN 319 102-1), for experts
    offline: bool = False  # the chain was judged on the file's own validation data (responders unreachable)
    indication: str = ""  # ETSI EN 319 102-1: TOTAL-PASSED | INDETERMINATE | TOTAL-FAILED
    signed_end: int = 0  # where the signed revision ends in the file
    changed_fields: list[str] = field(default_factory=list)  # form fields pyHanko saw changed after signing
    changes: list = field(default_factory=list)  # changes.Change after this signature
    certificates: list[dict] = field(default_factory=list)  # the chain, signer first
    revocation: list[dict] = field(default_factory=list)  # the revocation data used, with its source

    @property
    def ok(self) -> bool:
        return (self.readable and self.intact and self.modifications_allowed
                and self.chain in ("trusted", "revoked_after_signing"))

    def to_dict(self) -> dict:
        data = asdict(self)
        for key, value in data.items():
            if isinstance(value, datetime):
                data[key] = value.isoformat()
        data["changes"] = [c.to_dict() for c in self.changes]
        data["ok"] = self.ok
        return data


@dataclass
class Report:
    path: Path
    signatures: list[SignatureReport] = field(default_factory=list)
    encrypted: bool = False
    trust_store: bool = False
    changes: list = field(default_factory=list)  # changes.Change after the first signature

    @property
    def unexpected_changes(self) -> list:
        return [c for c in self.changes if not c.expected]

    @property
    def verdict(self) -> str:
        sigs = self.signatures
        if not any(s.kind == "signature" for s in sigs):
            return "unreadable" if any(not s.readable for s in sigs) else "unsigned"
        if any(not s.readable for s in sigs):
            return "unreadable"
        if any(not s.intact or not s.modifications_allowed for s in sigs):
            return "altered"
        if all(s.ok for s in sigs):
            return "changed" if self.unexpected_changes else "valid"
        return "untrusted"

    @property
    def ok(self) -> bool:
        return self.verdict == "valid"

    def to_dict(self) -> dict:
        return {
            "path": str(self.path),
            "verdict": self.verdict,
            "ok": self.ok,
            "encrypted": self.encrypted,
            "trust_store": self.trust_store,
            "signatures": [s.to_dict() for s in self.signatures],
            "changes": [c.to_dict() for c in self.changes],
        }


def verify_file(path: Path, trust: Path | str | None = None, *, trust_roots=None) -> Report:
    """Verify every signature and document timestamp of ``path``. ``trust``: a PEM/DER file or a
    folder of them (the trust anchors); without one, no chain can be trusted."""
    from pyhanko.pdf_utils.reader import PdfFileReader  # heavy: pyHanko, loaded only when signing or validating

    path = Path(path)
    roots = trust_roots if trust_roots is not None else load_trust_roots(trust)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputFileError("input.not_found", path=f"{path} ({exc.strerror})") from None
    if not data.lstrip()[:5] == b"%PDF-":
        raise InputFileError("verify.not_pdf", path=str(path))
    report = Report(path=path, trust_store=bool(roots))
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        if reader.encrypted:
            report.encrypted = True
            result = reader.decrypt("")
            if not result or getattr(result, "status", None) is not None and result.status.name == "FAILED":
                raise InputFileError("verify.encrypted", path=str(path))
    except InputFileError:
        raise
    except Exception as exc:
        raise InputFileError("input.pdf_damaged", detail=f"{type(exc).__name__}: {exc}") from None
    try:
        embedded = reader.embedded_signatures
    except Exception as exc:  # a signature container pyHanko cannot parse: report it, do not crash
        report.signatures = _unreadable_fields(reader, f"{type(exc).__name__}: {exc}")
        return report
    lta_after = _doc_timestamp_revisions(embedded)
    with asyncio.Runner() as runner:
        for sig in embedded:
            report.signatures.append(runner.run(_check_one(sig, roots, reader, lta_after)))
    _name_changes(report, data)
    return report


def _name_changes(report: Report, data: bytes) -> None:
    signed = [s for s in report.signatures if s.readable and s.signed_end]
    if not signed:
        return
    first = min(s.signed_end for s in signed)
    report.changes = find_changes(data, {s.signed_end: (s.kind, s.field) for s in signed}, first)
    names = {s.field for s in report.signatures}
    filled = sorted({f for s in signed for f in s.changed_fields} - names)
    if filled:  # which revision filled them pyHanko does not say: after every signature that saw it
        report.changes.append(Change("form_fields", len(data), filled))
    for s in signed:
        s.changes = signature_changes(report.changes, s.signed_end)
        if filled and not set(filled) & set(s.changed_fields):
            s.changes = [c for c in s.changes if c.kind != "form_fields"]
        if s.intact and not s.modifications_allowed and s.coverage == "revision":
            # what pyHanko's difference analysis refused (new page content, annotations...): it does
            # not say in which revision, so it is named under the signature it judged
            s.changes.append(Change("content", len(data), [s.modifications or "unknown"]))
            report.changes.append(s.changes[-1])


def _unreadable_fields(reader, detail: str) -> list[SignatureReport]:
    from pyhanko.sign.fields import enumerate_sig_fields  # heavy: pyHanko, loaded only when signing or validating

    try:
        names = [name for name, value, _ in enumerate_sig_fields(reader, filled_status=True)]
    except Exception:
        names = ["?"]
    return [SignatureReport(kind="signature", field=name, readable=False, detail=detail[:300]) for name in names or ["?"]]


def _doc_timestamp_revisions(embedded) -> list[int]:
    out = []
    for sig in embedded:
        try:
            if sig.sig_object_type == "/DocTimeStamp":
                out.append(sig.signed_revision)
        except Exception:
            continue
    return out


async def _check_one(sig, roots, reader, doc_ts_revisions) -> SignatureReport:
    try:
        kind = "timestamp" if sig.sig_object_type == "/DocTimeStamp" else "signature"
        name = str(sig.field_name)
    except Exception as exc:
        return SignatureReport(kind="signature", field="?", readable=False, detail=f"{type(exc).__name__}: {exc}")
    item = SignatureReport(kind=kind, field=name)
    try:
        _, _, tail, tail_length = (int(x) for x in sig.byte_range)
        item.signed_end = tail + tail_length
        sig.signed_data  # noqa: B018 - parses the CMS container; garbage fails here
        cert = sig.signer_cert
    except Exception as exc:
        item.readable = False
        item.detail = f"{type(exc).__name__}: {exc}"
        return item
    subject = cert.subject.native
    item.signer = subject.get("common_name", "") or cert.subject.human_friendly
    item.organisation = subject.get("organization_name", "") or ""
    try:
        if kind == "timestamp":
            await _check_timestamp(sig, roots, item)
        else:
            item.signing_time = sig.self_reported_timestamp
            await _check_signature(sig, roots, reader, item, doc_ts_revisions)
    except (ImportError, NameError):
        raise  # our bug, not the file's
    except Exception as exc:  # pyHanko could not even run its checks: that is "unreadable", not a crash
        item.readable = False
        item.detail = f"{type(exc).__name__}: {exc}"
    return item


def _name(result) -> str:
    return getattr(result.ades_subindic, "name", str(result.ades_subindic))


async def _with_embedded_data_only(sig, spec, reader):
    from pyhanko.sign.validation import ades  # heavy: pyHanko, loaded only when signing or validating
    from pyhanko.sign.validation.policy_decl import (  # heavy: pyHanko, loaded only when signing or validating
        RevinfoOnlineFetchingRule,
        RevocationInfoGatheringSpec,
    )
    from pyhanko.sign.validation.status import (
        PdfSignatureStatus,  # heavy: pyHanko, loaded only when signing or validating
    )

    signature_spec = dataclasses.replace(
        spec.signature_validation_spec, local_knowledge=ades._dss_to_local_knowledge(reader),
        revinfo_gathering_policy=RevocationInfoGatheringSpec(online_fetching_rule=RevinfoOnlineFetchingRule.LOCAL_ONLY),
    )
    return await ades.ades_with_time_validation(
        sig.signed_data, signature_spec, raw_digest=sig.compute_digest(),
        extra_status_kwargs=sig.summarise_integrity_info(), status_cls=PdfSignatureStatus,
    )


def _spec(roots):
    from pyhanko.sign.validation.policy_decl import (  # heavy: pyHanko, loaded only when signing or validating
        PdfSignatureValidationSpec,
        RevocationInfoGatheringSpec,
        SignatureValidationSpec,
    )
    from pyhanko_certvalidator.context import (
        CertValidationPolicySpec,  # heavy: pyHanko's validator, loaded only when validating
    )
    from pyhanko_certvalidator.policy_decl import (  # heavy: pyHanko's validator, loaded only when validating
        CertRevTrustPolicy,
        RevocationCheckingPolicy,
        RevocationCheckingRule,
    )
    from pyhanko_certvalidator.registry import (
        SimpleTrustManager,  # heavy: pyHanko's validator, loaded only when validating
    )

    rule = RevocationCheckingRule.CHECK_IF_DECLARED
    policy = CertValidationPolicySpec(
        trust_manager=SimpleTrustManager.build(trust_roots=list(roots)),
        revinfo_policy=CertRevTrustPolicy(RevocationCheckingPolicy(rule, rule)),
    )
    return PdfSignatureValidationSpec(
        SignatureValidationSpec(cert_validation_policy=policy, revinfo_gathering_policy=RevocationInfoGatheringSpec())
    )


async def _check_signature(sig, roots, reader, item: SignatureReport, doc_ts_revisions) -> None:
    from pyhanko.sign.ades.report import (  # heavy: pyHanko, loaded only when signing or validating
        AdESFailure,
        AdESPassed,
    )
    from pyhanko.sign.validation import ades  # heavy: pyHanko, loaded only when signing or validating
    from pyhanko.sign.validation.status import (  # heavy: pyHanko, loaded only when signing or validating
        ModificationInfo,
        PdfSignatureStatus,
    )

    sig.compute_integrity_info()
    _coverage(item, sig.summarise_integrity_info())
    item.level = _level(sig, reader, doc_ts_revisions)
    spec = _spec(roots)
    result = None
    if item.level == "B-LTA":
        # the document timestamps are the proof of existence (ETSI EN 319 102-1 §5.6.3)
        result = await ades.ades_lta_validation(sig, spec)
    if result is None or result.ades_subindic != AdESPassed.OK:
        # pyHanko's LTA process needs a document timestamp and runs its past-validation step even
        # when the current-time result passed, failing it for lack of proof of existence; validation
        # with time (§5.5) over the signature timestamp and the DSS then gives the answer. The DSS
        # reader is pyHanko's own (private) helper, the same one its LTA process uses.
        knowledge = ades._dss_to_local_knowledge(reader)
        signature_spec = dataclasses.replace(spec.signature_validation_spec, local_knowledge=knowledge)
        if item.level == "B-B":
            fallback = await ades.ades_basic_validation(sig.signed_data, signature_spec, raw_digest=sig.compute_digest())
        else:
            fallback = await ades.ades_with_time_validation(
                sig.signed_data, signature_spec, raw_digest=sig.compute_digest(),
                extra_status_kwargs=sig.summarise_integrity_info(), status_cls=PdfSignatureStatus,
            )
        if result is None or fallback.ades_subindic == AdESPassed.OK:
            result = fallback
    if result.ades_subindic != AdESPassed.OK and item.level in ("B-LT", "B-LTA") and "REVOKED" not in _name(result):
        # pyHanko gives up when a responder cannot be reached instead of using the file's own
        # validation data; that data is what B-LT is for, so check with it alone. (Not when the
        # online answer was "revoked": embedded "good" answers must not hide that.)
        local = await _with_embedded_data_only(sig, spec, reader)
        if local.ades_subindic == AdESPassed.OK:
            result = local
            item.offline = True
    _modifications(item, ModificationInfo(**sig.summarise_integrity_info()))
    status = result.api_status
    if status is not None:
        item.intact = bool(status.intact and status.valid)
        if status.timestamp_validity is not None:
            item.timestamp_time = status.timestamp_validity.timestamp
    else:
        item.intact = False
    if result.ades_subindic == AdESFailure.HASH_FAILURE or result.ades_subindic == AdESFailure.SIG_CRYPTO_FAILURE:
        item.intact = False
    token = _signature_timestamp(sig)
    if item.timestamp_time is None and token is not None:
        item.timestamp_time = token["encap_content_info"]["content"].parsed["gen_time"].native
    item.chain, item.revoked_at = _chain(result, status, roots)
    item.detail = result.failure_msg or ""
    item.subindication = _name(result)
    item.indication = _INDICATIONS[result.ades_subindic.status.name]
    path = getattr(status, "validation_path", None) if status is not None else None
    item.certificates = [_cert(c) for c in (reversed(list(path.iter_certs(include_root=True))) if path is not None
                                           else [sig.signer_cert, *_other_certs(sig)])]
    item.revocation = _revocation_used(result, sig, reader)
    _pades_format(item)


async def _check_timestamp(sig, roots, item: SignatureReport) -> None:
    from pyhanko.sign.validation.pdf_embedded import (
        async_validate_pdf_timestamp,  # heavy: pyHanko, loaded only when signing or validating
    )
    from pyhanko_certvalidator import ValidationContext  # heavy: pyHanko's validator, loaded only when validating

    sig.compute_integrity_info()
    _coverage(item, sig.summarise_integrity_info())
    context = ValidationContext(trust_roots=list(roots), allow_fetching=True)
    try:
        status = await async_validate_pdf_timestamp(sig, validation_context=context)
    finally:
        await context.aclose()
    item.intact = bool(status.intact and status.valid)
    item.timestamp_time = status.timestamp
    _modifications(item, status)
    if status.trusted:
        item.chain = "trusted"
    elif status.revoked:
        item.chain = "revoked"
    else:
        item.chain = "untrusted"
    # pyHanko runs no AdES process on a document timestamp; its status maps onto ETSI's terms
    if not status.intact:
        item.indication, item.subindication = "TOTAL-FAILED", "HASH_FAILURE"
    elif not status.valid:
        item.indication, item.subindication = "TOTAL-FAILED", "SIG_CRYPTO_FAILURE"
    elif item.chain == "revoked":
        item.indication, item.subindication = "TOTAL-FAILED", "REVOKED"
    elif item.chain == "untrusted":
        item.indication, item.subindication = "INDETERMINATE", "NO_CERTIFICATE_CHAIN_FOUND"
    else:
        item.indication, item.subindication = "TOTAL-PASSED", "OK"
    _pades_format(item)
    path = status.validation_path
    item.certificates = [_cert(c) for c in (reversed(list(path.iter_certs(include_root=True))) if path is not None
                                           else [sig.signer_cert, *_other_certs(sig)])]


def _coverage(item: SignatureReport, integrity: dict) -> None:
    from pyhanko.sign.validation.status import (
        SignatureCoverageLevel as C,  # heavy: pyHanko, loaded only when signing or validating
    )

    coverage = integrity.get("coverage")
    item.coverage = {C.ENTIRE_FILE: "whole_file", C.ENTIRE_REVISION: "revision"}.get(coverage, "unclear")


_INDICATIONS = {"PASSED": "TOTAL-PASSED", "INDETERMINATE": "INDETERMINATE", "FAILED": "TOTAL-FAILED"}


def _cert(cert) -> dict:
    return {"subject": cert.subject.human_friendly, "issuer": cert.issuer.human_friendly,
            "serial": format(cert.serial_number, "X"),
            "not_before": cert["tbs_certificate"]["validity"]["not_before"].native.isoformat(),
            "not_after": cert["tbs_certificate"]["validity"]["not_after"].native.isoformat()}


def _other_certs(sig) -> list:
    signer = sig.signer_cert
    return [c.chosen for c in sig.signed_data["certificates"] or []
            if c.name == "certificate" and c.chosen.dump() != signer.dump()]


def _revocation_used(result, sig, reader) -> list[dict]:
    """The OCSP responses and CRLs pyHanko's validation used (its validation objects), each with
    where it came from: the file's DSS, the signature itself (signed revocation attribute), or
    fetched from the responder during this check."""
    from pyhanko.sign.validation.ades import (
        derive_validation_object_binary_data,  # heavy: pyHanko, loaded only when signing or validating
    )
    from pyhanko_certvalidator.ltv.poe import (
        ValidationObjectType,  # heavy: pyHanko's validator, loaded only when validating
    )

    in_dss, in_signature = _embedded_revocation(sig, reader)
    used = []
    for vo in result.validation_objects:
        if vo.object_type not in (ValidationObjectType.OCSP_RESPONSE, ValidationObjectType.CRL):
            continue
        der = derive_validation_object_binary_data(vo)
        source = "dss" if der in in_dss else "signature" if der in in_signature else "online"
        if vo.object_type == ValidationObjectType.CRL:
            tbs = vo.value.crl_data["tbs_cert_list"]
            entry = {"type": "crl", "issuer": tbs["issuer"].human_friendly, "time": tbs["this_update"].native}
        else:
            basic = vo.value.ocsp_response_data["response_bytes"]["response"].parsed
            data = basic["tbs_response_data"]
            who = _responder(data["responder_id"], basic["certs"])
            entry = {"type": "ocsp", "issuer": who, "time": data["produced_at"].native,
                     "status": data["responses"][0]["cert_status"].name}
        entry["time"] = entry["time"].isoformat() if entry["time"] else None
        used.append({**entry, "source": source})
    return used


def _responder(responder_id, certs) -> str:
    """The OCSP responder's name; a responder named by key hash is looked up among the certificates
    its response carries."""
    if responder_id.name == "by_name":
        return responder_id.chosen.human_friendly
    key_hash = responder_id.chosen.native
    for cert in certs or []:
        if cert.public_key.sha1 == key_hash:
            return cert.subject.human_friendly
    return key_hash.hex()


def _embedded_revocation(sig, reader) -> tuple[set[bytes], set[bytes]]:
    from pyhanko.pdf_utils.decode_limits import DecodePurpose  # heavy: pyHanko, loaded only when signing or validating
    from pyhanko.sign.validation.dss import (
        DocumentSecurityStore,  # heavy: pyHanko, loaded only when signing or validating
    )

    in_dss: set[bytes] = set()
    try:
        dss = DocumentSecurityStore.read_dss(reader)
        for refs, purpose in ((dss.ocsps, DecodePurpose.OCSP_RESPONSE), (dss.crls, DecodePurpose.CRL)):
            in_dss.update(ref.get_object().read_data(purpose) for ref in refs)
    except Exception:
        pass
    in_signature: set[bytes] = set()
    for attr in sig.signer_info["signed_attrs"] or []:
        if attr["type"].native == "adobe_revocation_info_archival":
            for archive in attr["values"]:
                in_signature.update(x.dump() for x in archive["ocsp"] or [])
                in_signature.update(x.dump() for x in archive["crl"] or [])
    return in_dss, in_signature


def _pades_format(item: SignatureReport) -> None:
    """AdES judges the signed bytes and the chain; PAdES (ETSI EN 319 142-1) also forbids some
    updates after signing. A signature whose later revisions pyHanko refuses is a PDF signature that
    fails its format: TOTAL-FAILED / FORMAT_FAILURE, whatever the AdES process said of its bytes."""
    if item.indication == "TOTAL-FAILED":
        return
    if not item.intact:  # pyHanko's own integrity check disagreed with a passing AdES answer
        item.indication, item.subindication = "TOTAL-FAILED", "HASH_FAILURE"
    elif not item.modifications_allowed:
        item.indication, item.subindication = "TOTAL-FAILED", "FORMAT_FAILURE"


def _modifications(item: SignatureReport, status) -> None:
    from pyhanko.sign.diff_analysis import DiffResult  # heavy: pyHanko, loaded only when signing or validating

    diff = getattr(status, "diff_result", None)
    if isinstance(diff, DiffResult):
        item.changed_fields = sorted(diff.changed_form_fields)
    level = status.modification_level
    item.modifications = level.name.lower() if level is not None else None
    if item.coverage == "whole_file":
        item.modifications, item.modifications_allowed = "none", True
    elif item.coverage == "revision":
        # signing, timestamps, DSS updates and form filling after a signature are what the PAdES
        # workflow itself adds; anything else (new page content, annotations) is not allowed here
        item.modifications_allowed = status.docmdp_ok is not False and item.modifications in (
            "none", "lta_updates", "form_filling")
    else:
        item.modifications_allowed = False


def _signature_timestamp(sig):
    from pyhanko.sign.validation.generic_cms import (
        extract_tst_data_iter,  # heavy: pyHanko, loaded only when signing or validating
    )

    return next(iter(extract_tst_data_iter(sig.signer_info, signed=False)), None)


def _level(sig, reader, doc_ts_revisions) -> str:
    """B-T with revocation data for *this* signer in the DSS is B-LT; a document timestamp after
    that makes it B-LTA. (Another signer's B-LT data in the same DSS does not count.)"""
    level = "B-T" if _signature_timestamp(sig) is not None else "B-B"
    if level == "B-T" and _dss_covers(reader, sig.signer_cert):
        level = "B-LT"
        if any(rev > sig.signed_revision for rev in doc_ts_revisions):
            level = "B-LTA"
    return level


def _dss_covers(reader, cert) -> bool:
    """An OCSP response about ``cert`` or a CRL from its issuer is in the DSS."""
    from asn1crypto import crl, ocsp  # heavy: asn1crypto (with pyHanko), loaded only when signing or validating
    from pyhanko.pdf_utils.decode_limits import DecodePurpose  # heavy: pyHanko, loaded only when signing or validating
    from pyhanko.sign.validation.dss import (
        DocumentSecurityStore,  # heavy: pyHanko, loaded only when signing or validating
    )

    try:
        dss = DocumentSecurityStore.read_dss(reader)
    except Exception:
        return False
    serial, issuer = cert.serial_number, cert.issuer
    for ref in dss.ocsps:
        try:
            response = ocsp.OCSPResponse.load(ref.get_object().read_data(DecodePurpose.OCSP_RESPONSE))
            single = response["response_bytes"]["response"].parsed["tbs_response_data"]["responses"]
            if any(r["cert_id"]["serial_number"].native == serial for r in single):
                return True
        except Exception:
            continue
    for ref in dss.crls:
        try:
            if crl.CertificateList.load(ref.get_object().read_data(DecodePurpose.CRL)).issuer == issuer:
                return True
        except Exception:
            continue
    return False


def _chain(result, status, roots) -> tuple[str, datetime | None]:
    from pyhanko.sign.ades.report import (  # heavy: pyHanko, loaded only when signing or validating
        AdESIndeterminate,
        AdESPassed,
    )

    sub = result.ades_subindic
    revoked_at = None
    if status is not None and status.revocation_details is not None:
        revoked_at = status.revocation_details.revocation_date
    if not roots:
        return "untrusted", revoked_at
    if sub == AdESPassed.OK:
        if revoked_at is not None:
            return "revoked_after_signing", revoked_at
        return "trusted", None
    name = getattr(sub, "name", str(sub))
    if "REVOKED" in name:
        return "revoked", revoked_at
    if sub in (AdESIndeterminate.OUT_OF_BOUNDS_NO_POE, AdESIndeterminate.OUT_OF_BOUNDS_NOT_REVOKED, AdESIndeterminate.EXPIRED):
        return "expired", revoked_at
    if sub in (AdESIndeterminate.NO_CERTIFICATE_CHAIN_FOUND, AdESIndeterminate.CHAIN_CONSTRAINTS_FAILURE):
        return "untrusted", revoked_at
    return "unknown", revoked_at

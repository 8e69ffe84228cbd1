"""Anchors of the audit chain's head, kept outside the database (``<home>/audit-anchors.jsonl``).

The chain alone proves only that its rows agree with each other: someone with ``sqlite3`` who drops
the trigger can delete the newest rows, or rewrite a row and recompute every hash after it, and the
chain still checks. Each write run appends the head it left (sequence number and hash) to this file,
as does ``tthc audit --anchor`` from cron; audit then requires every anchored (seq, hash) to still be
in the chain. A line is one ``write`` with ``O_APPEND``, so concurrent writers do not interleave.

**Signed anchors.** A plain line can be rewritten by whoever can rewrite the database. When the
agency's credential is configured (the ``[sign]`` section ``tthc sign`` uses) and its secret is in
the environment (``TTHC_PKCS12_PASSWORD`` / ``TTHC_PKCS11_PIN``; never argv, never a prompt: a write
run may be a cron job), each line also carries ``cms``: a detached CMS signature (base64 DER) over the
canonical JSON of ``{seq, hash, at, actor}``, with an RFC 3161 signature timestamp from
``[sign] tsa_url`` when one is set. Audit checks each signed line: the signature over those fields,
the signer's chain to the ``[sign] trust`` roots, that the signer is the agency (same subject as the
configured credential when it can be opened, else common name = the agency's name), and the
timestamp token. A line that fails is an ``anchor_signature`` finding. Unsigned lines stay accepted
(warehouses anchored before credentials were configured); audit counts them.

**When signing cannot happen** the write run has already committed its data, so the anchor is
still written: TSA unreachable or refusing → signed without a timestamp (``timestamped: false``)
and a warning on stderr; credential configured but its secret missing or wrong, or the key failing
to sign (a token pulled out) → unsigned line and a warning. A missing anchor would weaken audit more than an unsigned or untimestamped one.

Keep a copy of the file elsewhere too (``tthc backup`` copies it): anchors on the same disk as the
database stop a clerk with ``sqlite3``; signatures stop them from rewriting the anchors as well, but
not from deleting signed lines (audit then only sees fewer anchors).
"""

from __future__ import annotations

import base64
import json
import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from tthc_digitize import clock
from tthc_digitize.errors import TthcError
from tthc_digitize.i18n import message
from tthc_digitize.sign.signers import load_trust_roots, open_credential, subject_name
from tthc_digitize.warehouse.events import GENESIS

ANCHORS = "audit-anchors.jsonl"
SIGNED_FIELDS = ("seq", "hash", "at", "actor")
TSA_TIMEOUT = 20
log = logging.getLogger(__name__)


def anchor_path(home_root: Path) -> Path:
    return home_root / ANCHORS


def head(hashes: dict[int, str]) -> tuple[int, str]:
    if not hashes:
        return 0, GENESIS
    seq = max(hashes)
    return seq, hashes[seq]


def payload(line: dict[str, Any]) -> bytes:
    """The bytes a line's signature covers: its four facts as canonical JSON."""
    facts = {key: line.get(key) for key in SIGNED_FIELDS}
    return json.dumps(facts, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


@dataclass
class AnchorSigner:
    """The agency credential (opened once per run) and the TSA that stamps each anchor."""
    credential: Any
    tsa_url: str = ""

    def sign(self, data: bytes) -> dict[str, Any]:
        """``{"cms": base64 DER, "timestamped": bool}``; a TSA failure falls back to no timestamp."""
        import asyncio  # heavy: asyncio, loaded only when a TSA, OCSP or CRL server is called

        if self.tsa_url:
            try:
                return {"cms": asyncio.run(self._sign(data, self.tsa_url)), "timestamped": True}
            except Exception as exc:  # noqa: BLE001 - any TSA failure: aiohttp, HTTP status, bad token
                log.warning("%s", message("anchor.no_timestamp", url=self.tsa_url, detail=f"{type(exc).__name__}: {exc}"))
        return {"cms": asyncio.run(self._sign(data, "")), "timestamped": False}

    async def _sign(self, data: bytes, tsa_url: str) -> str:
        import aiohttp  # heavy: aiohttp, loaded only when a TSA, OCSP or CRL server is called
        from pyhanko.sign.timestamps import HTTPTimeStamper  # heavy: pyHanko, loaded only when signing or validating

        async with aiohttp.ClientSession() as session:
            stamper = HTTPTimeStamper(tsa_url, timeout=TSA_TIMEOUT, session=session) if tsa_url else None
            signed = await self.credential.signer.async_sign_general_data(
                data, "sha256", detached=True, timestamper=stamper)
        return base64.b64encode(signed.dump()).decode("ascii")

    def close(self) -> None:
        self.credential.close()


def _env_credential(settings, secrets: Mapping[str, str]):
    """The ``[sign]`` credential when it is configured and its secret is in ``secrets`` (the
    environment); None when it is not configured; raises the credential's own error when it cannot be opened."""
    if settings.pkcs12:
        secret = secrets.get("TTHC_PKCS12_PASSWORD")
        if secret is None:
            raise LookupError("TTHC_PKCS12_PASSWORD")
        return open_credential(settings, secret, None)
    if settings.pkcs11_module:
        secret = secrets.get("TTHC_PKCS11_PIN")
        if secret is None:
            raise LookupError("TTHC_PKCS11_PIN")
        return open_credential(settings, None, secret)
    return None


def configured(settings) -> bool:
    return bool(settings.pkcs12 or settings.pkcs11_module)


def open_signer(settings, secrets: Mapping[str, str] | None = None) -> AnchorSigner | None:
    """What signs this run's anchor, or None (not configured, or cannot be opened: warned).
    ``secrets``: where the password or PIN is looked up; the environment unless a caller that
    already holds it (``tthc demo``) says otherwise."""
    if not configured(settings):
        return None
    try:
        credential = _env_credential(settings, os.environ if secrets is None else secrets)
    except LookupError as missing:
        log.warning("%s", message("anchor.unsigned", detail=message("anchor.secret_missing", env=str(missing.args[0]))))
        return None
    except TthcError as exc:
        log.warning("%s", message("anchor.unsigned", detail=exc.message))
        return None
    return AnchorSigner(credential, settings.tsa_url)


def append(home_root: Path, seq: int, digest: str, actor: str, durable: bool = True,
           signer: AnchorSigner | None = None) -> dict[str, Any]:
    """Anchor a head (sequence number and hash, as just read), signed when a signer is given;
    returns the line written."""
    line: dict[str, Any] = {"seq": seq, "hash": digest, "at": clock.iso(clock.now()), "actor": actor}
    if signer is not None:
        try:
            line.update(signer.sign(payload(line)))
        except Exception as exc:  # noqa: BLE001 - a token pulled out, a key that cannot sign: the run's data is committed
            log.warning("%s", message("anchor.unsigned", detail=f"{type(exc).__name__}: {exc}"))
    data = (json.dumps(line, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8")
    fd = os.open(anchor_path(home_root), os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o640)
    try:
        os.write(fd, data)
        if durable:
            os.fsync(fd)
    finally:
        os.close(fd)
    return line


def read(home_root: Path) -> tuple[list[dict[str, Any]], list[str]]:
    """The anchors, and the lines that cannot be read (a torn last line after a crash is one)."""
    path = anchor_path(home_root)
    if not path.is_file():
        return [], []
    anchors, bad = [], []
    for number, text in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), start=1):
        if not text.strip():
            continue
        try:
            item = json.loads(text)
            anchors.append({"seq": int(item["seq"]), "hash": str(item["hash"]), "at": item.get("at"),
                            "actor": item.get("actor"), "cms": item.get("cms"), "timestamped": item.get("timestamped"),
                            "line": number})
        except (ValueError, KeyError, TypeError):
            bad.append(f"line {number}")
    return anchors, bad


def check(anchors: list[dict[str, Any]], hashes: dict[int, str]) -> list[tuple[str, str]]:
    """(subject, detail) for each anchor the chain no longer holds: its row is gone (truncated) or
    has another hash (rewritten and recomputed)."""
    problems = []
    for anchor in anchors:
        seq = anchor["seq"]
        if seq == 0:
            continue
        found = hashes.get(seq)
        if found is None:
            problems.append((f"seq {seq}", f"anchored {anchor['at']} (line {anchor['line']}); the chain now ends at "
                                           f"seq {max(hashes) if hashes else 0}"))
        elif found != anchor["hash"]:
            problems.append((f"seq {seq}", f"anchored {anchor['at']} as {anchor['hash'][:16]}…, now {found[:16]}…"))
    return problems


@dataclass
class Verifier:
    """What a signed anchor is held to: the trust roots (none configured or found: integrity and the
    agency's name only) and the agency's identity."""
    roots: list
    agency_subject: Any = None  # the configured credential's certificate subject, when it could be opened
    agency_name: str = ""  # else the signer's common name must be this

    def problem(self, anchor: dict[str, Any]) -> str | None:
        """Why this signed anchor does not hold, or None."""
        import asyncio  # heavy: asyncio, loaded only when a TSA, OCSP or CRL server is called

        from asn1crypto import cms  # heavy: asn1crypto (with pyHanko), loaded only when signing or validating

        try:
            signed = cms.ContentInfo.load(base64.b64decode(anchor["cms"], validate=True))["content"]
            signed["signer_infos"][0]  # noqa: B018 - the rest is parsed lazily: damage there fails validation below
        except Exception as exc:  # noqa: BLE001 - base64 or DER garbage: asn1crypto raises many kinds
            return f"line {anchor['line']}: signature unreadable ({type(exc).__name__})"
        try:
            status = asyncio.run(self._validate(payload(anchor), signed, anchor.get("at")))
        except Exception as exc:  # noqa: BLE001 - a malformed CMS that parses but cannot be validated
            return f"line {anchor['line']}: signature invalid ({type(exc).__name__}: {exc})"
        if not (status.intact and status.valid):
            return f"line {anchor['line']}: signature does not match seq/hash/at/actor"
        if self.roots and not status.trusted:
            return f"line {anchor['line']}: signer {_name(status.signing_cert)} not trusted"
        cert = status.signing_cert
        if self.agency_subject is not None:
            if cert.subject != self.agency_subject:
                return f"line {anchor['line']}: signer {_name(cert)} is not the agency's certificate"
        elif self.agency_name and _name(cert) != self.agency_name:
            return f"line {anchor['line']}: signer {_name(cert)} is not {self.agency_name}"
        stamp = status.timestamp_validity
        if stamp is not None and not (stamp.intact and stamp.valid and stamp.trusted):
            return f"line {anchor['line']}: timestamp token invalid or untrusted"
        return None

    async def _validate(self, data: bytes, signed, at: str | None):
        from pyhanko.sign.validation.generic_cms import (
            async_validate_detached_cms,  # heavy: pyHanko, loaded only when signing or validating
        )
        from pyhanko_certvalidator import ValidationContext  # heavy: pyHanko's validator, loaded only when validating

        # judged at the anchor's own (signed) time, so an agency certificate that has expired since
        # still vouches for the anchors it made; offline, so audit works on an isolated backup host
        context = ValidationContext(trust_roots=self.roots, allow_fetching=False, revocation_mode="soft-fail",
                                    moment=_moment(at))
        return await async_validate_detached_cms(data, signed, signer_validation_context=context)


def _moment(at: str | None) -> datetime:
    try:
        moment = datetime.fromisoformat(at or "")
    except ValueError:
        return clock.now()
    return moment if moment.tzinfo else clock.now()


def _name(cert) -> str:

    return subject_name(cert)


def verifier(config, secrets: Mapping[str, str] | None = None) -> Verifier:
    """Trust roots from ``[sign] trust`` (else the credential's own self-signed root, when it opens)
    and the agency's identity (``secrets`` as for :func:`open_signer`)."""
    roots = load_trust_roots(config.sign.trust)
    subject = None
    try:
        credential = _env_credential(config.sign, os.environ if secrets is None else secrets)
    except Exception:  # noqa: BLE001 - no secret here (an audit host need not hold it): pin by name
        credential = None
    if credential is not None:
        try:
            subject = credential.certificate.subject
            if not roots:
                roots = [c for c in (credential.signer.cert_registry or []) if c.self_signed in ("yes", "maybe")]
        finally:
            credential.close()
    return Verifier(roots, subject, config.sign.agency_name or config.agency_name)

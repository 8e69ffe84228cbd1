"""Signing back-ends (PKCS#12 files, PKCS#11 tokens) behind one small protocol, and the certificate
check that runs before anything is signed.

A :class:`Credential` is opened once per batch: the PKCS#12 key is parsed once (pyHanko's
``SimpleSigner`` re-parses it on every signature), the token session is logged in once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Protocol

from asn1crypto import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ec import ECDSA, EllipticCurvePrivateKey
from cryptography.hazmat.primitives.asymmetric.padding import PKCS1v15
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey
from pyhanko.sign.general import get_pyca_cryptography_hash
from pyhanko.sign.signers import Signer, SimpleSigner

from tthc_digitize import clock
from tthc_digitize.errors import ConfigError, InputFileError, MissingDependencyError

# Either bit is a signing key usage (Decree 130/2018 certificates carry both).
SIGNING_KEY_USAGES = {"digital_signature", "non_repudiation"}


class SigningRefused(InputFileError):
    """The certificate may not sign now (expired, revoked, wrong key usage, untrusted)."""


class Credential(Protocol):
    """What a batch signs with: a pyHanko signer whose key stays loaded until ``close()``."""

    signer: Signer

    @property
    def certificate(self) -> x509.Certificate: ...

    def close(self) -> None: ...


class ParsedSignedAttributes:
    """Mixin for pyHanko signers: hand the signed attributes on in parsed form.

    asn1crypto re-encodes an object built from Python values every time it, or anything that contains
    it, is dumped, and pyHanko dumps the signed attributes at three nesting levels per signature. The
    signing-certificate-v2 attribute depends only on the certificate, so it is encoded once per batch
    and reused as parsed bytes; the attribute set is encoded once per signature and re-read. The
    bytes are exactly what pyHanko would have produced."""

    async def signed_attrs(self, *args, **kwargs):
        from asn1crypto import cms  # heavy: asn1crypto (with pyHanko), loaded only when signing or validating

        attrs = await super().signed_attrs(*args, **kwargs)
        parts = []
        for attr in attrs:
            if attr["type"].native == "signing_certificate_v2":
                cached = getattr(self, "_signing_cert_attr", None)
                if cached is None or cached[0] is not self.signing_cert:
                    cached = (self.signing_cert, cms.CMSAttribute.load(attr.dump()))
                    self._signing_cert_attr = cached
                attr = cached[1]
            parts.append(attr)
        return cms.CMSAttributes.load(cms.CMSAttributes(parts).dump())


class KeptKeySigner(ParsedSignedAttributes, SimpleSigner):
    """``SimpleSigner`` that keeps the parsed private key instead of re-reading it per signature."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._key = serialization.load_der_private_key(self.signing_key.dump(), password=None)

    def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
        mechanism = self.get_signature_mechanism_for_digest(digest_algorithm).signature_algo
        hash_algo = get_pyca_cryptography_hash(digest_algorithm)
        if mechanism == "rsassa_pkcs1v15" and isinstance(self._key, RSAPrivateKey):
            return self._key.sign(data, PKCS1v15(), hash_algo)
        if mechanism == "ecdsa" and isinstance(self._key, EllipticCurvePrivateKey):
            return self._key.sign(data, ECDSA(hash_algo))
        return super().sign_raw(data, digest_algorithm)  # PSS and the rest: pyHanko's own path


@dataclass
class Pkcs12Credential:
    signer: KeptKeySigner

    @property
    def certificate(self) -> x509.Certificate:
        return self.signer.signing_cert

    def close(self) -> None:
        pass


@dataclass
class Pkcs11Credential:
    signer: Signer
    session: object = field(repr=False)

    @property
    def certificate(self) -> x509.Certificate:
        return self.signer.signing_cert

    def close(self) -> None:
        try:
            self.session.close()
        except Exception:  # a token pulled out mid-run: nothing left to close
            pass


def load_pkcs12(path: Path, password: str | None) -> Pkcs12Credential:
    from cryptography.hazmat.primitives.serialization import (
        pkcs12,  # heavy: cryptography, loaded only when keys or certificates are handled
    )

    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise InputFileError("sign.p12_unreadable", path=str(path), detail=exc.strerror or str(exc)) from None
    try:
        key, cert, extra = pkcs12.load_key_and_certificates(data, password.encode() if password else None)
    except ValueError:
        raise InputFileError("sign.p12_bad_password", path=str(path)) from None
    if key is None or cert is None:
        raise InputFileError("sign.p12_no_key", path=str(path))
    from asn1crypto import keys  # heavy: asn1crypto (with pyHanko), loaded only when signing or validating
    from pyhanko_certvalidator.registry import (
        SimpleCertificateStore,  # heavy: pyHanko's validator, loaded only when validating
    )

    key_info = keys.PrivateKeyInfo.load(
        key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    as_asn1 = lambda c: x509.Certificate.load(c.public_bytes(serialization.Encoding.DER))  # noqa: E731
    store = SimpleCertificateStore.from_certs([as_asn1(c) for c in extra or []])
    return Pkcs12Credential(KeptKeySigner(signing_cert=as_asn1(cert), signing_key=key_info, cert_registry=store))


def open_pkcs11(module: str, token_label: str, key_label: str, pin: str | None) -> Pkcs11Credential:
    """Log in to the token once; the session stays open for the whole batch."""
    try:
        from pkcs11 import exceptions as p11_errors  # heavy: python-pkcs11, loaded only for USB tokens
        from pyhanko.config.pkcs11 import TokenCriteria  # heavy: pyHanko, loaded only when signing or validating
        from pyhanko.sign.pkcs11 import (  # heavy: pyHanko, loaded only when signing or validating
            PKCS11Signer,
            open_pkcs11_session,
        )
    except ImportError:  # pragma: no cover - python-pkcs11 is a declared dependency
        raise MissingDependencyError("sign.pkcs11_missing") from None
    if not Path(module).is_file():
        raise ConfigError("sign.pkcs11_module_missing", path=module)
    try:
        session = open_pkcs11_session(module, token_criteria=TokenCriteria(label=token_label), user_pin=pin)
    except p11_errors.PinIncorrect:
        raise InputFileError("sign.pkcs11_bad_pin", token=token_label) from None
    except p11_errors.PKCS11Error as exc:
        raise InputFileError("sign.pkcs11_failed", token=token_label, detail=type(exc).__name__) from None
    except Exception as exc:  # pyHanko's own "no token matching" error
        raise InputFileError("sign.pkcs11_no_token", token=token_label, detail=str(exc)) from None
    class TokenSigner(ParsedSignedAttributes, PKCS11Signer):
        pass

    try:
        signer = TokenSigner(session, cert_label=key_label, key_label=key_label)
        signer.signing_cert  # noqa: B018 - pulls the certificate now, so a wrong label fails here
    except Exception as exc:
        session.close()
        raise InputFileError("sign.pkcs11_no_key", token=token_label, key=key_label, detail=str(exc)) from None
    return Pkcs11Credential(signer, session)


def load_trust_roots(path: Path | str | None) -> list[x509.Certificate]:
    """A PEM/DER file, or every ``*.pem``/``*.crt``/``*.cer``/``*.der`` in a folder."""
    if not path:
        return []
    path = Path(path)
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.suffix.lower() in (".pem", ".crt", ".cer", ".der"))
    elif path.is_file():
        files = [path]
    else:
        raise ConfigError("sign.trust_missing", path=str(path))
    from pyhanko.sign.general import load_certs_from_pemder  # heavy: pyHanko, loaded only when signing or validating

    try:
        roots = list(load_certs_from_pemder([str(f) for f in files]))
    except (ValueError, OSError) as exc:
        raise ConfigError("sign.trust_unreadable", path=str(path), detail=str(exc)) from None
    if not roots:
        raise ConfigError("sign.trust_unreadable", path=str(path), detail="no certificates")
    return roots


def subject_name(cert: x509.Certificate) -> str:
    native = cert.subject.native
    return native.get("common_name") or cert.subject.human_friendly


def check_certificate(
    credential: Credential, trust_roots: list[x509.Certificate] | None = None, at: datetime | None = None
) -> None:
    """Refuse to sign with a certificate that is expired, not yet valid, not for signing, or — when a
    trust store is given — does not chain to it or is revoked (OCSP/CRL fetched as the cert says)."""
    cert = credential.certificate
    now = at or clock.now()
    name = subject_name(cert)
    validity = cert["tbs_certificate"]["validity"]
    not_before, not_after = validity["not_before"].native, validity["not_after"].native
    if now < not_before:
        raise SigningRefused("sign.cert_not_yet_valid", name=name, date=not_before.isoformat())
    if now > not_after:
        raise SigningRefused("sign.cert_expired", name=name, date=not_after.isoformat())
    usage = set(cert.key_usage_value.native) if cert.key_usage_value is not None else set()
    if not usage & SIGNING_KEY_USAGES:
        raise SigningRefused("sign.cert_key_usage", name=name, usage=", ".join(sorted(usage)) or "-")
    if trust_roots:
        _check_chain(credential, cert, trust_roots, name)


def _check_chain(credential: Credential, cert, trust_roots, name: str) -> None:
    import asyncio  # heavy: asyncio, loaded only when a TSA, OCSP or CRL server is called

    from pyhanko_certvalidator import (  # heavy: pyHanko's validator, loaded only when validating
        CertificateValidator,
        ValidationContext,
    )
    from pyhanko_certvalidator.errors import (  # heavy: pyHanko's validator, loaded only when validating
        PathBuildingError,
        PathValidationError,
        RevokedError,
    )

    others = list(credential.signer.cert_registry) if credential.signer.cert_registry else []
    context = ValidationContext(trust_roots=trust_roots, other_certs=others, allow_fetching=True,
                                revocation_mode="soft-fail")
    validator = CertificateValidator(cert, intermediate_certs=others, validation_context=context)

    async def run():
        try:
            await validator.async_validate_usage(set(), extended_optional=True)
        finally:
            await context.aclose()

    try:
        asyncio.run(run())
    except RevokedError:
        raise SigningRefused("sign.cert_revoked", name=name) from None
    except PathBuildingError:
        raise SigningRefused("sign.cert_untrusted", name=name) from None
    except PathValidationError as exc:
        raise SigningRefused("sign.cert_invalid", name=name, detail=str(exc)) from None


def open_credential(settings, password: str | None = None, pin: str | None = None) -> Credential:
    """The credential the ``[sign]`` settings name: a PKCS#12 file or a PKCS#11 token key."""
    if settings.pkcs12:
        return load_pkcs12(Path(settings.pkcs12), password)
    if settings.pkcs11_module:
        if not settings.token_label or not settings.key_label:
            raise ConfigError("sign.no_credential")
        return open_pkcs11(settings.pkcs11_module, settings.token_label, settings.key_label, pin)
    raise ConfigError("sign.no_credential")

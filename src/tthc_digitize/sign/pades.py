"""PAdES signing at B-B, B-T, B-LT and B-LTA with pyHanko, for one file or a whole batch.

:class:`BatchSigner` is the fast path: one loaded key or token session (the credential), one event
loop, one HTTP session shared by the timestamp client and the OCSP/CRL fetchers, one validation
context (revocation answers are fetched once per batch, not per file), and a reserved signature size
instead of pyHanko's estimation pass (which signs every document twice).
"""

from __future__ import annotations

import asyncio
import io
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from asn1crypto import x509
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import fields, signers
from pyhanko.sign.general import SigningError
from pyhanko.sign.signers.pdf_signer import PdfSigner

from tthc_digitize.errors import ConfigError, InputFileError, OutputError, TthcError
from tthc_digitize.outputs import write_output
from tthc_digitize.sign.signers import Credential, SigningRefused, subject_name

Level = Literal["b-b", "b-t", "b-lt", "b-lta"]
LEVELS: tuple[str, ...] = ("b-b", "b-t", "b-lt", "b-lta")

# Room for a timestamp token (the TSA's certificate chain rides inside it) in the CMS container.
_TOKEN_ROOM = 8 * 1024
_BASE_ROOM = 3 * 1024


@dataclass(frozen=True)
class SignResult:
    output: Path
    level: str
    field_name: str
    signer: str


def _reader_ready(data: bytes, src: Path) -> IncrementalPdfFileWriter:
    """pyHanko's strict parser refuses some PDFs other tools write; those are normalised once with
    pikepdf (a full rewrite, before any signature exists, so nothing is invalidated)."""
    from pyhanko.pdf_utils.misc import PdfReadError  # heavy: pyHanko, loaded only when signing or validating

    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
        if writer.prev.encrypted:
            raise InputFileError("sign.input_encrypted", path=str(src))
        return writer
    except PdfReadError:
        pass
    import pikepdf  # heavy: pikepdf (qpdf), loaded only when a PDF is opened

    try:
        with pikepdf.open(io.BytesIO(data)) as pdf:
            if pdf.is_encrypted:
                raise InputFileError("sign.input_encrypted", path=str(src))
            buf = io.BytesIO()
            pdf.save(buf)
    except pikepdf.PdfError as exc:
        raise InputFileError("input.pdf_damaged", detail=str(exc)) from None
    return IncrementalPdfFileWriter(io.BytesIO(buf.getvalue()), strict=False)


class BatchSigner:
    """Sign many files with one credential. Use as a context manager (it owns an event loop)::

        with BatchSigner(credential, level="b-t", tsa_url=url) as batch:
            for src in files:
                batch.sign(src, out_dir / src.name)
    """
    def __init__(
        self,
        credential: Credential,
        *,
        level: Level = "b-b",
        tsa_url: str | None = None,
        trust_roots: list[x509.Certificate] | None = None,
        reason: str | None = None,
        location: str | None = None,
    ) -> None:
        if level not in LEVELS:
            raise ValueError(level)
        if level != "b-b" and not tsa_url:
            raise ConfigError("sign.tsa_required", level=level.upper())
        self.credential = credential
        self.level = level
        self.tsa_url = tsa_url
        self.reason = reason
        self.location = location
        self._runner = asyncio.Runner()
        self._runner.__enter__()
        self._session = self._runner.run(_new_session())
        self.timestamper = None
        if level != "b-b":
            from pyhanko.sign.timestamps import (
                HTTPTimeStamper,  # heavy: pyHanko, loaded only when signing or validating
            )

            self.timestamper = HTTPTimeStamper(tsa_url, timeout=20, session=self._session)
        self.validation_context = None
        if level in ("b-lt", "b-lta"):
            self.validation_context = _validation_context(credential, trust_roots, self._session)
        self._reserve = self._initial_reserve()
        self._unsynced: list[Path] = []
        self.signed = 0

    # --- lifecycle
    def __enter__(self) -> BatchSigner:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        if self._runner is None:
            return
        try:
            self.flush()
            self._runner.run(self._session.close())
        finally:
            self._runner.__exit__(None, None, None)
            self._runner = None

    def flush(self) -> None:
        """Make the files signed so far durable. Each is already complete under its name (written
        beside it, then renamed); syncing them together here rather than one by one keeps two
        fsyncs per file out of the batch's critical path."""
        for path in [*self._unsynced, *{p.parent for p in self._unsynced}]:
            fd = os.open(path, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
        self._unsynced.clear()

    def _initial_reserve(self) -> int:
        signer = self.credential.signer
        chain = [self.credential.certificate, *(signer.cert_registry or [])]
        der = sum(len(c.dump()) for c in chain) + _BASE_ROOM
        if self.timestamper is not None:
            der += _TOKEN_ROOM
        return 2 * der  # pyHanko reserves hex digits

    # --- signing
    def sign(
        self,
        src: Path,
        dst: Path,
        *,
        field_name: str | None = None,
        appearance=None,
    ) -> SignResult:
        """Sign ``src`` into ``dst`` (written atomically; ``src`` is never changed).

        ``appearance``: a :class:`tthc_digitize.sign.appearance.VisibleSignature` for a visible
        signature (e.g. the e-copy block top-right); ``None`` signs invisibly.
        """
        src, dst = Path(src), Path(dst)
        if src.resolve() == dst.resolve():
            raise OutputError("output.same_as_input", path=str(dst))
        try:
            data = src.read_bytes()
        except OSError as exc:
            raise InputFileError("input.not_found", path=f"{src} ({exc.strerror})") from None
        writer = _reader_ready(data, src)
        name = field_name or _free_field_name(writer)
        _align_producer(writer)
        meta = signers.PdfSignatureMetadata(
            field_name=name,
            md_algorithm="sha256",
            subfilter=fields.SigSeedSubFilter.PADES,
            reason=self.reason,
            location=self.location,
            embed_validation_info=self.level in ("b-lt", "b-lta"),
            use_pades_lta=self.level == "b-lta",
            validation_context=self.validation_context,
            signer_key_usage={"non_repudiation", "digital_signature"} & _usage(self.credential.certificate),
        )
        pdf_signer = PdfSigner(
            meta, self.credential.signer, timestamper=self.timestamper,
            stamp_style=appearance.style if appearance else None,
            new_field_spec=appearance.field_spec(name) if appearance else None,
        )
        out = self._sign_with_room(pdf_signer, writer, data, src)
        write_output(dst, out, durable=False)
        self._unsynced.append(dst)
        self.signed += 1
        return SignResult(dst, self.level, name, subject_name(self.credential.certificate))

    def _sign_with_room(self, pdf_signer: PdfSigner, writer, data: bytes, src: Path) -> bytes:
        name = subject_name(self.credential.certificate)
        for _ in range(3):
            try:
                buf = self._runner.run(pdf_signer.async_sign_pdf(writer, bytes_reserved=self._reserve))
                return buf.getvalue()
            except SigningError as exc:
                if "larger than expected" not in str(exc):
                    raise _signing_failed(exc, src, name) from None
                # a bigger timestamp token or chain than planned: grow once for the rest of the batch
                self._reserve *= 2
                writer = _reader_ready(data, src)
                _align_producer(writer)
            except (OSError, asyncio.TimeoutError) as exc:
                raise SigningRefused("sign.network_failed", detail=f"{type(exc).__name__}: {exc}") from None
            except Exception as exc:
                raise _signing_failed(exc, src, name) from None
        raise SigningRefused("sign.failed", path=str(src), detail="signature container too large")


def _signing_failed(exc: Exception, src: Path, name: str) -> SigningRefused:
    from pyhanko.sign.timestamps import TimestampRequestError  # heavy: pyHanko, loaded only when signing or validating
    from pyhanko_certvalidator.errors import (  # heavy: pyHanko's validator, loaded only when validating
        PathBuildingError,
        PathValidationError,
        RevokedError,
    )

    cause = exc.__cause__ or exc.__context__
    for e in (exc, cause):
        if isinstance(e, RevokedError):
            return SigningRefused("sign.cert_revoked", name=name)
        if isinstance(e, PathBuildingError):
            return SigningRefused("sign.cert_untrusted", name=name)
        if isinstance(e, PathValidationError):
            return SigningRefused("sign.cert_invalid", name=name, detail=str(e))
        if isinstance(e, TimestampRequestError):
            return SigningRefused("sign.tsa_failed", detail=str(e))
    return SigningRefused("sign.failed", path=str(src), detail=f"{type(exc).__name__}: {exc}")


def _align_producer(writer: IncrementalPdfFileWriter) -> None:
    """pyHanko writes its own name as the XMP pdf:Producer but appends it to the Info /Producer;
    PDF/A requires the two to agree, so the Info entry is set to what the XMP will say."""
    from pyhanko.pdf_utils import generic  # heavy: pyHanko, loaded only when signing or validating
    from pyhanko.pdf_utils.metadata.model import VENDOR  # heavy: pyHanko, loaded only when signing or validating

    if "/Metadata" not in writer.root or "/Info" not in writer.trailer:
        return
    info_ref = writer.trailer.raw_get("/Info")
    info = info_ref.get_object() if isinstance(info_ref, generic.IndirectObject) else info_ref
    if info.get("/Producer") != VENDOR:
        info["/Producer"] = generic.TextStringObject(VENDOR)
        if isinstance(info_ref, generic.IndirectObject):
            writer.mark_update(info_ref)


def _usage(cert: x509.Certificate) -> set[str]:
    return set(cert.key_usage_value.native) if cert.key_usage_value is not None else set()


def _free_field_name(writer: IncrementalPdfFileWriter) -> str:
    taken = {name for name, _, _ in fields.enumerate_sig_fields(writer.prev, filled_status=None)}
    n = 1
    while f"ChuKy{n}" in taken:
        n += 1
    return f"ChuKy{n}"


async def _new_session():
    import aiohttp  # heavy: aiohttp, loaded only when a TSA, OCSP or CRL server is called

    return aiohttp.ClientSession()


def _validation_context(credential: Credential, trust_roots, session):
    """The context B-LT/B-LTA collect OCSP responses and CRLs with. Without a trust store, the
    self-signed root that came with the credential anchors it."""
    from pyhanko_certvalidator import ValidationContext  # heavy: pyHanko's validator, loaded only when validating
    from pyhanko_certvalidator.fetchers.aiohttp_fetchers import (
        AIOHttpFetcherBackend,  # heavy: pyHanko's validator, loaded only when validating
    )

    others = list(credential.signer.cert_registry or [])
    roots = list(trust_roots or []) or [c for c in others if c.self_signed == "maybe" or c.self_signed == "yes"]
    return ValidationContext(
        trust_roots=roots, other_certs=others, allow_fetching=True, revocation_mode="require",
        fetcher_backend=AIOHttpFetcherBackend(session=session),
    )


def sign_file(credential: Credential, src: Path, dst: Path, **kwargs) -> SignResult:
    """One file, one call (the batch machinery for a batch of one)."""
    sign_kwargs = {k: kwargs.pop(k) for k in ("field_name", "appearance") if k in kwargs}
    with BatchSigner(credential, **kwargs) as batch:
        return batch.sign(src, dst, **sign_kwargs)


@dataclass
class BatchItem:
    source: Path
    output: Path | None = None
    error: tuple[str, dict] | None = None


def sign_batch(
    paths: list[Path], out_dir: Path, credential: Credential, *, level: Level, tsa_url: str | None = None,
    trust_roots: list[x509.Certificate] | None = None,
) -> list[BatchItem]:
    """``tthc sign FILE… --out DIR``: each file into ``DIR/NAME``; a bad file is reported, the rest go on."""
    items: list[BatchItem] = []
    taken: dict[str, Path] = {}
    with BatchSigner(credential, level=level, tsa_url=tsa_url, trust_roots=trust_roots) as batch:
        for src in paths:
            item = BatchItem(Path(src))
            items.append(item)
            if item.source.name in taken:  # two folders' a.pdf would land on one DIR/a.pdf
                item.error = ("sign.same_name", {"other": str(taken[item.source.name])})
                continue
            taken[item.source.name] = item.source
            try:
                item.output = batch.sign(item.source, Path(out_dir) / item.source.name).output
            except SigningRefused as exc:
                if exc.key.startswith("sign.cert_") or exc.key in ("sign.tsa_failed", "sign.network_failed"):
                    raise  # the credential or the service, not this file: every other file would fail too
                item.error = (exc.key, exc.params)
            except TthcError as exc:
                item.error = (exc.key, exc.params)
    return items

"""``tthc ltv refresh``: add a fresh archive timestamp to B-LTA files before the last one weakens.

The last document timestamp is validated (its chain and revocation data go into the DSS), then a new
document timestamp covers everything. The file is rewritten atomically: readers see the old or the
new file, and since the update is incremental every earlier signature stays valid.
"""

from __future__ import annotations

import asyncio
import io
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from tthc_digitize import clock
from tthc_digitize.errors import InputFileError
from tthc_digitize.outputs import write_output


@dataclass
class RefreshOutcome:
    path: Path
    status: str  # "refreshed" | "not_due" | "not_lta" | "failed"
    last_timestamp: datetime | None = None
    detail: str = ""


def last_document_timestamp(reader) -> datetime | None:
    times = []
    for sig in reader.embedded_signatures:
        try:
            if sig.sig_object_type == "/DocTimeStamp":
                tst = sig.signed_data["encap_content_info"]["content"].parsed
                times.append(tst["gen_time"].native)
        except Exception:
            continue
    return max(times) if times else None


def refresh(
    paths: list[Path], tsa_url: str, *, older_than_days: int = 0, trust_roots=None, now: datetime | None = None
) -> list[RefreshOutcome]:
    """Refresh each B-LTA file whose newest document timestamp is older than ``older_than_days``."""
    import aiohttp  # heavy: aiohttp, loaded only when a TSA, OCSP or CRL server is called
    from pyhanko.sign.signers.pdf_signer import PdfTimeStamper  # heavy: pyHanko, loaded only when signing or validating
    from pyhanko.sign.timestamps import HTTPTimeStamper  # heavy: pyHanko, loaded only when signing or validating
    from pyhanko_certvalidator import ValidationContext  # heavy: pyHanko's validator, loaded only when validating
    from pyhanko_certvalidator.fetchers.aiohttp_fetchers import (
        AIOHttpFetcherBackend,  # heavy: pyHanko's validator, loaded only when validating
    )

    now = now or clock.now()
    outcomes = []

    async def run() -> None:
        async with aiohttp.ClientSession() as session:
            stamper = PdfTimeStamper(HTTPTimeStamper(tsa_url, timeout=20, session=session))
            for path in paths:
                outcomes.append(await _one(Path(path), stamper, session))

    async def _one(path: Path, stamper, session) -> RefreshOutcome:
        from pyhanko.pdf_utils.reader import PdfFileReader  # heavy: pyHanko, loaded only when signing or validating

        try:
            data = path.read_bytes()
            reader = PdfFileReader(io.BytesIO(data), strict=False)
            last = last_document_timestamp(reader)
        except OSError as exc:
            return RefreshOutcome(path, "failed", detail=exc.strerror or str(exc))
        except Exception as exc:
            return RefreshOutcome(path, "failed", detail=f"{type(exc).__name__}: {exc}")
        if last is None:
            return RefreshOutcome(path, "not_lta")
        # 0 days means "refresh now": a TSA token minted this second may read later than our clock
        if older_than_days and now - last < timedelta(days=older_than_days):
            return RefreshOutcome(path, "not_due", last)
        roots = list(trust_roots or []) or _self_signed_in_dss(reader)
        context = ValidationContext(trust_roots=roots, allow_fetching=True,
                                    fetcher_backend=AIOHttpFetcherBackend(session=session))
        try:
            out = await stamper.async_update_archival_timestamp_chain(reader, context, in_place=False,
                                                                      output=io.BytesIO())
            write_output(path, out.getvalue())
        except Exception as exc:  # one bad file must not stop the cron run
            key_detail = getattr(exc, "key", None)
            return RefreshOutcome(path, "failed", last, detail=key_detail or f"{type(exc).__name__}: {exc}")
        return RefreshOutcome(path, "refreshed", last)

    asyncio.run(run())
    return outcomes


def _self_signed_in_dss(reader) -> list:
    from pyhanko.sign.validation.dss import (
        DocumentSecurityStore,  # heavy: pyHanko, loaded only when signing or validating
    )

    try:
        return [c for c in DocumentSecurityStore.read_dss(reader).load_certs() if c.self_signed in ("yes", "maybe")]
    except Exception:
        raise InputFileError("sign.trust_missing", path="--trust") from None

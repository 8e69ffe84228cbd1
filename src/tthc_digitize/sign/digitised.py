"""The last step of ``tthc ingest --sign`` for each digitised result: draw the converted-from-paper
mark and the QR code, then sign with the batch signer — in that order, since nothing may be drawn
after a signature. The PDF/A is replaced (atomically) by the signed file."""

from __future__ import annotations

from pathlib import Path

from tthc_digitize import clock
from tthc_digitize.fsio import tmp_name
from tthc_digitize.sign.marks import ConversionMark, QrData, add_marks
from tthc_digitize.sign.pades import BatchSigner

SYSTEM_NAME = "tthc-digitize"


def qr_from_fields(fields: dict) -> QrData:
    """The QR fields the extracted record has (dossier and procedure codes are not on the paper)."""
    value = lambda name: (fields[name].value or "") if name in fields else ""  # noqa: E731
    title = " ".join(v for v in (value("type_name"), value("subject")) if v)
    return QrData(holder_id=value("holder_id"), title=title, system=SYSTEM_NAME, issued=value("issued_date"),
                  valid_until=value("valid_until"))


class DigitisedSigner:
    """``finish(pdf, fields)`` for :func:`tthc_digitize.batch.ingest`."""

    def __init__(self, batch: BatchSigner, agency: str, operator: str = "") -> None:
        self.batch = batch
        self.agency = agency
        self.operator = operator

    def __call__(self, pdf: Path, fields: dict) -> None:

        marked = tmp_name(pdf.with_name(pdf.stem + ".marked.pdf"))
        try:
            mark = ConversionMark(self.agency, clock.now(), self.operator)
            add_marks(pdf, marked, mark, qr_from_fields(fields))
            self.batch.sign(marked, pdf)
        finally:
            marked.unlink(missing_ok=True)

"""``tthc copy certify``: a certified e-copy of a presented paper original (chứng thực bản sao điện tử
từ bản chính).

The scans go through the OCR pipeline to a PDF/A; the official compares the page images and the OCR
summary with the original and confirms; the certification statement (lời chứng) goes on the foot of
the last page (placed on the blank part of the page, see sign/placement.py); the official signs, then the agency. The
number is taken under the warehouse lock and the stored object and register row go through the
warehouse's publish protocol, as for register copies (copies/issue.py).
"""

from __future__ import annotations

import io
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tthc_digitize import clock
from tthc_digitize.copies import code as codes
from tthc_digitize.copies import register
from tthc_digitize.copies.copy_pdf import strip_signatures
from tthc_digitize.copies.issue import event, official_name, store_copy, write_output
from tthc_digitize.copies.statement import CERTIFIED_COPY_FORM, VERIFY_HINT, certification_statement
from tthc_digitize.errors import InputFileError, UsageError
from tthc_digitize.fsio import write_atomically
from tthc_digitize.i18n import Message
from tthc_digitize.sign.appearance import CopyBlock, apply_copy_block
from tthc_digitize.sign.fonts import tinos_for_pages
from tthc_digitize.sign.marks import text_width
from tthc_digitize.sign.room import make_room

FONT_SIZE = 11.0
LINE = FONT_SIZE * 1.35
PREVIEW_DPI = 60


@dataclass
class ScanSummary:
    """What the official sees before confirming: per page the OCR's first words and confidence."""

    pdf: Path
    pages: list[dict[str, Any]]
    previews: list[Path] = field(default_factory=list)

    @property
    def words(self) -> int:
        return sum(p["words"] for p in self.pages)

    @property
    def confidence(self) -> float | None:
        scored = [p["confidence"] for p in self.pages if p["confidence"] is not None]
        return round(sum(scored) / len(scored), 2) if scored else None


@dataclass
class CertifyRequest:
    requester_id: str
    requester_name: str
    document_title: str


@dataclass
class CertifiedCopy:
    number: str
    sequence: int
    volume: str
    year: int
    code: str
    issued_at: str
    output: Path
    object_id: str
    pdf_sha256: str
    pages: int
    timings: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {k: str(v) if isinstance(v, Path) else v for k, v in self.__dict__.items()}


def ocr_original(scans: list[Path], work: Path, settings, previews: Path | None = None) -> ScanSummary:
    """The scans (in order: the original's pages) as one PDF/A, with a summary and page previews."""
    import pikepdf  # heavy: pikepdf (qpdf), loaded only when a PDF is opened
    import pymupdf  # heavy: PyMuPDF, loaded only when a page is drawn or rendered

    from tthc_digitize import pipeline  # heavy: the OCR stack, loaded only when an original is certified

    jobs = [pipeline.FileJob(scan, work / f"original-{i}.pdf") for i, scan in enumerate(scans)]
    outcomes = pipeline.run(jobs, settings)
    for outcome in outcomes:
        if outcome.status == "failed":
            key, params = outcome.error
            raise InputFileError("copies.certify_ocr_failed", path=str(outcome.path), detail=Message(key, params))
    merged = work / "original.pdf"
    with pikepdf.open(outcomes[0].output) as first:
        for outcome in outcomes[1:]:
            with pikepdf.open(outcome.output) as more:
                first.pages.extend(more.pages)
        first.save(merged)
    pages = [{"page": n, "words": p.words, "confidence": p.confidence, "text": " ".join(p.text.split())[:160]}
             for n, p in enumerate((p for o in outcomes for p in o.pages), 1)]
    summary = ScanSummary(merged, pages)
    if previews is not None:
        previews.mkdir(parents=True, exist_ok=True)
        with pymupdf.open(merged) as doc:
            for n, page in enumerate(doc, 1):
                path = previews / f"trang-{n:02d}.png"
                page.get_pixmap(dpi=PREVIEW_DPI).save(path)
                summary.previews.append(path)
    return summary


def _statement_pdf(src: Path, dst: Path, lines: list[str]) -> None:
    """``src`` with the statement at the foot of its last page (right-hand, where a signer's block
    stands) when the page is blank there, else where :mod:`sign.placement` finds room: smaller, in a
    strip added at the foot, or on a page added after the last. Tinos, black."""
    import pikepdf  # heavy: pikepdf (qpdf), loaded only when a PDF is opened
    import pymupdf  # heavy: PyMuPDF, loaded only when a page is drawn or rendered

    with pymupdf.open(src) as doc:
        size = (text_width(lines, FONT_SIZE), len(lines) * LINE)
        room = make_room(doc, doc.page_count - 1, size, "foot-right")
        page, scale = doc[room.page], room.scale
        page.insert_font(fontname="tinos", fontfile=str(tinos_for_pages()))
        x, y = room.rect[0], room.rect[1] + FONT_SIZE * scale
        for line in lines:
            page.insert_text((x, y), line, fontname="tinos", fontsize=FONT_SIZE * scale, color=(0, 0, 0))
            y += LINE * scale
        data = doc.tobytes(garbage=1, deflate=True)
    with pikepdf.open(io.BytesIO(data)) as pdf:
        from tthc_digitize.ocr.assemble import _spell_out_defaults  # heavy: the PDF/A assembly stack

        _spell_out_defaults(pdf.pages[room.page])
        buf = io.BytesIO()
        pdf.save(buf)
    write_atomically(dst, buf.getvalue())


def _page_count(path: Path) -> int:
    import pikepdf  # heavy: pikepdf (qpdf), loaded only when a PDF is opened

    with pikepdf.open(path) as pdf:
        return len(pdf.pages)


def certify_copy(wh, summary: ScanSummary, request: CertifyRequest, official_signer, agency_signer, output: Path,
                 confirm: Callable[[ScanSummary], bool]) -> CertifiedCopy:
    """Certify the OCR'd original ``summary`` once ``confirm(summary)`` says the official compared it."""
    if not request.document_title.strip():
        raise UsageError("copies.certify_no_title")
    if not confirm(summary):
        raise InputFileError("copies.certify_declined")
    register.ensure(wh.repo)
    settings = wh.config.copies
    agency = wh.config.agency_name
    timings: dict[str, float] = {}
    started = time.perf_counter()
    with wh.writing(), tempfile.TemporaryDirectory(dir=wh.home.staging) as tmp:
        work = Path(tmp)
        when = clock.now()
        with wh.transaction():  # the lock keeps the number free until publish commits its row
            number = register.next_certification(wh.repo, when.year, settings.volume_size)
        code = codes.new_code()
        official = official_name(wh)
        lines = [*certification_statement(number, when, official, settings.official_position, agency),
                 f"{VERIFY_HINT}: {code}"]
        marked = work / "with-code.pdf"
        marked.write_bytes(strip_signatures(summary.pdf.read_bytes(), code))
        _statement_pdf(marked, work / "statement.pdf", lines)
        # the agency's block is placed (and its room made) before the official signs: nothing may
        # change the pages after the first signature
        block = CopyBlock(CERTIFIED_COPY_FORM, agency, when, f"{number.sequence}, quyển số {number.volume_label}")
        appearance = apply_copy_block(block, work / "statement.pdf", work / "placed.pdf")
        pages = _page_count(work / "placed.pdf")
        official_signer.sign(work / "placed.pdf", work / "official.pdf")
        agency_signer.sign(work / "official.pdf", work / "copy.pdf", appearance=appearance)
        official_signer.flush()
        agency_signer.flush()
        pdf = (work / "copy.pdf").read_bytes()
        label = f"{number.sequence}/{number.volume_label}"
        object_id = f"{wh.agency_code}/SCT-BS/{number.year}/{number.sequence:05d}"
        pointer = {"kind": "certified_copy", "number": label, "code": code, "issued_at": clock.iso(when),
                   "document_title": request.document_title, "pages": pages}
        certification = {
            "year": number.year, "sequence": number.sequence, "volume": number.volume, "number": label, "code": code,
            "issued_at": clock.iso(when), "requester_id": request.requester_id, "requester_name": request.requester_name,
            "document_title": request.document_title, "pages": pages, "official": official,
            "official_position": settings.official_position, "object_id": object_id,
        }
        certified = event("copy_certify", object_id, {"number": label, "code": code, "pages": pages,
                                                      "requester_id": request.requester_id}, official, clock.iso(when))
        _, sha256, _ = store_copy(wh, "copy_certify", object_id, pdf, pointer, certification, [certified])
    write_output(output, pdf, object_id)
    timings["total"] = time.perf_counter() - started
    return CertifiedCopy(label, number.sequence, number.volume_label, number.year, code, clock.iso(when), output,
                         object_id, sha256, pages, timings)

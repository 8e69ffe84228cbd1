"""``tthc copy certify``: a certified e-copy of a presented paper original (chứng thực bản sao điện tử
từ bản chính).

The scans go through the OCR pipeline to a PDF/A; the official compares the page images and the OCR
summary with the original and confirms; the certification statement (lời chứng) goes on the foot of
the last page (a new page when the foot is not free); the official signs, then the agency. The
number, the stored object and the register row are made inside one write transaction, as for
register copies (copies/issue.py).
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
from tthc_digitize.copies.issue import official_name, store_copy, write_output
from tthc_digitize.copies.placement import free_band_at_foot
from tthc_digitize.copies.statement import CERTIFIED_COPY_FORM, VERIFY_HINT, certification_statement
from tthc_digitize.errors import InputFileError, UsageError

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
    import pikepdf
    import pymupdf

    from tthc_digitize import pipeline

    jobs = [pipeline.FileJob(scan, work / f"original-{i}.pdf") for i, scan in enumerate(scans)]
    outcomes = pipeline.run(jobs, settings)
    for outcome in outcomes:
        if outcome.status == "failed":
            key, params = outcome.error
            from tthc_digitize.i18n import tr

            raise InputFileError("copies.certify_ocr_failed", path=str(outcome.path), detail=tr(key, **params))
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


def _statement_pdf(src: Path, dst: Path, lines: list[str]) -> int:
    """``src`` with the statement at the foot of its last page, or on a page added after it; returns
    the page count. Text in Tinos, black, right half of the page (where a signer's block stands)."""
    import numpy as np
    import pikepdf
    import pymupdf

    from tthc_digitize.ocr.assemble import _spell_out_defaults
    from tthc_digitize.pipeline import write_atomically
    from tthc_digitize.sign.fonts import tinos_for_pages

    with pymupdf.open(src) as doc:
        last = doc[-1]
        needed = (len(lines) * LINE + 2 * FONT_SIZE) / last.rect.height
        pix = last.get_pixmap(dpi=50, colorspace=pymupdf.csGRAY)
        grey = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.stride)[:, : pix.width]
        band = free_band_at_foot(grey, needed)
        if band is None:
            last = doc.new_page(width=last.rect.width, height=last.rect.height)
            band = (0.08, 1.0)
        last.insert_font(fontname="tinos", fontfile=str(tinos_for_pages()))
        x = last.rect.width * 0.45
        y = band[0] * last.rect.height + FONT_SIZE + 4
        for line in lines:
            last.insert_text((x, y), line, fontname="tinos", fontsize=FONT_SIZE, color=(0, 0, 0))
            y += LINE
        count = doc.page_count
        data = doc.tobytes(garbage=1, deflate=True)
    with pikepdf.open(io.BytesIO(data)) as pdf:
        _spell_out_defaults(pdf.pages[-1])
        buf = io.BytesIO()
        pdf.save(buf)
    write_atomically(dst, buf.getvalue())
    return count


def certify_copy(wh, summary: ScanSummary, request: CertifyRequest, official_signer, agency_signer, output: Path,
                 confirm: Callable[[ScanSummary], bool]) -> CertifiedCopy:
    """Certify the OCR'd original ``summary`` once ``confirm(summary)`` says the official compared it."""
    from tthc_digitize.sign.appearance import CopyBlock, apply_copy_block

    if not request.document_title.strip():
        raise UsageError("copies.certify_no_title")
    if not confirm(summary):
        raise InputFileError("copies.certify_declined")
    register.ensure(wh.repo)
    settings = wh.config.copies
    agency = wh.config.agency_name
    timings: dict[str, float] = {}
    started = time.perf_counter()
    with wh.writing(), wh.transaction(), tempfile.TemporaryDirectory(dir=wh.home.staging) as tmp:
        work = Path(tmp)
        when = clock.now()
        number = register.next_certification(wh.repo, when.year, settings.volume_size)
        code = codes.new_code()
        official = official_name(wh)
        lines = [*certification_statement(number, when, official, settings.official_position, agency),
                 f"{VERIFY_HINT}: {code}"]
        marked = work / "with-code.pdf"
        marked.write_bytes(strip_signatures(summary.pdf.read_bytes(), code))
        pages = _statement_pdf(marked, work / "statement.pdf", lines)
        official_signer.sign(work / "statement.pdf", work / "official.pdf")
        block = CopyBlock(CERTIFIED_COPY_FORM, agency, when, f"{number.sequence}, quyển số {number.volume_label}")
        agency_signer.sign(work / "official.pdf", work / "copy.pdf", appearance=apply_copy_block(block))
        official_signer.flush()
        agency_signer.flush()
        pdf = (work / "copy.pdf").read_bytes()
        label = f"{number.sequence}/{number.volume_label}"
        object_id = f"{wh.agency_code}/SCT-BS/{number.year}/{number.sequence:05d}"
        pointer = {"kind": "certified_copy", "number": label, "code": code, "issued_at": clock.iso(when),
                   "document_title": request.document_title, "pages": pages}
        version, sha256, sha512, note = store_copy(wh, "copy_certify", object_id, pdf, pointer)
        register.insert(wh.repo, "certifications", {
            "year": number.year, "sequence": number.sequence, "volume": number.volume, "number": label, "code": code,
            "issued_at": clock.iso(when), "requester_id": request.requester_id, "requester_name": request.requester_name,
            "document_title": request.document_title, "pages": pages, "official": official,
            "official_position": settings.official_position, "object_id": object_id, "object_version": version,
            "pdf_sha256": sha256, "pdf_sha512": sha512,
        })
        wh.repo.record_event("copy_certify", object_id, {"number": label, "code": code, "pages": pages,
                                                          "requester_id": request.requester_id}, official, clock.iso(when))
    note.unlink()  # committed: the copy is registered
    write_output(output, pdf, object_id)
    timings["total"] = time.perf_counter() - started
    return CertifiedCopy(label, number.sequence, number.volume_label, number.year, code, clock.iso(when), output,
                         object_id, sha256, pages, timings)

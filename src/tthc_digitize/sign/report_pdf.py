"""The validation report (:mod:`tthc_digitize.sign.report`) as one PDF/A-2b page a clerk can file.

Laid out by PyMuPDF's Story (HTML with Tinos, embedded and subset, so Vietnamese prints and copies
right); the text shrinks until everything fits one A4 page. Made in memory only: the web page
renders it from the sandbox's answer and never writes a file. Times are shown as every mark shows
them (dd/mm/yyyy HH:MM:SS +07:00).
"""

from __future__ import annotations

import html
import io
from datetime import datetime

from tthc_digitize import clock
from tthc_digitize.clock import VN_TZ
from tthc_digitize.i18n import tr
from tthc_digitize.ocr.assemble import DocumentInfo, _make_pdfa, _spell_out_defaults
from tthc_digitize.sign.fonts import tinos_for_pages
from tthc_digitize.sign.marks import vn_time

SIZES = (9.5, 8.5, 7.5, 6.5, 5.5, 4.5)  # pt: the first that fits one page
MARGIN = 40


def render(data: dict) -> bytes:
    import pikepdf  # heavy: pikepdf (qpdf), loaded only when a PDF is opened
    import pymupdf  # heavy: PyMuPDF, loaded only when a page is drawn or rendered

    # the variant without the no-break space / soft hyphen aliases: copied text reads back as typed
    font = tinos_for_pages()
    page = pymupdf.paper_rect("a4")
    where = page + (MARGIN, MARGIN, -MARGIN, -MARGIN)
    body = _html(data)
    for size in SIZES:
        story = pymupdf.Story(body, user_css=_css(font.name, size), archive=pymupdf.Archive(str(font.parent)))
        buf = io.BytesIO()
        writer = pymupdf.DocumentWriter(buf)
        more, pages = True, 0
        # one page at a readable size; a report too long even at the smallest runs on, never cut
        while more and (pages == 0 or size == SIZES[-1]):
            device = writer.begin_page(page)
            more, _ = story.place(where)
            story.draw(device)
            writer.end_page()
            pages += 1
        writer.close()
        if not more:
            break
    with pymupdf.open(stream=buf.getvalue(), filetype="pdf") as doc:
        doc.subset_fonts()
        laid_out = doc.tobytes(garbage=3, deflate=True)
    lang = data.get("language", "vi")
    with pikepdf.open(io.BytesIO(laid_out)) as pdf:
        for p in pdf.pages:
            _spell_out_defaults(p)
        title = f"{tr('report.verify_title', lang)} — {data['file']['name']}"
        _make_pdfa(pdf, DocumentInfo(title, clock.now(), "vi-VN" if lang == "vi" else "en"))
        out = io.BytesIO()
        pdf.save(out, fix_metadata_version=True, deterministic_id=True)
    return out.getvalue()


def _css(font_file: str, size: float) -> str:
    # one face only (regular): emphasis by size and capitals, as the bold face has the same aliases
    return f"""
    @font-face {{ font-family: Tinos; src: url({font_file}); }}
    * {{ font-family: Tinos; font-weight: normal; }}
    body {{ font-size: {size}pt; }}
    h1 {{ font-size: {size * 1.5:.1f}pt; text-align: center; margin: 0 0 4pt 0; }}
    h2 {{ font-size: {size * 1.15:.1f}pt; margin: 6pt 0 2pt 0; }}
    p {{ margin: 1pt 0 1pt 0; }}
    p.item {{ margin-left: 10pt; }}
    p.sub {{ margin-left: 22pt; }}
    p.verdict {{ font-size: {size * 1.3:.1f}pt; margin: 4pt 0; }}
    p.note {{ font-size: {size * 0.85:.1f}pt; margin-top: 6pt; }}
    """


def _when(value: str | None) -> str:
    return vn_time(datetime.fromisoformat(value).astimezone(VN_TZ)) if value else "-"


def _html(data: dict) -> str:
    lang = data.get("language", "vi")
    e = html.escape

    def t(key: str, **params) -> str:
        return e(tr(key, lang, **params))

    def row(key: str, value: str) -> str:
        return f"<p class='item'>{t(key)}: {value}</p>"

    def block(key: str, items: list[str], none: str = "") -> str:
        if not items:
            return row(key, t(none) if none else "-")
        return f"<p class='item'>{t(key)}:</p>" + "".join(f"<p class='sub'>– {item}</p>" for item in items)

    parts = [f"<h1>{t('report.verify_title')}</h1>",
             f"<p>{t('report.file')}: {e(data['file']['name'])} ({data['file']['size']} byte)</p>",
             f"<p>{t('report.sha256')}: {e(data['file']['sha256'])}</p>",
             f"<p>{t('report.checked_at')}: {e(_when(data['checked_at']))}</p>",
             f"<p class='verdict'>{e(data['verdict_text'])}</p>"]
    if not data["trust_store"]:
        parts.append(f"<p>{t('verify.no_trust')}</p>")
    for n, s in enumerate(data["signatures"], 1):
        parts.append(f"<h2>{n}. {t('verify.kind.' + s['kind'])} «{e(s['field'])}» — {e(s['signer'])}</h2>")
        parts.append(row("report.indication", f"{t('report.indication.' + s['indication'])}"))
        parts.append(row("report.subindication", f"{e(s['subindication'])}: {e(s['explanation'])}"))
        if s["kind"] == "signature":
            parts.append(row("verify.signing_time", e(_when(s.get("signing_time")))))
        parts.append(row("verify.timestamp_time", e(_when(s.get("timestamp_time")))))
        if s.get("level"):
            parts.append(row("verify.level", e(s["level"])))
        parts.append(block("report.certificates", [
            t("report.cert_line", subject=c["subject"], serial=c["serial"], not_before=_when(c["not_before"]),
              not_after=_when(c["not_after"])) for c in s["certificates"]]))
        parts.append(block("report.revocation", [
            t("report.revocation_line", type=r["type"].upper(), issuer=r["issuer"], time=_when(r["time"]),
              source=tr(f"report.source.{r['source']}", lang)) for r in s["revocation"]], "report.revocation_none"))
        parts.append(block("verify.changes", [
            e(c["text"]) if c["expected"] else f"{t('warning.prefix').upper()}: {e(c['text'])}" for c in s["changes"]],
            "report.changes_none"))
    parts.append(f"<h2>{t('report.register')}</h2>")
    register = data["register"]
    if register is None:
        parts.append(f"<p>{t('report.register_none')}</p>")
    else:
        def yes_no(value) -> str:
            return t("report.not_checked") if value is None else t("report.yes") if value else f"{t('report.no')}"

        parts.append(f"<p>{t('copies.check.title', code=register['code'])}</p>")
        for key in ("in_register", "not_revoked", "sha256_matches", "source_valid"):
            parts.append(row(f"report.register.{key}", yes_no(register[key])))
        public = register["public"]
        for key in ("number", "agency", "issued_at", "type", "source_number", "subject", "requester", "revoked_at"):
            if public.get(key) not in (None, ""):
                value = _when(public[key]) if key in ("issued_at", "revoked_at") else str(public[key])
                parts.append(row(f"serve.field.{key}", e(value)))
    parts.append(f"<p class='note'>{t('report.standard')}</p>")
    return "".join(parts)

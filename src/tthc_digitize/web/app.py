"""The public verification page: type a code, open ``/v/<code>`` (where new copies' QR codes point),
or upload the copy's PDF. The verdict is ``tthc verify``'s: the register's answer for the code (in
it, not revoked, the source still valid) and, for a file, its signatures and its SHA-256 against the
one issued. It shows what the copy itself shows (:func:`copies.check.public_view`), never ID numbers.

Plain HTML forms, no JavaScript; Vietnamese first, ``?lang=en`` for English.

Both verdicts offer the validation report (:mod:`tthc_digitize.sign.report`) as PDF/A and JSON: for a
code, ``/v/<code>/report.pdf|json`` covers the copy stored in the warehouse; for an upload, the report
is built in the sandbox from the uploaded bytes, with the register's answer added here, and comes in
the verdict page itself as two ``data:`` download links — the upload is never kept after the response.
"""

from __future__ import annotations

import base64
import html
import tempfile
import threading
from datetime import datetime
from pathlib import Path

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Route

from tthc_digitize.copies import register
from tthc_digitize.copies.check import PUBLIC_FIELDS, CopyCheck, check_code, public_view, stored_copy
from tthc_digitize.copies.code import normalise
from tthc_digitize.i18n import tr
from tthc_digitize.sign import report as validation_report
from tthc_digitize.sign.marks import vn_time
from tthc_digitize.sign.report_pdf import render
from tthc_digitize.sign.verify import verify_file
from tthc_digitize.web import sandbox
from tthc_digitize.web.guard import Buckets, Guard, TooLarge

MAX_UPLOAD = 20 * 1024 * 1024
CSS = """body{font-family:"Times New Roman",Tinos,serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#111}
h1{font-size:1.5rem}.ok{color:#0a6b2b;background:#e9f5ed}.bad{color:#b00020;background:#fdecee}
.verdict{font-size:1.3rem;font-weight:bold;padding:.5rem .8rem;border-left:.4rem solid}
table{border-collapse:collapse}td,th{border:1px solid #999;padding:.3rem .6rem;text-align:left;vertical-align:top}
form{margin:1rem 0}input[type=text]{font-size:1.1rem;width:14rem}nav{float:right}"""


def _e(text) -> str:
    return html.escape(str(text), quote=True)


def shown_when(value) -> str:
    """A register time or date as the copy's own marks print it (19/10/2023 10:56:22 +07:00, 05/01/2020),
    not the ISO 8601 the register stores."""
    try:
        when = datetime.fromisoformat(str(value))
    except ValueError:
        return str(value)
    return vn_time(when) if when.tzinfo else when.strftime("%d/%m/%Y")


def _lang(request: Request) -> str:
    return "en" if request.query_params.get("lang") == "en" else "vi"


def page(lang: str, body: str, path: str = "/") -> str:
    other = "vi" if lang == "en" else "en"
    link = f"{path}?lang=en" if other == "en" else path
    return (f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<title>{_e(tr("serve.title", lang))}</title><link rel="stylesheet" href="/style.css"></head><body>'
            f'<nav><a href="{_e(link)}" hreflang="{other}">{_e(tr("serve.other_lang", lang))}</a></nav>'
            f'<h1>{_e(tr("serve.title", lang))}</h1>{body}</body></html>')


def _suffix(lang: str) -> str:
    return "?lang=en" if lang == "en" else ""


def forms(lang: str, max_upload: int) -> str:
    hidden = '<input type="hidden" name="lang" value="en">' if lang == "en" else ""
    return (f'<p>{_e(tr("serve.intro", lang))}</p>'
            f'<form method="get" action="/v">{hidden}<label>{_e(tr("serve.code_label", lang))} '
            f'<input type="text" name="code" required maxlength="20" autocomplete="off"></label> '
            f'<button type="submit">{_e(tr("serve.code_button", lang))}</button></form>'
            f'<form method="post" action="/upload{_suffix(lang)}" enctype="multipart/form-data">'
            f'<label>{_e(tr("serve.upload_label", lang, mb=max_upload // (1024 * 1024)))} '
            f'<input type="file" name="pdf" accept="application/pdf" required></label> '
            f'<button type="submit">{_e(tr("serve.upload_button", lang))}</button></form>')


def refusal_page(status: int, key: str, lang: str) -> str:
    return page(lang, f'<p class="verdict bad">{_e(tr(key, lang))}</p>'
                      f'<p><a href="/{_suffix(lang)}">{_e(tr("serve.back", lang))}</a></p>')


def register_line(check: CopyCheck, lang: str) -> str:
    row = check.row
    key = "copies.check.valid" if check.ok and check.file_checked else (
        "copies.check.valid_code" if check.ok else f"copies.check.{check.status}")
    return tr(key, lang, code=check.code, number=row.get("number", ""), issued_at=shown_when(row.get("issued_at", "")),
              date=shown_when(row.get("revoked_at") or ""), reason=row.get("revoked_reason") or "")


def downloads(lang: str, pdf_href: str, json_href: str) -> str:
    return (f'<p class="downloads"><a href="{_e(pdf_href)}" download="bao-cao-kiem-tra.pdf">'
            f'{_e(tr("report.download_pdf", lang))}</a> · <a href="{_e(json_href)}" download="bao-cao-kiem-tra.json">'
            f'{_e(tr("report.download_json", lang))}</a></p>')


def _data_url(media: str, data: bytes) -> str:
    return f"data:{media};base64,{base64.b64encode(data).decode('ascii')}"


def verdict_page(lang: str, ok: bool, lines: list[str], view: dict, path: str, extra: str = "") -> str:
    head = f'<p class="verdict {"ok" if ok else "bad"}">{_e(tr("serve.ok" if ok else "serve.not_ok", lang))}</p>'
    items = "".join(f"<li>{_e(line)}</li>" for line in lines)
    table = ""
    if view:
        shown = {**view, "kind": tr(f"copies.check.kind.{view['kind']}", lang),
                 **{k: shown_when(view[k]) for k in ("issued_at", "source_date", "revoked_at") if view.get(k)}}
        rows = "".join(f'<tr><th scope="row">{_e(tr("serve.field." + k, lang))}</th><td>{_e(shown[k])}</td></tr>'
                       for k in PUBLIC_FIELDS if shown.get(k) not in (None, ""))
        table = f'<h2>{_e(tr("serve.details", lang))}</h2><table>{rows}</table>'
    back = f'<p><a href="/{_suffix(lang)}">{_e(tr("serve.back", lang))}</a></p>'
    return page(lang, f"{head}<ul>{items}</ul>{table}{extra}{back}", path)


class Verifier:
    """The warehouse behind the page, opened once; one SQLite connection shared under a lock (the
    lookups are a few indexed reads). Uploads run two sandboxed children at most."""
    def __init__(self, wh, trust: str | None, max_children: int = 2) -> None:

        self.wh, self.trust = wh, trust
        self._lock = threading.Lock()
        self._children = threading.BoundedSemaphore(max_children)
        register.ensure(wh.repo)

    def lookup(self, code: str, pdf: Path | None = None) -> tuple[CopyCheck, dict]:
        with self._lock:
            check = check_code(self.wh, code, pdf)
            return check, public_view(self.wh, check)

    def stored_report(self, code: str, lang: str) -> dict | None:
        """The validation report of the copy stored under ``code`` (None: no such copy)."""
        with self._lock:
            check = check_code(self.wh, code)
            view, stored = public_view(self.wh, check), stored_copy(self.wh, check)
        if stored is None:
            return None
        report = verify_file(stored, self.trust)
        return validation_report.build(report, stored.read_bytes(), check=check, view=view, lang=lang)

    def upload(self, pdf: Path, lang: str = "vi") -> sandbox.Outcome | None:
        if not self._children.acquire(timeout=sandbox.WALL_SECONDS):
            return None
        try:
            return sandbox.check_upload(pdf, self.trust, lang)
        finally:
            self._children.release()


def create_app(wh, *, trust: str | None = None, max_upload: int = MAX_UPLOAD, rate: float = 10.0,
               burst: int = 30, upload_rate: float = 0.5, upload_burst: int = 5) -> Guard:
    verifier = Verifier(wh, trust)

    def home(request: Request) -> Response:
        lang = _lang(request)
        return HTMLResponse(page(lang, forms(lang, max_upload)))

    def by_form(request: Request) -> Response:
        lang = _lang(request)
        code = normalise(request.query_params.get("code", ""))
        if code is None:
            body = (f'<p class="verdict bad">{_e(tr("copies.bad_code", lang, code=request.query_params.get("code", "")))}'
                    f'</p>{forms(lang, max_upload)}')
            return HTMLResponse(page(lang, body), status_code=400)
        return RedirectResponse(f"/v/{code}{_suffix(lang)}", status_code=303)

    def by_code(request: Request) -> Response:
        lang = _lang(request)
        typed = request.path_params["code"]
        code = normalise(typed)
        if code is None:
            body = f'<p class="verdict bad">{_e(tr("copies.bad_code", lang, code=typed[:40]))}</p>{forms(lang, max_upload)}'
            return HTMLResponse(page(lang, body), status_code=400)
        check, view = verifier.lookup(code)
        status = 404 if check.status == "unknown" else 200
        extra = "" if status == 404 else downloads(lang, f"/v/{code}/report.pdf{_suffix(lang)}",
                                                   f"/v/{code}/report.json{_suffix(lang)}")
        return HTMLResponse(verdict_page(lang, check.ok, [register_line(check, lang)], view, f"/v/{code}", extra),
                            status_code=status)

    async def report_for_code(request: Request) -> Response:
        lang = _lang(request)
        code = normalise(request.path_params["code"])
        fmt = request.path_params["fmt"]
        data = await run_in_threadpool(verifier.stored_report, code, lang) if code and fmt in ("pdf", "json") else None
        if data is None:
            return HTMLResponse(refusal_page(404, "serve.not_found", lang), status_code=404)
        if fmt == "json":
            return Response(validation_report.to_json(data), media_type="application/json; charset=utf-8",
                            headers={"content-disposition": f'attachment; filename="bao-cao-{code}.json"'})
        pdf = await run_in_threadpool(render, data)
        return Response(pdf, media_type="application/pdf",
                        headers={"content-disposition": f'attachment; filename="bao-cao-{code}.pdf"'})

    async def upload(request: Request) -> Response:
        lang = _lang(request)
        try:
            form = await request.form(max_files=1, max_fields=2)
        except TooLarge:
            return HTMLResponse(refusal_page(413, "serve.too_large", lang), status_code=413,
                                headers={"connection": "close"})
        except Exception:  # a malformed multipart body
            return HTMLResponse(refusal_page(400, "serve.bad_upload", lang), status_code=400)
        try:
            part = form.get("pdf")
            if part is None or isinstance(part, str):
                return HTMLResponse(refusal_page(400, "serve.bad_upload", lang), status_code=400)
            with tempfile.TemporaryDirectory(prefix="tthc-serve-") as tmp:
                pdf = Path(tmp) / "upload.pdf"
                with pdf.open("wb") as f:
                    while chunk := await part.read(1024 * 1024):
                        f.write(chunk)
                outcome = await run_in_threadpool(verifier.upload, pdf, lang)
                if outcome is None:
                    return HTMLResponse(refusal_page(503, "serve.busy", lang), status_code=503,
                                        headers={"retry-after": "5"})
                if outcome.status == "refused":
                    return HTMLResponse(refusal_page(422, "serve.refused", lang), status_code=422)
                if outcome.status != "done":
                    return HTMLResponse(refusal_page(422, "serve.unreadable", lang), status_code=422)
                report = outcome.report
                lines = [tr("verify.verdict." + report["verdict"], lang)]
                check, view = None, {}
                validation = outcome.validation
                if outcome.code:
                    check, view = await run_in_threadpool(verifier.lookup, outcome.code, pdf)
                    lines.append(register_line(check, lang))
                    validation = validation_report.with_register(validation, check, view, pdf.read_bytes())
                else:
                    lines.append(tr("serve.signatures_only", lang))
        finally:
            await form.close()
        ok = bool(report["ok"] and check is not None and check.ok)
        rendered = await run_in_threadpool(render, validation)
        extra = downloads(lang, _data_url("application/pdf", rendered),
                          _data_url("application/json", validation_report.to_json(validation)))
        return HTMLResponse(verdict_page(lang, ok, lines, view, "/", extra))

    def style(request: Request) -> Response:
        return Response(CSS, media_type="text/css")

    def not_found(request: Request, exc) -> Response:
        return HTMLResponse(refusal_page(404, "serve.not_found", _lang(request)), status_code=404)

    app = Starlette(routes=[
        Route("/", home), Route("/v", by_form), Route("/v/{code}", by_code),
        Route("/v/{code}/report.{fmt:str}", report_for_code),
        Route("/upload", upload, methods=["POST"]), Route("/style.css", style),
    ], exception_handlers={404: not_found})
    return Guard(app, max_body=max_upload, lookups=Buckets(rate, burst), uploads=Buckets(upload_rate, upload_burst),
                 render_refusal=refusal_page)

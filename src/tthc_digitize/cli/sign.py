"""Signing commands: sign, verify, ltv refresh."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Optional

import typer
from rich.markup import escape

from tthc_digitize import clock
from tthc_digitize.cli.app import JSON_OPT, H, app, command_config, err, out, shown_path
from tthc_digitize.cli.options import TRUST_OPT, open_home
from tthc_digitize.cli.render import emit_json, fields_table, table
from tthc_digitize.errors import ExitCode, InputFileError, UsageError
from tthc_digitize.i18n import tr

# The signing modules load pyHanko, cryptography, asyncio and ssl (~40 ms without pyHanko itself):
# imported by the commands that use them, so `tthc --help` stays quick.

PKCS12_OPT = typer.Option(None, "--pkcs12", help=H("Tệp PKCS#12 (.p12/.pfx); mật khẩu lấy từ TTHC_PKCS12_PASSWORD hoặc hỏi.", "PKCS#12 file (.p12/.pfx); password from TTHC_PKCS12_PASSWORD or a prompt."))
MODULE_OPT = typer.Option(None, "--pkcs11-module", help=H("Mô-đun PKCS#11 của USB token (.so); PIN lấy từ TTHC_PKCS11_PIN hoặc hỏi.", "The USB token's PKCS#11 module (.so); PIN from TTHC_PKCS11_PIN or a prompt."))
TOKEN_OPT = typer.Option(None, "--token-label", help=H("Nhãn token.", "Token label."))
KEY_OPT = typer.Option(None, "--key-label", help=H("Nhãn khóa và chứng thư trên token.", "Label of the key and certificate on the token."))
TSA_OPT = typer.Option(None, "--tsa", help=H("URL máy chủ dấu thời gian (RFC 3161).", "Timestamp server URL (RFC 3161)."))


def _check_level(value: Optional[str]) -> Optional[str]:
    if value is not None and value.lower() not in ("b-b", "b-t", "b-lt", "b-lta"):
        raise typer.BadParameter("b-b | b-t | b-lt | b-lta")
    return value.lower() if value else None


LEVEL_OPT = typer.Option(None, "--level", callback=_check_level, help=H("Mức PAdES: b-b, b-t, b-lt (mặc định) hoặc b-lta.", "PAdES level: b-b, b-t, b-lt (default) or b-lta."))


@app.command("sign", help=H(
    "Ký số PAdES hàng loạt (tệp PKCS#12 hoặc USB token), từ B-B đến B-LTA; kiểm tra chứng thư trước khi ký.",
    "Sign PDFs with PAdES (PKCS#12 file or USB token), B-B to B-LTA; checks the certificate before signing.",
))
def sign_cmd(
    files: list[Path] = typer.Argument(..., help=H("Các tệp PDF cần ký.", "PDF files to sign.")),
    out_dir: Path = typer.Option(..., "--out", "-o", help=H("Thư mục ghi tệp đã ký.", "Folder for the signed files.")),
    level: Optional[str] = LEVEL_OPT,
    pkcs12: Optional[Path] = PKCS12_OPT,
    pkcs11_module: Optional[str] = MODULE_OPT,
    token_label: Optional[str] = TOKEN_OPT,
    key_label: Optional[str] = KEY_OPT,
    tsa: Optional[str] = TSA_OPT,
    trust: Optional[Path] = TRUST_OPT,
    as_json: bool = JSON_OPT,
) -> None:
    from tthc_digitize.sign.session import sign_files  # heavy: the sign package (logging, getpass)

    config = command_config(**{
        "sign.level": level, "sign.pkcs12": str(pkcs12) if pkcs12 else None, "sign.pkcs11_module": pkcs11_module,
        "sign.token_label": token_label, "sign.key_label": key_label, "sign.tsa_url": tsa,
        "sign.trust": str(trust) if trust else None,
    })
    settings = config.sign
    started = time.perf_counter()
    items = sign_files(files, out_dir, settings)
    failed = [i for i in items if i.error]
    seconds = time.perf_counter() - started
    if as_json:
        emit_json({
            "level": settings.level.upper(),
            "files": [{"path": str(i.source), "output": str(i.output) if i.output else None,
                       "error": tr(i.error[0], **i.error[1]) if i.error else None} for i in items],
            "signed": len(items) - len(failed), "failed": len(failed), "seconds": round(seconds, 3),
        })
    else:
        shown = table([tr(c) for c in ("report.col_file", "report.col_status", "sign.col_output")], tr("report.title"),
                      overflow="fold")
        for i in items:
            status = f"[red]{escape(tr(i.error[0], **i.error[1]))}[/]" if i.error else f"[green]{tr('report.status.done')}[/]"
            shown.add_row(escape(shown_path(i.source)), status, escape(shown_path(i.output)) if i.output else "")
        out.print(shown)
        out.print(tr("sign.totals", done=len(items) - len(failed), failed=len(failed), seconds=seconds))
    if failed:
        raise typer.Exit(ExitCode.some_failed)


@app.command("verify", help=H(
    "Kiểm tra chữ ký số và dấu thời gian của một tệp PDF: người ký, thời gian, mức PAdES, toàn vẹn, chứng thư, "
    "mọi thay đổi sau khi ký. Mã thoát: 0 hợp lệ; 9 bị sửa trái phép, không tin cậy, bị thu hồi hoặc không ký; "
    "10 chữ ký nguyên vẹn nhưng tệp bị thêm/sửa sau khi ký (tiêu đề, byte thêm vào...); 3 không đọc được.",
    "Verify the signatures and timestamps of a PDF: signer, time, PAdES level, integrity, certificate, every change "
    "after signing. Exit status: 0 valid; 9 altered, untrusted, revoked or unsigned; 10 signatures intact but the "
    "file was added to or changed after signing (title, appended bytes...); 3 unreadable.",
))
def verify_cmd(
    file: Optional[Path] = typer.Argument(None, help=H("Tệp PDF cần kiểm tra.", "PDF file to verify.")),
    code: Optional[str] = typer.Option(None, "--code", help=H("Mã kiểm tra in trên bản sao: đối chiếu sổ bản sao mà không cần tệp. Chỉ hiện điều bản sao tự ghi (số, cơ quan, ngày, loại, trích yếu, tên người yêu cầu che bớt).", "Verification code printed on a copy: check the copy register without the file. Shows only what the copy itself shows (number, agency, date, type, subject, the requester's name masked).")),
    home: Optional[Path] = typer.Option(None, "--home", help=H("Thư mục kho để đối chiếu sổ bản sao (mặc định TTHC_HOME hoặc ./tthc-home).", "Warehouse folder for the copy-register check (default TTHC_HOME or ./tthc-home).")),
    full: bool = typer.Option(False, "--full", help=H("Hiện đủ mục trong sổ (giấy tờ tùy thân, quan hệ, mục đích, người cấp): cho cán bộ có quyền trên kho, cần chỉ rõ --home.", "Show the whole register entry (ID numbers, relation, purpose, official): for staff with access to the warehouse; needs an explicit --home.")),
    report_out: Optional[Path] = typer.Option(None, "--report", help=H("Ghi báo cáo kiểm tra (ETSI EN 319 102-1) ra tệp .pdf (PDF/A-2b một trang) hoặc .json; với --code mà không có tệp, báo cáo về bản sao lưu trong kho.", "Write a validation report (ETSI EN 319 102-1) to a .pdf (one-page PDF/A-2b) or .json file; with --code and no file, it covers the copy stored in the warehouse.")),
    trust: Optional[Path] = TRUST_OPT,
    as_json: bool = JSON_OPT,
) -> None:
    from tthc_digitize.copies.check import check_register  # heavy: hashlib, the copy register
    from tthc_digitize.sign import report as validation_report
    from tthc_digitize.sign.verify import verify_file  # heavy: pyhanko, cryptography

    if file is None and code is None:
        raise UsageError("copies.verify_needs_input")
    if full and home is None:
        raise UsageError("copies.full_needs_home")
    if report_out is not None and report_out.suffix.lower() not in (".pdf", ".json"):
        raise UsageError("report.bad_suffix", path=str(report_out))
    # checking a copy writes nothing: a read-only backup will do
    answer = check_register(file, code, lambda: open_home(home, read_only=True))
    check, view = answer.check, answer.view
    target = file if file is not None else (answer.stored if report_out is not None else None)
    if report_out is not None and target is None:
        raise InputFileError("report.no_stored_copy", code=check.code if check else code)
    report = None
    if target is not None:
        config = command_config(**{"sign.trust": str(trust) if trust else None})
        report = verify_file(target, config.sign.trust or None)
    if report_out is not None and report is not None:
        data = validation_report.build(report, Path(target).read_bytes(), check=check, view=view)
        validation_report.write(data, report_out)
    if as_json:
        data = report.to_dict() if report else {"ok": True}
        register = None
        if check is not None:
            register = check.to_dict() if full else {"code": check.code, "status": check.status, "ok": check.ok,
                                                      "register": check.register, "file_checked": check.file_checked,
                                                      "public": view}
        emit_json({**data, "register": register, "register_note": note_text(answer),
                   "ok": bool(data["ok"] and (check is None or check.ok))})
    else:
        if report:
            render_verify(report)
        render_check(answer, full)
        if report_out is not None and report is not None:
            out.print(escape(tr("report.written", path=shown_path(report_out))))
    if report and report.verdict == "unreadable":
        raise typer.Exit(ExitCode.input_error)
    if report and report.verdict not in ("valid", "changed") or check is not None and not check.ok:
        raise typer.Exit(ExitCode.invalid_signature)
    if report and report.verdict == "changed":
        raise typer.Exit(ExitCode.changed_after_signing)


def _when(value) -> str:
    return clock.iso(value) if value else "-"


def _integrity(s) -> str:
    if not s.intact:
        return f"[bold red]{tr('verify.altered')}[/]"
    what = escape(tr(f"verify.mod.{s.modifications or 'unknown'}"))
    if s.coverage == "whole_file":
        return tr("verify.intact_whole")
    if s.modifications_allowed:
        return tr("verify.intact_allowed", what=what)
    return f"[bold red]{tr('verify.intact_disallowed', what=what)}[/]"


def _chain(s) -> str:
    if s.chain == "revoked_after_signing":
        return tr("verify.chain.revoked_after_signing", date=_when(s.revoked_at))
    if s.chain == "unknown":
        return escape(tr("verify.chain.unknown", detail=s.subindication or s.detail))
    text = tr(f"verify.chain.{s.chain}")
    if s.offline:
        text += " " + tr("verify.offline")
    return f"[green]{escape(text)}[/]" if s.chain == "trusted" else f"[red]{escape(text)}[/]"


def render_verify(report) -> None:
    from tthc_digitize.sign.changes import describe  # heavy: logging (the sign package)

    out.print(f"[bold]{escape(tr('verify.title', path=shown_path(report.path)))}[/]")
    if report.encrypted:
        out.print(tr("verify.encrypted_note"))
    if not report.trust_store:
        err.print(f"[yellow]{tr('warning.prefix')}:[/] {escape(tr('verify.no_trust'))}")
    for n, s in enumerate(report.signatures, 1):
        facts = fields_table(title=escape(f"{n}. {tr('verify.kind.' + s.kind)} «{s.field}»"))
        if not s.readable:
            facts.add_row(tr("verify.integrity"), f"[bold red]{escape(tr('verify.unreadable', detail=s.detail))}[/]")
            out.print(facts)
            continue
        facts.add_row(tr("verify.signer"), escape(s.signer))
        if s.organisation:
            facts.add_row(tr("verify.organisation"), escape(s.organisation))
        if s.kind == "signature":
            facts.add_row(tr("verify.signing_time"), _when(s.signing_time))
        facts.add_row(tr("verify.timestamp_time"), _when(s.timestamp_time))
        if s.level:
            facts.add_row(tr("verify.level"), s.level)
        facts.add_row(tr("verify.integrity"), _integrity(s))
        facts.add_row(tr("verify.chain"), _chain(s))
        if s.changes:
            facts.add_row(tr("verify.changes"), "\n".join(
                escape(describe(c)) if c.expected else f"[bold yellow]{escape(describe(c))}[/]" for c in s.changes))
        out.print(facts)
    style = "bold green" if report.ok else "bold red"
    out.print(f"[{style}]{tr('verify.verdict.' + report.verdict)}[/]")


def note_text(answer) -> Optional[str]:
    """Why the register was not asked (a RegisterAnswer's note), in the user's language."""
    if answer.note is None:
        return None
    cause = answer.cause
    return tr(answer.note, **({"detail": tr(cause.key, **cause.params)} if cause is not None else {}))


def render_check(answer, full: bool = False) -> None:
    """The register's answer; the public view (what the copy itself shows) unless ``full``."""
    from tthc_digitize.copies.check import PUBLIC_FIELDS  # heavy: hashlib, the copy register

    check, view = answer.check, answer.view
    if check is None:
        if answer.note:
            out.print(f"[yellow]{escape(note_text(answer))}[/]")
        return
    out.print(f"[bold]{escape(tr('copies.check.title', code=check.code))}[/]")
    row = check.row
    if row:
        facts = fields_table()
        if full:
            source = row.get("source_object_id") or row.get("document_title") or ""
            for key, value in (("kind", tr(f"copies.check.kind.{check.register}")), ("number", row["number"]),
                               ("issued_at", row["issued_at"]), ("source", source), ("requester", row["requester_name"]),
                               ("requester_id", row.get("requester_id", "")), ("relation", row.get("relation", "")),
                               ("purpose", row.get("purpose", "")), ("official", row.get("official", ""))):
                if value:
                    facts.add_row(tr(f"copies.check.field.{key}"), escape(str(value)))
        else:
            shown = {**view, "kind": tr(f"copies.check.kind.{view['kind']}")}
            for key in PUBLIC_FIELDS:
                if shown.get(key) not in (None, ""):
                    facts.add_row(tr(f"serve.field.{key}"), escape(str(shown[key])))
        out.print(facts)
    key = "copies.check.valid" if check.ok and check.file_checked else (
        "copies.check.valid_code" if check.ok else f"copies.check.{check.status}")
    text = tr(key, code=check.code, number=row.get("number", ""), issued_at=row.get("issued_at", ""),
              date=row.get("revoked_at") or "", reason=row.get("revoked_reason") or "")
    out.print(f"[{'bold green' if check.ok else 'bold red'}]{escape(text)}[/]")


ltv_app = typer.Typer(help=H("Duy trì chữ ký dài hạn (B-LTA).", "Keep long-term signatures alive (B-LTA)."), no_args_is_help=True)
app.add_typer(ltv_app, name="ltv")


@ltv_app.command("refresh", help=H(
    "Thêm dấu thời gian lưu trữ mới cho tệp B-LTA (chạy bằng cron trước khi chứng thư của dấu thời gian cuối hết hạn).",
    "Add a new archive timestamp to B-LTA files (for cron, before the last timestamp's certificate expires).",
))
def ltv_refresh_cmd(
    files: list[Path] = typer.Argument(..., help=H("Các tệp B-LTA.", "B-LTA files.")),
    older_than: int = typer.Option(0, "--older-than", min=0, help=H("Chỉ gia hạn tệp có dấu thời gian cuối cũ hơn số ngày này.", "Only refresh files whose last timestamp is older than this many days.")),
    tsa: Optional[str] = TSA_OPT,
    trust: Optional[Path] = TRUST_OPT,
    as_json: bool = JSON_OPT,
) -> None:
    from tthc_digitize.sign.ltv import refresh  # heavy: asyncio, ssl
    from tthc_digitize.sign.signers import load_trust_roots  # heavy: pyhanko, cryptography

    config = command_config(**{"sign.tsa_url": tsa, "sign.trust": str(trust) if trust else None})
    if not config.sign.tsa_url:
        raise UsageError("sign.tsa_required", level="B-LTA")
    outcomes = refresh(files, config.sign.tsa_url, older_than_days=older_than,
                       trust_roots=load_trust_roots(config.sign.trust))
    counts = {k: sum(o.status == k for o in outcomes) for k in ("refreshed", "not_due", "not_lta", "failed")}
    if as_json:
        emit_json({"files": [{"path": str(o.path), "status": o.status, "detail": o.detail,
                              "last_timestamp": o.last_timestamp.isoformat() if o.last_timestamp else None}
                             for o in outcomes], **counts})
    else:
        for o in outcomes:
            if o.status == "failed":
                err.print(f"[red]{escape(tr('ltv.failed', path=shown_path(o.path), detail=o.detail))}[/]")
            elif o.status == "not_due":
                out.print(escape(tr("ltv.not_due", path=shown_path(o.path), time=_when(o.last_timestamp))))
            else:
                out.print(escape(tr(f"ltv.{o.status}", path=shown_path(o.path))))
        out.print(tr("ltv.totals", refreshed=counts["refreshed"], skipped=counts["not_due"] + counts["not_lta"],
                     failed=counts["failed"]))
    if counts["failed"]:
        raise typer.Exit(ExitCode.some_failed)

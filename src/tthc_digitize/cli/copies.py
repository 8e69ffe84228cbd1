"""E-copy commands: copy issue | certify | list | revoke."""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path
from typing import Optional

import typer
from rich.markup import escape

from tthc_digitize import clock
from tthc_digitize.cli.app import JSON_OPT, H, app, out, shown_path
from tthc_digitize.cli.options import HOME_OPT, open_home
from tthc_digitize.cli.render import emit_csv, emit_json, emit_table
from tthc_digitize.errors import InputFileError, UsageError
from tthc_digitize.i18n import tr

# The copies' modules load hashlib, the register and the signing session (~30 ms): imported by the
# commands that use them, so `tthc --help` stays quick ("# heavy: copies" below).

copy_app = typer.Typer(help=H(
    "Bản sao điện tử: cấp từ sổ gốc, chứng thực từ bản chính, sổ bản sao, thu hồi.",
    "E-copies: issue from the master register, certify paper originals, copy registers, revocation.",
), no_args_is_help=True)
app.add_typer(copy_app, name="copy")

REQ_ID_OPT = typer.Option(..., "--requester-id", help=H("Số giấy tờ tùy thân của người yêu cầu (CCCD, mã số thuế …).", "The requester's identity number (CCCD, tax code …)."))
REQ_NAME_OPT = typer.Option(..., "--requester-name", help=H("Họ tên người yêu cầu.", "The requester's full name."))
OUTPUT_OPT = typer.Option(..., "--output", "-o", help=H("Tệp PDF bản sao cần ghi.", "The copy PDF to write."))


@copy_app.command("issue", help=H(
    "Cấp bản sao điện tử từ sổ gốc của một kết quả trong kho (kiểm tra thu hồi, sổ gốc, toàn vẹn, chữ ký, người yêu cầu).",
    "Issue a register e-copy of a stored result (checks revocation, master register, fixity, signature, requester).",
))
def issue_cmd(
    result: str = typer.Argument(..., help=H("Mã kết quả trong kho (số hoặc mã đối tượng).", "Result id in the warehouse (number or object id).")),
    requester_id: str = REQ_ID_OPT,
    requester_name: str = REQ_NAME_OPT,
    relation: Optional[str] = typer.Option(None, "--relation", help=H("Quan hệ với người được cấp: holder, representative hoặc heir.", "Relation to the holder: holder, representative or heir.")),
    purpose: str = typer.Option("", "--purpose", help=H("Mục đích sử dụng bản sao.", "What the copy is for.")),
    output: Path = OUTPUT_OPT,
    home: Optional[Path] = HOME_OPT,
    as_json: bool = JSON_OPT,
) -> None:
    from tthc_digitize.copies.issue import Requester, issue_copy  # heavy: copies
    from tthc_digitize.sign.session import agency_signer

    with open_home(home) as wh, agency_signer(wh.config) as (signer, roots):
        issued = issue_copy(wh, result, Requester(requester_id, requester_name, relation, purpose), signer, output, roots)
    if as_json:
        emit_json({**issued.to_dict(), "level": wh.config.copies.level.upper()})
        return
    out.print(escape(tr("copies.issued", number=issued.number, code=issued.code, path=shown_path(output))))
    out.print(tr("copies.level_note", level=wh.config.copies.level.upper()))


REGISTER_OPT = typer.Option("copies", "--register", help=H("Sổ: copies (bản sao từ sổ gốc) hoặc certifications (chứng thực).", "Register: copies (register e-copies) or certifications."))


def _register_kind(value: str) -> str:
    if value not in ("copies", "certifications"):
        raise UsageError("copies.bad_register", register=value)
    return value


def _people_rows(kind: str, rows: list[dict]) -> list[dict]:
    """The columns of the paper register (copies/register_pdf.py), in Vietnamese as printed."""
    shown = []
    for r in rows:
        note = f"Đã thu hồi {r['revoked_at']}: {r['revoked_reason']}" if r.get("revoked_at") else ""
        common = {"issued_at": r["issued_at"], "requester": f"{r['requester_name']}, {r['requester_id']}",
                  "official": r["official"], "code": r["code"], "note": note}
        if kind == "copies":
            shown.append({"number": r["number"], **common, "relation": tr(f"copies.relation.{r['relation']}", "vi"),
                          "source": f"{r['source_object_id']} ({r['source_version']})", "purpose": r.get("purpose") or ""})
        else:
            shown.append({"number": r["number"], **common, "document_title": r["document_title"], "pages": r["pages"]})
    return shown


@copy_app.command("list", help=H(
    "In sổ bản sao hoặc sổ chứng thực theo các cột của sổ giấy; --monthly-pdf in các trang của tháng để đóng quyển.",
    "Print the copy or certification register in the paper register's columns; --monthly-pdf renders a month for binding.",
))
def list_cmd(
    year: Optional[int] = typer.Option(None, "--year", help=H("Chỉ năm này.", "Only this year.")),
    register_name: str = REGISTER_OPT,
    as_csv: bool = typer.Option(False, "--csv", help=H("In dạng CSV.", "Print CSV.")),
    monthly_pdf: Optional[str] = typer.Option(None, "--monthly-pdf", help=H("Tháng YYYY-MM cần in ra PDF (cùng -o).", "Month YYYY-MM to render as PDF (with -o).")),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help=H("Tệp PDF của sổ tháng.", "PDF file of the month's register.")),
    home: Optional[Path] = HOME_OPT,
    as_json: bool = JSON_OPT,
) -> None:
    from tthc_digitize.copies import register  # heavy: copies
    from tthc_digitize.copies.register_pdf import LAYOUTS, render_month  # heavy: pymupdf

    kind = _register_kind(register_name)
    if monthly_pdf is not None and not re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", monthly_pdf):
        raise UsageError("copies.bad_month", month=monthly_pdf)
    if monthly_pdf is not None and output is None:
        raise UsageError("copies.monthly_needs_output")
    with open_home(home, read_only=True) as wh:
        register.ensure(wh.repo)
        rows = register.rows(wh.repo, kind, year, monthly_pdf)
        agency = wh.config.agency_name
    if monthly_pdf is not None:
        pages = render_month(kind, agency, monthly_pdf, _people_rows(kind, rows), output)
        out.print(escape(tr("copies.monthly_written", pages=pages, month=monthly_pdf, path=shown_path(output))))
        return
    if as_json:
        emit_json({"register": kind, "year": year, "entries": rows})
        return
    columns = LAYOUTS[kind].columns
    shown = _people_rows(kind, rows)
    if as_csv:
        emit_csv([title for _, title in columns], ([row.get(key, "") for key, _ in columns] for row in shown))
        return
    if not shown:
        out.print(tr("copies.no_rows"))
        return
    emit_table([title for _, title in columns], ([escape(str(row.get(key, ""))) for key, _ in columns] for row in shown),
               LAYOUTS[kind].title, overflow="fold")


@copy_app.command("revoke", help=H(
    "Ghi thu hồi một bản sao hoặc một số chứng thực (không bao giờ xóa khỏi sổ).",
    "Record the revocation of a copy or certification number (never deleted from the register).",
))
def revoke_cmd(
    number: str = typer.Argument(..., help=H("Số bản sao (01/BS-STP) hoặc số chứng thực.", "Copy number (01/BS-STP) or certification number.")),
    reason: str = typer.Option(..., "--reason", help=H("Lý do thu hồi.", "Why it is revoked.")),
    year: Optional[int] = typer.Option(None, "--year", help=H("Năm cấp (mặc định năm nay).", "Year of issue (default this year).")),
    register_name: str = REGISTER_OPT,
    home: Optional[Path] = HOME_OPT,
    as_json: bool = JSON_OPT,
) -> None:
    from tthc_digitize.copies import register  # heavy: copies

    kind = _register_kind(register_name)
    with open_home(home) as wh:
        row = register.revoke_entry(wh, kind, number, year or clock.now().year, reason)
    if as_json:
        emit_json(row)
        return
    out.print(escape(tr("copies.revoked", number=row["number"], register=kind)))


def _confirm_on_terminal(assume_yes: bool, show: bool = True):
    def confirm(summary) -> bool:
        if not show:
            return assume_yes
        conf = "-" if summary.confidence is None else f"{summary.confidence:.2f}"
        out.print(escape(tr("copies.certify_summary", pages=len(summary.pages), words=summary.words, confidence=conf)))
        for page in summary.pages:
            out.print(escape(tr("copies.certify_page", page=page["page"], text=page["text"] or "-")))
        if summary.previews:
            out.print(escape(tr("copies.certify_images", path=shown_path(summary.previews[0].parent))))
        if assume_yes:
            return True
        if not sys.stdin.isatty():
            raise UsageError("copies.certify_needs_yes")
        return typer.confirm(tr("copies.certify_confirm"), default=False)

    return confirm


@copy_app.command("certify", help=H(
    "Chứng thực bản sao điện tử từ bản chính: nhận dạng bản chụp, đối chiếu, ghi lời chứng ở trang cuối, ký bởi người thực hiện và cơ quan.",
    "Certify an e-copy of a paper original: OCR the scans, compare, add the statement on the last page, sign by the official and the agency.",
))
def certify_cmd(
    scans: list[Path] = typer.Argument(..., help=H("Các tệp quét của bản chính, theo thứ tự trang.", "Scans of the original, in page order.")),
    requester_id: str = REQ_ID_OPT,
    requester_name: str = REQ_NAME_OPT,
    document_title: str = typer.Option(..., "--document-title", help=H("Tên giấy tờ, văn bản được chứng thực.", "Title of the document certified.")),
    output: Path = OUTPUT_OPT,
    yes: bool = typer.Option(False, "--yes", "-y", help=H("Đã đối chiếu bản chính, không hỏi lại (chạy bằng script).", "The original was compared; do not ask (scripts).")),
    official_pkcs12: Optional[Path] = typer.Option(None, "--official-pkcs12", help=H("Tệp PKCS#12 của người thực hiện chứng thực; mật khẩu từ TTHC_OFFICIAL_PKCS12_PASSWORD hoặc hỏi.", "The certifying official's PKCS#12 file; password from TTHC_OFFICIAL_PKCS12_PASSWORD or a prompt.")),
    official_module: Optional[str] = typer.Option(None, "--official-pkcs11-module", help=H("Mô-đun PKCS#11 của token người thực hiện; PIN từ TTHC_OFFICIAL_PKCS11_PIN hoặc hỏi.", "PKCS#11 module of the official's token; PIN from TTHC_OFFICIAL_PKCS11_PIN or a prompt.")),
    official_token: Optional[str] = typer.Option(None, "--official-token-label", help=H("Nhãn token của người thực hiện.", "The official's token label.")),
    official_key: Optional[str] = typer.Option(None, "--official-key-label", help=H("Nhãn khóa của người thực hiện trên token.", "Label of the official's key on the token.")),
    home: Optional[Path] = HOME_OPT,
    as_json: bool = JSON_OPT,
) -> None:
    from tthc_digitize.copies.certify import CertifyRequest, certify_copy, ocr_original  # heavy: copies
    from tthc_digitize.sign.session import agency_signer, official_signer

    for scan in scans:
        if not scan.is_file():
            raise InputFileError("input.not_found", path=str(scan))
    if not yes and not sys.stdin.isatty():  # before any work: a script without --yes gets told at once
        raise UsageError("copies.certify_needs_yes")
    with open_home(home) as wh, tempfile.TemporaryDirectory(prefix="tthc-certify-") as tmp, \
            official_signer(wh.config, official_pkcs12, official_module, official_token, official_key) as official, \
            agency_signer(wh.config) as (agency, _roots):
        previews = output.with_name(output.stem + "-doi-chieu")
        summary = ocr_original(scans, Path(tmp), wh.config.ocr, previews)
        certified = certify_copy(wh, summary, CertifyRequest(requester_id, requester_name, document_title),
                                 official, agency, output, _confirm_on_terminal(yes, show=not as_json))
    if as_json:
        emit_json(certified.to_dict())
        return
    out.print(escape(tr("copies.certified", sequence=certified.sequence, volume=certified.volume, code=certified.code,
                        path=shown_path(output))))

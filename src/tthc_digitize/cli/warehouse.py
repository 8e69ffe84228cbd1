"""Warehouse commands: init, load, register import|unmatched, search, show, audit, backup, export."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer

from tthc_digitize.cli.app import JSON_OPT, H, State, app, err, out, shown_path
from tthc_digitize.cli.options import HOME_OPT, open_home
from tthc_digitize.cli.render import emit_json, emit_table, fields_table, table
from tthc_digitize.errors import ExitCode, UsageError
from tthc_digitize.i18n import current_language, tr

# The warehouse's modules load sqlite3, hashlib and the register (~40 ms): imported by the commands
# that use them, so `tthc --help` and `tthc doctor` stay quick ("# heavy: register" below).


def _state(status: str | None) -> str:
    return tr(f"warehouse.state.{status}") if status in ("valid", "expired", "revoked") else (status or "")


@app.command("init", help=H(
    "Tạo kho dữ liệu điện tử: kho đối tượng OCFL, cơ sở dữ liệu sổ đăng ký, thư mục tạm và tthc.toml của cơ quan.",
    "Create the electronic data warehouse: OCFL object store, register database, staging folder and the agency's tthc.toml.",
))
def init_cmd(
    home: Optional[Path] = HOME_OPT,
    agency_name: Optional[str] = typer.Option(None, "--agency-name", help=H("Tên cơ quan quản lý kho (mặc định agency_name).", "Name of the agency keeping the warehouse (default agency_name).")),
    agency_code: Optional[str] = typer.Option(None, "--agency-code", help=H("Mã định danh cơ quan, ví dụ 000.00.00.H30 (mặc định agency_code).", "Agency code, e.g. 000.00.00.H30 (default agency_code).")),
    as_json: bool = JSON_OPT,
) -> None:
    from tthc_digitize.warehouse.service import init_warehouse  # heavy: register

    name = agency_name or State.config.agency_name
    code = agency_code or State.config.agency_code
    created = init_warehouse(home, name, code)
    if as_json:
        emit_json({"home": str(created.root), "agency_name": name, "agency_code": code})
    else:
        out.print(tr("warehouse.initialised", path=shown_path(created.root), agency=name, code=code))


@app.command("load", help=H(
    "Đưa kết quả đã số hóa (TÊN.pdf + TÊN.xml + TÊN.txt) vào kho; tệp đã có được bỏ qua, trùng số khác tệp báo xung đột.",
    "Load digitised results (NAME.pdf + NAME.xml + NAME.txt) into the warehouse; files already there are skipped, a clash is a conflict.",
))
def load_cmd(
    paths: list[Path] = typer.Argument(..., help=H("Thư mục kết quả của tthc ingest, hoặc tệp PDF.", "Output folders of tthc ingest, or PDF files.")),
    home: Optional[Path] = HOME_OPT,
    as_json: bool = JSON_OPT,
) -> None:
    from tthc_digitize.warehouse.load import load  # heavy: lxml

    with open_home(home) as wh:
        report = load(wh, paths)
    if as_json:
        emit_json(report.to_dict(current_language()))
    else:
        render_load(report)
    raise typer.Exit(report.exit_code)


def render_load(report) -> None:
    shown = table([tr(c) for c in ("warehouse.col_file", "warehouse.col_status", "warehouse.col_detail")],
                  tr("warehouse.load_title"), overflow="fold")
    styles = {"loaded": "green", "already": "cyan", "conflict": "bold yellow", "failed": "bold red"}
    for o in report.outcomes:
        note = tr(o.message[0], **o.message[1]) if o.message else ""
        shown.add_row(shown_path(o.path), f"[{styles[o.status]}]{tr('warehouse.status.' + o.status)}[/]", note)
    out.print(shown)
    totals = {s: report.count(s) for s in ("loaded", "already", "conflict", "failed")}
    out.print(tr("warehouse.load_totals", **totals, batch=report.batch, seconds=report.seconds))


register_app = typer.Typer(help=H("Sổ gốc: nhập và đối chiếu với kết quả số hóa.", "Master register: import and reconcile with digitised results."),
                           no_args_is_help=True)
app.add_typer(register_app, name="register")


@register_app.command("import", help=H(
    "Nhập sổ gốc từ CSV hoặc XLSX (cột như code_number hoặc tiếng Việt như Số, Ngày ban hành) rồi ghép với kết quả số hóa.",
    "Import the master register from CSV or XLSX (columns like code_number or Vietnamese like Số) and match digitised results.",
))
def register_import_cmd(
    file: Path = typer.Argument(..., help=H("Tệp sổ gốc .csv hoặc .xlsx.", "Master register file, .csv or .xlsx.")),
    home: Optional[Path] = HOME_OPT,
    as_json: bool = JSON_OPT,
) -> None:
    from tthc_digitize.warehouse.master_register import import_register  # heavy: register

    with open_home(home) as wh:
        report = import_register(wh, file)
    if as_json:
        emit_json(report.to_dict(current_language()))
    else:
        out.print(tr("register.imported", source=shown_path(file), rows=report.rows, added=report.added,
                     updated=report.updated, revoked=report.revoked, matched=report.matched, bad=len(report.bad_rows)))
        for line, key, params in report.bad_rows:
            err.print(f"[yellow]{tr('warning.prefix')}:[/] " + tr("register.bad_row", line=line, message=tr(key, **params)))
    if report.bad_rows:
        raise typer.Exit(ExitCode.some_failed)


@register_app.command("unmatched", help=H(
    "Liệt kê dòng sổ gốc chưa có kết quả số hóa và kết quả số hóa chưa khớp sổ gốc.",
    "List register entries without a digitised result and digitised results not in the register.",
))
def register_unmatched_cmd(home: Optional[Path] = HOME_OPT, as_json: bool = JSON_OPT) -> None:
    with open_home(home, read_only=True) as wh:
        entries, results = wh.repo.unmatched_entries(), wh.repo.unmatched_results()
    if as_json:
        emit_json({"entries": entries, "results": [_brief(r) for r in results]})
        return
    out.print(tr("register.unmatched_entries", count=len(entries)))
    for e in entries:
        out.print(f"  {e['code_number']}/{e['code_notation'] or ''}  {e['issued_date']}  {e['holder_name'] or ''}  "
                  f"{_state(e['status'])}")
    out.print(tr("register.unmatched_results", count=len(results)))
    for r in results:
        out.print(f"  [{r['id']}] {r['code_number']}/{r['code_notation']}  {r['issued_date']}  {r['holder_name'] or ''}")


def _brief(row: dict) -> dict:
    keys = ("id", "object_id", "object_version", "type_name", "code_number", "code_notation", "issued_date",
            "organ_name", "subject", "holder_name", "holder_id", "procedure_code", "status", "signed")
    return {k: row.get(k) for k in keys}


@app.command("search", help=H(
    "Tìm kết quả trong kho theo tên, số, nội dung (có dấu hay không dấu, đ hay d đều được).",
    "Search the warehouse by name, number or text (with or without diacritics; đ or d).",
))
def search_cmd(
    query: Optional[str] = typer.Argument(None, help=H("Từ khóa, ví dụ: nguyen van duc, 245/GP-BTNMT.", "Search words, e.g. nguyen van duc, 245/GP-BTNMT.")),
    holder: Optional[str] = typer.Option(None, "--holder", help=H("Mã định danh người được cấp (CCCD, mã số thuế).", "Holder's identifier (citizen id, tax code).")),
    procedure: Optional[str] = typer.Option(None, "--procedure", help=H("Mã TTHC.", "Procedure code.")),
    year: Optional[int] = typer.Option(None, "--year", help=H("Năm ban hành.", "Year of issue.")),
    status: Optional[str] = typer.Option(None, "--status", help=H("valid | expired | revoked.", "valid | expired | revoked.")),
    limit: int = typer.Option(50, "--limit", min=1, help=H("Số kết quả tối đa.", "At most this many results.")),
    home: Optional[Path] = HOME_OPT,
    as_json: bool = JSON_OPT,
) -> None:
    if status not in (None, "valid", "expired", "revoked"):
        raise UsageError("error.usage", detail="--status valid|expired|revoked")
    with open_home(home, read_only=True) as wh:
        rows = wh.repo.search(query or "", holder_id=holder, procedure_code=procedure, year=year, status=status, limit=limit)
    if as_json:
        emit_json({"query": query, "count": len(rows), "results": [_brief(r) for r in rows]})
        return
    if not rows:
        out.print(tr("warehouse.search_none"))
        return
    emit_table([tr(c) for c in ("warehouse.col_id", "warehouse.col_number", "warehouse.col_date", "warehouse.col_type",
                                "warehouse.col_holder", "warehouse.col_state")],
               ((str(r["id"]), f"{r['code_number']}/{r['code_notation']}", r["issued_date"], r["type_name"],
                 r["holder_name"] or "", _state(r["status"])) for r in rows),
               tr("warehouse.search_title"), overflow="fold")


@app.command("show", help=H(
    "Xem một kết quả trong kho (sổ đăng ký, siêu dữ liệu, sự kiện), hoặc lấy ra tệp XML/PDF.",
    "Show one result in the warehouse (register, metadata, events), or get its XML/PDF out.",
))
def show_cmd(
    ref: str = typer.Argument(..., help=H("Mã kết quả (số) hoặc mã đối tượng.", "Result id (a number) or object id.")),
    xml: bool = typer.Option(False, "--xml", help=H("In siêu dữ liệu XML.", "Print the metadata XML.")),
    pdf: Optional[Path] = typer.Option(None, "--pdf", help=H("Ghi tệp PDF hiện hành ra đường dẫn này.", "Write the current PDF to this path.")),
    home: Optional[Path] = HOME_OPT,
    as_json: bool = JSON_OPT,
) -> None:
    from tthc_digitize.warehouse.export import copy_result_file, read_result_file  # heavy: register
    from tthc_digitize.warehouse.service import PDF, XML

    with open_home(home, read_only=True) as wh:
        row = wh.result(ref)
        if xml:
            sys.stdout.write(read_result_file(wh, ref, XML).decode("utf-8"))
            return
        if pdf:
            version = copy_result_file(wh, ref, PDF, pdf)
            out.print(tr("warehouse.pdf_written", path=shown_path(pdf), version=version))
            return
        entry = wh.repo.entry_for_result(row["id"])
        events = wh.repo.events(row["object_id"])
    if as_json:
        emit_json({"result": row, "register_entry": entry, "events": events})
        return
    fields = [("warehouse.field.object", row["object_id"]), ("warehouse.field.version", row["object_version"])]
    for key in ("type_name", "code_number", "code_notation", "issued_date", "organ_name", "subject", "holder_name",
                "holder_id", "valid_until", "signer_full_name"):
        if row.get(key):
            fields.append((f"field.{key}", row[key]))
    fields += [("warehouse.col_state", _state(row["status"])), ("warehouse.field.sha256", row["pdf_sha256"]),
               ("warehouse.field.signed", tr("warehouse.yes") if row["signed"] else tr("warehouse.no")),
               ("warehouse.field.loaded", f"{row['loaded_at']} ({row['loaded_by']})"),
               ("warehouse.field.register", f"{entry['register_volume'] or ''}/{entry['register_entry'] or ''} ({entry['match_method']})" if entry else "-")]
    out.print(fields_table((tr(key), str(value)) for key, value in fields))
    for event in events:
        out.print(f"  {event['at']}  {event['actor']}  {event['action']}")


@app.command("audit", help=H(
    "Kiểm tra toàn vẹn kho cho cron: băm lại mọi tệp, kiểm từng đối tượng OCFL, chuỗi nhật ký, dữ liệu mồ côi; khác 0 nếu có vấn đề.",
    "Integrity check for cron: re-hash every file, validate each OCFL object, the audit chain and orphans; non-zero on any finding.",
))
def audit_cmd(
    home: Optional[Path] = HOME_OPT,
    anchor: bool = typer.Option(False, "--anchor", help=H(
        "Neo đầu chuỗi nhật ký vào tệp audit-anchors.jsonl ngoài cơ sở dữ liệu (nếu chuỗi còn nguyên), cho cron.",
        "Anchor the audit chain's head in audit-anchors.jsonl outside the database (when the chain holds), for cron.")),
    as_json: bool = JSON_OPT,
) -> None:
    from tthc_digitize.warehouse.audit import anchor_audited, audit  # heavy: lxml

    with open_home(home, read_only=True) as wh:
        report = audit(wh)
        if anchor:
            anchor_audited(wh, report)
    if as_json:
        emit_json(report.to_dict())
    elif report.ok:
        out.print(tr("audit.ok", objects=report.objects, results=report.results, events=report.events, seconds=report.seconds))
    else:
        out.print(f"[red]{tr('audit.findings', count=len(report.findings))}[/]")
        for f in report.findings:
            out.print(f"  {tr('audit.kind.' + f.kind)}: {f.subject} {f.detail}")
    if report.signing_configured and report.anchors_unsigned and not as_json:
        out.print(tr("audit.anchors_unsigned", unsigned=report.anchors_unsigned, total=report.anchors))
    if anchor and not as_json:
        out.print(tr("audit.anchored" if report.anchored else "audit.not_anchored", seq=report.head[0]))
    if not report.ok:
        raise typer.Exit(ExitCode.some_failed)


@app.command("backup", help=H(
    "Sao lưu nhất quán kho (sổ đăng ký qua API sao lưu trực tuyến của SQLite, cùng các đối tượng) vào thư mục mới.",
    "Consistent copy of the warehouse (register via SQLite's online backup, plus the objects) into a new folder.",
))
def backup_cmd(
    dest: Path = typer.Argument(..., help=H("Thư mục đích (mới hoặc trống).", "Destination folder (new or empty).")),
    home: Optional[Path] = HOME_OPT,
    as_json: bool = JSON_OPT,
) -> None:
    from tthc_digitize.warehouse.backup import backup  # heavy: register

    with open_home(home, read_only=True) as wh:
        report = backup(wh, dest)
    if as_json:
        emit_json({"dest": str(report.dest), "results": report.results, "files": report.files, "bytes": report.bytes,
                   "anchors": report.anchors,
                   "anchor_problems": [{"subject": s, "detail": d} for s, d in report.anchor_problems]})
    else:
        out.print(tr("warehouse.backup_done", results=report.results, files=report.files,
                     size=f"{report.bytes / 2**20:.1f} MiB", path=shown_path(report.dest)))
        out.print(tr("warehouse.backup_anchors", anchors=report.anchors))
        if report.anchor_problems:
            err.print(f"[red]{tr('warehouse.backup_anchor_problems', count=len(report.anchor_problems))}[/]")


@app.command("export", help=H(
    "Xuất kết quả để nộp lưu trữ dưới dạng gói BagIt.",
    "Export results for an archive as a BagIt bag.",
))
def export_cmd(
    refs: list[str] = typer.Argument(..., help=H("Mã kết quả hoặc mã đối tượng.", "Result ids or object ids.")),
    bagit_dir: Optional[Path] = typer.Option(None, "--bagit", help=H("Thư mục gói BagIt sẽ tạo.", "Folder of the BagIt bag to create.")),
    home: Optional[Path] = HOME_OPT,
    as_json: bool = JSON_OPT,
) -> None:
    from tthc_digitize.warehouse.bagit import export_bag  # heavy: register

    if bagit_dir is None:
        raise UsageError("warehouse.export_needs_bagit")
    with open_home(home, read_only=True) as wh:
        path = export_bag(wh, bagit_dir, refs)
    if as_json:
        emit_json({"bag": str(path), "results": len(refs)})
    else:
        out.print(tr("warehouse.exported", count=len(refs), path=shown_path(path)))

"""``tthc migrate --to postgresql://…``: the warehouse's register into PostgreSQL, with the proof that both hold
the same rows."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.markup import escape

from tthc_digitize.cli.app import JSON_OPT, H, app, err, out
from tthc_digitize.cli.options import HOME_OPT, open_home
from tthc_digitize.cli.render import emit_json, table
from tthc_digitize.errors import OutputError
from tthc_digitize.i18n import tr


@app.command("migrate", help=H(
    "Chuyển sổ đăng ký của kho (SQLite) sang PostgreSQL trong một giao dịch rồi chứng minh hai bên như nhau: số dòng "
    "và mã băm từng dòng mỗi bảng, chuỗi nhật ký kiểm toán. Chỉ sổ đăng ký được chuyển; các đối tượng (tệp) ở nguyên "
    "chỗ cũ. Đích đã có đúng các dòng này thì chỉ báo \"đã giống nhau\"; đích có dữ liệu khác thì bị từ chối.",
    "Move the warehouse's register (SQLite) into PostgreSQL in one transaction, then prove both hold the same: row "
    "counts and per-row hashes of every table, the audit chain. Only the register moves; the objects (files) stay "
    "where they are. A target already holding these rows is only reported \"already equal\"; one holding other rows "
    "is refused.",
))
def migrate_cmd(
    to: str = typer.Option(..., "--to", help=H(
        "Địa chỉ cơ sở dữ liệu đích, ví dụ postgresql://tthc@db.kho.local/kho.",
        "Target database URL, e.g. postgresql://tthc@db.kho.local/kho.")),
    home: Optional[Path] = HOME_OPT,
    as_json: bool = JSON_OPT,
) -> None:
    from tthc_digitize.warehouse.migrate import TargetNotEmpty, migrate_warehouse  # heavy: psycopg, register

    with open_home(home, read_only=True) as wh:
        try:
            report = migrate_warehouse(wh, to)
        except TargetNotEmpty as refused:
            _render(refused.report, as_json)
            raise
    _render(report, as_json)
    if not report.equal:
        raise OutputError("migrate.not_equal", url=report.target)
    if not as_json:
        out.print(tr("migrate.already_equal" if report.already_equal else "migrate.done", rows=report.rows,
                     seconds=f"{report.seconds:.1f}"))
        out.print(tr("migrate.set_config", line=escape(f'[warehouse]\nregister_url = "{to}"')))


def _render(report, as_json: bool) -> None:
    if as_json:
        emit_json(report.to_dict())
        return
    shown = table([tr(f"migrate.col_{c}") for c in ("table", "source", "target", "hashes")],
                  tr("migrate.title", url=report.target))
    for t in report.tables:
        mark = tr("migrate.same") if t.equal else "[bold red]" + tr("migrate.differs", count=t.differing) + "[/]"
        shown.add_row(t.table, str(t.source_rows), str(t.target_rows), mark)
    out.print(shown)
    for t in report.tables:
        if t.examples:
            err.print(tr("migrate.differing_rows", table=t.table, keys=", ".join(t.examples)))
    same_head = report.source_head == report.target_head
    out.print(tr("migrate.chain", seq=report.target_head[0], head=report.target_head[1][:16],
                 verdict=tr("migrate.same") if same_head and not report.chain_problems else tr("migrate.chain_broken")))
    if report.chain_problems:
        err.print(tr("migrate.chain_problems", count=len(report.chain_problems),
                     first=", ".join(f"seq {p['seq']} ({p['problem']})" for p in report.chain_problems[:5])))
    if report.anchor_problems:
        err.print(tr("migrate.anchor_problems", count=len(report.anchor_problems),
                     first="; ".join(f"{s}: {d}" for s, d in report.anchor_problems[:3])))

"""`tthc demo`: the whole chain on the bundled samples (:mod:`tthc_digitize.demo_run`), rendered."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.markup import escape

from tthc_digitize.cli.app import JSON_OPT, H, app, command_config, out, shown_path
from tthc_digitize.cli.options import JOBS_OPT, check_ocr_ready
from tthc_digitize.cli.render import emit_json
from tthc_digitize.cli.scan import render_report
from tthc_digitize.errors import ExitCode
from tthc_digitize.i18n import current_language, message, render


@app.command("demo", help=H(
    "Chạy thử toàn bộ chuỗi trên các bản quét mẫu trong samples/: số hóa, ký, kho, sổ gốc, lộ trình, bản sao, chứng thực, xác minh.",
    "Run the whole chain on the sample scans in samples/: digitise, sign, warehouse, master register, roadmap, copies, verify.",
))
def demo_cmd(
    out_dir: Path = typer.Option(Path("demo-output"), "--out", "-o", help=H("Thư mục kết quả của bản chạy thử.", "Output folder of the demo run.")),
    jobs: Optional[int] = JOBS_OPT,
    as_json: bool = JSON_OPT,
) -> None:
    from tthc_digitize.demo_run import run_demo  # heavy: the whole chain (OCR stack, pyhanko)

    config = command_config(**{"ocr.jobs": jobs})
    check_ocr_ready(config)
    say = (lambda msg: None) if as_json else (lambda msg: out.print(escape(render(msg))))
    run = run_demo(out_dir, config, say, shown_path, (lambda report: None) if as_json else render_report)
    code = ExitCode.ok if run.ok else ExitCode.some_failed
    if as_json:
        emit_json({"ingest": run.report.to_dict(current_language()), **run.summary})
        raise typer.Exit(code)
    say(message("demo.where", digitised=shown_path(run.digitised), home=shown_path(run.home), copies=shown_path(run.copies)))
    say(message("demo.open_first", path=shown_path(Path(run.summary["copy"]["path"]))))
    raise typer.Exit(code)

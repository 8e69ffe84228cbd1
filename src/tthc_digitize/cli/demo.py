"""`tthc demo`: the whole chain on the bundled samples."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from tthc_digitize.cli.app import JSON_OPT, H, command_config, emit_json, app, out
from tthc_digitize.cli.scan import JOBS_OPT, _check_ocr_ready, render_report
from tthc_digitize.errors import TthcError
from tthc_digitize.i18n import current_language, tr


@app.command("demo", help=H(
    "Chạy thử toàn bộ chuỗi trên các bản quét mẫu trong samples/.",
    "Run the whole chain on the sample scans in samples/.",
))
def demo_cmd(
    out_dir: Path = typer.Option(Path("demo-output"), "--out", "-o", help=H("Thư mục kết quả của bản chạy thử.", "Output folder of the demo run.")),
    jobs: Optional[int] = JOBS_OPT,
    as_json: bool = JSON_OPT,
) -> None:
    from tthc_digitize import batch

    config = command_config(**{"ocr.jobs": jobs})
    _check_ocr_ready(config)
    samples = _samples_dir()
    report = batch.ingest([samples], out_dir, config.ocr, agency=config.agency_name or DEMO_AGENCY)
    if as_json:
        emit_json(report.to_dict(current_language()))
        raise typer.Exit(report.exit_code)
    out.print(tr("demo.step", n=1, what=tr("demo.ingest", path=samples)))
    render_report(report)
    first = next((o.output for o in report.outcomes if o.output), out_dir)
    out.print(tr("demo.result", path=out_dir, first=first))
    out.print(tr("demo.missing_chain"))
    raise typer.Exit(report.exit_code)


DEMO_AGENCY = "Cơ quan chạy thử tthc-digitize"


def _samples_dir() -> Path:
    here = Path(__file__).resolve()
    for parent in [Path.cwd(), *here.parents]:
        candidate = parent / "samples" / "scans"
        if candidate.is_dir():
            return candidate
    raise TthcError("input.not_found", path="samples/scans")



"""Scan-to-PDF/A commands: doctor, ocr, ingest."""

from __future__ import annotations

from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Any, Optional

import typer
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table

from tthc_digitize.cli.app import JSON_OPT, H, app, command_config, err, out, shown_path
from tthc_digitize.cli.options import JOBS_OPT, check_ocr_ready, open_home
from tthc_digitize.cli.render import emit_json, table
from tthc_digitize.config import Config
from tthc_digitize.errors import ExitCode, UsageError
from tthc_digitize.i18n import current_language, render, tr
from tthc_digitize.outfolder import STATE_DIR
from tthc_digitize.warehouse import home

LANGUAGE_OPT = typer.Option(None, "--language", "-l", help=H("Ngôn ngữ OCR của Tesseract, ví dụ vie hoặc vie+eng.", "Tesseract OCR language, e.g. vie or vie+eng."))
MODE_SKIP = typer.Option(False, "--skip-text", help=H(
    "Luôn giữ nguyên trang đã có lớp chữ; tệp có lớp chữ không hợp PDF/A-2b bị từ chối (mặc định: trang đó được nhận dạng lại từ ảnh).",
    "Always keep pages that already have text; a file whose text layer cannot be PDF/A-2b is refused (default: such a page is OCR'd again from its image)."))
MODE_FORCE = typer.Option(False, "--force-ocr", help=H("Chuyển mọi trang thành ảnh rồi nhận dạng lại.", "Rasterise every page and OCR it again."))
MODE_REDO = typer.Option(False, "--redo-ocr", help=H("Nhận dạng lại các trang quét đã có lớp OCR cũ.", "Re-OCR scanned pages that carry an old OCR layer."))
MIN_DPI_OPT = typer.Option(None, "--min-dpi", min=1, help=H("Từ chối trang có độ phân giải thấp hơn mức này (mặc định chỉ cảnh báo dưới 200 dpi).", "Reject pages below this resolution (default: only warn below 200 dpi)."))
ROTATE_OPT = typer.Option(None, "--rotate/--no-rotate", help=H("Tự xoay trang bị ngang/ngược (mặc định bật).", "Turn sideways/upside-down pages upright (default on)."))
MAX_PAGES_OPT = typer.Option(None, "--max-pages", min=1, help=H("Từ chối tệp có nhiều trang hơn mức này (mặc định 1000; ocr.max_pages).", "Refuse files with more pages than this (default 1000; ocr.max_pages)."))
DESKEW_OPT = typer.Option(None, "--deskew/--no-deskew", help=H("Chỉnh trang bị nghiêng (mặc định bật).", "Straighten skewed pages (default on)."))


def _ocr_flags(jobs, language, skip_text, force_ocr, redo_ocr, min_dpi, rotate, deskew, max_pages=None) -> dict[str, Any]:
    modes = [m for m, on in (("skip", skip_text), ("force", force_ocr), ("redo", redo_ocr)) if on]
    if len(modes) > 1:
        raise typer.BadParameter(tr("error.usage", detail="--skip-text / --force-ocr / --redo-ocr"))
    return {
        "ocr.jobs": jobs,
        "ocr.language": language,
        "ocr.mode": modes[0] if modes else None,
        "ocr.min_dpi": min_dpi,
        "ocr.rotate_pages": rotate,
        "ocr.deskew": deskew,
        "ocr.max_pages": max_pages,
    }


QUEUE_OPT = typer.Option(None, "--queue", help=H(
    "Gửi việc OCR từng tệp vào hàng đợi RabbitMQ (amqp://người-dùng:mật-khẩu@máy:5672/vhost) cho các máy `tthc worker`; "
    "thư mục quét và thư mục kết quả phải dùng chung với các máy đó.",
    "Send each file's OCR to a RabbitMQ queue (amqp://user:password@host:5672/vhost) for `tthc worker` machines; "
    "the scan and output folders must be shared with them."), envvar="TTHC_QUEUE")
QUEUE_NAME_OPT = typer.Option("tthc-ingest", "--queue-name", help=H("Tên hàng đợi.", "Queue name."),
                              envvar="TTHC_QUEUE_NAME")


@app.command("doctor", help=H(
    "Kiểm tra các phụ thuộc (Tesseract, dữ liệu tiếng Việt, phông chữ) và chỉ cách cài.",
    "Check dependencies (Tesseract, Vietnamese data, fonts) and say how to install them.",
))
def doctor_cmd(
    language: Optional[str] = LANGUAGE_OPT,
    as_json: bool = JSON_OPT,
) -> None:
    from tthc_digitize import doctor  # heavy: ctypes, subprocess supervision (~8 ms on --help)

    config = command_config(**{"ocr.language": language})
    checks = doctor.run_checks(config.ocr.language)
    missing = [c for c in checks if not c.ok and c.required]
    command = doctor.install_command(checks)
    if as_json:
        emit_json(
            {
                "checks": [
                    {"check": tr(c.name, **c.params), "ok": c.ok, "detail": c.detail, "required": c.required, "apt": c.apt}
                    for c in checks
                ],
                "install": command,
                "ok": not missing,
            }
        )
    else:
        shown = table([tr(c) for c in ("doctor.col_check", "doctor.col_status", "doctor.col_detail")], tr("doctor.title"))
        for c in checks:
            status = tr("doctor.ok") if c.ok else (tr("doctor.fail") if c.required else tr("doctor.optional"))
            shown.add_row(tr(c.name, **c.params), f"[green]{status}[/]" if c.ok else f"[red]{status}[/]", c.detail)
        out.print(shown)
        out.print(tr("doctor.some_missing", command=command) if command else tr("doctor.all_ok"))
    if missing:
        raise typer.Exit(ExitCode.missing_dependency)


@app.command("ocr", help=H(
    "Nhận dạng một tệp quét thành PDF/A-2b có lớp chữ ẩn tìm kiếm được.",
    "OCR one scan file into a searchable PDF/A-2b with an invisible text layer.",
))
def ocr_cmd(
    input: Path = typer.Argument(..., help=H("Tệp quét: PDF, TIFF, JPEG hoặc PNG.", "Scan file: PDF, TIFF, JPEG or PNG.")),
    output: Path = typer.Option(..., "--output", "-o", help=H("Tệp PDF/A-2b kết quả.", "Output PDF/A-2b file.")),
    sidecar: Optional[Path] = typer.Option(None, "--sidecar", help=H("Ghi thêm văn bản nhận dạng ra tệp .txt.", "Also write the recognised text to a .txt file.")),
    jobs: Optional[int] = JOBS_OPT,
    language: Optional[str] = LANGUAGE_OPT,
    skip_text: bool = MODE_SKIP,
    force_ocr: bool = MODE_FORCE,
    redo_ocr: bool = MODE_REDO,
    min_dpi: Optional[int] = MIN_DPI_OPT,
    rotate: Optional[bool] = ROTATE_OPT,
    deskew: Optional[bool] = DESKEW_OPT,
    max_pages: Optional[int] = MAX_PAGES_OPT,
    as_json: bool = JSON_OPT,
) -> None:
    from tthc_digitize import pipeline  # heavy: the OCR stack (pikepdf, pymupdf, numpy, PIL)
    from tthc_digitize.report import message, outcome_dict  # heavy: report imports the pipeline

    config = command_config(**_ocr_flags(jobs, language, skip_text, force_ocr, redo_ocr, min_dpi, rotate, deskew, max_pages))
    check_ocr_ready(config)
    outcome = pipeline.run([pipeline.FileJob(input, output, sidecar)], config.ocr)[0]
    if as_json:
        emit_json(outcome_dict(outcome, current_language()))
    else:
        for warning in outcome.warnings:
            err.print(f"[yellow]{tr('warning.prefix')}:[/] {message(warning, current_language())}")
        if outcome.status != "failed":
            confs = [p.confidence for p in outcome.pages if p.confidence is not None]
            mean = f"{sum(confs) / len(confs):.0f}%" if confs else "-"
            out.print(tr("ocr.done", output=output, pages=len(outcome.pages), confidence=mean))
    if outcome.status == "failed":
        key, params = outcome.error
        if not as_json:
            err.print(f"[red]{tr('error.prefix')}:[/] {input}: {tr(key, **params)}")
        raise typer.Exit(outcome.exit_code)


class _ProgressEvents:
    """Feeds the pipeline's events into a rich progress display (files and pages, with ETA)."""

    def __init__(self, progress: Progress) -> None:
        self.progress = progress
        self.files = progress.add_task(tr("progress.files"), total=None)
        self.pages = progress.add_task(tr("progress.pages"), total=None)

    def events(self):
        from tthc_digitize.pipeline import Events  # heavy: the OCR stack

        return Events(started=self._started, page_done=self._page, file_done=self._file)

    def _started(self, files: int, pages: int) -> None:
        self.progress.update(self.files, total=files)
        self.progress.update(self.pages, total=pages)

    def _page(self, job, page) -> None:
        self.progress.advance(self.pages)

    def _file(self, outcome) -> None:
        if outcome.status not in ("skipped",) and outcome.source is not None:
            self.progress.advance(self.files)


@app.command("ingest", help=H(
    "Số hóa hàng loạt: mỗi tệp quét thành một PDF/A-2b và một tệp văn bản; chạy lại chỉ làm phần còn lại.",
    "Digitise a batch: each scan becomes a PDF/A-2b and a text file; a re-run does only the rest.",
))
def ingest_cmd(
    paths: list[Path] = typer.Argument(..., help=H("Tệp hoặc thư mục quét (duyệt đệ quy).", "Scan files or folders (recursive).")),
    out_dir: Path = typer.Option(..., "--out", "-o", help=H("Thư mục kết quả.", "Output folder.")),
    jobs: Optional[int] = JOBS_OPT,
    language: Optional[str] = LANGUAGE_OPT,
    skip_text: bool = MODE_SKIP,
    force_ocr: bool = MODE_FORCE,
    redo_ocr: bool = MODE_REDO,
    min_dpi: Optional[int] = MIN_DPI_OPT,
    rotate: Optional[bool] = ROTATE_OPT,
    deskew: Optional[bool] = DESKEW_OPT,
    max_pages: Optional[int] = MAX_PAGES_OPT,
    agency: Optional[str] = typer.Option(None, "--agency", help=H("Tên cơ quan số hóa ghi vào siêu dữ liệu (mặc định: agency_name trong tthc.toml).", "Digitising agency recorded in the metadata (default: agency_name in tthc.toml).")),
    agency_code: Optional[str] = typer.Option(None, "--agency-code", help=H("Mã định danh cơ quan số hóa, 13 ký tự, ví dụ 000.00.00.G12 (mặc định: agency_code trong tthc.toml).", "Digitising agency's 13-character code, e.g. 000.00.00.G12 (default: agency_code in tthc.toml).")),
    procedure: Optional[str] = typer.Option(None, "--procedure", help=H("Mã thủ tục hành chính cho cả lô, ví dụ 1.004227 (mặc định: metadata.procedure_code trong tthc.toml; bảng kê có thể ghi riêng từng tệp).", "Procedure code for the whole batch, e.g. 1.004227 (default: metadata.procedure_code in tthc.toml; a manifest may give one per file).")),
    manifest: Optional[Path] = typer.Option(None, "--manifest", help=H("Bảng kê CSV: cột file và các trường (dossier_code, procedure_code, register_entry …) ghi đè kết quả trích xuất.", "CSV manifest: a file column and fields (dossier_code, procedure_code, register_entry …) that override extraction.")),
    load: bool = typer.Option(False, "--load", help=H("Đưa mỗi kết quả xong vào kho dữ liệu (TTHC_HOME hoặc ./tthc-home).", "Load each finished result into the warehouse (TTHC_HOME or ./tthc-home).")),
    sign: bool = typer.Option(False, "--sign", help=H("Đóng dấu chuyển đổi từ văn bản giấy, mã QR rồi ký số từng PDF/A theo mục sign của tthc.toml.", "Add the converted-from-paper mark and QR code, then sign each PDF/A with the sign section of tthc.toml.")),
    queue: Optional[str] = QUEUE_OPT,
    queue_name: str = QUEUE_NAME_OPT,
    as_json: bool = JSON_OPT,
) -> None:
    from tthc_digitize import batch  # heavy: the OCR stack
    from tthc_digitize.warehouse.ingest_load import ingest_loading  # heavy: the OCR stack, via the pipeline

    # --load: the warehouse's agency is the digitising agency unless the clerk says otherwise
    config = command_config(base_files=_warehouse_config(load), agency_name=agency, agency_code=agency_code, **{"metadata.procedure_code": procedure},
                            **_ocr_flags(jobs, language, skip_text, force_ocr, redo_ocr, min_dpi, rotate, deskew, max_pages))
    meta = batch.batch_metadata(config.agency_name, config.agency_code, config.metadata.procedure_code, manifest)
    check_ocr_ready(config)
    remote = _queue_runner(queue, queue_name, out_dir) if queue else None
    # --load: into TTHC_HOME or ./tthc-home, open (and closed) around the whole run
    with (ingest_loading(lambda: open_home(None), out_dir) if load else nullcontext()) as loader, \
            (_digitised_signer(config) if sign else nullcontext()) as finalise:
        if as_json or not err.is_terminal:
            report = batch.ingest(paths, out_dir, config.ocr, meta=meta, finalise=finalise, on_finished=loader,
                                  remote=remote)
        else:
            columns = [TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), TimeRemainingColumn()]
            with Progress(*columns, console=err, transient=False) as progress:
                events = _ProgressEvents(progress).events()
                report = batch.ingest(paths, out_dir, config.ocr, events, meta=meta, finalise=finalise, on_finished=loader,
                                      remote=remote)
    if as_json:
        emit_json(report.to_dict(current_language()))
    else:
        render_report(report)
    raise typer.Exit(report.exit_code)


def _queue_runner(url: str, name: str, out_dir: Path):
    from tthc_digitize.queued.run import QueueRunner  # heavy: Celery, wanted only with --queue

    return QueueRunner(url, name, out_dir / STATE_DIR / "queue", notice=lambda msg: err.print(render(msg)))


def _warehouse_config(load: bool) -> tuple[Path, ...]:
    return (home.find(None).config_file,) if load else ()


@contextmanager
def _digitised_signer(config: Config):
    """The ``--sign`` step: one credential and one batch signer for the whole run."""
    from tthc_digitize.sign.digitised import DigitisedSigner  # heavy: pyhanko, cryptography
    from tthc_digitize.sign.session import checked_signer

    agency_name = config.sign.agency_name or config.agency_name
    if not agency_name:
        raise UsageError("mark.no_agency")
    with checked_signer(config.sign, config.sign.level) as (batch, _):
        yield DigitisedSigner(batch, agency_name)


def render_report(report) -> None:
    from tthc_digitize.report import grouped_warnings, message  # heavy: report imports the pipeline

    lang = current_language()
    table = Table(title=tr("report.title"))
    table.add_column(tr("report.col_file"), overflow="fold", ratio=2)
    table.add_column(tr("report.col_status"))
    table.add_column(tr("report.col_pages"), justify="right")
    table.add_column(tr("report.col_detail"), ratio=3)
    styles = {"done": "green", "warned": "yellow", "skipped": "cyan", "failed": "bold red"}
    for o in report.outcomes:
        notes = [message(o.error, lang)] if o.error else []
        if o.load_reason and o.load_reason not in o.warnings:  # a metadata warning already says why
            notes.append(tr("warehouse.ingest_load_failed", detail=message(o.load_reason, lang)))
        notes += grouped_warnings(o.warnings, lang)
        table.add_row(
            shown_path(o.path),
            f"[{styles[o.status]}]{tr('report.status.' + o.status)}[/]",
            str(len(o.pages) or (o.source.pages if o.source else "")),
            escape("\n".join(n for n in notes if n)),  # checker rules such as [tthc-text] are not markup
        )
    out.print(table)
    out.print(tr("report.totals", **report.totals()))
    if report.count("failed"):
        out.print(f"[red]{tr('report.some_failed')}[/]")
    if report.not_loaded:
        out.print(f"[red]{tr('report.not_loaded', count=report.not_loaded)}[/]")



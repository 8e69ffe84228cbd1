"""The ``tthc`` command: parse, call one library function, render. Nothing else lives here."""

from __future__ import annotations

import json
import os
import sys
import traceback
from pathlib import Path
from typing import Any, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn
from rich.table import Table

from tthc_digitize import __version__
from tthc_digitize.config import Config, load_config
from tthc_digitize.errors import ExitCode, TthcError
from tthc_digitize.i18n import current_language, resolve_language, set_language, tr

# The pipeline (PDF, imaging and numeric libraries) is imported inside the commands that use it,
# so `tthc --help` and `tthc doctor` answer at once.


def _prescan_language(argv: list[str]) -> str:
    """Help text is built before options are parsed, so look for ``--lang`` early."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1] if argv[i + 1] in ("vi", "en") else "vi"
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1] if arg.split("=", 1)[1] in ("vi", "en") else "vi"
    return resolve_language(os.environ.get("TTHC_LANG", ""))


HELP_LANG = _prescan_language(sys.argv)


def H(vi: str, en: str) -> str:
    return en if HELP_LANG == "en" else vi


app = typer.Typer(
    name="tthc",
    help=H(
        "Số hóa kết quả giải quyết thủ tục hành chính: quét → OCR → PDF/A có thể tìm kiếm.",
        "Digitise administrative-procedure results: scan → OCR → searchable PDF/A.",
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False)


class State:
    config: Config = Config()
    config_file: Path | None = None


def _version(value: bool) -> None:
    if value:
        out.print(f"tthc-digitize {__version__}")
        raise typer.Exit()


def _check_lang(value: Optional[str]) -> Optional[str]:
    if value not in (None, "vi", "en"):
        raise typer.BadParameter("vi | en")
    return value


@app.callback()
def main_options(
    lang: Optional[str] = typer.Option(
        None, "--lang", callback=_check_lang, help=H("Ngôn ngữ hiển thị: vi (mặc định) hoặc en.", "Display language: vi (default) or en."),
    ),
    config_file: Optional[Path] = typer.Option(
        None, "--config", help=H("Tệp cấu hình (mặc định ./tthc.toml hoặc TTHC_CONFIG).", "Config file (default ./tthc.toml or TTHC_CONFIG)."),
    ),
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help=H("In phiên bản rồi thoát.", "Print the version and exit.")),
) -> None:
    State.config_file = config_file
    State.config = load_config({"lang": lang}, config_file)
    set_language(resolve_language(State.config.lang))


def _config(**flags: Any) -> Config:
    """The config with this command's flags as the top layer."""
    return load_config({"lang": State.config.lang or None, **{k: v for k, v in flags.items() if v is not None}}, State.config_file)


def _emit_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


JSON_OPT = typer.Option(False, "--json", help=H("In kết quả dạng JSON cho máy đọc.", "Print machine-readable JSON."))
JOBS_OPT = typer.Option(None, "--jobs", "-j", min=1, help=H("Số tiến trình song song (mặc định: số lõi CPU).", "Parallel worker processes (default: CPU cores)."))
LANGUAGE_OPT = typer.Option(None, "--language", "-l", help=H("Ngôn ngữ OCR của Tesseract, ví dụ vie hoặc vie+eng.", "Tesseract OCR language, e.g. vie or vie+eng."))
MODE_SKIP = typer.Option(False, "--skip-text", help=H("Giữ nguyên trang đã có lớp chữ (mặc định).", "Keep pages that already have text (default)."))
MODE_FORCE = typer.Option(False, "--force-ocr", help=H("Chuyển mọi trang thành ảnh rồi nhận dạng lại.", "Rasterise every page and OCR it again."))
MODE_REDO = typer.Option(False, "--redo-ocr", help=H("Nhận dạng lại các trang quét đã có lớp OCR cũ.", "Re-OCR scanned pages that carry an old OCR layer."))
MIN_DPI_OPT = typer.Option(None, "--min-dpi", min=1, help=H("Từ chối trang có độ phân giải thấp hơn mức này (mặc định chỉ cảnh báo dưới 200 dpi).", "Reject pages below this resolution (default: only warn below 200 dpi)."))
ROTATE_OPT = typer.Option(None, "--rotate/--no-rotate", help=H("Tự xoay trang bị ngang/ngược (mặc định bật).", "Turn sideways/upside-down pages upright (default on)."))
DESKEW_OPT = typer.Option(None, "--deskew/--no-deskew", help=H("Chỉnh trang bị nghiêng (mặc định bật).", "Straighten skewed pages (default on)."))


def _ocr_flags(jobs, language, skip_text, force_ocr, redo_ocr, min_dpi, rotate, deskew) -> dict[str, Any]:
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
    }


def _check_ocr_ready(config: Config) -> None:
    from tthc_digitize._exec import tesseract

    tesseract.version()
    tesseract.check_languages(config.ocr.language)


@app.command("doctor", help=H(
    "Kiểm tra các phụ thuộc (Tesseract, dữ liệu tiếng Việt, phông chữ) và chỉ cách cài.",
    "Check dependencies (Tesseract, Vietnamese data, fonts) and say how to install them.",
))
def doctor_cmd(
    language: Optional[str] = LANGUAGE_OPT,
    as_json: bool = JSON_OPT,
) -> None:
    from tthc_digitize import doctor

    config = _config(**{"ocr.language": language})
    checks = doctor.run_checks(config.ocr.language)
    missing = [c for c in checks if not c.ok and c.required]
    command = doctor.install_command(checks)
    if as_json:
        _emit_json(
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
        table = Table(title=tr("doctor.title"))
        for col in ("doctor.col_check", "doctor.col_status", "doctor.col_detail"):
            table.add_column(tr(col))
        for c in checks:
            status = tr("doctor.ok") if c.ok else (tr("doctor.fail") if c.required else tr("doctor.optional"))
            table.add_row(tr(c.name, **c.params), f"[green]{status}[/]" if c.ok else f"[red]{status}[/]", c.detail)
        out.print(table)
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
    as_json: bool = JSON_OPT,
) -> None:
    from tthc_digitize import pipeline
    from tthc_digitize.report import message, outcome_dict

    config = _config(**_ocr_flags(jobs, language, skip_text, force_ocr, redo_ocr, min_dpi, rotate, deskew))
    _check_ocr_ready(config)
    outcome = pipeline.run([pipeline.FileJob(input, output, sidecar)], config.ocr)[0]
    if as_json:
        _emit_json(outcome_dict(outcome, current_language()))
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
        raise typer.Exit(_exit_for(key))


def _exit_for(key: str) -> ExitCode:
    if key.startswith("output."):
        return ExitCode.output_error
    if key.startswith("dep."):
        return ExitCode.missing_dependency
    if key.startswith("error."):
        return ExitCode.internal_error
    return ExitCode.input_error


class _ProgressEvents:
    """Feeds the pipeline's events into a rich progress display (files and pages, with ETA)."""

    def __init__(self, progress: Progress) -> None:
        self.progress = progress
        self.files = progress.add_task(tr("progress.files"), total=None)
        self.pages = progress.add_task(tr("progress.pages"), total=None)

    def events(self):
        from tthc_digitize.pipeline import Events

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
    agency: Optional[str] = typer.Option(None, "--agency", help=H("Tên cơ quan số hóa ghi vào siêu dữ liệu (mặc định: agency_name trong tthc.toml).", "Digitising agency recorded in the metadata (default: agency_name in tthc.toml).")),
    as_json: bool = JSON_OPT,
) -> None:
    from tthc_digitize import batch

    config = _config(agency_name=agency, **_ocr_flags(jobs, language, skip_text, force_ocr, redo_ocr, min_dpi, rotate, deskew))
    _check_ocr_ready(config)
    if as_json or not err.is_terminal:
        report = batch.ingest(paths, out_dir, config.ocr, agency=config.agency_name)
    else:
        columns = [TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), TimeRemainingColumn()]
        with Progress(*columns, console=err, transient=False) as progress:
            events = _ProgressEvents(progress).events()
            report = batch.ingest(paths, out_dir, config.ocr, events, agency=config.agency_name)
    if as_json:
        _emit_json(report.to_dict(current_language()))
    else:
        render_report(report)
    raise typer.Exit(report.exit_code)


def _shown(path: Path) -> str:
    """Paths under the current folder are shown relative to it: shorter, and what the user typed."""
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def render_report(report) -> None:
    from tthc_digitize.report import grouped_warnings, message

    lang = current_language()
    table = Table(title=tr("report.title"))
    table.add_column(tr("report.col_file"), overflow="fold", ratio=2)
    table.add_column(tr("report.col_status"))
    table.add_column(tr("report.col_pages"), justify="right")
    table.add_column(tr("report.col_detail"), ratio=3)
    styles = {"done": "green", "warned": "yellow", "skipped": "cyan", "failed": "bold red"}
    for o in report.outcomes:
        notes = [message(o.error, lang)] if o.error else []
        notes += grouped_warnings(o.warnings, lang)
        table.add_row(
            _shown(o.path),
            f"[{styles[o.status]}]{tr('report.status.' + o.status)}[/]",
            str(len(o.pages) or (o.source.pages if o.source else "")),
            "\n".join(n for n in notes if n),
        )
    out.print(table)
    out.print(tr("report.totals", **report.totals()))
    if report.count("failed"):
        out.print(f"[red]{tr('report.some_failed')}[/]")


@app.command("extract", help=H(
    "Trích xuất siêu dữ liệu (cơ quan, số, ngày, người được cấp, hiệu lực …) từ một PDF đã nhận dạng.",
    "Extract metadata (issuer, number, date, holder, validity …) from an OCR'd PDF.",
))
def extract_cmd(
    pdf: Path = typer.Argument(..., help=H("Tệp PDF có lớp chữ (kết quả của tthc ocr/ingest).", "PDF with a text layer (output of tthc ocr/ingest).")),
    as_json: bool = JSON_OPT,
) -> None:
    from tthc_digitize.errors import InputFileError
    from tthc_digitize.extract.reader import extract_file
    from tthc_digitize.ingest.sources import sniff

    if sniff(pdf) != "pdf":
        raise InputFileError("input.unknown_type", head=pdf.suffix)
    fields, review = extract_file(pdf)
    if as_json:
        _emit_json({
            "file": str(pdf),
            "fields": {name: {"value": f.value, "confidence": round(f.confidence, 2)} for name, f in fields.items()},
            "needs_review": review,
        })
        return
    table = Table()
    for col in ("extract.col_field", "extract.col_value", "extract.col_confidence"):
        table.add_column(tr(col))
    for name, f in fields.items():
        flag = f" [yellow]({tr('extract.review')})[/]" if name in review else ""
        table.add_row(tr(f"field.{name}"), f.value or "—", f"{f.confidence:.2f}{flag}")
    out.print(table)
    out.print(tr("extract.summary", count=len(review), fields=", ".join(review)) if review else tr("extract.all_sure"))


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

    config = _config(**{"ocr.jobs": jobs})
    _check_ocr_ready(config)
    samples = _samples_dir()
    report = batch.ingest([samples], out_dir, config.ocr, agency=config.agency_name or DEMO_AGENCY)
    if as_json:
        _emit_json(report.to_dict(current_language()))
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


def main() -> None:
    """Entry point: the one place where exceptions become messages and exit codes."""
    lang = HELP_LANG
    try:
        set_language(lang)
        code = app(standalone_mode=False)
        if code == ExitCode.interrupted:  # typer turns Ctrl-C into this return value
            err.print(tr("error.interrupted"))
    except KeyboardInterrupt:
        err.print(tr("error.interrupted"))
        code = ExitCode.interrupted
    except TthcError as exc:
        err.print(f"[red]{tr('error.prefix')}:[/] {tr(exc.key, **exc.params)}")
        code = exc.exit_code
    except Exception as exc:
        # Typer vendors its own click, so its usage errors and Ctrl-C (Abort) are matched by shape
        if type(exc).__name__ == "Abort":
            err.print(tr("error.interrupted"))
            sys.exit(int(ExitCode.interrupted))
        if hasattr(exc, "show") and hasattr(exc, "exit_code"):
            exc.show(file=sys.stderr)
            sys.exit(int(ExitCode.usage))
        # the last resort: say what happened, keep the traceback for a bug report
        if os.environ.get("TTHC_DEBUG"):
            traceback.print_exc()
        err.print(f"[red]{tr('error.prefix')}:[/] {tr('error.internal', detail=f'{type(exc).__name__}: {exc}')}")
        code = ExitCode.internal_error
    sys.exit(int(code or 0))

"""The ``tthc`` application object, shared options and the one exception handler at the edge.

Command groups live beside this module (scan.py, extract.py, demo.py …) and register on ``app``."""

from __future__ import annotations

import json
import os
import sys
import traceback
from pathlib import Path
from typing import Any, Optional

import typer
from rich.console import Console
from rich.markup import escape

from tthc_digitize import __version__, library_warnings, tempdirs
from tthc_digitize.config import Config, load_config
from tthc_digitize.errors import ExitCode, TthcError, fault_from
from tthc_digitize.i18n import resolve_language, set_language, tr

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


def command_config(base_files: tuple[Path, ...] = (), **flags: Any) -> Config:
    """The config with this command's flags as the top layer (``base_files``: a warehouse's tthc.toml)."""
    return load_config({"lang": State.config.lang or None, **{k: v for k, v in flags.items() if v is not None}},
                       State.config_file, base_files=base_files)


class _Emitted:
    json = False


def emit_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    _Emitted.json = True


def _json_error(exc: TthcError, code: int) -> None:
    """``--json`` promises a JSON answer, failures included: cron scripts parse stdout, not stderr."""
    if "--json" in sys.argv[1:] and not _Emitted.json:
        emit_json({"ok": False, "exit_code": int(code),
                   "error": {"key": exc.key, "message": tr(exc.key, **exc.params),
                             "params": {k: str(v) for k, v in exc.params.items()}}})


def _fault_path() -> str | None:
    """Where a register error happened: SQLite names no file, the warehouse in use does."""
    from tthc_digitize.errors import fault_context

    return fault_context.path


JSON_OPT = typer.Option(False, "--json", help=H("In kết quả dạng JSON cho máy đọc.", "Print machine-readable JSON."))
def shown_path(path: Path) -> str:
    """Paths under the current folder are shown relative to it: shorter, and what the user typed."""
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


UMASK = 0o027


def main() -> None:
    """Entry point: the one place where exceptions become messages and exit codes."""
    lang = HELP_LANG
    library_warnings.silence()
    # The register, stored objects, review logs and keys hold names and ID numbers: nothing the tool
    # creates is readable by other users of the machine (files 0640, folders 0750).
    os.umask(UMASK)
    try:
        tempdirs.enter()
    except OSError:
        pass  # an unwritable temporary folder fails the step that needs it, with its own message
    try:
        set_language(lang)
        code = app(standalone_mode=False)
        if code == ExitCode.interrupted:  # typer turns Ctrl-C into this return value
            err.print(tr("error.interrupted"))
    except KeyboardInterrupt:
        err.print(tr("error.interrupted"))
        code = ExitCode.interrupted
    except TthcError as exc:
        err.print(f"[red]{tr('error.prefix')}:[/] {escape(tr(exc.key, **exc.params))}")  # paths may hold [ ]
        code = exc.exit_code
        _json_error(exc, code)
    except Exception as exc:
        # Typer vendors its own click, so its usage errors and Ctrl-C (Abort) are matched by shape
        if type(exc).__name__ == "Abort":
            err.print(tr("error.interrupted"))
            sys.exit(int(ExitCode.interrupted))
        if hasattr(exc, "show") and hasattr(exc, "exit_code"):
            exc.show(file=sys.stderr)
            sys.exit(int(ExitCode.usage))
        named = fault_from(exc, _fault_path())  # a full disk or read-only media is no bug
        if named is not None:
            err.print(f"[red]{tr('error.prefix')}:[/] {escape(tr(named.key, **named.params))}")
            _json_error(named, named.exit_code)
            sys.exit(int(named.exit_code))
        # the last resort: say what happened, keep the traceback for a bug report
        if os.environ.get("TTHC_DEBUG"):
            traceback.print_exc()
        err.print(f"[red]{tr('error.prefix')}:[/] {tr('error.internal', detail=f'{type(exc).__name__}: {exc}')}")
        code = ExitCode.internal_error
        _json_error(TthcError("error.internal", detail=f"{type(exc).__name__}: {exc}"), code)
    sys.exit(int(code or 0))

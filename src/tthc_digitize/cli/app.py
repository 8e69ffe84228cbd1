"""The ``tthc`` application object, shared options and the one exception handler at the edge.

Command groups live beside this module (scan.py, extract.py, demo.py …) and register on ``app``."""

from __future__ import annotations

import json
import logging
import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any, Optional

import typer
from rich.console import Console
from rich.markup import escape
from typer._click import exceptions as click_exceptions
from typer.core import TyperGroup

from tthc_digitize import __version__, library_warnings, tempdirs
from tthc_digitize.cli import click_language
from tthc_digitize.config import Config, load_config
from tthc_digitize.errors import ExitCode, TthcError, fault_context, fault_from
from tthc_digitize.i18n import LANGUAGES, in_words, render, resolve_language, set_language, tr

# The pipeline (PDF, imaging and numeric libraries) is imported inside the commands that use it,
# so `tthc --help` and `tthc doctor` answer at once.


# Help text as declared (Vietnamese) -> its English, swapped into the command tree of an English call
_HELP_EN: dict[str, str] = {}


def H(vi: str, en: str) -> str:
    """Help text: the Vietnamese is declared; the English is kept for invocations in English."""
    _HELP_EN[vi] = en
    return vi


def invocation_language(args: list[str]) -> str:
    """The language of one call, known before Click parses it (help is printed while parsing):
    ``--lang``, then ``TTHC_LANG`` and the config file, then the locale."""
    config_file = None
    for i, arg in enumerate(args):
        value = args[i + 1] if arg in ("--lang", "--config") and i + 1 < len(args) else None
        if arg.startswith(("--lang=", "--config=")):
            arg, value = arg.split("=", 1)
        if arg == "--lang" and value in LANGUAGES:
            return value
        if arg == "--config" and value:
            config_file = Path(value)
    try:
        configured = load_config({}, config_file).lang
    except TthcError:
        configured = ""  # the command itself reports the broken config file, in the locale's language
    return resolve_language(configured if configured in LANGUAGES else "")


def _help_in_english(command: Any) -> None:
    for obj in (command, *command.params):
        for attr in ("help", "short_help", "epilog"):
            text = getattr(obj, attr, None)
            if text in _HELP_EN:
                setattr(obj, attr, _HELP_EN[text])
    for sub in getattr(command, "commands", {}).values():
        _help_in_english(sub)


class _Invocation:
    """What the edge needs to know about the call being run (in-process tests run many)."""
    args: list[str] = []


class TthcGroup(TyperGroup):
    """The root command: each call resolves its language, then runs behind the one exception edge.

    Overriding ``main`` puts both ``tthc`` (a process) and ``typer.testing.CliRunner`` (in-process;
    it calls ``main`` too) through the same language choice, messages and exit codes."""

    def main(self, args: Any = None, prog_name: str | None = None, complete_var: str | None = None,
             standalone_mode: bool = True, **extra: Any) -> Any:
        args = list(sys.argv[1:] if args is None else args)
        _Invocation.args, _Emitted.json = args, False
        lang = invocation_language(args)
        set_language(lang)
        click_language.use_current_language()
        if lang == "en":
            _help_in_english(self)  # a fresh tree each call: Typer builds it anew for every invocation
        code = _edge(lambda: super(TthcGroup, self).main(args, prog_name, complete_var, standalone_mode=False, **extra))
        if standalone_mode:
            sys.exit(code)
        return code


app = typer.Typer(
    name="tthc",
    help=H(
        "Số hóa kết quả giải quyết thủ tục hành chính: quét → OCR → PDF/A có thể tìm kiếm.",
        "Digitise administrative-procedure results: scan → OCR → searchable PDF/A.",
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    cls=TthcGroup,
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
    if "--json" in _Invocation.args and not _Emitted.json:
        emit_json({"ok": False, "exit_code": int(code),
                   "error": {"key": exc.key, "message": render(exc.message),
                             "params": {k: str(in_words(v)) for k, v in exc.params.items()}}})


def _fault_path() -> str | None:
    """Where a register error happened: SQLite names no file, the warehouse in use does."""
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
    """Entry point of the ``tthc`` program: process-wide set-up, then the command (which exits)."""
    library_warnings.silence()
    # the tool's own warnings (an unsigned anchor, a TSA down) as plain lines, whatever a library does to
    # the root logger (one calls basicConfig on import: "WARNING:module.name:" before each)
    ours = logging.getLogger("tthc_digitize")
    if not ours.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(message)s"))
        ours.addHandler(handler)
        ours.propagate = False
    # The register, stored objects, review logs and keys hold names and ID numbers: nothing the tool
    # creates is readable by other users of the machine (files 0640, folders 0750).
    os.umask(UMASK)
    try:
        tempdirs.enter()
    except OSError:
        pass  # an unwritable temporary folder fails the step that needs it, with its own message
    app()


def _edge(run: Callable[[], Any]) -> int:
    """The one place where exceptions become messages and exit codes."""
    try:
        code = run()
        if code == ExitCode.interrupted:  # typer turns Ctrl-C into this return value
            err.print(tr("error.interrupted"))
    except KeyboardInterrupt:
        err.print(tr("error.interrupted"))
        code = ExitCode.interrupted
    except TthcError as exc:
        _print_error(exc)
        code = exc.exit_code
        _json_error(exc, code)
    except typer.Abort:
        err.print(tr("error.interrupted"))
        code = ExitCode.interrupted
    except click_exceptions.NoArgsIsHelpError as exc:
        exc.show(file=sys.stderr)
        code = ExitCode.usage
    except click_exceptions.UsageError as exc:
        click_language.show_usage_error(exc, sys.stderr)
        code = ExitCode.usage
    except click_exceptions.ClickException as exc:
        exc.show(file=sys.stderr)
        code = ExitCode.usage
    except Exception as exc:
        named = fault_from(exc, _fault_path())  # a full disk or read-only media is no bug
        if named is not None:
            _print_error(named)
            _json_error(named, named.exit_code)
            return int(named.exit_code)
        # the last resort: say what happened, keep the traceback for a bug report
        if os.environ.get("TTHC_DEBUG"):
            traceback.print_exc()
        err.print(f"[red]{tr('error.prefix')}:[/] {tr('error.internal', detail=f'{type(exc).__name__}: {exc}')}")
        code = ExitCode.internal_error
        _json_error(TthcError("error.internal", detail=f"{type(exc).__name__}: {exc}"), code)
    return int(code or 0)


def _print_error(exc: TthcError) -> None:
    err.print(f"[red]{tr('error.prefix')}:[/] {escape(render(exc.message))}")  # paths may hold [ ]

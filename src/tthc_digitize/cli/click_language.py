"""Click's and Typer's own words in the user's language: help panels, usage lines, usage errors.

Typer vendors Click with its English strings written in (no gettext), so they are translated where
they are shown: the few strings Typer keeps as module constants are set for each invocation, the help
option's text and the usage prefix when they are rendered, and a usage error's message by matching
the shapes Click and Typer give it (an unmatched message is shown as it is).
"""

from __future__ import annotations

import re
import sys
from typing import Any

from typer import _click, rich_utils
from typer._click import formatting

from tthc_digitize.i18n import template, tr

# rich_utils' module constant, and the message that replaces it
_RICH_CONSTANTS = {
    "ARGUMENTS_PANEL_TITLE": "click.panel.arguments",
    "OPTIONS_PANEL_TITLE": "click.panel.options",
    "COMMANDS_PANEL_TITLE": "click.panel.commands",
    "ERRORS_PANEL_TITLE": "click.panel.error",
    "ABORTED_TEXT": "click.aborted",
    "DEFAULT_STRING": "click.default",
    "ENVVAR_STRING": "click.env_var",
    "REQUIRED_LONG_STRING": "click.required",
    "DEPRECATED_STRING": "click.deprecated",
    "RICH_HELP": "click.rich_help",
}

# (shape of an English message, its key); {…} placeholders are kept verbatim, inner messages translated
_SHAPES: list[tuple[re.Pattern[str], str]] = [(re.compile(p, re.S), k) for p, k in [
    (r"No such option: (?P<name>\S+) \(Possible options: (?P<options>.+)\)", "click.no_such_option+click.possible_options"),
    (r"No such option: (?P<name>.+)", "click.no_such_option"),
    (r"No such command '(?P<name>.+?)'\. Did you mean (?P<options>.+)\?", "click.no_such_command+click.did_you_mean"),
    (r"No such command '(?P<name>.+?)'\.", "click.no_such_command"),
    (r"Missing command\.", "click.missing_command"),
    (r"Missing (?P<kind>argument|option|parameter)(?P<hint>[^.]*)\.(?P<rest>.*)", "click.missing"),
    (r"Invalid value for (?P<hint>.+?): (?P<message>.*)", "click.invalid_value_for"),
    (r"Invalid value: (?P<message>.*)", "click.invalid_value"),
    (r"Got unexpected extra argument\(s\) \((?P<args>.*)\)", "click.extra_arguments"),
    (r"Option (?P<name>\S+) requires an argument\.", "click.requires_argument"),
    (r"(?P<value>.+) is not a valid (?P<kind>[\w ]+)\.", "click.not_a_valid"),
    (r"(?P<value>.+) is not in the range (?P<range>.+)\.", "click.not_in_range"),
    (r"(?P<value>.+) is not one of (?P<choices>.+)\.", "click.not_one_of"),
]]


def translate_message(text: str, lang: str | None = None) -> str:
    """A Click/Typer usage-error message in ``lang``; English input comes back unchanged in English."""
    for shape, key in _SHAPES:
        match = shape.fullmatch(text)
        if not match:
            continue
        groups = match.groupdict()
        if key == "click.missing":
            rest = groups["rest"].strip()
            head = tr(f"click.missing.{groups['kind']}", lang, hint=groups["hint"])
            return f"{head} {translate_message(rest, lang)}" if rest else head
        if "message" in groups:
            groups["message"] = translate_message(groups["message"], lang)
        first, _, second = key.partition("+")
        if second:
            return f"{tr(first, lang, name=groups['name'])} {tr(second, lang, options=groups['options'])}"
        return tr(key, lang, **groups)
    return text


def show_usage_error(exc: Any, file=None) -> None:
    """``UsageError.show`` in the current language: usage line, help hint, then the error."""
    file = file or sys.stderr
    ctx = getattr(exc, "ctx", None)
    color = None
    if ctx is not None:
        color = ctx.color
        hint = ""
        if ctx.command.get_help_option(ctx) is not None:
            hint = tr("click.try_help", command=ctx.command_path, option=ctx.help_option_names[0]) + "\n"
        _click.echo(f"{ctx.get_usage()}\n{hint}", file=file, color=color)
    _click.echo(tr("click.error", message=translate_message(exc.format_message())), file=file, color=color)


def use_current_language() -> None:
    """Set Typer's fixed strings for this invocation (its rich help panels read them when drawn)."""
    for name, key in _RICH_CONSTANTS.items():
        setattr(rich_utils, name, template(key))


def _install() -> None:
    """Hooks read the language when they run, so they are installed once, at import."""
    get_help_option = _click.core.Command.get_help_option

    def translated_help_option(self, ctx):
        option = get_help_option(self, ctx)
        if option is not None:
            option.help = tr("click.help_option")
        return option

    write_usage = formatting.HelpFormatter.write_usage

    def translated_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        write_usage(self, prog, args, f"{tr('click.usage')} " if prefix is None else prefix)

    _click.core.Command.get_help_option = translated_help_option
    formatting.HelpFormatter.write_usage = translated_usage


_install()

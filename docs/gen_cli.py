"""Regenerate docs/cli.md from the commands' own --help (run: make docs).

tests/e2e/test_cli.py::test_cli_reference_is_up_to_date fails when this file is out of date, so help text and reference never drift.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

DOC = Path(__file__).with_name("cli.md")


def commands() -> list[list[str]]:
    from tthc_digitize.cli import app
    import typer.main

    def walk(group, path: list[str]) -> list[list[str]]:
        found = []
        for name in sorted(group.commands):
            found.append([*path, name])
            if hasattr(group.commands[name], "commands"):  # a sub-command group (tthc roadmap …)
                found += walk(group.commands[name], [*path, name])
        return found

    return [[]] + walk(typer.main.get_command(app), [])


def help_text(args: list[str], lang: str) -> str:
    env = {**os.environ, "COLUMNS": "100", "TERM": "dumb", "NO_COLOR": "1", "TTHC_LANG": lang}
    env.pop("LANG", None)
    out = subprocess.run(
        [sys.executable, "-m", "tthc_digitize", *args, "--help"],
        capture_output=True, text=True, env=env, check=True,
    )
    return out.stdout.rstrip()


def render() -> str:
    parts = [
        "# Tham chiếu dòng lệnh `tthc` / CLI reference",
        "",
        "Tạo tự động từ `--help` bằng `make docs`; đừng sửa tay. "
        "Generated from `--help` by `make docs`; do not edit by hand.",
        "",
    ]
    for args in commands():
        title = " ".join(["tthc", *args])
        parts += [f"## `{title}`", "", "```", help_text(args, "vi"), "```", ""]
    parts += ["## English", ""]
    for args in commands():
        title = " ".join(["tthc", *args])
        parts += [f"### `{title}`", "", "```", help_text(args, "en"), "```", ""]
    return "\n".join(parts)


if __name__ == "__main__":
    DOC.write_text(render(), encoding="utf-8")
    print(f"wrote {DOC}")

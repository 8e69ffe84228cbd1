"""The CLI as a user meets it: help, version, languages, exit codes, doctor."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
import typer.main

from helpers import tthc
from tthc_digitize import __version__
from tthc_digitize.cli import app
from tthc_digitize.errors import ExitCode

COMMANDS = sorted(typer.main.get_command(app).commands)


def test_help_lists_commands():
    result = tthc("--help")
    assert result.returncode == 0
    for name in ("doctor", "ocr", "ingest", "demo"):
        assert name in result.stdout
    assert "Số hóa" in result.stdout  # Vietnamese by default


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_in_both_languages(command):
    vi = tthc(command, "--help")
    en = tthc("--lang", "en", command, "--help")
    assert vi.returncode == 0 and en.returncode == 0
    assert vi.stdout != en.stdout
    cmd = typer.main.get_command(app).commands[command]
    assert cmd.help, f"{command} has no help"
    for param in cmd.params:
        assert getattr(param, "help", None) or param.param_type_name == "argument" and param.help, (
            f"{command} {param.name} has no help"
        )


def test_english_from_locale():
    result = tthc("--help", env={"LANG": "en_US.UTF-8"})
    assert "Digitise" in result.stdout


def test_version():
    result = tthc("--version")
    assert result.returncode == 0 and __version__ in result.stdout


def test_usage_error_exit_code():
    assert tthc("ocr").returncode == ExitCode.usage
    assert tthc("no-such-command").returncode == ExitCode.usage
    assert tthc("--lang", "fr", "doctor").returncode == ExitCode.usage


def test_conflicting_modes_are_a_usage_error(tmp_path):
    result = tthc("ocr", "x.pdf", "-o", str(tmp_path / "o.pdf"), "--force-ocr", "--redo-ocr")
    assert result.returncode == ExitCode.usage


def test_bad_config_exit_code(tmp_path):
    (tmp_path / "tthc.toml").write_text("[ocr]\njobs = 'many'\n")
    result = tthc("doctor", cwd=tmp_path)
    assert result.returncode == ExitCode.config_error
    assert "ocr.jobs" in result.stderr


def test_doctor_json():
    result = tthc("doctor", "--json")
    data = json.loads(result.stdout)
    assert data["ok"] is True and result.returncode == 0
    names = [c["check"] for c in data["checks"]]
    assert any("vie" in n for n in names) and any("Tinos" in n for n in names)


def test_doctor_names_the_package_for_a_missing_language():
    result = tthc("doctor", "-l", "vie+khm")
    assert result.returncode == ExitCode.missing_dependency
    assert "tesseract-ocr-khm" in result.stdout


def test_ocr_missing_language_is_missing_dependency(tmp_path):
    result = tthc("ocr", "x.pdf", "-o", str(tmp_path / "o.pdf"), "-l", "khm")
    assert result.returncode == ExitCode.missing_dependency
    assert "tesseract-ocr-khm" in result.stderr


def test_ocr_missing_input(tmp_path):
    result = tthc("ocr", str(tmp_path / "nope.pdf"), "-o", str(tmp_path / "o.pdf"))
    assert result.returncode == ExitCode.input_error
    assert "Không tìm thấy" in result.stderr


def test_cli_reference_is_up_to_date():
    sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[2] / "docs"))
    import gen_cli

    assert gen_cli.DOC.read_text(encoding="utf-8") == gen_cli.render(), "run `make docs`"


def test_library_warnings_do_not_reach_the_clerks_terminal(tmp_path):
    """pikepdf warns about form widgets when it copies such a page; the clerk sees our messages only."""
    import pymupdf

    scan = tmp_path / "co-o-nhap.pdf"
    with pymupdf.open(Path(__file__).resolve().parents[2] / "samples" / "scans" / "quyet-dinh-so.pdf") as doc:
        widget = pymupdf.Widget()
        widget.field_name, widget.field_type = "ghi_chu", pymupdf.PDF_WIDGET_TYPE_TEXT
        widget.rect, widget.field_value = pymupdf.Rect(400, 780, 560, 800), "x"
        doc[0].add_widget(widget)
        doc.save(scan)
    args = ("ingest", str(scan), "--agency", "UBND xã A")
    quiet = tthc(*args, "--out", str(tmp_path / "a"))
    assert quiet.returncode == 0, quiet.stderr
    assert "Warning" not in quiet.stderr + quiet.stdout
    debug = tthc(*args, "--out", str(tmp_path / "b"), env={"TTHC_DEBUG": "1"})
    assert "PageCopyWarning" in debug.stderr  # the warning is there to hide: the test can fail

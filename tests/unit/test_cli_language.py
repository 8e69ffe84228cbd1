"""The language is chosen per call: one process serves English and Vietnamese help and errors,
with the same exit codes and streams as the ``tthc`` program (so CLI tests can run in-process)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tthc_digitize.cli import app
from tthc_digitize.cli.click_language import translate_message
from tthc_digitize.errors import ExitCode
from tthc_digitize.i18n import current_language


@pytest.fixture
def tthc(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)  # no tthc.toml from anywhere else
    runner = CliRunner()

    def run(*args: str, env: dict | None = None):
        return runner.invoke(app, list(args), env={"COLUMNS": "120", "NO_COLOR": "1", **(env or {})})

    return run


def test_help_in_english_then_vietnamese_then_errors_in_each(tthc):
    en = tthc("--lang", "en", "ocr", "--help")
    assert en.exit_code == 0
    assert "Scan file: PDF, TIFF, JPEG or PNG." in en.stdout and "Tệp quét" not in en.stdout
    assert "Arguments" in en.stdout and "Options" in en.stdout and "Show this message and exit." in en.stdout

    vi = tthc("ocr", "--help")
    assert vi.exit_code == 0 and current_language() == "vi"
    assert "Tệp quét: PDF, TIFF, JPEG hoặc PNG." in vi.stdout and "Scan file" not in vi.stdout
    for english in ("Arguments", "Options", "Show this message", "Usage:", "[required]"):
        assert english not in vi.stdout, english
    assert "Tham số" in vi.stdout and "Tùy chọn" in vi.stdout and "Hiện hướng dẫn này rồi thoát." in vi.stdout
    assert "Cách dùng:" in vi.stdout

    bad_vi = tthc("--bogus")
    assert bad_vi.exit_code == ExitCode.usage and bad_vi.stdout == ""
    assert "Cách dùng: tthc [OPTIONS] COMMAND [ARGS]..." in bad_vi.stderr
    assert "Gõ 'tthc -h' để xem hướng dẫn." in bad_vi.stderr
    assert "Lỗi: Không có tùy chọn: --bogus" in bad_vi.stderr
    assert "Usage" not in bad_vi.stderr and "Error" not in bad_vi.stderr

    bad_en = tthc("--lang", "en", "--bogus")
    assert bad_en.exit_code == ExitCode.usage
    assert "Usage: tthc [OPTIONS] COMMAND [ARGS]...\nTry 'tthc -h' for help." in bad_en.stderr
    assert "Error: No such option: --bogus" in bad_en.stderr


def test_the_commands_root_help_lists_commands_in_the_language_of_the_call(tthc):
    vi, en = tthc("--help"), tthc("--lang", "en", "--help")
    assert "Lệnh" in vi.stdout and "Số hóa" in vi.stdout
    assert "Commands" in en.stdout and "Digitise" in en.stdout


@pytest.mark.parametrize("env, word", [({"TTHC_LANG": "en"}, "Scan file"), ({"LANG": "en_US.UTF-8"}, "Scan file"),
                                       ({"LANG": "vi_VN.UTF-8"}, "Tệp quét"), ({}, "Tệp quét")])
def test_language_from_environment_and_locale(tthc, env, word):
    assert word in tthc("ocr", "--help", env=env).stdout


def test_language_from_the_config_file(tthc, tmp_path):
    (tmp_path / "tthc.toml").write_text('lang = "en"\n', encoding="utf-8")
    assert "Scan file" in tthc("ocr", "--help").stdout
    assert "Tệp quét" in tthc("--lang", "vi", "ocr", "--help").stdout


def test_suggestions_and_bad_values_in_vietnamese(tthc):
    close = tthc("--lan", "en")
    assert close.exit_code == ExitCode.usage
    assert "Không có tùy chọn: --lan (Các tùy chọn gần giống: --lang)" in close.stderr
    missing = tthc("ocr")
    assert missing.exit_code == ExitCode.usage and "Thiếu tham số 'input'." in missing.stderr
    bad = tthc("ocr", "a.pdf", "-o", "b.pdf", "--jobs", "0")
    assert "Giá trị không hợp lệ cho '--jobs' / '-j': 0 nằm ngoài khoảng x>=1." in bad.stderr
    assert "Invalid value for '--jobs' / '-j': 0 is not in the range x>=1." in tthc(
        "--lang", "en", "ocr", "a.pdf", "-o", "b.pdf", "--jobs", "0").stderr


def test_the_edge_gives_exit_codes_and_json_in_process(tthc, tmp_path):
    result = tthc("--config", str(tmp_path / "none.toml"), "doctor")
    assert result.exit_code == ExitCode.config_error
    assert "Lỗi:" in result.stderr and "Không tìm thấy tệp cấu hình" in result.stderr
    as_json = tthc("--lang", "en", "--config", str(tmp_path / "none.toml"), "doctor", "--json")
    answer = json.loads(as_json.stdout)
    assert as_json.exit_code == answer["exit_code"] == ExitCode.config_error
    assert answer["error"]["key"] == "config.missing_file" and answer["error"]["message"].startswith("Config file")
    # the next call does not inherit the JSON promise of the last one
    assert tthc("--config", str(tmp_path / "none.toml"), "doctor").stdout == ""


@pytest.mark.parametrize("text", ["No such option: --x (Possible options: --xy, --xz)", "Missing option '--output' / '-o'.",
                                  "Got unexpected extra argument(s) (a b)", "Something Click never says"])
def test_english_messages_stay_as_they_are_in_english(text):
    assert translate_message(text, "en") == text


@pytest.mark.parametrize("args", [["--bogus"], ["--lang", "en", "ocr"], ["--config", "none.toml", "doctor", "--json"]])
def test_in_process_answers_as_the_program_does(tthc, tmp_path, args):
    env = {k: v for k, v in os.environ.items() if k not in ("LANG", "LC_ALL", "LC_MESSAGES", "TTHC_LANG")}
    program = subprocess.run([sys.executable, "-m", "tthc_digitize", *args], capture_output=True, text=True,
                             cwd=tmp_path, env={**env, "COLUMNS": "120", "NO_COLOR": "1"}, timeout=120)
    in_process = tthc(*args)
    assert in_process.exit_code == program.returncode != 0
    assert in_process.stdout == program.stdout
    assert in_process.stderr == program.stderr.replace(f"{Path(sys.executable).name} -m tthc_digitize", "tthc")

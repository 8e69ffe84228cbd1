from pathlib import Path

import pytest

from tthc_digitize.config import Config, OcrSettings, load_config
from tthc_digitize.errors import ConfigError, ExitCode


def test_defaults(tmp_path):
    config = load_config(env={}, cwd=tmp_path)
    assert config == Config()
    assert config.ocr.language == "vie" and config.ocr.mode == "auto"


def test_layers_file_then_env_then_flags(tmp_path):
    (tmp_path / "tthc.toml").write_text('lang = "en"\n[ocr]\njobs = 3\nlanguage = "vie+eng"\nmin_dpi = 150\n')
    env = {"TTHC_OCR_JOBS": "5", "TTHC_OCR_DESKEW": "false", "TTHC_UNRELATED": "x"}
    config = load_config({"ocr.min_dpi": 250}, env=env, cwd=tmp_path)
    assert config.lang == "en"  # file
    assert config.ocr.language == "vie+eng"  # file
    assert config.ocr.jobs == 5  # env beats file
    assert config.ocr.deskew is False  # env
    assert config.ocr.min_dpi == 250  # flag beats file


def test_flag_none_means_not_given(tmp_path):
    config = load_config({"ocr.jobs": None}, env={"TTHC_OCR_JOBS": "4"}, cwd=tmp_path)
    assert config.ocr.jobs == 4


def test_explicit_config_file_via_env(tmp_path):
    cfg = tmp_path / "other.toml"
    cfg.write_text('[ocr]\nmode = "force"\n')
    assert load_config(env={"TTHC_CONFIG": str(cfg)}, cwd=tmp_path).ocr.mode == "force"


@pytest.mark.parametrize(
    "toml",
    ['[ocr]\njobs = "many"\n', '[ocr]\nmode = "sometimes"\n', "[ocr]\ncolour = 1\n", 'lang = "fr"\n', "[ocr\n"],
)
def test_bad_config_is_a_config_error(tmp_path, toml):
    (tmp_path / "tthc.toml").write_text(toml)
    with pytest.raises(ConfigError) as info:
        load_config(env={}, cwd=tmp_path)
    assert info.value.exit_code == ExitCode.config_error


def test_missing_explicit_file(tmp_path):
    with pytest.raises(ConfigError):
        load_config(config_file=tmp_path / "nope.toml", env={}, cwd=tmp_path)


def test_cache_key_ignores_jobs():
    assert OcrSettings(jobs=1).cache_key() == OcrSettings(jobs=8).cache_key()
    assert OcrSettings(language="vie").cache_key() != OcrSettings(language="vie+eng").cache_key()

"""Exit codes come from exception classes: a file's failure keeps the code its exception carries."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from tthc_digitize import errors
from tthc_digitize.errors import ExitCode, MissingDependencyError, OutputError, TthcError
from tthc_digitize.ocr.page import PageBug, PageFailure, TesseractFailed
from tthc_digitize.pipeline import FileOutcome
from tthc_digitize.report import outcome_dict


def _subclasses(cls):
    for sub in cls.__subclasses__():
        yield sub
        yield from _subclasses(sub)


def test_every_error_class_carries_an_exit_code():
    assert all(isinstance(cls.exit_code, ExitCode) for cls in _subclasses(TthcError))
    assert errors.ConfigError.exit_code == ExitCode.config_error


@pytest.mark.parametrize("exc, key, code", [
    (MissingDependencyError("dep.tesseract_missing"), "dep.tesseract_missing", ExitCode.missing_dependency),
    (OutputError("output.same_as_input", path="a.pdf"), "output.same_as_input", ExitCode.output_error),
    (TesseractFailed("dep.tesseract_failed", page=2, detail="boom"), "dep.tesseract_failed", ExitCode.missing_dependency),
    (PageFailure("input.page_crashed", page=3), "input.page_crashed", ExitCode.input_error),
    (PageBug("error.internal", detail="KeyError: x"), "error.internal", ExitCode.internal_error),
    (OSError(28, "No space left on device"), "output.disk_full", ExitCode.output_error),
    (ValueError("odd"), "input.unexpected", ExitCode.input_error),
])
def test_a_file_failure_keeps_its_exception_code(exc, key, code):
    outcome = FileOutcome(path=Path("a.pdf")).fail_from(exc, Path("out/a.pdf"))
    assert outcome.status == "failed" and outcome.error.key == key and outcome.exit_code == code
    row = outcome_dict(outcome, "vi")
    assert row["reason_code"] == key and row["reason_exit_code"] == int(code)


def test_a_page_failure_crosses_the_process_boundary_whole():
    back = pickle.loads(pickle.dumps(TesseractFailed("dep.tesseract_failed", page=4, detail="x")))
    assert type(back) is TesseractFailed and back.params == {"page": 4, "detail": "x"}
    assert back.exit_code == ExitCode.missing_dependency


def test_a_refusal_by_key_is_an_input_error():
    assert FileOutcome(path=Path("a.pdf")).fail("input.empty").exit_code == ExitCode.input_error

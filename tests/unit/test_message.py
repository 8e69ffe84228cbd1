"""Messages are kept as (key, params) and put into words only when rendered, in the language asked."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from tthc_digitize.errors import InputFileError
from tthc_digitize.i18n import Message, current_language, render, set_language
from tthc_digitize.pipeline import FileOutcome
from tthc_digitize.report import Report, grouped_warnings, outcome_dict


@pytest.fixture
def english():
    set_language("en")
    yield
    set_language("vi")


def test_a_message_is_rendered_in_the_language_asked():
    msg = Message("input.not_found", {"path": "a.pdf"})
    assert render(msg, "vi") == "Không tìm thấy: a.pdf" and render(msg, "en") == "Not found: a.pdf"
    assert current_language() == "vi" and str(msg) == "Không tìm thấy: a.pdf"
    with pytest.raises(dataclasses.FrozenInstanceError):
        msg.key = "input.empty"


def test_str_follows_the_current_language(english):
    assert str(Message("input.empty")) == "Empty file (0 bytes)"


def test_errors_and_outcomes_hold_messages_not_words():
    exc = InputFileError("input.not_found", path="b.pdf")
    assert exc.message == Message("input.not_found", {"path": "b.pdf"})
    outcome = FileOutcome(path=Path("b.pdf")).fail_from(exc, Path("b.pdf"))
    assert outcome.error == exc.message
    report = Report(outcomes=[outcome])
    # the same report, rendered twice, in two languages
    assert report.to_dict("vi")["files"][0]["reason"] == "Không tìm thấy: b.pdf"
    assert report.to_dict("en")["files"][0]["reason"] == "Not found: b.pdf"


def test_pairs_from_older_call_sites_render_the_same():
    outcome = FileOutcome(path=Path("c.pdf"))
    outcome.warnings += [Message("warn.grey", {"page": 1}), ("warn.grey", {"page": 2})]
    assert grouped_warnings(outcome.warnings, "en") == ["page 1, 2: greyscale, colour is required"]
    assert outcome_dict(outcome, "vi")["warnings"] == ["trang 1: ảnh xám, quy định yêu cầu ảnh màu",
                                                       "trang 2: ảnh xám, quy định yêu cầu ảnh màu"]
    key, params = Message("warn.blank", {"page": 3})
    assert (key, params) == ("warn.blank", {"page": 3})

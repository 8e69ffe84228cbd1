import string

import pytest

from tthc_digitize.i18n import MESSAGES, resolve_language, tr


def _fields(template):
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_every_message_has_both_languages_with_same_placeholders(key):
    vi, en = MESSAGES[key]
    assert vi.strip() and en.strip()
    assert _fields(vi) == _fields(en)


def test_no_english_left_in_the_vietnamese_slot():
    same = {key for key, (vi, en) in MESSAGES.items() if vi == en}
    assert same <= {"doctor.check.python", "doctor.check.tesseract"}  # proper names


def test_language_resolution():
    assert resolve_language("", {}) == "vi"
    assert resolve_language("", {"LANG": "en_US.UTF-8"}) == "en"
    assert resolve_language("", {"LANG": "vi_VN.UTF-8"}) == "vi"
    assert resolve_language("vi", {"LANG": "en_GB.UTF-8"}) == "vi"
    assert resolve_language("", {"LC_ALL": "en_US.UTF-8", "LANG": "vi_VN"}) == "en"


def test_tr():
    assert tr("input.empty", "vi") == "Tệp rỗng (0 byte)"
    assert tr("input.empty", "en") == "Empty file (0 bytes)"

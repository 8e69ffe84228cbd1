"""Rules round 14 (issue 13), from blind sets 9 to 23 and the real corpus: a kind's title read with a tone mark
lost ("QUYÉT ĐỊNH", "CHÍ THỊ") is written as the kind; two more fixed phrases of subjects; a district read with its
spaces moved ("DU Y XUYÊN") is the place its letters spell; positions are in
test_extract_positions.py."""

from __future__ import annotations

import pytest
from test_extract_round5 import H, W, _line, _merge, _signature

from tthc_digitize.extract.lexicon import phrase_reading, place_reading
from tthc_digitize.extract.rules import extract, kind_reading, needs_review


@pytest.mark.parametrize("read, kind", [
    ("QUYÉT ĐỊNH", "QUYẾT ĐỊNH"), ("THÔNG BẢO", "THÔNG BÁO"), ("CHÍ THỊ", "CHỈ THỊ"),
    ("GIÂY CHỨNG NHẬN ĐĂNG KÝ HỘ KINH DOANH", "GIẤY CHỨNG NHẬN ĐĂNG KÝ HỘ KINH DOANH"),  # the rest as read
    ("QUYẾT ĐỊNH", "QUYẾT ĐỊNH"), ("KẾ HOẠCH", "KẾ HOẠCH"),
    ("BẢNG KÊ", "BẢNG KÊ"),  # one word folds like "BẰNG", a diploma: too few to tell
    ("QUY ĐỊNH", "QUY ĐỊNH"),  # a kind of its own, not "QUYẾT ĐỊNH" short of letters
])
def test_a_kinds_title_read_with_another_tone_mark_is_the_kind(read, kind):
    assert kind_reading(read) == kind


def test_a_title_written_as_its_kind_goes_to_a_clerk():
    lines = [_line("ỦY BAN NHÂN DÂN", 58, x=100), _line("HUYỆN KIM SƠN", 73, x=104),
             _line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 58, x=274), _line("Độc lập - Tự do - Hạnh phúc", 73, x=319),
             _line("Số: 214/QĐ-UBND", 106, x=100), _line("Kim Sơn, ngày 11 tháng 7 năm 2019", 106, x=300),
             _line("QUYÉT ĐỊNH", 150, x=255), _line("Về việc công nhận tổ hòa giải", 170, x=200)]
    fields = extract(_merge(lines + _signature(1, ["CHỦ TỊCH"], "Lê Văn Tám")), W, H)
    assert fields["type_name"].value == "QUYẾT ĐỊNH"
    assert "type_name" in needs_review(fields)  # written so, not as printed: a clerk sees both
    assert fields["subject"].value == "Về việc công nhận tổ hòa giải"


@pytest.mark.parametrize("read, written", [
    ("Về việc đăng ký xét học bồng CSR", "Về việc đăng ký xét học bổng CSR"),
    ("Khai giảng năm học 2025-2026 và công bồ quyết định", "Khai giảng năm học 2025-2026 và công bố quyết định"),
])
def test_more_fixed_phrases_of_subjects(read, written):
    assert phrase_reading(read) == written


@pytest.mark.parametrize("read, issuer", [
    ("UBND HUYỆN DU Y XUYÊN BAN QUẢN LÝ DI SẢN", "UBND HUYỆN DUY XUYÊN BAN QUẢN LÝ DI SẢN"),  # a space gained
    ("CHI CỤC THADS THỊ XÃ DU YÊN HẢI", "CHI CỤC THADS THỊ XÃ DUYÊN HẢI"),  # a space moved
    ("UBND HUYỆN TƯNGHĨA UBND XÃ NGHĨA KỲ", "UBND HUYỆN TƯ NGHĨA UBND XÃ NGHĨA KỲ"),  # a space lost
    ("UBND HUYỆN DUY XUYÊN", "UBND HUYỆN DUY XUYÊN"), ("ỦY BAN NHÂN DÂN HUYỆN AN LÃO", "ỦY BAN NHÂN DÂN HUYỆN AN LÃO"),
    ("UBND XÃ CHIỀNG KHO ONG", "UBND XÃ CHIỀNG KHO ONG"),  # a commune: not in the list, left for a clerk
])
def test_a_districts_name_with_its_spaces_moved_is_the_place_its_letters_spell(read, issuer):
    assert place_reading(read) == issuer

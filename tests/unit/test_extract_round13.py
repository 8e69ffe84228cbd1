"""Rules round 13 (issue 13), from blind sets 6 to 21: an issuer's words run together by a lost space
("TỈNHHƯNGYÊN", "SỞNN", "TP.LONG"), and the spelling rule that lets the syllable check part them one way only;
a kind's code read with a letter doubled ("QĐĐ-VQG"); subjects' fixed phrases read with another tone mark."""

from __future__ import annotations

import pytest
from test_extract_round5 import H, W, _line, _merge, _signature

from tthc_digitize.extract.checks import _kind_code_reading, _organ_lexicon
from tthc_digitize.extract.field import Field
from tthc_digitize.extract.lexicon import phrase_reading, place_reading, vocabulary_reading
from tthc_digitize.extract.rules import extract, needs_review
from tthc_digitize.text import syllable


def _issuer(first: str, second: str) -> list:
    return [_line(first, 58, x=100), _line(second, 73, x=96),
            _line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 58, x=274), _line("Độc lập - Tự do - Hạnh phúc", 73, x=319),
            _line("Số: 412/PVHTT", 106, x=100), _line("Long Khánh, ngày 11 tháng 7 năm 2019", 106, x=300),
            _line("V/v thỏa thuận vị trí trạm BTS", 130, x=100)]


@pytest.mark.parametrize("word", ["ngyên", "gyên", "tyên", "NGYÊN"])
def test_ye_after_a_consonant_is_no_syllable(word):
    assert not syllable(word)  # "tiên", never "tyên"


@pytest.mark.parametrize("word", ["yên", "Yến", "khuyên", "quyết", "Nguyễn", "thuyền", "nghiêng"])
def test_ye_opening_a_rhyme_or_after_u_is_a_syllable(word):
    assert syllable(word)


@pytest.mark.parametrize("read, written", [
    ("UBND TỈNHHƯNGYÊN SỞ KẾ HOẠCH VÀ ĐẦU TƯ", "UBND TỈNH HƯNG YÊN SỞ KẾ HOẠCH VÀ ĐẦU TƯ"),  # one way apart now
    ("SỞNN VÀ PTNT HƯNG YÊN", "SỞ NN VÀ PTNT HƯNG YÊN"),
    ("CÔNG AN TP.THUẬNAN", "CÔNG AN TP. THUẬN AN"),
    ("VĂN PHÒNG ĐẠI DIỆN TẠI TP.HCM", "VĂN PHÒNG ĐẠI DIỆN TẠI TP.HCM"),  # initials are written so
])
def test_an_issuers_words_run_together_are_parted(read, written):
    assert vocabulary_reading(read, {}) == written


def test_an_issuer_parted_after_its_abbreviations_period_goes_to_a_clerk():
    fields = extract(_merge(_issuer("UBND TP.LONG KHÁNH", "PHÒNG VĂN HÓA VÀ THÔNG TIN")
                            + _signature(1, ["TRƯỞNG PHÒNG"], "Lê Văn Tám")), W, H)
    assert fields["organ_name"].value == "UBND TP. LONG KHÁNH PHÒNG VĂN HÓA VÀ THÔNG TIN"
    assert "organ_name" in needs_review(fields)  # read so, not as printed: a clerk sees both


@pytest.mark.parametrize("read, code", [("QĐĐ-VQG", "QĐ-VQG"), ("QĐ-VQG", "QĐ-VQG"), ("TTr-SLĐTBXH", "TTr-SLĐTBXH"),
                                        ("TIr-SLĐTBXH", "TTr-SLĐTBXH"), ("GGT-UBND", "GGT-UBND"),
                                        ("GCNSN-UBND", "GCNSN-UBND")])
def test_a_kinds_code_with_a_letter_doubled_is_read_as_the_code(read, code):
    assert _kind_code_reading(read) == code  # codes that double a letter themselves ("TTr", "GGT") stay


def test_a_notation_read_with_a_doubled_letter_goes_to_a_clerk():
    lines = _issuer("UBND TỈNH QUẢNG BÌNH", "VƯỜN QUỐC GIA")
    lines[4] = _line("Số: 412/QĐĐ-VQG", 106, x=100)
    fields = extract(_merge(lines + _signature(1, ["GIÁM ĐỐC"], "Lê Văn Tám")), W, H)
    assert fields["code_notation"].value == "QĐ-VQG" and "code_notation" in needs_review(fields)


@pytest.mark.parametrize("read, written", [("Về việc bôi thường, hỗ trợ", "Về việc bồi thường, hỗ trợ"),
                                           ("hỗ trợ chỉ phí mai táng", "hỗ trợ chi phí mai táng"),
                                           ("giảm tiên sử dụng đất", "giảm tiền sử dụng đất"),
                                           ("hàng hóa nhập khấu", "hàng hóa nhập khẩu"),
                                           ("TỐNG CÔNG TY VẬT LIỆU", "TỔNG CÔNG TY VẬT LIỆU"),
                                           ("UBND TỈNH ĐIỆN BIÊN SỞ Y TẾ", "UBND TỈNH ĐIỆN BIÊN SỞ Y TẾ"),
                                           ("ĐỦ ĐIÊU KIỆN VỀ AN NINH", "ĐỦ ĐIỀU KIỆN VỀ AN NINH"),
                                           ("ĐĂNG KÝ TÀU BIẾN", "ĐĂNG KÝ TÀU BIỂN")])
def test_a_subjects_fixed_phrase_read_with_another_tone_mark_is_the_phrase(read, written):
    assert phrase_reading(read) == written


def test_a_title_over_a_number_printed_under_it_ends_the_issuer():
    # "GIẤY PHÉP" stands between the issuer and "Số: …" in a permit that prints its number under its title
    lines = [_line("ỦY BAN NHÂN DÂN", 58, x=100), _line("THÀNH PHỐ TAM KỲ", 73, x=96),
             _line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 58, x=274), _line("Độc lập - Tự do - Hạnh phúc", 73, x=319),
             _line("GIẤY PHÉP", 100, x=110), _line("Số: 214/GPXD", 118, x=100),
             _line("Tam Kỳ, ngày 11 tháng 7 năm 2019", 118, x=300)]
    fields = extract(_merge(lines + _signature(1, ["CHỦ TỊCH"], "Lê Văn Tám")), W, H)
    assert fields["organ_name"].value == "ỦY BAN NHÂN DÂN THÀNH PHỐ TAM KỲ"


def test_a_places_first_word_parted_onto_the_numbers_side_comes_back_flagged():
    lines = _issuer("UBND TỈNH NINH THUẬN", "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH")
    lines[4] = _line("Số: 635/QĐ-SVHTTDL Phan", 106, x=100)
    lines[5] = _line("Rang - Tháp Chàm, ngày 20 tháng 10 năm 2022", 106, x=330)
    fields = extract(_merge(lines + _signature(1, ["GIÁM ĐỐC"], "Lê Văn Tám")), W, H)
    assert fields["code_notation"].value == "QĐ-SVHTTDL"
    assert fields["place"].value == "Phan Rang - Tháp Chàm" and "place" in needs_review(fields)


@pytest.mark.parametrize("read, issuer", [
    ("UBND TỈNH QUẢNG BÌNH CỘNG SỞ TƯ PHÁP", "UBND TỈNH QUẢNG BÌNH SỞ TƯ PHÁP"),  # the motto's word, its column's
    ("TRUNG TÂM PHÁT TRIỂN CỘNG ĐỒNG", "TRUNG TÂM PHÁT TRIỂN CỘNG ĐỒNG"),
    ("CÔNG AN TỈNH BÌNH DƯƠNG. PHÒNG CẢNH SÁT PCCC VÀ CNCH", "CÔNG AN TỈNH BÌNH DƯƠNG PHÒNG CẢNH SÁT PCCC VÀ CNCH"),
    ("UBND TP. HUẾ PHÒNG KINH TẾ", "UBND TP. HUẾ PHÒNG KINH TẾ"),  # an abbreviation keeps its period
])
def test_an_issuer_loses_the_mottos_word_and_a_specks_period_and_goes_to_a_clerk(read, issuer):
    fields = {"organ_name": Field(read, 0.9)}
    _organ_lexicon(fields)
    assert fields["organ_name"].value == issuer
    assert (fields["organ_name"].confidence < 0.8) == (read != issuer or "CỘNG" in read)


@pytest.mark.parametrize("read, issuer", [
    ("ỦY BAN NHÂN DÂN HUYỆN CẤM XUYÊN", "ỦY BAN NHÂN DÂN HUYỆN CẨM XUYÊN"),
    ("UBND QUẬN ĐỒNG ĐA PHÒNG QUẢN LÝ ĐÔ THỊ", "UBND QUẬN ĐỐNG ĐA PHÒNG QUẢN LÝ ĐÔ THỊ"),
    ("UỶ BAN NHÂN DÂN TỈNH KHÁNH HOÀ", "UỶ BAN NHÂN DÂN TỈNH KHÁNH HOÀ"),  # the older tone placing is a spelling
    ("ỦY BAN NHÂN DÂN HUYỆN ĐĂK HÀ", "ỦY BAN NHÂN DÂN HUYỆN ĐĂK HÀ"),  # so is "Đăk"
    ("UBND THỊ XÃ PHÚ MỸ", "UBND THỊ XÃ PHÚ MỸ"),  # "Phú Mỹ" and "Phù Mỹ" fold alike: neither is guessed
    ("SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG"),  # no level word, no place read
])
def test_a_district_in_an_issuer_misread_by_a_tone_mark_is_the_one_it_folds_to(read, issuer):
    assert place_reading(read) == issuer


@pytest.mark.parametrize("read, place", [("Đức Phố", "Đức Phổ"), ("Trà Vĩnh", "Trà Vinh"), ("Đák Lắk", "Đắk Lắk"),
                                         ("Tuy Hòa", "Tuy Hòa"), ("Rạch Giá", "Rạch Giá"), ("Mạo Khê", "Mạo Khê")])
def test_a_place_misread_by_a_tone_mark_is_the_one_it_folds_to(read, place):
    assert place_reading(read, after_level=False) == place


def test_a_place_so_read_goes_to_a_clerk():
    lines = _issuer("UBND TỈNH QUẢNG NGÃI", "SỞ CÔNG THƯƠNG")
    lines[5] = _line("Đức Phố, ngày 20 tháng 10 năm 2022", 106, x=330)
    fields = extract(_merge(lines + _signature(1, ["GIÁM ĐỐC"], "Lê Văn Tám")), W, H)
    assert fields["place"].value == "Đức Phổ" and "place" in needs_review(fields)

"""Rules round 8 (issue 13): the causes of blind set 14's wrong fields at confidence >= 0.9, on lines built
by hand — a row number OCR read with a comma ("2, Mã số thuế:") still starts a row, a number written into
the form's blank ("Số: 43 /GP") and an issuer with a bare "TP" stay below 0.9, a speck that Unicode calls
a letter ("ˆ") is no word of an issuer's name, a name starting with "Thị" has lost its family name — and,
from the older sets' last wrong fields at >= 0.9, a result is valid after the day it is signed and for the
term it states."""

from __future__ import annotations

from test_extract_round5 import H, W, _line, _merge
from test_extract_round6 import _holder

from tthc_digitize.extract.checks import _person_name_ok
from tthc_digitize.extract.rules import extract, needs_review


def _header(number: str, issuer: tuple[str, str] = ("UBND HUYỆN ĐỨC TRỌNG", "PHÒNG KINH TẾ VÀ HẠ TẦNG")) -> dict:
    lines = [_line(issuer[0], 60, x=90), _line(issuer[1], 75, x=90),
             _line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 60, x=330), _line("Độc lập - Tự do - Hạnh phúc", 75, x=360),
             _line(number, 110, x=90), _line("Đức Trọng, ngày 23 tháng 4 năm 2019", 110, x=340),
             _line("GIẤY PHÉP BÁN LẺ SẢN PHẨM THUỐC LÁ", 170, x=200)]
    return extract(_merge(lines), W, H)


def test_a_row_number_read_with_a_comma_still_starts_a_row():
    rows = ("Xét đơn đề nghị cấp Giấy phép bán lẻ sản phẩm thuốc lá và hồ sơ kèm theo,", "CHO PHÉP:",
            "1. Tên thương nhân: Hộ kinh doanh Tuyết Lan", "{} Mã số thuế: 5801247047",
            "3. Chủ hộ kinh doanh: Bà Phạm Thị Tuyết Lan; số định danh cá nhân: 068179493703")
    comma, period = (_holder(*(row.format(mark) for row in rows)) for mark in ("2,", "2."))
    assert comma["holder_name"].value == period["holder_name"].value == "Hộ kinh doanh Tuyết Lan"


def test_a_number_written_into_the_forms_blank_stays_below_0_9():
    typed, blank = _header("Số: 43/GP-KTHT"), _header("Số: 43 /GP-KTHT")
    assert typed["code_number"].value == blank["code_number"].value == "43"
    assert typed["code_number"].confidence >= 0.9 > blank["code_number"].confidence
    assert blank["code_notation"].value == "GP-KTHT"


def test_an_issuer_with_a_bare_tp_stays_below_0_9_and_with_its_period_does_not():
    bare = _header("Số: 43/GP-KT", ("UBND TP ĐIỆN BIÊN PHỦ", "PHÒNG KINH TẾ"))
    dotted = _header("Số: 43/GP-KT", ("UBND TP. ĐIỆN BIÊN PHỦ", "PHÒNG KINH TẾ"))
    assert bare["organ_name"].value == "UBND TP ĐIỆN BIÊN PHỦ PHÒNG KINH TẾ"
    assert dotted["organ_name"].value == "UBND TP. ĐIỆN BIÊN PHỦ PHÒNG KINH TẾ"
    assert bare["organ_name"].confidence < 0.9 <= dotted["organ_name"].confidence


def test_a_modifier_letter_speck_is_no_word_of_an_issuers_name():
    fields = _header("Số: 43/GP-UBND", ("UBND THỊ XÃ NINH HÒA ˆ", "UBND PHƯỜNG NINH HIỆP"))
    assert fields["organ_name"].value == "UBND THỊ XÃ NINH HÒA UBND PHƯỜNG NINH HIỆP"


def test_a_name_starting_with_thi_lost_its_family_name():
    assert not _person_name_ok("Thị Thủy Tiên")  # "Vi Thị Thủy Tiên" under a signature
    assert _person_name_ok("Vi Thị Thủy Tiên") and _person_name_ok("Thái Văn Thịnh")


def test_a_result_valid_only_until_the_day_it_was_signed_has_a_misread_date():
    fields = _holder("Điều 1. Cấp phép cho ông Trần Văn Hai khai thác thủy sản.",
                     "Giấy phép có giá trị đến ngày 09 tháng 02 năm 2020.")  # signed 9 February 2020
    assert fields["valid_until"].value == fields["issued_date"].value == "2020-02-09"
    assert "valid_until" in needs_review(fields) and "issued_date" in needs_review(fields)


def test_an_end_date_that_is_not_the_stated_term_after_signing_is_not_confirmed():
    def until(year: int):
        return _holder("Điều 1. Cấp giấy phép sản xuất rượu cho Công ty Cổ phần Rượu Đông Hải.",
                       f"Điều 2. Giấy phép có thời hạn 15 năm, đến ngày 9 tháng 2 năm {year}.")["valid_until"]
    assert until(2035).value == "2035-02-09" and until(2035).confidence >= 0.9
    assert until(2055).value == "2055-02-09" and until(2055).confidence < 0.9

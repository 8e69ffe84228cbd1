"""Identifier structure checks lower confidence; they never change what was read."""

from __future__ import annotations

from tthc_digitize.extract.identifiers import cccd_ok, tax_code_ok
from tthc_digitize.extract.layout import Line, Word
from tthc_digitize.extract.rules import extract, needs_review


def test_tax_code_check_digit():
    assert tax_code_ok("0100109106") and tax_code_ok("0100109106-001")
    assert not tax_code_ok("0100109107")  # one digit misread
    assert not tax_code_ok("0100109106-01") and not tax_code_ok("010010910")


def test_cccd_structure():
    assert cccd_ok("001195023456") and cccd_ok("001195023456", birth_year=1995)
    assert cccd_ok("079203000001", birth_year=2003)  # 2 = a man born in the 2000s
    assert not cccd_ok("003195023456")  # 003 is no province code
    assert not cccd_ok("001495023456")  # born in the 2100s
    assert not cccd_ok("001195023456", birth_year=1985)  # the page says otherwise


def _body(*texts: str) -> list[Line]:
    lines = []
    for i, text in enumerate(texts):
        words = tuple(Word(90 + 40 * j, 300 + 20 * i, 125 + 40 * j, 312 + 20 * i, t) for j, t in enumerate(text.split()))
        lines.append(Line(words))
    return lines


def test_a_cccd_that_contradicts_the_birth_year_is_kept_and_flagged():
    fields = extract(_body("Xác nhận: Bà Đỗ Thị Dương, sinh ngày 23 tháng 8 năm 1985, số căn cước công dân 001195023456,"), 595, 842)
    assert fields["holder_id"].value == "001195023456" and fields["holder_id_type"].value == "cccd"
    assert "holder_id" in needs_review(fields)


def test_a_valid_tax_code_is_sure_and_located():
    fields = extract(_body("Cấp cho Công ty TNHH Viettel Số, mã số doanh nghiệp 0100109106, địa chỉ"), 595, 842)
    holder_id = fields["holder_id"]
    assert holder_id.value == "0100109106" and holder_id.confidence >= 0.8 and "holder_id" not in needs_review(fields)
    assert holder_id.page == 1 and holder_id.box[1] == 300  # the crop for review comes from here

"""Signers' positions written as Decree 30/2020 orders them (extract/positions.py), and a place's confidence."""

from __future__ import annotations

from dataclasses import replace

import pytest
from test_extract_round5 import H, W, _line, _merge, _page_one

from tthc_digitize.extract.checks import tidy_names
from tthc_digitize.extract.field import Field
from tthc_digitize.extract.layout import Line
from tthc_digitize.extract.positions import position_reading
from tthc_digitize.extract.rules import FIELDS, REVIEW_BELOW, extract


@pytest.mark.parametrize("read, position", [
    ("KT. GIÁM ĐỐC GIÁM ĐỐC", "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC"),  # under KT. the deputy signs
    ("KT. CHÁNH VĂN PHÒNG CHÁNH VĂN PHÒNG", "KT. CHÁNH VĂN PHÒNG PHÓ CHÁNH VĂN PHÒNG"),
    ("GIÁM ĐỐC PHÓ GIÁM ĐỐC", "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC"),  # a deputy under the head's title: KT. was lost
    ("TM. ỦY BAN NHÂN DÂN CHỦ TỊCH PHÓ CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH"),
    ("KT. CHỦ TỊCH", "KT. CHỦ TỊCH PHÓ CHỦ TỊCH"),  # the deputy's line lost under the seal
    ("KT. BỘ TRƯỞNG", "KT. BỘ TRƯỞNG THỨ TRƯỞNG"),  # a minister's deputy
    ("TM. ỦY BAN NHÂN DÂN", "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH"),  # for a People's Committee its chair signs
    ("CHICỤC TRƯỞNG", "CHI CỤC TRƯỞNG"),  # two words run together
    ("GHỦ TỊCH", "CHỦ TỊCH"),  # no syllable ("gh" never before "u"), one letter off
    ("TRƯỚNG CÔNG AN HUYỆN", "TRƯỞNG CÔNG AN HUYỆN"),  # another tone mark
    ("KT. RRƯỞNG CÔNG AN PHÓ TRƯỞNG CÔNG AN", "KT. TRƯỞNG CÔNG AN PHÓ TRƯỞNG CÔNG AN"),
    ("CHỦ TỊCH CHỦ TỊCH", "KT. CHỦ TỊCH PHÓ CHỦ TỊCH"),  # the "KT." and the "PHÓ" lost under the seal
    ("TM. ỦY BAN NHÂN DÂN PHÓ CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH"),  # a deputy alone
    ("PHÓ TRƯỞNG PHÒNG", "KT. TRƯỞNG PHÒNG PHÓ TRƯỞNG PHÒNG"),
    ("KTGIÁM ĐỐC PHÓ GIÁM ĐỐC", "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC"),  # the abbreviation's period and space lost
    ("1M:ỦY BAN NHÂN DÂN", "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH"),  # "TM." misread, and the chair's line lost
    ("TMI: ỦY BAN NHÂN DÂN", "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH"),
    ("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ TỊCH", "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH"),  # a word lost
    ("KT. GIÁM ĐỐC PHÓ", "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC"),  # the deputy's head lost
    ("KT. CHỦ TỊCH PHÓ.CHỦ TỊCH", "KT. CHỦ TỊCH PHÓ CHỦ TỊCH"),  # a speck read as a period for the space
    ("KT. CHỦ TỊCH PHẾ CHỦ TỊCH", "KT. CHỦ TỊCH PHÓ CHỦ TỊCH"),  # the deputy's line one letter off
    ("KT. CHI CỤC TRƯỞNG PHÓ CHLCỤC TRƯỞNG", "KT. CHI CỤC TRƯỞNG PHÓ CHI CỤC TRƯỞNG"),
    ("NT. HIỆU TRƯỞNG PHÓ HIỆU TRƯỞNG", "KT. HIỆU TRƯỞNG PHÓ HIỆU TRƯỞNG"),  # "KT." misread
    ("KP TRƯỞNG PHÒNG TRƯỞNG PHÒNG", "KT. TRƯỞNG PHÒNG PHÓ TRƯỞNG PHÒNG"),
    ("TRƯỜNG CÔNG AN HUYỆN", "TRƯỞNG CÔNG AN HUYỆN"),  # a title's "TRƯỞNG" misread as "TRƯỜNG" (a school)
    ("KT. HIỆU TRƯỜNG PHÓ HIỆU TRƯỞNG", "KT. HIỆU TRƯỞNG PHÓ HIỆU TRƯỞNG"),
    ("TL. CHỦ TỊCH TRƯỜNG PHÒNG TƯ PHÁP", "TL. CHỦ TỊCH TRƯỞNG PHÒNG TƯ PHÁP"),
    ("M.UY BAN NHÂN DÂN", "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH"),  # the committee's "TM." lost or misread
    ("BAN NHÂN DÂN CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH"),
    ("ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH"),
])
def test_positions_written_as_decree_30_orders_them(read, position):
    assert position_reading(read) == position


@pytest.mark.parametrize("position", [
    "CHỦ TỊCH", "KT. CHỦ TỊCH PHÓ CHỦ TỊCH", "TL. GIÁM ĐỐC TRƯỞNG PHÒNG QUẢN LÝ PHƯƠNG TIỆN",
    "TRƯỞNG ĐOÀN",  # a syllable outside the vocabulary is a word of the position, not two run together
    "KT. BỘ TRƯỞNG THỨ TRƯỞNG", "TUQ. CHỦ TỊCH TRƯỞNG PHÒNG KINH TẾ VÀ HẠ TẦNG",
    "KT. CHỦ SG",  # not a head's title: no deputy is made up
    "TL. GIÁM ĐỐC",  # which office's head signs under TL. is not for the rules to guess
    "TL. GIÁM ĐỐC GIÁM ĐỐC",  # a rank is no misread "KT."
    "KT. GIÁM ĐỐC PHÓ CHỦ TỊCH",  # a deputy of another head is more than one letter off
    "HIỆU TRƯỞNG TRƯỜNG THCS", "TRƯỞNG PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG",  # a school and the environment stay
])
def test_positions_left_as_read(position):
    assert position_reading(position) == position


def test_a_completed_position_goes_to_a_clerk():
    fields = {name: Field(None, 0.0) for name in FIELDS}
    fields["signer_position"] = Field("KT. GIÁM ĐỐC", 0.95, 1)
    tidy_names(fields)
    assert fields["signer_position"].value == "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC"
    assert fields["signer_position"].confidence < REVIEW_BELOW


def _place(conf: float, place: str = "Mạo Khê") -> Field:
    page = _page_one("Số: 12/QĐ-CVHH", f"{place}, ngày 25 tháng 5 năm 2021")
    first = place.split()[0]
    page = [Line(tuple(replace(w, conf=conf if w.text == first else 96) for w in ln.words)) for ln in page]
    body = _line(f"Nạo vét vùng nước trước bến số 3, phường {place}, tỉnh Quảng Ninh.", 250)
    return extract(_merge([*page, body]), W, H)["place"]


def test_a_place_with_an_unsure_word_is_not_confirmed():
    # a place is a name: a word of it read at 87 on a photo, though written the same way again in the text
    assert _place(96).value == "Mạo Khê" and _place(96).confidence >= 0.9
    assert _place(87).confidence < 0.9
    # a district's name is known: "Nghỉ Sơn" is read as the one it folds to, however sure, and goes to a clerk
    assert _place(96, "Nghỉ Sơn").value == "Nghi Sơn" and _place(96, "Nghỉ Sơn").confidence < 0.8


_CHI_CUC = "UBND TỈNH BR-VT SỞ NÔNG NGHIỆP VÀ PTNT CHI CỤC CHĂN NUÔI VÀ THÚ Y"


@pytest.mark.parametrize("read, organ, position", [
    ("CỤC TRƯỞNG", _CHI_CUC, "CHI CỤC TRƯỞNG"),  # its "CHI" lost under the seal: the issuer is a chi cục
    ("CHI CỤC TRƯỞNG PHÓ CỤC TRƯỞNG", _CHI_CUC, "KT. CHI CỤC TRƯỞNG PHÓ CHI CỤC TRƯỞNG"),
    ("KT. CHI CỤC TRƯỞNG PHÓ CHÍ CỤC TRƯỞNG", _CHI_CUC, "KT. CHI CỤC TRƯỞNG PHÓ CHI CỤC TRƯỞNG"),  # no "CHI" twice
    ("TRƯỞNG", "SỞ GD&ĐT TỈNH PHÚ YÊN TRƯỜNG THPT LÊ HỒNG PHONG", "HIỆU TRƯỞNG"),  # a school's head
    ("TRƯỞNG", "UBND HUYỆN VỊ XUYÊN BAN CHỈ HUY QUÂN SỰ", "CHỈ HUY TRƯỞNG"),  # a military command's
    ("KT. CỤC TRƯỞNG PHÓ CỤC TRƯỞNG", "TỔNG CỤC THUẾ CỤC THUẾ TỈNH AN GIANG", "KT. CỤC TRƯỞNG PHÓ CỤC TRƯỞNG"),
    ("TL. CỤC TRƯỞNG", _CHI_CUC, "TL. CỤC TRƯỞNG"),  # signed for another: another's head
    ("TRƯỞNG", "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "TRƯỞNG"),  # "MÔI TRƯỜNG" is no school
    ("CỤC TRƯỞNG", "CHI CỤC THUẾ KHU VỰC TÂY SƠN ĐỘI THUẾ SỐ 2", "CỤC TRƯỞNG"),  # an office under the chi cục signs
])
def test_a_heads_title_short_of_what_its_issuer_makes_it(read, organ, position):
    assert position_reading(read, organ) == position

"""Persons' names as OCR misreads them (extract/names.py) and what a signer's name becomes in extraction; an
issuer's words run together parted into syllables (extract/lexicon.py)."""

from __future__ import annotations

import pytest

from tthc_digitize.extract.checks import check_words
from tthc_digitize.extract.field import Field
from tthc_digitize.extract.lexicon import vocabulary_reading
from tthc_digitize.extract.names import FAMILY, person_reading, syllable_splits
from tthc_digitize.extract.rules import FIELDS
from tthc_digitize.text import syllable


@pytest.mark.parametrize("word", ["Nguyễn", "trương", "HUỲNH", "khiêm", "thuẫn", "quốc", "gì", "khuya", "oanh",
                                  "hoà", "hòa", "thuý", "Y", "nghiêng", "ưu"])
def test_vietnamese_syllables(word):
    assert syllable(word)


@pytest.mark.parametrize("word", ["Liê", "Thă", "thàc", "Quôế", "Phùhg", "Giànz", "Ngiyến", "Ênuôl", "Kđăm",
                                  "Bkrông", "tiểểm", "ch", "VN"])
def test_not_vietnamese_syllables(word):
    assert not syllable(word)


@pytest.mark.parametrize("read, name", [
    ("Ngõ Thị Xuân Mai", "Ngô Thị Xuân Mai"),  # another tone mark on a family name
    ("Đỉnh Quang Huy", "Đinh Quang Huy"),
    ("Nguyên Văn Doãn", "Nguyễn Văn Doãn"),  # "Nguyên" is a given name, not a family name
    ("Ngúyễn Hồng Lĩnh", "Nguyễn Hồng Lĩnh"),  # two tone marks: no syllable, and Nguyễn without marks
    ("Phùhg Quốc Vượng", "Phùng Quốc Vượng"),  # no syllable, one letter off
    ("Ngu$ễn Hữu Quyết", "Nguyễn Hữu Quyết"),
    ("P]ian Thị Diễm Kiều", "Phan Thị Diễm Kiều"),
    ("Lương Vẫn Khải", "Lương Văn Khải"),  # the middle names Văn and Thị
    ("Trần Thì Hồng Vân", "Trần Thị Hồng Vân"),
    ("Đoàn Văn PHúc", "Đoàn Văn Phúc"),  # a capital second or last in a word of small letters
    ("Bạch Công TuấN", "Bạch Công Tuấn"),
    ("Phạm: Khắc Thiệu", "Phạm Khắc Thiệu"),
    # a seal's lettering or a speck at the name's ends is no part of it
    ("HẺ Ma Thị Hường", "Ma Thị Hường"), ("VN Lục Thành Chung", "Lục Thành Chung"),
    ("Sầm Văn Quyến s", "Sầm Văn Quyến"), ("Phạm Khắc Thiệu XÃ", "Phạm Khắc Thiệu"),
    ("Tấn LáoLở", "Tẩn Láo Lở"),  # syllables run together, each with its capital: three words, so "Tẩn" is read
    ("KêVănThịnh", "Kê Văn Thịnh"),
    # a speck read as a mark ends no word, and marks before a capital part two words
    ("„Huỳnh Văn Đậm", "Huỳnh Văn Đậm"), ("Phạm Quốc Hưng ˆ", "Phạm Quốc Hưng"), ("Lê-Đình Thắng", "Lê Đình Thắng"),
    ("s”..`BếVăn Thạo", "Bế Văn Thạo"), ("Chư”Thị Bích Nguyệt", "Chu Thị Bích Nguyệt"),
])
def test_misread_names_read_as_written(read, name):
    assert person_reading(read) == name


@pytest.mark.parametrize("name", [
    "Lều Văn Khuyến", "Tao Văn Xiêng", "Ông Thị Yến Nhi", "Y Bhin Niê", "H'Hen Niê", "Rah Lan Chung",
    "Kê Văn Thịnh",  # a syllable outside the list is a rarer family name, not a misread: left as read
    "Đình Hưởng",  # two words: a middle name whose family name was lost, not a misread "Đinh"
    "šâu Đình Thức", "ơong Công Nghị",  # a stroke read as small letters: not guessed
    "Lò Văn A", "Giàng A Sử", "Y Ngông Niê Kđăm",  # one capital is a name's word
    "Võ TuấnNh",  # two words run together, not a misread capital
    "Tôn Thất Quỳnh",
])
def test_names_left_as_read(name):
    assert person_reading(name) == name


def test_family_names_listed_once():
    assert len(FAMILY) == len(set(FAMILY))


def _fields(**values):
    fields = {name: Field(None, 0.0) for name in FIELDS}
    for name, value in values.items():
        fields[name] = Field(value, 0.95, 1)
    return fields


def test_a_signer_read_for_another_name_goes_to_a_clerk():
    fields = _fields(signer_full_name="Ngõ Thị Xuân Mai")
    check_words(fields, [])
    assert fields["signer_full_name"].value == "Ngô Thị Xuân Mai"
    assert fields["signer_full_name"].confidence < 0.8


def test_a_holder_with_a_personal_number_is_not_read_for_a_family_name():
    # a committee holds a personal number's place as often as a person: "Ban" is no misread "Bàn"
    fields = _fields(holder_name="Ban Quản lý chợ Hòa Bình", holder_id_type="cccd")
    check_words(fields, [])
    assert fields["holder_name"].value == "Ban Quản lý chợ Hòa Bình"


@pytest.mark.parametrize("read, name", [
    ("UBND HUYỆN MAICHÂU", "UBND HUYỆN MAI CHÂU"),  # one way to part it into two syllables
    ("UBND HUYỆN THOẠISƠN", "UBND HUYỆN THOẠI SƠN"),
    ("ỦY BANNHÂNDÂN XÃ MỸ HÒA", "ỦY BAN NHÂN DÂN XÃ MỸ HÒA"),
    ("UBND HUYỆN ĐÔNGANH", "UBND HUYỆN ĐÔNGANH"),  # ĐÔNG ANH, ĐÔN GANH or ĐÔ NGANH: the page does not say
    ("CỤC TẦN SỐ VTĐ KHU VỰC VIII", "CỤC TẦN SỐ VTĐ KHU VỰC VIII"),  # a Roman numeral
    ("SỞ THÔNG TIN VÀ TRUYÊỀN THÔNG", "SỞ THÔNG TIN VÀ TRUYÊỀN THÔNG"),  # a mark read as a letter: no one-letter word
])
def test_an_issuers_words_run_together_are_parted_into_syllables(read, name):
    assert vocabulary_reading(read, {}) == name


def test_of_several_ways_apart_the_one_the_page_writes_elsewhere_is_taken():
    assert vocabulary_reading("UBND HUYỆN ĐÔNGANH", {"dong anh": {"đông anh"}}) == "UBND HUYỆN ĐÔNG ANH"
    assert ["ĐÔNG", "ANH"] in syllable_splits("ĐÔNGANH")


@pytest.mark.parametrize("read, name", [
    ("SỞ Y TẾ TÍNH ĐỒNG THÁP", "SỞ Y TẾ TỈNH ĐỒNG THÁP"),  # a level misread before a place's name
    ("UBND HUYỀN VÂN ĐỒN", "UBND HUYỆN VÂN ĐỒN"),
    ("UBND TỈNH HÀ TĨNH", "UBND TỈNH HÀ TĨNH"),  # a province's name
    ("UBND HUYỆN TĨNH GIA", "UBND HUYỆN TĨNH GIA"),  # a district's, after its level
])
def test_a_misread_level_before_a_place_is_read_as_the_level(read, name):
    assert vocabulary_reading(read, {}) == name

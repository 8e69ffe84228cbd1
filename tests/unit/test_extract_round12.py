"""Rules round 12 (issue 13), from blind set 21's first run: a decision that takes a person in or appoints
one ("Điều 1. Tiếp nhận bà …"), one that lets a body be founded ("Cho phép thành lập Hội …"), the authority
set as large as a certificate's title under it, a signer's name line that holds strokes or a position read
in small letters, an apostrophe between two of a name's syllables, a slash read as a symbol before a notation,
and "Ia" read as "la" (blind set 22's one wrong field at 0.9)."""

from __future__ import annotations

from test_extract_round5 import H, W, _line, _merge, _signature
from test_extract_round6 import _holder
from test_extract_round11 import _header

from tthc_digitize.extract.names import person_reading
from tthc_digitize.extract.rules import extract, needs_review


def test_the_person_a_decision_takes_in_is_the_holder():
    fields = _holder("Xét đơn đề nghị ngày 04 tháng 7 năm 2022 của ông Hồ Văn Bốn (cháu ruột),",
                     "QUYẾT ĐỊNH:",
                     "Điều 1. Tiếp nhận bà Hồ Thị Kăn, sinh ngày 02/10/1940, số định danh cá nhân",
                     "045140766774, vào chăm sóc, nuôi dưỡng tại Trung tâm.")
    assert fields["holder_name"].value == "Hồ Thị Kăn"  # not the nephew who applied
    assert fields["holder_id"].value == "045140766774"


def test_the_person_a_decision_appoints_is_the_holder():
    fields = _holder("QUYẾT ĐỊNH:", "Điều 1. Bổ nhiệm ông Trần Hậu Lĩnh, giáo viên Trường Tiểu học Hà Linh,",
                     "giữ chức vụ Hiệu trưởng Trường Tiểu học Hà Linh.")
    assert fields["holder_name"].value == "Trần Hậu Lĩnh"


def test_the_body_a_decision_lets_be_founded_is_the_holder():
    fields = _holder("QUYẾT ĐỊNH:", "Điều 1. Cho phép thành lập Hội Nuôi ong huyện Mỹ Đức.",
                     "Trụ sở của Hội đặt tại thị trấn Đại Nghĩa, huyện Mỹ Đức.",
                     "Điều 2. Ban vận động thành lập Hội do ông Khuất Duy Lượng làm Trưởng ban.")
    assert fields["holder_name"].value == "Hội Nuôi ong huyện Mỹ Đức"


def test_a_founding_without_a_capitalised_name_gives_no_holder():
    fields = _holder("QUYẾT ĐỊNH:", "Điều 1. Cho phép thành lập các chi hội trực thuộc theo điều lệ.")
    assert fields["holder_name"].value is None


def _certificate(authority_size: float) -> dict:
    lines = [_line("ỦY BAN NHÂN DÂN", 58, x=122), _line("THỊ XÃ SÔNG CẦU", 73, x=125),
             _line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 58, x=274), _line("Độc lập - Tự do - Hạnh phúc", 73, x=319),
             _line("Số: 1116/GXN-UBND", 106, x=110), _line("Sông Cầu, ngày 14 tháng 3 năm 2023", 106, x=300),
             _line("GIẤY XÁC NHẬN ĐĂNG KÝ NUÔI TRỒNG", 144, x=150, size=16),
             _line("CHỦ TỊCH ỦY BAN NHÂN DÂN THỊ XÃ", 165, x=150, size=authority_size),
             _line("XÁC NHẬN:", 200, x=270), _line("1. Tên chủ cơ sở nuôi: ông Lữ Văn Sáu", 220, x=70)]
    return extract(_merge(lines + _signature(1, ["CHỦ TỊCH"], "Trần Văn Hòa")), W, H)


def test_the_authority_under_a_certificates_title_is_not_part_of_it_however_large():
    for size in (12, 16):  # a photo's perspective may set the authority's line as large as the title's
        assert _certificate(size)["type_name"].value == "GIẤY XÁC NHẬN ĐĂNG KÝ NUÔI TRỒNG"


def _signed(position: list[str], name: str) -> dict:
    lines = [_line("ỦY BAN NHÂN DÂN", 58, x=122), _line("XÃ THỤY TRƯỜNG", 73, x=125),
             _line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 58, x=274), _line("Độc lập - Tự do - Hạnh phúc", 73, x=319),
             _line("Số: 10/QĐ-UBND", 106, x=110), _line("Thụy Trường, ngày 20 tháng 6 năm 2018", 106, x=300),
             _line("QUYẾT ĐỊNH", 144, x=260), _line("Về việc kiện toàn Lực lượng quản lý đê nhân dân", 160, x=170),
             _line("Điều 1. Kiện toàn Lực lượng quản lý đê nhân dân xã năm 2018.", 230, x=70)]
    return extract(_merge(lines + _signature(1, position, name)), W, H)


def test_strokes_read_where_the_name_is_written_are_no_name_and_the_position_above_stands():
    fields = _signed(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "V Ị hị ảo")
    assert fields["signer_full_name"].value is None
    assert "signer_full_name" in needs_review(fields)
    assert fields["signer_position"].value == "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH"


def test_a_position_read_with_a_small_letter_is_no_name():
    fields = _signed(["TUQ. CHỦ TỊCH"], "TRƯỞNG PiIÒNG KINH TẾ")
    assert fields["signer_full_name"].value is None


def test_a_name_run_together_or_behind_a_speck_is_still_a_name():
    for read, name in (("s”..`BếVăn Thạo", "Bế Văn Thạo"), ("Đỗ Văn Tụng", "Đỗ Văn Tụng")):
        fields = _signed(["CHỦ TỊCH"], read)
        assert fields["signer_full_name"].value == name


def test_an_apostrophe_between_two_syllables_parts_them_but_not_after_a_first_letter():
    assert person_reading("Trần'Thị Diệu Thúy") == "Trần Thị Diệu Thúy"
    assert person_reading("H'Hen Niê") == "H'Hen Niê"
    assert person_reading("Nay H'Lan") == "Nay H'Lan"


def test_a_slash_read_as_a_symbol_before_the_notation_still_marks_the_number_line():
    # the hand's number lifted with the seal, its remains read as "`" and the slash as "#"
    fields = extract(_merge(_header([("Số: ` #GCNSN-UBND", 100)], 306)
                            + _signature(1, ["TRƯỞNG BAN"], "Ôn Văn Kiểm")), W, H)
    assert fields["code_notation"].value == "GCNSN-UBND"
    assert fields["organ_name"].value == "ỦY BAN NHÂN DÂN THỊ XÃ QUẢNG YÊN"
    assert fields["code_number"].value is None and "code_number" in needs_review(fields)


def test_ia_read_as_la_before_a_place_name_is_never_sure():
    # "Ia Pal" reads "la Pal" each time it is written, so writing it twice confirms nothing (blind22)
    fields = _holder("QUYẾT ĐỊNH:", "Điều 1. Công nhận Công ty TNHH Nông sản la Pal, mã số doanh nghiệp 5901174458,",
                     "trúng đấu giá quyền sử dụng đất.",
                     "Điều 2. Công ty TNHH Nông sản la Pal có trách nhiệm nộp tiền.")
    assert fields["holder_name"].value == "Công ty TNHH Nông sản la Pal"
    assert "holder_name" in needs_review(fields)
    fields = _holder("QUYẾT ĐỊNH:", "Điều 1. Cho Công ty TNHH Đầu tư Quốc tế, vốn 10 triệu đô la Mỹ, thuê đất.",
                     "Điều 2. Công ty TNHH Đầu tư Quốc tế có trách nhiệm nộp tiền.")
    assert fields["holder_name"].value == "Công ty TNHH Đầu tư Quốc tế"
    assert "holder_name" not in needs_review(fields)


def test_two_words_without_a_family_name_lost_the_first_and_are_flagged():
    # "Trần Sỹ Thanh" read "Sỹ Thanh" under the signature (real corpus); a short name keeps its family name
    assert "signer_full_name" in needs_review(_signed(["CHỦ TỊCH"], "Sỹ Thanh"))
    assert "signer_full_name" not in needs_review(_signed(["CHỦ TỊCH"], "Lê Phước"))

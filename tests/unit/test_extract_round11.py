"""Rules round 11 (issue 13), from blind set 19's first run: a number written by hand in coloured ink is lifted
off a scan with the seal, and leaves a blank after "Số:" wider than the gap between the columns; a slash
lost between the number and its notation ("76GCN-BQLC"); a decision that gives an organisation its task
("Điều 1. Giao Công ty …"); a seal's lettering read as a line of single capitals above the signer's name."""

from __future__ import annotations

from test_extract_round5 import H, W, _line, _merge, _signature
from test_extract_round6 import _holder

from tthc_digitize.extract.rules import REVIEW_BELOW, extract, needs_review


def _header(number_words: list[tuple[str, float]], date_x: float) -> list:
    number = [_line(text, 106, x=x) for text, x in number_words]
    return [_line("ỦY BAN NHÂN DÂN", 58, x=122), _line("THỊ XÃ QUẢNG YÊN", 73, x=118),
            _line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 58, x=274), _line("Độc lập - Tự do - Hạnh phúc", 73, x=319),
            *number, _line("Quảng Yên, ngày 11 tháng 7 năm 2019", 106, x=date_x),
            _line("GIẤY CHỨNG NHẬN SỐ NHÀ", 144, x=201), _line("1. Chủ hộ: ông Tiêu Văn Khởi", 230, x=90)]


def test_the_blank_left_by_a_lifted_handwritten_number_does_not_part_the_columns():
    # "Số:" and the notation stand further apart than the notation and the place: the widest gap is the form's
    # room for the number, not the columns' gap
    fields = extract(_merge(_header([("Số:", 100), ("/GCNSN-UBND", 165)], 260)
                            + _signature(1, ["TUQ. CHỦ TỊCH"], "Phùng Khắc Đoàn")), W, H)
    assert fields["organ_name"].value == "ỦY BAN NHÂN DÂN THỊ XÃ QUẢNG YÊN"
    assert fields["code_notation"].value == "GCNSN-UBND"
    assert fields["place"].value == "Quảng Yên"
    assert fields["code_number"].value is None and "code_number" in needs_review(fields)


def test_a_notation_left_in_the_place_is_cut_off_and_flagged():
    # a line whose columns could not be parted at all: what comes before the place is no part of it
    fields = extract(_merge(_header([("Số:", 100), ("/GCNSN-UBND", 165)], 240)
                            + _signature(1, ["TUQ. CHỦ TỊCH"], "Phùng Khắc Đoàn")), W, H)
    assert fields["place"].value == "Quảng Yên"
    assert fields["place"].confidence < REVIEW_BELOW


def test_a_slash_lost_before_the_notation_is_read_and_the_number_flagged():
    fields = extract(_merge(_header([("Số: 76GCN-BQLC", 129)], 306)
                            + _signature(1, ["TRƯỞNG BAN"], "Ôn Văn Kiểm")), W, H)
    assert (fields["code_number"].value, fields["code_notation"].value) == ("76", "GCN-BQLC")
    assert fields["organ_name"].value == "ỦY BAN NHÂN DÂN THỊ XÃ QUẢNG YÊN"
    assert "code_number" in needs_review(fields)  # the slash may have taken a digit with it


def test_a_number_with_its_slash_is_not_read_as_slashless():
    fields = extract(_merge(_header([("Số: 764/GCNSN-UBND", 100)], 306)
                            + _signature(1, ["TRƯỞNG BAN"], "Ôn Văn Kiểm")), W, H)
    assert (fields["code_number"].value, fields["code_notation"].value) == ("764", "GCNSN-UBND")
    assert "code_number" not in needs_review(fields)


def test_the_organisation_a_decision_gives_its_task_to_is_the_holder():
    fields = _holder("Xét văn bản số 06/CV-EAR ngày 11 tháng 3 năm 2024 của Công ty TNHH",
                     "Nông nghiệp Công nghệ cao Ea Rốk và đề nghị của Phòng Lao động - Thương binh và Xã hội,",
                     "QUYẾT ĐỊNH:",
                     "Điều 1. Giao Công ty TNHH Nông nghiệp Công nghệ cao Ea Rốk, mã số",
                     "doanh nghiệp 6009931318, đào tạo nghề trình độ sơ cấp như sau:")
    assert fields["holder_name"].value == "Công ty TNHH Nông nghiệp Công nghệ cao Ea Rốk"
    assert fields["holder_id"].value == "6009931318"


def test_a_seals_lettering_above_the_name_is_not_part_of_the_position():
    fields = extract(_merge(_header([("Số: 764/GCNSN-UBND", 100)], 306)
                            + _signature(1, ["Q. TRƯỞNG PHÒNG", "Ỉ TỰ VỊ Ụ Ỉ"], "Lục Thị Hồng Nhặt")), W, H)
    assert fields["signer_position"].value == "Q. TRƯỞNG PHÒNG"
    assert fields["signer_full_name"].value == "Lục Thị Hồng Nhặt"


def test_a_blank_day_beside_a_blank_number_parts_neither_column():
    # "Số:      /UBND Gia Hiệp, ngày      tháng 6 năm 2021": both blanks are wider than the columns' gap, and a
    # notation without a dash is still the number line's when nothing is left before its slash
    lines = [_line("UBND HUYỆN DI LINH", 58, x=114), _line("UBND XÃ GIA HIỆP", 73, x=122),
             _line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 58, x=274), _line("Độc lập - Tự do - Hạnh phúc", 73, x=319),
             _line("Số:", 106, x=124), _line("/UBND", 106, x=196), _line("Gia Hiệp, ngày", 106, x=270),
             _line("tháng 6 năm 2021", 106, x=410), _line("V/v chấp thuận đăng ký sinh hoạt tôn giáo", 123, x=99)]
    fields = extract(_merge(lines + _signature(1, ["CHỦ TỊCH"], "Ka Sô Liễng")), W, H)
    assert fields["place"].value == "Gia Hiệp"
    assert fields["organ_name"].value == "UBND HUYỆN DI LINH UBND XÃ GIA HIỆP"
    assert fields["code_notation"].value == "UBND" and "code_notation" in needs_review(fields)
    assert fields["code_number"].value is None and fields["issued_date"].value is None


def test_specks_between_the_issuers_lines_are_no_part_of_it_and_a_hyphen_at_a_lines_end_joins_two_names():
    lines = [_line("UBND HUYỆN HÀ QUẢNG", 58, x=130), _line("J", 66, x=170),
             _line("TRUNG TÂM GIÁO DỤC NGHỀ NGHIỆP-", 73, x=90), _line("GIÁO DỤC THƯỜNG XUYÊN", 88, x=110),
             _line("z", 97, x=173),
             _line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 58, x=300), _line("Độc lập - Tự do - Hạnh phúc", 73, x=330),
             _line("Số: 231/CCSC-TTGDNN", 106, x=120), _line("Hà Quảng, ngày 12 tháng 6 năm 2020", 106, x=330),
             _line("CHỨNG CHỈ SƠ CẤP", 144, x=240)]
    fields = extract(_merge(lines + _signature(1, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Sầm Văn Quyến")), W, H)
    assert fields["organ_name"].value == "UBND HUYỆN HÀ QUẢNG TRUNG TÂM GIÁO DỤC NGHỀ NGHIỆP - GIÁO DỤC THƯỜNG XUYÊN"
    assert (fields["code_number"].value, fields["code_notation"].value) == ("231", "CCSC-TTGDNN")


def test_a_works_owner_holds_its_certificate_before_its_author():
    fields = _holder("CHỨNG NHẬN:", "Tác phẩm: Phần mềm quản lý kho dược phẩm MediKho phiên bản 2.0",
                     "Loại hình tác phẩm: Chương trình máy tính", "Tác giả: Đoàn Minh Tuệ; quốc tịch: Việt Nam",
                     "Chủ sở hữu quyền tác giả: Công ty Cổ phần Giải pháp Phần mềm Thủ Thiêm",
                     "Mã số doanh nghiệp: 0315728466")
    assert fields["holder_name"].value == "Công ty Cổ phần Giải pháp Phần mềm Thủ Thiêm"
    assert fields["holder_id"].value == "0315728466"


def test_an_initiative_is_held_by_its_author_and_a_shop_or_a_building_by_its_owner():
    initiative = _holder("ỦY BAN NHÂN DÂN HUYỆN CHỢ GẠO CHỨNG NHẬN:",
                         "Tên sáng kiến: Quy trình xử lý thanh long ruột đỏ ra hoa trái vụ bằng bóng",
                         "đèn LED tiết kiệm điện", "Tác giả: bà Trương Thị Kim Thoa")
    assert initiative["holder_name"].value == "Trương Thị Kim Thoa"
    shop = _holder("CHỨNG NHẬN:", "1. Tên điểm cung cấp dịch vụ: Điểm trò chơi điện tử công cộng Thìn Net",
                   "2. Địa chỉ: thôn 3, xã Ea Tiêu",
                   "3. Chủ điểm cung cấp dịch vụ: Bạch Văn Thìn, sinh ngày 17/10/1988")
    assert shop["holder_name"].value == "Bạch Văn Thìn"
    building = _holder("PHÒNG CẢNH SÁT PCCC VÀ CNCH CHỨNG NHẬN:",
                       "Công trình: Nhà xưởng sản xuất đồ gỗ nội thất xuất khẩu, giai đoạn 2",
                       "Địa điểm xây dựng: lô C5, Khu công nghiệp Mỹ Phước 3, thị xã Bến Cát.",
                       "Chủ đầu tư: Công ty TNHH Chế biến Gỗ Tân Phước Khánh")
    assert building["holder_name"].value == "Công ty TNHH Chế biến Gỗ Tân Phước Khánh"


def test_a_household_business_named_as_the_establishment_holds_it_itself():
    fields = _holder("CHỨNG NHẬN:", "1. Tên cơ sở: Hộ kinh doanh Phạm Văn Cường", "2. Chủ cơ sở: Phạm Văn Cường")
    assert fields["holder_name"].value == "Hộ kinh doanh Phạm Văn Cường"


def test_an_official_who_proposes_a_decision_is_not_an_organisation_holding_it():
    # "Trưởng phòng …" folds as "Trường …" (a school) does
    fields = _holder("Xét Tờ trình số 07/TTr-HTX ngày 14 tháng 5 năm 2021 của Hợp tác xã Dịch",
                     "vụ nông nghiệp Đồng Tâm và đề nghị của Trưởng phòng Nông nghiệp và PTNT,", "QUYẾT ĐỊNH:",
                     "Điều 1. Phê duyệt quy trình vận hành hồ chứa nước Đầm Bài của Hợp tác xã",
                     "Dịch vụ nông nghiệp Đồng Tâm, mã số hợp tác xã 5400311231, với các nội dung sau:")
    assert not (fields["holder_name"].value or "").startswith("Trưởng phòng")
    school = _holder("Điều 1. Cho phép Trường Trung học cơ sở Tân Lập, mã số 0801234567, hoạt động giáo dục.")
    assert school["holder_name"].value == "Trường Trung học cơ sở Tân Lập"


def test_a_young_holder_named_after_anh_or_em_and_a_family_name_that_folds_like_a_title_kept():
    fields = _holder("Theo đề nghị của Trưởng phòng Hợp tác quốc tế,", "QUYẾT ĐỊNH:",
                     "Điều 1. Cấp học bổng cho anh Khamphet Sysouvong, quốc tịch Lào, sinh ngày 02/3/2004.")
    assert fields["holder_name"].value == "Khamphet Sysouvong"
    cu = _holder("CHO PHÉP:", "Họ và tên: Cù Minh Triết", "Ngày sinh: 09/10/1990")
    assert cu["holder_name"].value == "Cù Minh Triết"


def test_a_personal_number_without_a_holder_is_not_confirmed_as_the_holders():
    fields = _holder("Điều 1. Phê duyệt Điều lệ Hội Sinh vật cảnh huyện Vũ Thư nhiệm kỳ 2021 - 2026.",
                     "Chủ tịch Hội: Trần Văn Tuấn, số định danh cá nhân: 034062045771.")
    assert fields["holder_name"].value is None
    assert fields["holder_id"].value == "034062045771" and "holder_id" in needs_review(fields)

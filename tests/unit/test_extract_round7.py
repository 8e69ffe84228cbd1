"""Rules round 7 (issue 13): the causes of blind set 12's wrong fields, on lines built by hand — a
name ends where the next row's label starts, "Ông (bà):" and "Tên chủ tàu:" rows name the holder, a
certificate about a farm or a hotel is held by the firm that owns it, a student is named like a
person, a period on a row of its own ends the result, and a place written once is not confirmed."""

from __future__ import annotations

from test_extract_round5 import W, _line, _merge
from test_extract_round6 import _holder, _page

from tthc_digitize.extract.rules import extract


def test_a_name_ends_where_the_next_rows_label_starts():
    below = _holder("XÁC NHẬN:", "Họ và tên: Lê Đình Thông", "Giới tính: Nam", "Ngày, tháng, năm sinh: 26/01/1995")
    beside = _holder("XÁC NHẬN:", "Họ và tên: Lê Đình Thông     Giới tính: Nam", "Quốc tịch: Việt Nam")
    assert below["holder_name"].value == beside["holder_name"].value == "Lê Đình Thông"


def test_the_pensioners_row_names_the_holder():
    fields = _holder("Xét đề nghị của Trưởng phòng Chế độ bảo hiểm xã hội,",
                     "Điều 1. Giải quyết hưởng lương hưu hằng tháng đối với:", "Ông (bà): Phạm Thị Diệu Hiền",
                     "Sinh ngày: 18/11/1966; số định danh cá nhân: 046166004372")
    assert fields["holder_name"].value == "Phạm Thị Diệu Hiền"
    assert fields["holder_id"].value == "046166004372"


def test_the_owner_of_a_registered_vessel_is_its_holder_not_the_sentence_after_the_verb():
    fields = _holder("CHI CỤC THỦY SẢN NGHỆ AN CHỨNG NHẬN:",
                     "Tàu cá có các thông số dưới đây đã được đăng ký vào Sổ đăng ký tàu cá quốc gia:",
                     "Số đăng ký: NA-90627-TS", "Tên chủ tàu: Hồ Đức Lương", "Thuyền trưởng: Ông Hồ Văn Tài.")
    assert fields["holder_name"].value == "Hồ Đức Lương"


def test_a_certificate_about_an_establishment_is_held_by_the_firm_that_owns_it():
    farm = _holder("CHI CỤC CHĂN NUÔI VÀ THÚ Y CHỨNG NHẬN:", "Tên cơ sở: Trại gà giống bố mẹ Cát Hanh",
                   "Chủ cơ sở: Công ty Cổ phần Giống gia cầm Phù Cát", "Mã số doanh nghiệp: 4101836278")
    hotel = _holder("Điều 1. Công nhận hạng 2 sao đối với cơ sở lưu trú du lịch sau:",
                    "- Tên cơ sở lưu trú du lịch: Khách sạn Sóng Xanh Bãi Cháy", "- Địa chỉ: số 18 đường Hạ Long.",
                    "- Tên doanh nghiệp: Công ty TNHH Du lịch Sóng Xanh Quảng Ninh")
    assert farm["holder_name"].value == "Công ty Cổ phần Giống gia cầm Phù Cát"
    assert hotel["holder_name"].value == "Công ty TNHH Du lịch Sóng Xanh Quảng Ninh"
    assert (farm["holder_id"].value, farm["holder_id_type"].value) == ("4101836278", "tax_code")


def test_an_establishment_without_an_owner_row_stays_the_holder():
    fields = _holder("CHỨNG NHẬN:", "Tên cơ sở: Phòng khám đa khoa Hòa Bình", "Địa chỉ: số 5 đường Lê Lợi.")
    assert fields["holder_name"].value == "Phòng khám đa khoa Hòa Bình"


def test_a_student_is_named_like_a_person():
    fields = _holder("Điều 1. Miễn 100% học phí cho sinh viên Y Bi Niê, sinh ngày 09/5/2003, số định danh cá nhân",
                     "066303001857, lớp Sư phạm Tiếng Anh K21.")
    assert fields["holder_name"].value == "Y Bi Niê"


def test_a_period_on_a_row_of_its_own_ends_the_result_with_dates_in_figures_or_words():
    figures = _holder("Điều 1. Ông Trịnh Minh Sang được hưởng trợ cấp thất nghiệp như sau:",
                      "- Thời gian hưởng: từ ngày 14/6/2022 đến ngày 13/10/2022.")
    words = _holder("Điều 2. Thời gian tổ chức: từ ngày 12 tháng 11 năm 2022 đến ngày 13 tháng 11 năm 2022.")
    assert figures["valid_until"].value == "2022-10-13"
    assert words["valid_until"].value == "2022-11-13"


def test_a_place_written_only_once_is_not_confirmed():
    once = extract(_merge(_page("Mạo Khê, ngày 9 tháng 2 năm 2020") + [_line("Điều 1. Cấp phép.", 260)]), W, 842)
    again = extract(_merge(_page() + [_line("Địa chỉ: xã Hòa Minh, tỉnh Bình Thuận.", 260)]), W, 842)
    assert once["place"].value == "Mạo Khê" and once["place"].confidence < 0.9
    assert again["place"].value == "Bình Thuận" and again["place"].confidence >= 0.9


def test_a_place_cut_from_a_longer_name_is_not_confirmed():
    cut = extract(_merge(_page("Rang - Tháp Chàm, ngày 9 tháng 2 năm 2020")
                         + [_line("Địa điểm: quảng trường 16 tháng 4, thành phố Phan", 260),
                            _line("Rang - Tháp Chàm, tỉnh Ninh Thuận.", 275)]), W, 842)
    assert cut["place"].value == "Rang - Tháp Chàm" and cut["place"].confidence < 0.9


def test_a_plans_or_a_notices_period_is_the_works_not_a_term():
    plan = [_line("KẾ HOẠCH", 170, x=265) if ln.text == "QUYẾT ĐỊNH" else ln for ln in _page()]
    fields = extract(_merge(plan + [_line("2. Thời gian thực hiện: từ ngày 01/01/2021 đến ngày 31/12/2021.", 260)]),
                     W, 842)
    assert fields["type_name"].value == "KẾ HOẠCH" and fields["valid_until"].value is None


def test_a_number_written_by_hand_may_read_as_slashes_and_the_notation_still_names_the_line():
    page = [_line("Só„2⁄⁄/é /QĐ-SXD", 110, x=90) if ln.text.startswith("Số:") else ln for ln in _page()]
    fields = extract(_merge(page + [_line("Điều 1. Cấp phép.", 260)]), W, 842)
    assert fields["code_notation"].value == "QĐ-SXD" and fields["code_number"].value is None
    assert fields["organ_name"].value == "UBND TỈNH BÌNH THUẬN SỞ XÂY DỰNG"

"""Rules round 16 (issue 13), from the third real corpus and blind set 27 (both measured blind first):
- a report whose subject is a "V/v" line under its title "BÁO CÁO" is a report, not a công văn (0.9, corpus 3);
- a validity in a "Căn cứ …" clause is the cited document's (blind27, at 0.9);
- misread words of fixed phrases are mended: tesseract's "chỉ" for "chi" ("chỉ trả", "thu, chỉ"), "giải quyêt",
  "tính Bến Tre";
- a number line whose number is unread and whose notation has no dash ("Số: 9ŸÑ_ /ĐHNN"), or whose label reads
  "Sé:", is still the number line; "Vv …" and "V⁄w …" open a công văn's subject as "V/v …" does;
- a regional university's city is a place name after "ĐẠI HỌC";
- a speck after a signer's name does not part it into a column of its own;
- a position with a word outside the vocabulary ("HIỆU TRƯỞN") goes to a clerk; a degree before a name is not part
  of it."""

from __future__ import annotations

import pytest
from test_extract_round5 import H, W, _line, _merge, _signature

from tthc_digitize.extract.lexicon import phrase_reading, place_reading
from tthc_digitize.extract.rules import extract, needs_review


def _report(title: list[str]) -> dict:
    lines = [_line("BỘ GIÁO DỤC VÀ ĐÀO TẠO", 58, x=90), _line("TRƯỜNG ĐẠI HỌC TÂY ĐÔ", 73, x=95),
             _line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 58, x=274), _line("Độc lập - Tự do - Hạnh phúc", 73, x=319),
             _line("Số: 635/BC-ĐHTĐ", 106, x=100), _line("Cần Thơ, ngày 17 tháng 6 năm 2025", 106, x=300),
             *[_line(t, 150 + 18 * i, x=x) for i, (t, x) in enumerate(title)],
             _line("Căn cứ kế hoạch số 372/KH-ĐHTĐ ngày 14 tháng 4 năm 2025 của Hiệu trưởng;", 240, x=70)]
    return extract(_merge(lines + _signature(1, ["HIỆU TRƯỞNG"], "Trần Công Luận")), W, H)


def test_a_report_with_a_vv_subject_under_its_title_is_a_report():
    fields = _report([("BÁO CÁO", 270), ("V/v khảo sát người học năm cuối về dịch vụ hỗ trợ", 120),
                      ("năm học 2024-2025", 250)])
    assert fields["type_name"].value == "BÁO CÁO"
    assert fields["subject"].value.startswith("V/v khảo sát người học năm cuối")


def test_a_vv_block_with_no_title_above_is_still_a_cong_van():
    fields = _report([("V/v khảo sát người học năm cuối", 100)])
    assert fields["type_name"].value == "CÔNG VĂN" and "type_name" not in needs_review(fields)


BASIS = ("Căn cứ Giấy phép tiến hành công việc bức xạ số 315/GP-SKHCN ngày 18 tháng 3 năm 2021, có giá trị đến hết "
         "ngày 18 tháng 3 năm 2026;")


def _decision(body: str) -> dict:
    lines = [_line("SỞ Y TẾ THÁI BÌNH", 58, x=100), _line("TRUNG TÂM Y TẾ HUYỆN TIỀN HẢI", 73, x=90),
             _line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 58, x=274), _line("Độc lập - Tự do - Hạnh phúc", 73, x=319),
             _line("Số: 112/QĐ-TTYT", 106, x=100), _line("Tiền Hải, ngày 14 tháng 3 năm 2022", 106, x=300),
             _line("QUYẾT ĐỊNH", 150, x=255), _line("Về việc giao phụ trách an toàn bức xạ", 168, x=200)]
    words = body.split()
    rows = [" ".join(words[i:i + 12]) for i in range(0, len(words), 12)]
    lines += [_line(r, 230 + 16 * k, x=70) for k, r in enumerate(rows)]
    return extract(_merge(lines + _signature(1, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Đồng Sỹ Hiếu")), W, H)


def test_a_validity_in_a_legal_basis_is_the_cited_documents_and_goes_to_a_clerk():
    fields = _decision(BASIS + " Điều 1. Giao ông Phạm Công Khởi phụ trách an toàn bức xạ của Trung tâm.")
    assert fields["valid_until"].value == "2026-03-18" and fields["valid_until"].confidence < 0.8
    assert "valid_until" in needs_review(fields)


def test_the_documents_own_validity_after_a_cited_one_is_taken():
    fields = _decision(BASIS + " Điều 1. Giao ông Phạm Công Khởi phụ trách an toàn bức xạ. Điều 2. Quyết định "
                               "có giá trị đến hết ngày 31 tháng 12 năm 2023.")
    assert fields["valid_until"].value == "2023-12-31" and fields["valid_until"].confidence >= 0.85


@pytest.mark.parametrize(("read", "meant"), [
    ("V/v chỉ trả lương hưu, trợ cấp BHXH", "V/v chi trả lương hưu, trợ cấp BHXH"),
    ("Việc quản lý thu, chỉ tài chính", "Việc quản lý thu, chi tài chính"),
    ("Quy hoạch chỉ tiết khu vực Bắc Cổ Nhuế", "Quy hoạch chi tiết khu vực Bắc Cổ Nhuế"),
    ("giao chỉ tiêu kế hoạch năm 2023", "giao chỉ tiêu kế hoạch năm 2023"),  # a target: "chỉ" is right there
    ("bà Nguyễn Thu Chi", "bà Nguyễn Thu Chi"),
    ("quy trình nội bộ giải quyêt TTHC", "quy trình nội bộ giải quyết TTHC"),  # real corpus 2's misreads
    ("UBND TỈNH QUẢNG NGÃI BAN CHÍ ĐẠO 138", "UBND TỈNH QUẢNG NGÃI BAN CHỈ ĐẠO 138"),
    ("tại buỗi làm việc với Ban Chỉ đạo, nhà đột nát", "tại buổi làm việc với Ban Chỉ đạo, nhà dột nát"),
    ("Sở Thông tin và Truyền thông tính Bến Tre", "Sở Thông tin và Truyền thông tỉnh Bến Tre"),
    ("Sở Tài chính tỉnh Hà Tĩnh Nghệ An", "Sở Tài chính tỉnh Hà Tĩnh Nghệ An"),  # a place's own "Tĩnh" stays
    ("tính toán lại giá đất", "tính toán lại giá đất"),
])
def test_misread_words_of_fixed_phrases_are_mended(read, meant):
    assert phrase_reading(read) == meant


def test_an_unread_number_before_a_dashless_notation_and_a_vv_subject_make_a_cong_van():
    lines = [_line("ĐẠI HỌC ĐÀ NẴNG", 58, x=100), _line("TRƯỜNG ĐẠI HỌC NGOẠI NGỮ", 73, x=90),
             _line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 58, x=274), _line("Độc lập - Tự do - Hạnh phúc", 73, x=319),
             _line("Số: 9ŸÑ_ /ĐHNN", 106, x=100), _line("Đà Nẵng, ngày 07 tháng 01 năm 2022", 106, x=300),
             _line("Vv phúc khảo kết quả kỳ thi khảo sát", 124, x=80),
             _line("Kính gửi: Các cơ sở giáo dục đại học thành viên.", 170, x=150),
             _line("Trường Đại học Ngoại ngữ thông báo lịch phúc khảo đến hết ngày 17/01/2022.", 200, x=70)]
    fields = extract(_merge(lines + _signature(1, ["TL. HIỆU TRƯỞNG", "TRƯỞNG PHÒNG"], "Phạm Thị Tố Như")), W, H)
    assert fields["organ_name"].value == "ĐẠI HỌC ĐÀ NẴNG TRƯỜNG ĐẠI HỌC NGOẠI NGỮ"
    assert fields["code_notation"].value == "ĐHNN" and fields["code_number"].value is None
    assert "code_number" in needs_review(fields)
    assert fields["type_name"].value == "CÔNG VĂN"
    assert fields["subject"].value == "Vv phúc khảo kết quả kỳ thi khảo sát"


@pytest.mark.parametrize(("read", "meant"), [
    ("ĐẠI HỌC ĐÀ NĂNG TRƯỜNG ĐẠI HỌC NGOẠI NGỮ", "ĐẠI HỌC ĐÀ NẴNG TRƯỜNG ĐẠI HỌC NGOẠI NGỮ"),
    ("ĐẠI HỌC HUÊ TRƯỜNG ĐẠI HỌC LUẬT", "ĐẠI HỌC HUẾ TRƯỜNG ĐẠI HỌC LUẬT"),
    ("TRƯỜNG ĐẠI HỌC SƯ PHẠM HÀ NỘI", "TRƯỜNG ĐẠI HỌC SƯ PHẠM HÀ NỘI"),  # no place follows: left as read
    ("BỘ CÔNG THƯƠNG TRƯỜNG ĐẠI HỌC ĐIỆN LỰC", "BỘ CÔNG THƯƠNG TRƯỜNG ĐẠI HỌC ĐIỆN LỰC"),
])
def test_a_universitys_city_is_read_as_the_place_it_folds_to(read, meant):
    assert place_reading(read) == meant


def test_a_misread_number_label_and_vv_still_make_the_header_of_a_cong_van():
    lines = [_line("BỘ GIÁO DỤC VÀ ĐÀO TẠO", 58, x=90), _line("TRƯỜNG ĐẠI HỌC TÂY ĐÔ", 73, x=95),
             _line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 58, x=274), _line("Độc lập - Tự do - Hạnh phúc", 73, x=319),
             _line("Sé:1135/ĐHTĐ", 106, x=100), _line("Cần Thơ, ngày 24 tháng 10 năm 2025", 106, x=300),
             _line("V⁄w Góp ý dự thảo Quy chế văn bằng", 124, x=80),
             _line("Kính gửi: Cục Quản lý chất lượng - Bộ Giáo dục và Đào tạo.", 170, x=150)]
    fields = extract(_merge(lines + _signature(1, ["HIỆU TRƯỞNG"], "Trần Công Luận")), W, H)
    assert (fields["code_number"].value, fields["code_notation"].value) == ("1135", "ĐHTĐ")
    assert fields["organ_name"].value == "BỘ GIÁO DỤC VÀ ĐÀO TẠO TRƯỜNG ĐẠI HỌC TÂY ĐÔ"
    assert fields["type_name"].value == "CÔNG VĂN"
    assert fields["subject"].value == "V/v Góp ý dự thảo Quy chế văn bằng"


def test_a_speck_of_the_signatures_ink_after_the_name_leaves_the_name_in_the_signers_column():
    """The gap before a speck ("Lại Thế Lực  `") parted the line into two columns, both right of the middle, and the
    name went to the left one: no signer (blind27's photos)."""
    name = _line("Lại Thế Lực", 690, x=380)
    speck = _line("`", 690, x=name.box[2] + 0.05 * W)
    lines = _page_one_of_a_decision() + _signature(1, ["Q. CHÁNH THANH TRA"], None) + [name, speck]
    fields = extract(_merge(lines), W, H)
    assert fields["signer_full_name"].value == "Lại Thế Lực"
    assert fields["signer_position"].value == "Q. CHÁNH THANH TRA"


def test_a_speck_before_the_signers_name_is_left_out():
    """"Si  Hà Văn Ứng": two letters of the signature's stroke before a gap (blind26's photos)."""
    name = _line("Hà Văn Ứng", 690, x=400)
    speck = _line("Si", 690, x=name.x0 - 0.07 * W)
    lines = _page_one_of_a_decision() + _signature(1, ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], None) + [speck, name]
    assert extract(_merge(lines), W, H)["signer_full_name"].value == "Hà Văn Ứng"


def _page_one_of_a_decision() -> list:
    return [_line("UBND HUYỆN KIM BẢNG", 58, x=100), _line("THANH TRA HUYỆN", 73, x=110),
            _line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 58, x=274), _line("Độc lập - Tự do - Hạnh phúc", 73, x=319),
            _line("Số: 15/QĐ-TTr", 106, x=100), _line("Kim Bảng, ngày 14 tháng 3 năm 2022", 106, x=300),
            _line("QUYẾT ĐỊNH", 150, x=255), _line("Về việc thanh tra việc quản lý đất công ích", 168, x=200),
            _line("Điều 1. Thanh tra việc quản lý, sử dụng đất công ích tại xã Nhật Tân.", 230, x=70)]


def test_a_position_with_a_word_outside_the_vocabulary_goes_to_a_clerk():
    """"HIỆU TRƯỞN": a letter lost under the seal leaves a syllable that reads as Vietnamese (real corpus 3, 0.85)."""
    fields = _report([("BÁO CÁO", 270), ("Kết quả khảo sát người học năm cuối", 190)])
    assert fields["signer_position"].value == "HIỆU TRƯỞNG" and "signer_position" not in needs_review(fields)
    lines = [*_page_one_of_a_decision(), *_signature(1, ["HIỆU TRƯỞN"], "Trần Công Luận")]
    fields = extract(_merge(lines), W, H)
    assert fields["signer_position"].value == "HIỆU TRƯỞN" and "signer_position" in needs_review(fields)


@pytest.mark.parametrize("printed", ["TS. Trần Thế Sơn", "Ths Trần Thế Sơn", "PGS.TS. Trần Thế Sơn",
                                     "TS-LS. Trần Thế Sơn"])
def test_a_degree_before_the_signers_name_is_not_part_of_it(printed):
    """Universities and hospitals print the signer's degree before the name (real corpus 3)."""
    fields = extract(_merge([*_page_one_of_a_decision(), *_signature(1, ["KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG"],
                                                                        printed)]), W, H)
    assert fields["signer_full_name"].value == "Trần Thế Sơn"

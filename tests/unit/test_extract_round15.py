"""Rules round 15 (issue 13), from blind set 25 and the second real corpus (both measured blind first): a validity in a
document that grants nothing goes to a clerk; a draft under its own national motto, or a receipt block, is not where
the signer signs; a subject's "Về việc" is mended, and is no label; an old title "QUYẾT ĐỊNH CỦA …" is its kind; a
body line opening with a kind's name is no title; "TĨNH" after "NHÂN DÂN" is the level "TỈNH"."""

from __future__ import annotations

import pytest
from test_extract_round5 import H, W, _line, _merge, _signature

from tthc_digitize.extract.lexicon import phrase_reading, vocabulary_reading
from tthc_digitize.extract.rules import _about_reading, extract, needs_review


def _header(title: list[str], issuer=("ỦY BAN NHÂN DÂN", "HUYỆN KIM BẢNG")) -> list:
    return [_line(issuer[0], 58, x=100), _line(issuer[1], 73, x=104),
            _line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 58, x=274), _line("Độc lập - Tự do - Hạnh phúc", 73, x=319),
            _line("Số: 58/TB-UBND", 106, x=100), _line("Kim Bảng, ngày 22 tháng 3 năm 2022", 106, x=300),
            *[_line(t, 150 + 18 * i, x=235) for i, t in enumerate(title)]]


LICENCE = ("3. Giấy phép khai thác khoáng sản số 2174/GP-BTNMT ngày 05 tháng 9 năm 2016, có thời hạn khai thác đến "
           "ngày 05 tháng 9 năm 2036.")


def _with_body(title: list[str], body: str) -> dict:
    words = body.split()
    rows = [" ".join(words[i:i + 12]) for i in range(0, len(words), 12)]
    lines = _header(title) + [_line(r, 230 + 16 * k, x=70) for k, r in enumerate(rows)]
    return extract(_merge(lines + _signature(1, ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Lê Văn Tám")), W, H)


def test_a_validity_quoted_in_a_notice_goes_to_a_clerk():
    """A notice cites the licence it inspected, with the licence's term: a date at 0.9 there was wrong (blind 25)."""
    fields = _with_body(["THÔNG BÁO", "Kết quả kiểm tra hoạt động khoáng sản"], LICENCE)
    assert fields["valid_until"].value == "2036-09-05" and fields["valid_until"].confidence < 0.8
    assert "valid_until" in needs_review(fields)


def test_a_licences_own_validity_stays_sure():
    fields = _with_body(["GIẤY PHÉP", "Khai thác khoáng sản"], "Giấy phép có giá trị đến hết ngày 05 tháng 9 năm 2036.")
    assert fields["valid_until"].value == "2036-09-05" and fields["valid_until"].confidence >= 0.85
    assert "valid_until" not in needs_review(fields)


def _submission_with_a_draft(motto_case: str) -> list:
    page_one = _header(["TỜ TRÌNH", "Về việc ban hành Nghị quyết"])
    signed = _signature(2, ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Trần Hoàng Tuấn", y=300)
    draft = [_line("HỘI ĐỒNG NHÂN DÂN", 58, x=100, page=3), _line(motto_case, 58, x=274, page=3),
             _line("TỈNH QUẢNG NGÃI", 73, x=104, page=3), _line("NGHỊ QUYẾT", 150, x=255, page=3),
             *_signature(3, ["CHỦ TỊCH"], "Bùi Thị Quỳnh Vân", y=400)]
    return _merge(page_one + [_line("Nội dung trình như sau:", 300, x=70, page=2)] + signed + draft)


def test_a_draft_under_its_own_motto_is_not_where_the_submission_is_signed():
    """Real corpus 2: a submission carries the resolution it asks for; the draft's unsigned block was taken at 0.85."""
    fields = extract(_submission_with_a_draft("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), W, H)
    assert fields["signer_full_name"].value == "Trần Hoàng Tuấn"
    assert fields["signer_position"].value == "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH"


def test_the_country_named_in_small_letters_opens_no_other_document():
    fields = extract(_submission_with_a_draft("Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam"), W, H)
    assert fields["signer_full_name"].value == "Bùi Thị Quỳnh Vân"  # the last block, as before


def test_a_receipt_block_is_not_the_signer():
    """A penalty decision ends with "NGƯỜI NHẬN QUYẾT ĐỊNH" on its own page (real corpus 2)."""
    lines = (_header(["QUYẾT ĐỊNH", "Xử phạt vi phạm hành chính"])
             + _signature(1, ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Trần Phước Hiền")
             + [_line("Ngày nhận quyết định: ...", 100, x=70, page=2),
                _line("NGƯỜI NHẬN QUYẾT ĐỊNH", 140, x=360, page=2), _line("(Ký, ghi rõ họ tên)", 156, x=370, page=2)])
    fields = extract(_merge(lines), W, H)
    assert fields["signer_position"].value == "KT. CHỦ TỊCH PHÓ CHỦ TỊCH"
    assert fields["signer_full_name"].value == "Trần Phước Hiền"


@pytest.mark.parametrize("read, written", [
    ("Vềviệc triển khai nộp thuế", "Về việc triển khai nộp thuế"), ("về việc công nhận", "Về việc công nhận"),
    ("Vê việc giao đất", "Về việc giao đất"), ("Về việc cấp phép", "Về việc cấp phép"),
    ("V/v công bố danh mục", "V/v công bố danh mục"), ("Kế hoạch về việc làm", "Kế hoạch về việc làm"),
])
def test_a_subjects_ve_viec_is_written_as_decree_30_writes_it(read, written):
    assert _about_reading(read) == written


def test_ve_viec_with_a_colon_is_the_subject_not_a_label_row():
    """A 1999 decision: "QUYẾT ĐỊNH CỦA UỶ BAN NHÂN DÂN TỈNH" over "Về việc : Giao quyền sử dụng đất ở"."""
    fields = _with_body(["QUYẾT ĐỊNH CỦA UỶ BAN NHÂN DÂN TỈNH", "Về việc : Giao quyền sử dụng đất ở"],
                        "Căn cứ Luật Đất đai năm 1993;")
    assert fields["type_name"].value == "QUYẾT ĐỊNH" and fields["type_name"].confidence < 0.9
    subject = fields["subject"].value
    assert subject.startswith("Về việc") and subject.endswith("Giao quyền sử dụng đất ở")


def test_a_cong_van_whose_body_opens_a_line_with_a_kinds_name():
    """ "Quyết định số 1744/QĐ-BGTVT, …" in the body, in small letters, is no title over the "V/v" block."""
    lines = [_line("ỦY BAN NHÂN DÂN", 58, x=100), _line("TỈNH QUẢNG NGÃI", 73, x=104),
             _line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 58, x=274), _line("Độc lập - Tự do - Hạnh phúc", 73, x=319),
             _line("Số: 299/UBND-TTHC", 106, x=95), _line("Quảng Ngãi, ngày 15 tháng 01 năm 2025", 106, x=300),
             _line("V/v công bố Danh mục TTHC", 123, x=81), _line("Kính gửi: Sở Giao thông vận tải", 200, x=215),
             _line("Quyết định số 1744/QĐ-BGTVT, phối hợp với Sở Giao thông vận tải tham mưu", 240, x=70)]
    fields = extract(_merge(lines + _signature(1, ["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"], "Nguyễn Quốc Việt")), W, H)
    assert fields["type_name"].value == "CÔNG VĂN"
    assert fields["subject"].value == "V/v công bố Danh mục TTHC"


@pytest.mark.parametrize("read, issuer", [
    ("ỦY BAN NHÂN DÂN TĨNH QUẢNG NGÃI", "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI"),
    ("SỞ Y TẾ TÍNH ĐỒNG THÁP", "SỞ Y TẾ TỈNH ĐỒNG THÁP"),
    ("ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH", "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH"),
    ("UBND HUYỆN TĨNH GIA", "UBND HUYỆN TĨNH GIA"),
])
def test_tinh_after_the_council_is_the_level(read, issuer):
    assert vocabulary_reading(read, {}) == issuer


def test_thao_do_is_a_fixed_phrase():
    assert phrase_reading("Về việc tự tháo đỡ công trình") == "Về việc tự tháo dỡ công trình"


GARBLED = [_line("Người ký: CỔNG THÔNG", 6, x=212), _line("Email: thongtinchinhphu(jchinhphu.vn", 16, x=212),
           _line("CHINHPHII Thời 2706.2024 17-001", 24, x=300)]  # real corpus 1: only the labels survive OCR


def _stamped(stamp_beside: bool, stamp: list | None = None) -> dict:
    stamp = stamp or [_line("TRUNG TÂM CÔNG", 6, x=262), _line("BÁO VÀ TIN HỌC", 14, x=250),
                      _line("ttcbth@quangngai.gov.vn", 22, x=250), _line("21.01.2025 09:27:35 +07:00", 30, x=250)]
    if stamp_beside:  # printed level with the issuer, right of it: the issuer's lines stay whole
        stamp = [_line("Ký bởi: VP", 58, x=200), _line("09:27:35 +07:00", 73, x=200)]
    lines = stamp + [_line("ỦY BAN NHÂN DÂN", 58, x=100), _line("TỈNH QUẢNG NGÃI", 73, x=104),
                     _line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 58, x=274),
                     _line("Độc lập - Tự do - Hạnh phúc", 73, x=319),
                     _line("Số: 46/TB-UBND", 106, x=100), _line("Quảng Ngãi, ngày 24 tháng 01 năm 2025", 106, x=300),
                     _line("THÔNG BÁO", 150, x=255), _line("Về việc thụ lý giải quyết khiếu nại", 168, x=200)]
    return extract(_merge(lines + _signature(1, ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Trần Phước Hiền")), W, H)


def test_a_digital_signatures_stamp_above_the_header_is_not_the_issuer():
    """A signed e-document printed and scanned: the stamp's lines were read as the issuer's first (real corpus 2)."""
    assert _stamped(False)["organ_name"].value == "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI"


def test_a_stamp_whose_time_ocr_garbled_is_known_by_its_labels():
    assert _stamped(False, GARBLED)["organ_name"].value == "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI"


def test_a_stamp_level_with_the_issuer_leaves_the_header_whole():
    assert _stamped(True)["code_notation"].value == "TB-UBND"
    assert "ỦY BAN NHÂN DÂN" in _stamped(True)["organ_name"].value


def test_a_certificates_name_with_cua_hang_keeps_its_whole_title():
    """"CỬA HÀNG" (a shop) folds like "CỦA" (of): the certificate's name runs on (blind set 16)."""
    fields = _with_body(["GIẤY CHỨNG NHẬN CỬA HÀNG ĐỦ ĐIỀU KIỆN BÁN LẺ XĂNG DẦU"], "Căn cứ Nghị định số 83/2014/NĐ-CP;")
    assert fields["type_name"].value == "GIẤY CHỨNG NHẬN CỬA HÀNG ĐỦ ĐIỀU KIỆN BÁN LẺ XĂNG DẦU"


def _numbered(number_height: float) -> dict:
    from tthc_digitize.extract.layout import Line, Word
    number_line = Line((Word(100, 106, 120, 118, "Số:"), Word(124, 118 - number_height, 140, 118, "11"),
                        Word(146, 108, 200, 118, "/CT-UBND")))
    lines = [_line("ỦY BAN NHÂN DÂN", 58, x=100), _line("TỈNH QUẢNG NGÃI", 73, x=104),
             _line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 58, x=274), _line("Độc lập - Tự do - Hạnh phúc", 73, x=319),
             number_line, _line("Quảng Ngãi, ngày 11 tháng 9 năm 2024", 106, x=300),
             _line("CHỈ THỊ", 150, x=265), _line("Về việc tăng cường phòng chống thiên tai", 168, x=200)]
    return extract(_merge(lines + _signature(1, ["CHỦ TỊCH"], "Nguyễn Hoàng Giang")), W, H)


def test_a_number_standing_taller_than_its_notation_was_written_by_hand():
    """A black ballpoint's "11" read as a clean "44" at 0.85 (real corpus 2): a hand's digits stand 13-15 pt where
    the notation printed beside them stands 9.5; printed digits are no taller than the "/" after them."""
    by_hand, printed = _numbered(13.0), _numbered(9.0)
    assert by_hand["code_number"].value == "11" and "code_number" in needs_review(by_hand)
    assert printed["code_number"].value == "11" and printed["code_number"].confidence == 0.85


def test_a_management_board_is_an_organisation_a_decision_grants_to():
    """"Ban Quản lý …" (of a relic, a protection forest, a market) is granted things as a company is (blind sets 13
    and 25 left the holder empty)."""
    fields = _with_body(["QUYẾT ĐỊNH", "Về việc chấp thuận tổ chức lễ hội đền Đông Cuông"],
                        "Điều 1. Chấp thuận cho Ban Quản lý di tích Đền Đông Cuông, xã Đông Cuông, tổ chức Lễ hội "
                        "đền Đông Cuông năm 2023.")
    assert fields["holder_name"].value == "Ban Quản lý di tích Đền Đông Cuông"

"""Blind set 27 (samples/blind27.py) is measured by benchmarks/fields.py only, never used to change a rule.
These check the generator, cheaply: every family is drawn as its docstring says and the truth follows
the stated conventions and the printed text, for all twelve documents through ``lay_out`` alone; the
signature and the seal land where the layout and the document's ``aim`` and ``lift`` put them; the
tilted scan is turned as ``turn`` says (checked on a small image); and only two files (three pages) are
actually rendered: the inspection conclusion's two-page scan, clean on page 1 and signed and sealed on
page 2, and the hospital's unsealed notice's phone photo, written with their truth files, their ink
looked for where it belongs."""

from __future__ import annotations

import re
import sys
import unicodedata

import pytest
from blind_layout import (
    ID9,
    ID10,
    ID12,
    STATED,
    article,
    assert_cited_apart,
    assert_grants_nothing,
    assert_hand_and_seal_placed,
    assert_new_subjects_and_places,
    assert_number_and_date_printed,
    assert_numbers_and_dates_real,
    assert_printed_inside_and_apart,
    assert_signed_and_sealed_on_page_two_only,
    assert_turned,
    assert_unlike_earlier_sets,
    assert_written_file_opens,
    earlier_sets,
    iso,
    lay_out,
    row,
    runs,
)
from helpers import ROOT

sys.path.insert(0, str(ROOT / "samples"))
from blind5 import LEFT_C
from blind9 import turned
from blind26 import BLIND26
from blind27 import BLIND27, FAMILIES, LEVELS, Doc9, make_blind27
from heldout import BLIND, DOCS, FRESH
from make_samples import A4

BEFORE = earlier_sets(27)  # blind2 to blind26
HELD_OUT = (*DOCS, *FRESH, *BLIND)

INSPECTION = "qd-thanh-tra-dat-cong-ich-nhat-tan"  # its day alone by hand; the period looked into and a term
CONCLUSION = "kl-thanh-tra-thu-chi-xa-lac-hong"  # two pages: the end of the body, the signer on page 2
PENSIONS = "cv-chi-tra-luong-huu-qua-buu-dien-nho-quan"  # a công văn numbered and dated by hand
CLERK = "qd-giao-nhiem-vu-buu-dien-van-hoa-xa-bui-thi-xuyen"  # her name cited above Article 1 too
RADIOGRAPHER = "qd-phu-trach-an-toan-buc-xa-pham-cong-khoi"  # quotes the licence's validity; the tilted scan
XRAY = "tb-tam-dung-chup-x-quang-thanh-mien"  # unsealed, drawn as its photo; quotes a certificate's expiry
TRIP = "qd-cho-phep-di-nuoc-ngoai-duong-thi-thoa"  # her trip: a span, not a validity
DELEGATION = "cv-don-tiep-doan-cong-tac-sop-bau-muong-lan"  # a công văn to three, a Lao delegation's head named
DECLARATION = "tb-tiep-nhan-ke-khai-gia-thuc-an-chan-nuoi-to-hieu"  # a notice to the company it is about
CHECKS = "kh-kiem-tra-gia-tet-dinh-dau-quynh-luu"
TREE = "gp-chat-ha-cay-xanh-vuong-dinh-toan"  # its number alone by hand; a validity of its own
ORDER = "qd-dat-hang-duy-tri-cay-xanh-phuc-yen"  # the set's one three-line signer block
# each person holder with a personal number: the province code it opens with and their sex
PERSONS = {CLERK: ("017", "F"), RADIOGRAPHER: ("034", "M"), TRIP: ("024", "F"), TREE: ("022", "M")}
VALID = {TREE: "2017-08-31"}


def of(name: str) -> list[Doc9]:
    return [doc for doc in BLIND27 if doc.family == name]


def doc_named(slug: str) -> Doc9:
    return next(doc for doc in BLIND27 if doc.slug == slug)


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    """Two files only, drawn as in the measured set (same seeds, same DPI), to keep this module cheap:
    the two-page scan, and one JPEG photo. All 24 take about a minute."""
    out = tmp_path_factory.mktemp("blind27")
    scans = make_blind27(out, levels=("scan",), only={CONCLUSION})
    return out, scans + make_blind27(out, levels=("photo",), only={XRAY})


def test_twelve_documents_in_six_families_named_unlike_any_earlier_set():
    assert_unlike_earlier_sets(BLIND27, FAMILIES, LEVELS, BEFORE, HELD_OUT)
    assert {doc.family for doc in BLIND26} <= {doc.family for doc in BEFORE}  # blind26 counts as earlier
    assert_new_subjects_and_places(BLIND27, BEFORE)


def test_dates_check_digits_and_personal_numbers_are_real():
    for doc in BLIND27:
        assert_numbers_and_dates_real(doc, PERSONS)
    assert [doc.slug for doc in BLIND27 if doc.holder_id_type == "cccd"] == list(PERSONS)
    assert [doc.slug for doc in BLIND27 if doc.holder_id_type == "tax_code"] == [DECLARATION, ORDER]
    assert [doc.slug for doc in BLIND27 if doc.holder_name and not doc.holder_id] == []
    assert [doc.slug for doc in BLIND27 if doc.holder_name is None] == [INSPECTION, CONCLUSION, PENSIONS, XRAY,
                                                                       DELEGATION, CHECKS]
    assert [found for doc in BLIND27 for found in ID9.findall(" ".join(doc.body))] == []  # no old identity card
    assert [doc.slug for doc in BLIND27 if ID12.search(" ".join(doc.body))] == list(PERSONS)
    codes = [found for doc in BLIND27 for found in ID10.findall(" ".join(doc.body))]
    assert codes == [doc_named(DECLARATION).holder_id, doc_named(ORDER).holder_id]  # the two companies' only


def test_valid_until_is_the_date_after_den_ngay_and_spans_deadlines_terms_and_quotes_give_none():
    for doc in BLIND27:
        stated = [re.split(r"đến (?:hết )?ngày ", text, maxsplit=1)[1] for text in doc.body if STATED.search(text)]
        assert len(stated) <= 1, doc.slug
        if doc.slug == RADIOGRAPHER:  # the licence's validity, quoted: never the decision's
            assert doc.valid_until is None and iso(stated[0]) == "2026-03-18"
            continue
        assert doc.valid_until == (iso(stated[0]) if stated else None) == VALID.get(doc.slug), doc.slug
        if doc.valid_until:
            assert doc.valid_until > doc.issued, doc.slug
    quoted = next(text for text in doc_named(RADIOGRAPHER).body if STATED.search(text))
    assert quoted.startswith("Căn cứ Giấy phép tiến hành công việc bức xạ số 41/GP-SKHCN") and quoted.endswith(
        "có giá trị đến hết ngày 18 tháng 3 năm 2026;")
    assert_cited_apart(doc_named(RADIOGRAPHER), r"Giấy phép tiến hành công việc bức xạ số (\d+)/GP-SKHCN ngày (.+?) "
                                                r"của")
    expiry = " ".join(doc_named(XRAY).body)  # a test certificate's expiry, quoted: not a validity of the notice
    assert "hết hạn ngày 12 tháng 10 năm 2023" in expiry and doc_named(XRAY).valid_until is None
    periods = [doc for doc in BLIND27 if re.search(r"\d+ (năm|tháng|ngày) kể từ ngày", " ".join(doc.body))]
    assert periods == []
    terms = [doc.slug for doc in BLIND27 if re.search(r"\d+ ngày làm việc kể từ ngày", " ".join(doc.body))]
    assert terms == [INSPECTION]  # the inspection's own length: never a validity
    assert "Thời hạn thanh tra là 25 ngày làm việc kể từ ngày công bố" in article(doc_named(INSPECTION))
    deadlines = [doc for doc in BLIND27 if re.search(r"(trước|chậm nhất) ngày \d", " ".join(doc.body))]
    assert [doc.slug for doc in deadlines] == [CONCLUSION, PENSIONS, DELEGATION, CHECKS]
    spans = [doc for doc in BLIND27 if re.search(r"từ ngày [^;.]*đến (hết )?ngày \d", " ".join(doc.body))]
    assert [doc.slug for doc in spans] == [INSPECTION, CONCLUSION, PENSIONS, XRAY, TRIP, CHECKS, ORDER]
    assert "Thời kỳ thanh tra: từ ngày 01/01/2019 đến ngày 31/12/2021." in article(doc_named(INSPECTION))
    assert "từ ngày 20/5/2019 đến ngày 28/6/2019" in doc_named(CONCLUSION).body[0]
    assert "từ ngày 04/11/2019 đến ngày 14/11/2019" in " ".join(doc_named(PENSIONS).body)
    assert "đến hết ngày 25 hằng tháng" in " ".join(doc_named(PENSIONS).body)  # a day of each month, no date
    assert "từ ngày 09/10/2023 đến ngày 11/10/2023" in " ".join(doc_named(XRAY).body)
    assert "thời gian từ ngày 03/7/2023 đến ngày 17/7/2023" in article(doc_named(TRIP))
    assert "3. Thời gian kiểm tra: từ ngày 03/01/2017 đến ngày 25/01/2017." in doc_named(CHECKS).body
    assert "từ ngày 01/01/2021 đến ngày 31/12/2021" in article(doc_named(ORDER))
    assert "áp dụng từ ngày 15 tháng 3 năm 2022." in " ".join(doc_named(DECLARATION).body)  # when the price applies
    assert "kể từ ngày 01 tháng 8 năm 2020." in article(doc_named(CLERK))  # when she starts: not a validity
    assert doc_named(TREE).body[-1] == "6. Giấy phép có giá trị đến hết ngày 31 tháng 8 năm 2017."
    for doc in BLIND27:
        if doc.slug not in (TREE, RADIOGRAPHER):  # the others print no validity at all
            assert doc.valid_until is None and not STATED.search(" ".join(doc.body)), doc.slug


def test_pages_titles_numbers_and_signers_are_printed_as_the_truth_says():
    for doc in BLIND27:
        page, signer, hand, grids = lay_out(doc)
        assert len(page.pages) == (2 if doc.slug == CONCLUSION else 1) and signer[0] == len(page.pages) - 1
        assert not grids and not doc.annex and not doc.number_under_title
        assert doc.turn == ((-1.0,) if doc.slug == RADIOGRAPHER else ())
        assert bool(doc.addressees) == (doc.slug in (PENSIONS, XRAY, DELEGATION, DECLARATION)), doc.slug
        first, last = page.truth[0], page.truth[signer[0]]
        assert doc.signer_name in last and all(line in last for line in doc.signer_position)
        assert all(line in first for line in doc.issuer + doc.title + doc.subject)
        lines = [line for texts in page.truth for line in texts]
        assert doc.holder_name is None or any(doc.holder_name in line for line in lines), doc.slug
        assert "Nơi nhận:" in last and doc.recipients, doc.slug
        fields = doc.fields()
        assert fields["organ_name"] == " ".join(doc.issuer) and fields["signer_full_name"] == doc.signer_name
        assert fields["type_name"] == (" ".join(doc.title) or "CÔNG VĂN") and (doc.title or doc.slug in (
            PENSIONS, DELEGATION))
        assert fields["subject"] == (" ".join(doc.subject) or None)
        assert fields["signer_position"] == " ".join(doc.signer_position)
        assert fields["code_number"] == doc.number and fields["place"] == doc.place
        assert_number_and_date_printed(doc, first, hand)
    assert {doc.slug: doc.handwritten for doc in BLIND27 if doc.handwritten} == {
        INSPECTION: ("issued_date",), PENSIONS: ("code_number", "issued_date"), TREE: ("code_number",)}
    assert {doc.date_text.split()[0] for doc in BLIND27} >= {"9", "07", "13"}  # days with and without a zero
    assert {doc.fields()["type_name"] for doc in BLIND27} == {"QUYẾT ĐỊNH", "KẾT LUẬN THANH TRA", "CÔNG VĂN",
                                                               "THÔNG BÁO", "KẾ HOẠCH", "GIẤY PHÉP"}
    for slug in (PENSIONS, DELEGATION):  # the công văn: "V/v" lines, several addressees on dashed lines
        letter = doc_named(slug)
        assert letter.title == [] and letter.subject[0].startswith("V/v ") and len(letter.subject) == 2
        assert len(letter.addressees) >= 2 and "Kính gửi:" in lay_out(letter)[0].truth[0]
        assert all(f"- {addressee}" in lay_out(letter)[0].truth[0] for addressee in letter.addressees)
    assert len(doc_named(DELEGATION).addressees) == 3 and len(doc_named(XRAY).addressees) == 2
    assert all(f"- {addressee}" in lay_out(doc_named(XRAY))[0].truth[0] for addressee in doc_named(XRAY).addressees)
    one = doc_named(DECLARATION)  # one addressee, one centred line: the company the notice is about
    assert f"Kính gửi: {one.addressees[0]}" in lay_out(one)[0].truth[0] and one.addressees == [one.holder_name]


def test_the_conclusion_runs_onto_a_second_page_with_its_signer():
    doc = doc_named(CONCLUSION)
    page, signer, _, _ = lay_out(doc)
    motto = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert motto in page.truth[0] and motto not in page.truth[1] and page.truth[1][0] == "2"
    body_on_two = [run for run in runs(doc, 1)[1:] if run.y < signer[2] - 100 and run.x < A4[0] / 2]
    assert len(body_on_two) >= 5  # the end of the conclusion came over with the signer
    assert any(run.text.startswith("5. Giao Thanh tra huyện") for run in body_on_two)
    assert any(run.text.startswith("Kết luận thanh tra được công khai") for run in body_on_two)
    assert any(line.startswith("4. Kiến nghị và biện pháp xử lý:") for line in page.truth[0])
    assert not any(line.startswith("4. Kiến nghị") for line in page.truth[1])  # Article 4 broken across the pages
    assert "Nơi nhận:" in page.truth[1] and "Nơi nhận:" not in page.truth[0]
    assert doc.signer_name not in page.truth[0]


def test_signer_blocks_issuers_and_names_vary_as_the_docstring_says():
    marks = {doc.signer_position[0].split(" ", 1)[0] for doc in BLIND27}
    assert {"KT.", "TL.", "TM.", "Q."} <= marks
    assert {tuple(doc.signer_position) for doc in BLIND27} >= {("CHỦ TỊCH",), ("GIÁM ĐỐC",), ("TRƯỞNG PHÒNG",),
                                                               ("Q. CHÁNH THANH TRA",)}
    assert {len(doc.signer_name.split()) for doc in BLIND27} == {2, 3, 4, 5}
    stacked = [doc for doc in BLIND27 if "Đ" in doc.signer_name or any(  # a letter under a hat or horn and a tone
        sum(unicodedata.combining(mark) > 0 for mark in unicodedata.normalize("NFD", ch)) >= 2
        for ch in doc.signer_name)]
    assert len(stacked) >= 6
    assert all(len(doc.issuer) == 2 for doc in BLIND27)
    council = [doc for doc in BLIND27 if doc.issuer[0] == "ỦY BAN NHÂN DÂN"]
    assert [doc.issuer[1].split(" ", 1)[0] for doc in council] == ["HUYỆN", "HUYỆN", "HUYỆN", "THÀNH"]
    others = [doc.issuer for doc in BLIND27 if doc not in council]
    assert others == [["UBND HUYỆN KIM BẢNG", "THANH TRA HUYỆN"],
                      ["BƯU ĐIỆN TỈNH NINH BÌNH", "BƯU ĐIỆN HUYỆN NHO QUAN"],
                      ["BƯU ĐIỆN TỈNH HÒA BÌNH", "BƯU ĐIỆN HUYỆN TÂN LẠC"],
                      ["SỞ Y TẾ THÁI BÌNH", "TRUNG TÂM Y TẾ HUYỆN TIỀN HẢI"],
                      ["SỞ Y TẾ HẢI DƯƠNG", "BỆNH VIỆN ĐA KHOA THANH MIỆN"],
                      ["UBND HUYỆN SỐP CỘP", "UBND XÃ MƯỜNG LẠN"],
                      ["UBND HUYỆN THƯỜNG TÍN", "PHÒNG TÀI CHÍNH - KẾ HOẠCH"],
                      ["UBND THÀNH PHỐ UÔNG BÍ", "PHÒNG QUẢN LÝ ĐÔ THỊ"]]
    assert doc_named(INSPECTION).fields()["organ_name"] == "UBND HUYỆN KIM BẢNG THANH TRA HUYỆN"
    assert [doc.slug for doc in BLIND27 if doc.seal is None] == [XRAY]
    assert sum(doc.aim != (0.0, 0.0) for doc in BLIND27) == 8 and len({doc.lift for doc in BLIND27}) >= 4
    assert all(len(doc.seal) <= 40 for doc in BLIND27 if doc.seal)  # the ring holds that many letters
    assert [doc.slug for doc in BLIND27 if len(doc.signer_position) == 3] == [ORDER]
    assert doc_named(ORDER).signer_position == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
    assert doc_named(XRAY).signer_position == ["TL. GIÁM ĐỐC", "TRƯỞNG PHÒNG KẾ HOẠCH TỔNG HỢP"]
    assert doc_named(INSPECTION).signer_position == ["Q. CHÁNH THANH TRA"]
    assert doc_named(DECLARATION).signer_position == ["KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG"]
    assert doc_named(CHECKS).signer_position == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]
    assert doc_named(XRAY).signer_name == "Hoàng Lê Thị Bích Phượng" and doc_named(CLERK).signer_name == "Phùng Duẫn"
    assert doc_named(DELEGATION).signer_name == "Lường Văn Chiến"
    assert {doc.issued[:4] for doc in BLIND27} == {"2016", "2017", "2019", "2020", "2022", "2023", "2024"}


def test_thanhtra_grants_nothing_in_the_decision_or_the_conclusion():
    inspection, conclusion = of("thanhtra")
    assert inspection.slug == INSPECTION and len(inspection.subject) == 2
    assert_grants_nothing(inspection)
    assert article(inspection).startswith("Điều 1. Thanh tra việc quản lý, sử dụng quỹ đất công ích tại Ủy ban "
                                          "nhân dân xã Nhật Tân.")
    assert "ông Phan Trọng Nghĩa, Phó Chánh Thanh tra huyện, Trưởng đoàn" in article(inspection, 2)  # never
    assert_cited_apart(inspection, r"Kế hoạch số (\d+)/KH-TTr ngày (.+?) của")
    assert conclusion.slug == CONCLUSION and conclusion.title == ["KẾT LUẬN THANH TRA"]
    assert conclusion.fields()["subject"] == ("Việc quản lý thu, chi tài chính và các khoản đóng góp tự nguyện "
                                              "tại xã Lạc Hồng")
    assert_grants_nothing(conclusion)
    assert "ông Đào Văn Quyết" in " ".join(conclusion.body)  # the commune's chairman, answerable: never
    assert_cited_apart(conclusion, r"Quyết định số (\d+)/QĐ-TTr ngày (.+?) của")
    assert_cited_apart(conclusion, r"Báo cáo kết quả thanh tra số (\d+)/BC-ĐTT ngày (.+?) của")


def test_buudien_holder_is_the_clerk_and_none_in_the_cong_van():
    letter, clerk = of("buudien")
    assert letter.slug == PENSIONS
    assert letter.fields()["subject"] == "V/v chi trả lương hưu, trợ cấp BHXH tháng 11 năm 2019"
    assert letter.fields()["type_name"] == "CÔNG VĂN"
    assert_grants_nothing(letter)
    assert "bà Đinh Thị Thùy Dung" in letter.body[-1]  # the official: never the holder
    assert_cited_apart(letter, r"Hợp đồng số (\d+)/HĐ-BHXH-BĐ ngày (.+?) giữa")
    assert clerk.slug == CLERK and clerk.subject[1] == f"Điểm Bưu điện - Văn hóa xã đối với bà {clerk.holder_name}"
    assert f"cho bà {clerk.holder_name}, sinh ngày 23/5/1990, số định danh cá nhân {clerk.holder_id}, " in article(
        clerk)
    assert_cited_apart(clerk, r"Hợp đồng đại lý số (\d+)/2020/HĐĐL ngày (.+?) giữa")
    assert clerk.holder_name in next(text for text in clerk.body if text.startswith("Căn cứ Hợp đồng đại lý"))


def test_bucxa_holder_is_the_radiographer_and_none_in_the_hospitals_notice():
    radiographer, notice = of("bucxa")
    assert radiographer.slug == RADIOGRAPHER and radiographer.subject[1] == f"đối với ông {radiographer.holder_name}"
    assert article(radiographer).startswith(f"Điều 1. Phân công ông {radiographer.holder_name}, sinh ngày "
                                            f"06/10/1986, số định danh cá nhân {radiographer.holder_id}, ")
    assert_cited_apart(radiographer, r"Quyết định số (\d+)/QĐ-TTYT ngày (.+?)\.")
    assert notice.slug == XRAY and notice.title == ["THÔNG BÁO"] and len(notice.subject) == 2
    assert_grants_nothing(notice)
    assert "ông Vũ Đức Thịnh" in notice.body[-1]  # the official: never the holder
    assert_cited_apart(notice, r"Hợp đồng số (\d+)/2023/HĐ-KĐ ngày (.+?) giữa")


def test_doingoai_holder_is_the_traveller_and_none_in_the_cong_van():
    trip, letter = of("doingoai")
    assert trip.slug == TRIP and trip.subject[1] == f"về việc riêng đối với bà {trip.holder_name}"
    assert article(trip).startswith(f"Điều 1. Cho phép bà {trip.holder_name}, sinh ngày 11/9/1979, số định danh "
                                    f"cá nhân {trip.holder_id}, ")
    application = next(text for text in trip.body if text.startswith("Xét đơn"))
    assert trip.holder_name in application and iso(application) != trip.issued
    assert letter.slug == DELEGATION
    assert letter.fields()["subject"] == "V/v đón tiếp Đoàn công tác huyện Sốp Bâu, tỉnh Hủa Phăn (Lào)"
    assert_grants_nothing(letter)
    assert "ông Khăm Phon Xay Nha Vông" in letter.body[0]  # the delegation's head: never the holder
    assert_cited_apart(letter, r"Công văn số (\d+)/UBND-NV ngày (.+?) của")


def test_giaca_holder_is_the_declaring_company_and_none_in_the_plan():
    declaration, plan = of("giaca")
    assert declaration.slug == DECLARATION and declaration.title == ["THÔNG BÁO"]
    assert declaration.subject[1] == f"của {declaration.holder_name}"
    k, holder = row(declaration, "Tên tổ chức kê khai giá: ")
    assert holder == declaration.holder_name
    assert declaration.body[k + 1] == f"2. Mã số thuế: {declaration.holder_id}"
    assert "Văn bản kê khai giá số 05/2022/KKG" in declaration.body[k - 1]  # the declaration's number: never
    assert plan.slug == CHECKS and plan.title == ["KẾ HOẠCH"] and len(plan.subject) == 2
    assert_grants_nothing(plan)
    assert_cited_apart(plan, r"Chỉ thị số (\d+)/CT-UBND ngày (.+?) của")


def test_cayxanh_holder_is_the_house_owner_or_the_company():
    tree, order = of("cayxanh")
    assert tree.slug == TREE and tree.title == ["GIẤY PHÉP"]
    assert tree.subject == ["Chặt hạ, dịch chuyển cây xanh đô thị"]
    k, holder = row(tree, "Cấp cho: ")
    assert holder == f"ông {tree.holder_name}"
    assert tree.body[k + 1] == f"2. Ngày sinh: 02/12/1964; số định danh cá nhân: {tree.holder_id}"
    assert "trong 15 ngày sau khi chặt hạ" in tree.body[k + 3]  # the replanting: never a validity
    assert order.slug == ORDER and order.subject[1] == f"năm 2021 cho {order.holder_name}"
    assert article(order).startswith(f"Điều 1. Đặt hàng cho {order.holder_name}, mã số thuế {order.holder_id}, ")
    assert_cited_apart(order, r"Nghị quyết số (\d+)/NQ-HĐND ngày (.+?) của")
    assert_cited_apart(order, r"Tờ trình số (\d+)/TTr-QLĐT ngày (.+?),")


def test_printed_lines_stay_inside_the_margins_and_apart():
    for doc in BLIND27:
        assert_printed_inside_and_apart(doc, LEFT_C)


def test_the_hand_comes_down_across_the_name_and_the_seal_over_the_position():
    """As blind9's: with an aim the printed name sits inside the signature's height, in its upper three
    quarters, most of the time; without, rarely; the lifted seal reaches 6 pt or more into the
    position's last line, its centre left of the line's middle."""
    for doc in BLIND27:
        assert_hand_and_seal_placed(doc)


def test_the_tilted_scan_keeps_its_size_and_turns_one_degree_clockwise():
    assert {doc.slug: doc.turn for doc in BLIND27 if doc.turn} == {RADIOGRAPHER: (-1.0,)}
    assert_turned(turned, doc_named(RADIOGRAPHER).turn)


def test_the_written_files_open_with_their_truth(written):
    out, paths = written
    assert [path.name for path in paths] == [f"{CONCLUSION}-scan.pdf", f"{XRAY}-photo.jpg"]
    for path in paths:
        slug = path.stem.rsplit("-", 1)[0]
        assert_written_file_opens(out, path, doc_named(slug), 2 if slug == CONCLUSION else 1)
    one_page = [k for k, doc in enumerate(BLIND27) if doc.slug != CONCLUSION]
    assert 4 <= sum(k % 2 == 1 for k in one_page) <= 6  # the full set: half the photos without a DPI
    assert next(k for k, doc in enumerate(BLIND27) if doc.slug == XRAY) % 2 == 1


def test_page_one_is_clean_and_page_two_is_signed_and_sealed(written):
    out, _ = written
    assert_signed_and_sealed_on_page_two_only(out, doc_named(CONCLUSION))

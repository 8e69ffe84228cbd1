"""Blind set 25 (samples/blind25.py) is measured by benchmarks/fields.py only, never used to change a rule.
These check the generator, cheaply: every family is drawn as its docstring says and the truth follows
the stated conventions and the printed text, for all twelve documents through ``lay_out`` alone; the
signature and the seal land where the layout and the document's ``aim`` and ``lift`` put them; the
tilted scan is turned as ``turn`` says (checked on a small image); and only two files (three pages) are
actually rendered: the two-page scan, numbered and dated by hand on page 1 and signed and sealed on page
2, and the festival board's unsealed schedule's phone photo, written with their truth files, their ink
looked for where it belongs."""

from __future__ import annotations

import re
import sys
import unicodedata
from datetime import date

import pytest
from blind_layout import (
    BIRTH,
    DMY,
    ID9,
    ID10,
    ID12,
    STATED,
    article,
    assert_cited_apart,
    assert_grants_nothing,
    assert_hand_and_seal_placed,
    assert_number_and_date_printed,
    assert_printed_inside_and_apart,
    assert_turned,
    assert_unlike_earlier_sets,
    assert_written_file_opens,
    box,
    earlier_sets,
    ink_in,
    inks,
    iso,
    lay_out,
    printed,
    row,
    runs,
    scan_pixels,
    signer_runs,
)
from helpers import ROOT

sys.path.insert(0, str(ROOT / "samples"))
from blind5 import LEFT_C
from blind9 import turned
from blind24 import BLIND24
from blind25 import BLIND25, FAMILIES, LEVELS, Doc9, make_blind25
from heldout import BLIND, DOCS, FRESH
from make_samples import A4

from tthc_digitize.extract.identifiers import cccd_ok, tax_code_ok

BEFORE = earlier_sets(25)  # blind2 to blind24
HELD_OUT = (*DOCS, *FRESH, *BLIND)

CARD = "gxn-tiem-chung-le-ngoc-bao-han"  # a one-line title with a bracketed subject; a child
PLAN = "kh-tiem-vac-xin-td-tre-7-tuoi-kim-son"  # two pages, numbered and dated by hand
RAIL = "tb-thao-do-cong-trinh-hanh-lang-duong-sat-doan-van-uoc"  # its number alone by hand
CONG_VAN = "cv-xoa-bo-loi-di-tu-mo-qua-duong-sat-binh-son"  # the set's one công văn
DIRECTOR = "qd-bo-nhiem-giam-doc-dieu-hanh-mo-ta-dinh-khoi"  # the one-line issuer; the company's own code
QUARRY = "tb-kiem-tra-khai-thac-da-hoa-lieu-do"  # the licence's term printed, not the notice's
FESTIVAL = "qd-chap-thuan-le-hoi-den-dong-cuong"  # the tilted scan; a board without a number
KHAO_LE = "tb-le-khao-le-the-linh-hoang-sa-ly-son"  # the three-line issuer; unsealed, drawn as its phone photo
ENUMERATOR = "ggt-dieu-tra-vien-muc-song-pham-thi-quyen"  # no subject; a validity
SURVEY = "tb-cung-cap-thong-tin-dieu-tra-doanh-nghiep-luc-ngan"
SEA = "qd-giao-khu-vuc-bien-nuoi-hau-bui-van-sang"
ISLAND = "gxn-thoi-gian-cong-tac-dao-bach-long-vi"  # a nine-digit identity card; its number alone by hand
# each person holder with a personal number: the province code it opens with and their sex
PERSONS = {CARD: ("038", "F"), RAIL: ("024", "M"), DIRECTOR: ("035", "M"), ENUMERATOR: ("036", "F"),
           SEA: ("022", "M")}
VALID = {ENUMERATOR: "2022-06-30", SEA: "2031-08-24"}
OWN_CODE = "0700427284"  # the quarrying company's own enterprise code, cited in its decision


def of(name: str) -> list[Doc9]:
    return [doc for doc in BLIND25 if doc.family == name]


def doc_named(slug: str) -> Doc9:
    return next(doc for doc in BLIND25 if doc.slug == slug)


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    """Two files only, drawn as in the measured set (same seeds, same DPI), to keep this module cheap:
    the two-page scan numbered and dated by hand, and one JPEG photo. All 24 take over half a minute."""
    out = tmp_path_factory.mktemp("blind25")
    scans = make_blind25(out, levels=("scan",), only={PLAN})
    return out, scans + make_blind25(out, levels=("photo",), only={KHAO_LE})


def test_twelve_documents_in_six_families_named_unlike_any_earlier_set():
    assert_unlike_earlier_sets(BLIND25, FAMILIES, LEVELS, BEFORE, HELD_OUT)
    assert {doc.family for doc in BLIND24} <= {doc.family for doc in BEFORE}  # blind24 counts as earlier
    subjects = {doc.fields()["subject"] for doc in BEFORE} - {None}
    assert not {doc.fields()["subject"] for doc in BLIND25} & subjects  # no subject line seen before either


def test_dates_check_digits_and_personal_numbers_are_real():
    for doc in BLIND25:
        assert DMY.fullmatch(doc.date_text) and iso(doc.date_text) == doc.issued, doc.slug
        issued = date.fromisoformat(doc.issued)
        assert 2016 <= issued.year <= 2024 and issued.weekday() < 5, doc.slug
        text = printed(doc)
        assert all(tax_code_ok(found) for found in ID10.findall(text)), doc.slug  # every tax code printed
        assert all(cccd_ok(found) for found in ID12.findall(text)), doc.slug  # every personal number printed
        for day, month, year in DMY.findall(text) + re.findall(r"(?<!\d)(\d{1,2})/(\d{1,2})/(\d{4})", text):
            date(int(year), int(month), int(day))  # every date printed exists
        if doc.holder_id_type in ("tax_code", "cccd"):
            check = {"tax_code": tax_code_ok, "cccd": cccd_ok}[doc.holder_id_type]
            assert doc.holder_id in text and check(doc.holder_id), doc.slug
        elif doc.holder_id_type == "cmnd":
            assert doc.holder_id in text and ID9.fullmatch(doc.holder_id), doc.slug
        else:
            assert doc.holder_id is None and doc.holder_id_type is None, doc.slug
        body = " ".join(doc.body)
        assert "hộ chiếu" not in body, doc.slug  # nobody here is known by a passport
        for paragraph in doc.body:  # a birth date shares its paragraph with one personal number, of that year
            for born in BIRTH.finditer(paragraph):
                if doc.slug == ISLAND:  # the old nine-digit identity card instead
                    assert not ID12.search(paragraph) and len(ID9.findall(paragraph)) == 1
                    continue
                (number,) = ID12.findall(paragraph)
                assert cccd_ok(number, int(born.group(3))) and int(born.group(3)) < issued.year, doc.slug
        if doc.holder_id_type == "cccd":
            province, sex = PERSONS[doc.slug]
            after = body[body.index(doc.holder_name):]  # the holder's own number and birth come next
            assert ID12.search(after).group() == doc.holder_id, doc.slug
            born = BIRTH.search(after)
            assert born and born.group(3)[2:] == doc.holder_id[4:6], doc.slug
            assert born.start() < after.index(doc.holder_id), doc.slug  # the birth date first, every time
            century = 2 * (int(born.group(3)) >= 2000)  # 0/1 for the 1900s, 2/3 for the 2000s
            assert doc.holder_id[:3] == province and int(doc.holder_id[3]) == century + (sex == "F"), doc.slug
    assert {doc.slug for doc in BLIND25 if doc.holder_id_type == "cccd"} == set(PERSONS)
    assert {doc.slug for doc in BLIND25 if doc.holder_id_type == "tax_code"} == {QUARRY, SURVEY}
    assert [doc.slug for doc in BLIND25 if doc.holder_id_type == "cmnd"] == [ISLAND]
    assert [doc.slug for doc in BLIND25 if doc.holder_name and not doc.holder_id] == [FESTIVAL]
    assert [doc.slug for doc in BLIND25 if doc.holder_name is None] == [PLAN, CONG_VAN, KHAO_LE]
    assert [found for doc in BLIND25 for found in ID9.findall(" ".join(doc.body))] == [doc_named(ISLAND).holder_id]
    assert [doc.slug for doc in BLIND25 if ID12.search(" ".join(doc.body))] == list(PERSONS)
    codes = [found for doc in BLIND25 for found in ID10.findall(" ".join(doc.body))]
    assert len(codes) == len(set(codes)) == 3  # no company is printed twice across the set
    # one of the three codes belongs to no holder: the quarrying company's own, in its decision
    assert sorted(set(codes) - {doc.holder_id for doc in BLIND25}) == [OWN_CODE]
    assert OWN_CODE in " ".join(doc_named(DIRECTOR).body)


def test_valid_until_is_the_date_after_den_ngay_and_spans_deadlines_and_terms_give_none():
    for doc in BLIND25:
        stated = [re.split(r"đến (?:hết )?ngày ", text, maxsplit=1)[1] for text in doc.body if STATED.search(text)]
        assert len(stated) <= 1, doc.slug
        assert doc.valid_until == (iso(stated[0]) if stated else None) == VALID.get(doc.slug), doc.slug
        if doc.valid_until:
            assert doc.valid_until > doc.issued, doc.slug
    periods = [doc for doc in BLIND25 if re.search(r"\d+ (năm|tháng|ngày) kể từ ngày", " ".join(doc.body))]
    assert periods == []
    deadlines = [doc for doc in BLIND25 if re.search(r"(trước|chậm nhất) ngày \d", " ".join(doc.body))]
    assert [doc.slug for doc in deadlines] == [PLAN, RAIL, CONG_VAN, QUARRY, SURVEY]
    spans = [doc for doc in BLIND25 if re.search(r"từ ngày [^;.]*đến (hết )?ngày \d", " ".join(doc.body))]
    assert [doc.slug for doc in spans] == [PLAN, FESTIVAL, ISLAND]
    assert "từ ngày 14/9/2020 đến ngày 30/9/2020" in " ".join(doc_named(PLAN).body)
    assert "(từ ngày 18/02/2019 đến ngày 20/02/2019)" in " ".join(doc_named(FESTIVAL).body)
    assert "từ ngày 01/9/2011 đến ngày 31/8/2016 (05 năm)" in " ".join(doc_named(ISLAND).body)
    assert "kể từ ngày 01 tháng 8 năm 2019" in article(doc_named(DIRECTOR))  # when he starts, not a validity
    # the mining licence's term, printed in the notice: the licence's, never the notice's
    assert "có thời hạn khai thác đến ngày 05 tháng 9 năm 2036" in row(doc_named(QUARRY), "Giấy phép khai thác")[1]
    assert doc_named(ENUMERATOR).body[-1] == "Giấy giới thiệu có giá trị đến hết ngày 30 tháng 6 năm 2022."
    assert "4. Thời hạn giao khu vực biển: 10 năm, đến hết ngày 24 tháng 8 năm 2031." in doc_named(SEA).body
    for slug in (CARD, RAIL, DIRECTOR, QUARRY, FESTIVAL, SURVEY, ISLAND):  # results printing no validity
        assert doc_named(slug).valid_until is None and not STATED.search(" ".join(doc_named(slug).body)), slug


def test_pages_titles_numbers_and_signers_are_printed_as_the_truth_says():
    for doc in BLIND25:
        page, signer, hand, grids = lay_out(doc)
        assert len(page.pages) == (2 if doc.slug == PLAN else 1) and signer[0] == len(page.pages) - 1
        assert grids == [] and not doc.number_under_title
        assert doc.turn == ((-2.0,) if doc.slug == FESTIVAL else ())
        assert bool(doc.addressees) == (doc.slug in (RAIL, CONG_VAN, QUARRY, KHAO_LE, ENUMERATOR, SURVEY)), doc.slug
        first, last = page.truth[0], page.truth[-1]
        assert doc.signer_name in last and all(line in last for line in doc.signer_position)
        assert all(line in first for line in doc.issuer + doc.title + doc.subject)
        lines = [line for texts in page.truth for line in texts]
        assert doc.holder_name is None or any(doc.holder_name in line for line in lines), doc.slug
        assert "Nơi nhận:" in lines and doc.recipients, doc.slug
        fields = doc.fields()
        assert fields["organ_name"] == " ".join(doc.issuer) and fields["signer_full_name"] == doc.signer_name
        assert fields["type_name"] == (" ".join(doc.title) or "CÔNG VĂN") and (doc.title or doc.slug == CONG_VAN)
        assert fields["subject"] == (" ".join(doc.subject) or None)
        assert fields["signer_position"] == " ".join(doc.signer_position)
        assert fields["code_number"] == doc.number and fields["place"] == doc.place
        assert_number_and_date_printed(doc, first, hand)
    assert {doc.slug: doc.handwritten for doc in BLIND25 if doc.handwritten} == {
        PLAN: ("code_number", "issued_date"), RAIL: ("code_number",), ISLAND: ("code_number",)}
    assert {doc.date_text.split()[0] for doc in BLIND25} >= {"4", "04", "10"}  # days with and without a zero
    assert {doc.fields()["type_name"] for doc in BLIND25} == {"GIẤY XÁC NHẬN TIÊM CHỦNG", "KẾ HOẠCH", "THÔNG BÁO",
                                                               "CÔNG VĂN", "QUYẾT ĐỊNH", "GIẤY GIỚI THIỆU",
                                                               "GIẤY XÁC NHẬN"}
    page, signer, _, _ = lay_out(doc_named(PLAN))
    motto = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert motto in page.truth[0] and motto not in page.truth[1] and page.truth[1][0] == "2"
    body_on_two = [run for run in runs(doc_named(PLAN), 1)[1:] if run.y < signer[2] - 100 and run.x < A4[0] / 2]
    assert len(body_on_two) >= 3  # the end of the plan came over with the signer
    assert any(run.text.startswith("6. Kinh phí:") for run in body_on_two)
    assert any(run.text.startswith("Trên đây là Kế hoạch") for run in body_on_two)
    assert any(line.startswith("3. Thời gian, hình thức: từ ngày 14/9/2020") for line in page.truth[0])
    assert not any(run.text.startswith("1. Mục tiêu") for run in runs(doc_named(PLAN), 1))
    letter = lay_out(doc_named(CONG_VAN))[0].truth[0]
    assert "Kính gửi:" in letter and len(doc_named(CONG_VAN).addressees) == 3  # three addressees, a dashed line each
    assert all(f"- {addressee}" in letter for addressee in doc_named(CONG_VAN).addressees)
    schedule = lay_out(doc_named(KHAO_LE))[0].truth[0]
    assert len(doc_named(KHAO_LE).addressees) == 2
    assert all(f"- {addressee}" in schedule for addressee in doc_named(KHAO_LE).addressees)
    for slug in (RAIL, QUARRY, ENUMERATOR, SURVEY):  # one addressee, one centred line
        one = doc_named(slug)
        assert f"Kính gửi: {one.addressees[0]}" in lay_out(one)[0].truth[0] and len(one.addressees) == 1
    rail = doc_named(RAIL)
    assert rail.addressees[0].split(",")[0] == f"Ông {rail.holder_name}"  # the notice's addressee holds it
    for slug in (QUARRY, SURVEY):  # the company addressed is the company on the rows
        assert doc_named(slug).addressees == [doc_named(slug).holder_name]
    assert doc_named(ENUMERATOR).addressees == ["Ủy ban nhân dân xã Hải Phú"]  # the commune never holds it


def test_signer_blocks_issuers_and_names_vary_as_the_docstring_says():
    marks = {doc.signer_position[0].split(" ", 1)[0] for doc in BLIND25}
    assert {"KT.", "TL.", "TM.", "Q.", "TUQ."} <= marks
    assert {tuple(doc.signer_position) for doc in BLIND25} >= {("TRƯỞNG TRẠM",), ("CHỦ TỊCH",), ("TRƯỞNG BAN",),
                                                              ("CHI CỤC TRƯỞNG",), ("Q. GIÁM ĐỐC",)}
    assert {len(doc.signer_name.split()) for doc in BLIND25} == {2, 3, 4, 5}
    stacked = [doc for doc in BLIND25 if "Đ" in doc.signer_name or any(  # a letter under a hat or horn and a tone
        sum(unicodedata.combining(mark) > 0 for mark in unicodedata.normalize("NFD", ch)) >= 2
        for ch in doc.signer_name)]
    assert len(stacked) >= 6
    assert [doc.slug for doc in BLIND25 if len(doc.issuer) == 3] == [KHAO_LE]
    assert [doc.slug for doc in BLIND25 if len(doc.issuer) == 1] == [DIRECTOR]
    council = [doc for doc in BLIND25 if doc.issuer[0] == "ỦY BAN NHÂN DÂN"]
    assert [doc.issuer[1].split(" ", 1)[0] for doc in council] == ["HUYỆN"] * 5
    others = [doc.issuer for doc in BLIND25 if doc not in council and len(doc.issuer) == 2]
    assert others == [["TTYT HUYỆN ĐÔNG SƠN", "TRẠM Y TẾ XÃ ĐÔNG KHÊ"],
                      ["SỞ Y TẾ NINH BÌNH", "TRUNG TÂM Y TẾ HUYỆN KIM SƠN"],
                      ["UBND HUYỆN LẠNG GIANG", "UBND XÃ TÂN DĨNH"],
                      ["CỤC THỐNG KÊ NAM ĐỊNH", "CHI CỤC THỐNG KÊ HẢI HẬU"],
                      ["CỤC THỐNG KÊ BẮC GIANG", "CHI CỤC THỐNG KÊ LỤC NGẠN"]]
    assert doc_named(KHAO_LE).fields()["organ_name"] == "UBND HUYỆN LÝ SƠN BAN TỔ CHỨC LỄ KHAO LỀ THẾ LÍNH HOÀNG SA"
    assert doc_named(DIRECTOR).fields()["organ_name"] == "CÔNG TY CP ĐÁ KIỆN KHÊ"
    assert [doc.slug for doc in BLIND25 if doc.seal is None] == [KHAO_LE]
    assert sum(doc.aim != (0.0, 0.0) for doc in BLIND25) == 8 and len({doc.lift for doc in BLIND25}) >= 4
    assert all(len(doc.seal) <= 40 for doc in BLIND25 if doc.seal)  # the ring holds that many letters
    assert [doc.slug for doc in BLIND25 if len(doc.signer_position) == 3] == [QUARRY]
    assert doc_named(QUARRY).signer_position == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
    assert doc_named(CONG_VAN).signer_position == ["TUQ. CHỦ TỊCH", "TRƯỞNG PHÒNG KINH TẾ VÀ HẠ TẦNG"]
    assert doc_named(ISLAND).signer_position == ["TL. CHỦ TỊCH", "TRƯỞNG PHÒNG NỘI VỤ"]
    assert doc_named(PLAN).signer_position == ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]
    assert doc_named(ENUMERATOR).signer_position == ["KT. CHI CỤC TRƯỞNG", "PHÓ CHI CỤC TRƯỞNG"]
    assert doc_named(SEA).signer_position == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]
    assert doc_named(ENUMERATOR).signer_name == "Cao Thị Thanh Hồng Nhung"
    assert doc_named(FESTIVAL).signer_name == "Bàn Văn Quý" and doc_named(KHAO_LE).signer_name == "Đặng Thưởng"
    assert {doc.issued[:4] for doc in BLIND25} == {"2016", "2019", "2020", "2021", "2022", "2023", "2024"}


def test_tiemchung_holder_is_the_child_and_none_in_the_plan():
    card, plan = of("tiemchung")
    assert card.slug == CARD and card.title == ["GIẤY XÁC NHẬN TIÊM CHỦNG"]
    assert card.fields()["subject"] == "(Cấp cho trẻ em nhập học lớp 1)"
    k, holder = row(card, "Họ và tên trẻ: ")
    assert holder == card.holder_name and card.body[k - 1] == "TRẠM Y TẾ XÃ ĐÔNG KHÊ XÁC NHẬN:"
    assert card.body[k + 1] == f"2. Ngày sinh: 09/3/2017; số định danh cá nhân: {card.holder_id}"
    assert card.body[k + 2].startswith("3. Họ và tên mẹ: Đỗ Thị Phương;")  # the mother: never the holder
    assert_cited_apart(card, r"Thông tư số (\d+)/2018/TT-BYT ngày (.+?) của")
    assert plan.slug == PLAN and plan.title == ["KẾ HOẠCH"] and len(plan.subject) == 2
    assert_grants_nothing(plan)
    assert_cited_apart(plan, r"Kế hoạch số (\d+)/KH-SYT ngày (.+?) của")
    assert_cited_apart(plan, r"Nghị định số (\d+)/2016/NĐ-CP ngày (.+?) của")


def test_duongsat_holder_is_the_house_owner_and_none_in_the_cong_van():
    notice, letter = of("duongsat")
    assert notice.slug == RAIL and notice.title == ["THÔNG BÁO"] and len(notice.subject) == 2
    k, holder = row(notice, "Họ và tên: ")
    assert holder == f"ông {notice.holder_name}"
    assert notice.body[k + 1] == f"2. Ngày sinh: 17/10/1964; số định danh cá nhân: {notice.holder_id}"
    assert "lý trình Km 54+350" in notice.body[k + 2]  # the chainage: never a field
    assert_cited_apart(notice, r"Nghị định số (\d+)/2018/NĐ-CP ngày (.+?) của")
    assert letter.slug == CONG_VAN and letter.title == [] and len(letter.subject) == 2
    assert letter.subject[0].startswith("V/v ")
    fields = letter.fields()
    assert fields["type_name"] == "CÔNG VĂN"
    assert fields["subject"] == "V/v xóa bỏ lối đi tự mở qua đường sắt đoạn qua các xã Bình Nguyên, Bình Long"
    assert_grants_nothing(letter)
    assert "bà Trương Thị Mỹ Lệ, chuyên viên, điện thoại 0255 3851 204" in letter.body[-1]
    assert_cited_apart(letter, r"Văn bản số (\d+)/ĐSNB-KTAT ngày (.+?) của")
    assert_cited_apart(letter, r"Nghị định số (\d+)/2018/NĐ-CP ngày (.+?) của")


def test_khoangsan_holder_is_the_mine_director_or_the_quarry_company():
    director, quarry = of("khoangsan")
    assert director.slug == DIRECTOR and director.subject == ["Về việc bổ nhiệm Giám đốc điều hành mỏ",
                                                              f"đối với ông {director.holder_name}"]
    assert article(director).startswith(f"Điều 1. Bổ nhiệm ông {director.holder_name}, sinh ngày 23/5/1978, "
                                        f"số định danh cá nhân {director.holder_id}, ")
    assert director.holder_id != OWN_CODE and director.body[0] == "GIÁM ĐỐC CÔNG TY CỔ PHẦN ĐÁ KIỆN KHÊ"
    assert_cited_apart(director, r"Giấy phép khai thác khoáng sản số (\d+)/GP-UBND ngày (.+?) của")
    assert quarry.slug == QUARRY and quarry.title == ["THÔNG BÁO"] and len(quarry.subject) == 2
    k, holder = row(quarry, "Tên tổ chức: ")
    assert holder == quarry.holder_name and quarry.body[k + 1] == f"2. Mã số doanh nghiệp: {quarry.holder_id}"
    assert_cited_apart(quarry, r"Giấy phép khai thác khoáng sản số (\d+)/GP-BTNMT ngày (.+?) của")
    assert_cited_apart(quarry, r"Kế hoạch số (\d+)/KH-UBND ngày (.+?) của")


def test_lehoi_holder_is_the_heritage_board_and_none_in_the_schedule():
    festival, schedule = of("lehoi")
    assert festival.slug == FESTIVAL and festival.subject[1] == f"cho {festival.holder_name}"
    assert article(festival).startswith(f"Điều 1. Chấp thuận cho {festival.holder_name}, xã Đông Cuông, ")
    assert festival.holder_id is None and festival.holder_id_type is None
    assert "ông Hoàng Văn Piến, Trưởng Ban Quản lý di tích" in " ".join(festival.body)  # its head: never the holder
    assert_cited_apart(festival, r"văn bản đăng ký số (\d+)/BQLDT ngày (.+?) của")
    assert schedule.slug == KHAO_LE and schedule.title == ["THÔNG BÁO"] and len(schedule.subject) == 2
    assert_grants_nothing(schedule)
    assert "07 giờ 00 ngày 23/3/2024 (tức ngày 14 tháng 2 năm Giáp Thìn)" in " ".join(schedule.body)
    assert_cited_apart(schedule, r"Kế hoạch số (\d+)/KH-UBND ngày (.+?) của")


def test_thongke_holder_is_the_enumerator_or_the_enterprise():
    letter, reminder = of("thongke")
    assert letter.slug == ENUMERATOR and letter.title == ["GIẤY GIỚI THIỆU"] and letter.subject == []
    assert letter.fields()["subject"] is None
    k, holder = row(letter, "Họ và tên: ")
    assert holder == f"bà {letter.holder_name}"
    assert letter.body[k + 1] == f"2. Ngày sinh: 26/8/1990; số định danh cá nhân: {letter.holder_id}"
    assert_cited_apart(letter, r"Quyết định số (\d+)/QĐ-TCTK ngày (.+?) của")
    assert reminder.slug == SURVEY and reminder.title == ["THÔNG BÁO"] and len(reminder.subject) == 2
    k, holder = row(reminder, "Tên doanh nghiệp: ")
    assert holder == reminder.holder_name and reminder.body[k + 1] == f"2. Mã số thuế: {reminder.holder_id}"
    assert "bà Nguyễn Thị Hồng Thắm, thống kê viên" in reminder.body[-1]  # the statistician: never the holder
    assert_cited_apart(reminder, r"Quyết định số (\d+)/QĐ-TCTK ngày (.+?) của")
    assert_cited_apart(reminder, r"Nghị định số (\d+)/2016/NĐ-CP ngày (.+?) của")


def test_haidao_holder_is_the_sea_farmer_or_the_teacher():
    sea, island = of("haidao")
    assert sea.slug == SEA and sea.subject[0] == f"Về việc giao khu vực biển cho ông {sea.holder_name}"
    assert article(sea) == "Điều 1. Giao khu vực biển cho cá nhân có tên sau đây:"
    k, holder = row(sea, "Họ và tên: ")
    assert holder == f"ông {sea.holder_name}"
    assert sea.body[k + 1] == f"2. Ngày sinh: 02/11/1972; số định danh cá nhân: {sea.holder_id}"
    assert_cited_apart(sea, r"Tờ trình số (\d+)/TTr-TNMT ngày (.+?) của")
    assert_cited_apart(sea, r"Nghị định số (\d+)/2021/NĐ-CP ngày (.+?) của")
    assert island.slug == ISLAND and island.title == ["GIẤY XÁC NHẬN"]
    assert island.subject == ["Thời gian công tác tại huyện đảo Bạch Long Vĩ"]
    k, holder = row(island, "Họ và tên: ")
    assert holder == f"ông {island.holder_name}"
    assert island.body[k - 1] == "ỦY BAN NHÂN DÂN HUYỆN BẠCH LONG VĨ XÁC NHẬN:"
    assert island.body[k + 1] == f"2. Ngày sinh: 15/4/1984; số chứng minh nhân dân: {island.holder_id}"
    assert island.holder_id.startswith("031")  # Hải Phòng's identity cards
    assert_cited_apart(island, r"Nghị định số (\d+)/2010/NĐ-CP ngày (.+?) của")


def test_printed_lines_stay_inside_the_margins_and_apart():
    for doc in BLIND25:
        assert_printed_inside_and_apart(doc, LEFT_C)


def test_the_hand_comes_down_across_the_name_and_the_seal_over_the_position():
    """As blind9's: with an aim the printed name sits inside the signature's height, in its upper three
    quarters, most of the time; without, rarely; the lifted seal reaches 6 pt or more into the
    position's last line, its centre left of the line's middle."""
    for doc in BLIND25:
        assert_hand_and_seal_placed(doc)


def test_the_tilted_scan_keeps_its_size_and_turns_two_degrees_clockwise():
    assert {doc.slug: doc.turn for doc in BLIND25 if doc.turn} == {FESTIVAL: (-2.0,)}
    assert_turned(turned, doc_named(FESTIVAL).turn)


def test_the_written_files_open_with_their_truth(written):
    out, paths = written
    assert [path.name for path in paths] == [f"{PLAN}-scan.pdf", f"{KHAO_LE}-photo.jpg"]
    for path in paths:
        slug = path.stem.rsplit("-", 1)[0]
        assert_written_file_opens(out, path, doc_named(slug), 2 if slug == PLAN else 1)
    one_page = [k for k, doc in enumerate(BLIND25) if doc.slug != PLAN]
    assert 4 <= sum(k % 2 == 1 for k in one_page) <= 6  # the full set: half the photos without a DPI
    assert next(k for k, doc in enumerate(BLIND25) if doc.slug == KHAO_LE) % 2 == 1


def test_page_one_holds_only_the_hand_written_number_and_day_and_page_two_the_signature_and_seal(written):
    out, _ = written
    doc = doc_named(PLAN)
    _, _, hand, _ = lay_out(doc)
    blue, red = inks(scan_pixels(out, PLAN, 0))
    for _, hx, hy, _text in hand:
        assert ink_in(blue, hx - 30, hy - 26, hx + 30, hy + 8) > 150
    header = max(hy for _, _, hy, _ in hand) + 20  # below the header: no ink on page 1, no seal anywhere on it
    assert ink_in(blue, 40, header, A4[0] - 40, A4[1] - 40) == 0 and int(red.sum()) == 0
    last, name, signer = signer_runs(doc)
    blue, red = inks(scan_pixels(out, PLAN, 1))
    x = signer[1]
    assert ink_in(blue, x - 110, last.y - 20, x + 110, name.y + 40) > 1500  # the signature
    assert ink_in(blue, 40, 40, A4[0] - 40, last.y - 25) == 0  # nothing else blue on page 2
    assert ink_in(blue, *box(name)) > 40  # across the printed name
    seal = ink_in(red, x - 150, signer[2] - 110, x + 10, signer[2] + 40)
    assert seal > 5000 and ink_in(red, x + 20, signer[2] - 110, A4[0] - 40, signer[2] + 40) < 0.05 * seal
    x0, y0, _, y1 = box(last)
    assert ink_in(red, x0, y0, x0 + 30, y1) > 40  # over the position's last line, at its left end

"""Blind set 18 (samples/blind18.py) is measured by benchmarks/fields.py only, never used to change a rule.
These check the generator, cheaply: every family is drawn as its docstring says and the truth follows
the stated conventions and the printed text, for all twelve documents through ``lay_out`` alone; the
signature and the seal land where the layout and the document's ``aim`` and ``lift`` put them; the
sideways scan is turned as ``turn`` says (checked on a small image); and only three files (four pages)
are actually rendered: the công văn numbered and dated by hand, the two-page scan with its signature and
seal on page 2, and the unsealed document's phone photo, written with their truth files, their ink
looked for where it belongs."""

from __future__ import annotations

import re
import sys
import unicodedata
from datetime import date

import pytest
from blind_layout import (
    DMY,
    article,
    assert_hand_and_seal_placed,
    assert_printed_inside_and_apart,
    assert_signed_and_sealed_on_page_two_only,
    assert_unlike_earlier_sets,
    assert_written_file_opens,
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
from PIL import Image

sys.path.insert(0, str(ROOT / "samples"))
from blind5 import LEFT_C
from blind9 import turned
from blind17 import BLIND17
from blind18 import BLIND18, FAMILIES, LEVELS, Doc9, make_blind18
from heldout import BLIND, DOCS, FRESH
from make_samples import A4

from tthc_digitize.extract.identifiers import cccd_ok, tax_code_ok

BEFORE = earlier_sets(18)  # blind2 to blind17
HELD_OUT = (*DOCS, *FRESH, *BLIND)

BIRTH_CERT = "giay-khai-sinh-giang-a-chu-ta-van"  # its number alone written by hand
DEATH = "trich-luc-khai-tu-thach-sa-phon"
LEGAL_AID = "qd-cu-tro-giup-phap-ly-quang-thi-on"
CORRECTION = "trich-luc-cai-chinh-ho-tich-phuoc-hau"
PERMIT = "gp-moi-truong-xuong-ket-cau-thep-ky-trinh"
BY_HAND = "cv-dia-diem-nha-xuong-bao-bi-nhut-ninh"  # the set's one công văn, too
FARM = "gcn-trang-trai-lon-thieu-phat-binh-gia"
TWO_PAGES = "qd-ho-tro-di-doi-trai-ga-gia-kiem"
LAO = "qd-hoc-bong-luu-hoc-sinh-lao-viet-yen"
UNSEALED = "qd-hoc-bong-chinh-sach-ly-thi-xe"  # drawn as its phone photo
SIDEWAYS = "gcn-kiem-dinh-xe-tai-tan-dong-hiep"
MOTORBIKE = "gcn-dang-ky-xe-may-hau-thi-my"
# each person holder with a personal number: the province code it opens with and their sex
PERSONS = {BIRTH_CERT: ("010", "M"), DEATH: ("084", "M"), LEGAL_AID: ("014", "F"), CORRECTION: ("058", "F"),
           FARM: ("020", "M"), UNSEALED: ("011", "F"), MOTORBIKE: ("010", "F")}
FOREIGN = {LAO: "P2461837"}  # holders known by a passport only
VALID = {PERMIT: "2030-08-14", FARM: "2027-11-23", LAO: "2020-06-30", UNSEALED: "2024-05-31",
         SIDEWAYS: "2025-09-18"}
# a validity: "có giá trị …", "có hiệu lực …", "Thời hạn …:" or "Thời gian hưởng học bổng:", then "đến (hết) ngày …"
STATED = re.compile(r"(có giá trị|có hiệu lực|Thời hạn[^:]*:|Thời gian hưởng học bổng:) .*đến (?:hết )?ngày ")
BIRTH = re.compile(r"(?:[Ss]inh ngày:?|Ngày sinh:|Ngày, tháng, năm sinh:) (\d{1,2})/(\d{1,2})/(\d{4})")
ID12 = re.compile(r"(?<!\d)\d{12}(?!\d)")
ID10 = re.compile(r"(?<!\d)\d{10}(?!\d)")
PASSPORT = re.compile(r"hộ chiếu số ([A-Z]?\d{7,8})")


def of(name: str) -> list[Doc9]:
    return [doc for doc in BLIND18 if doc.family == name]


def doc_named(slug: str) -> Doc9:
    return next(doc for doc in BLIND18 if doc.slug == slug)


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    """Three files only, drawn as in the measured set (same seeds, same DPI), to keep this module cheap:
    the scan numbered and dated by hand, the two-page scan, and one JPEG photo. All 24 take over a minute."""
    out = tmp_path_factory.mktemp("blind18")
    scans = make_blind18(out, levels=("scan",), only={BY_HAND, TWO_PAGES})
    return out, scans + make_blind18(out, levels=("photo",), only={UNSEALED})


def test_twelve_documents_in_six_families_named_unlike_any_earlier_set():
    assert_unlike_earlier_sets(BLIND18, FAMILIES, LEVELS, BEFORE, HELD_OUT)
    assert {doc.family for doc in BLIND17} <= {doc.family for doc in BEFORE}  # blind17 counts as earlier


def test_dates_check_digits_personal_numbers_and_passports_are_real():
    for doc in BLIND18:
        assert DMY.fullmatch(doc.date_text) and iso(doc.date_text) == doc.issued, doc.slug
        issued = date.fromisoformat(doc.issued)
        assert 2018 <= issued.year <= 2024 and issued.weekday() < 5, doc.slug
        text = printed(doc)
        for digits, valid in ((10, tax_code_ok), (12, cccd_ok)):  # every tax code and personal number printed
            assert all(valid(found) for found in re.findall(rf"(?<!\d)\d{{{digits}}}(?!\d)", text)), doc.slug
        for day, month, year in DMY.findall(text) + re.findall(r"(?<!\d)(\d{1,2})/(\d{1,2})/(\d{4})", text):
            date(int(year), int(month), int(day))  # every date printed exists
        if doc.holder_id:
            check = {"tax_code": tax_code_ok, "cccd": cccd_ok}[doc.holder_id_type]
            assert doc.holder_id in text and check(doc.holder_id), doc.slug
        else:
            assert doc.holder_id_type is None, doc.slug
        body = " ".join(doc.body)
        for born in BIRTH.finditer(body):  # a personal number agreeing with the year comes next, or a passport
            rest = body[born.end():]
            following, passport = ID12.search(rest), PASSPORT.search(rest)
            if passport and (not following or passport.start() < following.start()):
                assert doc.slug in FOREIGN and passport.group(1) == FOREIGN[doc.slug], doc.slug
            else:
                assert following and cccd_ok(following.group(), int(born.group(3))), doc.slug
            assert int(born.group(3)) < issued.year
        if doc.holder_id_type == "cccd":
            province, sex = PERSONS[doc.slug]
            after = body[body.index(doc.holder_name):]  # the holder's own number and birth come next
            assert ID12.search(after).group() == doc.holder_id, doc.slug
            born = BIRTH.search(after)
            assert born and born.start() < after.index(doc.holder_id) and born.group(3)[2:] == doc.holder_id[4:6]
            century = 2 * (int(born.group(3)) >= 2000)  # 0/1 for the 1900s, 2/3 for the 2000s
            assert doc.holder_id[:3] == province and int(doc.holder_id[3]) == century + (sex == "F"), doc.slug
    assert {doc.slug for doc in BLIND18 if doc.holder_id_type == "cccd"} == set(PERSONS)
    assert {doc.family for doc in BLIND18 if doc.holder_id_type == "tax_code"} == {"nhaxuong", "chonuoi",
                                                                                  "dangkiemxe"}
    assert [doc.slug for doc in BLIND18 if doc.holder_name and not doc.holder_id] == [LAO]
    assert [doc.slug for doc in BLIND18 if doc.holder_name is None] == [BY_HAND]
    for slug, passport in FOREIGN.items():  # a foreign holder: a passport, no personal number printed
        doc = doc_named(slug)
        assert PASSPORT.findall(" ".join(doc.body)) == [passport] and not ID12.search(" ".join(doc.body)), slug
    codes = [found for doc in BLIND18 for found in ID10.findall(" ".join(doc.body))]
    assert len(codes) == len(set(codes))  # no company is printed twice across the set
    assert doc_named(BIRTH_CERT).holder_id[3] == "2"  # a child born in 2019


def test_valid_until_is_the_date_after_den_ngay_and_a_period_gives_none():
    for doc in BLIND18:
        stated = [re.split(r"đến (?:hết )?ngày ", text, maxsplit=1)[1] for text in doc.body if STATED.search(text)]
        assert len(stated) <= 1, doc.slug
        assert doc.valid_until == (iso(stated[0]) if stated else None) == VALID.get(doc.slug), doc.slug
        if doc.valid_until:
            assert doc.valid_until > doc.issued, doc.slug
    periods = [doc for doc in BLIND18 if re.search(r"\d+ (năm|tháng) kể từ ngày", " ".join(doc.body))]
    assert [doc.slug for doc in periods] == [BY_HAND, TWO_PAGES]
    assert all(doc.valid_until is None for doc in periods)
    assert row(doc_named(TWO_PAGES), "Thời gian thực hiện di dời: ")[1].startswith("12 tháng kể từ ngày Quyết")
    assert "07 năm, từ ngày 15 tháng 8 năm 2023 đến ngày" in article(doc_named(PERMIT), 2)


def test_pages_titles_numbers_and_signers_are_printed_as_the_truth_says():
    for doc in BLIND18:
        page, signer, hand, grids = lay_out(doc)
        assert len(page.pages) == (2 if doc.slug == TWO_PAGES else 1) and signer[0] == len(page.pages) - 1
        assert grids == [] and not doc.number_under_title
        assert doc.turn == ((90.0,) if doc.slug == SIDEWAYS else ())
        assert bool(doc.addressees) == (doc.slug == BY_HAND) and len(doc.addressees) <= 1
        first, last = page.truth[0], page.truth[-1]
        assert doc.signer_name in last and all(line in last for line in doc.signer_position)
        assert all(line in first for line in doc.issuer + doc.title + doc.subject)
        lines = [line for texts in page.truth for line in texts]
        assert doc.holder_name is None or any(doc.holder_name in line for line in lines), doc.slug
        assert "Nơi nhận:" in lines and doc.recipients, doc.slug
        fields = doc.fields()
        assert fields["organ_name"] == " ".join(doc.issuer) and fields["signer_full_name"] == doc.signer_name
        assert fields["type_name"] == (" ".join(doc.title) or "CÔNG VĂN") and (doc.title or doc.slug == BY_HAND)
        assert fields["subject"] == (" ".join(doc.subject) or None)
        assert fields["signer_position"] == " ".join(doc.signer_position)
        assert fields["code_number"] == doc.number and fields["place"] == doc.place
        rest = doc.date_text.split(" ", 1)[1]
        written_in = [text for *_, text in hand]
        if "code_number" in doc.handwritten:
            assert f"Số: {doc.blank}/{doc.notation}" in first and doc.number in written_in
        else:
            assert f"Số: {doc.number}/{doc.notation}" in first
        if "issued_date" in doc.handwritten:
            assert f"{doc.place}, ngày {doc.blank} {rest}" in first and doc.date_text.split()[0] in written_in
        else:
            assert f"{doc.place}, ngày {doc.date_text}" in first
        assert len(hand) == len(doc.handwritten) and {n for n, *_ in hand} <= {0}
    assert {doc.slug: doc.handwritten for doc in BLIND18 if doc.handwritten} == {
        BIRTH_CERT: ("code_number",), BY_HAND: ("code_number", "issued_date")}
    page, signer, _, _ = lay_out(doc_named(TWO_PAGES))
    motto = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert motto in page.truth[0] and motto not in page.truth[1] and page.truth[1][0] == "2"
    body_on_two = [run for run in runs(doc_named(TWO_PAGES), 1)[1:] if run.y < signer[2] - 100 and run.x < A4[0] / 2]
    assert len(body_on_two) >= 3  # the end of the body came over with the signer
    assert any(run.text.startswith("Điều 2. Trách nhiệm của Hợp tác xã") for run in body_on_two)
    assert any(run.text.startswith("Điều 4. Quyết định này có hiệu lực") for run in body_on_two)
    assert any(line.startswith("Điều 1. Hỗ trợ kinh phí di dời") for line in page.truth[0])
    assert any(line.startswith("6. Thời gian thực hiện di dời") for line in page.truth[0])
    cong_van = lay_out(doc_named(BY_HAND))[0].truth[0]
    assert f"Kính gửi: {doc_named(BY_HAND).addressees[0]}" in cong_van


def test_signer_blocks_issuers_and_names_vary_as_the_docstring_says():
    marks = {doc.signer_position[0].split(" ", 1)[0] for doc in BLIND18}
    assert {"KT.", "TL.", "TM.", "Q.", "TUQ."} <= marks
    assert {tuple(doc.signer_position) for doc in BLIND18} >= {
        ("GIÁM ĐỐC",), ("CHỦ TỊCH",), ("TRƯỞNG PHÒNG",), ("Q. TRƯỞNG PHÒNG",), ("TRƯỞNG CÔNG AN HUYỆN",)}
    assert {len(doc.signer_name.split()) for doc in BLIND18} == {2, 3, 4, 5}
    stacked = [doc for doc in BLIND18 if "Đ" in doc.signer_name or any(  # a letter under a hat or horn and a tone
        sum(unicodedata.combining(mark) > 0 for mark in unicodedata.normalize("NFD", ch)) >= 2
        for ch in doc.signer_name)]
    assert len(stacked) >= 6
    three = [doc.slug for doc in BLIND18 if len(doc.issuer) == 3]
    assert three == [LEGAL_AID, LAO] and all(1 <= len(doc.issuer) <= 3 for doc in BLIND18)
    council = [doc for doc in BLIND18 if doc.issuer[0] == "ỦY BAN NHÂN DÂN"]
    assert [doc.issuer[1].split(" ", 1)[0] for doc in council] == ["XÃ", "XÃ", "HUYỆN", "THỊ", "HUYỆN"]
    parent_child = [doc for doc in BLIND18 if doc not in council and len(doc.issuer) == 2]
    assert len(parent_child) == 5
    assert [doc.slug for doc in BLIND18 if doc.seal is None] == [UNSEALED]
    assert sum(doc.aim != (0.0, 0.0) for doc in BLIND18) == 8 and len({doc.lift for doc in BLIND18}) >= 4
    assert all(len(doc.seal) <= 40 for doc in BLIND18 if doc.seal)  # the ring holds that many letters
    assert [len(doc.signer_position) for doc in BLIND18].count(3) == 1  # "TM." / "KT." / "PHÓ CHỦ TỊCH"
    assert doc_named(TWO_PAGES).signer_position == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
    assert doc_named(LEGAL_AID).signer_position == ["TUQ. GIÁM ĐỐC", "TRƯỞNG CHI NHÁNH"]
    assert doc_named(CORRECTION).signer_position == ["TL. CHỦ TỊCH", "TRƯỞNG PHÒNG TƯ PHÁP"]
    assert doc_named(SIDEWAYS).signer_name.split()[0] == "Ông"  # a family name, kept
    assert {doc.issued[:4] for doc in BLIND18} == {str(year) for year in range(2018, 2025)}


def test_khaisinh_holder_is_the_person_registered_never_a_parent_or_the_declarant():
    birth, death = of("khaisinh")
    assert birth.slug == BIRTH_CERT and birth.title == ["GIẤY KHAI SINH"] and not birth.subject
    assert birth.issuer == ["ỦY BAN NHÂN DÂN", "XÃ TẢ VAN"]
    assert row(birth, "Họ, chữ đệm, tên: ") == (0, birth.holder_name)
    assert birth.body[1].startswith("Ngày, tháng, năm sinh: 06/12/2019; ghi bằng chữ: ")
    assert row(birth, "Số định danh cá nhân: ")[1] == birth.holder_id
    mother = row(birth, "Họ, chữ đệm, tên người mẹ: ")[1].split(";")[0]
    father = row(birth, "Họ, chữ đệm, tên người cha: ")[1].split(";")[0]
    assert birth.holder_name not in (mother, father)
    assert row(birth, "Người đi khai sinh: ")[1].startswith(f"{father}; ")
    assert birth.valid_until is None and birth.signer_position == ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
    assert death.slug == DEATH and death.title == ["TRÍCH LỤC KHAI TỬ"] and not death.subject
    assert row(death, "Họ, chữ đệm, tên người đã chết: ") == (0, death.holder_name)
    assert death.body[1] == f"Ngày, tháng, năm sinh: 05/3/1941; số định danh cá nhân: {death.holder_id}"
    declarant = re.fullmatch(r"([^;]+); số định danh cá nhân: (\d{12}); quan hệ .+",
                             row(death, "Người đi khai tử: ")[1])
    assert declarant.group(1) != death.holder_name and declarant.group(2) != death.holder_id
    assert cccd_ok(declarant.group(2))
    notice = re.search(r"Giấy báo tử số (\d+)/GBT .+? ngày (.+)$", death.body[row(death, "Giấy báo tử ")[0]])
    assert notice.group(1) != death.number and iso(notice.group(2)) != death.issued
    assert death.signer_position == ["CHỦ TỊCH"] and death.valid_until is None


def test_tuphap_holder_is_the_aided_woman_or_the_corrected_one_never_the_officer():
    aid, correction = of("tuphap")
    assert aid.slug == LEGAL_AID
    assert aid.issuer == ["SỞ TƯ PHÁP TỈNH SƠN LA", "TRUNG TÂM TGPL NHÀ NƯỚC", "CHI NHÁNH SỐ 3"]
    assert aid.subject == ["Về việc cử người thực hiện trợ giúp pháp lý"]
    assert article(aid).startswith("Điều 1. Cử ông Lò Văn Thiêm, Trợ giúp viên pháp lý, ")
    k, holder = row(aid, "Họ và tên: ")
    assert holder == f"bà {aid.holder_name}" and "Lò Văn Thiêm" != aid.holder_name
    assert aid.body[k + 1] == f"2. Ngày sinh: 12/3/1969; số định danh cá nhân: {aid.holder_id}"
    assert aid.valid_until is None
    assert correction.slug == CORRECTION and correction.title == ["TRÍCH LỤC THAY ĐỔI, CẢI CHÍNH HỘ TỊCH"]
    assert not correction.subject and correction.issuer == ["ỦY BAN NHÂN DÂN", "HUYỆN NINH PHƯỚC"]
    assert row(correction, "Họ, chữ đệm, tên: ") == (0, correction.holder_name)
    assert correction.body[1] == f"Ngày, tháng, năm sinh: 20/11/1990; số định danh cá nhân: {correction.holder_id}"
    registered = re.search(r"ngày (.+?); số: (\d+), quyển", row(correction, "Đã đăng ký khai sinh ")[1])
    assert registered.group(2) != correction.number and iso(registered.group(1)) != correction.issued
    assert row(correction, "Nội dung cải chính: ")[1].endswith("từ 02/11/1990 thành 20/11/1990")
    assert correction.valid_until is None


def test_nhaxuong_holder_is_the_permitted_company_and_none_in_the_cong_van():
    permit, letter = of("nhaxuong")
    assert permit.slug == PERMIT and permit.title == ["GIẤY PHÉP MÔI TRƯỜNG"] and not permit.subject
    assert permit.issuer == ["ỦY BAN NHÂN DÂN", "THỊ XÃ KỲ ANH"]
    holder = permit.holder_name
    assert article(permit).startswith(f"Điều 1. Cấp phép cho {holder}, mã số doanh nghiệp {permit.holder_id}, ")
    operator = re.fullmatch(r"(Công ty [^,]+), mã số doanh nghiệp (\d{10})\.",
                            row(permit, "Đơn vị vận hành hệ thống xử lý: ")[1])
    assert operator and operator.group(1) != holder and tax_code_ok(operator.group(2))
    asked = re.search(r"văn bản số (\d+)/CV-KTT ngày (.+?) của (.+?) đề nghị", " ".join(permit.body))
    assert asked.group(1) != permit.number and iso(asked.group(2)) != permit.issued and asked.group(3) == holder
    assert permit.signer_position == ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
    assert letter.slug == BY_HAND and letter.title == [] and len(letter.subject) == 2
    assert letter.subject[0].startswith("V/v ")
    fields = letter.fields()
    assert fields["type_name"] == "CÔNG VĂN"
    assert fields["subject"] == ("V/v ý kiến về địa điểm xây dựng nhà xưởng sản xuất bao bì giấy tại xã Nhựt "
                                 "Ninh")
    assert all(fields[key] is None for key in ("holder_name", "holder_id", "holder_id_type", "valid_until"))
    company = letter.addressees[0]
    asked = re.search(rf"văn bản số (\d+)/2021/CV-PL ngày (.+?) của {company}, mã số doanh nghiệp (\d{{10}}),",
                      letter.body[0])
    assert asked and asked.group(1) != letter.number and iso(asked.group(2)) != letter.issued
    assert tax_code_ok(asked.group(3)) and "12 tháng kể từ ngày ký" in letter.body[-1]


def test_chonuoi_holder_is_the_farmer_or_the_cooperative_never_the_farm_or_the_consultant():
    farm, subsidy = of("chonuoi")
    assert farm.slug == FARM and farm.title == ["GIẤY CHỨNG NHẬN"]
    assert farm.fields()["subject"] == "Cơ sở chăn nuôi trang trại quy mô vừa đủ điều kiện chăn nuôi"
    named, name = row(farm, "Tên cơ sở: ")
    k, holder = row(farm, "Chủ cơ sở: ")
    assert named < k and holder == farm.holder_name
    assert farm.holder_name.split()[-1] in name and farm.holder_name not in name  # his first name names the farm
    assert farm.body[k + 1] == f"4. Ngày sinh: 08/7/1976; số định danh cá nhân: {farm.holder_id}"
    assert farm.signer_position == ["TRƯỞNG PHÒNG"]
    assert subsidy.slug == TWO_PAGES and len(subsidy.subject) == 2
    holder = subsidy.holder_name
    assert not any(holder in line for line in subsidy.subject)
    assert article(subsidy).split(" cho ", 1)[1].startswith(f"{holder}, mã số hợp tác xã {subsidy.holder_id}, ")
    consultant = re.fullmatch(r"(Công ty [^,]+), mã số doanh nghiệp (\d{10})\.",
                              row(subsidy, "Đơn vị tư vấn lập hồ sơ môi trường: ")[1])
    assert consultant and consultant.group(1) != holder and tax_code_ok(consultant.group(2))
    cited = re.search(r"văn bản số (\d+)/CV-HTX ngày (.+?) của (.+?) và Tờ trình số (\d+)/TTr-NN ngày (.+?) của",
                      " ".join(subsidy.body))
    assert cited.group(3) == holder
    for number, day in ((cited.group(1), cited.group(2)), (cited.group(4), cited.group(5))):
        assert number != subsidy.number and iso(day) != subsidy.issued
    assert subsidy.valid_until is None


def test_hocbong_holder_is_the_lao_student_or_the_pupil_in_the_subject():
    lao, pupil = of("hocbong")
    assert lao.slug == LAO and lao.issuer == ["BỘ NÔNG NGHIỆP VÀ PTNT", "TRƯỜNG ĐẠI HỌC", "NÔNG LÂM BẮC GIANG"]
    assert article(lao).startswith(f"Điều 1. Cấp học bổng cho anh {lao.holder_name}, quốc tịch Lào, sinh ngày "
                                   "14/9/1998, hộ chiếu số P2461837, ")
    assert lao.holder_id is None and lao.holder_id_type is None
    asked = re.search(r"văn bản số (\d+)/BGDĐT-HTQT ngày (.+?) của", " ".join(lao.body))
    assert asked.group(1) != lao.number and iso(asked.group(2)) != lao.issued
    assert row(lao, "Giáo viên chủ nhiệm: ")[1].startswith("bà ")
    assert lao.signer_position == ["KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG"]
    assert pupil.slug == UNSEALED and pupil.subject == ["Về việc cấp học bổng chính sách",
                                                        f"đối với học sinh {pupil.holder_name}"]
    assert article(pupil).startswith(f"Điều 1. Cấp học bổng chính sách cho em {pupil.holder_name}, sinh ngày "
                                     f"03/6/2010, số định danh cá nhân {pupil.holder_id}, ")
    assert row(pupil, "Thời gian hưởng học bổng: ")[1] == "từ ngày 05 tháng 9 năm 2023 đến ngày 31 tháng 5 năm 2024."
    assert pupil.seal is None and pupil.signer_position == ["Q. TRƯỞNG PHÒNG"]


def test_dangkiemxe_holder_is_the_owner_never_the_vehicle():
    lorry, motorbike = of("dangkiemxe")
    assert lorry.slug == SIDEWAYS
    assert lorry.title == ["GIẤY CHỨNG NHẬN KIỂM ĐỊNH AN TOÀN KỸ THUẬT", "VÀ BẢO VỆ MÔI TRƯỜNG XE CƠ GIỚI"]
    assert not lorry.subject and lorry.issuer == ["SỞ GTVT TỈNH BÌNH DƯƠNG", "TRUNG TÂM ĐĂNG KIỂM 61-02D"]
    plate, registered = row(lorry, "Biển đăng ký: ")
    k, holder = row(lorry, "Chủ phương tiện: ")
    assert plate < k and registered == "61H-047.92" and holder == lorry.holder_name
    assert lorry.body[k + 1] == f"7. Mã số doanh nghiệp: {lorry.holder_id}"
    assert lorry.number not in row(lorry, "Số quản lý phương tiện: ")[1]
    assert row(lorry, "Giấy chứng nhận có hiệu lực ")[1] == "đến hết ngày 18 tháng 9 năm 2025."
    assert lorry.signer_position == ["GIÁM ĐỐC"]
    assert motorbike.slug == MOTORBIKE and motorbike.title == ["GIẤY CHỨNG NHẬN ĐĂNG KÝ XE MÔ TÔ, XE GẮN MÁY"]
    assert not motorbike.subject and motorbike.issuer == ["CÔNG AN TỈNH LÀO CAI", "CÔNG AN HUYỆN BẢO THẮNG"]
    k, holder = row(motorbike, "Tên chủ xe: ")
    assert holder == motorbike.holder_name
    assert motorbike.body[k + 1] == f"Ngày sinh: 21/02/1994; số định danh cá nhân: {motorbike.holder_id}"
    assert row(motorbike, "Biển số đăng ký: ")[1] == "24B2-318.46"
    assert motorbike.valid_until is None and motorbike.signer_position == ["TRƯỞNG CÔNG AN HUYỆN"]


def test_printed_lines_stay_inside_the_margins_and_apart():
    for doc in BLIND18:
        assert_printed_inside_and_apart(doc, LEFT_C)


def test_the_hand_comes_down_across_the_name_and_the_seal_over_the_position():
    """As blind9's: with an aim the printed name sits inside the signature's height, in its upper three
    quarters, most of the time; without, rarely; the lifted seal reaches 6 pt or more into the
    position's last line, its centre left of the line's middle."""
    for doc in BLIND18:
        assert_hand_and_seal_placed(doc)


def test_the_sideways_scan_is_turned_a_quarter_counterclockwise():
    page = Image.new("RGB", (200, 300), (255, 255, 255))
    page.putpixel((0, 0), (0, 0, 0))
    (sideways,) = turned([page], doc_named(SIDEWAYS).turn)
    assert sideways.size == (300, 200)
    assert sideways.getpixel((0, 200 - 1)) == (0, 0, 0)  # counterclockwise: the top left went bottom left
    assert {doc.slug for doc in BLIND18 if doc.turn} == {SIDEWAYS}


def test_the_written_files_open_with_their_truth(written):
    out, paths = written
    assert [path.name for path in paths] == [f"{BY_HAND}-scan.pdf", f"{TWO_PAGES}-scan.pdf", f"{UNSEALED}-photo.jpg"]
    for path in paths:
        slug = path.stem.rsplit("-", 1)[0]
        assert_written_file_opens(out, path, doc_named(slug), 2 if slug == TWO_PAGES else 1)
    one_page = [k for k, doc in enumerate(BLIND18) if doc.slug != TWO_PAGES]
    assert 4 <= sum(k % 2 == 1 for k in one_page) <= 6  # the full set: half the photos without a DPI
    assert [k for k, doc in enumerate(BLIND18) if doc.slug == UNSEALED][0] % 2 == 1


def test_signature_and_seal_are_inked_on_page_two_and_nothing_on_page_one(written):
    assert_signed_and_sealed_on_page_two_only(written[0], doc_named(TWO_PAGES))


def test_the_number_and_the_day_are_written_into_their_blanks(written):
    out, _ = written
    doc = doc_named(BY_HAND)
    _, _, hand, _ = lay_out(doc)
    last, _, signer = signer_runs(doc)
    blue, red = inks(scan_pixels(out, BY_HAND, 0))
    for _, hx, hy, _text in hand:
        assert ink_in(blue, hx - 30, hy - 26, hx + 30, hy + 8) > 150
    header = max(hy for _, _, hy, _ in hand) + 20  # below the header and above the signer: no ink
    assert ink_in(blue, 40, header, A4[0] - 40, last.y - 25) == 0
    assert ink_in(red, 40, header, A4[0] - 40, last.y - 60) == 0
    assert ink_in(red, signer[1] - 150, signer[2] - 110, signer[1] + 10, signer[2] + 40) > 5000

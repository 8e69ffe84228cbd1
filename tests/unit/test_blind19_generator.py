"""Blind set 19 (samples/blind19.py) is measured by benchmarks/fields.py only, never used to change a rule.
These check the generator, cheaply: every family is drawn as its docstring says and the truth follows
the stated conventions and the printed text, for all twelve documents through ``lay_out`` alone; the
signature and the seal land where the layout and the document's ``aim`` and ``lift`` put them; the
tilted scan is turned as ``turn`` says (checked on a small image); and only three files (four pages)
are actually rendered: the plan numbered and dated by hand, the two-page scan with its signature and
seal on page 2, and the unsealed report's phone photo, written with their truth files, their ink
looked for where it belongs."""

from __future__ import annotations

import re
import sys
import unicodedata
from datetime import date

import numpy as np
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
from blind18 import BLIND18
from blind19 import BLIND19, FAMILIES, LEVELS, Doc9, make_blind19
from heldout import BLIND, DOCS, FRESH
from make_samples import A4, PAPER

from tthc_digitize.extract.identifiers import cccd_ok, tax_code_ok

BEFORE = earlier_sets(19)  # blind2 to blind18
HELD_OUT = (*DOCS, *FRESH, *BLIND)

HOUSE = "gcn-so-nha-tieu-van-khoi-quang-yen"  # its number alone written by hand; no number printed for its holder
PLAN = "kh-danh-so-gan-bien-so-nha-tan-uyen"  # numbered and dated by hand
TWO_PAGES = "qd-ket-qua-lua-chon-nha-thau-huoi-mot"
REPORT = "bc-cong-tac-dau-thau-ham-yen"  # unsealed, drawn as its phone photo
HOUSING = "qd-ho-tro-nha-o-nguoi-co-cong-ma-thi-phan"
REFERRAL = "ggt-di-chuyen-ho-so-thuong-binh-na-ri"
CERTIFICATE = "chung-chi-so-cap-dam-thi-dinh-ha-quang"  # its number alone written by hand
TRAINING = "qd-giao-dao-tao-nghe-so-cap-ea-sup"
STALL = "gcn-diem-kinh-doanh-cho-ba-don"
CONG_VAN = "cv-chuyen-doi-quan-ly-cho-trang-son"  # the set's one công văn
TILTED = "gcn-dai-bieu-hdnd-phan-thi-may-trinh-tuong"
HEAD = "qd-cong-nhan-truong-ban-che-can"
# each person holder with a personal number: the province code it opens with and their sex
PERSONS = {HOUSING: ("008", "F"), REFERRAL: ("006", "M"), CERTIFICATE: ("004", "F"), STALL: ("044", "F"),
           TILTED: ("010", "F"), HEAD: ("011", "M")}
VALID = {REFERRAL: "2023-10-31", STALL: "2027-12-31"}
# a validity: "có giá trị …", "có hiệu lực …" or "Thời hạn …:", then "đến (hết) ngày …"
STATED = re.compile(r"(có giá trị|có hiệu lực|Thời hạn[^:]*:) .*đến (?:hết )?ngày ")
BIRTH = re.compile(r"(?:[Ss]inh ngày:?|Ngày sinh:|Ngày, tháng, năm sinh:) (\d{1,2})/(\d{1,2})/(\d{4})")
ID12 = re.compile(r"(?<!\d)\d{12}(?!\d)")
ID10 = re.compile(r"(?<!\d)\d{10}(?!\d)")


def of(name: str) -> list[Doc9]:
    return [doc for doc in BLIND19 if doc.family == name]


def doc_named(slug: str) -> Doc9:
    return next(doc for doc in BLIND19 if doc.slug == slug)


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    """Three files only, drawn as in the measured set (same seeds, same DPI), to keep this module cheap:
    the scan numbered and dated by hand, the two-page scan, and one JPEG photo. All 24 take over a minute."""
    out = tmp_path_factory.mktemp("blind19")
    scans = make_blind19(out, levels=("scan",), only={PLAN, TWO_PAGES})
    return out, scans + make_blind19(out, levels=("photo",), only={REPORT})


def test_twelve_documents_in_six_families_named_unlike_any_earlier_set():
    assert_unlike_earlier_sets(BLIND19, FAMILIES, LEVELS, BEFORE, HELD_OUT)
    assert {doc.family for doc in BLIND18} <= {doc.family for doc in BEFORE}  # blind18 counts as earlier


def test_dates_check_digits_and_personal_numbers_are_real():
    for doc in BLIND19:
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
        assert "hộ chiếu" not in body, doc.slug  # nobody here is known by a passport
        for born in BIRTH.finditer(body):  # a personal number agreeing with the year comes next
            following = ID12.search(body[born.end():])
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
    assert {doc.slug for doc in BLIND19 if doc.holder_id_type == "cccd"} == set(PERSONS)
    assert {doc.slug for doc in BLIND19 if doc.holder_id_type == "tax_code"} == {TWO_PAGES, TRAINING}
    assert [doc.slug for doc in BLIND19 if doc.holder_name and not doc.holder_id] == [HOUSE]
    assert [doc.slug for doc in BLIND19 if doc.holder_name is None] == [PLAN, REPORT, CONG_VAN]
    assert not ID12.search(" ".join(doc_named(HOUSE).body))  # no personal number printed at all
    codes = [found for doc in BLIND19 for found in ID10.findall(" ".join(doc.body))]
    assert len(codes) == len(set(codes)) == 6  # no company is printed twice across the set
    assert doc_named(CERTIFICATE).holder_id[3] == "3"  # a woman born in 2001


def test_valid_until_is_the_date_after_den_ngay_and_a_period_gives_none():
    for doc in BLIND19:
        stated = [re.split(r"đến (?:hết )?ngày ", text, maxsplit=1)[1] for text in doc.body if STATED.search(text)]
        assert len(stated) <= 1, doc.slug
        assert doc.valid_until == (iso(stated[0]) if stated else None) == VALID.get(doc.slug), doc.slug
        if doc.valid_until:
            assert doc.valid_until > doc.issued, doc.slug
    periods = [doc for doc in BLIND19 if re.search(r"\d+ (năm|tháng|ngày) kể từ ngày", " ".join(doc.body))]
    assert [doc.slug for doc in periods] == [HOUSE, TWO_PAGES, HOUSING, TRAINING, CONG_VAN]
    assert all(doc.valid_until is None for doc in periods)
    deadlines = [doc for doc in BLIND19 if re.search(r"(trước|chậm nhất) ngày \d", " ".join(doc.body))]
    assert [doc.slug for doc in deadlines] == [PLAN, TRAINING, CONG_VAN]
    assert all(doc.valid_until is None for doc in deadlines)
    assert row(doc_named(TWO_PAGES), "Thời gian thực hiện hợp đồng: ")[1].startswith("150 ngày kể từ ngày")
    assert row(doc_named(CERTIFICATE), "Nghề đào tạo: ")[1].endswith("từ ngày 02/3/2020 đến ngày 29/5/2020")
    assert "đến hết tháng 9 năm 2023" in row(doc_named(REFERRAL), "Đang hưởng trợ cấp ")[1]


def test_pages_titles_numbers_and_signers_are_printed_as_the_truth_says():
    for doc in BLIND19:
        page, signer, hand, grids = lay_out(doc)
        assert len(page.pages) == (2 if doc.slug == TWO_PAGES else 1) and signer[0] == len(page.pages) - 1
        assert grids == [] and not doc.number_under_title
        assert doc.turn == ((-2.0,) if doc.slug == TILTED else ())
        assert bool(doc.addressees) == (doc.slug in (REPORT, REFERRAL, CONG_VAN)) and len(doc.addressees) <= 1
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
    assert {doc.slug: doc.handwritten for doc in BLIND19 if doc.handwritten} == {
        HOUSE: ("code_number",), PLAN: ("code_number", "issued_date"), CERTIFICATE: ("code_number",)}
    assert {doc.date_text.split()[0] for doc in BLIND19} >= {"4", "09"}  # a day with and without its zero
    page, signer, _, _ = lay_out(doc_named(TWO_PAGES))
    motto = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert motto in page.truth[0] and motto not in page.truth[1] and page.truth[1][0] == "2"
    body_on_two = [run for run in runs(doc_named(TWO_PAGES), 1)[1:] if run.y < signer[2] - 100 and run.x < A4[0] / 2]
    assert len(body_on_two) >= 3  # the end of the body came over with the signer
    assert any(run.text.startswith("Điều 2. Giao Ban Quản lý dự án") for run in body_on_two)
    assert any(run.text.startswith("Điều 4. Quyết định này có hiệu lực") for run in body_on_two)
    assert any(line.startswith("Điều 1. Phê duyệt kết quả lựa chọn") for line in page.truth[0])
    assert any(line.startswith("1. Tên nhà thầu trúng thầu: ") for line in page.truth[0])
    assert "2. Mã số doanh nghiệp: 5508183659" in page.truth[0]
    for slug in (REPORT, REFERRAL, CONG_VAN):
        assert f"Kính gửi: {doc_named(slug).addressees[0]}" in lay_out(doc_named(slug))[0].truth[0]


def test_signer_blocks_issuers_and_names_vary_as_the_docstring_says():
    marks = {doc.signer_position[0].split(" ", 1)[0] for doc in BLIND19}
    assert {"KT.", "TL.", "TM.", "Q.", "TUQ."} <= marks
    assert {tuple(doc.signer_position) for doc in BLIND19} >= {
        ("CHỦ TỊCH",), ("GIÁM ĐỐC",), ("TRƯỞNG BAN",), ("Q. TRƯỞNG PHÒNG",)}
    assert {len(doc.signer_name.split()) for doc in BLIND19} == {2, 3, 4, 5}
    stacked = [doc for doc in BLIND19 if "Đ" in doc.signer_name or any(  # a letter under a hat or horn and a tone
        sum(unicodedata.combining(mark) > 0 for mark in unicodedata.normalize("NFD", ch)) >= 2
        for ch in doc.signer_name)]
    assert len(stacked) >= 6
    assert [doc.slug for doc in BLIND19 if len(doc.issuer) == 3] == [REPORT, CERTIFICATE]
    assert [doc.slug for doc in BLIND19 if len(doc.issuer) == 1] == [STALL]
    assert doc_named(CERTIFICATE).issuer[1].endswith(" -")  # wrapped after the name's hyphen
    council = [doc for doc in BLIND19 if doc.issuer[0] == "ỦY BAN NHÂN DÂN"]
    assert [doc.issuer[1].split(" ", 1)[0] for doc in council] == ["THỊ", "HUYỆN", "XÃ", "HUYỆN", "HUYỆN", "HUYỆN",
                                                                   "XÃ"]
    others = [doc.issuer for doc in BLIND19 if doc not in council and len(doc.issuer) == 2]
    assert others == [["UBND HUYỆN NA RÌ", "PHÒNG LAO ĐỘNG - TBXH"], ["ỦY BAN BẦU CỬ", "XÃ TRỊNH TƯỜNG"]]
    assert [doc.slug for doc in BLIND19 if doc.seal is None] == [REPORT]
    assert sum(doc.aim != (0.0, 0.0) for doc in BLIND19) == 8 and len({doc.lift for doc in BLIND19}) >= 4
    assert all(len(doc.seal) <= 40 for doc in BLIND19 if doc.seal)  # the ring holds that many letters
    assert [len(doc.signer_position) for doc in BLIND19].count(3) == 1  # "TM." / "KT." / "PHÓ CHỦ TỊCH"
    assert doc_named(PLAN).signer_position == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
    assert doc_named(HOUSE).signer_position == ["TUQ. CHỦ TỊCH", "TRƯỞNG PHÒNG QUẢN LÝ ĐÔ THỊ"]
    assert doc_named(CONG_VAN).signer_position == ["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"]
    assert doc_named(TILTED).signer_position == ["TM. ỦY BAN BẦU CỬ", "CHỦ TỊCH"]
    assert doc_named(TRAINING).signer_name == "Y Khu Niê Kdăm"  # an Ê Đê name, as printed
    assert {doc.issued[:4] for doc in BLIND19} == {str(year) for year in range(2018, 2025)}


def test_sonha_holder_is_the_head_of_household_and_none_in_the_plan():
    house, plan = of("sonha")
    assert house.slug == HOUSE and house.title == ["GIẤY CHỨNG NHẬN SỐ NHÀ"] and not house.subject
    assert house.issuer == ["ỦY BAN NHÂN DÂN", "THỊ XÃ QUẢNG YÊN"]
    assert row(house, "Chủ hộ: ")[1] == f"ông {house.holder_name}"
    assert house.holder_id is None and house.holder_id_type is None
    numbered = row(house, "Số nhà: ")[1]
    assert numbered.startswith("27, đường Bạch Đằng") and "27" != house.number
    assert house.valid_until is None and "30 ngày kể từ ngày nhận" in house.body[-1]
    assert plan.slug == PLAN and plan.title == ["KẾ HOẠCH"]
    assert plan.fields()["subject"] == "Đánh số và gắn biển số nhà trên địa bàn thị trấn Tân Uyên năm 2022"
    assert all(plan.fields()[key] is None for key in ("holder_name", "holder_id", "holder_id_type", "valid_until"))
    assert [text for text in plan.body if text.isupper()] == ["I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG VÀ TIẾN ĐỘ",
                                                             "III. TỔ CHỨC THỰC HIỆN"]
    cited = re.search(r"Nghị quyết số (\d+)/NQ-HĐND ngày (.+?) của", plan.body[0])
    assert cited.group(1) != plan.number and iso(cited.group(2)) != plan.issued


def test_dauthau_holder_is_the_winning_contractor_and_none_in_the_report():
    award, report = of("dauthau")
    assert award.slug == TWO_PAGES and len(award.subject) == 3
    assert award.fields()["subject"] == ("Về việc phê duyệt kết quả lựa chọn nhà thầu gói thầu số 02: Thi công xây "
                                         "dựng công trình Nhà văn hóa bản Huổi Một")
    k, holder = row(award, "Tên nhà thầu trúng thầu: ")
    assert holder == award.holder_name and award.body[k + 1] == f"2. Mã số doanh nghiệp: {award.holder_id}"
    assert award.holder_name not in article(award)  # Article 1 opens on the package, the winner on the rows
    consultant = re.fullmatch(r"(Công ty [^,]+), mã số doanh nghiệp (\d{10})\.",
                              row(award, "Đơn vị tư vấn giám sát: ")[1])
    assert consultant and consultant.group(1) != holder and tax_code_ok(consultant.group(2))
    reports = re.findall(r"số (\d+)/BC-(?:TCG|TĐ) ngày (.+?) của", " ".join(award.body))
    assert len(reports) == 2 and all(n != award.number and iso(d) != award.issued for n, d in reports)
    assert award.signer_position == ["CHỦ TỊCH"] and award.valid_until is None
    assert report.slug == REPORT and report.title == ["BÁO CÁO"] and len(report.subject) == 2
    assert report.issuer == ["UBND HUYỆN HÀM YÊN", "BAN QUẢN LÝ DỰ ÁN", "ĐẦU TƯ XÂY DỰNG"]
    assert all(report.fields()[key] is None for key in ("holder_name", "holder_id", "holder_id_type", "valid_until"))
    winners = re.findall(r"do (Công ty [^,]+), mã số doanh nghiệp (\d{10}), trúng thầu", " ".join(report.body))
    assert len(winners) == 2 and all(tax_code_ok(code) for _, code in winners)
    asked = re.search(r"Công văn số (\d+)/UBND-TCKH ngày (.+?) của", report.body[0])
    assert asked.group(1) != report.number and iso(asked.group(2)) != report.issued
    assert report.addressees == ["Ủy ban nhân dân huyện Hàm Yên"] and len(report.signer_name.split()) == 2


def test_nguoicocong_holder_is_the_widow_in_the_subject_or_the_veteran_on_his_row():
    housing, referral = of("nguoicocong")
    assert housing.slug == HOUSING and housing.subject == ["Về việc hỗ trợ người có công với cách mạng về nhà ở",
                                                           f"đối với bà {housing.holder_name}"]
    assert article(housing).split(" cho bà ", 1)[1].startswith(
        f"{housing.holder_name}, sinh ngày 17/5/1953, số định danh cá nhân {housing.holder_id}, vợ liệt sĩ ")
    assert housing.signer_position == ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"] and housing.valid_until is None
    assert referral.slug == REFERRAL and referral.title == ["GIẤY GIỚI THIỆU"]
    assert referral.subject == ["Di chuyển hồ sơ người có công với cách mạng"]
    k, holder = row(referral, "Họ và tên người có công: ")
    assert holder == referral.holder_name
    assert referral.body[k + 1] == f"2. Ngày sinh: 03/02/1949; số định danh cá nhân: {referral.holder_id}"
    assert row(referral, "Diện hưởng: ")[1].endswith("số hồ sơ: TB-2718/BK")
    assert referral.body[-1] == "Giấy giới thiệu có giá trị đến ngày 31 tháng 10 năm 2023."
    assert referral.signer_position == ["Q. TRƯỞNG PHÒNG"] and referral.seal


def test_daynghe_holder_is_the_learner_or_the_company_given_the_task():
    certificate, training = of("daynghe")
    assert certificate.slug == CERTIFICATE and certificate.title == ["CHỨNG CHỈ SƠ CẤP"] and not certificate.subject
    assert "CẤP CHỨNG CHỈ SƠ CẤP CHO:" in certificate.body
    k, holder = row(certificate, "Họ và tên: ")
    assert holder == certificate.holder_name
    assert certificate.body[k + 1] == f"Ngày sinh: 19/4/2001; số định danh cá nhân: {certificate.holder_id}"
    serial = row(certificate, "Số hiệu chứng chỉ: ")[1]
    assert serial == "SC-0042718; số vào sổ cấp chứng chỉ: 47/2020" and certificate.number not in serial
    exams = re.search(r"Quyết định số (\d+)/QĐ-TTGDNN ngày (.+?) của", " ".join(certificate.body))
    assert exams.group(1) != certificate.number and iso(exams.group(2)) != certificate.issued
    assert certificate.valid_until is None and certificate.signer_position == ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]
    assert training.slug == TRAINING and len(training.subject) == 2
    assert article(training).startswith(f"Điều 1. Giao {training.holder_name}, mã số doanh nghiệp "
                                        f"{training.holder_id}, ")
    letter = re.search(r"văn bản số (\d+)/CV-EAR ngày (.+?) của (.+?) và", " ".join(training.body))
    assert letter.group(1) != training.number and iso(letter.group(2)) != training.issued
    assert letter.group(3) == training.holder_name
    assert row(training, "Đơn vị phối hợp tuyển sinh: ")[1] == "Hội Liên hiệp Phụ nữ huyện Ea Súp."
    assert training.valid_until is None


def test_quanlycho_holder_is_the_trader_and_none_in_the_cong_van():
    stall, letter = of("quanlycho")
    assert stall.slug == STALL and stall.title == ["GIẤY CHỨNG NHẬN"]
    assert stall.subject == ["Quyền sử dụng điểm kinh doanh tại chợ"] and stall.issuer == ["BAN QUẢN LÝ CHỢ BA ĐỒN"]
    k, holder = row(stall, "Người được cấp: ")
    assert holder == f"bà {stall.holder_name}"
    assert stall.body[k + 1] == f"2. Ngày sinh: 24/8/1978; số định danh cá nhân: {stall.holder_id}"
    assert row(stall, "Điểm kinh doanh số: ")[1].startswith("B2-17, nhà lồng B")
    assert stall.signer_position == ["TRƯỞNG BAN"]
    assert letter.slug == CONG_VAN and letter.title == [] and len(letter.subject) == 2
    assert letter.subject[0].startswith("V/v ")
    fields = letter.fields()
    assert fields["type_name"] == "CÔNG VĂN" and fields["subject"] == "V/v chuyển đổi mô hình quản lý chợ Tràng Sơn"
    assert all(fields[key] is None for key in ("holder_name", "holder_id", "holder_id_type", "valid_until"))
    company = letter.addressees[0]
    asked = re.search(rf"văn bản số (\d+)/2018/CV-ĐLC ngày (.+?) của {company}, mã số doanh nghiệp (\d{{10}}),",
                      letter.body[0])
    assert asked and asked.group(1) != letter.number and iso(asked.group(2)) != letter.issued
    assert tax_code_ok(asked.group(3)) and "24 tháng kể từ ngày được phê duyệt" in letter.body[-1]


def test_baucu_holder_is_the_delegate_or_the_village_head():
    delegate, head = of("baucu")
    assert delegate.slug == TILTED and delegate.title == ["GIẤY CHỨNG NHẬN", "ĐẠI BIỂU HỘI ĐỒNG NHÂN DÂN"]
    assert delegate.fields()["type_name"] == "GIẤY CHỨNG NHẬN ĐẠI BIỂU HỘI ĐỒNG NHÂN DÂN"
    assert delegate.subject == ["Khóa XXI, nhiệm kỳ 2021 - 2026"]
    k, holder = row(delegate, "Họ và tên: ")
    assert holder == delegate.holder_name
    assert delegate.body[k + 1] == f"Ngày sinh: 12/11/1986; số định danh cá nhân: {delegate.holder_id}"
    elected = re.search(r"cuộc bầu cử (ngày .+?), với", delegate.body[-1])
    assert iso(elected.group(1)) == "2021-05-23" != delegate.issued
    assert delegate.valid_until is None
    assert head.slug == HEAD and head.subject == ["Về việc công nhận Trưởng bản Che Căn", "nhiệm kỳ 2019 - 2021"]
    assert article(head).startswith(f"Điều 1. Công nhận ông {head.holder_name}, sinh ngày 05/9/1968, số định danh "
                                    f"cá nhân {head.holder_id}, ")
    minutes = re.search(r"số (\d+)/BB-HNB ngày (.+?) của", " ".join(head.body))
    assert minutes.group(1) != head.number and iso(minutes.group(2)) != head.issued
    assert "ông Lò Văn Hặc (Trưởng bản nhiệm kỳ trước)" in article(head, 3)
    assert head.signer_position == ["CHỦ TỊCH"] and head.valid_until is None


def test_printed_lines_stay_inside_the_margins_and_apart():
    for doc in BLIND19:
        assert_printed_inside_and_apart(doc, LEFT_C)


def test_the_hand_comes_down_across_the_name_and_the_seal_over_the_position():
    """As blind9's: with an aim the printed name sits inside the signature's height, in its upper three
    quarters, most of the time; without, rarely; the lifted seal reaches 6 pt or more into the
    position's last line, its centre left of the line's middle."""
    for doc in BLIND19:
        assert_hand_and_seal_placed(doc)


def test_the_tilted_scan_keeps_its_size_and_turns_two_degrees_clockwise():
    assert {doc.slug: doc.turn for doc in BLIND19 if doc.turn} == {TILTED: (-2.0,)}
    page = Image.new("RGB", (200, 300), (255, 255, 255))
    page.paste((0, 0, 0), (149, 19, 152, 22))  # a dot near the top right corner, 50 right of and 130 above the centre
    (tilted,) = turned([page], doc_named(TILTED).turn)
    assert tilted.size == page.size
    assert all(tilted.getpixel(corner) == PAPER for corner in ((0, 0), (199, 0), (0, 299), (199, 299)))
    grey = np.asarray(tilted.convert("L"), dtype=float)[:100, 100:]
    y, x = np.unravel_index(np.argmin(grey), grey.shape)
    t = np.radians(2)  # clockwise on the page: the dot goes right, and down a little
    assert abs(100 + x - (100 + 50 * np.cos(t) + 130 * np.sin(t) + 0.5)) <= 1.5
    assert abs(y - (150 + 50 * np.sin(t) - 130 * np.cos(t) + 0.5)) <= 1.5


def test_the_written_files_open_with_their_truth(written):
    out, paths = written
    assert [path.name for path in paths] == [f"{PLAN}-scan.pdf", f"{TWO_PAGES}-scan.pdf", f"{REPORT}-photo.jpg"]
    for path in paths:
        slug = path.stem.rsplit("-", 1)[0]
        assert_written_file_opens(out, path, doc_named(slug), 2 if slug == TWO_PAGES else 1)
    one_page = [k for k, doc in enumerate(BLIND19) if doc.slug != TWO_PAGES]
    assert 4 <= sum(k % 2 == 1 for k in one_page) <= 6  # the full set: half the photos without a DPI
    assert [k for k, doc in enumerate(BLIND19) if doc.slug == REPORT][0] % 2 == 1


def test_signature_and_seal_are_inked_on_page_two_and_nothing_on_page_one(written):
    assert_signed_and_sealed_on_page_two_only(written[0], doc_named(TWO_PAGES))


def test_the_number_and_the_day_are_written_into_their_blanks(written):
    out, _ = written
    doc = doc_named(PLAN)
    _, _, hand, _ = lay_out(doc)
    last, _, signer = signer_runs(doc)
    blue, red = inks(scan_pixels(out, PLAN, 0))
    for _, hx, hy, _text in hand:
        assert ink_in(blue, hx - 30, hy - 26, hx + 30, hy + 8) > 150
    header = max(hy for _, _, hy, _ in hand) + 20  # below the header and above the signer: no ink
    assert ink_in(blue, 40, header, A4[0] - 40, last.y - 25) == 0
    assert ink_in(red, 40, header, A4[0] - 40, last.y - 60) == 0
    assert ink_in(red, signer[1] - 150, signer[2] - 110, signer[1] + 10, signer[2] + 40) > 5000

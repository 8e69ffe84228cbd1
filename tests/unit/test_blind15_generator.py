"""Blind set 15 (samples/blind15.py) is measured by benchmarks/fields.py only, never used to change a rule.
These check the generator, cheaply: every family is drawn as its docstring says and the truth follows
the stated conventions and the printed text, for all twelve documents through ``lay_out`` alone; the
signature and the seal land where the layout and the document's ``aim`` and ``lift`` put them; the
sideways scan is turned as ``turn`` says (checked on a small image); and only three files (four pages)
are actually rendered: the two-page scan with its signature and seal on page 2, the công văn numbered
and dated by hand, and the unsealed document's phone photo, written with their truth files, their ink
looked for where it belongs."""

from __future__ import annotations

import re
import sys
import unicodedata
from datetime import date

import pytest
from blind_layout import (
    earlier_sets,
    article, assert_hand_and_seal_placed, assert_printed_inside_and_apart,
    assert_signed_and_sealed_on_page_two_only, assert_unlike_earlier_sets, assert_written_file_opens, DMY, ink_in,
    inks, iso, lay_out, printed, row, runs, scan_pixels, signer_runs,
)
from helpers import ROOT
from PIL import Image

sys.path.insert(0, str(ROOT / "samples"))
from blind5 import LEFT_C
from blind9 import turned
from blind14 import BLIND14
from blind15 import BLIND15, FAMILIES, LEVELS, Doc9, make_blind15
from heldout import BLIND, DOCS, FRESH
from make_samples import A4

from tthc_digitize.extract.identifiers import cccd_ok, tax_code_ok

BEFORE = earlier_sets(15)
HELD_OUT = (*DOCS, *FRESH, *BLIND)

TWO_PAGES = "qd-sua-doi-gp-dien-luc-long-son"
BY_HAND = "cv-thoa-thuan-huong-tuyen-22kv-quang-loi"  # the set's one công văn, too
PLAN = "gxn-ke-hoach-bvmt-xuong-hat-dieu-vo-xu"
SHRIMP = "gxn-ke-hoach-bvmt-nuoi-tom-bao-thanh"
SIDEWAYS = "giay-chuyen-ho-khau-kim-lien"
RESIDENCE = "xn-thong-tin-cu-tru-ngoc-thuy"
PIGS = "qd-ho-tro-dich-ta-lon-chau-phi-minh-khai"
DRUGS = "gcn-buon-ban-thuoc-thu-y-kim-hai"  # its number alone written by hand
RESCUER = "qd-tang-giay-khen-cuu-nguoi-huu-thanh"
TAXPAYER = "qd-tang-giay-khen-thue-tam-da"
COMPLAINT = "qd-giai-quyet-khieu-nai-an-lac"
UNSEALED = "tb-thu-ly-khieu-nai-cat-ba"  # drawn as its phone photo
# each person holder with a personal number: the province code it opens with and their sex
PERSONS = {SHRIMP: ("083", "F"), SIDEWAYS: ("040", "M"), RESIDENCE: ("001", "F"), PIGS: ("034", "M"),
           COMPLAINT: ("066", "F"), UNSEALED: ("031", "M")}
VALID = {TWO_PAGES: "2039-10-15", DRUGS: "2025-06-10"}
# a validity: "có giá trị …", "có hiệu lực …" or "Thời hạn …:", then "đến (hết) ngày …"
STATED = re.compile(r"(có giá trị|có hiệu lực|Thời hạn[^:]*:) .*đến (?:hết )?ngày ")
PERIOD = re.compile(r"\d+ (?:năm|tháng|ngày) kể từ ngày")
BIRTH = re.compile(r"(?:[Ss]inh ngày:?|Ngày sinh:|Ngày, tháng, năm sinh:) (\d{1,2})/(\d{1,2})/(\d{4})")
ID12 = re.compile(r"(?<!\d)\d{12}(?!\d)")
ID10 = re.compile(r"(?<!\d)\d{10}(?!\d)")


def of(name: str) -> list[Doc9]:
    return [doc for doc in BLIND15 if doc.family == name]


def doc_named(slug: str) -> Doc9:
    return next(doc for doc in BLIND15 if doc.slug == slug)


def dash_row(doc: Doc9, label: str) -> tuple[int, str]:
    """The first body paragraph "- {label}…" (a row of a list inside an article), and the rest."""
    return next((k, text[len(label) + 2:]) for k, text in enumerate(doc.body) if text.startswith(f"- {label}"))


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    """Three files only, drawn as in the measured set (same seeds, same DPI), to keep this module cheap:
    the two-page scan, the scan numbered and dated by hand, and one JPEG photo. All 24 take over a minute."""
    out = tmp_path_factory.mktemp("blind15")
    scans = make_blind15(out, levels=("scan",), only={TWO_PAGES, BY_HAND})
    return out, scans + make_blind15(out, levels=("photo",), only={UNSEALED})


def test_twelve_documents_in_six_families_named_unlike_any_earlier_set():
    assert_unlike_earlier_sets(BLIND15, FAMILIES, LEVELS, BEFORE, HELD_OUT)
    assert {doc.family for doc in BLIND14} <= {doc.family for doc in BEFORE}  # blind14 counts as earlier


def test_dates_check_digits_and_personal_numbers_are_real():
    for doc in BLIND15:
        assert DMY.fullmatch(doc.date_text) and iso(doc.date_text) == doc.issued, doc.slug
        issued = date.fromisoformat(doc.issued)
        assert 2018 <= issued.year <= 2021 and issued.weekday() < 5, doc.slug
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
        for born in BIRTH.finditer(body):  # the person's number comes next, and agrees with the year
            following = ID12.search(body[born.end():])
            assert following and cccd_ok(following.group(), int(born.group(3))), doc.slug
            assert int(born.group(3)) < issued.year
        if doc.holder_id_type == "cccd":
            province, sex = PERSONS[doc.slug]
            assert doc.holder_id[:3] == province and int(doc.holder_id[3]) == (sex == "F"), doc.slug
            after = body[body.index(doc.holder_name):]  # the holder's own number and birth come next
            assert ID12.search(after).group() == doc.holder_id, doc.slug
            born = BIRTH.search(after)
            assert born and born.start() < after.index(doc.holder_id) and born.group(3)[2:] == doc.holder_id[4:6]
    assert {doc.slug for doc in BLIND15 if doc.holder_id_type == "cccd"} == set(PERSONS)
    assert {doc.slug for doc in BLIND15 if doc.holder_id_type == "tax_code"} == {TWO_PAGES, PLAN, DRUGS, TAXPAYER}
    assert [doc.slug for doc in BLIND15 if doc.holder_name and not doc.holder_id] == [RESCUER]
    assert [doc.slug for doc in BLIND15 if not doc.holder_name] == [BY_HAND]
    codes = [found for doc in BLIND15 for found in ID10.findall(" ".join(doc.body))]
    assert len(codes) == len(set(codes))  # no company is printed twice across the set
    numbers = [found for doc in BLIND15 for found in ID12.findall(" ".join(doc.body))]
    assert len(numbers) == len(set(numbers))  # nor any person


def test_valid_until_is_the_date_after_den_ngay_and_a_period_gives_none():
    for doc in BLIND15:
        stated = [re.split(r"đến (?:hết )?ngày ", text, maxsplit=1)[1] for text in doc.body if STATED.search(text)]
        assert len(stated) <= 1, doc.slug
        assert doc.valid_until == (iso(stated[0]) if stated else None) == VALID.get(doc.slug), doc.slug
        if doc.valid_until:
            assert doc.valid_until > doc.issued, doc.slug
    periods = [doc.slug for doc in BLIND15 if PERIOD.search(" ".join(doc.body))]
    assert periods == [SIDEWAYS, RESIDENCE, COMPLAINT, UNSEALED]
    assert all(doc_named(slug).valid_until is None for slug in periods)
    assert "Giấy chứng nhận có thời hạn 05 năm, có giá trị đến ngày 10 tháng 6 năm 2025." in doc_named(DRUGS).body
    assert row(doc_named(TWO_PAGES), "4. Thời hạn của Giấy phép: ")[1] == (
        "đến hết ngày 15 tháng 10 năm 2039 (không thay đổi).")
    accepted = row(doc_named(UNSEALED), "1. Thụ lý ")[1]  # a start, no end
    assert "kể từ ngày 21 tháng 8 năm 2018" in accepted and not STATED.search(accepted)


def test_pages_titles_numbers_and_signers_are_printed_as_the_truth_says():
    for doc in BLIND15:
        page, signer, hand, grids = lay_out(doc)
        assert len(page.pages) == (2 if doc.slug == TWO_PAGES else 1) and signer[0] == len(page.pages) - 1
        assert grids == [] and not doc.number_under_title
        assert doc.turn == ((90.0,) if doc.slug == SIDEWAYS else ())
        assert bool(doc.addressees) == (doc.slug in (BY_HAND, UNSEALED)) and len(doc.addressees) <= 1
        first, last = page.truth[0], page.truth[-1]
        assert doc.signer_name in last and all(line in last for line in doc.signer_position)
        assert all(line in first for line in doc.title + doc.subject)
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
    assert {doc.slug: doc.handwritten for doc in BLIND15 if doc.handwritten} == {
        BY_HAND: ("code_number", "issued_date"), DRUGS: ("code_number",)}
    page, signer, _, _ = lay_out(doc_named(TWO_PAGES))
    motto = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert motto in page.truth[0] and motto not in page.truth[1] and page.truth[1][0] == "2"
    body_on_two = [run for run in runs(doc_named(TWO_PAGES), 1)[1:] if run.y < signer[2] - 100 and run.x < A4[0] / 2]
    assert len(body_on_two) >= 3  # the end of the body came over with the signer
    assert any(run.text.startswith("Điều 2. Trách nhiệm của Công ty") for run in body_on_two)
    assert any(run.text.startswith("Điều 4. Chánh Văn phòng Sở") for run in body_on_two)
    # the validity's date is on page 1, the end of its line ("… (không thay" / "đổi).") on page 2
    assert any("đến hết ngày 15 tháng 10 năm 2039" in line for line in page.truth[0])
    assert "Về việc sửa đổi, bổ sung Giấy phép hoạt động điện lực" in page.truth[0]
    for slug in (BY_HAND, UNSEALED):
        doc = doc_named(slug)
        assert f"Kính gửi: {doc.addressees[0]}" in lay_out(doc)[0].truth[0]


def test_signer_blocks_issuers_and_names_vary_as_the_docstring_says():
    marks = {doc.signer_position[0].split(" ", 1)[0] for doc in BLIND15}
    assert {"KT.", "TL.", "TM.", "Q."} <= marks
    assert {tuple(doc.signer_position) for doc in BLIND15} >= {("CHỦ TỊCH",), ("TRƯỞNG CÔNG AN",),
                                                              ("Q. CHI CỤC TRƯỞNG",)}
    assert {len(doc.signer_name.split()) for doc in BLIND15} == {2, 3, 4, 5}
    stacked = [doc for doc in BLIND15 if "Đ" in doc.signer_name or any(  # a letter under a hat or horn and a tone
        sum(unicodedata.combining(mark) > 0 for mark in unicodedata.normalize("NFD", ch)) >= 2
        for ch in doc.signer_name)]
    assert len(stacked) >= 6
    assert doc_named(DRUGS).signer_name.split()[0] == "Ông"  # a surname, not "Mr"
    parent_child = [doc for doc in BLIND15 if doc.issuer[0] != "ỦY BAN NHÂN DÂN"]
    assert len(parent_child) == 9 and [len(doc.issuer) for doc in BLIND15].count(3) == 1
    assert doc_named(DRUGS).issuer == ["UBND TỈNH BR-VT", "SỞ NÔNG NGHIỆP VÀ PTNT", "CHI CỤC CHĂN NUÔI VÀ THÚ Y"]
    assert {doc.issuer[1] for doc in BLIND15 if doc not in parent_child} == {
        "HUYỆN ĐỨC LINH", "HUYỆN HƯNG HÀ", "THÀNH PHỐ THỦ ĐỨC"}
    assert [doc.slug for doc in BLIND15 if doc.seal is None] == [UNSEALED]
    assert sum(doc.aim != (0.0, 0.0) for doc in BLIND15) == 8 and len({doc.lift for doc in BLIND15}) >= 4
    assert all(len(doc.seal) <= 40 for doc in BLIND15 if doc.seal)  # the ring holds that many letters
    assert {doc.slug for doc in BLIND15 if len(doc.signer_position) == 3} == {PLAN, PIGS}
    assert doc_named(PLAN).signer_position == ["TL. CHỦ TỊCH", "TRƯỞNG PHÒNG", "TÀI NGUYÊN VÀ MÔI TRƯỜNG"]
    assert doc_named(PIGS).signer_position == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
    assert [doc.place for doc in BLIND15 if doc.issuer[0] == "UBND TỈNH BR-VT"] == ["Bà Rịa", "Bà Rịa"]


def test_dienluc_holder_is_the_licensee_never_the_older_licence_and_none_in_the_cong_van():
    decision, cong_van = of("dienluc")
    assert decision.slug == TWO_PAGES and decision.issuer == ["UBND TỈNH BR-VT", "SỞ CÔNG THƯƠNG"]
    assert decision.subject == ["Về việc sửa đổi, bổ sung Giấy phép hoạt động điện lực",
                                "số 38/GP-SCT ngày 16 tháng 10 năm 2019", f"cấp cho {decision.holder_name}"]
    assert decision.body[0] == "GIÁM ĐỐC SỞ CÔNG THƯƠNG TỈNH BÀ RỊA - VŨNG TÀU"
    named = article(decision).split("số 38/GP-SCT ngày 16 tháng 10 năm 2019 do Sở Công Thương cấp cho ", 1)[1]
    assert named == f"{decision.holder_name}, mã số doanh nghiệp {decision.holder_id}, như sau:"
    older = re.search(r"số (\d+)/(GP-SCT) ngày ([^ ]+ tháng \d+ năm \d+)", decision.subject[1])
    assert older.group(1) != decision.number and iso(older.group(3)) != decision.issued
    assert decision.fields()["subject"].startswith("Về việc sửa đổi, bổ sung Giấy phép hoạt động điện lực số 38/")
    assert cong_van.slug == BY_HAND and cong_van.title == [] and len(cong_van.subject) == 3
    assert cong_van.subject[0].startswith("V/v ") and cong_van.handwritten == ("code_number", "issued_date")
    fields = cong_van.fields()
    assert fields["type_name"] == "CÔNG VĂN" and fields["subject"] == (
        "V/v thỏa thuận hướng tuyến đường dây 22 kV và vị trí trạm biến áp cấp điện cho trang trại chăn nuôi tại "
        "xã Quảng Lợi")
    assert all(fields[key] is None for key in ("holder_name", "holder_id", "holder_id_type", "valid_until"))
    owner = re.search(r"của ông ([^,]+), sinh ngày [\d/]+, số định danh cá nhân (\d{12})", cong_van.body[0])
    assert owner and cccd_ok(owner.group(2)) and cong_van.addressees == ["Điện lực Đầm Hà"]
    letter = re.search(r"Văn bản số (\d+)/ĐLĐH-KT ngày ([^ ]+ tháng \d+ năm \d+)", cong_van.body[0])
    assert letter.group(1) != cong_van.number and iso(letter.group(2)) != cong_van.issued


def test_moitruong_holder_is_the_company_before_its_bracket_or_the_woman_named_never_the_project():
    company, household = of("moitruong")
    for doc in (company, household):
        assert doc.title == ["GIẤY XÁC NHẬN"] and doc.subject[0].startswith("Đăng ký kế hoạch bảo vệ môi trường")
        assert doc.valid_until is None and doc.notation == "GXN-UBND"
    assert company.slug == PLAN and company.issuer == ["ỦY BAN NHÂN DÂN", "HUYỆN ĐỨC LINH"]
    assert company.fields()["subject"] == ("Đăng ký kế hoạch bảo vệ môi trường của dự án Xưởng chế biến hạt điều "
                                           "xuất khẩu Võ Xu")
    k = company.body.index("ỦY BAN NHÂN DÂN HUYỆN ĐỨC LINH XÁC NHẬN:")
    assert company.body[k + 1].startswith(f"Điều 1. {company.holder_name} (sau đây gọi là Chủ dự án), mã số doanh "
                                          f"nghiệp {company.holder_id}, ")
    assert household.slug == SHRIMP and len(household.subject) == 3
    sentence = next(text for text in household.body if " xác nhận bà " in text)
    assert sentence.split(" xác nhận bà ", 1)[1].startswith(f"{household.holder_name}, sinh ngày 07/11/1983, số "
                                                            f"định danh cá nhân {household.holder_id}, ")
    authorised = re.search(r"Quyết định số (\d+)/QĐ-UBND ngày ([^ ]+ tháng \d+ năm \d+)", " ".join(household.body))
    assert authorised.group(1) != household.number and iso(authorised.group(2)) != household.issued
    assert household.signer_position == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]


def test_cutru_holder_is_the_person_on_the_name_row_never_the_head_of_household_or_the_family():
    moving, confirmed = of("cutru")
    assert moving.slug == SIDEWAYS and moving.title == ["GIẤY CHUYỂN HỘ KHẨU"] and not moving.subject
    k, holder = row(moving, "Họ và tên: ")
    assert holder == moving.holder_name and moving.body[k + 2] == f"3. Số định danh cá nhân: {moving.holder_id}"
    assert moving.body[k - 1] == "CÔNG AN XÃ KIM LIÊN CẤP GIẤY CHUYỂN HỘ KHẨU CHO:"
    head = row(moving, "Họ và tên chủ hộ: ")[1]
    assert moving.holder_name not in head and ID12.search(head).group() != moving.holder_id
    family = [text for text in moving.body if text.startswith("- ")]
    assert len(family) == 2 and all(moving.holder_name not in text and cccd_ok(ID12.search(text).group())
                                    for text in family)
    assert moving.signer_position == ["TRƯỞNG CÔNG AN"] and moving.valid_until is None
    assert confirmed.slug == RESIDENCE and confirmed.title == ["XÁC NHẬN THÔNG TIN VỀ CƯ TRÚ"]
    assert not confirmed.subject and confirmed.issuer == ["CÔNG AN QUẬN LONG BIÊN", "CÔNG AN PHƯỜNG NGỌC THỤY"]
    k, holder = row(confirmed, "Họ, chữ đệm và tên: ")
    assert holder == confirmed.holder_name and confirmed.body[k - 1] == "CÔNG AN PHƯỜNG NGỌC THỤY XÁC NHẬN:"
    assert row(confirmed, "Số định danh cá nhân: ")[1] == confirmed.holder_id
    mother = row(confirmed, "Thông tin về chủ hộ: ")[1]
    assert mother.startswith("bà ") and ID12.search(mother).group() != confirmed.holder_id
    assert confirmed.valid_until is None


def test_thuy_holder_is_the_farmer_or_the_shop_never_the_owner_or_the_veterinarian():
    pigs, drugs = of("thuy")
    assert pigs.slug == PIGS and pigs.issuer == ["ỦY BAN NHÂN DÂN", "HUYỆN HƯNG HÀ"]
    assert article(pigs).startswith(f"Điều 1. Hỗ trợ kinh phí cho ông {pigs.holder_name}, sinh ngày 02/12/1972, số "
                                    f"định danh cá nhân {pigs.holder_id}, ")
    weight = re.search(r"tổng trọng lượng ([\d.]+) kg", dash_row(pigs, "Số lợn tiêu hủy: ")[1]).group(1)
    rate = re.search(r"mức hỗ trợ: ([\d.]+) đồng/kg", dash_row(pigs, "Số lợn tiêu hủy: ")[1]).group(1)
    total = re.match(r"([\d.]+) đồng", dash_row(pigs, "Số tiền hỗ trợ: ")[1]).group(1)
    assert int(weight.replace(".", "")) * int(rate.replace(".", "")) == int(total.replace(".", ""))
    submitted = re.search(r"Tờ trình số (\d+)/TTr-NN ngày ([^ ]+ tháng \d+ năm \d+)", " ".join(pigs.body))
    assert submitted.group(1) != pigs.number and iso(submitted.group(2)) != pigs.issued
    assert drugs.slug == DRUGS and drugs.title == ["GIẤY CHỨNG NHẬN ĐỦ ĐIỀU KIỆN", "BUÔN BÁN THUỐC THÚ Y"]
    assert not drugs.subject and drugs.handwritten == ("code_number",)
    k, holder = row(drugs, "Tên cơ sở: ")
    assert holder == drugs.holder_name and holder.startswith("Hộ kinh doanh ")
    assert drugs.body[k + 1] == f"2. Mã số thuế: {drugs.holder_id}"
    for label in ("Chủ cơ sở: ", "Người phụ trách kỹ thuật: "):
        person = row(drugs, label)[1]
        name = re.match(r"(?:bà|ông) ([^,]+), sinh ngày ", person).group(1)
        assert name not in holder and cccd_ok(ID12.search(person).group()) and drugs.holder_id not in person
    assert "số 183/CCHN-CCCNTY" in row(drugs, "Người phụ trách kỹ thuật: ")[1]
    assert drugs.signer_position == ["Q. CHI CỤC TRƯỞNG"]


def test_thidua_holder_is_the_man_without_a_number_or_the_company_with_its_code():
    rescuer, company = of("thidua")
    assert rescuer.slug == RESCUER and rescuer.subject == [f"Về việc tặng Giấy khen cho ông {rescuer.holder_name}",
                                                           "đã có hành động dũng cảm cứu người"]
    assert article(rescuer).startswith(f"Điều 1. Tặng Giấy khen cho ông {rescuer.holder_name}, sinh năm 1986, ")
    assert rescuer.holder_id is None and rescuer.holder_id_type is None and not BIRTH.search(" ".join(rescuer.body))
    assert not ID12.search(" ".join(rescuer.body)) and rescuer.valid_until is None
    assert company.slug == TAXPAYER and company.issuer == ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ THỦ ĐỨC"]
    assert article(company).startswith(f"Điều 1. Tặng Giấy khen cho {company.holder_name}, mã số doanh nghiệp "
                                       f"{company.holder_id}, ")
    assert company.holder_name not in " ".join(company.subject) and company.valid_until is None


def test_khieunai_holder_is_the_complainant_never_the_decision_complained_of():
    decision, notice = of("khieunai")
    assert decision.slug == COMPLAINT and decision.subject == [
        f"Về việc giải quyết khiếu nại của bà {decision.holder_name}", "(lần đầu)"]
    considered = next(text for text in decision.body if text.startswith("Xét đơn khiếu nại"))
    assert (f"của bà {decision.holder_name}, sinh ngày 19/5/1975, số định danh cá nhân {decision.holder_id}, "
            in considered)
    contested = re.search(r"Quyết định số (\d+)/([\w-]+) ngày ([^ ]+ tháng \d+ năm \d+)", considered)
    assert contested.group(1) != decision.number and contested.group(2) != decision.notation
    assert iso(contested.group(3)) != decision.issued and decision.signer_position == ["CHỦ TỊCH"]
    assert notice.slug == UNSEALED and notice.title == ["THÔNG BÁO"] and notice.seal is None
    assert notice.issuer == ["UBND HUYỆN CÁT HẢI", "UBND THỊ TRẤN CÁT BÀ"] and notice.place == "Cát Bà"
    assert notice.addressees == [f"Ông {notice.holder_name}"]
    assert (f"của ông {notice.holder_name}, sinh ngày 27/01/1964, số định danh cá nhân {notice.holder_id}, "
            in notice.body[0])
    contested = re.search(r"Quyết định số (\d+)/QĐ-UBND ngày ([^ ]+ tháng \d+ năm \d+)", notice.body[0])
    assert contested.group(1) != notice.number and iso(contested.group(2)) != notice.issued


def test_printed_lines_stay_inside_the_margins_and_apart():
    for doc in BLIND15:
        assert_printed_inside_and_apart(doc, LEFT_C)


def test_the_hand_comes_down_across_the_name_and_the_seal_over_the_position():
    """As blind9's: with an aim the printed name sits inside the signature's height, in its upper three
    quarters, most of the time; without, rarely; the lifted seal reaches 6 pt or more into the
    position's last line, its centre left of the line's middle."""
    for doc in BLIND15:
        assert_hand_and_seal_placed(doc)


def test_the_sideways_scan_is_turned_a_quarter_counterclockwise():
    page = Image.new("RGB", (200, 300), (255, 255, 255))
    page.putpixel((0, 0), (0, 0, 0))
    (sideways,) = turned([page], doc_named(SIDEWAYS).turn)
    assert sideways.size == (300, 200)
    assert sideways.getpixel((0, 200 - 1)) == (0, 0, 0)  # counterclockwise: the top left went bottom left
    assert {doc.slug for doc in BLIND15 if doc.turn} == {SIDEWAYS}


def test_the_written_files_open_with_their_truth(written):
    out, paths = written
    assert [path.name for path in paths] == [f"{TWO_PAGES}-scan.pdf", f"{BY_HAND}-scan.pdf", f"{UNSEALED}-photo.jpg"]
    for path in paths:
        slug = path.stem.rsplit("-", 1)[0]
        assert_written_file_opens(out, path, doc_named(slug), 2 if slug == TWO_PAGES else 1)
    one_page = [k for k, doc in enumerate(BLIND15) if doc.slug != TWO_PAGES]
    assert 4 <= sum(k % 2 == 1 for k in one_page) <= 6  # the full set: half the photos without a DPI
    assert [k for k, doc in enumerate(BLIND15) if doc.slug == UNSEALED][0] % 2 == 1


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

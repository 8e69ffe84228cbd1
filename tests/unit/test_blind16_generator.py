"""Blind set 16 (samples/blind16.py) is measured by benchmarks/fields.py only, never used to change a rule.
These check the generator, cheaply: every family is drawn as its docstring says and the truth follows
the stated conventions and the printed text, for all twelve documents through ``lay_out`` alone; the
signature and the seal land where the layout and the document's ``aim`` and ``lift`` put them; the
upside-down scan is turned as ``turn`` says (checked on a small image); and only three files (four pages)
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
from blind16 import BLIND16, FAMILIES, LEVELS, Doc9, make_blind16
from heldout import BLIND, DOCS, FRESH
from make_samples import A4

from tthc_digitize.extract.identifiers import cccd_ok, tax_code_ok

BEFORE = earlier_sets(15)  # blind15 was written beside it, unseen by its writer
HELD_OUT = (*DOCS, *FRESH, *BLIND)

STATION = "gcn-cua-hang-xang-dau-binh-chau"  # its number alone written by hand
INSPECTION = "qd-kiem-tra-kinh-doanh-xang-dau-pho-thanh"
TWO_PAGES = "qd-giao-cong-trinh-cap-nuoc-ea-tieu"
BY_HAND = "cv-thoa-thuan-dau-noi-thoat-nuoc-tan-quy-dong"  # the set's one công văn, too
PRINCIPAL = "qd-cong-nhan-hieu-truong-mam-non-sao-bien"
UPSIDE_DOWN = "qd-thanh-lap-nhom-tre-tien-phong"
RELIC = "qd-xep-hang-di-tich-dinh-than-phuoc-hung"
FILMING = "gp-quay-phim-khu-den-thap-my-son"
FERRY = "gp-ben-khach-ngang-song-hau-bong"
UNSEALED = "gcn-dang-ky-phuong-tien-thuy-tan-hung-dong"  # drawn as its phone photo
ASSOCIATION = "qd-thanh-lap-hoi-cuu-giao-chuc-buon-ho"
CHARTER = "qd-phe-duyet-dieu-le-hoi-sinh-vat-canh-vu-thu"
# each person holder with a personal number: the province code it opens with and their sex
PERSONS = {UPSIDE_DOWN: ("001", "F"), FERRY: ("025", "M"), UNSEALED: ("096", "F")}
FOREIGN = {PRINCIPAL: "PA4719362", FILMING: "YA4827153"}  # holders known by a passport only
VALID = {STATION: "2026-03-15", PRINCIPAL: "2027-07-31", FILMING: "2019-04-05", FERRY: "2025-06-29"}
# a validity: "có giá trị …", "có hiệu lực …" or "Thời hạn …:", then "đến (hết) ngày …"
STATED = re.compile(r"(có giá trị|có hiệu lực|Thời hạn[^:]*:) .*đến (?:hết )?ngày ")
BIRTH = re.compile(r"(?:[Ss]inh ngày:?|Ngày sinh:|Ngày, tháng, năm sinh:) (\d{1,2})/(\d{1,2})/(\d{4})")
ID12 = re.compile(r"(?<!\d)\d{12}(?!\d)")
ID10 = re.compile(r"(?<!\d)\d{10}(?!\d)")
PASSPORT = re.compile(r"hộ chiếu số ([A-Z]{2}\d{7})")


def of(name: str) -> list[Doc9]:
    return [doc for doc in BLIND16 if doc.family == name]


def doc_named(slug: str) -> Doc9:
    return next(doc for doc in BLIND16 if doc.slug == slug)


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    """Three files only, drawn as in the measured set (same seeds, same DPI), to keep this module cheap:
    the two-page scan, the scan numbered and dated by hand, and one JPEG photo. All 24 take over a minute."""
    out = tmp_path_factory.mktemp("blind16")
    scans = make_blind16(out, levels=("scan",), only={TWO_PAGES, BY_HAND})
    return out, scans + make_blind16(out, levels=("photo",), only={UNSEALED})


def test_twelve_documents_in_six_families_named_unlike_any_earlier_set():
    assert_unlike_earlier_sets(BLIND16, FAMILIES, LEVELS, BEFORE, HELD_OUT)
    assert {doc.family for doc in BLIND14} <= {doc.family for doc in BEFORE}  # blind14 counts as earlier


def test_dates_check_digits_personal_numbers_and_passports_are_real():
    for doc in BLIND16:
        assert DMY.fullmatch(doc.date_text) and iso(doc.date_text) == doc.issued, doc.slug
        issued = date.fromisoformat(doc.issued)
        assert 2017 <= issued.year <= 2022 and issued.weekday() < 5, doc.slug
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
            assert doc.holder_id[:3] == province and int(doc.holder_id[3]) == (sex == "F"), doc.slug
            after = body[body.index(doc.holder_name):]  # the holder's own number and birth come next
            assert ID12.search(after).group() == doc.holder_id, doc.slug
            born = BIRTH.search(after)
            assert born and born.start() < after.index(doc.holder_id) and born.group(3)[2:] == doc.holder_id[4:6]
    assert {doc.slug for doc in BLIND16 if doc.holder_id_type == "cccd"} == set(PERSONS)
    assert {doc.family for doc in BLIND16 if doc.holder_id_type == "tax_code"} == {"xangdau", "capnuoc"}
    assert [doc.slug for doc in BLIND16 if doc.holder_name and not doc.holder_id] == [
        PRINCIPAL, FILMING, ASSOCIATION, CHARTER]
    assert [doc.slug for doc in BLIND16 if doc.holder_name is None] == [BY_HAND, RELIC]
    for slug, passport in FOREIGN.items():  # a foreign holder: a passport, no personal number printed
        doc = doc_named(slug)
        assert PASSPORT.findall(" ".join(doc.body)) == [passport] and not ID12.search(" ".join(doc.body)), slug
    codes = [found for doc in BLIND16 for found in ID10.findall(" ".join(doc.body))]
    assert len(codes) == len(set(codes))  # no company is printed twice across the set


def test_valid_until_is_the_date_after_den_ngay_and_a_period_gives_none():
    for doc in BLIND16:
        stated = [re.split(r"đến (?:hết )?ngày ", text, maxsplit=1)[1] for text in doc.body if STATED.search(text)]
        assert len(stated) <= 1, doc.slug
        assert doc.valid_until == (iso(stated[0]) if stated else None) == VALID.get(doc.slug), doc.slug
        if doc.valid_until:
            assert doc.valid_until > doc.issued, doc.slug
    periods = [doc for doc in BLIND16 if re.search(r"\d+ (năm|tháng) kể từ ngày", " ".join(doc.body))]
    assert [doc.slug for doc in periods] == [TWO_PAGES, BY_HAND, UPSIDE_DOWN]
    assert all(doc.valid_until is None for doc in periods)
    assert "- Thời kỳ kiểm tra: từ ngày 01 tháng 01 năm 2020 đến ngày kiểm tra." in doc_named(INSPECTION).body
    assert "7. Thời gian hoạt động trong ngày: từ 05 giờ 00 đến 19 giờ 00." in doc_named(FERRY).body
    assert "05 năm, đến" in doc_named(STATION).body[-1] and "05 năm, đến" in doc_named(FERRY).body[-1]


def test_pages_titles_numbers_and_signers_are_printed_as_the_truth_says():
    for doc in BLIND16:
        page, signer, hand, grids = lay_out(doc)
        assert len(page.pages) == (2 if doc.slug == TWO_PAGES else 1) and signer[0] == len(page.pages) - 1
        assert grids == [] and not doc.number_under_title
        assert doc.turn == ((180.0,) if doc.slug == UPSIDE_DOWN else ())
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
    assert {doc.slug: doc.handwritten for doc in BLIND16 if doc.handwritten} == {
        BY_HAND: ("code_number", "issued_date"), STATION: ("code_number",)}
    page, signer, _, _ = lay_out(doc_named(TWO_PAGES))
    motto = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert motto in page.truth[0] and motto not in page.truth[1] and page.truth[1][0] == "2"
    body_on_two = [run for run in runs(doc_named(TWO_PAGES), 1)[1:] if run.y < signer[2] - 100 and run.x < A4[0] / 2]
    assert len(body_on_two) >= 3  # the end of the body came over with the signer
    assert any(run.text.startswith("4. Thời hạn giao quản lý") for run in body_on_two)
    assert any(run.text.startswith("Điều 4. Quyết định này có hiệu lực") for run in body_on_two)
    assert any(line.startswith("Điều 1. Giao quản lý, vận hành") for line in page.truth[0])
    cong_van = lay_out(doc_named(BY_HAND))[0].truth[0]
    assert f"Kính gửi: {doc_named(BY_HAND).addressees[0]}" in cong_van


def test_signer_blocks_issuers_and_names_vary_as_the_docstring_says():
    marks = {doc.signer_position[0].split(" ", 1)[0] for doc in BLIND16}
    assert {"KT.", "TL.", "TM.", "Q."} <= marks
    assert {tuple(doc.signer_position) for doc in BLIND16} >= {
        ("CHỦ TỊCH",), ("TRƯỞNG PHÒNG",), ("ĐỘI TRƯỞNG",), ("Q. TRƯỞNG PHÒNG",)}
    assert {len(doc.signer_name.split()) for doc in BLIND16} == {2, 3, 4, 5}
    stacked = [doc for doc in BLIND16 if "Đ" in doc.signer_name or any(  # a letter under a hat or horn and a tone
        sum(unicodedata.combining(mark) > 0 for mark in unicodedata.normalize("NFD", ch)) >= 2
        for ch in doc.signer_name)]
    assert len(stacked) >= 6
    three = [doc.slug for doc in BLIND16 if len(doc.issuer) == 3]
    assert three == [INSPECTION, FILMING] and all(1 <= len(doc.issuer) <= 3 for doc in BLIND16)
    council = [doc for doc in BLIND16 if doc.issuer[0] == "ỦY BAN NHÂN DÂN"]
    assert [doc.issuer[1].split(" ", 1)[0] for doc in council] == ["HUYỆN", "TỈNH", "HUYỆN", "THỊ", "HUYỆN"]
    parent_child = [doc for doc in BLIND16 if doc not in council and len(doc.issuer) == 2]
    assert len(parent_child) == 5
    assert [doc.slug for doc in BLIND16 if doc.seal is None] == [UNSEALED]
    assert sum(doc.aim != (0.0, 0.0) for doc in BLIND16) == 8 and len({doc.lift for doc in BLIND16}) >= 4
    assert all(len(doc.seal) <= 40 for doc in BLIND16 if doc.seal)  # the ring holds that many letters
    assert [len(doc.signer_position) for doc in BLIND16].count(3) == 1  # "TM." / "KT." / "PHÓ CHỦ TỊCH"
    assert doc_named(TWO_PAGES).signer_position == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
    assert doc_named(STATION).signer_position == ["TL. GIÁM ĐỐC", "TRƯỞNG PHÒNG QUẢN LÝ THƯƠNG MẠI"]
    assert {doc.issued[:4] for doc in BLIND16} == {"2017", "2018", "2019", "2020", "2021", "2022"}


def test_xangdau_holder_is_the_trader_never_the_station_the_owner_or_the_team():
    station, inspection = of("xangdau")
    assert station.slug == STATION and station.issuer == ["UBND TỈNH BR-VT", "SỞ CÔNG THƯƠNG"]
    assert station.title == ["GIẤY CHỨNG NHẬN", "CỬA HÀNG ĐỦ ĐIỀU KIỆN BÁN LẺ XĂNG DẦU"] and not station.subject
    named, _ = row(station, "Tên cửa hàng: ")
    k, holder = row(station, "Thương nhân sở hữu cửa hàng: ")
    assert named < k and holder == station.holder_name and holder.startswith("Doanh nghiệp tư nhân ")
    assert station.body[k + 1] == f"4. Mã số doanh nghiệp: {station.holder_id}"
    owner = row(station, "Chủ doanh nghiệp: ")[1]
    assert owner.startswith("ông ") and cccd_ok(owner[-12:]) and owner[-12:] != station.holder_id
    supplier = re.fullmatch(r"(Công ty [^,]+), mã số doanh nghiệp (\d{10})\.",
                            row(station, "Thương nhân cung cấp xăng dầu: ")[1])
    assert supplier and supplier.group(1) != holder and supplier.group(2) != station.holder_id
    assert station.body[-1] == "Giấy chứng nhận có giá trị 05 năm, đến ngày 15 tháng 3 năm 2026."
    assert inspection.slug == INSPECTION and inspection.issuer[2] == "ĐỘI QUẢN LÝ THỊ TRƯỜNG SỐ 4"
    assert len(inspection.subject) == 3 and inspection.subject[-1] == f"của {inspection.holder_name}"
    assert f"của {inspection.holder_name}, mã số doanh nghiệp {inspection.holder_id}, " in article(inspection)
    plan = re.search(r"Kế hoạch kiểm tra số (\d+)/KH-QLTT ngày (.+?) của", " ".join(inspection.body))
    assert plan.group(1) != inspection.number and iso(plan.group(2)) != inspection.issued
    team = article(inspection, 2)
    assert inspection.holder_name not in team and inspection.signer_name not in team
    assert inspection.signer_position == ["ĐỘI TRƯỞNG"] and inspection.valid_until is None


def test_capnuoc_holder_is_the_company_in_the_decision_and_none_in_the_cong_van():
    handover, cong_van = of("capnuoc")
    assert handover.slug == TWO_PAGES and handover.issuer == ["ỦY BAN NHÂN DÂN", "HUYỆN CƯ KUIN"]
    holder = handover.holder_name
    assert len(handover.subject) == 3 and " ".join(handover.subject).endswith(f"cho {holder}")
    assert not any(holder in line for line in handover.subject)  # the name is broken over two lines
    named = article(handover).split(" cho ", 1)[1]
    assert named.startswith(f"{holder}, mã số doanh nghiệp {handover.holder_id}, ")
    body = " ".join(handover.body)
    submitted = re.search(r"Tờ trình số (\d+)/TTr-NN ngày (.+?) của", body)
    letter = re.search(r"văn bản số (\d+)/CV-NSEK ngày (.+?) của (.+?),", body)
    for found in (submitted, letter):
        assert found.group(1) != handover.number and iso(found.group(2)) != handover.issued
    assert letter.group(3) == holder and handover.valid_until is None
    assert row(handover, "Thời hạn giao quản lý, vận hành, khai thác: ")[1].startswith("10 năm kể từ ngày")
    assert cong_van.slug == BY_HAND and cong_van.title == [] and cong_van.subject[0].startswith("V/v ")
    fields = cong_van.fields()
    assert fields["type_name"] == "CÔNG VĂN"
    assert fields["subject"] == "V/v thỏa thuận đấu nối thoát nước dự án Khu dân cư Tân Quy Đông"
    assert all(fields[key] is None for key in ("holder_name", "holder_id", "holder_id_type", "valid_until"))
    developer = cong_van.addressees[0]
    asked = re.search(rf"văn bản số (\d+)/2022/CV-HSĐ ngày (.+?) của {developer}, mã số doanh nghiệp (\d{{10}}),",
                      cong_van.body[0])
    assert asked and asked.group(1) != cong_van.number and iso(asked.group(2)) != cong_van.issued
    assert tax_code_ok(asked.group(3))


def test_mamnon_holder_is_the_head_teacher_or_the_founder_never_the_school():
    principal, playgroup = of("mamnon")
    assert principal.slug == PRINCIPAL and principal.issuer == ["UBND QUẬN 7", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"]
    assert principal.subject[1] == f"đối với bà {principal.holder_name}"
    assert article(principal).startswith(f"Điều 1. Công nhận bà {principal.holder_name}, quốc tịch Ô-xtrây-li-a, "
                                         "sinh ngày 22/6/1978, hộ chiếu số PA4719362, ")
    assert principal.holder_id is None and principal.holder_id_type is None
    company = re.search(r"của (Công ty [^,]+), mã số doanh nghiệp (\d{10}),", " ".join(principal.body))
    assert company and company.group(1) != principal.holder_name and tax_code_ok(company.group(2))
    assert article(principal, 2).startswith("Điều 2. Thời hạn công nhận: 05 năm, từ ngày 01 tháng 8 năm 2022 ")
    assert principal.signer_position == ["Q. TRƯỞNG PHÒNG"]
    assert playgroup.slug == UPSIDE_DOWN and playgroup.issuer[1] == "UBND XÃ TIỀN PHONG"
    assert article(playgroup).startswith(f"Điều 1. Cho phép bà {playgroup.holder_name}, sinh ngày 14/02/1986, số "
                                         f"định danh cá nhân {playgroup.holder_id}, ")
    founded = re.search(r"thành lập (Nhóm trẻ [^,]+),", article(playgroup)).group(1)
    assert founded == "Nhóm trẻ độc lập tư thục Búp Măng Xanh" and playgroup.holder_name not in founded
    assert playgroup.signer_position == ["CHỦ TỊCH"] and playgroup.valid_until is None


def test_ditich_no_holder_for_a_ranking_and_the_foreign_film_maker_for_the_permit():
    relic, filming = of("ditich")
    assert relic.slug == RELIC and relic.issuer == ["ỦY BAN NHÂN DÂN", "TỈNH BÀ RỊA - VŨNG TÀU"]
    assert len(relic.subject) == 3 and relic.place == "Bà Rịa"
    assert all(relic.fields()[key] is None for key in ("holder_name", "holder_id", "holder_id_type", "valid_until"))
    assert article(relic).startswith("Điều 1. Xếp hạng di tích lịch sử - văn hóa cấp tỉnh đối với Đình thần Phước "
                                     "Hưng, ")
    submitted = re.search(r"Tờ trình số (\d+)/TTr-SVHTT ngày (.+?),", " ".join(relic.body))
    assert submitted.group(1) != relic.number and iso(submitted.group(2)) != relic.issued
    assert "Ban Quý tế đình thần Phước Hưng" in article(relic, 2)
    assert filming.slug == FILMING and filming.issuer[0] == "UBND HUYỆN DUY XUYÊN"
    assert " ".join(filming.issuer[1:]) == "BAN QUẢN LÝ DI SẢN VĂN HÓA MỸ SƠN"
    assert filming.body[0] == f"TRƯỞNG {' '.join(filming.issuer[1:])}"
    assert filming.title == ["GIẤY PHÉP"] and filming.subject == ["Quay phim, chụp ảnh trong Khu đền tháp Mỹ Sơn"]
    k, holder = row(filming, "Họ và tên: ")
    assert holder == filming.holder_name and filming.body[k + 1].endswith("hộ chiếu số YA4827153")
    assert filming.holder_id is None and filming.holder_id_type is None
    guide = re.fullmatch(r"(Công ty [^,]+), mã số doanh nghiệp (\d{10})\.",
                         row(filming, "Đơn vị hướng dẫn tại Việt Nam: ")[1])
    assert guide and tax_code_ok(guide.group(2))
    letter = re.search(r"văn bản số (\d+)/BNG-TTBC ngày (.+?) của", " ".join(filming.body))
    assert letter.group(1) != filming.number and iso(letter.group(2)) != filming.issued
    assert filming.signer_position == ["KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"]


def test_thuynoidia_holder_is_the_ferryman_or_the_owner_never_the_boat():
    ferry, boat = of("thuynoidia")
    assert ferry.slug == FERRY and ferry.title == ["GIẤY PHÉP HOẠT ĐỘNG BẾN KHÁCH NGANG SÔNG"] and not ferry.subject
    k, holder = row(ferry, "Họ và tên chủ bến: ")
    assert holder == ferry.holder_name
    assert ferry.body[k + 1] == f"2. Ngày sinh: 11/6/1969; số định danh cá nhân: {ferry.holder_id}"
    assert "PT-1208" in row(ferry, "Phương tiện hoạt động tại bến: ")[1]
    assert row(ferry, "Thời hạn của giấy phép: ")[1] == "05 năm, đến hết ngày 29 tháng 6 năm 2025."
    assert ferry.signer_position == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]
    assert boat.slug == UNSEALED and boat.title == ["GIẤY CHỨNG NHẬN", "ĐĂNG KÝ PHƯƠNG TIỆN THỦY NỘI ĐỊA"]
    named, _ = row(boat, "Tên phương tiện: ")
    k, holder = row(boat, "Chủ phương tiện: ")
    assert named < k and holder == boat.holder_name
    assert boat.body[k + 1] == f"Ngày sinh: 07/9/1971; số định danh cá nhân: {boat.holder_id}"
    registered = row(boat, "Số đăng ký: ")[1]
    assert registered == "CM-04183" and boat.number not in registered
    assert boat.seal is None and boat.signer_position == ["TRƯỞNG PHÒNG"] and boat.valid_until is None


def test_quyhoi_holder_is_the_association_never_its_founder_or_chairman():
    founded, charter = of("quyhoi")
    assert founded.slug == ASSOCIATION and founded.subject == [f"Về việc cho phép thành lập {founded.holder_name}"]
    assert article(founded).startswith(f"Điều 1. Cho phép thành lập {founded.holder_name}, ")
    head = re.match(r"Điều 2\. Bà ([^,]+), sinh ngày [\d/]+, số định danh cá nhân (\d{12}), Trưởng Ban vận động",
                    article(founded, 2))
    assert head and head.group(1) not in founded.holder_name and cccd_ok(head.group(2))
    delegated = re.search(r"Quyết định số (\d+)/(\d{4})/QĐ-UBND ngày (.+?) của", " ".join(founded.body))
    assert delegated.group(1) != founded.number and iso(delegated.group(3)) != founded.issued
    assert charter.slug == CHARTER and charter.subject == ["Về việc phê duyệt Điều lệ (sửa đổi, bổ sung)",
                                                           charter.holder_name]
    assert article(charter).startswith(f"Điều 1. Phê duyệt Điều lệ (sửa đổi, bổ sung) {charter.holder_name} ")
    chairman = re.match(r"Điều 2\. Ông ([^,]+), sinh ngày [\d/]+, số định danh cá nhân (\d{12}), Chủ tịch Hội",
                        article(charter, 2))
    assert chairman and cccd_ok(chairman.group(2)) and "nhiệm kỳ 2022 - 2027" in article(charter)
    for doc in (founded, charter):
        assert doc.holder_id is None and doc.holder_id_type is None and doc.valid_until is None


def test_printed_lines_stay_inside_the_margins_and_apart():
    for doc in BLIND16:
        assert_printed_inside_and_apart(doc, LEFT_C)


def test_the_hand_comes_down_across_the_name_and_the_seal_over_the_position():
    """As blind9's: with an aim the printed name sits inside the signature's height, in its upper three
    quarters, most of the time; without, rarely; the lifted seal reaches 6 pt or more into the
    position's last line, its centre left of the line's middle."""
    for doc in BLIND16:
        assert_hand_and_seal_placed(doc)


def test_the_upside_down_scan_is_turned_half_a_turn():
    page = Image.new("RGB", (200, 300), (255, 255, 255))
    page.putpixel((0, 0), (0, 0, 0))
    (upside_down,) = turned([page], doc_named(UPSIDE_DOWN).turn)
    assert upside_down.size == (200, 300)
    assert upside_down.getpixel((200 - 1, 300 - 1)) == (0, 0, 0)  # the top left went bottom right
    assert {doc.slug for doc in BLIND16 if doc.turn} == {UPSIDE_DOWN}


def test_the_written_files_open_with_their_truth(written):
    out, paths = written
    assert [path.name for path in paths] == [f"{TWO_PAGES}-scan.pdf", f"{BY_HAND}-scan.pdf", f"{UNSEALED}-photo.jpg"]
    for path in paths:
        slug = path.stem.rsplit("-", 1)[0]
        assert_written_file_opens(out, path, doc_named(slug), 2 if slug == TWO_PAGES else 1)
    one_page = [k for k, doc in enumerate(BLIND16) if doc.slug != TWO_PAGES]
    assert 4 <= sum(k % 2 == 1 for k in one_page) <= 6  # the full set: half the photos without a DPI
    assert [k for k, doc in enumerate(BLIND16) if doc.slug == UNSEALED][0] % 2 == 1


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

"""Blind set 17 (samples/blind17.py) is measured by benchmarks/fields.py only, never used to change a rule.
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
from blind16 import BLIND16
from blind17 import BLIND17, FAMILIES, LEVELS, Doc9, make_blind17
from heldout import BLIND, DOCS, FRESH
from make_samples import A4

from tthc_digitize.extract.identifiers import cccd_ok, tax_code_ok

BEFORE = earlier_sets(17)  # blind2 to blind16
HELD_OUT = (*DOCS, *FRESH, *BLIND)

SHIP = "gcn-dang-ky-tau-bien-lam-giang-09"
TWO_PAGES = "qd-an-toan-hang-hai-nao-vet-ben-so-3"
GAME = "gcn-diem-tro-choi-dien-tu-thin-net"
BY_HAND = "cv-thoa-thuan-vi-tri-tram-bts-suoi-tre"  # the set's one công văn, too
HAMLET = "qd-thon-nong-thon-moi-kieu-mau-dong-dieu"
OCOP = "qd-ocop-3-sao-kho-ca-loc-tram-chim"
PAVEMENT = "gp-via-he-tran-quy-cap-hai-chau"  # its number alone written by hand
TREES = "gp-chat-ha-cay-xanh-dang-van-ngu"
FOREST = "qd-thue-moi-truong-rung-phong-nha"
UNSEALED = "gcn-homestay-pai-lung-may-trang"  # drawn as its phone photo
SIDEWAYS = "gcn-sang-kien-thanh-long-cho-gao"
RESEARCH = "qd-nghien-cuu-reu-tan-cuc-phuong"
# each person holder with a personal number: the province code it opens with and their sex
PERSONS = {GAME: ("066", "M"), PAVEMENT: ("048", "F"), UNSEALED: ("002", "F"), SIDEWAYS: ("082", "F")}
FOREIGN = {RESEARCH: "91843705"}  # holders known by a passport only
VALID = {GAME: "2021-06-12", PAVEMENT: "2024-09-30", FOREST: "2041-12-31", UNSEALED: "2026-10-30",
         RESEARCH: "2024-06-14"}
# a validity: "có giá trị …", "có hiệu lực …", "Thời hạn …:" or "Thời gian nghiên cứu:", then "đến (hết) ngày …"
STATED = re.compile(r"(có giá trị|có hiệu lực|Thời hạn[^:]*:|Thời gian nghiên cứu:) .*đến (?:hết )?ngày ")
BIRTH = re.compile(r"(?:[Ss]inh ngày:?|Ngày sinh:|Ngày, tháng, năm sinh:) (\d{1,2})/(\d{1,2})/(\d{4})")
ID12 = re.compile(r"(?<!\d)\d{12}(?!\d)")
ID10 = re.compile(r"(?<!\d)\d{10}(?!\d)")
PASSPORT = re.compile(r"hộ chiếu số (\d{8})")


def of(name: str) -> list[Doc9]:
    return [doc for doc in BLIND17 if doc.family == name]


def doc_named(slug: str) -> Doc9:
    return next(doc for doc in BLIND17 if doc.slug == slug)


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    """Three files only, drawn as in the measured set (same seeds, same DPI), to keep this module cheap:
    the two-page scan, the scan numbered and dated by hand, and one JPEG photo. All 24 take over a minute."""
    out = tmp_path_factory.mktemp("blind17")
    scans = make_blind17(out, levels=("scan",), only={TWO_PAGES, BY_HAND})
    return out, scans + make_blind17(out, levels=("photo",), only={UNSEALED})


def test_twelve_documents_in_six_families_named_unlike_any_earlier_set():
    assert_unlike_earlier_sets(BLIND17, FAMILIES, LEVELS, BEFORE, HELD_OUT)
    assert {doc.family for doc in BLIND16} <= {doc.family for doc in BEFORE}  # blind16 counts as earlier


def test_dates_check_digits_personal_numbers_and_passports_are_real():
    for doc in BLIND17:
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
            assert doc.holder_id[:3] == province and int(doc.holder_id[3]) == (sex == "F"), doc.slug
            after = body[body.index(doc.holder_name):]  # the holder's own number and birth come next
            assert ID12.search(after).group() == doc.holder_id, doc.slug
            born = BIRTH.search(after)
            assert born and born.start() < after.index(doc.holder_id) and born.group(3)[2:] == doc.holder_id[4:6]
    assert {doc.slug for doc in BLIND17 if doc.holder_id_type == "cccd"} == set(PERSONS)
    assert {doc.family for doc in BLIND17 if doc.holder_id_type == "tax_code"} == {"hanghai", "nongthon", "dothi",
                                                                                  "dulich"}
    assert [doc.slug for doc in BLIND17 if doc.holder_name and not doc.holder_id] == [RESEARCH]
    assert [doc.slug for doc in BLIND17 if doc.holder_name is None] == [BY_HAND, HAMLET]
    for slug, passport in FOREIGN.items():  # a foreign holder: a passport, no personal number printed
        doc = doc_named(slug)
        assert PASSPORT.findall(" ".join(doc.body)) == [passport] and not ID12.search(" ".join(doc.body)), slug
    codes = [found for doc in BLIND17 for found in ID10.findall(" ".join(doc.body))]
    assert len(codes) == len(set(codes))  # no company is printed twice across the set


def test_valid_until_is_the_date_after_den_ngay_and_a_period_gives_none():
    for doc in BLIND17:
        stated = [re.split(r"đến (?:hết )?ngày ", text, maxsplit=1)[1] for text in doc.body if STATED.search(text)]
        assert len(stated) <= 1, doc.slug
        assert doc.valid_until == (iso(stated[0]) if stated else None) == VALID.get(doc.slug), doc.slug
        if doc.valid_until:
            assert doc.valid_until > doc.issued, doc.slug
    periods = [doc for doc in BLIND17 if re.search(r"\d+ (năm|tháng) kể từ ngày", " ".join(doc.body))]
    assert [doc.slug for doc in periods] == [BY_HAND, OCOP]
    assert all(doc.valid_until is None for doc in periods)
    assert row(doc_named(TWO_PAGES), "Thời gian thi công: ")[1].startswith("75 ngày kể từ ngày khởi công;")
    assert "từ 22 giờ 00 đến 05 giờ 00" in row(doc_named(TREES), "Thời gian thực hiện: ")[1]
    assert "từ 06 giờ 00 đến 21 giờ 00" in row(doc_named(PAVEMENT), "Thời gian sử dụng trong ngày: ")[1]
    assert "20 năm, đến hết ngày" in row(doc_named(FOREST), "Thời hạn thuê: ")[1]


def test_pages_titles_numbers_and_signers_are_printed_as_the_truth_says():
    for doc in BLIND17:
        page, signer, hand, grids = lay_out(doc)
        assert len(page.pages) == (2 if doc.slug == TWO_PAGES else 1) and signer[0] == len(page.pages) - 1
        assert grids == [] and not doc.number_under_title
        assert doc.turn == ((-90.0,) if doc.slug == SIDEWAYS else ())
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
    assert {doc.slug: doc.handwritten for doc in BLIND17 if doc.handwritten} == {
        BY_HAND: ("code_number", "issued_date"), PAVEMENT: ("code_number",)}
    page, signer, _, _ = lay_out(doc_named(TWO_PAGES))
    motto = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert motto in page.truth[0] and motto not in page.truth[1] and page.truth[1][0] == "2"
    body_on_two = [run for run in runs(doc_named(TWO_PAGES), 1)[1:] if run.y < signer[2] - 100 and run.x < A4[0] / 2]
    assert len(body_on_two) >= 3  # the end of the body came over with the signer
    assert any(run.text.startswith("6. Thời gian thi công") for run in body_on_two)
    assert any(run.text.startswith("Điều 4. Quyết định này có hiệu lực") for run in body_on_two)
    assert any(line.startswith("Điều 1. Phê duyệt phương án") for line in page.truth[0])
    cong_van = lay_out(doc_named(BY_HAND))[0].truth[0]
    assert f"Kính gửi: {doc_named(BY_HAND).addressees[0]}" in cong_van


def test_signer_blocks_issuers_and_names_vary_as_the_docstring_says():
    marks = {doc.signer_position[0].split(" ", 1)[0] for doc in BLIND17}
    assert {"KT.", "TL.", "TM.", "Q.", "TUQ."} <= marks
    assert {tuple(doc.signer_position) for doc in BLIND17} >= {
        ("GIÁM ĐỐC",), ("CHỦ TỊCH",), ("TRƯỞNG PHÒNG",), ("Q. TRƯỞNG PHÒNG",), ("Q. GIÁM ĐỐC",)}
    assert {len(doc.signer_name.split()) for doc in BLIND17} == {2, 3, 4, 5}
    stacked = [doc for doc in BLIND17 if "Đ" in doc.signer_name or any(  # a letter under a hat or horn and a tone
        sum(unicodedata.combining(mark) > 0 for mark in unicodedata.normalize("NFD", ch)) >= 2
        for ch in doc.signer_name)]
    assert len(stacked) >= 6
    three = [doc.slug for doc in BLIND17 if len(doc.issuer) == 3]
    assert three == [TWO_PAGES, FOREST] and all(1 <= len(doc.issuer) <= 3 for doc in BLIND17)
    council = [doc for doc in BLIND17 if doc.issuer[0] == "ỦY BAN NHÂN DÂN"]
    assert [doc.issuer[1].split(" ", 1)[0] for doc in council] == ["HUYỆN", "HUYỆN", "HUYỆN", "QUẬN", "HUYỆN"]
    parent_child = [doc for doc in BLIND17 if doc not in council and len(doc.issuer) == 2]
    assert len(parent_child) == 5
    assert [doc.slug for doc in BLIND17 if doc.seal is None] == [UNSEALED]
    assert sum(doc.aim != (0.0, 0.0) for doc in BLIND17) == 8 and len({doc.lift for doc in BLIND17}) >= 4
    assert all(len(doc.seal) <= 40 for doc in BLIND17 if doc.seal)  # the ring holds that many letters
    assert [len(doc.signer_position) for doc in BLIND17].count(3) == 1  # "TM." / "KT." / "PHÓ CHỦ TỊCH"
    assert doc_named(GAME).signer_position == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
    assert doc_named(SIDEWAYS).signer_position == ["TUQ. CHỦ TỊCH", "TRƯỞNG PHÒNG KINH TẾ VÀ HẠ TẦNG"]
    assert doc_named(PAVEMENT).signer_position == ["TL. CHỦ TỊCH", "TRƯỞNG PHÒNG QUẢN LÝ ĐÔ THỊ"]
    assert {doc.issued[:4] for doc in BLIND17} == {str(year) for year in range(2018, 2025)}


def test_hanghai_holder_is_the_owner_or_the_port_company_never_the_ship_or_the_contractor():
    ship, plan = of("hanghai")
    assert ship.slug == SHIP and ship.issuer == ["CỤC HÀNG HẢI VIỆT NAM", "CẢNG VỤ HÀNG HẢI NGHỆ AN"]
    assert ship.title == ["GIẤY CHỨNG NHẬN ĐĂNG KÝ TÀU BIỂN"] and not ship.subject
    assert (ship.fields()["code_number"], ship.fields()["code_notation"]) == ("49", "2019/ĐKTB-CVNA")
    named, vessel = row(ship, "Tên tàu: ")
    k, holder = row(ship, "Chủ tàu: ")
    assert named < k and holder == ship.holder_name and vessel.startswith("LAM GIANG 09; ")
    assert ship.body[k + 1] == f"Mã số doanh nghiệp: {ship.holder_id}"
    registered = row(ship, "Số đăng ký: ")[1]
    assert registered == "VN-3284-CH" and ship.number not in registered
    replaced = re.search(r"số (\d+)/(\d{4})/ĐKTB-HP do .+? cấp ngày (.+?)\.$", ship.body[-1])
    assert replaced.group(1) != ship.number and iso(replaced.group(3)) != ship.issued
    assert ship.signer_position == ["GIÁM ĐỐC"] and ship.valid_until is None
    assert plan.slug == TWO_PAGES and plan.issuer[2] == "CẢNG VỤ HÀNG HẢI THANH HÓA" and len(plan.subject) == 2
    holder = plan.holder_name
    assert not any(holder in line for line in plan.subject)
    assert article(plan).split(" do ", 1)[1].startswith(f"{holder}, mã số doanh nghiệp {plan.holder_id}, làm chủ")
    contractor = re.fullmatch(r"(Công ty [^,]+), mã số doanh nghiệp (\d{10})\.", row(plan, "Đơn vị thi công: ")[1])
    assert contractor and contractor.group(1) != holder and tax_code_ok(contractor.group(2))
    letter = re.search(r"văn bản số (\d+)/CV-CHT ngày (.+?) của (.+?) đề nghị", " ".join(plan.body))
    assert letter.group(1) != plan.number and iso(letter.group(2)) != plan.issued and letter.group(3) == holder
    assert plan.signer_position == ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"] and plan.valid_until is None


def test_vienthong_holder_is_the_owner_of_the_game_room_and_none_in_the_cong_van():
    game, tower = of("vienthong")
    assert game.slug == GAME and game.issuer == ["ỦY BAN NHÂN DÂN", "HUYỆN KRÔNG NĂNG"]
    assert game.title == ["GIẤY CHỨNG NHẬN ĐỦ ĐIỀU KIỆN HOẠT ĐỘNG ĐIỂM", "CUNG CẤP DỊCH VỤ TRÒ CHƠI ĐIỆN TỬ CÔNG CỘNG"]
    assert not game.subject
    named, room = row(game, "Tên điểm cung cấp dịch vụ: ")
    k, owner = row(game, "Chủ điểm cung cấp dịch vụ: ")
    assert named < k and owner.startswith(f"{game.holder_name}, sinh ngày 17/10/1988, số định danh cá nhân "
                                          f"{game.holder_id}, ")
    assert game.holder_name.split()[-1] in room and game.holder_name not in room  # his first name names the room
    registration = re.search(r"hộ kinh doanh số (\w+) do .+? cấp ngày (.+?)\.", " ".join(game.body))
    assert registration.group(1) != game.holder_id and iso(registration.group(2)) != game.issued
    assert tower.slug == BY_HAND and tower.title == [] and len(tower.subject) == 3
    assert tower.subject[0].startswith("V/v ")
    fields = tower.fields()
    assert fields["type_name"] == "CÔNG VĂN"
    assert fields["subject"] == ("V/v thỏa thuận vị trí lắp đặt trạm thu phát sóng thông tin di động tại phường "
                                 "Suối Tre")
    assert all(fields[key] is None for key in ("holder_name", "holder_id", "holder_id_type", "valid_until"))
    company = tower.addressees[0]
    asked = re.search(rf"văn bản số (\d+)/2022/CV-TP ngày (.+?) của {company}, mã số doanh nghiệp (\d{{10}}),",
                      tower.body[0])
    assert asked and asked.group(1) != tower.number and iso(asked.group(2)) != tower.issued
    assert tax_code_ok(asked.group(3)) and "LKH-072" in tower.body[1]


def test_nongthon_no_holder_for_a_hamlet_and_the_cooperative_for_its_product():
    hamlet, ocop = of("nongthon")
    assert hamlet.slug == HAMLET and len(hamlet.subject) == 2
    assert all(hamlet.fields()[key] is None for key in ("holder_name", "holder_id", "holder_id_type", "valid_until"))
    assert article(hamlet).startswith("Điều 1. Công nhận thôn Đồng Điều, xã Ngọc Thiện, ")
    body = " ".join(hamlet.body)
    for pattern in (r"Tờ trình số (\d+)/TTr-UBND ngày (.+?) của", r"Báo cáo thẩm định số (\d+)/BC-VPĐP ngày (.+?) của"):
        found = re.search(pattern, body)
        assert found.group(1) != hamlet.number and iso(found.group(2)) != hamlet.issued
    assert "ông Thân Văn Lưu, Trưởng thôn" in article(hamlet, 2)
    assert ocop.slug == OCOP and ocop.subject == ["Về việc công nhận sản phẩm đạt 3 sao",
                                                  "Chương trình Mỗi xã một sản phẩm năm 2023"]
    product, maker = article(ocop).split(" của ", 1)
    assert maker.startswith(f"{ocop.holder_name}, mã số hợp tác xã {ocop.holder_id}, ")
    assert product == "Điều 1. Công nhận sản phẩm Khô cá lóc Tràm Chim đạt 3 sao, tổng số điểm 68/100 điểm,"
    assert ocop.fields()["code_notation"] == "QĐ-UBND-NN" and ocop.signer_position == ["CHỦ TỊCH"]
    assert "36 tháng kể từ ngày ký" in article(ocop, 2) and ocop.valid_until is None


def test_dothi_holder_is_the_woman_on_the_pavement_or_the_developer_never_the_contractor():
    pavement, trees = of("dothi")
    assert pavement.slug == PAVEMENT and pavement.title == ["GIẤY PHÉP"]
    assert pavement.fields()["subject"] == "Sử dụng tạm thời một phần vỉa hè ngoài mục đích giao thông"
    k, holder = row(pavement, "Người được cấp phép: ")
    assert holder == f"bà {pavement.holder_name}"
    assert pavement.body[k + 1] == f"2. Sinh ngày: 04/8/1975; số định danh cá nhân: {pavement.holder_id}"
    assert row(pavement, "Thời hạn của giấy phép: ")[1] == "từ ngày 01 tháng 4 năm 2024 đến ngày 30 tháng 9 năm 2024."
    assert trees.slug == TREES and trees.title == ["GIẤY PHÉP CHẶT HẠ, DỊCH CHUYỂN", "CÂY XANH ĐÔ THỊ"]
    assert not trees.subject and trees.issuer == ["UBND QUẬN ĐỐNG ĐA", "PHÒNG QUẢN LÝ ĐÔ THỊ"]
    k, holder = row(trees, "Chủ đầu tư: ")
    assert holder == trees.holder_name and trees.body[k + 1] == f"2. Mã số doanh nghiệp: {trees.holder_id}"
    contractor = re.fullmatch(r"(Công ty [^,]+), mã số doanh nghiệp (\d{10})\.", row(trees, "Đơn vị thực hiện: ")[1])
    assert contractor and contractor.group(1) != holder and tax_code_ok(contractor.group(2))
    assert row(trees, "Thời gian thực hiện: ")[1].startswith("30 ngày kể từ ngày ký giấy phép;")
    assert trees.signer_position == ["TRƯỞNG PHÒNG"] and trees.valid_until is None


def test_dulich_holder_is_the_tour_company_or_the_homestay_owner_never_the_homestay():
    forest, homestay = of("dulich")
    assert forest.slug == FOREST and forest.issuer[0] == "UBND TỈNH QUẢNG BÌNH"
    assert " ".join(forest.issuer[1:]) == "BQL VƯỜN QUỐC GIA PHONG NHA - KẺ BÀNG"
    assert article(forest).startswith(f"Điều 1. Cho {forest.holder_name}, mã số doanh nghiệp {forest.holder_id}, "
                                      "thuê môi trường rừng ")
    scheme = re.search(r"Quyết định số (\d+)/QĐ-UBND ngày (.+?) của", " ".join(forest.body))
    assert scheme.group(1) != forest.number and iso(scheme.group(2)) != forest.issued
    assert row(forest, "Thời hạn thuê: ")[1] == "20 năm, đến hết ngày 31 tháng 12 năm 2041."
    assert homestay.slug == UNSEALED and homestay.title == ["GIẤY CHỨNG NHẬN"] and len(homestay.subject) == 2
    named, name = row(homestay, "Tên cơ sở: ")
    k, holder = row(homestay, "Chủ cơ sở: ")
    assert named < k and holder == homestay.holder_name and holder not in name
    assert homestay.body[k + 1] == f"Ngày sinh: 05/11/1979; số định danh cá nhân: {homestay.holder_id}"
    assert homestay.seal is None and homestay.signer_position == ["Q. TRƯỞNG PHÒNG"]


def test_khoahoc_holder_is_the_author_or_the_foreign_researcher():
    initiative, research = of("khoahoc")
    assert initiative.slug == SIDEWAYS and initiative.title == ["GIẤY CHỨNG NHẬN SÁNG KIẾN"]
    assert not initiative.subject
    named, _ = row(initiative, "Tên sáng kiến: ")
    k, author = row(initiative, "Tác giả: ")
    assert named < k and author == f"bà {initiative.holder_name}"
    assert initiative.body[k + 1] == f"Ngày sinh: 19/4/1983; số định danh cá nhân: {initiative.holder_id}"
    decided = re.search(r"Quyết định số (\d+)/QĐ-UBND ngày (.+?) của", " ".join(initiative.body))
    assert decided.group(1) != initiative.number and iso(decided.group(2)) != initiative.issued
    assert initiative.valid_until is None
    assert research.slug == RESEARCH and research.issuer == ["BỘ NÔNG NGHIỆP VÀ PTNT", "VƯỜN QUỐC GIA CÚC PHƯƠNG"]
    assert article(research).startswith(f"Điều 1. Cho phép bà {research.holder_name}, quốc tịch Thụy Điển, sinh "
                                        "ngày 07/02/1986, hộ chiếu số 91843705, ")
    assert research.holder_id is None and research.holder_id_type is None
    letter = re.search(r"văn bản số (\d+)/BNN-HTQT ngày (.+?) của", " ".join(research.body))
    assert letter.group(1) != research.number and iso(letter.group(2)) != research.issued
    assert row(research, "Người hướng dẫn: ")[1].startswith("ông ")
    assert research.signer_position == ["Q. GIÁM ĐỐC"]


def test_printed_lines_stay_inside_the_margins_and_apart():
    for doc in BLIND17:
        assert_printed_inside_and_apart(doc, LEFT_C)


def test_the_hand_comes_down_across_the_name_and_the_seal_over_the_position():
    """As blind9's: with an aim the printed name sits inside the signature's height, in its upper three
    quarters, most of the time; without, rarely; the lifted seal reaches 6 pt or more into the
    position's last line, its centre left of the line's middle."""
    for doc in BLIND17:
        assert_hand_and_seal_placed(doc)


def test_the_sideways_scan_is_turned_a_quarter_clockwise():
    page = Image.new("RGB", (200, 300), (255, 255, 255))
    page.putpixel((0, 0), (0, 0, 0))
    (sideways,) = turned([page], doc_named(SIDEWAYS).turn)
    assert sideways.size == (300, 200)
    assert sideways.getpixel((300 - 1, 0)) == (0, 0, 0)  # clockwise: the top left went top right
    assert {doc.slug for doc in BLIND17 if doc.turn} == {SIDEWAYS}


def test_the_written_files_open_with_their_truth(written):
    out, paths = written
    assert [path.name for path in paths] == [f"{TWO_PAGES}-scan.pdf", f"{BY_HAND}-scan.pdf", f"{UNSEALED}-photo.jpg"]
    for path in paths:
        slug = path.stem.rsplit("-", 1)[0]
        assert_written_file_opens(out, path, doc_named(slug), 2 if slug == TWO_PAGES else 1)
    one_page = [k for k, doc in enumerate(BLIND17) if doc.slug != TWO_PAGES]
    assert 4 <= sum(k % 2 == 1 for k in one_page) <= 6  # the full set: half the photos without a DPI
    assert [k for k, doc in enumerate(BLIND17) if doc.slug == UNSEALED][0] % 2 == 1


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

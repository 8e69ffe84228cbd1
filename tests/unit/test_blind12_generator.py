"""Blind set 12 (samples/blind12.py) is measured by benchmarks/fields.py only, never used to change a rule.
These check the generator, cheaply: every family is drawn as its docstring says and the truth follows
the stated conventions and the printed text, for all twelve documents through ``lay_out`` alone; the
signature and the seal land where the layout and the document's ``aim`` and ``lift`` put them; the
sideways scan is turned as ``turn`` says (checked on a small image); and only three files (four pages)
are actually rendered: the two-page scan with its signature and seal on page 2, the scan numbered and
dated by hand, and the unsealed document's phone photo, written with their truth files, their ink
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
from blind9 import Doc9, turned
from blind12 import BLIND12, FAMILIES, LEVELS, make_blind12
from make_samples import A4

from tthc_digitize.extract.identifiers import cccd_ok, tax_code_ok

BEFORE = earlier_sets(12)

TWO_PAGES = "qd-huong-luong-huu-hang-thang-vy-da"
BY_HAND = "qd-huong-tro-cap-that-nghiep-rach-gia"
UNSEALED = "giay-xac-nhan-vay-von-sinh-vien-long-xuyen"  # drawn as its phone photo
SIDEWAYS = "gcn-kiem-dich-lon-thit-cam-my"
CONG_VAN = "cv-chap-thuan-dong-moi-tau-ca-gio-viet"
# each person holder with a CCCD: the province code their number opens with (where they live) and their sex
PERSONS = {TWO_PAGES: ("046", "F"), BY_HAND: ("091", "M"), SIDEWAYS: ("075", "M"),
           "gcn-dang-ky-tau-ca-quynh-lap": ("040", "M"), "qd-mien-hoc-phi-sinh-vien-tay-nguyen": ("066", "F"),
           UNSEALED: ("089", "F"), "phieu-ly-lich-tu-phap-so-1-dong-hoi": ("044", "M"),
           "phieu-ly-lich-tu-phap-so-2-da-lat": ("068", "M")}
VALID = {BY_HAND: "2022-10-13", SIDEWAYS: "2021-03-06", "gcn-co-so-an-toan-dich-benh-cat-hanh": "2025-11-20"}
# a validity: "có giá trị …", "có hiệu lực …", "Thời hạn …:" or a benefit's "Thời gian hưởng:", then "đến (hết) ngày …"
STATED = re.compile(r"(có giá trị|có hiệu lực|Thời hạn[^:]*:|Thời gian hưởng:) .*đến (?:hết )?ngày ")
BIRTH = re.compile(r"(?:[Ss]inh ngày:?|Ngày sinh:|Ngày, tháng, năm sinh:) (\d{1,2})/(\d{1,2})/(\d{4})")


def of(name: str) -> list[Doc9]:
    return [doc for doc in BLIND12 if doc.family == name]


def doc_named(slug: str) -> Doc9:
    return next(doc for doc in BLIND12 if doc.slug == slug)


def dash_row(doc: Doc9, label: str) -> tuple[int, str]:
    """The first body paragraph "- {label}…" (a row of a list inside an article), and the rest."""
    return next((k, text[len(label) + 2:]) for k, text in enumerate(doc.body) if text.startswith(f"- {label}"))


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    """Three files only, drawn as in the measured set (same seeds, same DPI), to keep this module cheap:
    the two-page scan, the scan numbered and dated by hand, and one JPEG photo. All 24 take over a minute."""
    out = tmp_path_factory.mktemp("blind12")
    scans = make_blind12(out, levels=("scan",), only={TWO_PAGES, BY_HAND})
    return out, scans + make_blind12(out, levels=("photo",), only={UNSEALED})


def test_twelve_documents_in_six_families_named_unlike_any_earlier_set():
    assert_unlike_earlier_sets(BLIND12, FAMILIES, LEVELS, BEFORE)


def test_dates_check_digits_and_personal_numbers_are_real():
    for doc in BLIND12:
        assert DMY.fullmatch(doc.date_text) and iso(doc.date_text) == doc.issued, doc.slug
        issued = date.fromisoformat(doc.issued)
        assert 2018 <= issued.year <= 2023 and issued.weekday() < 5, doc.slug
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
        births = list(BIRTH.finditer(body))
        for born in births:  # the person's number comes next, and agrees with the year
            following = re.search(r"(?<!\d)\d{12}(?!\d)", body[born.end():])
            assert following and cccd_ok(following.group(), int(born.group(3))), doc.slug
            assert int(born.group(3)) < issued.year
        if doc.holder_id_type == "cccd":
            province, sex = PERSONS[doc.slug]
            assert doc.holder_id[:3] == province and int(doc.holder_id[3]) % 2 == (sex == "F"), doc.slug
            assert any(born.group(3)[2:] == doc.holder_id[4:6] for born in births), doc.slug  # a birth is printed
            own = (rf"(?:[Ss]inh ngày:?|Ngày sinh:) [\d/]+[;,] số (?:định danh cá nhân|căn cước công dân):? "
                   rf"{doc.holder_id}")
            if doc.family == "lylich":  # the form's own rows: the birth, then the number further down
                own = rf"Ngày, tháng, năm sinh: [\d/]+ .* Số định danh cá nhân: {doc.holder_id};"
            assert re.search(own, body), doc.slug  # the birth printed is the holder's own
    assert {doc.slug for doc in BLIND12 if doc.holder_id_type == "cccd"} == set(PERSONS)
    assert {doc.family for doc in BLIND12 if doc.holder_id_type == "tax_code"} == {"kiemdich", "dichvu"}


def test_valid_until_is_the_date_after_den_ngay_and_a_period_gives_none():
    for doc in BLIND12:
        stated = [re.split(r"đến (?:hết )?ngày ", text, maxsplit=1)[1] for text in doc.body if STATED.search(text)]
        assert len(stated) <= 1, doc.slug
        assert doc.valid_until == (iso(stated[0]) if stated else None) == VALID.get(doc.slug), doc.slug
        if doc.valid_until:
            assert doc.valid_until > doc.issued, doc.slug
    periods = [doc for doc in BLIND12 if re.search(r"\d+ (năm|tháng) kể từ ngày", " ".join(doc.body))]
    assert {doc.slug for doc in periods} == {CONG_VAN, "qd-cong-nhan-hang-khach-san-bai-chay"}
    assert all(doc.valid_until is None for doc in periods)
    pension = doc_named(TWO_PAGES)  # the day a pension starts is no validity
    assert "kể từ ngày 01 tháng 8 năm 2022" in " ".join(pension.body) and pension.valid_until is None
    assert doc_named(UNSEALED).valid_until is None and "ra trường dự kiến: tháng 6 năm 2026" in printed(
        doc_named(UNSEALED))


def test_pages_titles_numbers_and_signers_are_printed_as_the_truth_says():
    for doc in BLIND12:
        page, signer, hand, grids = lay_out(doc)
        assert len(page.pages) == (2 if doc.slug == TWO_PAGES else 1) and signer[0] == len(page.pages) - 1
        assert grids == [] and not doc.number_under_title
        assert doc.turn == ((-90.0,) if doc.slug == SIDEWAYS else ())
        assert bool(doc.addressees) == (doc.slug == CONG_VAN)
        first, last = page.truth[0], page.truth[-1]
        assert doc.signer_name in last and all(line in last for line in doc.signer_position)
        assert all(line in first for line in doc.title + doc.subject)
        lines = [line for texts in page.truth for line in texts]
        assert doc.holder_name is None or any(doc.holder_name in line for line in lines), doc.slug
        assert ("Nơi nhận:" in lines) == (doc.family != "lylich"), doc.slug
        fields = doc.fields()
        assert fields["organ_name"] == " ".join(doc.issuer) and fields["signer_full_name"] == doc.signer_name
        assert fields["type_name"] == (" ".join(doc.title) or "CÔNG VĂN") and (doc.title or doc.slug == CONG_VAN)
        assert fields["subject"] == (" ".join(doc.subject) or None)
        assert fields["signer_position"] == " ".join(doc.signer_position)
        rest = doc.date_text.split(" ", 1)[1]
        if doc.handwritten:
            assert sorted(text for *_, text in hand) == sorted([doc.number, doc.date_text.split()[0]])
            assert f"Số: {doc.blank}/{doc.notation}" in first and f"{doc.place}, ngày {doc.blank} {rest}" in first
            assert {n for n, *_ in hand} == {0}
        else:
            assert hand == [] and f"Số: {doc.number}/{doc.notation}" in first
            assert f"{doc.place}, ngày {doc.date_text}" in first
    assert [doc.slug for doc in BLIND12 if doc.handwritten] == [BY_HAND]
    page, signer, _, _ = lay_out(doc_named(TWO_PAGES))
    motto = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert motto in page.truth[0] and motto not in page.truth[1] and page.truth[1][0] == "2"
    body_on_two = [run for run in runs(doc_named(TWO_PAGES), 1)[1:] if run.y < signer[2] - 100 and run.x < A4[0] / 2]
    assert len(body_on_two) >= 3  # the end of the body came over with the signer
    assert any(run.text.startswith("Điều 4. ") for run in body_on_two)
    assert any("Điều 1. " in line for line in page.truth[0]) and "Ông (bà): Phạm Thị Diệu Hiền" in page.truth[0]
    cong_van = lay_out(doc_named(CONG_VAN))[0].truth[0]
    assert "Kính gửi:" in cong_van and all(f"- {name}" in cong_van for name in doc_named(CONG_VAN).addressees)


def test_signer_blocks_issuers_and_names_vary_as_the_docstring_says():
    marks = {doc.signer_position[0].split(" ", 1)[0] for doc in BLIND12}
    assert {"KT.", "TL.", "TM.", "Q."} <= marks
    assert {len(doc.signer_name.split()) for doc in BLIND12} == {2, 3, 4, 5}
    stacked = [doc for doc in BLIND12 if "Đ" in doc.signer_name or any(  # a letter under a hat or horn and a tone
        sum(unicodedata.combining(mark) > 0 for mark in unicodedata.normalize("NFD", ch)) >= 2
        for ch in doc.signer_name)]
    assert len(stacked) >= 8
    parent_child = [doc for doc in BLIND12 if doc.issuer[0] != "ỦY BAN NHÂN DÂN"]
    assert len(parent_child) == 11 and all(len(doc.issuer) == 2 for doc in BLIND12)
    assert [doc.slug for doc in BLIND12 if doc.seal is None] == [UNSEALED]
    assert sum(doc.aim != (0.0, 0.0) for doc in BLIND12) == 8 and len({doc.lift for doc in BLIND12}) >= 4
    assert all(len(doc.seal) <= 40 for doc in BLIND12 if doc.seal)  # the ring holds that many letters
    assert [len(doc.signer_position) for doc in BLIND12].count(3) == 1  # "TM." / "KT." / "PHÓ CHỦ TỊCH"


def test_baohiem_holder_is_the_insured_person_never_the_insurance_number():
    pension, benefit = of("baohiem")
    assert pension.slug == TWO_PAGES and pension.subject == ["Về việc hưởng lương hưu hằng tháng"]
    assert article(pension) == "Điều 1. Giải quyết hưởng lương hưu hằng tháng đối với:"
    k, holder = row(pension, "Ông (bà): ")
    assert holder == pension.holder_name
    assert pension.body[k + 1] == f"Sinh ngày: 18/11/1966; số định danh cá nhân: {pension.holder_id}"
    insured = re.fullmatch(r"Mã số bảo hiểm xã hội: (\d{10})", pension.body[k + 2]).group(1)
    assert insured != pension.holder_id and tax_code_ok(insured)  # ten digits that pass as a tax code
    assert benefit.slug == BY_HAND and benefit.handwritten == ("code_number", "issued_date")
    named = article(benefit).split("Điều 1. Ông ", 1)[1]
    assert named.startswith(f"{benefit.holder_name}, sinh ngày ") and benefit.holder_id in named
    book = re.search(r"số sổ bảo hiểm xã hội (\d{10})", named).group(1)
    assert book != benefit.holder_id and benefit.holder_id_type == "cccd"
    assert dash_row(benefit, "Thời gian hưởng: ")[1] == "từ ngày 14/6/2022 đến ngày 13/10/2022."


def test_kiemdich_holder_is_the_trader_or_the_farm_owner_never_the_farm():
    quarantine, farm = of("kiemdich")
    for doc in (quarantine, farm):
        assert doc.issuer[-1] == "CHI CỤC CHĂN NUÔI VÀ THÚ Y" and doc.issuer[0].startswith("SỞ NN&PTNT ")
    assert quarantine.title == ["GIẤY CHỨNG NHẬN KIỂM DỊCH"] and len(quarantine.subject) == 1
    k, holder = row(quarantine, "Tên chủ hàng: ")
    assert holder == "Ông " + quarantine.holder_name and quarantine.body[k + 1].endswith(quarantine.holder_id)
    assert quarantine.signer_position == ["Q. CHI CỤC TRƯỞNG"] and quarantine.slug == SIDEWAYS
    for label in ("Nơi xuất phát: ", "Nơi đến: ", "Phương tiện vận chuyển: "):
        assert quarantine.holder_name not in row(quarantine, label)[1]
    assert farm.title == ["GIẤY CHỨNG NHẬN", "CƠ SỞ AN TOÀN DỊCH BỆNH ĐỘNG VẬT"] and not farm.subject
    k, name = row(farm, "Tên cơ sở: ")
    assert name != farm.holder_name and farm.body[k + 1] == f"Chủ cơ sở: {farm.holder_name}"
    assert farm.body[k + 2] == f"Mã số doanh nghiệp: {farm.holder_id}" and farm.holder_id_type == "tax_code"
    assert farm.holder_id not in row(farm, "Mã số cơ sở an toàn dịch bệnh: ")[1]


def test_tauca_holder_is_the_owner_and_the_cong_van_has_none():
    registration, cong_van = of("tauca")
    assert registration.title == ["GIẤY CHỨNG NHẬN ĐĂNG KÝ TÀU CÁ"] and not registration.subject
    k, vessel = row(registration, "Số đăng ký: ")
    assert re.fullmatch(r"[A-Z]{2}-\d{5}-TS", vessel) and vessel != registration.number
    assert registration.body[k + 1] == f"Tên chủ tàu: {registration.holder_name}"
    assert registration.body[k + 2].endswith(f"số định danh cá nhân: {registration.holder_id}")
    assert registration.holder_name not in row(registration, "Thuyền trưởng: ")[1]
    assert registration.valid_until is None
    assert cong_van.slug == CONG_VAN and cong_van.title == [] and cong_van.subject[0].startswith("V/v ")
    fields = cong_van.fields()
    assert fields["type_name"] == "CÔNG VĂN" and fields["subject"] == " ".join(cong_van.subject)
    assert all(fields[key] is None for key in ("holder_name", "holder_id", "holder_id_type", "valid_until"))
    assert len(cong_van.addressees) == 2 and cong_van.signer_position[0] == "TL. GIÁM ĐỐC"
    assert re.search(r"mã số doanh nghiệp (\d{10})", " ".join(cong_van.body))  # the shipyard's, never a field


def test_sinhvien_holder_is_the_student_never_the_student_code():
    exemption, loan = of("sinhvien")
    assert exemption.subject[0] == "Về việc miễn học phí"
    assert exemption.subject[1] == f"đối với sinh viên {exemption.holder_name}"
    named = article(exemption).split("Miễn 100% học phí cho sinh viên ", 1)[1]
    assert named.startswith(f"{exemption.holder_name}, sinh ngày ") and exemption.holder_id in named
    assert "mã số sinh viên 21A1070043" in named and exemption.valid_until is None
    assert loan.title == ["GIẤY XÁC NHẬN"] and loan.subject == ["(Dùng cho sinh viên vay vốn tín dụng)"]
    k, holder = row(loan, "Họ và tên sinh viên: ")
    assert holder == loan.holder_name and loan.body[k + 1].endswith(f"số định danh cá nhân: {loan.holder_id}")
    assert loan.body[k + 2].startswith("Mã số sinh viên: ") and loan.seal is None
    assert loan.signer_position == ["TL. HIỆU TRƯỞNG", "TRƯỞNG PHÒNG CÔNG TÁC SINH VIÊN"]


def test_lylich_title_keeps_its_so_and_the_holder_is_on_ho_va_ten():
    first, second = of("lylich")
    for n, doc in ((1, first), (2, second)):
        assert doc.title == [f"PHIẾU LÝ LỊCH TƯ PHÁP SỐ {n}"] and not doc.subject and not doc.recipients
        assert doc.fields()["code_number"] == doc.number != str(n) and doc.notation == "STP-LLTP"
        assert row(doc, "Họ và tên: ")[1] == doc.holder_name
        assert row(doc, "Số định danh cá nhân: ")[1].startswith(f"{doc.holder_id}; ngày cấp: ")
        assert doc.place not in row(doc, "Nơi sinh: ")[1] and doc.valid_until is None
    for label in ("Họ và tên cha: ", "Họ và tên mẹ: ", "Họ và tên vợ: "):
        assert row(second, label)[1] != second.holder_name
    judgment = next(text for text in second.body if text.startswith("Bản án số "))
    assert re.match(r"Bản án số (\d+)/", judgment).group(1) != second.number and "Tòa án nhân dân" in judgment
    assert row(first, "Án tích: ")[1] == "Không có án tích."


def test_dichvu_holder_is_the_business_never_the_hotel_or_the_owner():
    hotel, karaoke = of("dichvu")
    assert hotel.issuer[-1] == "SỞ DU LỊCH" and hotel.subject == ["Về việc công nhận hạng cơ sở lưu trú du lịch"]
    _, name = dash_row(hotel, "Tên cơ sở lưu trú du lịch: ")
    assert name.startswith("Khách sạn ") and name != hotel.holder_name
    k, holder = dash_row(hotel, "Tên doanh nghiệp: ")
    assert holder == hotel.holder_name and hotel.body[k + 1] == f"- Mã số doanh nghiệp: {hotel.holder_id}"
    assert article(hotel, 2) == "Điều 2. Thời hạn công nhận hạng là 05 năm kể từ ngày ký."
    assert karaoke.title == ["GIẤY PHÉP ĐỦ ĐIỀU KIỆN KINH DOANH", "DỊCH VỤ KARAOKE"] and not karaoke.subject
    k, holder = row(karaoke, "Tên hộ kinh doanh: ")
    assert holder == karaoke.holder_name and karaoke.body[k + 1] == f"2. Mã số hộ kinh doanh: {karaoke.holder_id}"
    assert karaoke.holder_name not in row(karaoke, "Chủ hộ kinh doanh: ")[1]
    assert karaoke.signer_position == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
    assert karaoke.issuer == ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỘI AN"] and karaoke.valid_until is None


def test_printed_lines_stay_inside_the_margins_and_apart():
    for doc in BLIND12:
        assert_printed_inside_and_apart(doc, LEFT_C)


def test_the_hand_comes_down_across_the_name_and_the_seal_over_the_position():
    """As blind9's: with an aim the printed name sits inside the signature's height, in its upper three
    quarters, most of the time; without, rarely; the lifted seal reaches 6 pt or more into the
    position's last line, its centre left of the line's middle."""
    for doc in BLIND12:
        assert_hand_and_seal_placed(doc)


def test_the_sideways_scan_is_turned_a_quarter_clockwise():
    page = Image.new("RGB", (200, 300), (255, 255, 255))
    page.putpixel((0, 0), (0, 0, 0))
    (sideways,) = turned([page], doc_named(SIDEWAYS).turn)
    assert sideways.size == (300, 200)
    assert sideways.getpixel((300 - 1, 0)) == (0, 0, 0)  # clockwise: the top left went top right
    assert {doc.slug for doc in BLIND12 if doc.turn} == {SIDEWAYS}


def test_the_written_files_open_with_their_truth(written):
    out, paths = written
    assert [path.name for path in paths] == [f"{TWO_PAGES}-scan.pdf", f"{BY_HAND}-scan.pdf", f"{UNSEALED}-photo.jpg"]
    for path in paths:
        slug = path.stem.rsplit("-", 1)[0]
        assert_written_file_opens(out, path, doc_named(slug), 2 if slug == TWO_PAGES else 1)
    one_page = [k for k, doc in enumerate(BLIND12) if doc.slug != TWO_PAGES]
    assert 4 <= sum(k % 2 == 1 for k in one_page) <= 6  # the full set: half the photos without a DPI


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

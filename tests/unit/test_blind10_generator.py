"""Blind set 10 (samples/blind10.py) is measured by benchmarks/fields.py only, never used to change a rule.
These check the generator, cheaply: every family is drawn as its docstring says and the truth follows
the stated conventions and the printed text, for all twelve documents through ``lay_out`` alone; the
signature and the seal land where the layout and the document's ``aim`` and ``lift`` put them; and
only three files (four pages) are actually rendered: the two-page scan with its signature and seal on
page 2, the scan numbered and dated by hand, and the unsealed document's phone photo, written with their
truth files, their ink looked for where it belongs."""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from datetime import date

import numpy as np
import pymupdf
import pytest
from blind_layout import (
    earlier_sets,
    DMY, article, assert_hand_and_seal_placed, assert_printed_inside_and_apart,
    assert_signed_and_sealed_on_page_two_only, assert_unlike_earlier_sets, ink_in, inks, iso, lay_out, printed, row,
    runs, scan_pixels, signer_runs,
)
from helpers import ROOT
from PIL import Image

sys.path.insert(0, str(ROOT / "samples"))
from blind5 import LEFT_C
from blind9 import Doc9, turned
from blind10 import BLIND10, FAMILIES, LEVELS, make_blind10
from make_samples import A4, PAPER

from tthc_digitize.extract.identifiers import cccd_ok, tax_code_ok

BEFORE = earlier_sets(10)

TWO_PAGES = "gcn-dang-ky-dau-tu-go-thang-binh"
BY_HAND = "qd-cong-nhan-ho-thoat-ngheo-nghia-ky"
UNSEALED = "xn-khong-thuoc-dien-cap-gpld-long-an"  # drawn as its phone photo
TILTED = "gp-hoat-dong-nha-khoa-tam-dao"
# each person holder with a CCCD: the province code their number opens with (where they live) and their sex
PERSONS = {"gcn-dang-ky-nghia-vu-quan-su-vi-xuyen": ("002", "M"), "qd-tam-hoan-nhap-ngu-trieu-son": ("038", "M"),
           "gcn-ho-ngheo-nan-san": ("010", "M"), BY_HAND: ("051", "F")}
VALID = {"qd-tam-hoan-nhap-ngu-trieu-son": "2026-06-30", "gcn-ho-ngheo-nan-san": "2022-12-31",
         "gp-lao-dong-nhon-trach": "2025-02-28", UNSEALED: "2022-06-14"}


def of(name: str) -> list[Doc9]:
    return [doc for doc in BLIND10 if doc.family == name]


def doc_named(slug: str) -> Doc9:
    return next(doc for doc in BLIND10 if doc.slug == slug)


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    """Three files only, drawn as in the measured set (same seeds, same DPI), to keep this module cheap:
    the two-page scan, the scan numbered and dated by hand, and one JPEG photo. All 24 take over a minute."""
    out = tmp_path_factory.mktemp("blind10")
    scans = make_blind10(out, levels=("scan",), only={TWO_PAGES, BY_HAND})
    return out, scans + make_blind10(out, levels=("photo",), only={UNSEALED})


def test_twelve_documents_in_six_families_named_unlike_any_earlier_set():
    assert_unlike_earlier_sets(BLIND10, FAMILIES, LEVELS, BEFORE)


def test_dates_check_digits_and_personal_numbers_are_real():
    for doc in BLIND10:
        assert DMY.fullmatch(doc.date_text) and iso(doc.date_text) == doc.issued, doc.slug
        issued = date.fromisoformat(doc.issued)
        assert 2018 <= issued.year <= 2023 and issued.weekday() < 5, doc.slug
        text = printed(doc)
        for digits, valid in ((10, tax_code_ok), (12, cccd_ok)):  # every tax code and personal number printed
            assert all(valid(found) for found in re.findall(rf"(?<!\d)\d{{{digits}}}(?!\d)", text)), doc.slug
        if doc.holder_id:
            check = {"tax_code": tax_code_ok, "cccd": cccd_ok}[doc.holder_id_type]
            assert doc.holder_id in text and check(doc.holder_id), doc.slug
        else:
            assert doc.holder_id_type is None, doc.slug
        body = " ".join(doc.body)
        births = list(re.finditer(r"(?:[Ss]inh ngày:?|Ngày sinh:) \d{1,2}/\d{1,2}/(\d{4})", body))
        for born in births:  # the person's number comes next, and agrees with the year
            following = re.search(r"(?<!\d)\d{12}(?!\d)", body[born.end():])
            assert following and cccd_ok(following.group(), int(born.group(1))), doc.slug
            assert int(born.group(1)) < issued.year
        if doc.holder_id_type == "cccd":
            province, sex = PERSONS[doc.slug]
            assert doc.holder_id[:3] == province and int(doc.holder_id[3]) % 2 == (sex == "F"), doc.slug
            assert any(born.group(1)[2:] == doc.holder_id[4:6] for born in births), doc.slug  # a birth is printed
    assert {doc.slug for doc in BLIND10 if doc.holder_id_type == "cccd"} == set(PERSONS)
    assert {doc.family for doc in BLIND10 if doc.holder_id_type == "tax_code"} == {"luatsu", "dautu"}


def test_valid_until_is_the_date_after_den_ngay_and_a_period_gives_none():
    for doc in BLIND10:
        stated = [re.split(r"đến (?:hết )?ngày ", text, maxsplit=1)[1] for text in doc.body
                  if re.search(r"(có giá trị|Thời hạn[^:]*:) .*đến (?:hết )?ngày ", text)]
        assert len(stated) <= 1, doc.slug
        assert doc.valid_until == (iso(stated[0]) if stated else None) == VALID.get(doc.slug), doc.slug
        if doc.valid_until:
            assert doc.valid_until > doc.issued, doc.slug
    periods = [doc for doc in BLIND10 if re.search(r"\d+ (năm|tháng) kể từ ngày", " ".join(doc.body))]
    assert len(periods) >= 3 and all(doc.valid_until is None for doc in periods)


def test_pages_titles_numbers_and_signers_are_printed_as_the_truth_says():
    for doc in BLIND10:
        page, signer, hand, grids = lay_out(doc)
        assert len(page.pages) == (2 if doc.slug == TWO_PAGES else 1) and signer[0] == len(page.pages) - 1
        assert grids == [] and not doc.number_under_title and not doc.addressees
        first, last = page.truth[0], page.truth[-1]
        assert doc.signer_name in last and all(line in last for line in doc.signer_position)
        assert all(line in first for line in doc.title + doc.subject)
        lines = [line for texts in page.truth for line in texts]
        assert doc.holder_name is None or any(doc.holder_name in line for line in lines), doc.slug
        fields = doc.fields()
        assert fields["organ_name"] == " ".join(doc.issuer) and fields["signer_full_name"] == doc.signer_name
        assert fields["type_name"] == " ".join(doc.title) and doc.title
        assert fields["subject"] == (" ".join(doc.subject) or None)
        rest = doc.date_text.split(" ", 1)[1]
        if doc.handwritten:
            assert sorted(text for *_, text in hand) == sorted([doc.number, doc.date_text.split()[0]])
            assert f"Số: {doc.blank}/{doc.notation}" in first and f"{doc.place}, ngày {doc.blank} {rest}" in first
            assert {n for n, *_ in hand} == {0}
        else:
            assert hand == [] and f"Số: {doc.number}/{doc.notation}" in first
            assert f"{doc.place}, ngày {doc.date_text}" in first
    assert [doc.slug for doc in BLIND10 if doc.handwritten] == [BY_HAND]
    page, signer, _, _ = lay_out(doc_named(TWO_PAGES))
    motto = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert motto in page.truth[0] and motto not in page.truth[1] and page.truth[1][0] == "2"
    body_on_two = [run for run in runs(doc_named(TWO_PAGES), 1)[1:] if run.y < signer[2] - 100 and run.x < A4[0] / 2]
    assert len(body_on_two) >= 3  # the end of the body came over with the signer


def test_signer_blocks_issuers_and_names_vary_as_the_docstring_says():
    marks = {doc.signer_position[0].split(" ", 1)[0] for doc in BLIND10}
    assert {"KT.", "TL.", "TM."} <= marks
    assert {len(doc.signer_name.split()) for doc in BLIND10} == {2, 3, 4}
    stacked = [doc for doc in BLIND10 if "Đ" in doc.signer_name or any(  # a letter under a hat or horn and a tone
        sum(unicodedata.combining(mark) > 0 for mark in unicodedata.normalize("NFD", ch)) >= 2
        for ch in doc.signer_name)]
    assert len(stacked) >= 8
    parent_child = [doc for doc in BLIND10 if len(doc.issuer) >= 2 and doc.issuer[0] != "ỦY BAN NHÂN DÂN"]
    assert len(parent_child) == 11 and all(len(doc.issuer) == 2 for doc in BLIND10)
    assert [doc.slug for doc in BLIND10 if doc.seal is None] == [UNSEALED]
    assert sum(doc.aim != (0.0, 0.0) for doc in BLIND10) == 7 and len({doc.lift for doc in BLIND10}) >= 4
    assert all(len(doc.seal) <= 40 for doc in BLIND10 if doc.seal)  # the ring holds that many letters


def test_khambenh_holder_is_the_clinic_never_the_doctor_or_the_owner():
    for doc in of("khambenh"):
        assert doc.issuer[-1] == "SỞ Y TẾ" and " ".join(doc.title) == "GIẤY PHÉP HOẠT ĐỘNG KHÁM BỆNH, CHỮA BỆNH"
        assert not doc.subject and doc.valid_until is None and doc.holder_id is None
        assert doc.number.startswith("00") and doc.fields()["code_number"] == doc.number  # leading zeros kept
        assert row(doc, "Tên cơ sở khám bệnh, chữa bệnh: ")[1] == doc.holder_name
        person = next(text for text in doc.body if "người chịu trách nhiệm chuyên môn" in text.lower())
        assert re.search(r"chứng chỉ hành nghề số \d{6}/[A-Z]{2}-CCHN", person) and doc.holder_name not in person
    assert [len(doc.title) for doc in of("khambenh")] == [1, 2]
    assert doc_named(TILTED).turn == (2.0,) and {doc.slug for doc in BLIND10 if doc.turn} == {TILTED}


def test_luatsu_holder_is_the_practice_never_its_lawyers():
    for doc in of("luatsu"):
        assert doc.issuer[-1] == "SỞ TƯ PHÁP" and " ".join(doc.title).startswith("GIẤY ĐĂNG KÝ HOẠT ĐỘNG")
        k, holder = row(doc, "Tên văn phòng luật sư: ", "Tên công ty luật: ")
        assert holder == doc.holder_name and doc.holder_id_type == "tax_code"
        assert re.fullmatch(rf"\d\. Mã số (thuế|doanh nghiệp): {doc.holder_id}", doc.body[k + 1])
        lawyers = re.findall(r"Luật sư ([^,]+), thẻ luật sư số (\d{5})/LS", " ".join(doc.body))
        assert lawyers and all(name != doc.holder_name and card not in doc.holder_id for name, card in lawyers)
    assert [len(doc.title) for doc in of("luatsu")] == [2, 1]


def test_quansu_holder_is_the_citizen_never_the_parents_or_the_school():
    certificate, deferment = of("quansu")
    assert certificate.title == ["GIẤY CHỨNG NHẬN", "ĐĂNG KÝ NGHĨA VỤ QUÂN SỰ"] and not certificate.subject
    assert row(certificate, "Họ và tên: ")[1] == certificate.holder_name
    assert row(certificate, "Số định danh cá nhân: ")[1] == certificate.holder_id
    parents = row(certificate, "Con ông: ")[1]
    assert certificate.holder_name not in parents and certificate.issuer[0].startswith("BỘ CHQS TỈNH ")
    assert deferment.subject == ["Về việc tạm hoãn gọi công dân nhập ngũ"]
    named = article(deferment).split(" đối với công dân ", 1)[1]
    assert named.startswith(f"{deferment.holder_name}, sinh ngày ")
    assert re.match(r", sinh ngày [\d/]+, số định danh cá nhân (\d{12})", named[len(deferment.holder_name):]).group(1) \
        == deferment.holder_id
    assert article(deferment, 2).startswith("Điều 2. Thời hạn tạm hoãn: đến hết ngày ")


def test_hongheo_holder_is_the_head_of_household():
    certificate, decision = of("hongheo")
    assert certificate.title == ["GIẤY CHỨNG NHẬN HỘ NGHÈO"] and certificate.issuer[-1].startswith("UBND XÃ ")
    assert row(certificate, "Chủ hộ: ")[1] == "Ông " + certificate.holder_name
    assert row(certificate, "Số định danh cá nhân: ")[1] == certificate.holder_id
    assert certificate.signer_position == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]
    assert decision.subject[0].startswith("Về việc công nhận hộ thoát nghèo") and decision.slug == BY_HAND
    named = article(decision).split("Điều 1. Công nhận hộ bà ", 1)[1]
    assert named.startswith(f"{decision.holder_name} (chủ hộ), sinh ngày ") and decision.holder_id in named
    assert decision.handwritten == ("code_number", "issued_date")


def test_laodong_holder_is_the_worker_as_printed_without_an_id():
    for doc in of("laodong"):
        holder = row(doc, "Họ và tên: ")[1]
        assert holder == doc.holder_name and holder.isupper() and doc.holder_id is None
        passport = row(doc, "Số hộ chiếu: ")[1]
        assert re.fullmatch(r"[A-Z]{1,2}\d{7,8}", passport)
        employer = re.search(r"Làm việc tại: ([^;]+); mã số doanh nghiệp: (\d{10})", " ".join(doc.body))
        assert employer and tax_code_ok(employer.group(2)) and employer.group(1) != doc.holder_name
    permit, confirmation = of("laodong")
    assert permit.title == ["GIẤY PHÉP LAO ĐỘNG"] and not permit.subject
    assert confirmation.title == ["GIẤY XÁC NHẬN"] and len(confirmation.subject) == 2
    assert confirmation.signer_position[0] == "TL. TRƯỞNG BAN" and confirmation.seal is None


def test_dautu_holder_is_the_investor_never_the_project_code():
    for doc in of("dautu"):
        assert doc.title == ["GIẤY CHỨNG NHẬN ĐĂNG KÝ ĐẦU TƯ"] and not doc.subject and doc.valid_until is None
        code = row(doc, "Mã số dự án: ")
        assert code[0] == 0 and tax_code_ok(code[1]) and code[1] not in (doc.number, doc.holder_id)
        k, holder = row(doc, "Nhà đầu tư: ")
        assert holder == doc.holder_name
        if doc.holder_id:
            assert doc.body[k + 1] == f"Mã số doanh nghiệp: {doc.holder_id}" and doc.holder_id_type == "tax_code"
        else:
            assert doc.body[k + 1].startswith("Giấy chứng nhận thành lập số 124-86-39517 ")
        assert "50 năm kể từ ngày" in " ".join(doc.body)
    assert [doc.holder_id is None for doc in of("dautu")] == [False, True]


def test_printed_lines_stay_inside_the_margins_and_apart():
    for doc in BLIND10:
        assert_printed_inside_and_apart(doc, LEFT_C)


def test_the_hand_comes_down_across_the_name_and_the_seal_over_the_position():
    """As blind9's: with an aim the printed name sits inside the signature's height, in its upper three
    quarters, most of the time; without, rarely; the lifted seal reaches 6 pt or more into the
    position's last line, its centre left of the line's middle."""
    for doc in BLIND10:
        assert_hand_and_seal_placed(doc)


def test_the_tilted_scan_keeps_its_size_and_paper_corners():
    page = Image.new("RGB", (200, 300), (255, 255, 255))
    (tilted,) = turned([page], doc_named(TILTED).turn)
    assert tilted.size == page.size
    assert all(tilted.getpixel(corner) == PAPER for corner in ((0, 0), (199, 0), (0, 299), (199, 299)))


def test_the_written_files_open_with_their_truth(written):
    out, paths = written
    assert [path.name for path in paths] == [f"{BY_HAND}-scan.pdf", f"{TWO_PAGES}-scan.pdf", f"{UNSEALED}-photo.jpg"]
    for path in paths:
        slug, level = path.stem.rsplit("-", 1)
        doc, pages = doc_named(slug), 2 if slug == TWO_PAGES else 1
        truth = json.loads((out / "truth" / f"{path.stem}.json").read_text(encoding="utf-8"))
        assert list(truth) == ["file", "pages", "level", "family", "dpi", "handwritten", "fields"]
        assert [truth["file"], truth["pages"], truth["level"], truth["family"]] == [path.name, pages, level, doc.family]
        assert truth["fields"] == doc.fields() and truth["handwritten"] == list(doc.handwritten)
        assert all(truth["fields"][key] for key in ("organ_name", "code_number", "code_notation", "issued_date",
                                                    "place", "type_name", "signer_position", "signer_full_name"))
        if level == "scan":
            with pymupdf.open(path) as pdf:
                assert len(pdf) == pages
                for page in pdf:
                    image = pdf.extract_image(page.get_images()[0][0])
                    assert image["height"] > image["width"] > 2400
            assert truth["dpi"] == 300
            continue
        with Image.open(path) as photo:
            assert photo.format == "JPEG" and 940 <= max(photo.size) <= 1760 and "dpi" not in photo.info
            rgb = np.asarray(photo.convert("RGB"), dtype=int)
        assert truth["dpi"] is None  # an odd-numbered document: their photos keep no DPI
        r, g, b = np.moveaxis(rgb, -1, 0)
        assert ((b > r + 50) & (b > g + 30)).sum() > 100 and ((r > g + 60) & (r > b + 40)).sum() < 50  # no seal
    one_page = [k for k, doc in enumerate(BLIND10) if doc.slug != TWO_PAGES]
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

"""Blind set 28 (samples/blind28.py) is measured by benchmarks/fields.py only, never used to change a rule.
These check the generator, cheaply: every family is drawn as its docstring says and the truth follows
the stated conventions and the printed text, for all twelve documents through ``lay_out`` alone; the
signature and the seal land where the layout and the document's ``aim`` and ``lift`` put them; the
tilted scan is turned as ``turn`` says (checked on a small image); and only two files (three pages) are
actually rendered: the land-price decision's two-page scan, clean on page 1 and signed and sealed on
page 2, and the commune study society's unsealed notice's phone photo, written with their truth files,
their ink looked for where it belongs."""

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
from blind27 import BLIND27
from blind28 import BLIND28, FAMILIES, LEVELS, Doc9, make_blind28
from heldout import BLIND, DOCS, FRESH
from make_samples import A4

BEFORE = earlier_sets(28)  # blind2 to blind27
HELD_OUT = (*DOCS, *FRESH, *BLIND)

WATCH = "qd-quan-ly-sau-cai-nghien-giang-a-phay"  # a year under watch: a span, not a validity
REVIEW = "cv-ra-soat-nguoi-su-dung-ma-tuy-ngoc-lac"  # a công văn numbered and dated by hand
MODEL = "qd-ho-tro-mo-hinh-xoai-vietgap-htx-suoi-tan"  # quotes the VietGAP certificate's validity
COLLABORATOR = "gcn-cong-tac-vien-khuyen-nong-trinh-thi-quyen"  # its number alone by hand; a validity of its own
PRICES = "qd-gia-dat-cu-the-boi-thuong-duong-ea-o-cu-hue"  # two pages; the set's one three-line signer block
BANK = "cv-thong-tin-gia-dat-thua-186-te-thang"  # a công văn to one addressee, on one centred line
DONOR = "gcn-hien-mau-tinh-nguyen-lu-van-tai"  # a certificate with no validity
DRIVE = "kh-ngay-hoi-hien-mau-dot-2-tanh-linh"  # its day alone by hand
TEAM = "qd-thanh-lap-to-cong-nghe-so-cong-dong-thuy-huong"  # the tilted scan
MARKETPLACE = "cv-dua-san-pham-len-san-thuong-mai-dien-tu-cam-khe"  # a công văn to three
LEARNING = "qd-cong-nhan-don-vi-hoc-tap-nong-san-binh-minh"
FUND = "tb-van-dong-quy-khuyen-hoc-yen-cuong"  # unsealed, drawn as its photo
# each person holder with a personal number: the province code it opens with and their sex
PERSONS = {WATCH: ("010", "M"), COLLABORATOR: ("026", "F"), DONOR: ("051", "M")}
VALID = {COLLABORATOR: "2017-12-31"}


def of(name: str) -> list[Doc9]:
    return [doc for doc in BLIND28 if doc.family == name]


def doc_named(slug: str) -> Doc9:
    return next(doc for doc in BLIND28 if doc.slug == slug)


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    """Two files only, drawn as in the measured set (same seeds, same DPI), to keep this module cheap:
    the two-page scan, and one JPEG photo. All 24 take about a minute."""
    out = tmp_path_factory.mktemp("blind28")
    scans = make_blind28(out, levels=("scan",), only={PRICES})
    return out, scans + make_blind28(out, levels=("photo",), only={FUND})


def test_twelve_documents_in_six_families_named_unlike_any_earlier_set():
    assert_unlike_earlier_sets(BLIND28, FAMILIES, LEVELS, BEFORE, HELD_OUT)
    assert {doc.family for doc in BLIND27} <= {doc.family for doc in BEFORE}  # blind27 counts as earlier
    assert_new_subjects_and_places(BLIND28, BEFORE)


def test_dates_check_digits_and_personal_numbers_are_real():
    for doc in BLIND28:
        assert_numbers_and_dates_real(doc, PERSONS)
    assert [doc.slug for doc in BLIND28 if doc.holder_id_type == "cccd"] == list(PERSONS)
    assert [doc.slug for doc in BLIND28 if doc.holder_id_type == "tax_code"] == [MODEL, LEARNING]
    assert [doc.slug for doc in BLIND28 if doc.holder_name and not doc.holder_id] == []
    assert [doc.slug for doc in BLIND28 if doc.holder_name is None] == [REVIEW, PRICES, BANK, DRIVE, TEAM,
                                                                       MARKETPLACE, FUND]
    assert [found for doc in BLIND28 for found in ID9.findall(" ".join(doc.body))] == []  # no old identity card
    assert [doc.slug for doc in BLIND28 if ID12.search(" ".join(doc.body))] == list(PERSONS)
    codes = [found for doc in BLIND28 for found in ID10.findall(" ".join(doc.body))]
    assert codes == [doc_named(MODEL).holder_id, doc_named(LEARNING).holder_id]  # the two organisations' only


def test_valid_until_is_the_date_after_den_ngay_and_spans_deadlines_and_quotes_give_none():
    for doc in BLIND28:
        stated = [re.split(r"đến (?:hết )?ngày ", text, maxsplit=1)[1] for text in doc.body if STATED.search(text)]
        assert len(stated) <= 1, doc.slug
        if doc.slug == MODEL:  # the VietGAP certificate's validity, quoted: never the decision's
            assert doc.valid_until is None and iso(stated[0]) == "2021-08-11"
            continue
        assert doc.valid_until == (iso(stated[0]) if stated else None) == VALID.get(doc.slug), doc.slug
        if doc.valid_until:
            assert doc.valid_until > doc.issued, doc.slug
    quoted = next(text for text in doc_named(MODEL).body if STATED.search(text))
    assert quoted.startswith("Căn cứ Giấy chứng nhận VietGAP số 118/2019/GCN-VG") and quoted.endswith(
        "có giá trị đến hết ngày 11 tháng 8 năm 2021;")
    assert_cited_apart(doc_named(MODEL), r"Giấy chứng nhận VietGAP số (\d+)/2019/GCN-VG ngày (.+?) của")
    periods = [doc for doc in BLIND28 if re.search(r"\d+ (năm|tháng|ngày)( làm việc)? kể từ ngày",
                                                   " ".join(doc.body))]
    assert periods == []
    deadlines = [doc for doc in BLIND28 if re.search(r"(trước|chậm nhất) ngày \d", " ".join(doc.body))]
    assert [doc.slug for doc in deadlines] == [REVIEW, DRIVE, MARKETPLACE, FUND]
    spans = [doc for doc in BLIND28 if re.search(r"từ ngày [^;.]*đến (hết )?ngày \d", " ".join(doc.body))]
    assert [doc.slug for doc in spans] == [WATCH, REVIEW, MODEL, PRICES, DRIVE, MARKETPLACE, FUND]
    assert "thời gian quản lý 01 năm, từ ngày 03/7/2023 đến ngày 02/7/2024." in article(doc_named(WATCH))
    assert "thời gian rà soát từ ngày 13/9/2021 đến ngày 24/9/2021." in " ".join(doc_named(REVIEW).body)
    assert "thời gian thực hiện từ ngày 01/4/2020 đến ngày 30/11/2020;" in article(doc_named(MODEL))
    table = next(text for text in doc_named(PRICES).body if "Bảng giá các loại đất" in text)
    assert table.startswith("Căn cứ") and table.endswith("áp dụng từ ngày 01/01/2015 đến ngày 31/12/2019;")
    assert "vận động từ ngày 25/6/2018 đến ngày 17/7/2018." in " ".join(doc_named(DRIVE).body)
    assert "ngày 19 tháng 7 năm 2018" in " ".join(doc_named(DRIVE).body)  # the day of the drive: never
    assert "từ ngày 07/8/2023 đến ngày 29/9/2023." in " ".join(doc_named(MARKETPLACE).body)
    assert "từ ngày 05/9/2023 đến ngày 30/9/2023;" in " ".join(doc_named(FUND).body)
    assert doc_named(COLLABORATOR).body[-1] == "5. Giấy chứng nhận có giá trị đến hết ngày 31 tháng 12 năm 2017."
    gave = row(doc_named(DONOR), "Đã hiến ")[1]  # the day he gave blood: not the certificate's, no validity
    assert iso(gave) == "2022-04-14" != doc_named(DONOR).issued and doc_named(DONOR).valid_until is None
    for doc in BLIND28:
        if doc.slug not in (COLLABORATOR, MODEL):  # the others print no validity at all
            assert doc.valid_until is None and not STATED.search(" ".join(doc.body)), doc.slug


def test_pages_titles_numbers_and_signers_are_printed_as_the_truth_says():
    for doc in BLIND28:
        page, signer, hand, grids = lay_out(doc)
        assert len(page.pages) == (2 if doc.slug == PRICES else 1) and signer[0] == len(page.pages) - 1
        assert not grids and not doc.annex and not doc.number_under_title
        assert doc.turn == ((1.2,) if doc.slug == TEAM else ())
        assert bool(doc.addressees) == (doc.slug in (REVIEW, BANK, MARKETPLACE, FUND)), doc.slug
        first, last = page.truth[0], page.truth[signer[0]]
        assert doc.signer_name in last and all(line in last for line in doc.signer_position)
        assert all(line in first for line in doc.issuer + doc.title + doc.subject)
        lines = [line for texts in page.truth for line in texts]
        assert doc.holder_name is None or any(doc.holder_name in line for line in lines), doc.slug
        assert "Nơi nhận:" in last and doc.recipients, doc.slug
        fields = doc.fields()
        assert fields["organ_name"] == " ".join(doc.issuer) and fields["signer_full_name"] == doc.signer_name
        assert fields["type_name"] == (" ".join(doc.title) or "CÔNG VĂN") and (doc.title or doc.slug in (
            REVIEW, BANK, MARKETPLACE))
        assert fields["subject"] == (" ".join(doc.subject) or None)
        assert fields["signer_position"] == " ".join(doc.signer_position)
        assert fields["code_number"] == doc.number and fields["place"] == doc.place
        assert_number_and_date_printed(doc, first, hand)
    assert {doc.slug: doc.handwritten for doc in BLIND28 if doc.handwritten} == {
        REVIEW: ("code_number", "issued_date"), COLLABORATOR: ("code_number",), DRIVE: ("issued_date",)}
    assert {doc.date_text.split()[0] for doc in BLIND28} >= {"4", "09", "02"}  # days with and without a zero
    assert {doc.fields()["type_name"] for doc in BLIND28} == {"QUYẾT ĐỊNH", "CÔNG VĂN", "GIẤY CHỨNG NHẬN",
                                                               "KẾ HOẠCH", "THÔNG BÁO"}
    for slug in (REVIEW, MARKETPLACE):  # the công văn: "V/v" lines, several addressees on dashed lines
        letter = doc_named(slug)
        assert letter.title == [] and letter.subject[0].startswith("V/v ") and len(letter.subject) == 2
        assert len(letter.addressees) >= 2 and "Kính gửi:" in lay_out(letter)[0].truth[0]
        assert all(f"- {addressee}" in lay_out(letter)[0].truth[0] for addressee in letter.addressees)
    assert len(doc_named(MARKETPLACE).addressees) == 3 and len(doc_named(FUND).addressees) == 2
    assert all(f"- {addressee}" in lay_out(doc_named(FUND))[0].truth[0] for addressee in doc_named(FUND).addressees)
    one = doc_named(BANK)  # a công văn to one addressee, one centred line: the bank, never a holder
    assert one.title == [] and one.subject[0].startswith("V/v ") and len(one.subject) == 2
    assert f"Kính gửi: {one.addressees[0]}" in lay_out(one)[0].truth[0] and len(one.addressees) == 1


def test_the_price_decision_runs_onto_a_second_page_with_its_signer():
    doc = doc_named(PRICES)
    page, signer, _, _ = lay_out(doc)
    motto = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert motto in page.truth[0] and motto not in page.truth[1] and page.truth[1][0] == "2"
    body_on_two = [run for run in runs(doc, 1)[1:] if run.y < signer[2] - 100 and run.x < A4[0] / 2]
    assert len(body_on_two) >= 5  # the end of the decision came over with the signer
    assert any(run.text.startswith("Điều 2. Giao Ban Quản lý dự án") for run in body_on_two)
    assert any(run.text.startswith("Điều 4. Quyết định này có hiệu lực") for run in body_on_two)
    assert any(line.startswith("3. Đất trồng cây hằng năm") for line in page.truth[0])
    assert not any(line.startswith("3. Đất trồng") for line in page.truth[1])  # item 3 broken across the pages
    assert "Nơi nhận:" in page.truth[1] and "Nơi nhận:" not in page.truth[0]
    assert doc.signer_name not in page.truth[0]


def test_signer_blocks_issuers_and_names_vary_as_the_docstring_says():
    marks = {doc.signer_position[0].split(" ", 1)[0] for doc in BLIND28}
    assert {"KT.", "TL.", "TM.", "Q."} <= marks
    assert {tuple(doc.signer_position) for doc in BLIND28} >= {("CHỦ TỊCH",), ("GIÁM ĐỐC",), ("Q. TRƯỞNG TRẠM",)}
    assert {len(doc.signer_name.split()) for doc in BLIND28} == {2, 3, 4, 5}
    stacked = [doc for doc in BLIND28 if "Đ" in doc.signer_name or any(  # a letter under a hat or horn and a tone
        sum(unicodedata.combining(mark) > 0 for mark in unicodedata.normalize("NFD", ch)) >= 2
        for ch in doc.signer_name)]
    assert len(stacked) >= 6
    assert all(len(doc.issuer) == 2 for doc in BLIND28)
    council = [doc for doc in BLIND28 if doc.issuer[0] == "ỦY BAN NHÂN DÂN"]
    assert [doc.issuer[1].split(" ", 1)[0] for doc in council] == ["HUYỆN", "HUYỆN", "HUYỆN"]
    others = [doc.issuer for doc in BLIND28 if doc not in council]
    assert others == [["UBND HUYỆN BẮC HÀ", "UBND XÃ LÙNG CẢI"],
                      ["CÔNG AN TỈNH THANH HÓA", "CÔNG AN HUYỆN NGỌC LẶC"],
                      ["UBND HUYỆN CAM LÂM", "TRUNG TÂM DỊCH VỤ NÔNG NGHIỆP"],
                      ["UBND HUYỆN LẬP THẠCH", "TRẠM KHUYẾN NÔNG"],
                      ["UBND HUYỆN NÔNG CỐNG", "PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG"],
                      ["UBND HUYỆN TƯ NGHĨA", "BCĐ VẬN ĐỘNG HIẾN MÁU TÌNH NGUYỆN"],
                      ["HỘI CTĐ TỈNH BÌNH THUẬN", "HỘI CHỮ THẬP ĐỎ HUYỆN TÁNH LINH"],
                      ["UBND HUYỆN CHƯƠNG MỸ", "UBND XÃ THỤY HƯƠNG"],
                      ["HỘI KHUYẾN HỌC Ý YÊN", "HỘI KHUYẾN HỌC XÃ YÊN CƯỜNG"]]
    assert doc_named(REVIEW).fields()["organ_name"] == "CÔNG AN TỈNH THANH HÓA CÔNG AN HUYỆN NGỌC LẶC"
    assert [doc.slug for doc in BLIND28 if doc.seal is None] == [FUND]
    assert sum(doc.aim != (0.0, 0.0) for doc in BLIND28) == 7 and len({doc.lift for doc in BLIND28}) >= 4
    assert all(len(doc.seal) <= 40 for doc in BLIND28 if doc.seal)  # the ring holds that many letters
    assert [doc.slug for doc in BLIND28 if len(doc.signer_position) == 3] == [PRICES]
    assert doc_named(PRICES).signer_position == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
    assert doc_named(MARKETPLACE).signer_position == ["TL. CHỦ TỊCH", "TRƯỞNG PHÒNG VĂN HÓA VÀ THÔNG TIN"]
    assert doc_named(COLLABORATOR).signer_position == ["Q. TRƯỞNG TRẠM"]
    assert doc_named(REVIEW).signer_position == ["KT. TRƯỞNG CÔNG AN HUYỆN", "PHÓ TRƯỞNG CÔNG AN HUYỆN"]
    assert doc_named(DRIVE).signer_position == ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH"]
    assert doc_named(FUND).signer_position == ["TM. BAN CHẤP HÀNH", "CHỦ TỊCH"]
    assert doc_named(MARKETPLACE).signer_name == "Tôn Nữ Thị Ngọc Trầm"
    assert doc_named(COLLABORATOR).signer_name == "Khổng Mạnh"
    assert doc_named(WATCH).signer_name == "Sần Seo Lử" and doc_named(PRICES).signer_name == "Y Khuê Byă"
    assert {doc.issued[:4] for doc in BLIND28} == {"2016", "2018", "2019", "2020", "2021", "2022", "2023",
                                                   "2024"}


def test_matuy_holder_is_the_man_under_watch_and_none_in_the_cong_van():
    watch, letter = of("matuy")
    assert watch.slug == WATCH and watch.subject[1] == f"tại nơi cư trú đối với ông {watch.holder_name}"
    assert article(watch).startswith(f"Điều 1. Quản lý sau cai nghiện ma túy tại nơi cư trú đối với ông "
                                     f"{watch.holder_name}, sinh ngày 14/02/1994, số định danh cá nhân "
                                     f"{watch.holder_id}, ")
    assert_cited_apart(watch, r"bắt buộc số (\d+)/GCN-CSCN ngày (.+?) của")
    assert letter.slug == REVIEW
    assert letter.fields()["subject"] == ("V/v rà soát, lập danh sách người sử dụng trái phép chất ma túy quý "
                                          "III năm 2021")
    assert letter.fields()["type_name"] == "CÔNG VĂN"
    assert_grants_nothing(letter)
    assert "đồng chí Lê Đình Nhượng" in letter.body[-1]  # the officer: never the holder
    assert_cited_apart(letter, r"Kế hoạch số (\d+)/KH-CAT-PC04 ngày (.+?) của")


def test_khuyennong_holder_is_the_cooperative_or_the_collaborator():
    model, certificate = of("khuyennong")
    assert model.slug == MODEL and model.subject[1] == f"theo VietGAP cho {model.holder_name}"
    assert article(model).startswith(f"Điều 1. Hỗ trợ cho {model.holder_name}, mã số thuế {model.holder_id}, ")
    assert certificate.slug == COLLABORATOR and certificate.title == ["GIẤY CHỨNG NHẬN"]
    assert certificate.subject == ["Cộng tác viên khuyến nông cơ sở"]
    k, holder = row(certificate, "Cấp cho: ")
    assert holder == f"bà {certificate.holder_name}"
    assert certificate.body[k + 1] == f"2. Ngày sinh: 07/5/1983; số định danh cá nhân: {certificate.holder_id}"
    assert_cited_apart(certificate, r"Tờ trình số (\d+)/TTr-UBND ngày (.+?),")


def test_giadat_grants_nothing_in_the_decision_or_the_cong_van():
    prices, letter = of("giadat")
    assert prices.slug == PRICES and len(prices.subject) == 2
    assert_grants_nothing(prices)
    assert article(prices).startswith("Điều 1. Phê duyệt giá đất cụ thể để tính tiền bồi thường")
    assert_cited_apart(prices, r"Quyết định số (\d+)/2014/QĐ-UBND ngày (.+?) của")
    assert_cited_apart(prices, r"Quyết định số (\d+)/QĐ-UBND ngày (.+?) của")
    assert_cited_apart(prices, r"Tờ trình số (\d+)/TTr-TNMT ngày (.+?) và")
    assert letter.slug == BANK
    assert letter.fields()["subject"] == "V/v cung cấp thông tin giá đất thửa đất số 186, tờ bản đồ số 12, xã Tế Thắng"
    assert_grants_nothing(letter)
    assert "hộ ông Lê Văn Khánh" in letter.body[0]  # the borrower: never the holder
    assert_cited_apart(letter, r"Công văn số (\d+)/NHNo.NC-KHKD ngày (.+?) của")
    assert_cited_apart(letter, r"Quyết định số (\d+)/2019/QĐ-UBND ngày (.+?) của")


def test_hienmau_holder_is_the_donor_and_none_in_the_plan():
    donor, plan = of("hienmau")
    assert donor.slug == DONOR and donor.title == ["GIẤY CHỨNG NHẬN"] and donor.subject == ["Hiến máu tình nguyện"]
    k, holder = row(donor, "Họ và tên: ")
    assert holder == f"ông {donor.holder_name}"
    assert donor.body[k + 1] == f"2. Ngày sinh: 19/10/1992; số định danh cá nhân: {donor.holder_id}"
    assert plan.slug == DRIVE and plan.title == ["KẾ HOẠCH"] and len(plan.subject) == 2
    assert_grants_nothing(plan)
    assert_cited_apart(plan, r"Kế hoạch số (\d+)/KH-BCĐ ngày (.+?) của")


def test_chuyendoiso_grants_nothing_in_the_decision_or_the_cong_van():
    team, letter = of("chuyendoiso")
    assert team.slug == TEAM and team.fields()["subject"] == ("Về việc thành lập Tổ công nghệ số cộng đồng xã "
                                                              "Thụy Hương")
    assert_grants_nothing(team)
    assert "ông Nguyễn Hữu Bình, Phó Chủ tịch Ủy ban nhân dân xã, Tổ trưởng" in article(team)  # never
    assert_cited_apart(team, r"Kế hoạch số (\d+)/KH-UBND ngày (.+?) của")
    assert letter.slug == MARKETPLACE
    assert letter.fields()["subject"] == ("V/v hỗ trợ hộ sản xuất, kinh doanh đưa sản phẩm lên sàn thương mại "
                                          "điện tử")
    assert_grants_nothing(letter)
    assert "bà Hà Thị Thu Trang" in letter.body[-1]  # the official: never the holder
    assert_cited_apart(letter, r"Kế hoạch số (\d+)/KH-UBND ngày (.+?) của")


def test_khuyenhoc_holder_is_the_company_and_none_in_the_notice():
    learning, notice = of("khuyenhoc")
    assert learning.slug == LEARNING and learning.subject[1] == f"cho {learning.holder_name}"
    assert article(learning).startswith(f"Điều 1. Công nhận danh hiệu Đơn vị học tập năm 2020 cho "
                                        f"{learning.holder_name}, mã số thuế {learning.holder_id}, ")
    assert_cited_apart(learning, r"Tờ trình số (\d+)/TTr-KH ngày (.+?) và")
    assert notice.slug == FUND and notice.title == ["THÔNG BÁO"] and len(notice.subject) == 2
    assert_grants_nothing(notice)
    assert "bà Vũ Thị Lanh" in notice.body[-1]  # the treasurer: never the holder
    assert_cited_apart(notice, r"Kế hoạch số (\d+)/KH-KH ngày (.+?) của")


def test_printed_lines_stay_inside_the_margins_and_apart():
    for doc in BLIND28:
        assert_printed_inside_and_apart(doc, LEFT_C)


def test_the_hand_comes_down_across_the_name_and_the_seal_over_the_position():
    """As blind9's: with an aim the printed name sits inside the signature's height, in its upper three
    quarters, most of the time; without, rarely; the lifted seal reaches 6 pt or more into the
    position's last line, its centre left of the line's middle."""
    for doc in BLIND28:
        assert_hand_and_seal_placed(doc)


def test_the_tilted_scan_keeps_its_size_and_turns_counterclockwise():
    assert {doc.slug: doc.turn for doc in BLIND28 if doc.turn} == {TEAM: (1.2,)}
    assert_turned(turned, doc_named(TEAM).turn)


def test_the_written_files_open_with_their_truth(written):
    out, paths = written
    assert [path.name for path in paths] == [f"{PRICES}-scan.pdf", f"{FUND}-photo.jpg"]
    for path in paths:
        slug = path.stem.rsplit("-", 1)[0]
        assert_written_file_opens(out, path, doc_named(slug), 2 if slug == PRICES else 1)
    one_page = [k for k, doc in enumerate(BLIND28) if doc.slug != PRICES]
    assert 4 <= sum(k % 2 == 1 for k in one_page) <= 6  # the full set: half the photos without a DPI
    assert next(k for k, doc in enumerate(BLIND28) if doc.slug == FUND) % 2 == 1


def test_page_one_is_clean_and_page_two_is_signed_and_sealed(written):
    out, _ = written
    assert_signed_and_sealed_on_page_two_only(out, doc_named(PRICES))

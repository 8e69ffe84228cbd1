"""Blind set 20 (samples/blind20.py) is measured by benchmarks/fields.py only, never used to change a rule.
These check the generator, cheaply: every family is drawn as its docstring says and the truth follows
the stated conventions and the printed text, for all twelve documents through ``lay_out`` alone; the
signature and the seal land where the layout and the document's ``aim`` and ``lift`` put them; the
tilted scan is turned as ``turn`` says (checked on a small image); and only three files (four pages)
are actually rendered: the two-page scan with its signature and seal on page 2, the công văn numbered
and dated by hand, and the unsealed notice's phone photo, written with their truth files, their ink
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
from blind19 import BLIND19
from blind20 import BLIND20, FAMILIES, LEVELS, Doc9, make_blind20
from heldout import BLIND, DOCS, FRESH
from make_samples import A4, PAPER

from tthc_digitize.extract.identifiers import cccd_ok, tax_code_ok

BEFORE = earlier_sets(20)  # blind2 to blind19
HELD_OUT = (*DOCS, *FRESH, *BLIND)

TWO_PAGES = "qd-chap-thuan-quan-trac-kttv-thuy-dien-pa-u"
CONG_VAN = "cv-theo-doi-luong-mua-mua-lu-tram-tau"  # the set's one công văn, numbered and dated by hand
VERIFIED = "gcn-kiem-dinh-can-o-to-vinh-xuong"  # its number alone written by hand
PLAN = "kh-kiem-tra-do-luong-can-cho-giong-rieng"
ARCHIVE = "qd-cho-phep-su-dung-tai-lieu-luu-tru-vinh-chau"
REPORT = "bc-cong-tac-van-thu-luu-tru-nam-can"
PRESTIGE = "qd-cong-nhan-nguoi-co-uy-tin-vu-cha-dinh"  # no number printed for its holder
TILTED = "qd-ho-tro-nuoc-sinh-hoat-lo-thi-un"
TRAINED = "gcn-huan-luyen-vat-lieu-no-ung-van-thinh"
NOTICE = "tb-thoi-gian-no-min-mo-da-trang-xa"  # unsealed, drawn as its phone photo
CONFIRMED = "gxn-doi-tuong-nha-o-xa-hoi-kha-thi-ngoc-trinh"  # its number alone written by hand
LOAN = "tb-phe-duyet-cho-vay-nha-o-xa-hoi-dang-nang-quy"
# each person holder with a personal number: the province code it opens with and their sex
PERSONS = {ARCHIVE: ("094", "F"), TILTED: ("014", "F"), TRAINED: ("035", "M"), CONFIRMED: ("087", "F"),
           LOAN: ("058", "M")}
VALID = {TWO_PAGES: "2027-12-31", VERIFIED: "2025-03-24", ARCHIVE: "2021-09-30", TRAINED: "2022-10-15"}
# a validity: "có giá trị …", "có hiệu lực …" or "Thời hạn …:", then "đến (hết) ngày …"
STATED = re.compile(r"(có giá trị|có hiệu lực|Thời hạn[^:]*:) .*đến (?:hết )?ngày ")
BIRTH = re.compile(r"(?:[Ss]inh ngày:?|Ngày sinh:|Ngày, tháng, năm sinh:) (\d{1,2})/(\d{1,2})/(\d{4})")
ID12 = re.compile(r"(?<!\d)\d{12}(?!\d)")
ID10 = re.compile(r"(?<!\d)\d{10}(?!\d)")


def of(name: str) -> list[Doc9]:
    return [doc for doc in BLIND20 if doc.family == name]


def doc_named(slug: str) -> Doc9:
    return next(doc for doc in BLIND20 if doc.slug == slug)


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    """Three files only, drawn as in the measured set (same seeds, same DPI), to keep this module cheap:
    the two-page scan, the scan numbered and dated by hand, and one JPEG photo. All 24 take over a minute."""
    out = tmp_path_factory.mktemp("blind20")
    scans = make_blind20(out, levels=("scan",), only={TWO_PAGES, CONG_VAN})
    return out, scans + make_blind20(out, levels=("photo",), only={NOTICE})


def test_twelve_documents_in_six_families_named_unlike_any_earlier_set():
    assert_unlike_earlier_sets(BLIND20, FAMILIES, LEVELS, BEFORE, HELD_OUT)
    assert {doc.family for doc in BLIND19} <= {doc.family for doc in BEFORE}  # blind19 counts as earlier


def test_dates_check_digits_and_personal_numbers_are_real():
    for doc in BLIND20:
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
    assert {doc.slug for doc in BLIND20 if doc.holder_id_type == "cccd"} == set(PERSONS)
    assert {doc.slug for doc in BLIND20 if doc.holder_id_type == "tax_code"} == {TWO_PAGES, VERIFIED}
    assert [doc.slug for doc in BLIND20 if doc.holder_name and not doc.holder_id] == [PRESTIGE]
    assert [doc.slug for doc in BLIND20 if doc.holder_name is None] == [CONG_VAN, PLAN, REPORT, NOTICE]
    assert not ID12.search(" ".join(doc_named(PRESTIGE).body))  # no personal number printed at all
    assert "sinh năm 1961" in article(doc_named(PRESTIGE))
    codes = [found for doc in BLIND20 for found in ID10.findall(" ".join(doc.body))]
    assert len(codes) == len(set(codes)) == 5  # no company is printed twice across the set


def test_valid_until_is_the_date_after_den_ngay_and_a_period_gives_none():
    for doc in BLIND20:
        stated = [re.split(r"đến (?:hết )?ngày ", text, maxsplit=1)[1] for text in doc.body if STATED.search(text)]
        assert len(stated) <= 1, doc.slug
        assert doc.valid_until == (iso(stated[0]) if stated else None) == VALID.get(doc.slug), doc.slug
        if doc.valid_until:
            assert doc.valid_until > doc.issued, doc.slug
    periods = [doc for doc in BLIND20 if re.search(r"\d+ (năm|tháng|ngày) kể từ ngày", " ".join(doc.body))]
    assert [doc.slug for doc in periods] == [CONFIRMED, LOAN]
    assert all(doc.valid_until is None for doc in periods)
    deadlines = [doc for doc in BLIND20 if re.search(r"(trước|chậm nhất) ngày \d", " ".join(doc.body))]
    assert [doc.slug for doc in deadlines] == [TWO_PAGES, CONG_VAN, PLAN, TILTED, LOAN]
    assert all(doc.valid_until is None for doc in deadlines if doc.slug != TWO_PAGES)
    spans = [doc for doc in BLIND20 if re.search(r"từ ngày [^;.]*đến (hết )?ngày \d", " ".join(doc.body))]
    assert [doc.slug for doc in spans] == [TWO_PAGES, CONG_VAN, PLAN, TRAINED, NOTICE]  # a span is no validity
    assert row(doc_named(TWO_PAGES), "Chế độ quan trắc: ")[1].startswith("mùa lũ từ ngày 15/6 đến ngày 15/10")
    assert "từ ngày 15 tháng 5 đến hết ngày 31 tháng 10 năm 2018" in doc_named(CONG_VAN).body[3]
    assert row(doc_named(NOTICE), "Thời gian nổ mìn: ")[1].startswith("từ ngày 04/12/2019 đến hết ngày 31/12/2019")
    assert row(doc_named(LOAN), "Số tiền cho vay: ")[1].endswith("300 tháng kể từ ngày giải ngân lần đầu.")


def test_pages_titles_numbers_and_signers_are_printed_as_the_truth_says():
    for doc in BLIND20:
        page, signer, hand, grids = lay_out(doc)
        assert len(page.pages) == (2 if doc.slug == TWO_PAGES else 1) and signer[0] == len(page.pages) - 1
        assert grids == [] and not doc.number_under_title
        assert doc.turn == ((1.5,) if doc.slug == TILTED else ())
        assert bool(doc.addressees) == (doc.slug in (CONG_VAN, REPORT, NOTICE)) and len(doc.addressees) <= 1
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
    assert {doc.slug: doc.handwritten for doc in BLIND20 if doc.handwritten} == {
        CONG_VAN: ("code_number", "issued_date"), VERIFIED: ("code_number",), CONFIRMED: ("code_number",)}
    assert {doc.date_text.split()[0] for doc in BLIND20} >= {"7", "02"}  # a day with and without its zero
    assert doc_named(CONFIRMED).date_text.split()[2] == "02"  # February with its zero
    page, signer, _, _ = lay_out(doc_named(TWO_PAGES))
    motto = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert motto in page.truth[0] and motto not in page.truth[1] and page.truth[1][0] == "2"
    body_on_two = [run for run in runs(doc_named(TWO_PAGES), 1)[1:] if run.y < signer[2] - 100 and run.x < A4[0] / 2]
    assert len(body_on_two) >= 3  # the end of the body came over with the signer
    assert any(run.text.startswith("Điều 4. Quyết định này có hiệu lực") for run in body_on_two)
    assert any(line.startswith("Điều 1. Chấp thuận cho Công ty") for line in page.truth[0])
    assert not any(run.text.startswith("Điều 1.") for run in runs(doc_named(TWO_PAGES), 1))
    for slug in (CONG_VAN, REPORT, NOTICE):
        assert f"Kính gửi: {doc_named(slug).addressees[0]}" in lay_out(doc_named(slug))[0].truth[0]


def test_signer_blocks_issuers_and_names_vary_as_the_docstring_says():
    marks = {doc.signer_position[0].split(" ", 1)[0] for doc in BLIND20}
    assert {"KT.", "TL.", "TM.", "Q.", "TUQ."} <= marks
    assert {tuple(doc.signer_position) for doc in BLIND20} >= {("CHỦ TỊCH",), ("GIÁM ĐỐC",), ("Q. GIÁM ĐỐC",)}
    assert {len(doc.signer_name.split()) for doc in BLIND20} == {2, 3, 4, 5}
    stacked = [doc for doc in BLIND20 if "Đ" in doc.signer_name or any(  # a letter under a hat or horn and a tone
        sum(unicodedata.combining(mark) > 0 for mark in unicodedata.normalize("NFD", ch)) >= 2
        for ch in doc.signer_name)]
    assert len(stacked) >= 6
    assert [doc.slug for doc in BLIND20 if len(doc.issuer) == 3] == [TRAINED, LOAN]
    assert [doc.slug for doc in BLIND20 if len(doc.issuer) == 1] == [NOTICE]
    council = [doc for doc in BLIND20 if doc.issuer[0] == "ỦY BAN NHÂN DÂN"]
    assert [doc.issuer[1].split(" ", 1)[0] for doc in council] == ["HUYỆN", "HUYỆN", "THỊ", "XÃ", "HUYỆN", "XÃ",
                                                                   "XÃ"]
    others = [doc.issuer for doc in BLIND20 if doc not in council and len(doc.issuer) == 2]
    assert others == [["UBND HUYỆN TRẠM TẤU", "PHÒNG NÔNG NGHIỆP VÀ PTNT"], ["CÔNG TY CỔ PHẦN", "KIỂM ĐỊNH TÂN CHÂU"]]
    assert doc_named(VERIFIED).fields()["organ_name"] == "CÔNG TY CỔ PHẦN KIỂM ĐỊNH TÂN CHÂU"  # a wrapped name
    assert [doc.slug for doc in BLIND20 if doc.seal is None] == [NOTICE]
    assert sum(doc.aim != (0.0, 0.0) for doc in BLIND20) == 8 and len({doc.lift for doc in BLIND20}) >= 4
    assert all(len(doc.seal) <= 40 for doc in BLIND20 if doc.seal)  # the ring holds that many letters
    assert [len(doc.signer_position) for doc in BLIND20].count(3) == 1  # "TM." / "KT." / "PHÓ CHỦ TỊCH"
    assert doc_named(REPORT).signer_position == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
    assert doc_named(PRESTIGE).signer_position == ["TUQ. CHỦ TỊCH", "TRƯỞNG PHÒNG DÂN TỘC"]
    assert doc_named(ARCHIVE).signer_position == ["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"]
    assert doc_named(CONG_VAN).signer_position == ["KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG"]
    assert doc_named(TWO_PAGES).signer_name == "Pờ Xá Chừ"  # a Hà Nhì name, as printed
    assert {doc.issued[:4] for doc in BLIND20} == {str(year) for year in range(2018, 2025)}


def test_khituong_holder_is_the_hydropower_company_and_none_in_the_cong_van():
    plan, letter = of("khituong")
    assert plan.slug == TWO_PAGES and len(plan.subject) == 2
    assert plan.fields()["subject"] == ("Về việc chấp thuận phương án quan trắc khí tượng thủy văn chuyên dùng công "
                                        "trình thủy điện Pa Ủ")
    assert article(plan).startswith(f"Điều 1. Chấp thuận cho {plan.holder_name}, mã số doanh nghiệp "
                                    f"{plan.holder_id}, ")
    installer = re.fullmatch(r"(Công ty [^,]+), mã số doanh nghiệp (\d{10})\.",
                             row(plan, "Đơn vị lắp đặt, bảo trì thiết bị: ")[1])
    assert installer and installer.group(1) != plan.holder_name and tax_code_ok(installer.group(2))
    cited = re.findall(r"số (\d+)/(?:QĐ-UBND|CV-TĐPU|TTr-TNMT) ngày (.+?) của", " ".join(plan.body))
    assert len(cited) == 3 and all(n != plan.number and iso(d) != plan.issued for n, d in cited)
    assert article(plan, 2).startswith("Điều 2. Thời hạn thực hiện phương án: từ ngày ký đến hết ngày 31 tháng 12")
    assert plan.signer_position == ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
    assert letter.slug == CONG_VAN and letter.title == [] and len(letter.subject) == 2
    assert letter.subject[0].startswith("V/v ")
    fields = letter.fields()
    assert fields["type_name"] == "CÔNG VĂN"
    assert fields["subject"] == "V/v theo dõi, báo cáo lượng mưa mùa mưa lũ năm 2018"
    assert all(fields[key] is None for key in ("holder_name", "holder_id", "holder_id_type", "valid_until"))
    assert "ông Sùng A Chớ, người quan trắc" in letter.body[1]
    asked = re.search(r"Công văn số (\d+)/UBND-NN ngày (.+?) của", letter.body[0])
    assert asked.group(1) != letter.number and iso(asked.group(2)) != letter.issued
    assert letter.issuer == ["UBND HUYỆN TRẠM TẤU", "PHÒNG NÔNG NGHIỆP VÀ PTNT"]


def test_doluong_holder_is_the_scale_user_and_none_in_the_plan():
    certificate, plan = of("doluong")
    assert certificate.slug == VERIFIED and certificate.title == ["GIẤY CHỨNG NHẬN KIỂM ĐỊNH PHƯƠNG TIỆN ĐO"]
    assert not certificate.subject and "CHỨNG NHẬN:" in certificate.body
    k, holder = row(certificate, "Đơn vị sử dụng: ")
    assert holder == certificate.holder_name
    assert certificate.body[k + 1] == f"4. Mã số doanh nghiệp: {certificate.holder_id}"
    instrument = row(certificate, "Tên phương tiện đo: ")[1]
    assert instrument.endswith("số sản xuất: 2207153") and certificate.number not in instrument
    assert row(certificate, "Phương pháp kiểm định: ")[1].endswith("tem kiểm định số: B 0417625")
    designation = re.search(r"Quyết định số (\d+)/QĐ-TĐC ngày (.+?) của", " ".join(certificate.body))
    assert designation.group(1) != certificate.number and iso(designation.group(2)) != certificate.issued
    assert certificate.body[-1] == "7. Giấy chứng nhận có giá trị đến ngày 24 tháng 3 năm 2025."
    assert plan.slug == PLAN and plan.title == ["KẾ HOẠCH"]
    assert plan.fields()["subject"] == ("Kiểm tra nhà nước về đo lường đối với cân sử dụng trong mua bán tại các chợ "
                                        "năm 2023")
    assert all(plan.fields()[key] is None for key in ("holder_name", "holder_id", "holder_id_type", "valid_until"))
    assert [text for text in plan.body if text.isupper()] == ["I. MỤC ĐÍCH", "II. ĐỐI TƯỢNG, NỘI DUNG KIỂM TRA",
                                                             "III. THỜI GIAN, KINH PHÍ", "IV. TỔ CHỨC THỰC HIỆN"]
    cited = re.search(r"Kế hoạch số (\d+)/KH-SKHCN ngày (.+?) của", plan.body[0])
    assert cited.group(1) != plan.number and iso(cited.group(2)) != plan.issued
    assert len(plan.signer_name.split()) == 2


def test_luutru_holder_is_the_reader_and_none_in_the_report():
    permission, report = of("luutru")
    assert permission.slug == ARCHIVE and permission.subject == ["Về việc cho phép sử dụng tài liệu lưu trữ"]
    assert article(permission) == "Điều 1. Cho phép người có tên sau đây được sử dụng tài liệu lưu trữ:"
    k, holder = row(permission, "Họ và tên: ")
    assert holder == f"bà {permission.holder_name}"
    assert permission.body[k + 1] == f"2. Ngày sinh: 21/02/1985; số định danh cá nhân: {permission.holder_id}"
    assert row(permission, "Thời hạn sử dụng tài liệu: ")[1] == "đến hết ngày 30 tháng 9 năm 2021."
    rules = re.search(r"Quyết định số (\d+)/QĐ-UBND ngày (.+?) của", " ".join(permission.body))
    assert rules.group(1) != permission.number and iso(rules.group(2)) != permission.issued
    assert permission.issuer == ["ỦY BAN NHÂN DÂN", "THỊ XÃ VĨNH CHÂU"]
    assert report.slug == REPORT and report.title == ["BÁO CÁO"] and len(report.subject) == 1
    assert all(report.fields()[key] is None for key in ("holder_name", "holder_id", "holder_id_type", "valid_until"))
    assert report.addressees == ["Phòng Nội vụ huyện Kỳ Sơn"] and "bà Lô Thị Hoa" in report.body[2]
    asked = re.search(r"Công văn số (\d+)/PNV ngày (.+?) của", report.body[0])
    assert asked.group(1) != report.number and iso(asked.group(2)) != report.issued


def test_dantoc_holder_is_the_prestigious_man_or_the_woman_in_the_subject():
    recognition, water = of("dantoc")
    assert recognition.slug == PRESTIGE and len(recognition.subject) == 2
    assert article(recognition).startswith(f"Điều 1. Công nhận bổ sung ông {recognition.holder_name}, sinh năm 1961, ")
    assert recognition.holder_id is None and recognition.valid_until is None
    assert "thay thế ông Lù Mí Sấu (đã từ trần)" in article(recognition)
    cited = re.findall(r"số (\d+)/(?:QĐ-UBND|TTr-DT) ngày (.+?) của", " ".join(recognition.body))
    assert len(cited) == 2 and all(n != recognition.number and iso(d) != recognition.issued for n, d in cited)
    assert water.slug == TILTED and water.subject == ["Về việc hỗ trợ nước sinh hoạt phân tán",
                                                      f"đối với hộ bà {water.holder_name}"]
    assert article(water).split(" cho hộ bà ", 1)[1].startswith(
        f"{water.holder_name}, sinh ngày 09/4/1976, số định danh cá nhân {water.holder_id}, dân tộc Thái, ")
    assert "ông Lường Văn Piêng" in article(water, 2) and water.valid_until is None
    assert water.signer_position == ["CHỦ TỊCH"] and water.issuer == ["ỦY BAN NHÂN DÂN", "XÃ CHIỀNG HẶC"]


def test_vatlieuno_holder_is_the_blaster_and_none_in_the_notice():
    certificate, notice = of("vatlieuno")
    assert certificate.slug == TRAINED
    assert certificate.title == ["GIẤY CHỨNG NHẬN HUẤN LUYỆN KỸ THUẬT AN TOÀN", "VẬT LIỆU NỔ CÔNG NGHIỆP"]
    assert certificate.fields()["type_name"] == ("GIẤY CHỨNG NHẬN HUẤN LUYỆN KỸ THUẬT AN TOÀN VẬT LIỆU NỔ CÔNG "
                                                 "NGHIỆP") and not certificate.subject
    assert certificate.issuer == ["TỔNG CÔNG TY VẬT LIỆU", "XÂY DỰNG HÀ NAM", "CÔNG TY CP ĐÁ KIỆN KHÊ"]
    k, holder = row(certificate, "Họ và tên: ")
    assert holder == certificate.holder_name and certificate.body[k - 1] == "CHỨNG NHẬN:"
    assert certificate.body[k + 1] == f"Ngày sinh: 17/8/1990; số định danh cá nhân: {certificate.holder_id}"
    results = re.search(r"Quyết định số (\d+)/QĐ-ĐKK ngày (.+?) của", " ".join(certificate.body))
    assert results.group(1) != certificate.number and iso(results.group(2)) != certificate.issued
    assert certificate.signer_position == ["GIÁM ĐỐC"]
    assert notice.slug == NOTICE and notice.title == ["THÔNG BÁO"] and len(notice.subject) == 2
    assert notice.issuer == ["CÔNG TY CP ĐÁ TRÀNG XÁ"] and notice.addressees == ["Ủy ban nhân dân xã Tràng Xá"]
    assert all(notice.fields()[key] is None for key in ("holder_name", "holder_id", "holder_id_type", "valid_until"))
    permit = re.search(r"số (\d+)/GP-SCT ngày (.+?) của Sở Công Thương tỉnh Thái Nguyên, (Công ty [^,]+), mã số "
                       r"doanh nghiệp (\d{10}),", notice.body[0])
    assert permit.group(1) != notice.number and iso(permit.group(2)) != notice.issued
    assert permit.group(3) == "Công ty Cổ phần Đá Tràng Xá" and tax_code_ok(permit.group(4))
    assert notice.signer_position == ["Q. GIÁM ĐỐC"] and notice.seal is None


def test_nhaxahoi_holder_is_the_worker_or_the_borrower():
    confirmation, loan = of("nhaxahoi")
    assert confirmation.slug == CONFIRMED and confirmation.title == ["GIẤY XÁC NHẬN"]
    assert confirmation.subject == ["Về đối tượng và thực trạng nhà ở"]
    assert "ỦY BAN NHÂN DÂN XÃ AN ĐIỀN XÁC NHẬN:" in confirmation.body
    k, holder = row(confirmation, "Họ và tên người đề nghị xác nhận: ")
    assert holder == confirmation.holder_name
    assert confirmation.body[k + 1] == f"2. Ngày sinh: 11/5/1994; số định danh cá nhân: {confirmation.holder_id}"
    employer = re.search(r"công nhân (Công ty [^,]+), mã số doanh nghiệp (\d{10})\.", confirmation.body[k + 2])
    assert employer and tax_code_ok(employer.group(2))
    assert confirmation.body[-1] == "Giấy xác nhận này có giá trị trong thời hạn 06 tháng kể từ ngày ký."
    assert len(confirmation.signer_name.split()) == 5 and confirmation.valid_until is None
    assert loan.slug == LOAN and loan.title == ["THÔNG BÁO"] and loan.subject == ["Phê duyệt cho vay mua nhà ở xã hội"]
    assert loan.issuer == ["NGÂN HÀNG CSXH", "CHI NHÁNH TỈNH ĐỒNG NAI", "PGD HUYỆN NHƠN TRẠCH"]
    k, holder = row(loan, "Khách hàng vay vốn: ")
    assert holder == f"ông {loan.holder_name}"
    assert loan.body[k + 1] == f"2. Ngày sinh: 03/01/1991; số định danh cá nhân: {loan.holder_id}"
    assert row(loan, "Mục đích vay: ")[1].startswith("mua căn hộ nhà ở xã hội số B2-0716")
    assert loan.valid_until is None and loan.signer_position == ["GIÁM ĐỐC"]


def test_printed_lines_stay_inside_the_margins_and_apart():
    for doc in BLIND20:
        assert_printed_inside_and_apart(doc, LEFT_C)


def test_the_hand_comes_down_across_the_name_and_the_seal_over_the_position():
    """As blind9's: with an aim the printed name sits inside the signature's height, in its upper three
    quarters, most of the time; without, rarely; the lifted seal reaches 6 pt or more into the
    position's last line, its centre left of the line's middle."""
    for doc in BLIND20:
        assert_hand_and_seal_placed(doc)


def test_the_tilted_scan_keeps_its_size_and_turns_one_and_a_half_degrees_counterclockwise():
    assert {doc.slug: doc.turn for doc in BLIND20 if doc.turn} == {TILTED: (1.5,)}
    page = Image.new("RGB", (200, 300), (255, 255, 255))
    page.paste((0, 0, 0), (149, 19, 152, 22))  # a dot near the top right corner, 50 right of and 130 above the centre
    (tilted,) = turned([page], doc_named(TILTED).turn)
    assert tilted.size == page.size
    assert all(tilted.getpixel(corner) == PAPER for corner in ((0, 0), (199, 0), (0, 299), (199, 299)))
    grey = np.asarray(tilted.convert("L"), dtype=float)[:100, 100:]
    y, x = np.unravel_index(np.argmin(grey), grey.shape)
    t = np.radians(1.5)  # counterclockwise on the page: the dot goes left, and up a little
    assert abs(100 + x - (100 + 50 * np.cos(t) - 130 * np.sin(t) + 0.5)) <= 1.5
    assert abs(y - (150 - 50 * np.sin(t) - 130 * np.cos(t) + 0.5)) <= 1.5


def test_the_written_files_open_with_their_truth(written):
    out, paths = written
    assert [path.name for path in paths] == [f"{TWO_PAGES}-scan.pdf", f"{CONG_VAN}-scan.pdf", f"{NOTICE}-photo.jpg"]
    for path in paths:
        slug = path.stem.rsplit("-", 1)[0]
        assert_written_file_opens(out, path, doc_named(slug), 2 if slug == TWO_PAGES else 1)
    one_page = [k for k, doc in enumerate(BLIND20) if doc.slug != TWO_PAGES]
    assert 4 <= sum(k % 2 == 1 for k in one_page) <= 6  # the full set: half the photos without a DPI
    assert [k for k, doc in enumerate(BLIND20) if doc.slug == NOTICE][0] % 2 == 1


def test_signature_and_seal_are_inked_on_page_two_and_nothing_on_page_one(written):
    assert_signed_and_sealed_on_page_two_only(written[0], doc_named(TWO_PAGES))


def test_the_number_and_the_day_are_written_into_their_blanks(written):
    out, _ = written
    doc = doc_named(CONG_VAN)
    _, _, hand, _ = lay_out(doc)
    last, _, signer = signer_runs(doc)
    blue, red = inks(scan_pixels(out, CONG_VAN, 0))
    for _, hx, hy, _text in hand:
        assert ink_in(blue, hx - 30, hy - 26, hx + 30, hy + 8) > 150
    header = max(hy for _, _, hy, _ in hand) + 20  # below the header and above the signer: no ink
    assert ink_in(blue, 40, header, A4[0] - 40, last.y - 25) == 0
    assert ink_in(red, 40, header, A4[0] - 40, last.y - 60) == 0
    assert ink_in(red, signer[1] - 150, signer[2] - 110, signer[1] + 10, signer[2] + 40) > 5000

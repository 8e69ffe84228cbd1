"""Blind set 23 (samples/blind23.py) is measured by benchmarks/fields.py only, never used to change a rule.
These check the generator, cheaply: every family is drawn as its docstring says and the truth follows
the stated conventions and the printed text, for all twelve documents through ``lay_out`` alone; the
signature and the seal land where the layout and the document's ``aim`` and ``lift`` put them; the
tilted scan is turned as ``turn`` says (checked on a small image); and only two files (three pages) are
actually rendered: the two-page scan, numbered and dated by hand on page 1 and signed and sealed on page
2, and the unsealed công điện's phone photo, written with their truth files, their ink looked for where
it belongs."""

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
from PIL import Image

sys.path.insert(0, str(ROOT / "samples"))
from blind5 import LEFT_C
from blind9 import turned
from blind22 import BLIND22
from blind23 import BLIND23, FAMILIES, LEVELS, Doc9, make_blind23
from heldout import BLIND, DOCS, FRESH
from make_samples import A4, PAPER

from tthc_digitize.extract.identifiers import cccd_ok, tax_code_ok

BEFORE = earlier_sets(23)  # blind2 to blind22
HELD_OUT = (*DOCS, *FRESH, *BLIND)

REFUND = "qd-hoan-thue-nhap-khau-thuong-mai-khe-sanh"  # prints a customs declaration's twelve digits
INSPECTED = "tb-kiem-tra-nang-luc-san-xuat-may-hai-yen"  # the three-line issuer
BUDGET = "gcn-ma-so-ngan-sach-tieu-hoc-nam-tam"  # its number alone written by hand; a holder without a number
SETTLEMENT = "qd-quyet-toan-nha-van-hoa-pho-ninh-phong-dien"
SEEDS = "qd-ho-tro-giong-lua-htx-huong-minh-vu-quang"  # the tilted scan
TELEGRAM = "cd-chu-dong-ung-pho-bao-so-9-nui-thanh"  # unsealed, drawn as its phone photo
CROPS = "tb-chuyen-doi-cay-trong-dat-lua-quach-van-toi"  # a nine-digit identity card
LINKAGE = "qd-lien-ket-san-xuat-lua-st24-nga-nam"  # two pages, numbered and dated by hand
TUTOR = "gp-day-them-hoc-them-au-thi-thanh-ha-tam-diep"
CONG_VAN = "cv-chan-chinh-day-them-hoc-them-thuan-thanh"  # the set's one công văn
CARE = "qd-cham-soc-thay-the-tre-em-vu-thi-dua"  # its number alone written by hand; the child and her carer
FRIENDLY = "qd-cong-nhan-xa-phu-hop-voi-tre-em-cai-lay"
# each person holder with a personal number: the province code it opens with and their sex
PERSONS = {TUTOR: ("037", "F"), CARE: ("040", "F")}
VALID = {TUTOR: "2023-05-31"}
DECLARATION = "103805716240"  # twelve digits that are nobody's personal number
# a validity: "có giá trị …", "có hiệu lực …" or "Thời hạn …:", then "đến (hết) ngày …"
STATED = re.compile(r"(có giá trị|có hiệu lực|Thời hạn[^:]*:) .*đến (?:hết )?ngày ")
BIRTH = re.compile(r"(?:[Ss]inh ngày:?|[Nn]gày sinh:) (\d{1,2})/(\d{1,2})/(\d{4})")
ID12 = re.compile(r"(?<!\d)\d{12}(?!\d)")
ID10 = re.compile(r"(?<!\d)\d{10}(?!\d)")
ID9 = re.compile(r"(?<!\d)\d{9}(?!\d)")


def of(name: str) -> list[Doc9]:
    return [doc for doc in BLIND23 if doc.family == name]


def doc_named(slug: str) -> Doc9:
    return next(doc for doc in BLIND23 if doc.slug == slug)


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    """Two files only, drawn as in the measured set (same seeds, same DPI), to keep this module cheap:
    the two-page scan numbered and dated by hand, and one JPEG photo. All 24 take over a minute."""
    out = tmp_path_factory.mktemp("blind23")
    scans = make_blind23(out, levels=("scan",), only={LINKAGE})
    return out, scans + make_blind23(out, levels=("photo",), only={TELEGRAM})


def test_twelve_documents_in_six_families_named_unlike_any_earlier_set():
    assert_unlike_earlier_sets(BLIND23, FAMILIES, LEVELS, BEFORE, HELD_OUT)
    assert {doc.family for doc in BLIND22} <= {doc.family for doc in BEFORE}  # blind22 counts as earlier


def test_dates_check_digits_and_personal_numbers_are_real():
    for doc in BLIND23:
        assert DMY.fullmatch(doc.date_text) and iso(doc.date_text) == doc.issued, doc.slug
        issued = date.fromisoformat(doc.issued)
        assert 2018 <= issued.year <= 2023 and issued.weekday() < 5, doc.slug
        text = printed(doc)
        assert all(tax_code_ok(found) for found in ID10.findall(text)), doc.slug  # every tax code printed
        assert all(cccd_ok(found) for found in ID12.findall(text) if found != DECLARATION), doc.slug
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
                if doc.slug == CROPS:  # the old nine-digit identity card instead
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
    assert {doc.slug for doc in BLIND23 if doc.holder_id_type == "cccd"} == set(PERSONS)
    assert {doc.slug for doc in BLIND23 if doc.holder_id_type == "tax_code"} == {REFUND, INSPECTED, SEEDS, LINKAGE}
    assert [doc.slug for doc in BLIND23 if doc.holder_id_type == "cmnd"] == [CROPS]
    assert [doc.slug for doc in BLIND23 if doc.holder_name and not doc.holder_id] == [BUDGET]
    assert [doc.slug for doc in BLIND23 if doc.holder_name is None] == [SETTLEMENT, TELEGRAM, CONG_VAN, FRIENDLY]
    assert [found for doc in BLIND23 for found in ID9.findall(" ".join(doc.body))] == [doc_named(CROPS).holder_id]
    assert [doc.slug for doc in BLIND23 if DECLARATION in " ".join(doc.body)] == [REFUND]
    assert not cccd_ok(DECLARATION)  # no personal number could be read into it
    assert "1127458" in " ".join(doc_named(BUDGET).body)  # seven digits: no tax code, no personal number
    codes = [found for doc in BLIND23 for found in ID10.findall(" ".join(doc.body))]
    assert len(codes) == len(set(codes)) == 6  # no company or cooperative is printed twice across the set
    # two of the six codes belong to no holder: the contractor and the cooperative that joins the linkage
    assert sorted(set(codes) - {doc.holder_id for doc in BLIND23}) == ["2201693478", "3301827462"]


def test_valid_until_is_the_date_after_den_ngay_and_a_period_gives_none():
    for doc in BLIND23:
        stated = [re.split(r"đến (?:hết )?ngày ", text, maxsplit=1)[1] for text in doc.body if STATED.search(text)]
        assert len(stated) <= 1, doc.slug
        assert doc.valid_until == (iso(stated[0]) if stated else None) == VALID.get(doc.slug), doc.slug
        if doc.valid_until:
            assert doc.valid_until > doc.issued, doc.slug
    periods = [doc for doc in BLIND23 if re.search(r"\d+ (năm|tháng|ngày) kể từ ngày", " ".join(doc.body))]
    assert [doc.slug for doc in periods] == [SETTLEMENT]
    assert "trong thời hạn 05 ngày làm việc kể từ ngày ký" in article(doc_named(REFUND), 2)
    deadlines = [doc for doc in BLIND23 if re.search(r"(trước|chậm nhất) ngày \d", " ".join(doc.body))]
    assert [doc.slug for doc in deadlines] == [SEEDS, LINKAGE, CONG_VAN]
    spans = [doc for doc in BLIND23 if re.search(r"từ ngày [^;.]*đến (hết )?ngày \d", " ".join(doc.body))]
    assert [doc.slug for doc in spans] == [LINKAGE] and doc_named(LINKAGE).valid_until is None
    assert row(doc_named(LINKAGE), "Thời gian thực hiện: ")[1] == "từ ngày 15/11/2019 đến hết ngày 30/4/2020."
    assert "từ ngày 26/10/2020 đến khi bão tan" in " ".join(doc_named(TELEGRAM).body)
    assert row(doc_named(CARE), "Thời gian chăm sóc thay thế: ")[1] == ("từ ngày 01/10/2020 đến khi trẻ em đủ 16 "
                                                                         "tuổi.")
    assert doc_named(TUTOR).body[-1] == "Giấy phép có giá trị đến hết ngày 31 tháng 5 năm 2023."
    for slug in (REFUND, INSPECTED, BUDGET, SEEDS, CROPS, CARE):  # results printing no validity
        assert doc_named(slug).valid_until is None and not STATED.search(" ".join(doc_named(slug).body)), slug


def test_pages_titles_numbers_and_signers_are_printed_as_the_truth_says():
    for doc in BLIND23:
        page, signer, hand, grids = lay_out(doc)
        assert len(page.pages) == (2 if doc.slug == LINKAGE else 1) and signer[0] == len(page.pages) - 1
        assert grids == [] and not doc.number_under_title
        assert doc.turn == ((-1.5,) if doc.slug == SEEDS else ())
        assert bool(doc.addressees) == (doc.slug in (INSPECTED, CROPS, CONG_VAN)), doc.slug
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
    assert {doc.slug: doc.handwritten for doc in BLIND23 if doc.handwritten} == {
        BUDGET: ("code_number",), LINKAGE: ("code_number", "issued_date"), CARE: ("code_number",)}
    assert {doc.date_text.split()[0] for doc in BLIND23} >= {"5", "06"}  # days with and without a zero
    assert {doc.fields()["type_name"] for doc in BLIND23} == {"QUYẾT ĐỊNH", "THÔNG BÁO", "CÔNG ĐIỆN", "GIẤY PHÉP",
                                                               "CÔNG VĂN", "GIẤY CHỨNG NHẬN MÃ SỐ ĐƠN VỊ CÓ QUAN "
                                                               "HỆ VỚI NGÂN SÁCH"}
    page, signer, _, _ = lay_out(doc_named(LINKAGE))
    motto = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert motto in page.truth[0] and motto not in page.truth[1] and page.truth[1][0] == "2"
    body_on_two = [run for run in runs(doc_named(LINKAGE), 1)[1:] if run.y < signer[2] - 100 and run.x < A4[0] / 2]
    assert len(body_on_two) >= 3  # the end of the body came over with the signer
    assert any(run.text.startswith("Điều 4. Quyết định này có hiệu lực") for run in body_on_two)
    assert any(run.text.startswith("b) Sử dụng kinh phí hỗ trợ") for run in body_on_two)  # the deadline on page 2
    assert any(line.startswith("Điều 1. Phê duyệt kế hoạch liên kết") for line in page.truth[0])
    assert any(line.startswith("Điều 2. Công ty TNHH Lúa gạo") for line in page.truth[0])
    assert not any(run.text.startswith("Điều 1.") for run in runs(doc_named(LINKAGE), 1))
    letter = lay_out(doc_named(CONG_VAN))[0].truth[0]
    assert "Kính gửi:" in letter and len(doc_named(CONG_VAN).addressees) == 2  # two agencies, a dashed line each
    assert all(f"- {addressee}" in letter for addressee in doc_named(CONG_VAN).addressees)
    for slug in (INSPECTED, CROPS):  # one addressee: the company or the farmer the notice is about
        notice = doc_named(slug)
        assert f"Kính gửi: {notice.addressees[0]}" in lay_out(notice)[0].truth[0] and len(notice.addressees) == 1
        assert notice.addressees[0].split(",")[0].endswith(notice.holder_name)


def test_signer_blocks_issuers_and_names_vary_as_the_docstring_says():
    marks = {doc.signer_position[0].split(" ", 1)[0] for doc in BLIND23}
    assert {"KT.", "TL.", "TM.", "Q.", "TUQ."} <= marks
    assert {tuple(doc.signer_position) for doc in BLIND23} >= {("CHỦ TỊCH",), ("TRƯỞNG PHÒNG",),
                                                              ("Q. CHI CỤC TRƯỞNG",)}
    assert {len(doc.signer_name.split()) for doc in BLIND23} == {2, 3, 4, 5}
    stacked = [doc for doc in BLIND23 if "Đ" in doc.signer_name or any(  # a letter under a hat or horn and a tone
        sum(unicodedata.combining(mark) > 0 for mark in unicodedata.normalize("NFD", ch)) >= 2
        for ch in doc.signer_name)]
    assert len(stacked) >= 6
    assert [doc.slug for doc in BLIND23 if len(doc.issuer) == 3] == [INSPECTED]
    assert not [doc for doc in BLIND23 if len(doc.issuer) == 1]
    council = [doc for doc in BLIND23 if doc.issuer[0] == "ỦY BAN NHÂN DÂN"]
    assert [doc.issuer[1].split(" ", 1)[0] for doc in council] == ["HUYỆN", "HUYỆN", "THỊ", "HUYỆN", "HUYỆN"]
    others = [doc.issuer for doc in BLIND23 if doc not in council and len(doc.issuer) == 2]
    assert others == [["CỤC HẢI QUAN QUẢNG TRỊ", "CHI CỤC HQCK QUỐC TẾ LAO BẢO"],
                      ["UBND HUYỆN SÌN HỒ", "PHÒNG TÀI CHÍNH - KẾ HOẠCH"],
                      ["UBND HUYỆN NÚI THÀNH", "BAN CHỈ HUY PCTT VÀ TKCN"],
                      ["UBND HUYỆN CHỢ MỚI", "UBND XÃ KIẾN AN"],
                      ["UBND THÀNH PHỐ TAM ĐIỆP", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"],
                      ["UBND HUYỆN KỲ SƠN", "UBND XÃ MƯỜNG LỐNG"]]
    assert doc_named(INSPECTED).fields()["organ_name"] == ("TỔNG CỤC HẢI QUAN CỤC HẢI QUAN TỈNH QUẢNG NINH CHI CỤC "
                                                           "HQCK MÓNG CÁI")
    assert doc_named(TELEGRAM).fields()["organ_name"] == "UBND HUYỆN NÚI THÀNH BAN CHỈ HUY PCTT VÀ TKCN"
    assert [doc.slug for doc in BLIND23 if doc.seal is None] == [TELEGRAM]
    assert sum(doc.aim != (0.0, 0.0) for doc in BLIND23) == 8 and len({doc.lift for doc in BLIND23}) >= 4
    assert all(len(doc.seal) <= 40 for doc in BLIND23 if doc.seal)  # the ring holds that many letters
    assert [doc.slug for doc in BLIND23 if len(doc.signer_position) == 3] == [LINKAGE]
    assert doc_named(LINKAGE).signer_position == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
    assert doc_named(SETTLEMENT).signer_position == ["TUQ. CHỦ TỊCH", "TRƯỞNG PHÒNG TÀI CHÍNH - KẾ HOẠCH"]
    assert doc_named(CONG_VAN).signer_position == ["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"]
    assert doc_named(TELEGRAM).signer_position == ["KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN THƯỜNG TRỰC"]
    assert doc_named(CROPS).signer_position == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]
    assert doc_named(BUDGET).signer_position == ["KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG"]
    assert doc_named(INSPECTED).signer_position == ["KT. CHI CỤC TRƯỞNG", "PHÓ CHI CỤC TRƯỞNG"]
    assert doc_named(LINKAGE).signer_name == "Thạch Thị Kim Bích Thủy" and doc_named(CARE).signer_name == "Lầu Bá Chồng"
    assert doc_named(BUDGET).signer_name == "Lò Văn Muôn" and len(doc_named(CONG_VAN).signer_name.split()) == 2
    assert {doc.issued[:4] for doc in BLIND23} == {str(year) for year in range(2018, 2024)}


def test_haiquan_holder_is_the_refunded_or_inspected_company():
    refund, inspected = of("haiquan")
    assert refund.slug == REFUND and refund.subject == ["Về việc hoàn thuế nhập khẩu", f"đối với {refund.holder_name}"]
    assert article(refund).startswith(f"Điều 1. Hoàn trả {refund.holder_name}, mã số thuế {refund.holder_id}, ")
    k = refund.body.index(article(refund))
    assert refund.body[k + 1].startswith("Hàng hóa: ") and DECLARATION in refund.body[k + 1]
    application = re.search(r"hoàn thuế số (\d+)/2021/CV-KS ngày (.+?) của", " ".join(refund.body))
    assert application.group(1) != refund.number and iso(application.group(2)) != refund.issued
    assert refund.signer_position == ["Q. CHI CỤC TRƯỞNG"]
    assert inspected.slug == INSPECTED and inspected.title == ["THÔNG BÁO"] and len(inspected.subject) == 1
    k, holder = row(inspected, "Tên tổ chức: ")
    assert holder == inspected.holder_name == inspected.addressees[0]
    assert inspected.body[k + 1] == f"2. Mã số thuế: {inspected.holder_id}"
    minutes = re.search(r"Biên bản kiểm tra cơ sở sản xuất số (\d+)/BB-HQMC ngày (.+?) của", inspected.body[1])
    assert minutes.group(1) != inspected.number and iso(minutes.group(2)) != inspected.issued


def test_ngansach_holder_is_the_school_without_a_number_and_none_in_the_settlement():
    budget, settlement = of("ngansach")
    assert budget.slug == BUDGET and budget.title == ["GIẤY CHỨNG NHẬN", "MÃ SỐ ĐƠN VỊ CÓ QUAN HỆ VỚI NGÂN SÁCH"]
    assert not budget.subject and budget.fields()["subject"] is None
    k, holder = row(budget, "Tên đơn vị: ")
    assert holder == budget.holder_name and budget.body[k - 1] == "PHÒNG TÀI CHÍNH - KẾ HOẠCH HUYỆN SÌN HỒ CHỨNG NHẬN:"
    assert re.fullmatch(r"2\. Mã số đơn vị có quan hệ với ngân sách: \d{7}", budget.body[k + 1])
    assert budget.holder_id is None and budget.holder_id_type is None
    assert settlement.slug == SETTLEMENT and len(settlement.subject) == 2
    assert all(settlement.fields()[key] is None for key in ("holder_name", "holder_id", "holder_id_type",
                                                            "valid_until"))
    assert row(settlement, "Chủ đầu tư: ")[1].startswith("Ban Quản lý dự án")
    assert re.fullmatch(r"Công ty TNHH [^,]+, mã số doanh nghiệp \d{10}\.", row(settlement, "Nhà thầu thi công: ")[1])
    report = re.search(r"Báo cáo thẩm tra quyết toán số (\d+)/BC-TCKH ngày (.+?) của", " ".join(settlement.body))
    assert report.group(1) != settlement.number and iso(report.group(2)) != settlement.issued


def test_thientai_holder_is_the_cooperative_and_none_in_the_telegram():
    seeds, telegram = of("thientai")
    assert seeds.slug == SEEDS and len(seeds.subject) == 2
    assert re.match(rf"Điều 1\. Hỗ trợ .+ cho {seeds.holder_name}, mã số hợp tác xã {seeds.holder_id}, để ",
                    article(seeds))
    submission = re.search(r"Tờ trình số (\d+)/TTr-UBND ngày (.+?) của", " ".join(seeds.body))
    assert submission.group(1) != seeds.number and iso(submission.group(2)) != seeds.issued
    assert telegram.slug == TELEGRAM and telegram.title == ["CÔNG ĐIỆN"] and len(telegram.subject) == 1
    assert telegram.body[0].endswith(" điện:") and not telegram.body[0].isupper()  # a paragraph, not a heading
    assert [text[:2] for text in telegram.body[1:3]] == ["- ", "- "]
    assert all(telegram.fields()[key] is None for key in ("holder_name", "holder_id", "holder_id_type",
                                                          "valid_until"))
    province = re.search(r"Công điện số (\d+)/CĐ-UBND ngày (.+?) của", " ".join(telegram.body))
    assert province.group(1) != telegram.number and iso(province.group(2)) != telegram.issued
    assert "ông Hứa Văn Lộc, điện thoại 0235 3871 416" in telegram.body[-1]


def test_trongtrot_holder_is_the_farmer_or_the_leading_company():
    crops, linkage = of("trongtrot")
    assert crops.slug == CROPS and crops.title == ["THÔNG BÁO"] and len(crops.subject) == 2
    k, holder = row(crops, "Người đăng ký: ")
    assert holder == f"ông {crops.holder_name}"
    assert crops.body[k + 1] == f"2. Ngày sinh: 14/02/1971; số chứng minh nhân dân: {crops.holder_id}"
    assert crops.holder_id.startswith("35")  # An Giang's identity cards
    assert linkage.slug == LINKAGE and len(linkage.subject) == 2
    assert article(linkage).endswith(f"do {linkage.holder_name}, mã số doanh nghiệp {linkage.holder_id}, chủ trì "
                                     "liên kết, với các nội dung sau:")
    joined = linkage.body[linkage.body.index(article(linkage)) + 1]
    assert re.match(r"1\. Bên tham gia liên kết: Hợp tác xã [^,]+, mã số hợp tác xã \d{10}, ", joined)
    cited = re.findall(r"số (\d+)/(?:2019/QĐ-UBND|TTr-KT) ngày (.+?) (?:của|ban)", " ".join(linkage.body))
    assert len(cited) == 2 and all(n != linkage.number and iso(d) != linkage.issued for n, d in cited)


def test_dayhocthem_holder_is_the_teacher_and_none_in_the_cong_van():
    tutor, letter = of("dayhocthem")
    assert tutor.slug == TUTOR and tutor.title == ["GIẤY PHÉP"]
    assert tutor.subject == ["Tổ chức hoạt động dạy thêm, học thêm"]
    k, holder = row(tutor, "Người được cấp phép: ")
    assert holder == f"bà {tutor.holder_name}" and tutor.body[k - 1] == "TRƯỞNG PHÒNG GIÁO DỤC VÀ ĐÀO TẠO CHO PHÉP:"
    assert tutor.body[k + 1] == f"2. Ngày sinh: 09/11/1984; số định danh cá nhân: {tutor.holder_id}"
    assert letter.slug == CONG_VAN and letter.title == [] and len(letter.subject) == 2
    assert letter.subject[0].startswith("V/v ")
    fields = letter.fields()
    assert fields["type_name"] == "CÔNG VĂN"
    assert fields["subject"] == "V/v chấn chỉnh hoạt động dạy thêm, học thêm trên địa bàn huyện"
    assert all(fields[key] is None for key in ("holder_name", "holder_id", "holder_id_type", "valid_until"))
    assert "bà Ngọ Thị Thu, chuyên viên" in letter.body[3]
    circular = re.search(r"Thông tư số (\d+)/2012/TT-BGDĐT ngày (.+?) của", letter.body[0])
    assert circular.group(1) != letter.number and iso(circular.group(2)) != letter.issued


def test_treem_holder_is_the_child_not_her_carer_and_none_in_the_recognition():
    care, friendly = of("treem")
    assert care.slug == CARE and care.subject == [f"Về việc chăm sóc thay thế đối với trẻ em {care.holder_name}"]
    k, holder = row(care, "Trẻ em: ")
    assert holder == f"{care.holder_name}, mồ côi cả cha và mẹ"
    assert care.body[k + 1] == f"2. Ngày sinh: 17/5/2015; số định danh cá nhân: {care.holder_id}"
    j, carer = row(care, "Người nhận chăm sóc thay thế: ")
    assert carer.startswith("bà Thào Thị Xó, ") and j > k + 1
    (other,) = ID12.findall(care.body[j + 1])
    assert other != care.holder_id and care.body[j + 1].startswith("4. Ngày sinh: 02/9/1968; ")
    assert friendly.slug == FRIENDLY and len(friendly.subject) == 2
    assert all(friendly.fields()[key] is None for key in ("holder_name", "holder_id", "holder_id_type",
                                                          "valid_until"))
    assert article(friendly).count("xã ") + article(friendly).count("thị trấn ") >= 5
    submission = re.search(r"Tờ trình số (\d+)/TTr-LĐTBXH ngày (.+?) của", " ".join(friendly.body))
    assert submission.group(1) != friendly.number and iso(submission.group(2)) != friendly.issued


def test_printed_lines_stay_inside_the_margins_and_apart():
    for doc in BLIND23:
        assert_printed_inside_and_apart(doc, LEFT_C)


def test_the_hand_comes_down_across_the_name_and_the_seal_over_the_position():
    """As blind9's: with an aim the printed name sits inside the signature's height, in its upper three
    quarters, most of the time; without, rarely; the lifted seal reaches 6 pt or more into the
    position's last line, its centre left of the line's middle."""
    for doc in BLIND23:
        assert_hand_and_seal_placed(doc)


def test_the_tilted_scan_keeps_its_size_and_turns_one_and_a_half_degrees_clockwise():
    assert {doc.slug: doc.turn for doc in BLIND23 if doc.turn} == {SEEDS: (-1.5,)}
    page = Image.new("RGB", (200, 300), (255, 255, 255))
    page.paste((0, 0, 0), (149, 19, 152, 22))  # a dot near the top right corner, 50 right of and 130 above the centre
    (tilted,) = turned([page], doc_named(SEEDS).turn)
    assert tilted.size == page.size
    assert all(tilted.getpixel(corner) == PAPER for corner in ((0, 0), (199, 0), (0, 299), (199, 299)))
    grey = np.asarray(tilted.convert("L"), dtype=float)[:100, 100:]
    y, x = np.unravel_index(np.argmin(grey), grey.shape)
    t = np.radians(-1.5)  # clockwise on the page: the dot goes right, and down a little
    assert abs(100 + x - (100 + 50 * np.cos(t) - 130 * np.sin(t) + 0.5)) <= 1.5
    assert abs(y - (150 - 50 * np.sin(t) - 130 * np.cos(t) + 0.5)) <= 1.5
    assert 100 + x > 151  # right of where it was


def test_the_written_files_open_with_their_truth(written):
    out, paths = written
    assert [path.name for path in paths] == [f"{LINKAGE}-scan.pdf", f"{TELEGRAM}-photo.jpg"]
    for path in paths:
        slug = path.stem.rsplit("-", 1)[0]
        assert_written_file_opens(out, path, doc_named(slug), 2 if slug == LINKAGE else 1)
    one_page = [k for k, doc in enumerate(BLIND23) if doc.slug != LINKAGE]
    assert 4 <= sum(k % 2 == 1 for k in one_page) <= 6  # the full set: half the photos without a DPI
    assert [k for k, doc in enumerate(BLIND23) if doc.slug == TELEGRAM][0] % 2 == 1


def test_page_one_holds_only_the_hand_written_number_and_day_and_page_two_the_signature_and_seal(written):
    out, _ = written
    doc = doc_named(LINKAGE)
    _, _, hand, _ = lay_out(doc)
    blue, red = inks(scan_pixels(out, LINKAGE, 0))
    for _, hx, hy, _text in hand:
        assert ink_in(blue, hx - 30, hy - 26, hx + 30, hy + 8) > 150
    header = max(hy for _, _, hy, _ in hand) + 20  # below the header: no ink on page 1, no seal anywhere on it
    assert ink_in(blue, 40, header, A4[0] - 40, A4[1] - 40) == 0 and int(red.sum()) == 0
    last, name, signer = signer_runs(doc)
    blue, red = inks(scan_pixels(out, LINKAGE, 1))
    x = signer[1]
    assert ink_in(blue, x - 110, last.y - 20, x + 110, name.y + 40) > 1500  # the signature
    assert ink_in(blue, 40, 40, A4[0] - 40, last.y - 25) == 0  # nothing else blue on page 2
    assert ink_in(blue, *box(name)) > 40  # across the printed name
    seal = ink_in(red, x - 150, signer[2] - 110, x + 10, signer[2] + 40)
    assert seal > 5000 and ink_in(red, x + 20, signer[2] - 110, A4[0] - 40, signer[2] + 40) < 0.05 * seal
    x0, y0, _, y1 = box(last)
    assert ink_in(red, x0, y0, x0 + 30, y1) > 40  # over the position's last line, at its left end

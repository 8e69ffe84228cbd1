"""Blind set 22 (samples/blind22.py) is measured by benchmarks/fields.py only, never used to change a rule.
These check the generator, cheaply: every family is drawn as its docstring says and the truth follows
the stated conventions and the printed text, for all twelve documents through ``lay_out`` alone; the
signature and the seal land where the layout and the document's ``aim`` and ``lift`` put them; the
tilted scan is turned as ``turn`` says (checked on a small image); and only three files (four pages)
are actually rendered: the two-page scan with its signature and seal on page 2, the công văn numbered
and dated by hand, and the unsealed auction notice's phone photo, written with their truth files, their
ink looked for where it belongs."""

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
from blind21 import BLIND21
from blind22 import BLIND22, FAMILIES, LEVELS, Doc9, make_blind22
from heldout import BLIND, DOCS, FRESH
from make_samples import A4, PAPER

from tthc_digitize.extract.identifiers import cccd_ok, tax_code_ok

BEFORE = earlier_sets(22)  # blind2 to blind21
HELD_OUT = (*DOCS, *FRESH, *BLIND)

WINNER = "qd-cong-nhan-trung-dau-gia-dat-nong-san-ia-pal"  # the two-page document
NOTICE = "tb-dau-gia-go-tich-thu-kiem-lam-di-linh"  # unsealed, drawn as its phone photo
CATCH = "gxn-nguyen-lieu-thuy-san-khai-thac-ca-ngu-tam-quan"
CLOSURE = "tb-tam-dung-tiep-nhan-tau-ca-song-doc"  # the one-line issuer
MOTHER = "qd-ho-tro-sinh-con-dung-chinh-sach-trieu-thi-may"  # its number alone written by hand
PLAN = "kh-huong-ung-ngay-dan-so-viet-nam-dong-hai"
TILTED = "qd-cach-ly-y-te-tai-nha-cu-thi-ngat"
PASS = "giay-di-duong-gian-cach-ong-van-thoi-lai-thieu"  # its holder's family name is Ông
WELLS = "gxn-dang-ky-khai-thac-nuoc-duoi-dat-htx-ham-my"  # its number alone written by hand
CONG_VAN = "cv-tram-lap-gieng-khoan-moc-hoa-kien-tuong"  # the set's one công văn, numbered and dated by hand
ENFORCED = "qd-thi-hanh-an-theo-yeu-cau-kieu-van-sam"  # no number printed for its holder
SETTLED = "gxn-ket-qua-thi-hanh-an-son-sa-rinh-duyen-hai"  # its number alone written by hand
# each person holder with a personal number: the province code it opens with and their sex
PERSONS = {MOTHER: ("002", "F"), TILTED: ("040", "F"), PASS: ("051", "M"), SETTLED: ("084", "M")}
VALID = {WINNER: "2069-05-19", PASS: "2021-09-21"}
# a validity: "có giá trị …", "có hiệu lực …" or "Thời hạn …:", then "đến (hết) ngày …"
STATED = re.compile(r"(có giá trị|có hiệu lực|Thời hạn[^:]*:) .*đến (?:hết )?ngày ")
BIRTH = re.compile(r"(?:[Ss]inh ngày:?|[Nn]gày sinh:) (\d{1,2})/(\d{1,2})/(\d{4})")
ID12 = re.compile(r"(?<!\d)\d{12}(?!\d)")
ID10 = re.compile(r"(?<!\d)\d{10}(?!\d)")


def of(name: str) -> list[Doc9]:
    return [doc for doc in BLIND22 if doc.family == name]


def doc_named(slug: str) -> Doc9:
    return next(doc for doc in BLIND22 if doc.slug == slug)


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    """Three files only, drawn as in the measured set (same seeds, same DPI), to keep this module cheap:
    the two-page scan, the scan numbered and dated by hand, and one JPEG photo. All 24 take over a minute."""
    out = tmp_path_factory.mktemp("blind22")
    scans = make_blind22(out, levels=("scan",), only={WINNER, CONG_VAN})
    return out, scans + make_blind22(out, levels=("photo",), only={NOTICE})


def test_twelve_documents_in_six_families_named_unlike_any_earlier_set():
    assert_unlike_earlier_sets(BLIND22, FAMILIES, LEVELS, BEFORE, HELD_OUT)
    assert {doc.family for doc in BLIND21} <= {doc.family for doc in BEFORE}  # blind21 counts as earlier


def test_dates_check_digits_and_personal_numbers_are_real():
    for doc in BLIND22:
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
        assert "hộ chiếu" not in body, doc.slug  # nobody here is known by a passport
        for paragraph in doc.body:  # a birth date shares its paragraph with one personal number, of that year
            for born in BIRTH.finditer(paragraph):
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
    assert {doc.slug for doc in BLIND22 if doc.holder_id_type == "cccd"} == set(PERSONS)
    assert {doc.slug for doc in BLIND22 if doc.holder_id_type == "tax_code"} == {WINNER, CATCH, WELLS}
    assert [doc.slug for doc in BLIND22 if doc.holder_name and not doc.holder_id] == [ENFORCED]
    assert [doc.slug for doc in BLIND22 if doc.holder_name is None] == [NOTICE, CLOSURE, PLAN, CONG_VAN]
    assert not ID12.search(" ".join(doc_named(ENFORCED).body))  # no personal number printed at all
    assert "sinh năm 1971" in article(doc_named(ENFORCED))
    codes = [found for doc in BLIND22 for found in ID10.findall(" ".join(doc.body))]
    assert len(codes) == len(set(codes)) == 7  # no company is printed twice across the set
    # four of the seven codes belong to no holder: the auction firm, the dredger, the employer, the addressee
    assert {doc.slug for doc in BLIND22 if ID10.search(" ".join(doc.body)) and doc.holder_id_type != "tax_code"} == {
        NOTICE, CLOSURE, PASS, CONG_VAN}


def test_valid_until_is_the_date_after_den_ngay_and_a_period_gives_none():
    for doc in BLIND22:
        stated = [re.split(r"đến (?:hết )?ngày ", text, maxsplit=1)[1] for text in doc.body if STATED.search(text)]
        assert len(stated) <= 1, doc.slug
        assert doc.valid_until == (iso(stated[0]) if stated else None) == VALID.get(doc.slug), doc.slug
        if doc.valid_until:
            assert doc.valid_until > doc.issued, doc.slug
    periods = [doc for doc in BLIND22 if re.search(r"\d+ (năm|tháng|ngày) kể từ ngày", " ".join(doc.body))]
    assert [doc.slug for doc in periods] == [WINNER, ENFORCED]
    assert doc_named(ENFORCED).valid_until is None
    assert "trong thời hạn 05 ngày làm việc kể từ ngày ký" in article(doc_named(MOTHER), 2)
    deadlines = [doc for doc in BLIND22 if re.search(r"(trước|chậm nhất) ngày \d", " ".join(doc.body))]
    assert [doc.slug for doc in deadlines] == [PLAN, CONG_VAN]
    spans = [doc for doc in BLIND22 if re.search(r"từ ngày [^;.]*đến (hết )?ngày \d", " ".join(doc.body))]
    assert [doc.slug for doc in spans] == [WINNER, PLAN, TILTED]
    assert all(doc.valid_until is None for doc in spans if doc.slug != WINNER)  # a span is no validity
    assert row(doc_named(WINNER), "Thời hạn sử dụng đất: ")[1] == ("50 năm, kể từ ngày ký Quyết định này đến hết "
                                                                   "ngày 19 tháng 5 năm 2069.")
    assert row(doc_named(TILTED), "Thời gian cách ly: ")[1] == "14 ngày, từ ngày 02/8/2021 đến hết ngày 15/8/2021."
    assert doc_named(PASS).body[-1] == "Giấy đi đường có giá trị đến hết ngày 21/9/2021."
    assert "từ ngày 07/7/2020 đến 17 giờ 00 ngày 17/7/2020" in row(doc_named(NOTICE), "Bán hồ sơ")[1]
    assert "từ 06 giờ 00 ngày 10/6/2019 đến hết ngày 25/6/2019" in doc_named(CLOSURE).body[1]
    assert "đã thi hành xong toàn bộ các khoản nêu trên ngày 12 tháng 10 năm 2022" in " ".join(doc_named(SETTLED).body)
    for slug in (CATCH, WELLS, SETTLED, MOTHER):  # certificates and a grant printing no validity
        assert doc_named(slug).valid_until is None and not STATED.search(" ".join(doc_named(slug).body)), slug


def test_pages_titles_numbers_and_signers_are_printed_as_the_truth_says():
    for doc in BLIND22:
        page, signer, hand, grids = lay_out(doc)
        assert len(page.pages) == (2 if doc.slug == WINNER else 1) and signer[0] == len(page.pages) - 1
        assert grids == [] and not doc.number_under_title
        assert doc.turn == ((2.0,) if doc.slug == TILTED else ())
        assert bool(doc.addressees) == (doc.slug == CONG_VAN)
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
    assert {doc.slug: doc.handwritten for doc in BLIND22 if doc.handwritten} == {
        MOTHER: ("code_number",), WELLS: ("code_number",), CONG_VAN: ("code_number", "issued_date"),
        SETTLED: ("code_number",)}
    assert {doc.date_text.split()[0] for doc in BLIND22} >= {"6", "9", "03", "08"}  # days with and without a zero
    assert doc_named(MOTHER).date_text.split()[2] == "02" and doc_named(CONG_VAN).date_text.split()[0] == "9"
    page, signer, _, _ = lay_out(doc_named(WINNER))
    motto = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert motto in page.truth[0] and motto not in page.truth[1] and page.truth[1][0] == "2"
    body_on_two = [run for run in runs(doc_named(WINNER), 1)[1:] if run.y < signer[2] - 100 and run.x < A4[0] / 2]
    assert len(body_on_two) >= 3  # the end of the body came over with the signer
    assert any(run.text.startswith("Điều 4. Quyết định này có hiệu lực") for run in body_on_two)
    assert any(run.text.startswith("Điều 2. Công ty TNHH Nông sản Ia Pal") for run in body_on_two)
    assert any(run.text.startswith("5. Thời hạn sử dụng đất: ") for run in body_on_two)  # the validity on page 2
    assert any(line.startswith("Điều 1. Công nhận Công ty TNHH Nông sản Ia Pal") for line in page.truth[0])
    assert not any(run.text.startswith("Điều 1.") for run in runs(doc_named(WINNER), 1))
    letter = lay_out(doc_named(CONG_VAN))[0].truth[0]
    assert f"Kính gửi: {doc_named(CONG_VAN).addressees[0]}" in letter and len(doc_named(CONG_VAN).addressees) == 1


def test_signer_blocks_issuers_and_names_vary_as_the_docstring_says():
    marks = {doc.signer_position[0].split(" ", 1)[0] for doc in BLIND22}
    assert {"KT.", "TL.", "TM.", "Q.", "TUQ."} <= marks
    assert {tuple(doc.signer_position) for doc in BLIND22} >= {("CHỦ TỊCH",), ("GIÁM ĐỐC",), ("CHI CỤC TRƯỞNG",),
                                                              ("Q. TRƯỞNG BAN",)}
    assert {len(doc.signer_name.split()) for doc in BLIND22} == {2, 3, 4, 5}
    stacked = [doc for doc in BLIND22 if "Đ" in doc.signer_name or any(  # a letter under a hat or horn and a tone
        sum(unicodedata.combining(mark) > 0 for mark in unicodedata.normalize("NFD", ch)) >= 2
        for ch in doc.signer_name)]
    assert len(stacked) >= 6
    assert [doc.slug for doc in BLIND22 if len(doc.issuer) == 3] == [CATCH, ENFORCED]
    assert [doc.slug for doc in BLIND22 if len(doc.issuer) == 1] == [CLOSURE]
    council = [doc for doc in BLIND22 if doc.issuer[0] == "ỦY BAN NHÂN DÂN"]
    assert [doc.issuer[1].split(" ", 1)[0] for doc in council] == ["HUYỆN", "XÃ", "HUYỆN", "PHƯỜNG", "HUYỆN", "THỊ"]
    others = [doc.issuer for doc in BLIND22 if doc not in council and len(doc.issuer) == 2]
    assert others == [["CÔNG TY ĐẤU GIÁ", "HỢP DANH BẢO LỘC"], ["CÔNG AN TP. THUẬN AN", "CÔNG AN PHƯỜNG LÁI THIÊU"],
                      ["CỤC THADS TỈNH TRÀ VINH", "CHI CỤC THADS THỊ XÃ DUYÊN HẢI"]]
    assert doc_named(NOTICE).fields()["organ_name"] == "CÔNG TY ĐẤU GIÁ HỢP DANH BẢO LỘC"
    assert doc_named(CATCH).fields()["organ_name"] == ("UBND TỈNH BÌNH ĐỊNH SỞ NÔNG NGHIỆP VÀ PTNT BQL CẢNG CÁ BÌNH "
                                                       "ĐỊNH")
    assert doc_named(ENFORCED).fields()["organ_name"] == ("CỤC THADS TỈNH BẾN TRE CHI CỤC THI HÀNH ÁN DÂN SỰ HUYỆN "
                                                          "GIỒNG TRÔM")
    assert doc_named(CLOSURE).fields()["organ_name"] == "BQL CẢNG CÁ SÔNG ĐỐC"
    assert [doc.slug for doc in BLIND22 if doc.seal is None] == [NOTICE]
    assert sum(doc.aim != (0.0, 0.0) for doc in BLIND22) == 8 and len({doc.lift for doc in BLIND22}) >= 4
    assert all(len(doc.seal) <= 40 for doc in BLIND22 if doc.seal)  # the ring holds that many letters
    assert [doc.slug for doc in BLIND22 if len(doc.signer_position) == 3] == [WINNER, WELLS, CONG_VAN]
    assert doc_named(WINNER).signer_position == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
    assert doc_named(WELLS).signer_position == ["TUQ. CHỦ TỊCH", "TRƯỞNG PHÒNG", "TÀI NGUYÊN VÀ MÔI TRƯỜNG"]
    assert doc_named(CONG_VAN).signer_position == ["TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"]
    assert doc_named(PLAN).signer_position == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]
    assert doc_named(CATCH).signer_position == ["KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"]
    assert doc_named(PASS).signer_position == ["KT. TRƯỞNG CÔNG AN PHƯỜNG", "PHÓ TRƯỞNG CÔNG AN PHƯỜNG"]
    assert doc_named(SETTLED).signer_position == ["KT. CHI CỤC TRƯỞNG", "PHÓ CHI CỤC TRƯỞNG"]
    assert doc_named(WINNER).signer_name == "Rơ Châm Ngơn" and doc_named(MOTHER).signer_name == "Vương Mí Chứ"
    assert len(doc_named(CLOSURE).signer_name.split()) == 2 and len(doc_named(SETTLED).signer_name.split()) == 5
    assert {doc.issued[:4] for doc in BLIND22} == {str(year) for year in range(2018, 2024)}


def test_daugia_holder_is_the_winning_company_and_none_in_the_notice():
    winner, notice = of("daugia")
    assert winner.slug == WINNER and winner.subject == ["Về việc công nhận kết quả trúng đấu giá quyền sử dụng đất",
                                                        f"đối với {winner.holder_name}"]
    assert article(winner).startswith(f"Điều 1. Công nhận {winner.holder_name}, mã số doanh nghiệp "
                                      f"{winner.holder_id}, trúng đấu giá ")
    cited = re.findall(r"số (\d+)/(?:2018/QĐ-UBND|QĐ-UBND|BB-ĐG|TTr-TNMT) ngày (.+?) (?:của|ban)",
                       " ".join(winner.body))
    assert len(cited) == 4 and all(n != winner.number and iso(d) != winner.issued for n, d in cited)
    assert "trong thời hạn 30 ngày kể từ ngày nhận được thông báo" in " ".join(winner.body)
    assert notice.slug == NOTICE and notice.title == ["THÔNG BÁO ĐẤU GIÁ TÀI SẢN"] and not notice.subject
    assert notice.fields()["subject"] is None and notice.seal is None
    assert all(notice.fields()[key] is None for key in ("holder_name", "holder_id", "holder_id_type",
                                                        "valid_until"))
    assert notice.issuer == ["CÔNG TY ĐẤU GIÁ", "HỢP DANH BẢO LỘC"]
    assert re.search(r"Công ty Đấu giá hợp danh Bảo Lộc, mã số doanh nghiệp \d{10}, thông báo", notice.body[2])
    assert row(notice, "Người có tài sản: ")[1].startswith("Hạt Kiểm lâm huyện Di Linh;")
    contract = re.search(r"số (\d+)/2020/HĐ-ĐGBL ngày (.+?) giữa", notice.body[1])
    assert contract.group(1) != notice.number and iso(contract.group(2)) != notice.issued
    assert notice.signer_position == ["GIÁM ĐỐC"]


def test_cangca_holder_is_the_buyer_and_none_in_the_closure():
    catch, closure = of("cangca")
    assert catch.slug == CATCH and catch.title == ["GIẤY XÁC NHẬN NGUYÊN LIỆU THỦY SẢN KHAI THÁC"]
    assert not catch.subject and catch.fields()["subject"] is None
    k, holder = row(catch, "Tổ chức đề nghị xác nhận: ")
    assert holder == catch.holder_name and catch.body[k - 1] == "BAN QUẢN LÝ CẢNG CÁ BÌNH ĐỊNH XÁC NHẬN:"
    assert catch.body[k + 1] == f"2. Mã số doanh nghiệp: {catch.holder_id}"
    vessel = row(catch, "Tàu cá: ")[1]
    assert vessel.startswith("BĐ 97268 TS; chủ tàu: ông ") and not re.search(r"\d{9,}", vessel)
    assignment = re.search(r"Quyết định số (\d+)/QĐ-SNN ngày (.+?) của", " ".join(catch.body))
    assert assignment.group(1) != catch.number and iso(assignment.group(2)) != catch.issued
    assert closure.slug == CLOSURE and closure.title == ["THÔNG BÁO"] and len(closure.subject) == 2
    assert closure.issuer == ["BQL CẢNG CÁ SÔNG ĐỐC"] and closure.signer_position == ["Q. TRƯỞNG BAN"]
    assert all(closure.fields()[key] is None for key in ("holder_name", "holder_id", "holder_id_type",
                                                         "valid_until"))
    assert "ông Danh Sà Rết, điện thoại 0290 3852 619" in closure.body[2]
    province = re.search(r"Quyết định số (\d+)/QĐ-UBND ngày (.+?) của", closure.body[0])
    assert province.group(1) != closure.number and iso(province.group(2)) != closure.issued


def test_danso_holder_is_the_mother_and_none_in_the_plan():
    mother, plan = of("danso")
    assert mother.slug == MOTHER and len(mother.subject) == 2
    assert article(mother) == "Điều 1. Hỗ trợ 2.000.000 đồng (hai triệu đồng) cho người có tên sau đây:"
    k, holder = row(mother, "Họ và tên: ")
    assert holder == mother.holder_name and mother.body[k - 1] == article(mother)
    assert mother.body[k + 1] == f"2. Ngày sinh: 11/9/1998; dân tộc: Dao; số định danh cá nhân: {mother.holder_id}"
    assert row(mother, "Sinh con thứ hai ")[1] == "ngày 24 tháng 01 năm 2020 tại Trạm Y tế xã Hồ Thầu."
    assert mother.signer_position == ["CHỦ TỊCH"]
    assert plan.slug == PLAN and plan.title == ["KẾ HOẠCH"] and len(plan.subject) == 2
    assert all(plan.fields()[key] is None for key in ("holder_name", "holder_id", "holder_id_type", "valid_until"))
    assert [text for text in plan.body if text.isupper()] == ["I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG, THỜI GIAN",
                                                             "III. TỔ CHỨC THỰC HIỆN"]
    department = re.search(r"Kế hoạch số (\d+)/KH-SYT ngày (.+?) của", plan.body[0])
    assert department.group(1) != plan.number and iso(department.group(2)) != plan.issued
    assert "bà Lâm Thị Sa Rươl" in " ".join(plan.body)


def test_phongdich_holder_is_the_quarantined_woman_or_the_worker():
    quarantine, travel = of("phongdich")
    assert quarantine.slug == TILTED and quarantine.subject == ["Về việc áp dụng biện pháp cách ly y tế tại nhà"]
    assert article(quarantine) == "Điều 1. Áp dụng biện pháp cách ly y tế tại nhà đối với người có tên sau:"
    k, holder = row(quarantine, "Họ và tên: ")
    assert holder == f"bà {quarantine.holder_name}"
    assert quarantine.body[k + 1] == f"2. Ngày sinh: 05/10/1987; số định danh cá nhân: {quarantine.holder_id}"
    assert "ông Phan Văn Lục" in article(quarantine, 2)
    letter = re.search(r"Văn bản số (\d+)/UBND-VX ngày (.+?) của", " ".join(quarantine.body))
    assert letter.group(1) != quarantine.number and iso(letter.group(2)) != quarantine.issued
    assert travel.slug == PASS and travel.title == ["GIẤY ĐI ĐƯỜNG"] and len(travel.subject) == 1
    k, holder = row(travel, "Họ và tên: ")
    assert holder == travel.holder_name == "Ông Văn Thới"  # Ông is his family name, kept
    assert travel.body[k - 1] == "CÔNG AN PHƯỜNG LÁI THIÊU CẤP GIẤY ĐI ĐƯỜNG CHO:"
    assert travel.body[k + 1] == f"Ngày sinh: 19/02/1990; số định danh cá nhân: {travel.holder_id}"
    assert re.fullmatch(r"Xét đề nghị của Công ty TNHH Bao bì Lái Thiêu, mã số doanh nghiệp \d{10},",
                        travel.body[2])
    assert travel.issuer == ["CÔNG AN TP. THUẬN AN", "CÔNG AN PHƯỜNG LÁI THIÊU"]


def test_tainguyennuoc_holder_is_the_cooperative_and_none_in_the_cong_van():
    wells, letter = of("tainguyennuoc")
    assert wells.slug == WELLS and wells.title == ["GIẤY XÁC NHẬN"]
    assert wells.subject == ["Đăng ký khai thác nước dưới đất"]
    k = wells.body.index("ỦY BAN NHÂN DÂN HUYỆN HÀM THUẬN NAM XÁC NHẬN:")
    assert wells.body[k + 1].startswith(f"{wells.holder_name}, mã số hợp tác xã {wells.holder_id}, địa chỉ ")
    assert row(wells, "Người đại diện: ")[1] == "ông Lê Văn Mười, Giám đốc hợp tác xã."
    assert letter.slug == CONG_VAN and letter.title == [] and len(letter.subject) == 2
    assert letter.subject[0].startswith("V/v ")
    fields = letter.fields()
    assert fields["type_name"] == "CÔNG VĂN"
    assert fields["subject"] == ("V/v trám lấp giếng khoan không sử dụng tại Nhà máy chế biến nông sản Mộc Hóa")
    assert all(fields[key] is None for key in ("holder_name", "holder_id", "holder_id_type", "valid_until"))
    assert letter.addressees == ["Công ty TNHH Chế biến Nông sản Mộc Hóa"]
    assert re.search(rf"{letter.addressees[0]}, mã số doanh nghiệp \d{{10}}, ", letter.body[0])
    assert "ông Nguyễn Hữu Phước, chuyên viên" in letter.body[3]
    circular = re.search(r"Thông tư số (\d+)/2017/TT-BTNMT ngày (.+?) của", letter.body[1])
    assert circular.group(1) != letter.number and iso(circular.group(2)) != letter.issued


def test_thihanhan_holder_is_the_debtor_either_way():
    enforced, settled = of("thihanhan")
    assert enforced.slug == ENFORCED and enforced.title == ["QUYẾT ĐỊNH"]
    assert enforced.subject == ["Thi hành án theo yêu cầu"]
    assert article(enforced).startswith(f"Điều 1. Cho thi hành án đối với ông {enforced.holder_name}, sinh năm 1971, ")
    assert enforced.holder_id is None and enforced.valid_until is None
    assert "Chấp hành viên Nguyễn Thành Tâm" in article(enforced, 3)
    judgment = re.search(r"Bản án dân sự sơ thẩm số (\d+)/2017/DS-ST ngày (.+?) của", " ".join(enforced.body))
    assert judgment.group(1) != enforced.number and iso(judgment.group(2)) != enforced.issued
    assert enforced.signer_position == ["CHI CỤC TRƯỞNG"]
    assert settled.slug == SETTLED and settled.title == ["GIẤY XÁC NHẬN KẾT QUẢ THI HÀNH ÁN"] and not settled.subject
    k, holder = row(settled, "Người phải thi hành án: ")
    assert holder == f"ông {settled.holder_name}"
    assert settled.body[k - 1] == "CHI CỤC THI HÀNH ÁN DÂN SỰ THỊ XÃ DUYÊN HẢI XÁC NHẬN:"
    assert settled.body[k + 1] == f"2. Ngày sinh: 14/8/1984; số định danh cá nhân: {settled.holder_id}"
    decision = re.search(r"Quyết định thi hành án số (\d+)/QĐ-CCTHADS ngày (.+?) của", settled.body[1])
    assert decision.group(1) != settled.number and iso(decision.group(2)) != settled.issued
    assert "ông Trần Văn Út" in " ".join(settled.body)


def test_printed_lines_stay_inside_the_margins_and_apart():
    for doc in BLIND22:
        assert_printed_inside_and_apart(doc, LEFT_C)


def test_the_hand_comes_down_across_the_name_and_the_seal_over_the_position():
    """As blind9's: with an aim the printed name sits inside the signature's height, in its upper three
    quarters, most of the time; without, rarely; the lifted seal reaches 6 pt or more into the
    position's last line, its centre left of the line's middle."""
    for doc in BLIND22:
        assert_hand_and_seal_placed(doc)


def test_the_tilted_scan_keeps_its_size_and_turns_two_degrees_counterclockwise():
    assert {doc.slug: doc.turn for doc in BLIND22 if doc.turn} == {TILTED: (2.0,)}
    page = Image.new("RGB", (200, 300), (255, 255, 255))
    page.paste((0, 0, 0), (149, 19, 152, 22))  # a dot near the top right corner, 50 right of and 130 above the centre
    (tilted,) = turned([page], doc_named(TILTED).turn)
    assert tilted.size == page.size
    assert all(tilted.getpixel(corner) == PAPER for corner in ((0, 0), (199, 0), (0, 299), (199, 299)))
    grey = np.asarray(tilted.convert("L"), dtype=float)[:100, 100:]
    y, x = np.unravel_index(np.argmin(grey), grey.shape)
    t = np.radians(2.0)  # counterclockwise on the page: the dot goes left, and up a little
    assert abs(100 + x - (100 + 50 * np.cos(t) - 130 * np.sin(t) + 0.5)) <= 1.5
    assert abs(y - (150 - 50 * np.sin(t) - 130 * np.cos(t) + 0.5)) <= 1.5


def test_the_written_files_open_with_their_truth(written):
    out, paths = written
    assert [path.name for path in paths] == [f"{WINNER}-scan.pdf", f"{CONG_VAN}-scan.pdf", f"{NOTICE}-photo.jpg"]
    for path in paths:
        slug = path.stem.rsplit("-", 1)[0]
        assert_written_file_opens(out, path, doc_named(slug), 2 if slug == WINNER else 1)
    one_page = [k for k, doc in enumerate(BLIND22) if doc.slug != WINNER]
    assert 4 <= sum(k % 2 == 1 for k in one_page) <= 6  # the full set: half the photos without a DPI
    assert [k for k, doc in enumerate(BLIND22) if doc.slug == NOTICE][0] % 2 == 1


def test_signature_and_seal_are_inked_on_page_two_and_nothing_on_page_one(written):
    assert_signed_and_sealed_on_page_two_only(written[0], doc_named(WINNER))


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

"""Blind set 21 (samples/blind21.py) is measured by benchmarks/fields.py only, never used to change a rule.
These check the generator, cheaply: every family is drawn as its docstring says and the truth follows
the stated conventions and the printed text, for all twelve documents through ``lay_out`` alone; the
signature and the seal land where the layout and the document's ``aim`` and ``lift`` put them; the
tilted scan is turned as ``turn`` says (checked on a small image); and only three files (four pages)
are actually rendered: the two-page scan with its signature and seal on page 2, the công văn numbered
and dated by hand, and the unsealed membership certificate's phone photo, written with their truth
files, their ink looked for where it belongs."""

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
from blind20 import BLIND20
from blind21 import BLIND21, FAMILIES, LEVELS, Doc9, make_blind21
from heldout import BLIND, DOCS, FRESH
from make_samples import A4, PAPER

from tthc_digitize.extract.identifiers import cccd_ok, tax_code_ok

BEFORE = earlier_sets(21)  # blind2 to blind20
HELD_OUT = (*DOCS, *FRESH, *BLIND)

CATERER = "gcn-du-dieu-kien-attp-suat-an-phu-hoa-luong-tai"  # its number alone written by hand
CONG_VAN = "cv-bao-dam-attp-tet-canh-ty-cam-xuyen"  # the set's one công văn, numbered and dated by hand
CAGES = "gxn-nuoi-long-be-tom-hum-lu-van-sau-song-cau"  # the personal number printed before the birth date
TWO_PAGES = "qd-cho-thue-mat-nuoc-bien-htx-hon-tre"
WORKS = "gp-thi-cong-cap-quang-ql48d-hoang-mai"
PAVEMENT = "gp-su-dung-tam-thoi-he-pho-giap-thi-hong-tham"
TILTED = "qd-tiep-nhan-nuoi-duong-ho-thi-kan-cam-lo"
SUBMISSION = "tt-ho-tro-khan-cap-chay-nha-phin-ngan"
LORRIES = "gp-xe-tai-di-tren-de-vlxd-tan-dan"
WATCH = "qd-kien-toan-quan-ly-de-nhan-dan-thuy-truong"  # its number alone written by hand
FOUNDED = "qd-cho-phep-thanh-lap-hoi-nuoi-ong-my-duc"  # an association, no number printed for it
MEMBER = "gcn-hoi-vien-nuoi-ong-khong-van-thieng"  # unsealed, drawn as its phone photo; no number for its holder
# each person holder with a personal number: the province code it opens with and their sex
PERSONS = {CAGES: ("054", "M"), PAVEMENT: ("024", "F"), TILTED: ("045", "F")}
VALID = {CATERER: "2024-06-14", TWO_PAGES: "2031-04-07", WORKS: "2019-05-29", PAVEMENT: "2022-12-17",
         LORRIES: "2019-03-31"}
# a validity: "có giá trị …", "có hiệu lực …" or "Thời hạn …:", then "đến (hết) ngày …"
STATED = re.compile(r"(có giá trị|có hiệu lực|Thời hạn[^:]*:) .*đến (?:hết )?ngày ")
BIRTH = re.compile(r"(?:[Ss]inh ngày:?|[Nn]gày sinh:) (\d{1,2})/(\d{1,2})/(\d{4})")
ID12 = re.compile(r"(?<!\d)\d{12}(?!\d)")
ID10 = re.compile(r"(?<!\d)\d{10}(?!\d)")


def of(name: str) -> list[Doc9]:
    return [doc for doc in BLIND21 if doc.family == name]


def doc_named(slug: str) -> Doc9:
    return next(doc for doc in BLIND21 if doc.slug == slug)


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    """Three files only, drawn as in the measured set (same seeds, same DPI), to keep this module cheap:
    the two-page scan, the scan numbered and dated by hand, and one JPEG photo. All 24 take over a minute."""
    out = tmp_path_factory.mktemp("blind21")
    scans = make_blind21(out, levels=("scan",), only={TWO_PAGES, CONG_VAN})
    return out, scans + make_blind21(out, levels=("photo",), only={MEMBER})


def test_twelve_documents_in_six_families_named_unlike_any_earlier_set():
    assert_unlike_earlier_sets(BLIND21, FAMILIES, LEVELS, BEFORE, HELD_OUT)
    assert {doc.family for doc in BLIND20} <= {doc.family for doc in BEFORE}  # blind20 counts as earlier


def test_dates_check_digits_and_personal_numbers_are_real():
    for doc in BLIND21:
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
            assert (born.start() > after.index(doc.holder_id)) == (doc.slug == CAGES), doc.slug
            century = 2 * (int(born.group(3)) >= 2000)  # 0/1 for the 1900s, 2/3 for the 2000s
            assert doc.holder_id[:3] == province and int(doc.holder_id[3]) == century + (sex == "F"), doc.slug
    assert {doc.slug for doc in BLIND21 if doc.holder_id_type == "cccd"} == set(PERSONS)
    assert {doc.slug for doc in BLIND21 if doc.holder_id_type == "tax_code"} == {CATERER, TWO_PAGES, WORKS, LORRIES}
    assert [doc.slug for doc in BLIND21 if doc.holder_name and not doc.holder_id] == [FOUNDED, MEMBER]
    assert [doc.slug for doc in BLIND21 if doc.holder_name is None] == [CONG_VAN, SUBMISSION, WATCH]
    assert not ID12.search(" ".join(doc_named(MEMBER).body))  # no personal number printed at all
    assert not ID10.search(" ".join(doc_named(FOUNDED).body)) and not ID12.search(" ".join(doc_named(FOUNDED).body))
    codes = [found for doc in BLIND21 for found in ID10.findall(" ".join(doc.body))]
    assert len(codes) == len(set(codes)) == 4  # no company is printed twice across the set


def test_valid_until_is_the_date_after_den_ngay_and_a_period_gives_none():
    for doc in BLIND21:
        stated = [re.split(r"đến (?:hết )?ngày ", text, maxsplit=1)[1] for text in doc.body if STATED.search(text)]
        assert len(stated) <= 1, doc.slug
        assert doc.valid_until == (iso(stated[0]) if stated else None) == VALID.get(doc.slug), doc.slug
        if doc.valid_until:
            assert doc.valid_until > doc.issued, doc.slug
    periods = [doc for doc in BLIND21 if re.search(r"\d+ (năm|tháng|ngày) kể từ ngày", " ".join(doc.body))]
    assert [doc.slug for doc in periods] == [TWO_PAGES, FOUNDED]
    assert doc_named(FOUNDED).valid_until is None
    deadlines = [doc for doc in BLIND21 if re.search(r"(trước|chậm nhất) ngày \d", " ".join(doc.body))]
    assert [doc.slug for doc in deadlines] == [CONG_VAN, TWO_PAGES]
    spans = [doc for doc in BLIND21 if re.search(r"từ ngày [^;.]*đến (hết )?ngày \d", " ".join(doc.body))]
    assert [doc.slug for doc in spans] == [CONG_VAN, TWO_PAGES, WORKS, PAVEMENT, WATCH]
    assert all(doc.valid_until is None for doc in spans if doc.slug in (CONG_VAN, WATCH))  # a span is no validity
    assert row(doc_named(WORKS), "Thời gian thi công: ")[1] == "45 ngày, từ ngày 15/4/2019 đến hết ngày 29/5/2019."
    assert row(doc_named(PAVEMENT), "Thời gian sử dụng: ")[1].endswith("đến 22 giờ 00 ngày 17/12/2022.")
    assert doc_named(PAVEMENT).body[-1] == "Giấy phép có giá trị từ ngày 16/12/2022 đến hết ngày 17/12/2022."
    assert "từ ngày 15 tháng 6 đến hết ngày 30 tháng 11 năm 2018" in article(doc_named(WATCH), 2)
    assert "kể từ ngày 01 tháng 8 năm 2022" in article(doc_named(TILTED)) and doc_named(TILTED).valid_until is None
    assert doc_named(CAGES).valid_until is None and not STATED.search(" ".join(doc_named(CAGES).body))


def test_pages_titles_numbers_and_signers_are_printed_as_the_truth_says():
    for doc in BLIND21:
        page, signer, hand, grids = lay_out(doc)
        assert len(page.pages) == (2 if doc.slug == TWO_PAGES else 1) and signer[0] == len(page.pages) - 1
        assert grids == [] and not doc.number_under_title
        assert doc.turn == ((-2.5,) if doc.slug == TILTED else ())
        assert bool(doc.addressees) == (doc.slug in (CONG_VAN, SUBMISSION))
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
    assert {doc.slug: doc.handwritten for doc in BLIND21 if doc.handwritten} == {
        CONG_VAN: ("code_number", "issued_date"), CATERER: ("code_number",), WATCH: ("code_number",)}
    assert {doc.date_text.split()[0] for doc in BLIND21} >= {"6", "09"}  # a day with and without its zero
    assert doc_named(CONG_VAN).date_text.split()[2] == "01" and doc_named(SUBMISSION).date_text.split()[2] == "02"
    assert doc_named(WORKS).fields()["code_notation"] == "GPTC-CCII.3"
    page, signer, _, _ = lay_out(doc_named(TWO_PAGES))
    motto = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert motto in page.truth[0] and motto not in page.truth[1] and page.truth[1][0] == "2"
    body_on_two = [run for run in runs(doc_named(TWO_PAGES), 1)[1:] if run.y < signer[2] - 100 and run.x < A4[0] / 2]
    assert len(body_on_two) >= 3  # the end of the body came over with the signer
    assert any(run.text.startswith("Điều 4. Quyết định này có hiệu lực") for run in body_on_two)
    assert any(run.text.startswith("Điều 2. Hợp tác xã") for run in body_on_two)
    assert any(line.startswith("Điều 1. Cho Hợp tác xã Nuôi biển Hòn Tre") for line in page.truth[0])
    assert any(line.startswith("4. Thời hạn cho thuê: ") for line in page.truth[0])
    assert not any(run.text.startswith("Điều 1.") for run in runs(doc_named(TWO_PAGES), 1))
    assert f"Kính gửi: {doc_named(SUBMISSION).addressees[0]}" in lay_out(doc_named(SUBMISSION))[0].truth[0]
    letter = lay_out(doc_named(CONG_VAN))[0].truth[0]
    assert "Kính gửi:" in letter and all(f"- {a}" in letter for a in doc_named(CONG_VAN).addressees)
    assert len(doc_named(CONG_VAN).addressees) == 2


def test_signer_blocks_issuers_and_names_vary_as_the_docstring_says():
    marks = {doc.signer_position[0].split(" ", 1)[0] for doc in BLIND21}
    assert {"KT.", "TL.", "TM.", "Q.", "TUQ."} <= marks
    assert {tuple(doc.signer_position) for doc in BLIND21} >= {("CHỦ TỊCH",), ("HẠT TRƯỞNG",), ("Q. GIÁM ĐỐC",)}
    assert {len(doc.signer_name.split()) for doc in BLIND21} == {2, 3, 4, 5}
    stacked = [doc for doc in BLIND21 if "Đ" in doc.signer_name or any(  # a letter under a hat or horn and a tone
        sum(unicodedata.combining(mark) > 0 for mark in unicodedata.normalize("NFD", ch)) >= 2
        for ch in doc.signer_name)]
    assert len(stacked) >= 6
    assert [doc.slug for doc in BLIND21 if len(doc.issuer) == 3] == [WORKS, LORRIES]
    assert [doc.slug for doc in BLIND21 if len(doc.issuer) == 1] == [MEMBER]
    council = [doc for doc in BLIND21 if doc.issuer[0] == "ỦY BAN NHÂN DÂN"]
    assert [doc.issuer[1].split(" ", 1)[0] for doc in council] == ["HUYỆN", "HUYỆN", "THỊ", "HUYỆN", "PHƯỜNG", "XÃ",
                                                                   "XÃ", "HUYỆN"]
    others = [doc.issuer for doc in BLIND21 if doc not in council and len(doc.issuer) == 2]
    assert others == [["SỞ LĐTBXH QUẢNG TRỊ", "TRUNG TÂM BẢO TRỢ XÃ HỘI"]]
    assert doc_named(WORKS).fields()["organ_name"] == ("TỔNG CỤC ĐBVN CỤC QUẢN LÝ ĐƯỜNG BỘ II CHI CỤC QUẢN LÝ ĐƯỜNG "
                                                       "BỘ II.3")
    assert doc_named(LORRIES).fields()["organ_name"] == ("SỞ NN VÀ PTNT HƯNG YÊN CHI CỤC THỦY LỢI HẠT QUẢN LÝ ĐÊ "
                                                         "KHOÁI CHÂU")
    assert [doc.slug for doc in BLIND21 if doc.seal is None] == [MEMBER]
    assert sum(doc.aim != (0.0, 0.0) for doc in BLIND21) == 8 and len({doc.lift for doc in BLIND21}) >= 4
    assert all(len(doc.seal) <= 40 for doc in BLIND21 if doc.seal)  # the ring holds that many letters
    assert [len(doc.signer_position) for doc in BLIND21].count(3) == 1  # "TM." / "KT." / "PHÓ CHỦ TỊCH"
    assert doc_named(SUBMISSION).signer_position == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
    assert doc_named(TWO_PAGES).signer_position == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]
    assert doc_named(MEMBER).signer_position == ["TM. BAN CHẤP HÀNH", "CHỦ TỊCH"]
    assert doc_named(CATERER).signer_position == ["TUQ. CHỦ TỊCH", "TRƯỞNG PHÒNG Y TẾ"]
    assert doc_named(CAGES).signer_position == ["TUQ. CHỦ TỊCH", "TRƯỞNG PHÒNG KINH TẾ"]
    assert doc_named(CONG_VAN).signer_position == ["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"]
    assert doc_named(WORKS).signer_position == ["KT. CHI CỤC TRƯỞNG", "PHÓ CHI CỤC TRƯỞNG"]
    assert doc_named(SUBMISSION).signer_name == "Vàng Seo Phử"  # a H'Mông name, as printed
    assert {doc.issued[:4] for doc in BLIND21} == {str(year) for year in range(2018, 2024)}


def test_attp_holder_is_the_caterer_and_none_in_the_cong_van():
    certificate, letter = of("attp")
    assert certificate.slug == CATERER
    assert certificate.title == ["GIẤY CHỨNG NHẬN", "CƠ SỞ ĐỦ ĐIỀU KIỆN AN TOÀN THỰC PHẨM"]
    assert certificate.fields()["type_name"] == "GIẤY CHỨNG NHẬN CƠ SỞ ĐỦ ĐIỀU KIỆN AN TOÀN THỰC PHẨM"
    assert not certificate.subject and certificate.fields()["subject"] is None
    k, holder = row(certificate, "Tên cơ sở: ")
    assert holder == certificate.holder_name and certificate.body[k - 1] == "CHỨNG NHẬN:"
    assert certificate.body[k + 1] == f"Mã số doanh nghiệp: {certificate.holder_id}"
    assert certificate.body[k + 2].startswith("Chủ cơ sở: ông ") and not ID12.search(certificate.body[k + 2])
    cited = re.findall(r"số (\d+)/(?:2019/QĐ-UBND|BB-TĐ) ngày (.+?) (?:của|về)", " ".join(certificate.body))
    assert len(cited) == 2 and all(n != certificate.number and iso(d) != certificate.issued for n, d in cited)
    assert certificate.body[-1] == "Giấy chứng nhận có hiệu lực đến ngày 14 tháng 6 năm 2024."
    assert letter.slug == CONG_VAN and letter.title == [] and len(letter.subject) == 2
    assert letter.subject[0].startswith("V/v ")
    fields = letter.fields()
    assert fields["type_name"] == "CÔNG VĂN"
    assert fields["subject"] == ("V/v tăng cường bảo đảm an toàn thực phẩm dịp Tết Canh Tý và mùa Lễ hội Xuân "
                                 "2020")
    assert all(fields[key] is None for key in ("holder_name", "holder_id", "holder_id_type", "valid_until"))
    assert "bà Phan Thị Diệu Linh, chuyên viên Phòng Y tế" in letter.body[3]
    asked = re.search(r"Công văn số (\d+)/UBND-VX ngày (.+?) của", letter.body[0])
    assert asked.group(1) != letter.number and iso(asked.group(2)) != letter.issued


def test_thuysan_holder_is_the_farmer_or_the_cooperative():
    cages, lease = of("thuysan")
    assert cages.slug == CAGES and cages.title == ["GIẤY XÁC NHẬN ĐĂNG KÝ NUÔI TRỒNG THỦY SẢN LỒNG BÈ"]
    assert not cages.subject and "XÁC NHẬN:" in cages.body
    k, holder = row(cages, "Tên chủ cơ sở nuôi: ")
    assert holder == f"ông {cages.holder_name}"
    assert cages.body[k + 1] == f"2. Số định danh cá nhân: {cages.holder_id}; ngày sinh: 19/6/1979"
    assert row(cages, "Mã số cơ sở nuôi: ")[1] == "54-SC-LB-0318."
    assert cages.issuer == ["ỦY BAN NHÂN DÂN", "THỊ XÃ SÔNG CẦU"]
    assert lease.slug == TWO_PAGES and lease.subject == ["Về việc cho thuê mặt nước biển để nuôi trồng thủy sản",
                                                         f"đối với {lease.holder_name}"]
    assert article(lease).startswith(f"Điều 1. Cho {lease.holder_name}, mã số hợp tác xã {lease.holder_id}, thuê ")
    assert row(lease, "Thời hạn cho thuê: ")[1] == "10 năm, kể từ ngày ký đến hết ngày 07 tháng 4 năm 2031."
    cited = re.findall(r"số (\d+)/(?:QĐ-UBND|TTr-NN) ngày (.+?) của", " ".join(lease.body))
    assert len(cited) == 2 and all(n != lease.number and iso(d) != lease.issued for n, d in cited)
    assert "trong thời hạn 30 ngày kể từ ngày ký" in " ".join(lease.body)


def test_duongbo_holder_is_the_contractor_or_the_woman_on_the_pavement():
    works, pavement = of("duongbo")
    assert works.slug == WORKS and works.title == ["GIẤY PHÉP THI CÔNG"] and len(works.subject) == 2
    assert works.fields()["subject"] == ("Công trình thiết yếu trong phạm vi bảo vệ kết cấu hạ tầng giao thông đường "
                                         "bộ Quốc lộ 48D")
    k, holder = row(works, "Đơn vị thi công: ")
    assert holder == works.holder_name and works.body[k - 1] == "CẤP PHÉP THI CÔNG:"
    assert works.body[k + 1] == f"2. Mã số doanh nghiệp: {works.holder_id}"
    assert works.body[k + 2].startswith("3. Chủ đầu tư: ")
    approval = re.search(r"số (\d+)/CQLĐBII-QLBT ngày (.+?) của", " ".join(works.body))
    assert approval.group(1) != works.number and iso(approval.group(2)) != works.issued
    assert works.body[-1] == "Giấy phép thi công có giá trị đến hết ngày 29 tháng 5 năm 2019."
    assert pavement.slug == PAVEMENT and pavement.title == ["GIẤY PHÉP"] and len(pavement.subject) == 2
    k, holder = row(pavement, "Cấp cho: ")
    assert holder == f"bà {pavement.holder_name}"
    assert pavement.body[k + 1] == f"2. Ngày sinh: 23/8/1991; số định danh cá nhân: {pavement.holder_id}"
    assert pavement.issuer == ["ỦY BAN NHÂN DÂN", "PHƯỜNG XƯƠNG GIANG"]


def test_baotro_holder_is_the_old_woman_and_none_in_the_submission():
    admission, submission = of("baotro")
    assert admission.slug == TILTED and len(admission.subject) == 2
    assert article(admission).startswith(f"Điều 1. Tiếp nhận bà {admission.holder_name}, sinh ngày 02/10/1940, số "
                                         f"định danh cá nhân {admission.holder_id}, dân tộc Vân Kiều, ")
    assert "ông Hồ Văn Bốn (cháu ruột)" in " ".join(admission.body)
    letter = re.search(r"văn bản số (\d+)/UBND-VHXH ngày (.+?) của", " ".join(admission.body))
    assert letter.group(1) != admission.number and iso(letter.group(2)) != admission.issued
    assert admission.signer_position == ["Q. GIÁM ĐỐC"]
    assert submission.slug == SUBMISSION and submission.title == ["TỜ TRÌNH"] and len(submission.subject) == 2
    assert submission.addressees == ["Ủy ban nhân dân huyện Bát Xát"]
    assert all(submission.fields()[key] is None for key in ("holder_name", "holder_id", "holder_id_type",
                                                            "valid_until"))
    assert re.search(r"hộ ông Tẩn Láo San, sinh ngày 07/3/1983, số định danh cá nhân \d{12}, dân tộc Dao",
                     submission.body[1])


def test_dedieu_holder_is_the_haulier_and_none_in_the_dike_watch():
    permit, watch = of("dedieu")
    assert permit.slug == LORRIES and permit.title == ["GIẤY PHÉP"]
    assert permit.subject == ["Cho xe cơ giới có tải trọng lớn đi trên đê"]
    assert permit.issuer == ["SỞ NN VÀ PTNT HƯNG YÊN", "CHI CỤC THỦY LỢI", "HẠT QUẢN LÝ ĐÊ KHOÁI CHÂU"]
    k, holder = row(permit, "Tên đơn vị: ")
    assert holder == permit.holder_name and permit.body[k - 1] == "CHO PHÉP:"
    assert permit.body[k + 1] == f"2. Mã số doanh nghiệp: {permit.holder_id}"
    assert "89C-176.42" in row(permit, "Phương tiện: ")[1]
    assert permit.body[-1].endswith("Giấy phép có giá trị đến hết ngày 31 tháng 3 năm 2019.")
    assert permit.signer_position == ["HẠT TRƯỞNG"] and len(permit.signer_name.split()) == 2
    assert watch.slug == WATCH and watch.title == ["QUYẾT ĐỊNH"] and len(watch.subject) == 2
    assert all(watch.fields()[key] is None for key in ("holder_name", "holder_id", "holder_id_type", "valid_until"))
    assert "ông Phạm Văn Thiều" in article(watch) and "ông Bùi Đức Nghị" in article(watch)
    replaced = re.search(r"Quyết định số (\d+)/QĐ-UBND ngày (.+?) của", article(watch, 3))
    assert replaced.group(1) != watch.number and iso(replaced.group(2)) != watch.issued


def test_hoi_holder_is_the_association_or_its_member():
    founded, member = of("hoi")
    assert founded.slug == FOUNDED and founded.subject == ["Về việc cho phép thành lập Hội Nuôi ong", "huyện Mỹ Đức"]
    assert article(founded) == f"Điều 1. Cho phép thành lập {founded.holder_name}."
    assert founded.holder_id is None and founded.valid_until is None
    assert "ông Khuất Duy Lượng" in article(founded, 2)
    assert len(founded.signer_name.split()) == 5
    assert member.slug == MEMBER and member.title == ["GIẤY CHỨNG NHẬN HỘI VIÊN"] and not member.subject
    assert member.issuer == ["HỘI NUÔI ONG MỸ ĐỨC"] and member.seal is None
    assert "BAN CHẤP HÀNH HỘI NUÔI ONG HUYỆN MỸ ĐỨC CHỨNG NHẬN:" in member.body
    assert row(member, "Họ và tên: ")[1] == f"{member.holder_name}; năm sinh: 1958"
    assert member.holder_id is None and member.valid_until is None
    charter = re.search(r"Quyết định số (\d+)/QĐ-UBND ngày (.+?) của", member.body[0])
    assert charter.group(1) != member.number and iso(charter.group(2)) != member.issued
    assert iso(charter.group(2)) > founded.issued  # the charter came after the founding
    assert member.signer_name in article(founded, 2)  # the founding committee's head chairs it now


def test_printed_lines_stay_inside_the_margins_and_apart():
    for doc in BLIND21:
        assert_printed_inside_and_apart(doc, LEFT_C)


def test_the_hand_comes_down_across_the_name_and_the_seal_over_the_position():
    """As blind9's: with an aim the printed name sits inside the signature's height, in its upper three
    quarters, most of the time; without, rarely; the lifted seal reaches 6 pt or more into the
    position's last line, its centre left of the line's middle."""
    for doc in BLIND21:
        assert_hand_and_seal_placed(doc)


def test_the_tilted_scan_keeps_its_size_and_turns_two_and_a_half_degrees_clockwise():
    assert {doc.slug: doc.turn for doc in BLIND21 if doc.turn} == {TILTED: (-2.5,)}
    page = Image.new("RGB", (200, 300), (255, 255, 255))
    page.paste((0, 0, 0), (149, 19, 152, 22))  # a dot near the top right corner, 50 right of and 130 above the centre
    (tilted,) = turned([page], doc_named(TILTED).turn)
    assert tilted.size == page.size
    assert all(tilted.getpixel(corner) == PAPER for corner in ((0, 0), (199, 0), (0, 299), (199, 299)))
    grey = np.asarray(tilted.convert("L"), dtype=float)[:100, 100:]
    y, x = np.unravel_index(np.argmin(grey), grey.shape)
    t = np.radians(-2.5)  # clockwise on the page: the dot goes right, and down a little
    assert abs(100 + x - (100 + 50 * np.cos(t) - 130 * np.sin(t) + 0.5)) <= 1.5
    assert abs(y - (150 - 50 * np.sin(t) - 130 * np.cos(t) + 0.5)) <= 1.5


def test_the_written_files_open_with_their_truth(written):
    out, paths = written
    assert [path.name for path in paths] == [f"{CONG_VAN}-scan.pdf", f"{TWO_PAGES}-scan.pdf", f"{MEMBER}-photo.jpg"]
    for path in paths:
        slug = path.stem.rsplit("-", 1)[0]
        assert_written_file_opens(out, path, doc_named(slug), 2 if slug == TWO_PAGES else 1)
    one_page = [k for k, doc in enumerate(BLIND21) if doc.slug != TWO_PAGES]
    assert 4 <= sum(k % 2 == 1 for k in one_page) <= 6  # the full set: half the photos without a DPI
    assert [k for k, doc in enumerate(BLIND21) if doc.slug == MEMBER][0] % 2 == 1


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

"""Blind set 24 (samples/blind24.py) is measured by benchmarks/fields.py only, never used to change a rule.
These check the generator, cheaply: every family is drawn as its docstring says and the truth follows
the stated conventions and the printed text, for all twelve documents through ``lay_out`` alone; the
signature and the seal land where the layout and the document's ``aim`` and ``lift`` put them; the
tilted scan is turned as ``turn`` says (checked on a small image); and only two files (three pages) are
actually rendered: the two-page scan, numbered and dated by hand on page 1 and signed and sealed on page
2, and the unsealed discharge notice's phone photo, written with their truth files, their ink looked for
where it belongs."""

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
    assert_number_and_date_printed,
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
from blind23 import BLIND23
from blind24 import BLIND24, FAMILIES, LEVELS, Doc9, make_blind24
from heldout import BLIND, DOCS, FRESH
from make_samples import A4, PAPER

from tthc_digitize.extract.identifiers import cccd_ok, tax_code_ok

BEFORE = earlier_sets(24)  # blind2 to blind23
HELD_OUT = (*DOCS, *FRESH, *BLIND)

PERMIT = "gp-kiem-soat-an-ninh-xe-keo-tau-bay-duong-dong"  # the three-line issuer; a two-line title
CONG_VAN = "cv-khong-tha-den-troi-gan-cang-hang-khong-tho-xuan"  # the set's one công văn
BELT = "gp-vao-vanh-dai-bien-gioi-luc-van-hieu"
MARKERS = "qd-tu-quan-moc-quoc-gioi-nong-van-pinh"  # its number alone by hand; a person without a number
LIBRARY = "tb-thanh-lap-thu-vien-tu-nhan-khuc-thi-ngan"
SCHOOL = "qd-cong-nhan-thu-vien-tieu-hoc-nghia-an"  # a school without a number; a period of recognition
DAM = "qd-phuong-an-bao-ve-dap-thuy-dien-dak-tieu"  # two pages, numbered and dated by hand
SPILLWAY = "tb-xa-lu-ho-chua-thuy-dien-tra-linh"  # unsealed, drawn as its phone photo
MIGRANT = "qd-on-dinh-dan-di-cu-tu-do-mua-a-su"  # a nine-digit identity card
RESETTLE = "ttr-di-chuyen-ho-vung-sat-lo-ban-nam-pi"  # its number alone by hand
LABEL = "gcn-quyen-su-dung-nhan-hieu-na-chi-lang"
MARK = "qd-giao-quan-ly-nhan-hieu-mien-dong-binh-lieu"  # the tilted scan; an association without a number
# each person holder with a personal number: the province code it opens with and their sex
PERSONS = {BELT: ("002", "M"), LIBRARY: ("026", "F")}
VALID = {PERMIT: "2023-12-31", BELT: "2023-08-31", LABEL: "2025-07-18"}
OWN_CODE = "4014925411"  # the hydropower company's own enterprise code, printed in its notice
# a validity: "có giá trị …", "có hiệu lực …" or "Thời hạn …:", then "đến (hết) ngày …"
STATED = re.compile(r"(có giá trị|có hiệu lực|Thời hạn[^:]*:) .*đến (?:hết )?ngày ")
BIRTH = re.compile(r"(?:[Ss]inh ngày:?|[Nn]gày sinh:) (\d{1,2})/(\d{1,2})/(\d{4})")
ID12 = re.compile(r"(?<!\d)\d{12}(?!\d)")
ID10 = re.compile(r"(?<!\d)\d{10}(?!\d)")
ID9 = re.compile(r"(?<!\d)\d{9}(?!\d)")


def of(name: str) -> list[Doc9]:
    return [doc for doc in BLIND24 if doc.family == name]


def doc_named(slug: str) -> Doc9:
    return next(doc for doc in BLIND24 if doc.slug == slug)


def cited(doc: Doc9, pattern: str) -> tuple[str, str]:
    """The number and the date of a document the body cites, by ``pattern`` (two groups)."""
    found = re.search(pattern, " ".join(doc.body))
    assert found, (doc.slug, pattern)
    return found.group(1), found.group(2)


def assert_cited_apart(doc: Doc9, pattern: str) -> None:
    number, when = cited(doc, pattern)
    assert number != doc.number and iso(when) != doc.issued, (doc.slug, pattern)


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    """Two files only, drawn as in the measured set (same seeds, same DPI), to keep this module cheap:
    the two-page scan numbered and dated by hand, and one JPEG photo. All 24 take over a minute."""
    out = tmp_path_factory.mktemp("blind24")
    scans = make_blind24(out, levels=("scan",), only={DAM})
    return out, scans + make_blind24(out, levels=("photo",), only={SPILLWAY})


def test_twelve_documents_in_six_families_named_unlike_any_earlier_set():
    assert_unlike_earlier_sets(BLIND24, FAMILIES, LEVELS, BEFORE, HELD_OUT)
    assert {doc.family for doc in BLIND23} <= {doc.family for doc in BEFORE}  # blind23 counts as earlier
    subjects = {doc.fields()["subject"] for doc in BEFORE} - {None}
    assert not {doc.fields()["subject"] for doc in BLIND24} & subjects  # no subject line seen before either


def test_dates_check_digits_and_personal_numbers_are_real():
    for doc in BLIND24:
        assert DMY.fullmatch(doc.date_text) and iso(doc.date_text) == doc.issued, doc.slug
        issued = date.fromisoformat(doc.issued)
        assert 2016 <= issued.year <= 2024 and issued.weekday() < 5, doc.slug
        text = printed(doc)
        assert all(tax_code_ok(found) for found in ID10.findall(text)), doc.slug  # every tax code printed
        assert all(cccd_ok(found) for found in ID12.findall(text)), doc.slug  # every personal number printed
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
                if doc.slug == MIGRANT:  # the old nine-digit identity card instead
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
    assert {doc.slug for doc in BLIND24 if doc.holder_id_type == "cccd"} == set(PERSONS)
    assert {doc.slug for doc in BLIND24 if doc.holder_id_type == "tax_code"} == {PERMIT, DAM, LABEL}
    assert [doc.slug for doc in BLIND24 if doc.holder_id_type == "cmnd"] == [MIGRANT]
    assert [doc.slug for doc in BLIND24 if doc.holder_name and not doc.holder_id] == [MARKERS, SCHOOL, MARK]
    assert [doc.slug for doc in BLIND24 if doc.holder_name is None] == [CONG_VAN, SPILLWAY, RESETTLE]
    assert [found for doc in BLIND24 for found in ID9.findall(" ".join(doc.body))] == [doc_named(MIGRANT).holder_id]
    assert [doc.slug for doc in BLIND24 if ID12.search(" ".join(doc.body))] == list(PERSONS)
    codes = [found for doc in BLIND24 for found in ID10.findall(" ".join(doc.body))]
    assert len(codes) == len(set(codes)) == 4  # no company or cooperative is printed twice across the set
    # one of the four codes belongs to no holder: the hydropower company's own, in its notice
    assert sorted(set(codes) - {doc.holder_id for doc in BLIND24}) == [OWN_CODE]
    assert OWN_CODE in " ".join(doc_named(SPILLWAY).body)


def test_valid_until_is_the_date_after_den_ngay_and_a_period_gives_none():
    for doc in BLIND24:
        stated = [re.split(r"đến (?:hết )?ngày ", text, maxsplit=1)[1] for text in doc.body if STATED.search(text)]
        assert len(stated) <= 1, doc.slug
        assert doc.valid_until == (iso(stated[0]) if stated else None) == VALID.get(doc.slug), doc.slug
        if doc.valid_until:
            assert doc.valid_until > doc.issued, doc.slug
    periods = [doc for doc in BLIND24 if re.search(r"\d+ (năm|tháng|ngày) kể từ ngày", " ".join(doc.body))]
    assert [doc.slug for doc in periods] == [SCHOOL] and doc_named(SCHOOL).valid_until is None
    assert "thời hạn công nhận là 05 năm kể từ ngày ký" in article(doc_named(SCHOOL), 2)
    deadlines = [doc for doc in BLIND24 if re.search(r"(trước|chậm nhất) ngày \d", " ".join(doc.body))]
    assert [doc.slug for doc in deadlines] == [CONG_VAN, DAM, MIGRANT, RESETTLE]
    spans = [doc for doc in BLIND24 if re.search(r"từ ngày [^;.]*đến (hết )?ngày \d", " ".join(doc.body))]
    assert spans == []
    assert "từ 11 giờ 00 ngày 09/11/2017" in " ".join(doc_named(SPILLWAY).body)  # hours, not a validity
    assert doc_named(PERMIT).body[-1] == "Giấy phép có giá trị đến hết ngày 31 tháng 12 năm 2023."
    assert doc_named(BELT).body[-1] == "Giấy phép có giá trị đến hết ngày 31 tháng 8 năm 2023."
    assert doc_named(LABEL).body[-1] == "Giấy chứng nhận có giá trị đến hết ngày 18 tháng 7 năm 2025."
    for slug in (MARKERS, LIBRARY, SCHOOL, DAM, MIGRANT, MARK):  # results printing no validity
        assert doc_named(slug).valid_until is None and not STATED.search(" ".join(doc_named(slug).body)), slug


def test_pages_titles_numbers_and_signers_are_printed_as_the_truth_says():
    for doc in BLIND24:
        page, signer, hand, grids = lay_out(doc)
        assert len(page.pages) == (2 if doc.slug == DAM else 1) and signer[0] == len(page.pages) - 1
        assert grids == [] and not doc.number_under_title
        assert doc.turn == ((1.0,) if doc.slug == MARK else ())
        assert bool(doc.addressees) == (doc.slug in (CONG_VAN, LIBRARY, SPILLWAY, RESETTLE)), doc.slug
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
        assert_number_and_date_printed(doc, first, hand)
    assert {doc.slug: doc.handwritten for doc in BLIND24 if doc.handwritten} == {
        MARKERS: ("code_number",), DAM: ("code_number", "issued_date"), RESETTLE: ("code_number",)}
    assert {doc.date_text.split()[0] for doc in BLIND24} >= {"4", "6", "09"}  # days with and without a zero
    assert {doc.fields()["type_name"] for doc in BLIND24} == {"GIẤY PHÉP KIỂM SOÁT AN NINH CẢNG HÀNG KHÔNG, SÂN BAY",
                                                               "CÔNG VĂN", "GIẤY PHÉP", "QUYẾT ĐỊNH", "THÔNG BÁO",
                                                               "TỜ TRÌNH", "GIẤY CHỨNG NHẬN"}
    page, signer, _, _ = lay_out(doc_named(DAM))
    motto = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert motto in page.truth[0] and motto not in page.truth[1] and page.truth[1][0] == "2"
    body_on_two = [run for run in runs(doc_named(DAM), 1)[1:] if run.y < signer[2] - 100 and run.x < A4[0] / 2]
    assert len(body_on_two) >= 3  # the end of the body came over with the signer
    assert any(run.text.startswith("Điều 4. Quyết định này có hiệu lực") for run in body_on_two)
    assert any(run.text.startswith("a) Cắm mốc chỉ giới") for run in body_on_two)  # the deadline on page 2
    assert any(line.startswith("Điều 1. Phê duyệt phương án bảo vệ đập") for line in page.truth[0])
    assert not any(run.text.startswith("Điều 1.") for run in runs(doc_named(DAM), 1))
    letter = lay_out(doc_named(CONG_VAN))[0].truth[0]
    assert "Kính gửi:" in letter and len(doc_named(CONG_VAN).addressees) == 3  # three agencies, a dashed line each
    assert all(f"- {addressee}" in letter for addressee in doc_named(CONG_VAN).addressees)
    notice = lay_out(doc_named(SPILLWAY))[0].truth[0]
    assert len(doc_named(SPILLWAY).addressees) == 2
    assert all(f"- {addressee}" in notice for addressee in doc_named(SPILLWAY).addressees)
    for slug in (LIBRARY, RESETTLE):  # one addressee, one centred line
        one = doc_named(slug)
        assert f"Kính gửi: {one.addressees[0]}" in lay_out(one)[0].truth[0] and len(one.addressees) == 1
    library = doc_named(LIBRARY)
    assert library.addressees[0].split(",")[0] == f"Bà {library.holder_name}"  # the notice's addressee holds it
    assert doc_named(RESETTLE).addressees == ["Ủy ban nhân dân huyện Nậm Nhùn"]  # its own district holds nothing


def test_signer_blocks_issuers_and_names_vary_as_the_docstring_says():
    marks = {doc.signer_position[0].split(" ", 1)[0] for doc in BLIND24}
    assert {"KT.", "TL.", "TM.", "Q.", "TUQ."} <= marks
    assert {tuple(doc.signer_position) for doc in BLIND24} >= {("CHỦ TỊCH",), ("TRƯỞNG ĐẠI DIỆN",),
                                                              ("Q. TRƯỞNG PHÒNG",)}
    assert {len(doc.signer_name.split()) for doc in BLIND24} == {2, 3, 4, 5}
    stacked = [doc for doc in BLIND24 if "Đ" in doc.signer_name or any(  # a letter under a hat or horn and a tone
        sum(unicodedata.combining(mark) > 0 for mark in unicodedata.normalize("NFD", ch)) >= 2
        for ch in doc.signer_name)]
    assert len(stacked) >= 6
    assert [doc.slug for doc in BLIND24 if len(doc.issuer) == 3] == [PERMIT]
    assert not [doc for doc in BLIND24 if len(doc.issuer) == 1]
    council = [doc for doc in BLIND24 if doc.issuer[0] == "ỦY BAN NHÂN DÂN"]
    assert [doc.issuer[1].split(" ", 1)[0] for doc in council] == ["HUYỆN"] * 5
    others = [doc.issuer for doc in BLIND24 if doc not in council and len(doc.issuer) == 2]
    assert others == [["BĐBP TỈNH HÀ GIANG", "ĐỒN BIÊN PHÒNG PHÓ BẢNG"],
                      ["UBND HUYỆN TRÀNG ĐỊNH", "UBND XÃ ĐỘI CẤN"],
                      ["UBND HUYỆN TAM ĐẢO", "UBND XÃ ĐẠO TRÙ"],
                      ["UBND THỊ XÃ NGHĨA LỘ", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"],
                      ["CÔNG TY CỔ PHẦN", "THỦY ĐIỆN TRÀ LINH"],
                      ["UBND HUYỆN NẬM NHÙN", "UBND XÃ PÚ ĐAO"]]
    assert doc_named(PERMIT).fields()["organ_name"] == ("CỤC HÀNG KHÔNG VN CẢNG VỤ HÀNG KHÔNG MIỀN NAM ĐẠI DIỆN TẠI "
                                                        "PHÚ QUỐC")
    assert doc_named(SPILLWAY).fields()["organ_name"] == "CÔNG TY CỔ PHẦN THỦY ĐIỆN TRÀ LINH"
    assert [doc.slug for doc in BLIND24 if doc.seal is None] == [SPILLWAY]
    assert sum(doc.aim != (0.0, 0.0) for doc in BLIND24) == 8 and len({doc.lift for doc in BLIND24}) >= 4
    assert all(len(doc.seal) <= 40 for doc in BLIND24 if doc.seal)  # the ring holds that many letters
    assert [doc.slug for doc in BLIND24 if len(doc.signer_position) == 3] == [CONG_VAN, DAM]
    assert doc_named(CONG_VAN).signer_position == ["TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"]
    assert doc_named(DAM).signer_position == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
    assert doc_named(LABEL).signer_position == ["TUQ. CHỦ TỊCH", "TRƯỞNG PHÒNG NÔNG NGHIỆP VÀ PTNT"]
    assert doc_named(BELT).signer_position == ["KT. ĐỒN TRƯỞNG", "PHÓ ĐỒN TRƯỞNG"]
    assert doc_named(SPILLWAY).signer_position == ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]
    assert doc_named(SCHOOL).signer_position == ["Q. TRƯỞNG PHÒNG"]
    assert doc_named(RESETTLE).signer_position == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]
    assert doc_named(SCHOOL).signer_name == "Lường Thị Thanh Thu Hà"
    assert doc_named(MARKERS).signer_name == "Lăng Văn Chắp"
    assert doc_named(RESETTLE).signer_name == "Lý A Chừ" and len(doc_named(SPILLWAY).signer_name.split()) == 2
    assert {doc.issued[:4] for doc in BLIND24} == {"2016", "2017", "2018", "2019", "2021", "2022", "2023", "2024"}


def test_hangkhong_holder_is_the_ground_handler_and_none_in_the_cong_van():
    permit, letter = of("hangkhong")
    assert permit.slug == PERMIT and permit.title == ["GIẤY PHÉP KIỂM SOÁT AN NINH", "CẢNG HÀNG KHÔNG, SÂN BAY"]
    assert permit.subject == ["(Dùng cho phương tiện hoạt động tại khu vực hạn chế)"]
    assert permit.fields()["subject"] == "(Dùng cho phương tiện hoạt động tại khu vực hạn chế)"
    k, holder = row(permit, "Tổ chức được cấp phép: ")
    assert holder == permit.holder_name and permit.body[k - 1] == "ĐẠI DIỆN CẢNG VỤ TẠI PHÚ QUỐC CẤP PHÉP:"
    assert permit.body[k + 1] == f"2. Mã số doanh nghiệp: {permit.holder_id}"
    assert "người điều khiển: ông Danh Thanh Tú" in permit.body[k + 2]  # the driver: never the holder
    assert_cited_apart(permit, r"văn bản đề nghị số (\d+)/2022/CV-DĐ ngày (.+?) của")
    assert letter.slug == CONG_VAN and letter.title == [] and len(letter.subject) == 2
    assert letter.subject[0].startswith("V/v ")
    fields = letter.fields()
    assert fields["type_name"] == "CÔNG VĂN"
    assert fields["subject"] == "V/v không thả đèn trời, diều, vật bay gần Cảng hàng không Thọ Xuân"
    assert all(fields[key] is None for key in ("holder_name", "holder_id", "holder_id_type", "valid_until"))
    assert "ông Hà Văn Khởi, chuyên viên" in letter.body[3]
    assert_cited_apart(letter, r"Văn bản số (\d+)/CVMB-ANHK ngày (.+?) của")
    assert_cited_apart(letter, r"Nghị định số (\d+)/2008/NĐ-CP ngày (.+?) của")


def test_bienphong_holder_is_the_worker_or_the_household_head_without_a_number():
    belt, markers = of("bienphong")
    assert belt.slug == BELT and belt.title == ["GIẤY PHÉP"] and belt.subject == ["Vào vành đai biên giới"]
    k, holder = row(belt, "Họ và tên: ")
    assert holder == f"ông {belt.holder_name}" and belt.body[k - 1] == "ĐỒN BIÊN PHÒNG PHÓ BẢNG CẤP PHÉP:"
    assert belt.body[k + 1] == f"2. Ngày sinh: 21/3/1988; số định danh cá nhân: {belt.holder_id}"
    assert_cited_apart(belt, r"Giấy giới thiệu số (\d+)/GGT-ĐLĐV ngày (.+?) của")
    assert markers.slug == MARKERS and markers.subject == ["Về việc giao tự quản đường biên giới, mốc quốc giới",
                                                           f"cho hộ ông {markers.holder_name}"]
    assert article(markers).startswith(f"Điều 1. Giao cho hộ ông {markers.holder_name}, sinh năm 1967, ")
    assert markers.holder_id is None and not re.search(r"\d{9}", " ".join(markers.body))  # no number printed
    assert re.search(r"mốc quốc giới số \d+ đến mốc quốc giới số \d+", article(markers))
    assert_cited_apart(markers, r"Kế hoạch số (\d+)/KH-UBND ngày (.+?) của")


def test_thuvien_holder_is_the_founder_or_the_school():
    library, school = of("thuvien")
    assert library.slug == LIBRARY and library.title == ["THÔNG BÁO"] and len(library.subject) == 2
    k, holder = row(library, "Người thành lập thư viện: ")
    assert holder == f"bà {library.holder_name}"
    assert library.body[k + 1] == f"2. Ngày sinh: 12/6/1979; số định danh cá nhân: {library.holder_id}"
    assert row(library, "Tên thư viện: ")[1].startswith("Thư viện ")  # the library: never the holder
    assert school.slug == SCHOOL and school.subject[1] == f"đối với {school.holder_name}"
    assert article(school).startswith(f"Điều 1. Công nhận thư viện của {school.holder_name}, ")
    assert school.holder_id is None and school.holder_id_type is None
    assert school.body[0] == "TRƯỞNG PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THỊ XÃ NGHĨA LỘ"  # a heading, not the signer
    assert_cited_apart(school, r"Thông tư số (\d+)/2022/TT-BGDĐT ngày (.+?) của")
    assert_cited_apart(school, r"Tờ trình số (\d+)/TTr-TH ngày (.+?) của")


def test_thuydien_holder_is_the_dam_owner_and_none_in_the_discharge_notice():
    dam, spillway = of("thuydien")
    assert dam.slug == DAM and len(dam.subject) == 2
    assert article(dam).endswith(f"do {dam.holder_name}, mã số doanh nghiệp {dam.holder_id}, làm chủ sở hữu, với "
                                 "các nội dung chính sau:")
    assert "tổ trưởng là ông A Hlin" in " ".join(dam.body)  # the foreman: never the holder
    for pattern in (r"Quyết định số (\d+)/2019/QĐ-UBND ngày (.+?) của",
                    r"Tờ trình số (\d+)/TTr-TĐĐT ngày (.+?) của",
                    r"Báo cáo thẩm định số (\d+)/BC-KTHT ngày (.+?) của",
                    r"Nghị định số (\d+)/2018/NĐ-CP ngày (.+?) của"):
        assert_cited_apart(dam, pattern)
    assert spillway.slug == SPILLWAY and spillway.title == ["THÔNG BÁO"] and len(spillway.subject) == 2
    assert all(spillway.fields()[key] is None for key in ("holder_name", "holder_id", "holder_id_type",
                                                          "valid_until"))
    assert f"Công ty Cổ phần Thủy điện Trà Linh, mã số doanh nghiệp {OWN_CODE}, thông báo:" in spillway.body
    assert "ông Hồ Văn Lanh, trưởng ca vận hành nhà máy, điện thoại 0235 3886 517" in spillway.body[-2]
    assert_cited_apart(spillway, r"Quyết định số (\d+)/QĐ-UBND ngày (.+?) của")


def test_didan_holder_is_the_migrant_and_none_in_the_submission():
    migrant, resettle = of("didan")
    assert migrant.slug == MIGRANT and migrant.subject[1] == f"đối với hộ ông {migrant.holder_name}"
    k, holder = row(migrant, "Chủ hộ: ")
    assert holder == f"ông {migrant.holder_name}, dân tộc Mông"
    assert migrant.body[k + 1] == f"2. Ngày sinh: 05/02/1983; số chứng minh nhân dân: {migrant.holder_id}"
    assert migrant.holder_id.startswith("073")  # Hà Giang's identity cards, where he came from
    assert_cited_apart(migrant, r"Tờ trình số (\d+)/TTr-UBND ngày (.+?) của")
    assert_cited_apart(migrant, r"Quyết định số (\d+)/QĐ-TTg ngày (.+?) của")
    assert resettle.slug == RESETTLE and resettle.title == ["TỜ TRÌNH"] and len(resettle.subject) == 2
    assert all(resettle.fields()[key] is None for key in ("holder_name", "holder_id", "holder_id_type",
                                                          "valid_until"))
    assert "14 hộ" in " ".join(resettle.body)
    assert_cited_apart(resettle, r"Kế hoạch số (\d+)/KH-UBND ngày (.+?) của")


def test_nhanhieu_holder_is_the_cooperative_or_the_association():
    label, mark = of("nhanhieu")
    assert label.slug == LABEL and label.title == ["GIẤY CHỨNG NHẬN"]
    assert label.subject == ["Quyền sử dụng nhãn hiệu chứng nhận “Na Chi Lăng”"]
    k, holder = row(label, "Tổ chức được quyền sử dụng: ")
    assert holder == label.holder_name and label.body[k - 1] == "ỦY BAN NHÂN DÂN HUYỆN CHI LĂNG CHỨNG NHẬN:"
    assert label.body[k + 1] == f"2. Mã số hợp tác xã: {label.holder_id}"
    assert_cited_apart(label, r"Quyết định số (\d+)/QĐ-UBND ngày (.+?) của")
    assert mark.slug == MARK and mark.subject[1] == f"cho {mark.holder_name}"
    assert article(mark).startswith(f"Điều 1. Giao {mark.holder_name}, trụ sở tại ")
    assert mark.holder_id is None and mark.holder_id_type is None
    assert_cited_apart(mark, r"Quyết định số (\d+)/QĐ-SHTT ngày (.+?) của")
    assert_cited_apart(mark, r"Tờ trình số (\d+)/TTr-KTHT ngày (.+?) của")


def test_printed_lines_stay_inside_the_margins_and_apart():
    for doc in BLIND24:
        assert_printed_inside_and_apart(doc, LEFT_C)


def test_the_hand_comes_down_across_the_name_and_the_seal_over_the_position():
    """As blind9's: with an aim the printed name sits inside the signature's height, in its upper three
    quarters, most of the time; without, rarely; the lifted seal reaches 6 pt or more into the
    position's last line, its centre left of the line's middle."""
    for doc in BLIND24:
        assert_hand_and_seal_placed(doc)


def test_the_tilted_scan_keeps_its_size_and_turns_one_degree_counterclockwise():
    assert {doc.slug: doc.turn for doc in BLIND24 if doc.turn} == {MARK: (1.0,)}
    page = Image.new("RGB", (200, 300), (255, 255, 255))
    page.paste((0, 0, 0), (149, 19, 152, 22))  # a dot near the top right corner, 50 right of and 130 above the centre
    (tilted,) = turned([page], doc_named(MARK).turn)
    assert tilted.size == page.size
    assert all(tilted.getpixel(corner) == PAPER for corner in ((0, 0), (199, 0), (0, 299), (199, 299)))
    grey = np.asarray(tilted.convert("L"), dtype=float)[:100, 100:]
    y, x = np.unravel_index(np.argmin(grey), grey.shape)
    t = np.radians(1.0)  # counterclockwise on the page: the dot goes left, and up a little
    assert abs(100 + x - (100 + 50 * np.cos(t) - 130 * np.sin(t) + 0.5)) <= 1.5
    assert abs(y - (150 - 50 * np.sin(t) - 130 * np.cos(t) + 0.5)) <= 1.5
    assert 100 + x < 150  # left of where it was


def test_the_written_files_open_with_their_truth(written):
    out, paths = written
    assert [path.name for path in paths] == [f"{DAM}-scan.pdf", f"{SPILLWAY}-photo.jpg"]
    for path in paths:
        slug = path.stem.rsplit("-", 1)[0]
        assert_written_file_opens(out, path, doc_named(slug), 2 if slug == DAM else 1)
    one_page = [k for k, doc in enumerate(BLIND24) if doc.slug != DAM]
    assert 4 <= sum(k % 2 == 1 for k in one_page) <= 6  # the full set: half the photos without a DPI
    assert next(k for k, doc in enumerate(BLIND24) if doc.slug == SPILLWAY) % 2 == 1


def test_page_one_holds_only_the_hand_written_number_and_day_and_page_two_the_signature_and_seal(written):
    out, _ = written
    doc = doc_named(DAM)
    _, _, hand, _ = lay_out(doc)
    blue, red = inks(scan_pixels(out, DAM, 0))
    for _, hx, hy, _text in hand:
        assert ink_in(blue, hx - 30, hy - 26, hx + 30, hy + 8) > 150
    header = max(hy for _, _, hy, _ in hand) + 20  # below the header: no ink on page 1, no seal anywhere on it
    assert ink_in(blue, 40, header, A4[0] - 40, A4[1] - 40) == 0 and int(red.sum()) == 0
    last, name, signer = signer_runs(doc)
    blue, red = inks(scan_pixels(out, DAM, 1))
    x = signer[1]
    assert ink_in(blue, x - 110, last.y - 20, x + 110, name.y + 40) > 1500  # the signature
    assert ink_in(blue, 40, 40, A4[0] - 40, last.y - 25) == 0  # nothing else blue on page 2
    assert ink_in(blue, *box(name)) > 40  # across the printed name
    seal = ink_in(red, x - 150, signer[2] - 110, x + 10, signer[2] + 40)
    assert seal > 5000 and ink_in(red, x + 20, signer[2] - 110, A4[0] - 40, signer[2] + 40) < 0.05 * seal
    x0, y0, _, y1 = box(last)
    assert ink_in(red, x0, y0, x0 + 30, y1) > 40  # over the position's last line, at its left end

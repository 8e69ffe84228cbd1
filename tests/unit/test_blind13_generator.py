"""Blind set 13 (samples/blind13.py) is measured by benchmarks/fields.py only, never used to change a rule.
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
from blind13 import BLIND13, FAMILIES, LEVELS, make_blind13
from heldout import BLIND, DOCS, FRESH
from make_samples import A4

from tthc_digitize.extract.identifiers import cccd_ok, tax_code_ok

BEFORE = earlier_sets(13)
HELD_OUT = (*DOCS, *FRESH, *BLIND)

TWO_PAGES = "gcn-tham-duyet-pccc-nha-xuong-ben-cat"
BY_HAND = "cv-chap-thuan-sinh-hoat-ton-giao-gia-hiep"  # the set's one công văn, too
UNSEALED = "gp-xuat-ban-tai-lieu-khom-cau-duc"  # drawn as its phone photo
SIDEWAYS = "gp-vo-tuyen-dien-nghiep-du-tien-cat"
PRIEST = "tb-chap-thuan-bo-nhiem-chuc-viec-my-tho"
TRAINED = "gcn-huan-luyen-pccc-dong-van"
BULLETIN = "gp-xuat-ban-ban-tin-san-nhi-vinh-yen"
ADOPTED = "gcn-nuoi-con-nuoi-vong-the"
WARD = "trich-luc-dang-ky-giam-ho-trung-hung"
LEASE = "qd-cho-thue-rung-san-xuat-chau-khe"
# each person holder with a personal number: the province code it opens with and their sex
PERSONS = {PRIEST: ("036", "M"), TRAINED: ("035", "M"), SIDEWAYS: ("025", "M"), ADOPTED: ("089", "M"),
           WARD: ("001", "F"), LEASE: ("040", "M")}
VALID = {TRAINED: "2023-09-14", "gp-tan-so-vo-tuyen-dien-sao-bien": "2025-03-31", SIDEWAYS: "2024-05-20",
         "qd-cong-nhan-nguon-giong-dak-rmang": "2031-12-31", LEASE: "2069-09-04"}
# a validity: "có giá trị …", "có hiệu lực …" or "Thời hạn …:", then "đến (hết) ngày …"
STATED = re.compile(r"(có giá trị|có hiệu lực|Thời hạn[^:]*:) .*đến (?:hết )?ngày ")
BIRTH = re.compile(r"(?:[Ss]inh ngày:?|Ngày sinh:|Ngày, tháng, năm sinh:) (\d{1,2})/(\d{1,2})/(\d{4})")
ID12 = re.compile(r"(?<!\d)\d{12}(?!\d)")


def of(name: str) -> list[Doc9]:
    return [doc for doc in BLIND13 if doc.family == name]


def doc_named(slug: str) -> Doc9:
    return next(doc for doc in BLIND13 if doc.slug == slug)


def dash_row(doc: Doc9, label: str) -> tuple[int, str]:
    """The first body paragraph "- {label}…" (a row of a list inside an article), and the rest."""
    return next((k, text[len(label) + 2:]) for k, text in enumerate(doc.body) if text.startswith(f"- {label}"))


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    """Three files only, drawn as in the measured set (same seeds, same DPI), to keep this module cheap:
    the two-page scan, the scan numbered and dated by hand, and one JPEG photo. All 24 take over a minute."""
    out = tmp_path_factory.mktemp("blind13")
    scans = make_blind13(out, levels=("scan",), only={TWO_PAGES, BY_HAND})
    return out, scans + make_blind13(out, levels=("photo",), only={UNSEALED})


def test_twelve_documents_in_six_families_named_unlike_any_earlier_set():
    assert_unlike_earlier_sets(BLIND13, FAMILIES, LEVELS, BEFORE, HELD_OUT)


def test_dates_check_digits_and_personal_numbers_are_real():
    for doc in BLIND13:
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
            following = ID12.search(body[born.end():])
            assert following and cccd_ok(following.group(), int(born.group(3))), doc.slug
            assert int(born.group(3)) < issued.year
        if doc.holder_id_type == "cccd":
            province, sex = PERSONS[doc.slug]
            century = 2 if doc.slug in (ADOPTED, WARD) else 0  # the two children were born after 2000
            assert doc.holder_id[:3] == province and int(doc.holder_id[3]) == century + (sex == "F"), doc.slug
            after = body[body.index(doc.holder_name):]  # the holder's own number and birth come next
            assert ID12.search(after).group() == doc.holder_id, doc.slug
            born = BIRTH.search(after)
            assert born and born.start() < after.index(doc.holder_id) and born.group(3)[2:] == doc.holder_id[4:6]
    assert {doc.slug for doc in BLIND13 if doc.holder_id_type == "cccd"} == set(PERSONS)
    assert {doc.family for doc in BLIND13 if doc.holder_id_type == "tax_code"} == {"pccc", "tanso", "xuatban",
                                                                                    "lamnghiep"}
    assert [doc.slug for doc in BLIND13 if doc.holder_name and not doc.holder_id] == [BULLETIN]


def test_valid_until_is_the_date_after_den_ngay_and_a_period_gives_none():
    for doc in BLIND13:
        stated = [re.split(r"đến (?:hết )?ngày ", text, maxsplit=1)[1] for text in doc.body if STATED.search(text)]
        assert len(stated) <= 1, doc.slug
        assert doc.valid_until == (iso(stated[0]) if stated else None) == VALID.get(doc.slug), doc.slug
        if doc.valid_until:
            assert doc.valid_until > doc.issued, doc.slug
    periods = [doc for doc in BLIND13 if re.search(r"\d+ (năm|tháng) kể từ ngày", " ".join(doc.body))]
    assert [doc.slug for doc in periods] == [BULLETIN] and doc_named(BULLETIN).valid_until is None
    course = next(text for text in doc_named(TRAINED).body if "khóa huấn luyện" in text)
    assert "đến ngày 09 tháng 9 năm 2021" in course and not STATED.search(course)  # a course is no validity


def test_pages_titles_numbers_and_signers_are_printed_as_the_truth_says():
    for doc in BLIND13:
        page, signer, hand, grids = lay_out(doc)
        assert len(page.pages) == (2 if doc.slug == TWO_PAGES else 1) and signer[0] == len(page.pages) - 1
        assert grids == [] and not doc.number_under_title
        assert doc.turn == ((90.0,) if doc.slug == SIDEWAYS else ())
        assert bool(doc.addressees) == (doc.slug in (BY_HAND, PRIEST)) and len(doc.addressees) <= 1
        first, last = page.truth[0], page.truth[-1]
        assert doc.signer_name in last and all(line in last for line in doc.signer_position)
        assert all(line in first for line in doc.title + doc.subject)
        lines = [line for texts in page.truth for line in texts]
        assert doc.holder_name is None or any(doc.holder_name in line for line in lines), doc.slug
        assert "Nơi nhận:" in lines and doc.recipients, doc.slug
        fields = doc.fields()
        assert fields["organ_name"] == " ".join(doc.issuer) and fields["signer_full_name"] == doc.signer_name
        assert fields["type_name"] == (" ".join(doc.title) or "CÔNG VĂN") and (doc.title or doc.slug == BY_HAND)
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
    assert [doc.slug for doc in BLIND13 if doc.handwritten] == [BY_HAND]
    page, signer, _, _ = lay_out(doc_named(TWO_PAGES))
    motto = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert motto in page.truth[0] and motto not in page.truth[1] and page.truth[1][0] == "2"
    body_on_two = [run for run in runs(doc_named(TWO_PAGES), 1)[1:] if run.y < signer[2] - 100 and run.x < A4[0] / 2]
    assert len(body_on_two) >= 3  # the end of the body came over with the signer
    assert any(run.text.startswith("5. Hệ thống hút khói") for run in body_on_two)
    assert any(run.text.startswith("Chủ đầu tư có trách nhiệm") for run in body_on_two)
    assert "Chủ đầu tư: Công ty TNHH Chế biến Gỗ Tân Phước Khánh" in page.truth[0]
    cong_van = lay_out(doc_named(BY_HAND))[0].truth[0]
    assert f"Kính gửi: {doc_named(BY_HAND).addressees[0]}" in cong_van
    assert f"Kính gửi: {doc_named(PRIEST).addressees[0]}" in lay_out(doc_named(PRIEST))[0].truth[0]


def test_signer_blocks_issuers_and_names_vary_as_the_docstring_says():
    marks = {doc.signer_position[0].split(" ", 1)[0] for doc in BLIND13}
    assert {"KT.", "TL.", "TM.", "Q."} <= marks
    assert {len(doc.signer_name.split()) for doc in BLIND13} == {2, 3, 4, 5}
    stacked = [doc for doc in BLIND13 if "Đ" in doc.signer_name or any(  # a letter under a hat or horn and a tone
        sum(unicodedata.combining(mark) > 0 for mark in unicodedata.normalize("NFD", ch)) >= 2
        for ch in doc.signer_name)]
    assert len(stacked) >= 6
    parent_child = [doc for doc in BLIND13 if doc.issuer[0] != "ỦY BAN NHÂN DÂN"]
    assert len(parent_child) == 11 and all(len(doc.issuer) == 2 for doc in BLIND13)
    assert [doc.slug for doc in BLIND13 if doc.seal is None] == [UNSEALED]
    assert sum(doc.aim != (0.0, 0.0) for doc in BLIND13) == 8 and len({doc.lift for doc in BLIND13}) >= 4
    assert all(len(doc.seal) <= 40 for doc in BLIND13 if doc.seal)  # the ring holds that many letters
    assert [len(doc.signer_position) for doc in BLIND13].count(3) == 1  # "TM." / "KT." / "PHÓ CHỦ TỊCH"
    assert doc_named(SIDEWAYS).signer_position == ["Q. GIÁM ĐỐC"]


def test_tongiao_cong_van_has_no_holder_and_the_priest_is_named_without_his_saint():
    cong_van, notice = of("tongiao")
    assert cong_van.slug == BY_HAND and cong_van.title == [] and cong_van.subject[0].startswith("V/v ")
    assert cong_van.handwritten == ("code_number", "issued_date")
    fields = cong_van.fields()
    assert fields["type_name"] == "CÔNG VĂN" and fields["subject"] == " ".join(cong_van.subject)
    assert all(fields[key] is None for key in ("holder_name", "holder_id", "holder_id_type", "valid_until"))
    representative = cong_van.addressees[0].split(",")[0].removeprefix("Ông ")
    assert re.search(rf"ông {representative}, sinh ngày [\d/]+, số định danh cá nhân \d{{12}}", cong_van.body[0])
    assert notice.slug == PRIEST and notice.title == ["THÔNG BÁO"] and len(notice.subject) == 2
    k, saint = row(notice, "Tên thánh: ")
    assert notice.body[k + 1] == f"Họ và tên: {notice.holder_name}" and saint not in notice.holder_name
    assert notice.body[k + 2] == f"Sinh ngày: 21/3/1981; số định danh cá nhân: {notice.holder_id}"
    assert f"Linh mục {saint} {notice.holder_name}" in " ".join(notice.body)
    assert notice.addressees[0].startswith("Tòa Giám mục") and notice.holder_name not in notice.addressees[0]
    assert re.search(r"văn bản số (\d+)/TGM-VP", notice.body[2]).group(1) != notice.number
    assert notice.signer_position == ["TL. GIÁM ĐỐC", "TRƯỞNG BAN TÔN GIÁO"] and notice.valid_until is None


def test_pccc_holder_is_the_investor_or_the_trained_man_never_the_consultant_or_employer():
    design, training = of("pccc")
    for doc in (design, training):
        assert doc.issuer[0].startswith("CÔNG AN TỈNH ") and doc.issuer[1] == "PHÒNG CẢNH SÁT PCCC VÀ CNCH"
    assert design.slug == TWO_PAGES and design.notation == "TD-PCCC" and not design.subject
    assert design.title == ["GIẤY CHỨNG NHẬN", "THẨM DUYỆT THIẾT KẾ VỀ PHÒNG CHÁY VÀ CHỮA CHÁY"]
    assert design.body.index(next(t for t in design.body if t.startswith("Công trình: "))) < row(
        design, "Chủ đầu tư: ")[0]
    k, holder = row(design, "Chủ đầu tư: ")
    assert holder == design.holder_name and design.body[k + 1] == f"Mã số doanh nghiệp: {design.holder_id}"
    consultant = row(design, "Đơn vị tư vấn thiết kế: ")[1]
    found = re.search(r"mã số doanh nghiệp (\d{10})", consultant)
    assert found and tax_code_ok(found.group(1)) and found.group(1) != design.holder_id
    assert design.valid_until is None
    assert training.slug == TRAINED and training.title == ["GIẤY CHỨNG NHẬN"]
    assert training.subject == ["Huấn luyện nghiệp vụ phòng cháy và chữa cháy"]
    k = training.body.index("PHÒNG CẢNH SÁT PCCC VÀ CNCH CHỨNG NHẬN:")
    sentence = training.body[k + 1]
    assert sentence.startswith(f"Ông {training.holder_name}, sinh ngày 14/02/1990, số định danh cá nhân "
                               f"{training.holder_id}, ")
    employer = re.search(r"của (Công ty [^,]+), mã số doanh nghiệp (\d{10})", sentence)
    assert employer and tax_code_ok(employer.group(2)) and training.holder_id_type == "cccd"
    assert training.body[k + 2] == "Giấy chứng nhận có giá trị đến ngày 14 tháng 9 năm 2023."


def test_tanso_holder_is_the_licensee_never_the_call_sign():
    company, amateur = of("tanso")
    for doc in (company, amateur):
        assert doc.issuer[0] == "CỤC TẦN SỐ VTĐ" and doc.issuer[1].startswith("TRUNG TÂM TẦN SỐ VTĐ ")
    assert company.title == ["GIẤY PHÉP SỬ DỤNG TẦN SỐ", "VÀ THIẾT BỊ VÔ TUYẾN ĐIỆN"] and not company.subject
    k, holder = row(company, "Tên tổ chức được cấp phép: ")
    assert holder == company.holder_name and company.body[k + 1] == f"2. Mã số doanh nghiệp: {company.holder_id}"
    assert "hô hiệu đài bờ: XVS-2417" in row(company, "Tên mạng: ")[1]
    assert amateur.slug == SIDEWAYS and amateur.title == ["GIẤY PHÉP SỬ DỤNG TẦN SỐ VÀ THIẾT BỊ VÔ TUYẾN ĐIỆN"]
    assert amateur.subject == ["(Dùng cho đài vô tuyến điện nghiệp dư)"]
    k, holder = row(amateur, "Họ và tên: ")
    assert holder == amateur.holder_name and amateur.body[k + 1].endswith(f"số định danh cá nhân: {amateur.holder_id}")
    assert row(amateur, "Hô hiệu: ")[1] == "XV6CMT" and "số 0318/VTĐNDB" in amateur.body[1]


def test_xuatban_holder_is_the_licensed_body_never_the_bulletin_or_the_printer():
    bulletin, handbook = of("xuatban")
    for doc in (bulletin, handbook):
        assert doc.issuer[1] == "SỞ THÔNG TIN VÀ TRUYỀN THÔNG" and doc.notation == "GP-STTTT"
        printer = re.search(r"Nơi in: (Công ty [^,]+), mã số doanh nghiệp (\d{10})", " ".join(doc.body))
        assert printer and printer.group(1) != doc.holder_name and printer.group(2) != doc.holder_id
    assert bulletin.title == ["GIẤY PHÉP XUẤT BẢN BẢN TIN"] and not bulletin.subject
    assert row(bulletin, "Tên cơ quan, tổ chức được cấp phép: ")[1] == bulletin.holder_name
    assert bulletin.holder_id is None and bulletin.holder_id_type is None
    assert row(bulletin, "Tên bản tin: ")[1].startswith("Bản tin ")
    assert handbook.slug == UNSEALED and handbook.title == ["GIẤY PHÉP"]
    assert handbook.subject == ["Xuất bản tài liệu không kinh doanh"]
    k, holder = row(handbook, "Tổ chức được cấp phép: ")
    assert holder == handbook.holder_name and handbook.body[k + 1] == f"2. Mã số doanh nghiệp: {handbook.holder_id}"
    assert handbook.signer_position == ["TL. GIÁM ĐỐC", "TRƯỞNG PHÒNG BÁO CHÍ - XUẤT BẢN"]
    assert len(handbook.signer_name.split()) == 5


def test_connuoi_holder_is_the_child_or_the_ward_on_the_first_bare_name_row():
    adoption, guardianship = of("connuoi")
    for doc, heading in ((adoption, "Người được nhận làm con nuôi:"), (guardianship, "Người được giám hộ:")):
        bare = [k for k, text in enumerate(doc.body) if text.startswith("Họ, chữ đệm, tên: ")]
        assert doc.body[bare[0]] == f"Họ, chữ đệm, tên: {doc.holder_name}" and doc.body[bare[0] - 1] == heading
        assert not doc.subject and doc.valid_until is None and doc.issuer[1].startswith("UBND ")
        register = re.search(r"[Ss]ố đăng ký[^:]*: (\d+)", " ".join(doc.body)).group(1)
        assert register != doc.number
    assert adoption.title == ["GIẤY CHỨNG NHẬN NUÔI CON NUÔI"]
    parents = [k for k, text in enumerate(adoption.body) if re.match(r"Họ, chữ đệm, tên người (cha|mẹ) nuôi: ", text)]
    assert len(parents) == 2 and max(parents) < adoption.body.index("Người được nhận làm con nuôi:")
    assert guardianship.title == ["TRÍCH LỤC ĐĂNG KÝ GIÁM HỘ"]
    bare = [k for k, text in enumerate(guardianship.body) if text.startswith("Họ, chữ đệm, tên: ")]
    assert len(bare) == 2 and guardianship.body[bare[1] - 1] == "Người giám hộ:"
    assert row(guardianship, "Số định danh cá nhân: ")[1] == guardianship.holder_id
    assert guardianship.signer_position == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]


def test_lamnghiep_holder_is_in_the_subject_or_after_cho_ong():
    source, lease = of("lamnghiep")
    assert source.subject == ["Về việc công nhận nguồn giống cây trồng lâm nghiệp",
                              f"của {source.holder_name}"]
    named = article(source).split("Công nhận nguồn giống cây trồng lâm nghiệp của ", 1)[1]
    assert named.startswith(f"{source.holder_name}, mã số thuế {source.holder_id}, ")
    assert dash_row(source, "Mã số nguồn giống: ")[1].startswith("ĐNO-RGCH-07")
    assert article(source, 2) == "Điều 2. Nguồn giống được công nhận có giá trị đến hết ngày 31 tháng 12 năm 2031."
    assert lease.issuer == ["ỦY BAN NHÂN DÂN", "HUYỆN CON CUÔNG"]
    assert lease.subject == ["Về việc cho thuê rừng sản xuất"]
    named = article(lease).split("Điều 1. Cho ông ", 1)[1]
    assert named.startswith(f"{lease.holder_name}, sinh ngày ") and lease.holder_id in named
    assert dash_row(lease, "Thời hạn thuê rừng: ")[1] == "50 năm, đến ngày 04 tháng 9 năm 2069."
    assert lease.signer_position == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]


def test_printed_lines_stay_inside_the_margins_and_apart():
    for doc in BLIND13:
        assert_printed_inside_and_apart(doc, LEFT_C)


def test_the_hand_comes_down_across_the_name_and_the_seal_over_the_position():
    """As blind9's: with an aim the printed name sits inside the signature's height, in its upper three
    quarters, most of the time; without, rarely; the lifted seal reaches 6 pt or more into the
    position's last line, its centre left of the line's middle."""
    for doc in BLIND13:
        assert_hand_and_seal_placed(doc)


def test_the_sideways_scan_is_turned_a_quarter_counterclockwise():
    page = Image.new("RGB", (200, 300), (255, 255, 255))
    page.putpixel((0, 0), (0, 0, 0))
    (sideways,) = turned([page], doc_named(SIDEWAYS).turn)
    assert sideways.size == (300, 200)
    assert sideways.getpixel((0, 200 - 1)) == (0, 0, 0)  # counterclockwise: the top left went bottom left
    assert {doc.slug for doc in BLIND13 if doc.turn} == {SIDEWAYS}


def test_the_written_files_open_with_their_truth(written):
    out, paths = written
    assert [path.name for path in paths] == [f"{BY_HAND}-scan.pdf", f"{TWO_PAGES}-scan.pdf", f"{UNSEALED}-photo.jpg"]
    for path in paths:
        slug = path.stem.rsplit("-", 1)[0]
        assert_written_file_opens(out, path, doc_named(slug), 2 if slug == TWO_PAGES else 1)
    one_page = [k for k, doc in enumerate(BLIND13) if doc.slug != TWO_PAGES]
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

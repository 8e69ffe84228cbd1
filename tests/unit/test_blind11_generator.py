"""Blind set 11 (samples/blind11.py) is measured by benchmarks/fields.py only, never used to change a rule.
These check the generator, cheaply: every family is drawn as its docstring says and the truth follows
the stated conventions and the printed text, for all twelve documents through ``lay_out`` alone; the
signature and the seal land where the layout and the document's ``aim`` and ``lift`` put them; and
only three files (four pages) are actually rendered: the two-page scan with its signature and seal on
page 2, the scan numbered and dated by hand, and the unsealed document's phone photo, written with their
truth files, their ink looked for where it belongs."""

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

sys.path.insert(0, str(ROOT / "samples"))
from blind5 import LEFT_C
from blind9 import Doc9
from blind11 import BLIND11, FAMILIES, LEVELS, make_blind11
from make_samples import A4

from tthc_digitize.extract.identifiers import cccd_ok, tax_code_ok

BEFORE = earlier_sets(11)

TWO_PAGES = "qd-nghi-huu-giao-vien-thanh-chuong"
BY_HAND = "qd-giam-tien-su-dung-dat-nguoi-co-cong-krong-bong"
UNSEALED = "tb-quang-cao-bang-ron-me-xung-hue"  # drawn as its phone photo
# each person holder with a CCCD: the province code their number opens with (where they live) and their sex
PERSONS = {"gcn-du-dieu-kien-buon-ban-thuoc-bvtv-bac-quang": ("002", "M"), TWO_PAGES: ("040", "F"),
           "qd-bo-nhiem-hieu-truong-ha-linh": ("042", "M"), "qd-mien-tien-su-dung-dat-ban-hon": ("012", "M"),
           BY_HAND: ("066", "F"), "gp-cai-tang-mo-hai-que": ("045", "M"),
           "qd-ho-tro-chi-phi-mai-tang-bao-lac": ("004", "M")}
VALID = {UNSEALED: "2022-09-18", "qd-cho-phep-giai-chay-vinh-hy": "2022-11-13",
         "qd-cho-phep-le-hoi-cau-ngu-thuy-tu": "2019-03-16", "gp-cai-tang-mo-hai-que": "2018-07-31"}
# a validity: "có giá trị …", "Thời hạn …:" or an event's "Thời gian tổ chức:", then "đến (hết) ngày …"
STATED = re.compile(r"(có giá trị|Thời hạn[^:]*:|Thời gian tổ chức:) .*đến (?:hết )?ngày ")


def of(name: str) -> list[Doc9]:
    return [doc for doc in BLIND11 if doc.family == name]


def doc_named(slug: str) -> Doc9:
    return next(doc for doc in BLIND11 if doc.slug == slug)


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    """Three files only, drawn as in the measured set (same seeds, same DPI), to keep this module cheap:
    the two-page scan, the scan numbered and dated by hand, and one JPEG photo. All 24 take over a minute."""
    out = tmp_path_factory.mktemp("blind11")
    scans = make_blind11(out, levels=("scan",), only={TWO_PAGES, BY_HAND})
    return out, scans + make_blind11(out, levels=("photo",), only={UNSEALED})


def test_twelve_documents_in_six_families_named_unlike_any_earlier_set():
    assert_unlike_earlier_sets(BLIND11, FAMILIES, LEVELS, BEFORE)


def test_dates_check_digits_and_personal_numbers_are_real():
    for doc in BLIND11:
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
            assert re.search(rf"[Ss]inh ngày:? [\d/]+[;,] số (?:định danh cá nhân|căn cước công dân):? "
                             rf"{doc.holder_id}", body), doc.slug  # the birth printed is the holder's own
    assert {doc.slug for doc in BLIND11 if doc.holder_id_type == "cccd"} == set(PERSONS)
    assert {doc.family for doc in BLIND11 if doc.holder_id_type == "tax_code"} == {"quangcao", "phanbon", "sukien"}


def test_valid_until_is_the_date_after_den_ngay_and_a_period_gives_none():
    for doc in BLIND11:
        stated = [re.split(r"đến (?:hết )?ngày ", text, maxsplit=1)[1] for text in doc.body if STATED.search(text)]
        assert len(stated) <= 1, doc.slug
        assert doc.valid_until == (iso(stated[0]) if stated else None) == VALID.get(doc.slug), doc.slug
        if doc.valid_until:
            assert doc.valid_until > doc.issued, doc.slug
    periods = [doc for doc in BLIND11 if re.search(r"\d+ (năm|tháng) kể từ ngày", " ".join(doc.body))]
    assert len(periods) == 3 and all(doc.valid_until is None for doc in periods)
    salary = article(doc_named(TWO_PAGES), 3)  # a day salary is paid up to is no validity
    assert "đến hết ngày 30 tháng 9 năm 2021" in salary and doc_named(TWO_PAGES).valid_until is None


def test_pages_titles_numbers_and_signers_are_printed_as_the_truth_says():
    for doc in BLIND11:
        page, signer, hand, grids = lay_out(doc)
        assert len(page.pages) == (2 if doc.slug == TWO_PAGES else 1) and signer[0] == len(page.pages) - 1
        assert grids == [] and not doc.number_under_title and not doc.turn
        assert doc.addressees == ([doc.holder_name] if doc.slug == UNSEALED else [])
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
    assert [doc.slug for doc in BLIND11 if doc.handwritten] == [BY_HAND]
    page, signer, _, _ = lay_out(doc_named(TWO_PAGES))
    motto = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert motto in page.truth[0] and motto not in page.truth[1] and page.truth[1][0] == "2"
    assert "Kính gửi: " + doc_named(UNSEALED).holder_name in lay_out(doc_named(UNSEALED))[0].truth[0]
    body_on_two = [run for run in runs(doc_named(TWO_PAGES), 1)[1:] if run.y < signer[2] - 100 and run.x < A4[0] / 2]
    assert len(body_on_two) >= 3  # the end of the body came over with the signer
    assert any(run.text.startswith("Điều 4. ") for run in body_on_two)
    assert any("Điều 1. " in line for line in page.truth[0])  # the holder's article on page 1


def test_signer_blocks_issuers_and_names_vary_as_the_docstring_says():
    marks = {doc.signer_position[0].split(" ", 1)[0] for doc in BLIND11}
    assert {"KT.", "TL.", "TM."} <= marks
    assert {len(doc.signer_name.split()) for doc in BLIND11} == {2, 3, 4}
    stacked = [doc for doc in BLIND11 if "Đ" in doc.signer_name or any(  # a letter under a hat or horn and a tone
        sum(unicodedata.combining(mark) > 0 for mark in unicodedata.normalize("NFD", ch)) >= 2
        for ch in doc.signer_name)]
    assert len(stacked) >= 8
    parent_child = [doc for doc in BLIND11 if doc.issuer[0] != "ỦY BAN NHÂN DÂN"]
    assert len(parent_child) == 7 and all(len(doc.issuer) == 2 for doc in BLIND11)
    assert [doc.slug for doc in BLIND11 if doc.seal is None] == [UNSEALED]
    assert sum(doc.aim != (0.0, 0.0) for doc in BLIND11) == 8 and len({doc.lift for doc in BLIND11}) >= 4
    assert all(len(doc.seal) <= 40 for doc in BLIND11 if doc.seal)  # the ring holds that many letters


def test_quangcao_holder_is_the_advertiser_never_its_director():
    permit, notice = of("quangcao")
    assert permit.title == ["GIẤY PHÉP XÂY DỰNG", "CÔNG TRÌNH QUẢNG CÁO"] and not permit.subject
    k, holder = row(permit, "Chủ đầu tư: ")
    assert holder == permit.holder_name and permit.body[k + 1] == f"2. Mã số doanh nghiệp: {permit.holder_id}"
    director = row(permit, "Người đại diện theo pháp luật: ")[1]
    assert permit.holder_name not in director and re.search(r"\d{12}", director)
    assert notice.title == ["THÔNG BÁO"] and len(notice.subject) == 2 and notice.issuer[-1] == "SỞ VĂN HÓA VÀ THỂ THAO"
    k, holder = row(notice, "Tên tổ chức thông báo: ")
    assert holder == notice.holder_name and notice.body[k + 1] == f"Mã số thuế: {notice.holder_id}"
    assert row(notice, "Thời hạn treo: ")[1] == "từ ngày 05/9/2022 đến ngày 18/9/2022."
    assert notice.signer_position[0] == "TL. GIÁM ĐỐC"


def test_phanbon_holder_is_on_the_ten_to_chuc_ca_nhan_row():
    company, person = of("phanbon")
    for doc in (company, person):
        assert doc.issuer[-1] == "CHI CỤC TRỒNG TRỌT VÀ BVTV" and len(doc.title) == 2 and not doc.subject
        assert " ".join(doc.title).startswith("GIẤY CHỨNG NHẬN ĐỦ ĐIỀU KIỆN BUÔN BÁN ")
    k, holder = row(company, "Tên tổ chức, cá nhân: ")
    assert holder == company.holder_name and company.body[k + 1] == f"2. Mã số doanh nghiệp: {company.holder_id}"
    assert company.valid_until is None and company.holder_name not in row(company, "Người đại diện")[1]
    k, holder = row(person, "Tên tổ chức, cá nhân: ")
    assert holder == "Ông " + person.holder_name and person.body[k + 1].endswith(person.holder_id)
    shop = row(person, "Tên cửa hàng: ")[1]
    assert person.holder_name not in shop and "05 năm kể từ ngày cấp" in person.body[-1]


def test_nhansu_holder_is_named_in_article_one_not_on_a_row():
    retirement, appointment = of("nhansu")
    for doc, lead in ((retirement, "Điều 1. Cho bà "), (appointment, "Điều 1. Bổ nhiệm ông ")):
        assert doc.title == ["QUYẾT ĐỊNH"] and doc.valid_until is None
        named = article(doc).split(lead, 1)[1]
        assert named.startswith(f"{doc.holder_name}, sinh ngày ")
        assert re.match(r", sinh ngày [\d/]+, số định danh cá nhân (\d{12})", named[len(doc.holder_name):]).group(1) \
            == doc.holder_id
        assert not any(text.startswith(("Họ và tên", "Ông", "Bà")) for text in doc.body)  # no labelled row
    assert retirement.subject == ["Về việc nghỉ hưu để hưởng chế độ bảo hiểm xã hội"] and retirement.slug == TWO_PAGES
    assert article(appointment, 2).startswith("Điều 2. Thời hạn giữ chức vụ là 05 năm kể từ ngày ")


def test_sukien_holder_is_the_organiser_after_cho_phep():
    race, festival = of("sukien")
    for doc in (race, festival):
        named = article(doc).split("Điều 1. Cho phép ", 1)[1]
        assert named.split(",", 1)[0] == doc.holder_name
        assert article(doc, 2).startswith("Điều 2. Thời gian tổ chức: từ ngày ")
    assert f"{race.holder_name}, mã số doanh nghiệp {race.holder_id}, " in article(race)
    assert race.issuer[-1] == "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH" and race.holder_id_type == "tax_code"
    assert festival.holder_id is None and festival.holder_id_type is None
    assert re.search(r"số căn cước công dân (\d{12})", article(festival, 2))  # the man answerable, never a field


def test_mientien_holder_is_the_person_relieved_of_the_fee():
    exemption, reduction = of("mientien")
    assert exemption.subject == ["Về việc miễn tiền sử dụng đất"] and exemption.issuer[-1].startswith("CHI CỤC THUẾ ")
    named = article(exemption).split("Miễn tiền sử dụng đất cho hộ ông ", 1)[1]
    assert named.startswith(f"{exemption.holder_name} (chủ hộ), sinh ngày ") and exemption.holder_id in named
    assert len(reduction.subject) == 2 and reduction.slug == BY_HAND
    named = article(reduction).split("tiền sử dụng đất cho bà ", 1)[1]
    assert named.startswith(f"{reduction.holder_name}, sinh ngày ") and "(vợ liệt sĩ " in named
    assert reduction.handwritten == ("code_number", "issued_date")
    assert all(doc.valid_until is None for doc in (exemption, reduction))


def test_antang_holder_is_the_living_never_the_dead():
    permit, support = of("antang")
    assert permit.title == ["GIẤY PHÉP"] and permit.subject == ["Di chuyển, cải táng mộ"]
    assert row(permit, "Người đề nghị: ")[1] == "Ông " + permit.holder_name
    assert permit.signer_position == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"] and permit.issuer[-1].startswith("UBND XÃ ")
    assert permit.body[-1] == "Giấy phép có giá trị đến hết ngày 31 tháng 7 năm 2018."
    dead = next(text for text in permit.body if "cải táng mộ của cụ ông " in text)
    assert "sinh ngày" not in dead.lower() and permit.holder_name not in dead
    named = article(support).split("Hỗ trợ chi phí mai táng cho ông ", 1)[1]
    assert named.startswith(f"{support.holder_name}, sinh ngày ") and "tổ chức mai táng cho bà " in named
    assert support.subject == ["Về việc hỗ trợ chi phí mai táng"] and support.valid_until is None


def test_printed_lines_stay_inside_the_margins_and_apart():
    for doc in BLIND11:
        assert_printed_inside_and_apart(doc, LEFT_C)


def test_the_hand_comes_down_across_the_name_and_the_seal_over_the_position():
    """As blind9's: with an aim the printed name sits inside the signature's height, in its upper three
    quarters, most of the time; without, rarely; the lifted seal reaches 6 pt or more into the
    position's last line, its centre left of the line's middle."""
    for doc in BLIND11:
        assert_hand_and_seal_placed(doc)


def test_the_written_files_open_with_their_truth(written):
    out, paths = written
    assert [path.name for path in paths] == [f"{TWO_PAGES}-scan.pdf", f"{BY_HAND}-scan.pdf", f"{UNSEALED}-photo.jpg"]
    for path in paths:
        slug = path.stem.rsplit("-", 1)[0]
        assert_written_file_opens(out, path, doc_named(slug), 2 if slug == TWO_PAGES else 1, 0.7)
    one_page = [k for k, doc in enumerate(BLIND11) if doc.slug != TWO_PAGES]
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

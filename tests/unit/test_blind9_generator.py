"""Blind set 9 (samples/blind9.py) is measured by benchmarks/fields.py only, never used to change a rule.
These check the generator, cheaply: every family is drawn as its docstring says and the truth follows
the stated conventions and the printed text, for all twelve documents through ``lay_out`` alone; the
signature and the seal land where the layout and the document's ``aim`` and ``lift`` put them; the
scan's pages are turned as ``turn`` says (checked on a small image); and only two files (three pages)
are actually rendered, the two-page scan with its pen, its sideways second page, signature and seal,
and one phone photo, written with their truth files, their ink looked for where it belongs."""

from __future__ import annotations

import io
import json
import re
import sys
import unicodedata
from datetime import date
from itertools import combinations

import numpy as np
import pymupdf
import pytest
from blind_layout import DMY, article, assert_hand_and_seal_placed, box, iso, lay_out, printed, row, runs, signer_runs
from helpers import ROOT
from PIL import Image

sys.path.insert(0, str(ROOT / "samples"))
from blind2 import BLIND2
from blind3 import BLIND3
from blind4 import BLIND4
from blind5 import BLIND5, LEFT_C
from blind6 import BLIND6
from blind7 import BLIND7, HANDS
from blind8 import BLIND8
from blind9 import BLIND9, FAMILIES, LEVELS, Doc9, make_blind9, turned
from make_samples import A4, PAPER, Run

from tthc_digitize.extract.identifiers import cccd_ok, tax_code_ok

BEFORE = (*BLIND2, *BLIND3, *BLIND4, *BLIND5, *BLIND6, *BLIND7, *BLIND8)

K = 300 / 72  # scan pixels per point
TWO_PAGES = "qd-tro-cap-nguoi-cao-tuoi-tien-du"  # also numbered and dated by hand, its page 2 scanned sideways
TILTED = "giay-gioi-thieu-chuyen-truong-ngo-quyen"
PHOTO = "qd-tro-cap-tre-mo-coi-cao-lanh"
# each person holder: the province code their number opens with (where the document is) and their sex
PERSONS = {"qd-tro-cap-nguoi-cao-tuoi-tien-du": ("027", "F"), "qd-tro-cap-tre-mo-coi-cao-lanh": ("087", "M"),
           "gcn-quyen-tac-gia-tranh-mua-nuoc-noi": ("079", "F"), "qd-chinh-sua-van-bang-van-chan": ("015", "M"),
           "giay-gioi-thieu-chuyen-truong-ngo-quyen": ("031", "M")}


def of(name: str) -> list[Doc9]:
    return [doc for doc in BLIND9 if doc.family == name]


def doc_named(slug: str) -> Doc9:
    return next(doc for doc in BLIND9 if doc.slug == slug)


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    """Two files only, drawn as in the measured set (same seeds, same DPI), to keep this module cheap:
    the two-page document's scan and one JPEG photo. All 24 files take over a minute."""
    out = tmp_path_factory.mktemp("blind9")
    return out, make_blind9(out, levels=("scan",), only={TWO_PAGES}) + make_blind9(out, levels=("photo",), only={PHOTO})


def test_twelve_documents_in_six_families_named_unlike_any_earlier_set():
    assert len(FAMILIES) == 6 and [len(of(name)) for name in FAMILIES] == [2] * 6 and len(BLIND9) == 12
    assert len({doc.slug for doc in BLIND9}) == len({doc.signer_name for doc in BLIND9}) == 12
    assert {doc.hand for doc in BLIND9} == set(HANDS) and LEVELS == ("scan", "photo")
    assert not set(FAMILIES) & {doc.family for doc in BEFORE}
    facets = {"slug": lambda d: d.slug, "place": lambda d: d.place, "issuer": lambda d: tuple(d.issuer),
              "signer": lambda d: d.signer_name, "number": lambda d: d.number, "date": lambda d: d.issued,
              "holder": lambda d: d.holder_name, "id": lambda d: d.holder_id}
    for facet, key in facets.items():
        ours, theirs = {key(d) for d in BLIND9} - {None}, {key(d) for d in BEFORE}
        assert not ours & theirs, (facet, ours & theirs)
    people = ({d.signer_name for d in BEFORE} | {d.holder_name for d in BEFORE}) - {None}
    assert not {d.holder_name for d in BLIND9} & people and not {d.signer_name for d in BLIND9} & people
    def heading(d):
        return d.fields()["type_name"], d.fields()["subject"]
    assert not {heading(d) for d in BLIND9} & {heading(d) for d in BEFORE}  # no title and subject seen before


def test_dates_check_digits_and_personal_numbers_are_real():
    for doc in BLIND9:
        assert DMY.fullmatch(doc.date_text) and iso(doc.date_text) == doc.issued, doc.slug
        issued = date.fromisoformat(doc.issued)
        assert 2018 <= issued.year <= 2023 and issued.weekday() < 5, doc.slug
        text = printed(doc)
        for digits, valid in ((10, tax_code_ok), (12, cccd_ok)):  # every tax code and personal number printed
            assert all(valid(found) for found in re.findall(rf"(?<!\d)\d{{{digits}}}(?!\d)", text)), doc.slug
        if doc.holder_id:
            check = {"tax_code": tax_code_ok, "cccd": cccd_ok}[doc.holder_id_type]
            assert doc.holder_id in text and check(doc.holder_id), doc.slug
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
    assert {doc.slug for doc in BLIND9 if doc.holder_id_type == "cccd"} == set(PERSONS)


def test_valid_until_is_the_date_after_den_ngay_and_a_period_gives_none():
    for doc in BLIND9:
        stated = [text for text in doc.body if re.search(r"có (giá trị|hiệu lực)", text)]
        dated = [re.split(r"đến (?:hết )?ngày", text, maxsplit=1)[1] for text in stated if "đến" in text]
        assert doc.valid_until == (iso(dated[0]) if dated else None), doc.slug
        if doc.valid_until:
            assert doc.valid_until > doc.issued, doc.slug
    assert [doc.slug for doc in BLIND9 if doc.valid_until] == ["gp-lien-van-viet-lao-nhat-le"]
    periods = [doc for doc in BLIND9 if re.search(r"trong thời hạn \d+ (ngày|tháng)|kể từ tháng", " ".join(doc.body))]
    assert len(periods) >= 4 and all(doc.valid_until is None for doc in periods)


def test_pages_titles_numbers_and_signers_are_printed_as_the_truth_says():
    for doc in BLIND9:
        page, signer, hand, grids = lay_out(doc)
        assert len(page.pages) == (2 if doc.slug == TWO_PAGES else 1) and signer[0] == len(page.pages) - 1
        assert grids == []
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
        label = f"Số: {doc.number}/{doc.notation}"
        if doc.number_under_title:  # the number centred on the line under the title, read after it
            assert first.index(label) == first.index(doc.title[-1]) + 1
            centred = next(run for run in runs(doc) if run.text == label)
            assert abs(box(centred)[0] + box(centred)[2] - A4[0]) < 1
    assert [doc.slug for doc in BLIND9 if doc.handwritten] == [TWO_PAGES]
    assert [doc.slug for doc in BLIND9 if doc.number_under_title] == ["gp-lien-van-viet-lao-nhat-le"]


def test_signer_blocks_issuers_and_names_vary_as_the_docstring_says():
    marks = {doc.signer_position[0].split(" ", 1)[0] for doc in BLIND9}
    assert {"KT.", "TL.", "TM."} <= marks
    assert {len(doc.signer_name.split()) for doc in BLIND9} == {2, 3, 4}
    stacked = [doc for doc in BLIND9 if "Đ" in doc.signer_name or any(  # a letter under a hat or horn and a tone
        sum(unicodedata.combining(mark) > 0 for mark in unicodedata.normalize("NFD", ch)) >= 2
        for ch in doc.signer_name)]
    assert len(stacked) >= 8
    parent_child = [doc for doc in BLIND9 if len(doc.issuer) >= 2 and doc.issuer[0] != "ỦY BAN NHÂN DÂN"]
    assert len(parent_child) == 10 and sum(len(doc.issuer) == 3 for doc in BLIND9) == 1
    unsealed = [doc for doc in BLIND9 if doc.seal is None]
    assert [doc.slug for doc in unsealed] == ["tb-chap-nhan-hoa-don-dien-tu-bac-lieu"]
    assert sum(doc.aim != (0.0, 0.0) for doc in BLIND9) == 8 and len({doc.lift for doc in BLIND9}) >= 4
    assert all(len(doc.seal) <= 40 for doc in BLIND9 if doc.seal)  # the ring holds that many letters


def test_vantai_holder_is_the_carrier_never_the_vehicle_or_the_representative():
    for doc in of("vantai"):
        assert doc.issuer[-1] == "SỞ GIAO THÔNG VẬN TẢI" and doc.title[0].startswith("GIẤY PHÉP ") and not doc.subject
        k, holder = row(doc, "Tên đơn vị kinh doanh vận tải: ", "Tên đơn vị vận tải: ")
        j, ident = row(doc, "Mã số doanh nghiệp: ", "Mã số thuế: ")
        assert holder == doc.holder_name and ident == doc.holder_id and j == k + 1 and doc.holder_id_type == "tax_code"
    permit, crossing = of("vantai")
    representative = row(permit, "Người đại diện theo pháp luật: ")[1]
    assert re.search(r"\d{12}", representative).group() != permit.holder_id and permit.holder_name not in representative
    assert permit.valid_until is None and permit.title == ["GIẤY PHÉP KINH DOANH VẬN TẢI BẰNG XE Ô TÔ"]
    k, vehicle = row(crossing, "Cấp cho phương tiện: ")
    assert re.search(r"biển số đăng ký \d\d[A-Z]-\d{3}\.\d\d", vehicle) and k < row(crossing, "Tên đơn vị vận tải: ")[0]
    assert crossing.number_under_title and crossing.signer_position[0] == "TL. GIÁM ĐỐC"


def test_trocap_holder_is_the_person_the_allowance_is_for_never_the_applicant_or_the_guardian():
    for doc in of("trocap"):
        assert doc.title == ["QUYẾT ĐỊNH"] and doc.subject[0].startswith("Về việc ") and doc.valid_until is None
        first = article(doc)
        named = re.sub(r"^(ông|bà|cụ|em|cháu) ", "", first.split(" đối với ", 1)[1])
        assert named.startswith(doc.holder_name + ", sinh ngày "), doc.slug
        assert re.match(r", sinh ngày [\d/]+, số định danh cá nhân (\d{12})", named[len(doc.holder_name):]).group(1) \
            == doc.holder_id
        applicant = re.search(r"Xét đơn đề nghị của (?:ông|bà) ([^,(]+?)(?: \(|,)", " ".join(doc.body)).group(1)
        assert applicant != doc.holder_name
        others = set(re.findall(r"(?<!\d)\d{12}(?!\d)", " ".join(doc.body))) - {doc.holder_id}
        assert len(others) == 1, doc.slug  # the son's or the grandmother's own number, printed too
        assert re.search(r"kể từ tháng \d+ năm \d{4}", " ".join(doc.body))
    elderly = doc_named(TWO_PAGES)
    assert "đối với bà " + elderly.holder_name == elderly.subject[-1]
    standard, coefficient, monthly = (re.search(p, " ".join(elderly.body)).group(1) for p in
                                      (r"Mức chuẩn trợ giúp xã hội: ([\d.]+)", r"hệ số: (\d,\d)",
                                       r"Mức trợ cấp xã hội hằng tháng: ([\d.]+)"))
    assert int(standard.replace(".", "")) * float(coefficient.replace(",", ".")) == int(monthly.replace(".", ""))
    page, signer, _, _ = lay_out(elderly)
    motto = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert motto in page.truth[0] and motto not in page.truth[1] and page.truth[1][0] == "2" and signer[0] == 1
    body_on_two = [run for run in runs(elderly, 1)[1:] if run.y < signer[2] - 100 and run.x < A4[0] / 2]
    assert len(body_on_two) >= 3  # the end of the body came over with the signer


def test_thue_holder_is_the_taxpayer_addressed_never_the_bank_or_the_provider():
    docs = of("thue")
    for doc in docs:
        assert doc.title == ["THÔNG BÁO"] and doc.subject == [doc.subject[0]]
        assert doc.subject[0].startswith("Về việc chấp nhận ") and doc.addressees == [doc.holder_name]
        assert f"Kính gửi: {doc.holder_name}" in lay_out(doc)[0].truth[0]
        k, holder = row(doc, "Tên người nộp thuế: ")
        assert holder == doc.holder_name and doc.body[k + 1] == f"Mã số thuế: {doc.holder_id}"
        assert doc.valid_until is None and doc.issuer[-1].startswith(("CỤC THUẾ", "CHI CỤC THUẾ"))
    assert docs[0].issuer[0] == "TỔNG CỤC THUẾ" and docs[1].issuer[0].startswith("CỤC THUẾ TỈNH ")
    assert docs[1].issuer[-1].startswith("CHI CỤC THUẾ ")
    assert [doc.seal is None for doc in docs] == [False, True]
    provider = re.search(r"dịch vụ hóa đơn điện tử: ([^,]+), mã số thuế (\d{10})", " ".join(docs[1].body))
    assert provider and provider.group(1) != docs[1].holder_name and provider.group(2) != docs[1].holder_id
    assert "bảo lãnh" in " ".join(docs[0].body) and "thời hạn 12 tháng kể từ ngày ký" in " ".join(docs[0].body)


def test_banquyen_holder_is_the_owner_the_author_only_when_the_same():
    docs = of("banquyen")
    for doc in docs:
        assert doc.title == ["GIẤY CHỨNG NHẬN ĐĂNG KÝ QUYỀN TÁC GIẢ"] and not doc.subject
        assert doc.notation == f"{doc.issued[:4]}/QTG" and doc.valid_until is None  # the year inside the number
        k, owner = row(doc, "Chủ sở hữu quyền tác giả: ")
        assert re.sub(r"^(Ông|Bà) ", "", owner) == doc.holder_name
        j, ident = row(doc, "Mã số doanh nghiệp: ", "Số căn cước công dân: ")
        assert ident == doc.holder_id and k < j <= k + 2
        application = re.search(r"đơn đăng ký quyền tác giả số (\d+)/(\d{4})/ĐKQTG", " ".join(doc.body))
        assert application and application.group(1) != doc.number and application.group(2) == doc.issued[:4]
    company, person = docs
    assert row(company, "Tác giả: ")[1].split(";")[0] != company.holder_name and company.holder_id_type == "tax_code"
    assert row(person, "Tác giả: ")[1] == person.holder_name and person.holder_id_type == "cccd"
    assert row(person, "Chủ sở hữu quyền tác giả: ")[1] == "Bà " + person.holder_name
    assert [len(doc.issuer) for doc in docs] == [3, 2] and {doc.place for doc in docs} == {"TP. Hồ Chí Minh"}


def test_anninh_holder_is_the_establishment_never_the_person_answerable_for_security():
    docs = of("anninh")
    for doc in docs:
        assert doc.issuer[0].startswith("CÔNG AN TỈNH ") and "AN NINH, TRẬT TỰ" in " ".join(doc.title)
        assert not doc.subject and doc.valid_until is None
        k, holder = row(doc, "Tên cơ sở kinh doanh: ")
        assert holder == doc.holder_name and re.fullmatch(rf"Mã số (doanh nghiệp|thuế): {doc.holder_id}",
                                                          doc.body[k + 1])
        answerable = next(text for text in doc.body if "người chịu trách nhiệm về an ninh" in text.lower())
        person = re.search(r": (?:Ông|Bà) ([^;]+);", answerable).group(1)
        assert person != doc.holder_name and re.search(r"\d{12}", answerable).group() != doc.holder_id
    assert sorted(len(doc.title) for doc in docs) == [1, 2]


def test_giaoduc_holder_is_the_pupil_or_the_person_as_named_now():
    referral, correction = of("giaoduc")
    assert referral.title == ["GIẤY GIỚI THIỆU CHUYỂN TRƯỜNG"] and referral.subject == ["Cấp trung học cơ sở"]
    assert row(referral, "Học sinh: ")[1] == referral.holder_name
    assert row(referral, "Số định danh cá nhân: ")[1] == referral.holder_id
    parents = row(referral, "Con ông (bà): ")[1]
    assert referral.holder_name not in parents and len(parents.split(" và ")) == 2
    assert referral.valid_until is None and "trong thời hạn 15 ngày" in referral.body[-1]
    assert correction.subject == ["Về việc chỉnh sửa nội dung văn bằng"]
    named = article(correction).split(" cho ông ", 1)[1]
    assert named.startswith(correction.holder_name + ", sinh ngày ") and correction.holder_id in named
    before = row(correction, "- Nội dung ghi trên văn bằng: Họ và tên: ")[1].rstrip(";")
    after = row(correction, "- Nội dung sau khi chỉnh sửa: Họ và tên: ")[1].rstrip(".")
    assert after == correction.holder_name != before
    serial = re.search(r"số hiệu ([A-Z] \d{7})", article(correction)).group(1)
    assert serial.split()[1] not in (correction.number, correction.holder_id)
    for doc in (referral, correction):
        assert doc.issuer[-1] == "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"


def test_printed_lines_stay_inside_the_margins_and_apart():
    for doc in BLIND9:
        for number, items in enumerate(lay_out(doc)[0].pages):
            boxes = [(box(item), item.text) for item in items if isinstance(item, Run)]
            for (x0, y0, x1, y1), text in boxes:
                assert x0 >= 45 and y0 >= 30 and x1 <= A4[0] - 55 and y1 <= A4[1] - 40, (doc.slug, number, text)
            for (a, first), (b, second) in combinations(boxes, 2):
                wide, tall = min(a[2], b[2]) - max(a[0], b[0]), min(a[3], b[3]) - max(a[1], b[1])
                assert wide <= 0 or tall <= 0, (doc.slug, first, second)
                if abs(a[3] - b[3]) < 1 and not {"Kính gửi:"} & {first, second}:  # the two header columns
                    assert -wide >= 8, (doc.slug, first, second)
        issuer = [run for run in runs(doc) if run.text in doc.issuer]
        assert all(abs(box(run)[0] + box(run)[2] - 2 * LEFT_C) < 2 for run in issuer), doc.slug


def test_the_hand_comes_down_across_the_name_and_the_seal_over_the_position():
    """Where blind7's hand puts the signature, given blind8's aim, over many draws: with an aim the
    printed name sits inside the signature's height and in its upper three quarters most of the time;
    without, rarely; wherever blind7's offsets put the seal, lifted, it reaches 6 pt or more into the
    position's last line, its centre left of the line's middle."""
    for doc in BLIND9:
        assert_hand_and_seal_placed(doc)


def test_scan_pages_are_turned_as_the_docstring_says():
    assert {doc.slug: doc.turn for doc in BLIND9 if doc.turn} == {TWO_PAGES: (0.0, 90.0), TILTED: (-3.0,)}
    page = Image.new("RGB", (200, 300), (255, 255, 255))
    page.putpixel((5, 10), (0, 0, 0))  # a dot near the top left corner
    same, sideways = turned([page, page], (0.0, 90.0))
    assert same is page and sideways.size == (300, 200)
    assert sideways.getpixel((10, 200 - 1 - 5)) == (0, 0, 0)  # counterclockwise: the top left went bottom left
    page.paste((0, 0, 0), (149, 19, 152, 22))  # a dot near the top right corner, 50 right of and 130 above the centre
    tilted, untouched = turned([page, page], (-3.0,))
    assert tilted.size == page.size and untouched is page
    assert all(tilted.getpixel(corner) == PAPER for corner in ((0, 0), (199, 0), (0, 299), (199, 299)))
    grey = np.asarray(tilted.convert("L"), dtype=float)[:100, 100:]
    y, x = np.unravel_index(np.argmin(grey), grey.shape)
    t = np.radians(3)  # clockwise on the page: the dot goes right, and down a little
    assert abs(100 + x - (100 + 50 * np.cos(t) + 130 * np.sin(t) + 0.5)) <= 1.5
    assert abs(y - (150 + 50 * np.sin(t) - 130 * np.cos(t) + 0.5)) <= 1.5


def test_the_written_files_open_with_their_truth(written):
    out, paths = written
    assert [path.name for path in paths] == [f"{TWO_PAGES}-scan.pdf", f"{PHOTO}-photo.jpg"]
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
                upright, sideways = (pdf.extract_image(page.get_images()[0][0]) for page in pdf)
                assert upright["width"] > 2400 and upright["height"] > upright["width"]
                assert sideways["width"] > sideways["height"] > 2400 and pdf[1].rect.width > pdf[1].rect.height
            assert truth["dpi"] == 300
            continue
        with Image.open(path) as photo:
            assert photo.format == "JPEG" and 940 <= max(photo.size) <= 1760 and "dpi" not in photo.info
            rgb = np.asarray(photo.convert("RGB"), dtype=int)
        assert truth["dpi"] is None  # an odd-numbered document: their photos keep no DPI
        r, g, b = np.moveaxis(rgb, -1, 0)
        assert ((b > r + 50) & (b > g + 30)).sum() > 100 and ((r > g + 60) & (r > b + 40)).sum() > 300
    one_page = [k for k, doc in enumerate(BLIND9) if doc.slug != TWO_PAGES]
    assert 4 <= sum(k % 2 == 1 for k in one_page) <= 6  # the full set: half the photos without a DPI


def _pixels(out, doc: Doc9, page: int) -> np.ndarray:
    """The scan page's pixels as printed: a page fed sideways turned back upright."""
    with pymupdf.open(out / "scans" / f"{doc.slug}-scan.pdf") as pdf:
        data = pdf.extract_image(pdf[page].get_images()[0][0])["image"]
    pixels = np.asarray(Image.open(io.BytesIO(data)).convert("RGB"), dtype=int)
    return np.rot90(pixels, k=-round(doc.turn[page] / 90)) if page < len(doc.turn) else pixels


def _count(mask: np.ndarray, left: float, top: float, right: float, bottom: float) -> int:
    return int(mask[round(top * K):round(bottom * K), round(left * K):round(right * K)].sum())


def test_signature_seal_and_pen_are_inked_where_the_layout_puts_them(written):
    out, _ = written
    doc = doc_named(TWO_PAGES)
    _, _, hand, _ = lay_out(doc)
    last, name, signer = signer_runs(doc)
    colours = {}
    for page in (0, 1):
        pixels = _pixels(out, doc, page)
        assert pixels.shape[:2] == (round(A4[1] * K), round(A4[0] * K))  # upright again
        r, g, b = np.moveaxis(pixels, -1, 0)
        colours[page] = (b > r + 60) & (b > g + 40), (r > g + 80) & (r > b + 60)
    blue, red = colours[0]
    for _, hx, hy, _text in hand:  # the number and the day, written into the blanks on page 1
        assert _count(blue, hx - 30, hy - 26, hx + 30, hy + 8) > 150
    assert int(red.sum()) == 0 and _count(blue, 40, 200, A4[0] - 40, A4[1] - 40) == 0
    blue, red = colours[1]
    x = signer[1]
    assert _count(blue, x - 110, last.y - 20, x + 110, name.y + 40) > 1500  # the signature
    assert _count(blue, 40, 40, A4[0] - 40, last.y - 25) == 0  # nothing else blue on the page
    assert _count(blue, *box(name)) > 40  # across the printed name
    seal = _count(red, x - 150, signer[2] - 110, x + 10, signer[2] + 40)
    assert seal > 5000 and _count(red, x + 20, signer[2] - 110, A4[0] - 40, signer[2] + 40) < 0.05 * seal
    x0, y0, _, y1 = box(last)
    assert _count(red, x0, y0, x0 + 30, y1) > 40  # over the position's last line, at its left end

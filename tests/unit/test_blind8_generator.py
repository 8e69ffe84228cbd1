"""Blind set 8 (samples/blind8.py) is measured by benchmarks/fields.py only, never used to change a rule.
These check the generator, cheaply: every family is drawn as its docstring says and the truth follows
the stated conventions and the printed text, for all twelve documents through ``lay_out`` alone; the
signature and the seal land where the layout and the document's ``aim`` and ``lift`` put them; and
only two files (three pages) are actually rendered, the two-page scan with its pen, signature and seal
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
from blind_layout import DMY, article, assert_hand_and_seal_placed, box, iso, lay_out, row, runs, signer_runs
from helpers import ROOT
from PIL import Image

sys.path.insert(0, str(ROOT / "samples"))
from blind2 import BLIND2
from blind3 import BLIND3
from blind4 import BLIND4
from blind5 import BLIND5, LEFT_C
from blind6 import BLIND6
from blind7 import BLIND7, HANDS
from blind8 import BLIND8, FAMILIES, LEVELS, Doc8, make_blind8
from make_samples import A4, Run

from tthc_digitize.extract.identifiers import cccd_ok, tax_code_ok

BEFORE = (*BLIND2, *BLIND3, *BLIND4, *BLIND5, *BLIND6, *BLIND7)

K = 300 / 72  # scan pixels per point
TWO_PAGES = "qd-boi-thuong-hai-trang-phu-my"  # also the one numbered and dated by hand
PHOTO = "qd-xu-phat-to-chuc-xay-dung-ha-tinh"


def of(name: str) -> list[Doc8]:
    return [doc for doc in BLIND8 if doc.family == name]


def doc_named(slug: str) -> Doc8:
    return next(doc for doc in BLIND8 if doc.slug == slug)


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    """Two files only, drawn as in the measured set (same seeds, same DPI), to keep this module cheap:
    the two-page document's scan and one JPEG photo. All 24 files take well over a minute."""
    out = tmp_path_factory.mktemp("blind8")
    return out, make_blind8(out, levels=("scan",), only={TWO_PAGES}) + make_blind8(out, levels=("photo",), only={PHOTO})


def test_twelve_documents_in_six_families_named_unlike_any_earlier_set():
    assert len(FAMILIES) == 6 and [len(of(name)) for name in FAMILIES] == [2] * 6 and len(BLIND8) == 12
    assert len({doc.slug for doc in BLIND8}) == len({doc.signer_name for doc in BLIND8}) == 12
    assert {doc.hand for doc in BLIND8} == set(HANDS) and LEVELS == ("scan", "photo")
    assert not {doc.family for doc in BLIND8} & {doc.family for doc in BEFORE}
    facets = {"slug": lambda d: d.slug, "place": lambda d: d.place, "issuer": lambda d: tuple(d.issuer),
              "signer": lambda d: d.signer_name, "number": lambda d: d.number, "date": lambda d: d.issued,
              "holder": lambda d: d.holder_name, "id": lambda d: d.holder_id}
    for facet, key in facets.items():
        ours, theirs = {key(d) for d in BLIND8} - {None}, {key(d) for d in BEFORE}
        assert not ours & theirs, (facet, ours & theirs)
    people = ({d.signer_name for d in BEFORE} | {d.holder_name for d in BEFORE}) - {None}
    assert not {d.holder_name for d in BLIND8} & people and not {d.signer_name for d in BLIND8} & people


def test_dates_check_digits_and_personal_numbers_are_real():
    for doc in BLIND8:
        assert DMY.fullmatch(doc.date_text) and iso(doc.date_text) == doc.issued, doc.slug
        issued = date.fromisoformat(doc.issued)
        assert 2018 <= issued.year <= 2023 and issued.weekday() < 5, doc.slug
        page = lay_out(doc)[0]
        text = " ".join(line for texts in page.truth for line in texts)
        for digits, valid in ((10, tax_code_ok), (12, cccd_ok)):  # every tax code and personal number printed
            assert all(valid(found) for found in re.findall(rf"(?<!\d)\d{{{digits}}}(?!\d)", text)), doc.slug
        if doc.holder_id:
            check = {"tax_code": tax_code_ok, "cccd": cccd_ok}[doc.holder_id_type]
            assert doc.holder_id in text and check(doc.holder_id), doc.slug
        body = " ".join(doc.body)
        for born in re.finditer(r"(?:năm sinh|sinh ngày):? \d{1,2}/\d{1,2}/(\d{4})", body):
            following = re.search(r"(?<!\d)\d{12}(?!\d)", body[born.end():])  # the person's CCCD comes next
            assert following and cccd_ok(following.group(), int(born.group(1))), doc.slug


def test_valid_until_is_the_date_after_den_ngay_or_den_het_ngay():
    for doc in BLIND8:
        stated = [text for text in doc.body if re.search(r"có (giá trị|hiệu lực)", text)]
        dated = [re.split(r"đến (?:hết )?ngày", text, maxsplit=1)[1] for text in stated if "đến" in text]
        assert doc.valid_until == (iso(dated[0]) if dated else None), doc.slug
        if doc.valid_until:
            assert doc.valid_until > doc.issued and any("đến hết ngày" in text for text in stated), doc.slug
    assert sum(doc.valid_until is not None for doc in BLIND8) == 3
    assert any("nhiệm kỳ 2021 - 2024" in " ".join(doc.subject) for doc in of("congnhan"))


def test_pages_titles_numbers_and_signers_are_printed_as_the_truth_says():
    for doc in BLIND8:
        page, signer, hand, grids = lay_out(doc)
        assert len(page.pages) == (2 if doc.slug == TWO_PAGES else 1) and signer[0] == len(page.pages) - 1
        assert grids == []
        first, last = page.truth[0], page.truth[-1]
        assert doc.signer_name in last and all(line in last for line in doc.signer_position)
        assert all(line in first for line in doc.title + doc.subject)
        printed = [line for texts in page.truth for line in texts]
        assert doc.holder_name is None or any(doc.holder_name in line for line in printed), doc.slug
        fields = doc.fields()
        assert fields["organ_name"] == " ".join(doc.issuer) and fields["signer_full_name"] == doc.signer_name
        assert fields["type_name"] == (" ".join(doc.title) or "CÔNG VĂN")
        assert fields["subject"] == (" ".join(doc.subject) or None)
        rest = doc.date_text.split(" ", 1)[1]
        if doc.handwritten:
            assert sorted(text for *_, text in hand) == sorted([doc.number, doc.date_text.split()[0]])
            assert f"Số: {doc.blank}/{doc.notation}" in first and f"{doc.place}, ngày {doc.blank} {rest}" in first
            assert {n for n, *_ in hand} == {0}
        else:
            assert hand == [] and f"Số: {doc.number}/{doc.notation}" in first
            assert f"{doc.place}, ngày {doc.date_text}" in first
    assert [doc.slug for doc in BLIND8 if doc.handwritten] == [TWO_PAGES]


def test_signer_blocks_issuers_and_names_vary_as_the_docstring_says():
    marks = {doc.signer_position[0].split(" ", 1)[0] for doc in BLIND8}
    assert {"KT.", "TL.", "TM.", "Q."} <= marks
    assert {len(doc.signer_name.split()) for doc in BLIND8} == {2, 3, 4}
    stacked = [doc for doc in BLIND8 if "Đ" in doc.signer_name or any(  # a letter under a hat or horn and a tone
        sum(unicodedata.combining(mark) > 0 for mark in unicodedata.normalize("NFD", ch)) >= 2
        for ch in doc.signer_name)]
    assert len(stacked) >= 8
    parent_child = [doc for doc in BLIND8 if len(doc.issuer) >= 2 and doc.issuer[0] != "ỦY BAN NHÂN DÂN"]
    assert len(parent_child) >= 6 and sum(len(doc.issuer) == 3 for doc in BLIND8) == 4
    unsealed = [doc for doc in BLIND8 if doc.seal is None]
    assert [doc.signer_position[0] for doc in unsealed] == ["TL. CỤC TRƯỞNG"]
    assert sum(doc.aim != (0.0, 0.0) for doc in BLIND8) == 10 and len({doc.lift for doc in BLIND8}) >= 4
    assert all(len(doc.seal) <= 40 for doc in BLIND8 if doc.seal)  # the ring holds that many letters


def test_xuphat_holder_is_the_violator_never_the_officer_the_decider_or_the_representative():
    docs = of("xuphat")
    assert {doc.holder_id_type for doc in docs} == {"tax_code", "cccd"}
    for doc in docs:
        assert doc.title == ["QUYẾT ĐỊNH"] and doc.subject == ["Xử phạt vi phạm hành chính"]
        assert doc.notation == "QĐ-XPHC" and doc.valid_until is None
        k, holder = row(doc, "Tên tổ chức vi phạm: ", "Họ và tên: ")
        assert holder == doc.holder_name and "Xử phạt vi phạm hành chính đối với" in doc.body[k - 1]
        _, ident = row(doc, "Mã số doanh nghiệp: ", "Số định danh cá nhân: ")
        assert ident.split(";")[0] == doc.holder_id
        officer = re.search(r"Biên bản vi phạm hành chính số \S+ do (?:ông|bà) ([^,]+),", " ".join(doc.body)).group(1)
        decider = re.search(r"^Tôi: ([^;]+);", next(t for t in doc.body if t.startswith("Tôi: "))).group(1)
        assert decider == doc.signer_name and doc.holder_name not in (officer, decider)
        representative = re.search(r"Người đại diện theo pháp luật: (?:Ông|Bà) ([^;]+);", " ".join(doc.body))
        assert representative is None or representative.group(1) != doc.holder_name
    assert sum("Người đại diện theo pháp luật" in " ".join(doc.body) for doc in docs) == 1


def test_chungchi_takes_the_person_and_the_cccd_rows_never_the_certificate_code():
    docs = of("chungchi")
    assert sorted(len(doc.issuer) for doc in docs) == [2, 3]
    for doc in docs:
        assert " ".join(doc.title).startswith("CHỨNG CHỈ HÀNH NGHỀ") and doc.subject == []
        assert row(doc, "Ông (bà): ", "Họ và tên: ")[1] == doc.holder_name and doc.holder_id_type == "cccd"
        assert row(doc, "Số căn cước công dân: ", "Số định danh cá nhân: ")[1].split(";")[0] == doc.holder_id
        assert doc.valid_until is not None
    code = row(of("chungchi")[1], "Mã số chứng chỉ: ")[1]
    assert code not in (of("chungchi")[1].number, of("chungchi")[1].holder_id) and not re.fullmatch(r"\d+", code)


def test_boithuong_holder_is_the_first_person_after_cho_in_article_1_and_the_amounts_add_up():
    docs = of("boithuong")
    for doc in docs:
        assert doc.title == ["QUYẾT ĐỊNH"] and doc.subject[0].startswith("Về việc ") and doc.valid_until is None
        first = article(doc)
        named = re.sub(r"^(hộ )?(ông|bà) ", "", first.split(" cho ", 1)[1])
        assert named.startswith(doc.holder_name) and named[len(doc.holder_name)] in " ,("
        assert re.match(rf"\W*số căn cước công dân {doc.holder_id}", named[len(doc.holder_name):])
        k = doc.body.index(first)
        amounts = [int(re.search(r"([\d.]+) đồng", text).group(1).replace(".", "")) for text in doc.body[k + 1:]
                   if re.match(r"(\d\.|-) ", text)]
        total = re.search(r"(?:Tổng cộng: |tổng số tiền )([\d.]+) đồng", " ".join(doc.body)).group(1)
        assert len(amounts) >= 2 and sum(amounts) == int(total.replace(".", "")), doc.slug
    spouse = re.search(r"\) và (ông|bà) ([^,]+),", article(doc_named(TWO_PAGES)))
    assert spouse and spouse.group(2) != doc_named(TWO_PAGES).holder_name
    page, signer, _, _ = lay_out(doc_named(TWO_PAGES))
    motto = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert motto in page.truth[0] and motto not in page.truth[1] and page.truth[1][0] == "2" and signer[0] == 1
    body_on_two = [run for run in runs(doc_named(TWO_PAGES), 1)[1:] if run.y < signer[2] - 100 and run.x < A4[0] / 2]
    assert len(body_on_two) >= 3  # the end of the body came over with the signer


def test_hoptacxa_holder_is_the_named_cooperative_with_its_code_above_or_below_the_name():
    docs = of("hoptacxa")
    order = []
    for doc in docs:
        assert " ".join(doc.title).startswith("GIẤY CHỨNG NHẬN ĐĂNG KÝ") and " ".join(doc.title).endswith("HỢP TÁC XÃ")
        k, holder = row(doc, "Tên hợp tác xã: ", "Tên liên hiệp hợp tác xã: ")
        j, code = row(doc, "Mã số hợp tác xã: ", "Mã số liên hiệp hợp tác xã: ")
        assert holder == doc.holder_name and code == doc.holder_id and doc.holder_id_type == "tax_code"
        order.append(j < k)
        representative = row(doc, "Người đại diện theo pháp luật: ")[1]
        own = re.search(r"\d{12}", representative).group()
        assert own != doc.holder_id and doc.holder_name not in representative
    assert sorted(order) == [False, True]


def test_chapthuan_comes_from_three_line_ministry_offices_and_only_the_titled_approval_has_a_holder():
    docs = of("chapthuan")
    for doc in docs:
        assert len(doc.issuer) == 3 and doc.issuer[0].startswith("BỘ ") and len(doc.subject) == 2
    letter, approval = sorted(docs, key=lambda d: bool(d.title))
    assert letter.title == [] and letter.subject[0].startswith("V/v chấp thuận ") and len(letter.addressees) == 2
    assert letter.holder_name is letter.holder_id is letter.seal is None and letter.fields()["type_name"] == "CÔNG VĂN"
    assert letter.signer_position[0].startswith("TL. ")
    assert tax_code_ok(re.search(r"MST (\d{10})", " ".join(letter.addressees)).group(1))
    truth = lay_out(letter)[0].truth[0]
    assert truth.index(letter.subject[-1]) < truth.index("Kính gửi:")
    assert approval.title == ["VĂN BẢN CHẤP THUẬN"] and approval.subject[0][0].isupper()
    k, holder = row(approval, "Đơn vị được chấp thuận: ")
    assert holder == approval.holder_name and re.fullmatch(rf"\d\. Mã số doanh nghiệp: {approval.holder_id}",
                                                           approval.body[k + 1])


def test_congnhan_holder_is_the_body_recognised_in_article_1_never_a_listed_member():
    docs = of("congnhan")
    assert sorted(doc.signer_position[0] for doc in docs) == ["KT. CHỦ TỊCH", "Q. GIÁM ĐỐC"]
    for doc in docs:
        assert doc.title == ["QUYẾT ĐỊNH"] and doc.subject[0].startswith("Về việc công nhận ")
        assert article(doc).removeprefix("Điều 1. Công nhận ").split(",")[0] == doc.holder_name
        assert doc.holder_id is doc.holder_id_type is doc.valid_until is None
        members = [re.match(r"\d\. (?:Ông|Bà) ([^,]+),", text).group(1) for text in doc.body
                   if re.match(r"\d\. (Ông|Bà) ", text)]
        assert len(members) >= 3 and doc.holder_name not in members


def test_printed_lines_stay_inside_the_margins_and_apart():
    for doc in BLIND8:
        for number, items in enumerate(lay_out(doc)[0].pages):
            boxes = [(box(item), item.text) for item in items if isinstance(item, Run)]
            for (x0, y0, x1, y1), text in boxes:
                assert x0 >= 45 and y0 >= 30 and x1 <= A4[0] - 55 and y1 <= A4[1] - 40, (doc.slug, number, text)
            for (a, first), (b, second) in combinations(boxes, 2):
                wide, tall = min(a[2], b[2]) - max(a[0], b[0]), min(a[3], b[3]) - max(a[1], b[1])
                assert wide <= 0 or tall <= 0, (doc.slug, first, second)
                if abs(a[3] - b[3]) < 1 and "Kính gửi:" not in (first, second):  # the two header columns
                    assert -wide >= 8, (doc.slug, first, second)
        subject = runs(doc)[[run.text for run in runs(doc)].index(doc.subject[0])] if doc.subject else None
        if subject is not None and not doc.title:  # a công văn's V/v under the number, in the issuer's column
            assert abs(box(subject)[0] + box(subject)[2] - 2 * LEFT_C) < 2


def test_the_hand_comes_down_across_the_name_and_the_seal_over_the_position():
    """Where blind7's hand puts the signature, given blind8's aim, over many draws: with an aim the
    printed name sits inside the signature's height and in its upper three quarters most of the time
    (blind7's own signature leaves it at its bottom edge); wherever blind7's offsets put the seal, lifted,
    it reaches 6 pt or more into the position's last line, its centre left of the line's middle."""
    for doc in BLIND8:
        assert_hand_and_seal_placed(doc)


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
                assert len(pdf) == pages and pdf.extract_image(pdf[0].get_images()[0][0])["width"] > 2400
            assert truth["dpi"] == 300
            continue
        with Image.open(path) as photo:
            assert photo.format == "JPEG" and 940 <= max(photo.size) <= 1760 and "dpi" not in photo.info
            rgb = np.asarray(photo.convert("RGB"), dtype=int)
        assert truth["dpi"] is None  # the set's first document: every other document's photo keeps no DPI
        r, g, b = np.moveaxis(rgb, -1, 0)
        assert ((b > r + 50) & (b > g + 30)).sum() > 100 and ((r > g + 60) & (r > b + 40)).sum() > 300
    one_page = [k for k, doc in enumerate(BLIND8) if doc.slug != TWO_PAGES]
    assert 4 <= sum(k % 2 == 0 for k in one_page) <= 6  # the full set: half the photos without a DPI


def _pixels(out, doc: Doc8, page: int) -> np.ndarray:
    with pymupdf.open(out / "scans" / f"{doc.slug}-scan.pdf") as pdf:
        data = pdf.extract_image(pdf[page].get_images()[0][0])["image"]
    return np.asarray(Image.open(io.BytesIO(data)).convert("RGB"), dtype=int)


def _count(mask: np.ndarray, left: float, top: float, right: float, bottom: float) -> int:
    return int(mask[round(top * K):round(bottom * K), round(left * K):round(right * K)].sum())


def test_signature_seal_and_pen_are_inked_where_the_layout_puts_them(written):
    out, _ = written
    doc = doc_named(TWO_PAGES)
    _, _, hand, _ = lay_out(doc)
    last, name, signer = signer_runs(doc)
    colours = {}
    for page in (0, 1):
        r, g, b = np.moveaxis(_pixels(out, doc, page), -1, 0)
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

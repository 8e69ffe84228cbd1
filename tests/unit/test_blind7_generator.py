"""Blind set 7 (samples/blind7.py) is measured by benchmarks/fields.py only, never used to change a rule.
These check the generator: every family is drawn as its docstring says, the truth follows the stated
conventions and the printed text, signatures, seals and pen strokes land where the layout puts them,
and each scan and photo is written and opens, with its truth file beside it."""

from __future__ import annotations

import io
import json
import re
import sys
from datetime import date
from itertools import combinations

import numpy as np
import pymupdf
import pytest
from helpers import ROOT
from PIL import Image

sys.path.insert(0, str(ROOT / "samples"))
from blind2 import BLIND2  # noqa: E402
from blind3 import BLIND3  # noqa: E402
from blind4 import BLIND4  # noqa: E402
from blind5 import BLIND5, LEFT_C  # noqa: E402
from blind6 import BLIND6  # noqa: E402
from blind7 import BLIND7, FAMILIES, HANDS, Doc7, _strokes, lay_out, make_blind7  # noqa: E402
from make_samples import A4, Run, width  # noqa: E402

from tthc_digitize.extract.identifiers import cccd_ok, tax_code_ok  # noqa: E402

BEFORE = (*BLIND2, *BLIND3, *BLIND4, *BLIND5, *BLIND6)
DMY = re.compile(r"(\d{1,2}) tháng (\d{1,2}) năm (\d{4})")
K = 300 / 72  # scan pixels per point
TWO_PAGES = "gcn-du-dieu-kien-duoc-hai-trang"


def of(name: str) -> list[Doc7]:
    return [doc for doc in BLIND7 if doc.family == name]


def iso(text: str) -> str:
    day, month, year = map(int, DMY.search(text).groups())
    return date(year, month, day).isoformat()


def lines(doc: Doc7, page: int = 0) -> list[Run]:
    return [item for item in lay_out(doc)[0].pages[page] if isinstance(item, Run)]


def box(run: Run) -> tuple[float, float, float, float]:
    """The run's ink box in points: left, top (ascenders), right, bottom (descenders)."""
    return run.x, run.y - 0.75 * run.size, run.x + width(run.text, run.font, run.size), run.y + 0.2 * run.size


def row(doc: Doc7, label: str) -> tuple[int, str]:
    """The first body paragraph with ``label`` (a leading "1. " allowed), and the text after it."""
    for k, text in enumerate(doc.body):
        found = re.match(rf"(?:\d\. )?{re.escape(label)}(.*)", text)
        if found:
            return k, found.group(1)
    raise AssertionError((doc.slug, label))


# Drawn as in the measured set (same seeds): a two-page document, the hand-written one, one with the
# signature across both the name and the position; photos of the two-page one and of one without a DPI.
# All twelve take a minute and a half; layout() checks the others.
SCANNED = {TWO_PAGES, "cv-viet-tay-van-phong-lai-chau", "qd-giao-dat-o-ho-ong-nghi-loc"}
PHOTOGRAPHED = {TWO_PAGES, "tb-vv-van-phong-dang-ky-dat-dai"}


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    out = tmp_path_factory.mktemp("blind7")
    return out, make_blind7(out, levels=("scan",), only=SCANNED) + make_blind7(out, levels=("photo",), only=PHOTOGRAPHED)


def test_twelve_documents_in_six_families_named_unlike_any_earlier_set():
    assert len(FAMILIES) == 6 and [len(of(name)) for name in FAMILIES] == [2] * 6 and len(BLIND7) == 12
    assert len({doc.slug for doc in BLIND7}) == len({doc.signer_name for doc in BLIND7}) == 12
    assert {doc.hand for doc in BLIND7} == set(HANDS)
    facets = {"place": lambda d: d.place, "issuer": lambda d: tuple(d.issuer), "signer": lambda d: d.signer_name,
              "number": lambda d: d.number, "date": lambda d: d.issued, "holder": lambda d: d.holder_name,
              "id": lambda d: d.holder_id}
    for facet, key in facets.items():
        ours, theirs = {key(d) for d in BLIND7} - {None}, {key(d) for d in BEFORE}
        assert not ours & theirs, (facet, ours & theirs)


def test_dates_check_digits_and_personal_numbers_are_real():
    for doc in BLIND7:
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
        born = re.search(r"năm sinh: \d\d/\d\d/(\d\d)(\d\d)", text)
        if born:  # the century-and-sex digit agrees with the century, then the year's last two digits
            century, year = born.groups()
            assert int(doc.holder_id[3]) // 2 == int(century) - 19 and doc.holder_id[4:6] == year, doc.slug


def test_valid_until_is_the_date_after_den_ngay_in_the_validity_sentence():
    for doc in BLIND7:
        stated = [text for text in doc.body if re.search(r"hiệu lực|giá trị sử dụng|thời hạn sử dụng đất", text)]
        dated = [text.rsplit("đến ngày", 1)[1] for text in stated if "đến ngày" in text]
        assert doc.valid_until == (iso(dated[0]) if dated else None), doc.slug
    assert sum(doc.valid_until is not None for doc in BLIND7) == 4


def test_pages_titles_numbers_and_signers_are_printed_as_the_truth_says():
    for doc in BLIND7:
        page, signer, hand, grids = lay_out(doc)
        assert len(page.pages) == (2 if doc.slug == TWO_PAGES else 1) and signer[0] == len(page.pages) - 1
        assert grids == []
        first, last = page.truth[0], page.truth[-1]
        assert doc.signer_name in last and all(line in last for line in doc.signer_position)
        assert all(line in first for line in doc.title + doc.subject)
        fields = doc.fields()
        assert fields["organ_name"] == " ".join(doc.issuer)
        assert fields["type_name"] == (" ".join(doc.title) or "CÔNG VĂN")
        assert fields["subject"] == (" ".join(doc.subject) or None)
        rest = doc.date_text.split(" ", 1)[1]
        if doc.handwritten:
            assert sorted(text for *_, text in hand) == sorted([doc.number, doc.date_text.split()[0]])
            assert f"Số: {doc.blank}/{doc.notation}" in first and f"{doc.place}, ngày {doc.blank} {rest}" in first
        else:
            assert hand == [] and f"Số: {doc.number}/{doc.notation}" in first
            assert f"{doc.place}, ngày {doc.date_text}" in first
    assert [doc.slug for doc in BLIND7 if doc.handwritten] == ["cv-viet-tay-van-phong-lai-chau"]


def test_capphep_names_the_permitted_organisation_on_its_row_with_the_enterprise_code_under_it():
    docs = of("capphep")
    assert sorted(len(doc.subject) for doc in docs) == [0, 1]
    for doc in docs:
        assert doc.title[0].startswith("GIẤY PHÉP ") and doc.issuer[-1].startswith("SỞ ")
        k, holder = row(doc, "Tên tổ chức được cấp phép: ")
        assert holder == doc.holder_name and holder.startswith("Công ty ")
        assert re.fullmatch(rf"(\d\. )?Mã số doanh nghiệp: {doc.holder_id}", doc.body[k + 1])
        assert doc.holder_id_type == "tax_code" and doc.valid_until > doc.issued


def test_hotich_takes_the_person_from_the_name_row_not_the_parents_or_the_spouse():
    docs = of("hotich")
    assert {tuple(doc.signer_position) for doc in docs} == {
        ("CÔNG CHỨC TƯ PHÁP - HỘ TỊCH",), ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")}
    assert {doc.title[0] for doc in docs} == {"TRÍCH LỤC KHAI SINH", "GIẤY XÁC NHẬN TÌNH TRẠNG HÔN NHÂN"}
    for doc in docs:
        assert re.match(r"(UBND )?XÃ ", doc.issuer[-1]) and doc.holder_id_type == "cccd"
        assert row(doc, "Họ, chữ đệm, tên: ")[1] == doc.holder_name
        assert row(doc, "Số định danh cá nhân: ")[1] == doc.holder_id
        assert row(doc, "Ngày, tháng, năm sinh: ")
        others = re.findall(r"(?:tên người (?:mẹ|cha): |với bà )([^;,]+)", " ".join(doc.body))
        assert others and doc.holder_name not in others


def test_datdai_holder_is_the_first_person_after_cho_in_article_1():
    for doc in of("datdai"):
        assert doc.title == ["QUYẾT ĐỊNH"] and doc.subject[0].startswith("Về việc giao đất ")
        article = next(text for text in doc.body if text.startswith("Điều 1. "))
        named = re.sub(r"^(hộ )?(ông|bà) ", "", article.split(" cho ", 1)[1])
        assert named.startswith(doc.holder_name) and named[len(doc.holder_name)] in " ,("
        assert re.match(rf"\W*số căn cước công dân {doc.holder_id}", named[len(doc.holder_name):])
        spouse = re.search(r"\) và (?:ông|bà) |, và (?:ông|bà) ", article)
        assert spouse and doc.holder_name not in article[spouse.end():spouse.end() + 30]
    assert {re.search(r" cho (hộ ông|bà) ", next(t for t in d.body if t.startswith("Điều 1."))).group(1)
            for d in of("datdai")} == {"hộ ông", "bà"}


def test_xaydung_prints_the_number_under_the_issuer_or_centred_under_the_title():
    docs = of("xaydung")
    assert sorted(doc.number_under_title for doc in docs) == [False, True]
    for doc in docs:
        assert doc.title == ["GIẤY PHÉP XÂY DỰNG"] and doc.notation == "GPXD"
        assert "nhà ở riêng lẻ" in doc.subject[0].lower()
        assert re.search(rf"Cấp cho: (Ông|Bà) {doc.holder_name}$", doc.body[row(doc, "Cấp cho: ")[0]])
        runs = lines(doc)
        number = next(run for run in runs if run.text == f"Số: {doc.number}/{doc.notation}")
        title = next(run for run in runs if run.text == doc.title[0])
        subject = next(run for run in runs if run.text == doc.subject[0])
        centre = (box(number)[0] + box(number)[2]) / 2
        if doc.number_under_title:
            assert abs(centre - A4[0] / 2) < 1 and title.y < number.y < subject.y
            truth = lay_out(doc)[0].truth[0]
            assert truth.index(doc.title[0]) + 1 == truth.index(number.text) == truth.index(doc.subject[0]) - 1
        else:
            assert abs(centre - LEFT_C) < 1 and number.y < title.y
    texts = " ".join(" ".join(doc.body) for doc in docs)
    designer = re.search(r"mã số doanh nghiệp (\d{10})", texts).group(1)
    assert designer not in {doc.holder_id for doc in docs}


def test_kinhdoanh_holder_is_the_establishment_on_its_row_and_one_runs_onto_a_second_page():
    docs = of("kinhdoanh")
    assert {doc.issuer[-1] for doc in docs} == {"SỞ Y TẾ", "SỞ CÔNG THƯƠNG"}
    assert sorted(len(lay_out(doc)[0].pages) for doc in docs) == [1, 2]
    for doc in docs:
        assert " ".join(doc.title).startswith("GIẤY CHỨNG NHẬN ĐỦ ĐIỀU KIỆN") and doc.subject == []
        k, holder = next((k, text.split(": ", 1)[1]) for k, text in enumerate(doc.body)
                         if text.startswith(("Cơ sở: ", "Chứng nhận: ")))
        assert holder == doc.holder_name and doc.body[k + 1] == f"Mã số thuế: {doc.holder_id}"
        assert re.search(r"(Dược sĩ|Ông) ", " ".join(doc.body[k + 2:]))  # a person named, never the holder
    page, signer, _, _ = lay_out(next(doc for doc in docs if doc.slug == TWO_PAGES))
    motto = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert motto in page.truth[0] and motto not in page.truth[1]
    assert page.truth[1][0] == "2" and signer[0] == 1
    body_on_two = [run for run in lines(docs[0], 1)[1:] if run.y < signer[2] - 100 and run.x < A4[0] / 2]
    assert len(body_on_two) >= 3  # the end of the body came over with the signer


def test_vanphong_has_two_line_vv_subjects_addressees_and_no_holder():
    docs = of("vanphong")
    assert sorted(" ".join(doc.title) for doc in docs) == ["", "THÔNG BÁO"]
    for doc in docs:
        assert any("VĂN PHÒNG" in line for line in doc.issuer) and len(doc.subject) == 2
        assert doc.subject[0].startswith("V/v ") and len(doc.addressees) >= 2
        assert doc.holder_name is doc.holder_id is doc.valid_until is None
        truth = lay_out(doc)[0].truth[0]
        assert "Kính gửi:" in truth and truth.index(doc.subject[-1]) < truth.index("Kính gửi:")
    assert of("vanphong")[0].handwritten and of("vanphong")[0].seal is None


def test_printed_lines_stay_inside_the_margins_and_apart():
    for doc in BLIND7:
        for number, items in enumerate(lay_out(doc)[0].pages):
            boxes = [(box(item), item.text) for item in items if isinstance(item, Run)]
            for (x0, y0, x1, y1), text in boxes:
                assert x0 >= 45 and y0 >= 30 and x1 <= A4[0] - 55 and y1 <= A4[1] - 40, (doc.slug, number, text)
            for (a, first), (b, second) in combinations(boxes, 2):
                wide, tall = min(a[2], b[2]) - max(a[0], b[0]), min(a[3], b[3]) - max(a[1], b[1])
                assert wide <= 0 or tall <= 0, (doc.slug, first, second)
                if abs(a[3] - b[3]) < 1 and "Kính gửi:" not in (first, second):  # the two header columns
                    assert -wide >= 8, (doc.slug, first, second)


def test_each_hand_draws_a_signature_of_its_own_shape():
    rng = np.random.default_rng(7)
    for hand in HANDS:
        strokes = _strokes(hand, rng)
        points = np.vstack(strokes)
        assert points.min() > -0.1 and points.max() < 1.2, hand
        assert np.ptp(points[:, 0]) > 0.7 and np.ptp(points[:, 1]) > 0.5, hand
        backwards = sum(int((np.diff(stroke[:, 0]) < 0).sum()) for stroke in strokes)
        flat = [s for s in strokes[1:] if np.ptp(s[:, 0]) > 0.3 and np.ptp(s[:, 1]) < 0.15]  # an underline
        slash = [s for s in strokes[1:] if np.ptp(s[:, 0]) > 0.75 and np.ptp(s[:, 1]) > 0.3]  # one stroke across
        assert {"loops": len(strokes) == 1 and backwards > 40, "scribble": len(strokes) == 2 and slash,
                "underline": 2 <= len(strokes) <= 3 and flat, "flourish": len(strokes) == 1}[hand], hand


def test_every_scan_and_photo_is_written_with_its_truth(written):
    out, paths = written
    assert sorted(path.stem for path in paths) == sorted([f"{slug}-scan" for slug in SCANNED]
                                                         + [f"{slug}-photo" for slug in PHOTOGRAPHED])
    docs = {doc.slug: doc for doc in BLIND7}
    no_dpi = set()
    for path in paths:
        slug, level = path.stem.rsplit("-", 1)
        doc, pages = docs[slug], 2 if slug == TWO_PAGES else 1
        truth = json.loads((out / "truth" / f"{path.stem}.json").read_text(encoding="utf-8"))
        assert list(truth) == ["file", "pages", "level", "family", "dpi", "handwritten", "fields"]
        assert [truth["file"], truth["pages"], truth["level"], truth["family"]] == [path.name, pages, level, doc.family]
        assert truth["fields"] == doc.fields() and truth["handwritten"] == list(doc.handwritten)
        assert all(truth["fields"][key] for key in ("organ_name", "code_number", "code_notation", "issued_date",
                                                    "place", "type_name", "signer_position", "signer_full_name"))
        if level == "scan" or pages == 2:
            assert path.suffix == ".pdf"
            with pymupdf.open(path) as pdf:
                assert len(pdf) == pages
                side = pdf.extract_image(pdf[0].get_images()[0][0])["width"]
                assert side > 2400 if level == "scan" else 500 < side < 1500
            assert truth["dpi"] == 300 if level == "scan" else 70 <= truth["dpi"] <= 150
            continue
        with Image.open(path) as photo:
            assert photo.format == "JPEG" and 940 <= max(photo.size) <= 1760
            assert ("dpi" in photo.info) == (truth["dpi"] is not None)
        if truth["dpi"] is None:
            no_dpi.add(slug)
        else:
            assert 70 <= truth["dpi"] <= 150
    assert no_dpi == {"tb-vv-van-phong-dang-ky-dat-dai"}  # every other document's photo, as in the whole set


def _pixels(out, doc: Doc7, page: int) -> np.ndarray:
    with pymupdf.open(out / "scans" / f"{doc.slug}-scan.pdf") as pdf:
        data = pdf.extract_image(pdf[page].get_images()[0][0])["image"]
    return np.asarray(Image.open(io.BytesIO(data)).convert("RGB"), dtype=int)


def _count(mask: np.ndarray, left: float, top: float, right: float, bottom: float) -> int:
    return int(mask[round(top * K):round(bottom * K), round(left * K):round(right * K)].sum())


def test_signatures_seals_and_pen_are_inked_where_the_layout_puts_them(written):
    out, _ = written
    crossed = {"name": 0, "position": 0}
    for doc in (doc for doc in BLIND7 if doc.slug in SCANNED):
        page, signer, hand, _ = lay_out(doc)
        r, g, b = np.moveaxis(_pixels(out, doc, signer[0]), -1, 0)
        blue, red = (b > r + 60) & (b > g + 40), (r > g + 80) & (r > b + 60)
        runs = [item for item in page.pages[signer[0]] if isinstance(item, Run)]
        name = next(run for run in runs if run.text == doc.signer_name)
        last = next(run for run in runs if run.text == doc.signer_position[-1])
        x = signer[1]
        assert _count(blue, x - 110, last.y - 20, x + 110, name.y + 15) > 1500, doc.slug  # the signature
        assert _count(blue, 40, 40, A4[0] - 40, last.y - 25) == 0 or doc.handwritten, doc.slug  # nothing else blue
        crossed["name"] += _count(blue, *box(name)) > 40
        crossed["position"] += _count(blue, *box(last)) > 40
        seal = _count(red, x - 150, signer[2] - 110, x + 10, signer[2] + 40)
        assert seal > 5000 if doc.seal else seal == 0, doc.slug  # over the block's left part
        assert _count(red, x + 20, signer[2] - 110, A4[0] - 40, signer[2] + 40) < 0.05 * max(seal, 1), doc.slug
        for _, hx, hy, _text in hand:
            assert _count(blue, hx - 30, hy - 26, hx + 30, hy + 8) > 150, doc.slug
    assert crossed == {"name": 1, "position": 3}, crossed  # of the whole set's twelve: 8 and 6

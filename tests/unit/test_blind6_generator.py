"""Blind set 6 (samples/blind6.py) is measured by benchmarks/fields.py only, never used to change a rule.
These check the generator: each family is laid out as its docstring says, the truth is what is drawn,
and every scan and photo is written, readable, with its truth file beside it."""

from __future__ import annotations

import io
import json
import re
import sys
from datetime import date
from itertools import combinations, pairwise

import numpy as np
import pymupdf
import pytest
from helpers import ROOT
from PIL import Image, ImageDraw

sys.path.insert(0, str(ROOT / "samples"))
from blind2 import BLIND2, _photo  # noqa: E402
from blind3 import BLIND3  # noqa: E402
from blind4 import BLIND4  # noqa: E402
from blind5 import BLIND5  # noqa: E402
from blind6 import BLIND6, FAMILIES, Doc6, _harsh, harsh_dpi, lay_out, make_blind6  # noqa: E402
from make_samples import A4, PAPER, Run, width  # noqa: E402

from tthc_digitize.extract.identifiers import cccd_ok, tax_code_ok  # noqa: E402

EARLIER = [*BLIND2, *BLIND3, *BLIND4, *BLIND5]
DAY_MONTH_YEAR = re.compile(r"(\d{1,2}) tháng (\d{1,2}) năm (\d{4})")
PX = 300 / 72  # scan pixels per point


def family(name: str) -> list[Doc6]:
    return [doc for doc in BLIND6 if doc.family == name]


def runs(doc: Doc6) -> list[Run]:
    page, *_ = lay_out(doc)
    return [item for item in page.pages[0] if isinstance(item, Run)]


def run_box(run: Run, margin: float = 0.0) -> tuple[float, float, float, float]:
    """left, top, right, bottom in points"""
    return (run.x - margin, run.y - 0.75 * run.size - margin, run.x + width(run.text, run.font, run.size) + margin,
            run.y + 0.2 * run.size + margin)


# Drawn as in the measured set (same seeds): scans with a stamped and an unstamped corner, a table and
# hand-written blanks; both harsh photos (one with a DPI, one without). All 24 files take a minute.
SCANNED = {"sao-y-gp-lu-hanh-noi-dia", "mau02-gp-trang-thong-tin-dien-tu", "bc-ket-qua-dang-ky-doanh-nghiep",
           "qd-dieu1-viet-tay-khai-thac-cat"}
PHOTOGRAPHED = {"qd-chuyen-muc-dich-dat-anh-toi", "tb-dieu-chinh-tien-do-anh-toi"}


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    out = tmp_path_factory.mktemp("blind6")
    return out, make_blind6(out, levels=("scan",), only=SCANNED) + make_blind6(out, levels=("photo",), only=PHOTOGRAPHED)


def test_six_families_of_two_documents_unlike_the_earlier_sets():
    assert len(FAMILIES) == 6 and all(len(family(name)) == 2 for name in FAMILIES) and len(BLIND6) == 12
    assert len({doc.slug for doc in BLIND6}) == 12
    for key in (lambda d: d.place, lambda d: tuple(d.issuer), lambda d: d.signer_name, lambda d: d.number,
                lambda d: d.issued, lambda d: d.holder_id, lambda d: d.holder_name):
        ours = {key(doc) for doc in BLIND6} - {None}
        assert not ours & {key(doc) for doc in EARLIER}, ours & {key(doc) for doc in EARLIER}


def test_dates_and_identifiers_are_real():
    for doc in BLIND6:
        day, month, year = map(int, DAY_MONTH_YEAR.fullmatch(doc.date_text).groups())
        assert date(year, month, day).isoformat() == doc.issued and 2018 <= year <= 2023, doc.slug
        assert date(year, month, day).weekday() < 5, doc.slug  # issued on a working day
        text = " ".join(lay_out(doc)[0].truth[0])
        if doc.holder_id is not None:
            assert {"tax_code": tax_code_ok, "cccd": cccd_ok}[doc.holder_id_type](doc.holder_id), doc.slug
            assert doc.holder_id in text
        for code in re.findall(r"(?<!\d)\d{10}(?!\d)", text):
            assert tax_code_ok(code), (doc.slug, code)
        for number in re.findall(r"(?<!\d)\d{12}(?!\d)", text):
            assert cccd_ok(number), (doc.slug, number)
            born = re.search(r"Ngày sinh: \d{1,2}/\d{1,2}/(\d{4})", text)
            if born:  # the century and gender digit, then the year of birth
                assert number[3] in "01" and number[4:6] == born.group(1)[2:], doc.slug


def test_every_document_fits_one_page_with_its_number_and_date_printed_or_written():
    hand_docs = [doc for doc in BLIND6 if doc.handwritten]
    assert [doc.family for doc in hand_docs] == ["quyetdinh2"]
    for doc in BLIND6:
        page, signer, hand, grids = lay_out(doc)
        printed = page.truth[0]
        assert len(page.pages) == 1 and signer[0] == 0
        assert doc.signer_name in printed and all(line in printed for line in doc.signer_position)
        assert all(line in printed for line in doc.title + doc.subject)
        fields = doc.fields()
        assert fields["organ_name"] == " ".join(doc.issuer) and fields["type_name"] == " ".join(doc.title)
        assert fields["subject"] == (" ".join(doc.subject) or None)
        if doc.handwritten:
            day = doc.date_text.split()[0]
            assert sorted(text for *_, text in hand) == sorted([doc.number, day])
            assert f"Số: {doc.blank}/{doc.notation}" in printed and f"{doc.number}/{doc.notation}" not in printed
            assert f"{doc.place}, ngày {doc.blank} {doc.date_text.split(' ', 1)[1]}" in printed
        else:
            assert hand == [] and f"Số: {doc.number}/{doc.notation}" in printed
            assert f"{doc.place}, ngày {doc.date_text}" in printed
        assert (doc.table is not None) == (doc.family == "baocao") == bool(grids)


def test_chungthuc_names_the_person_in_labelled_rows():
    docs = family("chungthuc")
    assert {doc.title[0] for doc in docs} == {"GIẤY CHỨNG NHẬN", "GIẤY XÁC NHẬN"}
    assert {tuple(doc.signer_position) for doc in docs} == {("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"),
                                                             ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")}
    for doc in docs:
        upper, commune = doc.issuer
        assert upper.startswith(("UBND HUYỆN ", "UBND THỊ XÃ ")) and commune.startswith(("UBND XÃ ", "UBND PHƯỜNG "))
        assert f"Họ và tên: {doc.holder_name}" in doc.body and f"Số CCCD: {doc.holder_id}" in doc.body
        assert any(row.startswith("Ngày sinh: ") for row in doc.body) and doc.holder_id_type == "cccd"


def test_hokinhdoanh_holder_is_the_household_business_not_its_owner():
    docs = family("hokinhdoanh")
    assert sorted(len(doc.title) for doc in docs) == [1, 2]
    for doc in docs:
        assert doc.fields()["type_name"] == "GIẤY CHỨNG NHẬN ĐĂNG KÝ HỘ KINH DOANH" and doc.fields()["subject"] is None
        assert doc.issuer[-1] == "PHÒNG TÀI CHÍNH - KẾ HOẠCH" and doc.notation.startswith("GCN-")
        assert doc.holder_name.startswith("Hộ kinh doanh ") and doc.holder_id_type == "tax_code"
        named = next(k for k, row in enumerate(doc.body) if row.endswith(f"Tên hộ kinh doanh: {doc.holder_name}"))
        assert doc.body[named + 1].endswith(f": {doc.holder_id}")
        owner = next(row for row in doc.body if "Chủ hộ kinh doanh: " in row).split(": ", 1)[1]
        assert owner and owner not in doc.holder_name


def test_quyetdinh2_names_the_holder_first_in_article_1():
    for doc in family("quyetdinh2"):
        assert doc.title == ["QUYẾT ĐỊNH"] and 2 <= len(doc.subject) <= 3 and doc.subject[0].startswith("Về việc ")
        article = next(k for k, row in enumerate(doc.body) if row.startswith("Điều 1. "))
        assert f"cho {doc.holder_name}, mã số doanh nghiệp {doc.holder_id}, địa chỉ " in doc.body[article]
        assert not any(doc.holder_name in text for text in doc.body[:article] + doc.subject)
    assert sorted(len(doc.subject) for doc in family("quyetdinh2")) == [2, 3]


def test_baocao_has_a_table_between_paragraphs_and_the_recipients_beside_the_signer():
    docs = family("baocao")
    assert sorted(doc.title[0] for doc in docs) == ["BÁO CÁO", "TỜ TRÌNH"]
    for doc in docs:
        assert doc.subject[0].startswith(("Về ", "Kết quả ")) and doc.holder_name is doc.holder_id is None
        assert re.fullmatch(r"\d\d tháng \d\d năm \d{4}", doc.date_text)
        page, _, _, grids = lay_out(doc)
        [(_, edges, top, bottom)] = grids
        assert edges[0] >= 80 and edges[-1] <= A4[0] - 55 and all(a < b for a, b in pairwise(edges))
        lines = [item for item in page.pages[0] if isinstance(item, Run)]
        cells = [run for run in lines if top < run.y < bottom]
        assert {run.text for run in cells} == {cell for row in doc.table.rows for cell in row if cell} | {
            heading for heading, _ in doc.table.columns}
        assert all(edges[0] < run.x and run_box(run)[2] < edges[-1] for run in cells)
        before = [run for run in lines if doc.body[doc.table_at - 1].endswith(run.text)]
        after = [run for run in lines if doc.body[doc.table_at].startswith(run.text) and run.x > 100]
        assert before[-1].y < top < bottom < after[0].y - after[0].size
        label = next(run for run in lines if run.text == "Nơi nhận:")
        heading = next(run for run in lines if run.text == doc.signer_position[0])
        assert abs(label.y - heading.y) < 2 and label.x < A4[0] / 2 < heading.x
        assert page.truth[0].index("Nơi nhận:") > page.truth[0].index(doc.table.columns[0][0])


def test_bansao_puts_one_line_above_the_header_that_no_field_holds():
    docs = family("bansao")
    assert sorted(doc.stamp for doc in docs) == [False, True]
    for doc in docs:
        page, *_ = lay_out(doc)
        lines = runs(doc)
        corner = next(run for run in lines if run.text == doc.corner)
        motto = next(run for run in lines if run.text == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        assert page.truth[0][0] == doc.corner and corner.x > A4[0] / 2
        assert all(run.y > corner.y + 20 for run in lines if run is not corner) and motto.y - corner.y >= 25
        assert not any(doc.corner in str(value) for value in doc.fields().values())
        if doc.stamp:
            assert doc.corner in ("SAO Y BẢN CHÍNH", "BẢN SAO")
        else:
            assert doc.corner.startswith("Mẫu số ") and corner.size < 12


def test_printed_lines_stay_on_the_page_and_apart():
    for doc in BLIND6:
        lines = runs(doc)
        boxes = [(run_box(run, 10 if doc.stamp and run.text == doc.corner else 0), run.text) for run in lines]
        for (x0, y0, x1, y1), text in boxes:
            assert x0 >= 40 and y0 >= 40 and x1 <= A4[0] - 55 and y1 <= A4[1] - 40, (doc.slug, text)
        for (a, a_text), (b, b_text) in combinations(boxes, 2):
            overlap = min(a[2], b[2]) - max(a[0], b[0]) > 0 and min(a[3], b[3]) - max(a[1], b[1]) > 0
            assert not overlap, (doc.slug, a_text, b_text)
            if abs(a[3] - b[3]) < 1:  # side by side on one line: table cells, the two header columns
                assert max(a[0], b[0]) - min(a[2], b[2]) >= 8, (doc.slug, a_text, b_text)


def test_every_scan_and_photo_is_written_with_its_truth(made):
    out, paths = made
    assert sorted(path.stem for path in paths) == sorted([f"{slug}-scan" for slug in SCANNED]
                                                         + [f"{slug}-photo" for slug in PHOTOGRAPHED])
    by_slug = {doc.slug: doc for doc in BLIND6}
    dpis = {}
    for path in paths:
        slug, level = path.stem.rsplit("-", 1)
        doc = by_slug[slug]
        truth = json.loads((out / "truth" / f"{path.stem}.json").read_text(encoding="utf-8"))
        assert list(truth) == ["file", "pages", "level", "family", "dpi", "handwritten", "fields"]
        assert (truth["file"], truth["pages"], truth["level"], truth["family"]) == (path.name, 1, level, doc.family)
        assert truth["fields"] == doc.fields() and truth["handwritten"] == list(doc.handwritten)
        needed = ("organ_name", "code_number", "code_notation", "issued_date", "place", "type_name", "signer_position",
                  "signer_full_name")
        assert all(truth["fields"][key] for key in needed)
        if level == "scan":
            assert path.suffix == ".pdf" and truth["dpi"] == 300
            with pymupdf.open(path) as pdf:
                assert len(pdf) == 1 and pdf.extract_image(pdf[0].get_images()[0][0])["width"] > 2400
            continue
        with Image.open(path) as photo:
            assert photo.format == "JPEG" and ("dpi" in photo.info) == (truth["dpi"] is not None)
            side = max(photo.size)
        dpis[doc.family, truth["dpi"] is None] = truth["dpi"]
        if doc.family == "photo2":  # harsher: 70-90 dpi
            assert 885 <= side <= 1136 and truth["dpi"] in (None, harsh_dpi(side)) and 70 <= harsh_dpi(side) <= 90
        else:
            assert 940 <= side <= 1760
    assert ("photo2", True) in dpis and ("photo2", False) in dpis


def _scan(out, doc: Doc6) -> np.ndarray:
    with pymupdf.open(out / "scans" / f"{doc.slug}-scan.pdf") as pdf:
        data = pdf.extract_image(pdf[0].get_images()[0][0])["image"]
    return np.asarray(Image.open(io.BytesIO(data)).convert("RGB"), dtype=int)


def _window(mask: np.ndarray, left: float, top: float, right: float, bottom: float) -> np.ndarray:
    """The scan's pixels inside a box given in points."""
    return mask[round(top * PX):round(bottom * PX), round(left * PX):round(right * PX)]


def test_stamps_seals_pen_and_table_rules_are_drawn_where_the_layout_puts_them(made):
    out, _ = made
    drawn = [doc for doc in BLIND6 if doc.slug in SCANNED]
    assert all(any(getattr(doc, facet) for doc in drawn) for facet in ("corner", "stamp", "seal", "handwritten"))
    for doc in drawn:
        pixels = _scan(out, doc)
        _, signer, hand, grids = lay_out(doc)
        r, g, b = np.moveaxis(pixels, -1, 0)
        red, blue = (r > g + 80) & (r > b + 60), (b > r + 60) & (b > g + 40)
        if doc.corner:  # the stamp in red ink around the words; the form code in black
            corner = next(run for run in runs(doc) if run.text == doc.corner)
            inked = _window(red, *run_box(corner, 14)).sum()
            assert inked > 2000 if doc.stamp else inked == 0, doc.slug
        for _, x, y, _text in hand:  # blue strokes in the blanks
            assert _window(blue, x - 30, y - 26, x + 30, y + 8).sum() > 150, doc.slug
        if doc.seal:
            x, y = signer[1] - 55, signer[2] - 30
            assert _window(red, x - 50, y - 50, x + 50, y + 50).sum() > 2000, doc.slug
        for _, edges, top, bottom in grids:  # a dark rule down every column edge
            for x in edges:
                dark = _window(pixels.sum(axis=-1) < 330, x - 12, top + 4, x + 12, bottom - 4)
                assert dark.any(axis=1).mean() > 0.95, (doc.slug, x)


def test_a_harsh_photo_is_more_tilted_and_has_a_shadow_band():
    page = Image.new("RGB", (round(A4[0] * PX / 2), round(A4[1] * PX / 2)), PAPER)  # 150 dpi: the photo is 1000 px
    ImageDraw.Draw(page).rectangle([30, 30, page.width - 30, page.height - 30], outline=0, width=20)
    for seed in (1, 2, 3):
        ordinary = np.asarray(_photo(page, np.random.default_rng(seed), 1000).convert("L"), dtype=float)
        harsh = np.asarray(_harsh(page, np.random.default_rng(seed), 1000).convert("L"), dtype=float)
        assert max(harsh.shape) == 1000

        def narrowing(img: np.ndarray) -> float:
            """The frame's width near the top over its width near the bottom, found from the middle out."""
            spans = []
            for row in (img[round(0.1 * len(img))], img[round(0.9 * len(img))]):
                mid = len(row) // 2
                spans.append(np.argmax(row[mid:] < 45) + np.argmax(row[:mid][::-1] < 45))
            return spans[0] / spans[1]

        assert narrowing(harsh) < 0.9 < narrowing(ordinary) + 0.06
        middle = harsh[round(0.15 * len(harsh)):round(0.85 * len(harsh)), harsh.shape[1] // 3:2 * harsh.shape[1] // 3]
        profile = middle.mean(axis=1)
        assert profile.min() < 0.75 * np.median(profile)

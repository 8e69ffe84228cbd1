"""Blind set 5 (samples/blind5.py) is measured by benchmarks/fields.py only (never a tuning set): this
checks that every family gives a readable scan and photo whose truth matches what was drawn."""

from __future__ import annotations

import io
import json
import re
import sys
from datetime import date

import numpy as np
import pymupdf
import pytest
from helpers import ROOT
from PIL import Image

sys.path.insert(0, str(ROOT / "samples"))
from blind2 import BLIND2  # noqa: E402
from blind3 import BLIND3  # noqa: E402
from blind4 import BLIND4  # noqa: E402
from blind5 import BLIND5, FAMILIES, LEVELS, lay_out, make_blind5  # noqa: E402
from make_samples import A4, Run, width  # noqa: E402

from tthc_digitize.extract.identifiers import cccd_ok, tax_code_ok  # noqa: E402

MONTH = re.compile(r"(\d{1,2}) tháng (\d{1,2}) năm (\d{4})")


# Drawn as in the measured set (same seeds): scans of a hand-written and a sealed document, photos of
# the hand-written one (no DPI) and of a three-page one (a PDF). All 24 files take a minute and a half.
SCANNED = {"tb-viet-tay-van-phong-cong-chung", "qd-tm-kt-cho-thue-dat-dien-mat-troi"}
PHOTOGRAPHED = {"tb-viet-tay-van-phong-cong-chung", "qd-3trang-bieu-dien-nghe-thuat"}


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    out = tmp_path_factory.mktemp("blind5")
    return out, make_blind5(out, levels=("scan",), only=SCANNED) + make_blind5(out, levels=("photo",), only=PHOTOGRAPHED)


def test_six_families_of_two_new_documents():
    assert sorted({d.family for d in BLIND5}) == sorted(FAMILIES) and len(FAMILIES) == 6
    assert all(sum(d.family == f for d in BLIND5) == 2 for f in FAMILIES)
    assert len({d.slug for d in BLIND5}) == len(BLIND5)
    earlier = [*BLIND2, *BLIND3, *BLIND4]
    assert not {d.place for d in BLIND5} & {d.place for d in earlier}
    assert not {tuple(d.issuer) for d in BLIND5} & {tuple(d.issuer) for d in earlier}
    assert not {d.signer_name for d in BLIND5} & {d.signer_name for d in earlier}


def test_truth_agrees_with_what_is_printed_and_written():
    for doc in BLIND5:
        page, signer, hand, grids = lay_out(doc)
        printed = [t for p in page.truth for t in p]
        fields = doc.fields()
        day, month, year = map(int, MONTH.fullmatch(doc.date_text).groups())
        assert date(year, month, day).isoformat() == doc.issued and 2018 <= year <= 2023, doc.slug
        assert doc.signer_name in page.truth[signer[0]] and all(p in page.truth[signer[0]] for p in doc.signer_position)
        assert fields["signer_position"] == " ".join(doc.signer_position) and fields["organ_name"] == " ".join(doc.issuer)
        written = {text for _, _, _, text in hand}
        if doc.family == "viettay":  # the number and the day only in ink, the rest printed
            assert doc.handwritten == ("code_number", "issued_date") and written == {doc.number, str(day)}
            assert f"{doc.number}/{doc.notation}" not in " ".join(printed)
            assert f"{doc.number_label}: {doc.blank}/{doc.notation}" in printed
            assert f"{doc.place}, ngày {doc.blank} {doc.date_text.split(' ', 1)[1]}" in printed
        else:
            assert not doc.handwritten and not hand
            assert f"{doc.number_label}: {doc.number}/{doc.notation}" in printed
            assert f"{doc.place}, ngày {doc.date_text}" in printed
        if doc.family == "nhieutrang":  # body runs onto page 2, the signer there, page 3 an annex of names
            assert len(page.pages) == 3 and signer[0] == 1 and len(grids) == 1 and grids[0][0] == 2
            assert "Nơi nhận:" in page.truth[1] and page.truth[1][0] not in doc.signer_position
            assert page.truth[2][0] == "PHỤ LỤC" or page.truth[2][0].startswith("DANH SÁCH")
            assert doc.signer_name not in page.truth[2] and not set(doc.signer_position) & set(page.truth[2])
            assert all(row[1] in page.truth[2] for row in doc.annex.rows)
        else:
            assert len(page.pages) == 1 and not grids, doc.slug
        if doc.family == "congvan":
            assert fields["type_name"] == "CÔNG VĂN" and fields["subject"].startswith("V/v ")
            assert 1 <= len(doc.addressees) <= 3 and doc.holder_name is None and doc.holder_id is None
            assert any(re.search(r"\d{10}", a) for a in doc.addressees)  # a tax code that is no holder
            for line in doc.subject:  # in the issuer's column, left of the page's middle
                run = next(r for r in page.pages[0] if isinstance(r, Run) and r.text == line)
                assert run.x + width(run.text, run.font, run.size) < A4[0] / 2 - 10
        else:
            assert fields["type_name"] == " ".join(doc.title) and doc.title and not doc.addressees
            assert all(t in printed for t in doc.title + doc.subject)
        if doc.family == "kythay":
            assert doc.seal and doc.signer_position[0].split(".")[0] in ("TM", "TL", "KT", "Q")
        if doc.family == "giayphep":
            assert doc.title[0] == "GIẤY PHÉP" and doc.subject
            row = next(b for b in doc.body if b.startswith(("Tên tổ chức:", "Cấp cho:")))
            assert doc.holder_name in row
        if doc.family == "tinhhuyen":
            assert len(doc.issuer) == 3 and len(doc.title) == 1 and len(doc.subject) == 1
        if doc.holder_id_type == "tax_code":
            assert tax_code_ok(doc.holder_id), doc.slug
        elif doc.holder_id_type == "cccd":
            assert cccd_ok(doc.holder_id), doc.slug
        for code in re.findall(r"(?<!\d)\d{10}(?!\d)", " ".join(printed)):
            assert tax_code_ok(code), (doc.slug, code)
    assert {d.signer_position[0] for d in BLIND5} >= {"TM. ỦY BAN NHÂN DÂN", "TL. GIÁM ĐỐC", "Q. GIÁM ĐỐC"}
    assert any(d.signer_position == ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"] for d in BLIND5)
    assert any(set(d.blank) == {" "} for d in BLIND5 if d.handwritten)
    assert any(set(d.blank) == {"."} for d in BLIND5 if d.handwritten)


def test_printed_lines_neither_overlap_nor_leave_the_page():
    for doc in BLIND5:
        page, *_ = lay_out(doc)
        for items in page.pages:
            boxes = [(r.x, r.y - 0.75 * r.size, r.x + width(r.text, r.font, r.size), r.y + 0.2 * r.size, r.text)
                     for r in items if isinstance(r, Run)]
            for x0, y0, x1, y1, text in boxes:
                assert 40 <= x0 and x1 <= A4[0] - 55 and 40 <= y0 and y1 <= A4[1] - 40, (doc.slug, text)
            for i, a in enumerate(boxes):
                for b in boxes[i + 1:]:
                    apart = a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1]
                    assert apart, (doc.slug, a[4], b[4])
                    left, right = sorted((a, b))
                    if abs(a[3] - b[3]) < 1 and not left[4].endswith(":"):  # columns on one line, not a label
                        assert right[0] - left[2] >= 10, (doc.slug, left[4], right[4])


def _page_image(path, number=0) -> np.ndarray:
    with pymupdf.open(path) as pdf:
        xref = pdf[number].get_images()[0][0]
        return np.asarray(Image.open(io.BytesIO(pdf.extract_image(xref)["image"])).convert("RGB"), dtype=int)


def test_generator_gives_every_scan_and_photo_with_its_truth(made):
    out, paths = made
    assert sorted(path.stem for path in paths) == sorted([f"{slug}-scan" for slug in SCANNED]
                                                         + [f"{slug}-photo" for slug in PHOTOGRAPHED])
    by_slug = {d.slug: d for d in BLIND5}
    for path in paths:
        truth = json.loads((out / "truth" / f"{path.stem}.json").read_text(encoding="utf-8"))
        doc = by_slug[path.stem.rsplit("-", 1)[0]]
        assert truth["file"] == path.name and truth["level"] in LEVELS and truth["family"] == doc.family
        assert truth["fields"] == doc.fields() and truth["handwritten"] == list(doc.handwritten)
        assert list(truth) == ["file", "pages", "level", "family", "dpi", "handwritten", "fields"]
        assert truth["pages"] == (3 if doc.family == "nhieutrang" else 1)
        assert all(truth["fields"][k] for k in ("organ_name", "code_number", "code_notation", "issued_date", "place",
                                                 "type_name", "signer_position", "signer_full_name"))
        if path.suffix == ".pdf":
            with pymupdf.open(path) as pdf:
                assert len(pdf) == truth["pages"]
                width_px = pdf.extract_image(pdf[0].get_images()[0][0])["width"]
                assert width_px > 2400 if truth["level"] == "scan" else width_px <= 1760
            assert truth["level"] == "scan" or doc.family == "nhieutrang"
        else:
            with Image.open(path) as photo:
                assert photo.format == "JPEG" and 940 <= max(photo.size) <= 1760
                assert (truth["dpi"] is None) == ("dpi" not in photo.info)
    assert any(json.loads(p.read_text(encoding="utf-8"))["dpi"] is None for p in (out / "truth").glob("*-photo.json"))


def test_ink_and_seals_are_where_the_layout_puts_them(made):
    out, _ = made
    scale = 300 / 72
    inked = [doc for doc in BLIND5 if doc.slug in SCANNED]
    assert {bool(doc.handwritten) for doc in inked} == {bool(doc.seal) for doc in inked} == {True, False}
    for doc in inked:
        _, signer, hand, _ = lay_out(doc)
        pixels = _page_image(out / "scans" / f"{doc.slug}-scan.pdf", signer[0] if doc.seal else 0)
        r, g, b = pixels[..., 0], pixels[..., 1], pixels[..., 2]
        for _, x, y, text in hand:  # blue pen strokes in each printed blank
            box = (slice(int((y - 26) * scale), int((y + 8) * scale)), slice(int((x - 30) * scale), int((x + 30) * scale)))
            blue = (b[box] > r[box] + 60) & (b[box] > g[box] + 40)
            assert blue.sum() > 150, (doc.slug, text)
        if doc.seal:  # red over the signer block, left of the name's centre
            x, y = signer[1] - 55, signer[2] - 30
            box = (slice(int((y - 55) * scale), int((y + 55) * scale)), slice(int((x - 55) * scale), int((x + 55) * scale)))
            red = (r[box] > g[box] + 80) & (r[box] > b[box] + 60)
            assert red.sum() > 2000, doc.slug

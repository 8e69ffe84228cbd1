"""Blind set 3 (samples/blind3.py) is measured by benchmarks/fields.py only (never a tuning set): this
checks that every family gives a readable scan and photo whose truth matches what was drawn."""

from __future__ import annotations

import json
import sys

import pymupdf
from PIL import Image

from helpers import ROOT

sys.path.insert(0, str(ROOT / "samples"))
from blind3 import BLIND3, lay_out, make_blind3  # noqa: E402

FAMILIES = {"twopage", "landscape", "trichluc", "boxes", "handfill", "old"}


def test_every_family_has_two_documents_and_the_layouts_keep_their_promises():
    assert {d.family for d in BLIND3} == FAMILIES and len({d.slug for d in BLIND3}) == len(BLIND3)
    assert all(sum(d.family == f for d in BLIND3) >= 2 for f in FAMILIES)
    for doc in BLIND3:
        page, _, _, size = lay_out(doc)
        assert (len(page.pages) == 2) == (doc.family == "twopage"), doc.slug  # signer on page 2
        assert (size[0] > size[1]) == (doc.family == "landscape"), doc.slug
        printed = " ".join(t for p in page.truth for t in p)
        assert doc.signer_name in page.truth[-1] and doc.title[0] in printed
        assert (doc.number in printed) != bool(doc.fill)  # hand-written numbers are not in the print


def test_generator_gives_scan_photo_and_truth(tmp_path):
    # two families drawn (a scan and a photo each, one photo without a DPI); all of them take half a minute
    one_each = [next(d for d in BLIND3 if d.family == family) for family in sorted(FAMILIES)][:2]
    made = make_blind3(tmp_path, docs=one_each)
    assert len(made) == 2 * len(one_each)
    for path in made:
        truth = json.loads((tmp_path / "truth" / f"{path.stem}.json").read_text(encoding="utf-8"))
        assert truth["file"] == path.name and truth["level"] in ("scan", "photo")
        assert truth["fields"]["organ_name"] and truth["fields"]["type_name"] and truth["fields"]["signer_full_name"]
        if path.suffix == ".pdf":
            with pymupdf.open(path) as pdf:
                assert len(pdf) == truth["pages"]
                width = pdf.extract_image(pdf[0].get_images()[0][0])["width"]
                assert width > 2400 if truth["level"] == "scan" else width <= 1760
        else:
            with Image.open(path) as photo:
                assert photo.format == "JPEG" and 940 <= max(photo.size) <= 1760
                assert (truth["dpi"] is None) == ("dpi" not in photo.info)

"""Blind set 2 (samples/blind2.py) is measured by benchmarks/fields.py only: it must NOT join the
born-digital layout test, which would make it a tuning set. This only checks that the generator
gives every family a readable scan and phone photo with a truth file that matches it."""

from __future__ import annotations

import json
import sys

import pymupdf
from PIL import Image

from helpers import ROOT

sys.path.insert(0, str(ROOT / "samples"))
from blind2 import BLIND2, make_blind2  # noqa: E402

FAMILIES = {"parent", "congvan", "permit", "holder", "seal"}


def test_every_family_has_two_documents():
    counts = {family: sum(d.family == family for d in BLIND2) for family in FAMILIES}
    assert all(n >= 2 for n in counts.values()), counts
    assert {d.family for d in BLIND2} == FAMILIES
    assert len({d.slug for d in BLIND2}) == len(BLIND2)


def test_generator_gives_scan_photo_and_truth_per_family(tmp_path):
    # two families drawn (a scan and a photo each, one photo without a DPI); all of them take half a minute
    one_each = [next(d for d in BLIND2 if d.family == family) for family in sorted(FAMILIES)][:2]
    made = make_blind2(tmp_path, docs=one_each)
    assert len(made) == 2 * len(one_each)
    for path in made:
        truth = json.loads((tmp_path / "truth" / f"{path.stem}.json").read_text(encoding="utf-8"))
        assert truth["file"] == path.name and truth["level"] in ("scan", "photo")
        fields = truth["fields"]
        assert fields["organ_name"] and fields["code_number"].strip() == fields["code_number"]
        assert fields["type_name"] and fields["subject"] and fields["signer_full_name"]
        if truth["level"] == "scan":
            with pymupdf.open(path) as pdf:
                image = pdf[0].get_images()[0]
                assert pdf.extract_image(image[0])["width"] > 2400  # 300 dpi A4
        else:
            with Image.open(path) as photo:
                assert photo.format == "JPEG" and 940 <= max(photo.size) <= 1760  # 80-150 dpi
                assert (truth["dpi"] is None) == ("dpi" not in photo.info)
    assert any(json.loads(p.read_text())["dpi"] is None for p in (tmp_path / "truth").glob("*photo.json"))

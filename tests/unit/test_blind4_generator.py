"""Blind set 4 (samples/blind4.py) is measured by benchmarks/fields.py only (never a tuning set): this
checks that every family gives a readable scan and photo whose truth matches what was drawn."""

from __future__ import annotations

import json
import sys

import pymupdf
from helpers import ROOT
from PIL import Image

sys.path.insert(0, str(ROOT / "samples"))
from blind4 import BLIND4, FAMILIES, lay_out, make_blind4  # noqa: E402

from tthc_digitize.extract.identifiers import cccd_ok, tax_code_ok  # noqa: E402


def test_every_family_has_two_documents_and_the_layouts_keep_their_promises():
    assert {d.family for d in BLIND4} == set(FAMILIES) and len({d.slug for d in BLIND4}) == len(BLIND4)
    assert all(sum(d.family == f for d in BLIND4) >= 2 for f in FAMILIES)
    for doc in BLIND4:
        page, _, others = lay_out(doc)
        printed = [t for p in page.truth for t in p]
        assert doc.signer_name in page.truth[-1] and all(t in printed for t in doc.title)
        assert f"{doc.number}/{doc.notation}" in " ".join(printed)
        assert any(t.startswith("Kính gửi:") for t in printed) == bool(doc.addressees)
        assert bool(others) == (doc.family in ("bienban", "hopdong")), doc.slug  # two signer blocks
        assert (f"{doc.place}, ngày {doc.date_text}" in printed)
        if doc.holder_id_type == "tax_code":
            assert tax_code_ok(doc.holder_id), doc.slug  # as the docstring promises
        elif doc.holder_id_type == "cccd":
            assert cccd_ok(doc.holder_id), doc.slug
    assert any("(No.)" in d.number_label for d in BLIND4) and any("/" in d.date_text for d in BLIND4)


def test_generator_gives_scan_photo_and_truth(tmp_path):
    # two families drawn (a scan and a photo each, one photo without a DPI); all of them take half a minute
    one_each = [next(d for d in BLIND4 if d.family == family) for family in FAMILIES][:2]
    made = make_blind4(tmp_path, docs=one_each)
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

"""The committed samples through `tthc ingest`: what the issue promises a clerk."""

from __future__ import annotations

import json

import pikepdf
import pytest

from helpers import SAMPLES, TRUTH, assert_valid_pdfa, page_texts
from tthc_digitize.text import normalise

pytestmark = pytest.mark.slow
NAMES = sorted(p.name for p in SAMPLES.iterdir())


def truth(name: str) -> dict:
    return json.loads((TRUTH / f"{name.rsplit('.', 1)[0]}.json").read_text(encoding="utf-8"))


def test_there_are_samples_of_every_kind():
    kinds = {truth(n)["colour"] for n in NAMES} | {"born" if truth(n)["born_digital"] else "scan" for n in NAMES}
    assert {"colour", "grey", "bilevel", "born", "scan"} <= kinds
    assert any(truth(n)["rotation"] for n in NAMES) and any(truth(n)["blank_pages"] for n in NAMES)
    assert sum(p.stat().st_size for p in SAMPLES.iterdir()) < 6 * 2**20


@pytest.mark.parametrize("name", NAMES)
def test_sample_output(ingested, name):
    out, report = ingested
    facts = truth(name)
    pdf = out / (name.rsplit(".", 1)[0] + ".pdf")
    assert_valid_pdfa(pdf)
    text = normalise("\n".join(page_texts(pdf)))
    fields = facts["fields"]
    assert f"{fields['code_number']}/{fields['code_notation']}" in text
    assert fields["holder_name"] in text  # with every diacritic
    entry = report[name]
    assert len(entry["pages"]) == facts["pages"]
    for page in entry["pages"]:
        number = page["page"]
        assert page["blank"] == (number in facts["blank_pages"])
        if page["action"] == "ocr":
            assert page["rotation"] == facts["rotation"]
            assert page["dpi"] == facts["dpi"]
            assert page["colour"] == facts["colour"]
            assert abs(page["skew"] - facts["skew_degrees"]) < 0.3
            assert page["confidence"] > 75
    if facts["born_digital"]:
        assert [p["action"] for p in entry["pages"]] == ["text_kept"] * facts["pages"]
    with pikepdf.open(pdf) as doc:
        for page in doc.pages:  # the sideways scan comes out upright, like every other page
            assert float(page.mediabox[3]) > float(page.mediabox[2])
    sidecar = (pdf.with_suffix(".txt")).read_text(encoding="utf-8")
    assert sidecar.count("\f") == facts["pages"] - 1
    assert fields["holder_name"] in normalise(sidecar)

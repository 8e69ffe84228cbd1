"""Golden test: fields extracted from the samples' OCR output against their ground truth."""

from __future__ import annotations

import json
import shutil

import pikepdf
import pytest

from helpers import SAMPLE_AGENCY, SAMPLES, TRUTH, tthc
from test_samples import NAMES
from tthc_digitize.extract.layout import Line, Word
from tthc_digitize.extract.reader import extract_file
from tthc_digitize.extract.rules import extract, fold_same_length, needs_review
from tthc_digitize.text import normalise


def test_fold_keeps_positions():
    text = "Số: 245/GP-BTNMT, Nguyễn Văn Đức"
    folded = fold_same_length(text)
    assert len(folded) == len(text) and folded == "so: 245/gp-btnmt, nguyen van duc"


def _line(text: str, y: float, x: float = 90) -> Line:
    words, cursor = [], x
    for token in text.split():
        words.append(Word(cursor, y, cursor + 6 * len(token), y + 12, token))
        cursor += 6 * len(token) + 4
    return Line(tuple(words))


def test_a_date_that_does_not_exist_is_flagged_not_fixed():
    lines = [
        _line("BỘ NỘI VỤ", 60), _line("Hà Nội, ngày 31 tháng 02 năm 2020", 90, x=330),
        _line("Số: 15/QĐ-BNV", 90),
    ]
    lines.sort(key=lambda ln: ln.top)
    fields = extract(lines, 595, 842)
    assert fields["issued_date"].value is None and fields["issued_date"].confidence < 0.8
    assert "issued_date" in needs_review(fields)


def test_ocr_damage_to_so_and_tone_marks_still_matches():
    lines = [_line("BỘ NỘI VỤ", 60), _line("S6: 15/QĐ-BNV", 80), _line("Ha Noi, ngay 05 thang 01 nam 2020", 80, x=330)]
    fields = extract(sorted(lines, key=lambda ln: ln.top), 595, 842)
    assert (fields["code_number"].value, fields["code_notation"].value) == ("15", "QĐ-BNV")
    assert fields["issued_date"].value == "2020-01-05"
    # a province's name that lost its marks is the one province it folds to, for a clerk to confirm
    assert fields["place"].value == "Hà Nội" and "place" in needs_review(fields)


def test_golden_fields_on_samples(ingested):
    out, _ = ingested
    right = total = confident_wrong = 0
    rows = []
    for name in NAMES:
        truth = json.loads((TRUTH / f"{name.rsplit('.', 1)[0]}.json").read_text(encoding="utf-8"))["fields"]
        fields, review = extract_file(out / (name.rsplit(".", 1)[0] + ".pdf"))
        for field, found in fields.items():
            want = truth[field]
            ok = (normalise(found.value) if found.value else None) == (normalise(want) if want else None)
            right += ok
            total += 1
            if not ok:
                rows.append(f"{name} {field}: {found.value!r} != {want!r} ({found.confidence:.2f})")
                confident_wrong += field not in review
    print(f"\nfields right: {right}/{total} = {right / total:.1%}; wrong but not flagged: {confident_wrong}")
    print("\n".join(rows))
    assert right / total >= 0.95, rows
    assert confident_wrong == 0, rows


def test_extract_command_json(ingested, tmp_path):
    out, _ = ingested
    result = tthc("extract", out / "giay-xac-nhan.pdf", "--json", timeout=120)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) == {"file", "fields", "needs_review"}
    assert data["fields"]["holder_name"] == {"value": "Đỗ Thị Thùy Dương", "confidence": 0.85}
    assert data["fields"]["holder_id_type"]["value"] == "cccd"
    (tmp_path / "x.pdf").write_text("không phải PDF")
    bad = tthc("extract", tmp_path / "x.pdf", timeout=120)
    assert bad.returncode == 3 and "Không phải PDF" in bad.stderr


def test_ingest_writes_a_valid_xml_record_beside_each_pdf(ingested):
    from lxml import etree

    from tthc_digitize.ingest.sources import sha256_file
    from tthc_digitize.metadata import xml

    out, report = ingested
    for name in NAMES:
        stem = name.rsplit(".", 1)[0]
        truth = json.loads((TRUTH / f"{stem}.json").read_text(encoding="utf-8"))
        assert report[name]["metadata"] == str(out / f"{stem}.xml")
        data = (out / f"{stem}.xml").read_bytes()
        assert xml.schema().validate(etree.fromstring(data))
        record = xml.from_xml(data)
        assert record.code_number == truth["fields"]["code_number"]
        assert record.holder_name == truth["fields"]["holder_name"]
        assert record.file_sha256 == sha256_file(out / f"{stem}.pdf") and record.file_pages == truth["pages"]
        assert record.conversion_agency == SAMPLE_AGENCY
        assert record.conversion_time.utcoffset().total_seconds() == 7 * 3600
        until = truth["fields"]["valid_until"]
        assert (record.valid_until.isoformat() if record.valid_until else None) == until


def test_without_an_agency_no_xml_and_a_warning(tmp_path):
    import shutil

    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(SAMPLES / "quyet-dinh-so.pdf", src)
    result = tthc("ingest", src, "--out", tmp_path / "out", "--json", timeout=300)
    entry = json.loads(result.stdout)["files"][0]
    assert entry["status"] == "warned" and entry["metadata"] is None
    assert any("agency_name" in w for w in entry["warnings"])
    assert not (tmp_path / "out" / "quyet-dinh-so.xml").exists()


def test_poorly_read_words_make_a_field_unsure():
    shaky = Line(tuple(Word(90 + 40 * i, 80, 120 + 40 * i, 92, t, 1, 41.0) for i, t in enumerate(["Số:", "15/QĐ-BNV"])))
    lines = [_line("BỘ NỘI VỤ", 60), shaky, _line("Hà Nội, ngày 05 tháng 01 năm 2020", 80, x=330)]
    fields = extract(sorted(lines, key=lambda ln: ln.top), 595, 842)
    assert fields["code_notation"].value == "QĐ-BNV" and fields["code_notation"].confidence == 0.41
    assert {"code_number", "code_notation"} <= set(needs_review(fields))


def test_word_boxes_sit_on_the_printed_words(ingested):
    import pymupdf

    out, _ = ingested
    data = json.loads((out / "giay-phep-xoay-ngang.words.json").read_text(encoding="utf-8"))
    box = next(w for w in data["pages"][0]["words"] if w[4] == "88/GP-STNMT")
    assert 0 <= box[5] <= 100
    with pymupdf.open(out / "giay-phep-xoay-ngang.pdf") as doc:
        hit = doc[0].search_for("88/GP-STNMT")[0]
    assert abs(hit.x0 - box[0]) < 3 and abs(hit.y1 - box[3]) < 6


def test_the_text_layer_alone_gives_the_same_fields_as_the_ocr_words(ingested, tmp_path):
    """A PDF mailed on without its `.words.json` is read from the words it keeps in each page, with their
    confidences, so the fields and how sure they are come out the same; its invisible text layer, in
    reading order with the columns apart, gives the same values too (as for a PDF from OCRmyPDF)."""
    out, _ = ingested
    for name in NAMES:
        produced = out / (name.rsplit(".", 1)[0] + ".pdf")
        alone = tmp_path / produced.name
        shutil.copy(produced, alone)  # no words.json beside it
        with_words, _ = extract_file(produced)
        from_layer, _ = extract_file(alone)
        assert {k: (f.value, f.confidence) for k, f in from_layer.items()} == {
            k: (f.value, f.confidence) for k, f in with_words.items()
        }, name
        with pikepdf.open(alone, allow_overwriting_input=True) as pdf:
            for page in pdf.pages:
                if "/PieceInfo" in page.obj:
                    del page.obj.PieceInfo  # as if another tool had written the PDF
            pdf.save()
        layer_only, _ = extract_file(alone)
        assert {k: f.value for k, f in layer_only.items()} == {k: f.value for k, f in with_words.items()}, name

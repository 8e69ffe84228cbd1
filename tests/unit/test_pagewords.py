"""Word confidences kept inside the PDF: a PDF read without its .words.json still knows which words
tesseract was unsure of, and a page whose text was changed since is not read from stale words."""

from __future__ import annotations

import pikepdf
import pymupdf

from tthc_digitize import pagewords
from tthc_digitize._exec.tesseract import Word
from tthc_digitize.extract.reader import extract_file
from tthc_digitize.ocr import textlayer

AT = textlayer.Placement(0, 0, 595.2, 841.92, 2480, 3508)
HEADER = [  # (text, left px, top px, confidence)
    ("BỘ", 300, 300, 96.0), ("NỘI", 420, 300, 95.0), ("VỤ", 560, 300, 94.0),
    ("Số:", 300, 420, 93.0), ("15/QĐ-BNV", 420, 420, 41.0),
    ("Hà", 1400, 420, 92.0), ("Nội,", 1480, 420, 92.0), ("ngày", 1600, 420, 90.0), ("05", 1740, 420, 90.0),
    ("tháng", 1820, 420, 90.0), ("01", 1980, 420, 90.0), ("năm", 2060, 420, 90.0), ("2020", 2200, 420, 90.0),
]


def _page_pdf(path, words: list[Word], kept: list[Word] | None = None) -> None:
    """A one-page PDF with ``words`` as its invisible text layer and ``kept`` (default the same) in it."""
    pdf = pikepdf.new()
    page = pikepdf.Page(
        pikepdf.Dictionary(
            Type=pikepdf.Name.Page,
            MediaBox=[0, 0, AT.width, AT.height],
            Resources=pikepdf.Dictionary(Font=pikepdf.Dictionary({textlayer.FONT_NAME: textlayer.glyphless_font(pdf)})),
            Contents=pdf.make_stream(textlayer.content(words, AT)),
        )
    )
    pdf.pages.append(page)
    boxes = textlayer.boxes(words if kept is None else kept, AT, AT.height)
    pagewords.attach(pdf, pdf.pages[0], boxes, "D:20200105000000+07'00'")
    pdf.save(path)


def _words(header=HEADER) -> list[Word]:
    return [Word(1, 1, top // 100, left, top, 25 * len(text), 60, conf, text) for text, left, top, conf in header]


def test_a_pdf_alone_keeps_the_words_confidences(tmp_path):
    _page_pdf(tmp_path / "p.pdf", _words())
    with pymupdf.open(tmp_path / "p.pdf") as doc:
        layer = [w[4] for w in doc[0].get_text("words")]
        kept = pagewords.read(doc, 1, layer)
    assert kept is not None and {box[4]: box[5] for box in kept}["15/QĐ-BNV"] == 41.0
    fields, unsure = extract_file(tmp_path / "p.pdf")  # no .words.json beside it
    assert fields["code_notation"].value == "QĐ-BNV" and fields["code_notation"].confidence < 0.7
    assert "code_notation" in unsure


def test_words_a_reader_splits_otherwise_still_match(tmp_path):
    _page_pdf(tmp_path / "p.pdf", _words())
    with pymupdf.open(tmp_path / "p.pdf") as doc:  # "/" and "X" set close are one word to PyMuPDF
        layer = [w[4] for w in doc[0].get_text("words")]
        assert pagewords.read(doc, 1, ["".join(layer[:2]), *layer[2:]]) is not None


def test_words_that_no_longer_match_the_text_layer_are_not_used(tmp_path):
    changed = [(t.replace("15/QĐ-BNV", "16/QĐ-BNV"), x, y, c) for t, x, y, c in HEADER]
    _page_pdf(tmp_path / "p.pdf", _words(changed), kept=_words())
    with pymupdf.open(tmp_path / "p.pdf") as doc:
        assert pagewords.read(doc, 1, [w[4] for w in doc[0].get_text("words")]) is None
    fields, _ = extract_file(tmp_path / "p.pdf")
    assert fields["code_number"].value == "16"  # read from the layer, as before


def test_a_page_without_kept_words_reads_none(tmp_path):
    pdf = pikepdf.new()
    pdf.add_blank_page()
    pdf.save(tmp_path / "blank.pdf")
    with pymupdf.open(tmp_path / "blank.pdf") as doc:
        assert pagewords.read(doc, 1, []) is None


import pikepdf
import pymupdf

from tthc_digitize._exec.tesseract import Word, parse_tsv
from tthc_digitize.ocr import textlayer

TSV = (
    "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
    "1\t1\t0\t0\t0\t0\t0\t0\t2480\t3508\t-1\t\n"
    "5\t1\t1\t1\t1\t1\t200\t300\t150\t60\t96.5\tSố:\n"
    "5\t1\t1\t1\t1\t2\t380\t300\t420\t60\t91.0\t245/GP-BTNMT\n"
    "5\t1\t1\t2\t1\t1\t200\t500\t300\t60\t88.0\t\u00d0ức\n"
    "5\t1\t1\t2\t1\t2\t520\t500\t10\t60\t-1\t \n"
)


def test_parse_tsv_keeps_words_only():
    words = parse_tsv(TSV)
    assert [w.text for w in words] == ["Số:", "245/GP-BTNMT", "\u00d0ức"]
    assert words[1] == Word(1, 1, 1, 380, 300, 420, 60, 91.0, "245/GP-BTNMT")


def test_plain_text_normalises_and_keeps_paragraphs():
    assert textlayer.plain_text(parse_tsv(TSV)) == "Số: 245/GP-BTNMT\n\nĐức"


def test_text_layer_is_extractable_and_positioned(tmp_path):
    words = parse_tsv(TSV)
    pdf = pikepdf.new()
    at = textlayer.Placement(0, 0, 595.2, 841.92, 2480, 3508)
    page = pikepdf.Page(
        pikepdf.Dictionary(
            Type=pikepdf.Name.Page,
            MediaBox=[0, 0, 595.2, 841.92],
            Resources=pikepdf.Dictionary(Font=pikepdf.Dictionary({textlayer.FONT_NAME: textlayer.glyphless_font(pdf)})),
            Contents=pdf.make_stream(textlayer.content(words, at)),
        )
    )
    pdf.pages.append(page)
    pdf.save(tmp_path / "t.pdf")
    with pymupdf.open(tmp_path / "t.pdf") as doc:
        text = doc[0].get_text()
        assert "245/GP-BTNMT" in text and "Đức" in text and "\u00d0" not in text
        found = doc[0].search_for("245/GP-BTNMT")
        # the word box in points: 380..800 px -> 91.2..192 pt, and the text is invisible (mode 3)
        assert found and abs(found[0].x0 - 380 * 0.24) < 3 and abs(found[0].x1 - 800 * 0.24) < 6
        assert all(span["type"] == 3 for span in doc[0].get_texttrace())

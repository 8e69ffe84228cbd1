import pikepdf
import pymupdf

from tthc_digitize._exec.tesseract import Word, parse_tsv
from tthc_digitize.ocr import reading_order, textlayer

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
    assert reading_order.plain_text(parse_tsv(TSV)) == "Số: 245/GP-BTNMT\n\nĐức"


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


def _line(line: int, top: int, *words: tuple[str, int], height: int = 40, par: int = 1) -> list[Word]:
    """Words of one OCR line: (text, left) pairs, each 25 px wide per character."""
    return [Word(1, par, line, left, top, 25 * len(text), height, 95.0, text) for text, left in words]


def test_side_by_side_header_reads_left_column_then_right():
    # tesseract returns the issuer/number column and the motto/date column as shared lines
    words = [
        *_line(1, 300, ("BỘ", 500), ("TÀI", 570), ("NGUYÊN", 665), ("CỘNG", 1200), ("HÒA", 1330)),
        *_line(2, 355, ("VÀ", 510), ("MÔI", 575), ("TRƯỜNG", 670), ("Độc", 1300), ("lập", 1390)),
        *_line(3, 410, ("Số:", 520), ("245/GP-BTNMT", 610), ("Hà", 1250), ("Nội,", 1315)),
        # the title, further down and across the middle: not part of the block
        *_line(1, 600, ("GIẤY", 900), ("PHÉP", 1020), ("XẢ", 1150), ("THẢI", 1220), par=2),
    ]
    assert reading_order.plain_text(words) == (
        "BỘ TÀI NGUYÊN\nVÀ MÔI TRƯỜNG\nSố: 245/GP-BTNMT\n\nCỘNG HÒA\nĐộc lập\nHà Nội,\n\nGIẤY PHÉP XẢ THẢI"
    )


def test_recipients_beside_signer_and_the_name_far_below():
    words = [
        *_line(1, 2000, ("Nơi", 350), ("nhận:", 430), ("KT.", 1500), ("BỘ", 1590), ("TRƯỞNG", 1660)),
        *_line(2, 2055, ("-", 350), ("Như", 380), ("Điều", 470), ("1;", 580), ("THỨ", 1560), ("TRƯỞNG", 1660)),
        *_line(3, 2110, ("-", 350), ("Lưu:", 380), ("VT.", 490)),  # wholly left: still the left column
        *_line(4, 2400, ("Lê", 1580), ("Công", 1640), ("Thành", 1760)),  # after the signature's space
    ]
    assert reading_order.plain_text(words) == (
        "Nơi nhận:\n- Như Điều 1;\n- Lưu: VT.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nLê Công Thành"
    )


def test_lines_of_running_text_keep_their_order():
    # ordinary word spaces (under a word-box height), a ragged last line: one paragraph, as read
    words = [
        *_line(1, 1000, ("Căn", 350), ("cứ", 450), ("Luật", 520), ("Tài", 650), ("nguyên", 740)),
        *_line(2, 1055, ("nước", 350), ("ngày", 480), ("21;", 610)),
    ]
    assert reading_order.plain_text(words) == "Căn cứ Luật Tài nguyên\nnước ngày 21;"


def test_label_value_rows_read_across():
    words = [
        *_line(1, 1000, ("Họ", 430), ("và", 500), ("tên:", 570), ("Lê", 1150), ("Thị", 1220), ("Vân", 1310)),
        *_line(2, 1055, ("Sinh", 430), ("ngày:", 550), ("05/11/1990", 1150)),
    ]
    assert reading_order.plain_text(words) == "Họ và tên: Lê Thị Vân\nSinh ngày: 05/11/1990"


def test_a_speck_far_right_of_a_short_line_is_no_column():
    # dust read as ":" beside the short last line of a paragraph; the next, indented, paragraph
    # must not be taken for a right-hand column and moved after it
    words = [
        *_line(1, 1000, ("Căn", 350), ("cứ", 450), ("Luật", 520), ("Tài", 650), ("nguyên", 740)),
        *_line(2, 1055, ("phủ;", 350), (":", 1900)),
        *_line(1, 1110, ("Căn", 470), ("cứ", 570), ("Nghị", 640), ("định", 760), par=2),
    ]
    assert reading_order.plain_text(words) == "Căn cứ Luật Tài nguyên\nphủ; :\n\nCăn cứ Nghị định"


def test_pdftotext_keeps_a_two_line_organ_name_together(tmp_path):
    """The text layer is written in reading order and leaves the column gap empty, so text tools
    (pdftotext, copy-paste, a PDF's own search) give the issuer's two lines together."""
    import subprocess

    words = [
        *_line(1, 300, ("BỘ", 500), ("TÀI", 570), ("NGUYÊN", 665), ("CỘNG", 1200), ("HÒA", 1330), ("XÃ", 1460)),
        *_line(2, 355, ("VÀ", 510), ("MÔI", 575), ("TRƯỜNG", 670), ("Độc", 1300), ("lập", 1390)),
        *_line(1, 600, ("GIẤY", 900), ("PHÉP", 1020), par=2),
    ]
    pdf = pikepdf.new()
    at = textlayer.Placement(0, 0, 595.2, 841.92, 2480, 3508)
    pdf.pages.append(pikepdf.Page(pikepdf.Dictionary(
        Type=pikepdf.Name.Page, MediaBox=[0, 0, 595.2, 841.92],
        Resources=pikepdf.Dictionary(Font=pikepdf.Dictionary({textlayer.FONT_NAME: textlayer.glyphless_font(pdf)})),
        Contents=pdf.make_stream(textlayer.content(words, at)))))
    pdf.save(tmp_path / "t.pdf")
    text = subprocess.run(["pdftotext", str(tmp_path / "t.pdf"), "-"], capture_output=True, text=True, check=True).stdout
    assert "BỘ TÀI NGUYÊN\nVÀ MÔI TRƯỜNG" in text, text
    assert "NGUYÊN CỘNG" not in text and "MÔI Độc" not in text
    with pymupdf.open(tmp_path / "t.pdf") as doc:
        assert doc[0].get_text().startswith("BỘ TÀI NGUYÊN\nVÀ MÔI TRƯỜNG\n")

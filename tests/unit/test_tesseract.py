from tthc_digitize._exec.tesseract import Word, without_specks


def _word(text: str, x0: int, x1: int, chars: list[tuple[str, int, int, int, int]]) -> str:
    spans = "".join(f"<span class='ocrx_cinfo' title='x_bboxes {a} {b} {c} {d}; x_conf 95.0'>{t}</span>\n"
                    for t, a, b, c, d in chars)
    return f"<span class='ocrx_word' id='w' title='bbox {x0} 1665 {x1} 1700; x_wconf 60'>\n{spans}</span>\n"


HOCR = (
    "<span class='ocr_line' id='line_1' title=\"bbox 344 1654 1890 1710; baseline 0.003 -10; x_size 61; "
    "x_descenders 10; x_ascenders 14\">\n"
    # dust 3x3 px before "Nơi", read as an apostrophe glued to the word (as on the sideways sample)
    + _word("&#39;Nơi", 344, 431, [("&#39;", 344, 1670, 347, 1673), ("N", 354, 1667, 391, 1700),
                                   ("ơ", 380, 1665, 404, 1700), ("i", 390, 1665, 431, 1700)])
    # a real colon and a real decimal point: small, but far bigger than dust
    + _word("nhận:", 450, 600, [("n", 450, 1675, 480, 1700), ("h", 480, 1665, 510, 1700), ("ậ", 510, 1660, 540, 1710),
                                ("n", 540, 1675, 570, 1700), (":", 585, 1678, 593, 1700)])
    + _word("1.200", 620, 740, [("1", 620, 1665, 640, 1700), (".", 645, 1692, 653, 1700), ("2", 660, 1665, 680, 1700),
                                ("0", 690, 1665, 710, 1700), ("0", 720, 1665, 740, 1700)])
    # a speck alone, read as a full stop
    + _word(".", 900, 903, [(".", 900, 1680, 903, 1683)])
)


def test_specks_read_as_marks_are_dropped_and_real_punctuation_kept():
    words = [
        Word(1, 1, 1, 344, 1665, 87, 35, 60.2, "'Nơi"),
        Word(1, 1, 1, 450, 1665, 150, 35, 96.0, "nhận:"),
        Word(1, 1, 1, 620, 1665, 120, 35, 96.0, "1.200"),
        Word(1, 1, 1, 900, 1665, 3, 35, 30.0, "."),
    ]
    kept = without_specks(words, HOCR)
    assert [w.text for w in kept] == ["Nơi", "nhận:", "1.200"]
    # the shortened word's box starts at its first real letter; confidence and line are unchanged
    assert (kept[0].left, kept[0].width, kept[0].conf, kept[0].line) == (354, 77, 60.2, 1)
    assert kept[1:] == words[1:3]


def test_words_without_character_boxes_are_left_alone():
    words = [Word(1, 1, 1, 10, 10, 5, 5, 20.0, "'")]
    assert without_specks(words, "") == words

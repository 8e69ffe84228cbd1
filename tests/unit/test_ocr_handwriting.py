"""Numbers and days written by hand in coloured ink into a scan's blanks (ocr/handwriting.py): the seal's lift
takes them off the grey copy tesseract reads, so they are read alone from the ink, as digits, put into their
line, and never confirmed (the rules flag a field made of them)."""

from __future__ import annotations

import numpy as np
from helpers import TINOS
from PIL import Image, ImageDraw, ImageFont
from test_extract_round5 import H, W, _merge, _signature

from tthc_digitize._exec.tesseract import Word
from tthc_digitize.extract.layout import Line
from tthc_digitize.extract.layout import Word as LayoutWord
from tthc_digitize.extract.rules import extract, needs_review
from tthc_digitize.ocr import handwriting, seal

PAPER, RED, BLUE, BLACK = (236, 232, 224), (196, 40, 48), (40, 60, 170), (24, 24, 24)


def _word(text: str, left: int, top: int = 400, width: int = 0, line: int = 1) -> Word:
    return Word(1, 1, line, left, top, width or 22 * len(text), 40, 96.0, text)


def _page() -> tuple[np.ndarray, list[Word]]:
    """A 300-dpi page's number line as the seal's lift left it: "Số:", a blank, "/GCNSN-UBND", and a blue
    "764" written into the blank; a red seal lower down, and a blue stroke across printed words."""
    page = Image.new("RGB", (2480, 3508), PAPER)
    draw = ImageDraw.Draw(page)
    draw.text((560, 385), "764", font=ImageFont.truetype(str(TINOS), 80), fill=BLUE)
    draw.ellipse((1500, 2400, 2000, 2900), outline=RED, width=14)
    draw.line((300, 1000, 700, 1010), fill=BLUE, width=6)
    words = [_word("Số:", 420), _word("/GCNSN-UBND", 720), _word("Quảng", 1240), _word("Yên,", 1400),
             _word("Căn", 300, top=990, line=2), _word("cứ", 400, top=990, line=2), _word("Luật", 480, top=990, line=2)]
    return np.asarray(page), words


def test_a_number_written_into_the_blank_is_read_into_its_line_and_nothing_else_is(tmp_path):
    rgb, words = _page()
    read = handwriting.written(seal.saturated(rgb), lambda mask: mask, words, tmp_path, 1)
    added = [w for w in read if w not in words]
    assert [w.text for w in added] == ["764"]  # not the seal, not the stroke across "Căn cứ Luật"
    assert [w.text for w in read][:3] == ["Số:", "764", "/GCNSN-UBND"]  # in its line, in reading order
    assert (added[0].block, added[0].par, added[0].line) == (1, 1, 1)
    assert added[0].conf <= handwriting.HAND_CONF
    assert not list(tmp_path.iterdir())  # its image is not left behind


def test_a_page_without_coloured_ink_is_left_as_read(tmp_path):
    # (the page does not call it then: seal.lifted finds no ink; a mask without any is a no-op all the same)
    rgb, words = _page()
    plain = np.full_like(rgb, 236)
    assert handwriting.written(seal.saturated(plain), lambda mask: mask, words, tmp_path, 1) == words


def _layout_line(texts: list[tuple[str, float, float]], y: float) -> Line:
    return Line(tuple(LayoutWord(x, y, x + 6 * len(t), y + 12, t, 1, conf) for t, x, conf in texts))


def test_a_number_read_from_a_hand_is_never_confirmed():
    lines = [_layout_line([("ỦY", 122, 97), ("BAN", 143, 97), ("NHÂN", 172, 97), ("DÂN", 211, 97)], 58),
             _layout_line([("THỊ", 118, 97), ("XÃ", 145, 97), ("QUẢNG", 166, 97), ("YÊN", 215, 97)], 73),
             _layout_line([("CỘNG", 274, 97), ("HÒA", 313, 97), ("XÃ", 343, 97), ("HỘI", 363, 97)], 58),
             _layout_line([("Độc", 319, 97), ("lập", 344, 97)], 73),
             _layout_line([("Số:", 100, 97), ("764", 134, 50), ("/GCNSN-UBND", 171, 89), ("Quảng", 297, 96),
                           ("Yên,", 336, 97), ("ngày", 362, 97), ("18", 392, 50), ("tháng", 410, 97), ("7", 448, 97),
                           ("năm", 460, 97), ("2019", 485, 97)], 106)]
    fields = extract(_merge(lines + _signature(1, ["CHỦ TỊCH"], "Phùng Khắc Đoàn")), W, H)
    assert (fields["code_number"].value, fields["issued_date"].value) == ("764", "2019-07-18")
    assert {"code_number", "issued_date"} <= set(needs_review(fields))
    assert fields["code_notation"].value == "GCNSN-UBND" and "code_notation" not in needs_review(fields)

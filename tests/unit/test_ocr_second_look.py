"""The second look at a photo's seal and signature (ocr/recover.py): where coloured ink lies, the area
around it is read again alone from a copy in which the ink is paper and black print stays; tesseract's
page layout analysis had dropped the whole signer block of such photos."""

from __future__ import annotations

import os
import subprocess
import sys

import numpy as np
import pymupdf
import pytest
from helpers import ROOT, TINOS
from PIL import Image, ImageDraw, ImageFont

from tthc_digitize._exec.tesseract import Word
from tthc_digitize.ocr import recover

sys.path.insert(0, str(ROOT / "samples"))
import blind2  # noqa: E402
from blind12 import make_blind12  # noqa: E402

PAPER, RED, BLUE, BLACK = (214, 208, 196), (196, 40, 48), (40, 60, 170), (24, 24, 24)


def _mask(size: tuple[int, int], *boxes: tuple[int, int, int, int]) -> Image.Image:
    mask = Image.new("L", size, 0)
    for b in boxes:
        ImageDraw.Draw(mask).ellipse(b, outline=255, width=6)
    return mask


def test_a_seal_and_the_signature_beside_it_are_one_area_widened_for_the_position_and_the_name():
    seal_box, signature_box = (1200, 2400, 1640, 2840), (1560, 2600, 1900, 2760)
    (area,) = recover.areas(_mask((2480, 3508), seal_box, signature_box))
    height = seal_box[3] - seal_box[1]
    assert area[0] <= seal_box[0] - 0.9 * height and area[2] >= min(2480 - 2, signature_box[2] + 0.9 * height)
    assert area[1] <= seal_box[1] - 0.3 * height and area[3] >= seal_box[3] + 0.3 * height


def test_the_area_reaches_further_right_where_the_name_runs_on_past_the_signature():
    # a seal is stamped over the name's start; a name read from an area cut at its right kept "Đoàn Văn Ph"
    seal_box = (800, 1400, 1100, 1700)
    (area,) = recover.areas(_mask((2480, 3508), seal_box))
    left, right = seal_box[0] - area[0], area[2] - seal_box[2]
    assert right >= 1.8 * left > 0


def test_a_number_written_in_by_hand_is_no_area_and_far_apart_inks_are_two():
    hand = (400, 360, 520, 420)  # a blue "1684" in the number's blank
    assert recover.areas(_mask((2480, 3508), hand)) == []
    two = recover.areas(_mask((2480, 3508), (200, 400, 640, 840), (1500, 2600, 1940, 3040)))
    assert len(two) == 2


def test_a_signature_alone_is_an_area():
    # a ballpoint's wave across "Hà Tiến Dũng", no seal: 0.6 % of the page once its strokes are joined, and
    # left unread at 1 % its tail kept "Dũ"
    signature = (560, 2600, 920, 2720)
    (area,) = recover.areas(_mask((2480, 3508), signature))
    assert area[0] < signature[0] and area[2] > signature[2] and area[3] > signature[3]


def test_the_grey_copy_turns_seal_and_ballpoint_to_paper_and_keeps_print_and_what_lies_under_the_seal():
    page = Image.new("RGB", (600, 300), PAPER)
    draw = ImageDraw.Draw(page)
    draw.text((40, 40), "Lưu Đức Thịnh", font=ImageFont.truetype(str(TINOS), 48), fill=BLACK)
    text = np.asarray(page.convert("L")) < 100
    draw.ellipse((20, 10, 300, 290), outline=RED, width=8)
    draw.line((250, 20, 560, 280), fill=BLUE, width=5)
    grey = np.asarray(recover.grey(page))
    assert grey[150, 24] > 240 and grey[205, 400] > 240  # the seal's ring and the ballpoint stroke are paper
    assert grey[text].mean() < 80  # the name stays ink, also where the ring crosses it
    assert grey[250:290, 320:340].mean() > 240  # paper is paper


def test_a_dark_blue_stroke_is_paper_only_in_the_copy_without_blue():
    # a navy ballpoint on a warm-lit photo is too dark to be taken for coloured ink: it stays in the grey copy
    page = Image.new("RGB", (600, 200), PAPER)
    draw = ImageDraw.Draw(page)
    draw.text((40, 60), "Đào Khuê", font=ImageFont.truetype(str(TINOS), 48), fill=BLACK)
    text = np.asarray(page.convert("L")) < 100
    draw.line((300, 10, 560, 190), fill=(20, 28, 70), width=6)
    stroke = (110, 445)  # on the line, past the name
    grey = recover.grey(page)
    assert np.asarray(grey)[stroke] < 128
    unsigned = np.asarray(recover.without_blue(page, grey))
    assert unsigned[stroke] > 240 and unsigned[text].mean() < 80  # the name's print stays


def _word(text: str, left: int, top: int, conf: float = 90, line: int = 1, block: int = 1) -> Word:
    return Word(block, 1, line, left, top, 20 * len(text), 40, conf, text)


def test_the_second_reading_replaces_the_area_where_it_holds_more_and_is_capped_for_a_clerk():
    area = (1000, 2000, 2000, 2600)
    page = [_word("Điều", 100, 1800), _word("Nơi", 100, 2300, line=2), _word("nhận:", 200, 2300, line=2),
            _word("KT", 1200, 2300, 40, line=2), _word("“", 1300, 2400, 20, line=3)]  # a column's gap apart
    again = [_word("KT.", 1200, 2300, 92), _word("GIÁM", 1300, 2300, 95), _word("ĐỐC", 1420, 2300, 96),
             _word("Vi", 1200, 2500, 95, line=2), _word("Thị", 1260, 2500, 93, line=2), _word("%", 1500, 2500, 10)]
    words = recover.better(page, again, area)
    assert [w.text for w in words] == ["Điều", "Nơi", "nhận:", "KT.", "GIÁM", "ĐỐC", "Vi", "Thị"]
    assert all(w.conf <= recover.UNDER_INK and w.block > 1 for w in words[3:])
    assert recover.better(page, [_word("KT", 1200, 2300, 20)], area) == page  # less text: the page's stays


def test_a_capitalised_syllable_read_unsure_beside_sure_words_stays_and_specks_go():
    # "Hoàng" at 12 before "Minh Đạo" at 96: the seal's ring crosses it, and dropping it gave "Minh Đạo"
    area = (1000, 2000, 2000, 2600)
    again = [_word("GIÁM", 1300, 2100, 95), _word("sp", 1100, 2400, 23, line=2),
             _word("Hoàng", 1200, 2400, 12, line=2), _word("Xzq", 1320, 2400, 15, line=2),
             _word("Minh", 1400, 2400, 96, line=2), _word("Đạo", 1500, 2400, 96, line=2),
             _word("Thị", 1200, 2500, 20, line=3), _word("Lê", 1300, 2500, 25, line=3)]
    words = recover.better([], again, area)
    assert [w.text for w in words] == ["GIÁM", "Hoàng", "Minh", "Đạo"]  # a line of nothing sure is the seal's
    assert words[1].conf == 12  # still unsure: the field made of it goes to a clerk


def test_a_line_only_the_reading_without_blue_strokes_holds_is_added_and_capped():
    # "Đào Khuê" under a signature's tail: read "“ĐÀO Kfuê" at 14 and 9 from the grey copy, "Đào Khue" at 93
    # once the stroke is paper
    area = (1000, 2000, 2000, 2600)
    again = [_word("HẠT", 1300, 2100, 68), _word("TRƯỞNG", 1400, 2100, 97), _word("ĐÀO", 1300, 2400, 14, line=2)]
    unsigned = [_word("HẠT", 1300, 2100, 94), _word("TRƯỞNG", 1400, 2100, 96),  # a line the others hold
                _word("/", 1200, 2250, 92, line=2), _word("1", 1300, 2250, 79, line=2),  # strokes, no syllable
                _word("Đào", 1300, 2400, 93, line=3), _word("Khue", 1400, 2400, 92, line=3)]
    words = recover.better([], again, area, unsigned)
    assert [w.text for w in words] == ["HẠT", "TRƯỞNG", "Đào", "Khue"]
    assert all(w.conf <= recover.UNDER_INK for w in words) and words[2].block != words[0].block
    assert recover.better([], again, area, unsigned[:2]) == recover.better([], again, area)


def test_a_body_line_running_on_out_of_the_area_keeps_the_pages_reading():
    area = (1000, 2000, 2000, 2600)
    body = [_word("căn", 700, 2010), _word("cước", 790, 2010), _word("tại", 900, 2010), _word("ấp", 980, 2010),
            _word("Mỹ", 1040, 2010), _word("Lợi,", 1100, 2010)]  # word spaces across the area's left edge
    again = [_word("VIY", 1040, 2010, 95), _word("LỢI,", 1100, 2010, 95), _word("GIÁM", 1300, 2300, 95, line=2)]
    words = recover.better(body, again, area)
    assert [w.text for w in words] == ["căn", "cước", "tại", "ấp", "Mỹ", "Lợi,", "GIÁM"]


@pytest.mark.slow
def test_tthc_ocr_reads_the_signer_block_under_a_seal_on_a_phone_photo(tmp_path):
    (photo,) = make_blind12(tmp_path, levels=("photo",), only={"qd-cong-nhan-hang-khach-san-bai-chay"})
    out = tmp_path / "out.pdf"
    env = {k: v for k, v in os.environ.items() if k != "LANG"}
    done = subprocess.run([sys.executable, "-m", "tthc_digitize", "ocr", str(photo), "-o", str(out)],
                          capture_output=True, text=True, env=env, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    with pymupdf.open(out) as pdf:
        page = pdf[0]
        below = {w[4] for w in page.get_text("words") if w[1] > 0.6 * page.rect.height}
    assert {"GIÁM", "ĐỐC", "Thủy"} <= below  # "KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC" / "Vi Thị Thủy Tiên"


@pytest.mark.slow
def test_a_body_line_the_areas_edge_cuts_keeps_the_pages_reading(tmp_path):
    """The seal's area reaches up into the last body line; its cut-off part, read again alone, came out as
    "Lại aĐD VIY LỢI, Xa VIY" in place of "tại ấp Mỹ Lợi, xã Mỹ Đức Tây" (benchmarks/photo_sets.py)."""
    i, doc = next((i, d) for i, d in enumerate(blind2.BLIND2) if d.slug == "seal-q-qd-cap-phep")
    img, _ = blind2.render(doc, "photo", seed=700 + 10 * i + 1)
    src, out = tmp_path / "anh.jpg", tmp_path / "out.pdf"
    img.save(src, "JPEG", quality=50 + 4 * i)
    env = {k: v for k, v in os.environ.items() if k != "LANG"}
    done = subprocess.run([sys.executable, "-m", "tthc_digitize", "ocr", str(src), "-o", str(out)],
                          capture_output=True, text=True, env=env, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    with pymupdf.open(out) as pdf:
        text = pdf[0].get_text()
    assert "082079006654, tại ấp Mỹ Lợi, xã Mỹ Đức Tây" in " ".join(text.split())
    assert "GIÁM ĐỐC" in text  # and the signer block under the seal is read


def test_on_a_scan_only_the_lines_the_page_did_not_read_are_added_from_the_area():
    """A scan's grey copy has lost the seal already: its second reading adds the name the layout analysis dropped
    ("Phạm Đức Thuận" under a signature, blind set 25) and leaves every line the page read as it was."""
    area = (1000, 2000, 2000, 2600)
    page = [_word("KT.", 1200, 2100, 95), _word("GIÁM", 1300, 2100, 96), _word("ĐỐC", 1420, 2100, 96),
            _word("PHÓ", 1200, 2150, 94, line=2), _word("GIÁM", 1300, 2150, 95, line=2),
            _word("ĐỐC", 1420, 2150, 95, line=2)]
    again = [_word("KT", 1200, 2100, 60), _word("GIÂM", 1300, 2100, 70), _word("ĐỐC", 1420, 2100, 90),
             _word("/", 1200, 2300, 40, line=2),  # the stroke: no syllable
             _word("Phạm", 1200, 2450, 91, line=3), _word("Đức", 1300, 2450, 93, line=3),
             _word("Thuận", 1400, 2450, 90, line=3)]
    words = recover.gaps_filled(page, again, area)
    assert [w.text for w in words] == ["KT.", "GIÁM", "ĐỐC", "PHÓ", "GIÁM", "ĐỐC", "Phạm", "Đức", "Thuận"]
    assert words[:6] == page and all(w.conf <= recover.UNDER_INK and w.block > 1 for w in words[6:])
    assert recover.gaps_filled(page, again[:3], area) == page  # nothing the page lacks

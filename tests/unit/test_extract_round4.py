"""Rules round 4 (issue 13): the general causes blind set 3 showed, on lines built by hand, and blind
set 3's printed layouts as born-digital PDFs (no OCR noise: every field must come out; the OCR'd
figures are benchmarks/fields.py's job). Blind set 3 is a tuning set from this round on."""

from __future__ import annotations

import sys

import pymupdf
import pytest
from helpers import ROOT

from tthc_digitize.extract.checks import notation_agrees
from tthc_digitize.extract.field import Field
from tthc_digitize.extract.layout import Line, Word, lines, split_columns
from tthc_digitize.extract.reader import extract_file
from tthc_digitize.extract.rules import extract, needs_review
from tthc_digitize.text import normalise

sys.path.insert(0, str(ROOT / "samples"))
from blind3 import BLIND3, lay_out  # noqa: E402
from make_samples import FONTS, Rule  # noqa: E402

W, H = 595, 842


def _line(text: str, y: float, x: float = 70, size: float = 12) -> Line:
    words, cursor = [], x
    for token in text.split():
        words.append(Word(cursor, y, cursor + 0.5 * size * len(token), y + size, token))
        cursor += 0.5 * size * len(token) + size / 3
    return Line(tuple(words))


def _merge(lines: list[Line]) -> list[Line]:
    """Parts at the same height are one line, as lines() would give them."""
    rows: dict[float, list[Word]] = {}
    for ln in lines:
        rows.setdefault(ln.top, []).extend(ln.words)
    return [Line(tuple(sorted(ws, key=lambda w: w.x0))) for _, ws in sorted(rows.items())]


def _header(organ: list[str], motto_x: float = 330) -> list[Line]:
    lines = [_line(o, 60 + 15 * i, x=90) for i, o in enumerate(organ)]
    lines += [_line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 60, x=motto_x), _line("Độc lập - Tự do - Hạnh phúc", 75, x=motto_x + 30),
              _line("Số: 25/GP-SKHĐT", 110, x=100), _line("Bắc Giang, ngày 2 tháng 3 năm 2020", 110, x=340)]
    return lines


def test_the_motto_is_parted_from_a_long_issuer_by_its_first_words_not_by_a_gap():
    """The issuer's line runs up to "CỘNG" with no column gap, and "CỘNG" starts left of the middle."""
    lines = _merge(_header(["SỞ KẾ HOẠCH VÀ ĐẦU TƯ", "TỈNH BẮC GIANG"], motto_x=225))
    left, right = split_columns(lines[0], W)
    assert left.text == "SỞ KẾ HOẠCH VÀ ĐẦU TƯ" and right.text.startswith("CỘNG HÒA")
    fields = extract(lines, W, H)
    assert fields["organ_name"].value == "SỞ KẾ HOẠCH VÀ ĐẦU TƯ TỈNH BẮC GIANG"
    # a body sentence at the margin naming the republic is not split
    assert split_columns(_line("Cộng hòa xã hội chủ nghĩa Việt Nam", 400, x=70), W)[0].text.startswith("Cộng")


def _foot(position: list[tuple[str, float]], name: str) -> list[Line]:
    lines = [_line("Điều 2. Quyết định này có hiệu lực kể từ ngày ký.", 500, x=70)]
    lines += [_line(text, 540 + 16 * i, x=x) for i, (text, x) in enumerate(position)]
    return lines + [_line(name, 640, x=350)]


def test_a_wide_second_position_line_stays_in_the_signer_block():
    """"CÔNG CHỨC TƯ PHÁP - HỘ TỊCH" starts left of the middle, centred on the signer's column."""
    fields = extract(_foot([("TUQ. CHỦ TỊCH", 360), ("CÔNG CHỨC TƯ PHÁP - HỘ TỊCH", 290)], "Lê Thị Mỹ Hạnh"), W, H)
    assert fields["signer_position"].value == "TUQ. CHỦ TỊCH CÔNG CHỨC TƯ PHÁP - HỘ TỊCH"
    assert fields["signer_full_name"].value == "Lê Thị Mỹ Hạnh"
    fields = extract(_foot([("TM. ỦY BAN NHÂN DÂN", 340), ("KT. CHỦ TỊCH", 365), ("PHÓ CHỦ TỊCH", 365)], "Ngô Văn Tư"), W, H)
    assert fields["signer_position"].value == "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH"


@pytest.mark.parametrize("sentence, holder", [
    ("Điều 1. Tặng bằng khen cho Hợp tác xã Dịch vụ Thuận Thành, mã số thuế 2300112345", "Hợp tác xã Dịch vụ Thuận Thành"),
    ("Điều 1. Cho Công ty TNHH Thép Hòa Phát Đông, mã số doanh nghiệp 0101234567, thuê 3.000 m² đất", "Công ty TNHH Thép Hòa Phát Đông"),
    ("Chứng nhận: Bà Trần Thị Nguyệt sinh năm 1962 được quyền sử dụng đất", "Trần Thị Nguyệt"),
    ("Chứng nhận Cơ sở sản xuất nước mắm Hồng Hạnh, địa chỉ thôn Đông", "Cơ sở sản xuất nước mắm Hồng Hạnh"),
])
def test_holder_after_more_verbs(sentence, holder):
    assert extract([_line(sentence, 300)], W, H)["holder_name"].value == holder


@pytest.mark.parametrize("row, holder", [
    ("Họ, chữ đệm, tên: Phùng Thị Ánh Dương", "Phùng Thị Ánh Dương"),
    ("1. Cơ sở đào tạo: Trường Trung cấp nghề Yên Thế", "Trường Trung cấp nghề Yên Thế"),
    ("Tên hộ kinh doanh: Cửa hàng Kim Ngân", "Cửa hàng Kim Ngân"),
])
def test_holder_in_labelled_and_numbered_rows(row, holder):
    assert extract([_line(row, 300), _line("Ngày cấp: 05/6/2019", 320)], W, H)["holder_name"].value == holder


def test_a_labelled_holder_wrapped_to_the_margin_is_kept_whole():
    rows = [_line("1. Tên công ty viết bằng tiếng Việt: CÔNG TY CỔ PHẦN CHẾ BIẾN NÔNG SẢN", 300, x=100),
            _line("YÊN DŨNG", 316, x=70), _line("2. Địa chỉ trụ sở chính: thôn Đông", 340, x=100)]
    margin = rows[0].box[2]  # the first row fills the measure
    rows.append(_line("Văn bản này", 400, x=margin - 60))
    assert extract(rows, W, H)["holder_name"].value == "CÔNG TY CỔ PHẦN CHẾ BIẾN NÔNG SẢN YÊN DŨNG"


@pytest.mark.parametrize("row, value, sure", [
    ("2. Mã số doanh nghiệp: |2|4|0|0|8|1|2|3|4|5|", "2400812345", True),
    ("Mã số thuế: [1 0 0 0 4 5 6 7 8 9]", "1000456789", True),
    ("Mã số thuế: |1|0|0|0|4|5|6|7|8|8|", "1000456788", False),  # the check digit fails: flagged
])
def test_a_tax_code_in_digit_boxes_is_one_number(row, value, sure):
    # with its firm named: a number whose holder is not known stays under 0.9 anyway (round 6)
    fields = extract([_line("1. Tên doanh nghiệp: Công ty TNHH Gạch Yên Dũng", 284), _line(row, 300)], W, H)
    assert (fields["holder_id"].value, fields["holder_id_type"].value) == (value, "tax_code")
    assert (fields["holder_id"].confidence >= 0.9) == sure


def _title_page(title: list[tuple[str, float]], below: list[str]) -> list[Line]:
    lines = _merge(_header(["SỞ Y TẾ", "TỈNH ĐỒNG THÁP"]))
    y = 170
    for text, size in title:
        lines.append(_line(text, y, x=W / 2 - 0.25 * size * len(text), size=size))
        y += size + 6
    for text in below:
        lines.append(_line(text, y + 2, x=70, size=12))
        y += 18
    return lines


def test_a_large_title_wrapped_over_two_lines_is_kept_whole_and_there_is_no_subject():
    fields = extract(_title_page([("CHỨNG CHỈ HÀNH NGHỀ", 20), ("DƯỢC", 20)],
                                 ["Họ và tên: Lâm Văn Tâm", "Ngày sinh: 04/02/1990", "Địa chỉ: xã Mỹ Hội"]), W, H)
    assert fields["type_name"].value == "CHỨNG CHỈ HÀNH NGHỀ DƯỢC" and fields["subject"].value is None


def test_a_title_cut_inside_a_type_name_is_joined_and_a_capitals_line_under_a_licence_is_its_name():
    """Since rules round 9 a capitals line under a certificate's or licence's type name is the rest of its
    name: Decree 30 writes a subject (trích yếu) in lower case. Under a decision it is the authority."""
    def read(*title: str, body: str = "Cho phép: Công ty TNHH Sông Đà,") -> tuple[str | None, str | None]:
        fields = extract(_title_page([(line, 14) for line in title], [body]), W, H)
        return fields["type_name"].value, fields["subject"].value

    assert read("GIẤY CHỨNG", "NHẬN", "QUYỀN SỬ DỤNG ĐẤT") == ("GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT", None)
    assert read("GIẤY PHÉP", "KHAI THÁC NƯỚC MẶT") == ("GIẤY PHÉP KHAI THÁC NƯỚC MẶT", None)
    assert read("GIẤY PHÉP", "Khai thác nước mặt") == ("GIẤY PHÉP", "Khai thác nước mặt")
    assert read("QUYẾT ĐỊNH", "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN", body="Căn cứ Luật Đất đai;")[0] == "QUYẾT ĐỊNH"
    # a line that is no type name takes no capitals line with it, and the motto is never a subject
    # (a real decision of the Prime Minister: the issuer, then the motto misread, were centred in its band)
    assert read("THỦ TƯỚNG CHÍNH PHỦ", "CỘNG HÒA XÃ HỌI CHỦ NGHĨA VIỆT NAM", body="Độc lập - Tự do - Hạnh phúc") == (
        "THỦ TƯỚNG CHÍNH PHỦ", None)


def test_a_numbered_label_row_under_the_title_is_not_a_subject():
    fields = extract(_title_page([("GIẤY PHÉP ĐÀO TẠO LÁI XE", 14)], ["1. Cơ sở đào tạo: Trung tâm Sát hạch Hà Tiên"]), W, H)
    assert fields["subject"].value is None and fields["holder_name"].value == "Trung tâm Sát hạch Hà Tiên"


def test_a_subject_holding_a_label_is_flagged():
    """A misread colon hides the first label; a later one on the same line still shows it is no subject."""
    row = "Họ chữ đệm tên Lý Thị Hoa; ngày sinh 02/8/2021; nơi sinh: Bệnh viện Đa khoa"
    fields = extract(_title_page([("TRÍCH LỤC KHAI SINH", 14)], [row]), W, H)
    assert fields["subject"].value and "subject" in needs_review(fields)


def _vector(pdf: pymupdf.Document, items, size: tuple[float, float]) -> None:
    page = pdf.new_page(width=size[0], height=size[1])
    for key, path in FONTS.items():
        page.insert_font(fontname=f"tinos-{key}", fontfile=str(path))
    for item in items:
        if isinstance(item, Rule):
            page.draw_line((item.x0, item.y), (item.x1, item.y), width=0.8)
        else:
            page.insert_text((item.x, item.y), item.text, fontname=f"tinos-{item.font}", fontsize=item.size)


# Its truth, written before rules round 9, takes "CÔNG TY CỔ PHẦN" under "GIẤY CHỨNG NHẬN ĐĂNG KÝ DOANH NGHIỆP"
# for the subject; the rules now read it as the certificate's name, as blind4-15's truth does
_EARLIER_CONVENTION = pytest.mark.xfail(strict=True, reason="truth: a capitals line under the type name is the subject")


@pytest.mark.parametrize("doc", [pytest.param(d, marks=_EARLIER_CONVENTION) if d.slug == "mau-01-dang-ky-doanh-nghiep"
                                 else d for d in BLIND3 if not d.fill], ids=lambda d: d.slug)
def test_blind3_layout_born_digital(doc, tmp_path):
    """Printed layouts only: the hand-filled family's number and date are not in the print."""
    pdf = pymupdf.open()
    page, _, _, size = lay_out(doc)
    for items in page.pages:
        _vector(pdf, items, size)
    path = tmp_path / f"{doc.slug}.pdf"
    pdf.save(path)
    fields, _ = extract_file(path)
    wrong = {name: (fields[name].value, want) for name, want in doc.fields().items()
             if (normalise(fields[name].value) if fields[name].value else None) != (normalise(want) if want else None)}
    assert not wrong


@pytest.mark.parametrize("organ, notation, sure", [
    ("SỞ KẾ HOẠCH VÀ ĐẦU TƯ TỈNH BẮC GIANG", "ĐKKD-SKHĐT", True),
    ("SỞ KẾ HOẠCH VÀ ĐẦU TƯ TỈNH BẮC GIANG", "ĐKKD-SKHDT", False),  # the notation lost a "Đ" stroke
    ("SỞ GIÁO DỤC VÀ DÀO TẠO", "GCN-SGDĐT", False),  # the issuer did
    ("THƯỜNG TRỰC HĐND", "QĐ-HĐND", True),
])
def test_a_lost_d_stroke_between_notation_and_issuer_is_not_confirmed(organ, notation, sure):
    fields = {"code_notation": Field(notation, 0.95), "organ_name": Field(organ, 0.9)}
    notation_agrees(fields)
    assert (fields["code_notation"].confidence >= 0.9) == sure and (fields["organ_name"].confidence >= 0.9) == sure


def test_a_large_title_word_drifting_off_its_line_on_a_tilted_photo_stays_in_it():
    """20 pt words on a slanted photo: the last one sits 7.5 units lower, more than half a body line."""
    body = [Word(70, 300 + 20 * k, 120, 312 + 20 * k, f"dòng{k}") for k in range(6)]
    title = [Word(286, 148, 330, 169, "CHỨNG"), Word(340, 149, 380, 170, "CHỈ"), Word(512, 158, 570, 175, "DƯỢC")]
    grouped = lines(title + body)
    assert grouped[0].text == "CHỨNG CHỈ DƯỢC" and len(grouped) == 7


def test_the_motto_inside_an_issuer_and_a_name_cut_before_its_vowel_are_flagged():
    """"HÒA" misread "H0À": the motto cannot be parted by its words, but its first word is no organ word: it
    goes, and the issuer goes to a clerk (rules round 13; it stayed, flagged, before)."""
    lines = _merge([_line("UBND HUYỆN THỦY NGUYÊN CỘNG", 60, x=90), _line("H0À XÃ HỘI", 60, x=330),
                    _line("Số: 25/GP-UBND", 110, x=100), _line("Thủy Nguyên, ngày 2 tháng 3 năm 2020", 110, x=340)])
    fields = extract(lines, W, H)
    assert fields["organ_name"].value == "UBND HUYỆN THỦY NGUYÊN" and "organ_name" in needs_review(fields)
    fields = extract(_foot([("CHỦ TỊCH", 365)], "Lê Xuân Th"), W, H)
    assert fields["signer_full_name"].value == "Lê Xuân Th" and "signer_full_name" in needs_review(fields)
    fields = extract(_foot([("CHỦ TỊCH", 365)], "Lê Xuân Tư"), W, H)
    assert "signer_full_name" not in needs_review(fields)

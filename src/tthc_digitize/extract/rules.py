"""Rules that find a result's fields in its lines (domain core: no I/O).

Matching runs on a folded copy of the text (no tone marks, đ→d, lower case, one character per
original character), so OCR damage to diacritics or ``Số`` read as ``S6`` does not stop a match;
values are then cut from the original text at the same positions, keeping every diacritic.
Each field gets a confidence: the weaker of how specific the rule that found it is (lowered when the
value fails a format check: date, tax-code check digit, CCCD structure, notation shape) and how sure
tesseract was of its words (see ``Line.ocr_confidence``; a number, which no spelling checks, by its own
words: ``_digits_sure``); ``checks.py`` then lowers fields whose words look misread. Values are never
"fixed": a date that does not exist is reported, not guessed.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import replace
from datetime import date

from tthc_digitize.extract.checks import check_words, dates_agree, notation_agrees, tidy_names
from tthc_digitize.extract.field import Field
from tthc_digitize.extract.identifiers import cccd_ok, tax_code_ok
from tthc_digitize.extract.layout import COLUMN_GAP, HEADER_SHARE, Line, split_columns
from tthc_digitize.extract.names import person_reading
from tthc_digitize.text import fold, normalise

REVIEW_BELOW = 0.8
REQUIRED = ("type_name", "code_number", "code_notation", "issued_date", "organ_name")
FIELDS = (
    "organ_name", "code_number", "code_notation", "issued_date", "place", "type_name", "subject",
    "signer_position", "signer_full_name", "holder_name", "holder_id", "holder_id_type", "valid_until",
)
TYPE_NAMES = (
    "GIẤY CHỨNG NHẬN", "GIẤY PHÉP", "QUYẾT ĐỊNH", "GIẤY XÁC NHẬN", "CHỨNG CHỈ", "GIẤY ĐĂNG KÝ",
    "THÔNG BÁO", "GIẤY CHỨNG THỰC", "BẰNG", "GIẤY KHAI SINH", "TRÍCH LỤC",
)
MOTTO = ("cong hoa xa hoi chu nghia viet nam", "doc lap - tu do - hanh phuc")
# The kinds of administrative documents (Decree 30/2020, Art. 7) and of results, each of two words or more:
# a title that folds to one of them but is written otherwise lost a tone mark to OCR ("QUYÉT ĐỊNH"). One
# word is too few to tell ("BẰNG", a diploma, and "BẢNG", a table, fold alike).
KINDS = tuple(normalise(k) for k in (
    *(t for t in TYPE_NAMES if " " in t), "CHỈ THỊ", "NGHỊ QUYẾT", "QUY CHẾ", "QUY ĐỊNH", "THÔNG CÁO", "HƯỚNG DẪN",
    "CHƯƠNG TRÌNH", "KẾ HOẠCH", "PHƯƠNG ÁN", "ĐỀ ÁN", "DỰ ÁN", "BÁO CÁO", "BIÊN BẢN", "TỜ TRÌNH", "HỢP ĐỒNG",
    "CÔNG VĂN", "CÔNG ĐIỆN", "BẢN GHI NHỚ", "BẢN THỎA THUẬN", "GIẤY ỦY QUYỀN", "GIẤY MỜI", "GIẤY GIỚI THIỆU",
    "GIẤY NGHỈ PHÉP", "PHIẾU GỬI", "PHIẾU CHUYỂN", "PHIẾU BÁO", "THƯ CÔNG"))


def kind_reading(title: str) -> str:
    """``title`` with its first words written as the kind of document they fold to ("QUYÉT ĐỊNH", "CHÍ THỊ")."""
    words = title.split()
    for kind in KINDS:
        n = len(kind.split())
        read = " ".join(words[:n])
        if fold(read) == fold(kind):
            return title if normalise(read).upper() == kind else " ".join([kind, *words[n:]])
    return title


def fold_same_length(text: str) -> str:
    """Like :func:`fold`, but one output character per input character, so spans carry over."""
    return "".join((fold(ch) or ch)[0] for ch in text)


# a lost space glues a day or month to the word after it ("26tháng", "9năm"): the words still part them
_DATE = r"ngay\s*(\d{1,2})\s*thang\s*(\d{1,2})\s*nam\s*(\d{4})"
_NUMERIC_DATE = r"ngay\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\b"
# "Số:", "Số (No.):"; the label is what marks the line, whatever the number looks like
_NUMBER_LABEL = r"^\W*s[o6d0e]\s*(?:\(\s*no\.?\s*\)\s*)?[:;.]?"  # "Số" read as "Sé:" too (real corpus 3)
_NUMBER = re.compile(_NUMBER_LABEL + r"\s*(\d{1,7}[a-z]?)\s*/\s*([0-9a-z][0-9a-z\-/.]*[0-9a-z])")
# the slash lost between the number and a notation of letters with a dash ("Số: 76GCN-BQLC"): a digit may have
# gone with it, or the slash be read as one ("761GCN")
_SLASHLESS_NUMBER = re.compile(_NUMBER_LABEL + r"\s*(\d{1,7})([a-z][0-9a-z.]*-[0-9a-z\-/.]*[0-9a-z])")
# a number written in by hand after signing reads as anything ("Số„2⁄1⁄4É /TB-ĐHĐL"): the printed
# notation after it still names the line, as long as it has a notation's shape (a dash in it); the scrawl
# may read as slashes too ("Só„2⁄⁄/é /TB-ĐHĐL"), and the slash as a symbol glued to the notation ("Số: ` #GP-KTHT")
# or, where the notation is the column's last word, letters alone ("Số: 9ŸÑ_ /ĐHNN", a university's letter)
_UNREAD_NUMBER = re.compile(_NUMBER_LABEL + r".{0,20}?(?:/|[^\w\s.,:;-])\s*([a-z][0-9a-z.]*-[0-9a-z\-/.]*[0-9a-z]|"
                            r"[a-z]{2,10}(?=\W*$))")
# its ink lifted off with the seal's, nothing is left between the label and the slash: any notation then
_BLANK_NUMBER = re.compile(_NUMBER_LABEL + r"\s*/\s*([a-z][0-9a-z.]*[0-9a-z])\b")
_NOTATION_WORD = re.compile(r"[A-ZĐ]{2,}-[A-ZĐ]{2,}|/")  # a word of a notation: capitals with a dash, or a slash
_PLACE_DATE = re.compile(r"^\W*(.*?)\s*,?\s*" + _DATE)
_PLACE_NUMERIC_DATE = re.compile(r"^\W*([^\d/]*?)\s*,?\s*" + _NUMERIC_DATE)
# the place before ", ngày …" whose day or month was written in by hand and reads as anything
_PLACE_UNREAD_DATE = re.compile(r"^\W*([a-z][^,]{1,40}?)\s*,\s*ng\S{0,3}\s*\S")
_UNTIL = r"[^.;]*?den\s+(?:het\s+)?(?:" + _DATE + "|" + _NUMERIC_DATE + ")"
_VALID_UNTIL = re.compile(r"(?:co gia tri|thoi han|hieu luc)" + _UNTIL)
# "Thời gian hưởng: từ ngày 14/6/2022 đến ngày 13/10/2022": on a result, a period on a row of its own ends it
# too; on a plan or a notice it is the work's or the posting's ("Thời gian thực hiện:", real corpus)
_PERIOD = re.compile(r"thoi gian [a-z ]{1,30}:" + _UNTIL)
# a validity sentence with a year in it: if no end date could be read from it, a clerk should look
_VALIDITY_HINT = re.compile(r"(?:co gia tri|thoi han|hieu luc|het han)[^.;]*?\d{4}")
# a row's start, after its item number if any ("1.", "2)", or "2," as OCR reads a period)
_ITEM = r"^\W*(?:\d{1,2}\s*[.,)]\s*)?"
_LABEL_ROW = re.compile(_ITEM + r"[a-z][a-z ,]{0,40}:\s?")
# words an organisation's name starts with
# ("Trường …" is a school; "Trưởng phòng …", folded the same, an official who proposes or carries a decision out)
_ORGANISATION = (r"(?:cong ty|hop tac xa|chi nhanh|trung tam|doanh nghiep|ho kinh doanh|benh vien|co so|ban quan ly|"
                 r"truong(?! (?:phong|ban|khoa|tram|doan|nhom|thon|ap|bo|cong an)\b))\b")
# "Ông", "Bà", "Ông (bà):", "anh", "em" before a person's name (not "Chi nhánh …"; not "cụ", "cháu": the family
# names "Cù", "Châu" fold the same)
_SIR = r"(?:(?:ong|ba|anh|chi(?! nhanh)|em)(?:\s*\(\s*ba\s*\)|\s*/\s*ba)?\s*[.:]?\s+)?"
_LEARNER = r"(?:sinh vien|hoc sinh|hoc vien)"  # "Miễn học phí cho sinh viên …"
_HOLDER = [
    (re.compile(r"(?:(?:cap|giao|cho thue|tang)(?: [a-z]+,?){0,10}? cho|cho phep|cong nhan(?: [a-z ]*? cho)?)\s*:?\s+"
                r"(?:ho gia dinh\s+|ho\s+(?=(?:ong|ba)\b))?" + _SIR + r"([^,;(]+?)\s*[,;(]"), 0.9),
    (re.compile(r"chung nhan\s*:\s*" + _SIR + r"(.+?)(?=\s+(?:ma so|dia chi|so can cuoc|sinh ngay|sinh nam)|\s*[,;]|$)"), 0.85),
    (re.compile(r"xac nhan\s*:\s*" + _SIR + r"([^,;]+?)\s*[,;]"), 0.85),
    # "Chứng nhận Trung tâm …, mã số thuế …": no colon, but an organisation's name right after the verb
    (re.compile(r"chung nhan\s+(" + _ORGANISATION + r"[^,;(:]+?)\s*[,;(]"), 0.85),
    # "Điều 1. Giao Công ty …, mã số …, đào tạo …": the organisation a decision gives its task to
    (re.compile(r"dieu 1\s*[.:]\s*giao\s+(" + _ORGANISATION + r"[^,;(:]+?)\s*[,;(]"), 0.85),
    # "Điều 1. Tiếp nhận bà …, sinh ngày …", "Điều 1. Bổ nhiệm ông …": the person a decision takes in or appoints
    (re.compile(r"dieu 1\s*[.:]\s*(?:tiep nhan|bo nhiem)\s+(?:ong|ba)\s+([^,;(:]+?)\s*[,;(]"), 0.85),
    # "Cho phép thành lập Hội Nuôi ong huyện …": the body founded holds the permission to found it
    (re.compile(r"cho phep thanh lap\s+([^,;(:.]+?)\s*[,;(.]"), 0.85),
    # "Cho Công ty …, mã số …, thuê …": the organisation between the verb's two halves
    (re.compile(r"\bcho\s+(" + _ORGANISATION + r"[^,;(:]+?)\s*[,;(]"), 0.85),
    # "Trợ cấp … đối với cháu …": the person a benefit is for (a guardian it is paid to comes later, "cho bà …")
    # ("đối với ông có tên sau đây:" announces a row: no colon in the name)
    (re.compile(r"\bdoi voi\s+(?:ong|ba|cu|chau|em|anh|chi|" + _LEARNER + r")\s+([^,;(:]+?)\s*[,;(]"), 0.85),
    # "Phê duyệt kinh phí bồi thường … cho hộ bà …": a person the decision is for, whatever the verb
    (re.compile(r"\bcho\s+(?:ho\s+)?(?:ong|ba|" + _LEARNER + r")\s+([^,;(]+?)\s*[,;(]"), 0.85),
]
# "… được giao cho ông …, người đại diện của Công ty, để chấp hành": handed the decision to carry out, not granted
# it ("giao đất cho … để thực hiện dự án" is a grant)
_HANDED_OVER = re.compile(r"[^.;]*?\bde (?:chap hanh|thi hanh|biet)\b")
# a representative's or a parent's row ("Họ, chữ đệm, tên người cha nuôi: …") names someone else than the holder
_NOT_HOLDERS = r"dai dien|nguoi cha|nguoi me"
# a label row ("Họ và tên chủ hộ: …", "Tên chi nhánh: …") on a line of its own; not a representative's
_LABELLED_HOLDER = re.compile(
    _ITEM +  # a numbered form's item: "1. Tên công ty …:"
    r"(?:ho va ten|ho ten|ho,? chu dem,? ten|co so [a-z ]{0,20}?|"
    r"(?:ong|ba)\s*(?:\(\s*ba\s*\)|/\s*ba)?(?=\s*:)|"  # "Ông (bà): …", the pensioner's row
    r"(?:ten )?chu (?:tau|hang|co so|so huu|phuong tien)\b|"  # "Tên chủ tàu: …", the owner of what is registered
    r"ten (?:to chuc|doanh nghiep|chi nhanh|don vi|co so|ho kinh doanh|cong ty|(?:lien hiep )?hop tac xa)"
    # "Tên người nộp thuế: Công ty …", "Tên đơn vị kinh doanh vận tải: Công ty …": any "Tên …" row naming a firm
    r"|ten [a-z ]{1,40}?(?=\s*:\s*" + _ORGANISATION + r"))"
    # "Tên cơ sở khám bệnh, chữa bệnh:"; not a representative's row, nor a parent's ("… tên người cha nuôi:")
    r"(?![a-z ]*(?:" + _NOT_HOLDERS + r"))[a-z ,]{0,30}?\s*:\s*" + _SIR + r"([^,;]+)"
)
_NOT_HOLDERS_ROW = re.compile(_NOT_HOLDERS)
_UP_TO_COMMA = re.compile(r"[^,;]*")
# the holder inside a decision's subject: "Phê duyệt … của Công ty …"
_OF_ORGANISATION = re.compile(r"\bcua\s+(" + _ORGANISATION + r"[^,;(:]*?)\s*(?:[,;(]|$)")
_ARTICLE_ONE = re.compile(r"\bdieu 1\s*[.:]")
_HOLDER_ID = [
    # "Mã số thuế hộ kinh doanh: …": the label may name whose code it is; a cooperative's code is its tax code
    (re.compile(r"(?:ma so (?:doanh nghiep|thue|chi nhanh|ho kinh doanh|dia diem kinh doanh|don vi phu thuoc|"
                r"(?:lien hiep )?hop tac xa))(?: [a-z]+){0,4}"
                r"\s*:?\s*(\d{10}(?:-\d{3})?)\b"), "tax_code"),
    # a form's tax code written one digit per printed box: the box edges read as bars, brackets or spaces
    (re.compile(r"(?:ma so (?:doanh nghiep|thue))\s*:?\s*((?:[\[\]|(){}\s]*\d){10})(?![\[\]|]*\d)"), "tax_code"),
    (re.compile(r"(?:so can cuoc cong dan|so cccd|so dinh danh ca nhan)\s*:?\s*(\d{12})\b"), "cccd"),
    (re.compile(r"(?:so chung minh nhan dan|so cmnd)\s*:?\s*(\d{9})\b"), "cmnd"),
]
_BORN = re.compile(r"(?:sinh ngay|ngay sinh)\s*:?\s*\d{1,2}\s*(?:thang|/)\s*\d{1,2}\s*(?:nam|/)\s*(\d{4})|sinh nam\s+(\d{4})")


def _date(day: str, month: str, year: str) -> tuple[str | None, float]:
    try:
        return date(int(year), int(month), int(day)).isoformat(), 1.0
    except ValueError:
        return None, 0.3  # a date that does not exist: reported for review, not repaired


def _is_caps(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters)


def extract(lines: list[Line], width: float, height: float) -> dict[str, Field]:
    fields: dict[str, Field] = {name: Field(None, 0.0) for name in FIELDS}
    first = [ln for ln in lines if ln.page == lines[0].page] if lines else []
    header = _below_the_signing_stamp([ln for ln in first if ln.top < HEADER_SHARE * height])
    number_line = _header_left(fields, header, width)
    date_line = _place_and_date(fields, header, width)
    # the title stands under the number and the date; when the number is unreadable, under the date
    body_start = _title_and_subject(fields, first, number_line or date_line, width)
    for page in _signing_pages(lines):
        _signer(fields, [ln for ln in lines if ln.page == page], width)
        if fold(fields["signer_position"].value or "").startswith(_RECEIVER):
            # the receipt a penalty decision ends with ("NGƯỜI NHẬN QUYẾT ĐỊNH", real corpus 2): not its signer
            fields["signer_position"] = fields["signer_full_name"] = Field(None, 0.0)
        elif fields["signer_position"].value or fields["signer_full_name"].value:
            break
    body = lines[lines.index(body_start):] if body_start in lines else lines
    _holder_and_validity(fields, body)
    _holder_unexpected(fields)
    _place_seen_elsewhere(fields, [ln for ln in lines if ln is not date_line])
    tidy_names(fields)
    check_words(fields, lines)
    notation_agrees(fields)
    dates_agree(fields, lines)
    return fields


# words a place's name follows without being part of it ("tỉnh Ninh Thuận", "của Vinh")
_LEVEL_WORDS = ("tinh", "pho", "tp", "tp.", "huyen", "quan", "xa", "phuong", "tran", "ubnd", "cua", "tai")


def _place_seen_elsewhere(fields: dict[str, Field], others: list[Line]) -> None:
    """A place is a name, and a misread tone mark makes another name ("Vĩnh" for "Vinh"): unless the
    document writes it again (in the agency's name, an address), its spelling is not confirmed. Written
    again after another capitalised word ("Phan Rang - Tháp Chàm" for "Rang - Tháp Chàm") it was cut."""
    place = fields["place"]
    if not place.value or place.confidence < 0.9:
        return
    words = re.compile(rf"(?<!\w){re.escape(normalise(place.value).lower())}(?!\w)")
    text = " ".join(normalise(ln.text) for ln in others)  # joined: a name may wrap at a line's end
    for seen in words.finditer(text.lower()):
        before = text[:seen.start()].split()[-1:]
        if not before or not before[0][:1].isupper() or fold(before[0]) in _LEVEL_WORDS:
            return
    fields["place"] = replace(place, confidence=0.85)


# titles of what follows a document's signature: lists, forms and tables annexed to it
_ANNEX = ("phu luc", "danh sach", "bieu mau", "mau so")
_RECEIVER = "nguoi nhan"
_MOTTO = MOTTO[0].removesuffix(" viet nam")  # the country's name may be misread
HEADER_LINES = 8  # a page's first lines: an issuer of up to three lines, its number, then the motto


# what a digital signature's stamp prints on a page sent out as a copy: the signing time and its zone, an e-mail,
# and its labels ("Người ký:", "Ký bởi:", "Email:", "Thời gian ký:"), which OCR keeps when it garbles the rest
_STAMP = re.compile(r"\d{1,2}:\d{2}:\d{2}|\+\s?07:00|@")
_STAMP_LABEL = re.compile(r"\b(?:nguoi ky|ky boi|e-?mail|thoi gian ky)\b")


def _below_the_signing_stamp(header: list[Line]) -> list[Line]:
    """The header without the stamp a digital signature prints above it ("TRUNG TÂM CÔNG BÁO VÀ TIN HỌC",
    an e-mail, "21.01.2025 09:27:35 +07:00"): its lines, read before the issuer's, were taken for the issuer's
    first ones (real corpus 2). Only a stamp that ends above the national motto: one beside the issuer stays."""
    motto = next((i for i, ln in enumerate(header) if _holds_motto(ln.text)), len(header))
    stamped = [i for i, ln in enumerate(header[:motto]) if _STAMP.search(ln.text) or _STAMP_LABEL.search(fold(ln.text))]
    return header[stamped[-1] + 1:] if stamped else header


def _signing_pages(lines: list[Line]) -> list[int]:
    """Where the signer block is looked for: the last page of the main text (an annex — "PHỤ LỤC",
    "DANH SÁCH …" at the top of a later page — comes after the signature), then the page before it,
    for a block pushed off its page's foot only by the "Nơi nhận" list."""
    pages = sorted({ln.page for ln in lines})
    for i, page in enumerate(pages[1:], start=1):
        top = [ln.text for ln in lines if ln.page == page][:HEADER_LINES]
        # a later page under the national motto opens another document: the draft a submission carries (real
        # corpus 2: its unsigned "CHỦ TỊCH" block was taken for the submission's signer)
        if any(fold(t).lstrip(" '\"`.,:;-").startswith(_ANNEX) for t in top[:5]) or any(map(_motto_in, top)):
            pages = pages[:i]
            break
    return pages[-2:][::-1]


def _holds_motto(text: str) -> bool:
    """Whether a line holds a line of the national motto, in whatever case it was read."""
    folded = fold(text)
    return any(m in folded for m in MOTTO)


def _motto_in(text: str) -> bool:
    """Whether a line holds the national motto in capitals, as a header prints it (beside an issuer's line);
    the body names the country in small letters ("Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam")."""
    words, motto = text.split(), _MOTTO.split()
    return any([fold(w) for w in words[i:i + len(motto)]] == motto and all(map(_is_caps, words[i:i + len(motto)]))
               for i in range(len(words) - len(motto) + 1))


def _opens_with_a_title(text: str) -> bool:
    """Whether a line is, or starts with, a kind's name ("GIẤY PHÉP", "GIẤY PHÉP XÂY DỰNG")."""
    folded = fold(text)
    return any(folded == fold(t) or folded.startswith(fold(t) + " ") for t in TYPE_NAMES)


def _header_left(fields: dict[str, Field], header: list[Line], width: float) -> Line | None:
    issuer: list[Line] = []
    titled = False  # a title ("GIẤY PHÉP") over a number printed under it ends the issuer
    for line in header:
        left, _ = split_columns(line, width)
        if left is None:
            continue
        folded = fold_same_length(left.text)
        match = _NUMBER.match(folded) or _SLASHLESS_NUMBER.match(folded)
        unread = None if match else _UNREAD_NUMBER.match(folded) or _BLANK_NUMBER.match(folded)
        if match or unread:
            # as printed: some units write their code in mixed case ("CTrTT"), which OCR may also invent
            found, group = (match, 2) if match else (unread, 1)
            notation = left.text[found.start(group):found.end(group)]
            shape = 0.95 if "-" in notation else 0.7
            if notation != notation.upper():
                shape = min(shape, 0.85)
            # the notation's own words vouch for it, not a number written into the blank before it by hand
            printed = tuple(w for w in left.words if not w.text.strip(".,:;").isdigit())
            shape = _sure(shape, Line(printed) if printed else left)
            if match:
                number = left.text[match.start(1):match.end(1)]
                sure = _digits_sure(shape, number, left)
                if folded[match.end(1)] != "/":  # "Số: 43 /GP": written into the form's blank, often by hand
                    sure = min(sure, 0.85 if "/" in folded[match.end(1):match.start(2)] else 0.7)
                    if _taller_than_print(left, number):  # a hand's black digits read as clean ones (real corpus 2)
                        sure = min(sure, 0.6)
                fields["code_number"] = Field(number, sure, left.page, left.box)
            else:  # not digits: to be read off the page by a clerk, not guessed
                fields["code_number"] = Field(None, 0.3, left.page, left.box)
            fields["code_notation"] = Field(notation, shape, left.page, left.box)
            if issuer:
                # a line ending in a hyphen ("… NGHỀ NGHIỆP-" / "GIÁO DỤC THƯỜNG XUYÊN") joins two names, spaced
                value = " ".join(re.sub(r"(?<=\w)-$", " -", ln.text) for ln in issuer)
                sure = 0.9 if all(_is_caps(ln.text) for ln in issuer) and len(issuer) <= 3 else 0.6
                fields["organ_name"] = Field(value, _sure(sure, *issuer), issuer[0].page, _union(issuer))
            return line
        left = _without_junk_edges(left)
        titled = titled or (left is not None and _opens_with_a_title(left.text))
        if not titled and left is not None and any(sum(ch.isalpha() for ch in w) >= 2 for w in left.text.split()):
            issuer.append(left)  # not a speck read as "z" or "J" between the issuer's lines or before the number
    return None


def _place_and_date(fields: dict[str, Field], header: list[Line], width: float) -> Line | None:
    # the place and date stand under the motto; a dated line above it is a gazette's or a copy's running
    # title ("CÔNG BÁO/Số 677 + 678/Ngày 24-4-2023")
    motto = next((ln.top for ln in header if _holds_motto(ln.text)), None)
    for line in header:
        left, right = split_columns(line, width)
        if right is None or (motto is not None and line.top < motto):
            continue
        folded = fold_same_length(right.text)
        match = _PLACE_DATE.search(folded) or _PLACE_NUMERIC_DATE.search(folded)
        unread = None if match else _PLACE_UNREAD_DATE.search(folded)
        if match or unread:
            if match:
                value, sure = _date(*match.groups()[1:])
                sure = _digits_sure(_sure(0.95 * sure, right), "".join(match.groups()[1:]), right)
                fields["issued_date"] = Field(value, sure, right.page, right.box)
            else:  # a day written in by hand: the place stands, the date is for a clerk to read
                fields["issued_date"] = Field(None, 0.3, right.page, right.box)
            found = match or unread
            place = right.text[found.start(1):found.end(1)].strip(" ,")
            # a notation before it ("/GCNSN-UBND Quảng Yên"): the columns were not parted where they meet
            words = place.split()
            code = max((i + 1 for i, w in enumerate(words) if _NOTATION_WORD.search(w)), default=0)
            place = " ".join(words[code:])
            if place:
                # a place is a name: one misread tone mark gives another ("Nghỉ Sơn"), so its weakest word decides
                own = Line(tuple(w for w in right.words if w.text.strip(" ,") in place.split()))
                sure = _name_sure(_sure(0.9 if not code else 0.7, right), own, cap=0.85)
                spilt = _spilt_into_the_number(left)
                if spilt:
                    place, sure = f"{spilt} {place}", min(sure, 0.7)
                fields["place"] = Field(place, sure, right.page, right.box)
            return line
    return None


def _spilt_into_the_number(left: Line | None) -> str:
    """The place's first word or two, parted from it onto the number's side ("Số: 635/QĐ-SVHTTDL Phan" |
    "Rang - Tháp Chàm, ngày …"): capitalised words after the notation, which ends the number's column."""
    words = left.text.split() if left is not None else []
    after = max((i + 1 for i, w in enumerate(words) if _NOTATION_WORD.search(w)), default=len(words))
    spilt = words[after:]
    named = all(w[:1].isupper() and w[1:].isalpha() and w[1:].islower() for w in spilt)
    return " ".join(spilt) if spilt and len(spilt) <= 2 and named else ""


def _title_and_subject(fields, first: list[Line], number_line: Line | None, width: float) -> Line | None:
    start = first.index(number_line) + 1 if number_line in first else 0
    cong_van = _cong_van(fields, first, start, width)
    if cong_van is not None:
        return cong_van
    for i in range(start, len(first)):
        line = first[i]
        if _holds_motto(line.text) or not _is_caps(line.text):
            continue
        if line.x0 < 0.15 * width or not _centred(line, width):
            continue  # titles are centred; a caps line at the margin or in a header column is something else
        title = _title_lines(first, i, width)
        text = " ".join(t.text for t in title)
        known = next((t for t in TYPE_NAMES if fold(text).startswith(fold(t))), None)
        sure = 0.95 if known else 0.6
        words, n = text.split(), len(known.split()) if known else 0
        if known and len(words) > n and normalise(words[n]).upper() == "CỦA":
            # "QUYẾT ĐỊNH CỦA ỦY BAN NHÂN DÂN TỈNH": before 2011 a title named its authority after the kind
            # ("GIẤY CHỨNG NHẬN CỬA HÀNG …" folds the same, and is a name)
            text, sure = " ".join(words[:n]), 0.85
        i, line = first.index(title[-1]), title[-1]
        after = first[i + 1] if i + 1 < len(first) else None
        if len(title) > 1 or (after is not None and _is_caps(after.text) and _centred(after, width)):
            # where a title ends and a capitals subject starts is a judgement: "GIẤY CHỨNG NHẬN" /
            # "ĐĂNG KÝ HỘ KINH DOANH" is one title, "GIẤY CHỨNG NHẬN" / "QUYỀN SỬ DỤNG ĐẤT …" a title and its subject
            sure = min(sure, 0.85)
        kind = kind_reading(text)  # written as the kind it folds to, it goes to a clerk
        fields["type_name"] = Field(kind, _sure(sure if kind == text else min(sure, 0.7), *title), title[0].page,
                                    _union(title))
        # The subject is the block right under the title (in capitals on many licences); the body
        # starts after a blank line's worth of space, or with "Căn cứ"/"Điều", or with a heading
        # in capitals under a mixed-case subject.
        subject: list[Line] = []
        for follow in first[i + 1:]:
            gap = follow.top - (subject[-1] if subject else line).bottom
            heading = _is_caps(follow.text) and subject and not _is_caps(subject[-1].text)
            # "Họ và tên: …" starts the body of a certificate; "Về việc: …" is the subject's own label (real corpus 2)
            label = _LABEL_ROW.match(fold(follow.text)) and not fold(follow.text).startswith(_ABOUT)
            motto = _holds_motto(follow.text)  # a title read in the header's band
            opening = fold(follow.text).startswith(("can cu", "dieu "))
            if heading or label or motto or opening or gap > line.bottom - line.top:
                break
            subject.append(follow)
        if subject:
            text = _about_reading(" ".join(s.text for s in subject))
            sure = 0.85 if len(subject) <= 3 else 0.6
            if ":" in text:
                sure = min(sure, 0.6)  # a label row ("Họ và tên: …") where a document has no subject line
            fields["subject"] = Field(text, _sure(sure, *subject), line.page, _union(subject))
            return subject[-1]
        return line
    return None


_ABOUT = "ve viec"


def _about_reading(subject: str) -> str:
    """A subject opening "Về việc" as Decree 30 writes it, with its capital, marks and space ("vềviệc", "Vé việc")."""
    words = subject.split()
    for n in (1, 2):
        if len(words) > n and fold("".join(words[:n])) == _ABOUT.replace(" ", ""):
            return " ".join(["Về", "việc", *words[n:]])
    return subject


def _title_lines(first: list[Line], i: int, width: float) -> list[Line]:
    """The title line and the lines that carry it on: a title cut inside a type name ("GIẤY CHỨNG" /
    "NHẬN"), or one set larger than the text under it and wrapped ("CHỨNG CHỈ HÀNH NGHỀ" / "DƯỢC"),
    continues on the next centred capitals line of its own size."""
    title = [first[i]]
    text_height = statistics.median(ln.bottom - ln.top for ln in first)
    for follow in first[i + 1:]:
        last = title[-1]
        height, follow_height = last.bottom - last.top, follow.bottom - follow.top
        # the authority a result opens with ("CHỦ TỊCH ỦY BAN NHÂN DÂN …") is set as large as its title on some pages
        if (not _is_caps(follow.text) or not _centred(follow, width)
                or follow.top - last.bottom > 1.5 * height or fold(follow.text).startswith(_AUTHORITY)):
            break
        joined = fold(" ".join(t.text for t in title))
        cut = any(fold(t).startswith(joined + " ") for t in TYPE_NAMES)
        large = height > 1.25 * text_height and follow_height > 0.9 * height
        if not (cut or large or _names_the_certificate(joined, follow)):
            break
        title.append(follow)
    return title


# results whose name runs on over lines (a decision's or a notice's subject is a "Về việc …" line), and the
# authority a decision opens with under its title
_CERTIFICATES = ("giay ", "chung chi", "chung nhan", "hop dong", "phieu", "the ", "bang ", "trich luc", "so ")
_AUTHORITY = ("chu tich", "giam doc", "bo truong", "truong ", "chanh ", "cuc truong", "hieu truong", "uy ban")
_MOTTO_START = ("cong hoa", "doc lap")  # misread as it may be ("CỘNG HÒA XÃ HỌI …"), the motto is no title


def _names_the_certificate(title: str, follow: Line) -> bool:
    """A certificate's or licence's name runs on in capitals ("GIẤY CHỨNG NHẬN" / "ĐĂNG KÝ HỘ KINH
    DOANH"): Decree 30 writes a subject (trích yếu) under the type name in lower case, so a capitals line
    there is the name's. Not under a decision, whose next capitals line is the authority issuing it, nor
    under a line that is no type name at all ("THỦ TƯỚNG CHÍNH PHỦ" above the motto)."""
    return title.startswith(_CERTIFICATES) and not fold(follow.text).startswith(_AUTHORITY + _MOTTO_START)


def _centre(line: Line) -> float:
    return (line.x0 + line.box[2]) / 2


def _centred(line: Line, width: float) -> bool:
    """Centred on the page, as titles are (within 15 % of the width)."""
    return abs(_centre(line) - width / 2) <= 0.15 * width


# "V/v", "Vv" and as OCR reads them ("V⁄w", with a fraction slash)
_VV = re.compile(r"v\s*[/⁄]\s*[vw]|vv\s")


def _cong_van(fields, first: list[Line], start: int, width: float) -> Line | None:
    """A công văn prints no type name: its subject is a "V/v …" block in the issuer's column under
    the number (Decree 30, appendix I). Found there, and with no known type name centred on the
    page, the type is inferred; the block runs on while its lines stay in that column."""
    for i in range(start, len(first)):
        left, _ = split_columns(first[i], width)
        opening = fold(left.text).lstrip(" '\"`.,:;-") if left is not None else ""
        if left is None or not _VV.match(opening) or _centre(left) > 0.45 * width:
            continue
        # in capitals: a body line may open with a kind's name ("Quyết định số 1744/QĐ-BGTVT, …", real corpus 2)
        # any kind Decree 30 names: a report may give its subject as a "V/v" line under "BÁO CÁO" (real corpus 3)
        titled = any(_centred(ln, width) and _is_caps(ln.text) and any(fold(ln.text).startswith(fold(k))
                                                                      for k in KINDS) for ln in first)
        if titled:
            return None
        block = [left]
        for follow in first[i + 1:]:
            part, _ = split_columns(follow, width)
            gap = follow.top - block[-1].bottom
            if (part is None or _centre(part) > 0.45 * width or gap > block[-1].bottom - block[-1].top
                    or fold(part.text).startswith(("kinh gui", "can cu"))):
                break
            block.append(part)
        fields["type_name"] = Field("CÔNG VĂN", _sure(0.9, block[0]), block[0].page, block[0].box, "extraction")
        text = re.sub(r"^(\W*)[Vv]\s*[/⁄]\s*[vw]\b", r"\1V/v", " ".join(b.text for b in block))  # "V⁄w" as "V/v"
        fields["subject"] = Field(text, _sure(0.85 if len(block) <= 3 else 0.6, *block), block[0].page, _union(block))
        return next(ln for ln in first if block[-1].words[0] in ln.words)
    return None


def _signer(fields: dict[str, Field], last_page: list[Line], width: float) -> None:
    """The signer block is the right half of the lines at the foot of the text, beside the
    "Nơi nhận" list (or alone); body lines run across the middle and are not part of it. Specks
    read as words are left out, but a block they sat in is flagged: one might have been a word."""
    right: list[Line] = []
    specks: list[Line] = []
    recipients = False
    for line in last_page:
        left, part = split_columns(line, width)
        opening = fold(left.text).lstrip(" '\"`.,:;") if left is not None else ""
        recipients = recipients or opening.startswith("noi nhan")  # from here on the left column lists them
        # a left part parted from the right one by a column's gap is a list or a second signer block
        # ("ĐẠI DIỆN BÊN B" beside "ĐẠI DIỆN BÊN A"), never a body line, which runs across the page
        parted = left is not None and part is not None and part.x0 - left.box[2] > COLUMN_GAP * width
        beside_recipients = left is None or recipients or opening.startswith(("-", "luu")) or _noise(left) or parted
        if part is not None and _noise(part):
            specks.append(part)
            part = None
        # a long position line ("CÔNG CHỨC TƯ PHÁP - HỘ TỊCH") starts left of the middle, centred right of it
        in_block = part is not None and (part.x0 >= 0.5 * width or (part.x0 >= 0.4 * width and _centre(part) >= 0.6 * width))
        if in_block and beside_recipients:
            right.append(part)
        elif part is not None and left is not None and not beside_recipients:
            right = []  # a body line: the block, if any, comes after it
    # the lowest line in small letters is where the name was written; what it holds may be strokes read as letters
    name_line = next((r for r in reversed(right) if not _is_caps(r.text) and len(r.words) >= 2), None)
    if name_line is None:
        _position_alone(fields, right)
        return
    if _names_someone(name_line.text):
        fields["signer_full_name"] = Field(name_line.text, _name_sure(_sure(0.85, name_line), name_line),
                                           name_line.page, name_line.box)
    block, broken = _position_block([r for r in right if r.bottom <= name_line.top])
    if block:
        position = " ".join(b.text for b in block)
        sure = 0.7 if broken or any(block[0].top <= s.top <= name_line.bottom for s in specks) else 0.85
        fields["signer_position"] = Field(position, _sure(sure, *block), block[0].page, _union(block))


def _names_someone(text: str) -> bool:
    """A name line: two words or more, two of them capitalised with small letters after ("Lữ Văn Sáu"); not a
    position in capitals with a letter misread small ("TRƯỞNG PiIÒNG KINH TẾ")."""
    words = person_reading(text).split()
    return len(words) >= 2 and sum(w[:1].isupper() and w[1:2].islower() for w in words) >= 2


def _position_block(above: list[Line]) -> tuple[list[Line], bool]:
    """The capitals lines of a position, walking up from the name: the signature and the seal's
    lettering read as stray letters ("Kho ~ SN", "“ SỞ :") are passed over, and the walk stops at the
    first line of real mixed-case text. Returns the block and whether stray letters sat inside it
    (between two of its lines: one of them may have been a word of the position)."""
    block: list[Line] = []
    gap = inside = False
    for line in reversed(above):
        line = _without_junk_edges(line)
        tokens = (line.text if line else "").split()
        words = [w for w in tokens if sum(ch.isalpha() for ch in w) >= 2]
        # a seal's lettering reads as single capitals among a few short words ("Ỉ TỰ VỊ Ụ Ỉ"); a position's
        # words are whole
        whole = len(words) >= 2 and 2 * len(words) > len(tokens)
        if line is not None and _is_caps(line.text) and (whole or _RANK.search(fold(line.text))):
            inside = inside or (gap and bool(block))
            block.insert(0, line)
            gap = False
        elif line is None or line.ocr_confidence < 0.7 or sum(map(_wordlike, line.text.split())) < 3:
            gap = True
        else:
            break
    return block, inside


def _wordlike(token: str) -> bool:
    """"nhận", "Công": letters in lower case after at most a capital — not "Nj" beside "“UY ÁA/"."""
    word = token.strip(".,:;!?\"'“”()")
    return len(word) >= 2 and word.isalpha() and word[1:].islower()


def _without_junk_edges(line: Line) -> Line | None:
    """The line without the words at its ends that hold no capital letter and no digit ("=z:", "“")."""
    words = list(line.words)
    while words and not any(ch.isupper() or ch.isdigit() for ch in words[0].text):
        words.pop(0)
    while words and not any(ch.isupper() or ch.isdigit() for ch in words[-1].text):
        words.pop()
    return Line(tuple(words)) if words else None


_RANK = re.compile(r"^(?:kt|tl|tm|q|tuq)\s*\.|\b(?:truong|giam doc|chu tich|thu truong|bo truong|chanh|cuc truong)\b")


def _position_alone(fields: dict[str, Field], right: list[Line]) -> None:
    """A position block whose name was not read (under a seal and a signature, or written by hand):
    the position is kept for a clerk to confirm; the name stays empty rather than guessed."""
    block, _ = _position_block(right)
    if block and _RANK.search(fold(block[0].text)):
        position = " ".join(b.text for b in block)
        fields["signer_position"] = Field(position, _sure(0.7, *block), block[0].page, _union(block))


def _holder_and_validity(fields: dict[str, Field], body: list[Line]) -> None:
    starts, offset = [], 0
    for line in body:  # where each line starts in the joined text, to find the lines a match spans
        starts.append(offset)
        offset += len(line.text) + 1
    text = " ".join(ln.text for ln in body)
    folded = fold_same_length(text)

    def located(value: str | None, sure: float, span: tuple[int, int], digits: str = "") -> Field:
        lines = [ln for ln, at in zip(body, starts) if at < span[1] and at + len(ln.text) > span[0]]
        on_page = [ln for ln in lines if ln.page == lines[0].page] if lines else []
        sure = _digits_sure(_sure(sure, *lines), digits, *lines)
        return Field(value, sure, on_page[0].page if on_page else None, _union(on_page) if on_page else None)

    def named(match: re.Match, sure: float) -> tuple[str, tuple[int, int], float]:
        end = match.end(1)
        row = _LABEL_ROW.match(folded[match.start(1):])
        # "XÁC NHẬN:" / "Họ, chữ đệm, tên: …", "CHO PHÉP:" / "1. Tên cơ quan, tổ chức …: …": cut at the label's comma
        if row and match.start(1) + row.end() > end and re.search(r"\bten\b", row.group()):
            if _NOT_HOLDERS_ROW.search(row.group()):
                return "", match.span(1), sure
            line_end = next((at - 1 for at in starts if at > match.start(1)), len(text))
            end = min(_UP_TO_COMMA.match(folded, match.start(1) + row.end()).end(), line_end)
        span = (match.start(1), _line_end_before_next_row((match.start(1), end), body, starts))
        of = _OF_ORGANISATION.search(folded, *span)
        if of:  # "phương án sản xuất của Hợp tác xã …": what is granted, then whose it is
            span, sure = of.span(1), min(sure, 0.85)
        return _without_label(text[span[0]:span[1]].strip()), span, sure

    article = _ARTICLE_ONE.search(folded)  # in a decision the holder is named in Article 1
    for start in ([article.start()] if article else []) + [0]:
        # a name is capitalised: "cho phép tổ chức sau đây …" announces the holder in the rows below
        name, span, sure = next((found for pattern, sure in _HOLDER for m in pattern.finditer(folded, start)
                                 if (found := named(m, sure))[0][:1].isupper()
                                 and not _HANDED_OVER.match(folded, m.end(1))), (None, None, 0))
        if name and len(name.split()) > 12:  # "CHỨNG NHẬN: Tàu cá có các thông số dưới đây …" starts a sentence
            _labelled_holder(fields, body)
            if fields["holder_name"].value:
                break
        if name:
            sure = sure if 2 <= len(name.split()) <= 12 else 0.5
            if fold(name).startswith(_STATE_BODY):
                sure = min(sure, 0.6)  # "giao cho Ủy ban nhân dân xã …": who carries a decision out, seldom its holder
            fields["holder_name"] = located(name, sure, span)
            break
    else:
        _labelled_holder(fields, body)
        if fields["holder_name"].value is None and fields["type_name"].value != "CÔNG VĂN":
            _holder_of(fields, body)
    _owner_not_establishment(fields, body)
    _holder_id(fields, folded, located)
    _validity(fields, folded, located)


# what a certificate may be about that is no legal person: an establishment, a ship, a boat, a shop, a work, a
# building, an initiative ("Tên sáng kiến: …"); a row naming a firm, a household business or a person is not one
_LEGAL_PERSONS = (r"ho kinh doanh|doanh nghiep|cong ty|to chuc|don vi|chi nhanh|(?:lien hiep )?hop tac xa|"
                  r"nguoi|chu|co quan")
_THING_ROW = re.compile(_ITEM + r"(?:(?:ten )?(?:co so|tau|phuong tien|tac pham|cong trinh)\b[a-z ,]{0,30}|"
                        r"ten (?!(?:" + _LEGAL_PERSONS + r")\b)[a-z ]{1,30}):")
# the row naming its owner: a firm owning an establishment, anyone owning a vessel, a shop, a work ("Chủ sở hữu
# quyền tác giả: …", "Thương nhân sở hữu cửa hàng: …", "Chủ đầu tư: …"); if there is none, a person owning an
# establishment ("Chủ cơ sở: Sùng Thị Pà") or the work's author ("Tác giả: bà …")
_OWNER_ROW = re.compile(_ITEM + r"(?:(?:ten )?(?:chu co so|chu so huu|doanh nghiep)\s*:\s*(?=" + _ORGANISATION + r")|"
                        r"(?:chu (?:tau|phuong tien|diem[a-z ]{0,30}|so huu [a-z ]{1,30}|dau tu)|"
                        r"thuong nhan so huu[a-z ]{0,30})\s*:\s*" + _SIR + ")")
_PERSON_OR_AUTHOR_ROW = re.compile(_ITEM + r"(?:chu co so|chu so huu|tac gia[a-z ]{0,20})\s*:\s*" + _SIR)
OWNER_ROWS = 10  # lines: the owner's row follows the thing's description (a ship's takes nine)


def _owner_not_establishment(fields: dict[str, Field], body: list[Line]) -> None:
    """"Tên cơ sở: Trại gà giống …" / "Chủ cơ sở: Công ty …", "Tên tàu: …" / "Chủ tàu: …", "Tên sáng kiến: …" /
    "Tác giả: bà …": a certificate about an establishment, a vessel, a shop or a work is held by whoever owns it
    and answers for it in law (else its author); the thing is no legal person. A household business named as
    the establishment holds it itself."""
    holder = fields["holder_name"].value
    if not holder or re.match(_ORGANISATION, fold(holder)):
        return
    for i, line in enumerate(body):
        # the thing's name may wrap, or the next row's number be read onto it ("… Thiều Phát 2")
        if _THING_ROW.match(fold(line.text)) and fold(" ".join(holder.split()[:3])) in fold(line.text):
            window = body[i + 1:i + 1 + OWNER_ROWS]
            for rows in (_OWNER_ROW, _PERSON_OR_AUTHOR_ROW):
                for follow in window:
                    owner = rows.match(fold_same_length(follow.text))
                    if owner:
                        name = _before_next_label(_UP_TO_COMMA.match(follow.text, owner.end()).group()).strip(" .;,")
                        fields["holder_name"] = Field(name, _sure(0.85, follow), follow.page, follow.box)
                        return
            return


# documents that are not a result issued to someone: a name or a tax code in them is an addressee's, a
# unit's or one in a list far more often than a holder's
_NO_HOLDER = ("cong van", "chi thi", "ke hoach", "to trinh", "thong bao", "bao cao", "nghi dinh", "thong tu")


def _not_a_result(fields: dict[str, Field]) -> bool:
    return bool(fields["type_name"].value) and fold(fields["type_name"].value).startswith(_NO_HOLDER)


# correspondence and plans are addressed to someone ("Kính gửi: Công ty …"), never granted to anyone: no holder;
# a notice may announce a result to its holder
_ADDRESSED = tuple(kind for kind in _NO_HOLDER if kind != "thong bao")


def _holder_unexpected(fields: dict[str, Field]) -> None:
    """A letter's or a report's firm or person is whom it is addressed to or about, not a holder; a notice may
    announce a result to its holder, so there a holder found is kept for a clerk to confirm."""
    if not _not_a_result(fields):
        return
    addressed = fold(fields["type_name"].value).startswith(_ADDRESSED)
    for name in ("holder_name", "holder_id", "holder_id_type"):
        if addressed:
            fields[name] = Field(None, 0.0)
        elif fields[name].value is not None:
            fields[name] = replace(fields[name], confidence=min(fields[name].confidence, 0.6))


_STATE_BODY = ("uy ban nhan dan", "ubnd", "so ", "phong ", "truong phong", "chu tich", "cuc ", "chi cuc", "bo ")


def _before_next_label(value: str) -> str:
    """A value ends where the next row's label starts on the same line ("Họ và tên: Lê Đình Thông
    Giới tính: Nam"): a capitalised word and up to four in lower case, then a colon."""
    head, colon, _ = value.partition(":")
    words = head.split()
    if not colon or len(words) < 2:
        return value
    i = len(words) - 1
    while i > 0 and len(words) - i <= 4 and words[i][:1].islower():
        i -= 1
    return " ".join(words[:i]) if i > 0 and words[i][:1].isupper() else value


def _without_label(name: str) -> str:
    """"Tên doanh nghiệp: Công ty …" after "cấp giấy phép cho:": the row's label is not part of the name, nor
    is the "Ông"/"Bà" after it ("CHO PHÉP:" / "Người đề nghị: Ông …")."""
    label = _LABEL_ROW.match(fold_same_length(name))
    if label:
        name = name[label.end():].strip()
        name = name[re.match(_SIR, fold_same_length(name)).end():]
    return _before_next_label(name)


def _line_end_before_next_row(span: tuple[int, int], body: list[Line], starts: list[int]) -> int:
    """"Cấp cho: Ông Huỳnh Văn Út" / "Số căn cước công dân: …": a name ends with its line when the next
    line is a row of its own ("Giới tính: Nam", "2. Địa chỉ: …"), however far the sentence's comma is."""
    for line, at in zip(body, starts):
        if span[0] < at < span[1] and _LABEL_ROW.match(fold(line.text)):
            return at - 1
    return span[1]


def _labelled_holder(fields: dict[str, Field], body: list[Line]) -> None:
    for i, line in enumerate(body):
        match = _LABELLED_HOLDER.match(fold_same_length(line.text))
        if match:
            margin = max(ln.box[2] for ln in body if ln.page == line.page)
            found = [line, *_continued(line, match.start(1), body[i + 1:], margin)]
            name = " ".join([line.text[match.start(1):match.end(1)], *(ln.text for ln in found[1:])])
            name = _before_next_label(name).strip(" .")
            sure = 0.85 if 2 <= len(name.split()) <= 12 else 0.5
            fields["holder_name"] = Field(name, _sure(sure, *found), line.page, _union(found))
            break


def _holder_of(fields: dict[str, Field], body: list[Line]) -> None:
    """The organisation after "của" on a line, cut at punctuation or the line's end (a name may
    wrap, so one cut by punctuation is preferred, and readings that disagree are flagged)."""
    found: list[tuple[bool, str, Line]] = []
    for line in body:
        for of in _OF_ORGANISATION.finditer(fold_same_length(line.text)):
            name = line.text[of.start(1):of.end(1)].strip(" .")
            found.append((line.text[of.end(1):].strip()[:1] in (",", ";", "("), name, line))
    if not found:
        return
    complete, name, line = max(found, key=lambda f: f[0])
    # a guess from wording alone ("của" may name a proposer, not the holder): always for a clerk to confirm
    sure = 0.75 if complete and len({normalise(f[1]) for f in found}) == 1 and 2 <= len(name.split()) <= 12 else 0.6
    fields["holder_name"] = Field(name, _sure(sure, line), line.page, line.box)


def _holder_id(fields: dict[str, Field], folded: str, located) -> None:
    born = _BORN.search(folded)
    kinds = {kind for pattern, kind in _HOLDER_ID if pattern.search(folded)}
    holder = fields["holder_name"].value
    # the number written after the holder's name is the holder's, before any other on the page (parents' rows
    # come before the child's on an adoption's or a birth's certificate)
    own = [(m, kind) for pattern, kind in _HOLDER_ID if holder
           for m in pattern.finditer(folded) if _named_before(holder, folded, m.start(1))]
    for pattern, kind in _HOLDER_ID:
        match = next((m for m, k in own if k == kind), None) if own else pattern.search(folded)
        after_name = any(m is match for m, _ in own)
        if match:
            value = match.group(1)
            if kind == "tax_code" and not value.isdigit() and "-" not in value:
                value = re.sub(r"\D", "", value)  # the digits of a boxed code; the check digit below still holds it
            sure = 0.9
            if kind == "cccd" and not cccd_ok(value, int(born.group(1) or born.group(2)) if born else None):
                sure = 0.4  # province code, century digit or birth year do not fit
            elif kind == "tax_code" and not tax_code_ok(value):
                sure = 0.5  # the check digit fails: a digit was misread, or the number is not a tax code
            elif len(kinds) > 1:
                sure = 0.85  # a firm's tax code and its owner's CCCD: which one is the holder's is a judgement
            if holder and (kind in ("cccd", "cmnd")) != _a_person(holder):
                # a clinic's or a firm's page gives its owner's CCCD; a person's gives the employer's tax code
                sure = min(sure, 0.6)
            elif not after_name:
                # whose number it is cannot be told far from the holder's name ("Nơi in: Công ty In …, mã số
                # doanh nghiệp …" under a bulletin's licence names the printer's), nor at all without the holder
                sure = min(sure, 0.85 if holder else 0.7)
            # a personal number has no check digit: its own word's OCR confidence is all that vouches for it
            digits = value if kind in ("cccd", "cmnd") else ""
            fields["holder_id"] = located(value, sure, match.span(1), digits)
            fields["holder_id_type"] = located(kind, sure, match.span(1), digits)
            break


OWN_NUMBER = 250  # characters: a holder's number follows its name in the same row or sentence, or the next rows


def _named_before(holder: str, folded: str, at: int) -> bool:
    """Whether the holder's name is written no more than OWN_NUMBER characters before ``at``."""
    name = fold_same_length(holder)
    return any(0 <= at - m.end() <= OWN_NUMBER for m in re.finditer(re.escape(name), folded))


def _a_person(name: str) -> bool:
    """Two to five capitalised words of letters ("Võ Thị Hồng", "PARK JI HOON"), not a body's name."""
    words = name.split()
    return 2 <= len(words) <= 5 and all(w[:1].isupper() and w.isalpha() for w in words)


NOT_ITS_OWN = 0.7  # a validity found in a document that grants nothing: under REVIEW_BELOW


def _validity(fields: dict[str, Field], folded: str, located) -> None:
    found = list(_VALID_UNTIL.finditer(folded))
    # the term of a document cited as a legal basis ("Căn cứ Giấy phép … có giá trị đến hết ngày …") is not this
    # one's, which may follow (blind27: a decision naming a licence's safety officer, at 0.9)
    match = next((m for m in found if not _cited_as_basis(folded, m.start())), found[0] if found else None)
    granting = not _not_a_result(fields)
    period = _PERIOD.search(folded) if granting and not match else None
    if match or period:
        value, sure = _date(*[g for g in (match or period).groups() if g is not None])
        # a period is a result's term by its place in the layout, not by its words: a judgement
        sure *= 0.9 if match else 0.85
        if not granting or (match and _cited_as_basis(folded, match.start())):
            # a notice or a letter quotes the terms of what it cites ("Giấy phép khai thác số 2174/GP-BTNMT …
            # có thời hạn khai thác đến ngày …"); one of its own is rare (2 of 82 in the generated sets): a clerk says
            sure = min(sure, NOT_ITS_OWN)
        fields["valid_until"] = located(value, sure, (match or period).span())
    elif hint := _VALIDITY_HINT.search(folded):
        fields["valid_until"] = located(None, 0.5, hint.span())  # a term is stated but its end date was not read
    else:
        fields["valid_until"] = Field(None, 0.8)  # no end date found: the result may well be unlimited


def _cited_as_basis(folded: str, at: int) -> bool:
    """Whether ``at`` lies in a "Căn cứ …" clause: those end with ";" (or a sentence's ". "), and the first opens
    on the subject's line, which ends with neither."""
    opened = max(folded.rfind(";", 0, at), folded.rfind(". ", 0, at)) + 1
    return re.search(r"(?:^|\s)can cu\s", folded[opened:at]) is not None


def _continued(line: Line, at: int, following: list[Line], margin: float) -> list[Line]:
    """Lines that carry on a label row's value: they start where the value started (its column),
    or, when the row ran up to the right margin, at the row's own margin (a wrapped paragraph);
    and are not label rows themselves."""
    offset, x = 0, line.x0
    for word in line.words:  # the word the value starts in
        if offset + len(word.text) > at:
            x = word.x0
            break
        offset += len(word.text) + 1
    more: list[Line] = []
    for follow in following:
        previous = more[-1] if more else line
        wrapped = previous.box[2] >= 0.93 * margin and follow.x0 <= line.x0 + 8
        close = follow.top - previous.bottom < previous.bottom - previous.top
        if not (abs(follow.x0 - x) <= 8 or (wrapped and close)) or ":" in follow.text or follow.page != line.page:
            break
        more.append(follow)
    return more


def _noise(line: Line) -> bool:
    """Words tesseract barely believed in (under 30 %): specks read as letters, not text."""
    return all(w.conf is not None and w.conf < 30 for w in line.words)


def _sure(rule: float, *lines: Line) -> float:
    """A field is as sure as the weaker of the rule that found it and the OCR of its words."""
    return round(min([rule, *(ln.ocr_confidence for ln in lines)]), 2)


HAND_TALLER = 1.15  # a number's word this much taller than the notation's, printed in the same font, was handwritten


def _taller_than_print(line: Line, number: str) -> bool:
    """Whether the number's own word stands taller than the notation printed after it: a ballpoint's digits do
    (13-15 pt against the notation's 9.4-10 on real corpus 2), printed digits do not ("/" reaches above and
    below them)."""
    own = next((w for w in line.words if w.text.strip(".,:;") == number), None)
    notation = next((w for w in line.words if "/" in w.text and w is not own), None)
    return own is not None and notation is not None and own.y1 - own.y0 > HAND_TALLER * (notation.y1 - notation.y0)


NUMBER_SURE = 90  # tesseract's confidence (0-100) a number's own word needs for its field to stay at 0.9
HAND_SURE = 50  # at most this, a number's word was written by hand (ocr/handwriting.py) or barely read


NAME_SURE = 93  # tesseract's confidence (0-100) each word of a signer's name needs for the name to go unchecked


def _name_sure(sure: float, line: Line, cap: float = 0.75) -> float:
    """A name is any syllables: one misread tone mark or a lost final letter under the signature ("Thá" for
    "Thắm", "Vẫn" for "Văn") gives another name, and the line's mean vouches for nothing. Its weakest word
    decides whether a clerk confirms it."""
    confs = [w.conf for w in line.words if w.conf is not None and w.conf >= 0]
    return min(sure, cap) if confs and min(confs) < NAME_SURE else sure


def _digits_sure(sure: float, digits: str, *lines: Line) -> float:
    """A number has no spelling to check it by: one misread digit (2025 for 2023, a personal number's
    last digit on a photo) gives another valid number, and the line's other words vouch for nothing.
    Its own words' OCR confidence is the only witness, so a doubtful one keeps the field under 0.9."""
    confs = [w.conf for ln in lines for w in ln.words
             if w.conf is not None and (own := re.sub(r"\D", "", w.text)) and own in digits]
    if digits and confs and min(confs) <= HAND_SURE:
        return min(sure, 0.6)  # written by hand (ocr/handwriting.py), or all but unread: a clerk reads it
    return min(sure, 0.85) if digits and confs and min(confs) < NUMBER_SURE else sure


def needs_review(fields: dict[str, Field]) -> list[str]:
    return [
        name for name, f in fields.items()
        if f.confidence < REVIEW_BELOW or (f.value is None and name in REQUIRED)
    ]


def _union(lines: list[Line]) -> tuple[float, float, float, float]:
    boxes = [ln.box for ln in lines]
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))

"""Checks on fields written in words, after the rules have found them (domain core: no I/O).

They tidy OCR debris off the ends of names and lower the confidence of values that look misread. A
word's letters change only where the language fixes them: a signing abbreviation as Decree 30 writes it,
a fixed phrase, an issuer's word as the page writes it elsewhere, a person's family name or middle name
(extract/names.py), a position's words and lines (extract/positions.py); such a value goes to a clerk.
"""

from __future__ import annotations

import re
import unicodedata

from tthc_digitize.extract.field import Field
from tthc_digitize.extract.layout import Line
from tthc_digitize.extract.lexicon import (
    misread_phrase,
    phrase_reading,
    place_reading,
    unknown_organ_words,
    vocabulary_reading,
)
from tthc_digitize.extract.names import FAMILY, NOT_MIDDLE, person_reading
from tthc_digitize.extract.positions import position_reading, unknown_position_words
from tthc_digitize.text import TONES, fold, normalise

_STRAY = "'`‘’_~|"
_EDGES = _STRAY + ".,:;- "
_RUN_ON = re.compile(r"\.\w")  # "KT.CHỦ TỊCH": the space after an abbreviation was lost
_NAMES = ("organ_name", "place", "type_name", "subject", "signer_position", "signer_full_name", "holder_name")
# Capitals blocks where a period belongs only after these abbreviations ("KT. CHỦ TỊCH", "TP. HUẾ")
_CAPS = ("organ_name", "type_name", "signer_position")
_ABBREVIATIONS = frozenset({"TM", "KT", "TL", "TUQ", "Q", "TP", "TX", "TT", "P", "Q.TP"})


def _tidy(text: str) -> str:
    """Quotes, underscores and bars OCR puts at word edges (the rule under an agency's name,
    dust), words of nothing but those, and punctuation at the ends of a name are not part of it."""
    words = (w.strip(_STRAY) for w in text.split())
    # a "word" of symbols alone ("+", "«", "=", or "ˆ", which Unicode counts as a letter) is a speck of the
    # seal or signature; a dash joins two parts
    return " ".join(w for w in words if w and (w in "-–" or any(_letter_or_digit(ch) for ch in w))).strip(_EDGES)


def _letter_or_digit(ch: str) -> bool:
    return ch.isalnum() and unicodedata.category(ch) != "Lm"  # modifier letters are marks: "ˆ", "ˇ", "ʼ"


# a seal's or a signature's stroke read into the start of a word: "-›PHÓ", "⁄.,\"GIÁM"
_GLUED = re.compile(r"^(?:[^\w(]|_)+(?=[^\W_])")


def _tidy_person_or_rank(text: str) -> str:
    """Positions and signers' names: symbols glued to the front of a word, and a scrap of a letter or
    two with a symbol at either end of the name ("W„ Huỳnh Thị Kim Loan"), are not part of them."""
    words = [_GLUED.sub("", w) for w in text.split()]
    scrap = [len([ch for ch in w if ch.isalpha()]) <= 2 and not w.rstrip(".").isalpha() for w in words]
    while len(words) > 1 and scrap[0]:
        words, scrap = words[1:], scrap[1:]
    while len(words) > 1 and scrap[-1]:
        words, scrap = words[:-1], scrap[:-1]
    return " ".join(words)


# "KT,CHỦ TỊCH", "TM: ỦY BAN", "KT.GIÁM ĐỐC": a signing abbreviation whose period was misread or lost its space
_SIGNING = re.compile(r"(?:(?<=^)|(?<=DÂN ))(?:(KT|TM|TL|TUQ|Q)\s*[.,:;]\s*|(KT|TM|TL|TUQ)\s+)(?=\w)")


def _tidy_position(value: str) -> str:
    """A position is capitals words and the signing abbreviations of Decree 30 (appendix I). A scrap with a
    digit in it ("8C", "V2", "3:") is the signature or the seal read as a word, and an abbreviation is
    written with its period and a space. The value stays flagged (see ``tidy_names``)."""
    kept = " ".join(w for w in value.split() if not _scrap_with_digit(w))
    return _SIGNING.sub(lambda m: (m.group(1) or m.group(2)) + ". ", kept)


def _without_stroke_letters(name: str) -> str:
    """"ì Tôn Thất Quỳnh": a signature's stroke read as a small letter before the name ("Y" starts Ede names)."""
    words = name.split()
    while len(words) > 2 and len(words[0]) == 1 and words[0].islower():
        words = words[1:]
    return " ".join(words)


# degrees and honours printed before a signer's name ("PGS.TS.", "ThS.", "TS-LS.", "BS.CKII", "NGƯT"): not part of it
_DEGREE = re.compile(r"^(?:(?:PGS|GS|TSKH|TS|Th\.?S|BS|CK(?:I{1,2}|[12])|BSCK(?:I{1,2}|[12])|DS|KS|LS|CN|NGƯT|NGND)"
                     r"[.\-]?)+$", re.IGNORECASE)


def _without_degrees(name: str) -> str:
    words = name.split()
    while len(words) > 2 and _DEGREE.match(words[0]):
        words = words[1:]
    return " ".join(words)


def _scrap_with_digit(word: str) -> bool:
    """"8C", "V2", "20": digits and a letter at most; in "2HỦ" or "1M:ỦY" a word was misread, not made up."""
    return any(ch.isdigit() for ch in word) and sum(ch.isalpha() for ch in word) <= 1


# an ID number, with its label, that ran on after a holder's name
_ID_AFTER = re.compile(r"[,;]?\s+(?:(?:mã\s+)?số\s+)?(?:doanh\s+nghiệp|thuế|căn\s+cước\s+công\s+dân|cccd|cmnd|"
                       r"định\s+danh\s+cá\s+nhân)?\s*:?\s*\d{9,}\W*$", re.IGNORECASE)


def tidy_names(fields: dict[str, Field]) -> None:
    """A name that needed tidying, or runs two words together after a period, came from a noisy
    read: the tidied value is kept, and flagged so a clerk looks at the page."""
    for name in _NAMES:
        f = fields[name]
        if not f.value:
            continue
        if name == "signer_full_name" and (bare := _without_degrees(f.value)) != f.value:
            fields[name] = f = Field(bare, f.confidence, f.page, f.box, f.source)  # as printed, not a misread
        value = _tidy(f.value)
        if name == "signer_position":
            value = _tidy_position(value)
        if name == "holder_name":  # "Công ty TNHH Dược phẩm Hoa Sen 0301234562": its number ran on after it
            value = _ID_AFTER.sub("", value)
        if name in ("signer_position", "signer_full_name"):
            value = _tidy(_tidy_person_or_rank(value))
        if name == "signer_full_name":
            value = _without_stroke_letters(value)
        if name == "signer_position":
            value = position_reading(value, fields["organ_name"].value or "")
        odd_position = name == "signer_position" and (_RUN_ON.search(value) or unknown_position_words(value))
        if value != f.value or odd_position or _stray_period(name, value):
            fields[name] = Field(value or None, min(f.confidence, 0.7), f.page, f.box, f.source)


def _stray_period(name: str, value: str) -> bool:
    """"ĐÀO. TẠO": a speck read as a period after a word that is no abbreviation."""
    if name not in _CAPS:
        return False
    return any(w.endswith(".") and w.rstrip(".") not in _ABBREVIATIONS for w in value.split()[:-1])


_VOWELS = re.compile(r"[aeiouy]+")


def _syllables_ok(text: str) -> bool:
    """Vietnamese words are single syllables with one group of vowels; "CHÍMINH" is two words run
    together (a lost space), which no tone-mark check would see."""
    for token in fold(text).split():
        letters = "".join(ch for ch in token if ch.isalpha())
        if letters and not any(ch.isdigit() for ch in token) and len(_VOWELS.findall(letters)) > 1:
            return False
    return True


# Fields written in Vietnamese words (a company holder may carry a foreign brand, so only persons).
_VIETNAMESE = ("organ_name", "place", "type_name", "subject", "signer_position", "signer_full_name")


def _pairs(text: str) -> list[tuple[str, str]]:
    """Word pairs of a text as (folded, as written in lower case), punctuation stripped."""
    words = [w.strip(".,;:()\"'").lower() for w in text.split()]
    words = [w for w in words if w]
    return [(fold(f"{a} {b}"), f"{a} {b}") for a, b in zip(words, words[1:])]


_INSIDE_PERIOD = re.compile(r"\w\.\s+[a-zà-ỹđ]")  # "Châu. căn cước": a sentence ran on past the name
_LONG_NUMBER = re.compile(r"\d{9,}")  # an ID number is never part of a holder's name


_LONE_LETTER = re.compile(r"(?<!\S)[^\W\d_](?!\S)")  # "TNH H": a word split by OCR; names have no one-letter words


def _not_a_name(value: str) -> bool:
    return bool(_INSIDE_PERIOD.search(value) or _LONG_NUMBER.search(value) or _LONE_LETTER.search(value))


def _person_name_ok(value: str) -> bool:
    """A person's name is two to five capitalised syllables, each with one tone mark at most, no
    one-letter word, no "ă"/"â" ending a syllable ("Thùấn", "Hoàng V", "Thă" are misreads), and not
    ending in "Thị" or "Văn", nor starting with "Thị" (no family name)."""
    words = value.split()
    if not 2 <= len(words) <= 5 or words[-1].lower() in ("thị", "văn") or words[0].lower() == "thị":
        return False  # a middle name ends no name ("Sơn Thị"), and "Thị" starts none: a part was lost
    if len(words) == 2 and normalise(words[0]) not in FAMILY:
        return False  # "Sỹ Thanh": two words without a family name lost the first under the signature
    if any(normalise(w).lower() in NOT_MIDDLE for w in words[1:]):
        return False
    for word in words:
        if len(word) < 2 or not word[0].isupper() or not word[1:].islower():
            return False
        if sum(ch in TONES for ch in unicodedata.normalize("NFD", word)) > 1:
            return False
        if word.lower()[-1] in "ăâằắẳẵặầấẩẫậ":
            return False
        if not _VOWELS.search(fold(word)):
            return False  # "Lê Xuân Th": a syllable has a vowel, so the word was cut
    return True


def check_words(fields: dict[str, Field], lines: list[Line]) -> None:
    """Checks on fields written in words. A run-together word fails the one-syllable test. A document
    names the same things more than once: when a pair of words in a field is written with other tone
    marks elsewhere on the page ("chỉ nhánh" here, "chi nhánh" there), OCR misread one of them, so the
    field is flagged; an issuer's word outside the vocabulary is read as the page writes it elsewhere,
    and a holder or personal number written once is not confirmed. A fixed phrase written with other
    tone marks ("Cố phần") is written as the phrase, and flagged."""
    written: dict[str, set[str]] = {}
    times: dict[str, int] = {}
    for line in lines:
        for folded, form in _pairs(line.text):
            written.setdefault(folded, set()).add(form)
            times[form] = times.get(form, 0) + 1
    _organ_as_written_elsewhere(fields, written)
    _places_as_named(fields)
    _holder_written_again(fields, times)
    _personal_number_written_again(fields, lines)
    person = fields["holder_id_type"].value in ("cccd", "cmnd")
    for name in _VIETNAMESE + ("holder_name",):
        f = fields[name]
        if not f.value:
            continue
        persons_name = name == "signer_full_name" or (name == "holder_name" and person)
        if name == "signer_full_name":
            read = person_reading(f.value)
        elif persons_name:  # a holder with a personal number may be a committee ("Ban Quản lý …") all the same
            read = f.value
        else:
            read = phrase_reading(f.value)
        if read != f.value:  # "Cố phần", "Ngõ Thị Xuân Mai": flagged either way
            fields[name] = f = Field(read, min(f.confidence, 0.6), f.page, f.box, f.source)
        odd = not _syllables_ok(f.value) and (name != "holder_name" or person)
        odd = odd or any(len(written.get(folded, ())) > 1 for folded, _ in _pairs(f.value))
        odd = odd or misread_phrase(f.value) or (name == "holder_name" and _not_a_name(f.value))
        odd = odd or (persons_name and not _person_name_ok(f.value))
        if odd:
            fields[name] = Field(f.value, min(f.confidence, 0.6), f.page, f.box, f.source)
    _organ_lexicon(fields)
    _ia_read_la(fields)


# "Ia Pal", "Ia Grai": the Jrai and Ede place names' "Ia" reads as "la" in most fonts, the same way each time it is
# written, so no second writing on the page tells them apart; Vietnamese writes no "la" before a capital but in
# "đô la Mỹ"
_LA_BEFORE_NAME = re.compile(r"(?<!\S)(?<!đô )la\s+(?=[A-ZĐ])")


def _ia_read_la(fields: dict[str, Field]) -> None:
    for name in _NAMES:
        f = fields[name]
        if f.value and _LA_BEFORE_NAME.search(f.value):
            fields[name] = Field(f.value, min(f.confidence, 0.7), f.page, f.box, f.source)


def _holder_written_again(fields: dict[str, Field], times: dict[str, int]) -> None:
    """A holder's name is any words: OCR that drops a tone mark or reads "Ia" as "la" makes another name
    at full confidence. Written the same way twice on the page (Article 1, then the article that hands
    the result over), it is confirmed; once, it stays below 0.9."""
    f = fields["holder_name"]
    if f.value and f.confidence >= 0.9 and any(times.get(form, 0) < 2 for _, form in _pairs(f.value)):
        fields["holder_name"] = Field(f.value, 0.85, f.page, f.box, f.source)


def _personal_number_written_again(fields: dict[str, Field], lines: list[Line]) -> None:
    """A tax code carries a check digit; a personal number (CCCD, CMND) none, so one misread digit makes
    another valid number. Written once on the page it stays below 0.9, however sure each digit was."""
    f = fields["holder_id"]
    if not (f.value and f.confidence >= 0.9 and fields["holder_id_type"].value in ("cccd", "cmnd")):
        return
    if sum(re.sub(r"\D", "", line.text).count(f.value) for line in lines) < 2:
        for name in ("holder_id", "holder_id_type"):
            g = fields[name]
            fields[name] = Field(g.value, min(g.confidence, 0.85), g.page, g.box, g.source)


def _places_as_named(fields: dict[str, Field]) -> None:
    """A province's or district's name in the issuer or the place, misread by a tone mark or (in the issuer) with
    its spaces moved, as the one place it folds to (lexicon.place_reading); read so, it goes to a clerk."""
    for name, after_level in (("organ_name", True), ("place", False)):
        f = fields[name]
        if f.value and (value := place_reading(f.value, after_level)) != f.value:
            fields[name] = Field(value, min(f.confidence, 0.7), f.page, f.box, f.source)


def _organ_as_written_elsewhere(fields: dict[str, Field], written: dict[str, set[str]]) -> None:
    """The issuer's name with its misread words read as the page writes them elsewhere (lexicon.py);
    a name read so goes to a clerk, who sees both on the page."""
    f = fields["organ_name"]
    if f.value and (value := vocabulary_reading(f.value, written)) != f.value:
        fields["organ_name"] = Field(value, min(f.confidence, 0.7), f.page, f.box, f.source)


# words an agency's name continues with after a unit's own name ends ("SỞ Y TẾ | TỈNH …")
_BOUNDARY = frozenset("tinh thanh huyen quan thi xa phuong so ubnd uy ban phong cuc bo chi tong cong hoi".split())


_ABBREVIATED = frozenset("ubnd hdnd ptnt tnmt ldtbxh khcn khdt gtvt vhttdl tttt tp".split())


def _initials(name: str) -> list[tuple[str, str]]:
    """(initials, folded word) per word of a name; an abbreviation ("UBND", "PTNT") counts whole."""
    result = []
    for raw in name.split():
        word = fold(raw.strip(".,;:()"))
        if not word or word in ("va", "-", "&"):
            continue
        result.append((word if word in _ABBREVIATED else word[0], word))
    return result


def _d_marks(text: str) -> str:
    """Which letters of a unit are "Đ" and which "D": "SKHĐT" -> "..Đ.", "UBND" -> "..D"."""
    return "".join(ch.upper() if ch.upper() in "ĐD" else "." for ch in text if ch.isalpha())


def _d_marks_of(name: str, i: int, j: int) -> str:
    """The same for the initials of words i..j of a name (an abbreviation such as "HĐND" counts whole)."""
    marks = []
    for raw in [w for w in name.split() if fold(w.strip(".,;:()")) not in ("", "va", "-", "&")][i:j]:
        word = raw.strip(".,;:()")
        marks.append(_d_marks(word) if fold(word) in _ABBREVIATED else _d_marks(word[0]))
    return "".join(marks)


# the codes of the kinds of document that open a notation (Decree 30/2020, appendix III), and those of the
# kinds of result ("GCN", "GP", "GXN")
_KIND_CODES = frozenset("NQ QĐ CT QC QyĐ TB HD CTr KH PA ĐA DA BC BB TTr HĐ CĐ BGN BTT GUQ GM GGT GNP PG PC PB "
                        "GCN GP GXN GCNĐKKD".split())


def _kind_code_reading(notation: str) -> str:
    """A notation whose kind's code has a letter doubled ("QĐĐ-VQG": the "Đ" read twice), or a "T" read as a
    stroke ("TIr-SLĐTBXH"), with that code."""
    head, dash, rest = notation.partition("-")
    if not dash or head in _KIND_CODES:
        return notation
    doubled = {head[:i] + head[i + 1:] for i in range(1, len(head)) if head[i] == head[i - 1]}
    stroked = {head[:i] + "T" + head[i + 1:] for i, ch in enumerate(head) if ch in "Il1|"}
    codes = (doubled | stroked) & _KIND_CODES
    return codes.pop() + dash + rest if len(codes) == 1 else notation


def notation_agrees(fields: dict[str, Field]) -> None:
    """A kind's code read with a letter doubled or a "T" as a stroke is read as the code, and the notation goes to
    a clerk.
    The unit after a notation's last "-" is the initials of the issuer's own name ("STNMT" for
    "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG"), ending where that name ends. When they disagree, one of the two
    lost or gained a word (a cut "GPMT-STN", an issuer missing "TRƯỜNG"): neither stays at 0.9."""
    notation, organ = fields["code_notation"], fields["organ_name"]
    if notation.value and (read := _kind_code_reading(notation.value)) != notation.value:
        fields["code_notation"] = notation = Field(read, min(notation.confidence, 0.7), notation.page, notation.box,
                                                   notation.source)
    if not (notation.value and organ.value and "-" in notation.value):
        return
    raw_unit = notation.value.rsplit("-", 1)[1]
    unit = fold(raw_unit)
    words = _initials(organ.value)
    ends = [j for j in range(1, len(words) + 1) if j == len(words) or words[j][1] in _BOUNDARY]
    spans = [(i, j) for j in ends for i in range(j) if "".join(w[0] for w in words[i:j]) == unit]
    # "SKHDT" for "SỞ KẾ HOẠCH VÀ ĐẦU TƯ" agrees once folded, but a unit's "Đ" is printed as such:
    # one of the two lost the stroke of a "Đ" (OCR does), so the two are not confirmed
    if spans and any(_d_marks(raw_unit) == _d_marks_of(organ.value, i, j) for i, j in spans):
        return
    for name in ("code_notation", "organ_name"):
        f = fields[name]
        if f.confidence > 0.85:
            fields[name] = Field(f.value, 0.85, f.page, f.box, f.source)


# abbreviations an agency's name writes with a period ("UBND TP. HUẾ"): OCR drops a period as a speck
_DOTTED = frozenset({"TP", "TX", "TT"})


# the motto's first word, which no organ's name has (its others do: "HUYỆN ĐỨC HÒA", "VĨNH PHÚC"):
# inside an issuer it came from the motto's column
_MOTTO_WORDS = frozenset({"CỘNG"})


def _without_specks_of_periods(name: str) -> str:
    """"CÔNG AN TỈNH BÌNH DƯƠNG. PHÒNG …": a period after a word in capitals is a speck, unless the word is an
    abbreviation written with one ("TP.", "KT.")."""
    return " ".join(w[:-1] if w.endswith(".") and w[:-1].isalpha() and w[:-1].isupper() and len(w) > 2
                    and w[:-1] not in _ABBREVIATIONS else w for w in name.split())


def _organ_lexicon(fields: dict[str, Field]) -> None:
    """An issuer's name with a word outside the organ vocabulary stays below 0.9 (see lexicon.py), as does one
    with "TP" or "TX" bare: whether its period was printed and lost, or never printed, the page must tell. A
    speck's period and the motto's word inside it go, and it goes to a clerk."""
    f = fields["organ_name"]
    if f.value and (bare := _without_specks_of_periods(f.value)) != f.value:
        fields["organ_name"] = f = Field(bare, min(f.confidence, 0.7), f.page, f.box, f.source)
    if f.value and _MOTTO_WORDS & {normalise(w).upper() for w in f.value.split()}:
        # the motto's column: its word goes ("CỘNG ĐỒNG" stays), and the name to a clerk
        words = f.value.split()
        kept = " ".join(w for w, after in zip(words, [*words[1:], ""])
                        if normalise(w).upper() not in _MOTTO_WORDS or fold(after) == "dong")
        fields["organ_name"] = Field(kept or f.value, min(f.confidence, 0.6), f.page, f.box, f.source)
    elif f.value and f.confidence > 0.85 and (unknown_organ_words(f.value) or _DOTTED & set(f.value.split())):
        fields["organ_name"] = Field(f.value, 0.85, f.page, f.box, f.source)


# "Giấy phép có thời hạn 15 năm", "Thời hạn công nhận hạng là 05 năm": the term a result states, not the
# month and year of a date ("có hiệu lực từ ngày 15 tháng 3 năm 2020")
_TERM = re.compile(r"\b(?:thoi han|co gia tri|co hieu luc)\b[^.;]{0,30}?(?<!thang )\b(\d{1,2}) nam\b(?!\s*\d)")


def dates_agree(fields: dict[str, Field], lines: list[Line]) -> None:
    """A result is valid after the day it is signed, and for the term it states. Two dates in the wrong
    order mean one of them was misread, so both go to a clerk; an end date that does not fall the stated
    term after signing ("thời hạn 15 năm, đến ngày 19 tháng 7 năm 2054", signed in 2019: a 3 read as a 5)
    is not confirmed."""
    issued, until = fields["issued_date"], fields["valid_until"]
    if not (issued.value and until.value):
        return
    if until.value <= issued.value:
        for name in ("issued_date", "valid_until"):
            f = fields[name]
            fields[name] = Field(f.value, min(f.confidence, 0.6), f.page, f.box, f.source)
        return
    terms = {int(m.group(1)) for m in _TERM.finditer(" ".join(fold(ln.text) for ln in lines))}
    if len(terms) == 1 and abs(int(until.value[:4]) - int(issued.value[:4]) - terms.pop()) > 1:
        fields["valid_until"] = Field(until.value, min(until.confidence, 0.85), until.page, until.box, until.source)

"""Signers' positions as Decree 30/2020 writes them (appendix I, section II.8; domain core: no I/O).

A position is made of few words, and its lines follow one another by rule: "TM." names the collective
body (for a People's Committee, its chair signs: "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH"); "KT." is signed by
the head's deputy ("KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC"; a minister's is "THỨ TRƯỞNG"). OCR under a seal and a
signature loses a line or a letter of these ("KT. GIÁM ĐỐC" / "GIÁM ĐỐC", "GHỦ TỊCH", "CHICỤC"); the rules
write them back, and the value goes to a clerk all the same.
"""

from __future__ import annotations

import re

from tthc_digitize.extract.lexicon import ORGAN_WORDS
from tthc_digitize.extract.names import one_edit
from tthc_digitize.text import fold, normalise, syllable

# The words of positions themselves, commonest first: where a misread word is one letter off two, the first
# is taken. A word of an agency's name ("PHƯƠNG TIỆN") is never read for one of them.
_OWN = tuple(normalise(w) for w in """CHỦ TỊCH PHÓ GIÁM ĐỐC TRƯỞNG CHI CỤC PHÒNG BAN ỦY NHÂN DÂN CÔNG AN HIỆU
CHÁNH VĂN THANH TRA THỨ ĐỘI CHỈ HUY""".split())
_WORDS = frozenset(_OWN) | ORGAN_WORDS
_BY_FOLD: dict[str, str] = {}
for _word in _OWN:
    _BY_FOLD.setdefault(fold(_word), _word)

_RANKS = ("TM.", "KT.", "TL.", "TUQ.", "Q.")
_VOWEL = re.compile(r"[aeiouy]")
_COMMITTEE = normalise("ỦY BAN NHÂN DÂN")
_CHAIR = normalise("CHỦ TỊCH")
_MINISTER, _VICE_MINISTER = normalise("BỘ TRƯỞNG"), normalise("THỨ TRƯỞNG")
_DEPUTY = normalise("PHÓ")
_GLUED_RANK = re.compile(r"^(KT|TL|TM|TUQ)\.?(\w{2,})$")
_MISREAD_TM = re.compile(r"^[T1I][MN][I1L]?[:.,;]")  # "TM." with its period or its T misread
# a head's title, whose deputy signs for it under "KT."
_HEAD = re.compile(normalise(r"^(?:CHỦ TỊCH|GIÁM ĐỐC|BỘ TRƯỞNG|THỦ TƯỚNG|(?:CHI )?CỤC TRƯỞNG|HIỆU TRƯỞNG|VIỆN TRƯỞNG|"
                             r"TRƯỞNG (?:PHÒNG|BAN|TRẠM|KHOA)|TRƯỞNG CÔNG AN(?: HUYỆN| QUẬN| XÃ| PHƯỜNG| THỊ TRẤN)?|"
                             r"CHÁNH (?:VĂN PHÒNG|THANH TRA)|CHỈ HUY TRƯỞNG|ĐỘI TRƯỞNG)$"))


def position_reading(value: str, organ: str = "") -> str:
    """``value`` (a position, signing abbreviations already written "KT. ") with each word outside the
    vocabulary read as the vocabulary word it is with other marks, or two run together, or, with three
    letters or more, one letter off; a head's title short of what the issuer's name ``organ`` makes it
    (``_as_the_issuer_heads``); then its lines completed as Decree 30 orders them."""
    words = []
    for word in value.split():
        words.extend(_word_reading(word))
    if len(words) > 2 and fold(" ".join(words[1:3])) == "uy ban" and _MISREAD_TM.match(words[0]):  # "1M:ỦY", "TMI: ỦY"
        words[0] = "TM."
    committee = next((i for i in (0, 1) if fold(" ".join(words[i:i + 3])) == "ban nhan dan"), None)
    if committee is not None:  # "ỦY BAN NHÂN DÂN", "M.UY BAN …": on a position, only ever "TM." a People's Committee
        words = ["TM.", *_COMMITTEE.split(), *words[committee + 3:]]
    words = [_TITLE if w == _SCHOOL and _heads_title(words, i) else w for i, w in enumerate(words)]
    return _completed(_as_the_issuer_heads(" ".join(words), fold(organ)))


# an issuer whose own unit is a chi cục (no office under it), a school, or a military command
_CHI_CUC = re.compile(r"\bchi cuc\b(?!.*\b(?:phong|tram|hat|doi|to|truong)\b)")
_SCHOOL_UNIT = re.compile(r"\btruong (?:thpt|thcs|th|tieu hoc|mam non|mau giao|dai hoc|cao dang|trung cap|pho thong|"
                          r"ptdt|chinh tri)\b")
_COMMAND = re.compile(r"\bban chi huy quan su\b")
_CUC = normalise("CỤC")


def _as_the_issuer_heads(position: str, organ: str) -> str:
    """A head's title short of the words its issuer's name gives it, read under the seal: "CỤC TRƯỞNG" in a chi
    cục is its "CHI CỤC TRƯỞNG"; "TRƯỞNG" alone in a school is "HIỆU TRƯỞNG", in a military command "CHỈ HUY
    TRƯỞNG". A position signed for another ("TL.", "TUQ.") names another's head: left as read."""
    if position.startswith(("TL.", "TUQ.")):
        return position
    if _CHI_CUC.search(organ):  # "CHÍ CỤC TRƯỞNG" is its "CHI" misread: _completed's to mend
        words = position.split()
        return " ".join(
            f"CHI {w}" if w == _CUC and words[i + 1:i + 2] == [_TITLE] and not (i and fold(words[i - 1]) == "chi")
            else w for i, w in enumerate(words))
    if position == _TITLE and _SCHOOL_UNIT.search(organ):
        return normalise("HIỆU TRƯỞNG")
    if position == _TITLE and _COMMAND.search(organ):
        return normalise("CHỈ HUY TRƯỞNG")
    return position


# "TRƯỜNG" (a school) is a real word of an office's name, so only where a title's "TRƯỞNG" stands is it one
# misread by its tone mark: before the office it heads, or after the word it ends ("HIỆU TRƯỞNG")
_SCHOOL, _TITLE = normalise("TRƯỜNG"), normalise("TRƯỞNG")
_HEADED = tuple(normalise(w) for w in ("PHÒNG", "BAN", "TRẠM", "KHOA", "CÔNG AN", "CHI NHÁNH"))
_ENDED = frozenset(normalise(w) for w in "HIỆU CỤC ĐỘI BỘ THỨ VIỆN HẠT HUY".split())


def _heads_title(words: list[str], i: int) -> bool:
    after = " ".join(words[i + 1:i + 3])
    return (i > 0 and words[i - 1] in _ENDED) or any(after == h or after.startswith(f"{h} ") for h in _HEADED)


# every word a position is written in: its own, an agency's, and the unit a head heads, a representative's side, the
# Prime Minister
_POSITION_WORDS = _WORDS | frozenset(normalise(w) for w in """THỦ TƯỚNG ĐẠI DIỆN BÊN SINH VIÊN ĐÔ THỊ HẠ TẦNG
CÔNG CHỨC ĐỒN ĐOÀN BẦU CỬ TRẠM CHẤP HÀNH THƯƠNG MẠI TÔN GIÁO PHƯƠNG TIỆN DÂN TỘC PHỤ TRÁCH KHOA""".split())


def unknown_position_words(value: str) -> list[str]:
    """Words of a position outside the vocabulary of positions and agencies: a letter lost under the seal
    ("HIỆU TRƯỞN", real corpus 3) leaves a syllable that reads as Vietnamese all the same. Abbreviations
    ("CTSV"), without a vowel, are no misread syllable."""
    cores = (normalise(w).strip(",;:()\"'").upper() for w in value.split())
    return [c for c in cores if len(c) > 1 and c.isalpha() and _VOWEL.search(fold(c)) and c not in _POSITION_WORDS]


def _word_reading(word: str) -> list[str]:
    core = normalise(word).upper()
    glued = _GLUED_RANK.match(core)
    if glued and _known(glued.group(2)):  # "KTGIÁM": the abbreviation's period and space were lost
        return [f"{glued.group(1)}.", _known(glued.group(2))]
    if _MISREAD_TM.match(core) and ":" in core[:-1]:  # "1M:ỦY"
        return [core[:core.index(":") + 1], *_word_reading(core[core.index(":") + 1:])]
    parts = core.split(".")
    if len(parts) == 2 and all(parts) and _known(parts[0]) and _known(parts[1]):  # "PHÓ.CHỦ": a speck for the space
        return [_known(parts[0]), _known(parts[1])]
    if core in _WORDS or core in _RANKS or not core.isalpha():
        return [word]
    same = _BY_FOLD.get(fold(core))
    if same is not None:
        return [same]
    if syllable(core):  # a real syllable outside the vocabulary ("ĐOÀN") may be a word of the position
        return [word]
    halves = [(core[:k], core[k:]) for k in range(2, len(core) - 1)
              if _known(core[:k]) and _known(core[k:])]
    if len(halves) == 1:
        return [_known(h) for h in halves[0]]
    letters = fold(core)
    if len(letters) >= 3:
        near = next((w for f, w in _BY_FOLD.items() if one_edit(letters, f)), None)
        if near is not None:
            return [near]
    return [word]


def _known(part: str) -> str | None:
    return part if part in _WORDS else _BY_FOLD.get(fold(part))


def _deputy(head: str) -> str:
    return _VICE_MINISTER if head == _MINISTER else f"{_DEPUTY} {head}"


def _one_word_lost(read: str, whole: str) -> bool:
    """"PHÓ TỊCH" for "PHÓ CHỦ TỊCH": a word of the deputy's line lost under the signature ("PHÓ" alone is
    read for the deputy too, apart from this)."""
    words = whole.split()
    return len(words) >= 3 and read.split() in [words[:i] + words[i + 1:] for i in range(len(words))]


def _one_letter_off(read: str, whole: str) -> bool:
    """"PHẾ CHỦ TỊCH", "PHÓ CHLCỤC TRƯỞNG", "PHÓ CHÍ CỤC TRƯỞNG": the deputy's line with one letter or tone mark
    misread, spaces aside."""
    a, b = fold(read).replace(" ", ""), fold(whole).replace(" ", "")
    return a == b or one_edit(a, b)


def _completed(position: str) -> str:
    """"KT. X X" and "KT. X" are "KT. X PHÓ X"; "X PHÓ X", "X X" and "PHÓ X" lost their "KT."; "TM. ỦY BAN NHÂN
    DÂN" alone lost its chair. Anything else as it is."""
    collective = ""
    if position.startswith(f"TM. {_COMMITTEE}"):
        collective, position = f"TM. {_COMMITTEE}", position[len(f"TM. {_COMMITTEE}"):].strip()
        if not position:
            return f"{collective} {_CHAIR}"
    signed_for = re.match(r"KT\. (.+)$", position)
    if signed_for:
        rest = signed_for.group(1).split()
        for k in range(1, len(rest)):
            head, after = " ".join(rest[:k]), " ".join(rest[k:])
            if (after in (head, _deputy(head), _DEPUTY) or _one_word_lost(after, _deputy(head))
                    or (_HEAD.match(head) and _one_letter_off(after, _deputy(head)))):
                return f"{collective} KT. {head} {_deputy(head)}".strip()
        if _HEAD.match(" ".join(rest)):
            position = f"KT. {' '.join(rest)} {_deputy(' '.join(rest))}"
    else:
        words = position.split()
        if len(words) > 2 and words[0] not in (*_WORDS, *_RANKS) and len(fold(words[0])) <= 4:
            words = words[1:]  # a misread "KT." ("NT.", "KP"): kept only if what follows is a head over its deputy
        for k in range(1, len(words)):
            head, after = " ".join(words[:k]), " ".join(words[k:])
            if after in (head, _deputy(head)) and _HEAD.match(head):  # "X X", "X PHÓ X": the "KT." was lost
                position = f"KT. {head} {_deputy(head)}"
                break
        deputy = re.match(rf"{_DEPUTY} (.+)$", position)
        if deputy and _HEAD.match(deputy.group(1)):  # a deputy alone: "KT. X" above was lost
            position = f"KT. {deputy.group(1)} {position}"
    return f"{collective} {position}".strip()

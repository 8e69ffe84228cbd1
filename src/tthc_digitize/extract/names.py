"""Vietnamese persons' names as OCR misreads them (domain core: no I/O).

A name's given part is any syllable, but its first word is a family name, and Vietnamese family names are
a short, closed list: about a hundred cover nearly everyone, with the Ede, Jrai, Hmong, Thái and Khmer ones
beside them. A first word outside the list that is one of them with other marks ("Ngõ", "Đỉnh",
"Ngúyễn") or, when it is no Vietnamese syllable at all, one letter off ("Phùhg", "Ngu$ễn"), is read as
that family name, the commonest first. The middle names "Văn" and "Thị" with another tone mark ("Vẫn")
are those two. A seal's lettering or a speck at a name's ends is dropped, and syllables run together
("LáoLở") are parted. A reading changed this way goes to a clerk (extract/checks.py).
"""

from __future__ import annotations

import re

from tthc_digitize.text import fold, normalise, syllable

# Commonest first: where two read the same without marks ("Ngô"/"Ngọ", "Trần"/"Tẩn"), the commoner is taken.
FAMILY = tuple(normalise(w) for w in """
Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đào Đoàn Đinh Lâm Mai Trịnh
Trương Lương Lưu Tô Hà Ma Cao Vương Tạ Châu Thái Tăng Quách Kiều Hứa Lại Mạc Chu Từ Tôn Khổng Khúc Lục La
Thân Thạch Tống Triệu Ông Âu Doãn Đàm Đồng Giang Hàn Hầu Kha Khương Kim Lạc Lã Lữ Mã Mẫn Nghiêm Ninh
Nông Phí Phó Phùng Quan Quang Sầm Sơn Tào Thiều Tiêu Tiết Trang Trình Văn Vi Viên Bạch Bế Cù Cung Diệp
Diêm Điêu Đới Đường Giáp Hạ Hồng Khuất Lăng Lò Lù Lường Mông Mạch Nhâm Phương Quản Quàng Cầm Tòng Tẩn
Chảo Sùng Vàng Giàng Thào Mùa Hờ Lầu Chẩu Lành Đàng Điểu Danh Sần Ksor Siu Nay Rơ Rah Kpă Niê Lèo Tao
Lều Ngọ Ngạc Nhữ Quán Thiệu Tưởng Vưu Xa Yên Cấn Đái Đậu Đôn Kiểu Lai Liễu Luyện Mạnh Ngân Ngũ Nhan
Ôn Phi Phong Thang Thịnh Tiền Ứng Y Bàn Hạng Khà Lỳ Hảng Vừ Cháng Pờ Hmok Byă Kơ Bành Khưu Chế Dư Đổng Trà Quảng Lô
""".split())
_FOLDED: dict[str, str] = {}
for _name in FAMILY:
    _FOLDED.setdefault(fold(_name), _name)

# "Văn" and "Thị", the commonest middle names, with another tone mark are no one's middle name ("Lương Vẫn
# Khải"): tesseract reads these at full confidence.
_MIDDLE = {normalise(w): "Văn" for w in "vẫn vấn vặn vắn vằn vẳn".split()}
_MIDDLE.update({normalise(w): "Thị" for w in "thí thì thỉ thĩ".split()})
NOT_MIDDLE = frozenset(_MIDDLE)

def syllable_splits(word: str, parts: int = 4) -> list[list[str]]:
    """Every way ``word`` is two to ``parts`` Vietnamese syllables run together ("ĐÔNGANH": ĐÔNG ANH, ĐÔN GANH,
    ĐÔ NGANH)."""
    found = []
    for k in range(1, len(word)):
        head, rest = word[:k], word[k:]
        if not syllable(head):
            continue
        if syllable(rest):
            found.append([head, rest])
        if parts > 2:
            found += [[head, *tail] for tail in syllable_splits(rest, parts - 1)]
    return found


def person_reading(name: str) -> str:
    """``name`` with its words capitalised as names are ("PHúc" -> "Phúc"), a misread "Văn"/"Thị" in the
    middle and a misread family name first written as they are; anything else as read."""
    # a speck read as a mark ends no word ("Lục Thành Chung.", "„Huỳnh") and parts two ("Y.Thuyên", "s”..`Bế");
    # an apostrophe inside a name belongs to it ("H'Hen"), not at its ends
    words = [part.strip(_MARKS + "'’") for w in name.split() for part in _parted(w)]
    words = [w for w in words if w]
    words = _without_stray_edges([part for w in words for part in _run_together(w)])
    words = [_capitalised(w) for w in words]
    for i in range(1, len(words) - 1):
        words[i] = _MIDDLE.get(normalise(words[i]).lower(), words[i])
    if len(words) >= 2:
        words[0] = _family(words[0], len(words) >= 3)
    return " ".join(words)


_MARKS = r".,:;!?\"“”„`ˆ~()\[\]|\-"


def _parted(word: str) -> list[str]:
    """The word parted where marks stand before a capital ("Y.Thuyên", "Lê-Đình"), not before a small letter
    ("P]ian", a misread "Phan"); an apostrophe after a syllable too ("Trần'Thị"), not after a name's first
    letter ("H'Hen", "Y'Sa")."""
    marks = rf"[{_MARKS}]+|(?<=\w\w)['’]"
    cuts = [m.end() for m in re.finditer(marks, word) if m.end() < len(word) and word[m.end()].isupper()]
    return [word[a:b] for a, b in zip([0, *cuts], [*cuts, len(word)])]


def _run_together(word: str) -> list[str]:
    """"LáoLở", "BếVăn": syllables run together where the space was lost, each starting with its capital."""
    starts = [i for i, ch in enumerate(word) if ch.isupper()]
    parts = [word[a:b] for a, b in zip(starts, starts[1:] + [len(word)])]
    if word.isalpha() and len(parts) >= 2 and starts[0] == 0 and all(len(p) > 1 and syllable(p) for p in parts):
        return parts
    return [word]


def _without_stray_edges(words: list[str]) -> list[str]:
    """The name without a seal's lettering or a speck read at its ends ("HẺ Ma Thị Hường", "Sầm Văn Quyến s",
    "Phạm Khắc Thiệu XÃ"): a word in capitals (not the Ede "Y"; last, not one capital: "Lò Văn A") or of one
    small letter, or no letters at all, where two capitalised words of small letters stay."""
    def stray(word: str, last: bool = False) -> bool:
        letters = [ch for ch in word if ch.lower() != ch.upper()]  # not "ˆ", a modifier letter without case
        capitals = word.isupper() and normalise(word) not in FAMILY and len(letters) >= (2 if last else 1)
        return not letters or capitals or (len(letters) == 1 and letters[0].islower())

    def named(word: str) -> bool:
        return word[:1].isupper() and any(ch.islower() for ch in word)

    start, end = 0, len(words)
    while start < end and stray(words[start]) and sum(map(named, words[start + 1:end])) >= 2:
        start += 1
    while end > start and stray(words[end - 1], last=True) and sum(map(named, words[start:end - 1])) >= 2:
        end -= 1
    return words[start:end]


def _capitalised(word: str) -> str:
    """"PHúc", "HuỳnH": a capital second or last in a word of small letters was misread; capitals
    elsewhere ("TuấnNh") are two words run together, and all capitals stay as they are."""
    inner = [i for i, ch in enumerate(word) if ch.isupper() and i > 0]
    if word.isalpha() and any(ch.islower() for ch in word) and inner and set(inner) <= {1, len(word) - 1}:
        return word[0].upper() + word[1:].lower()
    return word


def _family(word: str, whole: bool) -> str:
    """The family name ``word`` was read for, or ``word``. A word in capitals or starting with a small letter
    is a seal's lettering or a stroke ("VN", "šâu"); one of two words may be a middle name whose family name
    was lost ("Đình Hưởng"), so it is read for another only when it is no syllable. ``whole``: three words
    or more."""
    core = normalise(word)  # its marks are already off (person_reading)
    if core in FAMILY:
        return core
    if not core[:1].isupper() or core.isupper() or "'" in core or "’" in core:
        return word
    same = _FOLDED.get(fold(core))
    valid = core.isalpha() and syllable(core)
    if same is not None and (whole or not valid):
        return same
    letters = "".join(ch for ch in fold(core) if ch.isalpha() and ch.isascii())
    if len(letters) < 3 or valid:
        return word  # a real syllable outside the list is a rarer family name, not a misread
    return next((n for n in FAMILY if one_edit(letters, fold(n))), word)


def one_edit(a: str, b: str) -> bool:
    """Whether ``a`` becomes ``b`` by changing, adding or dropping one letter."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))

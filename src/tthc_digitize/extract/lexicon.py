"""Words Vietnamese organ names and holders are made of (domain core: no I/O).

OCR misreads a tone mark into another real syllable ("TỈNH" -> "TĨNH", "Cổ phần" -> "Cố phần"):
no syllable check sees it. The words of an agency's name come from a small vocabulary (levels of
government, sectors, provinces); a word outside it is a district's or ward's name, or a misread
the vocabulary cannot tell from one ("HOÀN KIẾM" is a district, "ĐĂNG KIẾM" a misread "KIỂM"), so
it leaves the name unconfirmed (below 0.9) without flagging it.
"""

from __future__ import annotations

import re
from importlib import resources

from tthc_digitize.extract.names import syllable_splits
from tthc_digitize.text import fold, normalise, syllable

_ORGAN = """
BỘ SỞ ỦY UỶ BAN NHÂN DÂN UBND HĐND HỘI ĐỒNG TỈNH THÀNH PHỐ TP TP. HUYỆN QUẬN THỊ XÃ TRẤN PHƯỜNG
CỤC TỔNG VỤ PHÒNG CHI NHÁNH TRUNG TÂM VĂN CHÍNH ĐẠI SỨ QUÁN LÃNH SỰ VIỆN TRƯỜNG HỌC KHO BẠC NHÀ NƯỚC
VÀ CỦA CÁC THUỘC TRỰC TRỰC THUỘC QUẢN LÝ ĐIỀU HÀNH KHU KINH TẾ CÔNG NGHIỆP CHẾ XUẤT CAO BAN QUẢN
GIÁO DỤC ĐÀO TẠO Y TẾ TÀI NGUYÊN MÔI TRƯỜNG CÔNG THƯƠNG GIAO THÔNG VẬN TẢI XÂY DỰNG NÔNG NGHIỆP
PHÁT TRIỂN NÔNG THÔN NN PTNT KẾ HOẠCH ĐẦU TƯ TÀI CHÍNH TƯ PHÁP NỘI VỤ LAO ĐỘNG THƯƠNG BINH XÃ HỘI
LĐTBXH VĂN HÓA HOÁ THỂ THAO DU LỊCH KHOA HỌC CÔNG NGHỆ THÔNG TIN TRUYỀN CÔNG AN QUỐC PHÒNG NGOẠI
GIAO THANH TRA NGÂN HÀNG THUẾ HẢI QUAN THỐNG KÊ ĐĂNG KIỂM KIỂM ĐỊNH ĐĂNG KÝ ĐẤT ĐAI HỘ TỊCH QUỐC TỊCH
CHỨNG THỰC DÂN SỐ GIA ĐÌNH AN TOÀN THỰC PHẨM DƯỢC KHÁM BỆNH CHỮA BỆNH VIỆT NAM CHÍNH PHỦ NGHỊ
QUYẾT ĐỊNH THƯỜNG TRỰC BẢO HIỂM BẢO VỆ THỰC VẬT CHĂN NUÔI THÚ THỦY LỢI LÂM KIỂM LÂM NGHIỆP THỦY
SẢN THUỶ KHOÁNG SẢN ĐỊA CHẤT BIỂN HẢI ĐẢO ĐO ĐẠC BẢN ĐỒ CẢNH SÁT PHÒNG CHÁY CHỮA CHÁY CỨU NẠN CỨU
HỘ QUẢN LÝ HÀNH CHÍNH TRẬT TỰ ĐƯỜNG BỘ SẮT SÔNG HÀNG KHÔNG HÀNG HẢI CẢNG VỤ ĐIỆN LỰC NĂNG
LƯỢNG THỊ TRƯỜNG CẠNH TRANH XUẤT NHẬP KHẨU DOANH NGHIỆP HỢP TÁC HỢP TÁC XÃ VIỄN THÔNG BƯU CHÍNH
BÁO CHÍ XUẤT BẢN PHÁT THANH TRUYỀN HÌNH MỸ THUẬT NHIẾP ẢNH TRIỂN LÃM DI SẢN GIA ĐÌNH TRẺ EM
BÌNH ĐẲNG GIỚI NGƯỜI CÓ CÔNG VIỆC LÀM DẠY NGHỀ GIÁO DỤC NGHỀ NGHIỆP THƯỜNG XUYÊN MẦM NON TIỂU
TRUNG HỌC PHỔ THÔNG ĐẠI HỌC CAO ĐẲNG CHẤT LƯỢNG TIÊU CHUẨN ĐO LƯỜNG SỞ HỮU TRÍ TUỆ NĂNG LƯỢNG
NGUYÊN TỬ BỨC XẠ HẠT NHÂN TRUNG ƯƠNG ĐẶC BIỆT
"""

# The 63 provinces and centrally-run cities (before the 2025 mergers: the documents are older),
# with both tone-mark placements where both are in use ("HÒA"/"HOÀ").
_PROVINCES = """
AN GIANG BÀ RỊA VŨNG TÀU BẮC GIANG BẮC KẠN BẠC LIÊU BẮC NINH BẾN TRE BÌNH ĐỊNH BÌNH DƯƠNG BÌNH
PHƯỚC BÌNH THUẬN CÀ MAU CẦN THƠ CAO BẰNG ĐÀ NẴNG ĐẮK ĐẮC LẮK NÔNG ĐIỆN BIÊN ĐỒNG NAI ĐỒNG THÁP
GIA LAI HÀ GIANG HÀ NAM HÀ NỘI HÀ TĨNH HẢI DƯƠNG HẢI PHÒNG HẬU GIANG HÒA HOÀ BÌNH HƯNG YÊN KHÁNH
KIÊN GIANG KON TUM LAI CHÂU LÂM ĐỒNG LẠNG SƠN LÀO CAI LONG AN NAM ĐỊNH NGHỆ AN NINH BÌNH NINH
THUẬN PHÚ THỌ PHÚ YÊN QUẢNG BÌNH QUẢNG NAM QUẢNG NGÃI QUẢNG NINH QUẢNG TRỊ SÓC TRĂNG SƠN LA TÂY
NINH THÁI BÌNH THÁI NGUYÊN THANH HÓA HOÁ THỪA THIÊN HUẾ TIỀN GIANG TRÀ VINH TUYÊN QUANG VĨNH
LONG VĨNH PHÚC YÊN BÁI HỒ CHÍ MINH
"""

ORGAN_WORDS = frozenset(normalise(w) for w in (_ORGAN + _PROVINCES).split())

# Fixed phrases of holders' and organs' names, and of the subjects of administrative results; written
# with other marks, a word in them was misread. None of them, folded, is another phrase a result would
# use ("thuê đất" is left out: "thuế đất" is one too).
PHRASES = tuple(normalise(p) for p in (
    "cổ phần", "trách nhiệm hữu hạn", "hợp tác xã", "chi nhánh", "trung tâm", "công ty", "hộ kinh doanh",
    "doanh nghiệp tư nhân", "liên doanh", "một thành viên", "hai thành viên", "văn phòng đại diện",
    "địa điểm kinh doanh", "bệnh viện", "phòng khám", "nhà thuốc",
    "tổ chức", "bổ sung", "thay đổi", "kiểm tra", "tổng hợp", "chuyển mục đích", "thẩm định", "điều chỉnh",
    "quyền sử dụng đất", "sản phẩm", "thông tin", "giấy phép", "chứng nhận", "đăng ký", "kinh doanh",
    "hoạt động", "xây dựng", "công trình", "thủ tục hành chính", "sử dụng", "đầu tư", "dự án", "môi trường",
    "tài nguyên", "an toàn", "thực phẩm", "vệ sinh", "phòng cháy", "chữa cháy", "khai thác", "khoáng sản",
    "thủy sản", "nuôi trồng", "gia đình", "cá nhân", "doanh nghiệp", "hỗ trợ", "giao đất", "thu hồi",
    "chấp thuận", "phê duyệt", "công nhận", "bổ nhiệm", "khen thưởng", "xử phạt", "vi phạm hành chính",
    "cư trú", "tạm trú", "thường trú", "chứng thực", "hộ tịch", "khai sinh", "kết hôn", "lữ hành",
    "du lịch", "vận tải", "hàng hóa", "hành khách", "quảng cáo", "điện tử", "vô tuyến điện", "xuất bản",
    "lễ hội", "tôn giáo", "tín ngưỡng", "bảo vệ", "thực vật", "chăn nuôi", "thú y", "giống cây trồng",
    "phân bón", "sản xuất", "bán buôn", "trợ cấp", "bảo trợ xã hội", "người có công", "hộ nghèo",
    "khuyết tật", "hòa giải", "thể thao", "thi đua", "khiếu nại", "tố cáo", "miễn giảm", "nhà ở",
    "sửa đổi", "quản lý", "giấy chứng nhận", "bồi thường", "chi phí", "kinh phí", "tiền sử dụng đất", "di chuyển",
    "nhập khẩu", "xuất khẩu", "kiểm định", "đại biểu", "chuyển đổi", "thẩm duyệt", "dân tộc thiểu số", "mục đích",
    "khẩn cấp", "nước biển", "nuôi biển", "tàu biển", "điều kiện", "hôn nhân", "chuyển trường", "công bố", "học bổng",
    "tháo dỡ", "chi trả", "thu chi", "chi tiết",  # tesseract reads "chi" as "chỉ" ("chỉ trả", "thu, chỉ")
    "giải quyết", "chỉ đạo", "tết nguyên đán", "dột nát", "buổi làm việc",
    # ("biển số" is left out: folded, it is "ĐIỆN BIÊN SỞ …" too; "thi công", "phạm vi" and "phương tiện" are
    # "Thị Công", "Phạm Vĩ" and "Phương Tiến" in a person's name)
    # firms' names
    "truyền thông", "dược phẩm", "thương mại", "dịch vụ", "kỹ thuật", "công nghệ", "phát triển", "bền vững",
    "xuất nhập khẩu", "bất động sản", "vật liệu", "nông sản", "tạp hóa",
    # agencies' names ("ủy ban nhân dân" is left out: "uỷ ban" is its older spelling, not a misread; "văn hóa"
    # too: "Văn Hòa" is a name)
    "tổng cục", "tổng công ty", "chi cục", "thành phố", "thị xã", "thị trấn", "giao thông", "tư pháp", "nông nghiệp",
    "phát triển nông thôn", "kế hoạch", "tài chính", "hải quan", "trồng trọt", "bản quyền", "tác giả", "chỉ huy",
    "quân sự", "lao động", "thương binh", "giáo dục", "đào tạo", "y tế", "công thương",
    # signers' positions
    "giám đốc", "phó giám đốc", "chủ tịch", "phó chủ tịch", "trưởng phòng", "phó trưởng phòng", "trưởng ban",
    "phó trưởng ban", "chi cục trưởng", "phó chi cục trưởng", "cục trưởng", "phó cục trưởng", "hiệu trưởng",
    "phó hiệu trưởng", "chánh văn phòng", "phó chánh văn phòng", "chánh thanh tra", "chỉ huy trưởng",
    "khu trưởng", "phó khu trưởng", "công an", "nhân dân",
))
_PHRASES_FOLDED = {fold(p): p for p in PHRASES}


_LEVELS = frozenset(normalise(w) for w in "TỈNH THÀNH HUYỆN QUẬN THỊ XÃ PHƯỜNG".split())
_LEVELS_FOLDED = frozenset(fold(w) for w in _LEVELS)


def unknown_organ_words(name: str) -> list[str]:
    """Words of an agency's name outside the vocabulary; right after "UBND"/"NHÂN DÂN" only an
    administrative level fits ("UBND TĨNH …" is a misread "TỈNH", though "HÀ TĨNH" is a province)."""
    unknown, previous = [], ""
    for raw in name.split():
        word = normalise(raw).strip(",;:()\"'").upper()
        if word and any(ch.isalpha() for ch in word):
            after_council = previous in ("UBND", "DÂN")
            if word not in ORGAN_WORDS or (after_council and fold(word) in _LEVELS_FOLDED and word not in _LEVELS):
                unknown.append(word)
        previous = word
    return unknown


def vocabulary_reading(name: str, written: dict[str, set[str]]) -> str:
    """An agency's name with each word outside the vocabulary read as the page writes it elsewhere: a
    document names its agency again ("tỉnh Đồng Tháp" in the text, "SỞ Y TẾ TÍNH ĐỒNG THÁP" in the
    header), so a word pair that the page writes in one other way only ("tính đồng" / "tỉnh đồng") was
    misread here, when the other way is a vocabulary word. ``written``: folded word pair -> the ways the
    page writes it, in lower case. A word that runs two vocabulary words together ("ĐẦUTƯ") is split.
    Vocabulary words are left as read, and so is a word the page gives no other reading of ("TÍNH" alone
    may be a misread "TỈNH" or "TĨNH"), or only one outside the vocabulary: the text misspells a
    district ("Nghỉ Lộc" for the header's "NGHI LỘC") as often as the header does."""
    words = [part for w in name.split() for part in _dot_parted(w)]
    out = list(words)
    clean = [normalise(w).strip(".,;:()\"'").lower() for w in words]  # as the page's pairs are written
    for i, raw in enumerate(words):
        core = normalise(raw).upper().strip(",;:()\"'")
        level = _MISREAD_LEVEL.get(fold(core))
        if level and core != level and 0 < i < len(words) - 1 and clean[i - 1].upper() not in ("HÀ", *_LEVELS):
            # before the vocabulary: "TĨNH" is a word of it, for "HÀ TĨNH" ("NHÂN DÂN TĨNH QUẢNG NGÃI", real corpus 2)
            out[i] = raw.replace(raw.strip(",;:()\"'"), level)
            continue
        if not core.isalpha() or core in ORGAN_WORDS:
            continue
        others = set()
        for a, b in ((i - 1, i), (i, i + 1)):
            if a < 0 or b >= len(words):
                continue
            pair = f"{clean[a]} {clean[b]}"
            for form in written.get(fold(pair), set()) - {pair}:
                others.add(normalise(form.split()[i - a]).upper())
        others &= ORGAN_WORDS  # a place's name the text misspells ("Nghỉ Lộc") does not replace the header's
        halves = [(core[:k], core[k:]) for k in range(1, len(core))
                  if core[:k] in ORGAN_WORDS and core[k:] in ORGAN_WORDS]
        if len(others) == 1:
            out[i] = raw.replace(raw.strip(",;:()\"'"), others.pop())
        elif len(halves) == 1:
            out[i] = raw.replace(raw.strip(",;:()\"'"), " ".join(halves[0]))
        elif core.isalpha() and not syllable(core) and (split := _one_way_apart(core, written)):
            out[i] = raw.replace(raw.strip(",;:()\"'"), " ".join(split))
    return " ".join(out)


# "UBND TP.LONG KHÁNH": the space after an abbreviation's period lost
_DOT_GLUED = re.compile(r"^((?:TP|TX|TT)\.)([^\W\d_]+)$")


def _dot_parted(word: str) -> list[str]:
    """"TP.LONG" as "TP." and "LONG"; "TP.HCM" stays: initials after the period are written so."""
    glued = _DOT_GLUED.match(word)
    if glued and any(ch in "aeiouy" for ch in fold(glued.group(2))):
        return [glued.group(1), glued.group(2)]
    return [word]


# "SỞ Y TẾ TÍNH ĐỒNG THÁP": a level misread, before a place's name; "TĨNH" stays in "HÀ TĨNH", "HUYỆN TĨNH GIA"
_MISREAD_LEVEL = {fold(w): normalise(w) for w in ("TỈNH", "HUYỆN")}


def _one_way_apart(word: str, written: dict[str, set[str]]) -> list[str] | None:
    """The syllables a word that is no syllable ran together ("MAICHÂU", "BANNHÂNDÂN"): of the ways to part it
    into the fewest syllables (OCR loses a space, it seldom loses two), the only one, or of several ("ĐÔNGANH":
    ĐÔNG ANH, ĐÔN GANH, ĐÔ NGANH), the one the page writes elsewhere."""
    if set(word) <= set("IVXL"):  # a Roman numeral ("KHU VỰC VIII")
        return None
    # a one-letter part is a speck or a mark read as a letter ("TRUYÊỀN"), not a word
    splits = [s for s in syllable_splits(word) if all(len(part) > 1 for part in s)]
    splits = [s for s in splits if len(s) == min(map(len, splits))]
    if len(splits) > 1:
        splits = [s for s in splits if all(fold(f"{a} {b}") in written for a, b in zip(s, s[1:]))]
    return splits[0] if len(splits) == 1 else None


def _misread_spans(words: list[str]) -> list[tuple[int, str]]:
    """(start, the phrase) of each fixed phrase written with other tone marks in ``words`` (lower case)."""
    spans = []
    for size in {len(p.split()) for p in PHRASES if " " in p}:
        for i in range(len(words) - size + 1):
            span = " ".join(words[i:i + size])
            known = _PHRASES_FOLDED.get(fold(span))
            if known is not None and span != known:
                spans.append((i, known))
    return spans


def misread_phrase(text: str) -> bool:
    """A fixed phrase ("cổ phần") written with other tone marks ("Cố phần")."""
    return bool(_misread_spans([normalise(w).strip(".,;:()\"'").lower() for w in text.split()]))


def phrase_reading(text: str) -> str:
    """``text`` with each fixed phrase written with other tone marks written as the phrase, in the case
    it was read in ("Công ty Cố phần" -> "Công ty Cổ phần", "SẢN PHẤM" -> "SẢN PHẨM"), and a province's level
    read with another tone mark before its name written "tỉnh" ("Truyền thông tính Bến Tre")."""
    tokens = text.split()
    cores = [normalise(t).strip(".,;:()\"'") for t in tokens]
    spans = _misread_spans([c.lower() for c in cores])
    spans += [(i, "tỉnh") for i, core in enumerate(cores) if fold(core) == "tinh" and core.lower() != "tỉnh"
              and (i == 0 or fold(cores[i - 1]) != "ha") and _place_follows(cores[i + 1:])]
    for start, known in spans:
        for k, word in enumerate(known.split(), start):
            read = cores[k]
            cased = word.upper() if read.isupper() else (word[0].upper() + word[1:] if read[:1].isupper() else word)
            tokens[k] = normalise(tokens[k]).replace(read, cased)
    return " ".join(tokens)


def _place_follows(words: list[str]) -> bool:
    """A place's name, capitalised, opens ``words``."""
    return any(len(words) >= size and all(w[:1].isupper() for w in words[:size])
               and fold(" ".join(words[:size])) in PLACES for size in (1, 2, 3))


# the older placing of a tone mark ("Hoà", "Thuỷ") and the Central Highlands' "Đăk" are spellings in use, not misreads
_OLD_TONES = {"oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa", "oè": "òe", "oé": "óe", "oẻ": "ỏe",
              "oẽ": "õe", "oẹ": "ọe", "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy", "đăk": "đắk"}


def _spelling(name: str) -> str:
    """``name`` in lower case with one spelling of each of the variants in use."""
    text = normalise(name).lower()
    for old, new in _OLD_TONES.items():
        text = text.replace(old, new)
    return text


def _places() -> dict[str, str]:
    """Folded place name -> the place, for the names no other place folds to ("Phú Mỹ"/"Phù Mỹ" are left out)."""
    text = resources.files("tthc_digitize").joinpath("data/places.txt").read_text(encoding="utf-8")
    names = [normalise(n) for n in text.splitlines() if n and not n.startswith("#")]
    ways: dict[str, dict[str, str]] = {}
    for name in names:  # "Hòa Bình" and "Hoà Bình" are one place
        ways.setdefault(fold(name), {})[_spelling(name)] = name
    return {folded: found.popitem()[1] for folded, found in ways.items() if len(found) == 1}


PLACES = _places()
_PLACE_NAMES = frozenset(_spelling(n) for n in PLACES.values())


def _joined(places: dict[str, str]) -> dict[str, str]:
    """The places by their folded letters without spaces, for the names no other place shares them with."""
    ways: dict[str, list[str]] = {}
    for folded, name in places.items():
        ways.setdefault(folded.replace(" ", ""), []).append(name)
    return {letters: names[0] for letters, names in ways.items() if len(names) == 1}


_PLACES_JOINED = _joined(PLACES)
# the levels a place name follows in an issuer's name; a regional university is named for its city ("ĐẠI HỌC ĐÀ NẴNG")
_LEVEL_WORDS = ("TỈNH", "THÀNH PHỐ", "TP.", "TP", "HUYỆN", "QUẬN", "THỊ XÃ", "TX.", "TX", "ĐẠI HỌC")


def place_reading(text: str, after_level: bool = True) -> str:
    """``text`` with a province's or district's name misread by a tone mark ("HUYỆN CẤM XUYÊN", "Đức Phố") written
    as the one place it folds to, in the case it was read in. ``after_level``: only names right after a level word
    ("HUYỆN", "TP."), as in an issuer's name; else ``text`` is a place as a whole ("Trà Vĩnh"). After a level word,
    a name whose spaces OCR moved ("DU Y XUYÊN", "TƯNGHĨA") is the one place its letters spell."""
    words = text.split()
    starts = [0] if not after_level else [
        i + len(level.split()) for i in range(len(words)) for level in _LEVEL_WORDS
        if [w.upper() for w in words[i:i + len(level.split())]] == level.split()]
    for start in reversed(starts):  # from the end: a name's words may change in number
        for size in (4, 3, 2, 1):
            span = [w.strip(",.;:") for w in words[start:start + size]]
            if len(span) < size or (not after_level and start + size != len(words)):
                continue
            name = " ".join(span)
            known = PLACES.get(fold(name))
            if known is None:
                continue
            if _spelling(name) not in _PLACE_NAMES:
                words[start:start + size] = [w.replace(w.strip(",.;:"), part)
                                             for w, part in zip(words[start:start + size], _cased(known, name))]
            break
        else:
            if after_level:
                words[start:] = _respaced(words[start:])
    return " ".join(words)


def _respaced(words: list[str]) -> list[str]:
    """``words`` with their first ones written as the place their letters spell with other spaces, if one does."""
    for size in (3, 2, 1):
        span = words[:size]
        known = _PLACES_JOINED.get(fold("".join(span)))
        if len(span) == size and all(w.isalpha() for w in span) and known and len(known.split()) != size:
            return [*_cased(known, "".join(span)), *words[size:]]
    return words


def _cased(place: str, read: str) -> list[str]:
    """The words of ``place`` in the case it was ``read`` in: capitals in an issuer's name, as listed elsewhere."""
    return (place.upper() if read.isupper() else place).split()

"""Text normalisation for Vietnamese OCR output (domain core: no I/O)."""

from __future__ import annotations

import re
import unicodedata

# The vie model sometimes reads Đ/đ as the Icelandic eth Ð/ð, which look alike but never occur in
# Vietnamese; searching for "Đức" would then miss the document. PDFs from common libraries map the
# space and hyphen glyphs back to the no-break space and soft hyphen, which would hide "15/QĐ-BNV".
_LOOKALIKES = str.maketrans(
    {"\u00d0": "\u0110", "\u00f0": "\u0111", "\u00a0": " ", "\u00ad": "-", "\u2010": "-", "\u2011": "-"}
)


def normalise(text: str) -> str:
    """NFC, with the eth/dyet look-alikes, no-break spaces and stand-in hyphens made plain."""
    return unicodedata.normalize("NFC", text).translate(_LOOKALIKES)


def fold(text: str) -> str:
    """Accent- and case-insensitive form for matching: ``Nguyễn Văn Đức`` -> ``nguyen van duc``."""
    decomposed = unicodedata.normalize("NFD", normalise(text).replace("Đ", "D").replace("đ", "d"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def looks_like_text(text: str, min_chars: int = 20) -> bool:
    """Whether an existing PDF text layer is worth keeping.

    Text extracted from fonts without a Unicode mapping comes out as replacement characters or
    control codes; such a layer is useless for search, so the page is treated as a scan.
    """
    chars = [ch for ch in text if not ch.isspace()]
    if len(chars) < min_chars:
        return False
    good = sum(1 for ch in chars if ch.isalnum() or unicodedata.category(ch).startswith("P"))
    return good / len(chars) >= 0.8


# what Vietnamese adds to Latin letters: the five tone marks and the circumflex, breve and horn (NFD)
_VIETNAMESE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b")


def reads_as_vietnamese(text: str, min_words: int = 20, min_share: float = 0.15) -> bool:
    """Whether a text layer reads as Vietnamese: running Vietnamese marks well over half its words
    (tone, circumflex, breve, horn or đ); a layer an older engine made without the language has none
    ("BO CONG THVONG"). Too few words to judge count as Vietnamese."""
    words = [w for w in unicodedata.normalize("NFD", text).split() if sum(ch.isalpha() for ch in w) >= 2]
    if len(words) < min_words:
        return True
    marked = sum(1 for w in words if "đ" in w.lower() or any(ch in _VIETNAMESE_MARKS for ch in w))
    return marked >= min_share * len(words)


TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")  # huyền, sắc, ngã, hỏi, nặng (NFD)
_STOP_TONES = frozenset("\u0301\u0323")  # a syllable ending in c, ch, p, t takes sắc or nặng only
_ONSET = "ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x"
_CLOSED = "uyê|iê|yê|uô|ươ|uâ|oă|oa|oe|uê|uy|a|ă|â|e|ê|i|o|ô|ơ|u|ư|y"  # a rhyme's vowels before a final
_OPEN = ("uya|oai|oay|oeo|uây|uôi|ươi|ươu|iêu|yêu|uyu|ai|ao|au|ay|âu|ây|eo|êu|ia|iu|oa|oe|oi|ôi|ơi|ua|uê|ui|"
         "ưa|ưi|ưu|uy|ya|a|e|ê|i|o|ô|ơ|u|ư|y")
_SYLLABLE = re.compile(rf"^(?:{_ONSET})?(?:(?:{_CLOSED})(c|ch|m|n|ng|nh|p|t)|(?:{_OPEN}))$")
# spelling: "gh", "ngh" and "k" before e, ê, i (and "k" before y) only, "c" and "ng" never there ("GHỦ" is misread);
# "yê" opens a rhyme only after no onset or "u" ("yên", "khuyên"; "tiên", never "tyên": "TỈNH HƯ NGYÊN" is no split)
_MISSPELT = re.compile(r"^(?:n?gh[^eêi]|k[^eêiyh]|c[eêiy]|ng[eêi]|[^aăâeêioôơuưy]+yê)")


def syllable(word: str) -> bool:
    """Whether ``word`` is a Vietnamese syllable: an onset, a rhyme's vowels with a final that may follow
    them, one tone mark at most, and sắc or nặng before a final stop."""
    decomposed = unicodedata.normalize("NFD", normalise(word).lower())
    tones = [ch for ch in decomposed if ch in TONES]
    bare = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in TONES))
    match = _SYLLABLE.match(bare)
    if match is None or len(tones) > 1 or _MISSPELT.match(bare):
        return False
    return not (tones and match.group(1) in ("c", "ch", "p", "t") and tones[0] not in _STOP_TONES)

"""Checks on fields written in words, after the rules have found them (domain core: no I/O).

They tidy OCR debris off the ends of names and lower the confidence of values that look misread;
they never change a word.
"""

from __future__ import annotations

import re

from tthc_digitize.extract.field import Field
from tthc_digitize.extract.layout import Line
from tthc_digitize.extract.lexicon import misread_phrase, unknown_organ_words
from tthc_digitize.text import fold

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
    return " ".join(w for w in words if w).strip(_EDGES)


def tidy_names(fields: dict[str, Field]) -> None:
    """A name that needed tidying, or runs two words together after a period, came from a noisy
    read: the tidied value is kept, and flagged so a clerk looks at the page."""
    for name in _NAMES:
        f = fields[name]
        if not f.value:
            continue
        value = _tidy(f.value)
        if value != f.value or (name == "signer_position" and _RUN_ON.search(value)) or _stray_period(name, value):
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


def _not_a_name(value: str) -> bool:
    return bool(_INSIDE_PERIOD.search(value) or _LONG_NUMBER.search(value))


def check_words(fields: dict[str, Field], lines: list[Line]) -> None:
    """Two checks on fields written in words, neither of which changes a value. A run-together
    word fails the one-syllable test. And a document names the same things more than once: when a
    pair of words in a field is written with other tone marks elsewhere on the page ("chỉ nhánh"
    here, "chi nhánh" there), OCR misread one of them, so the field is flagged."""
    written: dict[str, set[str]] = {}
    for line in lines:
        for folded, form in _pairs(line.text):
            written.setdefault(folded, set()).add(form)
    person = fields["holder_id_type"].value in ("cccd", "cmnd")
    for name in _VIETNAMESE + ("holder_name",):
        f = fields[name]
        if not f.value:
            continue
        odd = not _syllables_ok(f.value) and (name != "holder_name" or person)
        odd = odd or any(len(written.get(folded, ())) > 1 for folded, _ in _pairs(f.value))
        odd = odd or misread_phrase(f.value) or (name == "holder_name" and _not_a_name(f.value))
        if odd:
            fields[name] = Field(f.value, min(f.confidence, 0.6), f.page, f.box, f.source)
    _organ_lexicon(fields)


def _organ_lexicon(fields: dict[str, Field]) -> None:
    """An issuer's name with a word outside the organ vocabulary stays below 0.9 (see lexicon.py)."""
    f = fields["organ_name"]
    if f.value and f.confidence > 0.85 and unknown_organ_words(f.value):
        fields["organ_name"] = Field(f.value, 0.85, f.page, f.box, f.source)

"""Text normalisation for Vietnamese OCR output (domain core: no I/O)."""

from __future__ import annotations

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

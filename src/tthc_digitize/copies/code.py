"""Verification codes printed on copies (domain core: no I/O).

A third party holding only a printout types the code to check the copy, so it must survive a human:
Crockford base32 (no I/L/O/U; those read as 1/1/0/V when typed), 12 symbols in groups of four, the
last a check symbol (Luhn mod 32) that catches any single mistyped symbol and most swaps.
"""

from __future__ import annotations

import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_TYPED = str.maketrans({"I": "1", "L": "1", "O": "0", "U": "V"})
LENGTH = 12


def _check_symbol(body: str) -> str:
    n = len(ALPHABET)
    total = 0
    for i, ch in enumerate(reversed(body)):
        value = ALPHABET.index(ch) * (2 if i % 2 == 0 else 1)
        total += value // n + value % n
    return ALPHABET[(n - total % n) % n]


def new_code() -> str:
    body = "".join(secrets.choice(ALPHABET) for _ in range(LENGTH - 1))
    return _group(body + _check_symbol(body))


def _group(code: str) -> str:
    return "-".join(code[i:i + 4] for i in range(0, len(code), 4))


def normalise(typed: str) -> str | None:
    """The canonical grouped code, or None when ``typed`` cannot be one (wrong length or check)."""
    raw = "".join(typed.split()).replace("-", "").upper().translate(_TYPED)
    if len(raw) != LENGTH or any(ch not in ALPHABET for ch in raw):
        return None
    if _check_symbol(raw[:-1]) != raw[-1]:
        return None
    return _group(raw)

"""Copy and certification numbers (domain core: no I/O).

Register copies: one sequence per agency per calendar year from 01, written ``01/BS-STNMT``.
Certifications (Decree 23/2015, Circular 01/2020/TT-BTP): one sequence per year, kept in numbered
volumes of the certification register; the number runs on across volumes within the year, a full
volume opens the next, and both restart on 1 January. Written ``Số chứng thực: 125, Quyển số:
01/2026-SCT/BS``.

Allocation itself (the next free number, gap-free under concurrency) belongs to the register, inside
one write transaction; these functions only say what the next number is and how it is written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tthc_digitize.text import fold

# words that name the kind or place of an agency rather than the agency, left out of abbreviations
_PLACE_WORDS = ("tinh", "thanh pho", "quan", "huyen", "thi xa", "xa", "phuong", "thi tran")


@dataclass(frozen=True)
class CopyNumber:
    year: int
    sequence: int
    abbreviation: str

    def __str__(self) -> str:
        return f"{self.sequence:02d}/BS-{self.abbreviation}"


@dataclass(frozen=True)
class CertificationNumber:
    year: int
    sequence: int
    volume: int

    @property
    def volume_label(self) -> str:
        return f"{self.volume:02d}/{self.year}-SCT/BS"

    def __str__(self) -> str:
        return f"Số chứng thực: {self.sequence}, Quyển số: {self.volume_label}"


def next_copy_number(year: int, last: CopyNumber | None, abbreviation: str) -> CopyNumber:
    """The number after ``last`` (the newest of the agency's copies), restarting in a new year."""
    sequence = last.sequence + 1 if last is not None and last.year == year else 1
    return CopyNumber(year, sequence, abbreviation)


def next_certification_number(year: int, last: CertificationNumber | None, volume_size: int) -> CertificationNumber:
    if volume_size < 1:
        raise ValueError("volume_size must be at least 1")
    sequence = last.sequence + 1 if last is not None and last.year == year else 1
    return CertificationNumber(year, sequence, (sequence - 1) // volume_size + 1)


def abbreviation(agency_name: str) -> str:
    """Initials of the agency's own name: ``Sở Tài nguyên và Môi trường tỉnh Quảng Nam`` -> ``STNMT``.

    Agencies have official abbreviations (set ``agency_abbreviation`` in tthc.toml); this is the
    fallback, and it stops at the place name so that the initials stay the familiar ones.
    """
    words = fold(agency_name).split()
    kept: list[str] = []
    for i, word in enumerate(words):
        rest = " ".join(words[i:i + 2])
        after_co = word == "quan" and words[i - 1] == "co"  # "cơ quan" folds like "cơ quận"
        if i > 0 and not after_co and (word in _PLACE_WORDS or rest in _PLACE_WORDS):
            break
        kept.append(word)
    letters = "".join(w[0] for w in kept if w[0].isalnum())
    return re.sub(r"[^A-Z0-9]", "", letters.upper()) or "CQ"

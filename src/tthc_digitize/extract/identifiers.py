"""Structure checks for holder identifiers (domain core: no I/O).

They only say whether a value *could* be right; a failing value keeps what was read and is flagged
for a clerk, never repaired.
"""

from __future__ import annotations

# Province and city codes that open a CCCD number (Circular 07/2016/TT-BCA, the 63 units of 2016).
PROVINCE_CODES = frozenset(
    "001 002 004 006 008 010 011 012 014 015 017 019 020 022 024 025 026 027 030 031 033 034 035 036 037 "
    "038 040 042 044 045 046 048 049 051 052 054 056 058 060 062 064 066 067 068 070 072 074 075 077 079 "
    "080 082 083 084 086 087 089 091 092 093 094 095 096".split()
)
_TAX_WEIGHTS = (31, 29, 23, 19, 17, 13, 7, 5, 3)


def tax_code_ok(value: str) -> bool:
    """A 10-digit tax code (optionally ``-NNN`` for a branch) whose 10th digit is its check digit:
    ``10 - (sum of the first nine digits times 31, 29, 23, 19, 17, 13, 7, 5, 3) mod 11``."""
    head, _, branch = value.partition("-")
    if len(head) != 10 or not head.isdigit() or (branch and (len(branch) != 3 or not branch.isdigit())):
        return False
    check = 10 - sum(int(d) * w for d, w in zip(head, _TAX_WEIGHTS)) % 11
    return int(head[9]) == check % 10  # a sum divisible by 11 gives 10, written 0


def cccd_ok(value: str, birth_year: int | None = None) -> bool:
    """12 digits: province code, a century-and-sex digit (0/1: born 1900s, 2/3: 2000s), the last two
    digits of the birth year, then six serial digits. ``birth_year``, when the page gives it, must agree."""
    if len(value) != 12 or not value.isdigit() or value[:3] not in PROVINCE_CODES:
        return False
    century = 1900 + 100 * (int(value[3]) // 2)
    year = century + int(value[4:6])
    if century > 2000:
        return False  # born in the 2100s or later: a misread digit
    return birth_year is None or birth_year == year

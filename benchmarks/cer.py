"""Character error rate as dinglehopper computes it, run with the peers' Python (dinglehopper lives there).

Reads a JSON list of [reference, hypothesis] pairs on stdin and prints
{"engine": ..., "rates": [...], "cross_check": ...} on stdout.

The caller (ocr_vs_ocrmypdf.py) has already normalised whitespace on both sides. What is left is
dinglehopper's own definition: NFC both texts, split them into extended grapheme clusters,
Levenshtein distance over the clusters divided by the number of clusters in the reference
(0 when both are empty, inf when only the reference is empty).

dinglehopper's `character_error_rate(reference, compared)` is used when it imports. The same
definition is also implemented here with the `regex` module (`\\X` = extended grapheme cluster)
and rapidfuzz's Levenshtein over clusters mapped to private-use code points: it is the fallback
when dinglehopper is missing, and otherwise a cross-check that both give the same numbers.
"""

from __future__ import annotations

import json
import sys
import unicodedata


def _regex_cer(reference: str, compared: str) -> float:
    import regex
    from rapidfuzz.distance import Levenshtein

    ref = regex.findall(r"\X", unicodedata.normalize("NFC", reference))
    hyp = regex.findall(r"\X", unicodedata.normalize("NFC", compared))
    codes: dict[str, str] = {}

    def encode(clusters: list[str]) -> str:  # one code point per distinct cluster (planes 15-16 PUA)
        return "".join(codes.setdefault(c, chr(0xF0000 + len(codes))) for c in clusters)

    distance = Levenshtein.distance(encode(ref), encode(hyp))
    if distance == 0:
        return 0.0
    if not ref:
        return float("inf")
    return distance / len(ref)


def main() -> None:
    pairs = json.load(sys.stdin)
    try:
        from importlib.metadata import version

        from dinglehopper.character_error_rate import character_error_rate

        engine = f"dinglehopper {version('dinglehopper')}"
    except ImportError:
        character_error_rate = None
        engine = "regex \\X + rapidfuzz (dinglehopper not importable)"
    try:
        fallback = [_regex_cer(ref, hyp) for ref, hyp in pairs]
    except ImportError:  # regex or rapidfuzz missing: dinglehopper alone
        if character_error_rate is None:
            raise
        fallback = None
    if character_error_rate is None:
        print(json.dumps({"engine": engine, "rates": fallback, "cross_check": None}))
        return
    rates = [float(character_error_rate(ref, hyp)) for ref, hyp in pairs]
    if fallback is None:
        check = "not run (regex or rapidfuzz missing)"
    elif all(a == b or abs(a - b) < 1e-12 for a, b in zip(rates, fallback)):
        check = "regex \\X + rapidfuzz agree"
    else:
        check = f"MISMATCH: regex \\X + rapidfuzz give {fallback}"
    print(json.dumps({"engine": engine, "rates": rates, "cross_check": check}))


if __name__ == "__main__":
    main()

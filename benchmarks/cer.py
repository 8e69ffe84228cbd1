"""Character error rate as dinglehopper computes it, run with the peers' Python (dinglehopper lives there).

Reads a JSON list of [reference, hypothesis] pairs on stdin, prints a JSON list of CERs.
Both texts are compared after the same whitespace normalisation (see normalise_whitespace in
ocr_vs_ocrmypdf.py), dinglehopper then applies NFC and counts extended grapheme clusters.
"""

import json
import sys

from dinglehopper.character_error_rate import character_error_rate

pairs = json.load(sys.stdin)
print(json.dumps([character_error_rate(ref, hyp) for ref, hyp in pairs]))

"""Reading the words of a produced PDF's text layer (the adapter between PDF files and the rules)."""

from __future__ import annotations

from pathlib import Path

import pymupdf

from tthc_digitize.extract.layout import Word, lines
from tthc_digitize.extract.rules import Field, extract, needs_review


def extract_file(path: Path) -> tuple[dict[str, Field], list[str]]:
    with pymupdf.open(path) as doc:
        words = [
            Word(w[0], w[1], w[2], w[3], w[4], number)
            for number, page in enumerate(doc, start=1)
            for w in page.get_text("words")
        ]
        width, height = doc[0].rect.width, doc[0].rect.height
    fields = extract(lines(words), width, height)
    return fields, needs_review(fields)

"""Reading a produced PDF's words: OCR'd pages with tesseract's confidences, from the ``.words.json``
written beside it or else from the words the PDF keeps in each page (:mod:`pagewords`); other pages
from the PDF's own text layer."""

from __future__ import annotations

import json
from pathlib import Path

import pymupdf

from tthc_digitize import pagewords
from tthc_digitize.extract.layout import Word, lines
from tthc_digitize.extract.rules import Field, extract, needs_review


def _ocr_words(pdf: Path) -> dict[int, list[Word]]:
    path = pdf.with_suffix(".words.json")
    if not path.is_file():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return {
        page["page"]: [Word(x0, y0, x1, y1, text, page["page"], conf) for x0, y0, x1, y1, text, conf in page["words"]]
        for page in data.get("pages", [])
        if page.get("ocr")
    }


def extract_file(path: Path) -> tuple[dict[str, Field], list[str]]:
    ocr = _ocr_words(path)
    words: list[Word] = []
    with pymupdf.open(path) as doc:
        for number, page in enumerate(doc, start=1):
            if number in ocr:
                words.extend(ocr[number])
                continue
            layer = page.get_text("words")
            kept = pagewords.read(doc, number, [w[4] for w in layer])
            if kept is not None:
                words.extend(Word(x0, y0, x1, y1, text, number, conf) for x0, y0, x1, y1, text, conf in kept)
            else:
                words.extend(Word(w[0], w[1], w[2], w[3], w[4], number) for w in layer)
        width, height = doc[0].rect.width, doc[0].rect.height
    fields = extract(lines(words), width, height)
    return fields, needs_review(fields)

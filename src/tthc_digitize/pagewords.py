"""The OCR words of a page, with tesseract's confidences, kept inside the PDF itself.

A PDF text layer carries no confidences, so a PDF mailed on without its ``.words.json`` would be read
as if every word were certain, and a guess from under a seal could pass unflagged. Each OCR'd page
therefore keeps its words in a page-piece dictionary (ISO 32000-1 14.5, allowed in PDF/A-2):
``/PieceInfo /TthcDigitize /Private`` is a Flate stream of JSON ``[[x0, top, x1, bottom, text,
confidence], ...]`` in points from the page's top-left. Readers use it only while the page's text
layer still holds exactly those characters: a page whose text was changed since is read from its layer.
"""

from __future__ import annotations

import json
import zlib
from collections import Counter

import pikepdf
from pikepdf import Dictionary, Name

Box = tuple[float, float, float, float, str, float]

_APP = "TthcDigitize"


def attach(pdf: pikepdf.Pdf, page: pikepdf.Page, boxes: list[Box], modified: str) -> None:
    """Keep ``boxes`` in ``page``; ``modified`` is a PDF date, written as the spec asks on both the
    data and the page."""
    data = pdf.make_stream(zlib.compress(json.dumps(boxes, ensure_ascii=False).encode("utf-8"), 9))
    data.Filter = Name.FlateDecode
    page.obj.PieceInfo = Dictionary({"/" + _APP: Dictionary(LastModified=modified, Private=data)})
    page.obj.LastModified = modified


def read(doc, number: int, layer_words: list[str]) -> list[Box] | None:
    """The kept words of page ``number`` (1-based) of the PyMuPDF ``doc``, or None when the page
    keeps none or its text layer (``layer_words``) no longer matches them."""
    kind, ref = doc.xref_get_key(doc[number - 1].xref, f"PieceInfo/{_APP}/Private")
    if kind != "xref":
        return None
    try:
        boxes = [tuple(box) for box in json.loads(doc.xref_stream(int(ref.split()[0])))]
    except (ValueError, TypeError):
        return None
    # the same characters, however a reader splits them into words ("/" and "X" set close read as "/X")
    if Counter("".join(box[4] for box in boxes).replace(" ", "")) != Counter("".join(layer_words).replace(" ", "")):
        return None
    return boxes

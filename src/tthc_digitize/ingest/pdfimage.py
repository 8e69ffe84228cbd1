"""The scan inside a PDF page: which image covers the page, where, and its bytes as stored.

Read from the content stream with pikepdf (tracking ``q``/``Q``/``cm`` up to ``Do``), which needs no
decoding: asking MuPDF for image positions decodes the whole image first, a tenth of a page's time.
"""

from __future__ import annotations

from dataclasses import dataclass

import pikepdf
from pikepdf import Name

from tthc_digitize.geometry import IDENTITY, Matrix, mul

COVER = 0.95  # share of the page an image must cover to count as "the scan"


@dataclass(frozen=True)
class PlacedImage:
    xobject: pikepdf.Stream
    rect: tuple[float, float, float, float]  # x, y, width, height in points, PDF coordinates


def sole_scan_image(page: pikepdf.Page) -> PlacedImage | None:
    """The one upright image XObject drawn over (nearly) the whole page, or None (then the page is
    rendered instead) — also for a page whose objects are not the types the PDF spec says, as in a
    damaged or hostile file: a wrong type there is not a plain scan page (found by tests/test_fuzz.py)."""
    try:
        return _sole_scan_image(page)
    except (TypeError, ValueError, AttributeError, KeyError, IndexError, ZeroDivisionError, pikepdf.PdfError):
        return None


def _sole_scan_image(page: pikepdf.Page) -> PlacedImage | None:
    if int(page.obj.get(Name.Rotate, 0)) % 360:
        return None
    xobjects = page.resources.get(Name.XObject, {})
    ctm = IDENTITY
    stack: list[Matrix] = []
    placed: list[PlacedImage] = []
    try:
        instructions = pikepdf.parse_content_stream(page, "q Q cm Do")
    except pikepdf.PdfError:
        return None
    for operands, operator in instructions:
        op = str(operator)
        if op == "q":
            stack.append(ctm)
        elif op == "Q":
            ctm = stack.pop() if stack else ctm
        elif op == "cm":
            ctm = mul(tuple(float(v) for v in operands), ctm)
        elif op == "Do":
            xobj = xobjects.get(operands[0])
            if xobj is None or xobj.get(Name.Subtype) != Name.Image:
                return None  # a form or something else drawn: not a plain scan page
            if abs(ctm[1]) > 1e-6 or abs(ctm[2]) > 1e-6 or ctm[0] <= 0 or ctm[3] <= 0:
                return None  # rotated or mirrored placement
            placed.append(PlacedImage(xobj, (ctm[4], ctm[5], ctm[0], ctm[3])))
    if len(placed) != 1:
        return None
    box = page.mediabox
    page_area = float(box[2] - box[0]) * float(box[3] - box[1])
    _, _, w, h = placed[0].rect
    return placed[0] if w * h >= COVER * page_area else None

"""Making room for a block on a PyMuPDF page: render it, ask :mod:`sign.placement` where the block
goes, and grow the page or add one when placement says so. The caller draws into the returned box."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from tthc_digitize.sign.placement import Placement, place

RENDER_DPI = 144  # two pixels a point: the thin strokes of a 6 pt mark still render darker than INK_LEVEL


@dataclass(frozen=True)
class Room:
    page: int  # index of the page to draw on (a new page when placement asked for one)
    rect: tuple[float, float, float, float]  # PyMuPDF coordinates (top-left origin) of that page
    scale: float  # draw the block at this factor of its full size
    placement: Placement


def grey_image(page, dpi: int = RENDER_DPI) -> np.ndarray:
    import pymupdf  # heavy: PyMuPDF, loaded only when a page is drawn or rendered

    pix = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY, annots=True)
    return np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.stride)[:, : pix.width].copy()


def make_room(doc, index: int, size: tuple[float, float], corner: str) -> Room:
    """Where to draw a block of ``size`` (pt) on page ``index`` of ``doc`` (a PyMuPDF document,
    changed in place when the page needs a strip or a page must be added after it)."""
    page = doc[index]
    placement = place(grey_image(page), RENDER_DPI / 72, size, corner)
    if placement.where == "strip":
        _add_strip(doc, page, placement.strip, at_top=corner.startswith("top"))
    elif placement.where == "new_page":
        doc.new_page(pno=index + 1, width=page.rect.width, height=page.rect.height)
        index += 1
    return Room(index, placement.rect, placement.scale, placement)


def _add_strip(doc, page, height: float, at_top: bool) -> None:
    """Grow the MediaBox by ``height`` at the top or the foot: the content keeps its place on the
    sheet, the new band is blank. The other boxes go, so every viewer shows the whole sheet."""
    box = page.mediabox  # PDF coordinates of the page as PyMuPDF reads it (inherited or not)
    x0, y0, x1, y1 = box.x0, box.y0, box.x1, box.y1
    y1, y0 = (y1 + height, y0) if at_top else (y1, y0 - height)
    doc.xref_set_key(page.xref, "MediaBox", f"[{x0:g} {y0:g} {x1:g} {y1:g}]")
    for key in ("CropBox", "TrimBox", "BleedBox", "ArtBox"):
        doc.xref_set_key(page.xref, key, "null")


def pdf_box(page, rect: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
    """``rect`` in PyMuPDF coordinates as a PDF rectangle (y upwards), e.g. for a signature field."""
    import pymupdf  # heavy: PyMuPDF, loaded only when a page is drawn or rendered

    r = pymupdf.Rect(rect) * ~page.transformation_matrix
    r.normalize()
    return (r.x0, r.y0, r.x1, r.y1)

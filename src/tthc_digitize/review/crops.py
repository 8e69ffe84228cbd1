"""The page region each field came from, cut out of the produced PDF, and one PNG sheet of them
for a clerk: field name, value and confidence above each crop."""

from __future__ import annotations

from pathlib import Path

import pymupdf
from PIL import Image, ImageDraw, ImageFont

from tthc_digitize.extract.field import Field

MARGIN = 6.0  # points around the words, so a cut-off letter is visible as such
TINOS = Path("/usr/share/fonts/truetype/croscore/Tinos-Regular.ttf")


def crops(pdf: Path, fields: dict[str, Field], dpi: int = 120) -> dict[str, Image.Image]:
    """Greyscale crops, one per field that knows its page and box."""
    found: dict[str, Image.Image] = {}
    with pymupdf.open(pdf) as doc:
        for name, f in fields.items():
            if f.page is None or f.box is None or not 1 <= f.page <= doc.page_count:
                continue
            page = doc[f.page - 1]
            x0, y0, x1, y1 = f.box
            clip = pymupdf.Rect(x0 - MARGIN, y0 - MARGIN, x1 + MARGIN, y1 + MARGIN) & page.rect
            if clip.is_empty:
                continue
            pix = page.get_pixmap(clip=clip, dpi=dpi, colorspace=pymupdf.csGRAY)
            found[name] = Image.frombytes("L", (pix.width, pix.height), pix.samples)
    return found


def sheet(rows: list[tuple[str, str, Image.Image | None]], width: int = 1000) -> Image.Image:
    """``(heading, value, crop)`` rows stacked on one white sheet."""
    font = ImageFont.truetype(str(TINOS), 22) if TINOS.is_file() else ImageFont.load_default()
    small = ImageFont.truetype(str(TINOS), 18) if TINOS.is_file() else font
    pad, parts = 14, []
    for heading, value, crop in rows:
        if crop is not None and crop.width > width - 2 * pad:
            crop = crop.resize((width - 2 * pad, max(1, round(crop.height * (width - 2 * pad) / crop.width))))
        parts.append((heading, value, crop))
    height = pad + sum(2 * 28 + (c.height + 8 if c is not None else 0) + pad for _, _, c in parts)
    img = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(img)
    y = pad
    for heading, value, crop in parts:
        draw.text((pad, y), heading, font=font, fill=0)
        draw.text((pad, y + 28), value, font=small, fill=60)
        y += 2 * 28
        if crop is not None:
            img.paste(crop, (pad, y))
            draw.rectangle((pad - 1, y - 1, pad + crop.width, y + crop.height), outline=160)
            y += crop.height + 8
        y += pad
        draw.line((0, y - pad // 2, width, y - pad // 2), fill=220)
    return img

"""Render the sample scans in samples/scans and their ground truth in samples/truth.

    python samples/make_samples.py                  # regenerate everything (deterministic)
    python samples/make_samples.py --corpus DIR --pages 8   # a benchmark corpus (not committed)

Documents are laid out as Decree 30/2020 describes (issuer and number top left, national motto and
place/date top right, title, subject, body, signer block bottom right) in the Tinos serif, then
degraded like real scans: paper tint, blur, noise, specks, skew, a sideways page, a 200-dpi bilevel
TIFF and a blank page. Needs fonts-croscore (Tinos) and the project's .venv (Pillow, numpy, pymupdf).
"""

from __future__ import annotations

import argparse
import io
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pymupdf
from PIL import Image, ImageDraw, ImageFilter, ImageFont

sys.path.insert(0, str(Path(__file__).resolve().parent))
from documents import DOCUMENTS, Document  # noqa: E402

FONT_DIR = Path("/usr/share/fonts/truetype/croscore")
FONTS = {
    "r": FONT_DIR / "Tinos-Regular.ttf",
    "b": FONT_DIR / "Tinos-Bold.ttf",
    "i": FONT_DIR / "Tinos-Italic.ttf",
    "bi": FONT_DIR / "Tinos-BoldItalic.ttf",
}
A4 = (595.28, 841.89)
LEFT, RIGHT, TOP, BOTTOM = 85.0, 57.0, 57.0, 70.0
TEXT_WIDTH = A4[0] - LEFT - RIGHT
PAPER = (246, 243, 235)
INK = (28, 28, 40)
_measure = {key: ImageFont.truetype(str(path), 1000) for key, path in FONTS.items()}


def width(text: str, font: str, size: float) -> float:
    return _measure[font].getlength(text) * size / 1000


@dataclass(frozen=True)
class Run:
    text: str
    x: float  # left, points
    y: float  # baseline, points from the top
    font: str
    size: float


@dataclass(frozen=True)
class Rule:
    x0: float
    x1: float
    y: float


class Layout:
    """Places lines on A4 pages and keeps the ground-truth text in reading order."""

    def __init__(self) -> None:
        self.pages: list[list[Run | Rule]] = [[]]
        self.truth: list[list[str]] = [[]]
        self.y = TOP

    def line(self, text: str, font: str, size: float, x: float | None = None, centre: float | None = None) -> Run:
        if centre is not None:
            x = centre - width(text, font, size) / 2
        run = Run(text, LEFT if x is None else x, self.y + size, font, size)
        self.pages[-1].append(run)
        self.truth[-1].append(text)
        return run

    def rule(self, run: Run, length: float) -> None:
        centre = run.x + width(run.text, run.font, run.size) / 2
        self.pages[-1].append(Rule(centre - length / 2, centre + length / 2, run.y + 3))

    def new_page(self) -> None:
        self.pages.append([])
        self.truth.append([])
        self.y = TOP

    def need(self, height: float) -> None:
        if self.y + height > A4[1] - BOTTOM:
            self.new_page()


def wrap(text: str, font: str, size: float, limit: float, indent: float = 0.0) -> list[str]:
    lines, current = [], ""
    for word in text.split():
        trial = f"{current} {word}".strip()
        room = limit - (indent if not lines else 0)
        if current and width(trial, font, size) > room:
            lines.append(current)
            current = word
        else:
            current = trial
    return lines + ([current] if current else [])


def lay_out(doc: Document) -> Layout:
    page = Layout()
    left_c, right_c = LEFT + 95, LEFT + TEXT_WIDTH - 130
    top = page.y
    if doc.organ_parent:
        page.line(doc.organ_parent, "r", 12.5, centre=left_c)
        page.y += 16
    organ = page.line(doc.organ_name, "b", 12.5, centre=left_c)
    page.rule(organ, 60)
    page.y += 24
    page.line(f"Số: {doc.number}/{doc.notation}", "r", 13, centre=left_c)
    left_end = page.y
    page.y = top
    page.line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b", 12, centre=right_c)
    page.y += 16
    motto = page.line("Độc lập - Tự do - Hạnh phúc", "b", 13, centre=right_c)
    page.rule(motto, width(motto.text, "b", 13))
    page.y = left_end
    page.line(doc.date_line, "i", 13, centre=right_c)
    page.y += 42
    page.line(doc.type_name, "b", 14.5, centre=A4[0] / 2 + 14)
    page.y += 19
    for sub in wrap(doc.subject, "b", 14, 380):
        page.line(sub, "b", 14, centre=A4[0] / 2 + 14)
        page.y += 18
    page.y += 18
    for paragraph in doc.body:
        heading = paragraph.isupper() or paragraph.endswith("QUYẾT ĐỊNH:")
        if heading:
            page.need(22)
            page.line(paragraph, "b", 13.5, centre=A4[0] / 2 + 14)
            page.y += 22
            continue
        for i, text in enumerate(wrap(paragraph, "r", 13.5, TEXT_WIDTH, indent=28)):
            page.need(18)
            page.line(text, "r", 13.5, x=LEFT + (28 if i == 0 else 0))
            page.y += 18
        page.y += 4
    page.need(150)
    page.y += 16
    block = page.y
    page.line("Nơi nhận:", "bi", 12, x=LEFT)
    page.y += 15
    for recipient in doc.recipients:
        page.line(recipient, "r", 11, x=LEFT)
        page.y += 14
    page.y = block
    for position in doc.signer_position:
        page.line(position, "b", 13, centre=right_c)
        page.y += 17
    page.y += 62
    page.line(doc.signer_name, "b", 13.5, centre=right_c)
    return page


# --- rendering --------------------------------------------------------------------------------

def raster(items: list[Run | Rule], dpi: int) -> Image.Image:
    scale = dpi / 72
    img = Image.new("L", (round(A4[0] * scale), round(A4[1] * scale)), 255)
    draw = ImageDraw.Draw(img)
    fonts: dict[tuple[str, int], ImageFont.FreeTypeFont] = {}
    for item in items:
        if isinstance(item, Rule):
            draw.line([(item.x0 * scale, item.y * scale), (item.x1 * scale, item.y * scale)], fill=0,
                      width=max(1, round(0.8 * scale)))
            continue
        size = round(item.size * scale)
        font = fonts.setdefault((item.font, size), ImageFont.truetype(str(FONTS[item.font]), size))
        draw.text((item.x * scale, item.y * scale), item.text, font=font, fill=0, anchor="ls")
    return img


def vector(doc: pymupdf.Document, items: list[Run | Rule]) -> None:
    page = doc.new_page(width=A4[0], height=A4[1])
    for key, path in FONTS.items():
        page.insert_font(fontname=f"tinos-{key}", fontfile=str(path))
    for item in items:
        if isinstance(item, Rule):
            page.draw_line((item.x0, item.y), (item.x1, item.y), width=0.8)
        else:
            page.insert_text((item.x, item.y), item.text, fontname=f"tinos-{item.font}", fontsize=item.size)


def degrade(img: Image.Image, rng: np.random.Generator, colour: bool, noise: float = 4.0,
            blur: float = 0.7, skew: float = 0.0, specks: int = 30) -> Image.Image:
    """Make a clean rendering look scanned: blur, paper, noise, specks, skew."""
    grey = np.asarray(img.filter(ImageFilter.GaussianBlur(blur)), dtype=np.float32) / 255.0
    ink = 1.0 - grey
    for _ in range(specks):
        y, x = rng.integers(0, ink.shape[0] - 8), rng.integers(0, ink.shape[1] - 8)
        r = int(rng.integers(1, 4))
        ink[y:y + r, x:x + r] = np.maximum(ink[y:y + r, x:x + r], rng.uniform(0.3, 0.8))
    channels = [PAPER[c] * (1 - ink) + INK[c] * ink for c in range(3)] if colour else [250 * (1 - ink) + 25 * ink]
    out = np.stack(channels, axis=-1) + rng.normal(0, noise, size=(*ink.shape, len(channels)))
    out = np.clip(out, 0, 255).astype(np.uint8)
    result = Image.fromarray(out[..., 0] if not colour else out, "RGB" if colour else "L")
    if skew:
        fill = PAPER if colour else 250
        result = result.rotate(skew, resample=Image.Resampling.BICUBIC, fillcolor=fill)
    return result


def blank_page(rng: np.random.Generator, dpi: int, colour: bool) -> Image.Image:
    size = (round(A4[0] * dpi / 72), round(A4[1] * dpi / 72))
    return degrade(Image.new("L", size, 255), rng, colour, noise=2.5, specks=4)


def jpeg(img: Image.Image, quality: int = 75) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality)
    return buf.getvalue()


def save_deterministic(doc: pymupdf.Document, path: Path) -> None:
    """Save with a content-derived trailer /ID: MuPDF's is random, so reruns would differ."""
    import pikepdf

    data = doc.tobytes(garbage=3, deflate=True, no_new_id=True)
    with pikepdf.open(io.BytesIO(data)) as pdf:
        pdf.save(path, deterministic_id=True)


def scan_pdf(path: Path, images: list[Image.Image], dpi: int) -> None:
    doc = pymupdf.open()
    for img in images:
        page = doc.new_page(width=img.width * 72 / dpi, height=img.height * 72 / dpi)
        page.insert_image(page.rect, stream=jpeg(img))
    doc.set_metadata({"producer": "tthc-digitize samples", "creator": "máy quét mẫu"})
    save_deterministic(doc, path)


# --- the sample set ----------------------------------------------------------------------------

def _plain_space_and_hyphen(path: Path) -> None:
    """Tinos draws U+0020/U+00A0 and U+002D/U+00AD with the same glyphs, and MuPDF's ToUnicode maps
    them back to the no-break space and soft hyphen, so "15/QĐ-BNV" could not be searched. Word
    processors map them to the plain characters; make the sample behave like their output."""
    import pikepdf

    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        for page in pdf.pages:
            for font in page.resources.get("/Font", {}).values():
                if "/ToUnicode" in font:
                    cmap = re.sub(rb"<00[aA]0>", b"<0020>", font.ToUnicode.read_bytes())
                    cmap = re.sub(rb"<00[aA][dD]>", b"<002d>", cmap)
                    font.ToUnicode.write(cmap)
        pdf.save(path, deterministic_id=True)


def _write_truth(out: Path, name: str, doc: Document, pages: list[list[str]], **facts) -> None:
    truth = out / "truth"
    truth.mkdir(parents=True, exist_ok=True)
    (truth / f"{Path(name).stem}.txt").write_text("\f".join("\n".join(p) for p in pages) + "\n", encoding="utf-8")
    data = {"file": name, "pages": len(pages), **facts, "fields": doc.fields()}
    (truth / f"{Path(name).stem}.json").write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def make_samples(out: Path) -> list[Path]:
    scans = out / "scans"
    scans.mkdir(parents=True, exist_ok=True)
    docs = {d.slug: d for d in DOCUMENTS}

    def facts(dpi, colour, rotation=0, skew=0.0, blank=(), born_digital=False):
        return {"dpi": dpi, "colour": colour, "rotation": rotation, "skew_degrees": skew,
                "blank_pages": list(blank), "born_digital": born_digital}

    # 1. colour licence, 300 dpi JPEG in PDF, skewed 1.5 degrees clockwise
    doc = docs["giay-phep-xa-thai"]
    page = lay_out(doc)
    rng = np.random.default_rng(1)
    scan_pdf(scans / "giay-phep-xa-thai.pdf", [degrade(raster(p, 300), rng, True, skew=-1.5) for p in page.pages], 300)
    _write_truth(out, "giay-phep-xa-thai.pdf", doc, page.truth, **facts(300, "colour", skew=1.5))

    # 2. grey two-page decision plus a blank back page
    doc = docs["quyet-dinh-2-trang"]
    page = lay_out(doc)
    assert len(page.pages) == 2, "the decision must run over two pages"
    rng = np.random.default_rng(2)
    images = [degrade(raster(p, 300), rng, False, noise=2.5, skew=0.6) for p in page.pages]
    images.append(blank_page(rng, 300, False))
    scan_pdf(scans / "quyet-dinh-2-trang.pdf", images, 300)
    _write_truth(out, "quyet-dinh-2-trang.pdf", doc, page.truth + [[]], **facts(300, "grey", skew=-0.6, blank=[3]))

    # 3. certificate at 200 dpi, black and white, group 4 TIFF
    doc = docs["giay-chung-nhan-200dpi"]
    page = lay_out(doc)
    rng = np.random.default_rng(3)
    grey = degrade(raster(page.pages[0], 200), rng, False, noise=6, blur=0.5)
    grey.point(lambda v: 255 if v > 140 else 0).convert("1").save(
        scans / "giay-chung-nhan-200dpi.tif", compression="group4", dpi=(200, 200))
    _write_truth(out, "giay-chung-nhan-200dpi.tif", doc, page.truth, **facts(200, "bilevel"))

    # 4. licence scanned sideways: text runs bottom to top, so it must turn 90 degrees clockwise
    doc = docs["giay-phep-xoay-ngang"]
    page = lay_out(doc)
    rng = np.random.default_rng(4)
    img = degrade(raster(page.pages[0], 300), rng, True).rotate(90, expand=True)
    img.save(scans / "giay-phep-xoay-ngang.jpg", quality=75, dpi=(300, 300))
    _write_truth(out, "giay-phep-xoay-ngang.jpg", doc, page.truth, **facts(300, "colour", rotation=90))

    # 5. born-digital decision with a real text layer
    doc = docs["quyet-dinh-so"]
    page = lay_out(doc)
    pdf = pymupdf.open()
    for items in page.pages:
        vector(pdf, items)
    pdf.subset_fonts()
    pdf.set_metadata({"producer": "tthc-digitize samples", "title": f"{doc.type_name} {doc.number}/{doc.notation}"})
    save_deterministic(pdf, scans / "quyet-dinh-so.pdf")
    _plain_space_and_hyphen(scans / "quyet-dinh-so.pdf")
    _write_truth(out, "quyet-dinh-so.pdf", doc, page.truth, **facts(None, "colour", born_digital=True))

    # 6. grey PNG, skewed the other way
    doc = docs["giay-xac-nhan"]
    page = lay_out(doc)
    rng = np.random.default_rng(6)
    degrade(raster(page.pages[0], 300), rng, False, noise=0, specks=10, skew=1.0).save(
        scans / "giay-xac-nhan.png", dpi=(300, 300), optimize=True)
    _write_truth(out, "giay-xac-nhan.png", doc, page.truth, **facts(300, "grey", skew=-1.0))

    return sorted(scans.iterdir())


def make_corpus(out_dir: Path, pages: int = 8, dpi: int = 300, seed: int = 0) -> tuple[Path, Path]:
    """A multi-page colour scan (one JPEG per A4 page) and its truth text, for benchmarks."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(seed)
    images, truth = [], []
    rendered = [(lay_out(d), d) for d in DOCUMENTS]
    flat = [(items, lines) for layout, _ in rendered for items, lines in zip(layout.pages, layout.truth)]
    for i in range(pages):
        items, lines = flat[i % len(flat)]
        img = degrade(raster(items, dpi), rng, True, skew=float(rng.uniform(-1.5, 1.5)))
        if i == 5:
            img = img.rotate(90, expand=True)
        images.append(img)
        truth.append("\n".join(lines))
    pdf, txt = out_dir / "corpus.pdf", out_dir / "corpus.txt"
    scan_pdf(pdf, images, dpi)
    txt.write_text("\f".join(truth) + "\n", encoding="utf-8")
    return pdf, txt


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent)
    parser.add_argument("--corpus", type=Path, help="write a benchmark corpus into this folder instead")
    parser.add_argument("--pages", type=int, default=8)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    if args.corpus:
        for path in make_corpus(args.corpus, args.pages, seed=args.seed):
            print(path)
        return
    for path in make_samples(args.out):
        print(f"{path.stat().st_size / 1024:8.0f} KiB  {path}")


if __name__ == "__main__":
    main()

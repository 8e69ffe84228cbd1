"""One page, in a worker process: get its image, look at it, correct it, OCR it, write a one-page PDF.

The worker opens the source file itself (a path and a page index travel between processes, never
image data), and writes its output to the run's work folder; the main process only assembles.
"""

from __future__ import annotations

import time
import zlib
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np
import pikepdf
import pymupdf
from pikepdf import Dictionary, Name
from PIL import Image, ImageFilter

from tthc_digitize import geometry
from tthc_digitize._exec import tesseract
from tthc_digitize.config import OcrSettings
from tthc_digitize.errors import ExitCode, InputFileError
from tthc_digitize.ingest.analyse import look
from tthc_digitize.ingest.pdfimage import sole_scan_image
from tthc_digitize.ocr import handwriting, reading_order, recover, seal, textlayer
from tthc_digitize.text import looks_like_text, normalise, reads_as_vietnamese

A4_LONG_SIDE_INCHES = 11.69
MIN_SKEW = 0.1  # degrees; below this a page counts as straight
DENOISE_RADIUS = 1.0  # pixels at 300 dpi
UPSCALE_BELOW = 200  # dpi; a phone photo under this is read enlarged to 300 dpi (benchmarks/README.md)
_SHOWN = ("warn.text_stamp_on_scan", "warn.text_shown_not_vietnamese")  # the page's text is drawn, not hidden
STAMP_SHARE = 0.05  # of the page area: visible text under this on a full-page scan is a stamp, not content
_CLOCKWISE = {90: Image.Transpose.ROTATE_270, 180: Image.Transpose.ROTATE_180, 270: Image.Transpose.ROTATE_90}


@dataclass(frozen=True)
class PageTask:
    source: str
    kind: str  # "pdf" or "image"
    index: int  # 0-based
    workdir: str
    settings: OcrSettings

    @property
    def number(self) -> int:
        return self.index + 1


@dataclass
class PageResult:
    number: int
    action: str  # "ocr", "blank", "text_kept"
    pdf: str | None  # the one-page PDF; None when the source page is kept as it is
    text: str = ""
    dpi: int = 0
    colour: str = ""
    blank: bool = False
    rotation: int = 0
    skew: float = 0.0
    confidence: float | None = None
    words: int = 0
    # (x0, top, x1, bottom, text, confidence) in points from the page's top-left, upright page;
    # extraction reads confidences from here, which the PDF text layer cannot carry
    boxes: list[tuple[float, float, float, float, str, float]] = field(default_factory=list)
    page_size: tuple[float, float] = (0.0, 0.0)
    warnings: list[tuple[str, dict]] = field(default_factory=list)
    error: tuple[str, dict] | None = None  # a reason this page makes its file fail
    seconds: float = 0.0

    def warn(self, key: str, /, **params: object) -> None:
        self.warnings.append((key, {"page": self.number, **params}))


@dataclass
class _Image:
    img: Image.Image
    dpi: float
    jpeg: bytes | None  # the original JPEG stream: embedded as it is, whatever the corrections
    icc: bytes | None  # the scan's own ICC profile, kept with its pixels
    placement: tuple[float, float, float, float] | None  # x, y, w, h on the source page (points)
    page_size: tuple[float, float] | None
    dpi_guessed: bool = False  # an image that records no DPI: a phone or camera photo, seen in perspective


def process_page(task: PageTask) -> PageResult:
    start = time.perf_counter()
    result = PageResult(number=task.number, action="ocr", pdf=None)
    if task.kind == "pdf":
        with pymupdf.open(task.source) as doc:
            page = doc[task.index]
            existing = page.get_text("text")
            redo = _why_not_keep(page, existing, task.settings.mode)
            if redo is None:
                result.action, result.text = "text_kept", normalise(existing).strip()
                result.warn("warn.text_kept")
                result.seconds = time.perf_counter() - start
                return result
            if redo:
                result.warn(redo)
            # visible text on a scan is part of what the page shows: OCR a rendering, which keeps it
            source = _pdf_page_image(task.source, task.index, page, render=redo in _SHOWN)
    else:
        source = _file_image(Path(task.source), task.index, result)
    _ocr_image(task, source, result)
    result.seconds = time.perf_counter() - start
    return result


def _why_not_keep(page: pymupdf.Page, existing: str, mode: str) -> str | None:
    """None when the page keeps its own text layer, else the warning that says why it is OCR'd ("" for
    none: no usable text, or the clerk asked). ``auto`` keeps born-digital text and earlier OCR layers,
    except a layer that does not read as Vietnamese and a few words stamped on a scan."""
    if mode == "force" or not looks_like_text(existing):
        return ""
    if mode == "skip":
        return None
    invisible = _only_invisible_text(page)
    if mode == "redo":
        return "" if invisible else None
    if invisible:
        return None if reads_as_vietnamese(existing) else "warn.text_layer_not_vietnamese"
    if not _image_fills(page):
        return None  # born-digital: its own text, whatever it reads as
    if not reads_as_vietnamese(existing):
        # a scanner's visible OCR text drawn in place of the scan ("ClearScan"), its glyphs mapped to the
        # wrong letters ("D§c l¾p" for "Độc lập"): what the page shows is right, what it says is not
        return "warn.text_shown_not_vietnamese"
    if _text_area(page) <= STAMP_SHARE * _area(page):
        return "warn.text_stamp_on_scan"
    return None


def _area(page: pymupdf.Page) -> float:
    return page.rect.width * page.rect.height


def _image_fills(page: pymupdf.Page) -> bool:
    """A scan: an image covers most of the page."""
    covered = sum(pymupdf.Rect(info["bbox"]).intersect(page.rect).get_area() for info in page.get_image_info())
    return _area(page) > 0 and covered >= 0.8 * _area(page)


def _text_area(page: pymupdf.Page) -> float:
    """Visible text over a sliver of a scan is a signing stamp ("Người ký: …") or a "SAO Y" line added to
    it, not the page's content, which is in the image."""
    return sum(pymupdf.Rect(b[:4]).get_area() for b in page.get_text("blocks") if b[6] == 0)


def _only_invisible_text(page: pymupdf.Page) -> bool:
    """A previous OCR layer (all text in rendering mode 3) rather than born-digital text."""
    spans = page.get_texttrace()
    return bool(spans) and all(span["type"] == 3 for span in spans)


def _pdf_page_image(source: str, index: int, mupdf_page: pymupdf.Page, render: bool = False) -> _Image:
    """The scan behind a PDF page: its embedded image when the page is just that, else (or with
    ``render``) a rendering."""
    with pikepdf.open(source, password="") as pdf:
        page = pdf.pages[index]
        found = None if render else sole_scan_image(page)
        if found is not None and Name.SMask not in found.xobject and Name.Mask not in found.xobject:
            try:
                img = pikepdf.PdfImage(found.xobject).as_pil_image()
                img.load()
            except Exception:  # an image PIL cannot decode (JBIG2 without a decoder, odd colour spaces)
                img = None
            if img is not None:
                x0, y0 = float(page.mediabox[0]), float(page.mediabox[1])
                x, y, w, h = found.rect
                size = (float(page.mediabox[2]) - x0, float(page.mediabox[3]) - y0)
                filters = found.xobject.get(Name.Filter)
                filters = list(filters) if isinstance(filters, pikepdf.Array) else [filters]
                is_jpeg = filters == [Name.DCTDecode] and img.mode in ("L", "RGB")
                jpeg = found.xobject.read_raw_bytes() if is_jpeg else None
                return _Image(img, img.width / (w / 72), jpeg, _icc(found.xobject, img), (x - x0, y - y0, w, h), size)
    render_dpi = 300
    pix = mupdf_page.get_pixmap(dpi=render_dpi, colorspace=pymupdf.csRGB, alpha=False)
    img = Image.frombytes("RGB", (pix.width, pix.height), pix.samples)
    return _Image(img, render_dpi, None, None, None, None)


def _icc(xobject: pikepdf.Stream, img: Image.Image) -> bytes | None:
    space = xobject.get(Name.ColorSpace)
    if isinstance(space, pikepdf.Array) and len(space) == 2 and space[0] == Name.ICCBased:
        if int(space[1].get(Name.N, 0)) == len(img.getbands()):
            return space[1].read_bytes()
    return None


def _file_image(path: Path, index: int, result: PageResult) -> _Image:
    with Image.open(path) as opened:
        opened.seek(index)
        fmt = opened.format
        img = opened.copy()
        dpi_info = opened.info.get("dpi")
    dpi = float(dpi_info[0]) if dpi_info and dpi_info[0] and dpi_info[0] > 1 else 0.0
    guessed = not dpi
    if guessed:
        dpi = max(img.size) / A4_LONG_SIDE_INCHES
        result.warn("warn.dpi_guessed", dpi=round(dpi))
    jpeg = path.read_bytes() if fmt == "JPEG" and img.mode in ("L", "RGB") else None
    icc = img.info.get("icc_profile") if img.mode in ("L", "RGB") else None
    return _Image(img, dpi, jpeg, icc or None, None, None, guessed)


def _ocr_image(task: PageTask, source: _Image, result: PageResult) -> None:
    """Corrections are decided here but never applied to the stored image: the original image is
    drawn turned and straightened by the page's transformation matrix, so a JPEG scan keeps its
    exact bytes and nothing is resampled. Only the greyscale copy tesseract reads is transformed."""
    settings = task.settings
    img = source.img if source.img.mode in ("1", "L", "RGB") else source.img.convert("RGB")
    result.dpi = round(source.dpi)
    seen = look(img, source.dpi)
    result.colour, result.blank = seen.colour, seen.blank
    _check_capture(result, settings)
    work = Path(task.workdir)
    if seen.blank:
        result.action = "blank"
        result.warn("warn.blank")
        result.pdf = _write_page(work, result, source, img, Frame(), [])
        return

    grey, ink = _grey_for_ocr(img, seen.colour, source.dpi)
    grey = _denoised(grey, seen.colour, source.dpi)
    frame = _straightened(0, seen.skew, settings)
    if settings.rotate_pages and seen.sideways:
        turn = _detect_rotation(grey, source.dpi, work, task.number)
        if turn:
            frame = _turned(turn, grey, source.dpi, settings)
    words = _ocr(grey, frame, work, task, settings, source.dpi)
    if frame.skew and source.dpi_guessed:
        # A phone photo is seen in perspective: its lines slope by different angles, and one rotation is a
        # compromise that tesseract's own line finding sometimes beats. Both are read; the one that reads
        # more text, surely, is kept. A scanner has no perspective: there the measured angle stands (levelled,
        # skewed 200-dpi scans lost fields; benchmarks/README.md, "Photos: skew").
        level = replace(frame, skew=0.0)
        level_words = _ocr(grey, level, work, task, settings, source.dpi)
        if recover.read(level_words) > recover.read(words):
            frame, words = level, level_words
    confidence = _mean_confidence(words)

    # A page turned upside down, or sideways without enough lines to show it, reads as garbage:
    # low confidence is the cue to ask tesseract's orientation detector after all.
    if settings.rotate_pages and not frame.rotation and (confidence or 0) < settings.low_confidence:
        turn = _detect_rotation(grey, source.dpi, work, task.number)
        if turn:
            turned = _turned(turn, grey, source.dpi, settings)
            turned_words = _ocr(grey, turned, work, task, settings, source.dpi)
            if (_mean_confidence(turned_words) or 0) > (confidence or 0):
                frame, words, confidence = turned, turned_words, _mean_confidence(turned_words)
    if seen.colour == "colour" and img.mode == "RGB" and source.dpi < UPSCALE_BELOW and seal.has_colour_ink(img):
        # a photo: its grey copy keeps the seal (ocr/seal.py is for scans); a scan's already lost it
        words = _second_look(img, frame, words, work, task, settings, source.dpi)
        confidence = _mean_confidence(words)
    if ink is not None:  # a colour scan, its seal and signature lifted off the grey copy tesseract read
        # a signature's stroke through the name can still make tesseract's layout analysis drop the name's
        # line: the area read alone as one block finds it
        for area in _ink_areas(ink, frame):
            words = recover.gaps_filled(words, _ocr(grey, frame, work, task, settings, source.dpi, area), area)
        confidence = _mean_confidence(words)
        # with the seal, the grey copy lost what was written into its blanks by hand
        words = handwriting.written(ink, lambda mask: frame.for_ocr(mask, fill=0), words, work, task.number)

    result.rotation, result.skew = frame.rotation, frame.skew
    result.words, result.confidence = len(words), confidence
    result.text = reading_order.plain_text(words)
    if confidence is not None and confidence < settings.low_confidence:
        result.warn("warn.low_confidence", confidence=confidence)
    result.pdf = _write_page(work, result, source, img, frame, words)


@dataclass(frozen=True)
class Frame:
    """How a page is shown upright: turned clockwise by ``rotation`` (a multiple of 90), then
    straightened by rotating ``skew`` degrees counter-clockwise about its centre."""

    rotation: int = 0
    skew: float = 0.0

    @property
    def identity(self) -> bool:
        return not self.rotation and not self.skew

    def upright(self, grey: Image.Image) -> Image.Image:
        return grey.transpose(_CLOCKWISE[self.rotation]) if self.rotation else grey

    def for_ocr(self, grey: Image.Image, fill: int = 255) -> Image.Image:
        """The copy tesseract reads: upright and straightened, so its words are in page coordinates."""
        upright = self.upright(grey)
        if not self.skew:
            return upright
        return upright.rotate(self.skew, resample=Image.Resampling.BILINEAR, fillcolor=fill)


def _grey_for_ocr(img: Image.Image, colour: str, dpi: float) -> tuple[Image.Image, np.ndarray | None]:
    """The grey copy tesseract reads. On a colour scan, a coloured seal or signature over the text
    is lifted off (ocr/seal.py: 300-dpi seal pages read 4 of 5 signers' names instead of 0). Not on
    phone photos under UPSCALE_BELOW: there it cost words on both photo sets, as did dividing out
    the light (benchmarks/README.md, "Photos: word error rate against OCRmyPDF")."""
    if colour == "colour" and img.mode == "RGB" and dpi >= UPSCALE_BELOW:
        return seal.lifted(img)
    return img.convert("L"), None


def _denoised(grey: Image.Image, colour: str, dpi: float) -> Image.Image:
    """Soften scanner noise and JPEG ringing before tesseract binarises the page.

    A Gaussian of about 1 px at 300 dpi measured a lower character error rate on every grey and
    colour sample and on the corpus (benchmarks/README.md); bilevel scans have no grey levels to
    smooth and are left alone."""
    if colour == "bilevel":
        return grey
    return grey.filter(ImageFilter.GaussianBlur(DENOISE_RADIUS * dpi / 300))


def _straightened(rotation: int, skew: float, settings: OcrSettings) -> Frame:
    return Frame(rotation, skew if settings.deskew and abs(skew) >= MIN_SKEW else 0.0)


def _turned(rotation: int, grey: Image.Image, dpi: float, settings: OcrSettings) -> Frame:
    """The frame for a page turned by ``rotation``, with the skew measured after turning."""
    return _straightened(rotation, look(Frame(rotation).upright(grey), dpi).skew, settings)


def _check_capture(result: PageResult, settings: OcrSettings) -> None:
    if settings.min_dpi and result.dpi < settings.min_dpi:
        result.error = ("input.low_dpi_rejected", {"page": result.number, "dpi": result.dpi, "min_dpi": settings.min_dpi})
    elif result.dpi < settings.warn_dpi:
        result.warn("warn.low_dpi", dpi=result.dpi)
    if result.colour in ("grey", "bilevel"):
        result.warn(f"warn.{result.colour}")


def _detect_rotation(grey: Image.Image, dpi: float, work: Path, number: int) -> int:
    """Clockwise degrees to make the page upright, from tesseract's OSD on a reduced copy."""
    scale = min(1.0, 150 / dpi)
    small = grey.resize((max(1, round(grey.width * scale)), max(1, round(grey.height * scale))))
    path = work / f"osd-{number:05d}.pgm"
    small.save(path)
    try:
        found = tesseract.orientation(path)
    finally:
        path.unlink(missing_ok=True)
    if found is None or found.confidence < 1.0:
        return 0
    return found.rotate


def _ocr(grey: Image.Image, frame: Frame, work: Path, task: PageTask, settings: OcrSettings,
         dpi: float = 300, area: tuple[int, int, int, int] | None = None) -> list[tesseract.Word]:
    """Words of ``grey`` shown in ``frame``, in the upright page's pixels. A low-resolution page is
    read enlarged to 300 dpi (Lanczos): tesseract's models expect letters of 20-30 px, a 100 dpi photo
    gives 10; it is enlarged before it is straightened, so the rotation's interpolation does not blur
    letters of 10 px. The boxes are brought back to the page's own pixels. ``area`` (in those pixels):
    only that part of the page is read, as one block of text."""
    factor = 300 / dpi if 0 < dpi < UPSCALE_BELOW else 1.0
    if factor > 1:
        grey = grey.resize((round(grey.width * factor), round(grey.height * factor)), Image.Resampling.LANCZOS)
    img = frame.for_ocr(grey)
    x, y = 0, 0
    if area is not None:
        x, y = round(area[0] * factor), round(area[1] * factor)
        img = img.crop((x, y, round(area[2] * factor), round(area[3] * factor)))
    # PGM: no compression to pay for on either side of the pipe
    path = work / f"ocr-{task.number:05d}.pgm"
    img.save(path)
    try:
        found = tesseract.words(path, settings.language, psm=3 if area is None else 6)
        if factor == 1 and area is None:
            return found
        return [replace(w, left=round((w.left + x) / factor), top=round((w.top + y) / factor),
                        width=max(1, round(w.width / factor)), height=max(1, round(w.height / factor)))
                for w in found]
    except tesseract.TesseractError as exc:
        raise TesseractFailed("dep.tesseract_failed", page=task.number, detail=str(exc)) from None
    finally:
        path.unlink(missing_ok=True)


def _ink_areas(ink: np.ndarray, frame: Frame) -> list[tuple[int, int, int, int]]:
    """The areas around the clusters of a mask of coloured ink, in the upright page's pixels (recover.areas)."""
    return recover.areas(frame.for_ocr(Image.fromarray(ink.astype(np.uint8) * 255, "L"), fill=0))


def _second_look(img: Image.Image, frame: Frame, words: list[tesseract.Word], work: Path, task: PageTask,
                 settings: OcrSettings, dpi: float) -> list[tesseract.Word]:
    """Each area around coloured ink read again alone, and the better reading of it kept (ocr/recover.py)."""
    areas = _ink_areas(seal.saturated(np.asarray(img)), frame)
    if areas:
        plain = recover.grey(img)
        grey = _denoised(plain, "colour", dpi)
        unsigned = _denoised(recover.without_blue(img, plain), "colour", dpi)
        for area in areas:
            words = recover.better(words, _ocr(grey, frame, work, task, settings, dpi, area), area,
                                   _ocr(unsigned, frame, work, task, settings, dpi, area))
    return words


class PageFailure(InputFileError):
    """A page that could not be made: its file fails with this message and exit code."""


class TesseractFailed(PageFailure):
    exit_code = ExitCode.missing_dependency


class PageBug(PageFailure):
    exit_code = ExitCode.internal_error


def _mean_confidence(words: list[tesseract.Word]) -> float | None:
    confs = [w.conf for w in words if w.conf >= 0]
    return round(sum(confs) / len(confs), 1) if confs else None


def _image_stream(pdf: pikepdf.Pdf, source: _Image, img: Image.Image) -> pikepdf.Stream:
    if source.jpeg is not None:
        data, filt = source.jpeg, Name.DCTDecode
    else:  # lossless: the pixels as scanned
        data, filt = zlib.compress(img.tobytes(), 6), Name.FlateDecode
    stream = pdf.make_stream(data)
    stream.Type = Name.XObject
    stream.Subtype = Name.Image
    stream.Width, stream.Height = img.width, img.height
    if source.icc and img.mode in ("L", "RGB"):
        profile = pdf.make_stream(source.icc)
        profile.N = len(img.getbands())
        stream.ColorSpace = pikepdf.Array([Name.ICCBased, profile])
    else:
        stream.ColorSpace = Name.DeviceRGB if img.mode == "RGB" else Name.DeviceGray
    stream.BitsPerComponent = 1 if img.mode == "1" else 8
    stream.Filter = filt
    return stream


def _write_page(
    work: Path, result: PageResult, source: _Image, img: Image.Image, frame: Frame, words: list
) -> str:
    """A one-page PDF: the scan drawn upright and straight, the invisible words over it."""
    pdf = pikepdf.new()
    w0, h0 = img.width * 72 / source.dpi, img.height * 72 / source.dpi
    if frame.identity and source.page_size is not None:
        width, height = source.page_size
        x, y, w, h = source.placement
        image_matrix = geometry.chain(geometry.scale(w, h), geometry.translate(x, y))
        at = textlayer.Placement(x, y, w, h, img.width, img.height)
    else:
        width, height = (h0, w0) if frame.rotation in (90, 270) else (w0, h0)
        image_matrix = geometry.chain(
            geometry.scale(w0, h0),
            geometry.translate(-w0 / 2, -h0 / 2),
            # turned clockwise by `rotation` and straightened by `skew`, both about the centre
            geometry.rotate(frame.skew - frame.rotation),
            geometry.translate(width / 2, height / 2),
        )
        upright_px = (img.height, img.width) if frame.rotation in (90, 270) else (img.width, img.height)
        at = textlayer.Placement(0, 0, width, height, *upright_px)
    ops = f"q {geometry.operands(image_matrix)} cm /Im0 Do Q\n".encode() + textlayer.content(words, at)
    result.boxes = textlayer.boxes(words, at, height)
    result.page_size = (width, height)
    resources = Dictionary(XObject=Dictionary(Im0=_image_stream(pdf, source, img)))
    if words:
        resources.Font = Dictionary({textlayer.FONT_NAME: textlayer.glyphless_font(pdf)})
    page = pikepdf.Page(
        Dictionary(
            Type=Name.Page,
            MediaBox=[0, 0, round(width, 4), round(height, 4)],
            Resources=resources,
            Contents=pdf.make_stream(ops),
        )
    )
    pdf.pages.append(page)
    out = work / f"page-{result.number:05d}.pdf"
    pdf.save(out, compress_streams=True)
    return str(out)

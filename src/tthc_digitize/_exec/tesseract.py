"""Tesseract OCR, run as a subprocess per page.

Each call runs with ``OMP_THREAD_LIMIT=1``: parallelism comes from running pages in separate
processes, and tesseract's own OpenMP threads only contend with them on a 2-core machine.
"""

from __future__ import annotations

import html
import os
import re
import shutil
import subprocess
import unicodedata
from dataclasses import dataclass, replace
from pathlib import Path

from tthc_digitize._exec import lifeline
from tthc_digitize.errors import MissingDependencyError

# Inverted (white-on-black) text is not found on administrative results; skipping tesseract's
# per-line inversion check saves about a quarter of the time per page.
FAST_CONFIG = ("-c", "tessedit_do_invert=0")
TIMEOUT = 600
# A punctuation mark whose box is smaller than this share of its line's text size is dust that
# tesseract read as a mark (a stray "'" glued to "Nơi"): on the samples and the held-out pages such
# specks measure 0.05-0.09 of it, the smallest real mark (a decimal point in a 200-dpi scan) 0.14.
SPECK = 0.11


@dataclass(frozen=True)
class Word:
    block: int
    par: int
    line: int
    left: int
    top: int
    width: int
    height: int
    conf: float
    text: str


@dataclass(frozen=True)
class Orientation:
    rotate: int  # degrees clockwise to apply to the image to make it upright
    confidence: float


def _env() -> dict[str, str]:
    return {**os.environ, "OMP_THREAD_LIMIT": "1"}


def executable() -> str:
    path = shutil.which("tesseract")
    if path is None:
        raise MissingDependencyError("dep.tesseract_missing")
    return path


def _run(args: list[str], timeout: float = TIMEOUT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [executable(), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        env=_env(),
        preexec_fn=lifeline.subprocess_hook(),  # dies with the OCR worker that waits for it
        timeout=timeout,
        check=False,
    )


def version() -> str:
    out = _run(["--version"], timeout=30)
    match = re.search(r"tesseract\s+v?(\d+\.\d+(?:\.\d+)?)", out.stdout + out.stderr)
    return match.group(1) if match else "unknown"


def languages() -> set[str]:
    out = _run(["--list-langs"], timeout=30)
    lines = (out.stdout + out.stderr).splitlines()
    return {line.strip() for line in lines if line.strip() and " " not in line.strip()}


def check_languages(language: str) -> None:
    """Raise naming the Debian package for the first missing model of ``vie+eng``."""
    have = languages()
    for lang in language.split("+"):
        if lang not in have:
            raise MissingDependencyError("dep.lang_missing", lang=lang)


class TesseractError(RuntimeError):
    pass


def words(image: Path, language: str, psm: int = 3, only: str = "") -> list[Word]:
    """OCR one page image; words with their pixel boxes and confidences (0-100), reading order.
    ``only``: the characters it may read (all if empty).

    One recognition, two renderings: TSV for the words, hOCR for the character boxes that show
    which marks are specks."""
    base = image.with_suffix("")
    outputs = [base.with_suffix(".tsv"), base.with_suffix(".hocr")]
    try:
        try:
            allowed = ("-c", f"tessedit_char_whitelist={only}") if only else ()
            out = _run([str(image), str(base), "-l", language, "--psm", str(psm), *FAST_CONFIG, *allowed,
                        "-c", "hocr_char_boxes=1", "tsv", "hocr"])
        except subprocess.TimeoutExpired:
            raise TesseractError(f"no answer after {TIMEOUT} s") from None
        if out.returncode != 0:
            raise TesseractError(out.stderr.strip().splitlines()[-1] if out.stderr.strip() else f"exit {out.returncode}")
        tsv, hocr = (path.read_text(encoding="utf-8") for path in outputs)
    finally:
        for path in outputs:
            path.unlink(missing_ok=True)
    return without_specks(parse_tsv(tsv), hocr)


_HOCR_SPAN = re.compile(
    r"class='(ocr_line|ocr_header|ocr_caption|ocr_textfloat|ocrx_word|ocrx_cinfo)'[^>]*?"
    r"title=[\"']([^\"']*)[\"'][^>]*>([^<]*)"
)


def _speck_marks(hocr: str) -> dict[tuple[int, int, int, int], list[tuple[str, tuple[int, ...], bool]]]:
    """Per word box (x0, y0, x1, y1): its characters, each with its box and whether it is a speck."""
    found: dict[tuple[int, int, int, int], list[tuple[str, tuple[int, ...], bool]]] = {}
    size, chars = 0.0, None
    for kind, title, text in _HOCR_SPAN.findall(hocr):
        if kind == "ocrx_cinfo":
            box = re.search(r"x_bboxes (\d+) (\d+) (\d+) (\d+)", title)
            if chars is None or box is None:
                continue
            x0, y0, x1, y1 = (int(v) for v in box.groups())
            ch = html.unescape(text)
            mark = bool(ch) and all(unicodedata.category(c)[0] in "PS" for c in ch)
            chars.append((ch, (x0, y0, x1, y1), mark and max(x1 - x0, y1 - y0) < SPECK * size))
        elif kind == "ocrx_word":
            box = re.search(r"bbox (\d+) (\d+) (\d+) (\d+)", title)
            chars = found.setdefault(tuple(int(v) for v in box.groups()), []) if box else None
        else:
            match = re.search(r"x_size ([\d.]+)", title)
            size, chars = (float(match.group(1)) if match else 0.0), None
    return found


def without_specks(words: list[Word], hocr: str) -> list[Word]:
    """``words`` with the specks read as punctuation taken out (and a word of nothing else dropped),
    each shortened word's box shrunk to what is left."""
    marks = _speck_marks(hocr)
    result = []
    for word in words:
        chars = marks.get((word.left, word.top, word.left + word.width, word.top + word.height))
        if not chars or not any(speck for _, _, speck in chars) or "".join(c for c, _, _ in chars).strip() != word.text:
            result.append(word)
            continue
        kept = [(c, box) for c, box, speck in chars if not speck]
        if not kept:
            continue
        x0, y0 = min(b[0] for _, b in kept), min(b[1] for _, b in kept)
        x1, y1 = max(b[2] for _, b in kept), max(b[3] for _, b in kept)
        text = "".join(c for c, _ in kept).strip()
        result.append(replace(word, left=x0, top=y0, width=x1 - x0, height=y1 - y0, text=text))
    return result


def parse_tsv(tsv: str) -> list[Word]:
    result = []
    for row in tsv.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12 or cols[0] != "5":
            continue
        text = cols[11].strip()
        if not text:
            continue
        result.append(
            Word(
                block=int(cols[2]),
                par=int(cols[3]),
                line=int(cols[4]),
                left=int(cols[6]),
                top=int(cols[7]),
                width=int(cols[8]),
                height=int(cols[9]),
                conf=float(cols[10]),
                text=text,
            )
        )
    return result


def orientation(image: Path) -> Orientation | None:
    """Orientation and script detection; None when the page has too little text to tell."""
    try:
        out = _run([str(image), "stdout", "-l", "osd", "--psm", "0"], timeout=120)
    except subprocess.TimeoutExpired:
        return None
    rotate = re.search(r"Rotate:\s*(\d+)", out.stdout)
    conf = re.search(r"Orientation confidence:\s*([\d.]+)", out.stdout)
    if out.returncode != 0 or not rotate or not conf:
        return None
    return Orientation(rotate=int(rotate.group(1)) % 360, confidence=float(conf.group(1)))

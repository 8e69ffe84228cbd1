"""Tesseract OCR, run as a subprocess per page.

Each call runs with ``OMP_THREAD_LIMIT=1``: parallelism comes from running pages in separate
processes, and tesseract's own OpenMP threads only contend with them on a 2-core machine.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from tthc_digitize.errors import MissingDependencyError

# Inverted (white-on-black) text is not found on administrative results; skipping tesseract's
# per-line inversion check saves about a quarter of the time per page.
FAST_CONFIG = ("-c", "tessedit_do_invert=0")
TIMEOUT = 600


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


def words(image: Path, language: str, psm: int = 3) -> list[Word]:
    """OCR one page image; words with their pixel boxes and confidences (0-100), reading order."""
    try:
        out = _run([str(image), "stdout", "-l", language, "--psm", str(psm), *FAST_CONFIG, "tsv"])
    except subprocess.TimeoutExpired:
        raise TesseractError(f"no answer after {TIMEOUT} s") from None
    if out.returncode != 0:
        raise TesseractError(out.stderr.strip().splitlines()[-1] if out.stderr.strip() else f"exit {out.returncode}")
    return parse_tsv(out.stdout)


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

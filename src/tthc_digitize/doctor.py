"""``tthc doctor``: is everything the pipeline calls installed, and if not, what to install."""

from __future__ import annotations

import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

from tthc_digitize._exec import tesseract
from tthc_digitize.errors import MissingDependencyError

FONT_DIRS = [Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), Path.home() / ".fonts"]


@dataclass(frozen=True)
class Check:
    name: str  # i18n key
    params: dict
    ok: bool
    detail: str
    apt: str | None = None  # Debian package that fixes it
    required: bool = True


def find_font(filename: str = "Tinos-Regular.ttf") -> Path | None:
    for folder in FONT_DIRS:
        if folder.is_dir():
            found = next(folder.rglob(filename), None)
            if found:
                return found
    return None


def _version_tuple(version: str) -> tuple[int, ...]:
    return tuple(int(p) for p in version.split(".") if p.isdigit())


def run_checks(ocr_language: str = "vie") -> list[Check]:
    checks = [Check("doctor.check.python", {}, sys.version_info >= (3, 11), sys.version.split()[0])]
    try:
        version = tesseract.version()
        langs = tesseract.languages()
    except MissingDependencyError:
        checks.append(Check("doctor.check.tesseract", {}, False, "-", "tesseract-ocr"))
        version, langs = None, set()
    if version is not None:
        ok = _version_tuple(version) >= (4, 1)
        checks.append(Check("doctor.check.tesseract", {}, ok, version, None if ok else "tesseract-ocr"))
    for lang in dict.fromkeys([*ocr_language.split("+"), "vie"]):
        checks.append(Check("doctor.check.lang", {"lang": lang}, lang in langs, lang, f"tesseract-ocr-{lang}"))
    checks.append(Check("doctor.check.osd", {}, "osd" in langs, "osd", "tesseract-ocr-osd"))
    font = find_font()
    checks.append(Check("doctor.check.font", {}, font is not None, str(font or "-"), "fonts-croscore"))
    pdfsig = shutil.which("pdfsig")
    checks.append(Check("doctor.check.pdfsig", {}, pdfsig is not None, pdfsig or "-", "poppler-utils", required=False))
    return checks


def install_command(checks: list[Check]) -> str | None:
    packages = sorted({c.apt for c in checks if not c.ok and c.apt})
    return f"sudo apt-get install -y {' '.join(packages)}" if packages else None

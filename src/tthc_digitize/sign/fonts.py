"""Tinos (metric-compatible with Times New Roman, covers Vietnamese) rescaled to 1000 units per em.

pyHanko lays stamp text out assuming 1000 units per em; Tinos has 2048, which spaces the glyphs
wrongly (DESIGN §5). The rescaled copy is made once with fontTools and cached.
"""

from __future__ import annotations

import os
from pathlib import Path

from tthc_digitize.doctor import find_font
from tthc_digitize.errors import MissingDependencyError

UNITS_PER_EM = 1000


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "tthc-digitize"


def tinos_path() -> Path:
    font = find_font("Tinos-Regular.ttf")
    if font is None:
        raise MissingDependencyError("dep.font_missing")
    return font


def _cached_variant(name: str, change) -> Path:
    """A modified copy of Tinos, made on first use and cached (safe when two runs race)."""
    source = tinos_path()
    target = cache_dir() / f"Tinos-Regular-{name}-{source.stat().st_size}.ttf"
    if target.is_file():
        return target
    from fontTools.ttLib import TTFont  # heavy: fontTools, loaded only when a font is subset or measured

    font = TTFont(str(source))
    change(font)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    font.save(str(tmp))
    os.replace(tmp, target)
    return target


def tinos_1000() -> Path:
    """Tinos at 1000 units per em, for pyHanko's stamp layout."""
    def rescale(font) -> None:
        from fontTools.ttLib.scaleUpem import (
            scale_upem,  # heavy: fontTools, loaded only when a font is subset or measured
        )

        if font["head"].unitsPerEm != UNITS_PER_EM:
            scale_upem(font, UNITS_PER_EM)

    return _cached_variant(f"{UNITS_PER_EM}upem", rescale)


# Tinos draws these with the same glyphs as space and hyphen; PyMuPDF's ToUnicode map then reads the
# glyphs back as U+00A0 / U+00AD, so a copied mark would carry no-break spaces and soft hyphens.
_ALIASES = (0x00A0, 0x00AD)


def tinos_for_pages() -> Path:
    """Tinos without the alias code points, for text drawn into page content."""
    def drop_aliases(font) -> None:
        for table in font["cmap"].tables:
            for code in _ALIASES:
                table.cmap.pop(code, None)

    return _cached_variant("page", drop_aliases)

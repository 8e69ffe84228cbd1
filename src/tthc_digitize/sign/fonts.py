"""Tinos (metric-compatible with Times New Roman, covers Vietnamese) rescaled to 1000 units per em.

pyHanko lays stamp text out assuming 1000 units per em; Tinos has 2048, which spaces the glyphs
wrongly (DESIGN §5). The rescaled copy is made once with fontTools and cached.
"""

from __future__ import annotations

import os
from pathlib import Path

from tthc_digitize.errors import MissingDependencyError

UNITS_PER_EM = 1000


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "tthc-digitize"


def tinos_path() -> Path:
    from tthc_digitize.doctor import find_font

    font = find_font("Tinos-Regular.ttf")
    if font is None:
        raise MissingDependencyError("dep.font_missing")
    return font


def tinos_1000() -> Path:
    """The cached 1000-units-per-em Tinos (made on first use; safe when two runs race)."""
    source = tinos_path()
    target = cache_dir() / f"Tinos-Regular-{UNITS_PER_EM}upem-{source.stat().st_size}.ttf"
    if target.is_file():
        return target
    from fontTools.ttLib import TTFont
    from fontTools.ttLib.scaleUpem import scale_upem

    font = TTFont(str(source))
    if font["head"].unitsPerEm != UNITS_PER_EM:
        scale_upem(font, UNITS_PER_EM)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    font.save(str(tmp))
    os.replace(tmp, target)
    return target

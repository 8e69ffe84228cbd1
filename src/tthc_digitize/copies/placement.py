"""Where the certification statement goes on the last page (domain core on a page image: no I/O).

The statement must not cover what the original says, so it takes the empty band at the foot of the
last page when there is one tall enough; otherwise the caller adds a page after the last for it.
"""

from __future__ import annotations

import numpy as np

INK_LEVEL = 160  # grey values below this count as ink (scanner noise stays above it)
INK_ROW = 0.004  # a row with more than this share of ink pixels holds something


def free_band_at_foot(grey: np.ndarray, needed: float, margin: float = 0.04) -> tuple[float, float] | None:
    """The empty band at the foot of a page image, as (top, bottom) fractions of the page height.

    ``grey`` is the page rendered in 8-bit grey (rows top to bottom). ``needed`` is the band height
    the statement takes, as a fraction of the page height; ``margin`` keeps clear of the edge, where
    scanners leave dark borders. None when the foot is not free for that height.
    """
    height = grey.shape[0]
    edge = int(round(height * margin))
    body = grey[: height - edge, edge: grey.shape[1] - edge]
    inked = (body < INK_LEVEL).mean(axis=1) > INK_ROW
    rows = np.flatnonzero(inked)
    last_ink = int(rows[-1]) + 1 if rows.size else 0
    gap = 0.01 * height  # a little air between the last line and the statement
    top = (last_ink + gap) / height
    bottom = (height - edge) / height
    return (top, bottom) if bottom - top >= needed else None

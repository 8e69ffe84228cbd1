"""PDF transformation matrices ``[a b c d e f]`` in PDF's row-vector convention: ``mul(A, B)``
applies A first, then B (so ``cm`` operands multiply in front of the current matrix)."""

from __future__ import annotations

import math

Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def mul(a: Matrix, b: Matrix) -> Matrix:
    return (
        a[0] * b[0] + a[1] * b[2],
        a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2],
        a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4],
        a[4] * b[1] + a[5] * b[3] + b[5],
    )


def chain(*matrices: Matrix) -> Matrix:
    result = IDENTITY
    for m in matrices:
        result = mul(result, m)
    return result


def scale(sx: float, sy: float) -> Matrix:
    return (sx, 0.0, 0.0, sy, 0.0, 0.0)


def translate(x: float, y: float) -> Matrix:
    return (1.0, 0.0, 0.0, 1.0, x, y)


def rotate(degrees: float) -> Matrix:
    """Counter-clockwise as seen on the page."""
    rad = math.radians(degrees)
    c, s = math.cos(rad), math.sin(rad)
    return (c, s, -s, c, 0.0, 0.0)


def operands(m: Matrix) -> str:
    return " ".join(f"{v:.6f}".rstrip("0").rstrip(".") if v else "0" for v in m)

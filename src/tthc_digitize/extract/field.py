"""One extracted field (domain core: no I/O)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Field:
    value: str | None
    confidence: float
    page: int | None = None
    box: tuple[float, float, float, float] | None = None
    source: str = "extraction"  # or "manifest", "batch" (a command-line flag), "clerk"

"""Reading order on an OCR'd page, decided once (no I/O).

Tesseract returns words by block, paragraph and line. That is right for running text, but the
Decree 30/2020 header puts two short blocks side by side (the issuer and the number beside the
national motto and the date; recipients beside the signer), which tesseract's column finder misses:
it returns each pair of lines as one line with a wide gap in it. This module splits those blocks into
their columns, so every reader (the PDF's text layer, the ``.txt`` sidecar, the warehouse text) gets
the issuer's lines together.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from itertools import groupby

from tthc_digitize._exec.tesseract import Word
from tthc_digitize.text import normalise

# Side-by-side blocks (Decree 30/2020 layout: issuer and number beside the national motto and the
# date; recipients beside the signer) are too short for tesseract's column finder, so it returns
# each pair of lines as one line with a wide gap in it. Measured in word-box heights:
SEED_GAP = 2.5  # a gap this wide opens a two-column block (word spaces measure under 1.5 here)
JOIN_GAP = 1.2  # a narrower gap still splits a line next to one, where it lines up with the block's
NEAR = 1.5  # a line joins the block only this close below the previous one (not a title far below)


@dataclass
class _Line:
    words: list[Word]

    @property
    def height(self) -> float:
        return statistics.median(w.height for w in self.words)

    @property
    def x0(self) -> int:
        return min(w.left for w in self.words)

    @property
    def x1(self) -> int:
        return max(w.left + w.width for w in self.words)

    @property
    def top(self) -> int:
        return min(w.top for w in self.words)

    @property
    def bottom(self) -> int:
        return max(w.top + w.height for w in self.words)

    def split(self, left: float, right: float, min_gap: float) -> tuple[int, float, float] | None:
        """(index of the first right-hand word, gap start, gap end) for the widest gap of at least
        ``min_gap`` line heights that overlaps ``left..right``."""
        best = None
        for i, (a, b) in enumerate(zip(self.words, self.words[1:]), start=1):
            start, end = a.left + a.width, b.left
            if end - start >= min_gap * self.height and start < right and end > left:
                if best is None or end - start > best[2] - best[1]:
                    best = (i, start, end)
        return best


def _worded(words: list[Word]) -> bool:
    return any(ch.isalnum() for w in words for ch in w.text)


def _columns(lines: list[_Line]) -> list[tuple[int, int, list[list[Word]], list[list[Word]]]]:
    """Two-column blocks: (first line, last line + 1, left column's lines, right column's lines).

    A block starts at a line with a wide gap between words on both sides (not a speck beside a
    short line) and takes in the lines next to it, above and below, close together, that either
    have a gap where its gap is or stand wholly on one side of it. Label/value rows ("Họ và tên:"
    then the name) look the same but read across: they are left as they are."""
    blocks: list[tuple[int, int, list[list[Word]], list[list[Word]]]] = []
    taken: set[int] = set()
    for seed, line in enumerate(lines):
        found = None if seed in taken else line.split(float("-inf"), float("inf"), SEED_GAP)
        if found is None or not (_worded(line.words[: found[0]]) and _worded(line.words[found[0]:])):
            continue
        left, right = found[1], found[2]
        parts = {seed: (line.words[: found[0]], line.words[found[0]:])}
        split = [seed]
        for step in (-1, 1):
            i = seed
            while 0 <= i + step < len(lines) and i + step not in taken:
                upper, lower = sorted((lines[i], lines[i + step]), key=lambda ln: ln.top)
                if lower.top - upper.bottom > NEAR * max(upper.height, lower.height):
                    break
                cand = lines[i + step]
                cut = cand.split(left, right, JOIN_GAP)
                if cut is not None:
                    left, right = max(left, cut[1]), min(right, cut[2])
                    parts[i + step] = (cand.words[: cut[0]], cand.words[cut[0]:])
                    split.append(i + step)
                elif cand.x1 <= right and cand.x0 < left:
                    parts[i + step] = (cand.words, [])
                elif cand.x0 >= left and cand.x1 > right:
                    parts[i + step] = ([], cand.words)
                else:
                    break
                i += step
        first, last = min(parts), max(parts) + 1
        taken.update(range(first, last))
        labels = sum(parts[k][0][-1].text.endswith(":") for k in split)
        if len(split) >= 2 and 2 * labels > len(split):
            continue
        ordered = [parts[k] for k in range(first, last)]
        blocks.append((first, last, [list(l) for l, _ in ordered if l], [list(r) for _, r in ordered if r]))
    return sorted(blocks)


def reading_order(words: list[Word]) -> list[list[list[Word]]]:
    """The page's paragraphs, each a list of line segments (words left to right), in the order a person
    reads: a line per OCR line, paragraphs as tesseract found them, and a two-column block as its left
    column, then its right one. The text layer, the sidecar and the warehouse text all follow it."""
    lines, par_of = [], []
    for par, par_words in groupby(words, key=lambda w: (w.block, w.par)):
        for _, line in groupby(par_words, key=lambda w: w.line):
            lines.append(_Line(list(line)))
            par_of.append(par)
    starts = {block[0]: block for block in _columns(lines)}
    paragraphs: list[list[list[Word]]] = []
    i = 0
    while i < len(lines):
        if i in starts:
            _, end, left, right = starts[i]
            paragraphs += [left, right, []]  # each column a paragraph, and what follows a new one
            i = end
            continue
        if not paragraphs or par_of[i] != par_of[i - 1]:
            paragraphs.append([])
        paragraphs[-1].append(lines[i].words)
        i += 1
    return [p for p in paragraphs if p]


def plain_text(words: list[Word]) -> str:
    """Reading-order text: a line per segment, a blank line between paragraphs."""
    return "\n\n".join("\n".join(_text(line) for line in paragraph) for paragraph in reading_order(words))


def _text(words: list[Word]) -> str:
    return " ".join(normalise(w.text) for w in words)

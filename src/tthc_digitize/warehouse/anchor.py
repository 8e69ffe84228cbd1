"""Anchors of the audit chain's head, kept outside the database (``<home>/audit-anchors.jsonl``).

The chain alone proves only that its rows agree with each other: someone with ``sqlite3`` who drops
the trigger can delete the newest rows, or rewrite a row and recompute every hash after it, and the
chain still checks. Each write run appends the head it left (sequence number and hash) to this file,
as does ``tthc audit --anchor`` from cron; audit then requires every anchored (seq, hash) to still be
in the chain. A line is one ``write`` with ``O_APPEND``, so concurrent writers do not interleave.

Keep a copy of the file elsewhere too (it is small): anchors on the same disk as the database stop a
clerk with ``sqlite3``, not someone who rewrites both files.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from tthc_digitize import clock
from tthc_digitize.warehouse.sqlite_register import GENESIS

ANCHORS = "audit-anchors.jsonl"


def anchor_path(home_root: Path) -> Path:
    return home_root / ANCHORS


def head(hashes: dict[int, str]) -> tuple[int, str]:
    if not hashes:
        return 0, GENESIS
    seq = max(hashes)
    return seq, hashes[seq]


def append(home_root: Path, seq: int, digest: str, actor: str, durable: bool = True) -> dict[str, Any]:
    """Anchor a head (sequence number and hash, as just read); returns the line written."""
    line = {"seq": seq, "hash": digest, "at": clock.iso(clock.now()), "actor": actor}
    data = (json.dumps(line, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8")
    fd = os.open(anchor_path(home_root), os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o640)
    try:
        os.write(fd, data)
        if durable:
            os.fsync(fd)
    finally:
        os.close(fd)
    return line


def read(home_root: Path) -> tuple[list[dict[str, Any]], list[str]]:
    """The anchors, and the lines that cannot be read (a torn last line after a crash is one)."""
    path = anchor_path(home_root)
    if not path.is_file():
        return [], []
    anchors, bad = [], []
    for number, text in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), start=1):
        if not text.strip():
            continue
        try:
            item = json.loads(text)
            anchors.append({"seq": int(item["seq"]), "hash": str(item["hash"]), "at": item.get("at"), "line": number})
        except (ValueError, KeyError, TypeError):
            bad.append(f"line {number}")
    return anchors, bad


def check(anchors: list[dict[str, Any]], hashes: dict[int, str]) -> list[tuple[str, str]]:
    """(subject, detail) for each anchor the chain no longer holds: its row is gone (truncated) or
    has another hash (rewritten and recomputed)."""
    problems = []
    for anchor in anchors:
        seq = anchor["seq"]
        if seq == 0:
            continue
        found = hashes.get(seq)
        if found is None:
            problems.append((f"seq {seq}", f"anchored {anchor['at']} (line {anchor['line']}); the chain now ends at "
                                           f"seq {max(hashes) if hashes else 0}"))
        elif found != anchor["hash"]:
            problems.append((f"seq {seq}", f"anchored {anchor['at']} as {anchor['hash'][:16]}…, now {found[:16]}…"))
    return problems

"""Who acts, when, and how an event is written: the object's own ``events.jsonl`` line and the
register's hash-chained audit log (each row's hash covers its content and the previous row's hash, so
an edit made behind the tool's back breaks the chain at that row, on any back-end)."""

from __future__ import annotations

import getpass
import hashlib
import json
import os
from collections.abc import Iterable
from typing import Any

from tthc_digitize import clock

GENESIS = "0" * 64


def now() -> str:
    return clock.iso(clock.now())


def actor() -> str:
    """Who is acting: ``TTHC_OPERATOR`` (a clerk's name in a shared account), else the login name."""
    return os.environ.get("TTHC_OPERATOR") or getpass.getuser()


def event_line(at: str, who: str, action: str, detail: dict[str, Any]) -> bytes:
    return (json.dumps({"at": at, "actor": who, "action": action, "detail": detail}, ensure_ascii=False,
                       sort_keys=True) + "\n").encode("utf-8")


def chain_hash(prev_hash: str, seq: int, at: str, actor: str, action: str, object_id: str | None, detail: str) -> str:
    payload = json.dumps([prev_hash, seq, at, actor, action, object_id, detail], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def chain_problems(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """The audit-log rows (in ``seq`` order) whose hash, link or sequence does not hold."""
    problems: list[dict[str, Any]] = []
    prev, expected_seq = GENESIS, 1
    for row in rows:
        if row["seq"] != expected_seq:
            problems.append({"seq": row["seq"], "problem": "gap", "expected": expected_seq})
        if row["prev_hash"] != prev:
            problems.append({"seq": row["seq"], "problem": "link"})
        if chain_hash(row["prev_hash"], row["seq"], row["at"], row["actor"], row["action"], row["object_id"],
                      row["detail"]) != row["hash"]:
            problems.append({"seq": row["seq"], "problem": "hash"})
        prev, expected_seq = row["hash"], row["seq"] + 1
    return problems

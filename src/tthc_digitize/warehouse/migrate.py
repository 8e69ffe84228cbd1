"""``tthc migrate --to postgresql://…``: the warehouse's register moved into another database, with proof
that the two hold the same rows.

- Copy: every register table (:data:`.register_rows.TABLES`: results with their search rows, conflicts,
  the master register, the roadmap plan, the audit log with its hashes as stored, both copy registers)
  read in one snapshot of the source and written in one transaction on the target, which then sets
  its id counters and audit head past the last row. A crash anywhere leaves the target empty, so the
  command is simply run again.
- A target that already holds rows is never written: if it holds exactly the source's rows (a re-run
  after success) the answer is "already equal"; otherwise the migration is refused, naming what differs.
- Proof, read back from both sides: per table the row count and a hash of every row (all columns,
  ids included, in one canonical form), compared key by key; the target's audit chain verified
  (:func:`.events.chain_problems`) and its head equal to the source's; the home's anchors
  (``audit-anchors.jsonl``) held against the target's chain.

Only the register moves: the objects stay in the store the configuration names.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from tthc_digitize.errors import OutputError, UsageError
from tthc_digitize.warehouse import anchor
from tthc_digitize.warehouse import home as home_mod
from tthc_digitize.warehouse.postgres_register import _redacted, _words
from tthc_digitize.warehouse.register_rows import SEARCH_BODY, SEARCH_META, TABLE_KEYS, TABLES, copy_register
from tthc_digitize.warehouse.repository import Repository, open_repository
from tthc_digitize.warehouse.service import Warehouse

SHOWN_KEYS = 10  # differing rows named per table; the count says how many there are


@dataclass
class TableProof:
    table: str
    source_rows: int
    target_rows: int
    differing: int = 0  # rows whose hash differs or that only one side holds
    examples: list[str] = field(default_factory=list)  # keys of the first few of them

    @property
    def equal(self) -> bool:
        return self.differing == 0 and self.source_rows == self.target_rows

    def to_dict(self) -> dict[str, Any]:
        return {"table": self.table, "source_rows": self.source_rows, "target_rows": self.target_rows,
                "hashes_equal": self.equal, "differing": self.differing, "examples": self.examples}


@dataclass
class MigrationReport:
    target: str  # without its password
    tables: list[TableProof]
    source_head: tuple[int, str]
    target_head: tuple[int, str]
    chain_problems: list[dict[str, Any]]
    anchor_problems: list[tuple[str, str]]
    already_equal: bool = False  # the target held these rows before: nothing was written
    seconds: float = 0.0

    @property
    def equal(self) -> bool:
        return (all(t.equal for t in self.tables) and self.source_head == self.target_head
                and not self.chain_problems and not self.anchor_problems)

    @property
    def rows(self) -> int:
        return sum(t.source_rows for t in self.tables)

    def to_dict(self) -> dict[str, Any]:
        return {"target": self.target, "equal": self.equal, "already_equal": self.already_equal,
                "rows": self.rows, "seconds": round(self.seconds, 3), "tables": [t.to_dict() for t in self.tables],
                "source_head": list(self.source_head), "target_head": list(self.target_head),
                "chain_problems": self.chain_problems,
                "anchor_problems": [list(p) for p in self.anchor_problems]}


class TargetNotEmpty(OutputError):
    """The target holds other rows: nothing was written; ``report`` says which differ."""

    def __init__(self, report: MigrationReport) -> None:
        super().__init__("migrate.target_not_empty", url=report.target)
        self.report = report


def row_digest(table: str, row: dict[str, Any]) -> bytes:
    """SHA-256 of every column, ids included; the search text in the words the index holds (each back-end
    keeps its own separators between them)."""
    canonical = dict(row)
    if table == "results":
        canonical[SEARCH_META] = _words(canonical.get(SEARCH_META) or "")
        canonical[SEARCH_BODY] = _words(canonical.get(SEARCH_BODY) or "")
    text = json.dumps(canonical, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).digest()


def table_digests(repo: Repository, table: str) -> dict[tuple, bytes]:
    """Each row's digest by its key (a map: the back-ends sort text keys differently)."""
    keys = TABLE_KEYS[table]
    return {tuple(row[k] for k in keys): row_digest(table, row) for row in repo.dump_rows(table)}


def compare_table(source: Repository, target: Repository, table: str) -> TableProof:
    keys = TABLE_KEYS[table]
    if len(keys) == 1:  # an integer key: both sides stream in the same order, so nothing is held (10⁶ rows)
        return _walk(table, keys[0], iter(source.dump_rows(table)), iter(target.dump_rows(table)))
    mine, theirs = table_digests(source, table), table_digests(target, table)
    differing = sorted((k for k in mine.keys() | theirs.keys() if mine.get(k) != theirs.get(k)), key=str)
    return TableProof(table, len(mine), len(theirs), len(differing),
                      ["/".join(map(str, k)) for k in differing[:SHOWN_KEYS]])


def _walk(table: str, key: str, mine: Iterator[dict[str, Any]], theirs: Iterator[dict[str, Any]]) -> TableProof:
    proof = TableProof(table, 0, 0)

    def differs(value: Any) -> None:
        proof.differing += 1
        if len(proof.examples) < SHOWN_KEYS:
            proof.examples.append(str(value))

    a, b = next(mine, None), next(theirs, None)
    while a is not None or b is not None:
        if b is None or a is not None and a[key] < b[key]:  # only the source holds it
            proof.source_rows += 1
            differs(a[key])
            a = next(mine, None)
        elif a is None or b[key] < a[key]:  # only the target holds it
            proof.target_rows += 1
            differs(b[key])
            b = next(theirs, None)
        else:
            proof.source_rows += 1
            proof.target_rows += 1
            if row_digest(table, a) != row_digest(table, b):
                differs(a[key])
            a, b = next(mine, None), next(theirs, None)
    return proof


def prove(source: Repository, target: Repository, target_url: str,
          anchors: list[dict[str, Any]] | None = None) -> MigrationReport:
    """Both registers compared as they are now (the source in one snapshot)."""
    with source.snapshot(), target.snapshot():
        tables = [compare_table(source, target, table) for table in TABLES]
        return MigrationReport(
            target=_redacted(target_url), tables=tables, source_head=tuple(source.chain_head()),
            target_head=tuple(target.chain_head()), chain_problems=target.verify_chain(),
            anchor_problems=anchor.check(anchors or [], target.chain_hashes()))


def _holds_rows(repo: Repository) -> bool:
    return any(next(iter(repo.dump_rows(table)), None) is not None for table in TABLES)


def migrate_register(source: Repository, source_url: str, target_url: str,
                     anchors: list[dict[str, Any]] | None = None) -> MigrationReport:
    """Copy ``source`` into the register at ``target_url`` (made if new) and prove the two equal; a target
    holding the same rows already is only proved, one holding other rows raises :class:`TargetNotEmpty`."""
    if target_url.strip() == source_url.strip():
        raise UsageError("migrate.same_register", url=_redacted(target_url))
    started = time.monotonic()
    target = open_repository(target_url)
    try:
        with source.snapshot():
            already = _holds_rows(target)
            if already:
                report = prove(source, target, target_url, anchors)
                if not report.equal:
                    raise TargetNotEmpty(report)
            else:
                copy_register(source, target)
                report = prove(source, target, target_url, anchors)
    finally:
        target.close()
    report.already_equal = already
    report.seconds = time.monotonic() - started
    return report


def migrate_warehouse(wh: Warehouse, target_url: str) -> MigrationReport:
    """The warehouse's register into ``target_url``, under the writers' lock (no load or copy runs
    meanwhile); its objects and anchors file stay where they are."""
    with home_mod.lock(wh.home, wh.config.warehouse.lock_wait):
        anchors, _ = anchor.read(wh.home.root)
        return migrate_register(wh.repo, wh.home.register_url(wh.config.warehouse.register_url), target_url,
                                anchors)

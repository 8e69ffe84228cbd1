"""One opened warehouse: its home, objects, register, the acting user and the write protocol.

Every change to a result is the same three steps, and a crash between any two is repaired by the
next writer (:meth:`Warehouse.recover`):

1. a *pending* note in staging says which object version is about to appear and which register
   change and audit event belong to it;
2. the object version is built, validated and published (:mod:`.ocfl`);
3. the register change and the audit event are committed in one transaction; the note is removed.

A note whose object version was published but whose transaction never committed is rolled
forward; one whose version never appeared is dropped. E-copies and certifications take the same
three steps (their note carries the copy-register row), so a copy killed after its object was
published is registered by the next writer, once. Audit treats objects named in notes as in
flight, not as orphans.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tthc_digitize.config import Config, load_config
from tthc_digitize.errors import InputFileError, OutputError, UsageError, fault_context
from tthc_digitize.fault import fault_point
from tthc_digitize.warehouse import anchor as anchor_mod
from tthc_digitize.warehouse import home as home_mod
from tthc_digitize.warehouse.columns import EVENTS, PATH_COLUMNS, PDF, TEXT, XML
from tthc_digitize.warehouse.derive import pdf_columns, record_columns
from tthc_digitize.warehouse.events import actor, event_line, now
from tthc_digitize.warehouse.home import Home
from tthc_digitize.warehouse.matching import match_result
from tthc_digitize.warehouse.objects import ObjectStorePort, head_state, open_object_store
from tthc_digitize.warehouse.ocfl import _write
from tthc_digitize.warehouse.repository import RegisterInterrupted, Repository, open_repository

COMMIT_ATTEMPTS = 5  # a register transaction cut by a server restart is run again this often (each waits for the server)

# the names callers import from here (bagit, copies.issue, audit …)
__all__ = ["EVENTS", "PATH_COLUMNS", "PDF", "TEXT", "XML", "Warehouse", "actor", "event_line", "init_warehouse",
           "now", "open_warehouse"]


@dataclass
class Warehouse:
    home: Home
    config: Config
    store: ObjectStorePort
    repo: Repository
    actor: str = field(default_factory=actor)
    # where the anchor signer's password or PIN comes from (None: the environment)
    secrets: dict[str, str] | None = None

    @classmethod
    def open(cls, home: Home, config: Config, read_only: bool = False) -> "Warehouse":
        """``read_only``: for commands that only read (search, show, audit, roadmap); they then work
        on a backup or a read-only mount, and any write they tried would be refused."""
        settings = config.warehouse
        fault_context.path = str(home.root)
        if not read_only and not os.access(home.root, os.W_OK):  # EROFS even for root
            raise OutputError("warehouse.read_only", path=str(home.root))
        store = open_object_store(settings.objects, home, durable=settings.durable)
        if not read_only and not store.is_initialized():  # a store configured elsewhere, used for the first time
            store.initialize()
        repo = open_repository(home.register_url(settings.register_url), settings.lock_wait, settings.durable, read_only)
        return cls(home, config, store, repo)

    @property
    def agency_code(self) -> str:
        return self.config.agency_code

    def __enter__(self) -> "Warehouse":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        try:
            if getattr(self.repo, "events_written", False):
                self.anchor()
        finally:
            self.repo.close()

    def anchor(self) -> dict[str, Any]:
        """Append the audit chain's current head to the anchors file (see :mod:`.anchor`)."""
        signer = anchor_mod.open_signer(self.config.sign, self.secrets)
        try:
            line = anchor_mod.append(self.home.root, *self.repo.chain_head(), self.actor, self.store.durable, signer)
        finally:
            if signer is not None:
                signer.close()
        self.repo.events_written = False
        return line

    # --- writing ----------------------------------------------------------------------------
    @contextmanager
    def writing(self) -> Iterator[None]:
        """The warehouse lock, with whatever a killed writer left repaired first."""
        with home_mod.lock(self.home, self.config.warehouse.lock_wait):
            self.recover()
            yield

    def transaction(self):
        """``with wh.transaction():`` a register write transaction (BEGIN IMMEDIATE), e.g. to allocate
        a gap-free copy number; take :meth:`writing` around it when objects change too."""
        return self.repo.transaction()

    def head_paths(self, object_id: str) -> dict[str, Any]:
        """Register columns for the object's head: version and stored paths (relative to the root)."""
        keys = self.store.head_keys(object_id)
        columns: dict[str, Any] = {"object_version": self.store.head_version(object_id)}
        for logical, column in PATH_COLUMNS.items():
            if logical in keys:
                columns[column] = keys[logical]
        return columns

    def _text(self, object_id: str) -> str:
        if TEXT not in self.store.head_digests(object_id):
            return ""
        return self.store.read_bytes(object_id, TEXT).decode("utf-8", errors="replace")

    def _pending(self, note: dict[str, Any]) -> Path:
        path = self.home.staging / f"pending-{uuid.uuid4().hex}.json"
        _write(path, json.dumps(note, ensure_ascii=False).encode("utf-8"), self.store.durable)
        return path

    def _commit(self, note: dict[str, Any]) -> int:
        """Step 3: the register change and its audit event in one transaction; returns the result id
        (for an e-copy, its copy-register row's id)."""
        if note["kind"] == "copy":
            return self._commit_copy(note)
        columns = {**note["columns"], **self.head_paths(note["object_id"])}
        attempt = 1
        while True:
            try:
                with self.repo.transaction():
                    if note["kind"] == "insert":
                        result_id = self.repo.insert_result({"object_id": note["object_id"], **columns},
                                                            self._text(note["object_id"]))
                    else:
                        result_id = note["result_id"]
                        self.repo.update_result(result_id, columns,
                                                self._text(note["object_id"]) if note.get("text_changed") else None)
                    self.repo.record_event(note["action"], note["object_id"],
                                           {**note["detail"], "version": columns["object_version"]}, note["actor"], note["at"])
                    if note["kind"] == "insert":
                        match_result(self.repo, result_id)
                return result_id
            except RegisterInterrupted:  # nothing of it was applied (the adapter made sure): run it again
                if attempt == COMMIT_ATTEMPTS:
                    raise
                attempt += 1

    def publish(self, note: dict[str, Any], files: dict[str, bytes | Path], message: str) -> int:
        """Steps 1–3 for one object version; the caller holds :meth:`writing`."""
        pending = self._pending(note)
        fault_point("wh.pending")
        self.store.write_version(note["object_id"], files, message=message, user=note["actor"])
        fault_point("wh.published")
        try:
            result_id = self._commit(note)
        except Exception:
            if note["kind"] == "copy":  # refused by the register (not killed): never issued, its number is free
                self._abandon_copy(note)
                pending.unlink()
            raise
        fault_point("wh.committed")
        pending.unlink()
        return result_id

    def adopt(self, note: dict[str, Any]) -> int:
        """A register row for an object that is already stored (its row was lost); the caller holds
        :meth:`writing`."""
        return self._commit(note)

    def copy_note(self, object_id: str, table: str, row: dict[str, Any], events: list[dict[str, Any]]) -> dict[str, Any]:
        """The pending note of an e-copy (see copies.issue.store_copy): its copy-register ``row`` and
        audit ``events`` are committed once the object version is published, by :meth:`publish` or,
        after a crash in between, by the next writer's :meth:`recover`."""
        previous = self.store.head_version(object_id) if self.store.exists(object_id) else None
        version = "v1" if previous is None else f"v{int(previous[1:]) + 1}"
        return {"kind": "copy", "object_id": object_id, "table": table, "previous": previous, "version": version,
                "row": row, "events": events, "actor": self.actor}

    def _commit_copy(self, note: dict[str, Any]) -> int:
        with self.repo.transaction():
            row_id = self.repo.insert_copy(note["table"], {**note["row"], "object_version": note["version"]})
            for event in note["events"]:
                self.repo.record_event(event["action"], event["object_id"], event["detail"], event["actor"], event["at"])
        return row_id

    def _copy_registered(self, note: dict[str, Any]) -> bool:
        row = self.repo.copy_for_object(note["table"], note["object_id"])
        return row is not None and row.get("object_version") == note["version"]

    def _abandon_copy(self, note: dict[str, Any]) -> str | None:
        """A copy object whose register row will never commit was never issued: removed, so the
        number's next issue starts it afresh and audit finds no orphan."""
        if note.get("previous") is not None or not self.store.exists(note["object_id"]):
            return None  # an earlier version is someone's history: kept
        self.store.discard(note["object_id"])
        return f"{note['object_id']} removed"

    def _recover_copy(self, note: dict[str, Any]) -> str | None:
        """Rolled forward when its version was published (the copy is issued, once); dropped when not.
        Notes without a ``row`` (written before copies went through :meth:`publish`) cannot be
        rolled forward: their object is removed as it was then."""
        oid = note["object_id"]
        if note.get("table") not in ("copies", "certifications") or not self.store.exists(oid):
            return None
        if "row" not in note:
            if note.get("previous") is None and self._copy_registered({**note, "version": self.store.head_version(oid)}):
                return None
            return self._abandon_copy(note)
        if self.store.head_version(oid) != note["version"] or self._copy_registered(note):
            return None
        self._commit_copy(note)
        return f"{oid} {note['version']}"

    def pending_objects(self) -> set[str]:
        ids = set()
        for path in self.home.staging.glob("pending-*.json"):
            try:
                ids.add(json.loads(path.read_bytes())["object_id"])
            except (OSError, ValueError, KeyError):
                continue
        return ids

    def recover(self) -> list[str]:
        """Objects first (finish renames), then register changes whose object version exists."""
        done = self.store.recover(keep=lambda p: p.name.startswith("pending-"))
        for path in sorted(self.home.staging.glob("pending-*.json")):
            try:
                note = json.loads(path.read_bytes())
            except ValueError:  # torn note: written before anything was published
                path.unlink()
                continue
            if note.get("kind") == "copy":
                recovered = self._recover_copy(note)
                if recovered:
                    done.append(recovered)
                path.unlink()
                continue
            oid = note["object_id"]
            if self.store.exists(oid) and self.store.head_version(oid) == note["version"]:
                row = self.repo.get_result(oid)
                if row is None or row["object_version"] != note["version"]:
                    if note["kind"] == "update" and row is None:
                        path.unlink()
                        continue
                    self._commit({**note, "detail": {**note["detail"], "recovered": True}})
                    done.append(f"{oid} {note['version']}")
            path.unlink()
        return done

    # --- reading ----------------------------------------------------------------------------
    def result(self, ref: int | str) -> dict[str, Any]:
        """The register row, with absolute paths of the head files where the store keeps local files
        (read through ``wh.store`` otherwise); InputFileError when unknown."""
        row = self.repo.get_result(ref)
        if row is None:
            raise InputFileError("warehouse.unknown_result", ref=ref)
        root = getattr(self.store, "root", None)  # only the local adapter has files to point at
        for column in PATH_COLUMNS.values():
            if root is not None and row.get(column):
                row[column + "_abs"] = str(root / row[column])
        return row

    def object_events(self, object_id: str) -> list[dict[str, Any]]:
        if EVENTS not in self.store.head_digests(object_id):
            return []
        text = self.store.read_bytes(object_id, EVENTS).decode("utf-8")
        return [json.loads(line) for line in text.splitlines() if line.strip()]

    # --- changing a result --------------------------------------------------------------------
    def add_version(self, ref: int | str, files: dict[str, bytes | Path], action: str,
                    detail: dict[str, Any] | None = None, changes: dict[str, Any] | None = None) -> dict[str, Any]:
        """A new object version (corrected XML, re-signed PDF …) with its event; returns the new row.

        ``files`` maps logical names (``result.pdf``, ``result.xml``, ``result.txt``) to new content;
        the others carry over. ``changes`` are extra register columns (the caller's own fields)."""
        detail = detail or {}
        unknown = set(files) - set(PATH_COLUMNS)
        if unknown:
            raise UsageError("warehouse.unknown_file", names=", ".join(sorted(unknown)))
        with self.writing():
            row = self.result(ref)
            oid = row["object_id"]
            at, who = now(), self.actor
            current = head_state(self.store, oid)
            new_events = _read(current[EVENTS]) + event_line(at, who, action, detail)
            state: dict[str, bytes | Path] = {**current, **files, EVENTS: new_events}
            columns: dict[str, Any] = {"updated_at": at, **(changes or {})}
            if PDF in files:
                columns.update(pdf_columns(_read(files[PDF])))
            if XML in files:
                columns.update(record_columns(_read(files[XML])))
            version = f"v{int(self.store.head_version(oid)[1:]) + 1}"
            note = {"kind": "update", "object_id": oid, "result_id": row["id"], "version": version,
                    "columns": columns, "action": action, "detail": detail, "actor": who, "at": at,
                    "text_changed": TEXT in files}
            self.publish(note, state, message=action)
        return self.result(row["id"])

    def record_event(self, ref: int | str | None, action: str, detail: dict[str, Any]) -> int:
        """An audit-log event about a result (or the warehouse, ``ref=None``) without a new version."""
        object_id = self.result(ref)["object_id"] if ref is not None else None
        with self.repo.transaction():
            return self.repo.record_event(action, object_id, detail, self.actor, now())


def _read(data: bytes | Path) -> bytes:
    return data if isinstance(data, bytes) else data.read_bytes()


def open_warehouse(explicit_home: Path | None = None, flags: dict[str, Any] | None = None,
                   config_file: Path | None = None, read_only: bool = False) -> Warehouse:
    home = home_mod.find(explicit_home)
    config = load_config(flags, config_file, base_files=(home.config_file,))
    home_mod.require_agency(config.agency_name, config.agency_code)
    return Warehouse.open(home, config, read_only)


def init_warehouse(explicit_home: Path | None, agency_name: str, agency_code: str) -> Home:
    """Create the home (idempotent for an existing one with the same agency)."""
    home = home_mod.locate(explicit_home)
    home_mod.require_agency(agency_name, agency_code)
    code = home_mod.check_agency_code(agency_code)
    if home.exists():
        raise UsageError("warehouse.exists", path=str(home.root))
    if home.root.exists() and any(home.root.iterdir()):
        raise UsageError("warehouse.not_empty", path=str(home.root))
    home.root.mkdir(parents=True, exist_ok=True)
    home.lock_file.touch()
    open_object_store("", home).initialize()
    open_repository(home.register_url()).close()
    home_mod.write_home_config(home, agency_name, code)  # last: a home without it is not a home yet
    return home

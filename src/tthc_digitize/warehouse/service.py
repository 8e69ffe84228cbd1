"""One opened warehouse: its home, objects, register, the acting user and the write protocol.

Every change to a result is the same three steps, and a crash between any two is repaired by the
next writer (:meth:`Warehouse.recover`):

1. a *pending* note in staging says which object version is about to appear and which register
   change and audit event belong to it;
2. the object version is built, validated and published (:mod:`.ocfl`);
3. the register change and the audit event are committed in one transaction; the note is removed.

A note whose object version was published but whose transaction never committed is rolled
forward; one whose version never appeared is dropped. Audit treats objects named in notes as in
flight, not as orphans.
"""

from __future__ import annotations

import getpass
import json
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tthc_digitize import clock
from tthc_digitize.config import Config, load_config
from tthc_digitize.errors import InputFileError, OutputError, UsageError, fault_context
from tthc_digitize.warehouse import home as home_mod
from tthc_digitize.warehouse.fault import fault_point
from tthc_digitize.warehouse.home import Home
from tthc_digitize.warehouse.ocfl import ObjectStore, _write
from tthc_digitize.warehouse.repository import Repository, open_repository

PDF, XML, TEXT, EVENTS = "result.pdf", "result.xml", "result.txt", "events.jsonl"
PATH_COLUMNS = {PDF: "pdf_path", XML: "xml_path", TEXT: "text_path"}


def now() -> str:
    return clock.iso(clock.now())


def actor() -> str:
    """Who is acting: ``TTHC_OPERATOR`` (a clerk's name in a shared account), else the login name."""
    return os.environ.get("TTHC_OPERATOR") or getpass.getuser()


def event_line(at: str, who: str, action: str, detail: dict[str, Any]) -> bytes:
    return (json.dumps({"at": at, "actor": who, "action": action, "detail": detail}, ensure_ascii=False,
                       sort_keys=True) + "\n").encode("utf-8")


@dataclass
class Warehouse:
    home: Home
    config: Config
    store: ObjectStore
    repo: Repository
    actor: str = field(default_factory=actor)

    @classmethod
    def open(cls, home: Home, config: Config, read_only: bool = False) -> "Warehouse":
        """``read_only``: for commands that only read (search, show, audit, roadmap); they then work
        on a backup or a read-only mount, and any write they tried would be refused."""
        settings = config.warehouse
        fault_context.path = str(home.root)
        if not read_only and not os.access(home.root, os.W_OK):  # EROFS even for root
            raise OutputError("warehouse.read_only", path=str(home.root))
        store = ObjectStore(home.objects, home.staging, durable=settings.durable)
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
        from tthc_digitize.warehouse import anchor

        signer = anchor.open_signer(self.config.sign)
        try:
            line = anchor.append(self.home.root, *self.repo.chain_head(), self.actor, self.store.durable, signer)
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
        inventory = self.store.inventory(object_id)
        files = self.store.head_files(object_id)
        columns: dict[str, Any] = {"object_version": inventory["head"]}
        for logical, column in PATH_COLUMNS.items():
            if logical in files:
                columns[column] = str(files[logical].relative_to(self.store.root))
        return columns

    def _pending(self, note: dict[str, Any]) -> Path:
        path = self.home.staging / f"pending-{uuid.uuid4().hex}.json"
        _write(path, json.dumps(note, ensure_ascii=False).encode("utf-8"), self.store.durable)
        return path

    def _commit(self, note: dict[str, Any]) -> int:
        """Step 3: the register change and its audit event in one transaction; returns the result id."""
        columns = {**note["columns"], **self.head_paths(note["object_id"])}
        with self.repo.transaction():
            if note["kind"] == "insert":
                text = self.store.head_files(note["object_id"]).get(TEXT)
                result_id = self.repo.insert_result(
                    {"object_id": note["object_id"], **columns},
                    text.read_text(encoding="utf-8", errors="replace") if text else "",
                )
            else:
                result_id = note["result_id"]
                text = self.store.head_files(note["object_id"]).get(TEXT) if note.get("text_changed") else None
                self.repo.update_result(result_id, columns, text.read_text(encoding="utf-8", errors="replace") if text else None)
            self.repo.record_event(note["action"], note["object_id"], {**note["detail"], "version": columns["object_version"]},
                                   note["actor"], note["at"])
            if note["kind"] == "insert":
                from tthc_digitize.warehouse.master_register import match_result

                match_result(self.repo, result_id)
        return result_id

    def publish(self, note: dict[str, Any], files: dict[str, bytes | Path], message: str) -> int:
        """Steps 1–3 for one object version; the caller holds :meth:`writing`."""
        pending = self._pending(note)
        fault_point("wh.pending")
        self.store.write_version(note["object_id"], files, message=message, user=note["actor"])
        fault_point("wh.published")
        result_id = self._commit(note)
        fault_point("wh.committed")
        pending.unlink()
        return result_id

    def adopt(self, note: dict[str, Any]) -> int:
        """A register row for an object that is already stored (its row was lost); the caller holds
        :meth:`writing`."""
        return self._commit(note)

    def pending_copy(self, object_id: str, table: str) -> Path:
        """The note for an e-copy object stored inside a register transaction (see copies.issue.store_copy)."""
        previous = self.store.inventory(object_id)["head"] if self.store.exists(object_id) else None
        return self._pending({"kind": "copy", "object_id": object_id, "table": table, "previous": previous})

    def _recover_copy(self, note: dict[str, Any]) -> str | None:
        """A copy object whose register row never committed was never issued (its number was rolled
        back): removed, so the number's next issue starts it afresh and audit finds no orphan."""
        oid, table = note["object_id"], note["table"]
        if table not in ("copies", "certifications") or not self.store.exists(oid):
            return None
        if self.repo.query("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [table]) and \
                self.repo.query(f"SELECT 1 FROM {table} WHERE object_id = ?", [oid]):
            return None
        if note.get("previous") is not None:  # left by a version of the tool before these notes: kept
            return None
        self.store.discard(oid)
        return f"{oid} removed"

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
                removed = self._recover_copy(note)
                if removed:
                    done.append(removed)
                path.unlink()
                continue
            oid = note["object_id"]
            if self.store.exists(oid) and self.store.inventory(oid)["head"] == note["version"]:
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
        """The register row with absolute paths of the head files; InputFileError when unknown."""
        row = self.repo.get_result(ref)
        if row is None:
            raise InputFileError("warehouse.unknown_result", ref=ref)
        for column in PATH_COLUMNS.values():
            if row.get(column):
                row[column + "_abs"] = str(self.store.root / row[column])
        return row

    def object_events(self, object_id: str) -> list[dict[str, Any]]:
        path = self.store.head_files(object_id).get(EVENTS)
        if path is None:
            return []
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]

    # --- changing a result --------------------------------------------------------------------
    def add_version(self, ref: int | str, files: dict[str, bytes | Path], action: str,
                    detail: dict[str, Any] | None = None, changes: dict[str, Any] | None = None) -> dict[str, Any]:
        """A new object version (corrected XML, re-signed PDF …) with its event; returns the new row.

        ``files`` maps logical names (``result.pdf``, ``result.xml``, ``result.txt``) to new content;
        the others carry over. ``changes`` are extra register columns (the caller's own fields)."""
        from tthc_digitize.warehouse.load import pdf_columns, record_columns

        detail = detail or {}
        unknown = set(files) - set(PATH_COLUMNS)
        if unknown:
            raise UsageError("warehouse.unknown_file", names=", ".join(sorted(unknown)))
        with self.writing():
            row = self.result(ref)
            oid = row["object_id"]
            at, who = now(), self.actor
            current = self.store.head_files(oid)
            new_events = current[EVENTS].read_bytes() + event_line(at, who, action, detail)
            state: dict[str, bytes | Path] = {**current, **files, EVENTS: new_events}
            columns: dict[str, Any] = {"updated_at": at, **(changes or {})}
            if PDF in files:
                columns.update(pdf_columns(_read(files[PDF])))
            if XML in files:
                columns.update(record_columns(_read(files[XML])))
            version = f"v{int(self.store.inventory(oid)['head'][1:]) + 1}"
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
    store = ObjectStore(home.objects, home.staging)
    store.initialize()
    open_repository(home.register_url()).close()
    home_mod.write_home_config(home, agency_name, code)  # last: a home without it is not a home yet
    return home

"""The warehouse on its object-store port: a store chosen by ``[warehouse] objects``, and e-copy
objects written through :meth:`Warehouse.publish` (one pending note, object, register row)."""

from __future__ import annotations

import hashlib
import json

import pytest

from tthc_digitize.copies import register
from tthc_digitize.errors import ConfigError
from tthc_digitize.warehouse.audit import audit
from tthc_digitize.warehouse.service import EVENTS, init_warehouse, open_warehouse

AGENCY = "Sở Tư pháp tỉnh Thử Nghiệm"
CODE = "000.00.00.H30"
COPY = f"{CODE}/BS/2026/00001"
PDF = b"%PDF-copy"


@pytest.fixture
def wh(tmp_path, monkeypatch):
    monkeypatch.setenv("TTHC_WAREHOUSE_DURABLE", "0")
    opened = open_warehouse(init_warehouse(tmp_path / "kho", AGENCY, CODE).root)
    register.ensure(opened.repo)
    yield opened
    opened.close()


def _copy_row(number: int) -> dict:
    return {"year": 2026, "sequence": number, "number": f"{number:02d}/BS-STP", "code": f"AAAA-BBBB-{number:04d}",
            "issued_at": "2026-03-01T09:00:00+07:00", "requester_id": "001", "requester_name": "A",
            "relation": "holder", "purpose": "", "result_id": 1, "source_object_id": f"{CODE}/KQ/x",
            "source_version": "v1", "procedure_code": None, "official": "B", "object_id": COPY,
            "pdf_sha256": hashlib.sha256(PDF).hexdigest(), "pdf_sha512": hashlib.sha512(PDF).hexdigest()}


def _publish_copy(wh) -> int:
    event = {"action": "copy_issue", "object_id": f"{CODE}/KQ/x", "detail": {"number": "01/BS-STP"},
             "actor": "B", "at": "2026-03-01T09:00:00+07:00"}
    note = wh.copy_note(COPY, "copies", _copy_row(1), [event])
    files = {"result.pdf": PDF, "copy.json": b"{}", EVENTS: b"{}\n"}
    with wh.writing():
        return wh.publish(note, files, message="copy_issue 01/BS-STP")


def test_a_copy_published_gets_its_row_its_event_and_no_note_left(wh):
    row_id = _publish_copy(wh)
    rows = register.rows(wh.repo, "copies")
    assert [(r["id"], r["object_version"]) for r in rows] == [(row_id, "v1")]
    assert wh.store.read_bytes(COPY, "result.pdf") == PDF
    assert [e["action"] for e in wh.repo.events(f"{CODE}/KQ/x")] == ["copy_issue"]
    assert wh.pending_objects() == set() and not list(wh.home.staging.glob("pending-*"))


def test_a_copy_row_the_register_refuses_leaves_no_object_and_no_note(wh, monkeypatch):
    """Not a crash but a refusal (here: a failing insert): the copy was never issued, its number is free."""
    def refuse(*args, **kwargs):
        raise RuntimeError("refused")

    monkeypatch.setattr(wh.repo, "insert_copy", refuse)
    with pytest.raises(RuntimeError):
        _publish_copy(wh)
    assert not wh.store.exists(COPY) and list(wh.store.iter_objects()) == []
    assert not list(wh.home.staging.glob("pending-*"))
    monkeypatch.undo()
    assert register.rows(wh.repo, "copies") == [] and audit(wh).ok


def test_a_configured_file_url_keeps_the_objects_outside_the_home(tmp_path, monkeypatch):
    monkeypatch.setenv("TTHC_WAREHOUSE_DURABLE", "0")
    elsewhere = tmp_path / "nas" / "objects"
    home = init_warehouse(tmp_path / "kho", AGENCY, CODE)
    monkeypatch.setenv("TTHC_WAREHOUSE_OBJECTS", elsewhere.as_uri())
    wh = open_warehouse(home.root)
    try:
        register.ensure(wh.repo)
        _publish_copy(wh)
        assert (elsewhere / "0=ocfl_1.1").is_file()
        assert [oid for oid, _ in wh.store.iter_objects()] == [COPY]
        assert not any(home.objects.glob("*/*/*/*/inventory.json"))  # nothing went to the home's own folder
        report = audit(wh)
        assert report.ok and report.objects == 1, json.dumps(report.to_dict())
    finally:
        wh.close()


def test_an_unknown_objects_url_is_refused_in_vietnamese(tmp_path, monkeypatch):
    from tthc_digitize.i18n import tr

    home = init_warehouse(tmp_path / "kho", AGENCY, CODE)
    monkeypatch.setenv("TTHC_WAREHOUSE_OBJECTS", "gs://kho/objects")
    with pytest.raises(ConfigError) as refused:
        open_warehouse(home.root)
    assert "không hỗ trợ: gs://kho/objects" in tr(refused.value.key, **refused.value.params)

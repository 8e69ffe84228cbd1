"""Audit that proves, not samples (issue 16, findings 1 and 3): every register row re-derived from the
stored signed XML and PDF, File/Sha256 held to the PDF, the audit chain held to anchors outside the
database, and one consistent snapshot while loads run."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from tthc_digitize.metadata.xml import from_xml, to_xml
from tthc_digitize.warehouse.anchor import anchor_path
from tthc_digitize.warehouse.audit import audit
from tthc_digitize.warehouse.load import load
from tthc_digitize.warehouse.ocfl import digests
from tthc_digitize.warehouse.service import init_warehouse, open_warehouse
from tthc_digitize.warehouse.synthetic import make_results
from helpers import tthc
from test_warehouse import AGENCY, CODE


@pytest.fixture
def home(tmp_path):
    return init_warehouse(tmp_path / "kho", AGENCY, CODE).root


@pytest.fixture
def loaded(home, tmp_path):
    make_results(tmp_path / "in", 4)
    wh = open_warehouse(home)
    try:
        load(wh, [tmp_path / "in"])
    finally:
        wh.close()
    return home


def _sql(home: Path, *statements: str) -> None:
    """What an insider with the sqlite3 shell does."""
    conn = sqlite3.connect(home / "register.sqlite", isolation_level=None)
    for statement in statements:
        conn.execute(statement)
    conn.close()


def _findings(home: Path) -> set[tuple[str, str]]:
    wh = open_warehouse(home)
    try:
        return {(f.kind, f.subject) for f in audit(wh).findings}
    finally:
        wh.close()


def test_load_refuses_an_xml_whose_file_sha256_is_not_the_pdfs_and_goes_on(home, tmp_path):
    make_results(tmp_path / "in", 3)
    xml = tmp_path / "in" / "ket-qua-000002.xml"
    rec = from_xml(xml.read_bytes())
    rec.file_sha256 = "ab" * 32
    xml.write_bytes(to_xml(rec))
    wh = open_warehouse(home)
    try:
        report = load(wh, [tmp_path / "in"])
    finally:
        wh.close()
    by_name = {o.path.name: o for o in report.outcomes}
    assert by_name["ket-qua-000002.pdf"].status == "failed"
    message = by_name["ket-qua-000002.pdf"].to_dict("vi")["message"]
    assert "File/Sha256" in message and "ab" * 32 in message and "chưa đưa vào kho" in message
    assert report.count("loaded") == 2


def test_a_register_row_edited_with_sqlite3_is_found_by_audit(loaded):
    assert _findings(loaded) == set()
    _sql(loaded, "UPDATE results SET holder_id = '079999999999' WHERE id = 2")
    found = _findings(loaded)
    assert {kind for kind, _ in found} == {"register_differs"}
    result = tthc("audit", "--home", str(loaded), "--json")
    assert result.returncode == 6, result.stderr
    finding = json.loads(result.stdout)["findings"][0]
    assert "holder_id" in finding["detail"] and "079999999999" in finding["detail"]


@pytest.mark.parametrize("column, value", [
    ("holder_name", "'Kẻ Mạo Danh'"), ("code_number", "'999'"), ("issued_date", "'2001-01-01'"),
    ("valid_until", "'2099-12-31'"), ("status", "'valid'"), ("subject", "'khác'"), ("signed", "1"),
    ("pdf_sha256", "'00'"),
])
def test_every_field_the_register_holds_is_rederived(loaded, column, value):
    if column == "status":  # a revoked result made valid again
        wh = open_warehouse(loaded)
        from tthc_digitize.warehouse.master_register import propagate_status  # noqa: F401 (revocation path below)
        with wh.repo.transaction():
            wh.repo.update_result(3, {"status": "revoked"})
            wh.repo.record_event("revoked", wh.result(3)["object_id"], {"reason": "test"}, "test", "2026-12-01T00:00:00+07:00")
        wh.close()
        assert _findings(loaded) == set()  # a recorded revocation is what the row says
    _sql(loaded, f"UPDATE results SET {column} = {value} WHERE id = 3")
    assert "register_differs" in {kind for kind, _ in _findings(loaded)}


def test_a_stored_pdf_replaced_by_another_signed_result_with_inventories_fixed_is_found(loaded):
    """Swap result 1's PDF for result 2's, rewrite the inventory digests and the register hashes: the
    object validates and the register agrees with it, but the XML still names the old file."""
    wh = open_warehouse(loaded)
    one, two = wh.result(1), wh.result(2)
    wh.close()
    target, other = Path(one["pdf_path_abs"]), Path(two["pdf_path_abs"])
    old512, old256 = digests(target)
    target.chmod(0o644)
    shutil.copyfile(other, target)
    new512, new256 = digests(target)
    folder = target.parents[2]
    for inv in [folder / "inventory.json", folder / "v1" / "inventory.json"]:
        inv.chmod(0o644)
        text = inv.read_text().replace(old512, new512).replace(old256, new256)  # manifest and fixity block
        inv.write_text(text)
        sidecar = inv.with_name("inventory.json.sha512")
        sidecar.chmod(0o644)
        sidecar.write_text(f"{hashlib.sha512(text.encode()).hexdigest()} inventory.json\n")
    _sql(loaded, f"UPDATE results SET pdf_sha512 = '{new512}', pdf_sha256 = '{new256}', "
                 f"pdf_bytes = {target.stat().st_size} WHERE id = 1")
    found = _findings(loaded)
    assert ("register_differs", one["object_id"]) in found
    assert not {k for k, _ in found} & {"object_invalid", "hash_mismatch"}  # the forgery is otherwise consistent


def test_each_write_run_anchors_the_chain_head_outside_the_database(loaded):
    lines = [json.loads(x) for x in anchor_path(loaded).read_text().splitlines()]
    assert lines and lines[-1]["seq"] == 4 and len(lines[-1]["hash"]) == 64


def test_deleting_the_newest_audit_rows_is_found_against_the_anchor(loaded):
    _sql(loaded, "DROP TRIGGER audit_log_no_delete", "DELETE FROM audit_log WHERE seq >= 3")
    wh = open_warehouse(loaded)
    try:
        assert wh.repo.verify_chain() == []  # the chain alone still checks
        assert {k for k, _ in _findings(loaded)} == {"anchor"}
    finally:
        wh.close()


def forge_chain(home: Path) -> str:
    """What an insider with sqlite3 does: drop the trigger, rewrite audit row 2 and recompute every hash
    after it so the chain checks again; returns the new head hash."""
    from tthc_digitize.warehouse.sqlite_register import GENESIS, chain_hash

    conn = sqlite3.connect(home / "register.sqlite", isolation_level=None)
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("UPDATE audit_log SET actor = 'ai-do' WHERE seq = 2")
    prev = GENESIS
    for row in conn.execute("SELECT seq, at, actor, action, object_id, detail FROM audit_log ORDER BY seq").fetchall():
        digest = chain_hash(prev, *row)
        conn.execute("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?", [prev, digest, row[0]])
        prev = digest
    conn.close()
    return prev


def test_a_row_rewritten_and_the_chain_recomputed_is_found_against_the_anchor(loaded):
    forge_chain(loaded)
    wh = open_warehouse(loaded)
    try:
        assert wh.repo.verify_chain() == []
    finally:
        wh.close()
    assert {k for k, _ in _findings(loaded)} == {"anchor"}


def test_audit_anchor_for_cron_and_a_clean_audit_after_more_writes(loaded, tmp_path):
    before = len(anchor_path(loaded).read_text().splitlines())
    result = tthc("audit", "--home", str(loaded), "--anchor", "--json")
    assert result.returncode == 0, result.stdout + result.stderr
    assert len(anchor_path(loaded).read_text().splitlines()) == before + 1
    make_results(tmp_path / "more", 2, start=10)
    assert tthc("load", str(tmp_path / "more"), "--home", str(loaded)).returncode == 0
    assert _findings(loaded) == set()


def test_backup_copies_the_anchors_and_audit_holds_the_backups_chain_to_them(loaded, tmp_path):
    dest = tmp_path / "sao-luu"
    made = tthc("backup", str(dest), "--home", str(loaded), "--json")
    assert made.returncode == 0, made.stdout + made.stderr
    lines = anchor_path(loaded).read_bytes()
    assert json.loads(made.stdout)["anchors"] == len(lines.splitlines()) >= 1
    assert anchor_path(dest).read_bytes() == lines
    assert tthc("audit", "--home", str(dest)).returncode == 0
    # the backup's own register cut back behind its copied anchor: audit of the backup finds it
    _sql(dest, "DROP TRIGGER audit_log_no_delete", "DELETE FROM audit_log WHERE seq >= 3")
    assert {k for k, _ in _findings(dest)} == {"anchor"}
    audited = tthc("audit", "--home", str(dest), "--json")
    assert audited.returncode != 0 and {f["kind"] for f in json.loads(audited.stdout)["findings"]} == {"anchor"}


def test_backup_leaves_a_half_written_anchor_line_behind(loaded, tmp_path):
    with anchor_path(loaded).open("ab") as f:
        f.write(b'{"seq": 9, "hash": "ab')  # a writer mid-append while the backup reads
    wh = open_warehouse(loaded)
    try:
        from tthc_digitize.warehouse.backup import backup

        made = backup(wh, tmp_path / "sao-luu")
    finally:
        wh.close()
    assert made.anchor_problems == [] and not anchor_path(tmp_path / "sao-luu").read_bytes().endswith(b"ab")
    assert _findings(tmp_path / "sao-luu") == set()

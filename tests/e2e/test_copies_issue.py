"""Register e-copies on a real warehouse with real signatures (test PKI at B-LT): what is refused,
what the copy is, how numbers run, and what verification by code answers."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pymupdf
import pytest

from copies_fixtures import REGISTER, copy_env, make_home, record_of, with_file_hash
from helpers import assert_valid_pdfa, qr_squares, read_qr, tthc
from sign_fixtures import flip_byte_in_signed_range
from tthc_digitize._exec.openssl import cms_verify
from tthc_digitize.copies import register
from tthc_digitize.copies.check import check_code
from tthc_digitize.copies.copy_pdf import code_from_qr_text, read_code, strip_signatures
from tthc_digitize.copies.issue import Requester, issue_copy
from tthc_digitize.copies.register import revoke_entry
from tthc_digitize.errors import InputFileError, UsageError
from tthc_digitize.metadata.xml import to_xml
from tthc_digitize.sign.signers import load_trust_roots
from tthc_digitize.sign.verify import verify_file
from tthc_digitize.text import normalise
from tthc_digitize.warehouse.master_register import import_register
from tthc_digitize.warehouse.service import open_warehouse


@pytest.fixture
def wh(home):  # noqa: F811
    warehouse = open_warehouse(home)
    yield warehouse
    warehouse.close()


@pytest.fixture
def roots(pki):  # noqa: F811
    return load_trust_roots(pki.root_pem)


def result_245(wh):
    return wh.repo.query("SELECT id, holder_id, object_id FROM results WHERE code_number = '245'")[0]


def holder_request(row, **kw):
    return Requester(row["holder_id"], "Công ty TNHH Môi trường Xanh Đức Phát", **kw)


def test_issued_copy_is_pdfa_signed_stamped_registered_and_stored(wh, agency_signer, pki, roots, tmp_path,  # noqa: F811
                                                                  monkeypatch):
    monkeypatch.setenv("TTHC_NOW", "2026-12-01T10:15:00+07:00")
    row = result_245(wh)
    out = tmp_path / "ban-sao.pdf"
    issued = issue_copy(wh, row["id"], holder_request(row, purpose="Bổ sung hồ sơ"), agency_signer, out, roots)
    assert issued.number == "01/BS-STP" and issued.issued_at == "2026-12-01T10:15:00+07:00"
    assert_valid_pdfa(out)
    report = verify_file(out, pki.root_pem)
    assert report.ok, report.to_dict()
    sigs = [s for s in report.signatures if s.kind == "signature"]
    assert [s.level for s in sigs] == ["B-LT"] and "Sở Tư pháp" in sigs[0].signer  # the master's signature is gone
    checks = cms_verify(out, pki.root_pem)
    assert len(checks) == 1 and checks[0].ok, checks[0].output
    with pymupdf.open(out) as doc:
        widget = next(doc[0].widgets())
        stamp = normalise(doc[0].get_text(clip=widget.rect))
        page_text = normalise(doc[0].get_text())
    assert stamp.split("\n")[:4] == ["BẢN SAO ĐIỆN TỬ TỪ SỔ GỐC", "Số: 01/BS-STP", "Sở Tư pháp tỉnh Thử Nghiệm",
                                     "Thời gian ký: 01/12/2026 10:15:00 +07:00"]
    assert widget.rect.x0 > 595 / 2 and widget.rect.y1 < 842 / 4  # top-right
    assert f"Mã kiểm tra: {issued.code}" in page_text
    assert read_code(out) == issued.code
    # the QR code, read back from a rendering by an independent decoder; the code line stands beside it
    # (that neither covers the document is tests/e2e/test_marks_placement.py's business)
    with pymupdf.open(out) as doc:
        (square,) = qr_squares(doc[0])
        decoded = read_qr(doc[0], square, tmp_path / "p1.png")
        (hit,) = [w for w in doc[0].get_text("words") if normalise(w[4]) == issued.code]
        assert square.y0 <= hit[1] <= square.y1 and hit[0] > square.x1
    assert code_from_qr_text(decoded) == issued.code, decoded
    # the register row, the copy's own object pointing at the source version, the audit event
    entry = register.by_code(wh.repo, issued.code)[1]
    assert entry["requester_id"] == row["holder_id"] and entry["relation"] == "holder" and entry["purpose"] == "Bổ sung hồ sơ"
    assert (entry["source_object_id"], entry["source_version"], entry["official"]) == (row["object_id"], "v1", "Trần Thị Hoa")
    stored = wh.store.head_files(entry["object_id"])
    assert stored["result.pdf"].read_bytes() == out.read_bytes()
    pointer = json.loads(stored["copy.json"].read_bytes())
    assert (pointer["source_object_id"], pointer["source_version"]) == (row["object_id"], "v1")
    assert any(e["action"] == "copy_issue" for e in wh.repo.events(row["object_id"]))
    assert list(wh.repo.iter_copy_demand()) == [{"procedure_code": "1.004227", "count": 1}]
    from tthc_digitize.warehouse.audit import audit

    assert audit(wh).ok  # the copy's object is known to the register, not an orphan


def test_verification_passes_then_fails_on_a_changed_byte_a_revoked_copy_and_a_revoked_source(
        wh, agency_signer, roots, tmp_path, pki):  # noqa: F811
    row = result_245(wh)
    out = tmp_path / "ban-sao.pdf"
    issued = issue_copy(wh, row["id"], holder_request(row), agency_signer, out, roots)
    assert check_code(wh, issued.code, out).status == "valid"
    assert check_code(wh, issued.code.replace("-", "").lower()).status == "valid"  # as typed from a printout
    tampered = tmp_path / "sua.pdf"
    flip_byte_in_signed_range(out, tampered)
    assert check_code(wh, issued.code, tampered).status == "hash_mismatch"
    assert verify_file(tampered, pki.root_pem).verdict == "altered"
    with pytest.raises(InputFileError):
        check_code(wh, "ABCD-EFGH-JKMX")  # a mistyped check symbol is caught before the register
    # the source revoked in the master register (a re-import with the revocation)
    second = issue_copy(wh, row["id"], holder_request(row), agency_signer, tmp_path / "hai.pdf", roots)
    rows = list(csv.DictReader(REGISTER.open(encoding="utf-8")))
    for r in rows:
        if r["code_number"] == "245":
            r.update(status="revoked", revoked_on="2026-11-30", revoked_reason="Thu hồi thử")
    changed = tmp_path / "so-goc.csv"
    with changed.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    revoke_entry(wh, "copies", issued.number, issued.year, "Cấp nhầm người")
    assert check_code(wh, issued.code, out).status == "revoked"
    assert check_code(wh, second.code).status == "valid"
    import_register(wh, changed)
    assert check_code(wh, second.code).status == "source_revoked"
    with pytest.raises(InputFileError) as refused:
        issue_copy(wh, row["id"], holder_request(row), agency_signer, tmp_path / "ba.pdf", roots)
    assert refused.value.key in ("copies.refused_entry_revoked", "copies.refused_revoked")
    # never deleted
    assert len(register.rows(wh.repo, "copies")) == 2


def test_every_refusal_has_its_own_reason_and_leaves_no_number(wh, agency_signer, roots, tmp_path, masters, pki):  # noqa: F811
    row = result_245(wh)
    out = tmp_path / "x.pdf"

    def refused(ref, requester, w=wh) -> str:
        with pytest.raises(InputFileError) as exc:
            issue_copy(w, ref, requester, agency_signer, out, roots)
        assert exc.value.exit_code == 3
        return exc.value.key

    assert refused(999, holder_request(row)) == "copies.refused_unknown"
    assert refused(row["id"], Requester("001099000001", "Người Lạ")) == "copies.refused_not_holder"
    with pytest.raises(UsageError):
        issue_copy(wh, row["id"], Requester("001099000001", "Người Lạ", "friend"), agency_signer, out, roots)
    # a revoked result (its own status, as a corrected XML record would set it)
    other = wh.repo.query("SELECT id, holder_id FROM results WHERE code_number = '15'")[0]
    with wh.transaction():
        wh.repo.update_result(other["id"], {"status": "revoked"})
    assert refused(other["id"], holder_request(other)) == "copies.refused_revoked"
    # the stored file changed on disk: fixity
    stored = wh.store.head_files(row["object_id"])["result.pdf"]
    original = stored.read_bytes()
    stored.write_bytes(original[:-10] + b"%%tampered")
    assert refused(row["id"], holder_request(row)) == "copies.refused_fixity"
    stored.write_bytes(original)
    assert not out.exists() and register.rows(wh.repo, "copies") == []
    # not in the master register
    bare = open_warehouse(make_home(tmp_path / "kho2", masters, pki, register=False))
    try:
        assert refused(result_245(bare)["id"], holder_request(row), bare) == "copies.refused_unmatched"
    finally:
        bare.close()
    # a representative is accepted, and recorded
    issued = issue_copy(wh, row["id"], Requester("001099000001", "Người Đại Diện", "representative"), agency_signer, out, roots)
    assert issued.number == "01/BS-STP"  # the refusals used no number
    assert register.by_code(wh.repo, issued.code)[1]["relation"] == "representative"


def test_unsigned_and_altered_masters_are_refused(tmp_path, masters, pki, agency_signer, roots):  # noqa: F811
    import shutil

    folder = tmp_path / "ket-qua"
    shutil.copytree(masters, folder)
    pdf = folder / "giay-phep-xa-thai.pdf"
    pdf.write_bytes(strip_signatures(pdf.read_bytes(), "0000-0000-0000"))  # the same pages, unsigned
    flip_byte_in_signed_range(masters / "quyet-dinh-so.pdf", folder / "quyet-dinh-so.pdf")
    for name in ("giay-phep-xa-thai", "quyet-dinh-so"):  # XML naming these files, so that load takes them
        (folder / f"{name}.xml").write_bytes(to_xml(with_file_hash(record_of(name), folder / f"{name}.pdf")))
    wh = open_warehouse(make_home(tmp_path / "kho", folder, pki))
    try:
        for number, key in (("245", "copies.refused_unsigned"), ("15", "copies.refused_signature")):
            row = wh.repo.query("SELECT id, holder_id FROM results WHERE code_number = ?", [number])[0]
            with pytest.raises(InputFileError) as exc:
                issue_copy(wh, row["id"], holder_request(row), agency_signer, tmp_path / "x.pdf", roots)
            assert exc.value.key == key
    finally:
        wh.close()


def test_numbering_restarts_on_1_january(wh, agency_signer, roots, tmp_path, monkeypatch):  # noqa: F811
    row = result_245(wh)
    numbers = []
    for i, when in enumerate(("2026-12-31T23:58:00+07:00", "2026-12-31T23:59:59+07:00", "2027-01-01T00:00:01+07:00")):
        monkeypatch.setenv("TTHC_NOW", when)
        issued = issue_copy(wh, row["id"], holder_request(row), agency_signer, tmp_path / f"{i}.pdf", roots)
        numbers.append((issued.year, issued.number))
    assert numbers == [(2026, "01/BS-STP"), (2026, "02/BS-STP"), (2027, "01/BS-STP")]


@pytest.mark.slow
def test_two_officials_issuing_at_once_get_consecutive_numbers(home, tmp_path):  # noqa: F811
    wh = open_warehouse(home)
    row = result_245(wh)
    wh.close()
    env = {k: v for k, v in __import__("os").environ.items() if k not in ("LANG", "LC_ALL", "TTHC_LANG")}
    env.update(copy_env(home), TTHC_WAREHOUSE_LOCK_WAIT="120")
    procs = [subprocess.Popen([sys.executable, "-m", "tthc_digitize", "copy", "issue", str(row["id"]),
                               "--requester-id", row["holder_id"], "--requester-name", "A", "-o",
                               str(tmp_path / f"{p}-{i}.pdf"), "--json"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
             for p in ("a", "b") for i in range(2)]
    results = [p.communicate(timeout=300) for p in procs]
    assert all(p.returncode == 0 for p in procs), results
    numbers = sorted(json.loads(o)["sequence"] for o, _ in results)
    assert numbers == [1, 2, 3, 4]


def _issue_245(home: Path, out: Path, env: dict) -> subprocess.CompletedProcess:
    """`tthc copy issue` of the sample licence to its holder, as an official types it."""
    wh = open_warehouse(home)
    row = result_245(wh)
    wh.close()
    issued = tthc("copy", "issue", str(row["id"]), "--requester-id", row["holder_id"], "--requester-name", "Đức Phát",
                  "-o", str(out), env=env)
    assert issued.returncode == 0, issued.stdout + issued.stderr
    return issued


def test_cli_issue_list_revoke_and_verify(home, tmp_path, pki):  # noqa: F811
    env = copy_env(home) | {"TTHC_NOW": "2026-12-01T10:15:00+07:00"}  # revoke names the year below
    out = tmp_path / "ban-sao.pdf"
    issued = _issue_245(home, out, env)
    assert "01/BS-STP" in issued.stdout
    code = read_code(out)
    refused = tthc("copy", "issue", "999", "--requester-id", "1", "--requester-name", "X", "-o", str(tmp_path / "n.pdf"), env=env)
    assert refused.returncode == 3 and "không có trong kho" in refused.stderr
    listed = tthc("copy", "list", "--csv", env=env)
    lines = list(csv.reader(io.StringIO(listed.stdout)))
    assert lines[0][0] == "Số bản sao" and lines[1][0] == "01/BS-STP" and lines[1][3] == "người được cấp"
    verified = tthc("verify", str(out), "--trust", str(pki.root_pem), env=env)
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert "có trong sổ, còn giá trị, đúng tệp đã cấp" in verified.stdout
    by_code = json.loads(tthc("verify", "--code", code, "--json", env=env).stdout)
    assert by_code["ok"] and by_code["register"]["status"] == "valid"
    revoked = tthc("copy", "revoke", "01/BS-STP", "--reason", "Cấp nhầm", "--year", "2026", env=env)
    assert revoked.returncode == 0, revoked.stdout + revoked.stderr
    after = tthc("verify", "--code", code, env=env)
    assert after.returncode == 9 and "ĐÃ BỊ THU HỒI" in after.stdout
    month = tthc("copy", "list", "--monthly-pdf", issued_month(home), "-o", str(tmp_path / "so.pdf"), env=env)
    assert month.returncode == 0, month.stdout + month.stderr
    with pymupdf.open(tmp_path / "so.pdf") as doc:
        text = normalise(doc[0].get_text())
    assert "01/BS-" in text and "Đã thu hồi" in text


def issued_month(home) -> str:
    wh = open_warehouse(home)
    try:
        return register.rows(wh.repo, "copies")[0]["issued_at"][:7]
    finally:
        wh.close()


@pytest.mark.slow
def test_an_issue_killed_at_any_step_leaves_no_gap_and_no_orphan(home, tmp_path):  # noqa: F811
    from tthc_digitize.warehouse.audit import audit

    wh = open_warehouse(home)
    row = result_245(wh)
    wh.close()
    args = ["copy", "issue", str(row["id"]), "--requester-id", row["holder_id"], "--requester-name", "A", "-o"]
    killed = 0
    for n in range(1, 10):
        run = tthc(*args, str(tmp_path / f"k{n}.pdf"), env={**copy_env(home), "TTHC_FAULT_AT": str(n)})
        if run.returncode == 0:
            break
        assert run.returncode == -9, run.stdout + run.stderr
        killed += 1
    assert killed >= 3  # schema, staged object, published object, before commit …
    final = tthc(*args, str(tmp_path / "last.pdf"), "--json", env=copy_env(home))
    assert final.returncode == 0, final.stdout + final.stderr
    wh = open_warehouse(home)
    try:
        copies = register.rows(wh.repo, "copies")
        sequences = [r["sequence"] for r in copies]
        # two issued outright, and one more for each run killed after its object was published (rolled
        # forward by the next run): never a gap, and each copy once
        assert sequences == list(range(1, len(sequences) + 1)) and len(sequences) >= 3
        assert all(wh.store.head_version(r["object_id"]) == r["object_version"] == "v1" for r in copies)
        assert sum(1 for oid, _ in wh.store.iter_objects() if "/BS/" in oid) == len(copies)
        assert len([e for e in wh.repo.events(row["object_id"]) if e["action"] == "copy_issue"]) == len(copies)
        report = audit(wh)
        assert report.ok, report.to_dict()
    finally:
        wh.close()


def test_a_holder_id_forged_with_sqlite3_gets_no_copy_and_is_found_by_audit(home, tmp_path):  # noqa: F811
    """Issue 16, finding 1: ``update results set holder_id=…`` used to pass audit and get the impostor a
    signed copy. The copy's facts come from the stored signed object, and a row that differs is refused."""
    import sqlite3

    wh = open_warehouse(home)
    row = result_245(wh)
    wh.close()
    impostor = "079999999999"
    conn = sqlite3.connect(home / "register.sqlite", isolation_level=None)
    conn.execute("UPDATE results SET holder_id = ? WHERE id = ?", [impostor, row["id"]])
    conn.close()
    for requester in (impostor, row["holder_id"]):  # nothing is issued from a tampered row, to anyone
        out = tmp_path / f"{requester}.pdf"
        run = tthc("copy", "issue", str(row["id"]), "--requester-id", requester, "--requester-name", "X", "-o", str(out),
                   env=copy_env(home))
        assert run.returncode == 3, run.stdout + run.stderr
        assert "khác tệp XML/PDF đã ký" in run.stderr and "holder_id" in run.stderr and not out.exists()
    audited = tthc("audit", "--json", env=copy_env(home))
    assert audited.returncode == 6 and json.loads(audited.stdout)["findings"][0]["kind"] == "register_differs"
    wh = open_warehouse(home)
    try:
        assert register.rows(wh.repo, "copies") == []
    finally:
        wh.close()


def test_a_copy_killed_between_its_object_and_its_row_is_registered_once_by_the_next_writer(home, tmp_path):  # noqa: F811
    """Issue 14: a copy goes through the warehouse's one publish protocol. Killed after its object is
    published and before its register row commits, it is in flight (audit clean), and the next writer
    commits the row its pending note carries: the copy is registered once, the next number follows."""
    from tthc_digitize.warehouse.audit import audit

    wh = open_warehouse(home)
    row = result_245(wh)
    objects_before = sum(1 for _ in wh.store.iter_objects())
    wh.close()
    args = ["copy", "issue", str(row["id"]), "--requester-id", row["holder_id"], "--requester-name", "A", "-o"]
    killed = tthc(*args, str(tmp_path / "k.pdf"), env={**copy_env(home), "TTHC_FAULT_AT": "wh.published"})
    assert killed.returncode == -9, killed.stdout + killed.stderr
    wh = open_warehouse(home)
    try:
        assert sum(1 for _ in wh.store.iter_objects()) == objects_before + 1  # the copy's object is there
        assert register.rows(wh.repo, "copies") == []  # and not yet its row
        report = audit(wh)
        assert report.ok and report.in_flight == 1, report.to_dict()
        with wh.writing():  # what any write command does first
            pass
        copies = register.rows(wh.repo, "copies")
        assert [(c["sequence"], c["object_version"]) for c in copies] == [(1, "v1")]
        assert wh.store.head_version(copies[0]["object_id"]) == "v1"
        assert wh.store.head_digests(copies[0]["object_id"])["result.pdf"] == copies[0]["pdf_sha512"]
        assert [e["detail"]["number"] for e in wh.repo.events(row["object_id"]) if e["action"] == "copy_issue"] == \
            [copies[0]["number"]]
        assert sum(1 for _ in wh.store.iter_objects()) == objects_before + 1
        report = audit(wh)
        assert report.ok and report.in_flight == 0, report.to_dict()
        with wh.writing():  # a second recovery finds nothing left to do
            pass
        assert len(register.rows(wh.repo, "copies")) == 1
    finally:
        wh.close()
    final = tthc(*args, str(tmp_path / "ok.pdf"), "--json", env=copy_env(home))
    assert final.returncode == 0 and json.loads(final.stdout)["sequence"] == 2, final.stdout + final.stderr


def test_verify_code_reads_a_read_only_warehouse(home, tmp_path):  # noqa: F811
    from test_faults import read_only_view

    out = tmp_path / "ban-sao.pdf"
    _issue_245(home, out, copy_env(home))
    with read_only_view(home, tmp_path / "ro") as backup:
        checked = tthc("verify", "--code", read_code(out), "--json", env=copy_env(backup))
        assert checked.returncode == 0, checked.stdout + checked.stderr
        assert json.loads(checked.stdout)["register"]["status"] == "valid"

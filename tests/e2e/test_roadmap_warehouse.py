"""`tthc roadmap` over a real warehouse: the sample master register imported, signed results loaded."""

from __future__ import annotations

import hashlib

import json
import random
from pathlib import Path

import pytest

from helpers import tthc
from self_signed_identity import ensure_demo_identity
from tthc_digitize.metadata.xml import to_xml
from tthc_digitize.sign.pades import BatchSigner
from tthc_digitize.sign.signers import load_pkcs12
from tthc_digitize.warehouse.load import load
from tthc_digitize.warehouse.master_register import import_register
from tthc_digitize.warehouse.service import init_warehouse, open_warehouse
from tthc_digitize.warehouse.synthetic import pdf_bytes, record, text_of

ROOT = Path(__file__).resolve().parents[2]
REGISTER = ROOT / "samples" / "register" / "so-goc.csv"
AGENCY = "Sở Tài nguyên và Môi trường tỉnh Thử Nghiệm"
LOADED_AT = "2026-11-20T09:30:00+07:00"

# (number, notation, issued, issuer) of two sample-register entries, digitised and signed below
DIGITISED = [("245", "GP-BTNMT", "2020-01-05", "BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG"),
             ("36", "GCN-SXD", "2019-09-12", "SỞ XÂY DỰNG THÀNH PHỐ ĐÀ NẴNG")]


@pytest.fixture(scope="module")
def home(tmp_path_factory) -> Path:
    from datetime import date

    tmp = tmp_path_factory.mktemp("roadmap-wh")
    root = init_warehouse(tmp / "kho", AGENCY, "000.00.00.H30").root
    identity = ensure_demo_identity(tmp / "id", AGENCY)
    folder = tmp / "da-so-hoa"
    folder.mkdir()
    with BatchSigner(load_pkcs12(identity.pkcs12, identity.password), level="b-b") as signer:
        for i, (number, notation, issued, issuer) in enumerate(DIGITISED):
            rec = record(i, random.Random(i), AGENCY)
            rec.code_number, rec.code_notation, rec.issued_date, rec.organ_name = number, notation, date.fromisoformat(issued), issuer
            (folder / f"r{i}.unsigned.pdf").write_bytes(pdf_bytes(text_of(rec)))
            signer.sign(folder / f"r{i}.unsigned.pdf", folder / f"r{i}.pdf")
            (folder / f"r{i}.unsigned.pdf").unlink()
            rec.file_sha256 = hashlib.sha256((folder / f"r{i}.pdf").read_bytes()).hexdigest()
            (folder / f"r{i}.xml").write_bytes(to_xml(rec))
            (folder / f"r{i}.txt").write_text(text_of(rec), encoding="utf-8")
    # loaded before the day the tests ask about, whatever day they run on or TTHC_NOW says
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("TTHC_NOW", LOADED_AT)
        wh = open_warehouse(root)
        try:
            assert load(wh, [folder]).count("loaded") == len(DIGITISED)
            import_register(wh, REGISTER)
        finally:
            wh.close()
    return root


def test_inventory_counts_the_sample_register_as_of_a_date(home):
    result = tthc("roadmap", "inventory", "--as-of", "2026-12-01", "--json", home=home, cwd=home.parent)
    assert result.returncode == 0, result.stderr
    total = json.loads(result.stdout)["total"]
    # 9 entries: 89/GP-STNMT revoked on 2024-05-20, 412/XN-UBND expired on 2024-04-19 -> 7 still valid;
    # two of them are in the warehouse, signed and matched
    assert total == {"still_valid": 7, "digitised": 2, "backlog": 5}
    before = tthc("roadmap", "inventory", "--as-of", "2024-01-01", "--json", home=home, cwd=home.parent)
    before = json.loads(before.stdout)["total"]
    assert before["still_valid"] == 9  # neither the revocation nor the expiry had happened yet


def test_status_over_the_warehouse_after_a_proposed_plan_is_imported(home, tmp_path):
    # the 2020–2025 deadline has passed: the agency extends its roadmap to 2027 in tthc.toml
    (home.parent / "tthc.toml").write_text("[roadmap]\nend_year = 2027\n", encoding="utf-8")
    plan = tmp_path / "de-xuat.csv"
    proposed = tthc("roadmap", "plan", "propose", "--from", "2026", "--to", "2027", "--as-of", "2026-12-01",
                    "-o", str(plan), home=home, cwd=home.parent)
    assert proposed.returncode == 0, proposed.stderr
    imported = tthc("roadmap", "plan", "import", str(plan), home=home, cwd=home.parent)
    assert imported.returncode == 0 and "ngoài giai đoạn" not in imported.stderr
    status = tthc("roadmap", "status", "--as-of", "2026-12-01", "--json", home=home, cwd=home.parent)
    assert status.returncode == 0, status.stderr
    total = json.loads(status.stdout)["total"]
    assert total["target"] == 5  # the proposal spreads exactly the backlog
    assert total["digitised"] == 2


def test_the_fast_tuple_rows_read_the_same_records_as_the_dict_rows(home):
    from tthc_digitize.roadmap.source import WarehouseSource, entry_from_row, result_from_row

    wh = open_warehouse(home)
    try:
        fast = WarehouseSource(wh.repo)
        assert list(fast.master_entries()) == [entry_from_row(r) for r in wh.repo.iter_master_entries()]
        # the fast form leaves out results that cannot count (unsigned or not loaded)
        from tthc_digitize.roadmap.model import loaded_day

        counted = [result_from_row(r) for r in wh.repo.iter_results() if r["signed"] and r["loaded_at"]]
        # the fast form gives the day, and the status as stored (the model applies valid_until as of a
        # date; the dict form has already applied it as of today)
        counted = [r._replace(loaded_at=loaded_day(r.loaded_at), status="valid") for r in counted]
        assert list(fast.digitised()) == counted and len(counted) == len(DIGITISED)
        assert len(list(fast.master_entries())) == 9
    finally:
        wh.close()


def test_the_sample_plan_fits_the_sample_register(home):
    (home.parent / "tthc.toml").unlink(missing_ok=True)  # the default 2020–2025 roadmap
    sample = ROOT / "samples" / "roadmap" / "ke-hoach.csv"
    assert tthc("roadmap", "plan", "import", str(sample), home=home, cwd=home.parent).returncode == 0
    status = tthc("roadmap", "status", "--by", "unit", "--as-of", "2026-12-01", "--json", home=home, cwd=home.parent)
    assert status.returncode == 0, status.stderr
    report = json.loads(status.stdout)
    rows = {r["key"]: (r["target"], r["digitised"], r["still_valid"]) for r in report["rows"]}
    # every unit of the plan is a unit of the register: no row with a target and nothing to count
    assert rows == {
        "Cục Quản lý tài nguyên nước": (2, 1, 2),  # 245/GP-BTNMT digitised
        "Sở Tài nguyên và Môi trường": (3, 0, 2),  # 89/GP-STNMT revoked on 2024-05-20
        "Sở Xây dựng": (2, 1, 2),  # 36/GCN-SXD digitised
        "UBND xã Tả Thanh Oai": (1, 0, 0),  # 412/XN-UBND expired on 2024-04-19
        "Vụ Tổ chức phi chính phủ": (1, 0, 1),
    }
    assert report["total"]["target"] == 9 and report["overdue"]["backlog"] == 5

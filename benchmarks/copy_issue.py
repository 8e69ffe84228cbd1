"""End-to-end time of one register e-copy: checks + PDF + B-LT signature + store and record.

A fresh warehouse in a temporary folder holds one signed result matched to a one-line master
register; the demo PKI (certomancer's animator, in-process on 127.0.0.1: real TSA, OCSP and CRL over
HTTP) provides the agency key. One BatchSigner stays open, as in a session of `tthc copy issue`
calls from a service; the first copy is a warm-up and is not counted. Prints the median and the
split over ``--copies`` (default 20), and ``--json``.

    .venv/bin/python benchmarks/copy_issue.py [--copies 20] [--json]

(Not ``copy.py``: a script's folder comes first on the import path, and a ``copy.py`` there would
shadow the standard library's ``copy`` for every benchmark in this folder.)
"""

from __future__ import annotations

import argparse
import hashlib
import json
import statistics
import tempfile
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path

import pymupdf

from tthc_digitize import demo_pki
from tthc_digitize.copies.issue import Requester, issue_copy
from tthc_digitize.metadata.record import ResultRecord
from tthc_digitize.metadata.xml import to_xml
from tthc_digitize.sign.pades import BatchSigner, sign_file
from tthc_digitize.sign.signers import load_pkcs12, load_trust_roots
from tthc_digitize.warehouse.load import load
from tthc_digitize.warehouse.master_register import import_register
from tthc_digitize.clock import VN_TZ
from tthc_digitize.warehouse.service import init_warehouse, open_warehouse

AGENCY = "Sở Tư pháp tỉnh Thử Nghiệm"
HOLDER = "0312345678"
REGISTER = ("code_number,code_notation,issued_date,type_name,subject,holder_name,holder_id,holder_id_type,procedure_code,"
            "unit,valid_from,valid_until,status,register_volume,register_entry,revoked_on,revoked_reason\n"
            f"245,GP-BTNMT,2020-01-05,GIẤY PHÉP,Xả nước thải,Công ty TNHH Xanh,{HOLDER},tax_code,1.004227,Cục,2020-01-05,"
            "2030-12-31,valid,01/2020,1,,\n")


def _result(folder: Path, agency_key) -> None:
    rec = ResultRecord(
        type_name="GIẤY PHÉP", code_number="245", code_notation="GP-BTNMT", issued_date=date(2020, 1, 5),
        organ_name="BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG", subject="Xả nước thải", page_amount=1,
        conversion_time=datetime(2026, 11, 30, 9, tzinfo=VN_TZ), conversion_agency=AGENCY, file_name="gp.pdf",
        file_sha256="0" * 64, file_pages=1, holder_name="Công ty TNHH Xanh", holder_id=HOLDER, holder_id_type="tax_code",
    )
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_font(fontname="tinos", fontfile="/usr/share/fonts/truetype/croscore/Tinos-Regular.ttf")
    page.insert_text((72, 150), "GIẤY PHÉP XẢ NƯỚC THẢI — Số: 245/GP-BTNMT", fontname="tinos", fontsize=12)
    doc.save(folder / "raw.pdf")
    folder.joinpath("in").mkdir()
    sign_file(agency_key, folder / "raw.pdf", folder / "in" / "gp.pdf", level="b-b")
    rec.file_sha256 = hashlib.sha256((folder / "in" / "gp.pdf").read_bytes()).hexdigest()
    (folder / "in" / "gp.xml").write_bytes(to_xml(rec))
    (folder / "in" / "gp.txt").write_text(rec.subject, encoding="utf-8")


@contextmanager
def issuing(tmp: Path):
    """The demo PKI, and a warehouse holding one signed result matched to a one-line register:
    yields (warehouse, result id, agency key, trust roots, TSA URL)."""
    with demo_pki.serve(tmp / "pki") as pki:
        key = load_pkcs12(pki.p12("agency"), pki.password)
        roots = load_trust_roots(pki.root_pem)
        _result(tmp, key)
        home = init_warehouse(tmp / "kho", AGENCY, "000.00.00.H30").root
        (tmp / "so-goc.csv").write_text(REGISTER, encoding="utf-8")
        wh = open_warehouse(home, {"copies.agency_abbreviation": "STP"})
        try:
            load(wh, [tmp / "in"])
            import_register(wh, tmp / "so-goc.csv")
            yield wh, wh.repo.query("SELECT id FROM results")[0]["id"], key, roots, pki.tsa_url
        finally:
            wh.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--copies", type=int, default=20)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp_name, issuing(Path(tmp_name)) as (wh, ref, key, roots, tsa_url):
        tmp = Path(tmp_name)
        runs = []
        with BatchSigner(key, level="b-lt", tsa_url=tsa_url, trust_roots=roots) as signer:
            for i in range(args.copies + 1):
                issued = issue_copy(wh, ref, Requester(HOLDER, "Công ty TNHH Xanh"), signer, tmp / f"c{i}.pdf", roots)
                runs.append(issued.timings)
    counted = runs[1:]
    median = {k: round(statistics.median(r[k] for r in counted), 3) for k in ("checks", "pdf", "sign", "store", "total")}
    worst = round(max(r["total"] for r in counted), 3)
    if args.json:
        print(json.dumps({"copies": len(counted), "median_seconds": median, "max_total": worst}))
        return
    print(f"{len(counted)} register e-copies at B-LT (warm-up excluded), median seconds per copy:")
    for k, v in median.items():
        print(f"  {k:7s} {v:.3f}")
    print(f"  slowest total {worst:.3f}; bar: total under 1 s -> {'met' if median['total'] < 1 else 'NOT met'}")


if __name__ == "__main__":
    main()

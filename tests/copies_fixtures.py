"""What the e-copy fixtures (conftest.py) are built from: a real warehouse holding signed PDF/A results that match the sample
master register, built without OCR (born-digital pages with an embedded font go through the PDF/A
pipeline untouched by tesseract), signed with the test PKI."""

from __future__ import annotations

import json
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path

import pymupdf

from sign_fixtures import PASSWORD, credential
from tthc_digitize.metadata.record import ResultRecord
from tthc_digitize.metadata.xml import to_xml
from tthc_digitize.clock import VN_TZ
from tthc_digitize.warehouse.service import init_warehouse, open_warehouse

ROOT = Path(__file__).resolve().parents[1]
REGISTER = ROOT / "samples" / "register" / "so-goc.csv"
TRUTH = ROOT / "samples" / "truth"
AGENCY = "Sở Tư pháp tỉnh Thử Nghiệm"
CODE = "000.00.00.H30"
TINOS = Path("/usr/share/fonts/truetype/croscore/Tinos-Regular.ttf")
NAMES = ("giay-phep-xa-thai", "quyet-dinh-so", "giay-xac-nhan")


def record_of(name: str) -> ResultRecord:
    fields = json.loads((TRUTH / f"{name}.json").read_text(encoding="utf-8"))["fields"]
    until = fields.get("valid_until")
    return ResultRecord(
        type_name=fields["type_name"], code_number=fields["code_number"], code_notation=fields["code_notation"],
        issued_date=date.fromisoformat(fields["issued_date"]), organ_name=fields["organ_name"], subject=fields["subject"],
        page_amount=1, conversion_time=datetime(2026, 11, 30, 9, tzinfo=VN_TZ), conversion_agency=AGENCY,
        file_name=f"{name}.pdf", file_sha256="0" * 64, file_pages=1, holder_name=fields.get("holder_name"),
        holder_id=fields.get("holder_id"), holder_id_type=fields.get("holder_id_type"),
        procedure_code=fields.get("procedure_code"), valid_until=date.fromisoformat(until) if until else None,
    )


def with_file_hash(rec: ResultRecord, pdf: Path) -> ResultRecord:
    """The record naming this PDF in File/Sha256, as ingest writes it (load refuses any other)."""
    import dataclasses
    import hashlib

    return dataclasses.replace(rec, file_sha256=hashlib.sha256(pdf.read_bytes()).hexdigest())


def text_pdf(path: Path, rec: ResultRecord) -> None:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_font(fontname="tinos", fontfile=str(TINOS))
    lines = [rec.organ_name, f"Số: {rec.code_number}/{rec.code_notation}", rec.type_name, rec.subject,
             f"Cấp cho: {rec.holder_name} ({rec.holder_id})"]
    for i, line in enumerate(lines):
        page.insert_text((72, 150 + 20 * i), line, fontname="tinos", fontsize=12)
    doc.save(path)


def build_masters(pki, folder: Path, raw: Path) -> Path:
    """Signed (B-B, agency key) PDF/A-2b results with their XML records and text in ``folder``, as ingest leaves
    them (``raw``: the unsigned PDFs on the way)."""
    from tthc_digitize import pipeline
    from tthc_digitize.config import OcrSettings
    from tthc_digitize.sign.pades import sign_file

    jobs = []
    for name in NAMES:
        text_pdf(raw / f"{name}.pdf", record_of(name))
        jobs.append(pipeline.FileJob(raw / f"{name}.pdf", raw / f"{name}.pdfa.pdf"))
    outcomes = pipeline.run(jobs, OcrSettings(jobs=1))
    assert all(o.status in ("done", "warned") for o in outcomes), [o.error for o in outcomes]
    agency = credential(pki, "agency")
    for name in NAMES:
        sign_file(agency, raw / f"{name}.pdfa.pdf", folder / f"{name}.pdf", level="b-b")
        (folder / f"{name}.xml").write_bytes(to_xml(with_file_hash(record_of(name), folder / f"{name}.pdf")))
        (folder / f"{name}.txt").write_text(record_of(name).subject, encoding="utf-8")
    return folder


def make_home(root: Path, masters_folder: Path, pki, register: bool = True) -> Path:
    """A warehouse with the masters loaded and the sample master register imported; signing
    settings for the agency key at B-LT against the test PKI in its tthc.toml."""
    from tthc_digitize.warehouse.load import load
    from tthc_digitize.warehouse.master_register import import_register

    home = init_warehouse(root, AGENCY, CODE).root
    with (home / "tthc.toml").open("a", encoding="utf-8") as f:
        f.write(f'\n[sign]\npkcs12 = "{pki.p12("agency")}"\ntsa_url = "{pki.tsa_url}"\ntrust = "{pki.root_pem}"\n'
                '\n[copies]\nagency_abbreviation = "STP"\nofficial = "Trần Thị Hoa"\n'
                '\n[warehouse]\ndurable = false\n')
    wh = open_warehouse(home)
    try:
        report = load(wh, [masters_folder])
        assert report.count("loaded") == len(NAMES), report.to_dict("en")
        if register:
            import_register(wh, REGISTER)
    finally:
        wh.close()
    return home


@contextmanager
def batch_signer(pki):
    """The agency key at B-LT against the test PKI, for a batch of copies."""
    from tthc_digitize.sign.pades import BatchSigner
    from tthc_digitize.sign.signers import load_trust_roots

    with BatchSigner(credential(pki, "agency"), level="b-lt", tsa_url=pki.tsa_url,
                     trust_roots=load_trust_roots(pki.root_pem)) as signer:
        yield signer


def copy_env(home: Path) -> dict[str, str]:
    return {"TTHC_HOME": str(home), "TTHC_PKCS12_PASSWORD": PASSWORD}


def holder_of(wh, ref: int) -> str:
    return wh.result(ref)["holder_id"]


"""``tthc ingest --sign``: mark, QR, signature on each PDF/A; the record hashes the signed file."""

from __future__ import annotations

import hashlib
import json
import shutil

import pymupdf
import pytest
from lxml import etree

from helpers import SAMPLES, assert_valid_pdfa, qr_squares, read_qr, tthc
from sign_fixtures import PASSWORD
from tthc_digitize.sign.verify import verify_file

AGENCY = "Sở Tư pháp tỉnh Thử Nghiệm"


@pytest.mark.slow
def test_ingest_sign_marks_signs_records_and_resumes(pki, tmp_path):
    scans = tmp_path / "scans"
    scans.mkdir()
    shutil.copy(SAMPLES / "giay-phep-xa-thai.pdf", scans / "giay-phep.pdf")
    (tmp_path / "tthc.toml").write_text(
        f'agency_name = "{AGENCY}"\n[sign]\nlevel = "b-t"\npkcs12 = "{pki.p12("agency")}"\n'
        f'tsa_url = "{pki.tsa_url}"\ntrust = "{pki.root_pem}"\n', encoding="utf-8")
    out = tmp_path / "out"
    env = {"TTHC_PKCS12_PASSWORD": PASSWORD}
    result = tthc("ingest", str(scans), "--out", str(out), "--sign", "--json", "--jobs", "1", env=env, cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    pdf, xml = out / "giay-phep.pdf", out / "giay-phep.xml"

    report = verify_file(pdf, pki.root_pem)
    assert report.ok and report.signatures[0].level == "B-T", report.to_dict()
    assert_valid_pdfa(pdf)
    digest = hashlib.sha256(pdf.read_bytes()).hexdigest()
    tree = etree.parse(str(xml))
    assert tree.xpath("string(//*[local-name()='File']/*[local-name()='Sha256'])") == digest

    with pymupdf.open(pdf) as doc:
        page = doc[0]
        (square,) = qr_squares(page)
        beside = page.get_text(clip=pymupdf.Rect(square.x1, square.y0, page.rect.x1, square.y1))
        assert "Văn bản được chuyển đổi từ văn bản giấy" in beside and AGENCY in beside
        qr = json.loads(read_qr(page, square, tmp_path / "qr.png"))
    assert qr["holder_id"] == "0312345678" and qr["system"] == "tthc-digitize"
    assert "GIẤY PHÉP" in qr["title"]

    again = tthc("ingest", str(scans), "--out", str(out), "--sign", "--json", env=env, cwd=tmp_path)
    assert again.returncode == 0, again.stdout + again.stderr
    assert [f["status"] for f in json.loads(again.stdout)["files"]] == ["skipped"]
    assert hashlib.sha256(pdf.read_bytes()).hexdigest() == digest


def test_ingest_sign_without_credential_is_a_config_error(tmp_path):
    scans = tmp_path / "scans"
    scans.mkdir()
    result = tthc("ingest", str(scans), "--out", str(tmp_path / "out"), "--sign", "--agency", AGENCY, cwd=tmp_path)
    assert result.returncode == 8 and "--pkcs12" in result.stderr

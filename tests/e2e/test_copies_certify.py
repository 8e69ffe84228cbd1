"""Certified e-copies of a paper original: OCR of the scan, the statement on the last page, the
official's and the agency's signatures, the certification register's numbers and volumes."""

from __future__ import annotations

import json

import pymupdf
import pytest

from copies_fixtures import copy_env, make_home
from helpers import assert_valid_pdfa, tthc
from sign_fixtures import credential
from tthc_digitize._exec.openssl import cms_verify
from tthc_digitize.config import OcrSettings
from tthc_digitize.copies.certify import CertifyRequest, certify_copy, ocr_original
from tthc_digitize.copies.check import check_code
from tthc_digitize.copies.copy_pdf import read_code
from tthc_digitize.errors import InputFileError
from tthc_digitize.sign.pades import BatchSigner
from tthc_digitize.sign.signers import load_trust_roots
from tthc_digitize.sign.verify import verify_file
from tthc_digitize.text import normalise
from tthc_digitize.warehouse.service import open_warehouse


@pytest.fixture
def home(tmp_path, masters, pki):  # noqa: F811
    root = make_home(tmp_path / "kho", masters, pki)
    text = (root / "tthc.toml").read_text(encoding="utf-8")
    (root / "tthc.toml").write_text(text.replace("[copies]\n", "[copies]\nvolume_size = 2\n"), encoding="utf-8")
    return root


@pytest.fixture
def official(pki):  # noqa: F811
    with BatchSigner(credential(pki, "official"), level="b-lt", tsa_url=pki.tsa_url,
                     trust_roots=load_trust_roots(pki.root_pem)) as signer:
        yield signer


@pytest.fixture(scope="module")
def summary(scan, tmp_path_factory):  # noqa: F811
    return ocr_original([scan], tmp_path_factory.mktemp("ocr"), OcrSettings(jobs=1), tmp_path_factory.mktemp("img"))


def test_certified_copy_has_the_statement_two_valid_signatures_and_rolls_volumes(
        home, summary, official, agency_signer, pki, tmp_path):  # noqa: F811
    assert summary.words > 20 and summary.previews and summary.previews[0].is_file()
    request = CertifyRequest("001195023456", "Nguyễn Thị Lan", "Giấy phép xả nước thải")
    wh = open_warehouse(home)
    try:
        with pytest.raises(InputFileError) as declined:
            certify_copy(wh, summary, request, official, agency_signer, tmp_path / "no.pdf", lambda s: False)
        assert declined.value.key == "copies.certify_declined" and not (tmp_path / "no.pdf").exists()
        made = [certify_copy(wh, summary, request, official, agency_signer, tmp_path / f"ct-{i}.pdf", lambda s: True)
                for i in range(3)]
        year = made[0].year
        assert [(c.sequence, c.volume) for c in made] == [
            (1, f"01/{year}-SCT/BS"), (2, f"01/{year}-SCT/BS"), (3, f"02/{year}-SCT/BS")]  # volumes of 2
        out = made[0].output
        assert check_code(wh, made[0].code, out).status == "valid"
    finally:
        wh.close()
    assert_valid_pdfa(out)
    with pymupdf.open(out) as doc:
        last = normalise(doc[-1].get_text())
    assert "Chứng thực bản sao này đúng với bản chính." in last
    assert f"Số chứng thực: 1    Quyển số: {made[0].volume}" in last
    assert "Trần Thị Hoa" in last and f"Mã kiểm tra: {made[0].code}" in last
    assert read_code(out) == made[0].code
    report = verify_file(out, pki.root_pem)
    signers = [s.signer for s in report.signatures if s.kind == "signature"]
    assert report.ok and len(signers) == 2 and "Nguyễn Thị Hồng Nhung" in signers[0], report.to_dict()
    checks = cms_verify(out, pki.root_pem)
    assert len(checks) == 2 and all(c.ok for c in checks)


def test_cli_certify_needs_yes_without_a_terminal(home, scan, tmp_path, pki):  # noqa: F811
    env = {**copy_env(home), "TTHC_OFFICIAL_PKCS12_PASSWORD": "mat-khau-thu"}
    args = ["copy", "certify", str(scan), "--requester-id", "001195023456", "--requester-name", "Nguyễn Thị Lan",
            "--document-title", "Giấy phép", "-o", str(tmp_path / "ct.pdf"), "--official-pkcs12", str(pki.p12("official"))]
    refused = tthc(*args, env=env)
    assert refused.returncode == 2 and "--yes" in refused.stderr
    done = tthc(*args, "--yes", "--json", env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    assert json.loads(done.stdout)["sequence"] == 1
    listed = tthc("copy", "list", "--register", "certifications", "--json", env=env)
    assert json.loads(listed.stdout)["entries"][0]["document_title"] == "Giấy phép"


def test_a_full_last_page_gets_a_strip_at_its_foot_for_the_statement(home, official, agency_signer, tmp_path, pki):  # noqa: F811
    from helpers import LINES, text_page
    from helpers import scan_pdf

    wide = [f"{line} — {line}" for line in LINES]  # lines across the whole width, down to the foot
    full = scan_pdf(tmp_path / "kin.pdf", [text_page(lines=wide * 2, dpi=150)], dpi=150)
    summary = ocr_original([full], tmp_path, OcrSettings(jobs=1))
    wh = open_warehouse(home)
    try:
        made = certify_copy(wh, summary, CertifyRequest("001195023456", "Nguyễn Thị Lan", "Giấy phép"), official,
                            agency_signer, tmp_path / "ct.pdf", lambda s: True)
    finally:
        wh.close()
    assert made.pages == 1  # no blank place big enough, even shrunk: the page grows, no page is added
    with pymupdf.open(summary.pdf) as doc:
        height = doc[0].rect.height
    with pymupdf.open(made.output) as doc:
        page = doc[0]
        assert height < page.rect.height < height * 1.2
        (hit,) = page.search_for("Chứng thực bản sao này đúng với bản chính.")
        assert hit.y0 > height  # in the strip, under the whole original page
    assert_valid_pdfa(made.output)
    assert verify_file(made.output, pki.root_pem).ok

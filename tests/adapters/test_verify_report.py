"""The validation report (issue 17): ``tthc verify --report`` as JSON (checked against its schema) and
as a one-page PDF/A-2b, the page's downloads for a code and for an upload, and ``verify --code``
showing the public view only unless an authorised user asks ``--full`` with ``--home``."""

from __future__ import annotations

import base64
import hashlib
import http.client
import json
import re
import subprocess

import jsonschema
import pikepdf
import pytest

from helpers import assert_valid_pdfa, tthc
from serve_fixtures import HOLDER_NAME, get, upload
from sign_fixtures import flip_byte_in_signed_range
from tthc_digitize.copies.check import mask_name
from tthc_digitize.copies.code import new_code
from tthc_digitize.errors import ExitCode
from tthc_digitize.sign.report import SCHEMA_ID, schema


def _valid(data: dict) -> dict:
    jsonschema.validate(data, schema())
    assert data["schema"] == SCHEMA_ID
    return data


def _no_private_data(text: str, served) -> None:  # noqa: F811
    assert served.holder_id not in text and HOLDER_NAME not in text
    for word in ("relation", "purpose", "requester_id", "official"):
        assert f'"{word}"' not in text


def _pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_report_of_a_valid_copy_as_json_and_as_one_pdfa_page(served, pki, tmp_path):  # noqa: F811
    out = tmp_path / "bao-cao.json"
    common = ["--home", str(served.home), "--trust", str(pki.root_pem)]
    result = tthc("verify", str(served.valid.output), *common, "--report", str(out), env={"TTHC_NOW": "2026-12-06T09:30:00+07:00"})
    assert result.returncode == 0, result.stdout + result.stderr
    data = _valid(json.loads(out.read_text(encoding="utf-8")))
    assert data["checked_at"] == "2026-12-06T09:30:00+07:00" and data["verdict"] == "valid" and data["ok"]
    (sig,) = [s for s in data["signatures"] if s["kind"] == "signature"]
    assert sig["indication"] == "TOTAL-PASSED" and sig["subindication"] == "OK"
    assert len(sig["certificates"]) >= 2 and all(re.fullmatch("[0-9A-F]+", c["serial"]) for c in sig["certificates"])
    assert sig["revocation"] and {r["source"] for r in sig["revocation"]} <= {"dss", "signature", "online"}
    assert "dss" in {r["source"] for r in sig["revocation"]}  # a B-LT copy carries its own OCSP/CRL
    register = data["register"]
    assert register["in_register"] and register["not_revoked"] and register["sha256_matches"] and register["source_valid"]
    assert register["public"]["requester"] == mask_name(HOLDER_NAME)
    _no_private_data(out.read_text(encoding="utf-8"), served)

    pdf = tmp_path / "bao-cao.pdf"
    result = tthc("verify", str(served.valid.output), *common, "--report", str(pdf))
    assert result.returncode == 0, result.stdout + result.stderr
    assert_valid_pdfa(pdf)
    with pikepdf.open(pdf) as doc:
        assert len(doc.pages) == 1
    text = _pdf_text(pdf)
    assert "BÁO CÁO KIỂM TRA CHỮ KÝ SỐ" in text and "ĐẠT (TOTAL-PASSED)" in text
    assert "mọi chữ ký hợp lệ và tin cậy" in text and "lưu trong tệp (DSS)" in text
    assert mask_name(HOLDER_NAME) in text and served.holder_id not in text


def test_report_of_a_tampered_copy_names_the_failure(served, pki, tmp_path):  # noqa: F811
    broken, out = tmp_path / "hong.pdf", tmp_path / "hong.json"
    flip_byte_in_signed_range(served.valid.output, broken)
    result = tthc("verify", str(broken), "--home", str(served.home), "--trust", str(pki.root_pem), "--report", str(out))
    assert result.returncode == ExitCode.invalid_signature, result.stdout + result.stderr
    data = _valid(json.loads(out.read_text(encoding="utf-8")))
    assert data["verdict"] == "altered" and not data["ok"]
    sig = data["signatures"][0]
    assert sig["indication"] == "TOTAL-FAILED" and sig["subindication"] in ("HASH_FAILURE", "SIG_CRYPTO_FAILURE")
    assert "mã băm không khớp" in sig["explanation"] or "giá trị chữ ký" in sig["explanation"]
    assert data["register"]["sha256_matches"] is False


def test_verify_code_shows_the_public_view_and_full_needs_an_explicit_home(served):  # noqa: F811
    code = served.valid.code
    result = tthc("verify", "--code", code, "--home", str(served.home))
    assert result.returncode == 0, result.stdout + result.stderr
    assert mask_name(HOLDER_NAME) in result.stdout and served.valid.number in result.stdout
    _no_private_data(result.stdout, served)
    as_json = tthc("verify", "--code", code, "--home", str(served.home), "--json")
    _no_private_data(as_json.stdout, served)
    assert json.loads(as_json.stdout)["register"]["public"]["requester"] == mask_name(HOLDER_NAME)

    refused = tthc("verify", "--code", code, "--full", env={"TTHC_HOME": str(served.home)})
    assert refused.returncode == ExitCode.usage and "--home" in refused.stderr
    full = tthc("verify", "--code", code, "--home", str(served.home), "--full")
    assert full.returncode == 0 and HOLDER_NAME in full.stdout and served.holder_id in full.stdout


def test_report_for_a_code_alone_covers_the_stored_copy(served, pki, tmp_path):  # noqa: F811
    out = tmp_path / "ma.json"
    result = tthc("verify", "--code", served.valid.code, "--home", str(served.home), "--trust", str(pki.root_pem),
                  "--report", str(out))
    assert result.returncode == 0, result.stdout + result.stderr
    data = _valid(json.loads(out.read_text(encoding="utf-8")))
    assert data["ok"] and data["register"]["sha256_matches"] and data["verdict"] == "valid"
    assert data["file"]["sha256"] == hashlib.sha256(served.valid.output.read_bytes()).hexdigest()
    ocsp = [r for s in data["signatures"] for r in s["revocation"] if r["type"] == "ocsp"]
    assert ocsp and all("Common Name" in r["issuer"] for r in ocsp)  # the responder named, not a key hash
    unknown = tthc("verify", "--code", new_code(), "--home", str(served.home), "--report", str(tmp_path / "x.json"))
    assert unknown.returncode == ExitCode.input_error and "Không có bản sao nào lưu trong kho" in unknown.stderr
    assert not (tmp_path / "x.json").exists()


def _fetch(port: int, path: str) -> tuple[int, dict, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        conn.request("GET", path)
        resp = conn.getresponse()
        return resp.status, dict(resp.getheaders()), resp.read()
    finally:
        conn.close()


def test_page_offers_the_report_for_a_code_and_for_an_upload(served, tmp_path):  # noqa: F811
    code = served.valid.code
    _, _, page = get(served.port, f"/v/{code}")
    assert f'href="/v/{code}/report.pdf"' in page and f'href="/v/{code}/report.json"' in page
    status, headers, body = _fetch(served.port, f"/v/{code}/report.json")
    assert status == 200 and headers["content-type"].startswith("application/json")
    data = _valid(json.loads(body))
    assert data["ok"] and data["register"]["sha256_matches"] and data["file"]["sha256"] == hashlib.sha256(served.valid.output.read_bytes()).hexdigest()
    _no_private_data(body.decode("utf-8"), served)
    status, headers, body = _fetch(served.port, f"/v/{served.revoked.code}/report.pdf")
    assert status == 200 and headers["content-type"] == "application/pdf"
    (tmp_path / "thu-hoi.pdf").write_bytes(body)
    assert_valid_pdfa(tmp_path / "thu-hoi.pdf")
    assert "KHÔNG" in _pdf_text(tmp_path / "thu-hoi.pdf")  # "Chưa bị thu hồi: KHÔNG"
    assert _fetch(served.port, "/v/ABCD-EFGH-JKMN/report.pdf")[0] == 404

    status, _, page = upload(served.port, served.valid.output.read_bytes())
    assert status == 200
    links = dict(re.findall(r'href="data:application/(pdf|json);base64,([A-Za-z0-9+/=]+)"', page))
    assert set(links) == {"pdf", "json"}
    data = _valid(json.loads(base64.b64decode(links["json"])))
    assert data["ok"] and data["register"]["in_register"] and data["register"]["sha256_matches"]
    (tmp_path / "upload.pdf").write_bytes(base64.b64decode(links["pdf"]))
    assert_valid_pdfa(tmp_path / "upload.pdf")
    assert "ĐẠT (TOTAL-PASSED)" in _pdf_text(tmp_path / "upload.pdf")

    status, _, page = upload(served.port, served.valid.output.read_bytes(), query="?lang=en")
    assert status == 200 and "Download the validation report (PDF/A)" in page
    links = dict(re.findall(r'href="data:application/(pdf|json);base64,([A-Za-z0-9+/=]+)"', page))
    data = _valid(json.loads(base64.b64decode(links["json"])))
    assert data["language"] == "en" and data["verdict_text"].startswith("VERDICT")

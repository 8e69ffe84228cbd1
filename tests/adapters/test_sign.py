"""Signing and verification with the real test PKI (certomancer served over HTTP on 127.0.0.1)."""

from __future__ import annotations

import json
import subprocess
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from helpers import tthc
from sign_fixtures import PASSWORD, credential, flip_byte_in_signed_range, nss_chains, pdfsig
from tthc_digitize._exec.openssl import cms_verify
from tthc_digitize.errors import ExitCode
from tthc_digitize.sign.pades import BatchSigner, sign_file
from tthc_digitize.sign.signers import SigningRefused, check_certificate, load_trust_roots
from tthc_digitize.sign.verify import verify_file


def assert_independently_valid(path: Path, pki, nss_db, signatures: int = 1) -> None:
    checks = cms_verify(path, pki.root_pem)
    assert len(checks) == signatures and all(c.ok for c in checks), [c.output for c in checks]
    found = [s for s in pdfsig(path, nss_db) if s.get("Signature Type", "").startswith("ETSI.CAdES")]
    assert len(found) == signatures
    for s in found:
        # pdfsig judges integrity; its own chain check (poppler 22.12) answers "Unknown issue" for this
        # test PKI even with the root trusted in its database, so NSS's trust verdict comes from NSS's
        # vfychain on the same certificates, same database, same usage
        assert s["Signature Validation"] == "Signature is Valid.", s
        assert s["Signer Certificate Common Name"] in ("Sở Tư pháp tỉnh Thử Nghiệm", "Nguyễn Thị Hồng Nhung")
    chains = nss_chains(path, nss_db)
    assert len(chains) == signatures and all(v.endswith("Chain is good!") for v in chains), chains


@pytest.mark.parametrize("level", ["b-b", "b-t", "b-lt", "b-lta"])
def test_every_level_validates_with_pyhanko_openssl_and_pdfsig(level, pki, scan, nss_db, tmp_path):
    out = tmp_path / "signed.pdf"
    sign_file(credential(pki, "agency"), scan, out, level=level, tsa_url=pki.tsa_url)
    report = verify_file(out, pki.root_pem)
    assert report.verdict == "valid", report.to_dict()
    (sig, *rest) = report.signatures
    assert sig.level == level.upper()
    assert sig.signer == "Sở Tư pháp tỉnh Thử Nghiệm" and sig.organisation == "Sở Tư pháp tỉnh Thử Nghiệm"
    assert sig.chain == "trusted" and sig.intact
    assert (sig.timestamp_time is not None) == (level != "b-b")
    assert [s.kind for s in rest] == (["timestamp"] if level == "b-lta" else [])
    assert_independently_valid(out, pki, nss_db)
    # the input is untouched, the output is an incremental update of it
    assert out.read_bytes().startswith(scan.read_bytes())


def test_one_flipped_byte_is_reported_as_altered(pki, scan, tmp_path, nss_db):
    signed, broken = tmp_path / "signed.pdf", tmp_path / "broken.pdf"
    sign_file(credential(pki, "agency"), scan, signed, level="b-t", tsa_url=pki.tsa_url)
    flip_byte_in_signed_range(signed, broken)
    result = tthc("verify", str(broken), "--trust", str(pki.root_pem))
    assert result.returncode == ExitCode.invalid_signature, result.stdout + result.stderr
    assert "ĐÃ BỊ THAY ĐỔI" in result.stdout
    assert "Traceback" not in result.stderr
    # the independent checks agree
    assert not any(c.ok for c in cms_verify(broken, pki.root_pem))
    assert pdfsig(broken, nss_db)[0]["Signature Validation"] != "Signature is Valid."


def test_incremental_update_changing_page_content_is_a_disallowed_modification(pki, scan, tmp_path):
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    signed = tmp_path / "signed.pdf"
    sign_file(credential(pki, "agency"), scan, signed, level="b-b")
    with signed.open("r+b") as fh:
        writer = IncrementalPdfFileWriter(fh)
        ref = writer.add_object(generic.StreamObject(stream_data=b"1 0 0 rg 50 50 200 40 re f"))
        writer.add_stream_to_page(0, ref)
        writer.write_in_place()
    result = tthc("--lang", "en", "verify", str(signed), "--trust", str(pki.root_pem), "--json")
    assert result.returncode == ExitCode.invalid_signature
    data = json.loads(result.stdout)
    assert data["verdict"] == "altered"
    (sig,) = data["signatures"]
    assert sig["intact"] is True and sig["coverage"] == "revision"
    assert sig["modifications"] == "other" and sig["modifications_allowed"] is False


def test_two_signatures_scanner_then_agency_both_stay_valid(pki, scan, tmp_path, nss_db):
    first, second = tmp_path / "1.pdf", tmp_path / "2.pdf"
    sign_file(credential(pki, "official"), scan, first, level="b-t", tsa_url=pki.tsa_url)
    sign_file(credential(pki, "agency"), first, second, level="b-lt", tsa_url=pki.tsa_url)
    third = tmp_path / "3.pdf"
    sign_file(credential(pki, "agency"), second, third, level="b-lta", tsa_url=pki.tsa_url)
    assert verify_file(third, pki.root_pem).verdict == "valid"
    report = verify_file(second, pki.root_pem)
    assert report.verdict == "valid", report.to_dict()
    assert [s.signer for s in report.signatures] == ["Nguyễn Thị Hồng Nhung", "Sở Tư pháp tỉnh Thử Nghiệm"]
    # the agency's revocation data in the DSS does not lift the official's signature to B-LT
    assert [s.level for s in report.signatures] == ["B-T", "B-LT"]
    assert report.signatures[0].modifications_allowed and report.signatures[0].coverage == "revision"
    assert_independently_valid(second, pki, nss_db, signatures=2)


@pytest.mark.parametrize(("label", "key", "words"), [
    ("revoked", "sign.cert_revoked", "đã bị thu hồi"),
    ("expired", "sign.cert_expired", "đã hết hạn"),
    ("no-sign", "sign.cert_key_usage", "không được dùng để ký"),
])
def test_bad_certificates_are_refused_before_signing(label, key, words, pki, scan, tmp_path):
    with pytest.raises(SigningRefused) as caught:
        check_certificate(credential(pki, label), load_trust_roots(pki.root_pem))
    assert caught.value.key == key
    result = tthc("sign", str(scan), "--out", str(tmp_path / "out"), "--pkcs12", str(pki.p12(label)),
                  "--trust", str(pki.root_pem), "--level", "b-b", env={"TTHC_PKCS12_PASSWORD": PASSWORD})
    assert result.returncode == ExitCode.input_error, result.stdout + result.stderr
    assert words in result.stderr and "Từ chối ký" in result.stderr
    assert not (tmp_path / "out" / scan.name).exists()


def test_revoked_signer_is_refused_at_b_lt_even_without_a_trust_store(pki, scan, tmp_path):
    with pytest.raises(SigningRefused):
        sign_file(credential(pki, "revoked"), scan, tmp_path / "x.pdf", level="b-lt", tsa_url=pki.tsa_url)
    assert not (tmp_path / "x.pdf").exists()


def _pki_revoking_later(tmp_path, scan, signed, seconds):
    """A PKI whose "later-revoked" certificate is revoked ``seconds`` from now, and ``signed`` made with it at
    B-LT before that moment; None when the signing itself (slow on a loaded machine) ran past it."""
    import yaml

    import pki_server

    config = yaml.safe_load(pki_server.CONFIG.read_text(encoding="utf-8"))
    revoke_at = (datetime.now(timezone.utc) + timedelta(seconds=seconds)).replace(microsecond=0)
    spec = config["pki-architectures"]["tthc"]["certs"]["later-revoked"]
    spec["revocation"] = {"revoked-since": revoke_at.strftime("%Y-%m-%dT%H:%M:%S+0000"), "reason": "key_compromise"}
    server = pki_server.serve(tmp_path / f"pki-{seconds}", config)
    sign_file(credential(server, "later-revoked"), scan, signed, level="b-lt", tsa_url=server.tsa_url)
    if verify_file(signed, server.root_pem).signatures[0].timestamp_time < revoke_at:
        return server, revoke_at
    server.stop()
    return None


def test_signature_older_than_the_revocation_stays_valid_at_b_lt(tmp_path, scan):
    """Sign at B-LT while the certificate is good, revoke it, verify: valid, revoked after signing."""
    signed, late = tmp_path / "signed.pdf", tmp_path / "late.pdf"
    # the revocation moment is fixed when the PKI starts: a window that a loaded machine overran is widened
    made = next(filter(None, (_pki_revoking_later(tmp_path, scan, signed, s) for s in (8, 20, 45))), None)
    assert made is not None, "signing took longer than 45 s three times"
    server, revoke_at = made
    try:
        while datetime.now(timezone.utc) < revoke_at + timedelta(seconds=1):
            time.sleep(0.2)
        with pytest.raises(SigningRefused):
            check_certificate(credential(server, "later-revoked"), load_trust_roots(server.root_pem))
        report = verify_file(signed, server.root_pem)
        (sig,) = report.signatures
        assert sig.level == "B-LT"
        assert sig.chain == "revoked_after_signing", (sig.subindication, sig.detail, sig.timestamp_time, sig.revoked_at)
        assert sig.revoked_at is not None and sig.timestamp_time < sig.revoked_at
        assert report.verdict == "valid"
        result = tthc("verify", str(signed), "--trust", str(server.root_pem))
        assert result.returncode == 0, result.stdout + result.stderr
        assert "bị thu hồi từ" in result.stdout and "vẫn có giá trị" in result.stdout
        # a signature made now, after the revocation, is refused outright
        with pytest.raises(SigningRefused):
            sign_file(credential(server, "later-revoked"), scan, late, level="b-lt", tsa_url=server.tsa_url)
    finally:
        server.stop()


def test_verify_without_trust_store_is_untrusted(pki, scan, tmp_path):
    signed = tmp_path / "s.pdf"
    sign_file(credential(pki, "agency"), scan, signed, level="b-b")
    result = tthc("verify", str(signed))
    assert result.returncode == ExitCode.invalid_signature
    assert "không tin cậy" in result.stdout and "kho chứng thư tin cậy" in result.stderr


def test_unsigned_unreadable_and_not_a_pdf(pki, scan, tmp_path):
    result = tthc("verify", str(scan), "--trust", str(pki.root_pem), "--json")
    assert result.returncode == ExitCode.invalid_signature
    assert json.loads(result.stdout)["verdict"] == "unsigned"

    signed = tmp_path / "s.pdf"
    sign_file(credential(pki, "agency"), scan, signed, level="b-b")
    data = bytearray(signed.read_bytes())
    start = data.index(b"/Contents <") + len(b"/Contents <")
    data[start:start + 40] = b"DEADBEEF" * 5  # the CMS container is garbage now
    garbage = tmp_path / "garbage.pdf"
    garbage.write_bytes(bytes(data))
    result = tthc("verify", str(garbage), "--trust", str(pki.root_pem))
    assert result.returncode == ExitCode.input_error, result.stdout + result.stderr
    assert "không đọc được chữ ký" in result.stdout and "Traceback" not in result.stderr

    text = tmp_path / "note.pdf"
    text.write_text("không phải PDF")
    result = tthc("verify", str(text))
    assert result.returncode == ExitCode.input_error and "không phải tệp PDF" in result.stderr


def test_encrypted_file_with_empty_user_password_is_verified(pki, scan, tmp_path):
    import pikepdf
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers

    encrypted, signed = tmp_path / "enc.pdf", tmp_path / "enc-signed.pdf"
    with pikepdf.open(scan) as pdf:
        pdf.save(encrypted, encryption=pikepdf.Encryption(user="", owner="chu-so-huu", aes=True, R=6))
    with encrypted.open("rb") as fh:
        writer = IncrementalPdfFileWriter(fh)
        writer.encrypt("chu-so-huu")
        with signed.open("wb") as out:
            signers.sign_pdf(writer, signers.PdfSignatureMetadata(field_name="ChuKy1"),
                             signer=credential(pki, "agency").signer, output=out)
    report = verify_file(signed, pki.root_pem)
    assert report.encrypted and report.verdict == "valid", report.to_dict()


def test_sign_cli_batch_json_and_bad_file(pki, scan, tmp_path):
    bad = tmp_path / "hong.pdf"
    bad.write_bytes(b"%PDF-1.7\n garbage")
    out = tmp_path / "out"
    result = tthc("sign", str(scan), str(bad), "--out", str(out), "--pkcs12", str(pki.p12("agency")),
                  "--level", "b-t", "--tsa", pki.tsa_url, "--trust", str(pki.root_pem), "--json",
                  env={"TTHC_PKCS12_PASSWORD": PASSWORD})
    assert result.returncode == ExitCode.some_failed, result.stdout + result.stderr
    data = json.loads(result.stdout)
    assert data["signed"] == 1 and data["failed"] == 1
    assert verify_file(out / scan.name, pki.root_pem).ok


def test_password_never_from_argv_and_no_prompt_without_terminal(pki, scan, tmp_path):
    result = tthc("sign", str(scan), "--out", str(tmp_path), "--pkcs12", str(pki.p12("agency")))
    assert result.returncode == ExitCode.usage
    assert "TTHC_PKCS12_PASSWORD" in result.stderr
    result = tthc("sign", str(scan), "--out", str(tmp_path), "--pkcs12", str(pki.p12("agency")),
                  env={"TTHC_PKCS12_PASSWORD": "sai"})
    assert result.returncode == ExitCode.input_error and "Mật khẩu" in result.stderr


def test_ltv_refresh_adds_an_archive_timestamp(pki, scan, tmp_path):
    from pyhanko.pdf_utils.reader import PdfFileReader

    from tthc_digitize.sign.ltv import refresh

    signed = tmp_path / "lta.pdf"
    sign_file(credential(pki, "agency"), scan, signed, level="b-lta", tsa_url=pki.tsa_url)
    plain = tmp_path / "b-t.pdf"
    sign_file(credential(pki, "agency"), scan, plain, level="b-t", tsa_url=pki.tsa_url)
    not_due = refresh([signed, plain], pki.tsa_url, older_than_days=30, trust_roots=load_trust_roots(pki.root_pem))
    assert [o.status for o in not_due] == ["not_due", "not_lta"]
    before = signed.read_bytes()
    result = tthc("ltv", "refresh", str(signed), "--tsa", pki.tsa_url, "--trust", str(pki.root_pem), "--json")
    assert result.returncode == 0, result.stdout + result.stderr
    assert json.loads(result.stdout)["refreshed"] == 1
    after = signed.read_bytes()
    assert after.startswith(before) and len(after) > len(before)
    with signed.open("rb") as fh:
        kinds = [str(s.sig_object_type) for s in PdfFileReader(fh).embedded_signatures]
    assert kinds == ["/Sig", "/DocTimeStamp", "/DocTimeStamp"]
    report = verify_file(signed, pki.root_pem)
    assert report.verdict == "valid" and report.signatures[0].level == "B-LTA", report.to_dict()


def test_batch_signer_reuses_one_key_and_signs_many(pki, scan, tmp_path):
    with BatchSigner(credential(pki, "agency"), level="b-t", tsa_url=pki.tsa_url) as batch:
        outputs = [batch.sign(scan, tmp_path / f"{n}.pdf").output for n in range(5)]
        assert batch.signed == 5
    assert all(verify_file(p, pki.root_pem).ok for p in outputs)


def test_level_needing_a_timestamp_without_tsa_is_a_config_error(pki, scan, tmp_path):
    result = tthc("sign", str(scan), "--out", str(tmp_path), "--pkcs12", str(pki.p12("agency")),
                  env={"TTHC_PKCS12_PASSWORD": PASSWORD})  # default level b-lt, no TSA configured
    assert result.returncode == ExitCode.config_error and "--tsa" in result.stderr


def test_demo_identity_is_labelled_and_signs_verifiably(scan, tmp_path):
    from self_signed_identity import ensure_demo_identity
    from tthc_digitize.sign.signers import load_pkcs12

    identity = ensure_demo_identity(tmp_path / "id", "Cơ quan chạy thử")
    again = ensure_demo_identity(tmp_path / "id", "Cơ quan chạy thử")
    assert again.pkcs12.read_bytes() == identity.pkcs12.read_bytes()  # made once, then reused
    credential = load_pkcs12(identity.pkcs12, identity.password)
    subject = credential.certificate.subject.native
    assert "CHẠY THỬ" in subject["common_name"] and "DEMO" in subject["organization_name"]
    signed = tmp_path / "demo.pdf"
    sign_file(credential, scan, signed, level="b-b")
    assert verify_file(signed, identity.root_pem).ok
    assert verify_file(signed, None).verdict == "untrusted"


def test_two_inputs_with_one_name_do_not_overwrite_each_other(pki, scan, tmp_path):
    import shutil

    from tthc_digitize.sign.pades import sign_batch

    (tmp_path / "a").mkdir()
    other = shutil.copy(scan, tmp_path / "a" / scan.name)
    items = sign_batch([scan, Path(other)], tmp_path / "out", credential(pki, "agency"), level="b-b")
    assert items[0].output is not None and items[1].error[0] == "sign.same_name"


def test_signature_by_an_expired_certificate_is_reported_expired(pki, scan, tmp_path):
    """(The CLI refuses to make one; a file from elsewhere may still carry one.)"""
    signed = tmp_path / "old.pdf"
    sign_file(credential(pki, "expired"), scan, signed, level="b-b")
    report = verify_file(signed, pki.root_pem)
    assert report.signatures[0].chain == "expired", report.to_dict()
    result = tthc("verify", str(signed), "--trust", str(pki.root_pem))
    assert result.returncode == ExitCode.invalid_signature and "đã hết hạn" in result.stdout


def test_signature_made_after_revocation_is_reported_revoked(pki, scan, tmp_path):
    signed = tmp_path / "revoked.pdf"
    sign_file(credential(pki, "revoked"), scan, signed, level="b-t", tsa_url=pki.tsa_url)
    report = verify_file(signed, pki.root_pem)
    assert report.signatures[0].chain == "revoked" and report.verdict == "untrusted", report.to_dict()
    result = tthc("verify", str(signed), "--trust", str(pki.root_pem))
    assert result.returncode == ExitCode.invalid_signature and "ĐÃ BỊ THU HỒI" in result.stdout


def test_b_lt_verifies_offline_from_its_own_validation_data_b_t_does_not(tmp_path, scan):
    import pki_server

    server = pki_server.serve(tmp_path / "pki")
    try:
        files = {}
        for level in ("b-t", "b-lt", "b-lta"):
            files[level] = tmp_path / f"{level}.pdf"
            sign_file(credential(server, "agency"), scan, files[level], level=level, tsa_url=server.tsa_url)
    finally:
        server.stop()  # the OCSP responder, CRLs and TSA are gone from here on
    assert verify_file(files["b-t"], server.root_pem).verdict == "untrusted"
    for level in ("b-lt", "b-lta"):
        report = verify_file(files[level], server.root_pem)
        assert report.verdict == "valid" and report.signatures[0].offline, report.to_dict()
    result = tthc("verify", str(files["b-lt"]), "--trust", str(server.root_pem))
    assert result.returncode == 0 and "dữ liệu kiểm tra lưu trong tệp" in result.stdout


def test_nss_chain_check_can_fail_without_the_root(pki, scan, tmp_path):
    """The NSS trust leg above is a real check: a database that does not trust the test root says no."""
    out = tmp_path / "signed.pdf"
    sign_file(credential(pki, "agency"), scan, out, level="b-b")
    empty = tmp_path / "nss-empty"
    empty.mkdir()
    subprocess.run(["certutil", "-N", "-d", f"sql:{empty}", "--empty-password"], check=True, capture_output=True)
    (verdict,) = nss_chains(out, f"sql:{empty}")
    assert verdict.startswith("Chain is bad!") and "not trusted" in verdict, verdict

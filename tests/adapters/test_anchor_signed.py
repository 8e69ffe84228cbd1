"""Signed, timestamped anchors of the audit chain (issue 16): each write run signs the head it left with
the agency's key, audit verifies every signed anchor, and an anchor file rewritten by someone without the
key is found."""

from __future__ import annotations

import asyncio
import base64
import json
import subprocess
from pathlib import Path

import pytest

from sign_fixtures import PASSWORD, credential
from tthc_digitize.warehouse import anchor
from tthc_digitize.warehouse.audit import audit
from tthc_digitize.warehouse.load import load
from tthc_digitize.warehouse.service import init_warehouse, open_warehouse
from tthc_digitize.warehouse.synthetic import make_results
from helpers import tthc
from test_warehouse import AGENCY, CODE


def _home(root: Path, pki, tsa_url: str | None = None) -> Path:  # noqa: F811
    home = init_warehouse(root, AGENCY, CODE).root
    with (home / "tthc.toml").open("a", encoding="utf-8") as f:
        f.write(f'\n[sign]\npkcs12 = "{pki.p12("agency")}"\ntsa_url = "{tsa_url or pki.tsa_url}"\n'
                f'trust = "{pki.root_pem}"\n\n[warehouse]\ndurable = false\n')
    return home


def _load(home: Path, folder: Path, count: int, start: int = 1) -> None:
    make_results(folder, count, start=start)
    wh = open_warehouse(home)
    try:
        load(wh, [folder])
    finally:
        wh.close()


def _report(home: Path):
    wh = open_warehouse(home)
    try:
        return audit(wh)
    finally:
        wh.close()


def _kinds(home: Path) -> set[str]:
    return {f.kind for f in _report(home).findings}


def _lines(home: Path) -> list[dict]:
    return [json.loads(x) for x in anchor.anchor_path(home).read_text(encoding="utf-8").splitlines()]


def _rewrite(home: Path, lines: list[dict]) -> None:
    anchor.anchor_path(home).write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines),
                                        encoding="utf-8")


@pytest.fixture
def signed_home(tmp_path, pki, monkeypatch):  # noqa: F811
    monkeypatch.setenv("TTHC_PKCS12_PASSWORD", PASSWORD)
    home = _home(tmp_path / "kho", pki)
    _load(home, tmp_path / "in", 3)
    return home


def test_a_write_run_signs_and_timestamps_its_anchor_and_audit_verifies_it(signed_home, pki, tmp_path):  # noqa: F811
    last = _lines(signed_home)[-1]
    assert last["seq"] == 3 and last["timestamped"] is True
    der = base64.b64decode(last["cms"])
    # openssl, independent of pyHanko, checks the detached signature over the canonical facts
    (tmp_path / "sig.der").write_bytes(der)
    (tmp_path / "facts.json").write_bytes(anchor.payload(last))
    proc = subprocess.run(["openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", str(tmp_path / "sig.der"),
                           "-content", str(tmp_path / "facts.json"), "-CAfile", str(pki.root_pem), "-purpose", "any",
                           "-out", "/dev/null"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    from asn1crypto import cms

    signer_info = cms.ContentInfo.load(der)["content"]["signer_infos"][0]
    assert "signature_time_stamp_token" in {a["type"].native for a in signer_info["unsigned_attrs"]}
    report = _report(signed_home)
    assert report.ok, report.to_dict()
    assert report.to_dict()["anchors"] == {"total": 1, "unsigned": 0, "untimestamped": 0, "signing_configured": True}


def test_an_anchor_line_with_an_edited_field_fails_its_signature(signed_home):
    lines = _lines(signed_home)
    lines[-1]["actor"] = "ai-do"  # the chain still holds seq/hash: only the signature can tell
    _rewrite(signed_home, lines)
    assert _kinds(signed_home) == {"anchor_signature"}
    lines[-1]["hash"] = "0" * 64
    _rewrite(signed_home, lines)
    assert _kinds(signed_home) == {"anchor_signature", "anchor"}


def test_flipped_signature_bytes_are_a_finding(signed_home):
    lines = _lines(signed_home)
    der = bytearray(base64.b64decode(lines[-1]["cms"]))
    for where in (len(der) // 2, len(der) - 40):  # inside the certificates/signature, and near the end
        flipped = bytearray(der)
        flipped[where] ^= 0x01
        lines[-1]["cms"] = base64.b64encode(bytes(flipped)).decode()
        _rewrite(signed_home, lines)
        assert "anchor_signature" in _kinds(signed_home), where
    lines[-1]["cms"] = "bm90IGEgc2lnbmF0dXJl"  # base64 of garbage
    _rewrite(signed_home, lines)
    assert _kinds(signed_home) == {"anchor_signature"}


def test_a_recomputed_chain_with_a_forged_unsigned_anchor_appended_is_still_caught(signed_home):
    from test_warehouse_proof import forge_chain

    prev = forge_chain(signed_home)
    anchor.append(signed_home, 3, prev, "ai-do")  # the forger has no key: an unsigned line
    report = _report(signed_home)
    assert {(f.kind, f.subject) for f in report.findings} == {("anchor", "seq 3")}
    assert report.anchors_unsigned == 1


def test_another_officials_signature_on_an_anchor_is_not_the_agencys(signed_home, pki):  # noqa: F811
    lines = _lines(signed_home)
    official = credential(pki, "official")  # same CA, same organisation, a valid signature: still not the agency
    signed = asyncio.run(official.signer.async_sign_general_data(anchor.payload(lines[-1]), "sha256", detached=True))
    lines[-1]["cms"] = base64.b64encode(signed.dump()).decode()
    _rewrite(signed_home, lines)
    findings = _report(signed_home).findings
    assert [f.kind for f in findings] == ["anchor_signature"] and "not the agency" in findings[0].detail


def test_an_unreachable_tsa_still_anchors_signed_without_a_timestamp_and_warns(tmp_path, pki, monkeypatch):  # noqa: F811
    monkeypatch.setenv("TTHC_PKCS12_PASSWORD", PASSWORD)
    home = _home(tmp_path / "kho", pki, tsa_url="http://127.0.0.1:9/tsa")  # nothing listens on port 9
    make_results(tmp_path / "in", 2)
    result = tthc("load", str(tmp_path / "in"), "--home", str(home), env={"TTHC_PKCS12_PASSWORD": PASSWORD})
    assert result.returncode == 0, result.stdout + result.stderr
    assert "không lấy được dấu thời gian" in result.stderr
    last = _lines(home)[-1]
    assert last["seq"] == 2 and last["cms"] and last["timestamped"] is False
    report = _report(home)
    assert report.ok and report.anchors_untimestamped == 1


def test_without_the_secret_the_anchor_is_unsigned_and_audit_counts_it(tmp_path, pki, monkeypatch):  # noqa: F811
    monkeypatch.delenv("TTHC_PKCS12_PASSWORD", raising=False)
    home = _home(tmp_path / "kho", pki)
    make_results(tmp_path / "in", 2)
    result = tthc("load", str(tmp_path / "in"), "--home", str(home))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "KHÔNG có chữ ký số" in result.stderr and "TTHC_PKCS12_PASSWORD" in result.stderr
    assert "cms" not in _lines(home)[-1]
    audited = tthc("audit", "--home", str(home))
    assert audited.returncode == 0 and "1/1 mốc neo không có chữ ký số" in audited.stdout


def test_a_backup_carries_the_signed_anchors_and_audits_clean(signed_home, tmp_path):
    result = tthc("backup", str(tmp_path / "sao-luu"), "--home", str(signed_home),
                  env={"TTHC_PKCS12_PASSWORD": PASSWORD})
    assert result.returncode == 0, result.stdout + result.stderr
    report = _report(tmp_path / "sao-luu")
    assert report.ok and report.anchors == len(_lines(signed_home)) and report.anchors_unsigned == 0

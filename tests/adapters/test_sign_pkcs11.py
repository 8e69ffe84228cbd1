"""The PKCS#11 path on a real SoftHSM2 token (the software twin of an official's USB token)."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from helpers import tthc
from test_sign import assert_independently_valid
from tthc_digitize.errors import ExitCode
from tthc_digitize.sign.pades import BatchSigner
from tthc_digitize.sign.signers import check_certificate, load_trust_roots, open_pkcs11
from tthc_digitize.sign.verify import verify_file

MODULE = "/usr/lib/softhsm/libsofthsm2.so"
LABEL, KEY, PIN = "tthc-token", "agency", "246810"


@pytest.fixture(scope="session")
def token(pki, tmp_path_factory):
    """A token initialised for this session, holding the agency's key and certificate."""
    if not Path(MODULE).exists():
        pytest.fail("softhsm2 is not installed (make test installs it)")
    folder = tmp_path_factory.mktemp("softhsm")
    (folder / "tokens").mkdir()
    conf = folder / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {folder / 'tokens'}\nobjectstore.backend = file\nlog.level = ERROR\n")
    os.environ["SOFTHSM2_CONF"] = str(conf)  # read when the module is first loaded, here and in subprocesses
    run = lambda *a: subprocess.run(["softhsm2-util", *a], check=True, capture_output=True, text=True)  # noqa: E731
    run("--init-token", "--free", "--label", LABEL, "--so-pin", "13579", "--pin", PIN)
    run("--import", str(pki.key_pem("agency")), "--token", LABEL, "--label", KEY, "--id", "01", "--pin", PIN)
    import pkcs11
    from pkcs11 import Attribute, CertificateType, ObjectClass

    lib = pkcs11.lib(MODULE)
    cert = pki.cert("agency")
    with lib.get_token(token_label=LABEL).open(rw=True, user_pin=PIN) as session:
        session.create_object({
            Attribute.SUBJECT: cert.subject.dump(), Attribute.ISSUER: cert.issuer.dump(),
            Attribute.SERIAL_NUMBER: cert["tbs_certificate"]["serial_number"].dump(),
            Attribute.CLASS: ObjectClass.CERTIFICATE, Attribute.CERTIFICATE_TYPE: CertificateType.X_509,
            Attribute.TOKEN: True, Attribute.LABEL: KEY, Attribute.ID: b"\x01",
            Attribute.VALUE: cert.dump(),
        })
    return conf


@pytest.mark.parametrize("level", ["b-b", "b-t", "b-lt", "b-lta"])
def test_token_signs_at_every_level(level, token, pki, scan, nss_db, tmp_path):
    credential = open_pkcs11(MODULE, LABEL, KEY, PIN)
    try:
        # the token holds only the leaf: the chain comes from the CA's repository / the trust store
        check_certificate(credential, load_trust_roots(pki.root_pem))
        credential.signer.cert_registry.register(pki.cert("interm"))
        with BatchSigner(credential, level=level, tsa_url=pki.tsa_url, trust_roots=load_trust_roots(pki.root_pem)) as b:
            out = b.sign(scan, tmp_path / "token.pdf").output
    finally:
        credential.close()
    report = verify_file(out, pki.root_pem)
    assert report.verdict == "valid", report.to_dict()
    assert report.signatures[0].level == level.upper()
    assert_independently_valid(out, pki, nss_db)


def test_cli_token_pin_from_environment(token, pki, scan, tmp_path):
    args = ("sign", str(scan), "--out", str(tmp_path), "--pkcs11-module", MODULE, "--token-label", LABEL,
            "--key-label", KEY, "--level", "b-t", "--tsa", pki.tsa_url, "--json")
    result = tthc(*args, env={"TTHC_PKCS11_PIN": PIN})
    assert result.returncode == 0, result.stdout + result.stderr
    assert json.loads(result.stdout)["signed"] == 1
    assert verify_file(tmp_path / scan.name, pki.root_pem).signatures[0].intact

    wrong = tthc(*args, env={"TTHC_PKCS11_PIN": "000000"})
    assert wrong.returncode == ExitCode.input_error and "PIN" in wrong.stderr
    no_pin = tthc(*args)
    assert no_pin.returncode == ExitCode.usage and "TTHC_PKCS11_PIN" in no_pin.stderr
    no_key = tthc("sign", str(scan), "--out", str(tmp_path), "--pkcs11-module", MODULE, "--token-label", LABEL,
                  "--key-label", "khong-co", "--level", "b-b", env={"TTHC_PKCS11_PIN": PIN})
    assert no_key.returncode == ExitCode.input_error and "khong-co" in no_key.stderr

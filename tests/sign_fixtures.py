"""What the signing fixtures (conftest.py) are built from, and the independent checkers the signing tests use:
the served test PKI's password, small scanned PDFs, pdfsig and NSS verdicts, a tampered copy."""

from __future__ import annotations

import logging
import re
import subprocess
import tempfile
from pathlib import Path

import pki_server
from helpers import scan_pdf, text_page

logging.getLogger("werkzeug").setLevel(logging.ERROR)
PASSWORD = pki_server.P12_PASSWORD


def make_scan(folder: Path) -> Path:
    """A one-page scanned result (JPEG page, as scanners write them)."""
    return scan_pdf(folder / "giay-phep.pdf", [text_page(dpi=150)], dpi=150)


def make_nss_db(pki, folder: Path) -> str:
    """An NSS database that trusts the test root, for pdfsig."""
    subprocess.run(["certutil", "-N", "-d", f"sql:{folder}", "--empty-password"], check=True, capture_output=True)
    subprocess.run(["certutil", "-A", "-d", f"sql:{folder}", "-n", "tthc-root", "-t", "CT,C,C", "-i",
                    str(pki.root_pem)], check=True, capture_output=True)
    return f"sql:{folder}"


def pdfsig(path: Path, nss_db: str) -> list[dict]:
    """pdfsig's findings per signature, parsed from its text (its exit code is 0 even on a mismatch)."""
    proc = subprocess.run(["pdfsig", "-nssdir", nss_db, str(path)], capture_output=True, text=True, timeout=60)
    blocks = re.split(r"^Signature #\d+:", proc.stdout, flags=re.M)[1:]
    found = []
    for block in blocks:
        fields = dict(re.findall(r"^\s*- ([^:\n]+): (.*)$", block, flags=re.M))
        found.append(fields)
    return found


def nss_chains(path: Path, nss_db: str) -> list[str]:
    """NSS's own verdict (vfychain, usage 4 = e-mail signer, as pdfsig asks) on the chain of each CMS
    signature in ``path``: the signer's certificate first, then the others the CMS carries."""
    from asn1crypto import cms

    from tthc_digitize._exec.openssl import signed_parts

    verdicts = []
    with tempfile.TemporaryDirectory() as tmp:
        for n, (_, _, der) in enumerate(signed_parts(path.read_bytes())):
            signed = cms.ContentInfo.load(der)["content"]
            if signed["encap_content_info"]["content_type"].native == "tst_info":
                continue
            serial = signed["signer_infos"][0]["sid"].chosen["serial_number"].native
            certs = sorted((c.chosen for c in signed["certificates"]), key=lambda c: c.serial_number != serial)
            files = []
            for i, cert in enumerate(certs):
                files.append(Path(tmp) / f"{n}-{i}.der")
                files[-1].write_bytes(cert.dump())
            proc = subprocess.run(["vfychain", "-d", nss_db, "-u", "4", *map(str, files)], capture_output=True,
                                  text=True, timeout=60)
            verdicts.append((proc.stdout + proc.stderr).strip())
    return verdicts


def credential(pki, label: str):
    from tthc_digitize.sign.signers import load_pkcs12

    return load_pkcs12(pki.p12(label), PASSWORD)


def flip_byte_in_signed_range(src: Path, dst: Path) -> None:
    """Change one byte inside the first signed range (the page image, well away from the signature)."""
    data = bytearray(src.read_bytes())
    a, b, c, d = (int(x) for x in re.search(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)", data).groups())
    pos = b // 2
    data[pos] ^= 0x01
    dst.write_bytes(bytes(data))

"""A clearly labelled self-signed DEMO identity for tests that need a quick signer and no PKI server
(``tthc demo`` itself now uses the served demo PKI, ``tthc_digitize.demo_pki``): a demo root CA and a demo agency
certificate, generated with ``cryptography`` on first run and kept as PKCS#12 in a folder the caller
gives. Every subject says it is a demo with no legal value; nothing here is for real documents."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

DEMO_PASSWORD = "demo-khong-co-gia-tri"  # a demo key: the password protects nothing real
DEMO_ORG = "tthc-digitize CHẠY THỬ (không có giá trị pháp lý / DEMO, no legal value)"


@dataclass(frozen=True)
class DemoIdentity:
    pkcs12: Path
    root_pem: Path
    password: str = DEMO_PASSWORD


def ensure_demo_identity(folder: Path, agency: str) -> DemoIdentity:
    folder = Path(folder)
    identity = DemoIdentity(folder / "demo-agency.p12", folder / "demo-root.pem")
    if identity.pkcs12.is_file() and identity.root_pem.is_file():
        return identity
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    def name(common: str) -> x509.Name:
        # cryptography caps a common name at 64 bytes of UTF-8 (Vietnamese letters take 2-3 each):
        # a long agency name is cut, the demo label kept
        suffix = " (CHẠY THỬ)" if common.endswith(" (CHẠY THỬ)") else ""
        body = common[: len(common) - len(suffix)]
        while len((body + suffix).encode()) > 64:
            body = body[:-2].rstrip() + "…"
        common = body + suffix
        return x509.Name([
            x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, DEMO_ORG),
            x509.NameAttribute(NameOID.COMMON_NAME, common),
        ])

    now = datetime.now(timezone.utc) - timedelta(minutes=5)
    root_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    root_name = name("CA gốc CHẠY THỬ tthc-digitize")
    root = (
        x509.CertificateBuilder().subject_name(root_name).issuer_name(root_name)
        .public_key(root_key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now).not_valid_after(now + timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(x509.KeyUsage(True, False, False, False, False, True, True, False, False), critical=True)
        .sign(root_key, hashes.SHA256())
    )
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    leaf = (
        x509.CertificateBuilder().subject_name(name(f"{agency} (CHẠY THỬ)")).issuer_name(root_name)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now).not_valid_after(now + timedelta(days=825))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
        .sign(root_key, hashes.SHA256())
    )
    folder.mkdir(parents=True, exist_ok=True)
    identity.root_pem.write_bytes(root.public_bytes(serialization.Encoding.PEM))
    identity.pkcs12.write_bytes(pkcs12.serialize_key_and_certificates(
        b"demo-agency", key, leaf, [root], serialization.BestAvailableEncryption(DEMO_PASSWORD.encode())))
    return identity

"""The test PKI (tests/pki/certomancer.yml) served by certomancer's animator on 127.0.0.1, in a thread.

Keys are generated fresh for each test session; certificates, PKCS#12 files and the root PEM are written
to a temporary folder. TSA, OCSP, CRL and certificate-repository requests are real HTTP to the server.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import yaml
from certomancer.integrations.animator import Animator, AnimatorArchStore
from certomancer.registry import ArchLabel, CertLabel, CertomancerConfig
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from werkzeug.serving import make_server

CONFIG = Path(__file__).parent / "pki" / "certomancer.yml"
ARCH = ArchLabel("tthc")
P12_PASSWORD = "mat-khau-thu"


def generate_keys(folder: Path) -> None:
    config = yaml.safe_load(CONFIG.read_text(encoding="utf-8"))
    for key in config["keysets"]["tthc"]["keys"].values():
        path = folder / key["path"]
        if not path.exists():
            private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
            path.write_bytes(private.private_bytes(
                serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))


class _Late:
    """The WSGI app is known only once the port is: the URLs in the certificates name it."""

    app = None

    def __call__(self, environ, start_response):
        return self.app(environ, start_response)


@dataclass
class TestPKI:
    folder: Path
    url: str
    arch: object
    animator: Animator
    server: object = field(repr=False)

    @property
    def tsa_url(self) -> str:
        return f"{self.url}/tthc/tsa/tsa"

    @property
    def root_pem(self) -> Path:
        return self.folder / "root.pem"

    def p12(self, label: str) -> Path:
        path = self.folder / f"{label}.p12"
        if not path.exists():
            path.write_bytes(self.arch.package_pkcs12(CertLabel(label), password=P12_PASSWORD.encode()))
        return path

    def cert(self, label: str):
        return self.arch.get_cert(CertLabel(label))

    def key_pem(self, label: str) -> Path:
        return self.folder / f"{label}.key.pem"

    def set_time(self, when: datetime | None) -> None:
        """Make the OCSP responder, CRLs and TSA answer as at ``when`` (None: the real clock)."""
        self.animator.fixed_time = when

    def stop(self) -> None:
        self.server.shutdown()


def serve(folder: Path, config: dict | None = None) -> TestPKI:
    """Start the animator for the test PKI (``config``: a modified copy of the YAML, if given)."""
    folder.mkdir(parents=True, exist_ok=True)
    generate_keys(folder)
    late = _Late()
    server = make_server("127.0.0.1", 0, late, threaded=True)
    url = f"http://127.0.0.1:{server.server_port}"
    cfg = CertomancerConfig(
        config or yaml.safe_load(CONFIG.read_text(encoding="utf-8")), key_search_dir=str(folder),
        external_url_prefix=url,
    )
    arch = cfg.get_pki_arch(ARCH)
    animator = Animator(AnimatorArchStore(cfg.pki_archs), with_web_ui=False)
    late.app = animator
    threading.Thread(target=server.serve_forever, daemon=True).start()
    pki = TestPKI(folder=folder, url=url, arch=arch, animator=animator, server=server)
    pki.root_pem.write_bytes(_pem(arch.get_cert(CertLabel("root")).dump()))
    return pki


def _pem(der: bytes) -> bytes:
    from asn1crypto import pem

    return pem.armor("CERTIFICATE", der)

"""The test PKI (tests/pki/certomancer.yml) served by certomancer's animator on 127.0.0.1, in a thread.

Keys are generated fresh for each test session; certificates, PKCS#12 files and the root PEM are written
to a temporary folder. TSA, OCSP, CRL and certificate-repository requests are real HTTP to the server.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import yaml
from certomancer.registry import CertLabel

from tthc_digitize.demo_pki import DemoPKI, start

CONFIG = Path(__file__).parent / "pki" / "certomancer.yml"
P12_PASSWORD = "mat-khau-thu"


class TestPKI(DemoPKI):
    """The demo's served PKI with the test architecture's password, its keys and a settable clock."""

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


def serve(folder: Path, config: dict | None = None) -> TestPKI:
    """Start the animator for the test PKI (``config``: a modified copy of the YAML, if given)."""
    return start(folder, config or yaml.safe_load(CONFIG.read_text(encoding="utf-8")), served=TestPKI)

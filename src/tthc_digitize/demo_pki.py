"""The demo PKI of ``tthc demo``: certomancer's animator on 127.0.0.1 in a thread, while the demo runs.

B-LT needs a timestamp and revocation data; the demo must need no network, so it brings its own
clearly labelled CA, TSA, OCSP responder and CRLs (``data/demo-pki.yml``; no legal value). Keys are
kept in the demo's output folder so that a re-run issues under the same root.
"""

from __future__ import annotations

import logging
import secrets
import threading
from dataclasses import dataclass, field
from pathlib import Path

CONFIG = Path(__file__).parent / "data" / "demo-pki.yml"
PASSWORD_FILE = "demo-keys.pass"


@dataclass
class DemoPKI:
    """A certomancer architecture served on 127.0.0.1 (what the demo and the tests' PKI both need)."""

    folder: Path
    url: str
    arch: object = field(repr=False)
    animator: object = field(repr=False)
    server: object = field(repr=False)

    @property
    def tsa_url(self) -> str:
        return f"{self.url}/tthc/tsa/tsa"

    @property
    def root_pem(self) -> Path:
        return self.folder / "root.pem"

    @property
    def password(self) -> str:
        """The demo keys' password: random, made once per PKI folder and kept beside the keys, readable
        by the owner only (a password in the source would protect nothing)."""
        path = self.folder / PASSWORD_FILE
        if not path.exists():
            path.touch(mode=0o600)
            path.chmod(0o600)
            path.write_text(secrets.token_urlsafe(24), encoding="utf-8")
        return path.read_text(encoding="utf-8").strip()

    def p12(self, label: str) -> Path:
        from certomancer.registry import CertLabel  # heavy: certomancer, loaded only for the demo PKI

        path = self.folder / f"{label}.p12"
        path.touch(mode=0o600)  # a private key: never readable by others, not even for a moment
        path.chmod(0o600)
        path.write_bytes(self.arch.package_pkcs12(CertLabel(label), password=self.password.encode()))
        return path

    def stop(self) -> None:
        self.server.shutdown()

    def __enter__(self) -> "DemoPKI":
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


def _keys(folder: Path, config: dict) -> None:
    from cryptography.hazmat.primitives import (
        serialization,  # heavy: cryptography, loaded only when keys or certificates are handled
    )
    from cryptography.hazmat.primitives.asymmetric import (
        rsa,  # heavy: cryptography, loaded only when keys or certificates are handled
    )

    for key in config["keysets"]["tthc"]["keys"].values():
        path = folder / key["path"]
        if not path.exists():
            private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
            path.write_bytes(private.private_bytes(
                serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
            path.chmod(0o600)


def start(folder: Path, config: dict, arch_label: str = "tthc", served: type[DemoPKI] = DemoPKI) -> DemoPKI:
    """Keys made once into ``folder`` (kept across runs), the animator on a free loopback port in a
    thread, and ``folder/root.pem`` written; ``served``: the class to hand it back as. The
    certificates name the port, so the WSGI app is built once the port is known."""
    from asn1crypto import pem  # heavy: asn1crypto (with pyHanko), loaded only when signing or validating
    from certomancer.integrations.animator import (  # heavy: certomancer, loaded only for the demo PKI
        Animator,
        AnimatorArchStore,
    )
    from certomancer.registry import (  # heavy: certomancer, loaded only for the demo PKI
        ArchLabel,
        CertLabel,
        CertomancerConfig,
    )
    from werkzeug.serving import make_server  # heavy: werkzeug, loaded only to serve the demo PKI

    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    folder.mkdir(parents=True, exist_ok=True)
    _keys(folder, config)
    app: dict = {}
    server = make_server("127.0.0.1", 0, lambda env, start: app["wsgi"](env, start), threaded=True)
    url = f"http://127.0.0.1:{server.server_port}"
    cfg = CertomancerConfig(config, key_search_dir=str(folder), external_url_prefix=url)
    arch = cfg.get_pki_arch(ArchLabel(arch_label))
    app["wsgi"] = animator = Animator(AnimatorArchStore(cfg.pki_archs), with_web_ui=False)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    (folder / "root.pem").write_bytes(pem.armor("CERTIFICATE", arch.get_cert(CertLabel("root")).dump()))
    return served(folder, url, arch, animator, server)


def serve(folder: Path) -> DemoPKI:
    import yaml  # heavy: PyYAML, loaded only for the demo PKI's configuration

    return start(folder, yaml.safe_load(CONFIG.read_text(encoding="utf-8")))

"""Credentials for a signing run: where their secrets come from, and one checked signer on them.

Secrets come from the environment or, on a terminal, a hidden prompt — never from argv, where any
user of the machine could read them in the process list.
"""

from __future__ import annotations

import dataclasses
import getpass
import os
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

from tthc_digitize.errors import UsageError
from tthc_digitize.i18n import Message, tr

# the official's own key is asked for apart from the agency's, so a script can hold both
AGENCY_SECRETS = ("TTHC_PKCS12_PASSWORD", "TTHC_PKCS11_PIN")
OFFICIAL_SECRETS = ("TTHC_OFFICIAL_PKCS12_PASSWORD", "TTHC_OFFICIAL_PKCS11_PIN")


def secret(env: str, what_key: str, prompt_key: str) -> str | None:
    """The secret in ``env``, else asked for on a terminal; a script without it is told which variable to set."""
    value = os.environ.get(env)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise UsageError("sign.secret_needed", what=Message(what_key), env=env)
    return getpass.getpass(tr(prompt_key) + ": ")


def open_configured_credential(settings, envs: tuple[str, str] = AGENCY_SECRETS):
    """Open the credential of ``settings`` (a ``[sign]`` section), asking for its secret only when it needs one."""
    from tthc_digitize.sign.signers import open_credential  # heavy: pyhanko, cryptography

    password = pin = None
    if settings.pkcs12:
        password = secret(envs[0], "sign.secret_p12", "sign.prompt_p12")
    elif settings.pkcs11_module:
        pin = secret(envs[1], "sign.secret_pin", "sign.prompt_pin")
    return open_credential(settings, password, pin)


@contextmanager
def checked_signer(settings, level: str, open_it: Callable[[], object] | None = None) -> Iterator[tuple]:
    """One batch signer at ``level`` on a checked credential; yields (signer, trust roots). The roots
    are read before the credential is opened (``open_it``, default the ``[sign]`` one), so a bad trust
    path fails before anyone is asked for a PIN; the credential is closed afterwards."""
    from tthc_digitize.sign.pades import BatchSigner  # heavy: pyhanko, cryptography
    from tthc_digitize.sign.signers import check_certificate, load_trust_roots

    roots = load_trust_roots(settings.trust)
    credential = open_it() if open_it else open_configured_credential(settings)
    try:
        check_certificate(credential, roots)
        with BatchSigner(credential, level=level, tsa_url=settings.tsa_url or None, trust_roots=roots) as signer:
            yield signer, roots
    finally:
        credential.close()


def agency_signer(config):
    """The agency key of ``[sign]``, checked, in a signer at ``[copies] level``; yields (signer, roots)."""
    return checked_signer(config.sign, config.copies.level)


@contextmanager
def official_signer(config, pkcs12: Path | None, module: str | None, token: str | None, key: str | None):
    """The certifying official's own key (file or token), checked, at ``[copies] level``; yields the signer."""
    if not pkcs12 and not module:
        raise UsageError("copies.certify_no_official")
    settings = dataclasses.replace(config.sign, pkcs12=str(pkcs12) if pkcs12 else "", pkcs11_module=module or "",
                                   token_label=token or "", key_label=key or "")
    with checked_signer(config.sign, config.copies.level,
                        lambda: open_configured_credential(settings, OFFICIAL_SECRETS)) as (signer, _):
        yield signer


def sign_files(files: list[Path], out_dir: Path, settings) -> list:
    """``tthc sign``: the ``[sign]`` credential, checked against its trust roots, signs every file at
    ``settings.level`` into ``out_dir``; returns one item per file (its output or its error)."""
    from tthc_digitize.sign.pades import sign_batch  # heavy: pyhanko, cryptography
    from tthc_digitize.sign.signers import check_certificate, load_trust_roots

    roots = load_trust_roots(settings.trust)
    credential = open_configured_credential(settings)
    try:
        check_certificate(credential, roots)
        return sign_batch(files, out_dir, credential, level=settings.level, tsa_url=settings.tsa_url or None,
                          trust_roots=roots)
    finally:
        credential.close()

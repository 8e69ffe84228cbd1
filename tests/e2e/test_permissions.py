"""Nothing the tool writes into a warehouse is readable by other users of the machine (issue 16, finding 6)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from test_faults import AGENCY, CODE, make_results, tthc


def test_warehouse_files_are_not_world_readable_whatever_the_callers_umask(tmp_path):
    before = os.umask(0o022)  # the usual login umask: files 0644 unless the tool says otherwise
    try:
        results = tmp_path / "da-so-hoa"
        make_results(results, 2)
        home = tmp_path / "kho"
        assert tthc("init", "--home", str(home), "--agency-name", AGENCY, "--agency-code", CODE).returncode == 0
        loaded = tthc("load", str(results), "--home", str(home))
        assert loaded.returncode == 0, loaded.stdout + loaded.stderr
    finally:
        os.umask(before)
    paths = [home, *home.rglob("*")]
    assert any(p.name.endswith(".pdf") for p in paths) and any("register" in p.name for p in paths)
    exposed = [f"{p} {stat.filemode(p.stat().st_mode)}" for p in paths if p.stat().st_mode & 0o007]
    assert exposed == []


def test_demo_keys_are_private_files(tmp_path):
    from tthc_digitize import demo_pki

    before = os.umask(0o022)
    try:
        with demo_pki.serve(tmp_path / "pki") as pki:
            keys = [pki.p12("agency"), pki.p12("official")]
            password = pki.password
            from tthc_digitize.sign.signers import load_pkcs12

            load_pkcs12(keys[0], password)  # the stored password opens the key
    finally:
        os.umask(before)
    secret = tmp_path / "pki" / demo_pki.PASSWORD_FILE
    assert [stat.S_IMODE(p.stat().st_mode) for p in [*keys, secret]] == [0o600] * 3
    assert len(password) >= 24
    sources = "".join(p.read_text(encoding="utf-8") for p in Path(demo_pki.__file__).parent.rglob("*.py"))
    assert password not in sources

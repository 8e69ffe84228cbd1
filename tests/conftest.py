"""Fixtures every layer may use. The expensive ones live here (or in a layer's conftest.py), never in a module a
test imports: a fixture imported into a test module is that module's own, so the test PKI imported into twelve
modules was served twelve times; defined here it is built once per run (once per xdist worker)."""

from __future__ import annotations

import logging
import os
import secrets

import pytest

from helpers import text_page

logging.getLogger("werkzeug").setLevel(logging.ERROR)


@pytest.fixture(autouse=True)
def _vietnamese_by_default(monkeypatch):
    for var in ("LANG", "LC_ALL", "LC_MESSAGES", "TTHC_LANG", "TTHC_CONFIG"):
        monkeypatch.delenv(var, raising=False)


@pytest.fixture
def page_image():
    return text_page


@pytest.fixture(scope="session")
def pki(tmp_path_factory):
    """The test PKI (tests/pki/certomancer.yml) served on 127.0.0.1: fresh keys, real TSA/OCSP/CRL over HTTP."""
    import pki_server  # certomancer and the web stack load only for the tests that sign

    server = pki_server.serve(tmp_path_factory.mktemp("pki"))
    yield server
    server.stop()


@pytest.fixture(scope="session")
def scan(tmp_path_factory):
    """A one-page scanned result (JPEG page, as scanners write them)."""
    from sign_fixtures import make_scan

    return make_scan(tmp_path_factory.mktemp("scan"))


@pytest.fixture(scope="session")
def masters(pki, tmp_path_factory):
    """Signed (B-B, agency key) PDF/A-2b results with their XML records and text, as ingest leaves them."""
    from copies_fixtures import build_masters

    return build_masters(pki, tmp_path_factory.mktemp("masters"), tmp_path_factory.mktemp("raw"))


@pytest.fixture(scope="module")
def served(tmp_path_factory, masters, pki):
    """The verification page with two issued copies (one revoked). Per module on purpose: a module's tests
    spend its per-address request budget and its warehouse's state; the next module gets a fresh server."""
    from serve_fixtures import serving

    with serving(tmp_path_factory.mktemp("serve"), masters, pki) as page:
        yield page


def pytest_configure(config):
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")


# --- PostgreSQL: the machine's server (127.0.0.1:5432, trust auth; TTHC_TEST_PG_URL points elsewhere), one
# new database per test, dropped after it, so runs and tests never see each other's rows
PG_SERVER = os.environ.get("TTHC_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432")


def _admin():
    import psycopg

    return psycopg.connect(f"{PG_SERVER}/postgres", autocommit=True, connect_timeout=3)


@pytest.fixture(scope="session")
def pg_server() -> str:
    """The server's URL; where it does not answer, CI fails (.ci/services should have started it)
    and a developer's run skips saying why."""
    import psycopg

    try:
        _admin().close()
    except psycopg.OperationalError as exc:
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL does not answer at {PG_SERVER}: {exc}")
        pytest.skip(f"PostgreSQL does not answer at {PG_SERVER} (.ci/services starts it): {exc}".strip())
    return PG_SERVER


@pytest.fixture
def pg_url(pg_server):
    """A new empty database for this test: ``tthc_test_<pid>_<random>``."""
    name = f"tthc_test_{os.getpid()}_{secrets.token_hex(4)}"
    with _admin() as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"{pg_server}/{name}"
    finally:
        with _admin() as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def pg_register(pg_url):
    from tthc_digitize.warehouse.postgres_register import PostgresRegister

    repo = PostgresRegister(pg_url)
    yield repo
    repo.close()

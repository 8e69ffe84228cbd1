"""Adapter fixtures. PostgreSQL: the machine's server (127.0.0.1:5432, trust auth; TTHC_TEST_PG_URL to
point elsewhere), one new database per test, dropped after it, so runs and tests never see each
other's rows."""

from __future__ import annotations

import os
import secrets

import pytest

PG_SERVER = os.environ.get("TTHC_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432")


def _admin():
    import psycopg

    return psycopg.connect(f"{PG_SERVER}/postgres", autocommit=True, connect_timeout=3)


@pytest.fixture(scope="session")
def pg_server() -> str:
    """The server's URL, or a skip saying why there is none."""
    try:
        import psycopg
    except ImportError:
        pytest.skip("psycopg is not installed (pip install 'psycopg[binary,pool]')")
    try:
        _admin().close()
    except psycopg.OperationalError as exc:
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

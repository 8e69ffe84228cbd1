"""Fixtures of the adapter tests: the register adapters the contract suite runs against, and pdfsig's NSS
database.

A back-end is one entry in ``ADAPTERS``: how to make the URL of a fresh, empty register for one test,
and how an insider would edit an audit-log row behind the tool's back (the one thing the port must
not be able to do). Adding an adapter = its module + one entry here.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

import pytest
from sign_fixtures import make_nss_db

from tthc_digitize.warehouse.repository import open_repository


@dataclass(frozen=True)
class Adapter:
    new_url: Callable[[Path, pytest.FixtureRequest], str]
    tamper: Callable[[str, int, dict], None]  # (url, seq, new detail): rewrite one audit row's detail


def _sqlite_url(tmp_path: Path, request) -> str:
    return f"sqlite:///{tmp_path / 'register.sqlite'}"


def _pg_url(tmp_path: Path, request) -> str:
    return request.getfixturevalue("pg_url")


def _sqlite_tamper(url: str, seq: int, detail: dict) -> None:
    conn = sqlite3.connect(urlparse(url).path)
    try:
        conn.execute("DROP TRIGGER audit_log_no_update")
        conn.execute("UPDATE audit_log SET detail = ? WHERE seq = ?", [json.dumps(detail), seq])
        conn.commit()
    finally:
        conn.close()


def _pg_tamper(url: str, seq: int, detail: dict) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change")
        conn.execute("UPDATE audit_log SET detail = %s WHERE seq = %s", [json.dumps(detail), seq])
        conn.execute("ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_change")


ADAPTERS = {"sqlite": Adapter(_sqlite_url, _sqlite_tamper), "postgresql": Adapter(_pg_url, _pg_tamper)}


@pytest.fixture(params=sorted(ADAPTERS))
def adapter(request) -> Adapter:
    return ADAPTERS[request.param]


@pytest.fixture
def register_url(adapter, tmp_path, monkeypatch, request) -> str:
    monkeypatch.setenv("TTHC_NOW", "2026-06-15T10:00:00+07:00")
    return adapter.new_url(tmp_path, request)


@pytest.fixture
def register(register_url):
    """A fresh register, opened through the port (``open_repository``) only."""
    repo = open_repository(register_url, busy_timeout=10.0, durable=False)
    yield repo
    repo.close()


@pytest.fixture(scope="session")
def nss_db(pki, tmp_path_factory) -> str:
    """An NSS database that trusts the test root, for pdfsig."""
    return make_nss_db(pki, tmp_path_factory.mktemp("nss"))

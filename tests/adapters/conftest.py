"""Fixtures only the adapter tests use."""

from __future__ import annotations

import pytest

from sign_fixtures import make_nss_db


@pytest.fixture(scope="session")
def nss_db(pki, tmp_path_factory) -> str:
    """An NSS database that trusts the test root, for pdfsig."""
    return make_nss_db(pki, tmp_path_factory.mktemp("nss"))

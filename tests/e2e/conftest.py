"""Fixtures only the end-to-end tests use."""

from __future__ import annotations

import json

import pytest

from copies_fixtures import batch_signer, make_home
from helpers import SAMPLE_AGENCY, SAMPLES, tthc


@pytest.fixture(scope="session")
def ingested(tmp_path_factory):
    """The committed samples through `tthc ingest` once per test session: (output folder, report by name)."""
    out = tmp_path_factory.mktemp("samples-out")
    result = tthc("ingest", SAMPLES, "--out", out, "--json", "--agency", SAMPLE_AGENCY, check=True)
    return out, {f["path"].rsplit("/", 1)[-1]: f for f in json.loads(result.stdout)["files"]}


@pytest.fixture
def home(tmp_path, masters, pki):
    """A warehouse with the masters loaded and the sample master register imported (see make_home)."""
    return make_home(tmp_path / "kho", masters, pki)


@pytest.fixture
def agency_signer(pki):
    with batch_signer(pki) as signer:
        yield signer

"""Register e-copies on a real warehouse with real signatures (test PKI at B-LT): what is refused,
what the copy is, how numbers run."""

from __future__ import annotations

import re
import subprocess

import pymupdf
import pytest

from copies_fixtures import AGENCY, agency_signer, home, masters, pki  # noqa: F401
from helpers import assert_valid_pdfa
from tthc_digitize.copies.issue import Requester, issue_copy
from tthc_digitize.errors import InputFileError
from tthc_digitize.sign.signers import load_trust_roots
from tthc_digitize.sign.verify import verify_file
from tthc_digitize.warehouse.service import open_warehouse


@pytest.fixture
def wh(home):  # noqa: F811
    warehouse = open_warehouse(home)
    yield warehouse
    warehouse.close()


def first_result(wh):
    return wh.repo.query("SELECT id, holder_id FROM results ORDER BY id LIMIT 1")[0]


def test_issued_copy_is_pdfa_signed_stamped_and_registered(wh, agency_signer, pki, tmp_path):  # noqa: F811
    row = first_result(wh)
    roots = load_trust_roots(pki.root_pem)
    out = tmp_path / "ban-sao.pdf"
    issued = issue_copy(wh, row["id"], Requester(row["holder_id"], "Người Yêu Cầu", purpose="Bổ sung hồ sơ"),
                        agency_signer, out, roots)
    assert re.fullmatch(r"01/BS-STP", issued.number)
    assert_valid_pdfa(out)
    report = verify_file(out, pki.root_pem)
    assert report.ok, report.to_dict()
    assert [s.level for s in report.signatures if s.kind == "signature"] == ["B-LT"]
    print(issued.timings)

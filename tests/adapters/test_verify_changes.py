"""Changes after a signature are named, allowed or not (issue 17): stray bytes and a new title make the
verdict "changed" (exit 10); what our own ``ltv refresh`` adds is listed but stays valid (exit 0)."""

from __future__ import annotations

import json
import shutil

from sign_fixtures import credential
from helpers import tthc
from tthc_digitize.errors import ExitCode
from tthc_digitize.sign.ltv import refresh
from tthc_digitize.sign.pades import sign_file
from tthc_digitize.sign.signers import load_trust_roots
from tthc_digitize.sign.verify import verify_file


def _retitle(path, title: str) -> None:
    """An incremental update that changes only the document information's title."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    with path.open("r+b") as fh:
        writer = IncrementalPdfFileWriter(fh)
        writer.trailer["/Info"]["/Title"] = generic.TextStringObject(title)
        writer.mark_update(writer.trailer.raw_get("/Info"))
        writer.write_in_place()


def test_appended_bytes_and_a_new_title_are_named_and_the_untouched_file_is_clean(pki, scan, tmp_path):
    signed = tmp_path / "signed.pdf"
    sign_file(credential(pki, "agency"), scan, signed, level="b-t", tsa_url=pki.tsa_url)
    clean = verify_file(signed, pki.root_pem)
    assert clean.verdict == "valid" and clean.changes == []

    appended = tmp_path / "appended.pdf"
    appended.write_bytes(signed.read_bytes() + b"\n% them vao sau khi ky\n" * 3)
    result = tthc("verify", str(appended), "--trust", str(pki.root_pem))
    assert result.returncode == ExitCode.changed_after_signing, result.stdout + result.stderr
    assert "Sau chữ ký đã thêm 69 byte không thuộc bản ký" in result.stdout
    assert "ĐÃ BỊ THÊM HOẶC SỬA" in result.stdout

    retitled = tmp_path / "retitled.pdf"
    shutil.copy(signed, retitled)
    _retitle(retitled, "Giấy phép giả")
    result = tthc("verify", str(retitled), "--trust", str(pki.root_pem))
    assert result.returncode == ExitCode.changed_after_signing, result.stdout + result.stderr
    assert "Sau chữ ký đã sửa thông tin tài liệu (" in result.stdout and "Tiêu đề" in result.stdout
    data = json.loads(tthc("--lang", "en", "verify", str(retitled), "--trust", str(pki.root_pem), "--json").stdout)
    assert data["verdict"] == "changed" and data["ok"] is False
    (change,) = data["changes"]
    assert change["kind"] == "info" and "/Title" in change["fields"] and change["expected"] is False
    # pyHanko alone lets both through as allowed updates: the signature itself is still intact
    (sig,) = data["signatures"]
    assert sig["intact"] and sig["modifications_allowed"] and sig["changes"] == [change]


def test_what_ltv_refresh_adds_is_listed_but_not_suspicious(pki, scan, tmp_path):
    path = tmp_path / "lta.pdf"
    sign_file(credential(pki, "agency"), scan, path, level="b-lta", tsa_url=pki.tsa_url)
    before = verify_file(path, pki.root_pem)
    (outcome,) = refresh([path], pki.tsa_url, trust_roots=load_trust_roots(pki.root_pem))
    assert outcome.status == "refreshed"
    report = verify_file(path, pki.root_pem)
    assert report.verdict == "valid", report.to_dict()
    assert len(report.changes) > len(before.changes) and report.unexpected_changes == []
    assert [c.kind for c in report.changes].count("doc_timestamp") == 2
    assert {c.kind for c in report.signatures[0].changes} == {"doc_timestamp", "dss"}
    result = tthc("verify", str(path), "--trust", str(pki.root_pem))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Sau chữ ký đã thêm dấu thời gian tài liệu" in result.stdout


def test_a_change_pades_forbids_is_named_and_fails_the_format(pki, scan, tmp_path):
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    signed = tmp_path / "signed.pdf"
    sign_file(credential(pki, "agency"), scan, signed, level="b-b")
    with signed.open("r+b") as fh:
        writer = IncrementalPdfFileWriter(fh)
        writer.add_stream_to_page(0, writer.add_object(generic.StreamObject(stream_data=b"0 0 1 rg 20 20 90 30 re f")))
        writer.write_in_place()
    result = tthc("verify", str(signed), "--trust", str(pki.root_pem))
    assert result.returncode == ExitCode.invalid_signature, result.stdout + result.stderr
    assert "Sau chữ ký đã sửa nội dung trang hoặc cấu trúc khác: PAdES không cho phép" in result.stdout
    (sig,) = verify_file(signed, pki.root_pem).signatures
    # the signed bytes and the chain pass AdES; the update after them fails the signature as PAdES
    assert (sig.indication, sig.subindication) == ("TOTAL-FAILED", "FORMAT_FAILURE") and sig.chain == "trusted"
    # the update itself is also named: "info" when the writer's new modification date differs from
    # the signature's second, otherwise an update of unknown content ("revision")
    kinds = [c.kind for c in sig.changes if not c.expected]
    assert kinds[-1] == "content" and kinds[:-1] in (["info"], ["revision"])

"""Batch metadata from the clerk: --procedure, --agency-code, --manifest; metadata-only re-runs;
tthc extract --xml. Uses the born-digital sample (no OCR), so it runs in seconds."""

from __future__ import annotations

import json
import shutil

import pytest
from lxml import etree

from helpers import SAMPLES, tthc
from tthc_digitize.ingest.sources import sha256_file
from tthc_digitize.metadata import xml

AGENCY = "Sở Nội vụ tỉnh Thử Nghiệm"


@pytest.fixture
def scans(tmp_path):
    src = tmp_path / "in"
    (src / "2020").mkdir(parents=True)
    shutil.copy(SAMPLES / "quyet-dinh-so.pdf", src / "2020" / "qd-15.pdf")
    return src


def _ingest(scans, out, *extra, env=None):
    result = tthc("ingest", scans, "--out", out, "--json", "--agency", AGENCY, *extra, env=env)
    return result, json.loads(result.stdout) if result.stdout.strip() else None


def _manifest(path, text):
    path.write_text(text, encoding="utf-8-sig")
    return path


def test_manifest_and_flags_override_extraction_then_a_new_manifest_redoes_only_the_metadata(scans, tmp_path):
    out = tmp_path / "out"
    manifest = _manifest(tmp_path / "m.csv", "file,dossier_code,register_entry,register_volume,register_year,holder_id\n"
                                             "2020/qd-15.pdf,000.00.00.G12-200103-0042,15,01,2020,0100109106\n")
    result, report = _ingest(scans, out, "--procedure", "1.004227", "--agency-code", "000.00.00.G12", "--manifest", manifest)
    assert result.returncode == 0, result.stderr
    xml_path = out / "2020" / "qd-15.xml"
    assert xml.schema().validate(etree.fromstring(xml_path.read_bytes()))
    record = xml.from_xml(xml_path.read_bytes())
    assert record.dossier_code == "000.00.00.G12-200103-0042" and record.procedure_code == "1.004227"
    assert (record.register_volume, record.register_entry, record.register_year) == ("01", "15", 2020)
    assert record.conversion_agency_code == "000.00.00.G12"
    assert record.holder_id == "0100109106" and record.code_number == "15"  # manifest wins, extraction fills the rest
    fields = json.loads((out / "2020" / "qd-15.fields.json").read_text(encoding="utf-8"))["fields"]
    assert fields["holder_id"] == {**fields["holder_id"], "confidence": 1.0, "source": "manifest", "needs_review": False}
    assert fields["procedure_code"]["source"] == "batch"
    pdf_sha = sha256_file(out / "2020" / "qd-15.pdf")

    _manifest(manifest, "file,dossier_code\nqd-15.pdf,000.00.00.G12-200103-0099\n")  # by name alone
    again, report = _ingest(scans, out, "--procedure", "1.004227", "--agency-code", "000.00.00.G12", "--manifest", manifest)
    assert again.returncode == 0, again.stderr
    entry = report["files"][0]
    assert entry["pages"] == [] and any("chỉ làm lại siêu dữ liệu" in w for w in entry["warnings"])  # no OCR
    assert sha256_file(out / "2020" / "qd-15.pdf") == pdf_sha
    record = xml.from_xml(xml_path.read_bytes())
    assert record.dossier_code == "000.00.00.G12-200103-0099" and record.register_entry is None

    same, report = _ingest(scans, out, "--procedure", "1.004227", "--agency-code", "000.00.00.G12", "--manifest", manifest)
    assert same.returncode == 0 and report["files"][0]["status"] == "skipped"


def test_a_clerks_correction_survives_a_metadata_rerun(scans, tmp_path):
    out = tmp_path / "out"
    assert _ingest(scans, out)[0].returncode == 0
    assert tthc("review", "set", out, "2020/qd-15", "holder_id=0100109106", "--by", "Lê Văn A").returncode == 0
    (tmp_path / "tthc.toml").write_text('[metadata]\nprocedure_code = "1.004227"\n', encoding="utf-8")
    rerun, _ = _ingest(scans, out, env={"TTHC_CONFIG": str(tmp_path / "tthc.toml")})
    assert rerun.returncode == 0, rerun.stderr
    record = xml.from_xml((out / "2020" / "qd-15.xml").read_bytes())
    assert record.holder_id == "0100109106" and record.procedure_code == "1.004227"


def test_bad_manifests_are_refused_before_any_work(scans, tmp_path):
    out = tmp_path / "out"
    unknown = _manifest(tmp_path / "u.csv", "file,dosier_code\nqd-15.pdf,x\n")
    result, _ = _ingest(scans, out, "--manifest", unknown)
    assert result.returncode == 2 and "dosier_code" in result.stderr and "Traceback" not in result.stderr
    assert not (out / "2020" / "qd-15.pdf").exists()
    bad_value = _manifest(tmp_path / "b.csv", "file;valid_until\nqd-15.pdf;31/02/2030\n")
    result, _ = _ingest(scans, out, "--manifest", bad_value)
    assert result.returncode == 2 and "dòng 2" in result.stderr and "valid_until" in result.stderr
    assert tthc("ingest", scans, "--out", out, "--procedure", "1.4227").returncode == 2


def test_a_row_naming_no_input_is_reported_and_the_rest_done(scans, tmp_path):
    out = tmp_path / "out"
    manifest = _manifest(tmp_path / "m.csv", "file,dossier_code\nqd-15.pdf,000.00.00.G12-200103-0042\nkhong-co.pdf,\n")
    result, report = _ingest(scans, out, "--manifest", manifest)
    assert result.returncode == 6
    failed = [f for f in report["files"] if f["status"] == "failed"]
    assert len(failed) == 1 and "khong-co.pdf" in failed[0]["reason"] and "dòng 3" in failed[0]["reason"]
    assert xml.from_xml((out / "2020" / "qd-15.xml").read_bytes()).dossier_code == "000.00.00.G12-200103-0042"


def test_extract_xml(tmp_path):
    target = tmp_path / "ket-qua.xml"
    result = tthc("extract", SAMPLES / "quyet-dinh-so.pdf", "--xml", target, "--agency", AGENCY)
    assert result.returncode == 0, result.stderr
    record = xml.from_xml(target.read_bytes())
    assert (record.code_number, record.code_notation, record.conversion_agency) == ("15", "QĐ-BNV", AGENCY)
    assert record.file_sha256 == sha256_file(SAMPLES / "quyet-dinh-so.pdf") and record.file_dpi is None
    no_agency = tthc("extract", SAMPLES / "quyet-dinh-so.pdf", "--xml", tmp_path / "x.xml")
    assert no_agency.returncode == 8 and "agency_name" in no_agency.stderr and not (tmp_path / "x.xml").exists()

"""The result-record XML: schema, validation on write, defensive parsing."""

from __future__ import annotations

import dataclasses
import time
from datetime import date
from pathlib import Path

import pytest
from lxml import etree

from tthc_digitize.errors import InputFileError, OutputError
from tthc_digitize.metadata import xml
from tthc_digitize.metadata.record import XML_PATHS, ResultRecord

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "schemas" / "examples" / "giay-phep-xa-thai.xml"


def test_schema_folder_and_example():
    assert (ROOT / "schemas" / xml.SCHEMA_FILE).is_file()
    assert xml.schema().validate(etree.parse(str(EXAMPLE)))


def test_every_field_has_an_xml_path():
    assert {f.name for f in dataclasses.fields(ResultRecord)} == set(XML_PATHS)


def test_round_trip_keeps_every_value():
    record = xml.from_xml(EXAMPLE.read_bytes())
    assert record.holder_name == "Công ty TNHH Môi trường Xanh Đức Phát"
    assert record.issued_date == date(2020, 1, 5) and record.valid_until == date(2030, 12, 31)
    assert record.conversion_time.utcoffset().total_seconds() == 7 * 3600
    assert xml.from_xml(xml.to_xml(record)) == record


def test_minimal_record_is_valid():
    record = xml.from_xml(EXAMPLE.read_bytes())
    optional = {f.name: None for f in dataclasses.fields(ResultRecord) if f.default is None}
    minimal = dataclasses.replace(record, **optional)
    assert xml.from_xml(xml.to_xml(minimal)) == minimal


@pytest.mark.parametrize(
    "change",
    [
        {"holder_id": "00108501234"},  # an 11-digit CCCD
        {"organ_id": "000.00.00"},  # agency codes have 13 characters
        {"code_notation": "gp-btnmt"},  # notations are in capitals
        {"file_sha256": "ABC"},
        {"validity_status": "maybe"},
        {"type_name": "   "},
        {"subject": "x" * 501},
        {"procedure_code": "1.4227"},
    ],
)
def test_writing_refuses_what_the_schema_refuses(change):
    record = dataclasses.replace(xml.from_xml(EXAMPLE.read_bytes()), **change)
    with pytest.raises(OutputError) as info:
        xml.to_xml(record)
    assert info.value.key == "xml.invalid" and "line" in info.value.params["detail"]


def test_a_broken_instance_is_reported_with_its_line():
    broken = EXAMPLE.read_bytes().replace(b"<TypeName>GI\xe1\xba\xa4Y PH\xc3\x89P</TypeName>", b"")
    assert broken != EXAMPLE.read_bytes()
    with pytest.raises(InputFileError) as info:
        xml.from_xml(broken)
    assert info.value.key == "xml.invalid"
    assert "TypeName" in info.value.params["detail"]


def test_external_entities_are_refused(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("MẬT KHẨU")
    xxe = (
        f'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file://{secret}">]>'
        f'<KetQuaSoHoa xmlns="{xml.NAMESPACE}" version="1.0"><TypeName>&x;</TypeName></KetQuaSoHoa>'
    ).encode()
    with pytest.raises(InputFileError) as info:
        xml.from_xml(xxe)
    assert info.value.key == "xml.unsafe"
    assert "MẬT KHẨU" not in str(info.value.params)


def test_entity_expansion_is_refused_quickly():
    lol = '<!ENTITY a0 "lol">' + "".join(f'<!ENTITY a{i} "{f"&a{i - 1};" * 10}">' for i in range(1, 10))
    bomb = f'<?xml version="1.0"?><!DOCTYPE r [{lol}]><r>&a9;</r>'.encode()
    start = time.perf_counter()
    with pytest.raises(InputFileError) as info:
        xml.parse(bomb)
    assert info.value.key == "xml.unsafe"
    assert time.perf_counter() - start < 5


def test_size_limit_and_garbage():
    with pytest.raises(InputFileError) as info:
        xml.parse(b"<r>" + b"x" * (xml.MAX_BYTES + 1) + b"</r>")
    assert info.value.key == "xml.too_large"
    with pytest.raises(InputFileError) as info:
        xml.parse(b"<r><unclosed></r>")
    assert info.value.key == "xml.malformed"


def test_schema_is_documented_in_vietnamese():
    tree = etree.parse(str(ROOT / "schemas" / xml.SCHEMA_FILE))
    ns = {"xs": "http://www.w3.org/2001/XMLSchema"}
    docs = tree.findall(".//xs:documentation[@xml:lang='vi']", {**ns, "xml": "http://www.w3.org/XML/1998/namespace"})
    assert len(docs) >= 25
    root_fields = tree.findall("xs:element/xs:complexType/xs:sequence/xs:element", ns)
    undocumented = [e.get("name") for e in root_fields if e.find("xs:annotation", ns) is None
                    and tree.find(f"xs:complexType[@name='{e.get('type')}']/xs:annotation", ns) is None]
    assert not undocumented, undocumented

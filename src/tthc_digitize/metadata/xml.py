"""Writing and reading result records as XML: always validated, always parsed defensively.

Every document written is validated against ``schemas/ket-qua-so-hoa-1.0.xsd`` before it leaves
this module. Reading refuses DTDs (so no external entities and no entity expansion), never touches
the network and caps the size: metadata files arrive from scanners, other agencies and old systems.
"""

from __future__ import annotations

import typing
from datetime import date, datetime
from functools import cache
from importlib import resources

from lxml import etree

from tthc_digitize.errors import InputFileError, OutputError
from tthc_digitize.metadata.record import XML_PATHS, ResultRecord

NAMESPACE = "urn:tthc-digitize:ket-qua-so-hoa:1.0"
SCHEMA_FILE = "ket-qua-so-hoa-1.0.xsd"
MAX_BYTES = 2 * 2**20  # a record is a few KiB; anything this large is not one
_NS = f"{{{NAMESPACE}}}"
_DTD_MARKERS = [m.encode(enc) for m in ("<!DOCTYPE", "<!ENTITY") for enc in ("utf-8", "utf-16-le", "utf-16-be")]


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
        huge_tree=False, remove_blank_text=True,
    )


@cache
def schema() -> etree.XMLSchema:
    xsd = resources.files("tthc_digitize").joinpath("schemas", SCHEMA_FILE).read_bytes()
    return etree.XMLSchema(etree.fromstring(xsd, _parser()))


def _text(value: object) -> str:
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def to_xml(record: ResultRecord) -> bytes:
    """The record as schema-valid XML; raises OutputError naming what the schema refused."""
    root = etree.Element(f"{_NS}KetQuaSoHoa", nsmap={None: NAMESPACE}, version="1.0")
    for field, path in XML_PATHS.items():
        value = getattr(record, field)
        if value is None:
            continue
        parent = root
        *groups, leaf = path.split("/")
        for group in groups:
            found = parent.find(f"{_NS}{group}")
            parent = found if found is not None else etree.SubElement(parent, f"{_NS}{group}")
        try:
            etree.SubElement(parent, f"{_NS}{leaf}").text = _text(value)
        except ValueError:  # a NUL or control character: no XML 1.0 document can carry it
            raise OutputError("xml.invalid", detail=f"{leaf}: {_text(value)!r} holds characters XML cannot carry") from None
    if not schema().validate(root):
        raise OutputError("xml.invalid", detail=_first_error(schema().error_log))
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _first_error(log: etree._ListErrorLog) -> str:
    error = log[0] if len(log) else None
    return f"line {error.line}: {error.message}" if error else "?"


def parse(data: bytes) -> etree._ElementTree:
    """Parse untrusted XML: no DTD, no entities, no network, bounded size."""
    if len(data) > MAX_BYTES:
        raise InputFileError("xml.too_large", size=len(data), limit=MAX_BYTES)
    # refused before parsing: the parser would otherwise fail on an entity bomb with a syntax error
    # that hides what the file tried to do
    if any(marker in data for marker in _DTD_MARKERS):
        raise InputFileError("xml.unsafe", detail="DOCTYPE/ENTITY")
    try:
        tree = etree.ElementTree(etree.fromstring(data, _parser()))
    except etree.XMLSyntaxError as exc:
        raise InputFileError("xml.malformed", detail=str(exc)) from None
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
        raise InputFileError("xml.unsafe", detail="DOCTYPE")
    return tree


def from_xml(data: bytes) -> ResultRecord:
    tree = parse(data)
    if not schema().validate(tree):
        raise InputFileError("xml.invalid", detail=_first_error(schema().error_log))
    root = tree.getroot()
    hints = typing.get_type_hints(ResultRecord)
    values = {}
    for field, path in XML_PATHS.items():
        node = root.find("/".join(f"{_NS}{part}" for part in path.split("/")))
        if node is not None and node.text is not None:
            values[field] = _typed(node.text, hints[field])
    return ResultRecord(**values)


def _typed(text: str, hint: object) -> object:
    kinds = set(typing.get_args(hint)) or {hint}
    if datetime in kinds:
        return datetime.fromisoformat(text)
    if date in kinds:
        return date.fromisoformat(text)
    if int in kinds:
        return int(text)
    return text


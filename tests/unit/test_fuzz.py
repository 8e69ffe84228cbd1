"""Fuzzing the parsers that read what arrives from outside (issue 16): scans (PDF and image intake and
the page decoding a worker does), metadata XML, the ingest manifest and the master-register CSV/XLSX.

Each property: a mutated input either parses or fails with the tool's own named error (a TthcError, or
a register RowError for one row), never an unexpected exception. Runs are derandomised (the same
examples every run, so CI never fails on a different day) and bounded (``max_examples``); crashes
found here are kept below as plain regression tests.
"""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import pymupdf
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image, ImageDraw

from tthc_digitize.config import OcrSettings
from tthc_digitize.errors import TthcError
from tthc_digitize.ingest.analyse import look
from tthc_digitize.ingest.sources import open_source
from tthc_digitize.metadata.manifest import read_manifest
from tthc_digitize.metadata.xml import from_xml, to_xml
from tthc_digitize.warehouse.master_register import RowError, parsed_rows

# CI: 60 derandomised examples per property; TTHC_FUZZ_EXAMPLES=2000 for a longer, random hunt by hand
EXAMPLES = int(os.environ.get("TTHC_FUZZ_EXAMPLES", "0")) or 60
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=EXAMPLES == 60, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
LIMITS = OcrSettings()
EXAMPLE_XML = Path(__file__).resolve().parents[2] / "src" / "tthc_digitize" / "schemas" / "examples" / "giay-phep-xa-thai.xml"
SECRET = "bi-mat-khong-duoc-doc-7f3a"


@st.composite
def mutations(draw, seed: bytes) -> bytes:
    """``seed`` with a few byte-level edits: flips, overwrites, cuts, insertions, duplicated slices."""
    data = bytearray(seed)
    for _ in range(draw(st.integers(1, 6))):
        if not data:
            break
        pos = draw(st.integers(0, len(data) - 1))
        op = draw(st.sampled_from(["flip", "set", "cut", "insert", "delete", "repeat"]))
        if op == "flip":
            data[pos] ^= 1 << draw(st.integers(0, 7))
        elif op == "set":
            data[pos] = draw(st.sampled_from([0, 0xFF, 0x7F, ord("0"), ord("9"), ord(" "), ord("<"), ord("/")]))
        elif op == "cut":
            del data[pos:]
        elif op == "insert":
            data[pos:pos] = draw(st.binary(min_size=1, max_size=16))
        elif op == "delete":
            del data[pos:pos + draw(st.integers(1, 64))]
        else:
            data[pos:pos] = data[pos:pos + draw(st.integers(1, 256))]
    return bytes(data)


def _page_image() -> Image.Image:
    img = Image.new("L", (240, 320), 255)
    draw = ImageDraw.Draw(img)
    for y in range(30, 300, 24):
        draw.line((20, y, 220, y + 2), fill=0, width=3)
    return img


def _png() -> bytes:
    buf = io.BytesIO()
    _page_image().save(buf, "PNG", dpi=(150, 150))
    return buf.getvalue()


def _pdf() -> bytes:
    buf = io.BytesIO()
    _page_image().save(buf, "JPEG", quality=70)
    doc = pymupdf.open()
    page = doc.new_page(width=240 * 72 / 150, height=320 * 72 / 150)
    page.insert_image(page.rect, stream=buf.getvalue())
    return doc.tobytes()


def intake(path: Path) -> str:
    """What ingest does with a file before OCR: open_source in the parent, then each page decoded and
    looked at as a worker does. Returns "refused" or "read"; anything else escapes."""
    from tthc_digitize.ocr.page import PageResult, _file_image, _pdf_page_image

    try:
        source = open_source(path, limits=LIMITS)
    except TthcError:
        return "refused"
    for index in range(source.pages):
        if source.kind == "pdf":
            with pymupdf.open(path) as doc:
                found = _pdf_page_image(str(path), index, doc[index])
        else:
            found = _file_image(path, index, PageResult(number=index + 1, action="ocr", pdf=None))
        img = found.img if found.img.mode in ("1", "L", "RGB") else found.img.convert("RGB")
        look(img, found.dpi)
    return "read"


@pytest.fixture(scope="module")
def scans():
    return {"pdf": _pdf(), "png": _png()}


def test_the_seeds_themselves_are_read(scans, tmp_path):
    for kind, data in scans.items():
        (tmp_path / f"scan.{kind}").write_bytes(data)
        assert intake(tmp_path / f"scan.{kind}") == "read", kind


def test_a_pdf_whose_page_tree_only_mupdf_can_find_is_refused_at_intake(scans, tmp_path):
    """Found by the fuzzer: one digit changed in an object header; MuPDF reads on (no repair flag),
    qpdf finds no page tree, and the worker failed with an internal error."""
    path = tmp_path / "scan.pdf"
    path.write_bytes(scans["pdf"].replace(b"2 0 obj", b"2 1 obj", 1))
    with pytest.raises(TthcError) as refused:
        open_source(path, limits=LIMITS)
    assert refused.value.key == "input.pdf_damaged"


@pytest.mark.parametrize("old, new", [
    (b"/fzImg0 5 0 R", b"/fzImg0 5    "),  # the image resource an integer, not a stream
    (b"/Rotate 0", b"/Rotate/a"),  # a name where a number belongs
    (b"115.2 0 0 153.59999 0", b"115.2 0 0 /x        0"),  # a name among the cm operands
])
def test_a_page_with_objects_of_the_wrong_type_is_rendered_not_crashed_on(scans, tmp_path, old, new):
    """Found by the fuzzer: same-length edits that both readers accept, on which the worker's scan-image
    finder raised AttributeError/TypeError (an internal error for the file)."""
    path = tmp_path / "scan.pdf"
    path.write_bytes(scans["pdf"].replace(old, new, 1))
    assert intake(path) == "read"


@FUZZ
@given(data=st.data())
def test_a_mutated_pdf_is_read_or_refused_by_name(scans, tmp_path, data):
    path = tmp_path / "scan.pdf"
    path.write_bytes(data.draw(mutations(scans["pdf"])))
    intake(path)


@FUZZ
@given(data=st.data())
def test_a_mutated_png_is_read_or_refused_by_name(scans, tmp_path, data):
    path = tmp_path / "scan.png"
    path.write_bytes(data.draw(mutations(scans["png"])))
    intake(path)


# --- metadata XML -----------------------------------------------------------------------------------

@FUZZ
@given(data=st.data())
def test_a_mutated_metadata_xml_is_read_or_refused_by_name(data):
    mutated = data.draw(mutations(EXAMPLE_XML.read_bytes()))
    try:
        record = from_xml(mutated)
    except TthcError:
        return
    to_xml(record)  # what was accepted is a record the tool can write again


@FUZZ
@given(encoding=st.sampled_from(["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "iso-8859-1"]),
       keyword=st.sampled_from(["SYSTEM", "PUBLIC \"-//x//y\""]),
       space=st.sampled_from([" ", "\n", "\t", "  \r\n"]),
       where=st.sampled_from(["declaration", "entity", "parameter"]))
def test_external_entities_stay_refused_in_any_encoding(tmp_path_factory, encoding, keyword, space, where):
    secret = tmp_path_factory.mktemp("xxe") / "secret.txt"
    secret.write_text(SECRET, encoding="utf-8")
    text = EXAMPLE_XML.read_text(encoding="utf-8").split("?>", 1)[1]
    root = text.lstrip().split(maxsplit=1)[0].lstrip("<")
    if where == "parameter":
        dtd = f'<!DOCTYPE {root}{space}[<!ENTITY{space}% p{space}{keyword}{space}"file://{secret}">%p;]>'
    else:
        dtd = f'<!DOCTYPE {root}{space}[<!ENTITY{space}x{space}{keyword}{space}"file://{secret}">]>'
    if where == "entity":
        text = text.replace("</SoKyHieu>", "&x;</SoKyHieu>", 1) if "</SoKyHieu>" in text else text
    doc = f'<?xml version="1.0" encoding="{encoding}"?>\n{dtd}{text}'
    with pytest.raises(TthcError) as refused:
        from_xml(doc.encode(encoding, errors="xmlcharrefreplace"))
    assert refused.value.key in ("xml.unsafe", "xml.malformed"), refused.value.key
    assert SECRET not in str(refused.value.params)


# --- manifest and master register ---------------------------------------------------------------------

CELLS = st.one_of(
    st.text(max_size=40),
    st.sampled_from(["245", "245/GP-BTNMT", "15/03/2024", "2024-03-15", "31/02/2024", "0", "-1", "=1+1", "\"",
                     "a;b", "x,y", "\r", "\n", "\x00", "đã thu hồi", "CCCD", "1e309", "99999999999999999999"]),
    st.just("x" * 140_000),  # over csv's 128 KiB field limit
)
MANIFEST_HEADERS = st.lists(st.sampled_from(["file", "code_number", "issued_date", "holder_id", "holder_name",
                                             "place", "unit", "bogus", "", "file "]), min_size=1, max_size=6)


def _csv(headers: list[str], rows: list[list[str]], delimiter: str) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delimiter)
    writer.writerow(headers)
    writer.writerows(rows)
    return buf.getvalue().encode("utf-8")


@FUZZ
@given(headers=MANIFEST_HEADERS, rows=st.lists(st.lists(CELLS, max_size=7), max_size=6),
       delimiter=st.sampled_from([",", ";", "\t"]), data=st.data())
def test_a_fuzzed_manifest_is_read_or_refused_by_name(tmp_path, headers, rows, delimiter, data):
    raw = _csv(headers, rows, delimiter)
    if data.draw(st.booleans()):
        raw = data.draw(mutations(raw))
    path = tmp_path / "manifest.csv"
    path.write_bytes(raw)
    try:
        read_manifest(path)
    except TthcError:
        pass


REGISTER_HEADERS = st.lists(st.sampled_from(["Số", "Ký hiệu", "Ngày ban hành", "Tình trạng", "Ngày thu hồi",
                                             "Loại định danh", "Mã định danh", "code_number", "issued_date", "x", ""]),
                            min_size=1, max_size=7)


def register_rows(path: Path) -> int:
    """What import_register parses before it writes: every row read, each parsed or refused by name."""
    try:
        return sum(1 for _, entry in parsed_rows(path) if not isinstance(entry, RowError))
    except TthcError:
        return 0


@FUZZ
@given(headers=REGISTER_HEADERS, rows=st.lists(st.lists(CELLS, max_size=8), max_size=6), data=st.data())
def test_a_fuzzed_register_csv_is_read_or_refused_by_name(tmp_path, headers, rows, data):
    raw = _csv(headers, rows, ",")
    if data.draw(st.booleans()):
        raw = data.draw(mutations(raw))
    path = tmp_path / "so-goc.csv"
    path.write_bytes(raw)
    register_rows(path)


def _xlsx(headers, rows) -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    for row in [headers, *rows]:
        sheet.append([_cell(v) for v in row])
    buf = io.BytesIO()
    book.save(buf)
    return _fixed_times(buf.getvalue())


def _fixed_times(xlsx: bytes) -> bytes:
    """openpyxl stamps the save time into docProps/core.xml and every zip entry: pinned, so the same
    example is the same bytes on every run (and a mutation hits the same byte)."""
    import re
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(xlsx)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            data = src.read(name)
            if name == "docProps/core.xml":
                data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2024-01-01T00:00:00Z", data)
            dst.writestr(zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)
    return out.getvalue()


def _cell(value):
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    if isinstance(value, str):
        return ILLEGAL_CHARACTERS_RE.sub("", value)
    return value


XLSX_CELLS = st.one_of(CELLS, st.integers(-10**12, 10**12), st.floats(allow_nan=True), st.dates(), st.datetimes(),
                       st.booleans(), st.none())


@settings(FUZZ, max_examples=max(30, EXAMPLES // 2))
@given(headers=REGISTER_HEADERS, rows=st.lists(st.lists(XLSX_CELLS, max_size=8), max_size=5), data=st.data())
def test_a_fuzzed_register_xlsx_is_read_or_refused_by_name(tmp_path, headers, rows, data):
    raw = _xlsx(headers, rows)
    if data.draw(st.booleans()):
        raw = data.draw(mutations(raw))
    path = tmp_path / "so-goc.xlsx"
    path.write_bytes(raw)
    register_rows(path)


def test_a_register_row_with_a_field_over_the_csv_limit_is_refused_and_the_rest_imported(tmp_path):
    """Issue 16: one 200 KB cell aborted the whole import as an internal error."""
    from copies_fixtures import AGENCY, CODE
    from tthc_digitize.warehouse.master_register import import_register
    from tthc_digitize.warehouse.service import init_warehouse, open_warehouse

    path = tmp_path / "so-goc.csv"
    path.write_text("Số,Ngày ban hành,Trích yếu\n1,15/03/2024," + "x" * 200_000 + "\n2,16/03/2024,ok\n"
                    "3,17/03/2024,\"" + "y" * 150_000 + "\"\n4,18/03/2024,cuối\n", encoding="utf-8")
    wh = open_warehouse(init_warehouse(tmp_path / "kho", AGENCY, CODE).root)
    try:
        report = import_register(wh, path)
    finally:
        wh.close()
    assert report.rows == 4 and report.added == 2
    assert [(line, key) for line, key, _ in report.bad_rows] == [(2, "csv.cell_too_long"), (4, "csv.cell_too_long")]


def test_a_manifest_with_a_field_over_the_csv_limit_is_refused_by_name(tmp_path):
    path = tmp_path / "manifest.csv"
    path.write_text("file,holder_name\na.pdf," + "x" * 200_000 + "\n", encoding="utf-8")
    with pytest.raises(TthcError) as refused:
        read_manifest(path)
    assert refused.value.key == "manifest.unreadable"


def test_a_manifest_value_with_a_control_character_is_refused_by_name(tmp_path):
    """Found by the fuzzer: lxml's ValueError on a control character escaped the value check."""
    path = tmp_path / "manifest.csv"
    path.write_bytes(b"file,holder_name\na.pdf,x\x01y\n")
    with pytest.raises(TthcError) as refused:
        read_manifest(path)
    assert refused.value.key == "manifest.bad_value" and "holder_name" in str(refused.value.params)


@pytest.mark.parametrize("old, new", [(b'r="A1"', b'r=";1"'), (b"<sheetData>", b"<sheetData<")])
def test_a_register_xlsx_with_a_damaged_sheet_is_refused_by_name(tmp_path, old, new):
    """Found by the fuzzer: openpyxl's read-only mode parses the sheet while rows are read, so a damaged
    sheet raised ValueError/ParseError from the middle of the import."""
    import zipfile

    good = _xlsx(["Số", "Ngày ban hành"], [["1", "15/03/2024"]])
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(good)) as src, zipfile.ZipFile(out, "w") as dst:
        for name in src.namelist():
            data = src.read(name)
            dst.writestr(name, data.replace(old, new, 1) if name == "xl/worksheets/sheet1.xml" else data)
    path = tmp_path / "so-goc.xlsx"
    path.write_bytes(out.getvalue())
    with pytest.raises(TthcError) as refused:
        list(parsed_rows(path))
    assert refused.value.key == "register.bad_xlsx"

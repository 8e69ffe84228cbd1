"""The PDF/A-2b checker, on real PDFs built here: one conforming file, then one defect at a time."""

from __future__ import annotations

import io
from collections.abc import Callable
from importlib import resources
from pathlib import Path

import pikepdf
import pymupdf
import pytest
from PIL import Image, ImageCms, ImageDraw
from pikepdf import Array, Dictionary, Name

from tthc_digitize.pdfa.check import PdfaCheckError, Violation, check_pdfa2b, format_violations

GLYPHLESS_TTF = Path(str(resources.files("tthc_digitize").joinpath("data/glyphless.ttf")))  # tesseract's pdf.ttf
A4 = (595.28, 841.89)
TITLE = "Quyết định cấp giấy phép"
WORDS = "Cộng hòa xã hội chủ nghĩa Việt Nam Độc lập Tự do Hạnh phúc".split()
# tesseract's pdfrenderer ToUnicode: character codes are UTF-16 code units, mapped to themselves
TO_UNICODE = b"""/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CIDSystemInfo
<<
  /Registry (Adobe)
  /Ordering (UCS)
  /Supplement 0
>> def
/CMapName /Adobe-Identify-UCS def
/CMapType 2 def
1 begincodespacerange
<0000> <FFFF>
endcodespacerange
1 beginbfrange
<0000> <FFFF> <0000>
endbfrange
endcmap
CMapName currentdict /CMap defineresource pop
end
end
"""


def _jpeg(size: tuple[int, int] = (124, 175)) -> bytes:
    img = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(img)
    for y in range(20, size[1] - 20, 12):
        draw.line((12, y, size[0] - 12, y), fill=(40, 40, 90), width=2)
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=70)
    return buf.getvalue()


def _glyphless_font(pdf: pikepdf.Pdf) -> pikepdf.Object:
    """The OCR font as tesseract writes it: every CID drawn with the empty glyph 1."""
    data = GLYPHLESS_TTF.read_bytes()
    font_file = pdf.make_stream(data, Length1=len(data))
    descriptor = pdf.make_indirect(Dictionary(
        Type=Name.FontDescriptor, FontName=Name.GlyphLessFont, Flags=5, FontBBox=[0, 0, 500, 1000],
        ItalicAngle=0, Ascent=1000, Descent=-1, CapHeight=1000, StemV=80, FontFile2=font_file,
    ))
    cid_font = pdf.make_indirect(Dictionary(
        Type=Name.Font, Subtype=Name.CIDFontType2, BaseFont=Name.GlyphLessFont, DW=500,
        CIDSystemInfo=Dictionary(Registry="Adobe", Ordering="Identity", Supplement=0),
        FontDescriptor=descriptor, CIDToGIDMap=pdf.make_stream(b"\x00\x01" * 65536),
    ))
    return pdf.make_indirect(Dictionary(
        Type=Name.Font, Subtype=Name.Type0, BaseFont=Name.GlyphLessFont, Encoding=Name("/Identity-H"),
        DescendantFonts=[cid_font], ToUnicode=pdf.make_stream(TO_UNICODE),
    ))


def _ocr_layer(words: list[str]) -> bytes:
    ops = ["BT", "3 Tr", "/F1 10 Tf"]
    for i, word in enumerate(words):
        ops.append(f"1 0 0 1 {50 + (i % 8) * 62} {790 - (i // 8) * 14} Tm [<{word.encode('utf-16-be').hex()}>] TJ")
    ops.append("ET")
    return "\n".join(ops).encode()


def make_pdfa(
    path: Path,
    tweak: Callable[[pikepdf.Pdf], None] | None = None,
    *,
    pages: int = 1,
    words: list[str] = WORDS,
    **save_options,
) -> Path:
    """A minimal PDF/A-2b scan: a full-page JPEG under an invisible text layer, an sRGB output
    intent and XMP that agrees with the Info dictionary. ``tweak`` breaks it before saving."""
    pdf = pikepdf.new()
    font = _glyphless_font(pdf)
    jpeg = _jpeg()
    for _ in range(pages):
        image = pdf.make_stream(
            jpeg, Type=Name.XObject, Subtype=Name.Image, Width=124, Height=175,
            ColorSpace=Name.DeviceRGB, BitsPerComponent=8, Filter=Name.DCTDecode,
        )
        page = pdf.add_blank_page(page_size=A4)
        page.Resources = Dictionary(XObject=Dictionary(Im0=image), Font=Dictionary(F1=font))
        drawing = f"q {A4[0]} 0 0 {A4[1]} 0 0 cm /Im0 Do Q\n".encode()
        page.Contents = pdf.make_stream(drawing + _ocr_layer(words))
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    pdf.Root.OutputIntents = Array([Dictionary(
        Type=Name.OutputIntent, S=Name.GTS_PDFA1, OutputConditionIdentifier="sRGB IEC61966-2.1",
        Info="sRGB IEC61966-2.1", DestOutputProfile=pdf.make_stream(icc, N=3),
    )])
    pdf.docinfo = pdf.make_indirect(Dictionary(
        Title=TITLE, Author="UBND xã", Creator="tthc-digitize", Producer="tthc-digitize",
        CreationDate="D:20240301101500+07'00'", ModDate="D:20240301101500+07'00'",
    ))
    with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
        meta.load_from_docinfo(pdf.docinfo)
        meta["pdfaid:part"] = "2"
        meta["pdfaid:conformance"] = "B"
    if tweak is not None:
        tweak(pdf)
    pdf.save(path, fix_metadata_version=True, **save_options)
    return path


def rules(violations: list[Violation]) -> set[str]:
    return {v.rule for v in violations}


def edit_bytes(path: Path, edit: Callable[[bytes], bytes]) -> Path:
    path.write_bytes(edit(path.read_bytes()))
    return path


# -- the conforming baseline ------------------------------------------------------------------

def test_minimal_scan_conforms(tmp_path):
    path = make_pdfa(tmp_path / "ok.pdf")
    assert check_pdfa2b(path) == []


def test_several_pages_and_object_streams_conform(tmp_path):
    path = make_pdfa(tmp_path / "ok.pdf", pages=3, object_stream_mode=pikepdf.ObjectStreamMode.generate)
    assert check_pdfa2b(path) == []


def test_pdfaid_written_as_attributes_is_read(tmp_path):
    xmp = f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/" pdfaid:part="2" pdfaid:conformance="B"/>
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{TITLE}</rdf:li></rdf:Alt></dc:title></rdf:Description>
</rdf:RDF></x:xmpmeta>
<?xpacket end="w"?>""".encode()

    def own_xmp(pdf):
        pdf.docinfo = pdf.make_indirect(Dictionary(Title=TITLE))
        pdf.Root.Metadata = pdf.make_stream(xmp, Type=Name.Metadata, Subtype=Name.XML)

    assert check_pdfa2b(make_pdfa(tmp_path / "attr.pdf", own_xmp)) == []


def test_invisible_text_is_exempt_from_embedding(tmp_path):
    """Helvetica drawn only in mode 3 needs no font program, but our OCR rule wants ToUnicode."""
    def invisible_helvetica(pdf):
        page = pdf.pages[0]
        page.Resources.Font.F2 = Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name.Helvetica)
        page.Contents = pdf.make_stream(page.Contents.read_bytes() + b"\nBT 3 Tr /F2 12 Tf 72 72 Td (Hi) Tj ET")

    violations = check_pdfa2b(make_pdfa(tmp_path / "inv.pdf", invisible_helvetica))
    assert rules(violations) == {"tthc-text"}
    assert "/F2" in violations[0].message and violations[0].page == 1


# -- one defect at a time ---------------------------------------------------------------------

def _visible_helvetica(pdf):
    page = pdf.pages[0]
    page.Resources.Font.F2 = Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name.Helvetica)
    page.Contents = pdf.make_stream(page.Contents.read_bytes() + b"\nBT 0 Tr /F2 12 Tf 72 72 Td (Hi) Tj ET")


def _set_xmp(**values):
    def tweak(pdf):
        with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
            for key, value in values.items():
                key = key.replace("_", ":", 1)
                if value is None:
                    del meta[key]
                else:
                    meta[key] = value
    return tweak


def _lzw_image(pdf):
    # one grey pixel, LZW-coded by hand: clear (256), 0x00, EOD (257) as 9-bit codes
    image = pdf.make_stream(b"\x80\x00\x20\x20", Type=Name.XObject, Subtype=Name.Image, Width=1, Height=1,
                            ColorSpace=Name.DeviceGray, BitsPerComponent=8, Filter=Name.LZWDecode)
    pdf.pages[0].Resources.XObject.Im1 = image


def _javascript(pdf):
    pdf.Root.OpenAction = Dictionary(S=Name.JavaScript, JS="app.alert('x')")


def _link_without_print_flag(pdf):
    pdf.pages[0].Annots = Array([Dictionary(
        Type=Name.Annot, Subtype=Name.Link, Rect=[50, 50, 150, 70], F=0,
        A=Dictionary(S=Name.URI, URI="https://dichvucong.gov.vn"),
    )])


def _interpolate(pdf):
    pdf.pages[0].Resources.XObject.Im0.Interpolate = True


def _title_mismatch(pdf):
    pdf.docinfo.Title = "Một tiêu đề khác"


def _no_output_intent(pdf):
    del pdf.Root.OutputIntents


def _unreadable_content(pdf):
    pdf.pages[0].Contents.write(b"this is not zlib data", filter=Name.FlateDecode)


# keep hand-made streams as they are: qpdf would otherwise decode and re-encode them as Flate
RAW = {"stream_decode_level": pikepdf.StreamDecodeLevel.none, "compress_streams": False}

DEFECTS = [
    ("no pdfaid", _set_xmp(pdfaid_part=None, pdfaid_conformance=None), {}, "6.6.4"),
    ("part 1", _set_xmp(pdfaid_part="1"), {}, "6.6.4"),
    ("conformance X", _set_xmp(pdfaid_conformance="X"), {}, "6.6.4"),
    ("no output intent", _no_output_intent, {}, "6.2.4.3"),
    ("Info title differs", _title_mismatch, {}, "tthc-meta"),
    ("visible Helvetica", _visible_helvetica, {}, "6.2.11.4.1"),
    ("LZW", _lzw_image, RAW, "6.1.7.2"),
    ("JavaScript", _javascript, {}, "6.5.1"),
    ("no print flag", _link_without_print_flag, {}, "6.3.2"),
    ("Interpolate", _interpolate, {}, "6.2.8.1"),
    ("unreadable content", _unreadable_content, RAW, "6.1"),
]


@pytest.mark.parametrize(("tweak", "options", "rule"), [d[1:] for d in DEFECTS], ids=[d[0] for d in DEFECTS])
def test_one_defect_one_rule(tmp_path, tweak, options, rule):
    violations = check_pdfa2b(make_pdfa(tmp_path / "bad.pdf", tweak, **options))
    assert rules(violations) == {rule}, format_violations(violations)


TINOS = Path("/usr/share/fonts/truetype/croscore/Tinos-Regular.ttf")


@pytest.mark.skipif(not TINOS.exists(), reason="Tinos is not installed")
@pytest.mark.parametrize(("widths", "flags", "rule"), [
    ([722, 333], 32, None),
    ([722], 32, "6.2.11.2"),  # one width for two character codes
    ([722, 333], 4, "6.2.11.6"),  # symbolic TrueType with an /Encoding
])
def test_embedded_truetype(tmp_path, widths, flags, rule):
    def truetype(pdf):
        data = TINOS.read_bytes()
        descriptor = Dictionary(
            Type=Name.FontDescriptor, FontName=Name.Tinos, Flags=flags, FontBBox=[0, 0, 1000, 1000], ItalicAngle=0,
            Ascent=900, Descent=-200, CapHeight=700, StemV=80, FontFile2=pdf.make_stream(data, Length1=len(data)),
        )
        page = pdf.pages[0]
        page.Resources.Font.F3 = Dictionary(
            Type=Name.Font, Subtype=Name.TrueType, BaseFont=Name.Tinos, FirstChar=72, LastChar=73,
            Widths=widths, Encoding=Name.WinAnsiEncoding, FontDescriptor=descriptor,
        )
        page.Contents = pdf.make_stream(page.Contents.read_bytes() + b"\nBT 0 Tr /F3 12 Tf 72 72 Td (HI) Tj ET")

    violations = check_pdfa2b(make_pdfa(tmp_path / "tt.pdf", truetype))
    assert rules(violations) == ({rule} if rule else set()), format_violations(violations)


def test_device_rgb_needs_an_rgb_intent(tmp_path):
    def grey_intent(pdf):
        grey = ImageCms.ImageCmsProfile(ImageCms.createProfile("LAB")).tobytes()  # not an output class
        pdf.Root.OutputIntents[0].DestOutputProfile = pdf.make_stream(grey, N=3)

    violations = check_pdfa2b(make_pdfa(tmp_path / "lab.pdf", grey_intent))
    assert rules(violations) == {"6.2.3", "6.2.4.3"}, format_violations(violations)


def test_icc_tagged_image_needs_no_output_intent(tmp_path):
    """6.2.4.3 is about device colour: calibrated images are fine without an output intent."""
    def icc_image(pdf):
        icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
        pdf.pages[0].Resources.XObject.Im0.ColorSpace = Array([Name.ICCBased, pdf.make_stream(icc, N=3)])
        del pdf.Root.OutputIntents

    assert check_pdfa2b(make_pdfa(tmp_path / "icc.pdf", icc_image)) == []


def test_encrypted_with_empty_user_password(tmp_path):
    path = make_pdfa(tmp_path / "enc.pdf", encryption=pikepdf.Encryption(owner="x", user=""))
    violations = check_pdfa2b(path)
    assert rules(violations) == {"6.1.3"}
    assert "encrypted" in violations[0].message


def test_encrypted_with_user_password_cannot_be_checked(tmp_path):
    path = make_pdfa(tmp_path / "enc.pdf", encryption=pikepdf.Encryption(owner="x", user="u"))
    with pytest.raises(PdfaCheckError, match="password"):
        check_pdfa2b(path)


# -- byte-level defects -----------------------------------------------------------------------

def test_header_2_0(tmp_path):
    path = edit_bytes(make_pdfa(tmp_path / "v2.pdf"), lambda b: b"%PDF-2.0" + b[8:])
    assert rules(check_pdfa2b(path)) == {"6.1.2"}


def test_missing_binary_comment(tmp_path):
    def ascii_comment(data: bytes) -> bytes:
        eol = data.index(b"\n") + 1
        assert data[eol:eol + 1] == b"%" and all(b > 127 for b in data[eol + 1:eol + 5])
        return data[:eol + 1] + b"abcd" + data[eol + 5:]

    path = edit_bytes(make_pdfa(tmp_path / "ascii.pdf"), ascii_comment)
    assert rules(check_pdfa2b(path)) == {"6.1.2"}


def test_data_after_eof(tmp_path):
    path = edit_bytes(make_pdfa(tmp_path / "tail.pdf"), lambda b: b + b"junk\n")
    assert rules(check_pdfa2b(path)) == {"6.1.3"}


# -- damaged or foreign input -----------------------------------------------------------------

def test_truncated_file_is_reported_not_crashed_on(tmp_path):
    path = edit_bytes(make_pdfa(tmp_path / "cut.pdf", pages=3), lambda b: b[: len(b) * 2 // 3])
    found = rules(check_pdfa2b(path))  # qpdf rebuilds the xref, so the file can still be walked
    assert {"6.1", "6.1.3"} <= found


def test_not_a_pdf_raises(tmp_path):
    path = tmp_path / "x.pdf"
    path.write_bytes(b"GIF89a" + bytes(200))
    with pytest.raises(PdfaCheckError):
        check_pdfa2b(path)


def test_plain_pymupdf_scan_does_not_conform(tmp_path):
    """pymupdf tags the JPEG with an ICC profile (no device colour), but writes no XMP."""
    path = tmp_path / "scan.pdf"
    with pymupdf.open() as doc:
        page = doc.new_page(width=A4[0], height=A4[1])
        page.insert_image(page.rect, stream=_jpeg())
        doc.save(path)
    violations = check_pdfa2b(path)
    assert rules(violations) == {"6.6.2.1"}, format_violations(violations)


def test_format_violations():
    text = format_violations([Violation("6.1.2", "bad header"), Violation("6.2.11.4.1", "font /F1 is not embedded", 3)])
    assert text == "[6.1.2]: bad header\n[6.2.11.4.1] p.3: font /F1 is not embedded"

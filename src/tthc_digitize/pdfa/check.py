"""A PDF/A-2b checker for the files this tool writes and the PDFs it takes in.

veraPDF cannot run here, so this checks with pikepdf the ISO 19005-2 (level B) rules that scanned
and OCR'd documents can break. Rule ids are ISO 19005-2 clauses, as veraPDF's PDF/A-2B profile
numbers them. Ids starting with ``tthc-`` are house rules, not ISO clauses:

* ``tthc-text``: a font that draws invisible (OCR) text has no ToUnicode map, so the text
  cannot be searched or copied.
* ``tthc-meta``: an Info dictionary entry disagrees with its XMP counterpart. PDF/A-1 requires
  agreement (ISO 19005-1 6.7.3); veraPDF's PDF/A-2 profile does not test it, but readers show
  either one, so ours must agree.

Streams are read only where the rules need their bytes (XMP, ICC headers, content streams);
image data is never decoded. Shared objects (fonts, images, resources) are checked once.

Not covered, unlike veraPDF: the byte-level syntax of objects, xref tables and streams (6.1.4 to
6.1.9), number and string limits (6.1.13 except page sizes and q nesting), anything that needs
the font program itself (6.2.11.4.2 subsets, 6.2.11.5 widths, 6.2.11.6 cmap tables, 6.2.11.8
.notdef), transparency groups (6.2.10 except blend modes), predefined CMaps other than
Identity, XMP property value types and undeclared properties inside predefined namespaces
(6.6.2.3), JPEG 2000 internals (6.2.8.3), and whether embedded files are PDF/A (6.8).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import pikepdf
from lxml import etree
from pikepdf import Array, Dictionary, Name, Stream

__all__ = ["PdfaCheckError", "Violation", "check_pdfa2b", "format_violations"]


@dataclass(frozen=True)
class Violation:
    rule: str  # ISO 19005-2 clause, e.g. "6.1.2", or a house rule "tthc-..."
    message: str
    page: int | None = None  # 1-based


class PdfaCheckError(Exception):
    """The file could not be opened as a PDF (not a PDF, damaged beyond repair, or it needs a
    password), so nothing could be checked."""


def format_violations(violations: Iterable[Violation]) -> str:
    return "\n".join(f"[{v.rule}]{f' p.{v.page}' if v.page else ''}: {v.message}" for v in violations)


def check_pdfa2b(path: str | os.PathLike) -> list[Violation]:
    """Check a file against PDF/A-2b; an empty list means no violation was found.

    Raises PdfaCheckError when pikepdf cannot open the file at all. A file that opens only
    after qpdf repaired it is checked, and the repair is reported as a 6.1 violation.
    OSError (missing file, permissions) propagates unchanged.
    """
    try:
        pdf = pikepdf.open(path)
    except OSError:
        raise
    except pikepdf.PasswordError:
        raise PdfaCheckError(f"{os.fspath(path)}: needs a password to open") from None
    except Exception as exc:
        raise PdfaCheckError(f"{os.fspath(path)}: not a readable PDF ({exc})") from None
    with pdf:
        checker = _Checker(pdf)
        _check_bytes(path, checker.add)
        checker.run()
        return checker.found


# -- tables ----------------------------------------------------------------------------------

_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_XML = "http://www.w3.org/XML/1998/namespace"
_DC, _XMP, _PDF = "http://purl.org/dc/elements/1.1/", "http://ns.adobe.com/xap/1.0/", "http://ns.adobe.com/pdf/1.3/"
_PDFAID = "http://www.aiim.org/pdfa/ns/id/"
_PDFA_SCHEMA = "http://www.aiim.org/pdfa/ns/schema#"
# Schemas of the XMP Specification 2005 and ISO 19005-1/-2: any other namespace needs a PDF/A
# extension schema (6.6.2.3.1).
_XMP_PREDEFINED = {
    _DC, _XMP, _PDF, _PDFAID, "http://ns.adobe.com/xap/1.0/rights/", "http://ns.adobe.com/xap/1.0/mm/",
    "http://ns.adobe.com/xap/1.0/bj/", "http://ns.adobe.com/xap/1.0/t/pg/",
    "http://ns.adobe.com/xmp/1.0/DynamicMedia/", "http://ns.adobe.com/photoshop/1.0/",
    "http://ns.adobe.com/camera-raw-settings/1.0/", "http://ns.adobe.com/tiff/1.0/",
    "http://ns.adobe.com/exif/1.0/", "http://ns.adobe.com/exif/1.0/aux/",
    "http://www.aiim.org/pdfa/ns/extension/",
}
# Info key -> (XMP namespace, property, kind), the pairs of ISO 19005-1 Table 1
_INFO_XMP = {
    "/Title": (_DC, "dc:title", "alt"), "/Author": (_DC, "dc:creator", "seq"),
    "/Subject": (_DC, "dc:description", "alt"), "/Keywords": (_PDF, "pdf:Keywords", "text"),
    "/Creator": (_XMP, "xmp:CreatorTool", "text"), "/Producer": (_PDF, "pdf:Producer", "text"),
    "/CreationDate": (_XMP, "xmp:CreateDate", "date"), "/ModDate": (_XMP, "xmp:ModifyDate", "date"),
}

_FILTERS = {"/ASCIIHexDecode", "/ASCII85Decode", "/LZWDecode", "/FlateDecode", "/RunLengthDecode",
            "/CCITTFaxDecode", "/JBIG2Decode", "/DCTDecode", "/JPXDecode", "/Crypt"}
_INTENTS = {"/RelativeColorimetric", "/AbsoluteColorimetric", "/Perceptual", "/Saturation"}
_BLEND_MODES = {"/Normal", "/Compatible", "/Multiply", "/Screen", "/Overlay", "/Darken", "/Lighten",
                "/ColorDodge", "/ColorBurn", "/HardLight", "/SoftLight", "/Difference", "/Exclusion",
                "/Hue", "/Saturation", "/Color", "/Luminosity"}
_ANNOTS = {"/Text", "/Link", "/FreeText", "/Line", "/Square", "/Circle", "/Polygon", "/PolyLine",
           "/Highlight", "/Underline", "/Squiggly", "/StrikeOut", "/Stamp", "/Caret", "/Ink", "/Popup",
           "/FileAttachment", "/Widget", "/PrinterMark", "/TrapNet", "/Watermark", "/Redact"}
# ISO 32000-1 Table 198 minus the actions 6.5.1 forbids (Launch, Sound, Movie, ResetForm,
# ImportData, Hide, SetOCGState, Rendition, Trans, GoTo3DView, JavaScript)
_ACTIONS = {"/GoTo", "/GoToR", "/GoToE", "/Thread", "/URI", "/Named", "/SubmitForm"}
_NAMED_ACTIONS = {"/NextPage", "/PrevPage", "/FirstPage", "/LastPage"}
_STANDARD_14 = {f"/{n}" for n in (
    "Times-Roman Times-Bold Times-Italic Times-BoldItalic Helvetica Helvetica-Bold Helvetica-Oblique "
    "Helvetica-BoldOblique Courier Courier-Bold Courier-Oblique Courier-BoldOblique Symbol ZapfDingbats"
).split()}
# ISO 32000-1 Table 118: CMaps a reader must know, so they need not be embedded (6.2.11.3.3)
_PREDEFINED_CMAPS = {f"/{n}" for n in (
    "GB-EUC-H GB-EUC-V GBpc-EUC-H GBpc-EUC-V GBK-EUC-H GBK-EUC-V GBKp-EUC-H GBKp-EUC-V GBK2K-H GBK2K-V "
    "UniGB-UCS2-H UniGB-UCS2-V UniGB-UTF16-H UniGB-UTF16-V B5pc-H B5pc-V HKscs-B5-H HKscs-B5-V ETen-B5-H "
    "ETen-B5-V ETenms-B5-H ETenms-B5-V CNS-EUC-H CNS-EUC-V UniCNS-UCS2-H UniCNS-UCS2-V UniCNS-UTF16-H "
    "UniCNS-UTF16-V 83pv-RKSJ-H 90ms-RKSJ-H 90ms-RKSJ-V 90msp-RKSJ-H 90msp-RKSJ-V 90pv-RKSJ-H Add-RKSJ-H "
    "Add-RKSJ-V EUC-H EUC-V Ext-RKSJ-H Ext-RKSJ-V H V UniJIS-UCS2-H UniJIS-UCS2-V UniJIS-UCS2-HW-H "
    "UniJIS-UCS2-HW-V UniJIS-UTF16-H UniJIS-UTF16-V KSC-EUC-H KSC-EUC-V KSCms-UHC-H KSCms-UHC-V "
    "KSCms-UHC-HW-H KSCms-UHC-HW-V KSCpc-EUC-H UniKS-UCS2-H UniKS-UCS2-V UniKS-UTF16-H UniKS-UTF16-V "
    "Identity-H Identity-V"
).split()}
_OPERATORS = set(
    "b B b* B* BDC BI BMC BT BX c cm CS cs d d0 d1 Do DP EI EMC ET EX f F f* G g gs h i ID j J K k l m M "
    "MP n q Q re RG rg ri s S SC sc SCN scn sh T* Tc Td TD Tf Tj TJ TL Tm Tr Ts Tw Tz v w W W* y ' \"".split()
) | {"INLINE IMAGE"}  # what pikepdf calls a parsed BI ... ID ... EI
_SHOW = {"Tj", "TJ", "'", '"'}
_FILL, _STROKE = {"f", "F", "f*", "B", "B*", "b", "b*"}, {"S", "s", "B", "B*", "b", "b*"}
_SET_COLOUR = {"g": (0, "/DeviceGray"), "rg": (0, "/DeviceRGB"), "k": (0, "/DeviceCMYK"),
               "G": (1, "/DeviceGray"), "RG": (1, "/DeviceRGB"), "K": (1, "/DeviceCMYK")}
_DEVICE = {"/DeviceGray", "/DeviceRGB", "/DeviceCMYK"}
_INLINE_CS = {"/G": "/DeviceGray", "/RGB": "/DeviceRGB", "/CMYK": "/DeviceCMYK"}
_ICC_CHANNELS = {b"GRAY": 1, b"RGB ": 3, b"CMYK": 4, b"Lab ": 3}
_MAX_Q_DEPTH = 28  # 6.1.13


# -- raw bytes --------------------------------------------------------------------------------

def _check_bytes(path: str | os.PathLike, add: Callable[..., None]) -> None:
    """Header and end of file, which pikepdf hides: 6.1.2 and 6.1.3."""
    with open(path, "rb") as fh:
        head = fh.read(1024)
        fh.seek(0, os.SEEK_END)
        fh.seek(max(0, fh.tell() - 1024))
        tail = fh.read()
    header = re.match(rb"%PDF-1\.[0-7](\r\n|\r|\n)", head)
    if header is None:
        first_line = head[:10].splitlines()[0] if head else b""
        add("6.1.2", f"file header {first_line!r} is not %PDF-1.0 to %PDF-1.7 at byte 0 plus one EOL")
    else:
        marker = head[header.end():header.end() + 5]
        if len(marker) < 5 or marker[:1] != b"%" or any(b <= 127 for b in marker[1:]):
            add("6.1.2", "the line after the header is not a comment with four bytes above 127")
    end = tail.rfind(b"%%EOF")
    if end < 0:
        add("6.1.3", "no %%EOF marker in the last 1024 bytes (truncated, or data appended)")
    elif tail[end + 5:] not in (b"", b"\n", b"\r", b"\r\n"):
        add("6.1.3", f"{len(tail) - end - 5} bytes follow the last %%EOF (only one EOL may)")


# -- the object walk --------------------------------------------------------------------------

class _Checker:
    def __init__(self, pdf: pikepdf.Pdf) -> None:
        self.pdf = pdf
        self.found: list[Violation] = []
        self._seen: set[tuple[str, tuple[int, int]]] = set()
        self.fonts: dict[object, dict] = {}  # font key -> font, name, page, visible, invisible
        self.device_use: dict[str, int | None] = {}  # device colour space -> first page using it
        self.intent_space: bytes | None = None  # ICC colour space of the PDF/A output intent
        self.xmp: dict[tuple[str, str], object] | None = None

    def add(self, rule: str, message: str, page: int | None = None) -> None:
        self.found.append(Violation(rule, message, page))

    def first(self, kind: str, obj: pikepdf.Object) -> bool:
        """True once per indirect object and kind of check; direct objects have no identity."""
        if not obj.is_indirect:
            return True
        key = (kind, obj.objgen)
        if key in self._seen:
            return False
        self._seen.add(key)
        return True

    def guard(self, what: str, page: int | None, check: Callable, *args) -> None:
        """A broken object must not stop the check: it is reported as a violation instead."""
        try:
            check(*args)
        except Exception as exc:  # noqa: BLE001 - any failure to read is a finding
            self.add("6.1", f"{what} cannot be read ({type(exc).__name__}: {exc})", page)

    def run(self) -> None:
        self.guard("trailer", None, self.trailer)
        self.guard("XMP metadata", None, self.metadata)
        self.guard("output intents", None, self.output_intents)
        self.guard("document catalog", None, self.catalog)
        self.guard("streams", None, self.streams)
        self.guard("page tree", None, self.pages)
        for key, rec in list(self.fonts.items()):
            self.guard(f"font {rec['name']}", rec["page"], self.font, rec)
        self.device_colour()
        if self.xmp is not None:
            self.guard("Info dictionary", None, self.info)
        warnings = self.pdf.get_warnings()
        if warnings:
            more = f" (+{len(warnings) - 1} more)" if len(warnings) > 1 else ""
            self.add("6.1", f"qpdf found damage: {warnings[0]}{more}")

    # -- document level --

    def trailer(self) -> None:
        if self.pdf.is_encrypted:
            self.add("6.1.3", "the file is encrypted (trailer /Encrypt)")
        ids = self.pdf.trailer.get("/ID")
        if not isinstance(ids, Array) or len(ids) != 2:
            self.add("6.1.3", "the trailer has no /ID with two file identifiers")

    def catalog(self) -> None:
        root = self.pdf.Root
        if "/AA" in root:
            self.add("6.5.2", "the catalog has additional actions (/AA)")
        if isinstance(root.get("/OpenAction"), Dictionary):
            self.action(root.OpenAction, None, "the OpenAction")
        names = root.get("/Names")
        if isinstance(names, Dictionary):
            if "/JavaScript" in names:
                self.add("6.5.1", "the document has a /JavaScript name tree")
            if "/AlternatePresentations" in names:
                self.add("6.10", "the name dictionary has /AlternatePresentations")
            if "/EmbeddedFiles" in names:
                self.add("6.8", "the document has embedded files; PDF/A-2 allows only PDF/A ones, "
                         "which this checker cannot verify")
        form = root.get("/AcroForm")
        if isinstance(form, Dictionary):
            if form.get("/NeedAppearances") is True:
                self.add("6.4.1", "the interactive form sets /NeedAppearances true")
            if "/XFA" in form:
                self.add("6.4.2", "the interactive form contains /XFA")
            self.fields(form.get("/Fields"), 0)
        if root.get("/NeedsRendering") is True:
            self.add("6.4.2", "the catalog sets /NeedsRendering true")
        perms = root.get("/Perms")
        if isinstance(perms, Dictionary) and set(perms.keys()) - {"/UR3", "/DocMDP"}:
            self.add("6.1.12", "/Perms has entries other than /UR3 and /DocMDP")
        oc = root.get("/OCProperties")
        if isinstance(oc, Dictionary):
            configs = [oc.get("/D"), *(oc.get("/Configs") or [])]
            for config in filter(None, configs):
                if "/Name" not in config:
                    self.add("6.9", "an optional content configuration has no /Name")
                if "/AS" in config:
                    self.add("6.9", "an optional content configuration has /AS")
        outlines = root.get("/Outlines")
        item, seen = outlines.get("/First") if isinstance(outlines, Dictionary) else None, set()
        self.outline(item, seen, 0)

    def outline(self, item: pikepdf.Object | None, seen: set, depth: int) -> None:
        while isinstance(item, Dictionary) and depth < 50:
            if item.is_indirect:
                if item.objgen in seen:
                    return  # a looped outline would never end
                seen.add(item.objgen)
            if isinstance(item.get("/A"), Dictionary):
                self.action(item.A, None, "an outline item")
            self.outline(item.get("/First"), seen, depth + 1)
            item = item.get("/Next")

    def fields(self, fields: pikepdf.Object | None, depth: int) -> None:
        for field in fields if isinstance(fields, Array) and depth < 30 else ():
            if isinstance(field, Dictionary) and self.first("field", field):
                if "/AA" in field:
                    self.add("6.4.1", f"form field {field.get('/T', '')} has additional actions (/AA)")
                self.fields(field.get("/Kids"), depth + 1)

    def streams(self) -> None:
        """One pass over every stream, for rules that hold wherever a stream is."""
        embedded = 0
        for obj in self.pdf.objects:
            if not isinstance(obj, Stream):
                continue
            where = f"stream {obj.objgen[0]} {obj.objgen[1]} R"
            for key in ("/F", "/FFilter", "/FDecodeParms"):
                if key in obj:
                    self.add("6.1.7.1", f"{where} has {key} (external stream data)")
            self.filters(obj.get("/Filter"), obj.get("/DecodeParms"), where, None)
            embedded += obj.get("/Type") == "/EmbeddedFile"
        names = self.pdf.Root.get("/Names")
        if embedded and not (isinstance(names, Dictionary) and "/EmbeddedFiles" in names):
            self.add("6.8", f"the file embeds {embedded} file(s); PDF/A-2 allows only PDF/A ones, "
                     "which this checker cannot verify")

    def filters(self, filters, parms, where: str, page: int | None) -> None:
        names = list(filters) if isinstance(filters, Array) else [filters] if filters is not None else []
        parms = list(parms) if isinstance(parms, Array) else [parms] * len(names)
        for i, name in enumerate(map(str, names)):
            if name == "/LZWDecode":
                self.add("6.1.7.2", f"{where} uses the LZWDecode filter", page)
            elif name == "/Crypt":
                parm = parms[i] if i < len(parms) else None
                if not isinstance(parm, Dictionary) or parm.get("/Name", "/Identity") != "/Identity":
                    self.add("6.1.7.2", f"{where} uses a Crypt filter other than Identity", page)
            elif name not in _FILTERS:
                self.add("6.1.7.2", f"{where} uses the non-standard filter {name}", page)

    def output_intents(self) -> None:
        intents = self.pdf.Root.get("/OutputIntents")
        profiles = set()
        for intent in intents if isinstance(intents, Array) else ():
            if not isinstance(intent, Dictionary):
                continue
            if "/DestOutputProfileRef" in intent:
                self.add("6.2.3", "an output intent has /DestOutputProfileRef")
            profile = intent.get("/DestOutputProfile")
            if profile is not None:
                profiles.add(profile.objgen)
            if intent.get("/S") == "/GTS_PDFA1" and isinstance(profile, Stream):
                self.intent_space = self.output_profile(profile)
        if len(profiles) > 1:
            self.add("6.2.3", "output intents point to different DestOutputProfile objects")

    def output_profile(self, profile: Stream) -> bytes | None:
        """Check the ICC header (128 bytes); return its colour space if the profile is usable."""
        head = profile.read_bytes()[:128]
        if len(head) < 128:
            self.add("6.2.3", "the PDF/A output profile is shorter than an ICC header")
            return None
        device_class, space, major = head[12:16], head[16:20], head[8]
        problems = []
        if device_class not in (b"prtr", b"mntr"):
            problems.append(f"device class {device_class!r} (needs prtr or mntr)")
        if space not in (b"RGB ", b"GRAY", b"CMYK"):
            problems.append(f"colour space {space!r} (needs RGB, GRAY or CMYK)")
        if major >= 5:
            problems.append(f"ICC version {major} (needs 4 or older)")
        if problems:
            self.add("6.2.3", "the PDF/A output profile has " + ", ".join(problems))
            return None
        if profile.get("/N") != _ICC_CHANNELS[space]:
            self.add("6.2.3", f"the PDF/A output profile has /N {profile.get('/N')} but is a "
                     f"{space.decode().strip()} profile")
        return space

    # -- XMP --

    def metadata(self) -> None:
        stream = self.pdf.Root.get("/Metadata")
        if not isinstance(stream, Stream):
            self.add("6.6.2.1", "the catalog has no /Metadata stream")
            return
        if stream.get("/Type") != "/Metadata" or stream.get("/Subtype") != "/XML":
            self.add("6.6.2.1", "the /Metadata stream lacks /Type /Metadata or /Subtype /XML")
        raw = stream.read_bytes()
        packet = re.search(rb"<\?xpacket\s+begin=.*?\?>", raw, re.S)
        if packet and re.search(rb"\s(bytes|encoding)\s*=", packet.group()):
            self.add("6.6.2.1", "the XMP packet header has a bytes or encoding attribute")
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError:
            self.add("6.6.2.1", "the XMP packet is not UTF-8")
        try:
            # XMP is untrusted input: no entities, no network, no unbounded trees; one parser per
            # call because lxml parsers must not be shared between threads
            parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False)
            tree = etree.fromstring(raw, parser)
        except etree.XMLSyntaxError as exc:
            self.add("6.6.2.1", f"the XMP packet is not well-formed XML ({exc})")
            return
        rdf = tree if tree.tag == f"{{{_RDF}}}RDF" else tree.find(f".//{{{_RDF}}}RDF")
        if rdf is None:
            self.add("6.6.2.1", "the XMP packet has no rdf:RDF")
            return
        props: dict[tuple[str, str], object] = {}
        prefixes: dict[str, set[str]] = {}  # namespace -> prefixes it is written with
        for desc in rdf.iterfind(f"{{{_RDF}}}Description"):
            for key, value in desc.attrib.items():
                qname = etree.QName(key)
                if qname.namespace not in (_RDF, _XML, None):
                    props.setdefault((qname.namespace, qname.localname), value)
                    prefixes.setdefault(qname.namespace, set()).update(
                        p for p, ns in desc.nsmap.items() if ns == qname.namespace)
            for elem in desc:
                if isinstance(elem.tag, str):
                    qname = etree.QName(elem)
                    props.setdefault((qname.namespace, qname.localname), elem)
                    prefixes.setdefault(qname.namespace, set()).add(elem.prefix)
        self.xmp = props
        part, conformance = props.get((_PDFAID, "part")), props.get((_PDFAID, "conformance"))
        if part is None:
            self.add("6.6.4", "the XMP has no PDF/A identification (pdfaid:part)")
        elif _xmp_text(part) != "2":
            self.add("6.6.4", f"XMP pdfaid:part is {_xmp_text(part)!r}, not 2")
        if part is not None and _xmp_text(conformance) not in ("A", "B", "U"):
            self.add("6.6.4", f"XMP pdfaid:conformance is {_xmp_text(conformance)!r}, not A, B or U")
        if _PDFAID in prefixes and "pdfaid" not in prefixes[_PDFAID]:
            self.add("6.6.4", "the PDF/A identification properties do not use the prefix pdfaid")
        declared = {(e.text or "").strip() for e in rdf.iter(f"{{{_PDFA_SCHEMA}}}namespaceURI")}
        declared |= {v for e in rdf.iter() if (v := e.get(f"{{{_PDFA_SCHEMA}}}namespaceURI"))}
        for ns in sorted(set(prefixes) - _XMP_PREDEFINED - declared - {None}):
            self.add("6.6.2.3.1", f"XMP namespace {ns} is neither predefined nor declared in a PDF/A extension schema")

    def info(self) -> None:
        info = self.pdf.trailer.get("/Info")
        if not isinstance(info, Dictionary):
            return
        for key, (ns, prop, kind) in _INFO_XMP.items():
            if key not in info:
                continue
            value = str(info[key]).rstrip("\x00")
            found = self.xmp.get((ns, prop.split(":")[1]))
            if found is None:
                self.add("tthc-meta", f"Info {key} is set but the XMP has no {prop}")
                continue
            if kind == "seq":  # several creators may be joined either way in Author
                shown = _xmp_items(found)
                same = value in (", ".join(shown), "; ".join(shown))
            else:
                shown = _xmp_text(found)
                same = _same_date(value, shown) if kind == "date" else value == shown
            if not same:
                self.add("tthc-meta", f"Info {key} {value!r} does not match XMP {prop} {shown!r}")

    # -- pages and what they use --

    def pages(self) -> None:
        for number, page in enumerate(self.pdf.pages, start=1):
            self.guard(f"page {number}", number, self.page, page, number)

    def page(self, page: pikepdf.Page, n: int) -> None:
        obj = page.obj
        if "/MediaBox" not in obj:  # pikepdf has already copied inherited boxes onto the page
            self.add("6.1.13", "the page has no MediaBox", n)
        for key in ("/MediaBox", "/CropBox", "/BleedBox", "/TrimBox", "/ArtBox"):
            box = obj.get(key)
            if isinstance(box, Array) and len(box) == 4:
                w, h = abs(float(box[2]) - float(box[0])), abs(float(box[3]) - float(box[1]))
                if not (3 <= w <= 14400 and 3 <= h <= 14400):
                    self.add("6.1.13", f"{key} is {w:g} x {h:g} pt, outside 3 to 14400", n)
        if "/AA" in obj:
            self.add("6.5.2", "the page has additional actions (/AA)", n)
        if "/PresSteps" in obj:
            self.add("6.10", "the page has /PresSteps", n)
        resources = obj.get("/Resources")
        self.resources(resources, n)
        self.content(page, resources, n, "the page content", page_level=True)
        annots = obj.get("/Annots")
        for annot in annots if isinstance(annots, Array) else ():
            self.guard("an annotation", n, self.annotation, annot, n)

    def resources(self, res: pikepdf.Object | None, n: int) -> None:
        """Everything a resource dictionary offers, used or not, except fonts and colour spaces,
        whose rules depend on how the content uses them."""
        if not isinstance(res, Dictionary) or not self.first("resources", res):
            return
        for name, font in _items(res.get("/Font")):
            self.guard(f"font {name}", n, self.note_font, font, name, n)
        for name, xobj in _items(res.get("/XObject")):
            self.guard(f"XObject {name}", n, self.xobject, xobj, name, res, n)
        for name, gs in _items(res.get("/ExtGState")):
            self.guard(f"ExtGState {name}", n, self.extgstate, gs, name, res, n)
        for name, shading in _items(res.get("/Shading")):
            self.guard(f"shading {name}", n, self.colour, shading.get("/ColorSpace"), res, n)
        for name, pattern in _items(res.get("/Pattern")):
            self.guard(f"pattern {name}", n, self.pattern, pattern, name, res, n)

    def xobject(self, x: pikepdf.Object, name: str, res: Dictionary, n: int) -> None:
        if not isinstance(x, Stream) or not self.first("xobject", x):
            return
        subtype = x.get("/Subtype")
        if subtype == "/Image":
            self.image(x, f"image {name}", res, n)
        elif subtype == "/Form":
            self.form(x, f"form XObject {name}", res, n)
        elif subtype == "/PS":
            self.add("6.2.9.3", f"XObject {name} is a PostScript XObject", n)

    def image(self, x: Stream, label: str, res: Dictionary, n: int) -> None:
        if "/Alternates" in x:
            self.add("6.2.8.1", f"{label} has /Alternates", n)
        if "/OPI" in x:
            self.add("6.2.8.1", f"{label} has /OPI", n)
        if x.get("/Interpolate") is True:
            self.add("6.2.8.1", f"{label} has /Interpolate true", n)
        self.intent(x.get("/Intent"), label, n)
        if x.get("/ImageMask") is not True:
            self.colour(x.get("/ColorSpace"), res, n)

    def form(self, x: Stream, label: str, parent_res: Dictionary | None, n: int) -> None:
        if "/OPI" in x or "/PS" in x or x.get("/Subtype2") == "/PS":
            self.add("6.2.9.1", f"{label} has /OPI, /PS or /Subtype2 /PS", n)
        if "/Ref" in x:
            self.add("6.2.9.2", f"{label} is a reference XObject", n)
        res = x.get("/Resources", parent_res)
        self.resources(res, n)
        self.content(x, res, n, label)

    def pattern(self, pattern: pikepdf.Object, name: str, res: Dictionary, n: int) -> None:
        if not self.first("pattern", pattern):
            return
        if isinstance(pattern, Stream):  # tiling pattern: a content stream of its own
            inner = pattern.get("/Resources", res)
            self.resources(inner, n)
            self.content(pattern, inner, n, f"pattern {name}")
        else:
            shading = pattern.get("/Shading")
            if isinstance(shading, Dictionary):
                self.colour(shading.get("/ColorSpace"), res, n)
            if isinstance(pattern.get("/ExtGState"), Dictionary):
                self.extgstate(pattern.ExtGState, f"{name}'s ExtGState", res, n)

    def extgstate(self, gs: pikepdf.Object, name: str, res: Dictionary, n: int) -> None:
        if not isinstance(gs, Dictionary) or not self.first("extgstate", gs):
            return
        label = f"ExtGState {name}"
        if "/TR" in gs:
            self.add("6.2.5", f"{label} has a transfer function (/TR)", n)
        if "/TR2" in gs and gs.TR2 != "/Default":
            self.add("6.2.5", f"{label} has /TR2 other than /Default", n)
        if "/HTP" in gs:
            self.add("6.2.5", f"{label} has /HTP", n)
        ht = gs.get("/HT")
        if isinstance(ht, Dictionary):
            if ht.get("/HalftoneType") not in (1, 5):
                self.add("6.2.5", f"{label} has a halftone of type {ht.get('/HalftoneType')}, not 1 or 5", n)
            if "/HalftoneName" in ht:
                self.add("6.2.5", f"{label} has a halftone with /HalftoneName", n)
        self.intent(gs.get("/RI"), label, n)
        modes = gs.get("/BM")
        for mode in modes if isinstance(modes, Array) else [modes] if modes is not None else []:
            if str(mode) not in _BLEND_MODES:
                self.add("6.2.10", f"{label} uses the non-standard blend mode {mode}", n)
        smask = gs.get("/SMask")
        if isinstance(smask, Dictionary) and isinstance(smask.get("/G"), Stream):
            if self.first("xobject", smask.G):
                self.form(smask.G, f"{label}'s soft mask", res, n)

    def intent(self, value: pikepdf.Object | None, label: str, n: int | None) -> None:
        if value is not None and str(value) not in _INTENTS:
            self.add("6.2.6", f"{label} uses the non-standard rendering intent {value}", n)

    def colour(self, cs: pikepdf.Object | None, res: Dictionary | None, n: int, depth: int = 0) -> None:
        """Note device colour spaces in use (6.2.4.3) and check ICC profiles (6.2.4.2)."""
        if cs is None or depth > 5:
            return
        if isinstance(cs, Name):
            name = _INLINE_CS.get(str(cs), str(cs))
            if name in _DEVICE:
                self.device(name, res, n)
            elif name != "/Pattern":
                named = dict(_items(res.get("/ColorSpace"))) if isinstance(res, Dictionary) else {}
                if not isinstance(named.get(name), (Name, type(None))):
                    self.colour(named[name], res, n, depth + 1)
        elif isinstance(cs, Array) and len(cs) > 1:
            family = str(cs[0])
            if family == "/ICCBased" and isinstance(cs[1], Stream):
                self.icc(cs[1], n)
            elif family in ("/Indexed", "/I", "/Pattern"):
                self.colour(cs[1], res, n, depth + 1)
            elif family in ("/Separation", "/DeviceN") and len(cs) > 2:
                self.colour(cs[2], res, n, depth + 1)

    def device(self, space: str, res: Dictionary | None, n: int) -> None:
        """Note a device colour space in use, unless a Default colour space replaces it (6.2.4.3)."""
        if space not in self.device_use:
            named = res.get("/ColorSpace") if isinstance(res, Dictionary) else None
            if not (isinstance(named, Dictionary) and "/Default" + space[7:] in named):
                self.device_use[space] = n

    def icc(self, profile: Stream, n: int) -> None:
        if not self.first("icc", profile):
            return
        head = profile.read_bytes()[:128]
        space = head[16:20] if len(head) == 128 else b""
        if (len(head) < 128 or head[12:16] not in (b"prtr", b"mntr", b"scnr", b"spac")
                or space not in _ICC_CHANNELS or head[8] >= 5):
            self.add("6.2.4.2", f"ICC profile {profile.objgen[0]} {profile.objgen[1]} R has an invalid or unsupported header", n)
        elif profile.get("/N") != _ICC_CHANNELS[space]:
            self.add("6.2.4.2", f"ICCBased colour space has /N {profile.get('/N')} for a {space.decode().strip()} profile", n)

    # -- content streams --

    def content(self, source, res: Dictionary | None, n: int, label: str, page_level: bool = False) -> None:
        """Walk one content stream for text rendering modes, colour and operators.

        A form XObject inherits the graphics state of where it is drawn; it is walked once, as
        if its colour had been set, so only page content can use the default DeviceGray."""
        try:
            instructions = pikepdf.parse_content_stream(source)
        except Exception as exc:  # noqa: BLE001
            self.add("6.1", f"{label} cannot be parsed ({exc})", n)
            return
        fonts = res.get("/Font") if isinstance(res, Dictionary) else None
        font, mode, fill_set, stroke_set = None, 0, not page_level, not page_level
        stack, uses, unknown, too_deep = [], set(), set(), False
        for inst in instructions:
            op = str(inst.operator)
            if op in _SHOW:
                uses.add((font, mode == 3))
                if mode in (0, 2, 4, 6) and not fill_set or mode in (1, 2, 5, 6) and not stroke_set:
                    self.device("/DeviceGray", res, n)  # the initial colour
            elif op == "Tf" and inst.operands:
                font = str(inst.operands[0])
            elif op == "Tr" and inst.operands:
                mode = int(inst.operands[0])
            elif op == "q":
                stack.append((font, mode, fill_set, stroke_set))
                if len(stack) > _MAX_Q_DEPTH and not too_deep:
                    too_deep = True
                    self.add("6.1.13", f"{label} nests q/Q deeper than {_MAX_Q_DEPTH} levels", n)
            elif op == "Q":
                if stack:
                    font, mode, fill_set, stroke_set = stack.pop()
            elif op in _SET_COLOUR:
                stroke, space = _SET_COLOUR[op]
                self.device(space, res, n)
                fill_set, stroke_set = fill_set or not stroke, stroke_set or stroke
            elif op in ("cs", "CS") and inst.operands:
                self.colour(inst.operands[0], res, n)
                fill_set, stroke_set = fill_set or op == "cs", stroke_set or op == "CS"
            elif op in _FILL or op in _STROKE:
                if op in _FILL and not fill_set or op in _STROKE and not stroke_set:
                    self.device("/DeviceGray", res, n)
            elif op == "ri" and inst.operands:
                self.intent(inst.operands[0], label, n)
            elif op == "INLINE IMAGE":
                self.inline_image(inst.iimage.obj, res, label, n)
            elif op not in _OPERATORS:
                unknown.add(op)
        if unknown:
            self.add("6.2.2", f"{label} uses operators not in ISO 32000-1: {', '.join(sorted(unknown))}", n)
        for name, invisible in uses:
            if name is None:
                continue
            font_obj = fonts.get(name) if isinstance(fonts, Dictionary) else None
            if font_obj is None:
                self.add("6.2.2", f"{label} uses font {name}, which is not in its resources", n)
            else:
                rec = self.note_font(font_obj, name, n)
                rec["invisible" if invisible else "visible"] = True

    def inline_image(self, d: Dictionary, res: Dictionary | None, label: str, n: int) -> None:
        self.filters(d.get("/Filter"), d.get("/DecodeParms"), f"an inline image in {label}", n)
        if d.get("/Interpolate") is True:
            self.add("6.2.8.1", f"an inline image in {label} has /I true", n)
        self.intent(d.get("/Intent"), f"an inline image in {label}", n)
        if d.get("/ImageMask") is not True:
            self.colour(d.get("/ColorSpace"), res, n)

    def device_colour(self) -> None:
        """DeviceGray needs any PDF/A output intent; RGB and CMYK need one of their own kind."""
        needs = {"/DeviceGray": None, "/DeviceRGB": b"RGB ", "/DeviceCMYK": b"CMYK"}
        for space, page in self.device_use.items():
            wanted = needs[space]
            if self.intent_space is None:
                self.add("6.2.4.3", f"{space} is used but there is no usable PDF/A output intent", page)
            elif wanted is not None and self.intent_space != wanted:
                self.add("6.2.4.3", f"{space} is used but the PDF/A output intent is "
                         f"{self.intent_space.decode().strip()}, not {wanted.decode().strip()}", page)

    # -- annotations and actions --

    def annotation(self, annot: pikepdf.Object, n: int) -> None:
        if not isinstance(annot, Dictionary) or not self.first("annotation", annot):
            return
        subtype = str(annot.get("/Subtype", ""))
        label = f"annotation {subtype or '(no subtype)'}"
        if subtype in ("/3D", "/Sound", "/Screen", "/Movie"):
            self.add("6.3.1", f"{label} is not permitted", n)
        elif subtype not in _ANNOTS:
            self.add("6.3.1", f"{label} is not an ISO 32000-1 annotation type", n)
        if subtype != "/Popup":
            flags = annot.get("/F")
            if flags is None or not int(flags) & 4:
                self.add("6.3.2", f"{label} does not set the Print flag", n)
            elif int(flags) & (1 | 2 | 32 | 256):
                self.add("6.3.2", f"{label} sets Invisible, Hidden, NoView or ToggleNoView", n)
        rect, ap = annot.get("/Rect"), annot.get("/AP")
        empty = isinstance(rect, Array) and len(rect) == 4 and rect[0] == rect[2] and rect[1] == rect[3]
        if ap is None:
            if subtype not in ("/Popup", "/Link") and not empty:
                self.add("6.3.3", f"{label} has no appearance stream", n)
        elif isinstance(ap, Dictionary):
            if set(ap.keys()) - {"/N"}:
                self.add("6.3.3", f"{label} has appearance entries other than /N", n)
            normal = ap.get("/N")
            button = subtype == "/Widget" and _field_type(annot) == "/Btn"
            if isinstance(normal, Stream):
                streams = [normal]
            elif button and isinstance(normal, Dictionary):
                streams = [s for _, s in _items(normal) if isinstance(s, Stream)]
            else:
                streams = []
                self.add("6.3.3", f"{label} has a normal appearance that is not a stream", n)
            for stream in streams:
                if self.first("xobject", stream):
                    self.form(stream, f"the appearance of {label}", None, n)
        if subtype == "/Widget" and ("/A" in annot or "/AA" in annot):
            self.add("6.4.1", f"{label} has an /A or /AA action", n)
        if isinstance(annot.get("/A"), Dictionary):
            self.action(annot.A, n, label)
        for _, act in _items(annot.get("/AA")):
            self.action(act, n, label)

    def action(self, act: pikepdf.Object, n: int | None, where: str, depth: int = 0) -> None:
        if not isinstance(act, Dictionary) or depth > 50 or not self.first("action", act):
            return
        kind = str(act.get("/S", ""))
        if kind not in _ACTIONS:
            self.add("6.5.1", f"{kind or 'untyped'} action in {where} is not permitted", n)
        elif kind == "/Named" and str(act.get("/N", "")) not in _NAMED_ACTIONS:
            self.add("6.5.1", f"named action {act.get('/N')} in {where} is not permitted", n)
        follow = act.get("/Next")
        for nxt in follow if isinstance(follow, Array) else [follow]:
            self.action(nxt, n, where, depth + 1)

    # -- fonts --

    def note_font(self, font: pikepdf.Object, name: str, n: int) -> dict:
        key = font.objgen if font.is_indirect else (n, name)
        rec = self.fonts.setdefault(key, {"font": font, "name": name, "page": n, "visible": False, "invisible": False})
        if rec["font"].get("/Subtype") == "/Type3" and isinstance(font, Dictionary) and self.first("type3", font):
            # glyphs are content streams: their fonts and colours count as used for rendering
            res = font.get("/Resources")
            self.resources(res, n)
            for glyph, proc in _items(font.get("/CharProcs")):
                if isinstance(proc, Stream):
                    self.content(proc, res, n, f"glyph {glyph} of Type3 font {name}")
        return rec

    def font(self, rec: dict) -> None:
        f, n = rec["font"], rec["page"]
        if not isinstance(f, Dictionary):
            self.add("6.2.11.2", f"font {rec['name']} is not a dictionary", n)
            return
        subtype, base = str(f.get("/Subtype", "")), str(f.get("/BaseFont", ""))
        label = f"font {rec['name']}" + (f" ({base[1:]})" if base else "")
        if f.get("/Type") != "/Font":
            self.add("6.2.11.2", f"{label} lacks /Type /Font", n)
        if subtype not in ("/Type0", "/Type1", "/MMType1", "/TrueType", "/Type3"):
            self.add("6.2.11.2", f"{label} has the invalid /Subtype {subtype or 'none'}", n)
            return
        if subtype != "/Type3" and not base:
            self.add("6.2.11.2", f"{label} has no /BaseFont", n)
        target = f
        if subtype == "/Type0":
            descendants = f.get("/DescendantFonts")
            if not isinstance(descendants, Array) or len(descendants) != 1 or not isinstance(descendants[0], Dictionary):
                self.add("6.2.11.2", f"{label} does not have exactly one descendant font", n)
                return
            target = descendants[0]
            self.composite(f, target, label, n)
        descriptor = target.get("/FontDescriptor")
        embedded = subtype == "/Type3" or isinstance(descriptor, Dictionary) and any(
            k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
        if rec["visible"] and not embedded:
            self.add("6.2.11.4.1", f"{label} is not embedded but draws visible text", n)
        if subtype != "/Type0" and not (subtype == "/Type1" and base in _STANDARD_14 and not embedded):
            first, last, widths = f.get("/FirstChar"), f.get("/LastChar"), f.get("/Widths")
            if not isinstance(first, int) or not isinstance(last, int) or not isinstance(widths, Array) \
                    or len(widths) != last - first + 1:
                self.add("6.2.11.2", f"{label} lacks FirstChar, LastChar or a Widths array of matching size", n)
        if subtype == "/TrueType" and embedded and rec["visible"]:
            symbolic = int(descriptor.get("/Flags", 0)) & 4
            encoding = f.get("/Encoding")
            if symbolic and encoding is not None:
                self.add("6.2.11.6", f"{label} is a symbolic TrueType font with an /Encoding", n)
            if not symbolic and not isinstance(encoding, Dictionary) and \
                    str(encoding) not in ("/MacRomanEncoding", "/WinAnsiEncoding"):
                self.add("6.2.11.6", f"{label} is non-symbolic TrueType without MacRoman or WinAnsi encoding", n)
        if rec["invisible"] and "/ToUnicode" not in f:
            self.add("tthc-text", f"{label} draws invisible (OCR) text but has no ToUnicode map", n)

    def composite(self, f: Dictionary, cid: Dictionary, label: str, n: int) -> None:
        encoding, info = f.get("/Encoding"), cid.get("/CIDSystemInfo")
        if isinstance(encoding, Name) and str(encoding) not in _PREDEFINED_CMAPS:
            self.add("6.2.11.3.3", f"{label} uses the CMap {encoding}, which is neither predefined nor embedded", n)
        elif isinstance(encoding, Stream):
            cmap_info = encoding.get("/CIDSystemInfo")
            if isinstance(cmap_info, Dictionary) and isinstance(info, Dictionary) and not (
                    str(cmap_info.get("/Registry")) == str(info.get("/Registry"))
                    and str(cmap_info.get("/Ordering")) == str(info.get("/Ordering"))
                    and int(info.get("/Supplement", 0)) >= int(cmap_info.get("/Supplement", 0))):
                self.add("6.2.11.3.1", f"{label}: the CIDSystemInfo of its CMap and its CIDFont disagree", n)
        if cid.get("/Subtype") == "/CIDFontType2":
            mapping = cid.get("/CIDToGIDMap")
            if not (isinstance(mapping, Stream) or mapping == "/Identity"):
                self.add("6.2.11.3.2", f"{label} is CIDFontType2 without a /CIDToGIDMap stream or /Identity", n)


# -- helpers ----------------------------------------------------------------------------------

def _items(d: pikepdf.Object | None) -> list[tuple[str, pikepdf.Object]]:
    return list(d.items()) if isinstance(d, Dictionary) else []


def _field_type(annot: Dictionary) -> str | None:
    node, depth = annot, 0
    while isinstance(node, Dictionary) and depth < 30:  # /FT is inheritable from parent fields
        if "/FT" in node:
            return str(node.FT)
        node, depth = node.get("/Parent"), depth + 1
    return None


def _xmp_items(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    items = value.findall(f".//{{{_RDF}}}li")
    return [(li.text or "") for li in items] if items else [value.text or ""]


def _xmp_text(value: object) -> str | None:
    """A simple or language-alternative XMP value (x-default first)."""
    if value is None or isinstance(value, str):
        return value
    items = value.findall(f".//{{{_RDF}}}li")
    for li in items:
        if li.get(f"{{{_XML}}}lang") == "x-default":
            return li.text or ""
    return (items[0].text or "") if items else (value.text or "").strip()


def _same_date(pdf_value: str, xmp_value: str | None) -> bool:
    """Same instant; when only one side names a time zone, the wall-clock times must agree."""
    a, b = _pdf_date(pdf_value), _xmp_date(xmp_value)
    if a is None or b is None:
        return False
    if (a.tzinfo is None) != (b.tzinfo is None):
        a, b = a.replace(tzinfo=None), b.replace(tzinfo=None)
    return a == b


def _moment(parts: list[str | None], sign: str | None, tz_h: str | None, tz_m: str | None) -> datetime:
    y, mo, d, h, mi, s = (int(p) if p else dflt for p, dflt in zip(parts, (0, 1, 1, 0, 0, 0)))
    moment = datetime(y, mo, d, h, mi, s)
    if sign in ("Z", "z") or (sign and not tz_h):
        return moment.replace(tzinfo=timezone.utc)
    if sign:
        offset = timedelta(hours=int(tz_h), minutes=int(tz_m or 0))
        return moment.replace(tzinfo=timezone(offset if sign == "+" else -offset))
    return moment  # no zone: compared as written


def _pdf_date(text: str) -> datetime | None:
    m = re.match(r"(?:D:)?(\d{4})(\d\d)?(\d\d)?(\d\d)?(\d\d)?(\d\d)?(?:([Zz+\-])(?:(\d\d)'?(\d\d)?'?)?)?", text.strip())
    try:
        return _moment(list(m.groups()[:6]), m.group(7), m.group(8), m.group(9)) if m else None
    except ValueError:
        return None


def _xmp_date(text: str | None) -> datetime | None:
    m = re.match(r"(\d{4})(?:-(\d\d)(?:-(\d\d)(?:T(\d\d):(\d\d)(?::(\d\d)(?:\.\d+)?)?)?)?)?"
                 r"(?:(Z)|([+\-])(\d\d):(\d\d))?$", (text or "").strip())
    if not m:
        return None
    sign = m.group(7) or m.group(8)
    try:
        return _moment(list(m.groups()[:6]), sign, m.group(9), m.group(10))
    except ValueError:
        return None

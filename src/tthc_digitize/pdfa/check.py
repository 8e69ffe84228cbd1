"""A PDF/A-2b checker for the files this tool writes and the PDFs it takes in.

veraPDF cannot be installed here, so this checks, with pikepdf, the ISO 19005-2 (level B) rules that
scanned and OCR'd documents can break: file structure, metadata and its agreement with the document
information dictionary, the output intent and device colour, fonts, and forbidden features.
It reads objects once and never decodes images, so it costs milliseconds per page.
Not covered (see benchmarks/README.md): content-stream operator limits, glyph width agreement
inside font programs, transparency blending rules, CMap details beyond Identity.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import datetime, timezone

import pikepdf
from lxml import etree
from pikepdf import Name

NS = {
    "x": "adobe:ns:meta/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "pdfaid": "http://www.aiim.org/pdfa/ns/id/",
    "dc": "http://purl.org/dc/elements/1.1/",
    "pdf": "http://ns.adobe.com/pdf/1.3/",
    "xmp": "http://ns.adobe.com/xap/1.0/",
}
_FORBIDDEN_ACTIONS = {"/Launch", "/Sound", "/Movie", "/ResetForm", "/ImportData", "/Hide", "/SetOCGState",
                      "/Rendition", "/Trans", "/GoTo3DView", "/JavaScript"}
_FORBIDDEN_ANNOTS = {"/Sound", "/Movie", "/Screen", "/3D", "/RichMedia", "/FileAttachment"}
_INTENTS = {"/RelativeColorimetric", "/AbsoluteColorimetric", "/Perceptual", "/Saturation"}
_XMP_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_blank_text=True)


@dataclass(frozen=True)
class Violation:
    rule: str  # ISO 19005-2 clause
    message: str
    page: int | None = None


class PdfaCheckError(Exception):
    """The file cannot be opened as a PDF at all: there is nothing to check."""


def format_violations(violations: list[Violation]) -> str:
    return "\n".join(f"[{v.rule}]{f' p.{v.page}' if v.page else ''}: {v.message}" for v in violations)


def check_pdfa2b(path: str | os.PathLike) -> list[Violation]:
    found: list[Violation] = []
    _check_bytes(path, found)
    try:
        pdf = pikepdf.open(path)
    except pikepdf.PasswordError:
        return found + [Violation("6.1.3", "encrypted with a user password")]
    except pikepdf.PdfError as exc:
        raise PdfaCheckError(str(exc)) from None
    with pdf:
        if pdf.is_encrypted:
            found.append(Violation("6.1.3", "the file is encrypted"))
        if Name.ID not in pdf.trailer:
            found.append(Violation("6.1.3", "the trailer has no /ID"))
        colour_spaces = _Checker(pdf, found).run()
        intent_space = _check_output_intent(pdf, found)
        for space in sorted(colour_spaces):
            needed = {"/DeviceRGB": "RGB ", "/DeviceCMYK": "CMYK"}.get(space)
            if needed and intent_space != needed:
                found.append(Violation("6.2.4.3", f"{space} is used without a matching PDF/A output intent"))
        _check_metadata(pdf, found)
    return found


def _check_bytes(path: str | os.PathLike, found: list[Violation]) -> None:
    with open(path, "rb") as fh:
        head = fh.read(1024)
        fh.seek(0, os.SEEK_END)
        size = fh.tell()
        fh.seek(max(0, size - 1024))
        tail = fh.read()
    match = re.match(rb"%PDF-(\d)\.(\d)\r?\n?", head)
    if not match:
        found.append(Violation("6.1.2", "the file does not start with a %PDF-1.n header"))
        return
    if (int(match.group(1)), int(match.group(2))) > (1, 7):
        found.append(Violation("6.1.2", f"PDF version {match.group(1).decode()}.{match.group(2).decode()} is not PDF/A-2"))
    rest = head[match.end():]
    comment = re.match(rb"(?:\r\n|\r|\n)?%([^\r\n]*)", rest)
    if not comment or sum(1 for b in comment.group(1)[:4] if b > 127) < 4:
        found.append(Violation("6.1.2", "no comment with four binary bytes after the header"))
    end = tail.rfind(b"%%EOF")
    if end < 0:
        found.append(Violation("6.1.3", "no %%EOF marker at the end of the file"))
    elif tail[end + 5:].strip(b"\r\n"):
        found.append(Violation("6.1.3", "data after the last %%EOF marker"))


class _Checker:
    """One walk over pages, resources and annotations, visiting each object once."""

    def __init__(self, pdf: pikepdf.Pdf, found: list[Violation]) -> None:
        self.pdf, self.found = pdf, found
        self.seen: set[tuple[int, int]] = set()
        self.colour_spaces: set[str] = set()
        self.page: int | None = None

    def add(self, rule: str, message: str) -> None:
        self.found.append(Violation(rule, message, self.page))

    def run(self) -> set[str]:
        root = self.pdf.Root
        names = root.get(Name.Names)
        if names is not None:
            if Name.JavaScript in names:
                self.add("6.6.1", "the document has a /JavaScript name tree")
            if Name.EmbeddedFiles in names:
                self.add("6.8", "embedded files are only allowed when they are PDF/A themselves; not checked, so refused")
        if Name.OpenAction in root:
            self._action(root.OpenAction)
        if Name.AA in root:
            self.add("6.6.2", "the catalog has additional actions (/AA)")
        acroform = root.get(Name.AcroForm)
        if acroform is not None:
            if Name.XFA in acroform:
                self.add("6.4.2", "the form contains XFA")
            if acroform.get(Name.NeedAppearances) is True:
                self.add("6.4.1", "the form sets NeedAppearances true")
        if root.get(Name.NeedsRendering) is True:
            self.add("6.4.2", "NeedsRendering is true")
        ocprops = root.get(Name.OCProperties)
        if ocprops is not None:
            for config in [ocprops.get(Name.D), *ocprops.get(Name.Configs, [])]:
                if config is not None and Name.Name not in config:
                    self.add("6.9", "an optional content configuration has no /Name")
        for number, page in enumerate(self.pdf.pages, start=1):
            self.page = number
            self._page(page)
        self.page = None
        return self.colour_spaces

    def _first_visit(self, obj: pikepdf.Object) -> bool:
        if not obj.is_indirect:
            return True
        key = obj.objgen
        if key in self.seen:
            return False
        self.seen.add(key)
        return True

    def _page(self, page: pikepdf.Page) -> None:
        obj = page.obj
        box = obj.get(Name.MediaBox)
        if box is None:
            self.add("6.1.13", "the page has no MediaBox")
        else:
            width, height = abs(float(box[2] - box[0])), abs(float(box[3] - box[1]))
            if not (3 <= width <= 14400 and 3 <= height <= 14400):
                self.add("6.1.13", f"page size {width:.0f}x{height:.0f} pt is outside 3..14400 pt")
        if Name.AA in obj:
            self.add("6.6.2", "the page has additional actions (/AA)")
        if obj.get(Name.Group, {}).get(Name.S) == Name.Transparency and Name.CS not in obj.Group:
            pass  # allowed when an output intent exists, which is checked separately
        self._resources(obj.get(Name.Resources))
        self._content(page)
        for annot in obj.get(Name.Annots, []):
            self._annotation(annot)

    def _content(self, page: pikepdf.Page) -> None:
        try:
            pikepdf.parse_content_stream(page, "ri")
        except pikepdf.PdfError as exc:
            self.add("6.2.2", f"unreadable content stream: {exc}")
            return
        for operands, _ in pikepdf.parse_content_stream(page, "ri"):
            if operands and str(operands[0]) not in _INTENTS:
                self.add("6.2.5", f"rendering intent {operands[0]} is not one of the four standard ones")

    def _resources(self, resources: pikepdf.Object | None) -> None:
        if resources is None or not self._first_visit(resources):
            return
        for font in resources.get(Name.Font, {}).values():
            self._font(font)
        for xobject in resources.get(Name.XObject, {}).values():
            self._xobject(xobject)
        for gstate in resources.get(Name.ExtGState, {}).values():
            self._gstate(gstate)
        for space in resources.get(Name.ColorSpace, {}).values():
            self._colour_space(space)
        for pattern in resources.get(Name.Pattern, {}).values():
            if self._first_visit(pattern):
                self._resources(pattern.get(Name.Resources))

    def _colour_space(self, space: pikepdf.Object) -> None:
        if isinstance(space, Name):
            if str(space) in ("/DeviceRGB", "/DeviceCMYK", "/DeviceGray"):
                self.colour_spaces.add(str(space))
        elif isinstance(space, pikepdf.Array) and len(space) > 1:
            family = str(space[0])
            if family == "/ICCBased":
                return
            if family == "/Indexed":
                self._colour_space(space[1])
            elif family in ("/Separation", "/DeviceN"):
                self._colour_space(space[2])

    def _xobject(self, xobject: pikepdf.Object) -> None:
        if not self._first_visit(xobject):
            return
        subtype = xobject.get(Name.Subtype)
        self._filters(xobject)
        if subtype == Name.Image:
            if Name.Alternates in xobject:
                self.add("6.2.8", "an image has /Alternates")
            if Name.OPI in xobject:
                self.add("6.2.8", "an image has /OPI")
            if xobject.get(Name.Interpolate) is True:
                self.add("6.2.8", "an image has /Interpolate true")
            if Name.Intent in xobject and str(xobject.Intent) not in _INTENTS:
                self.add("6.2.5", f"image rendering intent {xobject.Intent} is not standard")
            if Name.ColorSpace in xobject:
                self._colour_space(xobject.ColorSpace)
            if Name.SMask in xobject:
                self._xobject(xobject.SMask)
        elif subtype == Name.Form:
            if Name.OPI in xobject:
                self.add("6.2.9", "a form XObject has /OPI")
            if Name.Ref in xobject:
                self.add("6.2.9", "a reference XObject is used")
            if xobject.get(Name.Subtype2) == Name.PS:
                self.add("6.2.9", "a PostScript form XObject is used")
            self._resources(xobject.get(Name.Resources))
        elif subtype == Name.PS:
            self.add("6.2.9", "a PostScript XObject is used")

    def _filters(self, stream: pikepdf.Object) -> None:
        filters = stream.get(Name.Filter)
        names = list(filters) if isinstance(filters, pikepdf.Array) else [filters] if filters is not None else []
        if Name.LZWDecode in names:
            self.add("6.1.7.2", "a stream uses LZWDecode")
        if Name.F in stream:
            self.add("6.1.7.1", "a stream refers to an external file (/F)")

    def _gstate(self, gstate: pikepdf.Object) -> None:
        if not self._first_visit(gstate):
            return
        if Name.TR in gstate:
            self.add("6.2.5", "an ExtGState has a transfer function /TR")
        if Name.TR2 in gstate and gstate.TR2 != Name.Default:
            self.add("6.2.5", "an ExtGState has /TR2 other than /Default")
        if Name.HTP in gstate:
            self.add("6.2.5", "an ExtGState has /HTP")
        halftone = gstate.get(Name.HT)
        if isinstance(halftone, pikepdf.Dictionary) and int(halftone.get(Name.HalftoneType, 1)) not in (1, 5):
            self.add("6.2.5", "a halftone of a type other than 1 or 5")
        if Name.RI in gstate and str(gstate.RI) not in _INTENTS:
            self.add("6.2.5", f"rendering intent {gstate.RI} is not standard")
        smask = gstate.get(Name.SMask)
        if isinstance(smask, pikepdf.Dictionary) and Name.G in smask:
            self._xobject(smask.G)

    def _font(self, font: pikepdf.Object) -> None:
        if not self._first_visit(font):
            return
        subtype = font.get(Name.Subtype)
        name = str(font.get(Name.BaseFont, "?"))
        if subtype == Name.Type3:
            self._resources(font.get(Name.Resources))
            return
        target = font
        if subtype == Name.Type0:
            descendants = font.get(Name.DescendantFonts, [])
            if len(descendants) != 1:
                self.add("6.2.11.3", f"Type0 font {name} does not have exactly one descendant font")
                return
            target = descendants[0]
            if target.get(Name.Subtype) == Name.CIDFontType2 and Name.CIDToGIDMap not in target:
                self.add("6.2.11.3.2", f"CIDFontType2 font {name} has no /CIDToGIDMap")
            encoding = font.get(Name.Encoding)
            info = target.get(Name.CIDSystemInfo)
            if encoding not in (Name("/Identity-H"), Name("/Identity-V")) and isinstance(encoding, Name) and info is not None:
                pass  # predefined CMaps: compatibility of Registry/Ordering is beyond this checker
        descriptor = target.get(Name.FontDescriptor)
        embedded = descriptor is not None and any(k in descriptor for k in (Name.FontFile, Name.FontFile2, Name.FontFile3))
        if not embedded:
            self.add("6.2.11.4.1", f"font {name} is not embedded")
        elif subtype == Name.Type0 and Name.ToUnicode not in font:
            self.add("tthc-text", f"font {name} has no ToUnicode map: its text cannot be searched")

    def _annotation(self, annot: pikepdf.Object) -> None:
        if not self._first_visit(annot):
            return
        subtype = str(annot.get(Name.Subtype, ""))
        if subtype in _FORBIDDEN_ANNOTS:
            self.add("6.3.1", f"annotation type {subtype} is not allowed")
        flags = int(annot.get(Name.F, 0))
        if subtype != "/Popup" and not flags & 4:
            self.add("6.3.2", f"annotation {subtype} does not have the Print flag")
        if flags & (1 | 2 | 32):
            self.add("6.3.2", f"annotation {subtype} is hidden or invisible")
        if Name.A in annot:
            self._action(annot.A)
        if Name.AA in annot:
            self.add("6.6.2", "an annotation has additional actions (/AA)")
        appearance = annot.get(Name.AP)
        if appearance is not None:
            for state in appearance.values():
                streams = state.values() if isinstance(state, pikepdf.Dictionary) and Name.Type not in state and not isinstance(state, pikepdf.Stream) else [state]
                for stream in streams:
                    if isinstance(stream, pikepdf.Stream):
                        self._xobject(stream)

    def _action(self, action: pikepdf.Object) -> None:
        if not isinstance(action, pikepdf.Dictionary):
            return
        kind = str(action.get(Name.S, ""))
        if kind in _FORBIDDEN_ACTIONS:
            self.add("6.6.1", f"action {kind} is not allowed")
        if kind == "/Named" and str(action.get(Name.N, "")) not in ("/NextPage", "/PrevPage", "/FirstPage", "/LastPage"):
            self.add("6.6.1", f"named action {action.get(Name.N)} is not allowed")
        nxt = action.get(Name.Next)
        for follow in (nxt if isinstance(nxt, pikepdf.Array) else [nxt] if nxt is not None else []):
            self._action(follow)


def _icc_colour_space(profile: pikepdf.Stream) -> tuple[str | None, int]:
    data = profile.read_bytes()
    if len(data) < 128:
        return None, 0
    return data[16:20].decode("latin-1"), data[8]


def _check_output_intent(pdf: pikepdf.Pdf, found: list[Violation]) -> str | None:
    intents = [i for i in pdf.Root.get(Name.OutputIntents, []) if i.get(Name.S) == Name.GTS_PDFA1]
    if not intents:
        found.append(Violation("6.2.3", "no PDF/A output intent (GTS_PDFA1)"))
        return None
    profiles = {i.DestOutputProfile.objgen for i in intents if Name.DestOutputProfile in i}
    if len(profiles) > 1:
        found.append(Violation("6.2.3", "several PDF/A output intents with different profiles"))
    profile = intents[0].get(Name.DestOutputProfile)
    if profile is None:
        found.append(Violation("6.2.3", "the PDF/A output intent has no DestOutputProfile"))
        return None
    space, major = _icc_colour_space(profile)
    channels = {"RGB ": 3, "GRAY": 1, "CMYK": 4}.get(space or "")
    if channels is None:
        found.append(Violation("6.2.3", f"the output intent's ICC profile has colour space {space!r}"))
    elif int(profile.get(Name.N, 0)) != channels:
        found.append(Violation("6.2.3", f"the output profile's /N does not match its {space.strip()} colour space"))
    if major > 4:
        found.append(Violation("6.2.3", f"ICC profile version {major} is newer than PDF/A-2 allows"))
    return space


def _xmp_values(tree: etree._Element, prefix: str, name: str) -> list[str]:
    """Values of ``prefix:name`` whether written as an attribute or as an element (with rdf lists)."""
    ns = NS[prefix]
    values: list[str] = []
    for desc in tree.iter(f"{{{NS['rdf']}}}Description"):
        attr = desc.get(f"{{{ns}}}{name}")
        if attr is not None:
            values.append(attr)
        for elem in desc.findall(f"{{{ns}}}{name}"):
            items = elem.findall(f".//{{{NS['rdf']}}}li")
            values.extend([(li.text or "") for li in items] if items else [(elem.text or "")])
    return values


def _parse_date(text: str) -> datetime | None:
    text = text.strip()
    if text.startswith("D:"):
        m = re.match(r"D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?([Zz+\-])?(\d{2})?'?(\d{2})?'?", text)
        if not m:
            return None
        parts = [int(p) if p else d for p, d in zip(m.groups()[:6], (0, 1, 1, 0, 0, 0))]
        sign, hh, mm = m.group(7), int(m.group(8) or 0), int(m.group(9) or 0)
        text = "{:04d}-{:02d}-{:02d}T{:02d}:{:02d}:{:02d}".format(*parts)
        text += "+00:00" if sign in (None, "Z", "z") else f"{sign}{hh:02d}:{mm:02d}"
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def _check_metadata(pdf: pikepdf.Pdf, found: list[Violation]) -> None:
    stream = pdf.Root.get(Name.Metadata)
    if stream is None:
        found.append(Violation("6.6.2.1", "the catalog has no XMP /Metadata stream"))
        return
    if Name.Filter in stream:
        found.append(Violation("6.6.2.1", "the XMP metadata stream is compressed"))
    try:
        tree = etree.fromstring(stream.read_bytes(), _XMP_PARSER)
    except (etree.XMLSyntaxError, pikepdf.PdfError) as exc:
        found.append(Violation("6.6.2.1", f"the XMP metadata cannot be parsed: {exc}"))
        return
    part = _xmp_values(tree, "pdfaid", "part")
    conformance = _xmp_values(tree, "pdfaid", "conformance")
    if part != ["2"]:
        found.append(Violation("6.6.4", f"XMP pdfaid:part is {part or 'missing'}, not 2"))
    if not conformance or conformance[0] not in ("A", "B", "U"):
        found.append(Violation("6.6.4", f"XMP pdfaid:conformance is {conformance or 'missing'}, not B"))
    info = pdf.trailer.get(Name.Info)
    if info is None:
        return
    pairs = {
        "/Title": ("dc", "title"), "/Author": ("dc", "creator"), "/Subject": ("dc", "description"),
        "/Keywords": ("pdf", "Keywords"), "/Creator": ("xmp", "CreatorTool"), "/Producer": ("pdf", "Producer"),
        "/CreationDate": ("xmp", "CreateDate"), "/ModDate": ("xmp", "ModifyDate"),
    }
    for key, (prefix, name) in pairs.items():
        if key not in info:
            continue
        value = str(info[key])
        xmp = _xmp_values(tree, prefix, name)
        if key.endswith("Date"):
            same = bool(xmp) and _parse_date(value) is not None and _parse_date(value) == _parse_date(xmp[0])
        elif key == "/Author":
            same = bool(xmp) and ", ".join(xmp) == value or value in xmp
        else:
            same = bool(xmp) and xmp[0] == value
        if not same:
            found.append(Violation("6.6.3", f"Info {key} {value!r} does not match XMP {prefix}:{name} {xmp[:1]}"))

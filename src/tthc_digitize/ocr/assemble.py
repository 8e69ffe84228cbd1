"""Joining page PDFs into one PDF/A-2b document, in the main process.

Pages are copied from the workers' one-page files, which pikepdf reads lazily from disk: image data
is never all in memory at once, however many pages a scan has.
"""

from __future__ import annotations

import contextlib
import functools
import struct
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pikepdf
from pikepdf import Dictionary, Name
from PIL import ImageCms

from tthc_digitize import __version__, pagewords
from tthc_digitize.ocr import textlayer
from tthc_digitize.ocr.page import PageResult

PRODUCER = f"tthc-digitize {__version__}"


@dataclass(frozen=True)
class DocumentInfo:
    title: str
    created: datetime
    language: str = "vi-VN"


@functools.cache
def srgb_profile() -> bytes:
    """LittleCMS's sRGB profile with a fixed creation date: it stamps the wall clock into the header,
    which made two runs of the same scan give different PDF bytes (and SHA-256s in the register)."""
    icc = bytearray(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())
    icc[24:36] = struct.pack(">6H", 2020, 1, 1, 0, 0, 0)  # header dateTime; the profile ID (84-99) is unset
    return bytes(icc)


def _srgb_intent(pdf: pikepdf.Pdf) -> Dictionary:
    profile = pdf.make_stream(srgb_profile())
    profile.N = 3
    return Dictionary(
        Type=Name.OutputIntent,
        S=Name.GTS_PDFA1,
        OutputConditionIdentifier="sRGB IEC61966-2.1",
        Info="sRGB IEC61966-2.1",
        DestOutputProfile=profile,
    )


def _pdf_date(moment: datetime) -> str:
    offset = moment.strftime("%z") or "+0000"
    return moment.strftime("D:%Y%m%d%H%M%S") + f"{offset[:3]}'{offset[3:]}'"


def assemble(pages: list[PageResult], source: Path, output: Path, info: DocumentInfo) -> None:
    """Write the PDF/A-2b file ``output`` from per-page results (in page order)."""
    with contextlib.ExitStack() as stack:
        out = stack.enter_context(pikepdf.new())
        source_pdf = None
        shared_font = None
        modified = _pdf_date(info.created)
        for result in pages:
            if result.pdf is None:  # page kept from the source (it already had text)
                if source_pdf is None:
                    source_pdf = stack.enter_context(pikepdf.open(source, password=""))
                out.pages.append(source_pdf.pages[result.number - 1])
                _spell_out_defaults(out.pages[-1])
                continue
            page_pdf = stack.enter_context(pikepdf.open(result.pdf))
            out.pages.append(page_pdf.pages[0])
            if result.action == "ocr":
                pagewords.attach(out, out.pages[-1], result.boxes, modified)
            fonts = out.pages[-1].Resources.get(Name.Font)
            if fonts is not None and textlayer.FONT_NAME in fonts:
                # every page brought its own copy of the glyphless font: keep one
                if shared_font is None:
                    shared_font = fonts[textlayer.FONT_NAME]
                else:
                    fonts[textlayer.FONT_NAME] = shared_font
        _make_pdfa(out, info)
        out.save(
            output,
            fix_metadata_version=True,
            deterministic_id=True,
            object_stream_mode=pikepdf.ObjectStreamMode.generate,
        )


def _spell_out_defaults(page: pikepdf.Page) -> None:
    """Write down what the PDF spec already implies but PDF/A wants stated.

    A CIDFontType2 without /CIDToGIDMap means Identity (ISO 32000-1 9.7.4.2); PDF/A-2 requires the
    entry (6.2.11.3.2), and PDFs from common libraries leave it out. Adding it changes no rendering.
    """
    fonts = page.resources.get(Name.Font, {})
    for font in fonts.values():
        for descendant in font.get(Name.DescendantFonts, []):
            if descendant.get(Name.Subtype) == Name.CIDFontType2 and Name.CIDToGIDMap not in descendant:
                descendant.CIDToGIDMap = Name.Identity


def _make_pdfa(pdf: pikepdf.Pdf, info: DocumentInfo) -> None:
    pdf.Root.OutputIntents = pikepdf.Array([_srgb_intent(pdf)])
    pdf.Root.Lang = info.language
    date = _pdf_date(info.created)
    pdf.docinfo = pdf.make_indirect(
        Dictionary(Title=info.title, Producer=PRODUCER, Creator=PRODUCER, CreationDate=date, ModDate=date)
    )
    with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
        meta.load_from_docinfo(pdf.docinfo)
        meta["pdfaid:part"] = "2"
        meta["pdfaid:conformance"] = "B"
        meta["dc:language"] = [info.language]

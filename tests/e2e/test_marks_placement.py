"""Marks never cover the document: every block the tool draws (conversion mark, QR codes, a copy's
caption, the copy block, the certification statement) stands where the page was blank, measured on
pages rendered at 150 dpi; when nothing blank is big enough, the block shrinks, then the page grows a
strip, then a page is added. Unit tests on synthetic page images, then the real pipeline on every
sample result, a register copy and a certified copy."""

from __future__ import annotations

import re
import shutil
from datetime import datetime
from pathlib import Path

import numpy as np
import pymupdf
import pytest

from helpers import SAMPLE_AGENCY, SAMPLES, TRUTH
from copies_fixtures import REGISTER
from sign_fixtures import credential
from tthc_digitize.clock import VN_TZ
from tthc_digitize.sign.placement import AIR, EDGE, MAX_STRIP, MIN_SCALE, place

# --- the search on synthetic pages (1 px = 1 pt unless said otherwise)

W, H = 595, 842
WHITE, INK = 250, 0
# the test's own idea of ink and blank (not the library's constants, so that loosening them is caught):
# darker than mid-grey is ink; a blank place has at most 0.2 % ink (specks of dust)
DARK, BLANK = 160, 0.002


def ink_share(grey: np.ndarray, rect, scale: float) -> float:
    x0, y0, x1, y1 = (max(0, int(round(v * scale))) for v in rect)
    window = grey[y0:y1, x0:x1]
    return float((window < DARK).mean()) if window.size else 0.0


def blank(scale: int = 1) -> np.ndarray:
    return np.full((H * scale, W * scale), WHITE, dtype=np.uint8)


def assert_blank_under(grey: np.ndarray, rect, scale: float = 1.0) -> None:
    x0, y0, x1, y1 = rect
    air = (x0 - AIR, y0 - AIR, x1 + AIR, y1 + AIR)
    assert ink_share(grey, air, scale) <= BLANK, rect


@pytest.mark.parametrize("corner", ["top-left", "top-right", "foot-left", "foot-right"])
def test_a_blank_page_takes_each_block_in_its_own_corner(corner):
    p = place(blank(), 1.0, (180, 60), corner)
    x = EDGE if corner.endswith("left") else W - EDGE - 180
    y = EDGE if corner.startswith("top") else H - EDGE - 60
    assert (p.where, p.scale) == ("page", 1.0) and (p.x, p.y) == pytest.approx((x, y), abs=1)


def test_the_copy_block_steps_off_the_national_motto_to_the_nearest_blank_place():
    page = blank()
    page[20:70, 330:560] = INK  # the motto, top-right, from 20 pt down
    page[90:100, 60:540] = INK  # the document's title line below
    p = place(page, 1.0, (180, 60), "top-right")
    assert p.where == "page" and p.scale == 1.0
    assert p.x + p.width / 2 > W / 2  # still in the right half
    assert_blank_under(page, p.rect)
    # nothing between the motto and the title is tall enough: it went beside the motto or past the title
    assert p.y > 100 or p.x + p.width < 330


def test_a_block_shrinks_to_the_blank_top_margin_before_the_page_grows():
    page = blank()
    page[60:H - 20, 20:W - 20] = INK  # text from 60 pt down: 50 pt of blank between EDGE and AIR
    p = place(page, 1.0, (180, 59), "top-right")
    assert p.where == "page" and MIN_SCALE <= p.scale < 1.0 and p.y == pytest.approx(EDGE, abs=1)
    assert_blank_under(page, p.rect)
    # too little margin even for the smallest legible block: a strip at the top
    page[30:60, 20:W - 20] = INK
    p = place(page, 1.0, (180, 59), "top-right")
    assert p.where == "strip" and p.scale == 1.0 and p.strip == pytest.approx(EDGE + 59 + AIR)
    assert p.y == pytest.approx(EDGE)  # in the strip, above the page as it was


def test_a_page_full_of_ink_gets_a_strip_at_the_foot_and_a_huge_block_a_page_of_its_own():
    page = np.full((H, W), INK, dtype=np.uint8)
    p = place(page, 1.0, (300, 120), "foot-right")
    assert p.where == "strip" and p.y == pytest.approx(H + AIR) and p.y + p.height + EDGE <= H + p.strip + 1e-6
    tall = MAX_STRIP * H + 10
    p = place(page, 1.0, (300, tall), "foot-right")
    assert p.where == "new_page" and p.scale == 1.0 and p.y + p.height <= H


def test_scanner_borders_and_dust_are_not_content_but_a_word_is():
    page = blank()
    page[:5, :] = page[-5:, :] = INK  # dark scanner borders
    page[:, :5] = page[:, -5:] = INK
    page[30, 500] = page[40, 480] = INK  # two specks of dust under the corner
    p = place(page, 1.0, (180, 60), "top-right")
    assert (p.x, p.y) == pytest.approx((W - EDGE - 180, EDGE), abs=1)
    page[30:40, 480:520] = INK  # a word there
    p = place(page, 1.0, (180, 60), "top-right")
    assert p.where == "page" and not (p.x < 520 and p.x + p.width > 480 and p.y < 40 and p.y + p.height > 30)


def test_the_resolution_of_the_rendering_does_not_move_the_block():
    one, two = blank(1), blank(2)
    one[20:70, 330:560] = INK
    two[40:140, 660:1120] = INK
    a, b = place(one, 1.0, (180, 60), "top-right"), place(two, 2.0, (180, 60), "top-right")
    assert (a.x, a.y, a.scale) == pytest.approx((b.x, b.y, b.scale), abs=1)


# --- the real pipeline: rendered at 150 dpi, source page against marked page

DPI = 150
SCALE = DPI / 72
WHEN = datetime(2026, 12, 5, 19, 2, 24, tzinfo=VN_TZ)


def grey(page) -> np.ndarray:
    from tthc_digitize.sign.room import grey_image

    return grey_image(page, DPI)


def _pdf_rect(page, rect) -> pymupdf.Rect:
    r = pymupdf.Rect(rect) * ~page.transformation_matrix
    r.normalize()
    return r


def drawn_elements(page) -> list[tuple[str, str, pymupdf.Rect]]:
    """(kind, key, rect in PDF coordinates) of what the tool draws: QR squares, lines in Tinos (the
    marks' font), signature fields that show something."""
    from helpers import qr_squares

    found = [("qr", "", _pdf_rect(page, r)) for r in qr_squares(page)]
    for block in page.get_text("dict")["blocks"]:
        for line in block.get("lines", []):
            spans = [s for s in line["spans"] if s["font"].startswith("Tinos") and s["text"].strip()]
            if spans:
                found.append(("text", "".join(s["text"] for s in spans), _pdf_rect(page, line["bbox"])))
    fields = [("signature", w.field_name, _pdf_rect(page, w.rect)) for w in page.widgets() if not w.rect.is_empty]
    # the copy block's lines are its field's appearance: one block with the field, not elements of their own
    inside = lambda r: any(pymupdf.Rect(f).contains(pymupdf.Rect(r) + (1, 1, -1, -1)) for _, _, f in fields)  # noqa: E731
    return [e for e in found if not (e[0] == "text" and inside(e[2]))] + fields


def assert_marks_on_blank(source_page, marked_page, expect: set[str]) -> list[tuple[str, str, pymupdf.Rect]]:
    """Every element on ``marked_page`` that ``source_page`` did not have stands on pixels that were
    blank in the source and shows ink now; no two of them overlap. Compared in PDF coordinates, so a
    strip added to the page (content unmoved on the sheet) is followed."""
    before = {(kind, key) if kind == "text" else (kind, tuple(round(v) for v in r)) for kind, key, r in
              drawn_elements(source_page)}
    new = [(kind, key, r) for kind, key, r in drawn_elements(marked_page)
           if ((kind, key) if kind == "text" else (kind, tuple(round(v) for v in r))) not in before]
    assert {kind for kind, _, _ in new} == expect, new
    src, out = grey(source_page), grey(marked_page)
    for kind, key, r in new:
        on_source = r * source_page.transformation_matrix
        on_marked = r * marked_page.transformation_matrix
        was = ink_share(src, tuple(on_source), SCALE)  # parts in an added strip fall outside: blank
        assert was <= BLANK, (kind, key, tuple(on_source), was)
        assert ink_share(out, tuple(on_marked), SCALE) > 0.01, (kind, key, "not drawn")
    for i, (_, key_a, a) in enumerate(new):
        for _, key_b, b in new[i + 1:]:
            overlap = pymupdf.Rect(a) & b
            assert overlap.is_empty or overlap.width * overlap.height < 1, (key_a, key_b)
    return new


def _qr_of(name: str):
    import json

    from tthc_digitize.sign.marks import QrData

    fields = json.loads((TRUTH / f"{name}.json").read_text(encoding="utf-8"))["fields"]
    return QrData(holder_id=fields.get("holder_id") or "", title=f"{fields['type_name']} {fields['subject']}",
                  issued=fields["issued_date"], valid_until=fields.get("valid_until") or "")


@pytest.fixture(scope="module")
def marked_samples(ingested, pki, tmp_path_factory):  # noqa: F811
    """Every sample result as ``ingest --sign`` leaves it: the PDF/A with the conversion mark and QR
    drawn (sign.marks.add_marks), then signed; with its source PDF/A and XML."""
    from tthc_digitize.sign.marks import ConversionMark, add_marks
    from tthc_digitize.sign.pades import sign_file

    out, _ = ingested
    folder = tmp_path_factory.mktemp("marked")
    made = {}
    for scan in sorted(SAMPLES.iterdir()):
        name = scan.name.rsplit(".", 1)[0]
        source = out / f"{name}.pdf"
        marked, signed = folder / f"{name}.marked.pdf", folder / f"{name}.pdf"
        add_marks(source, marked, ConversionMark(SAMPLE_AGENCY, WHEN, "Nguyễn Văn An"), _qr_of(name))
        sign_file(credential(pki, "agency"), marked, signed, level="b-b")
        made[name] = (source, signed)
    return made


@pytest.mark.slow
def test_every_sample_result_has_its_mark_and_qr_on_blank_paper_and_a_valid_signature(marked_samples, pki):  # noqa: F811
    from tthc_digitize.sign.verify import verify_file

    assert len(marked_samples) == len(list(SAMPLES.iterdir()))
    for name, (source, signed) in marked_samples.items():
        assert verify_file(signed, pki.root_pem).ok, name
        with pymupdf.open(source) as src, pymupdf.open(signed) as out:
            new = assert_marks_on_blank(src[0], out[0], {"qr", "text"})
            lines = [key for kind, key, _ in new if kind == "text"]
            assert lines[0] == "Văn bản được chuyển đổi từ văn bản giấy", (name, lines)
            assert "Thời gian chuyển đổi: 05/12/2026 19:02:24 +07:00" in lines


@pytest.fixture(scope="module")
def warehouse_home(marked_samples, pki, tmp_path_factory):  # noqa: F811
    """A warehouse holding the marked, signed sample results (XML naming the signed file) and the
    sample master register, with the test PKI's agency key for copies."""
    from copies_fixtures import AGENCY, CODE
    from tthc_digitize.warehouse.load import load
    from tthc_digitize.warehouse.master_register import import_register
    from tthc_digitize.warehouse.service import init_warehouse, open_warehouse
    import hashlib

    out = tmp_path_factory.mktemp("to-load")
    for name, (source, signed) in marked_samples.items():
        shutil.copy(signed, out / f"{name}.pdf")
        xml = source.with_suffix(".xml").read_text(encoding="utf-8")
        digest = hashlib.sha256(signed.read_bytes()).hexdigest()
        (out / f"{name}.xml").write_text(re.sub(r"(<Sha256>)\s*[0-9a-f]{64}\s*(</Sha256>)", rf"\g<1>{digest}\g<2>", xml),
                                         encoding="utf-8")
        shutil.copy(source.with_suffix(".txt"), out / f"{name}.txt")
    home = init_warehouse(tmp_path_factory.mktemp("kho") / "kho", AGENCY, CODE).root
    with (home / "tthc.toml").open("a", encoding="utf-8") as f:
        f.write('\n[copies]\nagency_abbreviation = "STP"\nofficial = "Trần Thị Hoa"\n[warehouse]\ndurable = false\n')
    wh = open_warehouse(home)
    try:
        report = load(wh, [out])
        assert report.count("loaded") == len(marked_samples), report.to_dict("en")
        import_register(wh, REGISTER)
    finally:
        wh.close()
    return home


@pytest.mark.slow
def test_a_register_copy_of_a_sample_puts_its_qr_caption_and_block_on_blank_paper(warehouse_home, agency_signer, pki,  # noqa: F811
                                                                                  tmp_path, monkeypatch):
    from tthc_digitize.copies.issue import Requester, issue_copy
    from tthc_digitize.sign.verify import verify_file
    from tthc_digitize.warehouse.service import open_warehouse

    monkeypatch.setenv("TTHC_NOW", "2026-12-05T19:02:28+07:00")
    wh = open_warehouse(warehouse_home)
    try:
        row = wh.repo.query("SELECT id, holder_id FROM results WHERE code_number = '245'")[0]
        master = Path(wh.result(row["id"])["pdf_path_abs"])
        issued = issue_copy(wh, row["id"], Requester(row["holder_id"], "Công ty TNHH Môi trường Xanh Đức Phát"),
                            agency_signer, tmp_path / "ban-sao.pdf")
    finally:
        wh.close()
    assert verify_file(issued.output, pki.root_pem).ok
    with pymupdf.open(master) as src, pymupdf.open(issued.output) as out:
        new = assert_marks_on_blank(src[0], out[0], {"qr", "text", "signature"})
        (block,) = [r for kind, _, r in new if kind == "signature"]
        assert block.x0 > out[0].rect.width / 2  # the copy block keeps to the right, as annex I puts it
        stamp = out[0].get_text(clip=pymupdf.Rect(block) * out[0].transformation_matrix)
    assert "Thời gian ký: 05/12/2026 19:02:28 +07:00" in stamp  # the conversion mark's format


@pytest.mark.slow
def test_a_certified_copy_puts_its_block_and_statement_on_blank_paper(warehouse_home, marked_samples, agency_signer,  # noqa: F811
                                                                       pki, tmp_path):
    from tthc_digitize.copies.certify import CertifyRequest, ScanSummary, certify_copy
    from tthc_digitize.sign.pades import BatchSigner
    from tthc_digitize.sign.signers import load_trust_roots
    from tthc_digitize.sign.verify import verify_file
    from tthc_digitize.warehouse.service import open_warehouse

    original, _ = marked_samples["quyet-dinh-2-trang"]  # the OCR'd scan of a paper original, 3 pages
    wh = open_warehouse(warehouse_home)
    try:
        with BatchSigner(credential(pki, "official"), level="b-lt", tsa_url=pki.tsa_url,
                         trust_roots=load_trust_roots(pki.root_pem)) as official:
            made = certify_copy(wh, ScanSummary(original, []), CertifyRequest("049078001234", "Trần Đình Hưởng",
                                                                              "Quyết định 1520/QĐ-UBND"),
                                official, agency_signer, tmp_path / "sao-y.pdf", lambda s: True)
    finally:
        wh.close()
    report = verify_file(made.output, pki.root_pem)
    assert report.ok and len([s for s in report.signatures if s.kind == "signature"]) == 2, report.to_dict()
    with pymupdf.open(original) as src, pymupdf.open(made.output) as out:
        assert out.page_count == src.page_count
        assert_marks_on_blank(src[0], out[0], {"signature"})
        new = assert_marks_on_blank(src[-1], out[-1], {"text"})
        assert new[0][1] == "Chứng thực bản sao này đúng với bản chính."

"""What is drawn before signing (the converted-from-paper mark, the QR code) and the e-copy
signature block: legible Vietnamese, where the rules put it, and the signed file stays PDF/A-2b."""

from __future__ import annotations

import subprocess
import unicodedata
from difflib import SequenceMatcher
from datetime import datetime
from pathlib import Path

import pymupdf
import pytest

from helpers import qr_squares, read_qr, tthc
from sign_fixtures import credential
from tthc_digitize.pdfa.check import check_pdfa2b, format_violations
from tthc_digitize.clock import VN_TZ
from tthc_digitize.sign.appearance import REGISTER_COPY, CopyBlock, apply_copy_block
from tthc_digitize.sign.fonts import tinos_1000, tinos_path
from tthc_digitize.sign.marks import ConversionMark, QrData, add_marks
from tthc_digitize.sign.pades import sign_file
from tthc_digitize.sign.verify import verify_file

AGENCY = "Sở Tư pháp tỉnh Thử Nghiệm"
QR = QrData(dossier_code="000.00.00.H30-201201-0001", procedure_code="1.004227", holder_id="0312345678",
            title="GIẤY PHÉP XẢ NƯỚC THẢI VÀO NGUỒN NƯỚC", issued="2020-01-05", valid_until="2030-12-31",
            scope="Xả nước thải vào sông Hàn")


def normal(text: str) -> list[str]:
    return [" ".join(line.split()) for line in unicodedata.normalize("NFC", text).splitlines() if line.strip()]


def ocr(png: Path) -> list[str]:
    proc = subprocess.run(["tesseract", str(png), "-", "-l", "vie", "--psm", "6"], capture_output=True, text=True,
                          env={"OMP_THREAD_LIMIT": "1", "PATH": "/usr/bin:/bin"}, timeout=120)
    return normal(proc.stdout)


@pytest.fixture(scope="session")
def pdfa(scan, tmp_path_factory) -> Path:
    """A PDF/A-2b made by the OCR pipeline from the scan."""
    out = tmp_path_factory.mktemp("pdfa") / "ket-qua.pdf"
    result = tthc("ocr", scan, "-o", out, timeout=300)
    assert result.returncode == 0, result.stderr
    return out


def test_mark_and_qr_drawn_then_signed_keeps_pdfa_and_reads_back(pki, pdfa, tmp_path):
    when = datetime(2026, 3, 2, 9, 30, 5, tzinfo=VN_TZ)
    mark = ConversionMark(AGENCY, when, operator="Nguyễn Văn An")
    marked, signed = tmp_path / "marked.pdf", tmp_path / "signed.pdf"
    add_marks(pdfa, marked, mark, QR)
    sign_file(credential(pki, "agency"), marked, signed, level="b-t", tsa_url=pki.tsa_url)

    violations = check_pdfa2b(signed)
    assert not violations, format_violations(violations)
    assert verify_file(signed, pki.root_pem).ok
    assert mark.lines() == [
        "Văn bản được chuyển đổi từ văn bản giấy",
        "Thời gian chuyển đổi: 02/03/2026 09:30:05 +07:00",
        f"Cơ quan chuyển đổi: {AGENCY}",
        "Người số hóa: Nguyễn Văn An",
    ]
    with pymupdf.open(signed) as doc:
        page = doc[0]
        (square,) = qr_squares(page)
        # the text column beside the QR code, as tall as the code
        text_column = pymupdf.Rect(square.x1 + 1, square.y0, page.rect.x1, square.y1)
        # exactly the intended characters (no no-break spaces or soft hyphens from glyph aliases)
        assert unicodedata.normalize("NFC", page.get_text(clip=text_column)).splitlines() == mark.lines()
        assert square.x0 < page.rect.width / 2 and square.y1 < page.rect.height * 0.4  # top-left, as DESIGN §3
        text_png = tmp_path / "mark-text.png"
        page.get_pixmap(dpi=400, clip=text_column).save(text_png)
        payload = read_qr(page, square, tmp_path / "qr.png")
    # the rendered pixels, read by an OCR engine, say the same (legible Vietnamese, not just a text layer);
    # 8 pt at 400 dpi: allow the odd misread diacritic
    seen = ocr(text_png)
    assert len(seen) == len(mark.lines()), seen
    for want, got in zip(mark.lines(), seen):
        assert SequenceMatcher(None, want, got).ratio() > 0.9, (want, got)
    # and a QR reader (zbar) gets the payload back
    assert payload == QR.payload()


def test_copy_block_top_right_is_legible_and_signature_valid(pki, scan, tmp_path):
    block = CopyBlock(REGISTER_COPY, "Ủy ban nhân dân thành phố Đà Nẵng",
                      datetime(2026, 10, 19, 10, 56, 22, tzinfo=VN_TZ), number="01/BSĐT")
    assert block.lines()[-1] == "Thời gian ký: 19/10/2026 10:56:22 +07:00"  # as the conversion mark says it
    signed, placed = tmp_path / "ban-sao.pdf", tmp_path / "placed.pdf"
    sign_file(credential(pki, "agency"), placed, signed, level="b-t", tsa_url=pki.tsa_url,
              appearance=apply_copy_block(block, scan, placed))
    report = verify_file(signed, pki.root_pem)
    assert report.ok, report.to_dict()
    with pymupdf.open(signed) as doc:
        page = doc[0]
        (widget,) = list(page.widgets())
        box = widget.rect
        assert box.x0 > page.rect.width / 2 and box.y1 < page.rect.height / 4  # top-right
        png = tmp_path / "block.png"
        assert page.get_text(clip=box).split("\n")[:4] == block.lines()
        page.get_pixmap(dpi=400, clip=box + (-6, -6, 6, 6)).save(png)
    # this page's text starts 20 mm from the top, so the block is shrunk to 8 pt to stay above it:
    # tesseract may miss the odd stacked diacritic (Ổ read as Ố) at that size
    seen = ocr(png)
    assert len(seen) == len(block.lines()), seen
    for want, got in zip(block.lines(), seen):
        assert SequenceMatcher(None, want, got).ratio() > 0.9, (want, got)


def test_copy_block_needs_a_time_zone():
    with pytest.raises(ValueError):
        CopyBlock("SAO Y", AGENCY, datetime(2026, 1, 1)).lines()


def test_tinos_rescaled_to_1000_units_per_em():
    from fontTools.ttLib import TTFont

    original, scaled = TTFont(str(tinos_path())), TTFont(str(tinos_1000()))
    assert original["head"].unitsPerEm == 2048 and scaled["head"].unitsPerEm == 1000
    glyph = original.getBestCmap()[ord("ệ")]
    assert abs(scaled["hmtx"][glyph][0] - original["hmtx"][glyph][0] * 1000 / 2048) <= 1


def test_add_qr_alone_for_copies_reads_back(scan, tmp_path):
    from tthc_digitize.sign.marks import add_qr

    qr = QrData(dossier_code="000.00.00.H30-261201-0007", title="BẢN SAO ĐIỆN TỬ", issued="2026-12-01T10:00:00+07:00")
    out = add_qr(scan, tmp_path / "qr.pdf", qr)
    with pymupdf.open(out) as doc:
        (square,) = qr_squares(doc[0])
        assert doc[0].get_text(clip=square + (0, 0, 400, 0)).strip() == ""  # no mark text beside it
        assert read_qr(doc[0], square, tmp_path / "qr.png") == qr.payload()


@pytest.mark.parametrize("level", ["b-b", "b-lta"])
def test_signed_pdfa_stays_pdfa_at_the_lowest_and_highest_level(level, pki, pdfa, tmp_path):
    signed = tmp_path / "signed.pdf"
    sign_file(credential(pki, "agency"), pdfa, signed, level=level, tsa_url=pki.tsa_url)
    violations = check_pdfa2b(signed)
    assert not violations, format_violations(violations)
    assert verify_file(signed, pki.root_pem).ok

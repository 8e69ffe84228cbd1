"""Synthetic digitised results, for crash tests and the benchmark (no OCR: seconds, not hours).

Each result is what ``tthc ingest`` leaves: a small real PDF (pymupdf), its schema-valid XML record
(:func:`tthc_digitize.metadata.xml.to_xml`) and its text. Names are Vietnamese with diacritics so
search is tested on the letters that matter (đ, ư, ơ, doubly-marked vowels).
"""

from __future__ import annotations

import hashlib
import random
from datetime import date, datetime, timedelta
from pathlib import Path

from tthc_digitize.clock import VN_TZ
from tthc_digitize.metadata.record import ResultRecord
from tthc_digitize.metadata.xml import to_xml
from tthc_digitize.text import fold

SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
            "Dương", "Lý", "Đinh", "Trương", "Lương", "Quách"]
MIDDLE = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Ngọc", "Thanh", "Quốc", "Xuân", "Thùy", "Gia", "Bảo", "Trọng", "Phương"]
GIVEN = ["Đức", "Anh", "Dũng", "Hương", "Lan", "Hùng", "Tuấn", "Thắng", "Ngọc", "Huyền", "Quyết", "Đạt", "Nguyệt",
         "Phượng", "Trường", "Thủy", "Khoa", "Việt", "Sơn", "Hằng", "Tường", "Nhung", "Đông", "Hiếu", "Luật", "Yến"]
TYPES = [("GIẤY PHÉP", "GP", "Xả nước thải vào nguồn nước"), ("QUYẾT ĐỊNH", "QĐ", "Phê duyệt phương án khai thác"),
         ("GIẤY CHỨNG NHẬN", "GCN", "Đủ điều kiện kinh doanh"), ("GIẤY XÁC NHẬN", "GXN", "Đăng ký kế hoạch bảo vệ môi trường")]
UNITS = [("UBND", "Ủy ban nhân dân tỉnh Thử Nghiệm"), ("STNMT", "Sở Tài nguyên và Môi trường tỉnh Thử Nghiệm"),
         ("SXD", "Sở Xây dựng tỉnh Thử Nghiệm"), ("SCT", "Sở Công Thương tỉnh Thử Nghiệm")]
PROCEDURES = ["1.004227", "1.001699", "2.000815.000.00.00.H55", "1.009994", "1.000775", "2.001156"]


def person(rng: random.Random) -> str:
    return f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"


def record(i: int, rng: random.Random, agency: str = "Sở Tài nguyên và Môi trường tỉnh Thử Nghiệm") -> ResultRecord:
    type_name, short, subject = rng.choice(TYPES)
    unit, organ = rng.choice(UNITS)
    issued = date(2016, 1, 1) + timedelta(days=rng.randrange(3000))
    holder = person(rng)
    cccd = f"0{rng.randrange(10**10, 10**11)}"
    return ResultRecord(
        type_name=type_name, code_number=str(i), code_notation=f"{short}-{unit}", issued_date=issued,
        organ_name=organ.upper(), subject=subject, page_amount=1,
        conversion_time=datetime(2026, 11, 30, 9, 0, tzinfo=VN_TZ), conversion_agency=agency,
        file_name=f"ket-qua-{i:06d}.pdf", file_sha256="0" * 64, file_pages=1, holder_name=holder, holder_id=cccd,
        holder_id_type="cccd", procedure_code=rng.choice(PROCEDURES), signer_full_name=person(rng),
        signer_position="GIÁM ĐỐC", valid_until=issued + timedelta(days=3650),
    )


def text_of(rec: ResultRecord) -> str:
    return (f"{rec.organ_name}\nSố: {rec.code_number}/{rec.code_notation}\n"
            f"ngày {rec.issued_date:%d} tháng {rec.issued_date:%m} năm {rec.issued_date:%Y}\n{rec.type_name}\n"
            f"{rec.subject}\nCấp cho ông/bà {rec.holder_name}, số định danh {rec.holder_id}\n"
            f"Người ký: {rec.signer_full_name}\n")


def pdf_bytes(text: str) -> bytes:
    import pymupdf  # heavy: PyMuPDF, loaded only when a page is drawn or rendered

    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((72, 90), fold(text), fontname="helv", fontsize=11)  # base-14 font: ASCII only
    data = doc.tobytes(garbage=0, deflate=True)
    doc.close()
    return data


def make_results(folder: Path, count: int, seed: int = 5, start: int = 1) -> list[Path]:
    """``count`` results as ``tthc ingest`` writes them; returns the PDF paths."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(start, start + count):
        rec = record(i, rng)
        text = text_of(rec)
        pdf = folder / rec.file_name
        pdf.write_bytes(pdf_bytes(text))
        rec.file_sha256 = hashlib.sha256(pdf.read_bytes()).hexdigest()  # File/Sha256 names this very PDF
        pdf.with_suffix(".xml").write_bytes(to_xml(rec))
        pdf.with_suffix(".txt").write_text(text, encoding="utf-8")
        paths.append(pdf)
    return paths

"""Copy numbers, certification numbers, verification codes and the printable register."""

from __future__ import annotations

import pymupdf
import pytest

from tthc_digitize.clock import iso, now
from tthc_digitize.copies import code
from tthc_digitize.copies.numbering import (
    CertificationNumber,
    CopyNumber,
    abbreviation,
    next_certification_number,
    next_copy_number,
)
from tthc_digitize.copies.register_pdf import render_month
from tthc_digitize.copies.statement import (
    CopyQr,
    read_code_from_payload,
)
from tthc_digitize.text import normalise


def test_copy_numbers_run_on_within_a_year_and_restart_on_1_january():
    first = next_copy_number(2026, None, "STNMT")
    assert str(first) == "01/BS-STNMT"
    second = next_copy_number(2026, first, "STNMT")
    assert str(second) == "02/BS-STNMT"
    late = CopyNumber(2026, 117, "STNMT")
    assert str(next_copy_number(2026, late, "STNMT")) == "118/BS-STNMT"
    assert next_copy_number(2027, late, "STNMT") == CopyNumber(2027, 1, "STNMT")


def test_certification_numbers_roll_volumes_and_restart_each_year():
    number = None
    seen = []
    for _ in range(7):
        number = next_certification_number(2026, number, volume_size=3)
        seen.append((number.sequence, number.volume))
    assert seen == [(1, 1), (2, 1), (3, 1), (4, 2), (5, 2), (6, 2), (7, 3)]
    assert number.volume_label == "03/2026-SCT/BS"
    assert str(number) == "Số chứng thực: 7, Quyển số: 03/2026-SCT/BS"
    assert next_certification_number(2027, number, 3) == CertificationNumber(2027, 1, 1)
    with pytest.raises(ValueError):
        next_certification_number(2026, None, 0)


@pytest.mark.parametrize("name, expected", [
    ("Sở Tài nguyên và Môi trường tỉnh Quảng Nam", "STNVMT"),
    ("Ủy ban nhân dân thành phố Đà Nẵng", "UBND"),
    ("Bộ Tài nguyên và Môi trường", "BTNVMT"),
    ("Sở Tư pháp", "STP"),
    ("Cơ quan chạy thử tthc-digitize", "CQCTT"),
    ("Ủy ban nhân dân quận Hải Châu", "UBND"),
])
def test_abbreviation_stops_at_the_place_name(name, expected):
    assert abbreviation(name) == expected


def test_verification_codes_are_well_formed_and_unique():
    codes = {code.new_code() for _ in range(2000)}
    assert len(codes) == 2000
    for c in list(codes)[:200]:
        assert len(c) == 14 and c.count("-") == 2
        assert code.normalise(c) == c
        assert code.normalise(c.lower().replace("-", " ")) == c


def test_verification_code_catches_every_single_mistyped_symbol_and_most_swaps():
    swaps = caught = 0
    for _ in range(50):
        good = code.new_code()
        raw = good.replace("-", "")
        for i in range(len(raw)):
            for ch in code.ALPHABET:
                if ch != raw[i]:
                    assert code.normalise(raw[:i] + ch + raw[i + 1:]) is None, (good, i, ch)
            if i + 1 < len(raw) and raw[i] != raw[i + 1]:
                swaps += 1
                caught += code.normalise(raw[:i] + raw[i + 1] + raw[i] + raw[i + 2:]) is None
    # Luhn mod N misses a swap only of symbols whose values differ by N-1 (like Luhn's 09/90)
    assert caught / swaps > 0.95


def test_verification_code_forgives_what_people_mistype():
    good = code.new_code()
    typed = good.replace("0", "O").replace("1", "I").lower()
    assert code.normalise(typed) == good
    assert code.normalise("ABC") is None
    assert code.normalise("") is None


def test_clock_is_fixed_by_environment_and_written_in_plus_seven(monkeypatch):
    monkeypatch.setenv("TTHC_NOW", "2026-12-31T23:59:59+07:00")
    assert iso(now()) == "2026-12-31T23:59:59+07:00"
    monkeypatch.setenv("TTHC_NOW", "2026-12-31T17:00:00+00:00")
    assert now().year == 2027 and iso(now()) == "2027-01-01T00:00:00+07:00"


def test_qr_payload_is_compact_json_with_the_code_first():
    c = code.new_code()
    qr = CopyQr(c, "BẢN SAO ĐIỆN TỬ TỪ SỔ GỐC", "05/BS-UBND", "245/GP-BTNMT", "Nguyễn Văn Đức", "UBND",
                "2023-10-19T10:56:22+07:00")
    payload = qr.payload()
    assert payload.startswith('{"code":"' + c + '"') and ", " not in payload and "Đức" in payload
    assert read_code_from_payload(payload) == c
    assert read_code_from_payload("not json") is None


def test_monthly_register_pages_print_every_row(tmp_path):
    rows = [
        {"number": f"{i:02d}/BS-STNMT", "issued_at": "01/12/2026 10:00", "requester": f"Nguyễn Văn Đức {i}, CCCD 001203004567",
         "relation": "người được cấp", "source": "245/GP-BTNMT", "purpose": "Bổ sung hồ sơ", "official": "Trần Thị Hoa",
         "code": "ABCD-EFGH-JKMN"}
        for i in range(1, 41)
    ]
    out = tmp_path / "so.pdf"
    pages = render_month("copies", "Sở Tài nguyên và Môi trường tỉnh Thử Nghiệm", "2026-12", rows, out)
    assert pages >= 2
    with pymupdf.open(out) as doc:
        assert doc.page_count == pages
        text = normalise("".join(page.get_text() for page in doc))
        fonts = {f[3] for page in doc for f in page.get_fonts()}
    assert "SỔ CẤP BẢN SAO ĐIỆN TỬ TỪ SỔ GỐC" in text and "Tháng 12/2026" in text
    for i in (1, 17, 40):
        assert f"Nguyễn Văn Đức {i}," in text
    assert f"Trang {pages}/{pages}" in text
    assert any("Tinos" in f for f in fonts)


def test_an_empty_month_still_prints_a_page(tmp_path):
    out = tmp_path / "empty.pdf"
    assert render_month("certifications", "Sở Tư pháp", "2027-01", [], out) == 1
    with pymupdf.open(out) as doc:
        assert "Không có mục nào trong tháng." in normalise(doc[0].get_text())

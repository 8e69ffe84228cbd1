"""The words printed on copies (domain core: no I/O).

These are legal text, not interface messages: they are Vietnamese whatever ``--lang`` says.
"""

from __future__ import annotations

from datetime import datetime

from tthc_digitize.clock import iso, vn_date
from tthc_digitize.copies.numbering import CertificationNumber, CopyNumber

REGISTER_COPY_FORM = "BẢN SAO ĐIỆN TỬ TỪ SỔ GỐC"
CERTIFIED_COPY_FORM = "SAO Y"
CERTIFICATION_SENTENCE = "Chứng thực bản sao này đúng với bản chính."
VERIFY_HINT = "Mã kiểm tra"


def register_copy_block(number: CopyNumber, agency: str, signed_at: datetime) -> list[str]:
    """Top-right of page 1 (Decree 30/2020 annex I part II): form, number, agency, signing time."""
    return [REGISTER_COPY_FORM, f"Số: {number}", agency, f"Thời gian ký: {iso(signed_at)}"]


def certification_statement(number: CertificationNumber, when: datetime, official: str, position: str,
                            agency: str, place: str = "") -> list[str]:
    """The lời chứng on the last page: the sentence, the number and volume, date, who certified."""
    date_line = f"{place}, {vn_date(when)}" if place else vn_date(when).capitalize()
    return [
        CERTIFICATION_SENTENCE,
        f"Số chứng thực: {number.sequence}    Quyển số: {number.volume_label}",
        date_line,
        position.upper(),
        official,
        agency,
    ]


def qr_payload(kind: str, code: str, number: str, source: str, holder: str, issued_at: datetime,
               agency: str) -> str:
    """What the copy's QR code holds: the verification code first (all a checker needs), then a
    summary a phone can show without the register. One ``key: value`` per line, Vietnamese keys."""
    lines = [
        f"{VERIFY_HINT}: {code}",
        f"Loại: {kind}",
        f"Số bản sao: {number}",
        f"Văn bản gốc: {source}",
        f"Người được cấp: {holder}",
        f"Cơ quan cấp: {agency}",
        f"Thời gian: {iso(issued_at)}",
    ]
    return "\n".join(lines)


def read_code_from_payload(payload: str) -> str | None:
    for line in payload.splitlines():
        key, _, value = line.partition(":")
        if key.strip() == VERIFY_HINT:
            return value.strip()
    return None

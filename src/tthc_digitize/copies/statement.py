"""The words printed on copies (domain core: no I/O).

These are legal text, not interface messages: they are Vietnamese whatever ``--lang`` says.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import datetime

from tthc_digitize.clock import vn_date
from tthc_digitize.copies.numbering import CertificationNumber

REGISTER_COPY_FORM = "BẢN SAO ĐIỆN TỬ TỪ SỔ GỐC"
CERTIFIED_COPY_FORM = "SAO Y"
CERTIFICATION_SENTENCE = "Chứng thực bản sao này đúng với bản chính."
VERIFY_HINT = "Mã kiểm tra"


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


@dataclass(frozen=True)
class CopyQr:
    """What the copy's QR code holds: the verification code first (all a checker needs), then a
    summary a phone can show without the register. Compact JSON as :class:`sign.marks.QrData`."""

    code: str
    kind: str
    number: str
    source: str
    holder: str
    agency: str
    issued_at: str  # ISO 8601, +07:00
    verify_url: str = ""  # the public verification page (``[copies] verify_url``)

    def payload(self) -> str:
        if self.verify_url:  # a phone's camera opens a link; a JSON blob it can only show
            return verify_link(self.verify_url, self.code)
        return json.dumps({k: v for k, v in asdict(self).items() if v}, ensure_ascii=False, separators=(",", ":"))


def verify_link(base: str, code: str) -> str:
    return f"{base.rstrip('/')}/v/{code}"


def read_code_from_payload(payload: str) -> str | None:
    if payload.startswith(("http://", "https://")):
        tail = payload.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1]
        return tail or None
    try:
        data = json.loads(payload)
    except ValueError:
        return None
    return data.get("code") if isinstance(data, dict) else None

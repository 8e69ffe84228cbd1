"""Regenerate so-goc.csv: the sample master register (sổ gốc) for the six sample documents.

Rows 1–6 are the sample documents, from their ground truth in ../truth/*.json (so the digitised
samples match them exactly); three more were issued but never digitised, and one of those was
revoked. Run: .venv/bin/python samples/register/make_register.py
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
TRUTH = HERE.parent / "truth"
COLUMNS = ["code_number", "code_notation", "issued_date", "type_name", "subject", "holder_name", "holder_id",
           "holder_id_type", "procedure_code", "unit", "valid_from", "valid_until", "status", "register_volume",
           "register_entry", "revoked_on", "revoked_reason"]
# issuing unit and procedure of each sample (not printed on the scans, so not in the truth files)
SAMPLES = {
    "giay-phep-xa-thai": ("Cục Quản lý tài nguyên nước", "1.004227", "valid"),
    "quyet-dinh-2-trang": ("Sở Tài nguyên và Môi trường", "1.001699", "valid"),
    "giay-chung-nhan-200dpi": ("Sở Xây dựng", "1.009994", "valid"),
    "giay-phep-xoay-ngang": ("Sở Tài nguyên và Môi trường", "1.004228", "valid"),
    "quyet-dinh-so": ("Vụ Tổ chức phi chính phủ", "1.003917", "valid"),
    "giay-xac-nhan": ("UBND xã Tả Thanh Oai", "1.004873", "expired"),
}
NOT_DIGITISED = [
    {"code_number": "246", "code_notation": "GP-BTNMT", "issued_date": "2020-01-06", "type_name": "GIẤY PHÉP",
     "subject": "Xả nước thải vào nguồn nước", "holder_name": "Công ty Cổ phần Giấy Đồng Nai",
     "holder_id": "3600123456", "holder_id_type": "tax_code", "procedure_code": "1.004227",
     "unit": "Cục Quản lý tài nguyên nước", "valid_from": "2020-01-06", "valid_until": "2030-12-31",
     "status": "valid", "register_volume": "01/2020", "register_entry": "2"},
    {"code_number": "37", "code_notation": "GCN-SXD", "issued_date": "2019-09-13", "type_name": "GIẤY CHỨNG NHẬN",
     "subject": "Đủ điều kiện năng lực hoạt động xây dựng", "holder_name": "Công ty TNHH Tư vấn Thiết kế Ngũ Hành Sơn",
     "holder_id": "0401765432", "holder_id_type": "tax_code", "procedure_code": "1.009994", "unit": "Sở Xây dựng",
     "valid_from": "2019-09-13", "valid_until": "2029-09-13", "status": "valid", "register_volume": "03/2019",
     "register_entry": "37"},
    {"code_number": "89", "code_notation": "GP-STNMT", "issued_date": "2022-03-08", "type_name": "GIẤY PHÉP",
     "subject": "Khai thác, sử dụng nước dưới đất", "holder_name": "Hợp tác xã Nông nghiệp Đức Hòa",
     "holder_id": "3701122334", "holder_id_type": "tax_code", "procedure_code": "1.004228",
     "unit": "Sở Tài nguyên và Môi trường", "valid_from": "2022-03-08", "valid_until": "2032-03-08",
     "status": "revoked", "register_volume": "02/2022", "register_entry": "89", "revoked_on": "2024-05-20",
     "revoked_reason": "Vi phạm quy định về khai thác nước dưới đất (Quyết định 310/QĐ-STNMT)"},
]


def rows() -> list[dict[str, str]]:
    out = []
    for number, (name, (unit, procedure, status)) in enumerate(SAMPLES.items(), start=1):
        fields = json.loads((TRUTH / f"{name}.json").read_text(encoding="utf-8"))["fields"]
        out.append({
            **{k: fields.get(k) or "" for k in ("code_number", "code_notation", "issued_date", "type_name", "subject",
                                                 "holder_name", "holder_id", "holder_id_type", "valid_until")},
            "procedure_code": procedure, "unit": unit, "valid_from": fields["issued_date"], "status": status,
            "register_volume": f"01/{fields['issued_date'][:4]}", "register_entry": str(number),
        })
    return out + NOT_DIGITISED


def main() -> None:
    with (HERE / "so-goc.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, COLUMNS, lineterminator="\n")
        writer.writeheader()
        for row in rows():
            writer.writerow({c: row.get(c, "") for c in COLUMNS})


if __name__ == "__main__":
    main()

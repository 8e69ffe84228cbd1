"""Blind set 3 (issue 13, after rules round 3): six layout families the rules were not written for,
each as a 300 dpi scan and as a phone photo. Written without running the rules on it, measured once.

Families:
  twopage    a decision running onto a second page: Article 1 and the signer block on page 2,
             "TM." collective signer blocks;
  landscape  a certificate printed across a landscape A4 page (header columns far apart, a large
             title, the signer at the right);
  trichluc   a civil-registry extract ("TRÍCH LỤC KHAI SINH" / "TRÍCH LỤC KẾT HÔN"): labelled rows
             ("Họ, chữ đệm, tên:"), no subject line, "TUQ." or plain signer;
  boxes      a numbered form ("Mẫu số 01", items "1.", "2." …) whose tax code is written one digit
             per printed box;
  handfill   a printed form filled in by hand: dotted leaders, the values in blue ink, slanted and
             uneven (a handwriting stand-in), the number and date written in by hand too;
  old        2008-2015 styles: "UỶ BAN NHÂN DÂN" / "CỘNG HOÀ" with the old tone placement, a year
             inside the number ("Số: 125/2012/QĐ-UBND"), zero-padded months, grey scans.

Truth conventions (decided before any run): ``code_notation`` is everything after the first "/"
as printed ("2012/QĐ-UBND"); a document with no subject line has ``subject`` None; ``type_name``
is the full title line(s) as printed ("TRÍCH LỤC KHAI SINH"); a person holder's name as printed in
the document's own case; dates in ISO form.

Renderings as in blind2: ``scan`` (300 dpi, light degradation, PDF; the "old" family in grey) and
``photo`` (80-150 dpi JPEG, perspective, uneven light, half without a DPI).

    python samples/blind3.py --out benchmarks/out/blind3
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFont

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind2 import _photo, _scrawl, _seal  # noqa: E402
from make_samples import A4, FONTS, LEFT, Layout, Rule, Run, degrade, scan_pdf, width, wrap  # noqa: E402

LEVELS = ("scan", "photo")
LANDSCAPE = (A4[1], A4[0])


@dataclass(frozen=True)
class Doc3:
    slug: str
    family: str
    issuer: list[str]
    number: str
    notation: str
    place: str
    date_text: str
    issued: str
    title: list[str]
    subject: list[str]
    body: list[str]
    signer_position: list[str]
    signer_name: str
    holder_name: str | None = None
    holder_id: str | None = None
    holder_id_type: str | None = None
    valid_until: str | None = None
    recipients: list[str] = field(default_factory=list)
    seal: str | None = None
    old_style: bool = False
    fill: dict[str, str] = field(default_factory=dict)  # label -> value written by hand

    def fields(self) -> dict:
        return {
            "organ_name": " ".join(self.issuer), "code_number": self.number, "code_notation": self.notation,
            "issued_date": self.issued, "place": self.place, "type_name": " ".join(self.title),
            "subject": " ".join(self.subject) or None, "signer_position": " ".join(self.signer_position),
            "signer_full_name": self.signer_name, "holder_name": self.holder_name, "holder_id": self.holder_id,
            "holder_id_type": self.holder_id_type, "valid_until": self.valid_until,
        }


_LONG = ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số "
         "điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;")

BLIND3 = [
    Doc3(
        slug="qd-thu-hoi-dat-2trang", family="twopage", issuer=["ỦY BAN NHÂN DÂN", "HUYỆN ĐỨC HÒA"],
        number="3310", notation="QĐ-UBND", place="Đức Hòa", date_text="22 tháng 9 năm 2020", issued="2020-09-22",
        title=["QUYẾT ĐỊNH"], subject=["Về việc cho thuê đất đối với Công ty TNHH Gạch men Long An"],
        body=["ỦY BAN NHÂN DÂN HUYỆN ĐỨC HÒA", _LONG,
              "Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013; Nghị định số 43/2014/NĐ-CP ngày 15 tháng 5 năm 2014 "
              "của Chính phủ quy định chi tiết thi hành một số điều của Luật Đất đai;",
              "Căn cứ Nghị định số 01/2017/NĐ-CP ngày 06 tháng 01 năm 2017 của Chính phủ sửa đổi, bổ sung một số "
              "nghị định quy định chi tiết thi hành Luật Đất đai;",
              "Xét đề nghị của Trưởng phòng Tài nguyên và Môi trường tại Tờ trình số 512/TTr-TNMT ngày 10 tháng 9 "
              "năm 2020 và hồ sơ kèm theo;", "Xét đơn đề nghị thuê đất và hồ sơ dự án đầu tư đã được chấp thuận "
              "chủ trương theo quy định của pháp luật về đầu tư;",
              "QUYẾT ĐỊNH:",
              "Điều 1. Cho Công ty TNHH Gạch men Long An, mã số doanh nghiệp 1101876548, thuê 12.450 m² đất tại xã "
              "Đức Hòa Hạ để xây dựng nhà xưởng sản xuất gạch men.",
              "Thời hạn thuê đất đến ngày 22 tháng 9 năm 2070.",
              "Điều 2. Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Tài nguyên và Môi trường và Công ty TNHH "
              "Gạch men Long An chịu trách nhiệm thi hành Quyết định này."],
        signer_position=["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], signer_name="Nguyễn Thành Trung",
        holder_name="Công ty TNHH Gạch men Long An", holder_id="1101876548", holder_id_type="tax_code",
        valid_until="2070-09-22", recipients=["- Như Điều 2;", "- Lưu: VT."],
        seal="ỦY BAN NHÂN DÂN * HUYỆN ĐỨC HÒA *",
    ),
    Doc3(
        slug="qd-hdnd-khen-thuong", family="twopage", issuer=["HỘI ĐỒNG NHÂN DÂN", "TỈNH VĨNH LONG"],
        number="47", notation="QĐ-HĐND", place="Vĩnh Long", date_text="03 tháng 12 năm 2019", issued="2019-12-03",
        title=["QUYẾT ĐỊNH"], subject=["Về việc tặng giấy khen cho Hợp tác xã Nông nghiệp Tân Hạnh"],
        body=["THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN TỈNH VĨNH LONG", _LONG,
              "Căn cứ Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003; Luật sửa đổi, bổ sung một số điều của "
              "Luật Thi đua, khen thưởng ngày 16 tháng 11 năm 2013;",
              "Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết thi hành "
              "một số điều của Luật Thi đua, khen thưởng;",
              "Căn cứ Quyết định số 28/2018/QĐ-UBND ngày 14 tháng 9 năm 2018 của Ủy ban nhân dân tỉnh ban hành "
              "Quy chế thi đua, khen thưởng trên địa bàn tỉnh; Kế hoạch số 112/KH-HĐND ngày 05 tháng 3 năm 2019 "
              "của Thường trực Hội đồng nhân dân tỉnh về tổ chức phong trào thi đua năm 2019;",
              "Căn cứ kết quả giám sát chuyên đề của Ban Kinh tế - Ngân sách về xây dựng nông thôn mới và biên bản "
              "họp xét thi đua, khen thưởng của Thường trực Hội đồng nhân dân tỉnh ngày 28 tháng 11 năm 2019;",
              "Xét thành tích trong phong trào thi đua xây dựng nông thôn mới năm 2019 và đề nghị của Ban Kinh tế "
              "- Ngân sách Hội đồng nhân dân tỉnh;", "Theo đề nghị của Chánh Văn phòng Đoàn đại biểu Quốc hội và "
              "Hội đồng nhân dân tỉnh,",
              "QUYẾT ĐỊNH:",
              "Điều 1. Tặng giấy khen cho Hợp tác xã Nông nghiệp Tân Hạnh, mã số thuế 1500334568, đã có thành tích "
              "xuất sắc trong phong trào thi đua xây dựng nông thôn mới.",
              "Điều 2. Quyết định này có hiệu lực kể từ ngày ký."],
        signer_position=["TM. THƯỜNG TRỰC HĐND", "CHỦ TỊCH"], signer_name="Bùi Văn Nghiêm",
        holder_name="Hợp tác xã Nông nghiệp Tân Hạnh", holder_id="1500334568", holder_id_type="tax_code",
        recipients=["- Như Điều 1;", "- Lưu: VT, TH."],
    ),
    Doc3(
        slug="gcn-ngang-an-toan-thuc-pham", family="landscape", issuer=["SỞ Y TẾ TỈNH NAM ĐỊNH", "CHI CỤC AN TOÀN VỆ SINH THỰC PHẨM"],
        number="115", notation="GCNATTP-CCATVSTP", place="Nam Định", date_text="09 tháng 4 năm 2021",
        issued="2021-04-09", title=["GIẤY CHỨNG NHẬN"],
        subject=["Cơ sở đủ điều kiện an toàn thực phẩm"],
        body=["Chứng nhận Cơ sở sản xuất bánh cuốn Thanh Nga, mã số hộ kinh doanh 07A8012345, địa chỉ số 18 đường "
              "Trần Đăng Ninh, thành phố Nam Định, đủ điều kiện an toàn thực phẩm.",
              "Giấy chứng nhận có hiệu lực đến ngày 09 tháng 4 năm 2024."],
        signer_position=["CHI CỤC TRƯỞNG"], signer_name="Trần Thị Hồng Vân",
        holder_name="Cơ sở sản xuất bánh cuốn Thanh Nga", valid_until="2024-04-09",
        seal="CHI CỤC AN TOÀN VỆ SINH THỰC PHẨM *",
    ),
    Doc3(
        slug="cc-ngang-hanh-nghe-duoc", family="landscape", issuer=["SỞ Y TẾ", "TỈNH ĐỒNG THÁP"],
        number="2207", notation="CCHND-SYT", place="Đồng Tháp", date_text="17 tháng 6 năm 2022",
        issued="2022-06-17", title=["CHỨNG CHỈ HÀNH NGHỀ DƯỢC"], subject=[],
        body=["Họ và tên: Lâm Quốc Bảo", "Ngày sinh: 04/02/1990",
              "Số căn cước công dân: 087090001234",
              "Phạm vi hoạt động chuyên môn: Nhà thuốc; quầy thuốc; cơ sở bán lẻ thuốc dược liệu."],
        signer_position=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], signer_name="Đoàn Văn Phúc",
        holder_name="Lâm Quốc Bảo", holder_id="087090001234", holder_id_type="cccd",
    ),
    Doc3(
        slug="trich-luc-khai-sinh", family="trichluc", issuer=["UBND QUẬN NINH KIỀU", "UBND PHƯỜNG AN HÒA"],
        number="318", notation="TLKS-BS", place="Cần Thơ", date_text="12 tháng 10 năm 2021", issued="2021-10-12",
        title=["TRÍCH LỤC KHAI SINH"], subject=[],
        body=["Họ, chữ đệm, tên: Đặng Ngọc Minh Thư", "Ngày, tháng, năm sinh: 02/08/2021; giới tính: Nữ",
              "Nơi sinh: Bệnh viện Phụ sản thành phố Cần Thơ", "Quốc tịch: Việt Nam",
              "Số định danh cá nhân: 092321004567",
              "Họ, chữ đệm, tên người mẹ: Phan Thị Kim Loan", "Họ, chữ đệm, tên người cha: Đặng Minh Triết",
              "Nơi đăng ký khai sinh: Ủy ban nhân dân phường An Hòa, quận Ninh Kiều"],
        signer_position=["TUQ. CHỦ TỊCH", "CÔNG CHỨC TƯ PHÁP - HỘ TỊCH"], signer_name="Lê Thị Mỹ Hạnh",
        holder_name="Đặng Ngọc Minh Thư", holder_id="092321004567", holder_id_type="cccd",
    ),
    Doc3(
        slug="trich-luc-ket-hon", family="trichluc", issuer=["ỦY BAN NHÂN DÂN", "XÃ PHÚ XUÂN"],
        number="26", notation="TLKH", place="Phú Xuân", date_text="30 tháng 5 năm 2019", issued="2019-05-30",
        title=["TRÍCH LỤC KẾT HÔN"], subject=[],
        body=["Họ, chữ đệm, tên chồng: Võ Hoàng Nam", "Số định danh cá nhân: 079087006612",
              "Họ, chữ đệm, tên vợ: Nguyễn Thị Thảo Vy", "Số định danh cá nhân: 079191008843",
              "Ngày đăng ký kết hôn: 30/5/2019; nơi đăng ký: Ủy ban nhân dân xã Phú Xuân"],
        signer_position=["CHỦ TỊCH"], signer_name="Huỳnh Văn Tám",
        holder_name="Võ Hoàng Nam", holder_id="079087006612", holder_id_type="cccd",
    ),
    Doc3(
        slug="mau-01-dang-ky-doanh-nghiep", family="boxes", issuer=["SỞ KẾ HOẠCH VÀ ĐẦU TƯ", "TỈNH BẮC GIANG"],
        number="0925", notation="ĐKKD-SKHĐT", place="Bắc Giang", date_text="15 tháng 3 năm 2018",
        issued="2018-03-15", title=["GIẤY CHỨNG NHẬN ĐĂNG KÝ DOANH NGHIỆP"],
        subject=["CÔNG TY CỔ PHẦN"],
        body=["1. Tên công ty viết bằng tiếng Việt: CÔNG TY CỔ PHẦN NÔNG SẢN LỤC NAM",
              "2. Mã số doanh nghiệp: [2400812346]",
              "3. Địa chỉ trụ sở chính: Thôn Bãi Lờ, xã Cẩm Lý, huyện Lục Nam, tỉnh Bắc Giang",
              "4. Vốn điều lệ: 5.000.000.000 đồng",
              "5. Người đại diện theo pháp luật: Hoàng Văn Lực, chức danh: Giám đốc"],
        signer_position=["TRƯỞNG PHÒNG ĐĂNG KÝ KINH DOANH"], signer_name="Dương Thị Loan",
        holder_name="CÔNG TY CỔ PHẦN NÔNG SẢN LỤC NAM", holder_id="2400812346", holder_id_type="tax_code",
    ),
    Doc3(
        slug="mau-02-giay-phep-lai-xe-dao-tao", family="boxes", issuer=["SỞ GIAO THÔNG VẬN TẢI", "TỈNH THÁI BÌNH"],
        number="64", notation="GP-SGTVT", place="Thái Bình", date_text="08 tháng 7 năm 2020", issued="2020-07-08",
        title=["GIẤY PHÉP ĐÀO TẠO LÁI XE"], subject=[],
        body=["1. Cơ sở đào tạo: Trung tâm Đào tạo lái xe Kiến Xương",
              "2. Mã số thuế: [1000456787]",
              "3. Hạng xe được đào tạo: B1, B2, C",
              "4. Lưu lượng đào tạo: 850 học viên",
              "5. Giấy phép có giá trị đến ngày 08 tháng 7 năm 2025."],
        signer_position=["GIÁM ĐỐC"], signer_name="Phạm Đức Long",
        holder_name="Trung tâm Đào tạo lái xe Kiến Xương", holder_id="1000456787", holder_id_type="tax_code",
        valid_until="2025-07-08",
    ),
    Doc3(
        slug="xn-tam-tru-viet-tay", family="handfill", issuer=["CÔNG AN HUYỆN GIA LÂM", "CÔNG AN XÃ ĐA TỐN"],
        number="152", notation="XN-CAX", place="Đa Tốn", date_text="19 tháng 8 năm 2020", issued="2020-08-19",
        title=["GIẤY XÁC NHẬN"], subject=["Thông tin về cư trú"],
        body=["Công an xã Đa Tốn xác nhận:"],
        fill={"Họ và tên": "Trịnh Văn Sơn", "Sinh ngày": "11/03/1994",
              "Số định danh cá nhân": "001094013579", "Nơi thường trú": "thôn Ngọc Động, xã Đa Tốn",
              "Lý do xác nhận": "bổ sung hồ sơ xin việc"},
        signer_position=["TRƯỞNG CÔNG AN XÃ"], signer_name="Kiều Minh Đức",
        holder_name="Trịnh Văn Sơn", holder_id="001094013579", holder_id_type="cccd",
        seal="CÔNG AN XÃ ĐA TỐN * HÀ NỘI *",
    ),
    Doc3(
        slug="gcn-ho-kinh-doanh-viet-tay", family="handfill", issuer=["UBND HUYỆN THỦY NGUYÊN", "PHÒNG TÀI CHÍNH - KẾ HOẠCH"],
        number="0417", notation="HKD", place="Thủy Nguyên", date_text="25 tháng 2 năm 2019", issued="2019-02-25",
        title=["GIẤY CHỨNG NHẬN ĐĂNG KÝ HỘ KINH DOANH"], subject=[],
        body=["Đăng ký lần đầu: ngày 25 tháng 02 năm 2019"],
        fill={"Tên hộ kinh doanh": "Tạp hóa Bình Minh", "Họ và tên chủ hộ": "Mạc Thị Bình",
              "Số căn cước công dân": "031185004426", "Ngành, nghề kinh doanh": "bán lẻ hàng tạp hóa"},
        signer_position=["TRƯỞNG PHÒNG"], signer_name="Lương Văn Khải",
        holder_name="Tạp hóa Bình Minh", holder_id="031185004426", holder_id_type="cccd",
    ),
    Doc3(
        slug="qd-2012-cap-phep-xay-dung", family="old", issuer=["UỶ BAN NHÂN DÂN", "TỈNH KHÁNH HOÀ"],
        number="125", notation="2012/QĐ-UBND", place="Nha Trang", date_text="15 tháng 03 năm 2012",
        issued="2012-03-15", title=["QUYẾT ĐỊNH"],
        subject=["Về việc cấp phép xây dựng công trình cho Công ty Cổ phần Du lịch Hòn Tằm"],
        body=["UỶ BAN NHÂN DÂN TỈNH KHÁNH HOÀ",
              "Căn cứ Luật Tổ chức Hội đồng nhân dân và Uỷ ban nhân dân ngày 26 tháng 11 năm 2003;",
              "QUYẾT ĐỊNH:",
              "Điều 1. Cấp phép xây dựng cho Công ty Cổ phần Du lịch Hòn Tằm, mã số doanh nghiệp 4200567891, "
              "xây dựng khu nghỉ dưỡng tại đảo Hòn Tằm, thành phố Nha Trang.",
              "Giấy phép có hiệu lực đến ngày 15 tháng 03 năm 2014."],
        signer_position=["TM. UỶ BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer_name="Lê Xuân Thân",
        holder_name="Công ty Cổ phần Du lịch Hòn Tằm", holder_id="4200567891", holder_id_type="tax_code",
        valid_until="2014-03-15", recipients=["- Như Điều 1;", "- Lưu: VT, XD."], old_style=True,
    ),
    Doc3(
        slug="gcn-2009-quyen-su-dung-dat", family="old", issuer=["UỶ BAN NHÂN DÂN", "HUYỆN THANH OAI"],
        number="58", notation="2009/GCN-UBND", place="Thanh Oai", date_text="07 tháng 01 năm 2009",
        issued="2009-01-07", title=["GIẤY CHỨNG NHẬN"],
        subject=["Quyền sử dụng đất"],
        body=["Chứng nhận: Ông Nguyễn Văn Thoả, sinh năm 1958, số chứng minh nhân dân 111234567, được quyền sử "
              "dụng thửa đất số 215, tờ bản đồ số 9, xã Bình Minh, huyện Thanh Oai."],
        signer_position=["TM. UỶ BAN NHÂN DÂN", "CHỦ TỊCH"], signer_name="Đỗ Văn Hoà",
        holder_name="Nguyễn Văn Thoả", holder_id="111234567", holder_id_type="cmnd", old_style=True,
    ),
]


def _header(page: Layout, doc: Doc3, page_width: float) -> None:
    left_c, right_c = LEFT + 95, page_width - 57 - 140
    top = page.y
    run = None
    for i, line in enumerate(doc.issuer):
        run = page.line(line, "b" if i == len(doc.issuer) - 1 else "r", 12.5, centre=left_c)
        page.y += 15
    page.rule(run, 60)
    page.y = top
    motto = "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM" if doc.old_style else "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    page.line(motto, "b", 12, centre=right_c)
    page.y += 15
    page.rule(page.line("Độc lập - Tự do - Hạnh phúc", "b", 13, centre=right_c), 160)
    if doc.family == "boxes":
        page.y += 14
        page.line("Mẫu số 01", "i", 11, x=page_width - 57 - 60)
    page.y = top + 15 * max(len(doc.issuer), 2) + 16
    number = "Số: ....../......" if doc.fill else f"Số: {doc.number}/{doc.notation}"
    page.line(number, "r", 13, centre=left_c)
    date = f"{doc.place}, ngày ..... tháng ..... năm ......" if doc.fill else f"{doc.place}, ngày {doc.date_text}"
    page.line(date, "i", 13, centre=right_c)
    page.y += 18


def lay_out(doc: Doc3) -> tuple[Layout, list[tuple[float, float, str]], tuple[float, float], tuple[float, float]]:
    """The page(s); the hand-written fill-ins (x, baseline y, text, page 0-based is always 0 here);
    the signer name's centre (points) and its page index with the page size."""
    size = LANDSCAPE if doc.family == "landscape" else A4
    page = Layout()
    fills: list[tuple[float, float, str]] = []
    _header(page, doc, size[0])
    if doc.fill:  # the number and date written into the printed blanks
        left_c, right_c = LEFT + 95, size[0] - 57 - 140
        fills.append((left_c - 14, page.y - 18 + 13, doc.number))
        fills.append((left_c + 24, page.y - 18 + 13, doc.notation))
        at = right_c - width(f"{doc.place}, ngày ..... tháng ..... năm ......", "i", 13) / 2
        lead = width(f"{doc.place}, ngày ", "i", 13)
        day, month, year = doc.date_text.split(" tháng ")[0], doc.date_text.split(" tháng ")[1].split(" năm ")[0], doc.date_text[-4:]
        step = width("..... tháng ", "i", 13)
        for k, value in enumerate((day, month, year)):
            fills.append((at + lead + k * step + 2, page.y - 18 + 13 - 2, value))
    page.y += 22
    title_size = 20 if doc.family == "landscape" else 14
    for t in doc.title:
        page.line(t, "b", title_size, centre=size[0] / 2)
        page.y += title_size + 6
    run = None
    for sub in doc.subject:
        run = page.line(sub, "b", 14, centre=size[0] / 2)
        page.y += 18
    if run is not None:
        page.rule(run, 110)
    page.y += 20
    lay_out_body(page, doc.body, size)
    for label, value in doc.fill.items():
        run = page.line(f"{label}: " + "." * 70, "r", 13.5, x=LEFT)
        fills.append((LEFT + width(f"{label}: ", "r", 13.5) + 10, page.y + 13.5 - 3, value))
        page.y += 24
    page.y += 20
    if page.y + 150 > size[1] - 40:
        page.new_page()
    block = page.y
    right_c = size[0] - 57 - 140
    if doc.recipients:
        page.line("Nơi nhận:", "bi", 12, x=LEFT)
        page.y += 15
        for recipient in doc.recipients:
            page.line(recipient, "r", 11, x=LEFT)
            page.y += 13
    page.y = block
    for position in doc.signer_position:
        page.line(position, "b", 13, centre=right_c)
        page.y += 16
    page.y += 62
    page.line(doc.signer_name, "b", 13.5, centre=right_c)
    return page, fills, (right_c, page.y + 9), size


def lay_out_body(page: Layout, body: list[str], size: tuple[float, float]) -> None:
    """Body paragraphs (first line indented), a line in capitals centred, onto a new page when full;
    shared by the later blind sets."""
    text_width = size[0] - LEFT - 57
    for paragraph in body:
        if paragraph.isupper() or paragraph == "QUYẾT ĐỊNH:":
            page.line(paragraph, "b", 13.5, centre=size[0] / 2)
            page.y += 22
            continue
        for i, text in enumerate(wrap(paragraph, "r", 13.5, text_width, indent=28)):
            if page.y + 19 > size[1] - 70:
                page.new_page()
            page.line(text, "r", 13.5, x=LEFT + (28 if i == 0 else 0))
            page.y += 19
        page.y += 5


def _raster(items: list[Run | Rule], dpi: int, size: tuple[float, float], boxes: bool) -> Image.Image:
    """Like make_samples.raster, on any page size; "[digits]" drawn one digit per printed box."""
    scale = dpi / 72
    img = Image.new("L", (round(size[0] * scale), round(size[1] * scale)), 255)
    draw = ImageDraw.Draw(img)
    fonts: dict[tuple[str, int], ImageFont.FreeTypeFont] = {}
    for item in items:
        if isinstance(item, Rule):
            draw.line([(item.x0 * scale, item.y * scale), (item.x1 * scale, item.y * scale)], fill=0,
                      width=max(1, round(0.8 * scale)))
            continue
        px = round(item.size * scale)
        font = fonts.setdefault((item.font, px), ImageFont.truetype(str(FONTS[item.font]), px))
        text, x = item.text, item.x * scale
        if boxes and "[" in text:
            head, digits = text.split("[")
            draw.text((x, item.y * scale), head, font=font, fill=0, anchor="ls")
            x += draw.textlength(head, font=font)
            cell = px * 0.95
            for d in digits.rstrip("]"):
                draw.rectangle([x, item.y * scale - px * 0.95, x + cell, item.y * scale + px * 0.25], outline=0,
                               width=max(1, round(0.6 * scale)))
                draw.text((x + cell / 2, item.y * scale), d, font=font, fill=0, anchor="ms")
                x += cell
            continue
        draw.text((x, item.y * scale), text, font=font, fill=0, anchor="ls")
    return img


def _handwrite(img: Image.Image, fills: list[tuple[float, float, str]], rng: np.random.Generator, scale: float) -> Image.Image:
    """Values written in blue ink: italic, slanted a little, letters bobbing off the baseline."""
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(str(FONTS["i"]), round(14.5 * scale))
    for x, y, text in fills:
        cx, cy = x * scale, y * scale
        drift = float(rng.uniform(-0.04, 0.04))
        for ch in text:
            draw.text((cx, cy + float(rng.normal(0, 0.6)) * scale), ch, font=font, fill=(25, 45, 150), anchor="ls")
            step = draw.textlength(ch, font=font) * float(rng.uniform(1.0, 1.12))
            cx += step
            cy += step * drift
    return img


def render(doc: Doc3, level: str, seed: int) -> tuple[list[Image.Image], int | None]:
    rng = np.random.default_rng(seed)
    page, fills, name_at, size = lay_out(doc)
    scale = 300 / 72
    colour = not doc.old_style
    images = []
    for number, items in enumerate(page.pages):
        img = degrade(_raster(items, 300, size, doc.family == "boxes"), rng, colour, noise=5, blur=0.8, specks=40)
        img = img.convert("RGB")
        if number == 0 and fills:
            img = _handwrite(img, fills, rng, scale)
        if number == len(page.pages) - 1:
            at = (name_at[0] * scale, name_at[1] * scale)
            img = _scrawl(img, at, rng, scale)
            if doc.seal:
                img = _seal(img, (at[0] - 55 * scale, at[1] - 30 * scale), doc.seal, scale)
        if not colour:
            img = img.convert("L")
        images.append(img)
    if level == "scan":
        return [im.rotate(float(rng.uniform(-1, 1)), resample=Image.Resampling.BICUBIC,
                          fillcolor=(246, 243, 235) if colour else 246) for im in images], 300
    long_side = int(rng.integers(940, 1760))
    return [_photo(im.convert("RGB"), rng, long_side) for im in images], round(long_side / (max(size) / 72) / 1.08)


def make_blind3(out: Path, docs=BLIND3, levels=LEVELS) -> list[Path]:
    return write_set(out, docs, levels, render, seed=900, jpeg_seed=100, no_dpi_parity=1)


def write_set(out: Path, docs, levels, render, seed: int, jpeg_seed: int, no_dpi_parity: int,
              only: set[str] | None = None) -> list[Path]:
    """Scans as PDFs (all pages); photos as one JPEG per document, or a PDF of the photos when the
    document has two pages (a phone's "scan to PDF"). ``render(doc, level, seed)`` gives the pages
    and their DPI; the photos of every other document (by ``no_dpi_parity``) carry no DPI. Shared
    by the later blind sets. ``only`` (slugs) and ``levels`` write just those documents and levels,
    each drawn with the seed and the DPI it has in the whole set, so a test can check a few of the
    measured files without drawing them all."""
    scans, truth = out / "scans", out / "truth"
    scans.mkdir(parents=True, exist_ok=True)
    truth.mkdir(parents=True, exist_ok=True)
    made = []
    for i, doc in enumerate(docs):
        if only is not None and doc.slug not in only:
            continue
        for level in levels:
            name = f"{doc.slug}-{level}"
            images, dpi = render(doc, level, seed=seed + 10 * i + LEVELS.index(level))
            if level == "scan" or len(images) > 1:
                path = scans / f"{name}.pdf"
                scan_pdf(path, images, dpi)
            else:
                path = scans / f"{name}.jpg"
                quality = int(np.random.default_rng(jpeg_seed + i).integers(50, 71))
                no_dpi = i % 2 == no_dpi_parity
                images[0].save(path, "JPEG", quality=quality, **({} if no_dpi else {"dpi": (dpi, dpi)}))
                dpi = None if no_dpi else dpi
            data = {"file": path.name, "pages": len(images), "level": level, "family": doc.family, "dpi": dpi}
            if hasattr(doc, "handwritten"):  # blind5 on: the fields written into printed blanks by hand
                data["handwritten"] = list(doc.handwritten)
            data["fields"] = doc.fields()
            (truth / f"{name}.json").write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
            made.append(path)
    return made


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    for path in make_blind3(args.out):
        print(f"{path.stat().st_size / 1024:8.0f} KiB  {path}")


if __name__ == "__main__":
    main()

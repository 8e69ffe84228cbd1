"""Blind set 4 (issue 13, after rules round 4): six layout families the rules were not written for,
each as a 300 dpi scan and as a phone photo. Written without running the rules on it, measured once.

Families:
  thongbao   a thông báo or tờ trình: the title, a "Về việc …" subject, then a "Kính gửi: …" line
             (one or two addressees) before the body; a "Nơi nhận:" block beside the signer;
  bienban    a biên bản (inspection or hand-over record): "Hôm nay, …" opening, the members listed,
             and two signer blocks side by side at the foot (the other party on the left, the
             issuing agency's officer on the right);
  xacnhan    a giấy xác nhận from a ward or a school: "… xác nhận: Ông/Bà …" with the person's
             data as labelled rows, a signer under a seal;
  hopdong    a contract-style header: issuer column and motto, the number centred under the title
             ("HỢP ĐỒNG THUÊ ĐẤT" / "Số: 15/HĐTĐ"), parties as "Bên cho thuê đất (Bên A):" /
             "Bên thuê đất (Bên B):" rows, and two signer blocks ("ĐẠI DIỆN BÊN B" left,
             "ĐẠI DIỆN BÊN A" right);
  chicuc     decisions and permits of a "Chi cục" or "Phòng" under a province or district (a parent
             line, then the unit), a "Nơi nhận:" block beside the signer;
  bo         a national ministry with a department line ("BỘ CÔNG THƯƠNG" / "CỤC HÓA CHẤT"), an
             English-influenced number label "Số (No.):", a date written "05/01/2020".

Truth conventions (decided before any run):
  ``organ_name``   every issuer line, top to bottom, joined by a space, as printed (capitals);
  ``code_number`` / ``code_notation``   the digits before the first "/" and everything after it, as
                   printed, whatever the label ("Số:", "Số (No.):") and wherever the line stands
                   (under the issuer, or centred under a contract's title);
  ``issued_date``  ISO, from the date line under the motto ("ngày 05/01/2020" is 5 January 2020);
  ``place``        the words before ", ngày" on that line;
  ``type_name``    the whole title as printed ("TỜ TRÌNH", "BIÊN BẢN", "HỢP ĐỒNG THUÊ ĐẤT");
  ``subject``      the line(s) right under the title as printed ("Về việc …", "Kiểm tra …"), None when
                   there is none; never the "Kính gửi:" line, never the number under a contract's title;
  ``signer_position`` / ``signer_full_name``   the right-hand signer block (the issuing agency's, Bên A
                   in a contract): every capitals line above the name, joined by a space;
  ``holder_name``  the person or organisation the result is about, as printed the first time it is
                   named (a contract's Bên B; a biên bản's inspected establishment; None for a tờ trình
                   or thông báo addressed to another agency); ``holder_id`` and its type when printed
                   with it (10-digit tax codes here carry a valid check digit).

Renderings as blind3: ``scan`` (300 dpi, light degradation, PDF) and ``photo`` (80-150 dpi JPEG,
perspective, uneven light, half without a DPI).

    python samples/blind4.py --out benchmarks/out/blind4
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind2 import _photo, _scrawl, _seal  # noqa: E402
from blind3 import _raster, lay_out_body, write_set  # noqa: E402
from make_samples import A4, LEFT, Layout, degrade, width  # noqa: E402

LEVELS = ("scan", "photo")
FAMILIES = ("thongbao", "bienban", "xacnhan", "hopdong", "chicuc", "bo")


@dataclass(frozen=True)
class Doc4:
    slug: str
    family: str
    issuer: list[str]
    number: str
    notation: str
    place: str
    date_text: str  # as printed after "ngày "
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
    number_label: str = "Số"
    addressees: list[str] = field(default_factory=list)  # "Kính gửi:" lines
    recipients: list[str] = field(default_factory=list)  # "Nơi nhận:" block
    other_signer: tuple[list[str], str] | None = None  # the left-hand block of a two-party document
    seal: str | None = None

    def fields(self) -> dict:
        return {
            "organ_name": " ".join(self.issuer), "code_number": self.number, "code_notation": self.notation,
            "issued_date": self.issued, "place": self.place, "type_name": " ".join(self.title),
            "subject": " ".join(self.subject) or None, "signer_position": " ".join(self.signer_position),
            "signer_full_name": self.signer_name, "holder_name": self.holder_name, "holder_id": self.holder_id,
            "holder_id_type": self.holder_id_type, "valid_until": self.valid_until,
        }


BLIND4 = [
    Doc4(
        slug="tb-ket-qua-tham-dinh", family="thongbao", issuer=["UBND TỈNH QUẢNG TRỊ", "SỞ XÂY DỰNG"],
        number="214", notation="TB-SXD", place="Quảng Trị", date_text="14 tháng 10 năm 2020", issued="2020-10-14",
        title=["THÔNG BÁO"], subject=["Kết quả thẩm định thiết kế cơ sở dự án Khu dân cư Bắc Thành Cổ"],
        addressees=["Công ty Cổ phần Đầu tư Địa ốc Thành Cổ"],
        body=["Sở Xây dựng nhận được Tờ trình số 18/TTr-ĐOTC ngày 21 tháng 9 năm 2020 của Công ty Cổ phần Đầu tư "
              "Địa ốc Thành Cổ, mã số doanh nghiệp 3200712345, đề nghị thẩm định thiết kế cơ sở dự án Khu dân cư "
              "Bắc Thành Cổ.",
              "Căn cứ Luật Xây dựng ngày 18 tháng 6 năm 2014 và Nghị định số 15/2021/NĐ-CP của Chính phủ, sau khi "
              "xem xét hồ sơ, Sở Xây dựng thông báo kết quả thẩm định như sau:",
              "1. Thiết kế cơ sở đáp ứng yêu cầu của quy hoạch chi tiết tỷ lệ 1/500 đã được phê duyệt.",
              "2. Chủ đầu tư hoàn thiện hồ sơ theo các nội dung nêu trên trước khi triển khai bước tiếp theo."],
        signer_position=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], signer_name="Hoàng Minh Tuệ",
        holder_name="Công ty Cổ phần Đầu tư Địa ốc Thành Cổ", holder_id="3200712345", holder_id_type="tax_code",
        recipients=["- Như trên;", "- Giám đốc Sở (b/c);", "- Lưu: VT, QLXD."],
    ),
    Doc4(
        slug="totrinh-phe-duyet-danh-muc", family="thongbao", issuer=["UBND HUYỆN HƯƠNG SƠN", "PHÒNG TÀI CHÍNH - KẾ HOẠCH"],
        number="37", notation="TTr-TCKH", place="Hương Sơn", date_text="02 tháng 4 năm 2021", issued="2021-04-02",
        title=["TỜ TRÌNH"], subject=["Về việc phê duyệt danh mục dự án đầu tư công năm 2021"],
        addressees=["Ủy ban nhân dân huyện Hương Sơn;", "Hội đồng thẩm định dự án huyện."],
        body=["Căn cứ Luật Đầu tư công ngày 13 tháng 6 năm 2019; Nghị định số 40/2020/NĐ-CP ngày 06 tháng 4 năm "
              "2020 của Chính phủ quy định chi tiết thi hành một số điều của Luật Đầu tư công;",
              "Phòng Tài chính - Kế hoạch kính trình Ủy ban nhân dân huyện xem xét, phê duyệt danh mục 12 dự án "
              "đầu tư công năm 2021 với tổng mức đầu tư 48,6 tỷ đồng (có danh mục kèm theo).",
              "Kính trình Ủy ban nhân dân huyện xem xét, quyết định./."],
        signer_position=["TRƯỞNG PHÒNG"], signer_name="Phan Thị Quỳnh Nga",
        recipients=["- Như trên;", "- Lưu: TCKH."],
    ),
    Doc4(
        slug="bb-kiem-tra-an-toan-thuc-pham", family="bienban", issuer=["UBND THÀNH PHỐ HẢI PHÒNG", "SỞ CÔNG THƯƠNG"],
        number="52", notation="BB-ĐKT", place="Hải Phòng", date_text="23 tháng 6 năm 2020", issued="2020-06-23",
        title=["BIÊN BẢN"], subject=["Kiểm tra điều kiện bảo đảm an toàn thực phẩm"],
        body=["Hôm nay, vào lúc 9 giờ 00 ngày 23 tháng 6 năm 2020, tại cơ sở sản xuất, Đoàn kiểm tra liên ngành "
              "của Sở Công Thương thành phố Hải Phòng gồm:",
              "1. Ông Vũ Đình Khoa, Phó Chánh Thanh tra Sở, Trưởng đoàn;",
              "2. Bà Lương Thị Mai, chuyên viên Phòng Quản lý công nghiệp, thành viên.",
              "Đã tiến hành kiểm tra Công ty TNHH Thực phẩm Đồ Sơn, mã số doanh nghiệp 0201234569, địa chỉ số "
              "12 Lý Thánh Tông, quận Đồ Sơn.",
              "Kết luận: Cơ sở đủ điều kiện bảo đảm an toàn thực phẩm theo quy định. Biên bản được lập thành 02 "
              "bản, mỗi bên giữ 01 bản."],
        signer_position=["TRƯỞNG ĐOÀN"], signer_name="Vũ Đình Khoa",
        other_signer=(["ĐẠI DIỆN CƠ SỞ"], "Trần Văn Hải"),
        holder_name="Công ty TNHH Thực phẩm Đồ Sơn", holder_id="0201234569", holder_id_type="tax_code",
    ),
    Doc4(
        slug="bb-ban-giao-moc-gioi", family="bienban", issuer=["UBND HUYỆN ĐÔNG ANH", "PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG"],
        number="09", notation="BB-TNMT", place="Đông Anh", date_text="11 tháng 3 năm 2019", issued="2019-03-11",
        title=["BIÊN BẢN BÀN GIAO ĐẤT TRÊN THỰC ĐỊA"], subject=[],
        body=["Căn cứ Quyết định số 1120/QĐ-UBND ngày 20 tháng 02 năm 2019 của Ủy ban nhân dân huyện Đông Anh về "
              "việc giao đất cho Hợp tác xã Nông nghiệp Vân Nội;",
              "Hôm nay, ngày 11 tháng 3 năm 2019, tại thôn Vân Nội, chúng tôi gồm:",
              "Bên giao: Phòng Tài nguyên và Môi trường huyện Đông Anh;",
              "Bên nhận: Hợp tác xã Nông nghiệp Vân Nội, mã số thuế 0106543214.",
              "Hai bên đã tiến hành bàn giao 8.250 m² đất trên thực địa theo các mốc giới từ M1 đến M6."],
        signer_position=["ĐẠI DIỆN BÊN GIAO", "TRƯỞNG PHÒNG"], signer_name="Đinh Quang Huy",
        other_signer=(["ĐẠI DIỆN BÊN NHẬN", "GIÁM ĐỐC"], "Nguyễn Thị Lan"),
        holder_name="Hợp tác xã Nông nghiệp Vân Nội", holder_id="0106543214", holder_id_type="tax_code",
    ),
    Doc4(
        slug="xn-cu-tru-phuong", family="xacnhan", issuer=["UBND QUẬN THANH KHÊ", "UBND PHƯỜNG AN KHÊ"],
        number="88", notation="GXN-UBND", place="Đà Nẵng", date_text="07 tháng 12 năm 2021", issued="2021-12-07",
        title=["GIẤY XÁC NHẬN"], subject=["Về việc xác nhận hoàn cảnh gia đình"],
        body=["Ủy ban nhân dân phường An Khê xác nhận:",
              "Bà: Đỗ Thị Thanh Hương", "Sinh ngày: 19/5/1978",
              "Số căn cước công dân: 048178003214",
              "Thường trú tại tổ 42, phường An Khê, quận Thanh Khê, thành phố Đà Nẵng.",
              "Hiện đang nuôi hai con nhỏ, thuộc hộ cận nghèo năm 2021 của phường."],
        signer_position=["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], signer_name="Lê Văn Thịnh",
        holder_name="Đỗ Thị Thanh Hương", holder_id="048178003214", holder_id_type="cccd",
        seal="ỦY BAN NHÂN DÂN * PHƯỜNG AN KHÊ *",
    ),
    Doc4(
        slug="xn-hoc-sinh-truong", family="xacnhan", issuer=["SỞ GD&ĐT TỈNH PHÚ YÊN", "TRƯỜNG THPT LÊ HỒNG PHONG"],
        number="145", notation="GXN-THPT", place="Tuy Hòa", date_text="05 tháng 9 năm 2022", issued="2022-09-05",
        title=["GIẤY XÁC NHẬN"], subject=[],
        body=["Hiệu trưởng Trường Trung học phổ thông Lê Hồng Phong xác nhận:",
              "Em: Trương Gia Bảo, sinh ngày 14/02/2006,",
              "Số định danh cá nhân: 054206001357,",
              "là học sinh lớp 11A3 năm học 2022 - 2023 của nhà trường.",
              "Giấy xác nhận có giá trị đến ngày 31 tháng 5 năm 2023."],
        signer_position=["HIỆU TRƯỞNG"], signer_name="Ngô Thị Xuân Mai",
        holder_name="Trương Gia Bảo", holder_id="054206001357", holder_id_type="cccd", valid_until="2023-05-31",
        seal="TRƯỜNG THPT * LÊ HỒNG PHONG *",
    ),
    Doc4(
        slug="hd-thue-dat", family="hopdong", issuer=["UBND TỈNH BÌNH PHƯỚC", "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG"],
        number="15", notation="HĐTĐ", place="Bình Phước", date_text="19 tháng 8 năm 2020", issued="2020-08-19",
        title=["HỢP ĐỒNG THUÊ ĐẤT"], subject=[],
        body=["Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013;",
              "Căn cứ Quyết định số 1875/QĐ-UBND ngày 05 tháng 8 năm 2020 của Ủy ban nhân dân tỉnh về việc cho "
              "thuê đất;",
              "Bên cho thuê đất (Bên A): Sở Tài nguyên và Môi trường tỉnh Bình Phước, do ông Lưu Văn Hòa, Phó Giám "
              "đốc, làm đại diện.",
              "Bên thuê đất (Bên B): Công ty TNHH Chế biến Hạt điều Đồng Xoài, mã số doanh nghiệp 3800456781, do "
              "bà Lý Thị Kiều, Giám đốc, làm đại diện.",
              "Điều 1. Bên A cho Bên B thuê 25.000 m² đất tại xã Tiến Hưng, thành phố Đồng Xoài để xây dựng nhà "
              "máy chế biến hạt điều.",
              "Điều 2. Thời hạn thuê đất đến ngày 19 tháng 8 năm 2070."],
        signer_position=["ĐẠI DIỆN BÊN A", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], signer_name="Lưu Văn Hòa",
        other_signer=(["ĐẠI DIỆN BÊN B", "GIÁM ĐỐC"], "Lý Thị Kiều"),
        holder_name="Công ty TNHH Chế biến Hạt điều Đồng Xoài", holder_id="3800456781", holder_id_type="tax_code",
        valid_until="2070-08-19",
    ),
    Doc4(
        slug="hd-thue-mat-nuoc", family="hopdong", issuer=["UBND HUYỆN VÂN ĐỒN"],
        number="07", notation="HĐ-UBND", place="Vân Đồn", date_text="28 tháng 01 năm 2019", issued="2019-01-28",
        title=["HỢP ĐỒNG", "THUÊ MẶT NƯỚC BIỂN NUÔI TRỒNG THỦY SẢN"], subject=[],
        body=["Căn cứ Luật Thủy sản ngày 21 tháng 11 năm 2017;",
              "Bên cho thuê (Bên A): Ủy ban nhân dân huyện Vân Đồn.",
              "Bên thuê (Bên B): Hộ kinh doanh Phạm Văn Cường, số căn cước công dân 022084001122, thôn Đông Hải, "
              "xã Đông Xá.",
              "Điều 1. Bên A cho Bên B thuê 3,5 ha mặt nước biển tại vùng Cái Bầu để nuôi trồng thủy sản.",
              "Điều 2. Hợp đồng có hiệu lực đến ngày 28 tháng 01 năm 2029."],
        signer_position=["ĐẠI DIỆN BÊN A", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], signer_name="Lục Thành Chung",
        other_signer=(["ĐẠI DIỆN BÊN B"], "Phạm Văn Cường"),
        holder_name="Hộ kinh doanh Phạm Văn Cường", holder_id="022084001122", holder_id_type="cccd",
        valid_until="2029-01-28",
    ),
    Doc4(
        slug="qd-chi-cuc-thue-mien-giam", family="chicuc", issuer=["CỤC THUẾ TỈNH ĐẮK LẮK", "CHI CỤC THUẾ KHU VỰC KRÔNG PẮC"],
        number="1206", notation="QĐ-CCTKV", place="Krông Pắc", date_text="16 tháng 11 năm 2021", issued="2021-11-16",
        title=["QUYẾT ĐỊNH"], subject=["Về việc miễn tiền thuê đất"],
        body=["CHI CỤC TRƯỞNG CHI CỤC THUẾ KHU VỰC KRÔNG PẮC",
              "Căn cứ Luật Quản lý thuế ngày 13 tháng 6 năm 2019;",
              "Căn cứ Nghị định số 46/2014/NĐ-CP ngày 15 tháng 5 năm 2014 của Chính phủ quy định về thu tiền thuê "
              "đất, thuê mặt nước;",
              "Xét hồ sơ đề nghị miễn tiền thuê đất của Hợp tác xã Cà phê Ea Kly;",
              "QUYẾT ĐỊNH:",
              "Điều 1. Miễn tiền thuê đất cho Hợp tác xã Cà phê Ea Kly, mã số thuế 6001234562, đối với diện tích "
              "4.800 m² tại xã Ea Kly.",
              "Thời gian miễn đến ngày 31 tháng 12 năm 2024."],
        signer_position=["CHI CỤC TRƯỞNG"], signer_name="Y Bhin Niê",
        holder_name="Hợp tác xã Cà phê Ea Kly", holder_id="6001234562", holder_id_type="tax_code",
        valid_until="2024-12-31", recipients=["- Như Điều 1;", "- Cục Thuế tỉnh (b/c);", "- Lưu: VT, NVDTPC."],
    ),
    Doc4(
        slug="gp-phong-ktht-xay-dung", family="chicuc", issuer=["UBND HUYỆN ĐẠI TỪ", "PHÒNG KINH TẾ VÀ HẠ TẦNG"],
        number="62", notation="GPXD-KTHT", place="Đại Từ", date_text="30 tháng 7 năm 2020", issued="2020-07-30",
        title=["GIẤY PHÉP XÂY DỰNG"], subject=["(Sử dụng cho nhà ở riêng lẻ)"],
        body=["1. Cấp cho: Ông Hà Văn Thắng, số căn cước công dân 019082002468;",
              "Địa chỉ: xóm Đồng Khuôn, xã Phú Xuyên, huyện Đại Từ, tỉnh Thái Nguyên.",
              "2. Được phép xây dựng nhà ở riêng lẻ tại thửa đất số 112, tờ bản đồ số 27, xã Phú Xuyên.",
              "3. Giấy phép này có hiệu lực khởi công xây dựng trong thời hạn 12 tháng kể từ ngày cấp."],
        signer_position=["TRƯỞNG PHÒNG"], signer_name="Ma Thị Hằng",
        holder_name="Hà Văn Thắng", holder_id="019082002468", holder_id_type="cccd",
        recipients=["- Như trên;", "- Lưu: VT, KTHT."],
    ),
    Doc4(
        slug="bo-cong-thuong-hoa-chat", family="bo", issuer=["BỘ CÔNG THƯƠNG", "CỤC HÓA CHẤT"],
        number="45", notation="GCN-CHC", place="Hà Nội", date_text="05/01/2020", issued="2020-01-05",
        number_label="Số (No.)", title=["GIẤY CHỨNG NHẬN"],
        subject=["Đủ điều kiện sản xuất, kinh doanh hóa chất"],
        body=["Cục trưởng Cục Hóa chất chứng nhận:",
              "Tên doanh nghiệp: Công ty Cổ phần Hóa chất Việt Trì, mã số doanh nghiệp 2600102342;",
              "Địa chỉ trụ sở chính: phố Sông Thao, phường Thọ Sơn, thành phố Việt Trì, tỉnh Phú Thọ;",
              "Đủ điều kiện sản xuất hóa chất thuộc danh mục hóa chất hạn chế sản xuất, kinh doanh."],
        signer_position=["KT. CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG"], signer_name="Phùng Quang Hiệp",
        holder_name="Công ty Cổ phần Hóa chất Việt Trì", holder_id="2600102342", holder_id_type="tax_code",
        recipients=["- Như trên;", "- Lưu: VT, QLHC."],
    ),
    Doc4(
        slug="bo-y-te-cong-bo", family="bo", issuer=["BỘ Y TẾ", "CỤC QUẢN LÝ DƯỢC"],
        number="3107", notation="QLD-ĐK", place="Hà Nội", date_text="18/02/2021", issued="2021-02-18",
        number_label="Số (No.)", title=["GIẤY XÁC NHẬN"], subject=["Nội dung thông tin thuốc"],
        body=["Cục Quản lý Dược - Bộ Y tế xác nhận nội dung thông tin thuốc của:",
              "Tên cơ sở: Công ty TNHH Dược phẩm Hoa Sen, mã số doanh nghiệp 0301234562;",
              "Giấy xác nhận có giá trị đến ngày 18 tháng 02 năm 2024."],
        signer_position=["TL. CỤC TRƯỞNG", "TRƯỞNG PHÒNG QUẢN LÝ THÔNG TIN"], signer_name="Vũ Thị Thanh Bình",
        holder_name="Công ty TNHH Dược phẩm Hoa Sen", holder_id="0301234562", holder_id_type="tax_code",
        valid_until="2024-02-18",
    ),
]


def _header(page: Layout, doc: Doc4) -> None:
    left_c, right_c = LEFT + 95, A4[0] - 57 - 140
    top = page.y
    run = None
    for i, line in enumerate(doc.issuer):
        run = page.line(line, "b" if i == len(doc.issuer) - 1 else "r", 12.5, centre=left_c)
        page.y += 15
    page.rule(run, 60)
    page.y = top
    page.line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b", 12, centre=right_c)
    page.y += 15
    page.rule(page.line("Độc lập - Tự do - Hạnh phúc", "b", 13, centre=right_c), 160)
    page.y = top + 15 * max(len(doc.issuer), 2) + 16
    if doc.family != "hopdong":  # a contract prints its number under the title
        page.line(f"{doc.number_label}: {doc.number}/{doc.notation}", "r", 13, centre=left_c)
    page.line(f"{doc.place}, ngày {doc.date_text}", "i", 13, centre=right_c)
    page.y += 18


def _signer_block(page: Layout, positions: list[str], name: str, centre: float) -> float:
    top = page.y
    for position in positions:
        page.line(position, "b", 13, centre=centre)
        page.y += 16
    page.y += 62
    page.line(name, "b", 13.5, centre=centre)
    name_y = page.y + 9
    page.y = top
    return name_y


def lay_out(doc: Doc4) -> tuple[Layout, tuple[float, float], list[tuple[float, float]]]:
    """The page(s), the right-hand signer name's centre (points) and the other signer's, if any."""
    page = Layout()
    _header(page, doc)
    page.y += 22
    for t in doc.title:
        page.line(t, "b", 14, centre=A4[0] / 2)
        page.y += 20
    if doc.family == "hopdong":
        page.line(f"Số: {doc.number}/{doc.notation}", "r", 13, centre=A4[0] / 2)
        page.y += 18
    run = None
    for sub in doc.subject:
        run = page.line(sub, "b", 13.5, centre=A4[0] / 2)
        page.y += 18
    if run is not None:
        page.rule(run, 110)
    page.y += 16
    if doc.addressees:
        label = "Kính gửi:"
        x = LEFT + 90
        page.line(label, "r", 13.5, x=x)
        for addressee in doc.addressees:
            page.line(("- " if len(doc.addressees) > 1 else "") + addressee, "r", 13.5, x=x + width(label + " ", "r", 13.5))
            page.y += 19
        page.y += 8
    lay_out_body(page, doc.body, A4)
    page.y += 18
    if page.y + 150 > A4[1] - 40:
        page.new_page()
    right_c, left_c = A4[0] - 57 - 140, LEFT + 95
    others = []
    if doc.other_signer is not None:
        others.append((left_c, _signer_block(page, doc.other_signer[0], doc.other_signer[1], left_c)))
    elif doc.recipients:
        block = page.y
        page.line("Nơi nhận:", "bi", 12, x=LEFT)
        page.y += 15
        for recipient in doc.recipients:
            page.line(recipient, "r", 11, x=LEFT)
            page.y += 13
        page.y = block
    name_y = _signer_block(page, doc.signer_position, doc.signer_name, right_c)
    return page, (right_c, name_y), others


def render(doc: Doc4, level: str, seed: int) -> tuple[list[Image.Image], int | None]:
    rng = np.random.default_rng(seed)
    page, name_at, others = lay_out(doc)
    scale = 300 / 72
    images = []
    for number, items in enumerate(page.pages):
        img = degrade(_raster(items, 300, A4, False), rng, True, noise=5, blur=0.8, specks=40).convert("RGB")
        if number == len(page.pages) - 1:
            for centre in [name_at, *others]:
                img = _scrawl(img, (centre[0] * scale, centre[1] * scale), rng, scale)
            if doc.seal:
                at = (name_at[0] * scale, name_at[1] * scale)
                img = _seal(img, (at[0] - 55 * scale, at[1] - 30 * scale), doc.seal, scale)
        images.append(img)
    if level == "scan":
        return [im.rotate(float(rng.uniform(-1, 1)), resample=Image.Resampling.BICUBIC, fillcolor=(246, 243, 235))
                for im in images], 300
    long_side = int(rng.integers(940, 1760))
    return [_photo(im, rng, long_side) for im in images], round(long_side / (A4[1] / 72) / 1.08)


def make_blind4(out: Path, docs=BLIND4, levels=LEVELS) -> list[Path]:
    """As blind3: scans as PDFs, photos as JPEGs (the other half of the documents without a DPI)."""
    return write_set(out, docs, levels, render, seed=1300, jpeg_seed=200, no_dpi_parity=0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    for path in make_blind4(args.out):
        print(f"{path.stat().st_size / 1024:8.0f} KiB  {path}")


if __name__ == "__main__":
    main()

"""The sample result documents: what they say, with the fields a clerk would record (ground truth)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Document:
    slug: str
    organ_parent: str
    organ_name: str
    number: str
    notation: str
    place: str
    date: tuple[int, int, int]  # year, month, day
    type_name: str
    subject: str
    body: list[str]
    signer_position: list[str]  # e.g. ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG"]
    signer_name: str
    recipients: list[str]
    holder_name: str
    holder_id: str
    holder_id_type: str  # "tax_code" or "cccd"
    valid_until: str | None = None
    extra: dict = field(default_factory=dict)

    @property
    def date_line(self) -> str:
        y, m, d = self.date
        return f"{self.place}, ngày {d:02d} tháng {m:02d} năm {y}"

    def fields(self) -> dict:
        y, m, d = self.date
        return {
            "organ_name": f"{self.organ_parent} {self.organ_name}".strip(),
            "code_number": self.number,
            "code_notation": self.notation,
            "issued_date": f"{y:04d}-{m:02d}-{d:02d}",
            "place": self.place,
            "type_name": self.type_name,
            "subject": self.subject,
            "signer_position": " ".join(self.signer_position),
            "signer_full_name": self.signer_name,
            "holder_name": self.holder_name,
            "holder_id": self.holder_id,
            "holder_id_type": self.holder_id_type,
            "valid_until": self.valid_until,
        }


DOCUMENTS = [
    Document(
        slug="giay-phep-xa-thai",
        organ_parent="BỘ TÀI NGUYÊN",
        organ_name="VÀ MÔI TRƯỜNG",
        number="245",
        notation="GP-BTNMT",
        place="Hà Nội",
        date=(2020, 1, 5),
        type_name="GIẤY PHÉP",
        subject="Xả nước thải vào nguồn nước",
        body=[
            "BỘ TRƯỞNG BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG",
            "Căn cứ Luật Tài nguyên nước ngày 21 tháng 6 năm 2012;",
            "Căn cứ Nghị định số 201/2013/NĐ-CP ngày 27 tháng 11 năm 2013 của Chính phủ quy định chi tiết "
            "thi hành một số điều của Luật Tài nguyên nước;",
            "Xét đơn đề nghị cấp giấy phép xả nước thải vào nguồn nước của Công ty TNHH Môi trường Xanh "
            "Đức Phát và hồ sơ kèm theo;",
            "Theo đề nghị của Cục trưởng Cục Quản lý tài nguyên nước,",
            "QUYẾT ĐỊNH:",
            "Điều 1. Cấp cho Công ty TNHH Môi trường Xanh Đức Phát, mã số doanh nghiệp 0312345678, địa chỉ "
            "số 18 đường Nguyễn Văn Linh, phường Tân Phong, Quận 7, thành phố Hồ Chí Minh, được xả nước thải "
            "vào sông Sài Gòn với lưu lượng lớn nhất 1.200 mét khối một ngày đêm.",
            "Điều 2. Giấy phép có giá trị đến ngày 31 tháng 12 năm 2030.",
        ],
        signer_position=["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG"],
        signer_name="Lê Công Thành",
        recipients=["- Như Điều 1;", "- Cục Quản lý tài nguyên nước;", "- Lưu: VT, TNN."],
        holder_name="Công ty TNHH Môi trường Xanh Đức Phát",
        holder_id="0312345678",
        holder_id_type="tax_code",
        valid_until="2030-12-31",
    ),
    Document(
        slug="quyet-dinh-2-trang",
        organ_parent="ỦY BAN NHÂN DÂN",
        organ_name="TỈNH QUẢNG NAM",
        number="1520",
        notation="QĐ-UBND",
        place="Quảng Nam",
        date=(2021, 6, 18),
        type_name="QUYẾT ĐỊNH",
        subject="Về việc công nhận quyền sử dụng đất cho hộ gia đình ông Trần Đình Hưởng",
        body=[
            "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM",
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
            "Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013;",
            "Căn cứ Nghị định số 43/2014/NĐ-CP ngày 15 tháng 5 năm 2014 của Chính phủ quy định chi tiết "
            "thi hành một số điều của Luật Đất đai;",
            "Xét hồ sơ đề nghị của hộ gia đình ông Trần Đình Hưởng và kết quả thẩm định của Sở Tài nguyên "
            "và Môi trường tại Tờ trình số 356/TTr-STNMT ngày 02 tháng 6 năm 2021;",
            "Theo đề nghị của Giám đốc Sở Tài nguyên và Môi trường,",
            "QUYẾT ĐỊNH:",
            "Điều 1. Công nhận quyền sử dụng đất cho ông Trần Đình Hưởng, số căn cước công dân "
            "049078001234, thường trú tại thôn Phú Lộc, xã Điện Hồng, thị xã Điện Bàn, tỉnh Quảng Nam, "
            "đối với thửa đất số 125, tờ bản đồ số 17, diện tích 312,5 mét vuông, mục đích sử dụng đất ở "
            "tại nông thôn.",
            "Điều 2. Giao Sở Tài nguyên và Môi trường chỉ đạo Văn phòng Đăng ký đất đai cập nhật hồ sơ địa "
            "chính, cấp giấy chứng nhận quyền sử dụng đất theo quy định; thời hạn sử dụng đất lâu dài.",
            "Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám "
            "đốc Sở Tài nguyên và Môi trường, Chủ tịch Ủy ban nhân dân thị xã Điện Bàn và ông Trần Đình "
            "Hưởng chịu trách nhiệm thi hành Quyết định này.",
        ],
        signer_position=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
        signer_name="Nguyễn Hồng Quang",
        recipients=["- Như Điều 3;", "- CT, các PCT UBND tỉnh;", "- Lưu: VT, KTN."],
        holder_name="Trần Đình Hưởng",
        holder_id="049078001234",
        holder_id_type="cccd",
        valid_until=None,
    ),
    Document(
        slug="giay-chung-nhan-200dpi",
        organ_parent="UBND THÀNH PHỐ ĐÀ NẴNG",
        organ_name="SỞ XÂY DỰNG",
        number="36",
        notation="GCN-SXD",
        place="Đà Nẵng",
        date=(2019, 9, 12),
        type_name="GIẤY CHỨNG NHẬN",
        subject="Đủ điều kiện năng lực hoạt động xây dựng",
        body=[
            "GIÁM ĐỐC SỞ XÂY DỰNG THÀNH PHỐ ĐÀ NẴNG",
            "Chứng nhận: Công ty Cổ phần Xây dựng Sông Hàn",
            "Mã số doanh nghiệp: 0401234567",
            "Địa chỉ trụ sở chính: số 45 đường Bạch Đằng, phường Hải Châu 1, quận Hải Châu, thành phố Đà Nẵng.",
            "Đủ điều kiện năng lực hoạt động xây dựng hạng II đối với lĩnh vực thi công công tác xây dựng "
            "công trình dân dụng và hạ tầng kỹ thuật.",
            "Chứng chỉ này có giá trị đến ngày 12 tháng 9 năm 2029.",
        ],
        signer_position=["GIÁM ĐỐC"],
        signer_name="Tô Văn Hùng",
        recipients=["- Như trên;", "- Lưu: VT, QLXD."],
        holder_name="Công ty Cổ phần Xây dựng Sông Hàn",
        holder_id="0401234567",
        holder_id_type="tax_code",
        valid_until="2029-09-12",
    ),
    Document(
        slug="giay-phep-xoay-ngang",
        organ_parent="UBND TỈNH BÌNH DƯƠNG",
        organ_name="SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG",
        number="88",
        notation="GP-STNMT",
        place="Bình Dương",
        date=(2022, 3, 7),
        type_name="GIẤY PHÉP",
        subject="Khai thác, sử dụng nước dưới đất",
        body=[
            "GIÁM ĐỐC SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG",
            "Căn cứ Luật Tài nguyên nước ngày 21 tháng 6 năm 2012;",
            "Xét đơn đề nghị cấp giấy phép khai thác, sử dụng nước dưới đất của Công ty TNHH Thực phẩm "
            "Phước Lộc ngày 14 tháng 01 năm 2022 và hồ sơ kèm theo,",
            "QUYẾT ĐỊNH:",
            "Điều 1. Cho phép Công ty TNHH Thực phẩm Phước Lộc, mã số doanh nghiệp 3700987654, được khai "
            "thác nước dưới đất tại khu công nghiệp Mỹ Phước, thị xã Bến Cát, tỉnh Bình Dương, lưu lượng "
            "khai thác 450 mét khối một ngày đêm.",
            "Điều 2. Thời hạn của giấy phép là 10 năm, đến ngày 07 tháng 3 năm 2032.",
        ],
        signer_position=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
        signer_name="Phạm Thị Ngọc Ánh",
        recipients=["- Như Điều 1;", "- Lưu: VT, TNN."],
        holder_name="Công ty TNHH Thực phẩm Phước Lộc",
        holder_id="3700987654",
        holder_id_type="tax_code",
        valid_until="2032-03-07",
    ),
    Document(
        slug="quyet-dinh-so",
        organ_parent="",
        organ_name="BỘ NỘI VỤ",
        number="15",
        notation="QĐ-BNV",
        place="Hà Nội",
        date=(2020, 1, 5),
        type_name="QUYẾT ĐỊNH",
        subject="Về việc công nhận Hội Cựu giáo chức huyện Đông Anh đủ điều kiện hoạt động",
        body=[
            "BỘ TRƯỞNG BỘ NỘI VỤ",
            "Căn cứ Nghị định số 45/2010/NĐ-CP ngày 21 tháng 4 năm 2010 của Chính phủ quy định về tổ chức, "
            "hoạt động và quản lý hội;",
            "Xét đề nghị của Hội Cựu giáo chức huyện Đông Anh và Vụ trưởng Vụ Tổ chức phi chính phủ,",
            "QUYẾT ĐỊNH:",
            "Điều 1. Công nhận Hội Cựu giáo chức huyện Đông Anh, mã số thuế 0108765432, đủ điều kiện hoạt "
            "động theo điều lệ đã được phê duyệt.",
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
        ],
        signer_position=["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG"],
        signer_name="Nguyễn Duy Thăng",
        recipients=["- Như Điều 1;", "- Lưu: VT, TCPCP."],
        holder_name="Hội Cựu giáo chức huyện Đông Anh",
        holder_id="0108765432",
        holder_id_type="tax_code",
        valid_until=None,
    ),
    Document(
        slug="giay-xac-nhan",
        organ_parent="UBND HUYỆN THANH TRÌ",
        organ_name="UBND XÃ TẢ THANH OAI",
        number="412",
        notation="XN-UBND",
        place="Thanh Trì",
        date=(2023, 10, 19),
        type_name="GIẤY XÁC NHẬN",
        subject="Tình trạng hôn nhân",
        body=[
            "ỦY BAN NHÂN DÂN XÃ TẢ THANH OAI",
            "Xác nhận: Bà Đỗ Thị Thùy Dương, sinh ngày 23 tháng 8 năm 1995, số căn cước công dân "
            "001195023456, nơi cư trú: thôn Tả Thanh Oai, xã Tả Thanh Oai, huyện Thanh Trì, thành phố Hà Nội.",
            "Tình trạng hôn nhân: chưa đăng ký kết hôn với ai.",
            "Giấy này có giá trị sử dụng đến ngày 19 tháng 4 năm 2024, dùng để làm thủ tục đăng ký kết hôn.",
        ],
        signer_position=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
        signer_name="Lưu Quang Diệu",
        recipients=["- Như trên;", "- Lưu: VT, TP."],
        holder_name="Đỗ Thị Thùy Dương",
        holder_id="001195023456",
        holder_id_type="cccd",
        valid_until="2024-04-19",
    ),
]

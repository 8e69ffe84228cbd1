"""Blind set 5 (issue 13, after blind set 4): six more layout families the rules were not written for,
each as a 300 dpi scan and as a phone photo. Written without looking at the rules or running them on
it, measured once.

Families (Decree 30/2020 appendix I positions: issuer column top left, motto top right, number under
the issuer, place and date under the motto, title centred, signer bottom right, "Nơi nhận:" bottom left):
  viettay     decisions and notices numbered and dated by hand after printing: "Số:        /QĐ-UBND"
              or "Số: ........../TB-STP" with the digits written into the blank in blue pen strokes
              (slanted, uneven), and "ngày        tháng 3 năm 2021" with the day written in;
  nhieutrang  three pages: the header and most of the body on page 1, the end of the body, the signer
              and "Nơi nhận:" on page 2, an annex ("PHỤ LỤC" / "DANH SÁCH …") with a table of names
              on page 3, which holds no signer;
  kythay      signer blocks "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" and "TL. GIÁM ĐỐC" /
              "TRƯỞNG PHÒNG …" under a red round seal, the signature across the block, the name under
              them ("KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" and "Q. GIÁM ĐỐC" blocks appear in viettay and giayphep);
  giayphep    permits whose subject is the line(s) under the type name ("GIẤY PHÉP" / "Khai thác, sử
              dụng nước dưới đất"), the holder as labelled rows ("Tên tổ chức: Công ty TNHH …",
              "Mã số doanh nghiệp: …") or as "Cấp cho: Ông …" with the person's data in rows;
  congvan     công văn: no type name, a "V/v …" subject of one or two lines under the number in the
              issuer column, "Kính gửi: …" with one to three addressees, one of them with a tax code;
  tinhhuyen   three-line issuers ("UBND TỈNH …" / "SỞ NÔNG NGHIỆP VÀ PTNT" / "CHI CỤC THỦY LỢI";
              "ỦY BAN NHÂN DÂN" / "HUYỆN …" / "PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG") and a two-line title
              ("QUYẾT ĐỊNH" / "Về việc …", "THÔNG BÁO" / "Kết quả …").

Truth conventions (decided before any run): blind4's, as its docstring states them (organ_name,
code_number/code_notation, issued_date, place, type_name, subject, signer_position/signer_full_name,
holder_name and holder_id). New here:
  ``code_number`` / ``issued_date`` written by hand: the truth keeps the values actually written (the
                   digits drawn into the blank, the day written before "tháng"), and the truth file
                   carries a ``handwritten`` list naming those fields, as benchmarks/real/truth/*.json
                   do (an empty list when everything is printed);
  công văn         prints no type name: ``type_name`` is "CÔNG VĂN" (blind2's convention), ``subject``
                   the "V/v …" text as printed, its lines joined by a space; holder fields are None,
                   even when an addressee is printed with a tax code;
  a person holder  the name without "Ông" / "Bà" ("Cấp cho: Ông Huỳnh Văn Út" gives "Huỳnh Văn Út");
  three pages      the signer is the one on page 2; the names in the annex's table are never a holder
                   or a signer, and a decision about a list of households has no holder;
  two-line titles  the first line ("QUYẾT ĐỊNH", "THÔNG BÁO") is ``type_name``, the line under it
                   ``subject``.

Renderings as blind3 and blind4: ``scan`` (300 dpi, light degradation, PDF) and ``photo`` (80-150 dpi
JPEG, perspective, uneven light, half without a DPI; a three-page document's photos go into one PDF).

    python samples/blind5.py --out benchmarks/out/blind5
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind2 import _photo, _scrawl, _seal  # noqa: E402
from blind3 import _LONG, _raster, lay_out_body, write_set  # noqa: E402
from blind4 import Doc4, _header, _signer_block  # noqa: E402
from make_samples import A4, LEFT, PAPER, TEXT_WIDTH, Layout, Rule, Run, degrade, width, wrap  # noqa: E402

LEVELS = ("scan", "photo")
FAMILIES = ("viettay", "nhieutrang", "kythay", "giayphep", "congvan", "tinhhuyen")
LEFT_C, RIGHT_C = LEFT + 95, A4[0] - 57 - 140  # the issuer's and the motto's (and signer's) column centres
PEN = (22, 48, 165)


@dataclass(frozen=True)
class Annex:
    """The last page: a title, a line naming the document it belongs to, a table."""
    title: list[str]
    note: str
    columns: list[tuple[str, float]]  # heading, width in points
    rows: list[tuple[str, ...]]


@dataclass(frozen=True)
class Doc5(Doc4):
    """blind4's document (its ``other_signer`` unused here) with the hand-written fields and an annex;
    ``date_text`` reads as the date does once filled in, ``title`` is [] for a công văn."""
    handwritten: tuple[str, ...] = ()  # fields written into printed blanks by hand
    blank: str = " " * 16  # what was printed where the hand-written number and day went
    annex: Annex | None = None

    def fields(self) -> dict:
        return super().fields() | {"type_name": " ".join(self.title) or "CÔNG VĂN"}

    def printed(self) -> Doc5:
        """The document as it left the printer: the hand-written number and day still blank."""
        shown = self
        if "code_number" in self.handwritten:
            shown = replace(shown, number=self.blank)
        if "issued_date" in self.handwritten:
            shown = replace(shown, date_text=f"{self.blank} {self.date_text.split(' ', 1)[1]}")
        return shown


_CAN_CU_UBND = _LONG  # blind3's: the local-government law every UBND decision cites

BLIND5 = [
    Doc5(
        slug="qd-viet-tay-ho-tro-nha-o", family="viettay", issuer=["ỦY BAN NHÂN DÂN", "HUYỆN YÊN MINH"],
        number="286", notation="QĐ-UBND", place="Yên Minh", date_text="18 tháng 3 năm 2021", issued="2021-03-18",
        title=["QUYẾT ĐỊNH"], subject=["Về việc hỗ trợ kinh phí làm nhà ở cho hộ ông Sùng Mí Chá"],
        body=["CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN YÊN MINH", _CAN_CU_UBND,
              "Căn cứ Quyết định số 33/2015/QĐ-TTg ngày 10 tháng 8 năm 2015 của Thủ tướng Chính phủ về chính "
              "sách hỗ trợ nhà ở đối với hộ nghèo;",
              "Xét đề nghị của Trưởng phòng Lao động - Thương binh và Xã hội huyện,",
              "QUYẾT ĐỊNH:",
              "Điều 1. Hỗ trợ 40.000.000 đồng (bốn mươi triệu đồng) để làm nhà ở cho hộ ông Sùng Mí Chá, số căn "
              "cước công dân 002076004512, thôn Lùng Hồ 1, xã Lùng Hồ, huyện Yên Minh.",
              "Điều 2. Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Lao động - Thương binh và Xã hội, Chủ "
              "tịch UBND xã Lùng Hồ và ông Sùng Mí Chá chịu trách nhiệm thi hành Quyết định này."],
        signer_position=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer_name="Vàng Seo Dìn",
        holder_name="Sùng Mí Chá", holder_id="002076004512", holder_id_type="cccd",
        recipients=["- Như Điều 2;", "- CT, các PCT UBND huyện;", "- Lưu: VT, LĐTBXH."],
        handwritten=("code_number", "issued_date"),
    ),
    Doc5(
        slug="tb-viet-tay-van-phong-cong-chung", family="viettay", issuer=["UBND TỈNH LẠNG SƠN", "SỞ TƯ PHÁP"],
        number="1042", notation="TB-STP", place="Lạng Sơn", date_text="7 tháng 11 năm 2019", issued="2019-11-07",
        title=["THÔNG BÁO"], subject=["Về việc chấp thuận thay đổi trụ sở Văn phòng công chứng Kỳ Lừa"],
        body=["Xét hồ sơ đề nghị thay đổi địa chỉ trụ sở của Văn phòng công chứng Kỳ Lừa, mã số thuế 4902417367, "
              "nộp ngày 24 tháng 10 năm 2019;",
              "Căn cứ Luật Công chứng ngày 20 tháng 6 năm 2014 và Nghị định số 29/2015/NĐ-CP ngày 15 tháng 3 năm "
              "2015 của Chính phủ, Sở Tư pháp thông báo:",
              "1. Chấp thuận việc thay đổi địa chỉ trụ sở của Văn phòng công chứng Kỳ Lừa từ số 12 đường Bà Triệu "
              "đến số 58 đường Lê Đại Hành, phường Vĩnh Trại, thành phố Lạng Sơn.",
              "2. Văn phòng công chứng Kỳ Lừa có trách nhiệm đăng ký thay đổi nội dung đăng ký hoạt động trong "
              "thời hạn 10 ngày kể từ ngày nhận được Thông báo này."],
        signer_position=["GIÁM ĐỐC"], signer_name="Lăng Văn Chiến",
        holder_name="Văn phòng công chứng Kỳ Lừa", holder_id="4902417367", holder_id_type="tax_code",
        recipients=["- Văn phòng công chứng Kỳ Lừa;", "- Lưu: VT, BTTP."],
        handwritten=("code_number", "issued_date"), blank="." * 16,
    ),
    Doc5(
        slug="qd-3trang-ho-tro-thiet-hai-lu", family="nhieutrang", issuer=["ỦY BAN NHÂN DÂN", "HUYỆN LỆ THỦY"],
        number="2745", notation="QĐ-UBND", place="Lệ Thủy", date_text="14 tháng 11 năm 2020", issued="2020-11-14",
        title=["QUYẾT ĐỊNH"], subject=["Về việc hỗ trợ các hộ gia đình bị thiệt hại nhà ở", "do mưa lũ tại xã An Thủy"],
        body=["CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN LỆ THỦY", _CAN_CU_UBND,
              "Căn cứ Luật Phòng, chống thiên tai ngày 19 tháng 6 năm 2013; Luật sửa đổi, bổ sung một số điều của "
              "Luật Phòng, chống thiên tai và Luật Đê điều ngày 17 tháng 6 năm 2020;",
              "Căn cứ Nghị định số 02/2017/NĐ-CP ngày 09 tháng 01 năm 2017 của Chính phủ về cơ chế, chính sách hỗ "
              "trợ sản xuất nông nghiệp để khôi phục sản xuất vùng bị thiệt hại do thiên tai, dịch bệnh;",
              "Căn cứ Nghị quyết số 12/2019/NQ-HĐND ngày 11 tháng 7 năm 2019 của Hội đồng nhân dân tỉnh Quảng Bình "
              "quy định mức hỗ trợ đối với hộ gia đình bị thiệt hại về nhà ở do thiên tai trên địa bàn tỉnh;",
              "Căn cứ Quyết định số 3715/QĐ-UBND ngày 26 tháng 10 năm 2020 của Ủy ban nhân dân tỉnh Quảng Bình về "
              "việc phân bổ kinh phí hỗ trợ khắc phục hậu quả mưa lũ từ ngày 06 đến ngày 22 tháng 10 năm 2020;",
              "Xét biên bản kiểm tra, xác minh thiệt hại của Ủy ban nhân dân xã An Thủy ngày 02 tháng 11 năm 2020 "
              "và đề nghị của Trưởng phòng Lao động - Thương binh và Xã hội tại Tờ trình số 418/TTr-LĐTBXH ngày "
              "10 tháng 11 năm 2020,",
              "QUYẾT ĐỊNH:",
              "Điều 1. Hỗ trợ 10 hộ gia đình tại xã An Thủy bị sập đổ, hư hỏng nặng nhà ở do đợt mưa lũ từ ngày 06 "
              "đến ngày 22 tháng 10 năm 2020, với tổng kinh phí 235.000.000 đồng (hai trăm ba mươi lăm triệu "
              "đồng), theo danh sách kèm theo Quyết định này.",
              "Điều 2. Nguồn kinh phí: từ nguồn hỗ trợ của Ủy ban nhân dân tỉnh tại Quyết định số 3715/QĐ-UBND "
              "nêu trên. Phòng Tài chính - Kế hoạch huyện cấp phát kinh phí cho Ủy ban nhân dân xã An Thủy; Ủy ban "
              "nhân dân xã chi trả trực tiếp cho từng hộ gia đình và thanh quyết toán theo quy định.",
              "Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng "
              "Tài chính - Kế hoạch, Trưởng phòng Lao động - Thương binh và Xã hội, Chủ tịch Ủy ban nhân dân xã An "
              "Thủy và các hộ gia đình có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này."],
        signer_position=["CHỦ TỊCH"], signer_name="Hoàng Xuân Thịnh",
        recipients=["- Như Điều 3;", "- UBND tỉnh (b/c);", "- Lưu: VT, LĐTBXH."],
        annex=Annex(
            title=["PHỤ LỤC", "DANH SÁCH HỘ GIA ĐÌNH ĐƯỢC HỖ TRỢ"],
            note="(Kèm theo Quyết định số 2745/QĐ-UBND ngày 14 tháng 11 năm 2020 của Ủy ban nhân dân huyện Lệ Thủy)",
            columns=[("STT", 34), ("Họ và tên chủ hộ", 160), ("Thôn", 110), ("Mức hỗ trợ (đồng)", 149.28)],
            rows=[("1", "Nguyễn Văn Hạnh", "Phú Thọ", "40.000.000"), ("2", "Trần Thị Lài", "Phú Thọ", "20.000.000"),
                  ("3", "Lê Văn Cường", "Tuy Lộc", "20.000.000"), ("4", "Võ Thị Mến", "Tuy Lộc", "15.000.000"),
                  ("5", "Đặng Văn Sỹ", "Thạch Bàn", "40.000.000"), ("6", "Hoàng Thị Thu", "Thạch Bàn", "20.000.000"),
                  ("7", "Phạm Văn Nghĩa", "Xuân Lai", "20.000.000"), ("8", "Dương Thị Huế", "Xuân Lai", "20.000.000"),
                  ("9", "Nguyễn Văn Tình", "Quy Hậu", "20.000.000"), ("10", "Lê Thị Nhàn", "Quy Hậu", "20.000.000"),
                  ("", "Tổng cộng", "", "235.000.000")]),
    ),
    Doc5(
        slug="qd-3trang-bieu-dien-nghe-thuat", family="nhieutrang",
        issuer=["UBND TỈNH BẮC KẠN", "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH"],
        number="392", notation="QĐ-SVHTTDL", place="Bắc Kạn", date_text="08 tháng 4 năm 2022", issued="2022-04-08",
        title=["QUYẾT ĐỊNH"], subject=["Về việc chấp thuận tổ chức biểu diễn nghệ thuật"],
        body=["GIÁM ĐỐC SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH",
              "Căn cứ Nghị định số 144/2020/NĐ-CP ngày 14 tháng 12 năm 2020 của Chính phủ quy định về hoạt động "
              "nghệ thuật biểu diễn;",
              "Căn cứ Quyết định số 14/2016/QĐ-UBND ngày 16 tháng 6 năm 2016 của Ủy ban nhân dân tỉnh Bắc Kạn quy "
              "định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Văn hóa, Thể thao và Du lịch; Quyết "
              "định số 22/2021/QĐ-UBND ngày 12 tháng 11 năm 2021 sửa đổi, bổ sung một số điều của Quyết định này;",
              "Xét văn bản đề nghị số 17/2022/CV-BB ngày 25 tháng 3 năm 2022 của Công ty TNHH Sự kiện Ba Bể về việc "
              "tổ chức chương trình nghệ thuật \"Đêm hồ Ba Bể\" và hồ sơ kèm theo;",
              "Theo đề nghị của Trưởng phòng Quản lý văn hóa và Gia đình,",
              "QUYẾT ĐỊNH:",
              "Điều 1. Chấp thuận cho Công ty TNHH Sự kiện Ba Bể, mã số doanh nghiệp 4701528483, địa chỉ tổ 8, "
              "phường Đức Xuân, thành phố Bắc Kạn, tổ chức chương trình nghệ thuật \"Đêm hồ Ba Bể\" với các nội "
              "dung sau:",
              "1. Thời gian: từ 19 giờ 30 đến 22 giờ 00 các tối thứ Bảy, từ ngày 16 tháng 4 đến ngày 30 tháng 6 "
              "năm 2022.",
              "2. Địa điểm: sân khấu ngoài trời bến thuyền Buốc Lốm, xã Nam Mẫu, huyện Ba Bể.",
              "3. Chương trình gồm 12 tiết mục hát then, đàn tính, múa dân gian Tày, Nùng, Dao do 8 nghệ nhân, "
              "diễn viên có tên tại danh sách kèm theo Quyết định này biểu diễn; người chịu trách nhiệm chương "
              "trình là bà Hoàng Thị Nhung, Giám đốc Công ty.",
              "Điều 2. Công ty TNHH Sự kiện Ba Bể có trách nhiệm thực hiện đúng nội dung chương trình đã được chấp "
              "thuận, bảo đảm an ninh, trật tự, an toàn phòng cháy, chữa cháy và vệ sinh môi trường tại nơi biểu "
              "diễn; không được thay đổi nội dung, diễn viên khi chưa được Sở Văn hóa, Thể thao và Du lịch chấp thuận.",
              "Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Sở, Trưởng phòng Quản lý văn hóa và "
              "Gia đình, Chánh Thanh tra Sở và Giám đốc Công ty TNHH Sự kiện Ba Bể chịu trách nhiệm thi hành Quyết "
              "định này."],
        signer_position=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], signer_name="Nông Thị Thu Hà",
        holder_name="Công ty TNHH Sự kiện Ba Bể", holder_id="4701528483", holder_id_type="tax_code",
        recipients=["- Như Điều 3;", "- Ban Quản lý Vườn quốc gia Ba Bể;", "- Lưu: VT, QLVHGĐ."],
        annex=Annex(
            title=["DANH SÁCH NGHỆ NHÂN, DIỄN VIÊN THAM GIA BIỂU DIỄN"],
            note="(Kèm theo Quyết định số 392/QĐ-SVHTTDL ngày 08 tháng 4 năm 2022 của Sở Văn hóa, Thể thao và Du lịch)",
            columns=[("STT", 34), ("Họ và tên", 170), ("Năm sinh", 70), ("Tiết mục", 179.28)],
            rows=[("1", "Ma Văn Đức", "1961", "Hát then, đàn tính"), ("2", "Hoàng Thị Then", "1988", "Hát then"),
                  ("3", "Triệu Văn Sâu", "1991", "Múa chuông Dao"), ("4", "Lường Thị Hoa", "1995", "Múa dân gian Tày"),
                  ("5", "Nông Văn Khuyến", "1985", "Đàn tính"), ("6", "Lý Thị Mai", "1993", "Hát sli Nùng"),
                  ("7", "Bế Văn Toàn", "1982", "Sáo, nhị"), ("8", "Hà Thị Liên", "1997", "Múa nón")]),
    ),
    Doc5(
        slug="qd-tm-kt-cho-thue-dat-dien-mat-troi", family="kythay", issuer=["ỦY BAN NHÂN DÂN", "TỈNH NINH THUẬN"],
        number="1318", notation="QĐ-UBND", place="Ninh Thuận", date_text="24 tháng 9 năm 2018", issued="2018-09-24",
        title=["QUYẾT ĐỊNH"], subject=["Về việc cho thuê đất để thực hiện dự án", "Nhà máy điện mặt trời Phước Minh"],
        body=["ỦY BAN NHÂN DÂN TỈNH NINH THUẬN",
              "Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013;",
              "Xét đề nghị của Giám đốc Sở Tài nguyên và Môi trường tại Tờ trình số 3924/TTr-STNMT ngày 14 tháng 9 "
              "năm 2018,",
              "QUYẾT ĐỊNH:",
              "Điều 1. Cho Công ty Cổ phần Năng lượng Phước Minh, mã số doanh nghiệp 4502276288, thuê 48,6 ha đất "
              "tại xã Phước Minh, huyện Thuận Nam để xây dựng Nhà máy điện mặt trời Phước Minh.",
              "Thời hạn thuê đất đến ngày 24 tháng 9 năm 2068; hình thức thuê: trả tiền thuê đất hằng năm."],
        signer_position=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer_name="Đàng Văn Phú",
        holder_name="Công ty Cổ phần Năng lượng Phước Minh", holder_id="4502276288", holder_id_type="tax_code",
        valid_until="2068-09-24", recipients=["- Như Điều 1;", "- Sở TN&MT;", "- Lưu: VT, KT."],
        seal="ỦY BAN NHÂN DÂN * TỈNH NINH THUẬN *",
    ),
    Doc5(
        slug="gcn-tl-dang-ky-phuong-tien-thuy", family="kythay", issuer=["UBND TỈNH SÓC TRĂNG", "SỞ GIAO THÔNG VẬN TẢI"],
        number="537", notation="GCN-SGTVT", place="Sóc Trăng", date_text="13 tháng 6 năm 2023", issued="2023-06-13",
        title=["GIẤY CHỨNG NHẬN"], subject=["Đăng ký phương tiện thủy nội địa"],
        body=["Chứng nhận phương tiện: ghe chở hàng vỏ gỗ, số đăng ký ST-2317, sức chở 18 tấn;",
              "Của chủ phương tiện: Ông Thạch Sô Phoa",
              "Số căn cước công dân: 094081005127",
              "Địa chỉ: ấp Bưng Tróp, xã Lịch Hội Thượng, thị xã Trần Đề, tỉnh Sóc Trăng.",
              "Đã được đăng ký vào Sổ đăng ký phương tiện thủy nội địa của Sở Giao thông vận tải."],
        signer_position=["TL. GIÁM ĐỐC", "TRƯỞNG PHÒNG QUẢN LÝ PHƯƠNG TIỆN"], signer_name="Lý Hoàng Sơn",
        holder_name="Thạch Sô Phoa", holder_id="094081005127", holder_id_type="cccd",
        recipients=["- Chủ phương tiện;", "- Lưu: VT, QLPT."], seal="SỞ GIAO THÔNG VẬN TẢI * TỈNH SÓC TRĂNG *",
    ),
    Doc5(
        slug="gp-khai-thac-nuoc-duoi-dat", family="giayphep", issuer=["ỦY BAN NHÂN DÂN", "TỈNH BÌNH THUẬN"],
        number="41", notation="GP-UBND", place="Bình Thuận", date_text="21 tháng 6 năm 2022", issued="2022-06-21",
        title=["GIẤY PHÉP"], subject=["Khai thác, sử dụng nước dưới đất"],
        body=["ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN",
              "Căn cứ Luật Tài nguyên nước ngày 21 tháng 6 năm 2012;",
              "Căn cứ Nghị định số 201/2013/NĐ-CP ngày 27 tháng 11 năm 2013 của Chính phủ quy định chi tiết thi hành "
              "một số điều của Luật Tài nguyên nước;",
              "Điều 1. Cho phép tổ chức sau đây được khai thác, sử dụng nước dưới đất:",
              "Tên tổ chức: Công ty TNHH Chế biến Thanh long Hàm Hiệp",
              "Mã số doanh nghiệp: 3403169283",
              "Địa chỉ: thôn Phú Điền, xã Hàm Hiệp, huyện Hàm Thuận Bắc, tỉnh Bình Thuận.",
              "Mục đích khai thác: phục vụ sản xuất của nhà máy chế biến thanh long; lưu lượng khai thác 320 m³/ngày "
              "đêm từ 03 giếng khoan.",
              "Điều 2. Thời hạn của giấy phép là 05 năm, đến ngày 21 tháng 6 năm 2027."],
        signer_position=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer_name="Phan Minh Quý",
        holder_name="Công ty TNHH Chế biến Thanh long Hàm Hiệp", holder_id="3403169283", holder_id_type="tax_code",
        valid_until="2027-06-21", recipients=["- Như Điều 1;", "- Sở TN&MT;", "- Lưu: VT, KT."],
    ),
    Doc5(
        slug="gp-cap-cho-ong-khai-thac-thuy-san", family="giayphep", issuer=["UBND TỈNH CÀ MAU", "SỞ NÔNG NGHIỆP VÀ PTNT"],
        number="208", notation="GPKTTS-SNN", place="Cà Mau", date_text="09 tháng 02 năm 2023", issued="2023-02-09",
        title=["GIẤY PHÉP"], subject=["Khai thác thủy sản", "(Nghề lưới rê, vùng khơi)"],
        body=["Cấp cho: Ông Huỳnh Văn Út",
              "Số căn cước công dân: 096082006731",
              "Địa chỉ thường trú: khóm 4, thị trấn Sông Đốc, huyện Trần Văn Thời, tỉnh Cà Mau.",
              "Tàu cá số đăng ký CM-90517-TS, chiều dài lớn nhất 17,4 m, tổng công suất máy chính 420 kW.",
              "Nghề khai thác: lưới rê; vùng khai thác: vùng khơi.",
              "Giấy phép có giá trị đến ngày 09 tháng 02 năm 2025."],
        signer_position=["Q. GIÁM ĐỐC"], signer_name="Châu Công Bằng",
        holder_name="Huỳnh Văn Út", holder_id="096082006731", holder_id_type="cccd", valid_until="2025-02-09",
        recipients=["- Chủ tàu;", "- Chi cục Thủy sản;", "- Lưu: VT."], seal="SỞ NÔNG NGHIỆP VÀ PTNT * CÀ MAU *",
    ),
    Doc5(
        slug="cv-bo-sung-ho-so-doanh-nghiep", family="congvan", issuer=["UBND TỈNH TÂY NINH", "SỞ KẾ HOẠCH VÀ ĐẦU TƯ"],
        number="1356", notation="SKHĐT-ĐKKD", place="Tây Ninh", date_text="12 tháng 8 năm 2019", issued="2019-08-12",
        title=[], subject=["V/v bổ sung hồ sơ đăng ký doanh nghiệp"],
        addressees=["Công ty TNHH Mía đường Tân Châu (mã số doanh nghiệp 3904728158)"],
        body=["Ngày 05 tháng 8 năm 2019, Phòng Đăng ký kinh doanh nhận được hồ sơ đăng ký thay đổi người đại diện "
              "theo pháp luật của Công ty TNHH Mía đường Tân Châu.",
              "Sau khi xem xét, hồ sơ còn thiếu bản sao giấy tờ pháp lý của người đại diện mới và biên bản họp Hội "
              "đồng thành viên. Sở Kế hoạch và Đầu tư đề nghị Công ty bổ sung hồ sơ trong thời hạn 30 ngày kể từ "
              "ngày nhận được văn bản này.",
              "Trân trọng./."],
        signer_position=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], signer_name="Nguyễn Thị Tuyết Mai",
        recipients=["- Như trên;", "- Lưu: VT, ĐKKD."],
    ),
    Doc5(
        slug="cv-cung-ung-thuoc-sot-xuat-huyet", family="congvan", issuer=["UBND TỈNH YÊN BÁI", "SỞ Y TẾ"],
        number="2871", notation="SYT-NVY", place="Yên Bái", date_text="05 tháng 7 năm 2022", issued="2022-07-05",
        title=[], subject=["V/v bảo đảm cung ứng thuốc, hóa chất", "phòng, chống dịch sốt xuất huyết"],
        addressees=["Trung tâm Kiểm soát bệnh tật tỉnh;", "Bệnh viện Đa khoa tỉnh;",
                    "Công ty Cổ phần Dược phẩm Yên Bái (MST: 5202094715)."],
        body=["Trước diễn biến phức tạp của dịch sốt xuất huyết trên địa bàn tỉnh, Sở Y tế đề nghị các đơn vị rà "
              "soát, dự trữ đủ thuốc, dịch truyền và hóa chất diệt muỗi cho ít nhất 03 tháng.",
              "Công ty Cổ phần Dược phẩm Yên Bái bảo đảm cung ứng kịp thời theo đơn đặt hàng của các đơn vị; báo cáo "
              "Sở Y tế về tình hình cung ứng trước ngày 15 hằng tháng.",
              "Nhận được văn bản này, đề nghị các đơn vị khẩn trương triển khai thực hiện./."],
        signer_position=["GIÁM ĐỐC"], signer_name="Hà Tiến Dũng",
        recipients=["- Như trên;", "- UBND tỉnh (b/c);", "- Lưu: VT, NVY."],
    ),
    Doc5(
        slug="qd-chi-cuc-thuy-loi-xa-nuoc-thai", family="tinhhuyen",
        issuer=["UBND TỈNH ĐIỆN BIÊN", "SỞ NÔNG NGHIỆP VÀ PTNT", "CHI CỤC THỦY LỢI"],
        number="36", notation="QĐ-CCTL", place="Điện Biên", date_text="17 tháng 5 năm 2018", issued="2018-05-17",
        title=["QUYẾT ĐỊNH"], subject=["Về việc cấp phép xả nước thải vào công trình thủy lợi"],
        body=["CHI CỤC TRƯỞNG CHI CỤC THỦY LỢI",
              "Căn cứ Luật Thủy lợi ngày 19 tháng 6 năm 2017;",
              "Căn cứ Nghị định số 67/2018/NĐ-CP ngày 14 tháng 5 năm 2018 của Chính phủ quy định chi tiết một số "
              "điều của Luật Thủy lợi;",
              "Xét đơn đề nghị của Hợp tác xã Dịch vụ Nông nghiệp Thanh Chăn,",
              "QUYẾT ĐỊNH:",
              "Điều 1. Cấp phép cho Hợp tác xã Dịch vụ Nông nghiệp Thanh Chăn, mã số thuế 5601833478, xả nước thải "
              "sau xử lý của cơ sở chế biến gạo vào kênh chính Nậm Rốm, lưu lượng tối đa 45 m³/ngày đêm.",
              "Điều 2. Thời hạn của giấy phép đến ngày 17 tháng 5 năm 2023."],
        signer_position=["CHI CỤC TRƯỞNG"], signer_name="Lò Văn Mạnh",
        holder_name="Hợp tác xã Dịch vụ Nông nghiệp Thanh Chăn", holder_id="5601833478", holder_id_type="tax_code",
        valid_until="2023-05-17", recipients=["- Như Điều 1;", "- Sở NN&PTNT (b/c);", "- Lưu: VT, QLCT."],
    ),
    Doc5(
        slug="tb-phong-tnmt-ket-qua-kiem-tra", family="tinhhuyen",
        issuer=["ỦY BAN NHÂN DÂN", "HUYỆN ĐĂK HÀ", "PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG"],
        number="214", notation="TB-TNMT", place="Đăk Hà", date_text="29 tháng 12 năm 2023", issued="2023-12-29",
        title=["THÔNG BÁO"], subject=["Kết quả kiểm tra hiện trạng sử dụng đất"],
        body=["Thực hiện Kế hoạch số 95/KH-TNMT ngày 04 tháng 12 năm 2023, ngày 20 tháng 12 năm 2023 Phòng Tài "
              "nguyên và Môi trường đã kiểm tra hiện trạng sử dụng thửa đất số 87, tờ bản đồ số 14, thôn Kon Gung, "
              "xã Đăk Mar của bà Y Hiên, số căn cước công dân 062175004219.",
              "Kết quả kiểm tra: thửa đất đang được sử dụng đúng mục đích trồng cây lâu năm, ranh giới không thay đổi "
              "so với hồ sơ địa chính, không có tranh chấp.",
              "Phòng Tài nguyên và Môi trường thông báo để bà Y Hiên biết và hoàn thiện hồ sơ đề nghị cấp giấy chứng "
              "nhận quyền sử dụng đất theo quy định."],
        signer_position=["TRƯỞNG PHÒNG"], signer_name="Trương Văn Lực",
        holder_name="Y Hiên", holder_id="062175004219", holder_id_type="cccd",
        recipients=["- Bà Y Hiên;", "- UBND xã Đăk Mar;", "- Lưu: VT, TNMT."],
    ),
]


def _lines(page: Layout, texts: list[str], font: str, size: float, step: float, **where) -> list[Run]:
    """Each text on its own line at ``where`` (x= or centre=), ``step`` points apart."""
    runs = []
    for text in texts:
        runs.append(page.line(text, font, size, **where))
        page.y += step
    return runs


def _kinh_gui(page: Layout, addressees: list[str]) -> None:
    """One addressee: a centred "Kính gửi: …" line; more: the label, then one "- …" line each."""
    if len(addressees) == 1:
        _lines(page, [f"Kính gửi: {addressees[0]}"], "r", 13.5, 19, centre=A4[0] / 2)
    else:
        label_x = LEFT + 40
        page.line("Kính gửi:", "r", 13.5, x=label_x)
        _lines(page, [f"- {a}" for a in addressees], "r", 13.5, 19, x=label_x + width("Kính gửi: ", "r", 13.5))
    page.y += 8


def _blanks(page: Layout, doc: Doc5) -> list[tuple[int, float, float, str]]:
    """Where the hand goes: the centre of each printed blank on the header's lines, and the text written."""
    shown, hand = doc.printed(), []
    for run in page.pages[0]:
        if not isinstance(run, Run):
            continue
        if "code_number" in doc.handwritten and run.text.startswith(f"{doc.number_label}: "):
            lead = width(f"{doc.number_label}: ", run.font, run.size)
            hand.append((0, run.x + lead + width(shown.number, run.font, run.size) / 2, run.y, doc.number))
        if "issued_date" in doc.handwritten and run.text.startswith(f"{doc.place}, ngày "):
            lead = width(f"{doc.place}, ngày ", run.font, run.size)
            hand.append((0, run.x + lead + width(doc.blank, run.font, run.size) / 2, run.y, doc.date_text.split()[0]))
    return hand


def _annex(page: Layout, annex: Annex) -> tuple[int, list[float], float, float]:
    """The annex on a page of its own; the table's column edges and its top and bottom (points)."""
    page.new_page()
    _lines(page, annex.title, "b", 14, 20, centre=A4[0] / 2)
    _lines(page, wrap(annex.note, "i", 13, TEXT_WIDTH - 40), "i", 13, 17, centre=A4[0] / 2)
    page.y += 14
    edges = [LEFT]
    for _, w in annex.columns:
        edges.append(edges[-1] + w)
    top = page.y
    for k, row in enumerate([tuple(h for h, _ in annex.columns), *annex.rows]):
        page.pages[-1].append(Rule(edges[0], edges[-1], page.y))
        page.y += 3
        font = "b" if k == 0 or row[0] == "" else "r"  # the heading and a total in bold
        for cell, x0, x1 in zip(row, edges, edges[1:]):
            where = {"centre": (x0 + x1) / 2} if k == 0 or x0 == LEFT else {"x": x0 + 5}
            if cell:
                page.line(cell, font, 12.5, **where)
        page.y += 18
    page.pages[-1].append(Rule(edges[0], edges[-1], page.y))
    return len(page.pages) - 1, edges, top, page.y


def lay_out(doc: Doc5):
    """The pages; the signer name's centre (page index, x, y in points); the hand-written values (page, x
    centre, baseline, text); the annex table's grid (page, column edges, top, bottom), if any."""
    page = Layout()
    _header(page, doc.printed())
    hand = _blanks(page, doc)
    if doc.title:
        page.y += 22
        _lines(page, doc.title, "b", 14, 20, centre=A4[0] / 2)
        subject = _lines(page, doc.subject, "b", 13.5, 18, centre=A4[0] / 2)
        if subject:
            page.rule(subject[-1], 110)
        page.y += 16
    else:  # công văn: the V/v lines under the number, in the issuer's column
        page.y -= 1
        _lines(page, doc.subject, "r", 12, 15, centre=LEFT_C)
        page.y += 24
    if doc.addressees:
        _kinh_gui(page, doc.addressees)
    lay_out_body(page, doc.body, A4)
    page.y += 18
    if page.y + 150 > A4[1] - 40:
        page.new_page()
    foot = page.y
    if doc.recipients:
        _lines(page, ["Nơi nhận:"], "bi", 12, 15, x=LEFT)
        _lines(page, doc.recipients, "r", 11, 13, x=LEFT)
    page.y = foot
    signer = (len(page.pages) - 1, RIGHT_C, _signer_block(page, doc.signer_position, doc.signer_name, RIGHT_C))
    grids = [_annex(page, doc.annex)] if doc.annex else []
    return page, signer, hand, grids


# --- a pen ---------------------------------------------------------------------------------------

def _arc(cx: float, cy: float, rx: float, ry: float, t0: float, t1: float) -> list[tuple[float, float]]:
    t = np.radians(np.linspace(t0, t1, 28))
    return list(zip(cx + rx * np.cos(t), cy + ry * np.sin(t)))


# the strokes of each digit in a unit box (x to the right, y downwards), as a hand draws them
_STROKES = {
    "0": [_arc(.5, .5, .45, .5, -95, 280)],
    "1": [[(.2, .26), (.56, 0), (.5, 1)]],
    "2": [_arc(.5, .3, .42, .3, -165, 25) + [(.05, 1), (.97, .96)]],
    "3": [_arc(.45, .27, .4, .27, -150, 90) + _arc(.45, .73, .47, .27, -90, 150)],
    "4": [[(.72, 1), (.72, 0), (0, .68), (1, .66)]],
    "5": [[(.92, .02), (.22, 0), (.14, .45)] + _arc(.45, .68, .45, .32, -130, 150)],
    "6": [[(.84, .03), (.4, .18), (.13, .55)] + _arc(.5, .72, .38, .28, 180, -175)],
    "7": [[(.04, .05), (.96, 0), (.38, 1)]],
    "8": [_arc(.5, .26, .36, .26, 90, 455), _arc(.5, .73, .44, .27, -90, 275)],
    "9": [_arc(.5, .3, .42, .3, 0, 370) + [(.9, .36), (.7, 1)]],
}


def _dense(points: list[tuple[float, float]], n: int = 60) -> np.ndarray:
    pts = np.asarray(points, dtype=float)
    run = np.concatenate([[0], np.cumsum(np.hypot(*np.diff(pts, axis=0).T))])
    at = np.linspace(0, run[-1], n)
    return np.stack([np.interp(at, run, pts[:, 0]), np.interp(at, run, pts[:, 1])], axis=1)


def _pen(img: Image.Image, text: str, centre: float, baseline: float, rng: np.random.Generator,
         scale: float) -> Image.Image:
    """Digits written with a ballpoint: strokes slanted to the right, wobbling, unevenly sized and
    spaced, the line drifting; centred on ``centre`` (points) and sitting on ``baseline``."""
    height = float(rng.uniform(15, 19)) * scale
    slant = np.tan(np.radians(rng.uniform(12, 22)))
    advance = [height * 0.6 * float(rng.uniform(0.95, 1.25)) for _ in text]
    x = centre * scale - sum(advance) / 2
    y = baseline * scale + 1.0 * scale
    mask = Image.new("L", img.size, 0)
    draw = ImageDraw.Draw(mask)
    for ch, step in zip(text, advance):
        size = height * float(rng.uniform(0.9, 1.1))
        for stroke in _STROKES[ch]:
            pts = _dense(stroke)
            wobble = np.cumsum(rng.normal(0, 0.014, pts.shape), axis=0)
            pts = pts + wobble - wobble.mean(axis=0)
            xs = x + pts[:, 0] * size * 0.55 + (1 - pts[:, 1]) * size * slant
            ys = y - (1 - pts[:, 1]) * size
            draw.line(list(zip(xs, ys)), fill=255, width=max(2, round(1.15 * scale)), joint="curve")
        x += step
        y += float(rng.normal(0, 0.6)) * scale - step * 0.04
    mask = mask.filter(ImageFilter.GaussianBlur(0.35 * scale)).point(lambda v: min(255, int(v * 1.25)))
    return Image.composite(Image.new("RGB", img.size, PEN), img, mask)


# --- rendering -----------------------------------------------------------------------------------

def _finish(images: list[Image.Image], level: str, rng: np.random.Generator) -> tuple[list[Image.Image], int]:
    """A scan turns each page up to a degree at 300 dpi; a photo takes them all at one phone's size."""
    if level == "photo":
        side = int(rng.integers(940, 1760))
        return [_photo(im, rng, side) for im in images], round(side / (A4[1] / 72) / 1.08)
    turned = [im.rotate(float(rng.uniform(-1, 1)), resample=Image.Resampling.BICUBIC, fillcolor=PAPER) for im in images]
    return turned, 300


def render(doc: Doc5, level: str, seed: int) -> tuple[list[Image.Image], int | None]:
    rng = np.random.default_rng(seed)
    page, signer, hand, grids = lay_out(doc)
    scale = 300 / 72
    images = []
    for number, items in enumerate(page.pages):
        paper = _raster(items, 300, A4, False)
        ruler = ImageDraw.Draw(paper)
        for _, edges, top, bottom in (g for g in grids if g[0] == number):
            for x in edges:
                ruler.line([(x * scale, top * scale), (x * scale, bottom * scale)], fill=0, width=round(0.8 * scale))
        img = degrade(paper, rng, True, noise=5, blur=0.8, specks=40).convert("RGB")
        for _, x, y, text in (h for h in hand if h[0] == number):
            img = _pen(img, text, x, y, rng, scale)
        if number == signer[0]:
            at = (signer[1] * scale, signer[2] * scale)
            lift = 26 * scale if doc.seal else 0.0  # under a seal the signature runs up into the block
            img = _scrawl(img, (at[0], at[1] - lift), rng, scale)
            if doc.seal:
                img = _seal(img, (at[0] - 55 * scale, at[1] - 30 * scale), doc.seal, scale)
        images.append(img)
    return _finish(images, level, rng)


def make_blind5(out: Path, docs=BLIND5, levels=LEVELS, only: set[str] | None = None) -> list[Path]:
    """As blind3 and blind4 (scans as PDFs, photos as JPEGs, a three-page document's photos as one PDF,
    the photos of every other document without a DPI); each truth file also names its hand-written fields."""
    return write_set(out, docs, levels, render, seed=1500, jpeg_seed=300, no_dpi_parity=1, only=only)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, required=True)
    made = make_blind5(parser.parse_args().out)
    print("\n".join(f"{p.stat().st_size / 1024:8.0f} KiB  {p}" for p in made))


if __name__ == "__main__":
    main()

"""Blind set 7 (issue 13, after blind set 6): six more families of results, each as a 300 dpi scan and
as a phone photo. Written without looking at the rules or running them on it, measured once.

Families (Decree 30/2020 appendix I positions: issuer column top left, motto top right, number under
the issuer, place and date under the motto, title centred, signer bottom right, "Nơi nhận:" bottom left):
  capphep    permits of a provincial department: "GIẤY PHÉP XẢ THẢI VÀO NGUỒN NƯỚC" (one line, no
             subject) and "GIẤY PHÉP HOẠT ĐỘNG ĐIỆN LỰC" / "Lĩnh vực phát điện"; the holder on a
             "Tên tổ chức được cấp phép: Công ty …" row (bare, or numbered "1. …"), its
             "Mã số doanh nghiệp: …" on the row under it, a sentence "Giấy phép có hiệu lực … đến ngày …";
  hotich     civil-status results of a commune: a "TRÍCH LỤC KHAI SINH" signed by the "CÔNG CHỨC TƯ PHÁP -
             HỘ TỊCH" and a "GIẤY XÁC NHẬN TÌNH TRẠNG HÔN NHÂN" signed "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ
             TỊCH" / "PHÓ CHỦ TỊCH"; the person in rows "Họ, chữ đệm, tên: …", "Ngày, tháng, năm sinh: …",
             "Số định danh cá nhân: …", with the parents' or the future spouse's names in the text;
  datdai     land decisions of a district: "QUYẾT ĐỊNH" / "Về việc giao đất …" / "cho hộ ông …", Article 1
             "Giao … cho hộ ông A (số căn cước công dân …) và bà B" or "cho bà A, số căn cước công dân …,
             và ông B";
  xaydung    "GIẤY PHÉP XÂY DỰNG" for a "Nhà ở riêng lẻ", "Số: …/GPXD" under the issuer, or centred under
             the title as in the form of Decree 15/2021 with "(Sử dụng cho nhà ở riêng lẻ)" under it;
             "Cấp cho: Ông …" / "1. Cấp cho: Bà …" and address rows, a design company with its tax code;
  kinhdoanh  "GIẤY CHỨNG NHẬN ĐỦ ĐIỀU KIỆN KINH DOANH DƯỢC" of a Sở Y tế on two pages (the end of the
             body, the signer and "Nơi nhận:" on page 2) and "GIẤY CHỨNG NHẬN ĐỦ ĐIỀU KIỆN" / "CỬA HÀNG
             BÁN LẺ LPG CHAI" of a Sở Công Thương; the holder on a "Cơ sở: …" or "Chứng nhận: Cửa hàng …"
             row, the tax code on the row under it, a pharmacist or an owner named below;
  vanphong   a công văn of the Văn phòng of a province's UBND with a two-line "V/v …", three addressees
             and its number and day written in by hand (blind5's pen), and a "THÔNG BÁO" of a land
             registration office (three-line issuer) with a two-line "V/v …" under the title and a
             "Kính gửi:" list.
Every document is signed in blue ballpoint, in one of four hands (loops, a slanted scribble, a
capital with a short underline, a flourish), the signature often running up across the last line of
the position and down across the printed name, and all but one carry a red round seal over the left
part of the signer block.

Truth conventions (decided before any run): blind4's, as its docstring states them (organ_name,
code_number/code_notation, issued_date, place, type_name, subject, signer_position/signer_full_name,
holder_name and holder_id), with blind5's and blind6's additions (their docstrings). New here:
  ``valid_until``  the date after "đến ngày" in the validity sentence ("Giấy phép có hiệu lực kể từ ngày
                   ký đến ngày …", "… có hiệu lực từ ngày … đến ngày …": the second date); a validity
                   given as a period ("trong thời hạn 06 tháng kể từ ngày cấp", "khởi công … trong thời
                   hạn 12 tháng") or no validity gives None; a land allocation's term ("thời hạn sử dụng
                   đất đến ngày …") is its ``valid_until``, as blind5's lease term was ("lâu dài": None);
  civil status     ``holder_name`` from the first "Họ, chữ đệm, tên:" row, ``holder_id`` from "Số định
                   danh cá nhân:" (``cccd``); a parent ("Họ, chữ đệm, tên người mẹ: …"), the applicant of a
                   request when it is someone else, and a future spouse are never the holder;
  land decisions   the holder is the first person named after "cho" in Article 1, without "hộ ông",
                   "hộ bà", "ông" or "bà" ("cho hộ ông Hồ Sỹ Quang (số căn cước công dân …) và bà …" gives
                   "Hồ Sỹ Quang"); ``holder_id`` the CCCD printed with that person; the spouse after "và"
                   is never the holder;
  construction     ``holder_name`` from "Cấp cho:" without "Ông" / "Bà"; the design company and its tax
                   code are never the holder; "Số: …/GPXD" centred under the title is the number, and the
                   line under it, "(Sử dụng cho nhà ở riêng lẻ)", is ``subject`` as printed, brackets
                   included;
  establishments   ``holder_name`` the name on the "Cơ sở:" / "Chứng nhận:" row, ``holder_id`` the tax
                   code on the row under it; the pharmacist in charge or the shop's owner never;
  two pages        the header on page 1, the signer on page 2 (no header there, only the page number "2"
                   centred at the top): the fields come from both, as one document; a page number is never
                   a field;
  a notice with "V/v"   a "THÔNG BÁO" whose line under the title starts "V/v": ``type_name`` "THÔNG BÁO",
                   ``subject`` the V/v lines as printed, joined by a space; holder None;
  signatures and seals   cover parts of the position's last line and of the name; the truth is the text
                   as printed under them.

Renderings as blind5 and blind6: ``scan`` (300 dpi, light degradation, PDF) and ``photo`` (80-150 dpi
JPEG, perspective, uneven light, half without a DPI; the two-page document's photos in one PDF).

    python samples/blind7.py --out benchmarks/out/blind7
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind2 import _seal  # noqa: E402
from blind3 import _raster, write_set  # noqa: E402
from blind5 import _CAN_CU_UBND, Doc5, _dense, _finish, _pen  # noqa: E402
from blind5 import lay_out as _lay_out5  # noqa: E402
from blind6 import _push, _slot_in  # noqa: E402
from make_samples import A4, Layout, Run, degrade, width  # noqa: E402

LEVELS = ("scan", "photo")
FAMILIES = ("capphep", "hotich", "datdai", "xaydung", "kinhdoanh", "vanphong")
HANDS = ("loops", "scribble", "underline", "flourish")


@dataclass(frozen=True)
class Doc7(Doc5):
    """blind5's document with the number centred under the title (``number_under_title``) and the hand
    its signer signs with (one of ``HANDS``)."""
    number_under_title: bool = False
    hand: str = "loops"


BLIND7 = [
    Doc7(
        slug="gp-xa-thai-tinh-bot-san-ngoc-lac", family="capphep",
        issuer=["UBND TỈNH THANH HÓA", "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG"],
        number="173", notation="GP-STNMT", place="Thanh Hóa", date_text="12 tháng 3 năm 2021", issued="2021-03-12",
        title=["GIẤY PHÉP XẢ THẢI VÀO NGUỒN NƯỚC"], subject=[],
        body=["GIÁM ĐỐC SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH THANH HÓA",
              "Căn cứ Luật Tài nguyên nước ngày 21 tháng 6 năm 2012; Nghị định số 201/2013/NĐ-CP ngày 27 tháng 11 "
              "năm 2013 của Chính phủ quy định chi tiết thi hành một số điều của Luật Tài nguyên nước;",
              "Căn cứ Quyết định số 4170/2019/QĐ-UBND ngày 23 tháng 10 năm 2019 của Ủy ban nhân dân tỉnh về việc ủy "
              "quyền cấp giấy phép tài nguyên nước;",
              "Xét đơn đề nghị cấp giấy phép xả nước thải vào nguồn nước ngày 18 tháng 02 năm 2021 và hồ sơ kèm "
              "theo,",
              "Điều 1. Cho phép tổ chức sau đây được xả nước thải vào nguồn nước:",
              "Tên tổ chức được cấp phép: Công ty TNHH Chế biến Tinh bột sắn Ngọc Lặc",
              "Mã số doanh nghiệp: 2801647392",
              "Địa chỉ: thôn Minh Thịnh, xã Minh Sơn, huyện Ngọc Lặc, tỉnh Thanh Hóa.",
              "Nguồn tiếp nhận nước thải: suối Cọc Lương, đoạn chảy qua xã Minh Sơn; lưu lượng xả lớn nhất 850 "
              "m³/ngày đêm; phương thức xả: tự chảy qua cống hộp sau hồ sinh học.",
              "Điều 2. Giấy phép có hiệu lực kể từ ngày ký đến ngày 12 tháng 3 năm 2026."],
        signer_position=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], signer_name="Trịnh Xuân Hưởng",
        holder_name="Công ty TNHH Chế biến Tinh bột sắn Ngọc Lặc", holder_id="2801647392", holder_id_type="tax_code",
        valid_until="2026-03-12", recipients=["- Như Điều 1;", "- UBND huyện Ngọc Lặc;", "- Lưu: VT, TNN."],
        seal="SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG * THANH HÓA *", hand="loops",
    ),
    Doc7(
        slug="gp-hoat-dong-dien-luc-da-sar", family="capphep", issuer=["UBND TỈNH LÂM ĐỒNG", "SỞ CÔNG THƯƠNG"],
        number="39", notation="GP-SCT", place="Lâm Đồng", date_text="08 tháng 11 năm 2019", issued="2019-11-08",
        title=["GIẤY PHÉP HOẠT ĐỘNG ĐIỆN LỰC"], subject=["Lĩnh vực phát điện"],
        body=["GIÁM ĐỐC SỞ CÔNG THƯƠNG TỈNH LÂM ĐỒNG",
              "Căn cứ Luật Điện lực ngày 03 tháng 12 năm 2004; Luật sửa đổi, bổ sung một số điều của Luật Điện lực "
              "ngày 20 tháng 11 năm 2012;",
              "Căn cứ Thông tư số 12/2017/TT-BCT ngày 31 tháng 7 năm 2017 của Bộ Công Thương quy định về trình tự, "
              "thủ tục cấp, thu hồi giấy phép hoạt động điện lực;",
              "Xét hồ sơ đề nghị cấp giấy phép hoạt động điện lực nộp ngày 21 tháng 10 năm 2019,",
              "1. Tên tổ chức được cấp phép: Công ty Cổ phần Thủy điện Đạ Sar Lạc Dương",
              "2. Mã số doanh nghiệp: 5800938267",
              "3. Trụ sở chính: số 9 đường Langbiang, thị trấn Lạc Dương, huyện Lạc Dương, tỉnh Lâm Đồng.",
              "4. Được phép hoạt động phát điện tại Nhà máy thủy điện Đạ Sar, công suất lắp đặt 9,6 MW, xã Đạ Sar, "
              "huyện Lạc Dương.",
              "5. Giấy phép có hiệu lực từ ngày 08 tháng 11 năm 2019 đến ngày 07 tháng 11 năm 2029."],
        signer_position=["GIÁM ĐỐC"], signer_name="Trần Đình Vỹ",
        holder_name="Công ty Cổ phần Thủy điện Đạ Sar Lạc Dương", holder_id="5800938267", holder_id_type="tax_code",
        valid_until="2029-11-07", recipients=["- Như mục 1;", "- Cục Điều tiết điện lực;", "- Lưu: VT, QLNL."],
        seal="SỞ CÔNG THƯƠNG * TỈNH LÂM ĐỒNG *", hand="flourish",
    ),
    Doc7(
        slug="trich-luc-khai-sinh-dong-cuong", family="hotich", issuer=["UBND HUYỆN YÊN LẠC", "UBND XÃ ĐỒNG CƯƠNG"],
        number="48", notation="TLKS", place="Đồng Cương", date_text="22 tháng 02 năm 2021", issued="2021-02-22",
        title=["TRÍCH LỤC KHAI SINH"], subject=[],
        body=["Họ, chữ đệm, tên: Trần Gia Hân",
              "Ngày, tháng, năm sinh: 14/02/2021; ghi bằng chữ: ngày mười bốn, tháng hai, năm hai nghìn không trăm "
              "hai mươi mốt",
              "Giới tính: Nữ; Dân tộc: Kinh; Quốc tịch: Việt Nam",
              "Nơi sinh: Bệnh viện Sản - Nhi tỉnh Vĩnh Phúc",
              "Quê quán: xã Đồng Cương, huyện Yên Lạc, tỉnh Vĩnh Phúc",
              "Số định danh cá nhân: 026321004873",
              "Họ, chữ đệm, tên người mẹ: Nguyễn Thị Thu Trang; năm sinh: 1995; dân tộc: Kinh; quốc tịch: Việt Nam",
              "Họ, chữ đệm, tên người cha: Trần Văn Khánh; năm sinh: 1992; dân tộc: Kinh; quốc tịch: Việt Nam",
              "Nơi cư trú: thôn Đông Lỗ, xã Đồng Cương, huyện Yên Lạc, tỉnh Vĩnh Phúc",
              "Nơi đăng ký khai sinh: Ủy ban nhân dân xã Đồng Cương, huyện Yên Lạc, tỉnh Vĩnh Phúc",
              "Ngày, tháng, năm đăng ký: 22/02/2021"],
        signer_position=["CÔNG CHỨC TƯ PHÁP - HỘ TỊCH"], signer_name="Đỗ Thị Hồng Nhung",
        holder_name="Trần Gia Hân", holder_id="026321004873", holder_id_type="cccd",
        seal="ỦY BAN NHÂN DÂN * XÃ ĐỒNG CƯƠNG *", hand="underline",
    ),
    Doc7(
        slug="gxn-tinh-trang-hon-nhan-my-hoa-hung", family="hotich", issuer=["ỦY BAN NHÂN DÂN", "XÃ MỸ HÒA HƯNG"],
        number="163", notation="XNTTHN", place="Mỹ Hòa Hưng", date_text="16 tháng 6 năm 2022", issued="2022-06-16",
        title=["GIẤY XÁC NHẬN TÌNH TRẠNG HÔN NHÂN"], subject=[],
        body=["Xét đề nghị của ông Lê Minh Triết ngày 13 tháng 6 năm 2022 về việc cấp Giấy xác nhận tình trạng hôn "
              "nhân,",
              "ỦY BAN NHÂN DÂN XÃ MỸ HÒA HƯNG XÁC NHẬN:",
              "Họ, chữ đệm, tên: Lê Minh Triết",
              "Ngày, tháng, năm sinh: 09/10/1993",
              "Giới tính: Nam; Dân tộc: Kinh; Quốc tịch: Việt Nam",
              "Số định danh cá nhân: 089093007516",
              "Nơi cư trú: tổ 12, ấp Mỹ Hòa, xã Mỹ Hòa Hưng, thành phố Long Xuyên, tỉnh An Giang",
              "Trong thời gian cư trú tại xã Mỹ Hòa Hưng, từ năm 1993 đến nay.",
              "Tình trạng hôn nhân: Hiện tại chưa đăng ký kết hôn với ai.",
              "Giấy này được cấp để: làm thủ tục đăng ký kết hôn với bà Phan Thị Ngọc Diễm, sinh năm 1996, nơi cư "
              "trú: phường Mỹ Bình, thành phố Long Xuyên.",
              "Giấy này có giá trị sử dụng trong thời hạn 06 tháng kể từ ngày cấp."],
        signer_position=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer_name="Huỳnh Thị Kim Loan",
        holder_name="Lê Minh Triết", holder_id="089093007516", holder_id_type="cccd",
        seal="ỦY BAN NHÂN DÂN * XÃ MỸ HÒA HƯNG *", hand="scribble",
    ),
    Doc7(
        slug="qd-giao-dat-o-ho-ong-nghi-loc", family="datdai", issuer=["ỦY BAN NHÂN DÂN", "HUYỆN NGHI LỘC"],
        number="3547", notation="QĐ-UBND", place="Nghi Lộc", date_text="26 tháng 7 năm 2018", issued="2018-07-26",
        title=["QUYẾT ĐỊNH"], subject=["Về việc giao đất ở có thu tiền sử dụng đất", "cho hộ ông Hồ Sỹ Quang"],
        body=["ỦY BAN NHÂN DÂN HUYỆN NGHI LỘC", _CAN_CU_UBND,
              "Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013;",
              "Xét đề nghị của Trưởng phòng Tài nguyên và Môi trường tại Tờ trình số 612/TTr-TNMT ngày 18 tháng 7 "
              "năm 2018,",
              "QUYẾT ĐỊNH:",
              "Điều 1. Giao 200 m² đất ở tại nông thôn cho hộ ông Hồ Sỹ Quang (số căn cước công dân 040078009215) và "
              "bà Nguyễn Thị Lệ, thường trú tại xóm 5, xã Nghi Phong, huyện Nghi Lộc, để làm nhà ở; thửa đất số "
              "412, tờ bản đồ số 9, xã Nghi Phong; hình thức giao đất: có thu tiền sử dụng đất; thời hạn sử dụng "
              "đất: lâu dài.",
              "Điều 2. Chi nhánh Văn phòng đăng ký đất đai huyện cấp giấy chứng nhận quyền sử dụng đất sau khi hộ "
              "ông Hồ Sỹ Quang nộp đủ tiền sử dụng đất theo quy định.",
              "Điều 3. Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Tài nguyên và Môi trường, Chủ tịch UBND xã "
              "Nghi Phong, ông Hồ Sỹ Quang và bà Nguyễn Thị Lệ chịu trách nhiệm thi hành Quyết định này."],
        signer_position=["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], signer_name="Nguyễn Hồng Lĩnh",
        holder_name="Hồ Sỹ Quang", holder_id="040078009215", holder_id_type="cccd",
        recipients=["- Như Điều 3;", "- Lưu: VT, TNMT."], seal="ỦY BAN NHÂN DÂN * HUYỆN NGHI LỘC *", hand="scribble",
    ),
    Doc7(
        slug="qd-giao-dat-rung-son-duong", family="datdai", issuer=["ỦY BAN NHÂN DÂN", "HUYỆN SƠN DƯƠNG"],
        number="1729", notation="QĐ-UBND", place="Sơn Dương", date_text="05 tháng 9 năm 2023", issued="2023-09-05",
        title=["QUYẾT ĐỊNH"],
        subject=["Về việc giao đất rừng sản xuất cho hộ gia đình", "tại thôn Đồng Đầm, xã Trung Yên"],
        body=["CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN SƠN DƯƠNG",
              "Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013; Luật Lâm nghiệp ngày 15 tháng 11 năm 2017;",
              "Xét đơn xin giao đất ngày 10 tháng 8 năm 2023 và đề nghị của Trưởng phòng Tài nguyên và Môi trường,",
              "QUYẾT ĐỊNH:",
              "Điều 1. Giao 2,35 ha đất rừng sản xuất cho bà Hoàng Thị Lụa, số căn cước công dân 008182003641, và "
              "ông Triệu Văn Bình, cùng thường trú tại thôn Đồng Đầm, xã Trung Yên, để trồng rừng sản xuất; thửa "
              "đất số 57, tờ bản đồ địa chính lâm nghiệp số 4; thời hạn sử dụng đất đến ngày 05 tháng 9 năm 2073.",
              "Điều 2. Bà Hoàng Thị Lụa có trách nhiệm sử dụng đất đúng mục đích, bảo vệ và phát triển rừng theo "
              "quy định.",
              "Điều 3. Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Tài nguyên và Môi trường, Chủ tịch UBND xã "
              "Trung Yên và bà Hoàng Thị Lụa chịu trách nhiệm thi hành Quyết định này."],
        signer_position=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer_name="Ma Văn Thưởng",
        holder_name="Hoàng Thị Lụa", holder_id="008182003641", holder_id_type="cccd", valid_until="2073-09-05",
        recipients=["- Như Điều 3;", "- Hạt Kiểm lâm huyện;", "- Lưu: VT, TNMT."],
        seal="ỦY BAN NHÂN DÂN * HUYỆN SƠN DƯƠNG *", hand="loops",
    ),
    Doc7(
        slug="gpxd-nha-o-chi-linh", family="xaydung", issuer=["ỦY BAN NHÂN DÂN", "THÀNH PHỐ CHÍ LINH"],
        number="386", notation="GPXD", place="Chí Linh", date_text="14 tháng 4 năm 2020", issued="2020-04-14",
        title=["GIẤY PHÉP XÂY DỰNG"], subject=["Nhà ở riêng lẻ"],
        body=["Cấp cho: Ông Phạm Văn Thạch",
              "Số căn cước công dân: 030083001928",
              "Địa chỉ thường trú: số 27 đường Nguyễn Trãi, phường Sao Đỏ, thành phố Chí Linh, tỉnh Hải Dương.",
              "Được phép xây dựng công trình: Nhà ở riêng lẻ 03 tầng, theo thiết kế do Công ty TNHH Tư vấn Xây dựng "
              "Phượng Hoàng, mã số doanh nghiệp 0801539273, lập.",
              "Vị trí xây dựng: thửa đất số 156, tờ bản đồ số 21, khu dân cư Hoàng Tân, phường Hoàng Tân, thành "
              "phố Chí Linh.",
              "Diện tích xây dựng tầng 1: 84,5 m²; tổng diện tích sàn: 241,8 m²; chiều cao công trình: 12,9 m; số "
              "tầng: 03 tầng và 01 tum.",
              "Giấy tờ về quyền sử dụng đất: Giấy chứng nhận số CS 02317 do Sở Tài nguyên và Môi trường tỉnh Hải "
              "Dương cấp ngày 03 tháng 12 năm 2019.",
              "Giấy phép này có hiệu lực khởi công xây dựng trong thời hạn 12 tháng kể từ ngày cấp; quá thời hạn "
              "trên thì phải đề nghị gia hạn giấy phép xây dựng."],
        signer_position=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer_name="Nguyễn Quang Thuận",
        holder_name="Phạm Văn Thạch", holder_id="030083001928", holder_id_type="cccd",
        recipients=["- Như trên;", "- Phòng Quản lý đô thị;", "- UBND phường Hoàng Tân;", "- Lưu: VT."],
        seal="ỦY BAN NHÂN DÂN * TP. CHÍ LINH *", hand="underline",
    ),
    Doc7(
        slug="gpxd-so-duoi-ten-tam-ky", family="xaydung", issuer=["ỦY BAN NHÂN DÂN", "THÀNH PHỐ TAM KỲ"],
        number="1052", notation="GPXD", place="Tam Kỳ", date_text="19 tháng 10 năm 2022", issued="2022-10-19",
        title=["GIẤY PHÉP XÂY DỰNG"], subject=["(Sử dụng cho nhà ở riêng lẻ)"],
        body=["1. Cấp cho: Bà Trương Thị Mỹ Lệ",
              "Địa chỉ: số 14 đường Trần Cao Vân, phường An Sơn, thành phố Tam Kỳ, tỉnh Quảng Nam.",
              "Số định danh cá nhân: 049186002553",
              "2. Được phép xây dựng công trình: Nhà ở riêng lẻ.",
              "- Vị trí xây dựng: lô B2-17, khu dân cư số 6, phường Hòa Thuận, thành phố Tam Kỳ.",
              "- Cốt nền xây dựng: +0,30 m; mật độ xây dựng: 85%; hệ số sử dụng đất: 2,55.",
              "- Diện tích xây dựng tầng 1: 92,0 m²; tổng diện tích sàn: 276,0 m²; số tầng: 03; chiều cao công "
              "trình: 11,7 m.",
              "3. Giấy phép có hiệu lực khởi công xây dựng trong thời hạn 12 tháng kể từ ngày cấp; quá thời hạn trên "
              "thì phải đề nghị gia hạn giấy phép xây dựng."],
        signer_position=["CHỦ TỊCH"], signer_name="Phan Công Định",
        holder_name="Trương Thị Mỹ Lệ", holder_id="049186002553", holder_id_type="cccd",
        recipients=["- Chủ đầu tư;", "- Lưu: VT, QLĐT."], seal="ỦY BAN NHÂN DÂN * TP. TAM KỲ *",
        number_under_title=True, hand="flourish",
    ),
    Doc7(
        slug="gcn-du-dieu-kien-duoc-hai-trang", family="kinhdoanh", issuer=["UBND TỈNH BÌNH ĐỊNH", "SỞ Y TẾ"],
        number="297", notation="ĐKKDD-BĐ", place="Bình Định", date_text="07 tháng 01 năm 2020", issued="2020-01-07",
        title=["GIẤY CHỨNG NHẬN ĐỦ ĐIỀU KIỆN KINH DOANH DƯỢC"], subject=[],
        body=["GIÁM ĐỐC SỞ Y TẾ TỈNH BÌNH ĐỊNH",
              "Căn cứ Luật Dược ngày 06 tháng 4 năm 2016;",
              "Căn cứ Nghị định số 54/2017/NĐ-CP ngày 08 tháng 5 năm 2017 của Chính phủ quy định chi tiết một số "
              "điều và biện pháp thi hành Luật Dược; Nghị định số 155/2018/NĐ-CP ngày 12 tháng 11 năm 2018 sửa đổi, "
              "bổ sung một số quy định liên quan đến điều kiện đầu tư kinh doanh thuộc phạm vi quản lý nhà nước của "
              "Bộ Y tế;",
              "Xét hồ sơ đề nghị cấp Giấy chứng nhận đủ điều kiện kinh doanh dược nộp ngày 16 tháng 12 năm 2019 và "
              "biên bản thẩm định cơ sở ngày 27 tháng 12 năm 2019 của Đoàn thẩm định Sở Y tế;",
              "Theo đề nghị của Trưởng phòng Nghiệp vụ Dược,",
              "CHỨNG NHẬN:",
              "Cơ sở: Nhà thuốc Bảo Tâm An Nhơn",
              "Mã số thuế: 4101873551",
              "Địa chỉ: số 215 đường Trần Phú, phường Bình Định, thị xã An Nhơn, tỉnh Bình Định.",
              "Người chịu trách nhiệm chuyên môn về dược: Dược sĩ Võ Thị Thanh Tâm; chứng chỉ hành nghề dược số "
              "1487/CCHN-D-SYT-BĐ cấp ngày 14 tháng 8 năm 2019.",
              "Loại hình cơ sở kinh doanh: Nhà thuốc.",
              "Đủ điều kiện kinh doanh dược với phạm vi kinh doanh như sau:",
              "- Bán lẻ thuốc thành phẩm, bao gồm cả thuốc thuộc danh mục thuốc hạn chế bán lẻ, trừ thuốc phải "
              "kiểm soát đặc biệt;",
              "- Bán lẻ thuốc dược liệu, thuốc cổ truyền và dược liệu đã qua sơ chế, đóng gói sẵn;",
              "- Điều kiện bảo quản: ở điều kiện thường, nhiệt độ không quá 30°C, độ ẩm không quá 75%.",
              "Cơ sở có trách nhiệm duy trì việc đáp ứng Thực hành tốt cơ sở bán lẻ thuốc (GPP), thực hiện đánh giá "
              "định kỳ theo quy định; khi thay đổi người chịu trách nhiệm chuyên môn về dược, địa điểm kinh doanh "
              "hoặc phạm vi kinh doanh dược, cơ sở phải đề nghị điều chỉnh hoặc cấp lại Giấy chứng nhận theo quy "
              "định của Luật Dược.",
              "Giấy chứng nhận đủ điều kiện kinh doanh dược không ghi thời hạn hiệu lực; Giấy chứng nhận này được "
              "lập thành 02 bản, 01 bản cấp cho cơ sở, 01 bản lưu tại Sở Y tế."],
        signer_position=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], signer_name="Đinh Xuân Hòa",
        holder_name="Nhà thuốc Bảo Tâm An Nhơn", holder_id="4101873551", holder_id_type="tax_code",
        recipients=["- Cơ sở được cấp;", "- Phòng Y tế thị xã An Nhơn;", "- Lưu: VT, NVD."],
        seal="SỞ Y TẾ * TỈNH BÌNH ĐỊNH *", hand="scribble",
    ),
    Doc7(
        slug="gcn-du-dieu-kien-lpg-kien-duc", family="kinhdoanh", issuer=["UBND TỈNH ĐẮK NÔNG", "SỞ CÔNG THƯƠNG"],
        number="27", notation="GCNĐĐK-SCT", place="Đắk Nông", date_text="15 tháng 5 năm 2023", issued="2023-05-15",
        title=["GIẤY CHỨNG NHẬN ĐỦ ĐIỀU KIỆN", "CỬA HÀNG BÁN LẺ LPG CHAI"], subject=[],
        body=["GIÁM ĐỐC SỞ CÔNG THƯƠNG TỈNH ĐẮK NÔNG",
              "Căn cứ Nghị định số 87/2018/NĐ-CP ngày 15 tháng 6 năm 2018 của Chính phủ về kinh doanh khí;",
              "Xét hồ sơ đề nghị cấp Giấy chứng nhận đủ điều kiện cửa hàng bán lẻ LPG chai nộp ngày 24 tháng 4 năm "
              "2023 và biên bản kiểm tra thực tế tại cửa hàng ngày 08 tháng 5 năm 2023,",
              "Chứng nhận: Cửa hàng bán lẻ LPG chai Kiến Đức",
              "Mã số thuế: 6400421980",
              "Địa chỉ cửa hàng: số 86 đường Nguyễn Tất Thành, thị trấn Kiến Đức, huyện Đắk R'lấp, tỉnh Đắk Nông.",
              "Điện thoại: 0261 3684 215",
              "Chủ cửa hàng: Ông Lưu Đình Phong",
              "Đủ điều kiện bán lẻ LPG chai theo quy định tại Nghị định số 87/2018/NĐ-CP ngày 15 tháng 6 năm 2018 "
              "của Chính phủ.",
              "Giấy chứng nhận có hiệu lực đến ngày 15 tháng 5 năm 2028."],
        signer_position=["GIÁM ĐỐC"], signer_name="Y Quang Bkrông",
        holder_name="Cửa hàng bán lẻ LPG chai Kiến Đức", holder_id="6400421980", holder_id_type="tax_code",
        valid_until="2028-05-15", recipients=["- Cửa hàng được cấp;", "- Công an tỉnh (PC07);", "- Lưu: VT, QLTM."],
        seal="SỞ CÔNG THƯƠNG * TỈNH ĐẮK NÔNG *", hand="underline",
    ),
    Doc7(
        slug="cv-viet-tay-van-phong-lai-chau", family="vanphong", issuer=["UBND TỈNH LAI CHÂU", "VĂN PHÒNG"],
        number="1183", notation="VP-KT", place="Lai Châu", date_text="20 tháng 9 năm 2018", issued="2018-09-20",
        title=[], subject=["V/v rà soát, báo cáo tình hình thực hiện", "các dự án sử dụng vốn ngân sách tỉnh"],
        addressees=["Sở Kế hoạch và Đầu tư;", "Sở Tài chính;", "UBND các huyện, thành phố."],
        body=["Thực hiện ý kiến chỉ đạo của đồng chí Chủ tịch UBND tỉnh tại cuộc họp giao ban ngày 17 tháng 9 năm "
              "2018, Văn phòng UBND tỉnh đề nghị các cơ quan, đơn vị:",
              "1. Rà soát tiến độ giải ngân các dự án sử dụng vốn ngân sách tỉnh năm 2018 do đơn vị làm chủ đầu tư; "
              "xác định rõ nguyên nhân chậm giải ngân và đề xuất giải pháp khắc phục.",
              "2. Gửi báo cáo về Sở Kế hoạch và Đầu tư trước ngày 28 tháng 9 năm 2018 để tổng hợp, báo cáo UBND "
              "tỉnh.",
              "Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./."],
        signer_position=["KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"], signer_name="Tẩn Văn Chiêu",
        recipients=["- Như trên;", "- Chủ tịch, các PCT UBND tỉnh (b/c);", "- Lưu: VT, KT."],
        handwritten=("code_number", "issued_date"), hand="flourish",
    ),
    Doc7(
        slug="tb-vv-van-phong-dang-ky-dat-dai", family="vanphong",
        issuer=["UBND TỈNH BẮC NINH", "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI"],
        number="2315", notation="TB-VPĐKĐĐ", place="Bắc Ninh", date_text="13 tháng 10 năm 2023", issued="2023-10-13",
        title=["THÔNG BÁO"],
        subject=["V/v tạm dừng tiếp nhận hồ sơ đăng ký biến động", "để nâng cấp cơ sở dữ liệu đất đai"],
        addressees=["Các Chi nhánh Văn phòng đăng ký đất đai;", "Các tổ chức hành nghề công chứng trên địa bàn tỉnh."],
        body=["Để nâng cấp, chuyển đổi cơ sở dữ liệu đất đai của tỉnh, Văn phòng Đăng ký đất đai thông báo tạm "
              "dừng tiếp nhận hồ sơ đăng ký biến động đất đai từ ngày 20 tháng 10 năm 2023 đến hết ngày 22 tháng "
              "10 năm 2023.",
              "Các hồ sơ đã tiếp nhận trước ngày 20 tháng 10 năm 2023 vẫn được giải quyết theo thời hạn đã hẹn; hồ "
              "sơ nộp qua Cổng dịch vụ công được tiếp nhận lại từ ngày 23 tháng 10 năm 2023.",
              "Văn phòng Đăng ký đất đai trân trọng thông báo./."],
        signer_position=["GIÁM ĐỐC"], signer_name="Ngô Xuân Trường",
        recipients=["- Như trên;", "- Sở TN&MT (b/c);", "- Lưu: VT, ĐKĐĐ."],
        seal="VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI * BẮC NINH *", hand="loops",
    ),
]


# --- layout: blind5's page; a permit's number moved under its title -------------------------------

def lay_out(doc: Doc7) -> tuple[Layout, tuple[int, float, float], list, list]:
    """As blind5's lay_out (the pages, the signer name's centre, the hand-written values, no grids), with
    a page number on top of every page after the first; with ``number_under_title`` the "Số:" line leaves
    the issuer's column for a centred line under the title."""
    page, signer, hand, grids = _lay_out5(doc)
    for number, items in enumerate(page.pages[1:], start=2):  # Decree 30: from page 2, centred at the top
        items.insert(0, Run(str(number), A4[0] / 2 - width(str(number), "r", 13) / 2, 44.0, "r", 13))
        page.truth[number - 1].insert(0, str(number))
    if not doc.number_under_title:
        return page, signer, hand, grids
    label = f"{doc.number_label}: {doc.number}/{doc.notation}"
    first = page.pages[0]
    moved = next(item for item in first if isinstance(item, Run) and item.text == label)
    first.remove(moved)
    page.truth[0].remove(label)
    title = next(item for item in first if isinstance(item, Run) and item.text == doc.title[-1])
    signer, hand, grids = _push(page, title.y, 21.0, signer, hand, grids)
    centred = Run(label, A4[0] / 2 - width(label, "r", 13) / 2, title.y + 19, "r", 13)
    _slot_in(page, [centred], [label], title.y)
    return page, signer, hand, grids


# --- a signature in ballpoint ----------------------------------------------------------------------

def _spline(points: list[tuple[float, float]], per: int = 12) -> np.ndarray:
    """A Catmull-Rom curve through the points: the hand's smooth path between the turns it aims at."""
    p = np.asarray(points, dtype=float)
    p = np.vstack([p[:1], p, p[-1:]])
    t = np.linspace(0, 1, per, endpoint=False)[:, None]
    pieces = [0.5 * (2 * b + (c - a) * t + (2 * a - 5 * b + 4 * c - d) * t ** 2 + (3 * b - a - 3 * c + d) * t ** 3)
              for a, b, c, d in zip(p, p[1:], p[2:], p[3:])]
    return np.vstack([*pieces, p[-2:-1]])


def _strokes(hand: str, rng: np.random.Generator) -> list[np.ndarray]:
    """The strokes of a signature in a unit box (x to the right, y downwards, both about 0..1)."""
    u = lambda lo, hi: float(rng.uniform(lo, hi))  # noqa: E731
    if hand == "loops":  # a run of cursive loops, led in from below, ending in a long tail down the right
        n = int(rng.integers(4, 7))
        t = np.linspace(0, 2 * np.pi * n, 48 * n)
        step = 0.62 / (2 * np.pi * n)
        height = 0.27 * (1 + 0.3 * np.sin(t / n * u(0.6, 1.4) + u(0, 3)))
        loops = np.stack([0.14 + step * t - step * u(1.5, 2.3) * np.sin(t), 0.42 - height * np.cos(t)], axis=1)
        lead = _spline([(0.0, u(0.7, 0.9)), (0.07, 0.55), tuple(loops[0])])
        tail = _spline([tuple(loops[-1]), (u(0.82, 0.9), u(0.5, 0.6)), (u(0.9, 0.95), u(0.85, 0.95)), (1.0, 1.0)])
        return [np.vstack([lead, loops, tail])]
    if hand == "scribble":  # uneven up-and-down strokes, then one slash through them all
        m = int(rng.integers(6, 12))
        xs = np.sort(rng.uniform(0.05, 0.78, m))
        ys = [u(0.0, 0.3) if k % 2 else u(0.5, 0.9) for k in range(m)]
        rise = [(u(0.0, 0.1), u(0.85, 1.0)), (0.45, u(0.45, 0.65)), (u(0.9, 1.0), u(0.0, 0.2))]
        fall = [(u(0.0, 0.15), u(0.2, 0.4)), (0.5, u(0.55, 0.7)), (u(0.9, 1.0), u(0.8, 1.0))]
        return [_spline(list(zip(xs, ys))), _spline(rise if rng.random() < 0.6 else fall, per=20)]
    if hand == "underline":  # a looped capital, a wave of small letters, a short underline, perhaps a dot
        lean = u(0.1, 0.18)
        t = np.radians(np.linspace(u(80, 120), u(430, 520), 60))
        capital = np.stack([0.05 + lean + lean * np.cos(t), u(0.4, 0.5) + u(0.3, 0.45) * np.sin(t)], axis=1)
        humps = np.linspace(0, np.pi * int(rng.integers(2, 6)), 70)
        end, low = u(0.65, 0.9), u(0.78, 0.95)
        wave = np.stack([np.linspace(capital[-1, 0], end, 70), u(0.55, 0.68) - u(0.1, 0.22) * np.abs(np.sin(humps))],
                        axis=1)
        under = _spline([(u(0.15, 0.4), low + u(0.02, 0.05)), (u(0.5, 0.6), low), (u(0.8, 1.0), low - u(0.02, 0.06))])
        dot = np.array([[0.0, 0.0], [0.015, 0.01], [0.01, 0.03]]) + (end + u(0.02, 0.08), u(0.15, 0.35))
        return [np.vstack([capital, wave]), under] + ([dot] if rng.random() < 0.6 else [])
    # flourish: a tall stem with a loop at its top, a wide oval across, a long stroke out to the right
    x0, top = u(0.05, 0.2), u(0.0, 0.08)
    stem = _spline([(x0, 1.0), (x0 + 0.08, 0.35), (x0 + 0.14, top), (x0 + 0.2, top + 0.12), (x0 + 0.1, 0.22),
                    (x0 + 0.06, u(0.8, 0.95))])
    t = np.radians(np.linspace(u(180, 220), u(500, 560), 80))
    oval = np.stack([u(0.45, 0.55) + u(0.25, 0.35) * np.cos(t), u(0.5, 0.65) + u(0.14, 0.24) * np.sin(t)], axis=1)
    out = _spline([tuple(oval[-1]), (u(0.7, 0.8), u(0.6, 0.85)), (1.0, u(0.25, 0.6))])
    return [np.vstack([stem, oval, out])]


def _ink(img: Image.Image, strokes: list[np.ndarray], rng: np.random.Generator, scale: float) -> Image.Image:
    """Blue ballpoint along strokes given in pixels: the pressure swelling and easing, the ink skipping."""
    mask = Image.new("L", img.size, 0)
    draw = ImageDraw.Draw(mask)
    base = float(rng.uniform(1.2, 1.8)) * scale
    for stroke in strokes:
        path = _dense(stroke, max(12, len(stroke) * 3))
        path = path + np.cumsum(rng.normal(0, 0.05 * scale, path.shape), axis=0)
        pressure = 0.8 + 0.35 * np.sin(np.linspace(0, float(rng.uniform(2, 6)), len(path)) + float(rng.uniform(0, 3)))
        for k in range(0, len(path) - 1, 6):
            piece = [tuple(p) for p in path[k:k + 7]]
            w = max(2, round(base * pressure[k]))
            draw.line(piece, fill=255, width=w, joint="curve")
            for x, y in (piece[0], piece[-1]):  # round ends where the pieces meet
                draw.ellipse([x - w / 2, y - w / 2, x + w / 2, y + w / 2], fill=255)
    mask = mask.filter(ImageFilter.GaussianBlur(0.3 * scale))
    skips = rng.uniform(0.8, 1.0, (img.height, img.width)).astype(np.float32)
    alpha = Image.fromarray(np.clip(np.asarray(mask, dtype=np.float32) * 1.3 * skips, 0, 255).astype(np.uint8))
    colour = tuple(int(v) for v in rng.uniform((14, 34, 128), (40, 70, 176)))
    return Image.composite(Image.new("RGB", img.size, colour), img, alpha)


def signature_span(items: list, doc: Doc7, rng: np.random.Generator) -> tuple[float, float, float, float]:
    """Where the signature goes (left, top, right, bottom in points): between the position's last line
    and the printed name, often reaching up across the one and down across the other."""
    runs = [item for item in items if isinstance(item, Run)]
    name = next(run for run in runs if run.text == doc.signer_name)
    last = max((run for run in runs if run.text == doc.signer_position[-1] and run.y < name.y), key=lambda r: r.y)
    top = last.y - (rng.uniform(3, 9) if rng.random() < 0.7 else rng.uniform(-8, -4))
    bottom = name.y + (rng.uniform(6, 14) if rng.random() < 0.75 else rng.uniform(-16, -12))
    centre = name.x + width(name.text, name.font, name.size) / 2 + rng.uniform(-8, 14)
    half = rng.uniform(50, 72)
    return centre - half, top, centre + half, bottom


def _sign(img: Image.Image, doc: Doc7, items: list, signer: tuple, rng: np.random.Generator,
          scale: float) -> Image.Image:
    """The signature, slanted, over the signer block; then the seal over the block's left part."""
    left, top, right, bottom = signature_span(items, doc, rng)
    slant = np.tan(np.radians(rng.uniform(5, 25)))
    placed = []
    for stroke in _strokes(doc.hand, rng):
        x = left + stroke[:, 0] * (right - left) + (0.5 - stroke[:, 1]) * (bottom - top) * slant
        placed.append(np.stack([x, top + stroke[:, 1] * (bottom - top)], axis=1) * scale)
    img = _ink(img, placed, rng, scale)
    if doc.seal:
        centre = (signer[1] - rng.uniform(48, 62), signer[2] - rng.uniform(22, 38))
        img = _seal(img, (centre[0] * scale, centre[1] * scale), doc.seal, scale)
    return img


# --- rendering -------------------------------------------------------------------------------------

def render(doc: Doc7, level: str, seed: int, sign=_sign) -> tuple[list[Image.Image], int | None]:
    """The pages as printed, degraded like a scan, written in by hand, signed and sealed by ``sign``."""
    rng = np.random.default_rng(seed)
    page, signer, hand, _ = lay_out(doc)
    k = 300 / 72
    pages = []
    for number, items in enumerate(page.pages):
        img = degrade(_raster(items, 300, A4, False), rng, True, noise=5, blur=0.8, specks=40).convert("RGB")
        for x, y, text in [written[1:] for written in hand if written[0] == number]:
            img = _pen(img, text, x, y, rng, k)
        pages.append(sign(img, doc, items, signer, rng, k) if number == signer[0] else img)
    return _finish(pages, level, rng)


def make_blind7(out: Path, docs=BLIND7, levels=LEVELS, only: set[str] | None = None) -> list[Path]:
    """As blind6: scans as PDFs, photos as JPEGs (the two-page document's as a PDF; every other
    document's without a DPI); each truth file names its hand-written fields just before the fields."""
    return write_set(out, docs, levels, render, seed=1900, jpeg_seed=500, no_dpi_parity=1, only=only)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, required=True, help="folder for scans/ and truth/")
    out = parser.parse_args().out
    for path in make_blind7(out):
        print(f"{path.relative_to(out)}  {path.stat().st_size // 1024} KiB")


if __name__ == "__main__":
    main()

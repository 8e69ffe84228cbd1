"""Blind set 8 (issue 13, after blind set 7): six more families of results, each as a 300 dpi scan and
as a phone photo, with the weight on signatures and seals. Written without looking at the rules or
running them on it, measured once.

Families (Decree 30/2020 appendix I positions: issuer column top left, motto top right, number under
the issuer, place and date under the motto, title centred, signer bottom right, "Nơi nhận:" bottom left):
  xuphat     decisions imposing an administrative penalty, "QUYẾT ĐỊNH" / "Xử phạt vi phạm hành chính",
             "Số: …/QĐ-XPHC": one of a provincial department's inspectorate ("SỞ XÂY DỰNG HÀ TĨNH" /
             "THANH TRA SỞ") on a company, the violator on a "Tên tổ chức vi phạm: …" row, its
             "Mã số doanh nghiệp: …" under it and its legal representative named below; one of a
             district on a person, "Họ và tên: …", "Ngày, tháng, năm sinh: …", "Số định danh cá nhân: …"
             rows; both name the officer who drew up the record ("Căn cứ Biên bản … do ông … lập") and
             the decider ("Tôi: …; chức vụ: …");
  chungchi   practising certificates of a person: "CHỨNG CHỈ HÀNH NGHỀ THÚ Y" of a Chi cục under a
             Sở (three-line issuer), the person on an "Ông (bà): …" row; and "CHỨNG CHỈ HÀNH NGHỀ" /
             "HOẠT ĐỘNG XÂY DỰNG" of a Sở Xây dựng with a "Mã số chứng chỉ: …" row above "Họ và tên: …";
             both with the CCCD in a row and a validity "đến hết ngày …";
  boithuong  district decisions on compensation and support when land is taken: "Về việc phê duyệt kinh
             phí bồi thường, hỗ trợ và tái định cư" / "cho hộ bà …" on two pages, numbered and dated by
             hand (blind5's pen), Article 1 "… cho hộ bà A (số căn cước công dân …) và ông B …" with the
             amounts listed under it; and a one-page "Về việc bồi thường, hỗ trợ …" whose Article 1
             names "ông A, số căn cước công dân …";
  hoptacxa   "GIẤY CHỨNG NHẬN ĐĂNG KÝ HỢP TÁC XÃ" of a district's "PHÒNG TÀI CHÍNH - KẾ HOẠCH", the
             "Mã số hợp tác xã: …" printed ABOVE the "1. Tên hợp tác xã: …" row; and "GIẤY CHỨNG NHẬN
             ĐĂNG KÝ" / "LIÊN HIỆP HỢP TÁC XÃ" of a province's business registration office (three-line
             issuer), the code on the row under the name; the legal representative with a CCCD below;
  chapthuan  approvals from offices under a ministry, each with a three-line issuer ("BỘ TÀI CHÍNH" /
             "TỔNG CỤC HẢI QUAN" / "CỤC HẢI QUAN TỈNH LÀO CAI", "BỘ GIAO THÔNG VẬN TẢI" / "TỔNG CỤC
             ĐƯỜNG BỘ VIỆT NAM" / "KHU QUẢN LÝ ĐƯỜNG BỘ II"): a công văn "V/v chấp thuận …" (two V/v
             lines, two addressees, one a company with its tax code) signed "TL. CỤC TRƯỞNG" /
             "TRƯỞNG PHÒNG GIÁM SÁT QUẢN LÝ" without a seal, and a "VĂN BẢN CHẤP THUẬN" with a two-line
             subject, the company on a "1. Đơn vị được chấp thuận: …" row;
  congnhan   decisions recognising a body: "Về việc công nhận Quỹ …" of a Sở Nội vụ signed
             "Q. GIÁM ĐỐC", and "Về việc công nhận Ban quản trị nhà chung cư …" of an urban district,
             the members listed by name under Article 1.
Every document is signed in blue ballpoint in one of blind7's four hands, on ten of them the hand
coming down across the printed name (the name in the signature's lower half), and all but one carry
a red round seal over the left part of the signer block, reaching up over the position lines.
Signers' names have two, three and four syllables ("Đàm Thịnh", "Đặng Văn Lượng", "Nguyễn Thị
Ngọc Hường"); signer blocks "KT.", "TL.", "TM." and "Q." all occur.

Truth conventions (decided before any run): blind4's, as its docstring states them (organ_name,
code_number/code_notation, issued_date, place, type_name, subject, signer_position/signer_full_name,
holder_name and holder_id), with blind5's, blind6's and blind7's additions (their docstrings). New here:
  penalty decisions   the holder is the violator: the name on the "Tên tổ chức vi phạm:" row, or on the
                   first "Họ và tên:" row under "Xử phạt vi phạm hành chính đối với …" (a person without
                   "Ông" / "Bà"); ``holder_id`` the "Mã số doanh nghiệp:" row under the organisation
                   (``tax_code``) or the number on the "Số định danh cá nhân:" row (``cccd``, without the
                   "ngày cấp: …" after it). The officer who drew up the record, the decider on
                   the "Tôi: …" line and an organisation's legal representative are never the holder.
                   "Xử phạt vi phạm hành chính" under "QUYẾT ĐỊNH" is ``subject`` (blind5's two-line
                   rule); a fine to be paid "trong thời hạn 10 ngày" gives no ``valid_until``;
  practising certificates   ``holder_name`` from the "Ông (bà):" or "Họ và tên:" row, ``holder_id`` from
                   the CCCD row ("Số căn cước công dân:", "Số định danh cá nhân:"); a "Mã số chứng chỉ: …"
                   is neither ``code_number`` nor ``holder_id``; a birth date and a CCCD's date of issue
                   are never a field;
  "đến hết ngày …" is "đến ngày …": "Chứng chỉ có giá trị 05 năm, đến hết ngày 13 tháng 5 năm 2026"
                   gives ``valid_until`` 2026-05-13, and so does "Văn bản chấp thuận này có giá trị đến hết
                   ngày …"; a term given by years ("nhiệm kỳ 2021 - 2024") gives None;
  compensation     the holder is the first person named after "cho" in Article 1, without "hộ ông",
                   "hộ bà", "ông" or "bà" (blind7's land rule), ``holder_id`` the CCCD printed with that
                   person; the spouse after "và", the land fund centre or project board that pays, and the
                   amounts are never fields;
  cooperatives     ``holder_name`` the name on the "Tên hợp tác xã:" / "Tên liên hiệp hợp tác xã:" row
                   as printed, ``holder_id`` the number on the "Mã số hợp tác xã:" / "Mã số liên hiệp hợp
                   tác xã:" row (``tax_code``) wherever it stands, above the name or under it; the legal
                   representative and the representative's CCCD never;
  approvals        a "VĂN BẢN CHẤP THUẬN": ``type_name`` the title, ``subject`` its two sentence-case lines
                   joined, the holder the organisation on the "Đơn vị được chấp thuận:" row with the
                   "Mã số doanh nghiệp:" row under it; a công văn "V/v chấp thuận …" keeps blind5's rule
                   (``type_name`` "CÔNG VĂN", holder None) though it approves something for an addressee;
  recognition      a decision "Về việc công nhận …": the holder is the body named right after "Điều 1.
                   Công nhận", up to the first comma ("Ban quản trị nhà chung cư CT2 Mễ Trì Thượng");
                   ``holder_id`` None (nothing is printed with it); the members named in the list under
                   it are never the holder;
  signatures and seals   as blind7: the truth is the text as printed under them, however much of the
                   name the signature crosses and however much of the position the seal covers.

Renderings as blind7: ``scan`` (300 dpi, light degradation, PDF) and ``photo`` (80-150 dpi JPEG,
perspective, uneven light, half without a DPI; the two-page document's photos in one PDF).

    python samples/blind8.py --out benchmarks/out/blind8
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind3 import write_set
from blind5 import _CAN_CU_UBND
from blind7 import Doc7, _sign
from blind7 import render as _render7
from make_samples import Run

LEVELS = ("scan", "photo")
FAMILIES = ("xuphat", "chungchi", "boithuong", "hoptacxa", "chapthuan", "congnhan")


@dataclass(frozen=True)
class Doc8(Doc7):
    """blind7's document with where its signer's pen and seal land. ``aim`` (points): how much lower
    than printed the hand takes the position's last line and the name when it places the signature
    (0, 0: blind7's signature, between the two); ``lift`` (points): how much higher than blind7's the
    seal is stamped, over the position lines."""
    aim: tuple[float, float] = (34.0, 8.0)
    lift: float = 10.0


_LUAT_XLVPHC = ("Căn cứ Luật Xử lý vi phạm hành chính ngày 20 tháng 6 năm 2012; Luật sửa đổi, bổ sung một số "
                "điều của Luật Xử lý vi phạm hành chính ngày 13 tháng 11 năm 2020;")

BLIND8 = [
    Doc8(
        slug="qd-xu-phat-to-chuc-xay-dung-ha-tinh", family="xuphat", issuer=["SỞ XÂY DỰNG HÀ TĨNH", "THANH TRA SỞ"],
        number="68", notation="QĐ-XPHC", place="Hà Tĩnh", date_text="17 tháng 8 năm 2021", issued="2021-08-17",
        title=["QUYẾT ĐỊNH"], subject=["Xử phạt vi phạm hành chính"],
        body=[_LUAT_XLVPHC,
              ("Căn cứ Nghị định số 139/2017/NĐ-CP ngày 27 tháng 11 năm 2017 của Chính phủ quy định xử phạt vi phạm "
               "hành chính trong hoạt động đầu tư xây dựng;"),
              ("Căn cứ Biên bản vi phạm hành chính số 41/BB-VPHC do ông Phan Đình Hiếu, thanh tra viên, lập ngày 05 "
               "tháng 8 năm 2021;"),
              "Tôi: Lê Quốc Bảo; chức vụ: Chánh Thanh tra Sở Xây dựng tỉnh Hà Tĩnh,",
              "QUYẾT ĐỊNH:",
              "Điều 1. Xử phạt vi phạm hành chính đối với tổ chức có tên sau đây:",
              "Tên tổ chức vi phạm: Công ty Cổ phần Đầu tư Xây dựng Hồng Lĩnh Xanh",
              "Mã số doanh nghiệp: 3001846270",
              "Người đại diện theo pháp luật: Ông Khổng Minh Đức; chức danh: Giám đốc.",
              ("1. Hành vi vi phạm: thi công xây dựng nhà xưởng sai nội dung giấy phép xây dựng tại lô CN-07, Cụm "
               "công nghiệp Thạch Đài, quy định tại điểm a khoản 4 Điều 15 Nghị định số 139/2017/NĐ-CP."),
              "2. Hình thức xử phạt: phạt tiền 30.000.000 đồng (ba mươi triệu đồng).",
              ("Điều 2. Quyết định này có hiệu lực kể từ ngày ký và được giao cho ông Khổng Minh Đức, người đại diện "
               "theo pháp luật của Công ty, để chấp hành.")],
        signer_position=["CHÁNH THANH TRA"], signer_name="Lê Quốc Bảo",
        holder_name="Công ty Cổ phần Đầu tư Xây dựng Hồng Lĩnh Xanh", holder_id="3001846270",
        holder_id_type="tax_code", recipients=["- Như Điều 2;", "- Giám đốc Sở (b/c);", "- Lưu: VT, TTr."],
        seal="THANH TRA SỞ XÂY DỰNG * HÀ TĨNH *", hand="loops", lift=14.0,
    ),
    Doc8(
        slug="qd-xu-phat-ca-nhan-lan-chiem-dat", family="xuphat", issuer=["ỦY BAN NHÂN DÂN", "HUYỆN QUẢNG TRẠCH"],
        number="593", notation="QĐ-XPHC", place="Quảng Trạch", date_text="24 tháng 3 năm 2022", issued="2022-03-24",
        title=["QUYẾT ĐỊNH"], subject=["Xử phạt vi phạm hành chính"],
        body=[_LUAT_XLVPHC,
              "Căn cứ Nghị định số 91/2019/NĐ-CP ngày 19 tháng 11 năm 2019 của Chính phủ;",
              ("Căn cứ Biên bản vi phạm hành chính số 12/BB-VPHC do ông Nguyễn Đức Mạnh, công chức địa chính xã "
               "Quảng Hợp, lập ngày 08 tháng 3 năm 2022;"),
              "Tôi: Đặng Văn Lượng; chức vụ: Phó Chủ tịch UBND huyện Quảng Trạch,",
              "QUYẾT ĐỊNH:",
              "Điều 1. Xử phạt vi phạm hành chính đối với ông có tên sau đây:",
              "Họ và tên: Võ Văn Khẩn",
              "Ngày, tháng, năm sinh: 17/5/1979; quốc tịch: Việt Nam",
              "Số định danh cá nhân: 044079006318; ngày cấp: 10/7/2021",
              ("1. Hành vi vi phạm: lấn, chiếm 85 m² đất nông nghiệp tại thửa đất số 316, tờ bản đồ số 12, xã Quảng "
               "Hợp, quy định tại điểm a khoản 1 Điều 14 Nghị định số 91/2019/NĐ-CP."),
              "2. Hình thức xử phạt: phạt tiền 5.000.000 đồng (năm triệu đồng).",
              "Điều 2. Quyết định này có hiệu lực kể từ ngày ký; ông Võ Văn Khẩn nộp phạt trong thời hạn 10 ngày."],
        signer_position=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer_name="Đặng Văn Lượng",
        holder_name="Võ Văn Khẩn", holder_id="044079006318", holder_id_type="cccd",
        recipients=["- Ông Võ Văn Khẩn;", "- UBND xã Quảng Hợp;", "- Lưu: VT, TNMT."],
        seal="ỦY BAN NHÂN DÂN * HUYỆN QUẢNG TRẠCH *", hand="scribble",
    ),
    Doc8(
        slug="cchn-thu-y-chi-cuc-phu-tho", family="chungchi",
        issuer=["UBND TỈNH PHÚ THỌ", "SỞ NÔNG NGHIỆP VÀ PTNT", "CHI CỤC CHĂN NUÔI VÀ THÚ Y"],
        number="0352", notation="CCHN-TY", place="Phú Thọ", date_text="14 tháng 5 năm 2021", issued="2021-05-14",
        title=["CHỨNG CHỈ HÀNH NGHỀ THÚ Y"], subject=[],
        body=["CHI CỤC TRƯỞNG CHI CỤC CHĂN NUÔI VÀ THÚ Y TỈNH PHÚ THỌ",
              "Căn cứ Luật Thú y ngày 19 tháng 6 năm 2015;",
              ("Căn cứ Nghị định số 35/2016/NĐ-CP ngày 15 tháng 5 năm 2016 của Chính phủ quy định chi tiết một số "
               "điều của Luật Thú y;"),
              "Xét đơn đề nghị cấp chứng chỉ hành nghề thú y ngày 26 tháng 4 năm 2021 và hồ sơ kèm theo,",
              "CẤP CHỨNG CHỈ HÀNH NGHỀ THÚ Y CHO:",
              "Ông (bà): Đinh Công Luận",
              "Ngày, tháng, năm sinh: 02/11/1990",
              "Số căn cước công dân: 025090007342; ngày cấp: 22/4/2021",
              "Địa chỉ thường trú: khu 6, xã Tiên Kiên, huyện Lâm Thao, tỉnh Phú Thọ.",
              "Trình độ chuyên môn: Bác sĩ thú y.",
              ("Phạm vi hành nghề: tiêm phòng, chữa bệnh, phẫu thuật động vật; tư vấn các hoạt động liên quan đến "
               "lĩnh vực thú y; buôn bán thuốc thú y."),
              "Chứng chỉ có giá trị 05 năm, đến hết ngày 13 tháng 5 năm 2026."],
        signer_position=["CHI CỤC TRƯỞNG"], signer_name="Trịnh Thu Thủy",
        holder_name="Đinh Công Luận", holder_id="025090007342", holder_id_type="cccd", valid_until="2026-05-13",
        recipients=["- Người được cấp;", "- Sở NN&PTNT (b/c);", "- Lưu: VT, TY."],
        seal="CHI CỤC CHĂN NUÔI VÀ THÚ Y * PHÚ THỌ *", hand="underline", aim=(0.0, 0.0), lift=6.0,
    ),
    Doc8(
        slug="cchn-hoat-dong-xay-dung-thai-nguyen", family="chungchi", issuer=["UBND TỈNH THÁI NGUYÊN", "SỞ XÂY DỰNG"],
        number="1538", notation="CCHN-SXD", place="Thái Nguyên", date_text="09 tháng 12 năm 2019", issued="2019-12-09",
        title=["CHỨNG CHỈ HÀNH NGHỀ", "HOẠT ĐỘNG XÂY DỰNG"], subject=[],
        body=["Mã số chứng chỉ: TNG-00027361",
              "Họ và tên: Hoàng Gia Khánh",
              "Ngày, tháng, năm sinh: 21/8/1987",
              "Số định danh cá nhân: 019087004925",
              "Quốc tịch: Việt Nam",
              "Địa chỉ thường trú: tổ 9, phường Tân Thịnh, thành phố Thái Nguyên, tỉnh Thái Nguyên.",
              "Trình độ chuyên môn: Kỹ sư xây dựng dân dụng và công nghiệp.",
              "Cơ sở đào tạo: Trường Đại học Kỹ thuật Công nghiệp - Đại học Thái Nguyên; năm tốt nghiệp: 2009.",
              "Phạm vi hoạt động xây dựng:",
              "- Giám sát công tác xây dựng công trình dân dụng, công nghiệp nhẹ - Hạng II;",
              "- Thiết kế kết cấu công trình dân dụng - Hạng III.",
              "Chứng chỉ này có giá trị đến hết ngày 08 tháng 12 năm 2024."],
        signer_position=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], signer_name="Nguyễn Thị Ngọc Hường",
        holder_name="Hoàng Gia Khánh", holder_id="019087004925", holder_id_type="cccd", valid_until="2024-12-08",
        seal="SỞ XÂY DỰNG * TỈNH THÁI NGUYÊN *", hand="flourish", lift=12.0,
    ),
    Doc8(
        slug="qd-boi-thuong-hai-trang-phu-my", family="boithuong", issuer=["ỦY BAN NHÂN DÂN", "THỊ XÃ PHÚ MỸ"],
        number="2086", notation="QĐ-UBND", place="Phú Mỹ", date_text="16 tháng 11 năm 2020", issued="2020-11-16",
        title=["QUYẾT ĐỊNH"],
        subject=["Về việc phê duyệt kinh phí bồi thường, hỗ trợ và tái định cư",
                 "cho hộ bà Lâm Thị Mộng Tuyền khi Nhà nước thu hồi đất"],
        body=["ỦY BAN NHÂN DÂN THỊ XÃ PHÚ MỸ", _CAN_CU_UBND,
              "Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013;",
              ("Căn cứ Nghị định số 47/2014/NĐ-CP ngày 15 tháng 5 năm 2014 của Chính phủ quy định về bồi thường, hỗ "
               "trợ, tái định cư khi Nhà nước thu hồi đất; Nghị định số 01/2017/NĐ-CP ngày 06 tháng 01 năm 2017 sửa "
               "đổi, bổ sung một số nghị định quy định chi tiết thi hành Luật Đất đai;"),
              ("Căn cứ Quyết định số 25/2019/QĐ-UBND ngày 22 tháng 10 năm 2019 của Ủy ban nhân dân tỉnh Bà Rịa - "
               "Vũng Tàu ban hành quy định về bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất trên địa bàn "
               "tỉnh;"),
              ("Căn cứ Quyết định số 1735/QĐ-UBND ngày 03 tháng 9 năm 2020 của Ủy ban nhân dân thị xã về việc thu hồi "
               "đất để thực hiện dự án Đường liên cảng Cái Mép - Thị Vải;"),
              ("Xét đề nghị của Trung tâm Phát triển quỹ đất thị xã tại Tờ trình số 684/TTr-TTPTQĐ ngày 06 tháng 11 "
               "năm 2020 và của Trưởng phòng Tài nguyên và Môi trường,"),
              "QUYẾT ĐỊNH:",
              ("Điều 1. Phê duyệt kinh phí bồi thường, hỗ trợ và tái định cư cho hộ bà Lâm Thị Mộng Tuyền (số căn "
               "cước công dân 077182003856) và ông Nguyễn Văn Đực, thường trú tại khu phố Tân Ngọc, phường Phú Mỹ, "
               "có 412,6 m² đất bị thu hồi tại thửa đất số 88, tờ bản đồ số 27, phường Tân Phước, như sau:"),
              "1. Bồi thường về đất: 412,6 m² đất trồng cây lâu năm, số tiền 1.031.500.000 đồng;",
              "2. Bồi thường cây trồng, vật kiến trúc trên đất: 186.420.000 đồng;",
              "3. Hỗ trợ ổn định đời sống và sản xuất: 27.000.000 đồng;",
              "4. Hỗ trợ đào tạo, chuyển đổi nghề và tìm kiếm việc làm: 309.450.000 đồng.",
              "Tổng cộng: 1.554.370.000 đồng (một tỷ năm trăm năm mươi bốn triệu ba trăm bảy mươi nghìn đồng).",
              ("Điều 2. Bố trí cho hộ bà Lâm Thị Mộng Tuyền một lô đất tái định cư diện tích 120 m² tại Khu tái định "
               "cư Tân Phước, lô số D2-14; tiền sử dụng đất nộp theo quyết định giao đất tái định cư."),
              ("Điều 3. Trung tâm Phát triển quỹ đất thị xã chi trả tiền bồi thường, hỗ trợ cho hộ bà Lâm Thị Mộng "
               "Tuyền trong thời hạn 30 ngày kể từ ngày ký Quyết định này; hộ bà Lâm Thị Mộng Tuyền bàn giao mặt "
               "bằng trong thời hạn 20 ngày kể từ ngày nhận đủ tiền."),
              ("Điều 4. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND thị xã, Trưởng phòng "
               "Tài nguyên và Môi trường, Giám đốc Trung tâm Phát triển quỹ đất, Chủ tịch UBND phường Tân Phước, bà "
               "Lâm Thị Mộng Tuyền và ông Nguyễn Văn Đực chịu trách nhiệm thi hành Quyết định này.")],
        signer_position=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer_name="Phùng Quốc Vượng",
        holder_name="Lâm Thị Mộng Tuyền", holder_id="077182003856", holder_id_type="cccd",
        recipients=["- Như Điều 4;", "- UBND tỉnh (b/c);", "- Lưu: VT, TNMT."],
        seal="ỦY BAN NHÂN DÂN * THỊ XÃ PHÚ MỸ *", handwritten=("code_number", "issued_date"), blank="." * 14,
        hand="loops",
    ),
    Doc8(
        slug="qd-boi-thuong-ho-tro-can-giuoc", family="boithuong", issuer=["ỦY BAN NHÂN DÂN", "HUYỆN CẦN GIUỘC"],
        number="3962", notation="QĐ-UBND", place="Cần Giuộc", date_text="07 tháng 6 năm 2023", issued="2023-06-07",
        title=["QUYẾT ĐỊNH"],
        subject=["Về việc bồi thường, hỗ trợ khi Nhà nước thu hồi đất", "để thực hiện dự án Đường tỉnh 830E"],
        body=["CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN CẦN GIUỘC",
              "Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013;",
              ("Căn cứ Quyết định số 4418/QĐ-UBND ngày 12 tháng 5 năm 2023 của Ủy ban nhân dân huyện về việc thu hồi "
               "đất để thực hiện dự án Đường tỉnh 830E;"),
              ("Xét đề nghị của Ban Quản lý dự án đầu tư xây dựng khu vực huyện tại Tờ trình số 219/TTr-BQLDA ngày 29 "
               "tháng 5 năm 2023,"),
              "QUYẾT ĐỊNH:",
              ("Điều 1. Bồi thường, hỗ trợ cho ông Huỳnh Tấn Lộc, số căn cước công dân 080074001593, thường trú tại "
               "ấp Thuận Tây, xã Thuận Thành, có 1.250 m² đất trồng lúa bị thu hồi tại thửa đất số 205, tờ bản đồ số "
               "6, với tổng số tiền 964.800.000 đồng, gồm:"),
              "- Bồi thường về đất: 812.500.000 đồng;",
              "- Hỗ trợ chuyển đổi nghề nghiệp và tìm kiếm việc làm: 152.300.000 đồng.",
              ("Điều 2. Ban Quản lý dự án đầu tư xây dựng khu vực huyện chi trả cho ông Huỳnh Tấn Lộc trong thời hạn "
               "30 ngày kể từ ngày ký Quyết định này."),
              ("Điều 3. Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Tài nguyên và Môi trường, Giám đốc Ban Quản "
               "lý dự án đầu tư xây dựng khu vực huyện, Chủ tịch UBND xã Thuận Thành và ông Huỳnh Tấn Lộc chịu trách "
               "nhiệm thi hành Quyết định này.")],
        signer_position=["CHỦ TỊCH"], signer_name="Phan Thị Diễm Kiều",
        holder_name="Huỳnh Tấn Lộc", holder_id="080074001593", holder_id_type="cccd",
        recipients=["- Như Điều 3;", "- Lưu: VT, TNMT."], seal="ỦY BAN NHÂN DÂN * HUYỆN CẦN GIUỘC *", hand="flourish",
        lift=16.0,
    ),
    Doc8(
        slug="gcn-dang-ky-htx-cam-cao-phong", family="hoptacxa",
        issuer=["UBND HUYỆN CAO PHONG", "PHÒNG TÀI CHÍNH - KẾ HOẠCH"],
        number="31", notation="GCN-HTX", place="Cao Phong", date_text="22 tháng 01 năm 2019", issued="2019-01-22",
        title=["GIẤY CHỨNG NHẬN ĐĂNG KÝ HỢP TÁC XÃ"], subject=[],
        body=["Mã số hợp tác xã: 5400517320",
              "Đăng ký lần đầu: ngày 22 tháng 01 năm 2019",
              "1. Tên hợp tác xã: Hợp tác xã Nông nghiệp Cam Tân Phong",
              "Tên viết tắt: HTX NN Cam Tân Phong",
              "2. Địa chỉ trụ sở chính: xóm Đồng Bài, xã Tân Phong, huyện Cao Phong, tỉnh Hòa Bình.",
              ("3. Ngành, nghề kinh doanh: trồng cây ăn quả có múi; thu mua, sơ chế, bảo quản và tiêu thụ cam, quýt; "
               "cung ứng vật tư nông nghiệp cho thành viên."),
              "4. Vốn điều lệ: 1.200.000.000 đồng (một tỷ hai trăm triệu đồng); số thành viên: 17.",
              ("5. Người đại diện theo pháp luật: Giám đốc Bùi Văn Thiềng; sinh ngày 05/3/1976; số căn cước công dân: "
               "017076002184.")],
        signer_position=["TRƯỞNG PHÒNG"], signer_name="Quách Thị Thu Hoài",
        holder_name="Hợp tác xã Nông nghiệp Cam Tân Phong", holder_id="5400517320", holder_id_type="tax_code",
        recipients=["- Hợp tác xã;", "- Chi cục Thuế khu vực;", "- Lưu: VT, TCKH."],
        seal="PHÒNG TÀI CHÍNH - KẾ HOẠCH * CAO PHONG *", hand="scribble", lift=16.0,
    ),
    Doc8(
        slug="gcn-lien-hiep-htx-ca-phe-dak-lak", family="hoptacxa",
        issuer=["UBND TỈNH ĐẮK LẮK", "SỞ KẾ HOẠCH VÀ ĐẦU TƯ", "PHÒNG ĐĂNG KÝ KINH DOANH"],
        number="14", notation="GCN-ĐKKD", place="Đắk Lắk", date_text="11 tháng 10 năm 2022", issued="2022-10-11",
        title=["GIẤY CHỨNG NHẬN ĐĂNG KÝ", "LIÊN HIỆP HỢP TÁC XÃ"], subject=[],
        body=["Đăng ký lần đầu: ngày 11 tháng 10 năm 2022",
              "1. Tên liên hiệp hợp tác xã: Liên hiệp Hợp tác xã Cà phê Bền vững Ea Kao",
              "2. Mã số liên hiệp hợp tác xã: 6002473186",
              "3. Địa chỉ trụ sở chính: số 45 đường Y Wang, phường Ea Tam, thành phố Buôn Ma Thuột, tỉnh Đắk Lắk.",
              ("4. Ngành, nghề kinh doanh: thu mua, chế biến, rang xay và xuất khẩu cà phê; cung ứng phân bón, giống "
               "cây trồng cho các hợp tác xã thành viên."),
              "5. Vốn điều lệ: 4.500.000.000 đồng; số hợp tác xã thành viên: 06.",
              ("6. Người đại diện theo pháp luật: Ông Y Kông Mlô, Chủ tịch Hội đồng quản trị kiêm Giám đốc; số căn "
               "cước công dân 066081005537.")],
        signer_position=["KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG"], signer_name="Y Thuyên Ênuôl",
        holder_name="Liên hiệp Hợp tác xã Cà phê Bền vững Ea Kao", holder_id="6002473186", holder_id_type="tax_code",
        recipients=["- Liên hiệp hợp tác xã;", "- Cục Thuế tỉnh;", "- Lưu: VT, ĐKKD."],
        seal="PHÒNG ĐĂNG KÝ KINH DOANH * ĐẮK LẮK *", hand="underline",
    ),
    Doc8(
        slug="cv-chap-thuan-kho-hai-quan-lao-cai", family="chapthuan",
        issuer=["BỘ TÀI CHÍNH", "TỔNG CỤC HẢI QUAN", "CỤC HẢI QUAN TỈNH LÀO CAI"],
        number="1274", notation="HQLC-GSQL", place="Lào Cai", date_text="19 tháng 4 năm 2018", issued="2018-04-19",
        title=[], subject=["V/v chấp thuận đưa hàng hóa nhập khẩu", "về bảo quản tại kho của doanh nghiệp"],
        addressees=["Chi cục Hải quan cửa khẩu quốc tế Lào Cai;",
                    "Công ty TNHH Xuất nhập khẩu Kim Thành (MST 5300718249)."],
        body=[("Cục Hải quan tỉnh Lào Cai nhận được Công văn số 36/2018/CV-KT ngày 12 tháng 4 năm 2018 của Công ty "
               "TNHH Xuất nhập khẩu Kim Thành đề nghị đưa lô máy móc, thiết bị nhập khẩu đăng ký tờ khai ngày 11 "
               "tháng 4 năm 2018 về bảo quản tại kho của doanh nghiệp."),
              ("Căn cứ Điều 32 Nghị định số 08/2015/NĐ-CP ngày 21 tháng 01 năm 2015 của Chính phủ và Điều 33 Thông tư "
               "số 38/2015/TT-BTC ngày 25 tháng 3 năm 2015 của Bộ Tài chính, Cục Hải quan tỉnh Lào Cai chấp thuận cho "
               "Công ty đưa lô hàng nêu trên về bảo quản tại kho số 18 đường Nhạc Sơn, phường Kim Tân, thành phố Lào "
               "Cai."),
              ("Công ty chịu trách nhiệm bảo quản nguyên trạng hàng hóa cho đến khi có kết quả kiểm tra chuyên ngành; "
               "Chi cục Hải quan cửa khẩu quốc tế Lào Cai giám sát việc vận chuyển và bảo quản theo quy định."),
              "Cục Hải quan tỉnh Lào Cai thông báo để Công ty và đơn vị biết, thực hiện./."],
        signer_position=["TL. CỤC TRƯỞNG", "TRƯỞNG PHÒNG GIÁM SÁT QUẢN LÝ"], signer_name="Đàm Thịnh",
        recipients=["- Như trên;", "- Lãnh đạo Cục (b/c);", "- Lưu: VT, GSQL."], hand="flourish", aim=(0.0, 0.0),
    ),
    Doc8(
        slug="vb-chap-thuan-dau-noi-quoc-lo-46", family="chapthuan",
        issuer=["BỘ GIAO THÔNG VẬN TẢI", "TỔNG CỤC ĐƯỜNG BỘ VIỆT NAM", "KHU QUẢN LÝ ĐƯỜNG BỘ II"],
        number="3795", notation="KQLĐBII-QLBTĐB", place="Nghệ An", date_text="28 tháng 12 năm 2020",
        issued="2020-12-28", title=["VĂN BẢN CHẤP THUẬN"],
        subject=["Thiết kế kỹ thuật và phương án tổ chức giao thông", "nút giao đấu nối vào Quốc lộ 46"],
        body=["Căn cứ Luật Giao thông đường bộ ngày 13 tháng 11 năm 2008;",
              ("Căn cứ Nghị định số 11/2010/NĐ-CP ngày 24 tháng 02 năm 2010 của Chính phủ quy định về quản lý và bảo "
               "vệ kết cấu hạ tầng giao thông đường bộ; Thông tư số 50/2015/TT-BGTVT ngày 23 tháng 9 năm 2015 của Bộ "
               "Giao thông vận tải;"),
              ("Xét đơn đề nghị ngày 15 tháng 12 năm 2020 của Công ty Cổ phần Xăng dầu Sông Lam và hồ sơ "
               "thiết kế kèm theo,"),
              "KHU QUẢN LÝ ĐƯỜNG BỘ II CHẤP THUẬN:",
              "1. Đơn vị được chấp thuận: Công ty Cổ phần Xăng dầu Sông Lam",
              "2. Mã số doanh nghiệp: 2901964532",
              ("3. Nội dung chấp thuận: thiết kế kỹ thuật và phương án tổ chức giao thông nút giao đấu nối đường vào "
               "cửa hàng xăng dầu Nam Đàn tại Km 21+350 (bên phải tuyến) Quốc lộ 46, xã Vân Diên, huyện Nam Đàn."),
              ("4. Đơn vị được chấp thuận phải đề nghị cấp giấy phép thi công trước khi thi công và chịu mọi chi phí "
               "liên quan."),
              ("5. Văn bản chấp thuận này có giá trị đến hết ngày 28 tháng 12 năm 2021; quá thời hạn trên phải đề "
               "nghị gia hạn.")],
        signer_position=["KT. KHU TRƯỞNG", "PHÓ KHU TRƯỞNG"], signer_name="Nguyễn Hữu Quyết",
        holder_name="Công ty Cổ phần Xăng dầu Sông Lam", holder_id="2901964532", holder_id_type="tax_code",
        valid_until="2021-12-28",
        recipients=["- Như mục 1;", "- Tổng cục ĐBVN (b/c);", "- Sở GTVT Nghệ An;", "- Lưu: VT, QLBTĐB."],
        seal="KHU QUẢN LÝ ĐƯỜNG BỘ II * TCĐBVN *", hand="loops", lift=8.0,
    ),
    Doc8(
        slug="qd-cong-nhan-quy-hoc-sinh-vung-cao", family="congnhan", issuer=["UBND TỈNH SƠN LA", "SỞ NỘI VỤ"],
        number="748", notation="QĐ-SNV", place="Sơn La", date_text="15 tháng 3 năm 2023", issued="2023-03-15",
        title=["QUYẾT ĐỊNH"],
        subject=["Về việc công nhận Quỹ Hỗ trợ học sinh vùng cao Sơn La", "đủ điều kiện hoạt động"],
        body=["GIÁM ĐỐC SỞ NỘI VỤ TỈNH SƠN LA",
              ("Căn cứ Nghị định số 93/2019/NĐ-CP ngày 25 tháng 11 năm 2019 của Chính phủ về tổ chức, hoạt động của "
               "quỹ xã hội, quỹ từ thiện;"),
              ("Xét hồ sơ đề nghị của Hội đồng quản lý Quỹ ngày 28 tháng 02 năm 2023 và đề nghị của Trưởng phòng Tổ "
               "chức, biên chế và Tổ chức phi chính phủ,"),
              "QUYẾT ĐỊNH:",
              ("Điều 1. Công nhận Quỹ Hỗ trợ học sinh vùng cao Sơn La, trụ sở tại số 27 đường Tô Hiệu, phường Chiềng "
               "Lề, thành phố Sơn La, đủ điều kiện hoạt động kể từ ngày ký Quyết định này."),
              "Điều 2. Công nhận thành viên Hội đồng quản lý Quỹ gồm các ông, bà có tên sau:",
              "1. Bà Lường Thị Ngọc Diệp, Chủ tịch Hội đồng quản lý Quỹ;",
              "2. Ông Hoàng Văn Páo, Phó Chủ tịch Hội đồng quản lý Quỹ;",
              "3. Ông Quàng Văn Tiến, thành viên kiêm Giám đốc Quỹ.",
              ("Điều 3. Chánh Văn phòng Sở, Trưởng phòng Tổ chức, biên chế và Tổ chức phi chính phủ, Hội đồng quản lý "
               "Quỹ và các ông, bà có tên tại Điều 2 chịu trách nhiệm thi hành Quyết định này.")],
        signer_position=["Q. GIÁM ĐỐC"], signer_name="Tòng Thị Hải Yến",
        holder_name="Quỹ Hỗ trợ học sinh vùng cao Sơn La",
        recipients=["- Như Điều 3;", "- UBND tỉnh (b/c);", "- Lưu: VT, TCBC."], seal="SỞ NỘI VỤ * TỈNH SƠN LA *",
        hand="underline", lift=12.0,
    ),
    Doc8(
        slug="qd-cong-nhan-ban-quan-tri-chung-cu", family="congnhan", issuer=["ỦY BAN NHÂN DÂN", "QUẬN NAM TỪ LIÊM"],
        number="5127", notation="QĐ-UBND", place="Nam Từ Liêm", date_text="08 tháng 7 năm 2021", issued="2021-07-08",
        title=["QUYẾT ĐỊNH"],
        subject=["Về việc công nhận Ban quản trị nhà chung cư", "CT2 Mễ Trì Thượng, nhiệm kỳ 2021 - 2024"],
        body=["CHỦ TỊCH ỦY BAN NHÂN DÂN QUẬN NAM TỪ LIÊM",
              "Căn cứ Luật Nhà ở ngày 25 tháng 11 năm 2014;",
              ("Căn cứ Thông tư số 02/2016/TT-BXD ngày 15 tháng 02 năm 2016 của Bộ Xây dựng ban hành Quy chế quản lý, "
               "sử dụng nhà chung cư;"),
              ("Xét biên bản hội nghị nhà chung cư lần thứ nhất ngày 12 tháng 6 năm 2021 và đề nghị của Trưởng phòng "
               "Quản lý đô thị tại Tờ trình số 427/TTr-QLĐT ngày 29 tháng 6 năm 2021,"),
              "QUYẾT ĐỊNH:",
              ("Điều 1. Công nhận Ban quản trị nhà chung cư CT2 Mễ Trì Thượng, phường Mễ Trì, nhiệm kỳ 2021 - 2024, "
               "gồm 05 thành viên có tên sau:"),
              "1. Ông Trần Đức Bình, Trưởng ban;",
              "2. Bà Lê Thị Kim Oanh, Phó Trưởng ban;",
              "3. Ông Phạm Ngọc Sơn, thành viên;",
              "4. Bà Đinh Thị Thanh Tâm, thành viên;",
              "5. Ông Vũ Hải Nam, đại diện chủ đầu tư, thành viên.",
              ("Điều 2. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND quận, Trưởng phòng Quản "
               "lý đô thị, Chủ tịch UBND phường Mễ Trì và các ông, bà có tên tại Điều 1 chịu trách nhiệm thi hành "
               "Quyết định này.")],
        signer_position=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer_name="Lưu Khang",
        holder_name="Ban quản trị nhà chung cư CT2 Mễ Trì Thượng",
        recipients=["- Như Điều 2;", "- Sở Xây dựng (b/c);", "- Lưu: VT, QLĐT."],
        seal="ỦY BAN NHÂN DÂN * Q. NAM TỪ LIÊM *", hand="scribble",
    ),
]


# --- the signer's pen and seal -----------------------------------------------------------------------

def aimed(items: list, doc: Doc8) -> list:
    """The page as the signer's hand sees it: the position's last line and the printed name ``doc.aim``
    points lower than they are, so blind7's signature, placed between the two, comes down across the
    name."""
    runs = [item for item in items if isinstance(item, Run)]
    name = next(run for run in runs if run.text == doc.signer_name)
    last = max((run for run in runs if run.text == doc.signer_position[-1] and run.y < name.y), key=lambda r: r.y)
    lower = {id(last): doc.aim[0], id(name): doc.aim[1]}
    return [replace(item, y=item.y + lower[id(item)]) if id(item) in lower else item for item in items]


def sign(img: Image.Image, doc: Doc8, items: list, signer: tuple, rng: np.random.Generator,
         scale: float) -> Image.Image:
    """blind7's signature and seal, the hand aimed by ``doc.aim`` and the seal stamped ``doc.lift`` higher."""
    return _sign(img, doc, aimed(items, doc), (signer[0], signer[1], signer[2] - doc.lift), rng, scale)


# --- rendering -----------------------------------------------------------------------------------------

def render(doc: Doc8, level: str, seed: int) -> tuple[list[Image.Image], int | None]:
    """As blind7's render, signed with ``sign``."""
    return _render7(doc, level, seed, sign=sign)


def make_blind8(out: Path, docs=BLIND8, levels=LEVELS, only: set[str] | None = None) -> list[Path]:
    """As blind7: scans as PDFs, photos as JPEGs (the two-page document's as a PDF; every other
    document's without a DPI); each truth file names its hand-written fields just before the fields.
    ``only`` (slugs) and ``levels`` draw just those files, as they are in the whole set."""
    return write_set(out, docs, levels, render, seed=2100, jpeg_seed=600, no_dpi_parity=0, only=only)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, required=True, help="folder for scans/ and truth/")
    out = parser.parse_args().out
    for path in make_blind8(out):
        print(f"{path.relative_to(out)}  {path.stat().st_size // 1024} KiB")


if __name__ == "__main__":
    main()

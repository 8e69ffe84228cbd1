"""Blind set 9 (issue 13, after blind set 8): six more families of results, each as a 300 dpi scan and
as a phone photo, signed and sealed as in blind set 8, with one scan page fed sideways and one scan
tilted. Written without looking at the rules or running them on it, measured once.

Families (Decree 30/2020 appendix I positions: issuer column top left, motto top right, number under
the issuer, place and date under the motto, title centred, signer bottom right, "Nơi nhận:" bottom left):
  vantai     road-transport permits of a province's "SỞ GIAO THÔNG VẬN TẢI": a "GIẤY PHÉP KINH DOANH
             VẬN TẢI BẰNG XE Ô TÔ" (one line, no validity), the company on a "1. Tên đơn vị kinh doanh
             vận tải: …" row, "2. Mã số doanh nghiệp: …" under it, its legal representative with a
             CCCD below; and a "GIẤY PHÉP LIÊN VẬN VIỆT - LÀO" with its "Số: …" centred under the title
             (blind7's layout), the vehicle and its plate first ("biển số đăng ký 73B-014.62"), then the
             "Tên đơn vị vận tải: …" and "Mã số thuế: …" rows, "Giấy phép có giá trị đến ngày …",
             signed "TL. GIÁM ĐỐC" / "TRƯỞNG PHÒNG QUẢN LÝ VẬN TẢI";
  trocap     social-allowance decisions of a district or a city: "Về việc hưởng trợ cấp xã hội hằng
             tháng" / "đối với bà …" for a woman over eighty, on two pages, numbered and dated by hand
             (blind5's pen), applied for by her son, who is to collect it for her; and "Về việc trợ cấp
             xã hội hằng tháng và hỗ trợ" / "kinh phí chăm sóc, nuôi dưỡng trẻ em mồ côi" for a child
             ("cháu …") whose grandmother and guardian applied and is paid for his care (Article 2,
             with her own CCCD);
  thue       notices of tax offices to one taxpayer, "THÔNG BÁO" / "Về việc chấp nhận …" with a
             centred "Kính gửi: …" line, the taxpayer on a "Tên người nộp thuế: …" row and "Mã số thuế: …"
             under it: of a "CỤC THUẾ TỈNH …" under "TỔNG CỤC THUẾ" (paying a tax debt by instalments,
             a bank as guarantor) and of a "CHI CỤC THUẾ …" under its Cục (e-invoices, the e-invoice
             provider named with its own tax code), the latter signed without a seal;
  banquyen   "GIẤY CHỨNG NHẬN ĐĂNG KÝ QUYỀN TÁC GIẢ" of the ministry of culture's copyright office,
             both dated in Ho Chi Minh City, "Số: 4396/2019/QTG" (a year inside the number): under the
             office's own header, the ministry's name broken over two lines above it ("BỘ VĂN HÓA, THỂ
             THAO" / "VÀ DU LỊCH" / "CỤC BẢN QUYỀN TÁC GIẢ"), a computer program whose author ("Tác giả:
             …") is a person and whose owner ("Chủ sở hữu quyền tác giả: …") is a company with its
             enterprise code under it; and under its representative office's ("CỤC BẢN QUYỀN TÁC GIẢ" /
             "VĂN PHÒNG ĐẠI DIỆN TẠI TP.HCM"), drawings whose author is also their owner ("Bà …", with
             her birth date and CCCD in rows), signed "TL. CỤC TRƯỞNG" / "TRƯỞNG VĂN PHÒNG ĐẠI DIỆN";
  anninh     police certificates "đủ điều kiện về an ninh, trật tự" for a conditional business: of
             a province's police department ("CÔNG AN TỈNH KHÁNH HÒA" / "PHÒNG CẢNH SÁT QLHC VỀ TTXH"),
             a two-capitals-line title, a hotel company on a "Tên cơ sở kinh doanh: …" row with its
             enterprise code, the person answerable for security named with a CCCD; and of a district
             police ("CÔNG AN TỈNH …" / "CÔNG AN HUYỆN …"), one title line, a pawnshop run as a household
             business with its tax code, its owner (born …, CCCD …) answerable for security;
  giaoduc    results of a district's "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO": a "GIẤY GIỚI THIỆU CHUYỂN TRƯỜNG" /
             "Cấp trung học cơ sở" for a pupil ("Học sinh: …" with birth date and personal number, the
             parents on a "Con ông (bà): …" row, the school left and the school joined), scanned tilted
             three degrees; and a decision "Về việc chỉnh sửa nội dung văn bằng" whose Article 1
             corrects the name on a man's lower-secondary diploma ("cho ông Lương Văn Tiến, sinh ngày …,
             số định danh cá nhân …", the diploma's "số hiệu B 0467321", the name as once printed on it,
             "Lương Văn Tèo", and as corrected).
Every document is signed in blue ballpoint in one of blind7's four hands, on eight of them coming
down across the printed name (blind8's ``aim``), and all but one carry a red round seal over the left
part of the signer block, lifted by blind8's ``lift``. Signers' names have two, three and four
syllables; signer blocks "KT.", "TL." and "TM." all occur; ten issuers are a parent and a child
organ in two or three lines.

Truth conventions (decided before any run): blind4's, as its docstring states them (organ_name,
code_number/code_notation, issued_date, place, type_name, subject, signer_position/signer_full_name,
holder_name and holder_id), with blind5's, blind6's, blind7's and blind8's additions (their
docstrings). New here:
  transport permits  the holder is the carrier: the name on the "Tên đơn vị kinh doanh vận tải:" /
                   "Tên đơn vị vận tải:" row as printed, ``holder_id`` the "Mã số doanh nghiệp:" / "Mã số
                   thuế:" row that follows it (``tax_code``); the vehicle, its plate, the legal
                   representative and the representative's CCCD never; a liên vận permit's "Số: …" centred
                   under its title is the number (blind7's rule) and "Giấy phép có giá trị đến ngày …" its
                   ``valid_until``; a permit that prints no validity has None;
  allowances       the holder is the person the allowance is for, named after "đối với" in Article 1,
                   without "ông", "bà", "cụ", "em" or "cháu" ("đối với cháu Hà Minh Khôi, sinh ngày …"
                   gives "Hà Minh Khôi"); ``holder_id`` the personal number printed with that person
                   (``cccd``); the applicant ("Xét đơn đề nghị của ông …"), a guardian paid for the care, a
                   person collecting it on the holder's behalf and their numbers never, unless the same
                   person; "kể từ tháng 11 năm 2021" (when the allowance starts) gives no ``valid_until``;
                   the amounts are never a field;
  tax notices      a "THÔNG BÁO" / "Về việc chấp nhận …" addressed to one taxpayer has a holder: the name
                   on the "Tên người nộp thuế:" row, ``holder_id`` the "Mã số thuế:" row under it
                   (``tax_code``), the same taxpayer as on the "Kính gửi:" line; the guarantor bank, an
                   e-invoice provider and its tax code never; "trong thời hạn 12 tháng kể từ ngày ký",
                   and a date a rule applies "từ ngày …", give no ``valid_until``. (blind5's công văn and
                   blind7's "V/v" notice to several agencies keep holder None.)
  copyright        the holder is the owner, the name on the "Chủ sở hữu quyền tác giả:" row without
                   "Ông" / "Bà", ``holder_id`` the "Mã số doanh nghiệp:" (``tax_code``) or "Số căn cước
                   công dân:" (``cccd``) row under the owner; the author ("Tác giả: …") only when the same
                   person; "Số: 4396/2019/QTG" gives ``code_number`` "4396" and ``code_notation``
                   "2019/QTG" (blind3's rule); the application ("đơn đăng ký … số 3871/2019/ĐKQTG") and
                   the work's title are never a field; a copyright has no ``valid_until``;
  security certificates   ``holder_name`` the name on the "Tên cơ sở kinh doanh:" row as printed,
                   ``holder_id`` the "Mã số doanh nghiệp:" / "Mã số thuế:" row under it; the person
                   answerable for security and order, a household business's owner and their CCCDs never;
                   the title in two capitals lines is ``type_name`` (blind6's rule), ``subject`` None;
  education        a transfer referral: ``holder_name`` from the "Học sinh:" row, ``holder_id`` the
                   pupil's "Số định danh cá nhân:" (``cccd``); the parents ("Con ông (bà): …") and the two
                   schools never; "Cấp trung học cơ sở" under the title is ``subject`` (blind5's two-line
                   rule); "có giá trị trong thời hạn 15 ngày kể từ ngày ký" gives None. A decision
                   correcting a diploma: the holder is the person named after "cho" in Article 1, as
                   named now (the corrected name), without "ông" / "bà", ``holder_id`` the personal number
                   printed with that person; the name once printed on the diploma, the diploma's serial
                   ("số hiệu B 0467321") and register number, and the commune's extract are never a field;
  pages turned     a scan page fed sideways (its text running bottom to top) or tilted three degrees
                   changes no field; a two-page document's fields come from both pages, as one document;
  signatures and seals   as blind7 and blind8: the truth is the text as printed under them.

Renderings as blind8: ``scan`` (300 dpi, light degradation, PDF) and ``photo`` (80-150 dpi JPEG,
perspective, uneven light, half without a DPI; the two-page document's photos in one PDF). Only the
scans are turned (``turn``): page 2 of the two-page decision lies sideways, the transfer referral three
degrees clockwise; the phone photographs each page as it lies on the desk.

    python samples/blind9.py --out benchmarks/out/blind9
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind3 import write_set
from blind5 import _CAN_CU_UBND
from blind7 import lay_out  # blind9's layout is blind7's, as blind8's is
from blind8 import Doc8
from blind8 import render as _render8
from make_samples import PAPER

__all__ = ["BLIND9", "FAMILIES", "LEVELS", "Doc9", "lay_out", "make_blind9", "render", "turned"]

LEVELS = ("scan", "photo")
FAMILIES = ("vantai", "trocap", "thue", "banquyen", "anninh", "giaoduc")


@dataclass(frozen=True)
class Doc9(Doc8):
    """blind8's document with how its scan's pages lie on the glass: ``turn`` holds, page by page,
    the degrees a page is turned counterclockwise after blind5's scanner tilt (90: fed sideways, its
    text running bottom to top; -3: tilted three degrees clockwise); pages past its end lie straight."""
    turn: tuple[float, ...] = ()


_NGHI_DINH_96 = ("Căn cứ Nghị định số 96/2016/NĐ-CP ngày 01 tháng 7 năm 2016 của Chính phủ quy định điều kiện về an "
                 "ninh, trật tự đối với một số ngành, nghề đầu tư kinh doanh có điều kiện;")
_NGHI_DINH_22 = ("Căn cứ Nghị định số 22/2018/NĐ-CP ngày 23 tháng 02 năm 2018 của Chính phủ quy định chi tiết một số "
                 "điều và biện pháp thi hành Luật Sở hữu trí tuệ về quyền tác giả, quyền liên quan;")

BLIND9 = [
    Doc9(
        slug="gp-kinh-doanh-van-tai-mang-den", family="vantai", issuer=["UBND TỈNH KON TUM", "SỞ GIAO THÔNG VẬN TẢI"],
        number="467", notation="GP-SGTVT", place="Kon Tum", date_text="08 tháng 6 năm 2021", issued="2021-06-08",
        title=["GIẤY PHÉP KINH DOANH VẬN TẢI BẰNG XE Ô TÔ"], subject=[],
        body=["GIÁM ĐỐC SỞ GIAO THÔNG VẬN TẢI TỈNH KON TUM",
              "Căn cứ Luật Giao thông đường bộ ngày 13 tháng 11 năm 2008;",
              ("Căn cứ Nghị định số 10/2020/NĐ-CP ngày 17 tháng 01 năm 2020 của Chính phủ quy định về kinh doanh và "
               "điều kiện kinh doanh vận tải bằng xe ô tô;"),
              ("Xét hồ sơ đề nghị cấp Giấy phép kinh doanh vận tải bằng xe ô tô nộp ngày 31 tháng 5 năm 2021 và đề "
               "nghị của Trưởng phòng Quản lý vận tải, phương tiện và người lái,"),
              "CẤP GIẤY PHÉP KINH DOANH VẬN TẢI BẰNG XE Ô TÔ:",
              "1. Tên đơn vị kinh doanh vận tải: Công ty TNHH Vận tải Măng Đen",
              "2. Mã số doanh nghiệp: 6101284736",
              "3. Địa chỉ trụ sở: số 142 đường Phan Đình Phùng, phường Quyết Thắng, thành phố Kon Tum, tỉnh Kon Tum.",
              "4. Số điện thoại: 0260 3865 417.",
              ("5. Người đại diện theo pháp luật: Ông Nguyễn Hữu Tạo; chức danh: Giám đốc; số căn cước công dân: "
               "062081003547."),
              ("6. Được phép kinh doanh các loại hình vận tải: vận tải hành khách theo tuyến cố định; vận tải hành "
               "khách bằng xe taxi; vận tải hàng hóa bằng xe ô tô.")],
        signer_position=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], signer_name="Trương Quang Hiển",
        holder_name="Công ty TNHH Vận tải Măng Đen", holder_id="6101284736", holder_id_type="tax_code",
        recipients=["- Đơn vị được cấp;", "- Tổng cục ĐBVN (b/c);", "- Lưu: VT, QLVT."],
        seal="SỞ GIAO THÔNG VẬN TẢI * TỈNH KON TUM *", hand="scribble", lift=12.0,
    ),
    Doc9(
        slug="gp-lien-van-viet-lao-nhat-le", family="vantai", issuer=["UBND TỈNH QUẢNG BÌNH", "SỞ GIAO THÔNG VẬN TẢI"],
        number="1926", notation="GPLV-SGTVT", place="Quảng Bình", date_text="16 tháng 9 năm 2022", issued="2022-09-16",
        title=["GIẤY PHÉP LIÊN VẬN VIỆT - LÀO"], subject=[],
        body=[("Căn cứ Hiệp định tạo điều kiện thuận lợi cho phương tiện cơ giới đường bộ qua lại biên giới giữa "
               "Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam và Chính phủ nước Cộng hòa dân chủ nhân dân Lào "
               "ngày 16 tháng 02 năm 2009;"),
              ("Căn cứ Thông tư số 88/2014/TT-BGTVT ngày 31 tháng 12 năm 2014 của Bộ Giao thông vận tải hướng dẫn "
               "thực hiện một số điều của Hiệp định;"),
              "Xét đơn đề nghị cấp Giấy phép liên vận ngày 08 tháng 9 năm 2022 và hồ sơ kèm theo,",
              ("1. Cấp cho phương tiện: xe ô tô khách 45 chỗ, biển số đăng ký 73B-014.62; nhãn hiệu: Thaco; năm sản "
               "xuất: 2019."),
              "2. Tên đơn vị vận tải: Công ty Cổ phần Xe khách Nhật Lệ",
              "3. Mã số thuế: 3101672483",
              "4. Địa chỉ: số 58 đường Lý Thường Kiệt, phường Đồng Phú, thành phố Đồng Hới, tỉnh Quảng Bình.",
              "5. Loại hình hoạt động: vận chuyển hành khách theo tuyến cố định Đồng Hới - Thà Khẹt (Khăm Muộn).",
              "6. Cửa khẩu xuất, nhập: Cửa khẩu quốc tế Cha Lo - Na Phàu.",
              "7. Giấy phép có giá trị đến ngày 15 tháng 9 năm 2023; được sử dụng để qua lại nhiều lần."],
        signer_position=["TL. GIÁM ĐỐC", "TRƯỞNG PHÒNG QUẢN LÝ VẬN TẢI"], signer_name="Hoàng Minh Đạo",
        holder_name="Công ty Cổ phần Xe khách Nhật Lệ", holder_id="3101672483", holder_id_type="tax_code",
        valid_until="2023-09-15",
        recipients=["- Đơn vị được cấp;", "- Đồn Biên phòng CKQT Cha Lo;", "- Lưu: VT, QLVT."],
        seal="SỞ GIAO THÔNG VẬN TẢI * QUẢNG BÌNH *", number_under_title=True, hand="loops", aim=(0.0, 0.0), lift=8.0,
    ),
    Doc9(
        slug="qd-tro-cap-nguoi-cao-tuoi-tien-du", family="trocap", issuer=["ỦY BAN NHÂN DÂN", "HUYỆN TIÊN DU"],
        number="2709", notation="QĐ-UBND", place="Tiên Du", date_text="02 tháng 11 năm 2021", issued="2021-11-02",
        title=["QUYẾT ĐỊNH"], subject=["Về việc hưởng trợ cấp xã hội hằng tháng", "đối với bà Đỗ Thị Gấm"],
        body=["CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN TIÊN DU", _CAN_CU_UBND,
              "Căn cứ Luật Người cao tuổi ngày 23 tháng 11 năm 2009;",
              ("Căn cứ Nghị định số 20/2021/NĐ-CP ngày 15 tháng 3 năm 2021 của Chính phủ quy định chính sách trợ giúp "
               "xã hội đối với đối tượng bảo trợ xã hội;"),
              ("Căn cứ Thông tư số 02/2021/TT-BLĐTBXH ngày 24 tháng 6 năm 2021 của Bộ Lao động - Thương binh và Xã "
               "hội hướng dẫn thực hiện một số điều của Nghị định số 20/2021/NĐ-CP;"),
              ("Căn cứ Quyết định số 1146/QĐ-UBND ngày 29 tháng 7 năm 2021 của Ủy ban nhân dân tỉnh Bắc Ninh về việc "
               "công bố thủ tục hành chính lĩnh vực bảo trợ xã hội;"),
              ("Xét đơn đề nghị của ông Nguyễn Văn Khuê (con trai) ngày 05 tháng 10 năm 2021, biên bản họp Hội đồng "
               "xét duyệt trợ giúp xã hội xã Lạc Vệ ngày 14 tháng 10 năm 2021 và đề nghị của Trưởng phòng Lao động - "
               "Thương binh và Xã hội tại Tờ trình số 287/TTr-LĐTBXH ngày 26 tháng 10 năm 2021,"),
              "QUYẾT ĐỊNH:",
              ("Điều 1. Trợ cấp xã hội hằng tháng đối với bà Đỗ Thị Gấm, sinh ngày 12/4/1939, số định danh cá nhân "
               "027139004826, thường trú tại thôn Hoài Trung, xã Lạc Vệ, huyện Tiên Du, là người cao tuổi từ đủ 80 "
               "tuổi trở lên không có lương hưu, trợ cấp bảo hiểm xã hội hằng tháng, như sau:"),
              "1. Mức chuẩn trợ giúp xã hội: 360.000 đồng; hệ số: 1,5;",
              "2. Mức trợ cấp xã hội hằng tháng: 540.000 đồng (năm trăm bốn mươi nghìn đồng);",
              "3. Thời điểm hưởng: kể từ tháng 11 năm 2021.",
              ("Điều 2. Bà Đỗ Thị Gấm được cấp thẻ bảo hiểm y tế theo quy định; khi bà Đỗ Thị Gấm qua đời, người tổ "
               "chức mai táng được hỗ trợ chi phí mai táng theo quy định tại Điều 11 Nghị định số 20/2021/NĐ-CP."),
              ("Điều 3. Ủy ban nhân dân xã Lạc Vệ chi trả trợ cấp hằng tháng cho bà Đỗ Thị Gấm, hoặc cho ông Nguyễn "
               "Văn Khuê, số căn cước công dân 027064001935, là người được bà ủy quyền nhận thay."),
              ("Điều 4. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng "
               "Lao động - Thương binh và Xã hội, Chủ tịch UBND xã Lạc Vệ, bà Đỗ Thị Gấm và ông Nguyễn Văn Khuê chịu "
               "trách nhiệm thi hành Quyết định này.")],
        signer_position=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer_name="Ngô Thị Thúy Hằng",
        holder_name="Đỗ Thị Gấm", holder_id="027139004826", holder_id_type="cccd",
        recipients=["- Như Điều 4;", "- Sở LĐTBXH (b/c);", "- Lưu: VT, LĐTBXH."],
        seal="ỦY BAN NHÂN DÂN * HUYỆN TIÊN DU *", handwritten=("code_number", "issued_date"), hand="underline",
        lift=14.0, turn=(0.0, 90.0),
    ),
    Doc9(
        slug="qd-tro-cap-tre-mo-coi-cao-lanh", family="trocap", issuer=["ỦY BAN NHÂN DÂN", "THÀNH PHỐ CAO LÃNH"],
        number="815", notation="QĐ-UBND", place="Cao Lãnh", date_text="23 tháng 7 năm 2020", issued="2020-07-23",
        title=["QUYẾT ĐỊNH"],
        subject=["Về việc trợ cấp xã hội hằng tháng và hỗ trợ", "kinh phí chăm sóc, nuôi dưỡng trẻ em mồ côi"],
        body=["ỦY BAN NHÂN DÂN THÀNH PHỐ CAO LÃNH", _CAN_CU_UBND,
              ("Căn cứ Nghị định số 136/2013/NĐ-CP ngày 21 tháng 10 năm 2013 của Chính phủ quy định chính sách trợ "
               "giúp xã hội đối với đối tượng bảo trợ xã hội;"),
              ("Xét đơn đề nghị của bà Hà Thị Nguyệt, người giám hộ, ngày 06 tháng 7 năm 2020 và đề nghị của Trưởng "
               "phòng Lao động - Thương binh và Xã hội thành phố,"),
              "QUYẾT ĐỊNH:",
              ("Điều 1. Trợ cấp xã hội hằng tháng đối với cháu Hà Minh Khôi, sinh ngày 19/8/2014, số định danh cá "
               "nhân 087214006395, trẻ em mồ côi cả cha và mẹ, cư trú tại khóm 3, phường Mỹ Phú, thành phố Cao "
               "Lãnh, mức 405.000 đồng/tháng (hệ số 1,5), kể từ tháng 8 năm 2020."),
              ("Điều 2. Hỗ trợ kinh phí chăm sóc, nuôi dưỡng hằng tháng 405.000 đồng cho bà Hà Thị Nguyệt (bà nội, "
               "người giám hộ), số căn cước công dân 087158002714, người trực tiếp nuôi dưỡng cháu Hà Minh Khôi."),
              ("Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND thành phố, Trưởng "
               "phòng Lao động - Thương binh và Xã hội, Chủ tịch UBND phường Mỹ Phú và bà Hà Thị Nguyệt chịu trách "
               "nhiệm thi hành Quyết định này.")],
        signer_position=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer_name="Châu Hồng Phúc",
        holder_name="Hà Minh Khôi", holder_id="087214006395", holder_id_type="cccd",
        recipients=["- Như Điều 3;", "- Sở LĐTBXH (b/c);", "- Lưu: VT, LĐTBXH."],
        seal="ỦY BAN NHÂN DÂN * TP. CAO LÃNH *", hand="flourish", aim=(30.0, 6.0),
    ),
    Doc9(
        slug="tb-chap-nhan-nop-dan-thue-chu-dau", family="thue", issuer=["TỔNG CỤC THUẾ", "CỤC THUẾ TỈNH HẢI DƯƠNG"],
        number="3382", notation="TB-CTHDU", place="Hải Dương", date_text="16 tháng 5 năm 2022", issued="2022-05-16",
        title=["THÔNG BÁO"], subject=["Về việc chấp nhận hồ sơ đề nghị nộp dần tiền thuế nợ"],
        addressees=["Công ty TNHH Gốm sứ Chu Đậu Xanh"],
        body=["Căn cứ Luật Quản lý thuế ngày 13 tháng 6 năm 2019;",
              ("Căn cứ Thông tư số 80/2021/TT-BTC ngày 29 tháng 9 năm 2021 của Bộ Tài chính hướng dẫn thi hành một "
               "số điều của Luật Quản lý thuế;"),
              ("Xét văn bản đề nghị nộp dần tiền thuế nợ số 12/2022/CĐX ngày 25 tháng 4 năm 2022 và thư bảo lãnh của "
               "Ngân hàng Thương mại Cổ phần Công Thương Việt Nam - Chi nhánh Hải Dương, Cục Thuế tỉnh Hải Dương "
               "chấp nhận hồ sơ đề nghị nộp dần tiền thuế nợ của:"),
              "Tên người nộp thuế: Công ty TNHH Gốm sứ Chu Đậu Xanh",
              "Mã số thuế: 0801729362",
              "Địa chỉ: thôn Chu Đậu, xã Thái Tân, huyện Nam Sách, tỉnh Hải Dương.",
              ("Số tiền thuế nợ được nộp dần: 1.846.250.000 đồng; số lần nộp: 06 lần, mỗi lần không thấp hơn "
               "307.708.000 đồng; nộp trong thời hạn 12 tháng kể từ ngày ký Thông báo này."),
              ("Người nộp thuế phải nộp tiền chậm nộp theo quy định trong thời gian nộp dần; trường hợp không nộp đủ "
               "theo tiến độ, ngân hàng bảo lãnh có trách nhiệm nộp thay."),
              "Cục Thuế tỉnh Hải Dương thông báo để Công ty biết, thực hiện./."],
        signer_position=["KT. CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG"], signer_name="Vũ Đức Thưởng",
        holder_name="Công ty TNHH Gốm sứ Chu Đậu Xanh", holder_id="0801729362", holder_id_type="tax_code",
        recipients=["- Như trên;", "- Phòng QLN&CCN;", "- Lưu: VT, QLN."], seal="CỤC THUẾ * TỈNH HẢI DƯƠNG *",
        hand="loops", aim=(38.0, 10.0), lift=16.0,
    ),
    Doc9(
        slug="tb-chap-nhan-hoa-don-dien-tu-bac-lieu", family="thue",
        issuer=["CỤC THUẾ TỈNH BẠC LIÊU", "CHI CỤC THUẾ TP. BẠC LIÊU"],
        number="741", notation="TB-CCT", place="Bạc Liêu", date_text="28 tháng 6 năm 2022", issued="2022-06-28",
        title=["THÔNG BÁO"], subject=["Về việc chấp nhận đăng ký sử dụng hóa đơn điện tử"],
        addressees=["Công ty TNHH Tôm giống Nhà Mát"],
        body=[("Căn cứ Nghị định số 123/2020/NĐ-CP ngày 19 tháng 10 năm 2020 của Chính phủ quy định về hóa đơn, "
               "chứng từ;"),
              ("Sau khi xem xét Tờ khai đăng ký sử dụng hóa đơn điện tử mẫu số 01/ĐKTĐ-HĐĐT nộp ngày 24 tháng 6 năm "
               "2022, Chi cục Thuế thành phố Bạc Liêu chấp nhận đăng ký sử dụng hóa đơn điện tử của:"),
              "Tên người nộp thuế: Công ty TNHH Tôm giống Nhà Mát",
              "Mã số thuế: 1900742581",
              "Địa chỉ: ấp Bờ Tây, phường Nhà Mát, thành phố Bạc Liêu, tỉnh Bạc Liêu.",
              ("Loại hóa đơn: hóa đơn giá trị gia tăng điện tử có mã của cơ quan thuế; thời điểm áp dụng: từ ngày 01 "
               "tháng 7 năm 2022."),
              ("Tổ chức cung cấp dịch vụ hóa đơn điện tử: Công ty Cổ phần Công nghệ Hóa đơn Phương Nam, mã số thuế "
               "0316852949."),
              "Người nộp thuế lập, gửi hóa đơn điện tử theo quy định tại Nghị định số 123/2020/NĐ-CP./."],
        signer_position=["CHI CỤC TRƯỞNG"], signer_name="Đỗ Khiêm",
        holder_name="Công ty TNHH Tôm giống Nhà Mát", holder_id="1900742581", holder_id_type="tax_code",
        recipients=["- Như trên;", "- Lưu: VT, KK."], hand="underline", aim=(0.0, 0.0),
    ),
    Doc9(
        slug="gcn-quyen-tac-gia-phan-mem-thu-thiem", family="banquyen",
        issuer=["BỘ VĂN HÓA, THỂ THAO", "VÀ DU LỊCH", "CỤC BẢN QUYỀN TÁC GIẢ"],
        number="4396", notation="2019/QTG", place="TP. Hồ Chí Minh", date_text="22 tháng 10 năm 2019",
        issued="2019-10-22",
        title=["GIẤY CHỨNG NHẬN ĐĂNG KÝ QUYỀN TÁC GIẢ"], subject=[],
        body=["CỤC TRƯỞNG CỤC BẢN QUYỀN TÁC GIẢ",
              ("Căn cứ Luật Sở hữu trí tuệ ngày 29 tháng 11 năm 2005; Luật sửa đổi, bổ sung một số điều của Luật Sở "
               "hữu trí tuệ ngày 19 tháng 6 năm 2009;"),
              _NGHI_DINH_22,
              ("Xét đơn đăng ký quyền tác giả số 3871/2019/ĐKQTG nộp ngày 30 tháng 9 năm 2019 tại Văn phòng đại diện "
               "Cục Bản quyền tác giả tại Thành phố Hồ Chí Minh,"),
              "CHỨNG NHẬN:",
              "Tác phẩm: Phần mềm quản lý kho dược phẩm MediKho phiên bản 2.0",
              "Loại hình tác phẩm: Chương trình máy tính",
              "Tác giả: Đoàn Minh Tuệ; quốc tịch: Việt Nam",
              "Chủ sở hữu quyền tác giả: Công ty Cổ phần Giải pháp Phần mềm Thủ Thiêm",
              "Mã số doanh nghiệp: 0315728466",
              "Địa chỉ: số 36 đường Lương Định Của, phường An Khánh, quận 2, Thành phố Hồ Chí Minh.",
              "Công bố: đã công bố ngày 02 tháng 8 năm 2019 tại Thành phố Hồ Chí Minh."],
        signer_position=["KT. CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG"], signer_name="Phạm Thanh Đạm",
        holder_name="Công ty Cổ phần Giải pháp Phần mềm Thủ Thiêm", holder_id="0315728466", holder_id_type="tax_code",
        recipients=["- Chủ sở hữu;", "- Lưu: VT, ĐK."], seal="CỤC BẢN QUYỀN TÁC GIẢ * BỘ VHTTDL *", hand="flourish",
        aim=(0.0, 0.0), lift=6.0,
    ),
    Doc9(
        slug="gcn-quyen-tac-gia-tranh-mua-nuoc-noi", family="banquyen",
        issuer=["CỤC BẢN QUYỀN TÁC GIẢ", "VĂN PHÒNG ĐẠI DIỆN TẠI TP.HCM"],
        number="8057", notation="2020/QTG", place="TP. Hồ Chí Minh", date_text="23 tháng 11 năm 2020",
        issued="2020-11-23", title=["GIẤY CHỨNG NHẬN ĐĂNG KÝ QUYỀN TÁC GIẢ"], subject=[],
        body=["CỤC TRƯỞNG CỤC BẢN QUYỀN TÁC GIẢ",
              _NGHI_DINH_22,
              ("Xét đơn đăng ký quyền tác giả số 7624/2020/ĐKQTG nộp ngày 04 tháng 11 năm 2020 tại Văn phòng đại diện "
               "Cục Bản quyền tác giả tại Thành phố Hồ Chí Minh,"),
              "CHỨNG NHẬN:",
              "Tác phẩm: Bộ tranh minh họa \"Mùa nước nổi\" (12 bức)",
              "Loại hình tác phẩm: Tác phẩm mỹ thuật",
              "Tác giả: Lý Thị Ngọc Hân",
              "Chủ sở hữu quyền tác giả: Bà Lý Thị Ngọc Hân",
              "Sinh ngày: 07/02/1993; quốc tịch: Việt Nam",
              "Số căn cước công dân: 079193008164",
              "Địa chỉ: số 211/14 đường Nguyễn Thiện Thuật, phường 1, quận 3, Thành phố Hồ Chí Minh.",
              "Công bố: chưa công bố."],
        signer_position=["TL. CỤC TRƯỞNG", "TRƯỞNG VĂN PHÒNG ĐẠI DIỆN"], signer_name="Huỳnh Thị Ngọc Quyên",
        holder_name="Lý Thị Ngọc Hân", holder_id="079193008164", holder_id_type="cccd",
        recipients=["- Chủ sở hữu;", "- Cục BQTG (b/c);", "- Lưu: VT."], seal="VPĐD CỤC BẢN QUYỀN TÁC GIẢ * TP.HCM *",
        hand="scribble", lift=14.0,
    ),
    Doc9(
        slug="gcn-an-ninh-trat-tu-khach-san-hon-chong", family="anninh",
        issuer=["CÔNG AN TỈNH KHÁNH HÒA", "PHÒNG CẢNH SÁT QLHC VỀ TTXH"],
        number="113", notation="GCN-PC06", place="Khánh Hòa", date_text="05 tháng 12 năm 2018", issued="2018-12-05",
        title=["GIẤY CHỨNG NHẬN", "ĐỦ ĐIỀU KIỆN VỀ AN NINH, TRẬT TỰ"], subject=[],
        body=[_NGHI_DINH_96,
              ("Xét hồ sơ đề nghị cấp Giấy chứng nhận đủ điều kiện về an ninh, trật tự nộp ngày 26 tháng 11 năm 2018 "
               "và kết quả kiểm tra thực tế tại cơ sở,"),
              "CHỨNG NHẬN:",
              "Tên cơ sở kinh doanh: Công ty TNHH Du lịch Hòn Chồng",
              "Mã số doanh nghiệp: 4201647186",
              "Địa chỉ: số 18 đường Nguyễn Đình Chiểu, phường Vĩnh Phước, thành phố Nha Trang, tỉnh Khánh Hòa.",
              "Ngành, nghề kinh doanh: kinh doanh dịch vụ lưu trú (khách sạn Hòn Chồng, 64 phòng).",
              ("Người chịu trách nhiệm về an ninh, trật tự: Ông Trịnh Văn Hậu; số căn cước công dân: 056079001382; "
               "chức danh: Giám đốc."),
              "Đủ điều kiện về an ninh, trật tự để kinh doanh ngành, nghề nêu trên."],
        signer_position=["KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG"], signer_name="Đồng Văn Khiết",
        holder_name="Công ty TNHH Du lịch Hòn Chồng", holder_id="4201647186", holder_id_type="tax_code",
        recipients=["- Cơ sở được cấp;", "- Công an TP. Nha Trang;", "- Lưu: VT, PC06."],
        seal="CÔNG AN TỈNH KHÁNH HÒA * PC06 *", hand="loops", aim=(34.0, 4.0), lift=10.0,
    ),
    Doc9(
        slug="gcn-an-ninh-trat-tu-cam-do-luong-son", family="anninh",
        issuer=["CÔNG AN TỈNH HÒA BÌNH", "CÔNG AN HUYỆN LƯƠNG SƠN"],
        number="241", notation="GCN-CAH", place="Lương Sơn", date_text="14 tháng 02 năm 2023", issued="2023-02-14",
        title=["GIẤY CHỨNG NHẬN ĐỦ ĐIỀU KIỆN VỀ AN NINH, TRẬT TỰ"], subject=[],
        body=[_NGHI_DINH_96,
              "Xét hồ sơ đề nghị của bà Bùi Thị Duyên, chủ hộ kinh doanh, nộp ngày 03 tháng 02 năm 2023,",
              "CHỨNG NHẬN:",
              "Tên cơ sở kinh doanh: Hộ kinh doanh Cầm đồ Phát Đạt Lương Sơn",
              "Mã số thuế: 5400726839",
              "Địa chỉ: tiểu khu 4, thị trấn Lương Sơn, huyện Lương Sơn, tỉnh Hòa Bình.",
              "Ngành, nghề kinh doanh: kinh doanh dịch vụ cầm đồ.",
              ("Chủ hộ kinh doanh, người chịu trách nhiệm về an ninh, trật tự: Bà Bùi Thị Duyên; sinh ngày "
               "11/6/1985; số căn cước công dân: 017185006293."),
              "Đủ điều kiện về an ninh, trật tự để kinh doanh ngành, nghề nêu trên."],
        signer_position=["TRƯỞNG CÔNG AN HUYỆN"], signer_name="Bế Văn Thạo",
        holder_name="Hộ kinh doanh Cầm đồ Phát Đạt Lương Sơn", holder_id="5400726839", holder_id_type="tax_code",
        recipients=["- Cơ sở được cấp;", "- Công an tỉnh (PC06);", "- Lưu: VT, QLHC."],
        seal="CÔNG AN HUYỆN LƯƠNG SƠN * HÒA BÌNH *", hand="flourish", aim=(0.0, 0.0), lift=12.0,
    ),
    Doc9(
        slug="giay-gioi-thieu-chuyen-truong-ngo-quyen", family="giaoduc",
        issuer=["UBND QUẬN NGÔ QUYỀN", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"],
        number="209", notation="GGT-PGDĐT", place="Ngô Quyền", date_text="18 tháng 8 năm 2023", issued="2023-08-18",
        title=["GIẤY GIỚI THIỆU CHUYỂN TRƯỜNG"], subject=["Cấp trung học cơ sở"],
        body=["Trưởng phòng Giáo dục và Đào tạo quận Ngô Quyền trân trọng giới thiệu:",
              "Học sinh: Phạm Đăng Khoa",
              "Ngày sinh: 23/9/2009; giới tính: Nam",
              "Số định danh cá nhân: 031209005718",
              "Con ông (bà): Phạm Văn Hưng và Trần Thị Thu Liên",
              "Nơi cư trú: số 27 phố Lê Lợi, phường Máy Tơ, quận Ngô Quyền, thành phố Hải Phòng.",
              "Là học sinh lớp 8A3, Trường Trung học cơ sở Chu Văn An, quận Ngô Quyền; năm học 2022 - 2023.",
              ("Được chuyển đến học lớp 9 tại Trường Trung học cơ sở Thị trấn Núi Đèo, huyện Thủy Nguyên, thành phố "
               "Hải Phòng, năm học 2023 - 2024."),
              "Lý do: theo gia đình chuyển nơi cư trú.",
              "Hồ sơ kèm theo: học bạ, bản sao giấy khai sinh, giấy xác nhận hoàn thành chương trình lớp 8.",
              "Giấy giới thiệu có giá trị trong thời hạn 15 ngày kể từ ngày ký."],
        signer_position=["TRƯỞNG PHÒNG"], signer_name="Vương Thị Hồng Nhạn",
        holder_name="Phạm Đăng Khoa", holder_id="031209005718", holder_id_type="cccd",
        recipients=["- Học sinh;", "- Trường THCS TT Núi Đèo;", "- Lưu: VT."],
        seal="PHÒNG GIÁO DỤC VÀ ĐÀO TẠO * NGÔ QUYỀN *", hand="underline", lift=8.0, turn=(-3.0,),
    ),
    Doc9(
        slug="qd-chinh-sua-van-bang-van-chan", family="giaoduc",
        issuer=["UBND HUYỆN VĂN CHẤN", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"],
        number="74", notation="QĐ-PGDĐT", place="Văn Chấn", date_text="11 tháng 4 năm 2018", issued="2018-04-11",
        title=["QUYẾT ĐỊNH"], subject=["Về việc chỉnh sửa nội dung văn bằng"],
        body=["TRƯỞNG PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN VĂN CHẤN",
              ("Căn cứ Thông tư số 19/2015/TT-BGDĐT ngày 08 tháng 9 năm 2015 của Bộ trưởng Bộ Giáo dục và Đào tạo ban "
               "hành Quy chế quản lý bằng tốt nghiệp trung học cơ sở, bằng tốt nghiệp trung học phổ thông, văn bằng "
               "giáo dục đại học và chứng chỉ của hệ thống giáo dục quốc dân;"),
              "Xét đơn đề nghị chỉnh sửa nội dung văn bằng ngày 26 tháng 3 năm 2018 và hồ sơ kèm theo,",
              "QUYẾT ĐỊNH:",
              ("Điều 1. Chỉnh sửa nội dung Bằng tốt nghiệp trung học cơ sở số hiệu B 0467321, số vào sổ cấp bằng "
               "1287/2007, do Phòng Giáo dục và Đào tạo huyện Văn Chấn cấp ngày 30 tháng 6 năm 2007, cho ông Lương "
               "Văn Tiến, sinh ngày 15/3/1992, số định danh cá nhân 015092004637, như sau:"),
              "- Nội dung ghi trên văn bằng: Họ và tên: Lương Văn Tèo;",
              "- Nội dung sau khi chỉnh sửa: Họ và tên: Lương Văn Tiến.",
              ("Lý do chỉnh sửa: thay đổi tên theo Trích lục thay đổi hộ tịch số 12/TLTĐ-HT ngày 05 tháng 3 năm 2018 "
               "của Ủy ban nhân dân xã Sơn Thịnh."),
              ("Điều 2. Quyết định này có hiệu lực kể từ ngày ký và được lưu kèm văn bằng. Bộ phận quản lý văn bằng "
               "của Phòng và ông Lương Văn Tiến chịu trách nhiệm thi hành Quyết định này.")],
        signer_position=["KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG"], signer_name="Mạc Đăng Hiếu",
        holder_name="Lương Văn Tiến", holder_id="015092004637", holder_id_type="cccd",
        recipients=["- Như Điều 2;", "- Lưu: VT, VB."], seal="PHÒNG GIÁO DỤC VÀ ĐÀO TẠO * VĂN CHẤN *",
        hand="scribble", lift=10.0,
    ),
]


# --- rendering: blind8's, then the scan's pages turned as they lay on the glass ------------------------

def turned(images: list[Image.Image], turn: tuple[float, ...]) -> list[Image.Image]:
    """Each page turned ``turn[k]`` degrees counterclockwise: a quarter turn whole (the page's width and
    height swap), a few degrees within the page, its uncovered corners paper."""
    angles = list(turn) + [0.0] * (len(images) - len(turn))
    return [im.rotate(a, resample=Image.Resampling.BICUBIC, expand=a % 90 == 0, fillcolor=PAPER) if a else im
            for im, a in zip(images, angles)]


def render(doc: Doc9, level: str, seed: int) -> tuple[list[Image.Image], int | None]:
    """As blind8's render (blind7's page, blind5's pen, blind8's signature and seal); a scan's pages
    then turned by ``doc.turn``."""
    images, dpi = _render8(doc, level, seed)
    return (turned(images, doc.turn) if level == "scan" else images), dpi


def make_blind9(out: Path, docs=BLIND9, levels=LEVELS, only: set[str] | None = None) -> list[Path]:
    """As blind8: scans as PDFs, photos as JPEGs (the two-page document's as a PDF; every other
    document's without a DPI); each truth file names its hand-written fields just before the fields.
    ``only`` (slugs) and ``levels`` draw just those files, as they are in the whole set."""
    return write_set(out, docs, levels, render, seed=2300, jpeg_seed=700, no_dpi_parity=1, only=only)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, required=True, help="folder for scans/ and truth/")
    out = parser.parse_args().out
    for path in make_blind9(out):
        print(f"{path.relative_to(out)}  {path.stat().st_size // 1024} KiB")


if __name__ == "__main__":
    main()

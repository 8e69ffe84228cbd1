"""Blind set 13 (issue 13, after blind set 12): six more families of results, each as a 300 dpi scan and
as a phone photo, signed and sealed as in blind sets 8 to 12, with one scan page fed sideways. Written
without looking at the rules or running them on it, measured once.

Families (Decree 30/2020 appendix I positions: issuer column top left, motto top right, number under
the issuer, place and date under the motto, title centred, signer bottom right, "Nơi nhận:" bottom left):
  tongiao    religious activities: a commune's công văn "V/v chấp thuận đăng ký sinh hoạt" / "tôn giáo
             tập trung" (two-line issuer, commune under its district), numbered and dated by hand
             (blind5's pen), one addressee, the group's representative named in the body with his birth
             date and personal number, the group's name, its host and its hours in numbered rows; and a
             province's "SỞ NỘI VỤ"'s "THÔNG BÁO" / "Về việc chấp thuận đăng ký người được bổ nhiệm" /
             "làm chức việc" addressed ("Kính gửi: …") to the diocese that registered a priest, the priest
             on rows ("Tên thánh: Phêrô", "Họ và tên: …", "Sinh ngày: …; số định danh cá nhân: …",
             "Phẩm trật: Linh mục"), signed "TL. GIÁM ĐỐC" / "TRƯỞNG BAN TÔN GIÁO";
  pccc       fire safety, of a province police's "PHÒNG CẢNH SÁT PCCC VÀ CNCH": a "GIẤY CHỨNG NHẬN" /
             "THẨM DUYỆT THIẾT KẾ VỀ PHÒNG CHÁY VÀ CHỮA CHÁY" (two capitals lines, "Số: …/TD-PCCC") on two
             pages (the last of the approved items, the investor's duties, the signer and "Nơi nhận:" on
             page 2), the building ("Công trình: …") first, then "Chủ đầu tư: Công ty …" and "Mã số
             doanh nghiệp: …" rows, the design consultant with its enterprise code on the row below; and
             a "GIẤY CHỨNG NHẬN" / "Huấn luyện nghiệp vụ phòng cháy và chữa cháy" for a factory's
             firefighter named in a sentence ("Ông A, sinh ngày …, số định danh cá nhân …, đội viên … của
             Công ty …, mã số doanh nghiệp …, đã hoàn thành …"), the course "từ ngày 06 tháng 9 năm 2021
             đến ngày 09 tháng 9 năm 2021", "Giấy chứng nhận có giá trị đến ngày 14 tháng 9 năm 2023";
  tanso      radio frequencies, of two regional centres of the radio frequency department ("CỤC TẦN SỐ
             VTĐ" / "TRUNG TÂM TẦN SỐ VTĐ KHU VỰC VIII", "… KHU VỰC VI"): a "GIẤY PHÉP SỬ DỤNG TẦN SỐ" /
             "VÀ THIẾT BỊ VÔ TUYẾN ĐIỆN" (two capitals lines) for a maritime services company ("1. Tên tổ
             chức được cấp phép: …", "2. Mã số doanh nghiệp: …"), its network, its call sign ("XVS-2417"),
             the set and the frequencies on rows below, "Giấy phép có giá trị đến hết ngày 31 tháng 3 năm
             2025"; and a one-line "GIẤY PHÉP SỬ DỤNG TẦN SỐ VÀ THIẾT BỊ VÔ TUYẾN
             ĐIỆN" / "(Dùng cho đài vô tuyến điện nghiệp dư)" for a radio amateur ("Họ và tên: …", "Ngày
             sinh: …; số định danh cá nhân: …", "Hô hiệu: XV6CMT"), signed "Q. GIÁM ĐỐC", its scan fed
             sideways;
  xuatban    press and publishing licences of a province's "SỞ THÔNG TIN VÀ TRUYỀN THÔNG": a "GIẤY PHÉP
             XUẤT BẢN BẢN TIN" (one line) for a hospital ("1. Tên cơ quan, tổ chức được cấp phép: Bệnh viện
             …", no code printed for it), the bulletin's name, the doctor answerable for it and the
             printing house with its enterprise code on rows below, "Giấy phép có thời hạn 05 năm kể từ
             ngày ký"; and a "GIẤY PHÉP" / "Xuất bản tài liệu không kinh doanh" for a company ("1. Tổ chức
             được cấp phép: …", "2. Mã số doanh nghiệp: …"), the handbook's title, its two authors and the
             printing house below, signed "TL. GIÁM ĐỐC" / "TRƯỞNG PHÒNG BÁO CHÍ - XUẤT BẢN" without a seal;
  connuoi    adoption and guardianship registered by a commune or a ward (two-line issuer): a "GIẤY CHỨNG
             NHẬN NUÔI CON NUÔI" (one line, no subject), the adoptive father and mother first ("Họ, chữ
             đệm, tên người cha nuôi: …", "Ngày sinh: …; số định danh cá nhân: …", the same for the
             mother), then under "Người được nhận làm con nuôi:" the child ("Họ, chữ đệm, tên: …", "Ngày
             sinh: …; giới tính: …; số định danh cá nhân: …"), the grandmother who gave him and the
             register's number and book; and a "TRÍCH LỤC ĐĂNG KÝ GIÁM HỘ", the girl under "Người được
             giám hộ:" first ("Họ, chữ đệm, tên: …", "Ngày, tháng, năm sinh: …", "Số định danh cá nhân:
             …"), her uncle under "Người giám hộ:" on the same rows, signed "TM. ỦY BAN NHÂN DÂN" /
             "CHỦ TỊCH";
  lamnghiep  forestry: a "SỞ NÔNG NGHIỆP VÀ PTNT"'s decision "Về việc công nhận nguồn giống cây trồng lâm
             nghiệp" / "của Ban Quản lý rừng phòng hộ Đắk R'Măng" (the holder inside the subject), Article
             1 "Công nhận nguồn giống cây trồng lâm nghiệp của Ban Quản lý rừng phòng hộ Đắk R'Măng, mã
             số thuế …, như sau:" with "- …" rows (the kind and species, the source's code "ĐNO-RGCH-07",
             its lô, khoảnh and tiểu khu), "Nguồn giống được công nhận có giá trị đến hết ngày 31 tháng 12
             năm 2031"; and a district's "Về việc cho thuê rừng sản xuất", "Điều 1. Cho ông A, sinh ngày
             …, số định danh cá nhân …, … thuê 4,8 ha rừng sản xuất …", "Thời hạn thuê rừng: 50 năm, đến
             ngày 04 tháng 9 năm 2069.", signed "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH".
Every document is signed in blue ballpoint in one of blind7's four hands, on eight of them coming down
across the printed name (blind8's ``aim``), and all but one carry a red round seal over the left part
of the signer block, lifted by blind8's ``lift``. Signers' names have two, three, four and five
syllables ("Kha Tùng", "Âu Dương Thị Thanh Hoa"); signer blocks "KT.", "TL.", "TM." and "Q." all
occur; eleven issuers are a parent and a child organ in two lines (the other "ỦY BAN NHÂN DÂN" over a
district).

Truth conventions (decided before any run): blind4's, as its docstring states them (organ_name,
code_number/code_notation, issued_date, place, type_name, subject, signer_position/signer_full_name,
holder_name and holder_id), with blind5's to blind12's additions (their docstrings). New here:
  religion         the commune's công văn keeps blind5's rule: ``type_name`` "CÔNG VĂN", ``subject`` its
                   two "V/v" lines joined as printed, holder fields None, though it approves the group
                   its one addressee represents and prints his birth date and personal number; the
                   group's name, the host of its meetings ("nhà ông Ka Sơn Điệp") and the hours never.
                   A notice accepting a priest's appointment: "THÔNG BÁO" is ``type_name`` and its two
                   "Về việc …" lines joined are ``subject``; the holder is the person on the "Họ và tên:"
                   row as printed, WITHOUT the saint's name on the "Tên thánh:" row above it and without
                   "Linh mục" ("Linh mục Phêrô Phạm Hữu Chương" in the body is the same man),
                   ``holder_id`` the personal number on the row under him (``cccd``); the addressee, the
                   diocese that registered him ("Kính gửi: Tòa Giám mục …"), is never the holder (unlike
                   blind9's tax notices, where the addressee and the row name the same taxpayer), nor
                   is the parish; the diocese's letter ("văn bản số 36/TGM-VP ngày …") is never the
                   number or the date; an appointment states no validity: None;
  fire safety      a design approval: the title in two capitals lines joined (blind6's rule), ``subject``
                   None; the holder is the investor on the "Chủ đầu tư:" row, ``holder_id`` the "Mã số
                   doanh nghiệp:" row under it (``tax_code``); the building ("Công trình: …"), the design
                   consultant and its enterprise code never; no validity is printed: None. A training
                   certificate: "GIẤY CHỨNG NHẬN" is ``type_name`` and the sentence-case line under it
                   ``subject`` (blind5's two-line rule); the holder is the person named first in the
                   paragraph under "… CHỨNG NHẬN:" ("Ông Vũ Ngọc Toản, sinh ngày …"), without "Ông",
                   ``holder_id`` the personal number printed with him; his employer and its enterprise
                   code never; the course's dates ("từ ngày … đến ngày 09 tháng 9 năm 2021") are no
                   validity; "Giấy chứng nhận có giá trị đến ngày …" is ``valid_until``;
  radio licences   a company's licence: the title in two capitals lines joined, ``subject`` None; the
                   holder on the "Tên tổ chức được cấp phép:" row, ``holder_id`` the "Mã số doanh
                   nghiệp:" row under it; the network's name, the call sign ("XVS-2417"), the set, the
                   frequencies and the emission class never; "Giấy phép có giá trị đến hết ngày …" is
                   ``valid_until`` (blind8's "đến hết ngày" is "đến ngày"). An amateur's licence: the
                   one-line title is ``type_name`` and the bracketed line under it ``subject`` as
                   printed, brackets included (blind7's rule); the holder on the "Họ và tên:" row,
                   ``holder_id`` the personal number on the row under him; the call sign ("XV6CMT") and
                   the operator's certificate ("số 0318/VTĐNDB") never; "Giấy phép có giá trị đến ngày
                   …" is ``valid_until``; "Q. GIÁM ĐỐC" is ``signer_position``;
  publishing       a bulletin licence: the holder is the body on the "Tên cơ quan, tổ chức được cấp
                   phép:" row, a hospital, ``holder_id`` None (no code is printed for it; a public body
                   with no code, as blind8's recognised fund); the bulletin's name ("Tên bản tin: Bản tin
                   …"), the doctor answerable for publishing it, the printing house and its enterprise
                   code never; "Giấy phép có thời hạn 05 năm kể từ ngày ký" gives None. A licence to
                   publish a free handbook: "GIẤY PHÉP" is ``type_name``, "Xuất bản tài liệu không kinh
                   doanh" ``subject``; the holder on the "Tổ chức được cấp phép:" row, ``holder_id`` the
                   "Mã số doanh nghiệp:" row under it; the handbook's title, its authors, the printing
                   house and its code never; no validity: None;
  adoption and guardianship   the holder is the person whose civil status is registered: the child taken
                   in adoption, the person under guardianship; that is, the name on the first bare
                   "Họ, chữ đệm, tên:" row (blind7's civil-status rule), printed under "Người được nhận
                   làm con nuôi:" / "Người được giám hộ:", ``holder_id`` that person's "số định danh cá
                   nhân" (``cccd``, a child's personal number too); the adoptive father and mother (on
                   "Họ, chữ đệm, tên người cha nuôi:" / "… người mẹ nuôi:" rows ABOVE the child), the
                   grandmother who gave the child, the guardian (on a second "Họ, chữ đệm, tên:" row,
                   under "Người giám hộ:") and their numbers never; a register's own numbers ("số đăng
                   ký: 02, quyển số: 01/2021", "Số đăng ký trong Sổ đăng ký giám hộ: 03/2020") are never
                   ``code_number``, which is on the "Số:" line under the issuer as always; no validity:
                   None;
  forestry         a seed-source recognition: its two-line subject "Về việc công nhận …" / "của Ban Quản
                   lý rừng phòng hộ …" joined is ``subject``; the holder is the body its second line names
                   after "của", the same as named after "của" in Article 1 up to the comma, ``holder_id``
                   the "mã số thuế" printed right after it there (``tax_code``); the source's code
                   ("ĐNO-RGCH-07"), the species, the lô, khoảnh and tiểu khu never; "Nguồn giống được công
                   nhận có giá trị đến hết ngày 31 tháng 12 năm 2031" is ``valid_until``. A forest lease:
                   the holder is the person named after "Điều 1. Cho ông", without "ông", ``holder_id`` the
                   personal number printed with him; the rent and the area never; "Thời hạn thuê rừng: 50
                   năm, đến ngày 04 tháng 9 năm 2069" is ``valid_until`` (blind7's rule for a land term:
                   what is leased ends then); "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" is
                   ``signer_position``, its three lines joined by a space;
  pages turned     a scan page fed sideways, turned a quarter counterclockwise (its text running bottom
                   to top), changes no field; a two-page document's fields come from both pages, as one
                   document;
  signatures and seals   as blind7 and blind8: the truth is the text as printed under them.

Renderings, seeds and truth files as blind9's (``make_blind9`` draws them): ``scan`` (300 dpi, light
degradation, PDF) and ``photo`` (80-150 dpi JPEG, perspective, uneven light, half without a DPI; the
two-page document's photos in one PDF). Only the scans are turned (``turn``): the amateur's licence
lies a quarter turn counterclockwise (90); the phone photographs each page as it lies.

    python samples/blind13.py --out benchmarks/out/blind13
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind3 import write_set
from blind5 import _CAN_CU_UBND
from blind9 import LEVELS, Doc9, lay_out, render

__all__ = ["BLIND13", "FAMILIES", "LEVELS", "Doc9", "lay_out", "make_blind13", "render"]

FAMILIES = ("tongiao", "pccc", "tanso", "xuatban", "connuoi", "lamnghiep")

_LUAT_TNTG = "Căn cứ Luật Tín ngưỡng, tôn giáo ngày 18 tháng 11 năm 2016;"
_ND_162 = ("Căn cứ Nghị định số 162/2017/NĐ-CP ngày 30 tháng 12 năm 2017 của Chính phủ quy định chi tiết một số "
           "điều và biện pháp thi hành Luật Tín ngưỡng, tôn giáo;")
_LUAT_PCCC = ("Căn cứ Luật Phòng cháy và chữa cháy ngày 29 tháng 6 năm 2001; Luật sửa đổi, bổ sung một số điều của "
              "Luật Phòng cháy và chữa cháy ngày 22 tháng 11 năm 2013;")
_ND_136 = ("Căn cứ Nghị định số 136/2020/NĐ-CP ngày 24 tháng 11 năm 2020 của Chính phủ quy định chi tiết một số "
           "điều và biện pháp thi hành Luật Phòng cháy và chữa cháy và Luật sửa đổi, bổ sung một số điều của Luật "
           "Phòng cháy và chữa cháy;")
_LUAT_TAN_SO = "Căn cứ Luật Tần số vô tuyến điện ngày 23 tháng 11 năm 2009;"
_LUAT_LAM_NGHIEP = "Căn cứ Luật Lâm nghiệp ngày 15 tháng 11 năm 2017;"

BLIND13 = [
    Doc9(
        slug="cv-chap-thuan-sinh-hoat-ton-giao-gia-hiep", family="tongiao",
        issuer=["UBND HUYỆN DI LINH", "UBND XÃ GIA HIỆP"],
        number="59", notation="UBND", place="Gia Hiệp", date_text="17 tháng 6 năm 2021", issued="2021-06-17",
        title=[], subject=["V/v chấp thuận đăng ký sinh hoạt", "tôn giáo tập trung"],
        addressees=["Ông K'Brơi, thôn Hàng Làng, xã Gia Hiệp"],
        body=[("Ủy ban nhân dân xã Gia Hiệp nhận được văn bản đăng ký sinh hoạt tôn giáo tập trung ngày 24 tháng 5 "
               "năm 2021 của ông K'Brơi, sinh ngày 12/8/1979, số định danh cá nhân 068079004815, thường trú tại thôn "
               "Hàng Làng, xã Gia Hiệp, là người đại diện nhóm tín đồ Hội thánh Tin Lành Việt Nam (miền Nam) tại "
               "thôn Hàng Làng."),
              ("Căn cứ Luật Tín ngưỡng, tôn giáo ngày 18 tháng 11 năm 2016 và Nghị định số 162/2017/NĐ-CP ngày 30 "
               "tháng 12 năm 2017 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Tín ngưỡng, "
               "tôn giáo, Ủy ban nhân dân xã Gia Hiệp chấp thuận việc đăng ký sinh hoạt tôn giáo tập trung như sau:"),
              "1. Tên nhóm: Nhóm sinh hoạt tôn giáo tập trung Tin Lành thôn Hàng Làng; số người tham gia: 46 tín đồ.",
              "2. Địa điểm sinh hoạt: nhà ông Ka Sơn Điệp, thôn Hàng Làng, xã Gia Hiệp, huyện Di Linh.",
              "3. Thời gian sinh hoạt: sáng Chủ nhật hằng tuần, từ 08 giờ 00 đến 10 giờ 30.",
              ("4. Nội dung sinh hoạt: cầu nguyện, đọc Kinh Thánh, giảng đạo theo giáo lý của Hội thánh Tin Lành "
               "Việt Nam (miền Nam)."),
              ("Nhóm có trách nhiệm sinh hoạt đúng nội dung đã đăng ký và các quy định của pháp luật về tín ngưỡng, "
               "tôn giáo. Ủy ban nhân dân xã Gia Hiệp thông báo để ông K'Brơi và các tín đồ trong nhóm biết, thực "
               "hiện./.")],
        signer_position=["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], signer_name="Kha Tùng",
        recipients=["- Như trên;", "- Phòng Nội vụ huyện Di Linh;", "- Lưu: VT."],
        seal="ỦY BAN NHÂN DÂN * XÃ GIA HIỆP *", handwritten=("code_number", "issued_date"),
        hand="underline", aim=(0.0, 0.0), lift=18.0,
    ),
    Doc9(
        slug="tb-chap-thuan-bo-nhiem-chuc-viec-my-tho", family="tongiao", issuer=["UBND TỈNH TIỀN GIANG", "SỞ NỘI VỤ"],
        number="1582", notation="TB-SNV", place="Mỹ Tho", date_text="22 tháng 8 năm 2022", issued="2022-08-22",
        title=["THÔNG BÁO"], subject=["Về việc chấp thuận đăng ký người được bổ nhiệm", "làm chức việc"],
        addressees=["Tòa Giám mục Giáo phận Mỹ Tho"],
        body=[_LUAT_TNTG, _ND_162,
              ("Xét văn bản số 36/TGM-VP ngày 08 tháng 8 năm 2022 của Tòa Giám mục Giáo phận Mỹ Tho đăng ký người "
               "được bổ nhiệm làm chức việc, Sở Nội vụ tỉnh Tiền Giang chấp thuận việc bổ nhiệm đối với:"),
              "Tên thánh: Phêrô",
              "Họ và tên: Phạm Hữu Chương",
              "Sinh ngày: 21/3/1981; số định danh cá nhân: 036081005294",
              "Phẩm trật: Linh mục",
              "Chức việc được bổ nhiệm: Chánh xứ Giáo xứ Cái Bè, thị trấn Cái Bè, huyện Cái Bè, tỉnh Tiền Giang.",
              ("Tòa Giám mục Giáo phận Mỹ Tho có trách nhiệm hướng dẫn Linh mục Phêrô Phạm Hữu Chương hoạt động tôn "
               "giáo theo đúng hiến chương của tổ chức tôn giáo và quy định của pháp luật."),
              "Sở Nội vụ tỉnh Tiền Giang thông báo để Tòa Giám mục Giáo phận Mỹ Tho biết, thực hiện./."],
        signer_position=["TL. GIÁM ĐỐC", "TRƯỞNG BAN TÔN GIÁO"], signer_name="Huỳnh Văn Đậm",
        holder_name="Phạm Hữu Chương", holder_id="036081005294", holder_id_type="cccd",
        recipients=["- Như trên;", "- UBND huyện Cái Bè;", "- Lưu: VT, BTG."],
        seal="SỞ NỘI VỤ * TỈNH TIỀN GIANG *", hand="loops", aim=(34.0, 8.0), lift=10.0,
    ),
    Doc9(
        slug="gcn-tham-duyet-pccc-nha-xuong-ben-cat", family="pccc",
        issuer=["CÔNG AN TỈNH BÌNH DƯƠNG", "PHÒNG CẢNH SÁT PCCC VÀ CNCH"],
        number="293", notation="TD-PCCC", place="Thủ Dầu Một", date_text="13 tháng 4 năm 2022", issued="2022-04-13",
        title=["GIẤY CHỨNG NHẬN", "THẨM DUYỆT THIẾT KẾ VỀ PHÒNG CHÁY VÀ CHỮA CHÁY"], subject=[],
        body=[_LUAT_PCCC, _ND_136,
              ("Xét hồ sơ đề nghị thẩm duyệt thiết kế về phòng cháy và chữa cháy nộp ngày 28 tháng 3 năm 2022 và "
               "văn bản thẩm tra thiết kế kèm theo,"),
              "PHÒNG CẢNH SÁT PCCC VÀ CNCH CHỨNG NHẬN:",
              "Công trình: Nhà xưởng sản xuất đồ gỗ nội thất xuất khẩu, giai đoạn 2",
              "Địa điểm xây dựng: lô C5, Khu công nghiệp Mỹ Phước 3, thị xã Bến Cát, tỉnh Bình Dương.",
              "Chủ đầu tư: Công ty TNHH Chế biến Gỗ Tân Phước Khánh",
              "Mã số doanh nghiệp: 3702649136",
              ("Đơn vị tư vấn thiết kế: Công ty Cổ phần Tư vấn Thiết kế Xây dựng Phú Lợi, mã số doanh nghiệp "
               "3705916245."),
              ("Đã được thẩm duyệt thiết kế về phòng cháy và chữa cháy theo hồ sơ thiết kế có đóng dấu thẩm duyệt "
               "kèm theo, gồm các nội dung sau:"),
              ("1. Khoảng cách phòng cháy, chữa cháy giữa nhà xưởng và các công trình lân cận; đường giao thông và "
               "bãi đỗ cho xe chữa cháy;"),
              ("2. Bậc chịu lửa của nhà xưởng: bậc II; hạng nguy hiểm cháy, nổ: hạng C; diện tích xây dựng 12.480 "
               "m², chiều cao 11,6 m, một tầng;"),
              ("3. Giải pháp ngăn cháy, chống cháy lan giữa khu sản xuất, kho thành phẩm và khu sơn; lối thoát nạn, "
               "hệ thống chiếu sáng sự cố và chỉ dẫn thoát nạn;"),
              ("4. Hệ thống báo cháy tự động; hệ thống chữa cháy tự động sprinkler; hệ thống họng nước chữa cháy "
               "trong và ngoài nhà; bể nước dự trữ chữa cháy 540 m³ và trạm bơm chữa cháy;"),
              ("5. Hệ thống hút khói khu sơn, phương tiện chữa cháy ban đầu và hệ thống điện phục vụ phòng cháy và "
               "chữa cháy."),
              ("Chủ đầu tư có trách nhiệm thi công theo đúng thiết kế đã được thẩm duyệt; khi thay đổi thiết kế phải "
               "đề nghị thẩm duyệt bổ sung; tổ chức nghiệm thu về phòng cháy và chữa cháy và được chấp thuận kết quả "
               "nghiệm thu trước khi đưa công trình vào sử dụng.")],
        signer_position=["KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG"], signer_name="Nguyễn Trọng Khải",
        holder_name="Công ty TNHH Chế biến Gỗ Tân Phước Khánh", holder_id="3702649136", holder_id_type="tax_code",
        recipients=["- Chủ đầu tư;", "- Công an thị xã Bến Cát;", "- Lưu: VT, PC07."],
        seal="CÔNG AN TỈNH BÌNH DƯƠNG * PC07 *", hand="scribble", aim=(34.0, 10.0), lift=12.0,
    ),
    Doc9(
        slug="gcn-huan-luyen-pccc-dong-van", family="pccc",
        issuer=["CÔNG AN TỈNH HÀ NAM", "PHÒNG CẢNH SÁT PCCC VÀ CNCH"],
        number="1137", notation="CN-PCCC", place="Phủ Lý", date_text="14 tháng 9 năm 2021", issued="2021-09-14",
        title=["GIẤY CHỨNG NHẬN"], subject=["Huấn luyện nghiệp vụ phòng cháy và chữa cháy"],
        body=[_LUAT_PCCC, _ND_136,
              ("Căn cứ kết quả kiểm tra cuối khóa huấn luyện nghiệp vụ phòng cháy và chữa cháy tổ chức từ ngày 06 "
               "tháng 9 năm 2021 đến ngày 09 tháng 9 năm 2021 tại Khu công nghiệp Đồng Văn II,"),
              "PHÒNG CẢNH SÁT PCCC VÀ CNCH CHỨNG NHẬN:",
              ("Ông Vũ Ngọc Toản, sinh ngày 14/02/1990, số định danh cá nhân 035090006817, đội viên Đội phòng cháy "
               "và chữa cháy cơ sở của Công ty TNHH Dệt may Đồng Văn Hà Nam, mã số doanh nghiệp 0700843615, đã hoàn "
               "thành chương trình huấn luyện nghiệp vụ phòng cháy và chữa cháy, kết quả kiểm tra đạt loại Khá."),
              "Giấy chứng nhận có giá trị đến ngày 14 tháng 9 năm 2023."],
        signer_position=["TRƯỞNG PHÒNG"], signer_name="Phí Mạnh Cường",
        holder_name="Vũ Ngọc Toản", holder_id="035090006817", holder_id_type="cccd", valid_until="2023-09-14",
        recipients=["- Người được cấp;", "- Cơ sở quản lý;", "- Lưu: VT, PC07."],
        seal="CÔNG AN TỈNH HÀ NAM * PC07 *", hand="flourish", aim=(0.0, 0.0), lift=16.0,
    ),
    Doc9(
        slug="gp-tan-so-vo-tuyen-dien-sao-bien", family="tanso",
        issuer=["CỤC TẦN SỐ VTĐ", "TRUNG TÂM TẦN SỐ VTĐ KHU VỰC VIII"],
        number="3184", notation="GP-TSKV8", place="Vũng Tàu", date_text="09 tháng 3 năm 2020", issued="2020-03-09",
        title=["GIẤY PHÉP SỬ DỤNG TẦN SỐ", "VÀ THIẾT BỊ VÔ TUYẾN ĐIỆN"], subject=[],
        body=[_LUAT_TAN_SO,
              ("Xét hồ sơ đề nghị cấp giấy phép sử dụng tần số và thiết bị vô tuyến điện nộp ngày 26 tháng 02 năm "
               "2020,"),
              "CẤP GIẤY PHÉP CHO:",
              "1. Tên tổ chức được cấp phép: Công ty TNHH Dịch vụ Hàng hải Sao Biển",
              "2. Mã số doanh nghiệp: 3502184772",
              "3. Địa chỉ: số 27 đường Trần Phú, phường 5, thành phố Vũng Tàu, tỉnh Bà Rịa - Vũng Tàu.",
              "4. Mục đích sử dụng: liên lạc điều hành các tàu dịch vụ dầu khí của Công ty.",
              ("5. Tên mạng: Sao Biển; hô hiệu đài bờ: XVS-2417; thiết bị: máy thu phát VHF cố định ICOM IC-M506, "
               "số lượng 01."),
              "6. Tần số phát, thu: 156,650 MHz; phương thức phát: 16K0F3E; công suất phát tối đa: 25 W.",
              "7. Giấy phép có giá trị đến hết ngày 31 tháng 3 năm 2025."],
        signer_position=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], signer_name="Bùi Thị Thanh Xuân",
        holder_name="Công ty TNHH Dịch vụ Hàng hải Sao Biển", holder_id="3502184772", holder_id_type="tax_code",
        valid_until="2025-03-31", recipients=["- Tổ chức được cấp phép;", "- Cục Tần số VTĐ (b/c);", "- Lưu: VT, CP."],
        seal="TRUNG TÂM TẦN SỐ VTĐ * KHU VỰC VIII *", hand="loops", aim=(32.0, 8.0), lift=8.0,
    ),
    Doc9(
        slug="gp-vo-tuyen-dien-nghiep-du-tien-cat", family="tanso",
        issuer=["CỤC TẦN SỐ VTĐ", "TRUNG TÂM TẦN SỐ VTĐ KHU VỰC VI"],
        number="641", notation="GP-TSKV6", place="Việt Trì", date_text="24 tháng 5 năm 2019", issued="2019-05-24",
        title=["GIẤY PHÉP SỬ DỤNG TẦN SỐ VÀ THIẾT BỊ VÔ TUYẾN ĐIỆN"],
        subject=["(Dùng cho đài vô tuyến điện nghiệp dư)"],
        body=[_LUAT_TAN_SO,
              ("Xét hồ sơ đề nghị cấp giấy phép nộp ngày 06 tháng 5 năm 2019 và chứng chỉ vô tuyến điện viên nghiệp "
               "dư hạng B số 0318/VTĐNDB,"),
              "CẤP GIẤY PHÉP CHO:",
              "Họ và tên: Cù Minh Triết",
              "Ngày sinh: 05/7/1987; số định danh cá nhân: 025087001934",
              "Địa chỉ đặt đài: số 12 phố Tiên Dung, phường Tiên Cát, thành phố Việt Trì, tỉnh Phú Thọ.",
              "Hô hiệu: XV6CMT",
              "Thiết bị: máy thu phát Yaesu FT-991A; công suất phát tối đa: 100 W.",
              "Băng tần được phép sử dụng: 7 MHz, 14 MHz, 21 MHz, 144 MHz và 430 MHz.",
              "Giấy phép có giá trị đến ngày 20 tháng 5 năm 2024."],
        signer_position=["Q. GIÁM ĐỐC"], signer_name="Hà Quang Tiến",
        holder_name="Cù Minh Triết", holder_id="025087001934", holder_id_type="cccd", valid_until="2024-05-20",
        recipients=["- Người được cấp phép;", "- Lưu: VT, CP."],
        seal="TRUNG TÂM TẦN SỐ VTĐ * KHU VỰC VI *", hand="underline", aim=(0.0, 0.0), lift=10.0, turn=(90.0,),
    ),
    Doc9(
        slug="gp-xuat-ban-ban-tin-san-nhi-vinh-yen", family="xuatban",
        issuer=["UBND TỈNH VĨNH PHÚC", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG"],
        number="12", notation="GP-STTTT", place="Vĩnh Yên", date_text="16 tháng 02 năm 2023", issued="2023-02-16",
        title=["GIẤY PHÉP XUẤT BẢN BẢN TIN"], subject=[],
        body=["GIÁM ĐỐC SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH VĨNH PHÚC",
              "Căn cứ Luật Báo chí ngày 05 tháng 4 năm 2016;",
              ("Căn cứ Thông tư số 48/2016/TT-BTTTT ngày 26 tháng 12 năm 2016 của Bộ trưởng Bộ Thông tin và Truyền "
               "thông quy định chi tiết việc cấp phép hoạt động báo in, tạp chí in, xuất bản bản tin, đặc san;"),
              "Xét hồ sơ đề nghị cấp giấy phép xuất bản bản tin ngày 30 tháng 01 năm 2023,",
              "CHO PHÉP:",
              "1. Tên cơ quan, tổ chức được cấp phép: Bệnh viện Sản - Nhi tỉnh Vĩnh Phúc",
              "2. Địa chỉ: đường Lạc Long Quân, phường Khai Quang, thành phố Vĩnh Yên, tỉnh Vĩnh Phúc.",
              "3. Tên bản tin: Bản tin Sức khỏe Mẹ và Bé",
              ("4. Mục đích xuất bản: thông tin về hoạt động chuyên môn, hướng dẫn chăm sóc sức khỏe sinh sản và sức "
               "khỏe trẻ em."),
              "5. Kỳ hạn xuất bản: 03 tháng/kỳ; khuôn khổ: 19 x 27 cm; số trang: 16 trang; số lượng: 1.000 bản/kỳ.",
              "6. Người chịu trách nhiệm xuất bản: Bác sĩ chuyên khoa II Kim Văn Thức, Giám đốc Bệnh viện.",
              "7. Nơi in: Công ty Cổ phần In Vĩnh Phúc, mã số doanh nghiệp 2500423180.",
              "8. Giấy phép có thời hạn 05 năm kể từ ngày ký."],
        signer_position=["GIÁM ĐỐC"], signer_name="Trương Công Nghị",
        holder_name="Bệnh viện Sản - Nhi tỉnh Vĩnh Phúc",
        recipients=["- Cơ quan được cấp phép;", "- Cục Báo chí (b/c);", "- Lưu: VT, BCXB."],
        seal="SỞ THÔNG TIN VÀ TT * TỈNH VĨNH PHÚC *", hand="flourish", aim=(36.0, 10.0), lift=14.0,
    ),
    Doc9(
        slug="gp-xuat-ban-tai-lieu-khom-cau-duc", family="xuatban",
        issuer=["UBND TỈNH HẬU GIANG", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG"],
        number="46", notation="GP-STTTT", place="Vị Thanh", date_text="08 tháng 6 năm 2023", issued="2023-06-08",
        title=["GIẤY PHÉP"], subject=["Xuất bản tài liệu không kinh doanh"],
        body=["Căn cứ Luật Xuất bản ngày 20 tháng 11 năm 2012;",
              ("Căn cứ Nghị định số 195/2013/NĐ-CP ngày 21 tháng 11 năm 2013 của Chính phủ quy định chi tiết một số "
               "điều và biện pháp thi hành Luật Xuất bản;"),
              ("Xét đơn đề nghị cấp giấy phép xuất bản tài liệu không kinh doanh ngày 29 tháng 5 năm 2023 và bản "
               "thảo tài liệu kèm theo,"),
              "CẤP PHÉP:",
              "1. Tổ chức được cấp phép: Công ty Cổ phần Khóm Cầu Đúc Hậu Giang",
              "2. Mã số doanh nghiệp: 6300318570",
              "3. Tên tài liệu: Sổ tay kỹ thuật trồng khóm Cầu Đúc theo tiêu chuẩn VietGAP",
              "4. Tác giả: kỹ sư Danh Thị Ngọc Hiền và kỹ sư Lê Hoàng Nhân.",
              "5. Khuôn khổ: 14,5 x 20,5 cm; số trang: 64 trang; số lượng in: 2.000 bản.",
              "6. Nơi in: Công ty TNHH In Bao bì Tây Đô, mã số doanh nghiệp 1802495736.",
              ("7. Tài liệu được phát miễn phí cho các hộ trồng khóm tại thành phố Vị Thanh và huyện Vị Thủy, không "
               "được kinh doanh."),
              "Tổ chức được cấp phép có trách nhiệm nộp lưu chiểu tài liệu trước khi phát hành."],
        signer_position=["TL. GIÁM ĐỐC", "TRƯỞNG PHÒNG BÁO CHÍ - XUẤT BẢN"], signer_name="Âu Dương Thị Thanh Hoa",
        holder_name="Công ty Cổ phần Khóm Cầu Đúc Hậu Giang", holder_id="6300318570", holder_id_type="tax_code",
        recipients=["- Tổ chức được cấp phép;", "- Lưu: VT, BCXB."], hand="scribble", aim=(30.0, 6.0),
    ),
    Doc9(
        slug="gcn-nuoi-con-nuoi-vong-the", family="connuoi", issuer=["UBND HUYỆN THOẠI SƠN", "UBND XÃ VỌNG THÊ"],
        number="24", notation="GCN-NCN", place="Vọng Thê", date_text="18 tháng 10 năm 2021", issued="2021-10-18",
        title=["GIẤY CHỨNG NHẬN NUÔI CON NUÔI"], subject=[],
        body=["Căn cứ Luật Nuôi con nuôi ngày 17 tháng 6 năm 2010;",
              ("Căn cứ Nghị định số 19/2011/NĐ-CP ngày 21 tháng 3 năm 2011 của Chính phủ quy định chi tiết thi hành "
               "một số điều của Luật Nuôi con nuôi;"),
              "Xét hồ sơ đăng ký việc nuôi con nuôi trong nước nộp ngày 05 tháng 10 năm 2021,",
              "ỦY BAN NHÂN DÂN XÃ VỌNG THÊ CHỨNG NHẬN:",
              "Họ, chữ đệm, tên người cha nuôi: Quách Văn Hiếu",
              "Ngày sinh: 19/02/1984; số định danh cá nhân: 089084007126",
              "Họ, chữ đệm, tên người mẹ nuôi: Trần Thị Ngọc Diễm",
              "Ngày sinh: 08/10/1987; số định danh cá nhân: 089187003548",
              "Nơi cư trú: ấp Tây Bình, xã Vọng Thê, huyện Thoại Sơn, tỉnh An Giang.",
              "Người được nhận làm con nuôi:",
              "Họ, chữ đệm, tên: Lâm Gia Bảo",
              "Ngày sinh: 27/5/2019; giới tính: Nam; số định danh cá nhân: 089219004261",
              "Nơi sinh: Trạm Y tế xã Vọng Thê, huyện Thoại Sơn, tỉnh An Giang.",
              "Người giao con nuôi: bà Lâm Thị Kiều, bà ngoại của trẻ em.",
              "Việc nuôi con nuôi đã được đăng ký vào Sổ đăng ký nuôi con nuôi; số đăng ký: 02, quyển số: 01/2021."],
        signer_position=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer_name="Võ Thị Tuyết Nhung",
        holder_name="Lâm Gia Bảo", holder_id="089219004261", holder_id_type="cccd",
        recipients=["- Cha mẹ nuôi;", "- Lưu: VT, HT."],
        seal="ỦY BAN NHÂN DÂN * XÃ VỌNG THÊ *", hand="loops", aim=(34.0, 8.0), lift=18.0,
    ),
    Doc9(
        slug="trich-luc-dang-ky-giam-ho-trung-hung", family="connuoi",
        issuer=["UBND THỊ XÃ SƠN TÂY", "UBND PHƯỜNG TRUNG HƯNG"],
        number="11", notation="TLGH", place="Trung Hưng", date_text="25 tháng 11 năm 2020", issued="2020-11-25",
        title=["TRÍCH LỤC ĐĂNG KÝ GIÁM HỘ"], subject=[],
        body=["Căn cứ Bộ luật Dân sự ngày 24 tháng 11 năm 2015;",
              "Căn cứ Luật Hộ tịch ngày 20 tháng 11 năm 2014;",
              ("Xét tờ khai đăng ký giám hộ ngày 18 tháng 11 năm 2020 và văn bản thỏa thuận cử người giám hộ của "
               "những người thân thích,"),
              "ỦY BAN NHÂN DÂN PHƯỜNG TRUNG HƯNG ĐÃ ĐĂNG KÝ GIÁM HỘ:",
              "Người được giám hộ:",
              "Họ, chữ đệm, tên: Khuất Minh Châu",
              "Ngày, tháng, năm sinh: 03/4/2012; giới tính: Nữ",
              "Số định danh cá nhân: 001312008479",
              "Nơi cư trú: số 16 phố Lê Lợi, phường Trung Hưng, thị xã Sơn Tây, thành phố Hà Nội.",
              "Người giám hộ:",
              "Họ, chữ đệm, tên: Khuất Văn Lợi",
              "Ngày, tháng, năm sinh: 11/9/1978; số định danh cá nhân: 001078009162",
              "Quan hệ với người được giám hộ: chú ruột.",
              "Lý do đăng ký giám hộ: người được giám hộ là trẻ em có cha, mẹ đều đã chết.",
              "Số đăng ký trong Sổ đăng ký giám hộ: 03/2020."],
        signer_position=["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], signer_name="Kiều Đình Thức",
        holder_name="Khuất Minh Châu", holder_id="001312008479", holder_id_type="cccd",
        recipients=["- Người giám hộ;", "- Lưu: VT, HT."],
        seal="ỦY BAN NHÂN DÂN * PHƯỜNG TRUNG HƯNG *", hand="scribble", aim=(0.0, 0.0), lift=16.0,
    ),
    Doc9(
        slug="qd-cong-nhan-nguon-giong-dak-rmang", family="lamnghiep",
        issuer=["UBND TỈNH ĐẮK NÔNG", "SỞ NÔNG NGHIỆP VÀ PTNT"],
        number="472", notation="QĐ-SNN", place="Gia Nghĩa", date_text="18 tháng 8 năm 2021", issued="2021-08-18",
        title=["QUYẾT ĐỊNH"],
        subject=["Về việc công nhận nguồn giống cây trồng lâm nghiệp", "của Ban Quản lý rừng phòng hộ Đắk R'Măng"],
        body=["GIÁM ĐỐC SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN",
              _LUAT_LAM_NGHIEP,
              ("Căn cứ Thông tư số 30/2018/TT-BNNPTNT ngày 16 tháng 11 năm 2018 của Bộ trưởng Bộ Nông nghiệp và Phát "
               "triển nông thôn quy định về công nhận giống và nguồn giống cây trồng lâm nghiệp;"),
              "Xét hồ sơ đề nghị công nhận nguồn giống ngày 12 tháng 7 năm 2021 và biên bản thẩm định kèm theo,",
              "QUYẾT ĐỊNH:",
              ("Điều 1. Công nhận nguồn giống cây trồng lâm nghiệp của Ban Quản lý rừng phòng hộ Đắk R'Măng, mã số "
               "thuế 6400382153, như sau:"),
              "- Loại nguồn giống: rừng giống chuyển hóa; loài cây: Thông ba lá (Pinus kesiya).",
              "- Mã số nguồn giống: ĐNO-RGCH-07; diện tích: 12,6 ha.",
              "- Vị trí: lô 4, khoảnh 6, tiểu khu 1612, xã Đắk R'Măng, huyện Đắk Glong.",
              "Điều 2. Nguồn giống được công nhận có giá trị đến hết ngày 31 tháng 12 năm 2031.",
              ("Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Sở và Trưởng Ban Quản lý rừng phòng "
               "hộ Đắk R'Măng chịu trách nhiệm thi hành Quyết định này.")],
        signer_position=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], signer_name="Điểu Kré",
        holder_name="Ban Quản lý rừng phòng hộ Đắk R'Măng", holder_id="6400382153", holder_id_type="tax_code",
        valid_until="2031-12-31", recipients=["- Như Điều 3;", "- Tổng cục Lâm nghiệp (b/c);", "- Lưu: VT, LN."],
        seal="SỞ NN VÀ PTNT * TỈNH ĐẮK NÔNG *", hand="underline", aim=(36.0, 8.0), lift=16.0,
    ),
    Doc9(
        slug="qd-cho-thue-rung-san-xuat-chau-khe", family="lamnghiep", issuer=["ỦY BAN NHÂN DÂN", "HUYỆN CON CUÔNG"],
        number="2916", notation="QĐ-UBND", place="Con Cuông", date_text="05 tháng 9 năm 2019", issued="2019-09-05",
        title=["QUYẾT ĐỊNH"], subject=["Về việc cho thuê rừng sản xuất"],
        body=["CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN CON CUÔNG", _CAN_CU_UBND,
              ("Căn cứ Luật Lâm nghiệp ngày 15 tháng 11 năm 2017 và Nghị định số 156/2018/NĐ-CP ngày 16 tháng 11 năm "
               "2018 của Chính phủ quy định chi tiết thi hành một số điều của Luật Lâm nghiệp;"),
              "Xét đơn đề nghị thuê rừng ngày 12 tháng 8 năm 2019 và đề nghị của Trưởng phòng Nông nghiệp và PTNT,",
              "QUYẾT ĐỊNH:",
              ("Điều 1. Cho ông Ngân Văn Quyết, sinh ngày 02/6/1975, số định danh cá nhân 040075008326, thường trú tại "
               "bản Khe Choăng, xã Châu Khê, huyện Con Cuông, thuê 4,8 ha rừng sản xuất là rừng trồng tại lô 2, "
               "khoảnh 3, tiểu khu 718, xã Châu Khê, để sản xuất lâm nghiệp kết hợp."),
              "- Hình thức thuê: trả tiền thuê rừng hằng năm, 120.000 đồng/ha/năm.",
              "- Thời hạn thuê rừng: 50 năm, đến ngày 04 tháng 9 năm 2069.",
              ("Điều 2. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND huyện, Chủ tịch UBND "
               "xã Châu Khê và ông Ngân Văn Quyết chịu trách nhiệm thi hành Quyết định này.")],
        signer_position=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer_name="Lương Văn Tuế",
        holder_name="Ngân Văn Quyết", holder_id="040075008326", holder_id_type="cccd", valid_until="2069-09-04",
        recipients=["- Như Điều 2;", "- Sở NN&PTNT (b/c);", "- Lưu: VT, NN."],
        seal="ỦY BAN NHÂN DÂN * HUYỆN CON CUÔNG *", hand="flourish", aim=(32.0, 6.0), lift=6.0,
    ),
]


def make_blind13(out: Path, docs=BLIND13, levels=LEVELS, only: set[str] | None = None) -> list[Path]:
    """As blind9, with seeds of its own; ``only`` (slugs) and ``levels`` draw just those files, as they are
    in the whole set."""
    return write_set(out, docs, levels, render, seed=3100, jpeg_seed=1100, no_dpi_parity=1, only=only)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, required=True, help="folder for scans/ and truth/")
    out = parser.parse_args().out
    for path in make_blind13(out):
        print(f"{path.relative_to(out)}  {path.stat().st_size // 1024} KiB")


if __name__ == "__main__":
    main()

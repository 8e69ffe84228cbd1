"""Blind set 25 (issue 13, after blind set 24): six more families of results, each as a 300 dpi scan and
as a phone photo, signed and sealed as in blind sets 8 to 24, with one scan page tilted two degrees
clockwise on the glass. Written without looking at the rules or running them on it, measured once.

As in blind17 to blind24, every province and provincial seat is some earlier set's ``place``: these
results come from communes, districts and island districts, a commune health station, a district health
centre, a quarrying company, a festival's organising board and two district statistics offices, dated
where those sit ("Đông Khê", "Kiện Khê", "Lý Sơn", "Hải Hậu", "Bạch Long Vĩ").

Families (Decree 30/2020 appendix I positions: issuer column top left, motto top right, number under
the issuer, place and date under the motto, title centred, signer bottom right, "Nơi nhận:" bottom left):
  tiemchung    immunisation: a commune health station's "GIẤY XÁC NHẬN TIÊM CHỦNG" (one capitals line) with
               "(Cấp cho trẻ em nhập học lớp 1)" under it, in brackets, under its district health centre
               ("TTYT HUYỆN ĐÔNG SƠN" / "TRẠM Y TẾ XÃ ĐÔNG KHÊ", the top line abbreviated), "TRẠM Y TẾ XÃ ĐÔNG
               KHÊ XÁC NHẬN:" then the six-year-old girl on rows ("1. Họ và tên trẻ: Lê Ngọc Bảo Hân", "2. Ngày
               sinh: …; số định danh cá nhân: …"), her mother on the row under them without a number, the
               vaccines, no validity, signed "TRƯỞNG TRẠM"; and a district health centre's "KẾ HOẠCH" / "Tiêm
               vắc xin uốn ván - bạch hầu giảm liều (Td)" / "cho trẻ 7 tuổi năm 2020" on two pages (the end of
               the plan, the signer and "Nơi nhận:" on page 2), numbered and dated by hand (blind5's pen), the
               province's plan cited, "từ ngày 14/9/2020 đến ngày 30/9/2020" and a deadline, signed "KT. GIÁM
               ĐỐC" / "PHÓ GIÁM ĐỐC";
  duongsat     railways: a commune's "THÔNG BÁO" / "Về việc tự tháo dỡ công trình vi phạm" / "hành lang an
               toàn giao thông đường sắt" under its district ("UBND HUYỆN LẠNG GIANG" / "UBND XÃ TÂN DĨNH"),
               numbered by hand (the date printed), addressed ("Kính gửi: Ông Đoàn Văn Ước, thôn Đồng Quan",
               one centred line) to the man it is about, he on rows ("1. Họ và tên: ông Đoàn Văn Ước", "2.
               Ngày sinh: …; số định danh cá nhân: …"), the works and the railway's chainage ("Km 54+350"), a
               deadline, signed "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH"; and a district's công văn "V/v xóa bỏ lối đi
               tự mở qua đường sắt" / "đoạn qua các xã Bình Nguyên, Bình Long", addressed ("Kính gửi:") to the
               communes, the police and the railway company on three dashed lines, the railway company's letter
               and a decree in the body, a deadline, an official named with her phone, signed "TUQ. CHỦ TỊCH"
               / "TRƯỞNG PHÒNG KINH TẾ VÀ HẠ TẦNG";
  khoangsan    minerals: a quarrying company's decision under its name on one line ("CÔNG TY CP ĐÁ KIỆN
               KHÊ"), "Về việc bổ nhiệm Giám đốc điều hành mỏ" / "đối với ông Tạ Đình Khôi" (the holder inside
               the subject), its own enterprise code and the province's mining licence cited above, "Điều 1.
               Bổ nhiệm ông Tạ Đình Khôi, sinh ngày …, số định danh cá nhân …, …" from a day after the
               decision, signed "Q. GIÁM ĐỐC"; and a district's "THÔNG BÁO" / "Kết quả kiểm tra hoạt động khai
               thác đá hoa" / "tại mỏ đá hoa trắng Liễu Đô" addressed ("Kính gửi: …", one centred line) to the
               company it inspected, the company on rows ("1. Tên tổ chức: Công ty TNHH …", "2. Mã số doanh
               nghiệp: …"), the ministry's mining licence and its term ("có thời hạn khai thác đến ngày …") on
               the row under them, a deadline, signed "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH";
  lehoi        festivals: a district's decision "Về việc chấp thuận tổ chức Lễ hội Đền Đông Cuông năm 2019"
               / "cho Ban Quản lý di tích Đền Đông Cuông" (the holder inside the subject), "Điều 1. Chấp
               thuận cho Ban Quản lý di tích …, xã Đông Cuông, …, tổ chức …" with no number printed for it, the
               festival's days in the lunar calendar and in the solar one ("từ ngày 18/02/2019 đến ngày
               20/02/2019"), its head named with his phone, the board's registration cited above, signed "CHỦ
               TỊCH" by a Dao chairman, its scan tilted two degrees clockwise; and a festival board's "THÔNG
               BÁO" / "Lịch tổ chức Lễ Khao lề thế lính Hoàng Sa" / "năm Giáp Thìn 2024" under a three-line
               issuer ("UBND HUYỆN LÝ SƠN" / "BAN TỔ CHỨC LỄ KHAO LỀ" / "THẾ LÍNH HOÀNG SA", the board's name
               wrapped), addressed ("Kính gửi:") to the agencies and the clans on two dashed lines, the
               district's plan cited, the ceremony's hour and lunar day, a contact with his phone, signed
               "TRƯỞNG BAN" by a man with a two-syllable name, without a seal;
  thongke      statistics: a district statistics office's "GIẤY GIỚI THIỆU" (no subject) under its provincial
               office ("CỤC THỐNG KÊ NAM ĐỊNH" / "CHI CỤC THỐNG KÊ HẢI HẬU"), addressed ("Kính gửi: Ủy ban nhân
               dân xã Hải Phú", one centred line) to a commune, the enumerator it sends on rows ("1. Họ và
               tên: bà Phạm Thị Quyên", "2. Ngày sinh: …; số định danh cá nhân: …"), the survey's plan cited,
               "Giấy giới thiệu có giá trị đến hết ngày 30 tháng 6 năm 2022.", signed "KT. CHI CỤC TRƯỞNG" /
               "PHÓ CHI CỤC TRƯỞNG" by a woman with a five-syllable name; and another's "THÔNG BÁO" / "Về việc
               cung cấp thông tin Điều tra doanh nghiệp" / "năm 2023" under its provincial office ("CỤC THỐNG
               KÊ BẮC GIANG" / "CHI CỤC THỐNG KÊ LỤC NGẠN"), addressed ("Kính gửi: …", one centred line) to the
               company it reminds, the company on rows ("1. Tên doanh nghiệp: Công ty TNHH …", "2. Mã số thuế:
               …"), the survey's decision and the decree on fines cited, a deadline, a statistician named with
               her phone, signed "CHI CỤC TRƯỞNG";
  haidao       seas and islands: an island district's decision "Về việc giao khu vực biển cho ông Bùi Văn
               Sáng" / "để nuôi trồng thủy sản" (the holder inside the subject), "Điều 1. Giao khu vực biển cho
               cá nhân có tên sau đây:" then the man on rows ("1. Họ và tên: ông Bùi Văn Sáng", "2. Ngày sinh:
               …; số định danh cá nhân: …"), the sea area, "4. Thời hạn giao khu vực biển: 10 năm,
               đến hết ngày 24 tháng 8 năm 2031.", the decree and the office's submission cited above, signed
               "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH"; and another island district's "GIẤY XÁC NHẬN" / "Thời gian
               công tác tại huyện đảo Bạch Long Vĩ" (one sentence-case line), numbered by hand, "ỦY BAN NHÂN
               DÂN HUYỆN BẠCH LONG VĨ XÁC NHẬN:" then a teacher on rows ("1. Họ và tên: ông Trương Đình Khiêm",
               "2. Ngày sinh: …; số chứng minh nhân dân: …", a nine-digit identity card of his home city), his
               years on the island ("từ ngày 01/9/2011 đến ngày 31/8/2016"), no validity, signed "TL. CHỦ
               TỊCH" / "TRƯỞNG PHÒNG NỘI VỤ".
Every document is signed in blue ballpoint in one of blind7's four hands, on eight of them coming down
across the printed name (blind8's ``aim``), and all but one carry a red round seal over the left part
of the signer block, lifted by blind8's ``lift``. Signers' names have two, three, four and five
syllables ("Đặng Thưởng", "Cao Thị Thanh Hồng Nhung"); signer blocks "KT.", "TL.", "TM.", "Q." and "TUQ."
and bare "TRƯỞNG TRẠM", "CHỦ TỊCH", "TRƯỞNG BAN" and "CHI CỤC TRƯỞNG" all occur, one of them on three
lines; one issuer has three lines (a district and its festival board, the board's name wrapped), one is a
company's name on one line, five are a parent and a child organ in two lines (a district health centre
and its commune station; a provincial health department and its district centre; a district and a
commune; a provincial statistics office and its district office, twice), the other five are "ỦY BAN
NHÂN DÂN" over a district. Holders are two companies, a heritage site's board with no number of the
kinds the truth knows, and six persons (a girl, a house owner, a mine director, an enumerator, a sea
farmer and a teacher), one of them known by an old nine-digit identity card; three documents grant
nothing to anyone. Issued 2016 to 2024.

Truth conventions (decided before any run): blind4's, as its docstring states them (organ_name,
code_number/code_notation, issued_date, place, type_name, subject, signer_position/signer_full_name,
holder_name and holder_id), with blind5's to blind24's additions (their docstrings). New here:
  immunisation     a vaccination certificate: its one capitals line is ``type_name``, the bracketed line under
                   it ``subject`` as printed, brackets included (blind7's rule); the capitals line "…
                   XÁC NHẬN:" is body; the holder is the child on the "Họ và tên trẻ:" row, ``holder_id`` the
                   personal number on the row under her (``cccd``); her mother never; no validity: None. A
                   campaign plan: "KẾ HOẠCH" is ``type_name``, its two sentence-case lines joined ``subject``;
                   it plans a campaign for all the district's seven-year-olds and grants nothing: holder
                   fields and ``valid_until`` None; "từ ngày 14/9/2020 đến ngày 30/9/2020" is a span and the
                   deadline a deadline: None; the province's plan cited never the number or the date; number
                   and day by hand;
  railways         a notice to pull down works: "THÔNG BÁO" is ``type_name``, its two sentence-case lines
                   joined ``subject``; addressed to the man it is about, it has a holder (blind9's rule for a
                   notice to one taxpayer): the man on the "Họ và tên:" row, without "ông", ``holder_id`` the
                   personal number on the row under him (``cccd``); the chainage and the deadline never;
                   number by hand. The công văn keeps blind5's rule: ``type_name`` "CÔNG VĂN", ``subject`` its
                   two "V/v" lines joined as printed, holder fields and ``valid_until`` None; the railway
                   company's letter and the decree cited never; the deadline gives None;
  minerals         a mine director appointed: the two subject lines joined are ``subject`` (the holder's name
                   in it); the holder is the man named right after "Điều 1. Bổ nhiệm ông", up to the comma,
                   ``holder_id`` the personal number printed after his birth date in that paragraph
                   (``cccd``); the company's own enterprise code ("mã số doanh nghiệp 0700427284", cited
                   above) never; "kể từ ngày 01 tháng 8 năm 2019" is when he starts: None; the licence cited
                   never the number or the date. An inspection notice: "THÔNG BÁO" is ``type_name``, its two
                   sentence-case lines joined ``subject``; addressed to the company it is about, it has a
                   holder (blind23's rule): the company on the "Tên tổ chức:" row, ``holder_id`` the "Mã số
                   doanh nghiệp:" row under it (``tax_code``); the licence's number, date and term ("có thời
                   hạn khai thác đến ngày 05 tháng 9 năm 2036" is the licence's, not the notice's) never: no
                   validity, None; the deadline gives None;
  festivals        a festival approved: the two subject lines joined are ``subject`` (the holder's name in it);
                   the holder is the board named right after "Điều 1. Chấp thuận cho", up to the comma
                   (blind8's recognition rule); no number is printed for it: ``holder_id`` and
                   ``holder_id_type`` None; its head and his phone never; the festival's days ("từ ngày
                   18/02/2019 đến ngày 20/02/2019", and the lunar ones) give None; the registration cited never.
                   A festival board's schedule: "THÔNG BÁO" is ``type_name``, its two sentence-case lines joined
                   ``subject``; telling agencies and clans when the ceremony is grants nothing: holder fields
                   and ``valid_until`` None; the district's plan cited never; the ceremony's day gives None;
  statistics       a letter of introduction: "GIẤY GIỚI THIỆU" is ``type_name``, ``subject`` None; addressed to a
                   commune, the holder is the person it introduces: the woman on the "Họ và tên:" row, without
                   "bà", ``holder_id`` the personal number on the row under her (``cccd``); the commune never;
                   "Giấy giới thiệu có giá trị đến hết ngày 30 tháng 6 năm 2022" is ``valid_until``; the plan
                   cited never. A reminder to one enterprise: "THÔNG BÁO" is ``type_name``, its two
                   sentence-case lines joined ``subject``; addressed to the company it is about, it has a
                   holder: the company on the "Tên doanh nghiệp:" row, ``holder_id`` the "Mã số thuế:" row under
                   it (``tax_code``); the statistician and her phone never; the deadline gives None; the
                   decision and the decree cited never;
  seas             a sea area given out: the two subject lines joined are ``subject`` (the holder's name in
                   it); the holder is the man on the "Họ và tên:" row under Article 1, without "ông",
                   ``holder_id`` the personal number on the row under him (``cccd``); "Thời hạn giao khu vực
                   biển: 10 năm, đến hết ngày 24 tháng 8 năm 2031" is ``valid_until``; the decree and the
                   submission cited never. A certificate of years served on an island: "GIẤY XÁC NHẬN" is
                   ``type_name``, its one sentence-case line ``subject``; the capitals line "… XÁC NHẬN:" is
                   body; the holder is the man on the "Họ và tên:" row, without "ông", ``holder_id`` the
                   nine-digit "số chứng minh nhân dân" on the row under him, after his birth date (``cmnd``);
                   "từ ngày 01/9/2011 đến ngày 31/8/2016" is the time served, no validity: None; number by
                   hand;
  header           one, two or three issuer lines joined by spaces, as printed, an abbreviation and a wrapped
                   name too ("CÔNG TY CP ĐÁ KIỆN KHÊ"; "TTYT HUYỆN ĐÔNG SƠN TRẠM Y TẾ XÃ ĐÔNG KHÊ"; "UBND
                   HUYỆN LÝ SƠN BAN TỔ CHỨC LỄ KHAO LỀ THẾ LÍNH HOÀNG SA"); ``place`` the words before ", ngày"
                   ("Đông Khê", "Kiện Khê", "Bạch Long Vĩ");
  signer blocks    "TRƯỞNG TRẠM", "Q. GIÁM ĐỐC", "CHỦ TỊCH", "TRƯỞNG BAN" and "CHI CỤC TRƯỞNG" as printed; "KT.
                   GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC", "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH", "TUQ. CHỦ TỊCH" / "TRƯỞNG PHÒNG
                   KINH TẾ VÀ HẠ TẦNG", "KT. CHI CỤC TRƯỞNG" / "PHÓ CHI CỤC TRƯỞNG", "TM. ỦY BAN NHÂN DÂN" /
                   "CHỦ TỊCH" and "TL. CHỦ TỊCH" / "TRƯỞNG PHÒNG NỘI VỤ" are ``signer_position``, the lines
                   joined by a space; "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" its three lines
                   joined; a Dao name as printed ("Bàn Văn Quý");
  pages turned     a scan page tilted two degrees clockwise changes no field; a two-page document's fields
                   come from both pages, as one document;
  signatures and seals   as blind7 and blind8: the truth is the text as printed under them.

Renderings, seeds and truth files as blind9's (``make_blind9`` draws them): ``scan`` (300 dpi, light
degradation, PDF) and ``photo`` (80-150 dpi JPEG, perspective, uneven light, half without a DPI; the
two-page document's photos in one PDF). Only the scans are turned (``turn``): the festival's approval lies
two degrees clockwise (-2.0); the phone photographs each page as it lies.

    python samples/blind25.py --out benchmarks/out/blind25
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind3 import write_set
from blind5 import _CAN_CU_UBND
from blind9 import LEVELS, Doc9, lay_out, render

__all__ = ["BLIND25", "FAMILIES", "LEVELS", "Doc9", "lay_out", "make_blind25", "render"]

FAMILIES = ("tiemchung", "duongsat", "khoangsan", "lehoi", "thongke", "haidao")

# the local-government law as it stood before its 2019 amendment, for the decisions issued before then
_LUAT_CQDP_2015 = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"
_NGHI_DINH_104 = ("Căn cứ Nghị định số 104/2016/NĐ-CP ngày 01 tháng 7 năm 2016 của Chính phủ quy định về hoạt động "
                  "tiêm chủng;")
_LUAT_DUONG_SAT = "Căn cứ Luật Đường sắt ngày 16 tháng 6 năm 2017;"
_NGHI_DINH_56 = ("Nghị định số 56/2018/NĐ-CP ngày 16 tháng 4 năm 2018 của Chính phủ quy định về quản lý, bảo vệ kết "
                 "cấu hạ tầng đường sắt")
_LUAT_KHOANG_SAN = "Căn cứ Luật Khoáng sản ngày 17 tháng 11 năm 2010;"
_LUAT_THONG_KE = "Căn cứ Luật Thống kê ngày 23 tháng 11 năm 2015;"

BLIND25 = [
    Doc9(
        slug="gxn-tiem-chung-le-ngoc-bao-han", family="tiemchung",
        issuer=["TTYT HUYỆN ĐÔNG SƠN", "TRẠM Y TẾ XÃ ĐÔNG KHÊ"],
        number="101", notation="GXN-TYT", place="Đông Khê", date_text="12 tháng 7 năm 2023", issued="2023-07-12",
        title=["GIẤY XÁC NHẬN TIÊM CHỦNG"], subject=["(Cấp cho trẻ em nhập học lớp 1)"],
        body=[_NGHI_DINH_104,
              ("Căn cứ Thông tư số 34/2018/TT-BYT ngày 12 tháng 11 năm 2018 của Bộ trưởng Bộ Y tế quy định chi tiết "
               "một số điều của Nghị định số 104/2016/NĐ-CP;"),
              ("Căn cứ sổ tiêm chủng cá nhân và dữ liệu trên Hệ thống thông tin quản lý tiêm chủng quốc gia, đối "
               "chiếu ngày 10 tháng 7 năm 2023,"),
              "TRẠM Y TẾ XÃ ĐÔNG KHÊ XÁC NHẬN:",
              "1. Họ và tên trẻ: Lê Ngọc Bảo Hân",
              "2. Ngày sinh: 09/3/2017; số định danh cá nhân: 038317365015",
              "3. Họ và tên mẹ: Đỗ Thị Phương; nơi cư trú: thôn 4, xã Đông Khê, huyện Đông Sơn, tỉnh Thanh Hóa.",
              ("4. Đã tiêm đủ các mũi vắc xin trong Chương trình Tiêm chủng mở rộng: lao (BCG); viêm gan B sơ sinh; "
               "bạch hầu - ho gà - uốn ván - viêm gan B - Hib (03 mũi) và nhắc lại bạch hầu - ho gà - uốn ván (01 "
               "mũi); bại liệt uống (03 lần) và tiêm (01 mũi); sởi (01 mũi), sởi - rubella (01 mũi); viêm não Nhật "
               "Bản (03 mũi)."),
              "Giấy xác nhận này cấp để bổ sung hồ sơ nhập học lớp 1 năm học 2023 - 2024."],
        signer_position=["TRƯỞNG TRẠM"], signer_name="Trịnh Thị Thu Hường",
        holder_name="Lê Ngọc Bảo Hân", holder_id="038317365015", holder_id_type="cccd",
        recipients=["- Gia đình trẻ;", "- Trường Tiểu học Đông Khê;", "- Lưu: TYT."],
        seal="TRẠM Y TẾ * XÃ ĐÔNG KHÊ * ĐÔNG SƠN *", hand="loops", aim=(0.0, 0.0), lift=12.0,
    ),
    Doc9(
        slug="kh-tiem-vac-xin-td-tre-7-tuoi-kim-son", family="tiemchung",
        issuer=["SỞ Y TẾ NINH BÌNH", "TRUNG TÂM Y TẾ HUYỆN KIM SƠN"],
        number="168", notation="KH-TTYT", place="Kim Sơn", date_text="04 tháng 9 năm 2020", issued="2020-09-04",
        title=["KẾ HOẠCH"], subject=["Tiêm vắc xin uốn ván - bạch hầu giảm liều (Td)", "cho trẻ 7 tuổi năm 2020"],
        body=[_NGHI_DINH_104,
              ("Căn cứ Kế hoạch số 86/KH-SYT ngày 21 tháng 8 năm 2020 của Sở Y tế tỉnh Ninh Bình về tiêm vắc xin Td "
               "cho trẻ 7 tuổi trên địa bàn tỉnh năm 2020;"),
              ("Trung tâm Y tế huyện Kim Sơn xây dựng Kế hoạch tiêm vắc xin uốn ván - bạch hầu giảm liều (Td) cho "
               "trẻ 7 tuổi năm 2020 như sau:"),
              ("1. Mục tiêu: đạt tỷ lệ trên 95% trẻ 7 tuổi được tiêm 01 mũi vắc xin Td, chủ động phòng bệnh bạch "
               "hầu, uốn ván; bảo đảm an toàn tiêm chủng, không để xảy ra tai biến nặng."),
              ("2. Đối tượng, phạm vi: toàn bộ trẻ sinh năm 2013 đang học lớp 2 tại các trường tiểu học và trẻ "
               "cùng độ tuổi không đi học trên địa bàn 27 xã, thị trấn; dự kiến 2.846 trẻ."),
              ("3. Thời gian, hình thức: từ ngày 14/9/2020 đến ngày 30/9/2020, tiêm tại các trường tiểu học theo "
               "lịch của từng xã; trẻ vắng mặt được tiêm vét tại trạm y tế xã."),
              ("4. Vắc xin, vật tư: Trung tâm tiếp nhận 2.990 liều vắc xin Td, bơm kim tiêm tự khóa và hộp an "
               "toàn từ Trung tâm Kiểm soát bệnh tật tỉnh; cấp phát cho trạm y tế các xã, thị trấn trước buổi "
               "tiêm 01 ngày, bảo quản trong dây chuyền lạnh từ 2 °C đến 8 °C."),
              "5. Tổ chức thực hiện:",
              ("a) Khoa Kiểm soát bệnh tật và HIV/AIDS chủ trì xây dựng lịch tiêm, tập huấn cho cán bộ y tế xã; "
               "giám sát các điểm tiêm; tổng hợp báo cáo kết quả về Sở Y tế."),
              ("b) Trạm y tế các xã, thị trấn phối hợp với nhà trường lập danh sách trẻ, gửi phiếu thông báo cho "
               "cha mẹ trẻ; khám sàng lọc trước tiêm và theo dõi trẻ 30 phút sau tiêm; báo cáo kết quả về Trung "
               "tâm trước ngày 05 tháng 10 năm 2020."),
              ("c) Khoa Khám bệnh và Khoa Hồi sức cấp cứu bố trí kíp cấp cứu thường trực, sẵn sàng xử trí các "
               "trường hợp phản ứng sau tiêm chủng."),
              ("6. Kinh phí: từ nguồn Chương trình Tiêm chủng mở rộng năm 2020 và ngân sách địa phương theo "
               "quy định."),
              ("Trên đây là Kế hoạch tiêm vắc xin Td cho trẻ 7 tuổi năm 2020 của Trung tâm Y tế huyện Kim Sơn; "
               "đề nghị các khoa, phòng và trạm y tế các xã, thị trấn triển khai thực hiện./.")],
        signer_position=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], signer_name="Phạm Đức Thuận",
        recipients=["- Sở Y tế (b/c);", "- Trung tâm KSBT tỉnh;", "- UBND huyện Kim Sơn;",
                    "- Phòng GD&ĐT huyện;", "- TYT các xã, thị trấn;", "- Lưu: VT, KSBT."],
        seal="SỞ Y TẾ NINH BÌNH * TTYT HUYỆN KIM SƠN *", handwritten=("code_number", "issued_date"),
        hand="flourish", aim=(36.0, 10.0), lift=16.0,
    ),
    Doc9(
        slug="tb-thao-do-cong-trinh-hanh-lang-duong-sat-doan-van-uoc", family="duongsat",
        issuer=["UBND HUYỆN LẠNG GIANG", "UBND XÃ TÂN DĨNH"],
        number="60", notation="TB-UBND", place="Tân Dĩnh", date_text="22 tháng 6 năm 2021", issued="2021-06-22",
        title=["THÔNG BÁO"],
        subject=["Về việc tự tháo dỡ công trình vi phạm", "hành lang an toàn giao thông đường sắt"],
        addressees=["Ông Đoàn Văn Ước, thôn Đồng Quan"],
        body=[_LUAT_DUONG_SAT, f"Căn cứ {_NGHI_DINH_56};",
              ("Qua kiểm tra ngày 15 tháng 6 năm 2021, Tổ kiểm tra trật tự hành lang an toàn giao thông đường "
               "sắt của xã phát hiện công trình xây dựng trái phép trong hành lang an toàn giao thông đường sắt "
               "của hộ gia đình:"),
              "1. Họ và tên: ông Đoàn Văn Ước",
              "2. Ngày sinh: 17/10/1964; số định danh cá nhân: 024064609039",
              ("3. Công trình vi phạm: mái tôn và tường bao xây gạch dài 14 m, cách mép ray ngoài cùng 4,2 m, tại "
               "lý trình Km 54+350 tuyến đường sắt Hà Nội - Đồng Đăng, thuộc thôn Đồng Quan."),
              ("Ủy ban nhân dân xã yêu cầu ông Đoàn Văn Ước tự tháo dỡ toàn bộ công trình vi phạm, hoàn trả mặt "
               "bằng hành lang an toàn giao thông đường sắt trước ngày 10 tháng 7 năm 2021. Quá thời hạn trên, Ủy "
               "ban nhân dân xã sẽ tổ chức cưỡng chế tháo dỡ theo quy định của pháp luật; mọi chi phí do hộ gia "
               "đình chịu./.")],
        signer_position=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer_name="Thân Văn Khẩn",
        holder_name="Đoàn Văn Ước", holder_id="024064609039", holder_id_type="cccd",
        recipients=["- Như trên;", "- UBND huyện Lạng Giang (b/c);", "- Cung đường sắt Bắc Giang;",
                    "- Công an xã;", "- Lưu: VT."],
        seal="ỦY BAN NHÂN DÂN * XÃ TÂN DĨNH *", handwritten=("code_number",),
        hand="scribble", aim=(32.0, 8.0), lift=14.0,
    ),
    Doc9(
        slug="cv-xoa-bo-loi-di-tu-mo-qua-duong-sat-binh-son", family="duongsat",
        issuer=["ỦY BAN NHÂN DÂN", "HUYỆN BÌNH SƠN"],
        number="1739", notation="UBND-KTHT", place="Bình Sơn", date_text="11 tháng 9 năm 2019", issued="2019-09-11",
        title=[], subject=["V/v xóa bỏ lối đi tự mở qua đường sắt", "đoạn qua các xã Bình Nguyên, Bình Long"],
        addressees=["Ủy ban nhân dân các xã Bình Nguyên, Bình Long;", "Công an huyện;",
                    "Công ty Cổ phần Đường sắt Nghĩa Bình."],
        body=[("Thực hiện Văn bản số 1127/ĐSNB-KTAT ngày 26 tháng 8 năm 2019 của Công ty Cổ phần Đường sắt Nghĩa "
               f"Bình về bảo đảm an toàn giao thông tại các lối đi tự mở và {_NGHI_DINH_56}, Chủ tịch Ủy ban nhân "
               "dân huyện có ý kiến như sau:"),
              ("1. Ủy ban nhân dân các xã Bình Nguyên, Bình Long rà soát 07 lối đi tự mở từ lý trình Km 885+400 "
               "đến Km 889+100; vận động nhân dân đi qua các đường ngang hợp pháp, xây dựng phương án xóa bỏ từng "
               "lối đi và báo cáo kết quả về Ủy ban nhân dân huyện trước ngày 30 tháng 10 năm 2019."),
              ("2. Công an huyện phối hợp với Ủy ban nhân dân các xã tuyên truyền, kiểm tra, xử lý các trường hợp "
               "tự ý mở lối đi, lấn chiếm hành lang an toàn giao thông đường sắt."),
              ("3. Công ty Cổ phần Đường sắt Nghĩa Bình bố trí người cảnh giới, biển cảnh báo tạm thời tại các lối "
               "đi chưa xóa bỏ được; rào chắn ngay sau khi lối đi được xóa bỏ."),
              ("Giao Phòng Kinh tế và Hạ tầng theo dõi, tổng hợp; đầu mối: bà Trương Thị Mỹ Lệ, chuyên viên, điện "
               "thoại 0255 3851 204. Đề nghị các cơ quan, đơn vị nghiêm túc thực hiện./.")],
        signer_position=["TUQ. CHỦ TỊCH", "TRƯỞNG PHÒNG KINH TẾ VÀ HẠ TẦNG"], signer_name="Phạm Tấn Lực",
        recipients=["- Như trên;", "- Chủ tịch, các PCT UBND huyện;", "- Ban ATGT tỉnh (b/c);", "- Lưu: VT, KTHT."],
        seal="ỦY BAN NHÂN DÂN * HUYỆN BÌNH SƠN *", hand="underline", aim=(34.0, 8.0), lift=10.0,
    ),
    Doc9(
        slug="qd-bo-nhiem-giam-doc-dieu-hanh-mo-ta-dinh-khoi", family="khoangsan",
        issuer=["CÔNG TY CP ĐÁ KIỆN KHÊ"],
        number="90", notation="QĐ-ĐKK", place="Kiện Khê", date_text="29 tháng 7 năm 2019", issued="2019-07-29",
        title=["QUYẾT ĐỊNH"], subject=["Về việc bổ nhiệm Giám đốc điều hành mỏ", "đối với ông Tạ Đình Khôi"],
        body=["GIÁM ĐỐC CÔNG TY CỔ PHẦN ĐÁ KIỆN KHÊ", _LUAT_KHOANG_SAN,
              ("Căn cứ Nghị định số 158/2016/NĐ-CP ngày 29 tháng 11 năm 2016 của Chính phủ quy định chi tiết thi "
               "hành một số điều của Luật Khoáng sản;"),
              ("Căn cứ Giấy chứng nhận đăng ký doanh nghiệp, mã số doanh nghiệp 0700427284, đăng ký lần đầu ngày "
               "14 tháng 3 năm 2006;"),
              ("Căn cứ Giấy phép khai thác khoáng sản số 1423/GP-UBND ngày 08 tháng 10 năm 2015 của Ủy ban nhân dân "
               "tỉnh Hà Nam cấp cho Công ty (mỏ đá vôi núi Hang Nước, huyện Thanh Liêm);"),
              "Xét đề nghị của Trưởng phòng Tổ chức - Hành chính,",
              "QUYẾT ĐỊNH:",
              ("Điều 1. Bổ nhiệm ông Tạ Đình Khôi, sinh ngày 23/5/1978, số định danh cá nhân 035078278890, giữ "
               "chức vụ Giám đốc điều hành mỏ đá vôi núi Hang Nước kể từ ngày 01 tháng 8 năm "
               "2019."),
              ("Điều 2. Ông Tạ Đình Khôi trực tiếp điều hành hoạt động khai thác tại mỏ theo thiết kế mỏ được phê "
               "duyệt, bảo đảm an toàn lao động và bảo vệ môi trường."),
              ("Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Phòng Tổ chức - Hành chính, Phân xưởng khai thác "
               "và ông Tạ Đình Khôi chịu trách nhiệm thi hành Quyết định này.")],
        signer_position=["Q. GIÁM ĐỐC"], signer_name="Bạch Hữu Điển",
        holder_name="Tạ Đình Khôi", holder_id="035078278890", holder_id_type="cccd",
        recipients=["- Như Điều 3;", "- Sở TN&MT tỉnh Hà Nam (b/c);", "- Sở Công Thương tỉnh Hà Nam (b/c);",
                    "- Lưu: VT, TCHC."],
        seal="CÔNG TY CỔ PHẦN ĐÁ KIỆN KHÊ * HÀ NAM *", hand="underline", aim=(0.0, 0.0), lift=18.0,
    ),
    Doc9(
        slug="tb-kiem-tra-khai-thac-da-hoa-lieu-do", family="khoangsan",
        issuer=["ỦY BAN NHÂN DÂN", "HUYỆN LỤC YÊN"],
        number="694", notation="TB-UBND", place="Lục Yên", date_text="30 tháng 3 năm 2022", issued="2022-03-30",
        title=["THÔNG BÁO"], subject=["Kết quả kiểm tra hoạt động khai thác đá hoa", "tại mỏ đá hoa trắng Liễu Đô"],
        addressees=["Công ty TNHH Đá hoa trắng Liễu Đô"],
        body=[("Thực hiện Kế hoạch số 58/KH-UBND ngày 02 tháng 3 năm 2022 của Ủy ban nhân dân huyện về kiểm tra "
               "hoạt động khoáng sản năm 2022, ngày 22 tháng 3 năm 2022 Đoàn kiểm tra liên ngành của huyện đã kiểm "
               "tra hoạt động khai thác khoáng sản của:"),
              "1. Tên tổ chức: Công ty TNHH Đá hoa trắng Liễu Đô",
              "2. Mã số doanh nghiệp: 5200744615",
              ("3. Giấy phép khai thác khoáng sản số 2174/GP-BTNMT ngày 05 tháng 9 năm 2016 của Bộ Tài nguyên và "
               "Môi trường, khu vực khai thác 8,6 ha tại thôn Khe Cạn, xã Liễu Đô, có thời hạn khai thác đến ngày "
               "05 tháng 9 năm 2036."),
              ("4. Kết quả kiểm tra: Công ty khai thác đúng ranh giới, độ sâu được cấp phép, nộp đủ tiền cấp quyền "
               "khai thác năm 2021; tuy nhiên chưa cắm đủ mốc giới khu vực khai thác, chưa lắp đặt trạm cân và "
               "camera giám sát tại vị trí vận chuyển khoáng sản ra khỏi mỏ theo quy định."),
              ("Ủy ban nhân dân huyện yêu cầu Công ty TNHH Đá hoa trắng Liễu Đô khắc phục các tồn tại nêu trên, báo "
               "cáo kết quả về Ủy ban nhân dân huyện (qua Phòng Tài nguyên và Môi trường) trước ngày 30 tháng 6 năm "
               "2022./.")],
        signer_position=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer_name="Triệu Đức Thịnh",
        holder_name="Công ty TNHH Đá hoa trắng Liễu Đô", holder_id="5200744615", holder_id_type="tax_code",
        recipients=["- Như trên;", "- Sở TN&MT tỉnh Yên Bái (b/c);", "- UBND xã Liễu Đô;", "- Lưu: VT, TNMT."],
        seal="ỦY BAN NHÂN DÂN * HUYỆN LỤC YÊN *", hand="loops", aim=(30.0, 6.0), lift=12.0,
    ),
    Doc9(
        slug="qd-chap-thuan-le-hoi-den-dong-cuong", family="lehoi",
        issuer=["ỦY BAN NHÂN DÂN", "HUYỆN VĂN YÊN"],
        number="158", notation="QĐ-UBND", place="Văn Yên", date_text="18 tháng 01 năm 2019", issued="2019-01-18",
        title=["QUYẾT ĐỊNH"],
        subject=["Về việc chấp thuận tổ chức Lễ hội Đền Đông Cuông năm 2019",
                 "cho Ban Quản lý di tích Đền Đông Cuông"],
        body=["CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN VĂN YÊN", _LUAT_CQDP_2015,
              ("Căn cứ Nghị định số 110/2018/NĐ-CP ngày 29 tháng 8 năm 2018 của Chính phủ quy định về quản lý và tổ "
               "chức lễ hội;"),
              "Xét văn bản đăng ký số 02/BQLDT ngày 07 tháng 01 năm 2019 của Ban Quản lý di tích Đền Đông Cuông,",
              "QUYẾT ĐỊNH:",
              ("Điều 1. Chấp thuận cho Ban Quản lý di tích Đền Đông Cuông, xã Đông Cuông, huyện Văn Yên, tổ chức Lễ "
               "hội Đền Đông Cuông năm 2019 với các nội dung sau:"),
              ("1. Thời gian: từ ngày 14 đến ngày 16 tháng Giêng năm Kỷ Hợi (từ ngày 18/02/2019 đến ngày "
               "20/02/2019)."),
              ("2. Người chịu trách nhiệm chính: ông Hoàng Văn Piến, Trưởng Ban Quản lý di tích, điện thoại 0216 "
               "3832 409."),
              ("Điều 2. Quyết định này có hiệu lực kể từ ngày ký. Trưởng phòng Văn hóa và Thông tin, Trưởng Công an "
               "huyện, Chủ tịch UBND xã Đông Cuông và Trưởng Ban Quản lý di tích chịu trách nhiệm thi hành.")],
        signer_position=["CHỦ TỊCH"], signer_name="Bàn Văn Quý",
        holder_name="Ban Quản lý di tích Đền Đông Cuông",
        recipients=["- Như Điều 2;", "- Sở VHTT&DL tỉnh Yên Bái (b/c);", "- TT Huyện ủy, TT HĐND huyện;",
                    "- Lưu: VT, VHTT."],
        seal="ỦY BAN NHÂN DÂN * HUYỆN VĂN YÊN *", hand="flourish", aim=(34.0, 8.0), lift=18.0, turn=(-2.0,),
    ),
    Doc9(
        slug="tb-le-khao-le-the-linh-hoang-sa-ly-son", family="lehoi",
        issuer=["UBND HUYỆN LÝ SƠN", "BAN TỔ CHỨC LỄ KHAO LỀ", "THẾ LÍNH HOÀNG SA"],
        number="01", notation="TB-BTC", place="Lý Sơn", date_text="14 tháng 3 năm 2024", issued="2024-03-14",
        title=["THÔNG BÁO"], subject=["Lịch tổ chức Lễ Khao lề thế lính Hoàng Sa", "năm Giáp Thìn 2024"],
        addressees=["Các cơ quan, đơn vị trên địa bàn huyện;",
                    "Các tộc họ có tiền nhân tham gia Hải đội Hoàng Sa."],
        body=[("Thực hiện Kế hoạch số 37/KH-UBND ngày 26 tháng 02 năm 2024 của Ủy ban nhân dân huyện Lý Sơn về "
               "tổ chức Lễ Khao lề thế lính Hoàng Sa năm 2024, Ban Tổ chức thông báo:"),
              "1. Thời gian: 07 giờ 00 ngày 23/3/2024 (tức ngày 14 tháng 2 năm Giáp Thìn).",
              ("2. Địa điểm: Âm Linh Tự và Nhà trưng bày Đội Hoàng Sa kiêm quản Bắc Hải, xã An Vĩnh, huyện Lý "
               "Sơn."),
              ("3. Nội dung: lễ tế tại Âm Linh Tự; lễ thả thuyền câu ra biển; dâng hương tưởng niệm các hùng binh "
               "Hải đội Hoàng Sa; trưng bày tư liệu, hiện vật về chủ quyền biển, đảo."),
              ("4. Đề nghị các cơ quan, đơn vị cử đại biểu dự lễ, các tộc họ chuẩn bị lễ vật theo phong tục; liên "
               "hệ: ông Phạm Văn Thuyết, Phòng Văn hóa và Thông tin huyện, điện thoại 0255 3867 415."),
              "Ban Tổ chức trân trọng thông báo./."],
        signer_position=["TRƯỞNG BAN"], signer_name="Đặng Thưởng",
        recipients=["- Như trên;", "- TT Huyện ủy, TT HĐND huyện (b/c);", "- Đài Truyền thanh huyện;",
                    "- Lưu: VT, VHTT."],
        hand="scribble", aim=(0.0, 0.0), lift=10.0,
    ),
    Doc9(
        slug="ggt-dieu-tra-vien-muc-song-pham-thi-quyen", family="thongke",
        issuer=["CỤC THỐNG KÊ NAM ĐỊNH", "CHI CỤC THỐNG KÊ HẢI HẬU"],
        number="20", notation="GGT-CCTK", place="Hải Hậu", date_text="4 tháng 4 năm 2022", issued="2022-04-04",
        title=["GIẤY GIỚI THIỆU"], subject=[], addressees=["Ủy ban nhân dân xã Hải Phú"],
        body=["Chi cục Thống kê huyện Hải Hậu trân trọng giới thiệu:",
              "1. Họ và tên: bà Phạm Thị Quyên",
              "2. Ngày sinh: 26/8/1990; số định danh cá nhân: 036190029923",
              "3. Nhiệm vụ: điều tra viên Khảo sát mức sống dân cư năm 2022.",
              ("Được cử đến Ủy ban nhân dân xã Hải Phú và các hộ gia đình thuộc địa bàn khảo sát số 09 (xóm 5, "
               "xóm 6) để thu thập thông tin theo Phương án Khảo sát mức sống dân cư năm 2022 ban hành kèm theo "
               "Quyết định số 1197/QĐ-TCTK ngày 15 tháng 11 năm 2021 của Tổng cục trưởng Tổng cục Thống kê."),
              "Đề nghị Quý cơ quan và các hộ gia đình tạo điều kiện để bà Phạm Thị Quyên hoàn thành nhiệm vụ.",
              "Giấy giới thiệu có giá trị đến hết ngày 30 tháng 6 năm 2022."],
        signer_position=["KT. CHI CỤC TRƯỞNG", "PHÓ CHI CỤC TRƯỞNG"], signer_name="Cao Thị Thanh Hồng Nhung",
        holder_name="Phạm Thị Quyên", holder_id="036190029923", holder_id_type="cccd", valid_until="2022-06-30",
        recipients=["- Như trên;", "- Người được giới thiệu;", "- Lưu: VT."],
        seal="CHI CỤC THỐNG KÊ * HUYỆN HẢI HẬU *", hand="loops", aim=(32.0, 8.0), lift=16.0,
    ),
    Doc9(
        slug="tb-cung-cap-thong-tin-dieu-tra-doanh-nghiep-luc-ngan", family="thongke",
        issuer=["CỤC THỐNG KÊ BẮC GIANG", "CHI CỤC THỐNG KÊ LỤC NGẠN"],
        number="133", notation="TB-CCTK", place="Lục Ngạn", date_text="19 tháng 4 năm 2023", issued="2023-04-19",
        title=["THÔNG BÁO"], subject=["Về việc cung cấp thông tin Điều tra doanh nghiệp", "năm 2023"],
        addressees=["Công ty TNHH Chế biến Nông sản Phượng Sơn"],
        body=[_LUAT_THONG_KE,
              ("Căn cứ Quyết định số 137/QĐ-TCTK ngày 24 tháng 02 năm 2023 của Tổng cục trưởng Tổng cục Thống kê "
               "về việc tiến hành Điều tra doanh nghiệp năm 2023;"),
              ("Đến ngày 17 tháng 4 năm 2023, doanh nghiệp có tên dưới đây chưa cung cấp thông tin phiếu Điều tra "
               "doanh nghiệp năm 2023 trên trang thông tin điện tử của cuộc điều tra:"),
              "1. Tên doanh nghiệp: Công ty TNHH Chế biến Nông sản Phượng Sơn",
              "2. Mã số thuế: 2400151529",
              "3. Địa chỉ trụ sở: thôn Hồng Sơn, xã Phượng Sơn, huyện Lục Ngạn, tỉnh Bắc Giang.",
              ("Chi cục Thống kê đề nghị doanh nghiệp hoàn thành và gửi phiếu điều tra trước ngày 15 tháng 5 năm "
               "2023. Quá thời hạn trên, doanh nghiệp không cung cấp thông tin sẽ bị xử lý theo Nghị định số "
               "95/2016/NĐ-CP ngày 01 tháng 7 năm 2016 của Chính phủ quy định xử phạt vi phạm hành chính trong "
               "lĩnh vực thống kê."),
              ("Mọi vướng mắc xin liên hệ bà Nguyễn Thị Hồng Thắm, thống kê viên, điện thoại 0204 3882 615 để được "
               "hướng dẫn./.")],
        signer_position=["CHI CỤC TRƯỞNG"], signer_name="Giáp Văn Hưởng",
        holder_name="Công ty TNHH Chế biến Nông sản Phượng Sơn", holder_id="2400151529", holder_id_type="tax_code",
        recipients=["- Như trên;", "- Cục Thống kê tỉnh (b/c);", "- Lưu: VT."],
        seal="CHI CỤC THỐNG KÊ * HUYỆN LỤC NGẠN *", hand="underline", aim=(0.0, 0.0), lift=12.0,
    ),
    Doc9(
        slug="qd-giao-khu-vuc-bien-nuoi-hau-bui-van-sang", family="haidao",
        issuer=["ỦY BAN NHÂN DÂN", "HUYỆN CÔ TÔ"],
        number="2073", notation="QĐ-UBND", place="Cô Tô", date_text="25 tháng 8 năm 2021", issued="2021-08-25",
        title=["QUYẾT ĐỊNH"], subject=["Về việc giao khu vực biển cho ông Bùi Văn Sáng", "để nuôi trồng thủy sản"],
        body=["ỦY BAN NHÂN DÂN HUYỆN CÔ TÔ", _CAN_CU_UBND,
              ("Căn cứ Nghị định số 11/2021/NĐ-CP ngày 10 tháng 02 năm 2021 của Chính phủ quy định việc giao các "
               "khu vực biển nhất định cho tổ chức, cá nhân khai thác, sử dụng tài nguyên biển;"),
              "Xét Tờ trình số 112/TTr-TNMT ngày 16 tháng 8 năm 2021 của Phòng Tài nguyên và Môi trường,",
              "QUYẾT ĐỊNH:",
              "Điều 1. Giao khu vực biển cho cá nhân có tên sau đây:",
              "1. Họ và tên: ông Bùi Văn Sáng",
              "2. Ngày sinh: 02/11/1972; số định danh cá nhân: 022072049923",
              "3. Vị trí, diện tích: 2,4 ha mặt nước biển phía Tây Bắc đảo Cô Tô Con (sơ đồ kèm theo).",
              "4. Thời hạn giao khu vực biển: 10 năm, đến hết ngày 24 tháng 8 năm 2031.",
              ("Điều 2. Quyết định này có hiệu lực kể từ ngày ký. Trưởng phòng Tài nguyên và Môi trường, Chủ tịch "
               "UBND xã Đồng Tiến và ông Bùi Văn Sáng, thôn Hải Tiến, chịu trách nhiệm thi hành.")],
        signer_position=["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], signer_name="Đinh Tiến Phiến",
        holder_name="Bùi Văn Sáng", holder_id="022072049923", holder_id_type="cccd", valid_until="2031-08-24",
        recipients=["- Như Điều 2;", "- Sở TN&MT tỉnh Quảng Ninh (b/c);", "- Lưu: VT, TNMT."],
        seal="ỦY BAN NHÂN DÂN * HUYỆN CÔ TÔ *", hand="scribble", aim=(36.0, 10.0), lift=18.0,
    ),
    Doc9(
        slug="gxn-thoi-gian-cong-tac-dao-bach-long-vi", family="haidao",
        issuer=["ỦY BAN NHÂN DÂN", "HUYỆN BẠCH LONG VĨ"],
        number="276", notation="GXN-UBND", place="Bạch Long Vĩ", date_text="10 tháng 10 năm 2016",
        issued="2016-10-10",
        title=["GIẤY XÁC NHẬN"], subject=["Thời gian công tác tại huyện đảo Bạch Long Vĩ"],
        body=[("Căn cứ Nghị định số 116/2010/NĐ-CP ngày 24 tháng 12 năm 2010 của Chính phủ về chính sách đối với "
               "cán bộ, công chức, viên chức và người hưởng lương trong lực lượng vũ trang công tác ở vùng có điều "
               "kiện kinh tế - xã hội đặc biệt khó khăn;"),
              "Căn cứ hồ sơ cán bộ, công chức, viên chức lưu tại Phòng Nội vụ huyện,",
              "ỦY BAN NHÂN DÂN HUYỆN BẠCH LONG VĨ XÁC NHẬN:",
              "1. Họ và tên: ông Trương Đình Khiêm",
              "2. Ngày sinh: 15/4/1984; số chứng minh nhân dân: 031584276",
              "3. Chức vụ, đơn vị công tác: giáo viên Trường Tiểu học và Trung học cơ sở Bạch Long Vĩ.",
              ("4. Thời gian công tác thực tế tại huyện đảo Bạch Long Vĩ: từ ngày 01/9/2011 đến ngày 31/8/2016 (05 "
               "năm)."),
              ("Giấy xác nhận này cấp để ông Trương Đình Khiêm làm thủ tục hưởng trợ cấp một lần khi chuyển công "
               "tác ra khỏi vùng có điều kiện kinh tế - xã hội đặc biệt khó khăn theo quy định.")],
        signer_position=["TL. CHỦ TỊCH", "TRƯỞNG PHÒNG NỘI VỤ"], signer_name="Hồ Thị Kim Huệ",
        holder_name="Trương Đình Khiêm", holder_id="031584276", holder_id_type="cmnd",
        recipients=["- Ông Trương Đình Khiêm;", "- Sở GD&ĐT Hải Phòng;", "- Lưu: VT, NV."],
        seal="ỦY BAN NHÂN DÂN * HUYỆN BẠCH LONG VĨ *", handwritten=("code_number",),
        hand="flourish", aim=(30.0, 8.0), lift=14.0,
    ),
]


def make_blind25(out: Path, docs=BLIND25, levels=LEVELS, only: set[str] | None = None) -> list[Path]:
    """As blind9, with seeds of its own; ``only`` (slugs) and ``levels`` draw just those files, as they are
    in the whole set."""
    return write_set(out, docs, levels, render, seed=4900, jpeg_seed=2300, no_dpi_parity=1, only=only)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, required=True, help="folder for scans/ and truth/")
    out = parser.parse_args().out
    for path in make_blind25(out):
        print(f"{path.relative_to(out)}  {path.stat().st_size // 1024} KiB")


if __name__ == "__main__":
    main()

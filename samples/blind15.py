"""Blind set 15 (issue 13, after blind set 14): six more families of results, each as a 300 dpi scan and
as a phone photo, signed and sealed as in blind sets 8 to 14, with one scan page fed sideways. Written
without looking at the rules or running them on it, measured once.

Families (Decree 30/2020 appendix I positions: issuer column top left, motto top right, number under
the issuer, place and date under the motto, title centred, signer bottom right, "Nơi nhận:" bottom left):
  dienluc      electricity: a province's "SỞ CÔNG THƯƠNG" (under "UBND TỈNH BR-VT", the body line naming the
               province in full, dated at the city it sits in, "Bà Rịa") deciding "Về việc sửa đổi, bổ sung
               Giấy phép hoạt động điện lực" / "số 38/GP-SCT ngày 16 tháng 10 năm 2019" / "cấp
               cho Công ty Cổ phần Điện mặt trời Long Sơn" (a three-line subject with the older licence's
               number and date on its middle line and the holder on its last) on two pages (the last of
               the company's duties, Articles 3 and 4, the signer and "Nơi nhận:" on page 2), Article 1
               naming the company again with its enterprise code, then numbered rows (the new head
               office, the solar plant and its capacity, "4. Thời hạn của Giấy phép: đến hết ngày 15
               tháng 10 năm 2039 (không thay đổi)."); and a district's "PHÒNG KINH TẾ VÀ HẠ TẦNG"'s công
               văn "V/v thỏa thuận hướng tuyến đường dây" / "22 kV và vị trí trạm biến áp cấp điện" / "cho
               trang trại chăn nuôi tại xã Quảng Lợi" (three "V/v" lines), numbered and dated by hand
               (blind5's pen), addressed to the local power branch ("Kính gửi: Điện lực Đầm Hà"), whose own
               letter ("Văn bản số 412/ĐLĐH-KT ngày …") it answers, the farm's owner named in the body with
               his birth date and personal number, the route and the substation on numbered rows;
  moitruong    environmental protection plans, registered under Decree 18/2015: a district's "GIẤY XÁC
               NHẬN" / "Đăng ký kế hoạch bảo vệ môi trường của dự án" / "Xưởng chế biến hạt điều xuất khẩu
               Võ Xu" for a company, named first in Article 1 under "ỦY BAN NHÂN DÂN HUYỆN ĐỨC LINH XÁC
               NHẬN:", "(sau đây gọi là Chủ dự án)" between its name and its enterprise code, signed "TL.
               CHỦ TỊCH" / "TRƯỞNG PHÒNG" / "TÀI NGUYÊN VÀ MÔI TRƯỜNG" (the office's name broken over two
               lines); and a commune's "GIẤY XÁC NHẬN" with a three-line subject ("Đăng ký kế hoạch bảo vệ
               môi trường" / "của phương án nuôi tôm thẻ chân trắng thâm canh" / "tại ấp Thạnh Hòa, xã Bảo
               Thạnh") for a woman named in a sentence ("Ủy ban nhân dân xã Bảo Thạnh xác nhận bà A, sinh
               ngày …, số định danh cá nhân …, …, đã đăng ký …"), signed "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH";
  cutru        residence, of commune and ward police under their district's (two-line issuer "CÔNG AN
               HUYỆN …" / "CÔNG AN XÃ …"): a "GIẤY CHUYỂN HỘ KHẨU" (one line, no subject; Law on
               Residence 2006) for a man moving away with his wife and son, on numbered rows ("1. Họ và
               tên: …", "2. Ngày, tháng, năm sinh: …; giới tính: Nam", "3. Số định danh cá nhân: …", his
               father as head of the household on "5. Họ và tên chủ hộ: …", where he moves to), the wife
               and son on "- …" rows with their birth dates and personal numbers, "Giấy chuyển hộ khẩu có
               giá trị 30 ngày kể từ ngày cấp", signed "TRƯỞNG CÔNG AN", its scan fed sideways; and a
               ward's "XÁC NHẬN THÔNG TIN VỀ CƯ TRÚ" (one line; Law on Residence 2020) for a woman on rows
               under "CÔNG AN PHƯỜNG NGỌC THỤY XÁC NHẬN:" ("Họ, chữ đệm và tên: …", "Ngày, tháng, năm sinh:
               …; giới tính: Nữ", "Số định danh cá nhân: …"), her mother as head of the household on a
               "Thông tin về chủ hộ: bà …, sinh ngày …, số định danh cá nhân …; …" row, "có giá trị 30
               ngày kể từ ngày cấp", signed "KT. TRƯỞNG CÔNG AN" / "PHÓ TRƯỞNG CÔNG AN";
  thuy         animal health: a district's decision "Về việc hỗ trợ kinh phí cho hộ chăn nuôi có lợn" /
               "buộc phải tiêu hủy do bệnh Dịch tả lợn châu Phi", Article 1 "Hỗ trợ kinh phí cho ông A, sinh
               ngày …, số định danh cá nhân …, …, như sau:" with "- …" rows (pigs culled and their weight,
               the rate, the sum), signed "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH"; and a
               "GIẤY CHỨNG NHẬN ĐỦ ĐIỀU KIỆN" / "BUÔN BÁN THUỐC THÚ Y" (two capitals lines) of a provincial
               "CHI CỤC CHĂN NUÔI VÀ THÚ Y" under its "SỞ NÔNG NGHIỆP VÀ PTNT" under "UBND TỈNH BR-VT" (an
               issuer of three lines), numbered by hand (blind5's pen, the date printed), for a household
               business ("1. Tên cơ sở: Hộ kinh doanh …", "2. Mã số thuế: …"), its owner and its
               veterinarian (with his practice certificate's number) named with their birth dates and
               personal numbers on rows below, "Giấy chứng nhận có thời hạn 05 năm, có giá trị đến ngày 10
               tháng 6 năm 2025.", signed "Q. CHI CỤC TRƯỞNG";
  thidua       emulation and commendation: a commune's decision "Về việc tặng Giấy khen cho ông Lâm Văn Út
               Mười" / "đã có hành động dũng cảm cứu người" (the holder in the middle of the first line),
               Article 1 "Tặng Giấy khen cho ông A, sinh năm 1986, …, đã có hành động dũng cảm cứu 02 học
               sinh …" (no birth date, no number), the prize in Article 2, signed "KT. CHỦ TỊCH" / "PHÓ CHỦ
               TỊCH"; and a city's (Thủ Đức, "ỦY BAN NHÂN DÂN" / "THÀNH PHỐ THỦ ĐỨC") "Về việc tặng Giấy
               khen cho doanh nghiệp có thành tích" / "trong thực hiện nghĩa vụ thuế năm 2020", Article 1
               "Tặng Giấy khen cho Công ty TNHH …, mã số doanh nghiệp …, …";
  khieunai     complaints: a ward's decision "Về việc giải quyết khiếu nại của bà Phí Thị Nguyệt" /
               "(lần đầu)" (the holder inside the subject, a bracketed second line), the complainant with
               her birth date and personal number in the first "Xét …" paragraph, the fine she complained
               of ("Quyết định số 58/QĐ-XPVPHC ngày 24 tháng 8 năm 2020 …") cited and amended, "Trong thời
               hạn 30 ngày kể từ ngày nhận được Quyết định này …", signed "CHỦ TỊCH"; and a township's
               ("UBND HUYỆN CÁT HẢI" / "UBND THỊ TRẤN CÁT BÀ") "THÔNG BÁO" / "Về việc thụ lý giải quyết
               khiếu nại" addressed to the complainant ("Kính gửi: Ông Vũ Văn Quỳnh"), who is named again in
               the body with his birth date and personal number, "2. Thời hạn giải quyết khiếu nại: không
               quá 30 ngày kể từ ngày thụ lý.", signed "CHỦ TỊCH" without a seal.
Every document is signed in blue ballpoint in one of blind7's four hands, on eight of them coming down
across the printed name (blind8's ``aim``), and all but one carry a red round seal over the left part
of the signer block, lifted by blind8's ``lift``. Signers' names have two, three, four and five
syllables ("Mạc Khuê", "Tôn Nữ Thị Khánh Vân"), some with uncommon syllables or surnames ("Lều Văn
Khuyến", "Quách Thị Ngoãn", "Y Thuyên Ksơr", and "Ông Thị Yến Nhi", whose surname is "Ông"); signer blocks
"KT.", "TL.", "TM." and "Q." and bare "CHỦ TỊCH" / "TRƯỞNG CÔNG AN" all occur; nine issuers are a parent
and a child organ, one of them in three lines (the other three "ỦY BAN NHÂN DÂN" over a district or a
city).

Truth conventions (decided before any run): blind4's, as its docstring states them (organ_name,
code_number/code_notation, issued_date, place, type_name, subject, signer_position/signer_full_name,
holder_name and holder_id), with blind5's to blind14's additions (their docstrings). New here:
  electricity      a decision amending a licence: its three subject lines joined by a space are
                   ``subject``, the older licence's number and date included as printed; the holder is the
                   company named after "cấp cho" on the subject's last line, the same as named after "cấp
                   cho" in Article 1 up to the comma, ``holder_id`` the "mã số doanh nghiệp" printed right
                   after it there (``tax_code``); the older licence ("số 38/GP-SCT ngày 16 tháng 10 năm
                   2019") is never ``code_number`` or ``issued_date``, nor is the day the application was
                   filed; "4. Thời hạn của Giấy phép: đến hết ngày 15 tháng 10 năm 2039 (không thay đổi)." is
                   ``valid_until`` (the licence as amended runs to then; blind8's "đến hết ngày" is "đến
                   ngày"); the plant, its capacity and the head office never. The district's công văn keeps
                   blind5's rule: ``type_name`` "CÔNG VĂN", ``subject`` its three "V/v" lines joined as
                   printed, holder fields None, though it names the farm's owner with his birth date and
                   personal number; the addressee, the power branch's letter ("Văn bản số 412/ĐLĐH-KT ngày
                   14 tháng 8 năm 2020") and the day of the site visit are never a field;
  environment      a "GIẤY XÁC NHẬN" of a protection plan: "GIẤY XÁC NHẬN" is ``type_name`` and the
                   sentence-case lines under it, two or three, joined by a space are ``subject`` (blind5's
                   two-line rule); the holder is the company named first in Article 1, up to "(sau đây gọi
                   là Chủ dự án)", ``holder_id`` the "mã số doanh nghiệp" printed after that bracket
                   (``tax_code``); or the person named after "xác nhận bà" in the sentence, without "bà",
                   ``holder_id`` the personal number printed with her (``cccd``); the project, its
                   capacity, the ponds and the plot never; a commune's authorisation by its district
                   ("Quyết định số 1437/QĐ-UBND ngày …") is never the number or the date; no validity: None;
  residence        a "GIẤY CHUYỂN HỘ KHẨU": the holder is the man on the "1. Họ và tên:" row, ``holder_id``
                   the "3. Số định danh cá nhân:" row (``cccd``); the head of the household ("5. Họ và tên
                   chủ hộ: …", his father) and his number, the wife and son moving with him and their
                   numbers, the address he moves to never; "có giá trị 30 ngày kể từ ngày cấp" gives None. A
                   "XÁC NHẬN THÔNG TIN VỀ CƯ TRÚ" (one line, no subject): the holder is the woman on the
                   "Họ, chữ đệm và tên:" row under "… XÁC NHẬN:", ``holder_id`` the "Số định danh cá nhân:"
                   row (``cccd``); the head of the household on the "Thông tin về chủ hộ:" row (her mother)
                   and her number never; "có giá trị 30 ngày kể từ ngày cấp" gives None;
  animal health    a decision paying for culled pigs: the two-line subject joined is ``subject``; the
                   holder is the man named after "Điều 1. Hỗ trợ kinh phí cho ông", without "ông",
                   ``holder_id`` the personal number printed with him; the pigs, their weight, the rate and
                   the sum never; the department's submission ("Tờ trình số 86/TTr-NN ngày …") and the day
                   the pigs were culled never; no validity: None. A certificate for a veterinary drug shop:
                   the title in two capitals lines joined (blind6's rule), ``subject`` None; the issuer's
                   three lines joined by a space are ``organ_name``; the holder is the household business
                   on the "Tên cơ sở:" row, as printed ("Hộ kinh doanh …"), ``holder_id`` the "Mã số thuế:"
                   row under it (``tax_code``); the owner and the veterinarian and their numbers, his
                   practice certificate ("số 183/CCHN-CCCNTY") never; "Giấy chứng nhận có thời hạn 05 năm,
                   có giá trị đến ngày 10 tháng 6 năm 2025." is ``valid_until`` (the term is stated and its
                   end printed); a number written by hand into the printed blank is
                   ``code_number`` (blind5's rule), ``handwritten`` naming it alone; "Q. CHI CỤC TRƯỞNG" is
                   ``signer_position``;
  commendation     a decision awarding a person: the two subject lines joined are ``subject``; the holder
                   is the man named after "Điều 1. Tặng Giấy khen cho ông", without "ông", the same as on
                   the subject's first line; ``holder_id`` None (no personal number is printed, "sinh năm
                   1986" is no date) and ``holder_id_type`` None; the prize, the pupils saved and the day
                   of the rescue never. A decision awarding a company: the holder is the company named
                   after "Tặng Giấy khen cho", up to the comma, ``holder_id`` the "mã số doanh nghiệp"
                   printed right after it (``tax_code``); the prize never; no validity: None;
  complaints       a decision on a complaint: the subject's two lines joined, the bracketed "(lần đầu)"
                   included as printed, are ``subject``; the holder is the complainant named after "của
                   bà" on its first line, without "bà", ``holder_id`` the personal number printed with her
                   in the body (``cccd``); the decision complained of ("Quyết định số 58/QĐ-XPVPHC ngày 24
                   tháng 8 năm 2020") is never the number or the date, nor are the report's day and the
                   fines; "Trong thời hạn 30 ngày kể từ ngày nhận được …" gives None. A notice accepting a
                   complaint for settlement: "THÔNG BÁO" is ``type_name`` and "Về việc thụ lý giải quyết
                   khiếu nại" ``subject``; the holder is the complainant, the one addressee ("Kính gửi: Ông
                   Vũ Văn Quỳnh") and the one the notice decides on (blind9's tax-notice rule), without
                   "Ông", ``holder_id`` the personal number printed with him in the body (``cccd``); the
                   decision complained of never; "Thời hạn giải quyết khiếu nại: không quá 30 ngày kể từ
                   ngày thụ lý" gives None, as does "kể từ ngày 21 tháng 8 năm 2018" (when the settlement
                   starts);
  header           a parent organ printed abbreviated ("UBND TỈNH BR-VT") stays so in ``organ_name``, as
                   printed, though the body names the province in full; a provincial organ dated at the city
                   it sits in ("Bà Rịa, ngày …") has that city as ``place``, the words before ", ngày", as a
                   township's ("Cát Bà") and a ward's ("Ngọc Thụy", "An Lạc") have theirs;
  signer blocks    "TL. CHỦ TỊCH" / "TRƯỞNG PHÒNG" / "TÀI NGUYÊN VÀ MÔI TRƯỜNG" is ``signer_position``, its
                   three lines joined by a space ("TL. CHỦ TỊCH TRƯỞNG PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG"); a
                   signer whose surname is "Ông" keeps it in ``signer_full_name`` (the name as printed);
  pages turned     a scan page fed sideways, turned a quarter counterclockwise (its text running bottom
                   to top), changes no field; a two-page document's fields come from both pages, as one
                   document;
  signatures and seals   as blind7 and blind8: the truth is the text as printed under them.

Renderings, seeds and truth files as blind9's (``make_blind9`` draws them): ``scan`` (300 dpi, light
degradation, PDF) and ``photo`` (80-150 dpi JPEG, perspective, uneven light, half without a DPI; the
two-page document's photos in one PDF). Only the scans are turned (``turn``): the household-move
certificate lies a quarter turn counterclockwise (90); the phone photographs each page as it lies.

    python samples/blind15.py --out benchmarks/out/blind15
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind3 import write_set
from blind5 import _CAN_CU_UBND
from blind9 import LEVELS, Doc9, lay_out, render

__all__ = ["BLIND15", "FAMILIES", "LEVELS", "Doc9", "lay_out", "make_blind15", "render"]

FAMILIES = ("dienluc", "moitruong", "cutru", "thuy", "thidua", "khieunai")

# before the amending law of 22 November 2019 a decision cites the 2015 law alone
_LUAT_CQDP_2015 = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"
_LUAT_BVMT = "Căn cứ Luật Bảo vệ môi trường ngày 23 tháng 6 năm 2014;"
_ND_18 = ("Căn cứ Nghị định số 18/2015/NĐ-CP ngày 14 tháng 02 năm 2015 của Chính phủ quy định về quy hoạch bảo vệ "
          "môi trường, đánh giá môi trường chiến lược, đánh giá tác động môi trường và kế hoạch bảo vệ môi trường;")
_LUAT_THU_Y = "Căn cứ Luật Thú y ngày 19 tháng 6 năm 2015;"
_LUAT_TDKT = ("Căn cứ Luật Thi đua, Khen thưởng ngày 26 tháng 11 năm 2003; Luật sửa đổi, bổ sung một số điều của Luật "
              "Thi đua, Khen thưởng ngày 16 tháng 11 năm 2013;")
_ND_91 = ("Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết thi hành một số "
          "điều của Luật Thi đua, khen thưởng;")
_LUAT_KHIEU_NAI = "Căn cứ Luật Khiếu nại ngày 11 tháng 11 năm 2011;"

BLIND15 = [
    Doc9(
        slug="qd-sua-doi-gp-dien-luc-long-son", family="dienluc",
        issuer=["UBND TỈNH BR-VT", "SỞ CÔNG THƯƠNG"],
        number="264", notation="QĐ-SCT", place="Bà Rịa", date_text="23 tháng 3 năm 2021", issued="2021-03-23",
        title=["QUYẾT ĐỊNH"],
        subject=["Về việc sửa đổi, bổ sung Giấy phép hoạt động điện lực", "số 38/GP-SCT ngày 16 tháng 10 năm 2019",
                 "cấp cho Công ty Cổ phần Điện mặt trời Long Sơn"],
        body=["GIÁM ĐỐC SỞ CÔNG THƯƠNG TỈNH BÀ RỊA - VŨNG TÀU",
              ("Căn cứ Luật Điện lực ngày 03 tháng 12 năm 2004; Luật sửa đổi, bổ sung một số điều của Luật Điện lực "
               "ngày 20 tháng 11 năm 2012;"),
              ("Căn cứ Nghị định số 137/2013/NĐ-CP ngày 21 tháng 10 năm 2013 của Chính phủ quy định chi tiết thi hành "
               "một số điều của Luật Điện lực và Luật sửa đổi, bổ sung một số điều của Luật Điện lực;"),
              ("Căn cứ Thông tư số 21/2020/TT-BCT ngày 09 tháng 9 năm 2020 của Bộ trưởng Bộ Công Thương quy định về "
               "trình tự, thủ tục cấp, thu hồi giấy phép hoạt động điện lực;"),
              ("Xét hồ sơ đề nghị sửa đổi, bổ sung giấy phép hoạt động điện lực nộp ngày 02 tháng 3 năm 2021 của Công "
               "ty Cổ phần Điện mặt trời Long Sơn và đề nghị của Trưởng phòng Quản lý năng lượng,"),
              "QUYẾT ĐỊNH:",
              ("Điều 1. Sửa đổi, bổ sung Giấy phép hoạt động điện lực số 38/GP-SCT ngày 16 tháng 10 năm 2019 do Sở "
               "Công Thương cấp cho Công ty Cổ phần Điện mặt trời Long Sơn, mã số doanh nghiệp 3502942994, như sau:"),
              ("1. Địa chỉ trụ sở chính: số 112 đường Phạm Hùng, phường Long Tâm, thành phố Bà Rịa, tỉnh Bà Rịa - "
               "Vũng Tàu (thay cho địa chỉ tại xã Long Sơn, thành phố Vũng Tàu)."),
              "2. Lĩnh vực hoạt động: phát điện.",
              ("3. Phạm vi hoạt động: Nhà máy điện mặt trời Long Sơn, tổng công suất lắp đặt 2,85 MWp (2,40 MWac), "
               "gồm giai đoạn 1 công suất 1,90 MWp và giai đoạn 2 bổ sung 0,95 MWp, đấu nối vào lộ 475 trạm biến áp "
               "110 kV Long Sơn, tại thôn 2, xã Long Sơn, thành phố Vũng Tàu."),
              "4. Thời hạn của Giấy phép: đến hết ngày 15 tháng 10 năm 2039 (không thay đổi).",
              "Điều 2. Trách nhiệm của Công ty Cổ phần Điện mặt trời Long Sơn:",
              ("a) Vận hành nhà máy điện theo đúng quy trình, quy phạm kỹ thuật; tuân thủ Quy định hệ thống điện phân "
               "phối và các quy định về an toàn điện;"),
              ("b) Duy trì các điều kiện hoạt động điện lực theo quy định; thông báo bằng văn bản cho Sở Công Thương "
               "trong thời hạn 10 ngày làm việc khi có thay đổi về tên, địa chỉ trụ sở hoặc người đại diện theo "
               "pháp luật;"),
              ("c) Thực hiện chế độ báo cáo định kỳ về tình hình hoạt động điện lực theo quy định của Bộ Công "
               "Thương; chịu sự kiểm tra, giám sát của cơ quan nhà nước có thẩm quyền;"),
              ("d) Đầu tư, lắp đặt hệ thống đo đếm điện năng, thiết bị thu thập và truyền số liệu về trung tâm điều "
               "độ hệ thống điện phân phối theo thỏa thuận đấu nối đã ký với Công ty Điện lực Bà Rịa - Vũng Tàu;"),
              ("đ) Bảo đảm an toàn phòng cháy và chữa cháy, bảo vệ môi trường trong quá trình vận hành nhà máy; thu "
               "gom, chuyển giao tấm quang điện hỏng cho đơn vị có chức năng xử lý chất thải."),
              ("Điều 3. Các nội dung khác của Giấy phép hoạt động điện lực số 38/GP-SCT ngày 16 tháng 10 năm 2019 "
               "giữ nguyên giá trị. Quyết định này có hiệu lực kể từ ngày ký và là bộ phận không tách rời của Giấy "
               "phép."),
              ("Điều 4. Chánh Văn phòng Sở, Trưởng phòng Quản lý năng lượng, Giám đốc Công ty Cổ phần Điện mặt trời "
               "Long Sơn và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này.")],
        signer_position=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], signer_name="Nghiêm Xuân Thoại",
        holder_name="Công ty Cổ phần Điện mặt trời Long Sơn", holder_id="3502942994", holder_id_type="tax_code",
        valid_until="2039-10-15",
        recipients=["- Như Điều 4;", "- Cục Điều tiết điện lực (b/c);", "- Công ty Điện lực BR-VT;",
                    "- Lưu: VT, QLNL."],
        seal="SỞ CÔNG THƯƠNG * BÀ RỊA - VŨNG TÀU *", hand="loops", aim=(34.0, 8.0), lift=12.0,
    ),
    Doc9(
        slug="cv-thoa-thuan-huong-tuyen-22kv-quang-loi", family="dienluc",
        issuer=["UBND HUYỆN ĐẦM HÀ", "PHÒNG KINH TẾ VÀ HẠ TẦNG"],
        number="583", notation="KTHT", place="Đầm Hà", date_text="26 tháng 8 năm 2020", issued="2020-08-26",
        title=[], subject=["V/v thỏa thuận hướng tuyến đường dây", "22 kV và vị trí trạm biến áp cấp điện",
                           "cho trang trại chăn nuôi tại xã Quảng Lợi"],
        addressees=["Điện lực Đầm Hà"],
        body=[("Phòng Kinh tế và Hạ tầng huyện Đầm Hà nhận được Văn bản số 412/ĐLĐH-KT ngày 14 tháng 8 năm 2020 của "
               "Điện lực Đầm Hà đề nghị thỏa thuận hướng tuyến đường dây 22 kV và vị trí trạm biến áp 250 kVA cấp "
               "điện cho trang trại chăn nuôi lợn của ông Chíu Văn Sáng, sinh ngày 09/3/1979, số định danh cá nhân "
               "022079048070, thường trú tại thôn Đồng Tâm, xã Quảng Lợi."),
              ("Sau khi kiểm tra thực địa ngày 20 tháng 8 năm 2020 cùng đại diện Ủy ban nhân dân xã Quảng Lợi và Điện "
               "lực Đầm Hà, Phòng Kinh tế và Hạ tầng thống nhất như sau:"),
              ("1. Hướng tuyến: đường dây 22 kV dài 1,35 km, đấu nối tại cột số 47 lộ 373 trạm biến áp 110 kV Đầm Hà, "
               "đi dọc phía tây đường liên thôn Đồng Tâm - Làng Mới, cách mép đường tối thiểu 2,0 m, đến vị trí "
               "trạm biến áp."),
              ("2. Vị trí trạm biến áp: trạm biến áp kiểu treo 250 kVA - 22/0,4 kV đặt trong khuôn viên trang trại, "
               "thửa đất số 126, tờ bản đồ số 18, xã Quảng Lợi."),
              ("3. Điện lực Đầm Hà có trách nhiệm thiết kế, thi công theo đúng hướng tuyến đã thỏa thuận; bảo đảm "
               "hành lang an toàn lưới điện cao áp và hoàn trả mặt bằng đường liên thôn sau khi thi công."),
              ("Phòng Kinh tế và Hạ tầng huyện Đầm Hà thông báo để Điện lực Đầm Hà và ông Chíu Văn Sáng biết, thực "
               "hiện./.")],
        signer_position=["KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG"], signer_name="Lều Văn Khuyến",
        recipients=["- Như trên;", "- UBND xã Quảng Lợi;", "- Ông Chíu Văn Sáng;", "- Lưu: VT, KTHT."],
        seal="PHÒNG KINH TẾ VÀ HẠ TẦNG * ĐẦM HÀ *", handwritten=("code_number", "issued_date"),
        hand="flourish", aim=(0.0, 0.0), lift=18.0,
    ),
    Doc9(
        slug="gxn-ke-hoach-bvmt-xuong-hat-dieu-vo-xu", family="moitruong", issuer=["ỦY BAN NHÂN DÂN", "HUYỆN ĐỨC LINH"],
        number="29", notation="GXN-UBND", place="Đức Linh", date_text="16 tháng 10 năm 2018", issued="2018-10-16",
        title=["GIẤY XÁC NHẬN"],
        subject=["Đăng ký kế hoạch bảo vệ môi trường của dự án", "Xưởng chế biến hạt điều xuất khẩu Võ Xu"],
        body=[_LUAT_BVMT, _ND_18,
              ("Căn cứ Thông tư số 27/2015/TT-BTNMT ngày 29 tháng 5 năm 2015 của Bộ trưởng Bộ Tài nguyên và Môi "
               "trường về đánh giá môi trường chiến lược, đánh giá tác động môi trường và kế hoạch bảo vệ môi "
               "trường;"),
              ("Xét văn bản đề nghị đăng ký kế hoạch bảo vệ môi trường ngày 02 tháng 10 năm 2018 của Công ty TNHH "
               "Chế biến Nông sản Võ Xu và đề nghị của Trưởng phòng Tài nguyên và Môi trường,"),
              "ỦY BAN NHÂN DÂN HUYỆN ĐỨC LINH XÁC NHẬN:",
              ("Điều 1. Công ty TNHH Chế biến Nông sản Võ Xu (sau đây gọi là Chủ dự án), mã số doanh nghiệp "
               "3401060509, địa chỉ: khu phố 4, thị trấn Võ Xu, huyện Đức Linh, tỉnh Bình Thuận, đã đăng ký kế hoạch "
               "bảo vệ môi trường của dự án Xưởng chế biến hạt điều xuất khẩu Võ Xu, công suất 1.200 tấn hạt điều "
               "thô/năm, tại khu phố 4, thị trấn Võ Xu."),
              ("Điều 2. Chủ dự án có trách nhiệm thực hiện đầy đủ các biện pháp bảo vệ môi trường đã đăng ký; xử lý "
               "nước thải đạt QCVN 40:2011/BTNMT trước khi thải ra môi trường; không đốt vỏ hạt điều ngoài trời.")],
        signer_position=["TL. CHỦ TỊCH", "TRƯỞNG PHÒNG", "TÀI NGUYÊN VÀ MÔI TRƯỜNG"], signer_name="Quách Thị Ngoãn",
        holder_name="Công ty TNHH Chế biến Nông sản Võ Xu", holder_id="3401060509", holder_id_type="tax_code",
        recipients=["- Chủ dự án;", "- Sở TN&MT tỉnh Bình Thuận;", "- UBND thị trấn Võ Xu;", "- Lưu: VT, TNMT."],
        seal="ỦY BAN NHÂN DÂN * HUYỆN ĐỨC LINH *", hand="underline", aim=(32.0, 8.0), lift=14.0,
    ),
    Doc9(
        slug="gxn-ke-hoach-bvmt-nuoi-tom-bao-thanh", family="moitruong",
        issuer=["UBND HUYỆN BA TRI", "UBND XÃ BẢO THẠNH"],
        number="13", notation="GXN-UBND", place="Bảo Thạnh", date_text="25 tháng 4 năm 2019", issued="2019-04-25",
        title=["GIẤY XÁC NHẬN"],
        subject=["Đăng ký kế hoạch bảo vệ môi trường", "của phương án nuôi tôm thẻ chân trắng thâm canh",
                 "tại ấp Thạnh Hòa, xã Bảo Thạnh"],
        body=[_LUAT_BVMT, _ND_18,
              ("Căn cứ Quyết định số 1437/QĐ-UBND ngày 18 tháng 3 năm 2019 của Ủy ban nhân dân huyện Ba Tri về việc "
               "ủy quyền cho Ủy ban nhân dân cấp xã xác nhận đăng ký kế hoạch bảo vệ môi trường;"),
              "Xét kế hoạch bảo vệ môi trường do bà Mẫn Thị Kiều Oanh lập, nộp ngày 11 tháng 4 năm 2019,",
              ("Ủy ban nhân dân xã Bảo Thạnh xác nhận bà Mẫn Thị Kiều Oanh, sinh ngày 07/11/1983, số định danh cá "
               "nhân 083183282300, thường trú tại ấp Thạnh Hòa, xã Bảo Thạnh, huyện Ba Tri, tỉnh Bến Tre, đã đăng ký "
               "kế hoạch bảo vệ môi trường của phương án nuôi tôm thẻ chân trắng thâm canh, diện tích mặt nước 0,9 "
               "ha, gồm 03 ao nuôi và 01 ao lắng, tại thửa đất số 215, tờ bản đồ số 9, ấp Thạnh Hòa."),
              ("Bà Mẫn Thị Kiều Oanh có trách nhiệm xử lý nước thải, bùn thải trong ao lắng trước khi xả ra kênh "
               "Thạnh Hòa, thu gom bao bì thuốc, hóa chất dùng trong nuôi tôm theo quy định.")],
        signer_position=["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], signer_name="Mạc Khuê",
        holder_name="Mẫn Thị Kiều Oanh", holder_id="083183282300", holder_id_type="cccd",
        recipients=["- Bà Mẫn Thị Kiều Oanh;", "- Phòng TN&MT huyện Ba Tri;", "- Lưu: VT."],
        seal="ỦY BAN NHÂN DÂN * XÃ BẢO THẠNH *", hand="scribble", aim=(34.0, 10.0), lift=16.0,
    ),
    Doc9(
        slug="giay-chuyen-ho-khau-kim-lien", family="cutru", issuer=["CÔNG AN HUYỆN NAM ĐÀN", "CÔNG AN XÃ KIM LIÊN"],
        number="44", notation="GCHK", place="Kim Liên", date_text="20 tháng 5 năm 2020", issued="2020-05-20",
        title=["GIẤY CHUYỂN HỘ KHẨU"], subject=[],
        body=[("Căn cứ Luật Cư trú ngày 29 tháng 11 năm 2006; Luật sửa đổi, bổ sung một số điều của Luật Cư trú ngày "
               "20 tháng 6 năm 2013;"),
              "Xét đề nghị chuyển hộ khẩu ngày 14 tháng 5 năm 2020,",
              "CÔNG AN XÃ KIM LIÊN CẤP GIẤY CHUYỂN HỘ KHẨU CHO:",
              "1. Họ và tên: Chu Văn Khởi",
              "2. Ngày, tháng, năm sinh: 18/02/1990; giới tính: Nam",
              "3. Số định danh cá nhân: 040090017738",
              "4. Nơi thường trú: xóm Sen 2, xã Kim Liên, huyện Nam Đàn, tỉnh Nghệ An.",
              "5. Họ và tên chủ hộ: Chu Văn Thược; số định danh cá nhân: 040061013991; quan hệ với chủ hộ: con",
              ("6. Nơi chuyển đến: số 27 ngõ 9 đường Lê Hồng Phong, phường Vĩnh Trại, thành phố Lạng Sơn, tỉnh Lạng "
               "Sơn."),
              "7. Lý do chuyển: chuyển theo nơi công tác.",
              "8. Những người trong hộ cùng chuyển hộ khẩu:",
              ("- Hà Thị Ngân, sinh ngày 24/6/1992, số định danh cá nhân 040192893847, quan hệ với người chuyển: "
               "vợ;"),
              ("- Chu Minh Khang, sinh ngày 03/9/2016, số định danh cá nhân 040216985145, quan hệ với người chuyển: "
               "con."),
              "Giấy chuyển hộ khẩu có giá trị 30 ngày kể từ ngày cấp."],
        signer_position=["TRƯỞNG CÔNG AN"], signer_name="Hồ Sỹ Điềm",
        holder_name="Chu Văn Khởi", holder_id="040090017738", holder_id_type="cccd",
        recipients=["- Ông Chu Văn Khởi;", "- Công an huyện Nam Đàn (b/c);", "- Lưu: HSHK."],
        seal="CÔNG AN XÃ KIM LIÊN * HUYỆN NAM ĐÀN *", hand="loops", aim=(30.0, 6.0), lift=8.0, turn=(90.0,),
    ),
    Doc9(
        slug="xn-thong-tin-cu-tru-ngoc-thuy", family="cutru",
        issuer=["CÔNG AN QUẬN LONG BIÊN", "CÔNG AN PHƯỜNG NGỌC THỤY"],
        number="1509", notation="XN-CAP", place="Ngọc Thụy", date_text="23 tháng 11 năm 2021", issued="2021-11-23",
        title=["XÁC NHẬN THÔNG TIN VỀ CƯ TRÚ"], subject=[],
        body=["Căn cứ Luật Cư trú ngày 13 tháng 11 năm 2020;",
              ("Căn cứ Thông tư số 55/2021/TT-BCA ngày 15 tháng 5 năm 2021 của Bộ trưởng Bộ Công an quy định chi tiết "
               "một số điều và biện pháp thi hành Luật Cư trú;"),
              "Xét đề nghị xác nhận thông tin về cư trú của công dân ngày 19 tháng 11 năm 2021,",
              "CÔNG AN PHƯỜNG NGỌC THỤY XÁC NHẬN:",
              "Họ, chữ đệm và tên: Khúc Thị Thanh Thoa",
              "Ngày, tháng, năm sinh: 30/4/1996; giới tính: Nữ",
              "Số định danh cá nhân: 001196720671",
              "Nơi thường trú: số 14 ngõ 72 phố Ngọc Thụy, tổ 9, phường Ngọc Thụy, quận Long Biên, thành phố Hà Nội.",
              "Nơi tạm trú: không.",
              ("Thông tin về chủ hộ: bà Đàm Thị Liên, sinh ngày 12/8/1968, số định danh cá nhân 001168229650; quan hệ "
               "với chủ hộ: con."),
              "Văn bản xác nhận thông tin về cư trú có giá trị 30 ngày kể từ ngày cấp."],
        signer_position=["KT. TRƯỞNG CÔNG AN", "PHÓ TRƯỞNG CÔNG AN"], signer_name="Thân Đức Khải",
        holder_name="Khúc Thị Thanh Thoa", holder_id="001196720671", holder_id_type="cccd",
        recipients=["- Công dân;", "- Lưu: HSCT."],
        seal="CÔNG AN PHƯỜNG NGỌC THỤY * LONG BIÊN *", hand="underline", aim=(36.0, 10.0), lift=16.0,
    ),
    Doc9(
        slug="qd-ho-tro-dich-ta-lon-chau-phi-minh-khai", family="thuy", issuer=["ỦY BAN NHÂN DÂN", "HUYỆN HƯNG HÀ"],
        number="2093", notation="QĐ-UBND", place="Hưng Hà", date_text="31 tháng 7 năm 2019", issued="2019-07-31",
        title=["QUYẾT ĐỊNH"],
        subject=["Về việc hỗ trợ kinh phí cho hộ chăn nuôi có lợn", "buộc phải tiêu hủy do bệnh Dịch tả lợn châu Phi"],
        body=["ỦY BAN NHÂN DÂN HUYỆN HƯNG HÀ", _LUAT_CQDP_2015,
              ("Căn cứ Quyết định số 793/QĐ-TTg ngày 27 tháng 6 năm 2019 của Thủ tướng Chính phủ về cơ chế, chính sách "
               "hỗ trợ để khôi phục sản xuất tại các hộ chăn nuôi có lợn bị tiêu hủy do bệnh Dịch tả lợn châu Phi;"),
              ("Xét Tờ trình số 86/TTr-NN ngày 24 tháng 7 năm 2019 của Phòng Nông nghiệp và PTNT và biên bản tiêu "
               "hủy lợn ngày 08 tháng 7 năm 2019,"),
              "QUYẾT ĐỊNH:",
              ("Điều 1. Hỗ trợ kinh phí cho ông Lại Văn Khiêm, sinh ngày 02/12/1972, số định danh cá nhân "
               "034072571391, thường trú tại thôn Nội, xã Minh Khai, chủ hộ chăn nuôi có lợn buộc phải tiêu hủy do "
               "bệnh Dịch tả lợn châu Phi, như sau:"),
              "- Số lợn tiêu hủy: 41 con, tổng trọng lượng 2.860 kg lợn hơi; mức hỗ trợ: 25.000 đồng/kg;",
              "- Số tiền hỗ trợ: 71.500.000 đồng (bảy mươi mốt triệu năm trăm nghìn đồng).",
              "Điều 2. Kinh phí hỗ trợ từ nguồn dự phòng ngân sách huyện năm 2019, chi trả qua UBND xã Minh Khai.",
              ("Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng "
               "Tài chính - Kế hoạch, Chủ tịch UBND xã Minh Khai và ông Lại Văn Khiêm chịu trách nhiệm thi hành.")],
        signer_position=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer_name="Khổng Minh Quýnh",
        holder_name="Lại Văn Khiêm", holder_id="034072571391", holder_id_type="cccd",
        recipients=["- Như Điều 3;", "- Sở NN&PTNT tỉnh Thái Bình (b/c);", "- Lưu: VT, NN."],
        seal="ỦY BAN NHÂN DÂN * HUYỆN HƯNG HÀ *", hand="scribble", aim=(0.0, 0.0), lift=6.0,
    ),
    Doc9(
        slug="gcn-buon-ban-thuoc-thu-y-kim-hai", family="thuy",
        issuer=["UBND TỈNH BR-VT", "SỞ NÔNG NGHIỆP VÀ PTNT", "CHI CỤC CHĂN NUÔI VÀ THÚ Y"],
        number="72", notation="GCN-CCCNTY", place="Bà Rịa", date_text="11 tháng 6 năm 2020", issued="2020-06-11",
        title=["GIẤY CHỨNG NHẬN ĐỦ ĐIỀU KIỆN", "BUÔN BÁN THUỐC THÚ Y"], subject=[],
        body=["CHI CỤC TRƯỞNG CHI CỤC CHĂN NUÔI VÀ THÚ Y", _LUAT_THU_Y,
              ("Căn cứ Nghị định số 35/2016/NĐ-CP ngày 15 tháng 5 năm 2016 của Chính phủ quy định chi tiết một số "
               "điều của Luật Thú y;"),
              "Xét hồ sơ nộp ngày 25 tháng 5 năm 2020 và biên bản kiểm tra cơ sở ngày 04 tháng 6 năm 2020,",
              "CHỨNG NHẬN:",
              "1. Tên cơ sở: Hộ kinh doanh Thuốc thú y Kim Hải",
              "2. Mã số thuế: 3501350096",
              "3. Địa chỉ: số 86 đường Hùng Vương, thị trấn Ngãi Giao, huyện Châu Đức.",
              "4. Chủ cơ sở: bà Đinh Thị Kim Hải, sinh ngày 21/01/1985, số định danh cá nhân 077185715131.",
              ("5. Người phụ trách kỹ thuật: ông Tăng Quốc Vĩ, sinh ngày 06/10/1991, số định danh cá nhân "
               "077091563990, chứng chỉ hành nghề thú y số 183/CCHN-CCCNTY."),
              "6. Phạm vi buôn bán: thuốc thú y thành phẩm, vắc xin, chế phẩm sinh học, hóa chất dùng trong thú y.",
              "Giấy chứng nhận có thời hạn 05 năm, có giá trị đến ngày 10 tháng 6 năm 2025."],
        signer_position=["Q. CHI CỤC TRƯỞNG"], signer_name="Ông Thị Yến Nhi",
        holder_name="Hộ kinh doanh Thuốc thú y Kim Hải", holder_id="3501350096", holder_id_type="tax_code",
        valid_until="2025-06-10", recipients=["- Cơ sở được cấp;", "- Cục Thú y (b/c);", "- Lưu: VT, TY."],
        seal="CHI CỤC CHĂN NUÔI VÀ THÚ Y * BR-VT *", handwritten=("code_number",),
        hand="flourish", aim=(36.0, 8.0), lift=14.0,
    ),
    Doc9(
        slug="qd-tang-giay-khen-cuu-nguoi-huu-thanh", family="thidua",
        issuer=["UBND HUYỆN TRÀ ÔN", "UBND XÃ HỰU THÀNH"],
        number="33", notation="QĐ-UBND", place="Hựu Thành", date_text="13 tháng 6 năm 2019", issued="2019-06-13",
        title=["QUYẾT ĐỊNH"],
        subject=["Về việc tặng Giấy khen cho ông Lâm Văn Út Mười", "đã có hành động dũng cảm cứu người"],
        body=["CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ HỰU THÀNH", _LUAT_CQDP_2015, _LUAT_TDKT, _ND_91,
              "Xét đề nghị của Trưởng ấp Mỹ Thạnh và công chức Văn phòng - Thống kê xã,",
              "QUYẾT ĐỊNH:",
              ("Điều 1. Tặng Giấy khen cho ông Lâm Văn Út Mười, sinh năm 1986, thường trú tại ấp Mỹ Thạnh, xã Hựu "
               "Thành, huyện Trà Ôn, đã có hành động dũng cảm cứu 02 học sinh bị đuối nước trên sông Măng Thít ngày "
               "02 tháng 6 năm 2019."),
              ("Điều 2. Kèm theo Giấy khen là tiền thưởng 417.000 đồng (bốn trăm mười bảy nghìn đồng), trích từ Quỹ "
               "thi đua, khen thưởng của xã."),
              ("Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Công chức Văn phòng - Thống kê, kế toán ngân sách "
               "xã và ông Lâm Văn Út Mười chịu trách nhiệm thi hành Quyết định này.")],
        signer_position=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer_name="Châu Thị Mộng Thường",
        holder_name="Lâm Văn Út Mười",
        recipients=["- Như Điều 3;", "- Phòng Nội vụ huyện (b/c);", "- Lưu: VT."],
        seal="ỦY BAN NHÂN DÂN * XÃ HỰU THÀNH *", hand="loops", aim=(0.0, 0.0), lift=10.0,
    ),
    Doc9(
        slug="qd-tang-giay-khen-thue-tam-da", family="thidua", issuer=["ỦY BAN NHÂN DÂN", "THÀNH PHỐ THỦ ĐỨC"],
        number="3826", notation="QĐ-UBND", place="Thủ Đức", date_text="27 tháng 4 năm 2021", issued="2021-04-27",
        title=["QUYẾT ĐỊNH"],
        subject=["Về việc tặng Giấy khen cho doanh nghiệp có thành tích", "trong thực hiện nghĩa vụ thuế năm 2020"],
        body=["CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ THỦ ĐỨC", _CAN_CU_UBND, _LUAT_TDKT, _ND_91,
              "Xét đề nghị của Trưởng phòng Nội vụ thành phố,",
              "QUYẾT ĐỊNH:",
              ("Điều 1. Tặng Giấy khen cho Công ty TNHH Cơ khí Chính xác Tam Đa, mã số doanh nghiệp 0316370977, địa "
               "chỉ: số 45 đường Tam Đa, phường Trường Thạnh, thành phố Thủ Đức, đã có thành tích chấp hành tốt chính "
               "sách, pháp luật thuế năm 2020."),
              "Điều 2. Kèm theo Giấy khen là tiền thưởng 1.490.000 đồng từ Quỹ thi đua, khen thưởng thành phố.",
              ("Điều 3. Chánh Văn phòng Ủy ban nhân dân thành phố, Trưởng phòng Nội vụ và Giám đốc Công ty TNHH Cơ "
               "khí Chính xác Tam Đa chịu trách nhiệm thi hành Quyết định này.")],
        signer_position=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer_name="Tôn Nữ Thị Khánh Vân",
        holder_name="Công ty TNHH Cơ khí Chính xác Tam Đa", holder_id="0316370977", holder_id_type="tax_code",
        recipients=["- Như Điều 3;", "- Ban Thi đua - Khen thưởng TP.HCM;", "- Lưu: VT, NV."],
        seal="ỦY BAN NHÂN DÂN * THÀNH PHỐ THỦ ĐỨC *", hand="underline", aim=(34.0, 6.0), lift=18.0,
    ),
    Doc9(
        slug="qd-giai-quyet-khieu-nai-an-lac", family="khieunai", issuer=["UBND THỊ XÃ BUÔN HỒ", "UBND PHƯỜNG AN LẠC"],
        number="96", notation="QĐ-UBND", place="An Lạc", date_text="29 tháng 10 năm 2020", issued="2020-10-29",
        title=["QUYẾT ĐỊNH"], subject=["Về việc giải quyết khiếu nại của bà Phí Thị Nguyệt", "(lần đầu)"],
        body=["CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG AN LẠC", _LUAT_CQDP_2015, _LUAT_KHIEU_NAI,
              ("Xét đơn khiếu nại ngày 14 tháng 9 năm 2020 của bà Phí Thị Nguyệt, sinh ngày 19/5/1975, số định danh "
               "cá nhân 066175019296, tổ dân phố 7, phường An Lạc, khiếu nại Quyết định số 58/QĐ-XPVPHC ngày 24 tháng "
               "8 năm 2020 của Chủ tịch Ủy ban nhân dân phường về việc xử phạt vi phạm hành chính đối với bà và báo "
               "cáo kết quả xác minh ngày 20 tháng 10 năm 2020,"),
              "QUYẾT ĐỊNH:",
              ("Điều 1. Công nhận một phần nội dung khiếu nại của bà Phí Thị Nguyệt: mái che trước nhà ở của bà "
               "được miễn giấy phép xây dựng, nhưng lấn hành lang an toàn đường bộ 1,2 m."),
              ("Điều 2. Sửa đổi Quyết định số 58/QĐ-XPVPHC ngày 24 tháng 8 năm 2020: mức phạt tiền từ 15.000.000 "
               "đồng xuống 3.000.000 đồng; giữ nguyên biện pháp buộc tháo dỡ phần mái che lấn hành lang."),
              ("Điều 3. Trong thời hạn 30 ngày kể từ ngày nhận được Quyết định này, nếu không đồng ý, bà Phí Thị "
               "Nguyệt có quyền khiếu nại đến Chủ tịch UBND thị xã Buôn Hồ hoặc khởi kiện vụ án hành chính."),
              "Điều 4. Quyết định này có hiệu lực kể từ ngày ký."],
        signer_position=["CHỦ TỊCH"], signer_name="Y Thuyên Ksơr",
        holder_name="Phí Thị Nguyệt", holder_id="066175019296", holder_id_type="cccd",
        recipients=["- Như Điều 4;", "- Chủ tịch UBND thị xã (b/c);", "- Thanh tra thị xã;", "- Lưu: VT, hồ sơ."],
        seal="ỦY BAN NHÂN DÂN * PHƯỜNG AN LẠC *", hand="flourish", aim=(0.0, 0.0), lift=18.0,
    ),
    Doc9(
        slug="tb-thu-ly-khieu-nai-cat-ba", family="khieunai", issuer=["UBND HUYỆN CÁT HẢI", "UBND THỊ TRẤN CÁT BÀ"],
        number="05", notation="TB-UBND", place="Cát Bà", date_text="21 tháng 8 năm 2018", issued="2018-08-21",
        title=["THÔNG BÁO"], subject=["Về việc thụ lý giải quyết khiếu nại"],
        addressees=["Ông Vũ Văn Quỳnh"],
        body=[("Ngày 08 tháng 8 năm 2018, Ủy ban nhân dân thị trấn Cát Bà nhận được đơn khiếu nại của ông Vũ Văn "
               "Quỳnh, sinh ngày 27/01/1964, số định danh cá nhân 031064295050, thường trú tại tổ dân phố 3, thị "
               "trấn Cát Bà, huyện Cát Hải, khiếu nại Quyết định số 112/QĐ-UBND ngày 16 tháng 7 năm 2018 của Chủ tịch "
               "Ủy ban nhân dân thị trấn về việc buộc tháo dỡ lều quán kinh doanh trên bãi tắm Cát Cò 2."),
              ("Xét thấy đơn khiếu nại đủ điều kiện thụ lý theo quy định tại Điều 11 Luật Khiếu nại năm 2011, Chủ tịch "
               "Ủy ban nhân dân thị trấn Cát Bà thông báo:"),
              ("1. Thụ lý giải quyết khiếu nại lần đầu đối với đơn khiếu nại của ông Vũ Văn Quỳnh kể từ ngày 21 tháng "
               "8 năm 2018."),
              "2. Thời hạn giải quyết khiếu nại: không quá 30 ngày kể từ ngày thụ lý.",
              ("3. Giao công chức Địa chính - Xây dựng thị trấn xác minh nội dung khiếu nại, báo cáo Chủ tịch Ủy ban "
               "nhân dân thị trấn trước ngày 10 tháng 9 năm 2018."),
              "Ủy ban nhân dân thị trấn Cát Bà thông báo để ông Vũ Văn Quỳnh biết./."],
        signer_position=["CHỦ TỊCH"], signer_name="Hoàng Văn Thuẫn",
        holder_name="Vũ Văn Quỳnh", holder_id="031064295050", holder_id_type="cccd",
        recipients=["- Như trên;", "- UBND huyện Cát Hải (b/c);", "- Lưu: VT."],
        hand="scribble", aim=(32.0, 8.0), lift=16.0,
    ),
]


def make_blind15(out: Path, docs=BLIND15, levels=LEVELS, only: set[str] | None = None) -> list[Path]:
    """As blind9, with seeds of its own; ``only`` (slugs) and ``levels`` draw just those files, as they are
    in the whole set."""
    return write_set(out, docs, levels, render, seed=3500, jpeg_seed=1300, no_dpi_parity=1, only=only)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, required=True, help="folder for scans/ and truth/")
    out = parser.parse_args().out
    for path in make_blind15(out):
        print(f"{path.relative_to(out)}  {path.stat().st_size // 1024} KiB")


if __name__ == "__main__":
    main()

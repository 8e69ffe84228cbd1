"""Blind set 20 (issue 13, after blind set 19): six more families of results, each as a 300 dpi scan and
as a phone photo, signed and sealed as in blind sets 8 to 19, with one scan page tilted one and a half
degrees counterclockwise on the glass. Written without looking at the rules or running them on it,
measured once.

As in blind17 to blind19, every province and provincial seat is some earlier set's ``place``: these
results come from communes, districts and towns, a verification company, a quarrying company and the
quarry it belongs to, and a bank's district office, dated where those sit ("Mường Tè", "Nậm Cắn",
"Tân Châu", "Nhơn Trạch").

Families (Decree 30/2020 appendix I positions: issuer column top left, motto top right, number under
the issuer, place and date under the motto, title centred, signer bottom right, "Nơi nhận:" bottom left):
  khituong     hydro-meteorology: a district's decision on two pages (Articles 3 and 4, the signer and "Nơi
               nhận:" on page 2) "Về việc chấp thuận phương án quan trắc khí tượng thủy văn" / "chuyên dùng
               công trình thủy điện Pa Ủ", "Điều 1. Chấp thuận cho Công ty Cổ phần …, mã số doanh nghiệp …,
               thực hiện …", the stations and the installer with its own code on rows, "Điều 2. Thời hạn
               thực hiện phương án: từ ngày ký đến hết ngày 31 tháng 12 năm 2027; …", the province's
               delegation, the company's letter and the office's submission cited above, signed "KT. CHỦ
               TỊCH" / "PHÓ CHỦ TỊCH" by a Hà Nhì official ("Pờ Xá Chừ"); and a district agriculture office's
               công văn "V/v theo dõi, báo cáo lượng mưa" / "mùa mưa lũ năm 2018", numbered and dated by hand
               (blind5's pen), addressed ("Kính gửi: …") to the communes, a H'Mông rain observer named in the
               body, reports due "trước ngày 05 của tháng sau", "từ ngày 15 tháng 5 đến hết ngày 31 tháng 10
               năm 2018", signed "KT. TRƯỞNG PHÒNG" / "PHÓ TRƯỞNG PHÒNG";
  doluong      metrology: a verification company's "GIẤY CHỨNG NHẬN KIỂM ĐỊNH PHƯƠNG TIỆN ĐO" (one line), its
               name wrapped on two issuer lines ("CÔNG TY CỔ PHẦN" / "KIỂM ĐỊNH TÂN CHÂU"), numbered by hand,
               the weighbridge first (its type and serial "số sản xuất: 2207153"), then its user ("3. Đơn vị
               sử dụng: Công ty TNHH …", "4. Mã số doanh nghiệp: …"), the seal number of the verification
               ("tem kiểm định số: B 0417625"), "7. Giấy chứng nhận có giá trị đến ngày 24 tháng 3 năm
               2025.", the directorate's designation ("Quyết định số 1185/QĐ-TĐC ngày …") cited above,
               signed "KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC"; and a district's "KẾ HOẠCH" / "Kiểm tra nhà nước về đo
               lường đối với cân" / "sử dụng trong mua bán tại các chợ năm 2023" (two sentence-case lines), its
               parts headed in capitals ("I. MỤC ĐÍCH"), the department's plan ("Kế hoạch số 174/KH-SKHCN
               ngày …") in the body, the inspection "từ ngày 16 tháng 10 đến ngày 10 tháng 11 năm 2023" and
               deadlines ("hoàn thành trước ngày 20 tháng 11 năm 2023"), signed "KT. CHỦ TỊCH" / "PHÓ CHỦ
               TỊCH" by a Khmer official with a two-syllable name ("Danh Hùng");
  luutru       archives: a town's decision "Về việc cho phép sử dụng tài liệu lưu trữ" (one subject line),
               Article 1 opening on "người có tên sau đây", the Khmer teacher on rows ("1. Họ và tên: bà Kim
               Thị Sô Phia", "2. Ngày sinh: …; số định danh cá nhân: …"), the boxes she may read, "5. Thời hạn
               sử dụng tài liệu: đến hết ngày 30 tháng 9 năm 2021.", the town's archive rules ("Quyết định số
               886/QĐ-UBND ngày …") cited above, signed "TL. CHỦ TỊCH" / "CHÁNH VĂN PHÒNG"; and a commune's
               "BÁO CÁO" / "Kết quả công tác văn thư, lưu trữ năm 2020" (one line) addressed ("Kính gửi: …")
               to the district's home-affairs office, answering its letter ("Công văn số 486/PNV ngày …"),
               naming the clerk who keeps the archive "từ ngày 01/3/2020", signed "TM. ỦY BAN NHÂN DÂN" /
               "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" by a H'Mông vice-chairman;
  dantoc       ethnic affairs: a district's decision "Về việc công nhận bổ sung người có uy tín trong đồng
               bào" / "dân tộc thiểu số trên địa bàn huyện Quản Bạ năm 2023", "Điều 1. Công nhận bổ sung ông
               Vừ Chá Dình, sinh năm 1961, dân tộc Mông, …", no personal number printed for him, the man he
               replaces named, the province's delegation, the hamlet's minutes and the office's submission
               cited above, signed "TUQ. CHỦ TỊCH" / "TRƯỞNG PHÒNG DÂN TỘC"; and a commune's decision "Về việc
               hỗ trợ nước sinh hoạt phân tán" / "đối với hộ bà Lò Thị Ún" (the holder inside the subject),
               Article 1 naming the Thái woman again after "cho hộ bà" with her birth date and personal number,
               the hamlet head in Article 2, "hoàn thành … trước ngày 30 tháng 9 năm 2019", signed "CHỦ TỊCH",
               its scan tilted one and a half degrees counterclockwise;
  vatlieuno    industrial explosives: a quarrying company's "GIẤY CHỨNG NHẬN HUẤN LUYỆN KỸ THUẬT AN TOÀN" /
               "VẬT LIỆU NỔ CÔNG NGHIỆP" (two capitals lines) under a three-line issuer ("TỔNG CÔNG TY VẬT
               LIỆU" / "XÂY DỰNG HÀ NAM" / "CÔNG TY CP ĐÁ KIỆN KHÊ", the parent's name wrapped), the blaster on
               rows under "CHỨNG NHẬN:" ("Họ và tên: Ứng Văn Thịnh", "Ngày sinh: …; số định danh cá nhân:
               …"), his course "từ ngày 21/9/2020 đến ngày 25/9/2020", "Giấy chứng nhận có giá trị đến ngày
               15 tháng 10 năm 2022.", the company's results decision ("Quyết định số 214/QĐ-ĐKK ngày …")
               cited above, signed "GIÁM ĐỐC"; and another quarry's "THÔNG BÁO" / "Thời gian, tín hiệu nổ mìn
               khai thác đá" / "tại mỏ đá vôi Khuôn Lân tháng 12 năm 2019" under a one-line issuer ("CÔNG TY CP
               ĐÁ TRÀNG XÁ"), addressed ("Kính gửi: …") to the commune, its own permit ("Giấy phép … số
               27/GP-SCT ngày …") and its own enterprise code in the body, blasting "từ ngày 04/12/2019 đến hết
               ngày 31/12/2019", the blasting chief named, signed "Q. GIÁM ĐỐC", without a seal;
  nhaxahoi     social housing: a commune's "GIẤY XÁC NHẬN" / "Về đối tượng và thực trạng nhà ở" (one
               sentence-case line), numbered by hand, "ỦY BAN NHÂN DÂN XÃ AN ĐIỀN XÁC NHẬN:" then the worker on
               rows ("1. Họ và tên người đề nghị xác nhận: Kha Thị Ngọc Trinh", "2. Ngày sinh: …; số định danh
               cá nhân: …"), her employer with its enterprise code, "Giấy xác nhận này có giá trị trong thời
               hạn 06 tháng kể từ ngày ký.", signed "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" by a woman with a
               five-syllable name; and a social-policy bank's district office's "THÔNG BÁO" / "Phê duyệt cho
               vay mua nhà ở xã hội" under three issuer lines ("NGÂN HÀNG CSXH" / "CHI NHÁNH TỈNH ĐỒNG NAI" /
               "PGD HUYỆN NHƠN TRẠCH"), the Chăm borrower on rows ("1. Khách hàng vay vốn: ông Đàng Năng Quý",
               "2. Ngày sinh: …; số định danh cá nhân: …"), the flat ("căn hộ … số B2-0716"), the loan "thời
               hạn cho vay: 300 tháng kể từ ngày giải ngân lần đầu", "… trước ngày 14 tháng 12 năm 2018",
               signed "GIÁM ĐỐC".
Every document is signed in blue ballpoint in one of blind7's four hands, on eight of them coming down
across the printed name (blind8's ``aim``), and all but one carry a red round seal over the left part
of the signer block, lifted by blind8's ``lift``. Signers' names have two, three, four and five
syllables ("Danh Hùng", "Lê Phạm Ngọc Bảo Trâm"); signer blocks "KT.", "TL.", "TM.", "Q." and "TUQ." and
bare "CHỦ TỊCH" and "GIÁM ĐỐC" all occur; one issuer is a single line (the quarry, "CÔNG TY CP ĐÁ TRÀNG
XÁ"), two have three lines (a corporation and its quarrying company, the corporation's name wrapped; a
bank, its provincial branch and its district office), one is a company's name wrapped on two lines, one a
parent and a child organ in two lines (a district and its agriculture office), the other seven are "ỦY BAN
NHÂN DÂN" over a commune, a district or a town. Holders' names use rarer family names (Kim, Vừ, Lò, Ứng,
Kha, Đàng) and minority names (Khmer, H'Mông, Thái, Chăm); one person holder has no number printed.
Issued 2018 to 2024.

Truth conventions (decided before any run): blind4's, as its docstring states them (organ_name,
code_number/code_notation, issued_date, place, type_name, subject, signer_position/signer_full_name,
holder_name and holder_id), with blind5's to blind19's additions (their docstrings). New here:
  hydro-met        a monitoring plan's approval: the two subject lines joined are ``subject``; the holder is
                   the company named right after "Điều 1. Chấp thuận cho", up to the comma, ``holder_id`` the
                   "mã số doanh nghiệp" printed right after it (``tax_code``); the installer and its code, the
                   province's delegation, the company's letter and the office's submission never (the number
                   or the date); "Thời hạn thực hiện phương án: từ ngày ký đến hết ngày 31 tháng 12 năm 2027"
                   is ``valid_until``; the deadlines ("trước ngày 30 tháng 11 năm 2022") and the flood season
                   ("từ ngày 15/6 đến ngày 15/10") never. The công văn keeps blind5's rule: ``type_name``
                   "CÔNG VĂN", ``subject`` its two "V/v" lines joined as printed, holder fields and
                   ``valid_until`` None, though it names a rain observer; the district's letter it follows is
                   never the number or the date; "đến hết ngày 31 tháng 10 năm 2018" (a season's end, no
                   validity) gives None; number and day written by hand into the printed blanks are
                   ``code_number`` and ``issued_date`` (blind5's rule);
  metrology        a verification certificate: the title one line, ``subject`` None; the holder is the user on
                   the "Đơn vị sử dụng:" row, ``holder_id`` the "Mã số doanh nghiệp:" row under it
                   (``tax_code``); the instrument's type and serial, the verification seal's number and the
                   designation decision never ``code_number`` nor the date; "Giấy chứng nhận có giá trị đến
                   ngày 24 tháng 3 năm 2025" is ``valid_until``; number by hand (blind5's rule). A plan: "KẾ
                   HOẠCH" is ``type_name``, its two sentence-case lines joined ``subject``; nobody is granted
                   anything: holder fields None; the inspection's dates and the deadlines are never
                   ``valid_until`` and the department's plan cited never the number or the date;
  archives         a permission to use records: its one subject line is ``subject``; the holder is the woman on
                   the "Họ và tên:" row, without "bà", ``holder_id`` the personal number on the row under her
                   (``cccd``); the boxes and the catalogue ("hộp số 14 đến hộp số 17, mục lục số 02") and the
                   archive rules cited never; "Thời hạn sử dụng tài liệu: đến hết ngày 30 tháng 9 năm 2021" is
                   ``valid_until``. A commune's report: "BÁO CÁO" is ``type_name``, its one sentence-case line
                   ``subject``; addressed to the district's office, naming its clerk, it grants nothing:
                   holder fields and ``valid_until`` None (blind4's rule for a report to another agency); the
                   office's letter never the number or the date; "từ ngày 01/3/2020" gives None;
  ethnic affairs   a recognition: the two subject lines joined are ``subject``; the holder is the man named
                   after "Điều 1. Công nhận bổ sung ông", without "ông", up to the comma; no number is printed
                   for him ("sinh năm 1961"): ``holder_id`` and ``holder_id_type`` None; the man he replaces,
                   the delegation, the minutes and the submission never; no validity. A water subsidy: the two
                   subject lines joined are ``subject`` (the holder's name in it); the holder is the woman named
                   after "cho hộ bà" in Article 1, without "hộ bà", up to the comma, ``holder_id`` the personal
                   number printed with her (``cccd``); the hamlet head and the district's allocation never;
                   "trước ngày 30 tháng 9 năm 2019" gives None;
  explosives       a safety-training certificate: the title in two capitals lines joined (blind6's rule),
                   ``subject`` None; the holder is the blaster on the "Họ và tên:" row, ``holder_id`` the
                   personal number on the row under him (``cccd``); the course's dates are no validity and the
                   results decision never the number or the date; "Giấy chứng nhận có giá trị đến ngày 15 tháng
                   10 năm 2022" is ``valid_until``. A blasting notice: "THÔNG BÁO" is ``type_name``, its two
                   sentence-case lines joined ``subject``; a quarry telling the commune when it blasts grants
                   nothing: holder fields and ``valid_until`` None, though it prints its own enterprise code
                   and names its blasting chief; its permit cited never the number or the date; "từ ngày
                   04/12/2019 đến hết ngày 31/12/2019" gives None;
  social housing   a confirmation of eligibility: "GIẤY XÁC NHẬN" is ``type_name``, its one sentence-case line
                   ``subject``; the capitals line "ỦY BAN NHÂN DÂN XÃ AN ĐIỀN XÁC NHẬN:" is body, never the
                   title nor the issuer; the holder is the worker on the "Họ và tên người đề nghị xác nhận:"
                   row, ``holder_id`` the personal number on the row under her (``cccd``); her employer and its
                   code never; "có giá trị trong thời hạn 06 tháng kể từ ngày ký" gives None; number by hand. A
                   loan approval: "THÔNG BÁO" is ``type_name``, its one sentence-case line ``subject``; the
                   holder is the borrower on the "Khách hàng vay vốn:" row, without "ông", ``holder_id`` the
                   personal number on the row under him (``cccd``); the flat's number, the sums and the bank's
                   guidance cited never; "300 tháng kể từ ngày giải ngân lần đầu" and "trước ngày 14 tháng 12
                   năm 2018" give None;
  header           a one-line issuer is ``organ_name`` as printed; two or three issuer lines joined by spaces,
                   as printed, a wrapped name too ("CÔNG TY CỔ PHẦN KIỂM ĐỊNH TÂN CHÂU"; "TỔNG CÔNG TY VẬT LIỆU
                   XÂY DỰNG HÀ NAM CÔNG TY CP ĐÁ KIỆN KHÊ"; "NGÂN HÀNG CSXH CHI NHÁNH TỈNH ĐỒNG NAI PGD HUYỆN
                   NHƠN TRẠCH"); ``place`` the words before ", ngày" ("Mường Tè", "Nậm Cắn", "Nhơn Trạch");
  signer blocks    "TUQ. CHỦ TỊCH" / "TRƯỞNG PHÒNG DÂN TỘC", "TL. CHỦ TỊCH" / "CHÁNH VĂN PHÒNG" and "KT. TRƯỞNG
                   PHÒNG" / "PHÓ TRƯỞNG PHÒNG" are ``signer_position``, the lines joined by a space; "TM. ỦY
                   BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" its three lines joined; a bare position and
                   "Q. GIÁM ĐỐC" as printed; a Hà Nhì name as printed ("Pờ Xá Chừ");
  pages turned     a scan page tilted one and a half degrees counterclockwise changes no field; a two-page
                   document's fields come from both pages, as one document;
  signatures and seals   as blind7 and blind8: the truth is the text as printed under them.

Renderings, seeds and truth files as blind9's (``make_blind9`` draws them): ``scan`` (300 dpi, light
degradation, PDF) and ``photo`` (80-150 dpi JPEG, perspective, uneven light, half without a DPI; the
two-page document's photos in one PDF). Only the scans are turned (``turn``): the water subsidy lies one
and a half degrees counterclockwise (1.5); the phone photographs each page as it lies.

    python samples/blind20.py --out benchmarks/out/blind20
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind3 import write_set
from blind5 import _CAN_CU_UBND
from blind9 import LEVELS, Doc9, lay_out, render

__all__ = ["BLIND20", "FAMILIES", "LEVELS", "Doc9", "lay_out", "make_blind20", "render"]

FAMILIES = ("khituong", "doluong", "luutru", "dantoc", "vatlieuno", "nhaxahoi")

_NHA_O_XA_HOI = ("Nghị định số 100/2015/NĐ-CP ngày 20 tháng 10 năm 2015 của Chính phủ về phát triển và quản lý nhà "
                 "ở xã hội")

BLIND20 = [
    Doc9(
        slug="qd-chap-thuan-quan-trac-kttv-thuy-dien-pa-u", family="khituong",
        issuer=["ỦY BAN NHÂN DÂN", "HUYỆN MƯỜNG TÈ"],
        number="1638", notation="QĐ-UBND", place="Mường Tè", date_text="16 tháng 8 năm 2022", issued="2022-08-16",
        title=["QUYẾT ĐỊNH"],
        subject=["Về việc chấp thuận phương án quan trắc khí tượng thủy văn",
                 "chuyên dùng công trình thủy điện Pa Ủ"],
        body=["CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN MƯỜNG TÈ", _CAN_CU_UBND,
              "Căn cứ Luật Khí tượng thủy văn ngày 23 tháng 11 năm 2015;",
              ("Căn cứ Nghị định số 38/2016/NĐ-CP ngày 15 tháng 5 năm 2016 của Chính phủ quy định chi tiết một số "
               "điều của Luật Khí tượng thủy văn; Nghị định số 48/2020/NĐ-CP ngày 15 tháng 4 năm 2020 của Chính phủ "
               "sửa đổi, bổ sung một số điều của Nghị định số 38/2016/NĐ-CP;"),
              ("Căn cứ Quyết định số 712/QĐ-UBND ngày 06 tháng 6 năm 2022 của Ủy ban nhân dân tỉnh Lai Châu về việc "
               "ủy quyền chấp thuận phương án quan trắc khí tượng thủy văn chuyên dùng đối với công trình thủy "
               "điện có công suất dưới 30 MW;"),
              ("Xét văn bản số 27/CV-TĐPU ngày 25 tháng 7 năm 2022 của Công ty Cổ phần Thủy điện Pa Ủ và Tờ trình "
               "số 141/TTr-TNMT ngày 09 tháng 8 năm 2022 của Phòng Tài nguyên và Môi trường,"),
              "QUYẾT ĐỊNH:",
              ("Điều 1. Chấp thuận cho Công ty Cổ phần Thủy điện Pa Ủ, mã số doanh nghiệp 5692952399, thực hiện "
               "phương án quan trắc khí tượng thủy văn chuyên dùng công trình thủy điện Pa Ủ, xã Pa Ủ, huyện Mường "
               "Tè, với các nội dung sau:"),
              ("1. Trạm quan trắc: 01 trạm đo mưa tự động tại đập đầu mối; 01 trạm đo mực nước thượng lưu và 01 "
               "trạm đo lưu lượng xả qua nhà máy."),
              ("2. Yếu tố quan trắc: lượng mưa, mực nước hồ chứa, lưu lượng đến hồ, lưu lượng xả qua tràn và qua "
               "nhà máy."),
              ("3. Chế độ quan trắc: mùa lũ từ ngày 15/6 đến ngày 15/10 hằng năm quan trắc 15 phút một lần; mùa "
               "cạn 01 giờ một lần."),
              ("4. Cung cấp thông tin, dữ liệu: truyền tự động về Đài Khí tượng Thủy văn tỉnh Lai Châu và Ban Chỉ "
               "huy phòng, chống thiên tai và tìm kiếm cứu nạn huyện."),
              ("5. Đơn vị lắp đặt, bảo trì thiết bị: Công ty TNHH Thiết bị Quan trắc Tây Bắc, mã số doanh nghiệp "
               "5586395570."),
              ("Điều 2. Thời hạn thực hiện phương án: từ ngày ký đến hết ngày 31 tháng 12 năm 2027; trước khi hết "
               "thời hạn 60 ngày, Công ty lập lại phương án trình cấp có thẩm quyền chấp thuận."),
              "Điều 3. Công ty Cổ phần Thủy điện Pa Ủ có trách nhiệm:",
              ("a) Lắp đặt, vận hành các trạm quan trắc theo đúng quy chuẩn kỹ thuật quốc gia về quan trắc khí "
               "tượng thủy văn; hoàn thành việc lắp đặt trước ngày 30 tháng 11 năm 2022;"),
              ("b) Bố trí người có chuyên môn phụ trách công tác quan trắc; lưu trữ số liệu quan trắc tối thiểu "
               "10 năm tại nhà máy;"),
              ("c) Báo cáo kết quả thực hiện phương án về Ủy ban nhân dân huyện (qua Phòng Tài nguyên và Môi "
               "trường) trước ngày 15 tháng 12 hằng năm."),
              ("Điều 4. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng "
               "Tài nguyên và Môi trường, Chủ tịch UBND xã Pa Ủ, Giám đốc Công ty Cổ phần Thủy điện Pa Ủ và các cơ "
               "quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này.")],
        signer_position=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer_name="Pờ Xá Chừ",
        holder_name="Công ty Cổ phần Thủy điện Pa Ủ", holder_id="5692952399", holder_id_type="tax_code",
        valid_until="2027-12-31",
        recipients=["- Như Điều 4;", "- Sở TN&MT tỉnh Lai Châu;", "- Đài KTTV tỉnh Lai Châu;", "- Lưu: VT, TNMT."],
        seal="ỦY BAN NHÂN DÂN * HUYỆN MƯỜNG TÈ *", hand="underline", aim=(0.0, 0.0), lift=16.0,
    ),
    Doc9(
        slug="cv-theo-doi-luong-mua-mua-lu-tram-tau", family="khituong",
        issuer=["UBND HUYỆN TRẠM TẤU", "PHÒNG NÔNG NGHIỆP VÀ PTNT"],
        number="84", notation="PNN", place="Trạm Tấu", date_text="7 tháng 5 năm 2018", issued="2018-05-07",
        title=[], subject=["V/v theo dõi, báo cáo lượng mưa", "mùa mưa lũ năm 2018"],
        addressees=["Ủy ban nhân dân các xã, thị trấn"],
        body=[("Thực hiện Công văn số 246/UBND-NN ngày 24 tháng 4 năm 2018 của Ủy ban nhân dân huyện về công tác "
               "phòng, chống thiên tai năm 2018, để kịp thời cảnh báo lũ quét, sạt lở đất, Phòng Nông nghiệp và "
               "Phát triển nông thôn đề nghị Ủy ban nhân dân các xã, thị trấn thực hiện một số nội dung sau:"),
              ("1. Phân công công chức theo dõi 09 điểm đo mưa nhân dân và 03 trạm đo mưa tự động trên địa bàn; "
               "tại điểm đo mưa bản Tà Xùa, xã Bản Công, tiếp tục giao ông Sùng A Chớ, người quan trắc, đọc và "
               "ghi số liệu hằng ngày vào lúc 7 giờ và 19 giờ."),
              ("2. Khi lượng mưa trong 24 giờ vượt 100 mm, báo cáo ngay qua điện thoại về Văn phòng thường trực "
               "Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn huyện (số máy 0216 3888 175) để cảnh báo "
               "cho nhân dân."),
              ("3. Tổng hợp số liệu lượng mưa hằng tháng gửi Phòng Nông nghiệp và Phát triển nông thôn trước ngày "
               "05 của tháng sau; thực hiện từ ngày 15 tháng 5 đến hết ngày 31 tháng 10 năm 2018."),
              "Đề nghị Ủy ban nhân dân các xã, thị trấn quan tâm thực hiện./."],
        signer_position=["KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG"], signer_name="Đinh Công Thượng",
        recipients=["- Như trên;", "- UBND huyện (b/c);", "- Trạm KTTV Mù Cang Chải;", "- Lưu: VT."],
        seal="PHÒNG NÔNG NGHIỆP VÀ PTNT * TRẠM TẤU *", handwritten=("code_number", "issued_date"),
        hand="scribble", aim=(32.0, 10.0), lift=12.0,
    ),
    Doc9(
        slug="gcn-kiem-dinh-can-o-to-vinh-xuong", family="doluong",
        issuer=["CÔNG TY CỔ PHẦN", "KIỂM ĐỊNH TÂN CHÂU"],
        number="462", notation="GCNKĐ-KĐTC", place="Tân Châu", date_text="25 tháng 3 năm 2024", issued="2024-03-25",
        title=["GIẤY CHỨNG NHẬN KIỂM ĐỊNH PHƯƠNG TIỆN ĐO"], subject=[],
        body=[("Căn cứ Luật Đo lường ngày 11 tháng 11 năm 2011; Thông tư số 23/2013/TT-BKHCN ngày 26 tháng 9 năm "
               "2013 của Bộ trưởng Bộ Khoa học và Công nghệ quy định về đo lường đối với phương tiện đo nhóm 2;"),
              ("Căn cứ Quyết định số 1185/QĐ-TĐC ngày 12 tháng 7 năm 2022 của Tổng cục Tiêu chuẩn Đo lường Chất "
               "lượng về việc chỉ định tổ chức kiểm định phương tiện đo,"),
              "CHỨNG NHẬN:",
              "1. Tên phương tiện đo: Cân ô tô điện tử; kiểu: SCS-80T; số sản xuất: 2207153",
              "2. Mức cân lớn nhất: 80 000 kg; giá trị độ chia kiểm: 20 kg; cấp chính xác: III",
              "3. Đơn vị sử dụng: Công ty TNHH Lương thực Vĩnh Xương",
              "4. Mã số doanh nghiệp: 1641225937",
              "5. Nơi đặt phương tiện đo: ấp Vĩnh Thạnh, xã Vĩnh Xương, thị xã Tân Châu, tỉnh An Giang",
              "6. Phương pháp kiểm định: ĐLVN 01:2011; kết quả: đạt yêu cầu; tem kiểm định số: B 0417625",
              "7. Giấy chứng nhận có giá trị đến ngày 24 tháng 3 năm 2025."],
        signer_position=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], signer_name="Huỳnh Thị Kiều Oanh",
        holder_name="Công ty TNHH Lương thực Vĩnh Xương", holder_id="1641225937", holder_id_type="tax_code",
        valid_until="2025-03-24",
        recipients=["- Đơn vị sử dụng;", "- Chi cục TCĐLCL An Giang;", "- Lưu: KĐ."],
        seal="CÔNG TY CỔ PHẦN KIỂM ĐỊNH * TÂN CHÂU *", handwritten=("code_number",),
        hand="loops", aim=(34.0, 8.0), lift=14.0,
    ),
    Doc9(
        slug="kh-kiem-tra-do-luong-can-cho-giong-rieng", family="doluong",
        issuer=["ỦY BAN NHÂN DÂN", "HUYỆN GIỒNG RIỀNG"],
        number="218", notation="KH-UBND", place="Giồng Riềng", date_text="03 tháng 10 năm 2023", issued="2023-10-03",
        title=["KẾ HOẠCH"],
        subject=["Kiểm tra nhà nước về đo lường đối với cân", "sử dụng trong mua bán tại các chợ năm 2023"],
        body=[("Thực hiện Kế hoạch số 174/KH-SKHCN ngày 11 tháng 8 năm 2023 của Sở Khoa học và Công nghệ tỉnh Kiên "
               "Giang về kiểm tra đo lường năm 2023, Ủy ban nhân dân huyện ban hành Kế hoạch như sau:"),
              "I. MỤC ĐÍCH",
              ("Phát hiện, xử lý kịp thời cân không bảo đảm yêu cầu đo lường, bảo vệ quyền lợi người tiêu dùng; "
               "việc kiểm tra không gây phiền hà cho hộ kinh doanh."),
              "II. ĐỐI TƯỢNG, NỘI DUNG KIỂM TRA",
              ("Cân đồng hồ lò xo, cân điện tử của khoảng 420 hộ kinh doanh tại chợ Giồng Riềng, chợ Long Thạnh và "
               "chợ Ngọc Chúc: kiểm tra chứng chỉ kiểm định, tem niêm phong và sai số của cân."),
              "III. THỜI GIAN, KINH PHÍ",
              ("1. Thời gian kiểm tra: từ ngày 16 tháng 10 đến ngày 10 tháng 11 năm 2023; Đoàn kiểm tra báo cáo kết "
               "quả về Ủy ban nhân dân huyện, hoàn thành trước ngày 20 tháng 11 năm 2023."),
              "2. Kinh phí: 18.500.000 đồng từ ngân sách huyện năm 2023.",
              "IV. TỔ CHỨC THỰC HIỆN",
              ("Phòng Kinh tế và Hạ tầng chủ trì, phối hợp với Ban Quản lý chợ và Ủy ban nhân dân các xã, thị "
               "trấn thực hiện Kế hoạch; bố trí cân đối chứng tại mỗi chợ trước ngày 31 tháng 10 năm 2023./.")],
        signer_position=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer_name="Danh Hùng",
        recipients=["- Sở KH&CN tỉnh (b/c);", "- TT Huyện ủy, TT HĐND huyện;", "- Phòng KT&HT, BQL chợ;",
                    "- Lưu: VT."],
        seal="ỦY BAN NHÂN DÂN * HUYỆN GIỒNG RIỀNG *", hand="flourish", aim=(30.0, 8.0), lift=10.0,
    ),
    Doc9(
        slug="qd-cho-phep-su-dung-tai-lieu-luu-tru-vinh-chau", family="luutru",
        issuer=["ỦY BAN NHÂN DÂN", "THỊ XÃ VĨNH CHÂU"],
        number="2473", notation="QĐ-UBND", place="Vĩnh Châu", date_text="14 tháng 6 năm 2021", issued="2021-06-14",
        title=["QUYẾT ĐỊNH"], subject=["Về việc cho phép sử dụng tài liệu lưu trữ"],
        body=["CHỦ TỊCH ỦY BAN NHÂN DÂN THỊ XÃ VĨNH CHÂU", _CAN_CU_UBND,
              "Căn cứ Luật Lưu trữ ngày 11 tháng 11 năm 2011;",
              ("Căn cứ Quyết định số 886/QĐ-UBND ngày 05 tháng 3 năm 2020 của Ủy ban nhân dân thị xã ban hành Quy "
               "chế công tác văn thư, lưu trữ;"),
              "Xét Phiếu yêu cầu sử dụng tài liệu ngày 07 tháng 6 năm 2021,",
              "QUYẾT ĐỊNH:",
              "Điều 1. Cho phép người có tên sau đây được sử dụng tài liệu lưu trữ:",
              "1. Họ và tên: bà Kim Thị Sô Phia",
              "2. Ngày sinh: 21/02/1985; số định danh cá nhân: 094185649770",
              "3. Nơi công tác: Trường PTDTNT Vĩnh Châu; dân tộc: Khmer.",
              ("4. Tài liệu được sử dụng: hồ sơ đặt tên đường giai đoạn 2011 - 2016 (hộp số 14 đến hộp số 17, mục "
               "lục số 02); đọc và sao chụp."),
              "5. Thời hạn sử dụng tài liệu: đến hết ngày 30 tháng 9 năm 2021.",
              "Điều 2. Bà Kim Thị Sô Phia chấp hành nội quy Phòng đọc.",
              ("Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND thị xã và bà Kim Thị "
               "Sô Phia chịu trách nhiệm thi hành Quyết định này.")],
        signer_position=["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"], signer_name="Trương Kim Phụng",
        holder_name="Kim Thị Sô Phia", holder_id="094185649770", holder_id_type="cccd", valid_until="2021-09-30",
        recipients=["- Như Điều 3;", "- Phòng Nội vụ thị xã;", "- Lưu: VT, LT."],
        seal="ỦY BAN NHÂN DÂN * THỊ XÃ VĨNH CHÂU *", hand="underline", aim=(30.0, 6.0), lift=18.0,
    ),
    Doc9(
        slug="bc-cong-tac-van-thu-luu-tru-nam-can", family="luutru", issuer=["ỦY BAN NHÂN DÂN", "XÃ NẬM CẮN"],
        number="93", notation="BC-UBND", place="Nậm Cắn", date_text="10 tháng 12 năm 2020", issued="2020-12-10",
        title=["BÁO CÁO"], subject=["Kết quả công tác văn thư, lưu trữ năm 2020"],
        addressees=["Phòng Nội vụ huyện Kỳ Sơn"],
        body=[("Thực hiện Công văn số 486/PNV ngày 23 tháng 11 năm 2020 của Phòng Nội vụ huyện về việc báo cáo công "
               "tác văn thư, lưu trữ năm 2020, Ủy ban nhân dân xã Nậm Cắn báo cáo như sau:"),
              ("1. Công tác văn thư: trong năm 2020, xã tiếp nhận 1.246 văn bản đến, ban hành 318 văn bản đi; "
               "100% văn bản đi được đăng ký và lưu bản chính; thực hiện gửi, nhận văn bản điện tử qua hệ thống "
               "quản lý văn bản và điều hành."),
              ("2. Công tác lưu trữ: đã chỉnh lý 12 mét giá tài liệu giai đoạn 2010 - 2018, lập 486 hồ sơ; bố trí "
               "01 phòng kho 16 m². Công chức Văn phòng - Thống kê, bà Lô Thị Hoa, được giao kiêm nhiệm công tác "
               "lưu trữ từ ngày 01/3/2020."),
              ("3. Khó khăn: kho lưu trữ chưa có giá, hộp đúng tiêu chuẩn; tài liệu trước năm 2010 bị ẩm mốc, chưa "
               "được thu thập đầy đủ."),
              ("4. Kiến nghị: đề nghị Phòng Nội vụ mở lớp bồi dưỡng nghiệp vụ lưu trữ cho công chức cấp xã trong "
               "quý I năm 2021 và hỗ trợ kinh phí mua sắm 20 giá sắt."),
              "Ủy ban nhân dân xã Nậm Cắn kính báo cáo./."],
        signer_position=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer_name="Xồng Bá Dìa",
        recipients=["- Như trên;", "- TT Đảng ủy, HĐND xã;", "- Lưu: VT."],
        seal="ỦY BAN NHÂN DÂN * XÃ NẬM CẮN *", hand="loops", aim=(0.0, 0.0), lift=8.0,
    ),
    Doc9(
        slug="qd-cong-nhan-nguoi-co-uy-tin-vu-cha-dinh", family="dantoc", issuer=["ỦY BAN NHÂN DÂN", "HUYỆN QUẢN BẠ"],
        number="2982", notation="QĐ-UBND", place="Quản Bạ", date_text="06 tháng 9 năm 2023", issued="2023-09-06",
        title=["QUYẾT ĐỊNH"],
        subject=["Về việc công nhận bổ sung người có uy tín trong đồng bào",
                 "dân tộc thiểu số trên địa bàn huyện Quản Bạ năm 2023"],
        body=["CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN QUẢN BẠ", _CAN_CU_UBND,
              ("Căn cứ Quyết định số 12/2018/QĐ-TTg ngày 06 tháng 3 năm 2018 của Thủ tướng Chính phủ về tiêu chí "
               "lựa chọn, công nhận người có uy tín và chính sách đối với người có uy tín trong đồng bào dân tộc "
               "thiểu số;"),
              ("Căn cứ Quyết định số 1082/QĐ-UBND ngày 14 tháng 6 năm 2023 của Ủy ban nhân dân tỉnh Hà Giang về việc "
               "ủy quyền công nhận bổ sung, thay thế người có uy tín;"),
              ("Xét Biên bản họp thôn Lùng Hẩu ngày 18 tháng 8 năm 2023 và Tờ trình số 63/TTr-DT ngày 28 tháng 8 năm "
               "2023 của Phòng Dân tộc huyện,"),
              "QUYẾT ĐỊNH:",
              ("Điều 1. Công nhận bổ sung ông Vừ Chá Dình, sinh năm 1961, dân tộc Mông, thôn Lùng Hẩu, xã Cán Tỷ, là "
               "người có uy tín, thay thế ông Lù Mí Sấu (đã từ trần)."),
              "Điều 2. Ông Vừ Chá Dình được hưởng chính sách đối với người có uy tín kể từ tháng 9 năm 2023.",
              ("Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Trưởng phòng Dân tộc, Chủ tịch UBND xã Cán Tỷ và "
               "ông Vừ Chá Dình chịu trách nhiệm thi hành.")],
        signer_position=["TUQ. CHỦ TỊCH", "TRƯỞNG PHÒNG DÂN TỘC"], signer_name="Triệu Thị Hồng Diệp",
        holder_name="Vừ Chá Dình",
        recipients=["- Như Điều 3;", "- Ban Dân tộc tỉnh (b/c);", "- Lưu: VT, DT."],
        seal="ỦY BAN NHÂN DÂN * HUYỆN QUẢN BẠ *", hand="scribble", aim=(36.0, 10.0), lift=14.0,
    ),
    Doc9(
        slug="qd-ho-tro-nuoc-sinh-hoat-lo-thi-un", family="dantoc", issuer=["ỦY BAN NHÂN DÂN", "XÃ CHIỀNG HẶC"],
        number="56", notation="QĐ-UBND", place="Chiềng Hặc", date_text="22 tháng 7 năm 2019", issued="2019-07-22",
        title=["QUYẾT ĐỊNH"], subject=["Về việc hỗ trợ nước sinh hoạt phân tán", "đối với hộ bà Lò Thị Ún"],
        body=["CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ CHIỀNG HẶC", _CAN_CU_UBND,
              ("Căn cứ Quyết định số 2085/QĐ-TTg ngày 31 tháng 10 năm 2016 của Thủ tướng Chính phủ về chính sách "
               "đặc thù vùng dân tộc thiểu số;"),
              ("Căn cứ Quyết định số 1946/QĐ-UBND ngày 08 tháng 7 năm 2019 của Ủy ban nhân dân huyện Yên Châu về "
               "phân bổ kinh phí năm 2019;"),
              "Xét biên bản bình xét ngày 02 tháng 7 năm 2019 của bản Nà Dạ,",
              "QUYẾT ĐỊNH:",
              ("Điều 1. Hỗ trợ 1.500.000 đồng (một triệu năm trăm nghìn đồng) để mua bồn chứa nước sinh hoạt cho "
               "hộ bà Lò Thị Ún, sinh ngày 09/4/1976, số định danh cá nhân 014176649583, dân tộc Thái, bản Nà Dạ, "
               "xã Chiềng Hặc, thuộc hộ nghèo."),
              ("Điều 2. Bà Lò Thị Ún có trách nhiệm sử dụng kinh phí đúng mục đích, hoàn thành việc lắp đặt bồn "
               "chứa nước trước ngày 30 tháng 9 năm 2019; Trưởng bản Nà Dạ, ông Lường Văn Piêng, có trách nhiệm "
               "giám sát."),
              ("Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Công chức Tài chính - Kế toán xã và bà Lò Thị Ún "
               "chịu trách nhiệm thi hành.")],
        signer_position=["CHỦ TỊCH"], signer_name="Vì Văn Quyết",
        holder_name="Lò Thị Ún", holder_id="014176649583", holder_id_type="cccd",
        recipients=["- Như Điều 3;", "- UBND huyện Yên Châu (b/c);", "- Lưu: VT, TC-KT."],
        seal="ỦY BAN NHÂN DÂN * XÃ CHIỀNG HẶC *", hand="flourish", aim=(0.0, 0.0), lift=16.0, turn=(1.5,),
    ),
    Doc9(
        slug="gcn-huan-luyen-vat-lieu-no-ung-van-thinh", family="vatlieuno",
        issuer=["TỔNG CÔNG TY VẬT LIỆU", "XÂY DỰNG HÀ NAM", "CÔNG TY CP ĐÁ KIỆN KHÊ"],
        number="752", notation="GCN-ĐKK", place="Thanh Liêm", date_text="15 tháng 10 năm 2020", issued="2020-10-15",
        title=["GIẤY CHỨNG NHẬN HUẤN LUYỆN KỸ THUẬT AN TOÀN", "VẬT LIỆU NỔ CÔNG NGHIỆP"], subject=[],
        body=["GIÁM ĐỐC CÔNG TY CỔ PHẦN ĐÁ KIỆN KHÊ",
              ("Căn cứ Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ ngày 20 tháng 6 năm 2017;"),
              ("Căn cứ Thông tư số 13/2018/TT-BCT ngày 15 tháng 6 năm 2018 của Bộ trưởng Bộ Công Thương quy định về "
               "quản lý, sử dụng vật liệu nổ công nghiệp, tiền chất thuốc nổ sử dụng để sản xuất vật liệu nổ công "
               "nghiệp;"),
              ("Căn cứ Quyết định số 214/QĐ-ĐKK ngày 28 tháng 9 năm 2020 của Giám đốc Công ty về việc công nhận kết "
               "quả kiểm tra huấn luyện kỹ thuật an toàn vật liệu nổ công nghiệp,"),
              "CHỨNG NHẬN:",
              "Họ và tên: Ứng Văn Thịnh",
              "Ngày sinh: 17/8/1990; số định danh cá nhân: 035090183001",
              "Nghề nghiệp: thợ khoan, nổ mìn; đơn vị: Tổ nổ mìn mỏ đá Kiện Khê II",
              ("Đã hoàn thành khóa huấn luyện kỹ thuật an toàn vật liệu nổ công nghiệp từ ngày 21/9/2020 đến ngày "
               "25/9/2020, đạt yêu cầu kiểm tra; được phép trực tiếp tiếp xúc với vật liệu nổ công nghiệp."),
              "Giấy chứng nhận có giá trị đến ngày 15 tháng 10 năm 2022."],
        signer_position=["GIÁM ĐỐC"], signer_name="Khúc Đình Trọng",
        holder_name="Ứng Văn Thịnh", holder_id="035090183001", holder_id_type="cccd", valid_until="2022-10-15",
        recipients=["- Người được cấp;", "- Sở Công Thương tỉnh Hà Nam;", "- Lưu: VT, KTAT."],
        seal="CÔNG TY CP ĐÁ KIỆN KHÊ * HÀ NAM *", hand="loops", aim=(32.0, 8.0), lift=16.0,
    ),
    Doc9(
        slug="tb-thoi-gian-no-min-mo-da-trang-xa", family="vatlieuno", issuer=["CÔNG TY CP ĐÁ TRÀNG XÁ"],
        number="35", notation="TB-ĐTX", place="Võ Nhai", date_text="02 tháng 12 năm 2019", issued="2019-12-02",
        title=["THÔNG BÁO"],
        subject=["Thời gian, tín hiệu nổ mìn khai thác đá", "tại mỏ đá vôi Khuôn Lân tháng 12 năm 2019"],
        addressees=["Ủy ban nhân dân xã Tràng Xá"],
        body=[("Căn cứ Giấy phép sử dụng vật liệu nổ công nghiệp số 27/GP-SCT ngày 14 tháng 3 năm 2019 của Sở Công "
               "Thương tỉnh Thái Nguyên, Công ty Cổ phần Đá Tràng Xá, mã số doanh nghiệp 4683997049, thông báo thời "
               "gian và tín hiệu nổ mìn tại mỏ đá vôi Khuôn Lân, xã Tràng Xá, huyện Võ Nhai như sau:"),
              ("1. Thời gian nổ mìn: từ ngày 04/12/2019 đến hết ngày 31/12/2019, mỗi ngày một lần trong khoảng từ 11 "
               "giờ 00 đến 11 giờ 30 (trừ Chủ nhật)."),
              ("2. Tín hiệu: còi thứ nhất (một hồi dài) báo chuẩn bị, mọi người ra khỏi vùng nguy hiểm bán kính 300 "
               "m; còi thứ hai (hai hồi ngắn) báo nổ mìn; còi thứ ba (ba hồi ngắn) báo an toàn."),
              "3. Chỉ huy nổ mìn: ông Hoàng Văn Chiêm; điện thoại: 0208 3827 419.",
              ("Công ty đề nghị Ủy ban nhân dân xã Tràng Xá thông báo trên hệ thống truyền thanh để nhân dân các "
               "xóm Khuôn Lân, Kim Cương biết, không chăn thả gia súc trong khu vực nổ mìn./.")],
        signer_position=["Q. GIÁM ĐỐC"], signer_name="La Văn Bẩy",
        recipients=["- Như trên;", "- Công an huyện Võ Nhai;", "- Lưu: VT, KT."],
        hand="scribble", aim=(0.0, 0.0), lift=10.0,
    ),
    Doc9(
        slug="gxn-doi-tuong-nha-o-xa-hoi-kha-thi-ngoc-trinh", family="nhaxahoi",
        issuer=["ỦY BAN NHÂN DÂN", "XÃ AN ĐIỀN"],
        number="124", notation="GXN-UBND", place="An Điền", date_text="19 tháng 02 năm 2024", issued="2024-02-19",
        title=["GIẤY XÁC NHẬN"], subject=["Về đối tượng và thực trạng nhà ở"],
        body=[f"Căn cứ Luật Nhà ở ngày 25 tháng 11 năm 2014; {_NHA_O_XA_HOI};",
              ("Căn cứ Thông tư số 09/2021/TT-BXD ngày 16 tháng 8 năm 2021 của Bộ trưởng Bộ Xây dựng hướng dẫn thực "
               "hiện một số nội dung của Nghị định số 100/2015/NĐ-CP và Nghị định số 49/2021/NĐ-CP;"),
              "Xét đơn đề nghị xác nhận ngày 06 tháng 02 năm 2024 và xác nhận của Trưởng ấp Rạch Bắp,",
              "ỦY BAN NHÂN DÂN XÃ AN ĐIỀN XÁC NHẬN:",
              "1. Họ và tên người đề nghị xác nhận: Kha Thị Ngọc Trinh",
              "2. Ngày sinh: 11/5/1994; số định danh cá nhân: 087194702960",
              ("3. Nơi thường trú: ấp Rạch Bắp, xã An Điền, thị xã Bến Cát, tỉnh Bình Dương; nghề nghiệp: công "
               "nhân Công ty TNHH May mặc Tân Phú Hưng, mã số doanh nghiệp 3732843518."),
              "4. Đối tượng: người lao động đang làm việc tại doanh nghiệp trong khu công nghiệp.",
              ("5. Thực trạng nhà ở: chưa có nhà ở thuộc sở hữu của mình tại tỉnh Bình Dương; đang thuê nhà trọ, "
               "diện tích bình quân 7,5 m² sàn/người."),
              "Giấy xác nhận này có giá trị trong thời hạn 06 tháng kể từ ngày ký."],
        signer_position=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer_name="Lê Phạm Ngọc Bảo Trâm",
        holder_name="Kha Thị Ngọc Trinh", holder_id="087194702960", holder_id_type="cccd",
        recipients=["- Người đề nghị;", "- Lưu: VT, ĐC-XD."],
        seal="ỦY BAN NHÂN DÂN * XÃ AN ĐIỀN *", handwritten=("code_number",),
        hand="flourish", aim=(34.0, 10.0), lift=14.0,
    ),
    Doc9(
        slug="tb-phe-duyet-cho-vay-nha-o-xa-hoi-dang-nang-quy", family="nhaxahoi",
        issuer=["NGÂN HÀNG CSXH", "CHI NHÁNH TỈNH ĐỒNG NAI", "PGD HUYỆN NHƠN TRẠCH"],
        number="387", notation="TB-PGD", place="Nhơn Trạch", date_text="26 tháng 11 năm 2018", issued="2018-11-26",
        title=["THÔNG BÁO"], subject=["Phê duyệt cho vay mua nhà ở xã hội"],
        body=[(f"Căn cứ {_NHA_O_XA_HOI} và Văn bản số 2486/NHCS-TDSV ngày 08 tháng 8 năm 2016 của Tổng Giám đốc "
               "Ngân hàng Chính sách xã hội hướng dẫn cho vay nhà ở xã hội;"),
              "Căn cứ hồ sơ đề nghị vay vốn ngày 05 tháng 11 năm 2018 và kết quả thẩm định của Phòng giao dịch,",
              "Ngân hàng Chính sách xã hội huyện Nhơn Trạch thông báo phê duyệt cho vay như sau:",
              "1. Khách hàng vay vốn: ông Đàng Năng Quý",
              "2. Ngày sinh: 03/01/1991; số định danh cá nhân: 058091805806",
              ("3. Nơi làm việc: Công ty TNHH Điện tử Hiệp Phước, Khu công nghiệp Nhơn Trạch 3; nơi ở hiện tại: ấp "
               "3, xã Hiệp Phước, huyện Nhơn Trạch, tỉnh Đồng Nai."),
              ("4. Mục đích vay: mua căn hộ nhà ở xã hội số B2-0716, Khu nhà ở xã hội Hiệp Phước; giá bán "
               "612.000.000 đồng."),
              ("5. Số tiền cho vay: 480.000.000 đồng; lãi suất 4,8%/năm; thời hạn cho vay: 300 tháng kể từ ngày "
               "giải ngân lần đầu."),
              ("Đề nghị ông Đàng Năng Quý đến Phòng giao dịch để ký hợp đồng tín dụng, hợp đồng thế chấp trước ngày "
               "14 tháng 12 năm 2018./.")],
        signer_position=["GIÁM ĐỐC"], signer_name="Quách Thị Mỹ Liên",
        holder_name="Đàng Năng Quý", holder_id="058091805806", holder_id_type="cccd",
        recipients=["- Khách hàng vay vốn;", "- Chủ đầu tư dự án;", "- Lưu: VT, KHNV."],
        seal="NGÂN HÀNG CSXH * PGD NHƠN TRẠCH *", hand="underline", aim=(30.0, 8.0), lift=18.0,
    ),
]


def make_blind20(out: Path, docs=BLIND20, levels=LEVELS, only: set[str] | None = None) -> list[Path]:
    """As blind9, with seeds of its own; ``only`` (slugs) and ``levels`` draw just those files, as they are
    in the whole set."""
    return write_set(out, docs, levels, render, seed=4400, jpeg_seed=1800, no_dpi_parity=1, only=only)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, required=True, help="folder for scans/ and truth/")
    out = parser.parse_args().out
    for path in make_blind20(out):
        print(f"{path.relative_to(out)}  {path.stat().st_size // 1024} KiB")


if __name__ == "__main__":
    main()

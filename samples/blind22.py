"""Blind set 22 (issue 13, after blind set 21): six more families of results, each as a 300 dpi scan and
as a phone photo, signed and sealed as in blind sets 8 to 21, with one scan page tilted two degrees
counterclockwise on the glass. Written without looking at the rules or running them on it, measured
once.

As in blind17 to blind21, every province and provincial seat is some earlier set's ``place``: these
results come from communes, wards, districts and towns, two civil-judgment enforcement sub-departments,
two fishing-port boards, a ward police station and an auction partnership, dated where those sit ("Chư
Sê", "Sông Đốc", "Lái Thiêu", "Giồng Trôm", "Duyên Hải").

Families (Decree 30/2020 appendix I positions: issuer column top left, motto top right, number under
the issuer, place and date under the motto, title centred, signer bottom right, "Nơi nhận:" bottom left):
  daugia       property auctions: a district's decision on two pages (Articles 2 to 4, the signer and "Nơi
               nhận:" on page 2) "Về việc công nhận kết quả trúng đấu giá quyền sử dụng đất" / "đối với
               Công ty TNHH Nông sản Ia Pal" (the holder inside the subject), "Điều 1. Công nhận Công ty …,
               mã số doanh nghiệp …, trúng đấu giá …", the plot and the price on rows, "5. Thời hạn sử dụng
               đất: 50 năm, kể từ ngày ký Quyết định này đến hết ngày 19 tháng 5 năm 2069.", the auction
               firm's minutes, the province's rules, the auction plan and the office's submission cited
               above, "trong thời hạn 30 ngày kể từ ngày …" in Article 2, signed "TM. ỦY BAN NHÂN DÂN" /
               "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" by a Jrai vice-chairman ("Rơ Châm Ngơn"); and an auction
               partnership's "THÔNG BÁO ĐẤU GIÁ TÀI SẢN" (one line, no subject) under its name wrapped on two
               issuer lines ("CÔNG TY ĐẤU GIÁ" / "HỢP DANH BẢO LỘC"), its own enterprise code in the body, the
               forest office that owns the confiscated timber, the sale of the papers "từ ngày 07/7/2020 đến
               17 giờ 00 ngày 17/7/2020", signed "GIÁM ĐỐC", without a seal;
  cangca       fishing ports: a port board's "GIẤY XÁC NHẬN NGUYÊN LIỆU THỦY SẢN KHAI THÁC" (one line) under a
               three-line issuer ("UBND TỈNH BÌNH ĐỊNH" / "SỞ NÔNG NGHIỆP VÀ PTNT" / "BQL CẢNG CÁ BÌNH ĐỊNH"),
               "BAN QUẢN LÝ CẢNG CÁ BÌNH ĐỊNH XÁC NHẬN:" then the buyer on rows ("1. Tổ chức đề nghị xác
               nhận: Công ty TNHH …", "2. Mã số doanh nghiệp: …"), the vessel ("BĐ 97268 TS"), its owner
               and its skipper named without numbers, the trip's dates and the landing receipt, the
               department's assignment ("Quyết định số 1205/QĐ-SNN ngày …") cited above, no validity,
               signed "KT. TRƯỞNG BAN" / "PHÓ TRƯỞNG BAN"; and another port's "THÔNG BÁO" / "Tạm dừng tiếp
               nhận tàu cá cập cảng" / "để nạo vét luồng vào cảng cá Sông Đốc" under a one-line issuer ("BQL
               CẢNG CÁ SÔNG ĐỐC"), the province's decision in the body, the closure "từ 06 giờ 00 ngày
               10/6/2019 đến hết ngày 25/6/2019", a Khmer dispatcher named with his phone and the dredging
               company with its enterprise code, signed "Q. TRƯỞNG BAN" by a man with a two-syllable name;
  danso        population: a commune's decision "Về việc hỗ trợ phụ nữ thuộc hộ nghèo là người dân tộc thiểu
               số" / "khi sinh con đúng chính sách dân số", "Điều 1. Hỗ trợ 2.000.000 đồng … cho người có tên
               sau đây:" then the Dao mother on rows ("1. Họ và tên: Triệu Thị Mẩy", "2. Ngày sinh: …; dân
               tộc: Dao; số định danh cá nhân: …"), her baby's birth date on a row, numbered by hand (blind5's
               pen, the date printed), "trong thời hạn 05 ngày làm việc kể từ ngày ký" in Article 2, signed
               "CHỦ TỊCH" by a H'Mông chairman; and a district's "KẾ HOẠCH" / "Tổ chức các hoạt động hưởng ứng
               Ngày Dân số Việt Nam" / "và Tháng hành động quốc gia về dân số năm 2019", its parts headed in
               capitals ("I. MỤC ĐÍCH, YÊU CẦU"), the department's plan ("Kế hoạch số 1362/KH-SYT ngày …")
               in the body, a rally "ngày 26/12/2019", a campaign "từ ngày 02/12/2019 đến hết ngày 31/12/2019"
               and a deadline, the health centre's director named with her phone, signed "TM. ỦY BAN NHÂN
               DÂN" / "CHỦ TỊCH";
  phongdich    epidemic control (COVID-19): a ward's decision "Về việc áp dụng biện pháp cách ly y tế tại nhà"
               (one subject line), Article 1 opening on "người có tên sau:", the woman on rows ("1. Họ và tên:
               bà Cù Thị Ngát", "2. Ngày sinh: …; số định danh cá nhân: …"), "4. Thời gian cách ly: 14 ngày,
               từ ngày 02/8/2021 đến hết ngày 15/8/2021.", the province's letter cited above, the street
               team's head in Article 2, signed "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH", its scan tilted two degrees
               counterclockwise; and a ward police station's "GIẤY ĐI ĐƯỜNG" / "Trong thời gian thực hiện giãn
               cách xã hội" (one sentence-case line) under its city's police ("CÔNG AN TP. THUẬN AN" /
               "CÔNG AN PHƯỜNG LÁI THIÊU"), the employer's request with its enterprise code above, "CÔNG AN
               PHƯỜNG LÁI THIÊU CẤP GIẤY ĐI ĐƯỜNG CHO:" then the worker on rows ("Họ và tên: Ông Văn Thới" -
               Ông is his family name -, "Ngày sinh: …; số định danh cá nhân: …"), his route, "Giấy đi đường
               có giá trị đến hết ngày 21/9/2021." (the validity in figures), signed "KT. TRƯỞNG CÔNG AN
               PHƯỜNG" / "PHÓ TRƯỞNG CÔNG AN PHƯỜNG";
  tainguyennuoc   water resources: a district's "GIẤY XÁC NHẬN" / "Đăng ký khai thác nước dưới đất" (one
               sentence-case line), numbered by hand, "ỦY BAN NHÂN DÂN HUYỆN HÀM THUẬN NAM XÁC NHẬN:" then the
               cooperative in a sentence ("Hợp tác xã Thanh long Hàm Mỹ, mã số hợp tác xã …, địa chỉ …, đã
               đăng ký …"), its wells, coordinates and flow on rows, its director named without a number, no
               validity, signed "TUQ. CHỦ TỊCH" / "TRƯỞNG PHÒNG" / "TÀI NGUYÊN VÀ MÔI TRƯỜNG" (the office's
               name wrapped onto a third line); and a town's công văn "V/v trám lấp giếng khoan không sử
               dụng" / "tại Nhà máy chế biến nông sản Mộc Hóa", numbered and dated by hand, addressed ("Kính
               gửi: …", one centred line) to one company, that company's enterprise code in the body, the
               ministry's circular cited, two deadlines ("trước ngày 31 tháng 10 năm 2018", "trước ngày 30
               tháng 11 năm 2018") and an official named with his phone, signed "TL. CHỦ TỊCH" / "KT. CHÁNH
               VĂN PHÒNG" / "PHÓ CHÁNH VĂN PHÒNG";
  thihanhan    civil judgment enforcement: a sub-department's "QUYẾT ĐỊNH" / "Thi hành án theo yêu cầu" (one
               sentence-case line) under a three-line issuer ("CỤC THADS TỈNH BẾN TRE" / "CHI CỤC THI HÀNH ÁN
               DÂN SỰ" / "HUYỆN GIỒNG TRÔM", the sub-department's name wrapped), the judgment ("Bản án dân sự
               sơ thẩm số 41/2017/DS-ST ngày …") cited above, "Điều 1. Cho thi hành án đối với ông Kiều Văn
               Sấm, sinh năm 1971, …" with no personal number printed, the creditor and the sum, "thời hạn 10
               ngày kể từ ngày nhận được …" in Article 2, an enforcement officer named in Article 3, signed
               "CHI CỤC TRƯỞNG"; and another sub-department's "GIẤY XÁC NHẬN KẾT QUẢ THI HÀNH ÁN" (one line),
               numbered by hand, "CHI CỤC THI HÀNH ÁN DÂN SỰ THỊ XÃ DUYÊN HẢI XÁC NHẬN:" then the Khmer man on
               rows ("1. Người phải thi hành án: ông Sơn Sà Rinh", "2. Ngày sinh: …; số định danh cá nhân: …"),
               the criminal judgment and the man he compensated, "đã thi hành xong … ngày 12 tháng 10 năm
               2022", the enforcement decision ("Quyết định thi hành án số 143/QĐ-CCTHADS ngày …") cited above,
               signed "KT. CHI CỤC TRƯỞNG" / "PHÓ CHI CỤC TRƯỞNG" by a woman with a five-syllable name.
Every document is signed in blue ballpoint in one of blind7's four hands, on eight of them coming down
across the printed name (blind8's ``aim``), and all but one carry a red round seal over the left part
of the signer block, lifted by blind8's ``lift``. Signers' names have two, three, four and five
syllables ("Tô Hiển", "Dương Thị Hoàng Kim Yến"); signer blocks "KT.", "TL.", "TM.", "Q." and "TUQ." and
bare "CHỦ TỊCH", "GIÁM ĐỐC" and "CHI CỤC TRƯỞNG" all occur, three of them on three lines; one issuer is a
single line (the port board, "BQL CẢNG CÁ SÔNG ĐỐC"), two have three lines (a province, its department
and its port board; a provincial enforcement department over its district sub-department, the latter's
name wrapped), one is a company's name wrapped on two lines, two are a parent and a child organ in two
lines (a city's police and its ward's; a provincial enforcement department and its town sub-department),
the other six are "ỦY BAN NHÂN DÂN" over a commune, a ward, a district or a town. Holders' names use rarer
family names (Triệu, Cù, Ông, Kiều, Sơn) and minority names (Dao, Khmer); one person holder has no number
printed. Issued 2018 to 2023.

Truth conventions (decided before any run): blind4's, as its docstring states them (organ_name,
code_number/code_notation, issued_date, place, type_name, subject, signer_position/signer_full_name,
holder_name and holder_id), with blind5's to blind21's additions (their docstrings). New here:
  auctions         a recognition of an auction's winner: the two subject lines joined are ``subject`` (the
                   holder's name in it); the holder is the company named right after "Điều 1. Công nhận", up
                   to the comma, ``holder_id`` the "mã số doanh nghiệp" printed right after it (``tax_code``);
                   the auction firm's minutes, the province's rules, the auction plan and the submission cited
                   never the number or the date; "Thời hạn sử dụng đất: 50 năm, kể từ ngày ký Quyết định này
                   đến hết ngày 19 tháng 5 năm 2069" is ``valid_until``; "30 ngày kể từ ngày nhận được thông
                   báo" gives nothing. An auction notice: "THÔNG BÁO ĐẤU GIÁ TÀI SẢN" is ``type_name`` (one
                   line), ``subject`` None; a firm announcing an auction grants nothing: holder fields and
                   ``valid_until`` None, though it prints its own enterprise code and names the owner of the
                   goods; the service contract cited ("số 09/2020/HĐ-ĐGBL") is never the number; the dates of
                   the sale and of the auction give None;
  fishing ports    a catch certificate: the title one line, ``subject`` None; the capitals line "BAN QUẢN LÝ
                   CẢNG CÁ BÌNH ĐỊNH XÁC NHẬN:" is body; the holder is the buyer on the "Tổ chức đề nghị xác
                   nhận:" row, ``holder_id`` the "Mã số doanh nghiệp:" row under it (``tax_code``); the
                   vessel's number, its owner and skipper, the trip's dates, the receipt number and the
                   department's decision cited never; no validity is printed: None. A port closure notice:
                   "THÔNG BÁO" is ``type_name``, its two sentence-case lines joined ``subject``; a port telling
                   the fleet it is closed grants nothing: holder fields and ``valid_until`` None, though it
                   names a dispatcher and prints the dredging company's code; "từ 06 giờ 00 ngày 10/6/2019 đến
                   hết ngày 25/6/2019" gives None;
  population       a birth support: the two subject lines joined are ``subject``; the holder is the mother on
                   the "Họ và tên:" row under Article 1, ``holder_id`` the personal number at the end of the row
                   under her, after her birth date and people (``cccd``); her baby's birth date never; "trong
                   thời hạn 05 ngày làm việc kể từ ngày ký" gives None; number by hand (blind5's rule). A plan:
                   "KẾ HOẠCH" is ``type_name``, its two sentence-case lines joined ``subject``; nobody is granted
                   anything: holder fields None; the campaign's dates and the deadline are never
                   ``valid_until`` and the department's plan cited never the number or the date;
  epidemic control   a home quarantine: its one subject line is ``subject``; the holder is the woman on the
                   "Họ và tên:" row, without "bà", ``holder_id`` the personal number on the row under her
                   (``cccd``); the quarantine "từ ngày 02/8/2021 đến hết ngày 15/8/2021" is a span, no
                   validity: None; the province's letter cited never; the street team's head never. A travel
                   pass: "GIẤY ĐI ĐƯỜNG" is ``type_name``, its one sentence-case line ``subject``; the capitals
                   line "CÔNG AN PHƯỜNG LÁI THIÊU CẤP GIẤY ĐI ĐƯỜNG CHO:" is body; the holder is the worker on
                   the "Họ và tên:" row as printed, his family name Ông kept ("Ông Văn Thới"), ``holder_id`` the
                   personal number on the row under him (``cccd``); his employer and its code never; "Giấy đi
                   đường có giá trị đến hết ngày 21/9/2021" gives ``valid_until`` 2021-09-21;
  water resources  a groundwater registration: "GIẤY XÁC NHẬN" is ``type_name``, its one sentence-case line
                   ``subject``; the capitals line "… XÁC NHẬN:" is body; the holder is the cooperative that
                   opens the sentence under it, up to the comma, ``holder_id`` the "mã số hợp tác xã" printed
                   right after it (``tax_code``); its director, the wells and coordinates never; no validity
                   is printed: None; number by hand. The công văn keeps blind5's rule: ``type_name`` "CÔNG
                   VĂN", ``subject`` its two "V/v" lines joined as printed, holder fields and ``valid_until``
                   None, though it is addressed to one company and prints that company's enterprise code (as
                   blind8's công văn to a company); the circular cited never; the deadlines give None; number
                   and day by hand;
  enforcement      an enforcement decision: "Thi hành án theo yêu cầu" under "QUYẾT ĐỊNH" is ``subject``; the
                   holder is the person it is enforced against, named after "Cho thi hành án đối với ông",
                   without "ông", up to the comma; no number is printed for him ("sinh năm 1971"): ``holder_id``
                   and ``holder_id_type`` None; the creditor, the enforcement officer and the judgment cited
                   never; "10 ngày kể từ ngày nhận được" gives None. A certificate of the result: the title one
                   line, ``subject`` None; the capitals line "… XÁC NHẬN:" is body; the holder is the man on the
                   "Người phải thi hành án:" row, without "ông", ``holder_id`` the personal number on the row
                   under him (``cccd``); the man he compensated, the judgment and the decision cited never; the
                   day he finished paying gives None; number by hand;
  header           a one-line issuer is ``organ_name`` as printed; two or three issuer lines joined by spaces,
                   as printed, a wrapped name too ("CÔNG TY ĐẤU GIÁ HỢP DANH BẢO LỘC"; "UBND TỈNH BÌNH ĐỊNH SỞ
                   NÔNG NGHIỆP VÀ PTNT BQL CẢNG CÁ BÌNH ĐỊNH"; "CỤC THADS TỈNH BẾN TRE CHI CỤC THI HÀNH ÁN DÂN
                   SỰ HUYỆN GIỒNG TRÔM"); ``place`` the words before ", ngày" ("Chư Sê", "Hàm Thuận Nam", "Lái
                   Thiêu");
  signer blocks    "KT. TRƯỞNG BAN" / "PHÓ TRƯỞNG BAN", "KT. TRƯỞNG CÔNG AN PHƯỜNG" / "PHÓ TRƯỞNG CÔNG AN
                   PHƯỜNG", "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH" and "KT. CHI CỤC TRƯỞNG" / "PHÓ CHI CỤC TRƯỞNG"
                   are ``signer_position``, the lines joined by a space; "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH"
                   / "PHÓ CHỦ TỊCH", "TUQ. CHỦ TỊCH" / "TRƯỞNG PHÒNG" / "TÀI NGUYÊN VÀ MÔI TRƯỜNG" and "TL. CHỦ
                   TỊCH" / "KT. CHÁNH VĂN PHÒNG" / "PHÓ CHÁNH VĂN PHÒNG" their three lines joined; a bare
                   position ("GIÁM ĐỐC", "CHI CỤC TRƯỞNG") and "Q. TRƯỞNG BAN" as printed; a Jrai and a H'Mông
                   name as printed ("Rơ Châm Ngơn", "Vương Mí Chứ");
  pages turned     a scan page tilted two degrees counterclockwise changes no field; a two-page document's
                   fields come from both pages, as one document;
  signatures and seals   as blind7 and blind8: the truth is the text as printed under them.

Renderings, seeds and truth files as blind9's (``make_blind9`` draws them): ``scan`` (300 dpi, light
degradation, PDF) and ``photo`` (80-150 dpi JPEG, perspective, uneven light, half without a DPI; the
two-page document's photos in one PDF). Only the scans are turned (``turn``): the home quarantine lies two
degrees counterclockwise (2.0); the phone photographs each page as it lies.

    python samples/blind22.py --out benchmarks/out/blind22
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind3 import write_set
from blind5 import _CAN_CU_UBND
from blind9 import LEVELS, Doc9, lay_out, render

__all__ = ["BLIND22", "FAMILIES", "LEVELS", "Doc9", "lay_out", "make_blind22", "render"]

FAMILIES = ("daugia", "cangca", "danso", "phongdich", "tainguyennuoc", "thihanhan")

_LUAT_THADS = ("Luật Thi hành án dân sự ngày 14 tháng 11 năm 2008; Luật sửa đổi, bổ sung một số điều của Luật Thi "
               "hành án dân sự ngày 25 tháng 11 năm 2014")

BLIND22 = [
    Doc9(
        slug="qd-cong-nhan-trung-dau-gia-dat-nong-san-ia-pal", family="daugia",
        issuer=["ỦY BAN NHÂN DÂN", "HUYỆN CHƯ SÊ"],
        number="1126", notation="QĐ-UBND", place="Chư Sê", date_text="20 tháng 5 năm 2019", issued="2019-05-20",
        title=["QUYẾT ĐỊNH"],
        subject=["Về việc công nhận kết quả trúng đấu giá quyền sử dụng đất", "đối với Công ty TNHH Nông sản Ia Pal"],
        body=["ỦY BAN NHÂN DÂN HUYỆN CHƯ SÊ", _CAN_CU_UBND,
              "Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013; Luật Đấu giá tài sản ngày 17 tháng 11 năm 2016;",
              ("Căn cứ Nghị định số 43/2014/NĐ-CP ngày 15 tháng 5 năm 2014 của Chính phủ quy định chi tiết thi hành "
               "một số điều của Luật Đất đai;"),
              ("Căn cứ Quyết định số 22/2018/QĐ-UBND ngày 06 tháng 8 năm 2018 của Ủy ban nhân dân tỉnh Gia Lai ban "
               "hành Quy định đấu giá quyền sử dụng đất để giao đất có thu tiền sử dụng đất hoặc cho thuê đất trên "
               "địa bàn tỉnh;"),
              ("Căn cứ Quyết định số 417/QĐ-UBND ngày 12 tháng 3 năm 2019 của Ủy ban nhân dân huyện phê duyệt phương "
               "án đấu giá quyền sử dụng đất khu đất thương mại, dịch vụ tại thị trấn Chư Sê;"),
              ("Xét Biên bản đấu giá tài sản số 14/BB-ĐG ngày 26 tháng 4 năm 2019 của Công ty Đấu giá hợp danh Phố "
               "Núi và Tờ trình số 86/TTr-TNMT ngày 10 tháng 5 năm 2019 của Phòng Tài nguyên và Môi trường,"),
              "QUYẾT ĐỊNH:",
              ("Điều 1. Công nhận Công ty TNHH Nông sản Ia Pal, mã số doanh nghiệp 5901053694, trúng đấu giá quyền "
               "sử dụng đất với các nội dung sau:"),
              ("1. Vị trí khu đất: thửa đất số 318, tờ bản đồ số 27, đường Hùng Vương, thị trấn Chư Sê, huyện Chư "
               "Sê, tỉnh Gia Lai."),
              "2. Diện tích: 2.456,8 m²; mục đích sử dụng: đất thương mại, dịch vụ.",
              "3. Hình thức sử dụng đất: Nhà nước cho thuê đất trả tiền thuê đất một lần cho cả thời gian thuê.",
              "4. Giá trúng đấu giá: 9.826.000.000 đồng (chín tỷ tám trăm hai mươi sáu triệu đồng).",
              "5. Thời hạn sử dụng đất: 50 năm, kể từ ngày ký Quyết định này đến hết ngày 19 tháng 5 năm 2069.",
              "Điều 2. Công ty TNHH Nông sản Ia Pal có trách nhiệm:",
              ("a) Nộp đủ tiền trúng đấu giá vào tài khoản của Kho bạc Nhà nước huyện Chư Sê trong thời hạn 30 ngày "
               "kể từ ngày nhận được thông báo của Chi cục Thuế huyện; quá thời hạn trên mà không nộp đủ thì bị hủy "
               "kết quả trúng đấu giá;"),
              ("b) Nhận bàn giao đất trên thực địa, sử dụng đất đúng mục đích, đúng ranh giới; đưa đất vào sử dụng "
               "chậm nhất sau 24 tháng kể từ ngày nhận bàn giao đất;"),
              ("c) Lập hồ sơ xây dựng công trình thương mại, dịch vụ theo quy hoạch chi tiết đã được phê duyệt, "
               "trình cơ quan có thẩm quyền cấp phép trước khi khởi công."),
              ("Điều 3. Giao Phòng Tài nguyên và Môi trường chủ trì, phối hợp với Ủy ban nhân dân thị trấn Chư Sê "
               "bàn giao đất trên thực địa; ký hợp đồng thuê đất và trình cấp Giấy chứng nhận quyền sử dụng đất sau "
               "khi Công ty hoàn thành nghĩa vụ tài chính. Chi cục Thuế huyện thông báo nộp tiền và theo dõi việc "
               "nộp tiền trúng đấu giá."),
              ("Điều 4. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng "
               "Tài nguyên và Môi trường, Chi cục trưởng Chi cục Thuế huyện, Giám đốc Kho bạc Nhà nước huyện, Chủ "
               "tịch UBND thị trấn Chư Sê và Giám đốc Công ty TNHH Nông sản Ia Pal chịu trách nhiệm thi hành Quyết "
               "định này.")],
        signer_position=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer_name="Rơ Châm Ngơn",
        holder_name="Công ty TNHH Nông sản Ia Pal", holder_id="5901053694", holder_id_type="tax_code",
        valid_until="2069-05-19",
        recipients=["- Như Điều 4;", "- Sở TN&MT tỉnh Gia Lai;", "- Công ty ĐGHD Phố Núi;", "- Lưu: VT, TNMT."],
        seal="ỦY BAN NHÂN DÂN * HUYỆN CHƯ SÊ *", hand="flourish", aim=(34.0, 10.0), lift=16.0,
    ),
    Doc9(
        slug="tb-dau-gia-go-tich-thu-kiem-lam-di-linh", family="daugia", issuer=["CÔNG TY ĐẤU GIÁ", "HỢP DANH BẢO LỘC"],
        number="75", notation="TB-ĐGBL", place="Bảo Lộc", date_text="6 tháng 7 năm 2020", issued="2020-07-06",
        title=["THÔNG BÁO ĐẤU GIÁ TÀI SẢN"], subject=[],
        body=["Căn cứ Luật Đấu giá tài sản ngày 17 tháng 11 năm 2016;",
              ("Căn cứ Hợp đồng dịch vụ đấu giá tài sản số 09/2020/HĐ-ĐGBL ngày 29 tháng 6 năm 2020 giữa Hạt Kiểm "
               "lâm huyện Di Linh và Công ty Đấu giá hợp danh Bảo Lộc,"),
              ("Công ty Đấu giá hợp danh Bảo Lộc, mã số doanh nghiệp 5801818004, thông báo đấu giá tài sản như "
               "sau:"),
              ("1. Người có tài sản: Hạt Kiểm lâm huyện Di Linh; địa chỉ: số 12 đường Nguyễn Văn Trỗi, thị trấn Di "
               "Linh, huyện Di Linh, tỉnh Lâm Đồng."),
              ("2. Tài sản đấu giá: 18,426 m³ gỗ xẻ các loại (nhóm IV đến nhóm VIII) bị tịch thu sung quỹ nhà nước, "
               "hiện để tại kho của Hạt Kiểm lâm huyện Di Linh."),
              ("3. Giá khởi điểm: 74.350.000 đồng (chưa bao gồm thuế giá trị gia tăng); tiền đặt trước: 14.000.000 "
               "đồng; tiền mua hồ sơ: 200.000 đồng/bộ."),
              ("4. Bán hồ sơ, tiếp nhận hồ sơ và nộp tiền đặt trước: từ ngày 07/7/2020 đến 17 giờ 00 ngày "
               "17/7/2020 (trong giờ hành chính), tại trụ sở Công ty, số 86 đường Trần Phú, phường Lộc Sơn, thành "
               "phố Bảo Lộc."),
              ("5. Thời gian, địa điểm tổ chức cuộc đấu giá: 09 giờ 00 ngày 21/7/2020, tại hội trường Hạt Kiểm lâm "
               "huyện Di Linh."),
              ("6. Hình thức, phương thức đấu giá: đấu giá bằng bỏ phiếu trực tiếp tại cuộc đấu giá, theo phương "
               "thức trả giá lên."),
              ("Tổ chức, cá nhân có nhu cầu liên hệ Công ty Đấu giá hợp danh Bảo Lộc, điện thoại 0263 3728 416, để "
               "được hướng dẫn./.")],
        signer_position=["GIÁM ĐỐC"], signer_name="Tôn Nữ Thảo Nguyên",
        recipients=["- Hạt Kiểm lâm huyện Di Linh;", "- Sở Tư pháp tỉnh Lâm Đồng;", "- Niêm yết, đăng tin;",
                    "- Lưu: VT."],
        hand="scribble", aim=(32.0, 8.0), lift=16.0,
    ),
    Doc9(
        slug="gxn-nguyen-lieu-thuy-san-khai-thac-ca-ngu-tam-quan", family="cangca",
        issuer=["UBND TỈNH BÌNH ĐỊNH", "SỞ NÔNG NGHIỆP VÀ PTNT", "BQL CẢNG CÁ BÌNH ĐỊNH"],
        number="2418", notation="GXN-BQLCC", place="Hoài Nhơn", date_text="14 tháng 4 năm 2022", issued="2022-04-14",
        title=["GIẤY XÁC NHẬN NGUYÊN LIỆU THỦY SẢN KHAI THÁC"], subject=[],
        body=["Căn cứ Luật Thủy sản ngày 21 tháng 11 năm 2017;",
              ("Căn cứ Thông tư số 21/2018/TT-BNNPTNT ngày 15 tháng 11 năm 2018 của Bộ trưởng Bộ Nông nghiệp và Phát "
               "triển nông thôn quy định về nhật ký khai thác thủy sản;"),
              ("Căn cứ Quyết định số 1205/QĐ-SNN ngày 09 tháng 6 năm 2020 của Sở Nông nghiệp và Phát triển nông thôn "
               "tỉnh Bình Định về việc giao nhiệm vụ xác nhận nguyên liệu thủy sản khai thác tại cảng cá Tam Quan;"),
              "Xét đề nghị ngày 13 tháng 4 năm 2022 và nhật ký khai thác thủy sản của tàu cá BĐ 97268 TS,",
              "BAN QUẢN LÝ CẢNG CÁ BÌNH ĐỊNH XÁC NHẬN:",
              "1. Tổ chức đề nghị xác nhận: Công ty TNHH Chế biến Hải sản Hoài Hương",
              "2. Mã số doanh nghiệp: 4101929116",
              "3. Tàu cá: BĐ 97268 TS; chủ tàu: ông Trà Văn Dũng; thuyền trưởng: ông Võ Như Ý.",
              "4. Chuyến biển: rời cảng ngày 18/3/2022, cập cảng cá Tam Quan ngày 12/4/2022; nghề: câu tay cá ngừ.",
              "5. Sản phẩm bốc dỡ, thu mua: cá ngừ vây vàng 4.260 kg; cá ngừ mắt to 1.180 kg.",
              "6. Biên nhận bốc dỡ qua cảng số: 0419/BN-TQ.",
              "Nguyên liệu thủy sản nêu trên được khai thác hợp pháp."],
        signer_position=["KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"], signer_name="Nguyễn Xuân Dưỡng",
        holder_name="Công ty TNHH Chế biến Hải sản Hoài Hương", holder_id="4101929116", holder_id_type="tax_code",
        recipients=["- Tổ chức đề nghị;", "- Chi cục Thủy sản tỉnh;", "- Lưu: VT, KT."],
        seal="BQL CẢNG CÁ BÌNH ĐỊNH * SỞ NN&PTNT *", hand="loops", aim=(34.0, 8.0), lift=14.0,
    ),
    Doc9(
        slug="tb-tam-dung-tiep-nhan-tau-ca-song-doc", family="cangca", issuer=["BQL CẢNG CÁ SÔNG ĐỐC"],
        number="55", notation="TB-BQLCC", place="Sông Đốc", date_text="03 tháng 6 năm 2019", issued="2019-06-03",
        title=["THÔNG BÁO"], subject=["Tạm dừng tiếp nhận tàu cá cập cảng", "để nạo vét luồng vào cảng cá Sông Đốc"],
        body=[("Thực hiện Quyết định số 884/QĐ-UBND ngày 17 tháng 5 năm 2019 của Ủy ban nhân dân tỉnh Cà Mau về việc "
               "phê duyệt dự án nạo vét luồng vào cảng cá Sông Đốc, Ban Quản lý Cảng cá Sông Đốc thông báo như sau:"),
              ("1. Tạm dừng tiếp nhận tàu cá có chiều dài từ 15 m trở lên cập cầu cảng số 2 từ 06 giờ 00 ngày "
               "10/6/2019 đến hết ngày 25/6/2019."),
              ("2. Tàu cá có chiều dài dưới 15 m được cập cầu cảng số 1 từ 05 giờ 00 đến 18 giờ 00 hằng ngày; chủ tàu "
               "khai báo với Tổ điều độ cảng (ông Danh Sà Rết, điện thoại 0290 3852 619) trước khi cập cảng."),
              ("3. Đơn vị thi công: Công ty Cổ phần Nạo vét Đường thủy Cửu Long, mã số doanh nghiệp 1801403718, bố "
               "trí phao tiêu, đèn báo hiệu và phương tiện hướng dẫn tàu thuyền ra, vào cửa sông Ông Đốc."),
              ("Ban Quản lý Cảng cá Sông Đốc thông báo để các chủ tàu, thuyền trưởng và tổ chức, cá nhân có liên quan "
               "biết, thực hiện./.")],
        signer_position=["Q. TRƯỞNG BAN"], signer_name="Tô Hiển",
        recipients=["- Sở NN&PTNT tỉnh Cà Mau (b/c);", "- Đồn Biên phòng Sông Đốc;", "- UBND thị trấn Sông Đốc;",
                    "- Lưu: VT."],
        seal="BAN QUẢN LÝ CẢNG CÁ * SÔNG ĐỐC *", hand="underline", aim=(30.0, 6.0), lift=10.0,
    ),
    Doc9(
        slug="qd-ho-tro-sinh-con-dung-chinh-sach-trieu-thi-may", family="danso",
        issuer=["ỦY BAN NHÂN DÂN", "XÃ HỒ THẦU"],
        number="28", notation="QĐ-UBND", place="Hồ Thầu", date_text="17 tháng 02 năm 2020", issued="2020-02-17",
        title=["QUYẾT ĐỊNH"],
        subject=["Về việc hỗ trợ phụ nữ thuộc hộ nghèo là người dân tộc thiểu số",
                 "khi sinh con đúng chính sách dân số"],
        body=["CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ HỒ THẦU", _CAN_CU_UBND,
              ("Căn cứ Nghị định số 39/2015/NĐ-CP ngày 27 tháng 4 năm 2015 của Chính phủ quy định chính sách hỗ trợ "
               "cho phụ nữ thuộc hộ nghèo là người dân tộc thiểu số khi sinh con đúng chính sách dân số;"),
              ("Xét đơn đề nghị ngày 06 tháng 02 năm 2020 của bà Triệu Thị Mẩy và xác nhận của Trưởng thôn Tả "
               "Chải,"),
              "QUYẾT ĐỊNH:",
              "Điều 1. Hỗ trợ 2.000.000 đồng (hai triệu đồng) cho người có tên sau đây:",
              "1. Họ và tên: Triệu Thị Mẩy",
              "2. Ngày sinh: 11/9/1998; dân tộc: Dao; số định danh cá nhân: 002198712753",
              "3. Nơi cư trú: thôn Tả Chải, xã Hồ Thầu; thuộc hộ nghèo năm 2020.",
              "4. Sinh con thứ hai ngày 24 tháng 01 năm 2020 tại Trạm Y tế xã Hồ Thầu.",
              ("Điều 2. Giao công chức Văn hóa - Xã hội và kế toán ngân sách xã chi trả cho bà Triệu Thị Mẩy trong "
               "thời hạn 05 ngày làm việc kể từ ngày ký Quyết định này."),
              "Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Bà Triệu Thị Mẩy và các công chức nêu trên thi hành."],
        signer_position=["CHỦ TỊCH"], signer_name="Vương Mí Chứ",
        holder_name="Triệu Thị Mẩy", holder_id="002198712753", holder_id_type="cccd",
        recipients=["- Như Điều 3;", "- Trung tâm Y tế huyện (b/c);", "- Lưu: VT, VHXH."],
        seal="ỦY BAN NHÂN DÂN * XÃ HỒ THẦU *", handwritten=("code_number",),
        hand="loops", aim=(0.0, 0.0), lift=18.0,
    ),
    Doc9(
        slug="kh-huong-ung-ngay-dan-so-viet-nam-dong-hai", family="danso", issuer=["ỦY BAN NHÂN DÂN", "HUYỆN ĐÔNG HẢI"],
        number="247", notation="KH-UBND", place="Đông Hải", date_text="25 tháng 11 năm 2019", issued="2019-11-25",
        title=["KẾ HOẠCH"],
        subject=["Tổ chức các hoạt động hưởng ứng Ngày Dân số Việt Nam",
                 "và Tháng hành động quốc gia về dân số năm 2019"],
        body=[("Thực hiện Kế hoạch số 1362/KH-SYT ngày 08 tháng 11 năm 2019 của Sở Y tế tỉnh Bạc Liêu về tổ chức các "
               "hoạt động hưởng ứng Ngày Dân số Việt Nam năm 2019, Ủy ban nhân dân huyện Đông Hải xây dựng Kế hoạch "
               "như sau:"),
              "I. MỤC ĐÍCH, YÊU CẦU",
              ("1. Nâng cao nhận thức của nhân dân về công tác dân số, trọng tâm là duy trì mức sinh thay thế, giảm "
               "mất cân bằng giới tính khi sinh."),
              "2. Các hoạt động thiết thực, tiết kiệm, phù hợp với phong tục của đồng bào Kinh, Khmer, Hoa.",
              "II. NỘI DUNG, THỜI GIAN",
              "1. Tổ chức mít tinh hưởng ứng tại thị trấn Gành Hào vào 07 giờ 30 ngày 26/12/2019.",
              ("2. Truyền thông lưu động, cung cấp dịch vụ chăm sóc sức khỏe sinh sản, kế hoạch hóa gia đình tại 11 "
               "xã, thị trấn từ ngày 02/12/2019 đến hết ngày 31/12/2019."),
              "III. TỔ CHỨC THỰC HIỆN",
              ("1. Trung tâm Y tế huyện chủ trì triển khai Kế hoạch; Giám đốc Trung tâm, bà Lâm Thị Sa Rươl, làm đầu "
               "mối, điện thoại 0291 3846 207."),
              ("2. Ủy ban nhân dân các xã, thị trấn báo cáo kết quả về Trung tâm Y tế huyện trước ngày 06 tháng 01 "
               "năm 2020 để tổng hợp, báo cáo Ủy ban nhân dân huyện.")],
        signer_position=["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], signer_name="Châu Thị Mỹ Phương",
        recipients=["- Sở Y tế tỉnh Bạc Liêu (b/c);", "- TT Huyện ủy, TT HĐND huyện;", "- UBND các xã, thị trấn;",
                    "- Lưu: VT, VX."],
        seal="ỦY BAN NHÂN DÂN * HUYỆN ĐÔNG HẢI *", hand="scribble", aim=(36.0, 10.0), lift=18.0,
    ),
    Doc9(
        slug="qd-cach-ly-y-te-tai-nha-cu-thi-ngat", family="phongdich",
        issuer=["ỦY BAN NHÂN DÂN", "PHƯỜNG QUỲNH THIỆN"],
        number="312", notation="QĐ-UBND", place="Quỳnh Thiện", date_text="02 tháng 8 năm 2021", issued="2021-08-02",
        title=["QUYẾT ĐỊNH"], subject=["Về việc áp dụng biện pháp cách ly y tế tại nhà"],
        body=["CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG QUỲNH THIỆN", _CAN_CU_UBND,
              ("Căn cứ Nghị định số 101/2010/NĐ-CP ngày 30 tháng 9 năm 2010 của Chính phủ về áp dụng biện pháp cách "
               "ly y tế;"),
              ("Căn cứ Văn bản số 5467/UBND-VX ngày 29 tháng 7 năm 2021 của Ủy ban nhân dân tỉnh Nghệ An và đề nghị "
               "của Trạm Y tế phường,"),
              "QUYẾT ĐỊNH:",
              "Điều 1. Áp dụng biện pháp cách ly y tế tại nhà đối với người có tên sau:",
              "1. Họ và tên: bà Cù Thị Ngát",
              "2. Ngày sinh: 05/10/1987; số định danh cá nhân: 040187483057",
              "3. Nơi cư trú: khối Tân Thành; về từ Thành phố Hồ Chí Minh ngày 01/8/2021.",
              "4. Thời gian cách ly: 14 ngày, từ ngày 02/8/2021 đến hết ngày 15/8/2021.",
              ("Điều 2. Bà Cù Thị Ngát chấp hành nghiêm các quy định về cách ly y tế tại nhà; Tổ COVID cộng đồng khối "
               "Tân Thành (tổ trưởng ông Phan Văn Lục) có trách nhiệm giám sát."),
              "Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Bà Cù Thị Ngát chịu trách nhiệm thi hành."],
        signer_position=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer_name="Hồ Sỹ Hùng",
        holder_name="Cù Thị Ngát", holder_id="040187483057", holder_id_type="cccd",
        recipients=["- Như Điều 3;", "- BCĐ phòng, chống dịch thị xã (b/c);", "- Lưu: VT."],
        seal="ỦY BAN NHÂN DÂN * PHƯỜNG QUỲNH THIỆN *", hand="underline", aim=(0.0, 0.0), lift=8.0, turn=(2.0,),
    ),
    Doc9(
        slug="giay-di-duong-gian-cach-ong-van-thoi-lai-thieu", family="phongdich",
        issuer=["CÔNG AN TP. THUẬN AN", "CÔNG AN PHƯỜNG LÁI THIÊU"],
        number="1947", notation="GĐĐ-CAP", place="Lái Thiêu", date_text="08 tháng 9 năm 2021", issued="2021-09-08",
        title=["GIẤY ĐI ĐƯỜNG"], subject=["Trong thời gian thực hiện giãn cách xã hội"],
        body=[("Căn cứ Chỉ thị số 16/CT-TTg ngày 31 tháng 3 năm 2020 của Thủ tướng Chính phủ về thực hiện các biện "
               "pháp cấp bách phòng, chống dịch COVID-19;"),
              ("Căn cứ Văn bản số 4512/UBND-VX ngày 05 tháng 9 năm 2021 của Ủy ban nhân dân tỉnh Bình Dương về việc "
               "cấp giấy đi đường cho người lao động;"),
              "Xét đề nghị của Công ty TNHH Bao bì Lái Thiêu, mã số doanh nghiệp 3702174235,",
              "CÔNG AN PHƯỜNG LÁI THIÊU CẤP GIẤY ĐI ĐƯỜNG CHO:",
              "Họ và tên: Ông Văn Thới",
              "Ngày sinh: 19/02/1990; số định danh cá nhân: 051090848003",
              "Nơi ở hiện tại: số 27/4 khu phố Đông Tư, phường Lái Thiêu, thành phố Thuận An, tỉnh Bình Dương.",
              ("Nơi làm việc: Công ty TNHH Bao bì Lái Thiêu, Khu công nghiệp Việt Hương, phường Thuận Giao; lộ trình: "
               "phường Lái Thiêu - phường Thuận Giao và ngược lại."),
              "Giấy đi đường có giá trị đến hết ngày 21/9/2021."],
        signer_position=["KT. TRƯỞNG CÔNG AN PHƯỜNG", "PHÓ TRƯỞNG CÔNG AN PHƯỜNG"], signer_name="Đoàn Minh Trí",
        holder_name="Ông Văn Thới", holder_id="051090848003", holder_id_type="cccd", valid_until="2021-09-21",
        recipients=["- Người được cấp;", "- Công ty TNHH Bao bì Lái Thiêu;", "- Lưu: CAP."],
        seal="CÔNG AN PHƯỜNG LÁI THIÊU * BÌNH DƯƠNG *", hand="flourish", aim=(0.0, 0.0), lift=16.0,
    ),
    Doc9(
        slug="gxn-dang-ky-khai-thac-nuoc-duoi-dat-htx-ham-my", family="tainguyennuoc",
        issuer=["ỦY BAN NHÂN DÂN", "HUYỆN HÀM THUẬN NAM"],
        number="1308", notation="GXN-UBND", place="Hàm Thuận Nam", date_text="17 tháng 5 năm 2023",
        issued="2023-05-17",
        title=["GIẤY XÁC NHẬN"], subject=["Đăng ký khai thác nước dưới đất"],
        body=["Căn cứ Luật Tài nguyên nước ngày 21 tháng 6 năm 2012;",
              ("Căn cứ Nghị định số 02/2023/NĐ-CP ngày 01 tháng 02 năm 2023 của Chính phủ quy định chi tiết thi hành "
               "một số điều của Luật Tài nguyên nước;"),
              ("Xét tờ khai đăng ký khai thác nước dưới đất ngày 27 tháng 4 năm 2023 của Hợp tác xã Thanh long Hàm Mỹ "
               "và đề nghị của Trưởng phòng Tài nguyên và Môi trường,"),
              "ỦY BAN NHÂN DÂN HUYỆN HÀM THUẬN NAM XÁC NHẬN:",
              ("Hợp tác xã Thanh long Hàm Mỹ, mã số hợp tác xã 3401088575, địa chỉ thôn Phú Khánh, xã Hàm Mỹ, huyện "
               "Hàm Thuận Nam, tỉnh Bình Thuận, đã đăng ký khai thác nước dưới đất với các nội dung sau:"),
              ("1. Số giếng khai thác: 02 giếng khoan, chiều sâu 45 m và 52 m; tọa độ (VN-2000, kinh tuyến trục "
               "108°30'): X = 1205 416, Y = 423 874 và X = 1205 592, Y = 424 031."),
              "2. Tầng chứa nước khai thác: Pleistocen; lưu lượng khai thác tối đa: 18 m³/ngày đêm.",
              "3. Mục đích sử dụng: tưới 6,5 ha thanh long của các thành viên hợp tác xã.",
              "4. Người đại diện: ông Lê Văn Mười, Giám đốc hợp tác xã.",
              ("Hợp tác xã có trách nhiệm khai thác đúng nội dung đã đăng ký; khi không còn sử dụng phải trám lấp "
               "giếng theo quy định.")],
        signer_position=["TUQ. CHỦ TỊCH", "TRƯỞNG PHÒNG", "TÀI NGUYÊN VÀ MÔI TRƯỜNG"], signer_name="Trần Thị Kim Liễu",
        holder_name="Hợp tác xã Thanh long Hàm Mỹ", holder_id="3401088575", holder_id_type="tax_code",
        recipients=["- Hợp tác xã Thanh long Hàm Mỹ;", "- UBND xã Hàm Mỹ;", "- Lưu: VT, TNMT."],
        seal="ỦY BAN NHÂN DÂN * H. HÀM THUẬN NAM *", handwritten=("code_number",),
        hand="scribble", aim=(32.0, 8.0), lift=14.0,
    ),
    Doc9(
        slug="cv-tram-lap-gieng-khoan-moc-hoa-kien-tuong", family="tainguyennuoc",
        issuer=["ỦY BAN NHÂN DÂN", "THỊ XÃ KIẾN TƯỜNG"],
        number="1542", notation="UBND-TNMT", place="Kiến Tường", date_text="9 tháng 10 năm 2018", issued="2018-10-09",
        title=[], subject=["V/v trám lấp giếng khoan không sử dụng", "tại Nhà máy chế biến nông sản Mộc Hóa"],
        addressees=["Công ty TNHH Chế biến Nông sản Mộc Hóa"],
        body=[("Qua kiểm tra thực tế ngày 25 tháng 9 năm 2018 của Phòng Tài nguyên và Môi trường thị xã tại Nhà máy "
               "chế biến nông sản Mộc Hóa (ấp Cả Môn, xã Thạnh Trị) của Công ty TNHH Chế biến Nông sản Mộc Hóa, mã "
               "số doanh nghiệp 1101686852, Công ty còn 03 giếng khoan cũ không sử dụng, chưa được trám lấp, có nguy "
               "cơ gây ô nhiễm tầng chứa nước."),
              ("Thực hiện Thông tư số 72/2017/TT-BTNMT ngày 29 tháng 12 năm 2017 của Bộ trưởng Bộ Tài nguyên và Môi "
               "trường quy định về việc xử lý, trám lấp giếng không sử dụng, Ủy ban nhân dân thị xã Kiến Tường đề "
               "nghị Công ty:"),
              ("1. Lập phương án trám lấp 03 giếng khoan nêu trên, gửi Phòng Tài nguyên và Môi trường thị xã trước "
               "ngày 31 tháng 10 năm 2018."),
              ("2. Thuê đơn vị có đủ năng lực thực hiện việc trám lấp, hoàn thành trước ngày 30 tháng 11 năm 2018; "
               "báo cáo kết quả kèm biên bản nghiệm thu về Phòng Tài nguyên và Môi trường (qua ông Nguyễn Hữu "
               "Phước, chuyên viên, điện thoại 0272 3841 563)."),
              "Ủy ban nhân dân thị xã Kiến Tường đề nghị Công ty nghiêm túc thực hiện./."],
        signer_position=["TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"], signer_name="Võ Hữu Lễ",
        recipients=["- Như trên;", "- Phòng TN&MT thị xã;", "- UBND xã Thạnh Trị;", "- Lưu: VT."],
        seal="ỦY BAN NHÂN DÂN * THỊ XÃ KIẾN TƯỜNG *", handwritten=("code_number", "issued_date"),
        hand="loops", aim=(36.0, 10.0), lift=12.0,
    ),
    Doc9(
        slug="qd-thi-hanh-an-theo-yeu-cau-kieu-van-sam", family="thihanhan",
        issuer=["CỤC THADS TỈNH BẾN TRE", "CHI CỤC THI HÀNH ÁN DÂN SỰ", "HUYỆN GIỒNG TRÔM"],
        number="131", notation="QĐ-CCTHADS", place="Giồng Trôm", date_text="12 tháng 3 năm 2018", issued="2018-03-12",
        title=["QUYẾT ĐỊNH"], subject=["Thi hành án theo yêu cầu"],
        body=["CHI CỤC TRƯỞNG CHI CỤC THI HÀNH ÁN DÂN SỰ HUYỆN GIỒNG TRÔM",
              f"Căn cứ Điều 23, Điều 35 và Điều 36 của {_LUAT_THADS};",
              ("Căn cứ Bản án dân sự sơ thẩm số 41/2017/DS-ST ngày 18 tháng 10 năm 2017 của Tòa án nhân dân huyện "
               "Giồng Trôm, tỉnh Bến Tre;"),
              "Xét đơn yêu cầu thi hành án ngày 05 tháng 3 năm 2018 của bà Lê Thị Kim Hoa,",
              "QUYẾT ĐỊNH:",
              ("Điều 1. Cho thi hành án đối với ông Kiều Văn Sấm, sinh năm 1971, cư trú tại ấp 5, xã Lương Quới, "
               "huyện Giồng Trôm, tỉnh Bến Tre."),
              ("Khoản phải thi hành: trả cho bà Lê Thị Kim Hoa số tiền 126.500.000 đồng (một trăm hai mươi sáu triệu "
               "năm trăm nghìn đồng) và tiền lãi chậm thi hành án theo quy định."),
              ("Điều 2. Ông Kiều Văn Sấm có thời hạn 10 ngày kể từ ngày nhận được hoặc được thông báo hợp lệ Quyết "
               "định này để tự nguyện thi hành án; hết thời hạn trên mà không tự nguyện thi hành thì bị cưỡng chế thi "
               "hành án."),
              ("Điều 3. Chấp hành viên Nguyễn Thành Tâm, ông Kiều Văn Sấm, bà Lê Thị Kim Hoa và các cơ quan, tổ chức, "
               "cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này.")],
        signer_position=["CHI CỤC TRƯỞNG"], signer_name="Mai Văn Đực",
        holder_name="Kiều Văn Sấm",
        recipients=["- Như Điều 3;", "- Viện KSND huyện Giồng Trôm;", "- Cục THADS tỉnh Bến Tre;", "- Lưu: VT, HSTHA."],
        seal="CHI CỤC THADS * HUYỆN GIỒNG TRÔM *", hand="underline", aim=(0.0, 0.0), lift=18.0,
    ),
    Doc9(
        slug="gxn-ket-qua-thi-hanh-an-son-sa-rinh-duyen-hai", family="thihanhan",
        issuer=["CỤC THADS TỈNH TRÀ VINH", "CHI CỤC THADS THỊ XÃ DUYÊN HẢI"],
        number="40", notation="GXN-CCTHADS", place="Duyên Hải", date_text="21 tháng 10 năm 2022", issued="2022-10-21",
        title=["GIẤY XÁC NHẬN KẾT QUẢ THI HÀNH ÁN"], subject=[],
        body=[f"Căn cứ {_LUAT_THADS};",
              ("Căn cứ Quyết định thi hành án số 143/QĐ-CCTHADS ngày 09 tháng 5 năm 2022 của Chi cục Thi hành án dân "
               "sự thị xã Duyên Hải;"),
              "Xét đơn đề nghị xác nhận kết quả thi hành án ngày 17 tháng 10 năm 2022 của ông Sơn Sà Rinh,",
              "CHI CỤC THI HÀNH ÁN DÂN SỰ THỊ XÃ DUYÊN HẢI XÁC NHẬN:",
              "1. Người phải thi hành án: ông Sơn Sà Rinh",
              "2. Ngày sinh: 14/8/1984; số định danh cá nhân: 084084517296",
              "3. Nơi cư trú: khóm 4, phường 1, thị xã Duyên Hải, tỉnh Trà Vinh; dân tộc: Khmer.",
              ("4. Khoản phải thi hành: theo Bản án hình sự sơ thẩm số 27/2022/HS-ST ngày 22 tháng 3 năm 2022 của Tòa "
               "án nhân dân thị xã Duyên Hải, nộp án phí hình sự sơ thẩm 200.000 đồng và bồi thường cho ông Trần Văn "
               "Út 18.500.000 đồng."),
              "5. Kết quả thi hành: đã thi hành xong toàn bộ các khoản nêu trên ngày 12 tháng 10 năm 2022.",
              "Giấy xác nhận này được cấp để ông Sơn Sà Rinh làm thủ tục xóa án tích theo quy định."],
        signer_position=["KT. CHI CỤC TRƯỞNG", "PHÓ CHI CỤC TRƯỞNG"], signer_name="Dương Thị Hoàng Kim Yến",
        holder_name="Sơn Sà Rinh", holder_id="084084517296", holder_id_type="cccd",
        recipients=["- Ông Sơn Sà Rinh;", "- Tòa án nhân dân thị xã Duyên Hải;", "- Lưu: VT, HSTHA."],
        seal="CHI CỤC THADS * THỊ XÃ DUYÊN HẢI *", handwritten=("code_number",),
        hand="flourish", aim=(34.0, 8.0), lift=6.0,
    ),
]


def make_blind22(out: Path, docs=BLIND22, levels=LEVELS, only: set[str] | None = None) -> list[Path]:
    """As blind9, with seeds of its own; ``only`` (slugs) and ``levels`` draw just those files, as they are
    in the whole set."""
    return write_set(out, docs, levels, render, seed=4600, jpeg_seed=2000, no_dpi_parity=1, only=only)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, required=True, help="folder for scans/ and truth/")
    out = parser.parse_args().out
    for path in make_blind22(out):
        print(f"{path.relative_to(out)}  {path.stat().st_size // 1024} KiB")


if __name__ == "__main__":
    main()

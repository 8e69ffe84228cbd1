"""Blind set 17 (issue 13, after blind set 16): six more families of results, each as a 300 dpi scan and
as a phone photo, signed and sealed as in blind sets 8 to 16, with one scan page fed sideways the other
way. Written without looking at the rules or running them on it, measured once.

Every province and provincial seat is already some earlier set's ``place``, so these results come from
districts, urban districts and towns, from port authorities and from national parks, dated where those
sit ("Cửa Lò", "Nghi Sơn", "Phong Nha", "Cúc Phương"), as blind16's market-surveillance team is dated at
Đức Phổ.

Families (Decree 30/2020 appendix I positions: issuer column top left, motto top right, number under
the issuer, place and date under the motto, title centred, signer bottom right, "Nơi nhận:" bottom left):
  hanghai      maritime: a port authority's "GIẤY CHỨNG NHẬN ĐĂNG KÝ TÀU BIỂN" (one line, "Số: 49/2019/ĐKTB-
               CVNA", the year inside the number), the ship first ("Tên tàu: LAM GIANG 09; hô hiệu: …; số IMO:
               …", its kind and tonnage, "Số đăng ký: VN-3284-CH"), then its owner ("Chủ tàu: Công ty
               …", "Mã số doanh nghiệp: …"), the certificate it replaces ("… số 16/2014/ĐKTB-HP … cấp ngày
               09 tháng 5 năm 2014") last, signed "GIÁM ĐỐC"; and another port authority's decision under a
               three-line issuer ("BỘ GIAO THÔNG VẬN TẢI" / "CỤC HÀNG HẢI VIỆT NAM" / "CẢNG VỤ HÀNG HẢI THANH
               HÓA") on two pages (Article 1's last two rows, Articles 2 to 4, the signer and "Nơi nhận:"
               on page 2) "Về việc phê duyệt phương án bảo đảm an toàn hàng hải" / "thi công nạo vét duy tu khu
               nước trước Bến số 3", Article 1 naming the port company after "do" ("… do Công ty Cổ phần Cảng
               Hải Thượng, mã số doanh nghiệp …, làm chủ đầu tư, …"), the dredging contractor with its own
               code, the dredger and "6. Thời gian thi công: 75 ngày kể từ ngày khởi công" on rows below,
               the company's letter ("văn bản số 86/CV-CHT ngày …") cited above, signed "KT. GIÁM ĐỐC" /
               "PHÓ GIÁM ĐỐC";
  vienthong    telecoms and the Internet: a district's "GIẤY CHỨNG NHẬN ĐỦ ĐIỀU KIỆN HOẠT ĐỘNG ĐIỂM" / "CUNG
               CẤP DỊCH VỤ TRÒ CHƠI ĐIỆN TỬ CÔNG CỘNG" (two capitals lines), the game room first ("1. Tên
               điểm cung cấp dịch vụ: Điểm trò chơi điện tử công cộng Thìn Net"), its owner in a sentence on
               the third row ("3. Chủ điểm cung cấp dịch vụ: Bạch Văn Thìn, sinh ngày …, số định danh cá nhân
               …, …"), his household business's registration ("số 40F8009315 … cấp ngày …") below, "6. Giấy
               chứng nhận có giá trị đến ngày 12 tháng 6 năm 2021.", signed "TM. ỦY BAN NHÂN DÂN" / "KT.
               CHỦ TỊCH" / "PHÓ CHỦ TỊCH"; and a city's culture and information office's công văn "V/v thỏa
               thuận vị trí lắp đặt trạm" / "thu phát sóng thông tin di động" / "tại phường Suối Tre" (three
               "V/v" lines), numbered and dated by hand (blind5's pen), addressed ("Kính gửi: …") to the tower
               company, which the body names with its enterprise code and its own letter ("văn bản số
               19/2022/CV-TP ngày …"), the site's code ("LKH-072") and the plot on rows, "sau 06 tháng kể từ
               ngày ký văn bản này" in the last;
  nongthon     new countryside: a district's decision "Về việc công nhận thôn Đồng Điều, xã Ngọc Thiện" /
               "đạt chuẩn nông thôn mới kiểu mẫu năm 2020" (a hamlet meets a standard), the commune's
               submission and the district office's appraisal ("Tờ trình số 58/TTr-UBND ngày …", "Báo cáo
               thẩm định số 112/BC-VPĐP ngày …") cited, the prize and the hamlet's head ("ông Thân Văn Lưu,
               Trưởng thôn") in Article 2, signed "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH"; and another district's
               decision "Về việc công nhận sản phẩm đạt 3 sao" / "Chương trình Mỗi xã một sản phẩm năm 2023",
               "Điều 1. Công nhận sản phẩm Khô cá lóc Tràm Chim đạt 3 sao, tổng số điểm 68/100 điểm, của Hợp
               tác xã …, mã số hợp tác xã …, …", "có giá trị trong thời hạn 36 tháng kể từ ngày ký" in
               Article 2, numbered "…/QĐ-UBND-NN" (an office's suffix after the council's), signed "CHỦ TỊCH";
  dothi        urban management: an urban district's "GIẤY PHÉP" / "Sử dụng tạm thời một phần vỉa hè" /
               "ngoài mục đích giao thông" (two sentence-case lines under the type name), numbered by hand
               (blind5's pen, the date printed), for a woman on rows ("1. Người được cấp phép: bà Văn Thị
               Nhạn", "2. Sinh ngày: …; số định danh cá nhân: …"), the pavement, its area, its use and the
               hours below, "7. Thời hạn của giấy phép: từ ngày 01 tháng 4 năm 2024 đến ngày 30 tháng 9 năm
               2024.", signed "TL. CHỦ TỊCH" / "TRƯỞNG PHÒNG QUẢN LÝ ĐÔ THỊ"; and an urban district's
               office's "GIẤY PHÉP CHẶT HẠ, DỊCH CHUYỂN" / "CÂY XANH ĐÔ THỊ" (two capitals lines) for a
               developer ("1. Chủ đầu tư: Công ty …", "2. Mã số doanh nghiệp: …"), the building, the trees and
               the tree-care contractor with its own code on rows below, "30 ngày kể từ ngày ký giấy phép",
               signed "TRƯỞNG PHÒNG";
  dulich       tourism: a national park's board, its long name wrapped in the issuer column ("UBND TỈNH
               QUẢNG BÌNH" / "BQL VƯỜN QUỐC GIA" / "PHONG NHA - KẺ BÀNG"), deciding "Về việc cho thuê môi
               trường rừng để kinh doanh" / "dịch vụ du lịch sinh thái, nghỉ dưỡng, giải trí", "Điều 1. Cho
               Công ty TNHH …, mã số doanh nghiệp …, thuê môi trường rừng …" with rows (the forest plots, the
               area and trail, "3. Thời hạn thuê: 20 năm, đến hết ngày 31 tháng 12 năm 2041."), the
               province's scheme ("Quyết định số 2731/QĐ-UBND ngày …") cited, signed "KT. GIÁM ĐỐC" / "PHÓ
               GIÁM ĐỐC"; and a district's culture office's "GIẤY CHỨNG NHẬN" / "Cơ sở lưu trú du lịch
               homestay" / "đạt tiêu chuẩn phục vụ khách du lịch", the homestay first ("Tên cơ sở: Homestay
               Pải Lủng Mây Trắng"), then its owner ("Chủ cơ sở: …", "Ngày sinh: …; số định danh cá nhân: …"),
               "Giấy chứng nhận có giá trị đến ngày 30 tháng 10 năm 2026.", signed "Q. TRƯỞNG PHÒNG" without
               a seal;
  khoahoc      science: a district's "GIẤY CHỨNG NHẬN SÁNG KIẾN" (one line) for an extension officer on rows
               under "ỦY BAN NHÂN DÂN HUYỆN CHỢ GẠO CHỨNG NHẬN:" (the initiative's title first, "Tác giả: bà
               …", "Ngày sinh: …; số định danh cá nhân: …", her workplace), the district's decision recognising
               it ("Quyết định số 2364/QĐ-UBND ngày …") cited, signed "TUQ. CHỦ TỊCH" / "TRƯỞNG PHÒNG KINH TẾ
               VÀ HẠ TẦNG", its scan fed sideways the other way; and a national park's decision "Về việc cho
               phép nghiên cứu khoa học" / "tại Vườn quốc gia Cúc Phương" for a Swedish botanist ("Điều 1.
               Cho phép bà Johanna Elisabet Lindqvist, quốc tịch Thụy Điển, sinh ngày …, hộ chiếu số 91843705,
               …"), the ministry's letter ("văn bản số 1873/BNN-HTQT ngày …") cited, the park's guide named
               on a row, "4. Thời gian nghiên cứu: từ ngày 15 tháng 4 năm 2024 đến ngày 14 tháng 6 năm 2024.",
               signed "Q. GIÁM ĐỐC".
Every document is signed in blue ballpoint in one of blind7's four hands, on eight of them coming down
across the printed name (blind8's ``aim``), and all but one carry a red round seal over the left part
of the signer block, lifted by blind8's ``lift``. Signers' names have two, three, four and five
syllables ("Khổng Lan", "Lâm Hoàng Thị Thanh Trúc"); signer blocks "KT.", "TL.", "TM.", "Q." and "TUQ."
and bare "GIÁM ĐỐC", "CHỦ TỊCH" and "TRƯỞNG PHÒNG" all occur; five issuers are a parent and a child organ
in two lines, two have three lines (a ministry, its department and the port authority; a province and a
national park's board whose name is wrapped), the other five are "ỦY BAN NHÂN DÂN" over a district or
an urban district. Holders' names use rarer syllables ("Bạch Văn Thìn", "Văn Thị Nhạn", "Sùng Thị Pà"),
one is a foreign national known by passport only. Issued 2018 to 2024.

Truth conventions (decided before any run): blind4's, as its docstring states them (organ_name,
code_number/code_notation, issued_date, place, type_name, subject, signer_position/signer_full_name,
holder_name and holder_id), with blind5's to blind16's additions (their docstrings). New here:
  maritime         a ship's registration certificate: the title one line, ``subject`` None; the holder is
                   the owner on the "Chủ tàu:" row, below the ship's rows, ``holder_id`` the "Mã số doanh
                   nghiệp:" row under it (``tax_code``); the ship's name ("LAM GIANG 09"), its call sign, IMO
                   number and registration number ("Số đăng ký: VN-3284-CH") are never the holder nor
                   ``code_number``; "Số: 49/2019/ĐKTB-CVNA" gives ``code_number`` "49" and ``code_notation``
                   "2019/ĐKTB-CVNA" (blind3's rule); the certificate it replaces ("số 16/2014/ĐKTB-HP … cấp
                   ngày 09 tháng 5 năm 2014") is never the number or the date; no validity: None. A safety
                   plan's approval: the two subject lines joined are ``subject``; the holder is the company
                   named after "do" in Article 1, up to the comma, ``holder_id`` the "mã số doanh nghiệp"
                   printed right after it (``tax_code``); the contractor and its code, the dredger and the
                   company's own letter ("văn bản số 86/CV-CHT ngày …") never; "Thời gian thi công: 75 ngày kể
                   từ ngày khởi công" gives None;
  telecoms         a game room's certificate: the title in two capitals lines joined (blind6's rule),
                   ``subject`` None; the holder is the person on the "Chủ điểm cung cấp dịch vụ:" row, up to the
                   first comma, ``holder_id`` the personal number printed with him (``cccd``); the room's name
                   ("… Thìn Net", his own first name in it), the household business's registration ("số
                   40F8009315 … cấp ngày …") and the province's delegation never; "Giấy chứng nhận có giá trị
                   đến ngày 12 tháng 6 năm 2021" is ``valid_until``. The tower công văn keeps blind5's rule:
                   ``type_name`` "CÔNG VĂN", ``subject`` its three "V/v" lines joined as printed, holder
                   fields and ``valid_until`` None, though it answers one company, names it with its enterprise
                   code and is addressed to it; its letter ("văn bản số 19/2022/CV-TP ngày …") is never the
                   number or the date; "sau 06 tháng kể từ ngày ký" gives None;
  new countryside  a hamlet recognised as a model new-countryside hamlet: its two subject lines joined are
                   ``subject``; a hamlet meets a standard and nobody is granted anything (blind16's ranked
                   building): holder fields None, though Article 1 reads "Công nhận thôn …," (blind8's
                   recognition rule is for bodies: an association, a club, a board); the hamlet's head, the
                   commune's submission and the appraisal report (never the number or the date) and the prize
                   never; no validity. An OCOP rating: the two subject lines joined are ``subject``; a product
                   is rated, its maker holds the rating: the holder is the body named after "của" in Article 1,
                   up to the comma, ``holder_id`` the "mã số hợp tác xã" printed right after it (``tax_code``,
                   blind8's cooperative rule); the product, its stars and its score never; "có giá trị trong
                   thời hạn 36 tháng kể từ ngày ký" gives None; "Số: 2791/QĐ-UBND-NN" gives ``code_notation``
                   "QĐ-UBND-NN", all of it;
  urban            a pavement permit: "GIẤY PHÉP" is ``type_name`` and its two sentence-case lines joined by a
                   space ``subject`` (blind5's two-line rule, over two lines); the holder is the person on the
                   "Người được cấp phép:" row, without "bà", ``holder_id`` the personal number on the row under
                   her (``cccd``); the pavement, its size, its use and the hours never; "Thời hạn của
                   giấy phép: từ ngày … đến ngày 30 tháng 9 năm 2024" is ``valid_until`` (the second date); a
                   number written by hand into the printed blank is ``code_number`` (blind5's rule),
                   ``handwritten`` naming it alone. A tree permit: the title in two capitals lines joined,
                   ``subject`` None; the holder is the developer on the "Chủ đầu tư:" row, ``holder_id`` the
                   "Mã số doanh nghiệp:" row under it (``tax_code``); the building, the trees, the contractor
                   ("Đơn vị thực hiện: Công ty …, mã số doanh nghiệp …") and its code never; "30 ngày kể từ
                   ngày ký giấy phép" and the night hours ("từ 22 giờ 00 đến 05 giờ 00") give None;
  tourism          a forest-environment lease: its two subject lines joined are ``subject``; the holder is
                   the company named right after "Điều 1. Cho", up to the comma, ``holder_id`` the "mã số doanh
                   nghiệp" printed right after it (``tax_code``); the plots, the trail and the province's
                   scheme ("Quyết định số 2731/QĐ-UBND ngày …", never the number or the date) never; "Thời hạn
                   thuê: 20 năm, đến hết ngày 31 tháng 12 năm 2041" is ``valid_until`` ("đến hết ngày" is "đến
                   ngày"). A homestay's certificate:
                   "GIẤY CHỨNG NHẬN" is ``type_name``, its two sentence-case lines joined ``subject``; the
                   holder is the owner on the "Chủ cơ sở:" row, below the homestay's name, ``holder_id`` the
                   personal number on the row under her (``cccd``); the homestay's name never; "Giấy chứng
                   nhận có giá trị đến ngày 30 tháng 10 năm 2026" is ``valid_until``;
  science          an initiative's certificate: the title one line, ``subject`` None; the holder is the
                   author on the "Tác giả:" row, without "bà", ``holder_id`` the personal number on the row
                   under her (``cccd``); the initiative's title, her workplace and the district's decision
                   recognising it ("Quyết định số 2364/QĐ-UBND ngày …", never the number or the date) never;
                   no validity: None. A research permission: its two subject lines joined are ``subject``; the
                   holder is the person named after "Điều 1. Cho phép bà", without "bà", up to the comma
                   ("Johanna Elisabet Lindqvist"); a foreign national: ``holder_id`` and ``holder_id_type``
                   None, a passport number ("hộ chiếu số 91843705") being neither a CCCD nor a tax code
                   (blind10's rule); her institute, the park's guide and the ministry's letter never; "Thời
                   gian nghiên cứu: từ ngày … đến ngày 14 tháng 6 năm 2024" is ``valid_until``, the second
                   date (what is granted ends then: blind7's rule, as blind12's benefit period);
  header           three issuer lines are ``organ_name`` joined by spaces, as printed ("BỘ GIAO THÔNG VẬN TẢI
                   CỤC HÀNG HẢI VIỆT NAM CẢNG VỤ HÀNG HẢI THANH HÓA"; "UBND TỈNH QUẢNG BÌNH BQL VƯỜN QUỐC GIA
                   PHONG NHA - KẺ BÀNG", the board's wrapped name whole); ``place`` the words before ", ngày"
                   ("Cửa Lò", "Cúc Phương", "Hải Châu");
  signer blocks    "TUQ. CHỦ TỊCH" / "TRƯỞNG PHÒNG KINH TẾ VÀ HẠ TẦNG" is ``signer_position``, the two lines
                   joined by a space (blind4's rule, as blind3's "TUQ." block); a bare "GIÁM ĐỐC", "CHỦ TỊCH"
                   or "TRƯỞNG PHÒNG" as printed; "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" its three
                   lines joined;
  pages turned     a scan page fed sideways the other way (turned a quarter clockwise, its text running top
                   to bottom) changes no field; a two-page document's fields come from both pages, as one
                   document;
  signatures and seals   as blind7 and blind8: the truth is the text as printed under them.

Renderings, seeds and truth files as blind9's (``make_blind9`` draws them): ``scan`` (300 dpi, light
degradation, PDF) and ``photo`` (80-150 dpi JPEG, perspective, uneven light, half without a DPI; the
two-page document's photos in one PDF). Only the scans are turned (``turn``): the initiative's
certificate lies a quarter turn clockwise (-90); the phone photographs each page as it lies.

    python samples/blind17.py --out benchmarks/out/blind17
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind3 import write_set
from blind5 import _CAN_CU_UBND
from blind9 import LEVELS, Doc9, lay_out, render

__all__ = ["BLIND17", "FAMILIES", "LEVELS", "Doc9", "lay_out", "make_blind17", "render"]

FAMILIES = ("hanghai", "vienthong", "nongthon", "dothi", "dulich", "khoahoc")

_BLHH = "Căn cứ Bộ luật Hàng hải Việt Nam ngày 25 tháng 11 năm 2015;"
_LUAT_LAM_NGHIEP = "Căn cứ Luật Lâm nghiệp ngày 15 tháng 11 năm 2017;"

BLIND17 = [
    Doc9(
        slug="gcn-dang-ky-tau-bien-lam-giang-09", family="hanghai",
        issuer=["CỤC HÀNG HẢI VIỆT NAM", "CẢNG VỤ HÀNG HẢI NGHỆ AN"],
        number="49", notation="2019/ĐKTB-CVNA", place="Cửa Lò", date_text="09 tháng 7 năm 2019", issued="2019-07-09",
        title=["GIẤY CHỨNG NHẬN ĐĂNG KÝ TÀU BIỂN"], subject=[],
        body=["GIÁM ĐỐC CẢNG VỤ HÀNG HẢI NGHỆ AN", _BLHH,
              ("Căn cứ Nghị định số 171/2016/NĐ-CP ngày 27 tháng 12 năm 2016 của Chính phủ về đăng ký, xóa đăng ký "
               "và mua, bán, đóng mới tàu biển;"),
              "Xét tờ khai đăng ký tàu biển ngày 28 tháng 6 năm 2019 của chủ tàu và hồ sơ kèm theo,",
              "CHỨNG NHẬN:",
              "Tên tàu: LAM GIANG 09; hô hiệu: 3WRN7; số IMO: 9617258",
              "Loại tàu: tàu hàng tổng hợp; cấp tàu: VR-SI; vật liệu vỏ: thép",
              "Tổng dung tích: 1.598; trọng tải toàn phần: 3.076 tấn; chiều dài lớn nhất: 78,63 m",
              "Số đăng ký: VN-3284-CH",
              "Chủ tàu: Công ty TNHH Hàng hải Lam Giang",
              "Mã số doanh nghiệp: 2901452809",
              "Địa chỉ chủ tàu: số 41 đường Sào Nam, phường Nghi Thủy, thị xã Cửa Lò, tỉnh Nghệ An.",
              ("Giấy chứng nhận này thay thế Giấy chứng nhận đăng ký tàu biển số 16/2014/ĐKTB-HP do Chi cục Hàng "
               "hải Việt Nam tại Hải Phòng cấp ngày 09 tháng 5 năm 2014.")],
        signer_position=["GIÁM ĐỐC"], signer_name="Phan Đăng Lưỡng",
        holder_name="Công ty TNHH Hàng hải Lam Giang", holder_id="2901452809", holder_id_type="tax_code",
        recipients=["- Chủ tàu;", "- Cục Hàng hải Việt Nam (b/c);", "- Lưu: VT, PC."],
        seal="CẢNG VỤ HÀNG HẢI * NGHỆ AN *", hand="loops", aim=(34.0, 8.0), lift=16.0,
    ),
    Doc9(
        slug="qd-an-toan-hang-hai-nao-vet-ben-so-3", family="hanghai",
        issuer=["BỘ GIAO THÔNG VẬN TẢI", "CỤC HÀNG HẢI VIỆT NAM", "CẢNG VỤ HÀNG HẢI THANH HÓA"],
        number="283", notation="QĐ-CVHHTH", place="Nghi Sơn", date_text="25 tháng 5 năm 2021", issued="2021-05-25",
        title=["QUYẾT ĐỊNH"],
        subject=["Về việc phê duyệt phương án bảo đảm an toàn hàng hải",
                 "thi công nạo vét duy tu khu nước trước Bến số 3"],
        body=["GIÁM ĐỐC CẢNG VỤ HÀNG HẢI THANH HÓA", _BLHH,
              ("Căn cứ Nghị định số 58/2017/NĐ-CP ngày 10 tháng 5 năm 2017 của Chính phủ quy định chi tiết một số "
               "điều của Bộ luật Hàng hải Việt Nam về quản lý hoạt động hàng hải;"),
              ("Căn cứ Nghị định số 159/2018/NĐ-CP ngày 28 tháng 11 năm 2018 của Chính phủ về quản lý hoạt động nạo "
               "vét trong vùng nước cảng biển và vùng nước đường thủy nội địa;"),
              ("Xét văn bản số 86/CV-CHT ngày 12 tháng 5 năm 2021 của Công ty Cổ phần Cảng Hải Thượng đề nghị phê "
               "duyệt phương án bảo đảm an toàn hàng hải và hồ sơ kèm theo;"),
              "Theo đề nghị của Trưởng phòng An toàn - An ninh hàng hải,",
              "QUYẾT ĐỊNH:",
              ("Điều 1. Phê duyệt phương án bảo đảm an toàn hàng hải thi công nạo vét duy tu khu nước trước Bến số "
               "3, Bến cảng Hải Thượng, khu kinh tế Nghi Sơn, do Công ty Cổ phần Cảng Hải Thượng, mã số doanh "
               "nghiệp 2801549885, làm chủ đầu tư, với các nội dung chính sau:"),
              ("1. Phạm vi nạo vét: khu nước trước Bến số 3, giới hạn bởi các điểm N1, N2, N3, N4 có tọa độ ghi "
               "trong hồ sơ kèm theo; diện tích khoảng 4,6 ha."),
              "2. Cao độ nạo vét thiết kế: -11,0 m (hệ Hải đồ); khối lượng nạo vét dự kiến 186.400 m³.",
              "3. Đơn vị thi công: Công ty TNHH Nạo vét và Công trình thủy Bạch Long, mã số doanh nghiệp 0201161550.",
              "4. Phương tiện thi công: tàu hút bụng tự hành Bạch Long 27, 02 sà lan mở đáy và 01 tàu lai hỗ trợ.",
              ("5. Vị trí đổ chất nạo vét: khu vực đổ thải trên biển đã được cơ quan có thẩm quyền chấp thuận theo "
               "quy định."),
              "6. Thời gian thi công: 75 ngày kể từ ngày khởi công; thi công cả ban ngày và ban đêm.",
              "Điều 2. Trách nhiệm của Công ty Cổ phần Cảng Hải Thượng và đơn vị thi công:",
              ("a) Thông báo cho Cảng vụ Hàng hải Thanh Hóa ngày khởi công trước ít nhất 03 ngày làm việc; bố trí "
               "báo hiệu hàng hải tạm thời theo đúng phương án được duyệt trước khi thi công;"),
              ("b) Phương tiện thi công phải có đủ giấy chứng nhận an toàn kỹ thuật còn hiệu lực, thuyền viên đủ "
               "định biên, trực canh VHF kênh 16 và kênh 12 liên tục trong suốt thời gian thi công;"),
              ("c) Không để phương tiện thi công neo đậu, hoạt động ngoài phạm vi được phê duyệt; nhường đường cho "
               "tàu thuyền ra, vào cảng theo điều động của Cảng vụ;"),
              ("d) Khi xảy ra sự cố, tai nạn hàng hải phải kịp thời báo cáo Cảng vụ và tổ chức tìm kiếm, cứu nạn, "
               "ứng phó ô nhiễm theo quy định;"),
              ("đ) Sau khi hoàn thành, tổ chức khảo sát độ sâu, gửi bình đồ đo sâu và báo cáo kết quả thi công về "
               "Cảng vụ Hàng hải Thanh Hóa."),
              ("Điều 3. Giao Phòng An toàn - An ninh hàng hải và Đội Tuần tra kiểm soát giám sát việc thực hiện "
               "phương án; kịp thời xử lý các trường hợp vi phạm."),
              ("Điều 4. Quyết định này có hiệu lực kể từ ngày ký. Trưởng các phòng liên quan, Giám đốc Công ty Cổ "
               "phần Cảng Hải Thượng, Giám đốc Công ty TNHH Nạo vét và Công trình thủy Bạch Long và thuyền trưởng "
               "các phương tiện thi công chịu trách nhiệm thi hành Quyết định này.")],
        signer_position=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], signer_name="Lê Thế Quyết",
        holder_name="Công ty Cổ phần Cảng Hải Thượng", holder_id="2801549885", holder_id_type="tax_code",
        recipients=["- Như Điều 4;", "- Cục Hàng hải Việt Nam (b/c);", "- Lưu: VT, ATANHH."],
        seal="CẢNG VỤ HÀNG HẢI * THANH HÓA *", hand="underline", aim=(32.0, 8.0), lift=14.0,
    ),
    Doc9(
        slug="gcn-diem-tro-choi-dien-tu-thin-net", family="vienthong", issuer=["ỦY BAN NHÂN DÂN", "HUYỆN KRÔNG NĂNG"],
        number="18", notation="GCN-TCĐT", place="Krông Năng", date_text="13 tháng 6 năm 2018", issued="2018-06-13",
        title=["GIẤY CHỨNG NHẬN ĐỦ ĐIỀU KIỆN HOẠT ĐỘNG ĐIỂM", "CUNG CẤP DỊCH VỤ TRÒ CHƠI ĐIỆN TỬ CÔNG CỘNG"],
        subject=[],
        body=["ỦY BAN NHÂN DÂN HUYỆN KRÔNG NĂNG",
              ("Căn cứ Nghị định số 72/2013/NĐ-CP ngày 15 tháng 7 năm 2013 của Chính phủ về quản lý, cung cấp, sử "
               "dụng dịch vụ Internet và thông tin trên mạng;"),
              ("Căn cứ Quyết định số 1147/QĐ-UBND ngày 20 tháng 4 năm 2017 của Ủy ban nhân dân tỉnh Đắk Lắk về việc "
               "ủy quyền cấp giấy chứng nhận đủ điều kiện hoạt động điểm cung cấp dịch vụ trò chơi điện tử công "
               "cộng;"),
              ("Xét đơn đề nghị ngày 24 tháng 5 năm 2018 và biên bản kiểm tra điều kiện hoạt động ngày 06 tháng 6 "
               "năm 2018 của Phòng Văn hóa và Thông tin huyện,"),
              "CHỨNG NHẬN:",
              "1. Tên điểm cung cấp dịch vụ: Điểm trò chơi điện tử công cộng Thìn Net",
              "2. Địa chỉ: số 215 đường Lê Duẩn, tổ dân phố 3, thị trấn Krông Năng, huyện Krông Năng, tỉnh Đắk Lắk.",
              ("3. Chủ điểm cung cấp dịch vụ: Bạch Văn Thìn, sinh ngày 17/10/1988, số định danh cá nhân "
               "066088466579, thường trú tại tổ dân phố 3, thị trấn Krông Năng."),
              ("4. Giấy chứng nhận đăng ký hộ kinh doanh số 40F8009315 do Phòng Tài chính - Kế hoạch huyện Krông "
               "Năng cấp ngày 08 tháng 5 năm 2018."),
              "5. Tổng diện tích các phòng máy: 72 m²; tổng số máy tính: 30 máy.",
              "6. Giấy chứng nhận có giá trị đến ngày 12 tháng 6 năm 2021."],
        signer_position=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer_name="Tạ Thị Ngọc Quyên",
        holder_name="Bạch Văn Thìn", holder_id="066088466579", holder_id_type="cccd", valid_until="2021-06-12",
        recipients=["- Chủ điểm cung cấp dịch vụ;", "- Sở Thông tin và Truyền thông (b/c);", "- Công an huyện;",
                    "- Lưu: VT, VHTT."],
        seal="ỦY BAN NHÂN DÂN * HUYỆN KRÔNG NĂNG *", hand="flourish", aim=(0.0, 0.0), lift=10.0,
    ),
    Doc9(
        slug="cv-thoa-thuan-vi-tri-tram-bts-suoi-tre", family="vienthong",
        issuer=["UBND TP. LONG KHÁNH", "PHÒNG VĂN HÓA VÀ THÔNG TIN"],
        number="436", notation="VHTT", place="Long Khánh", date_text="17 tháng 3 năm 2022", issued="2022-03-17",
        title=[], subject=["V/v thỏa thuận vị trí lắp đặt trạm", "thu phát sóng thông tin di động",
                           "tại phường Suối Tre"],
        addressees=["Công ty Cổ phần Hạ tầng Mạng Thiên Phước"],
        body=[("Phòng Văn hóa và Thông tin thành phố Long Khánh nhận được văn bản số 19/2022/CV-TP ngày 02 tháng 3 "
               "năm 2022 của Công ty Cổ phần Hạ tầng Mạng Thiên Phước, mã số doanh nghiệp 3603053952, đề nghị thỏa "
               "thuận vị trí lắp đặt trạm thu phát sóng thông tin di động (trạm BTS) tại phường Suối Tre. Sau khi "
               "kiểm tra thực địa cùng Ủy ban nhân dân phường Suối Tre ngày 10 tháng 3 năm 2022, Phòng Văn hóa và "
               "Thông tin có ý kiến như sau:"),
              ("1. Thống nhất vị trí lắp đặt trạm ký hiệu LKH-072 tại thửa đất số 412, tờ bản đồ số 18, khu phố 4, "
               "phường Suối Tre; cột anten loại tự đứng cao 30 m tính từ mặt đất, nhà trạm lắp ghép diện tích "
               "9 m²."),
              ("2. Công ty thực hiện thủ tục cấp giấy phép xây dựng theo quy định; bảo đảm giới hạn phơi nhiễm "
               "trường điện từ theo QCVN 8:2010/BTTTT và kiểm định trạm trước khi đưa vào khai thác."),
              ("3. Trường hợp sau 06 tháng kể từ ngày ký văn bản này mà Công ty chưa lắp đặt trạm thì văn bản thỏa "
               "thuận không còn giá trị; Công ty phải đề nghị thỏa thuận lại./.")],
        signer_position=["KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG"], signer_name="Khổng Lan",
        recipients=["- Như trên;", "- UBND phường Suối Tre;", "- Lưu: VT, VHTT."],
        seal="PHÒNG VH VÀ TT * TP. LONG KHÁNH *", handwritten=("code_number", "issued_date"),
        hand="scribble", aim=(36.0, 10.0), lift=16.0,
    ),
    Doc9(
        slug="qd-thon-nong-thon-moi-kieu-mau-dong-dieu", family="nongthon", issuer=["ỦY BAN NHÂN DÂN", "HUYỆN TÂN YÊN"],
        number="3917", notation="QĐ-UBND", place="Tân Yên", date_text="23 tháng 12 năm 2020", issued="2020-12-23",
        title=["QUYẾT ĐỊNH"],
        subject=["Về việc công nhận thôn Đồng Điều, xã Ngọc Thiện", "đạt chuẩn nông thôn mới kiểu mẫu năm 2020"],
        body=["CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN TÂN YÊN", _CAN_CU_UBND,
              ("Căn cứ Quyết định số 342/QĐ-UBND ngày 17 tháng 5 năm 2019 của Ủy ban nhân dân tỉnh Bắc Giang ban hành "
               "Bộ tiêu chí thôn nông thôn mới kiểu mẫu giai đoạn 2019 - 2020;"),
              ("Xét Tờ trình số 58/TTr-UBND ngày 30 tháng 11 năm 2020 của Ủy ban nhân dân xã Ngọc Thiện và Báo cáo "
               "thẩm định số 112/BC-VPĐP ngày 14 tháng 12 năm 2020 của Văn phòng Điều phối nông thôn mới huyện,"),
              "QUYẾT ĐỊNH:",
              ("Điều 1. Công nhận thôn Đồng Điều, xã Ngọc Thiện, huyện Tân Yên đạt chuẩn nông thôn mới kiểu mẫu năm "
               "2020."),
              ("Điều 2. Thưởng thôn Đồng Điều 200.000.000 đồng; ông Thân Văn Lưu, Trưởng thôn, có trách nhiệm duy "
               "trì và nâng cao chất lượng các tiêu chí đã đạt."),
              ("Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND huyện, Chánh Văn phòng "
               "Điều phối nông thôn mới huyện, Trưởng phòng Tài chính - Kế hoạch, Chủ tịch UBND xã Ngọc Thiện và "
               "Trưởng thôn Đồng Điều chịu trách nhiệm thi hành Quyết định này.")],
        signer_position=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer_name="Giáp Văn Thưởng",
        recipients=["- Như Điều 3;", "- Văn phòng Điều phối NTM tỉnh (b/c);", "- Lưu: VT, NN."],
        seal="ỦY BAN NHÂN DÂN * HUYỆN TÂN YÊN *", hand="loops", aim=(0.0, 0.0), lift=18.0,
    ),
    Doc9(
        slug="qd-ocop-3-sao-kho-ca-loc-tram-chim", family="nongthon", issuer=["ỦY BAN NHÂN DÂN", "HUYỆN TAM NÔNG"],
        number="2791", notation="QĐ-UBND-NN", place="Tam Nông", date_text="08 tháng 11 năm 2023", issued="2023-11-08",
        title=["QUYẾT ĐỊNH"],
        subject=["Về việc công nhận sản phẩm đạt 3 sao", "Chương trình Mỗi xã một sản phẩm năm 2023"],
        body=["CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN TAM NÔNG", _CAN_CU_UBND,
              ("Căn cứ Quyết định số 148/QĐ-TTg ngày 24 tháng 02 năm 2023 của Thủ tướng Chính phủ ban hành Bộ tiêu "
               "chí và quy trình đánh giá, phân hạng sản phẩm Chương trình Mỗi xã một sản phẩm;"),
              ("Xét Biên bản họp Hội đồng đánh giá, phân hạng sản phẩm OCOP huyện ngày 20 tháng 10 năm 2023 và đề "
               "nghị của Trưởng phòng Nông nghiệp và Phát triển nông thôn,"),
              "QUYẾT ĐỊNH:",
              ("Điều 1. Công nhận sản phẩm Khô cá lóc Tràm Chim đạt 3 sao, tổng số điểm 68/100 điểm, của Hợp tác xã "
               "Thủy sản Tân Công Sính, mã số hợp tác xã 1401564132, ấp 3, xã Tân Công Sính, huyện Tam Nông."),
              ("Điều 2. Giấy chứng nhận sản phẩm OCOP có giá trị trong thời hạn 36 tháng kể từ ngày ký Quyết định "
               "này."),
              ("Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng "
               "Nông nghiệp và PTNT và Giám đốc Hợp tác xã Thủy sản Tân Công Sính chịu trách nhiệm thi hành Quyết "
               "định này.")],
        signer_position=["CHỦ TỊCH"], signer_name="Lâm Hoàng Thị Thanh Trúc",
        holder_name="Hợp tác xã Thủy sản Tân Công Sính", holder_id="1401564132", holder_id_type="tax_code",
        recipients=["- Như Điều 3;", "- Sở NN&PTNT tỉnh Đồng Tháp (b/c);", "- Lưu: VT, NN."],
        seal="ỦY BAN NHÂN DÂN * HUYỆN TAM NÔNG *", hand="underline", aim=(30.0, 6.0), lift=18.0,
    ),
    Doc9(
        slug="gp-via-he-tran-quy-cap-hai-chau", family="dothi", issuer=["ỦY BAN NHÂN DÂN", "QUẬN HẢI CHÂU"],
        number="137", notation="GPVH-UBND", place="Hải Châu", date_text="26 tháng 3 năm 2024", issued="2024-03-26",
        title=["GIẤY PHÉP"], subject=["Sử dụng tạm thời một phần vỉa hè", "ngoài mục đích giao thông"],
        body=["CHỦ TỊCH ỦY BAN NHÂN DÂN QUẬN HẢI CHÂU",
              "Căn cứ Luật Giao thông đường bộ ngày 13 tháng 11 năm 2008;",
              ("Căn cứ Quyết định số 09/2022/QĐ-UBND ngày 21 tháng 3 năm 2022 của Ủy ban nhân dân thành phố Đà Nẵng "
               "ban hành Quy định về quản lý, sử dụng tạm thời một phần vỉa hè;"),
              "Xét đơn đề nghị ngày 11 tháng 3 năm 2024 và đề nghị của Trưởng phòng Quản lý đô thị quận,",
              "CHO PHÉP:",
              "1. Người được cấp phép: bà Văn Thị Nhạn",
              "2. Sinh ngày: 04/8/1975; số định danh cá nhân: 048175506325",
              "3. Vị trí sử dụng: vỉa hè trước nhà số 64 đường Trần Quý Cáp, phường Thạch Thang.",
              "4. Diện tích được sử dụng: dài 5,0 m, rộng 1,5 m (7,5 m²), chừa lại 2,5 m vỉa hè cho người đi bộ.",
              "5. Mục đích sử dụng: để xe mô tô, xe gắn máy của khách.",
              "6. Thời gian sử dụng trong ngày: từ 06 giờ 00 đến 21 giờ 00.",
              "7. Thời hạn của giấy phép: từ ngày 01 tháng 4 năm 2024 đến ngày 30 tháng 9 năm 2024."],
        signer_position=["TL. CHỦ TỊCH", "TRƯỞNG PHÒNG QUẢN LÝ ĐÔ THỊ"], signer_name="Hồ Nghĩa Dũng",
        holder_name="Văn Thị Nhạn", holder_id="048175506325", holder_id_type="cccd", valid_until="2024-09-30",
        recipients=["- Người được cấp phép;", "- UBND phường Thạch Thang;", "- Đội Trật tự đô thị quận;",
                    "- Lưu: VT, QLĐT."],
        seal="ỦY BAN NHÂN DÂN * QUẬN HẢI CHÂU *", handwritten=("code_number",),
        hand="scribble", aim=(34.0, 10.0), lift=12.0,
    ),
    Doc9(
        slug="gp-chat-ha-cay-xanh-dang-van-ngu", family="dothi", issuer=["UBND QUẬN ĐỐNG ĐA", "PHÒNG QUẢN LÝ ĐÔ THỊ"],
        number="92", notation="GP-QLĐT", place="Đống Đa", date_text="15 tháng 10 năm 2019", issued="2019-10-15",
        title=["GIẤY PHÉP CHẶT HẠ, DỊCH CHUYỂN", "CÂY XANH ĐÔ THỊ"], subject=[],
        body=["TRƯỞNG PHÒNG QUẢN LÝ ĐÔ THỊ QUẬN ĐỐNG ĐA",
              ("Căn cứ Nghị định số 64/2010/NĐ-CP ngày 11 tháng 6 năm 2010 của Chính phủ về quản lý cây xanh đô "
               "thị;"),
              ("Căn cứ Quyết định số 5124/QĐ-UBND ngày 28 tháng 9 năm 2018 của Ủy ban nhân dân quận Đống Đa về việc "
               "giao nhiệm vụ cấp phép chặt hạ, dịch chuyển cây xanh đô thị thuộc thẩm quyền của quận;"),
              ("Xét đơn đề nghị ngày 27 tháng 9 năm 2019 của chủ đầu tư và biên bản khảo sát hiện trạng cây xanh "
               "ngày 04 tháng 10 năm 2019,"),
              "CHO PHÉP:",
              "1. Chủ đầu tư: Công ty Cổ phần Đầu tư Địa ốc Trung Tự",
              "2. Mã số doanh nghiệp: 0108065838",
              ("3. Công trình: Tòa nhà văn phòng và dịch vụ thương mại số 27 phố Đặng Văn Ngữ, phường Trung Tự, "
               "quận Đống Đa."),
              ("4. Nội dung: chặt hạ 02 cây bằng lăng bị sâu mục; dịch chuyển 03 cây sấu đến trồng lại tại vườn hoa "
               "Trung Tự."),
              "5. Đơn vị thực hiện: Công ty TNHH Cây xanh Đô thị Phương Liên, mã số doanh nghiệp 0109461993.",
              ("6. Thời gian thực hiện: 30 ngày kể từ ngày ký giấy phép; chỉ thi công từ 22 giờ 00 đến 05 giờ 00 "
               "sáng hôm sau.")],
        signer_position=["TRƯỞNG PHÒNG"], signer_name="Chu Thị Bích Nguyệt",
        holder_name="Công ty Cổ phần Đầu tư Địa ốc Trung Tự", holder_id="0108065838", holder_id_type="tax_code",
        recipients=["- Chủ đầu tư;", "- UBND phường Trung Tự;", "- Lưu: VT, QLĐT."],
        seal="PHÒNG QUẢN LÝ ĐÔ THỊ * QUẬN ĐỐNG ĐA *", hand="flourish", aim=(32.0, 8.0), lift=14.0,
    ),
    Doc9(
        slug="qd-thue-moi-truong-rung-phong-nha", family="dulich",
        issuer=["UBND TỈNH QUẢNG BÌNH", "BQL VƯỜN QUỐC GIA", "PHONG NHA - KẺ BÀNG"],
        number="1064", notation="QĐ-VQG", place="Phong Nha", date_text="13 tháng 7 năm 2021", issued="2021-07-13",
        title=["QUYẾT ĐỊNH"],
        subject=["Về việc cho thuê môi trường rừng để kinh doanh", "dịch vụ du lịch sinh thái, nghỉ dưỡng, giải trí"],
        body=["GIÁM ĐỐC BAN QUẢN LÝ VƯỜN QUỐC GIA PHONG NHA - KẺ BÀNG", _LUAT_LAM_NGHIEP,
              ("Căn cứ Quyết định số 2731/QĐ-UBND ngày 11 tháng 8 năm 2020 của Ủy ban nhân dân tỉnh Quảng Bình phê "
               "duyệt Đề án du lịch sinh thái, nghỉ dưỡng, giải trí Vườn quốc gia Phong Nha - Kẻ Bàng;"),
              ("Xét hồ sơ đề nghị thuê môi trường rừng ngày 21 tháng 6 năm 2021 của Công ty TNHH Du lịch Khám phá "
               "Sơn Trạch,"),
              "QUYẾT ĐỊNH:",
              ("Điều 1. Cho Công ty TNHH Du lịch Khám phá Sơn Trạch, mã số doanh nghiệp 3101764695, thuê môi trường "
               "rừng để kinh doanh dịch vụ du lịch sinh thái, nghỉ dưỡng, giải trí với các nội dung sau:"),
              "1. Vị trí: khoảnh 3 và khoảnh 5, tiểu khu 547, thị trấn Phong Nha, huyện Bố Trạch.",
              "2. Diện tích thuê: 14,2 ha, gồm tuyến tham quan suối Nước Lạnh dài 4,6 km.",
              "3. Thời hạn thuê: 20 năm, đến hết ngày 31 tháng 12 năm 2041.",
              ("Điều 2. Quyết định này có hiệu lực kể từ ngày ký. Hạt trưởng Hạt Kiểm lâm và Giám đốc Công ty TNHH "
               "Du lịch Khám phá Sơn Trạch chịu trách nhiệm thi hành Quyết định này.")],
        signer_position=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], signer_name="Đinh Xuân Hiểu",
        holder_name="Công ty TNHH Du lịch Khám phá Sơn Trạch", holder_id="3101764695", holder_id_type="tax_code",
        valid_until="2041-12-31",
        recipients=["- Như Điều 2;", "- Sở NN&PTNT tỉnh Quảng Bình (b/c);", "- Lưu: VT, KHTC."],
        seal="VƯỜN QUỐC GIA * PHONG NHA - KẺ BÀNG *", hand="underline", aim=(0.0, 0.0), lift=16.0,
    ),
    Doc9(
        slug="gcn-homestay-pai-lung-may-trang", family="dulich",
        issuer=["UBND HUYỆN MÈO VẠC", "PHÒNG VĂN HÓA VÀ THÔNG TIN"],
        number="32", notation="GCN-VHTT", place="Mèo Vạc", date_text="31 tháng 10 năm 2023", issued="2023-10-31",
        title=["GIẤY CHỨNG NHẬN"],
        subject=["Cơ sở lưu trú du lịch homestay", "đạt tiêu chuẩn phục vụ khách du lịch"],
        body=["Căn cứ Luật Du lịch ngày 19 tháng 6 năm 2017;",
              ("Căn cứ Quyết định số 14/2021/QĐ-UBND ngày 25 tháng 6 năm 2021 của Ủy ban nhân dân tỉnh Hà Giang ban "
               "hành Quy định tiêu chí homestay và thẩm quyền công nhận trên địa bàn tỉnh;"),
              ("Xét hồ sơ đề nghị ngày 09 tháng 10 năm 2023 và biên bản thẩm định ngày 20 tháng 10 năm 2023 của Tổ "
               "thẩm định huyện,"),
              "PHÒNG VĂN HÓA VÀ THÔNG TIN CHỨNG NHẬN:",
              "Tên cơ sở: Homestay Pải Lủng Mây Trắng",
              "Địa chỉ: thôn Pải Lủng, xã Pải Lủng, huyện Mèo Vạc, tỉnh Hà Giang.",
              "Chủ cơ sở: Sùng Thị Pà",
              "Ngày sinh: 05/11/1979; số định danh cá nhân: 002179766048",
              "Quy mô: 04 buồng nghỉ và 01 phòng ngủ tập thể, đón tối đa 26 khách.",
              "Giấy chứng nhận có giá trị đến ngày 30 tháng 10 năm 2026."],
        signer_position=["Q. TRƯỞNG PHÒNG"], signer_name="Sầm Văn Khiêm",
        holder_name="Sùng Thị Pà", holder_id="002179766048", holder_id_type="cccd", valid_until="2026-10-30",
        recipients=["- Chủ cơ sở;", "- UBND xã Pải Lủng;", "- Lưu: VT, VHTT."],
        hand="loops", aim=(34.0, 10.0), lift=10.0,
    ),
    Doc9(
        slug="gcn-sang-kien-thanh-long-cho-gao", family="khoahoc", issuer=["ỦY BAN NHÂN DÂN", "HUYỆN CHỢ GẠO"],
        number="23", notation="GCNSK-UBND", place="Chợ Gạo", date_text="30 tháng 8 năm 2022", issued="2022-08-30",
        title=["GIẤY CHỨNG NHẬN SÁNG KIẾN"], subject=[],
        body=[("Căn cứ Nghị định số 13/2012/NĐ-CP ngày 02 tháng 3 năm 2012 của Chính phủ ban hành Điều lệ Sáng "
               "kiến;"),
              ("Căn cứ Thông tư số 18/2013/TT-BKHCN ngày 01 tháng 8 năm 2013 của Bộ trưởng Bộ Khoa học và Công nghệ "
               "hướng dẫn thi hành một số quy định của Điều lệ Sáng kiến;"),
              ("Căn cứ Quyết định số 2364/QĐ-UBND ngày 19 tháng 8 năm 2022 của Ủy ban nhân dân huyện Chợ Gạo về việc "
               "công nhận sáng kiến có phạm vi ảnh hưởng cấp huyện năm 2022,"),
              "ỦY BAN NHÂN DÂN HUYỆN CHỢ GẠO CHỨNG NHẬN:",
              ("Tên sáng kiến: Quy trình xử lý thanh long ruột đỏ ra hoa trái vụ bằng bóng đèn LED tiết kiệm "
               "điện"),
              "Tác giả: bà Trương Thị Kim Thoa",
              "Ngày sinh: 19/4/1983; số định danh cá nhân: 082183820268",
              "Đơn vị công tác: Trung tâm Dịch vụ nông nghiệp huyện Chợ Gạo",
              "Lĩnh vực áp dụng: trồng trọt",
              ("Đã được Hội đồng sáng kiến huyện xét, công nhận là sáng kiến có phạm vi ảnh hưởng, hiệu quả áp dụng "
               "cấp huyện.")],
        signer_position=["TUQ. CHỦ TỊCH", "TRƯỞNG PHÒNG KINH TẾ VÀ HẠ TẦNG"], signer_name="Võ Thành Nhơn",
        holder_name="Trương Thị Kim Thoa", holder_id="082183820268", holder_id_type="cccd",
        recipients=["- Tác giả sáng kiến;", "- Trung tâm DVNN huyện;", "- Lưu: VT, KTHT."],
        seal="ỦY BAN NHÂN DÂN * HUYỆN CHỢ GẠO *", hand="flourish", aim=(36.0, 8.0), lift=18.0, turn=(-90.0,),
    ),
    Doc9(
        slug="qd-nghien-cuu-reu-tan-cuc-phuong", family="khoahoc",
        issuer=["BỘ NÔNG NGHIỆP VÀ PTNT", "VƯỜN QUỐC GIA CÚC PHƯƠNG"],
        number="206", notation="QĐ-VQGCP", place="Cúc Phương", date_text="02 tháng 4 năm 2024", issued="2024-04-02",
        title=["QUYẾT ĐỊNH"], subject=["Về việc cho phép nghiên cứu khoa học", "tại Vườn quốc gia Cúc Phương"],
        body=["GIÁM ĐỐC VƯỜN QUỐC GIA CÚC PHƯƠNG", _LUAT_LAM_NGHIEP,
              ("Căn cứ văn bản số 1873/BNN-HTQT ngày 14 tháng 3 năm 2024 của Bộ Nông nghiệp và Phát triển nông thôn "
               "về việc tiếp nhận chuyên gia nước ngoài vào nghiên cứu tại Vườn quốc gia Cúc Phương;"),
              "Xét đơn đề nghị ngày 18 tháng 3 năm 2024 và đề cương nghiên cứu kèm theo,",
              "QUYẾT ĐỊNH:",
              ("Điều 1. Cho phép bà Johanna Elisabet Lindqvist, quốc tịch Thụy Điển, sinh ngày 07/02/1986, hộ chiếu "
               "số 91843705, nghiên cứu viên Viện Thực vật học Bắc Âu, thực hiện nghiên cứu khoa học tại Vườn quốc "
               "gia Cúc Phương với các nội dung sau:"),
              "1. Tên đề tài: Đa dạng rêu tản trên núi đá vôi Vườn quốc gia Cúc Phương.",
              "2. Địa điểm: tuyến Cây Chò ngàn năm và tuyến Bống - Mạc.",
              "3. Người hướng dẫn: ông Cù Văn Thoại, Phòng Khoa học và Hợp tác quốc tế.",
              "4. Thời gian nghiên cứu: từ ngày 15 tháng 4 năm 2024 đến ngày 14 tháng 6 năm 2024.",
              ("Điều 2. Quyết định này có hiệu lực kể từ ngày ký. Hạt trưởng Hạt Kiểm lâm và bà Johanna Elisabet "
               "Lindqvist chịu trách nhiệm thi hành Quyết định này.")],
        signer_position=["Q. GIÁM ĐỐC"], signer_name="Ngô Sách Thực",
        holder_name="Johanna Elisabet Lindqvist", valid_until="2024-06-14",
        recipients=["- Như Điều 2;", "- Bộ NN&PTNT (b/c);", "- Lưu: VT, KHHTQT."],
        seal="VƯỜN QUỐC GIA * CÚC PHƯƠNG *", hand="scribble", aim=(0.0, 0.0), lift=8.0,
    ),
]


def make_blind17(out: Path, docs=BLIND17, levels=LEVELS, only: set[str] | None = None) -> list[Path]:
    """As blind9, with seeds of its own; ``only`` (slugs) and ``levels`` draw just those files, as they are
    in the whole set."""
    return write_set(out, docs, levels, render, seed=3900, jpeg_seed=1500, no_dpi_parity=1, only=only)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, required=True, help="folder for scans/ and truth/")
    out = parser.parse_args().out
    for path in make_blind17(out):
        print(f"{path.relative_to(out)}  {path.stat().st_size // 1024} KiB")


if __name__ == "__main__":
    main()

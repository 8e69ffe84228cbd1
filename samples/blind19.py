"""Blind set 19 (issue 13, after blind set 18): six more families of results, each as a 300 dpi scan and
as a phone photo, signed and sealed as in blind sets 8 to 18, with one scan page tilted two degrees
clockwise on the glass. Written without looking at the rules or running them on it, measured once.

As in blind17 and blind18, every province and provincial seat is some earlier set's ``place``: these
results come from communes, districts and towns, a district's project board, a district's training
centre, a town's market board and a commune's election committee, dated where those sit ("Quảng Yên",
"Chiềng Khoong", "Ba Đồn", "Trịnh Tường").

Families (Decree 30/2020 appendix I positions: issuer column top left, motto top right, number under
the issuer, place and date under the motto, title centred, signer bottom right, "Nơi nhận:" bottom left):
  sonha        house numbers: a town's "GIẤY CHỨNG NHẬN SỐ NHÀ" (one line), numbered by hand (blind5's pen,
               the date printed), the head of the household on a row ("1. Chủ hộ: ông Tiêu Văn Khởi", no
               personal number printed for him), the plot, then the house number itself on a row ("3. Số
               nhà: 27, đường Bạch Đằng …") and the street's code, "trong thời hạn 30 ngày kể từ ngày nhận"
               in the last row, signed "TUQ. CHỦ TỊCH" / "TRƯỞNG PHÒNG QUẢN LÝ ĐÔ THỊ"; and a district's
               "KẾ HOẠCH" / "Đánh số và gắn biển số nhà trên địa bàn" / "thị trấn Tân Uyên năm 2022" (two
               sentence-case lines), numbered and dated by hand, its parts headed in capitals ("I. MỤC ĐÍCH,
               YÊU CẦU"), deadlines ("hoàn thành trước ngày 30 tháng 11 năm 2022") and the province's
               street-naming resolution ("Nghị quyết số 41/NQ-HĐND ngày …") in the body, signed "TM. ỦY BAN
               NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH";
  dauthau      public procurement: a commune's decision on two pages (Articles 2 to 4, the signer and "Nơi
               nhận:" on page 2) "Về việc phê duyệt kết quả lựa chọn nhà thầu" / "gói thầu số 02: Thi công
               xây dựng công trình" / "Nhà văn hóa bản Huổi Một" (three subject lines), Article 1 opening on
               the package, the winner on rows below ("1. Tên nhà thầu trúng thầu: Công ty TNHH …", "2. Mã số
               doanh nghiệp: …"), the price, "5. Thời gian thực hiện hợp đồng: 150 ngày kể từ ngày hợp đồng
               có hiệu lực." and the supervising consultant with its own code, the expert team's and the
               appraisers' reports ("Báo cáo … số 07/BC-TCG ngày …", "… số 11/BC-TĐ ngày …") cited above,
               signed "CHỦ TỊCH"; and a district project board's "BÁO CÁO" / "Kết quả thực hiện công tác đấu
               thầu năm 2018" / "các dự án do Ban làm chủ đầu tư" under a three-line issuer ("UBND HUYỆN HÀM
               YÊN" / "BAN QUẢN LÝ DỰ ÁN" / "ĐẦU TƯ XÂY DỰNG", the board's name wrapped), addressed ("Kính gửi:
               …") to the district, two winning contractors named with their enterprise codes in the body,
               signed "GIÁM ĐỐC" by a man with a two-syllable name, without a seal;
  nguoicocong  people with meritorious services: a district's decision under a one-line issuer ("ỦY BAN NHÂN
               DÂN HUYỆN LÂM BÌNH") "Về việc hỗ trợ người có công với cách mạng về nhà ở" / "đối với bà Ma
               Thị Phấn" (the holder inside the subject), Article 1 naming her again after "cho bà" with her
               birth date and personal number and her late husband, a martyr, "06 tháng kể từ ngày nhận kinh
               phí" in Article 2, signed "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH"; and a district office's "GIẤY GIỚI
               THIỆU" / "Di chuyển hồ sơ người có công với cách mạng", addressed to the receiving province's
               department, the disabled veteran on rows ("1. Họ và tên người có công: Bế Văn Thiệu", "2. Ngày
               sinh: …; số định danh cá nhân: …"), his file's number ("số hồ sơ: TB-2718/BK"), his allowance
               "đã chi trả đến hết tháng 9 năm 2023" and his son below, "Giấy giới thiệu có giá trị đến ngày
               31 tháng 10 năm 2023.", signed "Q. TRƯỞNG PHÒNG";
  daynghe      vocational training: a district training centre's "CHỨNG CHỈ SƠ CẤP" (one line) under a
               three-line issuer ("UBND HUYỆN HÀ QUẢNG" / "TRUNG TÂM GIÁO DỤC NGHỀ NGHIỆP -" / "GIÁO DỤC
               THƯỜNG XUYÊN", the centre's name wrapped after its hyphen), numbered by hand, the learner on
               rows under "CẤP CHỨNG CHỈ SƠ CẤP CHO:" ("Họ và tên: Đàm Thị Dính", "Ngày sinh: …; số định danh
               cá nhân: …"), her
               trade and her course's dates ("từ ngày 02/3/2020 đến ngày 29/5/2020"), the certificate's serial
               and register numbers ("Số hiệu chứng chỉ: SC-0042718; số vào sổ cấp chứng chỉ: 47/2020"), the
               centre's decision on the final exams ("Quyết định số 58/QĐ-TTGDNN ngày …") cited above, signed
               "KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC"; and a district's decision "Về việc giao nhiệm vụ đào tạo nghề
               trình độ sơ cấp" / "cho lao động người dân tộc thiểu số năm 2024", "Điều 1. Giao Công ty TNHH
               …, mã số doanh nghiệp …, tổ chức đào tạo …", the company's letter and the office's proposal
               cited above, the women's union on a row, "4. Thời gian đào tạo: 03 tháng kể từ ngày khai giảng;
               khai giảng chậm nhất ngày 15 tháng 5 năm 2024.", signed "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" by an
               Ê Đê official ("Y Khu Niê Kdăm");
  quanlycho    markets: a town's market board, its name alone on one issuer line ("BAN QUẢN LÝ CHỢ BA
               ĐỒN"), its "GIẤY CHỨNG NHẬN" / "Quyền sử dụng điểm kinh doanh tại chợ" (one sentence-case
               line), the trader on rows ("1. Người được cấp: bà Biện Thị Nhạn", "2. Ngày
               sinh: …; số định danh cá nhân: …"), her stall ("4. Điểm kinh doanh số: B2-17, nhà lồng B, …"),
               "6. Giấy chứng nhận có giá trị đến ngày 31 tháng 12 năm 2027.", signed "TRƯỞNG BAN"; and a
               district's công văn "V/v chuyển đổi mô hình quản lý" / "chợ Tràng Sơn" addressed ("Kính gửi:
               …") to a company, which the body names with its enterprise code and its own letter ("văn bản số
               15/2018/CV-ĐLC ngày …"), a deadline ("trước ngày 30 tháng 11 năm 2018") and "trong thời hạn 24
               tháng kể từ ngày được phê duyệt" in the body, signed "TL. CHỦ TỊCH" / "CHÁNH VĂN PHÒNG";
  baucu        elections and village heads: a commune election committee's "GIẤY CHỨNG NHẬN" / "ĐẠI BIỂU HỘI
               ĐỒNG NHÂN DÂN" (two capitals lines) with a sentence-case line under them ("Khóa XXI, nhiệm kỳ
               2021 - 2026"), the elected woman on rows ("Họ và tên: Phàn Thị Mẩy", "Ngày sinh: …; số định
               danh cá nhân: …"), the election's date and her votes below, signed "TM. ỦY BAN BẦU CỬ" / "CHỦ
               TỊCH", its scan tilted two degrees clockwise; and a commune's decision "Về việc công nhận Trưởng
               bản Che Căn" / "nhiệm kỳ 2019 - 2021", "Điều 1. Công nhận ông Cà Văn Piềng, sinh ngày …, số
               định danh cá nhân …, …, là Trưởng bản …", the hamlet meeting's minutes ("Biên bản … số 02/BB-HNB
               ngày …") cited and the former head named in Article 3, signed "CHỦ TỊCH".
Every document is signed in blue ballpoint in one of blind7's four hands, on eight of them coming down
across the printed name (blind8's ``aim``), and all but one carry a red round seal over the left part
of the signer block, lifted by blind8's ``lift``. Signers' names have two, three, four and five
syllables ("Mạc Tuấn", "Ung Hoàng Thị Bảo Ngọc"); signer blocks "KT.", "TL.", "TM.", "Q." and "TUQ." and
bare "CHỦ TỊCH", "GIÁM ĐỐC" and "TRƯỞNG BAN" all occur; one issuer is a single line (the market board,
"BAN QUẢN LÝ CHỢ BA ĐỒN"), two have three lines (a district and its project board, a district and its
training centre, both names wrapped), one is a parent and a child organ in two lines (a district and its
labour office), one an election committee over its commune, the other seven are "ỦY BAN NHÂN DÂN" over a
commune, a district or a town. Holders' names use rarer family names (Tiêu, Ma, Bế, Đàm, Biện, Phàn,
Cà), one person holder has no number printed. Issued 2018 to 2024.

Truth conventions (decided before any run): blind4's, as its docstring states them (organ_name,
code_number/code_notation, issued_date, place, type_name, subject, signer_position/signer_full_name,
holder_name and holder_id), with blind5's to blind18's additions (their docstrings). New here:
  house numbers    a house-number certificate: the title one line, ``subject`` None; the holder is the head
                   of the household on the "Chủ hộ:" row, without "ông"; no number is printed for him:
                   ``holder_id`` and ``holder_id_type`` None; the house number ("Số nhà: 27, …"), the plot
                   and map sheet and the street's code never ``code_number`` nor the holder; "trong thời hạn
                   30 ngày kể từ ngày nhận" gives None; a number written by hand into the printed blank is
                   ``code_number`` (blind5's rule), ``handwritten`` naming it alone. A plan: "KẾ HOẠCH" is
                   ``type_name``, its two sentence-case lines joined ``subject``; nobody is granted anything:
                   holder fields None; the deadlines ("hoàn thành trước ngày …") are never ``valid_until``
                   and the resolution cited never the number or the date; its number and day written by hand;
  procurement      a contract award: its three subject lines joined are ``subject``; the holder is the winner
                   on the "Tên nhà thầu trúng thầu:" row, ``holder_id`` the "Mã số doanh nghiệp:" row under it
                   (``tax_code``); the supervising consultant and its code, the price and the two reports
                   cited (never the number or the date) never; "150 ngày kể từ ngày hợp đồng có hiệu lực"
                   gives None. A project board's report: "BÁO CÁO" is ``type_name``, its two sentence-case
                   lines joined ``subject``; addressed to the district and naming two contractors with their
                   codes, it grants nothing: holder fields and ``valid_until`` None (blind4's rule for a
                   report to another agency); the district's request ("Công văn số 1572/UBND-TCKH ngày …")
                   never the number or the date; "từ ngày 01 tháng 01 năm 2019" gives None;
  merit            a housing subsidy: the two subject lines joined are ``subject`` (the holder's name in it);
                   the holder is the woman named after "cho bà" in Article 1, without "bà", up to the comma,
                   ``holder_id`` the personal number printed with her (``cccd``); her late husband (a martyr)
                   and the office's submission never; "06 tháng kể từ ngày nhận kinh phí" gives None. A
                   referral ("GIẤY GIỚI THIỆU" one line, ``subject`` its one sentence-case line): the holder is
                   the veteran on the "Họ và tên người có công:" row, ``holder_id`` the personal number on the
                   row under him; his file's number ("số hồ sơ: TB-2718/BK"), his son and the receiving
                   department never; "đã chi trả đến hết tháng 9 năm 2023" is no validity, "Giấy giới thiệu có
                   giá trị đến ngày 31 tháng 10 năm 2023" is ``valid_until``;
  vocational       a certificate of elementary vocational training: the title one line, ``subject`` None; the
                   capitals line "CẤP CHỨNG CHỈ SƠ CẤP CHO:" is body, never the title; the holder is the
                   learner on the "Họ và tên:" row, ``holder_id`` the personal number on the row under her
                   (``cccd``); the serial ("Số hiệu chứng chỉ: SC-0042718") and the register number ("số vào
                   sổ cấp chứng chỉ: 47/2020") never ``code_number``; the course's dates ("từ ngày 02/3/2020
                   đến ngày 29/5/2020") are no validity: None; the exams decision never the number or the
                   date; number by hand. A training assignment: the two subject lines joined are ``subject``;
                   the holder is the company named right after "Điều 1. Giao", up to the comma, ``holder_id``
                   the "mã số doanh nghiệp" printed right after it (``tax_code``); the women's union, the
                   company's letter and the office's proposal never; "03 tháng kể từ ngày khai giảng" and
                   "khai giảng chậm nhất ngày 15 tháng 5 năm 2024" give None;
  markets          a stall certificate: "GIẤY CHỨNG NHẬN" is ``type_name``, its one sentence-case line
                   ``subject``; the holder is the trader on the "Người được cấp:" row, without "bà",
                   ``holder_id`` the personal number on the row under her (``cccd``); the stall ("Điểm kinh
                   doanh số: B2-17") never the number nor the holder; "Giấy chứng nhận có giá trị đến ngày 31
                   tháng 12 năm 2027" is ``valid_until``. The công văn keeps blind5's rule: ``type_name``
                   "CÔNG VĂN", ``subject`` its two "V/v" lines joined as printed, holder fields and
                   ``valid_until`` None, though it answers one company, names it with its code and is
                   addressed to it; its letter is never the number or the date; "24 tháng kể từ ngày được phê
                   duyệt" gives None;
  elections        a delegate's certificate: the title in two capitals lines joined (blind6's rule), the
                   sentence-case line under it ``subject`` ("Khóa XXI, nhiệm kỳ 2021 - 2026"); the holder is the
                   delegate on the "Họ và tên:" row, ``holder_id`` the personal number on the row under her
                   (``cccd``); the election's day ("ngày 23 tháng 5 năm 2021") and the results' minutes never
                   the date; "nhiệm kỳ 2021 - 2026" gives None. A village head's recognition: the two subject
                   lines joined are ``subject``; the holder is the man named after "Điều 1. Công nhận ông",
                   without "ông", up to the comma, ``holder_id`` the personal number printed with him
                   (``cccd``); the hamlet meeting's minutes and the former head never; "nhiệm kỳ 2019 - 2021"
                   gives None;
  header           a one-line issuer is ``organ_name`` as printed; three issuer lines joined by spaces, as
                   printed ("UBND HUYỆN HÀM YÊN BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG"; "UBND HUYỆN HÀ QUẢNG TRUNG
                   TÂM GIÁO DỤC NGHỀ NGHIỆP - GIÁO DỤC THƯỜNG XUYÊN", the hyphen ending a line kept);
                   ``place`` the words before ", ngày" ("Quảng Yên", "Chiềng Khoong", "Trịnh Tường");
  signer blocks    "TUQ. CHỦ TỊCH" / "TRƯỞNG PHÒNG QUẢN LÝ ĐÔ THỊ", "TL. CHỦ TỊCH" / "CHÁNH VĂN PHÒNG" and "TM.
                   ỦY BAN BẦU CỬ" / "CHỦ TỊCH" are ``signer_position``, the lines joined by a space; "TM. ỦY
                   BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" its three lines joined; a bare position as
                   printed; an Ê Đê name as printed ("Y Khu Niê Kdăm");
  pages turned     a scan page tilted two degrees clockwise changes no field; a two-page document's fields come
                   from both pages, as one document;
  signatures and seals   as blind7 and blind8: the truth is the text as printed under them.

Renderings, seeds and truth files as blind9's (``make_blind9`` draws them): ``scan`` (300 dpi, light
degradation, PDF) and ``photo`` (80-150 dpi JPEG, perspective, uneven light, half without a DPI; the
two-page document's photos in one PDF). Only the scans are turned (``turn``): the delegate's certificate
lies two degrees clockwise (-2); the phone photographs each page as it lies.

    python samples/blind19.py --out benchmarks/out/blind19
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind3 import write_set
from blind5 import _CAN_CU_UBND
from blind9 import LEVELS, Doc9, lay_out, render

__all__ = ["BLIND19", "FAMILIES", "LEVELS", "Doc9", "lay_out", "make_blind19", "render"]

FAMILIES = ("sonha", "dauthau", "nguoicocong", "daynghe", "quanlycho", "baucu")

_SO_NHA_BXD = ("Quyết định số 05/2006/QĐ-BXD ngày 08 tháng 3 năm 2006 của Bộ trưởng Bộ Xây dựng ban hành Quy chế "
               "đánh số và gắn biển số nhà")
_LUAT_DAU_THAU = "Căn cứ Luật Đấu thầu ngày 26 tháng 11 năm 2013;"

BLIND19 = [
    Doc9(
        slug="gcn-so-nha-tieu-van-khoi-quang-yen", family="sonha", issuer=["ỦY BAN NHÂN DÂN", "THỊ XÃ QUẢNG YÊN"],
        number="764", notation="GCNSN-UBND", place="Quảng Yên", date_text="11 tháng 7 năm 2019", issued="2019-07-11",
        title=["GIẤY CHỨNG NHẬN SỐ NHÀ"], subject=[],
        body=["CHỦ TỊCH ỦY BAN NHÂN DÂN THỊ XÃ QUẢNG YÊN",
              f"Căn cứ {_SO_NHA_BXD};",
              ("Căn cứ Quyết định số 2291/QĐ-UBND ngày 14 tháng 6 năm 2018 của Ủy ban nhân dân thị xã về việc ủy "
               "quyền cho Trưởng phòng Quản lý đô thị cấp giấy chứng nhận số nhà;"),
              ("Xét đơn đề nghị cấp số nhà ngày 28 tháng 6 năm 2019 và xác nhận của Ủy ban nhân dân phường Cộng "
               "Hòa,"),
              "CHỨNG NHẬN:",
              "1. Chủ hộ: ông Tiêu Văn Khởi",
              ("2. Địa chỉ thửa đất: thửa số 312, tờ bản đồ số 18, khu Cộng Hòa 2, phường Cộng Hòa, thị xã Quảng "
               "Yên, tỉnh Quảng Ninh."),
              ("3. Số nhà: 27, đường Bạch Đằng (phía số lẻ, bên trái tuyến theo hướng từ ngã ba Cột Đồng Hồ đến "
               "cầu Sông Chanh)."),
              "4. Số nhà cũ: không có; mã hiệu tuyến đường: BĐ-04.",
              ("5. Chủ hộ có trách nhiệm gắn biển số nhà theo đúng mẫu quy định trong thời hạn 30 ngày kể từ ngày "
               "nhận Giấy chứng nhận này.")],
        signer_position=["TUQ. CHỦ TỊCH", "TRƯỞNG PHÒNG QUẢN LÝ ĐÔ THỊ"], signer_name="Phùng Khắc Đoàn",
        holder_name="Tiêu Văn Khởi",
        recipients=["- Chủ hộ;", "- UBND phường Cộng Hòa;", "- Lưu: VT, QLĐT."],
        seal="ỦY BAN NHÂN DÂN * THỊ XÃ QUẢNG YÊN *", handwritten=("code_number",),
        hand="loops", aim=(34.0, 8.0), lift=14.0,
    ),
    Doc9(
        slug="kh-danh-so-gan-bien-so-nha-tan-uyen", family="sonha", issuer=["ỦY BAN NHÂN DÂN", "HUYỆN TÂN UYÊN"],
        number="95", notation="KH-UBND", place="Tân Uyên", date_text="15 tháng 3 năm 2022", issued="2022-03-15",
        title=["KẾ HOẠCH"], subject=["Đánh số và gắn biển số nhà trên địa bàn", "thị trấn Tân Uyên năm 2022"],
        body=[(f"Thực hiện {_SO_NHA_BXD} và Nghị quyết số 41/NQ-HĐND ngày 10 tháng 12 năm 2021 của Hội đồng nhân "
               "dân tỉnh Lai Châu về việc đặt tên đường trên địa bàn thị trấn Tân Uyên, Ủy ban nhân dân huyện ban "
               "hành Kế hoạch như sau:"),
              "I. MỤC ĐÍCH, YÊU CẦU",
              ("Đánh số, gắn biển số nhà cho toàn bộ nhà ở, công trình trên 14 tuyến đường đã được đặt tên; số lẻ "
               "ở bên trái, số chẵn ở bên phải theo hướng tuyến đường."),
              "II. NỘI DUNG VÀ TIẾN ĐỘ",
              ("1. Phòng Kinh tế và Hạ tầng lập hồ sơ đánh số nhà trên bản đồ địa chính, hoàn thành trước ngày 30 "
               "tháng 6 năm 2022."),
              ("2. Ủy ban nhân dân thị trấn Tân Uyên thông báo đến từng hộ gia đình, tổ chức gắn biển số nhà, hoàn "
               "thành trước ngày 30 tháng 11 năm 2022."),
              ("3. Kinh phí: 186.400.000 đồng từ ngân sách huyện năm 2022; biển số nhà do hộ gia đình tự chi trả "
               "theo mẫu thống nhất."),
              "III. TỔ CHỨC THỰC HIỆN",
              ("Các cơ quan, đơn vị căn cứ Kế hoạch này triển khai thực hiện; có vướng mắc, báo cáo Ủy ban nhân dân "
               "huyện (qua Phòng Kinh tế và Hạ tầng)./.")],
        signer_position=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer_name="Ung Hoàng Thị Bảo Ngọc",
        recipients=["- TT Huyện ủy, TT HĐND huyện;", "- UBND thị trấn Tân Uyên;", "- Lưu: VT, KTHT."],
        seal="ỦY BAN NHÂN DÂN * HUYỆN TÂN UYÊN *", handwritten=("code_number", "issued_date"),
        hand="scribble", aim=(32.0, 10.0), lift=10.0,
    ),
    Doc9(
        slug="qd-ket-qua-lua-chon-nha-thau-huoi-mot", family="dauthau",
        issuer=["ỦY BAN NHÂN DÂN", "XÃ CHIỀNG KHOONG"],
        number="81", notation="QĐ-UBND", place="Chiềng Khoong", date_text="18 tháng 8 năm 2020", issued="2020-08-18",
        title=["QUYẾT ĐỊNH"],
        subject=["Về việc phê duyệt kết quả lựa chọn nhà thầu", "gói thầu số 02: Thi công xây dựng công trình",
                 "Nhà văn hóa bản Huổi Một"],
        body=["CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ CHIỀNG KHOONG", _CAN_CU_UBND, _LUAT_DAU_THAU,
              ("Căn cứ Nghị định số 63/2014/NĐ-CP ngày 26 tháng 6 năm 2014 của Chính phủ quy định chi tiết thi hành "
               "một số điều của Luật Đấu thầu về lựa chọn nhà thầu;"),
              ("Căn cứ Quyết định số 1246/QĐ-UBND ngày 12 tháng 5 năm 2020 của Ủy ban nhân dân huyện Sông Mã phê "
               "duyệt báo cáo kinh tế - kỹ thuật công trình Nhà văn hóa bản Huổi Một;"),
              ("Xét Báo cáo đánh giá hồ sơ dự thầu số 07/BC-TCG ngày 04 tháng 8 năm 2020 của Tổ chuyên gia và Báo "
               "cáo thẩm định số 11/BC-TĐ ngày 12 tháng 8 năm 2020 của Tổ thẩm định,"),
              "QUYẾT ĐỊNH:",
              ("Điều 1. Phê duyệt kết quả lựa chọn nhà thầu gói thầu số 02: Thi công xây dựng công trình Nhà văn "
               "hóa bản Huổi Một, xã Chiềng Khoong, huyện Sông Mã, với các nội dung sau:"),
              "1. Tên nhà thầu trúng thầu: Công ty TNHH Xây dựng Thương mại Nậm Công",
              "2. Mã số doanh nghiệp: 5508183659",
              ("3. Giá trúng thầu: 1.284.617.000 đồng (một tỷ, hai trăm tám mươi tư triệu, sáu trăm mười bảy nghìn "
               "đồng), đã bao gồm thuế giá trị gia tăng."),
              "4. Hình thức lựa chọn nhà thầu: chào hàng cạnh tranh trong nước; loại hợp đồng: trọn gói.",
              "5. Thời gian thực hiện hợp đồng: 150 ngày kể từ ngày hợp đồng có hiệu lực.",
              ("6. Đơn vị tư vấn giám sát: Công ty Cổ phần Tư vấn Xây dựng Sông Mã, mã số doanh nghiệp "
               "5546541545."),
              "Điều 2. Giao Ban Quản lý dự án xã Chiềng Khoong:",
              ("a) Thông báo kết quả lựa chọn nhà thầu đến các nhà thầu tham dự; đăng tải kết quả trên Hệ thống "
               "mạng đấu thầu quốc gia theo quy định;"),
              ("b) Hoàn thiện, ký kết hợp đồng với nhà thầu trúng thầu; yêu cầu nhà thầu nộp bảo đảm thực hiện "
               "hợp đồng bằng 3% giá hợp đồng trước khi hợp đồng có hiệu lực;"),
              ("c) Phối hợp với đơn vị tư vấn giám sát quản lý chất lượng, tiến độ thi công và nghiệm thu, bàn "
               "giao công trình cho bản Huổi Một quản lý, sử dụng."),
              ("Điều 3. Nhà thầu trúng thầu có trách nhiệm huy động nhân lực, thiết bị theo hồ sơ dự thầu, bảo đảm "
               "an toàn lao động, vệ sinh môi trường trong suốt thời gian thi công."),
              ("Điều 4. Quyết định này có hiệu lực kể từ ngày ký. Văn phòng HĐND và UBND xã, Ban Quản lý dự án "
               "xã, Trưởng bản Huổi Một, Công ty TNHH Xây dựng Thương mại Nậm Công và các đơn vị có liên quan chịu "
               "trách nhiệm thi hành Quyết định này.")],
        signer_position=["CHỦ TỊCH"], signer_name="Lường Văn Thểnh",
        holder_name="Công ty TNHH Xây dựng Thương mại Nậm Công", holder_id="5508183659", holder_id_type="tax_code",
        recipients=["- Như Điều 4;", "- UBND huyện Sông Mã (b/c);", "- Lưu: VT, BQLDA."],
        seal="ỦY BAN NHÂN DÂN * XÃ CHIỀNG KHOONG *", hand="underline", aim=(0.0, 0.0), lift=16.0,
    ),
    Doc9(
        slug="bc-cong-tac-dau-thau-ham-yen", family="dauthau",
        issuer=["UBND HUYỆN HÀM YÊN", "BAN QUẢN LÝ DỰ ÁN", "ĐẦU TƯ XÂY DỰNG"],
        number="203", notation="BC-BQLDA", place="Hàm Yên", date_text="20 tháng 12 năm 2018", issued="2018-12-20",
        title=["BÁO CÁO"], subject=["Kết quả thực hiện công tác đấu thầu năm 2018", "các dự án do Ban làm chủ đầu tư"],
        addressees=["Ủy ban nhân dân huyện Hàm Yên"],
        body=[("Thực hiện Công văn số 1572/UBND-TCKH ngày 03 tháng 12 năm 2018 của Ủy ban nhân dân huyện về việc báo "
               "cáo công tác đấu thầu năm 2018, Ban Quản lý dự án đầu tư xây dựng huyện báo cáo như sau:"),
              ("1. Trong năm 2018, Ban tổ chức lựa chọn nhà thầu 23 gói thầu, tổng giá gói thầu 48.716 triệu đồng, "
               "tổng giá trúng thầu 47.902 triệu đồng, tiết kiệm 814 triệu đồng (1,67%)."),
              ("2. Các gói thầu lớn: gói thầu số 04 (xây lắp đường Yên Phú - Bình Xa) do Công ty Cổ phần Xây dựng "
               "Giao thông Hàm Yên, mã số doanh nghiệp 5087875683, trúng thầu với giá 9.418 triệu đồng; gói thầu số "
               "07 (xây lắp Trường Mầm non Minh Dân) do Công ty TNHH Xây dựng Phù Lưu, mã số doanh nghiệp "
               "5051617223, trúng thầu với giá 6.205 triệu đồng."),
              ("3. Tồn tại: 02 gói thầu phải tổ chức lựa chọn lại do không có hồ sơ dự thầu đáp ứng yêu cầu; một "
               "số nhà thầu chậm nộp bảo đảm thực hiện hợp đồng."),
              ("4. Kiến nghị: đề nghị Ủy ban nhân dân huyện chỉ đạo Phòng Tài chính - Kế hoạch hướng dẫn thực hiện "
               "đấu thầu qua mạng từ ngày 01 tháng 01 năm 2019 đối với các gói thầu chào hàng cạnh tranh."),
              "Ban Quản lý dự án đầu tư xây dựng huyện kính báo cáo./."],
        signer_position=["GIÁM ĐỐC"], signer_name="Mạc Tuấn",
        recipients=["- Như trên;", "- Phòng TC-KH huyện;", "- Lưu: VT, KH."],
        hand="flourish", aim=(36.0, 8.0), lift=16.0,
    ),
    Doc9(
        slug="qd-ho-tro-nha-o-nguoi-co-cong-ma-thi-phan", family="nguoicocong",
        issuer=["ỦY BAN NHÂN DÂN", "HUYỆN LÂM BÌNH"],
        number="1785", notation="QĐ-UBND", place="Lâm Bình", date_text="26 tháng 10 năm 2021", issued="2021-10-26",
        title=["QUYẾT ĐỊNH"],
        subject=["Về việc hỗ trợ người có công với cách mạng về nhà ở", "đối với bà Ma Thị Phấn"],
        body=["CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN LÂM BÌNH", _CAN_CU_UBND,
              "Căn cứ Pháp lệnh Ưu đãi người có công với cách mạng năm 2020;",
              ("Căn cứ Quyết định số 22/2013/QĐ-TTg ngày 26 tháng 4 năm 2013 của Thủ tướng Chính phủ về hỗ trợ người "
               "có công với cách mạng về nhà ở;"),
              ("Xét Tờ trình số 87/TTr-LĐTBXH ngày 18 tháng 10 năm 2021 của Phòng Lao động - Thương binh và Xã hội "
               "huyện,"),
              "QUYẾT ĐỊNH:",
              ("Điều 1. Hỗ trợ kinh phí sửa chữa nhà ở 40.000.000 đồng (bốn mươi triệu đồng) cho bà Ma Thị Phấn, "
               "sinh ngày 17/5/1953, số định danh cá nhân 008153203107, vợ liệt sĩ Hoàng Văn Lìu, thôn Nà Co, xã "
               "Thượng Lâm."),
              ("Điều 2. Bà Ma Thị Phấn có trách nhiệm sử dụng kinh phí đúng mục đích, hoàn thành việc sửa chữa nhà "
               "ở trong thời hạn 06 tháng kể từ ngày nhận kinh phí."),
              ("Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Trưởng phòng Lao động - Thương binh và Xã hội, Chủ "
               "tịch UBND xã Thượng Lâm và bà Ma Thị Phấn chịu trách nhiệm thi hành Quyết định này.")],
        signer_position=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer_name="Triệu Đức Quyền",
        holder_name="Ma Thị Phấn", holder_id="008153203107", holder_id_type="cccd",
        recipients=["- Như Điều 3;", "- Sở LĐ-TB&XH tỉnh (b/c);", "- Lưu: VT, LĐTBXH."],
        seal="ỦY BAN NHÂN DÂN * HUYỆN LÂM BÌNH *", hand="scribble", aim=(30.0, 6.0), lift=18.0,
    ),
    Doc9(
        slug="ggt-di-chuyen-ho-so-thuong-binh-na-ri", family="nguoicocong",
        issuer=["UBND HUYỆN NA RÌ", "PHÒNG LAO ĐỘNG - TBXH"],
        number="139", notation="GGT-LĐTBXH", place="Na Rì", date_text="07 tháng 9 năm 2023", issued="2023-09-07",
        title=["GIẤY GIỚI THIỆU"], subject=["Di chuyển hồ sơ người có công với cách mạng"],
        addressees=["Sở Lao động - Thương binh và Xã hội tỉnh Đồng Nai"],
        body=["Phòng Lao động - Thương binh và Xã hội huyện Na Rì trân trọng giới thiệu:",
              "1. Họ và tên người có công: Bế Văn Thiệu",
              "2. Ngày sinh: 03/02/1949; số định danh cá nhân: 006049671427",
              "3. Diện hưởng: thương binh, tỷ lệ tổn thương cơ thể 41%; số hồ sơ: TB-2718/BK",
              "4. Đang hưởng trợ cấp hằng tháng 2.581.000 đồng; đã chi trả đến hết tháng 9 năm 2023.",
              ("5. Nơi chuyển đến: phường Long Bình Tân, thành phố Biên Hòa, tỉnh Đồng Nai (về ở cùng con trai là "
               "ông Bế Văn Thành)."),
              ("Đề nghị Sở Lao động - Thương binh và Xã hội tỉnh Đồng Nai tiếp nhận hồ sơ và thực hiện chế độ ưu đãi "
               "đối với ông Bế Văn Thiệu từ tháng 10 năm 2023 theo quy định."),
              "Giấy giới thiệu có giá trị đến ngày 31 tháng 10 năm 2023."],
        signer_position=["Q. TRƯỞNG PHÒNG"], signer_name="Lục Thị Hồng Nhặt",
        holder_name="Bế Văn Thiệu", holder_id="006049671427", holder_id_type="cccd", valid_until="2023-10-31",
        recipients=["- Như trên;", "- Ông Bế Văn Thiệu;", "- Lưu: VT, hồ sơ NCC."],
        seal="PHÒNG LAO ĐỘNG - TBXH * HUYỆN NA RÌ *", hand="loops", aim=(0.0, 0.0), lift=8.0,
    ),
    Doc9(
        slug="chung-chi-so-cap-dam-thi-dinh-ha-quang", family="daynghe",
        issuer=["UBND HUYỆN HÀ QUẢNG", "TRUNG TÂM GIÁO DỤC NGHỀ NGHIỆP -", "GIÁO DỤC THƯỜNG XUYÊN"],
        number="231", notation="CCSC-TTGDNN", place="Hà Quảng", date_text="12 tháng 6 năm 2020", issued="2020-06-12",
        title=["CHỨNG CHỈ SƠ CẤP"], subject=[],
        body=["GIÁM ĐỐC TRUNG TÂM GDNN - GDTX HUYỆN HÀ QUẢNG",
              ("Căn cứ Thông tư số 42/2015/TT-BLĐTBXH ngày 20 tháng 10 năm 2015 của Bộ trưởng Bộ Lao động - Thương "
               "binh và Xã hội quy định về đào tạo trình độ sơ cấp;"),
              ("Căn cứ Quyết định số 58/QĐ-TTGDNN ngày 02 tháng 6 năm 2020 của Giám đốc Trung tâm về việc công nhận "
               "kết quả thi kết thúc khóa học nghề Chăn nuôi gia súc, gia cầm,"),
              "CẤP CHỨNG CHỈ SƠ CẤP CHO:",
              "Họ và tên: Đàm Thị Dính",
              "Ngày sinh: 19/4/2001; số định danh cá nhân: 004301476427",
              "Nơi sinh: xã Trường Hà, huyện Hà Quảng, tỉnh Cao Bằng; dân tộc: Nùng",
              ("Nghề đào tạo: Chăn nuôi gia súc, gia cầm; thời gian đào tạo: từ ngày 02/3/2020 đến ngày "
               "29/5/2020"),
              "Xếp loại tốt nghiệp: Khá",
              "Số hiệu chứng chỉ: SC-0042718; số vào sổ cấp chứng chỉ: 47/2020"],
        signer_position=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], signer_name="Sầm Văn Quyến",
        holder_name="Đàm Thị Dính", holder_id="004301476427", holder_id_type="cccd",
        recipients=["- Người được cấp;", "- Lưu: VT, hồ sơ đào tạo."],
        seal="TRUNG TÂM GDNN - GDTX * HÀ QUẢNG *", handwritten=("code_number",),
        hand="flourish", aim=(34.0, 10.0), lift=14.0,
    ),
    Doc9(
        slug="qd-giao-dao-tao-nghe-so-cap-ea-sup", family="daynghe", issuer=["ỦY BAN NHÂN DÂN", "HUYỆN EA SÚP"],
        number="2264", notation="QĐ-UBND", place="Ea Súp", date_text="27 tháng 3 năm 2024", issued="2024-03-27",
        title=["QUYẾT ĐỊNH"],
        subject=["Về việc giao nhiệm vụ đào tạo nghề trình độ sơ cấp", "cho lao động người dân tộc thiểu số năm 2024"],
        body=["CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN EA SÚP", _CAN_CU_UBND,
              ("Căn cứ Luật Giáo dục nghề nghiệp ngày 27 tháng 11 năm 2014; Quyết định số 1719/QĐ-TTg ngày 14 tháng "
               "10 năm 2021 của Thủ tướng Chính phủ;"),
              ("Xét văn bản số 06/CV-EAR ngày 11 tháng 3 năm 2024 của Công ty TNHH Nông nghiệp Công nghệ cao Ea Rốk "
               "và đề nghị của Phòng Lao động - Thương binh và Xã hội,"),
              "QUYẾT ĐỊNH:",
              ("Điều 1. Giao Công ty TNHH Nông nghiệp Công nghệ cao Ea Rốk, mã số doanh nghiệp 6009931318, đào tạo "
               "nghề trình độ sơ cấp như sau:"),
              "1. Nghề đào tạo: Trồng và chăm sóc cây sầu riêng; 35 học viên tại xã Ea Rốk.",
              "2. Kinh phí: 157.500.000 đồng từ vốn Chương trình mục tiêu quốc gia.",
              "3. Đơn vị phối hợp tuyển sinh: Hội Liên hiệp Phụ nữ huyện Ea Súp.",
              "4. Thời gian đào tạo: 03 tháng kể từ ngày khai giảng; khai giảng chậm nhất ngày 15 tháng 5 năm 2024.",
              ("Điều 2. Quyết định này có hiệu lực kể từ ngày ký. Các cơ quan, đơn vị có liên quan và Công ty nêu "
               "tại Điều 1 chịu trách nhiệm thi hành Quyết định này.")],
        signer_position=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer_name="Y Khu Niê Kdăm",
        holder_name="Công ty TNHH Nông nghiệp Công nghệ cao Ea Rốk", holder_id="6009931318", holder_id_type="tax_code",
        recipients=["- Như Điều 2;", "- Sở LĐ-TB&XH tỉnh Đắk Lắk (b/c);", "- Lưu: VT, LĐTBXH."],
        seal="ỦY BAN NHÂN DÂN * HUYỆN EA SÚP *", hand="underline", aim=(0.0, 0.0), lift=10.0,
    ),
    Doc9(
        slug="gcn-diem-kinh-doanh-cho-ba-don", family="quanlycho",
        issuer=["BAN QUẢN LÝ CHỢ BA ĐỒN"],
        number="76", notation="GCN-BQLC", place="Ba Đồn", date_text="31 tháng 5 năm 2022", issued="2022-05-31",
        title=["GIẤY CHỨNG NHẬN"], subject=["Quyền sử dụng điểm kinh doanh tại chợ"],
        body=["TRƯỞNG BAN QUẢN LÝ CHỢ BA ĐỒN",
              ("Căn cứ Nghị định số 02/2003/NĐ-CP ngày 14 tháng 01 năm 2003 của Chính phủ về phát triển và quản lý "
               "chợ; Nghị định số 114/2009/NĐ-CP ngày 23 tháng 12 năm 2009 của Chính phủ sửa đổi, bổ sung một số "
               "điều của Nghị định số 02/2003/NĐ-CP;"),
              ("Căn cứ Nội quy chợ Ba Đồn ban hành kèm theo Quyết định số 1319/QĐ-UBND ngày 09 tháng 4 năm 2021 của "
               "Ủy ban nhân dân thị xã Ba Đồn;"),
              "Xét kết quả bố trí điểm kinh doanh ngày 20 tháng 5 năm 2022,",
              "CHỨNG NHẬN:",
              "1. Người được cấp: bà Biện Thị Nhạn",
              "2. Ngày sinh: 24/8/1978; số định danh cá nhân: 044178744013",
              "3. Nơi cư trú: tổ dân phố Minh Lợi, phường Ba Đồn, thị xã Ba Đồn, tỉnh Quảng Bình.",
              "4. Điểm kinh doanh số: B2-17, nhà lồng B, chợ Ba Đồn; diện tích 4,5 m²; ngành hàng: vải sợi, may mặc.",
              ("5. Người được cấp có trách nhiệm nộp tiền sử dụng điểm kinh doanh hằng tháng và chấp hành Nội quy "
               "chợ."),
              "6. Giấy chứng nhận có giá trị đến ngày 31 tháng 12 năm 2027."],
        signer_position=["TRƯỞNG BAN"], signer_name="Ôn Văn Kiểm",
        holder_name="Biện Thị Nhạn", holder_id="044178744013", holder_id_type="cccd", valid_until="2027-12-31",
        recipients=["- Người được cấp;", "- Phòng Kinh tế thị xã;", "- Lưu: VT, BQLC."],
        seal="BAN QUẢN LÝ CHỢ * THỊ XÃ BA ĐỒN *", hand="loops", aim=(32.0, 8.0), lift=16.0,
    ),
    Doc9(
        slug="cv-chuyen-doi-quan-ly-cho-trang-son", family="quanlycho", issuer=["ỦY BAN NHÂN DÂN", "HUYỆN ĐÔ LƯƠNG"],
        number="912", notation="UBND-KTHT", place="Đô Lương", date_text="4 tháng 10 năm 2018", issued="2018-10-04",
        title=[], subject=["V/v chuyển đổi mô hình quản lý", "chợ Tràng Sơn"],
        addressees=["Công ty Cổ phần Đầu tư Phát triển Chợ Đô Lương"],
        body=[("Ủy ban nhân dân huyện Đô Lương nhận được văn bản số 15/2018/CV-ĐLC ngày 17 tháng 9 năm 2018 của Công "
               "ty Cổ phần Đầu tư Phát triển Chợ Đô Lương, mã số doanh nghiệp 2919667499, đề nghị nhận chuyển giao "
               "quản lý, kinh doanh, khai thác chợ Tràng Sơn. Sau khi xem xét báo cáo của Phòng Kinh tế và Hạ tầng, "
               "Ủy ban nhân dân huyện có ý kiến như sau:"),
              ("1. Thống nhất chủ trương chuyển đổi mô hình quản lý chợ Tràng Sơn từ Ban quản lý chợ xã sang doanh "
               "nghiệp theo Nghị định số 02/2003/NĐ-CP ngày 14 tháng 01 năm 2003 của Chính phủ."),
              ("2. Công ty lập phương án chuyển đổi, bảo đảm quyền lợi của các hộ đang kinh doanh tại chợ, gửi Phòng "
               "Kinh tế và Hạ tầng thẩm định trước ngày 30 tháng 11 năm 2018."),
              ("3. Phương án được thực hiện trong thời hạn 24 tháng kể từ ngày được phê duyệt; quá thời hạn trên mà "
               "Công ty chưa thực hiện thì văn bản này không còn giá trị./.")],
        signer_position=["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"], signer_name="Tăng Bá Mẫn",
        recipients=["- Như trên;", "- UBND xã Tràng Sơn;", "- Lưu: VT, KTHT."],
        seal="ỦY BAN NHÂN DÂN * HUYỆN ĐÔ LƯƠNG *", hand="scribble", aim=(36.0, 10.0), lift=12.0,
    ),
    Doc9(
        slug="gcn-dai-bieu-hdnd-phan-thi-may-trinh-tuong", family="baucu", issuer=["ỦY BAN BẦU CỬ", "XÃ TRỊNH TƯỜNG"],
        number="03", notation="GCN-UBBC", place="Trịnh Tường", date_text="09 tháng 6 năm 2021", issued="2021-06-09",
        title=["GIẤY CHỨNG NHẬN", "ĐẠI BIỂU HỘI ĐỒNG NHÂN DÂN"], subject=["Khóa XXI, nhiệm kỳ 2021 - 2026"],
        body=[("Căn cứ Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân ngày 25 tháng 6 năm 2015;"),
              ("Căn cứ Biên bản xác định kết quả bầu cử đại biểu Hội đồng nhân dân xã Trịnh Tường khóa XXI lập ngày "
               "27 tháng 5 năm 2021,"),
              "ỦY BAN BẦU CỬ XÃ TRỊNH TƯỜNG CHỨNG NHẬN:",
              "Họ và tên: Phàn Thị Mẩy",
              "Ngày sinh: 12/11/1986; số định danh cá nhân: 010186461717",
              "Dân tộc: Dao; nơi cư trú: thôn Choản Thèn, xã Trịnh Tường, huyện Bát Xát, tỉnh Lào Cai",
              ("Đã trúng cử đại biểu Hội đồng nhân dân xã Trịnh Tường khóa XXI, nhiệm kỳ 2021 - 2026, tại đơn vị bầu "
               "cử số 3, trong cuộc bầu cử ngày 23 tháng 5 năm 2021, với 1.246 phiếu bầu, đạt 87,93% số phiếu hợp "
               "lệ.")],
        signer_position=["TM. ỦY BAN BẦU CỬ", "CHỦ TỊCH"], signer_name="Chảo Láo Ú",
        holder_name="Phàn Thị Mẩy", holder_id="010186461717", holder_id_type="cccd",
        recipients=["- Đại biểu được chứng nhận;", "- TT HĐND xã;", "- Lưu: VT, UBBC."],
        seal="ỦY BAN NHÂN DÂN * XÃ TRỊNH TƯỜNG *", hand="underline", aim=(0.0, 0.0), lift=18.0, turn=(-2.0,),
    ),
    Doc9(
        slug="qd-cong-nhan-truong-ban-che-can", family="baucu", issuer=["ỦY BAN NHÂN DÂN", "XÃ MƯỜNG PHĂNG"],
        number="67", notation="QĐ-UBND", place="Mường Phăng", date_text="24 tháng 4 năm 2019", issued="2019-04-24",
        title=["QUYẾT ĐỊNH"], subject=["Về việc công nhận Trưởng bản Che Căn", "nhiệm kỳ 2019 - 2021"],
        body=["CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ MƯỜNG PHĂNG", _CAN_CU_UBND,
              ("Căn cứ Thông tư số 04/2012/TT-BNV ngày 31 tháng 8 năm 2012 của Bộ trưởng Bộ Nội vụ hướng dẫn về tổ "
               "chức và hoạt động của thôn, tổ dân phố;"),
              "Xét Biên bản hội nghị bầu Trưởng bản số 02/BB-HNB ngày 16 tháng 4 năm 2019 của bản Che Căn,",
              "QUYẾT ĐỊNH:",
              ("Điều 1. Công nhận ông Cà Văn Piềng, sinh ngày 05/9/1968, số định danh cá nhân 011068870264, trú tại "
               "bản Che Căn, là Trưởng bản Che Căn, xã Mường Phăng, nhiệm kỳ 2019 - 2021 (được 118/131 hộ gia đình, "
               "bằng 90,08% số hộ dự hội nghị đồng ý)."),
              ("Điều 2. Ông Cà Văn Piềng có trách nhiệm thực hiện nhiệm vụ, quyền hạn của Trưởng bản theo quy định "
               "và được hưởng phụ cấp hằng tháng theo Nghị quyết của Hội đồng nhân dân tỉnh Điện Biên."),
              ("Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Văn phòng UBND xã, ông Lò Văn Hặc (Trưởng bản nhiệm "
               "kỳ trước) và ông Cà Văn Piềng chịu trách nhiệm thi hành Quyết định này.")],
        signer_position=["CHỦ TỊCH"], signer_name="Quàng Văn Xôm",
        holder_name="Cà Văn Piềng", holder_id="011068870264", holder_id_type="cccd",
        recipients=["- Như Điều 3;", "- UBND huyện Điện Biên (b/c);", "- Lưu: VT, VP."],
        seal="ỦY BAN NHÂN DÂN * XÃ MƯỜNG PHĂNG *", hand="flourish", aim=(30.0, 8.0), lift=16.0,
    ),
]


def make_blind19(out: Path, docs=BLIND19, levels=LEVELS, only: set[str] | None = None) -> list[Path]:
    """As blind9, with seeds of its own; ``only`` (slugs) and ``levels`` draw just those files, as they are
    in the whole set."""
    return write_set(out, docs, levels, render, seed=4300, jpeg_seed=1700, no_dpi_parity=1, only=only)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, required=True, help="folder for scans/ and truth/")
    out = parser.parse_args().out
    for path in make_blind19(out):
        print(f"{path.relative_to(out)}  {path.stat().st_size // 1024} KiB")


if __name__ == "__main__":
    main()

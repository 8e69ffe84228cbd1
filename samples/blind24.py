"""Blind set 24 (issue 13, after blind set 23): six more families of results, each as a 300 dpi scan and
as a phone photo, signed and sealed as in blind sets 8 to 23, with one scan page tilted one degree
counterclockwise on the glass. Written without looking at the rules or running them on it, measured
once.

As in blind17 to blind23, every province and provincial seat is some earlier set's ``place``: these
results come from communes, districts and towns, an airport authority's office on an island, a border
guard station, a district education office and a hydropower company, dated where those sit ("Phú
Quốc", "Phó Bảng", "Đạo Trù", "Nam Trà My", "Pú Đao").

Families (Decree 30/2020 appendix I positions: issuer column top left, motto top right, number under
the issuer, place and date under the motto, title centred, signer bottom right, "Nơi nhận:" bottom left):
  hangkhong    civil aviation: an airport authority's office's "GIẤY PHÉP KIỂM SOÁT AN NINH" / "CẢNG HÀNG KHÔNG, SÂN
               BAY" (two capitals lines) with "(Dùng cho phương tiện hoạt động tại khu vực hạn chế)" under it, in
               brackets, under a three-line issuer ("CỤC HÀNG KHÔNG VN" / "CẢNG VỤ HÀNG KHÔNG MIỀN NAM" / "ĐẠI DIỆN TẠI
               PHÚ QUỐC", the top line abbreviated), "ĐẠI DIỆN CẢNG VỤ TẠI PHÚ QUỐC CẤP PHÉP:" then the ground-handling
               company on rows ("1. Tổ chức được cấp phép: Công ty TNHH …", "2. Mã số doanh nghiệp: …"), its aircraft
               tug and the tug's driver (a Khmer name), the company's letter cited above, "Giấy phép có giá trị đến hết
               ngày 31 tháng 12 năm 2023.", signed "TRƯỞNG ĐẠI DIỆN"; and a district's công văn "V/v không thả đèn trời,
               diều, vật bay" / "gần Cảng hàng không Thọ Xuân", addressed ("Kính gửi:") to three agencies on three
               dashed lines, the airport authority's letter and a decree in the body, a deadline, an official named with
               his phone, signed "TL. CHỦ TỊCH" / "KT. CHÁNH VĂN PHÒNG" / "PHÓ CHÁNH VĂN PHÒNG";
  bienphong    borders: a border guard station's "GIẤY PHÉP" / "Vào vành đai biên giới" (one sentence-case line) under
               its provincial command ("BĐBP TỈNH HÀ GIANG" / "ĐỒN BIÊN PHÒNG PHÓ BẢNG"), "ĐỒN BIÊN PHÒNG PHÓ BẢNG CẤP
               PHÉP:" then a power-line worker on rows ("1. Họ và tên: ông Lục Văn Hiếu", "2. Ngày sinh: …; số định danh
               cá nhân: …"), his employer's letter of introduction cited above, his pick-up's plate, "Giấy phép có giá
               trị đến hết ngày 31 tháng 8 năm 2023.", signed "KT. ĐỒN TRƯỞNG" / "PHÓ ĐỒN TRƯỞNG"; and a commune's
               decision "Về việc giao tự quản đường biên giới, mốc quốc giới" / "cho hộ ông Nông Văn Pỉnh" (the holder
               inside the subject) under its district ("UBND HUYỆN TRÀNG ĐỊNH" / "UBND XÃ ĐỘI CẤN"), numbered by hand
               (blind5's pen, the date printed), "Điều 1. Giao cho hộ ông Nông Văn Pỉnh, sinh năm 1967, …" with no
               personal number printed, the border markers' numbers, the district's plan cited above, signed "CHỦ TỊCH"
               by a Tày chairman;
  thuvien      libraries: a commune's "THÔNG BÁO" / "Tiếp nhận thông báo thành lập thư viện tư nhân" / "có phục vụ cộng
               đồng" under its district ("UBND HUYỆN TAM ĐẢO" / "UBND XÃ ĐẠO TRÙ"), addressed ("Kính gửi: Bà Khúc Thị
               Ngân, thôn Tân Phú", one centred line) to the woman who founded it, she on rows ("1. Người thành lập thư
               viện: bà Khúc Thị Ngân", "2. Ngày sinh: …; số định danh cá nhân: …"), the library's name, stock and
               opening hours, no validity, signed "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" by a woman with a four-syllable name;
               and a town education office's decision "Về việc công nhận thư viện đạt tiêu chuẩn mức độ 1" / "đối với
               Trường Tiểu học Nghĩa An" (the holder inside the subject) under its town ("UBND THỊ XÃ NGHĨA LỘ" / "PHÒNG
               GIÁO DỤC VÀ ĐÀO TẠO"), the ministry's circular, the assessors' minutes and the school's submission cited
               above, "thời hạn công nhận là 05 năm kể từ ngày ký" in Article 2, signed "Q. TRƯỞNG PHÒNG" by a Thái
               woman with a five-syllable name;
  thuydien     hydropower and dam safety: a district's decision on two pages (Articles 2 to 4, the signer and "Nơi
               nhận:" on page 2), numbered and dated by hand, "Về việc phê duyệt phương án bảo vệ đập, hồ chứa" / "Thủy
               điện Đăk Tiêu", "Điều 1. Phê duyệt phương án … do Công ty TNHH Thủy điện Đăk Tiêu Kon Plông, mã số doanh
               nghiệp …, làm chủ sở hữu, …", the dam on rows, the plant's foreman named without a number, a decree, the
               province's rules, the company's submission and the office's appraisal cited above, a deadline in Article
               2, signed "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH"; and a hydropower company's "THÔNG BÁO"
               / "Về việc vận hành xả nước qua tràn xả lũ" / "hồ chứa Thủy điện Trà Linh" under its own name wrapped on
               two issuer lines ("CÔNG TY CỔ PHẦN" / "THỦY ĐIỆN TRÀ LINH"), addressed ("Kính gửi:") to the district's
               disaster board and three communes on two dashed lines, the province's operating rules cited, its own
               enterprise code in the body, the discharge "từ 11 giờ 00 ngày 09/11/2017", its shift leader named with
               his phone, signed "KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC" by a man with a two-syllable name, without a seal;
  didan        population resettlement: a district's decision "Về việc hỗ trợ ổn định dân di cư tự do" / "đối với hộ ông
               Mùa A Sử" (the holder inside the subject), "Điều 1. Hỗ trợ … cho hộ gia đình có tên sau đây:" then the
               H'Mông migrant on rows ("1. Chủ hộ: ông Mùa A Sử, dân tộc Mông", "2. Ngày sinh: …; số chứng minh nhân
               dân: …", a nine-digit identity card of his home province), the Prime Minister's programme and the
               commune's submission cited above, a deadline in Article 2, signed "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH"; and a
               commune's "TỜ TRÌNH" / "Về việc đề nghị phê duyệt danh sách hộ di chuyển" / "đến điểm bố trí dân cư tập
               trung bản Nậm Pì" under its district ("UBND HUYỆN NẬM NHÙN" / "UBND XÃ PÚ ĐAO"), numbered by hand,
               addressed ("Kính gửi: Ủy ban nhân dân huyện Nậm Nhùn", one centred line) to its district, fourteen
               households and their support in the body, the programme and the district's plan cited, a deadline, signed
               "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH" by a H'Mông chairman;
  nhanhieu     collective and certification marks: a district's "GIẤY CHỨNG NHẬN" / "Quyền sử dụng nhãn hiệu chứng nhận
               “Na Chi Lăng”" (one sentence-case line, in curly quotes), "ỦY BAN NHÂN DÂN HUYỆN CHI LĂNG CHỨNG NHẬN:"
               then the cooperative on rows ("1. Tổ chức được quyền sử dụng: Hợp tác xã Na Quang Lang", "2. Mã số hợp
               tác xã: …"), its orchards and labels, the mark's rules cited above, "Giấy chứng nhận có giá trị đến hết
               ngày 18 tháng 7 năm 2025.", signed "TUQ. CHỦ TỊCH" / "TRƯỞNG PHÒNG NÔNG NGHIỆP VÀ PTNT"; and a district's
               decision "Về việc giao quản lý nhãn hiệu tập thể “Miến dong Bình Liêu”" / "cho Hội Sản xuất và Kinh doanh
               miến dong Bình Liêu" (the holder inside the subject), "Điều 1. Giao Hội …, trụ sở tại …, quản lý …" with
               no number printed for it, the IP office's decision and the office's submission cited above, signed "TM.
               ỦY BAN NHÂN DÂN" / "CHỦ TỊCH", its scan tilted one degree counterclockwise.
Every document is signed in blue ballpoint in one of blind7's four hands, on eight of them coming down
across the printed name (blind8's ``aim``), and all but one carry a red round seal over the left part
of the signer block, lifted by blind8's ``lift``. Signers' names have two, three, four and five
syllables ("Doãn Thịnh", "Lường Thị Thanh Thu Hà"); signer blocks "KT.", "TL.", "TM.", "Q." and "TUQ."
and bare "CHỦ TỊCH" and "TRƯỞNG ĐẠI DIỆN" all occur, two of them on three lines; one issuer has three
lines (the aviation authority, its regional airport authority and that authority's office at Phú Quốc),
one is a company's name wrapped on two lines, five are a parent and a child organ in two lines (a
provincial border command and its station; a district and a commune, three times; a town and its
education office), the other five are "ỦY BAN NHÂN DÂN" over a district. Holders are two companies, a
cooperative, a school and an association with no number of the kinds the truth knows, and four persons,
one of them known by an old nine-digit identity card and one with no number at all; their names use
rarer family names (Lục, Nông, Khúc, Mùa); three documents grant nothing to anyone. Issued 2016 to 2024.

Truth conventions (decided before any run): blind4's, as its docstring states them (organ_name,
code_number/code_notation, issued_date, place, type_name, subject, signer_position/signer_full_name,
holder_name and holder_id), with blind5's to blind23's additions (their docstrings). New here:
  aviation         a security permit: the two capitals lines of the title joined are ``type_name``
                   (blind6's rule), the bracketed line under them ``subject`` as printed, brackets included
                   (blind7's rule); the capitals line "… CẤP PHÉP:" is body; the holder is the company on the
                   "Tổ chức được cấp phép:" row, ``holder_id`` the "Mã số doanh nghiệp:" row under it
                   (``tax_code``); the tug's registration, its driver and the company's letter cited never;
                   "Giấy phép có giá trị đến hết ngày 31 tháng 12 năm 2023" is ``valid_until``. The công văn
                   keeps blind5's rule: ``type_name`` "CÔNG VĂN", ``subject`` its two "V/v" lines joined as
                   printed, holder fields and ``valid_until`` None; the letter and the decree cited never; the
                   deadline gives None;
  borders          a permit to enter the border belt: "GIẤY PHÉP" is ``type_name``, its one sentence-case line
                   ``subject``; the capitals line "… CẤP PHÉP:" is body; the holder is the man on the "Họ và
                   tên:" row, without "ông", ``holder_id`` the personal number on the row under him (``cccd``);
                   his employer, its letter and the plate never; "Giấy phép có giá trị đến hết ngày 31 tháng 8
                   năm 2023" is ``valid_until``. A border self-management assignment: the two subject lines
                   joined are ``subject`` (the holder's name in it); the holder is the first person named after
                   "Giao cho hộ ông", without "hộ ông", up to the comma (blind7's land rule); no number is
                   printed for him ("sinh năm 1967"): ``holder_id`` and ``holder_id_type`` None; the markers'
                   numbers and the plan cited never; no validity: None; number by hand (blind5's rule);
  libraries        a library's founding acknowledged: "THÔNG BÁO" is ``type_name``, its two sentence-case lines
                   joined ``subject``; addressed to the woman it is about, it has a holder (blind9's rule for a
                   notice to one taxpayer): the woman on the "Người thành lập thư viện:" row, without "bà",
                   ``holder_id`` the personal number on the row under her (``cccd``); the library's name never;
                   no validity: None. A school library recognised: the two subject lines joined are
                   ``subject`` (the holder's name in it); the holder is the school named after "đối với" and in
                   Article 1; no number is printed for it: ``holder_id`` and ``holder_id_type`` None; "thời hạn
                   công nhận là 05 năm kể từ ngày ký" is a period and gives None; the circular, the minutes and
                   the submission cited never the number or the date;
  hydropower       a dam-protection plan approved: the two subject lines joined are ``subject``; the holder is
                   the company named after "do" in Article 1, up to the comma, ``holder_id`` the "mã số doanh
                   nghiệp" printed right after it (``tax_code``); the foreman never; the deadline "trước ngày
                   30 tháng 6 năm 2019" gives None; the decree, the rules, the submission and the appraisal
                   cited never the number or the date; number and day by hand. A discharge notice: "THÔNG BÁO"
                   is ``type_name``, its two sentence-case lines joined ``subject``; a company telling the
                   agencies downstream that it opens its spillway grants nothing: holder fields and
                   ``valid_until`` None, though it prints its own enterprise code and names its shift leader;
                   the hours of the discharge give None;
  resettlement     a free migrant's support: the two subject lines joined are ``subject`` (the holder's name in
                   it); the holder is the household head on the "Chủ hộ:" row, without "ông", up to the comma,
                   ``holder_id`` the nine-digit "số chứng minh nhân dân" on the row under him, after his birth
                   date (``cmnd``); the deadline gives None; the programme and the submission cited never. A
                   commune's submission: "TỜ TRÌNH" is ``type_name``, its two sentence-case lines joined
                   ``subject``; addressed to its own district, it asks for something for fourteen households
                   and grants nothing: holder fields and ``valid_until`` None; the deadline gives None; number
                   by hand;
  marks            a certificate of the right to use a certification mark: "GIẤY CHỨNG NHẬN" is ``type_name``,
                   its one sentence-case line ``subject`` as printed, curly quotes included; the capitals line
                   "… CHỨNG NHẬN:" is body; the holder is the cooperative on the "Tổ chức được quyền sử dụng:"
                   row, ``holder_id`` the "Mã số hợp tác xã:" row under it (``tax_code``); "Giấy chứng nhận có
                   giá trị đến hết ngày 18 tháng 7 năm 2025" is ``valid_until``. A collective mark given into
                   an association's keeping: the two subject lines joined are ``subject`` (the holder's name in
                   it); the holder is the association named right after "Điều 1. Giao", up to the comma
                   (blind8's recognition rule); no number is printed for it: ``holder_id`` and
                   ``holder_id_type`` None; the IP office's decision and the submission cited never;
  header           two or three issuer lines joined by spaces, as printed, an abbreviation and a wrapped name
                   too ("CỤC HÀNG KHÔNG VN CẢNG VỤ HÀNG KHÔNG MIỀN NAM ĐẠI DIỆN TẠI PHÚ QUỐC"; "BĐBP TỈNH HÀ
                   GIANG ĐỒN BIÊN PHÒNG PHÓ BẢNG"; "CÔNG TY CỔ PHẦN THỦY ĐIỆN TRÀ LINH");
                   ``place`` the words before ", ngày" ("Phú Quốc", "Nam Trà My", "Pú Đao");
  signer blocks    "TRƯỞNG ĐẠI DIỆN", "CHỦ TỊCH" and "Q. TRƯỞNG PHÒNG" as printed; "KT. ĐỒN TRƯỞNG" / "PHÓ ĐỒN
                   TRƯỞNG", "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH", "KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC", "TM. ỦY BAN NHÂN DÂN"
                   / "CHỦ TỊCH" and "TUQ. CHỦ TỊCH" / "TRƯỞNG PHÒNG NÔNG NGHIỆP VÀ PTNT" are ``signer_position``,
                   the lines joined by a space; "TL. CHỦ TỊCH" / "KT. CHÁNH VĂN PHÒNG" / "PHÓ CHÁNH VĂN PHÒNG"
                   and "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" their three lines joined; Tày,
                   Thái and H'Mông names as printed ("Lăng Văn Chắp", "Lường Thị Thanh Thu Hà", "Lý A Chừ");
  pages turned     a scan page tilted one degree counterclockwise changes no field; a two-page document's
                   fields come from both pages, as one document;
  signatures and seals   as blind7 and blind8: the truth is the text as printed under them.

Renderings, seeds and truth files as blind9's (``make_blind9`` draws them): ``scan`` (300 dpi, light
degradation, PDF) and ``photo`` (80-150 dpi JPEG, perspective, uneven light, half without a DPI; the
two-page document's photos in one PDF). Only the scans are turned (``turn``): the mark's decision lies one
degree counterclockwise (1.0); the phone photographs each page as it lies.

    python samples/blind24.py --out benchmarks/out/blind24
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind3 import write_set
from blind5 import _CAN_CU_UBND
from blind9 import LEVELS, Doc9, lay_out, render

__all__ = ["BLIND24", "FAMILIES", "LEVELS", "Doc9", "lay_out", "make_blind24", "render"]

FAMILIES = ("hangkhong", "bienphong", "thuvien", "thuydien", "didan", "nhanhieu")

# the local-government law as it stood before its 2019 amendment, for the decisions issued before then
_LUAT_CQDP_2015 = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"
_QD_590 = ("Quyết định số 590/QĐ-TTg ngày 18 tháng 5 năm 2018 của Thủ tướng Chính phủ phê duyệt Chương trình bố "
           "trí dân cư các vùng: thiên tai, đặc biệt khó khăn, biên giới, hải đảo, di cư tự do, khu rừng đặc "
           "dụng giai đoạn 2016 - 2020, định hướng đến năm 2025")

BLIND24 = [
    Doc9(
        slug="gp-kiem-soat-an-ninh-xe-keo-tau-bay-duong-dong", family="hangkhong",
        issuer=["CỤC HÀNG KHÔNG VN", "CẢNG VỤ HÀNG KHÔNG MIỀN NAM", "ĐẠI DIỆN TẠI PHÚ QUỐC"],
        number="2386", notation="GP-ĐDPQ", place="Phú Quốc", date_text="15 tháng 11 năm 2022", issued="2022-11-15",
        title=["GIẤY PHÉP KIỂM SOÁT AN NINH", "CẢNG HÀNG KHÔNG, SÂN BAY"],
        subject=["(Dùng cho phương tiện hoạt động tại khu vực hạn chế)"],
        body=[("Căn cứ Luật Hàng không dân dụng Việt Nam ngày 29 tháng 6 năm 2006; Luật sửa đổi, bổ sung một số điều "
               "của Luật Hàng không dân dụng Việt Nam ngày 21 tháng 11 năm 2014;"),
              ("Căn cứ Thông tư số 13/2019/TT-BGTVT ngày 29 tháng 3 năm 2019 của Bộ trưởng Bộ Giao thông vận tải quy "
               "định chi tiết Chương trình an ninh hàng không và kiểm soát chất lượng an ninh hàng không Việt Nam;"),
              ("Xét văn bản đề nghị số 214/2022/CV-DĐ ngày 02 tháng 11 năm 2022 của Công ty TNHH Dịch vụ Mặt đất "
               "Dương Đông,"),
              "ĐẠI DIỆN CẢNG VỤ TẠI PHÚ QUỐC CẤP PHÉP:",
              "1. Tổ chức được cấp phép: Công ty TNHH Dịch vụ Mặt đất Dương Đông",
              "2. Mã số doanh nghiệp: 1769232328",
              ("3. Phương tiện: xe kéo đẩy tàu bay nhãn hiệu TLD, số đăng ký hoạt động trong khu bay PQ-KĐ-07; người "
               "điều khiển: ông Danh Thanh Tú, nhân viên Tổ phục vụ kỹ thuật mặt đất."),
              ("4. Khu vực được phép hoạt động: sân đỗ tàu bay, đường công vụ và khu vực tập kết trang thiết bị; "
               "cổng ra, vào: cổng kiểm soát an ninh số 2."),
              "Giấy phép có giá trị đến hết ngày 31 tháng 12 năm 2023."],
        signer_position=["TRƯỞNG ĐẠI DIỆN"], signer_name="Kha Minh Triết",
        holder_name="Công ty TNHH Dịch vụ Mặt đất Dương Đông", holder_id="1769232328", holder_id_type="tax_code",
        valid_until="2023-12-31",
        recipients=["- Công ty được cấp phép;", "- Trung tâm An ninh hàng không Phú Quốc;", "- Lưu: VT, ANHK."],
        seal="CẢNG VỤ HK MIỀN NAM * PHÚ QUỐC *", hand="loops", aim=(34.0, 8.0), lift=12.0,
    ),
    Doc9(
        slug="cv-khong-tha-den-troi-gan-cang-hang-khong-tho-xuan", family="hangkhong",
        issuer=["ỦY BAN NHÂN DÂN", "HUYỆN THỌ XUÂN"],
        number="217", notation="UBND-VP", place="Thọ Xuân", date_text="20 tháng 01 năm 2016", issued="2016-01-20",
        title=[], subject=["V/v không thả đèn trời, diều, vật bay", "gần Cảng hàng không Thọ Xuân"],
        addressees=["Ủy ban nhân dân các xã, thị trấn;", "Công an huyện;", "Trung tâm Văn hóa - Thể thao huyện."],
        body=[("Thực hiện Văn bản số 1846/CVMB-ANHK ngày 12 tháng 01 năm 2016 của Cảng vụ Hàng không miền Bắc về việc "
               "bảo đảm an toàn hoạt động bay tại Cảng hàng không Thọ Xuân dịp Tết Nguyên đán Bính Thân 2016 và Nghị "
               "định số 36/2008/NĐ-CP ngày 28 tháng 3 năm 2008 của Chính phủ về quản lý tàu bay không người lái và "
               "các phương tiện bay siêu nhẹ, Chủ tịch Ủy ban nhân dân huyện có ý kiến chỉ đạo như sau:"),
              ("1. Ủy ban nhân dân các xã Xuân Bái, Xuân Sinh, Xuân Phú, Thọ Lâm và thị trấn Sao Vàng tuyên truyền, "
               "vận động nhân dân không thả đèn trời, diều, khinh khí cầu và các vật thể bay khác trong phạm vi 8 km "
               "tính từ ranh giới Cảng hàng không Thọ Xuân."),
              ("2. Công an huyện phối hợp với Ủy ban nhân dân các xã, thị trấn kiểm tra, xử lý nghiêm các trường hợp "
               "vi phạm; báo cáo kết quả về Ủy ban nhân dân huyện trước ngày 25 tháng 02 năm 2016."),
              ("3. Trung tâm Văn hóa - Thể thao huyện đưa tin trên Đài Truyền thanh huyện; đầu mối theo dõi: ông Hà "
               "Văn Khởi, chuyên viên Văn phòng HĐND và UBND huyện, điện thoại 0237 3834 218."),
              "Đề nghị các cơ quan, đơn vị nghiêm túc thực hiện./."],
        signer_position=["TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"], signer_name="Lưu Đình Hào",
        recipients=["- Như trên;", "- Cảng vụ HK miền Bắc (để p/h);", "- Chủ tịch, các PCT UBND huyện;",
                    "- Lưu: VT."],
        seal="ỦY BAN NHÂN DÂN * HUYỆN THỌ XUÂN *", hand="scribble", aim=(36.0, 10.0), lift=12.0,
    ),
    Doc9(
        slug="gp-vao-vanh-dai-bien-gioi-luc-van-hieu", family="bienphong",
        issuer=["BĐBP TỈNH HÀ GIANG", "ĐỒN BIÊN PHÒNG PHÓ BẢNG"],
        number="79", notation="GP-ĐBP", place="Phó Bảng", date_text="14 tháng 8 năm 2023", issued="2023-08-14",
        title=["GIẤY PHÉP"], subject=["Vào vành đai biên giới"],
        body=[("Căn cứ Nghị định số 34/2014/NĐ-CP ngày 29 tháng 4 năm 2014 của Chính phủ về Quy chế khu vực biên giới "
               "đất liền nước Cộng hòa xã hội chủ nghĩa Việt Nam;"),
              ("Căn cứ Thông tư số 43/2015/TT-BQP ngày 28 tháng 5 năm 2015 của Bộ trưởng Bộ Quốc phòng quy định chi "
               "tiết và hướng dẫn thi hành một số điều của Nghị định số 34/2014/NĐ-CP;"),
              ("Xét đơn đề nghị ngày 10 tháng 8 năm 2023 của ông Lục Văn Hiếu và Giấy giới thiệu số 57/GGT-ĐLĐV ngày "
               "09 tháng 8 năm 2023 của Điện lực Đồng Văn,"),
              "ĐỒN BIÊN PHÒNG PHÓ BẢNG CẤP PHÉP:",
              "1. Họ và tên: ông Lục Văn Hiếu",
              "2. Ngày sinh: 21/3/1988; số định danh cá nhân: 002088060771",
              "3. Nghề nghiệp: công nhân quản lý vận hành lưới điện, Điện lực Đồng Văn.",
              "4. Được vào vành đai biên giới thuộc thị trấn Phó Bảng và xã Phố Là, huyện Đồng Văn, tỉnh Hà Giang.",
              ("5. Mục đích: kiểm tra, sửa chữa đường dây 35 kV cấp điện cho các thôn biên giới; phương tiện: xe ô tô "
               "bán tải biển số 23C-087.16."),
              "Giấy phép có giá trị đến hết ngày 31 tháng 8 năm 2023."],
        signer_position=["KT. ĐỒN TRƯỞNG", "PHÓ ĐỒN TRƯỞNG"], signer_name="Đèo Văn Thắng",
        holder_name="Lục Văn Hiếu", holder_id="002088060771", holder_id_type="cccd", valid_until="2023-08-31",
        recipients=["- Người được cấp phép;", "- BCH BĐBP tỉnh (b/c);", "- UBND thị trấn Phó Bảng;", "- Lưu: VT, TrS."],
        seal="ĐỒN BIÊN PHÒNG PHÓ BẢNG * HÀ GIANG *", hand="underline", aim=(32.0, 8.0), lift=14.0,
    ),
    Doc9(
        slug="qd-tu-quan-moc-quoc-gioi-nong-van-pinh", family="bienphong",
        issuer=["UBND HUYỆN TRÀNG ĐỊNH", "UBND XÃ ĐỘI CẤN"],
        number="85", notation="QĐ-UBND", place="Đội Cấn", date_text="6 tháng 4 năm 2018", issued="2018-04-06",
        title=["QUYẾT ĐỊNH"],
        subject=["Về việc giao tự quản đường biên giới, mốc quốc giới", "cho hộ ông Nông Văn Pỉnh"],
        body=["CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ ĐỘI CẤN", _LUAT_CQDP_2015,
              "Căn cứ Luật Biên giới quốc gia ngày 17 tháng 6 năm 2003;",
              ("Căn cứ Kế hoạch số 41/KH-UBND ngày 12 tháng 3 năm 2018 của Ủy ban nhân dân huyện Tràng Định về thực "
               "hiện phong trào toàn dân tham gia tự quản đường biên giới, mốc quốc giới năm 2018;"),
              "Xét đề nghị của Đồn Biên phòng Bình Nghi và Trưởng thôn Nà Pàn,",
              "QUYẾT ĐỊNH:",
              ("Điều 1. Giao cho hộ ông Nông Văn Pỉnh, sinh năm 1967, thôn Nà Pàn, tự quản đoạn đường biên giới dài "
               "1,5 km, từ mốc quốc giới số 961 đến mốc quốc giới số 963, cùng các cọc dấu trên đoạn biên giới này."),
              ("Điều 2. Hộ ông Nông Văn Pỉnh có trách nhiệm thường xuyên tuần tra, phát hiện và báo ngay cho Đồn Biên "
               "phòng Bình Nghi, Ủy ban nhân dân xã các hành vi xâm phạm đường biên giới, mốc quốc giới; được hỗ trợ "
               "theo quy định của Ủy ban nhân dân tỉnh."),
              ("Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Công chức Văn phòng - Thống kê, Trưởng thôn Nà Pàn "
               "và hộ ông Nông Văn Pỉnh chịu trách nhiệm thi hành Quyết định này.")],
        signer_position=["CHỦ TỊCH"], signer_name="Lăng Văn Chắp",
        holder_name="Nông Văn Pỉnh",
        recipients=["- Như Điều 3;", "- Đồn Biên phòng Bình Nghi;", "- UBND huyện Tràng Định (b/c);", "- Lưu: VT."],
        seal="ỦY BAN NHÂN DÂN * XÃ ĐỘI CẤN *", handwritten=("code_number",),
        hand="flourish", aim=(0.0, 0.0), lift=18.0,
    ),
    Doc9(
        slug="tb-thanh-lap-thu-vien-tu-nhan-khuc-thi-ngan", family="thuvien",
        issuer=["UBND HUYỆN TAM ĐẢO", "UBND XÃ ĐẠO TRÙ"],
        number="99", notation="TB-UBND", place="Đạo Trù", date_text="19 tháng 10 năm 2021", issued="2021-10-19",
        title=["THÔNG BÁO"], subject=["Tiếp nhận thông báo thành lập thư viện tư nhân", "có phục vụ cộng đồng"],
        addressees=["Bà Khúc Thị Ngân, thôn Tân Phú"],
        body=["Căn cứ Luật Thư viện ngày 21 tháng 11 năm 2019;",
              ("Căn cứ Nghị định số 93/2020/NĐ-CP ngày 18 tháng 8 năm 2020 của Chính phủ quy định chi tiết một số "
               "điều của Luật Thư viện;"),
              ("Xét Thông báo thành lập thư viện nộp ngày 04 tháng 10 năm 2021, Ủy ban nhân dân xã Đạo Trù thông báo "
               "đã tiếp nhận thông báo thành lập thư viện của:"),
              "1. Người thành lập thư viện: bà Khúc Thị Ngân",
              "2. Ngày sinh: 12/6/1979; số định danh cá nhân: 026179030870",
              "3. Tên thư viện: Thư viện Sách Hay Tân Phú; vốn tài liệu ban đầu 1.350 bản sách, báo, tạp chí.",
              "4. Địa điểm: thôn Tân Phú, xã Đạo Trù, huyện Tam Đảo, tỉnh Vĩnh Phúc; phòng đọc rộng 42 m².",
              "5. Thời gian phục vụ: thứ Bảy và Chủ nhật hằng tuần, từ 14 giờ 00 đến 17 giờ 00.",
              ("Bà Khúc Thị Ngân có trách nhiệm tổ chức hoạt động thư viện đúng nội dung đã thông báo và quy định của "
               "pháp luật về thư viện./.")],
        signer_position=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer_name="Phí Thị Hồng Hạnh",
        holder_name="Khúc Thị Ngân", holder_id="026179030870", holder_id_type="cccd",
        recipients=["- Như trên;", "- Phòng VH&TT huyện Tam Đảo;", "- Lưu: VT, VHXH."],
        seal="ỦY BAN NHÂN DÂN * XÃ ĐẠO TRÙ *", hand="scribble", aim=(34.0, 8.0), lift=16.0,
    ),
    Doc9(
        slug="qd-cong-nhan-thu-vien-tieu-hoc-nghia-an", family="thuvien",
        issuer=["UBND THỊ XÃ NGHĨA LỘ", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"],
        number="136", notation="QĐ-PGDĐT", place="Nghĩa Lộ", date_text="24 tháng 5 năm 2023", issued="2023-05-24",
        title=["QUYẾT ĐỊNH"],
        subject=["Về việc công nhận thư viện đạt tiêu chuẩn mức độ 1", "đối với Trường Tiểu học Nghĩa An"],
        body=["TRƯỞNG PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THỊ XÃ NGHĨA LỘ",
              ("Căn cứ Thông tư số 16/2022/TT-BGDĐT ngày 22 tháng 11 năm 2022 của Bộ trưởng Bộ Giáo dục và Đào tạo "
               "quy định tiêu chuẩn thư viện cơ sở giáo dục mầm non và phổ thông;"),
              ("Xét Biên bản đánh giá thư viện ngày 12 tháng 5 năm 2023 của Đoàn đánh giá và Tờ trình số 21/TTr-TH "
               "ngày 15 tháng 5 năm 2023 của Trường Tiểu học Nghĩa An,"),
              "QUYẾT ĐỊNH:",
              ("Điều 1. Công nhận thư viện của Trường Tiểu học Nghĩa An, xã Nghĩa An, thị xã Nghĩa Lộ, tỉnh Yên Bái, "
               "đạt tiêu chuẩn thư viện mức độ 1."),
              ("Điều 2. Nhà trường có trách nhiệm duy trì và nâng cao chất lượng hoạt động thư viện; thời hạn công "
               "nhận là 05 năm kể từ ngày ký Quyết định này."),
              ("Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Bộ phận Tiểu học Phòng Giáo dục và Đào tạo và Hiệu "
               "trưởng Trường Tiểu học Nghĩa An chịu trách nhiệm thi hành Quyết định này.")],
        signer_position=["Q. TRƯỞNG PHÒNG"], signer_name="Lường Thị Thanh Thu Hà",
        holder_name="Trường Tiểu học Nghĩa An",
        recipients=["- Như Điều 3;", "- UBND thị xã Nghĩa Lộ (b/c);", "- Lưu: VT, TH."],
        seal="PHÒNG GIÁO DỤC VÀ ĐÀO TẠO * NGHĨA LỘ *", hand="loops", aim=(0.0, 0.0), lift=10.0,
    ),
    Doc9(
        slug="qd-phuong-an-bao-ve-dap-thuy-dien-dak-tieu", family="thuydien",
        issuer=["ỦY BAN NHÂN DÂN", "HUYỆN KON PLÔNG"],
        number="384", notation="QĐ-UBND", place="Kon Plông", date_text="22 tháng 3 năm 2019", issued="2019-03-22",
        title=["QUYẾT ĐỊNH"], subject=["Về việc phê duyệt phương án bảo vệ đập, hồ chứa", "Thủy điện Đăk Tiêu"],
        body=["ỦY BAN NHÂN DÂN HUYỆN KON PLÔNG", _LUAT_CQDP_2015,
              "Căn cứ Luật Thủy lợi ngày 19 tháng 6 năm 2017;",
              ("Căn cứ Nghị định số 114/2018/NĐ-CP ngày 04 tháng 9 năm 2018 của Chính phủ về quản lý an toàn đập, hồ "
               "chứa nước;"),
              ("Căn cứ Quyết định số 11/2019/QĐ-UBND ngày 25 tháng 02 năm 2019 của Ủy ban nhân dân tỉnh Kon Tum ban "
               "hành Quy định phân cấp quản lý an toàn đập, hồ chứa nước trên địa bàn tỉnh;"),
              ("Xét Tờ trình số 09/TTr-TĐĐT ngày 04 tháng 3 năm 2019 của Công ty TNHH Thủy điện Đăk Tiêu Kon Plông và "
               "Báo cáo thẩm định số 37/BC-KTHT ngày 15 tháng 3 năm 2019 của Phòng Kinh tế - Hạ tầng huyện,"),
              "QUYẾT ĐỊNH:",
              ("Điều 1. Phê duyệt phương án bảo vệ đập, hồ chứa Thủy điện Đăk Tiêu do Công ty TNHH Thủy điện Đăk Tiêu "
               "Kon Plông, mã số doanh nghiệp 6112407718, làm chủ sở hữu, với các nội dung chính sau:"),
              "1. Vị trí công trình: trên suối Đăk Tiêu, xã Đăk Long, huyện Kon Plông, tỉnh Kon Tum.",
              ("2. Quy mô: đập bê tông trọng lực cao 14,5 m, dài 86 m; dung tích toàn bộ hồ chứa 1,82 triệu m³; "
               "công suất nhà máy 7,5 MW."),
              ("3. Phạm vi vùng phụ cận bảo vệ đập: 50 m tính từ chân đập về phía hạ lưu và từ hai vai đập; vùng phụ "
               "cận lòng hồ tính từ đường biên có cao trình bằng cao trình đỉnh đập trở xuống."),
              ("4. Lực lượng bảo vệ: 06 người làm việc theo ca, tổ trưởng là ông A Hlin, Quản đốc nhà máy; camera "
               "giám sát tại đỉnh đập và cửa nhận nước."),
              ("5. Khi có nguy cơ mất an toàn đập: báo ngay cho Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu "
               "nạn huyện và Ủy ban nhân dân xã Đăk Long để phối hợp ứng phó."),
              "Điều 2. Công ty TNHH Thủy điện Đăk Tiêu Kon Plông có trách nhiệm:",
              ("a) Cắm mốc chỉ giới phạm vi bảo vệ đập, hồ chứa và lắp đặt biển cảnh báo tại các vị trí nguy hiểm "
               "trước ngày 30 tháng 6 năm 2019;"),
              ("b) Tổ chức thực hiện phương án được phê duyệt; kiểm định an toàn đập theo quy định; báo cáo hiện "
               "trạng an toàn đập về Ủy ban nhân dân huyện (qua Phòng Kinh tế - Hạ tầng) trước mùa mưa lũ hằng năm."),
              ("Điều 3. Giao Phòng Kinh tế - Hạ tầng chủ trì, phối hợp với Công an huyện và Ủy ban nhân dân xã Đăk "
               "Long kiểm tra, giám sát việc thực hiện phương án; xử lý các hành vi lấn chiếm phạm vi bảo vệ công "
               "trình."),
              ("Điều 4. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng "
               "Kinh tế - Hạ tầng, Trưởng Công an huyện, Chủ tịch UBND xã Đăk Long và Giám đốc Công ty TNHH Thủy "
               "điện Đăk Tiêu Kon Plông chịu trách nhiệm thi hành Quyết định này.")],
        signer_position=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer_name="Lê Quang Thích",
        holder_name="Công ty TNHH Thủy điện Đăk Tiêu Kon Plông", holder_id="6112407718", holder_id_type="tax_code",
        recipients=["- Như Điều 4;", "- Sở Công Thương tỉnh Kon Tum (b/c);", "- TT Huyện ủy, TT HĐND huyện;",
                    "- Lưu: VT, KTHT."],
        seal="ỦY BAN NHÂN DÂN * HUYỆN KON PLÔNG *", handwritten=("code_number", "issued_date"),
        hand="flourish", aim=(36.0, 10.0), lift=16.0,
    ),
    Doc9(
        slug="tb-xa-lu-ho-chua-thuy-dien-tra-linh", family="thuydien",
        issuer=["CÔNG TY CỔ PHẦN", "THỦY ĐIỆN TRÀ LINH"],
        number="04", notation="TB-TĐTL", place="Nam Trà My", date_text="09 tháng 11 năm 2017", issued="2017-11-09",
        title=["THÔNG BÁO"], subject=["Về việc vận hành xả nước qua tràn xả lũ", "hồ chứa Thủy điện Trà Linh"],
        addressees=["Ban Chỉ huy PCTT và TKCN huyện Nam Trà My;", "Ủy ban nhân dân các xã Trà Linh, Trà Nam, Trà Vân."],
        body=[("Căn cứ Quy trình vận hành hồ chứa Thủy điện Trà Linh ban hành kèm theo Quyết định số 2146/QĐ-UBND ngày "
               "19 tháng 7 năm 2016 của Ủy ban nhân dân tỉnh Quảng Nam;"),
              ("Do ảnh hưởng của hoàn lưu áp thấp nhiệt đới, lưu vực hồ chứa có mưa to, lưu lượng nước về hồ tăng "
               "nhanh; lúc 08 giờ 00 ngày 09/11/2017, mực nước hồ đạt 594,6 m, lưu lượng về hồ 286 m³/s."),
              "Công ty Cổ phần Thủy điện Trà Linh, mã số doanh nghiệp 4014925411, thông báo:",
              ("1. Bắt đầu vận hành xả nước qua tràn xả lũ từ 11 giờ 00 ngày 09/11/2017, lưu lượng xả từ 150 m³/s "
               "đến 400 m³/s tùy theo lưu lượng nước về hồ."),
              ("2. Đề nghị Ủy ban nhân dân các xã thông báo cho nhân dân vùng hạ du không qua lại, khai thác cát, "
               "đánh bắt cá trên sông Tranh trong thời gian xả lũ."),
              ("3. Thông tin liên hệ: ông Hồ Văn Lanh, trưởng ca vận hành nhà máy, điện thoại 0235 3886 517 (trực "
               "24/24 giờ)."),
              "Công ty Cổ phần Thủy điện Trà Linh trân trọng thông báo./."],
        signer_position=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], signer_name="Doãn Thịnh",
        recipients=["- Như trên;", "- Sở Công Thương tỉnh Quảng Nam;", "- BCH PCTT và TKCN tỉnh (b/c);",
                    "- Lưu: VT, VH."],
        hand="underline", aim=(0.0, 0.0), lift=10.0,
    ),
    Doc9(
        slug="qd-on-dinh-dan-di-cu-tu-do-mua-a-su", family="didan", issuer=["ỦY BAN NHÂN DÂN", "HUYỆN TUY ĐỨC"],
        number="2917", notation="QĐ-UBND", place="Tuy Đức", date_text="4 tháng 12 năm 2019", issued="2019-12-04",
        title=["QUYẾT ĐỊNH"], subject=["Về việc hỗ trợ ổn định dân di cư tự do", "đối với hộ ông Mùa A Sử"],
        body=["CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN TUY ĐỨC", _LUAT_CQDP_2015,
              f"Căn cứ {_QD_590};",
              "Xét Tờ trình số 52/TTr-UBND ngày 18 tháng 11 năm 2019 của Ủy ban nhân dân xã Đắk Ngo,",
              "QUYẾT ĐỊNH:",
              "Điều 1. Hỗ trợ ổn định dân di cư tự do cho hộ gia đình có tên sau đây:",
              "1. Chủ hộ: ông Mùa A Sử, dân tộc Mông",
              "2. Ngày sinh: 05/02/1983; số chứng minh nhân dân: 073284615",
              "3. Nơi ở hiện nay: thôn Đắk Huýt, xã Đắk Ngo; số nhân khẩu: 07 người.",
              "4. Mức hỗ trợ: 51.000.000 đồng (nhà ở, khai hoang, lương thực 06 tháng).",
              "Điều 2. Ủy ban nhân dân xã Đắk Ngo chi trả cho hộ trước ngày 31 tháng 12 năm 2019.",
              ("Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Trưởng phòng Nông nghiệp và Phát triển nông thôn, "
               "Chủ tịch UBND xã Đắk Ngo và ông Mùa A Sử chịu trách nhiệm thi hành.")],
        signer_position=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer_name="Trương Công Khải",
        holder_name="Mùa A Sử", holder_id="073284615", holder_id_type="cmnd",
        recipients=["- Như Điều 3;", "- Chi cục PTNT tỉnh Đắk Nông (b/c);", "- Lưu: VT, NN."],
        seal="ỦY BAN NHÂN DÂN * HUYỆN TUY ĐỨC *", hand="loops", aim=(30.0, 6.0), lift=12.0,
    ),
    Doc9(
        slug="ttr-di-chuyen-ho-vung-sat-lo-ban-nam-pi", family="didan",
        issuer=["UBND HUYỆN NẬM NHÙN", "UBND XÃ PÚ ĐAO"],
        number="70", notation="TTr-UBND", place="Pú Đao", date_text="15 tháng 9 năm 2021", issued="2021-09-15",
        title=["TỜ TRÌNH"],
        subject=["Về việc đề nghị phê duyệt danh sách hộ di chuyển", "đến điểm bố trí dân cư tập trung bản Nậm Pì"],
        addressees=["Ủy ban nhân dân huyện Nậm Nhùn"],
        body=[f"Căn cứ {_QD_590};",
              ("Căn cứ Kế hoạch số 1157/KH-UBND ngày 26 tháng 4 năm 2021 của Ủy ban nhân dân huyện Nậm Nhùn về bố trí "
               "ổn định dân cư vùng có nguy cơ sạt lở đất năm 2021;"),
              ("Qua rà soát, bản Nậm Pì có 14 hộ, 63 nhân khẩu đang sinh sống tại khu vực có nguy cơ sạt lở đất cao "
               "ven suối Nậm Pì. Ủy ban nhân dân xã Pú Đao kính trình Ủy ban nhân dân huyện xem xét:"),
              ("1. Phê duyệt danh sách 14 hộ di chuyển đến điểm bố trí dân cư tập trung bản Nậm Pì (có danh sách kèm "
               "theo)."),
              ("2. Hỗ trợ mỗi hộ 60.000.000 đồng để làm nhà ở, di chuyển và ổn định đời sống; Ủy ban nhân dân xã bố "
               "trí đất ở, đất sản xuất cho các hộ."),
              "3. Thời gian di chuyển: hoàn thành trước ngày 30 tháng 11 năm 2021.",
              "Ủy ban nhân dân xã Pú Đao kính trình Ủy ban nhân dân huyện xem xét, quyết định./."],
        signer_position=["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], signer_name="Lý A Chừ",
        recipients=["- Như trên;", "- Phòng NN&PTNT huyện;", "- Lưu: VT."],
        seal="ỦY BAN NHÂN DÂN * XÃ PÚ ĐAO *", handwritten=("code_number",),
        hand="underline", aim=(34.0, 8.0), lift=18.0,
    ),
    Doc9(
        slug="gcn-quyen-su-dung-nhan-hieu-na-chi-lang", family="nhanhieu", issuer=["ỦY BAN NHÂN DÂN", "HUYỆN CHI LĂNG"],
        number="518", notation="GCN-UBND", place="Chi Lăng", date_text="19 tháng 7 năm 2022", issued="2022-07-19",
        title=["GIẤY CHỨNG NHẬN"], subject=["Quyền sử dụng nhãn hiệu chứng nhận “Na Chi Lăng”"],
        body=[("Căn cứ Luật Sở hữu trí tuệ ngày 29 tháng 11 năm 2005; Luật sửa đổi, bổ sung một số điều của Luật Sở "
               "hữu trí tuệ ngày 14 tháng 6 năm 2019;"),
              ("Căn cứ Quy chế quản lý và sử dụng nhãn hiệu chứng nhận “Na Chi Lăng” ban hành kèm theo Quyết định số "
               "2658/QĐ-UBND ngày 30 tháng 12 năm 2020 của Ủy ban nhân dân huyện Chi Lăng;"),
              ("Xét đơn đề nghị cấp quyền sử dụng nhãn hiệu chứng nhận ngày 05 tháng 7 năm 2022 của Hợp tác xã Na "
               "Quang Lang và đề nghị của Trưởng phòng Nông nghiệp và Phát triển nông thôn,"),
              "ỦY BAN NHÂN DÂN HUYỆN CHI LĂNG CHỨNG NHẬN:",
              "1. Tổ chức được quyền sử dụng: Hợp tác xã Na Quang Lang",
              "2. Mã số hợp tác xã: 4908277476",
              "3. Địa chỉ: thôn Nà Sác, xã Quang Lang, huyện Chi Lăng, tỉnh Lạng Sơn.",
              "4. Sản phẩm: quả na dai, na bở trồng trên diện tích 28 ha; sản lượng dự kiến 310 tấn/năm.",
              "5. Số tem, nhãn nhãn hiệu chứng nhận được cấp: 60.000 tem.",
              "Giấy chứng nhận có giá trị đến hết ngày 18 tháng 7 năm 2025."],
        signer_position=["TUQ. CHỦ TỊCH", "TRƯỞNG PHÒNG NÔNG NGHIỆP VÀ PTNT"], signer_name="Vi Đức Hạnh",
        holder_name="Hợp tác xã Na Quang Lang", holder_id="4908277476", holder_id_type="tax_code",
        valid_until="2025-07-18",
        recipients=["- Hợp tác xã Na Quang Lang;", "- UBND xã Quang Lang;", "- Lưu: VT, NN."],
        seal="ỦY BAN NHÂN DÂN * HUYỆN CHI LĂNG *", hand="flourish", aim=(0.0, 0.0), lift=14.0,
    ),
    Doc9(
        slug="qd-giao-quan-ly-nhan-hieu-mien-dong-binh-lieu", family="nhanhieu",
        issuer=["ỦY BAN NHÂN DÂN", "HUYỆN BÌNH LIÊU"],
        number="1208", notation="QĐ-UBND", place="Bình Liêu", date_text="13 tháng 3 năm 2024", issued="2024-03-13",
        title=["QUYẾT ĐỊNH"],
        subject=["Về việc giao quản lý nhãn hiệu tập thể “Miến dong Bình Liêu”",
                 "cho Hội Sản xuất và Kinh doanh miến dong Bình Liêu"],
        body=["ỦY BAN NHÂN DÂN HUYỆN BÌNH LIÊU", _CAN_CU_UBND,
              ("Căn cứ Luật Sở hữu trí tuệ ngày 29 tháng 11 năm 2005; Luật sửa đổi, bổ sung một số điều của Luật Sở "
               "hữu trí tuệ ngày 16 tháng 6 năm 2022;"),
              ("Căn cứ Quyết định số 5863/QĐ-SHTT ngày 26 tháng 9 năm 2023 của Cục Sở hữu trí tuệ cấp Giấy chứng "
               "nhận đăng ký nhãn hiệu tập thể; xét Tờ trình số 58/TTr-KTHT ngày 01 tháng 3 năm 2024 của Phòng Kinh "
               "tế và Hạ tầng,"),
              "QUYẾT ĐỊNH:",
              ("Điều 1. Giao Hội Sản xuất và Kinh doanh miến dong Bình Liêu, trụ sở tại khu Bình Công II, thị trấn "
               "Bình Liêu, quản lý nhãn hiệu tập thể “Miến dong Bình Liêu” theo Quy chế quản lý và sử dụng nhãn hiệu "
               "đã được phê duyệt."),
              ("Điều 2. Hội có trách nhiệm cấp quyền sử dụng nhãn hiệu cho các hội viên đủ điều kiện và kiểm soát "
               "chất lượng sản phẩm mang nhãn hiệu."),
              ("Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Trưởng phòng Kinh tế và Hạ tầng và Chủ tịch Hội "
               "Sản xuất và Kinh doanh miến dong Bình Liêu chịu trách nhiệm thi hành.")],
        signer_position=["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], signer_name="Lục Thị Kim Duyên",
        holder_name="Hội Sản xuất và Kinh doanh miến dong Bình Liêu",
        recipients=["- Như Điều 3;", "- Sở KH&CN tỉnh Quảng Ninh (b/c);", "- UBND các xã, thị trấn;", "- Lưu: VT."],
        seal="ỦY BAN NHÂN DÂN * HUYỆN BÌNH LIÊU *", hand="scribble", aim=(32.0, 8.0), lift=16.0, turn=(1.0,),
    ),
]


def make_blind24(out: Path, docs=BLIND24, levels=LEVELS, only: set[str] | None = None) -> list[Path]:
    """As blind9, with seeds of its own; ``only`` (slugs) and ``levels`` draw just those files, as they are
    in the whole set."""
    return write_set(out, docs, levels, render, seed=4800, jpeg_seed=2200, no_dpi_parity=1, only=only)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, required=True, help="folder for scans/ and truth/")
    out = parser.parse_args().out
    for path in make_blind24(out):
        print(f"{path.relative_to(out)}  {path.stat().st_size // 1024} KiB")


if __name__ == "__main__":
    main()

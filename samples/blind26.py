"""Blind set 26 (issue 13, after blind set 25): six more families of results, each as a 300 dpi scan and
as a phone photo, signed and sealed as in blind sets 8 to 25, with one scan page tilted one and a half
degrees counterclockwise on the glass and one decision followed by its annex on a page of its own.
Written without looking at the rules or running them on it, measured once.

As in blind17 to blind25, every province and provincial seat is some earlier set's ``place``: these
results come from communes and districts, a district militia command, two district treasuries and a
district national-reserve office, dated where those sit ("Đồng Vương", "Trung Chính", "Chiêm Hóa",
"Hồng Lĩnh", "Bát Tràng", "Lâm Thao").

Families (Decree 30/2020 appendix I positions: issuer column top left, motto top right, number under
the issuer, place and date under the motto, title centred, signer bottom right, "Nơi nhận:" bottom left):
  dodac        surveying and mapping: a commune's "THÔNG BÁO" / "Về việc quản lý, bảo vệ mốc địa chính" /
               "trên thửa đất của hộ ông Đinh Văn Khoa" (the holder inside the subject) under its district
               ("UBND HUYỆN YÊN THẾ" / "UBND XÃ ĐỒNG VƯƠNG"), its day written by hand (the number printed),
               addressed ("Kính gửi: Ông Đinh Văn Khoa, bản Đồng Gia", one centred line) to the man, he on
               rows ("1. Họ và tên: ông Đinh Văn Khoa", "2. Ngày sinh: …; số định danh cá nhân: …"), the
               marker, the map sheet and the parcel, the province's design decision cited, a land officer
               named with his phone, signed "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH"; and a district's công văn "V/v
               phối hợp đo đạc chỉnh lý bản đồ" / "địa chính các xã Kim Thượng, Xuân Đài", addressed
               ("Kính gửi:") to the communes, the forest rangers and the surveying company on three dashed
               lines, the province's decision and the survey contract cited, a deadline, an official named
               with her phone, signed "TL. CHỦ TỊCH" / "CHÁNH VĂN PHÒNG";
  danquan      militia: a commune's decision "Về việc công nhận hoàn thành nghĩa vụ tham gia" / "Dân quân
               tự vệ đối với ông Lê Văn Thắm" (the holder inside the subject), the commune's decision
               enlisting him cited, "Điều 1. Công nhận ông Lê Văn Thắm, sinh ngày …, số định danh cá nhân
               …, …" and his four years of service ("từ ngày 10/01/2019 đến ngày 10/01/2023"), signed bare
               "CHỦ TỊCH"; and a district military command's công văn "V/v tổ chức huấn luyện dân quân" /
               "năm 2022" under its provincial command ("BỘ CHQS TỈNH QUẢNG TRỊ" / "BAN CHQS HUYỆN GIO
               LINH"), numbered and dated by hand (blind5's pen), addressed ("Kính gửi:") to the communes'
               commands and the district's political centre on two dashed lines, the province command's
               plan cited, the training's days ("từ ngày 07/3/2022 đến ngày 25/3/2022") and a deadline,
               signed "KT. CHỈ HUY TRƯỞNG" / "PHÓ CHỈ HUY TRƯỞNG";
  khobac       state treasury: a district treasury's "THÔNG BÁO" / "Kết quả kiểm soát hồ sơ đề nghị thanh
               toán" / "vốn đầu tư công" under its provincial treasury ("KBNN TUYÊN QUANG" / "KBNN CHIÊM
               HÓA"), addressed ("Kính gửi: …", one centred line) to the project board whose claim it
               checked, the board on rows ("1. Tên đơn vị: Ban Quản lý dự án …", "2. Mã số đơn vị có quan
               hệ với ngân sách: 7764529", a seven-digit budget-unit code), the project's approval and its
               works contract cited with their numbers and dates on the row under them, a deadline and the
               decree on investment payments, signed "KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC"; and another's
               "THÔNG BÁO" / "Về việc gia hạn chứng thư số" / "giao dịch trên Dịch vụ công trực tuyến"
               ("KBNN HÀ TĨNH" / "KBNN HỒNG LĨNH"), addressed ("Kính gửi:") to the budget units and the
               project owners on two dashed lines, quoting the validity of the digital certificates the
               Government Cipher Board issued ("có giá trị đến hết ngày 30 tháng 9 năm 2022", the
               certificates', not the notice's) and the decision that issued them, a deadline, an official
               named with her phone, signed "GIÁM ĐỐC" by a woman with a five-syllable name, without a seal;
  langnghe     craft villages: a district's decision "Về việc hỗ trợ kinh phí phát triển làng nghề" / "cho
               Hợp tác xã Mây tre đan Phú Vinh" (the holder inside the subject), "Điều 1. Hỗ trợ cho Hợp tác
               xã Mây tre đan Phú Vinh, mã số thuế …, …", the city's decision and the office's submission
               cited, a settlement deadline, signed "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ
               TỊCH"; and a commune's "GIẤY XÁC NHẬN" / "Thời gian hành nghề tại làng nghề gốm sứ Bát
               Tràng" (one sentence-case line) under its district ("UBND HUYỆN GIA LÂM" / "UBND XÃ BÁT
               TRÀNG"), numbered by hand (the date printed), "ỦY BAN NHÂN DÂN XÃ BÁT TRÀNG XÁC NHẬN:" then a
               potter on rows ("1. Họ và tên: ông Vũ Đình Nhượng", "2. Ngày sinh: …; số định danh cá nhân:
               …"), his years at the wheel ("từ năm 1976 đến nay"), "có giá trị đến hết ngày 31 tháng 12 năm
               2018", signed "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" by a man with a two-syllable name;
  bienche      staffing: a district's decision "Về việc giao số lượng người làm việc" / "trong các đơn vị sự
               nghiệp công lập năm 2023" on two pages: the decision and its signer on page 1, then its
               annex ("PHỤ LỤC" / "SỐ LƯỢNG NGƯỜI LÀM VIỆC NĂM 2023", a bracketed line naming the decision by
               its own number and date, a table of units) on page 2, the province's decision and the office's
               submission cited, signed "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH"; and another district's decision
               "Về việc thực hiện chính sách tinh giản biên chế" / "đối với bà Lò Thị Nguyệt" (the holder
               inside the subject), the decrees and the province's list cited, "Điều 1. … đối với bà Lò Thị
               Nguyệt, sinh ngày …, số định danh cá nhân …, …, kể từ ngày 01 tháng 01 năm 2021", signed "KT.
               CHỦ TỊCH" / "PHÓ CHỦ TỊCH" by a Thái vice-chairman;
  dutru        national reserves: a district's "KẾ HOẠCH" / "Tiếp nhận, phân phối gạo dự trữ quốc gia" /
               "hỗ trợ học sinh học kỳ I năm học 2022 - 2023", the Prime Minister's and the province's
               decisions cited, the days of receipt ("từ ngày 24/10/2022 đến ngày 04/11/2022") and a
               deadline, signed "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH"; and a district reserve office's decision
               "Về việc giao nhiệm vụ thủ kho bảo quản" / "đối với ông Mai Xuân Trường" (the holder inside the
               subject) under its regional department ("CỤC DTNN KV VĨNH PHÚ" / "CHI CỤC DTNN LÂM THAO"), the
               regional department's decision posting him cited, "Điều 1. Giao nhiệm vụ thủ kho … cho ông Mai
               Xuân Trường, sinh ngày …, số định danh cá nhân …, …" from a day after the decision, signed "Q.
               CHI CỤC TRƯỞNG", its scan tilted one and a half degrees counterclockwise.
Every document is signed in blue ballpoint in one of blind7's four hands, on eight of them coming down
across the printed name (blind8's ``aim``), and all but one carry a red round seal over the left part
of the signer block, lifted by blind8's ``lift``. Signers' names have two, three, four and five
syllables ("Nghiêm Khuê", "Phan Thị Thanh Hương Giang"); signer blocks "KT.", "TL.", "TM." and "Q." and
bare "CHỦ TỊCH" and "GIÁM ĐỐC" all occur, one of them on three lines; every issuer has two lines: a
district and a commune (three times), a provincial and a district military command, a provincial and a
district treasury (twice), a regional reserve department and its district office, and "ỦY BAN NHÂN DÂN"
over a district (five times). Holders are a project board with no number of the kinds the truth knows, a
cooperative and five persons (a householder, a militiaman, a potter, a teacher retiring early and a
storekeeper); five documents grant nothing to anyone. Issued 2018 to 2024.

Truth conventions (decided before any run): blind4's, as its docstring states them (organ_name,
code_number/code_notation, issued_date, place, type_name, subject, signer_position/signer_full_name,
holder_name and holder_id), with blind5's to blind25's additions (their docstrings). New here:
  surveying        a notice to protect a marker: "THÔNG BÁO" is ``type_name``, its two sentence-case lines
                   joined ``subject`` (the holder's name in it); addressed to the man it is about, it has a
                   holder (blind9's rule for a notice to one taxpayer): the man on the "Họ và tên:" row,
                   without "ông", ``holder_id`` the personal number on the row under him (``cccd``); the
                   marker, the map sheet, the parcel, the design decision and the land officer never; the day
                   by hand. The công văn keeps blind5's rule: ``type_name`` "CÔNG VĂN", ``subject`` its two
                   "V/v" lines joined as printed, holder fields and ``valid_until`` None; the surveying company
                   addressed, the decision and the contract cited never; the deadline gives None;
  militia          a militiaman's service recognised: the two subject lines joined are ``subject`` (the
                   holder's name in it); the holder is the man named right after "Điều 1. Công nhận ông", up
                   to the comma, ``holder_id`` the personal number printed after his birth date in that
                   paragraph (``cccd``); "từ ngày 10/01/2019 đến ngày 10/01/2023" is the time served: None;
                   the enlisting decision cited never. The command's công văn: blind5's rule, holder fields
                   and ``valid_until`` None; the training's days and the deadline give None; number and day
                   by hand;
  treasury         a payment check's result: "THÔNG BÁO" is ``type_name``, its two sentence-case lines joined
                   ``subject``; addressed to the board it is about, it has a holder (blind23's rule): the
                   board on the "Tên đơn vị:" row; the seven-digit "Mã số đơn vị có quan hệ với ngân sách" is
                   none of the kinds the truth knows: ``holder_id`` and ``holder_id_type`` None (blind25's
                   rule for the heritage board); the approval and the contract cited never; the deadline gives
                   None. A notice to renew digital certificates: "THÔNG BÁO" is ``type_name``, its two
                   sentence-case lines joined ``subject``; addressed to many units it grants nothing: holder
                   fields None; "có giá trị đến hết ngày 30 tháng 9 năm 2022" is the certificates' validity,
                   quoted, not the notice's: ``valid_until`` None; the decision cited never;
  craft villages   support for a cooperative: the two subject lines joined are ``subject`` (the holder's name
                   in it); the holder is the cooperative named right after "Điều 1. Hỗ trợ cho", up to the
                   comma (blind8's recognition rule), ``holder_id`` the "mã số thuế" printed after it
                   (``tax_code``); the settlement deadline gives None. A certificate of years at a craft:
                   "GIẤY XÁC NHẬN" is ``type_name``, its one sentence-case line ``subject``; the capitals line
                   "… XÁC NHẬN:" is body; the holder is the man on the "Họ và tên:" row, without "ông",
                   ``holder_id`` the personal number on the row under him (``cccd``); "từ năm 1976 đến nay" is
                   his years at the craft, "có giá trị đến hết ngày 31 tháng 12 năm 2018" the certificate's own
                   ``valid_until``; number by hand;
  staffing         staff numbers given to public units: the two subject lines joined are ``subject``; it
                   gives staff numbers to the district's units and grants nothing to anyone: holder fields and
                   ``valid_until`` None; the annex after the signature (its title, its bracketed line naming
                   this decision by its own number and date, its table) changes no field; the province's
                   decision and the submission cited never. An early retirement: the two subject lines joined
                   are ``subject`` (the holder's name in it); the holder is the woman named right after "đối
                   với bà" in Article 1, up to the comma, ``holder_id`` the personal number printed after her
                   birth date (``cccd``); "kể từ ngày 01 tháng 01 năm 2021" is when she leaves: None;
  reserves         a plan to hand out reserve rice: "KẾ HOẠCH" is ``type_name``, its two sentence-case lines
                   joined ``subject``; it grants nothing: holder fields and ``valid_until`` None; the days of
                   receipt and the deadline give None; the decisions cited never. A storekeeper's duty: the two
                   subject lines joined are ``subject`` (the holder's name in it); the holder is the man named
                   right after "cho ông" in Article 1, up to the comma, ``holder_id`` the personal number
                   printed after his birth date (``cccd``); "kể từ ngày 01 tháng 3 năm 2022" is when he starts:
                   None; the posting decision cited never;
  header           two issuer lines joined by a space, as printed, abbreviations too ("KBNN TUYÊN QUANG KBNN
                   CHIÊM HÓA"; "CỤC DTNN KV VĨNH PHÚ CHI CỤC DTNN LÂM THAO"; "BỘ CHQS TỈNH QUẢNG TRỊ BAN
                   CHQS HUYỆN GIO LINH"); ``place`` the words before ", ngày" ("Đồng Vương", "Hồng Lĩnh",
                   "Lâm Thao");
  signer blocks    "CHỦ TỊCH", "GIÁM ĐỐC" and "Q. CHI CỤC TRƯỞNG" as printed; "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH",
                   "TL. CHỦ TỊCH" / "CHÁNH VĂN PHÒNG", "KT. CHỈ HUY TRƯỞNG" / "PHÓ CHỈ HUY TRƯỞNG", "KT. GIÁM
                   ĐỐC" / "PHÓ GIÁM ĐỐC" and "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH" are ``signer_position``, the
                   lines joined by a space; "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" its three
                   lines joined; Thái and Tày names as printed ("Cầm Văn Chính", "Ma Thị Thủy");
  pages turned     a scan page tilted one and a half degrees counterclockwise changes no field; a two-page
                   document's fields come from both pages, as one document, its annex page included;
  signatures and seals   as blind7 and blind8: the truth is the text as printed under them.

Renderings, seeds and truth files as blind9's (``make_blind9`` draws them): ``scan`` (300 dpi, light
degradation, PDF) and ``photo`` (80-150 dpi JPEG, perspective, uneven light, half without a DPI; the
two-page document's photos in one PDF). blind7's page leaves an annex table's columns unruled; here its
column rules are drawn too (blind5's), nothing else changes. Only the scans are turned (``turn``): the
storekeeper's decision lies one and a half degrees counterclockwise (1.5); the phone photographs each page
as it lies.

    python samples/blind26.py --out benchmarks/out/blind26
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind3 import _raster, write_set
from blind5 import _CAN_CU_UBND, Annex, _finish, _pen
from blind8 import sign
from blind9 import LEVELS, Doc9, lay_out, turned
from make_samples import A4, degrade

__all__ = ["BLIND26", "FAMILIES", "LEVELS", "Doc9", "lay_out", "make_blind26", "render"]

FAMILIES = ("dodac", "danquan", "khobac", "langnghe", "bienche", "dutru")

_LUAT_DO_DAC = "Căn cứ Luật Đo đạc và bản đồ ngày 14 tháng 6 năm 2018;"
_LUAT_DQTV = "Căn cứ Luật Dân quân tự vệ ngày 22 tháng 11 năm 2019;"

_UNITS = [  # the staffing decision's annex: the district's public units and the staff given each
    ("1", "Trung tâm Văn hóa - Thể thao và Truyền thông", "18"),
    ("2", "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên", "21"),
    ("3", "Ban Quản lý dự án đầu tư xây dựng và phát triển quỹ đất", "14"),
    ("4", "Trung tâm Dịch vụ nông nghiệp", "9"),
    ("5", "Các trường mầm non (18 trường)", "386"),
    ("6", "Các trường tiểu học (19 trường)", "612"),
    ("7", "Các trường trung học cơ sở (16 trường)", "498"),
    ("", "Tổng cộng", "1.558"),
]

BLIND26 = [
    Doc9(
        slug="tb-bao-ve-moc-dia-chinh-dinh-van-khoa", family="dodac",
        issuer=["UBND HUYỆN YÊN THẾ", "UBND XÃ ĐỒNG VƯƠNG"],
        number="358", notation="TB-UBND", place="Đồng Vương", date_text="16 tháng 01 năm 2024", issued="2024-01-16",
        title=["THÔNG BÁO"],
        subject=["Về việc quản lý, bảo vệ mốc địa chính", "trên thửa đất của hộ ông Đinh Văn Khoa"],
        addressees=["Ông Đinh Văn Khoa, bản Đồng Gia"],
        body=[_LUAT_DO_DAC,
              ("Căn cứ Nghị định số 27/2019/NĐ-CP ngày 13 tháng 3 năm 2019 của Chính phủ quy định chi tiết một số "
               "điều của Luật Đo đạc và bản đồ;"),
              ("Thực hiện Quyết định số 1079/QĐ-STNMT ngày 21 tháng 9 năm 2022 của Sở Tài nguyên và Môi trường tỉnh "
               "Bắc Giang phê duyệt Thiết kế kỹ thuật - dự toán đo đạc chỉnh lý bản đồ địa chính xã Đồng Vương, "
               "mốc địa chính đã được chôn trên thửa đất đang sử dụng của hộ gia đình:"),
              "1. Họ và tên: ông Đinh Văn Khoa",
              "2. Ngày sinh: 07/3/1968; số định danh cá nhân: 024068013527",
              ("3. Mốc địa chính số ĐC-II-27 (mốc bê tông, mặt mốc 20 x 20 cm), đặt tại thửa đất số 186, tờ bản đồ "
               "số 12, bản Đồng Gia."),
              ("Ủy ban nhân dân xã đề nghị ông Đinh Văn Khoa quản lý, bảo vệ mốc; không di chuyển, đào bới, làm hư "
               "hỏng mốc và hành lang bảo vệ mốc; khi phát hiện mốc bị xê dịch, hư hỏng phải báo ngay cho công chức "
               "địa chính - xây dựng xã, ông Hoàng Văn Luân, điện thoại 0204 3876 215./.")],
        signer_position=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer_name="Thân Thị Huyền Trang",
        holder_name="Đinh Văn Khoa", holder_id="024068013527", holder_id_type="cccd",
        recipients=["- Như trên;", "- Phòng TN&MT huyện (b/c);", "- Trưởng bản Đồng Gia;", "- Lưu: VT, ĐC."],
        seal="ỦY BAN NHÂN DÂN * XÃ ĐỒNG VƯƠNG *", handwritten=("issued_date",),
        hand="loops", aim=(32.0, 8.0), lift=14.0,
    ),
    Doc9(
        slug="cv-phoi-hop-do-dac-chinh-ly-ban-do-tan-son", family="dodac",
        issuer=["ỦY BAN NHÂN DÂN", "HUYỆN TÂN SƠN"],
        number="1296", notation="UBND-TNMT", place="Tân Sơn", date_text="19 tháng 4 năm 2022", issued="2022-04-19",
        title=[], subject=["V/v phối hợp đo đạc chỉnh lý bản đồ", "địa chính các xã Kim Thượng, Xuân Đài"],
        addressees=["Ủy ban nhân dân các xã Kim Thượng, Xuân Đài;", "Hạt Kiểm lâm huyện Tân Sơn;",
                    "Công ty TNHH Đo đạc Bản đồ Việt Bắc."],
        body=[("Thực hiện Quyết định số 642/QĐ-UBND ngày 22 tháng 3 năm 2022 của Ủy ban nhân dân tỉnh Phú Thọ phê "
               "duyệt Thiết kế kỹ thuật - dự toán đo đạc chỉnh lý bản đồ địa chính và Hợp đồng số 27/2022/HĐ-STNMT "
               "ngày 08 tháng 4 năm 2022 giữa Sở Tài nguyên và Môi trường và Công ty TNHH Đo đạc Bản đồ Việt Bắc, "
               "Chủ tịch Ủy ban nhân dân huyện có ý kiến như sau:"),
              ("1. Ủy ban nhân dân các xã Kim Thượng, Xuân Đài thông báo lịch đo đạc đến các khu dân cư; bố trí công "
               "chức địa chính và trưởng khu dẫn đạc, mời chủ sử dụng đất liền kề xác định ranh giới thửa đất; niêm "
               "yết công khai kết quả đo đạc tại trụ sở xã."),
              ("2. Hạt Kiểm lâm huyện cung cấp bản đồ hiện trạng rừng và cử cán bộ phối hợp xác định, cắm mốc ranh "
               "giới đất lâm nghiệp giao cho hộ gia đình, cá nhân."),
              ("3. Công ty TNHH Đo đạc Bản đồ Việt Bắc thi công đúng thiết kế kỹ thuật được duyệt, hoàn thành đo đạc "
               "ngoại nghiệp trước ngày 30 tháng 9 năm 2022."),
              ("Giao Phòng Tài nguyên và Môi trường theo dõi, đôn đốc; đầu mối: bà Hà Thị Tuyết Mai, chuyên viên, "
               "điện thoại 0210 3880 437. Đề nghị các cơ quan, đơn vị phối hợp thực hiện./.")],
        signer_position=["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"], signer_name="Hoàng Mạnh Cường",
        recipients=["- Như trên;", "- Sở TN&MT tỉnh Phú Thọ (b/c);", "- Chủ tịch, các PCT UBND huyện;",
                    "- Lưu: VT, TNMT."],
        seal="ỦY BAN NHÂN DÂN * HUYỆN TÂN SƠN *", hand="scribble", aim=(0.0, 0.0), lift=10.0,
    ),
    Doc9(
        slug="qd-hoan-thanh-nghia-vu-dan-quan-le-van-tham", family="danquan",
        issuer=["UBND HUYỆN NÔNG CỐNG", "UBND XÃ TRUNG CHÍNH"],
        number="80", notation="QĐ-UBND", place="Trung Chính", date_text="12 tháng 01 năm 2023", issued="2023-01-12",
        title=["QUYẾT ĐỊNH"],
        subject=["Về việc công nhận hoàn thành nghĩa vụ tham gia", "Dân quân tự vệ đối với ông Lê Văn Thắm"],
        body=["CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TRUNG CHÍNH", _CAN_CU_UBND, _LUAT_DQTV,
              ("Căn cứ Quyết định số 06/QĐ-UBND ngày 04 tháng 01 năm 2019 của Chủ tịch Ủy ban nhân dân xã về việc "
               "tuyển chọn, biên chế dân quân năm 2019;"),
              "Xét đề nghị của Chỉ huy trưởng Ban Chỉ huy quân sự xã,",
              "QUYẾT ĐỊNH:",
              ("Điều 1. Công nhận ông Lê Văn Thắm, sinh ngày 14/8/1997, số định danh cá nhân 038097204619, thôn Đồng "
               "Lạc, đã hoàn thành nghĩa vụ tham gia Dân quân tự vệ trong Trung đội dân quân cơ động xã, thời "
               "gian từ ngày 10/01/2019 đến ngày 10/01/2023."),
              ("Điều 2. Ông Lê Văn Thắm được hưởng các chế độ, chính sách đối với dân quân hoàn thành nghĩa vụ theo "
               "quy định của Luật Dân quân tự vệ."),
              ("Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Văn phòng - Thống kê, Ban Chỉ huy quân sự xã và "
               "ông Lê Văn Thắm chịu trách nhiệm thi hành Quyết định này.")],
        signer_position=["CHỦ TỊCH"], signer_name="Lê Đình Huấn",
        holder_name="Lê Văn Thắm", holder_id="038097204619", holder_id_type="cccd",
        recipients=["- Như Điều 3;", "- Ban CHQS huyện (b/c);", "- Lưu: VT."],
        seal="ỦY BAN NHÂN DÂN * XÃ TRUNG CHÍNH *", hand="flourish", aim=(36.0, 10.0), lift=18.0,
    ),
    Doc9(
        slug="cv-huan-luyen-dan-quan-gio-linh", family="danquan",
        issuer=["BỘ CHQS TỈNH QUẢNG TRỊ", "BAN CHQS HUYỆN GIO LINH"],
        number="174", notation="BCH-TM", place="Gio Linh", date_text="23 tháng 02 năm 2022", issued="2022-02-23",
        title=[], subject=["V/v tổ chức huấn luyện dân quân", "năm 2022"],
        addressees=["Ban Chỉ huy quân sự các xã, thị trấn;", "Trung tâm Chính trị huyện Gio Linh."],
        body=[("Thực hiện Kế hoạch số 215/KH-BCH ngày 24 tháng 12 năm 2021 của Bộ Chỉ huy Quân sự tỉnh Quảng Trị về "
               "huấn luyện Dân quân tự vệ năm 2022, Ban Chỉ huy Quân sự huyện đề nghị các cơ quan, đơn vị:"),
              ("1. Ban Chỉ huy quân sự các xã, thị trấn rà soát quân số, lập danh sách dân quân cơ động, dân quân "
               "tại chỗ năm thứ nhất; chuẩn bị thao trường, bãi tập, mô hình học cụ và bảo đảm chế độ cho dân quân "
               "trong thời gian huấn luyện."),
              ("2. Thời gian huấn luyện tập trung: từ ngày 07/3/2022 đến ngày 25/3/2022, tại Trường bắn - thao "
               "trường huấn luyện của huyện; nội dung theo chương trình của Bộ Chỉ huy Quân sự tỉnh."),
              ("3. Trung tâm Chính trị huyện phối hợp bố trí giảng viên, tài liệu giáo dục chính trị, pháp luật "
               "cho dân quân."),
              ("Các cơ quan, đơn vị báo cáo kết quả huấn luyện về Ban Chỉ huy Quân sự huyện (qua Ban Tham mưu) "
               "trước ngày 05 tháng 4 năm 2022 để tổng hợp, báo cáo Bộ Chỉ huy Quân sự tỉnh./.")],
        signer_position=["KT. CHỈ HUY TRƯỞNG", "PHÓ CHỈ HUY TRƯỞNG"], signer_name="Trần Quốc Việt",
        recipients=["- Như trên;", "- Bộ CHQS tỉnh (b/c);", "- UBND huyện (b/c);", "- Lưu: VT, TM."],
        seal="BAN CHỈ HUY QUÂN SỰ * HUYỆN GIO LINH *", handwritten=("code_number", "issued_date"),
        hand="underline", aim=(34.0, 8.0), lift=12.0,
    ),
    Doc9(
        slug="tb-kiem-soat-thanh-toan-von-dau-tu-chiem-hoa", family="khobac",
        issuer=["KBNN TUYÊN QUANG", "KBNN CHIÊM HÓA"],
        number="469", notation="TB-KBCH", place="Chiêm Hóa", date_text="20 tháng 6 năm 2023", issued="2023-06-20",
        title=["THÔNG BÁO"], subject=["Kết quả kiểm soát hồ sơ đề nghị thanh toán", "vốn đầu tư công"],
        addressees=["Ban Quản lý dự án đầu tư xây dựng huyện Chiêm Hóa"],
        body=[("Ngày 13 tháng 6 năm 2023, Kho bạc Nhà nước Chiêm Hóa nhận được hồ sơ đề nghị thanh toán khối "
               "lượng hoàn thành đợt 2 của chủ đầu tư:"),
              "1. Tên đơn vị: Ban Quản lý dự án đầu tư xây dựng huyện Chiêm Hóa",
              "2. Mã số đơn vị có quan hệ với ngân sách: 7764529",
              ("3. Dự án: Đường giao thông thôn Nà Héc, xã Yên Lập, phê duyệt tại Quyết định số 1186/QĐ-UBND ngày "
               "18 tháng 10 năm 2022 của Ủy ban nhân dân huyện; Hợp đồng thi công số 09/2022/HĐXD ngày 28 tháng 12 "
               "năm 2022."),
              ("4. Kết quả kiểm soát: giá trị đề nghị thanh toán 1.286.450.000 đồng chưa kèm Biên bản nghiệm thu "
               "khối lượng hoàn thành đợt 2; bảng xác định giá trị khối lượng có 03 hạng mục vượt khối lượng trong "
               "hợp đồng. Hồ sơ chưa đủ điều kiện thanh toán."),
              ("Đề nghị Ban Quản lý dự án hoàn thiện hồ sơ theo Nghị định số 99/2021/NĐ-CP ngày 11 tháng 11 năm "
               "2021 của Chính phủ, gửi lại Kho bạc Nhà nước Chiêm Hóa trước ngày 30 tháng 6 năm 2023 để được "
               "xem xét thanh toán./.")],
        signer_position=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], signer_name="Ma Thị Thủy",
        holder_name="Ban Quản lý dự án đầu tư xây dựng huyện Chiêm Hóa",
        recipients=["- Như trên;", "- KBNN Tuyên Quang (b/c);", "- Lưu: VT, KSC."],
        seal="KHO BẠC NHÀ NƯỚC * CHIÊM HÓA *", hand="scribble", aim=(30.0, 6.0), lift=16.0,
    ),
    Doc9(
        slug="tb-gia-han-chung-thu-so-hong-linh", family="khobac",
        issuer=["KBNN HÀ TĨNH", "KBNN HỒNG LĨNH"],
        number="338", notation="TB-KBHL", place="Hồng Lĩnh", date_text="9 tháng 8 năm 2022", issued="2022-08-09",
        title=["THÔNG BÁO"], subject=["Về việc gia hạn chứng thư số", "giao dịch trên Dịch vụ công trực tuyến"],
        addressees=["Các đơn vị sử dụng ngân sách trên địa bàn thị xã;", "Các chủ đầu tư, ban quản lý dự án."],
        body=[("Chứng thư số chuyên dùng Chính phủ cấp cho chủ tài khoản, kế toán trưởng của các đơn vị giao dịch "
               "theo Quyết định số 1142/QĐ-BCY ngày 15 tháng 9 năm 2017 của Trưởng Ban Cơ yếu Chính phủ có giá trị "
               "đến hết ngày 30 tháng 9 năm 2022."),
              ("Để việc giao dịch trên Dịch vụ công trực tuyến của Kho bạc Nhà nước không bị gián đoạn, Kho bạc Nhà "
               "nước Hồng Lĩnh đề nghị các đơn vị lập hồ sơ đề nghị gia hạn chứng thư số, gửi về Kho bạc trước ngày "
               "31 tháng 8 năm 2022 để tổng hợp, gửi Cục Chứng thực số và Bảo mật thông tin."),
              ("Chứng thư số không được gia hạn sẽ không ký được chứng từ điện tử; đơn vị phải nộp chứng từ giấy "
               "tại quầy giao dịch cho đến khi được cấp chứng thư số mới."),
              ("Mọi vướng mắc xin liên hệ bà Võ Thị Hải Yến, Tổ Tổng hợp - Hành chính, điện thoại 0239 3831 262 "
               "để được hướng dẫn./.")],
        signer_position=["GIÁM ĐỐC"], signer_name="Phan Thị Thanh Hương Giang",
        recipients=["- Như trên;", "- KBNN Hà Tĩnh (b/c);", "- Lưu: VT, TH."],
        hand="loops", aim=(0.0, 0.0), lift=14.0,
    ),
    Doc9(
        slug="qd-ho-tro-lang-nghe-htx-may-tre-dan-phu-vinh", family="langnghe",
        issuer=["ỦY BAN NHÂN DÂN", "HUYỆN CHƯƠNG MỸ"],
        number="3341", notation="QĐ-UBND", place="Chương Mỹ", date_text="21 tháng 9 năm 2021", issued="2021-09-21",
        title=["QUYẾT ĐỊNH"],
        subject=["Về việc hỗ trợ kinh phí phát triển làng nghề", "cho Hợp tác xã Mây tre đan Phú Vinh"],
        body=["ỦY BAN NHÂN DÂN HUYỆN CHƯƠNG MỸ", _CAN_CU_UBND,
              ("Căn cứ Nghị định số 52/2018/NĐ-CP ngày 12 tháng 4 năm 2018 của Chính phủ về phát triển ngành nghề "
               "nông thôn;"),
              ("Căn cứ Quyết định số 2891/QĐ-UBND ngày 05 tháng 7 năm 2021 của UBND thành phố Hà Nội giao kinh phí "
               "hỗ trợ phát triển làng nghề năm 2021;"),
              "Xét đề nghị của Trưởng phòng Kinh tế tại Tờ trình số 212/TTr-KT ngày 13 tháng 9 năm 2021,",
              "QUYẾT ĐỊNH:",
              ("Điều 1. Hỗ trợ cho Hợp tác xã Mây tre đan Phú Vinh, mã số thuế 0500451730, xã Phú Nghĩa, kinh phí "
               "350.000.000 đồng để đầu tư hệ thống xử lý nước thải của làng nghề; Hợp tác xã quyết toán kinh phí "
               "trước ngày 15 tháng 12 năm 2021."),
              ("Điều 2. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng "
               "Kinh tế và Giám đốc Hợp tác xã chịu trách nhiệm thi hành.")],
        signer_position=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer_name="Đỗ Xuân Thiện",
        holder_name="Hợp tác xã Mây tre đan Phú Vinh", holder_id="0500451730", holder_id_type="tax_code",
        recipients=["- Như Điều 2;", "- Sở NN&PTNT Hà Nội (b/c);", "- Lưu: VT, KT."],
        seal="ỦY BAN NHÂN DÂN * HUYỆN CHƯƠNG MỸ *", hand="underline", aim=(30.0, 8.0), lift=12.0,
    ),
    Doc9(
        slug="gxn-thoi-gian-hanh-nghe-gom-bat-trang", family="langnghe",
        issuer=["UBND HUYỆN GIA LÂM", "UBND XÃ BÁT TRÀNG"],
        number="531", notation="GXN-UBND", place="Bát Tràng", date_text="15 tháng 5 năm 2018", issued="2018-05-15",
        title=["GIẤY XÁC NHẬN"], subject=["Thời gian hành nghề tại làng nghề gốm sứ Bát Tràng"],
        body=[("Căn cứ Nghị định số 123/2014/NĐ-CP ngày 25 tháng 12 năm 2014 của Chính phủ quy định về xét tặng "
               "danh hiệu \"Nghệ nhân nhân dân\", \"Nghệ nhân ưu tú\" trong lĩnh vực nghề thủ công mỹ nghệ;"),
              ("Căn cứ hồ sơ lưu tại Ủy ban nhân dân xã và xác nhận của Hiệp hội Gốm sứ Bát Tràng ngày 07 tháng 5 "
               "năm 2018,"),
              "ỦY BAN NHÂN DÂN XÃ BÁT TRÀNG XÁC NHẬN:",
              "1. Họ và tên: ông Vũ Đình Nhượng",
              "2. Ngày sinh: 11/02/1959; số định danh cá nhân: 001059006842",
              "3. Nơi cư trú: thôn Giang Cao, xã Bát Tràng, huyện Gia Lâm, thành phố Hà Nội.",
              ("4. Thời gian trực tiếp làm nghề gốm sứ tại làng nghề Bát Tràng: từ năm 1976 đến nay; hiện là chủ "
               "cơ sở sản xuất gốm men rạn Nhượng Ký."),
              ("Giấy xác nhận này cấp để ông Vũ Đình Nhượng bổ sung hồ sơ đề nghị xét tặng danh hiệu \"Nghệ nhân "
               "ưu tú\" lần thứ năm, có giá trị đến hết ngày 31 tháng 12 năm 2018.")],
        signer_position=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer_name="Nghiêm Khuê",
        holder_name="Vũ Đình Nhượng", holder_id="001059006842", holder_id_type="cccd", valid_until="2018-12-31",
        recipients=["- Ông Vũ Đình Nhượng;", "- Lưu: VT."],
        seal="ỦY BAN NHÂN DÂN * XÃ BÁT TRÀNG *", handwritten=("code_number",),
        hand="flourish", aim=(0.0, 0.0), lift=16.0,
    ),
    Doc9(
        slug="qd-giao-so-luong-nguoi-lam-viec-dai-loc", family="bienche",
        issuer=["ỦY BAN NHÂN DÂN", "HUYỆN ĐẠI LỘC"],
        number="127", notation="QĐ-UBND", place="Đại Lộc", date_text="09 tháng 01 năm 2023", issued="2023-01-09",
        title=["QUYẾT ĐỊNH"],
        subject=["Về việc giao số lượng người làm việc", "trong các đơn vị sự nghiệp công lập năm 2023"],
        body=["ỦY BAN NHÂN DÂN HUYỆN ĐẠI LỘC", _CAN_CU_UBND,
              ("Căn cứ Nghị định số 106/2020/NĐ-CP ngày 10 tháng 9 năm 2020 của Chính phủ về vị trí việc làm và số "
               "lượng người làm việc trong đơn vị sự nghiệp công lập;"),
              ("Căn cứ Quyết định số 3127/QĐ-UBND ngày 20 tháng 12 năm 2022 của Ủy ban nhân dân tỉnh Quảng Nam về "
               "giao số lượng người làm việc trong các đơn vị sự nghiệp công lập năm 2023;"),
              "Xét đề nghị của Trưởng phòng Nội vụ tại Tờ trình số 05/TTr-NV ngày 04 tháng 01 năm 2023,",
              "QUYẾT ĐỊNH:",
              ("Điều 1. Giao 1.558 người làm việc hưởng lương từ ngân sách nhà nước cho các đơn vị sự nghiệp công "
               "lập thuộc Ủy ban nhân dân huyện năm 2023 (chi tiết tại Phụ lục kèm theo)."),
              ("Điều 2. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng "
               "Nội vụ và thủ trưởng các đơn vị có tên tại Phụ lục chịu trách nhiệm thi hành.")],
        signer_position=["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], signer_name="Phan Văn Thiện",
        recipients=["- Như Điều 2;", "- Sở Nội vụ tỉnh (b/c);", "- TT Huyện ủy, TT HĐND huyện;", "- Lưu: VT, NV."],
        seal="ỦY BAN NHÂN DÂN * HUYỆN ĐẠI LỘC *", hand="loops", aim=(34.0, 10.0), lift=18.0,
        annex=Annex(title=["PHỤ LỤC", "SỐ LƯỢNG NGƯỜI LÀM VIỆC NĂM 2023"],
                    note=("(Kèm theo Quyết định số 127/QĐ-UBND ngày 09 tháng 01 năm 2023 của Ủy ban nhân dân huyện "
                          "Đại Lộc)"),
                    columns=[("STT", 45.0), ("Đơn vị", 318.0), ("Số lượng", 90.0)], rows=_UNITS),
    ),
    Doc9(
        slug="qd-tinh-gian-bien-che-lo-thi-nguyet", family="bienche",
        issuer=["ỦY BAN NHÂN DÂN", "HUYỆN THUẬN CHÂU"],
        number="2583", notation="QĐ-UBND", place="Thuận Châu", date_text="22 tháng 12 năm 2020", issued="2020-12-22",
        title=["QUYẾT ĐỊNH"],
        subject=["Về việc thực hiện chính sách tinh giản biên chế", "đối với bà Lò Thị Nguyệt"],
        body=["CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN THUẬN CHÂU", _CAN_CU_UBND,
              ("Căn cứ Nghị định số 108/2014/NĐ-CP ngày 20 tháng 11 năm 2014 của Chính phủ về chính sách tinh giản "
               "biên chế và Nghị định số 113/2018/NĐ-CP ngày 31 tháng 8 năm 2018 sửa đổi, bổ sung;"),
              ("Căn cứ Quyết định số 2847/QĐ-UBND ngày 30 tháng 11 năm 2020 của Ủy ban nhân dân tỉnh Sơn La phê "
               "duyệt danh sách đối tượng tinh giản biên chế đợt 1 năm 2021;"),
              "Xét đề nghị của Trưởng phòng Nội vụ,",
              "QUYẾT ĐỊNH:",
              ("Điều 1. Giải quyết nghỉ hưu trước tuổi theo chính sách tinh giản biên chế đối với bà Lò Thị Nguyệt, "
               "sinh ngày 03/02/1966, số định danh cá nhân 014166003751, giáo viên Trường Tiểu học Phỏng Lái, kể "
               "từ ngày 01 tháng 01 năm 2021."),
              ("Điều 2. Quyết định này có hiệu lực kể từ ngày ký. Trưởng phòng Nội vụ, Giám đốc Bảo hiểm xã hội "
               "huyện, Hiệu trưởng Trường Tiểu học Phỏng Lái và bà Lò Thị Nguyệt chịu trách nhiệm thi hành.")],
        signer_position=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer_name="Cầm Văn Chính",
        holder_name="Lò Thị Nguyệt", holder_id="014166003751", holder_id_type="cccd",
        recipients=["- Như Điều 2;", "- Sở Nội vụ tỉnh Sơn La (b/c);", "- Lưu: VT, NV."],
        seal="ỦY BAN NHÂN DÂN * HUYỆN THUẬN CHÂU *", hand="scribble", aim=(36.0, 8.0), lift=18.0,
    ),
    Doc9(
        slug="kh-tiep-nhan-gao-du-tru-ho-tro-hoc-sinh-muong-lat", family="dutru",
        issuer=["ỦY BAN NHÂN DÂN", "HUYỆN MƯỜNG LÁT"],
        number="1264", notation="KH-UBND", place="Mường Lát", date_text="12 tháng 10 năm 2022", issued="2022-10-12",
        title=["KẾ HOẠCH"],
        subject=["Tiếp nhận, phân phối gạo dự trữ quốc gia", "hỗ trợ học sinh học kỳ I năm học 2022 - 2023"],
        body=[("Thực hiện Quyết định số 1118/QĐ-TTg ngày 26 tháng 9 năm 2022 của Thủ tướng Chính phủ về việc xuất "
               "cấp gạo dự trữ quốc gia hỗ trợ học sinh học kỳ I năm học 2022 - 2023 và Quyết định số 3417/QĐ-UBND "
               "ngày 06 tháng 10 năm 2022 của Ủy ban nhân dân tỉnh Thanh Hóa về phân bổ số gạo được hỗ trợ, Ủy ban "
               "nhân dân huyện xây dựng Kế hoạch như sau:"),
              "1. Số lượng: 128.670 kg gạo cho 2.859 học sinh của 21 trường trên địa bàn huyện.",
              ("2. Tiếp nhận: Phòng Giáo dục và Đào tạo chủ trì, phối hợp với Cục Dự trữ Nhà nước khu vực Thanh "
               "Hóa tiếp nhận gạo tại trung tâm các xã, từ ngày 24/10/2022 đến ngày 04/11/2022; lập biên bản giao "
               "nhận có xác nhận của Ủy ban nhân dân xã."),
              ("3. Phân phối: các trường cấp phát gạo đến cha mẹ học sinh theo danh sách được duyệt, công khai tại "
               "trường và hoàn thành trước ngày 15 tháng 11 năm 2022."),
              ("4. Phòng Tài chính - Kế hoạch bố trí kinh phí vận chuyển từ trung tâm xã đến các điểm trường; "
               "Phòng Giáo dục và Đào tạo tổng hợp, báo cáo kết quả về Ủy ban nhân dân huyện."),
              ("Trên đây là Kế hoạch tiếp nhận, phân phối gạo dự trữ quốc gia hỗ trợ học sinh; đề nghị các cơ quan, "
               "đơn vị, Ủy ban nhân dân các xã, thị trấn triển khai thực hiện./.")],
        signer_position=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer_name="Hà Văn Ứng",
        recipients=["- UBND tỉnh (b/c);", "- Cục DTNN KV Thanh Hóa;", "- Phòng GD&ĐT, Phòng TC-KH;",
                    "- UBND các xã, thị trấn;", "- Lưu: VT."],
        seal="ỦY BAN NHÂN DÂN * HUYỆN MƯỜNG LÁT *", hand="flourish", aim=(32.0, 10.0), lift=10.0,
    ),
    Doc9(
        slug="qd-giao-nhiem-vu-thu-kho-mai-xuan-truong", family="dutru",
        issuer=["CỤC DTNN KV VĨNH PHÚ", "CHI CỤC DTNN LÂM THAO"],
        number="106", notation="QĐ-CCLT", place="Lâm Thao", date_text="24 tháng 02 năm 2022", issued="2022-02-24",
        title=["QUYẾT ĐỊNH"], subject=["Về việc giao nhiệm vụ thủ kho bảo quản", "đối với ông Mai Xuân Trường"],
        body=["CHI CỤC TRƯỞNG CHI CỤC DỰ TRỮ NHÀ NƯỚC LÂM THAO",
              "Căn cứ Luật Dự trữ quốc gia ngày 20 tháng 11 năm 2012;",
              ("Căn cứ Quyết định số 75/QĐ-CDTVP ngày 15 tháng 02 năm 2022 của Cục trưởng Cục Dự trữ Nhà nước khu "
               "vực Vĩnh Phú về việc điều động công chức;"),
              "Xét đề nghị của Trưởng Điểm kho Tiên Kiên,",
              "QUYẾT ĐỊNH:",
              ("Điều 1. Giao nhiệm vụ thủ kho bảo quản ngăn kho A3, Điểm kho Tiên Kiên, cho ông Mai Xuân Trường, "
               "sinh ngày 19/6/1988, số định danh cá nhân 025088012946, công chức Chi cục, kể từ ngày 01 tháng 3 năm "
               "2022."),
              ("Điều 2. Ông Mai Xuân Trường chịu trách nhiệm về số lượng, chất lượng thóc, gạo dự trữ quốc gia "
               "trong ngăn kho được giao; thực hiện bảo quản theo quy chuẩn kỹ thuật quốc gia."),
              ("Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Trưởng phòng Tổ chức - Hành chính, Trưởng Điểm kho "
               "Tiên Kiên và ông Mai Xuân Trường chịu trách nhiệm thi hành.")],
        signer_position=["Q. CHI CỤC TRƯỞNG"], signer_name="Đặng Thị Bích Ngọc",
        holder_name="Mai Xuân Trường", holder_id="025088012946", holder_id_type="cccd",
        recipients=["- Như Điều 3;", "- Cục DTNN KV Vĩnh Phú (b/c);", "- Lưu: VT, TCHC."],
        seal="CHI CỤC DỰ TRỮ NHÀ NƯỚC * LÂM THAO *", hand="underline", aim=(0.0, 0.0), lift=12.0, turn=(1.5,),
    ),
]


def render(doc: Doc9, level: str, seed: int) -> tuple[list[Image.Image], int | None]:
    """blind9's render (blind7's page, blind5's pen, blind8's signature and seal, the scan turned by
    ``doc.turn``), with an annex table's column rules drawn as blind5 draws them. The same draws from the
    same seed: a document without an annex comes out as blind9 makes it."""
    rng = np.random.default_rng(seed)
    page, signer, hand, grids = lay_out(doc)
    k = 300 / 72
    pages = []
    for number, items in enumerate(page.pages):
        paper = _raster(items, 300, A4, False)
        ruler = ImageDraw.Draw(paper)
        for _, edges, top, bottom in (g for g in grids if g[0] == number):
            for x in edges:
                ruler.line([(x * k, top * k), (x * k, bottom * k)], fill=0, width=round(0.8 * k))
        img = degrade(paper, rng, True, noise=5, blur=0.8, specks=40).convert("RGB")
        for x, y, text in [written[1:] for written in hand if written[0] == number]:
            img = _pen(img, text, x, y, rng, k)
        pages.append(sign(img, doc, items, signer, rng, k) if number == signer[0] else img)
    images, dpi = _finish(pages, level, rng)
    return (turned(images, doc.turn) if level == "scan" else images), dpi


def make_blind26(out: Path, docs=BLIND26, levels=LEVELS, only: set[str] | None = None) -> list[Path]:
    """As blind9, with seeds of its own; ``only`` (slugs) and ``levels`` draw just those files, as they are
    in the whole set."""
    return write_set(out, docs, levels, render, seed=5000, jpeg_seed=2400, no_dpi_parity=1, only=only)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, required=True, help="folder for scans/ and truth/")
    out = parser.parse_args().out
    for path in make_blind26(out):
        print(f"{path.relative_to(out)}  {path.stat().st_size // 1024} KiB")


if __name__ == "__main__":
    main()

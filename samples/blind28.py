"""Blind set 28 (issue 13, after blind set 27): six more families of results, each as a 300 dpi scan and
as a phone photo, signed and sealed as in blind sets 8 to 27, with one scan page tilted 1.2 degrees
counterclockwise on the glass and one land-price decision running onto a second page. Written without
looking at the rules or running them on it, measured once.

As in blind17 to blind27, every province and provincial seat is some earlier set's ``place``: these
results come from communes, districts, a district police station, two district agricultural offices, a
district environment office, a district blood-donation committee, a district Red Cross and a commune
study-encouragement society, dated where those sit ("Lùng Cải", "Ngọc Lặc", "Cam Lâm", "Ea Kar", "Tánh
Linh", "Yên Cường").

Families (Decree 30/2020 appendix I positions: issuer column top left, motto top right, number under
the issuer, place and date under the motto, title centred, signer bottom right, "Nơi nhận:" bottom left):
  matuy        drug prevention: a commune's decision "Về việc quản lý sau cai nghiện ma túy" / "tại nơi cư
               trú đối với ông Giàng A Pháy" (the holder inside the subject) under its district ("UBND HUYỆN
               BẮC HÀ" / "UBND XÃ LÙNG CẢI"), the rehabilitation centre's certificate cited, "Điều 1. Quản lý
               … đối với ông Giàng A Pháy, sinh ngày …, số định danh cá nhân …, …" and his year under watch
               ("từ ngày 03/7/2023 đến ngày 02/7/2024"), signed bare "CHỦ TỊCH" by a Hmông chairman; and a
               district police station's công văn "V/v rà soát, lập danh sách người sử dụng" / "trái phép
               chất ma túy quý III năm 2021" under its provincial police ("CÔNG AN TỈNH THANH HÓA" / "CÔNG AN
               HUYỆN NGỌC LẶC"), numbered and dated by hand (blind5's pen), addressed ("Kính gửi:") to the
               commune police and the drug squad on two dashed lines, the province's plan cited, the days of
               the review ("từ ngày 13/9/2021 đến ngày 24/9/2021") and a deadline, an officer named with his
               phone, signed "KT. TRƯỞNG CÔNG AN HUYỆN" / "PHÓ TRƯỞNG CÔNG AN HUYỆN";
  khuyennong   agricultural extension: a district agricultural service centre's decision "Về việc hỗ trợ xây
               dựng mô hình trồng xoài" / "theo VietGAP cho Hợp tác xã Nông nghiệp Suối Tân" (the holder
               inside the subject; "UBND HUYỆN CAM LÂM" / "TRUNG TÂM DỊCH VỤ NÔNG NGHIỆP"), quoting the
               validity of the cooperative's VietGAP certificate in a "Căn cứ" line ("có giá trị đến hết
               ngày 11 tháng 8 năm 2021", the certificate's, not the decision's), "Điều 1. Hỗ trợ cho Hợp tác
               xã …, mã số thuế …, …" and the model's months ("từ ngày 01/4/2020 đến ngày 30/11/2020"),
               signed bare "GIÁM ĐỐC" by a woman with a four-syllable name; and a district extension
               station's "GIẤY CHỨNG NHẬN" / "Cộng tác viên khuyến nông cơ sở" (one sentence-case line under
               the type name; "UBND HUYỆN LẬP THẠCH" / "TRẠM KHUYẾN NÔNG"), numbered by hand (the date
               printed), a commune's collaborator on rows ("1. Cấp cho: bà Trịnh Thị Quyên", "2. Ngày sinh:
               …; số định danh cá nhân: …"), "5. Giấy chứng nhận có giá trị đến hết ngày 31 tháng 12 năm
               2017.", signed "Q. TRƯỞNG TRẠM" by a man with a two-syllable name;
  giadat       land prices: a district's decision "Về việc phê duyệt giá đất cụ thể tính bồi thường" / "dự
               án nâng cấp đường liên xã Ea Ô - Cư Huê" on two pages (the prices' third item, Articles 2 to
               4, the signer and "Nơi nhận:" on page 2), the province's price table cited with the years it
               applies ("áp dụng từ ngày 01/01/2015 đến ngày 31/12/2019"), the delegation and the office's
               submission cited, prices by position, signed "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ
               TỊCH" by an Ê Đê vice-chairman ("Y Khuê Byă"); and a district environment office's công văn
               "V/v cung cấp thông tin giá đất thửa đất số 186," / "tờ bản đồ số 12, xã Tế Thắng" ("UBND
               HUYỆN NÔNG CỐNG" / "PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG"), addressed ("Kính gửi: …", one centred
               line) to a bank branch, the bank's letter cited, the borrower's household named, the parcel's
               land-use certificate and the province's price table cited, signed "KT. TRƯỞNG PHÒNG" / "PHÓ
               TRƯỞNG PHÒNG";
  hienmau      blood donation: a district blood-donation committee's "GIẤY CHỨNG NHẬN" / "Hiến máu tình
               nguyện" (one line under the type name; "UBND HUYỆN TƯ NGHĨA" / "BCĐ VẬN ĐỘNG HIẾN MÁU TÌNH
               NGUYỆN"), the donor on rows ("1. Họ và tên: ông Lữ Văn Tài", "2. Ngày sinh: …; số định danh cá
               nhân: …"), the day he gave blood (not the certificate's), no validity, signed "KT. TRƯỞNG BAN"
               / "PHÓ TRƯỞNG BAN THƯỜNG TRỰC"; and a district Red Cross's "KẾ HOẠCH" / "Tổ chức Ngày hội hiến
               máu tình nguyện" / "đợt 2 năm 2018" under its provincial Red Cross ("HỘI CTĐ TỈNH BÌNH THUẬN" /
               "HỘI CHỮ THẬP ĐỎ HUYỆN TÁNH LINH"), its day written by hand (the number printed), the
               committee's yearly plan cited, the day and hours of the drive, the days of canvassing ("từ
               ngày 25/6/2018 đến ngày 17/7/2018") and a deadline, signed "TM. BAN THƯỜNG VỤ" / "CHỦ TỊCH";
  chuyendoiso  digital transformation: a commune's decision "Về việc thành lập Tổ công nghệ số cộng đồng" /
               "xã Thụy Hương" ("UBND HUYỆN CHƯƠNG MỸ" / "UBND XÃ THỤY HƯƠNG"), the ministry's plan and the
               district's plan cited, the team's members named in Article 1, signed "TM. ỦY BAN NHÂN DÂN" /
               "CHỦ TỊCH", its scan tilted 1.2 degrees counterclockwise; and a district's công văn "V/v hỗ
               trợ hộ sản xuất, kinh doanh đưa" / "sản phẩm lên sàn thương mại điện tử" ("ỦY BAN NHÂN DÂN" /
               "HUYỆN CẨM KHÊ"), addressed ("Kính gửi:") to the communes, the women's union and the post
               office on three dashed lines, the province's plan cited, the weeks of the work ("từ ngày
               07/8/2023 đến ngày 29/9/2023") and a deadline, an official named with her phone, signed "TL.
               CHỦ TỊCH" / "TRƯỞNG PHÒNG VĂN HÓA VÀ THÔNG TIN" by a woman with a five-syllable name;
  khuyenhoc    study encouragement: a district's decision "Về việc công nhận danh hiệu Đơn vị học tập năm
               2020" / "cho Công ty TNHH Chế biến nông sản Bình Minh" (the holder inside the subject), the
               national society's guidance and the district society's submission cited, "Điều 1. Công nhận
               … cho Công ty …, mã số thuế …, …", signed "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH"; and a commune
               society's "THÔNG BÁO" / "Về việc vận động xây dựng Quỹ khuyến học" / "năm học 2023 - 2024"
               under its district society ("HỘI KHUYẾN HỌC Ý YÊN" / "HỘI KHUYẾN HỌC XÃ YÊN CƯỜNG"), addressed
               ("Kính gửi:") to the village branches and the clans, offices and firms on two dashed lines, the
               district society's plan cited, the weeks of the appeal ("từ ngày 05/9/2023 đến ngày
               30/9/2023") and a deadline, its treasurer named with her phone, signed "TM. BAN CHẤP HÀNH" /
               "CHỦ TỊCH", without a seal.
Every document is signed in blue ballpoint in one of blind7's four hands, on seven of them coming down
across the printed name (blind8's ``aim``), and all but one carry a red round seal over the left part
of the signer block, lifted by blind8's ``lift``. Signers' names have two, three, four and five
syllables ("Khổng Mạnh", "Tôn Nữ Thị Ngọc Trầm"); signer blocks "KT.", "TL.", "TM." and "Q." and bare
"CHỦ TỊCH" and "GIÁM ĐỐC" all occur, one of them on three lines; every issuer has two lines: a district
and a commune (twice), a provincial police and a district one, a district and its agricultural service
centre, its extension station, its environment office or its blood-donation committee, a provincial Red
Cross and a district one, a district study-encouragement society and a commune one, and "ỦY BAN NHÂN
DÂN" over a district (three times). Holders are two organisations (a cooperative and a company) and
three persons (a man under watch after rehabilitation, an extension collaborator and a blood donor);
seven documents grant nothing to anyone. Issued 2016 to 2024.

Truth conventions (decided before any run): blind4's, as its docstring states them (organ_name,
code_number/code_notation, issued_date, place, type_name, subject, signer_position/signer_full_name,
holder_name and holder_id), with blind5's to blind27's additions (their docstrings). New here:
  drug prevention  a man put under watch after rehabilitation: the two subject lines joined are ``subject``
                   (the holder's name in it); the holder is the man named right after "đối với ông" in Article
                   1, up to the comma, ``holder_id`` the personal number printed after his birth date
                   (``cccd``); "từ ngày 03/7/2023 đến ngày 02/7/2024" is his year under watch: None; the
                   centre's certificate cited never. The police station's công văn keeps blind5's rule:
                   ``type_name`` "CÔNG VĂN", ``subject`` its two "V/v" lines joined as printed, holder fields
                   and ``valid_until`` None; the days of the review and the deadline give None; the plan cited
                   never; number and day by hand;
  extension        a model supported: the two subject lines joined are ``subject`` (the holder's name in it);
                   the holder is the cooperative named right after "Điều 1. Hỗ trợ cho", up to the comma,
                   ``holder_id`` the "mã số thuế" printed after it (``tax_code``); "có giá trị đến hết ngày 11
                   tháng 8 năm 2021" is the VietGAP certificate's validity, quoted in a "Căn cứ" line, not the
                   decision's: ``valid_until`` None; the months of the model give None. A collaborator's
                   certificate: "GIẤY CHỨNG NHẬN" is ``type_name``, the sentence-case line under it
                   ``subject``; the holder is the woman on the "Cấp cho:" row, without "bà", ``holder_id`` the
                   personal number on the row under her (``cccd``); "Giấy chứng nhận có giá trị đến hết ngày 31
                   tháng 12 năm 2017" is the certificate's own ``valid_until``; the commune's submission cited
                   never; number by hand;
  land prices      a price decision: the two subject lines joined are ``subject``; pricing land grants nothing
                   to anyone: holder fields and ``valid_until`` None; the years the province's table applies
                   ("từ ngày 01/01/2015 đến ngày 31/12/2019") give None; the decisions, the submission and the
                   appraisal cited never; its fields come from both pages, as one document. The office's
                   công văn to a bank: blind5's rule, holder fields and ``valid_until`` None; the bank, the
                   borrower's household and the parcel's certificate never;
  blood donation   a donor's certificate: "GIẤY CHỨNG NHẬN" is ``type_name``, "Hiến máu tình nguyện" (one
                   line) ``subject``; the holder is the man on the "Họ và tên:" row, without "ông",
                   ``holder_id`` the personal number on the row under him (``cccd``); it states no validity:
                   ``valid_until`` None; the day he gave blood never. The Red Cross's plan: "KẾ HOẠCH" is
                   ``type_name``, its two sentence-case lines joined ``subject``; it grants nothing: holder
                   fields and ``valid_until`` None; the day of the drive, the days of canvassing and the
                   deadline give None; the committee's plan cited never; the day by hand;
  digital          a commune's community digital team set up: the two subject lines joined are ``subject``; it
                   grants nothing: holder fields and ``valid_until`` None; the members named in Article 1 and
                   the plans cited never. The district's công văn: blind5's rule, holder fields and
                   ``valid_until`` None; the weeks of the work and the deadline give None;
  study            a company recognised as a learning unit: the two subject lines joined are ``subject`` (the
                   holder's name in it); the holder is the company named right after "Điều 1. Công nhận danh
                   hiệu Đơn vị học tập năm 2020 cho", up to the comma, ``holder_id`` the "mã số thuế" printed
                   after it (``tax_code``). The commune society's notice: "THÔNG BÁO" is ``type_name``, its two
                   sentence-case lines joined ``subject``; addressed to many it grants nothing: holder fields
                   and ``valid_until`` None; the weeks of the appeal and the deadline give None;
  header           two issuer lines joined by a space, as printed ("CÔNG AN TỈNH THANH HÓA CÔNG AN HUYỆN NGỌC
                   LẶC"; "UBND HUYỆN TƯ NGHĨA BCĐ VẬN ĐỘNG HIẾN MÁU TÌNH NGUYỆN"; "HỘI CTĐ TỈNH BÌNH THUẬN HỘI
                   CHỮ THẬP ĐỎ HUYỆN TÁNH LINH"); ``place`` the words before ", ngày" ("Lùng Cải", "Ea Kar",
                   "Yên Cường");
  signer blocks    "CHỦ TỊCH", "GIÁM ĐỐC" and "Q. TRƯỞNG TRẠM" as printed; "KT. TRƯỞNG CÔNG AN HUYỆN" / "PHÓ
                   TRƯỞNG CÔNG AN HUYỆN", "KT. TRƯỞNG PHÒNG" / "PHÓ TRƯỞNG PHÒNG", "KT. TRƯỞNG BAN" / "PHÓ
                   TRƯỞNG BAN THƯỜNG TRỰC", "TM. BAN THƯỜNG VỤ" / "CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH",
                   "TL. CHỦ TỊCH" / "TRƯỞNG PHÒNG VĂN HÓA VÀ THÔNG TIN", "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" and "TM.
                   BAN CHẤP HÀNH" / "CHỦ TỊCH" are ``signer_position``, the lines joined by a space; "TM. ỦY BAN
                   NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" its three lines joined; a Hmông and an Ê Đê name
                   as printed ("Sần Seo Lử", "Y Khuê Byă");
  pages turned     a scan page tilted 1.2 degrees counterclockwise changes no field; a two-page document's
                   fields come from both pages, as one document;
  signatures and seals   as blind7 and blind8: the truth is the text as printed under them.

Renderings, seeds and truth files as blind9's (``make_blind9`` draws them): ``scan`` (300 dpi, light
degradation, PDF) and ``photo`` (80-150 dpi JPEG, perspective, uneven light, half without a DPI; the
two-page document's photos in one PDF), drawn by blind26's render (a document without an annex comes out
as blind9 makes it). Only the scans are turned (``turn``): the digital team's decision lies 1.2 degrees
counterclockwise (1.2); the phone photographs each page as it lies.

    python samples/blind28.py --out benchmarks/out/blind28
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind3 import write_set
from blind5 import _CAN_CU_UBND
from blind9 import LEVELS, Doc9, lay_out
from blind26 import render

__all__ = ["BLIND28", "FAMILIES", "LEVELS", "Doc9", "lay_out", "make_blind28", "render"]

FAMILIES = ("matuy", "khuyennong", "giadat", "hienmau", "chuyendoiso", "khuyenhoc")

_LUAT_MA_TUY = "Căn cứ Luật Phòng, chống ma túy ngày 30 tháng 3 năm 2021;"
_LUAT_DAT_DAI = "Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013;"

BLIND28 = [
    Doc9(
        slug="qd-quan-ly-sau-cai-nghien-giang-a-phay", family="matuy",
        issuer=["UBND HUYỆN BẮC HÀ", "UBND XÃ LÙNG CẢI"],
        number="107", notation="QĐ-UBND", place="Lùng Cải", date_text="30 tháng 6 năm 2023", issued="2023-06-30",
        title=["QUYẾT ĐỊNH"],
        subject=["Về việc quản lý sau cai nghiện ma túy", "tại nơi cư trú đối với ông Giàng A Pháy"],
        body=["CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ LÙNG CẢI", _CAN_CU_UBND,
              _LUAT_MA_TUY,
              ("Xét Giấy chứng nhận hoàn thành thời gian cai nghiện ma túy bắt buộc số 214/GCN-CSCN ngày 19 tháng 6 "
               "năm 2023 của Cơ sở cai nghiện ma túy tỉnh Lào Cai và đề nghị của Trưởng Công an xã,"),
              "QUYẾT ĐỊNH:",
              ("Điều 1. Quản lý sau cai nghiện ma túy tại nơi cư trú đối với ông Giàng A Pháy, sinh ngày 14/02/1994, "
               "số định danh cá nhân 010094128923, thường trú tại thôn Sín Chải, xã Lùng Cải; thời gian quản lý 01 "
               "năm, từ ngày 03/7/2023 đến ngày 02/7/2024."),
              ("Điều 2. Giao Công an xã chủ trì theo dõi, quản lý, hỗ trợ ông Giàng A Pháy học nghề, tìm việc làm."),
              ("Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Trưởng Công an xã, Trưởng thôn Sín Chải và ông "
               "Giàng A Pháy chịu trách nhiệm thi hành.")],
        signer_position=["CHỦ TỊCH"], signer_name="Sần Seo Lử",
        holder_name="Giàng A Pháy", holder_id="010094128923", holder_id_type="cccd",
        recipients=["- Như Điều 3;", "- Công an huyện Bắc Hà;", "- Lưu: VT."],
        seal="ỦY BAN NHÂN DÂN * XÃ LÙNG CẢI *", hand="flourish", aim=(0.0, 0.0), lift=20.0,
    ),
    Doc9(
        slug="cv-ra-soat-nguoi-su-dung-ma-tuy-ngoc-lac", family="matuy",
        issuer=["CÔNG AN TỈNH THANH HÓA", "CÔNG AN HUYỆN NGỌC LẶC"],
        number="1017", notation="CAH-ĐTTP", place="Ngọc Lặc", date_text="09 tháng 9 năm 2021", issued="2021-09-09",
        title=[], subject=["V/v rà soát, lập danh sách người sử dụng", "trái phép chất ma túy quý III năm 2021"],
        addressees=["Công an các xã, thị trấn;", "Đội Cảnh sát điều tra tội phạm về ma túy."],
        body=[("Thực hiện Kế hoạch số 208/KH-CAT-PC04 ngày 27 tháng 8 năm 2021 của Công an tỉnh Thanh Hóa về rà "
               "soát, thống kê người nghiện ma túy, người sử dụng trái phép chất ma túy, Công an huyện Ngọc Lặc đề "
               "nghị:"),
              ("1. Công an các xã, thị trấn rà soát toàn bộ người sử dụng trái phép chất ma túy, người nghiện ma túy "
               "đang cư trú trên địa bàn; thời gian rà soát từ ngày 13/9/2021 đến ngày 24/9/2021."),
              ("2. Lập danh sách theo mẫu gửi kèm, ghi rõ họ tên, năm sinh, nơi cư trú, tình trạng sử dụng ma túy, "
               "biện pháp đã áp dụng; gửi về Công an huyện (qua Đội Cảnh sát điều tra tội phạm về ma túy) trước "
               "ngày 28 tháng 9 năm 2021."),
              ("3. Đội Cảnh sát điều tra tội phạm về ma túy hướng dẫn, kiểm tra việc rà soát; tổng hợp, báo cáo Công "
               "an tỉnh theo quy định."),
              ("Mọi vướng mắc liên hệ đồng chí Lê Đình Nhượng, Đội Cảnh sát điều tra tội phạm về ma túy, điện thoại "
               "0237 3870 216./.")],
        signer_position=["KT. TRƯỞNG CÔNG AN HUYỆN", "PHÓ TRƯỞNG CÔNG AN HUYỆN"], signer_name="Lê Quý Hưởng",
        recipients=["- Như trên;", "- Công an tỉnh (PC04) (b/c);", "- Lưu: VT, ĐTTP."],
        seal="CÔNG AN HUYỆN * NGỌC LẶC *", handwritten=("code_number", "issued_date"),
        hand="scribble", aim=(0.0, 0.0), lift=14.0,
    ),
    Doc9(
        slug="qd-ho-tro-mo-hinh-xoai-vietgap-htx-suoi-tan", family="khuyennong",
        issuer=["UBND HUYỆN CAM LÂM", "TRUNG TÂM DỊCH VỤ NÔNG NGHIỆP"],
        number="116", notation="QĐ-TTDVNN", place="Cam Lâm", date_text="17 tháng 3 năm 2020", issued="2020-03-17",
        title=["QUYẾT ĐỊNH"],
        subject=["Về việc hỗ trợ xây dựng mô hình trồng xoài",
                 "theo VietGAP cho Hợp tác xã Nông nghiệp Suối Tân"],
        body=["GIÁM ĐỐC TRUNG TÂM DỊCH VỤ NÔNG NGHIỆP HUYỆN CAM LÂM",
              "Căn cứ Nghị định số 83/2018/NĐ-CP ngày 24 tháng 5 năm 2018 của Chính phủ về khuyến nông;",
              ("Căn cứ Giấy chứng nhận VietGAP số 118/2019/GCN-VG ngày 12 tháng 8 năm 2019 của Trung tâm Chứng "
               "nhận phù hợp Khánh Hòa cấp cho Hợp tác xã Nông nghiệp Suối Tân, có giá trị đến hết ngày 11 tháng 8 "
               "năm 2021;"),
              "Xét đề nghị của Trưởng phòng Kỹ thuật - Khuyến nông,",
              "QUYẾT ĐỊNH:",
              ("Điều 1. Hỗ trợ cho Hợp tác xã Nông nghiệp Suối Tân, mã số thuế 4235694360, xây dựng mô hình trồng "
               "xoài Úc theo VietGAP quy mô 5 ha tại thôn Suối Lau, xã Suối Tân; thời gian thực hiện từ ngày "
               "01/4/2020 đến ngày 30/11/2020; kinh phí hỗ trợ 186.500.000 đồng (giống, phân bón, tập huấn)."),
              ("Điều 2. Quyết định này có hiệu lực kể từ ngày ký. Trưởng phòng Kỹ thuật - Khuyến nông, Kế "
               "toán Trung tâm và Giám đốc Hợp tác xã Nông nghiệp Suối Tân chịu trách nhiệm thi hành.")],
        signer_position=["GIÁM ĐỐC"], signer_name="Trần Thị Ngọc Diễm",
        holder_name="Hợp tác xã Nông nghiệp Suối Tân", holder_id="4235694360", holder_id_type="tax_code",
        recipients=["- Như Điều 2;", "- UBND huyện (b/c);", "- UBND xã Suối Tân;", "- Lưu: VT, KT-KN."],
        seal="TT DỊCH VỤ NÔNG NGHIỆP * HUYỆN CAM LÂM *", hand="loops", aim=(32.0, 8.0), lift=14.0,
    ),
    Doc9(
        slug="gcn-cong-tac-vien-khuyen-nong-trinh-thi-quyen", family="khuyennong",
        issuer=["UBND HUYỆN LẬP THẠCH", "TRẠM KHUYẾN NÔNG"],
        number="103", notation="GCN-TKN", place="Lập Thạch", date_text="20 tháng 12 năm 2016", issued="2016-12-20",
        title=["GIẤY CHỨNG NHẬN"], subject=["Cộng tác viên khuyến nông cơ sở"],
        body=["TRƯỞNG TRẠM KHUYẾN NÔNG HUYỆN LẬP THẠCH",
              "Căn cứ Nghị định số 02/2010/NĐ-CP ngày 08 tháng 01 năm 2010 của Chính phủ về khuyến nông;",
              ("Căn cứ Quyết định số 1205/QĐ-UBND ngày 28 tháng 4 năm 2016 của Ủy ban nhân dân huyện Lập Thạch ban "
               "hành Quy chế hoạt động của mạng lưới cộng tác viên khuyến nông cơ sở;"),
              "Xét đề nghị của Ủy ban nhân dân xã Liên Hòa tại Tờ trình số 31/TTr-UBND ngày 12 tháng 12 năm 2016,",
              "1. Cấp cho: bà Trịnh Thị Quyên",
              "2. Ngày sinh: 07/5/1983; số định danh cá nhân: 026183276332",
              "3. Địa chỉ: thôn Đồng Giãn, xã Liên Hòa, huyện Lập Thạch, tỉnh Vĩnh Phúc.",
              ("4. Là cộng tác viên khuyến nông cơ sở xã Liên Hòa; hướng dẫn kỹ thuật trồng trọt, chăn nuôi, theo "
               "dõi dịch bệnh và báo cáo hằng tháng về Trạm Khuyến nông."),
              "5. Giấy chứng nhận có giá trị đến hết ngày 31 tháng 12 năm 2017."],
        signer_position=["Q. TRƯỞNG TRẠM"], signer_name="Khổng Mạnh",
        holder_name="Trịnh Thị Quyên", holder_id="026183276332", holder_id_type="cccd", valid_until="2017-12-31",
        recipients=["- Bà Trịnh Thị Quyên;", "- UBND xã Liên Hòa;", "- Lưu: VT."],
        seal="TRẠM KHUYẾN NÔNG * HUYỆN LẬP THẠCH *", handwritten=("code_number",),
        hand="underline", aim=(36.0, 10.0), lift=16.0,
    ),
    Doc9(
        slug="qd-gia-dat-cu-the-boi-thuong-duong-ea-o-cu-hue", family="giadat",
        issuer=["ỦY BAN NHÂN DÂN", "HUYỆN EA KAR"],
        number="2904", notation="QĐ-UBND", place="Ea Kar", date_text="16 tháng 10 năm 2019", issued="2019-10-16",
        title=["QUYẾT ĐỊNH"],
        subject=["Về việc phê duyệt giá đất cụ thể tính bồi thường",
                 "dự án nâng cấp đường liên xã Ea Ô - Cư Huê"],
        body=["ỦY BAN NHÂN DÂN HUYỆN EA KAR", _CAN_CU_UBND, _LUAT_DAT_DAI,
              "Căn cứ Nghị định số 44/2014/NĐ-CP ngày 15 tháng 5 năm 2014 của Chính phủ quy định về giá đất;",
              ("Căn cứ Quyết định số 43/2014/QĐ-UBND ngày 22 tháng 12 năm 2014 của Ủy ban nhân dân tỉnh Đắk Lắk "
               "ban hành Bảng giá các loại đất trên địa bàn tỉnh, áp dụng từ ngày 01/01/2015 đến ngày 31/12/2019;"),
              ("Căn cứ Quyết định số 1658/QĐ-UBND ngày 09 tháng 7 năm 2019 của Ủy ban nhân dân tỉnh Đắk Lắk ủy "
               "quyền cho Ủy ban nhân dân cấp huyện phê duyệt giá đất cụ thể đối với dự án do huyện làm chủ đầu "
               "tư;"),
              ("Xét đề nghị của Trưởng phòng Tài nguyên và Môi trường tại Tờ trình số 412/TTr-TNMT ngày 04 tháng 10 "
               "năm 2019 và Biên bản thẩm định của Hội đồng thẩm định giá đất huyện ngày 08 tháng 10 năm 2019,"),
              "QUYẾT ĐỊNH:",
              ("Điều 1. Phê duyệt giá đất cụ thể để tính tiền bồi thường khi Nhà nước thu hồi đất thực hiện dự án "
               "nâng cấp đường liên xã Ea Ô - Cư Huê, huyện Ea Kar, như sau:"),
              ("1. Đất ở tại nông thôn: a) vị trí 1, tiếp giáp đường liên xã đoạn từ ngã ba Ea Ô đến cầu Buôn "
               "Kdrăn: 1.850.000 đồng/m²; b) vị trí 2: 1.120.000 đồng/m²; c) vị trí 3: 690.000 đồng/m²."),
              ("2. Đất trồng cây lâu năm: a) trong khu dân cư: 156.000 đồng/m²; b) ngoài khu dân cư, tiếp giáp "
               "đường liên xã: 98.000 đồng/m²; c) các vị trí còn lại: 72.000 đồng/m²."),
              ("3. Đất trồng cây hằng năm và đất trồng lúa: 54.000 đồng/m²; đất nuôi trồng thủy sản: 48.000 "
               "đồng/m²."),
              ("4. Giá đất tại Điều này chỉ dùng để tính tiền bồi thường, hỗ trợ cho các hộ gia đình, cá nhân có "
               "đất bị thu hồi thuộc phạm vi dự án theo phương án được cấp có thẩm quyền phê duyệt; không dùng làm "
               "căn cứ cho mục đích khác."),
              ("Điều 2. Giao Ban Quản lý dự án đầu tư xây dựng huyện phối hợp với Trung tâm Phát triển quỹ đất "
               "huyện lập phương án bồi thường, hỗ trợ theo giá đất tại Điều 1; niêm yết công khai tại trụ sở Ủy "
               "ban nhân dân xã Ea Ô, xã Cư Huê và thông báo cho các hộ có đất bị thu hồi."),
              ("Điều 3. Phòng Tài chính - Kế hoạch thẩm định dự toán kinh phí bồi thường; Phòng Tài nguyên và Môi "
               "trường kiểm tra việc áp dụng giá đất, báo cáo Ủy ban nhân dân huyện những vướng mắc phát sinh."),
              ("Điều 4. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng "
               "Tài nguyên và Môi trường, Trưởng phòng Tài chính - Kế hoạch, Giám đốc Ban Quản lý dự án đầu tư xây "
               "dựng huyện, Giám đốc Trung tâm Phát triển quỹ đất huyện, Chủ tịch Ủy ban nhân dân các xã Ea Ô, Cư "
               "Huê và các hộ gia đình, cá nhân có liên quan chịu trách nhiệm thi hành.")],
        signer_position=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer_name="Y Khuê Byă",
        recipients=["- Như Điều 4;", "- UBND tỉnh Đắk Lắk (b/c);", "- Sở Tài nguyên và Môi trường;",
                    "- Lưu: VT, TNMT."],
        seal="ỦY BAN NHÂN DÂN * HUYỆN EA KAR *", hand="scribble", aim=(34.0, 8.0), lift=18.0,
    ),
    Doc9(
        slug="cv-thong-tin-gia-dat-thua-186-te-thang", family="giadat",
        issuer=["UBND HUYỆN NÔNG CỐNG", "PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG"],
        number="319", notation="TNMT", place="Nông Cống", date_text="24 tháng 5 năm 2022", issued="2022-05-24",
        title=[], subject=["V/v cung cấp thông tin giá đất thửa đất số 186,", "tờ bản đồ số 12, xã Tế Thắng"],
        addressees=["Agribank Chi nhánh huyện Nông Cống"],
        body=[("Phòng Tài nguyên và Môi trường nhận được Công văn số 96/NHNo.NC-KHKD ngày 17 tháng 5 năm 2022 của "
               "Agribank Chi nhánh huyện Nông Cống đề nghị cung cấp thông tin giá đất để thẩm định tài sản bảo đảm "
               "khoản vay của hộ ông Lê Văn Khánh, thôn 4, xã Tế Thắng. Sau khi kiểm tra hồ sơ địa chính, Phòng Tài "
               "nguyên và Môi trường cung cấp thông tin như sau:"),
              ("1. Thửa đất số 186, tờ bản đồ số 12, diện tích 312,5 m² (đất ở tại nông thôn 200 m², đất trồng cây "
               "lâu năm 112,5 m²), đã được cấp Giấy chứng nhận quyền sử dụng đất số CS 04712 ngày 11 tháng 3 năm "
               "2021."),
              ("2. Theo Bảng giá đất giai đoạn 2020 - 2024 ban hành kèm theo Quyết định số 44/2019/QĐ-UBND ngày 23 "
               "tháng 12 năm 2019 của Ủy ban nhân dân tỉnh Thanh Hóa, thửa đất thuộc vị trí 2, đường liên thôn: đất "
               "ở 1.400.000 đồng/m²; đất trồng cây lâu năm 62.000 đồng/m²."),
              ("3. Giá đất nêu trên là giá trong Bảng giá đất của tỉnh, không phải giá thị trường; Ngân hàng căn cứ "
               "quy định về thẩm định tài sản bảo đảm để xác định giá trị thửa đất."),
              "Phòng Tài nguyên và Môi trường cung cấp để Ngân hàng biết, thực hiện./."],
        signer_position=["KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG"], signer_name="Đàm Quang Hữu",
        recipients=["- Như trên;", "- Lãnh đạo Phòng;", "- Lưu: VT, ĐĐ."],
        seal="PHÒNG TN&MT * HUYỆN NÔNG CỐNG *", hand="flourish", aim=(0.0, 0.0), lift=12.0,
    ),
    Doc9(
        slug="gcn-hien-mau-tinh-nguyen-lu-van-tai", family="hienmau",
        issuer=["UBND HUYỆN TƯ NGHĨA", "BCĐ VẬN ĐỘNG HIẾN MÁU TÌNH NGUYỆN"],
        number="265", notation="GCN-BCĐ", place="Tư Nghĩa", date_text="26 tháng 4 năm 2022", issued="2022-04-26",
        title=["GIẤY CHỨNG NHẬN"], subject=["Hiến máu tình nguyện"],
        body=["BAN CHỈ ĐẠO VẬN ĐỘNG HIẾN MÁU TÌNH NGUYỆN HUYỆN TƯ NGHĨA",
              ("Căn cứ Thông tư số 26/2013/TT-BYT ngày 16 tháng 9 năm 2013 của Bộ Y tế hướng dẫn hoạt động truyền "
               "máu;"),
              ("Căn cứ danh sách người hiến máu tại Ngày hội hiến máu tình nguyện huyện Tư Nghĩa ngày 14 tháng 4 năm "
               "2022 do Bệnh viện Đa khoa tỉnh Quảng Ngãi xác nhận,"),
              "CHỨNG NHẬN:",
              "1. Họ và tên: ông Lữ Văn Tài",
              "2. Ngày sinh: 19/10/1992; số định danh cá nhân: 051092622933",
              "3. Địa chỉ: thôn Phú Thọ, xã Nghĩa Thọ, huyện Tư Nghĩa, tỉnh Quảng Ngãi.",
              "4. Đã hiến 350 ml máu toàn phần ngày 14 tháng 4 năm 2022 (lần hiến thứ 5).",
              ("5. Người hiến máu được truyền máu miễn phí với số lượng tương đương lượng máu đã hiến khi cần, theo "
               "quy định của Bộ Y tế.")],
        signer_position=["KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN THƯỜNG TRỰC"], signer_name="Huỳnh Ngọc Sửu",
        holder_name="Lữ Văn Tài", holder_id="051092622933", holder_id_type="cccd",
        recipients=["- Ông Lữ Văn Tài;", "- Hội Chữ thập đỏ huyện;", "- Lưu: VT."],
        seal="ỦY BAN NHÂN DÂN * HUYỆN TƯ NGHĨA *", hand="loops", aim=(30.0, 6.0), lift=14.0,
    ),
    Doc9(
        slug="kh-ngay-hoi-hien-mau-dot-2-tanh-linh", family="hienmau",
        issuer=["HỘI CTĐ TỈNH BÌNH THUẬN", "HỘI CHỮ THẬP ĐỎ HUYỆN TÁNH LINH"],
        number="122", notation="KH-CTĐ", place="Tánh Linh", date_text="21 tháng 6 năm 2018", issued="2018-06-21",
        title=["KẾ HOẠCH"], subject=["Tổ chức Ngày hội hiến máu tình nguyện", "đợt 2 năm 2018"],
        body=[("Thực hiện Kế hoạch số 04/KH-BCĐ ngày 12 tháng 01 năm 2018 của Ban Chỉ đạo vận động hiến máu tình "
               "nguyện huyện Tánh Linh về vận động hiến máu tình nguyện năm 2018, Ban Thường vụ Hội Chữ thập đỏ "
               "huyện xây dựng Kế hoạch tổ chức Ngày hội hiến máu tình nguyện đợt 2 như sau:"),
              ("1. Chỉ tiêu: tiếp nhận 450 đơn vị máu; đối tượng là cán bộ, công chức, viên chức, đoàn viên, hội "
               "viên và nhân dân từ đủ 18 đến 60 tuổi, đủ sức khỏe."),
              ("2. Thời gian, địa điểm: từ 6 giờ 30 đến 11 giờ 00 ngày 19 tháng 7 năm 2018 tại Hội trường Trung tâm "
               "Văn hóa - Thể thao huyện, thị trấn Lạc Tánh; tuyên truyền, vận động từ ngày 25/6/2018 đến ngày "
               "17/7/2018."),
              ("3. Phân công: Hội Chữ thập đỏ các xã, thị trấn vận động và gửi danh sách đăng ký về Hội Chữ thập đỏ "
               "huyện trước ngày 10 tháng 7 năm 2018; Trung tâm Y tế huyện phối hợp với Bệnh viện Đa khoa tỉnh tiếp "
               "nhận máu; Huyện đoàn bố trí 30 tình nguyện viên."),
              ("4. Kinh phí: từ nguồn hỗ trợ của Ban Chỉ đạo huyện và vận động xã hội hóa; mỗi người hiến máu được "
               "nhận quà và tiền hỗ trợ đi lại theo quy định."),
              "Đề nghị các cơ quan, đơn vị phối hợp thực hiện tốt Kế hoạch này./."],
        signer_position=["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH"], signer_name="Phí Thị Nguyện",
        recipients=["- Hội CTĐ tỉnh (b/c);", "- BCĐ VĐHMTN huyện;", "- Hội CTĐ các xã, thị trấn;", "- Lưu: VP."],
        seal="HỘI CHỮ THẬP ĐỎ * HUYỆN TÁNH LINH *", handwritten=("issued_date",),
        hand="underline", aim=(0.0, 0.0), lift=18.0,
    ),
    Doc9(
        slug="qd-thanh-lap-to-cong-nghe-so-cong-dong-thuy-huong", family="chuyendoiso",
        issuer=["UBND HUYỆN CHƯƠNG MỸ", "UBND XÃ THỤY HƯƠNG"],
        number="153", notation="QĐ-UBND", place="Thụy Hương", date_text="11 tháng 3 năm 2024", issued="2024-03-11",
        title=["QUYẾT ĐỊNH"], subject=["Về việc thành lập Tổ công nghệ số cộng đồng", "xã Thụy Hương"],
        body=["ỦY BAN NHÂN DÂN XÃ THỤY HƯƠNG", _CAN_CU_UBND,
              ("Căn cứ Quyết định số 1907/QĐ-BTTTT ngày 12 tháng 11 năm 2021 của Bộ Thông tin và Truyền thông phê "
               "duyệt Kế hoạch triển khai Tổ công nghệ số cộng đồng;"),
              ("Xét Kế hoạch số 41/KH-UBND ngày 26 tháng 02 năm 2024 của Ủy ban nhân dân huyện Chương Mỹ về "
               "chuyển đổi số năm 2024,"),
              "QUYẾT ĐỊNH:",
              ("Điều 1. Thành lập Tổ công nghệ số cộng đồng xã Thụy Hương gồm 11 thành viên: ông Nguyễn Hữu Bình, "
               "Phó Chủ tịch Ủy ban nhân dân xã, Tổ trưởng; bà Đỗ Thị Hằng Nga, công chức Văn hóa - Xã hội, Tổ phó; "
               "ông Tạ Minh Cường, Bí thư Đoàn xã, và 08 Trưởng thôn, thành viên."),
              ("Điều 2. Tổ hướng dẫn người dân sử dụng ứng dụng VNeID, dịch vụ công trực tuyến và kỹ năng số "
               "cơ bản."),
              ("Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Văn phòng - Thống kê xã và các thành viên có tên "
               "tại Điều 1 chịu trách nhiệm thi hành.")],
        signer_position=["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], signer_name="Nghiêm Xuân Trường",
        recipients=["- Như Điều 3;", "- UBND huyện Chương Mỹ (b/c);", "- Lưu: VT, VHXH."],
        seal="ỦY BAN NHÂN DÂN * XÃ THỤY HƯƠNG *", hand="flourish", aim=(30.0, 10.0), lift=16.0, turn=(1.2,),
    ),
    Doc9(
        slug="cv-dua-san-pham-len-san-thuong-mai-dien-tu-cam-khe", family="chuyendoiso",
        issuer=["ỦY BAN NHÂN DÂN", "HUYỆN CẨM KHÊ"],
        number="1409", notation="UBND-VHTT", place="Cẩm Khê", date_text="02 tháng 8 năm 2023", issued="2023-08-02",
        title=[], subject=["V/v hỗ trợ hộ sản xuất, kinh doanh đưa", "sản phẩm lên sàn thương mại điện tử"],
        addressees=["Ủy ban nhân dân các xã, thị trấn;", "Hội Liên hiệp Phụ nữ huyện;", "Bưu điện huyện Cẩm Khê."],
        body=[("Thực hiện Kế hoạch số 2764/KH-UBND ngày 20 tháng 7 năm 2023 của Ủy ban nhân dân tỉnh Phú Thọ về "
               "đưa sản phẩm nông nghiệp, sản phẩm OCOP lên sàn thương mại điện tử năm 2023, Chủ tịch Ủy ban nhân "
               "dân huyện có ý kiến như sau:"),
              ("1. Ủy ban nhân dân các xã, thị trấn rà soát hộ sản xuất, kinh doanh, hợp tác xã có sản phẩm chủ "
               "lực; chỉ đạo Tổ công nghệ số cộng đồng hướng dẫn mở gian hàng trên sàn Postmart, Voso; thời gian "
               "thực hiện từ ngày 07/8/2023 đến ngày 29/9/2023."),
              ("2. Hội Liên hiệp Phụ nữ huyện vận động hội viên là chủ hộ kinh doanh tham gia; Bưu điện huyện Cẩm "
               "Khê hỗ trợ chụp ảnh, đăng sản phẩm, đóng gói và vận chuyển đơn hàng."),
              ("3. Kết quả thực hiện gửi về Ủy ban nhân dân huyện (qua Phòng Văn hóa và Thông tin) trước ngày 05 "
               "tháng 10 năm 2023 để tổng hợp."),
              ("Đầu mối liên hệ: bà Hà Thị Thu Trang, chuyên viên Phòng Văn hóa và Thông tin, điện thoại 0210 3879 "
               "145./.")],
        signer_position=["TL. CHỦ TỊCH", "TRƯỞNG PHÒNG VĂN HÓA VÀ THÔNG TIN"], signer_name="Tôn Nữ Thị Ngọc Trầm",
        recipients=["- Như trên;", "- CT, các PCT UBND huyện;", "- Lưu: VT, VHTT."],
        seal="ỦY BAN NHÂN DÂN * HUYỆN CẨM KHÊ *", hand="loops", aim=(0.0, 0.0), lift=10.0,
    ),
    Doc9(
        slug="qd-cong-nhan-don-vi-hoc-tap-nong-san-binh-minh", family="khuyenhoc",
        issuer=["ỦY BAN NHÂN DÂN", "HUYỆN ÂN THI"],
        number="3572", notation="QĐ-UBND", place="Ân Thi", date_text="4 tháng 11 năm 2020", issued="2020-11-04",
        title=["QUYẾT ĐỊNH"],
        subject=["Về việc công nhận danh hiệu Đơn vị học tập năm 2020",
                 "cho Công ty TNHH Chế biến nông sản Bình Minh"],
        body=["CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN ÂN THI", _CAN_CU_UBND,
              ("Căn cứ Hướng dẫn số 95/HD-KHVN ngày 25 tháng 3 năm 2020 của Hội Khuyến học Việt Nam về đánh giá, "
               "công nhận danh hiệu Đơn vị học tập;"),
              ("Xét đề nghị của Hội Khuyến học huyện tại Tờ trình số 18/TTr-KH ngày 26 tháng 10 năm 2020 và đề "
               "nghị của Trưởng phòng Giáo dục và Đào tạo,"),
              "QUYẾT ĐỊNH:",
              ("Điều 1. Công nhận danh hiệu Đơn vị học tập năm 2020 cho Công ty TNHH Chế biến nông sản Bình Minh, mã "
               "số thuế 0901514547, thôn Bình Minh, xã Bãi Sậy, huyện Ân Thi; 100% người lao động tham gia học "
               "tập nâng cao trình độ, kỹ năng nghề."),
              "Điều 2. Công ty được tặng Giấy công nhận kèm theo tiền thưởng 1.000.000 đồng từ Quỹ Khuyến học huyện.",
              ("Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND huyện, Chủ tịch Hội "
               "Khuyến học huyện, Trưởng phòng Giáo dục và Đào tạo và Giám đốc Công ty chịu trách nhiệm thi hành.")],
        signer_position=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer_name="Tạ Quốc Vượng",
        holder_name="Công ty TNHH Chế biến nông sản Bình Minh", holder_id="0901514547", holder_id_type="tax_code",
        recipients=["- Như Điều 3;", "- Hội Khuyến học tỉnh (b/c);", "- Lưu: VT, GD."],
        seal="ỦY BAN NHÂN DÂN * HUYỆN ÂN THI *", hand="scribble", aim=(32.0, 10.0), lift=12.0,
    ),
    Doc9(
        slug="tb-van-dong-quy-khuyen-hoc-yen-cuong", family="khuyenhoc",
        issuer=["HỘI KHUYẾN HỌC Ý YÊN", "HỘI KHUYẾN HỌC XÃ YÊN CƯỜNG"],
        number="138", notation="TB-KH", place="Yên Cường", date_text="28 tháng 8 năm 2023", issued="2023-08-28",
        title=["THÔNG BÁO"], subject=["Về việc vận động xây dựng Quỹ khuyến học", "năm học 2023 - 2024"],
        addressees=["Chi hội Khuyến học các thôn;", "Các dòng họ, cơ quan, doanh nghiệp trên địa bàn xã."],
        body=[("Thực hiện Nghị quyết Đại hội Hội Khuyến học xã Yên Cường nhiệm kỳ 2021 - 2026 và Kế hoạch số "
               "06/KH-KH ngày 14 tháng 8 năm 2023 của Hội Khuyến học huyện Ý Yên, Ban Chấp hành Hội Khuyến "
               "học xã thông báo:"),
              ("1. Vận động hội viên, nhân dân, các dòng họ, cơ quan, doanh nghiệp đóng góp Quỹ khuyến học năm học "
               "2023 - 2024; mức vận động bình quân 20.000 đồng/hội viên, khuyến khích ủng hộ cao hơn."),
              ("2. Thời gian vận động từ ngày 05/9/2023 đến ngày 30/9/2023; Chi hội Khuyến học các thôn lập danh "
               "sách, nộp tiền về Thủ quỹ Hội trước ngày 06 tháng 10 năm 2023."),
              ("3. Quỹ được dùng khen thưởng học sinh giỏi, hỗ trợ học sinh có hoàn cảnh khó khăn; thu, chi công "
               "khai tại Hội nghị tổng kết năm học."),
              "Mọi chi tiết xin liên hệ bà Vũ Thị Lanh, Thủ quỹ Hội, điện thoại 0228 3871 254./."],
        signer_position=["TM. BAN CHẤP HÀNH", "CHỦ TỊCH"], signer_name="Lã Thị Mận",
        recipients=["- Như trên;", "- Hội Khuyến học huyện (b/c);", "- Đảng ủy, UBND xã;", "- Lưu: VP."],
        hand="loops", aim=(36.0, 8.0), lift=16.0,
    ),
]


def make_blind28(out: Path, docs=BLIND28, levels=LEVELS, only: set[str] | None = None) -> list[Path]:
    """As blind9, with seeds of its own; ``only`` (slugs) and ``levels`` draw just those files, as they are
    in the whole set."""
    return write_set(out, docs, levels, render, seed=5200, jpeg_seed=2600, no_dpi_parity=1, only=only)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, required=True, help="folder for scans/ and truth/")
    out = parser.parse_args().out
    for path in make_blind28(out):
        print(f"{path.relative_to(out)}  {path.stat().st_size // 1024} KiB")


if __name__ == "__main__":
    main()

"""Blind set 21 (issue 13, after blind set 20): six more families of results, each as a 300 dpi scan and
as a phone photo, signed and sealed as in blind sets 8 to 20, with one scan page tilted two and a half
degrees clockwise on the glass. Written without looking at the rules or running them on it, measured
once.

As in blind17 to blind20, every province and provincial seat is some earlier set's ``place``: these
results come from communes, wards, districts and towns, a road-management sub-department, a dike
station, a provincial social-protection centre and a beekeepers' association, dated where those sit
("Hoàng Mai", "Xương Giang", "Khoái Châu", "Cam Lộ", "Đại Nghĩa").

Families (Decree 30/2020 appendix I positions: issuer column top left, motto top right, number under
the issuer, place and date under the motto, title centred, signer bottom right, "Nơi nhận:" bottom left):
  attp         food safety: a district's "GIẤY CHỨNG NHẬN" / "CƠ SỞ ĐỦ ĐIỀU KIỆN AN TOÀN THỰC PHẨM" (two
               capitals lines), numbered by hand (blind5's pen, the date printed), the caterer on rows under
               "CHỨNG NHẬN:" ("Tên cơ sở: Công ty TNHH …", "Mã số doanh nghiệp: …"), its director named on the
               row under them without a number, the appraisal team's minutes ("Biên bản … số 27/BB-TĐ ngày …")
               and the province's decentralisation ("Quyết định số 39/2019/QĐ-UBND ngày …") cited above,
               "Giấy chứng nhận có hiệu lực đến ngày 14 tháng 6 năm 2024.", signed "TUQ. CHỦ TỊCH" /
               "TRƯỞNG PHÒNG Y TẾ"; and another district's công văn "V/v tăng cường bảo đảm an toàn thực phẩm"
               / "dịp Tết Canh Tý và mùa Lễ hội Xuân 2020", numbered and dated by hand, addressed ("Kính gửi:")
               to two groups on two dashed lines, the province's letter ("Công văn số 4218/UBND-VX ngày …")
               in the body, an inspection "từ ngày 08/01/2020 đến ngày 15/02/2020", a deadline and an
               official named with her phone, signed "TL. CHỦ TỊCH" / "CHÁNH VĂN PHÒNG";
  thuysan      aquaculture: a town's "GIẤY XÁC NHẬN ĐĂNG KÝ NUÔI TRỒNG THỦY SẢN LỒNG BÈ" (one line), the
               lobster farmer on rows under "XÁC NHẬN:" ("1. Tên chủ cơ sở nuôi: ông Lữ Văn Sáu", then "2. Số
               định danh cá nhân: …; ngày sinh: …", the number before the birth date), his cages and the
               farm's own code ("Mã số cơ sở nuôi: 54-SC-LB-0318"), no validity printed, signed "TUQ. CHỦ
               TỊCH" / "TRƯỞNG PHÒNG KINH TẾ"; and an island district's decision on two pages (Articles 2 to
               4, the signer and "Nơi nhận:" on page 2) "Về việc cho thuê mặt nước biển để nuôi trồng thủy
               sản" / "đối với Hợp tác xã Nuôi biển Hòn Tre" (the holder inside the subject), "Điều 1. Cho Hợp
               tác xã …, mã số hợp tác xã …, thuê …", the lease on rows ("4. Thời hạn cho thuê: 10 năm, kể
               từ ngày ký đến hết ngày 07 tháng 4 năm 2031."), the province's delegation and the office's
               submission cited above, a deadline and "trong thời hạn 30 ngày kể từ ngày ký" in Article 2,
               signed "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH";
  duongbo      roads: a road-management sub-department's "GIẤY PHÉP THI CÔNG" / "Công trình thiết yếu trong
               phạm vi bảo vệ kết cấu hạ tầng" / "giao thông đường bộ Quốc lộ 48D" (two sentence-case lines)
               under a three-line issuer ("TỔNG CỤC ĐBVN" / "CỤC QUẢN LÝ ĐƯỜNG BỘ II" / "CHI CỤC QUẢN LÝ
               ĐƯỜNG BỘ II.3", a dot inside its notation "GPTC-CCII.3"), the contractor on rows under "CẤP PHÉP
               THI CÔNG:" ("1. Đơn vị thi công: Công ty Cổ phần …", "2. Mã số doanh nghiệp: …"), the investor
               under it, the chainages ("Km 3+200 đến Km 7+850"), "6. Thời gian thi công: 45 ngày, từ ngày …
               đến hết ngày …", the department's approval ("Văn bản chấp thuận … số 1377/CQLĐBII-QLBT ngày …")
               cited above, "Giấy phép thi công có giá trị đến hết ngày 29 tháng 5 năm 2019.", signed "KT. CHI
               CỤC TRƯỞNG" / "PHÓ CHI CỤC TRƯỞNG"; and a ward's "GIẤY PHÉP" / "Sử dụng tạm thời một phần hè
               phố" / "không vì mục đích giao thông", the woman on rows ("1. Cấp cho: bà Giáp Thị Hồng Thắm",
               "2. Ngày sinh: …; số định danh cá nhân: …"), a wedding marquee "từ 06 giờ 00 ngày 16/12/2022 đến
               22 giờ 00 ngày 17/12/2022", "Giấy phép có giá trị từ ngày 16/12/2022 đến hết ngày 17/12/2022."
               (the validity in figures), signed "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH";
  baotro       social protection: a provincial social-protection centre's decision under its department
               ("SỞ LĐTBXH QUẢNG TRỊ" / "TRUNG TÂM BẢO TRỢ XÃ HỘI") "Về việc tiếp nhận đối tượng bảo trợ xã
               hội" / "vào chăm sóc, nuôi dưỡng tại Trung tâm", "Điều 1. Tiếp nhận bà Hồ Thị Kăn, sinh ngày …,
               số định danh cá nhân …, dân tộc Vân Kiều, …", her nephew (the applicant) and the commune's
               letter cited above, "kể từ ngày 01 tháng 8 năm 2022", signed "Q. GIÁM ĐỐC", its scan tilted two
               and a half degrees clockwise; and a commune's "TỜ TRÌNH" / "Đề nghị hỗ trợ khẩn cấp về nhà ở" /
               "cho hộ gia đình bị cháy nhà" addressed ("Kính gửi: …") to the district, the Dao householder
               named with his birth date and personal number in the body, signed "TM. ỦY BAN NHÂN DÂN" /
               "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" by a H'Mông vice-chairman;
  dedieu       dikes: a dike station's "GIẤY PHÉP" / "Cho xe cơ giới có tải trọng lớn đi trên đê" (one
               sentence-case line) under a three-line issuer ("SỞ NN VÀ PTNT HƯNG YÊN" / "CHI CỤC THỦY LỢI" /
               "HẠT QUẢN LÝ ĐÊ KHOÁI CHÂU"), the company on rows under "CHO PHÉP:" ("1. Tên đơn vị: Công ty
               TNHH …", "2. Mã số doanh nghiệp: …"), its lorries' plates ("89C-176.42") and the dike's
               chainages, "Giấy phép có giá trị đến hết ngày 31 tháng 3 năm 2019." at the end of the last
               paragraph, signed "HẠT TRƯỞNG" by a man with a two-syllable name; and a commune's decision "Về
               việc kiện toàn Lực lượng quản lý đê nhân dân" / "xã Thụy Trường năm 2018", numbered by hand, the
               team's leader and deputy named in Article 1, the storm season "từ ngày 15 tháng 6 đến hết ngày
               30 tháng 11 năm 2018" and the decision it replaces ("Quyết định số 21/QĐ-UBND ngày …"), signed
               "CHỦ TỊCH";
  hoi          associations: a district's decision "Về việc cho phép thành lập Hội Nuôi ong" / "huyện Mỹ
               Đức" (the holder inside the subject), "Điều 1. Cho phép thành lập Hội Nuôi ong huyện Mỹ Đức."
               with no number for it, the head of the founding committee named in Article 2 with "trong thời
               hạn 90 ngày kể từ ngày ký", the city's delegation cited above, signed "KT. CHỦ TỊCH" / "PHÓ CHỦ
               TỊCH" by a woman with a five-syllable name; and the association's own "GIẤY CHỨNG NHẬN HỘI
               VIÊN" (one line) under a one-line issuer ("HỘI NUÔI ONG MỸ ĐỨC"), "BAN CHẤP HÀNH HỘI NUÔI ONG
               HUYỆN MỸ ĐỨC CHỨNG NHẬN:" then the member on a row ("Họ và tên: Khổng Văn Thiềng; năm sinh:
               1958", no personal number printed), his member code ("mã số hội viên: HNO-MĐ-0146"), the
               district's approval of the charter ("Quyết định số 6215/QĐ-UBND ngày …") cited above, signed
               "TM. BAN CHẤP HÀNH" / "CHỦ TỊCH", without a seal.
Every document is signed in blue ballpoint in one of blind7's four hands, on eight of them coming down
across the printed name (blind8's ``aim``), and all but one carry a red round seal over the left part
of the signer block, lifted by blind8's ``lift``. Signers' names have two, three, four and five
syllables ("Đào Khuê", "Đặng Hoàng Thị Kim Dung"); signer blocks "KT.", "TL.", "TM.", "Q." and "TUQ." and
bare "CHỦ TỊCH" and "HẠT TRƯỞNG" all occur; one issuer is a single line (the association, "HỘI NUÔI ONG
MỸ ĐỨC"), two have three lines (a directorate, its regional department and its sub-department; a
provincial department, its irrigation sub-department and its dike station), one is a department and its
centre in two lines, the other eight are "ỦY BAN NHÂN DÂN" over a commune, a ward, a district or a town.
Holders' names use rarer family names (Lữ, Giáp, Hồ, Khổng) and a minority name (Vân Kiều); two holders,
an association and a person, have no number printed. Issued 2018 to 2023.

Truth conventions (decided before any run): blind4's, as its docstring states them (organ_name,
code_number/code_notation, issued_date, place, type_name, subject, signer_position/signer_full_name,
holder_name and holder_id), with blind5's to blind20's additions (their docstrings). New here:
  food safety      a certificate of food-safety conditions: the title in two capitals lines joined (blind6's
                   rule), ``subject`` None; the holder is the caterer on the "Tên cơ sở:" row, ``holder_id`` the
                   "Mã số doanh nghiệp:" row under it (``tax_code``); its director ("Chủ cơ sở: ông …") never;
                   the minutes and the province's decision cited never the number or the date; "Giấy chứng
                   nhận có hiệu lực đến ngày 14 tháng 6 năm 2024" is ``valid_until``; number by hand (blind5's
                   rule). The công văn keeps blind5's rule: ``type_name`` "CÔNG VĂN", ``subject`` its two "V/v"
                   lines joined as printed, holder fields and ``valid_until`` None, though it names an
                   official; the province's letter is never the number or the date; the inspection's span and
                   the deadline give None; number and day by hand;
  aquaculture      a cage-farm registration: the title one line, ``subject`` None; the holder is the farmer on
                   the "Tên chủ cơ sở nuôi:" row, without "ông", ``holder_id`` the personal number on the row
                   under him, printed before his birth date (``cccd``); the farm's code ("54-SC-LB-0318"), the
                   cages and the area never; no validity is printed: None. A lease of sea surface: the two
                   subject lines joined are ``subject`` (the holder's name in it); the holder is the
                   cooperative named right after "Điều 1. Cho", up to the comma, ``holder_id`` the "mã số hợp
                   tác xã" printed right after it (``tax_code``); "Thời hạn cho thuê: 10 năm, kể từ ngày ký đến
                   hết ngày 07 tháng 4 năm 2031" is ``valid_until``; the delegation and the submission cited
                   never; "trước ngày 30 tháng 6 năm 2021" and "30 ngày kể từ ngày ký" give nothing;
  roads            a works permit: "GIẤY PHÉP THI CÔNG" is ``type_name``, its two sentence-case lines joined
                   ``subject``; the capitals line "CẤP PHÉP THI CÔNG:" is body; the holder is the contractor on
                   the "Đơn vị thi công:" row, ``holder_id`` the "Mã số doanh nghiệp:" row under it
                   (``tax_code``); the investor, the chainages and the department's approval (never the number
                   or the date) never; "Giấy phép thi công có giá trị đến hết ngày 29 tháng 5 năm 2019" is
                   ``valid_until``, the works' span ("từ ngày 15/4/2019 đến hết ngày 29/5/2019") none of its
                   own; "Số: 2618/GPTC-CCII.3" gives ``code_notation`` "GPTC-CCII.3". A pavement permit:
                   "GIẤY PHÉP" is ``type_name``, its two sentence-case lines joined ``subject``; the holder is
                   the woman on the "Cấp cho:" row, without "bà", ``holder_id`` the personal number on the row
                   under her (``cccd``); "Giấy phép có giá trị từ ngày 16/12/2022 đến hết ngày 17/12/2022" gives
                   ``valid_until`` 2022-12-17, the hours of use ("đến 22 giờ 00 ngày 17/12/2022") nothing;
  social protection   an admission to a care centre: the two subject lines joined are ``subject``; the holder
                   is the woman named after "Điều 1. Tiếp nhận bà", without "bà", up to the comma, ``holder_id``
                   the personal number printed with her (``cccd``); her nephew who applied and the commune's
                   letter never; "kể từ ngày 01 tháng 8 năm 2022" gives None. A commune's submission ("TỜ
                   TRÌNH" ``type_name``, its two sentence-case lines joined ``subject``), addressed to the
                   district, proposes and grants nothing: holder fields and ``valid_until`` None (blind4's rule
                   for a report to another agency), though it names the householder with his personal number;
  dikes            a permit for lorries on a dike: "GIẤY PHÉP" is ``type_name``, its one sentence-case line
                   ``subject``; the capitals lines "HẠT TRƯỞNG HẠT QUẢN LÝ ĐÊ KHOÁI CHÂU" and "CHO PHÉP:" are
                   body; the holder is the company on the "Tên đơn vị:" row, ``holder_id`` the "Mã số doanh
                   nghiệp:" row under it (``tax_code``); the plates and chainages never; "Giấy phép có giá trị
                   đến hết ngày 31 tháng 3 năm 2019" is ``valid_until``. A decision renewing the dike watch: the
                   two subject lines joined are ``subject``; it names a team, its leader and deputy, and grants
                   nothing to one holder: holder fields None; the storm season "từ ngày 15 tháng 6 đến hết ngày
                   30 tháng 11 năm 2018" gives None and the decision it replaces is never the number or the
                   date; number by hand;
  associations     a permission to found an association: the two subject lines joined are ``subject`` (the
                   holder's name in it); the holder is the association named after "Điều 1. Cho phép thành
                   lập", up to the full stop ("Hội Nuôi ong huyện Mỹ Đức"); no number is printed for it:
                   ``holder_id`` and ``holder_id_type`` None; the head of the founding committee and the city's
                   delegation never; "90 ngày kể từ ngày ký" gives None. A membership certificate: the title
                   one line, ``subject`` None; the capitals line "BAN CHẤP HÀNH … CHỨNG NHẬN:" is body; the
                   holder is the member on the "Họ và tên:" row, up to the semicolon; no number is printed for
                   him ("năm sinh: 1958"): ``holder_id`` and ``holder_id_type`` None; the member code and the
                   charter's approval never;
  header           a one-line issuer is ``organ_name`` as printed; two or three issuer lines joined by spaces,
                   as printed ("TỔNG CỤC ĐBVN CỤC QUẢN LÝ ĐƯỜNG BỘ II CHI CỤC QUẢN LÝ ĐƯỜNG BỘ II.3"; "SỞ NN VÀ
                   PTNT HƯNG YÊN CHI CỤC THỦY LỢI HẠT QUẢN LÝ ĐÊ KHOÁI CHÂU"; "SỞ LĐTBXH QUẢNG TRỊ TRUNG TÂM BẢO
                   TRỢ XÃ HỘI"); ``place`` the words before ", ngày" ("Hoàng Mai", "Xương Giang", "Đại Nghĩa");
  signer blocks    "TUQ. CHỦ TỊCH" / "TRƯỞNG PHÒNG Y TẾ", "TL. CHỦ TỊCH" / "CHÁNH VĂN PHÒNG", "TM. ỦY BAN NHÂN
                   DÂN" / "CHỦ TỊCH" and "TM. BAN CHẤP HÀNH" / "CHỦ TỊCH" are ``signer_position``, the lines
                   joined by a space; "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" its three lines
                   joined; a bare position ("HẠT TRƯỞNG") and "Q. GIÁM ĐỐC" as printed; a H'Mông name as
                   printed ("Vàng Seo Phử");
  pages turned     a scan page tilted two and a half degrees clockwise changes no field; a two-page
                   document's fields come from both pages, as one document;
  signatures and seals   as blind7 and blind8: the truth is the text as printed under them.

Renderings, seeds and truth files as blind9's (``make_blind9`` draws them): ``scan`` (300 dpi, light
degradation, PDF) and ``photo`` (80-150 dpi JPEG, perspective, uneven light, half without a DPI; the
two-page document's photos in one PDF). Only the scans are turned (``turn``): the admission to the care
centre lies two and a half degrees clockwise (-2.5); the phone photographs each page as it lies.

    python samples/blind21.py --out benchmarks/out/blind21
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind3 import write_set
from blind5 import _CAN_CU_UBND
from blind9 import LEVELS, Doc9, lay_out, render

__all__ = ["BLIND21", "FAMILIES", "LEVELS", "Doc9", "lay_out", "make_blind21", "render"]

FAMILIES = ("attp", "thuysan", "duongbo", "baotro", "dedieu", "hoi")

_THUY_SAN = ("Căn cứ Nghị định số 26/2019/NĐ-CP ngày 08 tháng 3 năm 2019 của Chính phủ quy định chi tiết một số "
             "điều và biện pháp thi hành Luật Thủy sản")
_LUAT_DE_DIEU = "Căn cứ Luật Đê điều ngày 29 tháng 11 năm 2006;"

BLIND21 = [
    Doc9(
        slug="gcn-du-dieu-kien-attp-suat-an-phu-hoa-luong-tai", family="attp",
        issuer=["ỦY BAN NHÂN DÂN", "HUYỆN LƯƠNG TÀI"],
        number="327", notation="GCNATTP-UBND", place="Lương Tài", date_text="15 tháng 6 năm 2021",
        issued="2021-06-15",
        title=["GIẤY CHỨNG NHẬN", "CƠ SỞ ĐỦ ĐIỀU KIỆN AN TOÀN THỰC PHẨM"], subject=[],
        body=["CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN LƯƠNG TÀI",
              "Căn cứ Luật An toàn thực phẩm ngày 17 tháng 6 năm 2010;",
              ("Căn cứ Nghị định số 15/2018/NĐ-CP ngày 02 tháng 02 năm 2018 của Chính phủ quy định chi tiết thi "
               "hành một số điều của Luật An toàn thực phẩm;"),
              ("Căn cứ Quyết định số 39/2019/QĐ-UBND ngày 12 tháng 11 năm 2019 của Ủy ban nhân dân tỉnh Bắc Ninh "
               "về phân cấp quản lý nhà nước về an toàn thực phẩm;"),
              ("Xét hồ sơ đề nghị cấp Giấy chứng nhận và Biên bản thẩm định điều kiện an toàn thực phẩm số "
               "27/BB-TĐ ngày 04 tháng 6 năm 2021 của Đoàn thẩm định,"),
              "CHỨNG NHẬN:",
              "Tên cơ sở: Công ty TNHH Suất ăn Công nghiệp Phú Hòa",
              "Mã số doanh nghiệp: 2300371030",
              "Chủ cơ sở: ông Vũ Đình Tuân, giám đốc",
              "Địa chỉ: thôn Quảng Bố, xã Quảng Phú, huyện Lương Tài, tỉnh Bắc Ninh.",
              "Loại hình kinh doanh: dịch vụ ăn uống (bếp ăn tập thể, công suất 1.500 suất ăn/ngày).",
              "Đủ điều kiện an toàn thực phẩm theo quy định.",
              "Giấy chứng nhận có hiệu lực đến ngày 14 tháng 6 năm 2024."],
        signer_position=["TUQ. CHỦ TỊCH", "TRƯỞNG PHÒNG Y TẾ"], signer_name="Trần Thị Diệu Thúy",
        holder_name="Công ty TNHH Suất ăn Công nghiệp Phú Hòa", holder_id="2300371030", holder_id_type="tax_code",
        valid_until="2024-06-14",
        recipients=["- Cơ sở được cấp;", "- Sở Y tế tỉnh Bắc Ninh;", "- Lưu: VT, YT."],
        seal="ỦY BAN NHÂN DÂN * HUYỆN LƯƠNG TÀI *", handwritten=("code_number",),
        hand="loops", aim=(34.0, 8.0), lift=14.0,
    ),
    Doc9(
        slug="cv-bao-dam-attp-tet-canh-ty-cam-xuyen", family="attp", issuer=["ỦY BAN NHÂN DÂN", "HUYỆN CẨM XUYÊN"],
        number="30", notation="UBND-YT", place="Cẩm Xuyên", date_text="6 tháng 01 năm 2020", issued="2020-01-06",
        title=[], subject=["V/v tăng cường bảo đảm an toàn thực phẩm", "dịp Tết Canh Tý và mùa Lễ hội Xuân 2020"],
        addressees=["Các cơ quan, đơn vị cấp huyện;", "Ủy ban nhân dân các xã, thị trấn."],
        body=[("Thực hiện Công văn số 4218/UBND-VX ngày 24 tháng 12 năm 2019 của Ủy ban nhân dân tỉnh Hà Tĩnh về "
               "bảo đảm an toàn thực phẩm Tết Nguyên đán Canh Tý và mùa Lễ hội Xuân năm 2020, Chủ tịch Ủy ban nhân "
               "dân huyện yêu cầu các cơ quan, đơn vị và Ủy ban nhân dân các xã, thị trấn thực hiện tốt các nội "
               "dung sau:"),
              ("1. Ủy ban nhân dân các xã, thị trấn kiểm tra các cơ sở sản xuất giò chả, bánh chưng, rượu thủ công "
               "trên địa bàn; xử lý nghiêm các trường hợp vi phạm; báo cáo kết quả về Phòng Y tế trước ngày 20 "
               "tháng 02 năm 2020."),
              ("2. Phòng Y tế chủ trì, phối hợp với Trung tâm Y tế huyện thành lập Đoàn kiểm tra liên ngành, kiểm "
               "tra từ ngày 08/01/2020 đến ngày 15/02/2020; công khai các cơ sở vi phạm trên Đài Truyền thanh "
               "huyện."),
              ("3. Trung tâm Y tế huyện chuẩn bị sẵn sàng cơ số thuốc, phương tiện cấp cứu ngộ độc thực phẩm; khi "
               "xảy ra ngộ độc, báo cáo ngay về Ban Chỉ đạo liên ngành về an toàn thực phẩm huyện (qua bà Phan Thị "
               "Diệu Linh, chuyên viên Phòng Y tế, điện thoại 0239 3861 247)."),
              ("Yêu cầu Thủ trưởng các cơ quan, đơn vị và Chủ tịch Ủy ban nhân dân các xã, thị trấn nghiêm túc "
               "triển khai thực hiện./.")],
        signer_position=["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"], signer_name="Võ Tá Hưởng",
        recipients=["- Như trên;", "- TT Huyện ủy, TT HĐND huyện;", "- Chủ tịch, các PCT UBND huyện;",
                    "- Lưu: VT, YT."],
        seal="ỦY BAN NHÂN DÂN * HUYỆN CẨM XUYÊN *", handwritten=("code_number", "issued_date"),
        hand="scribble", aim=(32.0, 10.0), lift=12.0,
    ),
    Doc9(
        slug="gxn-nuoi-long-be-tom-hum-lu-van-sau-song-cau", family="thuysan",
        issuer=["ỦY BAN NHÂN DÂN", "THỊ XÃ SÔNG CẦU"],
        number="1116", notation="GXN-UBND", place="Sông Cầu", date_text="14 tháng 3 năm 2023", issued="2023-03-14",
        title=["GIẤY XÁC NHẬN ĐĂNG KÝ NUÔI TRỒNG THỦY SẢN LỒNG BÈ"], subject=[],
        body=["CHỦ TỊCH ỦY BAN NHÂN DÂN THỊ XÃ SÔNG CẦU",
              "Căn cứ Luật Thủy sản ngày 21 tháng 11 năm 2017;",
              (f"{_THUY_SAN}; Nghị định số 37/2022/NĐ-CP ngày 06 tháng 6 năm 2022 của Chính phủ sửa đổi, bổ sung "
               "một số điều của Nghị định số 26/2019/NĐ-CP;"),
              ("Xét Tờ khai đăng ký nuôi trồng thủy sản lồng bè ngày 27 tháng 02 năm 2023 và đề nghị của Trưởng "
               "phòng Kinh tế thị xã,"),
              "XÁC NHẬN:",
              "1. Tên chủ cơ sở nuôi: ông Lữ Văn Sáu",
              "2. Số định danh cá nhân: 054079608942; ngày sinh: 19/6/1979",
              "3. Nơi thường trú: khu phố Long Bình, phường Xuân Đài, thị xã Sông Cầu, tỉnh Phú Yên.",
              ("4. Địa điểm nuôi: vịnh Xuân Đài, khu vực Gành Đỏ, xã Xuân Phương; diện tích mặt nước sử dụng "
               "2.400 m²."),
              "5. Số lồng nuôi: 36 lồng, thể tích 1.944 m³; đối tượng nuôi: tôm hùm xanh, tôm hùm bông.",
              "6. Mã số cơ sở nuôi: 54-SC-LB-0318.",
              ("Chủ cơ sở nuôi có trách nhiệm thực hiện đúng quy định về nuôi trồng thủy sản lồng bè và khai báo "
               "lại khi thay đổi nội dung đã đăng ký.")],
        signer_position=["TUQ. CHỦ TỊCH", "TRƯỞNG PHÒNG KINH TẾ"], signer_name="Huỳnh Tấn Lực",
        holder_name="Lữ Văn Sáu", holder_id="054079608942", holder_id_type="cccd",
        recipients=["- Chủ cơ sở nuôi;", "- Chi cục Thủy sản tỉnh Phú Yên;", "- Lưu: VT, KT."],
        seal="ỦY BAN NHÂN DÂN * THỊ XÃ SÔNG CẦU *", hand="underline", aim=(30.0, 6.0), lift=16.0,
    ),
    Doc9(
        slug="qd-cho-thue-mat-nuoc-bien-htx-hon-tre", family="thuysan", issuer=["ỦY BAN NHÂN DÂN", "HUYỆN KIÊN HẢI"],
        number="1573", notation="QĐ-UBND", place="Kiên Hải", date_text="08 tháng 4 năm 2021", issued="2021-04-08",
        title=["QUYẾT ĐỊNH"],
        subject=["Về việc cho thuê mặt nước biển để nuôi trồng thủy sản", "đối với Hợp tác xã Nuôi biển Hòn Tre"],
        body=["CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN KIÊN HẢI", _CAN_CU_UBND,
              ("Căn cứ Luật Thủy sản ngày 21 tháng 11 năm 2017; Luật Tài nguyên, môi trường biển và hải đảo ngày 25 "
               "tháng 6 năm 2015;"),
              f"{_THUY_SAN};",
              ("Căn cứ Quyết định số 428/QĐ-UBND ngày 22 tháng 02 năm 2021 của Ủy ban nhân dân tỉnh Kiên Giang về "
               "việc ủy quyền cho Ủy ban nhân dân huyện Kiên Hải cho thuê mặt nước biển nuôi trồng thủy sản trong "
               "phạm vi 03 hải lý;"),
              ("Xét đơn đề nghị thuê mặt nước biển ngày 15 tháng 3 năm 2021 của Hợp tác xã Nuôi biển Hòn Tre và Tờ "
               "trình số 46/TTr-NN ngày 31 tháng 3 năm 2021 của Phòng Nông nghiệp và Phát triển nông thôn,"),
              "QUYẾT ĐỊNH:",
              ("Điều 1. Cho Hợp tác xã Nuôi biển Hòn Tre, mã số hợp tác xã 1700845830, thuê mặt nước biển để nuôi "
               "trồng thủy sản với các nội dung sau:"),
              "1. Vị trí: vùng biển phía Đông Nam đảo Hòn Tre, xã Hòn Tre, huyện Kiên Hải (có sơ đồ kèm theo).",
              "2. Diện tích: 12,5 ha, gồm 04 điểm góc có tọa độ theo hệ VN-2000 ghi trên sơ đồ kèm theo.",
              "3. Mục đích sử dụng: nuôi cá bớp, cá mú và hàu bằng lồng bè.",
              "4. Thời hạn cho thuê: 10 năm, kể từ ngày ký đến hết ngày 07 tháng 4 năm 2031.",
              "5. Hình thức trả tiền thuê: trả hằng năm; đơn giá 2.500.000 đồng/ha/năm, ổn định 05 năm.",
              "Điều 2. Hợp tác xã Nuôi biển Hòn Tre có trách nhiệm:",
              ("a) Nộp tiền thuê mặt nước biển năm đầu tiên trước ngày 30 tháng 6 năm 2021; ký hợp đồng thuê mặt "
               "nước biển với Phòng Nông nghiệp và Phát triển nông thôn trong thời hạn 30 ngày kể từ ngày ký Quyết "
               "định này;"),
              ("b) Cắm mốc, thả phao giới hạn khu vực nuôi; không neo đậu lồng bè ngoài phạm vi được thuê; bảo đảm "
               "an toàn giao thông đường thủy và phòng, chống thiên tai;"),
              ("c) Thực hiện quan trắc môi trường vùng nuôi, báo cáo tình hình nuôi về Ủy ban nhân dân xã Hòn Tre "
               "hằng quý."),
              ("Điều 3. Giao Phòng Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với Phòng Tài nguyên và "
               "Môi trường, Chi cục Thuế khu vực và Ủy ban nhân dân xã Hòn Tre bàn giao mặt nước biển trên thực "
               "địa, theo dõi, kiểm tra việc sử dụng mặt nước của Hợp tác xã."),
              ("Điều 4. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng "
               "Nông nghiệp và Phát triển nông thôn, Trưởng phòng Tài nguyên và Môi trường, Chủ tịch UBND xã Hòn "
               "Tre, Giám đốc Hợp tác xã Nuôi biển Hòn Tre và các cơ quan có liên quan chịu trách nhiệm thi hành "
               "Quyết định này.")],
        signer_position=["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], signer_name="Phạm Văn Đủ",
        holder_name="Hợp tác xã Nuôi biển Hòn Tre", holder_id="1700845830", holder_id_type="tax_code",
        valid_until="2031-04-07",
        recipients=["- Như Điều 4;", "- Sở NN&PTNT tỉnh Kiên Giang;", "- Chi cục Thủy sản tỉnh;", "- Lưu: VT, NN."],
        seal="ỦY BAN NHÂN DÂN * HUYỆN KIÊN HẢI *", hand="flourish", aim=(0.0, 0.0), lift=16.0,
    ),
    Doc9(
        slug="gp-thi-cong-cap-quang-ql48d-hoang-mai", family="duongbo",
        issuer=["TỔNG CỤC ĐBVN", "CỤC QUẢN LÝ ĐƯỜNG BỘ II", "CHI CỤC QUẢN LÝ ĐƯỜNG BỘ II.3"],
        number="2618", notation="GPTC-CCII.3", place="Hoàng Mai", date_text="11 tháng 4 năm 2019",
        issued="2019-04-11",
        title=["GIẤY PHÉP THI CÔNG"],
        subject=["Công trình thiết yếu trong phạm vi bảo vệ kết cấu hạ tầng", "giao thông đường bộ Quốc lộ 48D"],
        body=[("Căn cứ Nghị định số 11/2010/NĐ-CP ngày 24 tháng 02 năm 2010 của Chính phủ quy định về quản lý và "
               "bảo vệ kết cấu hạ tầng giao thông đường bộ;"),
              ("Căn cứ Văn bản chấp thuận xây dựng công trình thiết yếu số 1377/CQLĐBII-QLBT ngày 19 tháng 3 năm "
               "2019 của Cục Quản lý đường bộ II;"),
              "Xét đơn đề nghị cấp phép thi công ngày 05 tháng 4 năm 2019 và hồ sơ kèm theo,",
              "CẤP PHÉP THI CÔNG:",
              "1. Đơn vị thi công: Công ty Cổ phần Xây lắp Bưu điện Hoàng Mai",
              "2. Mã số doanh nghiệp: 2900417738",
              "3. Chủ đầu tư: Viễn thông Nghệ An - Tập đoàn Bưu chính Viễn thông Việt Nam.",
              "4. Nội dung thi công: tuyến cáp quang ngầm dài 4.650 m, chôn sâu 0,8 m.",
              ("5. Vị trí: từ Km 3+200 đến Km 7+850, bên phải tuyến Quốc lộ 48D, thị xã Hoàng Mai, tỉnh Nghệ "
               "An."),
              "6. Thời gian thi công: 45 ngày, từ ngày 15/4/2019 đến hết ngày 29/5/2019.",
              "Giấy phép thi công có giá trị đến hết ngày 29 tháng 5 năm 2019."],
        signer_position=["KT. CHI CỤC TRƯỞNG", "PHÓ CHI CỤC TRƯỞNG"], signer_name="Cao Xuân Thưởng",
        holder_name="Công ty Cổ phần Xây lắp Bưu điện Hoàng Mai", holder_id="2900417738", holder_id_type="tax_code",
        valid_until="2019-05-29",
        recipients=["- Đơn vị được cấp;", "- Cục QLĐB II (b/c);", "- Hạt QLĐB Hoàng Mai;", "- Lưu: VT, QLBT."],
        seal="CHI CỤC QLĐB II.3 * CỤC QLĐB II *", hand="scribble", aim=(36.0, 10.0), lift=10.0,
    ),
    Doc9(
        slug="gp-su-dung-tam-thoi-he-pho-giap-thi-hong-tham", family="duongbo",
        issuer=["ỦY BAN NHÂN DÂN", "PHƯỜNG XƯƠNG GIANG"],
        number="73", notation="GP-UBND", place="Xương Giang", date_text="09 tháng 12 năm 2022", issued="2022-12-09",
        title=["GIẤY PHÉP"], subject=["Sử dụng tạm thời một phần hè phố", "không vì mục đích giao thông"],
        body=["CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG XƯƠNG GIANG",
              ("Căn cứ Nghị định số 100/2013/NĐ-CP ngày 03 tháng 9 năm 2013 của Chính phủ sửa đổi, bổ sung một số "
               "điều của Nghị định số 11/2010/NĐ-CP quy định về quản lý và bảo vệ kết cấu hạ tầng giao thông đường "
               "bộ;"),
              ("Căn cứ Quyết định số 31/2021/QĐ-UBND ngày 14 tháng 7 năm 2021 của Ủy ban nhân dân tỉnh Bắc Giang "
               "ban hành Quy định quản lý, sử dụng tạm thời một phần lòng đường, hè phố trên địa bàn tỉnh;"),
              "Xét đơn đề nghị ngày 05 tháng 12 năm 2022 của bà Giáp Thị Hồng Thắm,",
              "1. Cấp cho: bà Giáp Thị Hồng Thắm",
              "2. Ngày sinh: 23/8/1991; số định danh cá nhân: 024191587151",
              ("3. Nơi cư trú: số 46 đường Hoàng Văn Thụ, phường Xương Giang, thành phố Bắc Giang, tỉnh Bắc "
               "Giang."),
              ("4. Được sử dụng tạm thời: hè phố trước số nhà 46 đường Hoàng Văn Thụ, dài 12 m, rộng 2,5 m (phần "
               "hè còn lại tối thiểu 1,5 m dành cho người đi bộ)."),
              "5. Mục đích sử dụng: dựng rạp tổ chức việc cưới.",
              "6. Thời gian sử dụng: từ 06 giờ 00 ngày 16/12/2022 đến 22 giờ 00 ngày 17/12/2022.",
              "Giấy phép có giá trị từ ngày 16/12/2022 đến hết ngày 17/12/2022."],
        signer_position=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer_name="Thân Đức Mạnh",
        holder_name="Giáp Thị Hồng Thắm", holder_id="024191587151", holder_id_type="cccd", valid_until="2022-12-17",
        recipients=["- Bà Giáp Thị Hồng Thắm;", "- Công an phường;", "- Lưu: VT, ĐC-XD."],
        seal="ỦY BAN NHÂN DÂN * PHƯỜNG XƯƠNG GIANG *", hand="loops", aim=(30.0, 8.0), lift=18.0,
    ),
    Doc9(
        slug="qd-tiep-nhan-nuoi-duong-ho-thi-kan-cam-lo", family="baotro",
        issuer=["SỞ LĐTBXH QUẢNG TRỊ", "TRUNG TÂM BẢO TRỢ XÃ HỘI"],
        number="98", notation="QĐ-TTBTXH", place="Cam Lộ", date_text="20 tháng 7 năm 2022", issued="2022-07-20",
        title=["QUYẾT ĐỊNH"],
        subject=["Về việc tiếp nhận đối tượng bảo trợ xã hội", "vào chăm sóc, nuôi dưỡng tại Trung tâm"],
        body=["GIÁM ĐỐC TRUNG TÂM BẢO TRỢ XÃ HỘI TỈNH QUẢNG TRỊ",
              ("Căn cứ Nghị định số 20/2021/NĐ-CP ngày 15 tháng 3 năm 2021 của Chính phủ quy định chính sách trợ "
               "giúp xã hội đối với đối tượng bảo trợ xã hội;"),
              ("Căn cứ Quyết định số 2237/QĐ-SLĐTBXH ngày 30 tháng 12 năm 2020 của Giám đốc Sở Lao động - Thương "
               "binh và Xã hội quy định chức năng, nhiệm vụ của Trung tâm;"),
              ("Xét đơn đề nghị ngày 04 tháng 7 năm 2022 của ông Hồ Văn Bốn (cháu ruột) và văn bản số "
               "112/UBND-VHXH ngày 08 tháng 7 năm 2022 của Ủy ban nhân dân xã Hướng Linh,"),
              "QUYẾT ĐỊNH:",
              ("Điều 1. Tiếp nhận bà Hồ Thị Kăn, sinh ngày 02/10/1940, số định danh cá nhân 045140766774, dân tộc "
               "Vân Kiều, thường trú tại thôn Pire, xã Hướng Linh, huyện Hướng Hóa, người cao tuổi cô đơn thuộc hộ "
               "nghèo, vào chăm sóc, nuôi dưỡng tại Trung tâm kể từ ngày 01 tháng 8 năm 2022."),
              "Điều 2. Bà Hồ Thị Kăn được hưởng trợ cấp nuôi dưỡng hằng tháng 1.440.000 đồng.",
              ("Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Trưởng các phòng của Trung tâm, ông Hồ Văn Bốn và "
               "bà Hồ Thị Kăn chịu trách nhiệm thi hành Quyết định này.")],
        signer_position=["Q. GIÁM ĐỐC"], signer_name="Lê Thị Mai Phương",
        holder_name="Hồ Thị Kăn", holder_id="045140766774", holder_id_type="cccd",
        recipients=["- Như Điều 3;", "- Sở LĐ-TB&XH (b/c);", "- UBND xã Hướng Linh;", "- Lưu: VT, HCTH."],
        seal="TRUNG TÂM BẢO TRỢ XÃ HỘI * QUẢNG TRỊ *", hand="underline", aim=(0.0, 0.0), lift=8.0, turn=(-2.5,),
    ),
    Doc9(
        slug="tt-ho-tro-khan-cap-chay-nha-phin-ngan", family="baotro", issuer=["ỦY BAN NHÂN DÂN", "XÃ PHÌN NGAN"],
        number="50", notation="TTr-UBND", place="Phìn Ngan", date_text="18 tháng 02 năm 2019", issued="2019-02-18",
        title=["TỜ TRÌNH"], subject=["Đề nghị hỗ trợ khẩn cấp về nhà ở", "cho hộ gia đình bị cháy nhà"],
        addressees=["Ủy ban nhân dân huyện Bát Xát"],
        body=[("Căn cứ Nghị định số 136/2013/NĐ-CP ngày 21 tháng 10 năm 2013 của Chính phủ quy định chính sách trợ "
               "giúp xã hội đối với đối tượng bảo trợ xã hội;"),
              ("Vào hồi 21 giờ 30 ngày 11 tháng 02 năm 2019, tại thôn Ná Lùng, xã Phìn Ngan xảy ra vụ cháy nhà ở "
               "của hộ ông Tẩn Láo San, sinh ngày 07/3/1983, số định danh cá nhân 010083906309, dân tộc Dao; nguyên "
               "nhân do chập điện. Vụ cháy làm thiệt hại toàn bộ ngôi nhà gỗ 3 gian, lương thực và tài sản, ước "
               "tính 185.000.000 đồng; không có thiệt hại về người."),
              ("Ngay sau khi xảy ra vụ cháy, Ủy ban nhân dân xã đã hỗ trợ 20 kg gạo, huy động 45 ngày công giúp gia "
               "đình dựng lán ở tạm."),
              ("Căn cứ Biên bản xác minh thiệt hại ngày 13 tháng 02 năm 2019 của Hội đồng xét duyệt xã, Ủy ban nhân "
               "dân xã Phìn Ngan kính đề nghị Ủy ban nhân dân huyện xem xét hỗ trợ khẩn cấp về nhà ở cho hộ ông Tẩn "
               "Láo San với mức 20.000.000 đồng (hai mươi triệu đồng) để gia đình sớm ổn định cuộc sống."),
              "Ủy ban nhân dân xã Phìn Ngan kính trình Ủy ban nhân dân huyện xem xét, quyết định./."],
        signer_position=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer_name="Vàng Seo Phử",
        recipients=["- Như trên;", "- Phòng LĐ-TB&XH huyện;", "- Lưu: VT."],
        seal="ỦY BAN NHÂN DÂN * XÃ PHÌN NGAN *", hand="flourish", aim=(34.0, 10.0), lift=12.0,
    ),
    Doc9(
        slug="gp-xe-tai-di-tren-de-vlxd-tan-dan", family="dedieu",
        issuer=["SỞ NN VÀ PTNT HƯNG YÊN", "CHI CỤC THỦY LỢI", "HẠT QUẢN LÝ ĐÊ KHOÁI CHÂU"],
        number="82", notation="GP-HQLĐ", place="Khoái Châu", date_text="17 tháng 10 năm 2018", issued="2018-10-17",
        title=["GIẤY PHÉP"], subject=["Cho xe cơ giới có tải trọng lớn đi trên đê"],
        body=["HẠT TRƯỞNG HẠT QUẢN LÝ ĐÊ KHOÁI CHÂU", _LUAT_DE_DIEU,
              ("Căn cứ Quyết định số 17/2016/QĐ-UBND ngày 25 tháng 4 năm 2016 của Ủy ban nhân dân tỉnh Hưng Yên ban "
               "hành Quy định phân cấp quản lý, bảo vệ đê điều trên địa bàn tỉnh;"),
              "Xét đơn đề nghị ngày 09 tháng 10 năm 2018 của Công ty TNHH Vật liệu Xây dựng Tân Dân,",
              "CHO PHÉP:",
              "1. Tên đơn vị: Công ty TNHH Vật liệu Xây dựng Tân Dân",
              "2. Mã số doanh nghiệp: 0900431087",
              ("3. Phương tiện: 03 xe ô tô tự đổ biển số 89C-176.42, 89C-183.07, 89C-190.55; tải trọng toàn bộ mỗi "
               "xe khi đi trên đê không quá 24 tấn."),
              ("4. Tuyến đường: đê tả sông Hồng từ Km 106+200 đến Km 109+750 (đoạn dốc Tân Dân - bãi vật liệu Bình "
               "Minh)."),
              ("5. Thời gian đi lại: từ 06 giờ đến 18 giờ hằng ngày; không đi trên đê khi có báo động lũ từ cấp I "
               "trở lên."),
              ("Đơn vị được cấp phép chịu trách nhiệm sửa chữa hư hỏng mặt đê do xe của mình gây ra. Giấy phép có "
               "giá trị đến hết ngày 31 tháng 3 năm 2019.")],
        signer_position=["HẠT TRƯỞNG"], signer_name="Đào Khuê",
        holder_name="Công ty TNHH Vật liệu Xây dựng Tân Dân", holder_id="0900431087", holder_id_type="tax_code",
        valid_until="2019-03-31",
        recipients=["- Đơn vị được cấp;", "- Chi cục Thủy lợi (b/c);", "- UBND xã Tân Dân;", "- Lưu: VT."],
        seal="HẠT QUẢN LÝ ĐÊ KHOÁI CHÂU * HƯNG YÊN *", hand="loops", aim=(0.0, 0.0), lift=18.0,
    ),
    Doc9(
        slug="qd-kien-toan-quan-ly-de-nhan-dan-thuy-truong", family="dedieu",
        issuer=["ỦY BAN NHÂN DÂN", "XÃ THỤY TRƯỜNG"],
        number="10", notation="QĐ-UBND", place="Thụy Trường", date_text="20 tháng 6 năm 2018", issued="2018-06-20",
        title=["QUYẾT ĐỊNH"],
        subject=["Về việc kiện toàn Lực lượng quản lý đê nhân dân", "xã Thụy Trường năm 2018"],
        body=["CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ THỤY TRƯỜNG", _CAN_CU_UBND,
              ("Căn cứ Thông tư số 89/2008/TT-BNN ngày 15 tháng 8 năm 2008 của Bộ trưởng Bộ Nông nghiệp và Phát "
               "triển nông thôn hướng dẫn thực hiện một số điều về lực lượng quản lý đê nhân dân;"),
              "Xét đề nghị của Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn xã,",
              "QUYẾT ĐỊNH:",
              ("Điều 1. Kiện toàn Lực lượng quản lý đê nhân dân xã Thụy Trường năm 2018 gồm 14 thành viên (có danh "
               "sách kèm theo); ông Phạm Văn Thiều, Phó Chủ tịch Ủy ban nhân dân xã, làm Đội trưởng; ông Bùi Đức "
               "Nghị làm Đội phó."),
              ("Điều 2. Lực lượng quản lý đê nhân dân có nhiệm vụ tuần tra, canh gác đê biển số 8 và đê cửa sông Trà "
               "Lý trên địa bàn xã trong mùa mưa bão, từ ngày 15 tháng 6 đến hết ngày 30 tháng 11 năm 2018; thành "
               "viên được hưởng thù lao theo quy định của Ủy ban nhân dân tỉnh Thái Bình."),
              ("Điều 3. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 21/QĐ-UBND ngày 12 tháng "
               "6 năm 2017 của Ủy ban nhân dân xã. Văn phòng UBND xã và các ông, bà có tên tại Điều 1 chịu trách nhiệm "
               "thi hành Quyết định này.")],
        signer_position=["CHỦ TỊCH"], signer_name="Đỗ Văn Tụng",
        recipients=["- Như Điều 3;", "- Hạt QLĐ Thái Thụy;", "- Lưu: VT."],
        seal="ỦY BAN NHÂN DÂN * XÃ THỤY TRƯỜNG *", handwritten=("code_number",),
        hand="scribble", aim=(32.0, 8.0), lift=16.0,
    ),
    Doc9(
        slug="qd-cho-phep-thanh-lap-hoi-nuoi-ong-my-duc", family="hoi", issuer=["ỦY BAN NHÂN DÂN", "HUYỆN MỸ ĐỨC"],
        number="4871", notation="QĐ-UBND", place="Mỹ Đức", date_text="23 tháng 9 năm 2020", issued="2020-09-23",
        title=["QUYẾT ĐỊNH"], subject=["Về việc cho phép thành lập Hội Nuôi ong", "huyện Mỹ Đức"],
        body=["CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN MỸ ĐỨC", _CAN_CU_UBND,
              ("Căn cứ Nghị định số 45/2010/NĐ-CP ngày 21 tháng 4 năm 2010 của Chính phủ quy định về tổ chức, hoạt "
               "động và quản lý hội;"),
              ("Căn cứ Quyết định số 4067/QĐ-UBND ngày 19 tháng 7 năm 2016 của Ủy ban nhân dân thành phố Hà Nội về "
               "việc ủy quyền cho phép thành lập hội;"),
              "Xét hồ sơ ngày 18 tháng 8 năm 2020 của Ban vận động thành lập Hội và đề nghị của Trưởng phòng Nội vụ,",
              "QUYẾT ĐỊNH:",
              "Điều 1. Cho phép thành lập Hội Nuôi ong huyện Mỹ Đức.",
              "Trụ sở của Hội đặt tại thị trấn Đại Nghĩa, huyện Mỹ Đức.",
              ("Điều 2. Ban vận động thành lập Hội do ông Khuất Duy Lượng làm Trưởng ban tổ chức Đại hội lần thứ "
               "nhất trong thời hạn 90 ngày kể từ ngày ký Quyết định này."),
              ("Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng "
               "Nội vụ và Trưởng Ban vận động thành lập Hội chịu trách nhiệm thi hành Quyết định này.")],
        signer_position=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer_name="Đặng Hoàng Thị Kim Dung",
        holder_name="Hội Nuôi ong huyện Mỹ Đức",
        recipients=["- Như Điều 3;", "- Sở Nội vụ Hà Nội (b/c);", "- Lưu: VT, NV."],
        seal="ỦY BAN NHÂN DÂN * HUYỆN MỸ ĐỨC *", hand="flourish", aim=(0.0, 0.0), lift=14.0,
    ),
    Doc9(
        slug="gcn-hoi-vien-nuoi-ong-khong-van-thieng", family="hoi", issuer=["HỘI NUÔI ONG MỸ ĐỨC"],
        number="65", notation="GCN-HNO", place="Đại Nghĩa", date_text="07 tháng 3 năm 2023", issued="2023-03-07",
        title=["GIẤY CHỨNG NHẬN HỘI VIÊN"], subject=[],
        body=[("Căn cứ Điều lệ Hội Nuôi ong huyện Mỹ Đức được phê duyệt tại Quyết định số 6215/QĐ-UBND ngày 14 tháng "
               "12 năm 2020 của Ủy ban nhân dân huyện Mỹ Đức;"),
              ("Căn cứ Nghị quyết số 04/NQ-BCH ngày 20 tháng 02 năm 2023 của Ban Chấp hành Hội về việc kết nạp hội "
               "viên,"),
              "BAN CHẤP HÀNH HỘI NUÔI ONG HUYỆN MỸ ĐỨC CHỨNG NHẬN:",
              "Họ và tên: Khổng Văn Thiềng; năm sinh: 1958",
              "Nơi cư trú: thôn Đồng Chiêm, xã An Phú, huyện Mỹ Đức, thành phố Hà Nội",
              "Quy mô nuôi: 120 đàn ong nội; mã số hội viên: HNO-MĐ-0146",
              "Là hội viên chính thức của Hội Nuôi ong huyện Mỹ Đức kể từ ngày 20 tháng 02 năm 2023."],
        signer_position=["TM. BAN CHẤP HÀNH", "CHỦ TỊCH"], signer_name="Khuất Duy Lượng",
        holder_name="Khổng Văn Thiềng",
        recipients=["- Hội viên;", "- Chi hội xã An Phú;", "- Lưu: VP Hội."],
        hand="underline", aim=(34.0, 8.0), lift=16.0,
    ),
]


def make_blind21(out: Path, docs=BLIND21, levels=LEVELS, only: set[str] | None = None) -> list[Path]:
    """As blind9, with seeds of its own; ``only`` (slugs) and ``levels`` draw just those files, as they are
    in the whole set."""
    return write_set(out, docs, levels, render, seed=4500, jpeg_seed=1900, no_dpi_parity=1, only=only)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, required=True, help="folder for scans/ and truth/")
    out = parser.parse_args().out
    for path in make_blind21(out):
        print(f"{path.relative_to(out)}  {path.stat().st_size // 1024} KiB")


if __name__ == "__main__":
    main()

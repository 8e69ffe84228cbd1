"""Blind set 27 (issue 13, after blind set 26): six more families of results, each as a 300 dpi scan and
as a phone photo, signed and sealed as in blind sets 8 to 26, with one scan page tilted one degree
clockwise on the glass and one inspection conclusion running onto a second page. Written without looking
at the rules or running them on it, measured once.

As in blind17 to blind26, every province and provincial seat is some earlier set's ``place``: these
results come from a commune, districts and district towns, a district inspectorate, two district post
offices, a district health centre, a district hospital, a district finance office and a town's
urban-management office, dated where those sit ("Kim Bảng", "Nho Quan", "Tiền Hải", "Mường Lạn", "Uông
Bí", "Phúc Yên").

Families (Decree 30/2020 appendix I positions: issuer column top left, motto top right, number under
the issuer, place and date under the motto, title centred, signer bottom right, "Nơi nhận:" bottom left):
  thanhtra     state inspection: a district inspectorate's decision "Về việc thanh tra việc quản lý, sử
               dụng" / "quỹ đất công ích tại xã Nhật Tân" under its district ("UBND HUYỆN KIM BẢNG" /
               "THANH TRA HUYỆN"), its day written by hand (the number printed), the inspectorate's yearly
               plan cited, "Điều 1. Thanh tra … tại Ủy ban nhân dân xã Nhật Tân", the period inspected
               ("Thời kỳ thanh tra: từ ngày 01/01/2019 đến ngày 31/12/2021") and the inspection's term
               ("Thời hạn thanh tra là 25 ngày làm việc kể từ ngày công bố …"), the team named in Article
               2, signed "Q. CHÁNH THANH TRA"; and a district's "KẾT LUẬN THANH TRA" / "Việc quản lý thu,
               chi tài chính và các khoản" / "đóng góp tự nguyện tại xã Lạc Hồng" on two pages (the end of
               the conclusion, the signer and "Nơi nhận:" on page 2), the inspectorate's decision and the
               team's report cited, the days on site ("từ ngày 20/5/2019 đến ngày 28/6/2019"), the
               commune's chairman and its accountant named as answerable, a sum to pay back before a
               deadline, signed "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH";
  buudien      post offices: a district post office's công văn "V/v chi trả lương hưu, trợ cấp BHXH" /
               "tháng 11 năm 2019" under its provincial post office ("BƯU ĐIỆN TỈNH NINH BÌNH" / "BƯU ĐIỆN
               HUYỆN NHO QUAN"), numbered and dated by hand (blind5's pen), addressed ("Kính gửi:") to the
               communes and the commune post offices on two dashed lines, the payment contract cited, the
               days of payment ("từ ngày 04/11/2019 đến ngày 14/11/2019") and a deadline, an official named
               with her phone, signed "KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC"; and another's decision "Về việc giao
               nhiệm vụ nhân viên" / "Điểm Bưu điện - Văn hóa xã đối với bà Bùi Thị Xuyến" (the holder
               inside the subject; "BƯU ĐIỆN TỈNH HÒA BÌNH" / "BƯU ĐIỆN HUYỆN TÂN LẠC"), the agency
               contract with her cited above, "Điều 1. Giao nhiệm vụ … cho bà Bùi Thị Xuyến, sinh ngày …,
               số định danh cá nhân …, …" from a day after the decision, signed bare "GIÁM ĐỐC" by a man
               with a two-syllable name;
  bucxa        radiation safety: a district health centre's decision "Về việc phân công người phụ trách an
               toàn bức xạ" / "đối với ông Phạm Công Khởi" (the holder inside the subject) under its
               provincial health department ("SỞ Y TẾ THÁI BÌNH" / "TRUNG TÂM Y TẾ HUYỆN TIỀN HẢI"),
               quoting the validity of the centre's radiation licence ("có giá trị đến hết ngày 18 tháng 3
               năm 2026", the licence's, not the decision's), "Điều 1. Phân công ông Phạm Công Khởi, sinh
               ngày …, số định danh cá nhân …, …", the decision it replaces cited in Article 3, signed "KT.
               GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC", its scan tilted one degree clockwise; and a district hospital's
               "THÔNG BÁO" / "Về việc tạm dừng chụp X-quang, chụp cắt lớp" / "vi tính để kiểm định thiết bị
               bức xạ" ("SỞ Y TẾ HẢI DƯƠNG" / "BỆNH VIỆN ĐA KHOA THANH MIỆN"), addressed ("Kính gửi:") to the
               commune health stations and the private clinics on two dashed lines, the testing contract
               cited, the days the machines stop ("từ ngày 09/10/2023 đến ngày 11/10/2023"), the current
               test certificate's issue and expiry quoted ("hết hạn ngày 12 tháng 10 năm 2023"), an official
               named with his phone, signed "TL. GIÁM ĐỐC" / "TRƯỞNG PHÒNG KẾ HOẠCH TỔNG HỢP" by a woman with
               a five-syllable name, without a seal;
  doingoai     foreign affairs: a district's decision "Về việc cho phép công chức đi nước ngoài" / "về việc
               riêng đối với bà Dương Thị Thoa" (the holder inside the subject), the law on exit and entry
               and the province's rules cited, her application cited with her name, "Điều 1. Cho phép bà
               Dương Thị Thoa, sinh ngày …, số định danh cá nhân …, …" and her trip ("từ ngày 03/7/2023 đến
               ngày 17/7/2023"), signed bare "CHỦ TỊCH"; and a border commune's công văn "V/v đón tiếp Đoàn
               công tác" / "huyện Sốp Bâu, tỉnh Hủa Phăn (Lào)" under its district ("UBND HUYỆN SỐP CỘP" /
               "UBND XÃ MƯỜNG LẠN"), addressed ("Kính gửi:") to the border post, the commune police and a
               school on three dashed lines, the district's letter cited, the Lao delegation's head named,
               the day of the visit and a deadline, an official named with his phone, signed "KT. CHỦ TỊCH"
               / "PHÓ CHỦ TỊCH" by a Thái vice-chairman;
  giaca        prices: a district finance office's "THÔNG BÁO" / "Về việc tiếp nhận Văn bản kê khai giá" /
               "của Công ty TNHH Thức ăn chăn nuôi Tô Hiệu" (the holder inside the subject) under its
               district ("UBND HUYỆN THƯỜNG TÍN" / "PHÒNG TÀI CHÍNH - KẾ HOẠCH"), addressed ("Kính gửi: …",
               one centred line) to the company, the company on rows ("1. Tên tổ chức kê khai giá: Công ty
               TNHH …", "2. Mã số thuế: …"), the price and the day it applies from ("áp dụng từ ngày 15 tháng
               3 năm 2022"), signed "KT. TRƯỞNG PHÒNG" / "PHÓ TRƯỞNG PHÒNG"; and a district's "KẾ HOẠCH" /
               "Kiểm tra việc chấp hành pháp luật về giá" / "dịp Tết Nguyên đán Đinh Dậu năm 2017", the
               province's directive cited, the days of the checks ("từ ngày 03/01/2017 đến ngày 25/01/2017")
               and a deadline, signed "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH";
  cayxanh      urban trees: a town's urban-management office's "GIẤY PHÉP" / "Chặt hạ, dịch chuyển cây xanh
               đô thị" (one sentence-case line under the type name; "UBND THÀNH PHỐ UÔNG BÍ" / "PHÒNG QUẢN
               LÝ ĐÔ THỊ"), numbered by hand (the date printed), a house owner on rows ("1. Cấp cho: ông
               Vương Đình Toản", "2. Ngày sinh: …; số định danh cá nhân: …"), the tree, a replanting within
               fifteen days, "6. Giấy phép có giá trị đến hết ngày 31 tháng 8 năm 2017.", signed bare
               "TRƯỞNG PHÒNG"; and a town's decision "Về việc đặt hàng dịch vụ duy trì cây xanh đô thị" /
               "năm 2021 cho Công ty Cổ phần Công trình đô thị Phúc Yên" (the holder inside the subject),
               the decree on public-service orders, the council's budget resolution and the office's
               submission cited, "Điều 1. Đặt hàng cho Công ty …, mã số thuế …, …" and the year of service
               ("từ ngày 01/01/2021 đến ngày 31/12/2021"), signed "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" /
               "PHÓ CHỦ TỊCH".
Every document is signed in blue ballpoint in one of blind7's four hands, on eight of them coming down
across the printed name (blind8's ``aim``), and all but one carry a red round seal over the left part
of the signer block, lifted by blind8's ``lift``. Signers' names have two, three, four and five
syllables ("Phùng Duẫn", "Hoàng Lê Thị Bích Phượng"); signer blocks "KT.", "TL.", "TM." and "Q." and bare
"CHỦ TỊCH", "GIÁM ĐỐC" and "TRƯỞNG PHÒNG" all occur, one of them on three lines; every issuer has two
lines: a district and its inspectorate, a district and a commune, a provincial post office and a district
one (twice), a provincial health department and a district health centre, and a district hospital, a
district and its finance office, a town and its urban-management office, and "ỦY BAN NHÂN DÂN" over a
district (three times) or a town. Holders are two companies and four persons (a post-office
clerk, a radiographer, a commune official going abroad and a house owner); six documents grant nothing
to anyone. Issued 2016 to 2024.

Truth conventions (decided before any run): blind4's, as its docstring states them (organ_name,
code_number/code_notation, issued_date, place, type_name, subject, signer_position/signer_full_name,
holder_name and holder_id), with blind5's to blind26's additions (their docstrings). New here:
  inspection       a decision to inspect a commune: the two subject lines joined are ``subject``; inspecting a
                   commune grants nothing to anyone: holder fields and ``valid_until`` None; the commune
                   inspected, the team named in Article 2 and the plan cited never; "Thời kỳ thanh tra: từ
                   ngày 01/01/2019 đến ngày 31/12/2021" is the period looked into and "Thời hạn thanh tra là
                   25 ngày làm việc kể từ ngày công bố …" the inspection's own length: both None; the day by
                   hand. An inspection's conclusion: "KẾT LUẬN THANH TRA" (one capitals line) is
                   ``type_name``, its two sentence-case lines joined ``subject``; it grants nothing: holder
                   fields and ``valid_until`` None; the commune, its chairman and its accountant never; the
                   days on site and the deadline give None; the decision and the report cited never; its
                   fields come from both pages, as one document;
  post offices     the công văn keeps blind5's rule: ``type_name`` "CÔNG VĂN", ``subject`` its two "V/v"
                   lines joined as printed, holder fields and ``valid_until`` None; the days of payment and
                   the deadline give None; the contract cited never; number and day by hand. A clerk given a
                   commune post office: the two subject lines joined are ``subject`` (the holder's name in
                   it); the holder is the woman named right after "cho bà" in Article 1, up to the comma,
                   ``holder_id`` the personal number printed after her birth date (``cccd``); the agency
                   contract cited above (her name in it) never; "kể từ ngày 01 tháng 8 năm 2020" is when she
                   starts: None;
  radiation        a radiation-safety officer named: the two subject lines joined are ``subject`` (the
                   holder's name in it); the holder is the man named right after "Điều 1. Phân công ông", up
                   to the comma, ``holder_id`` the personal number printed after his birth date (``cccd``);
                   "có giá trị đến hết ngày 18 tháng 3 năm 2026" is the licence's validity, quoted in a
                   "Căn cứ" line, not the decision's: ``valid_until`` None; the licence and the decision
                   replaced never. A hospital's notice that its X-ray machines stop: "THÔNG BÁO" is
                   ``type_name``, its two sentence-case lines joined ``subject``; addressed to many it grants
                   nothing: holder fields None; the days the machines stop, the test certificate's issue and
                   expiry ("hết hạn ngày 12 tháng 10 năm 2023", the certificate's) give None; the contract
                   cited never;
  foreign affairs  leave to travel abroad: the two subject lines joined are ``subject`` (the holder's name in
                   it); the holder is the woman named right after "Điều 1. Cho phép bà", up to the comma,
                   ``holder_id`` the personal number printed after her birth date (``cccd``); her application
                   cited above (her name in it) never the number or the date; "từ ngày 03/7/2023 đến ngày
                   17/7/2023" is her trip: None. The commune's công văn: blind5's rule, holder fields and
                   ``valid_until`` None; the Lao delegation and its head, the day of the visit and the
                   deadline never;
  prices           a price declaration received: "THÔNG BÁO" is ``type_name``, its two sentence-case lines
                   joined ``subject`` (the holder's name in it); addressed to the company it is about, it has
                   a holder (blind23's rule): the company on the "Tên tổ chức kê khai giá:" row, ``holder_id``
                   the "Mã số thuế:" row under it (``tax_code``); "áp dụng từ ngày 15 tháng 3 năm 2022" is when
                   the price applies: None; the declaration's own number never. A plan of price checks: "KẾ
                   HOẠCH" is ``type_name``, its two sentence-case lines joined ``subject``; it grants nothing:
                   holder fields and ``valid_until`` None; the days of the checks and the deadline give None;
                   the directive cited never;
  urban trees      a permit to fell a tree: "GIẤY PHÉP" is ``type_name``, the sentence-case line under it
                   ``subject``; the holder is the man on the "Cấp cho:" row, without "ông", ``holder_id`` the
                   personal number on the row under him (``cccd``); "Giấy phép có giá trị đến hết ngày 31
                   tháng 8 năm 2017" is the permit's own ``valid_until``; the replanting's fifteen days never;
                   number by hand. A service ordered from a company: the two subject lines joined are
                   ``subject`` (the holder's name in it); the holder is the company named right after "Điều 1.
                   Đặt hàng cho", up to the comma, ``holder_id`` the "mã số thuế" printed after it
                   (``tax_code``); "từ ngày 01/01/2021 đến ngày 31/12/2021" is the year of service: None;
  header           two issuer lines joined by a space, as printed ("UBND HUYỆN KIM BẢNG THANH TRA HUYỆN";
                   "BƯU ĐIỆN TỈNH NINH BÌNH BƯU ĐIỆN HUYỆN NHO QUAN"; "SỞ Y TẾ HẢI DƯƠNG BỆNH VIỆN ĐA KHOA
                   THANH MIỆN"); ``place`` the words before ", ngày" ("Kim Bảng", "Mường Lạn", "Uông Bí");
  signer blocks    "Q. CHÁNH THANH TRA", "GIÁM ĐỐC", "CHỦ TỊCH" and "TRƯỞNG PHÒNG" as printed; "KT. CHỦ TỊCH" /
                   "PHÓ CHỦ TỊCH", "KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC", "TL. GIÁM ĐỐC" / "TRƯỞNG PHÒNG KẾ HOẠCH TỔNG
                   HỢP", "KT. TRƯỞNG PHÒNG" / "PHÓ TRƯỞNG PHÒNG" and "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH" are
                   ``signer_position``, the lines joined by a space; "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" /
                   "PHÓ CHỦ TỊCH" its three lines joined; a Thái name as printed ("Lường Văn Chiến");
  pages turned     a scan page tilted one degree clockwise changes no field; a two-page document's fields
                   come from both pages, as one document;
  signatures and seals   as blind7 and blind8: the truth is the text as printed under them.

Renderings, seeds and truth files as blind9's (``make_blind9`` draws them): ``scan`` (300 dpi, light
degradation, PDF) and ``photo`` (80-150 dpi JPEG, perspective, uneven light, half without a DPI; the
two-page document's photos in one PDF), drawn by blind26's render (a document without an annex comes out
as blind9 makes it). Only the scans are turned (``turn``): the radiation-safety decision lies one degree
clockwise (-1.0); the phone photographs each page as it lies.

    python samples/blind27.py --out benchmarks/out/blind27
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

__all__ = ["BLIND27", "FAMILIES", "LEVELS", "Doc9", "lay_out", "make_blind27", "render"]

FAMILIES = ("thanhtra", "buudien", "bucxa", "doingoai", "giaca", "cayxanh")

_LUAT_THANH_TRA = "Căn cứ Luật Thanh tra ngày 15 tháng 11 năm 2010;"
_NGHI_DINH_86 = "Nghị định số 86/2011/NĐ-CP ngày 22 tháng 9 năm 2011 của Chính phủ"
_LUAT_GIA = "Căn cứ Luật Giá ngày 20 tháng 6 năm 2012;"

BLIND27 = [
    Doc9(
        slug="qd-thanh-tra-dat-cong-ich-nhat-tan", family="thanhtra",
        issuer=["UBND HUYỆN KIM BẢNG", "THANH TRA HUYỆN"],
        number="120", notation="QĐ-TTr", place="Kim Bảng", date_text="14 tháng 3 năm 2022", issued="2022-03-14",
        title=["QUYẾT ĐỊNH"], subject=["Về việc thanh tra việc quản lý, sử dụng", "quỹ đất công ích tại xã Nhật Tân"],
        body=["CHÁNH THANH TRA HUYỆN KIM BẢNG", _LUAT_THANH_TRA,
              (f"Căn cứ {_NGHI_DINH_86} quy định chi tiết và hướng dẫn thi hành một số điều của Luật Thanh "
               "tra;"),
              ("Căn cứ Kế hoạch số 09/KH-TTr ngày 28 tháng 12 năm 2021 của Thanh tra huyện về công tác thanh tra "
               "năm 2022 đã được Chủ tịch Ủy ban nhân dân huyện phê duyệt;"),
              "Xét đề nghị của Phó Chánh Thanh tra phụ trách nghiệp vụ,",
              "QUYẾT ĐỊNH:",
              ("Điều 1. Thanh tra việc quản lý, sử dụng quỹ đất công ích tại Ủy ban nhân dân xã Nhật Tân. Thời kỳ "
               "thanh tra: từ ngày 01/01/2019 đến ngày 31/12/2021. Thời hạn thanh tra là 25 ngày làm việc kể từ "
               "ngày công bố Quyết định thanh tra."),
              ("Điều 2. Thành lập Đoàn thanh tra gồm: ông Phan Trọng Nghĩa, Phó Chánh Thanh tra huyện, Trưởng "
               "đoàn; bà Lưu Thị Bích Hạnh, Thanh tra viên, thành viên; ông Tô Văn Khải, công chức Phòng Tài "
               "nguyên và Môi trường, thành viên."),
              ("Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Đoàn thanh tra, Chủ tịch Ủy ban nhân dân xã "
               "Nhật Tân và các cơ quan, cá nhân có liên quan chịu trách nhiệm thi hành.")],
        signer_position=["Q. CHÁNH THANH TRA"], signer_name="Lại Thế Lực",
        recipients=["- Như Điều 3;", "- Chủ tịch UBND huyện (b/c);", "- Thanh tra tỉnh Hà Nam;",
                    "- Lưu: VT, hồ sơ đoàn."],
        seal="THANH TRA HUYỆN * KIM BẢNG *", handwritten=("issued_date",),
        hand="loops", aim=(32.0, 8.0), lift=12.0,
    ),
    Doc9(
        slug="kl-thanh-tra-thu-chi-xa-lac-hong", family="thanhtra",
        issuer=["ỦY BAN NHÂN DÂN", "HUYỆN VĂN LÂM"],
        number="2751", notation="KL-UBND", place="Văn Lâm", date_text="29 tháng 8 năm 2019", issued="2019-08-29",
        title=["KẾT LUẬN THANH TRA"],
        subject=["Việc quản lý thu, chi tài chính và các khoản", "đóng góp tự nguyện tại xã Lạc Hồng"],
        body=[("Thực hiện Quyết định số 61/QĐ-TTr ngày 08 tháng 5 năm 2019 của Chánh Thanh tra huyện về thanh tra "
               "việc quản lý thu, chi tài chính và các khoản đóng góp tự nguyện tại xã Lạc Hồng, từ ngày 20/5/2019 "
               "đến ngày 28/6/2019, Đoàn thanh tra đã tiến hành thanh tra trực tiếp tại Ủy ban nhân dân xã."),
              ("Xét Báo cáo kết quả thanh tra số 27/BC-ĐTT ngày 19 tháng 7 năm 2019 của Trưởng đoàn thanh tra và "
               "ý kiến giải trình của Ủy ban nhân dân xã Lạc Hồng, Chủ tịch Ủy ban nhân dân huyện kết luận như "
               "sau:"),
              ("1. Khái quát chung: xã Lạc Hồng có 04 thôn, 2.317 hộ; tổng thu ngân sách xã năm 2018 là "
               "14.682.350.000 đồng, tổng chi 13.905.120.000 đồng; các khoản đóng góp tự nguyện của nhân dân để "
               "xây dựng đường giao thông thôn và nhà văn hóa thôn là 1.846.000.000 đồng."),
              ("2. Kết quả kiểm tra, xác minh: Ủy ban nhân dân xã lập dự toán, quyết toán ngân sách cơ bản đúng "
               "quy định; việc thu đóng góp tự nguyện có nghị quyết của Hội đồng nhân dân xã. Tuy nhiên, xã còn "
               "để các thôn thu đóng góp bình quân theo hộ, kể cả hộ nghèo, không mở sổ theo dõi riêng; chi hỗ "
               "trợ các đoàn thể 126.500.000 đồng không có trong dự toán được giao; chứng từ chi tiếp khách thiếu "
               "hóa đơn hợp lệ 38.400.000 đồng; việc công khai quyết toán các công trình do nhân dân đóng góp "
               "chưa đầy đủ, chậm so với quy định."),
              ("3. Kết luận: việc quản lý thu, chi tài chính và các khoản đóng góp tự nguyện tại xã Lạc Hồng năm "
               "2018 còn những thiếu sót như đã nêu; trách nhiệm thuộc Chủ tịch Ủy ban nhân dân xã, ông Đào Văn "
               "Quyết, và kế toán ngân sách xã, bà Trần Thị Mỹ Duyên."),
              ("4. Kiến nghị và biện pháp xử lý: a) Ủy ban nhân dân xã Lạc Hồng thu hồi nộp ngân sách số tiền "
               "38.400.000 đồng chi không đúng quy định, hoàn thành trước ngày 30 tháng 9 năm 2019; b) chấm dứt "
               "việc thu đóng góp bình quân theo hộ, hoàn trả các hộ nghèo, hộ cận nghèo số tiền đã đóng; c) công "
               "khai quyết toán từng công trình tại nhà văn hóa các thôn; d) tổ chức kiểm điểm trách nhiệm đối "
               "với tập thể, cá nhân có liên quan, báo cáo kết quả về Thanh tra huyện."),
              ("5. Giao Thanh tra huyện theo dõi, đôn đốc, kiểm tra việc thực hiện Kết luận thanh tra này; Phòng "
               "Tài chính - Kế hoạch hướng dẫn Ủy ban nhân dân xã điều chỉnh sổ sách kế toán, lập lại dự toán "
               "chi các đoàn thể theo quy định."),
              (f"Kết luận thanh tra được công khai theo quy định của Luật Thanh tra và {_NGHI_DINH_86} quy định "
               "chi tiết và hướng dẫn thi hành một số điều của Luật Thanh tra./.")],
        signer_position=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer_name="Trịnh Ngọc Tuyển",
        recipients=["- Thanh tra tỉnh Hưng Yên (b/c);", "- TT Huyện ủy, TT HĐND huyện;", "- UBND xã Lạc Hồng;",
                    "- Lưu: VT, TTr."],
        seal="ỦY BAN NHÂN DÂN * HUYỆN VĂN LÂM *", hand="scribble", aim=(34.0, 10.0), lift=16.0,
    ),
    Doc9(
        slug="cv-chi-tra-luong-huu-qua-buu-dien-nho-quan", family="buudien",
        issuer=["BƯU ĐIỆN TỈNH NINH BÌNH", "BƯU ĐIỆN HUYỆN NHO QUAN"],
        number="147", notation="BĐNQ-BCPT", place="Nho Quan", date_text="29 tháng 10 năm 2019", issued="2019-10-29",
        title=[], subject=["V/v chi trả lương hưu, trợ cấp BHXH", "tháng 11 năm 2019"],
        addressees=["Ủy ban nhân dân các xã, thị trấn;", "Các Điểm Bưu điện - Văn hóa xã."],
        body=[("Thực hiện Hợp đồng số 12/HĐ-BHXH-BĐ ngày 02 tháng 01 năm 2019 giữa Bảo hiểm xã hội tỉnh Ninh Bình "
               "và Bưu điện tỉnh Ninh Bình về chi trả lương hưu, trợ cấp bảo hiểm xã hội, Bưu điện huyện Nho Quan "
               "thông báo lịch chi trả tháng 11 năm 2019 như sau:"),
              ("1. Thời gian chi trả tại các điểm chi trả xã, thị trấn: từ ngày 04/11/2019 đến ngày 14/11/2019 "
               "(trừ Thứ Bảy, Chủ nhật); người chưa nhận được nhận tại Bưu điện trung tâm huyện đến hết ngày 25 "
               "hằng tháng."),
              ("2. Ủy ban nhân dân các xã, thị trấn thông báo lịch chi trả trên hệ thống truyền thanh; bố trí địa "
               "điểm và phối hợp với Công an xã bảo đảm an ninh, an toàn tại điểm chi trả."),
              ("3. Các Điểm Bưu điện - Văn hóa xã rà soát danh sách người hưởng đã chết, chuyển đi nơi khác hoặc "
               "ủy quyền nhận thay, gửi về Bưu điện huyện trước ngày 20 tháng 11 năm 2019 để báo cáo Bảo hiểm xã "
               "hội huyện."),
              ("Mọi vướng mắc xin liên hệ bà Đinh Thị Thùy Dung, Tổ Bưu chính - Phát hành báo chí, điện thoại "
               "0229 3866 135./.")],
        signer_position=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], signer_name="Hà Thị Diệu Linh",
        recipients=["- Như trên;", "- Bưu điện tỉnh (b/c);", "- BHXH huyện Nho Quan;", "- Lưu: VT, BCPT."],
        seal="BƯU ĐIỆN HUYỆN * NHO QUAN *", handwritten=("code_number", "issued_date"),
        hand="underline", aim=(0.0, 0.0), lift=10.0,
    ),
    Doc9(
        slug="qd-giao-nhiem-vu-buu-dien-van-hoa-xa-bui-thi-xuyen", family="buudien",
        issuer=["BƯU ĐIỆN TỈNH HÒA BÌNH", "BƯU ĐIỆN HUYỆN TÂN LẠC"],
        number="104", notation="QĐ-BĐTL", place="Tân Lạc", date_text="24 tháng 7 năm 2020", issued="2020-07-24",
        title=["QUYẾT ĐỊNH"],
        subject=["Về việc giao nhiệm vụ nhân viên", "Điểm Bưu điện - Văn hóa xã đối với bà Bùi Thị Xuyến"],
        body=["GIÁM ĐỐC BƯU ĐIỆN HUYỆN TÂN LẠC",
              "Căn cứ Luật Bưu chính ngày 17 tháng 6 năm 2010;",
              ("Căn cứ Quyết định số 215/QĐ-BĐT ngày 12 tháng 3 năm 2018 của Giám đốc Bưu điện tỉnh Hòa Bình về "
               "phân cấp quản lý lao động cho Bưu điện các huyện, thành phố;"),
              ("Căn cứ Hợp đồng đại lý số 08/2020/HĐĐL ngày 20 tháng 7 năm 2020 giữa Bưu điện huyện Tân Lạc và bà "
               "Bùi Thị Xuyến;"),
              "Xét đề nghị của Tổ trưởng Tổ Tổng hợp,",
              "QUYẾT ĐỊNH:",
              ("Điều 1. Giao nhiệm vụ nhân viên Điểm Bưu điện - Văn hóa xã Phú Cường cho bà Bùi Thị Xuyến, sinh "
               "ngày 23/5/1990, số định danh cá nhân 017190071084, xóm Chiềng Khến, xã Phú Cường, kể từ ngày 01 "
               "tháng 8 năm 2020."),
              ("Điều 2. Bà Bùi Thị Xuyến có trách nhiệm cung ứng dịch vụ bưu chính công ích, phát hành báo chí, "
               "chi trả lương hưu và trợ cấp xã hội; quản lý tủ sách, bảo quản tài sản tại Điểm Bưu điện - Văn "
               "hóa xã."),
              ("Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Tổ trưởng Tổ Tổng hợp, Tổ trưởng Tổ Bưu chính và "
               "bà Bùi Thị Xuyến chịu trách nhiệm thi hành.")],
        signer_position=["GIÁM ĐỐC"], signer_name="Phùng Duẫn",
        holder_name="Bùi Thị Xuyến", holder_id="017190071084", holder_id_type="cccd",
        recipients=["- Như Điều 3;", "- Bưu điện tỉnh Hòa Bình (b/c);", "- Lưu: VT, TH."],
        seal="BƯU ĐIỆN HUYỆN * TÂN LẠC *", hand="flourish", aim=(36.0, 8.0), lift=14.0,
    ),
    Doc9(
        slug="qd-phu-trach-an-toan-buc-xa-pham-cong-khoi", family="bucxa",
        issuer=["SỞ Y TẾ THÁI BÌNH", "TRUNG TÂM Y TẾ HUYỆN TIỀN HẢI"],
        number="313", notation="QĐ-TTYT", place="Tiền Hải", date_text="10 tháng 5 năm 2022", issued="2022-05-10",
        title=["QUYẾT ĐỊNH"],
        subject=["Về việc phân công người phụ trách an toàn bức xạ", "đối với ông Phạm Công Khởi"],
        body=["GIÁM ĐỐC TRUNG TÂM Y TẾ HUYỆN TIỀN HẢI",
              "Căn cứ Luật Năng lượng nguyên tử ngày 03 tháng 6 năm 2008;",
              ("Căn cứ Nghị định số 142/2020/NĐ-CP ngày 09 tháng 12 năm 2020 của Chính phủ quy định về việc tiến "
               "hành công việc bức xạ;"),
              ("Căn cứ Giấy phép tiến hành công việc bức xạ số 41/GP-SKHCN ngày 18 tháng 3 năm 2021 của Sở Khoa "
               "học và Công nghệ tỉnh Thái Bình cấp cho Trung tâm sử dụng 02 thiết bị X-quang chẩn đoán y tế, có "
               "giá trị đến hết ngày 18 tháng 3 năm 2026;"),
              "Xét đề nghị của Trưởng phòng Tổ chức - Hành chính,",
              "QUYẾT ĐỊNH:",
              ("Điều 1. Phân công ông Phạm Công Khởi, sinh ngày 06/10/1986, số định danh cá nhân 034086068156, "
               "kỹ thuật viên Khoa Chẩn đoán hình ảnh, làm người phụ trách an toàn bức xạ của Trung tâm."),
              ("Điều 2. Ông Phạm Công Khởi theo dõi liều chiếu xạ cá nhân, kiểm tra an toàn bức xạ định kỳ."),
              ("Điều 3. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 87/QĐ-TTYT ngày 22 tháng "
               "3 năm 2021. Trưởng phòng Tổ chức - Hành chính và ông Phạm Công Khởi chịu trách nhiệm thi hành.")],
        signer_position=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], signer_name="Đồng Sỹ Hiếu",
        holder_name="Phạm Công Khởi", holder_id="034086068156", holder_id_type="cccd",
        recipients=["- Như Điều 3;", "- Sở Y tế Thái Bình (b/c);", "- Sở KH&CN tỉnh Thái Bình;", "- Lưu: VT, TCHC."],
        seal="TRUNG TÂM Y TẾ * HUYỆN TIỀN HẢI *", hand="scribble", aim=(0.0, 0.0), lift=18.0, turn=(-1.0,),
    ),
    Doc9(
        slug="tb-tam-dung-chup-x-quang-thanh-mien", family="bucxa",
        issuer=["SỞ Y TẾ HẢI DƯƠNG", "BỆNH VIỆN ĐA KHOA THANH MIỆN"],
        number="236", notation="TB-BVĐK", place="Thanh Miện", date_text="28 tháng 9 năm 2023", issued="2023-09-28",
        title=["THÔNG BÁO"],
        subject=["Về việc tạm dừng chụp X-quang, chụp cắt lớp", "vi tính để kiểm định thiết bị bức xạ"],
        addressees=["Trạm Y tế các xã, thị trấn trên địa bàn huyện;",
                    "Các phòng khám đa khoa tư nhân trên địa bàn huyện."],
        body=[("Thực hiện Hợp đồng số 36/2023/HĐ-KĐ ngày 14 tháng 9 năm 2023 giữa Bệnh viện và Trung tâm Kỹ thuật "
               "Tiêu chuẩn Đo lường Chất lượng Hải Dương về kiểm định thiết bị X-quang, thiết bị chụp cắt lớp vi "
               "tính, Bệnh viện Đa khoa Thanh Miện thông báo:"),
              ("1. Tạm dừng chụp X-quang, chụp cắt lớp vi tính tại Khoa Chẩn đoán hình ảnh từ ngày 09/10/2023 đến "
               "ngày 11/10/2023 để kiểm định thiết bị và đo kiểm tra an toàn bức xạ phòng chụp."),
              ("2. Trong thời gian trên, người bệnh có chỉ định chụp được chuyển đến Bệnh viện Đa khoa tỉnh Hải "
               "Dương; các trường hợp cấp cứu liên hệ trực tiếp Khoa Cấp cứu để được hướng dẫn."),
              ("3. Giấy chứng nhận kiểm định thiết bị X-quang hiện hành của Bệnh viện được cấp ngày 12 tháng 10 năm "
               "2022, hết hạn ngày 12 tháng 10 năm 2023; Bệnh viện chỉ sử dụng lại thiết bị khi có giấy chứng "
               "nhận kiểm định mới."),
              ("Đề nghị các đơn vị thông báo để người bệnh biết; mọi vướng mắc xin liên hệ ông Vũ Đức Thịnh, Phòng "
               "Kế hoạch tổng hợp, điện thoại 0220 3786 214./.")],
        signer_position=["TL. GIÁM ĐỐC", "TRƯỞNG PHÒNG KẾ HOẠCH TỔNG HỢP"], signer_name="Hoàng Lê Thị Bích Phượng",
        recipients=["- Như trên;", "- Sở Y tế (b/c);", "- Ban Giám đốc;", "- Lưu: VT, KHTH."],
        hand="loops", aim=(0.0, 0.0), lift=12.0,
    ),
    Doc9(
        slug="qd-cho-phep-di-nuoc-ngoai-duong-thi-thoa", family="doingoai",
        issuer=["ỦY BAN NHÂN DÂN", "HUYỆN HIỆP HÒA"],
        number="1873", notation="QĐ-UBND", place="Hiệp Hòa", date_text="19 tháng 6 năm 2023", issued="2023-06-19",
        title=["QUYẾT ĐỊNH"],
        subject=["Về việc cho phép công chức đi nước ngoài", "về việc riêng đối với bà Dương Thị Thoa"],
        body=["CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN HIỆP HÒA", _CAN_CU_UBND,
              "Căn cứ Luật Xuất cảnh, nhập cảnh của công dân Việt Nam ngày 22 tháng 11 năm 2019;",
              ("Căn cứ Quyết định số 34/2021/QĐ-UBND ngày 16 tháng 8 năm 2021 của Ủy ban nhân dân tỉnh Bắc Giang "
               "ban hành Quy chế quản lý thống nhất các hoạt động đối ngoại trên địa bàn tỉnh;"),
              ("Xét đơn đề nghị ngày 09 tháng 6 năm 2023 của bà Dương Thị Thoa và đề nghị của Trưởng phòng Nội "
               "vụ,"),
              "QUYẾT ĐỊNH:",
              ("Điều 1. Cho phép bà Dương Thị Thoa, sinh ngày 11/9/1979, số định danh cá nhân 024179030667, công "
               "chức Văn phòng - Thống kê xã Đoan Bái, xuất cảnh sang Hàn Quốc thăm con, thời gian từ ngày "
               "03/7/2023 đến ngày 17/7/2023; kinh phí tự túc."),
              ("Điều 2. Quyết định này có hiệu lực kể từ ngày ký. Trưởng phòng Nội vụ, Chủ tịch Ủy ban nhân dân xã "
               "Đoan Bái và bà Dương Thị Thoa chịu trách nhiệm thi hành.")],
        signer_position=["CHỦ TỊCH"], signer_name="Nông Quốc Tuấn",
        holder_name="Dương Thị Thoa", holder_id="024179030667", holder_id_type="cccd",
        recipients=["- Như Điều 2;", "- Sở Ngoại vụ tỉnh Bắc Giang (b/c);", "- Lưu: VT, NV."],
        seal="ỦY BAN NHÂN DÂN * HUYỆN HIỆP HÒA *", hand="underline", aim=(30.0, 6.0), lift=18.0,
    ),
    Doc9(
        slug="cv-don-tiep-doan-cong-tac-sop-bau-muong-lan", family="doingoai",
        issuer=["UBND HUYỆN SỐP CỘP", "UBND XÃ MƯỜNG LẠN"],
        number="162", notation="UBND-VP", place="Mường Lạn", date_text="9 tháng 4 năm 2024", issued="2024-04-09",
        title=[], subject=["V/v đón tiếp Đoàn công tác", "huyện Sốp Bâu, tỉnh Hủa Phăn (Lào)"],
        addressees=["Đồn Biên phòng Mường Lạn;", "Công an xã Mường Lạn;", "Trường PTDTBT Tiểu học Mường Lạn."],
        body=[("Thực hiện Công văn số 612/UBND-NV ngày 02 tháng 4 năm 2024 của Ủy ban nhân dân huyện Sốp Cộp về "
               "việc đón tiếp Đoàn công tác huyện Sốp Bâu, tỉnh Hủa Phăn, nước Cộng hòa dân chủ nhân dân Lào do "
               "ông Khăm Phon Xay Nha Vông, Phó Chủ tịch huyện Sốp Bâu, làm trưởng đoàn, thăm và làm việc tại xã "
               "Mường Lạn vào ngày 25 tháng 4 năm 2024, Ủy ban nhân dân xã đề nghị:"),
              ("1. Đồn Biên phòng Mường Lạn chủ trì đón đoàn tại lối mở Huổi Lạn; bảo đảm an ninh, trật tự trong "
               "suốt thời gian đoàn làm việc trên địa bàn xã."),
              ("2. Công an xã phối hợp bảo vệ tại trụ sở Ủy ban nhân dân xã và trên tuyến đường từ bản Huổi Lạn "
               "đến trung tâm xã."),
              ("3. Trường PTDTBT Tiểu học Mường Lạn chuẩn bị 01 tiết mục văn nghệ chào mừng; gửi danh sách học sinh "
               "tham gia về Văn phòng Ủy ban nhân dân xã trước ngày 22 tháng 4 năm 2024."),
              ("Đầu mối liên hệ: ông Lò Văn Ún, công chức Văn phòng - Thống kê xã, điện thoại 0212 3721 086. Đề "
               "nghị các cơ quan, đơn vị phối hợp thực hiện./.")],
        signer_position=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer_name="Lường Văn Chiến",
        recipients=["- Như trên;", "- UBND huyện Sốp Cộp (b/c);", "- TT Đảng ủy, HĐND xã;", "- Lưu: VT."],
        seal="ỦY BAN NHÂN DÂN * XÃ MƯỜNG LẠN *", hand="flourish", aim=(0.0, 0.0), lift=16.0,
    ),
    Doc9(
        slug="tb-tiep-nhan-ke-khai-gia-thuc-an-chan-nuoi-to-hieu", family="giaca",
        issuer=["UBND HUYỆN THƯỜNG TÍN", "PHÒNG TÀI CHÍNH - KẾ HOẠCH"],
        number="109", notation="TB-TCKH", place="Thường Tín", date_text="07 tháng 3 năm 2022", issued="2022-03-07",
        title=["THÔNG BÁO"],
        subject=["Về việc tiếp nhận Văn bản kê khai giá", "của Công ty TNHH Thức ăn chăn nuôi Tô Hiệu"],
        addressees=["Công ty TNHH Thức ăn chăn nuôi Tô Hiệu"],
        body=[_LUAT_GIA,
              ("Căn cứ Nghị định số 177/2013/NĐ-CP ngày 14 tháng 11 năm 2013 của Chính phủ quy định chi tiết và "
               "hướng dẫn thi hành một số điều của Luật Giá và Nghị định số 149/2016/NĐ-CP ngày 11 tháng 11 năm "
               "2016 sửa đổi, bổ sung;"),
              ("Ngày 02 tháng 3 năm 2022, Phòng Tài chính - Kế hoạch nhận được Văn bản kê khai giá số 05/2022/KKG "
               "của tổ chức:"),
              "1. Tên tổ chức kê khai giá: Công ty TNHH Thức ăn chăn nuôi Tô Hiệu",
              "2. Mã số thuế: 0108537463",
              "3. Địa chỉ: thôn Đình Tổ, xã Tô Hiệu, huyện Thường Tín, thành phố Hà Nội.",
              ("4. Mặt hàng kê khai: thức ăn hỗn hợp cho lợn thịt (bao 25 kg), mức giá bán buôn 12.850 đồng/kg, "
               "tăng 6,2% so với lần kê khai trước; áp dụng từ ngày 15 tháng 3 năm 2022."),
              ("Phòng Tài chính - Kế hoạch đã tiếp nhận Văn bản kê khai giá nêu trên. Công ty chịu trách nhiệm về "
               "tính chính xác của mức giá kê khai và niêm yết giá tại nơi bán theo quy định./.")],
        signer_position=["KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG"], signer_name="Ngô Thị Kiều Oanh",
        holder_name="Công ty TNHH Thức ăn chăn nuôi Tô Hiệu", holder_id="0108537463", holder_id_type="tax_code",
        recipients=["- Như trên;", "- UBND huyện (b/c);", "- Đội QLTT số 8;", "- Lưu: VT, TCKH."],
        seal="PHÒNG TC-KH * HUYỆN THƯỜNG TÍN *", hand="scribble", aim=(34.0, 8.0), lift=10.0,
    ),
    Doc9(
        slug="kh-kiem-tra-gia-tet-dinh-dau-quynh-luu", family="giaca",
        issuer=["ỦY BAN NHÂN DÂN", "HUYỆN QUỲNH LƯU"],
        number="294", notation="KH-UBND", place="Quỳnh Lưu", date_text="27 tháng 12 năm 2016", issued="2016-12-27",
        title=["KẾ HOẠCH"],
        subject=["Kiểm tra việc chấp hành pháp luật về giá", "dịp Tết Nguyên đán Đinh Dậu năm 2017"],
        body=[("Thực hiện Chỉ thị số 38/CT-UBND ngày 15 tháng 12 năm 2016 của Ủy ban nhân dân tỉnh Nghệ An về tăng "
               "cường quản lý, bình ổn giá dịp Tết Nguyên đán Đinh Dậu năm 2017, Ủy ban nhân dân huyện ban hành Kế "
               "hoạch kiểm tra như sau:"),
              ("1. Mục đích: phát hiện, xử lý kịp thời hành vi không niêm yết giá, bán cao hơn giá niêm yết, đầu "
               "cơ, găm hàng; góp phần ổn định thị trường dịp Tết."),
              ("2. Đối tượng: các chợ, cửa hàng kinh doanh lương thực, thực phẩm, vật liệu xây dựng, xăng dầu, khí "
               "dầu mỏ hóa lỏng và dịch vụ vận tải hành khách trên địa bàn huyện."),
              "3. Thời gian kiểm tra: từ ngày 03/01/2017 đến ngày 25/01/2017.",
              ("4. Tổ chức thực hiện: giao Phòng Tài chính - Kế hoạch chủ trì, phối hợp với Đội Quản lý thị trường "
               "số 3, Phòng Kinh tế và Hạ tầng, Công an huyện thành lập Tổ kiểm tra liên ngành; báo cáo kết quả "
               "về Ủy ban nhân dân huyện trước ngày 10 tháng 02 năm 2017."),
              ("Trên đây là Kế hoạch kiểm tra việc chấp hành pháp luật về giá dịp Tết Nguyên đán Đinh Dậu năm "
               "2017; đề nghị các cơ quan, đơn vị triển khai thực hiện./.")],
        signer_position=["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], signer_name="Hồ Sỹ Lạng",
        recipients=["- UBND tỉnh (b/c);", "- Sở Tài chính Nghệ An;", "- Các thành viên Tổ kiểm tra;", "- Lưu: VT."],
        seal="ỦY BAN NHÂN DÂN * HUYỆN QUỲNH LƯU *", hand="underline", aim=(32.0, 10.0), lift=16.0,
    ),
    Doc9(
        slug="gp-chat-ha-cay-xanh-vuong-dinh-toan", family="cayxanh",
        issuer=["UBND THÀNH PHỐ UÔNG BÍ", "PHÒNG QUẢN LÝ ĐÔ THỊ"],
        number="149", notation="GP-QLĐT", place="Uông Bí", date_text="13 tháng 6 năm 2017", issued="2017-06-13",
        title=["GIẤY PHÉP"], subject=["Chặt hạ, dịch chuyển cây xanh đô thị"],
        body=["TRƯỞNG PHÒNG QUẢN LÝ ĐÔ THỊ THÀNH PHỐ UÔNG BÍ",
              ("Căn cứ Nghị định số 64/2010/NĐ-CP ngày 11 tháng 6 năm 2010 của Chính phủ về quản lý cây xanh đô "
               "thị;"),
              ("Căn cứ Quyết định số 2153/2016/QĐ-UBND ngày 11 tháng 7 năm 2016 của Ủy ban nhân dân tỉnh Quảng Ninh "
               "ban hành Quy định quản lý cây xanh đô thị trên địa bàn tỉnh;"),
              ("Xét đơn đề nghị ngày 05 tháng 6 năm 2017 và biên bản kiểm tra hiện trạng cây xanh ngày 08 tháng 6 "
               "năm 2017,"),
              "1. Cấp cho: ông Vương Đình Toản",
              "2. Ngày sinh: 02/12/1964; số định danh cá nhân: 022064059534",
              "3. Địa chỉ: số 27 đường Trần Nhân Tông, phường Yên Thanh, thành phố Uông Bí, tỉnh Quảng Ninh.",
              ("4. Được chặt hạ 01 cây bàng (đường kính thân 45 cm, cao 11 m) bị mục rỗng thân, có nguy cơ gãy đổ, "
               "trước nhà số 27 đường Trần Nhân Tông; trồng thay thế 01 cây sấu tại vị trí cũ trong 15 ngày sau "
               "khi chặt hạ."),
              ("5. Người được cấp phép thuê đơn vị có năng lực thực hiện, bảo đảm an toàn giao thông và vệ sinh "
               "môi trường; thu dọn cành, thân cây ngay trong ngày."),
              "6. Giấy phép có giá trị đến hết ngày 31 tháng 8 năm 2017."],
        signer_position=["TRƯỞNG PHÒNG"], signer_name="Bùi Hữu Nghị",
        holder_name="Vương Đình Toản", holder_id="022064059534", holder_id_type="cccd", valid_until="2017-08-31",
        recipients=["- Ông Vương Đình Toản;", "- UBND phường Yên Thanh;", "- Lưu: VT, QLĐT."],
        seal="PHÒNG QUẢN LÝ ĐÔ THỊ * TP. UÔNG BÍ *", handwritten=("code_number",),
        hand="flourish", aim=(36.0, 10.0), lift=8.0,
    ),
    Doc9(
        slug="qd-dat-hang-duy-tri-cay-xanh-phuc-yen", family="cayxanh",
        issuer=["ỦY BAN NHÂN DÂN", "THÀNH PHỐ PHÚC YÊN"],
        number="3318", notation="QĐ-UBND", place="Phúc Yên", date_text="29 tháng 12 năm 2020", issued="2020-12-29",
        title=["QUYẾT ĐỊNH"],
        subject=["Về việc đặt hàng dịch vụ duy trì cây xanh đô thị",
                 "năm 2021 cho Công ty Cổ phần Công trình đô thị Phúc Yên"],
        body=["ỦY BAN NHÂN DÂN THÀNH PHỐ PHÚC YÊN", _CAN_CU_UBND,
              ("Căn cứ Nghị định số 32/2019/NĐ-CP ngày 10 tháng 4 năm 2019 của Chính phủ quy định giao nhiệm vụ, "
               "đặt hàng hoặc đấu thầu cung cấp sản phẩm, dịch vụ công sử dụng ngân sách nhà nước từ nguồn kinh "
               "phí chi thường xuyên;"),
              ("Căn cứ Nghị quyết số 47/NQ-HĐND ngày 18 tháng 12 năm 2020 của Hội đồng nhân dân thành phố về dự "
               "toán ngân sách năm 2021;"),
              "Xét đề nghị của Trưởng phòng Quản lý đô thị tại Tờ trình số 186/TTr-QLĐT ngày 21 tháng 12 năm 2020,",
              "QUYẾT ĐỊNH:",
              ("Điều 1. Đặt hàng cho Công ty Cổ phần Công trình đô thị Phúc Yên, mã số thuế 2500643186, thực hiện "
               "dịch vụ duy trì, chăm sóc 8.640 cây xanh đường phố, 46.300 m² thảm cỏ và bồn hoa trên địa bàn "
               "thành phố, thời gian thực hiện từ ngày 01/01/2021 đến ngày 31/12/2021; giá trị đặt hàng "
               "6.284.000.000 đồng."),
              ("Điều 2. Quyết định này có hiệu lực kể từ ngày ký. Trưởng phòng Quản lý đô thị, Trưởng phòng Tài chính "
               "- Kế hoạch và Giám đốc Công ty chịu trách nhiệm thi hành.")],
        signer_position=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer_name="Khúc Văn Thưởng",
        holder_name="Công ty Cổ phần Công trình đô thị Phúc Yên", holder_id="2500643186", holder_id_type="tax_code",
        recipients=["- Như Điều 2;", "- TT Thành ủy, TT HĐND thành phố;", "- Lưu: VT, QLĐT."],
        seal="ỦY BAN NHÂN DÂN * TP. PHÚC YÊN *", hand="loops", aim=(30.0, 8.0), lift=18.0,
    ),
]


def make_blind27(out: Path, docs=BLIND27, levels=LEVELS, only: set[str] | None = None) -> list[Path]:
    """As blind9, with seeds of its own; ``only`` (slugs) and ``levels`` draw just those files, as they are
    in the whole set."""
    return write_set(out, docs, levels, render, seed=5100, jpeg_seed=2500, no_dpi_parity=1, only=only)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, required=True, help="folder for scans/ and truth/")
    out = parser.parse_args().out
    for path in make_blind27(out):
        print(f"{path.relative_to(out)}  {path.stat().st_size // 1024} KiB")


if __name__ == "__main__":
    main()

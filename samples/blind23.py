"""Blind set 23 (issue 13, after blind set 22): six more families of results, each as a 300 dpi scan and
as a phone photo, signed and sealed as in blind sets 8 to 22, with one scan page tilted one and a half
degrees clockwise on the glass. Written without looking at the rules or running them on it, measured
once.

As in blind17 to blind22, every province and provincial seat is some earlier set's ``place``: these
results come from communes, districts and towns, two border-gate customs sub-departments, a district's
finance office, a city's education office and a district's disaster-control board, dated where those
sit ("Lao Bảo", "Móng Cái", "Sìn Hồ", "Tam Điệp", "Kiến An", "Mường Lống").

Families (Decree 30/2020 appendix I positions: issuer column top left, motto top right, number under
the issuer, place and date under the motto, title centred, signer bottom right, "Nơi nhận:" bottom left):
  haiquan      customs: a border-gate sub-department's decision "Về việc hoàn thuế nhập khẩu" / "đối với
               Công ty TNHH Thương mại Dịch vụ Khe Sanh" (the holder inside the subject) under its
               department ("CỤC HẢI QUAN QUẢNG TRỊ" / "CHI CỤC HQCK QUỐC TẾ LAO BẢO"), "Điều 1. Hoàn trả
               Công ty …, mã số thuế …, số tiền …", the goods' customs declaration in the paragraph under it
               (a twelve-digit number that is nobody's personal number), the company's application cited
               above, "trong thời hạn 05 ngày làm việc kể từ ngày ký" in Article 2, signed "Q. CHI CỤC
               TRƯỞNG"; and another sub-department's "THÔNG BÁO" / "Kết quả kiểm tra cơ sở sản xuất, năng
               lực sản xuất" (one sentence-case line) under a three-line issuer ("TỔNG CỤC HẢI QUAN" / "CỤC
               HẢI QUAN TỈNH QUẢNG NINH" / "CHI CỤC HQCK MÓNG CÁI"), addressed ("Kính gửi: …", one centred
               line) to the garment company it inspected, the company on rows ("1. Tên tổ chức: Công ty
               TNHH …", "2. Mã số thuế: …"), the inspection's minutes cited above, no validity, signed "KT.
               CHI CỤC TRƯỞNG" / "PHÓ CHI CỤC TRƯỞNG";
  ngansach     public finance: a district finance office's "GIẤY CHỨNG NHẬN" / "MÃ SỐ ĐƠN VỊ CÓ QUAN HỆ VỚI
               NGÂN SÁCH" (two capitals lines) under its district ("UBND HUYỆN SÌN HỒ" / "PHÒNG TÀI CHÍNH -
               KẾ HOẠCH"), numbered by hand (blind5's pen, the date printed), "PHÒNG TÀI CHÍNH - KẾ HOẠCH
               HUYỆN SÌN HỒ CHỨNG NHẬN:" then a primary school on rows ("1. Tên đơn vị: Trường Tiểu học Nậm
               Tăm", "2. Mã số đơn vị có quan hệ với ngân sách: 1127458", a seven-digit code), its managing
               office, no validity, signed "KT. TRƯỞNG PHÒNG" / "PHÓ TRƯỞNG PHÒNG" by a Thái deputy; and a
               district's decision "Về việc phê duyệt quyết toán dự án hoàn thành" / "Nhà văn hóa thôn Phò
               Ninh, xã Phong An", the investor and the contractor (with its enterprise code) on rows under
               Article 1, the amount approved, the finance office's report cited above, "trong thời hạn 06
               tháng kể từ ngày ký" in Article 2, signed "TUQ. CHỦ TỊCH" / "TRƯỞNG PHÒNG TÀI CHÍNH - KẾ
               HOẠCH";
  thientai     natural disasters: a district's decision "Về việc hỗ trợ giống lúa khôi phục sản xuất" /
               "sau mưa lũ tháng 10 năm 2020", "Điều 1. Hỗ trợ 4.500 kg giống lúa …, cho Hợp tác xã Dịch vụ
               nông nghiệp Hương Minh, mã số hợp tác xã …, để …", the commune's submission cited above, a
               deadline in Article 2, signed "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH", its scan tilted one and a half
               degrees clockwise; and a district disaster-control board's "CÔNG ĐIỆN" / "Về việc chủ động
               ứng phó với bão số 9 (Molave)" under its district ("UBND HUYỆN NÚI THÀNH" / "BAN CHỈ HUY PCTT
               VÀ TKCN"), "BAN CHỈ HUY … HUYỆN NÚI THÀNH điện:" and the dashed list of those it is sent to in
               the body, the storm's position, the province's công điện cited, two deadlines and a sailing
               ban "từ ngày 26/10/2020 đến khi bão tan", the duty officer named with his phone, signed "KT.
               TRƯỞNG BAN" / "PHÓ TRƯỞNG BAN THƯỜNG TRỰC", without a seal;
  trongtrot    crops: a commune's "THÔNG BÁO" / "Chấp thuận đăng ký chuyển đổi cơ cấu cây trồng" / "trên đất
               trồng lúa" under its district ("UBND HUYỆN CHỢ MỚI" / "UBND XÃ KIẾN AN"), addressed ("Kính
               gửi: Ông Quách Văn Tới, ấp Kiến Hưng") to the farmer it is about, the farmer on rows ("1. Người
               đăng ký: ông Quách Văn Tới", "2. Ngày sinh: …; số chứng minh nhân dân: …", a nine-digit identity
               card number of before 2021), the plot and the orchard, a decree and a circular cited above, no
               validity, signed "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH"; and a town's decision on two pages
               (Articles 2 to 4, the signer and "Nơi nhận:" on page 2), numbered and dated by hand, "Về việc
               phê duyệt kế hoạch liên kết sản xuất" / "và tiêu thụ lúa vụ Đông Xuân 2019 - 2020", "Điều 1.
               Phê duyệt kế hoạch … do Công ty TNHH Lúa gạo Phước Hưng Ngã Năm, mã số doanh nghiệp …, chủ trì
               liên kết, …", the cooperative that joins it with its own code on the row under it, the area,
               "4. Thời gian thực hiện: từ ngày 15/11/2019 đến hết ngày 30/4/2020.", a deadline, the
               province's rules and the office's submission cited above, signed "TM. ỦY BAN NHÂN DÂN" / "KT.
               CHỦ TỊCH" / "PHÓ CHỦ TỊCH" by a Khmer woman with a five-syllable name;
  dayhocthem   private tutoring: a city education office's "GIẤY PHÉP" / "Tổ chức hoạt động dạy thêm, học
               thêm" (one sentence-case line) under its city ("UBND THÀNH PHỐ TAM ĐIỆP" / "PHÒNG GIÁO DỤC VÀ
               ĐÀO TẠO"), "TRƯỞNG PHÒNG GIÁO DỤC VÀ ĐÀO TẠO CHO PHÉP:" then the teacher on rows ("1. Người được
               cấp phép: bà Âu Thị Thanh Hà", "2. Ngày sinh: …; số định danh cá nhân: …"), her school, the
               place and the classes, "Giấy phép có giá trị đến hết ngày 31 tháng 5 năm 2023.", signed
               "TRƯỞNG PHÒNG"; and a district's công văn "V/v chấn chỉnh hoạt động dạy thêm, học thêm" / "trên
               địa bàn huyện", addressed ("Kính gửi:") to two agencies on two dashed lines, the ministry's
               circular in the body, a deadline, an official named with her phone, signed "TL. CHỦ TỊCH" /
               "CHÁNH VĂN PHÒNG" by a man with a two-syllable name;
  treem        children: a commune's decision "Về việc chăm sóc thay thế đối với trẻ em Vừ Thị Dua" (one
               subject line, the holder inside it) under its district ("UBND HUYỆN KỲ SƠN" / "UBND XÃ MƯỜNG
               LỐNG"), numbered by hand, "Điều 1. Giao trẻ em có tên sau đây cho cá nhân nhận chăm sóc thay
               thế:" then the H'Mông orphan on rows ("1. Trẻ em: Vừ Thị Dua, mồ côi cả cha và mẹ", "2. Ngày
               sinh: …; số định danh cá nhân: …") and her carer on rows under her, with a birth date and a
               personal number of her own, "từ ngày 01/10/2020 đến khi trẻ em đủ 16 tuổi", signed "CHỦ TỊCH"
               by a H'Mông chairman; and a district's decision "Về việc công nhận xã, thị trấn đạt tiêu chuẩn"
               / "phù hợp với trẻ em năm 2022", five communes named in Article 1, the Prime Minister's
               decision and the office's submission cited above, signed "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH".
Every document is signed in blue ballpoint in one of blind7's four hands, on eight of them coming down
across the printed name (blind8's ``aim``), and all but one carry a red round seal over the left part
of the signer block, lifted by blind8's ``lift``. Signers' names have two, three, four and five
syllables ("Phùng Bách", "Thạch Thị Kim Bích Thủy"); signer blocks "KT.", "TL.", "TM.", "Q." and "TUQ."
and bare "CHỦ TỊCH" and "TRƯỞNG PHÒNG" all occur, one of them on three lines; one issuer has three lines
(a directorate, its provincial department and its border-gate sub-department), six are a parent and a
child organ in two lines (a provincial customs department and its sub-department; a district and its
finance office, its disaster-control board or a commune; a city and its education office), the other
five are "ỦY BAN NHÂN DÂN" over a district or a town. Holders are three companies, a cooperative, a
school with no number of the kinds the truth knows, and three persons, one of them known by an old
nine-digit identity card; their names use rarer family names (Quách, Âu, Vừ); four documents grant
nothing to anyone. Issued 2018 to 2023.

Truth conventions (decided before any run): blind4's, as its docstring states them (organ_name,
code_number/code_notation, issued_date, place, type_name, subject, signer_position/signer_full_name,
holder_name and holder_id), with blind5's to blind22's additions (their docstrings). New here:
  customs          a tax refund: the two subject lines joined are ``subject`` (the holder's name in it); the
                   holder is the company named right after "Điều 1. Hoàn trả", up to the comma,
                   ``holder_id`` the "mã số thuế" printed right after it (``tax_code``); the customs
                   declaration's twelve digits ("tờ khai hải quan nhập khẩu số 103805716240") are never
                   ``holder_id``; the application cited is never the number or the date; "trong thời hạn 05
                   ngày làm việc kể từ ngày ký" gives None. An inspection notice: "THÔNG BÁO" is
                   ``type_name``, its one sentence-case line ``subject``; addressed to the company it is about,
                   it has a holder (blind9's rule for a tax office's notice to one taxpayer): the company on
                   the "Tên tổ chức:" row, ``holder_id`` the "Mã số thuế:" row under it (``tax_code``); the
                   minutes cited never; no validity is printed: None;
  public finance   a budget-code certificate: the title in two capitals lines joined (blind6's rule),
                   ``subject`` None; the capitals line "… CHỨNG NHẬN:" is body; the holder is the school on the
                   "Tên đơn vị:" row; its seven-digit budget-relationship code is neither a tax code nor a
                   personal number: ``holder_id`` and ``holder_id_type`` None; the office over it never; no
                   validity: None; number by hand (blind5's rule). A settlement of a completed project's
                   accounts: the two subject lines joined are ``subject``; it approves a project's figures and
                   grants nothing to one holder: holder fields and ``valid_until`` None, though it names the
                   investor and prints the contractor's enterprise code; the report cited never; "06 tháng kể
                   từ ngày ký" gives None;
  disasters        a seed support: the two subject lines joined are ``subject``; the holder is the cooperative
                   named after "cho", up to the comma, ``holder_id`` the "mã số hợp tác xã" printed right after
                   it (``tax_code``); the commune's submission cited never; "trước ngày 15 tháng 01 năm 2021"
                   gives None. A công điện: "CÔNG ĐIỆN" is ``type_name``, its one sentence-case line
                   ``subject``; the line "BAN CHỈ HUY … điện:" and the dashed list under it are body; those it
                   is sent to hold nothing: holder fields and ``valid_until`` None, though it names the duty
                   officer; the province's công điện cited never the number or the date; the deadlines and the
                   ban "từ ngày 26/10/2020 đến khi bão tan" give None;
  crops            a crop-conversion notice: "THÔNG BÁO" is ``type_name``, its two sentence-case lines joined
                   ``subject``; addressed to the farmer it is about, it has a holder: the farmer on the "Người
                   đăng ký:" row, without "ông", ``holder_id`` the nine-digit "số chứng minh nhân dân" on the
                   row under him, after his birth date (``cmnd``); the plot's numbers never; no validity: None.
                   A linkage plan: the two subject lines joined are ``subject``; the holder is the company that
                   leads the linkage, named after "do" in Article 1, up to the comma, ``holder_id`` the "mã số
                   doanh nghiệp" printed right after it (``tax_code``); the cooperative that joins it and its
                   code never; "từ ngày 15/11/2019 đến hết ngày 30/4/2020" is a span, no validity: None; the
                   deadline gives None; the province's rules and the submission cited never the number or the
                   date; number and day by hand;
  tutoring         a tutoring permit: "GIẤY PHÉP" is ``type_name``, its one sentence-case line ``subject``; the
                   capitals line "TRƯỞNG PHÒNG … CHO PHÉP:" is body; the holder is the teacher on the "Người được
                   cấp phép:" row, without "bà", ``holder_id`` the personal number on the row under her
                   (``cccd``); her school never; "Giấy phép có giá trị đến hết ngày 31 tháng 5 năm 2023" is
                   ``valid_until``. The công văn keeps blind5's rule: ``type_name`` "CÔNG VĂN", ``subject`` its
                   two "V/v" lines joined as printed, holder fields and ``valid_until`` None; the circular cited
                   never; the deadline gives None;
  children         a substitute care: its one subject line is ``subject`` (the holder's name in it); the holder
                   is the child, as in blind9's allowance for a child: the name on the "Trẻ em:" row, up to the
                   comma, ``holder_id`` the personal number on the row under her (``cccd``); the carer, her
                   birth date and her personal number never; "từ ngày 01/10/2020 đến khi trẻ em đủ 16 tuổi"
                   gives None; number by hand. A recognition of child-friendly communes: the two subject lines
                   joined are ``subject``; five communes meet a standard and nobody is granted anything: holder
                   fields and ``valid_until`` None; the decision and the submission cited never;
  header           two or three issuer lines joined by spaces, as printed ("CỤC HẢI QUAN QUẢNG TRỊ CHI CỤC HQCK
                   QUỐC TẾ LAO BẢO"; "TỔNG CỤC HẢI QUAN CỤC HẢI QUAN TỈNH QUẢNG NINH CHI CỤC HQCK MÓNG CÁI";
                   "UBND HUYỆN NÚI THÀNH BAN CHỈ HUY PCTT VÀ TKCN"); ``place`` the words before ", ngày" ("Lao
                   Bảo", "Kiến An", "Mường Lống");
  signer blocks    "Q. CHI CỤC TRƯỞNG", "CHỦ TỊCH" and "TRƯỞNG PHÒNG" as printed; "KT. CHI CỤC TRƯỞNG" / "PHÓ
                   CHI CỤC TRƯỞNG", "KT. TRƯỞNG PHÒNG" / "PHÓ TRƯỞNG PHÒNG", "TUQ. CHỦ TỊCH" / "TRƯỞNG PHÒNG
                   TÀI CHÍNH - KẾ HOẠCH", "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH", "KT. TRƯỞNG BAN" / "PHÓ TRƯỞNG BAN
                   THƯỜNG TRỰC", "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH" and "TL. CHỦ TỊCH" / "CHÁNH VĂN PHÒNG" are
                   ``signer_position``, the lines joined by a space; "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" /
                   "PHÓ CHỦ TỊCH" its three lines joined; Thái, H'Mông and Khmer names as printed ("Lò Văn
                   Muôn", "Lầu Bá Chồng", "Thạch Thị Kim Bích Thủy");
  pages turned     a scan page tilted one and a half degrees clockwise changes no field; a two-page
                   document's fields come from both pages, as one document;
  signatures and seals   as blind7 and blind8: the truth is the text as printed under them.

Renderings, seeds and truth files as blind9's (``make_blind9`` draws them): ``scan`` (300 dpi, light
degradation, PDF) and ``photo`` (80-150 dpi JPEG, perspective, uneven light, half without a DPI; the
two-page document's photos in one PDF). Only the scans are turned (``turn``): the seed support lies one
and a half degrees clockwise (-1.5); the phone photographs each page as it lies.

    python samples/blind23.py --out benchmarks/out/blind23
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind3 import write_set
from blind5 import _CAN_CU_UBND
from blind9 import LEVELS, Doc9, lay_out, render

__all__ = ["BLIND23", "FAMILIES", "LEVELS", "Doc9", "lay_out", "make_blind23", "render"]

FAMILIES = ("haiquan", "ngansach", "thientai", "trongtrot", "dayhocthem", "treem")

_NGHI_DINH_02 = ("Căn cứ Nghị định số 02/2017/NĐ-CP ngày 09 tháng 01 năm 2017 của Chính phủ về cơ chế, chính sách hỗ "
                 "trợ sản xuất nông nghiệp để khôi phục sản xuất vùng bị thiệt hại do thiên tai, dịch bệnh;")

BLIND23 = [
    Doc9(
        slug="qd-hoan-thue-nhap-khau-thuong-mai-khe-sanh", family="haiquan",
        issuer=["CỤC HẢI QUAN QUẢNG TRỊ", "CHI CỤC HQCK QUỐC TẾ LAO BẢO"],
        number="186", notation="QĐ-HQLB", place="Lao Bảo", date_text="17 tháng 3 năm 2021", issued="2021-03-17",
        title=["QUYẾT ĐỊNH"],
        subject=["Về việc hoàn thuế nhập khẩu", "đối với Công ty TNHH Thương mại Dịch vụ Khe Sanh"],
        body=["CHI CỤC TRƯỞNG CHI CỤC HẢI QUAN CỬA KHẨU QUỐC TẾ LAO BẢO",
              ("Căn cứ Luật Thuế xuất khẩu, thuế nhập khẩu ngày 06 tháng 4 năm 2016 và Nghị định số 134/2016/NĐ-CP "
               "ngày 01 tháng 9 năm 2016 của Chính phủ quy định chi tiết thi hành Luật;"),
              ("Xét hồ sơ đề nghị hoàn thuế số 09/2021/CV-KS ngày 24 tháng 02 năm 2021 của Công ty TNHH Thương mại "
               "Dịch vụ Khe Sanh và đề nghị của Đội trưởng Đội Nghiệp vụ,"),
              "QUYẾT ĐỊNH:",
              ("Điều 1. Hoàn trả Công ty TNHH Thương mại Dịch vụ Khe Sanh, mã số thuế 3201748369, số tiền thuế "
               "nhập khẩu đã nộp 84.362.000 đồng (tám mươi tư triệu ba trăm sáu mươi hai nghìn đồng)."),
              ("Hàng hóa: 42,5 tấn cà phê nhân thuộc tờ khai hải quan nhập khẩu số 103805716240 ngày 11/01/2021, "
               "đã tái xuất trả lại người bán do không đúng chất lượng."),
              ("Điều 2. Đội Nghiệp vụ hoàn trả số tiền nêu tại Điều 1 trong thời hạn 05 ngày làm việc kể từ ngày "
               "ký Quyết định này."),
              ("Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Đội trưởng Đội Nghiệp vụ và Công ty TNHH Thương "
               "mại Dịch vụ Khe Sanh chịu trách nhiệm thi hành Quyết định này.")],
        signer_position=["Q. CHI CỤC TRƯỞNG"], signer_name="Hồ Xuân Trường",
        holder_name="Công ty TNHH Thương mại Dịch vụ Khe Sanh", holder_id="3201748369", holder_id_type="tax_code",
        recipients=["- Như Điều 3;", "- Cục Hải quan tỉnh Quảng Trị (b/c);", "- KBNN huyện Hướng Hóa;",
                    "- Lưu: VT, NV."],
        seal="CHI CỤC HẢI QUAN * CỬA KHẨU LAO BẢO *", hand="loops", aim=(34.0, 8.0), lift=12.0,
    ),
    Doc9(
        slug="tb-kiem-tra-nang-luc-san-xuat-may-hai-yen", family="haiquan",
        issuer=["TỔNG CỤC HẢI QUAN", "CỤC HẢI QUAN TỈNH QUẢNG NINH", "CHI CỤC HQCK MÓNG CÁI"],
        number="732", notation="TB-HQMC", place="Móng Cái", date_text="18 tháng 5 năm 2023", issued="2023-05-18",
        title=["THÔNG BÁO"], subject=["Kết quả kiểm tra cơ sở sản xuất, năng lực sản xuất"],
        addressees=["Công ty TNHH May mặc Hải Yên"],
        body=[("Căn cứ Điều 39 Nghị định số 08/2015/NĐ-CP ngày 21 tháng 01 năm 2015 của Chính phủ, được sửa đổi, "
               "bổ sung tại Nghị định số 59/2018/NĐ-CP ngày 20 tháng 4 năm 2018;"),
              ("Căn cứ Biên bản kiểm tra cơ sở sản xuất số 04/BB-HQMC ngày 10 tháng 5 năm 2023 của Đoàn kiểm tra, "
               "Chi cục Hải quan cửa khẩu Móng Cái thông báo kết quả kiểm tra đối với:"),
              "1. Tên tổ chức: Công ty TNHH May mặc Hải Yên",
              "2. Mã số thuế: 5702193640",
              ("3. Địa chỉ cơ sở sản xuất: lô C5, Khu công nghiệp Hải Yên, phường Hải Yên, thành phố Móng Cái, tỉnh "
               "Quảng Ninh."),
              ("4. Kết quả: nhà xưởng 6.400 m², 420 máy may công nghiệp và 680 công nhân; cơ sở đủ năng lực gia công "
               "hàng may mặc xuất khẩu theo các hợp đồng đã thông báo với cơ quan hải quan."),
              ("Công ty thông báo cho Chi cục khi thay đổi địa điểm hoặc năng lực sản xuất. Chi cục Hải quan cửa khẩu "
               "Móng Cái thông báo để Công ty biết, thực hiện./.")],
        signer_position=["KT. CHI CỤC TRƯỞNG", "PHÓ CHI CỤC TRƯỞNG"], signer_name="Đàm Quang Hưởng",
        holder_name="Công ty TNHH May mặc Hải Yên", holder_id="5702193640", holder_id_type="tax_code",
        recipients=["- Như trên;", "- Cục Hải quan tỉnh Quảng Ninh (b/c);", "- Lưu: VT, NV."],
        seal="CHI CỤC HẢI QUAN * CỬA KHẨU MÓNG CÁI *", hand="scribble", aim=(0.0, 0.0), lift=16.0,
    ),
    Doc9(
        slug="gcn-ma-so-ngan-sach-tieu-hoc-nam-tam", family="ngansach",
        issuer=["UBND HUYỆN SÌN HỒ", "PHÒNG TÀI CHÍNH - KẾ HOẠCH"],
        number="143", notation="GCN-TCKH", place="Sìn Hồ", date_text="06 tháng 8 năm 2019", issued="2019-08-06",
        title=["GIẤY CHỨNG NHẬN", "MÃ SỐ ĐƠN VỊ CÓ QUAN HỆ VỚI NGÂN SÁCH"], subject=[],
        body=[("Căn cứ Thông tư số 185/2015/TT-BTC ngày 17 tháng 11 năm 2015 của Bộ trưởng Bộ Tài chính hướng dẫn "
               "đăng ký, cấp mã và sử dụng mã số đơn vị có quan hệ với ngân sách;"),
              ("Xét Tờ khai đăng ký mã số đơn vị có quan hệ với ngân sách ngày 29 tháng 7 năm 2019 của Trường Tiểu "
               "học Nậm Tăm,"),
              "PHÒNG TÀI CHÍNH - KẾ HOẠCH HUYỆN SÌN HỒ CHỨNG NHẬN:",
              "1. Tên đơn vị: Trường Tiểu học Nậm Tăm",
              "2. Mã số đơn vị có quan hệ với ngân sách: 1127458",
              "3. Loại hình: đơn vị sự nghiệp công lập; cấp ngân sách: huyện.",
              "4. Cơ quan quản lý cấp trên: Phòng Giáo dục và Đào tạo huyện Sìn Hồ.",
              "5. Địa chỉ: bản Nậm Tăm, xã Nậm Tăm, huyện Sìn Hồ, tỉnh Lai Châu.",
              "Đơn vị sử dụng mã số nêu trên trong các giao dịch với Kho bạc Nhà nước và cơ quan tài chính."],
        signer_position=["KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG"], signer_name="Lò Văn Muôn",
        holder_name="Trường Tiểu học Nậm Tăm",
        recipients=["- Trường Tiểu học Nậm Tăm;", "- KBNN huyện Sìn Hồ;", "- Lưu: VT, NS."],
        seal="PHÒNG TÀI CHÍNH - KẾ HOẠCH * SÌN HỒ *", handwritten=("code_number",),
        hand="underline", aim=(32.0, 8.0), lift=14.0,
    ),
    Doc9(
        slug="qd-quyet-toan-nha-van-hoa-pho-ninh-phong-dien", family="ngansach",
        issuer=["ỦY BAN NHÂN DÂN", "HUYỆN PHONG ĐIỀN"],
        number="2196", notation="QĐ-UBND", place="Phong Điền", date_text="12 tháng 7 năm 2022", issued="2022-07-12",
        title=["QUYẾT ĐỊNH"],
        subject=["Về việc phê duyệt quyết toán dự án hoàn thành", "Nhà văn hóa thôn Phò Ninh, xã Phong An"],
        body=["CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN PHONG ĐIỀN",
              ("Căn cứ Thông tư số 96/2021/TT-BTC ngày 11 tháng 11 năm 2021 của Bộ trưởng Bộ Tài chính quy định về "
               "quyết toán dự án hoàn thành sử dụng vốn nhà nước;"),
              ("Xét Báo cáo thẩm tra quyết toán số 84/BC-TCKH ngày 05 tháng 7 năm 2022 của Phòng Tài chính - Kế "
               "hoạch huyện,"),
              "QUYẾT ĐỊNH:",
              "Điều 1. Phê duyệt quyết toán dự án hoàn thành Nhà văn hóa thôn Phò Ninh, xã Phong An như sau:",
              "1. Chủ đầu tư: Ban Quản lý dự án đầu tư xây dựng khu vực huyện Phong Điền.",
              "2. Nhà thầu thi công: Công ty TNHH Xây dựng Hòa Lợi, mã số doanh nghiệp 3301827462.",
              "3. Giá trị quyết toán được duyệt: 1.842.615.000 đồng; hoàn thành ngày 25/01/2022.",
              "Điều 2. Chủ đầu tư tất toán tài khoản dự án trong thời hạn 06 tháng kể từ ngày ký.",
              ("Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Trưởng phòng Tài chính - Kế hoạch và Giám đốc Ban "
               "Quản lý dự án chịu trách nhiệm thi hành.")],
        signer_position=["TUQ. CHỦ TỊCH", "TRƯỞNG PHÒNG TÀI CHÍNH - KẾ HOẠCH"], signer_name="Hoàng Phước Tâm",
        recipients=["- Như Điều 3;", "- KBNN huyện Phong Điền;", "- UBND xã Phong An;", "- Lưu: VT, TCKH."],
        seal="ỦY BAN NHÂN DÂN * HUYỆN PHONG ĐIỀN *", hand="flourish", aim=(34.0, 10.0), lift=16.0,
    ),
    Doc9(
        slug="qd-ho-tro-giong-lua-htx-huong-minh-vu-quang", family="thientai",
        issuer=["ỦY BAN NHÂN DÂN", "HUYỆN VŨ QUANG"],
        number="1862", notation="QĐ-UBND", place="Vũ Quang", date_text="5 tháng 11 năm 2020", issued="2020-11-05",
        title=["QUYẾT ĐỊNH"],
        subject=["Về việc hỗ trợ giống lúa khôi phục sản xuất", "sau mưa lũ tháng 10 năm 2020"],
        body=["CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN VŨ QUANG", _CAN_CU_UBND, _NGHI_DINH_02,
              ("Xét Tờ trình số 47/TTr-UBND ngày 30 tháng 10 năm 2020 của Ủy ban nhân dân xã Hương Minh và đề nghị "
               "của Trưởng phòng Nông nghiệp và Phát triển nông thôn huyện,"),
              "QUYẾT ĐỊNH:",
              ("Điều 1. Hỗ trợ 4.500 kg giống lúa Khang dân 18, trị giá 67.500.000 đồng, cho Hợp tác xã Dịch vụ "
               "nông nghiệp Hương Minh, mã số hợp tác xã 3001846295, để gieo cấy lại 90 ha lúa của các hộ thành "
               "viên bị thiệt hại do mưa lũ."),
              ("Điều 2. Hợp tác xã cấp giống cho các hộ theo danh sách đã được Ủy ban nhân dân xã xác nhận; báo cáo "
               "kết quả về Phòng Nông nghiệp và Phát triển nông thôn trước ngày 15 tháng 01 năm 2021."),
              ("Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND huyện, Chủ tịch UBND "
               "xã Hương Minh và Giám đốc Hợp tác xã chịu trách nhiệm thi hành.")],
        signer_position=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer_name="Phan Đình Lượng",
        holder_name="Hợp tác xã Dịch vụ nông nghiệp Hương Minh", holder_id="3001846295", holder_id_type="tax_code",
        recipients=["- Như Điều 3;", "- Sở NN&PTNT tỉnh Hà Tĩnh (b/c);", "- Lưu: VT, NN."],
        seal="ỦY BAN NHÂN DÂN * HUYỆN VŨ QUANG *", hand="loops", aim=(30.0, 6.0), lift=12.0, turn=(-1.5,),
    ),
    Doc9(
        slug="cd-chu-dong-ung-pho-bao-so-9-nui-thanh", family="thientai",
        issuer=["UBND HUYỆN NÚI THÀNH", "BAN CHỈ HUY PCTT VÀ TKCN"],
        number="02", notation="CĐ-BCH", place="Núi Thành", date_text="26 tháng 10 năm 2020", issued="2020-10-26",
        title=["CÔNG ĐIỆN"], subject=["Về việc chủ động ứng phó với bão số 9 (Molave)"],
        body=["BAN CHỈ HUY PHÒNG, CHỐNG THIÊN TAI VÀ TÌM KIẾM CỨU NẠN HUYỆN NÚI THÀNH điện:",
              "- Trưởng ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn các xã, thị trấn;",
              "- Thủ trưởng các cơ quan, đơn vị trên địa bàn huyện.",
              ("Theo tin của Trung tâm Dự báo khí tượng thủy văn quốc gia, hồi 04 giờ ngày 26/10/2020, vị trí tâm "
               "bão số 9 ở vào khoảng 13,8 độ Vĩ Bắc; 117,6 độ Kinh Đông, cách quần đảo Hoàng Sa khoảng 430 km về "
               "phía Đông Đông Nam; sức gió mạnh nhất vùng gần tâm bão mạnh cấp 12, giật cấp 15."),
              ("Thực hiện Công điện số 12/CĐ-UBND ngày 25 tháng 10 năm 2020 của Ủy ban nhân dân tỉnh Quảng Nam, Ban "
               "Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn huyện yêu cầu:"),
              ("1. Kêu gọi tàu thuyền đang hoạt động trên biển khẩn trương vào nơi tránh trú an toàn, hoàn thành "
               "trước 17 giờ 00 ngày 26/10/2020; cấm tàu thuyền ra khơi từ ngày 26/10/2020 đến khi bão tan."),
              ("2. Sơ tán dân cư vùng ven biển, vùng có nguy cơ sạt lở đất tại các xã Tam Quang, Tam Hải, Tam Tiến "
               "đến nơi an toàn trước 12 giờ 00 ngày 27/10/2020."),
              ("3. Các cơ quan, đơn vị trực ban 24/24 giờ, báo cáo tình hình về Văn phòng thường trực Ban Chỉ huy "
               "huyện (ông Hứa Văn Lộc, điện thoại 0235 3871 416).")],
        signer_position=["KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN THƯỜNG TRỰC"], signer_name="Huỳnh Tấn Thịnh",
        recipients=["- Như trên;", "- BCH PCTT và TKCN tỉnh (b/c);", "- TT Huyện ủy, TT HĐND huyện;", "- Lưu: VT."],
        hand="underline", aim=(0.0, 0.0), lift=8.0,
    ),
    Doc9(
        slug="tb-chuyen-doi-cay-trong-dat-lua-quach-van-toi", family="trongtrot",
        issuer=["UBND HUYỆN CHỢ MỚI", "UBND XÃ KIẾN AN"],
        number="51", notation="TB-UBND", place="Kiến An", date_text="13 tháng 3 năm 2019", issued="2019-03-13",
        title=["THÔNG BÁO"], subject=["Chấp thuận đăng ký chuyển đổi cơ cấu cây trồng", "trên đất trồng lúa"],
        addressees=["Ông Quách Văn Tới, ấp Kiến Hưng"],
        body=[("Căn cứ Nghị định số 35/2015/NĐ-CP ngày 13 tháng 4 năm 2015 của Chính phủ về quản lý, sử dụng đất "
               "trồng lúa;"),
              ("Căn cứ Thông tư số 19/2016/TT-BNNPTNT ngày 27 tháng 6 năm 2016 của Bộ trưởng Bộ Nông nghiệp và Phát "
               "triển nông thôn hướng dẫn chi tiết Điều 4 Nghị định số 35/2015/NĐ-CP;"),
              ("Xét Bản đăng ký chuyển đổi cơ cấu cây trồng trên đất trồng lúa nộp ngày 06 tháng 3 năm 2019, Ủy ban "
               "nhân dân xã Kiến An chấp thuận cho:"),
              "1. Người đăng ký: ông Quách Văn Tới",
              "2. Ngày sinh: 14/02/1971; số chứng minh nhân dân: 351927584",
              "3. Nơi cư trú: ấp Kiến Hưng, xã Kiến An, huyện Chợ Mới, tỉnh An Giang.",
              ("4. Thửa đất số 215, tờ bản đồ số 09, diện tích 8.600 m², chuyển từ trồng lúa sang trồng xoài cát "
               "Hòa Lộc; được lên liếp không quá 20% diện tích thửa đất."),
              "5. Thời gian bắt đầu chuyển đổi: vụ Hè Thu năm 2019.",
              ("Ông Quách Văn Tới có trách nhiệm sử dụng đất đúng nội dung đã đăng ký, không làm mất điều kiện để "
               "trồng lúa trở lại./.")],
        signer_position=["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], signer_name="Huỳnh Văn Út Chín",
        holder_name="Quách Văn Tới", holder_id="351927584", holder_id_type="cmnd",
        recipients=["- Như trên;", "- Phòng NN&PTNT huyện Chợ Mới;", "- Lưu: VT, ĐC."],
        seal="ỦY BAN NHÂN DÂN * XÃ KIẾN AN *", hand="scribble", aim=(34.0, 8.0), lift=18.0,
    ),
    Doc9(
        slug="qd-lien-ket-san-xuat-lua-st24-nga-nam", family="trongtrot", issuer=["ỦY BAN NHÂN DÂN", "THỊ XÃ NGÃ NĂM"],
        number="3058", notation="QĐ-UBND", place="Ngã Năm", date_text="12 tháng 11 năm 2019", issued="2019-11-12",
        title=["QUYẾT ĐỊNH"],
        subject=["Về việc phê duyệt kế hoạch liên kết sản xuất", "và tiêu thụ lúa vụ Đông Xuân 2019 - 2020"],
        body=["ỦY BAN NHÂN DÂN THỊ XÃ NGÃ NĂM", _CAN_CU_UBND,
              ("Căn cứ Nghị định số 98/2018/NĐ-CP ngày 05 tháng 7 năm 2018 của Chính phủ về chính sách khuyến khích "
               "phát triển hợp tác, liên kết trong sản xuất và tiêu thụ sản phẩm nông nghiệp;"),
              ("Căn cứ Quyết định số 21/2019/QĐ-UBND ngày 29 tháng 7 năm 2019 của Ủy ban nhân dân tỉnh Sóc Trăng "
               "ban hành Quy định chính sách khuyến khích phát triển liên kết trong sản xuất nông nghiệp trên địa "
               "bàn tỉnh;"),
              ("Xét hồ sơ đề nghị ngày 21 tháng 10 năm 2019 của Công ty TNHH Lúa gạo Phước Hưng Ngã Năm và Tờ trình "
               "số 147/TTr-KT ngày 01 tháng 11 năm 2019 của Phòng Kinh tế thị xã,"),
              "QUYẾT ĐỊNH:",
              ("Điều 1. Phê duyệt kế hoạch liên kết sản xuất và tiêu thụ lúa vụ Đông Xuân 2019 - 2020 do Công ty "
               "TNHH Lúa gạo Phước Hưng Ngã Năm, mã số doanh nghiệp 2201748536, chủ trì liên kết, với các nội dung "
               "sau:"),
              ("1. Bên tham gia liên kết: Hợp tác xã Nông nghiệp Long Tân, mã số hợp tác xã 2201693478, với 146 hộ "
               "thành viên."),
              "2. Quy mô: 320 ha lúa thơm ST24 tại phường 1, phường 2 và xã Long Tân.",
              ("3. Hình thức liên kết: Công ty cung ứng giống, vật tư đầu vào và bao tiêu toàn bộ sản phẩm với giá "
               "không thấp hơn giá thị trường tại thời điểm thu hoạch."),
              "4. Thời gian thực hiện: từ ngày 15/11/2019 đến hết ngày 30/4/2020.",
              ("5. Kinh phí hỗ trợ từ ngân sách nhà nước: 1.248.000.000 đồng (hỗ trợ giống, vật tư và tập huấn kỹ "
               "thuật)."),
              "Điều 2. Công ty TNHH Lúa gạo Phước Hưng Ngã Năm có trách nhiệm:",
              ("a) Thực hiện đúng hợp đồng liên kết đã ký với Hợp tác xã; thu mua lúa đúng tiến độ, thanh toán "
               "đầy đủ cho các hộ thành viên;"),
              ("b) Sử dụng kinh phí hỗ trợ đúng mục đích; báo cáo kết quả thực hiện về Phòng Kinh tế thị xã trước "
               "ngày 31 tháng 5 năm 2020."),
              ("Điều 3. Giao Phòng Kinh tế chủ trì, phối hợp với Phòng Tài chính - Kế hoạch hướng dẫn, kiểm tra và "
               "thanh toán kinh phí hỗ trợ theo quy định."),
              ("Điều 4. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND thị xã, Trưởng phòng "
               "Kinh tế, Trưởng phòng Tài chính - Kế hoạch, Chủ tịch UBND xã Long Tân, Giám đốc Công ty TNHH Lúa gạo "
               "Phước Hưng Ngã Năm và Giám đốc Hợp tác xã Nông nghiệp Long Tân chịu trách nhiệm thi hành Quyết định "
               "này.")],
        signer_position=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer_name="Thạch Thị Kim Bích Thủy",
        holder_name="Công ty TNHH Lúa gạo Phước Hưng Ngã Năm", holder_id="2201748536", holder_id_type="tax_code",
        recipients=["- Như Điều 4;", "- Sở NN&PTNT tỉnh Sóc Trăng (b/c);", "- TT Thị ủy, TT HĐND thị xã;",
                    "- Lưu: VT, KT."],
        seal="ỦY BAN NHÂN DÂN * THỊ XÃ NGÃ NĂM *", handwritten=("code_number", "issued_date"),
        hand="flourish", aim=(36.0, 10.0), lift=16.0,
    ),
    Doc9(
        slug="gp-day-them-hoc-them-au-thi-thanh-ha-tam-diep", family="dayhocthem",
        issuer=["UBND THÀNH PHỐ TAM ĐIỆP", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"],
        number="66", notation="GP-PGDĐT", place="Tam Điệp", date_text="24 tháng 8 năm 2020", issued="2020-08-24",
        title=["GIẤY PHÉP"], subject=["Tổ chức hoạt động dạy thêm, học thêm"],
        body=[("Căn cứ Thông tư số 17/2012/TT-BGDĐT ngày 16 tháng 5 năm 2012 của Bộ trưởng Bộ Giáo dục và Đào tạo "
               "ban hành Quy định về dạy thêm, học thêm;"),
              ("Xét hồ sơ đề nghị cấp giấy phép tổ chức dạy thêm, học thêm ngoài nhà trường nộp ngày 10 tháng 8 "
               "năm 2020,"),
              "TRƯỞNG PHÒNG GIÁO DỤC VÀ ĐÀO TẠO CHO PHÉP:",
              "1. Người được cấp phép: bà Âu Thị Thanh Hà",
              "2. Ngày sinh: 09/11/1984; số định danh cá nhân: 037184006125",
              "3. Trình độ chuyên môn: cử nhân Sư phạm Toán; giáo viên Trường THCS Trung Sơn.",
              "4. Địa điểm: số nhà 86, đường Đồng Giao, phường Trung Sơn, thành phố Tam Điệp, tỉnh Ninh Bình.",
              "5. Nội dung: dạy thêm môn Toán lớp 8 và lớp 9; tối đa 03 lớp, mỗi lớp không quá 25 học sinh.",
              "Giấy phép có giá trị đến hết ngày 31 tháng 5 năm 2023."],
        signer_position=["TRƯỞNG PHÒNG"], signer_name="Ngô Thị Hoài Thương",
        holder_name="Âu Thị Thanh Hà", holder_id="037184006125", holder_id_type="cccd", valid_until="2023-05-31",
        recipients=["- Người được cấp phép;", "- UBND phường Trung Sơn;", "- Lưu: VT, THCS."],
        seal="PHÒNG GIÁO DỤC VÀ ĐÀO TẠO * TAM ĐIỆP *", hand="loops", aim=(0.0, 0.0), lift=10.0,
    ),
    Doc9(
        slug="cv-chan-chinh-day-them-hoc-them-thuan-thanh", family="dayhocthem",
        issuer=["ỦY BAN NHÂN DÂN", "HUYỆN THUẬN THÀNH"],
        number="1275", notation="UBND-GDĐT", place="Thuận Thành", date_text="19 tháng 9 năm 2018", issued="2018-09-19",
        title=[], subject=["V/v chấn chỉnh hoạt động dạy thêm, học thêm", "trên địa bàn huyện"],
        addressees=["Phòng Giáo dục và Đào tạo huyện;", "Ủy ban nhân dân các xã, thị trấn."],
        body=[("Thời gian qua, một số giáo viên trên địa bàn huyện tổ chức dạy thêm khi chưa được cấp phép hoặc dạy "
               "thêm cho chính học sinh mình đang dạy trên lớp. Thực hiện Thông tư số 17/2012/TT-BGDĐT ngày 16 "
               "tháng 5 năm 2012 của Bộ trưởng Bộ Giáo dục và Đào tạo, Chủ tịch Ủy ban nhân dân huyện có ý kiến chỉ "
               "đạo như sau:"),
              ("1. Phòng Giáo dục và Đào tạo rà soát, lập danh sách các cơ sở dạy thêm, học thêm ngoài nhà trường; "
               "báo cáo Ủy ban nhân dân huyện trước ngày 15 tháng 10 năm 2018."),
              ("2. Ủy ban nhân dân các xã, thị trấn phối hợp kiểm tra, xử lý các cơ sở dạy thêm không có giấy phép "
               "trên địa bàn, nhất là tại thị trấn Hồ và xã Gia Đông."),
              ("3. Hiệu trưởng các trường trung học cơ sở quán triệt giáo viên thực hiện nghiêm quy định trong năm "
               "học 2018 - 2019; đầu mối theo dõi: bà Ngọ Thị Thu, chuyên viên Văn phòng HĐND và UBND huyện, điện "
               "thoại 0222 3865 304."),
              "Đề nghị các cơ quan, đơn vị nghiêm túc thực hiện./."],
        signer_position=["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"], signer_name="Phùng Bách",
        recipients=["- Như trên;", "- Chủ tịch, các PCT UBND huyện;", "- Các trường THCS;", "- Lưu: VT."],
        seal="ỦY BAN NHÂN DÂN * HUYỆN THUẬN THÀNH *", hand="underline", aim=(34.0, 8.0), lift=14.0,
    ),
    Doc9(
        slug="qd-cham-soc-thay-the-tre-em-vu-thi-dua", family="treem",
        issuer=["UBND HUYỆN KỲ SƠN", "UBND XÃ MƯỜNG LỐNG"],
        number="89", notation="QĐ-UBND", place="Mường Lống", date_text="29 tháng 9 năm 2020", issued="2020-09-29",
        title=["QUYẾT ĐỊNH"], subject=["Về việc chăm sóc thay thế đối với trẻ em Vừ Thị Dua"],
        body=["CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ MƯỜNG LỐNG",
              ("Căn cứ Luật Trẻ em ngày 05 tháng 4 năm 2016; Nghị định số 56/2017/NĐ-CP ngày 09 tháng 5 năm 2017 của "
               "Chính phủ quy định chi tiết một số điều của Luật Trẻ em;"),
              ("Xét đơn đăng ký nhận chăm sóc thay thế ngày 14 tháng 9 năm 2020 của bà Thào Thị Xó và đề nghị của "
               "công chức Văn hóa - Xã hội,"),
              "QUYẾT ĐỊNH:",
              "Điều 1. Giao trẻ em có tên sau đây cho cá nhân nhận chăm sóc thay thế:",
              "1. Trẻ em: Vừ Thị Dua, mồ côi cả cha và mẹ",
              "2. Ngày sinh: 17/5/2015; số định danh cá nhân: 040315002867",
              "3. Người nhận chăm sóc thay thế: bà Thào Thị Xó, không phải người thân thích của trẻ em",
              "4. Ngày sinh: 02/9/1968; số định danh cá nhân: 040168003914",
              "5. Thời gian chăm sóc thay thế: từ ngày 01/10/2020 đến khi trẻ em đủ 16 tuổi.",
              ("Điều 2. Bà Thào Thị Xó được hưởng kinh phí hỗ trợ chăm sóc, nuôi dưỡng theo quy định; công chức Văn "
               "hóa - Xã hội theo dõi việc chăm sóc trẻ em 03 tháng một lần."),
              ("Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Công chức Văn hóa - Xã hội và bà Thào Thị Xó chịu "
               "trách nhiệm thi hành Quyết định này.")],
        signer_position=["CHỦ TỊCH"], signer_name="Lầu Bá Chồng",
        holder_name="Vừ Thị Dua", holder_id="040315002867", holder_id_type="cccd",
        recipients=["- Như Điều 3;", "- Phòng LĐTBXH huyện Kỳ Sơn;", "- Lưu: VT, VHXH."],
        seal="ỦY BAN NHÂN DÂN * XÃ MƯỜNG LỐNG *", handwritten=("code_number",),
        hand="flourish", aim=(32.0, 8.0), lift=18.0,
    ),
    Doc9(
        slug="qd-cong-nhan-xa-phu-hop-voi-tre-em-cai-lay", family="treem", issuer=["ỦY BAN NHÂN DÂN", "HUYỆN CAI LẬY"],
        number="4263", notation="QĐ-UBND", place="Cai Lậy", date_text="27 tháng 12 năm 2022", issued="2022-12-27",
        title=["QUYẾT ĐỊNH"],
        subject=["Về việc công nhận xã, thị trấn đạt tiêu chuẩn", "phù hợp với trẻ em năm 2022"],
        body=["CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN CAI LẬY", _CAN_CU_UBND,
              ("Căn cứ Quyết định số 06/2019/QĐ-TTg ngày 01 tháng 02 năm 2019 của Thủ tướng Chính phủ quy định tiêu "
               "chuẩn, trình tự, thủ tục đánh giá, công nhận xã, phường, thị trấn phù hợp với trẻ em;"),
              ("Xét Tờ trình số 212/TTr-LĐTBXH ngày 15 tháng 12 năm 2022 của Phòng Lao động - Thương binh và Xã hội "
               "huyện,"),
              "QUYẾT ĐỊNH:",
              ("Điều 1. Công nhận 05 xã, thị trấn đạt tiêu chuẩn phù hợp với trẻ em năm 2022, gồm: xã Mỹ Thành Nam, "
               "xã Phú Nhuận, xã Hội Xuân, xã Long Trung và thị trấn Bình Phú."),
              ("Điều 2. Ủy ban nhân dân các xã, thị trấn được công nhận tiếp tục duy trì các tiêu chuẩn; Phòng Lao "
               "động - Thương binh và Xã hội theo dõi, đánh giá hằng năm."),
              ("Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng "
               "Lao động - Thương binh và Xã hội và Chủ tịch UBND các xã, thị trấn có tên tại Điều 1 chịu trách nhiệm "
               "thi hành Quyết định này.")],
        signer_position=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer_name="Dương Trọng Khiêm",
        recipients=["- Như Điều 3;", "- Sở LĐTBXH tỉnh Tiền Giang (b/c);", "- Lưu: VT, LĐTBXH."],
        seal="ỦY BAN NHÂN DÂN * HUYỆN CAI LẬY *", hand="scribble", aim=(0.0, 0.0), lift=10.0,
    ),
]


def make_blind23(out: Path, docs=BLIND23, levels=LEVELS, only: set[str] | None = None) -> list[Path]:
    """As blind9, with seeds of its own; ``only`` (slugs) and ``levels`` draw just those files, as they are
    in the whole set."""
    return write_set(out, docs, levels, render, seed=4700, jpeg_seed=2100, no_dpi_parity=1, only=only)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, required=True, help="folder for scans/ and truth/")
    out = parser.parse_args().out
    for path in make_blind23(out):
        print(f"{path.relative_to(out)}  {path.stat().st_size // 1024} KiB")


if __name__ == "__main__":
    main()

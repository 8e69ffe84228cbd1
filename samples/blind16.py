"""Blind set 16 (issue 13, after blind set 14): six more families of results, each as a 300 dpi scan and
as a phone photo, signed and sealed as in blind sets 8 to 14, with one scan page fed upside down. Written
without looking at the rules or running them on it, measured once.

Families (Decree 30/2020 appendix I positions: issuer column top left, motto top right, number under
the issuer, place and date under the motto, title centred, signer bottom right, "Nơi nhận:" bottom left):
  xangdau      petrol retail: a "SỞ CÔNG THƯƠNG"'s "GIẤY CHỨNG NHẬN" / "CỬA HÀNG ĐỦ ĐIỀU KIỆN BÁN LẺ XĂNG
               DẦU" (two lines), numbered by hand (blind5's pen, the date printed), the station first ("1. Tên
               cửa hàng: Cửa hàng xăng dầu Bình Châu 2", its address), then the trader that owns it ("3.
               Thương nhân sở hữu cửa hàng: Doanh nghiệp tư nhân …", "4. Mã số doanh nghiệp: …"), its owner
               with his personal number and the supplier with its enterprise code below, "Giấy chứng nhận có
               giá trị 05 năm, đến ngày 15 tháng 3 năm 2026", signed "TL. GIÁM ĐỐC" / "TRƯỞNG PHÒNG QUẢN LÝ
               THƯƠNG MẠI"; and a market-surveillance team's decision under a three-line issuer ("TỔNG CỤC
               QLTT" / "CỤC QLTT TỈNH QUẢNG NGÃI" / "ĐỘI QUẢN LÝ THỊ TRƯỜNG SỐ 4") "Về việc kiểm tra việc
               chấp hành pháp luật trong kinh doanh xăng dầu" / "tại Cửa hàng xăng dầu Phổ Thạnh" / "của
               Công ty TNHH …" (three subject lines, the holder on the last), Article 1 naming the company
               again with its enterprise code, the plan it follows ("Kế hoạch kiểm tra số 17/KH-QLTT ngày
               …"), "- Thời kỳ kiểm tra: từ ngày 01 tháng 01 năm 2020 đến ngày kiểm tra.", "- Thời hạn kiểm
               tra: 03 ngày làm việc …", the team in Article 2, signed by the head alone ("ĐỘI TRƯỞNG");
  capnuoc      rural water supply and town drainage: a district's decision on two pages (Article 1's last
               rows, Articles 2 to 4, the signer and "Nơi nhận:" on page 2) "Về việc giao quản lý, vận
               hành, khai thác công trình cấp nước" / "sinh hoạt tập trung xã Ea Tiêu cho Công ty Cổ phần"
               / "Nước sạch Nông thôn Ea Ktur" (the holder's name broken over the last two subject lines),
               "Điều 1. Giao … cho Công ty Cổ phần Nước sạch Nông thôn Ea Ktur, mã số doanh nghiệp …, …",
               the works, its value and "4. Thời hạn giao …: 10 năm kể từ ngày Quyết định này có hiệu
               lực." in rows, the company's own letter ("văn bản số 12/CV-NSEK ngày …") cited above, signed
               "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH"; and a city's urban-management
               office's công văn "V/v thỏa thuận đấu nối thoát nước" / "dự án Khu dân cư Tân Quy Đông",
               numbered and dated by hand (blind5's pen), addressed ("Kính gửi: …") to the developer, which
               the body names with its enterprise code and its own letter ("văn bản số 27/2022/CV-HSĐ ngày
               …"), "Văn bản thỏa thuận này có giá trị trong thời hạn 12 tháng kể từ ngày ký";
  mamnon       pre-schools: a district education office's decision "Về việc công nhận hiệu trưởng Trường
               Mầm non tư thục Sao Biển" / "đối với bà Rebecca Jane Sutcliffe" (a foreign national, the
               holder inside the subject), "Điều 1. Công nhận bà …, quốc tịch Ô-xtrây-li-a, sinh ngày …, hộ
               chiếu số PA4719362, …", the investing company with its enterprise code cited above, "Điều 2.
               Thời hạn công nhận: 05 năm, từ ngày 01 tháng 8 năm 2022 đến ngày 31 tháng 7 năm 2027.",
               signed "Q. TRƯỞNG PHÒNG"; and a commune's decision "Về việc cho phép thành lập nhóm trẻ độc
               lập tư thục", "Điều 1. Cho phép bà A, sinh ngày …, số định danh cá nhân …, …, thành lập Nhóm
               trẻ độc lập tư thục Búp Măng Xanh, …", "sau 01 năm kể từ ngày …" in Article 2, signed "CHỦ
               TỊCH", its scan fed upside down;
  ditich       heritage: a province's decision "Về việc xếp hạng di tích lịch sử - văn hóa cấp tỉnh" /
               "Đình thần Phước Hưng, ấp Phước Trung, xã Phước Hưng," / "huyện Long Điền, tỉnh Bà Rịa -
               Vũng Tàu" (three subject lines), ranking a building, not granting anyone anything, the culture
               department's submission ("Tờ trình số 241/TTr-SVHTT ngày …") cited, the temple's committee
               ("Ban Quý tế") named in Article 2, signed "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH"; and a heritage
               site's management board, its long name wrapped in the issuer column ("UBND HUYỆN DUY XUYÊN"
               / "BAN QUẢN LÝ DI SẢN" / "VĂN HÓA MỸ SƠN"), a "GIẤY PHÉP" / "Quay phim, chụp ảnh trong Khu
               đền tháp Mỹ Sơn" for a foreign film-maker ("1. Họ và tên: Matteo Giordano", "2. Quốc tịch:
               Italia; sinh ngày …; hộ chiếu số YA4827153"), his company abroad and the Vietnamese company
               guiding him, with its enterprise code, on rows below, the foreign ministry's letter ("văn bản
               số 1186/BNG-TTBC ngày …") cited, "6. Thời hạn của giấy phép: từ ngày 01 tháng 4 năm 2019 đến
               ngày 05 tháng 4 năm 2019.", signed "KT. TRƯỞNG BAN" / "PHÓ TRƯỞNG BAN";
  thuynoidia   inland waterways: a district's "GIẤY PHÉP HOẠT ĐỘNG BẾN KHÁCH NGANG SÔNG" (one line) for a
               ferryman ("1. Họ và tên chủ bến: …", "2. Ngày sinh: …; số định danh cá nhân: …"), the
               landing, its banks and the boat ("đò máy số đăng ký PT-1208") on rows below, "8. Thời hạn
               của giấy phép: 05 năm, đến hết ngày 29 tháng 6 năm 2025.", signed "TM. ỦY BAN NHÂN DÂN" /
               "CHỦ TỊCH"; and a district economic office's "GIẤY CHỨNG NHẬN" / "ĐĂNG KÝ PHƯƠNG TIỆN THỦY
               NỘI ĐỊA" (two capitals lines), the boat first ("Tên phương tiện: Bé Tư 02", "Số đăng ký:
               CM-04183", its kind, size and engine), then its owner ("Chủ phương tiện: …", "Ngày sinh: …;
               số định danh cá nhân: …"), signed "TRƯỞNG PHÒNG" without a seal;
  quyhoi       associations: a town's decision "Về việc cho phép thành lập Hội Cựu giáo chức thị xã Buôn
               Hồ", "Điều 1. Cho phép thành lập Hội …, hoạt động trong phạm vi thị xã; …", the head of its
               founding committee named in Article 2 with her birth date and personal number, the province's
               delegation ("Quyết định số 08/2014/QĐ-UBND ngày …") cited, signed "KT. CHỦ TỊCH" / "PHÓ CHỦ
               TỊCH"; and a district's decision "Về việc phê duyệt Điều lệ (sửa đổi, bổ sung)" / "Hội Sinh
               vật cảnh huyện Vũ Thư" (the second subject line the association alone), "Điều 1. Phê duyệt
               Điều lệ (sửa đổi, bổ sung) Hội … đã được Đại hội …, nhiệm kỳ 2022 - 2027, thông qua ngày …",
               its chairman in Article 2 with his birth date and personal number, signed "CHỦ TỊCH".
Every document is signed in blue ballpoint in one of blind7's four hands, on eight of them coming down
across the printed name (blind8's ``aim``), and all but one carry a red round seal over the left part
of the signer block, lifted by blind8's ``lift``. Signers' names have two, three, four and five
syllables ("Mẫn Hòa", "Tôn Nữ Thị Hồng Nhung"); signer blocks "KT.", "TL.", "TM." and "Q." and bare
"CHỦ TỊCH", "TRƯỞNG PHÒNG" and "ĐỘI TRƯỞNG" all occur; five issuers are a parent and a child organ in two
lines, two have three lines (a grandparent, a parent and the team; a parent and a child organ whose name
is wrapped), the other five are "ỦY BAN NHÂN DÂN" over a province, a district or a town. Holders' names
use rarer syllables ("Ngạc Thị Huyến", "Huỳnh Thị Rớt", "H'Rin Mlô"), two are foreign nationals known by
passport only. Issued 2017 to 2022.

Truth conventions (decided before any run): blind4's, as its docstring states them (organ_name,
code_number/code_notation, issued_date, place, type_name, subject, signer_position/signer_full_name,
holder_name and holder_id), with blind5's to blind14's additions (their docstrings). New here:
  petrol           a station certificate: the title in two capitals lines joined (blind6's rule), ``subject``
                   None; the holder is the trader on the "Thương nhân sở hữu cửa hàng:" row, though the
                   station's name ("Tên cửa hàng: Cửa hàng xăng dầu …") comes first, ``holder_id`` the "Mã
                   số doanh nghiệp:" row under it (``tax_code``); the owner of the private enterprise and his
                   personal number, the supplier and its code never; "Giấy chứng nhận có giá trị 05 năm, đến
                   ngày 15 tháng 3 năm 2026" is ``valid_until`` (a term with its end stated: the end); a
                   number written by hand into the printed blank is ``code_number`` (blind5's rule),
                   ``handwritten`` naming it alone. An inspection decision: its three subject lines joined
                   are ``subject``; the holder is the company its last line names after "của", the same as
                   named after "của" in Article 1 up to the comma, ``holder_id`` the "mã số doanh nghiệp"
                   printed right after it there (``tax_code``); the station, the plan it follows ("Kế hoạch
                   kiểm tra số 17/KH-QLTT ngày …", never the number or the date) and the team never;
                   "Thời kỳ kiểm tra: từ ngày … đến ngày kiểm tra" and "Thời hạn kiểm tra: 03 ngày làm việc"
                   give None;
  water            a decision handing over a water works: the three subject lines joined by spaces are
                   ``subject``, the holder's name joined across the line break ("… cho Công ty Cổ phần" /
                   "Nước sạch Nông thôn Ea Ktur"); the holder is the company named after "cho", the same as
                   after "cho" in Article 1 up to the comma, ``holder_id`` the "mã số doanh nghiệp" printed
                   right after it (``tax_code``); the works, its value, the office's submission ("Tờ trình
                   số 46/TTr-NN ngày …") and the company's own letter ("văn bản số 12/CV-NSEK ngày …") never;
                   "10 năm kể từ ngày Quyết định này có hiệu lực" gives None. The drainage công văn keeps
                   blind5's rule: ``type_name`` "CÔNG VĂN", ``subject`` its two "V/v" lines joined as printed,
                   holder fields and ``valid_until`` None, though it answers one developer, names it with its
                   enterprise code and is addressed to it; its letter ("văn bản số 27/2022/CV-HSĐ ngày …") is
                   never the number or the date; "12 tháng kể từ ngày ký" gives None;
  pre-schools      a head teacher's recognition: the two-line subject "Về việc công nhận hiệu trưởng …" /
                   "đối với bà …" joined is ``subject``; the holder is the person it names, without "bà",
                   the same as after "Công nhận bà" in Article 1; a foreign national: ``holder_id`` and
                   ``holder_id_type`` None, a passport number ("hộ chiếu số PA4719362") being neither a CCCD
                   nor a tax code (blind10's rule); the school, the investing company and its code never;
                   "Thời hạn công nhận: 05 năm, từ ngày … đến ngày 31 tháng 7 năm 2027" is ``valid_until``
                   (the second date, blind10's rule). A playgroup's establishment: the holder is the person
                   named after "Điều 1. Cho phép bà", without "bà", ``holder_id`` the personal number printed
                   with her (``cccd``); the playgroup she founds never; "sau 01 năm kể từ ngày …" gives None;
  heritage         a ranking decision: its three subject lines joined are ``subject``; a building is ranked,
                   nobody is granted anything: holder fields None; the temple's committee, the district and
                   the commune never; the department's submission ("Tờ trình số 241/TTr-SVHTT ngày …") never
                   the number or the date; no validity: None. A filming permit: "GIẤY PHÉP" is ``type_name``
                   and the sentence-case line under it ``subject`` (blind5's two-line rule); ``organ_name``
                   the three issuer lines joined by spaces, the board's wrapped name whole ("… BAN QUẢN LÝ DI
                   SẢN VĂN HÓA MỸ SƠN"); the holder is the person on the "Họ và tên:" row as printed, in
                   mixed case ("Matteo Giordano"), ``holder_id`` None (a passport, as above); his company,
                   the guiding company and its code, and the ministry's letter never; "Thời hạn của giấy
                   phép: từ ngày … đến ngày 05 tháng 4 năm 2019" is ``valid_until``;
  waterways        a ferry landing's permit: the holder is the person on the "Họ và tên chủ bến:" row,
                   ``holder_id`` the personal number on the row under him (``cccd``); the landing, the banks,
                   the boat and its registration ("PT-1208") never; "Thời hạn của giấy phép: 05 năm, đến hết
                   ngày 29 tháng 6 năm 2025" is ``valid_until`` ("đến hết ngày" is "đến ngày"); the day's
                   hours ("từ 05 giờ 00 đến 19 giờ 00") never. A boat's registration certificate: the title
                   in two capitals lines joined, ``subject`` None; the holder is the owner on the "Chủ
                   phương tiện:" row, below the boat's rows, ``holder_id`` the personal number on the row
                   under her; the boat's name ("Bé Tư 02") and its registration number ("Số đăng ký:
                   CM-04183") are never the holder nor ``code_number``, which is on the "Số:" line under the
                   issuer as always; no validity: None;
  associations     an association's establishment: the holder is the association named right after "Điều 1.
                   Cho phép thành lập", up to the first comma (blind8's recognition rule), ``holder_id`` None
                   (nothing is printed with it); the head of the founding committee and her number never; the
                   province's numbered delegation ("Quyết định số 08/2014/QĐ-UBND") never the number or the
                   date. A charter's approval: the two-line subject joined is ``subject``; the holder is the
                   association its second line names, the same as named in Article 1 after "Điều lệ (sửa
                   đổi, bổ sung)", ``holder_id`` None; the chairman and his number never; "nhiệm kỳ 2022 -
                   2027" is no validity: None;
  header           three issuer lines are ``organ_name`` joined by spaces, as printed, abbreviations kept
                   ("TỔNG CỤC QLTT CỤC QLTT TỈNH QUẢNG NGÃI ĐỘI QUẢN LÝ THỊ TRƯỜNG SỐ 4"); ``place`` the words
                   before ", ngày" ("Quận 7", "Bà Rịa");
  signer blocks    a bare "CHỦ TỊCH", "TRƯỞNG PHÒNG" or "ĐỘI TRƯỞNG" is ``signer_position`` as printed;
                   "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" its three lines joined by a space;
  pages turned     a scan page fed upside down (turned 180 degrees) changes no field; a two-page
                   document's fields come from both pages, as one document;
  signatures and seals   as blind7 and blind8: the truth is the text as printed under them.

Renderings, seeds and truth files as blind9's (``make_blind9`` draws them): ``scan`` (300 dpi, light
degradation, PDF) and ``photo`` (80-150 dpi JPEG, perspective, uneven light, half without a DPI; the
two-page document's photos in one PDF). Only the scans are turned (``turn``): the playgroup's decision
lies upside down (180); the phone photographs each page as it lies.

    python samples/blind16.py --out benchmarks/out/blind16
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind3 import write_set
from blind5 import _CAN_CU_UBND
from blind9 import LEVELS, Doc9, lay_out, render

__all__ = ["BLIND16", "FAMILIES", "LEVELS", "Doc9", "lay_out", "make_blind16", "render"]

FAMILIES = ("xangdau", "capnuoc", "mamnon", "ditich", "thuynoidia", "quyhoi")

_LUAT_DI_SAN = ("Căn cứ Luật Di sản văn hóa ngày 29 tháng 6 năm 2001; Luật sửa đổi, bổ sung một số điều của Luật Di "
                "sản văn hóa ngày 18 tháng 6 năm 2009;")
_LUAT_DTND = ("Căn cứ Luật Giao thông đường thủy nội địa ngày 15 tháng 6 năm 2004; Luật sửa đổi, bổ sung một số điều "
              "của Luật Giao thông đường thủy nội địa ngày 17 tháng 6 năm 2014;")
_ND_45 = ("Căn cứ Nghị định số 45/2010/NĐ-CP ngày 21 tháng 4 năm 2010 của Chính phủ quy định về tổ chức, hoạt động "
          "và quản lý hội;")

BLIND16 = [
    Doc9(
        slug="gcn-cua-hang-xang-dau-binh-chau", family="xangdau",
        issuer=["UBND TỈNH BR-VT", "SỞ CÔNG THƯƠNG"],
        number="83", notation="GCN-SCT", place="Bà Rịa", date_text="16 tháng 3 năm 2021", issued="2021-03-16",
        title=["GIẤY CHỨNG NHẬN", "CỬA HÀNG ĐỦ ĐIỀU KIỆN BÁN LẺ XĂNG DẦU"], subject=[],
        body=["GIÁM ĐỐC SỞ CÔNG THƯƠNG TỈNH BÀ RỊA - VŨNG TÀU",
              "Căn cứ Nghị định số 83/2014/NĐ-CP ngày 03 tháng 9 năm 2014 của Chính phủ về kinh doanh xăng dầu;",
              ("Xét đơn đề nghị ngày 02 tháng 3 năm 2021 và biên bản kiểm tra điều kiện bán lẻ xăng dầu ngày 10 "
               "tháng 3 năm 2021,"),
              "CHỨNG NHẬN:",
              "1. Tên cửa hàng: Cửa hàng xăng dầu Bình Châu 2",
              "2. Địa điểm: Quốc lộ 55, ấp Láng Găng, xã Bình Châu, huyện Xuyên Mộc, tỉnh Bà Rịa - Vũng Tàu.",
              "3. Thương nhân sở hữu cửa hàng: Doanh nghiệp tư nhân Xăng dầu Hồ Tràm",
              "4. Mã số doanh nghiệp: 3501577467",
              "5. Chủ doanh nghiệp: ông Thái Văn Ngọt; số định danh cá nhân: 077068315290",
              ("6. Thương nhân cung cấp xăng dầu: Công ty Cổ phần Thương mại Dầu khí Vũng Tàu Xanh, mã số doanh "
               "nghiệp 3502370641."),
              "7. Mặt hàng bán lẻ: xăng RON 95-III, xăng E5 RON 92-II, dầu diesel 0,05S-II.",
              "Giấy chứng nhận có giá trị 05 năm, đến ngày 15 tháng 3 năm 2026."],
        signer_position=["TL. GIÁM ĐỐC", "TRƯỞNG PHÒNG QUẢN LÝ THƯƠNG MẠI"], signer_name="Hồ Thị Kiều Diễm",
        holder_name="Doanh nghiệp tư nhân Xăng dầu Hồ Tràm", holder_id="3501577467", holder_id_type="tax_code",
        valid_until="2026-03-15",
        recipients=["- Thương nhân được cấp;", "- Cục QLTT tỉnh BR-VT;", "- Lưu: VT, QLTM."],
        seal="SỞ CÔNG THƯƠNG * TỈNH BR-VT *", handwritten=("code_number",),
        hand="loops", aim=(34.0, 8.0), lift=12.0,
    ),
    Doc9(
        slug="qd-kiem-tra-kinh-doanh-xang-dau-pho-thanh", family="xangdau",
        issuer=["TỔNG CỤC QLTT", "CỤC QLTT TỈNH QUẢNG NGÃI", "ĐỘI QUẢN LÝ THỊ TRƯỜNG SỐ 4"],
        number="126", notation="QĐ-KT", place="Đức Phổ", date_text="10 tháng 9 năm 2020", issued="2020-09-10",
        title=["QUYẾT ĐỊNH"],
        subject=["Về việc kiểm tra việc chấp hành pháp luật trong kinh doanh xăng dầu",
                 "tại Cửa hàng xăng dầu Phổ Thạnh",
                 "của Công ty TNHH Thương mại Xăng dầu Sa Huỳnh"],
        body=["ĐỘI TRƯỞNG ĐỘI QUẢN LÝ THỊ TRƯỜNG SỐ 4",
              "Căn cứ Pháp lệnh Quản lý thị trường ngày 08 tháng 3 năm 2016;",
              ("Căn cứ Thông tư số 20/2019/TT-BCT ngày 14 tháng 11 năm 2019 của Bộ trưởng Bộ Công Thương quy định "
               "hoạt động kiểm tra của lực lượng Quản lý thị trường;"),
              "Căn cứ Kế hoạch kiểm tra số 17/KH-QLTT ngày 21 tháng 8 năm 2020 của Cục Quản lý thị trường tỉnh,",
              "QUYẾT ĐỊNH:",
              ("Điều 1. Kiểm tra việc chấp hành pháp luật trong kinh doanh xăng dầu tại Cửa hàng xăng dầu Phổ Thạnh "
               "của Công ty TNHH Thương mại Xăng dầu Sa Huỳnh, mã số doanh nghiệp 4300330447, phường Phổ Thạnh."),
              "- Thời kỳ kiểm tra: từ ngày 01 tháng 01 năm 2020 đến ngày kiểm tra.",
              "- Thời hạn kiểm tra: 03 ngày làm việc kể từ ngày bắt đầu kiểm tra.",
              ("Điều 2. Đoàn kiểm tra gồm ông Đinh Công Tráng, Phó Đội trưởng, Trưởng đoàn; bà Bùi Thị Thơm và ông "
               "Lê Văn Rin, Kiểm soát viên thị trường, thành viên."),
              ("Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Đoàn kiểm tra và Công ty TNHH Thương mại Xăng dầu "
               "Sa Huỳnh chịu trách nhiệm thi hành Quyết định này.")],
        signer_position=["ĐỘI TRƯỞNG"], signer_name="Phạm Khắc Thiệu",
        holder_name="Công ty TNHH Thương mại Xăng dầu Sa Huỳnh", holder_id="4300330447", holder_id_type="tax_code",
        recipients=["- Như Điều 3;", "- Cục QLTT tỉnh Quảng Ngãi (b/c);", "- Lưu: VT, HSVV."],
        seal="ĐỘI QLTT SỐ 4 * CỤC QLTT QUẢNG NGÃI *", hand="scribble", aim=(0.0, 0.0), lift=8.0,
    ),
    Doc9(
        slug="qd-giao-cong-trinh-cap-nuoc-ea-tieu", family="capnuoc", issuer=["ỦY BAN NHÂN DÂN", "HUYỆN CƯ KUIN"],
        number="2318", notation="QĐ-UBND", place="Cư Kuin", date_text="19 tháng 11 năm 2019", issued="2019-11-19",
        title=["QUYẾT ĐỊNH"],
        subject=["Về việc giao quản lý, vận hành, khai thác công trình cấp nước",
                 "sinh hoạt tập trung xã Ea Tiêu cho Công ty Cổ phần",
                 "Nước sạch Nông thôn Ea Ktur"],
        body=["ỦY BAN NHÂN DÂN HUYỆN CƯ KUIN", _CAN_CU_UBND,
              ("Căn cứ Nghị định số 117/2007/NĐ-CP ngày 11 tháng 7 năm 2007 của Chính phủ về sản xuất, cung cấp và "
               "tiêu thụ nước sạch; Nghị định số 124/2011/NĐ-CP ngày 28 tháng 12 năm 2011 của Chính phủ sửa đổi, bổ "
               "sung một số điều của Nghị định số 117/2007/NĐ-CP;"),
              ("Căn cứ Thông tư số 76/2017/TT-BTC ngày 26 tháng 7 năm 2017 của Bộ trưởng Bộ Tài chính quy định về "
               "quản lý, sử dụng và khai thác công trình cấp nước sạch nông thôn tập trung;"),
              ("Xét Tờ trình số 46/TTr-NN ngày 05 tháng 11 năm 2019 của Phòng Nông nghiệp và Phát triển nông thôn và "
               "văn bản số 12/CV-NSEK ngày 24 tháng 10 năm 2019 của Công ty Cổ phần Nước sạch Nông thôn Ea Ktur,"),
              "QUYẾT ĐỊNH:",
              ("Điều 1. Giao quản lý, vận hành, khai thác công trình cấp nước sinh hoạt tập trung xã Ea Tiêu cho Công "
               "ty Cổ phần Nước sạch Nông thôn Ea Ktur, mã số doanh nghiệp 6001529407, theo phương thức nhận nợ có "
               "hoàn trả giá trị tài sản, với các nội dung sau:"),
              ("1. Tên công trình: Công trình cấp nước sinh hoạt tập trung xã Ea Tiêu; công suất thiết kế: 600 "
               "m³/ngày đêm; nguồn nước: nước ngầm, 02 giếng khoan."),
              ("2. Địa điểm: buôn Kô Êmông, xã Ea Tiêu, huyện Cư Kuin; phạm vi cấp nước: 1.150 hộ dân của 07 thôn, "
               "buôn."),
              ("3. Giá trị tài sản giao: nguyên giá 8.462.000.000 đồng; giá trị còn lại 6.917.350.000 đồng (theo biên "
               "bản kiểm kê, đánh giá lại ngày 22 tháng 10 năm 2019)."),
              "4. Thời hạn giao quản lý, vận hành, khai thác: 10 năm kể từ ngày Quyết định này có hiệu lực.",
              "Điều 2. Trách nhiệm của Công ty Cổ phần Nước sạch Nông thôn Ea Ktur:",
              ("a) Tiếp nhận công trình, hồ sơ, tài liệu liên quan trong thời hạn 15 ngày kể từ ngày Quyết định có "
               "hiệu lực; quản lý, vận hành công trình theo đúng quy trình kỹ thuật, bảo đảm cấp nước an toàn, liên "
               "tục;"),
              ("b) Bảo đảm chất lượng nước sạch đạt Quy chuẩn kỹ thuật quốc gia QCVN 02:2009/BYT; định kỳ lấy mẫu xét "
               "nghiệm và công khai kết quả theo quy định;"),
              ("c) Thực hiện bảo trì, sửa chữa công trình; không được tự ý chuyển đổi mục đích sử dụng, cho thuê hoặc "
               "chuyển nhượng công trình khi chưa được cơ quan có thẩm quyền cho phép;"),
              ("d) Thu tiền nước theo giá do Ủy ban nhân dân tỉnh quy định; hoàn trả giá trị còn lại của tài sản vào "
               "ngân sách huyện theo phương án được duyệt;"),
              ("đ) Định kỳ 06 tháng, hằng năm báo cáo tình hình quản lý, vận hành, khai thác công trình về Ủy ban "
               "nhân dân huyện (qua Phòng Nông nghiệp và Phát triển nông thôn)."),
              ("Điều 3. Phòng Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với Phòng Tài chính - Kế hoạch "
               "và Ủy ban nhân dân xã Ea Tiêu tổ chức bàn giao công trình; kiểm tra, giám sát việc quản lý, vận hành, "
               "khai thác công trình."),
              ("Điều 4. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng "
               "Nông nghiệp và PTNT, Trưởng phòng Tài chính - Kế hoạch, Chủ tịch UBND xã Ea Tiêu và Giám đốc Công ty "
               "Cổ phần Nước sạch Nông thôn Ea Ktur chịu trách nhiệm thi hành Quyết định này.")],
        signer_position=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer_name="Trần Quang Lẫm",
        holder_name="Công ty Cổ phần Nước sạch Nông thôn Ea Ktur", holder_id="6001529407", holder_id_type="tax_code",
        recipients=["- Như Điều 4;", "- Sở NN&PTNT tỉnh Đắk Lắk (b/c);", "- Lưu: VT, NN."],
        seal="ỦY BAN NHÂN DÂN * HUYỆN CƯ KUIN *", hand="underline", aim=(32.0, 8.0), lift=14.0,
    ),
    Doc9(
        slug="cv-thoa-thuan-dau-noi-thoat-nuoc-tan-quy-dong", family="capnuoc",
        issuer=["UBND THÀNH PHỐ SA ĐÉC", "PHÒNG QUẢN LÝ ĐÔ THỊ"],
        number="357", notation="QLĐT", place="Sa Đéc", date_text="12 tháng 8 năm 2022", issued="2022-08-12",
        title=[], subject=["V/v thỏa thuận đấu nối thoát nước", "dự án Khu dân cư Tân Quy Đông"],
        addressees=["Công ty TNHH Đầu tư Địa ốc Hoa Sa Đéc"],
        body=[("Phòng Quản lý đô thị thành phố Sa Đéc nhận được văn bản số 27/2022/CV-HSĐ ngày 25 tháng 7 năm 2022 "
               "của Công ty TNHH Đầu tư Địa ốc Hoa Sa Đéc, mã số doanh nghiệp 1402394028, đề nghị thỏa thuận đấu nối "
               "hệ thống thoát nước dự án Khu dân cư Tân Quy Đông vào hệ thống thoát nước chung của thành phố."),
              ("Căn cứ Nghị định số 80/2014/NĐ-CP ngày 06 tháng 8 năm 2014 của Chính phủ về thoát nước và xử lý nước "
               "thải và hồ sơ thiết kế kèm theo, Phòng Quản lý đô thị thống nhất thỏa thuận đấu nối như sau:"),
              ("1. Vị trí đấu nối: hố ga HG-24 trên tuyến cống hộp 1,6 x 1,6 m đường Nguyễn Sinh Sắc, phường Tân Quy "
               "Đông, thành phố Sa Đéc."),
              "2. Cao độ đáy cống đấu nối: +0,85 m (hệ cao độ Quốc gia); đường kính cống đấu nối D600.",
              ("3. Nước thải sinh hoạt của dự án phải được xử lý sơ bộ qua bể tự hoại trước khi đấu nối; chủ đầu tư "
               "tự chịu chi phí thi công tuyến cống đấu nối và hoàn trả mặt đường."),
              ("Văn bản thỏa thuận này có giá trị trong thời hạn 12 tháng kể từ ngày ký. Đề nghị Công ty TNHH Đầu tư "
               "Địa ốc Hoa Sa Đéc phối hợp với Đội Quản lý công trình công cộng thành phố trong quá trình thi "
               "công./.")],
        signer_position=["KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG"], signer_name="Đặng Thị Bé Bảy",
        recipients=["- Như trên;", "- UBND thành phố (b/c);", "- Lưu: VT, QLĐT."],
        seal="PHÒNG QUẢN LÝ ĐÔ THỊ * TP. SA ĐÉC *", handwritten=("code_number", "issued_date"),
        hand="flourish", aim=(0.0, 0.0), lift=18.0,
    ),
    Doc9(
        slug="qd-cong-nhan-hieu-truong-mam-non-sao-bien", family="mamnon",
        issuer=["UBND QUẬN 7", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"],
        number="1563", notation="QĐ-GDĐT", place="Quận 7", date_text="21 tháng 7 năm 2022", issued="2022-07-21",
        title=["QUYẾT ĐỊNH"],
        subject=["Về việc công nhận hiệu trưởng Trường Mầm non tư thục Sao Biển",
                 "đối với bà Rebecca Jane Sutcliffe"],
        body=["TRƯỞNG PHÒNG GIÁO DỤC VÀ ĐÀO TẠO QUẬN 7",
              ("Căn cứ Thông tư số 52/2020/TT-BGDĐT ngày 31 tháng 12 năm 2020 của Bộ trưởng Bộ Giáo dục và Đào tạo "
               "ban hành Điều lệ Trường mầm non;"),
              ("Căn cứ Quyết định số 4362/QĐ-UBND ngày 12 tháng 10 năm 2021 của Ủy ban nhân dân Quận 7 về việc cho "
               "phép hoạt động giáo dục Trường Mầm non tư thục Sao Biển;"),
              ("Xét Tờ trình số 08/TTr-SB ngày 04 tháng 7 năm 2022 của Công ty TNHH Giáo dục Sao Biển Nam Sài Gòn, "
               "mã số doanh nghiệp 0315907793,"),
              "QUYẾT ĐỊNH:",
              ("Điều 1. Công nhận bà Rebecca Jane Sutcliffe, quốc tịch Ô-xtrây-li-a, sinh ngày 22/6/1978, hộ chiếu "
               "số PA4719362, giữ chức vụ Hiệu trưởng Trường Mầm non tư thục Sao Biển, phường Tân Phong, Quận 7."),
              "Điều 2. Thời hạn công nhận: 05 năm, từ ngày 01 tháng 8 năm 2022 đến ngày 31 tháng 7 năm 2027.",
              ("Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Công ty TNHH Giáo dục Sao Biển Nam Sài Gòn và bà "
               "Rebecca Jane Sutcliffe chịu trách nhiệm thi hành Quyết định này.")],
        signer_position=["Q. TRƯỞNG PHÒNG"], signer_name="Mẫn Hòa",
        holder_name="Rebecca Jane Sutcliffe", valid_until="2027-07-31",
        recipients=["- Như Điều 3;", "- UBND Quận 7 (b/c);", "- Lưu: VT, TCCB."],
        seal="PHÒNG GIÁO DỤC VÀ ĐÀO TẠO * QUẬN 7 *", hand="loops", aim=(36.0, 10.0), lift=6.0,
    ),
    Doc9(
        slug="qd-thanh-lap-nhom-tre-tien-phong", family="mamnon", issuer=["UBND HUYỆN MÊ LINH", "UBND XÃ TIỀN PHONG"],
        number="148", notation="QĐ-UBND", place="Tiền Phong", date_text="26 tháng 8 năm 2019", issued="2019-08-26",
        title=["QUYẾT ĐỊNH"], subject=["Về việc cho phép thành lập nhóm trẻ độc lập tư thục"],
        body=["CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TIỀN PHONG", _CAN_CU_UBND,
              ("Căn cứ Nghị định số 46/2017/NĐ-CP ngày 21 tháng 4 năm 2017 của Chính phủ quy định về điều kiện đầu "
               "tư và hoạt động trong lĩnh vực giáo dục;"),
              "Xét đơn đề nghị ngày 05 tháng 8 năm 2019 và biên bản kiểm tra điều kiện ngày 16 tháng 8 năm 2019,",
              "QUYẾT ĐỊNH:",
              ("Điều 1. Cho phép bà Ngạc Thị Huyến, sinh ngày 14/02/1986, số định danh cá nhân 001186061576, thường "
               "trú tại xã Tiền Phong, huyện Mê Linh, thành lập Nhóm trẻ độc lập tư thục Búp Măng Xanh, nhận trẻ em "
               "từ 12 tháng đến 36 tháng tuổi, tối đa 30 trẻ."),
              ("Điều 2. Sau 01 năm kể từ ngày Quyết định này có hiệu lực mà nhóm trẻ không được cho phép hoạt động "
               "giáo dục thì Quyết định này bị thu hồi."),
              ("Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Văn phòng HĐND và UBND xã và bà Ngạc Thị Huyến chịu "
               "trách nhiệm thi hành Quyết định này.")],
        signer_position=["CHỦ TỊCH"], signer_name="Nguyễn Văn Doãn",
        holder_name="Ngạc Thị Huyến", holder_id="001186061576", holder_id_type="cccd",
        recipients=["- Như Điều 3;", "- Phòng GD&ĐT huyện Mê Linh (b/c);", "- Lưu: VT."],
        seal="ỦY BAN NHÂN DÂN * XÃ TIỀN PHONG *", hand="scribble", aim=(30.0, 6.0), lift=18.0, turn=(180.0,),
    ),
    Doc9(
        slug="qd-xep-hang-di-tich-dinh-than-phuoc-hung", family="ditich",
        issuer=["ỦY BAN NHÂN DÂN", "TỈNH BÀ RỊA - VŨNG TÀU"],
        number="3419", notation="QĐ-UBND", place="Bà Rịa", date_text="29 tháng 11 năm 2017", issued="2017-11-29",
        title=["QUYẾT ĐỊNH"],
        subject=["Về việc xếp hạng di tích lịch sử - văn hóa cấp tỉnh",
                 "Đình thần Phước Hưng, ấp Phước Trung, xã Phước Hưng,",
                 "huyện Long Điền, tỉnh Bà Rịa - Vũng Tàu"],
        body=["CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU", _CAN_CU_UBND, _LUAT_DI_SAN,
              ("Theo đề nghị của Giám đốc Sở Văn hóa và Thể thao tại Tờ trình số 241/TTr-SVHTT ngày 09 tháng 11 năm "
               "2017,"),
              "QUYẾT ĐỊNH:",
              ("Điều 1. Xếp hạng di tích lịch sử - văn hóa cấp tỉnh đối với Đình thần Phước Hưng, ấp Phước Trung, xã "
               "Phước Hưng, huyện Long Điền (có bản đồ khoanh vùng bảo vệ kèm theo)."),
              ("Điều 2. Ủy ban nhân dân huyện Long Điền chỉ đạo Ủy ban nhân dân xã Phước Hưng và Ban Quý tế đình thần "
               "Phước Hưng quản lý, bảo vệ và phát huy giá trị di tích."),
              ("Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Văn hóa và "
               "Thể thao, Chủ tịch UBND huyện Long Điền chịu trách nhiệm thi hành Quyết định này.")],
        signer_position=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer_name="Tôn Nữ Thị Hồng Nhung",
        recipients=["- Bộ VHTTDL (b/c);", "- Như Điều 3;", "- Lưu: VT, VX."],
        seal="ỦY BAN NHÂN DÂN * TỈNH BR-VT *", hand="flourish", aim=(34.0, 8.0), lift=16.0,
    ),
    Doc9(
        slug="gp-quay-phim-khu-den-thap-my-son", family="ditich",
        issuer=["UBND HUYỆN DUY XUYÊN", "BAN QUẢN LÝ DI SẢN", "VĂN HÓA MỸ SƠN"],
        number="61", notation="GP-BQLMS", place="Duy Xuyên", date_text="26 tháng 3 năm 2019", issued="2019-03-26",
        title=["GIẤY PHÉP"], subject=["Quay phim, chụp ảnh trong Khu đền tháp Mỹ Sơn"],
        body=["TRƯỞNG BAN QUẢN LÝ DI SẢN VĂN HÓA MỸ SƠN", _LUAT_DI_SAN,
              ("Căn cứ Quyết định số 2214/QĐ-UBND ngày 16 tháng 7 năm 2018 của Ủy ban nhân dân tỉnh Quảng Nam ban "
               "hành Quy chế quản lý Khu di tích Mỹ Sơn;"),
              ("Căn cứ văn bản số 1186/BNG-TTBC ngày 11 tháng 3 năm 2019 của Bộ Ngoại giao về việc phóng viên nước "
               "ngoài quay phim tài liệu tại Việt Nam;"),
              "Xét đơn đề nghị cấp phép quay phim, chụp ảnh ngày 18 tháng 3 năm 2019 và hồ sơ kèm theo,",
              "CHO PHÉP:",
              "1. Họ và tên: Matteo Giordano",
              "2. Quốc tịch: Italia; sinh ngày 03/10/1983; hộ chiếu số YA4827153",
              "3. Đơn vị công tác: Công ty Lumina Documentari S.r.l. (Italia)",
              ("4. Đơn vị hướng dẫn tại Việt Nam: Công ty TNHH Dịch vụ Truyền thông Hội An Film, mã số doanh nghiệp "
               "4001434543."),
              ("5. Nội dung: quay phim tài liệu về kiến trúc đền tháp Chăm tại các nhóm tháp B, C, D và G; không sử "
               "dụng thiết bị bay không người lái."),
              "6. Thời hạn của giấy phép: từ ngày 01 tháng 4 năm 2019 đến ngày 05 tháng 4 năm 2019."],
        signer_position=["KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"], signer_name="Phan Văn Thiểu",
        holder_name="Matteo Giordano", valid_until="2019-04-05",
        recipients=["- Người được cấp phép;", "- Sở VHTTDL tỉnh Quảng Nam;", "- Lưu: VT, QLDT."],
        seal="BQL DI SẢN VĂN HÓA MỸ SƠN * DUY XUYÊN *", hand="loops", aim=(0.0, 0.0), lift=12.0,
    ),
    Doc9(
        slug="gp-ben-khach-ngang-song-hau-bong", family="thuynoidia", issuer=["ỦY BAN NHÂN DÂN", "HUYỆN HẠ HÒA"],
        number="587", notation="GP-UBND", place="Hạ Hòa", date_text="30 tháng 6 năm 2020", issued="2020-06-30",
        title=["GIẤY PHÉP HOẠT ĐỘNG BẾN KHÁCH NGANG SÔNG"], subject=[],
        body=["ỦY BAN NHÂN DÂN HUYỆN HẠ HÒA", _LUAT_DTND,
              ("Căn cứ Thông tư số 50/2014/TT-BGTVT ngày 17 tháng 10 năm 2014 của Bộ trưởng Bộ Giao thông vận tải "
               "quy định về quản lý cảng, bến thủy nội địa;"),
              ("Xét đơn đề nghị cấp giấy phép hoạt động bến khách ngang sông ngày 12 tháng 6 năm 2020 và biên bản "
               "kiểm tra thực tế bến ngày 22 tháng 6 năm 2020,"),
              "CHO PHÉP:",
              "1. Họ và tên chủ bến: Nghiêm Văn Khuyến",
              "2. Ngày sinh: 11/6/1969; số định danh cá nhân: 025069082949",
              "3. Nơi thường trú: khu 5, xã Hậu Bổng, huyện Hạ Hòa, tỉnh Phú Thọ.",
              "4. Tên bến: Bến khách ngang sông Hậu Bổng - Phương Viên.",
              "5. Vị trí bến: bờ hữu sông Thao, khu 5, xã Hậu Bổng; bờ tả sông Thao, khu 2, xã Phương Viên.",
              "6. Phương tiện hoạt động tại bến: đò máy số đăng ký PT-1208, sức chở 12 người và 06 xe mô tô.",
              "7. Thời gian hoạt động trong ngày: từ 05 giờ 00 đến 19 giờ 00.",
              "8. Thời hạn của giấy phép: 05 năm, đến hết ngày 29 tháng 6 năm 2025."],
        signer_position=["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], signer_name="Đinh Công Sứ",
        holder_name="Nghiêm Văn Khuyến", holder_id="025069082949", holder_id_type="cccd", valid_until="2025-06-29",
        recipients=["- Chủ bến;", "- Sở GTVT tỉnh Phú Thọ (b/c);", "- Công an huyện;", "- Lưu: VT, KTHT."],
        seal="ỦY BAN NHÂN DÂN * HUYỆN HẠ HÒA *", hand="underline", aim=(32.0, 6.0), lift=16.0,
    ),
    Doc9(
        slug="gcn-dang-ky-phuong-tien-thuy-tan-hung-dong", family="thuynoidia",
        issuer=["UBND HUYỆN CÁI NƯỚC", "PHÒNG KINH TẾ VÀ HẠ TẦNG"],
        number="246", notation="GCN-KTHT", place="Cái Nước", date_text="24 tháng 5 năm 2018", issued="2018-05-24",
        title=["GIẤY CHỨNG NHẬN", "ĐĂNG KÝ PHƯƠNG TIỆN THỦY NỘI ĐỊA"], subject=[],
        body=[_LUAT_DTND,
              ("Căn cứ Thông tư số 75/2014/TT-BGTVT ngày 19 tháng 12 năm 2014 của Bộ trưởng Bộ Giao thông vận tải "
               "quy định về đăng ký phương tiện thủy nội địa;"),
              "Xét tờ khai đăng ký phương tiện thủy nội địa ngày 14 tháng 5 năm 2018 và hồ sơ kèm theo,",
              "PHÒNG KINH TẾ VÀ HẠ TẦNG HUYỆN CÁI NƯỚC CHỨNG NHẬN:",
              "Tên phương tiện: Bé Tư 02",
              "Số đăng ký: CM-04183",
              ("Loại phương tiện: ghe gỗ chở hàng có động cơ; chiều dài thiết kế: 12,60 m; chiều rộng: 2,85 m; trọng "
               "tải toàn phần: 18 tấn."),
              "Máy chính: Kubota RT140, công suất 14 sức ngựa.",
              "Chủ phương tiện: Huỳnh Thị Rớt",
              "Ngày sinh: 07/9/1971; số định danh cá nhân: 096171004108",
              "Nơi thường trú: ấp Bào Bèo, xã Tân Hưng Đông, huyện Cái Nước, tỉnh Cà Mau.",
              ("Phương tiện đã được đăng ký vào Sổ đăng ký phương tiện thủy nội địa của Phòng Kinh tế và Hạ tầng "
               "huyện Cái Nước.")],
        signer_position=["TRƯỞNG PHÒNG"], signer_name="Quách Văn Rạng",
        holder_name="Huỳnh Thị Rớt", holder_id="096171004108", holder_id_type="cccd",
        recipients=["- Chủ phương tiện;", "- Lưu: VT, KTHT."],
        hand="scribble", aim=(34.0, 10.0), lift=10.0,
    ),
    Doc9(
        slug="qd-thanh-lap-hoi-cuu-giao-chuc-buon-ho", family="quyhoi", issuer=["ỦY BAN NHÂN DÂN", "THỊ XÃ BUÔN HỒ"],
        number="1642", notation="QĐ-UBND", place="Buôn Hồ", date_text="12 tháng 4 năm 2017", issued="2017-04-12",
        title=["QUYẾT ĐỊNH"], subject=["Về việc cho phép thành lập Hội Cựu giáo chức thị xã Buôn Hồ"],
        body=["CHỦ TỊCH ỦY BAN NHÂN DÂN THỊ XÃ BUÔN HỒ", _CAN_CU_UBND, _ND_45,
              ("Căn cứ Quyết định số 08/2014/QĐ-UBND ngày 14 tháng 3 năm 2014 của Ủy ban nhân dân tỉnh Đắk Lắk về "
               "việc ủy quyền cho phép thành lập hội;"),
              "Xét đơn xin phép thành lập hội ngày 20 tháng 3 năm 2017 và đề nghị của Trưởng phòng Nội vụ,",
              "QUYẾT ĐỊNH:",
              ("Điều 1. Cho phép thành lập Hội Cựu giáo chức thị xã Buôn Hồ, hoạt động trong phạm vi thị xã; trụ sở "
               "đặt tại số 72 đường Hùng Vương, phường An Lạc, thị xã Buôn Hồ."),
              ("Điều 2. Bà H'Rin Mlô, sinh ngày 09/5/1957, số định danh cá nhân 066157053724, Trưởng Ban vận động, có "
               "trách nhiệm tổ chức Đại hội lần thứ nhất của Hội trong thời hạn 90 ngày kể từ ngày ký Quyết định "
               "này."),
              ("Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND thị xã, Trưởng phòng "
               "Nội vụ và Ban vận động chịu trách nhiệm thi hành Quyết định này.")],
        signer_position=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer_name="Trần Thị Nguyệt Ánh",
        holder_name="Hội Cựu giáo chức thị xã Buôn Hồ",
        recipients=["- Như Điều 3;", "- Sở Nội vụ tỉnh Đắk Lắk (b/c);", "- Lưu: VT, NV."],
        seal="ỦY BAN NHÂN DÂN * THỊ XÃ BUÔN HỒ *", hand="underline", aim=(0.0, 0.0), lift=14.0,
    ),
    Doc9(
        slug="qd-phe-duyet-dieu-le-hoi-sinh-vat-canh-vu-thu", family="quyhoi",
        issuer=["ỦY BAN NHÂN DÂN", "HUYỆN VŨ THƯ"],
        number="3376", notation="QĐ-UBND", place="Vũ Thư", date_text="27 tháng 10 năm 2022", issued="2022-10-27",
        title=["QUYẾT ĐỊNH"],
        subject=["Về việc phê duyệt Điều lệ (sửa đổi, bổ sung)", "Hội Sinh vật cảnh huyện Vũ Thư"],
        body=["CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN VŨ THƯ", _CAN_CU_UBND, _ND_45,
              "Căn cứ Quyết định số 705/QĐ-UBND ngày 18 tháng 4 năm 2016 của Ủy ban nhân dân huyện Vũ Thư;",
              ("Xét Tờ trình số 05/TTr-SVC ngày 03 tháng 10 năm 2022 của Hội Sinh vật cảnh huyện Vũ Thư và đề nghị "
               "của Trưởng phòng Nội vụ,"),
              "QUYẾT ĐỊNH:",
              ("Điều 1. Phê duyệt Điều lệ (sửa đổi, bổ sung) Hội Sinh vật cảnh huyện Vũ Thư đã được Đại hội đại biểu "
               "lần thứ IV, nhiệm kỳ 2022 - 2027, thông qua ngày 17 tháng 9 năm 2022."),
              ("Điều 2. Ông Mạc Văn Thuyên, sinh ngày 20/01/1962, số định danh cá nhân 034062045771, Chủ tịch Hội, "
               "chịu trách nhiệm tổ chức thực hiện Điều lệ."),
              ("Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng "
               "Nội vụ và Chủ tịch Hội chịu trách nhiệm thi hành Quyết định này.")],
        signer_position=["CHỦ TỊCH"], signer_name="Vũ Xuân Khởi",
        holder_name="Hội Sinh vật cảnh huyện Vũ Thư",
        recipients=["- Như Điều 3;", "- Sở Nội vụ tỉnh Thái Bình (b/c);", "- Lưu: VT, NV."],
        seal="ỦY BAN NHÂN DÂN * HUYỆN VŨ THƯ *", hand="flourish", aim=(36.0, 8.0), lift=18.0,
    ),
]


def make_blind16(out: Path, docs=BLIND16, levels=LEVELS, only: set[str] | None = None) -> list[Path]:
    """As blind9, with seeds of its own; ``only`` (slugs) and ``levels`` draw just those files, as they are
    in the whole set."""
    return write_set(out, docs, levels, render, seed=3700, jpeg_seed=1400, no_dpi_parity=1, only=only)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, required=True, help="folder for scans/ and truth/")
    out = parser.parse_args().out
    for path in make_blind16(out):
        print(f"{path.relative_to(out)}  {path.stat().st_size // 1024} KiB")


if __name__ == "__main__":
    main()

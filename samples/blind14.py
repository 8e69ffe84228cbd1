"""Blind set 14 (issue 13, after blind set 13): six more families of results, each as a 300 dpi scan and
as a phone photo, signed and sealed as in blind sets 8 to 13, with one scan page fed sideways. Written
without looking at the rules or running them on it, measured once.

Families (Decree 30/2020 appendix I positions: issuer column top left, motto top right, number under
the issuer, place and date under the motto, title centred, signer bottom right, "Nơi nhận:" bottom left):
  thuyloi      irrigation works: a province's "SỞ NÔNG NGHIỆP VÀ PTNT"'s "GIẤY PHÉP" / "Hoạt động trong
               phạm vi bảo vệ công trình thủy lợi" on two pages (the last of the licensee's duties, the
               signer and "Nơi nhận:" on page 2), the water company on a "1. Tên tổ chức được cấp phép:
               …" row, "2. Mã số doanh nghiệp: …" under it, the canal and its chainage ("từ K1+240 đến
               K1+275") and the contractor with its own enterprise code on rows below, "8. Thời hạn của
               giấy phép: đến hết ngày 31 tháng 3 năm 2021", signed "TL. GIÁM ĐỐC" / "CHI CỤC TRƯỞNG CHI
               CỤC THỦY LỢI"; and a district's decision "Về việc phê duyệt quy trình vận hành hồ chứa nước
               Đầm Bài" / "của Hợp tác xã Dịch vụ nông nghiệp Đồng Tâm" (the holder inside the subject),
               Article 1 "Phê duyệt quy trình vận hành hồ chứa nước Đầm Bài của Hợp tác xã …, mã số hợp tác
               xã …, với các nội dung chính sau:" with "- …" rows (capacity, levels), the cooperative's
               own submission ("Tờ trình số 07/TTr-HTX ngày …") cited above, signed "TM. ỦY BAN NHÂN DÂN" /
               "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH";
  huongdan     tourist guides' cards, granted by decision: a province's "SỞ DU LỊCH" deciding "Về việc cấp
               thẻ hướng dẫn viên du lịch quốc tế" / "cho bà Huỳnh Ngọc Bảo Trâm" (the holder inside the
               subject), Article 1 "Cấp thẻ … cho bà A, sinh ngày …, số định danh cá nhân …, …, như
               sau:" with "- …" rows (the card's nine-digit number, the language, the travel company she
               works for with its enterprise code, "- Thẻ có giá trị đến ngày 20 tháng 10 năm 2026."),
               signed "Q. GIÁM ĐỐC"; and a "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH"'s "Về việc cấp thẻ hướng dẫn
               viên du lịch tại điểm", Article 1 "Cấp thẻ hướng dẫn viên du lịch tại điểm cho:" and the
               guide on rows under it ("Họ và tên: …", "Ngày sinh: …; số định danh cá nhân: …", "Số thẻ:
               …", "Địa điểm hành nghề: Khu du lịch sinh thái Làng nổi Tân Lập, …"), no validity;
  ruouthuocla  tobacco and alcohol retail licences of a district's or a city's economic office ("UBND
               HUYỆN ĐỨC TRỌNG" / "PHÒNG KINH TẾ VÀ HẠ TẦNG", "UBND TP. ĐIỆN BIÊN PHỦ" / "PHÒNG KINH TẾ"):
               a "GIẤY PHÉP BÁN LẺ SẢN PHẨM THUỐC LÁ" (one line), numbered by hand (blind5's pen, the
               date printed), for a household business ("1. Tên thương nhân: Hộ kinh doanh …", "2. Mã số
               thuế: …", "3. Chủ hộ kinh doanh: Bà …; số định danh cá nhân: …"), its registration
               certificate's number and date and the wholesaler it buys from, with its enterprise code,
               on rows below, "Giấy phép này có thời hạn 05 năm kể từ ngày cấp"; and a "GIẤY PHÉP BÁN LẺ
               RƯỢU" for a company ("1. Tên thương nhân: Công ty …", "2. Mã số doanh nghiệp: …"), its
               director and its two suppliers with their codes below, "7. Giấy phép có giá trị đến ngày
               21 tháng 11 năm 2027", signed "TRƯỞNG PHÒNG" without a seal;
  hoagiai      grassroots mediation, of a commune or a ward under its district or town (two-line
               issuer): a commune's decision "Về việc công nhận hòa giải viên", "Điều 1. Công nhận ông A,
               sinh ngày …, số định danh cá nhân …, …, là hòa giải viên của Tổ hòa giải xóm Hải Nam.",
               signed "CHỦ TỊCH"; and a ward's công văn "V/v thanh toán thù lao" / "cho hòa giải viên",
               numbered and dated by hand (blind5's pen), addressed ("Kính gửi: …") to the mediation
               team, the mediator named in the body with her birth date and personal number and again on
               a "1. Người được thanh toán: bà …" row, the fee and how it is paid on rows below;
  khuyettat    disability certificates of a commune or a ward: a "GIẤY XÁC NHẬN KHUYẾT TẬT" (one line, no
               subject) for a boy, on rows under "ỦY BAN NHÂN DÂN XÃ THẠCH KÊNH XÁC NHẬN:" ("Họ và tên:
               …", "Ngày, tháng, năm sinh: …; giới tính: Nam", "Số định danh cá nhân: …", the kind and
               degree of disability), his mother on a "Người đại diện hợp pháp: bà … (mẹ), sinh ngày …,
               số định danh cá nhân …" row below; and the same title for a man named in a sentence
               ("Ủy ban nhân dân phường Ninh Hiệp xác nhận ông A, sinh ngày …, số định danh cá nhân …,
               …, là người khuyết tật:"), replacing an older certificate ("Giấy xác nhận khuyết tật số
               27/GXNKT … cấp ngày 16 tháng 5 năm 2016"), signed "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH", its
               scan fed sideways;
  thethao      sport: a city's "GIẤY CHỨNG NHẬN ĐỦ ĐIỀU KIỆN" / "KINH DOANH HOẠT ĐỘNG THỂ THAO" (two
               capitals lines) for a company ("1. Tên doanh nghiệp: …", the head office's address on the
               row under it, "3. Mã số doanh nghiệp: …" under that), its director, the swimming pool
               ("Bể bơi Bốn Mùa") and the sports on rows below; and a commune's decision "Về việc công
               nhận câu lạc bộ thể thao cơ sở", "Điều 1. Công nhận Câu lạc bộ Bóng chuyền hơi thôn Đồng
               Hòa, xã Phú Đình, là câu lạc bộ thể thao cơ sở, …", its chairman named in Article 2 with
               his birth date and personal number.
Every document is signed in blue ballpoint in one of blind7's four hands, on eight of them coming down
across the printed name (blind8's ``aim``), and all but one carry a red round seal over the left part
of the signer block, lifted by blind8's ``lift``. Signers' names have two, three, four and five
syllables ("Tạ Quỳnh", "Lê Nguyễn Thị Hoài Thương"); signer blocks "KT.", "TL.", "TM." and "Q." and
bare "CHỦ TỊCH" / "TRƯỞNG PHÒNG" all occur; ten issuers are a parent and a child organ in two lines (the
other two "ỦY BAN NHÂN DÂN" over a district or a city).

Truth conventions (decided before any run): blind4's, as its docstring states them (organ_name,
code_number/code_notation, issued_date, place, type_name, subject, signer_position/signer_full_name,
holder_name and holder_id), with blind5's to blind13's additions (their docstrings). New here:
  irrigation       a permit for works inside an irrigation canal's protected zone: "GIẤY PHÉP" is
                   ``type_name`` and the sentence-case line under it ``subject`` (blind5's two-line rule);
                   the holder is the organisation on the "Tên tổ chức được cấp phép:" row, ``holder_id``
                   the "Mã số doanh nghiệp:" row under it (``tax_code``); the canal, the chainage, the
                   pipe, the contractor ("Đơn vị thi công: Công ty …, mã số doanh nghiệp …") and its code
                   never; "Thời hạn của giấy phép: đến hết ngày 31 tháng 3 năm 2021" is ``valid_until``
                   (blind8's "đến hết ngày" is "đến ngày"); "Giấy phép có hiệu lực kể từ ngày ký" gives
                   no date. A reservoir's operating rules: the two-line subject "Về việc phê duyệt …" /
                   "của Hợp tác xã …" joined is ``subject``; the holder is the body its second line names
                   after "của", the same as named after "của" in Article 1 up to the comma, ``holder_id``
                   the "mã số hợp tác xã" printed right after it there (``tax_code``; blind8's cooperative
                   rule); the reservoir, its capacity and its water levels never; the cooperative's own
                   submission ("Tờ trình số 07/TTr-HTX ngày …") is never the number or the date; no
                   validity: None;
  tourist guides   an international guide's card: the two-line subject "Về việc cấp thẻ hướng dẫn viên du
                   lịch quốc tế" / "cho bà …" joined is ``subject``; the holder is the person it names, the
                   same as after "cho bà" in Article 1, without "bà", ``holder_id`` the personal number
                   printed with her (``cccd``); the card's number ("Số thẻ: 177211406"), the language, the
                   travel company and its enterprise code never; "- Thẻ có giá trị đến ngày 20 tháng 10
                   năm 2026." is ``valid_until``. A guide's card for one site: the holder is the person on
                   the "Họ và tên:" row inside Article 1 (blind12's pension rule), ``holder_id`` the
                   personal number on the row under her; the card's number and the site never; no
                   validity is printed: None;
  tobacco and alcohol   the holder is the trader on the "Tên thương nhân:" row, as printed: a household
                   business ("Hộ kinh doanh …", blind6's household rule) with ``holder_id`` the "Mã số
                   thuế:" row under it, or a company with ``holder_id`` the "Mã số doanh nghiệp:" row under
                   it (``tax_code`` both); the household's owner ("Chủ hộ kinh doanh: Bà …") and her
                   personal number, a company's director, the suppliers and wholesalers and their codes
                   never; a household registration certificate ("số 42H8003317 … cấp lần đầu ngày …") is
                   never the number, the date or ``holder_id``; "Giấy phép này có thời hạn 05 năm kể từ
                   ngày cấp" gives None; "Giấy phép có giá trị đến ngày 21 tháng 11 năm 2027" is
                   ``valid_until``; a number written by hand into the printed blank is ``code_number``
                   (blind5's rule), ``handwritten`` naming it alone when the date is printed;
  mediation        a decision recognising a mediator: the holder is the person named after "Điều 1.
                   Công nhận ông", without "ông", ``holder_id`` the personal number printed with him; the
                   mediation team and the hamlet never; no validity. The ward's công văn on a mediator's
                   fee keeps blind5's rule: ``type_name`` "CÔNG VĂN", ``subject`` its two "V/v" lines
                   joined as printed, holder fields None, though it names the mediator to be paid twice,
                   once on a "Người được thanh toán:" row, and prints her birth date and personal number;
                   the addressee (the mediation team) never; the fee and the day payment starts ("từ ngày
                   01 tháng 12 năm 2020") never;
  disability       a "GIẤY XÁC NHẬN KHUYẾT TẬT" has no subject; the holder is the disabled person: on the
                   "Họ và tên:" row under "… XÁC NHẬN:" (blind6's labelled rows), ``holder_id`` the "Số
                   định danh cá nhân:" row (``cccd``, a child's personal number too), or named after "xác
                   nhận ông" in a sentence, without "ông", ``holder_id`` the personal number printed with
                   him; the legal representative (a child's mother) and her number never; the older
                   certificate it replaces ("số 27/GXNKT … cấp ngày …") is never the number or the date;
                   the kind and degree of disability never; no validity: None;
  sport            a sports business certificate: the title in two capitals lines joined (blind6's rule),
                   ``subject`` None; the holder is the company on the "Tên doanh nghiệp:" row,
                   ``holder_id`` the "Mã số doanh nghiệp:" row two rows under it, past the address
                   (``tax_code``; wherever it stands, as blind8's cooperative code); the director, the
                   pool's name ("Bể bơi Bốn Mùa") and the sports never; no validity: None. A decision
                   recognising a club: the holder is the club named right after "Điều 1. Công nhận", up to
                   the first comma (blind8's recognition rule), ``holder_id`` None (nothing is printed
                   with it); the chairman in Article 2 and his personal number never;
  header           a parent organ printed abbreviated ("UBND TỈNH BR-VT") stays so in ``organ_name``, as
                   printed (blind4's rule); a province's name with its hyphen ("Bà Rịa - Vũng Tàu") is the
                   whole ``place``, the words before ", ngày";
  signer blocks    a bare "CHỦ TỊCH" or "TRƯỞNG PHÒNG" (the head signing in person) is ``signer_position``
                   as printed; "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" its three lines
                   joined by a space;
  pages turned     a scan page fed sideways, turned a quarter counterclockwise (its text running bottom
                   to top), changes no field; a two-page document's fields come from both pages, as one
                   document;
  signatures and seals   as blind7 and blind8: the truth is the text as printed under them.

Renderings, seeds and truth files as blind9's (``make_blind9`` draws them): ``scan`` (300 dpi, light
degradation, PDF) and ``photo`` (80-150 dpi JPEG, perspective, uneven light, half without a DPI; the
two-page document's photos in one PDF). Only the scans are turned (``turn``): the man's disability
certificate lies a quarter turn counterclockwise (90); the phone photographs each page as it lies.

    python samples/blind14.py --out benchmarks/out/blind14
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind3 import write_set
from blind5 import _CAN_CU_UBND
from blind9 import LEVELS, Doc9, lay_out, render

__all__ = ["BLIND14", "FAMILIES", "LEVELS", "Doc9", "lay_out", "make_blind14", "render"]

FAMILIES = ("thuyloi", "huongdan", "ruouthuocla", "hoagiai", "khuyettat", "thethao")

_LUAT_THUY_LOI = "Căn cứ Luật Thủy lợi ngày 19 tháng 6 năm 2017;"
_LUAT_DU_LICH = "Căn cứ Luật Du lịch ngày 19 tháng 6 năm 2017;"
_TT_06 = ("Căn cứ Thông tư số 06/2017/TT-BVHTTDL ngày 15 tháng 12 năm 2017 của Bộ trưởng Bộ Văn hóa, Thể thao và "
          "Du lịch quy định chi tiết một số điều của Luật Du lịch;")
_LUAT_HOA_GIAI = "Căn cứ Luật Hòa giải ở cơ sở ngày 20 tháng 6 năm 2013;"
_ND_15 = ("Căn cứ Nghị định số 15/2014/NĐ-CP ngày 27 tháng 02 năm 2014 của Chính phủ quy định chi tiết một số điều "
          "và biện pháp thi hành Luật Hòa giải ở cơ sở;")
_LUAT_NKT = "Căn cứ Luật Người khuyết tật ngày 17 tháng 6 năm 2010;"
_TT_01 = ("Căn cứ Thông tư số 01/2019/TT-BLĐTBXH ngày 02 tháng 01 năm 2019 của Bộ trưởng Bộ Lao động - Thương binh "
          "và Xã hội quy định về việc xác định mức độ khuyết tật do Hội đồng xác định mức độ khuyết tật thực hiện;")
_LUAT_TDTT = ("Căn cứ Luật Thể dục, thể thao ngày 29 tháng 11 năm 2006; Luật sửa đổi, bổ sung một số điều của Luật "
              "Thể dục, thể thao ngày 14 tháng 6 năm 2018;")

BLIND14 = [
    Doc9(
        slug="gp-pham-vi-bao-ve-thuy-loi-my-yen", family="thuyloi",
        issuer=["UBND TỈNH LONG AN", "SỞ NÔNG NGHIỆP VÀ PTNT"],
        number="2157", notation="GP-SNN", place="Tân An", date_text="17 tháng 9 năm 2020", issued="2020-09-17",
        title=["GIẤY PHÉP"], subject=["Hoạt động trong phạm vi bảo vệ công trình thủy lợi"],
        body=["GIÁM ĐỐC SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN",
              _LUAT_THUY_LOI,
              ("Căn cứ Nghị định số 67/2018/NĐ-CP ngày 14 tháng 5 năm 2018 của Chính phủ quy định chi tiết một số "
               "điều của Luật Thủy lợi;"),
              ("Xét đơn đề nghị cấp giấy phép hoạt động trong phạm vi bảo vệ công trình thủy lợi ngày 03 tháng 9 "
               "năm 2020, hồ sơ kèm theo và đề nghị của Chi cục trưởng Chi cục Thủy lợi,"),
              "CHO PHÉP:",
              "1. Tên tổ chức được cấp phép: Công ty Cổ phần Nước sạch Thuận Đạo",
              "2. Mã số doanh nghiệp: 1101255302",
              "3. Địa chỉ: ấp 3, xã Mỹ Yên, huyện Bến Lức, tỉnh Long An.",
              ("4. Tên công trình thủy lợi: kênh cấp 2 Mỹ Yên - Thanh Phú; vị trí hoạt động: từ K1+240 đến K1+275 "
               "bờ tả kênh, ấp 3, xã Mỹ Yên, huyện Bến Lức."),
              ("5. Nội dung hoạt động: xây dựng tuyến ống cấp nước sạch HDPE D315 vượt kênh bằng phương pháp khoan "
               "ngầm, đỉnh ống đặt thấp hơn cao trình đáy kênh thiết kế tối thiểu 2,0 m; lắp đặt hai hố van hai "
               "bên bờ kênh, ngoài mái kênh."),
              "6. Đơn vị thi công: Công ty TNHH Xây dựng Hạ tầng Phước Lợi, mã số doanh nghiệp 1101268809.",
              "7. Thời gian thi công: 45 ngày, không thi công trong thời gian kênh vận hành tưới đợt cao điểm.",
              "8. Thời hạn của giấy phép: đến hết ngày 31 tháng 3 năm 2021.",
              "Tổ chức được cấp phép có trách nhiệm:",
              ("a) Thực hiện đúng nội dung hoạt động ghi trong giấy phép; không làm thay đổi mặt cắt, cao trình bờ "
               "và đáy kênh, không làm ảnh hưởng đến việc dẫn nước, tiêu nước của kênh;"),
              ("b) Thông báo bằng văn bản cho Chi cục Thủy lợi và Ủy ban nhân dân xã Mỹ Yên trước khi khởi công ít "
               "nhất 05 ngày làm việc; bố trí biển báo, rào chắn khu vực thi công;"),
              ("c) Hoàn trả mặt bằng, bờ kênh và các hạng mục công trình thủy lợi bị ảnh hưởng ngay sau khi thi "
               "công xong; chịu trách nhiệm bồi thường thiệt hại do hoạt động của mình gây ra;"),
              ("d) Khi kết thúc hoạt động hoặc giấy phép hết hạn mà chưa hoàn thành, phải báo cáo bằng văn bản về "
               "Sở Nông nghiệp và Phát triển nông thôn để được hướng dẫn gia hạn hoặc điều chỉnh nội dung giấy "
               "phép theo quy định;"),
              ("đ) Chịu sự kiểm tra, giám sát của Chi cục Thủy lợi, Công ty TNHH Một thành viên Khai thác thủy lợi "
               "tỉnh và chính quyền địa phương trong suốt quá trình hoạt động."),
              "Giấy phép này có hiệu lực kể từ ngày ký."],
        signer_position=["TL. GIÁM ĐỐC", "CHI CỤC TRƯỞNG CHI CỤC THỦY LỢI"], signer_name="Trần Hữu Lộc",
        holder_name="Công ty Cổ phần Nước sạch Thuận Đạo", holder_id="1101255302", holder_id_type="tax_code",
        valid_until="2021-03-31",
        recipients=["- Tổ chức được cấp phép;", "- UBND huyện Bến Lức;", "- UBND xã Mỹ Yên;", "- Lưu: VT, CCTL."],
        seal="SỞ NN VÀ PTNT * TỈNH LONG AN *", hand="loops", aim=(34.0, 8.0), lift=12.0,
    ),
    Doc9(
        slug="qd-quy-trinh-van-hanh-ho-dam-bai", family="thuyloi", issuer=["ỦY BAN NHÂN DÂN", "HUYỆN LẠC THỦY"],
        number="1468", notation="QĐ-UBND", place="Lạc Thủy", date_text="27 tháng 5 năm 2021", issued="2021-05-27",
        title=["QUYẾT ĐỊNH"],
        subject=["Về việc phê duyệt quy trình vận hành hồ chứa nước Đầm Bài",
                 "của Hợp tác xã Dịch vụ nông nghiệp Đồng Tâm"],
        body=["ỦY BAN NHÂN DÂN HUYỆN LẠC THỦY", _CAN_CU_UBND,
              ("Căn cứ Luật Thủy lợi ngày 19 tháng 6 năm 2017 và Nghị định số 114/2018/NĐ-CP ngày 04 tháng 9 năm 2018 "
               "của Chính phủ về quản lý an toàn đập, hồ chứa nước;"),
              ("Xét Tờ trình số 07/TTr-HTX ngày 14 tháng 5 năm 2021 của Hợp tác xã Dịch vụ nông nghiệp Đồng Tâm và "
               "đề nghị của Trưởng phòng Nông nghiệp và PTNT,"),
              "QUYẾT ĐỊNH:",
              ("Điều 1. Phê duyệt quy trình vận hành hồ chứa nước Đầm Bài của Hợp tác xã Dịch vụ nông nghiệp Đồng "
               "Tâm, mã số hợp tác xã 5400311231, với các nội dung chính sau:"),
              "- Vị trí: xóm Đồng Bài, xã Đồng Tâm; diện tích tưới thiết kế: 85 ha lúa hai vụ.",
              "- Dung tích toàn bộ: 0,62 triệu m³; mực nước dâng bình thường: +48,50 m; mực nước chết: +41,20 m.",
              ("Điều 2. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng "
               "Nông nghiệp và PTNT, Chủ tịch UBND xã Đồng Tâm và Giám đốc Hợp tác xã chịu trách nhiệm thi hành.")],
        signer_position=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer_name="Bạch Công Tuấn",
        holder_name="Hợp tác xã Dịch vụ nông nghiệp Đồng Tâm", holder_id="5400311231", holder_id_type="tax_code",
        recipients=["- Như Điều 2;", "- Sở NN&PTNT (b/c);", "- Lưu: VT, NN."],
        seal="ỦY BAN NHÂN DÂN * HUYỆN LẠC THỦY *", hand="scribble", aim=(0.0, 0.0), lift=8.0,
    ),
    Doc9(
        slug="qd-cap-the-hdv-quoc-te-bao-tram", family="huongdan",
        issuer=["UBND TỈNH BR-VT", "SỞ DU LỊCH"],
        number="356", notation="QĐ-SDL", place="Bà Rịa - Vũng Tàu", date_text="21 tháng 10 năm 2021",
        issued="2021-10-21",
        title=["QUYẾT ĐỊNH"],
        subject=["Về việc cấp thẻ hướng dẫn viên du lịch quốc tế", "cho bà Huỳnh Ngọc Bảo Trâm"],
        body=["GIÁM ĐỐC SỞ DU LỊCH", _LUAT_DU_LICH, _TT_06,
              ("Xét hồ sơ đề nghị cấp thẻ hướng dẫn viên du lịch quốc tế nộp ngày 05 tháng 10 năm 2021 và đề nghị "
               "của Trưởng phòng Quản lý lữ hành,"),
              "QUYẾT ĐỊNH:",
              ("Điều 1. Cấp thẻ hướng dẫn viên du lịch quốc tế cho bà Huỳnh Ngọc Bảo Trâm, sinh ngày 23/11/1992, số "
               "định danh cá nhân 077192581569, thường trú tại số 18 đường Thùy Vân, phường 2, thành phố Vũng Tàu, "
               "như sau:"),
              "- Số thẻ: 177211406.",
              "- Ngoại ngữ sử dụng: tiếng Nga.",
              ("- Nơi đăng ký hành nghề: Công ty TNHH Lữ hành Sóng Biển Xanh, mã số doanh nghiệp 3501375742."),
              "- Thẻ có giá trị đến ngày 20 tháng 10 năm 2026.",
              ("Điều 2. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Sở, Trưởng phòng Quản lý lữ hành "
               "và bà Huỳnh Ngọc Bảo Trâm chịu trách nhiệm thi hành Quyết định này.")],
        signer_position=["Q. GIÁM ĐỐC"], signer_name="Lê Nguyễn Thị Hoài Thương",
        holder_name="Huỳnh Ngọc Bảo Trâm", holder_id="077192581569", holder_id_type="cccd", valid_until="2026-10-20",
        recipients=["- Như Điều 2;", "- Tổng cục Du lịch (b/c);", "- Lưu: VT, QLLH."],
        seal="SỞ DU LỊCH * TỈNH BÀ RỊA - VŨNG TÀU *", hand="underline", aim=(32.0, 8.0), lift=14.0,
    ),
    Doc9(
        slug="qd-cap-the-hdv-tai-diem-lang-noi-tan-lap", family="huongdan",
        issuer=["UBND TỈNH LONG AN", "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH"],
        number="729", notation="QĐ-SVHTTDL", place="Tân An", date_text="14 tháng 7 năm 2022", issued="2022-07-14",
        title=["QUYẾT ĐỊNH"], subject=["Về việc cấp thẻ hướng dẫn viên du lịch tại điểm"],
        body=["GIÁM ĐỐC SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", _LUAT_DU_LICH, _TT_06,
              ("Xét kết quả kiểm tra nghiệp vụ hướng dẫn du lịch tại điểm ngày 24 tháng 6 năm 2022 và đề nghị của "
               "Trưởng phòng Quản lý du lịch,"),
              "QUYẾT ĐỊNH:",
              "Điều 1. Cấp thẻ hướng dẫn viên du lịch tại điểm cho:",
              "Họ và tên: Trương Thị Mộng Tuyền",
              "Ngày sinh: 09/4/1996; số định danh cá nhân: 080196612416",
              "Số thẻ: 380220117",
              "Địa điểm hành nghề: Khu du lịch sinh thái Làng nổi Tân Lập, huyện Mộc Hóa, tỉnh Long An.",
              "Điều 2. Người được cấp thẻ hành nghề đúng địa điểm ghi trên thẻ, đeo thẻ khi hành nghề.",
              ("Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Sở, Trưởng phòng Quản lý du lịch "
               "và bà Trương Thị Mộng Tuyền chịu trách nhiệm thi hành Quyết định này.")],
        signer_position=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], signer_name="Phạm Quốc Hưng",
        holder_name="Trương Thị Mộng Tuyền", holder_id="080196612416", holder_id_type="cccd",
        recipients=["- Như Điều 3;", "- Ban quản lý Khu du lịch Làng nổi Tân Lập;", "- Lưu: VT, QLDL."],
        seal="SỞ VHTTDL * TỈNH LONG AN *", hand="flourish", aim=(36.0, 10.0), lift=18.0,
    ),
    Doc9(
        slug="gp-ban-le-thuoc-la-lien-nghia", family="ruouthuocla",
        issuer=["UBND HUYỆN ĐỨC TRỌNG", "PHÒNG KINH TẾ VÀ HẠ TẦNG"],
        number="43", notation="GP-KTHT", place="Đức Trọng", date_text="23 tháng 4 năm 2019", issued="2019-04-23",
        title=["GIẤY PHÉP BÁN LẺ SẢN PHẨM THUỐC LÁ"], subject=[],
        body=["TRƯỞNG PHÒNG KINH TẾ VÀ HẠ TẦNG HUYỆN ĐỨC TRỌNG",
              ("Căn cứ Nghị định số 67/2013/NĐ-CP ngày 27 tháng 6 năm 2013 của Chính phủ quy định chi tiết một số "
               "điều và biện pháp thi hành Luật Phòng, chống tác hại của thuốc lá về kinh doanh thuốc lá, sửa đổi, "
               "bổ sung bởi Nghị định số 106/2017/NĐ-CP;"),
              "Xét đơn đề nghị cấp Giấy phép bán lẻ sản phẩm thuốc lá ngày 10 tháng 4 năm 2019 và hồ sơ kèm theo,",
              "CHO PHÉP:",
              "1. Tên thương nhân: Hộ kinh doanh Tuyết Lan",
              "2. Mã số thuế: 5801247047",
              "3. Chủ hộ kinh doanh: Bà Phạm Thị Tuyết Lan; số định danh cá nhân: 068179493703",
              "4. Địa chỉ: số 212 Quốc lộ 20, thị trấn Liên Nghĩa, huyện Đức Trọng.",
              ("5. Giấy chứng nhận đăng ký hộ kinh doanh số 42H8003317 do Phòng Tài chính - Kế hoạch huyện Đức Trọng "
               "cấp lần đầu ngày 11 tháng 4 năm 2016."),
              "6. Địa điểm bán lẻ sản phẩm thuốc lá: tại địa chỉ trên.",
              ("7. Được phép mua sản phẩm thuốc lá của thương nhân bán buôn: Công ty TNHH Thương mại Lâm Viên Phát, "
               "mã số doanh nghiệp 5800413862."),
              "Giấy phép này có thời hạn 05 năm kể từ ngày cấp."],
        signer_position=["KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG"], signer_name="Lữ Văn Đợi",
        holder_name="Hộ kinh doanh Tuyết Lan", holder_id="5801247047", holder_id_type="tax_code",
        recipients=["- Thương nhân được cấp phép;", "- Sở Công Thương (b/c);", "- Lưu: VT, KTHT."],
        seal="PHÒNG KINH TẾ VÀ HẠ TẦNG * ĐỨC TRỌNG *", handwritten=("code_number",),
        hand="loops", aim=(30.0, 6.0), lift=10.0,
    ),
    Doc9(
        slug="gp-ban-le-ruou-nam-rom", family="ruouthuocla", issuer=["UBND TP. ĐIỆN BIÊN PHỦ", "PHÒNG KINH TẾ"],
        number="118", notation="GP-PKT", place="Điện Biên Phủ", date_text="22 tháng 11 năm 2022",
        issued="2022-11-22",
        title=["GIẤY PHÉP BÁN LẺ RƯỢU"], subject=[],
        body=["TRƯỞNG PHÒNG KINH TẾ THÀNH PHỐ ĐIỆN BIÊN PHỦ",
              "Căn cứ Luật Phòng, chống tác hại của rượu, bia ngày 14 tháng 6 năm 2019;",
              "Căn cứ Nghị định số 105/2017/NĐ-CP ngày 14 tháng 9 năm 2017 của Chính phủ về kinh doanh rượu;",
              "Xét đơn đề nghị cấp Giấy phép bán lẻ rượu ngày 08 tháng 11 năm 2022 và hồ sơ kèm theo,",
              "CẤP PHÉP:",
              "1. Tên thương nhân: Công ty TNHH Thương mại Dịch vụ Nậm Rốm",
              "2. Mã số doanh nghiệp: 5600036399",
              "3. Địa chỉ trụ sở chính: số 45 tổ dân phố 6, phường Him Lam, thành phố Điện Biên Phủ, tỉnh Điện Biên.",
              "4. Người đại diện theo pháp luật: ông Lò Văn Piêng; chức danh: Giám đốc.",
              "5. Được phép bán lẻ rượu tại địa điểm: cửa hàng số 45 tổ dân phố 6, phường Him Lam.",
              ("6. Được phép mua rượu của: Công ty Cổ phần Phân phối Đồ uống Tây Bắc, mã số doanh nghiệp 5600111494; "
               "Công ty TNHH Sản xuất Rượu Mường Phăng, mã số doanh nghiệp 5600198343."),
              "7. Giấy phép có giá trị đến ngày 21 tháng 11 năm 2027."],
        signer_position=["TRƯỞNG PHÒNG"], signer_name="Giàng A Sử",
        holder_name="Công ty TNHH Thương mại Dịch vụ Nậm Rốm", holder_id="5600036399", holder_id_type="tax_code",
        valid_until="2027-11-21", recipients=["- Thương nhân được cấp phép;", "- Sở Công Thương (b/c);", "- Lưu: VT."],
        hand="scribble", aim=(34.0, 10.0),
    ),
    Doc9(
        slug="qd-cong-nhan-hoa-giai-vien-giao-hai", family="hoagiai",
        issuer=["UBND HUYỆN GIAO THỦY", "UBND XÃ GIAO HẢI"],
        number="25", notation="QĐ-UBND", place="Giao Hải", date_text="20 tháng 3 năm 2019", issued="2019-03-20",
        title=["QUYẾT ĐỊNH"], subject=["Về việc công nhận hòa giải viên"],
        body=["CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ GIAO HẢI", _CAN_CU_UBND, _LUAT_HOA_GIAI, _ND_15,
              ("Xét biên bản kết quả bầu hòa giải viên ngày 08 tháng 3 năm 2019 của xóm Hải Nam và đề nghị của "
               "Trưởng ban công tác Mặt trận xóm Hải Nam,"),
              "QUYẾT ĐỊNH:",
              ("Điều 1. Công nhận ông Vũ Văn Thụ, sinh ngày 14/9/1958, số định danh cá nhân 036058209182, thường "
               "trú tại xóm Hải Nam, xã Giao Hải, là hòa giải viên của Tổ hòa giải xóm Hải Nam."),
              ("Điều 2. Hòa giải viên có quyền và nghĩa vụ theo quy định tại Điều 9 và Điều 10 Luật Hòa giải ở cơ "
               "sở."),
              ("Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Văn phòng HĐND và UBND xã, công chức Tư pháp - Hộ "
               "tịch, Trưởng ban công tác Mặt trận xóm Hải Nam và ông Vũ Văn Thụ chịu trách nhiệm thi hành Quyết "
               "định này.")],
        signer_position=["CHỦ TỊCH"], signer_name="Đoàn Văn Nhượng",
        holder_name="Vũ Văn Thụ", holder_id="036058209182", holder_id_type="cccd",
        recipients=["- Như Điều 3;", "- Phòng Tư pháp huyện (b/c);", "- Lưu: VT, TP."],
        seal="ỦY BAN NHÂN DÂN * XÃ GIAO HẢI *", hand="underline", aim=(0.0, 0.0), lift=16.0,
    ),
    Doc9(
        slug="cv-thu-lao-hoa-giai-vien-mao-khe", family="hoagiai",
        issuer=["UBND THỊ XÃ ĐÔNG TRIỀU", "UBND PHƯỜNG MẠO KHÊ"],
        number="97", notation="UBND", place="Mạo Khê", date_text="30 tháng 11 năm 2020", issued="2020-11-30",
        title=[], subject=["V/v thanh toán thù lao", "cho hòa giải viên"],
        addressees=["Tổ hòa giải khu Vĩnh Xuân"],
        body=[("Ủy ban nhân dân phường Mạo Khê nhận được văn bản đề nghị thanh toán thù lao ngày 06 tháng 11 năm "
               "2020 của Tổ hòa giải khu Vĩnh Xuân cho bà Đặng Thị Xuyến, sinh ngày 21/7/1965, số định danh cá nhân "
               "022165517459, hòa giải viên, đã hòa giải thành vụ việc tranh chấp lối đi chung giữa hai hộ gia đình "
               "trong khu ngày 19 tháng 10 năm 2020."),
              ("Căn cứ Luật Hòa giải ở cơ sở ngày 20 tháng 6 năm 2013 và Nghị định số 15/2014/NĐ-CP ngày 27 tháng 02 "
               "năm 2014 của Chính phủ, Ủy ban nhân dân phường Mạo Khê đồng ý thanh toán thù lao như sau:"),
              "1. Người được thanh toán: bà Đặng Thị Xuyến, hòa giải viên Tổ hòa giải khu Vĩnh Xuân.",
              "2. Mức thù lao: 200.000 đồng/vụ việc (hai trăm nghìn đồng).",
              ("3. Hình thức thanh toán: nhận tiền mặt tại bộ phận kế toán Ủy ban nhân dân phường từ ngày 01 tháng 12 "
               "năm 2020."),
              ("Ủy ban nhân dân phường Mạo Khê thông báo để Tổ hòa giải khu Vĩnh Xuân và bà Đặng Thị Xuyến biết, thực "
               "hiện./.")],
        signer_position=["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], signer_name="Tạ Quỳnh",
        recipients=["- Như trên;", "- Bà Đặng Thị Xuyến;", "- Lưu: VT, KT."],
        seal="ỦY BAN NHÂN DÂN * PHƯỜNG MẠO KHÊ *", handwritten=("code_number", "issued_date"),
        hand="flourish", aim=(0.0, 0.0), lift=18.0,
    ),
    Doc9(
        slug="gxn-khuyet-tat-thach-kenh", family="khuyettat", issuer=["UBND HUYỆN THẠCH HÀ", "UBND XÃ THẠCH KÊNH"],
        number="16", notation="GXNKT", place="Thạch Kênh", date_text="14 tháng 12 năm 2021", issued="2021-12-14",
        title=["GIẤY XÁC NHẬN KHUYẾT TẬT"], subject=[],
        body=[_LUAT_NKT, _TT_01,
              ("Căn cứ biên bản họp Hội đồng xác định mức độ khuyết tật xã Thạch Kênh ngày 07 tháng 12 năm 2021,"),
              "ỦY BAN NHÂN DÂN XÃ THẠCH KÊNH XÁC NHẬN:",
              "Họ và tên: Phan Gia Huy",
              "Ngày, tháng, năm sinh: 12/5/2014; giới tính: Nam",
              "Số định danh cá nhân: 042214260099",
              "Nơi cư trú: thôn Bắc Kênh, xã Thạch Kênh, huyện Thạch Hà, tỉnh Hà Tĩnh.",
              "Dạng khuyết tật: khuyết tật trí tuệ.",
              "Mức độ khuyết tật: khuyết tật nặng.",
              ("Người đại diện hợp pháp: bà Nguyễn Thị Thu Sương (mẹ), sinh ngày 03/02/1988, số định danh cá nhân "
               "042188208076.")],
        signer_position=["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], signer_name="Võ Thị Diệu Hiền",
        holder_name="Phan Gia Huy", holder_id="042214260099", holder_id_type="cccd",
        recipients=["- Người được xác nhận;", "- Lưu: VT, LĐTBXH."],
        seal="ỦY BAN NHÂN DÂN * XÃ THẠCH KÊNH *", hand="scribble", aim=(34.0, 8.0), lift=16.0,
    ),
    Doc9(
        slug="gxn-khuyet-tat-ninh-hiep", family="khuyettat", issuer=["UBND THỊ XÃ NINH HÒA", "UBND PHƯỜNG NINH HIỆP"],
        number="54", notation="GXNKT", place="Ninh Hiệp", date_text="28 tháng 3 năm 2023", issued="2023-03-28",
        title=["GIẤY XÁC NHẬN KHUYẾT TẬT"], subject=[],
        body=[_LUAT_NKT, _TT_01,
              "Xét đơn đề nghị đổi giấy xác nhận khuyết tật ngày 15 tháng 3 năm 2023,",
              ("Ủy ban nhân dân phường Ninh Hiệp xác nhận ông Lê Văn Sáu, sinh ngày 08/02/1961, số định danh cá nhân "
               "056061661561, thường trú tại tổ dân phố 4, phường Ninh Hiệp, thị xã Ninh Hòa, tỉnh Khánh Hòa, là "
               "người khuyết tật:"),
              "Dạng khuyết tật: khuyết tật vận động.",
              "Mức độ khuyết tật: khuyết tật đặc biệt nặng.",
              ("Giấy xác nhận này thay thế Giấy xác nhận khuyết tật số 27/GXNKT do Ủy ban nhân dân phường Ninh Hiệp "
               "cấp ngày 16 tháng 5 năm 2016.")],
        signer_position=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer_name="Hồ Sĩ Thuận",
        holder_name="Lê Văn Sáu", holder_id="056061661561", holder_id_type="cccd",
        recipients=["- Người được xác nhận;", "- Phòng LĐTBXH thị xã;", "- Lưu: VT."],
        seal="ỦY BAN NHÂN DÂN * PHƯỜNG NINH HIỆP *", hand="underline", aim=(32.0, 6.0), lift=8.0, turn=(90.0,),
    ),
    Doc9(
        slug="gcn-du-dieu-kien-the-thao-quang-tien", family="thethao", issuer=["ỦY BAN NHÂN DÂN", "THÀNH PHỐ SẦM SƠN"],
        number="08", notation="GCN-UBND", place="Sầm Sơn", date_text="19 tháng 5 năm 2022", issued="2022-05-19",
        title=["GIẤY CHỨNG NHẬN ĐỦ ĐIỀU KIỆN", "KINH DOANH HOẠT ĐỘNG THỂ THAO"], subject=[],
        body=[_LUAT_TDTT,
              ("Căn cứ Nghị định số 36/2019/NĐ-CP ngày 29 tháng 4 năm 2019 của Chính phủ quy định chi tiết một số "
               "điều của Luật sửa đổi, bổ sung một số điều của Luật Thể dục, thể thao;"),
              ("Xét hồ sơ đề nghị cấp giấy chứng nhận đủ điều kiện kinh doanh hoạt động thể thao nộp ngày 04 tháng 5 "
               "năm 2022 và biên bản thẩm định điều kiện kinh doanh ngày 12 tháng 5 năm 2022,"),
              "CHỨNG NHẬN:",
              "1. Tên doanh nghiệp: Công ty TNHH Dịch vụ Thể thao Quảng Tiến",
              "2. Địa chỉ trụ sở chính: số 06 đường Nguyễn Du, phường Quảng Tiến, thành phố Sầm Sơn, tỉnh Thanh Hóa.",
              "3. Mã số doanh nghiệp: 2801200614",
              "4. Người đại diện theo pháp luật: ông Lê Đức Khanh; chức danh: Giám đốc.",
              ("5. Địa điểm kinh doanh hoạt động thể thao: Bể bơi Bốn Mùa, đường Hồ Xuân Hương, phường Quảng Tiến, "
               "thành phố Sầm Sơn."),
              "6. Danh mục hoạt động thể thao kinh doanh: Bơi, Lặn.",
              "Đủ điều kiện kinh doanh hoạt động thể thao theo quy định của pháp luật."],
        signer_position=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer_name="Lê Đình Thắng",
        holder_name="Công ty TNHH Dịch vụ Thể thao Quảng Tiến", holder_id="2801200614", holder_id_type="tax_code",
        recipients=["- Doanh nghiệp được cấp;", "- Sở VHTTDL tỉnh Thanh Hóa (b/c);", "- Lưu: VT, VHTT."],
        seal="ỦY BAN NHÂN DÂN * TP. SẦM SƠN *", hand="loops", aim=(36.0, 8.0), lift=6.0,
    ),
    Doc9(
        slug="qd-cong-nhan-clb-bong-chuyen-hoi-phu-dinh", family="thethao",
        issuer=["UBND HUYỆN ĐỊNH HÓA", "UBND XÃ PHÚ ĐÌNH"],
        number="71", notation="QĐ-UBND", place="Phú Đình", date_text="24 tháng 10 năm 2018", issued="2018-10-24",
        title=["QUYẾT ĐỊNH"], subject=["Về việc công nhận câu lạc bộ thể thao cơ sở"],
        body=["CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ PHÚ ĐÌNH", _CAN_CU_UBND,
              "Căn cứ Luật Thể dục, thể thao ngày 29 tháng 11 năm 2006;",
              ("Căn cứ Thông tư số 18/2011/TT-BVHTTDL ngày 02 tháng 12 năm 2011 của Bộ trưởng Bộ Văn hóa, Thể thao "
               "và Du lịch quy định mẫu về tổ chức và hoạt động của câu lạc bộ thể dục thể thao cơ sở;"),
              ("Xét đơn đề nghị công nhận câu lạc bộ thể thao cơ sở ngày 10 tháng 10 năm 2018 và đề nghị của công "
               "chức Văn hóa - Xã hội xã,"),
              "QUYẾT ĐỊNH:",
              ("Điều 1. Công nhận Câu lạc bộ Bóng chuyền hơi thôn Đồng Hòa, xã Phú Đình, là câu lạc bộ thể thao cơ "
               "sở, gồm 28 thành viên, sinh hoạt tại nhà văn hóa thôn Đồng Hòa."),
              ("Điều 2. Ông Hà Văn Quyết, sinh ngày 17/4/1979, số định danh cá nhân 019079742146, làm Chủ nhiệm câu "
               "lạc bộ; câu lạc bộ hoạt động theo quy chế do Chủ nhiệm ban hành, tự trang trải kinh phí."),
              ("Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Văn phòng HĐND và UBND xã, công chức Văn hóa - Xã "
               "hội, Trưởng thôn Đồng Hòa và ông Hà Văn Quyết chịu trách nhiệm thi hành Quyết định này.")],
        signer_position=["CHỦ TỊCH"], signer_name="Ma Đình Hưởng",
        holder_name="Câu lạc bộ Bóng chuyền hơi thôn Đồng Hòa",
        recipients=["- Như Điều 3;", "- Phòng VHTT huyện (b/c);", "- Lưu: VT."],
        seal="ỦY BAN NHÂN DÂN * XÃ PHÚ ĐÌNH *", hand="flourish", aim=(0.0, 0.0), lift=18.0,
    ),
]


def make_blind14(out: Path, docs=BLIND14, levels=LEVELS, only: set[str] | None = None) -> list[Path]:
    """As blind9, with seeds of its own; ``only`` (slugs) and ``levels`` draw just those files, as they are
    in the whole set."""
    return write_set(out, docs, levels, render, seed=3300, jpeg_seed=1200, no_dpi_parity=1, only=only)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, required=True, help="folder for scans/ and truth/")
    out = parser.parse_args().out
    for path in make_blind14(out):
        print(f"{path.relative_to(out)}  {path.stat().st_size // 1024} KiB")


if __name__ == "__main__":
    main()

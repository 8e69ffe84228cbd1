"""Blind set 11 (issue 13, after blind set 10): six more families of results, each as a 300 dpi scan and
as a phone photo, signed and sealed as in blind sets 8 to 10. Written without looking at the rules or
running them on it, measured once.

Families (Decree 30/2020 appendix I positions: issuer column top left, motto top right, number under
the issuer, place and date under the motto, title centred, signer bottom right, "Nơi nhận:" bottom left):
  quangcao   advertising: a province's "SỞ XÂY DỰNG" permitting a billboard, "GIẤY PHÉP XÂY DỰNG" /
             "CÔNG TRÌNH QUẢNG CÁO" (two capitals lines), the advertising company on a "1. Chủ đầu tư: …"
             row, "2. Mã số doanh nghiệp: …" under it, its director with a CCCD below, "Giấy phép có hiệu
             lực khởi công trong thời hạn 12 tháng kể từ ngày cấp"; and a "SỞ VĂN HÓA VÀ THỂ THAO"'s
             "THÔNG BÁO" / "Về việc tiếp nhận văn bản thông báo" / "sản phẩm quảng cáo trên
             băng-rôn" with a centred "Kính gửi: …" line, the company on a "Tên tổ chức thông báo: …" row,
             "Mã số thuế: …" under it, "Thời hạn treo: từ ngày 05/9/2022 đến ngày 18/9/2022", signed
             "TL. GIÁM ĐỐC" / "TRƯỞNG PHÒNG QUẢN LÝ VĂN HÓA" without a seal;
  phanbon    farm inputs, of a province's "CHI CỤC TRỒNG TRỌT VÀ BVTV" under its "SỞ NN&PTNT": a
             "GIẤY CHỨNG NHẬN" / "ĐỦ ĐIỀU KIỆN BUÔN BÁN PHÂN BÓN" for a company ("1. Tên tổ chức, cá
             nhân: …", "2. Mã số doanh nghiệp: …"), its legal representative named below; and a "GIẤY
             CHỨNG NHẬN ĐỦ ĐIỀU KIỆN" / "BUÔN BÁN THUỐC BẢO VỆ THỰC VẬT" for a man trading in his own name
             ("1. Tên tổ chức, cá nhân: Ông …", "2. Sinh ngày: …; số căn cước công dân: …"), his shop's
             name and the person selling in it on rows below, "có giá trị 05 năm kể từ ngày cấp";
  nhansu     a district's decisions on a school's staff: "Về việc nghỉ hưu để hưởng chế độ bảo hiểm xã
             hội" on two pages (its last article, the signer and "Nơi nhận:" on page 2), the teacher named
             in a sentence ("Điều 1. Cho bà A, sinh ngày …, số định danh cá nhân …, giáo viên …, được nghỉ
             hưu … kể từ ngày 01 tháng 10 năm 2021"), her salary paid "đến hết ngày 30 tháng 9 năm 2021";
             and "Về việc bổ nhiệm Hiệu trưởng" / "Trường Trung học cơ sở …", "Điều 1. Bổ nhiệm ông A,
             sinh ngày …, số định danh cá nhân …, …", "Thời hạn giữ chức vụ là 05 năm kể từ ngày …";
  sukien     events: a province's "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH" deciding "Về việc cho phép tổ chức
             giải thi đấu thể thao", Article 1 "Cho phép Công ty …, mã số doanh nghiệp …, tổ chức Giải …",
             Article 2 "Thời gian tổ chức: từ ngày 12/11/2022 đến ngày 13/11/2022"; and a city's decision
             "Về việc cho phép tổ chức Lễ hội Cầu ngư" / "vạn Thủy Tú năm 2019" for a fishing
             community's worship board (no tax code), the man answerable for it named with his CCCD;
  mientien   land-use fees: a district tax office's ("CỤC THUẾ TỈNH …" / "CHI CỤC THUẾ HUYỆN …")
             decision "Về việc miễn tiền sử dụng đất", Article 1 "Miễn tiền sử dụng đất cho hộ ông A (chủ
             hộ), sinh ngày …, số định danh cá nhân …"; and a district's "Về việc giảm tiền sử dụng đất
             đối với người có công" / "với cách mạng" numbered and dated by hand (blind5's pen), Article 1
             "Giảm 80% tiền sử dụng đất cho bà A, sinh ngày …, số định danh cá nhân …, thân nhân liệt sĩ
             (vợ liệt sĩ B)";
  antang     burials: a commune's "GIẤY PHÉP" / "Di chuyển, cải táng mộ" (two-line issuer, commune
             under its district) for the son of the dead ("Người đề nghị: Ông …", "Sinh ngày: …; số định
             danh cá nhân: …" rows), the dead man named below without a birth date, "Giấy phép có giá
             trị đến hết ngày 31 tháng 7 năm 2018", signed "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH"; and a
             district's decision "Về việc hỗ trợ chi phí mai táng", Article 1 "Hỗ trợ chi phí mai táng cho
             ông A, sinh ngày …, số định danh cá nhân …, …, người trực tiếp tổ chức mai táng cho bà B (…,
             đã chết ngày …)".
Every document is signed in blue ballpoint in one of blind7's four hands, on eight of them coming down
across the printed name (blind8's ``aim``), and all but one carry a red round seal over the left part
of the signer block, lifted by blind8's ``lift``. Signers' names have two, three and four syllables;
signer blocks "KT.", "TL." and "TM." all occur; seven issuers are a parent and a child organ in two lines
(the other five "ỦY BAN NHÂN DÂN" over a district or city).

Truth conventions (decided before any run): blind4's, as its docstring states them (organ_name,
code_number/code_notation, issued_date, place, type_name, subject, signer_position/signer_full_name,
holder_name and holder_id), with blind5's to blind10's additions (their docstrings). New here:
  advertising      a billboard permit: the holder is the investor, the name on the "Chủ đầu tư:" row as
                   printed, ``holder_id`` the "Mã số doanh nghiệp:" row under it (``tax_code``); its
                   director and the director's CCCD never; the title in two capitals lines joined
                   (blind6's rule), ``subject`` None; "hiệu lực khởi công trong thời hạn 12 tháng kể từ
                   ngày cấp" gives None, as any period counted from a day does. A banner notice: the holder
                   is the organisation on the "Tên tổ chức thông báo:" row (the same as on the "Kính gửi:"
                   line), ``holder_id`` the "Mã số thuế:" row under it; the two-line "Về việc …" is
                   ``subject``; "Thời hạn treo: từ ngày … đến ngày …" gives ``valid_until`` the second
                   date (blind7's rule, blind4's numeric dates);
  farm inputs      the holder is whoever is named on the "Tên tổ chức, cá nhân:" row, as printed, without
                   "Ông" / "Bà": a company with ``holder_id`` the "Mã số doanh nghiệp:" row under it
                   (``tax_code``), or a person with ``holder_id`` the CCCD printed on the row under them
                   (``cccd``); a legal representative, the shop's name ("Tên cửa hàng: …"), the person
                   selling in it, a warehouse's address and area never; "có giá trị 05 năm kể từ ngày cấp"
                   gives None; a certificate stating no validity has None; the title in two capitals
                   lines joined, ``subject`` None;
  staff decisions  the holder is the person named after "Cho bà" / "Bổ nhiệm ông" in Article 1 (a
                   sentence, not a labelled row), without "ông" / "bà", ``holder_id`` the personal number
                   printed with them (``cccd``); the schools, the salary-grade code ("V.07.03.29") and
                   the application ("Tờ trình số 14/TTr-TH") never; the day retirement starts ("kể từ ngày
                   01 tháng 10 năm 2021"), the last day salary is paid ("đến hết ngày 30 tháng 9 năm
                   2021", not a validity of the decision) and "Thời hạn giữ chức vụ là 05 năm kể từ ngày
                   …" all give None;
  events           the holder is the organiser named after "Cho phép" in Article 1, up to the first comma:
                   a company with ``holder_id`` the "mã số doanh nghiệp" printed right after its name
                   (``tax_code``), or a worship board with ``holder_id`` None; the man answerable for the
                   festival and his CCCD never; the event's "Thời gian tổ chức: từ ngày … đến ngày …" gives
                   ``valid_until`` the second date (what is permitted ends then; blind7's rule); the lunar
                   dates in brackets never;
  land-use fees    the holder is the person named after "cho hộ ông" / "cho bà" in Article 1, without
                   "hộ ông" / "bà" (blind7's land rule), ``holder_id`` the personal number printed with
                   them (``cccd``); the martyr the widow is related to, the parcel, the map sheet and the
                   amounts never; no ``valid_until``;
  burials          a permit to move a grave: the holder is the applicant on the "Người đề nghị:" row,
                   without "Ông", ``holder_id`` the "số định danh cá nhân" on the row under them; the dead
                   never; "Giấy phép có giá trị đến hết ngày 31 tháng 7 năm 2018" is ``valid_until``
                   (blind8's "đến hết ngày" is "đến ngày"). A funeral-cost support decision: the holder is
                   the person named after "Hỗ trợ chi phí mai táng cho ông" in Article 1 (who organised the
                   burial), ``holder_id`` the personal number printed with him; the dead woman and the day
                   she died never;
  pages            a two-page document's fields come from both pages, as one document;
  signatures and seals   as blind7 and blind8: the truth is the text as printed under them.

Renderings, seeds and truth files as blind9's (``make_blind9`` draws them): ``scan`` (300 dpi, light
degradation, PDF) and ``photo`` (80-150 dpi JPEG, perspective, uneven light, half without a DPI; the
two-page document's photos in one PDF). No page is turned.

    python samples/blind11.py --out benchmarks/out/blind11
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind3 import write_set
from blind5 import _CAN_CU_UBND
from blind9 import LEVELS, Doc9, lay_out, render

__all__ = ["BLIND11", "FAMILIES", "LEVELS", "Doc9", "lay_out", "make_blind11", "render"]

FAMILIES = ("quangcao", "phanbon", "nhansu", "sukien", "mientien", "antang")

_LUAT_QC = "Căn cứ Luật Quảng cáo ngày 21 tháng 6 năm 2012;"
_ND_115 = ("Căn cứ Nghị định số 115/2020/NĐ-CP ngày 25 tháng 9 năm 2020 của Chính phủ quy định về tuyển dụng, sử "
           "dụng và quản lý viên chức;")
_ND_45 = ("Căn cứ Nghị định số 45/2014/NĐ-CP ngày 15 tháng 5 năm 2014 của Chính phủ quy định về thu tiền sử dụng "
          "đất;")

BLIND11 = [
    Doc9(
        slug="gpxd-cong-trinh-quang-cao-tra-ba", family="quangcao", issuer=["UBND TỈNH GIA LAI", "SỞ XÂY DỰNG"],
        number="329", notation="GPXD-SXD", place="Pleiku", date_text="14 tháng 9 năm 2022", issued="2022-09-14",
        title=["GIẤY PHÉP XÂY DỰNG", "CÔNG TRÌNH QUẢNG CÁO"], subject=[],
        body=["GIÁM ĐỐC SỞ XÂY DỰNG TỈNH GIA LAI",
              ("Căn cứ Luật Quảng cáo ngày 21 tháng 6 năm 2012; Luật Xây dựng ngày 18 tháng 6 năm 2014; Luật sửa "
               "đổi, bổ sung một số điều của Luật Xây dựng ngày 17 tháng 6 năm 2020;"),
              ("Căn cứ Nghị định số 15/2021/NĐ-CP ngày 03 tháng 3 năm 2021 của Chính phủ quy định chi tiết một số "
               "nội dung về quản lý dự án đầu tư xây dựng;"),
              ("Xét đơn đề nghị cấp giấy phép xây dựng công trình quảng cáo nộp ngày 25 tháng 8 năm 2022 và hồ sơ "
               "kèm theo,"),
              "CẤP GIẤY PHÉP XÂY DỰNG CHO:",
              "1. Chủ đầu tư: Công ty TNHH Truyền thông Quảng cáo Phố Núi",
              "2. Mã số doanh nghiệp: 5901728467",
              ("3. Người đại diện theo pháp luật: Ông Đào Hữu Nghị; chức danh: Giám đốc; số căn cước công dân "
               "064080003715."),
              ("4. Được phép xây dựng: bảng quảng cáo tấm lớn hai mặt, kết cấu khung thép một trụ; diện tích mặt "
               "bảng 8 m x 16 m; chiều cao công trình 22 m."),
              ("5. Địa điểm: thửa đất số 214, tờ bản đồ số 37, đường Trường Chinh, phường Trà Bá, thành phố Pleiku, "
               "tỉnh Gia Lai."),
              ("6. Giấy phép có hiệu lực khởi công trong thời hạn 12 tháng kể từ ngày cấp; quá thời hạn trên mà chưa "
               "khởi công thì chủ đầu tư phải đề nghị gia hạn giấy phép.")],
        signer_position=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], signer_name="Trịnh Quốc Đảm",
        holder_name="Công ty TNHH Truyền thông Quảng cáo Phố Núi", holder_id="5901728467", holder_id_type="tax_code",
        recipients=["- Chủ đầu tư;", "- UBND TP. Pleiku;", "- Lưu: VT, QLXD."],
        seal="SỞ XÂY DỰNG * TỈNH GIA LAI *", hand="loops", aim=(34.0, 8.0), lift=12.0,
    ),
    Doc9(
        slug="tb-quang-cao-bang-ron-me-xung-hue", family="quangcao",
        issuer=["UBND TỈNH TT HUẾ", "SỞ VĂN HÓA VÀ THỂ THAO"],
        number="1427", notation="TB-SVHTT", place="Thừa Thiên Huế", date_text="25 tháng 8 năm 2022",
        issued="2022-08-25",
        title=["THÔNG BÁO"], subject=["Về việc tiếp nhận văn bản thông báo", "sản phẩm quảng cáo trên băng-rôn"],
        addressees=["Công ty Cổ phần Mè Xửng Sông Hương"],
        body=[(_LUAT_QC[:-1] + "; Nghị định số 181/2013/NĐ-CP ngày 14 tháng 11 năm 2013 của Chính phủ quy định chi "
               "tiết thi hành một số điều của Luật Quảng cáo;"),
              ("Sở Văn hóa và Thể thao tỉnh Thừa Thiên Huế đã nhận văn bản thông báo sản phẩm quảng cáo trên "
               "băng-rôn ngày 17 tháng 8 năm 2022 của:"),
              "Tên tổ chức thông báo: Công ty Cổ phần Mè Xửng Sông Hương",
              "Mã số thuế: 3301728599",
              "Địa chỉ: số 42 đường Chi Lăng, phường Phú Hậu, thành phố Huế, tỉnh Thừa Thiên Huế.",
              ("Nội dung quảng cáo: giới thiệu sản phẩm mè xửng Sông Hương nhân dịp Tuần lễ Văn hóa ẩm thực Huế "
               "năm 2022; số lượng: 60 băng-rôn ngang, kích thước 0,8 m x 6 m."),
              "Địa điểm treo: các tuyến đường Lê Lợi, Hùng Vương, Trần Hưng Đạo trên địa bàn thành phố Huế.",
              "Thời hạn treo: từ ngày 05/9/2022 đến ngày 18/9/2022.",
              ("Hết thời hạn treo, Công ty có trách nhiệm tháo dỡ băng-rôn. Sở Văn hóa và Thể thao thông báo để "
               "Công ty biết, thực hiện./.")],
        signer_position=["TL. GIÁM ĐỐC", "TRƯỞNG PHÒNG QUẢN LÝ VĂN HÓA"], signer_name="Huỳnh Thị Mỹ Xuyến",
        holder_name="Công ty Cổ phần Mè Xửng Sông Hương", holder_id="3301728599", holder_id_type="tax_code",
        valid_until="2022-09-18", recipients=["- Như trên;", "- UBND thành phố Huế;", "- Lưu: VT, QLVH."],
        hand="scribble", aim=(30.0, 6.0),
    ),
    Doc9(
        slug="gcn-du-dieu-kien-buon-ban-phan-bon-dong-xoai", family="phanbon",
        issuer=["SỞ NN&PTNT BÌNH PHƯỚC", "CHI CỤC TRỒNG TRỌT VÀ BVTV"],
        number="63", notation="GCN-TTBVTV", place="Đồng Xoài", date_text="18 tháng 6 năm 2019", issued="2019-06-18",
        title=["GIẤY CHỨNG NHẬN", "ĐỦ ĐIỀU KIỆN BUÔN BÁN PHÂN BÓN"], subject=[],
        body=["Căn cứ Nghị định số 108/2017/NĐ-CP ngày 20 tháng 9 năm 2017 của Chính phủ về quản lý phân bón;",
              ("Xét hồ sơ đề nghị cấp Giấy chứng nhận đủ điều kiện buôn bán phân bón nộp ngày 04 tháng 6 năm 2019 "
               "và biên bản kiểm tra điều kiện buôn bán phân bón ngày 12 tháng 6 năm 2019,"),
              "CHI CỤC TRỒNG TRỌT VÀ BVTV TỈNH BÌNH PHƯỚC CHỨNG NHẬN:",
              "1. Tên tổ chức, cá nhân: Công ty TNHH Phân bón Hoa Lư Đồng Xoài",
              "2. Mã số doanh nghiệp: 3801946274",
              "3. Địa chỉ trụ sở: số 418 Quốc lộ 14, phường Tân Bình, thành phố Đồng Xoài, tỉnh Bình Phước.",
              ("4. Địa điểm buôn bán: kho hàng tại tổ 6, khu phố Xuân Bình, phường Tân Bình, thành phố Đồng Xoài; "
               "diện tích kho 450 m²."),
              "5. Người đại diện theo pháp luật: Bà Hứa Thị Kim Loan; chức danh: Giám đốc.",
              ("Đủ điều kiện buôn bán phân bón theo quy định tại Nghị định số 108/2017/NĐ-CP ngày 20 tháng 9 năm "
               "2017 của Chính phủ.")],
        signer_position=["KT. CHI CỤC TRƯỞNG", "PHÓ CHI CỤC TRƯỞNG"], signer_name="Lâm Hữu Phước",
        holder_name="Công ty TNHH Phân bón Hoa Lư Đồng Xoài", holder_id="3801946274", holder_id_type="tax_code",
        recipients=["- Tổ chức được cấp;", "- Sở NN&PTNT (b/c);", "- Lưu: VT, TTBVTV."],
        seal="CHI CỤC TT VÀ BVTV * BÌNH PHƯỚC *", hand="underline", aim=(0.0, 0.0), lift=14.0,
    ),
    Doc9(
        slug="gcn-du-dieu-kien-buon-ban-thuoc-bvtv-bac-quang", family="phanbon",
        issuer=["SỞ NN&PTNT HÀ GIANG", "CHI CỤC TRỒNG TRỌT VÀ BVTV"],
        number="117", notation="GCN-CCTTBVTV", place="Hà Giang", date_text="11 tháng 4 năm 2023", issued="2023-04-11",
        title=["GIẤY CHỨNG NHẬN ĐỦ ĐIỀU KIỆN", "BUÔN BÁN THUỐC BẢO VỆ THỰC VẬT"], subject=[],
        body=["Căn cứ Luật Bảo vệ và kiểm dịch thực vật ngày 25 tháng 11 năm 2013;",
              ("Căn cứ Thông tư số 21/2015/TT-BNNPTNT ngày 08 tháng 6 năm 2015 của Bộ trưởng Bộ Nông nghiệp và "
               "Phát triển nông thôn về quản lý thuốc bảo vệ thực vật;"),
              ("Xét hồ sơ đề nghị cấp Giấy chứng nhận đủ điều kiện buôn bán thuốc bảo vệ thực vật nộp ngày 22 tháng "
               "3 năm 2023,"),
              "CHỨNG NHẬN:",
              "1. Tên tổ chức, cá nhân: Ông Lương Văn Khiển",
              "2. Sinh ngày: 09/4/1979; số căn cước công dân: 002079005836",
              "3. Tên cửa hàng: Cửa hàng vật tư nông nghiệp Khiển Hoa",
              "4. Địa điểm buôn bán: tổ 5, thị trấn Việt Quang, huyện Bắc Quang, tỉnh Hà Giang.",
              "5. Người trực tiếp bán hàng: Bà Hà Thị Hoa; trình độ chuyên môn: trung cấp bảo vệ thực vật.",
              "Đủ điều kiện buôn bán thuốc bảo vệ thực vật. Giấy chứng nhận có giá trị 05 năm kể từ ngày cấp."],
        signer_position=["CHI CỤC TRƯỞNG"], signer_name="Nông Thị Thu Huyền",
        holder_name="Lương Văn Khiển", holder_id="002079005836", holder_id_type="cccd",
        recipients=["- Cá nhân được cấp;", "- Trạm TT và BVTV huyện Bắc Quang;", "- Lưu: VT."],
        seal="CHI CỤC TT VÀ BVTV * HÀ GIANG *", hand="flourish", aim=(36.0, 8.0), lift=10.0,
    ),
    Doc9(
        slug="qd-nghi-huu-giao-vien-thanh-chuong", family="nhansu", issuer=["ỦY BAN NHÂN DÂN", "HUYỆN THANH CHƯƠNG"],
        number="2746", notation="QĐ-UBND", place="Thanh Chương", date_text="15 tháng 7 năm 2021",
        issued="2021-07-15", title=["QUYẾT ĐỊNH"], subject=["Về việc nghỉ hưu để hưởng chế độ bảo hiểm xã hội"],
        body=["CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN THANH CHƯƠNG", _CAN_CU_UBND,
              "Căn cứ Bộ luật Lao động ngày 20 tháng 11 năm 2019; Luật Bảo hiểm xã hội ngày 20 tháng 11 năm 2014;",
              "Căn cứ Nghị định số 135/2020/NĐ-CP ngày 18 tháng 11 năm 2020 của Chính phủ quy định về tuổi nghỉ hưu;",
              _ND_115,
              ("Căn cứ Quyết định số 25/2016/QĐ-UBND ngày 14 tháng 3 năm 2016 của Ủy ban nhân dân tỉnh Nghệ An "
               "ban hành Quy định về phân cấp quản lý tổ chức bộ máy, biên chế và cán bộ, công chức, viên chức;"),
              ("Xét đề nghị của Hiệu trưởng Trường Tiểu học Thanh Liên tại Tờ trình số 14/TTr-TH ngày 28 tháng 6 "
               "năm 2021 và của Trưởng phòng Nội vụ huyện,"),
              "QUYẾT ĐỊNH:",
              ("Điều 1. Cho bà Nguyễn Thị Thanh Nhàn, sinh ngày 12/5/1966, số định danh cá nhân 040166007259, "
               "giáo viên hạng III Trường Tiểu học Thanh Liên, mã số chức danh V.07.03.29, được nghỉ hưu để hưởng "
               "chế độ bảo hiểm xã hội kể từ ngày 01 tháng 10 năm 2021."),
              ("Điều 2. Bà Nguyễn Thị Thanh Nhàn được hưởng chế độ bảo hiểm xã hội theo quy định của Luật Bảo hiểm "
               "xã hội; thời gian đóng bảo hiểm xã hội tính đến thời điểm nghỉ hưu: 33 năm 04 tháng."),
              ("Điều 3. Trường Tiểu học Thanh Liên có trách nhiệm chi trả tiền lương đến hết ngày 30 tháng 9 năm "
               "2021, hoàn tất hồ sơ hưởng chế độ hưu trí chuyển Bảo hiểm xã hội huyện và thực hiện chế độ đối với "
               "bà Nguyễn Thị Thanh Nhàn theo quy định."),
              ("Điều 4. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng "
               "Nội vụ, Trưởng phòng Giáo dục và Đào tạo, Giám đốc Bảo hiểm xã hội huyện, Hiệu trưởng Trường Tiểu "
               "học Thanh Liên và bà Nguyễn Thị Thanh Nhàn chịu trách nhiệm thi hành Quyết định này.")],
        signer_position=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer_name="Phan Đình Tường",
        holder_name="Nguyễn Thị Thanh Nhàn", holder_id="040166007259", holder_id_type="cccd",
        recipients=["- Như Điều 4;", "- Sở Nội vụ (b/c);", "- Lưu: VT, NV."],
        seal="ỦY BAN NHÂN DÂN * HUYỆN THANH CHƯƠNG *", hand="underline", aim=(34.0, 8.0), lift=14.0,
    ),
    Doc9(
        slug="qd-bo-nhiem-hieu-truong-ha-linh", family="nhansu", issuer=["ỦY BAN NHÂN DÂN", "HUYỆN HƯƠNG KHÊ"],
        number="1893", notation="QĐ-UBND", place="Hương Khê", date_text="29 tháng 7 năm 2020", issued="2020-07-29",
        title=["QUYẾT ĐỊNH"], subject=["Về việc bổ nhiệm Hiệu trưởng", "Trường Trung học cơ sở Hà Linh"],
        body=["CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN HƯƠNG KHÊ", _ND_115,
              ("Xét kết quả lấy phiếu tín nhiệm ngày 10 tháng 7 năm 2020 và đề nghị của Trưởng phòng Nội vụ, "
               "Trưởng phòng Giáo dục và Đào tạo huyện,"),
              "QUYẾT ĐỊNH:",
              ("Điều 1. Bổ nhiệm ông Trần Hậu Lĩnh, sinh ngày 03/02/1978, số định danh cá nhân 042078004913, Phó "
               "Hiệu trưởng Trường Trung học cơ sở Hương Long, giữ chức vụ Hiệu trưởng Trường Trung học cơ sở Hà "
               "Linh kể từ ngày 01 tháng 8 năm 2020."),
              ("Điều 2. Thời hạn giữ chức vụ là 05 năm kể từ ngày 01 tháng 8 năm 2020; ông Trần Hậu Lĩnh được hưởng "
               "phụ cấp chức vụ hệ số 0,35 theo quy định."),
              ("Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng "
               "Nội vụ, Trưởng phòng Giáo dục và Đào tạo, Hiệu trưởng các trường có tên tại Điều 1 và ông Trần Hậu "
               "Lĩnh chịu trách nhiệm thi hành Quyết định này.")],
        signer_position=["CHỦ TỊCH"], signer_name="Đặng Hiến",
        holder_name="Trần Hậu Lĩnh", holder_id="042078004913", holder_id_type="cccd",
        recipients=["- Như Điều 3;", "- Lưu: VT, NV."], seal="ỦY BAN NHÂN DÂN * HUYỆN HƯƠNG KHÊ *",
        hand="loops", aim=(0.0, 0.0), lift=16.0,
    ),
    Doc9(
        slug="qd-cho-phep-giai-chay-vinh-hy", family="sukien",
        issuer=["UBND TỈNH NINH THUẬN", "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH"],
        number="635", notation="QĐ-SVHTTDL", place="Phan Rang - Tháp Chàm", date_text="20 tháng 10 năm 2022",
        issued="2022-10-20", title=["QUYẾT ĐỊNH"], subject=["Về việc cho phép tổ chức giải thi đấu thể thao"],
        body=["GIÁM ĐỐC SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH NINH THUẬN",
              ("Căn cứ Luật Thể dục, thể thao ngày 29 tháng 11 năm 2006; Luật sửa đổi, bổ sung một số điều của Luật "
               "Thể dục, thể thao ngày 14 tháng 6 năm 2018;"),
              ("Căn cứ Nghị định số 36/2019/NĐ-CP ngày 29 tháng 4 năm 2019 của Chính phủ quy định chi tiết một số "
               "điều của Luật sửa đổi, bổ sung một số điều của Luật Thể dục, thể thao;"),
              ("Xét hồ sơ đề nghị tổ chức giải thi đấu thể thao nộp ngày 03 tháng 10 năm 2022 và đề nghị của Trưởng "
               "phòng Quản lý Thể dục thể thao,"),
              "QUYẾT ĐỊNH:",
              ("Điều 1. Cho phép Công ty TNHH Sự kiện Thể thao Biển Ninh Chữ, mã số doanh nghiệp 4501273968, tổ "
               "chức Giải chạy bán marathon Vịnh Vĩnh Hy mở rộng năm 2022."),
              ("Điều 2. Thời gian tổ chức: từ ngày 12/11/2022 đến ngày 13/11/2022. Địa điểm: xuất phát và về đích "
               "tại bãi biển Ninh Chữ, phường Văn Hải, thành phố Phan Rang - Tháp Chàm; quy mô khoảng 2.500 vận "
               "động viên; cự ly 5 km, 10 km và 21 km."),
              ("Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Sở, Trưởng phòng Quản lý Thể dục "
               "thể thao và Công ty TNHH Sự kiện Thể thao Biển Ninh Chữ chịu trách nhiệm thi hành Quyết định này.")],
        signer_position=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], signer_name="Đàng Năng Thọ",
        holder_name="Công ty TNHH Sự kiện Thể thao Biển Ninh Chữ", holder_id="4501273968", holder_id_type="tax_code",
        valid_until="2022-11-13", recipients=["- Như Điều 3;", "- Công an tỉnh;", "- Lưu: VT, QLTDTT."],
        seal="SỞ VHTTDL * TỈNH NINH THUẬN *", hand="scribble", aim=(0.0, 0.0), lift=16.0,
    ),
    Doc9(
        slug="qd-cho-phep-le-hoi-cau-ngu-thuy-tu", family="sukien", issuer=["ỦY BAN NHÂN DÂN", "THÀNH PHỐ PHAN THIẾT"],
        number="4102", notation="QĐ-UBND", place="Phan Thiết", date_text="24 tháng 01 năm 2019", issued="2019-01-24",
        title=["QUYẾT ĐỊNH"], subject=["Về việc cho phép tổ chức Lễ hội Cầu ngư", "vạn Thủy Tú năm 2019"],
        body=["CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ PHAN THIẾT", _CAN_CU_UBND,
              ("Căn cứ Nghị định số 110/2018/NĐ-CP ngày 29 tháng 8 năm 2018 của Chính phủ quy định về quản lý và tổ "
               "chức lễ hội;"),
              ("Xét văn bản đăng ký tổ chức lễ hội ngày 08 tháng 01 năm 2019 của Ban Quý tế vạn Thủy Tú và đề nghị "
               "của Trưởng phòng Văn hóa và Thông tin thành phố,"),
              "QUYẾT ĐỊNH:",
              ("Điều 1. Cho phép Ban Quý tế vạn Thủy Tú, phường Đức Thắng, tổ chức Lễ hội Cầu ngư vạn Thủy Tú năm "
               "2019 tại di tích Vạn Thủy Tú, số 17 đường Ngư Ông, phường Đức Thắng, thành phố Phan Thiết."),
              ("Điều 2. Thời gian tổ chức: từ ngày 14/3/2019 đến ngày 16/3/2019 (nhằm ngày 08 đến ngày 10 tháng Hai "
               "năm Kỷ Hợi). Người chịu trách nhiệm tổ chức: ông Lư Văn Ngộ, Trưởng Ban Quý tế; số căn cước công "
               "dân 060052001478."),
              ("Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND thành phố, Trưởng "
               "phòng Văn hóa và Thông tin, Trưởng Công an thành phố, Chủ tịch UBND phường Đức Thắng và Ban Quý tế "
               "vạn Thủy Tú chịu trách nhiệm thi hành Quyết định này.")],
        signer_position=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer_name="Tăng Thị Bạch Yến",
        holder_name="Ban Quý tế vạn Thủy Tú", valid_until="2019-03-16",
        recipients=["- Như Điều 3;", "- Sở VHTTDL (b/c);", "- Lưu: VT, VHTT."],
        seal="ỦY BAN NHÂN DÂN * TP. PHAN THIẾT *", hand="underline", aim=(32.0, 8.0), lift=6.0,
    ),
    Doc9(
        slug="qd-mien-tien-su-dung-dat-ban-hon", family="mientien",
        issuer=["CỤC THUẾ TỈNH LAI CHÂU", "CHI CỤC THUẾ HUYỆN TAM ĐƯỜNG"],
        number="94", notation="QĐ-CCT", place="Tam Đường", date_text="13 tháng 10 năm 2020", issued="2020-10-13",
        title=["QUYẾT ĐỊNH"], subject=["Về việc miễn tiền sử dụng đất"],
        body=["CHI CỤC TRƯỞNG CHI CỤC THUẾ HUYỆN TAM ĐƯỜNG",
              "Căn cứ Luật Quản lý thuế ngày 13 tháng 6 năm 2019;",
              _ND_45,
              ("Căn cứ Thông tư số 76/2014/TT-BTC ngày 16 tháng 6 năm 2014 của Bộ Tài chính hướng dẫn một số điều "
               "của Nghị định số 45/2014/NĐ-CP;"),
              ("Xét hồ sơ đề nghị miễn tiền sử dụng đất do Chi nhánh Văn phòng đăng ký đất đai huyện Tam Đường "
               "chuyển đến ngày 28 tháng 9 năm 2020,"),
              "QUYẾT ĐỊNH:",
              ("Điều 1. Miễn tiền sử dụng đất cho hộ ông Lò Văn Pọm (chủ hộ), sinh ngày 17/8/1984, số định danh cá "
               "nhân 012084003692, bản Nà Tăm, xã Bản Hon, huyện Tam Đường, là hộ nghèo được giao đất ở tái định "
               "cư; thửa đất số 126, tờ bản đồ số 09, diện tích 180 m²; số tiền sử dụng đất được miễn: 32.400.000 "
               "đồng."),
              ("Điều 2. Quyết định này có hiệu lực kể từ ngày ký. Đội Trước bạ và thu khác, Chi nhánh Văn phòng đăng "
               "ký đất đai huyện và hộ ông Lò Văn Pọm chịu trách nhiệm thi hành Quyết định này.")],
        signer_position=["KT. CHI CỤC TRƯỞNG", "PHÓ CHI CỤC TRƯỞNG"], signer_name="Tao Văn Xiêng",
        holder_name="Lò Văn Pọm", holder_id="012084003692", holder_id_type="cccd",
        recipients=["- Như Điều 2;", "- Cục Thuế tỉnh (b/c);", "- Lưu: VT, TBTK."],
        seal="CHI CỤC THUẾ * HUYỆN TAM ĐƯỜNG *", hand="flourish", aim=(0.0, 0.0), lift=12.0,
    ),
    Doc9(
        slug="qd-giam-tien-su-dung-dat-nguoi-co-cong-krong-bong", family="mientien",
        issuer=["ỦY BAN NHÂN DÂN", "HUYỆN KRÔNG BÔNG"],
        number="1347", notation="QĐ-UBND", place="Krông Bông", date_text="14 tháng 3 năm 2019", issued="2019-03-14",
        title=["QUYẾT ĐỊNH"], subject=["Về việc giảm tiền sử dụng đất đối với người có công", "với cách mạng"],
        body=["CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN KRÔNG BÔNG", _CAN_CU_UBND, _ND_45,
              ("Căn cứ Quyết định số 118/TTg ngày 27 tháng 02 năm 1996 của Thủ tướng Chính phủ về việc hỗ trợ người "
               "có công với cách mạng cải thiện nhà ở;"),
              "Xét đề nghị của Trưởng phòng Lao động - Thương binh và Xã hội và Chi cục trưởng Chi cục Thuế huyện,",
              "QUYẾT ĐỊNH:",
              ("Điều 1. Giảm 80% tiền sử dụng đất cho bà Phan Thị Lài, sinh ngày 06/11/1952, số định danh cá nhân "
               "066152004187, thân nhân liệt sĩ (vợ liệt sĩ Trần Văn Khởi), thôn 3, xã Hòa Sơn, huyện Krông Bông, "
               "khi được công nhận quyền sử dụng đất ở tại thửa đất số 57, tờ bản đồ số 21, diện tích 200 m²; số "
               "tiền được giảm: 28.800.000 đồng."),
              ("Điều 2. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng "
               "Lao động - Thương binh và Xã hội, Chi cục trưởng Chi cục Thuế huyện và bà Phan Thị Lài chịu trách "
               "nhiệm thi hành Quyết định này.")],
        signer_position=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer_name="Y Ngông Niê Kđăm",
        holder_name="Phan Thị Lài", holder_id="066152004187", holder_id_type="cccd",
        recipients=["- Như Điều 2;", "- Sở LĐTBXH (b/c);", "- Lưu: VT."], seal="ỦY BAN NHÂN DÂN * HUYỆN KRÔNG BÔNG *",
        handwritten=("code_number", "issued_date"), hand="loops", aim=(30.0, 6.0), lift=12.0,
    ),
    Doc9(
        slug="gp-cai-tang-mo-hai-que", family="antang", issuer=["UBND HUYỆN HẢI LĂNG", "UBND XÃ HẢI QUẾ"],
        number="17", notation="GP-UBND", place="Hải Quế", date_text="09 tháng 5 năm 2018", issued="2018-05-09",
        title=["GIẤY PHÉP"], subject=["Di chuyển, cải táng mộ"],
        body=[("Căn cứ Nghị định số 23/2016/NĐ-CP ngày 05 tháng 4 năm 2016 của Chính phủ về xây dựng, quản lý, sử "
               "dụng nghĩa trang và cơ sở hỏa táng;"),
              "Xét đơn đề nghị di chuyển, cải táng mộ ngày 02 tháng 5 năm 2018 và xác nhận của Trưởng thôn Thâm Khê,",
              "ỦY BAN NHÂN DÂN XÃ HẢI QUẾ CHO PHÉP:",
              "Người đề nghị: Ông Hoàng Xuân Tịnh",
              "Sinh ngày: 21/02/1961; số định danh cá nhân: 045061002934",
              "Nơi cư trú: thôn Thâm Khê, xã Hải Quế, huyện Hải Lăng, tỉnh Quảng Trị.",
              "Quan hệ với người đã mất: con trưởng.",
              ("Được di chuyển, cải táng mộ của cụ ông Hoàng Xuân Lược, mất năm 1987, hiện táng tại xứ đồng Cồn "
               "Lăng, thôn Thâm Khê, đến an táng tại Nghĩa trang nhân dân xã Hải Quế, khu C, lô 4."),
              ("Khi cải táng phải bảo đảm vệ sinh môi trường, che chắn kín và thực hiện đúng nếp sống văn minh trong "
               "việc tang."),
              "Giấy phép có giá trị đến hết ngày 31 tháng 7 năm 2018."],
        signer_position=["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], signer_name="Lê Phước",
        holder_name="Hoàng Xuân Tịnh", holder_id="045061002934", holder_id_type="cccd", valid_until="2018-07-31",
        recipients=["- Ông Hoàng Xuân Tịnh;", "- Ban quản lý nghĩa trang xã;", "- Lưu: VT."],
        seal="ỦY BAN NHÂN DÂN * XÃ HẢI QUẾ *", hand="scribble", aim=(34.0, 8.0), lift=16.0,
    ),
    Doc9(
        slug="qd-ho-tro-chi-phi-mai-tang-bao-lac", family="antang", issuer=["ỦY BAN NHÂN DÂN", "HUYỆN BẢO LẠC"],
        number="905", notation="QĐ-UBND", place="Bảo Lạc", date_text="06 tháng 3 năm 2023", issued="2023-03-06",
        title=["QUYẾT ĐỊNH"], subject=["Về việc hỗ trợ chi phí mai táng"],
        body=["CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN BẢO LẠC", _CAN_CU_UBND,
              ("Căn cứ Nghị định số 20/2021/NĐ-CP ngày 15 tháng 3 năm 2021 của Chính phủ quy định chính sách trợ "
               "giúp xã hội đối với đối tượng bảo trợ xã hội;"),
              "Xét đề nghị của Chủ tịch UBND xã Cô Ba và Trưởng phòng Lao động - Thương binh và Xã hội huyện,",
              "QUYẾT ĐỊNH:",
              ("Điều 1. Hỗ trợ chi phí mai táng cho ông Nông Văn Sình, sinh ngày 08/12/1975, số định danh cá nhân "
               "004075006351, thôn Nà Van, xã Cô Ba, huyện Bảo Lạc, là con trai, người trực tiếp tổ chức mai táng cho "
               "bà Hoàng Thị Páo (đối tượng hưởng trợ cấp xã hội hằng tháng, đã chết ngày 14 tháng 02 năm 2023)."),
              "Mức hỗ trợ: 7.200.000 đồng (bảy triệu hai trăm nghìn đồng), chi trả một lần.",
              ("Điều 2. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng "
               "Lao động - Thương binh và Xã hội, Chủ tịch UBND xã Cô Ba và ông Nông Văn Sình chịu trách nhiệm thi "
               "hành Quyết định này.")],
        signer_position=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer_name="Hoàng Văn Lượt",
        holder_name="Nông Văn Sình", holder_id="004075006351", holder_id_type="cccd",
        recipients=["- Như Điều 2;", "- Lưu: VT, LĐTBXH."], seal="ỦY BAN NHÂN DÂN * HUYỆN BẢO LẠC *",
        hand="flourish", aim=(36.0, 10.0), lift=8.0,
    ),
]


def make_blind11(out: Path, docs=BLIND11, levels=LEVELS, only: set[str] | None = None) -> list[Path]:
    """As blind9, with seeds of its own; ``only`` (slugs) and ``levels`` draw just those files, as they are
    in the whole set."""
    return write_set(out, docs, levels, render, seed=2700, jpeg_seed=900, no_dpi_parity=1, only=only)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, required=True, help="folder for scans/ and truth/")
    out = parser.parse_args().out
    for path in make_blind11(out):
        print(f"{path.relative_to(out)}  {path.stat().st_size // 1024} KiB")


if __name__ == "__main__":
    main()

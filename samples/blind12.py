"""Blind set 12 (issue 13, after blind set 11): six more families of results, each as a 300 dpi scan and
as a phone photo, signed and sealed as in blind sets 8 to 11, with one scan page fed sideways. Written
without looking at the rules or running them on it, measured once.

Families (Decree 30/2020 appendix I positions: issuer column top left, motto top right, number under
the issuer, place and date under the motto, title centred, signer bottom right, "Nơi nhận:" bottom left):
  baohiem    social insurance: a province's social insurance office ("BẢO HIỂM XÃ HỘI VIỆT NAM" / "BHXH
             TỈNH THỪA THIÊN HUẾ") deciding "Về việc hưởng lương hưu hằng tháng" on two pages (the end of
             Article 2, Articles 3 and 4, the signer and "Nơi nhận:" on page 2), the pensioner on labelled
             rows inside Article 1 ("Điều 1. Giải quyết hưởng lương hưu hằng tháng đối với:" / "Ông (bà):
             …" / "Sinh ngày: …; số định danh cá nhân: …" / "Mã số bảo hiểm xã hội: …", ten digits), "kể
             từ ngày 01 tháng 8 năm 2022"; and a "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"'s "Về việc hưởng trợ cấp thất
             nghiệp", numbered and dated by hand (blind5's pen), Article 1 "Ông A, sinh ngày …, số định
             danh cá nhân …, số sổ bảo hiểm xã hội …, được hưởng trợ cấp thất nghiệp như sau:", "- Thời
             gian hưởng: từ ngày 14/6/2022 đến ngày 13/10/2022.";
  kiemdich   animal health, of a province's "CHI CỤC CHĂN NUÔI VÀ THÚ Y" under its "SỞ NN&PTNT": a
             "GIẤY CHỨNG NHẬN KIỂM DỊCH" / "Động vật vận chuyển ra khỏi địa bàn cấp tỉnh" for a pig
             trader ("1. Tên chủ hàng: Ông …", "2. Sinh ngày: …; số căn cước công dân: …"), the farm, the
             slaughterhouse, the truck's plate and a laboratory report ("số 0915/KQXN-TTCĐ ngày 02 tháng 3
             năm 2021") on rows below, "có giá trị đến hết ngày 06 tháng 3 năm 2021", signed
             "Q. CHI CỤC TRƯỞNG", its scan fed sideways; and a "GIẤY CHỨNG NHẬN" / "CƠ SỞ AN TOÀN DỊCH
             BỆNH ĐỘNG VẬT" (two capitals lines) naming the farm ("Tên cơ sở: Trại gà giống …") and, on
             the row under it, its owner, a company ("Chủ cơ sở: Công ty …", "Mã số doanh nghiệp: …"),
             "có hiệu lực đến ngày 20 tháng 11 năm 2025";
  tauca      fishing vessels: a "CHI CỤC THỦY SẢN"'s "GIẤY CHỨNG NHẬN ĐĂNG KÝ TÀU CÁ" (one line), the
             vessel's "Số đăng ký: NA-90627-TS" first, then "Tên chủ tàu: …" and "Sinh ngày: …; số định
             danh cá nhân: …" rows, the skipper named below; and a Sở's công văn "V/v chấp thuận đóng mới
             tàu cá" / "cho ông …" in the issuer's column, two addressees (the fisherman and the
             shipyard), the fisherman's birth date and personal number in the body, the shipyard with its
             enterprise code, "có giá trị trong thời hạn 12 tháng kể từ ngày ký", signed "TL. GIÁM ĐỐC" /
             "CHI CỤC TRƯỞNG CHI CỤC THỦY SẢN";
  sinhvien   student support from universities (a ministry or a national university over the school): a
             decision "Về việc miễn học phí" / "đối với sinh viên H'Nhi Byă" (the student inside the
             subject), Article 1 "Miễn 100% học phí cho sinh viên A, sinh ngày …, số định danh cá nhân …,
             mã số sinh viên …", "kể từ học kỳ I năm học 2022 - 2023 đến hết khóa học"; and a "GIẤY XÁC
             NHẬN" / "(Dùng cho sinh viên vay vốn tín dụng)" for a student loan ("Họ và tên sinh viên: …",
             "Ngày sinh: …; số định danh cá nhân: …", the student code, "thời gian ra trường dự kiến:
             tháng 6 năm 2026", the school's bank account), signed "TL. HIỆU TRƯỞNG" / "TRƯỞNG PHÒNG CÔNG
             TÁC SINH VIÊN" without a seal;
  lylich     criminal-record certificates of a province's "SỞ TƯ PHÁP", "Số: …/STP-LLTP" under the issuer:
             a "PHIẾU LÝ LỊCH TƯ PHÁP SỐ 1" (the "SỐ 1" in the title) and a "PHIẾU LÝ LỊCH TƯ PHÁP SỐ 2",
             the person on rows ("Họ và tên: …", "Ngày, tháng, năm sinh: …", "Nơi sinh: …", "Số định danh
             cá nhân: …; ngày cấp: …"), the second with the parents and the wife on rows and a conviction
             since cleared ("Bản án số 27/2015/HS-ST ngày 14 tháng 7 năm 2015 của Tòa án nhân dân thành
             phố Bảo Lộc"); neither has a "Nơi nhận:" block, as the printed form has none;
  dichvu     tourism and entertainment services: a province's "SỞ DU LỊCH" deciding "Về việc công nhận
             hạng cơ sở lưu trú du lịch", Article 1 "Công nhận hạng 2 sao đối với cơ sở lưu trú du lịch
             sau:" with "- …" rows (the hotel's name, its address, then "- Tên doanh nghiệp: Công ty …",
             "- Mã số doanh nghiệp: …"), "Thời hạn công nhận hạng là 05 năm kể từ ngày ký"; and a city's
             "GIẤY PHÉP ĐỦ ĐIỀU KIỆN KINH DOANH" / "DỊCH VỤ KARAOKE" for a household business ("1. Tên hộ
             kinh doanh: Hộ kinh doanh …", "2. Mã số hộ kinh doanh: …", "3. Chủ hộ kinh doanh: Bà …"),
             signed "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" (three lines).
Every document is signed in blue ballpoint in one of blind7's four hands, on eight of them coming down
across the printed name (blind8's ``aim``), and all but one carry a red round seal over the left part
of the signer block, lifted by blind8's ``lift``. Signers' names have two, three, four and five
syllables ("Đoàn Khuê", "Tôn Nữ Thị Hoàng Yến"); signer blocks "KT.", "TL.", "TM." and "Q." all occur;
eleven issuers are a parent and a child organ in two lines (the other "ỦY BAN NHÂN DÂN" over a city).

Truth conventions (decided before any run): blind4's, as its docstring states them (organ_name,
code_number/code_notation, issued_date, place, type_name, subject, signer_position/signer_full_name,
holder_name and holder_id), with blind5's to blind11's additions (their docstrings). New here:
  social insurance   a pension decision: the holder is the person on the "Ông (bà):" row inside Article
                   1, as printed, ``holder_id`` the "số định danh cá nhân" on the row under it (``cccd``);
                   the ten-digit "Mã số bảo hiểm xã hội: …" is never ``holder_id`` (though its check digit
                   is a tax code's, as blind10's project codes), nor is the employer; the day the pension
                   starts ("kể từ ngày 01 tháng 8 năm 2022") gives None, and the amounts are never a field.
                   An unemployment-benefit decision: the holder is the person named right after
                   "Điều 1." ("Điều 1. Ông A, sinh ngày …"), without "Ông", ``holder_id`` the personal
                   number printed with him; the "số sổ bảo hiểm xã hội" never; the benefit's "Thời gian
                   hưởng: từ ngày 14/6/2022 đến ngày 13/10/2022" gives ``valid_until`` the second date (what
                   is granted ends then: blind7's rule, as blind11's events);
  animal health    a quarantine certificate: "GIẤY CHỨNG NHẬN KIỂM DỊCH" is ``type_name`` and the
                   sentence-case line under it ``subject`` (blind5's two-line rule); the holder is the
                   trader on the "Tên chủ hàng:" row, without "Ông", ``holder_id`` the CCCD on the row under
                   him; the farm, the slaughterhouse, the plate ("60H-027.41") and the laboratory report
                   (its number and its date) never; "có giá trị đến hết ngày 06 tháng 3 năm 2021" is
                   ``valid_until`` (blind8's "đến hết ngày" is "đến ngày"). A disease-free farm
                   certificate: the holder is the OWNER on the "Chủ cơ sở:" row, a company, ``holder_id``
                   the "Mã số doanh nghiệp:" row under it (``tax_code``); the farm's own name on the "Tên
                   cơ sở:" row is never the holder (unlike blind7's "Cơ sở:" row, which named the business
                   itself, its tax code under it), nor is the farm's "Mã số cơ sở an toàn dịch bệnh: …";
                   "Giấy chứng nhận có hiệu lực đến ngày …" is ``valid_until``; the title in two capitals
                   lines joined (blind6's rule), ``subject`` None;
  fishing vessels  a registration certificate: the holder is the owner on the "Tên chủ tàu:" row,
                   ``holder_id`` the personal number on the row under him (``cccd``); the vessel's
                   registration number ("NA-90627-TS") is neither ``code_number`` nor ``holder_id``; the
                   skipper never; no validity is printed: None. The công văn approving a new vessel keeps
                   blind5's rule: ``type_name`` "CÔNG VĂN", ``subject`` its two "V/v" lines joined as
                   printed, holder fields None, though the approval is for the fisherman named in it with
                   his birth date and personal number; the shipyard and its enterprise code never; "có giá
                   trị trong thời hạn 12 tháng kể từ ngày ký" gives None;
  student support  a fee exemption: the two-line subject "Về việc miễn học phí" / "đối với sinh viên …"
                   is ``subject``, joined (blind5's two-line rule); the holder is the student it names,
                   the same as after "cho sinh viên" in Article 1, without "sinh viên", ``holder_id`` the
                   personal number printed with her in Article 1 (``cccd``); the student code ("mã số sinh
                   viên 21A1070043") and the class never; "kể từ học kỳ I … đến hết khóa học" gives None.
                   A loan confirmation: "GIẤY XÁC NHẬN" is ``type_name``, the bracketed line under it
                   ``subject`` as printed, brackets included (blind7's rule); the holder is the student on
                   the "Họ và tên sinh viên:" row, ``holder_id`` the personal number on the row under her
                   ("Ngày sinh: …; số định danh cá nhân: …"); the student code, the school's bank account
                   and the bank never; "thời gian ra trường dự kiến: tháng 6 năm 2026" is no validity:
                   None;
  criminal records  ``type_name`` the whole title, "PHIẾU LÝ LỊCH TƯ PHÁP SỐ 1" / "… SỐ 2": the "SỐ 1"
                   belongs to the title and is never ``code_number``, which is the number on the "Số:" line
                   under the issuer, as always; ``subject`` None; the holder is the person on the "Họ và
                   tên:" row, ``holder_id`` the number on the "Số định danh cá nhân:" row, without its
                   "ngày cấp" and "nơi cấp" (blind8's rule); the place of birth is never ``place``; the
                   parents and the wife never; a judgment ("Bản án số 27/2015/HS-ST ngày …") is never the
                   number, the date or the issuer; a phiếu states no validity: None; no "Nơi nhận:" block
                   changes no field;
  services         a hotel's grading decision: the holder is the enterprise on the "- Tên doanh nghiệp:"
                   row of Article 1, ``holder_id`` the "- Mã số doanh nghiệp:" row under it (``tax_code``);
                   the hotel's name on the "- Tên cơ sở lưu trú du lịch:" row never (as the farm above: an
                   establishment printed apart from the business owning it is not the holder); the grade
                   ("hạng 2 sao") and the TCVN standard never; "Thời hạn công nhận hạng là 05 năm kể từ
                   ngày ký" gives None. A karaoke licence: the title in two capitals lines joined
                   (blind6's rule), ``subject`` None; the holder is the household business on the "Tên hộ
                   kinh doanh:" row, as printed ("Hộ kinh doanh …"), ``holder_id`` the "Mã số hộ kinh
                   doanh:" row under it (``tax_code``; blind6's household rule); the "Chủ hộ kinh doanh:"
                   never; "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" is ``signer_position``,
                   its three lines joined by a space; a licence stating no end has None;
  pages turned     a scan page fed sideways, turned a quarter clockwise (its text running top to bottom),
                   changes no field; a two-page document's fields come from both pages, as one document;
  signatures and seals   as blind7 and blind8: the truth is the text as printed under them.

Renderings, seeds and truth files as blind9's (``make_blind9`` draws them): ``scan`` (300 dpi, light
degradation, PDF) and ``photo`` (80-150 dpi JPEG, perspective, uneven light, half without a DPI; the
two-page document's photos in one PDF). Only the scans are turned (``turn``): the quarantine
certificate's page lies a quarter turn clockwise (-90); the phone photographs each page as it lies.

    python samples/blind12.py --out benchmarks/out/blind12
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind3 import write_set
from blind5 import _CAN_CU_UBND
from blind9 import LEVELS, Doc9, lay_out, render

__all__ = ["BLIND12", "FAMILIES", "LEVELS", "Doc9", "lay_out", "make_blind12", "render"]

FAMILIES = ("baohiem", "kiemdich", "tauca", "sinhvien", "lylich", "dichvu")

_LUAT_THU_Y = "Căn cứ Luật Thú y ngày 19 tháng 6 năm 2015;"
_LUAT_LLTP = "Căn cứ Luật Lý lịch tư pháp ngày 17 tháng 6 năm 2009;"

BLIND12 = [
    Doc9(
        slug="qd-huong-luong-huu-hang-thang-vy-da", family="baohiem",
        issuer=["BẢO HIỂM XÃ HỘI VIỆT NAM", "BHXH TỈNH THỪA THIÊN HUẾ"],
        number="2238", notation="QĐ-BHXH", place="Huế", date_text="27 tháng 7 năm 2022", issued="2022-07-27",
        title=["QUYẾT ĐỊNH"], subject=["Về việc hưởng lương hưu hằng tháng"],
        body=["GIÁM ĐỐC BẢO HIỂM XÃ HỘI TỈNH THỪA THIÊN HUẾ",
              "Căn cứ Luật Bảo hiểm xã hội ngày 20 tháng 11 năm 2014;",
              ("Căn cứ Nghị định số 115/2015/NĐ-CP ngày 11 tháng 11 năm 2015 của Chính phủ quy định chi tiết một số "
               "điều của Luật Bảo hiểm xã hội về bảo hiểm xã hội bắt buộc; Nghị định số 135/2020/NĐ-CP ngày 18 "
               "tháng 11 năm 2020 của Chính phủ quy định về tuổi nghỉ hưu;"),
              ("Căn cứ Thông tư số 59/2015/TT-BLĐTBXH ngày 29 tháng 12 năm 2015 của Bộ trưởng Bộ Lao động - Thương "
               "binh và Xã hội quy định chi tiết và hướng dẫn thi hành một số điều của Luật Bảo hiểm xã hội về bảo "
               "hiểm xã hội bắt buộc;"),
              ("Căn cứ Quyết định số 166/QĐ-BHXH ngày 31 tháng 01 năm 2019 của Tổng Giám đốc Bảo hiểm xã hội Việt "
               "Nam ban hành Quy trình giải quyết hưởng các chế độ bảo hiểm xã hội, chi trả các chế độ bảo hiểm xã "
               "hội, bảo hiểm thất nghiệp;"),
              ("Xét hồ sơ đề nghị giải quyết hưởng lương hưu do Công ty Cổ phần Dệt may Thủy Phương chuyển đến ngày "
               "11 tháng 7 năm 2022 và đề nghị của Trưởng phòng Chế độ bảo hiểm xã hội,"),
              "QUYẾT ĐỊNH:",
              "Điều 1. Giải quyết hưởng lương hưu hằng tháng đối với:",
              "Ông (bà): Phạm Thị Diệu Hiền",
              "Sinh ngày: 18/11/1966; số định danh cá nhân: 046166004372",
              "Mã số bảo hiểm xã hội: 4615038277",
              "Nơi cư trú: số 9 kiệt 42 đường Nguyễn Sinh Cung, phường Vỹ Dạ, thành phố Huế, tỉnh Thừa Thiên Huế.",
              ("Đơn vị công tác trước khi nghỉ hưu: Công ty Cổ phần Dệt may Thủy Phương; chức danh nghề nghiệp: công "
               "nhân may bậc 5/7."),
              "Được hưởng lương hưu hằng tháng kể từ ngày 01 tháng 8 năm 2022.",
              ("Điều 2. Thời gian đóng bảo hiểm xã hội: 28 năm 04 tháng; tỷ lệ hưởng lương hưu: 72,00%; mức bình "
               "quân tiền lương tháng đóng bảo hiểm xã hội: 9.864.200 đồng; mức lương hưu hằng tháng: 7.102.224 "
               "đồng (bảy triệu một trăm linh hai nghìn hai trăm hai mươi bốn đồng)."),
              ("Điều 3. Bà Phạm Thị Diệu Hiền được cấp thẻ bảo hiểm y tế theo quy định; lương hưu được chi trả qua "
               "tài khoản cá nhân hoặc qua Bưu điện thành phố Huế kể từ tháng 8 năm 2022. Trường hợp có thay đổi "
               "nơi cư trú hoặc hình thức nhận lương hưu, bà có trách nhiệm thông báo cho cơ quan bảo hiểm xã hội."),
              ("Điều 4. Quyết định này có hiệu lực kể từ ngày ký. Trưởng phòng Chế độ bảo hiểm xã hội, Trưởng phòng "
               "Kế hoạch - Tài chính, Giám đốc Bưu điện tỉnh Thừa Thiên Huế, Giám đốc Công ty Cổ phần Dệt may Thủy "
               "Phương và bà Phạm Thị Diệu Hiền chịu trách nhiệm thi hành Quyết định này.")],
        signer_position=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], signer_name="Tôn Nữ Thị Hoàng Yến",
        holder_name="Phạm Thị Diệu Hiền", holder_id="046166004372", holder_id_type="cccd",
        recipients=["- Như Điều 4;", "- BHXH Việt Nam (b/c);", "- Lưu: VT, CĐBHXH."],
        seal="BẢO HIỂM XÃ HỘI * TỈNH TT HUẾ *", hand="loops", aim=(34.0, 8.0), lift=12.0,
    ),
    Doc9(
        slug="qd-huong-tro-cap-that-nghiep-rach-gia", family="baohiem",
        issuer=["UBND TỈNH KIÊN GIANG", "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"],
        number="1684", notation="QĐ-SLĐTBXH", place="Rạch Giá", date_text="08 tháng 6 năm 2022", issued="2022-06-08",
        title=["QUYẾT ĐỊNH"], subject=["Về việc hưởng trợ cấp thất nghiệp"],
        body=["GIÁM ĐỐC SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH KIÊN GIANG",
              "Căn cứ Luật Việc làm ngày 16 tháng 11 năm 2013;",
              ("Căn cứ Nghị định số 28/2015/NĐ-CP ngày 12 tháng 3 năm 2015 của Chính phủ quy định chi tiết thi hành "
               "một số điều của Luật Việc làm về bảo hiểm thất nghiệp; Nghị định số 61/2020/NĐ-CP ngày 29 tháng 5 "
               "năm 2020 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 28/2015/NĐ-CP;"),
              "Xét đề nghị của Giám đốc Trung tâm Dịch vụ việc làm tỉnh Kiên Giang,",
              "QUYẾT ĐỊNH:",
              ("Điều 1. Ông Trịnh Minh Sang, sinh ngày 23/02/1990, số định danh cá nhân 091090012648, số sổ bảo hiểm "
               "xã hội 9112085632, được hưởng trợ cấp thất nghiệp như sau:"),
              "- Số tháng được hưởng trợ cấp thất nghiệp: 04 tháng.",
              "- Thời gian hưởng: từ ngày 14/6/2022 đến ngày 13/10/2022.",
              "- Mức trợ cấp thất nghiệp hằng tháng: 3.918.000 đồng.",
              "- Nơi nhận trợ cấp: Bưu điện thành phố Rạch Giá, tỉnh Kiên Giang.",
              ("Điều 2. Ông Trịnh Minh Sang có trách nhiệm thông báo hằng tháng về việc tìm kiếm việc làm với Trung "
               "tâm Dịch vụ việc làm tỉnh Kiên Giang theo quy định."),
              ("Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Giám đốc Trung tâm Dịch vụ việc làm, Giám đốc Bảo "
               "hiểm xã hội tỉnh Kiên Giang và ông Trịnh Minh Sang chịu trách nhiệm thi hành Quyết định này.")],
        signer_position=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], signer_name="Trần Quốc Thắng",
        holder_name="Trịnh Minh Sang", holder_id="091090012648", holder_id_type="cccd", valid_until="2022-10-13",
        recipients=["- Như Điều 3;", "- Cục Việc làm (b/c);", "- Lưu: VT, TTDVVL."],
        seal="SỞ LAO ĐỘNG - TB VÀ XH * KIÊN GIANG *", handwritten=("code_number", "issued_date"),
        hand="underline", aim=(30.0, 6.0), lift=14.0,
    ),
    Doc9(
        slug="gcn-kiem-dich-lon-thit-cam-my", family="kiemdich",
        issuer=["SỞ NN&PTNT ĐỒNG NAI", "CHI CỤC CHĂN NUÔI VÀ THÚ Y"],
        number="1924", notation="CN-KDĐV", place="Biên Hòa", date_text="04 tháng 3 năm 2021", issued="2021-03-04",
        title=["GIẤY CHỨNG NHẬN KIỂM DỊCH"], subject=["Động vật vận chuyển ra khỏi địa bàn cấp tỉnh"],
        body=[_LUAT_THU_Y,
              ("Căn cứ Thông tư số 25/2016/TT-BNNPTNT ngày 30 tháng 6 năm 2016 của Bộ trưởng Bộ Nông nghiệp và "
               "Phát triển nông thôn quy định về kiểm dịch động vật, sản phẩm động vật trên cạn;"),
              "Xét giấy đăng ký kiểm dịch ngày 03 tháng 3 năm 2021,",
              "CHI CỤC CHĂN NUÔI VÀ THÚ Y TỈNH ĐỒNG NAI CHỨNG NHẬN:",
              "1. Tên chủ hàng: Ông Lại Văn Nhứt",
              "2. Sinh ngày: 11/9/1981; số căn cước công dân: 075081003914",
              "3. Địa chỉ: ấp Suối Râm, xã Long Giao, huyện Cẩm Mỹ, tỉnh Đồng Nai.",
              "4. Động vật vận chuyển: lợn thịt; số lượng: 165 con; khối lượng: 17.820 kg.",
              "5. Nơi xuất phát: trại lợn Nhứt Thành, xã Long Giao, huyện Cẩm Mỹ.",
              "6. Nơi đến: Cơ sở giết mổ gia súc Xuyên Á, huyện Củ Chi, TP. Hồ Chí Minh.",
              "7. Phương tiện vận chuyển: xe ô tô biển kiểm soát 60H-027.41.",
              ("Số động vật trên đã được kiểm dịch, xét nghiệm âm tính với bệnh Dịch tả lợn châu Phi (Phiếu kết quả "
               "xét nghiệm số 0915/KQXN-TTCĐ ngày 02 tháng 3 năm 2021), đủ điều kiện vận chuyển."),
              "Giấy chứng nhận có giá trị đến hết ngày 06 tháng 3 năm 2021."],
        signer_position=["Q. CHI CỤC TRƯỞNG"], signer_name="Lưu Đức Thịnh",
        holder_name="Lại Văn Nhứt", holder_id="075081003914", holder_id_type="cccd", valid_until="2021-03-06",
        recipients=["- Chủ hàng;", "- Trạm Kiểm dịch động vật;", "- Lưu: VT, KD."],
        seal="CHI CỤC CN VÀ THÚ Y * ĐỒNG NAI *", hand="scribble", aim=(0.0, 0.0), lift=10.0, turn=(-90.0,),
    ),
    Doc9(
        slug="gcn-co-so-an-toan-dich-benh-cat-hanh", family="kiemdich",
        issuer=["SỞ NN&PTNT BÌNH ĐỊNH", "CHI CỤC CHĂN NUÔI VÀ THÚ Y"],
        number="57", notation="GCN-CNTY", place="Quy Nhơn", date_text="21 tháng 11 năm 2022", issued="2022-11-21",
        title=["GIẤY CHỨNG NHẬN", "CƠ SỞ AN TOÀN DỊCH BỆNH ĐỘNG VẬT"], subject=[],
        body=[_LUAT_THU_Y,
              ("Căn cứ Thông tư số 14/2016/TT-BNNPTNT ngày 02 tháng 6 năm 2016 của Bộ trưởng Bộ Nông nghiệp và "
               "Phát triển nông thôn quy định về vùng, cơ sở an toàn dịch bệnh động vật;"),
              ("Xét hồ sơ đăng ký công nhận cơ sở an toàn dịch bệnh động vật ngày 26 tháng 9 năm 2022 và biên bản "
               "đánh giá điều kiện an toàn dịch bệnh ngày 08 tháng 11 năm 2022,"),
              "CHI CỤC CHĂN NUÔI VÀ THÚ Y TỈNH BÌNH ĐỊNH CHỨNG NHẬN:",
              "Tên cơ sở: Trại gà giống bố mẹ Cát Hanh",
              "Chủ cơ sở: Công ty Cổ phần Giống gia cầm Phù Cát",
              "Mã số doanh nghiệp: 4101836278",
              "Địa chỉ: thôn Hòa Hội, xã Cát Hanh, huyện Phù Cát, tỉnh Bình Định.",
              ("Là cơ sở an toàn dịch bệnh động vật đối với bệnh Cúm gia cầm (các phân type H5, H7) và bệnh "
               "Newcastle."),
              "Mã số cơ sở an toàn dịch bệnh: 52-ATDB-0037",
              "Giấy chứng nhận có hiệu lực đến ngày 20 tháng 11 năm 2025."],
        signer_position=["CHI CỤC TRƯỞNG"], signer_name="Nguyễn Hữu Độ",
        holder_name="Công ty Cổ phần Giống gia cầm Phù Cát", holder_id="4101836278", holder_id_type="tax_code",
        valid_until="2025-11-20", recipients=["- Cơ sở được cấp;", "- Cục Thú y (b/c);", "- Lưu: VT, DT."],
        seal="CHI CỤC CN VÀ THÚ Y * BÌNH ĐỊNH *", hand="flourish", aim=(36.0, 10.0), lift=8.0,
    ),
    Doc9(
        slug="gcn-dang-ky-tau-ca-quynh-lap", family="tauca", issuer=["SỞ NN&PTNT NGHỆ AN", "CHI CỤC THỦY SẢN"],
        number="274", notation="GCN-CCTS", place="Vinh", date_text="16 tháng 4 năm 2019", issued="2019-04-16",
        title=["GIẤY CHỨNG NHẬN ĐĂNG KÝ TÀU CÁ"], subject=[],
        body=["Căn cứ Luật Thủy sản ngày 21 tháng 11 năm 2017;",
              ("Căn cứ Thông tư số 23/2018/TT-BNNPTNT ngày 15 tháng 11 năm 2018 của Bộ trưởng Bộ Nông nghiệp và "
               "Phát triển nông thôn quy định về đăng kiểm viên tàu cá; công nhận cơ sở đăng kiểm tàu cá; bảo đảm "
               "an toàn kỹ thuật tàu cá, tàu kiểm ngư; đăng ký tàu cá, tàu công vụ thủy sản;"),
              "CHI CỤC THỦY SẢN NGHỆ AN CHỨNG NHẬN:",
              "Tàu cá có các thông số dưới đây đã được đăng ký vào Sổ đăng ký tàu cá quốc gia:",
              "Số đăng ký: NA-90627-TS",
              "Tên chủ tàu: Hồ Đức Lương",
              "Sinh ngày: 17/4/1976; số định danh cá nhân: 040076009183",
              "Nơi thường trú: xóm Tân Minh, xã Quỳnh Lập, thị xã Hoàng Mai, tỉnh Nghệ An.",
              "Thuyền trưởng: Ông Hồ Văn Tài.",
              "Kích thước chính Lmax x Bmax x D: 24,60 x 7,20 x 3,45 m; vật liệu vỏ: gỗ; năm đóng: 2018.",
              "Máy chính: YANMAR 6AYM-WGT, tổng công suất 610 kW.",
              "Nghề khai thác: lưới vây; cảng đăng ký: cảng cá Lạch Quèn."],
        signer_position=["KT. CHI CỤC TRƯỞNG", "PHÓ CHI CỤC TRƯỞNG"], signer_name="Hồ Sỹ Phượng",
        holder_name="Hồ Đức Lương", holder_id="040076009183", holder_id_type="cccd",
        recipients=["- Chủ tàu;", "- Đồn Biên phòng Quỳnh Phương;", "- Lưu: VT, KTTS."],
        seal="CHI CỤC THỦY SẢN * NGHỆ AN *", hand="loops", aim=(0.0, 0.0), lift=16.0,
    ),
    Doc9(
        slug="cv-chap-thuan-dong-moi-tau-ca-gio-viet", family="tauca",
        issuer=["UBND TỈNH QUẢNG TRỊ", "SỞ NÔNG NGHIỆP VÀ PTNT"],
        number="1364", notation="SNN-TS", place="Đông Hà", date_text="12 tháng 5 năm 2020", issued="2020-05-12",
        title=[], subject=["V/v chấp thuận đóng mới tàu cá", "cho ông Trần Đình Ngự"],
        addressees=["Ông Trần Đình Ngự (xã Gio Việt, huyện Gio Linh);", "Công ty TNHH Đóng tàu Cửa Việt."],
        body=[("Sở Nông nghiệp và Phát triển nông thôn nhận được đơn đề nghị chấp thuận đóng mới tàu cá ngày 24 "
               "tháng 4 năm 2020 của ông Trần Đình Ngự, sinh ngày 05/02/1984, số định danh cá nhân 045084002761, "
               "thường trú tại thôn Xuân Tiến, xã Gio Việt, huyện Gio Linh."),
              ("Căn cứ Luật Thủy sản ngày 21 tháng 11 năm 2017 và Nghị định số 26/2019/NĐ-CP ngày 08 tháng 3 năm 2019 "
               "của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Thủy sản, đối chiếu hạn ngạch "
               "giấy phép khai thác thủy sản vùng lộng của tỉnh, Sở Nông nghiệp và Phát triển nông thôn chấp thuận "
               "cho ông Trần Đình Ngự đóng mới 01 tàu cá như sau:"),
              "1. Chiều dài lớn nhất: 14,8 m; vật liệu vỏ: gỗ; tổng công suất máy chính: 180 kW.",
              "2. Nghề khai thác: lưới rê; vùng khai thác: vùng lộng.",
              ("3. Cơ sở đóng tàu: Công ty TNHH Đóng tàu Cửa Việt, mã số doanh nghiệp 3200718562, thị trấn Cửa Việt, "
               "huyện Gio Linh."),
              ("Văn bản chấp thuận có giá trị trong thời hạn 12 tháng kể từ ngày ký; sau khi hoàn thành đóng mới, ông "
               "Trần Đình Ngự làm thủ tục đăng ký tàu cá tại Chi cục Thủy sản theo quy định."),
              ("Sở Nông nghiệp và Phát triển nông thôn thông báo để ông Trần Đình Ngự và Công ty TNHH Đóng tàu Cửa "
               "Việt biết, thực hiện./.")],
        signer_position=["TL. GIÁM ĐỐC", "CHI CỤC TRƯỞNG CHI CỤC THỦY SẢN"], signer_name="Hà Sỹ Đồng",
        recipients=["- Như trên;", "- UBND huyện Gio Linh;", "- Lưu: VT, TS."],
        seal="SỞ NN VÀ PTNT * TỈNH QUẢNG TRỊ *", hand="underline", aim=(32.0, 8.0), lift=6.0,
    ),
    Doc9(
        slug="qd-mien-hoc-phi-sinh-vien-tay-nguyen", family="sinhvien",
        issuer=["BỘ GIÁO DỤC VÀ ĐÀO TẠO", "TRƯỜNG ĐẠI HỌC TÂY NGUYÊN"],
        number="2631", notation="QĐ-ĐHTN", place="Buôn Ma Thuột", date_text="25 tháng 10 năm 2022",
        issued="2022-10-25", title=["QUYẾT ĐỊNH"], subject=["Về việc miễn học phí", "đối với sinh viên H'Nhi Byă"],
        body=["HIỆU TRƯỞNG TRƯỜNG ĐẠI HỌC TÂY NGUYÊN",
              ("Căn cứ Nghị định số 81/2021/NĐ-CP ngày 27 tháng 8 năm 2021 của Chính phủ quy định về cơ chế thu, quản "
               "lý học phí đối với cơ sở giáo dục thuộc hệ thống giáo dục quốc dân và chính sách miễn, giảm học phí, "
               "hỗ trợ chi phí học tập; giá dịch vụ trong lĩnh vực giáo dục, đào tạo;"),
              "Căn cứ Quy chế tổ chức và hoạt động của Trường Đại học Tây Nguyên;",
              "Xét đơn đề nghị miễn học phí của sinh viên và đề nghị của Trưởng phòng Công tác sinh viên,",
              "QUYẾT ĐỊNH:",
              ("Điều 1. Miễn 100% học phí cho sinh viên H'Nhi Byă, sinh ngày 09/5/2003, số định danh cá nhân "
               "066303001857, mã số sinh viên 21A1070043, lớp Sư phạm Tiếng Anh K21, là sinh viên người dân tộc "
               "thiểu số có cha mẹ thuộc hộ cận nghèo, kể từ học kỳ I năm học 2022 - 2023 đến hết khóa học."),
              ("Điều 2. Phòng Kế hoạch - Tài chính có trách nhiệm thực hiện chế độ miễn học phí cho sinh viên có tên "
               "tại Điều 1 theo quy định."),
              ("Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Trưởng các phòng Công tác sinh viên, Kế hoạch - Tài "
               "chính, Trưởng khoa Sư phạm và sinh viên H'Nhi Byă chịu trách nhiệm thi hành Quyết định này.")],
        signer_position=["KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG"], signer_name="Võ Thị Ánh Tuyết",
        holder_name="H'Nhi Byă", holder_id="066303001857", holder_id_type="cccd",
        recipients=["- Như Điều 3;", "- Lưu: VT, CTSV."],
        seal="TRƯỜNG ĐẠI HỌC TÂY NGUYÊN * ĐẮK LẮK *", hand="scribble", aim=(34.0, 8.0), lift=12.0,
    ),
    Doc9(
        slug="giay-xac-nhan-vay-von-sinh-vien-long-xuyen", family="sinhvien",
        issuer=["ĐHQG TP. HỒ CHÍ MINH", "TRƯỜNG ĐẠI HỌC AN GIANG"],
        number="739", notation="GXN-ĐHAG", place="Long Xuyên", date_text="20 tháng 9 năm 2023", issued="2023-09-20",
        title=["GIẤY XÁC NHẬN"], subject=["(Dùng cho sinh viên vay vốn tín dụng)"],
        body=["TRƯỜNG ĐẠI HỌC AN GIANG XÁC NHẬN:",
              "Họ và tên sinh viên: Trần Ngọc Bảo Trâm",
              "Ngày sinh: 12/10/2004; số định danh cá nhân: 089304006129",
              "Mã số sinh viên: DTH225871; lớp: DH23TH; khóa học: 2022 - 2026.",
              ("Khoa: Công nghệ thông tin; loại hình đào tạo: chính quy; thời gian ra trường dự kiến: tháng 6 năm "
               "2026."),
              "Số tiền học phí hằng tháng: 1.450.000 đồng.",
              ("Trong thời gian theo học tại trường, sinh viên không bị xử phạt hành chính trở lên về các hành vi cờ "
               "bạc, nghiện hút, trộm cắp, buôn lậu."),
              ("Số tài khoản của nhà trường: 6700201005813 tại Ngân hàng Nông nghiệp và Phát triển nông thôn chi "
               "nhánh tỉnh An Giang."),
              ("Giấy xác nhận này cấp để sinh viên làm thủ tục vay vốn tại Ngân hàng Chính sách xã hội nơi gia đình "
               "cư trú.")],
        signer_position=["TL. HIỆU TRƯỞNG", "TRƯỞNG PHÒNG CÔNG TÁC SINH VIÊN"], signer_name="Lâm Quý Thạnh",
        holder_name="Trần Ngọc Bảo Trâm", holder_id="089304006129", holder_id_type="cccd",
        recipients=["- Sinh viên;", "- Lưu: VT, CTSV."], hand="flourish", aim=(30.0, 6.0), lift=10.0,
    ),
    Doc9(
        slug="phieu-ly-lich-tu-phap-so-1-dong-hoi", family="lylich", issuer=["UBND TỈNH QUẢNG BÌNH", "SỞ TƯ PHÁP"],
        number="3718", notation="STP-LLTP", place="Đồng Hới", date_text="16 tháng 3 năm 2023", issued="2023-03-16",
        title=["PHIẾU LÝ LỊCH TƯ PHÁP SỐ 1"], subject=[],
        body=[_LUAT_LLTP,
              ("Căn cứ Nghị định số 111/2010/NĐ-CP ngày 23 tháng 11 năm 2010 của Chính phủ quy định chi tiết một số "
               "điều của Luật Lý lịch tư pháp;"),
              "Căn cứ Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp ngày 06 tháng 3 năm 2023,",
              "XÁC NHẬN:",
              "Họ và tên: Lê Đình Thông",
              "Giới tính: Nam",
              "Ngày, tháng, năm sinh: 26/01/1995",
              "Nơi sinh: xã Quảng Thuận, thị xã Ba Đồn, tỉnh Quảng Bình",
              "Quốc tịch: Việt Nam",
              "Nơi cư trú: tổ dân phố 7, phường Bắc Lý, thành phố Đồng Hới, tỉnh Quảng Bình.",
              ("Số định danh cá nhân: 044095001536; ngày cấp: 14/6/2021; nơi cấp: Cục Cảnh sát quản lý hành chính về "
               "trật tự xã hội."),
              "Án tích: Không có án tích.",
              ("Thông tin về cấm đảm nhiệm chức vụ, thành lập, quản lý doanh nghiệp, hợp tác xã: Không bị cấm đảm "
               "nhiệm chức vụ, thành lập, quản lý doanh nghiệp, hợp tác xã.")],
        signer_position=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], signer_name="Đoàn Khuê",
        holder_name="Lê Đình Thông", holder_id="044095001536", holder_id_type="cccd",
        seal="SỞ TƯ PHÁP * TỈNH QUẢNG BÌNH *", hand="underline", aim=(0.0, 0.0), lift=14.0,
    ),
    Doc9(
        slug="phieu-ly-lich-tu-phap-so-2-da-lat", family="lylich", issuer=["UBND TỈNH LÂM ĐỒNG", "SỞ TƯ PHÁP"],
        number="5236", notation="STP-LLTP", place="Đà Lạt", date_text="06 tháng 10 năm 2021", issued="2021-10-06",
        title=["PHIẾU LÝ LỊCH TƯ PHÁP SỐ 2"], subject=[],
        body=[_LUAT_LLTP,
              "Căn cứ Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp ngày 24 tháng 9 năm 2021,",
              "XÁC NHẬN:",
              "Họ và tên: Mai Xuân Trọng",
              "Giới tính: Nam",
              "Ngày, tháng, năm sinh: 03/8/1988",
              "Nơi sinh: xã Đạ Đờn, huyện Lâm Hà, tỉnh Lâm Đồng",
              "Nơi cư trú: số 41 đường Phù Đổng Thiên Vương, phường 8, thành phố Đà Lạt, tỉnh Lâm Đồng.",
              "Số định danh cá nhân: 068088005427; ngày cấp: 10/5/2021",
              "Họ và tên cha: Mai Xuân Hòe",
              "Họ và tên mẹ: Đặng Thị Nhàn",
              "Họ và tên vợ: Phan Thị Thu Sương",
              "Tình trạng án tích: Có 01 án tích, đã được xóa án tích.",
              ("Bản án số 27/2015/HS-ST ngày 14 tháng 7 năm 2015 của Tòa án nhân dân thành phố Bảo Lộc, tỉnh Lâm "
               "Đồng; tội danh: Đánh bạc; hình phạt chính: phạt tiền 10.000.000 đồng; đã chấp hành xong ngày 30 "
               "tháng 9 năm 2015."),
              "Thông tin về cấm đảm nhiệm chức vụ, thành lập, quản lý doanh nghiệp, hợp tác xã: Không."],
        signer_position=["GIÁM ĐỐC"], signer_name="Võ Đăng Trình",
        holder_name="Mai Xuân Trọng", holder_id="068088005427", holder_id_type="cccd",
        seal="SỞ TƯ PHÁP * TỈNH LÂM ĐỒNG *", hand="scribble", aim=(36.0, 8.0), lift=18.0,
    ),
    Doc9(
        slug="qd-cong-nhan-hang-khach-san-bai-chay", family="dichvu", issuer=["UBND TỈNH QUẢNG NINH", "SỞ DU LỊCH"],
        number="1046", notation="QĐ-SDL", place="Hạ Long", date_text="22 tháng 8 năm 2019", issued="2019-08-22",
        title=["QUYẾT ĐỊNH"], subject=["Về việc công nhận hạng cơ sở lưu trú du lịch"],
        body=["GIÁM ĐỐC SỞ DU LỊCH TỈNH QUẢNG NINH",
              "Căn cứ Luật Du lịch ngày 19 tháng 6 năm 2017;",
              ("Căn cứ Thông tư số 06/2017/TT-BVHTTDL ngày 15 tháng 12 năm 2017 của Bộ trưởng Bộ Văn hóa, Thể thao "
               "và Du lịch quy định chi tiết một số điều của Luật Du lịch;"),
              "Căn cứ Tiêu chuẩn quốc gia TCVN 4391:2015 Khách sạn - Xếp hạng;",
              "Xét hồ sơ đề nghị và biên bản thẩm định ngày 14 tháng 8 năm 2019 của Phòng Quản lý lưu trú du lịch,",
              "QUYẾT ĐỊNH:",
              "Điều 1. Công nhận hạng 2 sao đối với cơ sở lưu trú du lịch sau:",
              "- Tên cơ sở lưu trú du lịch: Khách sạn Sóng Xanh Bãi Cháy",
              "- Địa chỉ: số 18 đường Hạ Long, phường Bãi Cháy, thành phố Hạ Long.",
              "- Tên doanh nghiệp: Công ty TNHH Du lịch Sóng Xanh Quảng Ninh",
              "- Mã số doanh nghiệp: 5710254696",
              "- Số buồng: 48 buồng.",
              "Điều 2. Thời hạn công nhận hạng là 05 năm kể từ ngày ký.",
              ("Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Sở và Giám đốc Công ty TNHH Du lịch "
               "Sóng Xanh Quảng Ninh chịu trách nhiệm thi hành Quyết định này.")],
        signer_position=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], signer_name="Vi Thị Thủy Tiên",
        holder_name="Công ty TNHH Du lịch Sóng Xanh Quảng Ninh", holder_id="5710254696", holder_id_type="tax_code",
        recipients=["- Như Điều 3;", "- Tổng cục Du lịch (b/c);", "- Lưu: VT, QLLT."],
        seal="SỞ DU LỊCH * TỈNH QUẢNG NINH *", hand="loops", aim=(34.0, 10.0), lift=16.0,
    ),
    Doc9(
        slug="gp-kinh-doanh-karaoke-cam-chau", family="dichvu", issuer=["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỘI AN"],
        number="3275", notation="GP-UBND", place="Hội An", date_text="16 tháng 12 năm 2020", issued="2020-12-16",
        title=["GIẤY PHÉP ĐỦ ĐIỀU KIỆN KINH DOANH", "DỊCH VỤ KARAOKE"], subject=[],
        body=["ỦY BAN NHÂN DÂN THÀNH PHỐ HỘI AN", _CAN_CU_UBND,
              ("Căn cứ Nghị định số 54/2019/NĐ-CP ngày 19 tháng 6 năm 2019 của Chính phủ quy định về kinh doanh dịch "
               "vụ karaoke, dịch vụ vũ trường;"),
              "Xét hồ sơ nộp ngày 02 tháng 12 năm 2020 và đề nghị của Trưởng phòng Văn hóa và Thông tin,",
              "QUYẾT ĐỊNH:",
              "Điều 1. Cho phép hộ kinh doanh sau đây được kinh doanh dịch vụ karaoke:",
              "1. Tên hộ kinh doanh: Hộ kinh doanh Karaoke Hoài Giang",
              "2. Mã số hộ kinh doanh: 4002197542",
              "3. Chủ hộ kinh doanh: Bà Nguyễn Thị Lệ Hằng.",
              "4. Địa điểm kinh doanh: số 148 đường Cửa Đại, phường Cẩm Châu, thành phố Hội An, tỉnh Quảng Nam.",
              "5. Số lượng phòng hát: 06 phòng; diện tích mỗi phòng từ 22 m² đến 30 m².",
              ("Điều 2. Hộ kinh doanh Karaoke Hoài Giang có trách nhiệm thực hiện đúng quy định tại Nghị định số "
               "54/2019/NĐ-CP."),
              "Điều 3. Giấy phép này có hiệu lực kể từ ngày ký."],
        signer_position=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer_name="Huỳnh Đức Nhã",
        holder_name="Hộ kinh doanh Karaoke Hoài Giang", holder_id="4002197542", holder_id_type="tax_code",
        recipients=["- Hộ kinh doanh được cấp;", "- Công an thành phố;", "- Lưu: VT, VHTT."],
        seal="ỦY BAN NHÂN DÂN * TP. HỘI AN *", hand="flourish", aim=(0.0, 0.0), lift=8.0,
    ),
]


def make_blind12(out: Path, docs=BLIND12, levels=LEVELS, only: set[str] | None = None) -> list[Path]:
    """As blind9, with seeds of its own; ``only`` (slugs) and ``levels`` draw just those files, as they are
    in the whole set."""
    return write_set(out, docs, levels, render, seed=2900, jpeg_seed=1000, no_dpi_parity=1, only=only)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, required=True, help="folder for scans/ and truth/")
    out = parser.parse_args().out
    for path in make_blind12(out):
        print(f"{path.relative_to(out)}  {path.stat().st_size // 1024} KiB")


if __name__ == "__main__":
    main()

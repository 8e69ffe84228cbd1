"""Blind set 18 (issue 13, after blind set 17): six more families of results, each as a 300 dpi scan and
as a phone photo, signed and sealed as in blind sets 8 to 17, with one scan page fed sideways (text running
bottom to top). Written without looking at the rules or running them on it, measured once.

As in blind17, every province and provincial seat is some earlier set's ``place``: these results come
from communes, districts and towns, a legal-aid branch, a university and an inspection centre, dated where
those sit ("Tả Van", "Phù Yên", "Việt Yên", "Dĩ An").

Families (Decree 30/2020 appendix I positions: issuer column top left, motto top right, number under
the issuer, place and date under the motto, title centred, signer bottom right, "Nơi nhận:" bottom left):
  khaisinh     civil status at a commune: a "GIẤY KHAI SINH" (one line) on labelled rows, the child first
               ("Họ, chữ đệm, tên: Giàng A Chứ", "Ngày, tháng, năm sinh: 06/12/2019; ghi bằng chữ: …", "Số
               định danh cá nhân: …"), then the mother and the father with their birth years, the father as
               the one who registered, numbered by hand (blind5's pen, the date printed), signed "KT. CHỦ
               TỊCH" / "PHÓ CHỦ TỊCH"; and a Khmer commune's "TRÍCH LỤC KHAI TỬ", the deceased first ("Họ, chữ
               đệm, tên người đã chết: Thạch Sà Phon", born 1941, his personal number), the death's time and
               place, the hamlet head's notice ("Giấy báo tử số 12/GBT … ngày …"), then the son who declared it
               with his own personal number, signed "CHỦ TỊCH";
  tuphap       justice: a provincial legal-aid centre's branch under three issuer lines ("SỞ TƯ PHÁP TỈNH SƠN
               LA" / "TRUNG TÂM TGPL NHÀ NƯỚC" / "CHI NHÁNH SỐ 3"), deciding "Về việc cử người thực hiện trợ giúp
               pháp lý" (one subject line): "Điều 1. Cử ông Lò Văn Thiêm, Trợ giúp viên pháp lý, … cho người có
               tên sau:", the aided woman on rows ("1. Họ và tên: bà Quàng Thị Ón", "2. Ngày sinh: …; số định
               danh cá nhân: …"), her case below, signed "TUQ. GIÁM ĐỐC" / "TRƯỞNG CHI NHÁNH"; and a district's
               "TRÍCH LỤC THAY ĐỔI, CẢI CHÍNH HỘ TỊCH" for a Chăm woman whose birth date is corrected ("từ
               02/11/1990 thành 20/11/1990"), her birth registration of 1990 cited, signed "TL. CHỦ TỊCH" /
               "TRƯỞNG PHÒNG TƯ PHÁP";
  nhaxuong     workshops: a town's "GIẤY PHÉP MÔI TRƯỜNG" (one line) in a decision's form, "Điều 1. Cấp phép cho
               Công ty TNHH …, mã số doanh nghiệp …, …" for its steel workshop, the operator of its treatment
               plant with its own code on a row, "Điều 2. Thời hạn của giấy phép: 07 năm, từ ngày … đến ngày 14
               tháng 8 năm 2030.", signed "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH"; and a district office's công văn "V/v
               ý kiến về địa điểm xây dựng nhà xưởng" / "sản xuất bao bì giấy tại xã Nhựt Ninh", numbered and
               dated by hand (blind5's pen), addressed ("Kính gửi: …") to the company, which the body names with
               its enterprise code and its own letter ("văn bản số 08/2021/CV-PL ngày …"), "có giá trị trong
               thời hạn 12 tháng kể từ ngày ký", signed "KT. TRƯỞNG PHÒNG" / "PHÓ TRƯỞNG PHÒNG";
  chonuoi      livestock: a district agriculture office's "GIẤY CHỨNG NHẬN" / "Cơ sở chăn nuôi trang trại quy
               mô vừa" / "đủ điều kiện chăn nuôi", the farm first ("Tên cơ sở: Trang trại lợn Thiều Phát", the
               owner's first name in it), then its owner ("3. Chủ cơ sở: Mông Văn Thiều", "4. Ngày sinh: …; số
               định danh cá nhân: …"), "6. Giấy chứng nhận có giá trị đến ngày 23 tháng 11 năm 2027.", signed
               "TRƯỞNG PHÒNG"; and a district's decision on two pages (Articles 2 to 4, the signer and "Nơi
               nhận:" on page 2) "Về việc hỗ trợ kinh phí di dời cơ sở chăn nuôi" / "ra khỏi
               khu vực không được phép chăn nuôi", "Điều 1. Hỗ trợ … cho Hợp tác xã Chăn nuôi Gia Kiệm, mã số
               hợp tác xã …, …", the consultant with its own code and "6. Thời gian thực hiện di dời: 12 tháng
               kể từ ngày Quyết định này có hiệu lực." on rows, the cooperative's letter ("văn bản số 05/CV-HTX
               ngày …") and the office's submission cited, signed "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ
               CHỦ TỊCH";
  hocbong      scholarships: a university under a ministry, its name wrapped ("BỘ NÔNG NGHIỆP VÀ PTNT" /
               "TRƯỜNG ĐẠI HỌC" / "NÔNG LÂM BẮC GIANG"), deciding "Về việc cấp học bổng cho lưu học sinh Lào" /
               "diện Hiệp định năm học 2019 - 2020" for a Lao student ("Điều 1. Cấp học bổng cho anh Khamphet
               Sysouvong, quốc tịch Lào, sinh ngày …, hộ chiếu số P2461837, …"), the ministry's letter ("văn bản
               số 2147/BGDĐT-HTQT ngày …") cited, his class teacher on a row, "3. Thời gian hưởng học bổng: từ
               ngày 01 tháng 9 năm 2019 đến ngày 30 tháng 6 năm 2020.", signed "KT. HIỆU TRƯỞNG" / "PHÓ HIỆU
               TRƯỞNG"; and a district education office's decision "Về việc cấp học bổng chính sách" / "đối với
               học sinh Lỳ Thị Xè" (the holder inside the subject), Article 1 naming her again with her birth
               date and personal number, "2. Thời gian hưởng học bổng: từ ngày … đến ngày 31 tháng 5 năm
               2024.", signed "Q. TRƯỞNG PHÒNG" without a seal;
  dangkiemxe   vehicles: an inspection centre's "GIẤY CHỨNG NHẬN KIỂM ĐỊNH AN TOÀN KỸ THUẬT" / "VÀ BẢO VỆ MÔI
               TRƯỜNG XE CƠ GIỚI" (two capitals lines), the lorry first (plate "61H-047.92", "Số quản lý
               phương tiện: 6102D-128473", chassis and engine numbers), then its owner ("6. Chủ phương tiện:
               Công ty TNHH …", "7. Mã số doanh nghiệp: …"), "8. Giấy chứng nhận có hiệu lực đến hết ngày 18
               tháng 9 năm 2025.", signed "GIÁM ĐỐC" by a man whose family name is "Ông", its scan fed sideways;
               and a district police's "GIẤY CHỨNG NHẬN ĐĂNG KÝ XE MÔ TÔ, XE GẮN MÁY" (one line), the owner
               first ("Tên chủ xe: Hầu Thị Mỷ", "Ngày sinh: …; số định danh cá nhân: …"), then the motorbike and
               its plate, signed "TRƯỞNG CÔNG AN HUYỆN".
Every document is signed in blue ballpoint in one of blind7's four hands, on eight of them coming down
across the printed name (blind8's ``aim``), and all but one carry a red round seal over the left part
of the signer block, lifted by blind8's ``lift``. Signers' names have two, three, four and five
syllables ("Lữ Quế", "Công Tằng Tôn Nữ Diễm"); signer blocks "KT.", "TL.", "TM.", "Q." and "TUQ." and
bare "CHỦ TỊCH", "GIÁM ĐỐC", "TRƯỞNG PHÒNG" and "TRƯỞNG CÔNG AN HUYỆN" all occur; five issuers are a
parent and a child organ in two lines, two have three lines (a justice department, its legal-aid centre and
the centre's branch; a ministry and a university's wrapped name), the other five are "ỦY BAN NHÂN DÂN" over a commune,
a district or a town. Holders' names use rarer family names (Giàng, Thạch, Quàng, Quảng, Mông, Lỳ, Hầu),
one is a foreign national known by passport only. Issued 2018 to 2024.

Truth conventions (decided before any run): blind4's, as its docstring states them (organ_name,
code_number/code_notation, issued_date, place, type_name, subject, signer_position/signer_full_name,
holder_name and holder_id), with blind5's to blind17's additions (their docstrings). New here:
  civil status     a birth certificate or a death extract: the title one line, ``subject`` None; the holder
                   is the person registered, on the first "Họ, chữ đệm, tên…:" row (the child; the deceased),
                   ``holder_id`` the personal number printed for that person (``cccd``); the parents, the
                   person who registered the birth or the death (even with a personal number of his own), the
                   hamlet head's notice and the register's "quyển số" never; a birth certificate has no
                   validity; a number written by hand into the printed blank is ``code_number`` (blind5's
                   rule), ``handwritten`` naming it alone;
  justice          a legal-aid assignment: its one subject line is ``subject``; the holder is the aided person
                   on the "Họ và tên:" row, without "bà", ``holder_id`` the personal number on the row under her
                   (``cccd``); the legal-aid officer named in Article 1 (and his card "số 0418/TGVPL") and the
                   court never; no validity. A correction extract: the title one line, ``subject`` None; the
                   holder is the person on the "Họ, chữ đệm, tên:" row, ``holder_id`` her personal number; the
                   birth registration it corrects ("ngày 05 tháng 12 năm 1990; số: 214") and the two birth
                   dates never the number or the date; no validity;
  workshops        an environmental permit: "GIẤY PHÉP MÔI TRƯỜNG" is ``type_name``, ``subject`` None; the holder
                   is the company named after "Điều 1. Cấp phép cho", up to the comma, ``holder_id`` the "mã số
                   doanh nghiệp" printed right after it (``tax_code``); the workshop, the operator and its code
                   and the company's letter never; "Thời hạn của giấy phép: 07 năm, từ ngày … đến ngày 14 tháng
                   8 năm 2030" is ``valid_until``. The công văn keeps blind5's rule: ``type_name`` "CÔNG VĂN",
                   ``subject`` its two "V/v" lines joined as printed, holder fields and ``valid_until`` None,
                   though it answers one company, names it with its code and is addressed to it; "12 tháng kể
                   từ ngày ký" gives None;
  livestock        a farm's certificate: "GIẤY CHỨNG NHẬN" is ``type_name``, its two sentence-case lines joined
                   ``subject``; the holder is the owner on the "Chủ cơ sở:" row, below the farm's name,
                   ``holder_id`` the personal number on the row under him (``cccd``); the farm's name never;
                   "Giấy chứng nhận có giá trị đến ngày 23 tháng 11 năm 2027" is ``valid_until``. A relocation
                   subsidy: the two subject lines joined are ``subject``; the holder is the cooperative named
                   after "cho" in Article 1, up to the comma, ``holder_id`` the "mã số hợp tác xã" printed right
                   after it (``tax_code``, blind8's cooperative rule); the consultant and its code, the other
                   decision cited in a row, the letter and the submission never; "12 tháng kể từ ngày Quyết
                   định này có hiệu lực" gives None;
  scholarships     a foreign student's scholarship: the two subject lines joined are ``subject``; the holder is
                   the person named after "Điều 1. Cấp học bổng cho anh", without "anh", up to the comma; a
                   foreign national: ``holder_id`` and ``holder_id_type`` None (blind10's rule); the teacher and
                   the ministry's letter never; "Thời gian hưởng học bổng: từ ngày … đến ngày 30 tháng 6 năm
                   2020" is ``valid_until``, the second date (what is granted ends then: blind7's rule). A
                   policy scholarship: the two subject lines joined are ``subject`` (the holder's name in it);
                   the holder is the pupil named after "cho em", without "em", ``holder_id`` the personal number
                   printed with her (``cccd``); her school never; the second date of "Thời gian hưởng học bổng"
                   is ``valid_until``;
  vehicles         an inspection certificate: the title in two capitals lines joined (blind6's rule),
                   ``subject`` None; the holder is the owner on the "Chủ phương tiện:" row, ``holder_id`` the
                   "Mã số doanh nghiệp:" row under it (``tax_code``); the plate, the vehicle's management,
                   chassis and engine numbers never ``code_number`` nor the holder; "có hiệu lực đến hết ngày 18
                   tháng 9 năm 2025" is ``valid_until``. A motorbike's registration: the title one line,
                   ``subject`` None; the holder is the owner on the "Tên chủ xe:" row, ``holder_id`` her personal
                   number on the row under it; the plate and the engine and chassis numbers never; no validity;
  header           three issuer lines are ``organ_name`` joined by spaces, as printed ("SỞ TƯ PHÁP TỈNH SƠN LA
                   TRUNG TÂM TGPL NHÀ NƯỚC CHI NHÁNH SỐ 3"; "BỘ NÔNG NGHIỆP VÀ PTNT TRƯỜNG ĐẠI HỌC NÔNG LÂM BẮC
                   GIANG"); ``place`` the words before ", ngày" ("Tả Van", "Dĩ An", "Việt Yên");
  signer blocks    "TUQ. GIÁM ĐỐC" / "TRƯỞNG CHI NHÁNH" and "TL. CHỦ TỊCH" / "TRƯỞNG PHÒNG TƯ PHÁP" are
                   ``signer_position``, the lines joined by a space; "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" /
                   "PHÓ CHỦ TỊCH" its three lines joined; a bare position as printed; a signer whose family name
                   is "Ông" keeps it ("Ông Văn Tưởng");
  pages turned     a scan page fed sideways (turned a quarter counterclockwise, its text running bottom to
                   top) changes no field; a two-page document's fields come from both pages, as one document;
  signatures and seals   as blind7 and blind8: the truth is the text as printed under them.

Renderings, seeds and truth files as blind9's (``make_blind9`` draws them): ``scan`` (300 dpi, light
degradation, PDF) and ``photo`` (80-150 dpi JPEG, perspective, uneven light, half without a DPI; the
two-page document's photos in one PDF). Only the scans are turned (``turn``): the inspection certificate
lies a quarter turn counterclockwise (90); the phone photographs each page as it lies.

    python samples/blind18.py --out benchmarks/out/blind18
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind3 import write_set
from blind5 import _CAN_CU_UBND
from blind9 import LEVELS, Doc9, lay_out, render

__all__ = ["BLIND18", "FAMILIES", "LEVELS", "Doc9", "lay_out", "make_blind18", "render"]

FAMILIES = ("khaisinh", "tuphap", "nhaxuong", "chonuoi", "hocbong", "dangkiemxe")

BLIND18 = [
    Doc9(
        slug="giay-khai-sinh-giang-a-chu-ta-van", family="khaisinh", issuer=["ỦY BAN NHÂN DÂN", "XÃ TẢ VAN"],
        number="78", notation="GKS", place="Tả Van", date_text="14 tháng 01 năm 2020", issued="2020-01-14",
        title=["GIẤY KHAI SINH"], subject=[],
        body=["Họ, chữ đệm, tên: Giàng A Chứ",
              ("Ngày, tháng, năm sinh: 06/12/2019; ghi bằng chữ: ngày sáu, tháng mười hai, năm hai nghìn không "
               "trăm mười chín"),
              "Giới tính: Nam; dân tộc: Mông; quốc tịch: Việt Nam",
              "Nơi sinh: Trạm Y tế xã Tả Van, thị xã Sa Pa, tỉnh Lào Cai",
              "Quê quán: xã Tả Van, thị xã Sa Pa, tỉnh Lào Cai",
              "Số định danh cá nhân: 010219604837",
              "Họ, chữ đệm, tên người mẹ: Lù Thị Sa; năm sinh: 1998; dân tộc: Mông; quốc tịch: Việt Nam",
              "Họ, chữ đệm, tên người cha: Giàng A Dình; năm sinh: 1995; dân tộc: Mông; quốc tịch: Việt Nam",
              "Nơi cư trú của cha, mẹ: thôn Sín Chải, xã Tả Van, thị xã Sa Pa, tỉnh Lào Cai",
              "Người đi khai sinh: Giàng A Dình; quan hệ với người được khai sinh: cha đẻ",
              "Nơi đăng ký khai sinh: Ủy ban nhân dân xã Tả Van, thị xã Sa Pa, tỉnh Lào Cai; quyển số: 01/2020"],
        signer_position=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer_name="Tẩn Láo Lở",
        holder_name="Giàng A Chứ", holder_id="010219604837", holder_id_type="cccd",
        recipients=["- Người đi khai sinh;", "- Lưu: Sổ đăng ký khai sinh, TP-HT."],
        seal="ỦY BAN NHÂN DÂN * XÃ TẢ VAN *", handwritten=("code_number",),
        hand="loops", aim=(34.0, 8.0), lift=16.0,
    ),
    Doc9(
        slug="trich-luc-khai-tu-thach-sa-phon", family="khaisinh", issuer=["ỦY BAN NHÂN DÂN", "XÃ LONG HỮU"],
        number="91", notation="TLKT", place="Long Hữu", date_text="22 tháng 6 năm 2023", issued="2023-06-22",
        title=["TRÍCH LỤC KHAI TỬ"], subject=[],
        body=["Họ, chữ đệm, tên người đã chết: Thạch Sà Phon",
              "Ngày, tháng, năm sinh: 05/3/1941; số định danh cá nhân: 084041172906",
              "Giới tính: Nam; dân tộc: Khmer; quốc tịch: Việt Nam",
              "Nơi cư trú cuối cùng: ấp Giồng Ổi, xã Long Hữu, thị xã Duyên Hải, tỉnh Trà Vinh",
              "Đã chết vào lúc: 04 giờ 30 phút, ngày 17/6/2023",
              "Nơi chết: tại nhà, ấp Giồng Ổi, xã Long Hữu; nguyên nhân chết: già yếu",
              "Giấy báo tử số 12/GBT do Trưởng ấp Giồng Ổi xác nhận ngày 18 tháng 6 năm 2023",
              ("Người đi khai tử: Thạch Ngọc Sang; số định danh cá nhân: 084072509318; quan hệ với người đã chết: "
               "con"),
              "Nơi đăng ký khai tử: Ủy ban nhân dân xã Long Hữu, thị xã Duyên Hải, tỉnh Trà Vinh; quyển số: 01/2023"],
        signer_position=["CHỦ TỊCH"], signer_name="Sơn Thị Chanh Đa",
        holder_name="Thạch Sà Phon", holder_id="084041172906", holder_id_type="cccd",
        recipients=["- Người đi khai tử;", "- Công an xã Long Hữu;", "- Lưu: Sổ đăng ký khai tử, TP-HT."],
        seal="ỦY BAN NHÂN DÂN * XÃ LONG HỮU *", hand="underline", aim=(0.0, 0.0), lift=18.0,
    ),
    Doc9(
        slug="qd-cu-tro-giup-phap-ly-quang-thi-on", family="tuphap",
        issuer=["SỞ TƯ PHÁP TỈNH SƠN LA", "TRUNG TÂM TGPL NHÀ NƯỚC", "CHI NHÁNH SỐ 3"],
        number="42", notation="QĐ-CN3", place="Phù Yên", date_text="10 tháng 5 năm 2018", issued="2018-05-10",
        title=["QUYẾT ĐỊNH"], subject=["Về việc cử người thực hiện trợ giúp pháp lý"],
        body=["GIÁM ĐỐC TRUNG TÂM TRỢ GIÚP PHÁP LÝ NHÀ NƯỚC TỈNH SƠN LA",
              "Căn cứ Luật Trợ giúp pháp lý ngày 20 tháng 6 năm 2017;",
              "Căn cứ Quyết định số 114/QĐ-TTTGPL ngày 02 tháng 3 năm 2018 của Giám đốc Trung tâm về ủy quyền;",
              "Xét đơn yêu cầu trợ giúp pháp lý ngày 03 tháng 5 năm 2018 của bà Quàng Thị Ón,",
              "QUYẾT ĐỊNH:",
              ("Điều 1. Cử ông Lò Văn Thiêm, Trợ giúp viên pháp lý, thẻ số 0418/TGVPL, thực hiện trợ giúp pháp lý "
               "cho người có tên sau:"),
              "1. Họ và tên: bà Quàng Thị Ón",
              "2. Ngày sinh: 12/3/1969; số định danh cá nhân: 014169385027",
              "3. Nơi cư trú: bản Lằn, xã Mường Cơi, huyện Phù Yên; người thuộc hộ nghèo.",
              "4. Vụ việc: tranh chấp quyền sử dụng đất, đang được Tòa án nhân dân huyện Phù Yên thụ lý.",
              ("Điều 2. Quyết định này có hiệu lực kể từ ngày ký. Ông Lò Văn Thiêm và bà Quàng Thị Ón chịu trách "
               "nhiệm thi hành Quyết định này.")],
        signer_position=["TUQ. GIÁM ĐỐC", "TRƯỞNG CHI NHÁNH"], signer_name="Cầm Ngọc Thưởng",
        holder_name="Quàng Thị Ón", holder_id="014169385027", holder_id_type="cccd",
        recipients=["- Như Điều 2;", "- TAND huyện Phù Yên;", "- Lưu: VT, CN3."],
        seal="TRUNG TÂM TGPL NHÀ NƯỚC * SƠN LA *", hand="flourish", aim=(0.0, 0.0), lift=18.0,
    ),
    Doc9(
        slug="trich-luc-cai-chinh-ho-tich-phuoc-hau", family="tuphap", issuer=["ỦY BAN NHÂN DÂN", "HUYỆN NINH PHƯỚC"],
        number="69", notation="TLCC", place="Ninh Phước", date_text="17 tháng 10 năm 2019", issued="2019-10-17",
        title=["TRÍCH LỤC THAY ĐỔI, CẢI CHÍNH HỘ TỊCH"], subject=[],
        body=["Họ, chữ đệm, tên: Quảng Thị Hồng Nhung",
              "Ngày, tháng, năm sinh: 20/11/1990; số định danh cá nhân: 058190227461",
              "Giới tính: Nữ; dân tộc: Chăm; quốc tịch: Việt Nam",
              "Nơi cư trú: thôn Phước Đồng, xã Phước Hậu, huyện Ninh Phước, tỉnh Ninh Thuận",
              ("Đã đăng ký khai sinh tại Ủy ban nhân dân xã Phước Hậu ngày 05 tháng 12 năm 1990; số: 214, quyển "
               "số: 01/1990"),
              "Nội dung cải chính: ngày, tháng, năm sinh từ 02/11/1990 thành 20/11/1990",
              "Lý do: sai sót của người đăng ký hộ tịch khi ghi Sổ đăng ký khai sinh",
              "Căn cứ: Luật Hộ tịch ngày 20 tháng 11 năm 2014 và hồ sơ đề nghị ngày 03 tháng 10 năm 2019"],
        signer_position=["TL. CHỦ TỊCH", "TRƯỞNG PHÒNG TƯ PHÁP"], signer_name="Đàng Năng Quạ",
        holder_name="Quảng Thị Hồng Nhung", holder_id="058190227461", holder_id_type="cccd",
        recipients=["- Người yêu cầu;", "- UBND xã Phước Hậu;", "- Lưu: VT, TP."],
        seal="ỦY BAN NHÂN DÂN * HUYỆN NINH PHƯỚC *", hand="scribble", aim=(34.0, 10.0), lift=12.0,
    ),
    Doc9(
        slug="gp-moi-truong-xuong-ket-cau-thep-ky-trinh", family="nhaxuong",
        issuer=["ỦY BAN NHÂN DÂN", "THỊ XÃ KỲ ANH"],
        number="1609", notation="GPMT-UBND", place="Kỳ Anh", date_text="15 tháng 8 năm 2023", issued="2023-08-15",
        title=["GIẤY PHÉP MÔI TRƯỜNG"], subject=[],
        body=["CHỦ TỊCH ỦY BAN NHÂN DÂN THỊ XÃ KỲ ANH",
              "Căn cứ Luật Bảo vệ môi trường ngày 17 tháng 11 năm 2020;",
              ("Xét văn bản số 21/CV-KTT ngày 14 tháng 7 năm 2023 của Công ty TNHH Kết cấu thép Kỳ Trinh đề nghị "
               "cấp giấy phép môi trường và biên bản kiểm tra thực tế ngày 03 tháng 8 năm 2023;"),
              "QUYẾT ĐỊNH:",
              ("Điều 1. Cấp phép cho Công ty TNHH Kết cấu thép Kỳ Trinh, mã số doanh nghiệp 3021753377, địa chỉ "
               "tổ dân phố Hưng Lợi, phường Kỳ Trinh, thị xã Kỳ Anh, được thực hiện các hoạt động bảo vệ môi "
               "trường của Xưởng gia công kết cấu thép Kỳ Trinh với các nội dung sau:"),
              "1. Loại hình sản xuất: gia công, sơn kết cấu thép; công suất 3.600 tấn sản phẩm/năm.",
              "2. Nội dung cấp phép: xả nước thải sau xử lý, tối đa 12 m³/ngày; xả khí thải buồng sơn.",
              ("3. Đơn vị vận hành hệ thống xử lý: Công ty TNHH Môi trường Xanh Hoành Sơn, mã số doanh nghiệp "
               "3001910550."),
              "Điều 2. Thời hạn của giấy phép: 07 năm, từ ngày 15 tháng 8 năm 2023 đến ngày 14 tháng 8 năm 2030.",
              ("Điều 3. Trưởng phòng Tài nguyên và Môi trường thị xã và Công ty chịu trách nhiệm thi hành Giấy phép "
               "này.")],
        signer_position=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer_name="Phí Đăng Khuể",
        holder_name="Công ty TNHH Kết cấu thép Kỳ Trinh", holder_id="3021753377", holder_id_type="tax_code",
        valid_until="2030-08-14",
        recipients=["- Như Điều 3;", "- Sở TN&MT tỉnh Hà Tĩnh (b/c);", "- Lưu: VT, TNMT."],
        seal="ỦY BAN NHÂN DÂN * THỊ XÃ KỲ ANH *", hand="underline", aim=(0.0, 0.0), lift=14.0,
    ),
    Doc9(
        slug="cv-dia-diem-nha-xuong-bao-bi-nhut-ninh", family="nhaxuong",
        issuer=["UBND HUYỆN TÂN TRỤ", "PHÒNG KINH TẾ VÀ HẠ TẦNG"],
        number="287", notation="KTHT", place="Tân Trụ", date_text="06 tháng 4 năm 2021", issued="2021-04-06",
        title=[], subject=["V/v ý kiến về địa điểm xây dựng nhà xưởng", "sản xuất bao bì giấy tại xã Nhựt Ninh"],
        addressees=["Công ty TNHH Bao bì Giấy Phước Lý"],
        body=[("Phòng Kinh tế và Hạ tầng huyện Tân Trụ nhận được văn bản số 08/2021/CV-PL ngày 22 tháng 3 năm "
               "2021 của Công ty TNHH Bao bì Giấy Phước Lý, mã số doanh nghiệp 1172747438, đề nghị có ý kiến về địa "
               "điểm xây dựng nhà xưởng sản xuất bao bì giấy tại xã Nhựt Ninh. Sau khi kiểm tra hiện trạng cùng Ủy "
               "ban nhân dân xã Nhựt Ninh ngày 31 tháng 3 năm 2021, Phòng Kinh tế và Hạ tầng có ý kiến như sau:"),
              ("1. Khu đất tại thửa số 1086, tờ bản đồ số 7, ấp 3, xã Nhựt Ninh, diện tích 6.420 m², phù hợp quy "
               "hoạch chung xây dựng xã (đất cơ sở sản xuất phi nông nghiệp); nhà xưởng phải cách khu dân cư gần "
               "nhất tối thiểu 50 m."),
              ("2. Công ty lập hồ sơ môi trường và thiết kế phòng cháy, chữa cháy trình cơ quan có thẩm quyền "
               "thẩm định trước khi đề nghị cấp giấy phép xây dựng."),
              ("3. Văn bản này có giá trị trong thời hạn 12 tháng kể từ ngày ký; quá thời hạn trên mà Công ty "
               "chưa khởi công thì phải đề nghị lại./.")],
        signer_position=["KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG"], signer_name="Lữ Quế",
        recipients=["- Như trên;", "- UBND xã Nhựt Ninh;", "- Lưu: VT, KTHT."],
        seal="PHÒNG KT VÀ HT * HUYỆN TÂN TRỤ *", handwritten=("code_number", "issued_date"),
        hand="scribble", aim=(36.0, 10.0), lift=16.0,
    ),
    Doc9(
        slug="gcn-trang-trai-lon-thieu-phat-binh-gia", family="chonuoi",
        issuer=["UBND HUYỆN BÌNH GIA", "PHÒNG NÔNG NGHIỆP VÀ PTNT"],
        number="22", notation="GCN-NN", place="Bình Gia", date_text="24 tháng 11 năm 2022", issued="2022-11-24",
        title=["GIẤY CHỨNG NHẬN"], subject=["Cơ sở chăn nuôi trang trại quy mô vừa", "đủ điều kiện chăn nuôi"],
        body=["TRƯỞNG PHÒNG NÔNG NGHIỆP VÀ PTNT HUYỆN BÌNH GIA",
              "Căn cứ Luật Chăn nuôi ngày 19 tháng 11 năm 2018;",
              ("Căn cứ Nghị định số 13/2020/NĐ-CP ngày 21 tháng 01 năm 2020 của Chính phủ hướng dẫn chi tiết Luật "
               "Chăn nuôi;"),
              ("Căn cứ Quyết định số 1876/QĐ-UBND ngày 05 tháng 10 năm 2021 của Ủy ban nhân dân tỉnh Lạng Sơn về "
               "việc ủy quyền cấp giấy chứng nhận đủ điều kiện chăn nuôi;"),
              ("Xét hồ sơ đề nghị ngày 02 tháng 11 năm 2022 và biên bản thẩm định ngày 16 tháng 11 năm 2022 của "
               "Đoàn thẩm định,"),
              "CHỨNG NHẬN:",
              "1. Tên cơ sở: Trang trại lợn Thiều Phát",
              "2. Địa chỉ: thôn Khuổi Slưng, xã Hồng Phong, huyện Bình Gia, tỉnh Lạng Sơn.",
              "3. Chủ cơ sở: Mông Văn Thiều",
              "4. Ngày sinh: 08/7/1976; số định danh cá nhân: 020076814352",
              "5. Đối tượng và quy mô: lợn thịt, 640 con, tương đương 88 đơn vị vật nuôi.",
              "6. Giấy chứng nhận có giá trị đến ngày 23 tháng 11 năm 2027."],
        signer_position=["TRƯỞNG PHÒNG"], signer_name="Lăng Văn Thuyết",
        holder_name="Mông Văn Thiều", holder_id="020076814352", holder_id_type="cccd", valid_until="2027-11-23",
        recipients=["- Chủ cơ sở;", "- UBND xã Hồng Phong;", "- Lưu: VT, NN."],
        seal="PHÒNG NN VÀ PTNT * HUYỆN BÌNH GIA *", hand="flourish", aim=(32.0, 8.0), lift=14.0,
    ),
    Doc9(
        slug="qd-ho-tro-di-doi-trai-ga-gia-kiem", family="chonuoi", issuer=["ỦY BAN NHÂN DÂN", "HUYỆN THỐNG NHẤT"],
        number="1462", notation="QĐ-UBND", place="Thống Nhất", date_text="12 tháng 3 năm 2024", issued="2024-03-12",
        title=["QUYẾT ĐỊNH"],
        subject=["Về việc hỗ trợ kinh phí di dời cơ sở chăn nuôi", "ra khỏi khu vực không được phép chăn nuôi"],
        body=["ỦY BAN NHÂN DÂN HUYỆN THỐNG NHẤT", _CAN_CU_UBND,
              "Căn cứ Luật Chăn nuôi ngày 19 tháng 11 năm 2018;",
              ("Căn cứ Nghị quyết số 07/2022/NQ-HĐND ngày 15 tháng 7 năm 2022 của Hội đồng nhân dân tỉnh Đồng Nai "
               "quy định chính sách hỗ trợ di dời cơ sở chăn nuôi ra khỏi khu vực không được phép chăn nuôi;"),
              ("Xét văn bản số 05/CV-HTX ngày 20 tháng 02 năm 2024 của Hợp tác xã Chăn nuôi Gia Kiệm và Tờ trình "
               "số 46/TTr-NN ngày 04 tháng 3 năm 2024 của Phòng Nông nghiệp và Phát triển nông thôn,"),
              "QUYẾT ĐỊNH:",
              ("Điều 1. Hỗ trợ kinh phí di dời cơ sở chăn nuôi cho Hợp tác xã Chăn nuôi Gia Kiệm, mã số hợp tác xã "
               "3601415822, ấp Võ Dõng 2, xã Gia Kiệm, với các nội dung sau:"),
              ("1. Cơ sở phải di dời: trại gà đẻ tại ấp Võ Dõng 2, xã Gia Kiệm, quy mô 18.000 con, nằm trong khu "
               "dân cư tập trung."),
              ("2. Địa điểm mới: thửa đất số 215, tờ bản đồ số 34, ấp Trần Cao Vân, xã Bàu Hàm 2, huyện Thống "
               "Nhất."),
              ("3. Mức hỗ trợ: 30% chi phí tháo dỡ, vận chuyển và xây dựng lại chuồng trại, tối đa 500.000.000 "
               "đồng."),
              "4. Nguồn kinh phí: ngân sách huyện năm 2024 đã giao tại Quyết định số 4012/QĐ-UBND.",
              ("5. Đơn vị tư vấn lập hồ sơ môi trường: Công ty TNHH Tư vấn Môi trường Dầu Giây, mã số doanh "
               "nghiệp 3603982721."),
              "6. Thời gian thực hiện di dời: 12 tháng kể từ ngày Quyết định này có hiệu lực.",
              "Điều 2. Trách nhiệm của Hợp tác xã Chăn nuôi Gia Kiệm:",
              ("a) Tháo dỡ chuồng trại, vệ sinh, khử trùng khu vực cũ và bàn giao mặt bằng cho Ủy ban nhân dân "
               "xã Gia Kiệm sau khi di dời;"),
              ("b) Xây dựng chuồng trại tại địa điểm mới bảo đảm khoảng cách, điều kiện vệ sinh thú y và xử lý "
               "chất thải theo quy định;"),
              ("c) Thực hiện kê khai hoạt động chăn nuôi, lập hồ sơ môi trường trước khi đưa cơ sở mới vào "
               "hoạt động;"),
              ("d) Lập hồ sơ thanh toán kinh phí hỗ trợ gửi Phòng Tài chính - Kế hoạch huyện kèm chứng từ hợp "
               "lệ theo quy định."),
              ("Điều 3. Giao Phòng Nông nghiệp và PTNT chủ trì, phối hợp Phòng Tài chính - Kế hoạch và Ủy ban "
               "nhân dân các xã Gia Kiệm, Bàu Hàm 2 kiểm tra, nghiệm thu việc di dời."),
              ("Điều 4. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND huyện, Trưởng "
               "phòng Nông nghiệp và PTNT, Trưởng phòng Tài chính - Kế hoạch, Chủ tịch UBND các xã Gia Kiệm, Bàu "
               "Hàm 2 và Giám đốc Hợp tác xã Chăn nuôi Gia Kiệm chịu trách nhiệm thi hành Quyết định này.")],
        signer_position=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer_name="Công Tằng Tôn Nữ Diễm",
        holder_name="Hợp tác xã Chăn nuôi Gia Kiệm", holder_id="3601415822", holder_id_type="tax_code",
        recipients=["- Như Điều 4;", "- Sở NN&PTNT tỉnh Đồng Nai (b/c);", "- Lưu: VT, NN."],
        seal="ỦY BAN NHÂN DÂN * HUYỆN THỐNG NHẤT *", hand="loops", aim=(30.0, 6.0), lift=10.0,
    ),
    Doc9(
        slug="qd-hoc-bong-luu-hoc-sinh-lao-viet-yen", family="hocbong",
        issuer=["BỘ NÔNG NGHIỆP VÀ PTNT", "TRƯỜNG ĐẠI HỌC", "NÔNG LÂM BẮC GIANG"],
        number="742", notation="QĐ-ĐHNLBG", place="Việt Yên", date_text="27 tháng 8 năm 2019", issued="2019-08-27",
        title=["QUYẾT ĐỊNH"],
        subject=["Về việc cấp học bổng cho lưu học sinh Lào", "diện Hiệp định năm học 2019 - 2020"],
        body=["HIỆU TRƯỞNG TRƯỜNG ĐẠI HỌC NÔNG LÂM BẮC GIANG",
              ("Căn cứ Thông tư số 03/2014/TT-BGDĐT ngày 25 tháng 02 năm 2014 của Bộ trưởng Bộ Giáo dục và Đào tạo "
               "ban hành Quy chế quản lý người nước ngoài học tập tại Việt Nam;"),
              ("Căn cứ văn bản số 2147/BGDĐT-HTQT ngày 19 tháng 7 năm 2019 của Bộ Giáo dục và Đào tạo về việc tiếp "
               "nhận lưu học sinh Lào diện Hiệp định năm 2019;"),
              "Theo đề nghị của Trưởng phòng Hợp tác quốc tế,",
              "QUYẾT ĐỊNH:",
              ("Điều 1. Cấp học bổng cho anh Khamphet Sysouvong, quốc tịch Lào, sinh ngày 14/9/1998, hộ chiếu số "
               "P2461837, sinh viên năm thứ hai ngành Lâm sinh, với các nội dung sau:"),
              "1. Mức học bổng: 1.490.000 đồng/tháng và các chế độ khác theo Hiệp định.",
              "2. Giáo viên chủ nhiệm: bà Khúc Thị Huệ, Khoa Lâm nghiệp.",
              "3. Thời gian hưởng học bổng: từ ngày 01 tháng 9 năm 2019 đến ngày 30 tháng 6 năm 2020.",
              ("Điều 2. Quyết định này có hiệu lực kể từ ngày ký. Trưởng phòng Hợp tác quốc tế, Trưởng phòng Kế "
               "hoạch - Tài chính và anh Khamphet Sysouvong chịu trách nhiệm thi hành Quyết định này.")],
        signer_position=["KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG"], signer_name="Thân Đức Nghị",
        holder_name="Khamphet Sysouvong", valid_until="2020-06-30",
        recipients=["- Như Điều 2;", "- Bộ GD&ĐT (b/c);", "- Lưu: VT, HTQT."],
        seal="TRƯỜNG ĐẠI HỌC * NÔNG LÂM BẮC GIANG *", hand="underline", aim=(0.0, 0.0), lift=16.0,
    ),
    Doc9(
        slug="qd-hoc-bong-chinh-sach-ly-thi-xe", family="hocbong",
        issuer=["UBND HUYỆN MƯỜNG NHÉ", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"],
        number="156", notation="QĐ-PGDĐT", place="Mường Nhé", date_text="11 tháng 9 năm 2023", issued="2023-09-11",
        title=["QUYẾT ĐỊNH"], subject=["Về việc cấp học bổng chính sách", "đối với học sinh Lỳ Thị Xè"],
        body=["TRƯỞNG PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN MƯỜNG NHÉ",
              ("Căn cứ Nghị định số 84/2020/NĐ-CP ngày 17 tháng 7 năm 2020 của Chính phủ quy định chi tiết một số "
               "điều của Luật Giáo dục;"),
              ("Xét đơn đề nghị ngày 28 tháng 8 năm 2023 của cha mẹ học sinh và đề nghị của Hiệu trưởng Trường Phổ "
               "thông dân tộc bán trú THCS Sín Thầu,"),
              "QUYẾT ĐỊNH:",
              ("Điều 1. Cấp học bổng chính sách cho em Lỳ Thị Xè, sinh ngày 03/6/2010, số định danh cá nhân "
               "011310467193, học sinh lớp 8A1 Trường Phổ thông dân tộc bán trú THCS Sín Thầu, như sau:"),
              "1. Mức học bổng: 1.440.000 đồng/tháng (80% mức lương cơ sở).",
              "2. Thời gian hưởng học bổng: từ ngày 05 tháng 9 năm 2023 đến ngày 31 tháng 5 năm 2024.",
              ("Điều 2. Quyết định này có hiệu lực kể từ ngày ký. Kế toán Phòng Giáo dục và Đào tạo, Hiệu trưởng "
               "nhà trường và cha mẹ em Lỳ Thị Xè chịu trách nhiệm thi hành Quyết định này.")],
        signer_position=["Q. TRƯỞNG PHÒNG"], signer_name="Lò Văn Piếng",
        holder_name="Lỳ Thị Xè", holder_id="011310467193", holder_id_type="cccd", valid_until="2024-05-31",
        recipients=["- Như Điều 2;", "- UBND xã Sín Thầu;", "- Lưu: VT, KHTC."],
        hand="loops", aim=(34.0, 10.0), lift=10.0,
    ),
    Doc9(
        slug="gcn-kiem-dinh-xe-tai-tan-dong-hiep", family="dangkiemxe",
        issuer=["SỞ GTVT TỈNH BÌNH DƯƠNG", "TRUNG TÂM ĐĂNG KIỂM 61-02D"],
        number="3084", notation="KĐ-6102D", place="Dĩ An", date_text="19 tháng 3 năm 2024", issued="2024-03-19",
        title=["GIẤY CHỨNG NHẬN KIỂM ĐỊNH AN TOÀN KỸ THUẬT", "VÀ BẢO VỆ MÔI TRƯỜNG XE CƠ GIỚI"], subject=[],
        body=[("Căn cứ Thông tư số 16/2021/TT-BGTVT ngày 12 tháng 8 năm 2021 của Bộ trưởng Bộ Giao thông vận tải "
               "quy định về kiểm định an toàn kỹ thuật và bảo vệ môi trường phương tiện giao thông cơ giới đường "
               "bộ;"),
              "Căn cứ kết quả kiểm định ngày 19 tháng 3 năm 2024 tại dây chuyền số 2,",
              "TRUNG TÂM ĐĂNG KIỂM 61-02D CHỨNG NHẬN:",
              "1. Biển đăng ký: 61H-047.92",
              "2. Số quản lý phương tiện: 6102D-128473",
              "3. Loại phương tiện: ô tô tải (có mui); nhãn hiệu - số loại: HINO FG8JP7A",
              "4. Số khung: RNB8JP7A2P1003847; số máy: J08EWB12847",
              "5. Khối lượng hàng chuyên chở cho phép: 8.150 kg; số người cho phép chở: 03 người",
              "6. Chủ phương tiện: Công ty TNHH Vận tải Giao nhận Tân Đông Hiệp",
              "7. Mã số doanh nghiệp: 3702983733",
              "8. Giấy chứng nhận có hiệu lực đến hết ngày 18 tháng 9 năm 2025."],
        signer_position=["GIÁM ĐỐC"], signer_name="Ông Văn Tưởng",
        holder_name="Công ty TNHH Vận tải Giao nhận Tân Đông Hiệp", holder_id="3702983733", holder_id_type="tax_code",
        valid_until="2025-09-18",
        recipients=["- Chủ phương tiện;", "- Cục Đăng kiểm Việt Nam (b/c);", "- Lưu: VT, KĐ."],
        seal="TRUNG TÂM ĐĂNG KIỂM * 61-02D *", hand="flourish", aim=(34.0, 8.0), lift=16.0, turn=(90.0,),
    ),
    Doc9(
        slug="gcn-dang-ky-xe-may-hau-thi-my", family="dangkiemxe",
        issuer=["CÔNG AN TỈNH LÀO CAI", "CÔNG AN HUYỆN BẢO THẮNG"],
        number="2846", notation="ĐKX-CAH", place="Bảo Thắng", date_text="04 tháng 12 năm 2018", issued="2018-12-04",
        title=["GIẤY CHỨNG NHẬN ĐĂNG KÝ XE MÔ TÔ, XE GẮN MÁY"], subject=[],
        body=[("Căn cứ Thông tư số 15/2014/TT-BCA ngày 04 tháng 4 năm 2014 của Bộ trưởng Bộ Công an quy định về "
               "đăng ký xe;"),
              "Xét hồ sơ đăng ký xe ngày 29 tháng 11 năm 2018,",
              "CÔNG AN HUYỆN BẢO THẮNG CHỨNG NHẬN:",
              "Tên chủ xe: Hầu Thị Mỷ",
              "Ngày sinh: 21/02/1994; số định danh cá nhân: 010194730862",
              "Địa chỉ: thôn Cốc Sâm 2, xã Phong Niên, huyện Bảo Thắng, tỉnh Lào Cai",
              "Nhãn hiệu: HONDA; số loại: WAVE ALPHA; màu sơn: đỏ - đen; dung tích: 110 cm³",
              "Số máy: JA39E1284736; số khung: RLHJA3920JY284173",
              "Biển số đăng ký: 24B2-318.46",
              "Xe đăng ký lần đầu; chủ xe chịu trách nhiệm về nguồn gốc hợp pháp của xe."],
        signer_position=["TRƯỞNG CÔNG AN HUYỆN"], signer_name="Đèo Văn Khải",
        holder_name="Hầu Thị Mỷ", holder_id="010194730862", holder_id_type="cccd",
        recipients=["- Chủ xe;", "- Lưu: hồ sơ xe, CSGT."],
        seal="CÔNG AN HUYỆN BẢO THẮNG * LÀO CAI *", hand="scribble", aim=(30.0, 6.0), lift=18.0,
    ),
]


def make_blind18(out: Path, docs=BLIND18, levels=LEVELS, only: set[str] | None = None) -> list[Path]:
    """As blind9, with seeds of its own; ``only`` (slugs) and ``levels`` draw just those files, as they are
    in the whole set."""
    return write_set(out, docs, levels, render, seed=4100, jpeg_seed=1600, no_dpi_parity=1, only=only)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, required=True, help="folder for scans/ and truth/")
    out = parser.parse_args().out
    for path in make_blind18(out):
        print(f"{path.relative_to(out)}  {path.stat().st_size // 1024} KiB")


if __name__ == "__main__":
    main()

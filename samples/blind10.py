"""Blind set 10 (issue 13, after blind set 9): six more families of results, each as a 300 dpi scan and
as a phone photo, signed and sealed as in blind sets 8 and 9. Written without looking at the rules or
running them on it, measured once.

Families (Decree 30/2020 appendix I positions: issuer column top left, motto top right, number under
the issuer, place and date under the motto, title centred, signer bottom right, "Nơi nhận:" bottom left):
  khambenh   a province's "SỞ Y TẾ" licensing a clinic: "GIẤY PHÉP HOẠT ĐỘNG KHÁM BỆNH, CHỮA BỆNH" in
             one line, "Số: 00412/PY-GPHĐ" (leading zeros), the clinic on a "1. Tên cơ sở khám bệnh, chữa
             bệnh: …" row, the doctor in charge with a practising-certificate number; and the same title
             broken in two capitals lines ("GIẤY PHÉP HOẠT ĐỘNG" / "KHÁM BỆNH, CHỮA BỆNH") for a dental
             clinic whose owner is named with her CCCD, scanned tilted two degrees;
  luatsu     a province's "SỞ TƯ PHÁP" registering lawyers' practices: "GIẤY ĐĂNG KÝ HOẠT ĐỘNG" /
             "VĂN PHÒNG LUẬT SƯ" (two capitals lines), the office on a "1. Tên văn phòng luật sư: …" row,
             "2. Mã số thuế: …" under it, its head lawyer ("Trưởng văn phòng: Luật sư …") with a lawyer's
             card number and a CCCD; and a one-line "GIẤY ĐĂNG KÝ HOẠT ĐỘNG CÔNG TY LUẬT" for a law
             firm, its enterprise code under the name, its director and a partner named below;
  quansu     military service: a "GIẤY CHỨNG NHẬN" / "ĐĂNG KÝ NGHĨA VỤ QUÂN SỰ" of a district's
             "BAN CHỈ HUY QUÂN SỰ" under the province's, abbreviated ("BỘ CHQS TỈNH HÀ GIANG"), the young man in rows
             ("Họ và tên: …", "Sinh ngày: …", "Số định danh cá nhân: …") and his parents on a row; and a
             district's decision "Về việc tạm hoãn gọi công dân nhập ngũ", Article 1 "… đối với công dân
             A, sinh ngày …, số định danh cá nhân …", Article 2 "Thời hạn tạm hoãn: đến hết ngày …";
  hongheo    poverty status of a household, from a commune: a "GIẤY CHỨNG NHẬN HỘ NGHÈO" of a commune
             under its district (two-line issuer), the head of household on a "Chủ hộ: Ông …" row with
             birth date and personal number, "có giá trị đến hết ngày 31 tháng 12 năm 2022", signed
             "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH"; and a commune's decision "Về việc công nhận hộ thoát nghèo
             năm 2021" numbered and dated by hand (blind5's pen), Article 1 "Công nhận hộ bà A (chủ hộ),
             sinh ngày …, số định danh cá nhân …";
  laodong    foreign workers: a "GIẤY PHÉP LAO ĐỘNG" of a province's "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ
             HỘI", the worker's name in capitals as in his passport ("1. Họ và tên: PARK JI HOON"), his
             passport number, the employer with its enterprise code, "Thời hạn làm việc: từ ngày
             01/3/2023 đến ngày 28/02/2025"; and a "GIẤY XÁC NHẬN" / "Người lao động nước ngoài không
             thuộc diện cấp giấy phép lao động" of an economic zone authority ("BAN QUẢN LÝ KHU KINH TẾ"),
             signed "TL. TRƯỞNG BAN" / "TRƯỞNG PHÒNG QUẢN LÝ LAO ĐỘNG" without a seal;
  dautu      "GIẤY CHỨNG NHẬN ĐĂNG KÝ ĐẦU TƯ" with a ten-digit "Mã số dự án: …" as the first line under the
             title: of a Sở Kế hoạch và Đầu tư for a domestic company ("Nhà đầu tư: …",
             "Mã số doanh nghiệp: …" under it, its legal representative with a CCCD), on two pages (the
             end of the body, the signer and "Nơi nhận:" on page 2); and of a province's "BAN QUẢN LÝ CÁC KHU
             CÔNG NGHIỆP" for a Korean company, named as registered abroad, with no Vietnamese
             tax code (its foreign registration number "124-86-39517" printed instead).
Every document is signed in blue ballpoint in one of blind7's four hands, on seven of them coming
down across the printed name (blind8's ``aim``), and all but one carry a red round seal over the left
part of the signer block, lifted by blind8's ``lift``. Signers' names have two, three and four
syllables; signer blocks "KT.", "TL." and "TM." all occur; eleven issuers are a parent and a child organ
in two lines.

Truth conventions (decided before any run): blind4's, as its docstring states them (organ_name,
code_number/code_notation, issued_date, place, type_name, subject, signer_position/signer_full_name,
holder_name and holder_id), with blind5's, blind6's, blind7's, blind8's and blind9's additions (their
docstrings). New here:
  clinic permits   the holder is the clinic: the name on the "Tên cơ sở khám bệnh, chữa bệnh:" row as
                   printed; ``holder_id`` None (the permit prints no code for the clinic); the doctor in
                   charge, the owner, their practising-certificate numbers ("003127/PY-CCHN") and the
                   owner's CCCD never; ``code_number`` keeps its leading zeros as printed ("00412"); a
                   permit that states no validity has None; the title in two capitals lines joined
                   (blind6's rule), ``subject`` None;
  lawyers' practices   ``holder_name`` the name on the "Tên văn phòng luật sư:" / "Tên công ty luật:" row
                   as printed, ``holder_id`` the "Mã số thuế:" / "Mã số doanh nghiệp:" row under it
                   (``tax_code``); the head lawyer, the director, partners, their lawyer's card numbers
                   ("thẻ luật sư số 07915/LS") and CCCDs never;
  military service   a registration certificate: ``holder_name`` from the "Họ và tên:" row, ``holder_id``
                   the "Số định danh cá nhân:" row (``cccd``); the parents never. A deferment decision:
                   the holder is the person named after "đối với công dân" in Article 1, without "công
                   dân", ``holder_id`` the personal number printed with that person; "Thời hạn tạm hoãn:
                   đến hết ngày 30 tháng 6 năm 2026" is its ``valid_until`` (blind8's "đến hết ngày" is
                   "đến ngày"); the university the person studies at never;
  poverty status   a certificate: the holder is the head of household on the "Chủ hộ:" row, without
                   "Ông" / "Bà", ``holder_id`` the personal number printed with them; "Giấy chứng nhận có
                   giá trị đến hết ngày 31 tháng 12 năm 2022" is ``valid_until``; the household's members
                   and their number never. A decision recognising one household: the holder is the head
                   named after "Công nhận hộ ông" / "hộ bà" in Article 1, without "hộ ông", "hộ bà"
                   (blind7's land rule), ``holder_id`` the personal number printed with them; a support
                   lasting "36 tháng kể từ ngày …" gives None;
  foreign workers  the holder is the worker: the name on the "Họ và tên:" row exactly as printed, in
                   capitals ("PARK JI HOON"); ``holder_id`` and ``holder_id_type`` None: a passport number
                   ("Số hộ chiếu: M70438215") is neither a CCCD nor a tax code and is never a field; the
                   employer and its enterprise code never; "Thời hạn làm việc: từ ngày 01/3/2023 đến
                   ngày 28/02/2025" gives ``valid_until`` the second date (blind7's rule, blind4's numeric
                   dates), and so does the confirmation's "Thời hạn: từ ngày … đến ngày …"; "Người lao
                   động nước ngoài không thuộc diện cấp giấy phép lao động", the sentence-case line under
                   "GIẤY XÁC NHẬN", is ``subject`` (blind5's two-line rule);
  investment certificates   the holder is the investor: the name on the "Nhà đầu tư:" row as printed (a
                   foreign company's registered name in capitals, "HANSEUNG TEXTILE CO., LTD."),
                   ``holder_id`` the "Mã số doanh nghiệp:" row under it (``tax_code``), None for a foreign
                   investor that prints only its foreign registration; the ten-digit "Mã số dự án: …" is
                   never ``code_number`` nor ``holder_id`` (though its check digit is a tax code's), nor
                   are the legal representative, the project's name or the land; "Thời hạn hoạt động của
                   dự án: 50 năm kể từ ngày …" gives None;
  pages turned     a scan tilted two degrees changes no field; a two-page document's fields come from
                   both pages, as one document;
  signatures and seals   as blind7 and blind8: the truth is the text as printed under them.

Renderings, seeds and truth files as blind9's (``make_blind9`` draws them): ``scan`` (300 dpi, light
degradation, PDF) and ``photo`` (80-150 dpi JPEG, perspective, uneven light, half without a DPI; the
two-page document's photos in one PDF). Only the scans are turned (``turn``): the dental clinic's
permit lies two degrees counterclockwise.

    python samples/blind10.py --out benchmarks/out/blind10
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind5 import _CAN_CU_UBND
from blind3 import write_set
from blind9 import LEVELS, Doc9, lay_out, render

__all__ = ["BLIND10", "FAMILIES", "LEVELS", "Doc9", "lay_out", "make_blind10", "render"]

FAMILIES = ("khambenh", "luatsu", "quansu", "hongheo", "laodong", "dautu")

_LUAT_KCB = ("Căn cứ Luật Khám bệnh, chữa bệnh ngày 23 tháng 11 năm 2009; Nghị định số 109/2016/NĐ-CP ngày 01 tháng "
             "7 năm 2016 của Chính phủ quy định cấp chứng chỉ hành nghề đối với người hành nghề và cấp giấy phép hoạt "
             "động đối với cơ sở khám bệnh, chữa bệnh;")
_LUAT_LS = ("Căn cứ Luật Luật sư ngày 29 tháng 6 năm 2006; Luật sửa đổi, bổ sung một số điều của Luật Luật sư ngày "
            "20 tháng 11 năm 2012;")
_ND_123 = ("Căn cứ Nghị định số 123/2013/NĐ-CP ngày 14 tháng 10 năm 2013 của Chính phủ quy định chi tiết một số điều "
           "và biện pháp thi hành Luật Luật sư;")
_ND_152 = ("Căn cứ Nghị định số 152/2020/NĐ-CP ngày 30 tháng 12 năm 2020 của Chính phủ quy định về người lao động "
           "nước ngoài làm việc tại Việt Nam và tuyển dụng, quản lý người lao động Việt Nam làm việc cho tổ chức, cá "
           "nhân nước ngoài tại Việt Nam;")
_LUAT_DT = ("Căn cứ Luật Đầu tư ngày 17 tháng 6 năm 2020; Nghị định số 31/2021/NĐ-CP ngày 26 tháng 3 năm 2021 của "
            "Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Luật Đầu tư;")
_LUAT_NVQS = "Căn cứ Luật Nghĩa vụ quân sự ngày 19 tháng 6 năm 2015;"

BLIND10 = [
    Doc9(
        slug="gp-hoat-dong-phong-kham-song-cau", family="khambenh", issuer=["UBND TỈNH PHÚ YÊN", "SỞ Y TẾ"],
        number="00412", notation="PY-GPHĐ", place="Phú Yên", date_text="12 tháng 3 năm 2019", issued="2019-03-12",
        title=["GIẤY PHÉP HOẠT ĐỘNG KHÁM BỆNH, CHỮA BỆNH"], subject=[],
        body=["GIÁM ĐỐC SỞ Y TẾ TỈNH PHÚ YÊN",
              _LUAT_KCB,
              ("Xét hồ sơ đề nghị cấp giấy phép hoạt động nộp ngày 18 tháng 02 năm 2019, biên bản thẩm định tại cơ "
               "sở ngày 01 tháng 3 năm 2019 và đề nghị của Trưởng phòng Nghiệp vụ Y,"),
              "CẤP GIẤY PHÉP HOẠT ĐỘNG KHÁM BỆNH, CHỮA BỆNH:",
              "1. Tên cơ sở khám bệnh, chữa bệnh: Phòng khám đa khoa Thiện Tâm",
              "2. Hình thức tổ chức: Phòng khám đa khoa.",
              "3. Địa điểm hành nghề: số 86 đường Lê Thánh Tôn, phường Xuân Phú, thị xã Sông Cầu, tỉnh Phú Yên.",
              ("4. Người chịu trách nhiệm chuyên môn kỹ thuật: Bác sĩ chuyên khoa I Lê Văn Toản; chứng chỉ hành nghề "
               "số 003127/PY-CCHN."),
              ("5. Phạm vi hoạt động chuyên môn: khám bệnh, chữa bệnh nội khoa, ngoại khoa, sản phụ khoa, nhi khoa; "
               "xét nghiệm; chẩn đoán hình ảnh (X-quang, siêu âm) theo danh mục kỹ thuật được phê duyệt."),
              "6. Thời gian làm việc: từ 07 giờ đến 20 giờ các ngày trong tuần."],
        signer_position=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], signer_name="Phan Thị Kiều Oanh",
        holder_name="Phòng khám đa khoa Thiện Tâm",
        recipients=["- Cơ sở được cấp;", "- Bảo hiểm xã hội tỉnh;", "- Lưu: VT, NVY."],
        seal="SỞ Y TẾ * TỈNH PHÚ YÊN *", hand="loops", aim=(0.0, 0.0), lift=12.0,
    ),
    Doc9(
        slug="gp-hoat-dong-nha-khoa-tam-dao", family="khambenh", issuer=["UBND TỈNH VĨNH PHÚC", "SỞ Y TẾ"],
        number="00096", notation="VP-GPHĐ", place="Vĩnh Phúc", date_text="17 tháng 11 năm 2020", issued="2020-11-17",
        title=["GIẤY PHÉP HOẠT ĐỘNG", "KHÁM BỆNH, CHỮA BỆNH"], subject=[],
        body=["GIÁM ĐỐC SỞ Y TẾ TỈNH VĨNH PHÚC",
              _LUAT_KCB,
              "Xét hồ sơ đề nghị cấp giấy phép hoạt động nộp ngày 29 tháng 10 năm 2020 và hồ sơ kèm theo,",
              "CẤP GIẤY PHÉP HOẠT ĐỘNG KHÁM BỆNH, CHỮA BỆNH:",
              "1. Tên cơ sở khám bệnh, chữa bệnh: Nha khoa Nụ Cười Tam Đảo",
              "2. Hình thức tổ chức: Phòng khám chuyên khoa Răng Hàm Mặt.",
              ("3. Địa điểm hành nghề: số 47 đường Nguyễn Tất Thành, phường Khai Quang, thành phố Vĩnh Yên, tỉnh Vĩnh "
               "Phúc."),
              ("4. Chủ cơ sở, người chịu trách nhiệm chuyên môn kỹ thuật: Bác sĩ Răng Hàm Mặt Kim Thị Ngân Hà; số căn "
               "cước công dân 026186002947; chứng chỉ hành nghề số 001864/VP-CCHN."),
              "5. Phạm vi hoạt động chuyên môn: khám, chữa bệnh chuyên khoa răng hàm mặt; nhổ răng, điều trị tủy.",
              "6. Thời gian làm việc: từ 08 giờ đến 19 giờ 30 từ thứ Hai đến thứ Bảy."],
        signer_position=["GIÁM ĐỐC"], signer_name="Trần Khải",
        holder_name="Nha khoa Nụ Cười Tam Đảo",
        recipients=["- Cơ sở được cấp;", "- Lưu: VT, NVY."], seal="SỞ Y TẾ * TỈNH VĨNH PHÚC *", hand="underline",
        aim=(0.0, 0.0), lift=14.0, turn=(2.0,),
    ),
    Doc9(
        slug="gdk-hoat-dong-van-phong-luat-su-minh-xuan", family="luatsu",
        issuer=["UBND TỈNH TUYÊN QUANG", "SỞ TƯ PHÁP"],
        number="38", notation="TP-ĐKHĐ", place="Tuyên Quang", date_text="24 tháng 7 năm 2018", issued="2018-07-24",
        title=["GIẤY ĐĂNG KÝ HOẠT ĐỘNG", "VĂN PHÒNG LUẬT SƯ"], subject=[],
        body=[_LUAT_LS, _ND_123,
              "Xét hồ sơ đăng ký hoạt động của Văn phòng luật sư nộp ngày 09 tháng 7 năm 2018,",
              "SỞ TƯ PHÁP TỈNH TUYÊN QUANG CHỨNG NHẬN:",
              "1. Tên văn phòng luật sư: Văn phòng Luật sư Minh Xuân Tân Trào",
              "2. Mã số thuế: 5001293580",
              "3. Địa chỉ trụ sở: số 112 đường Chiến Thắng Sông Lô, phường Minh Xuân, thành phố Tuyên Quang.",
              ("4. Trưởng văn phòng: Luật sư Âu Văn Khởi, thẻ luật sư số 07915/LS do Liên đoàn Luật sư Việt Nam cấp; "
               "số căn cước công dân 008072001496."),
              ("5. Lĩnh vực hành nghề: tham gia tố tụng; tư vấn pháp luật; đại diện ngoài tố tụng cho khách hàng; "
               "dịch vụ pháp lý khác.")],
        signer_position=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], signer_name="Ma Thị Hường",
        holder_name="Văn phòng Luật sư Minh Xuân Tân Trào", holder_id="5001293580", holder_id_type="tax_code",
        recipients=["- Văn phòng luật sư;", "- Đoàn Luật sư tỉnh;", "- Cục Thuế tỉnh;", "- Lưu: VT, BTTP."],
        seal="SỞ TƯ PHÁP * TỈNH TUYÊN QUANG *", hand="scribble", lift=14.0,
    ),
    Doc9(
        slug="gdk-hoat-dong-cong-ty-luat-long-xuyen", family="luatsu",
        issuer=["UBND TỈNH AN GIANG", "SỞ TƯ PHÁP"],
        number="146", notation="TP-ĐKHĐ", place="An Giang", date_text="19 tháng 10 năm 2020",
        issued="2020-10-19", title=["GIẤY ĐĂNG KÝ HOẠT ĐỘNG CÔNG TY LUẬT"], subject=[],
        body=["GIÁM ĐỐC SỞ TƯ PHÁP TỈNH AN GIANG", _LUAT_LS, _ND_123,
              "Xét hồ sơ đăng ký hoạt động của Công ty luật nộp ngày 02 tháng 10 năm 2020,",
              "CHỨNG NHẬN:",
              "1. Tên công ty luật: Công ty Luật TNHH Phú Quới Long Xuyên",
              "2. Mã số doanh nghiệp: 1601582379",
              "3. Loại hình: công ty luật trách nhiệm hữu hạn hai thành viên trở lên.",
              "4. Địa chỉ trụ sở: số 23 đường Trần Hưng Đạo, phường Mỹ Bình, thành phố Long Xuyên, tỉnh An Giang.",
              ("5. Giám đốc, người đại diện theo pháp luật: Luật sư Phạm Nhật Quang, thẻ luật sư số 11208/LS; số căn "
               "cước công dân 089079002583."),
              "6. Thành viên: Luật sư Tạ Thu Uyên, thẻ luật sư số 13562/LS.",
              "7. Lĩnh vực hành nghề: tham gia tố tụng; tư vấn pháp luật về đất đai, doanh nghiệp, thương mại."],
        signer_position=["GIÁM ĐỐC"], signer_name="Khúc Quang Vĩnh",
        holder_name="Công ty Luật TNHH Phú Quới Long Xuyên", holder_id="1601582379", holder_id_type="tax_code",
        recipients=["- Công ty luật;", "- Bộ Tư pháp (b/c);", "- Lưu: VT, BTTP."],
        seal="SỞ TƯ PHÁP * TỈNH AN GIANG *", hand="flourish", aim=(0.0, 0.0), lift=16.0,
    ),
    Doc9(
        slug="gcn-dang-ky-nghia-vu-quan-su-vi-xuyen", family="quansu",
        issuer=["BỘ CHQS TỈNH HÀ GIANG", "BAN CHỈ HUY QUÂN SỰ HUYỆN VỊ XUYÊN"],
        number="527", notation="GCN-BCH", place="Vị Xuyên", date_text="12 tháng 4 năm 2022", issued="2022-04-12",
        title=["GIẤY CHỨNG NHẬN", "ĐĂNG KÝ NGHĨA VỤ QUÂN SỰ"], subject=[],
        body=[_LUAT_NVQS,
              ("Căn cứ Thông tư số 148/2018/TT-BQP ngày 04 tháng 10 năm 2018 của Bộ trưởng Bộ Quốc phòng quy định "
               "tuyển chọn và gọi công dân nhập ngũ;"),
              "BAN CHỈ HUY QUÂN SỰ HUYỆN VỊ XUYÊN CHỨNG NHẬN:",
              "Họ và tên: Vàng Văn Thiêm",
              "Sinh ngày: 14/3/2004; dân tộc: Tày",
              "Số định danh cá nhân: 002204003518",
              "Con ông: Vàng Văn Lả; con bà: Hoàng Thị Mỵ",
              "Nơi cư trú: thôn Làng Khẻ, xã Đạo Đức, huyện Vị Xuyên, tỉnh Hà Giang.",
              "Trình độ học vấn: 12/12; nghề nghiệp: lao động tự do.",
              "Đã đăng ký nghĩa vụ quân sự lần đầu ngày 05 tháng 4 năm 2022 tại Ban Chỉ huy quân sự xã Đạo Đức."],
        signer_position=["CHỈ HUY TRƯỞNG"], signer_name="Nông Đức Thiện",
        holder_name="Vàng Văn Thiêm", holder_id="002204003518", holder_id_type="cccd",
        recipients=["- Công dân;", "- Ban CHQS xã Đạo Đức;", "- Lưu: VT, QL."],
        seal="BAN CHQS HUYỆN VỊ XUYÊN * HÀ GIANG *", hand="loops", aim=(30.0, 6.0), lift=16.0,
    ),
    Doc9(
        slug="qd-tam-hoan-nhap-ngu-trieu-son", family="quansu", issuer=["ỦY BAN NHÂN DÂN", "HUYỆN TRIỆU SƠN"],
        number="3164", notation="QĐ-UBND", place="Triệu Sơn", date_text="08 tháng 12 năm 2021", issued="2021-12-08",
        title=["QUYẾT ĐỊNH"], subject=["Về việc tạm hoãn gọi công dân nhập ngũ"],
        body=["CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN TRIỆU SƠN", _CAN_CU_UBND, _LUAT_NVQS,
              ("Xét giấy xác nhận của Trường Đại học Bách khoa Hà Nội ngày 22 tháng 11 năm 2021 và đề nghị của Chỉ "
               "huy trưởng Ban Chỉ huy quân sự huyện,"),
              "QUYẾT ĐỊNH:",
              ("Điều 1. Tạm hoãn gọi nhập ngũ đối với công dân Lê Đình Khải, sinh ngày 02/9/2003, số định danh cá "
               "nhân 038203007164, thường trú tại thôn Đông Hải, xã Dân Lực, huyện Triệu Sơn; lý do: đang học đại "
               "học hệ chính quy tại Trường Đại học Bách khoa Hà Nội, khóa 2021 - 2026."),
              ("Điều 2. Thời hạn tạm hoãn: đến hết ngày 30 tháng 6 năm 2026. Hết thời hạn tạm hoãn, công dân Lê Đình "
               "Khải báo cáo Ban Chỉ huy quân sự xã Dân Lực để được gọi nhập ngũ theo quy định."),
              ("Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chỉ huy trưởng Ban Chỉ huy quân sự huyện, Chủ tịch "
               "UBND xã Dân Lực và công dân Lê Đình Khải chịu trách nhiệm thi hành Quyết định này.")],
        signer_position=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer_name="Lê Thế Vịnh",
        holder_name="Lê Đình Khải", holder_id="038203007164", holder_id_type="cccd", valid_until="2026-06-30",
        recipients=["- Như Điều 3;", "- Bộ CHQS tỉnh (b/c);", "- Lưu: VT."],
        seal="ỦY BAN NHÂN DÂN * HUYỆN TRIỆU SƠN *", hand="scribble",
    ),
    Doc9(
        slug="gcn-ho-ngheo-nan-san", family="hongheo", issuer=["UBND HUYỆN SI MA CAI", "UBND XÃ NÀN SÁN"],
        number="34", notation="GCN-UBND", place="Nàn Sán", date_text="11 tháng 01 năm 2022", issued="2022-01-11",
        title=["GIẤY CHỨNG NHẬN HỘ NGHÈO"], subject=[],
        body=[("Căn cứ Nghị định số 07/2021/NĐ-CP ngày 27 tháng 01 năm 2021 của Chính phủ quy định chuẩn nghèo đa "
               "chiều giai đoạn 2021 - 2025;"),
              ("Căn cứ Quyết định số 02/QĐ-UBND ngày 05 tháng 01 năm 2022 của Chủ tịch Ủy ban nhân dân xã Nàn Sán "
               "công nhận danh sách hộ nghèo, hộ cận nghèo năm 2022,"),
              "ỦY BAN NHÂN DÂN XÃ NÀN SÁN CHỨNG NHẬN:",
              "Chủ hộ: Ông Giàng Seo Phử",
              "Sinh ngày: 05/7/1981; dân tộc: Mông",
              "Số định danh cá nhân: 010081004729",
              "Nơi cư trú: thôn Sín Chải, xã Nàn Sán, huyện Si Ma Cai, tỉnh Lào Cai.",
              "Số thành viên trong hộ: 06 người.",
              "Là hộ nghèo theo chuẩn nghèo đa chiều giai đoạn 2021 - 2025.",
              "Giấy chứng nhận có giá trị đến hết ngày 31 tháng 12 năm 2022."],
        signer_position=["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], signer_name="Sần Thị Dính",
        holder_name="Giàng Seo Phử", holder_id="010081004729", holder_id_type="cccd", valid_until="2022-12-31",
        recipients=["- Hộ gia đình;", "- Lưu: VT, LĐTBXH."], seal="ỦY BAN NHÂN DÂN * XÃ NÀN SÁN *",
        hand="underline", aim=(0.0, 0.0), lift=16.0,
    ),
    Doc9(
        slug="qd-cong-nhan-ho-thoat-ngheo-nghia-ky", family="hongheo",
        issuer=["UBND HUYỆN TƯ NGHĨA", "UBND XÃ NGHĨA KỲ"],
        number="86", notation="QĐ-UBND", place="Nghĩa Kỳ", date_text="21 tháng 12 năm 2021", issued="2021-12-21",
        title=["QUYẾT ĐỊNH"], subject=["Về việc công nhận hộ thoát nghèo năm 2021"],
        body=["CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ NGHĨA KỲ", _CAN_CU_UBND,
              ("Căn cứ Nghị định số 07/2021/NĐ-CP ngày 27 tháng 01 năm 2021 của Chính phủ quy định chuẩn nghèo đa "
               "chiều giai đoạn 2021 - 2025;"),
              ("Xét kết quả rà soát hộ nghèo, hộ cận nghèo cuối năm 2021 của Ban chỉ đạo giảm nghèo xã và đề nghị của "
               "công chức Lao động - Thương binh và Xã hội xã,"),
              "QUYẾT ĐỊNH:",
              ("Điều 1. Công nhận hộ bà Trương Thị Bích Liên (chủ hộ), sinh ngày 21/10/1976, số định danh cá nhân "
               "051176008342, thôn 4, xã Nghĩa Kỳ, là hộ thoát nghèo năm 2021; số thành viên trong hộ: 04 người."),
              ("Điều 2. Các thành viên của hộ được hưởng chính sách hỗ trợ bảo hiểm y tế trong thời gian 36 tháng kể "
               "từ ngày 01 tháng 01 năm 2022 theo quy định."),
              ("Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Văn phòng HĐND và UBND xã, công chức Lao động - "
               "Thương binh và Xã hội xã, Trưởng thôn 4 và bà Trương Thị Bích Liên chịu trách nhiệm thi hành Quyết "
               "định này.")],
        signer_position=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer_name="Võ Tấn Đức",
        holder_name="Trương Thị Bích Liên", holder_id="051176008342", holder_id_type="cccd",
        recipients=["- Như Điều 3;", "- Phòng LĐTBXH huyện;", "- Lưu: VT."], seal="ỦY BAN NHÂN DÂN * XÃ NGHĨA KỲ *",
        handwritten=("code_number", "issued_date"), hand="flourish", aim=(36.0, 8.0), lift=10.0,
    ),
    Doc9(
        slug="gp-lao-dong-nhon-trach", family="laodong",
        issuer=["UBND TỈNH ĐỒNG NAI", "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"],
        number="1753", notation="GPLĐ-SLĐTBXH", place="Đồng Nai", date_text="27 tháng 02 năm 2023",
        issued="2023-02-27", title=["GIẤY PHÉP LAO ĐỘNG"], subject=[],
        body=["GIÁM ĐỐC SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH ĐỒNG NAI", _ND_152,
              "Xét hồ sơ đề nghị cấp giấy phép lao động nộp ngày 13 tháng 02 năm 2023 của người sử dụng lao động,",
              "CẤP GIẤY PHÉP LAO ĐỘNG CHO:",
              "1. Họ và tên: PARK JI HOON",
              "2. Giới tính: Nam; ngày sinh: 17/02/1985",
              "3. Quốc tịch: Hàn Quốc",
              "4. Số hộ chiếu: M70438215",
              "5. Làm việc tại: Công ty TNHH Điện tử Hansol Nhơn Trạch; mã số doanh nghiệp: 3602471851",
              "6. Địa điểm làm việc: Khu công nghiệp Nhơn Trạch 3, huyện Nhơn Trạch, tỉnh Đồng Nai.",
              "7. Vị trí công việc: nhà quản lý; chức danh công việc: Giám đốc sản xuất.",
              "8. Hình thức làm việc: thực hiện hợp đồng lao động.",
              "9. Thời hạn làm việc: từ ngày 01/3/2023 đến ngày 28/02/2025."],
        signer_position=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], signer_name="Đoàn Thị Mỹ Hạnh",
        holder_name="PARK JI HOON", valid_until="2025-02-28",
        recipients=["- Người sử dụng lao động;", "- Công an tỉnh (PA08);", "- Lưu: VT, VLATLĐ."],
        seal="SỞ LĐTBXH * TỈNH ĐỒNG NAI *", hand="loops", lift=6.0,
    ),
    Doc9(
        slug="xn-khong-thuoc-dien-cap-gpld-long-an", family="laodong",
        issuer=["UBND TỈNH LONG AN", "BAN QUẢN LÝ KHU KINH TẾ"],
        number="652", notation="XN-BQLKKT", place="Long An", date_text="03 tháng 6 năm 2020", issued="2020-06-03",
        title=["GIẤY XÁC NHẬN"],
        subject=["Người lao động nước ngoài không thuộc diện", "cấp giấy phép lao động"],
        body=[("Căn cứ Nghị định số 11/2016/NĐ-CP ngày 03 tháng 02 năm 2016 của Chính phủ quy định chi tiết thi hành "
               "một số điều của Bộ luật Lao động về lao động nước ngoài làm việc tại Việt Nam;"),
              "Xét văn bản đề nghị ngày 25 tháng 5 năm 2020 của người sử dụng lao động,",
              "BAN QUẢN LÝ KHU KINH TẾ TỈNH LONG AN XÁC NHẬN:",
              "1. Họ và tên: TANAKA HIROSHI",
              "2. Giới tính: Nam; ngày sinh: 09/11/1971",
              "3. Quốc tịch: Nhật Bản",
              "4. Số hộ chiếu: TR4829173",
              ("5. Làm việc tại: Công ty TNHH Bao bì Nhựa Sanko Đức Hòa; mã số doanh nghiệp: 1101827341; Khu công "
               "nghiệp Xuyên Á, huyện Đức Hòa, tỉnh Long An."),
              "6. Vị trí công việc: chủ sở hữu, thành viên góp vốn có giá trị góp vốn từ 3 tỷ đồng trở lên.",
              "7. Thời hạn: từ ngày 15/6/2020 đến ngày 14/6/2022."],
        signer_position=["TL. TRƯỞNG BAN", "TRƯỞNG PHÒNG QUẢN LÝ LAO ĐỘNG"], signer_name="Cao Văn Tường",
        holder_name="TANAKA HIROSHI", valid_until="2022-06-14",
        recipients=["- Người sử dụng lao động;", "- Lưu: VT, QLLĐ."], hand="scribble", aim=(32.0, 8.0),
    ),
    Doc9(
        slug="gcn-dang-ky-dau-tu-go-thang-binh", family="dautu",
        issuer=["UBND TỈNH QUẢNG NAM", "SỞ KẾ HOẠCH VÀ ĐẦU TƯ"],
        number="2185", notation="GCNĐKĐT-SKHĐT", place="Quảng Nam", date_text="12 tháng 8 năm 2021",
        issued="2021-08-12", title=["GIẤY CHỨNG NHẬN ĐĂNG KÝ ĐẦU TƯ"], subject=[],
        body=["Mã số dự án: 4581239670",
              "Chứng nhận lần đầu: ngày 12 tháng 8 năm 2021",
              _LUAT_DT,
              ("Căn cứ Quyết định số 1874/QĐ-UBND ngày 28 tháng 6 năm 2021 của Ủy ban nhân dân tỉnh Quảng Nam chấp "
               "thuận chủ trương đầu tư đồng thời chấp thuận nhà đầu tư;"),
              "Xét hồ sơ đề nghị cấp Giấy chứng nhận đăng ký đầu tư nộp ngày 26 tháng 7 năm 2021,",
              "SỞ KẾ HOẠCH VÀ ĐẦU TƯ TỈNH QUẢNG NAM CHỨNG NHẬN:",
              "Nhà đầu tư: Công ty Cổ phần Chế biến Gỗ Thăng Bình Xanh",
              "Mã số doanh nghiệp: 4001672932",
              ("do Sở Kế hoạch và Đầu tư tỉnh Quảng Nam cấp lần đầu ngày 15 tháng 4 năm 2016; địa chỉ trụ sở: thôn "
               "Bình Quang, xã Bình Phục, huyện Thăng Bình, tỉnh Quảng Nam."),
              ("Người đại diện theo pháp luật: Ông Nguyễn Thanh Hải; chức danh: Tổng giám đốc; số định danh cá nhân "
               "049075003618."),
              "Đăng ký thực hiện dự án đầu tư với nội dung như sau:",
              "Điều 1. Nội dung dự án đầu tư",
              "1. Tên dự án đầu tư: Nhà máy chế biến gỗ rừng trồng xuất khẩu Thăng Bình.",
              ("2. Mục tiêu dự án: sản xuất ván ghép thanh, đồ gỗ nội thất từ gỗ rừng trồng; công suất 36.000 m³ "
               "sản phẩm/năm."),
              ("3. Địa điểm thực hiện dự án: Cụm công nghiệp Hà Lam - Chợ Được, xã Bình Phục, huyện Thăng Bình, tỉnh "
               "Quảng Nam."),
              "4. Diện tích đất sử dụng: 42.600 m².",
              ("5. Tổng vốn đầu tư của dự án: 186.500.000.000 đồng (một trăm tám mươi sáu tỷ năm trăm triệu đồng), "
               "trong đó vốn góp của nhà đầu tư là 56.000.000.000 đồng."),
              ("6. Thời hạn hoạt động của dự án: 50 năm kể từ ngày được cấp Giấy chứng nhận đăng ký đầu tư lần "
               "đầu."),
              ("7. Tiến độ thực hiện dự án: hoàn thành thủ tục đất đai, xây dựng trong quý IV năm 2021; xây dựng nhà "
               "xưởng, lắp đặt máy móc từ quý I năm 2022; đi vào hoạt động từ quý I năm 2023."),
              ("Điều 2. Ưu đãi đầu tư: nhà đầu tư được hưởng ưu đãi về thuế thu nhập doanh nghiệp, miễn tiền thuê "
               "đất theo quy định của pháp luật đối với dự án tại địa bàn có điều kiện kinh tế - xã hội khó khăn."),
              ("Điều 3. Nhà đầu tư có trách nhiệm thực hiện dự án đúng nội dung đăng ký, ký quỹ bảo đảm thực hiện "
               "dự án và báo cáo định kỳ tình hình thực hiện dự án theo quy định của Luật Đầu tư."),
              ("Điều 4. Giấy chứng nhận đăng ký đầu tư này có hiệu lực kể từ ngày ký; được lập thành 02 bản gốc, một "
               "bản cấp cho nhà đầu tư và một bản lưu tại Sở Kế hoạch và Đầu tư tỉnh Quảng Nam.")],
        signer_position=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], signer_name="Huỳnh Ngọc Ẩn",
        holder_name="Công ty Cổ phần Chế biến Gỗ Thăng Bình Xanh", holder_id="4001672932", holder_id_type="tax_code",
        recipients=["- Nhà đầu tư;", "- UBND tỉnh (b/c);", "- Cục Thuế tỉnh;", "- Lưu: VT, ĐKĐT."],
        seal="SỞ KẾ HOẠCH VÀ ĐẦU TƯ * QUẢNG NAM *", hand="underline", aim=(34.0, 8.0), lift=14.0,
    ),
    Doc9(
        slug="gcn-dang-ky-dau-tu-det-may-song-da", family="dautu",
        issuer=["UBND TỈNH HÒA BÌNH", "BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP"],
        number="417", notation="GCNĐKĐT-BQL", place="Hòa Bình", date_text="23 tháng 5 năm 2019",
        issued="2019-05-23", title=["GIẤY CHỨNG NHẬN ĐĂNG KÝ ĐẦU TƯ"], subject=[],
        body=["Mã số dự án: 5723186404",
              "Chứng nhận lần đầu: ngày 23 tháng 5 năm 2019",
              ("Căn cứ Luật Đầu tư ngày 26 tháng 11 năm 2014; Nghị định số 118/2015/NĐ-CP ngày 12 tháng 11 năm 2015 "
               "của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Luật Đầu tư;"),
              "Xét hồ sơ đăng ký đầu tư nộp ngày 06 tháng 5 năm 2019,",
              "CHỨNG NHẬN:",
              "Nhà đầu tư: HANSEUNG TEXTILE CO., LTD.",
              ("Giấy chứng nhận thành lập số 124-86-39517 do Cơ quan Thuế Suwon, Hàn Quốc cấp ngày 14 tháng 02 năm "
               "2007; địa chỉ trụ sở: 58 Gwonseon-ro, Suwon-si, Gyeonggi-do, Hàn Quốc."),
              "Người đại diện theo pháp luật: Ông CHOI DONG WOOK; quốc tịch: Hàn Quốc; chức danh: Tổng giám đốc.",
              "Đăng ký thực hiện dự án đầu tư: Nhà máy dệt may Hanseung Sông Đà.",
              ("Địa điểm: Khu công nghiệp bờ trái sông Đà, phường Hữu Nghị, thành phố Hòa Bình, tỉnh Hòa Bình; diện "
               "tích đất: 68.000 m²."),
              "Tổng vốn đầu tư: 230.000.000.000 đồng, tương đương 10.000.000 đô la Mỹ.",
              "Thời hạn hoạt động của dự án: 50 năm kể từ ngày được cấp Giấy chứng nhận đăng ký đầu tư lần đầu."],
        signer_position=["TRƯỞNG BAN"], signer_name="Tôn Thất Quỳnh",
        holder_name="HANSEUNG TEXTILE CO., LTD.",
        recipients=["- Nhà đầu tư;", "- Bộ KH&ĐT (b/c);", "- Lưu: VT, DN."],
        seal="BQL CÁC KHU CÔNG NGHIỆP * HÒA BÌNH *", hand="flourish", aim=(0.0, 0.0), lift=8.0,
    ),
]


def make_blind10(out: Path, docs=BLIND10, levels=LEVELS, only: set[str] | None = None) -> list[Path]:
    """As blind9, with seeds of its own; ``only`` (slugs) and ``levels`` draw just those files, as they are
    in the whole set."""
    return write_set(out, docs, levels, render, seed=2500, jpeg_seed=800, no_dpi_parity=1, only=only)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, required=True, help="folder for scans/ and truth/")
    out = parser.parse_args().out
    for path in make_blind10(out):
        print(f"{path.relative_to(out)}  {path.stat().st_size // 1024} KiB")


if __name__ == "__main__":
    main()

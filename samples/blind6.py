"""Blind set 6 (issue 13, after blind set 5): six more layout families the rules were not written for,
each as a 300 dpi scan and as a phone photo. Written without looking at the rules or running them on
it, measured once.

Families (Decree 30/2020 appendix I positions: issuer column top left, motto top right, number under
the issuer, place and date under the motto, title centred, signer bottom right, "Nơi nhận:" bottom left):
  chungthuc    certificates of a commune or a ward, the issuer in two lines ("UBND HUYỆN MAI CHÂU" /
               "UBND XÃ CHIỀNG CHÂU", "UBND THỊ XÃ …" / "UBND PHƯỜNG …"), "GIẤY CHỨNG NHẬN" with a subject
               line or "GIẤY XÁC NHẬN" without one, the person as labelled rows ("Họ và tên: …",
               "Ngày sinh: …", "Số CCCD: …"), "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH" under a seal or
               "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH";
  hokinhdoanh  "GIẤY CHỨNG NHẬN ĐĂNG KÝ HỘ KINH DOANH" (one line, or "GIẤY CHỨNG NHẬN" / "ĐĂNG KÝ HỘ KINH
               DOANH") of a district's "PHÒNG TÀI CHÍNH - KẾ HOẠCH", "Số: …/GCN-…"; the household business
               on a "Tên hộ kinh doanh: Hộ kinh doanh …" row, its tax code on a row of its own, the owner
               on a separate "Chủ hộ kinh doanh: …" row (with the owner's CCCD in one of the two);
  quyetdinh2   decisions whose holder is named in Article 1 only ("Điều 1. Cấp giấy phép … cho Công ty Cổ
               phần …, mã số doanh nghiệp …, địa chỉ …") under a subject of two or three lines "Về việc …";
               one of them numbered and dated by hand with blind5's pen;
  baocao       a báo cáo ("Kết quả …") and a tờ trình ("Về việc …", "Kính gửi: …") of a provincial
               department, a ruled table between two paragraphs of the body, "Nơi nhận:" beside the
               signer, the date with leading zeros ("ngày 05 tháng 01 năm 2022");
  bansao       result copies with one more line at the very top right, above the motto: a red framed
               "SAO Y BẢN CHÍNH" stamp, or a small printed form code "Mẫu số 02/GP"; the real header,
               moved down, under it;
  photo2       a decision and a notice whose scan is ordinary but whose photo is harsher: 70-90 dpi, a
               stronger keystone perspective and a shadow band across the page.

Truth conventions (decided before any run): blind4's, as its docstring states them (organ_name,
code_number/code_notation, issued_date, place, type_name, subject, signer_position/signer_full_name,
holder_name and holder_id), with blind5's additions (its docstring). New here:
  a title in two capitals lines ("GIẤY CHỨNG NHẬN" / "ĐĂNG KÝ HỘ KINH DOANH", "GIẤY PHÉP KINH DOANH" /
                   "DỊCH VỤ LỮ HÀNH NỘI ĐỊA"): both lines are the title, ``type_name`` joins them with a
                   space (as blind4's "HỢP ĐỒNG" / "THUÊ MẶT NƯỚC …"), ``subject`` is None; blind5's two-line
                   rule is for a second line in sentence case;
  a household business   ``holder_name`` is the "Hộ kinh doanh …" name on its row, ``holder_id`` the tax
                   code on the row under it; the owner ("Chủ hộ kinh doanh: …") and the owner's CCCD are
                   never the holder;
  labelled rows    a certificate about a person: ``holder_name`` from "Họ và tên:", ``holder_id`` from
                   "Số CCCD:" (``cccd``); a date of birth is never a field;
  Article 1        the company named there ("cho Công ty Cổ phần …, mã số doanh nghiệp …,") is the holder,
                   up to the comma; a validity "kể từ ngày ký" without a date gives no ``valid_until``;
  a table          its cells are never a field; a báo cáo or tờ trình to the province has no holder;
  the top line     of a copy ("SAO Y BẢN CHÍNH" stamped, "Mẫu số 02/GP" printed) belongs to no field: not
                   the number, not the issuer; the header under it is read as usual;
  dates            leading zeros change nothing ("ngày 05 tháng 01 năm 2022" is 2022-01-05).

Renderings as blind5: ``scan`` (300 dpi, light degradation, PDF) and ``photo`` (80-150 dpi JPEG,
perspective, uneven light, half without a DPI); the ``photo2`` photos are taken at 70-90 dpi, tilted
further and crossed by a shadow band.

    python samples/blind6.py --out benchmarks/out/blind6
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind2 import _photo, _scrawl, _seal  # noqa: E402
from blind3 import _raster, write_set  # noqa: E402
from blind5 import _CAN_CU_UBND, RIGHT_C, Annex, Doc5, _annex, _finish, _pen  # noqa: E402
from blind5 import lay_out as _lay_out5  # noqa: E402
from make_samples import A4, FONTS, LEFT, TOP, Layout, Run, degrade, width, wrap  # noqa: E402

LEVELS = ("scan", "photo")
FAMILIES = ("chungthuc", "hokinhdoanh", "quyetdinh2", "baocao", "bansao", "photo2")
STAMP_INK = (192, 28, 52)
DROP = 30.0  # how far (points) the page moves down under a copy's top line


@dataclass(frozen=True)
class Doc6(Doc5):
    """blind5's document (one page here) with a ruled table in the body, in front of ``body[table_at]``,
    and a line above the header at the top right (``corner``; a red framed stamp when ``stamp``)."""
    table: Annex | None = None  # only its columns and rows are used
    table_at: int = 0
    corner: str | None = None
    stamp: bool = False


def _table(columns: list[tuple[str, float]], rows: list[tuple[str, ...]]) -> Annex:
    return Annex(title=[], note="", columns=columns, rows=rows)


BLIND6 = [
    Doc6(
        slug="gcn-xa-ho-muc-song-trung-binh", family="chungthuc", issuer=["UBND HUYỆN MAI CHÂU", "UBND XÃ CHIỀNG CHÂU"],
        number="53", notation="GCN-UBND", place="Chiềng Châu", date_text="16 tháng 8 năm 2021", issued="2021-08-16",
        title=["GIẤY CHỨNG NHẬN"], subject=["Hộ gia đình có mức sống trung bình"],
        body=["Ủy ban nhân dân xã Chiềng Châu chứng nhận:",
              "Họ và tên: Lò Thị Xuân",
              "Ngày sinh: 12/4/1986",
              "Số CCCD: 017186002745",
              "Nơi thường trú: bản Lác, xã Chiềng Châu, huyện Mai Châu, tỉnh Hòa Bình.",
              "Là chủ hộ gia đình làm nông nghiệp, lâm nghiệp có mức sống trung bình năm 2021 theo kết quả rà soát "
              "hộ nghèo, hộ cận nghèo của xã.",
              "Giấy chứng nhận này có giá trị đến ngày 31 tháng 12 năm 2021."],
        signer_position=["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], signer_name="Xa Văn Tỉnh",
        holder_name="Lò Thị Xuân", holder_id="017186002745", holder_id_type="cccd", valid_until="2021-12-31",
        recipients=["- Bà Lò Thị Xuân;", "- Lưu: VP."], seal="ỦY BAN NHÂN DÂN * XÃ CHIỀNG CHÂU *",
    ),
    Doc6(
        slug="gxn-phuong-doi-dan-phong", family="chungthuc",
        issuer=["UBND THỊ XÃ HƯƠNG THỦY", "UBND PHƯỜNG THỦY DƯƠNG"],
        number="112", notation="GXN-UBND", place="Hương Thủy", date_text="21 tháng 02 năm 2022", issued="2022-02-21",
        title=["GIẤY XÁC NHẬN"], subject=[],
        body=["Ủy ban nhân dân phường Thủy Dương xác nhận:",
              "Họ và tên: Nguyễn Hữu Phước",
              "Ngày sinh: 03/9/1994",
              "Số CCCD: 046094008137",
              "Nơi cư trú: tổ dân phố 7, phường Thủy Dương, thị xã Hương Thủy, tỉnh Thừa Thiên Huế.",
              "Là đội viên Đội dân phòng tổ dân phố 7 từ tháng 3 năm 2019 đến nay; trong thời gian cư trú tại địa "
              "phương chấp hành tốt chủ trương, chính sách của Đảng và pháp luật của Nhà nước.",
              "Giấy xác nhận này cấp để ông Nguyễn Hữu Phước bổ sung hồ sơ dự tuyển viên chức năm 2022."],
        signer_position=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer_name="Hồ Đắc Duy",
        holder_name="Nguyễn Hữu Phước", holder_id="046094008137", holder_id_type="cccd",
    ),
    Doc6(
        slug="gcn-hkd-tho-cam-ban-pho", family="hokinhdoanh",
        issuer=["UBND HUYỆN BẮC HÀ", "PHÒNG TÀI CHÍNH - KẾ HOẠCH"],
        number="296", notation="GCN-TCKH", place="Bắc Hà", date_text="09 tháng 6 năm 2020", issued="2020-06-09",
        title=["GIẤY CHỨNG NHẬN ĐĂNG KÝ HỘ KINH DOANH"], subject=[],
        body=["Đăng ký lần đầu: ngày 09 tháng 6 năm 2020",
              "Phòng Tài chính - Kế hoạch huyện Bắc Hà chứng nhận:",
              "1. Tên hộ kinh doanh: Hộ kinh doanh Thổ cẩm Bản Phố",
              "2. Mã số thuế: 5301284379",
              "3. Địa điểm kinh doanh: thôn Bản Phố 1, xã Bản Phố, huyện Bắc Hà, tỉnh Lào Cai.",
              "4. Ngành, nghề kinh doanh: bán lẻ hàng dệt may, hàng thổ cẩm thủ công; dịch vụ ăn uống.",
              "5. Vốn kinh doanh: 150.000.000 đồng (một trăm năm mươi triệu đồng).",
              "6. Chủ hộ kinh doanh: Giàng Thị Sua",
              "Giới tính: Nữ; Dân tộc: Mông; Quốc tịch: Việt Nam."],
        signer_position=["TRƯỞNG PHÒNG"], signer_name="Lù Văn Sáng",
        holder_name="Hộ kinh doanh Thổ cẩm Bản Phố", holder_id="5301284379", holder_id_type="tax_code",
        recipients=["- Hộ kinh doanh;", "- Chi cục Thuế khu vực;", "- Lưu: VT, TCKH."],
    ),
    Doc6(
        slug="gcn-hkd-keo-dua-thay-doi", family="hokinhdoanh",
        issuer=["UBND THÀNH PHỐ BẾN TRE", "PHÒNG TÀI CHÍNH - KẾ HOẠCH"],
        number="1187", notation="GCN-PTCKH", place="Bến Tre", date_text="27 tháng 10 năm 2023", issued="2023-10-27",
        title=["GIẤY CHỨNG NHẬN", "ĐĂNG KÝ HỘ KINH DOANH"], subject=[],
        body=["Đăng ký lần đầu: ngày 15 tháng 3 năm 2019",
              "Đăng ký thay đổi lần thứ 2: ngày 27 tháng 10 năm 2023",
              "Tên hộ kinh doanh: Hộ kinh doanh Kẹo dừa Mỹ Thạnh An",
              "Mã số thuế hộ kinh doanh: 1300946174",
              "Địa điểm kinh doanh: số 112C đường Nguyễn Đình Chiểu, phường Phú Khương, thành phố Bến Tre, tỉnh Bến "
              "Tre.",
              "Ngành, nghề kinh doanh: sản xuất, bán buôn, bán lẻ kẹo dừa và bánh tráng.",
              "Vốn kinh doanh: 800.000.000 đồng.",
              "Chủ hộ kinh doanh: Võ Thị Cẩm Tú",
              "Ngày sinh: 22/7/1979; số căn cước công dân: 083179004816."],
        signer_position=["KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG"], signer_name="Đặng Hữu Nghĩa",
        holder_name="Hộ kinh doanh Kẹo dừa Mỹ Thạnh An", holder_id="1300946174", holder_id_type="tax_code",
        recipients=["- Chủ hộ kinh doanh;", "- Chi cục Thuế TP. Bến Tre;", "- Lưu: VT."],
    ),
    Doc6(
        slug="qd-dieu1-san-xuat-ruou", family="quyetdinh2", issuer=["UBND TỈNH GIA LAI", "SỞ CÔNG THƯƠNG"],
        number="663", notation="QĐ-SCT", place="Gia Lai", date_text="19 tháng 7 năm 2019", issued="2019-07-19",
        title=["QUYẾT ĐỊNH"],
        subject=["Về việc cấp Giấy phép sản xuất rượu công nghiệp", "(quy mô dưới 3 triệu lít/năm)"],
        body=["GIÁM ĐỐC SỞ CÔNG THƯƠNG TỈNH GIA LAI",
              "Căn cứ Nghị định số 105/2017/NĐ-CP ngày 14 tháng 9 năm 2017 của Chính phủ về kinh doanh rượu;",
              "Xét hồ sơ đề nghị cấp giấy phép nộp ngày 02 tháng 7 năm 2019 và đề nghị của Trưởng phòng Quản lý "
              "công nghiệp,",
              "QUYẾT ĐỊNH:",
              "Điều 1. Cấp Giấy phép sản xuất rượu công nghiệp cho Công ty Cổ phần Đồ uống Ia Ly, mã số doanh "
              "nghiệp 5901628335, địa chỉ số 27 đường Lê Thánh Tôn, phường Ia Kring, thành phố Pleiku, tỉnh Gia "
              "Lai; sản phẩm: rượu vang sim, rượu cần đóng chai; quy mô 450.000 lít/năm.",
              "Điều 2. Giấy phép có thời hạn 15 năm, đến ngày 19 tháng 7 năm 2034.",
              "Điều 3. Chánh Văn phòng Sở, Trưởng phòng Quản lý công nghiệp và Giám đốc Công ty Cổ phần Đồ uống "
              "Ia Ly chịu trách nhiệm thi hành Quyết định này."],
        signer_position=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], signer_name="Rah Lan Chung",
        holder_name="Công ty Cổ phần Đồ uống Ia Ly", holder_id="5901628335", holder_id_type="tax_code",
        valid_until="2034-07-19", recipients=["- Như Điều 3;", "- Bộ Công Thương (b/c);", "- Lưu: VT, QLCN."],
    ),
    Doc6(
        slug="qd-dieu1-viet-tay-khai-thac-cat", family="quyetdinh2", issuer=["ỦY BAN NHÂN DÂN", "TỈNH TRÀ VINH"],
        number="2164", notation="QĐ-UBND", place="Trà Vinh", date_text="23 tháng 11 năm 2022", issued="2022-11-23",
        title=["QUYẾT ĐỊNH"],
        subject=["Về việc cấp Giấy phép khai thác cát lòng sông", "làm vật liệu xây dựng thông thường tại khu vực",
                 "cù lao Long Trị, huyện Trà Cú"],
        body=["CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TRÀ VINH", _CAN_CU_UBND,
              "Căn cứ Luật Khoáng sản ngày 17 tháng 11 năm 2010;",
              "Xét đề nghị của Giám đốc Sở Tài nguyên và Môi trường tại Tờ trình số 3306/TTr-STNMT ngày 04 tháng "
              "11 năm 2022,",
              "QUYẾT ĐỊNH:",
              "Điều 1. Cấp giấy phép khai thác khoáng sản cho Công ty Cổ phần Xây dựng Duyên Hải, mã số doanh "
              "nghiệp 2100482713, địa chỉ số 45 đường Nguyễn Đáng, phường 7, thành phố Trà Vinh, được khai thác "
              "cát lòng sông tại khu vực cù lao Long Trị, xã Long Hiệp, huyện Trà Cú; diện tích 18,5 ha; công suất "
              "120.000 m³/năm.",
              "Điều 2. Thời hạn khai thác là 07 năm kể từ ngày ký Quyết định này.",
              "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Tài nguyên và Môi trường, Chủ tịch UBND huyện Trà Cú "
              "và Giám đốc Công ty Cổ phần Xây dựng Duyên Hải chịu trách nhiệm thi hành Quyết định này."],
        signer_position=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer_name="Sơn Thị Ngọc Hân",
        holder_name="Công ty Cổ phần Xây dựng Duyên Hải", holder_id="2100482713", holder_id_type="tax_code",
        recipients=["- Như Điều 3;", "- Bộ TN&MT (b/c);", "- Lưu: VT, KT."],
        handwritten=("code_number", "issued_date"), blank="." * 16,
    ),
    Doc6(
        slug="bc-ket-qua-dang-ky-doanh-nghiep", family="baocao", issuer=["UBND TỈNH HƯNG YÊN", "SỞ KẾ HOẠCH VÀ ĐẦU TƯ"],
        number="06", notation="BC-SKHĐT", place="Hưng Yên", date_text="05 tháng 01 năm 2022", issued="2022-01-05",
        title=["BÁO CÁO"], subject=["Kết quả đăng ký doanh nghiệp năm 2021"],
        body=["Thực hiện chế độ báo cáo định kỳ, Sở Kế hoạch và Đầu tư báo cáo kết quả đăng ký doanh nghiệp trên "
              "địa bàn tỉnh năm 2021 như sau:",
              "Năm 2021, số doanh nghiệp thành lập mới giảm 6,1% so với năm 2020 do ảnh hưởng của dịch COVID-19; "
              "số doanh nghiệp quay trở lại hoạt động tăng 18,4%.",
              "Sở Kế hoạch và Đầu tư kính báo cáo Ủy ban nhân dân tỉnh./."],
        table=_table([("STT", 34), ("Chỉ tiêu", 200), ("Năm 2020", 72), ("Năm 2021", 72), ("So sánh (%)", 75.28)],
                     [("1", "Doanh nghiệp thành lập mới", "1.021", "959", "93,9"),
                      ("2", "Vốn đăng ký (tỷ đồng)", "14.362", "12.870", "89,6"),
                      ("3", "Doanh nghiệp quay lại hoạt động", "277", "328", "118,4"),
                      ("4", "Doanh nghiệp tạm ngừng kinh doanh", "412", "536", "130,1"),
                      ("5", "Doanh nghiệp giải thể", "96", "104", "108,3")]),
        table_at=1,
        signer_position=["GIÁM ĐỐC"], signer_name="Đào Quang Vinh",
        recipients=["- UBND tỉnh (b/c);", "- Cục Thống kê tỉnh;", "- Lưu: VT, ĐKKD."],
    ),
    Doc6(
        slug="totrinh-phan-bo-dao-tao-nghe", family="baocao",
        issuer=["UBND TỈNH HẬU GIANG", "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"],
        number="21", notation="TTr-SLĐTBXH", place="Hậu Giang", date_text="03 tháng 02 năm 2020", issued="2020-02-03",
        title=["TỜ TRÌNH"], subject=["Về việc phân bổ kinh phí đào tạo nghề", "cho lao động nông thôn năm 2020"],
        addressees=["Ủy ban nhân dân tỉnh Hậu Giang"],
        body=["Căn cứ dự toán ngân sách tỉnh năm 2020 được giao, Sở Lao động - Thương binh và Xã hội đề nghị phân "
              "bổ 3.150 triệu đồng đào tạo nghề cho lao động nông thôn như sau:",
              "Kính trình Ủy ban nhân dân tỉnh xem xét, phê duyệt./."],
        table=_table([("STT", 34), ("Địa phương", 170), ("Số người học", 100), ("Kinh phí (triệu đồng)", 149.28)],
                     [("1", "Thành phố Vị Thanh", "180", "360"), ("2", "Thị xã Ngã Bảy", "160", "320"),
                      ("3", "Thị xã Long Mỹ", "210", "420"), ("4", "Huyện Châu Thành", "200", "400"),
                      ("5", "Huyện Châu Thành A", "190", "380"), ("6", "Huyện Phụng Hiệp", "260", "520"),
                      ("7", "Huyện Vị Thủy", "200", "400"), ("8", "Huyện Long Mỹ", "175", "350"),
                      ("", "Tổng cộng", "1.575", "3.150")]),
        table_at=1,
        signer_position=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], signer_name="Trần Thanh Liêm",
        recipients=["- Như trên;", "- Sở Tài chính;", "- Lưu: VT, GDNN."],
    ),
    Doc6(
        slug="sao-y-gp-lu-hanh-noi-dia", family="bansao", issuer=["UBND TỈNH NINH BÌNH", "SỞ DU LỊCH"],
        number="128", notation="GP-SDL", place="Ninh Bình", date_text="14 tháng 9 năm 2018", issued="2018-09-14",
        title=["GIẤY PHÉP KINH DOANH", "DỊCH VỤ LỮ HÀNH NỘI ĐỊA"], subject=[],
        body=["Căn cứ Luật Du lịch ngày 19 tháng 6 năm 2017 và Nghị định số 168/2017/NĐ-CP ngày 31 tháng 12 năm 2017 "
              "của Chính phủ;",
              "Xét hồ sơ đề nghị cấp giấy phép nộp ngày 29 tháng 8 năm 2018, Giám đốc Sở Du lịch cấp giấy phép cho:",
              "Tên doanh nghiệp: Công ty TNHH Lữ hành Tam Cốc Xanh",
              "Mã số doanh nghiệp: 2700913584",
              "Địa chỉ trụ sở: thôn Văn Lâm, xã Ninh Hải, huyện Hoa Lư, tỉnh Ninh Bình.",
              "Người đại diện theo pháp luật: Ông Đinh Văn Kiên, Giám đốc.",
              "Được kinh doanh dịch vụ lữ hành nội địa kể từ ngày ký."],
        signer_position=["GIÁM ĐỐC"], signer_name="Bùi Thị Mai Phương",
        holder_name="Công ty TNHH Lữ hành Tam Cốc Xanh", holder_id="2700913584", holder_id_type="tax_code",
        recipients=["- Công ty TNHH Lữ hành Tam Cốc Xanh;", "- Tổng cục Du lịch;", "- Lưu: VT, QLLH."],
        seal="SỞ DU LỊCH * TỈNH NINH BÌNH *", corner="SAO Y BẢN CHÍNH", stamp=True,
    ),
    Doc6(
        slug="mau02-gp-trang-thong-tin-dien-tu", family="bansao",
        issuer=["UBND TỈNH CAO BẰNG", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG"],
        number="19", notation="GP-STTTT", place="Cao Bằng", date_text="08 tháng 5 năm 2023", issued="2023-05-08",
        title=["GIẤY PHÉP"], subject=["Thiết lập trang thông tin điện tử tổng hợp trên mạng"],
        body=["Căn cứ Nghị định số 72/2013/NĐ-CP ngày 15 tháng 7 năm 2013 của Chính phủ về quản lý, cung cấp, sử "
              "dụng dịch vụ Internet và thông tin trên mạng; Nghị định số 27/2018/NĐ-CP ngày 01 tháng 3 năm 2018 "
              "sửa đổi, bổ sung Nghị định số 72/2013/NĐ-CP;",
              "Cấp cho: Công ty Cổ phần Truyền thông Non Nước Cao Bằng",
              "Mã số doanh nghiệp: 4800376249",
              "Trụ sở chính: số 18 phố Vườn Cam, phường Hợp Giang, thành phố Cao Bằng.",
              "Tên miền: nonnuoccaobang.vn; máy chủ đặt tại Trung tâm dữ liệu Viettel, Hà Nội.",
              "Giấy phép có giá trị đến ngày 08 tháng 5 năm 2028."],
        signer_position=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], signer_name="Hoàng Đức Khiêm",
        holder_name="Công ty Cổ phần Truyền thông Non Nước Cao Bằng", holder_id="4800376249", holder_id_type="tax_code",
        valid_until="2028-05-08", recipients=["- Như trên;", "- Cục PTTH&TTĐT;", "- Lưu: VT, TTBCXB."],
        corner="Mẫu số 02/GP",
    ),
    Doc6(
        slug="qd-chuyen-muc-dich-dat-anh-toi", family="photo2", issuer=["ỦY BAN NHÂN DÂN", "HUYỆN ĐỊNH QUÁN"],
        number="1583", notation="QĐ-UBND", place="Định Quán", date_text="11 tháng 12 năm 2020", issued="2020-12-11",
        title=["QUYẾT ĐỊNH"], subject=["Về việc cho phép chuyển mục đích sử dụng đất"],
        body=["CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN ĐỊNH QUÁN",
              "Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013;",
              "Xét đơn đề nghị và Tờ trình số 1127/TTr-TNMT ngày 02 tháng 12 năm 2020 của Phòng Tài nguyên và Môi "
              "trường huyện,",
              "QUYẾT ĐỊNH:",
              "Điều 1. Cho phép bà Lê Thị Kim Phượng, số căn cước công dân 075180001962, thường trú tại ấp Hòa "
              "Thành, xã Ngọc Định, huyện Định Quán, chuyển mục đích sử dụng 150 m² đất trồng cây lâu năm sang "
              "đất ở tại nông thôn thuộc thửa đất số 214, tờ bản đồ số 36, xã Ngọc Định.",
              "Điều 2. Bà Lê Thị Kim Phượng có trách nhiệm nộp tiền sử dụng đất theo quy định; Chi nhánh Văn phòng "
              "đăng ký đất đai huyện chỉnh lý hồ sơ địa chính.",
              "Điều 3. Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Tài nguyên và Môi trường, Chủ tịch UBND xã "
              "Ngọc Định và bà Lê Thị Kim Phượng chịu trách nhiệm thi hành Quyết định này."],
        signer_position=["CHỦ TỊCH"], signer_name="Ngô Đình Khiết",
        holder_name="Lê Thị Kim Phượng", holder_id="075180001962", holder_id_type="cccd",
        recipients=["- Như Điều 3;", "- Lưu: VT, TNMT."], seal="ỦY BAN NHÂN DÂN * HUYỆN ĐỊNH QUÁN *",
    ),
    Doc6(
        slug="tb-dieu-chinh-tien-do-anh-toi", family="photo2",
        issuer=["UBND TỈNH QUẢNG NINH", "BAN QUẢN LÝ KHU KINH TẾ"],
        number="452", notation="TB-BQLKKT", place="Quảng Ninh", date_text="30 tháng 6 năm 2021", issued="2021-06-30",
        title=["THÔNG BÁO"], subject=["Về việc chấp thuận điều chỉnh tiến độ thực hiện dự án"],
        addressees=["Công ty TNHH Cơ khí Chính xác Đông Mai"],
        body=["Ban Quản lý Khu kinh tế nhận được Văn bản số 36/2021/CV-ĐM ngày 15 tháng 6 năm 2021 của Công ty TNHH "
              "Cơ khí Chính xác Đông Mai, mã số doanh nghiệp 5701839427, đề nghị điều chỉnh tiến độ thực hiện dự án "
              "Nhà máy linh kiện cơ khí chính xác tại Khu công nghiệp Đông Mai, thị xã Quảng Yên.",
              "Sau khi xem xét, Ban Quản lý Khu kinh tế chấp thuận điều chỉnh thời hạn đưa dự án vào hoạt động đến "
              "hết quý IV năm 2022. Công ty có trách nhiệm báo cáo tình hình thực hiện dự án định kỳ hằng quý."],
        signer_position=["KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"], signer_name="Bùi Quang Thiều",
        holder_name="Công ty TNHH Cơ khí Chính xác Đông Mai", holder_id="5701839427", holder_id_type="tax_code",
        recipients=["- Như trên;", "- Sở KH&ĐT;", "- Lưu: VT, QLĐT."],
    ),
]


# --- layout: blind5's page, then opened up for the table and the top line ------------------------

def _push(page: Layout, below: float, by: float, signer: tuple, hand: list, grids: list):
    """Whatever on the (only) page lies lower than ``below`` moves ``by`` points down: the lines and rules,
    the signer's name, the hand-written values and any grid."""
    def down(y: float) -> float:
        return y + by if y > below else y
    page.pages[0] = [replace(item, y=down(item.y)) for item in page.pages[0]]
    return ((signer[0], signer[1], down(signer[2])), [(n, x, down(y), text) for n, x, y, text in hand],
            [(n, edges, down(top), down(bottom)) for n, edges, top, bottom in grids])


def _slot_in(page: Layout, items: list, texts: list[str], above: float) -> None:
    """Add ``items`` to the page; their text goes into the reading order before the first line lower
    than ``above``."""
    runs = [item for item in page.pages[0] if isinstance(item, Run)]
    at = next((k for k, run in enumerate(runs) if run.y > above), len(runs))
    page.truth[0][at:at] = texts
    page.pages[0].extend(items)


def _corner_run(doc: Doc6) -> Run:
    """A stamp in bold, centred over the motto; a form code small and set flush right."""
    if doc.stamp:
        size = 12.0
        return Run(doc.corner, RIGHT_C - width(doc.corner, "b", size) / 2, TOP + size, "b", size)
    size = 11.0
    return Run(doc.corner, A4[0] - 60 - width(doc.corner, "i", size), TOP + size - 4, "i", size)


def lay_out(doc: Doc6):
    """As blind5's lay_out (pages, signer name's centre, hand-written values, table grids), with the
    table between two paragraphs of the body and the copy's top line above the header."""
    page, signer, hand, grids = _lay_out5(doc)
    if doc.table is not None:
        first = wrap(doc.body[doc.table_at], "r", 13.5, A4[0] - LEFT - 57, indent=28)[0]
        after = next(r for r in page.pages[0] if isinstance(r, Run) and r.text == first)
        cut = after.y - after.size - 2
        sheet = Layout()
        _, edges, top, bottom = _annex(sheet, doc.table)
        shift = cut + 6 - top
        signer, hand, grids = _push(page, cut, bottom - top + 20, signer, hand, grids)
        _slot_in(page, [replace(item, y=item.y + shift) for item in sheet.pages[1]], sheet.truth[1], cut)
        grids.append((0, edges, top + shift, bottom + shift))
    if doc.corner:
        signer, hand, grids = _push(page, float("-inf"), DROP, signer, hand, grids)
        _slot_in(page, [_corner_run(doc)], [doc.corner], float("-inf"))
    return page, signer, hand, grids


# --- rendering -----------------------------------------------------------------------------------

def _stamp(img: Image.Image, run: Run, rng: np.random.Generator, scale: float) -> Image.Image:
    """The copy stamp in red ink: the words in a double frame, turned a little, inked unevenly."""
    font = ImageFont.truetype(str(FONTS[run.font]), round(run.size * scale))
    text_w, pad = width(run.text, run.font, run.size) * scale, 5 * scale
    frame = Image.new("L", (round(text_w + 4 * pad), round(run.size * scale + 4 * pad)), 0)
    ink = ImageDraw.Draw(frame)
    ink.rectangle([2, 2, frame.width - 3, frame.height - 3], outline=255, width=round(1.3 * scale))
    ink.rectangle([pad * 0.9, pad * 0.9, frame.width - pad * 0.9, frame.height - pad * 0.9], outline=255,
                  width=max(1, round(0.5 * scale)))
    ink.text((frame.width / 2, frame.height / 2), run.text, font=font, fill=255, anchor="mm")
    frame = frame.rotate(float(rng.uniform(-3.5, 3.5)), resample=Image.Resampling.BICUBIC, expand=True)
    patchy = np.asarray(frame, dtype=np.float32) * rng.uniform(0.55, 0.95, (frame.height, frame.width))
    mask = Image.new("L", img.size, 0)
    centre = ((run.x + width(run.text, run.font, run.size) / 2) * scale, (run.y - 0.35 * run.size) * scale)
    mask.paste(Image.fromarray(patchy.astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6)),
               (round(centre[0] - frame.width / 2), round(centre[1] - frame.height / 2)))
    return Image.composite(Image.new("RGB", img.size, STAMP_INK), img, mask)


def _harsh(img: Image.Image, rng: np.random.Generator, side: int) -> Image.Image:
    """A worse phone photo: blind2's snapshot, taken larger, then tilted away (the top of the page
    farther off, one corner nearer), a hand's or the phone's shadow band across it, down to ``side``."""
    snap = _photo(img, rng, round(side * 1.7))
    w, h = snap.size
    far, lean, dip = (float(v) for v in rng.uniform((0.08, -0.04, -0.03), (0.13, 0.04, 0.03)) * (w, w, h))
    quad = (lean - far, 0.0, 0.0, h, w, h, w + far + lean, dip)
    rim = np.asarray(snap)
    rim = np.concatenate([rim[:3].reshape(-1, 3), rim[-3:].reshape(-1, 3), rim[:, :3].reshape(-1, 3),
                          rim[:, -3:].reshape(-1, 3)])
    desk = tuple(int(v) for v in np.median(rim, axis=0))  # the desk as the snapshot lit it
    tilted = snap.transform(snap.size, Image.Transform.QUAD, quad, Image.Resampling.BICUBIC, fillcolor=desk)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    turn = np.radians(rng.uniform(-14, 14))
    across = (yy - rng.uniform(0.35, 0.75) * h) * np.cos(turn) - (xx - w / 2) * np.sin(turn)
    half, soft = rng.uniform(0.05, 0.09) * h, 0.012 * h
    shade = 1.0 - rng.uniform(0.4, 0.55) / (1.0 + np.exp((np.abs(across) - half) / soft))
    dark = np.clip(np.asarray(tilted, dtype=np.float32) * shade[..., None], 0, 255).astype(np.uint8)
    factor = side / max(w, h)
    small = Image.fromarray(dark, "RGB").resize((round(w * factor), round(h * factor)), Image.Resampling.BILINEAR)
    return small.filter(ImageFilter.GaussianBlur(0.45)).filter(ImageFilter.UnsharpMask(radius=1.0, percent=50))


def harsh_dpi(side: int) -> int:
    """The DPI a harsh photo of ``side`` pixels records (the page fills about 1/1.08 of the picture)."""
    return round(side / (A4[1] / 72) / 1.08)


def render(doc: Doc6, level: str, seed: int) -> tuple[list[Image.Image], int | None]:
    rng = np.random.default_rng(seed)
    page, signer, hand, grids = lay_out(doc)
    k = 300 / 72
    stamp = next((r for r in page.pages[0] if isinstance(r, Run) and r.text == doc.corner), None) if doc.stamp else None
    sheet = _raster([item for item in page.pages[0] if item is not stamp], 300, A4, False)
    ruler = ImageDraw.Draw(sheet)
    for _, edges, top, bottom in grids:
        for x in edges:
            ruler.line([(x * k, top * k), (x * k, bottom * k)], fill=0, width=max(1, round(0.8 * k)))
    img = degrade(sheet, rng, True, noise=5, blur=0.8, specks=40).convert("RGB")
    for _, x, y, text in hand:
        img = _pen(img, text, x, y, rng, k)
    name = (signer[1] * k, signer[2] * k)
    img = _scrawl(img, (name[0], name[1] - (26 * k if doc.seal else 0)), rng, k)
    if doc.seal:
        img = _seal(img, (name[0] - 55 * k, name[1] - 30 * k), doc.seal, k)
    if stamp is not None:
        img = _stamp(img, stamp, rng, k)
    if level == "photo" and doc.family == "photo2":
        side = int(rng.integers(885, 1137))
        return [_harsh(img, rng, side)], harsh_dpi(side)
    return _finish([img], level, rng)


def make_blind6(out: Path, docs=BLIND6, levels=LEVELS, only: set[str] | None = None) -> list[Path]:
    """As blind5: scans as PDFs, photos as JPEGs (every other document's without a DPI), each truth file
    naming the hand-written fields just before the fields."""
    return write_set(out, docs, levels, render, seed=1700, jpeg_seed=400, no_dpi_parity=0, only=only)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, required=True)
    for path in make_blind6(parser.parse_args().out):
        print(f"{path.stat().st_size / 1024:8.0f} KiB  {path}")


if __name__ == "__main__":
    main()

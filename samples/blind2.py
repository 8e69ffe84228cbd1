"""Blind set 2 (issue 13, step 1): five layout families the extraction rules have never seen, each
as a 300 dpi scan and as a phone photo, written and measured before any rule change.

Families (Decree 30/2020 appendix I positions):
  parent   a parent and a child organ in two lines ("UBND THÀNH PHỐ ĐÀ NẴNG" / "SỞ ...") with the
           rule under the child only;
  congvan  a công văn: no type name, a "V/v ..." subject under the number, a number with stray spaces
           ("Số: 1906 /SGDĐT-CTrTT") and a day glued to "tháng" ("ngày 26tháng 7 năm 2020");
  permit   a permit whose subject is the line under the type name ("GIẤY PHÉP" / "Khai thác ...");
  holder   a decision whose holder sits inside the subject ("Phê duyệt ... của Công ty TNHH ...");
  seal     a red seal (semi-transparent, text ring) and a signature scrawl over the signer's name,
           signer blocks "KT.", "TL." and "Q.".

Truth for a công văn: the record schema (metadata/build.py REQUIRED) needs a ``type_name`` and
Decree 30 counts công văn as a document type that prints no name, so the truth says "CÔNG VĂN";
``subject`` is the "V/v ..." text as printed (a decision's "Về việc ..." is kept as printed too);
a công văn grants nothing to anyone, so holder fields are empty. A number with stray spaces has
its clean form in the truth ("1906" / "SGDĐT-CTrTT"); a date with a glued day has its ISO date.

Renderings: ``scan`` (300 dpi, light degradation, PDF) and ``photo`` (a JPEG straight from a
phone: 80-150 dpi effective, perspective warp, uneven light, slight rotation, quality 50-70; every
other photo carries no DPI at all, as real 576x960 phone photos do).

    python samples/blind2.py --out benchmarks/out/blind2
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_samples import A4, FONTS, LEFT, TEXT_WIDTH, Layout, degrade, raster, scan_pdf, wrap  # noqa: E402

LEVELS = ("scan", "photo")


@dataclass(frozen=True)
class Doc2:
    slug: str
    family: str
    issuer: list[str]
    number: str
    notation: str
    printed_number: str  # what follows "Số:" on paper
    place: str
    date_text: str  # as printed after "ngày"
    issued: str
    type_name: str | None  # None: công văn, nothing printed
    subject: list[str]
    body: list[str]
    signer_position: list[str]
    signer_name: str
    holder_name: str | None = None
    holder_id: str | None = None
    holder_id_type: str | None = None
    valid_until: str | None = None
    recipients: list[str] = field(default_factory=list)
    seal: str | None = None  # the seal's ring text

    def fields(self) -> dict:
        return {
            "organ_name": " ".join(self.issuer), "code_number": self.number, "code_notation": self.notation,
            "issued_date": self.issued, "place": self.place, "type_name": self.type_name or "CÔNG VĂN",
            "subject": " ".join(self.subject), "signer_position": " ".join(self.signer_position),
            "signer_full_name": self.signer_name, "holder_name": self.holder_name, "holder_id": self.holder_id,
            "holder_id_type": self.holder_id_type, "valid_until": self.valid_until,
        }


BLIND2 = [
    Doc2(
        slug="parent-gcn-trung-tam", family="parent", issuer=["UBND THÀNH PHỐ ĐÀ NẴNG", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"],
        number="318", notation="GCN-SGDĐT", printed_number="318/GCN-SGDĐT", place="Đà Nẵng",
        date_text="11 tháng 3 năm 2021", issued="2021-03-11", type_name="GIẤY CHỨNG NHẬN",
        subject=["Đăng ký hoạt động trung tâm ngoại ngữ"],
        body=["Chứng nhận Trung tâm Ngoại ngữ Biển Xanh, mã số thuế 0402156783, địa chỉ số 74 đường Hàm Nghi, "
              "phường Thạc Gián, quận Thanh Khê, đã đăng ký hoạt động giáo dục ngoại ngữ.",
              "Giấy chứng nhận này có giá trị đến ngày 11 tháng 3 năm 2026."],
        signer_position=["GIÁM ĐỐC"], signer_name="Lê Thị Bích Thuận",
        holder_name="Trung tâm Ngoại ngữ Biển Xanh", holder_id="0402156783", holder_id_type="tax_code",
        valid_until="2026-03-11", recipients=["- Trung tâm Ngoại ngữ Biển Xanh;", "- Lưu: VT, GDTX."],
    ),
    Doc2(
        slug="parent-qd-phong-kham", family="parent", issuer=["UBND TỈNH QUẢNG NGÃI", "SỞ Y TẾ"],
        number="1472", notation="QĐ-SYT", printed_number="1472/QĐ-SYT", place="Quảng Ngãi",
        date_text="19 tháng 10 năm 2019", issued="2019-10-19", type_name="QUYẾT ĐỊNH",
        subject=["Về việc cấp giấy phép hoạt động phòng khám", "cho bà Huỳnh Thị Mỹ Dung"],
        body=["GIÁM ĐỐC SỞ Y TẾ TỈNH QUẢNG NGÃI",
              "Căn cứ Luật Khám bệnh, chữa bệnh ngày 23 tháng 11 năm 2009;",
              "QUYẾT ĐỊNH:",
              "Điều 1. Cấp giấy phép hoạt động phòng khám chuyên khoa nhi cho bà Huỳnh Thị Mỹ Dung, số căn cước "
              "công dân 051187003312, tại số 9 đường Phan Đình Phùng, thành phố Quảng Ngãi."],
        signer_position=["GIÁM ĐỐC"], signer_name="Bùi Tá Hoàng Vũ",
        holder_name="Huỳnh Thị Mỹ Dung", holder_id="051187003312", holder_id_type="cccd",
        recipients=["- Như Điều 1;", "- Lưu: VT, NVY."],
    ),
    Doc2(
        slug="cv-day-hoc-truc-tuyen", family="congvan", issuer=["UBND THÀNH PHỐ ĐÀ NẴNG", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"],
        number="1906", notation="SGDĐT-CTrTT", printed_number="1906 /SGDĐT-CTrTT", place="Đà Nẵng",
        date_text="26tháng 7 năm 2020", issued="2020-07-26", type_name=None,
        subject=["V/v hướng dẫn tổ chức dạy học", "trực tuyến năm học 2020-2021"],
        body=["Kính gửi: Hiệu trưởng các trường trung học phổ thông.",
              "Thực hiện chỉ đạo của Ủy ban nhân dân thành phố, Sở Giáo dục và Đào tạo hướng dẫn các đơn vị tổ "
              "chức dạy học trực tuyến bảo đảm chất lượng và an toàn thông tin.",
              "Đề nghị các đơn vị triển khai thực hiện và báo cáo trước ngày 15 tháng 8 năm 2020."],
        signer_position=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], signer_name="Ngô Thị Thu Hằng",
        recipients=["- Như trên;", "- Lưu: VT, CTrTT."],
    ),
    Doc2(
        slug="cv-phong-chong-bao", family="congvan", issuer=["UBND HUYỆN CỦ CHI", "PHÒNG NÔNG NGHIỆP VÀ PTNT"],
        number="87", notation="NNPTNT", printed_number="87 /NNPTNT", place="Củ Chi",
        date_text="05 tháng 9năm 2018", issued="2018-09-05", type_name=None,
        subject=["V/v chủ động phòng, chống áp thấp", "nhiệt đới và mưa lớn"],
        body=["Kính gửi: Ủy ban nhân dân các xã, thị trấn.",
              "Phòng Nông nghiệp và Phát triển nông thôn đề nghị các xã kiểm tra hệ thống đê bao, cống "
              "ngăn triều và chủ động phương án sơ tán dân tại khu vực trũng thấp."],
        signer_position=["TRƯỞNG PHÒNG"], signer_name="Tô Văn Kiệt",
        recipients=["- Như trên;", "- Lưu: VT."],
    ),
    Doc2(
        slug="gp-khai-thac-da", family="permit", issuer=["ỦY BAN NHÂN DÂN", "TỈNH HÀ NAM"],
        number="52", notation="GP-UBND", printed_number="52/GP-UBND", place="Hà Nam",
        date_text="02 tháng 6 năm 2020", issued="2020-06-02", type_name="GIẤY PHÉP",
        subject=["Khai thác khoáng sản"],
        body=["ỦY BAN NHÂN DÂN TỈNH HÀ NAM",
              "Căn cứ Luật Khoáng sản ngày 17 tháng 11 năm 2010;",
              "Cho phép Công ty Cổ phần Đá Kiện Khê, mã số doanh nghiệp 0700412359, khai thác đá vôi làm vật "
              "liệu xây dựng thông thường tại xã Thanh Thủy, huyện Thanh Liêm.",
              "Thời hạn khai thác: đến ngày 02 tháng 6 năm 2035."],
        signer_position=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer_name="Trương Quốc Huy",
        holder_name="Công ty Cổ phần Đá Kiện Khê", holder_id="0700412359", holder_id_type="tax_code",
        valid_until="2035-06-02", recipients=["- Công ty CP Đá Kiện Khê;", "- Lưu: VT, KT."],
    ),
    Doc2(
        slug="gp-moi-truong", family="permit", issuer=["SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "TỈNH KIÊN GIANG"],
        number="219", notation="GPMT-STNMT", printed_number="219/GPMT-STNMT", place="Kiên Giang",
        date_text="28 tháng 12 năm 2022", issued="2022-12-28", type_name="GIẤY PHÉP",
        subject=["Môi trường"],
        body=["GIÁM ĐỐC SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG",
              "Cấp phép cho Công ty TNHH Chế biến Thủy sản Phú Quốc Xanh, mã số thuế 1701567892, được xả nước "
              "thải sau xử lý ra nguồn tiếp nhận tại xã Dương Tơ, thành phố Phú Quốc.",
              "Giấy phép có thời hạn đến ngày 28 tháng 12 năm 2029."],
        signer_position=["Q. GIÁM ĐỐC"], signer_name="Danh Sơn Hải",
        holder_name="Công ty TNHH Chế biến Thủy sản Phú Quốc Xanh", holder_id="1701567892",
        holder_id_type="tax_code", valid_until="2029-12-28", recipients=["- Như trên;", "- Lưu: VT, MT."],
    ),
    Doc2(
        slug="qd-phe-duyet-dtm", family="holder", issuer=["UBND TỈNH BÌNH DƯƠNG", "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG"],
        number="845", notation="QĐ-STNMT", printed_number="845/QĐ-STNMT", place="Bình Dương",
        date_text="14 tháng 8 năm 2021", issued="2021-08-14", type_name="QUYẾT ĐỊNH",
        subject=["Phê duyệt báo cáo đánh giá tác động môi trường", "của Công ty TNHH Bao bì Tân Uyên"],
        body=["GIÁM ĐỐC SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG",
              "Xét đề nghị của Công ty TNHH Bao bì Tân Uyên (mã số doanh nghiệp 3702345671),",
              "QUYẾT ĐỊNH:",
              "Điều 1. Phê duyệt báo cáo đánh giá tác động môi trường của dự án nhà máy sản xuất bao bì giấy "
              "tại khu công nghiệp Nam Tân Uyên."],
        signer_position=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], signer_name="Lý Minh Khoa",
        holder_name="Công ty TNHH Bao bì Tân Uyên", holder_id="3702345671", holder_id_type="tax_code",
        recipients=["- Như Điều 1;", "- Lưu: VT, CCBVMT."],
    ),
    Doc2(
        slug="qd-cong-nhan-hop-tac-xa", family="holder", issuer=["ỦY BAN NHÂN DÂN", "HUYỆN MỘC CHÂU"],
        number="2033", notation="QĐ-UBND", printed_number="2033/QĐ-UBND", place="Mộc Châu",
        date_text="07 tháng 11 năm 2018", issued="2018-11-07", type_name="QUYẾT ĐỊNH",
        subject=["Công nhận phương án sản xuất của", "Hợp tác xã Chè Tân Lập"],
        body=["CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN MỘC CHÂU",
              "QUYẾT ĐỊNH:",
              "Điều 1. Công nhận phương án sản xuất chè an toàn của Hợp tác xã Chè Tân Lập, mã số thuế "
              "5500298764, tại xã Tân Lập, huyện Mộc Châu, tỉnh Sơn La."],
        signer_position=["CHỦ TỊCH"], signer_name="Hà Văn Thắm",
        holder_name="Hợp tác xã Chè Tân Lập", holder_id="5500298764", holder_id_type="tax_code",
        recipients=["- Như Điều 1;", "- Lưu: VT."],
    ),
    Doc2(
        slug="seal-tl-gcn-dang-kiem", family="seal", issuer=["BỘ GIAO THÔNG VẬN TẢI", "CỤC ĐĂNG KIỂM VIỆT NAM"],
        number="604", notation="GCN-ĐKVN", printed_number="604/GCN-ĐKVN", place="Hà Nội",
        date_text="30 tháng 1 năm 2021", issued="2021-01-30", type_name="GIẤY CHỨNG NHẬN",
        subject=["Đủ điều kiện hoạt động kiểm định xe cơ giới"],
        body=["Chứng nhận Trung tâm Đăng kiểm xe cơ giới 29-07V, mã số thuế 0108765439, đủ điều kiện hoạt "
              "động kiểm định xe cơ giới theo quy định.",
              "Giấy chứng nhận có giá trị đến ngày 30 tháng 1 năm 2026."],
        signer_position=["TL. CỤC TRƯỞNG", "TRƯỞNG PHÒNG KIỂM ĐỊNH"], signer_name="Võ Tuấn Nhân",
        holder_name="Trung tâm Đăng kiểm xe cơ giới 29-07V", holder_id="0108765439", holder_id_type="tax_code",
        valid_until="2026-01-30", seal="CỤC ĐĂNG KIỂM VIỆT NAM * BỘ GIAO THÔNG VẬN TẢI *",
    ),
    Doc2(
        slug="seal-q-qd-cap-phep", family="seal", issuer=["UBND TỈNH TIỀN GIANG", "SỞ CÔNG THƯƠNG"],
        number="77", notation="QĐ-SCT", printed_number="77/QĐ-SCT", place="Tiền Giang",
        date_text="16 tháng 5 năm 2023", issued="2023-05-16", type_name="QUYẾT ĐỊNH",
        subject=["Về việc cấp giấy phép sản xuất rượu thủ công", "cho hộ ông Châu Văn Lượm"],
        body=["Q. GIÁM ĐỐC SỞ CÔNG THƯƠNG TỈNH TIỀN GIANG",
              "QUYẾT ĐỊNH:",
              "Điều 1. Cấp giấy phép sản xuất rượu thủ công cho hộ ông Châu Văn Lượm, số căn cước công dân "
              "082079006654, tại ấp Mỹ Lợi, xã Mỹ Đức Tây, huyện Cái Bè."],
        signer_position=["Q. GIÁM ĐỐC"], signer_name="Phạm Thị Ngọc Ánh",
        holder_name="Châu Văn Lượm", holder_id="082079006654", holder_id_type="cccd",
        recipients=["- Như Điều 1;", "- Lưu: VT, QLCN."], seal="SỞ CÔNG THƯƠNG * TỈNH TIỀN GIANG *",
    ),
]


def lay_out(doc: Doc2) -> tuple[Layout, tuple[float, float]]:
    """The page and the signer name's centre (points), where a seal and a scrawl go."""
    page = Layout()
    left_c, right_c = LEFT + 95, LEFT + TEXT_WIDTH - 120
    top = page.y
    run = None
    for i, line in enumerate(doc.issuer):
        run = page.line(line, "b" if i == len(doc.issuer) - 1 else "r", 12.5, centre=left_c)
        page.y += 15
    page.rule(run, 60)  # under the child organ only
    page.y = top
    page.line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b", 12, centre=right_c)
    page.y += 15
    page.rule(page.line("Độc lập - Tự do - Hạnh phúc", "b", 13, centre=right_c), 160)
    page.y = top + 15 * max(len(doc.issuer), 2) + 16
    page.line(f"Số: {doc.printed_number.strip()}", "r", 13, centre=left_c)
    page.line(f"{doc.place}, ngày {doc.date_text}", "i", 13, centre=right_c)
    page.y += 18
    if doc.type_name is None:  # công văn: the V/v subject under the number, left column
        for sub in doc.subject:
            page.line(sub, "r", 12, centre=left_c)
            page.y += 15
        page.y += 24
    else:
        page.y += 26
        page.line(doc.type_name, "b", 14, centre=A4[0] / 2)
        page.y += 19
        for sub in doc.subject:
            run = page.line(sub, "b", 14, centre=A4[0] / 2)
            page.y += 18
        page.rule(run, 110)
        page.y += 22
    for paragraph in doc.body:
        if paragraph.isupper() or paragraph == "QUYẾT ĐỊNH:":
            page.line(paragraph, "b", 13.5, centre=A4[0] / 2)
            page.y += 22
            continue
        for i, text in enumerate(wrap(paragraph, "r", 13.5, TEXT_WIDTH, indent=28)):
            page.line(text, "r", 13.5, x=LEFT + (28 if i == 0 else 0))
            page.y += 19
        page.y += 5
    page.y += 20
    block = page.y
    if doc.recipients:
        page.line("Nơi nhận:", "bi", 12, x=LEFT)
        page.y += 15
        for recipient in doc.recipients:
            page.line(recipient, "r", 11, x=LEFT)
            page.y += 13
    page.y = block
    for position in doc.signer_position:
        page.line(position, "b", 13, centre=right_c)
        page.y += 16
    page.y += 62
    page.line(doc.signer_name, "b", 13.5, centre=right_c)
    return page, (right_c, page.y + 9)


def _seal(img: Image.Image, centre: tuple[float, float], text: str, scale: float) -> Image.Image:
    """A semi-transparent red stamp: two rings, the ring text, a star; lying over the signature."""
    r = 52 * scale
    size = int(2 * r + 8)
    stamp = Image.new("L", (size, size), 0)
    draw = ImageDraw.Draw(stamp)
    c = size / 2
    draw.ellipse([c - r, c - r, c + r, c + r], outline=255, width=max(2, int(2.2 * scale)))
    draw.ellipse([c - r * 0.68, c - r * 0.68, c + r * 0.68, c + r * 0.68], outline=255, width=max(1, int(scale)))
    font = ImageFont.truetype(str(FONTS["b"]), max(6, int(8.5 * scale)))
    for i, ch in enumerate(text):
        angle = -math.pi / 2 + 2 * math.pi * i / len(text)
        glyph = Image.new("L", (int(12 * scale), int(12 * scale)), 0)
        ImageDraw.Draw(glyph).text((glyph.width / 2, glyph.height / 2), ch, font=font, fill=255, anchor="mm")
        glyph = glyph.rotate(-math.degrees(angle) - 90, resample=Image.Resampling.BICUBIC)
        x, y = c + r * 0.84 * math.cos(angle), c + r * 0.84 * math.sin(angle)
        stamp.paste(255, (int(x - glyph.width / 2), int(y - glyph.height / 2)), glyph)
    draw.regular_polygon((c, c, r * 0.3), 5, fill=255)
    out = img.convert("RGB")
    red = Image.new("RGB", out.size, (205, 30, 40))
    mask = Image.new("L", out.size, 0)
    mask.paste(stamp.point(lambda v: int(v * 0.72)), (int(centre[0] - c), int(centre[1] - c)))
    return Image.composite(red, out, mask)


def _scrawl(img: Image.Image, centre: tuple[float, float], rng: np.random.Generator, scale: float) -> Image.Image:
    """A signature: a looping blue stroke across the name's line."""
    draw = ImageDraw.Draw(img)
    t = np.linspace(0, 1, 90)
    x = centre[0] + (t - 0.5) * 130 * scale
    y = centre[1] - 20 * scale + np.sin(t * rng.uniform(14, 22)) * 14 * scale + (t - 0.5) * 20 * scale
    draw.line(list(zip(x, y)), fill=(30, 45, 140), width=max(1, int(1.3 * scale)), joint="curve")
    return img


def _photo(img: Image.Image, rng: np.random.Generator, long_side: int) -> Image.Image:
    """A phone snapshot of the page: warped, unevenly lit, slightly turned, down to ``long_side`` px."""
    w, h = img.size
    margin = int(0.04 * w)
    canvas = Image.new("RGB", (w + 2 * margin, h + 2 * margin), (95, 85, 70))  # the desk around the page
    canvas.paste(img, (margin, margin))
    cw, ch = canvas.size
    jitter = lambda: float(rng.uniform(-0.03, 0.03)) * cw  # noqa: E731
    quad = (jitter(), jitter(), jitter(), ch + jitter(), cw + jitter(), ch + jitter(), cw + jitter(), jitter())
    warped = canvas.transform(canvas.size, Image.Transform.QUAD, quad, Image.Resampling.BICUBIC)
    warped = warped.rotate(float(rng.uniform(-3, 3)), resample=Image.Resampling.BICUBIC, fillcolor=(95, 85, 70))
    yy, xx = np.mgrid[0:ch, 0:cw].astype(np.float32)
    cx, cy = rng.uniform(0.2, 0.8) * cw, rng.uniform(0.1, 0.5) * ch
    light = 1.0 - 0.45 * np.clip(np.hypot((xx - cx) / cw, (yy - cy) / ch), 0, 1)  # vignette off a lamp
    light *= np.linspace(1.0, rng.uniform(0.7, 0.9), cw)[None, :]  # a shadow from one side
    lit = np.clip(np.asarray(warped, dtype=np.float32) * light[..., None], 0, 255).astype(np.uint8)
    photo = Image.fromarray(lit, "RGB")
    factor = long_side / max(photo.size)
    small = photo.resize((round(photo.width * factor), round(photo.height * factor)), Image.Resampling.BILINEAR)
    return small.filter(ImageFilter.UnsharpMask(radius=1.2, percent=60))


def render(doc: Doc2, level: str, seed: int) -> tuple[Image.Image, int | None]:
    rng = np.random.default_rng(seed)
    page, name_at = lay_out(doc)
    scale = 300 / 72
    img = degrade(raster(page.pages[0], 300), rng, True, noise=5, blur=0.8, specks=40)
    at = (name_at[0] * scale, name_at[1] * scale)
    img = _scrawl(img, at, rng, scale)
    if doc.seal:
        img = _seal(img, (at[0] - 55 * scale, at[1] - 30 * scale), doc.seal, scale)
    if level == "scan":
        return img.rotate(float(rng.uniform(-1, 1)), resample=Image.Resampling.BICUBIC, fillcolor=(246, 243, 235)), 300
    long_side = int(rng.integers(940, 1760))  # A4's 11.7 in at 80-150 dpi
    return _photo(img, rng, long_side), round(long_side / 11.69 / 1.08)


def make_blind2(out: Path, docs=BLIND2, levels=LEVELS) -> list[Path]:
    scans, truth = out / "scans", out / "truth"
    scans.mkdir(parents=True, exist_ok=True)
    truth.mkdir(parents=True, exist_ok=True)
    made = []
    for i, doc in enumerate(docs):
        for j, level in enumerate(levels):
            name = f"{doc.slug}-{level}"
            img, dpi = render(doc, level, seed=700 + 10 * i + j)
            if level == "scan":
                path = scans / f"{name}.pdf"
                scan_pdf(path, [img], dpi)
            else:
                path = scans / f"{name}.jpg"
                quality = int(np.random.default_rng(i).integers(50, 71))
                no_dpi = i % 2 == 0  # half the photos record no DPI, as phones do
                img.save(path, "JPEG", quality=quality, **({} if no_dpi else {"dpi": (dpi, dpi)}))
                dpi = None if no_dpi else dpi
            data = {"file": path.name, "pages": 1, "level": level, "family": doc.family, "dpi": dpi,
                    "fields": doc.fields()}
            (truth / f"{name}.json").write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
            made.append(path)
    return made


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    for path in make_blind2(args.out):
        print(f"{path.stat().st_size / 1024:8.0f} KiB  {path}")


if __name__ == "__main__":
    main()

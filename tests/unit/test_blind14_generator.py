"""Blind set 14 (samples/blind14.py) is measured by benchmarks/fields.py only, never used to change a rule.
These check the generator, cheaply: every family is drawn as its docstring says and the truth follows
the stated conventions and the printed text, for all twelve documents through ``lay_out`` alone; the
signature and the seal land where the layout and the document's ``aim`` and ``lift`` put them; the
sideways scan is turned as ``turn`` says (checked on a small image); and only three files (four pages)
are actually rendered: the two-page scan with its signature and seal on page 2, the công văn numbered
and dated by hand, and the unsealed document's phone photo, written with their truth files, their ink
looked for where it belongs."""

from __future__ import annotations

import re
import sys
import unicodedata
from datetime import date

import pytest
from blind_layout import (
    earlier_sets,
    article, assert_hand_and_seal_placed, assert_printed_inside_and_apart,
    assert_signed_and_sealed_on_page_two_only, assert_unlike_earlier_sets, assert_written_file_opens, DMY, ink_in,
    inks, iso, lay_out, printed, row, runs, scan_pixels, signer_runs,
)
from helpers import ROOT
from PIL import Image

sys.path.insert(0, str(ROOT / "samples"))
from blind5 import LEFT_C
from blind9 import turned
from blind13 import BLIND13
from blind14 import BLIND14, FAMILIES, LEVELS, Doc9, make_blind14
from heldout import BLIND, DOCS, FRESH
from make_samples import A4

from tthc_digitize.extract.identifiers import cccd_ok, tax_code_ok

BEFORE = earlier_sets(14)
HELD_OUT = (*DOCS, *FRESH, *BLIND)

TWO_PAGES = "gp-pham-vi-bao-ve-thuy-loi-my-yen"
RESERVOIR = "qd-quy-trinh-van-hanh-ho-dam-bai"
GUIDE = "qd-cap-the-hdv-quoc-te-bao-tram"
SITE_GUIDE = "qd-cap-the-hdv-tai-diem-lang-noi-tan-lap"
TOBACCO = "gp-ban-le-thuoc-la-lien-nghia"  # its number alone written by hand
UNSEALED = "gp-ban-le-ruou-nam-rom"  # drawn as its phone photo
MEDIATOR = "qd-cong-nhan-hoa-giai-vien-giao-hai"
BY_HAND = "cv-thu-lao-hoa-giai-vien-mao-khe"  # the set's one công văn, too
BOY = "gxn-khuyet-tat-thach-kenh"
SIDEWAYS = "gxn-khuyet-tat-ninh-hiep"
SPORT = "gcn-du-dieu-kien-the-thao-quang-tien"
CLUB = "qd-cong-nhan-clb-bong-chuyen-hoi-phu-dinh"
# each person holder with a personal number: the province code it opens with and their sex
PERSONS = {GUIDE: ("077", "F"), SITE_GUIDE: ("080", "F"), MEDIATOR: ("036", "M"), BOY: ("042", "M"),
           SIDEWAYS: ("056", "M")}
VALID = {TWO_PAGES: "2021-03-31", GUIDE: "2026-10-20", UNSEALED: "2027-11-21"}
# a validity: "có giá trị …", "có hiệu lực …" or "Thời hạn …:", then "đến (hết) ngày …"
STATED = re.compile(r"(có giá trị|có hiệu lực|Thời hạn[^:]*:) .*đến (?:hết )?ngày ")
BIRTH = re.compile(r"(?:[Ss]inh ngày:?|Ngày sinh:|Ngày, tháng, năm sinh:) (\d{1,2})/(\d{1,2})/(\d{4})")
ID12 = re.compile(r"(?<!\d)\d{12}(?!\d)")
ID10 = re.compile(r"(?<!\d)\d{10}(?!\d)")


def of(name: str) -> list[Doc9]:
    return [doc for doc in BLIND14 if doc.family == name]


def doc_named(slug: str) -> Doc9:
    return next(doc for doc in BLIND14 if doc.slug == slug)


def dash_row(doc: Doc9, label: str) -> tuple[int, str]:
    """The first body paragraph "- {label}…" (a row of a list inside an article), and the rest."""
    return next((k, text[len(label) + 2:]) for k, text in enumerate(doc.body) if text.startswith(f"- {label}"))


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    """Three files only, drawn as in the measured set (same seeds, same DPI), to keep this module cheap:
    the two-page scan, the scan numbered and dated by hand, and one JPEG photo. All 24 take over a minute."""
    out = tmp_path_factory.mktemp("blind14")
    scans = make_blind14(out, levels=("scan",), only={TWO_PAGES, BY_HAND})
    return out, scans + make_blind14(out, levels=("photo",), only={UNSEALED})


def test_twelve_documents_in_six_families_named_unlike_any_earlier_set():
    assert_unlike_earlier_sets(BLIND14, FAMILIES, LEVELS, BEFORE, HELD_OUT)
    assert {doc.family for doc in BLIND13} <= {doc.family for doc in BEFORE}  # blind13 counts as earlier


def test_dates_check_digits_and_personal_numbers_are_real():
    for doc in BLIND14:
        assert DMY.fullmatch(doc.date_text) and iso(doc.date_text) == doc.issued, doc.slug
        issued = date.fromisoformat(doc.issued)
        assert 2018 <= issued.year <= 2023 and issued.weekday() < 5, doc.slug
        text = printed(doc)
        for digits, valid in ((10, tax_code_ok), (12, cccd_ok)):  # every tax code and personal number printed
            assert all(valid(found) for found in re.findall(rf"(?<!\d)\d{{{digits}}}(?!\d)", text)), doc.slug
        for day, month, year in DMY.findall(text) + re.findall(r"(?<!\d)(\d{1,2})/(\d{1,2})/(\d{4})", text):
            date(int(year), int(month), int(day))  # every date printed exists
        if doc.holder_id:
            check = {"tax_code": tax_code_ok, "cccd": cccd_ok}[doc.holder_id_type]
            assert doc.holder_id in text and check(doc.holder_id), doc.slug
        else:
            assert doc.holder_id_type is None, doc.slug
        body = " ".join(doc.body)
        births = list(BIRTH.finditer(body))
        for born in births:  # the person's number comes next, and agrees with the year
            following = ID12.search(body[born.end():])
            assert following and cccd_ok(following.group(), int(born.group(3))), doc.slug
            assert int(born.group(3)) < issued.year
        if doc.holder_id_type == "cccd":
            province, sex = PERSONS[doc.slug]
            century = 2 if doc.slug == BOY else 0  # the boy was born after 2000
            assert doc.holder_id[:3] == province and int(doc.holder_id[3]) == century + (sex == "F"), doc.slug
            after = body[body.index(doc.holder_name):]  # the holder's own number and birth come next
            assert ID12.search(after).group() == doc.holder_id, doc.slug
            born = BIRTH.search(after)
            assert born and born.start() < after.index(doc.holder_id) and born.group(3)[2:] == doc.holder_id[4:6]
    assert {doc.slug for doc in BLIND14 if doc.holder_id_type == "cccd"} == set(PERSONS)
    assert {doc.family for doc in BLIND14 if doc.holder_id_type == "tax_code"} == {"thuyloi", "ruouthuocla",
                                                                                    "thethao"}
    assert [doc.slug for doc in BLIND14 if doc.holder_name and not doc.holder_id] == [CLUB]
    codes = [found for doc in BLIND14 for found in ID10.findall(" ".join(doc.body))]
    assert len(codes) == len(set(codes))  # no company is printed twice across the set


def test_valid_until_is_the_date_after_den_ngay_and_a_period_gives_none():
    for doc in BLIND14:
        stated = [re.split(r"đến (?:hết )?ngày ", text, maxsplit=1)[1] for text in doc.body if STATED.search(text)]
        assert len(stated) <= 1, doc.slug
        assert doc.valid_until == (iso(stated[0]) if stated else None) == VALID.get(doc.slug), doc.slug
        if doc.valid_until:
            assert doc.valid_until > doc.issued, doc.slug
    periods = [doc for doc in BLIND14 if re.search(r"\d+ (năm|tháng) kể từ ngày", " ".join(doc.body))]
    assert [doc.slug for doc in periods] == [TOBACCO] and doc_named(TOBACCO).valid_until is None
    assert "Giấy phép này có hiệu lực kể từ ngày ký." in doc_named(TWO_PAGES).body  # a start, no end
    payment = row(doc_named(BY_HAND), "Hình thức thanh toán: ")[1]
    assert "từ ngày 01 tháng 12 năm 2020" in payment and not STATED.search(payment)


def test_pages_titles_numbers_and_signers_are_printed_as_the_truth_says():
    for doc in BLIND14:
        page, signer, hand, grids = lay_out(doc)
        assert len(page.pages) == (2 if doc.slug == TWO_PAGES else 1) and signer[0] == len(page.pages) - 1
        assert grids == [] and not doc.number_under_title
        assert doc.turn == ((90.0,) if doc.slug == SIDEWAYS else ())
        assert bool(doc.addressees) == (doc.slug == BY_HAND) and len(doc.addressees) <= 1
        first, last = page.truth[0], page.truth[-1]
        assert doc.signer_name in last and all(line in last for line in doc.signer_position)
        assert all(line in first for line in doc.title + doc.subject)
        lines = [line for texts in page.truth for line in texts]
        assert doc.holder_name is None or any(doc.holder_name in line for line in lines), doc.slug
        assert "Nơi nhận:" in lines and doc.recipients, doc.slug
        fields = doc.fields()
        assert fields["organ_name"] == " ".join(doc.issuer) and fields["signer_full_name"] == doc.signer_name
        assert fields["type_name"] == (" ".join(doc.title) or "CÔNG VĂN") and (doc.title or doc.slug == BY_HAND)
        assert fields["subject"] == (" ".join(doc.subject) or None)
        assert fields["signer_position"] == " ".join(doc.signer_position)
        assert fields["code_number"] == doc.number and fields["place"] == doc.place
        rest = doc.date_text.split(" ", 1)[1]
        written_in = [text for *_, text in hand]
        if "code_number" in doc.handwritten:
            assert f"Số: {doc.blank}/{doc.notation}" in first and doc.number in written_in
        else:
            assert f"Số: {doc.number}/{doc.notation}" in first
        if "issued_date" in doc.handwritten:
            assert f"{doc.place}, ngày {doc.blank} {rest}" in first and doc.date_text.split()[0] in written_in
        else:
            assert f"{doc.place}, ngày {doc.date_text}" in first
        assert len(hand) == len(doc.handwritten) and {n for n, *_ in hand} <= {0}
    assert {doc.slug: doc.handwritten for doc in BLIND14 if doc.handwritten} == {
        BY_HAND: ("code_number", "issued_date"), TOBACCO: ("code_number",)}
    page, signer, _, _ = lay_out(doc_named(TWO_PAGES))
    motto = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert motto in page.truth[0] and motto not in page.truth[1] and page.truth[1][0] == "2"
    body_on_two = [run for run in runs(doc_named(TWO_PAGES), 1)[1:] if run.y < signer[2] - 100 and run.x < A4[0] / 2]
    assert len(body_on_two) >= 3  # the end of the body came over with the signer
    assert any(run.text.startswith("d) Khi kết thúc hoạt động") for run in body_on_two)
    assert any(run.text == "Giấy phép này có hiệu lực kể từ ngày ký." for run in body_on_two)
    assert "1. Tên tổ chức được cấp phép: Công ty Cổ phần Nước sạch Thuận Đạo" in page.truth[0]
    assert "8. Thời hạn của giấy phép: đến hết ngày 31 tháng 3 năm 2021." in page.truth[0]
    cong_van = lay_out(doc_named(BY_HAND))[0].truth[0]
    assert f"Kính gửi: {doc_named(BY_HAND).addressees[0]}" in cong_van


def test_signer_blocks_issuers_and_names_vary_as_the_docstring_says():
    marks = {doc.signer_position[0].split(" ", 1)[0] for doc in BLIND14}
    assert {"KT.", "TL.", "TM.", "Q."} <= marks
    assert {tuple(doc.signer_position) for doc in BLIND14} >= {("CHỦ TỊCH",), ("TRƯỞNG PHÒNG",), ("Q. GIÁM ĐỐC",)}
    assert {len(doc.signer_name.split()) for doc in BLIND14} == {2, 3, 4, 5}
    stacked = [doc for doc in BLIND14 if "Đ" in doc.signer_name or any(  # a letter under a hat or horn and a tone
        sum(unicodedata.combining(mark) > 0 for mark in unicodedata.normalize("NFD", ch)) >= 2
        for ch in doc.signer_name)]
    assert len(stacked) >= 6
    parent_child = [doc for doc in BLIND14 if doc.issuer[0] != "ỦY BAN NHÂN DÂN"]
    assert len(parent_child) == 10 and all(len(doc.issuer) == 2 for doc in BLIND14)
    assert {doc.issuer[1] for doc in BLIND14 if doc not in parent_child} == {"HUYỆN LẠC THỦY", "THÀNH PHỐ SẦM SƠN"}
    assert [doc.slug for doc in BLIND14 if doc.seal is None] == [UNSEALED]
    assert sum(doc.aim != (0.0, 0.0) for doc in BLIND14) == 8 and len({doc.lift for doc in BLIND14}) >= 4
    assert all(len(doc.seal) <= 40 for doc in BLIND14 if doc.seal)  # the ring holds that many letters
    assert [len(doc.signer_position) for doc in BLIND14].count(3) == 1  # "TM." / "KT." / "PHÓ CHỦ TỊCH"
    assert doc_named(GUIDE).signer_position == ["Q. GIÁM ĐỐC"]
    assert doc_named(TWO_PAGES).signer_position == ["TL. GIÁM ĐỐC", "CHI CỤC TRƯỞNG CHI CỤC THỦY LỢI"]


def test_thuyloi_holder_is_the_licensee_or_the_cooperative_never_the_contractor_or_the_reservoir():
    permit, reservoir = of("thuyloi")
    assert permit.slug == TWO_PAGES and permit.issuer == ["UBND TỈNH LONG AN", "SỞ NÔNG NGHIỆP VÀ PTNT"]
    assert permit.title == ["GIẤY PHÉP"] and permit.subject == ["Hoạt động trong phạm vi bảo vệ công trình thủy lợi"]
    k, holder = row(permit, "Tên tổ chức được cấp phép: ")
    assert holder == permit.holder_name and permit.body[k + 1] == f"2. Mã số doanh nghiệp: {permit.holder_id}"
    assert "từ K1+240 đến K1+275" in row(permit, "Tên công trình thủy lợi: ")[1]
    contractor = re.fullmatch(r"(Công ty [^,]+), mã số doanh nghiệp (\d{10})\.", row(permit, "Đơn vị thi công: ")[1])
    assert contractor and contractor.group(1) != permit.holder_name and contractor.group(2) != permit.holder_id
    assert row(permit, "Thời hạn của giấy phép: ")[1] == "đến hết ngày 31 tháng 3 năm 2021."
    assert reservoir.slug == RESERVOIR and reservoir.issuer == ["ỦY BAN NHÂN DÂN", "HUYỆN LẠC THỦY"]
    assert reservoir.subject == ["Về việc phê duyệt quy trình vận hành hồ chứa nước Đầm Bài",
                                 f"của {reservoir.holder_name}"]
    named = article(reservoir).split("Phê duyệt quy trình vận hành hồ chứa nước Đầm Bài của ", 1)[1]
    assert named.startswith(f"{reservoir.holder_name}, mã số hợp tác xã {reservoir.holder_id}, ")
    submitted = re.search(r"Tờ trình số (\d+)/TTr-HTX ngày ([^,]+?) của (.+?) và", " ".join(reservoir.body))
    assert submitted.group(1) != reservoir.number and iso(submitted.group(2)) != reservoir.issued
    assert submitted.group(3) == reservoir.holder_name and reservoir.valid_until is None
    assert reservoir.signer_position == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]


def test_huongdan_holder_is_the_guide_never_the_card_number_or_the_travel_company():
    international, site = of("huongdan")
    assert international.slug == GUIDE and international.issuer[1] == "SỞ DU LỊCH"
    assert international.subject == ["Về việc cấp thẻ hướng dẫn viên du lịch quốc tế",
                                      f"cho bà {international.holder_name}"]
    named = article(international).split("Cấp thẻ hướng dẫn viên du lịch quốc tế cho bà ", 1)[1]
    assert named.startswith(f"{international.holder_name}, sinh ngày 23/11/1992, số định danh cá nhân "
                            f"{international.holder_id}, ")
    card = dash_row(international, "Số thẻ: ")[1]
    assert re.fullmatch(r"\d{9}\.", card) and card[:-1] not in (international.number, international.holder_id)
    company = re.fullmatch(r"(Công ty [^,]+), mã số doanh nghiệp (\d{10})\.",
                           dash_row(international, "Nơi đăng ký hành nghề: ")[1])
    assert company and tax_code_ok(company.group(2)) and international.holder_id_type == "cccd"
    assert dash_row(international, "Thẻ có giá trị ")[1] == "đến ngày 20 tháng 10 năm 2026."
    assert site.slug == SITE_GUIDE and site.issuer == ["UBND TỈNH LONG AN", "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH"]
    assert site.subject == ["Về việc cấp thẻ hướng dẫn viên du lịch tại điểm"]
    assert article(site) == "Điều 1. Cấp thẻ hướng dẫn viên du lịch tại điểm cho:"
    k, holder = row(site, "Họ và tên: ")
    assert holder == site.holder_name and site.body[k - 1] == article(site)
    assert site.body[k + 1] == f"Ngày sinh: 09/4/1996; số định danh cá nhân: {site.holder_id}"
    assert re.fullmatch(r"\d{9}", row(site, "Số thẻ: ")[1]) and site.valid_until is None
    assert row(site, "Địa điểm hành nghề: ")[1].startswith("Khu du lịch sinh thái Làng nổi Tân Lập")


def test_ruouthuocla_holder_is_the_trader_never_the_owner_or_the_suppliers():
    tobacco, alcohol = of("ruouthuocla")
    for doc, code in ((tobacco, "Mã số thuế"), (alcohol, "Mã số doanh nghiệp")):
        assert doc.issuer[1].startswith("PHÒNG KINH TẾ") and doc.subject == []
        k, holder = row(doc, "Tên thương nhân: ")
        assert holder == doc.holder_name and doc.body[k + 1] == f"2. {code}: {doc.holder_id}"
        bought = " ".join(text for text in doc.body if "mua" in text)
        suppliers = re.findall(r"(Công ty [^,]+), mã số doanh nghiệp (\d{10})", bought)
        assert suppliers and all(name != holder and number != doc.holder_id for name, number in suppliers)
    assert tobacco.slug == TOBACCO and tobacco.title == ["GIẤY PHÉP BÁN LẺ SẢN PHẨM THUỐC LÁ"]
    assert tobacco.holder_name.startswith("Hộ kinh doanh ") and tobacco.handwritten == ("code_number",)
    owner = row(tobacco, "Chủ hộ kinh doanh: ")[1]
    assert owner.startswith("Bà ") and tobacco.holder_id not in owner and cccd_ok(owner[-12:])
    registered = row(tobacco, "Giấy chứng nhận đăng ký hộ kinh doanh số ")[1]
    assert registered.startswith("42H8003317 ") and iso(registered) != tobacco.issued
    assert alcohol.slug == UNSEALED and alcohol.title == ["GIẤY PHÉP BÁN LẺ RƯỢU"] and alcohol.seal is None
    assert len(re.findall(r"mã số doanh nghiệp \d{10}", row(alcohol, "Được phép mua rượu của: ")[1])) == 2
    assert row(alcohol, "Người đại diện theo pháp luật: ")[1].startswith("ông Lò Văn Piêng")
    assert alcohol.signer_position == ["TRƯỞNG PHÒNG"]


def test_hoagiai_holder_is_the_mediator_in_the_decision_and_none_in_the_cong_van():
    decision, cong_van = of("hoagiai")
    for doc in (decision, cong_van):
        assert doc.issuer[0].startswith("UBND ") and doc.issuer[1].startswith("UBND ")
    assert decision.slug == MEDIATOR and decision.subject == ["Về việc công nhận hòa giải viên"]
    assert article(decision).startswith(f"Điều 1. Công nhận ông {decision.holder_name}, sinh ngày 14/9/1958, số "
                                        f"định danh cá nhân {decision.holder_id}, ")
    assert article(decision).endswith("là hòa giải viên của Tổ hòa giải xóm Hải Nam.")
    assert decision.signer_position == ["CHỦ TỊCH"] and decision.valid_until is None
    assert cong_van.slug == BY_HAND and cong_van.title == [] and cong_van.subject[0].startswith("V/v ")
    assert cong_van.handwritten == ("code_number", "issued_date")
    fields = cong_van.fields()
    assert fields["type_name"] == "CÔNG VĂN" and fields["subject"] == "V/v thanh toán thù lao cho hòa giải viên"
    assert all(fields[key] is None for key in ("holder_name", "holder_id", "holder_id_type", "valid_until"))
    paid = row(cong_van, "Người được thanh toán: ")[1]
    mediator = re.match(r"bà ([^,]+), hòa giải viên", paid).group(1)
    assert re.search(rf"bà {mediator}, sinh ngày [\d/]+, số định danh cá nhân \d{{12}}", cong_van.body[0])
    assert cong_van.addressees == ["Tổ hòa giải khu Vĩnh Xuân"] and mediator not in cong_van.addressees[0]


def test_khuyettat_holder_is_the_disabled_person_never_the_mother_or_the_old_certificate():
    boy, man = of("khuyettat")
    for doc in (boy, man):
        assert doc.title == ["GIẤY XÁC NHẬN KHUYẾT TẬT"] and not doc.subject and doc.notation == "GXNKT"
        assert doc.valid_until is None and doc.holder_id_type == "cccd"
        assert row(doc, "Mức độ khuyết tật: ")[1].startswith("khuyết tật ")
    k, holder = row(boy, "Họ và tên: ")
    assert boy.slug == BOY and holder == boy.holder_name
    assert boy.body[k - 1] == "ỦY BAN NHÂN DÂN XÃ THẠCH KÊNH XÁC NHẬN:"
    assert row(boy, "Số định danh cá nhân: ")[1] == boy.holder_id
    mother = row(boy, "Người đại diện hợp pháp: ")[1]
    assert "(mẹ)" in mother and ID12.search(mother).group() != boy.holder_id
    assert man.slug == SIDEWAYS and man.signer_position == ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
    sentence = next(text for text in man.body if " xác nhận ông " in text)
    assert sentence.split(" xác nhận ông ", 1)[1].startswith(f"{man.holder_name}, sinh ngày 08/02/1961, số định "
                                                             f"danh cá nhân {man.holder_id}, ")
    older = re.search(r"khuyết tật số (\d+)/(\w+) .* cấp ngày (.+)\.$", man.body[-1])
    assert older.group(1) != man.number and older.group(2) == man.notation and iso(older.group(3)) != man.issued


def test_thethao_holder_is_the_company_or_the_club_never_the_pool_or_the_chairman():
    certificate, club = of("thethao")
    assert certificate.slug == SPORT and certificate.issuer == ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ SẦM SƠN"]
    assert certificate.title == ["GIẤY CHỨNG NHẬN ĐỦ ĐIỀU KIỆN", "KINH DOANH HOẠT ĐỘNG THỂ THAO"]
    assert not certificate.subject and certificate.valid_until is None
    k, holder = row(certificate, "Tên doanh nghiệp: ")
    assert holder == certificate.holder_name and certificate.body[k + 1].startswith("2. Địa chỉ trụ sở chính: ")
    assert certificate.body[k + 2] == f"3. Mã số doanh nghiệp: {certificate.holder_id}"
    assert row(certificate, "Địa điểm kinh doanh hoạt động thể thao: ")[1].startswith("Bể bơi Bốn Mùa, ")
    assert club.slug == CLUB and club.subject == ["Về việc công nhận câu lạc bộ thể thao cơ sở"]
    assert article(club).startswith(f"Điều 1. Công nhận {club.holder_name}, xã Phú Đình, ")
    assert club.holder_id is None and club.holder_id_type is None
    chairman = re.match(r"Điều 2\. Ông ([^,]+), sinh ngày [\d/]+, số định danh cá nhân (\d{12}), làm Chủ nhiệm",
                        article(club, 2))
    assert chairman and chairman.group(1) not in club.holder_name and cccd_ok(chairman.group(2))


def test_printed_lines_stay_inside_the_margins_and_apart():
    for doc in BLIND14:
        assert_printed_inside_and_apart(doc, LEFT_C)


def test_the_hand_comes_down_across_the_name_and_the_seal_over_the_position():
    """As blind9's: with an aim the printed name sits inside the signature's height, in its upper three
    quarters, most of the time; without, rarely; the lifted seal reaches 6 pt or more into the
    position's last line, its centre left of the line's middle."""
    for doc in BLIND14:
        assert_hand_and_seal_placed(doc)


def test_the_sideways_scan_is_turned_a_quarter_counterclockwise():
    page = Image.new("RGB", (200, 300), (255, 255, 255))
    page.putpixel((0, 0), (0, 0, 0))
    (sideways,) = turned([page], doc_named(SIDEWAYS).turn)
    assert sideways.size == (300, 200)
    assert sideways.getpixel((0, 200 - 1)) == (0, 0, 0)  # counterclockwise: the top left went bottom left
    assert {doc.slug for doc in BLIND14 if doc.turn} == {SIDEWAYS}


def test_the_written_files_open_with_their_truth(written):
    out, paths = written
    assert [path.name for path in paths] == [f"{TWO_PAGES}-scan.pdf", f"{BY_HAND}-scan.pdf", f"{UNSEALED}-photo.jpg"]
    for path in paths:
        slug = path.stem.rsplit("-", 1)[0]
        assert_written_file_opens(out, path, doc_named(slug), 2 if slug == TWO_PAGES else 1)
    one_page = [k for k, doc in enumerate(BLIND14) if doc.slug != TWO_PAGES]
    assert 4 <= sum(k % 2 == 1 for k in one_page) <= 6  # the full set: half the photos without a DPI
    assert [k for k, doc in enumerate(BLIND14) if doc.slug == UNSEALED][0] % 2 == 1


def test_signature_and_seal_are_inked_on_page_two_and_nothing_on_page_one(written):
    assert_signed_and_sealed_on_page_two_only(written[0], doc_named(TWO_PAGES))


def test_the_number_and_the_day_are_written_into_their_blanks(written):
    out, _ = written
    doc = doc_named(BY_HAND)
    _, _, hand, _ = lay_out(doc)
    last, _, signer = signer_runs(doc)
    blue, red = inks(scan_pixels(out, BY_HAND, 0))
    for _, hx, hy, _text in hand:
        assert ink_in(blue, hx - 30, hy - 26, hx + 30, hy + 8) > 150
    header = max(hy for _, _, hy, _ in hand) + 20  # below the header and above the signer: no ink
    assert ink_in(blue, 40, header, A4[0] - 40, last.y - 25) == 0
    assert ink_in(red, 40, header, A4[0] - 40, last.y - 60) == 0
    assert ink_in(red, signer[1] - 150, signer[2] - 110, signer[1] + 10, signer[2] + 40) > 5000

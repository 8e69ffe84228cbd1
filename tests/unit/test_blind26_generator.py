"""Blind set 26 (samples/blind26.py) is measured by benchmarks/fields.py only, never used to change a rule.
These check the generator, cheaply: every family is drawn as its docstring says and the truth follows
the stated conventions and the printed text, for all twelve documents through ``lay_out`` alone; the
signature and the seal land where the layout and the document's ``aim`` and ``lift`` put them; the
tilted scan is turned as ``turn`` says (checked on a small image); and only two files (three pages) are
actually rendered: the staffing decision's two-page scan, signed and sealed on page 1 and its annex, ruled
in columns, on page 2, and the treasury's unsealed notice's phone photo, written with their truth files,
their ink looked for where it belongs."""

from __future__ import annotations

import re
import sys
import unicodedata

import pytest
from blind_layout import (
    ID9,
    ID10,
    ID12,
    STATED,
    K,
    article,
    assert_cited_apart,
    assert_grants_nothing,
    assert_hand_and_seal_placed,
    assert_new_subjects_and_places,
    assert_number_and_date_printed,
    assert_numbers_and_dates_real,
    assert_printed_inside_and_apart,
    assert_turned,
    assert_unlike_earlier_sets,
    assert_written_file_opens,
    box,
    earlier_sets,
    ink_in,
    inks,
    iso,
    lay_out,
    row,
    runs,
    scan_pixels,
    signer_runs,
)
from helpers import ROOT

sys.path.insert(0, str(ROOT / "samples"))
from blind5 import LEFT_C, Annex
from blind9 import turned
from blind25 import BLIND25
from blind26 import BLIND26, FAMILIES, LEVELS, Doc9, make_blind26
from heldout import BLIND, DOCS, FRESH
from make_samples import A4, LEFT

BEFORE = earlier_sets(26)  # blind2 to blind25
HELD_OUT = (*DOCS, *FRESH, *BLIND)

MARKER = "tb-bao-ve-moc-dia-chinh-dinh-van-khoa"  # its day alone by hand; the holder in a notice's subject
SURVEY = "cv-phoi-hop-do-dac-chinh-ly-ban-do-tan-son"  # a công văn to three, the surveying company among them
MILITIAMAN = "qd-hoan-thanh-nghia-vu-dan-quan-le-van-tham"  # years served: a span, not a validity
TRAINING = "cv-huan-luyen-dan-quan-gio-linh"  # numbered and dated by hand
PAYMENT = "tb-kiem-soat-thanh-toan-von-dau-tu-chiem-hoa"  # a holder with a seven-digit budget-unit code only
CERTIFICATES = "tb-gia-han-chung-thu-so-hong-linh"  # quotes the certificates' validity; unsealed, drawn as its photo
COOPERATIVE = "qd-ho-tro-lang-nghe-htx-may-tre-dan-phu-vinh"  # the set's one three-line signer block
POTTER = "gxn-thoi-gian-hanh-nghe-gom-bat-trang"  # its number alone by hand; a validity of its own
STAFFING = "qd-giao-so-luong-nguoi-lam-viec-dai-loc"  # two pages: the decision, then its annex
RETIREMENT = "qd-tinh-gian-bien-che-lo-thi-nguyet"
RICE = "kh-tiep-nhan-gao-du-tru-ho-tro-hoc-sinh-muong-lat"
STOREKEEPER = "qd-giao-nhiem-vu-thu-kho-mai-xuan-truong"  # the tilted scan
# each person holder with a personal number: the province code it opens with and their sex
PERSONS = {MARKER: ("024", "M"), MILITIAMAN: ("038", "M"), POTTER: ("001", "M"), RETIREMENT: ("014", "F"),
           STOREKEEPER: ("025", "M")}
VALID = {POTTER: "2018-12-31"}
BUDGET_CODE = "7764529"  # the project board's budget-unit code: none of the kinds the truth knows


def of(name: str) -> list[Doc9]:
    return [doc for doc in BLIND26 if doc.family == name]


def doc_named(slug: str) -> Doc9:
    return next(doc for doc in BLIND26 if doc.slug == slug)


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    """Two files only, drawn as in the measured set (same seeds, same DPI), to keep this module cheap:
    the two-page scan with its annex, and one JPEG photo. All 24 take about a minute."""
    out = tmp_path_factory.mktemp("blind26")
    scans = make_blind26(out, levels=("scan",), only={STAFFING})
    return out, scans + make_blind26(out, levels=("photo",), only={CERTIFICATES})


def test_twelve_documents_in_six_families_named_unlike_any_earlier_set():
    assert_unlike_earlier_sets(BLIND26, FAMILIES, LEVELS, BEFORE, HELD_OUT)
    assert {doc.family for doc in BLIND25} <= {doc.family for doc in BEFORE}  # blind25 counts as earlier
    assert_new_subjects_and_places(BLIND26, BEFORE)


def test_dates_check_digits_and_personal_numbers_are_real():
    for doc in BLIND26:
        assert_numbers_and_dates_real(doc, PERSONS)
    assert {doc.slug for doc in BLIND26 if doc.holder_id_type == "cccd"} == set(PERSONS)
    assert [doc.slug for doc in BLIND26 if doc.holder_id_type == "tax_code"] == [COOPERATIVE]
    assert [doc.slug for doc in BLIND26 if doc.holder_name and not doc.holder_id] == [PAYMENT]
    assert [doc.slug for doc in BLIND26 if doc.holder_name is None] == [SURVEY, TRAINING, CERTIFICATES, STAFFING,
                                                                       RICE]
    assert [found for doc in BLIND26 for found in ID9.findall(" ".join(doc.body))] == []  # no old identity card
    assert [doc.slug for doc in BLIND26 if ID12.search(" ".join(doc.body))] == list(PERSONS)
    codes = [found for doc in BLIND26 for found in ID10.findall(" ".join(doc.body))]
    assert codes == [doc_named(COOPERATIVE).holder_id]  # the one tax code printed is the cooperative's
    assert [doc.slug for doc in BLIND26 if BUDGET_CODE in " ".join(doc.body)] == [PAYMENT]


def test_valid_until_is_the_date_after_den_ngay_and_spans_deadlines_terms_and_quotes_give_none():
    for doc in BLIND26:
        stated = [re.split(r"đến (?:hết )?ngày ", text, maxsplit=1)[1] for text in doc.body if STATED.search(text)]
        assert len(stated) <= 1, doc.slug
        if doc.slug == CERTIFICATES:  # the certificates' validity, quoted: never the notice's
            assert doc.valid_until is None and iso(stated[0]) == "2022-09-30"
            continue
        assert doc.valid_until == (iso(stated[0]) if stated else None) == VALID.get(doc.slug), doc.slug
        if doc.valid_until:
            assert doc.valid_until > doc.issued, doc.slug
    quoted = doc_named(CERTIFICATES).body[0]
    assert quoted.startswith("Chứng thư số chuyên dùng Chính phủ") and quoted.endswith(
        "có giá trị đến hết ngày 30 tháng 9 năm 2022.")
    assert_cited_apart(doc_named(CERTIFICATES), r"Quyết định số (\d+)/QĐ-BCY ngày (.+?) của")
    periods = [doc for doc in BLIND26 if re.search(r"\d+ (năm|tháng|ngày) kể từ ngày", " ".join(doc.body))]
    assert periods == []
    deadlines = [doc for doc in BLIND26 if re.search(r"(trước|chậm nhất) ngày \d", " ".join(doc.body))]
    assert [doc.slug for doc in deadlines] == [SURVEY, TRAINING, PAYMENT, CERTIFICATES, COOPERATIVE, RICE]
    spans = [doc for doc in BLIND26 if re.search(r"từ ngày [^;.]*đến (hết )?ngày \d", " ".join(doc.body))]
    assert [doc.slug for doc in spans] == [MILITIAMAN, TRAINING, RICE]
    assert "từ ngày 10/01/2019 đến ngày 10/01/2023." in article(doc_named(MILITIAMAN))
    assert "từ ngày 07/3/2022 đến ngày 25/3/2022" in " ".join(doc_named(TRAINING).body)
    assert "từ ngày 24/10/2022 đến ngày 04/11/2022" in " ".join(doc_named(RICE).body)
    assert "từ năm 1976 đến nay" in " ".join(doc_named(POTTER).body)  # years at the craft, not a validity
    for slug, start in ((RETIREMENT, "kể từ ngày 01 tháng 01 năm 2021"), (STOREKEEPER, "kể từ ngày 01 tháng 3 năm")):
        assert start in article(doc_named(slug)), slug  # when she leaves, when he starts: not a validity
    assert doc_named(POTTER).body[-1].endswith("có giá trị đến hết ngày 31 tháng 12 năm 2018.")
    for doc in BLIND26:
        if doc.slug not in (POTTER, CERTIFICATES):  # the others print no validity at all
            assert doc.valid_until is None and not STATED.search(" ".join(doc.body)), doc.slug


def test_pages_titles_numbers_and_signers_are_printed_as_the_truth_says():
    for doc in BLIND26:
        page, signer, hand, grids = lay_out(doc)
        assert len(page.pages) == (2 if doc.slug == STAFFING else 1) and signer[0] == 0
        assert bool(grids) == (doc.slug == STAFFING) and not doc.number_under_title
        assert bool(doc.annex) == (doc.slug == STAFFING)
        assert doc.turn == ((1.5,) if doc.slug == STOREKEEPER else ())
        assert bool(doc.addressees) == (doc.slug in (MARKER, SURVEY, TRAINING, PAYMENT, CERTIFICATES)), doc.slug
        first, last = page.truth[0], page.truth[signer[0]]
        assert doc.signer_name in last and all(line in last for line in doc.signer_position)
        assert all(line in first for line in doc.issuer + doc.title + doc.subject)
        lines = [line for texts in page.truth for line in texts]
        assert doc.holder_name is None or any(doc.holder_name in line for line in lines), doc.slug
        assert "Nơi nhận:" in first and doc.recipients, doc.slug
        fields = doc.fields()
        assert fields["organ_name"] == " ".join(doc.issuer) and fields["signer_full_name"] == doc.signer_name
        assert fields["type_name"] == (" ".join(doc.title) or "CÔNG VĂN") and (doc.title or doc.slug in (SURVEY,
                                                                                                     TRAINING))
        assert fields["subject"] == (" ".join(doc.subject) or None)
        assert fields["signer_position"] == " ".join(doc.signer_position)
        assert fields["code_number"] == doc.number and fields["place"] == doc.place
        assert_number_and_date_printed(doc, first, hand)
    assert {doc.slug: doc.handwritten for doc in BLIND26 if doc.handwritten} == {
        MARKER: ("issued_date",), TRAINING: ("code_number", "issued_date"), POTTER: ("code_number",)}
    assert {doc.date_text.split()[0] for doc in BLIND26} >= {"9", "09", "12"}  # days with and without a zero
    assert {doc.fields()["type_name"] for doc in BLIND26} == {"THÔNG BÁO", "CÔNG VĂN", "QUYẾT ĐỊNH",
                                                               "GIẤY XÁC NHẬN", "KẾ HOẠCH"}
    for slug in (SURVEY, TRAINING):  # the công văn: "V/v" lines, several addressees on dashed lines
        letter = doc_named(slug)
        assert letter.title == [] and letter.subject[0].startswith("V/v ") and len(letter.subject) == 2
        assert len(letter.addressees) >= 2 and "Kính gửi:" in lay_out(letter)[0].truth[0]
        assert all(f"- {addressee}" in lay_out(letter)[0].truth[0] for addressee in letter.addressees)
    assert len(doc_named(CERTIFICATES).addressees) == 2
    for slug in (MARKER, PAYMENT):  # one addressee, one centred line
        one = doc_named(slug)
        assert f"Kính gửi: {one.addressees[0]}" in lay_out(one)[0].truth[0] and len(one.addressees) == 1
    marker = doc_named(MARKER)
    assert marker.addressees[0].split(",")[0] == f"Ông {marker.holder_name}"  # the notice's addressee holds it
    assert doc_named(PAYMENT).addressees == [doc_named(PAYMENT).holder_name]


def test_the_annex_follows_the_signature_on_a_page_of_its_own():
    doc = doc_named(STAFFING)
    page, signer, _, grids = lay_out(doc)
    assert isinstance(doc.annex, Annex) and signer[0] == 0
    ((number, edges, top, bottom),) = grids
    assert number == 1 and edges[0] == LEFT and edges[-1] <= A4[0] - 55 and bottom > top + 100
    annex = page.truth[1]
    assert annex[:3] == ["2", "PHỤ LỤC", "SỐ LƯỢNG NGƯỜI LÀM VIỆC NĂM 2023"]
    assert doc.signer_name not in annex and "Nơi nhận:" not in annex and doc.signer_name in page.truth[0]
    note = " ".join(line for line in annex if line.startswith("(") or line.endswith(")"))
    # the annex names the decision by its own number and date: the same document, no other
    assert f"Quyết định số {doc.number}/{doc.notation} ngày {doc.date_text}" in note
    total = doc.annex.rows[-1]
    assert total[:2] == ("", "Tổng cộng")
    assert sum(int(r[2].replace(".", "")) for r in doc.annex.rows[:-1]) == int(total[2].replace(".", ""))
    assert f"Điều 1. Giao {total[2]} người làm việc" in article(doc)
    assert all(line in annex for r in doc.annex.rows for line in r if line)
    assert not any(doc.annex.note in line for line in page.truth[0])


def test_signer_blocks_issuers_and_names_vary_as_the_docstring_says():
    marks = {doc.signer_position[0].split(" ", 1)[0] for doc in BLIND26}
    assert {"KT.", "TL.", "TM.", "Q."} <= marks
    assert {tuple(doc.signer_position) for doc in BLIND26} >= {("CHỦ TỊCH",), ("GIÁM ĐỐC",), ("Q. CHI CỤC TRƯỞNG",)}
    assert {len(doc.signer_name.split()) for doc in BLIND26} == {2, 3, 4, 5}
    stacked = [doc for doc in BLIND26 if "Đ" in doc.signer_name or any(  # a letter under a hat or horn and a tone
        sum(unicodedata.combining(mark) > 0 for mark in unicodedata.normalize("NFD", ch)) >= 2
        for ch in doc.signer_name)]
    assert len(stacked) >= 6
    assert all(len(doc.issuer) == 2 for doc in BLIND26)
    council = [doc for doc in BLIND26 if doc.issuer[0] == "ỦY BAN NHÂN DÂN"]
    assert [doc.issuer[1].split(" ", 1)[0] for doc in council] == ["HUYỆN"] * 5
    others = [doc.issuer for doc in BLIND26 if doc not in council]
    assert others == [["UBND HUYỆN YÊN THẾ", "UBND XÃ ĐỒNG VƯƠNG"],
                      ["UBND HUYỆN NÔNG CỐNG", "UBND XÃ TRUNG CHÍNH"],
                      ["BỘ CHQS TỈNH QUẢNG TRỊ", "BAN CHQS HUYỆN GIO LINH"],
                      ["KBNN TUYÊN QUANG", "KBNN CHIÊM HÓA"],
                      ["KBNN HÀ TĨNH", "KBNN HỒNG LĨNH"],
                      ["UBND HUYỆN GIA LÂM", "UBND XÃ BÁT TRÀNG"],
                      ["CỤC DTNN KV VĨNH PHÚ", "CHI CỤC DTNN LÂM THAO"]]
    assert doc_named(STOREKEEPER).fields()["organ_name"] == "CỤC DTNN KV VĨNH PHÚ CHI CỤC DTNN LÂM THAO"
    assert [doc.slug for doc in BLIND26 if doc.seal is None] == [CERTIFICATES]
    assert sum(doc.aim != (0.0, 0.0) for doc in BLIND26) == 8 and len({doc.lift for doc in BLIND26}) >= 4
    assert all(len(doc.seal) <= 40 for doc in BLIND26 if doc.seal)  # the ring holds that many letters
    assert [doc.slug for doc in BLIND26 if len(doc.signer_position) == 3] == [COOPERATIVE]
    assert doc_named(COOPERATIVE).signer_position == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
    assert doc_named(SURVEY).signer_position == ["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"]
    assert doc_named(TRAINING).signer_position == ["KT. CHỈ HUY TRƯỞNG", "PHÓ CHỈ HUY TRƯỞNG"]
    assert doc_named(PAYMENT).signer_position == ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]
    assert doc_named(STAFFING).signer_position == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]
    assert doc_named(CERTIFICATES).signer_name == "Phan Thị Thanh Hương Giang"
    assert doc_named(POTTER).signer_name == "Nghiêm Khuê"
    assert doc_named(RETIREMENT).signer_name == "Cầm Văn Chính" and doc_named(PAYMENT).signer_name == "Ma Thị Thủy"
    assert {doc.issued[:4] for doc in BLIND26} == {"2018", "2020", "2021", "2022", "2023", "2024"}


def test_dodac_holder_is_the_householder_and_none_in_the_cong_van():
    marker, letter = of("dodac")
    assert marker.slug == MARKER and marker.title == ["THÔNG BÁO"]
    assert marker.subject[1] == f"trên thửa đất của hộ ông {marker.holder_name}"
    k, holder = row(marker, "Họ và tên: ")
    assert holder == f"ông {marker.holder_name}"
    assert marker.body[k + 1] == f"2. Ngày sinh: 07/3/1968; số định danh cá nhân: {marker.holder_id}"
    assert "thửa đất số 186, tờ bản đồ số 12" in marker.body[k + 2]  # the parcel and the sheet: never a field
    assert "ông Hoàng Văn Luân, điện thoại 0204 3876 215" in marker.body[-1]  # the land officer: never
    assert_cited_apart(marker, r"Quyết định số (\d+)/QĐ-STNMT ngày (.+?) của")
    assert letter.slug == SURVEY
    assert letter.fields()["subject"] == ("V/v phối hợp đo đạc chỉnh lý bản đồ địa chính các xã Kim Thượng, "
                                          "Xuân Đài")
    assert letter.fields()["type_name"] == "CÔNG VĂN"
    assert_grants_nothing(letter)
    assert letter.addressees[-1] == "Công ty TNHH Đo đạc Bản đồ Việt Bắc."  # addressed, never the holder
    assert_cited_apart(letter, r"Quyết định số (\d+)/QĐ-UBND ngày (.+?) của")
    assert_cited_apart(letter, r"Hợp đồng số (\d+)/2022/HĐ-STNMT ngày (.+?) giữa")


def test_danquan_holder_is_the_militiaman_and_none_in_the_cong_van():
    militiaman, letter = of("danquan")
    assert militiaman.slug == MILITIAMAN
    assert militiaman.subject[1] == f"Dân quân tự vệ đối với ông {militiaman.holder_name}"
    assert article(militiaman).startswith(f"Điều 1. Công nhận ông {militiaman.holder_name}, sinh ngày 14/8/1997, "
                                          f"số định danh cá nhân {militiaman.holder_id}, ")
    assert_cited_apart(militiaman, r"Quyết định số (\d+)/QĐ-UBND ngày (.+?) của")
    assert letter.slug == TRAINING and letter.fields()["subject"] == "V/v tổ chức huấn luyện dân quân năm 2022"
    assert_grants_nothing(letter)
    assert_cited_apart(letter, r"Kế hoạch số (\d+)/KH-BCH ngày (.+?) của")


def test_khobac_holder_is_the_project_board_without_a_number_and_none_in_the_renewal_notice():
    payment, renewal = of("khobac")
    assert payment.slug == PAYMENT and payment.title == ["THÔNG BÁO"] and len(payment.subject) == 2
    k, holder = row(payment, "Tên đơn vị: ")
    assert holder == payment.holder_name
    assert payment.body[k + 1] == f"2. Mã số đơn vị có quan hệ với ngân sách: {BUDGET_CODE}"
    assert re.fullmatch(r"\d{7}", BUDGET_CODE) and payment.holder_id is None and payment.holder_id_type is None
    assert_cited_apart(payment, r"Quyết định số (\d+)/QĐ-UBND ngày (.+?) của")
    assert_cited_apart(payment, r"Hợp đồng thi công số (\d+)/2022/HĐXD ngày (\d+ tháng \d+\s+năm \d{4})")
    assert_cited_apart(payment, r"Nghị định số (\d+)/2021/NĐ-CP ngày (.+?) của")
    assert renewal.slug == CERTIFICATES and renewal.title == ["THÔNG BÁO"] and len(renewal.subject) == 2
    assert_grants_nothing(renewal)
    assert "bà Võ Thị Hải Yến" in renewal.body[-1]  # the official: never the holder


def test_langnghe_holder_is_the_cooperative_or_the_potter():
    cooperative, potter = of("langnghe")
    assert cooperative.slug == COOPERATIVE and cooperative.subject[1] == f"cho {cooperative.holder_name}"
    assert article(cooperative).startswith(f"Điều 1. Hỗ trợ cho {cooperative.holder_name}, mã số thuế "
                                           f"{cooperative.holder_id}, ")
    assert_cited_apart(cooperative, r"Quyết định số (\d+)/QĐ-UBND ngày (.+?) của")
    assert_cited_apart(cooperative, r"Tờ trình số (\d+)/TTr-KT ngày (.+?),")
    assert potter.slug == POTTER and potter.title == ["GIẤY XÁC NHẬN"]
    assert potter.subject == ["Thời gian hành nghề tại làng nghề gốm sứ Bát Tràng"]
    k, holder = row(potter, "Họ và tên: ")
    assert holder == f"ông {potter.holder_name}" and potter.body[k - 1] == "ỦY BAN NHÂN DÂN XÃ BÁT TRÀNG XÁC NHẬN:"
    assert potter.body[k + 1] == f"2. Ngày sinh: 11/02/1959; số định danh cá nhân: {potter.holder_id}"
    assert_cited_apart(potter, r"Nghị định số (\d+)/2014/NĐ-CP ngày (.+?) của")


def test_bienche_grants_nothing_in_the_staffing_decision_and_the_teacher_holds_her_retirement():
    staffing, retirement = of("bienche")
    assert staffing.slug == STAFFING and len(staffing.subject) == 2
    assert_grants_nothing(staffing)
    assert_cited_apart(staffing, r"Quyết định số (\d+)/QĐ-UBND ngày (.+?) của")
    assert_cited_apart(staffing, r"Tờ trình số (\d+)/TTr-NV ngày (.+?),")
    assert retirement.slug == RETIREMENT and retirement.subject[1] == f"đối với bà {retirement.holder_name}"
    assert f"đối với bà {retirement.holder_name}, sinh ngày 03/02/1966, số định danh cá nhân " \
           f"{retirement.holder_id}, " in article(retirement)
    assert_cited_apart(retirement, r"Quyết định số (\d+)/QĐ-UBND ngày (.+?) của")
    assert_cited_apart(retirement, r"Nghị định số (\d+)/2018/NĐ-CP ngày (.+?) sửa đổi")


def test_dutru_grants_nothing_in_the_plan_and_the_storekeeper_holds_his_duty():
    plan, duty = of("dutru")
    assert plan.slug == RICE and plan.title == ["KẾ HOẠCH"] and len(plan.subject) == 2
    assert_grants_nothing(plan)
    assert_cited_apart(plan, r"Quyết định số (\d+)/QĐ-TTg ngày (.+?) của")
    assert_cited_apart(plan, r"Quyết định số (\d+)/QĐ-UBND ngày (.+?) của")
    assert duty.slug == STOREKEEPER and duty.subject[1] == f"đối với ông {duty.holder_name}"
    assert f"cho ông {duty.holder_name}, sinh ngày 19/6/1988, số định danh cá nhân {duty.holder_id}, " in article(
        duty)
    assert_cited_apart(duty, r"Quyết định số (\d+)/QĐ-CDTVP ngày (.+?) của")


def test_printed_lines_stay_inside_the_margins_and_apart():
    for doc in BLIND26:
        assert_printed_inside_and_apart(doc, LEFT_C)


def test_the_hand_comes_down_across_the_name_and_the_seal_over_the_position():
    """As blind9's: with an aim the printed name sits inside the signature's height, in its upper three
    quarters, most of the time; without, rarely; the lifted seal reaches 6 pt or more into the
    position's last line, its centre left of the line's middle."""
    for doc in BLIND26:
        assert_hand_and_seal_placed(doc)


def test_the_tilted_scan_keeps_its_size_and_turns_one_and_a_half_degrees_counterclockwise():
    assert {doc.slug: doc.turn for doc in BLIND26 if doc.turn} == {STOREKEEPER: (1.5,)}
    assert_turned(turned, doc_named(STOREKEEPER).turn)


def test_the_written_files_open_with_their_truth(written):
    out, paths = written
    assert [path.name for path in paths] == [f"{STAFFING}-scan.pdf", f"{CERTIFICATES}-photo.jpg"]
    for path in paths:
        slug = path.stem.rsplit("-", 1)[0]
        assert_written_file_opens(out, path, doc_named(slug), 2 if slug == STAFFING else 1)
    one_page = [k for k, doc in enumerate(BLIND26) if doc.slug != STAFFING]
    assert 4 <= sum(k % 2 == 1 for k in one_page) <= 6  # the full set: half the photos without a DPI
    assert next(k for k, doc in enumerate(BLIND26) if doc.slug == CERTIFICATES) % 2 == 1


def test_page_one_is_signed_and_sealed_and_the_annex_page_is_ruled_and_clean(written):
    out, _ = written
    doc = doc_named(STAFFING)
    last, name, signer = signer_runs(doc)
    pixels = scan_pixels(out, STAFFING, 0)
    assert pixels.shape[:2] == (round(A4[1] * K), round(A4[0] * K))
    blue, red = inks(pixels)
    x = signer[1]
    assert ink_in(blue, x - 110, last.y - 20, x + 110, name.y + 40) > 1500  # the signature
    assert ink_in(blue, 40, 40, A4[0] - 40, last.y - 25) == 0  # nothing else blue on page 1
    assert ink_in(blue, *box(name)) > 40  # across the printed name
    seal = ink_in(red, x - 150, signer[2] - 110, x + 10, signer[2] + 40)
    assert seal > 5000 and ink_in(red, x + 20, signer[2] - 110, A4[0] - 40, signer[2] + 40) < 0.05 * seal
    x0, y0, _, y1 = box(last)
    assert ink_in(red, x0, y0, x0 + 30, y1) > 40  # over the position's last line, at its left end
    annex = scan_pixels(out, STAFFING, 1)
    blue, red = inks(annex)
    assert int(blue.sum()) == 0 and int(red.sum()) == 0  # no hand, no seal on the annex
    ((_, edges, top, bottom),) = lay_out(doc)[3]
    dark = annex.mean(axis=-1) < 110
    rows = dark[round((top + 12) * K):round((bottom - 12) * K)]
    for left, right in ((edges[0] - 10, edges[0] + 8), (edges[-1] - 8, edges[-1] + 10)):
        side = rows[:, round(left * K):round(right * K)]  # the table's outer sides, clear of its text
        assert side.any(axis=1).mean() > 0.9, (left, right)  # ruled the table's whole height (blind5's grid)
    words = [run for run in runs(doc, 1) if run.text == "Tổng cộng"]
    assert len(words) == 1 and ink_in(dark, *box(words[0])) > 200  # the total's row printed

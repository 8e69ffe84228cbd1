"""What the generator tests of blind sets 8 onwards read off a document's layout. Those sets are laid
out by blind7's ``lay_out``; it is run once per document here (the tests only read it)."""

from __future__ import annotations

import importlib
import io
import json
import re
import sys
from datetime import date
from itertools import combinations

from helpers import ROOT

sys.path.insert(0, str(ROOT / "samples"))
import numpy as np  # noqa: E402
import pymupdf  # noqa: E402
from blind7 import HANDS, signature_span  # noqa: E402
from blind7 import lay_out as _lay_out  # noqa: E402
from blind8 import aimed  # noqa: E402
from make_samples import A4, PAPER, Run, width  # noqa: E402
from PIL import Image  # noqa: E402

from tthc_digitize.extract.identifiers import cccd_ok, tax_code_ok  # noqa: E402

DMY = re.compile(r"(\d{1,2}) tháng (\d{1,2}) năm (\d{4})")
SEAL_R = 52.0  # blind2's seal radius (points)
SEAL_DX, SEAL_DY = (48.0, 62.0), (22.0, 38.0)  # blind7's seal centre: this far left of and above the name's
_LAID: dict[str, tuple] = {}  # by slug: the documents hold lists, so they cannot be cache keys


def earlier_sets(n: int) -> tuple:
    """The documents of blind sets 2 to ``n`` - 1: those a set written ``n``-th must not repeat."""
    return tuple(doc for k in range(2, n) for doc in getattr(importlib.import_module(f"blind{k}"), f"BLIND{k}"))


def lay_out(doc) -> tuple:
    if doc.slug not in _LAID:
        _LAID[doc.slug] = _lay_out(doc)
    return _LAID[doc.slug]


def iso(text: str) -> str:
    """The first date in ``text``, "12 tháng 3 năm 2019" or "28/02/2025", as ISO."""
    found = DMY.search(text) or re.search(r"(\d{1,2})/(\d{1,2})/(\d{4})", text)
    day, month, year = map(int, found.groups())
    return date(year, month, day).isoformat()


def runs(doc, page: int = 0) -> list[Run]:
    return [item for item in lay_out(doc)[0].pages[page] if isinstance(item, Run)]


def printed(doc) -> str:
    return " ".join(line for texts in lay_out(doc)[0].truth for line in texts)


def box(run: Run) -> tuple[float, float, float, float]:
    """The run's ink box in points: left, top (ascenders), right, bottom (descenders)."""
    return run.x, run.y - 0.75 * run.size, run.x + width(run.text, run.font, run.size), run.y + 0.2 * run.size


def row(doc, *labels: str) -> tuple[int, str]:
    """The first body paragraph starting with one of ``labels`` (a leading "1. " allowed), and the rest."""
    for k, text in enumerate(doc.body):
        found = re.match(rf"(?:\d\. )?(?:{'|'.join(map(re.escape, labels))})(.*)", text)
        if found:
            return k, found.group(1)
    raise AssertionError((doc.slug, labels))


def article(doc, n: int = 1) -> str:
    return next(text for text in doc.body if text.startswith(f"Điều {n}. "))


def signer_runs(doc) -> tuple[Run, Run, tuple]:
    """The position's last line and the printed name on the signer's page, and the signer tuple."""
    page, signer, _, _ = lay_out(doc)
    items = [item for item in page.pages[signer[0]] if isinstance(item, Run)]
    name = next(run for run in items if run.text == doc.signer_name)
    last = max((run for run in items if run.text == doc.signer_position[-1] and run.y < name.y), key=lambda r: r.y)
    return last, name, signer


def assert_hand_and_seal_placed(doc) -> None:
    """Where blind7's hand puts the signature, given the document's aim, over 100 draws: it spans the
    name's middle; with an aim the printed name sits inside its height, in its upper three quarters,
    most of the time, without one rarely. Wherever blind7's offsets put the seal, lifted, it reaches
    6 pt or more into the position's last line, its centre left of the line's middle, and stays over
    the signer block."""
    last, name, signer = signer_runs(doc)
    items = lay_out(doc)[0].pages[signer[0]]
    _, top, _, bottom = box(name)
    across = 0
    for seed in range(100):
        left, high, right, low = signature_span(aimed(items, doc), doc, np.random.default_rng(seed))
        middle = (top + bottom) / 2
        across += high < top and bottom < low and (middle - high) / (low - high) <= 0.75
        assert left < name.x + width(name.text, name.font, name.size) / 2 < right, doc.slug
    if doc.aim == (0.0, 0.0):
        assert across <= 10, (doc.slug, across)
    else:
        assert across >= 60, (doc.slug, across)
    x0, y0, x1, y1 = box(last)
    for dx in SEAL_DX:
        for dy in SEAL_DY:
            cx, cy = signer[1] - dx, signer[2] - doc.lift - dy
            near = np.hypot(cx - np.clip(cx, x0, x1), cy - np.clip(cy, y0, y1))
            assert near < SEAL_R - 6 and cx < (x0 + x1) / 2, doc.slug  # 6 pt into the line, left of its middle
            assert cx + SEAL_R < signer[1] + 12 and cy + SEAL_R > name.y - 12, doc.slug


K = 300 / 72  # scan pixels per point


def scan_pixels(out, slug: str, page: int) -> np.ndarray:
    """The page image of ``slug``'s scan as written, RGB."""
    with pymupdf.open(out / "scans" / f"{slug}-scan.pdf") as pdf:
        data = pdf.extract_image(pdf[page].get_images()[0][0])["image"]
    return np.asarray(Image.open(io.BytesIO(data)).convert("RGB"), dtype=int)


def ink_in(mask: np.ndarray, left: float, top: float, right: float, bottom: float) -> int:
    """Pixels of ``mask`` inside a box given in points."""
    return int(mask[round(top * K):round(bottom * K), round(left * K):round(right * K)].sum())


def inks(pixels: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The blue ballpoint's pixels and the red seal's."""
    r, g, b = np.moveaxis(pixels, -1, 0)
    return (b > r + 60) & (b > g + 40), (r > g + 80) & (r > b + 60)


_ID_NUMBER = re.compile(r"(?<!\d)\d{10}(?:\d\d)?(?!\d)")  # a tax code or a personal number


def assert_unlike_earlier_sets(docs, families, levels, before, held_out=()) -> None:
    """Twelve documents in six families of two, in blind7's four hands, as scans and photos; nothing that names
    a document (slug, place, issuer, signer, number, date, holder, id, seal, title and subject) and no tax code
    or personal number printed is one of an earlier set's (``before``), nor a place or person of ``held_out``."""
    assert len(families) == 6 and [sum(d.family == f for d in docs) for f in families] == [2] * 6 and len(docs) == 12
    assert len({doc.slug for doc in docs}) == len({doc.signer_name for doc in docs}) == 12
    assert all(re.fullmatch(r"[a-z0-9-]+", doc.slug) for doc in docs)  # file names in ASCII
    assert {doc.hand for doc in docs} == set(HANDS) and levels == ("scan", "photo")
    assert not set(families) & {doc.family for doc in before}
    facets = {"slug": lambda d: d.slug, "place": lambda d: d.place, "issuer": lambda d: tuple(d.issuer),
              "signer": lambda d: d.signer_name, "number": lambda d: d.number, "date": lambda d: d.issued,
              "holder": lambda d: d.holder_name, "id": lambda d: d.holder_id, "seal": lambda d: d.seal}
    for facet, key in facets.items():
        ours, theirs = {key(d) for d in docs} - {None}, {key(d) for d in before}
        assert not ours & theirs, (facet, ours & theirs)
    assert not {d.place for d in docs} & {d.place for d in held_out}
    people = ({d.signer_name for d in (*before, *held_out)} | {d.holder_name for d in (*before, *held_out)}) - {None}
    assert not {d.holder_name for d in docs} & people and not {d.signer_name for d in docs} & people
    printed_before = set(_ID_NUMBER.findall(" ".join(text for d in before for text in d.body)))
    for doc in docs:
        assert not set(_ID_NUMBER.findall(" ".join(doc.body))) & printed_before, doc.slug

    def heading(d):
        return d.fields()["type_name"], d.fields()["subject"]
    assert not {heading(d) for d in docs} & {heading(d) for d in before}  # no title and subject seen before


def assert_printed_inside_and_apart(doc, left_c: float) -> None:
    """Every printed line of every page inside the margins and clear of every other; two lines on one
    baseline (the header's two columns) at least 8 pt apart, but for a "Kính gửi:" beside its addressee;
    the issuer's lines centred on the left column at ``left_c``."""
    for number, items in enumerate(lay_out(doc)[0].pages):
        boxes = [(box(item), item.text) for item in items if isinstance(item, Run)]
        for (x0, y0, x1, y1), text in boxes:
            assert x0 >= 45 and y0 >= 30 and x1 <= A4[0] - 55 and y1 <= A4[1] - 40, (doc.slug, number, text)
        for (a, first), (b, second) in combinations(boxes, 2):
            wide, tall = min(a[2], b[2]) - max(a[0], b[0]), min(a[3], b[3]) - max(a[1], b[1])
            assert wide <= 0 or tall <= 0, (doc.slug, first, second)
            if abs(a[3] - b[3]) < 1 and "Kính gửi:" not in (first, second):
                assert -wide >= 8, (doc.slug, first, second)
    issuer = [run for run in runs(doc) if run.text in doc.issuer]
    assert all(abs(box(run)[0] + box(run)[2] - 2 * left_c) < 2 for run in issuer), doc.slug


def assert_signed_and_sealed_on_page_two_only(out, doc) -> None:
    """A two-page scan: no ink on page 1; on page 2 the signature across the printed name and nothing else
    blue, the seal left of the signer's centre and over the position's last line, at its left end."""
    last, name, signer = signer_runs(doc)
    blue, red = inks(scan_pixels(out, doc.slug, 0))
    assert int(red.sum()) == 0 and int(blue.sum()) == 0
    pixels = scan_pixels(out, doc.slug, 1)
    assert pixels.shape[:2] == (round(A4[1] * K), round(A4[0] * K))
    blue, red = inks(pixels)
    x = signer[1]
    assert ink_in(blue, x - 110, last.y - 20, x + 110, name.y + 40) > 1500  # the signature
    assert ink_in(blue, 40, 40, A4[0] - 40, last.y - 25) == 0  # nothing else blue on the page
    assert ink_in(blue, *box(name)) > 40  # across the printed name
    seal = ink_in(red, x - 150, signer[2] - 110, x + 10, signer[2] + 40)
    assert seal > 5000 and ink_in(red, x + 20, signer[2] - 110, A4[0] - 40, signer[2] + 40) < 0.05 * seal
    x0, y0, _, y1 = box(last)
    assert ink_in(red, x0, y0, x0 + 30, y1) > 40  # over the position's last line, at its left end


def assert_written_file_opens(out, path, doc, pages: int, signature_below: float = 0.5) -> None:
    """A written scan or photo and its truth file: the truth holds the document's fields and header; a scan
    is a 300 dpi image per page, a photo a JPEG without a DPI whose only ink is the signature, in the lower
    right (below ``signature_below`` of its height), and no seal."""
    slug, level = path.stem.rsplit("-", 1)
    truth = json.loads((out / "truth" / f"{path.stem}.json").read_text(encoding="utf-8"))
    assert list(truth) == ["file", "pages", "level", "family", "dpi", "handwritten", "fields"]
    assert [truth["file"], truth["pages"], truth["level"], truth["family"]] == [path.name, pages, level, doc.family]
    assert truth["fields"] == doc.fields() and truth["handwritten"] == list(doc.handwritten)
    assert all(truth["fields"][key] for key in ("organ_name", "code_number", "code_notation", "issued_date",
                                                "place", "type_name", "signer_position", "signer_full_name"))
    if level == "scan":
        with pymupdf.open(path) as pdf:
            assert len(pdf) == pages
            for page in pdf:
                image = pdf.extract_image(page.get_images()[0][0])
                assert image["height"] > image["width"] > 2400
        assert truth["dpi"] == 300
        return
    with Image.open(path) as photo:
        assert photo.format == "JPEG" and 940 <= max(photo.size) <= 1760 and "dpi" not in photo.info
        rgb = np.asarray(photo.convert("RGB"), dtype=int)
    assert truth["dpi"] is None  # an odd-numbered document: their photos keep no DPI
    r, g, b = np.moveaxis(rgb, -1, 0)
    ys, xs = np.nonzero((b > r + 30) & (b > g + 15))  # a dark ballpoint under the phone's light
    assert len(ys) > 100 and ys.min() > signature_below * rgb.shape[0] and xs.min() > 0.5 * rgb.shape[1]
    assert ((r > g + 60) & (r > b + 40)).sum() < 50  # no seal


# what blind sets 25 onwards print, read back by their generator tests
# a validity: "có giá trị …", "có hiệu lực …" or "Thời hạn …:", then "đến (hết) ngày …"
STATED = re.compile(r"(có giá trị|có hiệu lực|Thời hạn[^:]*:) .*đến (?:hết )?ngày ")
BIRTH = re.compile(r"(?:[Ss]inh ngày:?|[Nn]gày sinh:) (\d{1,2})/(\d{1,2})/(\d{4})")
ID12 = re.compile(r"(?<!\d)\d{12}(?!\d)")
ID10 = re.compile(r"(?<!\d)\d{10}(?!\d)")
ID9 = re.compile(r"(?<!\d)\d{9}(?!\d)")


def cited(doc, pattern: str) -> tuple[str, str]:
    """The number and the date of a document the body cites, by ``pattern`` (two groups)."""
    found = re.search(pattern, " ".join(doc.body))
    assert found, (doc.slug, pattern)
    return found.group(1), found.group(2)


def assert_cited_apart(doc, pattern: str) -> None:
    number, when = cited(doc, pattern)
    assert number != doc.number and iso(when) != doc.issued, (doc.slug, pattern)


def assert_grants_nothing(doc) -> None:
    assert all(doc.fields()[key] is None for key in ("holder_name", "holder_id", "holder_id_type",
                                                     "valid_until")), doc.slug


def assert_turned(turned, turn: tuple[float]) -> None:
    """blind9's ``turned`` keeps a page's size and white corners and turns it ``turn`` degrees, counterclockwise
    when positive: checked on a dot near a small page's top right corner, 50 right of and 130 above its centre."""
    page = Image.new("RGB", (200, 300), (255, 255, 255))
    page.paste((0, 0, 0), (149, 19, 152, 22))
    (tilted,) = turned([page], turn)
    assert tilted.size == page.size
    assert all(tilted.getpixel(corner) == PAPER for corner in ((0, 0), (199, 0), (0, 299), (199, 299)))
    grey = np.asarray(tilted.convert("L"), dtype=float)[:100, 100:]
    y, x = np.unravel_index(np.argmin(grey), grey.shape)
    t = np.radians(turn[0])
    assert abs(100 + x - (100 + 50 * np.cos(t) - 130 * np.sin(t) + 0.5)) <= 1.5
    assert abs(y - (150 - 50 * np.sin(t) - 130 * np.cos(t) + 0.5)) <= 1.5
    assert (100 + x < 149) if turn[0] > 0 else (100 + x > 151)  # left of where it was, or right


def assert_numbers_and_dates_real(doc, persons: dict[str, tuple[str, str]]) -> None:
    """Every date printed exists and is the truth's where it is the document's; every tax code and personal number
    printed carries a right check digit; a birth date shares its paragraph with one personal number, whose year,
    province code (``persons``: the slug's province and sex) and century-and-sex digit match it."""
    assert DMY.fullmatch(doc.date_text) and iso(doc.date_text) == doc.issued, doc.slug
    issued = date.fromisoformat(doc.issued)
    assert 2016 <= issued.year <= 2024 and issued.weekday() < 5, doc.slug
    text = printed(doc)
    assert all(tax_code_ok(found) for found in ID10.findall(text)), doc.slug  # every tax code printed
    assert all(cccd_ok(found) for found in ID12.findall(text)), doc.slug  # every personal number printed
    for day, month, year in DMY.findall(text) + re.findall(r"(?<!\d)(\d{1,2})/(\d{1,2})/(\d{4})", text):
        date(int(year), int(month), int(day))  # every date printed exists
    if doc.holder_id_type in ("tax_code", "cccd"):
        check = {"tax_code": tax_code_ok, "cccd": cccd_ok}[doc.holder_id_type]
        assert doc.holder_id in text and check(doc.holder_id), doc.slug
    else:
        assert doc.holder_id is None and doc.holder_id_type is None, doc.slug
    body = " ".join(doc.body)
    assert "hộ chiếu" not in body and "chứng minh nhân dân" not in body, doc.slug
    for paragraph in doc.body:  # a birth date shares its paragraph with one personal number, of that year
        for born in BIRTH.finditer(paragraph):
            (number,) = ID12.findall(paragraph)
            assert cccd_ok(number, int(born.group(3))) and int(born.group(3)) < issued.year, doc.slug
    if doc.holder_id_type == "cccd":
        province, sex = persons[doc.slug]
        after = body[body.index(doc.holder_name):]  # the holder's own number and birth come next
        assert ID12.search(after).group() == doc.holder_id, doc.slug
        born = BIRTH.search(after)
        assert born and born.group(3)[2:] == doc.holder_id[4:6], doc.slug
        assert born.start() < after.index(doc.holder_id), doc.slug  # the birth date first, every time
        century = 2 * (int(born.group(3)) >= 2000)  # 0/1 for the 1900s, 2/3 for the 2000s
        assert doc.holder_id[:3] == province and int(doc.holder_id[3]) == century + (sex == "F"), doc.slug


def assert_number_and_date_printed(doc, first: list[str], hand: list) -> None:
    """The number and the date as page 1 (``first``, its printed lines) prints them, or their blanks with what the
    hand (``hand``, lay_out's) wrote into them; written into page 1 only."""
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


def assert_new_subjects_and_places(docs, before) -> None:
    """No subject line nor place (the communes and districts a set dates from) that an earlier set used."""
    subjects = {doc.fields()["subject"] for doc in before} - {None}
    assert not {doc.fields()["subject"] for doc in docs} & subjects
    assert not {doc.place for doc in docs} & {doc.place for doc in before}

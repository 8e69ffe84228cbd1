import pytest
from PIL import Image

from tthc_digitize.ingest.analyse import look


def test_upright_page(page_image):
    seen = look(page_image(), 300)
    assert not seen.blank and not seen.sideways
    assert abs(seen.skew) < 0.1
    assert seen.colour == "grey"


@pytest.mark.parametrize("degrees", [-3.0, -1.2, 0.6, 2.5])
def test_skew_is_measured(page_image, degrees):
    # PIL rotates counter-clockwise; skew is reported as clockwise rotation of the content
    seen = look(page_image().rotate(degrees, fillcolor=255), 300)
    assert seen.skew == pytest.approx(-degrees, abs=0.15)


@pytest.mark.parametrize("degrees", [90, 270])
def test_sideways_page(page_image, degrees):
    assert look(page_image().rotate(degrees, expand=True), 300).sideways


def test_sideways_and_skewed(page_image):
    assert look(page_image().rotate(90, expand=True).rotate(2, fillcolor=255), 300).sideways


def test_blank_page_with_specks():
    img = Image.new("L", (2480, 3508), 245)
    for x, y in [(300, 400), (1500, 2000), (2000, 3000)]:
        img.paste(40, (x, y, x + 6, y + 6))
    assert look(img, 300).blank


def test_one_line_is_not_blank(page_image):
    img = Image.new("L", (2480, 3508), 255)
    img.paste(page_image().crop((0, 0, 2480, 400)), (0, 1500))
    assert not look(img, 300).blank


def test_colour_modes(page_image):
    assert look(page_image(mode="RGB"), 300).colour == "colour"
    assert look(page_image(mode="1"), 300).colour == "bilevel"


@pytest.mark.parametrize("degrees", [-4.0, 3.0, 5.0])
def test_skew_of_a_photo_on_a_dark_table(page_image, degrees):
    # a phone photo: the tilted sheet inside a dark frame whose straight edges are level; the frame
    # once outweighed the text lines and every such photo measured 0 (benchmarks/README.md)
    sheet = page_image().rotate(degrees, fillcolor=255)
    photo = Image.new("L", (sheet.width + 400, sheet.height + 400), 60)
    photo.paste(sheet, (200, 200))
    seen = look(photo.resize((photo.width // 3, photo.height // 3)), 100)
    assert not seen.sideways
    assert seen.skew == pytest.approx(-degrees, abs=0.3)


def test_a_photo_of_a_blank_sheet_is_blank():
    photo = Image.new("L", (1000, 1400), 50)
    photo.paste(240, (100, 100, 900, 1300))
    assert look(photo, 100).blank


def test_a_page_of_pale_print_is_not_blank(page_image):
    """A light scan whose letters reduce to ~180 on white at 100 dpi (real corpus 2) was taken for blank,
    its two pages kept unread."""
    pale = page_image().point(lambda v: 175 + v * 80 // 255)  # the darkest letter 175, the paper white
    assert not look(pale, 300).blank
    assert look(pale, 300).skew == pytest.approx(0, abs=0.1)


def test_a_blank_page_showing_the_other_side_through_is_blank(page_image):
    """What shows through from the back of the sheet is fainter still, and no print."""
    through = page_image().transpose(Image.Transpose.FLIP_LEFT_RIGHT).point(lambda v: 215 + v * 40 // 255)
    assert look(through, 300).blank

"""`tthc serve` as a receiver sees it: headless Debian Chromium (selenium + chromedriver) against the
real server on a loopback port. A code typed into the form, a revoked copy, an unknown code, the
copy's PDF chosen in the file input and the same PDF with one byte changed each show the right verdict;
the page also works with JavaScript off, switches to English by its link, and the link in a new copy's
QR code (read by zbarimg) opens that copy. One screenshot per case goes to ``$TTHC_SCREENSHOTS``
(``.ci/run`` sets it to ``test-artifacts/screenshots``) or the test's own temporary folder."""

from __future__ import annotations

import base64
import os
from datetime import datetime
from pathlib import Path

import pytest

from serve_fixtures import HOLDER_NAME, qr_link
from sign_fixtures import flip_byte_in_signed_range
from tthc_digitize.copies.check import mask_name
from tthc_digitize.copies.code import new_code
from tthc_digitize.sign.marks import vn_time

CHROMIUM, CHROMEDRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not (CHROMIUM.exists() and CHROMEDRIVER.exists()),
                       reason="Debian chromium and chromium-driver are not installed (make system-deps installs them)"),
]
webdriver = pytest.importorskip("selenium.webdriver")
from selenium.common.exceptions import StaleElementReferenceException, WebDriverException  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.wait import WebDriverWait  # noqa: E402

VALID, INVALID = "BẢN SAO HỢP LỆ", "BẢN SAO KHÔNG HỢP LỆ"


def _chromium(profile: Path, javascript: bool = True):
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1100,900", "--lang=vi", f"--user-data-dir={profile}"):
        options.add_argument(arg)
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    driver = webdriver.Chrome(options=options, service=Service(str(CHROMEDRIVER)))
    driver.set_page_load_timeout(60)
    return driver


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    driver = _chromium(tmp_path_factory.mktemp("chromium-profile"))
    yield driver
    driver.quit()


@pytest.fixture
def shot(request, tmp_path):
    """``shot(driver)`` saves the whole page as ``<test name>.png`` where the run keeps it."""
    folder = Path(os.environ.get("TTHC_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)

    def save(driver, suffix: str = "") -> Path:
        # the whole page, not the window: DevTools captures beyond the viewport, with scripts off too
        size = driver.execute_cdp_cmd("Page.getLayoutMetrics", {})["cssContentSize"]
        png = driver.execute_cdp_cmd("Page.captureScreenshot", {
            "format": "png", "captureBeyondViewport": True,
            "clip": {"x": 0, "y": 0, "width": size["width"], "height": size["height"], "scale": 1}})["data"]
        path = folder / f"{request.node.name}{suffix}.png"
        path.write_bytes(base64.b64decode(png))
        return path

    return save


def _verdict(driver) -> str:
    return driver.find_element(By.CSS_SELECTOR, "p.verdict").text


def _type_code(driver, base: str, code: str) -> None:
    driver.get(base + "/")
    box = driver.find_element(By.NAME, "code")
    box.send_keys(code)
    box.submit()
    _next_page(driver, box)


def _next_page(driver, old) -> None:
    """Wait until ``old`` belongs to a page the browser has left (a click on submit may return first)."""
    WebDriverWait(driver, 60).until(lambda _: _left(old))


def _left(old) -> bool:
    """Whether ``old`` is gone with its page. Selenium's ``staleness_of`` knows only the stale-element error;
    Chromium 156 may answer instead that the node "does not belong to the document", which says the same."""
    try:
        old.is_enabled()
    except StaleElementReferenceException:
        return True
    except WebDriverException as error:
        if "does not belong to the document" in str(error):
            return True
        raise
    return False


def _upload(driver, base: str, pdf: Path) -> None:
    driver.get(base + "/")
    field = driver.find_element(By.NAME, "pdf")
    field.send_keys(str(pdf))
    button = driver.find_element(By.CSS_SELECTOR, "form[enctype='multipart/form-data'] button[type=submit]")
    button.click()
    _next_page(driver, button)


def test_valid_code_typed_into_the_form(served, browser, shot):  # noqa: F811
    # typed the way a person copies it off paper: lower case, no dashes
    _type_code(browser, served.url, served.valid.code.replace("-", "").lower())
    assert browser.current_url == f"{served.url}/v/{served.valid.code}"
    assert _verdict(browser) == VALID
    body = browser.find_element(By.TAG_NAME, "body").text
    assert f"bản sao {served.valid.number} có trong sổ và còn giá trị" in body
    assert mask_name(HOLDER_NAME) in body and HOLDER_NAME not in body
    assert served.holder_id not in body
    # times as the copy's marks print them, not the register's ISO 8601
    assert vn_time(datetime.fromisoformat(served.valid.issued_at)) in body and "05/01/2020" in body
    assert served.valid.issued_at not in body
    assert "10, 107, 43" in browser.find_element(By.CSS_SELECTOR, "p.verdict").value_of_css_property("color")
    shot(browser)


def test_revoked_copy(served, browser, shot):  # noqa: F811
    _type_code(browser, served.url, served.revoked.code)
    assert _verdict(browser) == INVALID
    body = browser.find_element(By.TAG_NAME, "body").text
    assert "ĐÃ BỊ THU HỒI" in body and "Cấp nhầm" in body
    assert "176, 0, 32" in browser.find_element(By.CSS_SELECTOR, "p.verdict").value_of_css_property("color")
    shot(browser)


def test_unknown_code(served, browser, shot):  # noqa: F811
    code = new_code()
    _type_code(browser, served.url, code)
    assert _verdict(browser) == INVALID
    assert f"KHÔNG CÓ bản sao nào mang mã {code}" in browser.find_element(By.TAG_NAME, "body").text
    assert not browser.find_elements(By.TAG_NAME, "table")  # nothing about a copy that does not exist
    shot(browser)


def test_valid_upload(served, browser, shot):  # noqa: F811
    _upload(browser, served.url, served.valid.output)
    assert _verdict(browser) == VALID
    body = browser.find_element(By.TAG_NAME, "body").text
    assert "mọi chữ ký hợp lệ và tin cậy" in body and "đúng tệp đã cấp" in body
    shot(browser)


def test_tampered_upload(served, browser, shot, tmp_path):  # noqa: F811
    tampered = tmp_path / "ban-sao-sua.pdf"
    flip_byte_in_signed_range(served.valid.output, tampered)
    assert tampered.read_bytes() != served.valid.output.read_bytes()
    _upload(browser, served.url, tampered)
    assert _verdict(browser) == INVALID
    body = browser.find_element(By.TAG_NAME, "body").text
    assert "ĐÃ BỊ THAY ĐỔI" in body and "KHÁC tệp đã cấp" in body
    shot(browser)


def test_english_link_switches_language(served, browser, shot):  # noqa: F811
    browser.get(served.url + "/")
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "vi"
    link = browser.find_element(By.LINK_TEXT, "English")
    link.click()
    _next_page(browser, link)
    assert browser.find_element(By.TAG_NAME, "h1").text == "Check an electronic copy"
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en"
    shot(browser, "-home")
    box = browser.find_element(By.NAME, "code")
    box.send_keys(served.valid.code)
    box.submit()  # the form carries the language on to the verdict
    _next_page(browser, box)
    assert browser.current_url == f"{served.url}/v/{served.valid.code}?lang=en"
    assert _verdict(browser) == "THE COPY IS VALID"
    table = browser.find_element(By.TAG_NAME, "table").text
    assert "Copy number" in table and "Issuing agency" in table
    shot(browser)
    link = browser.find_element(By.LINK_TEXT, "Tiếng Việt")
    link.click()
    _next_page(browser, link)
    assert browser.current_url == f"{served.url}/v/{served.valid.code}"
    assert _verdict(browser) == VALID


def test_qr_of_a_new_copy_opens_it(served, browser, shot, tmp_path):  # noqa: F811
    link = qr_link(served.valid.output, tmp_path / "trang-1.png")
    assert link == f"{served.url}/v/{served.valid.code}"
    browser.get(link)
    assert _verdict(browser) == VALID
    assert served.valid.number in browser.find_element(By.TAG_NAME, "table").text
    shot(browser)


def test_works_with_javascript_off(served, tmp_path_factory, shot, tmp_path):  # noqa: F811
    driver = _chromium(tmp_path_factory.mktemp("chromium-nojs"), javascript=False)
    try:
        # the profile really runs no script: this page would rewrite its own text if it did
        driver.get("data:text/html,<p id=s>off</p><script>document.getElementById('s').textContent='on'</script>")
        assert driver.find_element(By.ID, "s").text == "off"
        _type_code(driver, served.url, served.valid.code)
        assert _verdict(driver) == VALID
        shot(driver, "-code")
        tampered = tmp_path / "sua.pdf"
        flip_byte_in_signed_range(served.valid.output, tampered)
        _upload(driver, served.url, tampered)
        assert _verdict(driver) == INVALID
        shot(driver, "-upload")
    finally:
        driver.quit()

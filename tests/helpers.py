"""What tests in every layer share: the repository's sample paths, a page of real Vietnamese text, the one way
to run the `tthc` CLI, and the checks that apply to every PDF the tool writes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pymupdf
from PIL import Image, ImageDraw, ImageFont

from tthc_digitize.pdfa.check import check_pdfa2b, format_violations

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples" / "scans"
TRUTH = ROOT / "samples" / "truth"
SAMPLE_AGENCY = "Sở Tài nguyên và Môi trường tỉnh Thử Nghiệm"
TINOS = Path("/usr/share/fonts/truetype/croscore/Tinos-Regular.ttf")

LINES = [
    "BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG",
    "Số: 245/GP-BTNMT",
    "Hà Nội, ngày 05 tháng 01 năm 2020",
    "GIẤY PHÉP XẢ NƯỚC THẢI VÀO NGUỒN NƯỚC",
    "Cấp cho Công ty TNHH Môi trường Xanh Đức Phát",
    "mã số doanh nghiệp 0312345678",
    "Giấy phép có giá trị đến ngày 31 tháng 12 năm 2030",
    "Căn cứ Luật Tài nguyên nước ngày 21 tháng 6 năm 2012",
]

# what would make the CLI answer differently from the test's own words: another language, another warehouse
# PYTHONWARNINGS: a test that runs `main()` in-process sets it to "ignore" for this whole test process
_LEAKY_ENV = ("LANG", "LC_ALL", "LC_MESSAGES", "TTHC_LANG", "TTHC_HOME", "TTHC_CONFIG", "PYTHONWARNINGS")


def tthc(*args, env: dict | None = None, cwd=None, input: str | None = None, timeout: float = 600,
         check: bool = False, now: str | None = None, home=None) -> subprocess.CompletedProcess:
    """`python -m tthc_digitize *args` as a clerk's shell runs it: Vietnamese, a wide plain terminal, no warehouse
    unless ``home`` (TTHC_HOME) or ``env`` names one, the clock at ``now`` (TTHC_NOW) if given. ``env`` is laid over
    the test's environment (monkeypatched variables reach the CLI). Returns returncode/stdout/stderr; with
    ``check`` a non-zero exit fails the test with the CLI's own output."""
    full = {k: v for k, v in os.environ.items() if k not in _LEAKY_ENV}
    full.update({"COLUMNS": "200", "NO_COLOR": "1"})
    if home is not None:
        full["TTHC_HOME"] = str(home)
    if now is not None:
        full["TTHC_NOW"] = now
    full.update(env or {})
    result = subprocess.run([sys.executable, "-m", "tthc_digitize", *map(str, args)], capture_output=True, text=True,
                            env=full, cwd=cwd, input=input, timeout=timeout)
    if check:
        assert result.returncode == 0, f"tthc {' '.join(map(str, args))} -> {result.returncode}\n{result.stdout}{result.stderr}"
    return result


def text_page(lines=LINES, dpi=300, size_pt=14, mode="L") -> Image.Image:
    """An A4 page with real Vietnamese text at ``dpi``."""
    width, height = round(8.27 * dpi), round(11.69 * dpi)
    img = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(str(TINOS), round(size_pt * dpi / 72))
    y = round(0.8 * dpi)
    for _ in range(3):
        for line in lines:
            draw.text((round(0.9 * dpi), y), line, font=font, fill=0)
            y += round(size_pt * 1.6 * dpi / 72)
    return img.convert(mode) if mode != "L" else img


def assert_valid_pdfa(path: Path) -> None:
    """Opens, passes our PDF/A-2b checker and qpdf's own structural check."""
    violations = check_pdfa2b(path)
    assert not violations, format_violations(violations)
    qpdf = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert qpdf.returncode == 0, qpdf.stdout + qpdf.stderr
    with pymupdf.open(path) as doc:
        assert doc.page_count > 0
        assert doc.metadata["format"].startswith("PDF")


def page_texts(path: Path) -> list[str]:
    with pymupdf.open(path) as doc:
        return [page.get_text() for page in doc]


def scan_pdf(path: Path, images, dpi: int = 300, quality: int = 80) -> Path:
    """A PDF made like a scanner makes one: a JPEG per page, drawn over the whole page."""
    import io

    doc = pymupdf.open()
    for img in images:
        buf = io.BytesIO()
        img.convert("RGB" if img.mode == "RGB" else "L").save(buf, "JPEG", quality=quality)
        page = doc.new_page(width=img.width * 72 / dpi, height=img.height * 72 / dpi)
        page.insert_image(page.rect, stream=buf.getvalue())
    doc.save(path)
    return path


def qr_squares(page) -> list:
    """The QR codes the tool drew on ``page``: the white squares under their modules (PyMuPDF rects)."""
    return [d["rect"] for d in page.get_drawings()
            if d.get("fill") == (1.0, 1.0, 1.0) and d["rect"].width >= 30 and abs(d["rect"].width - d["rect"].height) < 0.5]


def read_qr(page, rect, png: Path) -> str:
    """What zbar reads from ``rect`` of ``page`` rendered at 300 dpi (UTF-8 text)."""
    page.get_pixmap(dpi=300, clip=pymupdf.Rect(rect) + (-4, -4, 4, 4)).save(png)
    decoded = subprocess.run(["zbarimg", "-q", "--raw", "-Sbinary", str(png)], capture_output=True, timeout=60)
    return decoded.stdout.decode("utf-8").strip()


# the machine's RabbitMQ for the queued-OCR tests (TTHC_TEST_BROKER points elsewhere)
BROKER = os.environ.get("TTHC_TEST_BROKER", "amqp://guest:guest@127.0.0.1:5672//")


def queue_env() -> dict:
    """What a worker and a coordinator of the queue tests run with (both: one clock, Vietnamese)."""
    return {**os.environ, "TTHC_NOW": "2026-03-02T09:00:00+07:00", "TTHC_LANG": "vi"}

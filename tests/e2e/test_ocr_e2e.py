"""`tthc ocr` and `tthc ingest` end to end on synthetic scans: real tesseract, real files."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pikepdf
import pytest
from PIL import Image

from helpers import ROOT, TINOS, assert_valid_pdfa, page_texts, scan_pdf, tthc
from tthc_digitize.errors import ExitCode

pytestmark = pytest.mark.slow


def test_ocr_sideways_skewed_and_blank_pages(tmp_path, page_image):
    pages = [
        page_image(mode="RGB").rotate(1.5, fillcolor=(255, 255, 255)),
        page_image(mode="RGB").rotate(90, expand=True),
        Image.new("RGB", (2480, 3508), (250, 250, 245)),
        page_image(mode="RGB").rotate(180),
    ]
    src = scan_pdf(tmp_path / "scan.pdf", pages)
    result = tthc("ocr", str(src), "-o", str(tmp_path / "out.pdf"), "--sidecar", str(tmp_path / "out.txt"), "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    by_page = {p["page"]: p for p in report["pages"]}
    assert by_page[1]["skew"] == pytest.approx(-1.5, abs=0.15)
    assert by_page[2]["rotation"] == 90
    assert by_page[3]["blank"] and by_page[3]["action"] == "blank"
    assert by_page[4]["rotation"] == 180
    assert all(p["confidence"] > 80 for p in report["pages"] if not p["blank"])

    out = tmp_path / "out.pdf"
    assert_valid_pdfa(out)
    texts = page_texts(out)
    assert len(texts) == 4  # the blank page is kept
    for number in (0, 1, 3):
        assert "245/GP-BTNMT" in texts[number] and "Đức Phát" in texts[number]
    assert texts[2].strip() == ""
    with pikepdf.open(out) as pdf:
        # upright portrait pages: the sideways scan is shown turned, not squeezed
        for page in pdf.pages:
            box = page.mediabox
            assert float(box[3]) > float(box[2])
        # the scans are embedded byte for byte (corrections are in the page matrix)
        with pikepdf.open(src) as original:
            for ours, theirs in zip(pdf.pages, original.pages):
                mine = next(iter(ours.Resources.XObject.values())).read_raw_bytes()
                orig = next(iter(theirs.Resources.XObject.values())).read_raw_bytes()
                assert mine == orig
    sidecar = (tmp_path / "out.txt").read_text(encoding="utf-8")
    assert sidecar.count("\f") == 3 and "Nguồn nước".lower() in sidecar.lower()


def test_upright_text_is_where_the_words_are(tmp_path, page_image):
    """Searching the text layer finds the words at their place on the straightened page."""
    straight = scan_pdf(tmp_path / "a.pdf", [page_image(mode="RGB")])
    skewed = scan_pdf(tmp_path / "b.pdf", [page_image(mode="RGB").rotate(-2, fillcolor=(255, 255, 255))])
    boxes = []
    for src in (straight, skewed):
        out = tmp_path / (src.stem + "-out.pdf")
        assert tthc("ocr", str(src), "-o", str(out)).returncode == 0
        import pymupdf

        with pymupdf.open(out) as doc:
            hits = doc[0].search_for("0312345678")
            assert hits
            boxes.append(hits[0])
    # after straightening, the number sits where it sits on the straight scan (within ~3 mm)
    assert abs(boxes[0].x0 - boxes[1].x0) < 9 and abs(boxes[0].y0 - boxes[1].y0) < 9


def _bad_inputs(folder: Path, page_image) -> None:
    folder.mkdir()
    good = scan_pdf(folder / "tot.pdf", [page_image(mode="RGB")])
    data = good.read_bytes()
    (folder / "cat-cut.pdf").write_bytes(data[: len(data) // 2])
    (folder / "rong.pdf").write_bytes(b"")
    (folder / "ghi-chu.pdf").write_text("Đây là tệp văn bản, không phải PDF\n", encoding="utf-8")
    page_image(dpi=100).save(folder / "anh-100dpi.png", dpi=(100, 100))
    with pikepdf.open(good) as pdf:
        pdf.save(folder / "mat-khau.pdf", encryption=pikepdf.Encryption(owner="chu", user="123456"))


def test_bad_inputs_are_reported_and_the_rest_is_done(tmp_path, page_image):
    _bad_inputs(tmp_path / "in", page_image)
    result = tthc("ingest", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--json")
    assert result.returncode == ExitCode.some_failed, result.stderr
    report = {Path(f["path"]).name: f for f in json.loads(result.stdout)["files"]}
    assert report["tot.pdf"]["status"] in ("done", "warned") and report["tot.pdf"]["reason"] is None
    assert report["anh-100dpi.png"]["status"] == "warned"
    assert any("100 dpi" in w for w in report["anh-100dpi.png"]["warnings"])
    expected = {
        "cat-cut.pdf": "input.pdf_damaged",
        "rong.pdf": "input.empty",
        "ghi-chu.pdf": "input.unknown_type",
        "mat-khau.pdf": "input.pdf_encrypted",
    }
    for name, code in expected.items():
        assert report[name]["status"] == "failed" and report[name]["reason_code"] == code
        assert "\n" not in report[name]["reason"]
    assert_valid_pdfa(tmp_path / "out" / "tot.pdf")
    assert (tmp_path / "out" / "anh-100dpi.pdf").exists()
    assert not (tmp_path / "out" / "rong.pdf").exists()

    # the table a clerk sees has one line of reason per bad file, in Vietnamese
    table = tthc("ingest", str(tmp_path / "in"), "--out", str(tmp_path / "out2"))
    assert table.returncode == ExitCode.some_failed
    assert "Tệp rỗng" in table.stdout and "mật khẩu" in table.stdout and "đã xử lý ở lần chạy trước" not in table.stdout


def test_min_dpi_rejects(tmp_path, page_image):
    page_image(dpi=100).save(tmp_path / "low.png", dpi=(100, 100))
    result = tthc("ocr", str(tmp_path / "low.png"), "-o", str(tmp_path / "o.pdf"), "--min-dpi", "200")
    assert result.returncode == ExitCode.input_error
    assert "100 dpi" in result.stderr and not (tmp_path / "o.pdf").exists()


def test_rerun_skips_done_files_and_duplicates(tmp_path, page_image):
    folder = tmp_path / "in"
    folder.mkdir()
    scan_pdf(folder / "a.pdf", [page_image(mode="RGB")])
    (folder / "sub").mkdir()
    (folder / "sub" / "a-copy.pdf").write_bytes((folder / "a.pdf").read_bytes())
    first = json.loads(tthc("ingest", str(folder), "--out", str(tmp_path / "out"), "--json").stdout)
    statuses = sorted(f["status"] for f in first["files"])
    assert statuses == ["skipped", "warned"]  # the copy is a duplicate; no agency set, so no XML: warned
    again = tthc("ingest", str(folder), "--out", str(tmp_path / "out"), "--json")
    assert again.returncode == 0
    assert all(f["status"] == "skipped" for f in json.loads(again.stdout)["files"])
    # a changed setting means the work is redone
    third = json.loads(tthc("ingest", str(folder), "--out", str(tmp_path / "out"), "--json", "--no-deskew").stdout)
    assert sorted(f["status"] for f in third["files"]) == ["skipped", "warned"]


def test_second_run_on_same_folder_is_locked(tmp_path, page_image):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(3):
        scan_pdf(folder / f"{i}.pdf", [page_image(mode="RGB")])
    first = subprocess.Popen([sys.executable, "-m", "tthc_digitize", "ingest", str(folder), "--out", str(tmp_path / "out"),
                              "--json", "-j", "1"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.time() + 60
        while not (tmp_path / "out" / ".tthc" / "lock").exists() and time.time() < deadline:
            time.sleep(0.1)
        time.sleep(0.5)
        second = tthc("ingest", str(folder), "--out", str(tmp_path / "out"))
        assert second.returncode == ExitCode.locked
        assert "đang được một lần chạy khác sử dụng" in second.stderr
    finally:
        first.wait(timeout=300)


def test_killed_halfway_then_rerun_gives_every_output_once(tmp_path, page_image):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(6):
        scan_pdf(folder / f"scan-{i}.pdf", [page_image(mode="RGB")])
    out = tmp_path / "out"
    proc = subprocess.Popen(
        [sys.executable, "-m", "tthc_digitize", "ingest", str(folder), "--out", str(out), "--json", "-j", "2"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )
    manifest = out / ".tthc" / "ingest.jsonl"
    deadline = time.time() + 120
    while time.time() < deadline and (not manifest.exists() or manifest.read_text().count("\n") < 2):
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)  # like a power cut: workers and tesseract die too
    proc.wait()
    done_before = manifest.read_text().count("\n")
    assert 2 <= done_before < 6, "the run should have been killed halfway"
    for pdf in out.glob("*.pdf"):
        assert_valid_pdfa(pdf)  # whatever is there under its final name is complete

    rerun = tthc("ingest", str(folder), "--out", str(out), "--json")
    assert rerun.returncode == 0, rerun.stderr
    statuses = [f["status"] for f in json.loads(rerun.stdout)["files"]]
    assert statuses.count("skipped") >= done_before and statuses.count("failed") == 0
    outputs = sorted(p.name for p in out.glob("*.pdf"))
    assert outputs == [f"scan-{i}.pdf" for i in range(6)]
    assert not list(out.rglob("*.tthc-tmp"))
    for pdf in out.glob("*.pdf"):
        assert_valid_pdfa(pdf)
    entries = [json.loads(line) for line in manifest.read_text().splitlines()]
    assert sorted({e["output"] for e in entries}) == outputs


def test_text_modes_on_born_digital_and_ocrd_pdfs(tmp_path):
    born = ROOT / "samples" / "scans" / "quyet-dinh-so.pdf"
    kept = json.loads(tthc("ocr", str(born), "-o", str(tmp_path / "kept.pdf"), "--json").stdout)
    assert [p["action"] for p in kept["pages"]] == ["text_kept"]
    forced = json.loads(tthc("ocr", str(born), "-o", str(tmp_path / "forced.pdf"), "--force-ocr", "--json").stdout)
    assert [p["action"] for p in forced["pages"]] == ["ocr"] and forced["pages"][0]["words"] > 50
    assert_valid_pdfa(tmp_path / "forced.pdf")
    assert "15/QĐ-BNV" in page_texts(tmp_path / "forced.pdf")[0]

    # an already OCR'd scan: kept by default, OCR'd again with --redo-ocr
    scan = ROOT / "samples" / "scans" / "giay-phep-xa-thai.pdf"
    assert tthc("ocr", str(scan), "-o", str(tmp_path / "once.pdf")).returncode == 0
    again = json.loads(tthc("ocr", str(tmp_path / "once.pdf"), "-o", str(tmp_path / "again.pdf"), "--json").stdout)
    assert [p["action"] for p in again["pages"]] == ["text_kept"]
    redo = json.loads(tthc("ocr", str(tmp_path / "once.pdf"), "-o", str(tmp_path / "redo.pdf"), "--redo-ocr",
                           "--json").stdout)
    assert [p["action"] for p in redo["pages"]] == ["ocr"]
    assert_valid_pdfa(tmp_path / "redo.pdf")
    text = page_texts(tmp_path / "redo.pdf")[0]
    assert text.count("245/GP-BTNMT") == 1  # the old layer is gone, not doubled


def test_english_on_request(tmp_path):
    (tmp_path / "empty.pdf").write_bytes(b"")
    result = tthc("--lang", "en", "ocr", str(tmp_path / "empty.pdf"), "-o", str(tmp_path / "o.pdf"))
    assert result.returncode == ExitCode.input_error
    assert "Empty file" in result.stderr and "Tệp" not in result.stderr


def test_ctrl_c_stops_cleanly_and_a_rerun_finishes(tmp_path, page_image):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(5):
        scan_pdf(folder / f"scan-{i}.pdf", [page_image(mode="RGB"), page_image(mode="RGB")])
    out = tmp_path / "out"
    env = {k: v for k, v in os.environ.items() if k != "LANG"}
    proc = subprocess.Popen([sys.executable, "-m", "tthc_digitize", "ingest", str(folder), "--out", str(out), "-j", "2"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, start_new_session=True)
    deadline = time.time() + 120
    while time.time() < deadline and not list(out.glob("*.pdf")):
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGINT)  # what the terminal sends on Ctrl-C
    _, stderr = proc.communicate(timeout=120)
    assert proc.returncode == ExitCode.interrupted
    assert "Đã dừng theo yêu cầu" in stderr and "Traceback" not in stderr
    assert not list(out.rglob("*.tthc-tmp"))
    rerun = json.loads(tthc("ingest", str(folder), "--out", str(out), "--json").stdout)
    assert sorted(f["status"] for f in rerun["files"]).count("failed") == 0
    assert sorted(p.name for p in out.glob("*.pdf")) == [f"scan-{i}.pdf" for i in range(5)]


def test_a_worker_crash_fails_only_its_file(tmp_path, page_image):
    """A library dying on one page (segfault, out of memory) breaks the process pool; the batch
    restarts it, retries the pages that were running alone, and fails only the culprit's file."""
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a", "b", "c"):
        scan_pdf(folder / f"{name}.pdf", [page_image(mode="RGB"), page_image(mode="RGB")])
    result = tthc("ingest", folder, "--out", tmp_path / "out", "--json", "-j", "2", env={"TTHC_FAULT_CRASH": "b.pdf:2"})
    assert result.returncode == ExitCode.some_failed, result.stderr
    files = {Path(f["path"]).name: f for f in json.loads(result.stdout)["files"]}
    assert files["a.pdf"]["status"] == files["c.pdf"]["status"] == "warned"  # done; no agency, so no XML
    assert files["b.pdf"]["status"] == "failed" and files["b.pdf"]["reason_code"] == "input.page_crashed"
    assert "Trang 2" in files["b.pdf"]["reason"]
    for name in ("a", "c"):
        assert_valid_pdfa(tmp_path / "out" / f"{name}.pdf")


def test_sidecar_in_a_new_folder(tmp_path, page_image):
    src = scan_pdf(tmp_path / "a.pdf", [page_image(mode="RGB")])
    side = tmp_path / "van-ban" / "2020" / "a.txt"
    result = tthc("ocr", str(src), "-o", str(tmp_path / "out" / "a.pdf"), "--sidecar", str(side))
    assert result.returncode == 0, result.stderr
    assert "245/GP-BTNMT" in side.read_text(encoding="utf-8")
    assert not list(tmp_path.rglob("*.tthc-tmp"))


def test_a_text_layer_pdfa_cannot_keep_is_ocrd_again_by_default(tmp_path):
    """An earlier OCR layer in a font without ToUnicode (what old scanner software left) cannot be
    PDF/A-2b: by default that page is OCR'd again from its image with a warning, the good page keeps its
    text; --skip-text keeps the strict refusal."""
    import pymupdf

    scan = ROOT / "samples" / "scans" / "giay-xac-nhan.png"
    mixed = tmp_path / "lop-chu-cu.pdf"
    with pymupdf.open() as doc, pymupdf.open(ROOT / "samples" / "scans" / "quyet-dinh-so.pdf") as born:
        page = doc.new_page(width=2480 * 72 / 300, height=3508 * 72 / 300)
        page.insert_image(page.rect, filename=str(scan))
        page.insert_text((72, 100), "OLD LAYER WITHOUT TOUNICODE", fontname="helv", fontsize=11, render_mode=3)
        doc.insert_pdf(born)
        doc.save(mixed)
    strict = tthc("ocr", str(mixed), "-o", str(tmp_path / "strict.pdf"), "--skip-text")
    assert strict.returncode == ExitCode.input_error and "ToUnicode" in strict.stderr + strict.stdout
    assert not (tmp_path / "strict.pdf").exists()
    run = tthc("ocr", str(mixed), "-o", str(tmp_path / "out.pdf"), "--json")
    assert run.returncode == 0, run.stderr
    report = json.loads(run.stdout)
    assert [p["action"] for p in report["pages"]] == ["ocr", "text_kept"]
    assert any("nhận dạng lại từ ảnh" in w for w in report["warnings"])
    assert_valid_pdfa(tmp_path / "out.pdf")
    first, second = page_texts(tmp_path / "out.pdf")
    assert "OLD LAYER" not in first and "412/XN-UBND" in first.replace(" ", "")
    assert "15/QĐ-BNV" in second


def test_the_same_scan_gives_the_same_pdf_bytes_run_after_run(tmp_path):
    """Reproducible output: the register's SHA-256 of a result depends on the scan and the options, not on
    when it was made (LittleCMS stamped the wall clock into the sRGB profile's header)."""
    scan = ROOT / "samples" / "scans" / "giay-xac-nhan.png"
    digests = []
    for run in ("a", "b"):
        tthc("ingest", scan, "-o", tmp_path / run, "--jobs", "1", now="2026-03-02T09:00:00+07:00", check=True)
        digests.append(hashlib.sha256((tmp_path / run / "giay-xac-nhan.pdf").read_bytes()).hexdigest())
        time.sleep(1.1)  # the header's dateTime has whole seconds
    assert digests[0] == digests[1]


def test_every_page_of_an_old_layer_in_one_shared_font_is_ocrd_again(tmp_path):
    """The PDF/A checker names a bad font on the first page it meets; the other pages drawing with it
    must be OCR'd again too, not refused after the first page's redo (real scans of 2021 had this)."""
    import pymupdf

    scan = ROOT / "samples" / "scans" / "giay-xac-nhan.png"
    old = tmp_path / "hai-trang.pdf"
    with pymupdf.open() as doc:
        for _ in range(2):
            page = doc.new_page(width=2480 * 72 / 300, height=3508 * 72 / 300)
            page.insert_image(page.rect, filename=str(scan))
            page.insert_text((72, 100), "OLD LAYER WITHOUT TOUNICODE", fontname="helv", fontsize=11, render_mode=3)
        doc.save(old)
    run = tthc("ocr", str(old), "-o", str(tmp_path / "out.pdf"), "--json")
    assert run.returncode == 0, run.stdout + run.stderr
    assert_valid_pdfa(tmp_path / "out.pdf")
    for text in page_texts(tmp_path / "out.pdf"):
        assert "OLD LAYER" not in text and "412/XN-UBND" in text.replace(" ", "")


def _scan_with_text(path: Path, text: str, render_mode: int, fontfile: Path | None = None) -> Path:
    """The sample certificate as a full-page scan with ``text`` drawn over its top margin."""
    import pymupdf

    with pymupdf.open() as doc:
        page = doc.new_page(width=2480 * 72 / 300, height=3508 * 72 / 300)
        page.insert_image(page.rect, filename=str(ROOT / "samples" / "scans" / "giay-xac-nhan.png"))
        font = {"fontname": "tinos", "fontfile": str(fontfile)} if fontfile else {"fontname": "helv"}
        page.insert_textbox(pymupdf.Rect(36, 20, page.rect.width - 36, 200), text, fontsize=9,
                            render_mode=render_mode, **font)
        doc.save(path)
    return path


def test_a_stamp_on_a_scan_does_not_stop_its_ocr_and_stays_on_the_page(tmp_path):
    """Real government scans carry a signing stamp or a "SAO Y" line as visible text on page 1: that is
    not the page's content, so the page is OCR'd from a rendering that keeps the stamp."""
    src = _scan_with_text(tmp_path / "sao-y.pdf", "SAO Y; VAN PHONG UBND; 25/07/2025 10:25:14 +07:00", 0)
    run = tthc("ocr", str(src), "-o", str(tmp_path / "out.pdf"), "--json")
    assert run.returncode == 0, run.stdout + run.stderr
    report = json.loads(run.stdout)
    assert [p["action"] for p in report["pages"]] == ["ocr"]
    assert any("dấu hoặc dòng ghi chú" in w for w in report["warnings"]), report["warnings"]
    assert_valid_pdfa(tmp_path / "out.pdf")
    (text,) = page_texts(tmp_path / "out.pdf")
    assert "412/XN-UBND" in text.replace(" ", "") and "SAO Y" in text


def test_visible_text_on_a_scan_in_a_wrong_encoding_is_ocrd_again_and_on_a_born_digital_page_kept(tmp_path):
    """A scanner's "ClearScan" draws its OCR text in place of the scan, glyphs mapped to the wrong letters
    (TCVN3's "D§c l¾p" for "Độc lập"; real corpus 3): the page is OCR'd from what it shows. A born-digital
    page's text is its own and stays, whatever it reads as."""
    legacy = "BO GIAO DUC VA DAO TAO TRtrONG D¼I HQC CQNG HOA XA HQI CHU NGHiA D§c l¾p Ty do H\\lnh phuc " * 3
    src = _scan_with_text(tmp_path / "clearscan.pdf", legacy, 0, TINOS)
    run = tthc("ocr", str(src), "-o", str(tmp_path / "out.pdf"), "--json")
    assert run.returncode == 0, run.stdout + run.stderr
    report = json.loads(run.stdout)
    assert [p["action"] for p in report["pages"]] == ["ocr"]
    assert any("bảng mã sai" in w for w in report["warnings"]), report["warnings"]
    assert_valid_pdfa(tmp_path / "out.pdf")
    (text,) = page_texts(tmp_path / "out.pdf")
    assert "l¾p" not in text and "412/XN-UBND" in text.replace(" ", "")
    import pymupdf

    with pymupdf.open() as doc:
        doc.new_page(width=595, height=842).insert_textbox(pymupdf.Rect(36, 36, 559, 400), legacy, fontsize=11,
                                                           fontname="tinos", fontfile=str(TINOS))
        doc.save(tmp_path / "born-digital.pdf")
    kept = tthc("ocr", str(tmp_path / "born-digital.pdf"), "-o", str(tmp_path / "kept.pdf"), "--json")
    assert kept.returncode == 0, kept.stdout + kept.stderr
    assert [p["action"] for p in json.loads(kept.stdout)["pages"]] == ["text_kept"]


def test_an_old_layer_without_vietnamese_marks_is_ocrd_again_and_a_vietnamese_one_is_kept(tmp_path):
    """An earlier OCR layer made without the Vietnamese language ("BO CONG THVONG") is worth less than a
    new one: OCR'd again with a warning. A Vietnamese layer over the same scan stays as it is."""
    plain = "BO CONG THUONG TRUONG DAI HOC DIEN LUC So 33 TB DHDL Ha Noi ngay 30 thang 6 nam 2021 " * 3
    src = _scan_with_text(tmp_path / "khong-dau.pdf", plain, 3, TINOS)
    run = tthc("ocr", str(src), "-o", str(tmp_path / "out.pdf"), "--json")
    assert run.returncode == 0, run.stdout + run.stderr
    report = json.loads(run.stdout)
    assert [p["action"] for p in report["pages"]] == ["ocr"]
    assert any("không đọc ra tiếng Việt" in w for w in report["warnings"]), report["warnings"]
    (text,) = page_texts(tmp_path / "out.pdf")
    assert "BO CONG THUONG" not in text and "412/XN-UBND" in text.replace(" ", "")
    marked = "BỘ CÔNG THƯƠNG TRƯỜNG ĐẠI HỌC ĐIỆN LỰC Số 33 TB ĐHĐL Hà Nội ngày 30 tháng 6 năm 2021 " * 3
    kept = tthc("ocr", str(_scan_with_text(tmp_path / "co-dau.pdf", marked, 3, TINOS)), "-o",
                str(tmp_path / "kept.pdf"), "--json")
    assert kept.returncode == 0, kept.stdout + kept.stderr
    assert [p["action"] for p in json.loads(kept.stdout)["pages"]] == ["text_kept"]
    assert "TRƯỜNG ĐẠI HỌC" in " ".join(page_texts(tmp_path / "kept.pdf")[0].split())  # the layer spaces with NBSP

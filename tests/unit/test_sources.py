import io

import pikepdf
import pytest
from PIL import Image

from tthc_digitize.errors import InputFileError
from tthc_digitize.ingest.sources import discover, open_source


def _scan_pdf(path, pages=2):
    pdf = pikepdf.new()
    for _ in range(pages):
        buf = io.BytesIO()
        Image.new("L", (100, 140), 255).save(buf, "JPEG")
        image = pdf.make_stream(buf.getvalue(), Type=pikepdf.Name.XObject, Subtype=pikepdf.Name.Image, Width=100,
                                Height=140, ColorSpace=pikepdf.Name.DeviceGray, BitsPerComponent=8,
                                Filter=pikepdf.Name.DCTDecode)
        page = pikepdf.Page(pikepdf.Dictionary(Type=pikepdf.Name.Page, MediaBox=[0, 0, 595, 842],
                                               Resources=pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=image)),
                                               Contents=pdf.make_stream(b"q 595 0 0 842 0 0 cm /Im0 Do Q")))
        pdf.pages.append(page)
    pdf.save(path)
    return path


def test_good_pdf_and_tiff(tmp_path):
    assert open_source(_scan_pdf(tmp_path / "a.pdf")).pages == 2
    frames = [Image.new("1", (500, 700), 1) for _ in range(3)]
    frames[0].save(tmp_path / "b.tif", save_all=True, append_images=frames[1:], compression="group4")
    src = open_source(tmp_path / "b.tif")
    assert (src.kind, src.pages) == ("image", 3)


def _key(path):
    with pytest.raises(InputFileError) as info:
        open_source(path)
    return info.value.key


def test_empty_file(tmp_path):
    (tmp_path / "empty.pdf").write_bytes(b"")
    assert _key(tmp_path / "empty.pdf") == "input.empty"


def test_text_file_named_pdf(tmp_path):
    (tmp_path / "notes.pdf").write_text("Biên bản họp ngày 05/01/2020\n")
    assert _key(tmp_path / "notes.pdf") == "input.unknown_type"


def test_truncated_pdf(tmp_path):
    data = _scan_pdf(tmp_path / "full.pdf", pages=3).read_bytes()
    (tmp_path / "cut.pdf").write_bytes(data[: len(data) // 2])
    assert _key(tmp_path / "cut.pdf") == "input.pdf_damaged"


def test_truncated_jpeg(tmp_path):
    buf = io.BytesIO()
    Image.effect_noise((400, 400), 60).convert("RGB").save(buf, "JPEG")
    (tmp_path / "cut.jpg").write_bytes(buf.getvalue()[:3000])
    assert _key(tmp_path / "cut.jpg") == "input.image_damaged"


def test_password_pdf(tmp_path):
    with pikepdf.open(_scan_pdf(tmp_path / "a.pdf")) as pdf:
        pdf.save(tmp_path / "locked.pdf", encryption=pikepdf.Encryption(owner="o", user="secret"))
    assert _key(tmp_path / "locked.pdf") == "input.pdf_encrypted"


def test_empty_user_password_is_readable(tmp_path):
    with pikepdf.open(_scan_pdf(tmp_path / "a.pdf")) as pdf:
        pdf.save(tmp_path / "open.pdf", encryption=pikepdf.Encryption(owner="o", user=""))
    src = open_source(tmp_path / "open.pdf")
    assert src.encrypted_empty_password and src.pages == 2


def test_missing_file(tmp_path):
    assert _key(tmp_path / "nowhere.pdf") == "input.not_found"


def test_discover_recurses_and_ignores_other_files(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    for name in ("a/x.pdf", "a/b/y.TIF", "a/readme.md", "a/.hidden/z.pdf"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(b"x")
    files, problems = discover([tmp_path / "a", tmp_path / "missing"])
    assert [str(rel) for _, rel in files] == ["b/y.TIF", "x.pdf"]
    assert [e.key for _, e in problems] == ["input.not_found"]

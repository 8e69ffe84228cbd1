import unicodedata

from tthc_digitize.text import fold, looks_like_text, normalise, reads_as_vietnamese


def test_normalise_nfc_and_eth():
    decomposed = unicodedata.normalize("NFD", "Nguyễn Văn Đức")
    assert normalise(decomposed) == "Nguyễn Văn Đức"
    assert normalise("\u00d0ức") == "\u0110ức"  # Ð (eth) -> Đ
    assert normalise("\u00f0ường") == "\u0111ường"


def test_fold():
    assert fold("Nguyễn Văn Đức") == "nguyen van duc"
    assert fold("NGUYỄN VĂN ĐỨC") == fold("nguyen van duc")
    assert fold("Hạnh phúc") == "hanh phuc"


def test_looks_like_text():
    assert looks_like_text("QUYẾT ĐỊNH Về việc phê duyệt kế hoạch số hóa năm 2024")
    assert not looks_like_text("   \n ")
    assert not looks_like_text("\ufffd" * 40)
    assert not looks_like_text("abc")


def test_a_layer_reads_as_vietnamese_by_its_marks():
    assert reads_as_vietnamese("Ủy ban nhân dân tỉnh Bắc Giang quyết định cấp giấy phép cho công ty " * 3)
    assert not reads_as_vietnamese("BO CONG THVONG TRUONG BAI HOC BIEN LUC so ngay thang nam " * 3)
    assert reads_as_vietnamese("BO CONG THVONG")  # too few words to judge: kept
    # NFC or NFD, upper case, đ alone: all count
    assert reads_as_vietnamese(unicodedata.normalize("NFD", "ĐIỆN LỰC ĐỒNG THÁP ") * 10)

import unicodedata

from tthc_digitize.text import fold, looks_like_text, normalise


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

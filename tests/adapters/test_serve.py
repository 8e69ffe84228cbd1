"""`tthc serve` over real HTTP (uvicorn on a loopback port): the five verdicts, the public view,
headers, language, the QR link, and abuse — oversized, bomb and malformed uploads, a flood of lookups."""

from __future__ import annotations

import http.client
import time

import pytest

from serve_fixtures import HOLDER_NAME, bomb_pdf, get, qr_link, upload
from sign_fixtures import flip_byte_in_signed_range
from tthc_digitize.copies.code import new_code
from tthc_digitize.copies.check import mask_name

VALID = "BẢN SAO HỢP LỆ"
INVALID = "BẢN SAO KHÔNG HỢP LỆ"


def test_valid_code_shows_the_public_view_only(served):  # noqa: F811
    status, headers, text = get(served.port, f"/v/{served.valid.code}")
    assert status == 200 and VALID in text and INVALID not in text
    assert f"bản sao {served.valid.number} có trong sổ và còn giá trị" in text
    assert "245/GP-BTNMT" in text or "245" in text
    assert mask_name(HOLDER_NAME) in text and HOLDER_NAME not in text
    assert served.holder_id not in text  # never an ID number
    assert "default-src 'none'" in headers["content-security-policy"]
    assert "frame-ancestors 'none'" in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff" and headers["referrer-policy"] == "no-referrer"
    assert "<script" not in text


def test_code_typed_loosely_in_the_form_redirects_to_its_page(served):  # noqa: F811
    typed = served.valid.code.replace("-", "").lower()
    status, headers, _ = get(served.port, f"/v?code={typed}")
    assert status == 303 and headers["location"] == f"/v/{served.valid.code}"
    status, _, text = get(served.port, "/v?code=ABCD-EFGH-JKMN")
    assert status == 400 and "không đúng dạng" in text


def test_revoked_and_unknown_codes(served):  # noqa: F811
    status, _, text = get(served.port, f"/v/{served.revoked.code}")
    assert status == 200 and INVALID in text and "ĐÃ BỊ THU HỒI" in text and "Cấp nhầm" in text
    code = new_code()
    status, _, text = get(served.port, f"/v/{code}")
    assert status == 404 and INVALID in text and f"KHÔNG CÓ bản sao nào mang mã {code}" in text


def test_english_on_request(served):  # noqa: F811
    status, _, text = get(served.port, f"/v/{served.valid.code}?lang=en")
    assert status == 200 and "THE COPY IS VALID" in text and 'lang="en"' in text
    _, _, home = get(served.port, "/")
    assert 'href="/?lang=en"' in home and "Kiểm tra bản sao điện tử" in home


def test_valid_upload_and_tampered_upload(served, tmp_path):  # noqa: F811
    status, _, text = upload(served.port, served.valid.output.read_bytes())
    assert status == 200 and VALID in text, text
    assert "mọi chữ ký hợp lệ và tin cậy" in text and "đúng tệp đã cấp" in text
    tampered = tmp_path / "sua.pdf"
    flip_byte_in_signed_range(served.valid.output, tampered)
    status, _, text = upload(served.port, tampered.read_bytes())
    assert status == 200 and INVALID in text and "ĐÃ BỊ THAY ĐỔI" in text and "KHÁC tệp đã cấp" in text


def test_qr_of_a_new_copy_opens_its_page(served, tmp_path):  # noqa: F811
    link = qr_link(served.valid.output, tmp_path / "p1.png")
    assert link == f"{served.url}/v/{served.valid.code}"
    status, _, text = get(served.port, link.removeprefix(served.url))
    assert status == 200 and VALID in text


def test_200_mb_declared_is_refused_before_the_body(served):  # noqa: F811
    conn = http.client.HTTPConnection("127.0.0.1", served.port, timeout=10)
    conn.putrequest("POST", "/upload")
    conn.putheader("Content-Type", "multipart/form-data; boundary=x")
    conn.putheader("Content-Length", str(200 * 1024 * 1024))
    conn.endheaders()  # no body sent at all: the answer must not wait for it
    resp = conn.getresponse()
    assert resp.status == 413 and "quá lớn" in resp.read().decode()
    conn.close()


def test_200_mb_streamed_without_length_is_cut_off(served):  # noqa: F811
    conn = http.client.HTTPConnection("127.0.0.1", served.port, timeout=30)
    conn.putrequest("POST", "/upload")
    conn.putheader("Content-Type", "multipart/form-data; boundary=x")
    conn.putheader("Transfer-Encoding", "chunked")
    conn.endheaders()
    head = b"--x\r\nContent-Disposition: form-data; name=\"pdf\"; filename=\"a.pdf\"\r\n\r\n"
    sent, chunk = 0, b"%PDF-1.7\n" + b"0" * (1024 * 1024)
    try:
        conn.send(b"%x\r\n%s\r\n" % (len(head), head))
        while sent < 200 * 1024 * 1024:
            conn.send(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            sent += len(chunk)
    except (BrokenPipeError, ConnectionResetError):
        pass
    assert sent < 60 * 1024 * 1024, "the server read far past its 20 MB limit"
    try:
        resp = conn.getresponse()
        assert resp.status == 413
    except (ConnectionResetError, BrokenPipeError, http.client.RemoteDisconnected):
        pass  # the connection was dropped after the refusal: also a clean refusal
    conn.close()
    assert get(served.port, f"/v/{served.valid.code}", source="127.0.0.5")[0] == 200


def test_decompression_bomb_is_refused_and_the_server_keeps_answering(served, tmp_path):  # noqa: F811
    bomb = tmp_path / "bomb.pdf"
    bomb_pdf(bomb)
    assert bomb.stat().st_size < 20 * 1024 * 1024
    started = time.monotonic()
    status, _, text = upload(served.port, bomb.read_bytes(), source="127.0.0.3")
    assert status == 422 and "bị từ chối" in text
    assert time.monotonic() - started < 45
    assert get(served.port, f"/v/{served.valid.code}", source="127.0.0.4")[0] == 200


def test_malformed_pdf_is_refused_cleanly(served):  # noqa: F811
    for data in (b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\ntrailer garbage \xff\xfe", b"not a pdf at all"):
        status, _, text = upload(served.port, data, source="127.0.0.6")
        assert status == 422 and "bị từ chối" in text, text
    status, _, text = get(served.port, "/upload", source="127.0.0.6", method="POST", body=b"x",
                          headers={"Content-Type": "multipart/form-data; boundary=zz"})
    assert status == 400


def test_a_flood_from_one_client_is_throttled_while_another_is_served(served):  # noqa: F811
    conn = http.client.HTTPConnection("127.0.0.1", served.port, timeout=10, source_address=("127.0.0.7", 0))
    statuses = []
    for _ in range(1000):
        conn.request("GET", f"/v/{served.valid.code}")
        resp = conn.getresponse()
        resp.read()
        statuses.append(resp.status)
        if resp.getheader("connection") == "close":
            conn.close()
            conn = http.client.HTTPConnection("127.0.0.1", served.port, timeout=10, source_address=("127.0.0.7", 0))
    conn.close()
    assert statuses.count(429) > 900 and statuses.count(200) >= 30
    status, _, text = get(served.port, f"/v/{served.valid.code}", source="127.0.0.8")
    assert status == 200 and VALID in text
    # the flooding client's bucket refills at 10 a second while the other is served (a loaded machine may take
    # a tenth of a second for that): its next few requests use up what came back, then it is refused again
    for _ in range(100):
        status, headers, text = get(served.port, f"/v/{served.valid.code}", source="127.0.0.7")
        if status != 200:
            break
    assert status == 429 and int(headers["retry-after"]) >= 1 and "Quá nhiều yêu cầu" in text


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_home_page_works_without_javascript(served, lang):  # noqa: F811
    status, _, text = get(served.port, "/?lang=en" if lang == "en" else "/", source="127.0.0.9")
    assert status == 200 and '<form method="get" action="/v">' in text and 'enctype="multipart/form-data"' in text
    assert "<script" not in text

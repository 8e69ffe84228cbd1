"""What the verification-page fixture (conftest.py) is built from: a warehouse with two issued copies (one revoked) whose QR
codes point at the page, served by uvicorn on a free loopback port in a thread."""

from __future__ import annotations

import http.client
import socket
import subprocess
import threading
import time
import zlib
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from copies_fixtures import credential, make_home

HOLDER_NAME = "Công ty TNHH Môi trường Xanh Đức Phát"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Served:
    url: str
    port: int
    valid: object  # IssuedCopy
    revoked: object
    holder_id: str
    requester_id: str
    home: Path | None = None


def get(port: int, path: str, source: str = "127.0.0.1", method: str = "GET", body=None, headers=None):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60, source_address=(source, 0))
    try:
        conn.request(method, path, body=body, headers=headers or {})
        resp = conn.getresponse()
        return resp.status, dict(resp.getheaders()), resp.read().decode("utf-8", "replace")
    finally:
        conn.close()


def upload(port: int, data: bytes, name: str = "ban-sao.pdf", source: str = "127.0.0.1", query: str = ""):
    boundary = "----tthcboundary7d1"
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"pdf\"; filename=\"{name}\"\r\n"
            "Content-Type: application/pdf\r\n\r\n").encode() + data + f"\r\n--{boundary}--\r\n".encode()
    return get(port, "/upload" + query, source, "POST", body, {"Content-Type": f"multipart/form-data; boundary={boundary}"})


def qr_link(pdf: Path, png: Path) -> str:
    """What ``zbarimg`` reads from the QR code on page 1 of ``pdf`` rendered at 200 dpi into ``png``."""
    import pymupdf

    with pymupdf.open(pdf) as doc:
        doc[0].get_pixmap(dpi=200).save(png)
    return subprocess.run(["zbarimg", "--raw", "-q", str(png)], capture_output=True, text=True, check=True,
                          timeout=60).stdout.strip()


def bomb_pdf(path: Path, gib: int = 4) -> None:
    """A one-page PDF whose page content inflates to ``gib`` GiB of zeros from ~4 MB: one deflate block
    for 1 MiB of zeros, full-flushed so it repeats, with the true Adler-32 at the end. (Not in the XMP
    too: pikepdf's save inflates XMP to check it, 40 s for 4 GiB, and wrote an empty one instead.)"""
    import pikepdf

    chunk = b"\0" * (1 << 20)
    c = zlib.compressobj(9)
    first = c.compress(chunk) + c.flush(zlib.Z_FULL_FLUSH)
    block = c.compress(chunk) + c.flush(zlib.Z_FULL_FLUSH)
    assert block == c.compress(chunk) + c.flush(zlib.Z_FULL_FLUSH)
    tail = c.flush()[:-4]
    n = gib * 1024
    adler = 1
    for _ in range(n):
        adler = zlib.adler32(chunk, adler)
    data = first + block * (n - 1) + tail + adler.to_bytes(4, "big")
    pdf = pikepdf.new()
    pdf.add_blank_page()
    stream = pikepdf.Stream(pdf, data)
    stream.Filter = pikepdf.Name.FlateDecode
    pdf.pages[0].obj.Contents = stream
    pdf.save(path, compress_streams=False, stream_decode_level=pikepdf.StreamDecodeLevel.none)


@contextmanager
def serving(root: Path, masters: Path, pki):
    """The page served from a warehouse in ``root`` until the block ends."""
    import uvicorn

    from tthc_digitize.copies.issue import Requester, issue_copy
    from tthc_digitize.copies.register import revoke_entry
    from tthc_digitize.sign.pades import BatchSigner
    from tthc_digitize.sign.signers import load_trust_roots
    from tthc_digitize.warehouse.service import open_warehouse
    from tthc_digitize.web.app import create_app

    port = free_port()
    url = f"http://127.0.0.1:{port}"
    home = make_home(root / "kho", masters, pki)
    with (home / "tthc.toml").open("r+", encoding="utf-8") as f:
        text = f.read().replace("[copies]\n", f'[copies]\nverify_url = "{url}"\n')
        f.seek(0)
        f.write(text)
        f.truncate()
    roots = load_trust_roots(pki.root_pem)
    wh = open_warehouse(home)
    row = wh.repo.query("SELECT id, holder_id FROM results WHERE code_number = '245'")[0]
    with BatchSigner(credential(pki, "agency"), level="b-lt", tsa_url=pki.tsa_url, trust_roots=roots) as signer:
        valid = issue_copy(wh, row["id"], Requester(row["holder_id"], HOLDER_NAME), signer, root / "ban-sao.pdf", roots)
        revoked = issue_copy(wh, row["id"], Requester(row["holder_id"], HOLDER_NAME), signer, root / "thu-hoi.pdf", roots)
    revoke_entry(wh, "copies", revoked.number, revoked.year, "Cấp nhầm")
    app = create_app(wh, trust=str(pki.root_pem), max_upload=20 * 1024 * 1024)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    yield Served(url, port, valid, revoked, row["holder_id"], row["holder_id"], home)
    server.should_exit = True
    thread.join(10)
    wh.close()

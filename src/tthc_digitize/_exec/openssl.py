"""``openssl cms -verify`` over a PDF signature's signed byte ranges: a check independent of pyHanko."""

from __future__ import annotations

import re
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class CmsCheck:
    field_range: tuple[int, ...]
    ok: bool
    output: str


def signed_parts(data: bytes) -> list[tuple[tuple[int, ...], bytes, bytes]]:
    """(byte range, signed content, DER container) for every /ByteRange … /Contents <hex> in ``data``."""
    from asn1crypto import cms  # heavy: asn1crypto (with pyHanko), loaded only when signing or validating

    parts = []
    for match in re.finditer(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]", data):
        a, b, c, d = (int(x) for x in match.groups())
        hex_contents = data[a + b:c].strip().lstrip(b"<").rstrip(b">")
        der = bytes.fromhex(hex_contents.decode("ascii"))
        info = cms.ContentInfo.load(der, strict=False)  # drops the zero padding after the DER
        parts.append(((a, b, c, d), data[a:a + b] + data[c:c + d], info.dump()))
    return parts


def cms_verify(pdf: Path, ca_file: Path) -> list[CmsCheck]:
    """Verify each detached CMS signature (not document timestamps) against ``ca_file``."""
    from asn1crypto import cms  # heavy: asn1crypto (with pyHanko), loaded only when signing or validating

    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for n, (byte_range, content, der) in enumerate(signed_parts(Path(pdf).read_bytes())):
            signed = cms.ContentInfo.load(der)["content"]
            if signed["encap_content_info"]["content_type"].native == "tst_info":
                continue  # a document timestamp: its content is encapsulated, not the byte ranges
            sig_file, content_file = Path(tmp) / f"{n}.der", Path(tmp) / f"{n}.bin"
            sig_file.write_bytes(der)
            content_file.write_bytes(content)
            proc = subprocess.run(
                ["openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", str(sig_file),
                 "-content", str(content_file), "-CAfile", str(ca_file), "-purpose", "any", "-out", "/dev/null"],
                capture_output=True, text=True, timeout=60,
            )
            results.append(CmsCheck(byte_range, proc.returncode == 0, (proc.stdout + proc.stderr).strip()))
    return results

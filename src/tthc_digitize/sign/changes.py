"""What was done to a signed PDF after each signature, named.

pyHanko's difference analysis (``diff_result`` / ``modification_level``) answers whether what came
after a signature is *allowed* (PAdES lets DSS, document timestamps, more signatures, metadata and
XMP updates, even stray bytes after the last ``%%EOF`` through); it does not say *what* it was, and
allowed changes would pass as a plain "valid". Here each later revision is compared with the one
before it, and bytes after the last revision are counted, so every change is named:

- ``signature`` / ``doc_timestamp`` / ``dss``: what signing, ``ltv refresh`` and a second signer add.
  Expected: reported, but the verdict stays valid (exit 0).
- ``info`` / ``xmp``: the document information or XMP metadata changed (a new title...). Updates of
  the modification date and producer that signing itself writes in the same revision are not
  changes of their own.
- ``appended_bytes``: bytes after the last revision that belong to no revision.
- ``form_fields``: fields filled after signing (pyHanko's ``changed_form_fields``).
- ``revision``: a later revision in which none of the above is seen (content pyHanko judges).
- ``content``: what pyHanko's difference analysis refuses after a signature (new page content,
  annotations); the signature is then ``altered`` (exit 9) whatever else is found.

Anything not expected makes the verdict ``changed`` (exit 10, ``ExitCode.changed_after_signing``):
the signed revision is intact, so it is not ``altered`` (exit 9, what PAdES forbids), but the file in
hand is not the one signed, which a receiver must hear about and a script must be able to tell.
"""

from __future__ import annotations

import hashlib
import io
import re
from dataclasses import asdict, dataclass, field

from tthc_digitize.i18n import MESSAGES, tr

# the end of a revision: its startxref pointer and %%EOF (an %%EOF inside a stream has no startxref)
_REVISION_END = re.compile(rb"startxref\s+\d+\s+%%EOF[ \t\0]*(?:\r\n|\r|\n)?")
_BLANK = b" \t\r\n\0\x0c"
# written by every incremental save (pyHanko, pikepdf) along with what the revision is for
_VOLATILE_INFO = {"/ModDate", "/Producer"}
_VOLATILE_XMP = {"xmp:ModifyDate", "xmp:MetadataDate", "pdf:Producer", "xmpMM:InstanceID"}
EXPECTED = ("signature", "doc_timestamp", "dss")


@dataclass
class Change:
    kind: str  # signature | doc_timestamp | dss | info | xmp | appended_bytes | form_fields | revision | content
    offset: int  # where the revision (or the appended bytes) ends in the file
    fields: list[str] = field(default_factory=list)  # info/xmp keys, form fields, the new signature's field
    size: int = 0  # appended_bytes: how many

    @property
    def expected(self) -> bool:
        return self.kind in EXPECTED

    def to_dict(self) -> dict:
        return {**asdict(self), "expected": self.expected}


def revision_ends(data: bytes) -> list[int]:
    return [m.end() for m in _REVISION_END.finditer(data)]


def find_changes(data: bytes, signed_ends: dict[int, tuple[str, str]], first_signed_end: int) -> list[Change]:
    """Changes in ``data`` after offset ``first_signed_end``. ``signed_ends``: end of each signed
    revision → (kind, field name) of the signature or document timestamp made in it."""
    ends = [e for e in revision_ends(data) if e > first_signed_end]
    ends = sorted(set(ends) | {e for e in signed_ends if e > first_signed_end})
    changes: list[Change] = []
    before = _state(data[:first_signed_end])
    for end in ends:
        after = _state(data[:end])
        if after is None:  # not a readable revision: its bytes count as appended below if last
            continue
        found: list[Change] = []
        signed = signed_ends.get(end)
        if signed:
            found.append(Change("doc_timestamp" if signed[0] == "timestamp" else "signature", end, [signed[1]]))
        if before is not None and after["dss"] != before["dss"]:
            found.append(Change("dss", end))
        workflow = bool(found)
        for kind in ("info", "xmp"):
            keys = sorted(k for k in set(after[kind]) | set(before[kind] if before else {})
                          if (before[kind] if before else {}).get(k) != after[kind].get(k))
            if workflow:
                keys = [k for k in keys if k not in (_VOLATILE_INFO if kind == "info" else _VOLATILE_XMP)]
            if keys:
                found.append(Change(kind, end, keys))
        changes.extend(found or [Change("revision", end)])
        before = after
    last = max([first_signed_end, *ends])
    tail = data[last:]
    if tail.strip(_BLANK):
        changes.append(Change("appended_bytes", len(data), size=len(tail)))
    return changes


def _state(prefix: bytes) -> dict | None:
    """What a revision says of itself: document information, XMP properties, DSS contents."""
    import pikepdf  # heavy: pikepdf (qpdf), loaded only when a PDF is opened

    try:
        with pikepdf.open(io.BytesIO(prefix)) as pdf:
            info = {str(k): str(v) for k, v in pdf.docinfo.items()} if "/Info" in pdf.trailer else {}
            xmp = {}
            if "/Metadata" in pdf.Root:
                try:
                    meta = pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False)
                    xmp = {_prefixed(str(k)): str(meta[k]) for k in meta}
                except Exception:
                    xmp = {"?": pdf.Root.Metadata.read_bytes().hex()}
            return {"info": info, "xmp": xmp, "dss": _dss_digest(pdf.Root.get("/DSS"))}
    except Exception:
        return None


def _dss_digest(dss) -> str:
    """What the DSS holds (its certificates, OCSP responses, CRLs and VRI keys), as one digest."""
    import pikepdf  # heavy: pikepdf (qpdf), loaded only when a PDF is opened

    if dss is None:
        return ""
    digest = hashlib.sha256()
    for key in ("/Certs", "/OCSPs", "/CRLs"):
        items = dss.get(key, [])
        for data in sorted(x.read_raw_bytes() for x in items if isinstance(x, pikepdf.Stream)):
            digest.update(key.encode() + hashlib.sha256(data).digest())
    vri = dss.get("/VRI")
    for name in sorted(vri.keys()) if vri is not None else []:
        digest.update(name.encode())
    return digest.hexdigest()


def _prefixed(key: str) -> str:
    """``{http://ns.adobe.com/xap/1.0/}ModifyDate`` → ``xmp:ModifyDate`` (pikepdf iterates in Clark notation)."""
    from pikepdf.models.metadata import DEFAULT_NAMESPACES  # heavy: pikepdf (qpdf), loaded only when a PDF is opened

    if key.startswith("{"):
        uri, _, name = key[1:].partition("}")
        prefix = dict(DEFAULT_NAMESPACES).get(uri)
        if prefix:
            return f"{prefix}:{name}"
    return key


def signature_changes(changes: list[Change], signed_end: int) -> list[Change]:
    """The changes after the signature whose signed revision ends at ``signed_end``."""
    return [c for c in changes if c.offset > signed_end]


def describe(change: Change, lang: str | None = None) -> str:
    """The change in words: "Sau chữ ký đã sửa thông tin tài liệu (Tiêu đề)"."""
    prefix = "verify.mod" if change.kind == "content" else "verify.field"
    names = list(dict.fromkeys(tr(f"{prefix}.{k}", lang) if f"{prefix}.{k}" in MESSAGES else k.lstrip("/")
                               for k in change.fields))
    return tr(f"verify.change.{change.kind}", lang, what=", ".join(names), size=change.size)

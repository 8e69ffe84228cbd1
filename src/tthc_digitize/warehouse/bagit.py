"""``tthc export --bagit DIR ID…``: results handed to an archive as one BagIt bag (RFC 8493).

Each result is a folder under ``data/`` with the head version's files, and ``register.json`` with
its register row and its audit-log events. Manifests carry SHA-256 and SHA-512.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

from tthc_digitize import __version__
from tthc_digitize.errors import UsageError
from tthc_digitize.warehouse.backup import new_folder
from tthc_digitize.warehouse.service import Warehouse, now


def _folder_name(row: dict) -> str:
    slug = re.sub(r"[^A-Za-z0-9]+", "-", f"{row['code_number']}-{row['code_notation']}").strip("-")
    return f"{row['id']:06d}-{slug}"


def export_bag(wh: Warehouse, dest: Path, refs: list[str]) -> Path:
    import bagit  # heavy: bagit, loaded only for archive packages

    if not refs:
        raise UsageError("warehouse.export_nothing")
    rows = [wh.result(ref) for ref in refs]  # unknown ids fail before anything is written
    with new_folder(dest) as work:
        for row in rows:
            folder = work / _folder_name(row)
            folder.mkdir(parents=True)
            for logical in wh.store.head_digests(row["object_id"]):
                with wh.store.open(row["object_id"], logical) as source, (folder / logical).open("wb") as target:
                    shutil.copyfileobj(source, target)
            register = {k: v for k, v in row.items() if not k.endswith("_abs")}
            (folder / "register.json").write_text(
                json.dumps({"result": register, "events": wh.repo.events(row["object_id"])}, ensure_ascii=False, indent=2),
                encoding="utf-8",
            )
        bagit.make_bag(str(work), bag_info={
            "Source-Organization": wh.config.agency_name,
            "Organization-Address": wh.config.agency_code,
            "External-Description": "Kết quả TTHC số hóa / digitised administrative-procedure results",
            "Bagging-Date": now()[:10],
            "Bag-Software-Agent": f"tthc-digitize {__version__}",
            "Payload-Identifiers": " ".join(r["object_id"] for r in rows),
        }, checksums=["sha256", "sha512"])
    return dest.absolute()

"""``tthc demo``'s workflow: the whole chain on the bundled samples, offline and without prompts.

samples → ingest (OCR, extract, mark, B-LT signature) → warehouse → sample master register →
roadmap progress against the sample plan → one register e-copy and one certified copy → both
verified. The TSA, OCSP and CRLs come from the demo PKI served in-process on 127.0.0.1
(:mod:`tthc_digitize.demo_pki`); it has no legal value.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from tthc_digitize import batch, clock, demo_pki
from tthc_digitize.config import Config
from tthc_digitize.copies.certify import CertifyRequest, certify_copy, ocr_original
from tthc_digitize.copies.check import check_code
from tthc_digitize.copies.issue import Requester, issue_copy
from tthc_digitize.errors import TthcError
from tthc_digitize.i18n import message
from tthc_digitize.outputs import write_output
from tthc_digitize.report import Report
from tthc_digitize.roadmap.api import import_plan, roadmap_status
from tthc_digitize.roadmap.chart import chart_png
from tthc_digitize.roadmap.html import status_html
from tthc_digitize.roadmap.source import WarehouseSource
from tthc_digitize.roadmap.table import number
from tthc_digitize.sign.digitised import DigitisedSigner
from tthc_digitize.sign.pades import BatchSigner
from tthc_digitize.sign.signers import load_pkcs12, load_trust_roots
from tthc_digitize.sign.verify import verify_file
from tthc_digitize.warehouse.load import load
from tthc_digitize.warehouse.master_register import import_register
from tthc_digitize.warehouse.service import Warehouse, init_warehouse, open_warehouse

DEMO_AGENCY = "Cơ quan chạy thử tthc-digitize"
DEMO_AGENCY_CODE = "000.00.00.H99"
DEMO_OFFICIAL = "Cán bộ chạy thử"
DEMO_ABBREVIATION = "CQCT"
SAMPLE_RESULT = "245"  # the sample licence the demo copies (holder 0312345678 in the sample sổ gốc)
SAMPLE_ORIGINAL = "giay-phep-xa-thai.pdf"  # the sample scan the demo certifies

Say = Callable[[str], None]


@dataclass
class DemoRun:
    """What the demo made: the ingest report and the rest of the chain's summary (copies, roadmap)."""

    report: Report
    summary: dict[str, Any]
    digitised: Path
    home: Path
    copies: Path

    @property
    def ok(self) -> bool:
        return not self.report.exit_code and self.summary["ok"]


def samples_dir(kind: str) -> Path:
    """``samples/<kind>`` of the source tree, from the current folder or the package's location."""
    here = Path(__file__).resolve()
    for parent in [Path.cwd(), *here.parents]:
        candidate = parent / "samples" / kind
        if candidate.is_dir():
            return candidate
    raise TthcError("input.not_found", path=f"samples/{kind}")


def run_demo(out_dir: Path, config: Config, say: Say, shown: Callable[[Path], str],
             ingested: Callable[[Report], None]) -> DemoRun:
    """The seven steps into ``out_dir``; ``say`` gets each line of progress, ``shown`` makes a path
    readable in it, ``ingested`` gets the ingest report as soon as step 1 is done."""
    samples = samples_dir("scans")
    agency = config.agency_name or DEMO_AGENCY
    digitised, copies_dir, home = out_dir / "so-hoa", out_dir / "ban-sao", out_dir / "kho"
    with demo_pki.serve(out_dir / ".tthc" / "demo-pki") as pki:
        say(message("demo.pki", url=pki.url, root=shown(pki.root_pem)))
        roots = load_trust_roots(pki.root_pem)
        agency_key = load_pkcs12(pki.p12("agency"), pki.password)
        official_key = load_pkcs12(pki.p12("official"), pki.password)
        with BatchSigner(agency_key, level="b-lt", tsa_url=pki.tsa_url, trust_roots=roots) as agency_signer, \
                BatchSigner(official_key, level="b-lt", tsa_url=pki.tsa_url, trust_roots=roots) as official_signer:
            say(message("demo.step", n=1, what=message("demo.ingest", path=samples)))
            report = batch.ingest([samples], digitised, config.ocr, agency=agency,
                                  finalise=DigitisedSigner(agency_signer, agency))
            ingested(report)
            with _demo_warehouse(home, agency, pki) as wh:
                summary = _chain(wh, digitised, copies_dir, (agency_signer, official_signer), config, pki, say, shown)
    return DemoRun(report, summary, digitised, home, copies_dir)


def _demo_warehouse(home: Path, agency: str, pki) -> Warehouse:
    """The demo's warehouse (made on the first run), with the demo PKI as its signing settings."""
    if not (home / "tthc.toml").is_file():
        init_warehouse(home, agency, DEMO_AGENCY_CODE)
    flags = {"sign.pkcs12": str(pki.folder / "agency.p12"), "sign.tsa_url": pki.tsa_url, "sign.trust": str(pki.root_pem),
             "copies.official": DEMO_OFFICIAL, "copies.agency_abbreviation": DEMO_ABBREVIATION}
    wh = open_warehouse(home, flags)
    wh.secrets = {"TTHC_PKCS12_PASSWORD": pki.password}  # its anchors are signed with the demo key, no prompt
    return wh


def _chain(wh: Warehouse, digitised: Path, copies_dir: Path, signers, config: Config, pki, say: Say,
           shown: Callable[[Path], str]) -> dict:
    """Steps 2–7 on the open warehouse; returns what was made and whether both copies verified."""
    agency_signer, official_signer = signers
    say(message("demo.step", n=2, what=message("demo.load", path=shown(wh.home.root))))
    loaded = load(wh, [digitised])
    say(message("demo.loaded", loaded=loaded.count("loaded"), already=loaded.count("already"),
           failed=loaded.count("failed") + loaded.count("conflict")))
    say(message("demo.step", n=3, what=message("demo.register", path=samples_dir("register") / "so-goc.csv")))
    import_register(wh, samples_dir("register") / "so-goc.csv")
    say(message("demo.registered", matched=sum(1 for e in wh.repo.iter_master_entries() if e["matched_result_id"])))
    plan = samples_dir("roadmap") / "ke-hoach.csv"
    say(message("demo.step", n=4, what=message("demo.roadmap", path=plan)))
    roadmap = _roadmap(wh, plan, copies_dir.parent / "lo-trinh.html", say, shown)
    found = wh.repo.find_results(code_number=SAMPLE_RESULT)
    if not found:
        raise TthcError("demo.no_sample_result", number=SAMPLE_RESULT)
    row = min(found, key=lambda r: r["id"])
    copies_dir.mkdir(parents=True, exist_ok=True)
    trust = pki.root_pem
    roots = load_trust_roots(trust)
    say(message("demo.step", n=5, what=message("demo.issue", ref=row["id"])))
    with tempfile.TemporaryDirectory(prefix="tthc-demo-") as tmp:
        issued = issue_copy(wh, row["id"], Requester(row["holder_id"], row["holder_name"] or "", None, "Chạy thử"),
                            agency_signer, Path(tmp) / "copy.pdf", roots)
        copy_path = copies_dir / f"ban-sao-tu-so-goc-{issued.year}-{issued.sequence:02d}.pdf"
        Path(tmp, "copy.pdf").replace(copy_path)
        issued.output = copy_path
        say(message("copies.issued", number=issued.number, code=issued.code, path=shown(copy_path)))
        say(message("demo.step", n=6, what=message("demo.certify", path=SAMPLE_ORIGINAL)))
        summary = ocr_original([samples_dir("scans") / SAMPLE_ORIGINAL], Path(tmp), config.ocr)
        request = CertifyRequest(row["holder_id"], row["holder_name"] or "", "Giấy phép xả nước thải vào nguồn nước")
        certified = certify_copy(wh, summary, request, official_signer, agency_signer, Path(tmp) / "cert.pdf",
                                 lambda s: True)  # the demo's --yes: the sample scan is its own original
        cert_path = copies_dir / f"ban-sao-chung-thuc-{certified.year}-{certified.sequence:03d}.pdf"
        Path(tmp, "cert.pdf").replace(cert_path)
        certified.output = cert_path
        say(message("copies.certified", sequence=certified.sequence, volume=certified.volume, code=certified.code,
               path=shown(cert_path)))
    say(message("demo.step", n=7, what=message("demo.verify")))
    results = {}
    for name, path, code in (("copy", copy_path, issued.code), ("certified", cert_path, certified.code)):
        report = verify_file(path, trust)
        check = check_code(wh, code, path)
        results[name] = {"path": str(path), "code": code, "signatures": report.verdict, "register": check.status,
                         "ok": report.ok and check.ok}
        say(message("demo.verified", path=shown(path), verdict=message("verify.verdict." + report.verdict),
               register=message("demo.register_status." + check.status)))
    return {**results, "roadmap": roadmap, "warehouse": str(wh.home.root), "ok": all(r["ok"] for r in results.values())}


def _roadmap(wh: Warehouse, plan: Path, report: Path, say: Say, shown: Callable[[Path], str]) -> dict:
    """Step 4: the sample plan (it plans the sample register's lines) against the warehouse as of
    today, summed up in one line and written as the one-file HTML report with its chart."""
    source = WarehouseSource(wh.repo)
    import_plan(plan, lambda: source)
    status = roadmap_status(source, clock.now().date(), wh.config.roadmap, "unit")
    write_output(report, status_html(status, chart_png(status), wh.config.agency_name).encode("utf-8"))
    total = status.total
    say(message("demo.roadmap_status", start=status.period.start, end=status.period.end, target=number(total.target),
           digitised=number(total.digitised), percent=number(total.percent, 1), backlog=number(total.backlog),
           path=shown(report)))
    return {"html": str(report), "total": total.as_dict(),
            "overdue": status.overdue.as_dict() if status.overdue else None}

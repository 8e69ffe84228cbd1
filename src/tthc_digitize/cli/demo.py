"""`tthc demo`: the whole chain on the bundled samples, offline and without prompts.

samples → ingest (OCR, extract, mark, B-LT signature) → warehouse → sample master register →
roadmap progress against the sample plan → one register e-copy and one certified copy → both verified. The TSA, OCSP and CRLs come from the
demo PKI served in-process on 127.0.0.1 (tthc_digitize/demo_pki.py); it has no legal value.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Optional

import typer
from rich.markup import escape

from tthc_digitize.cli.app import JSON_OPT, H, app, command_config, emit_json, out, shown_path
from tthc_digitize.cli.scan import JOBS_OPT, _check_ocr_ready, render_report
from tthc_digitize.errors import ExitCode, TthcError
from tthc_digitize.i18n import current_language, tr

DEMO_AGENCY = "Cơ quan chạy thử tthc-digitize"
DEMO_AGENCY_CODE = "000.00.00.H99"
DEMO_OFFICIAL = "Cán bộ chạy thử"
DEMO_ABBREVIATION = "CQCT"
SAMPLE_RESULT = "245"  # the sample licence the demo copies (holder 0312345678 in the sample sổ gốc)
SAMPLE_ORIGINAL = "giay-phep-xa-thai.pdf"  # the sample scan the demo certifies


@app.command("demo", help=H(
    "Chạy thử toàn bộ chuỗi trên các bản quét mẫu trong samples/: số hóa, ký, kho, sổ gốc, lộ trình, bản sao, chứng thực, xác minh.",
    "Run the whole chain on the sample scans in samples/: digitise, sign, warehouse, master register, roadmap, copies, verify.",
))
def demo_cmd(
    out_dir: Path = typer.Option(Path("demo-output"), "--out", "-o", help=H("Thư mục kết quả của bản chạy thử.", "Output folder of the demo run.")),
    jobs: Optional[int] = JOBS_OPT,
    as_json: bool = JSON_OPT,
) -> None:
    from tthc_digitize import batch, demo_pki
    from tthc_digitize.sign.digitised import DigitisedSigner
    from tthc_digitize.sign.pades import BatchSigner
    from tthc_digitize.sign.signers import load_pkcs12, load_trust_roots

    config = command_config(**{"ocr.jobs": jobs})
    _check_ocr_ready(config)
    samples = _samples_dir("scans")
    agency = config.agency_name or DEMO_AGENCY
    digitised, copies_dir, home = out_dir / "so-hoa", out_dir / "ban-sao", out_dir / "kho"
    say = (lambda *a: None) if as_json else (lambda text: out.print(escape(text)))
    with demo_pki.serve(out_dir / ".tthc" / "demo-pki") as pki:
        say(tr("demo.pki", url=pki.url, root=shown_path(pki.root_pem)))
        roots = load_trust_roots(pki.root_pem)
        agency_key = load_pkcs12(pki.p12("agency"), pki.password)
        official_key = load_pkcs12(pki.p12("official"), pki.password)
        with BatchSigner(agency_key, level="b-lt", tsa_url=pki.tsa_url, trust_roots=roots) as agency_signer, \
                BatchSigner(official_key, level="b-lt", tsa_url=pki.tsa_url, trust_roots=roots) as official_signer:
            say(tr("demo.step", n=1, what=tr("demo.ingest", path=samples)))
            report = batch.ingest([samples], digitised, config.ocr, agency=agency,
                                  finalise=DigitisedSigner(agency_signer, agency))
            if not as_json:
                render_report(report)
            wh = _demo_warehouse(home, agency, pki)
            try:
                summary = _chain(wh, digitised, copies_dir, agency_signer, official_signer, config, pki, say)
            finally:
                wh.close()
    code = ExitCode.some_failed if report.exit_code or not summary["ok"] else ExitCode.ok
    if as_json:
        emit_json({"ingest": report.to_dict(current_language()), **summary})
        raise typer.Exit(code)
    say(tr("demo.where", digitised=shown_path(digitised), home=shown_path(home), copies=shown_path(copies_dir)))
    say(tr("demo.open_first", path=shown_path(Path(summary["copy"]["path"]))))
    raise typer.Exit(code)


def _demo_warehouse(home: Path, agency: str, pki):
    """The demo's warehouse (made on the first run), with the demo PKI as its signing settings."""
    from tthc_digitize.warehouse.service import init_warehouse, open_warehouse

    if not (home / "tthc.toml").is_file():
        init_warehouse(home, agency, DEMO_AGENCY_CODE)
    flags = {"sign.pkcs12": str(pki.folder / "agency.p12"), "sign.tsa_url": pki.tsa_url, "sign.trust": str(pki.root_pem),
             "copies.official": DEMO_OFFICIAL, "copies.agency_abbreviation": DEMO_ABBREVIATION}
    return open_warehouse(home, flags)


def _chain(wh, digitised: Path, copies_dir: Path, agency_signer, official_signer, config, pki, say) -> dict:
    """Steps 2–7 on the open warehouse; returns what was made and whether both copies verified."""
    from tthc_digitize.copies.certify import CertifyRequest, certify_copy, ocr_original
    from tthc_digitize.copies.check import check_code
    from tthc_digitize.copies.issue import Requester, issue_copy
    from tthc_digitize.sign.signers import load_trust_roots
    from tthc_digitize.sign.verify import verify_file
    from tthc_digitize.warehouse.load import load
    from tthc_digitize.warehouse.master_register import import_register

    say(tr("demo.step", n=2, what=tr("demo.load", path=shown_path(wh.home.root))))
    loaded = load(wh, [digitised])
    say(tr("demo.loaded", loaded=loaded.count("loaded"), already=loaded.count("already"),
           failed=loaded.count("failed") + loaded.count("conflict")))
    say(tr("demo.step", n=3, what=tr("demo.register", path=_samples_dir("register") / "so-goc.csv")))
    import_register(wh, _samples_dir("register") / "so-goc.csv")
    say(tr("demo.registered", matched=sum(1 for e in wh.repo.iter_master_entries() if e["matched_result_id"])))
    plan = _samples_dir("roadmap") / "ke-hoach.csv"
    say(tr("demo.step", n=4, what=tr("demo.roadmap", path=plan)))
    roadmap = _roadmap(wh, plan, copies_dir.parent / "lo-trinh.html", say)
    found = wh.repo.query("SELECT id, holder_id, holder_name FROM results WHERE code_number = ? ORDER BY id LIMIT 1",
                          [SAMPLE_RESULT])
    if not found:
        raise TthcError("demo.no_sample_result", number=SAMPLE_RESULT)
    row = found[0]
    copies_dir.mkdir(parents=True, exist_ok=True)
    trust = pki.root_pem
    roots = load_trust_roots(trust)
    say(tr("demo.step", n=5, what=tr("demo.issue", ref=row["id"])))
    with tempfile.TemporaryDirectory(prefix="tthc-demo-") as tmp:
        issued = issue_copy(wh, row["id"], Requester(row["holder_id"], row["holder_name"] or "", None, "Chạy thử"),
                            agency_signer, Path(tmp) / "copy.pdf", roots)
        copy_path = copies_dir / f"ban-sao-tu-so-goc-{issued.year}-{issued.sequence:02d}.pdf"
        Path(tmp, "copy.pdf").replace(copy_path)
        issued.output = copy_path
        say(tr("copies.issued", number=issued.number, code=issued.code, path=shown_path(copy_path)))
        say(tr("demo.step", n=6, what=tr("demo.certify", path=SAMPLE_ORIGINAL)))
        summary = ocr_original([_samples_dir("scans") / SAMPLE_ORIGINAL], Path(tmp), config.ocr)
        request = CertifyRequest(row["holder_id"], row["holder_name"] or "", "Giấy phép xả nước thải vào nguồn nước")
        certified = certify_copy(wh, summary, request, official_signer, agency_signer, Path(tmp) / "cert.pdf",
                                 lambda s: True)  # the demo's --yes: the sample scan is its own original
        cert_path = copies_dir / f"ban-sao-chung-thuc-{certified.year}-{certified.sequence:03d}.pdf"
        Path(tmp, "cert.pdf").replace(cert_path)
        certified.output = cert_path
        say(tr("copies.certified", sequence=certified.sequence, volume=certified.volume, code=certified.code,
               path=shown_path(cert_path)))
    say(tr("demo.step", n=7, what=tr("demo.verify")))
    results = {}
    for name, path, code in (("copy", copy_path, issued.code), ("certified", cert_path, certified.code)):
        report = verify_file(path, trust)
        check = check_code(wh, code, path)
        results[name] = {"path": str(path), "code": code, "signatures": report.verdict, "register": check.status,
                         "ok": report.ok and check.ok}
        say(tr("demo.verified", path=shown_path(path), verdict=tr("verify.verdict." + report.verdict),
               register=tr("demo.register_status." + check.status)))
    return {**results, "roadmap": roadmap, "warehouse": str(wh.home.root), "ok": all(r["ok"] for r in results.values())}


def _roadmap(wh, plan: Path, report: Path, say) -> dict:
    """Step 4: the sample plan (it plans the sample register's lines) against the warehouse as of
    today, summed up in one line and written as the one-file HTML report with its chart."""
    from tthc_digitize import clock
    from tthc_digitize.cli.roadmap import _write
    from tthc_digitize.roadmap.api import import_plan, roadmap_status
    from tthc_digitize.roadmap.chart import chart_png
    from tthc_digitize.roadmap.html import status_html
    from tthc_digitize.roadmap.source import WarehouseSource
    from tthc_digitize.roadmap.table import number

    source = WarehouseSource(wh.repo)
    import_plan(plan, lambda: source)
    status = roadmap_status(source, clock.now().date(), wh.config.roadmap, "unit")
    _write(report, status_html(status, chart_png(status), wh.config.agency_name).encode("utf-8"))
    total = status.total
    say(tr("demo.roadmap_status", start=status.period.start, end=status.period.end, target=number(total.target),
           digitised=number(total.digitised), percent=number(total.percent, 1), backlog=number(total.backlog),
           path=shown_path(report)))
    return {"html": str(report), "total": total.as_dict(),
            "overdue": status.overdue.as_dict() if status.overdue else None}


def _samples_dir(kind: str) -> Path:
    here = Path(__file__).resolve()
    for parent in [Path.cwd(), *here.parents]:
        candidate = parent / "samples" / kind
        if candidate.is_dir():
            return candidate
    raise TthcError("input.not_found", path=f"samples/{kind}")

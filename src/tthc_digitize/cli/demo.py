"""`tthc demo`: the whole chain on the bundled samples."""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Optional

import typer

from tthc_digitize.cli.app import JSON_OPT, H, command_config, emit_json, app, out
from tthc_digitize.cli.scan import JOBS_OPT, _check_ocr_ready, render_report
from tthc_digitize.errors import TthcError
from tthc_digitize.i18n import current_language, tr
from tthc_digitize.sign.demo_identity import ensure_demo_identity


@app.command("demo", help=H(
    "Chạy thử toàn bộ chuỗi trên các bản quét mẫu trong samples/.",
    "Run the whole chain on the sample scans in samples/.",
))
def demo_cmd(
    out_dir: Path = typer.Option(Path("demo-output"), "--out", "-o", help=H("Thư mục kết quả của bản chạy thử.", "Output folder of the demo run.")),
    jobs: Optional[int] = JOBS_OPT,
    as_json: bool = JSON_OPT,
) -> None:
    from tthc_digitize import batch

    config = command_config(**{"ocr.jobs": jobs})
    _check_ocr_ready(config)
    samples = _samples_dir()
    agency = config.agency_name or DEMO_AGENCY
    identity = ensure_demo_identity(out_dir / ".tthc" / "demo-identity", agency)
    with _demo_signer(identity, agency) as finish:
        report = batch.ingest([samples], out_dir, config.ocr, agency=agency, finalise=finish)
    if as_json:
        emit_json(report.to_dict(current_language()))
        raise typer.Exit(report.exit_code)
    out.print(tr("demo.step", n=1, what=tr("demo.ingest", path=samples)))
    out.print(tr("demo.identity", path=identity.pkcs12))
    render_report(report)
    first = next((o.output for o in report.outcomes if o.output and o.output.is_file()), None)
    if first is not None:
        from tthc_digitize.sign.verify import verify_file

        out.print(tr("verify.verdict." + verify_file(first, identity.root_pem).verdict))
    out.print(tr("demo.result", path=out_dir, first=first or out_dir))
    out.print(tr("demo.missing_chain"))
    raise typer.Exit(report.exit_code)


DEMO_AGENCY = "Cơ quan chạy thử tthc-digitize"


@contextmanager
def _demo_signer(identity, agency: str):
    """Each demo result gets the mark, the QR code and a B-B signature by the demo identity."""
    from tthc_digitize.sign.digitised import DigitisedSigner
    from tthc_digitize.sign.pades import BatchSigner
    from tthc_digitize.sign.signers import load_pkcs12

    credential = load_pkcs12(identity.pkcs12, identity.password)
    with BatchSigner(credential, level="b-b") as signer:
        yield DigitisedSigner(signer, agency)


def _samples_dir() -> Path:
    here = Path(__file__).resolve()
    for parent in [Path.cwd(), *here.parents]:
        candidate = parent / "samples" / "scans"
        if candidate.is_dir():
            return candidate
    raise TthcError("input.not_found", path="samples/scans")



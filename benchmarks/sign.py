"""Batch signing (`BatchSigner`) against the naive pyHanko path, side by side, in one run.

    .venv/bin/python benchmarks/sign.py [--files 50] [--levels b-b b-t] [--repeat 2] [--json]

Makes N single-page scans (A4, 300 dpi greyscale JPEG in a PDF, as a scanner writes them), serves the
test PKI (tests/pki/certomancer.yml) with certomancer's animator on 127.0.0.1, and signs all N files
with the agency's PKCS#12 key:

- naive: per file `SimpleSigner.load_pkcs12(...)` + `signers.sign_pdf(...)` (pyHanko's documented
  one-call path: it re-reads the key, estimates the signature size by signing once more, and opens a
  new event loop and HTTP session for the timestamp),
- batch: one `BatchSigner` for all files (key loaded once, one event loop and HTTP session, reserved
  signature size).

B-T uses the local test TSA over HTTP for both. Prints documents per second and the ratio per level.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(HERE))


def make_scans(folder: Path, count: int) -> list[Path]:
    from PIL import ImageDraw

    from conftest import text_page
    from helpers import scan_pdf

    base = text_page(dpi=300)
    files = []
    for n in range(count):
        page = base.copy()
        ImageDraw.Draw(page).text((200, 3300), f"Trang mẫu số {n + 1}", fill=0)  # no two files alike
        files.append(scan_pdf(folder / f"scan-{n + 1:03}.pdf", [page], dpi=300))
    return files


def naive(files: list[Path], out: Path, p12: Path, password: str, level: str, tsa_url: str) -> float:
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers, timestamps

    started = time.perf_counter()
    for src in files:
        signer = signers.SimpleSigner.load_pkcs12(str(p12), passphrase=password.encode())
        meta = signers.PdfSignatureMetadata(field_name="ChuKy1", md_algorithm="sha256",
                                            subfilter=fields.SigSeedSubFilter.PADES)
        stamper = timestamps.HTTPTimeStamper(tsa_url) if level == "b-t" else None
        with src.open("rb") as fh, (out / src.name).open("wb") as dst:
            signers.sign_pdf(IncrementalPdfFileWriter(fh, strict=False), meta, signer=signer,
                             timestamper=stamper, output=dst)
    return time.perf_counter() - started


def batch(files: list[Path], out: Path, p12: Path, password: str, level: str, tsa_url: str) -> float:
    from tthc_digitize.sign.pades import BatchSigner
    from tthc_digitize.sign.signers import load_pkcs12

    started = time.perf_counter()
    with BatchSigner(load_pkcs12(p12, password), level=level, tsa_url=tsa_url) as signer:
        for src in files:
            signer.sign(src, out / src.name)
    return time.perf_counter() - started


def check_outputs(folder: Path, root_pem: Path, sample: int = 3) -> bool:
    from tthc_digitize.sign.verify import verify_file

    outputs = sorted(folder.glob("*.pdf"))
    return all(verify_file(p, root_pem).ok for p in outputs[:sample])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=50)
    parser.add_argument("--levels", nargs="+", default=["b-b", "b-t"], choices=["b-b", "b-t"])
    parser.add_argument("--repeat", type=int, default=2, help="runs of each path; the best is kept")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    import pki_server
    from ocr_vs_ocrmypdf import cpu_busy

    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    results = {"machine": f"{platform.node()} {platform.machine()}, {os.cpu_count()} CPUs",
               "python": platform.python_version(), "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
               "load_average_before": round(os.getloadavg()[0], 2), "cpu_busy_before": round(cpu_busy(), 3),
               "files": args.files, "levels": {}}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        pki = pki_server.serve(tmp / "pki")
        try:
            (tmp / "scans").mkdir()
            files = make_scans(tmp / "scans", args.files)
            results["file_bytes"] = sum(f.stat().st_size for f in files) // len(files)
            p12 = pki.p12("agency")
            for level in args.levels:
                row = {}
                for name, run in (("naive", naive), ("batch", batch)):
                    times = []
                    for r in range(args.repeat):
                        out = tmp / f"{name}-{level}-{r}"
                        out.mkdir()
                        times.append(run(files, out, p12, pki_server.P12_PASSWORD, level, pki.tsa_url))
                    row[name] = {"seconds": round(min(times), 3), "all_seconds": [round(t, 3) for t in times],
                                 "docs_per_second": round(args.files / min(times), 1),
                                 "outputs_valid": check_outputs(out, pki.root_pem)}
                row["ratio"] = round(row["batch"]["docs_per_second"] / row["naive"]["docs_per_second"], 2)
                results["levels"][level] = row
        finally:
            pki.stop()
    results["load_average_after"] = round(os.getloadavg()[0], 2)
    if args.json:
        print(json.dumps(results, indent=2))
        return
    print(f"{results['machine']}, Python {results['python']}, {results['date']}; load before "
          f"{results['load_average_before']} (CPU {results['cpu_busy_before']:.0%} busy), after "
          f"{results['load_average_after']}; {args.files} files of ~{results['file_bytes'] // 1024} KiB")
    print(f"{'level':6} {'naive docs/s':>13} {'batch docs/s':>13} {'ratio':>6}  outputs valid")
    for level, row in results["levels"].items():
        print(f"{level:6} {row['naive']['docs_per_second']:>13} {row['batch']['docs_per_second']:>13} "
              f"{row['ratio']:>5}x  {row['naive']['outputs_valid'] and row['batch']['outputs_valid']}")


if __name__ == "__main__":
    main()

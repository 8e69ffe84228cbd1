"""Peak memory of `tthc ocr` as the page count grows: it should stay flat.

    .venv/bin/python benchmarks/memory_vs_pages.py [--pages 8 32 64] [--jobs 2]

Pages stream through worker processes and are assembled from per-page files that pikepdf reads
lazily, so neither the main process nor a worker holds the whole document.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
from pathlib import Path

from ocr_vs_ocrmypdf import ROOT, TTHC, _samples_module, timed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, nargs="+", default=[8, 32, 64])
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="tthc-mem-"))
    samples = _samples_module()
    print(f"{'pages':>6}{'seconds':>10}{'pages/min':>11}{'peak tree MiB':>15}{'peak 1 proc MiB':>17}{'output MiB':>12}")
    try:
        for pages in args.pages:
            src, _ = samples.make_corpus(work / f"c{pages}", pages=pages)
            out = work / f"out{pages}.pdf"
            run = timed([*TTHC, "ocr", str(src), "-o", str(out), "--jobs", str(args.jobs)])
            if run["returncode"]:
                raise SystemExit(run["stderr"])
            print(f"{pages:>6}{run['seconds']:>10.1f}{60 * pages / run['seconds']:>11.1f}"
                  f"{run['peak_tree_mib']:>15.0f}{run['peak_process_mib']:>17.0f}{out.stat().st_size / 2**20:>12.1f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    assert ROOT.exists()
    main()

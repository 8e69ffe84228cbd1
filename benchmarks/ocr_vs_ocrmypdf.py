"""`tthc ocr` against OCRmyPDF on the same scans, side by side, in one run.

    benchmarks/setup_peers.sh                      # once: OCRmyPDF + dinglehopper in benchmarks/.peers
    .venv/bin/python benchmarks/ocr_vs_ocrmypdf.py [--pages 8] [--jobs 2] [--samples] [--json]

Prints pages per minute, their ratio, peak memory of each process tree, the raw-tesseract floor
(the same page images through `tesseract` alone, two at a time), character error rates against the
ground truth, and whether each output passes the PDF/A-2b checker.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pymupdf

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PEERS = HERE / ".peers" / "bin"
TTHC = [str(ROOT / ".venv" / "bin" / "tthc")]
sys.path.insert(0, str(ROOT / "src"))
from tthc_digitize.pdfa.check import check_pdfa2b  # noqa: E402


def _samples_module():
    spec = importlib.util.spec_from_file_location("make_samples", ROOT / "samples" / "make_samples.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_samples"] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


# --- measuring -----------------------------------------------------------------------------------

def _children(pid: int) -> list[int]:
    found, todo = [], [pid]
    table: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
                table.setdefault(ppid, []).append(int(entry))
            except (OSError, IndexError, ValueError):
                pass
    while todo:
        current = todo.pop()
        found.append(current)
        todo.extend(table.get(current, []))
    return found


def _rss_kib(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def timed(cmd: list[str], env: dict | None = None) -> dict:
    """Wall time, and peak memory of the whole process tree (summed) and of its largest process."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    peak_tree = peak_one = 0
    stop = threading.Event()

    def poll() -> None:
        nonlocal peak_tree, peak_one
        while not stop.is_set():
            sizes = [_rss_kib(p) for p in _children(proc.pid)]
            peak_tree, peak_one = max(peak_tree, sum(sizes)), max(peak_one, max(sizes, default=0))
            stop.wait(0.05)

    watcher = threading.Thread(target=poll, daemon=True)
    watcher.start()
    out, err = proc.communicate()
    stop.set()
    watcher.join()
    return {
        "seconds": time.perf_counter() - start,
        "peak_tree_mib": peak_tree / 1024,
        "peak_process_mib": peak_one / 1024,
        "returncode": proc.returncode,
        "stderr": err.decode(errors="replace")[-2000:],
        "stdout": out.decode(errors="replace"),
    }


def normalise_whitespace(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\f", "\n")).strip()


def cer(pairs: list[tuple[str, str]]) -> list[float]:
    payload = json.dumps([[normalise_whitespace(r), normalise_whitespace(h)] for r, h in pairs])
    out = subprocess.run([str(PEERS / "python"), str(HERE / "cer.py")], input=payload, capture_output=True,
                         text=True, check=True)
    return json.loads(out.stdout)


# --- the runs ------------------------------------------------------------------------------------

def run_tthc(src: Path, out: Path, jobs: int) -> dict:
    result = timed([*TTHC, "ocr", str(src), "-o", str(out), "--sidecar", str(out.with_suffix(".txt")),
                    "--jobs", str(jobs)])
    result["tool"] = "tthc"
    return result


def run_ocrmypdf(src: Path, out: Path, jobs: int, image_dpi: int | None = None, skip_text: bool = False) -> dict:
    cmd = [str(PEERS / "ocrmypdf"), "-l", "vie", "--rotate-pages", "--deskew", "--output-type", "pdfa",
           "--jobs", str(jobs), "--sidecar", str(out.with_suffix(".txt"))]
    if skip_text:
        cmd.append("--skip-text")  # what tthc does by default with born-digital pages
    if image_dpi:
        cmd += ["--image-dpi", str(image_dpi)]
    result = timed([*cmd, str(src), str(out)], env={**os.environ, "PATH": f"{PEERS}:{os.environ['PATH']}"})
    result["tool"] = "ocrmypdf"
    return result


def tesseract_floor(src: Path, work: Path, jobs: int) -> dict:
    """The same pages as images (extraction not timed), then `tesseract` alone, `jobs` at a time."""
    images = []
    with pymupdf.open(src) as doc:
        for number, page in enumerate(doc):
            xref = page.get_images()[0][0]
            info = doc.extract_image(xref)
            path = work / f"floor-{number:03d}.{info['ext']}"
            path.write_bytes(info["image"])
            images.append(path)
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}

    def one(path: Path) -> None:
        subprocess.run(["tesseract", str(path), str(path.with_suffix("")), "-l", "vie", "tsv"],
                       capture_output=True, env=env, check=True)

    start = time.perf_counter()
    with ThreadPoolExecutor(jobs) as pool:
        list(pool.map(one, images))
    return {"seconds": time.perf_counter() - start, "pages": len(images)}


def ppm(pages: int, seconds: float) -> float:
    return 60 * pages / seconds


def corpus_benchmark(args, work: Path) -> dict:
    src, truth = _samples_module().make_corpus(work / "corpus", pages=args.pages, seed=args.seed)
    pages = args.pages
    ours = run_tthc(src, work / "tthc.pdf", args.jobs)
    theirs = run_ocrmypdf(src, work / "ocrmypdf.pdf", args.jobs)
    for run in (ours, theirs):
        if run["returncode"] != 0:
            sys.exit(f"{run['tool']} failed:\n{run['stderr']}")
    floor = tesseract_floor(src, work, args.jobs)
    truth_pages = truth.read_text(encoding="utf-8").split("\f")
    texts = {tool: (work / f"{tool}.txt").read_text(encoding="utf-8") for tool in ("tthc", "ocrmypdf")}
    rates = cer([(truth.read_text(encoding="utf-8"), texts["tthc"]), (truth.read_text(encoding="utf-8"), texts["ocrmypdf"])])
    per_page = {}
    for tool in ("tthc", "ocrmypdf"):
        hyp_pages = texts[tool].split("\f")
        per_page[tool] = cer(list(zip(truth_pages, hyp_pages)))
    figures = {
        "pages": pages,
        "jobs": args.jobs,
        "tthc": _summary(ours, pages, rates[0], work / "tthc.pdf"),
        "ocrmypdf": _summary(theirs, pages, rates[1], work / "ocrmypdf.pdf"),
        "tesseract_floor": {"seconds": round(floor["seconds"], 2), "pages_per_minute": round(ppm(pages, floor["seconds"]), 1)},
        "cer_per_page": per_page,
    }
    figures["ratio"] = round(figures["tthc"]["pages_per_minute"] / figures["ocrmypdf"]["pages_per_minute"], 2)
    return figures


def _summary(run: dict, pages: int, rate: float, pdf: Path) -> dict:
    return {
        "seconds": round(run["seconds"], 2),
        "pages_per_minute": round(ppm(pages, run["seconds"]), 1),
        "peak_tree_mib": round(run["peak_tree_mib"], 1),
        "peak_process_mib": round(run["peak_process_mib"], 1),
        "cer": round(rate, 4),
        "pdfa_violations": len(check_pdfa2b(pdf)),
        "size_kib": round(pdf.stat().st_size / 1024),
    }


def samples_benchmark(args, work: Path) -> dict:
    scans, truth_dir = ROOT / "samples" / "scans", ROOT / "samples" / "truth"
    rows = {}
    for src in sorted(scans.iterdir()):
        facts = json.loads((truth_dir / f"{src.stem}.json").read_text(encoding="utf-8"))
        truth = (truth_dir / f"{src.stem}.txt").read_text(encoding="utf-8")
        ours = run_tthc(src, work / f"{src.stem}-tthc.pdf", args.jobs)
        theirs = run_ocrmypdf(src, work / f"{src.stem}-ocrmypdf.pdf", args.jobs,
                              image_dpi=None if src.suffix == ".pdf" else facts["dpi"], skip_text=facts["born_digital"])
        hyps = []
        for run, tool in ((ours, "tthc"), (theirs, "ocrmypdf")):
            txt = work / f"{src.stem}-{tool}.txt"
            hyps.append(txt.read_text(encoding="utf-8") if run["returncode"] == 0 and txt.exists() else "")
        rates = cer([(truth, hyps[0]), (truth, hyps[1])])
        rows[src.name] = {
            "tthc": {"cer": round(rates[0], 4), "seconds": round(ours["seconds"], 2), "ok": ours["returncode"] == 0},
            "ocrmypdf": {"cer": round(rates[1], 4), "seconds": round(theirs["seconds"], 2), "ok": theirs["returncode"] == 0,
                         "error": theirs["stderr"].strip().splitlines()[-1:] if theirs["returncode"] else []},
        }
    return rows


def print_corpus(f: dict) -> None:
    print(f"\nCorpus: {f['pages']} A4 pages, 300 dpi colour JPEG in PDF, --jobs {f['jobs']}")
    print(f"{'':28}{'tthc ocr':>14}{'ocrmypdf':>14}")
    for label, key, fmt in [("wall seconds", "seconds", "{:.2f}"), ("pages per minute", "pages_per_minute", "{:.1f}"),
                            ("peak memory, tree (MiB)", "peak_tree_mib", "{:.0f}"),
                            ("peak memory, 1 process (MiB)", "peak_process_mib", "{:.0f}"),
                            ("CER (whole corpus)", "cer", "{:.2%}"), ("PDF/A-2b violations", "pdfa_violations", "{}"),
                            ("output size (KiB)", "size_kib", "{}")]:
        print(f"{label:28}{fmt.format(f['tthc'][key]):>14}{fmt.format(f['ocrmypdf'][key]):>14}")
    print(f"{'ratio tthc / ocrmypdf':28}{f['ratio']:>14.2f}x")
    floor = f["tesseract_floor"]
    print(f"{'raw tesseract floor':28}{floor['pages_per_minute']:>14.1f} pages/min ({floor['seconds']:.2f} s)")
    print("CER per page  tthc:    " + " ".join(f"{c:.2%}" for c in f["cer_per_page"]["tthc"]))
    print("CER per page  ocrmypdf:" + " ".join(f"{c:.2%}" for c in f["cer_per_page"]["ocrmypdf"]))


def print_samples(rows: dict) -> None:
    print(f"\n{'sample':32}{'tthc CER':>10}{'ocrmypdf CER':>14}{'tthc s':>9}{'ocrmypdf s':>12}")
    for name, row in rows.items():
        theirs = f"{row['ocrmypdf']['cer']:.2%}" if row["ocrmypdf"]["ok"] else "failed"
        print(f"{name:32}{row['tthc']['cer']:>10.2%}{theirs:>14}{row['tthc']['seconds']:>9.2f}{row['ocrmypdf']['seconds']:>12.2f}")
        if row["ocrmypdf"]["error"]:
            print(f"{'':32}ocrmypdf: {row['ocrmypdf']['error'][0]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=8)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--samples", action="store_true", help="also compare CER on each file in samples/scans")
    parser.add_argument("--keep", type=Path, help="keep outputs in this folder")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON too")
    args = parser.parse_args()
    if not (PEERS / "ocrmypdf").exists():
        sys.exit("run benchmarks/setup_peers.sh first")
    work = args.keep or Path(tempfile.mkdtemp(prefix="tthc-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    versions = {
        "tesseract": subprocess.run(["tesseract", "--version"], capture_output=True, text=True).stdout.split()[1],
        "ocrmypdf": subprocess.run([str(PEERS / "ocrmypdf"), "--version"], capture_output=True, text=True).stdout.strip(),
        "tthc": subprocess.run([*TTHC, "--version"], capture_output=True, text=True).stdout.strip(),
    }
    print("versions:", versions)
    figures = {"versions": versions, "corpus": corpus_benchmark(args, work)}
    print_corpus(figures["corpus"])
    if args.samples:
        figures["samples"] = samples_benchmark(args, work)
        print_samples(figures["samples"])
    if args.json:
        print(json.dumps(figures, ensure_ascii=False, indent=2))
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

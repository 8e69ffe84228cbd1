"""`tthc ocr` against OCRmyPDF on the same scans, side by side, in one run.

    benchmarks/setup_peers.sh                      # once: OCRmyPDF + dinglehopper in benchmarks/.peers
    .venv/bin/python benchmarks/ocr_vs_ocrmypdf.py [--pages 8] [--jobs 2] [--samples] [--keep DIR] [--json]
    .venv/bin/python benchmarks/ocr_vs_ocrmypdf.py --photos tuning|fresh [--jobs 1]   # photos only

Prints pages per minute, their ratio, peak memory of each process tree, the raw-tesseract floor
(the same page images through `tesseract` alone, `--jobs` at a time), character error rates against
the ground truth, and whether each output passes our PDF/A-2b checker. With --samples it then runs
both tools on every file in samples/scans and prints the CER of each, side by side. With --photos
it skips the speed corpus and compares word and character error rates on a set of low-resolution
phone photos (benchmarks/photo_sets.py), OCRmyPDF given --image-dpi with the DPI tthc guesses.
"""

from __future__ import annotations

import argparse
import datetime
import glob
import importlib.util
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import unicodedata
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pymupdf

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PEERS = HERE / ".peers" / "bin"
TTHC = [str(ROOT / ".venv" / "bin" / "tthc")]
sys.path.insert(0, str(ROOT / "src"))
import photo_sets  # noqa: E402  (benchmarks/ is the script's own folder on sys.path)

from tthc_digitize.pdfa.check import check_pdfa2b, format_violations  # noqa: E402

NORMALISATION = ("CER as dinglehopper computes it (NFC, extended grapheme clusters, Levenshtein distance / "
                 "length of the truth), after the same whitespace normalisation on both sides: page "
                 "separators \\f become newlines, every run of whitespace becomes one space, ends stripped.")

WORD_BAG = ("Word-bag errors: truth words missing from the output plus extra output words, counted as "
            "multisets after NFC; blind to reading order, so they compare recognition alone.")


def _samples_module():
    spec = importlib.util.spec_from_file_location("make_samples", ROOT / "samples" / "make_samples.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_samples"] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


# --- measuring -----------------------------------------------------------------------------------

# Runs the measured command as its child and stays its subreaper, so that processes the command
# leaves behind (a forkserver, a worker) stay in the tree we poll and are reaped here. Once all are
# gone, getrusage(RUSAGE_CHILDREN).ru_maxrss is the peak RSS of the largest single descendant.
_REAPER = r"""
import ctypes, json, os, resource, subprocess, sys, time
ctypes.CDLL(None, use_errno=True).prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER
start = time.perf_counter()
child = subprocess.Popen(sys.argv[2:])
code = child.wait()
seconds = time.perf_counter() - start
while True:
    try:
        os.wait()
    except ChildProcessError:
        break
with open(sys.argv[1], "w") as fh:
    json.dump({"returncode": code, "seconds": seconds, "seconds_all_exited": time.perf_counter() - start,
               "maxrss_kib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}, fh)
"""


def _descendants(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        for children in glob.glob(f"/proc/{current}/task/*/children"):
            try:
                with open(children) as fh:
                    kids = [int(k) for k in fh.read().split()]
            except OSError:
                continue
            found.extend(kids)
            todo.extend(kids)
    return found


def _rss_pss_kib(pid: int) -> tuple[int, int]:
    rss = pss = 0
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            for line in fh:
                if line.startswith("Rss:"):
                    rss = int(line.split()[1])
                elif line.startswith("Pss:"):
                    pss = int(line.split()[1])
                    break
    except (OSError, ValueError):
        pass
    return rss, pss


def timed(cmd: list[str], env: dict | None = None) -> dict:
    """Wall time and peak memory of a command's whole process tree.

    peak_tree_mib: the largest sum of RSS over all processes alive at one poll (every 50 ms);
    peak_tree_pss_mib: the same with PSS (shared pages counted once, split between sharers);
    peak_process_mib: the largest RSS of one process seen by polling;
    peak_process_rusage_mib: ru_maxrss over all descendants (kernel's high-water mark, catches
    peaks shorter than 50 ms; a forked child that has not exec'd yet counts its parent's pages).
    """
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as fh:
        report = Path(fh.name)
    proc = subprocess.Popen([sys.executable, "-c", _REAPER, str(report), *cmd],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    peaks = {"tree": 0, "pss": 0, "one": 0}
    stop = threading.Event()

    def poll() -> None:
        while not stop.is_set():
            sizes = [_rss_pss_kib(p) for p in _descendants(proc.pid)]
            peaks["tree"] = max(peaks["tree"], sum(r for r, _ in sizes))
            peaks["pss"] = max(peaks["pss"], sum(p for _, p in sizes))
            peaks["one"] = max(peaks["one"], max((r for r, _ in sizes), default=0))
            stop.wait(0.05)

    watcher = threading.Thread(target=poll, daemon=True)
    watcher.start()
    out, err = proc.communicate()
    stop.set()
    watcher.join()
    try:
        facts = json.loads(report.read_text())
    except (OSError, ValueError):
        facts = {"returncode": proc.returncode or 1, "seconds": float("nan"), "seconds_all_exited": float("nan"),
                 "maxrss_kib": 0}
    report.unlink(missing_ok=True)
    return {
        "seconds": facts["seconds"],
        "seconds_all_exited": facts["seconds_all_exited"],
        "peak_tree_mib": peaks["tree"] / 1024,
        "peak_tree_pss_mib": peaks["pss"] / 1024,
        "peak_process_mib": peaks["one"] / 1024,
        "peak_process_rusage_mib": facts["maxrss_kib"] / 1024,
        "returncode": facts["returncode"],
        "stderr": err.decode(errors="replace")[-4000:],
        "stdout": out.decode(errors="replace"),
    }


def normalise_whitespace(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\f", "\n")).strip()


def cer(pairs: list[tuple[str, str]]) -> dict:
    """{"engine", "rates", "cross_check"} for [(truth, hypothesis), ...], via the peers' Python."""
    payload = json.dumps([[normalise_whitespace(r), normalise_whitespace(h)] for r, h in pairs])
    out = subprocess.run([str(PEERS / "python"), str(HERE / "cer.py")], input=payload, capture_output=True,
                         text=True, check=True)
    return json.loads(out.stdout)


def word_bag_errors(truth: str, hyp: str) -> int:
    """Words of the truth the output lacks plus words it has in excess, as multisets (NFC).

    Blind to reading order, unlike CER: it shows what recognition alone gets wrong."""
    want, got = (Counter(unicodedata.normalize("NFC", text).split()) for text in (truth, hyp))
    return sum((want - got).values()) + sum((got - want).values())


def word_errors(truth: str, hyp: str) -> int:
    """Word-level Levenshtein distance (NFC, whitespace-split): WER = this / words in the truth."""
    want, got = (unicodedata.normalize("NFC", text).split() for text in (truth, hyp))
    previous = list(range(len(got) + 1))
    for i, w in enumerate(want, 1):
        current = [i]
        for j, g in enumerate(got, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (w != g)))
        previous = current
    return previous[-1]


def pct(rate: float | None) -> str:
    if rate is None:
        return "-"
    return "n/a" if rate == float("inf") else f"{rate:.2%}"


# --- the runs ------------------------------------------------------------------------------------

def tthc_cmd(src: Path, out: Path, jobs: int) -> list[str]:
    return [*TTHC, "ocr", str(src), "-o", str(out), "--sidecar", str(out.with_suffix(".txt")), "--jobs", str(jobs)]


def ocrmypdf_cmd(src: Path, out: Path, jobs: int, extra: list[str] = ()) -> list[str]:
    return [str(PEERS / "ocrmypdf"), "-l", "vie", "--rotate-pages", "--deskew", "--output-type", "pdfa",
            "--jobs", str(jobs), "--sidecar", str(out.with_suffix(".txt")), *extra, str(src), str(out)]


def _with_output_type(cmd: list[str], output_type: str) -> list[str]:
    cmd = list(cmd)
    cmd[cmd.index("--output-type") + 1] = output_type
    return cmd


def run(tool: str, cmd: list[str]) -> dict:
    env = {**os.environ, "PATH": f"{PEERS}:{os.environ['PATH']}"} if tool == "ocrmypdf" else None
    result = timed(cmd, env=env)
    result["tool"], result["command"] = tool, cmd
    return result


def tesseract_floor(src: Path, work: Path, jobs: int) -> dict:
    """The same pages as images (extracted first, not timed), then `tesseract` alone, `jobs` at a time."""
    images = []
    with pymupdf.open(src) as doc:
        for number, page in enumerate(doc):
            info = doc.extract_image(page.get_images()[0][0])
            path = work / f"floor-{number:03d}.{info['ext']}"
            path.write_bytes(info["image"])
            images.append(path)
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}

    def one(path: Path) -> float:
        t0 = time.perf_counter()
        subprocess.run(["tesseract", str(path), str(path.with_suffix("")), "-l", "vie", "tsv"],
                       capture_output=True, env=env, check=True)
        return time.perf_counter() - t0

    start = time.perf_counter()
    with ThreadPoolExecutor(jobs) as pool:
        per_page = list(pool.map(one, images))
    seconds = time.perf_counter() - start
    return {"seconds": round(seconds, 2), "pages": len(images),
            "pages_per_minute": round(ppm(len(images), seconds), 1),
            "per_page_seconds": [round(s, 2) for s in per_page],
            "command": f"OMP_THREAD_LIMIT=1 tesseract IMG OUT -l vie tsv  ({jobs} at a time)"}


def ppm(pages: int, seconds: float) -> float:
    return 60 * pages / seconds


def _summary(result: dict, pages: int, pdf: Path) -> dict:
    violations = check_pdfa2b(pdf)
    return {
        "seconds": round(result["seconds"], 2),
        "pages_per_minute": round(ppm(pages, result["seconds"]), 1),
        "peak_tree_mib": round(result["peak_tree_mib"], 1),
        "peak_tree_pss_mib": round(result["peak_tree_pss_mib"], 1),
        "peak_process_mib": round(result["peak_process_mib"], 1),
        "peak_process_rusage_mib": round(result["peak_process_rusage_mib"], 1),
        "pdfa_violations": len(violations),
        "pdfa_first_violations": format_violations(violations[:3]).splitlines(),
        "size_kib": round(pdf.stat().st_size / 1024),
        "command": " ".join(result["command"]),
    }


def tthc_page_seconds(src: Path, work: Path, jobs: int) -> list[float]:
    """Per-page seconds from `tthc ocr --json` (an extra, untimed run)."""
    out = subprocess.run([*tthc_cmd(src, work / "tthc-json.pdf", jobs), "--json"], capture_output=True, text=True)
    try:
        return [page["seconds"] for page in json.loads(out.stdout)["pages"]]
    except (ValueError, KeyError, TypeError):
        return []


def corpus_benchmark(args, work: Path) -> dict:
    src, truth_file = _samples_module().make_corpus(work / "corpus", pages=args.pages, dpi=300, seed=args.seed)
    pages = args.pages
    runs = {"tthc": run("tthc", tthc_cmd(src, work / "tthc.pdf", args.jobs)),
            "ocrmypdf": run("ocrmypdf", ocrmypdf_cmd(src, work / "ocrmypdf.pdf", args.jobs))}
    for result in runs.values():
        if result["returncode"] != 0:
            sys.exit(f"{result['tool']} failed ({result['returncode']}): {' '.join(result['command'])}\n"
                     f"{result['stderr']}")
    floor = tesseract_floor(src, work, args.jobs)
    truth = truth_file.read_text(encoding="utf-8")
    truth_pages = truth.split("\f")
    texts = {tool: (work / f"{tool}.txt").read_text(encoding="utf-8") for tool in runs}
    figures = {"pages": pages, "jobs": args.jobs, "input_mib": round(src.stat().st_size / 2**20, 1),
               "tesseract_floor": floor, "cer_per_page": {}, "notes": []}
    whole = cer([(truth, texts["tthc"]), (truth, texts["ocrmypdf"])])
    figures["truth_words"] = len(truth.split())
    figures["cer_engine"], figures["cer_cross_check"] = whole["engine"], whole["cross_check"]
    for i, tool in enumerate(runs):
        figures[tool] = _summary(runs[tool], pages, work / f"{tool}.pdf")
        figures[tool]["cer"] = round(whole["rates"][i], 4)
        figures[tool]["word_bag_errors"] = word_bag_errors(truth, texts[tool])
        hyp_pages = texts[tool].rstrip("\f\n").split("\f")
        if len(hyp_pages) != len(truth_pages):
            figures["notes"].append(f"{tool}: sidecar has {len(hyp_pages)} pages (\\f-separated), truth "
                                    f"{len(truth_pages)}: no per-page CER")
            figures["cer_per_page"][tool] = []
        else:
            figures["cer_per_page"][tool] = [round(r, 4) for r in cer(list(zip(truth_pages, hyp_pages)))["rates"]]
    figures["ratio"] = round(figures["tthc"]["pages_per_minute"] / figures["ocrmypdf"]["pages_per_minute"], 2)
    figures["tthc_vs_floor"] = round(figures["tthc"]["pages_per_minute"] / floor["pages_per_minute"], 2)
    if args.per_page or figures["ratio"] < 2.0:
        figures["tthc_page_seconds"] = tthc_page_seconds(src, work, args.jobs)
    return figures


def _image_claims_dpi(path: Path) -> bool:
    from PIL import Image

    with Image.open(path) as image:
        dpi = image.info.get("dpi") or (0, 0)
    return min(dpi) >= 10  # what OCRmyPDF calls a sensible claim is more than a few dots


def samples_benchmark(args, work: Path) -> dict:
    scans, truth_dir = ROOT / "samples" / "scans", ROOT / "samples" / "truth"
    rows = {}
    for src in sorted(p for p in scans.iterdir() if p.is_file()):
        facts = json.loads((truth_dir / f"{src.stem}.json").read_text(encoding="utf-8"))
        truth = (truth_dir / f"{src.stem}.txt").read_text(encoding="utf-8")
        ours_pdf, theirs_pdf = work / f"{src.stem}-tthc.pdf", work / f"{src.stem}-ocrmypdf.pdf"
        extra, notes = [], []
        if src.suffix.lower() != ".pdf" and not _image_claims_dpi(src):
            extra += ["--image-dpi", str(facts["dpi"])]
        cmd = ocrmypdf_cmd(src, theirs_pdf, args.jobs, extra)
        if facts.get("born_digital"):
            # OCRmyPDF 17 refuses --skip-text with Ghostscript 10.00-10.02 (Debian 12 has 10.00.0), and
            # its Ghostscript-free PDF/A backend rejects this file; --output-type pdf is what is left.
            # Its sidecar then only says "[OCR skipped on page(s) 1]": CER is read from the output PDFs.
            cmd = _with_output_type(ocrmypdf_cmd(src, theirs_pdf, args.jobs, [*extra, "--skip-text"]), "pdf")
            notes.append("born-digital: ocrmypdf --skip-text --output-type pdf (not PDF/A); CER of both from "
                         "pdftotext of their output PDFs")
        results = {"tthc": run("tthc", tthc_cmd(src, ours_pdf, args.jobs)), "ocrmypdf": run("ocrmypdf", cmd)}
        hyps = {}
        for tool, result in results.items():
            pdf = work / f"{src.stem}-{tool}.pdf"
            sidecar = pdf.with_suffix(".txt")
            if result["returncode"] != 0:
                hyps[tool] = None
            elif facts.get("born_digital"):  # the same extractor for both (OCRmyPDF's sidecar is a stub)
                hyps[tool] = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
            else:
                hyps[tool] = sidecar.read_text(encoding="utf-8") if sidecar.exists() else ""
        rates = cer([(truth, hyps[tool] or "") for tool in results])["rates"]
        row = {"pages": facts.get("pages"), "kind": facts.get("colour"), "notes": notes,
               "truth_words": len(truth.split())}
        for i, (tool, result) in enumerate(results.items()):
            ok = result["returncode"] == 0
            pdf = work / f"{src.stem}-{tool}.pdf"
            row[tool] = {
                "ok": ok,
                "cer": round(rates[i], 4) if ok else None,
                "word_bag_errors": word_bag_errors(truth, hyps[tool]) if ok else None,
                "seconds": round(result["seconds"], 2),
                "pdfa_violations": (len(check_pdfa2b(pdf)) if ok and (tool == "tthc" or "pdfa" in result["command"])
                                    else None),
                "command": " ".join(result["command"]),
                "error": result["stderr"].strip().splitlines()[-3:] if not ok else [],
            }
        rows[src.name] = row
    return rows


def photos_benchmark(args, work: Path) -> dict:
    made = photo_sets.make(args.photos, work / "photos")
    rows, totals = {}, {tool: {"word_errors": 0, "seconds": 0.0, "signers": 0} for tool in ("tthc", "ocrmypdf")}
    truth_words = 0
    pairs = {"tthc": [], "ocrmypdf": []}
    for item in made:
        src = work / "photos" / item["file"]
        truth = item["truth"]
        truth_words += len(truth.split())
        row = {"seal": item["seal"], "dpi_guess": item["dpi_guess"], "truth_words": len(truth.split())}
        for tool in ("tthc", "ocrmypdf"):
            out = work / f"{src.stem}-{tool}.pdf"
            cmd = (tthc_cmd(src, out, args.jobs) if tool == "tthc"
                   else ocrmypdf_cmd(src, out, args.jobs, ["--image-dpi", str(item["dpi_guess"])]))
            result = run(tool, cmd)
            sidecar = out.with_suffix(".txt")
            hyp = sidecar.read_text(encoding="utf-8") if result["returncode"] == 0 and sidecar.exists() else ""
            errors = word_errors(normalise_whitespace(truth), normalise_whitespace(hyp))
            signer = bool(item["signer_name"]) and all(
                w in unicodedata.normalize("NFC", hyp).split() for w in unicodedata.normalize("NFC", item["signer_name"]).split())
            row[tool] = {"ok": result["returncode"] == 0, "word_errors": errors, "signer_read": signer,
                         "seconds": round(result["seconds"], 2)}
            totals[tool]["word_errors"] += errors
            totals[tool]["seconds"] += result["seconds"]
            totals[tool]["signers"] += signer
            pairs[tool].append((truth, hyp))
        rows[item["file"]] = row
    figures = {"set": args.photos, "photos": len(made), "truth_words": truth_words, "rows": rows,
               "seal_photos": sum(1 for i in made if i["seal"]), "signer_photos": sum(1 for i in made if i["signer_name"])}
    joined = cer([("\n".join(t for t, _ in pairs[tool]), "\n".join(h for _, h in pairs[tool])) for tool in pairs])
    for i, tool in enumerate(pairs):
        figures[tool] = {"wer": round(totals[tool]["word_errors"] / truth_words, 4), "cer": round(joined["rates"][i], 4),
                         "seconds": round(totals[tool]["seconds"], 1), "signers_read": totals[tool]["signers"]}
    figures["wer_ratio"] = round(figures["tthc"]["wer"] / figures["ocrmypdf"]["wer"], 3) if figures["ocrmypdf"]["wer"] else None
    return figures


def print_photos(f: dict) -> None:
    print(f"\nPhotos ({f['set']}): {f['photos']} JPEGs without DPI, {f['truth_words']} words of truth")
    print(f"{'photo':44}{'dpi':>5}{'tthc WE':>9}{'ocrmypdf WE':>13}{'words':>7}  signer t/o")
    for name, row in f["rows"].items():
        print(f"{name:44}{row['dpi_guess']:>5}{row['tthc']['word_errors']:>9}{row['ocrmypdf']['word_errors']:>13}"
              f"{row['truth_words']:>7}  {'yes' if row['tthc']['signer_read'] else 'no'}/"
              f"{'yes' if row['ocrmypdf']['signer_read'] else 'no'}{' (seal)' if row['seal'] else ''}")
    print(f"{'':36}{'tthc ocr':>14}{'ocrmypdf':>14}")
    print(f"{'WER (word Levenshtein / truth words)':36}{pct(f['tthc']['wer']):>14}{pct(f['ocrmypdf']['wer']):>14}")
    print(f"{'CER (dinglehopper)':36}{pct(f['tthc']['cer']):>14}{pct(f['ocrmypdf']['cer']):>14}")
    print(f"{'signer names read (all words)':36}{f['tthc']['signers_read']:>14}{f['ocrmypdf']['signers_read']:>14}"
          f"   of {f['signer_photos']} ({f['seal_photos']} under a seal)")
    print(f"{'seconds, all photos':36}{f['tthc']['seconds']:>14.1f}{f['ocrmypdf']['seconds']:>14.1f}")
    ratio = f["wer_ratio"]
    print(f"WER ratio tthc / ocrmypdf: {ratio} (bar <= 0.7: {'met' if ratio is not None and ratio <= 0.7 else 'NOT MET'})")


# --- printing ------------------------------------------------------------------------------------

def print_corpus(f: dict) -> None:
    print(f"\nCorpus: {f['pages']} A4 pages, 300 dpi colour JPEG in one PDF ({f['input_mib']} MiB), --jobs {f['jobs']}")
    print(f"{'':36}{'tthc ocr':>14}{'ocrmypdf':>14}")
    rows = [("wall seconds", "seconds", "{:.2f}"), ("pages per minute", "pages_per_minute", "{:.1f}"),
            ("peak memory, tree sum RSS (MiB)", "peak_tree_mib", "{:.0f}"),
            ("peak memory, tree sum PSS (MiB)", "peak_tree_pss_mib", "{:.0f}"),
            ("peak memory, 1 process, poll (MiB)", "peak_process_mib", "{:.0f}"),
            ("peak memory, 1 process, rusage (MiB)", "peak_process_rusage_mib", "{:.0f}"),
            ("CER, whole corpus", "cer", "{:.2%}"), ("word-bag errors (order-free)", "word_bag_errors", "{}"),
            ("PDF/A-2b violations (our checker)", "pdfa_violations", "{}"),
            ("output size (KiB)", "size_kib", "{}")]
    for label, key, fmt in rows:
        print(f"{label:36}{fmt.format(f['tthc'][key]):>14}{fmt.format(f['ocrmypdf'][key]):>14}")
    verdict = "met" if f["ratio"] >= 2.0 else "NOT MET"
    print(f"{'ratio tthc / ocrmypdf pages/min':36}{f['ratio']:>13.2f}x   (bar >= 2.0: {verdict})")
    floor = f["tesseract_floor"]
    print(f"{'raw tesseract floor':36}{floor['pages_per_minute']:>14.1f} pages/min ({floor['seconds']:.2f} s; "
          f"tthc = {f['tthc_vs_floor']:.2f}x floor)")
    print(f"\nCER per page{'':6}" + "".join(f"{n:>8}" for n in range(1, f["pages"] + 1)))
    for tool in ("tthc", "ocrmypdf"):
        print(f"  {tool:16}" + "".join(f"{pct(c):>8}" for c in f["cer_per_page"][tool]))
    if f.get("tthc_page_seconds"):
        print("tthc seconds per page (tthc ocr --json): " + " ".join(f"{s:.2f}" for s in f["tthc_page_seconds"]))
    for tool in ("tthc", "ocrmypdf"):
        for v in f[tool]["pdfa_first_violations"]:
            print(f"  {tool} PDF/A: {v}")
    for note in f["notes"]:
        print("note:", note)


def print_samples(rows: dict) -> None:
    print(f"\n{'sample':30}{'pages':>6}{'tthc CER':>10}{'ocrmypdf CER':>14}{'tthc s':>8}{'ocrmypdf s':>12}"
          f"{'PDF/A viol. t/o':>17}{'word-bag err. t/o':>19}")
    for name, row in rows.items():
        ours, theirs = row["tthc"], row["ocrmypdf"]
        cell = lambda r: pct(r["cer"]) if r["ok"] else "failed"  # noqa: E731
        viol = "/".join("-" if r["pdfa_violations"] is None else str(r["pdfa_violations"]) for r in (ours, theirs))
        bag = "/".join("-" if r["word_bag_errors"] is None else str(r["word_bag_errors"]) for r in (ours, theirs))
        print(f"{name:30}{row['pages']!s:>6}{cell(ours):>10}{cell(theirs):>14}{ours['seconds']:>8.2f}"
              f"{theirs['seconds']:>12.2f}{viol:>17}{bag + ' of ' + str(row['truth_words']):>19}")
        for note in row["notes"]:
            print(f"{'':32}{note}")
        for tool in ("tthc", "ocrmypdf"):
            for line in row[tool]["error"]:
                print(f"{'':32}{tool}: {line}")


def cpu_busy(seconds: float = 2.0) -> float:
    """Share of all cores busy over a short look at /proc/stat (the load average lags by a minute)."""
    def sample() -> tuple[int, int]:
        with open("/proc/stat") as fh:
            ticks = [int(x) for x in fh.readline().split()[1:8]]
        return sum(ticks) - ticks[3] - ticks[4], sum(ticks)

    busy0, total0 = sample()
    time.sleep(seconds)
    busy1, total1 = sample()
    return (busy1 - busy0) / max(1, total1 - total0)


def machine() -> dict:
    model = next((line.split(":", 1)[1].strip() for line in
                  subprocess.run(["lscpu"], capture_output=True, text=True).stdout.splitlines()
                  if line.startswith("Model name")), platform.processor())
    with open("/proc/meminfo") as fh:
        mem_kib = int(fh.readline().split()[1])
    return {"nproc": os.cpu_count(), "cpu": model, "ram_gib": round(mem_kib / 2**20, 1),
            "load_average_before": round(os.getloadavg()[0], 2), "cpu_busy_before": round(cpu_busy(), 3),
            "python": platform.python_version(),
            "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")}


def versions() -> dict:
    def first_line(cmd: list[str]) -> str:
        out = subprocess.run(cmd, capture_output=True, text=True)
        return (out.stdout or out.stderr).strip().splitlines()[0]

    return {"tesseract": first_line(["tesseract", "--version"]),
            "ocrmypdf": first_line([str(PEERS / "ocrmypdf"), "--version"]),
            "ghostscript": first_line(["gs", "--version"]),
            "tthc": first_line([*TTHC, "--version"])}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=8, help="pages in the corpus (default 8)")
    parser.add_argument("--jobs", type=int, default=2, help="--jobs for both tools and the floor (default 2)")
    parser.add_argument("--seed", type=int, default=0, help="corpus seed (default 0)")
    parser.add_argument("--samples", action="store_true", help="also compare CER on each file in samples/scans")
    parser.add_argument("--per-page", action="store_true",
                        help="also print tthc's per-page seconds (an extra `tthc ocr --json` run; "
                             "automatic when the ratio is below 2)")
    parser.add_argument("--photos", choices=("tuning", "fresh"),
                        help="instead of the speed corpus: WER/CER on a low-resolution photo set (photo_sets.py)")
    parser.add_argument("--keep", type=Path, help="keep corpus and outputs in this folder")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON at the end too")
    args = parser.parse_args()
    if not (PEERS / "ocrmypdf").exists():
        sys.exit("run benchmarks/setup_peers.sh first")
    work = args.keep or Path(tempfile.mkdtemp(prefix="tthc-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    figures = {"machine": machine(), "versions": versions()}
    m = figures["machine"]
    print(f"machine: {m['nproc']} cores, {m['cpu']}, {m['ram_gib']} GiB RAM; {m['date']}; "
          f"CPU busy before: {m['cpu_busy_before']:.0%} (load average {m['load_average_before']})")
    if m["cpu_busy_before"] > 0.1:
        print("warning: something else is using the CPU: timings will be low for both tools")
    print("versions: " + "; ".join(f"{k} {v}" for k, v in figures["versions"].items()))
    try:
        if args.photos:
            figures["photos"] = photos_benchmark(args, work)
            print_photos(figures["photos"])
            if args.json:
                print(json.dumps(figures, ensure_ascii=False, indent=2))
            return
        figures["corpus"] = corpus_benchmark(args, work)
        print_corpus(figures["corpus"])
        print(f"commands:\n  {figures['corpus']['tthc']['command']}\n  {figures['corpus']['ocrmypdf']['command']}")
        if args.samples:
            figures["samples"] = samples_benchmark(args, work)
            print_samples(figures["samples"])
        print(f"\n{NORMALISATION}\n{WORD_BAG}\nCER engine: {figures['corpus']['cer_engine']} "
              f"(cross-check: {figures['corpus']['cer_cross_check']})")
        if args.json:
            print(json.dumps(figures, ensure_ascii=False, indent=2))
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

"""Real scans of Vietnamese administrative documents from public repositories (issue 13 §2).

The files themselves stay out of this repository (most sources give no licence): ``benchmarks/real/corpus.json``
names each one by repository, path, commit and sha256, and this script brings them out of fetched mirrors
(``git show <commit>:<path>``) into a work folder, skipping with a message whatever is not there. Then it runs
``tthc ingest`` over them (real OCR, as a clerk would) and scores the header fields against the hand
transcriptions in ``benchmarks/real/truth/`` the way ``benchmarks/fields.py`` scores the generated sets:

    .venv/bin/python benchmarks/real_corpus.py                       # materialise, ingest, score
    .venv/bin/python benchmarks/real_corpus.py --keep --json         # re-score the last run's outputs
    .venv/bin/python benchmarks/real_corpus.py --mirrors /work/.mirror --work /tmp/real
    .venv/bin/python benchmarks/real_corpus.py --corpus 2 --work /tmp/real2     # the second corpus (corpus2.json)
    .venv/bin/python benchmarks/real_corpus.py --corpus 3 --work /tmp/real3     # the third corpus (corpus3.json)

A mirror is the git directory ``<mirrors>/<owner>+<name>/repo`` (what the ``fetch`` tool brings). Scoring:
*right* is an exact match after NFC (fields.py's rule); *right if formatting is ignored* also forgives case,
spacing around ``.`` ``/`` ``-`` ``:``, and trailing punctuation, to tell reading errors from layout-of-text
ones. ``--text-layer`` adds the same extraction from each output PDF alone (what ``tthc extract`` sees for a PDF
passed on without its ``.words.json``: the words each page keeps, else its invisible text layer).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from collections import defaultdict
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from fields import calibration, score  # noqa: E402
from ocr_vs_ocrmypdf import normalise_whitespace, word_bag_errors  # noqa: E402

REAL = ROOT / "benchmarks" / "real"
# each corpus: its manifest and its folder of transcriptions; the second and third were gathered blind, after the rules
# had been tuned on the first (benchmarks/README.md)
CORPORA = {"1": ("corpus.json", "truth"), "2": ("corpus2.json", "truth2"), "3": ("corpus3.json", "truth3")}
MIRRORS = Path("/work/.mirror")
WORK = Path(tempfile.gettempdir()) / "tthc-real-corpus"
PEERS = ROOT / "benchmarks" / ".peers" / "bin"  # benchmarks/setup_peers.sh


def materialise(mirrors: Path, scans: Path, manifest: Path) -> tuple[list[str], list[str]]:
    """Every listed file whose mirror and commit are here, checked against its sha256; the rest named."""
    scans.mkdir(parents=True, exist_ok=True)
    present, missing = [], []
    for doc in json.loads(manifest.read_text(encoding="utf-8"))["documents"]:
        target = scans / f"{doc['id']}{Path(doc['path']).suffix.lower()}"
        git = mirrors / doc["repo"].replace("/", "+") / "repo"
        if not target.is_file():
            if not git.is_dir():
                missing.append(f"{doc['id']}: no mirror of {doc['repo']} under {mirrors}")
                continue
            shown = subprocess.run(["git", "-C", str(git), "show", f"{doc['commit']}:{doc['path']}"], capture_output=True)
            if shown.returncode != 0:
                missing.append(f"{doc['id']}: {doc['path']} not in {doc['repo']} at {doc['commit'][:10]}")
                continue
            target.write_bytes(shown.stdout)
        if hashlib.sha256(target.read_bytes()).hexdigest() != doc["sha256"]:
            target.unlink()
            missing.append(f"{doc['id']}: sha256 differs from the manifest (file left out)")
            continue
        present.append(doc["id"])
    return present, missing


def ingest(scans: Path, out: Path, jobs: int) -> dict:
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    result = subprocess.run([sys.executable, "-m", "tthc_digitize", "ingest", str(scans), "--out", str(out), "--json",
                             "--jobs", str(jobs), "--agency", "Cơ quan đo kiểm"], capture_output=True, text=True, env=env)
    if result.returncode not in (0, 6):
        sys.exit(result.stderr)
    (out.parent / "ingest.json").write_text(result.stdout, encoding="utf-8")
    return json.loads(result.stdout)


_SPACED = re.compile(r"\s*([./:\-–])\s*")


def loose(text: str | None) -> str | None:
    """The value with formatting forgiven: case, spaces around punctuation, trailing full stops."""
    if not text:
        return None
    flat = _SPACED.sub(r"\1", " ".join(text.split())).casefold()
    return flat.rstrip(" .;:,") or None


def kind_of(truth: dict) -> str:
    return truth["kind"]


def type_of(truth: dict) -> str:
    return truth["fields"]["type_name"] or "(công văn: no type name)"


def summarise(rows: list[dict], truths: dict[str, dict]) -> dict:
    """Totals overall, per kind of image and per document type, with the formatting-forgiving count."""
    def total(chosen: list[dict]) -> dict:
        right, scored = sum(r["right"] for r in chosen), sum(r["scored"] for r in chosen)
        forgiven = sum(1 for r in chosen for w in r["wrong"] if loose(w["want"]) == loose(w["got"]))
        high = [w for r in chosen for w in r["wrong"] if (w["confidence"] or 0) >= 0.9]
        return {"documents": len(chosen), "right": right, "scored": scored,
                "share": round(right / scored, 4) if scored else None,
                "right_ignoring_format": right + forgiven,
                "wrong_unflagged": sum(len(r["wrong_unflagged"]) for r in chosen),
                "wrong_at_0.9": len(high), "wrong_at_0.9_unflagged": sum(not w["flagged"] for w in high),
                "right_flagged": sum(r["right_flagged"] for r in chosen)}
    groups: dict[str, dict[str, list]] = {"kind": defaultdict(list), "type": defaultdict(list)}
    for r in rows:
        truth = truths[r["document"]]
        groups["kind"][kind_of(truth)].append(r)
        groups["type"][type_of(truth)].append(r)
    per_field: dict[str, dict] = defaultdict(lambda: {"scored": 0, "right": 0})
    for r in rows:
        wrong = {w["field"] for w in r["wrong"]}
        for name, want in truths[r["document"]]["fields"].items():
            got = [w for w in r["wrong"] if w["field"] == name]
            if want is None and not got:
                continue
            per_field[name]["scored"] += 1
            per_field[name]["right"] += name not in wrong
    return {"all": total(rows), "kind": {k: total(v) for k, v in sorted(groups["kind"].items())},
            "type": {k: total(v) for k, v in sorted(groups["type"].items())}, "field": dict(per_field),
            "calibration": calibration(rows)}


def word_errors(truth: str, hyp: str) -> int:
    """Word-level edit distance (substitutions, insertions, deletions), NFC, in reading order."""
    want = unicodedata.normalize("NFC", truth).split()
    got = unicodedata.normalize("NFC", hyp).split()
    previous = list(range(len(got) + 1))
    for i, w in enumerate(want, start=1):
        current = [i]
        for j, g in enumerate(got, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (w != g)))
        previous = current
    return previous[-1]


def text_rates(work: Path, report: dict) -> list[dict]:
    """tthc's text (the ingest's sidecar) against OCRmyPDF's (``-l vie``, the same DPI estimate for an image
    that gives none) on the pages whose whole text was transcribed (``benchmarks/real/text``)."""
    dpi = {Path(f["path"]).stem: (f.get("pages") or [{}])[0].get("dpi") for f in report["files"]}
    rows = []
    for truth_file in sorted((REAL / "text").glob("*.txt")):
        stem = truth_file.stem
        src = next(iter(sorted((work / "scans").glob(f"{stem}.*"))), None)
        ours = work / "out" / f"{stem}.txt"
        if src is None or not ours.is_file():
            continue
        theirs = work / "ocrmypdf" / f"{stem}.txt"
        theirs.parent.mkdir(exist_ok=True)
        if not theirs.is_file():
            extra = [] if src.suffix == ".pdf" or Image.open(src).info.get("dpi") else ["--image-dpi", str(dpi[stem])]
            subprocess.run([str(PEERS / "ocrmypdf"), "-l", "vie", "--rotate-pages", "--deskew", "--output-type", "pdf",
                            "--sidecar", str(theirs), "--quiet", *extra, str(src), str(theirs.with_suffix(".pdf"))],
                           check=False)
        truth = truth_file.read_text(encoding="utf-8")
        hyps = {"tthc": ours.read_text(encoding="utf-8"),
                "ocrmypdf": theirs.read_text(encoding="utf-8") if theirs.is_file() else ""}
        payload = json.dumps([[normalise_whitespace(truth), normalise_whitespace(h)] for h in hyps.values()])
        cers = json.loads(subprocess.run([str(PEERS / "python"), str(ROOT / "benchmarks" / "cer.py")], input=payload,
                                         capture_output=True, text=True, check=True).stdout)["rates"]
        words = len(truth.split())
        row = {"document": stem, "truth_words": words, "dpi": dpi[stem]}
        for (tool, hyp), rate in zip(hyps.items(), cers):
            row[tool] = {"wer": round(word_errors(truth, hyp) / words, 4), "cer": round(rate, 4),
                         "word_bag_errors": word_bag_errors(truth, hyp)}
        rows.append(row)
    return rows


def outputs(report: dict, out: Path) -> list[dict]:
    """Per input file: what came out of ``tthc ingest`` (PDF/A written, metadata XML, the refusal)."""
    result = []
    for f in report["files"]:
        stem = Path(f["path"]).stem
        result.append({"document": stem, "status": f["status"], "reason_code": f["reason_code"],
                       "pdfa": (out / f"{stem}.pdf").is_file() and f["status"] != "failed",
                       "xml": (out / f"{stem}.xml").is_file(), "pages": len(f.get("pages") or []),
                       "seconds": f["seconds"], "reason": (f["reason"] or "")[:200]})
    return result


def table(title: str, rows: list[dict]) -> str:
    lines = [f"\n{title}", f"{'document':28} {'right/scored':>12} {'unflagged':>9}  wrong fields ('!' = not flagged)"]
    for r in rows:
        wrong = ", ".join(f"{w['field']}{'' if w['flagged'] else '!'}" for w in r["wrong"])
        lines.append(f"{r['document']:28} {r['right']:>5}/{r['scored']:<6} {len(r['wrong_unflagged']):>9}  {wrong}")
    return "\n".join(lines)


def totals_table(summary: dict) -> str:
    lines = [f"{'group':34} {'docs':>4} {'right/scored':>13} {'share':>7} {'ign.fmt':>8} {'unflagged':>9} {'>=0.9':>6}"]
    rows = [("all", summary["all"])] + [(f"kind {k}", v) for k, v in summary["kind"].items()] + \
        [(f"type {k}", v) for k, v in summary["type"].items()]
    for name, t in rows:
        lines.append(f"{name[:34]:34} {t['documents']:>4} {t['right']:>6}/{t['scored']:<6} {t['share'] or 0:>7.1%} "
                     f"{t['right_ignoring_format']:>8} {t['wrong_unflagged']:>9} {t['wrong_at_0.9']:>6}")
    lines.append(f"\n{'field':18} {'right/scored':>13}")
    for name, t in summary["field"].items():
        lines.append(f"{name:18} {t['right']:>6}/{t['scored']:<6}")
    lines.append(f"\n{'confidence':10} {'fields':>6} {'right':>6} {'share':>7}")
    for b in summary["calibration"]:
        lines.append(f"{b['band']:10} {b['fields']:>6} {b['right']:>6} {'-' if b['share'] is None else format(b['share'], '.1%'):>7}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mirrors", type=Path, default=MIRRORS, help="folder of fetched mirrors (owner+name/repo)")
    parser.add_argument("--work", type=Path, default=WORK, help="work folder outside the repository")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--keep", action="store_true", help="re-score the outputs of an earlier run")
    parser.add_argument("--corpus", choices=sorted(CORPORA), default="1",
                        help="1: benchmarks/real/corpus.json with truth/; 2: corpus2.json with truth2/ (gathered blind); "
                             "3: corpus3.json with truth3/ (gathered blind, with phone photos)")
    parser.add_argument("--text-layer", action="store_true", help="also extract from each PDF alone, without its .words.json")
    parser.add_argument("--ocr-text", action="store_true",
                        help="also word/character error rates against OCRmyPDF on the transcribed pages")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    scans, out = args.work / "scans", args.work / "out"
    manifest, truth = (REAL / name for name in CORPORA[args.corpus])
    present, missing = materialise(args.mirrors, scans, manifest)
    for line in missing:
        print(f"skipped: {line}", file=sys.stderr)
    if not present:
        sys.exit(f"no document of the corpus is present: fetch the repositories named in {manifest}")
    if args.keep and (args.work / "ingest.json").is_file():
        report = json.loads((args.work / "ingest.json").read_text(encoding="utf-8"))
    else:
        report = ingest(scans, out, args.jobs)
    truths = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(truth.glob("*.json")) if p.stem in present}
    chosen = Path(tempfile.mkdtemp(prefix="real-truth-"))
    for stem in truths:
        (chosen / f"{stem}.json").write_text((truth / f"{stem}.json").read_text(encoding="utf-8"), encoding="utf-8")
    figures = {"documents": len(present), "missing": missing, "outputs": outputs(report, out),
               "ingest_seconds": report["totals"]["seconds"], "pages": report["totals"]["pages"]}
    modes = {"words": False} | ({"text_layer": True} if args.text_layer else {})
    for mode, text_layer in modes.items():
        rows = score(chosen, out, kind_of, text_layer)
        figures[mode] = {"rows": rows, "summary": summarise(rows, truths)}
    refused = [o["document"] for o in figures["outputs"] if not o["pdfa"] and (scans / f"{o['document']}.pdf").is_file()]
    if refused:
        # what `tthc extract` makes of a refused file as it came (its own text layer, or nothing)
        asis, subset = args.work / "as-is", Path(tempfile.mkdtemp(prefix="real-refused-"))
        asis.mkdir(exist_ok=True)
        for stem in refused:
            shutil.copy(scans / f"{stem}.pdf", asis / f"{stem}.pdf")
            shutil.copy(chosen / f"{stem}.json", subset / f"{stem}.json")
        rows = score(subset, asis, kind_of)
        figures["refused_as_is"] = {"rows": rows, "summary": summarise(rows, truths)}
    if args.ocr_text:
        figures["ocr_text"] = text_rates(args.work, report)
    if args.json:
        print(json.dumps(figures, ensure_ascii=False, indent=1))
        return
    made = figures["outputs"]
    print(f"{len(present)} documents, {figures['pages']} pages, ingest {figures['ingest_seconds']:.0f} s; "
          f"PDF/A written {sum(o['pdfa'] for o in made)}/{len(made)}, metadata XML {sum(o['xml'] for o in made)}/{len(made)}")
    for o in made:
        if not o["pdfa"]:
            print(f"  refused: {o['document']}: {o['reason_code']}: {o['reason'][:120]}")
    for mode in [*modes, *(["refused_as_is"] if refused else [])]:
        print(table(f"Fields ({mode})", figures[mode]["rows"]))
        print(totals_table(figures[mode]["summary"]))
        high = [(r["document"], w) for r in figures[mode]["rows"] for w in r["wrong"] if (w["confidence"] or 0) >= 0.9]
        print(f"\nwrong at confidence >= 0.9 ({mode}): {len(high)}")
        for document, w in high:
            print(f"  {document}: {w['field']} = {w['got']!r} (want {w['want']!r}, {w['confidence']:.2f}"
                  f"{', flagged' if w['flagged'] else ''})")
    for row in figures.get("ocr_text", []):
        print(f"\ntext of {row['document']} ({row['truth_words']} words, dpi {row['dpi']}): " + "; ".join(
            f"{tool} WER {row[tool]['wer']:.1%} CER {row[tool]['cer']:.1%} word-bag {row[tool]['word_bag_errors']}"
            for tool in ("tthc", "ocrmypdf")))


if __name__ == "__main__":
    main()

"""Low-resolution phone photos with their ground-truth text, for `ocr_vs_ocrmypdf.py --photos`.

Two sets, made from the sample generators' own documents (the truth is the lines they draw, kept by
``make_samples.Layout.truth``):

  tuning  blind2's documents as photos (the seeds make_blind2 uses; blind3's pages too with full=True);
  fresh   heldout.py's FRESH and BLIND documents, a red seal and a signature over the signer's name
          on every other one, photographed with seeds no other set uses. Measured blind: its figure
          is taken before and after any change, never looked at page by page while tuning.

Every photo is a JPEG with no DPI recorded (as phones write them): tthc guesses the DPI from the
long side (A4's 11.69 in), and OCRmyPDF is given that same guess with --image-dpi.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "samples"))
import blind2  # noqa: E402
import blind3  # noqa: E402
import heldout  # noqa: E402
from make_samples import degrade, raster, width  # noqa: E402

A4_LONG_SIDE_INCHES = 11.69


def _save(img, path: Path, truth: list[str], seal: bool, signer: str, quality: int) -> dict:
    img.save(path, "JPEG", quality=quality)
    return {"file": path.name, "truth": "\n".join(truth), "seal": seal, "signer_name": signer,
            "dpi_guess": round(max(img.size) / A4_LONG_SIDE_INCHES)}


def tuning(out: Path, full: bool = False) -> list[dict]:
    made = []
    for i, doc in enumerate(blind2.BLIND2):
        img, _ = blind2.render(doc, "photo", seed=700 + 10 * i + 1)
        truth = blind2.lay_out(doc)[0].truth[0]
        made.append(_save(img, out / f"t-{doc.slug}.jpg", truth, bool(doc.seal), doc.signer_name, 50 + 4 * i))
    if full:  # blind3's 19 pages too: slow on a loaded 2-core machine
        for i, doc in enumerate(blind3.BLIND3):
            images, _ = blind3.render(doc, "photo", seed=900 + 10 * i + 1)
            pages = blind3.lay_out(doc)[0].truth
            for n, (img, truth) in enumerate(zip(images, pages)):
                last = n == len(images) - 1
                made.append(_save(img, out / f"t-{doc.slug}-p{n + 1}.jpg", truth, bool(doc.seal) and last,
                                  doc.signer_name if last else "", 50 + 4 * i))
    return made


def fresh(out: Path) -> list[dict]:
    made = []
    for i, doc in enumerate([*heldout.FRESH, *heldout.BLIND]):
        rng = np.random.default_rng(5000 + 17 * i)
        page = heldout.lay_out(doc)
        img = degrade(raster(page.pages[0], 300), rng, True, noise=5, blur=0.8, specks=40).convert("RGB")
        name = page.pages[0][-1]  # the signer's name is the last line drawn
        scale = 300 / 72
        at = ((name.x + width(name.text, name.font, name.size) / 2) * scale, (name.y - name.size / 3) * scale)
        img = blind2._scrawl(img, at, rng, scale)
        seal = i % 2 == 0
        if seal:
            img = blind2._seal(img, (at[0] - 55 * scale, at[1] - 30 * scale), " ".join(doc.issuer[-1:]) + " *", scale)
        photo = blind2._photo(img, rng, int(rng.integers(940, 1760)))
        made.append(_save(photo, out / f"f-{doc.slug}.jpg", page.truth[0], seal, doc.signer_name,
                          int(rng.integers(50, 71))))
    return made


SETS = {"tuning": tuning, "fresh": fresh}


def make(name: str, out: Path) -> list[dict]:
    out.mkdir(parents=True, exist_ok=True)
    made = SETS[name](out)
    (out / "truth.json").write_text(json.dumps(made, ensure_ascii=False, indent=1), encoding="utf-8")
    return made

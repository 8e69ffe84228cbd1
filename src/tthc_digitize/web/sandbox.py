"""Uploaded PDFs are untrusted: they are parsed in a child process that limits itself before it
opens the file (CPU seconds, address space, file size it may write) and is killed past a wall-clock
limit. A decompression bomb or a parser stuck in a loop costs one child, never the server.

Run as ``python -m tthc_digitize.web.sandbox PDF [TRUST [LANG]]``; prints one JSON object on stdout.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import zlib
from dataclasses import dataclass
from pathlib import Path

from tthc_digitize.copies.copy_pdf import read_code
from tthc_digitize.errors import TthcError
from tthc_digitize.sign import report as validation_report
from tthc_digitize.sign.verify import verify_file

CPU_SECONDS = 20
MEMORY_BYTES = 1536 * 1024 * 1024  # address space: pyHanko, pikepdf and MuPDF loaded take ~700 MB of it
WALL_SECONDS = 40
STREAM_LIMIT = 256 * 1024 * 1024  # one inflated stream: an uncompressed A4 page at 600 dpi in colour is ~100 MB
TOTAL_LIMIT = 2 * 1024 * 1024 * 1024


@dataclass
class Outcome:
    status: str  # done | refused (the file broke a limit or the parser) | error (the file is not a readable PDF)
    report: dict | None = None
    code: str | None = None
    error: str = ""
    validation: dict | None = None  # sign.report.build's report of the file, without the register's part


def _limit_self() -> None:
    resource.setrlimit(resource.RLIMIT_CPU, (CPU_SECONDS, CPU_SECONDS + 1))
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_BYTES, MEMORY_BYTES))
    resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))  # writes nothing
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


class Bomb(Exception):
    """A stream inflates past the limits."""


def _inflated_sizes_within_limits(pdf: str) -> None:
    """Inflate every Flate stream in bounded steps, counting, before any library decodes one whole:
    a decompression bomb is named here instead of exhausting a parser (MuPDF streams a page, pikepdf
    reads a whole stream into memory)."""
    import pikepdf  # heavy: pikepdf (qpdf), loaded only when a PDF is opened

    total = 0
    with pikepdf.open(pdf) as doc:
        for obj in doc.objects:
            if not isinstance(obj, pikepdf.Stream):
                continue
            filters = obj.get("/Filter")
            first = filters[0] if isinstance(filters, pikepdf.Array) and len(filters) else filters
            if first != pikepdf.Name.FlateDecode:
                continue
            inflater, size = zlib.decompressobj(), 0
            pending = obj.read_raw_bytes()
            try:
                while pending:
                    out = inflater.decompress(pending, 1 << 20)
                    size += len(out)
                    if size > STREAM_LIMIT or total + size > TOTAL_LIMIT:
                        raise Bomb
                    pending = inflater.unconsumed_tail
                    if not out:
                        break
            except zlib.error:
                continue  # a broken stream is the parsers' business, not a bomb
            total += size


def _child(pdf: str, trust: str, lang: str = "vi") -> dict:
    try:
        _inflated_sizes_within_limits(pdf)
    except Bomb:
        return {"status": "refused", "error": "bomb"}
    except Exception:
        pass  # pikepdf cannot open it: verify_file says how
    try:
        report = verify_file(Path(pdf), trust or None)
    except TthcError as exc:
        return {"status": "error", "error": exc.key}
    return {"status": "done", "report": report.to_dict(), "code": read_code(Path(pdf)),
            "validation": validation_report.build(report, Path(pdf).read_bytes(), lang=lang)}


def check_upload(pdf: Path, trust: str | None, lang: str = "vi") -> Outcome:
    """Verify ``pdf`` in a limited child; a child that dies or overruns is a refusal, not an error."""
    env = {**os.environ, "OMP_THREAD_LIMIT": "1", "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    try:
        done = subprocess.run([sys.executable, "-m", "tthc_digitize.web.sandbox", str(pdf), trust or "",
                               "en" if lang == "en" else "vi"],
                              capture_output=True, timeout=WALL_SECONDS, env=env, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        return Outcome("refused", error="timeout")
    if done.returncode != 0:
        return Outcome("refused", error=f"exit {done.returncode}")
    try:
        data = json.loads(done.stdout.decode("utf-8").strip().splitlines()[-1])
    except (ValueError, IndexError):
        return Outcome("refused", error="no answer")
    return Outcome(data["status"], data.get("report"), data.get("code"), data.get("error", ""), data.get("validation"))


if __name__ == "__main__":
    _limit_self()
    try:
        answer = _child(*sys.argv[1:4])
    except MemoryError:
        sys.exit(3)
    except Exception as exc:  # a parser crash on hostile input is a refusal, reported by the exit status
        print(json.dumps({"status": "refused", "error": type(exc).__name__}))
        sys.exit(0)
    print(json.dumps(answer, ensure_ascii=False))

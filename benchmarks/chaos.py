"""Chaos harness: SIGKILL each writing command at a random instant, re-run it, check the invariants.

For each writing command (``ingest --load``, ``load``, ``register import``, ``copy issue``,
``copy certify``, ``review set``, ``ltv refresh``) a trial starts from a prepared state (made once,
copied per trial), runs the real CLI in its own process group, kills the whole group with SIGKILL at a
random instant within the command's measured normal duration, re-runs the same command to completion
and checks:

- lost: an input missing from the register (or the re-run failing); a review change or a refreshed
  timestamp missing after the re-run;
- doubled: an input in the register twice, duplicate copy/certification numbers or codes, copy numbers
  not contiguous from 1 per year, a review change logged twice;
- orphans: objects without their row (and rows without objects), anything left in the warehouse's
  staging folder (pending notes, half-made versions) after the re-run;
- audit: ``tthc audit`` exit status not 0 on the warehouse after the re-run (or ``tthc verify`` on a
  refreshed file);
- leftovers: a process still alive that carries the trial's marker in its environment (tesseract and
  worker processes inherit it), or a file left in the trial's own TMPDIR after the re-run.

Everything runs offline: the demo PKI (CA, TSA, OCSP, CRLs) is served in-process on 127.0.0.1 for the
whole run. Writes run with ``TTHC_WAREHOUSE_DURABLE=0`` (no fsync): a killed process is not a power
loss, everything it wrote is in the page cache (see tests/e2e/test_warehouse_crash.py).

Run: PYTHONPATH=src .venv/bin/python benchmarks/chaos.py [--trials 100] [--commands load,copy-issue] [--seed 1]
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import random
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
AGENCY, AGENCY_CODE = "Sở Tư pháp tỉnh Thử Nghiệm", "000.00.00.H30"
# one small page each: an ingest trial OCRs them in ~1-2 s
SMALL_SCANS = ("giay-chung-nhan-200dpi.tif",)
CERTIFY_SCAN = "giay-chung-nhan-200dpi.tif"
COPY_RESULT = "245"  # the sample licence held by 0312345678 in the sample master register
COMMANDS = ("ingest-load", "load", "register-import", "copy-issue", "copy-certify", "review-set", "ltv-refresh")
COLUMNS = ("trials", "killed", "lost", "doubled", "orphans", "audit", "leftovers")
MARKER = "TTHC_CHAOS_TRIAL"


def tthc(*args: str) -> list[str]:
    return [sys.executable, "-m", "tthc_digitize", *args]


@dataclass
class Prepared:
    """What every trial copies from: made once per run."""

    base: Path
    pki: object
    env: dict[str, str]

    @property
    def empty(self) -> Path:  # an initialised warehouse, nothing loaded
        return self.base / "empty"

    @property
    def loaded(self) -> Path:  # the sample results loaded, no master register yet
        return self.base / "loaded"

    @property
    def full(self) -> Path:  # loaded + the sample master register: copies can be issued
        return self.base / "full"

    @property
    def digitised(self) -> Path:  # tthc ingest --sign output of the sample scans (B-LTA)
        return self.base / "so-hoa"

    @property
    def small(self) -> Path:
        return self.base / "small"


def run(argv: list[str], env: dict[str, str], cwd: Path, timeout: float = 600) -> subprocess.CompletedProcess:
    return subprocess.run(argv, env=env, cwd=cwd, capture_output=True, text=True, timeout=timeout)


def must(proc: subprocess.CompletedProcess) -> subprocess.CompletedProcess:
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(proc.args)} → {proc.returncode}\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}")
    return proc


def prepare(base: Path, scans: tuple[str, ...] = ()) -> Prepared:
    """``scans``: names of sample scans to digitise (default all; the sample licence COPY_RESULT
    must be among them for copy trials)."""
    from tthc_digitize import demo_pki

    base.mkdir(parents=True, exist_ok=True)
    pki = demo_pki.serve(base / "pki")
    env = {**os.environ, "TTHC_PKCS12_PASSWORD": pki.password, "TTHC_OFFICIAL_PKCS12_PASSWORD": pki.password,
           "TTHC_WAREHOUSE_DURABLE": "0", "TTHC_WAREHOUSE_LOCK_WAIT": "60", "PYTHONPATH": str(ROOT / "src"),
           "TTHC_OCR_JOBS": "1"}
    env.pop("TTHC_HOME", None)
    env.pop("TTHC_CONFIG", None)
    prepared = Prepared(base, pki, env)
    config = (f'\n[sign]\nlevel = "b-lta"\npkcs12 = "{pki.p12("agency")}"\ntsa_url = "{pki.tsa_url}"\n'
              f'trust = "{pki.root_pem}"\n\n[copies]\nagency_abbreviation = "STP"\nofficial = "Trần Thị Hoa"\n'
              '\n[warehouse]\ndurable = false\n')
    official = pki.p12("official")
    (base / "official.txt").write_text(str(official))
    must(run(tthc("init", "--home", str(prepared.empty), "--agency-name", AGENCY, "--agency-code", AGENCY_CODE), env, base))
    with (prepared.empty / "tthc.toml").open("a", encoding="utf-8") as fh:
        fh.write(config)
    signing = {**env, "TTHC_CONFIG": str(prepared.empty / "tthc.toml")}
    chosen = base / "scans"
    chosen.mkdir()
    for scan in sorted((SAMPLES / "scans").iterdir()):
        if not scans or scan.name in scans:
            shutil.copy2(scan, chosen / scan.name)
    must(run(tthc("ingest", str(chosen), "-o", str(prepared.digitised), "--sign"), signing, base, 1800))
    shutil.copytree(prepared.empty, prepared.loaded)
    must(run(tthc("load", str(prepared.digitised), "--home", str(prepared.loaded)), env, base))
    shutil.copytree(prepared.loaded, prepared.full)
    must(run(tthc("register", "import", str(SAMPLES / "register" / "so-goc.csv"), "--home", str(prepared.full)), env, base))
    prepared.small.mkdir()
    for name in SMALL_SCANS:
        shutil.copy2(SAMPLES / "scans" / name, prepared.small / name)
    return prepared


# --- the commands ------------------------------------------------------------------------------

@dataclass
class Trial:
    folder: Path
    home: Path | None = None  # the warehouse the command writes, when it writes one
    argv: list[str] = field(default_factory=list)
    env: dict[str, str] = field(default_factory=dict)
    check: Callable[["Trial"], dict[str, list[str]]] | None = None
    data: dict = field(default_factory=dict)


def _db(home: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(f"file:{home / 'register.sqlite'}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    return conn


def _warehouse_findings(trial: Trial) -> dict[str, list[str]]:
    """Orphans and audit, common to every command that writes the warehouse."""
    home = trial.home
    found: dict[str, list[str]] = collections.defaultdict(list)
    staged = sorted(p.name for p in (home / "staging").iterdir())
    if staged:
        found["orphans"].append(f"staging not empty: {staged}")
    audit = run(tthc("audit", "--home", str(home), "--json"), trial.env, trial.folder)
    if audit.returncode != 0:
        found["audit"].append(f"tthc audit exit {audit.returncode}: {audit.stdout[-2000:]}{audit.stderr[-1000:]}")
    try:
        kinds = {f.get("kind") for f in json.loads(audit.stdout).get("findings", [])}
    except (json.JSONDecodeError, AttributeError):
        kinds = set()
    orphan_kinds = {k for k in kinds if k and ("orphan" in k or "without" in k)}
    if orphan_kinds:
        found["orphans"].append(f"audit finds {sorted(orphan_kinds)}")
    with _db(home) as conn:
        rows = {r[0] for r in conn.execute("SELECT object_id FROM results")}
        copies = set()
        for table in ("copies", "certifications"):
            if conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", [table]).fetchone():
                copies |= {r[0] for r in conn.execute(f"SELECT object_id FROM {table}")}
    objects = {json.loads(p.read_text())["id"] for p in (home / "objects").rglob("inventory.json")
               if p.parent.parent.name != "extensions" and p.parent.name not in ("extensions",) and _is_object_root(p)}
    stray = objects - rows - copies
    if stray:
        found["orphans"].append(f"objects without a row: {sorted(stray)}")
    missing = rows - objects
    if missing:
        found["lost"].append(f"rows without an object: {sorted(missing)}")
    return found


def _is_object_root(inventory: Path) -> bool:
    return (inventory.parent / "0=ocfl_object_1.1").exists() or any(inventory.parent.glob("0=ocfl_object_*"))


def _results_once(trial: Trial, expected: set[str]) -> dict[str, list[str]]:
    """Every input exactly once: by the name of the file ingest/load was given."""
    found: dict[str, list[str]] = collections.defaultdict(list)
    with _db(trial.home) as conn:
        names = collections.Counter(Path(r[0]).stem for r in conn.execute("SELECT source_path FROM results"))
    for stem in expected:
        if names[stem] == 0:
            found["lost"].append(f"{stem} not in the register")
        elif names[stem] > 1:
            found["doubled"].append(f"{stem} in the register {names[stem]} times")
    return found


def _numbers(trial: Trial, table: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = collections.defaultdict(list)
    with _db(trial.home) as conn:
        rows = conn.execute(f"SELECT year, sequence, number, code FROM {table}").fetchall() \
            if conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", [table]).fetchone() else []
    if not rows:
        found["lost"].append(f"no {table} after a completed re-run")
    for column in ("number", "code"):
        dupes = [v for v, n in collections.Counter(r[column] for r in rows).items() if n > 1]
        if dupes:
            found["doubled"].append(f"duplicate {table}.{column}: {dupes}")
    by_year = collections.defaultdict(list)
    for r in rows:
        by_year[r["year"]].append(r["sequence"])
    for year, seqs in by_year.items():
        if sorted(seqs) != list(range(1, len(seqs) + 1)):
            found["doubled"].append(f"{table} {year} not contiguous: {sorted(seqs)}")
    if len(rows) > 2:  # one killed run and one re-run issue at most two
        found["doubled"].append(f"{len(rows)} {table} for one killed run and one re-run")
    return found


def _merge(*parts: dict[str, list[str]]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = collections.defaultdict(list)
    for part in parts:
        for key, values in part.items():
            out[key].extend(values)
    return out


def _warehouse_trial(prepared: Prepared, folder: Path, start: Path) -> Trial:
    home = folder / "kho"
    shutil.copytree(start, home)
    return Trial(folder, home)


def ingest_load(prepared: Prepared, folder: Path) -> Trial:
    trial = _warehouse_trial(prepared, folder, prepared.empty)
    trial.argv = tthc("ingest", str(prepared.small), "-o", str(folder / "so-hoa"), "--load", "--jobs", "1",
                      "--agency", AGENCY, "--agency-code", AGENCY_CODE, "--json")
    trial.env = {"TTHC_HOME": str(trial.home)}
    expected = {Path(n).stem for n in SMALL_SCANS}
    trial.check = lambda t: _merge(_warehouse_findings(t), _results_once(t, expected))
    return trial


def load(prepared: Prepared, folder: Path) -> Trial:
    trial = _warehouse_trial(prepared, folder, prepared.empty)
    trial.argv = tthc("load", str(prepared.digitised), "--home", str(trial.home), "--json")
    expected = {p.stem for p in prepared.digitised.glob("*.pdf")}
    trial.check = lambda t: _merge(_warehouse_findings(t), _results_once(t, expected))
    return trial


def register_import(prepared: Prepared, folder: Path) -> Trial:
    trial = _warehouse_trial(prepared, folder, prepared.loaded)
    csv = SAMPLES / "register" / "so-goc.csv"
    trial.argv = tthc("register", "import", str(csv), "--home", str(trial.home), "--json")

    def check(t: Trial) -> dict[str, list[str]]:
        found = _warehouse_findings(t)
        with _db(t.home) as conn:
            count = conn.execute("SELECT count(*) FROM master_entries").fetchone()[0]
            lines = collections.Counter(r[0] for r in conn.execute("SELECT source_line FROM master_entries"))
            with _db(prepared.full) as ref:
                want = ref.execute("SELECT count(*) FROM master_entries").fetchone()[0]
                matched_want = ref.execute("SELECT count(*) FROM master_entries WHERE matched_result_id IS NOT NULL").fetchone()[0]
            matched = conn.execute("SELECT count(*) FROM master_entries WHERE matched_result_id IS NOT NULL").fetchone()[0]
        if count < want or matched < matched_want:
            found["lost"].append(f"{count}/{want} entries, {matched}/{matched_want} matched")
        if count > want or any(n > 1 for n in lines.values()):
            found["doubled"].append(f"{count} entries for {want} lines")
        return found

    trial.check = check
    return trial


def copy_issue(prepared: Prepared, folder: Path) -> Trial:
    trial = _warehouse_trial(prepared, folder, prepared.full)
    with _db(trial.home) as conn:
        row = conn.execute("SELECT id, holder_id, holder_name FROM results WHERE code_number = ? ORDER BY id LIMIT 1",
                           [COPY_RESULT]).fetchone()
    trial.argv = tthc("copy", "issue", str(row["id"]), "--requester-id", row["holder_id"], "--requester-name",
                      row["holder_name"] or "Chủ sở hữu", "-o", str(folder / "ban-sao.pdf"), "--home", str(trial.home), "--json")
    trial.check = lambda t: _merge(_warehouse_findings(t), _numbers(t, "copies"))
    return trial


def copy_certify(prepared: Prepared, folder: Path) -> Trial:
    trial = _warehouse_trial(prepared, folder, prepared.full)
    official = (prepared.base / "official.txt").read_text()
    trial.argv = tthc("copy", "certify", str(SAMPLES / "scans" / CERTIFY_SCAN), "--requester-id", "079012345678",
                      "--requester-name", "Nguyễn Văn An", "--document-title", "Giấy chứng nhận", "--yes",
                      "--official-pkcs12", official, "-o", str(folder / "chung-thuc.pdf"), "--home", str(trial.home), "--json")
    trial.check = lambda t: _merge(_warehouse_findings(t), _numbers(t, "certifications"))
    return trial


REVIEW_VALUE = "Công ty TNHH Hỗn Loạn"


def review_set(prepared: Prepared, folder: Path) -> Trial:
    out = folder / "so-hoa"
    shutil.copytree(prepared.digitised, out)
    rid = sorted(p.stem for p in out.glob("*.pdf"))[0]
    trial = Trial(folder)
    trial.argv = tthc("review", "set", str(out), rid, f"holder_name={REVIEW_VALUE}", "--by", "chaos")

    def check(t: Trial) -> dict[str, list[str]]:
        from tthc_digitize.metadata.xml import from_xml
        from tthc_digitize.review import log

        found: dict[str, list[str]] = collections.defaultdict(list)
        try:
            record = from_xml((out / f"{rid}.xml").read_bytes())
            if record.holder_name != REVIEW_VALUE:
                found["lost"].append(f"holder_name is {record.holder_name!r}")
        except Exception as exc:  # noqa: BLE001  an unreadable XML is the finding
            found["audit"].append(f"{rid}.xml: {type(exc).__name__}: {exc}")
        logged = [e for e in log.entries(out) if e.get("clerk_value") == REVIEW_VALUE]
        if not logged:
            found["lost"].append("the change is not in the review log")
        elif len(logged) > 1:
            found["doubled"].append(f"the change is logged {len(logged)} times")
        stray = sorted(p.name for p in out.iterdir() if p.name.startswith(".") and p.suffix == ".tmp" or p.name.endswith(".tmp"))
        if stray:
            found["leftovers"].append(f"temporary files in the output folder: {stray}")
        return found

    trial.check = check
    return trial


def ltv_refresh(prepared: Prepared, folder: Path) -> Trial:
    files = folder / "lta"
    files.mkdir()
    for pdf in sorted(prepared.digitised.glob("*.pdf"))[:1]:
        shutil.copy2(pdf, files / pdf.name)
    trial = Trial(folder)
    trial.argv = tthc("ltv", "refresh", *map(str, sorted(files.glob("*.pdf"))), "--tsa", prepared.pki.tsa_url,
                      "--trust", str(prepared.pki.root_pem), "--json")
    before = {p.name: _timestamps(p) for p in files.glob("*.pdf")}

    def check(t: Trial) -> dict[str, list[str]]:
        found: dict[str, list[str]] = collections.defaultdict(list)
        for pdf in sorted(files.glob("*.pdf")):
            after = _timestamps(pdf)
            if after <= before[pdf.name]:
                found["lost"].append(f"{pdf.name}: {after} document timestamps, had {before[pdf.name]}")
            verdict = run(tthc("verify", str(pdf), "--trust", str(prepared.pki.root_pem), "--json"), t.env, t.folder)
            if verdict.returncode != 0:
                found["audit"].append(f"tthc verify {pdf.name} exit {verdict.returncode}: {verdict.stdout[-1500:]}")
        stray = sorted(p.name for p in files.iterdir() if p.suffix != ".pdf")
        if stray:
            found["leftovers"].append(f"files beside the PDFs: {stray}")
        return found

    trial.check = check
    return trial


def _timestamps(pdf: Path) -> int:
    import pikepdf

    with pikepdf.open(pdf) as doc:
        fields = doc.Root.get("/AcroForm", {}).get("/Fields", [])
        return sum(1 for f in fields if f.get("/V") is not None and f.V.get("/SubFilter") == "/ETSI.RFC3161")


BUILDERS: dict[str, Callable[[Prepared, Path], Trial]] = {
    "ingest-load": ingest_load, "load": load, "register-import": register_import, "copy-issue": copy_issue,
    "copy-certify": copy_certify, "review-set": review_set, "ltv-refresh": ltv_refresh,
}


# --- one trial ---------------------------------------------------------------------------------

def marked(folder: Path) -> list[int]:
    """Live processes (not zombies) carrying this trial's marker: whatever the killed or the re-run
    command started and left behind (OCR workers, tesseract …)."""
    token = f"{MARKER}={folder}".encode()
    pids = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit() or int(proc.name) == os.getpid():
            continue
        try:
            if token not in (proc / "environ").read_bytes().split(b"\0"):
                continue
            state = (proc / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state not in ("Z", "X"):
            pids.append(int(proc.name))
    return pids


def settle(folder: Path, seconds: float = 3.0) -> list[int]:
    """Processes that outlive their parent by more than a moment (a dying child may take a few ms)."""
    deadline = time.monotonic() + seconds
    while (pids := marked(folder)) and time.monotonic() < deadline:
        time.sleep(0.05)
    return pids


def environment(prepared: Prepared, trial: Trial) -> dict[str, str]:
    # tthc's per-run folder in TMPDIR holds the OCR pool's Unix socket (107 bytes at most) and is skipped
    # under a deeper TMPDIR: a short folder in /tmp, linked from the trial folder, keeps the trial's depth
    # (and the machine's pid width) from deciding whether a leak can be seen
    tmp = Path(tempfile.mkdtemp(prefix="tc-", dir="/tmp"))
    (trial.folder / "tmp").symlink_to(tmp)
    return {**prepared.env, **trial.env, "TMPDIR": str(tmp), MARKER: str(trial.folder)}


def discard(folder: Path) -> None:
    link = folder / "tmp"
    if link.is_symlink():
        shutil.rmtree(link.resolve(), ignore_errors=True)
    shutil.rmtree(folder, ignore_errors=True)


def start(trial: Trial) -> subprocess.Popen:
    return subprocess.Popen(trial.argv, env=trial.env, cwd=trial.folder, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)


def measure(prepared: Prepared, command: str, work: Path, runs: int = 2) -> float:
    """The command's normal duration: median of a few uncut runs from the prepared state."""
    seconds = []
    for i in range(runs):
        folder = work / f"{command}-measure{i}"
        folder.mkdir(parents=True)
        trial = BUILDERS[command](prepared, folder)
        trial.env = environment(prepared, trial)
        started = time.monotonic()
        done = run(trial.argv, trial.env, folder)
        seconds.append(time.monotonic() - started)
        if done.returncode != 0:
            raise SystemExit(f"{command} fails uncut ({done.returncode}):\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
        discard(folder)
    return statistics.median(seconds)


def one_trial(prepared: Prepared, command: str, folder: Path, duration: float, rng: random.Random) -> dict:
    folder.mkdir(parents=True)
    trial = BUILDERS[command](prepared, folder)
    trial.env = environment(prepared, trial)
    findings: dict[str, list[str]] = collections.defaultdict(list)
    proc = start(trial)
    time.sleep(rng.uniform(0, duration))
    killed = proc.poll() is None
    if killed:
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    if left := settle(folder):
        findings["leftovers"].append(f"processes alive after the kill: {left}")
        for pid in left:  # the harness cleans up after the finding, so the next trial starts clean
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
    done = run(trial.argv, trial.env, folder)
    if done.returncode != 0:
        findings["lost"].append(f"re-run exit {done.returncode}: {done.stdout[-2000:]}{done.stderr[-2000:]}")
    if left := settle(folder):
        findings["leftovers"].append(f"processes alive after the re-run: {left}")
    tmp = sorted(p.name for p in (folder / "tmp").iterdir())
    if tmp:
        findings["leftovers"].append(f"left in TMPDIR: {tmp}")
    if trial.check:
        for key, values in trial.check(trial).items():
            findings[key].extend(values)
    return {"killed": killed, "findings": {k: v for k, v in findings.items() if v}}


def record(row: dict, i: int, outcome: dict, folder: Path, keep: bool, log) -> None:
    row["trials"] += 1
    row["killed"] += outcome["killed"]
    for key in COLUMNS[2:]:
        row[key] += bool(outcome["findings"].get(key))
    if outcome["findings"]:
        row["examples"].append({"trial": i, **outcome["findings"]})
        log(f"  {row['command']} trial {i}: {json.dumps(outcome['findings'], ensure_ascii=False)[:1500]}")
    elif not keep:
        discard(folder)


def _rows(home: Path) -> int:
    try:
        with _db(home) as conn:
            return conn.execute("SELECT count(*) FROM results").fetchone()[0]
    except sqlite3.Error:  # the loader has not made its first commit yet
        return 0


def audit_overlap(runs: int, work: Path, seed: int, results: int = 120, log=print) -> dict:
    """``tthc audit`` started while ``tthc load`` writes, ``runs`` times. Nobody broke the warehouse,
    so every finding is a false one; the audit after the load must be clean too."""
    from tthc_digitize.warehouse.service import init_warehouse
    from tthc_digitize.warehouse.synthetic import make_results

    rng = random.Random(seed)
    work.mkdir(parents=True, exist_ok=True)
    inputs = work / "inputs"
    make_results(inputs, results, seed=seed)
    empty = init_warehouse(work / "empty", AGENCY, AGENCY_CODE).root
    env = {**os.environ, "TTHC_WAREHOUSE_DURABLE": "0", "TTHC_WAREHOUSE_LOCK_WAIT": "60", "PYTHONPATH": str(ROOT / "src")}
    env.pop("TTHC_HOME", None)
    figures = {"runs": 0, "started_mid_load": 0, "ended_mid_load": 0, "false_findings": 0, "after_load_findings": 0,
               "examples": []}
    for i in range(runs):
        home = work / f"run{i:03d}"
        shutil.copytree(empty, home)
        loader = subprocess.Popen(tthc("load", str(inputs), "--home", str(home), "--json"), env=env, cwd=work,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        at_least = rng.randrange(1, results // 4)
        while loader.poll() is None and _rows(home) < at_least:
            time.sleep(0.005)
        time.sleep(rng.uniform(0, 0.1))
        started_mid = loader.poll() is None
        audited = run(tthc("audit", "--home", str(home), "--json"), env, work)
        ended_mid = loader.poll() is None
        _, stderr = loader.communicate(timeout=600)
        figures["runs"] += 1
        figures["started_mid_load"] += started_mid
        figures["ended_mid_load"] += ended_mid
        if loader.returncode != 0:
            raise SystemExit(f"load failed ({loader.returncode}): {stderr[-2000:]}")
        if audited.returncode != 0:
            figures["false_findings"] += 1
            figures["examples"].append({"run": i, "exit": audited.returncode, "report": audited.stdout[-2000:]})
            log(f"  audit during load, run {i}: exit {audited.returncode} {audited.stdout[-1500:]}")
        after = run(tthc("audit", "--home", str(home), "--json"), env, work)
        if after.returncode != 0:
            figures["after_load_findings"] += 1
            figures["examples"].append({"run": i, "after": True, "exit": after.returncode, "report": after.stdout[-2000:]})
        if not figures["examples"] or figures["examples"][-1]["run"] != i:
            shutil.rmtree(home, ignore_errors=True)
    log(f"audit overlapping load: {json.dumps({k: v for k, v in figures.items() if k != 'examples'})}")
    return figures


def table(rows: list[dict]) -> str:
    head = ["command", "run (s)", *COLUMNS]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for r in rows:
        lines.append("| " + " | ".join([f"`{r['command']}`", f"{r['seconds']:.1f}", *(str(r[c]) for c in COLUMNS)]) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--trials", type=int, default=100, help="trials per command")
    parser.add_argument("--commands", default=",".join(COMMANDS), help="comma-separated, from: " + ", ".join(COMMANDS))
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--work", type=Path, help="working folder (default: a new temporary one, removed after)")
    parser.add_argument("--keep", action="store_true", help="keep every trial folder (failing ones are always kept)")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON here")
    parser.add_argument("--audit-overlap", type=int, metavar="RUNS",
                        help="instead of kills: run tthc audit during tthc load RUNS times and count false findings")
    args = parser.parse_args(argv)
    if args.audit_overlap:
        work = args.work or Path(tempfile.mkdtemp(prefix="tthc-audit-overlap-"))
        figures = audit_overlap(args.audit_overlap, work, args.seed)
        if args.json:
            args.json.write_text(json.dumps(figures, ensure_ascii=False, indent=2))
        if not args.work and not figures["examples"]:
            shutil.rmtree(work, ignore_errors=True)
        return 1 if figures["false_findings"] or figures["after_load_findings"] else 0
    commands = [c.strip() for c in args.commands.split(",") if c.strip()]
    unknown = set(commands) - set(COMMANDS)
    if unknown:
        parser.error(f"unknown commands: {sorted(unknown)}")
    rows = chaos(commands, args.trials, args.seed, args.work, args.keep, args.json)
    return 1 if any(r[c] for r in rows for c in COLUMNS[2:]) else 0


def chaos(commands: list[str], trials: int | dict[str, int], seed: int, work: Path | None = None, keep: bool = False,
          out_json: Path | None = None, log=None, measure_runs: int = 2, scans: tuple[str, ...] = ()) -> list[dict]:
    """Run the trials; returns one row of figures per command. ``trials``: per command, or one
    number for all."""
    log = log or (lambda text: print(text, flush=True))
    rng = random.Random(seed)
    owned = work is None
    work = Path(tempfile.mkdtemp(prefix="tthc-chaos-")) if owned else work
    started = time.monotonic()
    prepared = prepare(work / "base", scans)
    log(f"prepared in {time.monotonic() - started:.0f} s: {work}")
    rows = []
    try:
        # measured first, then one trial of each command in turn: a run cut short still has
        # figures for every command (written to out_json after each trial)
        for command in commands:
            rows.append({"command": command, "seconds": round(measure(prepared, command, work / "trials", measure_runs), 2),
                         **{c: 0 for c in COLUMNS}, "examples": []})
        wanted = {c: trials[c] if isinstance(trials, dict) else trials for c in commands}
        for i in range(max(wanted.values(), default=0)):
            for row in rows:
                if i < wanted[row["command"]]:
                    folder = work / "trials" / f"{row['command']}-{i:03d}"
                    record(row, i, one_trial(prepared, row["command"], folder, row["seconds"], rng), folder, keep, log)
                    if out_json:
                        out_json.write_text(json.dumps(rows, ensure_ascii=False, indent=2))
            if (i + 1) % 10 == 0:
                log(f"{i + 1} rounds in {time.monotonic() - started:.0f} s")
        log(table(rows))
    finally:
        prepared.pki.stop()
        if owned and not any(r["examples"] for r in rows):
            shutil.rmtree(work, ignore_errors=True)
    return rows


if __name__ == "__main__":
    sys.exit(main())

"""Code lookups against `tthc serve` over loopback, side by side with `tthc verify --code`.

A fresh warehouse is made the way ``copy_issue.py`` makes one (one signed result matched to a one-line
master register, the demo PKI in-process) and ``--copies`` register e-copies are issued from it, one
of them revoked. Then `tthc serve --home … --rate 100000` runs as its own process (the real command,
uvicorn, one worker) and this process drives it:

- **open loop** at ``--rate`` lookups a second (default 100) for ``--seconds`` (default 10): request
  *i* is due at ``start + i/rate`` whatever happened to the earlier ones, each on an idle keep-alive
  connection (a new one when none is idle), and its latency runs from the time it was *due* to the
  last byte of the answer — a slow server is charged for the queue it builds (no coordinated omission);
  ``--new-connections`` opens a fresh connection for every lookup instead (many receivers, one scan each);
- **max throughput**: ``--concurrency`` (default 8) clients in a closed loop for ``--seconds``.

Lookups cycle over the issued codes; every tenth is a code the register does not hold (the server must
answer 404) and one code is the revoked copy (200, "not valid"). An error is a failed connection or any
other status. The baseline is what a receiver holding `tthc` would run instead: one
`tthc verify --code CODE --home …` process per lookup (``--cli-runs`` of them, one after the other).

The per-client limit (10 lookups a second by default) is lifted with ``--rate 100000`` — the
documented option — since all lookups come from 127.0.0.1.

    .venv/bin/python benchmarks/serve.py [--rate 100] [--seconds 10] [--concurrency 8] [--copies 10] [--json]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from datetime import timezone
from pathlib import Path

from copy_issue import HOLDER, issuing

from tthc_digitize import clock
from tthc_digitize.copies.code import new_code
from tthc_digitize.copies.issue import Requester, issue_copy
from tthc_digitize.copies.register import revoke_entry
from tthc_digitize.sign.pades import BatchSigner

ROOT = Path(__file__).resolve().parents[1]


def make_warehouse(tmp: Path, copies: int) -> tuple[Path, list[str], str]:
    """A warehouse with ``copies`` issued register e-copies: (home, codes still valid, revoked code)."""
    with issuing(tmp) as (wh, ref, key, roots, tsa_url):
        with BatchSigner(key, level="b-lt", tsa_url=tsa_url, trust_roots=roots) as signer:
            issued = [issue_copy(wh, ref, Requester(HOLDER, "Công ty TNHH Xanh"), signer, tmp / f"c{i}.pdf", roots)
                      for i in range(copies + 1)]
        revoke_entry(wh, "copies", issued[-1].number, issued[-1].year, "Cấp nhầm")
        home = wh.home.root
    return home, [c.code for c in issued[:-1]], issued[-1].code


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")])}


def start_server(home: Path, port: int) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-m", "tthc_digitize", "serve", "--home", str(home), "--port", str(port),
                             "--rate", "100000"], env=env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"tthc serve exited: {proc.stderr.read().decode()}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return proc
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise SystemExit("tthc serve did not start in 60 s")


class Client:
    """HTTP/1.1 GETs over keep-alive loopback connections: an idle one is reused, else one is opened."""

    def __init__(self, port: int, keep_alive: bool = True) -> None:
        self.port, self.keep_alive = port, keep_alive
        self.idle: list[tuple[asyncio.StreamReader, asyncio.StreamWriter]] = []
        self.opened = 0

    async def get(self, path: str) -> int:
        if self.idle:
            reader, writer = self.idle.pop()
        else:
            reader, writer = await asyncio.open_connection("127.0.0.1", self.port)
            self.opened += 1
        try:
            writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/html\r\n\r\n".encode())
            head = await reader.readuntil(b"\r\n\r\n")
            lines = head.decode("latin-1").split("\r\n")
            status = int(lines[0].split()[1])
            headers = {k.lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:] if line)}
            await reader.readexactly(int(headers["content-length"]))
        except BaseException:
            writer.close()
            raise
        if not self.keep_alive or headers.get("connection", "").lower() == "close":
            writer.close()
        else:
            self.idle.append((reader, writer))
        return status

    def close(self) -> None:
        for _, writer in self.idle:
            writer.close()


def lookups(codes: list[str], revoked: str):
    """Endless (path, expected status): the issued codes, the revoked one, an unknown code every tenth."""
    i = 0
    while True:
        i += 1
        if i % 10 == 0:
            yield f"/v/{new_code()}", 404
        elif i % 10 == 5:
            yield f"/v/{revoked}", 200
        else:
            yield f"/v/{codes[i % len(codes)]}", 200


async def _one(client: Client, path: str, expected: int, due: float, out: list, errors: list) -> None:
    try:
        status = await client.get(path)
    except (OSError, asyncio.IncompleteReadError, ValueError, KeyError) as exc:
        errors.append(type(exc).__name__)
        return
    if status != expected:
        errors.append(str(status))
        return
    out.append(time.monotonic() - due)


async def open_loop(port: int, codes: list[str], revoked: str, rate: float, seconds: float, keep_alive: bool) -> dict:
    client, latencies, errors, tasks = Client(port, keep_alive), [], [], []
    source = lookups(codes, revoked)
    n = int(rate * seconds)
    start = time.monotonic() + 0.2
    for i in range(n):
        due = start + i / rate
        delay = due - time.monotonic()
        if delay > 0:
            await asyncio.sleep(delay)
        path, expected = next(source)
        tasks.append(asyncio.create_task(_one(client, path, expected, due, latencies, errors)))
    await asyncio.gather(*tasks)
    wall = time.monotonic() - start
    client.close()
    return summary(latencies, errors, wall, n, connections=client.opened)


async def closed_loop(port: int, codes: list[str], revoked: str, concurrency: int, seconds: float) -> dict:
    client, latencies, errors = Client(port), [], []
    source = lookups(codes, revoked)
    start = time.monotonic()
    end = start + seconds
    sent = 0

    async def worker() -> None:
        nonlocal sent
        while time.monotonic() < end:
            path, expected = next(source)
            sent += 1
            await _one(client, path, expected, time.monotonic(), latencies, errors)

    await asyncio.gather(*(worker() for _ in range(concurrency)))
    wall = time.monotonic() - start
    client.close()
    return summary(latencies, errors, wall, sent, connections=client.opened)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered) + 0.5) - 1))]


def summary(latencies: list[float], errors: list, wall: float, sent: int, **extra) -> dict:
    ms = [x * 1000 for x in latencies]
    return {"sent": sent, "answered": len(ms), "errors": len(errors), "error_kinds": sorted(set(errors)),
            "wall_s": round(wall, 2), "per_s": round(len(ms) / wall, 1),
            **({"p50_ms": round(percentile(ms, 50), 2), "p95_ms": round(percentile(ms, 95), 2),
                "p99_ms": round(percentile(ms, 99), 2), "max_ms": round(max(ms), 2)} if ms else {}), **extra}


def cli_baseline(home: Path, code: str, runs: int) -> dict:
    times, errors = [], 0
    for _ in range(runs):
        started = time.monotonic()
        done = subprocess.run([sys.executable, "-m", "tthc_digitize", "verify", "--code", code, "--home", str(home)],
                              env=env(), capture_output=True)
        times.append(time.monotonic() - started)
        errors += done.returncode != 0
    return summary(times, ["exit"] * errors, sum(times), runs)


def machine() -> dict:
    model = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                  if line.startswith("model name")), "?")
    return {"nproc": os.cpu_count(), "cpu": model, "load_1min": round(os.getloadavg()[0], 2),
            "date_utc": clock.now().astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M")}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rate", type=float, default=100.0)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--copies", type=int, default=10)
    parser.add_argument("--cli-runs", type=int, default=10)
    parser.add_argument("--new-connections", action="store_true",
                        help="open loop: a new TCP connection per lookup, as many different receivers would")
    parser.add_argument("--home", type=Path, help="use this warehouse instead of making one (with --code, --revoked)")
    parser.add_argument("--code", action="append", default=[])
    parser.add_argument("--revoked")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp_name:
        if args.home:
            home, codes, revoked = args.home, args.code, args.revoked
        else:
            home, codes, revoked = make_warehouse(Path(tmp_name), args.copies)
        figures = {"machine": machine()}
        port = free_port()
        server = start_server(home, port)
        try:
            asyncio.run(closed_loop(port, codes, revoked, 2, 1.0))  # warm-up: imports, SQLite pages
            figures["open_loop"] = asyncio.run(open_loop(port, codes, revoked, args.rate, args.seconds,
                                                         not args.new_connections))
            figures["max_throughput"] = asyncio.run(closed_loop(port, codes, revoked, args.concurrency, args.seconds))
        finally:
            server.terminate()
            server.wait(10)
        figures["cli_verify_code"] = cli_baseline(home, codes[0], args.cli_runs)
    figures["open_loop"].update(rate=args.rate, keep_alive=not args.new_connections)
    figures["max_throughput"]["concurrency"] = args.concurrency
    if args.json:
        print(json.dumps(figures, ensure_ascii=False, indent=1))
        return
    m = figures["machine"]
    print(f"{m['date_utc']} UTC, nproc {m['nproc']}, {m['cpu']}, load {m['load_1min']}")
    print(f"{'':40s} {'lookups/s':>9s} {'p50 ms':>8s} {'p95 ms':>8s} {'p99 ms':>8s} {'max ms':>8s} {'errors':>6s}")
    mode = "new conn." if args.new_connections else "keep-alive"
    rows = [(f"serve, open {args.rate:g}/s x {args.seconds:g} s, {mode}", figures["open_loop"]),
            (f"serve, closed loop x{args.concurrency}", figures["max_throughput"]),
            ("tthc verify --code (one process)", figures["cli_verify_code"])]
    for name, f in rows:
        print(f"{name:40s} {f['per_s']:9.1f} {f['p50_ms']:8.1f} {f['p95_ms']:8.1f} {f['p99_ms']:8.1f} {f['max_ms']:8.1f} "
              f"{f['errors']:6d}")
    p95 = figures["open_loop"]["p95_ms"]
    print(f"bar: p95 < 50 ms at {args.rate:g} lookups/s -> {'met' if p95 < 50 and not figures['open_loop']['errors'] else 'NOT met'}")


if __name__ == "__main__":
    main()

"""Objects written per second: the local OCFL root (``file://``) beside a bucket on an S3 protocol server
on loopback (moto's ``moto_server``, its own process), through the object-store port.

Each object is one version of three files, as a loaded result is: a PDF (``--kb`` KB of random
bytes, incompressible like a scan), an XML record and a text layer. The local store runs durable
(fsync), as a warehouse does. moto is a Python test server that keeps bodies in memory: the figure is
the adapter's protocol cost (requests per version, checksums) plus moto's, not a cloud's.

    PYTHONPATH=src .venv/bin/python benchmarks/objects_s3.py [--objects 100] [--kb 365] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import boto3

from tthc_digitize.warehouse.home import Home
from tthc_digitize.warehouse.objects import open_object_store

CREDENTIALS = {"AWS_ACCESS_KEY_ID": "bench", "AWS_SECRET_ACCESS_KEY": "bench", "AWS_DEFAULT_REGION": "us-east-1"}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _write(url: str, home: Home, objects: int, kb: int) -> dict:
    store = open_object_store(url, home, durable=True)
    store.initialize()
    payloads = [(os.urandom(kb * 1024), f"<ket-qua so='{n}'/>".encode(), f"trang {n}".encode()) for n in range(objects)]
    started = time.perf_counter()
    for n, (pdf, xml, txt) in enumerate(payloads):
        store.write_version(f"000.00.00.G12/KQ/2026/{n:06d}", {"result.pdf": pdf, "result.xml": xml, "result.txt": txt},
                            message="load", user="bench")
    seconds = time.perf_counter() - started
    return {"objects": objects, "seconds": round(seconds, 2), "objects_per_s": round(objects / seconds, 1),
            "mb_per_s": round(objects * kb / 1024 / seconds, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--objects", type=int, default=100)
    parser.add_argument("--kb", type=int, default=365, help="PDF size per object (the sample mean is ~365 KB a page)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    os.environ.update(CREDENTIALS)
    port = _free_port()
    server = subprocess.Popen([str(Path(sys.executable).with_name("moto_server")), "-H", "127.0.0.1", "-p", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        endpoint = f"http://127.0.0.1:{port}"
        s3 = boto3.client("s3", endpoint_url=endpoint)
        for _ in range(100):
            try:
                s3.create_bucket(Bucket="bench-objects")
                break
            except Exception:  # not listening yet
                time.sleep(0.1)
        with tempfile.TemporaryDirectory(prefix="tthc-bench-") as work:
            home = Home(Path(work) / "home")
            results = {
                "file": _write((Path(work) / "objects").as_uri(), home, args.objects, args.kb),
                "s3_moto": _write(f"s3://bench-objects/kho?endpoint={endpoint}", home, args.objects, args.kb),
            }
    finally:
        server.terminate()
        server.wait()
    results["load_average"] = os.getloadavg()
    if args.json:
        print(json.dumps(results, indent=2))
        return
    for name in ("file", "s3_moto"):
        r = results[name]
        print(f"{name:8} {r['objects']} objects in {r['seconds']} s: {r['objects_per_s']} objects/s, {r['mb_per_s']} MB/s")
    print("load average", " ".join(f"{x:.2f}" for x in results["load_average"]))


if __name__ == "__main__":
    main()

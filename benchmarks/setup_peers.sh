#!/usr/bin/env bash
# The tools we compare against, installed for the benchmarks only (the pipeline never calls them):
# OCRmyPDF (with Ghostscript for its PDF/A output) and dinglehopper for character error rates
# (regex + rapidfuzz: the same CER computed a second way, as a cross-check and fallback).
# Idempotent: creates benchmarks/.peers once, then only installs what the ranges below lack.
set -euo pipefail
cd "$(dirname "$0")"
SUDO=$([ "$(id -u)" = 0 ] || echo sudo)
dpkg-query -W -f='${Status}' ghostscript 2>/dev/null | grep -q "install ok installed" \
  || { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq ghostscript; }
[ -x .peers/bin/python ] || python3 -m venv .peers
PEERS=('ocrmypdf>=17.13,<18' 'dinglehopper>=0.11,<0.12' 'regex>=2024.4' 'rapidfuzz>=3,<4')
if ! .peers/bin/python - "${PEERS[@]}" <<'EOF'
import sys
from importlib.metadata import PackageNotFoundError, version
from packaging.requirements import Requirement
for spec in sys.argv[1:]:
    req = Requirement(spec)
    try:
        if not req.specifier.contains(version(req.name), prereleases=True):
            sys.exit(1)
    except PackageNotFoundError:
        sys.exit(1)
EOF
then
  .peers/bin/python -m pip install -q "${PEERS[@]}"
fi
echo "OCRmyPDF $(.peers/bin/ocrmypdf --version), $(.peers/bin/pip list 2>/dev/null | grep -i '^dinglehopper ' | tr -s ' ')," \
  "Ghostscript $(gs --version)"

#!/usr/bin/env bash
# The tools we compare against, installed for the benchmarks only (the pipeline never calls them):
# OCRmyPDF (with Ghostscript for its PDF/A output) and dinglehopper for character error rates.
set -euo pipefail
cd "$(dirname "$0")"
SUDO=$([ "$(id -u)" = 0 ] || echo sudo)
dpkg-query -W -f='${Status}' ghostscript 2>/dev/null | grep -q "install ok installed" \
  || { $SUDO apt-get update -qq && $SUDO apt-get install -y -qq ghostscript; }
if [ ! -x .peers/bin/ocrmypdf ] || [ ! -x .peers/bin/dinglehopper ]; then
  python3 -m venv .peers
  .peers/bin/pip install -q 'ocrmypdf>=16,<18' 'dinglehopper>=0.9,<1'
fi
.peers/bin/ocrmypdf --version

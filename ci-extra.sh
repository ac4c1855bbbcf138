#!/usr/bin/env bash
# Extra CI installs for the reports' tests (called by .ci/run after scripts/install.sh).
# - Chromium from Debian's packages for tests/test_browser.py (Playwright drives it; we never
#   run `playwright install`, which would download a browser).
# - The Python test deps (also in the dev extra): Flask, Playwright, nbclient, ipykernel.
# Every step is best effort: without Chromium or Playwright the browser tests skip.
set -uo pipefail
cd "$(dirname "$0")"
if ! command -v chromium >/dev/null 2>&1; then
    if command -v apt-get >/dev/null 2>&1; then
        SUDO=""; [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1 && SUDO="sudo"
        $SUDO apt-get update -qq && $SUDO apt-get install -y -qq chromium >/dev/null \
            || echo "ci-extra: could not install chromium; the browser tests will skip" >&2
    fi
fi
if [ -f .venv/bin/activate ]; then . .venv/bin/activate; fi
python -m pip install --quiet "flask>=3" playwright nbclient nbformat ipykernel \
    || echo "ci-extra: could not install the Python test deps; their tests will skip" >&2
exit 0

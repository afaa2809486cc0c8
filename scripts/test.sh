#!/usr/bin/env bash
# The README's second command: installs dependencies, builds, and runs every test
# (unit tests, end-to-end tests of the binary, the extraction-quality ratchet, browser tests).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --with-browser
scripts/build.sh
cd "${BUILD_DIR:-build}"
ctest --output-on-failure -j 2 --timeout 900

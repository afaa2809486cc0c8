#!/usr/bin/env bash
# Raises quality/levels.json to the scores the current build reaches (never lowers a level).
set -euo pipefail
cd "$(dirname "$0")/.."
B="${BUILD_DIR:-build}"
bash tests/e2e/quality.sh "$B/tradewatch" "$B" >/dev/null || true
python3 quality/check.py quality/levels.json seeds "$B/quality/seeds.score.json" --raise
python3 quality/check.py quality/levels.json dev "$B/quality/dev.score.json" --raise

#!/usr/bin/env bash
# Extraction-quality ratchet: scores `extract` on the sample feed and the dev feed against their
# gold and fails when any field drops below the level landed in quality/levels.json.
set -euo pipefail
TW="$1"; BUILD="$2"
SCORE=../shared/tools/score.py
[ -f "$SCORE" ] || { echo "quality: $SCORE not found (the shared/ folder beside the checkout)"; exit 1; }
out="$BUILD/quality"; mkdir -p "$out"
"$TW" extract samples/seeds/*.txt > "$out/seeds.jsonl"
"$TW" extract tests/fixtures/dev/releases.txt > "$out/dev.jsonl"
python3 "$SCORE" --check "$out/seeds.jsonl" | tail -n 1 | grep -qx "0 problems" || { python3 "$SCORE" --check "$out/seeds.jsonl" | tail -20; exit 1; }
python3 "$SCORE" --check "$out/dev.jsonl" | tail -n 1 | grep -qx "0 problems" || { python3 "$SCORE" --check "$out/dev.jsonl" | tail -20; exit 1; }
python3 "$SCORE" --gold tests/fixtures/seeds.gold.jsonl --pred "$out/seeds.jsonl" --json > "$out/seeds.score.json"
python3 "$SCORE" --gold tests/fixtures/dev.gold.jsonl --pred "$out/dev.jsonl" --json > "$out/dev.score.json"
python3 "$SCORE" --gold tests/fixtures/seeds.gold.jsonl --pred "$out/seeds.jsonl"
python3 "$SCORE" --gold tests/fixtures/dev.gold.jsonl --pred "$out/dev.jsonl"
rc=0
python3 quality/check.py quality/levels.json seeds "$out/seeds.score.json" || rc=1
python3 quality/check.py quality/levels.json dev "$out/dev.score.json" || rc=1
exit $rc

#!/usr/bin/env bash
# Robustness on text no rule was written for: 1,500 generated releases (every country name of
# iso-codes, random dates, numbers and people in the sample's sentences) must extract without a
# crash, with every span exact and every value in the spec, and 1 and 2 threads must agree.
set -euo pipefail
TW="$1"; BUILD="$2"
GEN="$BUILD/tw_gen"
[ -x "$GEN" ] || { echo "extract_generated: $GEN not built (TW_BUILD_BENCH=OFF?)"; exit 1; }
out="$BUILD/e2e-generated"; mkdir -p "$out"
"$GEN" -n 1500 --seed 7 -o "$out/feed.txt"
"$TW" extract --threads 1 "$out/feed.txt" > "$out/one.jsonl"
"$TW" extract --threads 2 "$out/feed.txt" > "$out/two.jsonl"
[ "$(wc -l < "$out/one.jsonl")" -eq 1500 ] || { echo "expected 1500 records"; exit 1; }
cmp -s "$out/one.jsonl" "$out/two.jsonl" || { echo "1 and 2 threads differ"; exit 1; }
if [ -f ../shared/tools/score.py ]; then
  python3 ../shared/tools/score.py --check "$out/one.jsonl" > "$out/check.txt" || { tail -20 "$out/check.txt"; exit 1; }
fi
echo "extract_generated: ok"

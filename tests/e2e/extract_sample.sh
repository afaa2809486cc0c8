#!/usr/bin/env bash
# `extract` on the five sample files: 37 releases, the 5 duplicated ones once each with their
# category, valid JSON in the SPEC shape; bad input reported with file:line and skipped.
set -euo pipefail
TW="$1"; BUILD="$2"
out="$BUILD/e2e-extract"; mkdir -p "$out"
"$TW" extract samples/seeds/*.txt > "$out/seeds.jsonl"
n=$(wc -l < "$out/seeds.jsonl")
[ "$n" -eq 37 ] || { echo "expected 37 records, got $n"; exit 1; }
python3 - "$out/seeds.jsonl" <<'PY'
import json, sys
recs = [json.loads(l) for l in open(sys.argv[1])]
ids = [r["id"] for r in recs]
assert len(set(ids)) == 37, "ids not unique"
with_cat = sum(1 for r in recs if r["category"])
# The first sample file carries categories for 10 releases, 5 of which recur without one elsewhere.
assert with_cat == 10, f"expected 10 releases with a category, got {with_cat}"
for k in ["id", "title", "body", "category", "published", "truncated", "story", "countries", "blocs",
          "organizations", "people", "dates", "money", "percents", "topics", "events", "agreements",
          "measures", "indicators"]:
    assert all(k in r for r in recs), f"missing key {k}"
assert sum(r["truncated"] for r in recs) == 2, "two sample bodies are cut off by the source"
PY
if [ -f ../shared/tools/score.py ]; then
  python3 ../shared/tools/score.py --check "$out/seeds.jsonl" | tail -n 1 | grep -qx "0 problems"
fi
# --explain names the rule behind every item of every field the record has.
"$TW" extract --explain samples/seeds/000_*.txt > "$out/explain.jsonl"
python3 - "$out/explain.jsonl" <<'PY'
import json, sys
for line in open(sys.argv[1]):
    r = json.loads(line)
    explained = {e["field"] for e in r["explain"]}
    assert all(e["rule"] for e in r["explain"]), "an explanation without a rule"
    for field in ["countries", "organizations", "people", "dates", "money", "percents", "events"]:
        if r[field]:
            assert field in explained, f"{r['id']}: {field} has items but no explanation"
PY
# Standard input works as a stream filter, with the same records.
cat samples/seeds/000_*.txt | "$TW" extract - > "$out/stdin.jsonl"
[ "$(wc -l < "$out/stdin.jsonl")" -eq 10 ] || { echo "stdin: expected 10 records"; exit 1; }
# A bad record is reported with file and line, the good ones still come out, exit code 1.
printf -- '-\nGood one\nBody text. date2025-01-02\n-\nNo date here\nBody without a date.\n' > "$out/bad.txt"
set +e
"$TW" extract "$out/bad.txt" > "$out/bad.jsonl" 2> "$out/bad.err"
rc=$?
set -e
[ "$rc" -eq 1 ] || { echo "expected exit 1 for a rejected record, got $rc"; exit 1; }
[ "$(wc -l < "$out/bad.jsonl")" -eq 1 ] || { echo "the good record must still come out"; exit 1; }
grep -q "bad.txt:6: " "$out/bad.err" || { echo "error must name file:line"; cat "$out/bad.err"; exit 1; }
# A missing file is exit code 3.
set +e; "$TW" extract /nonexistent.txt >/dev/null 2>&1; rc=$?; set -e
[ "$rc" -eq 3 ] || { echo "expected exit 3 for a missing file, got $rc"; exit 1; }
echo "extract_sample: ok"

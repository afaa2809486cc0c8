#!/usr/bin/env bash
# Ingest of the sample feed: 42 records are 37 releases (5 appear in two files, once with a
# category and once without); categories are kept; a second ingest adds nothing; a category
# missing at first is filled in by a later copy (merged).
set -uo pipefail
TW="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
FAILED=0
fail() { echo "FAIL: $*"; FAILED=1; }
json_field() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }

DB="$TMP/t.db"
out="$("$TW" ingest samples/seeds/*.txt --db "$DB" 2>"$TMP/err")"; rc=$?
[ "$rc" -eq 0 ] || fail "first ingest exit $rc: $(cat "$TMP/err")"
[ "$out" = "read 42, new 37, merged duplicates 0, unchanged 5, rejected 0" ] ||
  [ "$out" = "read 42, new 37, merged duplicates 5, unchanged 0, rejected 0" ] ||
  echo "$out" | grep -Eq '^read 42, new 37, merged duplicates [0-5], unchanged [0-5], rejected 0$' ||
  fail "first ingest summary: $out"
stats="$("$TW" stats --json --db "$DB")" || fail "stats failed"
[ "$(echo "$stats" | json_field '["releases"]')" = 37 ] || fail "expected 37 releases: $stats"

# Categories: the same number of releases carry one as in `extract` (which merges copies).
want="$("$TW" extract samples/seeds/*.txt 2>/dev/null | python3 -c '
import json,sys; print(sum(1 for l in sys.stdin if json.loads(l)["category"] is not None))')"
have="$(echo "$stats" | python3 -c '
import json,sys; print(sum(c["releases"] for c in json.load(sys.stdin)["categories"] if c["category"] is not None))')"
[ "$want" -gt 0 ] && [ "$want" = "$have" ] || fail "releases with a category: want $want, have $have"

out="$("$TW" ingest samples/seeds/*.txt --db "$DB" 2>/dev/null)"; rc=$?
[ "$rc" -eq 0 ] || fail "second ingest exit $rc"
[ "$out" = "read 42, new 0, merged duplicates 0, unchanged 42, rejected 0" ] || fail "second ingest summary: $out"
[ "$("$TW" stats --json --db "$DB" | json_field '["releases"]')" = 37 ] || fail "second ingest changed the count"

# Without categories first, then with: every categorized release is merged, none duplicated.
mkdir -p "$TMP/nocat"
for f in samples/seeds/*.txt; do
  python3 - "$f" "$TMP/nocat/$(basename "$f")" <<'PY'
import sys
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
out, i = [], 0
while i < len(lines):
    out.append(lines[i])
    # A record is "-", [category], title, body: drop the category when there are three lines.
    if lines[i] == "-":
        j = i + 1
        while j < len(lines) and lines[j] != "-": j += 1
        rec = [l for l in lines[i+1:j] if l.strip()]
        out.extend(rec[1:] if len(rec) == 3 else rec)
        i = j
        continue
    i += 1
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out))
PY
done
DB2="$TMP/m.db"
out="$("$TW" ingest "$TMP"/nocat/*.txt --db "$DB2" 2>/dev/null)" || fail "ingest without categories failed"
echo "$out" | grep -q "new 37," || fail "ingest without categories: $out"
cats="$("$TW" stats --json --db "$DB2" | python3 -c '
import json,sys; print(sum(c["releases"] for c in json.load(sys.stdin)["categories"] if c["category"] is not None))')"
[ "$cats" = 0 ] || fail "stripped feed still has $cats categorized releases"
out="$("$TW" ingest samples/seeds/*.txt --db "$DB2" 2>/dev/null)"
[ "$out" = "read 42, new 0, merged duplicates $want, unchanged $((42 - want)), rejected 0" ] ||
  fail "merge ingest summary: $out (want merged $want)"
have2="$("$TW" stats --json --db "$DB2" | python3 -c '
import json,sys; s=json.load(sys.stdin); print(s["releases"], sum(c["releases"] for c in s["categories"] if c["category"] is not None))')"
[ "$have2" = "37 $want" ] || fail "after merge: releases/categorized = $have2, want 37 $want"

# A bad record is reported as file:line and skipped; the rest lands; exit code 1.
printf -- '-\nGood Title\nGood body text. date2025-01-02\n-\nNo Date Title\nBody without a date marker\n-\nAnother Good One\nMore text. date2025-01-03\n' > "$TMP/bad.txt"
out="$("$TW" ingest "$TMP/bad.txt" --db "$TMP/b.db" 2>"$TMP/err")"; rc=$?
[ "$rc" -eq 1 ] || fail "ingest with a bad record: exit $rc, want 1"
grep -q "bad.txt:[0-9]*: " "$TMP/err" || fail "bad record not reported as file:line: $(cat "$TMP/err")"
[ "$out" = "read 2, new 2, merged duplicates 0, unchanged 0, rejected 1" ] || fail "bad-record summary: $out"
"$TW" ingest "$TMP/missing.txt" --db "$TMP/b.db" >/dev/null 2>&1; rc=$?
[ "$rc" -eq 3 ] || fail "missing input file: exit $rc, want 3"

# TRADEWATCH_DB is the default database.
(cd "$TMP" && TRADEWATCH_DB="$TMP/env.db" "$TW" ingest "$TMP/bad.txt" >/dev/null 2>&1)
[ -f "$TMP/env.db" ] || fail "TRADEWATCH_DB not used"
[ ! -f "$TMP/tradewatch.db" ] || fail "./tradewatch.db created although TRADEWATCH_DB was set"

[ "$FAILED" -eq 0 ] && echo "ingest_samples: ok"
exit "$FAILED"

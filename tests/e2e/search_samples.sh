#!/usr/bin/env bash
# Search and the read commands on the sample feed: ranking, phrase + exclusion checked against a
# plain scan of the text, query errors, show, listings, exit codes.
set -uo pipefail
TW="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
FAILED=0
fail() { echo "FAIL: $*"; FAILED=1; }
export TRADEWATCH_DB="$TMP/t.db"
"$TW" ingest samples/seeds/*.txt >/dev/null 2>&1 || { echo "FAIL: ingest"; exit 1; }
"$TW" extract samples/seeds/*.txt > "$TMP/records.jsonl" 2>/dev/null

# 'steel TRQ': the Canada steel-TRQ release ranks first, and every hit with both words in the
# title comes before any hit without.
"$TW" search 'steel TRQ' --json > "$TMP/steel.jsonl" || fail "search steel TRQ exit $?"
python3 - "$TMP/steel.jsonl" <<'PY' || FAILED=1
import json, sys
hits = [json.loads(l) for l in open(sys.argv[1])]
for h in hits:
    for k in ("id", "title", "published", "score", "snippet"):
        assert k in h, f"FAIL: hit lacks {k}: {h}"
if not hits:
    print("FAIL: steel TRQ: no hits"); sys.exit(1)
t = hits[0]["title"]
if not ("Canada" in t and "TRQ" in t):
    print("FAIL: steel TRQ: first hit is", t); sys.exit(1)
both = [("TRQ" in h["title"] and "Steel" in h["title"]) for h in hits]
if both != sorted(both, reverse=True):
    print("FAIL: steel TRQ: title matches not first:", [h["title"] for h in hits]); sys.exit(1)
if [h["score"] for h in hits] != sorted((h["score"] for h in hits), reverse=True):
    print("FAIL: scores not descending"); sys.exit(1)
PY

# '"critical minerals" -Japan' against a scan of the records: no hit mentions Japan, and every
# release with the phrase and without Japan is found.
"$TW" search '"critical minerals" -Japan' --json --limit 1000 > "$TMP/cm.jsonl" || fail "search critical minerals exit $?"
python3 - "$TMP/cm.jsonl" "$TMP/records.jsonl" <<'PY' || FAILED=1
import json, re, sys
hits = {json.loads(l)["id"] for l in open(sys.argv[1])}
recs = {r["id"]: r for r in map(json.loads, open(sys.argv[2]))}
japan = re.compile(r"\bjapan\b", re.I)
phrase = re.compile(r"\bcritical minerals?\b", re.I)
bad = [i for i in hits if japan.search(recs[i]["title"] + " " + recs[i]["body"])]
if bad:
    print("FAIL: hits mention Japan:", bad); sys.exit(1)
want = {i for i, r in recs.items() if phrase.search(r["title"] + " " + r["body"]) and not japan.search(r["title"] + " " + r["body"])}
if not want or want != hits:
    print("FAIL: critical minerals -Japan: missing", want - hits, "extra", hits - want); sys.exit(1)
excluded = {i for i, r in recs.items() if phrase.search(r["title"] + " " + r["body"]) and japan.search(r["title"] + " " + r["body"])}
if not excluded:
    print("FAIL: the sample has no Japan release to exclude; the check proves nothing"); sys.exit(1)
PY

# Human output marks matches with [brackets] when not on a terminal.
human="$("$TW" search 'steel TRQ')"
grep -q '\[steel\]\|\[TRQ\]' <<< "$human" || fail "no [bracketed] matches in human output"

# Malformed queries: a clear message and exit 2, never an SQLite error.
for q in '"critical minerals' 'steel OR' '-Japan' 'NOT' ''; do
  "$TW" search "$q" > /dev/null 2> "$TMP/err"; rc=$?
  [ "$rc" -eq 2 ] || { [ -z "$q" ] && [ "$rc" -eq 0 ]; } || fail "query [$q]: exit $rc, want 2"
  grep -qi "fts5\|sqlite\|syntax error" "$TMP/err" && fail "query [$q] leaked an SQLite message: $(cat "$TMP/err")"
done
msg="$("$TW" search '"critical minerals' 2>&1)"
echo "$msg" | grep -q "unbalanced quote" || fail "no 'unbalanced quote' message: $msg"
"$TW" search -- '-Japan' >/dev/null 2>&1; rc=$?
[ "$rc" -eq 2 ] || fail "query of only exclusions after --: exit $rc, want 2"

# Date filter.
# A date that is not one: exit 2 with a message naming the option, for every listing.
for args in "search Korea --from 2025-13" "facts events --to 2025/12/01" "timeline --country KR --from yesterday" "entities country --to 2025-12-32"; do
  # shellcheck disable=SC2086
  "$TW" $args > /dev/null 2> "$TMP/err"; rc=$?
  [ "$rc" -eq 2 ] || fail "$args: exit $rc, want 2"
  grep -q "is not a date" "$TMP/err" || fail "$args: no message saying the date is wrong"
done
"$TW" search 'Korea' --from 2025-12 --json --limit 1000 | python3 -c '
import json,sys
d=[json.loads(l)["published"] for l in sys.stdin]
sys.exit(0 if d and min(d) >= "2025-12" else 1)' || fail "--from 2025-12 returned older releases"

# show: text, and facts with their sentence; unknown id exits 6.
id="$(head -1 "$TMP/steel.jsonl" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')"
shown="$("$TW" show "$id")"
grep -q "Steel TRQ" <<< "$shown" || fail "show $id lacks the title"
"$TW" show "$id" --json | python3 -c '
import json,sys
r=json.load(sys.stdin)
assert r["id"]=="'"$id"'" and r["body"], "FAIL: show --json"
for k in ("events","agreements","measures","indicators"):
    for f in r[k]:
        assert f.get("sentence"), f"FAIL: {k} item without sentence: {f}"
' || fail "show --json"
"$TW" show r-0000000000000000 >/dev/null 2>&1; rc=$?
[ "$rc" -eq 6 ] || fail "show unknown id: exit $rc, want 6"

# Listings run and speak JSON Lines / CSV.
for cmd in events agreements measures indicators stories; do
  "$TW" $cmd --json --limit 5 > "$TMP/l.jsonl" || fail "$cmd --json exit $?"
  python3 -c 'import json,sys; [json.loads(l) for l in open(sys.argv[1])]' "$TMP/l.jsonl" || fail "$cmd --json not JSON Lines"
  "$TW" $cmd --csv > "$TMP/l.csv" || fail "$cmd --csv exit $?"
  head -1 "$TMP/l.csv" | grep -q "," || fail "$cmd --csv has no header"
  "$TW" $cmd --json --csv >/dev/null 2>&1 && fail "$cmd accepted --json with --csv"
done
[ "$("$TW" stories --json --limit 1000 | wc -l)" -gt 0 ] || fail "no stories"
"$TW" entities --json >/dev/null || fail "entities exit $?"
"$TW" timeline >/dev/null 2>&1; rc=$?
[ "$rc" -eq 2 ] || fail "timeline without subject: exit $rc, want 2"
"$TW" timeline --country KR --json >/dev/null || fail "timeline --country KR exit $?"
stats="$("$TW" stats)"
grep -q "releases    37" <<< "$stats" || fail "stats human output"

# A missing database is an error (exit 4), not an empty result, and is not created.
"$TW" search steel --db "$TMP/none.db" >/dev/null 2>&1; rc=$?
[ "$rc" -eq 4 ] || fail "search on a missing database: exit $rc, want 4"
[ ! -e "$TMP/none.db" ] || fail "search created a database"

[ "$FAILED" -eq 0 ] && echo "search_samples: ok"
exit "$FAILED"

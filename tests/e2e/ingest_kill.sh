#!/usr/bin/env bash
# Crash safety: SIGKILL an ingest mid-way. The database must open, pass integrity checks, hold
# only whole batches (every generated release is distinct, so the count is a multiple of the
# batch size), and a second ingest must complete the job.
set -uo pipefail
TW="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
TMP="$(mktemp -d)"
PID=""
trap '[ -n "$PID" ] && kill -9 "$PID" 2>/dev/null; rm -rf "$TMP"' EXIT
FAILED=0
fail() { echo "FAIL: $*"; FAILED=1; }
N=10000
BATCH=200
DB="$TMP/k.db"

python3 - "$N" > "$TMP/big.txt" <<'PY'
import random, sys
n = int(sys.argv[1]); rnd = random.Random(7)
words = ("steel quota tariff Korea Canada minerals exports semiconductor batteries cooperation ministry "
         "forum agreement supply chain investment trade partners energy").split()
w = sys.stdout.write
for i in range(n):
    w("-\n")
    if i % 3 == 0: w("FTA/Economic Cooperation\n")
    w(f"Release {i} on {rnd.choice(words)} and {rnd.choice(words)}\n")
    body = " ".join(rnd.choice(words) for _ in range(80))
    w(f"The Ministry said on Monday that {body}. date{2000 + i % 25}-{1 + i % 12:02d}-{1 + i % 28:02d}\n")
PY

count() { "$TW" stats --json --db "$DB" 2>/dev/null | python3 -c 'import json,sys; print(json.load(sys.stdin)["releases"])' 2>/dev/null || echo 0; }

# The first ingest reads standard input from a feeder that paces the records (about 2,000 a
# second, slower than ingest runs), so the process is still alive and writing when the poll
# below sees the first batches land, however fast the machine is.
python3 - "$TMP/big.txt" <<'PY' | "$TW" ingest - --db "$DB" --batch "$BATCH" --threads 1 > "$TMP/out1" 2> "$TMP/err1" &
import sys, time
records = open(sys.argv[1]).read().split("-\n")[1:]
try:
    for i in range(0, len(records), 100):
        sys.stdout.write("".join("-\n" + r for r in records[i:i + 100]))
        sys.stdout.flush()
        time.sleep(0.05)
except BrokenPipeError:
    pass
PY
PID=$!
# Wait until a few batches are committed, then kill without warning.
for _ in $(seq 1 600); do
  c="$(count)"
  [ "$c" -ge $((2 * BATCH)) ] && break
  kill -0 "$PID" 2>/dev/null || break
  sleep 0.1
done
if ! kill -0 "$PID" 2>/dev/null; then
  echo "FAIL: ingest finished (or died) before it could be killed: $(cat "$TMP/out1" "$TMP/err1")"
  exit 1
fi
kill -9 "$PID"
wait "$PID" 2>/dev/null
PID=""

python3 - "$DB" <<'PY' || FAILED=1
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
ok = db.execute("PRAGMA integrity_check").fetchone()[0]
if ok != "ok":
    print("FAIL: integrity_check:", ok); sys.exit(1)
try:
    db.execute("INSERT INTO releases_fts(releases_fts) VALUES('integrity-check')")
except sqlite3.DatabaseError as e:
    print("FAIL: FTS index inconsistent:", e); sys.exit(1)
releases = db.execute("SELECT count(*) FROM releases").fetchone()[0]
indexed = db.execute("SELECT count(*) FROM releases_fts WHERE releases_fts MATCH 'ministry'").fetchone()[0]
if indexed != releases:
    print(f"FAIL: {releases} releases but {indexed} in the full-text index"); sys.exit(1)
PY
c="$(count)"
echo "killed with $c releases committed"
[ "$c" -gt 0 ] && [ "$c" -lt "$N" ] || fail "count after kill: $c"
[ $((c % BATCH)) -eq 0 ] || fail "count after kill ($c) is not a multiple of the batch size $BATCH"

out="$("$TW" ingest "$TMP/big.txt" --db "$DB" --batch "$BATCH" 2>"$TMP/err2")"; rc=$?
[ "$rc" -eq 0 ] || fail "re-ingest exit $rc: $(cat "$TMP/err2")"
[ "$out" = "read $N, new $((N - c)), merged duplicates 0, unchanged $c, rejected 0" ] || fail "re-ingest summary: $out"
[ "$(count)" = "$N" ] || fail "after re-ingest: $(count) releases, want $N"

[ "$FAILED" -eq 0 ] && echo "ingest_kill: ok"
exit "$FAILED"

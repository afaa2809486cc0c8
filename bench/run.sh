#!/usr/bin/env bash
# End-to-end benchmark: generates corpora, times `extract` (1 and 2 threads) and `ingest`,
# measures database size, search latency and peak memory, runs the npm peers on the same text,
# and prints one Markdown table.
#
#   bench/run.sh                                  # SIZES="10000 100000 1000000"
#   SIZES="10000" PEER_RELEASES=100 bench/run.sh  # a quick run
#
# Environment: SIZES, BUILD_DIR (build), OUT (/tmp/tw-bench-$USER: corpora and databases),
# SEED (1), PEER_RELEASES (2000; compromise, which is slow, gets PEER_SLOW_RELEASES: 200),
# PEERS (1: 0 skips them),
# SHARED (../shared: gold and scorer), KEEP (0: 1 keeps the databases), EXTRACT_MAX and
# FLOOR_MAX (100000: larger corpora only ingest), INGEST_TIMEOUT (1200 s: a run cut short
# reports the whole batches it stored in that time).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
BUILD=${BUILD_DIR:-build}
OUT=${OUT:-/tmp/tw-bench-${USER:-bench}}
SIZES=${SIZES:-"10000 100000 1000000"}
SEED=${SEED:-1}
PEER_RELEASES=${PEER_RELEASES:-2000}
PEER_SLOW_RELEASES=${PEER_SLOW_RELEASES:-200}
PEERS=${PEERS:-1}
SHARED=${SHARED:-../shared}
KEEP=${KEEP:-0}
EXTRACT_MAX=${EXTRACT_MAX:-100000}
FLOOR_MAX=${FLOOR_MAX:-100000}
INGEST_TIMEOUT=${INGEST_TIMEOUT:-1200}
TW=$BUILD/tradewatch
mkdir -p "$OUT"
ROWS=$OUT/rows.md
: > "$ROWS"
row() { echo "| $* |" >> "$ROWS"; echo "| $* |" >&2; }

for bin in "$TW" "$BUILD/tw_gen" "$BUILD/tw_fts_floor"; do
  [ -x "$bin" ] || { echo "missing $bin: build first (cmake ... -DTW_BUILD_BENCH=ON && ninja)" >&2; exit 1; }
done
have_ingest=0
"$TW" --help 2>/dev/null | grep -qE "^ +ingest( |$)" && have_ingest=1

# wall seconds, user CPU seconds and peak RSS (KiB) of a command, from GNU time; its output goes to $1.
timed() {
  local out=$1; shift
  /usr/bin/time -f "%e %U %M" -o "$OUT/time.txt" "$@" > "$out" 2> "$OUT/stderr.txt" || true
  cat "$OUT/time.txt" | tail -1
}
fmt1() { python3 -c "import sys; print(f'{float(sys.argv[1]):,.${2:-1}f}')" "$1"; }
div() { python3 -c "import sys; a,b=float(sys.argv[1]),float(sys.argv[2]); print(a/b if b else 0)" "$1" "$2"; }

echo "commit $(git rev-parse --short HEAD) on $(nproc) cores: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)" >&2
row "measure | releases | value | note"
row "--- | ---: | ---: | ---"

largest_db=""
largest_n=0
for N in $SIZES; do
  corpus=$OUT/corpus-$SEED-$N.txt
  [ -s "$corpus" ] || "$BUILD/tw_gen" -n "$N" --seed "$SEED" -o "$corpus" 2>/dev/null
  bytes=$(stat -c %s "$corpus")
  if [ "$N" -le "$EXTRACT_MAX" ]; then
    for T in 1 2; do
      read -r secs cpu rss < <(timed /dev/null "$TW" extract --threads "$T" "$corpus")
      row "extract, $T thread(s) | $N | $(fmt1 "$(div "$bytes" "$(python3 -c "print($secs*1e6)")")") MB/s, $(fmt1 "$(div "$N" "$secs")" 0) rel/s | ${secs}s wall, $(fmt1 "$(div "$bytes" "$(python3 -c "print($cpu*1e6)")")") MB per CPU-second, peak RSS $((rss / 1024)) MB"
    done
  fi
  if [ "$N" -le "$FLOOR_MAX" ]; then
    read -r secs cpu rss < <(timed /dev/null "$BUILD/tw_fts_floor" "$OUT/floor-$N.db" "$corpus")
    row "FTS5 alone (floor), 1 thread | $N | $(fmt1 "$(div "$N" "$secs")" 0) rel/s | ${secs}s, $(($(stat -c %s "$OUT/floor-$N.db") / N)) bytes/release"
    rm -f "$OUT/floor-$N.db"*
  fi
  if [ "$have_ingest" = 1 ]; then
    db=$OUT/db-$N.db
    rm -f "$db" "$db"-wal "$db"-shm
    read -r secs cpu rss < <(timed /dev/null timeout "$INGEST_TIMEOUT" "$TW" --db "$db" ingest --threads 2 "$corpus")
    stored=$(sqlite3 "$db" "SELECT count(*) FROM releases" 2>/dev/null || echo 0)
    [ "${stored:-0}" -gt 0 ] || stored=1
    note=""
    [ "$stored" -lt "$N" ] && note=" (stopped after ${INGEST_TIMEOUT}s: $stored stored)"
    row "ingest (FTS + facts), 2 threads | $N | $(fmt1 "$(div "$stored" "$secs")" 0) rel/s | ${secs}s wall, ${cpu}s CPU, peak RSS $((rss / 1024)) MB$note"
    dbbytes=$(( $(stat -c %s "$db") + $( [ -f "$db-wal" ] && stat -c %s "$db-wal" || echo 0) ))
    row "database size | $stored | $((dbbytes / stored)) bytes/release | $((dbbytes / 1048576)) MB total"
    if [ "$N" -ge "$largest_n" ]; then
      [ -n "$largest_db" ] && [ "$KEEP" != 1 ] && rm -f "$largest_db"*
      largest_db=$db
      largest_n=$N
    elif [ "$KEEP" != 1 ]; then
      rm -f "$db"*
    fi
  fi
done

if [ -n "$largest_db" ] && [ -x "$BUILD/tw_search_probe" ]; then
  "$BUILD/tw_search_probe" "$largest_db" > "$OUT/search.txt"
  while IFS=$'\t' read -r what value; do
    row "search $what | $largest_n | $value |"
  done < "$OUT/search.txt"
fi
if [ -n "$largest_db" ] && [ "$KEEP" != 1 ]; then rm -f "$largest_db"*; fi

if [ "$PEERS" = 1 ] && [ -d bench/peers/node_modules ]; then
  # The same text for everyone: the first PEER_RELEASES releases of the first corpus (the first
  # PEER_SLOW_RELEASES of them for compromise, which is slow). Rates leave start-up out on both
  # sides: the peers time themselves after loading their models; tradewatch's start-up (loading
  # data/ and iso-codes, done at the first release) is timed on a one-release input and taken off.
  first=$(echo "$SIZES" | awk '{print $1}')
  sample=$OUT/peer-sample.txt
  awk -v n="$PEER_RELEASES" '$0 == "-" { c++ } c <= n' "$OUT/corpus-$SEED-$first.txt" > "$sample"
  awk '$0 == "-" { c++ } c <= 1' "$sample" > "$OUT/one.txt"
  best() {  # the fastest of three wall times of a command
    local b=""
    for _ in 1 2 3; do
      read -r s _ < <(timed /dev/null "$@")
      b=$(python3 -c "import sys; a=[float(x) for x in sys.argv[1:] if x]; print(min(a))" "$s" $b)
    done
    echo "$b"
  }
  start=$(best "$TW" extract --threads 1 "$OUT/one.txt")
  ours=$(best "$TW" extract --threads 1 "$sample")
  ours_rate=$(div "$((PEER_RELEASES - 1))" "$(python3 -c "print(max($ours - $start, 1e-3))")")
  row "tradewatch extract, 1 thread | $PEER_RELEASES | $(fmt1 "$ours_rate" 0) rel/s | ${ours}s wall incl. ${start}s start-up"
  for lib in compromise wink; do
    n=$PEER_RELEASES
    [ "$lib" = compromise ] && n=$PEER_SLOW_RELEASES
    awk -v n="$n" '$0 == "-" { c++ } c <= n' "$sample" > "$OUT/peer-$lib.txt"
    node bench/peers/extract.js --lib "$lib" "$OUT/peer-$lib.txt" > /dev/null 2> "$OUT/peer-$lib.json"
    rate=$(python3 -c "import json,sys; print(json.loads(open(sys.argv[1]).read().strip().splitlines()[-1])['releases_per_s'])" "$OUT/peer-$lib.json")
    row "$lib (node), 1 thread | $n | $(fmt1 "$rate" 1) rel/s | tradewatch is $(fmt1 "$(div "$ours_rate" "$rate")" 1)x faster"
  done
  # Quality on the gold, the same scorer for all three.
  if [ -f "$SHARED/tools/score.py" ]; then
    for set in seeds dev; do
      if [ $set = seeds ]; then inputs=("$SHARED"/corpus/seeds/*.txt); else inputs=("$SHARED/corpus/dev/releases.txt"); fi
      "$TW" extract --threads 2 "${inputs[@]}" > "$OUT/ours-$set.jsonl" 2>/dev/null || true
      for lib in compromise wink; do
        node bench/peers/extract.js --lib "$lib" "${inputs[@]}" > "$OUT/$lib-$set.jsonl" 2>/dev/null
      done
      for who in ours compromise wink; do
        python3 "$SHARED/tools/score.py" --json --gold "$SHARED/gold/$set.gold.jsonl" --pred "$OUT/$who-$set.jsonl" > "$OUT/$who-$set.score.json" || true
        python3 - "$OUT/$who-$set.score.json" "$who" "$set" >> "$ROWS" <<'EOF'
import json, sys
r = json.load(open(sys.argv[1]))
shared = ["countries", "organizations", "people", "dates", "money", "percents"]
sub = sum(r[f]["f1"] for f in shared) / len(shared)
per = ", ".join(f"{f[:5]} {r[f]['f1']:.2f}" for f in shared)
print(f"| F1 {sys.argv[2]} on {sys.argv[3]} gold | | macro {r['macro_f1']:.3f}; entity fields {sub:.3f} | {per} |")
EOF
        tail -1 "$ROWS" >&2
      done
    done
  fi
fi

echo >&2
cat "$ROWS"

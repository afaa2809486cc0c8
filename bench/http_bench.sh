#!/usr/bin/env bash
# Load test of GET /api/search on loopback with wrk: ingests the sample feed into a temporary
# database, serves it, runs wrk for a bounded time and prints requests/s and p50/p99 latency.
# Also prints the server's CPU time per request. Targets on 2 cores: >= 2,000 requests/s, p99 < 20 ms.
# Three runs: one query repeated (what a busy dashboard sees), the mix of bench/http_queries.txt
# with the answer cache on, and the same mix with the cache off, where every request runs FTS5,
# snippets and facets.
# Usage: bench/http_bench.sh [BUILD_DIR]   (DURATION=10s CONNECTIONS=8 THREADS=2 QUERY=trade)
set -euo pipefail
src="$(cd "$(dirname "$0")/.." && pwd)"
build="$(realpath "${1:-$src/build}")"
bin="$build/tradewatch"
duration="${DURATION:-10s}"
connections="${CONNECTIONS:-8}"
threads="${THREADS:-2}"
query="${QUERY:-trade}"

# wrk is an optional bench dependency, installed here rather than by install-deps.sh.
command -v wrk >/dev/null || "$src/scripts/install-deps.sh" --with-bench

tmp="$(mktemp -d)"
pid=""
cleanup() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT

"$bin" ingest --db "$tmp/bench.db" "$src"/samples/seeds/*.txt >/dev/null

# One server per run: the answer cache is on by default (--cache-mb 64) and off with 0.
serve() {
  "$bin" serve --db "$tmp/bench.db" --port 0 --bind 127.0.0.1 --cache-mb "$1" > "$tmp/serve.out" 2>&1 &
  pid=$!
  url=""
  for _ in $(seq 1 100); do
    url="$(grep -o 'http://127\.0\.0\.1:[0-9]*/' "$tmp/serve.out" | head -1 || true)"
    [ -n "$url" ] && break
    sleep 0.1
  done
  [ -n "$url" ] || { echo "http_bench.sh: the server did not start" >&2; cat "$tmp/serve.out" >&2; exit 1; }
}
stop() {
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  pid=""
}
# Server CPU time (user + system ticks from /proc) over the run: steadier than requests/s on a
# shared, loaded machine.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }

# run LABEL CACHE_MB [LUA_SCRIPT QUERY_FILE]: one wrk run against a fresh server, one summary line.
summary=()
run() {
  local label="$1" cache="$2"
  shift 2
  serve "$cache"
  local target="${url}api/search?q=${query}&limit=20"
  curl -fsS "$target" > /dev/null
  local ticks0
  ticks0="$(cpu_ticks)"
  local script=()
  [ $# -gt 0 ] && script=(-s "$1" "$target" -- "$2") || script=("$target")
  echo "== $label: wrk -t$threads -c$connections -d$duration --latency ${script[*]}"
  wrk -t"$threads" -c"$connections" -d"$duration" --latency "${script[@]}" | tee "$tmp/wrk.out"
  local rps p50 p99 non2xx ticks1 requests cpu_ms
  rps="$(awk '/^Requests\/sec:/ {print $2}' "$tmp/wrk.out")"
  p50="$(awk '$1 == "50%" {print $2}' "$tmp/wrk.out")"
  p99="$(awk '$1 == "99%" {print $2}' "$tmp/wrk.out")"
  non2xx="$(awk '/Non-2xx/ {print $NF}' "$tmp/wrk.out")"
  ticks1="$(cpu_ticks)"
  requests="$(awk '/requests in/ {print $1}' "$tmp/wrk.out")"
  cpu_ms="$(awk -v t="$((ticks1 - ticks0))" -v hz="$(getconf CLK_TCK)" -v n="$requests" \
    'BEGIN { printf "%.3f", n ? 1000 * t / hz / n : 0 }')"
  stop
  summary+=("$(printf '%-44s %9s requests/s  p50 %8s  p99 %8s  server CPU %s ms/request%s' \
    "$label" "$rps" "$p50" "$p99" "$cpu_ms" "${non2xx:+  non-2xx $non2xx}")")
}

mix=("$src/bench/http_mix.lua" "$src/bench/http_queries.txt")
run "search '$query', answer cache on" 64
run "$(grep -cv '^#' "$src/bench/http_queries.txt") mixed searches, answer cache on" 64 "${mix[@]}"
run "$(grep -cv '^#' "$src/bench/http_queries.txt") mixed searches, no cache (every answer computed)" 0 "${mix[@]}"

echo
echo "/api/search on the sample database ($(nproc) cores, $connections connections, $duration each, wrk on the same machine):"
printf '%s\n' "${summary[@]}"

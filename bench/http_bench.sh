#!/usr/bin/env bash
# Load test of GET /api/search on loopback with wrk: ingests the sample feed into a temporary
# database, serves it, runs wrk for a bounded time and prints requests/s and p50/p99 latency.
# Also prints the server's CPU time per request. Targets on 2 cores: >= 2,000 requests/s, p99 < 20 ms.
# Usage: bench/http_bench.sh [BUILD_DIR]   (DURATION=10s CONNECTIONS=8 THREADS=2 QUERY=steel)
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
"$bin" serve --db "$tmp/bench.db" --port 0 --bind 127.0.0.1 > "$tmp/serve.out" 2>&1 &
pid=$!
url=""
for _ in $(seq 1 100); do
  url="$(grep -o 'http://127\.0\.0\.1:[0-9]*/' "$tmp/serve.out" | head -1 || true)"
  [ -n "$url" ] && break
  sleep 0.1
done
[ -n "$url" ] || { echo "http_bench.sh: the server did not start" >&2; cat "$tmp/serve.out" >&2; exit 1; }

target="${url}api/search?q=${query}&limit=20"
curl -fsS "$target" > /dev/null
# Server CPU time (user + system ticks from /proc) over the run: steadier than requests/s on a
# shared, loaded machine.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
ticks0="$(cpu_ticks)"
echo "wrk -t$threads -c$connections -d$duration --latency $target"
wrk -t"$threads" -c"$connections" -d"$duration" --latency "$target" | tee "$tmp/wrk.out"

rps="$(awk '/^Requests\/sec:/ {print $2}' "$tmp/wrk.out")"
p50="$(awk '$1 == "50%" {print $2}' "$tmp/wrk.out")"
p99="$(awk '$1 == "99%" {print $2}' "$tmp/wrk.out")"
non2xx="$(awk '/Non-2xx/ {print $NF}' "$tmp/wrk.out")"
ticks1="$(cpu_ticks)"
requests="$(awk '/requests in/ {print $1}' "$tmp/wrk.out")"
cpu_ms="$(awk -v t="$((ticks1 - ticks0))" -v hz="$(getconf CLK_TCK)" -v n="$requests" \
  'BEGIN { printf "%.3f", n ? 1000 * t / hz / n : 0 }')"
echo
echo "search: ${rps} requests/s, p50 ${p50}, p99 ${p99}, server CPU ${cpu_ms} ms/request${non2xx:+, non-2xx ${non2xx}} ($(nproc) cores, $connections connections, $duration)"

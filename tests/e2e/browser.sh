#!/usr/bin/env bash
# Drives the real dashboard in Chromium: ingests the sample feed (plus a release whose text
# holds markup) into a temporary database, serves it on a free loopback port and runs
# tests/browser/ui.mjs with Playwright. Screenshots: BUILD_DIR/screenshots/.
# Usage: tests/e2e/browser.sh PATH_TO_TRADEWATCH BUILD_DIR
set -euo pipefail
bin="$(realpath "$1")"
build="$(realpath "$2")"
src="$(cd "$(dirname "$0")/../.." && pwd)"
chromium="${CHROMIUM:-/usr/bin/chromium}"
if [ ! -x "$chromium" ]; then
  echo "browser.sh: $chromium not found; run scripts/install-deps.sh --with-browser" >&2
  exit 1
fi

# playwright-core from the committed lockfile, installed in the build folder.
runner="$build/browser-test"
mkdir -p "$runner"
if ! cmp -s "$src/tests/browser/package-lock.json" "$runner/package-lock.json" || [ ! -d "$runner/node_modules/playwright-core" ]; then
  cp "$src/tests/browser/package.json" "$src/tests/browser/package-lock.json" "$runner/"
  (cd "$runner" && npm ci --no-audit --no-fund --loglevel=error)
fi
cp "$src/tests/browser/ui.mjs" "$runner/"

tmp="$(mktemp -d)"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT

cat > "$tmp/markup.txt" <<'FEED'
-
Trade Policy
Xsstest <script>window.__xss=1</script> notice <img src=x onerror="window.__xss=2;alert(2)">
Xsstest body: <script>window.__xss=3;alert(3)</script> and <img src=x onerror=alert(4)> on steel tariffs between Korea and Japan. date2025-11-30
FEED
"$bin" ingest --db "$tmp/ui.db" "$src"/samples/seeds/*.txt "$tmp/markup.txt" >/dev/null

"$bin" serve --db "$tmp/ui.db" --port 0 --bind 127.0.0.1 > "$tmp/serve.out" 2> "$tmp/serve.err" &
server_pid=$!
url=""
for _ in $(seq 1 100); do
  url="$(grep -o 'http://127\.0\.0\.1:[0-9]*/' "$tmp/serve.out" | head -1 || true)"
  [ -n "$url" ] && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$tmp/serve.err" >&2; exit 1; }
  sleep 0.1
done
[ -n "$url" ] || { echo "browser.sh: the server printed no URL" >&2; exit 1; }
echo "serving at $url"

node "$runner/ui.mjs" "$url" "$build/screenshots"

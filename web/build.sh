#!/usr/bin/env bash
# Builds the dashboard's web folder: the page sources from web/ plus the chart library from npm,
# vendored so the dashboard works offline and loads nothing from other hosts.
# Usage: web/build.sh SRC_DIR OUT_DIR   (npm packages are installed beside OUT_DIR, in web-npm/)
set -euo pipefail
src="$(cd "$1" && pwd)"
out="$2"
npm_dir="$(dirname "$out")/web-npm"
mkdir -p "$out/vendor" "$npm_dir"

# `npm ci` only when the lockfile changed since the last install.
if ! cmp -s "$src/package-lock.json" "$npm_dir/package-lock.json" || [ ! -d "$npm_dir/node_modules/echarts" ]; then
  cp "$src/package.json" "$src/package-lock.json" "$npm_dir/"
  (cd "$npm_dir" && npm ci --omit=dev --no-audit --no-fund --loglevel=error)
fi
cp -u "$npm_dir/node_modules/echarts/dist/echarts.esm.min.js" "$out/vendor/echarts.esm.min.js"
cp -u "$npm_dir/node_modules/echarts/LICENSE" "$out/vendor/echarts.LICENSE.txt"

for f in "$src"/*.html "$src"/*.js "$src"/*.css "$src"/openapi.json; do
  [ -e "$f" ] || continue
  case "$(basename "$f")" in build.sh) continue ;; esac
  cp -u "$f" "$out/"
done

#!/usr/bin/env bash
# Installs every Debian 12 package tradewatch needs to build, test and run.
# Usage: scripts/install-deps.sh [--with-browser] [--with-bench]
#   --with-browser adds Chromium for UI tests; --with-bench adds wrk for bench/http_bench.sh
set -euo pipefail
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

PACKAGES=(
  build-essential cmake ninja-build pkg-config ccache git python3
  libsqlite3-dev sqlite3 nlohmann-json3-dev libcli11-dev libfmt-dev libcpp-httplib-dev
  libutf8proc-dev libre2-dev libgtest-dev libgmock-dev libbenchmark-dev iso-codes
  nodejs npm curl
)
for arg in "$@"; do
  case "$arg" in
    --with-browser) PACKAGES+=(chromium fonts-dejavu-core) ;;
    --with-bench) PACKAGES+=(wrk) ;;  # load generator for bench/http_bench.sh only
  esac
done

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# node/npm may come from elsewhere on the machine; only install them when absent.
if command -v node >/dev/null && command -v npm >/dev/null; then
  filtered=()
  for p in "${missing[@]}"; do [ "$p" = nodejs ] || [ "$p" = npm ] || filtered+=("$p"); done
  missing=("${filtered[@]}")
fi
if [ "${#missing[@]}" -gt 0 ]; then
  echo "installing: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

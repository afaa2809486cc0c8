#!/usr/bin/env bash
# The README's first command: installs, builds, ingests the bundled sample feed into
# ./tradewatch.db and starts the dashboard on http://127.0.0.1:${PORT:-8080}/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
DB="${TRADEWATCH_DB:-tradewatch.db}"
./build/tradewatch ingest --db "$DB" samples/seeds/*.txt
./build/tradewatch stats --db "$DB"
echo
echo "Try:  ./build/tradewatch search --db $DB 'steel TRQ'"
if ./build/tradewatch serve --help >/dev/null 2>&1; then
  exec ./build/tradewatch serve --db "$DB" --port "${PORT:-8080}"
fi

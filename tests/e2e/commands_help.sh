#!/usr/bin/env bash
# Every command documents itself: --help exits 0 and shows a description and an example.
set -uo pipefail
TW="$1"
FAILED=0
for cmd in ingest search show stats entities events agreements measures indicators stories timeline; do
  out="$("$TW" "$cmd" --help 2>&1)"; rc=$?
  [ "$rc" -eq 0 ] || { echo "FAIL: $cmd --help exit $rc"; FAILED=1; continue; }
  grep -q "Example" <<< "$out" || { echo "FAIL: $cmd --help has no example"; FAILED=1; }
  grep -q "tradewatch $cmd" <<< "$out" || { echo "FAIL: $cmd --help example does not run $cmd"; FAILED=1; }
done
# The help text is captured first: with pipefail, `tw --help | grep -q` fails whenever grep
# exits before the writer is done (SIGPIPE).
for cmd in search entities events stories timeline; do
  help="$("$TW" "$cmd" --help)"
  grep -q -- "--json" <<< "$help" || { echo "FAIL: $cmd lacks --json"; FAILED=1; }
done
for cmd in events agreements measures indicators stories; do
  help="$("$TW" "$cmd" --help)"
  grep -q -- "--csv" <<< "$help" || { echo "FAIL: $cmd lacks --csv"; FAILED=1; }
done
"$TW" search --bogus x >/dev/null 2>&1; rc=$?
[ "$rc" -eq 2 ] || { echo "FAIL: unknown option: exit $rc, want 2"; FAILED=1; }
[ "$FAILED" -eq 0 ] && echo "commands_help: ok"
exit "$FAILED"

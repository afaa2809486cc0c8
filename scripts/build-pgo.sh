#!/usr/bin/env bash
# Builds a profile-guided tradewatch into build-pgo/ (BUILD_DIR overrides): an instrumented
# build first runs `extract` and `ingest` over a generated training feed and the bundled
# sample, then the same build directory is rebuilt with that profile, which tells the compiler
# which branches are taken and which calls are hot. Extraction's output does not change; only
# its speed does (see bench/README.md). Takes two builds' time; scripts/build.sh remains the
# everyday build.
#
#   scripts/build-pgo.sh                  # then: BUILD_DIR=build-pgo bench/run.sh
#   TRAIN_RELEASES=5000 scripts/build-pgo.sh
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
OUT="${BUILD_DIR:-build-pgo}"
case "$OUT" in /*) ;; *) OUT="$ROOT/$OUT" ;; esac
PROFILE="$OUT/profile"
TRAIN_RELEASES="${TRAIN_RELEASES:-2000}"
# Both stages compile in the same directory: the profile is keyed by each object's path.
configure() {
  cmake -S . -B "$OUT" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTW_BUILD_TESTS=OFF \
    -DTW_BUILD_BENCH=ON -DCMAKE_CXX_FLAGS="$1" >/dev/null
}

echo "build-pgo: 1/3 instrumented build in $OUT" >&2
rm -rf "$PROFILE"
configure "-fprofile-generate=$PROFILE -fprofile-update=prefer-atomic"
ninja -C "$OUT" -j "$(nproc)" tradewatch tw_gen tw_search_probe tw_fts_floor

echo "build-pgo: 2/3 training on $TRAIN_RELEASES generated releases and samples/seeds" >&2
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
# A seed of its own, so the training feed is not the benchmark's (bench/run.sh uses 1).
"$OUT/tw_gen" -n "$TRAIN_RELEASES" --seed 7 -o "$WORK/train.txt"
"$OUT/tradewatch" extract --threads 2 "$WORK/train.txt" samples/seeds/*.txt >/dev/null
"$OUT/tradewatch" --db "$WORK/train.db" ingest --threads 2 "$WORK/train.txt" samples/seeds/*.txt >/dev/null 2>&1
for q in tariff "free trade agreement" 'exports AND semiconductors' minist*; do
  "$OUT/tradewatch" --db "$WORK/train.db" search "$q" >/dev/null
done
# The tools that are not trained get no profile; they build as usual.
[ -n "$(find "$PROFILE" -name '*.gcda' -print -quit 2>/dev/null)" ] ||
  { echo "build-pgo: the training run wrote no profile under $PROFILE" >&2; exit 1; }

echo "build-pgo: 3/3 optimized build with the profile" >&2
configure "-fprofile-use=$PROFILE -fprofile-partial-training -Wno-missing-profile"
ninja -C "$OUT" -j "$(nproc)" tradewatch tw_gen tw_search_probe tw_fts_floor
echo "build-pgo: $OUT/tradewatch" >&2

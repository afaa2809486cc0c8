// The store's batch insert: one transaction of extracted sample records into a fresh database
// (FTS rows, mentions and facts included).
#include <benchmark/benchmark.h>

#include <cstdio>
#include <unistd.h>

#include "bench_common.h"
#include "tradewatch/extractor.h"
#include "tradewatch/store.h"

namespace {

void BM_StorePutBatch(benchmark::State& state) {
  auto engine = tw::Extractor::load();
  if (!engine) {
    state.SkipWithError(engine.error().c_str());
    return;
  }
  std::vector<tw::Record> base;
  for (const auto& r : tw::bench::sample_releases()) base.push_back((*engine)->extract(r));
  const std::string path = "/tmp/tw_bench_store_" + std::to_string(::getpid()) + ".db";
  for (const char* suffix : {"", "-wal", "-shm"}) std::remove((path + suffix).c_str());
  auto store = tw::open_sqlite_store(path);
  if (!store) {
    state.SkipWithError(store.error().c_str());
    return;
  }
  int round = 0;
  int64_t bytes = 0;
  for (auto _ : state) {
    state.PauseTiming();
    // New ids each round, so every put inserts rather than finding the releases stored.
    std::vector<tw::Record> batch = base;
    for (auto& rec : batch) {
      rec.release.id += "-" + std::to_string(round);
      rec.release.title += " " + std::to_string(round);
      bytes += static_cast<int64_t>(rec.release.title.size() + rec.release.body.size());
    }
    ++round;
    state.ResumeTiming();
    tw::IngestCounts counts;
    auto st = store.value()->put(batch, counts);
    if (!st) state.SkipWithError(st.error().c_str());
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(base.size()));
  state.SetBytesProcessed(bytes);
  store.value().reset();
  for (const char* suffix : {"", "-wal", "-shm"}) std::remove((path + suffix).c_str());
}
BENCHMARK(BM_StorePutBatch)->Unit(benchmark::kMillisecond);

}  // namespace

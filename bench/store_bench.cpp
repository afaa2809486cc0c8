// The store alone: put() of extracted sample records in batches (new ids each round, so every
// put inserts), re-put of stored ones, and searches on the filled database.
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <filesystem>

#include "bench_common.h"
#include "tradewatch/extractor.h"
#include "tradewatch/store.h"

namespace {

const std::vector<tw::Record>& sample_records() {
  static const std::vector<tw::Record> records = [] {
    std::vector<tw::Record> out;
    auto ex = tw::Extractor::load();
    if (!ex) return out;
    for (const auto& r : tw::bench::sample_releases()) out.push_back((*ex)->extract(r));
    return out;
  }();
  return records;
}

std::string temp_db(const char* name) {
  auto p = (std::filesystem::temp_directory_path() / (std::string("tw_bench_") + name + "_" + std::to_string(::getpid()) + ".db")).string();
  for (const char* s : {"", "-wal", "-shm"}) std::filesystem::remove(p + s);
  return p;
}

void remove_db(const std::string& p) {
  for (const char* s : {"", "-wal", "-shm"}) std::filesystem::remove(p + s);
}

// Releases per second through put(), batches of 1000, each release a fresh id.
void BM_PutNew(benchmark::State& state) {
  const auto& recs = sample_records();
  if (recs.empty()) return state.SkipWithError("cannot load data");
  auto path = temp_db("put");
  auto store = std::move(tw::open_sqlite_store(path)).value();
  uint64_t serial = 0;
  int64_t bytes = 0;
  std::vector<tw::Record> batch(1000);
  for (auto _ : state) {
    state.PauseTiming();
    for (auto& r : batch) {
      r = recs[serial % recs.size()];
      r.release.id = "r-" + std::to_string(1000000000000000ull + serial++);
      bytes += static_cast<int64_t>(r.release.title.size() + r.release.body.size());
    }
    state.ResumeTiming();
    tw::IngestCounts c;
    if (!store->put(batch, c).ok()) return state.SkipWithError("put failed");
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()) * 1000);
  state.SetBytesProcessed(bytes);
  store.reset();
  remove_db(path);
}
BENCHMARK(BM_PutNew)->Unit(benchmark::kMillisecond)->MinTime(3);

struct Filled {
  std::string path;
  std::unique_ptr<tw::Store> store;
  Filled() {
    path = temp_db("search");
    store = std::move(tw::open_sqlite_store(path)).value();
    const auto& recs = sample_records();
    std::vector<tw::Record> batch;
    tw::IngestCounts c;
    for (uint64_t i = 0; i < 20000; ++i) {
      batch.push_back(recs[i % recs.size()]);
      batch.back().release.id = "r-" + std::to_string(2000000000000000ull + i);
      if (batch.size() == 1000) {
        (void)store->put(batch, c);
        batch.clear();
      }
    }
  }
  ~Filled() {
    store.reset();
    remove_db(path);
  }
};

Filled& filled() {
  static Filled f;
  return f;
}

void BM_Search(benchmark::State& state, const char* query) {
  auto& f = filled();
  tw::Filter filter;
  for (auto _ : state) {
    auto r = f.store->search(query, filter, false);
    if (!r) return state.SkipWithError(r.error().c_str());
    benchmark::DoNotOptimize(r->hits.size());
  }
}
BENCHMARK_CAPTURE(BM_Search, steel_trq_20k, "steel TRQ")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Search, minerals_not_japan_20k, "\"critical minerals\" -Japan")->Unit(benchmark::kMillisecond);

void BM_SearchFacets(benchmark::State& state) {
  auto& f = filled();
  for (auto _ : state) {
    auto r = f.store->search("Korea", {}, true);
    if (!r) return state.SkipWithError(r.error().c_str());
    benchmark::DoNotOptimize(r->facets.size());
  }
}
BENCHMARK(BM_SearchFacets)->Unit(benchmark::kMillisecond);

}  // namespace

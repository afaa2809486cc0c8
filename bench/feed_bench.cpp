// Reading and text preparation: the work every release pays before any extractor runs.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <fstream>
#include <unistd.h>

#include "bench_common.h"
#include "resolve/stories.h"
#include "text/sentences.h"
#include "tradewatch/extractor.h"
#include "tradewatch/feed.h"


namespace {

// A feed file of the sample releases repeated, large enough that file opening does not count.
const std::string& feed_file() {
  static const std::string path = [] {
    std::string p = "/tmp/tw_bench_feed_" + std::to_string(::getpid()) + ".txt";
    std::ofstream out(p, std::ios::binary);
    for (int rep = 0; rep < 20; ++rep)
      for (const auto& r : tw::bench::sample_releases()) {
        out << "-\n";
        if (r.category) out << *r.category << '\n';
        out << r.title << '\n' << r.body << " date" << r.published << '\n';
      }
    std::atexit([] { std::remove(feed_file().c_str()); });
    return p;
  }();
  return path;
}

void BM_ReadFeed(benchmark::State& state) {
  const std::string& path = feed_file();
  int64_t releases = 0;
  for (auto _ : state) {
    int64_t n = 0;
    (void)tw::read_feed(path, [&](tw::Release&& r) { benchmark::DoNotOptimize(r.id); ++n; },
                        [](const tw::ReadError&) {});
    releases += n;
  }
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(in.tellg()));
  state.SetItemsProcessed(releases);
}
BENCHMARK(BM_ReadFeed)->Unit(benchmark::kMillisecond);

void BM_NormalizeText(benchmark::State& state) {
  const auto& rs = tw::bench::sample_releases();
  for (auto _ : state)
    for (const auto& r : rs) benchmark::DoNotOptimize(tw::normalize_text(r.body));
  state.SetBytesProcessed(state.iterations() * tw::bench::text_bytes(rs));
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(rs.size()));
}
BENCHMARK(BM_NormalizeText)->Unit(benchmark::kMicrosecond);

void BM_SplitSentences(benchmark::State& state) {
  const auto& rs = tw::bench::sample_releases();
  for (auto _ : state)
    for (const auto& r : rs) benchmark::DoNotOptimize(tw::text::split_sentences(r.body, tw::bench::sentence_rules()));
  state.SetBytesProcessed(state.iterations() * tw::bench::text_bytes(rs));
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(rs.size()));
}
BENCHMARK(BM_SplitSentences)->Unit(benchmark::kMicrosecond);

void BM_ReleaseId(benchmark::State& state) {
  const auto& rs = tw::bench::sample_releases();
  for (auto _ : state)
    for (const auto& r : rs) benchmark::DoNotOptimize(tw::release_id(r.title, r.published));
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(rs.size()));
}
BENCHMARK(BM_ReleaseId);

void BM_StoryId(benchmark::State& state) {
  // On fully extracted records: the story key reads their events and places.
  auto engine = tw::Extractor::load();
  if (!engine) {
    state.SkipWithError(engine.error().c_str());
    return;
  }
  std::vector<tw::Record> records;
  for (const auto& r : tw::bench::sample_releases()) records.push_back((*engine)->extract(r));
  for (auto _ : state)
    for (const auto& rec : records) benchmark::DoNotOptimize(tw::resolve::story_id(rec));
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(records.size()));
}
BENCHMARK(BM_StoryId);

}  // namespace

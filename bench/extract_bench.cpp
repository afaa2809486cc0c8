// Extraction: each stage alone (via its factory, on a Doc built from the sample releases) and
// the whole Extractor. Bytes are title + body bytes, so MB/s compares with `extract` runs.
#include <benchmark/benchmark.h>

#include <cstdlib>

#include "bench_common.h"
#include "extract/stages.h"
#include "text/sentences.h"
#include "tradewatch/extractor.h"
#include "tradewatch/feed.h"


namespace {

using Factory = tw::Result<tw::extract::StagePtr> (*)(const std::string&);

struct NamedFactory {
  const char* name;
  Factory make;
};

// In the Extractor's order: a stage may read what earlier ones found, so each is measured on
// a record that already holds the earlier stages' output.
constexpr NamedFactory kStages[] = {
    {"places", tw::extract::make_places_stage},         {"organizations", tw::extract::make_organizations_stage},
    {"people", tw::extract::make_people_stage},         {"reporter", tw::extract::make_reporter_stage},
    {"dates", tw::extract::make_dates_stage},           {"money", tw::extract::make_money_stage},
    {"percents", tw::extract::make_percents_stage},
    {"topics", tw::extract::make_topics_stage},         {"events", tw::extract::make_events_stage},
    {"agreements", tw::extract::make_agreements_stage}, {"measures", tw::extract::make_measures_stage},
    {"indicators", tw::extract::make_indicators_stage},
};

tw::extract::Ymd parse_ymd(const std::string& d) {
  if (d.size() != 10) return {};
  return {std::atoi(d.substr(0, 4).c_str()), std::atoi(d.substr(5, 2).c_str()), std::atoi(d.substr(8, 2).c_str())};
}

struct Prepared {
  const tw::Release* release;
  std::vector<tw::Span> sentences;
  tw::Extraction before;  // output of the stages before the measured one
  std::string reporter;   // who reports, once the reporter stage is among them
};

void BM_Stage(benchmark::State& state, size_t index) {
  const std::string data = tw::default_data_dir();
  std::vector<tw::extract::StagePtr> stages;
  for (size_t i = 0; i <= index; ++i) {
    auto s = kStages[i].make(data);
    if (!s) {
      state.SkipWithError(s.error().c_str());
      return;
    }
    stages.push_back(std::move(s).value());
  }
  const auto& rs = tw::bench::sample_releases();
  std::vector<Prepared> docs;
  for (const auto& r : rs) {
    Prepared p{&r, tw::text::split_sentences(r.body, tw::bench::sentence_rules()), {}, {}};
    tw::extract::Doc doc{r.title, r.body, parse_ymd(r.published), p.sentences, p.before, false};
    for (size_t i = 0; i < index; ++i) stages[i]->run(doc);
    p.reporter = doc.reporter;
    docs.push_back(std::move(p));
  }
  const auto& stage = *stages[index];
  for (auto _ : state) {
    for (const auto& p : docs) {
      tw::Extraction x = p.before;  // copying the earlier output is part of the measured loop
      tw::extract::Doc doc{p.release->title, p.release->body, parse_ymd(p.release->published), p.sentences, x, false};
      doc.reporter = p.reporter;
      stage.run(doc);
      benchmark::DoNotOptimize(x);
    }
  }
  state.SetBytesProcessed(state.iterations() * tw::bench::text_bytes(rs));
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(rs.size()));
}

[[maybe_unused]] const bool kRegistered = [] {
  for (size_t i = 0; i < std::size(kStages); ++i)
    benchmark::RegisterBenchmark((std::string("BM_Stage/") + kStages[i].name).c_str(), BM_Stage, i)
        ->Unit(benchmark::kMicrosecond);
  return true;
}();

// The extractor over the default data, or null with the benchmark marked as skipped.
std::shared_ptr<const tw::Extractor> engine_or_skip(benchmark::State& state) {
  auto engine = tw::Extractor::load();
  if (!engine) {
    state.SkipWithError(engine.error().c_str());
    return nullptr;
  }
  return std::move(engine).value();
}

void BM_Extractor(benchmark::State& state) {
  const auto engine = engine_or_skip(state);
  if (!engine) return;
  const auto& rs = tw::bench::sample_releases();
  for (auto _ : state)
    for (const auto& r : rs) benchmark::DoNotOptimize(engine->extract(r));
  state.SetBytesProcessed(state.iterations() * tw::bench::text_bytes(rs));
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(rs.size()));
}
BENCHMARK(BM_Extractor)->Unit(benchmark::kMicrosecond);

// Extracts one release of the given title and body, dated `published`, as long as the
// benchmark runs; bytes are the body's.
void extract_one(benchmark::State& state, std::string title, std::string published, std::string body) {
  const auto engine = engine_or_skip(state);
  if (!engine) return;
  tw::Release r;
  r.title = std::move(title);
  r.published = std::move(published);
  r.body = std::move(body);
  tw::finish_release(r);
  for (auto _ : state) benchmark::DoNotOptimize(engine->extract(r));
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(r.body.size()));
}

// One release of statistics with n figures ("Exports rose 3% to $12 billion in 2003 and imports
// fell …"): time per figure must stay flat as n grows. Rules that compare every figure with every
// other made a release of 32,000 figures take 22 s.
void BM_ExtractorManyFigures(benchmark::State& state) {
  const auto n = static_cast<int>(state.range(0));
  std::string body;
  for (int i = 0; i < n / 2; ++i)
    body += "Exports rose " + std::to_string(i % 9 + 1) + "% to $" + std::to_string(i % 50 + 1) + " billion in " +
            std::to_string(2000 + i % 20) + " and imports fell " + std::to_string(i % 7 + 1) + "% to $" +
            std::to_string(i % 30 + 2) + " billion. ";
  extract_one(state, "Trade statistics", "2024-01-02", std::move(body));
  state.SetItemsProcessed(state.iterations() * n);
}
BENCHMARK(BM_ExtractorManyFigures)->Arg(1000)->Arg(8000)->Unit(benchmark::kMillisecond);

// One release made of the sample releases' bodies, repeated k times: bytes per second must stay
// flat as k grows. Stages that read every mention of the release for each candidate made a
// 5.4 MB release take 16 times as long as one of a quarter its size.
void BM_ExtractorLongRelease(benchmark::State& state) {
  std::string body;
  for (int k = 0; k < state.range(0); ++k)
    for (const auto& s : tw::bench::sample_releases()) body += s.body + " ";
  extract_one(state, "Trade and cooperation", "2025-12-05", std::move(body));
}
BENCHMARK(BM_ExtractorLongRelease)->Arg(1)->Arg(4)->Arg(16)->Unit(benchmark::kMillisecond);

void BM_ExtractorLoad(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(tw::Extractor::load());
}
BENCHMARK(BM_ExtractorLoad)->Unit(benchmark::kMillisecond);

}  // namespace

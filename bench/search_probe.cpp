// tw_search_probe: search latency on a built database, as the API and CLI see it (Store::search
// with the user query syntax). Prints "p50\t...", "p99\t..." and "first run, max\t..." lines for
// bench/run.sh.
//   tw_search_probe DB [repetitions] [query number]
// A query number (1-10) runs that query alone, e.g. under callgrind to profile it.
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "tradewatch/store.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    fmt::print(stderr, "usage: tw_search_probe DB [repetitions] [query number 1-10]\n");
    return 2;
  }
  const int reps = argc > 2 ? std::atoi(argv[2]) : 20;
  auto store = tw::open_sqlite_store(argv[1], true);
  if (!store) {
    fmt::print(stderr, "tw_search_probe: {}\n", store.error());
    return 1;
  }
  // Ten queries of the kinds users type: a word, a phrase, several words, a rare term, an
  // exclusion, a prefix, a filter alone, words with filters, and with facets.
  struct Q {
    const char* text;
    tw::Filter filter;
    bool facets;
  };
  std::vector<Q> queries = {
      {"steel", {}, false},
      {"\"critical minerals\"", {}, false},
      {"semiconductor supply chain", {}, false},
      {"hydrogen", {}, true},
      {"FTA -Japan", {}, false},
      {"invest*", {}, false},
      {"", [] { tw::Filter f; f.countries = {"US"}; return f; }(), false},
      {"exports", [] { tw::Filter f; f.from = "2020-01-01"; f.to = "2021-12-31"; return f; }(), false},
      {"tariff", [] { tw::Filter f; f.topics = {"steel"}; return f; }(), false},
      {"standards forum", {}, true},
  };
  // Each query runs once untimed first: that run pays for mapping the pages it touches, which a
  // serving process has mapped already. It is reported apart ("first"), not left out silently.
  std::vector<double> all;
  double first_max = 0;
  if (argc > 3) {
    const int only = std::atoi(argv[3]);
    if (only < 1 || only > static_cast<int>(queries.size())) {
      fmt::print(stderr, "tw_search_probe: query number {} is not in 1-{}\n", argv[3], queries.size());
      return 2;
    }
    queries = {queries[static_cast<size_t>(only - 1)]};
  }
  for (const auto& q : queries) {
    std::vector<double> ms;
    uint64_t total = 0;
    const auto w0 = std::chrono::steady_clock::now();
    (void)store.value()->search(q.text, q.filter, q.facets);
    const double first = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - w0).count();
    first_max = std::max(first_max, first);
    for (int r = 0; r < reps; ++r) {
      const auto t0 = std::chrono::steady_clock::now();
      auto res = store.value()->search(q.text, q.filter, q.facets);
      ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
      if (!res) {
        fmt::print(stderr, "query '{}': {}\n", q.text, res.error());
        break;
      }
      total = res->total;
    }
    std::sort(ms.begin(), ms.end());
    fmt::print(stderr, "{:<32} hits {:>8}  first {:7.2f} ms  p50 {:7.2f} ms  max {:7.2f} ms\n", q.text, total, first,
               ms[ms.size() / 2], ms.back());
    all.insert(all.end(), ms.begin(), ms.end());
  }
  std::sort(all.begin(), all.end());
  auto pct = [&](double p) { return all[std::min(all.size() - 1, static_cast<size_t>(p * all.size()))]; };
  fmt::print("latency p50\t{:.2f} ms\n", pct(0.50));
  fmt::print("latency p99\t{:.2f} ms\n", pct(0.99));
  fmt::print("latency first run, max\t{:.2f} ms\n", first_max);
  return 0;
}

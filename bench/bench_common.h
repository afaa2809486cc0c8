// Inputs shared by the micro-benchmarks: the sample releases, loaded once.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "text/sentences.h"
#include "tradewatch/feed.h"

namespace tw::bench {

// The sample feed (samples/seeds) and the multi-government dev fixture: real release text.
inline const std::vector<Release>& sample_releases() {
  static const std::vector<Release> releases = [] {
    std::vector<Release> out;
    std::vector<std::string> files;
    const std::string src = TW_SOURCE_DIR;
    for (const auto& e : std::filesystem::directory_iterator(src + "/samples/seeds"))
      if (e.path().extension() == ".txt") files.push_back(e.path().string());
    std::sort(files.begin(), files.end());
    files.push_back(src + "/tests/fixtures/dev/releases.txt");
    for (const auto& f : files)
      (void)read_feed(f, [&](Release&& r) { out.push_back(std::move(r)); }, [](const ReadError&) {});
    return out;
  }();
  return releases;
}

// The sentence splitter's words, from the source tree's data folder.
inline const text::SentenceRules& sentence_rules() {
  static const text::SentenceRules rules = text::SentenceRules::load(TW_SOURCE_DIR "/data").value();
  return rules;
}

inline int64_t text_bytes(const std::vector<Release>& rs) {
  int64_t n = 0;
  for (const auto& r : rs) n += static_cast<int64_t>(r.title.size() + r.body.size());
  return n;
}

}  // namespace tw::bench

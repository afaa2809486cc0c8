// The one release of a wire case (tests/cases/wire/FILE) run through the whole extractor: what
// the wire tests share.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tradewatch/extractor.h"
#include "tradewatch/feed.h"

namespace tw::testing {

inline Record extract_wire_case(const Extractor& ex, const char* file) {
  std::vector<Release> releases;
  auto st = read_feed(
      std::string(TW_SOURCE_DIR "/tests/cases/wire/") + file, [&](Release&& r) { releases.push_back(std::move(r)); },
      [&](const ReadError& e) { ADD_FAILURE() << "bad record: " << e.reason; });
  EXPECT_TRUE(st.ok());
  EXPECT_EQ(releases.size(), 1u);
  if (releases.empty()) return {};
  return ex.extract(std::move(releases[0]));
}

// A release of the given title, body and publication date run through the whole extractor
// (with `explain`, its traces too): for rules that read what other stages find.
inline Record extract_whole(std::string title, std::string body, std::string published, bool explain = false) {
  auto ex = Extractor::load(TW_SOURCE_DIR "/data");
  EXPECT_TRUE(ex.ok()) << ex.error();
  if (!ex.ok()) return {};
  Release r;
  r.title = std::move(title);
  r.body = std::move(body);
  r.published = std::move(published);
  return ex.value()->extract(std::move(r), explain);
}

}  // namespace tw::testing

// Runs the mention stages (places → organizations → people) on one title and body.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "extract/stages.h"
#include "text/sentence_rules.h"
#include "text/sentences.h"

namespace tw::testing {

struct Mentions {
  std::string title, body;
  Extraction x;
};

inline Mentions run_mentions(std::string title, std::string body, int stages = 3) {
  Mentions m{std::move(title), std::move(body), {}};
  using Factory = Result<extract::StagePtr> (*)(const std::string&);
  const Factory factories[] = {extract::make_places_stage, extract::make_organizations_stage,
                               extract::make_people_stage};
  extract::Doc doc{m.title, m.body, {2025, 12, 4}, text::split_sentences(m.body, tw::testing::sentence_rules()), m.x, false};
  for (int i = 0; i < stages; ++i) {
    auto stage = factories[i](TW_SOURCE_DIR "/data");
    EXPECT_TRUE(stage.ok()) << (stage.ok() ? "" : stage.error());
    if (stage.ok()) stage.value()->run(doc);
  }
  return m;
}

inline bool has_code(const std::vector<CodeMention>& v, const std::string& code) {
  return std::any_of(v.begin(), v.end(), [&](const CodeMention& c) { return c.code == code; });
}

inline std::string text_of(const Mentions& m, const Span& s) {
  return (s.in_title ? m.title : m.body).substr(s.begin, s.end - s.begin);
}

}  // namespace tw::testing

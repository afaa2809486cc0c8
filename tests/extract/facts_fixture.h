// A hand-built release for the fact stages: text plus the mentions the earlier stages would
// have found, each placed at the exact span of its text.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "extract/doc.h"
#include "extract/stages.h"
#include "text/sentence_rules.h"
#include "text/sentences.h"

namespace tw::testing {

class FactDoc {
 public:
  FactDoc(std::string title, std::string body, extract::Ymd published)
      : title_(std::move(title)), body_(std::move(body)), published_(published) {}

  // Span of the nth occurrence of `s` in the body (or title).
  Span at(std::string_view s, int nth = 0, bool in_title = false) const {
    const std::string& t = in_title ? title_ : body_;
    size_t pos = t.find(s);
    for (int i = 0; i < nth && pos != std::string::npos; ++i) pos = t.find(s, pos + 1);
    EXPECT_NE(pos, std::string::npos) << "fixture text lacks '" << s << "'";
    if (pos == std::string::npos) return {};
    return {static_cast<uint32_t>(pos), static_cast<uint32_t>(pos + s.size()), in_title};
  }
  FactDoc& country(const std::string& code, std::string_view s, int nth = 0, bool in_title = false) {
    add_code(x.countries, code, at(s, nth, in_title));
    return *this;
  }
  FactDoc& bloc(const std::string& code, std::string_view s, int nth = 0, bool in_title = false) {
    add_code(x.blocs, code, at(s, nth, in_title));
    return *this;
  }
  FactDoc& date(std::string_view s, const std::string& value, int nth = 0) {
    x.dates.push_back({std::string(s), value, at(s, nth)});
    return *this;
  }
  FactDoc& money(std::string_view s, double amount, const std::string& currency) {
    x.money.push_back({std::string(s), amount, currency, at(s)});
    return *this;
  }
  FactDoc& percent(std::string_view s, double value) {
    x.percents.push_back({std::string(s), value, at(s)});
    return *this;
  }
  FactDoc& person(const std::string& name) {
    Person p;
    p.name = name;
    p.spans.push_back(at(name));
    x.people.push_back(p);
    return *this;
  }

  // Runs one stage over the document, after the reporter stage whose answer it reads.
  void run(Result<extract::StagePtr> (*factory)(const std::string&)) {
    auto reporter = extract::make_reporter_stage(TW_SOURCE_DIR "/data");
    ASSERT_TRUE(reporter.ok()) << reporter.error();
    auto stage = factory(TW_SOURCE_DIR "/data");
    ASSERT_TRUE(stage.ok()) << stage.error();
    extract::Doc doc{title_, body_, published_, text::split_sentences(body_, tw::testing::sentence_rules()), x, false};
    (*reporter)->run(doc);
    (*stage)->run(doc);
    reporter_ = doc.reporter;
  }
  // Who the reporter stage found reports the document in the last run.
  const std::string& reporter() const { return reporter_; }

  std::string_view body() const { return body_; }
  std::string_view title() const { return title_; }
  Extraction x;

 private:
  static void add_code(std::vector<CodeMention>& list, const std::string& code, Span s) {
    for (auto& m : list) {
      if (m.code == code) {
        m.spans.push_back(s);
        return;
      }
    }
    list.push_back({code, {s}});
  }
  std::string title_, body_, reporter_;
  extract::Ymd published_;
};

}  // namespace tw::testing

#include <gtest/gtest.h>

#include "extract/facts_fixture.h"
#include "extract/shared_data.h"

namespace tw {
namespace {

using testing::FactDoc;

// The reporter stage keeps on the Doc the government whose voice the release is written in, and
// every fact stage reads that one answer.
TEST(Reporter, StageKeepsTheVoiceOnTheDoc) {
  FactDoc d("Japan and Korea discuss steel",
            "The Office of the United States Trade Representative announced that Japan and Korea agreed to talks. "
            "Japan and Korea will meet again.",
            {2025, 3, 4});
  d.country("JP", "Japan", 0, true).country("KR", "Korea", 0, true);
  d.country("JP", "Japan").country("KR", "Korea").country("JP", "Japan", 1).country("KR", "Korea", 1);
  d.run(extract::make_reporter_stage);
  EXPECT_EQ(d.reporter(), "US");
}

// With no voice, no dateline and no lede subject, the country the body names most that the title
// does not present as a counterpart reports.
TEST(Reporter, WithoutAVoiceTheCountsDecide) {
  FactDoc d("Talks with Japan",
            "Officials of Korea met officials of Japan. Korea will host the next round. Korea expects progress.",
            {2025, 3, 4});
  d.country("JP", "Japan", 0, true);
  d.country("KR", "Korea").country("JP", "Japan").country("KR", "Korea", 1).country("KR", "Korea", 2);
  d.run(extract::make_reporter_stage);
  EXPECT_EQ(d.reporter(), "KR");

  FactDoc none("A meeting", "Officials met to discuss steel.", {2025, 3, 4});
  none.run(extract::make_reporter_stage);
  EXPECT_EQ(none.reporter(), "");
}

// A voice the publisher's minister meets ("met with Canada's Minister of Export Promotion,
// International Trade and Economic Development") is the counterpart's: neither it nor the counts
// make its government the reporter. A voice that opens the lede still speaks.
TEST(Reporter, VoiceMetWithIsTheCounterparts) {
  for (const bool met : {true, false}) {
    const std::string body =
        std::string(met ? "Minister for Trade Inkyo Cheong met with Canada's " : "Canada's ") +
        "Minister of Export Promotion, International Trade and Economic Development Mary Ng " +
        (met ? "on April 22 in Seoul." : "met Minister for Trade Inkyo Cheong of Korea on April 22 in Seoul.") +
        " Canada's business delegation visited Korea. Canadian firms and Canada's government welcomed Korea's "
        "interest. The Canadian side will host the next meeting.";
    FactDoc d("Korea and Canada discuss measures for stronger trade", body, {2024, 4, 23});
    d.country("KR", "Korea", 0, true).country("CA", "Canada", 0, true);
    d.country("CA", "Canada").country("CA", "Canada", 1).country("CA", "Canadian").country("CA", "Canada", 2);
    d.country("KR", "Korea").country("KR", "Korea", 1);
    d.person("Inkyo Cheong").person("Mary Ng");
    d.run(extract::make_reporter_stage);
    EXPECT_EQ(d.reporter(), met ? "KR" : "CA") << met;
  }
}

// A data file read by several stages is loaded once while a stage holds it; a missing one is an
// error naming it.
TEST(Reporter, SharedDataIsLoadedOnce) {
  auto a = extract::shared_lexicon(TW_SOURCE_DIR "/data", "reporter_voices.tsv");
  auto b = extract::shared_lexicon(TW_SOURCE_DIR "/data", "reporter_voices.tsv");
  ASSERT_TRUE(a.ok()) << a.error();
  ASSERT_TRUE(b.ok()) << b.error();
  EXPECT_EQ(a.value().get(), b.value().get());
  EXPECT_FALSE(a.value()->phrases().empty());
  auto rows = extract::shared_rows(TW_SOURCE_DIR "/data", "honorifics.tsv");
  auto again = extract::shared_rows(TW_SOURCE_DIR "/data", "honorifics.tsv");
  ASSERT_TRUE(rows.ok()) << rows.error();
  ASSERT_TRUE(again.ok()) << again.error();
  EXPECT_EQ(rows.value().get(), again.value().get());
  EXPECT_FALSE(rows.value()->empty());
  auto missing = extract::shared_lexicon(TW_SOURCE_DIR "/data", "no_such_file.tsv");
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.error().find("no_such_file.tsv"), std::string::npos);
}

// Rows no stage holds any more are kept while a LoadScope lives, and let go when the last ends.
TEST(Reporter, LoadScopeKeepsRowsUntilItEnds) {
  std::weak_ptr<const std::vector<text::Row>> seen;
  {
    const extract::LoadScope scope;
    {
      auto rows = extract::shared_rows(TW_SOURCE_DIR "/data", "person_roles.tsv");
      ASSERT_TRUE(rows.ok()) << rows.error();
      seen = rows.value();
    }
    EXPECT_FALSE(seen.expired());
    auto again = extract::shared_rows(TW_SOURCE_DIR "/data", "person_roles.tsv");
    ASSERT_TRUE(again.ok()) << again.error();
    EXPECT_EQ(again.value().get(), seen.lock().get());
  }
  EXPECT_TRUE(seen.expired());
}

}  // namespace
}  // namespace tw

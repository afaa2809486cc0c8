#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "tradewatch/feed.h"

namespace {

struct Collected {
  std::vector<tw::Release> releases;
  std::vector<tw::ReadError> errors;
};

Collected read_text(const std::string& content, const std::string& name = "feed.txt") {
  auto path = std::filesystem::temp_directory_path() / ("tw_reader_" + std::to_string(::getpid()) + "_" + name);
  {
    std::ofstream out(path, std::ios::binary);
    out << content;
  }
  Collected c;
  auto st = tw::read_feed(path.string(), [&](tw::Release&& r) { c.releases.push_back(std::move(r)); },
                          [&](const tw::ReadError& e) { c.errors.push_back(e); });
  EXPECT_TRUE(st.ok());
  std::filesystem::remove(path);
  return c;
}

TEST(Reader, ReadsCategoryTitleBodyAndDate) {
  auto c = read_text("-\nFTA/Economic Cooperation\nA Title\nThe body text. date2025-12-04\n");
  ASSERT_EQ(c.releases.size(), 1u);
  EXPECT_EQ(*c.releases[0].category, "FTA/Economic Cooperation");
  EXPECT_EQ(c.releases[0].title, "A Title");
  EXPECT_EQ(c.releases[0].body, "The body text.");
  EXPECT_EQ(c.releases[0].published, "2025-12-04");
  EXPECT_FALSE(c.releases[0].truncated);
  EXPECT_EQ(c.releases[0].line, 1u);
}

TEST(Reader, RecordWithoutCategory) {
  auto c = read_text("-\nA Title\nThe body text. date2025-12-04\n");
  ASSERT_EQ(c.releases.size(), 1u);
  EXPECT_FALSE(c.releases[0].category.has_value());
}

TEST(Reader, MarksTruncatedBody) {
  auto c = read_text("-\nT\nwill work to ensure the smooth o date2025-12-15\n");
  ASSERT_EQ(c.releases.size(), 1u);
  EXPECT_TRUE(c.releases[0].truncated);
  EXPECT_EQ(c.releases[0].body, "will work to ensure the smooth o");
}

TEST(Reader, HandlesCrlfAndBom) {
  auto c = read_text("\xEF\xBB\xBF-\r\nTitle\r\nBody here. date2025-01-02\r\n");
  ASSERT_EQ(c.releases.size(), 1u);
  EXPECT_EQ(c.releases[0].title, "Title");
  EXPECT_EQ(c.releases[0].published, "2025-01-02");
}

TEST(Reader, KeepsCurlyQuotesAndDashesNormalizesSpaces) {
  auto c = read_text("-\nKorea\xE2\x80\x93U.S. Talks\n\xE2\x80\x9CHi\xE2\x80\x9D\xC2\xA0 said  he. date2025-01-02\n");
  ASSERT_EQ(c.releases.size(), 1u);
  EXPECT_EQ(c.releases[0].title, "Korea\xE2\x80\x93U.S. Talks");
  EXPECT_EQ(c.releases[0].body, "\xE2\x80\x9CHi\xE2\x80\x9D said he.");
}

TEST(Reader, RejectsRecordWithoutDateAndKeepsTheRest) {
  auto c = read_text("-\nNo date\nBody without date.\n-\nGood\nBody. date2025-01-02\n");
  ASSERT_EQ(c.releases.size(), 1u);
  EXPECT_EQ(c.releases[0].title, "Good");
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0].line, 3u);
  EXPECT_NE(c.errors[0].reason.find("date"), std::string::npos);
}

TEST(Reader, RejectsRecordWithoutBody) {
  auto c = read_text("-\nOnly a title\n-\nGood\nBody. date2025-01-02\n");
  ASSERT_EQ(c.releases.size(), 1u);
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0].line, 1u);
}

TEST(Reader, RejectsInvalidUtf8) {
  auto c = read_text("-\nBad\nBody \xFF\xFE here. date2025-01-02\n-\nGood\nBody. date2025-01-02\n");
  ASSERT_EQ(c.releases.size(), 1u);
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_NE(c.errors[0].reason.find("UTF-8"), std::string::npos);
}

TEST(Reader, RejectsHugeLineWithoutHoldingIt) {
  std::string big(50u << 20, 'x');
  auto c = read_text("-\nHuge\n" + big + " date2025-01-02\n-\nGood\nBody. date2025-01-02\n");
  ASSERT_EQ(c.releases.size(), 1u);
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0].line, 3u);
  EXPECT_NE(c.errors[0].reason.find("longer than"), std::string::npos);
}

TEST(Reader, ReadsJsonLines) {
  auto c = read_text(
      "{\"title\":\"T\",\"body\":\"B.\",\"published\":\"2025-01-02\",\"category\":\"C\",\"url\":\"u\"}\n"
      "not json\n{\"title\":\"T2\",\"body\":\"B.\"}\n",
      "in.jsonl");
  ASSERT_EQ(c.releases.size(), 1u);
  EXPECT_EQ(*c.releases[0].category, "C");
  EXPECT_EQ(c.releases[0].url, "u");
  ASSERT_EQ(c.errors.size(), 2u);
  EXPECT_EQ(c.errors[0].line, 2u);
  EXPECT_EQ(c.errors[1].line, 3u);
}

TEST(Reader, MissingFileIsAnError) {
  auto st = tw::read_feed("/nonexistent/feed.txt", [](tw::Release&&) {}, [](const tw::ReadError&) {});
  EXPECT_FALSE(st.ok());
}

TEST(Ids, StableAcrossCaseAndSpacing) {
  EXPECT_EQ(tw::release_id("Korea–U.S. Talks", "2025-01-02"), tw::release_id("korea–u.s.  talks", "2025-01-02"));
  EXPECT_NE(tw::release_id("Korea–U.S. Talks", "2025-01-02"), tw::release_id("Korea–U.S. Talks", "2025-01-03"));
  EXPECT_EQ(tw::release_id("X", "2025-01-02").size(), 18u);
}

}  // namespace

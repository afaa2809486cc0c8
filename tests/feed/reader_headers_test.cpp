#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <unistd.h>

#include "tradewatch/feed.h"

namespace {

std::vector<tw::Release> read_with(const std::string& content, bool headers_only) {
  auto path = std::filesystem::temp_directory_path() / ("tw_headers_" + std::to_string(::getpid()) + ".txt");
  {
    std::ofstream out(path, std::ios::binary);
    out << content;
  }
  std::vector<tw::Release> out;
  tw::ReadOptions opt;
  opt.headers_only = headers_only;
  (void)tw::read_feed(path.string(), [&](tw::Release&& r) { out.push_back(std::move(r)); }, [](const tw::ReadError&) {},
                      opt);
  std::filesystem::remove(path);
  return out;
}

TEST(ReaderHeadersOnly, SameIdsAndCategoriesWithoutBodies) {
  const std::string feed =
      "-\nFTA/Economic Cooperation\nKorea\xE2\x80\x93UK  Talks\nThe body\xC2\xA0text. date2025-12-04\n"
      "-\nSecond Title\nAnother body. date2025-12-05\n";
  auto full = read_with(feed, false);
  auto quick = read_with(feed, true);
  ASSERT_EQ(full.size(), 2u);
  ASSERT_EQ(quick.size(), 2u);
  for (size_t i = 0; i < 2; ++i) {
    EXPECT_EQ(quick[i].id, full[i].id);
    EXPECT_EQ(quick[i].title, full[i].title);
    EXPECT_EQ(quick[i].category, full[i].category);
    EXPECT_EQ(quick[i].published, full[i].published);
    EXPECT_TRUE(quick[i].body.empty());
  }
  EXPECT_EQ(full[0].body, "The body text.");
  EXPECT_EQ(*quick[0].category, "FTA/Economic Cooperation");
  EXPECT_FALSE(quick[1].category.has_value());
}

TEST(ReaderHeadersOnly, StillRejectsRecordsWithoutADate) {
  auto quick = read_with("-\nTitle\nBody without a date\n-\nOk\nFine. date2024-01-02\n", true);
  ASSERT_EQ(quick.size(), 1u);
  EXPECT_EQ(quick[0].title, "Ok");
}

}  // namespace

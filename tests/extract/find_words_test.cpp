// Word-bounded substring search for the fact stages: find_words lists every occurrence, has_word
// stops at the first; both skip occurrences inside longer words.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/facts_common.h"

namespace {

using tw::extract::facts::find_words;
using tw::extract::facts::has_word;

TEST(FindWords, OnlyWordBoundedOccurrences) {
  const std::string hay = "imposed; reimposed imposedly \xE2\x80\x9Cimposed\xE2\x80\x9D imposed";
  const std::vector<size_t> want = {0, hay.find("\xE2\x80\x9Cimposed") + 3, hay.rfind("imposed")};
  EXPECT_EQ(find_words(hay, "imposed"), want);
  EXPECT_TRUE(has_word(hay, "imposed"));
  // Every occurrence sits inside a longer word: none counts.
  EXPECT_TRUE(find_words("reimposed imposedly", "imposed").empty());
  EXPECT_FALSE(has_word("reimposed imposedly", "imposed"));
  // A rejected occurrence does not hide a later good one.
  EXPECT_TRUE(has_word("launchesx launches", "launches"));
  EXPECT_FALSE(has_word("anything", ""));
  EXPECT_TRUE(find_words("", "x").empty());
  // Overlapping occurrences are all found.
  EXPECT_EQ(find_words("a-a-a", "a-a"), (std::vector<size_t>{0, 2}));
}

}  // namespace

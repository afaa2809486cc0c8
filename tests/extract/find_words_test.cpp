// Word-bounded substring search for the fact stages: find_words lists every occurrence, has_word
// stops at the first; both skip occurrences inside longer words.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/facts_common.h"
#include "extract/lexicon.h"

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

// rfind_from reports what std::string_view::rfind reports whenever that occurrence starts at or
// after `from`, and npos otherwise, for every needle and bound over a text with repeats.
TEST(FindWords, RfindFromAgreesWithRfindPastItsBound) {
  using tw::extract::facts::rfind_from;
  const std::string_view hay = "the for the , and the lead-up to the, and ";
  for (std::string_view needle : {"the ", ", ", " and ", "t", "lead-up to ", "x", "", "the for the , and the lead-up to the, and !"}) {
    for (size_t from = 0; from <= hay.size() + 1; ++from) {
      const size_t want = hay.rfind(needle);
      const size_t expect = want != std::string_view::npos && want >= from ? want : std::string_view::npos;
      EXPECT_EQ(rfind_from(hay, needle, from), expect) << "'" << needle << "' from " << from;
    }
  }
  EXPECT_EQ(rfind_from("abc, d, e", ", ", 0), 6u);
  EXPECT_EQ(rfind_from("abc, d, e", ", ", 7), std::string_view::npos);
}

// find_text finds what std::string_view::find finds, from every start, for needles with and
// without a leading space, including one at the very start of the text.
TEST(FindWords, FindTextAgreesWithFind) {
  using tw::extract::lex::find_text;
  const std::string_view hay = " such as X, bodies such as Y,such as Z  such as";
  for (std::string_view needle : {" such as ", " such as", "such as ", " ", "  ", " X", ",", "", " nowhere"}) {
    for (size_t from = 0; from <= hay.size() + 1; ++from)
      EXPECT_EQ(find_text(hay, needle, from), hay.find(needle, from)) << "'" << needle << "' from " << from;
  }
}

}  // namespace

// Release ids are persisted: the same title and date must give the same id in every build.
#include <gtest/gtest.h>

#include "tradewatch/feed.h"

namespace {

TEST(ReleaseId, PinnedValues) {
  // FNV-1a of the folded title, '|' and the date, as "r-" and sixteen hex digits.
  EXPECT_EQ(tw::release_id("Korea, U.S. hold trade talks", "2024-05-01"), "r-904dfa22165a2fd9");
  EXPECT_EQ(tw::release_id("MOTIE \xE2\x80\x93 M\xC3\xBCller visits Seoul", "2023-11-30"), "r-a7c31486c200c73f");
}

TEST(ReleaseId, CaseSpacingAndAsciiPunctuationDoNotCount) {
  const std::string id = tw::release_id("Korea, U.S. hold trade talks", "2024-05-01");
  EXPECT_EQ(tw::release_id("KOREA US HOLD TRADE-TALKS", "2024-05-01"), id);
  EXPECT_EQ(tw::release_id("korea  u.s.  hold trade talks!", "2024-05-01"), id);
  // Another date, another word or a non-ASCII character is another release.
  EXPECT_NE(tw::release_id("Korea, U.S. hold trade talks", "2024-05-02"), id);
  EXPECT_NE(tw::release_id("Korea, U.S. hold trade talk", "2024-05-01"), id);
  EXPECT_NE(tw::release_id("Korea\xE2\x80\x93U.S. hold trade talks", "2024-05-01"), id);
}

}  // namespace

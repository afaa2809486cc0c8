#include "extract/span_index.h"

#include <gtest/gtest.h>

#include <vector>

namespace tw::extract {
namespace {

struct Named {
  std::vector<Span> spans;
};

TEST(SpanIndex, CoversAStretchOnlyWhenOneSpanHoldsAllOfItOnTheSameSide) {
  const std::vector<Named> items = {{{{10, 20, false}, {40, 45, false}}}, {{{0, 100, true}}}, {{{15, 30, false}}}};
  const SpanIndex ix(items);
  EXPECT_TRUE(ix.covers(10, 20, false));
  EXPECT_TRUE(ix.covers(12, 18, false));
  EXPECT_TRUE(ix.covers(16, 30, false));  // the second body span, which starts later
  EXPECT_TRUE(ix.covers(50, 60, true));
  EXPECT_FALSE(ix.covers(12, 31, false));  // runs past every span that starts before it
  EXPECT_FALSE(ix.covers(8, 12, false));   // starts before any span
  EXPECT_FALSE(ix.covers(41, 46, false));
  EXPECT_FALSE(ix.covers(50, 60, false));  // only the title has a span there
  EXPECT_FALSE(SpanIndex(std::vector<Named>{}).covers(0, 1, false));
}

TEST(SpanIndex, AWideEarlySpanStillCoversWhenShorterOnesFollowIt) {
  // The furthest end so far, not the nearest span's, decides.
  const std::vector<Named> items = {{{{0, 500, false}}}, {{{100, 110, false}, {200, 210, false}}}};
  const SpanIndex ix(items);
  EXPECT_TRUE(ix.covers(300, 400, false));
  EXPECT_FALSE(ix.covers(300, 501, false));
}

TEST(SpanIndex, FirstInsideIsTheLowestItemWithASpanWithinTheStretch) {
  const std::vector<Named> items = {{{{50, 60, false}}}, {{{10, 20, false}, {55, 58, false}}}, {{{12, 14, true}}}};
  const SpanIndex ix(items);
  EXPECT_EQ(ix.first_inside(0, 30, false), 1);
  EXPECT_EQ(ix.first_inside(0, 100, false), 0);  // item 1 starts earlier, item 0 comes first in the list
  EXPECT_EQ(ix.first_inside(54, 59, false), 1);
  EXPECT_EQ(ix.first_inside(0, 30, true), 2);
  EXPECT_EQ(ix.first_inside(11, 30, false), -1);  // item 1's span starts before the stretch
  EXPECT_EQ(ix.first_inside(50, 57, false), -1);  // both spans there end past it
}

// Asked the same questions with few spans (read in turn) and with many (kept in order too).
TEST(SpanSet, FindsAnOverlapOnTheSameSideWhetherFewOrManySpansAreHeld) {
  for (uint32_t filler : {0u, 100u}) {
    SpanSet set;
    for (uint32_t i = 0; i < filler; ++i) set.add({10000 + 10 * i, 10000 + 10 * i + 5, false});
    set.add({100, 300, false});  // a long name
    set.add({400, 410, true});
    for (uint32_t i = 0; i < filler; ++i) set.add({20000 + 10 * i, 20000 + 10 * i + 5, false});
    SCOPED_TRACE(filler);
    EXPECT_TRUE(set.overlaps({290, 320, false}));
    EXPECT_TRUE(set.overlaps({150, 160, false}));  // inside the long name, far from its start
    EXPECT_TRUE(set.overlaps({50, 101, false}));
    EXPECT_TRUE(set.overlaps({405, 406, true}));
    EXPECT_FALSE(set.overlaps({300, 320, false}));  // touches its end only
    EXPECT_FALSE(set.overlaps({50, 100, false}));   // touches its start only
    EXPECT_FALSE(set.overlaps({150, 160, true}));   // the title has nothing there
    EXPECT_FALSE(set.overlaps({405, 406, false}));
    EXPECT_FALSE(set.overlaps({10006, 10009, false}));
  }
}

}  // namespace
}  // namespace tw::extract

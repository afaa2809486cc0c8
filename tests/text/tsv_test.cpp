#include <gtest/gtest.h>

#include "text/tsv.h"

namespace {

using tw::text::alternatives;
using V = std::vector<std::string>;

TEST(Tsv, AlternativesSplitAtTheSeparatorAndSkipEmptyOnes) {
  EXPECT_EQ(alternatives("WTO Secretariat|the Secretariat"), (V{"WTO Secretariat", "the Secretariat"}));
  EXPECT_EQ(alternatives("one"), (V{"one"}));
  EXPECT_EQ(alternatives(""), V{});
  EXPECT_EQ(alternatives("|a||b|"), (V{"a", "b"}));
  EXPECT_EQ(alternatives("a;b", ';'), (V{"a", "b"}));
}

}  // namespace

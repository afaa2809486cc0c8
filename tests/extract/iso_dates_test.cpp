// ISO date text both ways: the writers agree with their snprintf formats and the readers read
// each field as std::atoi does, for the common four-digit years and outside them.
#include <gtest/gtest.h>

#include <cstdio>
#include <string>

#include "extract/calendar.h"
#include "extract/facts_common.h"

namespace {

// ISO dates: iso() writes what "%04d-%02d-%02d" writes, inside the four-digit years and outside
// them; parse_ymd and first_day read each field as std::atoi reads it.
TEST(IsoDates, IsoAndParseAgreeWithTheCLibrary) {
  using tw::extract::Ymd;
  namespace facts = tw::extract::facts;
  for (Ymd d : {Ymd{2025, 3, 7}, Ymd{0, 1, 1}, Ymd{9999, 12, 31}, Ymd{10000, 1, 1}, Ymd{-5, 2, 3}, Ymd{812, 10, 9},
                Ymd{2025, 100, 1}, Ymd{2025, -1, 1}}) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.y, d.m, d.d);
    EXPECT_EQ(facts::iso(d), std::string(buf));
  }
  const auto day = facts::parse_ymd("2025-03-07");
  ASSERT_TRUE(day.has_value());
  EXPECT_EQ(day->y, 2025);
  EXPECT_EQ(day->m, 3);
  EXPECT_EQ(day->d, 7);
  // atoi stops at the first byte that is no digit ("1a" reads 1) and reads a sign and blanks.
  const auto partial = facts::parse_ymd("2025-1a- 9");
  ASSERT_TRUE(partial.has_value());
  EXPECT_EQ(partial->m, 1);
  EXPECT_EQ(partial->d, 9);
  EXPECT_FALSE(facts::parse_ymd("2025-x1-01").has_value());  // month 0
  EXPECT_FALSE(facts::parse_ymd("2025-13-01").has_value());
  EXPECT_FALSE(facts::parse_ymd("2025-03-7").has_value());  // wrong length
  EXPECT_FALSE(facts::first_day("abcd").has_value());       // year 0
  const auto q = facts::first_day("2025-Q3");
  ASSERT_TRUE(q.has_value());
  EXPECT_EQ(q->m, 7);
  const auto m = facts::first_day("+202-11");
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->y, 202);
  EXPECT_EQ(m->m, 11);
}

// The calendar's ISO writers agree with their snprintf formats in and outside four-digit years.
TEST(IsoDates, IsoWritersAgreeWithSnprintf) {
  for (int y : {0, 7, 999, 2025, 9999, 10000, -1, -2025}) {
    for (int m : {1, 9, 12, 0, 99, 100, -3}) {
      char want[32];
      std::snprintf(want, sizeof want, "%04d-%02d-%02d", y, m, m);
      EXPECT_EQ(tw::extract::iso_day(tw::extract::Ymd{y, m, m}), std::string(want));
      std::snprintf(want, sizeof want, "%04d-%02d", y, m);
      EXPECT_EQ(tw::extract::iso_month(y, m), std::string(want));
    }
    char want[32];
    std::snprintf(want, sizeof want, "%04d", y);
    EXPECT_EQ(tw::extract::iso_year(y), std::string(want));
  }
}

}  // namespace

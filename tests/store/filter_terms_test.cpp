#include "store/filter_terms.h"

#include "tradewatch/store.h"

#include <gtest/gtest.h>

namespace tw::store {
namespace {

constexpr int kMany = 100;

std::string expr(std::string_view from, std::string_view to, std::string_view first = "2005-01-01",
                 std::string_view last = "2026-12-31", int max_terms = kMany) {
  auto t = date_terms(from, to, first, last, max_terms);
  return t ? t->expr : "none";
}

TEST(DateTerms, WholeYearsAndMonthsTakeOneTermEach) {
  EXPECT_EQ(expr("2020-01-01", "2021-12-31"), "filters : (y2020 OR y2021)");
  EXPECT_EQ(expr("2020", "2021"), "filters : (y2020 OR y2021)");
  EXPECT_EQ(expr("2020-03", "2020-03"), "filters : m202003");
  EXPECT_EQ(expr("2020-11", "2021-02"), "filters : (m202011 OR m202012 OR m202101 OR m202102)");
  auto t = date_terms("2020-11", "2021-02", "2005-01-01", "2026-12-31", kMany);
  ASSERT_TRUE(t);
  EXPECT_EQ(t->phrases, 4);
}

TEST(DateTerms, PartMonthsTakeTheirDays) {
  // The days left in March, April whole, two days of May.
  EXPECT_EQ(expr("2020-03-29", "2020-05-02"),
            "filters : (d20200329 OR d20200330 OR d20200331 OR m202004 OR d20200501 OR d20200502)");
  // February of a leap year has 29 days; a day past a month's end starts the next month, and
  // `to` keeps every day it names.
  EXPECT_EQ(expr("2024-02-28", "2024-03"), "filters : (d20240228 OR d20240229 OR m202403)");
  EXPECT_EQ(expr("2023-02-30", "2023-03-01"), "filters : d20230301");
  EXPECT_EQ(expr("2023-03-31", "2023-03-31"), "filters : d20230331");
}

TEST(DateTerms, OpenEndsAreClippedToTheDatesStored) {
  EXPECT_EQ(expr("2019-12-30", "", "2005-01-01", "2020-02-29"),
            "filters : (d20191230 OR d20191231 OR m202001 OR m202002)");
  EXPECT_EQ(expr("", "2006", "2005-06-01", "2026-12-31"),
            "filters : (m200506 OR m200507 OR m200508 OR m200509 OR m200510 OR m200511 OR m200512 OR y2006)");
}

TEST(DateTerms, NoneWhenTheRangeIsEmptyMalformedOrTooWide) {
  EXPECT_EQ(expr("2030", ""), "none");        // after every stored date
  EXPECT_EQ(expr("2021", "2020"), "none");    // reversed
  EXPECT_EQ(expr("2020-13", ""), "none");     // no such month
  EXPECT_EQ(expr("20200", ""), "none");       // not a date prefix
  EXPECT_EQ(expr("2020-1-1", ""), "none");
  EXPECT_EQ(expr("", "2020-02-00"), "none");  // no day 0
  EXPECT_EQ(expr("", "", "", ""), "none");    // nothing stored
  // 2020-01-15 to 2020-12-14: 17 + 10 + 14 terms.
  EXPECT_EQ(date_terms("2020-01-15", "2020-12-14", "2005-01-01", "2026-12-31", 41)->phrases, 41);
  EXPECT_FALSE(date_terms("2020-01-15", "2020-12-14", "2005-01-01", "2026-12-31", 40));
}

// The bounds the store's date terms read are the ones the shells accept: one parser for both.
TEST(DatePrefix, YearMonthOrDayWithARealMonthAndDay) {
  EXPECT_TRUE(is_date_prefix("2025"));
  EXPECT_TRUE(is_date_prefix("2025-12"));
  EXPECT_TRUE(is_date_prefix("2025-12-31"));
  EXPECT_TRUE(is_date_prefix("2025-02-31"));  // a day past the month's end: from the next month on
  EXPECT_FALSE(is_date_prefix("2025-13"));
  EXPECT_FALSE(is_date_prefix("2025-00-10"));
  EXPECT_FALSE(is_date_prefix("2025-12-00"));
  EXPECT_FALSE(is_date_prefix("2025-12-32"));
  EXPECT_FALSE(is_date_prefix("25-12-01"));
  EXPECT_FALSE(is_date_prefix("2025/12/01"));
  EXPECT_FALSE(is_date_prefix("2025-1-1"));
  EXPECT_FALSE(is_date_prefix("yesterday"));
  EXPECT_FALSE(is_date_prefix(""));
  // A day the shells refuse gives no date terms either.
  EXPECT_EQ(expr("", "2020-02-32"), "none");
}

TEST(FacetTerm, LetterAndValueFoldedWithoutUnderscores) {
  EXPECT_EQ(facet_term('t', "critical_minerals"), "\"tcriticalminerals\"");
  EXPECT_EQ(facet_term('c', "US"), "\"cus\"");
  EXPECT_EQ(facet_term('b', "G7"), "\"bg7\"");
  EXPECT_EQ(facet_term('e', "trade_mission"), "\"etrademission\"");
  // Anything else never reaches a MATCH expression.
  EXPECT_FALSE(facet_term('c', ""));
  EXPECT_FALSE(facet_term('t', "steel\" OR \"x"));
  EXPECT_FALSE(facet_term('t', "steel*"));
  EXPECT_FALSE(facet_term('t', "st eel"));
  EXPECT_FALSE(facet_term('t', "caf\xc3\xa9"));
}

}  // namespace
}  // namespace tw::store

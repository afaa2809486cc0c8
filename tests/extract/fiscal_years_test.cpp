#include <gtest/gtest.h>

#include "extract/facts_fixture.h"

namespace tw {
namespace {

using testing::FactDoc;

std::vector<std::string> body_values(const FactDoc& d) {
  std::vector<std::string> out;
  for (const auto& m : d.x.dates)
    if (!m.span.in_title) out.push_back(m.value);
  return out;
}

// A split year is a fiscal year: India's runs April to March, Bangladesh's July to June. A full
// "2021-2022" is one only after words naming a fiscal year.
TEST(FiscalYears, SplitYearTakesTheReportersFiscalMonths) {
  FactDoc d("India's exports",
            "NEW DELHI: India's merchandise exports in FY2023-24 stood at $437 billion, against $451 billion in "
            "2022-23. Exports in fiscal year 2021-2022 were $422 billion.",
            {2024, 5, 15});
  d.country("IN", "India");
  d.run(extract::make_dates_stage);
  ASSERT_EQ(d.reporter(), "IN");
  EXPECT_EQ(body_values(d), (std::vector<std::string>{"2023-04/2024-03", "2022-04/2023-03", "2021-04/2022-03"}));

  // "fiscal year 2025/2026": the slash with the next year in four digits is the same period.
  FactDoc s("India's exports", "NEW DELHI: India's exports in fiscal year 2024/2025 were $437 billion.", {2025, 5, 15});
  s.country("IN", "India");
  s.run(extract::make_dates_stage);
  EXPECT_EQ(body_values(s), (std::vector<std::string>{"2024-04/2025-03"}));

  FactDoc b("Bangladesh exports", "DHAKA, May 8 -- Bangladesh set its export target for fiscal year 2016-17.",
            {2017, 5, 8});
  b.country("BD", "Bangladesh");
  b.run(extract::make_dates_stage);
  ASSERT_EQ(b.reporter(), "BD");
  EXPECT_EQ(body_values(b).back(), "2016-07/2017-06");
}

// Where the reporter's fiscal year is not fixed, a split year stays a span of years; a full span
// of years not named a fiscal year stays one for any reporter.
TEST(FiscalYears, UnknownFiscalYearOrPlainYearsStayYears) {
  FactDoc k("Korea's exports", "SEJONG: Korea's exports in 2023-24 grew.", {2024, 5, 15});
  k.country("KR", "Korea");
  k.run(extract::make_dates_stage);
  ASSERT_EQ(k.reporter(), "KR");
  EXPECT_EQ(body_values(k), (std::vector<std::string>{"2023/2024"}));

  FactDoc i("India's exports", "NEW DELHI: India's exports grew from 2022 to 2023.", {2024, 5, 15});
  i.country("IN", "India");
  i.run(extract::make_dates_stage);
  ASSERT_EQ(i.reporter(), "IN");
  EXPECT_EQ(body_values(i), (std::vector<std::string>{"2022/2023"}));
}

// A single year named a fiscal year takes the months its reporter's usage gives it: Japan names
// the year its fiscal year begins in, the United States and Pakistan the year it ends in.
TEST(FiscalYears, SingleYearFollowsTheNamingConvention) {
  FactDoc j("Japan's trade", "TOKYO: Japan posted a trade deficit for fiscal 2023, the Finance Ministry said.",
            {2024, 4, 18});
  j.country("JP", "Japan");
  j.run(extract::make_dates_stage);
  ASSERT_EQ(j.reporter(), "JP");
  EXPECT_EQ(body_values(j), (std::vector<std::string>{"2023-04/2024-03"}));

  FactDoc u("U.S. exports", "WASHINGTON: U.S. exports in FY2024 rose, and FY 2025 spending was set.", {2024, 12, 2});
  u.country("US", "U.S.");
  u.run(extract::make_dates_stage);
  ASSERT_EQ(u.reporter(), "US");
  EXPECT_EQ(body_values(u), (std::vector<std::string>{"2023-10/2024-09", "2024-10/2025-09"}));

  FactDoc p("Pakistan's deficit", "ISLAMABAD: Pakistan's trade deficit in the first 2 months of FY23 narrowed.",
            {2022, 9, 2});
  p.country("PK", "Pakistan");
  p.run(extract::make_dates_stage);
  ASSERT_EQ(p.reporter(), "PK");
  EXPECT_EQ(body_values(p), (std::vector<std::string>{"2022-07/2022-08"}));
}

// Where the naming is not fixed (the UK) or the fiscal year unknown (Korea), "fiscal 2024" stays a
// calendar year and "FY24" no date.
TEST(FiscalYears, SingleYearWithoutAConventionStaysAYear) {
  FactDoc g("UK trade", "LONDON: UK exports in fiscal 2024 rose, and FY24 imports fell.", {2024, 12, 2});
  g.country("GB", "UK");
  g.run(extract::make_dates_stage);
  ASSERT_EQ(g.reporter(), "GB");
  EXPECT_EQ(body_values(g), (std::vector<std::string>{"2024"}));

  FactDoc k("Korea's exports", "SEJONG: Korea's exports in fiscal 2024 and this fiscal year rose.", {2024, 12, 2});
  k.country("KR", "Korea");
  k.run(extract::make_dates_stage);
  ASSERT_EQ(k.reporter(), "KR");
  EXPECT_EQ(body_values(k), (std::vector<std::string>{"2024"}));
}

// "this fiscal year", "last fiscal year" and a part of the current one resolve against the
// publication date; "this fiscal" qualifying months just read adds nothing, and "fiscal" before
// another noun is no year.
TEST(FiscalYears, RelativeFiscalYearsResolveAgainstPublication) {
  FactDoc p("Pakistan's deficit",
            "ISLAMABAD: Pakistan's deficit narrowed during the first two months (July-August) of the current fiscal year "
            "(FY23), against the same period of last fiscal year. Exports this fiscal year will rise.",
            {2022, 9, 2});
  p.country("PK", "Pakistan");
  p.run(extract::make_dates_stage);
  ASSERT_EQ(p.reporter(), "PK");
  EXPECT_EQ(body_values(p), (std::vector<std::string>{"2022-07/2022-08", "2021-07/2022-06", "2022-07/2023-06"}));

  FactDoc i("India's FDI",
            "NEW DELHI: India's FDI rose in the first half of the current fiscal. During April-October this fiscal, exports "
            "rose. This fiscal stimulus and the current financial crisis weigh.",
            {2015, 11, 20});
  i.country("IN", "India");
  i.run(extract::make_dates_stage);
  ASSERT_EQ(i.reporter(), "IN");
  EXPECT_EQ(body_values(i), (std::vector<std::string>{"2015-04/2015-09", "2015-04/2015-10"}));
}

}  // namespace
}  // namespace tw

namespace tw {
namespace {

// A half or quarter of a split fiscal year is counted from the year's first month ("the first
// half of FY2025/26" is April to September 2025 in India); a half of a calendar year stays one.
TEST(FiscalYears, PartOfASplitYearCountsFromItsFirstMonth) {
  FactDoc d("India's exports",
            "NEW DELHI: India's exports rose 6 per cent in the first half of FY2025/26 and 4 per cent in the "
            "third quarter of FY2024-25. Imports rose in the first half of 2025.",
            {2025, 10, 15});
  d.country("IN", "India");
  d.run(extract::make_dates_stage);
  ASSERT_EQ(d.reporter(), "IN");
  EXPECT_EQ(body_values(d), (std::vector<std::string>{"2025-04/2025-09", "2024-10/2024-12", "2025-H1"}));
  FactDoc p("Pakistan trade", "ISLAMABAD: Pakistan's deficit narrowed in the second half of FY2024-25.", {2025, 8, 1});
  p.country("PK", "Pakistan");
  p.run(extract::make_dates_stage);
  ASSERT_EQ(p.reporter(), "PK");
  EXPECT_EQ(body_values(p), (std::vector<std::string>{"2025-01/2025-06"}));
}


// A split year written without "FY" is a fiscal year too: a half, a quarter or months before it
// ("the first half of 2025-26", "April-September 2025-26", "January-March of 2025-26") are of that
// fiscal year, the months each in the calendar year the fiscal year has them in, not a calendar
// half of 2025. A calendar year before no split year stays one.
TEST(FiscalYears, PartOrMonthsOfASplitYearWithoutPrefix) {
  FactDoc d("India's exports",
            "NEW DELHI: India's exports rose 5.2 per cent in the first half of 2025-26. Imports during "
            "April-September 2025-26 stood at USD 375 billion, and in January-March of 2024-25 at USD 180 billion. "
            "Exports rose in April-September 2025 and in the second half of 2024.",
            {2025, 10, 15});
  d.country("IN", "India");
  d.run(extract::make_dates_stage);
  ASSERT_EQ(d.reporter(), "IN");
  EXPECT_EQ(body_values(d), (std::vector<std::string>{"2025-04/2025-09", "2025-04/2025-09", "2025-01/2025-03",
                                                      "2025-04/2025-09", "2024-H2"}));
  ASSERT_FALSE(d.x.dates.empty());
  EXPECT_EQ(d.x.dates.front().text, "first half of 2025-26");
  FactDoc b("Bangladesh exports", "DHAKA: Bangladesh's exports in the first quarter of 2025-26 were $12.3 billion.", {2025, 10, 22});
  b.country("BD", "Bangladesh");
  b.run(extract::make_dates_stage);
  ASSERT_EQ(b.reporter(), "BD");
  EXPECT_EQ(body_values(b), (std::vector<std::string>{"2025-07/2025-09"}));
  // Where the reporter's fiscal year is not known, the split year stays a span of years: no
  // calendar half of its first year.
  FactDoc k("Korea's exports", "SEJONG: Korea's exports in the first half of 2025-26 grew.", {2025, 10, 15});
  k.country("KR", "Korea");
  k.run(extract::make_dates_stage);
  ASSERT_EQ(k.reporter(), "KR");
  EXPECT_EQ(body_values(k), (std::vector<std::string>{"2025/2026"}));
}


// "Q1 FY26", "H1 FY2025-26", "the first quarter of FY 2025-26" (a space after FY): a quarter or
// half written before a fiscal year is of that fiscal year, not a calendar quarter; where the
// reporter's fiscal year is unknown it gives no calendar quarter either.
TEST(FiscalYears, WrittenQuarterOrHalfBeforeAFiscalYear) {
  FactDoc d("India's exports",
            "NEW DELHI: India's exports rose in Q1 FY26 and in H1 FY2025-26, and in the first quarter of FY "
            "2025-26. Imports rose in Q3 2025.",
            {2025, 10, 15});
  d.country("IN", "India");
  d.run(extract::make_dates_stage);
  ASSERT_EQ(d.reporter(), "IN");
  EXPECT_EQ(body_values(d),
            (std::vector<std::string>{"2025-04/2025-06", "2025-04/2025-09", "2025-04/2025-06", "2025-Q3"}));
  FactDoc k("Korea's exports", "SEJONG: Korea's exports rose in Q1 FY26.", {2025, 10, 15});
  k.country("KR", "Korea");
  k.run(extract::make_dates_stage);
  ASSERT_EQ(k.reporter(), "KR");
  EXPECT_TRUE(body_values(k).empty());
}


// "the first half (July-December) of 2025-26": the months restated in parentheses between the
// half and its split year leave it the fiscal year's half, not a calendar half of 2026.
TEST(FiscalYears, HalfWithItsMonthsInParenthesesBeforeASplitYear) {
  FactDoc p("Pakistan's exports", "ISLAMABAD: Pakistan's exports rose in the first half (July-December) of 2025-26.",
            {2026, 1, 15});
  p.country("PK", "Pakistan");
  p.run(extract::make_dates_stage);
  ASSERT_EQ(p.reporter(), "PK");
  EXPECT_EQ(body_values(p), (std::vector<std::string>{"2025-07/2025-12"}));
  FactDoc c("Pakistan's exports", "ISLAMABAD: Pakistan's exports rose in the first half (January-June) of 2025.",
            {2026, 1, 15});
  c.country("PK", "Pakistan");
  c.run(extract::make_dates_stage);
  EXPECT_EQ(body_values(c).front(), "2025-H1");
}

// "fiscal 2024, which ended in March": the closing month stated after the year fixes the twelve
// months, whichever year the reporter names its fiscal years by (India's FY2024 ends in March
// 2024, but this one ended in the March before publication), and for a reporter not listed too.
TEST(FiscalYears, ClosingMonthStatedAfterTheYear) {
  FactDoc d("India's exports",
            "NEW DELHI (PTI) - India's merchandise exports rose 5.2% to $437.4 billion in fiscal 2024, which ended in "
            "March, the Commerce Ministry said.",
            {2025, 4, 15});
  d.country("IN", "India");
  d.run(extract::make_dates_stage);
  ASSERT_EQ(d.reporter(), "IN");
  EXPECT_EQ(body_values(d), (std::vector<std::string>{"2024-04/2025-03", "2025-03"}));

  FactDoc k("Kenya's exports", "NAIROBI - Kenya's exports rose in fiscal 2025, which ended in June.", {2025, 9, 2});
  k.country("KE", "Kenya");
  k.run(extract::make_dates_stage);
  EXPECT_EQ(body_values(k), (std::vector<std::string>{"2024-07/2025-06", "2025-06"}));

  // A year that is neither end of the stated twelve months is left as read.
  FactDoc o("Kenya's exports", "NAIROBI - Kenya's exports rose in fiscal 2021, which ended in June.", {2025, 9, 2});
  o.country("KE", "Kenya");
  o.run(extract::make_dates_stage);
  EXPECT_EQ(body_values(o).front(), "2021");
}

// "the first quarter (July-September) of fiscal year 2025-26": the months in parentheses and the
// fiscal year's name between the quarter and its split year leave it the fiscal year's quarter.
TEST(FiscalYears, QuarterWithItsMonthsBeforeANamedSplitYear) {
  FactDoc p("Pakistan's exports",
            "ISLAMABAD: Pakistan's exports increased by 4.2 percent during the first quarter (July-September) of "
            "fiscal year 2025-26.",
            {2025, 10, 2});
  p.country("PK", "Pakistan");
  p.run(extract::make_dates_stage);
  ASSERT_EQ(p.reporter(), "PK");
  EXPECT_EQ(body_values(p), (std::vector<std::string>{"2025-07/2025-09"}));
}

}  // namespace
// "Q1 2026-27", "H2 2025/26": a quarter or half written before a split year, no "FY" between, is
// of that fiscal year; no calendar quarter of its first year.
TEST(FiscalYears, WrittenQuarterOrHalfBeforeASplitYear) {
  FactDoc d("India's exports", "NEW DELHI: India's exports in Q1 2026-27 and in H2 2025/26 are expected to grow.",
            {2026, 5, 15});
  d.country("IN", "India");
  d.run(extract::make_dates_stage);
  ASSERT_EQ(d.reporter(), "IN");
  EXPECT_EQ(body_values(d), (std::vector<std::string>{"2026-04/2026-06", "2025-10/2026-03"}));
}

// A publisher with no fiscal year of the table's (the UAE's is the calendar year) writes a split
// year named as a fiscal one for the one country it names that keeps one: "FY2024-25" in a release
// on India-UAE trade is India's. A bare split year stays a pair of years.
TEST(FiscalYears, NamedSplitYearOfTheOneNamedCountryWithAFiscalYear) {
  FactDoc d("UAE, India trade",
            "ABU DHABI (WAM) - The UAE and India said trade reached USD 100 billion in FY2024-25 and "
            "rose again in 2025-26.",
            {2026, 5, 19});
  d.country("AE", "UAE").country("IN", "India");
  d.run(extract::make_dates_stage);
  ASSERT_NE(d.reporter(), "IN");
  EXPECT_EQ(body_values(d), (std::vector<std::string>{"2024-04/2025-03", "2025/2026"}));
  FactDoc two("UAE trade", "ABU DHABI (WAM) - The UAE, India and Australia said trade rose in FY2024-25.",
              {2026, 5, 19});
  two.country("AE", "UAE").country("IN", "India").country("AU", "Australia");
  two.run(extract::make_dates_stage);
  EXPECT_EQ(body_values(two), (std::vector<std::string>{"2024/2025"}));
}

// "Q3 of FY2025-26", "Q3 of FY26", "H1 of the current fiscal year": the quarter or half written
// against its number and joined to the fiscal year by "of" is of that fiscal year, no calendar
// quarter of its own.
TEST(FiscalYears, WrittenQuarterOrHalfOfAFiscalYear) {
  FactDoc d("India's exports",
            "NEW DELHI: India's exports rose in Q3 of FY2025-26 and in Q3 of FY26, and in H1 of the current "
            "fiscal year.",
            {2026, 2, 17});
  d.country("IN", "India");
  d.run(extract::make_dates_stage);
  ASSERT_EQ(d.reporter(), "IN");
  EXPECT_EQ(body_values(d), (std::vector<std::string>{"2025-10/2025-12", "2025-10/2025-12", "2025-04/2025-09"}));
}

// "FY2025 first quarter", "fiscal 2025 third quarter", "FY2024 second half": the part named after a
// fiscal year's number is of that fiscal year, no calendar quarter of publication's year.
TEST(FiscalYears, PartNamedAfterTheFiscalYearsNumber) {
  FactDoc d("Japan's exports",
            "TOKYO: Japan's exports rose in the FY2025 first quarter, in the fiscal 2025 third quarter and in "
            "the FY2024 second half.",
            {2026, 2, 17});
  d.country("JP", "Japan");
  d.run(extract::make_dates_stage);
  ASSERT_EQ(d.reporter(), "JP");
  EXPECT_EQ(body_values(d), (std::vector<std::string>{"2025-04/2025-06", "2025-10/2025-12", "2024-10/2025-03"}));
}

// "the July-September quarter of FY26", "the January-March quarter of the current fiscal year",
// "October of FY2026": months joined to a fiscal year by "of" are that fiscal year's months, one
// expression with it, not months of publication's year beside the whole fiscal year.
TEST(FiscalYears, MonthsOfANamedFiscalYear) {
  FactDoc d("India's exports",
            "NEW DELHI: India's exports rose in the July-September quarter of FY26 and in the January-March quarter "
            "of the current fiscal year, while imports fell in October of FY2026.",
            {2025, 11, 17});
  d.country("IN", "India");
  d.run(extract::make_dates_stage);
  ASSERT_EQ(d.reporter(), "IN");
  EXPECT_EQ(body_values(d), (std::vector<std::string>{"2025-07/2025-09", "2026-01/2026-03", "2025-10"}));
}

// "Exports totalled 5 trillion yen in the fiscal first half" in November: a part of the fiscal year
// with no year is the one under way at publication; a part not yet begun, told as a figure, is last
// year's; looked ahead to, a part that has ended is next year's.
TEST(FiscalYears, PartOfTheFiscalYearWithNoYear) {
  FactDoc d("Japan's exports",
            "TOKYO: Japan's exports totalled 5 trillion yen in the fiscal first half, the ministry said. Exports fell "
            "in the fiscal fourth quarter. Exporters expect growth in the fiscal second quarter.",
            {2026, 11, 5});
  d.country("JP", "Japan");
  d.run(extract::make_dates_stage);
  ASSERT_EQ(d.reporter(), "JP");
  EXPECT_EQ(body_values(d), (std::vector<std::string>{"2026-04/2026-09", "2026-01/2026-03", "2027-07/2027-09"}));
}

}  // namespace tw

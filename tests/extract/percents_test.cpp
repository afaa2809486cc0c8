#include <gtest/gtest.h>

#include "extract/stages.h"

namespace {

std::vector<double> percents(std::string_view body) {
  static auto stage = std::move(tw::extract::make_percents_stage(TW_SOURCE_DIR "/data")).value();
  tw::Extraction x;
  tw::extract::Doc doc{"", body, {2025, 12, 4}, {}, x, false};
  stage->run(doc);
  std::vector<double> out;
  for (const auto& p : x.percents) {
    EXPECT_EQ(body.substr(p.span.begin, p.span.end - p.span.begin), p.text);
    out.push_back(p.value);
  }
  return out;
}

using P = std::vector<double>;

TEST(Percents, SignsAndWords) {
  EXPECT_EQ(percents("exports rose 24.3 percent"), P{24.3});
  EXPECT_EQ(percents("a 25% tariff"), P{25});
  EXPECT_EQ(percents("by 3 per cent and 0.7 percentage points"), (P{3, 0.7}));
  EXPECT_EQ(percents("a 422% increase and ten percent more"), (P{422, 10}));
  EXPECT_EQ(percents("a 25-percent tariff"), P{25});
  // British and Irish papers write "pc"; "PCs" are computers.
  EXPECT_EQ(percents("could boost trade by 30pc and prices 4 pc"), (P{30, 4}));
  EXPECT_TRUE(percents("500 PCs and 20 pcs of steel").empty());
}

// "a 25-per-cent tariff": Canadian and Commonwealth copy hyphenates "per cent" as well; a
// number before "per-capita" is none.
TEST(Percents, HyphenatedPerCent) {
  EXPECT_EQ(percents("a 25-per-cent tariff and a five per-cent levy"), (P{25, 5}));
  EXPECT_TRUE(percents("a 25 per-capita rise").empty());
}

// "up 5.94%": the value is the double nearest the number written, so that it prints as written
// (not 5 + 0.94 rounded twice, 5.9399999999999995); so with a decimal comma.
TEST(Percents, DecimalsReadAsWritten) {
  EXPECT_EQ(percents("up 5.94% from a year earlier"), P{5.94});
  EXPECT_EQ(percents("up 0.63% and 12.07 percent"), (P{0.63, 12.07}));
  EXPECT_EQ(percents("um 5,94 % gestiegen"), P{5.94});
}

TEST(Percents, Ranges) {
  EXPECT_EQ(percents("from 100 percent to 75 percent of"), (P{100, 75}));
  EXPECT_EQ(percents("duties range from 62.6% to 69.6%."), (P{62.6, 69.6}));
  EXPECT_EQ(percents("increase them to between 6.9% and 23.7%"), (P{6.9, 23.7}));
  EXPECT_EQ(percents("between 6.9 and 23.7 percent"), (P{6.9, 23.7}));
  EXPECT_EQ(percents("rates of 5–10%"), (P{5, 10}));
  // A year before "to" is the period of the first figure, not a range's first end.
  EXPECT_EQ(percents("growth to moderate from 3.2% in 2025 to 2.9% in 2026"), (P{3.2, 2.9}));
  EXPECT_EQ(percents("duties rise from 150 to 200%"), (P{150, 200}));
}

TEST(Percents, DecimalComma) {
  // South African and Latin American releases write the decimal with a comma.
  EXPECT_EQ(percents("an increase of 5,2% over 2023 and 96,42 percent"), (P{5.2, 96.42}));
  EXPECT_EQ(percents("from 12,4 to 15,6% and between 6,9% and 23,7%"), (P{12.4, 15.6, 6.9, 23.7}));
  // A comma before three digits groups thousands; a list's comma is no decimal point.
  EXPECT_EQ(percents("1,463 percent"), P{1463});
  EXPECT_EQ(percents("items 1,2 and 3% of"), P{3});
  EXPECT_EQ(percents("rates of 5,10 and 15 percent"), P{15});
}

TEST(Percents, NotPercents) {
  EXPECT_TRUE(percents("500 people and 2024 and 13.7 billion").empty());
  EXPECT_TRUE(percents("from 2 to 3 December").empty());
}

TEST(Percents, MinusSign) {
  EXPECT_EQ(percents("growth of -3.5% in"), P{-3.5});
  // A hyphen inside a word is not a minus.
  EXPECT_EQ(percents("COVID-19 rose 5%"), P{5});
}

}  // namespace

// A dash glued after a percent sign joins a range ("0.5%-1%"), no minus; one that opens a figure
// is still a minus ("fell -2.3%").
TEST(Percents, DashAfterAPercentSignJoinsARange) {
  EXPECT_EQ(percents("growth of 0.5%-1% and a fall of -2.3%"), (P{0.5, 1, -2.3}));
}

// "p.c." with its stops, as Indian and older British copy writes it.
TEST(Percents, AbbreviationWithStops) {
  EXPECT_EQ(percents("inflation of 2.4 p.c. was recorded"), P{2.4});
}

// Numbers are read only in the stretch before a sign: a figure long before one, a number written
// in words, a range whose first end is far from the sign, and a text's last percent all still
// count; a number with no sign after it anywhere does not.
TEST(Percents, ReadBeforeEachSignOnly) {
  std::string body = "Exports were 4,500 tonnes in 2024";
  for (int i = 0; i < 40; ++i) body += " and the ministers met again";
  body += ", one hundred twenty-five per cent more; between 6.9 and 23.7 percent";
  for (int i = 0; i < 40; ++i) body += " the 12 partners met";
  body += " and prices rose 4%";
  EXPECT_EQ(percents(body), (P{125, 6.9, 23.7, 4}));
  EXPECT_TRUE(percents("5 upcoming 10 p 15").empty());
}

// "minus 2.1 percent", "negative 0.5 percent": the sign written as a word before the number.
TEST(Percents, SignWrittenAsAWord) {
  EXPECT_EQ(percents("imports fell by minus 2.1 percent"), P{-2.1});
  EXPECT_EQ(percents("growth was negative 0.5 percent and -3.4 percent"), (P{-0.5, -3.4}));
}

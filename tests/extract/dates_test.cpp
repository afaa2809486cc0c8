#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "extract/dates.h"

namespace {

using tw::extract::DateGrammar;
using tw::extract::Ymd;

const DateGrammar& grammar() {
  static auto g = [] {
    auto r = DateGrammar::load(TW_SOURCE_DIR "/data");
    EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error());
    return std::move(r).value();
  }();
  return *g;
}

std::vector<std::string> values(std::string_view text, Ymd pub) {
  std::vector<std::string> out;
  for (const auto& m : grammar().find_all(text, pub)) out.push_back(m.value);
  return out;
}

using V = std::vector<std::string>;

const Ymd kDec4{2025, 12, 4};

TEST(Dates, WeekdayConfirmsTheYear) {
  EXPECT_EQ(values("held on Thursday, December 4, at", kDec4), V{"2025-12-04"});
  // Published in January: a December day with a matching weekday is last year's.
  EXPECT_EQ(values("met on Monday, December 29", {2026, 1, 2}), V{"2025-12-29"});
  // Published in December: a January day with a matching weekday is next year's.
  EXPECT_EQ(values("will meet on Tuesday, January 6", {2025, 12, 30}), V{"2026-01-06"});
  // 2024-12-04 was a Wednesday: the weekday picks 2024, not the publication year.
  EXPECT_EQ(values("on Wednesday, December 4", {2025, 6, 1}), V{"2024-12-04"});
}

TEST(Dates, DaysWithAndWithoutYears) {
  EXPECT_EQ(values("WASHINGTON, May 4, 2023 – The", {2023, 5, 5}), V{"2023-05-04"});
  EXPECT_EQ(values("in Brussels on Thursday 25 May.", {2023, 5, 24}), V{"2023-05-25"});
  EXPECT_EQ(values("signed on 25 May 2023", kDec4), V{"2023-05-25"});
  EXPECT_EQ(values("on Wednesday June 30th Taipei time", {2021, 6, 25}), V{"2021-06-30"});
  EXPECT_EQ(values("the December 2 meeting", kDec4), V{"2025-12-02"});
  EXPECT_EQ(values("dated 2025-12-04.", kDec4), V{"2025-12-04"});
}

// A month range with no year takes the year of its end ("from January to September" in October
// is this year's, though this year's January is further away than the next); a range still
// running past publication is no later year's either.
TEST(Dates, MonthRangeTakesTheYearOfItsEnd) {
  EXPECT_EQ(values("From January to September, the surplus rose.", {2023, 10, 16}), V{"2023-01/2023-09"});
  EXPECT_EQ(values("From January to November, exports rose.", {2023, 10, 16}), V{"2023-01/2023-11"});
  EXPECT_EQ(values("From October to December, exports rose.", {2024, 1, 15}), V{"2023-10/2023-12"});
}

TEST(Dates, Ranges) {
  EXPECT_EQ(values("from Monday, December 1, to Thursday, December 4", kDec4), V{"2025-12-01/2025-12-04"});
  EXPECT_EQ(values("from December 2 to 3 at", kDec4), V{"2025-12-02/2025-12-03"});
  EXPECT_EQ(values("from March 26–29, 2026", kDec4), V{"2026-03-26/2026-03-29"});
  EXPECT_EQ(values("held virtually from 4 to 15 May 2020.", {2020, 6, 2}), V{"2020-05-04/2020-05-15"});
  EXPECT_EQ(values("took place between 17 and 28 July.", {2023, 8, 1}), V{"2023-07-17/2023-07-28"});
  EXPECT_EQ(values("from 18 September to 6 October 2023", {2023, 10, 19}), V{"2023-09-18/2023-10-06"});
  EXPECT_EQ(values("From January 20 (Sun.) to 22 (Tue.), 2019, he", {2019, 1, 23}), V{"2019-01-20/2019-01-22"});
  // A range over the new year.
  EXPECT_EQ(values("from December 29 to January 2", {2025, 12, 20}), V{"2025-12-29/2026-01-02"});
  EXPECT_EQ(values("from January to November this year", {2025, 12, 16}), V{"2025-01/2025-11"});
  EXPECT_EQ(values("support from 2023 to 2027.", kDec4), V{"2023/2027"});
  // Two consecutive days joined by "and" are one span; two days apart are two dates.
  EXPECT_EQ(values("the conference scheduled for Aug 2 and 3 in Beijing", {2019, 7, 31}),
            V{"2019-08-02/2019-08-03"});
  EXPECT_EQ(values("meetings on March 3 and 10.", {2025, 3, 1}), (V{"2025-03-03"}));
  EXPECT_EQ(values("on May 2 and 3 companies", {2025, 5, 1}), (V{"2025-05-02"}));
}

TEST(Dates, MonthsYearsAndParts) {
  EXPECT_EQ(values("the September 2024 declaration", kDec4), V{"2024-09"});
  EXPECT_EQ(values("in February of this year", {2025, 12, 18}), V{"2025-02"});
  // A bare month is the nearest one, leaning to the past unless the future one is close.
  EXPECT_EQ(values("to be held in March.", {2025, 12, 10}), V{"2026-03"});
  EXPECT_EQ(values("held in June.", {2025, 12, 10}), V{"2025-06"});
  EXPECT_EQ(values("at the end of June to", {2021, 6, 11}), V{"2021-06"});
  EXPECT_EQ(values("bilateral trade in 2024.", kDec4), V{"2024"});
  EXPECT_EQ(values("in the third quarter of 2025", kDec4), V{"2025-Q3"});
  EXPECT_EQ(values("in the first half of 2026", kDec4), V{"2026-H1"});
  EXPECT_EQ(values("the latter half of 2024", kDec4), V{"2024-H2"});
  // Spanish and Portuguese releases in English name a half a semester; a semester with no
  // position word is no date.
  EXPECT_EQ(values("in the first semester of 2025", kDec4), V{"2025-H1"});
  EXPECT_EQ(values("in the second semester", kDec4), V{"2025-H2"});
  EXPECT_TRUE(values("during the semester abroad", kDec4).empty());
  EXPECT_EQ(values("in the first three quarters, exports", kDec4), V{"2025-01/2025-09"});
  EXPECT_EQ(values("the first half of this year", {2024, 4, 20}), V{"2024-H1"});
  // "last May" in March is the May before; "next March" in March is a year on; "in May" is the
  // nearest unless a verb in the past tense puts it before publication.
  EXPECT_EQ(values("initiated the case last May", {2004, 3, 26}), V{"2003-05"});
  EXPECT_EQ(values("the law amended last February", {2004, 3, 26}), V{"2004-02"});
  EXPECT_EQ(values("to be signed next March", {2025, 3, 10}), V{"2026-03"});
  EXPECT_EQ(values("to be initiated in May", {2004, 3, 26}), V{"2004-05"});
  EXPECT_EQ(values("initiated in May", {2004, 3, 26}), V{"2003-05"});
}

// A bare month after a verb in the past tense is at or before publication; after a word that
// looks ahead, or no verb, it stays the nearest month.
TEST(Dates, PastTenseKeepsABareMonthBehindPublication) {
  const Ymd nov26{2024, 11, 26};
  EXPECT_EQ(values("the investigation, launched in February, found", nov26), V{"2024-02"});
  EXPECT_EQ(values("talks began in early January", nov26), V{"2024-01"});
  EXPECT_EQ(values("the agreement was signed in November", nov26), V{"2024-11"});
  EXPECT_EQ(values("a decision is expected in February", nov26), V{"2025-02"});
  EXPECT_EQ(values("the pact will be formally launched in February", nov26), V{"2025-02"});
  EXPECT_EQ(values("the next round in February", nov26), V{"2025-02"});
}

// A clause that looks ahead ("will", "aims to", "to be") puts a bare month at or after
// publication, however far; without one, the nearest month stays.
TEST(Dates, ClauseLookingAheadKeepsABareMonthAfterPublication) {
  EXPECT_EQ(values("Ukraine aims to reach a political decision by September", {2008, 2, 19}), V{"2008-09"});
  EXPECT_EQ(values("the next meeting will be held in May", {2025, 11, 20}), V{"2026-05"});
  EXPECT_EQ(values("the ministers plan to meet again in November", {2025, 11, 20}), V{"2025-11"});
  EXPECT_EQ(values("a decision by September", {2008, 2, 19}), V{"2007-09"});
  EXPECT_EQ(values("exports fell in May", {2025, 11, 20}), V{"2025-05"});
  EXPECT_EQ(values("the talks, which will resume. They ended in May", {2025, 11, 20}), V{"2025-05"});
}

// "agreed to", "decided to": the infinitive of a plan looks ahead, however far back in the
// clause; the month the verb itself is cued by ("agreed in May to") is not of the plan.
TEST(Dates, InfinitiveOfAPlanPutsABareMonthAhead) {
  const Ymd mar4{2024, 3, 4};
  EXPECT_EQ(values("the two sides agreed to hold the third meeting of their joint trade committee in Mexico City in October",
                   mar4),
            V{"2024-10"});
  EXPECT_EQ(values("the ministers decided to launch negotiations in September", mar4), V{"2024-09"});
  EXPECT_EQ(values("the ministers agreed in October to launch talks", mar4), V{"2023-10"});
  EXPECT_EQ(values("the committee met in October", mar4), V{"2023-10"});
}

// A participle that looks ahead right before the month's cue ("is expected in February") puts the
// month ahead even where the month behind is as near (February from October: four months on,
// eight back); "was expected in", "originally scheduled in" do not.
TEST(Dates, ParticipleBeforeTheCueLooksAhead) {
  const Ymd oct1{2024, 10, 1};
  EXPECT_EQ(values("A final determination is expected in February.", oct1), V{"2025-02"});
  EXPECT_EQ(values("talks scheduled in early February", oct1), V{"2025-02"});
  EXPECT_EQ(values("a ruling was expected in February", oct1), V{"2024-02"});
  EXPECT_EQ(values("the talks, originally scheduled in February, were", oct1), V{"2024-02"});
}

TEST(Dates, RelativeToPublication) {
  EXPECT_EQ(values("preparations for next year's summit", kDec4), V{"2026"});
  EXPECT_EQ(values("held this month", kDec4), V{"2025-12"});
  EXPECT_EQ(values("to hold negotiations early next month", {2016, 12, 20}), V{"2017-01"});
  EXPECT_EQ(values("to be hosted later this year", {2023, 8, 1}), V{"2023"});
  EXPECT_EQ(values("met late yesterday with", {2022, 7, 8}), V{"2022-07-07"});
  EXPECT_EQ(values("Secretary Yau today met", {2017, 10, 9}), V{"2017-10-09"});
  EXPECT_EQ(values("Meeting (November 30) In preparation for the summit the following day",
                   {2018, 12, 4}),
            (V{"2018-11-30", "2018-12-01"}));
  // A span of time is not a calendar year.
  EXPECT_TRUE(values("over the last year", kDec4).empty());
}

// Wire style: a weekday alone is the nearest such day up to publication, later when the clause
// speaks of the future. 2025-12-04 is a Thursday.
TEST(Dates, BareWeekdaysInNewsStyle) {
  EXPECT_EQ(values("data showed on Monday", kDec4), V{"2025-12-01"});
  EXPECT_EQ(values("the ministers agreed Thursday to", kDec4), V{"2025-12-04"});
  EXPECT_EQ(values("the minister said on Sunday", kDec4), V{"2025-11-30"});
  EXPECT_EQ(values("the two sides will meet on Friday", kDec4), V{"2025-12-05"});
  EXPECT_EQ(values("talks next Thursday", kDec4), V{"2025-12-11"});
  // The "will" of a clause with a long object still makes it future; a reporting verb after it
  // dates the saying.
  EXPECT_EQ(values("Britain and Vietnam will conclude negotiations on a free trade agreement on Friday", kDec4),
            V{"2025-12-05"});
  EXPECT_EQ(values("the tariffs will rise sharply, the ministry said on Monday", kDec4),
            V{"2025-12-01"});
  // Every verb of a saying closes the clause, as "said" does.
  EXPECT_EQ(values("the tariffs will rise sharply, the ministry noted on Monday", kDec4),
            V{"2025-12-01"});
  EXPECT_EQ(values("the tariffs will rise sharply, the ministry added on Monday", kDec4),
            V{"2025-12-01"});
  EXPECT_EQ(values("the tariffs will rise sharply and the ministry will brief on Monday", kDec4),
            V{"2025-12-08"});
  EXPECT_EQ(values("as announced last Thursday", kDec4), V{"2025-11-27"});
  // A headline's bare "to"-infinitive is a plan; "to" before a noun or in the body is not.
  auto title_values = [](std::string_view text) {
    std::vector<std::string> out;
    for (const auto& m : grammar().find_all(text, kDec4, true)) out.push_back(m.value);
    return out;
  };
  EXPECT_EQ(title_values("Vietnam says to conclude free trade agreement talks with Britain on Friday"),
            V{"2025-12-05"});
  EXPECT_EQ(title_values("Minister talks to reporters on Friday"), V{"2025-11-28"});
  EXPECT_EQ(title_values("Exports to the EU fell on Monday"), V{"2025-12-01"});
  EXPECT_EQ(values("the ministers agreed to cut tariffs on Monday", kDec4), V{"2025-12-01"});
  // The second weekday of a pair follows the first, even past publication.
  EXPECT_EQ(values("leaders came for a meeting on Friday and Saturday.", {2022, 11, 18}),
            (V{"2022-11-18", "2022-11-19"}));
  EXPECT_EQ(values("talks on Monday. The minister left on Saturday.", {2022, 11, 18}),
            (V{"2022-11-14", "2022-11-12"}));
  // The first of a pair may carry its date in parentheses; a weekday after a sentence end is no
  // second of a pair. 2021-10-06 was a Wednesday.
  EXPECT_EQ(values("will be in the US from Wednesday (Oct 6) to Saturday.", {2021, 10, 6}),
            (V{"2021-10-06", "2021-10-06", "2021-10-09"}));
  EXPECT_EQ(values("met on Wednesday (Oct 6). They left on Saturday.", {2021, 10, 6}),
            (V{"2021-10-06", "2021-10-06", "2021-10-02"}));
  // What is under way runs on past publication ("runs until Saturday"); what ran, or a bare
  // "until", ended before it.
  EXPECT_EQ(values("during the visit, which runs until Saturday.", kDec4), V{"2025-12-06"});
  EXPECT_EQ(values("the exhibition lasts through Monday.", kDec4), V{"2025-12-08"});
  EXPECT_EQ(values("the talks ran until Saturday.", kDec4), V{"2025-11-29"});
  EXPECT_EQ(values("the consultation was open until Monday.", kDec4), V{"2025-12-01"});
  // Short forms are other words; names built on a weekday are not dates.
  EXPECT_TRUE(values("Wed and Sat", kDec4).empty());
  EXPECT_TRUE(values("sales after Black Friday rose", kDec4).empty());
  EXPECT_TRUE(values("on Tuesdays and Fridays", kDec4).empty());
}

TEST(Dates, NotDates) {
  EXPECT_TRUE(values("increased over the past five years", kDec4).empty());
  EXPECT_TRUE(values("Since the 1990s, the two countries", kDec4).empty());
  EXPECT_TRUE(values("five-year national standardization strategies", kDec4).empty());
  EXPECT_TRUE(values("commencing at 4:50 p.m. for 20 minutes", kDec4).empty());
  EXPECT_TRUE(values("more than 2000 companies and USD 2024 million", kDec4).empty());
  EXPECT_TRUE(values("host the 2025 International AI Standards Summit", kDec4).empty());
  // "May" the name and "march" the verb are not months.
  EXPECT_TRUE(values("Prime Minister Theresa May said", kDec4).empty());
  EXPECT_TRUE(values("they march on", kDec4).empty());
  EXPECT_TRUE(values("this week", kDec4).empty());
  EXPECT_TRUE(values("the 4th Industrial Revolution", kDec4).empty());
  EXPECT_TRUE(values("under Regulation (EU) 2019/452 on screening", kDec4).empty());
}

TEST(Dates, SpansAndResolve) {
  const std::string text = "KATS met on Wednesday, December 3, to share";
  auto ms = grammar().find_all(text, kDec4, true);
  ASSERT_EQ(ms.size(), 1u);
  EXPECT_EQ(text.substr(ms[0].span.begin, ms[0].span.end - ms[0].span.begin), "Wednesday, December 3");
  EXPECT_EQ(ms[0].text, "Wednesday, December 3");
  EXPECT_TRUE(ms[0].span.in_title);
  EXPECT_EQ(grammar().resolve("the first half of 2026", kDec4), std::optional<std::string>("2026-H1"));
  EXPECT_EQ(grammar().resolve("next year", kDec4), std::optional<std::string>("2026"));
  EXPECT_FALSE(grammar().resolve("next year and then", kDec4).has_value());
}

// A period after a full month or weekday name ends the sentence; after an abbreviation it is the
// abbreviation's own ("Sept.", "Thu."), and the span keeps it.
TEST(Dates, SentenceStopIsNoPartOfAFullName) {
  auto texts = [](std::string_view text, Ymd pub) {
    std::vector<std::string> out;
    for (const auto& m : grammar().find_all(text, pub)) out.push_back(m.text);
    return out;
  };
  const Ymd pub{2020, 5, 20};
  EXPECT_EQ(texts("took place between 5 and 15 May. Around 200", pub), V{"5 and 15 May"});
  EXPECT_EQ(texts("held from 3 to 5 June. The", pub), V{"3 to 5 June"});
  EXPECT_EQ(texts("exports rose in July. Imports", pub), V{"July"});
  EXPECT_EQ(texts("met on Tuesday, 19 May. The", pub), V{"Tuesday, 19 May"});
  // Abbreviations keep their period, at a sentence's end too.
  EXPECT_EQ(texts("held from 3 to 5 Sept. The", pub), V{"3 to 5 Sept."});
  EXPECT_EQ(texts("SEOUL, Dec. 4 (Yonhap)", pub), V{"Dec. 4"});
  EXPECT_EQ(texts("on Thu. May 14 in Seoul", pub), V{"Thu. May 14"});
  EXPECT_EQ(values("took place between 5 and 15 May. Around 200", pub), V{"2020-05-05/2020-05-15"});
}

// "Bern, 27.01.2007": European releases date themselves day.month.year; a decimal is no date, nor
// is a longer dotted number.
TEST(Dates, DayMonthYearWithDots) {
  EXPECT_EQ(values("Bern, 27.01.2007 - Federal Councillor", kDec4), V{"2007-01-27"});
  EXPECT_EQ(values("Geneva, 5.03.2024 - The", kDec4), V{"2024-03-05"});
  EXPECT_EQ(values("tariffs of 27.01 percent in 2007", kDec4), V{"2007"});
  EXPECT_EQ(values("version 1.27.01.2007 of the schedule", kDec4), V{});
  EXPECT_EQ(values("on 31.02.2024 it", kDec4), V{"2024"});  // no such day: the year alone
  // A sentence's full stop after the year ends the date, as a space does.
  EXPECT_EQ(values("The duty lasts until 31.12.2027. It was set on 05.12.2025.", kDec4),
            (V{"2027-12-31", "2025-12-05"}));
}

// "20/11/2025": day, month and year joined by slashes, day first; month first where only that
// reading is a day; where both are, the one nearer the publication.
TEST(Dates, DayMonthYearWithSlashes) {
  EXPECT_EQ(values("The meeting on 20/11/2025 approved it", kDec4), V{"2025-11-20"});
  EXPECT_EQ(values("The meeting on 11/20/2025 approved it", kDec4), V{"2025-11-20"});
  EXPECT_EQ(values("Decision No. 12 of 03/12/2025 said", kDec4), V{"2025-12-03"});
  EXPECT_EQ(values("signed on 12/03/2025 in Rome", Ymd{2025, 3, 14}), V{"2025-03-12"});
  EXPECT_EQ(values("issued 1/2/2025 in", kDec4), V{"2025-02-01"});
  EXPECT_EQ(values("open 24/7 and 365 days", kDec4), V{});
}

// Hard cases kept as data: tests/cases/dates.tsv (sentence, published, expected values).
TEST(Dates, CaseFile) {
  std::ifstream in(TW_SOURCE_DIR "/tests/cases/dates.tsv");
  ASSERT_TRUE(in) << "tests/cases/dates.tsv missing";
  std::string line;
  int cases = 0;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cols;
    std::stringstream ss(line);
    for (std::string c; std::getline(ss, c, '\t');) cols.push_back(c);
    ASSERT_GE(cols.size(), 2u) << line;
    const std::string& pub = cols[1];
    Ymd p{std::stoi(pub.substr(0, 4)), std::stoi(pub.substr(5, 2)), std::stoi(pub.substr(8, 2))};
    V expected;
    if (cols.size() > 2) {
      std::string rest = cols[2];
      for (size_t b = 0; b < rest.size();) {
        size_t e = rest.find(" | ", b);
        if (e == std::string::npos) e = rest.size();
        if (e > b) expected.push_back(rest.substr(b, e - b));
        b = e + 3;
      }
    }
    EXPECT_EQ(values(cols[0], p), expected) << cols[0];
    ++cases;
  }
  EXPECT_GT(cases, 10);
}

}  // namespace

namespace {

// The "will" that sets a weekday ahead may stand far back in a long clause ("Ethiopia will
// officially launch trade in goods under the African Continental Free Trade Area (AfCFTA)
// Agreement on Thursday"); a reporting verb between still dates the weekday by the saying.
TEST(Dates, WillFarBackInALongClause) {
  const Ymd oct8{2025, 10, 8};  // a Wednesday
  EXPECT_EQ(values("Ethiopia will officially launch trade in goods under the African Continental Free Trade Area "
                   "(AfCFTA) Agreement on Thursday, an official said.",
                   oct8),
            V{"2025-10-09"});
  EXPECT_EQ(values("Exports will rise under the agreement on rules of origin for textiles and garments, officials "
                   "said on Thursday.",
                   oct8),
            V{"2025-10-02"});
}

}  // namespace

namespace {

// News copy's present before a weekday tells of what is to come ("when their leaders meet
// Monday", "talks begin on Tuesday"); the past ("met Monday") and a title's present, which tells
// of what happened, keep the day before publication.
TEST(Dates, PresentGatheringVerbBeforeAWeekday) {
  const Ymd sat{2012, 3, 17};  // a Saturday
  EXPECT_EQ(values("They are expected to agree to launch negotiations when their leaders meet Monday.", sat),
            V{"2012-03-19"});
  EXPECT_EQ(values("The second round of talks begins on Tuesday.", sat), V{"2012-03-20"});
  EXPECT_EQ(values("Their leaders met Monday in Tokyo.", sat), V{"2012-03-12"});
  std::vector<std::string> title;
  for (const auto& m : grammar().find_all("Japan, Mongolia leaders meet Monday", sat, true)) title.push_back(m.value);
  EXPECT_EQ(title, V{"2012-03-12"});
}

}  // namespace

namespace {

// A "to" in the body does not end the search for the clause's tense: "will travel to Melbourne on
// Thursday", "duties of up to 35.3% … from Wednesday" look ahead as their "will" says, and so do
// other words that look ahead ("are expected to sign", "scheduled for", "look forward to"). A
// clause with none ("agreed to launch talks on Monday", "met … on Thursday") is the past.
TEST(Dates, WordsThatLookAheadPastAToInTheBody) {
  const Ymd mar4{2025, 3, 4};  // a Tuesday
  EXPECT_EQ(values("The minister will travel to Melbourne on Thursday.", mar4), V{"2025-03-06"});
  EXPECT_EQ(values("The EU will impose duties of up to 35.3% on imports from Wednesday, it said.", mar4),
            V{"2025-03-05"});
  EXPECT_EQ(values("Ministers are expected to sign the deal on Thursday.", mar4), V{"2025-03-06"});
  EXPECT_EQ(values("The talks are scheduled for Thursday.", mar4), V{"2025-03-06"});
  EXPECT_EQ(values("I look forward to our discussions in Melbourne on Thursday.", mar4), V{"2025-03-06"});
  EXPECT_EQ(values("The ministers agreed to launch talks on Monday.", mar4), V{"2025-03-03"});
  EXPECT_EQ(values("The minister met his counterpart in Melbourne on Thursday.", mar4), V{"2025-02-27"});
  EXPECT_EQ(values("Exports to Japan rose on Thursday.", mar4), V{"2025-02-27"});
  // A measure's start in the present looks ahead; in the past it does not.
  EXPECT_EQ(values("The duties take effect on Wednesday.", mar4), V{"2025-03-05"});
  EXPECT_EQ(values("The surtax is effective from Friday.", mar4), V{"2025-03-07"});
  EXPECT_EQ(values("The duties took effect on Monday.", mar4), V{"2025-03-03"});
  EXPECT_EQ(values("The surtax became effective on Friday.", mar4), V{"2025-02-28"});
  // A weekday opening its sentence takes the tense of the clause after it.
  EXPECT_EQ(values("Leaders arrived. On Thursday, the Plenary Session of the summit will be held.", mar4),
            V{"2025-03-06"});
  EXPECT_EQ(values("Leaders arrived. On Thursday, the ministers signed the accord.", mar4), V{"2025-02-27"});
  EXPECT_EQ(values("On Thursday, the minister said the talks will resume.", mar4), V{"2025-02-27"});
}

// A day named without its year in a clause that looks ahead is the next such day, even when last
// year's lies nearer; in the past tense, or with no such word, the nearest one.
TEST(Dates, DayInAClauseThatLooksAheadIsTheNextOne) {
  const Ymd jun2{2025, 6, 2};
  EXPECT_EQ(values("A final determination will be made by October 3.", jun2), V{"2025-10-03"});
  EXPECT_EQ(values("The ministry plans to announce its findings on 5 October.", jun2), V{"2025-10-05"});
  EXPECT_EQ(values("The ministry published its findings on October 3.", jun2), V{"2024-10-03"});
  EXPECT_EQ(values("The investigation began on October 3.", jun2), V{"2024-10-03"});
  EXPECT_EQ(values("The talks will resume on June 20.", jun2), V{"2025-06-20"});
}

}  // namespace

namespace {

// "the three months to September 2025", "the year through March", "the 12 months ending in
// June": a rolling stretch of whole months ending with the month named. A month after "to" with
// no count of months before it stays the month.
TEST(Dates, RollingMonthsToAMonth) {
  const Ymd nov{2025, 11, 13};
  EXPECT_EQ(values("widened in the three months to September 2025, as", nov), V{"2025-07/2025-09"});
  EXPECT_EQ(values("the average for the three months ending in June rose", nov), V{"2025-04/2025-06"});
  EXPECT_EQ(values("the deficit in the 12 months to October was", nov), V{"2024-11/2025-10"});
  EXPECT_EQ(values("exports in the year through March rose", {2025, 4, 17}), V{"2024-04/2025-03"});
  EXPECT_EQ(values("the deficit in the year ended October 2025 was", nov), V{"2024-11/2025-10"});
  EXPECT_EQ(values("from January to September 2025", nov), V{"2025-01/2025-09"});
  EXPECT_EQ(values("postponed the vote to September 2025", nov), V{"2025-09"});
}

}  // namespace

namespace {

// "August exports were $280.8 billion", "The June decrease in the deficit": a bare month before a
// noun of a release's figures is the (passed) month of those figures; before another noun, or in
// lower case, it is none.
TEST(Dates, MonthNamingAReleasesFigures) {
  const Ymd nov{2025, 11, 19};
  EXPECT_EQ(values("August exports were $280.8 billion, $0.3 billion less than July exports.", nov),
            (V{"2025-08", "2025-07"}));
  EXPECT_EQ(values("The June decrease in the goods deficit reflected", nov), V{"2025-06"});
  EXPECT_EQ(values("Officials said December data would show", {2026, 1, 10}), V{"2025-12"});
  EXPECT_EQ(values("August Rodin was a sculptor.", nov), V{});
  EXPECT_EQ(values("Exports may increase next year.", nov), V{"2026"});
}

// "Cumulatively, January-October exports totalled US$234.04 billion": two joined months before a
// noun of a release's figures are the stretch those figures cover, which has passed.
TEST(Dates, MonthRangeNamingAReleasesFigures) {
  const Ymd dec{2025, 12, 1};
  EXPECT_EQ(values("Cumulatively, January-October exports totalled US$234.04 billion.", dec),
            V{"2025-01/2025-10"});
  // In February, a range ending in December is last year's.
  EXPECT_EQ(values("July-December shipments rose 4%.", {2026, 2, 15}), V{"2025-07/2025-12"});
  // Before another noun, no stretch is named.
  EXPECT_EQ(values("January-October talks went on.", dec), V{});
}

}  // namespace

namespace {

// "the September quarter of 2025", "the June quarter": a quarter named by the month that ends it;
// another month before "quarter" names none.
TEST(Dates, QuarterNamedByItsLastMonth) {
  const Ymd nov{2025, 11, 6};
  EXPECT_EQ(values("exports fell in the September quarter of 2025 to", nov), V{"2025-Q3"});
  EXPECT_EQ(values("the June quarter 2024 surplus", nov), V{"2024-Q2"});
  EXPECT_EQ(values("growth in the December quarter was", {2026, 3, 4}), V{"2025-Q4"});
  EXPECT_EQ(values("from August quarter", nov), V{"2025-08"});
  EXPECT_EQ(values("exports rose in the September 2025 quarter to", nov), V{"2025-Q3"});
  EXPECT_EQ(values("in August 2025 quarterly exports rose", nov), V{"2025-08"});
}

}  // namespace

namespace {

// "the fiscal year ended March 31", "the year ended 30 June 2025": a year ending on a month's last
// day is the twelve months up to that month; a day that ends no month stays the day, and so does
// a day after another word.
TEST(Dates, YearEndedOnAMonthsLastDay) {
  EXPECT_EQ(values("in the fiscal year ended March 31, up", {2025, 5, 2}), V{"2024-04/2025-03"});
  EXPECT_EQ(values("for the year ended 30 June 2025 rose", {2025, 11, 6}), V{"2024-07/2025-06"});
  EXPECT_EQ(values("the year ending December 31, 2024", {2025, 2, 6}), V{"2024-01/2024-12"});
  EXPECT_EQ(values("the year ended March 15, 2025", {2025, 5, 2}), V{"2025-03-15"});
  EXPECT_EQ(values("the talks ended March 31, 2025", {2025, 5, 2}), V{"2025-03-31"});
}

}  // namespace

namespace {

// "the first drop since February": a month counted from has passed; a month ahead ("will meet in
// February") is still the next one.
TEST(Dates, MonthSinceHasPassed) {
  const Ymd nov{2025, 11, 7};
  EXPECT_EQ(values("exports fell, the first drop since February, data showed", nov), V{"2025-02"});
  EXPECT_EQ(values("the ban in place since December", nov), V{"2024-12"});
  EXPECT_EQ(values("the ministers will meet in February", nov), V{"2026-02"});
}

}  // namespace

namespace {

// "on the 13th": a day of the month alone is the publication's month or one next to it, the day
// nearest publication, leaning to the past; an ordinal that qualifies a noun ("the 450th meeting",
// "on the 5th floor") or follows no word of time is no day.
TEST(Dates, OrdinalDayOfTheMonth) {
  EXPECT_EQ(values("hosted the meeting on the 13th in Seoul", {2024, 6, 14}), V{"2024-06-13"});
  EXPECT_EQ(values("released by the Korea Customs Service on the 21st, exports", {2025, 12, 22}), V{"2025-12-21"});
  EXPECT_EQ(values("a forum held on the 30th.", {2025, 12, 2}), V{"2025-11-30"});
  EXPECT_EQ(values("held its 450th meeting on the 15th and decided", {2024, 5, 16}), V{"2024-05-15"});
  EXPECT_EQ(values("held its 450th meeting at the office", {2024, 5, 16}), V{});
  EXPECT_EQ(values("met on the 5th floor of the building", {2024, 5, 16}), V{});
  EXPECT_EQ(values("marking the 20th anniversary of the FTA", {2024, 5, 16}), V{});
  EXPECT_EQ(values("on the 3rd Korea Forum", {2024, 5, 16}), V{});
  // The clause's verb may follow the day; a noun in -ed or -eed does not make one.
  EXPECT_EQ(values("The commission on the 15th decided to extend", {2024, 5, 16}), V{"2024-05-15"});
  EXPECT_EQ(values("The minister on the 2nd said the", {2024, 5, 3}), V{"2024-05-02"});
  EXPECT_EQ(values("placed on the 3rd seed list", {2024, 5, 16}), V{});
  EXPECT_EQ(values("ranked on the 3rd bed", {2024, 5, 16}), V{});
  // A clause that looks ahead puts the day on or after publication: next month's 15th.
  EXPECT_EQ(values("The ministers will meet on the 15th", {2025, 11, 21}), V{"2025-12-15"});
  EXPECT_EQ(values("The ministers will meet on the 25th", {2025, 11, 21}), V{"2025-11-25"});
  EXPECT_EQ(values("The ministers met on the 15th", {2025, 11, 21}), V{"2025-11-15"});
}

}  // namespace

namespace {

// "will hold the first meeting … in Washington, D.C. in July": the comma and dots of a place's
// name end no clause, so the month still looks ahead; a comma between lower-case words does.
TEST(Dates, PlaceNamePunctuationKeepsTheClauseAhead) {
  const Ymd feb{2024, 2, 23};
  EXPECT_EQ(values("MOTIE will hold the first meeting of the Supply Chain Council in Washington, D.C. in July.", feb), V{"2024-07"});
  EXPECT_EQ(values("The ministers will meet in Seoul, Korea in July.", feb), V{"2024-07"});
  EXPECT_EQ(values("The talks, which will resume soon, ended in July.", feb), V{"2023-07"});
}

}  // namespace

// "2025/26", "FY2024/25.": a split year written with a slash, the next year in two digits; a
// reference number ("Regulation (EU) 2019/452") or a slashed date is no year.
TEST(Dates, SplitYearWithASlash) {
  EXPECT_EQ(values("exports in FY2025/26 rose", kDec4), (V{"2025/2026"}));
  EXPECT_EQ(values("exports in 2024/25.", kDec4), (V{"2024/2025"}));
  EXPECT_EQ(values("under Regulation (EU) 2019/452 and 2019/21 rules", kDec4), V{});
  EXPECT_EQ(values("filed as 2025/26/3 in the register", kDec4), V{});
}

// A year-less day ahead of a clause that looks ahead without "will": "is expected to apply from",
// "take effect on", or a state of things that begins "from" a day in a clause with no verb in the
// past, lies after publication; "was expected to", "took effect", "rose from" and a day just passed
// keep the nearest day.
TEST(Dates, DayAheadAfterAnInfinitiveOrFrom) {
  const Ymd jul{2025, 7, 22};
  EXPECT_EQ(values("The new rules are expected to apply from 1 February.", jul), V{"2026-02-01"});
  EXPECT_EQ(values("Tariff cuts take effect on 20 January.", jul), V{"2026-01-20"});
  EXPECT_EQ(values("Tariff cuts apply from 20 January.", jul), V{"2026-01-20"});
  EXPECT_EQ(values("The rules were expected to apply from 1 February.", jul), V{"2025-02-01"});
  EXPECT_EQ(values("Tariff cuts took effect on 20 January.", jul), V{"2025-01-20"});
  EXPECT_EQ(values("Prices rose from 20 January.", jul), V{"2025-01-20"});
  EXPECT_EQ(values("The duties apply from 10 July.", jul), V{"2025-07-10"});
}

// "1H25", "3Q2025": a half or quarter with its year glued after the letter, in two digits or
// four; more glued on ("2H2O") is none.
TEST(Dates, HalfOrQuarterWithAGluedYear) {
  EXPECT_EQ(values("Output in 1H25 and 3Q2025 grew.", kDec4), (V{"2025-H1", "2025-Q3"}));
  EXPECT_EQ(values("Profit in 4Q24 rose.", kDec4), (V{"2024-Q4"}));
  EXPECT_EQ(values("a 2H2O molecule", kDec4), V{});
}

// "the rules enter into force on 5 February", "talks are due to conclude in March": a start in
// the present or one that is due lies ahead; "entered into force", "was due to" keep the nearest.
// "this Friday" is the Friday of the publication's week.
TEST(Dates, EnterIntoForceDueToAndThisWeekday) {
  const Ymd jul{2025, 7, 22};  // a Tuesday
  EXPECT_EQ(values("The tariffs enter into force on 5 February.", jul), V{"2026-02-05"});
  EXPECT_EQ(values("The talks are due to conclude in March.", jul), V{"2026-03"});
  EXPECT_EQ(values("The tariffs entered into force on 5 February.", jul), V{"2025-02-05"});
  EXPECT_EQ(values("The talks were due to conclude in March.", jul), V{"2025-03"});
  EXPECT_EQ(values("The visit is this Friday.", jul), V{"2025-07-25"});
  EXPECT_EQ(values("The visit was this Monday.", jul), V{"2025-07-21"});
}

// "Decree No. 15/2025/ND-CP": a year between two slashes written against it is part of a
// document's number; a slashed date ("20/11/2025") stays a date.
TEST(Dates, YearInsideADocumentNumber) {
  EXPECT_EQ(values("under Decree No. 15/2025/ND-CP and Circular 12/2025/TT-BCT", kDec4), V{});
  EXPECT_EQ(values("the forum on 20/11/2025 was held", kDec4), V{"2025-11-20"});
}

// "the next round is on 3 March", "the next meeting is in May": what comes next lies ahead.
TEST(Dates, NextLooksAhead) {
  const Ymd jul{2025, 7, 22};
  EXPECT_EQ(values("The next round of negotiations is on 3 March in Santiago.", jul), V{"2026-03-03"});
  EXPECT_EQ(values("The next meeting is in May.", jul), V{"2026-05"});
  EXPECT_EQ(values("The round of negotiations was on 3 March in Santiago.", jul), V{"2025-03-03"});
}

// "fiscal year 2025/2026": the next year in four digits after the slash is one split year as
// well; two years that do not follow each other stay apart.
TEST(Dates, SplitYearWithASlashInFourDigits) {
  EXPECT_EQ(values("the budget for fiscal year 2025/2026 was approved", kDec4), (V{"2025/2026"}));
  EXPECT_EQ(values("in the 2024/2025 season", kDec4), (V{"2024/2025"}));
  EXPECT_EQ(values("compared with 2019/2024 levels", kDec4), (V{"2019", "2024"}));
}

// A month that is the subject of a verb reporting figures ("Sept saw a 3% decline") has passed;
// a month before any other verb is none ("May said", "March urged"). "At the end of the month"
// is the month of publication.
TEST(Dates, MonthReportingFiguresAndEndOfTheMonth) {
  EXPECT_EQ(values("Sept saw a 3% decline in exports.", kDec4), (V{"2025-09"}));
  EXPECT_EQ(values("Exports are due at the end of the month.", kDec4), (V{"2025-12"}));
  EXPECT_EQ(values("Theresa May said trade rose. March urged calm.", kDec4), V{});
}

// The year said right after a day is the day's: "on February 1 last year", "on 3 March this year".
TEST(Dates, YearSaidAfterADay) {
  EXPECT_EQ(values("entered into force on February 1 last year.", {2025, 11, 14}), V{"2024-02-01"});
  EXPECT_EQ(values("signed on 3 March this year.", {2025, 11, 14}), V{"2025-03-03"});
}

// A quarter counted from publication's: "fell last quarter" is the quarter before (it gave the
// year's fourth), "next quarter" the one after, "this quarter" publication's own; the ordinal
// forms with their article or a year are the year's ("the last quarter of 2024"). "By year-end" is
// publication's year.
TEST(Dates, QuartersCountedFromPublication) {
  const Ymd oct17{2025, 10, 17};
  EXPECT_EQ(values("Exports fell last quarter and will rise next quarter.", oct17), (V{"2025-Q3", "2026-Q1"}));
  EXPECT_EQ(values("Sales this quarter rose.", oct17), (V{"2025-Q4"}));
  // "The previous quarter" counts from the quarter named before it: no date of its own.
  EXPECT_EQ(values("Growth rose in Q3 after dragging in the previous quarter.", oct17), (V{"2025-Q3"}));
  EXPECT_EQ(values("Imports rose in the last quarter of 2024.", oct17), (V{"2024-Q4"}));
  EXPECT_EQ(values("The deal is due by year-end.", oct17), (V{"2025"}));
  EXPECT_EQ(values("Last quarter, output fell.", {2026, 2, 3}), (V{"2025-Q4"}));
}

// "Wednesday next week" is the Wednesday of the week after publication's (it gave the coming
// Wednesday, of publication's own week); "Friday last week" that of the week before.
TEST(Dates, WeekdayOfNextOrLastWeek) {
  const Ymd tue{2025, 11, 25};  // a Tuesday
  EXPECT_EQ(values("The meeting moved to Wednesday next week.", tue), (V{"2025-12-03"}));
  EXPECT_EQ(values("They met on Friday last week.", tue), (V{"2025-11-21"}));
  EXPECT_EQ(values("They meet on Monday next week.", tue), (V{"2025-12-01"}));
}

// A document numbered within its year ("Resolution 25/2024", "Decree No. 70/2023") names no year;
// a year after a month ("in 03/2024") or a slashed day and month ("on 15/03/2024") still dates.
TEST(Dates, DocumentNumberBeforeASlashedYearIsNoYear) {
  const Ymd apr9{2024, 4, 9};
  EXPECT_EQ(values("under Resolution 25/2024 published on Monday.", apr9), (V{"2024-04-08"}));
  EXPECT_EQ(values("Decree No. 70/2023 and Decree 3/2024 apply.", apr9), V{});
  EXPECT_EQ(values("The duty was set on 15/03/2024.", apr9), (V{"2024-03-15"}));
}

// "Exports fell in the April-June quarter" in February: a stretch of months told in the past has
// passed, as a month told so has; told ahead, it is still the one to come.
TEST(Dates, MonthRangeToldInThePastHasPassed) {
  const Ymd feb17{2026, 2, 17};
  EXPECT_EQ(values("Exports fell in the April-June quarter.", feb17), (V{"2025-04/2025-06"}));
  EXPECT_EQ(values("Exports will rise in the April-June quarter.", feb17), (V{"2026-04/2026-06"}));
}

// "the talks on May 10 and 11 were candid": after "on", two consecutive days of a month written
// first are one span when a verb or "to" follows; a noun after them makes the second a count ("on
// May 2 and 3 companies", Dates.Ranges), and with no "on" only the first day is read.
TEST(Dates, ConsecutiveDaysAfterOnBeforeAVerbAreOneSpan) {
  const Ymd may12{2025, 5, 12};
  EXPECT_EQ(values("The talks on May 10 and 11 were candid.", may12), (V{"2025-05-10/2025-05-11"}));
  EXPECT_EQ(values("They met on May 10 and 11 to discuss steel.", may12), (V{"2025-05-10/2025-05-11"}));
  EXPECT_EQ(values("Filings dated May 10 and 11 were joined.", may12).size(), 1u);
}

// "stood at USD 320 billion in the April-December period" in July: the verb of a counted figure
// tells of the past, and the months are last year's.
TEST(Dates, FigureThatStoodIsPast) {
  EXPECT_EQ(values("Exports stood at USD 320 billion in the April-December period.", Ymd{2026, 7, 10}),
            (V{"2025-04/2025-12"}));
}

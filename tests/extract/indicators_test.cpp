#include <gtest/gtest.h>

#include "extract/facts_fixture.h"

namespace tw {
namespace {

using testing::FactDoc;

TEST(Indicators, ExportsImportsAndBalanceWithSignedChange) {
  FactDoc d("Korea’s ICT Exports Reach All-Time High in November",
            "The Ministry of Trade, Industry and Resources announced on December 15 that Korea’s exports of ICT goods "
            "in November 2025 rose 24.3 percent year-on-year to USD 25.5 billion. Imports fell by 2.7 percent to "
            "$12.8 billion, resulting in a trade surplus of $12.7 billion.",
            {2025, 12, 15});
  d.country("KR", "Korea");
  d.date("December 15", "2025-12-15").date("November 2025", "2025-11");
  d.percent("24.3 percent", 24.3).percent("2.7 percent", 2.7);
  d.money("USD 25.5 billion", 25.5e9, "USD").money("$12.8 billion", 12.8e9, "USD").money("$12.7 billion", 12.7e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 3u);
  EXPECT_EQ(d.x.indicators[0].metric, "exports");
  EXPECT_EQ(d.x.indicators[0].period, "2025-11");
  EXPECT_EQ(d.x.indicators[0].country, "KR");
  EXPECT_DOUBLE_EQ(*d.x.indicators[0].change_pct, 24.3);
  EXPECT_EQ(d.x.indicators[1].metric, "imports");
  EXPECT_DOUBLE_EQ(*d.x.indicators[1].change_pct, -2.7);
  EXPECT_EQ(d.x.indicators[2].metric, "trade_balance");
  EXPECT_FALSE(d.x.indicators[2].change_pct.has_value());
}

TEST(Indicators, BilateralTradeWithPartnerAndForeignInvestment) {
  FactDoc d("Korea and France Discuss Trade Issues",
            "France is Korea’s third-largest trading partner, with bilateral trade reaching USD 13.7 billion in 2024. "
            "Japan’s Toray Industries pledged USD 120 million of investment in Korea.",
            {2025, 12, 3});
  d.country("FR", "France").country("KR", "Korea").country("JP", "Japan").country("KR", "Korea", 1);
  d.date("2024", "2024");
  d.money("USD 13.7 billion", 13.7e9, "USD").money("USD 120 million", 120e6, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 2u);
  EXPECT_EQ(d.x.indicators[0].metric, "trade");
  EXPECT_EQ(d.x.indicators[0].partner, "FR");
  EXPECT_EQ(d.x.indicators[0].period, "2024");
  EXPECT_EQ(d.x.indicators[1].metric, "fdi");
  EXPECT_EQ(d.x.indicators[1].country, "JP");
  EXPECT_EQ(d.x.indicators[1].partner, "KR");
}

// A partner named in the next figure's clause (after ", while") is that figure's, not this one's;
// one named before the figure in its sentence still serves it.
TEST(Indicators, PartnerOfTheNextClauseIsNotThisFiguresOwn) {
  FactDoc d("India's merchandise trade in February",
            "India's merchandise exports in February stood at USD 41.4 billion, while imports from Switzerland "
            "rose 12 per cent to USD 1.2 billion. Exports to Japan reached USD 2 billion.",
            {2024, 3, 15});
  d.country("IN", "India", 0, true).country("IN", "India").country("CH", "Switzerland").country("JP", "Japan");
  d.date("February", "2024-02");
  d.percent("12 per cent", 12);
  d.money("USD 41.4 billion", 41.4e9, "USD").money("USD 1.2 billion", 1.2e9, "USD").money("USD 2 billion", 2e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 3u);
  EXPECT_EQ(d.x.indicators[0].metric, "exports");
  EXPECT_EQ(d.x.indicators[0].partner, "");
  EXPECT_EQ(d.x.indicators[1].metric, "imports");
  EXPECT_EQ(d.x.indicators[1].partner, "CH");
  EXPECT_EQ(d.x.indicators[2].partner, "JP");
}

// "Imports from Australia totaled $2.1 billion and from Saudi Arabia $2.8 billion": the place that
// "from" joins to the amount right after it is that amount's counterpart, as one after "with" is.
TEST(Indicators, PartnerJoinedByFromRightBeforeTheAmount) {
  FactDoc d("Korea's imports",
            "SEOUL -- Imports from Australia totaled $2.1 billion and from Saudi Arabia $2.8 billion in October.",
            {2025, 11, 1});
  d.country("KR", "Korea", 0, true).country("AU", "Australia").country("SA", "Saudi Arabia");
  d.date("October", "2025-10");
  d.money("$2.1 billion", 2.1e9, "USD").money("$2.8 billion", 2.8e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 2u);
  EXPECT_EQ(d.x.indicators[0].partner, "AU");
  EXPECT_EQ(d.x.indicators[1].partner, "SA");
}

// The earlier clause's counterpart belongs to its own figure also when that figure is a change
// told without an amount.
TEST(Indicators, PartnerOfAnEarlierClauseWithAChangeOfItsOwn) {
  FactDoc d("Mexico trade in the first half",
            "Mexican exports to the U.S. grew 6.4 percent, while foreign direct investment into Mexico totalled "
            "34.3 billion dollars in January-June, a 10.2 percent increase.",
            {2025, 8, 5});
  d.country("MX", "Mexico", 0, true).country("US", "U.S.").country("MX", "Mexico");
  d.date("January-June", "2025-01/2025-06");
  d.percent("6.4 percent", 6.4).percent("10.2 percent", 10.2);
  d.money("34.3 billion dollars", 34.3e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 1u);
  EXPECT_EQ(d.x.indicators[0].metric, "fdi");
  EXPECT_EQ(d.x.indicators[0].partner, "");
  EXPECT_DOUBLE_EQ(*d.x.indicators[0].change_pct, 10.2);
}

// A country made the subject of the metric words by a verb of recording owns the figure, whoever
// reports it ("Indonesia posted a trade surplus", "The United States recorded a trade deficit");
// one the figure goes to does not ("exports to Japan recorded").
TEST(Indicators, CountryRecordingTheFigureOwnsIt) {
  FactDoc d("Vietnam and Indonesia trade",
            "Vietnam's exports reached USD 9.2 billion. Indonesia posted a trade surplus of US$4.34 billion in "
            "September. The United States recorded a trade deficit of $60 billion in September.",
            {2025, 10, 15});
  d.country("VN", "Vietnam", 0, true).country("VN", "Vietnam").country("ID", "Indonesia").country("US", "United States");
  d.date("September", "2025-09").date("September", "2025-09", 1);
  d.money("USD 9.2 billion", 9.2e9, "USD").money("US$4.34 billion", 4.34e9, "USD").money("$60 billion", 60e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 3u);
  EXPECT_EQ(d.x.indicators[0].country, "VN");
  EXPECT_EQ(d.x.indicators[1].country, "ID");
  EXPECT_EQ(d.x.indicators[1].partner, "");
  EXPECT_EQ(d.x.indicators[2].country, "US");

  FactDoc e("Vietnam trade", "Vietnam's exports to Japan recorded a rise to USD 2 billion.", {2025, 10, 15});
  e.country("VN", "Vietnam", 0, true).country("VN", "Vietnam").country("JP", "Japan");
  e.money("USD 2 billion", 2e9, "USD");
  e.run(extract::make_indicators_stage);
  ASSERT_EQ(e.x.indicators.size(), 1u);
  EXPECT_EQ(e.x.indicators[0].country, "VN");
  EXPECT_EQ(e.x.indicators[0].partner, "JP");
}

// A figure in a ", with" clause that names no place details the figure before it: it takes that
// figure's country and counterpart; one that names its own place keeps that place as partner.
TEST(Indicators, WithClauseDetailsTheFigureBeforeIt) {
  FactDoc d("Vietnam's trade update",
            "HANOI - Vietnam's exports grew, Vietnam's customs office said. Indonesia posted a trade surplus of "
            "US$4.34 billion in September, with exports of US$24.7 billion. Indonesia posted a trade surplus of "
            "US$3 billion in August, with exports to Japan of US$2 billion.",
            {2025, 10, 15});
  d.country("VN", "Vietnam", 0, true).country("VN", "Vietnam").country("VN", "Vietnam", 1);
  d.country("ID", "Indonesia").country("ID", "Indonesia", 1).country("JP", "Japan");
  d.date("September", "2025-09").date("August", "2025-08");
  d.money("US$4.34 billion", 4.34e9, "USD").money("US$24.7 billion", 24.7e9, "USD");
  d.money("US$3 billion", 3e9, "USD").money("US$2 billion", 2e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.reporter(), "VN");
  ASSERT_EQ(d.x.indicators.size(), 4u);
  EXPECT_EQ(d.x.indicators[0].country, "ID");
  EXPECT_EQ(d.x.indicators[1].metric, "exports");
  EXPECT_EQ(d.x.indicators[1].country, "ID");
  EXPECT_EQ(d.x.indicators[1].partner, "");
  EXPECT_EQ(d.x.indicators[3].partner, "JP");
}

// A bloc's name right before the metric owns the figure as a country's does ("EU exports to China
// fell"); a region's adjective does not ("African exports").
TEST(Indicators, BlocNameBeforeTheMetricOwnsTheFigure) {
  FactDoc d("EU-China trade in 2024",
            "China is a large market. EU exports to China fell by 4.5% to EUR 213.3 billion in 2024. China's "
            "imports grew. African exports to China rose to USD 100 billion in 2024.",
            {2025, 3, 10});
  d.bloc("EU", "EU", 0, true).country("CN", "China", 0, true).country("CN", "China").bloc("EU", "EU");
  d.country("CN", "China", 1).country("CN", "China", 2).bloc("AFRICA", "African").country("CN", "China", 3);
  d.date("2024", "2024").date("2024", "2024", 1);
  d.percent("4.5%", 4.5);
  d.money("EUR 213.3 billion", 213.3e9, "EUR").money("USD 100 billion", 100e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 2u);
  EXPECT_EQ(d.x.indicators[0].country, "EU");
  EXPECT_EQ(d.x.indicators[0].partner, "CN");
  EXPECT_NE(d.x.indicators[1].country, "AFRICA");
}

// The metric word after the amount names it only within its clause: in "Exports were $128.6
// billion; imports were $189.5 billion" the first amount is the exports.
TEST(Indicators, MetricAfterTheAmountStopsAtAClauseBreak) {
  FactDoc d("U.S. trade facts", "Exports were $128.6 billion; imports were $189.5 billion.", {2025, 4, 1});
  d.money("$128.6 billion", 128.6e9, "USD").money("$189.5 billion", 189.5e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 2u);
  EXPECT_EQ(d.x.indicators[0].metric, "exports");
  EXPECT_EQ(d.x.indicators[1].metric, "imports");
}

// "Trade with China" opening a sentence is a metric, not a name: a word of the phrase is in lower
// case. A phrase capitalized throughout before a capital ("Trade Tower") still opens a name.
TEST(Indicators, MetricPhraseOpeningASentence) {
  FactDoc d("Japan trade update",
            "Trade with China reached USD 2 billion in 2023. The Trade Tower Project received USD 3 billion.",
            {2024, 3, 15});
  d.country("CN", "China");
  d.date("2023", "2023");
  d.money("USD 2 billion", 2e9, "USD").money("USD 3 billion", 3e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 1u);
  EXPECT_EQ(d.x.indicators[0].metric, "trade");
  EXPECT_DOUBLE_EQ(*d.x.indicators[0].value, 2e9);
}

// The day the data came out ("official data showed on Thursday", a day before publication) dates
// the report, not the figure: the period named in the sentence does. Alone, it still serves.
TEST(Indicators, DayTheDataShowedIsNoPeriod) {
  FactDoc d("China trade",
            "BEIJING - China's exports jumped 7.1% in the January-February period from a year earlier to $528.0 "
            "billion, official data showed on Thursday.",
            {2024, 3, 4});
  d.country("CN", "China");
  d.date("January-February", "2024-01/2024-02").date("Thursday", "2024-02-29");
  d.percent("7.1%", 7.1).money("$528.0 billion", 528e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 1u);
  EXPECT_EQ(d.x.indicators[0].period, "2024-01/2024-02");
  FactDoc n("China trade", "BEIJING - China's exports reached $528.0 billion, official data showed on Thursday.",
            {2024, 3, 4});
  n.country("CN", "China");
  n.date("Thursday", "2024-02-29").money("$528.0 billion", 528e9, "USD");
  n.run(extract::make_indicators_stage);
  ASSERT_EQ(n.x.indicators.size(), 1u);
  EXPECT_EQ(n.x.indicators[0].period, "2024-02-29");
}

// "the industry ministry said Saturday", no "on": the day it spoke is no period either, though
// a year right after "said" may open what was said.
TEST(Indicators, DayAMinistrySpokeWithoutOnIsNoPeriod) {
  FactDoc d("Korea trade",
            "SEOUL - Outbound shipments fell 1.5 percent to $57.5 billion last month, while imports dropped 4.6 "
            "percent to $51.4 billion, the industry ministry said Saturday.",
            {2025, 9, 1});
  d.date("last month", "2025-08").date("Saturday", "2025-08-30");
  d.percent("1.5 percent", 1.5).money("$57.5 billion", 57.5e9, "USD");
  d.percent("4.6 percent", 4.6).money("$51.4 billion", 51.4e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 2u);
  EXPECT_EQ(d.x.indicators[1].metric, "imports");
  EXPECT_EQ(d.x.indicators[1].period, "2025-08");

  FactDoc n("Korea trade", "SEOUL - In May, the ministry said 2024 exports were $683.8 billion.", {2025, 6, 1});
  n.date("May", "2025-05").date("2024", "2024").money("$683.8 billion", 683.8e9, "USD");
  n.run(extract::make_indicators_stage);
  ASSERT_EQ(n.x.indicators.size(), 1u);
  EXPECT_EQ(n.x.indicators[0].period, "2024");
}

// "with inflows of $279 billion": money flowing into an economy is direct investment; "portfolio
// inflows" are not.
TEST(Indicators, InflowsAreDirectInvestment) {
  FactDoc d("Global investment report",
            "The United States remained the largest recipient, with inflows of $279 billion in 2024. Portfolio "
            "inflows reached $40 billion.",
            {2025, 6, 19});
  d.country("US", "United States").date("2024", "2024");
  d.money("$279 billion", 279e9, "USD").money("$40 billion", 40e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 1u);
  EXPECT_EQ(d.x.indicators[0].metric, "fdi");
  EXPECT_DOUBLE_EQ(*d.x.indicators[0].value, 279e9);
  EXPECT_EQ(d.x.indicators[0].country, "US");
  // The full noun phrase names the figure, not its last word.
  FactDoc f("India FDI", "Foreign direct investment inflows into India rose to $5 billion in 2024.", {2025, 6, 19});
  f.country("IN", "India").date("2024", "2024").money("$5 billion", 5e9, "USD");
  f.run(extract::make_indicators_stage);
  ASSERT_EQ(f.x.indicators.size(), 1u);
  EXPECT_EQ(f.x.indicators[0].subject.rfind("Foreign direct investment inflows", 0), 0u) << f.x.indicators[0].subject;
}

// "actual use of foreign capital reached 573.75 billion yuan" is foreign direct investment;
// "will mobilise €3 billion to fund", "earmarked $2 billion for" set money apart: funding.
TEST(Indicators, ForeignCapitalAndMoneySetApart) {
  FactDoc d("China FDI", "China's actual use of foreign capital reached 573.75 billion yuan in the first 10 months.",
            {2025, 11, 21});
  d.country("CN", "China").money("573.75 billion yuan", 573.75e9, "CNY");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 1u);
  EXPECT_EQ(d.x.indicators[0].metric, "fdi");

  for (const char* verb : {"mobilise", "mobilized", "earmarked"}) {
    FactDoc f("Raw materials", std::string("The Commission will ") + verb + " €3 billion for raw materials projects.",
              {2025, 12, 3});
    f.money("€3 billion", 3e9, "EUR");
    f.run(extract::make_indicators_stage);
    ASSERT_EQ(f.x.indicators.size(), 1u) << verb;
    EXPECT_EQ(f.x.indicators[0].metric, "funding") << verb;
  }
  // Capital of no foreign source names no figure.
  FactDoc n("Capital", "The firm has capital of 5 billion won.", {2025, 12, 3});
  n.money("5 billion won", 5e9, "KRW");
  n.run(extract::make_indicators_stage);
  EXPECT_TRUE(n.x.indicators.empty());
}

// "compared to $34.1 billion in the same period of 2024", "from RM252.0 billion in the same period
// last year": a base of the same period stands at the figure's period in the year named, or a year
// back.
TEST(Indicators, BaseOfTheSamePeriodStandsAYearBack) {
  FactDoc d("Egypt exports",
            "Exports increased by 19 percent to $40.6 billion during the first ten months of 2025, compared to "
            "$34.1 billion in the same period of 2024.",
            {2025, 11, 12});
  d.date("the first ten months of 2025", "2025-01/2025-10").date("2024", "2024");
  d.percent("19 percent", 19).money("$40.6 billion", 40.6e9, "USD").money("$34.1 billion", 34.1e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 2u);
  EXPECT_EQ(d.x.indicators[0].period, "2025-01/2025-10");
  EXPECT_EQ(d.x.indicators[1].period, "2024-01/2024-10");

  FactDoc l("Malaysia investment",
            "Approved investments were RM285.2 billion in the first half of 2025, up from RM252.0 billion in the "
            "same period last year.",
            {2025, 9, 5});
  l.date("the first half of 2025", "2025-H1").date("last year", "2024");
  l.money("RM285.2 billion", 285.2e9, "MYR").money("RM252.0 billion", 252e9, "MYR");
  l.run(extract::make_indicators_stage);
  ASSERT_EQ(l.x.indicators.size(), 2u);
  EXPECT_EQ(l.x.indicators[1].period, "2024-H1");
}

// "fell 22.1% in September to 3.9 billion Swiss francs after the 39% tariff took effect": the rate
// a tariff levies is no change of the figure, even when it stands nearer.
TEST(Indicators, RateATariffLeviesIsNoChange) {
  FactDoc d("Swiss exports",
            "Swiss exports to the United States fell 22.1% in September to 3.9 billion Swiss francs after the 39% "
            "tariff took effect.",
            {2025, 10, 17});
  d.date("September", "2025-09").percent("22.1%", 22.1).money("3.9 billion Swiss francs", 3.9e9, "CHF");
  d.percent("39%", 39);
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 1u);
  ASSERT_TRUE(d.x.indicators[0].change_pct.has_value());
  EXPECT_DOUBLE_EQ(*d.x.indicators[0].change_pct, -22.1);

  // A percentage right before a figure's own noun still is its change.
  FactDoc n("Exports", "Exports to the United States reached $5 billion, up 39% tariff-free goods aside.", {2025, 10, 17});
  n.money("$5 billion", 5e9, "USD").percent("39%", 39);
  n.run(extract::make_indicators_stage);
  ASSERT_EQ(n.x.indicators.size(), 1u);
  ASSERT_TRUE(n.x.indicators[0].change_pct.has_value());
  EXPECT_DOUBLE_EQ(*n.x.indicators[0].change_pct, 39);
}

// "the number of exporting SMEs reaching 89,000 cumulatively in the first three quarters": a count of
// trading firms is an indicator counted in units; a count of items, or of anything that is no firm
// ("the number of participants was 120", "the number of export items reached 1,234"), is none.
TEST(Indicators, CountOfTradingFirms) {
  FactDoc d("Exports",
            "The export base broadened, with the number of exporting SMEs reaching 89,000 cumulatively in the "
            "first three quarters. The number of foreign-invested enterprises stood at 53,782 in 2024. The "
            "number of participants was 120. The number of export items reached 1,234 in 2023.",
            {2025, 10, 20});
  d.date("first three quarters", "2025-Q1/2025-Q3").date("2024", "2024").date("2023", "2023");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 2u);
  EXPECT_EQ(d.x.indicators[0].metric, "exports");
  EXPECT_EQ(d.x.indicators[0].unit, "count");
  EXPECT_DOUBLE_EQ(*d.x.indicators[0].value, 89000);
  EXPECT_EQ(d.x.indicators[0].subject, "exporting SMEs");
  EXPECT_EQ(d.x.indicators[0].period, "2025-Q1/2025-Q3");
  EXPECT_EQ(d.x.indicators[1].metric, "fdi");
  EXPECT_DOUBLE_EQ(*d.x.indicators[1].value, 53782);
  EXPECT_EQ(d.x.indicators[1].period, "2024");
}

// Inbound shipments are imports; outbound and bare shipments are exports.
TEST(Indicators, InboundShipmentsAreImports) {
  FactDoc d("Korea trade update",
            "SEOUL - Inbound shipments totalled $20 billion in May. Outbound shipments reached $25 billion in May.",
            {2024, 6, 1});
  d.date("May", "2024-05").date("May", "2024-05", 1);
  d.money("$20 billion", 20e9, "USD").money("$25 billion", 25e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 2u);
  EXPECT_EQ(d.x.indicators[0].metric, "imports");
  EXPECT_EQ(d.x.indicators[1].metric, "exports");
}

// An effect foretold ("The deal will increase bilateral trade by £25.5 billion a year") is no stated
// figure; the trade the sentence after states is.
TEST(Indicators, ForetoldEffectIsNoFigure) {
  FactDoc d("UK and India sign trade deal",
            "The deal will increase bilateral trade by £25.5 billion a year. Bilateral trade between the UK and "
            "India was worth £42.6 billion in 2024.",
            {2025, 7, 24});
  d.country("GB", "UK").country("IN", "India");
  d.date("2024", "2024");
  d.money("£25.5 billion", 25.5e9, "GBP").money("£42.6 billion", 42.6e9, "GBP");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 1u);
  EXPECT_DOUBLE_EQ(*d.x.indicators[0].value, 42.6e9);
}

TEST(Indicators, AmountWithoutMetricIsNoIndicatorAndRepeatsCountOnce) {
  FactDoc d("Prize",
            "The winner received USD 5,000 at the ceremony. Exports reached USD 1 billion. Exports of USD 1 billion "
            "were a record.",
            {2025, 12, 3});
  d.money("USD 5,000", 5000, "USD").money("USD 1 billion", 1e9, "USD");
  d.x.money.push_back({"USD 1 billion", 1e9, "USD", d.at("USD 1 billion", 1)});
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 1u);
  EXPECT_EQ(d.x.indicators[0].metric, "exports");
}

}  // namespace
}  // namespace tw

namespace tw {
namespace {

TEST(Indicators, WordsAfterTheAmountNameItAndPrizesAreNotFigures) {
  testing::FactDoc d("Trade Day",
                     "The USD 35 billion Export Tower was awarded to a chipmaker. The surplus reached $1.6 billion "
                     "amidst $3.3 billion of total services trade. The Government will support this year’s $20 "
                     "billion target. The market is forecast to become a KRW 900 trillion market by 2027.",
                     {2025, 12, 16});
  d.money("USD 35 billion", 35e9, "USD").money("$1.6 billion", 1.6e9, "USD").money("$3.3 billion", 3.3e9, "USD");
  d.money("$20 billion", 20e9, "USD").money("KRW 900 trillion", 900e12, "KRW");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 3u);
  EXPECT_EQ(d.x.indicators[0].metric, "trade_balance");
  EXPECT_EQ(d.x.indicators[1].metric, "trade");   // "of total services trade", not the surplus
  EXPECT_EQ(d.x.indicators[2].metric, "target");  // not "support"
}

}  // namespace
}  // namespace tw

namespace tw {
namespace {

using testing::FactDoc;

// Wire verbs of movement sign the change ("climbed", "slipped"); the day the data came out
// ("showed on Thursday") is no period when the clause names the month; the lede's subject is the
// reporting country even when the title names it.
TEST(Indicators, WireMovementVerbsAndReportDayIsNoPeriod) {
  FactDoc d("Vietnam's October exports rise",
            "HANOI, Nov 6 (Reuters) - Vietnam's exports rose 9.1% in October to $37.0 billion, while imports "
            "climbed 12.4% to $35.1 billion, government data showed on Thursday. Shipments to the United States "
            "slipped 2.5% to $12.4 billion in October.",
            {2025, 11, 6});
  d.country("VN", "Vietnam", 0, true).country("VN", "Vietnam").country("US", "United States");
  d.date("Nov 6", "2025-11-06").date("October", "2025-10").date("Thursday", "2025-11-06").date("October", "2025-10", 1);
  d.percent("9.1%", 9.1).percent("12.4%", 12.4).percent("2.5%", 2.5);
  d.money("$37.0 billion", 37e9, "USD").money("$35.1 billion", 35.1e9, "USD").money("$12.4 billion", 12.4e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 3u);
  EXPECT_EQ(d.x.indicators[0].country, "VN");
  EXPECT_EQ(d.x.indicators[1].metric, "imports");
  EXPECT_EQ(d.x.indicators[1].period, "2025-10");
  ASSERT_TRUE(d.x.indicators[1].change_pct.has_value());
  EXPECT_DOUBLE_EQ(*d.x.indicators[1].change_pct, 12.4);
  EXPECT_EQ(d.x.indicators[2].metric, "exports");
  EXPECT_EQ(d.x.indicators[2].partner, "US");
  ASSERT_TRUE(d.x.indicators[2].change_pct.has_value());
  EXPECT_DOUBLE_EQ(*d.x.indicators[2].change_pct, -2.5);
}

// A newspaper dateline with no agency credit: a lede whose subject a country owns ("Malaysia's
// trade with China") speaks of that country, however often the counterpart is named after.
TEST(Indicators, UncreditedDatelineLedeOwnerIsTheReporter) {
  FactDoc d("Trade figures for March",
            "KUALA LUMPUR, May 3 - Malaysia's trade with China rose 13.6 per cent to RM25.44 billion in March. "
            "Exports to China grew, and China bought more palm oil.",
            {2019, 5, 3});
  d.country("MY", "Malaysia").country("CN", "China").country("CN", "China", 1).country("CN", "China", 2);
  d.date("May 3", "2019-05-03").date("March", "2019-03");
  d.percent("13.6 per cent", 13.6);
  d.money("RM25.44 billion", 25.44e9, "MYR");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 1u);
  EXPECT_EQ(d.x.indicators[0].country, "MY");
  EXPECT_EQ(d.x.indicators[0].partner, "CN");
}

// Negative: an uncredited dateline's lede that opens with a counterpart it does not own ("France
// was Korea's fourth-largest partner") leaves the reporter to the body's counts.
TEST(Indicators, UncreditedDatelineCounterpartLedeIsNoReporter) {
  FactDoc d("Trade partners in Europe",
            "PARIS - France was Korea's fourth-largest trading partner in Europe, with trade of $12 billion in "
            "2024. Korea and Japan compete there, and Korea leads.",
            {2025, 3, 3});
  d.country("FR", "France").country("KR", "Korea").country("KR", "Korea", 1).country("KR", "Korea", 2);
  d.country("JP", "Japan");
  d.date("2024", "2024");
  d.money("$12 billion", 12e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 1u);
  EXPECT_EQ(d.x.indicators[0].country, "KR");
  EXPECT_EQ(d.x.indicators[0].partner, "FR");
}

// A country named as the author of tariffs explains a figure; it is not where the goods went.
TEST(Indicators, CountryImposingTariffsIsNoPartner) {
  FactDoc d("Exports in early September",
            "SEOUL - South Korea's exports reached $40.1 billion, though daily exports fell, largely due to U.S. "
            "tariffs. Exports to the United States reached $10.2 billion.",
            {2025, 9, 22});
  d.country("KR", "South Korea").country("US", "U.S.").country("US", "United States");
  d.money("$40.1 billion", 40.1e9, "USD").money("$10.2 billion", 10.2e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 2u);
  EXPECT_EQ(d.x.indicators[0].country, "KR");
  EXPECT_EQ(d.x.indicators[0].partner, "");
  EXPECT_EQ(d.x.indicators[1].partner, "US");
}

// Negative: the report day still dates a figure when the sentence names no other date, and a
// percentage without a word of movement is no change.
TEST(Indicators, ReportDayAloneAndShareWithoutMovement) {
  FactDoc d("Trade data",
            "Exports totaled $61.3 billion, data showed on Monday. Chips made up 22% of exports of $40.1 billion.",
            {2025, 12, 1});
  d.date("Monday", "2025-12-01");
  d.percent("22%", 22);
  d.money("$61.3 billion", 61.3e9, "USD").money("$40.1 billion", 40.1e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 2u);
  EXPECT_EQ(d.x.indicators[0].period, "2025-12-01");
  EXPECT_FALSE(d.x.indicators[1].change_pct.has_value());
}

}  // namespace
}  // namespace tw

namespace tw {
namespace {

using testing::FactDoc;

// ", leaving a trade surplus of …" opens a clause of its own: the fall of imports before it is not
// the surplus's change. Negative: a change stated in the surplus's own clause still is.
TEST(Indicators, LeavingOpensTheBalancesOwnClause) {
  FactDoc d("Exports rise",
            "Imports fell 1.2% to $51.8 billion, leaving a trade surplus of $9.5 billion. The deficit with China "
            "narrowed by 3% to $2.0 billion, down from a year earlier.",
            {2025, 12, 1});
  d.country("CN", "China");
  d.percent("1.2%", 1.2).percent("3%", 3);
  d.money("$51.8 billion", 51.8e9, "USD").money("$9.5 billion", 9.5e9, "USD").money("$2.0 billion", 2.0e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 3u);
  EXPECT_EQ(d.x.indicators[0].metric, "imports");
  ASSERT_TRUE(d.x.indicators[0].change_pct.has_value());
  EXPECT_DOUBLE_EQ(*d.x.indicators[0].change_pct, -1.2);
  EXPECT_EQ(d.x.indicators[1].metric, "trade_balance");
  EXPECT_FALSE(d.x.indicators[1].change_pct.has_value());
  EXPECT_EQ(d.x.indicators[2].metric, "trade_balance");
  ASSERT_TRUE(d.x.indicators[2].change_pct.has_value());
  EXPECT_DOUBLE_EQ(*d.x.indicators[2].change_pct, -3);
}

// Vietnamese and Indonesian statistics releases: "import and export turnover" is trade; each
// figure after ", of which" takes its own change; the base of a change is not the period; an
// economy's GDP is no trade figure even after the word "trade".
TEST(Indicators, TurnoverOfWhichComparisonBaseAndGdp) {
  FactDoc d("Trade in the first quarter",
            "In the first quarter, total import and export turnover reached 115.34 billion USD, down 0.7% compared "
            "to the same period last year, of which export reached 59.08 billion USD, up 0.5%, the ministry said on "
            "April 1. The free trade zone has a combined GDP of $4.3 trillion.",
            {2020, 4, 2});
  d.date("first quarter", "2020-Q1").date("last year", "2019").date("April 1", "2020-04-01");
  d.percent("0.7%", 0.7).percent("0.5%", 0.5);
  d.money("115.34 billion USD", 115.34e9, "USD").money("59.08 billion USD", 59.08e9, "USD");
  d.money("$4.3 trillion", 4.3e12, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 2u);
  EXPECT_EQ(d.x.indicators[0].metric, "trade");
  EXPECT_EQ(d.x.indicators[0].period, "2020-Q1");
  EXPECT_DOUBLE_EQ(*d.x.indicators[0].change_pct, -0.7);
  EXPECT_EQ(d.x.indicators[1].metric, "exports");
  EXPECT_EQ(d.x.indicators[1].period, "2020-Q1");
  EXPECT_DOUBLE_EQ(*d.x.indicators[1].change_pct, 0.5);
}

// Two figures in one clause each take their own change, signed by their own words ("rose 1.6% to
// $24.6 billion and exports edged down 0.2% to $27.4 billion"); a verb shared by both ("grew by …
// and imports by …") signs both; a share after an amount ("accounting for 18.8%") is no change.
TEST(Indicators, EachFigureTakesItsOwnChange) {
  FactDoc d("Trade",
            "Imports from the United States rose 1.6 per cent to $24.6 billion and exports edged down 0.2 per cent "
            "to $27.4 billion. Exports grew by 25.31 percent to $19.16 billion and imports by 36.77 percent yoy to "
            "$18.23 billion. Imports rose 29.5 percent, pushing the trade deficit to $6.5 billion and accounting "
            "for 18.8 percent of the export value.",
            {2025, 12, 1});
  d.country("US", "United States");
  d.percent("1.6 per cent", 1.6).percent("0.2 per cent", 0.2).percent("25.31 percent", 25.31);
  d.percent("36.77 percent", 36.77).percent("29.5 percent", 29.5).percent("18.8 percent", 18.8);
  d.money("$24.6 billion", 24.6e9, "USD").money("$27.4 billion", 27.4e9, "USD");
  d.money("$19.16 billion", 19.16e9, "USD").money("$18.23 billion", 18.23e9, "USD");
  d.money("$6.5 billion", 6.5e9, "USD");
  d.run(extract::make_indicators_stage);
  auto change_of = [&](double v) -> std::optional<double> {
    for (const auto& i : d.x.indicators)
      if (i.value && std::abs(*i.value - v) < 1) return i.change_pct;
    ADD_FAILURE() << "no indicator " << v;
    return std::nullopt;
  };
  EXPECT_EQ(change_of(24.6e9), std::optional<double>(1.6));
  EXPECT_EQ(change_of(27.4e9), std::optional<double>(-0.2));
  EXPECT_EQ(change_of(19.16e9), std::optional<double>(25.31));
  EXPECT_EQ(change_of(18.23e9), std::optional<double>(36.77));
  EXPECT_EQ(change_of(6.5e9), std::nullopt);
}


// Wire verbs of movement ("added", "shed", "soared") sign a change; a verb that only stands
// beside the figure's sentence ("he added") signs none.
TEST(Indicators, WireVerbsAddedShedSoared) {
  FactDoc d("Korea exports",
            "Imports added 1.2 percent on-year to $19.98 billion. Steel exports shed 5.7 percent to $1.2 billion. "
            "Chip exports soared 25.4 percent to $15.73 billion. Exports were $3 billion, 10 percent of the total, "
            "he added.",
            {2023, 11, 13});
  d.percent("1.2 percent", 1.2).percent("5.7 percent", 5.7).percent("25.4 percent", 25.4).percent("10 percent", 10);
  d.money("$19.98 billion", 19.98e9, "USD").money("$1.2 billion", 1.2e9, "USD").money("$15.73 billion", 15.73e9, "USD");
  d.money("$3 billion", 3e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 4u);
  ASSERT_TRUE(d.x.indicators[0].change_pct.has_value());
  EXPECT_DOUBLE_EQ(*d.x.indicators[0].change_pct, 1.2);
  ASSERT_TRUE(d.x.indicators[1].change_pct.has_value());
  EXPECT_DOUBLE_EQ(*d.x.indicators[1].change_pct, -5.7);
  ASSERT_TRUE(d.x.indicators[2].change_pct.has_value());
  EXPECT_DOUBLE_EQ(*d.x.indicators[2].change_pct, 25.4);
  EXPECT_FALSE(d.x.indicators[3].change_pct.has_value());
}
// "$8 billion in October, down from $9 billion in September": the date right after a base is
// the base's period, not the figure's; a date after a figure that is no base still dates the
// figure before it.
TEST(Indicators, BasePeriodIsNoOtherFiguresPeriod) {
  FactDoc d("Trade",
            "Exports rose to $12 billion from $10 billion in September. Imports fell to $8 billion in October "
            "from $9 billion in September. Exports reached $5 billion and imports $3 billion in 2024.",
            {2025, 11, 5});
  d.date("September", "2025-09").date("October", "2025-10").date("September", "2025-09", 1).date("2024", "2024");
  d.money("$12 billion", 12e9, "USD").money("$10 billion", 10e9, "USD").money("$8 billion", 8e9, "USD");
  d.money("$9 billion", 9e9, "USD").money("$5 billion", 5e9, "USD").money("$3 billion", 3e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 6u);
  EXPECT_EQ(d.x.indicators[0].period, "");
  EXPECT_EQ(d.x.indicators[1].period, "2025-09");
  EXPECT_EQ(d.x.indicators[2].period, "2025-10");
  EXPECT_EQ(d.x.indicators[3].period, "2025-09");
  EXPECT_EQ(d.x.indicators[4].period, "2024");
  EXPECT_EQ(d.x.indicators[5].period, "2024");
}

// A base that stood "a year earlier" is the sentence's period a year back; a figure that is no
// base keeps the period even when "a year earlier" follows its change.
TEST(Indicators, BaseAYearEarlierIsThePeriodAYearBack) {
  FactDoc d("Trade",
            "Exports stood at $61.5 billion in May, up from $50.7 billion a year earlier. Imports stood at "
            "$63.2 billion in May, up 32% from a year earlier.",
            {2022, 6, 1});
  d.date("May", "2022-05").date("May", "2022-05", 1);
  d.money("$61.5 billion", 61.5e9, "USD").money("$50.7 billion", 50.7e9, "USD").money("$63.2 billion", 63.2e9, "USD");
  d.percent("32%", 32);
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 3u);
  EXPECT_EQ(d.x.indicators[0].period, "2022-05");
  EXPECT_EQ(d.x.indicators[1].period, "2021-05");
  EXPECT_EQ(d.x.indicators[2].period, "2022-05");

  FactDoc r("Trade", "Exports stood at $18.2 billion in November 1-10, up from $17.7 billion a year earlier.",
            {2023, 11, 11});
  r.date("November 1-10", "2023-11-01/2023-11-10");
  r.money("$18.2 billion", 18.2e9, "USD").money("$17.7 billion", 17.7e9, "USD");
  r.run(extract::make_indicators_stage);
  ASSERT_EQ(r.x.indicators.size(), 2u);
  EXPECT_EQ(r.x.indicators[0].period, "2023-11-01/2023-11-10");
  EXPECT_EQ(r.x.indicators[1].period, "2022-11-01/2022-11-10");
}

// "increased by £1.2 billion to £8.1 billion": the amount moved by is no figure; "by" before an
// amount not followed by the level it reached keeps it a figure.
TEST(Indicators, AmountMovedByIsNoFigure) {
  FactDoc d("Trade",
            "Bilateral trade increased by £1.2 billion to £8.1 billion in 2024. Exports were lifted by $2 billion "
            "to Asia.",
            {2025, 7, 14});
  d.date("2024", "2024");
  d.money("£1.2 billion", 1.2e9, "GBP").money("£8.1 billion", 8.1e9, "GBP").money("$2 billion", 2e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 2u);
  EXPECT_DOUBLE_EQ(*d.x.indicators[0].value, 8.1e9);
  EXPECT_EQ(d.x.indicators[0].metric, "trade");
  EXPECT_DOUBLE_EQ(*d.x.indicators[1].value, 2e9);
}

// "Malaysia's exports rose …" in another government's copy: the country owning the figure's
// subject is its country. A possessive that owns something else ("Malaysia's minister said …
// exports") leaves the figure to the reporter.
TEST(Indicators, PossessiveCountryOwnsTheFigure) {
  FactDoc d("Trade",
            "China's customs said Malaysia's exports rose 6.6 percent to 89.63 billion ringgit. Malaysia's "
            "minister said on Monday that exports rose to $5 billion. China imported more. China said so.",
            {2021, 2, 26});
  d.country("CN", "China").country("MY", "Malaysia").country("MY", "Malaysia", 1).country("CN", "China", 1);
  d.country("CN", "China", 2);
  d.percent("6.6 percent", 6.6);
  d.money("89.63 billion ringgit", 89.63e9, "MYR").money("$5 billion", 5e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 2u);
  EXPECT_EQ(d.x.indicators[0].country, "MY");
  EXPECT_NE(d.x.indicators[0].partner, "MY");
  EXPECT_EQ(d.x.indicators[1].country, "CN");
}

// "ASEAN's total merchandise trade …": a bloc owning the figure's subject is its owner, none of
// its members or the reporter.
TEST(Indicators, PossessiveBlocOwnsTheFigure) {
  FactDoc d("Trade", "Singapore hosted the meeting. ASEAN's total merchandise trade with China reached USD 1.2 trillion.",
            {2018, 9, 1});
  d.country("SG", "Singapore").bloc("ASEAN", "ASEAN").country("CN", "China");
  d.money("USD 1.2 trillion", 1.2e12, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 1u);
  EXPECT_EQ(d.x.indicators[0].country, "ASEAN");
  EXPECT_EQ(d.x.indicators[0].partner, "CN");

  FactDoc n("Trade", "Singapore hosted the meeting. Singapore's total merchandise trade with ASEAN reached USD 1.2 trillion.",
            {2018, 9, 1});
  n.country("SG", "Singapore").country("SG", "Singapore", 1).bloc("ASEAN", "ASEAN");
  n.money("USD 1.2 trillion", 1.2e12, "USD");
  n.run(extract::make_indicators_stage);
  ASSERT_EQ(n.x.indicators.size(), 1u);
  EXPECT_EQ(n.x.indicators[0].country, "SG");
}

// "582.4 billion yen ($5.1 billion)": an amount in parentheses right after another restates the
// same figure and is none of its own, with or without a hedge ("about"). An amount in
// parentheses after words ("(exports of $3 billion)") or a parenthesis holding more than
// a hedge stays a figure.
TEST(Indicators, RestatedAmountInParenthesesIsNoFigure) {
  FactDoc d("Trade",
            "Japan logged a trade deficit of 582.4 billion yen ($5.1 billion) in December. Exports rose to "
            "89.63 billion ringgit (about 22.13 billion U.S. dollars). Imports rose to $4 billion (including "
            "$1 billion of imports of fuel). Trade grew (exports of $3 billion) last year.",
            {2022, 1, 27});
  d.date("December", "2021-12");
  d.money("582.4 billion yen", 582.4e9, "JPY").money("$5.1 billion", 5.1e9, "USD");
  d.money("89.63 billion ringgit", 89.63e9, "MYR").money("22.13 billion U.S. dollars", 22.13e9, "USD");
  d.money("$4 billion", 4e9, "USD").money("$1 billion", 1e9, "USD").money("$3 billion", 3e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 5u);
  EXPECT_DOUBLE_EQ(*d.x.indicators[0].value, 582.4e9);
  EXPECT_EQ(d.x.indicators[0].metric, "trade_balance");
  EXPECT_DOUBLE_EQ(*d.x.indicators[1].value, 89.63e9);
  EXPECT_DOUBLE_EQ(*d.x.indicators[2].value, 4e9);
  EXPECT_DOUBLE_EQ(*d.x.indicators[3].value, 1e9);
  EXPECT_DOUBLE_EQ(*d.x.indicators[4].value, 3e9);
}


// "175 billion Norwegian crowns ($15.4 billion) in 2024, up 3 percent": the restating amount
// stands between the figure and its change without being another figure; an amount that
// restates nothing still does.
TEST(Indicators, RestatedAmountDoesNotKeepTheChangeFromItsFigure) {
  FactDoc d("Seafood",
            "Norway exported seafood worth 175 billion crowns ($15.4 billion) in 2024, up 3 percent from the "
            "year before. Exports were worth $9 billion, with $2 billion in services, up 4 percent.",
            {2025, 1, 6});
  d.date("2024", "2024");
  d.money("175 billion crowns", 175e9, "NOK").money("$15.4 billion", 15.4e9, "USD");
  d.money("$9 billion", 9e9, "USD").money("$2 billion", 2e9, "USD");
  d.percent("3 percent", 3.0).percent("4 percent", 4.0);
  d.run(extract::make_indicators_stage);
  ASSERT_GE(d.x.indicators.size(), 2u);
  EXPECT_DOUBLE_EQ(*d.x.indicators[0].value, 175e9);
  ASSERT_TRUE(d.x.indicators[0].change_pct.has_value());
  EXPECT_DOUBLE_EQ(*d.x.indicators[0].change_pct, 3.0);
  EXPECT_DOUBLE_EQ(*d.x.indicators[1].value, 9e9);
  EXPECT_FALSE(d.x.indicators[1].change_pct.has_value());
}
// "fell to USD 19.4 billion in September from USD 24.2 billion in August as imports declined by
// 15 per cent": the base is a figure of the clause's metric, not of a metric word across its
// date, and takes no change. An amount followed directly by "in services exports" is still named
// by those words, and a figure that is no base keeps its change.
TEST(Indicators, BaseAcrossADateTakesNeitherTheLaterMetricNorTheChange) {
  FactDoc d("Trade",
            "The trade deficit fell to USD 19.4 billion in September from USD 24.2 billion in August as imports "
            "declined by 15 per cent. Britain sold £17 billion in services exports, up 4 per cent.",
            {2023, 10, 13});
  d.date("September", "2023-09").date("August", "2023-08");
  d.money("USD 19.4 billion", 19.4e9, "USD").money("USD 24.2 billion", 24.2e9, "USD");
  d.money("£17 billion", 17e9, "GBP");
  d.percent("15 per cent", 15).percent("4 per cent", 4);
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 3u);
  EXPECT_EQ(d.x.indicators[1].metric, "trade_balance");
  EXPECT_DOUBLE_EQ(*d.x.indicators[1].value, 24.2e9);
  EXPECT_EQ(d.x.indicators[1].period, "2023-08");
  EXPECT_FALSE(d.x.indicators[1].change_pct.has_value());
  EXPECT_EQ(d.x.indicators[2].metric, "exports");
  ASSERT_TRUE(d.x.indicators[2].change_pct.has_value());
  EXPECT_DOUBLE_EQ(*d.x.indicators[2].change_pct, 4);
}

// "retreated 6.4 percent" is a fall; "came from Singapore" names where investment came from (FDI).
TEST(Indicators, RetreatIsAFallAndInvestmentFromAbroadIsFdi) {
  FactDoc d("Figures",
            "NEW DELHI - India received more investment this year. Exports to China retreated 6.4 percent to $8.9 "
            "billion. Investment of $6.69 billion came from Singapore.",
            {2020, 2, 19});
  d.country("IN", "India").country("CN", "China").country("SG", "Singapore");
  d.percent("6.4 percent", 6.4).money("$8.9 billion", 8.9e9, "USD").money("$6.69 billion", 6.69e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 2u);
  EXPECT_EQ(d.x.indicators[0].metric, "exports");
  ASSERT_TRUE(d.x.indicators[0].change_pct.has_value());
  EXPECT_DOUBLE_EQ(*d.x.indicators[0].change_pct, -6.4);
  EXPECT_EQ(d.x.indicators[1].metric, "fdi");
  EXPECT_EQ(d.x.indicators[1].country, "SG");

  FactDoc n("Figures",
            "NEW DELHI - India received more investment this year. Investment of $6.69 billion went to Singapore.",
            {2020, 2, 19});
  n.country("IN", "India").country("SG", "Singapore").money("$6.69 billion", 6.69e9, "USD");
  n.run(extract::make_indicators_stage);
  ASSERT_EQ(n.x.indicators.size(), 1u);
  EXPECT_EQ(n.x.indicators[0].metric, "investment");
}

// GUIDELINES: indicators are stated figures. A forecast of a trade flow is none; a stated figure,
// a target and a forecast past a comma are.
TEST(Indicators, ForecastOfATradeFlowIsNoFigure) {
  FactDoc d("Figures",
            "Malaysia's exports for the first eight months are expected to reach RM1 trillion, Matrade said. "
            "Exports stood at RM873.07 billion from January to July.",
            {2022, 8, 29});
  d.country("MY", "Malaysia");
  d.money("RM1 trillion", 1e12, "MYR").money("RM873.07 billion", 873.07e9, "MYR");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 1u);
  EXPECT_EQ(d.x.indicators[0].metric, "exports");
  EXPECT_DOUBLE_EQ(*d.x.indicators[0].value, 873.07e9);

  FactDoc n("Figures",
            "Malaysia's exports, which had been expected to fall, rose to RM1 trillion, Matrade said. "
            "The ministry set a target of RM900 billion for the year.",
            {2022, 8, 29});
  n.country("MY", "Malaysia");
  n.money("RM1 trillion", 1e12, "MYR").money("RM900 billion", 900e9, "MYR");
  n.run(extract::make_indicators_stage);
  ASSERT_EQ(n.x.indicators.size(), 2u);
  EXPECT_EQ(n.x.indicators[0].metric, "exports");
  EXPECT_EQ(n.x.indicators[1].metric, "target");

  // Nor is a consensus named before it ("versus the median estimate for a 613.8 billion yen
  // shortfall").
  FactDoc m("Figures",
            "The trade balance came to a deficit of 432.4 billion yen, versus the median estimate for a 613.8 "
            "billion yen shortfall.",
            {2023, 5, 18});
  m.money("432.4 billion yen", 432.4e9, "JPY").money("613.8 billion yen", 613.8e9, "JPY");
  m.run(extract::make_indicators_stage);
  ASSERT_EQ(m.x.indicators.size(), 1u);
  EXPECT_DOUBLE_EQ(*m.x.indicators[0].value, 432.4e9);

  // The analysts' consensus named after an amount is no figure; the stated one before it is.
  FactDoc c("Figures", "The surplus reached EUR 6.3 billion, above the EUR 4.5 billion expected by analysts.",
            {2012, 7, 16});
  c.money("EUR 6.3 billion", 6.3e9, "EUR").money("EUR 4.5 billion", 4.5e9, "EUR");
  c.run(extract::make_indicators_stage);
  ASSERT_EQ(c.x.indicators.size(), 1u);
  EXPECT_DOUBLE_EQ(*c.x.indicators[0].value, 6.3e9);
}

// "could top", "may receive": a modal verb makes a flow or an investment a forecast; a pledge
// ("will invest") and a stated figure stay. A forecast word right before the metric word ("versus
// a forecast deficit of") names a forecast, not the month's balance.
TEST(Indicators, ModalVerbOrForecastWordMakesNoFigure) {
  FactDoc d("Figures",
            "India may receive over $30 billion in foreign direct investment this fiscal, the minister said. "
            "FDI could top $31 billion. Annual exports could exceed $220 billion. "
            "Thailand posted a trade deficit of $853 million, versus a forecast deficit of $2.9 billion. "
            "Goyal said exports would reach $400 billion by the end of the year.",
            {2009, 1, 19});
  d.country("IN", "India").country("TH", "Thailand");
  d.money("$30 billion", 30e9, "USD").money("$31 billion", 31e9, "USD").money("$220 billion", 220e9, "USD");
  d.money("$853 million", 853e6, "USD").money("$2.9 billion", 2.9e9, "USD").money("$400 billion", 400e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 1u);
  EXPECT_EQ(d.x.indicators[0].metric, "trade_balance");
  EXPECT_DOUBLE_EQ(*d.x.indicators[0].value, 853e6);

  // A pledge, a stated figure in May and a target stay figures.
  FactDoc n("Figures",
            "The companies will invest $5 billion in India. Exports in May reached $40 billion, which would "
            "reach no record. "
            "FDI topped $30 billion. The ministry set a target of $50 billion.",
            {2024, 6, 1});
  n.country("IN", "India");
  n.money("$5 billion", 5e9, "USD").money("$40 billion", 40e9, "USD").money("$30 billion", 30e9, "USD");
  n.money("$50 billion", 50e9, "USD");
  n.run(extract::make_indicators_stage);
  ASSERT_EQ(n.x.indicators.size(), 4u);
  EXPECT_EQ(n.x.indicators[0].metric, "investment");
  EXPECT_EQ(n.x.indicators[1].metric, "exports");
  EXPECT_EQ(n.x.indicators[2].metric, "fdi");
  EXPECT_EQ(n.x.indicators[3].metric, "target");
}

// "$257.97 to $341.28 per tonne": a duty per unit of goods, both ends of its range, is no trade
// figure; the value of the imports is.
TEST(Indicators, RatePerUnitIsNoFigure) {
  FactDoc d("Duties",
            "Brazil approved duties on imports from China ranging from $257.97 to $341.28 per tonne. "
            "Imports from China reached $1.2 billion.",
            {2024, 10, 21});
  d.country("BR", "Brazil").country("CN", "China").country("CN", "China", 1);
  d.money("$257.97", 257.97, "USD").money("$341.28", 341.28, "USD").money("$1.2 billion", 1.2e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 1u);
  EXPECT_DOUBLE_EQ(*d.x.indicators[0].value, 1.2e9);

  FactDoc n("Duties", "Imports from China rose from $257.97 million to $341.28 million.", {2024, 10, 21});
  n.country("CN", "China");
  n.money("$257.97 million", 257.97e6, "USD").money("$341.28 million", 341.28e6, "USD");
  n.run(extract::make_indicators_stage);
  EXPECT_EQ(n.x.indicators.size(), 2u);
}

// "a minimum of $7,000 per vehicle", "$1,850 per bushel": a duty or price per item of goods is no
// trade figure either; a figure "a year" still is.
TEST(Indicators, RatePerItemIsNoFigure) {
  FactDoc d("Tariff",
            "Turkey will impose an additional 40% tariff on imports of vehicles from China, with a minimum of "
            "$7,000 per vehicle.",
            {2024, 6, 8});
  d.country("TR", "Turkey").country("CN", "China");
  d.money("$7,000", 7000, "USD");
  d.run(extract::make_indicators_stage);
  EXPECT_TRUE(d.x.indicators.empty());

  FactDoc n("Trade", "Turkey's imports of vehicles from China reached $7 billion a year.", {2024, 6, 8});
  n.country("TR", "Turkey").country("CN", "China");
  n.money("$7 billion", 7e9, "USD");
  n.run(extract::make_indicators_stage);
  EXPECT_EQ(n.x.indicators.size(), 1u);
}

// ", followed by Germany with $1.6 billion" opens the next figure's clause: its partner is the one
// named there, its metric the sentence's.
TEST(Indicators, FollowedByOpensTheNextFiguresClause) {
  FactDoc d("Figures",
            "ANKARA (AA) - Turkey's imports fell in October. Russia topped the list of countries from which "
            "Turkey imports at $1.9 billion, followed by Germany with $1.6 billion.",
            {2018, 11, 1});
  d.country("TR", "Turkey").country("RU", "Russia").country("TR", "Turkey", 1).country("DE", "Germany");
  d.money("$1.9 billion", 1.9e9, "USD").money("$1.6 billion", 1.6e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 2u);
  EXPECT_EQ(d.x.indicators[0].partner, "RU");
  EXPECT_EQ(d.x.indicators[1].metric, "imports");
  EXPECT_EQ(d.x.indicators[1].partner, "DE");

  // Without the phrase the clause is one, but "from" right before the second amount joins Germany
  // to it ("… and from Germany $1.6 billion").
  FactDoc n("Figures",
            "ANKARA (AA) - Turkey's imports fell in October. Imports from Russia reached $1.9 billion and from "
            "Germany $1.6 billion.",
            {2018, 11, 1});
  n.country("TR", "Turkey").country("RU", "Russia").country("DE", "Germany");
  n.money("$1.9 billion", 1.9e9, "USD").money("$1.6 billion", 1.6e9, "USD");
  n.run(extract::make_indicators_stage);
  ASSERT_EQ(n.x.indicators.size(), 2u);
  EXPECT_EQ(n.x.indicators[0].partner, "RU");
  EXPECT_EQ(n.x.indicators[1].partner, "DE");
}

}  // namespace
// "a surplus of $31.2 billion with the U.S. and $12.6 billion with the EU": a counterpart joined to
// an amount by "with" is that amount's own, not the clause's first.
TEST(Indicators, CounterpartJoinedByWithIsTheAmountsOwn) {
  FactDoc d("Trade surplus",
            "HA NOI - Viet Nam's trade surplus reached US$31.2 billion with the U.S. and US$12.6 billion with "
            "the EU. Viet Nam's surplus with the United States amounted to US$1.15 billion and with India "
            "US$1.14 billion, the office said.",
            {2023, 5, 29});
  d.country("VN", "Viet Nam").country("US", "U.S.").bloc("EU", "EU").country("VN", "Viet Nam", 1);
  d.country("US", "United States");
  d.country("IN", "India");
  d.money("US$31.2 billion", 31.2e9, "USD").money("US$12.6 billion", 12.6e9, "USD");
  d.money("US$1.15 billion", 1.15e9, "USD").money("US$1.14 billion", 1.14e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 4u);
  for (const auto& i : d.x.indicators) EXPECT_EQ(i.country, "VN") << i.value.value_or(0);
  EXPECT_EQ(d.x.indicators[0].partner, "US");
  EXPECT_EQ(d.x.indicators[1].partner, "EU");
  EXPECT_EQ(d.x.indicators[2].partner, "US");
  EXPECT_EQ(d.x.indicators[3].partner, "IN");

  // A place not joined to the amount ("the EU said") is no counterpart of it.
  FactDoc n("Trade surplus",
            "HA NOI - Viet Nam's trade surplus reached US$31.2 billion with the U.S. and US$12.6 billion in "
            "May, the EU said.",
            {2023, 5, 29});
  n.country("VN", "Viet Nam").country("US", "U.S.").bloc("EU", "EU");
  n.money("US$31.2 billion", 31.2e9, "USD").money("US$12.6 billion", 12.6e9, "USD");
  n.run(extract::make_indicators_stage);
  ASSERT_EQ(n.x.indicators.size(), 2u);
  EXPECT_EQ(n.x.indicators[1].partner, "US");
}

// "a deficit of 1,436.8 billion yen in July, compared with a surplus of 434.5 billion yen a year
// before": a base named by its metric noun stands a year back; a figure of another month is no base.
TEST(Indicators, BaseNamedByItsMetricNounStandsAYearBack) {
  FactDoc d("Japan logs trade deficit",
            "TOKYO (Jiji Press) - Japan logged a customs-cleared trade deficit of 1,436.8 billion yen in July, "
            "compared with a surplus of 434.5 billion yen a year before, the Ministry of Finance said Wednesday.",
            {2022, 8, 17});
  d.country("JP", "Japan").date("July", "2022-07").date("Wednesday", "2022-08-17");
  d.money("1,436.8 billion yen", 1436.8e9, "JPY").money("434.5 billion yen", 434.5e9, "JPY");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 2u);
  EXPECT_EQ(d.x.indicators[0].period, "2022-07");
  EXPECT_EQ(d.x.indicators[1].period, "2021-07");

  FactDoc n("Japan logs trade deficit",
            "TOKYO (Jiji Press) - Japan logged a customs-cleared trade deficit of 1,436.8 billion yen in July, "
            "after a surplus of 434.5 billion yen in June, the Ministry of Finance said Wednesday.",
            {2022, 8, 17});
  n.country("JP", "Japan").date("July", "2022-07").date("June", "2022-06").date("Wednesday", "2022-08-17");
  n.money("1,436.8 billion yen", 1436.8e9, "JPY").money("434.5 billion yen", 434.5e9, "JPY");
  n.run(extract::make_indicators_stage);
  ASSERT_EQ(n.x.indicators.size(), 2u);
  EXPECT_EQ(n.x.indicators[1].period, "2022-06");
}

// "a trade surplus of US$2.24 billion in May and US$9.8 billion in the first five months": a date
// right after an amount is that amount's period, before a nearer one of another amount.
TEST(Indicators, DateRightAfterAnAmountIsItsPeriod) {
  FactDoc d("Trade surplus",
            "HA NOI - Viet Nam's trade surplus reached US$2.24 billion in May and US$9.8 billion in the first "
            "five months, according to the General Statistics Office.",
            {2023, 5, 29});
  d.country("VN", "Viet Nam").date("May", "2023-05").date("first five months", "2023-01/2023-05");
  d.money("US$2.24 billion", 2.24e9, "USD").money("US$9.8 billion", 9.8e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 2u);
  EXPECT_EQ(d.x.indicators[0].period, "2023-05");
  EXPECT_EQ(d.x.indicators[1].period, "2023-01/2023-05");

  FactDoc n("Trade surplus",
            "HA NOI - Viet Nam's trade surplus reached US$2.24 billion, up from the month before, the office "
            "said in May.",
            {2023, 5, 29});
  n.country("VN", "Viet Nam").date("May", "2023-05");
  n.money("US$2.24 billion", 2.24e9, "USD");
  n.run(extract::make_indicators_stage);
  ASSERT_EQ(n.x.indicators.size(), 1u);
  EXPECT_EQ(n.x.indicators[0].period, "2023-05");
}

// "compared with $30.4 billion tallied a year earlier": a participle between a base and its time
// leaves the base a year back; one before another time does not move it.
TEST(Indicators, ParticipleBeforeAYearEarlierKeepsTheBaseAYearBack) {
  FactDoc d("Exports jump",
            "SEOUL (Yonhap) - Outbound shipments reached $35.3 billion in the Feb. 1-20 period, compared with "
            "$30.4 billion tallied a year earlier, the data showed.",
            {2025, 2, 21});
  d.date("Feb. 1-20", "2025-02-01/2025-02-20");
  d.money("$35.3 billion", 35.3e9, "USD").money("$30.4 billion", 30.4e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 2u);
  EXPECT_EQ(d.x.indicators[0].period, "2025-02-01/2025-02-20");
  EXPECT_EQ(d.x.indicators[1].period, "2024-02-01/2024-02-20");

  FactDoc n("Exports jump",
            "SEOUL (Yonhap) - Outbound shipments reached $35.3 billion in the Feb. 1-20 period, compared with "
            "$30.4 billion tallied in the Jan. 1-20 period, the data showed.",
            {2025, 2, 21});
  n.date("Feb. 1-20", "2025-02-01/2025-02-20").date("Jan. 1-20", "2025-01-01/2025-01-20");
  n.money("$35.3 billion", 35.3e9, "USD").money("$30.4 billion", 30.4e9, "USD");
  n.run(extract::make_indicators_stage);
  ASSERT_EQ(n.x.indicators.size(), 2u);
  EXPECT_EQ(n.x.indicators[1].period, "2025-01-01/2025-01-20");
}

}  // namespace tw

namespace tw {
namespace {

// "earned 28.72 billion dollars from exports": what a country earns from its exports is their
// value; money collected "from import duties" is no trade flow.
TEST(Indicators, EarnedFromExports) {
  testing::FactDoc d("Bangladesh earns from exports",
                     "Bangladesh earned 28.72 billion dollars from exports during July-April compared to 27.64 billion "
                     "dollars a year earlier. Customs collected 3 billion dollars from import duties.",
                     {2017, 5, 8});
  d.country("BD", "Bangladesh");
  d.money("28.72 billion dollars", 28.72e9, "USD").money("27.64 billion dollars", 27.64e9, "USD");
  d.money("3 billion dollars", 3e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 2u);
  EXPECT_EQ(d.x.indicators[0].metric, "exports");
  EXPECT_DOUBLE_EQ(*d.x.indicators[0].value, 28.72e9);
  EXPECT_EQ(d.x.indicators[1].metric, "exports");
  EXPECT_DOUBLE_EQ(*d.x.indicators[1].value, 27.64e9);
}

// "$3.2 billion from cocoa exports": one word naming the goods may stand between; a clause may not.
TEST(Indicators, EarnedFromOnesGoodsExports) {
  testing::FactDoc d("Ghana cocoa", "Ghana earned $3.2 billion from cocoa exports in the first half of 2025.",
                     {2025, 8, 20});
  d.country("GH", "Ghana").date("the first half of 2025", "2025-H1").money("$3.2 billion", 3.2e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 1u);
  EXPECT_EQ(d.x.indicators[0].metric, "exports");

  testing::FactDoc n("Ghana cocoa", "Ghana raised $3.2 billion from 12 banks to fund exports.", {2025, 8, 20});
  n.country("GH", "Ghana").money("$3.2 billion", 3.2e9, "USD");
  n.run(extract::make_indicators_stage);
  EXPECT_TRUE(n.x.indicators.empty());
}


// "180 billion shillings (about 1.39 billion U.S. dollars) from tea exports in 2024, up 3.5
// percent": the restatement in parentheses stands between the amount and the words that name it
// and its change; a parenthesis that restates nothing still cuts them off.
TEST(Indicators, EarnedFromExportsPastARestatement) {
  const std::string text =
      "Kenya earned 180 billion shillings (about 1.39 billion U.S. dollars) from tea exports in 2024, up 3.5 "
      "percent from a year earlier.";
  testing::FactDoc d("Kenya tea", text, {2025, 2, 11});
  d.country("KE", "Kenya").date("2024", "2024").money("180 billion shillings", 180e9, "KES");
  d.money("1.39 billion U.S. dollars", 1.39e9, "USD").percent("3.5 percent", 3.5);
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 1u);
  EXPECT_EQ(d.x.indicators[0].metric, "exports");
  EXPECT_EQ(d.x.indicators[0].unit, "KES");
  ASSERT_TRUE(d.x.indicators[0].change_pct.has_value());
  EXPECT_DOUBLE_EQ(*d.x.indicators[0].change_pct, 3.5);

  testing::FactDoc n("Kenya tea", "Kenya raised 180 billion shillings (in bonds) from tea exports in 2024.",
                     {2025, 2, 11});
  n.country("KE", "Kenya").date("2024", "2024").money("180 billion shillings", 180e9, "KES");
  n.run(extract::make_indicators_stage);
  EXPECT_TRUE(n.x.indicators.empty());
}

// How far a figure moved is no figure: "down $0.2 billion from", "fell $1,166m (3%) to", "a
// decrease of $166m on", "$4.4 billion less than". A movement to or from an amount leaves that
// amount a level, and so does "up to".
TEST(Indicators, AmountAFigureMovedByIsNoFigure) {
  testing::FactDoc d("US trade",
                     "The goods and services deficit was $55.2 billion in June, down $0.2 billion from $55.3 billion "
                     "in May. June exports were $206.3 billion, $4.4 billion less than May exports. The surplus "
                     "was $5,210m, a decrease of $166m on the surplus in May. Imports fell $1,166m (3%) to $40,122m.",
                     {2019, 8, 2});
  d.date("June", "2019-06").date("May", "2019-05");
  d.money("$55.2 billion", 55.2e9, "USD").money("$0.2 billion", 0.2e9, "USD").money("$55.3 billion", 55.3e9, "USD");
  d.money("$206.3 billion", 206.3e9, "USD").money("$4.4 billion", 4.4e9, "USD");
  d.money("$5,210m", 5210e6, "USD").money("$166m", 166e6, "USD");
  d.money("$1,166m", 1166e6, "USD").money("$40,122m", 40122e6, "USD").percent("3%", 3);
  d.run(extract::make_indicators_stage);
  std::vector<double> values;
  for (const auto& i : d.x.indicators) values.push_back(*i.value);
  EXPECT_EQ(values, (std::vector<double>{55.2e9, 55.3e9, 206.3e9, 5210e6, 40122e6}));

  testing::FactDoc n("Trade", "Exports rose to $5 billion in June, up from $4 billion. Investment of up to $3 billion "
                              "was pledged.", {2019, 8, 2});
  n.date("June", "2019-06");
  n.money("$5 billion", 5e9, "USD").money("$4 billion", 4e9, "USD").money("$3 billion", 3e9, "USD");
  n.run(extract::make_indicators_stage);
  EXPECT_EQ(n.x.indicators.size(), 3u);
}

// "a 5.8 percent increase ($16.3 billion)": an amount in parentheses after a movement word is how
// far the figure moved; one after a level's noun ("a surplus ($12 billion)") is still a figure.
TEST(Indicators, AmountInParenthesesAfterAMovementIsNoFigure) {
  testing::FactDoc d("US trade",
                     "The goods trade deficit with China was $295.4 billion in 2024, a 5.8 percent increase "
                     "($16.3 billion) over 2023.",
                     {2025, 4, 1});
  d.country("CN", "China").date("2024", "2024").date("2023", "2023");
  d.money("$295.4 billion", 295.4e9, "USD").money("$16.3 billion", 16.3e9, "USD").percent("5.8 percent", 5.8);
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 1u);
  EXPECT_DOUBLE_EQ(*d.x.indicators[0].value, 295.4e9);

  testing::FactDoc n("Trade", "Korea posted a trade surplus ($12 billion) in June.", {2025, 7, 1});
  n.country("KR", "Korea").date("June", "2025-06");
  n.money("$12 billion", 12e9, "USD");
  n.run(extract::make_indicators_stage);
  ASSERT_EQ(n.x.indicators.size(), 1u);
  EXPECT_EQ(n.x.indicators[0].metric, "trade_balance");
}

// "23% higher than in the same period of 2024" signs the change as a rise, "lower" as a fall.
TEST(Indicators, HigherAndLowerThanSignTheChange) {
  testing::FactDoc d("Figures", "Exports totaled $11.9 billion in October, 23% higher than a year earlier.",
                     {2025, 11, 25});
  d.date("October", "2025-10").money("$11.9 billion", 11.9e9, "USD").percent("23%", 23);
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 1u);
  ASSERT_TRUE(d.x.indicators[0].change_pct.has_value());
  EXPECT_DOUBLE_EQ(*d.x.indicators[0].change_pct, 23);

  testing::FactDoc n("Figures", "Exports totaled $11.9 billion in October, 23% lower than a year earlier.",
                     {2025, 11, 25});
  n.date("October", "2025-10").money("$11.9 billion", 11.9e9, "USD").percent("23%", 23);
  n.run(extract::make_indicators_stage);
  ASSERT_EQ(n.x.indicators.size(), 1u);
  ASSERT_TRUE(n.x.indicators[0].change_pct.has_value());
  EXPECT_DOUBLE_EQ(*n.x.indicators[0].change_pct, -23);
}

// "the deficit with countries other than the United States": a place set apart is no partner.
TEST(Indicators, PlaceSetApartIsNoPartner) {
  testing::FactDoc d("Canada trade",
                     "Canada's trade surplus with the United States was $8.3 billion in September. Canada's trade "
                     "deficit with countries other than the United States was $9.6 billion in September.",
                     {2024, 11, 5});
  d.country("CA", "Canada").country("CA", "Canada", 1);
  d.country("US", "United States").country("US", "United States", 1);
  d.date("September", "2024-09").date("September", "2024-09", 1);
  d.money("$8.3 billion", 8.3e9, "CAD").money("$9.6 billion", 9.6e9, "CAD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 2u);
  EXPECT_EQ(d.x.indicators[0].partner, "US");
  EXPECT_EQ(d.x.indicators[1].partner, "") << d.reporter();
}

// "The government expects a trade surplus of …", "India could cross $800 billion of exports": a
// figure foretold is no stated one; one recorded is.
TEST(Indicators, ExpectedAndCouldCrossAreForecasts) {
  testing::FactDoc d("Brazil trade",
                     "The government now expects a trade surplus of USD 41.8 billion this year. The secretary said "
                     "India could cross $800 billion of exports. Brazil recorded a trade surplus of USD 33.8 billion.",
                     {2019, 10, 1});
  d.country("BR", "Brazil").country("IN", "India");
  d.money("USD 41.8 billion", 41.8e9, "USD").money("$800 billion", 800e9, "USD").money("USD 33.8 billion", 33.8e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 1u);
  EXPECT_DOUBLE_EQ(*d.x.indicators[0].value, 33.8e9);
}

// The month a figure was released ("the estimate for August released last month") and the base
// of a change ("4.1 per cent over 2017") date no figure; the period named otherwise does.
TEST(Indicators, ReleaseMonthAndBaseYearAreNoPeriod) {
  testing::FactDoc d("Canada trade",
                     "The initial estimate for August released last month had shown a deficit of $1.1 billion. "
                     "Exports reached 81.49 trillion yen last year, up 4.1 per cent over 2017, while imports rose "
                     "9.7 per cent to 82.69 trillion yen.",
                     {2019, 1, 23});
  d.date("August", "2018-08").date("last month", "2018-12").date("last year", "2018").date("2017", "2017");
  d.percent("4.1 per cent", 4.1).percent("9.7 per cent", 9.7);
  d.money("$1.1 billion", 1.1e9, "CAD").money("81.49 trillion yen", 81.49e12, "JPY");
  d.money("82.69 trillion yen", 82.69e12, "JPY");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 3u);
  EXPECT_EQ(d.x.indicators[0].period, "2018-08");
  EXPECT_EQ(d.x.indicators[2].period, "2018");

  testing::FactDoc n("Canada trade", "Canada had a deficit of $1.1 billion last month.", {2019, 1, 23});
  n.date("last month", "2018-12").money("$1.1 billion", 1.1e9, "CAD");
  n.run(extract::make_indicators_stage);
  ASSERT_EQ(n.x.indicators.size(), 1u);
  EXPECT_EQ(n.x.indicators[0].period, "2018-12");
}


// "Singapore was the top investor with USD 5.7 billion, followed by Mauritius (USD 2.4 billion)":
// each amount's source is the place nearest before it in its clause; a list of places is led by
// its first. "FDI inflows, including re-invested earnings, were …" are FDI, not investment.
TEST(Indicators, EachInvestorsOwnAmount) {
  testing::FactDoc d("India FDI",
                     "NEW DELHI - FDI equity inflows into India fell. Total FDI inflows, including re-invested "
                     "earnings, were USD 22.34 billion. Singapore was the top investor with USD 5.7 billion, "
                     "followed by Mauritius (USD 2.4 billion) and Japan (USD 851 million). Switzerland, Norway and "
                     "Iceland will invest USD 100 billion in India. Companies made an investment of USD 3 billion.",
                     {2022, 8, 31});
  d.country("IN", "India").country("IN", "India", 1).country("SG", "Singapore").country("MU", "Mauritius");
  d.country("JP", "Japan").country("CH", "Switzerland").country("NO", "Norway").country("IS", "Iceland");
  d.money("USD 22.34 billion", 22.34e9, "USD").money("USD 5.7 billion", 5.7e9, "USD");
  d.money("USD 2.4 billion", 2.4e9, "USD").money("USD 851 million", 851e6, "USD");
  d.money("USD 100 billion", 100e9, "USD").money("USD 3 billion", 3e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 6u);
  std::vector<std::string> got;
  for (const auto& i : d.x.indicators) got.push_back(i.metric + " " + i.country + " " + i.partner);
  EXPECT_EQ(got, (std::vector<std::string>{"fdi IN ", "fdi SG IN", "fdi MU IN", "fdi JP IN", "fdi CH IN",
                                           "investment IN "}));
}


// A gap that widens grows and one that narrows shrinks: "the deficit widened 12.5% to …" is +12.5,
// "narrowing 74.8%" is -74.8. A balance called the narrowest in years states no movement.
TEST(Indicators, WidenedAndNarrowedSignABalancesChange) {
  testing::FactDoc d("Japan trade",
                     "Japan posted a trade deficit of 5.89 trillion yen in 2023, narrowing 74.8 percent. "
                     "The trade surplus widened 12.5 percent to $31.2 billion.",
                     {2024, 4, 18});
  d.country("JP", "Japan").date("2023", "2023");
  d.percent("74.8 percent", 74.8).percent("12.5 percent", 12.5);
  d.money("5.89 trillion yen", 5.89e12, "JPY").money("$31.2 billion", 31.2e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 2u);
  ASSERT_TRUE(d.x.indicators[0].change_pct.has_value());
  EXPECT_DOUBLE_EQ(*d.x.indicators[0].change_pct, -74.8);
  ASSERT_TRUE(d.x.indicators[1].change_pct.has_value());
  EXPECT_DOUBLE_EQ(*d.x.indicators[1].change_pct, 12.5);

  testing::FactDoc n("Brazil trade",
                     "Brazil ran a trade surplus of USD 2.2 billion, the narrowest in years and 4.1 percent of "
                     "the total.",
                     {2024, 10, 7});
  n.country("BR", "Brazil").percent("4.1 percent", 4.1).money("USD 2.2 billion", 2.2e9, "USD");
  n.run(extract::make_indicators_stage);
  ASSERT_EQ(n.x.indicators.size(), 1u);
  EXPECT_FALSE(n.x.indicators[0].change_pct.has_value());
}


// "the 20-day period", "the seven-month period": a period named back is the span told last before
// the sentence, when its grain (and length, given in digits) is the one named; else none.
TEST(Indicators, PeriodNamedBackIsTheSpanToldBefore) {
  testing::FactDoc d("Korea trade",
                     "Exports stood at US$25.2 billion in the Oct. 1-20 period. Imports declined 2.8 percent to "
                     "$25.7 billion in the 20-day period. During April-October, exports rose. The deficit for the "
                     "seven-month period was $164.65 billion, against $149.67 billion in April-October 2019.",
                     {2020, 10, 21});
  d.date("Oct. 1-20", "2020-10-01/2020-10-20").date("April-October", "2020-04/2020-10");
  d.date("April-October 2019", "2019-04/2019-10").percent("2.8 percent", 2.8);
  d.money("US$25.2 billion", 25.2e9, "USD").money("$25.7 billion", 25.7e9, "USD");
  d.money("$164.65 billion", 164.65e9, "USD").money("$149.67 billion", 149.67e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 4u);
  EXPECT_EQ(d.x.indicators[1].period, "2020-10-01/2020-10-20");
  EXPECT_EQ(d.x.indicators[2].period, "2020-04/2020-10");
  EXPECT_EQ(d.x.indicators[3].period, "2019-04/2019-10");

  // The span told before is ten days, or months: not the 20-day period.
  testing::FactDoc n("Korea trade",
                     "Exports stood at US$15.2 billion in the Oct. 1-10 period. Imports were $25.7 billion in the "
                     "20-day period. During April-October, exports rose. Imports were $5 billion in the 20-day "
                     "period.",
                     {2020, 10, 21});
  n.date("Oct. 1-10", "2020-10-01/2020-10-10").date("April-October", "2020-04/2020-10");
  n.money("US$15.2 billion", 15.2e9, "USD").money("$25.7 billion", 25.7e9, "USD").money("$5 billion", 5e9, "USD");
  n.run(extract::make_indicators_stage);
  ASSERT_EQ(n.x.indicators.size(), 3u);
  EXPECT_EQ(n.x.indicators[1].period, "");
  EXPECT_EQ(n.x.indicators[2].period, "");
}

TEST(Indicators, GoalLevelOfAFlowIsATarget) {
  FactDoc d("Belarus, Kazakhstan aim for more trade",
            "Belarus and Kazakhstan intend to raise their bilateral trade turnover to about $1 billion in 2018. "
            "The pact will lift non-oil bilateral trade beyond $10 billion within five years. "
            "Bilateral trade increased by $0.2 billion to $604.1 million in 2017. "
            "Efforts to boost bilateral trade, which reached $5 billion, continue. "
            "The deal is expected to boost exports by up to $1.8 billion a year.",
            {2018, 3, 2});
  d.country("BY", "Belarus").country("KZ", "Kazakhstan");
  d.date("2018", "2018").date("2017", "2017");
  d.money("$1 billion", 1e9, "USD").money("$10 billion", 10e9, "USD").money("$0.2 billion", 0.2e9, "USD");
  d.money("$604.1 million", 604.1e6, "USD").money("$5 billion", 5e9, "USD").money("$1.8 billion", 1.8e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 5u);
  EXPECT_EQ(d.x.indicators[0].metric, "target");
  EXPECT_DOUBLE_EQ(*d.x.indicators[0].value, 1e9);
  EXPECT_EQ(d.x.indicators[1].metric, "target");
  EXPECT_DOUBLE_EQ(*d.x.indicators[1].value, 10e9);
  // A level reached, a level in a clause after the goal, a gain by up to: no target.
  EXPECT_EQ(d.x.indicators[2].metric, "trade");
  EXPECT_DOUBLE_EQ(*d.x.indicators[2].value, 604.1e6);
  EXPECT_EQ(d.x.indicators[3].metric, "trade");
  EXPECT_DOUBLE_EQ(*d.x.indicators[3].value, 5e9);
  EXPECT_EQ(d.x.indicators[4].metric, "exports");
  EXPECT_DOUBLE_EQ(*d.x.indicators[4].value, 1.8e9);
}

TEST(Indicators, TargetWordRightBeforeTheAmountOutranksTheFlowAfterIt) {
  FactDoc d("Nigeria, Egypt pledge to boost trade",
            "Both are members of the D-8 group, which aims at $500 billion in intra-bloc trade by 2030. "
            "Well short of its target the group shipped $90 billion in exports.",
            {2025, 3, 2});
  d.date("2030", "2030");
  d.money("$500 billion", 500e9, "USD").money("$90 billion", 90e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 2u);
  EXPECT_EQ(d.x.indicators[0].metric, "target");
  EXPECT_DOUBLE_EQ(*d.x.indicators[0].value, 500e9);
  // No target word joined to the amount: the flow after it names it.
  EXPECT_EQ(d.x.indicators[1].metric, "exports");
  EXPECT_DOUBLE_EQ(*d.x.indicators[1].value, 90e9);
}


// "tariffs on $200 billion of Chinese imports": the goods a measure covers are no trade figure; a
// flow stated in the same words stays one.
TEST(Indicators, GoodsAMeasureCoversAreNoFigure) {
  FactDoc d("USTR review",
            "The tariffs on $200 billion of Chinese imports will remain. Duties covering $18 billion of imports "
            "from China rise. Canada imposed counter-measures on about $29.8 billion of US imports. "
            "US imports from China were $427 billion. Imports of steel on $3 billion a year stay.",
            {2024, 5, 14});
  d.country("CN", "China").country("US", "US").country("CA", "Canada");
  d.money("$200 billion", 200e9, "USD").money("$18 billion", 18e9, "USD").money("$29.8 billion", 29.8e9, "USD");
  d.money("$427 billion", 427e9, "USD").money("$3 billion", 3e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 2u);
  EXPECT_DOUBLE_EQ(*d.x.indicators[0].value, 427e9);
  EXPECT_DOUBLE_EQ(*d.x.indicators[1].value, 3e9);
}

// "tariffs on Chinese imports worth $200 billion", "the tariffs cover $18 billion in imports",
// "countermeasures on up to €26 billion of US exports": the same, told after the goods or by a verb;
// "imports worth $427 billion" with no measure is a flow.
TEST(Indicators, GoodsAMeasureCoversToldAfterThemOrByAVerb) {
  FactDoc d("USTR tariffs",
            "In 2018, the US imposed tariffs on Chinese imports worth $200 billion. The tariffs cover $18 billion in "
            "Chinese imports. The EU announced countermeasures on up to $26 billion of US exports. US imports worth "
            "$427 billion came from China.",
            {2024, 5, 14});
  d.country("CN", "Chinese").country("US", "US");
  d.date("2018", "2018");
  d.money("$200 billion", 200e9, "USD").money("$18 billion", 18e9, "USD").money("$26 billion", 26e9, "USD");
  d.money("$427 billion", 427e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 1u);
  EXPECT_DOUBLE_EQ(*d.x.indicators[0].value, 427e9);
}
// "adopted countermeasures against U.S. tariffs on EU steel exports, targeting €21 billion of U.S.
// goods": a participle set off by a comma takes the measure of the clause before it as its
// subject; the goods it targets are no trade figure.
TEST(Indicators, ParticipleAfterACommaCoversTheMeasuresGoods) {
  FactDoc d("EU adopts countermeasures",
            "The Commission adopted countermeasures against U.S. tariffs on EU steel exports, targeting $21 billion of "
            "U.S. goods. EU exports to the U.S., totalling $532 billion, rose.",
            {2025, 4, 14});
  d.country("US", "U.S.").bloc("EU", "EU").country("US", "U.S.", 1).bloc("EU", "EU", 1).country("US", "U.S.", 2);
  d.money("$21 billion", 21e9, "USD").money("$532 billion", 532e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 1u);
  EXPECT_DOUBLE_EQ(*d.x.indicators[0].value, 532e9);
}

// "…, leaving a deficit of €304 billion": the balance the flows before it leave is between the
// same two sides, the flows' country and partner.
TEST(Indicators, BalanceLeftByTheFlowsTakesTheirSides) {
  FactDoc d("EU-China trade",
            "BRUSSELS - EU imports from China totalled $517 billion in 2024, while EU exports to China amounted to "
            "$213 billion, leaving a deficit of $304 billion.",
            {2025, 5, 1});
  d.bloc("EU", "EU").country("CN", "China").bloc("EU", "EU", 1).country("CN", "China", 1);
  d.date("2024", "2024");
  d.money("$517 billion", 517e9, "USD").money("$213 billion", 213e9, "USD").money("$304 billion", 304e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 3u);
  EXPECT_EQ(d.x.indicators[2].metric, "trade_balance");
  EXPECT_EQ(d.x.indicators[2].country, "EU");
  EXPECT_EQ(d.x.indicators[2].partner, "CN");
}

// "$31.52 billion in foreign direct investment pledges in the first nine months of 2025, up
// 15.2%": the figure's period between it and its change does not part them.
TEST(Indicators, PeriodBetweenAFigureAndItsChange) {
  FactDoc d("Vietnam FDI",
            "HANOI - Vietnam attracted $31.52 billion in foreign direct investment pledges in the first nine months "
            "of 2025, up 15.2% from a year earlier.",
            {2025, 10, 6});
  d.country("VN", "Vietnam");
  d.date("the first nine months of 2025", "2025-01/2025-09");
  d.money("$31.52 billion", 31.52e9, "USD").percent("15.2%", 15.2);
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 1u);
  ASSERT_TRUE(d.x.indicators[0].change_pct.has_value());
  EXPECT_DOUBLE_EQ(*d.x.indicators[0].change_pct, 15.2);
}

// "Samsung to invest $17 billion in Texas chip plant" over a body that restates the amount with no
// metric word of its own ("will build a $17 billion chip plant"): the title names the figure. A
// title amount with no metric word before it names none.
TEST(Indicators, TitleMetricNamesTheBodysSameAmount) {
  auto run = [](const std::string& title) {
    FactDoc d(title, "Samsung Electronics will build a $17 billion chip plant in Taylor, Texas.", {2021, 11, 23});
    d.money("$17 billion", 17e9, "USD");
    const size_t at = title.find("$17 billion");
    d.x.money.push_back({"$17 billion", 17e9, "USD", {static_cast<uint32_t>(at), static_cast<uint32_t>(at + 11), true}});
    d.run(extract::make_indicators_stage);
    return d.x.indicators;
  };
  const auto pledged = run("Samsung to invest $17 billion in Texas chip plant");
  ASSERT_EQ(pledged.size(), 1u);
  EXPECT_EQ(pledged[0].metric, "investment");
  EXPECT_EQ(pledged[0].unit, "USD");
  EXPECT_TRUE(run("Samsung plans $17 billion chip plant in Texas").empty());
}

}  // namespace
}  // namespace tw

namespace tw {
namespace {

// A sentence whose only date is the base its change is measured from ("up 4.8% compared to July
// 2024") reports the period of the figure told before it; with no figure before it, no period.
// A date of its own still dates it.
TEST(Indicators, ComparisonBaseIsNoPeriod) {
  FactDoc d("Trade surplus reaches US$ 7.1 billion in July",
            "The trade balance posted a surplus of US$ 7.1 billion in July 2025. Exports totaled US$ 32.3 billion, "
            "up 4.8% compared to July 2024. Imports reached US$ 25.2 billion in June 2025, up 2.0% compared to "
            "June 2024.",
            {2025, 8, 6});
  d.date("July 2025", "2025-07").date("July 2024", "2024-07").date("June 2025", "2025-06").date("June 2024", "2024-06");
  d.percent("4.8%", 4.8).percent("2.0%", 2.0);
  d.money("US$ 7.1 billion", 7.1e9, "USD").money("US$ 32.3 billion", 32.3e9, "USD").money("US$ 25.2 billion", 25.2e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 3u);
  EXPECT_EQ(d.x.indicators[0].period, "2025-07");
  EXPECT_EQ(d.x.indicators[1].metric, "exports");
  EXPECT_EQ(d.x.indicators[1].period, "2025-07");
  EXPECT_EQ(d.x.indicators[2].period, "2025-06");
  FactDoc e("Exports rise", "Exports totaled US$ 32.3 billion, up 4.8% compared to July 2024.", {2025, 8, 6});
  e.date("July 2024", "2024-07").percent("4.8%", 4.8).money("US$ 32.3 billion", 32.3e9, "USD");
  e.run(extract::make_indicators_stage);
  ASSERT_EQ(e.x.indicators.size(), 1u);
  EXPECT_EQ(e.x.indicators[0].period, "");
}

}  // namespace
}  // namespace tw

namespace tw {
namespace {

// "Swiss exports to Thailand", "Saudi non-oil exports": a country's adjective right before the
// metric word owns the figure, whoever reports it; a country further back ("tariffs by the U.S.
// hit exports") does not.
TEST(Indicators, CountryAdjectiveBeforeTheMetricOwnsTheFigure) {
  FactDoc d("EFTA and Thailand sign agreement",
            "Thailand signed it. Swiss exports to Thailand amounted to CHF 2.6 billion in 2024. Saudi non-oil "
            "exports reached SAR 3.4 billion. Tariffs by the U.S. hit exports, which reached CHF 1.1 billion.",
            {2025, 1, 23});
  d.country("TH", "Thailand").country("CH", "Swiss").country("TH", "Thailand", 1).country("SA", "Saudi");
  d.country("US", "U.S.");
  d.date("2024", "2024");
  d.money("CHF 2.6 billion", 2.6e9, "CHF").money("SAR 3.4 billion", 3.4e9, "SAR").money("CHF 1.1 billion", 1.1e9, "CHF");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 3u);
  EXPECT_EQ(d.x.indicators[0].country, "CH");
  EXPECT_EQ(d.x.indicators[0].partner, "TH");
  EXPECT_EQ(d.x.indicators[1].country, "SA");
  EXPECT_NE(d.x.indicators[2].country, "US");
}

}  // namespace
}  // namespace tw

namespace tw {
namespace {

// "Exports to the European Union reached $9.1 billion, while exports to Arab countries totaled
// $12.4 billion": the second figure's clause names no coded counterpart, and the first clause's is
// its own figure's; a clause that names one keeps it.
TEST(Indicators, CounterpartOfAContrastedClauseStaysThere) {
  FactDoc d("Exports rise",
            "Exports to the European Union reached $9.1 billion, while exports to Arab countries totaled $12.4 "
            "billion. Exports to Japan reached $10 billion, while imports from China totaled $6 billion.",
            {2025, 10, 19});
  d.bloc("EU", "European Union").country("JP", "Japan").country("CN", "China");
  d.money("$9.1 billion", 9.1e9, "USD").money("$12.4 billion", 12.4e9, "USD").money("$10 billion", 10e9, "USD");
  d.money("$6 billion", 6e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 4u);
  EXPECT_EQ(d.x.indicators[0].partner, "EU");
  EXPECT_EQ(d.x.indicators[1].partner, "");
  EXPECT_EQ(d.x.indicators[3].partner, "CN");
}

}  // namespace
}  // namespace tw

namespace tw {
namespace {

// A trade figure whose sentence names no period is of the period the run of figures before it
// last named: the lede's month, passing over the base of a change ("from a revised … in August")
// and the day the data came out; a base date in its own sentence ("compared with September
// 2024") yields to it too.
TEST(Indicators, FigureWithoutPeriodTakesTheRunsPeriod) {
  testing::FactDoc d("Canada trade",
                     "OTTAWA - Canada's trade deficit narrowed in September, Statistics Canada said on Tuesday. The "
                     "deficit fell to C$4.9 billion from a revised C$6.4 billion in August. Imports slipped 1.5% to "
                     "C$65.1 billion. Exports stood at C$60.2 billion, up 2.1% compared with September 2024.",
                     {2025, 11, 4});
  d.country("CA", "Canada").country("CA", "Canada", 1);
  d.date("September", "2025-09").date("Tuesday", "2025-11-04").date("August", "2025-08");
  d.date("September 2024", "2024-09");
  d.percent("1.5%", 1.5).percent("2.1%", 2.1);
  d.money("C$4.9 billion", 4.9e9, "CAD").money("C$6.4 billion", 6.4e9, "CAD");
  d.money("C$65.1 billion", 65.1e9, "CAD").money("C$60.2 billion", 60.2e9, "CAD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 4u);
  EXPECT_EQ(d.x.indicators[2].metric, "imports");
  EXPECT_EQ(d.x.indicators[2].period, "2025-09");
  EXPECT_EQ(d.x.indicators[3].metric, "exports");
  EXPECT_EQ(d.x.indicators[3].period, "2025-09");

  // A date in a sentence about something else (a negotiating round) breaks the run: no period.
  testing::FactDoc n("UK-GCC talks",
                     "The fourth round of negotiations for a free trade agreement took place between 17 and 28 July. "
                     "Total trade is worth £61.3 billion.",
                     {2023, 8, 1});
  n.date("17 and 28 July", "2023-07-17/2023-07-28").money("£61.3 billion", 61.3e9, "GBP");
  n.run(extract::make_indicators_stage);
  ASSERT_EQ(n.x.indicators.size(), 1u);
  EXPECT_EQ(n.x.indicators[0].period, "");
}

}  // namespace
}  // namespace tw

namespace tw {
namespace {

// A market forecast of a trade figure is no stated figure, however the wire words it: after a
// forecast verb and an article ("had forecast a deficit of"), named right after the amount ("the
// $5.49 billion forecast in a Reuters poll"), as "market forecasts of", or as what a survey of
// economists "called for". A stated figure beside a forecast stays.
TEST(Indicators, WireForecastsOfTradeFiguresAreNoFigures) {
  FactDoc d("Figures",
            "Analysts polled by Reuters had forecast a deficit of C$6.3 billion. The trade surplus was $4.34 "
            "billion, narrower than the $5.49 billion forecast in a Reuters poll. The median estimate in a "
            "Bloomberg survey of economists called for a $75.7 billion deficit. The surplus shrank to A$3.94 "
            "billion, missing market forecasts of A$5.0 billion.",
            {2025, 11, 6});
  d.money("C$6.3 billion", 6.3e9, "CAD").money("$4.34 billion", 4.34e9, "USD").money("$5.49 billion", 5.49e9, "USD");
  d.money("$75.7 billion", 75.7e9, "USD").money("A$3.94 billion", 3.94e9, "AUD").money("A$5.0 billion", 5e9, "AUD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 2u);
  EXPECT_DOUBLE_EQ(*d.x.indicators[0].value, 4.34e9);
  EXPECT_DOUBLE_EQ(*d.x.indicators[1].value, 3.94e9);

  FactDoc n("Figures",
            "Exports rose 3.6% to $59.6 billion, beating forecasts in a Reuters poll. The ministry had forecast "
            "weak demand, but the surplus reached $6 billion.",
            {2025, 11, 1});
  n.percent("3.6%", 3.6).money("$59.6 billion", 59.6e9, "USD").money("$6 billion", 6e9, "USD");
  n.run(extract::make_indicators_stage);
  ASSERT_EQ(n.x.indicators.size(), 2u);
  EXPECT_EQ(n.x.indicators[0].metric, "exports");
  EXPECT_EQ(n.x.indicators[1].metric, "trade_balance");
}

}  // namespace
}  // namespace tw

namespace tw {
namespace {

// "the trade gap", "the goods and services trade gap": the wire's word for the balance. A gap of
// another kind names no trade figure.
TEST(Indicators, TradeGapIsTheBalance) {
  FactDoc d("Figures",
            "The goods and services trade gap widened 32.5% to $78.3 billion. The trade gap with China was "
            "$20.6 billion.",
            {2025, 9, 4});
  d.country("CN", "China").percent("32.5%", 32.5);
  d.money("$78.3 billion", 78.3e9, "USD").money("$20.6 billion", 20.6e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 2u);
  EXPECT_EQ(d.x.indicators[0].metric, "trade_balance");
  EXPECT_DOUBLE_EQ(*d.x.indicators[0].change_pct, 32.5);
  EXPECT_EQ(d.x.indicators[1].metric, "trade_balance");

  FactDoc n("Figures", "The infrastructure gap was put at $40 billion, while bilateral trade reached $5 billion.",
            {2025, 9, 4});
  n.money("$40 billion", 40e9, "USD").money("$5 billion", 5e9, "USD");
  n.run(extract::make_indicators_stage);
  ASSERT_EQ(n.x.indicators.size(), 1u);
  EXPECT_EQ(n.x.indicators[0].metric, "trade");

  // "a $6.8 billion goods trade surplus": the balance, not the goods trade.
  FactDoc g("Figures", "The United States had a $6.8 billion goods trade surplus with Brazil in 2024.",
            {2025, 7, 15});
  g.country("US", "United States").country("BR", "Brazil").money("$6.8 billion", 6.8e9, "USD");
  g.run(extract::make_indicators_stage);
  ASSERT_EQ(g.x.indicators.size(), 1u);
  EXPECT_EQ(g.x.indicators[0].metric, "trade_balance");
}

// "Imports increased 12.1% year-on-year, leading to a trade surplus of $1.1 billion": the balance
// after ", leading to" is a clause of its own; the imports' change is not its change.
TEST(Indicators, LeadingToOpensTheBalancesOwnClause) {
  FactDoc d("Figures", "Imports increased 12.1% year-on-year, leading to a trade surplus of $1.1 billion.",
            {2025, 10, 27});
  d.percent("12.1%", 12.1).money("$1.1 billion", 1.1e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 1u);
  EXPECT_EQ(d.x.indicators[0].metric, "trade_balance");
  EXPECT_FALSE(d.x.indicators[0].change_pct.has_value());

  FactDoc n("Figures", "The trade surplus rose 12.1% to $1.1 billion, leading to higher reserves.", {2025, 10, 27});
  n.percent("12.1%", 12.1).money("$1.1 billion", 1.1e9, "USD");
  n.run(extract::make_indicators_stage);
  ASSERT_EQ(n.x.indicators.size(), 1u);
  EXPECT_DOUBLE_EQ(*n.x.indicators[0].change_pct, 12.1);
}

// "exports to non-EU countries rose 2.4% to £16.1 billion": the bloc set apart is no partner,
// nor is the one of the sentence's other clause; "exports to EU countries" has it.
TEST(Indicators, NonBlocCountriesAreNoPartner) {
  FactDoc d("Figures",
            "Exports to the European Union fell 1.8% to £15.3 billion, while exports to non-EU countries rose "
            "2.4% to £16.1 billion. Exports to EU countries were £15.0 billion in September.",
            {2025, 12, 12});
  d.bloc("EU", "European Union").bloc("EU", "EU").bloc("EU", "EU", 1);
  d.percent("1.8%", 1.8).percent("2.4%", 2.4);
  d.money("£15.3 billion", 15.3e9, "GBP").money("£16.1 billion", 16.1e9, "GBP").money("£15.0 billion", 15e9, "GBP");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 3u);
  EXPECT_EQ(d.x.indicators[0].partner, "EU");
  EXPECT_EQ(d.x.indicators[1].partner, "");
  EXPECT_EQ(d.x.indicators[2].partner, "EU");
}

}  // namespace
}  // namespace tw

namespace tw {
namespace {

// The wire's movement verbs sign a figure's change: "dipped", "ticked up", "plummeted",
// "rebounded". A share stays no change.
TEST(Indicators, WireMovementVerbsSignTheChange) {
  FactDoc d("Figures",
            "Exports to the United States dipped 0.2 percent to $10.44 billion. Imports ticked up 0.3% to $9.1 "
            "billion. Shipments of steel plummeted 31% to $1.2 billion, while chip exports rebounded 12% to $15.7 "
            "billion.",
            {2025, 12, 1});
  d.country("US", "United States");
  d.percent("0.2 percent", 0.2).percent("0.3%", 0.3).percent("31%", 31).percent("12%", 12);
  d.money("$10.44 billion", 10.44e9, "USD").money("$9.1 billion", 9.1e9, "USD");
  d.money("$1.2 billion", 1.2e9, "USD").money("$15.7 billion", 15.7e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 4u);
  EXPECT_DOUBLE_EQ(*d.x.indicators[0].change_pct, -0.2);
  EXPECT_DOUBLE_EQ(*d.x.indicators[1].change_pct, 0.3);
  EXPECT_DOUBLE_EQ(*d.x.indicators[2].change_pct, -31);
  EXPECT_DOUBLE_EQ(*d.x.indicators[3].change_pct, 12);

  FactDoc n("Figures", "Exports of $5 billion made up 2% of the total.", {2025, 12, 1});
  n.percent("2%", 2).money("$5 billion", 5e9, "USD");
  n.run(extract::make_indicators_stage);
  ASSERT_EQ(n.x.indicators.size(), 1u);
  EXPECT_FALSE(n.x.indicators[0].change_pct.has_value());
}

}  // namespace
}  // namespace tw

namespace tw {
namespace {

// "their lowest level since February 2021": the point a record is measured back to is no period;
// the run's month is. A month after "in" stays the figure's own.
TEST(Indicators, SinceDateIsNoPeriod) {
  FactDoc d("Figures",
            "Canada's trade deficit narrowed to $6.32 billion in August. Exports declined 3.0 per cent to $60.6 "
            "billion, their lowest level since February 2021. Imports were $66.9 billion in July.",
            {2025, 10, 7});
  d.country("CA", "Canada").date("August", "2025-08").date("February 2021", "2021-02").date("July", "2025-07");
  d.percent("3.0 per cent", 3.0);
  d.money("$6.32 billion", 6.32e9, "CAD").money("$60.6 billion", 60.6e9, "CAD").money("$66.9 billion", 66.9e9, "CAD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 3u);
  EXPECT_EQ(d.x.indicators[1].period, "2025-08");
  EXPECT_EQ(d.x.indicators[2].period, "2025-07");
}

}  // namespace
}  // namespace tw

namespace tw {
namespace {

// "a 25.4 billion yen deficit expected by economists": a consensus named after the metric word
// that follows the amount is no figure; the stated deficit before it is.
TEST(Indicators, ConsensusAfterTheMetricWordIsNoFigure) {
  FactDoc d("Figures",
            "Japan posted a trade surplus of 43.4 billion yen in September. That compared with a 25.4 billion "
            "yen deficit expected by economists in a Reuters poll. It was a 12.1 billion yen deficit in August.",
            {2025, 10, 16});
  d.country("JP", "Japan").date("September", "2025-09").date("August", "2025-08");
  d.money("43.4 billion yen", 43.4e9, "JPY").money("25.4 billion yen", 25.4e9, "JPY");
  d.money("12.1 billion yen", 12.1e9, "JPY");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 2u);
  EXPECT_DOUBLE_EQ(*d.x.indicators[0].value, 43.4e9);
  EXPECT_DOUBLE_EQ(*d.x.indicators[1].value, 12.1e9);
}

}  // namespace
}  // namespace tw

namespace tw {
namespace {

// "touched a record USD 824.9 billion in 2024-25, up 6.01 per cent from USD 778.1 billion": the
// change between the figure and its base is the figure's. An amount after the percentage that is
// no base still keeps it from the figure.
TEST(Indicators, ChangeBeforeTheBaseIsTheFigures) {
  FactDoc d("Figures",
            "India's overall exports touched a record USD 824.9 billion in 2024-25, up 6.01 per cent from USD "
            "778.1 billion in 2023-24.",
            {2025, 4, 15});
  d.country("IN", "India").date("2024-25", "2024-04/2025-03").date("2023-24", "2023-04/2024-03");
  d.percent("6.01 per cent", 6.01);
  d.money("USD 824.9 billion", 824.9e9, "USD").money("USD 778.1 billion", 778.1e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_GE(d.x.indicators.size(), 1u);
  EXPECT_DOUBLE_EQ(*d.x.indicators[0].value, 824.9e9);
  ASSERT_TRUE(d.x.indicators[0].change_pct.has_value());
  EXPECT_DOUBLE_EQ(*d.x.indicators[0].change_pct, 6.01);

  FactDoc n("Figures", "Total exports were $10 billion in May, 12% of which, $1.2 billion, went to China.",
            {2025, 6, 15});
  n.country("CN", "China").date("May", "2025-05").percent("12%", 12);
  n.money("$10 billion", 10e9, "USD").money("$1.2 billion", 1.2e9, "USD");
  n.run(extract::make_indicators_stage);
  ASSERT_GE(n.x.indicators.size(), 1u);
  EXPECT_FALSE(n.x.indicators[0].change_pct.has_value());
}

}  // namespace
}  // namespace tw

namespace tw {
namespace {

// "an increase in the services surplus of $0.4 billion to $25.0 billion": the amount between a
// movement in a figure and the level it moved to is how far it moved; the level stays. Without a
// level after it ("an increase in exports of $5 billion to China") it is the figure.
TEST(Indicators, AmountOfAMovementInAFigureIsNoLevel) {
  FactDoc d("Figures",
            "The decrease reflected a decrease in the goods deficit of $18.3 billion to $84.6 billion and an "
            "increase in the services surplus of $0.4 billion to $25.0 billion.",
            {2025, 11, 19});
  d.money("$18.3 billion", 18.3e9, "USD").money("$84.6 billion", 84.6e9, "USD");
  d.money("$0.4 billion", 0.4e9, "USD").money("$25.0 billion", 25e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 2u);
  EXPECT_DOUBLE_EQ(*d.x.indicators[0].value, 84.6e9);
  EXPECT_DOUBLE_EQ(*d.x.indicators[1].value, 25e9);

  FactDoc n("Figures", "The ministry reported an increase in exports of $5 billion to China.", {2025, 11, 19});
  n.country("CN", "China").money("$5 billion", 5e9, "USD");
  n.run(extract::make_indicators_stage);
  ASSERT_EQ(n.x.indicators.size(), 1u);
  EXPECT_DOUBLE_EQ(*n.x.indicators[0].value, 5e9);
}

}  // namespace
}  // namespace tw

namespace tw {
namespace {

// "Goods and services credits", "debits": the balance-of-payments words for exports and imports;
// credits of another kind name no flow.
TEST(Indicators, CreditsAndDebitsAreTheFlows) {
  FactDoc d("Figures",
            "Goods and services credits were $45,962m in September. Goods and services debits were $42,024m. "
            "Tax credits of $500m were paid.",
            {2025, 11, 6});
  d.date("September", "2025-09");
  d.money("$45,962m", 45962e6, "AUD").money("$42,024m", 42024e6, "AUD").money("$500m", 500e6, "AUD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 2u);
  EXPECT_EQ(d.x.indicators[0].metric, "exports");
  EXPECT_EQ(d.x.indicators[1].metric, "imports");
}

// "credits fell $1,742m (-3%) to $45,962m", "exports fell NZ$245 million (3.8 percent) to NZ$6.1
// billion": the percentage after how far a figure moved is the level's change, signed once. A
// percentage nearer another level stays that level's.
TEST(Indicators, ChangeAfterTheMovementIsTheLevels) {
  FactDoc d("Figures",
            "Goods credits fell $1,742m (-3%) to $45,962m. Goods exports fell NZ$245 million (3.8 percent) to "
            "NZ$6.1 billion.",
            {2025, 11, 6});
  d.percent("-3%", -3).percent("3.8 percent", 3.8);
  d.money("$1,742m", 1742e6, "AUD").money("$45,962m", 45962e6, "AUD");
  d.money("NZ$245 million", 245e6, "NZD").money("NZ$6.1 billion", 6.1e9, "NZD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 2u);
  ASSERT_TRUE(d.x.indicators[0].change_pct.has_value());
  EXPECT_DOUBLE_EQ(*d.x.indicators[0].change_pct, -3);
  ASSERT_TRUE(d.x.indicators[1].change_pct.has_value());
  EXPECT_DOUBLE_EQ(*d.x.indicators[1].change_pct, -3.8);

  FactDoc n("Figures", "Exports were $5 billion, while imports of $4 billion (up 3%) rose.", {2025, 11, 6});
  n.percent("3%", 3).money("$5 billion", 5e9, "USD").money("$4 billion", 4e9, "USD");
  n.run(extract::make_indicators_stage);
  ASSERT_EQ(n.x.indicators.size(), 2u);
  EXPECT_FALSE(n.x.indicators[0].change_pct.has_value());
}

}  // namespace
}  // namespace tw

namespace tw {
namespace {

// "a decrease of 8.4% or £9.5 billion": an amount restating a movement told as a percentage is
// how far the figure moved; after a percentage that is no movement ("a share of 8.4% or £9.5
// billion") it stays a figure.
TEST(Indicators, AmountRestatingAPercentMovementIsNoFigure) {
  FactDoc d("Figures",
            "Total trade with China was £103.7 billion, a decrease of 8.4% or £9.5 billion from the year before.",
            {2025, 7, 24});
  d.country("CN", "China").percent("8.4%", 8.4);
  d.money("£103.7 billion", 103.7e9, "GBP").money("£9.5 billion", 9.5e9, "GBP");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 1u);
  EXPECT_DOUBLE_EQ(*d.x.indicators[0].value, 103.7e9);

  FactDoc n("Figures", "Exports to China took a share of 8.4% or £9.5 billion of the total.", {2025, 7, 24});
  n.country("CN", "China").percent("8.4%", 8.4).money("£9.5 billion", 9.5e9, "GBP");
  n.run(extract::make_indicators_stage);
  ASSERT_EQ(n.x.indicators.size(), 1u);
}

}  // namespace
}  // namespace tw

namespace tw {
namespace {

// "the surplus was 14.0 billion euros, down from 19.4 billion in September": a base written
// without its currency still dates only itself, and the figure takes the run's month. "from a
// year earlier in October" names no base amount: October dates the figure.
TEST(Indicators, BareNumberBaseDatesOnlyItself) {
  FactDoc d("Figures",
            "The surplus grew to 18.4 billion euros in October. Seasonally adjusted, the surplus was 14.0 billion "
            "euros, down from 19.4 billion in September. Exports were 46.3 billion euros, up 9% from a year "
            "earlier in November.",
            {2025, 12, 15});
  d.date("October", "2025-10").date("September", "2025-09").date("November", "2025-11");
  d.percent("9%", 9);
  d.money("18.4 billion euros", 18.4e9, "EUR").money("14.0 billion euros", 14e9, "EUR");
  d.money("46.3 billion euros", 46.3e9, "EUR");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 3u);
  EXPECT_EQ(d.x.indicators[1].period, "2025-10");
  EXPECT_EQ(d.x.indicators[2].period, "2025-11");
}

}  // namespace
}  // namespace tw

namespace tw {
namespace {

// "Total exports in the period reached $430.1 billion": "the period" of no named length is the
// span told last, past a month told after it; "the same period" is a base, no period named back.
TEST(Indicators, ThePeriodIsTheSpanToldLast) {
  FactDoc d("Figures",
            "Vietnam's trade surplus reached $119.3 billion in the first 11 months of 2025. Exports to China "
            "fell 2.4% in November. Total exports in the period reached $430.1 billion. Imports were $390 "
            "billion, compared with the same period last year.",
            {2025, 12, 6});
  d.country("VN", "Vietnam").country("CN", "China");
  d.date("first 11 months of 2025", "2025-01/2025-11").date("November", "2025-11").date("last year", "2024");
  d.percent("2.4%", 2.4);
  d.money("$119.3 billion", 119.3e9, "USD").money("$430.1 billion", 430.1e9, "USD").money("$390 billion", 390e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 3u);
  EXPECT_EQ(d.x.indicators[1].period, "2025-01/2025-11");
  EXPECT_NE(d.x.indicators[2].period, "2024");
}

}  // namespace
}  // namespace tw

namespace tw {
namespace {

// "During July-November of fiscal year 2025-26, the deficit stood at $15.5 billion": of two
// periods told together, one within the other, the narrower is the figure's. A narrower period
// told apart, another figure's, does not displace the nearer one.
TEST(Indicators, NarrowerOfTwoPeriodsToldTogether) {
  FactDoc d("Figures", "During July-November of fiscal year 2025-26, the deficit stood at $15.5 billion.",
            {2025, 12, 2});
  d.date("July-November", "2025-07/2025-11").date("2025-26", "2025-07/2026-06");
  d.money("$15.5 billion", 15.5e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 1u);
  EXPECT_EQ(d.x.indicators[0].period, "2025-07/2025-11");

  FactDoc n("Figures", "Exports in 2025 were $5 billion, after $4 billion in March.", {2025, 12, 2});
  n.date("2025", "2025").date("March", "2025-03");
  n.money("$5 billion", 5e9, "USD").money("$4 billion", 4e9, "USD");
  n.run(extract::make_indicators_stage);
  ASSERT_GE(n.x.indicators.size(), 1u);
  EXPECT_EQ(n.x.indicators[0].period, "2025");
}

}  // namespace
}  // namespace tw

namespace tw {
namespace {

// "Deficits were recorded with Mexico ($17.8 billion)", "trade surpluses of": the plural names
// the balance as the singular does.
TEST(Indicators, PluralSurplusesAndDeficitsAreBalances) {
  FactDoc d("Figures", "Deficits were recorded at $17.8 billion. Trade surpluses totalled $5.2 billion.",
            {2025, 12, 11});
  d.money("$17.8 billion", 17.8e9, "USD").money("$5.2 billion", 5.2e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 2u);
  EXPECT_EQ(d.x.indicators[0].metric, "trade_balance");
  EXPECT_EQ(d.x.indicators[1].metric, "trade_balance");
}

// "with the Netherlands ($5.2 billion), Hong Kong ($2.6 billion)": each partner of a list takes
// the amount in parentheses right after it; an amount not so placed takes the clause's partner.
TEST(Indicators, PartnerListWithAmountsInParentheses) {
  FactDoc d("Figures",
            "The U.S. figures show surpluses with the Netherlands ($5.2 billion), Hong Kong ($2.6 billion), and "
            "Australia ($1.9 billion), the U.S. Census Bureau said.",
            {2025, 12, 11});
  d.country("US", "U.S.").country("US", "U.S.", 1).country("NL", "Netherlands").country("HK", "Hong Kong").country("AU", "Australia");
  d.money("$5.2 billion", 5.2e9, "USD").money("$2.6 billion", 2.6e9, "USD").money("$1.9 billion", 1.9e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 3u);
  EXPECT_EQ(d.x.indicators[0].partner, "NL");
  EXPECT_EQ(d.x.indicators[1].partner, "HK");
  EXPECT_EQ(d.x.indicators[2].partner, "AU");
}

}  // namespace
}  // namespace tw

namespace tw {
namespace {

using testing::FactDoc;

// "exports to China increased 6.9 percent to USD 11.8 billion and exports to ASEAN rose 9.2
// percent to USD 10.4 billion": a flow joined to a figure by "and" is a clause of its own, with
// its own destination; "exports and imports" with one figure stays one clause.
TEST(Indicators, FlowAfterAFigureAndStartsItsOwnClause) {
  FactDoc d("November Exports",
            "The Ministry of Trade, Industry and Resources (MOTIR) said exports rose. By destination, exports to "
            "China increased 6.9 percent to USD 11.8 billion and exports to ASEAN rose 9.2 percent to USD 10.4 "
            "billion. Trade with Japan, exports and imports together, reached USD 7.1 billion.",
            {2025, 12, 1});
  d.country("CN", "China").bloc("ASEAN", "ASEAN").country("JP", "Japan");
  d.percent("6.9 percent", 6.9).percent("9.2 percent", 9.2);
  d.money("USD 11.8 billion", 11.8e9, "USD").money("USD 10.4 billion", 10.4e9, "USD").money("USD 7.1 billion", 7.1e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 3u);
  EXPECT_EQ(d.x.indicators[0].partner, "CN");
  EXPECT_EQ(d.x.indicators[1].partner, "ASEAN");
  EXPECT_EQ(d.x.indicators[1].country, "KR");
  EXPECT_DOUBLE_EQ(*d.x.indicators[1].change_pct, 9.2);
  EXPECT_EQ(d.x.indicators[2].partner, "JP");
}

}  // namespace
}  // namespace tw

namespace tw {
namespace {

// Two flows of equal value to different partners ("exports to China … $11.0 billion, while exports
// to the United States reached $11.0 billion") are two indicators; the same figure written again
// for the same partner ("while exports to China reached $11.0 billion in all") is one.
TEST(Indicators, EqualValuesToDifferentPartnersAreTwo) {
  for (const bool other : {true, false}) {
    const std::string second = other ? "while exports to the United States reached $11.0 billion."
                                     : "while exports to China reached $11.0 billion in all.";
    FactDoc d("Exports in September",
              "SEOUL - Korea's exports to China rose 5 percent to $11.0 billion in September, " + second, {2025, 10, 1});
    d.country("KR", "Korea").country("CN", "China");
    if (other) d.country("US", "United States");
    else d.country("CN", "China", 1);
    d.date("September", "2025-09");
    d.percent("5 percent", 5);
    d.money("$11.0 billion", 11e9, "USD");
    d.x.money.push_back({"$11.0 billion", 11e9, "USD", d.at("$11.0 billion", 1)});
    d.run(extract::make_indicators_stage);
    ASSERT_EQ(d.x.indicators.size(), other ? 2u : 1u) << other;
    EXPECT_EQ(d.x.indicators[0].partner, "CN") << other;
    if (other) {
      EXPECT_EQ(d.x.indicators[1].partner, "US");
    }
  }
}

// "in the 12 months to the end of Q2 2025", "the four quarters to the end of Q3 2025": the rolling
// stretch of months that ends with the quarter is the figure's period, not the quarter; a month
// named so, or a day, ends such a stretch as well. "the year to the end of 2024" is that year.
TEST(Indicators, MonthsToTheEndOfAPeriodAreARollingStretch) {
  FactDoc d("Two-way trade rises",
            "Two-way trade reached A$1.2 trillion in the 12 months to the end of Q2 2025. Exports were A$300 "
            "billion in the four quarters to the end of Q3 2025. Imports were A$250 billion in the twelve months "
            "to September 30, 2025. Investment was A$50 billion in the year to the end of 2024. Exports were A$90 "
            "billion in Q2 2025.",
            {2025, 11, 3});
  d.date("Q2 2025", "2025-Q2").date("Q3 2025", "2025-Q3").date("September 30, 2025", "2025-09-30");
  d.date("2024", "2024").date("Q2 2025", "2025-Q2", 1);
  d.money("A$1.2 trillion", 1.2e12, "AUD").money("A$300 billion", 300e9, "AUD").money("A$250 billion", 250e9, "AUD");
  d.money("A$50 billion", 50e9, "AUD").money("A$90 billion", 90e9, "AUD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 5u);
  EXPECT_EQ(d.x.indicators[0].period, "2024-07/2025-06");
  EXPECT_EQ(d.x.indicators[1].period, "2024-10/2025-09");
  EXPECT_EQ(d.x.indicators[2].period, "2024-10/2025-09");
  EXPECT_EQ(d.x.indicators[3].period, "2024");
  EXPECT_EQ(d.x.indicators[4].period, "2025-Q2");
}

// "FDI pledged to Korea reached USD 36.05 billion in 2025 … Investment from the United States rose
// 10% to USD 8.1 billion": an investment figure with no date of its own is of the period its run of
// investment figures last named, as a trade flow's is; a sentence of trade figures is no such run.
TEST(Indicators, InvestmentFigureTakesThePeriodOfItsRun) {
  FactDoc d("Korea's FDI pledges hit record high",
            "Foreign direct investment pledged to Korea reached a record USD 36.05 billion in 2025. Investment from "
            "the United States rose 10% to USD 8.1 billion.",
            {2026, 1, 6});
  d.country("KR", "Korea", 0, true).country("KR", "Korea").country("US", "United States");
  d.date("2025", "2025");
  d.percent("10%", 10);
  d.money("USD 36.05 billion", 36.05e9, "USD").money("USD 8.1 billion", 8.1e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 2u);
  EXPECT_EQ(d.x.indicators[1].metric, "fdi");
  EXPECT_EQ(d.x.indicators[1].period, "2025");

  FactDoc n("Korea's trade and investment",
            "Exports reached USD 700 billion in 2025. Foreign direct investment from the United States rose 10% to "
            "USD 8.1 billion.",
            {2026, 1, 6});
  n.country("US", "United States");
  n.date("2025", "2025");
  n.percent("10%", 10);
  n.money("USD 700 billion", 700e9, "USD").money("USD 8.1 billion", 8.1e9, "USD");
  n.run(extract::make_indicators_stage);
  ASSERT_EQ(n.x.indicators.size(), 2u);
  EXPECT_EQ(n.x.indicators[1].metric, "fdi");
  EXPECT_EQ(n.x.indicators[1].period, "");
}

// "The trade surplus for the six months was $6.4 billion" after "… in the first half of 2025 … In June
// alone …": months named back are the half (or quarter, or run of months) told last, not the month
// of the sentence before. "in the 12 months to June" opens a stretch of its own.
TEST(Indicators, MonthsNamedBackAreTheHalfToldBefore) {
  FactDoc d("Thailand's exports grow in first half",
            "Exports rose 15% to $166.7 billion in the first half of 2025. In June alone, exports were worth $28.3 "
            "billion. The trade surplus for the six months was $6.4 billion.",
            {2025, 7, 28});
  d.date("first half of 2025", "2025-H1").date("June", "2025-06");
  d.percent("15%", 15);
  d.money("$166.7 billion", 166.7e9, "USD").money("$28.3 billion", 28.3e9, "USD").money("$6.4 billion", 6.4e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 3u);
  EXPECT_EQ(d.x.indicators[1].period, "2025-06");
  EXPECT_EQ(d.x.indicators[2].metric, "trade_balance");
  EXPECT_EQ(d.x.indicators[2].period, "2025-H1");
}

// "rose 12 percent to NZ$52.3 billion in the year to date, Statistics New Zealand said on Friday",
// "total trade reached RM1.55 trillion year-to-date": the months of the year so far are of the
// year published, not the day the data came out, nor unknown.
TEST(Indicators, YearToDateIsTheYearPublished) {
  FactDoc d("Exports rise in the year to date",
            "New Zealand's goods exports rose 12 percent to NZ$52.3 billion in the year to date, Statistics New "
            "Zealand said on Friday. Malaysia's total trade reached RM1.55 trillion year-to-date, the department said.",
            {2025, 9, 26});
  d.country("NZ", "New Zealand").country("MY", "Malaysia");
  d.date("Friday", "2025-09-26");
  d.percent("12 percent", 12);
  d.money("NZ$52.3 billion", 52.3e9, "NZD").money("RM1.55 trillion", 1.55e12, "MYR");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 2u);
  EXPECT_EQ(d.x.indicators[0].period, "2025");
  EXPECT_EQ(d.x.indicators[1].period, "2025");
}

// "USD 34.38 billion against USD 33.43 billion a year earlier": "against" makes the second amount
// the base, which stands a year before the month told and takes no change.
TEST(Indicators, BaseAfterAgainstStandsAYearBack) {
  FactDoc d("Merchandise exports in October",
            "The country's merchandise exports in October were USD 34.38 billion against USD 33.43 billion a year "
            "earlier, the Department of Commerce said.",
            {2025, 11, 17});
  d.date("October", "2025-10");
  d.money("USD 34.38 billion", 34.38e9, "USD").money("USD 33.43 billion", 33.43e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 2u);
  EXPECT_EQ(d.x.indicators[0].period, "2025-10");
  EXPECT_EQ(d.x.indicators[1].metric, "exports");
  EXPECT_EQ(d.x.indicators[1].period, "2024-10");
}

// "In the same month last year, Japan logged a deficit of …": a sentence that opens by going a year
// back dates its figure a year before the month of the run of figures; "In the same month," alone
// is the month just told.
TEST(Indicators, SentenceOpeningAYearBackDatesItsFigureAYearBefore) {
  FactDoc d("Japan logs trade deficit",
            "Japan posted a trade deficit of 584.7 billion yen in October, the Finance Ministry said. Exports rose "
            "3.6 percent to 9.26 trillion yen. In the same month last year, Japan logged a deficit of 461.2 billion "
            "yen. In the same month, imports were 9.85 trillion yen.",
            {2025, 11, 19});
  d.country("JP", "Japan").country("JP", "Japan", 1);
  d.date("October", "2025-10").date("last year", "2024");
  d.percent("3.6 percent", 3.6);
  d.money("584.7 billion yen", 584.7e9, "JPY").money("9.26 trillion yen", 9.26e12, "JPY");
  d.money("461.2 billion yen", 461.2e9, "JPY").money("9.85 trillion yen", 9.85e12, "JPY");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 4u);
  EXPECT_EQ(d.x.indicators[1].period, "2025-10");
  EXPECT_EQ(d.x.indicators[2].metric, "trade_balance");
  EXPECT_EQ(d.x.indicators[2].period, "2024-10");
  EXPECT_EQ(d.x.indicators[3].metric, "imports");
  EXPECT_EQ(d.x.indicators[3].period, "2025-10");
}

// "In the same period of 2024, FDI inflows were …": the year named says how far back.
TEST(Indicators, SentenceOpeningTheSamePeriodOfAYearTakesThatYear) {
  FactDoc d("FDI inflows rise",
            "FDI inflows into India rose 16 per cent to USD 35.18 billion during April-September. In the same "
            "period of 2023, FDI inflows were USD 29.1 billion.",
            {2025, 12, 1});
  d.country("IN", "India");
  d.date("April-September", "2025-04/2025-09").date("2023", "2023");
  d.percent("16 per cent", 16);
  d.money("USD 35.18 billion", 35.18e9, "USD").money("USD 29.1 billion", 29.1e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 2u);
  EXPECT_EQ(d.x.indicators[0].period, "2025-04/2025-09");
  EXPECT_EQ(d.x.indicators[1].period, "2023-04/2023-09");
}

// "an increase of 7.1% compared with September 2024 (EUR 236.3 billion)": the amount in parentheses
// after the base date is the base, of that month and with no change; "a EUR 18.9 billion surplus in
// trade in goods … compared with +EUR 13.9 billion" is a balance, not trade. The dateline's
// "LUXEMBOURG" is no counterpart.
TEST(Indicators, AmountInParenthesesAfterABaseDateIsTheBase) {
  FactDoc d("Euro area trade surplus",
            "LUXEMBOURG - Euro area exports of goods in September 2025 were EUR 253.1 billion, an increase of 7.1% "
            "compared with September 2024 (EUR 236.3 billion). The euro area recorded a EUR 18.9 billion surplus in "
            "trade in goods in September 2025, compared with +EUR 13.9 billion in September 2024.",
            {2025, 11, 14});
  d.country("LU", "LUXEMBOURG");
  d.date("September 2025", "2025-09").date("September 2024", "2024-09").date("September 2025", "2025-09", 1);
  d.date("September 2024", "2024-09", 1);
  d.percent("7.1%", 7.1);
  d.money("EUR 253.1 billion", 253.1e9, "EUR").money("EUR 236.3 billion", 236.3e9, "EUR");
  d.money("EUR 18.9 billion", 18.9e9, "EUR").money("EUR 13.9 billion", 13.9e9, "EUR");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 4u);
  EXPECT_EQ(d.x.indicators[0].period, "2025-09");
  EXPECT_EQ(d.x.indicators[0].partner, "");
  ASSERT_TRUE(d.x.indicators[0].change_pct.has_value());
  EXPECT_EQ(d.x.indicators[1].period, "2024-09");
  EXPECT_FALSE(d.x.indicators[1].change_pct.has_value());
  EXPECT_EQ(d.x.indicators[3].metric, "trade_balance");
  EXPECT_EQ(d.x.indicators[3].period, "2024-09");
}

// "higher by 11.4 percent than the USD 6.5 billion recorded in the same month of 2024": "than the"
// makes the amount the base, of the month a year back; the change is the current figure's.
TEST(Indicators, BaseAfterThanTheTakesNoChange) {
  FactDoc d("Philippine exports in September",
            "Total exports in September were valued at USD 7.2 billion, higher by 11.4 percent than the USD 6.5 "
            "billion recorded in the same month of 2024.",
            {2025, 11, 10});
  d.date("September", "2025-09").date("2024", "2024");
  d.percent("11.4 percent", 11.4);
  d.money("USD 7.2 billion", 7.2e9, "USD").money("USD 6.5 billion", 6.5e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 2u);
  ASSERT_TRUE(d.x.indicators[0].change_pct.has_value());
  EXPECT_DOUBLE_EQ(*d.x.indicators[0].change_pct, 11.4);
  EXPECT_EQ(d.x.indicators[1].period, "2024-09");
  EXPECT_FALSE(d.x.indicators[1].change_pct.has_value());
}

// "Trade between the two reached $30.1 billion in 2024": "between the two" with no noun after names
// the sides told before as well.
TEST(Indicators, TradeBetweenTheTwoIsThePairToldBefore) {
  FactDoc d("Indonesia, EU sign economic partnership deal",
            "JAKARTA, Sept 23 (Reuters) - Indonesia and the European Union signed a comprehensive economic "
            "partnership agreement on Tuesday. Trade between the two reached $30.1 billion in 2024.",
            {2025, 9, 23});
  d.country("ID", "Indonesia").bloc("EU", "European Union");
  d.money("$30.1 billion", 30.1e9, "USD");
  d.date("2024", "2024");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 1u);
  EXPECT_EQ(d.x.indicators[0].metric, "trade");
  EXPECT_EQ(d.x.indicators[0].country, "ID");
  EXPECT_EQ(d.x.indicators[0].partner, "EU");
}

// "Bilateral trade between the two countries is worth £42.6 billion a year": the counterpart is the
// side told just before that is not the reporter.
TEST(Indicators, TheTwoCountriesAreTheSidesToldBefore) {
  FactDoc d("UK and India sign trade deal",
            "The UK and India have signed a free trade agreement, the Department for Business and Trade said. "
            "Bilateral trade between the two countries is worth £42.6 billion a year.",
            {2025, 7, 24});
  d.country("GB", "UK").country("IN", "India");
  d.money("£42.6 billion", 42.6e9, "GBP");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 1u);
  EXPECT_EQ(d.x.indicators[0].metric, "trade");
  EXPECT_EQ(d.x.indicators[0].partner, "IN");
}

// Negative: with a counterpart in its own sentence, the figure keeps it.
TEST(Indicators, TheTwoCountriesDefersToACounterpartInTheSentence) {
  FactDoc d("Korea and Japan meet",
            "Korea and Japan held talks on Monday. The two countries' combined exports to China reached USD 50 "
            "billion.",
            {2025, 7, 24});
  d.country("KR", "Korea").country("JP", "Japan").country("CN", "China");
  d.money("USD 50 billion", 50e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 1u);
  EXPECT_EQ(d.x.indicators[0].partner, "CN");
}

// "investment from the European Union fell 20.5 percent to USD 4.3 billion": a bloc is the source
// of foreign investment as a country is, not the country of the clause before.
TEST(Indicators, BlocIsTheSourceOfForeignInvestment) {
  FactDoc d("Korea attracts foreign investment",
            "Investment from the United States rose 10 percent to USD 8.1 billion, while investment from the "
            "European Union fell 20.5 percent to USD 4.3 billion, the Ministry of Trade, Industry and Energy of "
            "Korea said.",
            {2025, 10, 9});
  d.country("US", "United States").country("KR", "Korea");
  d.bloc("EU", "European Union");
  d.percent("10 percent", 10).percent("20.5 percent", 20.5);
  d.money("USD 8.1 billion", 8.1e9, "USD").money("USD 4.3 billion", 4.3e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 2u);
  EXPECT_EQ(d.x.indicators[0].country, "US");
  EXPECT_EQ(d.x.indicators[1].metric, "fdi");
  EXPECT_EQ(d.x.indicators[1].country, "EU");
}

// "maintains its goal of achieving USD 700 billion in exports this year": the goal names the figure
// over the flow after the amount; "agreed to work towards raising two-way trade to 60 billion USD by
// 2030" is a target as "to raise" is, between the two ministers' countries.
TEST(Indicators, GoalOfAchievingAndTowardsRaisingAreTargets) {
  FactDoc d("Korea's exports goal", "The government maintains its goal of achieving USD 700 billion in exports this year.",
            {2025, 12, 1});
  d.country("KR", "Korea", 0, true);
  d.date("this year", "2025");
  d.money("USD 700 billion", 700e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 1u);
  EXPECT_EQ(d.x.indicators[0].metric, "target");

  FactDoc v("Vietnam, Japan target two-way trade",
            "HANOI (VNA) - Vietnam's Minister of Industry and Trade received Japan's trade minister on Thursday. The "
            "two ministers agreed to work towards raising two-way trade to USD 60 billion by 2030.",
            {2025, 8, 15});
  v.country("VN", "Vietnam", 0, true).country("JP", "Japan", 0, true).country("VN", "Vietnam").country("JP", "Japan");
  v.date("2030", "2030");
  v.money("USD 60 billion", 60e9, "USD");
  v.run(extract::make_indicators_stage);
  ASSERT_EQ(v.x.indicators.size(), 1u);
  EXPECT_EQ(v.x.indicators[0].metric, "target");
  EXPECT_EQ(v.reporter(), "VN");
  EXPECT_EQ(v.x.indicators[0].partner, "JP");
}

// "Canadian direct investment in the Philippines was worth C$1.2 billion": direct investment is FDI.
TEST(Indicators, DirectInvestmentIsFdi) {
  FactDoc d("Canada and the Philippines",
            "Canadian direct investment in the Philippines was worth C$1.2 billion.", {2025, 1, 20});
  d.country("CA", "Canadian").country("PH", "Philippines");
  d.money("C$1.2 billion", 1.2e9, "CAD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 1u);
  EXPECT_EQ(d.x.indicators[0].metric, "fdi");
  EXPECT_EQ(d.x.indicators[0].country, "CA");
  EXPECT_EQ(d.x.indicators[0].partner, "PH");
}

// "from USD 341.1 billion in the previous fiscal": the base is the fiscal year before the one told.
TEST(Indicators, BaseInThePreviousFiscalStandsAYearBack) {
  FactDoc d("Services exports grow",
            "India's services exports grew 12.5 per cent to USD 387.5 billion in 2024-25, from USD 341.1 billion "
            "in the previous fiscal, the commerce ministry said.",
            {2025, 6, 2});
  d.country("IN", "India");
  d.date("2024-25", "2024-04/2025-03");
  d.percent("12.5 per cent", 12.5);
  d.money("USD 387.5 billion", 387.5e9, "USD").money("USD 341.1 billion", 341.1e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 2u);
  EXPECT_EQ(d.x.indicators[0].period, "2024-04/2025-03");
  EXPECT_EQ(d.x.indicators[1].period, "2023-04/2024-03");
}

// "Korea and Chile hold 5th FTA Joint Committee … Bilateral trade between the two countries reached
// USD 7.3 billion": with no side told before in the body, the title's.
TEST(Indicators, TheTwoCountriesFallBackOnTheTitle) {
  FactDoc d("Korea and Chile hold 5th FTA Joint Committee",
            "The Ministry of Trade, Industry and Energy held the committee in Seoul on Monday. Bilateral trade "
            "between the two countries reached USD 7.3 billion last year.",
            {2025, 9, 22});
  d.country("KR", "Korea", 0, true).country("CL", "Chile", 0, true);
  d.date("last year", "2024");
  d.money("USD 7.3 billion", 7.3e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 1u);
  EXPECT_EQ(d.x.indicators[0].partner, "CL");
}

// "the Philippines and the United Arab Emirates target to increase bilateral trade to USD 1 billion":
// the second of a pair joined by "and" does not own the figure; the reporter does, with the other
// side as counterpart.
TEST(Indicators, SecondOfAPairOwnsNoFigure) {
  FactDoc d("Philippines, UAE target trade",
            "MANILA (PNA) - President Marcos said the Philippines and the United Arab Emirates target to increase "
            "bilateral trade to USD 1 billion within five years.",
            {2025, 1, 15});
  d.country("PH", "Philippines", 0, true).country("AE", "UAE", 0, true);
  d.country("PH", "Philippines").country("AE", "United Arab Emirates");
  d.money("USD 1 billion", 1e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 1u);
  EXPECT_EQ(d.x.indicators[0].metric, "target");
  EXPECT_NE(d.x.indicators[0].country, "AE");
  EXPECT_EQ(d.x.indicators[0].partner, "AE");
}

// "… in the first half of 2025. Imports from China jumped 18.5% to $31.6 billion in the period": the
// period named back is the half told before.
TEST(Indicators, ThePeriodNamedBackIsAHalfToldBefore) {
  FactDoc d("Brazil's exports to China",
            "Brazilian exports to China rose 9.8% to $52.3 billion in the first half of 2025. Imports from China "
            "jumped 18.5% to $31.6 billion in the period.",
            {2025, 7, 7});
  d.country("BR", "Brazilian").country("CN", "China").country("CN", "China", 1);
  d.date("the first half of 2025", "2025-H1");
  d.percent("9.8%", 9.8).percent("18.5%", 18.5);
  d.money("$52.3 billion", 52.3e9, "USD").money("$31.6 billion", 31.6e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 2u);
  EXPECT_EQ(d.x.indicators[1].metric, "imports");
  EXPECT_EQ(d.x.indicators[1].period, "2025-H1");
}

// "will provide 1.2 trillion won in policy financing": a figure named by the words after its amount
// takes them as its subject.
TEST(Indicators, MetricAfterTheAmountIsTheSubject) {
  FactDoc d("Battery support", "The government will provide 1.2 trillion won in policy financing to battery makers.",
            {2025, 11, 26});
  d.money("1.2 trillion won", 1.2e12, "KRW");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 1u);
  EXPECT_EQ(d.x.indicators[0].metric, "funding");
  EXPECT_EQ(d.x.indicators[0].subject, "policy financing");
}

// "FDI into India rose 16 per cent to USD 35.18 billion. Singapore emerged as the top source with USD
// 9.4 billion, followed by the US with USD 5.5 billion": sources ranked right after a figure of foreign
// investment are its investors.
TEST(Indicators, SourcesRankedAfterForeignInvestmentAreItsInvestors) {
  FactDoc d("FDI inflows rise",
            "Foreign direct investment into India rose 16 per cent to USD 35.18 billion during April-September. "
            "Singapore emerged as the top source with USD 9.4 billion, followed by the US with USD 5.5 billion.",
            {2025, 12, 1});
  d.country("IN", "India").country("SG", "Singapore").country("US", "US", 2);
  d.date("April-September", "2025-04/2025-09");
  d.percent("16 per cent", 16);
  d.money("USD 35.18 billion", 35.18e9, "USD").money("USD 9.4 billion", 9.4e9, "USD");
  d.money("USD 5.5 billion", 5.5e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 3u);
  EXPECT_EQ(d.x.indicators[1].metric, "fdi");
  EXPECT_EQ(d.x.indicators[1].country, "SG");
  EXPECT_EQ(d.x.indicators[1].partner, "IN");
  EXPECT_EQ(d.x.indicators[2].country, "US");
}

// Negative: after a trade figure, a "source" ranks no investors.
TEST(Indicators, SourcesRankedAfterATradeFigureAreNoInvestment) {
  FactDoc d("Imports rise",
            "Imports rose 5 per cent to USD 60 billion in October. China remained the top source with USD 9 "
            "billion.",
            {2025, 11, 15});
  d.country("CN", "China");
  d.date("October", "2025-10");
  d.percent("5 per cent", 5);
  d.money("USD 60 billion", 60e9, "USD").money("USD 9 billion", 9e9, "USD");
  d.run(extract::make_indicators_stage);
  for (const auto& i : d.x.indicators) EXPECT_NE(i.metric, "fdi");
}

// "U.S. exports to India were $70.1 billion; imports were $120.0 billion": the bare other flow after
// ";" takes the counterpart of the flow before; "; total imports were …" does not.
TEST(Indicators, BareOtherFlowAfterSemicolonKeepsTheCounterpart) {
  FactDoc d("U.S.-India trade",
            "U.S. exports to India were $70.1 billion; imports were $120.0 billion. U.S. exports to Brazil were "
            "$40 billion; total imports were $3,200 billion.",
            {2024, 6, 12});
  d.country("US", "U.S.").country("IN", "India").country("US", "U.S.", 1).country("BR", "Brazil");
  d.money("$70.1 billion", 70.1e9, "USD").money("$120.0 billion", 120e9, "USD");
  d.money("$40 billion", 40e9, "USD").money("$3,200 billion", 3200e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 4u);
  EXPECT_EQ(d.x.indicators[1].metric, "imports");
  EXPECT_EQ(d.x.indicators[1].partner, "IN");
  EXPECT_EQ(d.x.indicators[3].partner, "");
}

// "US$4,200 million …, 6.5% more than in the same period of 2023": a comparison with a period
// signs the change; "more than US$5 billion" alone moves nothing.
TEST(Indicators, ComparisonWithAPeriodSignsTheChange) {
  FactDoc d("Chile's trade with China",
            "Chilean exports to China totalled US$21,000 million in the first half, 4.2% less than in the same "
            "period of 2023. Imports from China reached US$9,800 million, 12% more than a year earlier. Exports "
            "to Peru reached more than US$5 billion, a 3% share of the total.",
            {2024, 7, 10});
  d.country("CL", "Chilean").country("CN", "China").country("CN", "China", 1).country("PE", "Peru");
  d.money("US$21,000 million", 21e9, "USD").money("US$9,800 million", 9.8e9, "USD").money("US$5 billion", 5e9, "USD");
  d.percent("4.2%", 4.2).percent("12%", 12).percent("3%", 3);
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 3u);
  EXPECT_EQ(d.x.indicators[0].change_pct, -4.2);
  EXPECT_EQ(d.x.indicators[1].change_pct, 12.0);
  EXPECT_FALSE(d.x.indicators[2].change_pct.has_value());
}

// "Bilateral trade", "two-way trade" name the pair of the release as "the two countries" does (the
// title's pair: WireFacts.BilateralTradeTakesTheTitlesPairNotTheVenues).
TEST(Indicators, TwoWayTradeNamesTheSidesToldBefore) {
  FactDoc v("Trade ministers conclude talks",
            "Vietnam and the United Arab Emirates have concluded negotiations. Two-way trade reached USD 6.8 billion "
            "in 2023.",
            {2024, 10, 21});
  v.country("VN", "Vietnam").country("AE", "United Arab Emirates");
  v.money("USD 6.8 billion", 6.8e9, "USD").date("2023", "2023");
  v.run(extract::make_indicators_stage);
  ASSERT_EQ(v.x.indicators.size(), 1u);
  EXPECT_EQ(v.x.indicators[0].partner, v.x.indicators[0].country == "VN" ? "AE" : "VN");
}

// "The United States remained the largest recipient of FDI with $311 billion, followed by Singapore
// with $159 billion and China with $116 billion": a place joined to the amount by "with" or "at"
// ranks it, that amount's own side, not the first place of its clause.
TEST(Indicators, RankedPlaceWithItsAmountIsThatAmountsSide) {
  FactDoc d("Global FDI flows fell in 2024",
            "UNCTAD said the United States remained the largest recipient of FDI with $311 billion, followed by "
            "Singapore with $159 billion and China with $116 billion.",
            {2025, 6, 20});
  d.country("US", "United States").country("SG", "Singapore").country("CN", "China");
  d.money("$311 billion", 311e9, "USD").money("$159 billion", 159e9, "USD").money("$116 billion", 116e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.reporter(), "");
  ASSERT_EQ(d.x.indicators.size(), 3u);
  EXPECT_EQ(d.x.indicators[0].partner, "US");
  EXPECT_EQ(d.x.indicators[1].partner, "SG");
  EXPECT_EQ(d.x.indicators[2].partner, "CN");
  FactDoc e("Indonesia's exports",
            "UNCTAD said Indonesian non-oil exports went mainly to China at $51.2 billion, followed by "
            "the United States at $25.1 billion and India at $15.6 billion.",
            {2025, 12, 1});
  e.country("ID", "Indonesian").country("CN", "China").country("US", "United States").country("IN", "India");
  e.money("$51.2 billion", 51.2e9, "USD").money("$25.1 billion", 25.1e9, "USD").money("$15.6 billion", 15.6e9, "USD");
  e.run(extract::make_indicators_stage);
  ASSERT_EQ(e.reporter(), "");
  ASSERT_EQ(e.x.indicators.size(), 3u);
  EXPECT_EQ(e.x.indicators[0].partner, "CN");
  EXPECT_EQ(e.x.indicators[1].partner, "US");
  EXPECT_EQ(e.x.indicators[2].partner, "IN");
}

// "Singapore posted a trade surplus of $9 billion, followed by Malaysia with $6 billion": the ranked
// place takes the side the figure before it gave its own place, here the country.
TEST(Indicators, RankedPlaceTakesTheSideOfTheFigureBefore) {
  FactDoc d("ASEAN trade balances",
            "UNCTAD said Singapore posted a trade surplus of $9 billion, followed by Malaysia with $6 billion.",
            {2025, 6, 20});
  d.country("SG", "Singapore").country("MY", "Malaysia");
  d.money("$9 billion", 9e9, "USD").money("$6 billion", 6e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.reporter(), "");
  ASSERT_EQ(d.x.indicators.size(), 2u);
  EXPECT_EQ(d.x.indicators[0].country, "SG");
  EXPECT_EQ(d.x.indicators[1].country, "MY");
  EXPECT_EQ(d.x.indicators[1].partner, "");
}

// "… were C$11.3 billion, and the counter-tariffs take effect on March 13, 2025": the day a measure
// starts dates the measure, no figure of the sentence; a figure's own date beside it still does.
TEST(Indicators, MeasuresStartIsNoFiguresPeriod) {
  FactDoc d("Canada to impose counter-tariffs",
            "Canadian steel exports to the United States reached C$11.3 billion, and the counter-tariffs take effect "
            "on March 13, 2025. Japan's exports fell to 1.73 trillion yen in June, ahead of a tariff effective from "
            "August 1.",
            {2025, 3, 12});
  d.country("CA", "Canadian").country("US", "United States").country("JP", "Japan");
  d.money("C$11.3 billion", 11.3e9, "CAD").money("1.73 trillion yen", 1.73e12, "JPY");
  d.date("March 13, 2025", "2025-03-13").date("June", "2025-06").date("August 1", "2025-08-01");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 2u);
  EXPECT_EQ(d.x.indicators[0].period, "");
  EXPECT_EQ(d.x.indicators[1].period, "2025-06");
}

// "For the year to date, exports of goods and services rose 5.9 percent to $2,400.5 billion": the
// words opening the sentence date its figure to the year published, however far on it stands.
TEST(Indicators, YearToDateOpeningTheSentenceDatesItsFigure) {
  FactDoc d("U.S. trade in September",
            "Exports of services increased to $102.6 billion in September. For the year to date, exports of goods "
            "and services rose 5.9 percent to $2,400.5 billion.",
            {2025, 11, 5});
  d.date("September", "2025-09");
  d.money("$102.6 billion", 102.6e9, "USD").money("$2,400.5 billion", 2400.5e9, "USD");
  d.percent("5.9 percent", 5.9);
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 2u);
  EXPECT_EQ(d.x.indicators[0].period, "2025-09");
  EXPECT_EQ(d.x.indicators[1].period, "2025");
}

// "The goods trade balance with the United States posted a surplus of $23.9 billion": a place after
// "with the" is the counterpart, not the owner a recording verb makes it.
TEST(Indicators, RecordingVerbAfterWithTheLeavesTheCounterpart) {
  FactDoc d("Canada's current account",
            "Statistics Canada said the goods trade balance with the United States posted a surplus of $23.9 billion "
            "in the third quarter.",
            {2025, 11, 28});
  d.country("CA", "Canada", 0, true).country("US", "United States");
  d.date("the third quarter", "2025-Q3");
  d.money("$23.9 billion", 23.9e9, "CAD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 1u);
  EXPECT_NE(d.x.indicators[0].country, "US");
  EXPECT_EQ(d.x.indicators[0].partner, "US");
}

// "The largest surpluses were recorded by Germany (+€17.1 bn), Ireland (+€8.2 bn) and Italy (+€4.0
// bn)": each place with its signed amount owns it, the first made owner by the recording verb's
// "by"; a place with a bare amount in parentheses stays a counterpart.
TEST(Indicators, PlacesListedWithSignedAmountsOwnThem) {
  FactDoc d("EU trade by member state",
            "Eurostat said the largest surpluses were recorded by Germany (+€17.1 bn), Ireland (+€8.2 bn) and Italy "
            "(+€4.0 bn). Korea posted a surplus with the Netherlands ($5.2 billion).",
            {2025, 11, 14});
  d.country("DE", "Germany").country("IE", "Ireland").country("IT", "Italy").country("KR", "Korea");
  d.country("NL", "Netherlands");
  d.money("€17.1 bn", 17.1e9, "EUR").money("€8.2 bn", 8.2e9, "EUR").money("€4.0 bn", 4e9, "EUR");
  d.money("$5.2 billion", 5.2e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 4u);
  EXPECT_EQ(d.x.indicators[0].country, "DE");
  EXPECT_EQ(d.x.indicators[1].country, "IE");
  EXPECT_EQ(d.x.indicators[2].country, "IT");
  for (int i = 0; i < 3; ++i) EXPECT_EQ(d.x.indicators[i].partner, "");
  EXPECT_EQ(d.x.indicators[3].partner, "NL");
}

// "Korea's exports to the U.S. amounted to $127.8 billion in 2024, while imports came to $72.2
// billion": the other flow told bare after ", while" is with the same counterpart, as after ";";
// one that names its own place keeps it.
TEST(Indicators, OtherFlowAfterWhileSharesTheCounterpart) {
  FactDoc d("Korea's trade with the U.S.",
            "Korea's exports to the U.S. amounted to $127.8 billion in 2024, while imports came to $72.2 billion. "
            "Korea's exports to China were $133.0 billion, while imports from Japan were $47.6 billion.",
            {2025, 2, 10});
  d.country("KR", "Korea").country("US", "U.S.").country("KR", "Korea", 1).country("CN", "China");
  d.country("JP", "Japan");
  d.date("2024", "2024");
  d.money("$127.8 billion", 127.8e9, "USD").money("$72.2 billion", 72.2e9, "USD");
  d.money("$133.0 billion", 133e9, "USD").money("$47.6 billion", 47.6e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 4u);
  EXPECT_EQ(d.x.indicators[1].metric, "imports");
  EXPECT_EQ(d.x.indicators[1].partner, "US");
  EXPECT_EQ(d.x.indicators[3].partner, "JP");
}

// "those to the United States": a pronoun for the flow after a figure opens a figure of its own,
// with the counterpart named after it.
TEST(Indicators, FlowPronounNamesItsOwnPartner) {
  FactDoc d("Thai exports in October",
            "Thailand's exports to China fell 3.1 percent to $8.2 billion and those to the United States rose 0.4 percent "
            "to $9.6 billion. Imports from Germany reached $1.4 billion, but those from France totaled $0.9 billion.",
            {2026, 11, 20});
  d.country("TH", "Thailand").country("CN", "China").country("US", "United States").country("DE", "Germany");
  d.country("FR", "France");
  d.percent("3.1 percent", 3.1).percent("0.4 percent", 0.4);
  d.money("$8.2 billion", 8.2e9, "USD").money("$9.6 billion", 9.6e9, "USD");
  d.money("$1.4 billion", 1.4e9, "USD").money("$0.9 billion", 0.9e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 4u);
  EXPECT_EQ(d.x.indicators[0].partner, "CN");
  EXPECT_EQ(d.x.indicators[1].metric, "exports");
  EXPECT_EQ(d.x.indicators[1].partner, "US");
  EXPECT_DOUBLE_EQ(*d.x.indicators[1].change_pct, 0.4);
  EXPECT_EQ(d.x.indicators[2].partner, "DE");
  EXPECT_EQ(d.x.indicators[3].metric, "imports");
  EXPECT_EQ(d.x.indicators[3].partner, "FR");
}

// The current account's balance is no trade balance; the goods balance beside it is one.
TEST(Indicators, CurrentAccountBalanceIsNoTradeBalance) {
  FactDoc d("Current account gap widens",
            "The current account deficit widened to NZ$27.6 billion in the year to March. The current-account "
            "surplus stood at $4.2 billion. The goods trade deficit narrowed to NZ$3.1 billion.",
            {2026, 6, 18});
  d.date("March", "2026-03");
  d.money("NZ$27.6 billion", 27.6e9, "NZD").money("$4.2 billion", 4.2e9, "USD").money("NZ$3.1 billion", 3.1e9, "NZD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 1u);
  EXPECT_EQ(d.x.indicators[0].metric, "trade_balance");
  EXPECT_DOUBLE_EQ(*d.x.indicators[0].value, 3.1e9);
}

// The value of the goods a measure applies to is no trade figure, named after a covering verb too.
TEST(Indicators, GoodsAMeasureAppliesToAreNoFigure) {
  FactDoc d("Tariff on Mexican goods",
            "The tariff applies to Mexican exports worth $505 billion. The duties cover steel imports valued at "
            "$3 billion. Mexican exports were worth $41 billion in March.",
            {2026, 5, 20});
  d.country("MX", "Mexican").country("MX", "Mexican", 1);
  d.date("March", "2026-03");
  d.money("$505 billion", 505e9, "USD").money("$3 billion", 3e9, "USD").money("$41 billion", 41e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 1u);
  EXPECT_DOUBLE_EQ(*d.x.indicators[0].value, 41e9);
}

// A round mark a figure passed, told with the figure itself, is no figure; alone, it is one.
TEST(Indicators, MarkPassedBeforeTheFigureIsNoFigure) {
  FactDoc d("Trade record",
            "Bilateral trade topped $80 billion last year, reaching $81.5 billion. Two-way trade exceeded the "
            "$30 billion mark in 2025 at $31.2 billion. Exports surpassed $12 billion in April, with shipments to "
            "China at $13 billion.",
            {2026, 5, 20});
  d.date("last year", "2025").date("2025", "2025").date("April", "2026-04");
  d.money("$80 billion", 80e9, "USD").money("$81.5 billion", 81.5e9, "USD");
  d.money("$30 billion", 30e9, "USD").money("$31.2 billion", 31.2e9, "USD").money("$12 billion", 12e9, "USD");
  d.country("CN", "China").money("$13 billion", 13e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 4u);
  EXPECT_DOUBLE_EQ(*d.x.indicators[0].value, 81.5e9);
  EXPECT_DOUBLE_EQ(*d.x.indicators[1].value, 31.2e9);
  EXPECT_DOUBLE_EQ(*d.x.indicators[2].value, 12e9);
}

// Money a country contributes to a fund is its funding, whatever the clause's other words; what a
// sector contributed to an economy is none.
TEST(Indicators, CountryContributingToAFundFundsIt) {
  FactDoc d("Singapore, Chile launch fund",
            "Singapore and Chile launched a joint fund on Tuesday. As part of the export programme, Chile will "
            "contribute CLP 2.5 billion. Japan has pledged USD 5 million in funding. Tourism contributed $9 "
            "billion to the economy.",
            {2026, 5, 20});
  d.country("SG", "Singapore", 0, true).country("CL", "Chile", 0, true).country("SG", "Singapore").country("CL", "Chile");
  d.country("CL", "Chile", 1).country("JP", "Japan");
  d.money("CLP 2.5 billion", 2.5e9, "CLP").money("USD 5 million", 5e6, "USD").money("$9 billion", 9e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 2u);
  EXPECT_EQ(d.x.indicators[0].metric, "funding");
  EXPECT_EQ(d.x.indicators[0].country, "CL");
  EXPECT_EQ(d.x.indicators[1].metric, "funding");
  EXPECT_EQ(d.x.indicators[1].country, "JP");
  EXPECT_EQ(d.x.indicators[1].partner, "");
}

// "FDI flows from Singapore": the source of direct investment is the investor, the economy it
// flows into the counterpart.
TEST(Indicators, DirectInvestmentFromASourceIsTheSources) {
  FactDoc d("Indonesia draws investment",
            "Foreign direct investment into Indonesia rose 12 percent to $47.3 billion in 2025. FDI flows from "
            "Singapore totaled $15.2 billion. Indonesia's FDI inflows from Japan were $4.4 billion.",
            {2026, 2, 1});
  d.country("ID", "Indonesia", 0, true).country("ID", "Indonesia").country("SG", "Singapore");
  d.country("ID", "Indonesia", 1).country("JP", "Japan");
  d.percent("12 percent", 12).date("2025", "2025");
  d.money("$47.3 billion", 47.3e9, "USD").money("$15.2 billion", 15.2e9, "USD").money("$4.4 billion", 4.4e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 3u);
  EXPECT_EQ(d.x.indicators[0].metric, "fdi");
  EXPECT_EQ(d.x.indicators[1].metric, "fdi");
  EXPECT_EQ(d.x.indicators[1].country, "SG");
  EXPECT_EQ(d.x.indicators[1].partner, "ID");
  EXPECT_EQ(d.x.indicators[2].country, "JP");
  EXPECT_EQ(d.x.indicators[2].partner, "ID");
}

// "trade between Japan and China", told by a third country: the pair are the figure's sides.
TEST(Indicators, TradeBetweenAPairIsThePairs) {
  FactDoc d("Vietnam watches RCEP trade",
            "Vietnam's trade with South Korea reached $81.5 billion. Trade between Japan and China reached $292 "
            "billion in 2025.",
            {2026, 2, 11});
  d.country("VN", "Vietnam", 0, true).country("VN", "Vietnam").country("KR", "South Korea");
  d.country("JP", "Japan").country("CN", "China").date("2025", "2025");
  d.money("$81.5 billion", 81.5e9, "USD").money("$292 billion", 292e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 2u);
  EXPECT_EQ(d.x.indicators[0].country, "VN");
  EXPECT_EQ(d.x.indicators[0].partner, "KR");
  EXPECT_EQ(d.x.indicators[1].country, "JP");
  EXPECT_EQ(d.x.indicators[1].partner, "CN");
}

TEST(Indicators, ChangeRestatedInMoneyAfterOrLeavesThePercentToTheFigure) {
  FactDoc d("UK and Kenya trade figures",
            "Total trade between the UK and Kenya was £4.6 billion in 2025, an increase of 9.8% or £410 million from "
            "2024. UK exports to Ghana were £1.3 billion in 2025, a decrease of 4.1% or £56 million from 2024.",
            {2026, 2, 11});
  d.country("GB", "UK").country("KE", "Kenya").country("GB", "UK", 1).country("GH", "Ghana");
  d.date("2025", "2025").date("2024", "2024").date("2025", "2025", 1).date("2024", "2024", 1);
  d.money("£4.6 billion", 4.6e9, "GBP").money("£410 million", 410e6, "GBP");
  d.money("£1.3 billion", 1.3e9, "GBP").money("£56 million", 56e6, "GBP");
  d.percent("9.8%", 9.8).percent("4.1%", 4.1);
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 2u);
  ASSERT_TRUE(d.x.indicators[0].change_pct.has_value());
  EXPECT_DOUBLE_EQ(*d.x.indicators[0].change_pct, 9.8);
  ASSERT_TRUE(d.x.indicators[1].change_pct.has_value());
  EXPECT_DOUBLE_EQ(*d.x.indicators[1].change_pct, -4.1);
}

TEST(Indicators, TwoWayTradeIsWithTheCountryNotThePactDiscussed) {
  FactDoc d("Vietnamese minister meets Canadian counterpart on CPTPP",
            "The minister held talks with Canadian Minister Mary Ng, discussing ways to make the most of the CPTPP. "
            "He said two-way trade hit 6.4 billion USD in 2025.",
            {2026, 2, 11});
  d.country("VN", "Vietnamese", 0, true).country("CA", "Canadian", 0, true).bloc("CPTPP", "CPTPP", 0, true);
  d.country("CA", "Canadian").bloc("CPTPP", "CPTPP").date("2025", "2025");
  d.money("6.4 billion USD", 6.4e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 1u);
  EXPECT_EQ(d.x.indicators[0].partner, "CA");
}

// "The tariffs would hit Chinese exports worth $18 billion", "the duties could affect imports worth
// about $3 billion": the goods a measure strikes are the measure's, no trade figure; exports that hit a
// record with no measure before them still are one.
TEST(Indicators, GoodsAMeasureHitsAreNoFigure) {
  FactDoc d("US tariffs",
            "The tariffs would hit Chinese exports worth $18 billion a year. The new duties could affect imports "
            "worth about $3 billion. Chinese exports hit $300 billion.",
            {2026, 5, 20});
  d.country("CN", "Chinese").country("CN", "Chinese", 1);
  d.money("$18 billion", 18e9, "USD").money("$3 billion", 3e9, "USD").money("$300 billion", 300e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 1u);
  EXPECT_DOUBLE_EQ(*d.x.indicators[0].value, 300e9);
}

// "India's exports to the United States in 2025 and those to the EU together reached $160
// billion": a year before "those" is no figure told, so the pronoun opens no figure of its own;
// an amount before it still does.
TEST(Indicators, YearBeforeFlowPronounIsNoFigure) {
  FactDoc d("Exports",
            "India's exports to the United States in 2025 and those to the EU together reached $160 billion. "
            "India's exports in April 2026 rose to $38.5 billion and those to the UAE reached $3.1 billion.",
            {2026, 5, 20});
  d.country("IN", "India").country("US", "United States").bloc("EU", "EU").country("IN", "India", 1);
  d.country("AE", "UAE");
  d.date("2025", "2025").date("April 2026", "2026-04");
  d.money("$160 billion", 160e9, "USD").money("$38.5 billion", 38.5e9, "USD").money("$3.1 billion", 3.1e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 3u);
  EXPECT_EQ(d.x.indicators[0].partner, "US");
  EXPECT_EQ(d.x.indicators[0].subject.rfind("exports to the United States", 0), 0u) << d.x.indicators[0].subject;
  EXPECT_EQ(d.x.indicators[2].subject.rfind("those to the UAE", 0), 0u) << d.x.indicators[2].subject;
}

// "India's exports in April 2026 stood at $38.5 billion, and those to the UAE reached $3.1
// billion": the place after the pronoun is the next figure's counterpart, not this one's.
TEST(Indicators, FlowPronounAfterTheAmountEndsItsClause) {
  FactDoc d("Exports",
            "NEW DELHI - India's exports in April 2026 stood at $38.5 billion, and those to the UAE reached $3.1 "
            "billion.",
            {2026, 5, 20});
  d.country("IN", "India").country("AE", "UAE");
  d.date("April 2026", "2026-04");
  d.money("$38.5 billion", 38.5e9, "USD").money("$3.1 billion", 3.1e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 2u);
  EXPECT_EQ(d.x.indicators[0].partner, "");
  EXPECT_EQ(d.x.indicators[1].partner, "AE");
}

// "exports reached $88.5 billion, Bolat said, adding that Germany was the top export market with $6.1
// billion": what the speaker adds is another statement, whose place is no partner of the figure.
TEST(Indicators, WhatASpeakerAddsIsAnotherStatement) {
  FactDoc d("Exports",
            "ANKARA - In the January-April period, Turkey's exports reached $88.5 billion, Bolat said, adding that "
            "Germany was the top export market with $6.1 billion.",
            {2026, 5, 2});
  d.country("TR", "Turkey").country("DE", "Germany");
  d.money("$88.5 billion", 88.5e9, "USD").money("$6.1 billion", 6.1e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 2u);
  EXPECT_EQ(d.x.indicators[0].partner, "");
  EXPECT_EQ(d.x.indicators[1].partner, "DE");
}

// "increased by 39.5 per cent from USD 2.65 billion in April 2025 to USD 3.70 billion in April
// 2026": the level after the base takes the change; the base takes none.
TEST(Indicators, ChangeFromABaseToALevel) {
  FactDoc d("Exports",
            "NEW DELHI - India's electronic goods exports increased by 39.5 per cent from USD 2.65 billion in April "
            "2025 to USD 3.70 billion in April 2026.",
            {2026, 5, 16});
  d.country("IN", "India");
  d.date("April 2025", "2025-04").date("April 2026", "2026-04");
  d.percent("39.5 per cent", 39.5);
  d.money("USD 2.65 billion", 2.65e9, "USD").money("USD 3.70 billion", 3.7e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 2u);
  EXPECT_FALSE(d.x.indicators[0].change_pct.has_value());
  ASSERT_TRUE(d.x.indicators[1].change_pct.has_value());
  EXPECT_DOUBLE_EQ(*d.x.indicators[1].change_pct, 39.5);
  EXPECT_EQ(d.x.indicators[1].period, "2026-04");
}

// "… targets non-oil foreign trade of AED 4 trillion by 2031. UAE exports to Indonesia reached USD
// 1.9 billion.": a goal's deadline dates no figure told after it; the run's period before it does.
TEST(Indicators, GoalDeadlineDatesNoLaterFigure) {
  FactDoc d("Trade",
            "ABU DHABI - Non-oil trade between the UAE and Indonesia grew 45 percent to USD 5.2 billion in 2025. "
            "The minister said the UAE targets non-oil foreign trade of AED 4 trillion by 2031. UAE exports to "
            "Indonesia reached USD 1.9 billion.",
            {2026, 5, 20});
  d.country("AE", "UAE").country("ID", "Indonesia").country("AE", "UAE", 1).country("AE", "UAE", 2);
  d.country("ID", "Indonesia", 1);
  d.date("2025", "2025").date("2031", "2031");
  d.percent("45 percent", 45);
  d.money("USD 5.2 billion", 5.2e9, "USD").money("AED 4 trillion", 4e12, "AED").money("USD 1.9 billion", 1.9e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 3u);
  EXPECT_EQ(d.x.indicators[1].metric, "target");
  EXPECT_EQ(d.x.indicators[2].metric, "exports");
  EXPECT_EQ(d.x.indicators[2].period, "2025");
}

// "widening its trade surplus with its largest export market to $38.1 billion": "export market"
// sorts the counterpart; the surplus names the figure. Alone, "the top export market with $6.1
// billion" is an export figure.
TEST(Indicators, ExportMarketSortsTheCounterpart) {
  FactDoc d("Trade",
            "HANOI (Reuters) - Exports rose, widening Vietnam's trade surplus with its largest export market to "
            "$38.1 billion. Germany was the top export market with $6.1 billion.",
            {2026, 5, 20});
  d.country("VN", "Vietnam").country("DE", "Germany");
  d.money("$38.1 billion", 38.1e9, "USD").money("$6.1 billion", 6.1e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 2u);
  EXPECT_EQ(d.x.indicators[0].metric, "trade_balance");
  EXPECT_EQ(d.x.indicators[1].metric, "exports");
}

// "UAE investments in Kenya exceeded AED 11 billion, and that non-oil trade … reached USD 3.6 billion
// in 2025": the date right after the later amount, in a clause of its own, dates that figure only;
// two figures of one clause share it ("exports of … and imports of … in 2025").
TEST(Indicators, DateOfALaterClausesFigureDatesNoEarlierOne) {
  FactDoc d("Trade",
            "NAIROBI - Investments in Kenya exceeded AED 11 billion, and non-oil trade between the two countries "
            "reached USD 3.6 billion in 2025. Exports of USD 2 billion and imports of USD 1 billion in 2024 were "
            "recorded.",
            {2026, 5, 20});
  d.country("KE", "Kenya");
  d.date("2025", "2025").date("2024", "2024");
  d.money("AED 11 billion", 11e9, "AED").money("USD 3.6 billion", 3.6e9, "USD");
  d.money("USD 2 billion", 2e9, "USD").money("USD 1 billion", 1e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 4u);
  EXPECT_EQ(d.x.indicators[0].period, "");
  EXPECT_EQ(d.x.indicators[1].period, "2025");
  EXPECT_EQ(d.x.indicators[2].period, "2024");
  EXPECT_EQ(d.x.indicators[3].period, "2024");
}

// "Two-way trade reached 16.3 billion USD in 2025, …, and both sides aimed to lift it to 20 billion
// USD by 2028": a goal verb on a pronoun for the flow told before names a target; the flow's own
// level stays a trade figure.
TEST(Indicators, GoalOnAPronounForTheFlowIsATarget) {
  FactDoc d("Trade",
            "HANOI - Two-way trade reached 16.3 billion USD in 2025, up 11 percent from a year earlier, and both "
            "sides aimed to lift it to 20 billion USD by 2028.",
            {2026, 5, 20});
  d.date("2025", "2025").date("2028", "2028");
  d.percent("11 percent", 11);
  d.money("16.3 billion USD", 16.3e9, "USD").money("20 billion USD", 20e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 2u);
  EXPECT_EQ(d.x.indicators[0].metric, "trade");
  EXPECT_EQ(d.x.indicators[1].metric, "target");
  EXPECT_EQ(d.x.indicators[1].period, "2028");
}

// "Singapore remained Vietnam's largest ASEAN investor with … 84.6 billion USD": a bloc after a word
// of rank is the group the investor is ranked in; the investor is the country before it. A bloc
// joined to the investment with no rank ("EU investors poured …") is still the source.
TEST(Indicators, BlocAfterARankIsNoInvestor) {
  FactDoc d("Vietnam, Singapore boost ties",
            "HANOI - Vietnam's Deputy Prime Minister met Singapore's minister on Monday. Singapore remained "
            "Vietnam's largest ASEAN investor with 4,200 projects worth 84.6 billion USD.",
            {2026, 5, 20});
  d.country("VN", "Vietnam", 0, true).country("VN", "Vietnam").country("SG", "Singapore");
  d.country("SG", "Singapore", 1).country("VN", "Vietnam", 1).bloc("ASEAN", "ASEAN");
  d.money("84.6 billion USD", 84.6e9, "USD");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.reporter(), "VN");
  ASSERT_EQ(d.x.indicators.size(), 1u);
  EXPECT_EQ(d.x.indicators[0].metric, "fdi");
  EXPECT_EQ(d.x.indicators[0].country, "SG");
  EXPECT_EQ(d.x.indicators[0].partner, "VN");
}

}  // namespace
}  // namespace tw

namespace tw {
namespace {

using testing::FactDoc;

// "As of the end of October, exports reached …, up 3% from the same period last year": the month
// that ends the stretch, set against the same period, names January to that month; the flow told
// after it in the run takes the stretch too. Negative: a month with no comparison stays the month,
// and so does one with its own range ("in January-October").
TEST(Indicators, EndOfPeriodWithTheSamePeriodIsTheStretch) {
  FactDoc d("Exports",
            "As of the end of October, exports reached $500 billion, up 3% from the same period last year. "
            "Imports reached $450 billion. Exports in September rose 2% to $55 billion.",
            {2026, 11, 1});
  d.date("October", "2026-10").date("last year", "2025").date("September", "2026-09");
  d.money("$500 billion", 500e9, "USD").money("$450 billion", 450e9, "USD").money("$55 billion", 55e9, "USD");
  d.percent("3%", 3).percent("2%", 2);
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 3u);
  EXPECT_EQ(d.x.indicators[0].period, "2026-01/2026-10");
  EXPECT_EQ(d.x.indicators[1].period, "2026-01/2026-10");
  EXPECT_EQ(d.x.indicators[2].period, "2026-09");
}

// "Semiconductors accounted for USD 9.8 billion, or 20% of the total": a part of the total told
// just before is a figure of its metric and period, named by the words before the share word; the
// share is no change. Negative: an amount after no share word and no metric word stays none.
TEST(Indicators, PartOfTheTotalTakesTheTotalsMetric) {
  FactDoc d("Exports",
            "Exports in May reached USD 49.0 billion. Semiconductors accounted for USD 9.8 billion, or 20% of the "
            "total. The ministry spent USD 2 billion.",
            {2026, 6, 1});
  d.date("May", "2026-05");
  d.money("USD 49.0 billion", 49e9, "USD").money("USD 9.8 billion", 9.8e9, "USD").money("USD 2 billion", 2e9, "USD");
  d.percent("20%", 20);
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 2u);
  EXPECT_EQ(d.x.indicators[1].metric, "exports");
  EXPECT_EQ(d.x.indicators[1].subject, "Semiconductors");
  EXPECT_EQ(d.x.indicators[1].period, "2026-05");
  EXPECT_FALSE(d.x.indicators[1].change_pct.has_value());
}

// "In the first half of 2025, FDI pledges reached a record. Pledges rose 12% to $15 billion": the
// head noun repeated goes on with the FDI figure, of the period the sentence before named (a record
// is where the flow stood). Negative: the period does not cross into another figure's clause
// (", while investment in Busan totaled $2 billion in 2024" keeps 2024).
TEST(Indicators, RepeatedHeadNounContinuesTheFigureBefore) {
  FactDoc d("FDI",
            "In the first half of 2025, FDI pledges reached a record. Pledges rose 12% to $15 billion, while "
            "investment in Busan totaled $2 billion in 2024.",
            {2025, 7, 2});
  d.date("first half of 2025", "2025-H1").date("2024", "2024");
  d.money("$15 billion", 15e9, "USD").money("$2 billion", 2e9, "USD");
  d.percent("12%", 12);
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 2u);
  EXPECT_EQ(d.x.indicators[0].metric, "fdi");
  EXPECT_EQ(d.x.indicators[0].subject, "FDI pledges");
  EXPECT_EQ(d.x.indicators[0].period, "2025-H1");
  ASSERT_TRUE(d.x.indicators[0].change_pct.has_value());
  EXPECT_DOUBLE_EQ(*d.x.indicators[0].change_pct, 12.0);
  EXPECT_EQ(d.x.indicators[1].period, "2024");
}

// "They rose 12% to $15 billion" after a sentence naming one metric goes on with it. Negative: a
// sentence opening "In June," repeats no head noun.
TEST(Indicators, PronounContinuesTheOneMetricBefore) {
  FactDoc d("FDI",
            "Foreign direct investment pledges hit a record high in the first half of 2025. They rose 12% to $15 "
            "billion. Exports in June rose. In June, the agency spent $1 billion.",
            {2025, 7, 2});
  d.date("first half of 2025", "2025-H1").date("June", "2025-06").date("June", "2025-06", 1);
  d.money("$15 billion", 15e9, "USD").money("$1 billion", 1e9, "USD");
  d.percent("12%", 12);
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 1u);
  EXPECT_EQ(d.x.indicators[0].metric, "fdi");
  EXPECT_EQ(d.x.indicators[0].subject, "Foreign direct investment pledges");
  EXPECT_EQ(d.x.indicators[0].period, "2025-H1");
}

// "… help shipbuilders reach this year's $30 billion export goal with more trade finance. The package
// includes supplying 5 trillion won in export financing …, and pouring 200 billion won next year
// into research": funds of a plan with no date in their own clause take the plan's period from the
// sentence of its figures before; the later clause's date stays its own.
TEST(Indicators, PlanFundsTakeThePlansPeriodFromTheSentenceBefore) {
  FactDoc d("Shipbuilding exports",
            "The ministry will help shipbuilders reach this year's $30 billion export goal with more trade finance. "
            "The package includes supplying 5 trillion won in export financing for yards, opening trade centers, "
            "and pouring 200 billion won next year into research.",
            {2025, 1, 20});
  d.date("this year", "2025").date("next year", "2026");
  d.money("$30 billion", 30e9, "USD").money("5 trillion won", 5e12, "KRW").money("200 billion won", 200e9, "KRW");
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 3u);
  EXPECT_EQ(d.x.indicators[0].metric, "target");
  EXPECT_EQ(d.x.indicators[1].metric, "funding");
  EXPECT_EQ(d.x.indicators[1].period, "2025");
  EXPECT_EQ(d.x.indicators[2].period, "2026");
}

// "Korea's exports rose 8.2 percent from a year earlier to USD 35.1 billion in the first 20 days of
// November": the level a change went to, after "from a year earlier", is no base, so its date
// dates the run of figures after it.
TEST(Indicators, LevelAfterFromAYearEarlierDatesTheRun) {
  FactDoc d("Exports",
            "Exports rose 8.2 percent from a year earlier to USD 35.1 billion in the first 20 days of November. "
            "Chip exports reached USD 9.1 billion.",
            {2025, 11, 21});
  d.date("first 20 days of November", "2025-11-01/2025-11-20");
  d.money("USD 35.1 billion", 35.1e9, "USD").money("USD 9.1 billion", 9.1e9, "USD");
  d.percent("8.2 percent", 8.2);
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 2u);
  EXPECT_EQ(d.x.indicators[1].period, "2025-11-01/2025-11-20");
}

// "Japan's exports in fiscal 2024 rose 6.2% from the previous year to 108.9 trillion yen": the year
// after a change and "from" is its base, no period of the figure, which takes the fiscal year.
// Negative: "rose 5% from January to March to …" is the range's.
TEST(Indicators, PeriodAfterChangeFromIsTheBase) {
  FactDoc d("Exports",
            "Exports in fiscal 2024 rose 6.2% from the previous year to 108.9 trillion yen. Imports rose 5% from "
            "January to March to 30 trillion yen.",
            {2025, 4, 17});
  d.date("fiscal 2024", "2024-04/2025-03").date("the previous year", "2024").date("January to March", "2025-01/2025-03");
  d.money("108.9 trillion yen", 108.9e12, "JPY").money("30 trillion yen", 30e12, "JPY");
  d.percent("6.2%", 6.2).percent("5%", 5);
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 2u);
  EXPECT_EQ(d.x.indicators[0].period, "2024-04/2025-03");
  EXPECT_EQ(d.x.indicators[1].period, "2025-01/2025-03");
}

// "Year-to-date exports through November totaled USD 640.0 billion, up 1.8% from the same period
// last year": January to November, not the whole year.
TEST(Indicators, YearToDateThroughAMonthIsTheStretch) {
  FactDoc d("Exports", "Year-to-date exports through November totaled USD 640.0 billion, up 1.8% from the same period last year.",
            {2025, 12, 1});
  d.date("November", "2025-11").date("last year", "2024");
  d.money("USD 640.0 billion", 640e9, "USD");
  d.percent("1.8%", 1.8);
  d.run(extract::make_indicators_stage);
  ASSERT_EQ(d.x.indicators.size(), 1u);
  EXPECT_EQ(d.x.indicators[0].period, "2025-01/2025-11");
}

}  // namespace
}  // namespace tw

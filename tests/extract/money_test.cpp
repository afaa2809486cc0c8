#include <gtest/gtest.h>

#include <cmath>
#include <utility>

#include "extract/numbers.h"
#include "extract/stages.h"

namespace {

using tw::extract::Doc;

std::vector<std::pair<std::string, double>> money(std::string_view body, std::vector<tw::CodeMention> countries = {},
                                                   std::string reporter = "") {
  static auto stage = std::move(tw::extract::make_money_stage(TW_SOURCE_DIR "/data")).value();
  tw::Extraction x;
  x.countries = std::move(countries);
  Doc doc{"", body, {2025, 12, 4}, {}, x, false};
  doc.reporter = std::move(reporter);
  stage->run(doc);
  std::vector<std::pair<std::string, double>> out;
  for (const auto& m : x.money) {
    EXPECT_EQ(body.substr(m.span.begin, m.span.end - m.span.begin), m.text);
    out.emplace_back(m.currency, m.amount);
  }
  return out;
}

using M = std::vector<std::pair<std::string, double>>;

TEST(Money, CodesAndSignsBeforeTheAmount) {
  EXPECT_EQ(money("trade reaching USD 13.7 billion in 2024"), (M{{"USD", 13.7e9}}));
  EXPECT_EQ(money("exports of $12.8 billion"), (M{{"USD", 12.8e9}}));
  EXPECT_EQ(money("pledge $120 mln investment and a $20 bln target"), (M{{"USD", 120e6}, {"USD", 20e9}}));
  EXPECT_EQ(money("KRW 100 billion in funding"), (M{{"KRW", 100e9}}));
  EXPECT_EQ(money("invested over KRW five trillion in Korea"), (M{{"KRW", 5e12}}));
  EXPECT_EQ(money("USD 4 billion, USD 600 million"), (M{{"USD", 4e9}, {"USD", 600e6}}));
  EXPECT_EQ(money("worth £61.3 billion and £8.6bn and over £700m"),
            (M{{"GBP", 61.3e9}, {"GBP", 8.6e9}, {"GBP", 700e6}}));
  EXPECT_EQ(money("valued at €400 million"), (M{{"EUR", 400e6}}));
  EXPECT_EQ(money("¥5 billion, C$2 billion, A$3 million and US$1.5 billion"),
            (M{{"JPY", 5e9}, {"CAD", 2e9}, {"AUD", 3e6}, {"USD", 1.5e9}}));
  EXPECT_EQ(money("trade of almost US $91 billion"), (M{{"USD", 91e9}}));
}

TEST(Money, CurrencyNamedAfterTheAmount) {
  EXPECT_EQ(money("more than 10 trillion won in trade financing"), (M{{"KRW", 10e12}}));
  EXPECT_EQ(money("a 29-billion won funding"), (M{{"KRW", 29e9}}));
  EXPECT_EQ(money("100 million euros and 5 billion yen"), (M{{"EUR", 100e6}, {"JPY", 5e9}}));
  EXPECT_EQ(money("2 billion US dollars"), (M{{"USD", 2e9}}));
}

TEST(Money, Ranges) {
  EXPECT_EQ(money("deals worth $30-40 billion"), (M{{"USD", 30e9}, {"USD", 40e9}}));
}

TEST(Money, ScaledDecimalIsTheAmountWritten) {
  // 8.2 × 1e9 is 8199999999.999999 in binary floating point; the release wrote 8,200,000,000.
  ASSERT_NE(8.2 * 1e9, 8.2e9);
  EXPECT_EQ(money("exports of $8.2 billion and $16.6 billion"), (M{{"USD", 8.2e9}, {"USD", 16.6e9}}));
  EXPECT_EQ(money("worth $6.69-8.2 billion"), (M{{"USD", 6.69e9}, {"USD", 8.2e9}}));
  // Rounding stops at 15 significant digits: a precise figure keeps its digits.
  EXPECT_EQ(tw::extract::scaled_value(1234.5678, 1), 1234.5678);
  EXPECT_EQ(tw::extract::scaled_value(123456.789, 1e3), 123456789.0);
  EXPECT_EQ(tw::extract::scaled_value(0.1, 1e-3), 0.0001);
  EXPECT_EQ(tw::extract::scaled_value(0, 1e9), 0.0);
}

TEST(Money, DecimalComma) {
  // Indonesian, Vietnamese and European releases write the decimal with a comma.
  EXPECT_EQ(money("a surplus of US$ 2,02 billion and US$ 0,96 billion"), (M{{"USD", 2.02e9}, {"USD", 0.96e9}}));
  EXPECT_EQ(money("worth EUR 1,5 billion"), (M{{"EUR", 1.5e9}}));
  // A comma before three digits groups thousands.
  EXPECT_EQ(money("amounting to $1,370 million"), (M{{"USD", 1370e6}}));
  // After a currency, or right before one, a comma before one or two digits cannot group
  // thousands: "US$ 158,19 per tonne" (Brazilian and South African usage).
  EXPECT_EQ(money("range from US$ 158,19 to US$ 445,31 per tonne"), (M{{"USD", 158.19}, {"USD", 445.31}}));
  EXPECT_EQ(money("a fee of R2,5 and 12,50 euros"), (M{{"ZAR", 2.5}, {"EUR", 12.5}}));
  // A point grouping thousands before the decimal comma: "US$ 24.578,2 million".
  EXPECT_EQ(money("exports of US$ 24.578,2 million FOB"), (M{{"USD", 24578.2e6}}));
  EXPECT_EQ(money("exports of US$ 24.57,2 million"), (M{{"USD", 24.57}}));
  // Thousands set off by a space before the decimal comma: "US$ 1 345,2 million".
  EXPECT_EQ(money("trade of US$ 1 345,2 million in 2024"), (M{{"USD", 1345.2e6}}));
  EXPECT_EQ(money("in 2024 345,2 million people"), (M{}));
  // With no currency on either side, digits and a comma are no money.
  EXPECT_EQ(money("$3 in 2,02 and then 12,50 more"), (M{{"USD", 3}}));
}

TEST(Money, NotMoney) {
  // "won" the verb, a name ending in -won, counts and years.
  EXPECT_TRUE(money("Korea won the bid in 2019 and Lee So-won spoke").empty());
  EXPECT_TRUE(money("In 2019 won awards").empty());
  EXPECT_TRUE(money("130,000 services jobs and 690 million people").empty());
  EXPECT_TRUE(money("the ALL party and MC 12").empty());
}

TEST(Money, BareDollarFollowsTheReleaseCountry) {
  tw::CodeMention ca{"CA", {{0, 1}, {2, 3}, {4, 5}}}, jp{"JP", {{6, 7}}};
  EXPECT_EQ(money("Honda will invest $1.38 billion", {ca, jp}), (M{{"CAD", 1.38e9}}));
  tw::CodeMention kr{"KR", {{0, 1}, {2, 3}, {4, 5}, {8, 9}}};
  EXPECT_EQ(money("exports of $600 billion", {kr, ca}), (M{{"USD", 600e9}}));
  // An explicit sign is never overridden.
  EXPECT_EQ(money("US$5 billion", {ca}), (M{{"USD", 5e9}}));
}


// Among countries named equally often, the one whose figures the release gives ("Hong Kong's
// total exports") decides a bare "$"; with no possessor, or more than one, it stays the US dollar.
TEST(Money, BareDollarOfTheSoleOwnerAmongEquallyNamedCountries) {
  tw::CodeMention hk{"HK", {{0, 9}}}, in{"IN", {{70, 75}}};
  EXPECT_EQ(money("Hong Kong's total exports fell 4.8% to $368.5 billion, while those to India rose 14.2%.", {in, hk}),
            (M{{"HKD", 368.5e9}}));
  tw::CodeMention hk2{"HK", {{13, 22}}}, in2{"IN", {{26, 31}}};
  EXPECT_EQ(money("Exports from Hong Kong to India rose to $5 billion.", {hk2, in2}), (M{{"USD", 5e9}}));
  tw::CodeMention hk3{"HK", {{0, 9}}}, in3{"IN", {{24, 29}}};
  EXPECT_EQ(money("Hong Kong's exports and India's imports reached $5 billion.", {hk3, in3}), (M{{"USD", 5e9}}));
}

// The government that publishes the release writes a bare "$" for its own dollar, whichever
// country it names most ("Two-way trade with New Zealand was worth $31 billion" in Australia's
// release); a reporter with no dollar of its own writes the US dollar ("Canada's tariffs on $30
// billion of American goods" in USTR's). News agency copy, and a release whose reporter is unknown,
// take the dollar of the country they are mostly about. An explicit sign keeps its own.
TEST(Money, BareDollarOfTheReporterWhenNoCountryDecides) {
  const std::string_view text = "Trade with Japan reached $36.5 billion, and trade with Korea $19.8 billion.";
  tw::CodeMention jp{"JP", {{11, 16}}}, kr{"KR", {{55, 60}}};
  EXPECT_EQ(money(text, {jp, kr}, "CA"), (M{{"CAD", 36.5e9}, {"CAD", 19.8e9}}));
  EXPECT_EQ(money(text, {jp, kr}, "NZ"), (M{{"NZD", 36.5e9}, {"NZD", 19.8e9}}));
  EXPECT_EQ(money("The program is worth $50 million.", {}, "AU"), (M{{"AUD", 50e6}}));
  EXPECT_EQ(money(text, {jp, kr}, "US"), (M{{"USD", 36.5e9}, {"USD", 19.8e9}}));
  EXPECT_EQ(money(text, {jp, kr}, "KR"), (M{{"USD", 36.5e9}, {"USD", 19.8e9}}));
  EXPECT_EQ(money(text, {jp, kr}), (M{{"USD", 36.5e9}, {"USD", 19.8e9}}));
  const std::string_view wire = "OTTAWA, March 12 (Reuters) - Japan and Korea put their exposure at $9 billion.";
  tw::CodeMention jp2{"JP", {{29, 34}}}, kr2{"KR", {{39, 44}}};
  EXPECT_EQ(money(wire, {jp2, kr2}, "CA"), (M{{"USD", 9e9}}));
  tw::CodeMention kr3{"KR", {{55, 60}, {0, 5}}};
  EXPECT_EQ(money(text, {jp, kr3}, "CA"), (M{{"CAD", 36.5e9}, {"CAD", 19.8e9}}));
  EXPECT_EQ(money(text, {jp, kr3}, "KR"), (M{{"USD", 36.5e9}, {"USD", 19.8e9}}));
  tw::CodeMention sg{"SG", {{55, 60}, {0, 5}}};
  EXPECT_EQ(money(text, {jp, sg}, "CA"), (M{{"CAD", 36.5e9}, {"CAD", 19.8e9}}));
  EXPECT_EQ(money(text, {jp, sg}, "US"), (M{{"USD", 36.5e9}, {"USD", 19.8e9}}));
  EXPECT_EQ(money(text, {jp, sg}), (M{{"SGD", 36.5e9}, {"SGD", 19.8e9}}));
  EXPECT_EQ(money(wire, {jp2, sg}, "CA"), (M{{"SGD", 9e9}}));
  EXPECT_EQ(money("exports of US$5 billion", {jp, kr}, "CA"), (M{{"USD", 5e9}}));
}

// Malaysian and Indonesian signs ("RM1.07 trillion", "Rp 5 trillion") and their glued scales
// ("RM690.6bil", "RM1.07t"); a word that only ends in the letters is no sign.
TEST(Money, RinggitRupiahAndGluedTrillion) {
  auto near = [](const M& got, const M& want) {
    if (got.size() != want.size()) return false;
    for (size_t i = 0; i < got.size(); ++i)
      if (got[i].first != want[i].first || std::abs(got[i].second - want[i].second) > 1e-6 * want[i].second)
        return false;
    return true;
  };
  EXPECT_TRUE(near(money("trade of RM1.07 trillion and RM 5.2 billion"), M{{"MYR", 1.07e12}, {"MYR", 5.2e9}}));
  EXPECT_TRUE(near(money("up 7.1% to RM690.6bil, with a RM34.2bil surplus"), M{{"MYR", 690.6e9}, {"MYR", 34.2e9}}));
  EXPECT_TRUE(near(money("trade up 6.1pc to RM1.07t"), M{{"MYR", 1.07e12}}));
  EXPECT_EQ(money("exports of Rp 5 trillion"), (M{{"IDR", 5e12}}));
  EXPECT_EQ(money("a RMB 3 billion fund"), (M{{"CNY", 3e9}}));
  EXPECT_TRUE(money("ARM 5 billion and FARM 2 million").empty());
  EXPECT_TRUE(money("5t of rice and 7 bil").empty());
}

// South Asian scales, one or two in a row ("Rs 36.2 lakh crore" is 36.2 × 10^5 × 10^7); scales
// multiply only while each is larger than the one before.
TEST(Money, LakhAndCrore) {
  EXPECT_EQ(money("exports stood at Rs 36.2 lakh crore"), (M{{"INR", 36.2e12}}));
  EXPECT_EQ(money("imports of \u20b91,200 crore and Rs 5 lakh"), (M{{"INR", 12e9}, {"INR", 5e5}}));
  EXPECT_EQ(money("a grant of 400 crore rupees"), (M{{"INR", 4e9}}));
  EXPECT_EQ(money("USD 3 thousand million"), (M{{"USD", 3e9}}));
  EXPECT_EQ(money("USD 5 million thousand"), (M{{"USD", 5e6}}));
}

// Digits grouped in pairs before the last three (lakhs and crores: "4,14,832.20") and thousands
// set off by a space before a scale ("€1 741.9 bn") are one number; a pair that does not end in
// three digits, or two numbers with no scale after, stay apart.
TEST(Money, LakhGroupingAndSpacedThousands) {
  EXPECT_EQ(money("imports of Rs 4,14,832.20 crore"), (M{{"INR", 4148322e6}}));
  EXPECT_EQ(money("imports of Rs 1,23,45,678 in duty"), (M{{"INR", 12345678}}));
  EXPECT_EQ(money("exports rose to \u20ac1 741.9 bn in the period"), (M{{"EUR", 1741.9e9}}));
  // After a currency, a lone pair after a comma is a decimal comma's: 4.14, never 414,832.
  EXPECT_EQ(money("a fee of Rs 4,14 and 832 more"), (M{{"INR", 4.14}}));
  EXPECT_EQ(money("prizes of \u20ac5 100 winners"), (M{{"EUR", 5}}));
}

// Gulf, African and Andean signs as their own press writes them.
TEST(Money, GulfAfricanAndAndeanSigns) {
  EXPECT_EQ(money("a surplus of QR 15.8 billion and RO 3.2 billion"), (M{{"QAR", 15.8e9}, {"OMR", 3.2e9}}));
  EXPECT_EQ(money("exports of SR276.5 billion and Dh1.7 trillion"), (M{{"SAR", 276.5e9}, {"AED", 1.7e12}}));
  EXPECT_EQ(money("sales of S/ 1,200 million and KSh 5 billion"), (M{{"PEN", 1200e6}, {"KES", 5e9}}));
  EXPECT_EQ(money("worth NOK 3.4 billion or 3.4 billion Norwegian kroner"), (M{{"NOK", 3.4e9}, {"NOK", 3.4e9}}));
  // Wire copy's English name of the krone, krona and koruna; a crown alone is no money.
  EXPECT_EQ(money("a record 175 billion Norwegian crowns ($15.4 billion)"), (M{{"NOK", 175e9}, {"USD", 15.4e9}}));
  EXPECT_EQ(money("1.2 billion Swedish crowns and 900 million Czech crowns"), (M{{"SEK", 1.2e9}, {"CZK", 900e6}}));
  EXPECT_TRUE(money("the 3 crowns of the kingdom").empty());
  // The dirham sign in a Moroccan release is the Moroccan dirham.
  tw::CodeMention ma{"MA", {{0, 1}, {2, 3}}};
  EXPECT_EQ(money("trade of DH 3.1 billion", {ma}), (M{{"MAD", 3.1e9}}));
}

// "N" before the digits is the naira only in a release about Nigeria: elsewhere "N95" is a mask.
TEST(Money, NairaSignOnlyInNigerianReleases) {
  tw::CodeMention ng{"NG", {{0, 1}, {2, 3}}};
  EXPECT_EQ(money("non-oil exports rose to N4.8 trillion", {ng}), (M{{"NGN", 4.8e12}}));
  EXPECT_EQ(money("and \u20a61.2 billion"), (M{{"NGN", 1.2e9}}));
  EXPECT_TRUE(money("exports of N95 masks and 300 rials").empty());
  tw::CodeMention us{"US", {{0, 1}, {2, 3}}};
  EXPECT_TRUE(money("shipments of N95 respirators", {us}).empty());
}

// A country-only sign where the leading country has no such unit: the one named country whose
// unit it is ("Nigeria and Ghana …, worth about N500 billion", Ghana named more often), and none
// when two named countries call it theirs (the peso of the Philippines and of Chile).
TEST(Money, CountryOnlySignOfTheOneNamedCountryWithThatUnit) {
  tw::CodeMention ng{"NG", {{0, 1}, {2, 3}}};
  tw::CodeMention gh{"GH", {{4, 5}, {6, 7}, {8, 9}}};
  EXPECT_EQ(money("trade is worth about N500 billion a year", {gh, ng}), (M{{"NGN", 500e9}}));
  tw::CodeMention jp{"JP", {{0, 1}, {2, 3}, {4, 5}}};
  tw::CodeMention ph{"PH", {{6, 7}}};
  EXPECT_EQ(money("investments reached P180 billion last year", {jp, ph}), (M{{"PHP", 180e9}}));
  tw::CodeMention cl{"CL", {{8, 9}}};
  EXPECT_TRUE(money("investments reached P180 billion last year", {jp, ph, cl}).empty());
  EXPECT_TRUE(money("shipments of N95 respirators", {jp}).empty());
}

// The rand's sign is one letter: a sign only against the digits.
TEST(Money, RandSignWrittenAgainstTheDigits) {
  EXPECT_EQ(money("a deficit of R13.3 billion and exports of R133.8bn"), (M{{"ZAR", 13.3e9}, {"ZAR", 133.8e9}}));
  EXPECT_TRUE(money("grade R 5 pupils and R&D of 4 percent").empty());
  EXPECT_TRUE(money("r13 billion").empty());
}
}  // namespace

// "Rs" and "rupees" are the rupee of the country the release is about (Pakistan, Nepal, Sri
// Lanka), "pesos" its peso; with no such country, or one without its own, they keep their usual
// code. A rupee named with its country is never overridden, nor is a dollar made a rupee.
TEST(Money, SharedUnitFollowsTheReleaseCountry) {
  tw::CodeMention np{"NP", {{0, 5}, {40, 45}}}, in{"IN", {{60, 65}}};
  EXPECT_EQ(money("a trade deficit of Rs 1,314 billion", {np, in}), (M{{"NPR", 1314e9}}));
  tw::CodeMention pk{"PK", {{0, 8}, {30, 38}}};
  EXPECT_EQ(money("duties worth Rs40 billion and 5 billion rupees", {pk}), (M{{"PKR", 40e9}, {"PKR", 5e9}}));
  EXPECT_EQ(money("7 billion Indian rupees", {pk}), (M{{"INR", 7e9}}));
  EXPECT_EQ(money("exports of $2 billion", {pk}), (M{{"USD", 2e9}}));
  EXPECT_EQ(money("300 billion Sri Lankan rupees"), (M{{"LKR", 300e9}}));
  tw::CodeMention ar{"AR", {{0, 9}, {20, 29}}};
  EXPECT_EQ(money("a fund of 900 million pesos", {ar}), (M{{"ARS", 900e6}}));
  EXPECT_EQ(money("a fund of 900 million pesos"), (M{{"MXN", 900e6}}));
  EXPECT_EQ(money("a deficit of Rs 5 billion", {in}), (M{{"INR", 5e9}}));
  tw::CodeMention jp{"JP", {{0, 5}, {9, 12}}};
  EXPECT_EQ(money("a deficit of Rs 5 billion", {jp}), (M{{"INR", 5e9}}));
}

namespace {

// Taiwan writes its own dollar "NT$": a bare "$" in figures about Taiwan is the US dollar, while
// Hong Kong's bare "$" stays its own.
TEST(Money, BareDollarAboutTaiwanIsTheUsDollar) {
  tw::CodeMention tw_{"TW", {{0, 6}}};
  EXPECT_EQ(money("Taiwan's exports jumped 56% to a record $64.05 billion.", {tw_}, "TW"), (M{{"USD", 64.05e9}}));
  EXPECT_EQ(money("Taiwan's budget is NT$3 trillion.", {tw_}, "TW"), (M{{"TWD", 3e12}}));
  tw::CodeMention hk{"HK", {{0, 9}}};
  EXPECT_EQ(money("Hong Kong's total exports fell 4.8% to $368.5 billion.", {hk}, "HK"), (M{{"HKD", 368.5e9}}));
}

}  // namespace

namespace {

// "9.25 trln yen", "1.2 tril won": the wire's short trillion, as "bln" and "mln" are its billion
// and million.
TEST(Money, WireShortTrillion) {
  EXPECT_EQ(money("exports rose to 9.25 trln yen, and the deficit was 231.8 bln yen"),
            (M{{"JPY", 9.25e12}, {"JPY", 231.8e9}}));
  EXPECT_EQ(money("a budget of 1.2 tril won"), (M{{"KRW", 1.2e12}}));
}

// Turkish copy writes the lira "TL", before or after the amount, and "lira(s)" alone: the bare
// word is the lira only in a release about Türkiye (Lebanon and Syria call theirs alike).
TEST(Money, TurkishLiraForms) {
  EXPECT_EQ(money("imports reached 35 billion TL last month and TL 1.2 trillion in all"),
            (M{{"TRY", 35e9}, {"TRY", 1.2e12}}));
  tw::CodeMention tr{"TR", {{0, 7}, {20, 27}}};
  EXPECT_EQ(money("a fund of 120 billion liras", {tr}), (M{{"TRY", 120e9}}));
  EXPECT_TRUE(money("a fund of 120 billion liras").empty());
  EXPECT_EQ(money("exports worth 40 billion shekels"), (M{{"ILS", 40e9}}));
  EXPECT_TRUE(money("the TL team and 35 titles").empty());
}

// The Philippine peso written "P": money only in a release about a country that calls its unit
// the peso, and only before more than a number of one or two digits ("the P5 members").
TEST(Money, PesoSignP) {
  tw::CodeMention ph{"PH", {{0, 11}, {20, 31}}};
  EXPECT_EQ(money("imports reached P654.3 billion, or P200 per kilo", {ph}), (M{{"PHP", 654.3e9}, {"PHP", 200}}));
  EXPECT_TRUE(money("imports reached P654.3 billion").empty());
  EXPECT_TRUE(money("the P5 members and N95 masks", {ph}).empty());
}

}  // namespace

namespace {

// "surpluses, in billions of dollars, with the Netherlands ($5.2)": a scale the sentence states
// once holds for its bare amounts; an amount with its own scale, or one in a sentence that states
// none, stays as written.
TEST(Money, ScaleStatedOnceForBareAmounts) {
  EXPECT_EQ(money("The figures show surpluses, in billions of dollars, with the Netherlands ($5.2) and Hong Kong ($2.6)."),
            (M{{"USD", 5.2e9}, {"USD", 2.6e9}}));
  EXPECT_EQ(money("Deficits, in millions of dollars, were $340 and $1.2 billion."), (M{{"USD", 340e6}, {"USD", 1.2e9}}));
  EXPECT_EQ(money("In billions of dollars. The ticket costs $5.20."), (M{{"USD", 5.2}}));
}

// "The figures below are in billions of dollars. The deficit with the European Union was $18.2":
// the sentence before, stating the scale of the figures, holds for the next one's bare amounts;
// one stating it for nothing in particular, or two sentences back, does not.
TEST(Money, ScaleTheSentenceBeforeStatesForTheFigures) {
  EXPECT_EQ(money("The figures below are in billions of dollars. The deficit with the European Union was $18.2 and "
                  "with Mexico $17.5, while the surplus with the Netherlands was $5.2 billion."),
            (M{{"USD", 18.2e9}, {"USD", 17.5e9}, {"USD", 5.2e9}}));
  EXPECT_EQ(money("The fund invested in billions of dollars of bonds. Exporters earned $5 on each unit."), (M{{"USD", 5}}));
  EXPECT_EQ(money("The figures below are in billions of dollars. Trade grew. Exporters earned $5 on each unit."),
            (M{{"USD", 5}}));
}

}  // namespace

namespace {

// Units and signs of South Asian, African, Central Asian and Middle Eastern copy: "Tk 4.5 lakh
// crore", "TSh 45 trillion", "NIS 200 billion", "12 billion birr", "12 trillion soums". "Dinars"
// and "CFA francs" name the unit of the country the release is about, and are no money elsewhere.
TEST(Money, MoreUnitsOfWireCopy) {
  EXPECT_EQ(money("exports of Tk 4.5 lakh crore and TSh 45 trillion and NIS 200 billion"),
            (M{{"BDT", 4.5e12}, {"TZS", 45e12}, {"ILS", 200e9}}));
  EXPECT_EQ(money("earned 12 billion birr and 12 trillion soums"), (M{{"ETB", 12e9}, {"UZS", 12e12}}));
  tw::CodeMention iq{"IQ", {{0, 4}, {10, 14}}}, sn{"SN", {{0, 7}, {10, 17}}};
  EXPECT_EQ(money("imports of 5 trillion dinars", {iq}), (M{{"IQD", 5e12}}));
  EXPECT_EQ(money("exports of 2,500 billion CFA francs", {sn}), (M{{"XOF", 2.5e12}}));
  EXPECT_TRUE(money("imports of 5 trillion dinars").empty());
}

// Pacific and Brunei dollars, the pa'anga and the Jordanian dinar by their signs; shillings are
// the release country's own, and no money where the release names no country that uses them.
TEST(Money, PacificDollarsAndShillings) {
  EXPECT_EQ(money("valued at FJ$185 million and F$40 million, T$450 million and 12 million pa'anga"),
            (M{{"FJD", 185e6}, {"FJD", 40e6}, {"TOP", 450e6}, {"TOP", 12e6}}));
  EXPECT_EQ(money("exports of B$15.2 billion and JD 500 million"), (M{{"BND", 15.2e9}, {"JOD", 500e6}}));
  tw::CodeMention ke{"KE", {{0, 5}, {10, 15}}}, ug{"UG", {{0, 6}, {10, 16}}};
  EXPECT_EQ(money("exports of 150 billion shillings", {ke}), (M{{"KES", 150e9}}));
  EXPECT_EQ(money("exports of 150 billion shillings", {ug}), (M{{"UGX", 150e9}}));
  EXPECT_TRUE(money("exports of 150 billion shillings").empty());
  EXPECT_EQ(money("exports of $185 million"), (M{{"USD", 185e6}}));
}

// "$1.2-B", "P500-M": the scale's capital letter after a hyphen, as Philippine copy writes it;
// "Rs 450 cr": the crore abbreviated. A lower-case letter after a hyphen is no scale.
TEST(Money, ScaleLetterAfterAHyphenAndCrAbbreviated) {
  tw::CodeMention ph{"PH", {{0, 5}, {10, 15}}};
  EXPECT_EQ(money("exports of $1.2-B and P500-M", {ph}), (M{{"USD", 1.2e9}, {"PHP", 500e6}}));
  EXPECT_EQ(money("exports of Rs 450 cr rose"), (M{{"INR", 4.5e9}}));
  EXPECT_EQ(money("a $5-b plan"), (M{{"USD", 5}}));
}

// "Sh 47.2 billion", "Shs 3.2 trillion", "Kshs 3 billion": the shilling's short signs of East
// African releases, the release country's own; "Sh" is no money where none uses the shilling.
TEST(Money, ShillingSignsBeforeTheAmount) {
  tw::CodeMention ke{"KE", {{0, 5}, {10, 15}}}, ug{"UG", {{0, 6}, {10, 16}}};
  EXPECT_EQ(money("exports rose to Sh 47.2 billion and Kshs 3 billion", {ke}), (M{{"KES", 47.2e9}, {"KES", 3e9}}));
  EXPECT_EQ(money("coffee earned Shs 3.2 trillion", {ug}), (M{{"UGX", 3.2e12}}));
  tw::CodeMention jp{"JP", {{0, 5}, {10, 15}}};
  EXPECT_TRUE(money("a Sh 5 billion plan", {jp}).empty());
}

// The CFA franc written before the amount ("CFA 500 billion", "FCFA 100 billion") or as "FCFA"
// after it is the release country's (XOF in Senegal, XAF in Cameroon); no money elsewhere.
TEST(Money, CfaFrancBeforeTheAmount) {
  tw::CodeMention sn{"SN", {{0, 7}, {10, 17}}}, cm{"CM", {{0, 8}, {10, 18}}};
  EXPECT_EQ(money("exports of CFA 500 billion and 50 billion FCFA", {sn}), (M{{"XOF", 500e9}, {"XOF", 50e9}}));
  EXPECT_EQ(money("exports of FCFA 100 billion", {cm}), (M{{"XAF", 100e9}}));
  EXPECT_TRUE(money("exports of CFA 500 billion").empty());
}

// "Php 3 billion": the peso's code written a capital then small letters, as Philippine copy does.
TEST(Money, PesoCodeInMixedCase) {
  EXPECT_EQ(money("investment pledges of Php 3 billion and Php500 million"), (M{{"PHP", 3e9}, {"PHP", 500e6}}));
}

}  // namespace

// Scale words of Indonesian and Portuguese copy, and the quadrillion of dong figures, multiply
// the amount; a word that only looks like one ("Rp 45 Jutaan Road") does not.
TEST(Money, ScaleWordsOfOtherLanguages) {
  EXPECT_EQ(money("exports of Rp 45.3 triliun this year"), (M{{"IDR", 45.3e12}}));
  EXPECT_EQ(money("sales of US$ 1,2 bilhão in January"), (M{{"USD", 1.2e9}}));
  // The abbreviations of Brazilian copy.
  EXPECT_EQ(money("a surplus of US$ 98.8 bi in 2024"), (M{{"USD", 98.8e9}}));
  EXPECT_EQ(money("R$ 1,2 tri in credit"), (M{{"BRL", 1.2e12}}));
  EXPECT_EQ(money("turnover of 1.2 quadrillion dong so far"), (M{{"VND", 1.2e15}}));
  EXPECT_EQ(money("a grant of Rp 500 jutaan was paid"), (M{{"IDR", 500}}));
}

// An amount with its currency hyphenated before the noun it modifies: "a 20 trillion-won
// project", "a 5 billion-euro fund"; a bare number so hyphenated is none ("a 2-yen coin").
TEST(Money, CurrencyHyphenatedToAScaledAmount) {
  EXPECT_EQ(money("its 20 trillion-won submarine project and a 5 billion-euro fund"),
            (M{{"KRW", 20e12}, {"EUR", 5e9}}));
  EXPECT_EQ(money("the 2-yen coin"), M{});
}

// A dollar's code written with the sign, as "USD$" is: "HKD$5 billion", "CAD$4.4 billion".
TEST(Money, DollarCodeWithTheSign) {
  EXPECT_EQ(money("worth HKD$5 billion and CAD$4.4 billion"), (M{{"HKD", 5e9}, {"CAD", 4.4e9}}));
}

// South Asian scales above the crore, in small letters only: "Rs 50 arab" (10^9), "Rs 2 kharab"
// (10^11); "$5 Arab League projects" is five dollars of no scale.
TEST(Money, ArabAndKharabInSmallLettersOnly) {
  EXPECT_EQ(money("allocated Rs 50 arab for refinance and Rs 2 kharab for development"),
            (M{{"INR", 50e9}, {"INR", 2e11}}));
  EXPECT_EQ(money("spent $5 Arab League funds"), (M{{"USD", 5}}));
}

// Agency copy that names no country at all ("ISLAMABAD, June 10 (APP): The federal government has
// allocated Rs 50 crore") writes the rupee of the government its dateline gives; one that names a
// country writes the leading country's, or the form's usual code.
TEST(Money, AgencyCopyNamingNoCountryWritesItsDatelinesUnit) {
  EXPECT_EQ(money("ISLAMABAD, June 10 (APP): The federal government has allocated Rs 50 crore for exporters.", {},
                  "PK"),
            (M{{"PKR", 5e8}}));
  EXPECT_EQ(money("ISLAMABAD, June 10 (APP): India's exporters won Rs 50 crore in orders.",
                  {{"IN", {tw::Span{26, 31, false}}}}, "PK"),
            (M{{"INR", 5e8}}));
}

// "MANILA - The Board of Investments approved projects worth P3.2 billion": a unit only one
// country writes so ("P", the peso) is that country's in a text that names no country but is
// datelined in one of its cities; datelined elsewhere, it is no money.
TEST(Money, CountrysOwnUnitUnderItsDateline) {
  EXPECT_EQ(money("MANILA - The Board of Investments approved projects worth P3.2 billion in April."),
            (M{{"PHP", 3.2e9}}));
  EXPECT_TRUE(money("GENEVA - Delegates approved projects worth P3.2 billion in April.").empty());
}

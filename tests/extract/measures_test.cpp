#include <gtest/gtest.h>

#include <algorithm>

#include "extract/facts_fixture.h"
#include "extract/wire_fixture.h"

namespace tw {
namespace {

using testing::FactDoc;

// Runs the measures stage on d: "jurisdiction:kind" of each measure found, in order.
std::vector<std::string> owners_and_kinds(FactDoc& d) {
  d.run(extract::make_measures_stage);
  std::vector<std::string> out;
  for (const auto& m : d.x.measures) out.push_back(m.jurisdiction + ":" + m.kind);
  return out;
}

TEST(Measures, CanadaSteelTrqAndTariffOpposed) {
  FactDoc d("Korea and Canada Discuss Economic and Trade Issues",
            "Park Jung-sung of the Ministry of Trade, Industry and Resources (MOTIR) met with Alexandra Dostal. Deputy "
            "Minister Park expressed strong regret over Canada’s announcement on Wednesday, November 26, to tighten "
            "its steel tariff rate quota (TRQ) regime. Under this measure, Canada will reduce the steel import quota "
            "from 100 percent to 75 percent and impose a 25 percent tariff on steel derivative products. He urged "
            "Canada to withdraw the measures swiftly.",
            {2025, 12, 1});
  d.country("CA", "Canada").country("CA", "Canada", 1).country("CA", "Canada", 2);
  d.date("Wednesday, November 26", "2025-11-26");
  d.percent("100 percent", 100).percent("75 percent", 75).percent("25 percent", 25);
  d.run(extract::make_measures_stage);
  ASSERT_EQ(d.x.measures.size(), 2u);
  const Measure& trq = d.x.measures[0];
  EXPECT_EQ(trq.jurisdiction, "CA");
  EXPECT_EQ(trq.kind, "tariff_rate_quota");
  EXPECT_EQ(trq.sector, "steel");
  EXPECT_EQ(trq.stance, "oppose");
  EXPECT_EQ(trq.announced, "2025-11-26");
  const Measure& tariff = d.x.measures[1];
  EXPECT_EQ(tariff.kind, "tariff");
  EXPECT_EQ(tariff.stance, "oppose");  // the stance sits in the next sentence
  EXPECT_EQ(tariff.parameters.size(), 3u);
}

// An interview's question names the measure and its answer gives the stance ("Q: … initiated an
// anti-subsidy investigation … A: … China firmly opposes the investigation"); an answer with no
// stance leaves it neutral.
// A neighbour lends its stance only when it points back at the measure ("the measures", "such
// measures", "them") or speaks of measures beside one of the same kind; "new measures to support
// exporters" is a plan of its own, and a stance on it is none on the tariff next to it.
// "Section 232 tariffs": the generic noun right after a named instrument of its kind is the
// instrument's own word, one measure of the instrument's government; the noun apart from it is a
// measure of its own.
TEST(Measures, GenericNounRightAfterANamedInstrumentIsTheSameMeasure) {
  FactDoc d("Korea welcomes decision",
            "The ministry welcomed Washington's decision to grant Korean steel an exemption from Section 232 "
            "tariffs.",
            {2018, 3, 26});
  d.country("KR", "Korean");
  d.run(extract::make_measures_stage);
  ASSERT_EQ(d.x.measures.size(), 1u);
  EXPECT_EQ(d.x.measures[0].jurisdiction, "US");
  EXPECT_EQ(d.x.measures[0].kind, "tariff");

  FactDoc e("Tariffs",
            "The United States imposed Section 232 tariffs on steel. Canada imposed tariffs on U.S. steel in "
            "response.",
            {2018, 6, 1});
  e.country("US", "United States").country("CA", "Canada").country("US", "U.S.");
  e.run(extract::make_measures_stage);
  ASSERT_EQ(e.x.measures.size(), 2u);
  EXPECT_EQ(e.x.measures[0].jurisdiction, "US");
  EXPECT_EQ(e.x.measures[1].jurisdiction, "CA");
}

// A capital's possessive before the noun names its government as the owner ("retaliation for
// Ottawa's tariffs on Chinese electric vehicles"), as a capital imposing it does.
TEST(Measures, CapitalsPossessiveOwnsTheMeasure) {
  FactDoc d("China launches anti-dumping probe into Canadian canola",
            "China's commerce ministry said on Tuesday it had launched an anti-dumping investigation into canola "
            "imports from Canada, a move seen as retaliation for Ottawa's tariffs on Chinese electric vehicles.",
            {2024, 9, 3});
  d.country("CN", "China").country("CA", "Canada").country("CN", "Chinese");
  d.run(extract::make_measures_stage);
  ASSERT_EQ(d.x.measures.size(), 2u);
  EXPECT_EQ(d.x.measures[0].jurisdiction, "CN");
  EXPECT_EQ(d.x.measures[0].kind, "anti_dumping");
  EXPECT_EQ(d.x.measures[1].jurisdiction, "CA");
  EXPECT_EQ(d.x.measures[1].kind, "tariff");
}

// A second measure in the clause set against the first, owned by a capital that is the subject of
// its own verb of imposing, an auxiliary between ("…, while Beijing has imposed levies of up to 39%
// on brandy"): a measure of its own, described from the capital as one a country's name owns is
// from the name, with its own figure.
TEST(Measures, CapitalImposingBareLeviesIsASecondMeasure) {
  FactDoc d("EU to impose tariffs",
            "The European Union will impose duties of up to 35.3% on electric vehicles made in China, while Beijing "
            "has imposed levies of up to 39% on brandy from the EU.",
            {2024, 10, 30});
  d.bloc("EU", "European Union").country("CN", "China").bloc("EU", "EU");
  d.percent("35.3%", 35.3).percent("39%", 39);
  d.run(extract::make_measures_stage);
  ASSERT_EQ(d.x.measures.size(), 2u);
  EXPECT_EQ(d.x.measures[0].jurisdiction, "EU");
  EXPECT_EQ(d.x.measures[1].jurisdiction, "CN");
  EXPECT_EQ(d.x.measures[1].kind, "tariff");
  EXPECT_EQ(d.x.measures[1].description, "Beijing has imposed levies");
  EXPECT_EQ(d.x.measures[1].parameters, (std::vector<std::string>{"39%"}));
  // The capital right before the verb, no auxiliary, and its possessive, straight or curly.
  FactDoc e("Tariffs", "Ottawa imposed duties on Chinese steel in October.", {2024, 10, 30});
  e.country("CN", "Chinese");
  e.run(extract::make_measures_stage);
  ASSERT_EQ(e.x.measures.size(), 1u);
  EXPECT_EQ(e.x.measures[0].jurisdiction, "CA");
  EXPECT_EQ(e.x.measures[0].description, "Ottawa imposed duties");
  FactDoc f("Tariffs", "China said it would respond to Washington\u2019s tariffs on its steel.", {2024, 10, 30});
  f.country("CN", "China");
  f.run(extract::make_measures_stage);
  ASSERT_EQ(f.x.measures.size(), 1u);
  EXPECT_EQ(f.x.measures[0].jurisdiction, "US");
  EXPECT_EQ(f.x.measures[0].description, "Washington\u2019s tariffs");
}

// "Outbound shipments reached 40.1 billion U.S. dollars, but average daily exports dropped 10.6
// percent, largely due to U.S. tariffs": a clause opened by ", but" is set against the one before,
// as one opened by ", while" is; the figure of that clause is no parameter of the measure.
TEST(Measures, FigureBeforeAButClauseIsNotTheMeasures) {
  FactDoc d("Exports up",
            "Outbound shipments reached 40.1 billion U.S. dollars, but average daily exports dropped 10.6 percent, "
            "largely due to U.S. tariffs.",
            {2025, 9, 22});
  d.country("US", "U.S.").country("US", "U.S.", 1);
  d.money("40.1 billion U.S. dollars", 40.1e9, "USD").percent("10.6 percent", 10.6);
  d.run(extract::make_measures_stage);
  ASSERT_EQ(d.x.measures.size(), 1u);
  EXPECT_EQ(d.x.measures[0].parameters, (std::vector<std::string>{"10.6 percent"}));
}

// A capital raising a measure owns it as one imposing it does ("after Washington tripled tariffs on
// Chinese semiconductors last year").
TEST(Measures, CapitalRaisingAMeasureOwnsIt) {
  FactDoc d("EU doubles steel tariffs",
            "The European Union doubled duties on steel imports above quota to 50% on Tuesday, after Washington "
            "tripled tariffs on Chinese semiconductors last year.",
            {2025, 10, 7});
  d.bloc("EU", "European Union").country("CN", "Chinese");
  d.percent("50%", 50);
  ASSERT_EQ(owners_and_kinds(d), (std::vector<std::string>{"EU:tariff", "US:tariff"}));
  EXPECT_EQ(d.x.measures[1].description, "Washington tripled tariffs");
}

// "after the Biden administration's decision to double duties on Chinese semiconductors to 50%":
// doubling duties takes a measure; the administration's possessive, straight or curly, begins its
// description whether or not a country is named before it.
TEST(Measures, HeadPossessiveBeginsTheDescriptionStraightOrCurly) {
  for (std::string_view mark : {"'", "\u2019"}) {
    const std::string body = "Beijing criticized the Biden administration" + std::string(mark) +
                             "s decision to double duties on Chinese semiconductors to 50%, a move the United States "
                             "says protects its industry.";
    FactDoc d("China responds", body, {2024, 12, 27});
    d.country("CN", "Chinese").country("US", "United States");
    d.percent("50%", 50);
    d.run(extract::make_measures_stage);
    ASSERT_EQ(d.x.measures.size(), 1u) << mark;
    EXPECT_EQ(d.x.measures[0].kind, "tariff") << mark;
    EXPECT_EQ(d.x.measures[0].description, "Biden administration" + std::string(mark) + "s decision to double duties") << mark;
  }
  FactDoc e("Canada responds to U.S. tariffs",
            "Canada said on Tuesday it will respond to the Trump administration\u2019s tariffs on steel with "
            "countermeasures.",
            {2025, 3, 11});
  e.country("CA", "Canada").country("US", "U.S.", 0, true);
  e.run(extract::make_measures_stage);
  ASSERT_FALSE(e.x.measures.empty());
  EXPECT_EQ(e.x.measures[0].jurisdiction, "US");
  EXPECT_EQ(e.x.measures[0].description, "Trump administration\u2019s tariffs");
  // The head's own country begins it only right before the name, not a clause before it.
  FactDoc f("China responds",
            "Beijing opposes the U.S. decision, which came after President Joe Biden's decision to double duties "
            "on Chinese semiconductors to 50%.",
            {2024, 12, 27});
  f.country("US", "U.S.").country("CN", "Chinese");
  f.person("Joe Biden");
  f.x.people.back().title = "President";
  f.x.people.back().country = "US";
  f.run(extract::make_measures_stage);
  ASSERT_EQ(f.x.measures.size(), 1u);
  EXPECT_EQ(f.x.measures[0].jurisdiction, "US");
  EXPECT_EQ(f.x.measures[0].description, "Biden's decision to double duties");
  FactDoc g("Tariffs", "Canada will respond to U.S. President Trump's tariffs on steel.", {2025, 3, 11});
  g.country("CA", "Canada").country("US", "U.S.");
  g.person("Trump");
  g.x.people.back().title = "President";
  g.x.people.back().country = "US";
  g.run(extract::make_measures_stage);
  ASSERT_EQ(g.x.measures.size(), 1u);
  EXPECT_EQ(g.x.measures[0].jurisdiction, "US");
  EXPECT_EQ(g.x.measures[0].description, "U.S. President Trump's tariffs");
}

// Criticism of another government's measure is a stance on it (data/stance_cues.tsv), so the
// measure is no background: "The ministry criticized the US tariffs on Japanese cars."
TEST(Measures, CriticismOpposesTheMeasure) {
  FactDoc d("Japan reacts", "The ministry criticized the US tariffs on Japanese cars.", {2024, 9, 3});
  d.country("US", "US").country("JP", "Japanese");
  d.run(extract::make_measures_stage);
  ASSERT_EQ(d.x.measures.size(), 1u);
  EXPECT_EQ(d.x.measures[0].jurisdiction, "US");
  EXPECT_EQ(d.x.measures[0].stance, "oppose");
  FactDoc e("Japan reacts", "The ministry discussed the US tariffs on Japanese cars.", {2024, 9, 3});
  e.country("US", "US").country("JP", "Japanese");
  e.run(extract::make_measures_stage);
  // Spoken of without a stance, a measure named with its government is still a measure the
  // release names (GUIDELINES: "measures of any jurisdiction the release names"), neutral.
  ASSERT_EQ(e.x.measures.size(), 1u);
  EXPECT_EQ(e.x.measures[0].jurisdiction, "US");
  EXPECT_EQ(e.x.measures[0].stance, "neutral");
}

// The reporter's own body, subject of the sentence, owns the measure it adds to "its" list, also
// when its mention nearest the noun is its acronym in parentheses.
TEST(Measures, ReportersBodyNamedWithItsAcronymOwnsItsMeasure) {
  FactDoc d("METI tightens export controls",
            "TOKYO - The Ministry of Economy, Trade and Industry (METI) announced on Friday that it will add 23 "
            "items to its export control list.",
            {2023, 5, 23});
  d.x.organizations.push_back({"Ministry of Economy, Trade and Industry", "METI", "JP",
                               {d.at("Ministry of Economy, Trade and Industry"), d.at("METI")}});
  d.date("Friday", "2023-05-19");
  d.run(extract::make_measures_stage);
  ASSERT_EQ(d.reporter(), "JP");
  ASSERT_EQ(d.x.measures.size(), 1u);
  EXPECT_EQ(d.x.measures[0].jurisdiction, "JP");
  EXPECT_EQ(d.x.measures[0].kind, "export_control");
}

TEST(Measures, NeighbourLendsAStanceOnlyWhenItPointsBack) {
  auto stance_with = [](std::string_view next) {
    FactDoc d("Korea and Canada discuss trade",
              "Park Jung-sung of the Ministry of Trade, Industry and Resources (MOTIR) met with Alexandra Dostal. "
              "Under Canada's new regime, a 25 percent tariff applies to steel derivative products from Wednesday. " +
                  std::string(next),
              {2025, 12, 1});
    d.country("CA", "Canada");
    d.percent("25 percent", 25);
    d.run(extract::make_measures_stage);
    return d.x.measures.empty() ? std::string("none") : d.x.measures[0].stance;
  };
  EXPECT_EQ(stance_with("The minister expressed deep concern over the measures."), "concern");
  EXPECT_EQ(stance_with("The minister expressed deep concern over such measures."), "concern");
  EXPECT_EQ(stance_with("The minister expressed deep concern over tariffs and other measures."), "concern");
  EXPECT_EQ(stance_with("He urged Canada to withdraw them swiftly."), "oppose");
  EXPECT_NE(stance_with("The minister welcomed new measures to support small exporters."), "welcome");
}

TEST(Measures, InterviewAnswerGivesTheStance) {
  auto make = [](std::string_view answer) {
    FactDoc d("MOFCOM spokesperson answers questions on EU probe",
              "Q: The European Commission announced on October 4 that it had initiated an anti-subsidy "
              "investigation into electric vehicles imported from China. What is China's comment? A: MOFCOM "
              "spokesperson Shu Jueting said " + std::string(answer),
              {2024, 1, 25});
    d.bloc("EU", "EU", 0, true).bloc("EU", "European Commission");
    d.country("CN", "China").country("CN", "China", 1).country("CN", "China", 2);
    d.date("October 4", "2023-10-04");
    d.run(extract::make_measures_stage);
    return d;
  };
  FactDoc opposed = make("China firmly opposes the investigation.");
  ASSERT_EQ(opposed.x.measures.size(), 1u);
  EXPECT_EQ(opposed.x.measures[0].jurisdiction, "EU");
  EXPECT_EQ(opposed.x.measures[0].stance, "oppose");
  FactDoc studied = make("China is studying the investigation.");
  for (const auto& m : studied.x.measures) EXPECT_EQ(m.stance, "neutral");
}

// News phrasing: the reporter as subject launching a probe, "export curbs", and "safeguard" the verb.
// A surtax is a tariff by another name ("a 100% surtax on Chinese-made electric vehicles"); a tax
// on income is no trade measure.
TEST(Measures, SurtaxIsATariff) {
  FactDoc d("Canada imposes surtax",
            "OTTAWA - Canada imposed a 100% surtax on electric vehicles from China as of October 1, 2024.",
            {2025, 1, 10});
  d.country("CA", "Canada").country("CN", "China");
  d.date("October 1, 2024", "2024-10-01").percent("100%", 100);
  d.run(extract::make_measures_stage);
  ASSERT_EQ(d.x.measures.size(), 1u);
  EXPECT_EQ(d.x.measures[0].kind, "tariff");
  EXPECT_EQ(d.x.measures[0].jurisdiction, "CA");
  EXPECT_EQ(d.x.measures[0].sector, "electric_vehicles");
  FactDoc bev("EU duties", "BRUSSELS - The Commission imposed provisional duties on imports of battery electric "
                           "vehicles from China.", {2024, 6, 12});
  bev.bloc("EU", "EU", 0, true).country("CN", "China");
  bev.run(extract::make_measures_stage);
  ASSERT_EQ(bev.x.measures.size(), 1u);
  EXPECT_EQ(bev.x.measures[0].sector, "electric_vehicles");
  FactDoc tax("Canada tax rates", "OTTAWA - Canada raised the income tax rate for high earners.", {2025, 1, 10});
  tax.country("CA", "Canada");
  tax.run(extract::make_measures_stage);
  EXPECT_TRUE(tax.x.measures.empty());
}

// Raising a tariff is imposing it: "U.S. President Joe Biden on Tuesday quadrupled tariffs …" reports
// the reporter's own measure being taken, dated by the sentence. A person of no known government
// raising them names no owner.
TEST(Measures, RaisingTariffsIsTakingAMeasure) {
  FactDoc d("US raises tariffs",
            "WASHINGTON - U.S. President Joe Biden on Tuesday quadrupled tariffs on Chinese electric vehicles to "
            "100%. China's Commerce Ministry said it resolutely opposes the move.",
            {2024, 5, 14});
  d.country("US", "US", 0, true).country("US", "U.S.").country("CN", "Chinese").country("CN", "China");
  d.date("Tuesday", "2024-05-14").percent("100%", 100);
  d.person("Joe Biden");
  d.run(extract::make_measures_stage);
  ASSERT_EQ(d.x.measures.size(), 1u);
  EXPECT_EQ(d.x.measures[0].jurisdiction, "US");
  EXPECT_EQ(d.x.measures[0].kind, "tariff");
  EXPECT_EQ(d.x.measures[0].announced, "2024-05-14");
  FactDoc n("Tariffs raised", "President Joe Biden on Tuesday quadrupled tariffs on electric vehicles.",
            {2024, 5, 14});
  n.date("Tuesday", "2024-05-14");
  n.person("Joe Biden");
  n.run(extract::make_measures_stage);
  EXPECT_TRUE(n.x.measures.empty());
}

TEST(Measures, WireStyleActionsAndVerbHomographs) {
  FactDoc d("China responds to EU duties",
            "China's Ministry of Commerce said it opposed the decision and launched an anti-dumping probe into pork "
            "imported from the European Union. China will take necessary measures to safeguard the legitimate rights "
            "of its companies. China's Ministry of Commerce also said it would impose export curbs on gallium.",
            {2024, 7, 4});
  d.country("CN", "China").country("CN", "China", 1).country("CN", "China", 2).bloc("EU", "European Union");
  d.run(extract::make_measures_stage);
  ASSERT_EQ(d.x.measures.size(), 2u);
  EXPECT_EQ(d.x.measures[0].jurisdiction, "CN");
  EXPECT_EQ(d.x.measures[0].kind, "anti_dumping");
  EXPECT_EQ(d.x.measures[1].jurisdiction, "CN");
  EXPECT_EQ(d.x.measures[1].kind, "export_control");
  for (const auto& m : d.x.measures) EXPECT_NE(m.kind, "safeguard");
}

TEST(Measures, ConcernsOverEuAndFrenchMeasures) {
  FactDoc d("Korea and France Discuss Trade Issues",
            "The Ministry of Trade, Industry and Resources said the Korean side also conveyed concerns that the EU Foreign Subsidies Regulation (FSR) and France’s "
            "electric vehicle subsidy scheme may act as trade barriers.",
            {2025, 12, 3});
  d.country("KR", "Korean").bloc("EU", "EU").country("FR", "France");
  d.run(extract::make_measures_stage);
  ASSERT_EQ(d.x.measures.size(), 2u);
  EXPECT_EQ(d.x.measures[0].jurisdiction, "EU");
  EXPECT_EQ(d.x.measures[0].kind, "foreign_subsidy_investigation");
  EXPECT_EQ(d.x.measures[0].stance, "concern");
  EXPECT_EQ(d.x.measures[1].jurisdiction, "FR");
  EXPECT_EQ(d.x.measures[1].kind, "subsidy");
  EXPECT_EQ(d.x.measures[1].sector, "electric_vehicles");
}

TEST(Measures, NegotiatedTariffsAndOwnMeasures) {
  FactDoc d("Korea–Serbia Hold CEPA Negotiations",
            "MOTIR said the two sides will discuss tariff concessions and rules of origin. Korea also conveyed its position on "
            "trade remedy investigations involving Chinese hot-rolled steel products.",
            {2025, 12, 1});
  d.country("KR", "Korea").country("CN", "Chinese");
  d.run(extract::make_measures_stage);
  ASSERT_EQ(d.x.measures.size(), 1u);  // tariff concessions are a negotiating subject
  EXPECT_EQ(d.x.measures[0].jurisdiction, "KR");
  EXPECT_EQ(d.x.measures[0].kind, "trade_remedy");
  EXPECT_EQ(d.x.measures[0].stance, "neutral");  // a government takes no stance on its own measure
}

// "based on the Korea–China export controls dialogue": a measure noun naming a forum's subject is
// no measure, though a government stands right before it; the same noun alone still is one.
TEST(Measures, ForumNamedAfterAMeasureIsNoMeasure) {
  for (const bool forum : {true, false}) {
    FactDoc d("Korea–China ministers meet",
              std::string("They agreed to support stable trade in critical minerals, based on the Korea–China export "
                          "controls") +
                  (forum ? " dialogue." : "."),
              {2025, 12, 1});
    d.country("KR", "Korea").country("CN", "China");
    d.run(extract::make_measures_stage);
    EXPECT_EQ(d.x.measures.size(), forum ? 0u : 1u) << forum;
  }
}

TEST(Measures, ReporterActingInItsOwnVoiceIsTheJurisdiction) {
  FactDoc d("EU acts against dumped kegs from China",
            "Today, the Commission imposed definitive anti-dumping duties on imports of kegs from China.", {2023, 7, 4});
  d.country("CN", "China").country("CN", "China", 0, true);
  d.date("Today", "2023-07-04");
  d.run(extract::make_measures_stage);
  ASSERT_EQ(d.x.measures.size(), 1u);
  EXPECT_EQ(d.x.measures[0].jurisdiction, "EU");
  EXPECT_EQ(d.x.measures[0].stance, "neutral");
  EXPECT_EQ(d.x.measures[0].announced, "2023-07-04");
}

TEST(Measures, WelcomeAndTargetCountryIsNotTheJurisdiction) {
  FactDoc d("EU acts against dumped kegs from China",
            "The Ministry of Trade, Industry and Energy welcomed the simplification of the EU Carbon Border "
            "Adjustment Mechanism (CBAM). The European Commission imposed definitive anti-dumping duties on imports "
            "of kegs from China.",
            {2023, 7, 4});
  d.bloc("EU", "EU").bloc("EU", "European Commission").country("CN", "China");
  d.run(extract::make_measures_stage);
  ASSERT_EQ(d.x.measures.size(), 2u);
  EXPECT_EQ(d.x.measures[0].kind, "carbon_border");
  EXPECT_EQ(d.x.measures[0].stance, "welcome");
  EXPECT_EQ(d.x.measures[1].kind, "anti_dumping");
  EXPECT_EQ(d.x.measures[1].jurisdiction, "EU");  // "from China" names the target
}

// "the importance of" and "full implementation" voice a request about a counterpart's measure; a
// measure noun that is the subject of WTO talks is no counterpart's measure.
TEST(Measures, ImportanceOfIsARequestButWtoTalksSubjectIsNoMeasure) {
  FactDoc d("Readout of the Trade Representative's Meeting with Brazil's Minister",
            "USTR met Brazil's Minister of Trade. She discussed the importance of a "
            "science-based regulatory approval process for agricultural products in Brazil.",
            {2022, 7, 8});
  d.country("BR", "Brazil", 0, true).country("BR", "Brazil").country("BR", "Brazil", 1);
  d.run(extract::make_measures_stage);
  ASSERT_EQ(d.x.measures.size(), 1u);
  EXPECT_EQ(d.x.measures[0].jurisdiction, "BR");
  EXPECT_EQ(d.x.measures[0].kind, "technical_regulation");
  EXPECT_EQ(d.x.measures[0].stance, "request");

  FactDoc wto("Minister speaks with Brazil's Minister",
              "The ministers spoke about trade with Brazil. They discussed the importance of a positive outcome at "
              "the WTO ministerial meeting on the Fisheries Subsidies Negotiations to reduce harmful subsidies.",
              {2021, 7, 14});
  wto.country("BR", "Brazil", 0, true).country("BR", "Brazil");
  wto.run(extract::make_measures_stage);
  EXPECT_TRUE(wto.x.measures.empty());
}

// Two named instruments of one government and kind are two measures; a generic noun for the same
// kind is one of them, not a third.
TEST(Measures, TwoNamedInstrumentsAreTwoMeasures) {
  FactDoc d("Deputy Minister visits Washington",
            "Korea's Deputy Minister met U.S. officials for Korea. He sought flexibility in applying the IRA's sourcing "
            "requirement, additional CHIPS Act subsidies, and visa issues.",
            {2024, 4, 18});
  d.country("KR", "Korea").country("KR", "Korea", 1).country("US", "U.S.");
  d.run(extract::make_measures_stage);
  ASSERT_EQ(d.x.measures.size(), 2u);
  EXPECT_EQ(d.x.measures[0].kind, "subsidy");
  EXPECT_EQ(d.x.measures[1].kind, "subsidy");
  EXPECT_EQ(d.x.measures[0].jurisdiction, "US");
  EXPECT_EQ(d.x.measures[1].jurisdiction, "US");
  EXPECT_EQ(d.x.measures[0].stance, "request");

  FactDoc same("Deputy Minister visits Washington",
               "Korea's Deputy Minister met U.S. officials for Korea. He sought flexibility in the Inflation Reduction Act (IRA) "
               "and its subsidies.",
               {2024, 4, 18});
  same.country("KR", "Korea").country("KR", "Korea", 1).country("US", "U.S.");
  same.run(extract::make_measures_stage);
  EXPECT_EQ(same.x.measures.size(), 1u);
}

// A verb phrase reports a measure without a measure noun ("banned exports of", "imposed duties");
// negated it reports none, and a trade figure with the same words is none.
TEST(Measures, VerbPhraseReportsAMeasureWithoutAMeasureNoun) {
  FactDoc d("China restricts gallium shipments",
            "The Ministry of Commerce of Japan said on Monday that China banned exports of gallium and germanium. "
            "Japan's ministry added that India imposed duties on Japanese steel.",
            {2023, 7, 4});
  d.country("JP", "Japan").country("CN", "China").country("JP", "Japan", 1).country("IN", "India");
  d.country("JP", "Japanese");
  d.run(extract::make_measures_stage);
  ASSERT_EQ(d.x.measures.size(), 2u);
  EXPECT_EQ(d.x.measures[0].jurisdiction, "CN");
  EXPECT_EQ(d.x.measures[0].kind, "export_control");
  EXPECT_EQ(d.x.measures[0].stance, "neutral");
  EXPECT_EQ(d.x.measures[1].jurisdiction, "IN");
  EXPECT_EQ(d.x.measures[1].kind, "tariff");

  FactDoc none("Japan and China hold talks",
               "The Ministry of Commerce of Japan said that China agreed not to restrict exports of gallium. "
               "Japan's exports of steel to China rose by 4 percent.",
               {2023, 7, 4});
  none.country("JP", "Japan").country("CN", "China").country("JP", "Japan", 1).country("CN", "China", 1);
  none.run(extract::make_measures_stage);
  EXPECT_TRUE(none.x.measures.empty());
}

// Measure words in an "including" list after a named instrument are its provisions; a measure
// named after it in another clause is one of its own.
TEST(Measures, ProvisionsListedUnderAnInstrumentAreNotMeasures) {
  FactDoc d("Korea and the EU discuss trade",
            "Korea met EU officials. The Korean side welcomed the efforts to simplify the Carbon Border Adjustment "
            "Mechanism (CBAM), noting recent revisions, including the partial easing of certification requirements.",
            {2025, 12, 18});
  d.country("KR", "Korea").country("KR", "Korean").bloc("EU", "EU");
  d.run(extract::make_measures_stage);
  ASSERT_EQ(d.x.measures.size(), 1u);
  EXPECT_EQ(d.x.measures[0].kind, "carbon_border");
  EXPECT_EQ(d.x.measures[0].stance, "welcome");

  FactDoc two("Korea and the EU discuss trade",
              "Korea met EU officials. The Korean side raised concerns over the Foreign Subsidies Regulation and "
              "the EU's proposed steel import restrictions.",
              {2025, 12, 18});
  two.country("KR", "Korea").country("KR", "Korean").bloc("EU", "EU").bloc("EU", "EU", 1);
  two.run(extract::make_measures_stage);
  ASSERT_EQ(two.x.measures.size(), 2u);
  EXPECT_EQ(two.x.measures[1].kind, "import_restriction");
}

}  // namespace
}  // namespace tw

namespace tw {
namespace {

using testing::FactDoc;

// The government imposing a measure is not the origin of the goods it targets: "originating in
// the European Union" before the duty noun names the target, and the ministry that "decided to
// impose" them is the publisher's own body.
TEST(Measures, OriginOfGoodsIsNotTheImposer) {
  FactDoc d("MOFCOM issues final ruling on anti-subsidy probe",
            "The Ministry of Commerce announced its final ruling on certain dairy products originating in the European "
            "Union, and decided to impose countervailing duties of 8.2% for five years.",
            {2025, 7, 8});
  d.bloc("EU", "European Union");  // the publisher is the title's voice (MOFCOM)
  d.run(extract::make_measures_stage);
  for (const auto& m : d.x.measures) EXPECT_NE(m.jurisdiction, "EU") << m.kind;
}

TEST(Measures, OwnBodyImposesWithoutNamingItsCountry) {
  FactDoc d("MOFCOM issues final ruling",
            "The Ministry of Commerce decided to impose countervailing duties of 8.2% on certain dairy products "
            "originating in the European Union. China firmly opposes unilateralism.",
            {2025, 7, 8});
  d.bloc("EU", "European Union").country("CN", "China");
  d.run(extract::make_measures_stage);
  ASSERT_EQ(d.x.measures.size(), 1u);
  EXPECT_EQ(d.x.measures[0].jurisdiction, "CN");
  EXPECT_EQ(d.x.measures[0].kind, "trade_remedy");
  EXPECT_EQ(d.x.measures[0].stance, "neutral");
}

// Negative: a sentence whose subject is not a government body, with the target after the noun,
// names no imposer; and "from China" before a foreign imposer's noun does not hide that imposer.
TEST(Measures, NoImposerWithoutSubjectOrOwner) {
  FactDoc d("Korea reviews steel trade",
            "Tariffs were imposed on steel from China last year. Steel from China faces anti-dumping duties imposed "
            "by the United States. The Ministry of Trade, Industry and Resources said it would monitor imports.",
            {2025, 7, 8});
  d.country("CN", "China").country("CN", "China", 1).country("US", "United States");
  d.run(extract::make_measures_stage);
  EXPECT_TRUE(std::any_of(d.x.measures.begin(), d.x.measures.end(),
                          [](const Measure& m) { return m.jurisdiction == "US" && m.kind == "anti_dumping"; }));
  for (const auto& m : d.x.measures) {
    EXPECT_NE(m.jurisdiction, "CN") << m.kind;
    EXPECT_NE(m.jurisdiction, "KR") << m.kind;
  }
}

// A wire dateline does not hide that the sentence's subject is the reporter acting.
TEST(Measures, DatelineBeforeTheActingGovernment) {
  FactDoc d("India slaps anti-dumping duties on steel",
            "NEW DELHI, March 12 (Reuters) - India slapped duties on some hot-rolled steel products from China and "
            "Vietnam after finding that dumped imports had hurt domestic mills, with anti-dumping duties of up to 30% "
            "for five years. India's steel output rose last year, and India's mills welcomed it.",
            {2025, 3, 12});
  d.country("IN", "India").country("CN", "China").country("VN", "Vietnam").country("IN", "India", 1)
      .country("IN", "India", 2);
  d.run(extract::make_measures_stage);
  ASSERT_FALSE(d.x.measures.empty());
  EXPECT_EQ(d.x.measures[0].jurisdiction, "IN");
  EXPECT_EQ(d.x.measures[0].kind, "anti_dumping");
  EXPECT_EQ(d.x.measures[0].sector, "steel");
  for (const auto& m : d.x.measures) EXPECT_NE(m.jurisdiction, "CN");
}

}  // namespace
}  // namespace tw

namespace tw {
namespace {

using testing::FactDoc;

// Wire copy: "Washington" names no country, and places listed after a target ("from the
// Netherlands and Canada") are targets too, so the measure has no imposer here. The imposer's
// own words ("China … opposed the decision and launched an anti-dumping probe") are no stance of
// the reporter's on China's probe; the reporter's own words still are.
TEST(Measures, ListedTargetsAndTheImposersOwnWords) {
  FactDoc d("EU imposes duties",
            "BRUSSELS (AP) — The European Union on Tuesday imposed duties on electric vehicles from China. "
            "Washington slapped 25% tariffs on steel imports from the Netherlands and Canada last week. China's "
            "Ministry of Commerce said it firmly opposed the decision and launched an anti-dumping probe into pork "
            "imported from the European Union.",
            {2024, 7, 4});
  d.bloc("EU", "European Union").country("CN", "China").country("NL", "Netherlands").country("CA", "Canada");
  d.country("CN", "China", 1).bloc("EU", "European Union", 1);
  d.run(extract::make_measures_stage);
  for (const auto& m : d.x.measures) EXPECT_NE(m.jurisdiction, "CA") << m.kind;
  const auto probe = std::find_if(d.x.measures.begin(), d.x.measures.end(),
                                  [](const Measure& m) { return m.jurisdiction == "CN" && m.kind == "anti_dumping"; });
  ASSERT_NE(probe, d.x.measures.end());
  EXPECT_EQ(probe->stance, "neutral");

  FactDoc r("Korea responds",
            "China imposed anti-dumping duties on Korean steel, and Korea expressed strong regret.",
            {2024, 7, 4});
  r.country("CN", "China").country("KR", "Korean").country("KR", "Korea ");
  r.run(extract::make_measures_stage);
  ASSERT_EQ(r.x.measures.size(), 1u);
  EXPECT_EQ(r.x.measures[0].stance, "oppose");
}

// A government collecting deposits "as temporary anti-dumping measures" takes a measure; the
// countries the goods are made in, listed with "the", are its targets, and a release naming
// them more often than its own government is still that government's.
TEST(Measures, CollectingDepositsOnGoodsMadeInAListOfCountries) {
  FactDoc d("Deposits on chemical imports",
            "The Ministry of Commerce has started to collect cash deposits on a chemical made in Japan, the United "
            "States, Iran and Mexico as temporary anti-dumping measures, the ministry said. The case targeted "
            "imports from Japan, the United States and Iran. Dumping hurt producers in China.",
            {2004, 3, 26});
  d.country("JP", "Japan").country("US", "United States").country("IR", "Iran").country("MX", "Mexico");
  d.country("JP", "Japan", 1).country("US", "United States", 1).country("IR", "Iran", 1).country("CN", "China");
  d.run(extract::make_measures_stage);
  ASSERT_EQ(d.x.measures.size(), 1u);
  EXPECT_EQ(d.x.measures[0].jurisdiction, "CN");
  EXPECT_EQ(d.x.measures[0].kind, "anti_dumping");
}

// Negative: without a verb of taking it, a foreign measure only mentioned is no measure of record.
TEST(Measures, MeasureOnlyMentionedIsNotTaken) {
  FactDoc d("Chemical trade",
            "Producers in Japan and Mexico studied anti-dumping measures in general. Korea reviewed its trade.",
            {2004, 3, 26});
  d.country("JP", "Japan").country("MX", "Mexico").country("KR", "Korea");
  d.run(extract::make_measures_stage);
  EXPECT_TRUE(d.x.measures.empty());
}

// A country adjective opening the goods a measure falls on ("Chinese steel imports") names their
// origin, not the imposer; "provisional duties" are a trade remedy. A country before a measure
// noun with no goods word after it still owns the measure.
TEST(Measures, OriginAdjectiveOfGoodsAndProvisionalDuties) {
  FactDoc d("Duties", "Japan slapped Chinese steel imports with anti-dumping duties.", {2018, 8, 1});
  d.country("JP", "Japan").country("CN", "Chinese");
  d.run(extract::make_measures_stage);
  ASSERT_EQ(d.x.measures.size(), 1u);
  EXPECT_EQ(d.x.measures[0].jurisdiction, "JP");
  EXPECT_EQ(d.x.measures[0].kind, "anti_dumping");

  FactDoc p("China to impose provisional duties on EU dairy imports",
            "BEIJING, Dec 22 (Reuters) - China will impose provisional duties of 21.9% to 42.7% on dairy products "
            "imported from the European Union.",
            {2025, 12, 22});
  p.country("CN", "China").bloc("EU", "European Union");
  p.run(extract::make_measures_stage);
  ASSERT_EQ(p.x.measures.size(), 1u);
  EXPECT_EQ(p.x.measures[0].jurisdiction, "CN");
  EXPECT_EQ(p.x.measures[0].kind, "trade_remedy");

  FactDoc n("Duties", "Beijing said China's exporters were hit. China imposed tariffs on American goods.", {2018, 8, 1});
  n.country("CN", "China").country("CN", "China", 1).country("US", "American");
  n.run(extract::make_measures_stage);
  ASSERT_EQ(n.x.measures.size(), 1u);
  EXPECT_EQ(n.x.measures[0].jurisdiction, "CN");
  EXPECT_EQ(n.x.measures[0].kind, "tariff");
}


// "The Commerce Department's Bureau of Industry and Security added … to the Entity List", "USTR
// raised tariffs": with no government named, the acting agency's country owns the measure. The
// reporter's own agency owns one only as the subject of the sentence: a body the government
// "worked with" to refund duties imposes nothing.
TEST(Measures, ActingAgencyOfKnownCountryIsTheJurisdiction) {
  auto org = [](FactDoc& d, const std::string& name, const std::string& country) {
    const auto at = static_cast<uint32_t>(d.body().find(name));
    d.x.organizations.push_back({name, "", country, {{at, at + static_cast<uint32_t>(name.size()), false}}});
  };
  FactDoc a("Commerce adds entities",
            "WASHINGTON - The Commerce Department's Bureau of Industry and Security is implementing updates to "
            "its export controls.",
            {2022, 10, 7});
  org(a, "Bureau of Industry and Security", "US");
  a.run(extract::make_measures_stage);
  ASSERT_EQ(a.x.measures.size(), 1u);
  EXPECT_EQ(a.x.measures[0].jurisdiction, "US");
  EXPECT_EQ(a.x.measures[0].kind, "export_control");

  FactDoc b("Korea voices concern",
            "Korea held talks. Korea sent officials. Minister Kim expressed concern over the USTR's new tariffs on steel.", {2019, 5, 10});
  b.country("KR", "Korea").country("KR", "Korea", 1);
  org(b, "USTR", "US");
  b.run(extract::make_measures_stage);
  ASSERT_EQ(b.x.measures.size(), 1u);
  EXPECT_EQ(b.x.measures[0].jurisdiction, "US");
  EXPECT_EQ(b.x.measures[0].kind, "tariff");

  FactDoc n("First shipment received",
            "The Ministry of Trade, Industry and Energy said so. In 2024, the Government worked with Korea Customs "
            "Service in making amendments to allow the refund of duties for domestic refiners.",
            {2025, 12, 1});
  org(n, "Ministry of Trade, Industry and Energy", "KR");
  org(n, "Korea Customs Service", "KR");
  n.run(extract::make_measures_stage);
  EXPECT_TRUE(n.x.measures.empty());
}

}  // namespace

// "WTO Director-General … urged members to deliver results on fisheries subsidies": a measure
// with no owner in a sentence about the WTO is the subject of multilateral talks, not the
// release's counterpart's. One the sentence assigns ("concern over U.S. tariffs" at the WTO) keeps
// its owner.
TEST(Measures, OwnerlessMeasureInAWtoSentenceIsNoCounterparts) {
  FactDoc n("Ministers gather",
            "Korea and the United States met. The United States attended. WTO Director-General Ngozi Okonjo-Iweala "
            "urged members to deliver results on fisheries subsidies.",
            {2024, 2, 26});
  n.country("KR", "Korea").country("US", "United States").country("US", "United States", 1);
  n.run(extract::make_measures_stage);
  EXPECT_TRUE(n.x.measures.empty());

  FactDoc p("Ruling", "Korea met officials. At the WTO, Korea expressed concern over U.S. tariffs on washing machines.",
            {2019, 2, 8});
  p.country("KR", "Korea").country("KR", "Korea", 1).country("US", "U.S.");
  p.run(extract::make_measures_stage);
  ASSERT_EQ(p.x.measures.size(), 1u);
  EXPECT_EQ(p.x.measures[0].jurisdiction, "US");
}

// "Brazil's average tariff on US goods is 2.7%": a tariff led by a statistic word is the level
// of a country's tariffs, no measure; a tariff imposed stays one.
TEST(Measures, AverageTariffIsAStatisticNoMeasure) {
  FactDoc n("Tariffs", "The United States imposed tariffs on Brazil. Brazil's average tariff on US goods is 2.7%, Alckmin said.",
            {2025, 8, 23});
  n.country("US", "United States").country("BR", "Brazil").country("BR", "Brazil", 1).country("US", "US");
  n.run(extract::make_measures_stage);
  for (const auto& m : n.x.measures) EXPECT_NE(m.jurisdiction, "BR");

  FactDoc p("Tariffs", "Brazil's tariff on US goods rose to 35% after Brazil imposed additional duties on US goods.",
            {2025, 8, 23});
  p.country("BR", "Brazil").country("US", "US").country("BR", "Brazil", 1).country("US", "US", 1);
  p.run(extract::make_measures_stage);
  bool brazil = false;
  for (const auto& m : p.x.measures) brazil |= m.jurisdiction == "BR";
  EXPECT_TRUE(brazil);
}

// "under the Special Import Measures Act": a measure noun inside a law's name is no measure;
// the dumping the agency investigates is.
TEST(Measures, MeasureNounInsideALawsNameIsNoMeasure) {
  FactDoc d("Investigation",
            "Canada's agency initiated an investigation into the alleged injurious dumping of wire rod from China "
            "under the Special Import Measures Act.",
            {2024, 3, 8});
  d.country("CA", "Canada").country("CN", "China");
  d.run(extract::make_measures_stage);
  bool dumping = false;
  for (const auto& m : d.x.measures) {
    EXPECT_NE(m.kind, "import_restriction");
    dumping |= m.kind == "anti_dumping" && m.jurisdiction == "CA";
  }
  EXPECT_TRUE(dumping);

  FactDoc p("Measures", "Canada imposed import measures on steel from China.", {2024, 3, 8});
  p.country("CA", "Canada").country("CN", "China");
  p.run(extract::make_measures_stage);
  ASSERT_FALSE(p.x.measures.empty());
  EXPECT_EQ(p.x.measures[0].kind, "import_restriction");
}

// "announced the affirmative preliminary determination in the antidumping duty investigation":
// a determination reports the publishing government's own trade remedy being taken; a petition
// it merely received is none of its measures.
TEST(Measures, DeterminationReportsTheOwnRemedy) {
  FactDoc d("Determination",
            "The Department of Commerce today announced the affirmative preliminary determination in the antidumping "
            "duty investigation of imports of woven sacks from Vietnam. U.S. Customs will collect cash deposits.",
            {2018, 10, 5});
  d.country("VN", "Vietnam").country("US", "U.S.");
  d.run(extract::make_measures_stage);
  bool own = false;
  for (const auto& m : d.x.measures) own |= m.jurisdiction == "US" && m.kind == "anti_dumping";
  EXPECT_TRUE(own);

  FactDoc n("Petition",
            "The Department of Commerce today said it received antidumping duty petitions on woven sacks from "
            "Vietnam. U.S. Customs will publish the list.",
            {2018, 10, 5});
  n.country("VN", "Vietnam").country("US", "U.S.");
  n.run(extract::make_measures_stage);
  for (const auto& m : n.x.measures) EXPECT_FALSE(m.jurisdiction == "US" && m.kind == "anti_dumping");
}

// "China and Mexico had dumped steel": the governments whose exporters dumped are the targets of
// the remedy, never its author; goods "produced in the United States" come from there.
TEST(Measures, DumpingSideAndProducingCountryAreTargets) {
  FactDoc d("Duties on structural steel",
            "WASHINGTON (Reuters) - The U.S. Commerce Department said on Wednesday it had made a preliminary "
            "determination that China and Mexico had dumped certain fabricated structural steel on the U.S. market.",
            {2019, 9, 4});
  d.country("US", "U.S.").country("CN", "China").country("MX", "Mexico").country("US", "U.S.", 1);
  d.run(extract::make_measures_stage);
  ASSERT_EQ(d.x.measures.size(), 1u);
  EXPECT_EQ(d.x.measures[0].jurisdiction, "US");
  EXPECT_EQ(d.x.measures[0].kind, "anti_dumping");

  FactDoc n("China slaps duties on steel",
            "BEIJING (Reuters) - China has imposed countervailing duties on electrical steel produced in the United "
            "States, as well as anti-dumping duties on Russian steel.",
            {2010, 4, 12});
  n.country("CN", "China").country("US", "United States").country("RU", "Russian");
  n.run(extract::make_measures_stage);
  ASSERT_FALSE(n.x.measures.empty());
  for (const auto& m : n.x.measures) EXPECT_EQ(m.jurisdiction, "CN") << m.kind;
}

// "NEW DELHI - The government has imposed …": the dateline's city names the government the lede
// leaves unnamed; a lede naming a government keeps it.
TEST(Measures, UnnamedGovernmentOfTheDatelineImposes) {
  FactDoc d("Anti-dumping duty on five goods",
            "NEW DELHI - The government has imposed anti-dumping duties on five products from China for five "
            "years. It also imposed a duty on calcined gypsum powder from Iran and Oman.",
            {2021, 12, 26});
  d.country("CN", "China").country("IR", "Iran").country("OM", "Oman");
  d.run(extract::make_measures_stage);
  ASSERT_FALSE(d.x.measures.empty());
  EXPECT_EQ(d.x.measures[0].jurisdiction, "IN");
  EXPECT_EQ(d.x.measures[0].kind, "anti_dumping");

  FactDoc n("Anti-dumping duty on five goods",
            "NEW DELHI - The Chinese government has imposed anti-dumping duties on five products from Oman for "
            "five years. Iran and Oman protested.",
            {2021, 12, 26});
  n.country("CN", "Chinese").country("OM", "Oman").country("IR", "Iran").country("OM", "Oman", 1);
  n.run(extract::make_measures_stage);
  for (const auto& m : n.x.measures) EXPECT_NE(m.jurisdiction, "IN");

  FactDoc o("Anti-dumping duty on five goods",
            "NEW DELHI - The government of Oman has imposed anti-dumping duties on five products from China for "
            "five years. China protested.",
            {2021, 12, 26});
  o.country("OM", "Oman").country("CN", "China").country("CN", "China", 1);
  o.run(extract::make_measures_stage);
  for (const auto& m : o.x.measures) EXPECT_NE(m.jurisdiction, "IN");
}

// "SEOUL, March 10 (Yonhap) -- The government expressed concern over China's new export controls":
// the government left unnamed is the dateline's, whose concern is the stance on China's measure;
// a country after the verb is what it speaks of, not who speaks.
TEST(Measures, UnnamedGovernmentVoicesConcernOverAnothersMeasure) {
  FactDoc d("Korea responds",
            "SEOUL, March 10 (Yonhap) -- The government expressed concern over China's new export controls on "
            "graphite, the trade ministry said.",
            {2025, 3, 10});
  d.country("CN", "China");
  d.date("March 10", "2025-03-10");
  d.run(extract::make_measures_stage);
  ASSERT_EQ(d.x.measures.size(), 1u);
  EXPECT_EQ(d.x.measures[0].jurisdiction, "CN");
  EXPECT_EQ(d.x.measures[0].stance, "concern");
}

// Retaliatory tariffs are a measure being taken even with no verb of imposing; tariffs the same
// sentence only says can be weighed are not.
// A government applying or placing a measure takes it, when the measure follows the verb; rules
// that apply to imports take none.
TEST(Measures, ApplyingATariffTakesIt) {
  FactDoc d("Tariff deal",
            "The two sides confirmed that the United States will apply a tariff rate of 15 percent on "
            "Japanese automobiles.",
            {2025, 7, 25});
  d.country("US", "United States");
  d.run(extract::make_measures_stage);
  ASSERT_EQ(d.x.measures.size(), 1u);
  EXPECT_EQ(d.x.measures[0].jurisdiction, "US");
  EXPECT_EQ(d.x.measures[0].kind, "tariff");

  FactDoc n("Rules of origin",
            "The United States explained the rules of origin that apply to imports under the agreement.",
            {2025, 7, 25});
  n.country("US", "United States");
  n.run(extract::make_measures_stage);
  EXPECT_TRUE(n.x.measures.empty());
}

// "tariff-free quotas", "duty-free access": a word of freedom from a measure names none; the
// safeguard the sentence names is the one measure.
TEST(Measures, TariffFreeNamesNoTariff) {
  FactDoc d("Safeguard",
            "Korea conveyed its concerns over the EU's steel safeguard replacement measure, which would cut "
            "tariff-free quotas by nearly half.",
            {2025, 10, 10});
  d.country("KR", "Korea").bloc("EU", "EU");
  d.run(extract::make_measures_stage);
  ASSERT_EQ(d.x.measures.size(), 1u);
  EXPECT_EQ(d.x.measures[0].kind, "safeguard");
}

TEST(Measures, RetaliatoryTariffsAreTaken) {
  FactDoc d("EU approves retaliation",
            "BRUSSELS - The EU can weigh retaliatory tariffs on around 22 billion euros of U.S. products.",
            {2025, 4, 9});
  d.bloc("EU", "EU").country("US", "U.S.");
  d.run(extract::make_measures_stage);
  ASSERT_EQ(d.x.measures.size(), 1u);
  EXPECT_EQ(d.x.measures[0].jurisdiction, "EU");
  EXPECT_EQ(d.x.measures[0].kind, "tariff");

  FactDoc n("EU weighs options",
            "BRUSSELS - The EU can weigh tariffs on around 22 billion euros of U.S. products.", {2025, 4, 9});
  n.bloc("EU", "EU").country("US", "U.S.");
  n.run(extract::make_measures_stage);
  EXPECT_TRUE(n.x.measures.empty());
}

// A measure noun inside a body's name ("Indonesian Trade Safeguard Committee") names what the body
// handles, no measure; the same noun outside the name is one.
TEST(Measures, MeasureNounInsideABodysNameIsNoMeasure) {
  auto with_body = [](FactDoc& d, const std::string& name) {
    Organization o;
    o.name = name;
    o.country = "ID";
    o.spans.push_back(d.at(name));
    d.x.organizations.push_back(o);
  };
  FactDoc d("Duties",
            "JAKARTA - The goods will be reviewed by the Indonesian Trade Safeguard Committee before any decision.",
            {2024, 7, 6});
  d.country("ID", "Indonesian");
  with_body(d, "Indonesian Trade Safeguard Committee");
  d.run(extract::make_measures_stage);
  EXPECT_TRUE(d.x.measures.empty());

  FactDoc n("Duties",
            "JAKARTA - The Indonesian Trade Safeguard Committee imposed a safeguard duty on imported fabric.",
            {2024, 7, 6});
  n.country("ID", "Indonesian");
  with_body(n, "Indonesian Trade Safeguard Committee");
  n.run(extract::make_measures_stage);
  ASSERT_EQ(n.x.measures.size(), 1u);
  EXPECT_EQ(n.x.measures[0].jurisdiction, "ID");
  EXPECT_EQ(n.x.measures[0].kind, "safeguard");
}

// Approving or reinstating duties takes them; a customs duty raised is a tariff; "carbon steel" is
// steel, not the climate.
TEST(Measures, ApprovedReinstatedAndCustomsDuties) {
  auto has = [](const Extraction& x, const std::string& j, const std::string& k) {
    for (const auto& m : x.measures)
      if (m.jurisdiction == j && m.kind == k) return true;
    return false;
  };
  FactDoc d("Duties",
            "SAO PAULO - Brazil's foreign trade authority, GECEX, approved anti-dumping duties on imports from "
            "China of carbon steel foils.",
            {2024, 10, 21});
  d.country("BR", "Brazil").country("CN", "China");
  d.run(extract::make_measures_stage);
  ASSERT_TRUE(has(d.x, "BR", "anti_dumping"));
  EXPECT_EQ(d.x.measures[0].sector, "steel");
  FactDoc m("Duties",
            "MEXICO CITY - Mexico announced the temporary reinstatement of 15% import tariffs on some types of "
            "steel, aimed at boosting the industry.",
            {2021, 11, 23});
  m.country("MX", "Mexico");
  m.run(extract::make_measures_stage);
  EXPECT_TRUE(has(m.x, "MX", "tariff"));
  FactDoc z("Duties", "PRETORIA - South Africa has increased the customs duty on transformer cores from 5% to 15%.",
            {2025, 6, 30});
  z.country("ZA", "South Africa");
  z.run(extract::make_measures_stage);
  EXPECT_TRUE(has(z.x, "ZA", "tariff"));

  // Discussed, not taken: no measure of a government that does not own it.
  FactDoc n("Duties",
            "SAO PAULO - Brazil's foreign trade authority, GECEX, discussed anti-dumping duties on imports from "
            "China of carbon steel foils.",
            {2024, 10, 21});
  n.country("BR", "Brazil").country("CN", "China");
  n.run(extract::make_measures_stage);
  EXPECT_FALSE(has(n.x, "BR", "anti_dumping"));
  FactDoc o("Duties",
            "MEXICO CITY - Mexico announced the temporary evaluation of 15% import tariffs on some types of "
            "steel, aimed at boosting the industry.",
            {2021, 11, 23});
  o.country("MX", "Mexico");
  o.run(extract::make_measures_stage);
  EXPECT_FALSE(has(o.x, "MX", "tariff"));
}

// A government welcoming "the tariffs" another imposed voices a stance on them, it does not
// impose tariffs of its own; a government named between the stance and the noun owns it.
TEST(Measures, GovernmentVoicingAStanceOnReportedTariffsIsNoImposer) {
  FactDoc d("Tariffs",
            "MEXICO CITY (Reuters) - Mexico imposed tariffs of up to 25% on steel from countries without a trade "
            "agreement. Canada's trade office welcomed the tariffs.",
            {2023, 8, 18});
  d.country("MX", "Mexico").country("CA", "Canada");
  d.run(extract::make_measures_stage);
  ASSERT_EQ(d.x.measures.size(), 1u);
  EXPECT_EQ(d.x.measures[0].jurisdiction, "MX");

  FactDoc n("Tariffs", "MEXICO CITY - Mexico welcomed the Canadian tariffs on steel, the ministry said.", {2023, 8, 18});
  n.country("MX", "MEXICO").country("MX", "Mexico").country("CA", "Canadian");
  n.run(extract::make_measures_stage);
  ASSERT_EQ(n.x.measures.size(), 1u);
  EXPECT_EQ(n.x.measures[0].jurisdiction, "CA");
}

// A remedy authority's transition (expiry, sunset) review of duties acts on its own measure; a
// report that only mentions the duties does not.
TEST(Measures, ReviewOfDutiesInForceIsTheAuthoritysOwn) {
  FactDoc d("Review",
            "ISTANBUL - The UK's Trade Remedies Authority has announced the interim findings of its transition "
            "review of the anti-dumping duties on certain heavy plate of steel imported from China.",
            {2023, 2, 6});
  d.country("GB", "UK").country("CN", "China");
  d.x.organizations.push_back({"Trade Remedies Authority", "", "GB", {d.at("Trade Remedies Authority")}});
  d.run(extract::make_measures_stage);
  ASSERT_EQ(d.x.measures.size(), 1u);
  EXPECT_EQ(d.x.measures[0].jurisdiction, "GB");
  EXPECT_EQ(d.x.measures[0].kind, "anti_dumping");

  FactDoc n("Review",
            "ISTANBUL - The UK's Trade Remedies Authority has announced the interim findings of its annual "
            "report of the anti-dumping duties on certain heavy plate of steel imported from China.",
            {2023, 2, 6});
  n.country("GB", "UK").country("CN", "China");
  n.x.organizations.push_back({"Trade Remedies Authority", "", "GB", {n.at("Trade Remedies Authority")}});
  n.run(extract::make_measures_stage);
  EXPECT_TRUE(n.x.measures.empty());
}

// "Duties will be collected by the Canada Border Services Agency": the passive's agent takes the
// measure, the reporter's own body too; a maker of goods after "by" takes none.
TEST(Measures, PassiveAgentAfterTheNounImposesIt) {
  FactDoc d("Tribunal finds injury",
            "OTTAWA - The Canadian International Trade Tribunal today found that the dumping of steel sheet from "
            "China has caused injury to the domestic industry. Anti-dumping duties will therefore be collected by "
            "the Canada Border Services Agency.",
            {2018, 12, 21});
  d.country("CA", "Canadian").country("CN", "China").country("CA", "Canada");
  d.x.organizations.push_back({"Canadian International Trade Tribunal", "", "CA",
                               {d.at("Canadian International Trade Tribunal")}});
  d.x.organizations.push_back({"Canada Border Services Agency", "", "CA", {d.at("Canada Border Services Agency")}});
  d.run(extract::make_measures_stage);
  EXPECT_TRUE(std::any_of(d.x.measures.begin(), d.x.measures.end(), [](const Measure& m) {
    return m.jurisdiction == "CA" && m.kind == "anti_dumping";
  }));

  FactDoc n("Duties",
            "OTTAWA - Anti-dumping duties will be collected on steel sheet shipped by Chinese exporters, the "
            "agency said.",
            {2018, 12, 21});
  n.country("CA", "OTTAWA").country("CN", "Chinese");
  n.run(extract::make_measures_stage);
  EXPECT_FALSE(std::any_of(n.x.measures.begin(), n.x.measures.end(),
                           [](const Measure& m) { return m.jurisdiction == "CN"; }));
}

// "DGTR has recommended imposition of anti-dumping duty": the noun of imposing reports the measure
// being taken, by the reporter's own agency; a study of duties takes none.
TEST(Measures, ImpositionReportsTheMeasureTaken) {
  FactDoc d("DGTR for anti-dumping duty on rock breakers",
            "NEW DELHI (PTI) - The commerce ministry's arm DGTR has recommended imposition of anti-dumping duty on "
            "imports of hydraulic rock breakers from China and Korea for five years.",
            {2024, 4, 9});
  d.country("CN", "China").country("KR", "Korea");
  d.x.organizations.push_back({"Directorate General of Trade Remedies", "DGTR", "IN", {d.at("DGTR")}});
  d.run(extract::make_measures_stage);
  ASSERT_EQ(d.x.measures.size(), 1u);
  EXPECT_EQ(d.x.measures[0].jurisdiction, "IN");
  EXPECT_EQ(d.x.measures[0].kind, "anti_dumping");

  FactDoc n("DGTR study",
            "NEW DELHI (PTI) - The commerce ministry's arm DGTR has recommended a study of anti-dumping duty on "
            "imports of hydraulic rock breakers from China and Korea for five years.",
            {2024, 4, 9});
  n.country("CN", "China").country("KR", "Korea");
  n.x.organizations.push_back({"Directorate General of Trade Remedies", "DGTR", "IN", {n.at("DGTR")}});
  n.run(extract::make_measures_stage);
  EXPECT_TRUE(n.x.measures.empty());
}

// "Commerce will issue antidumping duty orders on imports … from India and Korea": a duty order
// is the measure issued, the reporting government's; none issued takes none.
TEST(Measures, DutyOrderIsTheMeasureIssued) {
  FactDoc d("Forged Steel Fittings from India and Korea Injure U.S. Industry",
            "WASHINGTON - The U.S. International Trade Commission today determined that a U.S. industry is "
            "materially injured. As a result of the Commission's determinations, Commerce will issue antidumping "
            "duty orders on imports of these products from India and Korea.",
            {2020, 11, 10});
  d.country("US", "U.S.").country("US", "U.S.", 1).country("IN", "India");
  d.country("KR", "Korea");
  d.x.organizations.push_back({"U.S. International Trade Commission", "", "US",
                               {d.at("U.S. International Trade Commission")}});
  d.run(extract::make_measures_stage);
  ASSERT_EQ(d.x.measures.size(), 1u);
  EXPECT_EQ(d.x.measures[0].jurisdiction, "US");
  EXPECT_EQ(d.x.measures[0].kind, "anti_dumping");

  FactDoc n("Forged Steel Fittings from India and Korea Do Not Injure U.S. Industry",
            "WASHINGTON - The U.S. International Trade Commission today determined that a U.S. industry is not "
            "materially injured. As a result of the Commission's determinations, Commerce will issue no antidumping "
            "duty orders on imports of these products from India and Korea.",
            {2020, 11, 10});
  n.country("US", "U.S.").country("US", "U.S.", 1).country("IN", "India");
  n.country("KR", "Korea");
  n.x.organizations.push_back({"U.S. International Trade Commission", "", "US",
                               {n.at("U.S. International Trade Commission")}});
  n.run(extract::make_measures_stage);
  EXPECT_TRUE(n.x.measures.empty());
}

// "The Chinese commerce ministry expressed firm opposition to the Japanese export controls" in a
// Japanese release: the reporter named against the noun owns it, not the government speaking of
// it; the reporter speaking of another government's controls owns none.
TEST(Measures, ReporterNamedAgainstTheNounOwnsIt) {
  FactDoc d("Japan to curb exports of chipmaking tools",
            "TOKYO (Kyodo) - The Japanese government on Tuesday formally added 23 items to the list of exports "
            "subject to control. The Chinese commerce ministry expressed firm opposition to the Japanese export "
            "controls on Tuesday.",
            {2023, 5, 23});
  d.country("JP", "Japan", 0, true).country("JP", "Japanese").country("CN", "Chinese").country("JP", "Japanese", 1);
  d.run(extract::make_measures_stage);
  ASSERT_EQ(d.x.measures.size(), 1u);
  EXPECT_EQ(d.x.measures[0].jurisdiction, "JP");
  EXPECT_EQ(d.x.measures[0].kind, "export_control");
  EXPECT_EQ(d.x.measures[0].description, "Japanese export controls");

  // (A title of its own: "Japan to curb exports" would name Japan's measure in the headline.)
  FactDoc n("Japan comments on chipmaking tools",
            "TOKYO (Kyodo) - The Japanese government on Tuesday formally added 23 items to the list of exports "
            "subject to control. The Japanese trade ministry expressed firm opposition to the Chinese export "
            "controls on Tuesday.",
            {2023, 5, 23});
  n.country("JP", "Japan", 0, true).country("JP", "Japanese").country("JP", "Japanese", 1).country("CN", "Chinese");
  n.run(extract::make_measures_stage);
  EXPECT_FALSE(std::any_of(n.x.measures.begin(), n.x.measures.end(),
                           [](const Measure& m) { return m.jurisdiction == "JP"; }));
}

}  // namespace tw

namespace tw {
namespace {

// "reduce tariff and non-tariff barriers" names what trade talks address, no tariff taken; a
// tariff imposed in the next sentence still is one.
TEST(Measures, TariffBarriersAreASubjectOfTalks) {
  testing::FactDoc d("EAC set to promote trade",
                     "Kenya and Uganda agreed to remove tariff and non-tariff barriers. Mongolia's agreement aims to "
                     "reduce tariff barriers and simplify customs clearance.",
                     {2024, 6, 3});
  d.country("KE", "Kenya").country("UG", "Uganda").country("MN", "Mongolia");
  d.run(extract::make_measures_stage);
  EXPECT_TRUE(d.x.measures.empty());
  testing::FactDoc e("Tanzania raises duty",
                     "Tanzania will remove non-tariff barriers. Tanzania announced it would impose a 25% tariff on "
                     "sugar imports from Uganda.",
                     {2018, 8, 9});
  e.country("TZ", "Tanzania").country("TZ", "Tanzania", 1).country("UG", "Uganda");
  e.percent("25%", 25);
  e.run(extract::make_measures_stage);
  ASSERT_EQ(e.x.measures.size(), 1u);
  EXPECT_EQ(e.x.measures[0].kind, "tariff");
  EXPECT_EQ(e.x.measures[0].jurisdiction, "TZ");
}

}  // namespace
}  // namespace tw

namespace tw {
namespace {

// "The Netherlands announced … that it would also strengthen its export controls": strengthening
// one's own measure takes it; agreeing to "strengthen cooperation on export controls" takes none.
TEST(Measures, StrengtheningAMeasureTakesIt) {
  testing::FactDoc d("Japan to restrict chip equipment exports",
                     "TOKYO - The United States had asked Japan to join it. The Netherlands announced on March 8 that it "
                     "would also strengthen its export controls.",
                     {2023, 3, 31});
  d.country("US", "United States").country("JP", "Japan").country("NL", "Netherlands");
  d.date("March 8", "2023-03-08");
  d.run(extract::make_measures_stage);
  ASSERT_EQ(d.x.measures.size(), 1u);
  EXPECT_EQ(d.x.measures[0].jurisdiction, "NL");
  EXPECT_EQ(d.x.measures[0].kind, "export_control");
  EXPECT_EQ(d.x.measures[0].announced, "2023-03-08");
  testing::FactDoc e("Japan to restrict chip equipment exports",
                     "TOKYO - The United States had asked Japan to join it. Korea and the Netherlands agreed to "
                     "strengthen cooperation on export controls.",
                     {2023, 3, 31});
  e.country("US", "United States").country("JP", "Japan").country("KR", "Korea").country("NL", "Netherlands");
  e.run(extract::make_measures_stage);
  EXPECT_TRUE(e.x.measures.empty());
}

// Extending a duty for a further term keeps it in force anew, however far the term puts the owner
// from the noun; extending thanks or cooperation around another's duty extends no measure.
TEST(Measures, ExtendingADutyTakesIt) {
  testing::FactDoc d("Brazil extends duty on nitrile rubber",
                     "BRASILIA - Brazil has extended for up to five years the definitive anti-dumping duty on imports "
                     "of nitrile rubber from South Korea and France.",
                     {2024, 8, 9});
  d.country("BR", "Brazil").country("KR", "South Korea").country("FR", "France");
  d.run(extract::make_measures_stage);
  ASSERT_EQ(d.x.measures.size(), 1u);
  EXPECT_EQ(d.x.measures[0].jurisdiction, "BR");
  EXPECT_EQ(d.x.measures[0].kind, "anti_dumping");
  testing::FactDoc e("Korea and Brazil hold talks",
                     "SEOUL - Minister Kim extended his thanks to Brazil, whose anti-dumping duty on steel was "
                     "discussed. Korea and Brazil extended their cooperation on trade remedies.",
                     {2024, 8, 9});
  e.country("BR", "Brazil").country("KR", "Korea").country("BR", "Brazil", 1);
  e.run(extract::make_measures_stage);
  EXPECT_TRUE(e.x.measures.empty());
}

}  // namespace
}  // namespace tw

namespace tw {
namespace {

// A date after "since" opens the stretch of time the sentence looks back over ("Operating … since
// 2000, the NTC has … imposed"): an origin, not the day of the measure. The sentence's own date of
// the decision still dates it.
TEST(Measures, DateAfterSinceIsNoAnnouncement) {
  testing::FactDoc d("US tariffs",
                     "WASHINGTON - Active since 2018, the U.S. government imposed tariffs on Chinese steel.",
                     {2024, 5, 15});
  d.country("US", "US", 0, true).country("US", "U.S.").country("CN", "Chinese");
  d.date("2018", "2018");
  d.run(extract::make_measures_stage);
  ASSERT_EQ(d.x.measures.size(), 1u);
  EXPECT_EQ(d.x.measures[0].jurisdiction, "US");
  EXPECT_TRUE(d.x.measures[0].announced.empty()) << d.x.measures[0].announced;
  testing::FactDoc e("US tariffs",
                     "WASHINGTON - Active since 2018, the U.S. government on Tuesday imposed tariffs on Chinese steel.",
                     {2024, 5, 15});
  e.country("US", "US", 0, true).country("US", "U.S.").country("CN", "Chinese");
  e.date("2018", "2018").date("Tuesday", "2024-05-14");
  e.run(extract::make_measures_stage);
  ASSERT_EQ(e.x.measures.size(), 1u);
  EXPECT_EQ(e.x.measures[0].announced, "2024-05-14");
  testing::FactDoc n("US tariffs",
                     "WASHINGTON - In 2018, the U.S. government imposed tariffs on Chinese steel.",
                     {2024, 5, 15});
  n.country("US", "US", 0, true).country("US", "U.S.").country("CN", "Chinese");
  n.date("2018", "2018");
  n.run(extract::make_measures_stage);
  ASSERT_EQ(n.x.measures.size(), 1u);
  EXPECT_EQ(n.x.measures[0].announced, "2018");
}

}  // namespace
}  // namespace tw

namespace tw {
namespace {

using testing::FactDoc;

// "The Government of Canada today announced the final list of steel products from China that will
// be subject to a 25 per cent surtax": goods made subject to a duty have it taken on them, by the
// government that opens the sentence. "Subject to" without a measure noun takes none.
TEST(Measures, GoodsMadeSubjectToADutyHaveItTaken) {
  FactDoc d("Canada finalizes surtax list",
            "OTTAWA - The Government of Canada today announced the final list of steel products from China that "
            "will be subject to a 25 per cent surtax. Canada's steel producers welcomed the list.",
            {2024, 10, 22});
  d.country("CA", "Canada").country("CN", "China").country("CA", "Canada", 1);
  d.date("today", "2024-10-22").percent("25 per cent", 25);
  d.run(extract::make_measures_stage);
  ASSERT_EQ(d.x.measures.size(), 1u);
  EXPECT_EQ(d.x.measures[0].jurisdiction, "CA");
  EXPECT_EQ(d.x.measures[0].kind, "tariff");
  EXPECT_EQ(d.x.measures[0].sector, "steel");
  EXPECT_EQ(d.x.measures[0].announced, "2024-10-22");

  FactDoc none("Canada consults on steel",
               "OTTAWA - The Government of Canada today announced that the list of steel products will be subject to "
               "consultations with industry. Canada's steel producers welcomed the list.",
               {2024, 10, 22});
  none.country("CA", "Canada").country("CA", "Canada", 1);
  none.date("today", "2024-10-22");
  none.run(extract::make_measures_stage);
  EXPECT_TRUE(none.x.measures.empty());
}

// A trade agreement's bloc or a forum named before the measure noun imposes nothing ("participation
// in … the CPTPP and the Regional Comprehensive Economic Partnership, but raised concerns about
// tariffs on rice"), nor does it as the release's counterpart; a bloc with a common tariff (the
// EU) keeps the measure.
TEST(Measures, AgreementBlocOwnsNoMeasure) {
  auto make = [](std::string_view owner, std::string_view bloc_name, const std::string& bloc_code) {
    FactDoc d("Members review trade policies",
              "GENEVA - Members commended " + std::string(owner) + " for its active participation in regional "
              "agreements such as the " + std::string(bloc_name) + ", but raised concerns about tariffs on "
              "rice and other agricultural products.",
              {2024, 12, 12});
    d.country("JP", "Japan");
    d.bloc(bloc_code, bloc_name);
    d.run(extract::make_measures_stage);
    return d;
  };
  for (auto [name, code] : {std::pair{"Regional Comprehensive Economic Partnership", "RCEP"}, std::pair{"CPTPP", "CPTPP"}}) {
    FactDoc d = make("Japan", name, code);
    for (const auto& m : d.x.measures) EXPECT_NE(m.jurisdiction, code) << name;
  }
  FactDoc eu = make("Japan", "European Union", "EU");
  ASSERT_EQ(eu.x.measures.size(), 1u);
  EXPECT_EQ(eu.x.measures[0].jurisdiction, "EU");
}

// A measure named without its owner takes the release's counterpart when a neighbour lends it a
// stance, but not when that counterpart is the one voicing the stance: a government opposing a
// measure is not the one taking it.
TEST(Measures, CounterpartVoicingTheStanceOwnsNoMeasure) {
  auto make = [](std::string_view reaction) {
    FactDoc d("Steel tariffs raised",
              "SEOUL - The tariff rate on steel derivative products will rise to 25 percent next month. " +
                  std::string(reaction),
              {2025, 12, 1});
    d.country("KR", "Korea").country("CA", "Canada").country("CA", "Canada", 1);
    d.run(extract::make_measures_stage);
    return d;
  };
  FactDoc opposing = make("Canada's trade minister said Korea and Canada resolutely oppose the measures.");
  for (const auto& m : opposing.x.measures) EXPECT_NE(m.jurisdiction, "CA") << m.kind << " " << m.stance;
  FactDoc urged = make("Korea's trade minister urged Canada and Canada's partners to withdraw the measures.");
  ASSERT_EQ(urged.x.measures.size(), 1u);
  EXPECT_EQ(urged.x.measures[0].jurisdiction, "CA");
  EXPECT_EQ(urged.x.measures[0].kind, "tariff");
  EXPECT_EQ(urged.x.measures[0].stance, "oppose");
}

// "Provisional duties" name a stage of a remedy case, no kind: the government's anti-dumping or
// safeguard case named before or after them is that measure. Alone they are a trade remedy.
TEST(Measures, RemedyStageIsTheCaseItBelongsTo) {
  auto kinds = [](const std::string& body) {
    FactDoc d("Duties on biodiesel", body, {2025, 2, 14});
    d.bloc("EU", "European Union").country("CN", "China");
    return owners_and_kinds(d);
  };
  using V = std::vector<std::string>;
  EXPECT_EQ(kinds("The European Union imposed anti-dumping duties on biodiesel from China, confirming provisional "
                  "duties set in August."),
            V{"EU:anti_dumping"});
  EXPECT_EQ(kinds("The European Union imposed provisional duties on biodiesel from China in its anti-dumping "
                  "investigation."),
            V{"EU:anti_dumping"});
  EXPECT_EQ(kinds("The European Union imposed provisional duties on biodiesel from China."), V{"EU:trade_remedy"});
}

// "announced export controls on …" takes the measure it names right after it; "announced a trade
// deal that will cut tariffs" takes none.
TEST(Measures, AnnouncingAMeasureNamedRightAfterTakesIt) {
  auto kinds = [](const std::string& body, std::vector<std::pair<std::string, int>> places) {
    FactDoc d("Trade news", body, {2025, 2, 4});
    for (const auto& [text, nth] : places) d.country(text == "UK" ? "GB" : text == "Korea" ? "KR" : "CN", text, nth);
    return owners_and_kinds(d);
  };
  using V = std::vector<std::string>;
  // Another government's measure, reported with no stance: only its taking makes it news.
  EXPECT_EQ(kinds("SEOUL - Korea's trade ministry said it is monitoring the market. China also announced export "
                  "controls on tungsten items.",
                  {{"Korea", 0}, {"China", 0}}),
            V{"CN:export_control"});
  EXPECT_EQ(kinds("The UK and China announced a landmark trade deal that will cut tariffs on whisky.",
                  {{"UK", 0}, {"China", 0}}),
            V{});
}

// "President Biden's tariffs on Chinese electric vehicles" in a release that names no other country
// than the goods' origin: the possessive leaves the owner unknown, no guess at the origin
// (tests/cases/wire/233_ottawa_president_possessive_tariffs.txt has the owner named).
TEST(Measures, HeadOfStatesPossessiveWithNoCountryLeftNamesNoOwner) {
  FactDoc alone("China responds",
                "The ministry said that President Biden's tariffs on Chinese electric vehicles amount to protectionism "
                "and firmly opposes them.",
                {2024, 5, 17});
  alone.country("CN", "Chinese");
  Person b;
  b.name = "Biden";
  b.title = "President";
  b.spans.push_back(alone.at("Biden"));
  alone.x.people.push_back(b);
  alone.run(extract::make_measures_stage);
  for (const auto& m : alone.x.measures) EXPECT_NE(m.jurisdiction, "US");
}

// "condemned", "regrets": words of opposing a measure; with no such word, another government's
// measure the speaker only mentions is neutral.
TEST(Measures, CondemningAMeasureOpposesIt) {
  for (const std::string verb : {"condemned", "regrets", "described"}) {
    FactDoc d("Ministry responds to chip controls",
              "BEIJING - China's commerce ministry on Tuesday " + verb +
                  " the new US export controls on advanced semiconductors.",
              {2024, 12, 3});
    d.country("CN", "China").country("US", "US");
    d.run(extract::make_measures_stage);
    if (verb == "described") {
      ASSERT_EQ(d.x.measures.size(), 1u);
      EXPECT_EQ(d.x.measures[0].stance, "neutral");
      continue;
    }
    ASSERT_EQ(d.x.measures.size(), 1u) << verb;
    EXPECT_EQ(d.x.measures[0].jurisdiction, "US");
    EXPECT_EQ(d.x.measures[0].stance, "oppose");
  }
}

// "tariffs on $200 billion of Chinese imports": the place whose goods a measure covers is its target,
// not its owner; a place after "of" with no goods after it is no target.
TEST(Measures, PlaceOfTheGoodsCoveredIsATarget) {
  for (const bool goods : {true, false}) {
    FactDoc d("USTR statement on Section 301 tariffs",
              std::string("WASHINGTON - The United States Trade Representative announced the review. The tariffs on "
                          "$200 billion ") +
                  (goods ? "of Chinese imports" : "of China") + " imposed in 2018 will remain in effect.",
              {2024, 5, 14});
    d.country("US", "United States").country("CN", goods ? "Chinese" : "China");
    d.money("$200 billion", 200e9, "USD");
    d.date("2018", "2018");
    d.run(extract::make_measures_stage);
    const bool cn = std::any_of(d.x.measures.begin(), d.x.measures.end(),
                                [](const Measure& m) { return m.jurisdiction == "CN"; });
    EXPECT_EQ(cn, !goods);
  }
}

// "the tariffs on Chinese goods imposed by President Trump": a head named as the agent after the
// noun owns the measure, as his possessive before it does; an agent who is no head does not.
TEST(Measures, HeadAsTheAgentAfterTheNounNamesTheImposer) {
  for (const std::string title : {"President", "Vice President"}) {
    FactDoc d("China opposes tariffs",
              "BEIJING - China's Ministry of Commerce firmly opposes the tariffs on Chinese goods imposed by " + title +
                  " Smith on Tuesday. Talks with the United States continue.",
              {2025, 2, 5});
    d.country("CN", "China").country("CN", "Chinese").country("US", "United States");
    Person p;
    p.name = "Smith";
    p.title = title;
    p.spans.push_back(d.at("Smith"));
    d.x.people.push_back(p);
    d.run(extract::make_measures_stage);
    const bool us = std::any_of(d.x.measures.begin(), d.x.measures.end(),
                                [](const Measure& m) { return m.jurisdiction == "US"; });
    EXPECT_EQ(us, title == "President") << title;
  }
}
// "Countermeasures" are a government's tariffs answering another's: its own, and a stance against
// the measure they answer ("announced countermeasures in response to President Trump's tariffs").
// Where neither the sentence nor the one before names tariffs the word is any plan of response
// ("thorough analysis and countermeasures are key priorities"), no measure.
TEST(Measures, CountermeasuresAnswerTariffsTheyOppose) {
  FactDoc d("Commission responds to US steel tariffs",
            "The European Commission today announced countermeasures in response to President Trump's tariffs on "
            "EU steel. The measures will apply to US goods from 1 April.",
            {2025, 3, 12});
  d.bloc("EU", "European Commission").bloc("EU", "EU").country("US", "US");
  Person p;
  p.name = "Trump";
  p.title = "President";
  p.spans.push_back(d.at("Trump"));
  d.x.people.push_back(p);
  d.run(extract::make_measures_stage);
  auto find = [&](const std::string& j) -> const Measure* {
    for (const auto& m : d.x.measures)
      if (m.jurisdiction == j && m.kind == "tariff") return &m;
    return nullptr;
  };
  ASSERT_NE(find("EU"), nullptr);
  EXPECT_EQ(find("EU")->stance, "neutral");
  ASSERT_NE(find("US"), nullptr);
  EXPECT_EQ(find("US")->stance, "oppose");

  FactDoc plan("Minister presides over industrial security meeting",
               "The meeting addressed supply chain issues. Minister Moon urged that thorough analysis and "
               "countermeasures are key priorities to overcoming the present crisis in Korea.",
               {2022, 1, 5});
  plan.country("KR", "Korea");
  plan.run(extract::make_measures_stage);
  EXPECT_TRUE(plan.x.measures.empty());
}
// Pressing another government for an exemption from its measure is a request ("Australia will
// continue to press the United States for an exemption from President Trump's tariffs"); naming
// the tariffs with no stance is background.
TEST(Measures, PressingForAnExemptionIsARequest) {
  for (const bool press : {true, false}) {
    FactDoc d("Australia and US tariffs",
              std::string(press ? "Australia will continue to press the United States for an exemption from"
                                : "Australia will keep exporting to the United States despite") +
                  " President Trump's tariffs on steel, Minister for Trade Don Farrell said.",
              {2025, 2, 11});
    d.country("AU", "Australia").country("US", "United States");
    Person p;
    p.name = "Trump";
    p.title = "President";
    p.spans.push_back(d.at("Trump"));
    d.x.people.push_back(p);
    d.run(extract::make_measures_stage);
    const auto us = std::find_if(d.x.measures.begin(), d.x.measures.end(),
                                 [](const Measure& m) { return m.jurisdiction == "US" && m.kind == "tariff"; });
    ASSERT_EQ(us != d.x.measures.end(), press) << press;
    if (press) {
      EXPECT_EQ(us->stance, "request");
    }
  }
}

// Disappointment with another's measure, or calling it unjustified, opposes it ("We are deeply
// disappointed by China's decision to impose anti-dumping duties on Canadian canola"); the same
// decision reported with no such word is neutral.
TEST(Measures, DisappointmentOpposes) {
  for (const std::string lead : {"We are deeply disappointed by", "Officials noted", "We find unjustified"}) {
    FactDoc d("Statement on canola",
              lead + " China's decision to impose anti-dumping duties on Canadian canola seed, Minister of "
                     "International Trade Maninder Sidhu said.",
              {2025, 8, 13});
    d.country("CN", "China").country("CA", "Canadian");
    d.run(extract::make_measures_stage);
    const auto cn = std::find_if(d.x.measures.begin(), d.x.measures.end(),
                                 [](const Measure& m) { return m.jurisdiction == "CN" && m.kind == "anti_dumping"; });
    ASSERT_NE(cn, d.x.measures.end()) << lead;
    EXPECT_EQ(cn->stance, lead == "Officials noted" ? "neutral" : "oppose") << lead;
  }
}
}  // namespace
}  // namespace tw

namespace tw {
namespace {

// "the resolution initiating an anti-dumping investigation", "initiated an investigation into the
// alleged dumping of frozen chicken": the publishing government's body opening a case takes a
// measure; dumping merely named as no practice alleged ("dumping grounds") is none.
TEST(Measures, InvestigationInitiatedAndAllegedDumping) {
  FactDoc d("Mexico opens steel pipe case",
            "Mexico reviews its steel trade every year. The Ministry of Economy published today the resolution "
            "initiating an anti-dumping investigation on imports of steel pipes originating in China. The commission "
            "has initiated an investigation into the alleged dumping of steel bars from Brazil.",
            {2025, 4, 22});
  d.country("MX", "Mexico").country("CN", "China").country("BR", "Brazil");
  d.date("today", "2025-04-22");
  d.run(extract::make_measures_stage);
  ASSERT_EQ(d.x.measures.size(), 1u);
  EXPECT_EQ(d.x.measures[0].jurisdiction, "MX");
  EXPECT_EQ(d.x.measures[0].kind, "anti_dumping");
  FactDoc z("Chicken case opened",
            "South Africa has initiated an investigation into the alleged dumping of frozen chicken from Brazil. "
            "Brazil is no dumping ground.",
            {2025, 2, 7});
  z.country("ZA", "South Africa").country("BR", "Brazil").country("BR", "Brazil", 1);
  z.run(extract::make_measures_stage);
  ASSERT_EQ(z.x.measures.size(), 1u);
  EXPECT_EQ(z.x.measures[0].jurisdiction, "ZA");
  EXPECT_EQ(z.x.measures[0].kind, "anti_dumping");
}

// "Japan will add 23 types of equipment to its list of export control items": the subject's own
// measure, as "to its export control list" is.
TEST(Measures, ItemsAddedToItsListOfControlsAreTheSubjectsMeasure) {
  auto kinds = [](const std::string& body) {
    FactDoc d("Equipment controls", body, {2023, 5, 23});
    d.country("JP", "Japan");
    return owners_and_kinds(d);
  };
  using V = std::vector<std::string>;
  EXPECT_EQ(kinds("TOKYO, May 23 (Reuters) - Japan will add 23 types of equipment to its list of export control "
                  "items, the ministry said."),
            V{"JP:export_control"});
  // Far from its subject, a list no possessive gives anyone is nobody's.
  EXPECT_EQ(kinds("TOKYO, May 23 (Reuters) - Japan will add 23 types of equipment to a list of export control "
                  "items, the ministry said."),
            V{});
}

// Filing a WTO complaint over a measure opposes it.
TEST(Measures, WtoComplaintOpposesTheMeasure) {
  FactDoc d("Korea files WTO complaint",
            "SEOUL - The Korean government filed a complaint with the WTO on Wednesday over Japan's tightened export "
            "controls on three materials. The Minister of Trade said Korea would respond firmly.",
            {2019, 9, 11});
  d.country("KR", "Korean").country("JP", "Japan").country("KR", "Korea");
  d.run(extract::make_measures_stage);
  ASSERT_EQ(d.x.measures.size(), 1u);
  EXPECT_EQ(d.x.measures[0].jurisdiction, "JP");
  EXPECT_EQ(d.x.measures[0].stance, "oppose");
}

// "approved the reduction to zero of the Import Tax on 120 products", "reduced the import tariff on
// fertilizers": a government cutting its own tariff takes a measure; a deal's tariff cuts take none.
TEST(Measures, CuttingItsOwnImportTaxIsATariff) {
  auto kinds = [](const std::string& body, const std::string& code, const std::string& text) {
    FactDoc d("Trade news", body, {2025, 3, 18});
    d.country(code, text, 0);
    return owners_and_kinds(d);
  };
  using V = std::vector<std::string>;
  EXPECT_EQ(kinds("Brazil's Chamber of Foreign Trade approved the reduction to zero of the Import Tax on 120 products.",
                  "BR", "Brazil"),
            V{"BR:tariff"});
  EXPECT_EQ(kinds("Colombia reduced the import tariff on fertilizers to zero for six months.", "CO", "Colombia"),
            V{"CO:tariff"});
  EXPECT_EQ(kinds("Colombia and Peru agreed on the reduction of tariff barriers in the bloc.", "CO", "Colombia"), V{});
}

// A government refusing another's decision ("expressed firm opposition to", "does not accept")
// opposes it; one asking for relief in a participle ("…, requesting that …") requests it. A
// sentence that only mentions the measure gives no stance and reports none.
TEST(Measures, OppositionAndRequestingAreStances) {
  auto stances = [](const std::string& body) {
    FactDoc d("Trade news", body, {2026, 1, 7});
    d.country("JP", "Japan").country("CN", "China");
    d.run(extract::make_measures_stage);
    std::vector<std::string> out;
    for (const auto& m : d.x.measures) out.push_back(m.jurisdiction + ":" + m.kind + ":" + m.stance);
    return out;
  };
  using V = std::vector<std::string>;
  EXPECT_EQ(stances("TOKYO - Japan's trade ministry expressed firm opposition to China's export ban on dual-use items."),
            V{"CN:export_control:oppose"});
  EXPECT_EQ(stances("TOKYO - Japan's trade ministry said it does not accept China's export ban on dual-use items."),
            V{"CN:export_control:oppose"});
  EXPECT_EQ(stances("TOKYO - Japan's trade ministry explained its position on China's export ban on dual-use items, "
                    "requesting that the ban be lifted."),
            V{"CN:export_control:request"});
  EXPECT_EQ(stances("TOKYO - Japan's trade ministry took note of China's export ban on dual-use items."),
            V{"CN:export_control:neutral"});
}

// "will impose anti-dumping duty …, following an investigation initiated … on March 28, 2024": the
// day another case began is not the measure's announcement; the measure's own case launched on a
// day is announced that day.
TEST(Measures, ACaseStartedEarlierDoesNotDateTheMeasure) {
  auto announced = [](const std::string& body, const std::string& date_text, const std::string& value) {
    FactDoc d("Trade news", body, {2025, 3, 15});
    d.country("IN", "India").country("CN", "China");
    d.date(date_text, value);
    d.run(extract::make_measures_stage);
    return d.x.measures.empty() ? std::string("none") : d.x.measures[0].announced;
  };
  EXPECT_EQ(announced("NEW DELHI - India will impose anti-dumping duty on aluminium foil imported from China for five "
                      "years, following an investigation initiated by the Directorate General of Trade Remedies on "
                      "March 28, 2024.",
                      "March 28, 2024", "2024-03-28"),
            "");
  EXPECT_EQ(announced("NEW DELHI - India launched an anti-dumping investigation into aluminium foil from China on "
                      "March 28, 2024.",
                      "March 28, 2024", "2024-03-28"),
            "2024-03-28");
}

// "it would launch an anti-dumping investigation into …": a verb of launching, issuing or
// releasing takes the measure named right after it; one named further on is not launched.
TEST(Measures, LaunchingOrReleasingAMeasureTakesIt) {
  auto kinds = [](const std::string& body) {
    FactDoc d("Trade news", body, {2024, 5, 19});
    d.country("CN", "China's").country("US", "United States");
    return owners_and_kinds(d);
  };
  using V = std::vector<std::string>;
  EXPECT_EQ(kinds("BEIJING - China's commerce ministry said on Sunday it would launch an anti-dumping investigation "
                  "into imports of POM copolymers from the United States."),
            V{"CN:anti_dumping"});
  EXPECT_EQ(kinds("BEIJING - China's commerce ministry said on Sunday it would launch a study of trade rules on "
                  "which anti-dumping investigations into imports from the United States rest."),
            V{});
}

// A situation faced ("continue to face challenges arising from non-tariff barriers, including BIS
// certification") followed by a request its speaker opens the next sentence with takes the
// request; a voiced concern keeps its stance, and so does a situation the next sentence asks
// nothing about or asks of others than the measure's government.
TEST(Measures, ARequestAfterASituationFacedIsTheStance) {
  auto stance = [](const std::string& first, const std::string& next) {
    FactDoc d("Korea to Strengthen Cooperation with India",
              "Trade Minister Yeo of the Ministry of Trade, Industry and Resources (MOTIR) met the Ambassador of "
              "India on Wednesday. Trade Minister Yeo noted that Korean companies operating in India " + first +
                  " " + next,
              {2025, 12, 10});
    d.country("IN", "India").country("KR", "Korean").country("IN", "India", 1);
    if (next.find("India") != std::string::npos) d.country("IN", "India", 2);
    d.run(extract::make_measures_stage);
    return d.x.measures.empty() ? std::string("none") : d.x.measures[0].stance;
  };
  EXPECT_EQ(stance("continue to face challenges arising from non-tariff barriers, including BIS certification.",
                   "He requested India's support for these companies."),
            "request");
  EXPECT_EQ(stance("continue to face challenges arising from non-tariff barriers, including BIS certification.",
                   "The two sides agreed to meet again next year."),
            "concern");
  EXPECT_EQ(stance("raised concerns over BIS certification.", "He requested India's support for these companies."),
            "concern");
  EXPECT_EQ(stance("continue to face challenges arising from non-tariff barriers, including BIS certification.",
                   "He asked the companies to diversify their markets."),
            "concern");
}

// Asking for a WTO panel on another's measure takes it to dispute: opposition, not a request;
// asking the imposer itself stays a request.
TEST(Measures, AWtoPanelRequestOpposesTheMeasure) {
  auto stance = [](const std::string& body) {
    FactDoc d("Trade news", body, {2021, 3, 16});
    d.country("AU", "Australian").country("CN", "China's").country("AU", "Australian", 1);
    d.run(extract::make_measures_stage);
    return d.x.measures.empty() ? std::string("none") : d.x.measures[0].stance;
  };
  EXPECT_EQ(stance("CANBERRA - The Australian Government has today requested the establishment of a WTO dispute "
                   "settlement panel to examine China's imposition of anti-dumping duties on Australian barley."),
            "oppose");
  EXPECT_EQ(stance("CANBERRA - The Australian Government has today requested a review of China's imposition of "
                   "anti-dumping duties on Australian barley."),
            "request");
}

// "will require export permits for some graphite products": a licence demanded of exporters is an
// export control; goods that need none are under none.
TEST(Measures, ExportPermitsAreAnExportControl) {
  auto kinds = [](const std::string& body) {
    FactDoc d("Trade news", body, {2023, 10, 20});
    d.country("CN", "China");
    return owners_and_kinds(d);
  };
  using V = std::vector<std::string>;
  EXPECT_EQ(kinds("BEIJING - China will require export permits for some graphite products from December 1, the "
                  "commerce ministry said on Friday."),
            V{"CN:export_control"});
  EXPECT_EQ(kinds("BEIJING - China said natural graphite flakes need no export permits, the commerce ministry said."),
            V{});
}

// A measure first reported without a stance takes the one a later mention voices ("China imposed
// … duties on Canadian canola seed. The Government of Canada is deeply disappointed by China's
// anti-dumping duties"); a later mention that voices none leaves it neutral.
TEST(Measures, ALaterMentionGivesTheStance) {
  auto stance = [](const std::string& second) {
    FactDoc d("Statement on canola",
              "OTTAWA - On August 12, China imposed preliminary anti-dumping duties of 75.8 per cent on Canadian "
              "canola seed. " + second,
              {2025, 8, 13});
    d.country("CN", "China").country("CA", "Canadian").country("CA", "Canada").country("CN", "China's");
    d.run(extract::make_measures_stage);
    return d.x.measures.empty() ? std::string("none") : d.x.measures[0].stance;
  };
  EXPECT_EQ(stance("The Government of Canada is deeply disappointed by China's anti-dumping duties."), "oppose");
  EXPECT_EQ(stance("The Government of Canada said China's anti-dumping duties apply for six months."), "neutral");
}

// "in retaliation for the sweeping tariffs announced by U.S. President Donald Trump": the country
// named before a head's title after "by" owns the measure, and retaliating opposes it; so does a
// country that is the passive's agent itself ("announced by U.S. officials").
TEST(Measures, TariffsAnnouncedByAHeadOfAnotherCountry) {
  auto measures = [](const std::string& agent) {
    FactDoc d("China imposes countermeasures",
              "BEIJING - China said on Friday it would impose additional tariffs of 34% on all goods imported from "
              "the United States from April 10, in retaliation for the sweeping tariffs announced by " + agent +
                  " this week.",
              {2025, 4, 4});
    d.country("CN", "China").country("US", "United States").country("US", "U.S.");
    d.run(extract::make_measures_stage);
    std::vector<std::string> out;
    for (const auto& m : d.x.measures) out.push_back(m.jurisdiction + ":" + m.kind + ":" + m.stance);
    return out;
  };
  using V = std::vector<std::string>;
  EXPECT_EQ(measures("U.S. President Donald Trump"), (V{"CN:tariff:neutral", "US:tariff:oppose"}));
  EXPECT_EQ(measures("U.S. officials"), (V{"CN:tariff:neutral", "US:tariff:oppose"}));
}

// "The finance ministry has imposed anti-dumping duty on …": a sentence opened by a government body
// named by its portfolio reports the publishing government's own measure; the same body named later
// in the sentence takes none.
TEST(Measures, AMinistryNamedByItsPortfolioTakesTheMeasure) {
  auto kinds = [](const std::string& body) {
    FactDoc d("India imposes anti-dumping duty", body, {2025, 1, 10});
    d.country("CN", "China");
    return owners_and_kinds(d);
  };
  using V = std::vector<std::string>;
  EXPECT_EQ(kinds("NEW DELHI - The finance ministry has imposed anti-dumping duty on aluminium wheels imported from "
                  "China for five years."),
            V{"IN:anti_dumping"});
  EXPECT_EQ(kinds("NEW DELHI - Wheel makers said an anti-dumping duty on aluminium wheels imported from China was "
                  "imposed after they wrote to the finance ministry."),
            V{});
}

// "Canada's tariffs seriously violated WTO rules": a measure said to violate the rules is opposed;
// one said only to take effect is no stance and, not imposed here, no measure.
TEST(Measures, AMeasureSaidToViolateTheRulesIsOpposed) {
  auto stances = [](const std::string& body) {
    FactDoc d("China launches probe", body, {2024, 9, 9});
    d.country("CN", "China's").country("CA", "Canada's");
    d.run(extract::make_measures_stage);
    std::vector<std::string> out;
    for (const auto& m : d.x.measures) out.push_back(m.jurisdiction + ":" + m.kind + ":" + m.stance);
    return out;
  };
  using V = std::vector<std::string>;
  EXPECT_EQ(stances("BEIJING - China's commerce ministry spokesperson said Canada's tariffs on electric vehicles "
                    "seriously violated WTO rules."),
            V{"CA:tariff:oppose"});
  EXPECT_EQ(stances("BEIJING - China's commerce ministry spokesperson said Canada's tariffs on electric vehicles "
                    "took effect in October."),
            V{"CA:tariff:neutral"});
}

// "against the safeguard tariffs the United States imposed on washing machines": the government
// named right after the noun as the subject of a verb of imposing owns it, not the complainant
// opening the sentence; a place after a preposition is the target, even before such a verb.
TEST(Measures, TheGovernmentOfARelativeClauseOfImposingOwnsTheMeasure) {
  auto measures = [](const std::string& body) {
    FactDoc d("Korea files WTO complaint", body, {2018, 5, 14});
    d.country("KR", "Korean");
    if (body.find("United States") != std::string::npos) d.country("US", "United States");
    if (body.find("China") != std::string::npos) d.country("CN", "China");
    d.run(extract::make_measures_stage);
    std::vector<std::string> out;
    for (const auto& m : d.x.measures) out.push_back(m.jurisdiction + ":" + m.kind + ":" + m.stance);
    return out;
  };
  using V = std::vector<std::string>;
  EXPECT_EQ(measures("SEOUL - The Korean government filed a complaint with the World Trade Organization on Monday "
                     "against the safeguard tariffs the United States imposed on washing machines."),
            (V{"US:safeguard:oppose", "US:tariff:oppose"}));
  EXPECT_EQ(measures("SEOUL - The Korean government imposed tariffs on China introduced under the new rules."),
            V{"KR:tariff:neutral"});
  // A measure still to come: "the tariffs the United States will levy on …".
  EXPECT_EQ(measures("SEOUL - The Korean government expressed concern over the tariffs the United States will levy "
                     "on washing machines."),
            V{"US:tariff:concern"});
  EXPECT_EQ(measures("SEOUL - The Korean government expressed concern over the tariffs that China plans to impose "
                     "on washing machines."),
            V{"CN:tariff:concern"});
}

// A measure named without its owner in a release about one counterpart is the counterpart's, but
// not when the sentence names that counterpart as where the targeted goods come from ("tariffs on
// imports of fertilisers from Russia") or as one the measure spares.
TEST(Measures, ACounterpartNamedAsTheTargetDoesNotOwnTheMeasure) {
  auto measures = [](const std::string& last) {
    FactDoc d("Commission statement",
              "BRUSSELS - The Commission met Russia's trade officials on Monday. The Commission welcomes the "
              "adoption of tariffs on imports of fertilisers" + last,
              {2025, 6, 12});
    d.country("RU", "Russia's");
    if (last.find("Russia") != std::string::npos) d.country("RU", "Russia", 1);
    return owners_and_kinds(d);
  };
  using V = std::vector<std::string>;
  EXPECT_EQ(measures("."), V{"RU:tariff"});
  EXPECT_EQ(measures(" from Russia."), V{});
  EXPECT_EQ(measures(", with exemptions for Russia."), V{});
}

// "days after Ottawa imposed 100% tariffs on Chinese electric vehicles": a capital that is the
// subject of a verb of imposing right before the noun names its government as the owner; a
// capital named elsewhere in the sentence owns nothing.
TEST(Measures, ACapitalImposingAMeasureNamesItsGovernment) {
  auto measures = [](const std::string& body) {
    FactDoc d("China launches anti-dumping probe", body, {2024, 9, 9});
    d.country("CN", "China's").country("CA", "Canada");
    return owners_and_kinds(d);
  };
  using V = std::vector<std::string>;
  EXPECT_EQ(measures("BEIJING - China's Ministry of Commerce launched an anti-dumping investigation into canola "
                     "imported from Canada on Monday, days after Ottawa imposed 100% tariffs on electric vehicles."),
            (V{"CN:anti_dumping", "CA:tariff"}));
  EXPECT_EQ(measures("BEIJING - China's Ministry of Commerce launched an anti-dumping investigation into canola "
                     "imported from Canada on Monday, days after officials in Ottawa met, and imposed tariffs on "
                     "electric vehicles."),
            (V{"CN:anti_dumping", "CN:tariff"}));
}

// A head of state or government opening the sentence takes the measure they sign for the
// government of the release's capital dateline; a minister of no country named so does not.
TEST(Measures, HeadOfGovernmentSigningAMeasureOwnsIt) {
  FactDoc d("President Trump Restores Section 232 Tariffs on Steel and Aluminum",
            "WASHINGTON \xE2\x80\x93 President Donald J. Trump today signed proclamations imposing a full 25 percent "
            "tariff on steel imports, ending exemptions for Canada, Mexico and Japan.",
            {2025, 2, 10});
  d.country("CA", "Canada").country("MX", "Mexico").country("JP", "Japan");
  d.person("Donald J. Trump");
  d.x.people.back().title = "President";
  d.percent("25 percent", 25);
  EXPECT_EQ(owners_and_kinds(d), std::vector<std::string>{"US:tariff"});
  FactDoc e("Minister Reacts to Tariffs",
            "WASHINGTON \xE2\x80\x93 Minister Don Farrell today signed proclamations imposing a full 25 percent "
            "tariff on steel imports, ending exemptions for Canada, Mexico and Japan.",
            {2025, 2, 10});
  e.country("CA", "Canada").country("MX", "Mexico").country("JP", "Japan");
  e.person("Don Farrell");
  e.x.people.back().title = "Minister";
  e.percent("25 percent", 25);
  EXPECT_TRUE(owners_and_kinds(e).empty());
}

// Duties a government removes or lifts are its measure ("China's decision to remove duties on
// Australian barley"); bare "duties" elsewhere are no measure ("the duties of the Commissioner").
TEST(Measures, DutiesRemovedOrLifted) {
  FactDoc d("Australian barley returns to China",
            "CANBERRA \xE2\x80\x93 The Albanese Government welcomes China's decision to remove duties on Australian "
            "barley. The duties of the Commissioner include reviews of measures.",
            {2023, 8, 4});
  d.country("CN", "China").country("AU", "Australian");
  EXPECT_EQ(owners_and_kinds(d), std::vector<std::string>{"CN:tariff"});
  EXPECT_EQ(d.x.measures[0].stance, "welcome");
  FactDoc e("Commissioner appointed",
            "CANBERRA \xE2\x80\x93 The duties of the Commissioner include the review of Australian barley prices.",
            {2023, 8, 4});
  e.country("AU", "Australian");
  EXPECT_TRUE(owners_and_kinds(e).empty());
}

// A government that will propose a measure takes it ("the government will propose tariffs of up
// to 50%"); a measure spoken of as proposed is not reported taken.
TEST(Measures, WillProposeTakesTheMeasure) {
  FactDoc d("Mexico to raise tariffs on Chinese imports",
            "MEXICO CITY \xE2\x80\x93 Mexico's Economy Minister Marcelo Ebrard said on Wednesday the government will "
            "propose tariffs of up to 50% on imports of cars from China.",
            {2025, 9, 10});
  d.country("MX", "Mexico").country("CN", "China");
  d.percent("50%", 50);
  EXPECT_EQ(owners_and_kinds(d), std::vector<std::string>{"MX:tariff"});
  FactDoc e("Mexico reviews tariffs",
            "MEXICO CITY \xE2\x80\x93 Mexico's Economy Minister Marcelo Ebrard said on Wednesday the proposed "
            "tariffs of up to 50% on imports of cars from China were under review.",
            {2025, 9, 10});
  e.country("MX", "Mexico").country("CN", "China");
  e.percent("50%", 50);
  EXPECT_TRUE(owners_and_kinds(e).empty());
}

// A body the release gives no country, as the subject of a sentence reporting a measure taken or
// kept, is the government of the capital the release is datelined in; a sentence that reports
// nothing taken gives no measure.
TEST(Measures, BodyOfNoCountryAsSubjectIsTheDatelineGovernments) {
  FactDoc d("Anti-Dumping Commission recommends continuation of measures",
            "CANBERRA \xE2\x80\x93 The Anti-Dumping Commission has recommended that anti-dumping measures on "
            "hot-rolled structural steel sections exported from Japan, Korea and Thailand be continued.",
            {2025, 9, 15});
  d.country("JP", "Japan").country("KR", "Korea").country("TH", "Thailand");
  d.x.organizations.push_back({"Anti-Dumping Commission", "", "", {{17, 40, false}}});
  EXPECT_EQ(owners_and_kinds(d), std::vector<std::string>{"AU:anti_dumping"});
  FactDoc e("Anti-Dumping Commission publishes guide",
            "CANBERRA \xE2\x80\x93 The Anti-Dumping Commission has published a guide to anti-dumping measures on "
            "hot-rolled structural steel sections exported from Japan, Korea and Thailand.",
            {2025, 9, 15});
  e.country("JP", "Japan").country("KR", "Korea").country("TH", "Thailand");
  e.x.organizations.push_back({"Anti-Dumping Commission", "", "", {{17, 40, false}}});
  EXPECT_TRUE(owners_and_kinds(e).empty());
}

// The head of such a body as the subject ("The Commissioner of the Anti-Dumping Commission has
// initiated …") acts for it; a body named after other words ("A report to the …") does not.
TEST(Measures, HeadOfABodyOfNoCountryActsForIt) {
  FactDoc d("Anti-Dumping Notice: initiation of continuation inquiry",
            "CANBERRA \xE2\x80\x93 The Commissioner of the Anti-Dumping Commission has initiated an inquiry into "
            "the continuation of the anti-dumping measures applying to precision pipe and tube steel exported from "
            "Korea and Malaysia.",
            {2025, 8, 27});
  d.country("KR", "Korea").country("MY", "Malaysia");
  d.x.organizations.push_back({"Anti-Dumping Commission", "", "", {{37, 60, false}}});
  EXPECT_EQ(owners_and_kinds(d), std::vector<std::string>{"AU:anti_dumping"});
  FactDoc e("Anti-Dumping Notice",
            "CANBERRA \xE2\x80\x93 Many exporters of the Anti-Dumping Commission have initiated talks on the "
            "anti-dumping measures applying to precision pipe and tube steel exported from Korea and Malaysia.",
            {2025, 8, 27});
  e.country("KR", "Korea").country("MY", "Malaysia");
  e.x.organizations.push_back({"Anti-Dumping Commission", "", "", {{35, 58, false}}});
  EXPECT_TRUE(owners_and_kinds(e).empty());
}

// "The committee also approved definitive anti-dumping duties": a trade-remedy body named back by
// its common noun is the publishing government's own.
TEST(Measures, CommitteeNamedBackImposesForItsGovernment) {
  FactDoc d("Gecex approves duties",
            "BRASILIA \xE2\x80\x93 Brazil's Gecex approved an increase in the import tariff on electric vehicles. "
            "The committee also approved definitive anti-dumping duties on imports of truck tyres from China.",
            {2025, 11, 21});
  d.country("BR", "Brazil").country("CN", "China");
  EXPECT_EQ(owners_and_kinds(d), (std::vector<std::string>{"BR:tariff", "BR:anti_dumping"}));
}

// "anti-dumping duty … on imports of Polyvinyl Chloride (PVC) suspension resins": a polymer named as
// the goods puts the measure in the chemicals sector.
TEST(Measures, PolymerGoodsAreTheChemicalsSector) {
  FactDoc d("DGTR recommends anti-dumping duty on PVC suspension resin",
            "New Delhi, 12 November 2025: The directorate has recommended the imposition of anti-dumping duty for "
            "five years on imports of Polyvinyl Chloride (PVC) suspension resins originating in China and Thailand.",
            {2025, 11, 12});
  d.country("CN", "China").country("TH", "Thailand");
  d.run(extract::make_measures_stage);
  ASSERT_EQ(d.x.measures.size(), 1u);
  EXPECT_EQ(d.x.measures[0].kind, "anti_dumping");
  EXPECT_EQ(d.x.measures[0].sector, "chemicals");
}

// "an investigation into Chinese suppliers of wind turbines … under its Foreign Subsidies Regulation":
// wind turbines put the measure in the renewable-energy sector.
TEST(Measures, WindTurbinesAreTheRenewableEnergySector) {
  FactDoc d("EU opens probe into wind turbine suppliers",
            "BRUSSELS \xE2\x80\x93 The European Commission said on Tuesday it had opened an investigation into Chinese "
            "suppliers of wind turbines under its Foreign Subsidies Regulation.",
            {2024, 4, 9});
  d.bloc("EU", "European").country("CN", "Chinese");
  d.run(extract::make_measures_stage);
  ASSERT_FALSE(d.x.measures.empty());
  EXPECT_EQ(d.x.measures[0].kind, "foreign_subsidy_investigation");
  EXPECT_EQ(d.x.measures[0].sector, "renewable_energy");
}

// "Dumping duties" (the remedy without its prefix) and an "ad valorem duty" are measure nouns;
// "dumping" and "ad valorem" alone are not.
TEST(Measures, DumpingDutiesAndAdValoremDuty) {
  FactDoc d("Anti-Dumping Commission finds dumping of rebar",
            "CANBERRA \xE2\x80\x93 The Anti-Dumping Commission has recommended the imposition of dumping duties on "
            "steel reinforcing bar exported from Indonesia and Thailand.",
            {2025, 4, 2});
  d.country("ID", "Indonesia").country("TH", "Thailand");
  d.x.organizations.push_back({"Anti-Dumping Commission", "", "", {{17, 40, false}}});
  EXPECT_EQ(owners_and_kinds(d), std::vector<std::string>{"AU:anti_dumping"});
  FactDoc e("Anti-Dumping Commission finds dumping of rebar",
            "CANBERRA \xE2\x80\x93 The Anti-Dumping Commission has found the dumping of steel reinforcing bar "
            "exported from Indonesia and Thailand.",
            {2025, 4, 2});
  e.country("ID", "Indonesia").country("TH", "Thailand");
  e.x.organizations.push_back({"Anti-Dumping Commission", "", "", {{17, 40, false}}});
  EXPECT_TRUE(owners_and_kinds(e).empty());
  FactDoc f("President Trump imposes duty on Brazil",
            "WASHINGTON \xE2\x80\x93 President Donald J. Trump today signed an Executive Order imposing an "
            "additional 40 percent ad valorem duty on imports from Brazil.",
            {2025, 7, 30});
  f.country("BR", "Brazil");
  f.percent("40 percent", 40);
  f.person("Donald J. Trump");
  f.x.people.back().title = "President";
  EXPECT_EQ(owners_and_kinds(f), std::vector<std::string>{"US:tariff"});
  FactDoc g("Customs valuation guide",
            "WASHINGTON \xE2\x80\x93 The guide explains how goods from Brazil are valued on an ad valorem basis.",
            {2025, 7, 30});
  g.country("BR", "Brazil");
  EXPECT_TRUE(owners_and_kinds(g).empty());
}

// A removal of duties owned by the government named after "by" in the same phrase; not by one
// named as the agent of another verb.
TEST(Measures, RemovalByAGovernmentIsItsMeasure) {
  FactDoc d("Wine duties removed",
            "CANBERRA \xE2\x80\x93 Australia welcomes the removal of duties on Australian wine by China.",
            {2024, 3, 29});
  d.country("AU", "Australia").country("AU", "Australian").country("CN", "China");
  ASSERT_EQ(owners_and_kinds(d), std::vector<std::string>{"CN:tariff"});
  EXPECT_EQ(d.x.measures[0].stance, "welcome");
  FactDoc e("Steel tariffs removed",
            "OTTAWA \xE2\x80\x93 Canada welcomes the removal of tariffs on Canadian steel by the United States.",
            {2019, 5, 17});
  e.country("CA", "Canada").country("CA", "Canadian").country("US", "United States");
  ASSERT_EQ(owners_and_kinds(e), std::vector<std::string>{"US:tariff"});
  EXPECT_EQ(e.x.measures[0].stance, "welcome");
  FactDoc f("Steel tariffs removed",
            "OTTAWA \xE2\x80\x93 Canada said the removal of tariffs on Canadian steel was welcomed by Mexico.",
            {2019, 5, 17});
  f.country("CA", "Canada").country("CA", "Canadian").country("MX", "Mexico");
  for (const auto& m : owners_and_kinds(f)) EXPECT_NE(m, "MX:tariff");
}

// The date a measure takes effect from gives way to the day it was said in the same sentence;
// alone, it still dates the measure.
TEST(Measures, EffectiveDateGivesWayToTheDaySaid) {
  FactDoc d("China to impose duties on Canadian canola",
            "BEIJING \xE2\x80\x93 China will impose preliminary anti-dumping duties of 75.8% on Canadian canola seed "
            "from August 14, the Ministry of Commerce said Tuesday.",
            {2025, 8, 12});
  d.country("CN", "China").country("CA", "Canadian");
  d.percent("75.8%", 75.8);
  d.date("August 14", "2025-08-14").date("Tuesday", "2025-08-12");
  ASSERT_EQ(owners_and_kinds(d), std::vector<std::string>{"CN:anti_dumping"});
  EXPECT_EQ(d.x.measures[0].announced, "2025-08-12");
  FactDoc e("China to impose duties on Canadian canola",
            "BEIJING \xE2\x80\x93 China will impose preliminary anti-dumping duties of 75.8% on Canadian canola seed "
            "from August 14.",
            {2025, 8, 12});
  e.country("CN", "China").country("CA", "Canadian");
  e.percent("75.8%", 75.8);
  e.date("August 14", "2025-08-14");
  ASSERT_EQ(owners_and_kinds(e), std::vector<std::string>{"CN:anti_dumping"});
  EXPECT_EQ(e.x.measures[0].announced, "2025-08-14");
}

// The date of a measure goods are spared from, given after it, is when that measure came, not
// when the sparing was decided; the same date after a measure the sentence reports dates it.
TEST(Measures, DateOfAMeasureSparedFromIsNotTheAnnouncement) {
  FactDoc d("Brazil welcomes US tariff exemptions",
            "BRASILIA \xE2\x80\x93 The Ministry of Foreign Affairs welcomed the United States' decision to exempt "
            "Brazilian beef and coffee from the 40 percent additional tariff imposed in July.",
            {2025, 11, 21});
  d.country("US", "United States").country("BR", "Brazilian");
  d.percent("40 percent", 40);
  d.date("July", "2025-07");
  ASSERT_EQ(owners_and_kinds(d), std::vector<std::string>{"US:tariff"});
  EXPECT_EQ(d.x.measures[0].announced, "");
  FactDoc e("Brazil criticises US tariff",
            "BRASILIA \xE2\x80\x93 The Ministry of Foreign Affairs criticised the United States' 40 percent "
            "additional tariff imposed in July on Brazilian beef and coffee.",
            {2025, 11, 21});
  e.country("US", "United States").country("BR", "Brazilian");
  e.percent("40 percent", 40);
  e.date("July", "2025-07");
  ASSERT_EQ(owners_and_kinds(e), std::vector<std::string>{"US:tariff"});
  EXPECT_EQ(e.x.measures[0].announced, "2025-07");
}

// "Kenya has banned the export of raw hides and skins", "a ban on the import of used clothing": a
// flow named in the singular is banned as the plural is; the export of goods spoken of without a
// ban is no measure.
TEST(Measures, BanOnTheExportOfAFlow) {
  FactDoc d("Kenya bans export of raw hides",
            "NAIROBI - Kenya has banned the export of raw hides and skins with immediate effect.", {2025, 4, 3});
  d.country("KE", "Kenya");
  EXPECT_EQ(owners_and_kinds(d), std::vector<std::string>{"KE:export_control"});
  FactDoc i("Ghana", "ACCRA - Ghana announced a ban on the import of used clothing on Monday.", {2025, 4, 3});
  i.country("GH", "Ghana");
  EXPECT_EQ(owners_and_kinds(i), std::vector<std::string>{"GH:import_restriction"});
  FactDoc n("Kenya promotes hides", "NAIROBI - Kenya has boosted the export of raw hides and skins.", {2025, 4, 3});
  n.country("KE", "Kenya");
  EXPECT_TRUE(owners_and_kinds(n).empty());
}

// "India will face a 25% tariff on its exports to the United States": those who face a tariff are
// its target, the government where the goods go imposes it, and the sentence states it as news; a
// tariff faced with no such government named keeps the rules that find an owner elsewhere.
TEST(Measures, TariffFacedIsTheDestinationsMeasure) {
  FactDoc d("Trump announces tariff on Indian goods",
            "WASHINGTON - President Donald Trump said on Wednesday that India will face a 25% tariff on its exports "
            "to the United States starting August 1.",
            {2025, 7, 30});
  d.country("IN", "India").country("US", "United States");
  EXPECT_EQ(owners_and_kinds(d), std::vector<std::string>{"US:tariff"});
  FactDoc b("Brazil faces US tariff",
            "BRASILIA - Brazilian exports will face a 50% tariff in the United States from August 1, the ministry "
            "said.",
            {2025, 7, 10});
  b.country("BR", "Brazilian").country("US", "United States");
  EXPECT_EQ(owners_and_kinds(b), std::vector<std::string>{"US:tariff"});
  FactDoc n("Brazil exports", "BRASILIA - Brazilian exporters face a difficult year, the ministry said.", {2025, 7, 10});
  n.country("BR", "Brazilian");
  EXPECT_TRUE(owners_and_kinds(n).empty());
}

// "as both face U.S. tariffs and Chinese export curbs": a verb of facing that takes a list of
// measures gives each the government named nearest before it, not the first after the verb.
TEST(Measures, MeasuresFacedInAListAreEachTheirOwners) {
  FactDoc d("Japan, EU agree",
            "TOKYO - Japan and the European Union agreed to deepen cooperation as both face U.S. tariffs and "
            "Chinese export curbs.",
            {2025, 7, 23});
  d.country("JP", "Japan").bloc("EU", "European Union").country("US", "U.S.").country("CN", "Chinese");
  EXPECT_EQ(owners_and_kinds(d), (std::vector<std::string>{"US:tariff", "CN:export_control"}));
}

// "will eliminate export duties on cotton yarn", "imposed a regulatory duty of up to 50 percent on
// imported luxury goods": a duty on goods leaving the country and one added by order are tariffs;
// duty-free access under a deal is none.
TEST(Measures, ExportAndRegulatoryDutiesAreTariffs) {
  auto kinds = [](const std::string& body) {
    FactDoc d("Trade news", body, {2024, 6, 11});
    d.country("PK", "Pakistan", 0);
    return owners_and_kinds(d);
  };
  using V = std::vector<std::string>;
  EXPECT_EQ(kinds("Pakistan imposed a regulatory duty of up to 50 percent on imported cars."), V{"PK:tariff"});
  EXPECT_EQ(kinds("Pakistan imposed export duties on cotton yarn from July 1."), V{"PK:tariff"});
  EXPECT_EQ(kinds("Pakistan imposed a regulatory requirement on imported cars."), V{});
}

// "The U.S. Commerce Department on Tuesday set preliminary anti-dumping duties", "DGTR has
// recommended a provisional safeguard duty", "decided to initiate an anti-dumping investigation":
// a remedy authority setting, recommending or initiating one takes it; a duty named far after the
// verb is not its object.
TEST(Measures, SettingOrRecommendingADutyTakesIt) {
  auto kinds = [](const std::string& body) {
    FactDoc d("Trade news", body, {2024, 10, 1});
    d.country("US", "United States", 0);
    return owners_and_kinds(d);
  };
  using V = std::vector<std::string>;
  EXPECT_EQ(kinds("The United States Commerce Department set preliminary anti-dumping duties on solar cells."),
            V{"US:anti_dumping"});
  EXPECT_EQ(kinds("The United States Trade Commission recommended a provisional safeguard duty on steel."),
            V{"US:safeguard"});
  EXPECT_EQ(kinds("The United States Commerce Department decided to initiate an anti-dumping investigation."),
            V{"US:anti_dumping"});
  EXPECT_EQ(kinds("The United States Commerce Department set a target for exports, citing anti-dumping duties."),
            V{});
}

// "an additional 40% tariff on vehicles imported from China": vehicles are automobiles; electric
// vehicles stay their own sector.
TEST(Measures, VehiclesAreAutomobiles) {
  for (const auto& [body, sector] : std::vector<std::pair<std::string, std::string>>{
           {"ANKARA - Turkey imposed an additional 40% tariff on vehicles imported from China.", "automobiles"},
           {"ANKARA - Turkey imposed an additional 40% tariff on electric vehicles imported from China.",
            "electric_vehicles"}}) {
    FactDoc d("Turkey tariffs", body, {2024, 6, 8});
    d.country("TR", "Turkey").country("CN", "China");
    d.run(extract::make_measures_stage);
    ASSERT_EQ(d.x.measures.size(), 1u) << body;
    EXPECT_EQ(d.x.measures[0].sector, sector) << body;
  }
}

// Drinks made from farm produce ("anti-dumping duties on brandy", "a tariff on wines and spirits")
// are the agriculture_fisheries sector; fuels made from crops ("biodiesel", "biofuels") renewable
// energy.
TEST(Measures, DrinksAreFarmGoodsAndBiofuelsRenewableEnergy) {
  for (const auto& [body, sector] : std::vector<std::pair<std::string, std::string>>{
           {"BEIJING - China imposed provisional anti-dumping duties on brandy imported from France.",
            "agriculture_fisheries"},
           {"BEIJING - China imposed a 200 percent tariff on wines and spirits from France.", "agriculture_fisheries"},
           {"BEIJING - China imposed anti-dumping duties on imports of biodiesel from France.", "renewable_energy"},
           {"BEIJING - China raised its tariff on biofuels from France.", "renewable_energy"}}) {
    FactDoc d("China duties", body, {2024, 10, 8});
    d.country("CN", "China").country("FR", "France");
    d.run(extract::make_measures_stage);
    ASSERT_EQ(d.x.measures.size(), 1u) << body;
    EXPECT_EQ(d.x.measures[0].sector, sector) << body;
  }
}

// A fee charged on a trading partner's ships when they call at the ports ("port fees on
// Chinese-built ships") is a levy at the border, a tariff of the government charging it.
TEST(Measures, PortFeesAreATariff) {
  FactDoc d("US port fees take effect",
            "WASHINGTON - The United States began charging port fees on Chinese-built ships on Tuesday.",
            {2025, 10, 14});
  d.country("US", "United States").country("CN", "Chinese");
  d.date("Tuesday", "2025-10-14");
  EXPECT_EQ(owners_and_kinds(d), std::vector<std::string>{"US:tariff"});
  FactDoc retaliation("China port fees",
                      "BEIJING - China said on Friday it would impose special port fees on vessels owned or operated "
                      "by U.S. firms.",
                      {2025, 10, 10});
  retaliation.country("CN", "China").country("US", "U.S.");
  retaliation.date("Friday", "2025-10-10");
  EXPECT_EQ(owners_and_kinds(retaliation), std::vector<std::string>{"CN:tariff"});
}

// "European Union governments gave final approval on Thursday to tariffs on fertilisers": approving
// a measure takes it; approval of a plan, tariffs named far after, takes none.
TEST(Measures, ApprovalOfAMeasureTakesIt) {
  auto kinds = [](const std::string& body) {
    FactDoc d("Trade news", body, {2025, 6, 12});
    d.bloc("EU", "European Union", 0).country("RU", "Russia");
    return owners_and_kinds(d);
  };
  using V = std::vector<std::string>;
  EXPECT_EQ(kinds("BRUSSELS - European Union governments gave final approval on Thursday to tariffs on "
                  "fertilisers from Russia."),
            V{"EU:tariff"});
  EXPECT_EQ(kinds("BRUSSELS - European Union governments gave final approval on Thursday to a plan for farmers "
                  "hit by tariffs on fertilisers from Russia."),
            V{});
}

// "anti-dumping duties on Canadian canola", "tariffs on fertilisers": farm goods are agriculture,
// fertilisers chemicals; a measure on goods of no known sector has none.
TEST(Measures, FarmGoodsAndFertilisersHaveTheirSectors) {
  for (const auto& [goods, sector] : std::vector<std::pair<std::string, std::string>>{
           {"canola seed", "agriculture_fisheries"}, {"frozen chicken", "agriculture_fisheries"},
           {"fertilisers", "chemicals"}, {"umbrellas", ""}}) {
    const std::string body = "BEIJING - China imposed anti-dumping duties on " + goods + " from Canada.";
    FactDoc d("China duties", body, {2025, 8, 12});
    d.country("CN", "China").country("CA", "Canada");
    d.run(extract::make_measures_stage);
    ASSERT_EQ(d.x.measures.size(), 1u) << goods;
    EXPECT_EQ(d.x.measures[0].sector, sector) << goods;
  }
}

// "the New Zealand-European Union Free Trade Agreement …, which removes tariffs on 91 per cent of
// exports": tariffs a pact removes by its terms are no measure; a government removing its own still
// takes one.
TEST(Measures, TariffsAPactRemovesAreNoMeasure) {
  auto kinds = [](const std::string& body) {
    FactDoc d("Trade news", body, {2024, 5, 1});
    d.bloc("EU", "EU", 0).country("NZ", "New Zealand");
    return owners_and_kinds(d);
  };
  using V = std::vector<std::string>;
  EXPECT_EQ(kinds("New Zealand welcomed the entry into force of the FTA with the EU, which removes tariffs on "
                  "exports."),
            V{});
  EXPECT_EQ(kinds("New Zealand welcomed the decision by the EU, which removes tariffs on exports of dairy."),
            V{"EU:tariff"});
}

// "The United States and Japan reached a trade deal that sets a 15% tariff on Japanese goods": the
// government whose goods a measure targets is not the one imposing it, also when it is named
// before the noun; one named before and not targeted still is.
TEST(Measures, TheTargetedGovernmentImposesNothing) {
  auto owners = [](const std::string& body) {
    FactDoc d("Trade news", body, {2025, 7, 22});
    d.country("US", "United States").country("JP", "Japan");
    if (body.find("Japanese") != std::string::npos) d.country("JP", "Japanese");
    return owners_and_kinds(d);
  };
  using V = std::vector<std::string>;
  EXPECT_EQ(owners("WASHINGTON (AP) - The United States and Japan reached a trade deal that sets a 15% tariff on "
                   "Japanese goods, including cars, President Donald Trump said on Tuesday."),
            V{"US:tariff"});
  EXPECT_EQ(owners("WASHINGTON - The United States said Japan imposed a 15% tariff on rice."), V{"JP:tariff"});
}

}  // namespace
}  // namespace tw

namespace tw {
namespace {

// "opened an anti-dumping investigation on Tuesday": opening a probe takes it, so the sentence's
// date is the day it was announced; a market opened to imports takes none.
TEST(Measures, OpeningAProbeDatesIt) {
  testing::FactDoc d("EU opens probe into Chinese tyre imports",
                     "BRUSSELS (Reuters) - The European Commission opened an anti-dumping investigation on Tuesday "
                     "into imports of passenger car tyres from China.",
                     {2024, 5, 14});
  d.bloc("EU", "European Commission").country("CN", "China").date("Tuesday", "2024-05-14");
  d.run(extract::make_measures_stage);
  ASSERT_EQ(d.x.measures.size(), 1u);
  EXPECT_EQ(d.x.measures[0].kind, "anti_dumping");
  EXPECT_EQ(d.x.measures[0].announced, "2024-05-14");

  testing::FactDoc n("Market access",
                     "BRUSSELS (Reuters) - The European Commission said on Tuesday that China opened its market to "
                     "European pork years after an anti-dumping investigation.",
                     {2024, 5, 14});
  n.bloc("EU", "European Commission").country("CN", "China").date("Tuesday", "2024-05-14");
  n.run(extract::make_measures_stage);
  for (const auto& m : n.x.measures) EXPECT_TRUE(m.announced.empty()) << m.announced;
}

// "US imposes 25% tariffs on Japanese auto parts" over a body that says only "the measure": the
// headline's measure is the release's news, owned by the headline's subject that imposes it (not
// the place the goods come from), its span in the title. A title measure that no one owns or acts
// on ("… rebound after tariffs lifted") is none, and one the body already gives is not repeated.
TEST(Measures, MeasureNamedOnlyInTheTitle) {
  FactDoc d("US imposes 25% tariffs on Japanese auto parts",
            "The measure takes effect on August 1, the White House said on Thursday.", {2025, 7, 11});
  d.country("US", "US", 0, true).country("JP", "Japanese", 0, true);
  d.date("August 1", "2025-08-01").date("Thursday", "2025-07-10");
  ASSERT_EQ(owners_and_kinds(d), std::vector<std::string>{"US:tariff"});
  EXPECT_TRUE(d.x.measures[0].span.in_title);
  EXPECT_EQ(d.title().substr(d.x.measures[0].span.begin, d.x.measures[0].span.end - d.x.measures[0].span.begin), "tariffs");
  EXPECT_EQ(d.x.measures[0].stance, "neutral");
  // The headline's decision, dated by the events stage, dates its announcement.
  FactDoc e("US imposes 25% tariffs on Japanese auto parts",
            "The measure takes effect on August 1, the White House said on Thursday.", {2025, 7, 11});
  e.country("US", "US", 0, true).country("JP", "Japanese", 0, true);
  e.date("August 1", "2025-08-01").date("Thursday", "2025-07-10");
  Event decision;
  decision.type = "decision";
  decision.start = decision.end = "2025-07-10";
  e.x.events.push_back(decision);
  ASSERT_EQ(owners_and_kinds(e), std::vector<std::string>{"US:tariff"});
  EXPECT_EQ(e.x.measures[0].announced, "2025-07-10");

  FactDoc r("Korea urges US to exempt Korean cars from tariffs",
            "Trade Minister Yeo Han-koo met U.S. Commerce Secretary Howard Lutnick in Washington on Tuesday.",
            {2025, 4, 9});
  r.country("KR", "Korea", 0, true).country("US", "US", 0, true).country("KR", "Korean", 0, true).country("US", "U.S.");
  r.country("KR", "Korea", 0, true);
  ASSERT_EQ(owners_and_kinds(r), std::vector<std::string>{"US:tariff"});
  EXPECT_EQ(r.x.measures[0].stance, "request");

  FactDoc n("Australian wine exports to China rebound after tariffs lifted",
            "Australian wine exports to China have rebounded strongly this year.", {2025, 2, 10});
  n.country("AU", "Australian", 0, true).country("CN", "China", 0, true).country("AU", "Australian").country("CN", "China");
  EXPECT_TRUE(owners_and_kinds(n).empty());

  // A government named before the noun with words of another phrase between, or after a stance
  // cue with no request of it, owns none ("Canada welcomes Japan visit amid tariff talks").
  FactDoc v("Canada welcomes Japan visit amid tariff talks", "OTTAWA - Canada welcomed the visit of Japan's trade minister.",
            {2025, 5, 1});
  v.country("CA", "Canada", 0, true).country("JP", "Japan", 0, true).country("CA", "Canada").country("JP", "Japan");
  EXPECT_TRUE(owners_and_kinds(v).empty());

  // "… files WTO complaint against US steel tariffs": the complaint opposes the measure of the
  // government right before it, which "against" governs with the measure.
  FactDoc w("Korea files WTO complaint against US steel tariffs",
            "SEOUL - The trade ministry said it had requested dispute consultations at the World Trade Organization.",
            {2025, 4, 1});
  w.country("KR", "Korea", 0, true).country("US", "US", 0, true);
  ASSERT_EQ(owners_and_kinds(w), std::vector<std::string>{"US:tariff"});
  EXPECT_EQ(w.x.measures[0].stance, "oppose");

  FactDoc b("EU slaps provisional duties on Chinese electric vehicles",
            "The European Union on Tuesday imposed provisional anti-subsidy duties on electric vehicles imported "
            "from China.",
            {2024, 7, 4});
  b.bloc("EU", "EU", 0, true).country("CN", "Chinese", 0, true).bloc("EU", "European Union").country("CN", "China");
  b.date("Tuesday", "2024-07-02");
  const auto found = owners_and_kinds(b);
  EXPECT_EQ(std::count(found.begin(), found.end(), "EU:trade_remedy") + std::count(found.begin(), found.end(), "EU:tariff"), 1)
      << ::testing::PrintToString(found);
  EXPECT_FALSE(b.x.measures.empty() || b.x.measures[0].span.in_title);
}

// "Brazil's foreign ministry said the tariffs violated WTO rules": a government that says something
// of "the" measure, already reported as another's, speaks of it; it does not impose one of its own.
TEST(Measures, GovernmentSayingSomethingOfTheMeasureDoesNotOwnIt) {
  FactDoc d("Brazil files WTO complaint over US tariffs",
            "GENEVA (Reuters) - Brazil has requested consultations with the United States at the World Trade "
            "Organization over the 50% tariffs imposed by the United States on Brazilian goods, the WTO said on "
            "Monday. Brazil's foreign ministry said the tariffs violated WTO rules.",
            {2025, 8, 11});
  d.country("BR", "Brazil", 0, true).country("US", "US", 0, true).country("BR", "Brazil").country("US", "United States");
  d.country("US", "United States", 1).country("BR", "Brazilian").country("BR", "Brazil", 2);
  d.percent("50%", 50);
  d.date("Monday", "2025-08-11");
  const auto found = owners_and_kinds(d);
  EXPECT_EQ(std::count(found.begin(), found.end(), "BR:tariff"), 0) << ::testing::PrintToString(found);
  EXPECT_EQ(std::count(found.begin(), found.end(), "US:tariff"), 1) << ::testing::PrintToString(found);
}

// The EU's International Procurement Instrument is a procurement measure of the EU, whoever is
// named near it; screening of foreign investment is investment screening.
TEST(Measures, ProcurementInstrumentAndInvestmentScreening) {
  FactDoc d("EU limits access to procurement",
            "Brussels, 20 June 2025 - The Commission has today adopted a measure under the International "
            "Procurement Instrument to restrict access of Chinese companies to the EU public procurement market.",
            {2025, 6, 20});
  d.bloc("EU", "EU", 0, true).country("CN", "Chinese").bloc("EU", "EU");
  d.date("20 June 2025", "2025-06-20");
  EXPECT_EQ(owners_and_kinds(d), std::vector<std::string>{"EU:procurement"});

  FactDoc a("Australia's investment reforms",
            "CANBERRA - The Government has introduced tighter screening of investments in critical infrastructure.",
            {2025, 11, 3});
  a.country("AU", "Australia", 0, true);
  EXPECT_EQ(owners_and_kinds(a), std::vector<std::string>{"AU:investment_screening"});
}

// An investigation under Section 301 is a case opened against another's practices, a trade remedy
// of the United States; the tariffs imposed under Section 301 are tariffs.
TEST(Measures, Section301InvestigationIsNoTariff) {
  FactDoc d("USTR initiates investigation",
            "WASHINGTON - The United States Trade Representative today initiated an investigation under Section 301 "
            "of the Trade Act of 1974 into Brazil's digital trade practices.",
            {2025, 7, 16});
  d.country("US", "United States").country("BR", "Brazil");
  EXPECT_EQ(owners_and_kinds(d), std::vector<std::string>{"US:trade_remedy"});

  FactDoc p("USTR launches probe",
            "WASHINGTON - The Biden administration on Monday launched a Section 301 probe into China's legacy "
            "semiconductors.",
            {2024, 12, 23});
  p.country("CN", "China");
  EXPECT_EQ(owners_and_kinds(p), std::vector<std::string>{"US:trade_remedy"});

  FactDoc t("USTR raises tariffs",
            "WASHINGTON - The United States will raise tariffs imposed under Section 301 on Chinese electric vehicles.",
            {2024, 5, 14});
  t.country("US", "United States").country("CN", "Chinese");
  EXPECT_EQ(owners_and_kinds(t), std::vector<std::string>{"US:tariff"});
}

// "Beijing said on Monday it would impose export controls on gallium": the capital wire copy names
// for its government says that it takes the measure; so does a headline's "Beijing to impose".
TEST(Measures, CapitalSayingItWillImposeOwnsTheMeasure) {
  FactDoc d("China metals",
            "BEIJING (AP) - Beijing said on Monday it would impose export controls on gallium and germanium from "
            "August 1.",
            {2023, 7, 3});
  d.date("Monday", "2023-07-03").date("August 1", "2023-08-01");
  EXPECT_EQ(owners_and_kinds(d), std::vector<std::string>{"CN:export_control"});

  FactDoc t("Beijing to impose export controls on gallium", "The curbs take effect next month.", {2023, 7, 3});
  EXPECT_EQ(owners_and_kinds(t), std::vector<std::string>{"CN:export_control"});
}

// "The Philippines will suspend rice imports", "Indonesia banned nickel ore exports": a verb of
// stopping a flow with the goods between it and the flow reports the measure taken.
TEST(Measures, StoppingAFlowWithTheGoodsBetween) {
  FactDoc d("Philippines to halt imports",
            "MANILA - The Philippines will suspend rice imports for 60 days to support local farmers.", {2025, 8, 22});
  d.country("PH", "Philippines");
  EXPECT_EQ(owners_and_kinds(d), std::vector<std::string>{"PH:import_restriction"});

  FactDoc e("Indonesia ore policy", "JAKARTA - Indonesia banned nickel ore exports to encourage domestic processing.",
            {2019, 9, 2});
  e.country("ID", "Indonesia");
  EXPECT_EQ(owners_and_kinds(e), std::vector<std::string>{"ID:export_control"});

  // No verb before the goods: "the outlook for rice imports" takes no measure.
  FactDoc n("Talks", "MANILA - The ministers discussed the outlook for rice imports.", {2025, 8, 22});
  EXPECT_TRUE(owners_and_kinds(n).empty());
}

// "UK Trade Remedies Authority recommends …": a generic noun inside a body's name in the headline
// is no measure; "… launches trade remedies investigation" over a body that names the anti-dumping
// case is that case.
TEST(Measures, HeadlineRemedyWordsInANameOrOverTheCase) {
  FactDoc d("UK Trade Remedies Authority recommends extension of steel safeguard",
            "LONDON - The authority has recommended that the safeguard measure on steel imports be extended.",
            {2024, 6, 26});
  d.country("GB", "UK", 0, true);
  d.x.organizations.push_back({"UK Trade Remedies Authority", "", "GB", {{0, 27, true}}});
  const auto found = owners_and_kinds(d);
  EXPECT_EQ(std::count(found.begin(), found.end(), "GB:trade_remedy"), 0) << ::testing::PrintToString(found);

  FactDoc t("UK launches trade remedies investigation into Chinese excavators",
            "LONDON - The UK has initiated an anti-dumping investigation into imports of excavators from China.",
            {2025, 2, 1});
  t.country("GB", "UK", 0, true).country("CN", "Chinese", 0, true).country("GB", "UK").country("CN", "China");
  EXPECT_EQ(owners_and_kinds(t), std::vector<std::string>{"GB:anti_dumping"});
}

// "proposed to halve steel import quotas": the quotas in the plural are the quota measure.
TEST(Measures, ImportQuotasInThePlural) {
  FactDoc d("EU steel plan",
            "BRUSSELS - The European Commission proposed on Tuesday to halve steel import quotas.", {2025, 10, 7});
  d.bloc("EU", "European Commission");
  EXPECT_EQ(owners_and_kinds(d), std::vector<std::string>{"EU:tariff_rate_quota"});
}

// "adopted tariff quotas on steel imports": the EU's tariff quotas are a tariff-rate quota.
TEST(Measures, TariffQuotasAreATariffRateQuota) {
  FactDoc d("EU steel measure",
            "BRUSSELS - The European Commission today adopted tariff quotas on steel imports.", {2025, 10, 7});
  d.bloc("EU", "European Commission");
  const auto found = owners_and_kinds(d);
  EXPECT_EQ(std::count(found.begin(), found.end(), "EU:tariff_rate_quota"), 1) << ::testing::PrintToString(found);
  EXPECT_EQ(std::count(found.begin(), found.end(), "EU:tariff"), 0) << ::testing::PrintToString(found);
}

// "launched an anti-circumvention investigation into solar panels from Cambodia": a remedy case.
TEST(Measures, AntiCircumventionInvestigationIsARemedyCase) {
  FactDoc d("US solar probe",
            "WASHINGTON - The U.S. Commerce Department said it had launched an anti-circumvention investigation into "
            "solar panels from Cambodia.",
            {2022, 3, 28});
  d.country("US", "U.S.").country("KH", "Cambodia");
  EXPECT_EQ(owners_and_kinds(d), std::vector<std::string>{"US:trade_remedy"});
}

// "The Government of Japan is seriously concerned about the export control measures … announced
// by the Ministry of Commerce of the People's Republic of China": the passive's agent after the
// noun owns the measure, not the government speaking of it.
TEST(Measures, PassiveAgentAfterTheNounOwnsIt) {
  FactDoc d("Statement on export restrictions",
            "Tokyo, 10 October 2025 - The Government of Japan is seriously concerned about the export control "
            "measures on rare earth elements announced by the Ministry of Commerce of the People's Republic of China "
            "on October 9. Japan has requested that China withdraw the measures.",
            {2025, 10, 10});
  d.country("JP", "Japan").country("CN", "People's Republic of China").country("JP", "Japan", 1).country("CN", "China", 1);
  const std::string mofcom = "Ministry of Commerce of the People's Republic of China";
  d.x.organizations.push_back({mofcom, "", "CN", {d.at(mofcom)}});
  EXPECT_EQ(owners_and_kinds(d), std::vector<std::string>{"CN:export_control"});
}

// "setting countervailing duties … on cells that benefited from unfair subsidies": the subsidy a
// remedy answers is the case's subject, no measure of the government imposing the remedy.
TEST(Measures, UnfairSubsidiesARemedyAnswersAreNoMeasure) {
  FactDoc d("US final countervailing duty determination",
            "WASHINGTON - The U.S. Commerce Department issued a final determination that solar cells from Malaysia "
            "benefited from unfair subsidies, setting countervailing duties of up to 292 percent. The European "
            "Commission said its duties offset subsidies.",
            {2026, 5, 20});
  d.country("US", "U.S.").country("MY", "Malaysia");
  d.bloc("EU", "European");
  d.percent("292 percent", 292);
  const std::vector<std::string> found = owners_and_kinds(d);
  EXPECT_EQ(std::count(found.begin(), found.end(), "US:subsidy"), 0) << ::testing::PrintToString(found);
  EXPECT_EQ(std::count(found.begin(), found.end(), "EU:subsidy"), 0) << ::testing::PrintToString(found);
}

// "the government would not take countermeasures for now", "will not impose new tariffs": a measure
// denied being taken is none; one "not lifted" still stands.
TEST(Measures, MeasureDeniedBeingTakenIsNone) {
  FactDoc d("Switzerland regrets U.S. tariff",
            "BERN - Switzerland regretted the U.S. decision to impose a 39 percent tariff on Swiss imports. The "
            "minister said Switzerland would not take countermeasures and will not impose new tariffs.",
            {2026, 5, 20});
  d.country("CH", "Switzerland").country("US", "U.S.").country("CH", "Swiss").country("CH", "Switzerland", 1);
  d.percent("39 percent", 39);
  EXPECT_EQ(owners_and_kinds(d), std::vector<std::string>{"US:tariff"});
}

// "the European Union's tariff-rate quota for butter": dairy goods are farm goods.
TEST(Measures, ButterQuotaIsAgriculture) {
  FactDoc d("EU butter quota exhausted",
            "WELLINGTON - New Zealand said it was concerned that the European Union's tariff-rate quota for butter "
            "had been exhausted.",
            {2026, 5, 20});
  d.country("NZ", "New Zealand").bloc("EU", "European Union");
  d.run(extract::make_measures_stage);
  ASSERT_EQ(d.x.measures.size(), 1u);
  EXPECT_EQ(d.x.measures[0].kind, "tariff_rate_quota");
  EXPECT_EQ(d.x.measures[0].sector, "agriculture_fisheries");
}

// A government's body, subject of the sentence, increasing a duty named right after the verb ("The
// Ministry of Economy … to increase import duties of up to 50% on 1,463 tariff lines") takes the
// measure for the dateline's government; "tariffs increase costs" takes none.
TEST(Measures, IncreasingADutyIsTakingIt) {
  FactDoc d("Economy Ministry proposes tariff changes",
            "MEXICO CITY - The Ministry of Economy sent to Congress an initiative to increase import duties of up "
            "to 50% on 1,463 tariff lines from countries without a trade agreement with Mexico.",
            {2025, 9, 10});
  d.country("MX", "Mexico");
  d.percent("50%", 50);
  d.x.organizations.push_back({"Ministry of Economy", "", "", {d.at("Ministry of Economy")}});
  d.run(extract::make_measures_stage);
  ASSERT_EQ(d.x.measures.size(), 1u);
  EXPECT_EQ(d.x.measures[0].jurisdiction, "MX");
  EXPECT_EQ(d.x.measures[0].kind, "tariff");
  FactDoc n("Exporters meet in Lima",
            "The Ministry of Foreign Trade said higher tariffs increase costs for exporters in Peru.",
            {2025, 9, 10});
  n.country("PE", "Peru");
  n.x.organizations.push_back({"Ministry of Foreign Trade", "", "", {n.at("Ministry of Foreign Trade")}});
  n.run(extract::make_measures_stage);
  EXPECT_TRUE(n.x.measures.empty());
}

// "The Commissioner of the Anti-Dumping Commission has initiated an investigation into … exported
// from China": the authority is Australia's, which imposes the case, not the goods' origin; the
// day of the application it follows is not the day the case was announced.
TEST(Measures, TradeRemedyAuthorityNamesItsJurisdiction) {
  const Record r = tw::testing::extract_whole(
      "Initiation of investigation into hot rolled structural steel sections",
      "The Commissioner of the Anti-Dumping Commission has initiated an investigation into alleged dumping of hot "
      "rolled structural steel sections exported from Thailand and Malaysia, following an application lodged on 3 "
      "March 2026 by a domestic producer.",
      "2026-04-02");
  ASSERT_EQ(r.x.measures.size(), 1u);
  EXPECT_EQ(r.x.measures[0].jurisdiction, "AU");
  EXPECT_EQ(r.x.measures[0].kind, "anti_dumping");
  EXPECT_NE(r.x.measures[0].announced, "2026-03-03");
}

// "made a preliminary determination of dumping respecting certain …", "a final determination of
// subsidizing in respect of …": the authority's finding in its case is the case's measure.
TEST(Measures, DeterminationOfDumpingOrSubsidizingIsTheCase) {
  const Record dumping = tw::testing::extract_whole(
      "Preliminary determination of dumping on steel strapping",
      "The Canada Border Services Agency made a preliminary determination of dumping respecting certain steel "
      "strapping originating in or exported from Turkey.",
      "2026-04-02");
  ASSERT_EQ(dumping.x.measures.size(), 1u);
  EXPECT_EQ(dumping.x.measures[0].jurisdiction, "CA");
  EXPECT_EQ(dumping.x.measures[0].kind, "anti_dumping");
  EXPECT_EQ(dumping.x.measures[0].stance, "neutral");
  // Its own lede names no day: the day of the release.
  EXPECT_EQ(dumping.x.measures[0].announced, "2026-04-02");
  const Record subsidizing = tw::testing::extract_whole(
      "Final determination of subsidizing on steel strapping",
      "The Canada Border Services Agency today made a final determination of subsidizing in respect of certain steel "
      "strapping originating in or exported from Turkey.",
      "2026-06-02");
  ASSERT_EQ(subsidizing.x.measures.size(), 1u);
  EXPECT_EQ(subsidizing.x.measures[0].kind, "trade_remedy");
  EXPECT_EQ(subsidizing.x.measures[0].announced, "2026-06-02");
}

// "The Commission has terminated the investigation into alleged dumping of …": ending a case is a
// decision in it; the case is the authority's measure.
TEST(Measures, TerminatedInvestigationIsTheCase) {
  const Record r = tw::testing::extract_whole(
      "Termination of investigation into hollow structural sections",
      "The Anti-Dumping Commission has terminated the investigation into alleged dumping of hollow structural "
      "sections exported from Indonesia.",
      "2026-04-02");
  ASSERT_EQ(r.x.measures.size(), 1u);
  EXPECT_EQ(r.x.measures[0].jurisdiction, "AU");
  EXPECT_EQ(r.x.measures[0].kind, "anti_dumping");
}

// "The Commission has terminated the proceeding concerning imports of …": a remedy's case ended,
// its remedy unnamed.
TEST(Measures, TerminatedProceedingOfNoNamedRemedy) {
  const Record r = tw::testing::extract_whole(
      "Commission closes proceeding on ceramic sinks",
      "The European Commission has terminated the proceeding concerning imports of ceramic sinks originating in "
      "India.",
      "2026-04-02");
  ASSERT_EQ(r.x.measures.size(), 1u);
  EXPECT_EQ(r.x.measures[0].jurisdiction, "EU");
  EXPECT_EQ(r.x.measures[0].kind, "trade_remedy");
}

// "The Ministry of Commerce … firmly opposes the anti-dumping investigation launched by Brazil": the
// agent after the case began it and owns it, not the ministry that speaks of it.
TEST(Measures, CaseLaunchedByItsAgent) {
  const Record r = tw::testing::extract_whole(
      "Ministry opposes probe",
      "BEIJING - The Ministry of Commerce announced on Friday that it firmly opposes the anti-dumping "
      "investigation initiated by Argentina into imports of bicycle tyres.",
      "2026-04-02");
  ASSERT_EQ(r.x.measures.size(), 1u);
  EXPECT_EQ(r.x.measures[0].jurisdiction, "AR");
  EXPECT_EQ(r.x.measures[0].stance, "oppose");
}

// "… opened an in-depth investigation under the Foreign Subsidies Regulation … China's commerce
// ministry criticised the anti-subsidy probe": the press's word names the same review, which is
// no trade remedy.
TEST(Measures, AntiSubsidyProbeUnderTheForeignSubsidiesRegulation) {
  const Record r = tw::testing::extract_whole(
      "Commission opens in-depth investigation under Foreign Subsidies Regulation",
      "BRUSSELS - The European Commission has opened an in-depth investigation under the Foreign Subsidies "
      "Regulation into a bid by a Chinese wind turbine maker. China's commerce ministry criticised the anti-subsidy "
      "probe as unfair.",
      "2026-04-02");
  ASSERT_EQ(r.x.measures.size(), 1u);
  EXPECT_EQ(r.x.measures[0].jurisdiction, "EU");
  EXPECT_EQ(r.x.measures[0].kind, "foreign_subsidy_investigation");
}

// "… after Washington threatened a 25% tariff on Mexican goods from March 4": a tariff threatened
// with its terms is the threatening government's announced measure.
TEST(Measures, ThreatenedTariffWithItsTermsIsAMeasure) {
  const Record r = tw::testing::extract_whole(
      "Mexico weighs response",
      "MEXICO CITY - The economy ministry said it would seek talks. The move comes after Washington threatened a "
      "25% tariff on Mexican goods from March 4.",
      "2026-02-02");
  ASSERT_EQ(r.x.measures.size(), 1u);
  EXPECT_EQ(r.x.measures[0].jurisdiction, "US");
  EXPECT_EQ(r.x.measures[0].kind, "tariff");
}

// "… announced a tariff rate quota on steel imports from its free trade partners, excluding Japan
// and Mexico": the governments a measure spares neither own it nor are its targets.
TEST(Measures, SparedGovernmentDoesNotOwnTheMeasure) {
  const Record r = tw::testing::extract_whole(
      "Canada limits steel imports",
      "OTTAWA - The Honourable Anita Anand, Minister of Industry, today announced a tariff rate quota on imports "
      "of steel products from free trade partners, excluding Japan and Mexico.",
      "2026-03-10");
  ASSERT_EQ(r.x.measures.size(), 1u);
  EXPECT_EQ(r.x.measures[0].jurisdiction, "CA");
  EXPECT_EQ(r.x.measures[0].kind, "tariff_rate_quota");
}

// "The Honourable X, Minister of Industry, today announced a surtax …": a titled official of known
// country opening the sentence whose verb has the measure as object owns it for that country.
TEST(Measures, TitledOfficialAnnouncingTheMeasureOwnsIt) {
  const Record r = tw::testing::extract_whole(
      "Canada acts on steel",
      "OTTAWA - The Honourable Mélanie Joly, Minister of Industry, today announced a surtax on imports of steel "
      "wire from China. The surtax will protect Canadian workers.",
      "2026-03-10");
  ASSERT_EQ(r.x.measures.size(), 1u);
  EXPECT_EQ(r.x.measures[0].jurisdiction, "CA");
  EXPECT_EQ(r.x.measures[0].kind, "tariff");
}

// "The finance ministry proposed a 12% tariff on …": a government putting a measure forward with an
// article after the verb takes it, as "will propose" does.
TEST(Measures, ProposedWithAnArticleIsAVerbOfTakingIt) {
  const Record r = tw::testing::extract_whole(
      "Ministry proposes tariff",
      "NEW DELHI - The finance ministry proposed a 12% tariff on imports of steel flat products from Viet Nam.",
      "2026-03-10");
  ASSERT_EQ(r.x.measures.size(), 1u);
  EXPECT_EQ(r.x.measures[0].jurisdiction, "IN");
  EXPECT_EQ(r.x.measures[0].announced, "2026-03-10");
}

// "imposed a 12% duty on …": a bare duty with its rate right before is a tariff; the phrase is the
// noun alone.
TEST(Measures, BareDutyWithItsRateIsATariff) {
  const Record r = tw::testing::extract_whole(
      "Ministry imposes duty",
      "NEW DELHI - India's finance ministry imposed a 12% duty on imports of steel flat products from Viet Nam.",
      "2026-03-10");
  ASSERT_EQ(r.x.measures.size(), 1u);
  EXPECT_EQ(r.x.measures[0].kind, "tariff");
  EXPECT_EQ(r.x.measures[0].description, "duty");
  EXPECT_EQ(r.x.measures[0].parameters, (std::vector<std::string>{"12%"}));
}

// "… traded under the agreement's preferential tariffs": a rate the pact grants its parties, no
// measure of the reporting government.
TEST(Measures, PreferentialTariffsOfAPactAreNoMeasure) {
  const Record r = tw::testing::extract_whole(
      "Pact benefits exporters",
      "NAIROBI - Kenya launched a scheme that allows goods to be traded under the agreement's preferential "
      "tariffs.",
      "2026-03-10");
  EXPECT_TRUE(r.x.measures.empty()) << r.x.measures[0].description;
}

// "… recommended that the safeguard measure … be extended for three years, until October 2028": the
// date a term's end leads to is no announcement; the lede's measure is the release day's.
TEST(Measures, DateUntilWhichAMeasureRunsIsNotItsAnnouncement) {
  const Record r = tw::testing::extract_whole(
      "Safeguard extended",
      "OTTAWA - The Canadian International Trade Tribunal has recommended that the safeguard measure on imports "
      "of steel wire be extended for three years, until October 2028.",
      "2025-10-02");
  ASSERT_EQ(r.x.measures.size(), 1u);
  EXPECT_EQ(r.x.measures[0].announced, "2025-10-02");
}

// "… today added 12 companies from Pakistan and the United Arab Emirates to the Entity List": parties
// put on the list are the list's government acting; the list's name is the phrase.
TEST(Measures, PartiesAddedToTheEntityListAreTheListsAct) {
  const Record r = tw::testing::extract_whole(
      "Entities listed",
      "WASHINGTON - The Bureau of Industry and Security today added 12 companies from Pakistan and the United "
      "Arab Emirates to the Entity List.",
      "2025-10-02");
  ASSERT_EQ(r.x.measures.size(), 1u);
  EXPECT_EQ(r.x.measures[0].jurisdiction, "US");
  EXPECT_EQ(r.x.measures[0].announced, "2025-10-02");
  EXPECT_EQ(r.x.measures[0].description, "Entity List");
}

// "BRUSSELS, May 3 (AP) - The European Commission on Thursday opened a safeguard investigation": the
// dateline's day is the copy's; the day the sentence names dates the measure.
TEST(Measures, DatelineDayGivesWayToTheSentencesDay) {
  const Record r = tw::testing::extract_whole(
      "EU opens safeguard probe",
      "BRUSSELS, May 3 (AP) - The European Commission on Thursday opened a safeguard investigation into imports "
      "of ferroalloys.",
      "2026-05-04");
  ASSERT_EQ(r.x.measures.size(), 1u);
  EXPECT_EQ(r.x.measures[0].jurisdiction, "EU");
  EXPECT_EQ(r.x.measures[0].announced, "2026-04-30");
}

// "proposed to suspend tariff concessions on imports of United States goods": suspending concessions
// raises the suspending side's tariffs, its answer.
TEST(Measures, SuspendedTariffConcessionsAreTheSuspendersTariff) {
  const Record r = tw::testing::extract_whole(
      "EU responds",
      "BRUSSELS - The European Commission today proposed to suspend tariff concessions on imports of United "
      "States goods worth EUR 20 billion.",
      "2026-05-20");
  ASSERT_EQ(r.x.measures.size(), 1u);
  EXPECT_EQ(r.x.measures[0].jurisdiction, "EU");
  EXPECT_EQ(r.x.measures[0].kind, "tariff");
}

// "… on Monday added 12 Chinese companies to its Entity List": the list's government acting, on the
// day the sentence names.
TEST(Measures, PartiesAddedToItsEntityListAreTheListsAct) {
  const Record r = tw::testing::extract_whole(
      "Firms listed",
      "WASHINGTON, May 4 (Reuters) - The U.S. Commerce Department on Monday added 12 Chinese companies to its "
      "Entity List.",
      "2026-05-05");
  ASSERT_EQ(r.x.measures.size(), 1u);
  EXPECT_EQ(r.x.measures[0].jurisdiction, "US");
  EXPECT_EQ(r.x.measures[0].announced, "2026-05-04");
}

}  // namespace
}  // namespace tw

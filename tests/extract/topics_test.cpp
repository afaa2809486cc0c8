#include <gtest/gtest.h>

#include <algorithm>

#include "extract/stages.h"

namespace {

std::vector<std::string> topics(std::string_view title, std::string_view body, tw::Extraction x = {}) {
  static auto stage = std::move(tw::extract::make_topics_stage(TW_SOURCE_DIR "/data")).value();
  tw::extract::Doc doc{title, body, {2025, 12, 4}, {}, x, false};
  stage->run(doc);
  auto out = x.topics;
  std::sort(out.begin(), out.end());
  return out;
}

using T = std::vector<std::string>;

TEST(Topics, TermsOfTheTaxonomy) {
  EXPECT_EQ(topics("", "cooperation in AI, future mobility, semiconductors, and quantum technology"),
            (T{"ai", "future_mobility", "quantum", "semiconductors"}));
  EXPECT_EQ(topics("", "critical minerals, electric vehicles, and batteries"),
            (T{"batteries", "critical_minerals", "electric_vehicles"}));
  EXPECT_EQ(topics("", "imposed definitive anti-dumping duties on imports"), T{"trade_remedies"});
  EXPECT_EQ(topics("", "support for small and medium-sized enterprises"), T{"smes"});
}

// Cars traded are automobiles; electric cars stay electric vehicles only. Whisky is a farm product
// as brandy and wine are (the WTO's Agreement on Agriculture covers spirits).
TEST(Topics, CarsAreAutomobiles) {
  EXPECT_EQ(topics("", "cutting tariffs on textiles, whisky and cars"), (T{"agriculture_fisheries", "automobiles"}));
  EXPECT_EQ(topics("", "cutting tariffs on textiles and cars"), (T{"automobiles"}));
  EXPECT_EQ(topics("", "car exports rose"), (T{"automobiles"}));
  EXPECT_EQ(topics("", "a row over electric cars"), (T{"electric_vehicles"}));
  EXPECT_EQ(topics("", "the car park of the venue"), T{});
}

// Wind turbines, wind farms and photovoltaic modules are renewable energy, as solar is.
TEST(Topics, WindTurbinesAndPhotovoltaicsAreRenewableEnergy) {
  EXPECT_EQ(topics("", "an investigation into Chinese suppliers of wind turbines"), T{"renewable_energy"});
  EXPECT_EQ(topics("", "offshore wind farms in the North Sea"), T{"renewable_energy"});
  EXPECT_EQ(topics("", "duties on photovoltaic modules"), T{"renewable_energy"});
  EXPECT_EQ(topics("", "the winds of change"), T{});
}

// Bulk chemicals and polymers that trade-remedy cases name by product are chemicals; "PVC" only as
// written in capitals.
TEST(Topics, PolymersAndBulkChemicalsAreChemicals) {
  EXPECT_EQ(topics("", "anti-dumping duty on Polyvinyl Chloride (PVC) suspension resins"),
            (T{"chemicals", "trade_remedies"}));
  EXPECT_EQ(topics("", "duties on soda ash and polypropylene"), T{"chemicals"});
  EXPECT_EQ(topics("", "the pvc pipes of the venue"), T{});
}

TEST(Topics, LongestTermWins) {
  // "renewable energy" is renewable_energy, not energy as well.
  EXPECT_EQ(topics("", "investment in renewable energy"), (T{"investment", "renewable_energy"}));
  // A term may name two topics.
  EXPECT_EQ(topics("", "negotiations covering services and investment"), (T{"investment", "services"}));
}

// A battery electric vehicle (BEV) is a kind of electric vehicle, not a battery; batteries named
// on their own still are.
TEST(Topics, BatteryElectricVehiclesAreElectricVehicles) {
  EXPECT_EQ(topics("", "imports of battery electric vehicles (BEVs) rose"), (T{"electric_vehicles"}));
  EXPECT_EQ(topics("", "electric vehicles and their batteries"), (T{"batteries", "electric_vehicles"}));
}

TEST(Topics, CaseOfAcronyms) {
  EXPECT_EQ(topics("", "AI governance"), T{"ai"});
  // "ai" inside other words or in lower case is not artificial intelligence.
  EXPECT_TRUE(topics("", "aid was said to be available").empty());
  EXPECT_TRUE(topics("", "an investigation into the claims").empty());
}

TEST(Topics, NotInsideNames) {
  // An organization's name or an office title does not make the release about its words.
  EXPECT_TRUE(topics("", "The Ministry of Trade, Industry and Energy announced talks.").empty());
  EXPECT_TRUE(topics("", "Trade, Industry and Energy Minister Lee met the delegation.").empty());
  EXPECT_TRUE(topics("", "held at the Korea Federation of SMEs in Seoul").empty());
  EXPECT_TRUE(topics("", "Minister of Small Business, Export Promotion and International Trade").empty());
  // The same words outside a name count.
  EXPECT_EQ(topics("", "The Ministry discussed energy and SMEs."), (T{"energy", "smes"}));
  // Names of agreements still say what is discussed.
  EXPECT_EQ(topics("", "the incorporation of the Agreement on Electronic Commerce"), T{"digital_trade"});
  // Spans of organizations found by an earlier stage are respected too.
  tw::Extraction x;
  x.organizations.push_back({"Korea Battery Alliance", "", "KR", {{4, 26, false}}});
  EXPECT_TRUE(topics("", "the Korea Battery Alliance met", x).empty());
}

TEST(Topics, Title) {
  EXPECT_EQ(topics("Korea’s ICT Exports Reach All-Time High", "Exports rose."), T{"ict"});
  EXPECT_TRUE(topics("Minister for Trade, Tourism and Investment", "They met.").empty());
}

}  // namespace

namespace {

TEST(Topics, InfrastructureNarrowedByAnotherNounIsNotTheTopic) {
  EXPECT_TRUE(topics("", "access to the laboratory's research infrastructure").empty());
  EXPECT_EQ(topics("", "investors praised the hospital infrastructure"), T{"investment"});
  EXPECT_TRUE(topics("", "plans for charging-infrastructure along highways").empty());
  EXPECT_TRUE(topics("", "build data centers and related infrastructure").empty());
  EXPECT_TRUE(topics("", "open access to GPU infrastructure").empty());
  // Unmodified, or after a verb, a determiner or a conjunction, it is the subject.
  EXPECT_EQ(topics("", "cooperation on infrastructure in the region"), T{"infrastructure"});
  EXPECT_EQ(topics("", "expanding infrastructure cooperation"), T{"infrastructure"});
  EXPECT_EQ(topics("", "energy, transport and infrastructure"), (T{"energy", "infrastructure"}));
  EXPECT_EQ(topics("", "bids for major infrastructure projects"), T{"infrastructure"});
  EXPECT_EQ(topics("", "Infrastructure was discussed."), T{"infrastructure"});
}

TEST(Topics, RailAndVehicleVocabulary) {
  EXPECT_EQ(topics("", "opening the high-speed rail procurement market"), T{"infrastructure"});
  EXPECT_EQ(topics("", "tariffs on passenger cars and motor vehicles"), T{"automobiles"});
  // Coordinated adjectives share the noun: hybrid vehicles are automobiles, electric ones EVs.
  EXPECT_EQ(topics("", "a hybrid and electric vehicle plant"), (T{"automobiles", "electric_vehicles"}));
  EXPECT_EQ(topics("", "a hybrid approach to electric vehicle charging"), T{"electric_vehicles"});
  // A railing or a car park is neither.
  EXPECT_TRUE(topics("", "the railing of the car park").empty());
}


// "non-oil trade" names what the figure leaves out, not the topic; oil named on its own, or a
// hyphen joining other words ("oil-rich", "crude-oil"), still counts.
TEST(Topics, TermAfterNonHyphenIsLeftOut) {
  EXPECT_TRUE(topics("", "Non-oil trade between the two countries reached $19 billion").empty());
  EXPECT_EQ(topics("", "non-oil trade rose while oil exports fell"), T{"energy"});
  EXPECT_EQ(topics("", "the oil-rich Gulf states"), T{"energy"});
}

// Farm goods a trade measure or deal names ("tariffs on Australian beef", "bananas", "citrus")
// are the farm topic; "the defense budget beef-up" is a verb's noun, no beef.
TEST(Topics, FarmGoodsAndAVerbsNoun) {
  EXPECT_EQ(topics("", "He raised Korea's tariffs on Australian beef and citrus."), T{"agriculture_fisheries"});
  EXPECT_EQ(topics("", "The deal opens markets to bananas and processed fruit."), T{"agriculture_fisheries"});
  EXPECT_TRUE(topics("", "Along with the budget beef-up, the market is forecast to grow.").empty());
}

// An edible oil is a farm product, not the energy commodity: "canola oil" and "soybean oil" are
// read whole, so their "oil" does not also count as energy.
TEST(Topics, EdibleOilsAreFarmProducts) {
  EXPECT_EQ(topics("", "100% tariffs on canola oil and soybean oil imports"), T{"agriculture_fisheries"});
  EXPECT_EQ(topics("", "exports of olive oil and crude oil fell"), (T{"agriculture_fisheries", "energy"}));
}

}  // namespace

namespace {

// Farm goods named as what trade carries ("coffee exports", "sugar imports", "soybeans, motorcycles
// and orange juice") are agriculture; "the defense budget beef-up" is not.
TEST(Topics, FarmCommoditiesAreAgriculture) {
  EXPECT_EQ(topics("", "Uganda's coffee exports rose 52 percent"), T{"agriculture_fisheries"});
  EXPECT_EQ(topics("", "tariffs imposed by Tanzania on sugar imports"), T{"agriculture_fisheries"});
  EXPECT_EQ(topics("", "exports of meat, horticultural products, pulses and oilseeds"), T{"agriculture_fisheries"});
  EXPECT_EQ(topics("", "U.S. products like soybeans"), T{"agriculture_fisheries"});
  EXPECT_EQ(topics("", "Along with the defense budget beef-up, the market grows."), T{"defense"});
}

}  // namespace

namespace {

// Minerals on the critical lists are named one by one in export-control and dispute texts
// ("export controls on gallium and germanium", "antimony-related items", "raw materials such as
// bauxite"); a company named after one is not about it.
TEST(Topics, NamedCriticalMinerals) {
  EXPECT_EQ(topics("", "China will impose export controls on gallium and germanium products"),
            (T{"critical_minerals", "export_controls"}));
  EXPECT_EQ(topics("", "some antimony-related items may not be shipped"), T{"critical_minerals"});
  EXPECT_EQ(topics("", "quotas on raw materials such as bauxite, coke and zinc"), T{"critical_minerals"});
  EXPECT_TRUE(topics("", "Shares of the Tungsten Holdings Corporation rose.").empty());
}

}  // namespace

namespace {

// Coal is an energy commodity ("coal exports down", "the coal export ban"); charcoal is not. A
// green transformation (Japan's GX strategy, the EU's) is climate policy as a green transition is.
TEST(Topics, CoalAndGreenTransformation) {
  EXPECT_EQ(topics("Indonesia sees narrowing trade surplus as coal exports down", ""), T{"energy"});
  EXPECT_EQ(topics("", "coordinating the Inflation Reduction Act and Japan's Green Transformation (GX) strategy"),
            T{"climate"});
  EXPECT_TRUE(topics("", "exports of charcoal and furniture rose").empty());
  EXPECT_TRUE(topics("", "a transformation of the green room").empty());
}

}  // namespace

namespace {

// Meat, pork, poultry and fish traded or under a measure are farm and fishery goods ("an
// anti-dumping probe into pork", "exports of cashmere and meat products"); the words inside
// others ("selfish", "meatier") are not.
TEST(Topics, MeatAndFishAreAgriculture) {
  EXPECT_EQ(topics("", "launched an anti-dumping probe into pork imported from the European Union"),
            (T{"agriculture_fisheries", "trade_remedies"}));
  EXPECT_EQ(topics("", "Mongolia's exports of cashmere and meat products to Japan"), T{"agriculture_fisheries"});
  EXPECT_EQ(topics("", "Thai exports of fish and jewellery, and poultry"), T{"agriculture_fisheries"});
  EXPECT_TRUE(topics("", "a selfish approach with meatier proposals").empty());
}

}  // namespace

namespace {

// A word that ends a name ("Services", "Corporation") makes a name only of the capitalized words
// before it, and not across a comma: a capitalized list of negotiating areas is not a company.
TEST(Topics, NameEndingWordDoesNotReachAcrossAList) {
  EXPECT_EQ(topics("", "various areas such as Trade in Goods, Trade in Services, Investment, Competition "
                       "Policies, Intellectual Property, amongst others, were discussed."),
            (T{"investment", "services"}));
  // Names that end in such a word still hide their words.
  EXPECT_TRUE(topics("", "shares of Samsung Financial Services rose").empty());
  EXPECT_TRUE(topics("", "the Korea Aerospace Industries plant").empty());
  EXPECT_TRUE(topics("", "a unit of Tungsten Steel Holdings, the Korean group").empty());
}

}  // namespace

namespace {

// Trucks, the auto industry and vehicle trade are automobiles; "automotive" before another noun
// ("automotive semiconductors", "automotive equipment") names that noun's topic only.
TEST(Topics, TrucksAndTheAutoIndustryAreAutomobiles) {
  EXPECT_EQ(topics("", "a 25% tariff on imported medium and heavy-duty trucks"), T{"automobiles"});
  EXPECT_EQ(topics("", "vehicle imports reached 35 billion TL, hurting the automotive industry"), T{"automobiles"});
  EXPECT_EQ(topics("", "demand for automotive equipment in the United States"), T{});
  EXPECT_EQ(topics("", "the EU leads in automotive semiconductors"), T{"semiconductors"});
}

}  // namespace

namespace {

// Drinks made from farm produce under a measure ("anti-dumping duties on brandy", "duties on
// Australian wine") are farm goods; fuels made from crops ("biodiesel", "biofuels") are renewable
// energy.
TEST(Topics, DrinksAreAgricultureAndBiofuelsRenewableEnergy) {
  EXPECT_EQ(topics("", "imposed provisional anti-dumping duties on brandy imported from the EU"),
            (T{"agriculture_fisheries", "trade_remedies"}));
  EXPECT_EQ(topics("", "the removal of duties on Australian wine"), T{"agriculture_fisheries"});
  EXPECT_EQ(topics("", "anti-dumping duties on imports of biodiesel from Indonesia"),
            (T{"renewable_energy", "trade_remedies"}));
  EXPECT_EQ(topics("", "raised its tariff on Brazilian biofuels"), T{"renewable_energy"});
}

}  // namespace

namespace {

// A free trade zone between parties ("the China-ASEAN free trade zone", "talks on a free trade zone
// between Ukraine and the EU") is a trade pact's area, no zone inside a country; a zone opened at a
// port is the topic.
TEST(Topics, FreeTradeZoneOfAPactIsNoEconomicZone) {
  EXPECT_EQ(topics("Ukraine, EU start talks on free trade zone", ""), T{});
  EXPECT_EQ(topics("", "talks on a free trade zone between Ukraine and the EU began"), T{});
  EXPECT_EQ(topics("", "pledged to upgrade their free trade zone"), T{});
  tw::Extraction x;
  x.countries.push_back({"CN", {{25, 30, false}}});
  x.blocs.push_back({"ASEAN", {{31, 36, false}}});
  EXPECT_EQ(topics("", "signed a protocol on the China-ASEAN free trade zone", x), T{});
  EXPECT_EQ(topics("", "a new free trade zone was opened in the city"), T{"free_economic_zones"});
  EXPECT_EQ(topics("", "companies in the Masan free trade zone"), T{"free_economic_zones"});
}

// Micro, small and medium enterprises, as Indian and Philippine releases abbreviate them ("MSMEs").
TEST(Topics, MicroSmallAndMediumEnterprisesAreSmes) {
  EXPECT_EQ(topics("", "The mission would support MSMEs in reaching new markets."), T{"smes"});
  EXPECT_EQ(topics("", "credit for an MSME exporter"), T{"smes"});
  EXPECT_EQ(topics("", "loans to micro and small enterprises"), T{"smes"});
}


// Car and automotive shipments, sales and trade figures are the automobile industry's.
TEST(Topics, CarAndAutomotiveShipmentsAreAutomobiles) {
  EXPECT_EQ(topics("", "Exports gained, while car shipments fell."), T{"automobiles"});
  EXPECT_EQ(topics("", "automotive exports rose 8.4% last year"), T{"automobiles"});
}

// "export curbs" is how wire copy writes export controls; cloud computing and cybersecurity are
// the ICT industry's; carbon capture is climate policy.
TEST(Topics, ExportCurbsCloudComputingAndCarbonCapture) {
  EXPECT_EQ(topics("", "China tightened export curbs on the metals."), T{"export_controls"});
  EXPECT_EQ(topics("", "cooperation on cloud computing and cybersecurity"), T{"ict"});
  EXPECT_EQ(topics("", "projects in carbon capture"), T{"climate"});
}

}  // namespace

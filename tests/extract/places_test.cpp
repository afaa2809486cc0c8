#include "extract/mentions_fixture.h"

namespace {

using tw::testing::has_code;
using tw::testing::run_mentions;
using tw::testing::text_of;

TEST(Places, NamesShortFormsAndAdjectives) {
  auto m = run_mentions("Korea–U.S. to Strengthen Cooperation",
                        "The Korean Agency met the French Ministry of Economy and officials from the UK.", 1);
  EXPECT_TRUE(has_code(m.x.countries, "KR"));
  EXPECT_TRUE(has_code(m.x.countries, "US"));
  EXPECT_TRUE(has_code(m.x.countries, "FR"));
  EXPECT_TRUE(has_code(m.x.countries, "GB"));
  for (const auto& c : m.x.countries)
    for (const auto& s : c.spans) EXPECT_FALSE(text_of(m, s).empty());
  // title spans are marked as such and read back the mention
  const auto& us = *std::find_if(m.x.countries.begin(), m.x.countries.end(), [](auto& c) { return c.code == "US"; });
  ASSERT_EQ(us.spans.size(), 1u);
  EXPECT_TRUE(us.spans[0].in_title);
  EXPECT_EQ(text_of(m, us.spans[0]), "U.S.");
}

TEST(Places, NamesFromIsoCodes) {
  auto m = run_mentions("T", "Talks with Uzbekistan, Cameroon and the Russian Federation.", 1);
  EXPECT_TRUE(has_code(m.x.countries, "UZ"));
  EXPECT_TRUE(has_code(m.x.countries, "CM"));
  EXPECT_TRUE(has_code(m.x.countries, "RU"));
}

TEST(Places, WordBoundaries) {
  auto m = run_mentions("T", "Exports reached USD 13.7 billion with Chilean partners.", 1);
  EXPECT_FALSE(has_code(m.x.countries, "US"));  // "USD" is a currency
  ASSERT_TRUE(has_code(m.x.countries, "CL"));   // via the adjective, not "Chile" inside it
  EXPECT_EQ(text_of(m, m.x.countries[0].spans[0]), "Chilean");
}

// A capital named after its country ("Mexico City", "Kuwait City") is a city, and a city alone
// does not name its country (GUIDELINES); the country's own name still does.
TEST(Places, CapitalNamedAfterItsCountryIsNoCountry) {
  auto m = run_mentions("T", "The second round will be held in Mexico City, the third in Kuwait City.", 1);
  EXPECT_FALSE(has_code(m.x.countries, "MX"));
  EXPECT_FALSE(has_code(m.x.countries, "KW"));
  auto n = run_mentions("T", "Mexico hosted the round in Mexico City.", 1);
  ASSERT_TRUE(has_code(n.x.countries, "MX"));
  EXPECT_EQ(n.x.countries[0].spans.size(), 1u);
}

// "South America" and "Central America" are continents' parts, not the United States; America
// alone still is.
TEST(Places, SouthAmericaIsNoUnitedStates) {
  auto m = run_mentions("T", "German firms lost market share in South America and Central America.", 1);
  EXPECT_FALSE(has_code(m.x.countries, "US"));
  auto n = run_mentions("T", "Exports to America and South America rose.", 1);
  ASSERT_TRUE(has_code(n.x.countries, "US"));
  EXPECT_EQ(n.x.countries[0].spans.size(), 1u);
}

// "US$" is a currency sign, as "USD" is; the short form on its own still names the country.
TEST(Places, DollarSignIsNoCountry) {
  auto m = run_mentions("T", "Imports reached US$1.1 billion and US$ 5.9 billion in 2024.", 1);
  EXPECT_FALSE(has_code(m.x.countries, "US"));
  auto n = run_mentions("T", "The US said imports reached US$1.1 billion.", 1);
  ASSERT_TRUE(has_code(n.x.countries, "US"));
  EXPECT_EQ(n.x.countries[0].spans.size(), 1u);
}

TEST(Places, LongestFormWins) {
  auto m = run_mentions("T", "South African and Asia-Pacific Economic Cooperation ministers met.", 1);
  EXPECT_TRUE(has_code(m.x.countries, "ZA"));
  EXPECT_FALSE(has_code(m.x.blocs, "AFRICA"));
  EXPECT_TRUE(has_code(m.x.blocs, "APEC"));
  EXPECT_FALSE(has_code(m.x.blocs, "ASIA_PACIFIC"));
}

TEST(Places, RegionsInsideNames) {
  auto m = run_mentions("T", "They discussed the Indo-Pacific Economic Framework and the Balkan region.", 1);
  EXPECT_TRUE(has_code(m.x.blocs, "INDO_PACIFIC"));
  EXPECT_TRUE(has_code(m.x.blocs, "BALKANS"));
}

TEST(Places, EuropeanCommissionIsEu) {
  auto m = run_mentions("T", "The European Commission and the Council of Europe met.", 1);
  EXPECT_TRUE(has_code(m.x.blocs, "EU"));
  EXPECT_EQ(m.x.blocs.size(), 1u);
}

// "extra-EU28 exports": the Union by its member count is the EU. The euro area is not the Union
// (SPEC §3.2 has no code for it), and a longer code is no count.
TEST(Places, UnionByMemberCountIsEu) {
  auto m = run_mentions("T", "Extra-EU28 exports rose, Eurostat said.", 1);
  EXPECT_TRUE(has_code(m.x.blocs, "EU"));
  auto n = run_mentions("T", "The euro area surplus rose to EUR 16.5 billion under rule EU2880.", 1);
  EXPECT_TRUE(n.x.blocs.empty());
}

TEST(Places, AmbiguousNames) {
  auto m = run_mentions("T", "Jordan Peterson spoke in the state of Georgia.", 1);
  EXPECT_FALSE(has_code(m.x.countries, "JO"));
  EXPECT_FALSE(has_code(m.x.countries, "GE"));
  auto k = run_mentions("T", "Ministers of Jordan and Georgia met.", 1);
  EXPECT_TRUE(has_code(k.x.countries, "JO"));
  EXPECT_TRUE(has_code(k.x.countries, "GE"));
}

TEST(Places, BrandPrefixAndCityAreNotCountries) {
  auto m = run_mentions("K-Trade Opens New Pathways", "The meeting in Geneva ended.", 1);
  EXPECT_TRUE(m.x.countries.empty());
}

TEST(Places, DatelineCountryCounts) {
  auto m = run_mentions("T", "AREQUIPA, PERU – The ministers met.", 1);
  EXPECT_TRUE(has_code(m.x.countries, "PE"));
}

TEST(Places, PlaceWordInsidePersonNameIsDropped) {
  auto m = run_mentions("T", "Colombia's Minister of Commerce, Industry, and Tourism German Umaña met them.");
  EXPECT_TRUE(has_code(m.x.countries, "CO"));
  EXPECT_FALSE(has_code(m.x.countries, "DE"));
}


// "billion U.S. dollars", "Singapore dollars" name currencies; the short form elsewhere still
// names the country, and a word that only begins with "dollar" does not make it a currency.
TEST(Places, DollarNameIsNoCountry) {
  auto m = run_mentions("T", "Exports rose to 59.57 billion U.S. dollars and 3 billion Singapore dollars.", 1);
  EXPECT_FALSE(has_code(m.x.countries, "US"));
  EXPECT_FALSE(has_code(m.x.countries, "SG"));
  auto n = run_mentions("T", "Shipments fell on U.S. tariffs; Singapore dollarization was discussed.", 1);
  EXPECT_TRUE(has_code(n.x.countries, "US"));
  EXPECT_TRUE(has_code(n.x.countries, "SG"));
}
}  // namespace

// The Democratic Republic of the Congo, however written short ("DR Congo"), is not the Republic
// of the Congo that "Congo" alone names.
TEST(Places, DemocraticRepublicOfTheCongo) {
  for (const char* body : {"Delegates from Uganda, DR Congo and South Sudan attended.",
                           "Delegates from the Democratic Republic of Congo attended.",
                           "Delegates from the Democratic Republic of the Congo attended."}) {
    auto m = run_mentions("T", body, 1);
    EXPECT_TRUE(has_code(m.x.countries, "CD")) << body;
    EXPECT_FALSE(has_code(m.x.countries, "CG")) << body;
  }
  auto m = run_mentions("T", "Delegates from Congo and Gabon attended.", 1);
  EXPECT_TRUE(has_code(m.x.countries, "CG"));
  EXPECT_FALSE(has_code(m.x.countries, "CD"));
}

namespace {

// "Hong Kong, China" and "Macao, China", the WTO and APEC names of members, name Hong Kong and
// Macao alone; China named on its own still counts.
TEST(Places, WtoNamesOfHongKongAndMacao) {
  auto m = run_mentions("T", "The agreement between Peru and Hong Kong, China and talks with Macao, China went on.", 1);
  EXPECT_TRUE(has_code(m.x.countries, "HK"));
  EXPECT_TRUE(has_code(m.x.countries, "MO"));
  EXPECT_FALSE(has_code(m.x.countries, "CN"));
  auto n = run_mentions("T", "Exports to Hong Kong, China and Japan rose.", 1);
  EXPECT_TRUE(has_code(n.x.countries, "HK"));
  auto o = run_mentions("T", "Exports to Hong Kong and China rose.", 1);
  EXPECT_TRUE(has_code(o.x.countries, "CN"));
}

}  // namespace

namespace {

// Caribbean releases write their saints "St." or "St": those are the countries' names too.
TEST(Places, CaribbeanSaintsAbbreviated) {
  auto m = run_mentions("T",
                        "Free movement began in Barbados, St. Vincent and the Grenadines, St Kitts and Nevis "
                        "and St. Lucia, with Vincentian exporters.",
                        1);
  EXPECT_TRUE(has_code(m.x.countries, "VC"));
  EXPECT_TRUE(has_code(m.x.countries, "KN"));
  EXPECT_TRUE(has_code(m.x.countries, "LC"));
  EXPECT_TRUE(has_code(m.x.countries, "BB"));
  auto n = run_mentions("T", "The St. Vincent de Paul Society and St. Kitts Street met.", 1);
  EXPECT_FALSE(has_code(n.x.countries, "VC"));
  EXPECT_FALSE(has_code(n.x.countries, "KN"));
}

}  // namespace

namespace {

// "KSA": Gulf releases abbreviate the Kingdom of Saudi Arabia so; a word holding the letters
// ("KSAT") names nothing.
TEST(Places, KingdomOfSaudiArabiaAbbreviated) {
  auto m = run_mentions("T", "Exports from the UAE to the KSA rose.", 1);
  EXPECT_TRUE(has_code(m.x.countries, "SA"));
  auto n = run_mentions("T", "The KSAT index rose.", 1);
  EXPECT_FALSE(has_code(n.x.countries, "SA"));
}

// The groups of seven and twenty are named with figures as well as words.
TEST(Places, GroupOfTwentyInFigures) {
  auto m = run_mentions("T", "Leaders of the Group of 20 and the Group of 7 met.");
  EXPECT_TRUE(has_code(m.x.blocs, "G20"));
  EXPECT_TRUE(has_code(m.x.blocs, "G7"));
}

}  // namespace

namespace {

// "NZ Trade Minister Todd McClay": news copy's short form names New Zealand (it was read as a
// body's acronym, "NZ"); the currency sign "NZ$" names no country.
TEST(Places, NewZealandShortForm) {
  auto m = run_mentions("T", "NZ Trade Minister Todd McClay said exports of NZ$1.2 billion rose.", 1);
  ASSERT_TRUE(has_code(m.x.countries, "NZ"));
  const auto& nz = *std::find_if(m.x.countries.begin(), m.x.countries.end(), [](auto& c) { return c.code == "NZ"; });
  EXPECT_EQ(nz.spans.size(), 1u);
}

}  // namespace

namespace {

size_t spans_of(const tw::testing::Mentions& m, const std::string& code) {
  for (const auto& c : m.x.countries)
    if (c.code == code) return c.spans.size();
  return 0;
}

}  // namespace

// A form that is also a first name names no country after a given name in ordinary case, also
// glued into a compound ("the Michael Jordan-era shoe", "the Chad Smith-led team"); a list, a
// sentence's opening word, an article or a month before it leave it the country.
TEST(Places, AmbiguousFormAfterAGivenNameIsAName) {
  auto m = run_mentions("T", "Nostalgia for the Michael Jordan-era shoe grew. The Chad Smith-led team agreed.", 1);
  EXPECT_FALSE(has_code(m.x.countries, "JO"));
  EXPECT_FALSE(has_code(m.x.countries, "TD"));
  auto n = run_mentions("T",
                        "Egypt, Jordan and Chad met. Meanwhile, Jordan signed. In January, Jordan's exports rose. "
                        "The Korea-Jordan FTA took effect. Speaking in Geneva, Jordan's minister agreed.",
                        1);
  EXPECT_EQ(spans_of(n, "JO"), 5u);
  EXPECT_TRUE(has_code(n.x.countries, "TD"));
}

// "Savannah, Georgia", "Atlanta, Georgia", "Bryan County, Georgia": after a place of another kind
// or a city of the country that shares the name, the form is that country's region, and stays so
// through the release ("Hyundai's Georgia plant"); a city of the country itself, or a list of
// countries, keeps it the country.
TEST(Places, RegionAfterItsCityIsNoCountry) {
  for (const char* body : {"A plant opened near Savannah, Georgia, on Tuesday. It is Hyundai's second Georgia plant.",
                           "A plant opened in Atlanta, Georgia. It is Hyundai's second Georgia plant.",
                           "It is Hyundai's second Georgia plant, in Bryan County, Georgia."}) {
    auto m = run_mentions("T", body, 1);
    EXPECT_FALSE(has_code(m.x.countries, "GE")) << body;
  }
  auto n = run_mentions("T", "Talks were held in Tbilisi, Georgia. Armenia, Georgia and Azerbaijan took part.", 1);
  EXPECT_EQ(spans_of(n, "GE"), 2u);
  auto j = run_mentions("T", "Talks were held in Amman, Jordan.", 1);
  EXPECT_TRUE(has_code(j.x.countries, "JO"));
}

// "a battery plant construction site in Georgia" in copy about the United States: the state,
// unless the text names the country another way ("Georgian") too.
TEST(Places, StateNamedInUSCopyIsNoCountry) {
  auto m = run_mentions("T",
                        "U.S. immigration authorities raided a battery plant construction site in Georgia, the "
                        "minister said.",
                        1);
  EXPECT_FALSE(has_code(m.x.countries, "GE"));
  EXPECT_TRUE(has_code(m.x.countries, "US"));
  auto n = run_mentions("T", "The U.S. envoy met Georgian officials in Georgia on Monday.", 1);
  EXPECT_TRUE(has_code(n.x.countries, "GE"));
  auto k = run_mentions("T", "The minister met business leaders in Georgia on Monday.", 1);
  EXPECT_TRUE(has_code(k.x.countries, "GE"));
}

// A sea, gulf or strait named after a country ("Indian Ocean", "South China Sea", "Gulf of
// Mexico") names the feature, not the country (data/geo_features.tsv); the country's own name beside
// it still counts, and a region named in full ("Indo-Pacific") stays a region.
TEST(Places, SeaNamedAfterACountryIsNoCountry) {
  using tw::testing::has_code;
  using tw::testing::run_mentions;
  auto m = run_mentions("Tankers Avoid the Taiwan Strait",
                        "Ships crossed the Indian Ocean, the South China Sea and the Gulf of Mexico.", 1);
  EXPECT_TRUE(m.x.countries.empty());
  auto n = run_mentions("T", "India and China ship oil through the Arabian Sea to the Indo-Pacific.", 1);
  EXPECT_TRUE(has_code(n.x.countries, "IN"));
  EXPECT_TRUE(has_code(n.x.countries, "CN"));
  EXPECT_EQ(n.x.countries.size(), 2u);
  EXPECT_TRUE(has_code(n.x.blocs, "INDO_PACIFIC"));
  // A country whose own name holds a feature's ("British Indian Ocean Territory") is still named.
  auto t = run_mentions("T", "Talks with the British Indian Ocean Territory resumed.", 1);
  ASSERT_EQ(t.x.countries.size(), 1u);
  EXPECT_EQ(t.x.countries[0].code, "IO");
}

// "Georgia Governor Brian Kemp", "the Governor of Georgia", "the U.S. states of Georgia and
// Alabama", "Hyundai Motor Group's Georgia plant": a state's office or a firm's site next to the
// form names the US state, throughout the release, whatever else it names; the country keeps its
// own forms ("Georgian", a pair with a dash).
TEST(Places, StateOfficesAndSitesNameTheState) {
  using tw::testing::has_code;
  using tw::testing::run_mentions;
  for (const char* body : {"The minister met Georgia Governor Brian Kemp to discuss investment in Georgia.",
                           "The Governor of Georgia visited Seoul to attract investment to Georgia.",
                           "Korean firms invested in the U.S. states of Georgia and Alabama.",
                           "Georgia state officials welcomed the investment.",
                           "Hyundai Motor Group's Georgia plant began production.",
                           "LG opened a plant in Georgia, United States."}) {
    auto m = run_mentions("T", body, 1);
    EXPECT_FALSE(has_code(m.x.countries, "GE")) << body;
  }
  auto k = run_mentions("T", "Korea and Georgia signed the Korea-Georgia agreement with Georgian officials.", 1);
  EXPECT_TRUE(has_code(k.x.countries, "GE"));
}

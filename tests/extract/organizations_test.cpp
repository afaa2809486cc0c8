#include "extract/mentions_fixture.h"

namespace {

using tw::testing::run_mentions;
using tw::testing::text_of;

const tw::Organization* find_org(const tw::Extraction& x, const std::string& name) {
  for (const auto& o : x.organizations)
    if (o.name == name || o.acronym == name) return &o;
  return nullptr;
}

TEST(Organizations, AcronymDefinitionAndLaterUses) {
  auto m = run_mentions("KATS Hosts Forum",
                        "The Korean Agency for Technology and Standards (KATS, President Kim Dae-ja) held a "
                        "forum. KATS and the Korea Institute of Industrial Technology (KITECH) agreed.",
                        2);
  const auto* kats = find_org(m.x, "KATS");
  ASSERT_NE(kats, nullptr);
  EXPECT_EQ(kats->name, "Korean Agency for Technology and Standards");
  EXPECT_EQ(kats->country, "KR");
  EXPECT_EQ(kats->spans.size(), 4u);  // full name, "(KATS", bare KATS, title
  for (const auto& s : kats->spans) EXPECT_FALSE(text_of(m, s).empty());
  const auto* kitech = find_org(m.x, "KITECH");
  ASSERT_NE(kitech, nullptr);
  EXPECT_EQ(kitech->name, "Korea Institute of Industrial Technology");
}

// "Foreign Trade Chamber (Camex)": an acronym written as a word, a capital then lower case, is the
// body's right before it, and its later bare uses are the body's; a portfolio word or a weekday in
// parentheses is none, nor does such a word after other words define anything.
// "Ministry of … of the Republic of Uzbekistan", "Ministry of Economy of the Kyrgyz Republic": the
// state a body belongs to, named with its article, completes the name and gives its country; "of
// the" before anything else ("of the two countries") does not.
TEST(Organizations, StateNamedWithItsArticleAfterTheBody) {
  auto m = run_mentions("T",
                        "The Ministry of Investment, Industry and Trade of the Republic of Uzbekistan signed a deal. "
                        "The Ministry of Economy of the Kyrgyz Republic attended. The Ministry of Finance of the "
                        "two countries agreed.");
  const auto* u = find_org(m.x, "Ministry of Investment, Industry and Trade of the Republic of Uzbekistan");
  ASSERT_NE(u, nullptr);
  EXPECT_EQ(u->country, "UZ");
  const auto* k = find_org(m.x, "Ministry of Economy of the Kyrgyz Republic");
  ASSERT_NE(k, nullptr);
  EXPECT_EQ(k->country, "KG");
  EXPECT_NE(find_org(m.x, "Ministry of Finance"), nullptr);
}

// An acronym whose letters align only with the body's subject ("General Authority for the Suez
// Canal Economic Zone (SCZONE)") names the whole body, head and all; a subject with no body's
// head before it ("the Suez Canal Economic Zone (SCZONE)") still names none.
TEST(Organizations, AcronymOfTheSubjectAfterTheBodysHead) {
  auto m = run_mentions("T",
                        "CAIRO - Egypt's General Authority for the Suez Canal Economic Zone (SCZONE) signed a "
                        "contract, SCZONE said.");
  const auto* o = find_org(m.x, "General Authority for the Suez Canal Economic Zone");
  ASSERT_NE(o, nullptr);
  EXPECT_EQ(o->acronym, "SCZONE");
  auto n = run_mentions("T", "Factories in the Suez Canal Economic Zone (SCZONE) grew.");
  EXPECT_EQ(find_org(n.x, "Suez Canal Economic Zone"), nullptr);
}

// A numbered sitting of a commission or committee ("co-chaired the 4th Joint Commission of the
// Digital Economy Partnership Agreement (DEPA)", "the second Joint Committee") meets; it is no
// body, and the acronym names no body either. Without the ordinal the commission is one.
TEST(Organizations, NumberedSittingOfACommissionIsNoBody) {
  auto m = run_mentions("T",
                        "Minister Grace Fu co-chaired the 4th Joint Commission of the Digital Economy Partnership "
                        "Agreement (DEPA) in Singapore. The second Joint Committee on Investment met too.");
  EXPECT_EQ(find_org(m.x, "Joint Commission of the Digital Economy Partnership Agreement"), nullptr);
  EXPECT_EQ(find_org(m.x, "DEPA"), nullptr);
  EXPECT_EQ(find_org(m.x, "Joint Committee on Investment"), nullptr);
  auto n = run_mentions("T", "The Joint Commission of the Digital Economy Partnership Agreement (DEPA) said so.");
  EXPECT_NE(find_org(n.x, "DEPA"), nullptr);
}

// National business federations named by a short name alone (data/org_known.tsv).
TEST(Organizations, BusinessFederationsByTheirShortNames) {
  auto m = run_mentions("T", "Keidanren, BusinessEurope and FICCI sent delegations.");
  const auto* k = find_org(m.x, "Keidanren");
  ASSERT_NE(k, nullptr);
  EXPECT_EQ(k->country, "JP");
  EXPECT_NE(find_org(m.x, "BusinessEurope"), nullptr);
  EXPECT_NE(find_org(m.x, "FICCI"), nullptr);
}

TEST(Organizations, AcronymWrittenAsAWord) {
  auto m = run_mentions("Camex extends duty",
                        "The Executive Management Committee (Gecex) of Brazil's Foreign Trade Chamber (Camex) met. "
                        "The ministers of the Foreign Affairs Council (Trade) met on (Monday) too. Camex said the "
                        "prices fell (Reuters).",
                        2);
  const auto* gecex = find_org(m.x, "Gecex");
  ASSERT_NE(gecex, nullptr);
  EXPECT_EQ(gecex->name, "Executive Management Committee");
  const auto* camex = find_org(m.x, "Camex");
  ASSERT_NE(camex, nullptr);
  EXPECT_EQ(camex->name, "Foreign Trade Chamber");
  EXPECT_EQ(camex->spans.size(), 4u);  // the long form, the acronym after it, the title's use, the body's
  const auto* council = find_org(m.x, "Foreign Affairs Council");
  ASSERT_NE(council, nullptr);
  EXPECT_EQ(council->acronym, "");
  EXPECT_EQ(find_org(m.x, "Trade"), nullptr);
  EXPECT_EQ(find_org(m.x, "Monday"), nullptr);
  EXPECT_EQ(find_org(m.x, "Reuters"), nullptr);
}

// "Secretary Alfredo E. Pascual and European Commission Executive Vice President …": the person's
// name between a title and "and" is no part of the body named after it; a place or portfolio words
// there are ("Chairman Korea Trade and Investment Promotion Agency").
TEST(Organizations, PersonAfterATitleAndBeforeAndIsNoPartOfTheName) {
  auto m = run_mentions("T",
                        "Secretary Alfredo E. Pascual and European Commission Executive Vice President Valdis "
                        "Dombrovskis announced the talks. They were opened by Chairman Korea Trade and Investment "
                        "Promotion Agency officials and by Secretary Trade and Industry Commission staff.");
  for (const auto& o : m.x.organizations) EXPECT_EQ(o.name.find("Pascual"), std::string::npos) << o.name;
  EXPECT_NE(find_org(m.x, "European Commission"), nullptr);
  EXPECT_NE(find_org(m.x, "Korea Trade and Investment Promotion Agency"), nullptr);
  EXPECT_NE(find_org(m.x, "Trade and Industry Commission"), nullptr);
}

TEST(Organizations, NamesWithListsAndCountries) {
  auto m = run_mentions("T",
                        "Park met the Ministry of Trade, Industry and Resources and the French Ministry of "
                        "Economy and Finance, to discuss trade.",
                        2);
  EXPECT_NE(find_org(m.x, "Ministry of Trade, Industry and Resources"), nullptr);
  const auto* mef = find_org(m.x, "Ministry of Economy and Finance");
  ASSERT_NE(mef, nullptr);
  EXPECT_EQ(mef->country, "FR");
}

// A bureau or an office carries its country's adjective in its own name ("the Australian Bureau
// of Statistics", "the Korean Intellectual Property Office"); a ministry's or a department's
// adjective is news copy's, no part of the name (data/org_forms.tsv, kind "national").
TEST(Organizations, NationalAdjectiveStaysInABureausName) {
  auto m = run_mentions("T",
                        "Exports rose, the Australian Bureau of Statistics said, as did duties collected by the "
                        "Philippine Bureau of Customs and filings at the Korean Intellectual Property Office. The "
                        "data came from the Australian Department of Foreign Affairs and Trade and the French "
                        "Ministry of Economy.");
  const auto* abs = find_org(m.x, "Australian Bureau of Statistics");
  ASSERT_NE(abs, nullptr);
  EXPECT_EQ(abs->country, "AU");
  const auto* boc = find_org(m.x, "Philippine Bureau of Customs");
  ASSERT_NE(boc, nullptr);
  EXPECT_EQ(boc->country, "PH");
  EXPECT_NE(find_org(m.x, "Korean Intellectual Property Office"), nullptr);
  const auto* dfat = find_org(m.x, "Department of Foreign Affairs and Trade");
  ASSERT_NE(dfat, nullptr);
  EXPECT_EQ(dfat->country, "AU");
  const auto* mine = find_org(m.x, "Ministry of Economy");
  ASSERT_NE(mine, nullptr);
  EXPECT_EQ(mine->country, "FR");
}

// A body's lower-case noun after words that say what it is stands before its short name ("coffee
// exporters council Cecafe", "the farm lobby Copa-Cogeca", "steel industry group Eurofer"), a
// possessive country the body's; a title may follow the name. A place, a weekday, a longer
// capitalized run or a news agency is no such name.
TEST(Organizations, ShortNameAfterALowerCaseDescriptor) {
  auto m = run_mentions("T",
                        "Brazil's coffee exporters council Cecafe said shipments fell. The farm lobby Copa-Cogeca "
                        "criticised the deal, steel industry group Eurofer welcomed it and the business lobby "
                        "Keidanren Chairman Masakazu Tokura spoke. The working group Friday met, Argentina is in "
                        "the customs union Mercosur, the state news agency Xinhua said, and the steel group "
                        "Alpha Beta Gamma declined.");
  const auto* cecafe = find_org(m.x, "Cecafe");
  ASSERT_NE(cecafe, nullptr);
  EXPECT_EQ(cecafe->country, "BR");
  EXPECT_NE(find_org(m.x, "Copa-Cogeca"), nullptr);
  EXPECT_NE(find_org(m.x, "Eurofer"), nullptr);
  EXPECT_NE(find_org(m.x, "Keidanren"), nullptr);
  EXPECT_EQ(find_org(m.x, "Friday"), nullptr);
  EXPECT_EQ(find_org(m.x, "Mercosur"), nullptr);
  EXPECT_EQ(find_org(m.x, "Xinhua"), nullptr);
  for (const auto& o : m.x.organizations) EXPECT_EQ(o.name.find("Alpha"), std::string::npos) << o.name;
}

// A short name in ordinary case that a descriptor has named a body's names it again wherever it
// stands ("Eurofer director general …", "Cecafe said"), in the title too; the person after a role
// there is of the body.
TEST(Organizations, ShortNameUsedAgain) {
  auto m = run_mentions("Eurofer warns on steel",
                        "Eurofer director general Axel Eggert warned of overcapacity. The steel lobby Eurofer said "
                        "imports rose, and Eurofer expects demand to fall.");
  const auto* e = find_org(m.x, "Eurofer");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->spans.size(), 4u);
  ASSERT_EQ(m.x.people.size(), 1u);
  EXPECT_EQ(m.x.people[0].organization, "Eurofer");
}

// A person's name after a lower-case role and before "and" is no part of the body named after
// "and" ("trade minister Yoji Muto and European Commission Executive Vice-President …").
TEST(Organizations, NameAfterARoleBeforeAndIsAPersons) {
  auto m = run_mentions("T",
                        "Japanese trade minister Kenji Sato and Ruritania Export Council Chairman Tom Reed agreed "
                        "on Thursday.");
  for (const auto& o : m.x.organizations) EXPECT_EQ(o.name.find("Sato"), std::string::npos) << o.name;
  EXPECT_NE(find_org(m.x, "Ruritania Export Council"), nullptr);
}

// After a body's complement, "and" before a form of address or before a title that a lower-case
// word follows begins a person's description, no portfolio of the body.
TEST(Organizations, FormOfAddressOrSecondPostAfterAnd) {
  auto m = run_mentions("T",
                        "She met Ms. Ann Lowe, Director of the Office of Trade Negotiations, and Sir Chris Bryant. "
                        "Mr. Dan Leroy, President of the Privy Council for Canada and Minister responsible for "
                        "Trade, spoke.");
  EXPECT_NE(find_org(m.x, "Office of Trade Negotiations"), nullptr);
  EXPECT_NE(find_org(m.x, "Privy Council for Canada"), nullptr);
  for (const auto& o : m.x.organizations) {
    EXPECT_EQ(o.name.find("Bryant"), std::string::npos) << o.name;
    EXPECT_EQ(o.name.find("Minister"), std::string::npos) << o.name;
  }
}

// An export credit insurer that the text abbreviates is a body ("Nippon Export and Investment
// Insurance (NEXI)"); "Insurance" alone in a capitalized run is none.
TEST(Organizations, InsurerThatTheTextAbbreviates) {
  auto m = run_mentions("T",
                        "Nippon Export and Investment Insurance (NEXI) will provide cover. Trade Insurance rates rose.");
  const auto* o = find_org(m.x, "Nippon Export and Investment Insurance");
  ASSERT_NE(o, nullptr);
  EXPECT_EQ(o->acronym, "NEXI");
  EXPECT_EQ(find_org(m.x, "Trade Insurance"), nullptr);
}

// A fiscal year after a body's name dates its work, no part of the name.
TEST(Organizations, FiscalYearIsNoPartOfTheName) {
  auto m = run_mentions("T", "The budget of the Council for Export Promotion for FY 2025-26 and FY2027 was set.");
  EXPECT_NE(find_org(m.x, "Council for Export Promotion"), nullptr);
  for (const auto& o : m.x.organizations) EXPECT_EQ(o.name.find("FY"), std::string::npos) << o.name;
}

// After a country's possessive, one capitalized word, then words that say what it is and a
// body's noun, is that country's body ("Germany's BDI industry association", "France's Medef
// employers' group"); a portfolio word there is none, nor is a wire ("the state news agency").
TEST(Organizations, ShortNameBeforeABodysNoun) {
  auto m = run_mentions("T",
                        "Germany's BDI industry association and France's Medef employers' group welcomed it. Japan's "
                        "Trade ministry and China's Xinhua news agency reported it. Medef said more.");
  const auto* b = find_org(m.x, "BDI");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->country, "DE");
  const auto* f = find_org(m.x, "Medef");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->country, "FR");
  EXPECT_EQ(f->spans.size(), 2u);
  EXPECT_EQ(find_org(m.x, "Trade"), nullptr);
  EXPECT_EQ(find_org(m.x, "Xinhua"), nullptr);
}

// A last portfolio word's possessive after "and" is the name's own ("the Department for Business
// and Trade's adviser"); a place's begins another name ("… and China's Ministry of Commerce").
TEST(Organizations, PossessiveOfALastPortfolioWord) {
  auto m = run_mentions("T",
                        "The Department for Business and Trade's chief adviser met officials of the Ministry of "
                        "Trade and China's Ministry of Commerce.");
  EXPECT_NE(find_org(m.x, "Department for Business and Trade"), nullptr);
  EXPECT_EQ(find_org(m.x, "Department for Business"), nullptr);
  EXPECT_NE(find_org(m.x, "Ministry of Trade"), nullptr);
}

// Export credit agencies are known bodies, by name or acronym alone.
TEST(Organizations, ExportCreditAgenciesAreKnown) {
  auto m = run_mentions("T", "UK Export Finance (UKEF) will lend £5 billion, and K-SURE will insure the deal.");
  const auto* u = find_org(m.x, "UK Export Finance");
  ASSERT_NE(u, nullptr);
  EXPECT_EQ(u->country, "GB");
  const auto* k = find_org(m.x, "Korea Trade Insurance Corporation");
  ASSERT_NE(k, nullptr);
  EXPECT_EQ(k->acronym, "K-SURE");
}

// A person's name right after a ministry's portfolio list is no part of the ministry's name; a
// portfolio word after "and" still is.
// A place completes a ministry's name: a comma list after it is the sentence's ("…, and <person>,
// <role>"), while a list of portfolios still continues one.
TEST(Organizations, ListAfterAPlaceIsNotTheNames) {
  auto m = run_mentions("T",
                        "Shahriar Alam, state minister, Ministry of Foreign Affairs of Bangladesh, and Abida "
                        "Islam, ambassador of Bangladesh to Mexico, were present. The Ministry of Agriculture, "
                        "Forestry, Fisheries and Food agreed.",
                        2);
  const auto* mofa = find_org(m.x, "Ministry of Foreign Affairs of Bangladesh");
  ASSERT_NE(mofa, nullptr);
  EXPECT_EQ(mofa->country, "BD");
  for (const auto& o : m.x.organizations) EXPECT_EQ(o.name.find("Abida"), std::string::npos) << o.name;
  EXPECT_NE(find_org(m.x, "Ministry of Agriculture, Forestry, Fisheries and Food"), nullptr);
}

TEST(Organizations, NameAfterPortfolioListIsAPersons) {
  auto m = run_mentions("T",
                        "The Deputy Minister of the Ministry of Trade, Industry and Energy Yeo Han Koo led the "
                        "delegation. The Ministry of Economy and Finance and the Ministry of Agriculture, Food and "
                        "Rural Affairs attended.");
  EXPECT_NE(find_org(m.x, "Ministry of Trade, Industry and Energy"), nullptr);
  for (const auto& o : m.x.organizations) EXPECT_EQ(o.name.find("Yeo"), std::string::npos) << o.name;
  EXPECT_NE(find_org(m.x, "Ministry of Economy and Finance"), nullptr);
  EXPECT_NE(find_org(m.x, "Ministry of Agriculture, Food and Rural Affairs"), nullptr);
}

// "… Chairman of the General Authority for Foreign Trade Dr. Majid …": a form of address after a
// name opens a person's; one before it ("Dr. Lee of the Korea Trade Agency") leaves it whole.
TEST(Organizations, FormOfAddressEndsAName) {
  auto m = run_mentions("T",
                        "Minister of Commerce and Chairman of the General Authority for Foreign Trade Dr. Majid "
                        "Al-Qasabi headed the delegation. Dr. Lee of the Korea Trade Promotion Agency attended.",
                        2);
  EXPECT_NE(find_org(m.x, "General Authority for Foreign Trade"), nullptr);
  EXPECT_EQ(find_org(m.x, "General Authority for Foreign Trade Dr. Majid"), nullptr);
  EXPECT_NE(find_org(m.x, "Korea Trade Promotion Agency"), nullptr);
}

// A tail form right after "and" is the list's last portfolio ("Trade and Services"), not a body of
// its own; with a word of its own before it, it is one ("and the Korea Customs Service").
TEST(Organizations, TailFormEndingAPortfolioList) {
  auto m = run_mentions("T",
                        "The Ministry of Development, Industry, Trade and Services said so. The Ministry of "
                        "Commerce and the Korea Customs Service agreed.");
  EXPECT_NE(find_org(m.x, "Ministry of Development, Industry, Trade and Services"), nullptr);
  EXPECT_EQ(find_org(m.x, "Services"), nullptr);
  EXPECT_NE(find_org(m.x, "Ministry of Commerce"), nullptr);
  EXPECT_NE(find_org(m.x, "Korea Customs Service"), nullptr);
}

// A known body named with its own country after it is one body, the longer name, with the known
// acronym; followed by another country it is not that body.
TEST(Organizations, KnownBodyNamedWithItsCountry) {
  auto m = run_mentions("T", "The Ministry of Economy, Trade and Industry of Japan issued a statement.");
  ASSERT_EQ(m.x.organizations.size(), 1u);
  EXPECT_EQ(m.x.organizations[0].name, "Ministry of Economy, Trade and Industry of Japan");
  EXPECT_EQ(m.x.organizations[0].acronym, "METI");
  EXPECT_EQ(m.x.organizations[0].country, "JP");
  // Peru's ministry: the known (Japanese) body's words inside its name name no second body.
  auto other = run_mentions("T", "The Ministry of Economy, Trade and Industry of Peru issued a statement.");
  EXPECT_EQ(other.x.organizations.size(), 1u);
  const auto* peru = find_org(other.x, "Ministry of Economy, Trade and Industry of Peru");
  ASSERT_NE(peru, nullptr);
  EXPECT_NE(peru->acronym, "METI");
}

// A person named right after a body's portfolio words is no part of its name ("the Department of
// Trade Negotiations Auramon Supthaweethum said"); a place or a form word after them still is.
TEST(Organizations, PersonAfterPortfolioWordsEndsTheName) {
  auto m = run_mentions("T",
                        "Director-General of the Department of Trade Negotiations Auramon Supthaweethum said so. "
                        "The Ministry of Trade Promotion Agency and the Ministry of Foreign Trade Korea agreed.");
  EXPECT_NE(find_org(m.x, "Department of Trade Negotiations"), nullptr);
  for (const auto& o : m.x.organizations) EXPECT_EQ(o.name.find("Auramon"), std::string::npos) << o.name;
  EXPECT_NE(find_org(m.x, "Ministry of Trade Promotion Agency"), nullptr);
}

// An acronym that keeps a function word's letter in lower case ("MoCI") is the body's acronym as
// one in capitals is; one over a name of no body ("Internet of Things (IoT)") makes none.
TEST(Organizations, MixedCaseAcronym) {
  auto m = run_mentions("T",
                        "India's Ministry of Commerce and Industry (MoCI) and the Internet of Things (IoT) forum met.");
  const auto* moci = find_org(m.x, "MoCI");
  ASSERT_NE(moci, nullptr);
  EXPECT_EQ(moci->name, "Ministry of Commerce and Industry");
  EXPECT_EQ(find_org(m.x, "IoT"), nullptr);
  EXPECT_EQ(find_org(m.x, "Internet of Things"), nullptr);
}

// "Climate Action", "Consumer Protection" are portfolios: their last word opens no person's name.
TEST(Organizations, PortfolioWordsEndingAMinistrysName) {
  auto m = run_mentions("T", "Germany's Federal Ministry for Economic Affairs and Climate Action (BMWK) took part.");
  const auto* bmwk = find_org(m.x, "Federal Ministry for Economic Affairs and Climate Action");
  ASSERT_NE(bmwk, nullptr);
  EXPECT_EQ(bmwk->country, "DE");
}

TEST(Organizations, AbbreviationsThatAreNotBodies) {
  auto m = run_mentions("T",
                        "They signed a Memorandum of Understanding (MOU) on the Carbon Border Adjustment "
                        "Mechanism (CBAM). The MOU takes effect.",
                        2);
  EXPECT_TRUE(m.x.organizations.empty());
}

TEST(Organizations, KnownBodies) {
  auto m = run_mentions("T", "Members of the WTO and ISO met, unlike the ISO/IEC JTC 1 committee.", 2);
  const auto* wto = find_org(m.x, "WTO");
  ASSERT_NE(wto, nullptr);
  EXPECT_EQ(wto->name, "World Trade Organization");
  const auto* iso = find_org(m.x, "ISO");
  ASSERT_NE(iso, nullptr);
  EXPECT_EQ(iso->spans.size(), 1u);  // not the one inside "ISO/IEC"
}

// The EU's statistical office is known by its one-word name; a word that only begins with it is not.
TEST(Organizations, EurostatIsAKnownBody) {
  auto m = run_mentions("T", "The surplus rose, preliminary data from Eurostat showed on Tuesday.", 2);
  const auto* e = find_org(m.x, "Eurostat");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->country, "EU");
  auto n = run_mentions("T", "The Eurostatistics portal was updated on Tuesday.", 2);
  EXPECT_EQ(find_org(n.x, "Eurostat"), nullptr);
}

TEST(Organizations, CompaniesIntroducedAsSuch) {
  auto m = run_mentions("T",
                        "Global companies such as Google, Microsoft, and Hyundai Mobis attended. He visited "
                        "Samsung SDI, a local manufacturer of batteries.",
                        2);
  for (const char* n : {"Google", "Microsoft", "Hyundai Mobis", "Samsung SDI"})
    EXPECT_NE(find_org(m.x, n), nullptr) << n;
}

TEST(Organizations, NotVenuesNorGenericWords) {
  auto m = run_mentions("T",
                        "The meeting took place at Lotte Hotel World in Seoul; the government and the Joint "
                        "Committee will follow up.",
                        2);
  EXPECT_TRUE(m.x.organizations.empty());
}

TEST(Organizations, DatelineIsNotAnOrganization) {
  auto m = run_mentions("T", "WASHINGTON – AIT Director Brent Christensen opened the meeting.", 2);
  ASSERT_EQ(m.x.organizations.size(), 1u);
  EXPECT_EQ(m.x.organizations[0].acronym, "AIT");
}

TEST(Organizations, EmbassyKeepsItsHostCountry) {
  auto m = run_mentions("T", "a Counsellor at the Embassy of the Republic of Uzbekistan in the Republic of Korea.", 2);
  const auto* e = find_org(m.x, "Embassy of the Republic of Uzbekistan in the Republic of Korea");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->country, "UZ");
}

}  // namespace

namespace {

TEST(Organizations, CoordinatedNamesShareAPluralHead) {
  auto m = run_mentions("T",
                        "Officials of the Alder, Birch, and Cedar–Dune River Basin Authorities met, with the "
                        "Harbor and Canal Commissions of other states.",
                        2);
  EXPECT_NE(find_org(m.x, "Alder River Basin Authority"), nullptr);
  EXPECT_NE(find_org(m.x, "Birch River Basin Authority"), nullptr);
  EXPECT_NE(find_org(m.x, "Cedar–Dune River Basin Authority"), nullptr);
  EXPECT_EQ(find_org(m.x, "Cedar–Dune River Basin Authorities"), nullptr);
  EXPECT_EQ(find_org(m.x, "River Basin Authority"), nullptr);
  // No shared words before the head: "Harbor" and "Canal" alone name no body.
  EXPECT_EQ(find_org(m.x, "Harbor Commission"), nullptr);
  EXPECT_EQ(find_org(m.x, "Canal Commission"), nullptr);
}

TEST(Organizations, PluralHeadWithoutCoordinationOrOfFullNames) {
  // A full name before "and" is its own body: nothing is distributed over it.
  auto m = run_mentions("T",
                        "The Ministry of Finance and Alder River Basin Authorities met. Staff of the Birch "
                        "Trade Association and Cedar Port Authorities spoke.",
                        2);
  EXPECT_EQ(find_org(m.x, "Ministry of Finance River Basin Authority"), nullptr);
  EXPECT_EQ(find_org(m.x, "Birch Trade Association Port Authority"), nullptr);
}

TEST(Organizations, AQuantifiedNameIsNoParticularBody) {
  auto m = run_mentions("T",
                        "Each River Basin Authority presented its plan, and every Regional Trade Office "
                        "followed. The Alder River Basin Authority closed the day.",
                        2);
  EXPECT_EQ(find_org(m.x, "River Basin Authority"), nullptr);
  EXPECT_EQ(find_org(m.x, "Regional Trade Office"), nullptr);
  EXPECT_NE(find_org(m.x, "Alder River Basin Authority"), nullptr);
}

}  // namespace

namespace {

TEST(Organizations, CountryLedCenterIsABody) {
  auto m = run_mentions("T",
                        "A briefing by the Japan Maritime Center followed. Talks were held at the Korea "
                        "Exhibition Center and at the Japan–Mongolia Cooperation Center, near the Japan "
                        "Center.",
                        2);
  const auto* jmc = find_org(m.x, "Japan Maritime Center");
  ASSERT_NE(jmc, nullptr);
  EXPECT_EQ(jmc->country, "JP");
  EXPECT_EQ(find_org(m.x, "Korea Exhibition Center"), nullptr);         // a venue
  EXPECT_EQ(find_org(m.x, "Japan–Mongolia Cooperation Center"), nullptr);  // a joint facility
  EXPECT_EQ(find_org(m.x, "Japan Center"), nullptr);                    // no word of its own
}

TEST(Organizations, CenterWithoutACountryStaysWeak) {
  auto m = run_mentions("T", "Buyers met at the Riverside Logistics Center on Monday.", 2);
  EXPECT_EQ(find_org(m.x, "Riverside Logistics Center"), nullptr);
}

}  // namespace

namespace {

TEST(Organizations, NamesInATitleWrittenLikeASentence) {
  auto m = run_mentions("Industry Ministry reviews impact of floods on exports", "Officials met on Monday.", 2);
  const auto* im = find_org(m.x, "Industry Ministry");
  ASSERT_NE(im, nullptr);
  ASSERT_EQ(im->spans.size(), 1u);
  EXPECT_TRUE(im->spans[0].in_title);
  EXPECT_EQ(text_of(m, im->spans[0]), "Industry Ministry");
}

TEST(Organizations, NoNamesFromATitleInTitleCase) {
  // Every longer word is capitalized: "Export Support Office" may be no name at all.
  auto m = run_mentions("Exporters Welcome New Support From Regional Export Office", "Officials met on Monday.", 2);
  EXPECT_TRUE(m.x.organizations.empty());
}

}  // namespace

namespace {

TEST(Organizations, MinistryOfAMinistersTitleByItsAcronym) {
  auto m = run_mentions("T",
                        "Ana Silva, Minister of Trade, Industry and Fisheries, met the envoy. MOTIF will "
                        "follow up, and MOTIF staff will visit.",
                        2);
  const auto* mo = find_org(m.x, "MOTIF");
  ASSERT_NE(mo, nullptr);
  EXPECT_EQ(mo->name, "Ministry of Trade, Industry and Fisheries");
  EXPECT_EQ(mo->spans.size(), 2u);
  for (const auto& s : mo->spans) EXPECT_EQ(text_of(m, s), "MOTIF");
}

TEST(Organizations, AcronymsThatAreNotTheMinistersMinistry) {
  // Letters that are no initials of the post, a short acronym, or no minister at all.
  auto m = run_mentions("T",
                        "Ana Silva, Minister for Foreign Affairs, met the envoy. MERCS will follow up under "
                        "the MFA rules.",
                        2);
  EXPECT_EQ(find_org(m.x, "MERCS"), nullptr);
  EXPECT_EQ(find_org(m.x, "MFA"), nullptr);
  EXPECT_EQ(find_org(m.x, "Ministry for Foreign Affairs"), nullptr);
  auto m2 = run_mentions("T", "MOFA will follow up.", 2);
  EXPECT_TRUE(m2.x.organizations.empty());
}

}  // namespace

namespace {

TEST(Organizations, BodiesListedAfterANounForBodies) {
  auto m = run_mentions("T",
                        "They work within multilateral bodies such as the Northwind Club and the Cobalt "
                        "Supply Partnership (CSP), and platforms such as Horizonte. The CSP meets in May.",
                        2);
  EXPECT_NE(find_org(m.x, "Northwind Club"), nullptr);
  const auto* csp = find_org(m.x, "CSP");
  ASSERT_NE(csp, nullptr);
  EXPECT_EQ(csp->name, "Cobalt Supply Partnership");
  EXPECT_EQ(csp->spans.size(), 3u);  // the name, "(CSP)" and the later bare acronym
  EXPECT_NE(find_org(m.x, "Horizonte"), nullptr);
}

TEST(Organizations, AGroupingListedAsABodyIsOne) {
  auto m = run_mentions("T",
                        "They cooperate within bodies such as the G20 and the Cobalt Supply Partnership. "
                        "The G7 summit and Central Asia were also discussed.",
                        2);
  const auto* g20 = find_org(m.x, "G20");
  ASSERT_NE(g20, nullptr);
  EXPECT_EQ(g20->acronym, "G20");
  EXPECT_NE(find_org(m.x, "Cobalt Supply Partnership"), nullptr);  // the list goes on after it
  EXPECT_EQ(find_org(m.x, "G7"), nullptr);  // a grouping named elsewhere stays a bloc only
}

TEST(Organizations, NoBodiesWithoutTheNounOrAName) {
  // Without a noun for bodies a partnership is no body; places and lower-case items are none.
  auto m = run_mentions("T",
                        "They launched the Cobalt Supply Partnership (CSP) in areas such as Energy Storage, "
                        "with bodies such as the European Union and institutions such as universities.",
                        2);
  EXPECT_EQ(find_org(m.x, "CSP"), nullptr);
  EXPECT_EQ(find_org(m.x, "Energy Storage"), nullptr);
  EXPECT_EQ(find_org(m.x, "European Union"), nullptr);
  EXPECT_TRUE(m.x.organizations.empty());
}

}  // namespace

namespace {

TEST(Organizations, AJointCommitteeOfTwoCountriesIsAnOccasion) {
  auto m = run_mentions("T",
                        "The ministry held the 9th Japan–France Industrial Cooperation Committee meeting. "
                        "Channels such as the Industrial Cooperation Committee continue.",
                        2);
  EXPECT_EQ(find_org(m.x, "Japan–France Industrial Cooperation Committee"), nullptr);
  EXPECT_EQ(find_org(m.x, "Industrial Cooperation Committee"), nullptr);
}

TEST(Organizations, OneCountrysCommitteeOrAJointBodyStaysABody) {
  auto m = run_mentions("T",
                        "The Japan Steel Trade Committee met the Japan–France Business Council, and the "
                        "Japan–France Joint Committee (JFJC) agreed.",
                        2);
  EXPECT_NE(find_org(m.x, "Japan Steel Trade Committee"), nullptr);
  EXPECT_NE(find_org(m.x, "Japan–France Business Council"), nullptr);
  EXPECT_NE(find_org(m.x, "JFJC"), nullptr);
}

}  // namespace

namespace {

TEST(Organizations, CommitteesOfStandardsBodies) {
  auto m = run_mentions("T",
                        "Experts of ISO/IEC JTC 1/SC 27 Security met, as did ISO/TC 307 and IEC TC 111. "
                        "ISO and IEC welcomed them.",
                        2);
  EXPECT_NE(find_org(m.x, "ISO/IEC JTC 1/SC 27"), nullptr);
  EXPECT_NE(find_org(m.x, "ISO/TC 307"), nullptr);
  EXPECT_NE(find_org(m.x, "IEC TC 111"), nullptr);
  const auto* iso = find_org(m.x, "ISO");
  ASSERT_NE(iso, nullptr);
  EXPECT_EQ(iso->spans.size(), 1u);  // the body itself, not inside the designations
}

TEST(Organizations, NoCommitteeWithoutACodeAndNumber) {
  auto m = run_mentions("T", "The ISO TC and the ISO SC42 drafts and ISO/IEC 27001 were cited.", 2);
  for (const auto& o : m.x.organizations) EXPECT_TRUE(o.name.find("TC") == std::string::npos) << o.name;
  for (const auto& o : m.x.organizations) EXPECT_TRUE(o.name.find("SC") == std::string::npos) << o.name;
  for (const auto& o : m.x.organizations) EXPECT_TRUE(o.name.find("27001") == std::string::npos) << o.name;
}

}  // namespace

namespace {

// "Statistics <Country>", "Enterprise <Country>": a body named by a head word and a country's
// name, with or without an acronym after it. The head word before an adjective, a lower-case word
// or nothing of a country names no body.
TEST(Organizations, HeadWordAndCountryName) {
  auto m = run_mentions("T",
                        "The trade surplus was $932.9 million, Statistics Indonesia (BPS) data show. Enterprise "
                        "Singapore and Statistics Canada agreed. Statistics Korean firms publish were late. "
                        "Statistics show exports rose. Enterprise Development grew.");
  const auto* bps = find_org(m.x, "BPS");
  ASSERT_NE(bps, nullptr);
  EXPECT_EQ(bps->name, "Statistics Indonesia");
  EXPECT_EQ(bps->country, "ID");
  EXPECT_NE(find_org(m.x, "Enterprise Singapore"), nullptr);
  const auto* sc = find_org(m.x, "Statistics Canada");
  ASSERT_NE(sc, nullptr);
  EXPECT_EQ(sc->country, "CA");
  for (const auto& o : m.x.organizations) {
    EXPECT_EQ(o.name.find("Korean"), std::string::npos) << o.name;
    EXPECT_NE(o.name, "Statistics");
    EXPECT_NE(o.name, "Enterprise Development");
  }
  EXPECT_EQ(m.x.organizations.size(), 3u);
}


// "The State Secretariat for Economic Affairs (SECO)": the acronym's definition starts at
// "Secretariat", the known body over the same words is the name; with no "State" before it the
// defined name stays. Agencies of known country carry it ("the Bureau of Industry and Security").
TEST(Organizations, KnownFullFormOverATruncatedDefinition) {
  auto m = run_mentions("T",
                        "The State Secretariat for Economic Affairs (SECO) said exports rose. The Commerce "
                        "Department's Bureau of Industry and Security added entities.");
  const auto* seco = find_org(m.x, "SECO");
  ASSERT_NE(seco, nullptr);
  EXPECT_EQ(seco->name, "State Secretariat for Economic Affairs");
  EXPECT_EQ(seco->country, "CH");
  const auto* bis = find_org(m.x, "Bureau of Industry and Security");
  ASSERT_NE(bis, nullptr);
  EXPECT_EQ(bis->country, "US");

  auto n = run_mentions("T", "The Secretariat for Trade Affairs (STA) said exports rose.");
  const auto* sta = find_org(n.x, "STA");
  ASSERT_NE(sta, nullptr);
  EXPECT_EQ(sta->name, "Secretariat for Trade Affairs");
}

}  // namespace

namespace {

// A body's name before a title and a person ("…, and Hyundai Steel Vice Chairman Kim Yong-hwan")
// is no body when its words are all portfolio words: "National Security Adviser" is a title.
TEST(Organizations, PortfolioWordsBeforeATitleAreNoBody) {
  auto m = run_mentions("T",
                        "The delegation includes Commerce Adviser SK Bashir Uddin, National Security Adviser "
                        "Khalilur Rahman, and Hyundai Steel Vice Chairman Kim Yong-hwan.");
  EXPECT_EQ(find_org(m.x, "National Security"), nullptr);
  EXPECT_NE(find_org(m.x, "Hyundai Steel"), nullptr);
}

// "Ministry of Development, Industry, Trade and Services": a portfolio that is also a name's tail
// closes the ministry's list; a tail word that starts another name ("Services Australia") does not.
TEST(Organizations, TailWordThatIsAPortfolioClosesTheList) {
  auto m = run_mentions("T", "The Ministry of Development, Industry, Trade and Services investigates the practices.");
  EXPECT_NE(find_org(m.x, "Ministry of Development, Industry, Trade and Services"), nullptr);
  EXPECT_EQ(find_org(m.x, "Services"), nullptr);

  auto n = run_mentions("T", "The Department of Health and Services Australia signed the plan.");
  EXPECT_EQ(find_org(n.x, "Department of Health and Services Australia"), nullptr);
}

// A known body's name inside the name of another country's body ("International Trade
// Administration Commission of South Africa") is no mention of the known body; alone it is.
TEST(Organizations, KnownBodyInsideAnotherCountrysBodyIsNone) {
  auto m = run_mentions("T",
                        "The International Trade Administration Commission of South Africa (ITAC) raised the duty.");
  EXPECT_NE(find_org(m.x, "International Trade Administration Commission of South Africa"), nullptr);
  EXPECT_EQ(find_org(m.x, "International Trade Administration"), nullptr);

  auto n = run_mentions("T", "The International Trade Administration said the duty applies.");
  EXPECT_NE(find_org(n.x, "International Trade Administration"), nullptr);
}

// An acronym set off by commas after a body's lower-case noun names the body ("Brazil's foreign
// trade authority, GECEX, approved"); one after another noun ("the product, HRC, is") does not.
TEST(Organizations, AcronymInAppositionToABodysNoun) {
  auto m = run_mentions("T",
                        "Brazil's foreign trade authority, GECEX, approved the duties. Later GECEX said more. "
                        "The steel industry association, CANACERO, said the decree would help.");
  const auto* g = find_org(m.x, "GECEX");
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(g->acronym, "GECEX");
  EXPECT_EQ(g->country, "BR");
  EXPECT_EQ(g->spans.size(), 2u);
  EXPECT_NE(find_org(m.x, "CANACERO"), nullptr);

  auto n = run_mentions("T", "The rolled product, HRC, is taxed. The authority, US, said. The agency, AB, said.");
  EXPECT_EQ(find_org(n.x, "HRC"), nullptr);
  EXPECT_TRUE(n.x.organizations.empty());
}

// "the General Administration of Customs (GAC) … GAC spokesperson": the text's own definition of
// an acronym names its body; a known body sharing the acronym (Global Affairs Canada) lends it no
// country. The bare acronym with no definition in the text is the known body.
TEST(Organizations, AcronymDefinedInTheTextTakesNoCountryOfAnotherKnownBody) {
  auto m = run_mentions("T",
                        "Exports rose, the General Administration of Customs (GAC) said. GAC spokesperson Li Kuiwen "
                        "said trade grew.");
  const auto* g = find_org(m.x, "General Administration of Customs");
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(g->acronym, "GAC");
  EXPECT_EQ(g->country, "");

  auto n = run_mentions("T", "Exports rose, a trade official said. GAC said the talks went well.");
  const auto* k = find_org(n.x, "Global Affairs Canada");
  ASSERT_NE(k, nullptr);
  EXPECT_EQ(k->country, "CA");

  // A short form of the known body's own name is the same body, and takes its country.
  auto s = run_mentions("T", "The Ministry of Commerce (MOFCOM) launched a probe. MOFCOM said it would be fair.");
  const auto* c = find_org(s.x, "Ministry of Commerce");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->country, "CN");
}

// "Department of Statistics Director-General Beatrice Tsai told": a title before a person's name
// closes the body's name; a title word no name follows ("the Office of the Chief Economist") is
// part of it.
TEST(Organizations, TitleBeforeAPersonClosesTheComplement) {
  auto m = run_mentions("T",
                        "Exports rose, the ministry said. Department of Statistics Director-General Beatrice Tsai "
                        "told a news conference in Taipei.");
  EXPECT_NE(find_org(m.x, "Department of Statistics"), nullptr);
  EXPECT_EQ(find_org(m.x, "Department of Statistics Director-General Beatrice Tsai"), nullptr);

  auto n = run_mentions("T", "The Office of the Chief Economist said the talks went well.");
  EXPECT_NE(find_org(n.x, "Office of the Chief Economist"), nullptr);
}

// "The Department of Commerce's Bureau of Industry and Security": the complement's own first word
// owns what follows, and ends the body's name; a possessive after "and" opens another body.
TEST(Organizations, PossessiveComplementWordEndsTheName) {
  auto m = run_mentions("T",
                        "WASHINGTON - The Department of Commerce's Bureau of Industry and Security (BIS) added 11 "
                        "entities to the Entity List.");
  EXPECT_NE(find_org(m.x, "Department of Commerce"), nullptr);
  EXPECT_NE(find_org(m.x, "Bureau of Industry and Security"), nullptr);

  auto n = run_mentions("T", "The Ministry of Trade and Industry and China's Ministry of Commerce met in Beijing.");
  EXPECT_NE(find_org(n.x, "Ministry of Trade and Industry"), nullptr);
  EXPECT_EQ(find_org(n.x, "Ministry of Trade and Industry and China"), nullptr);
}

}  // namespace

namespace {

// "State Secretary of the Ministry of Economy and Development of Mongolia I.Batkhuu and …": a
// name written with a glued initial ("I.Batkhuu", "L.Oyun-Erdene") begins a person's name, no
// part of the body's.
TEST(Organizations, GluedInitialNameEndsTheBodysName) {
  auto m = run_mentions("T",
                        "State Secretary of the Ministry of Economy and Development of Mongolia I.Batkhuu and "
                        "Director-General for FTA Policy An Chang-yong signed a document.");
  EXPECT_NE(find_org(m.x, "Ministry of Economy and Development of Mongolia"), nullptr);
  for (const auto& o : m.x.organizations) EXPECT_EQ(o.name.find("Batkhuu"), std::string::npos) << o.name;
  auto n = run_mentions("T", "Officials of the Ministry of Foreign Affairs of the U.S. met.");
  for (const auto& o : n.x.organizations) EXPECT_EQ(o.name.find("met"), std::string::npos) << o.name;
}

}  // namespace

namespace {

// An organ named by its members alone, of the body named next, is that body's: "the Board of
// Directors of the General Authority for Foreign Trade" names one body, the Authority; a board
// named by its field stays a body ("the Board of Investment of Sri Lanka").
TEST(Organizations, OrganNamedByItsMembersIsTheBodysNext) {
  auto m = run_mentions("T",
                        "Chairman of the Board of Directors of the General Authority for Foreign Trade Dr. Majid "
                        "Al-Qasabi spoke. He chaired the Board of Investment of Sri Lanka meeting.");
  EXPECT_EQ(find_org(m.x, "Board of Directors"), nullptr);
  EXPECT_NE(find_org(m.x, "General Authority for Foreign Trade"), nullptr);
  EXPECT_NE(find_org(m.x, "Board of Investment of Sri Lanka"), nullptr);
}

}  // namespace

namespace {

// "MOFCOM Regular Press Conference" over "the Ministry of Commerce" and China: the known body's
// bare acronym names the body the text writes without its country, one body. Not where the text
// gives that ministry another country, nor where it never names the known body's country.
TEST(Organizations, KnownAcronymNamesTheBodyWrittenWithoutItsCountry) {
  auto m = run_mentions("MOFCOM Regular Press Conference",
                        "Welcome to the press conference of the Ministry of Commerce. At the request of the China "
                        "Chamber of Commerce, the investigation began.",
                        2);
  const auto* mofcom = find_org(m.x, "MOFCOM");
  ASSERT_NE(mofcom, nullptr);
  EXPECT_EQ(mofcom->name, "Ministry of Commerce");
  EXPECT_EQ(mofcom->country, "CN");
  EXPECT_EQ(mofcom->spans.size(), 2u);  // the body's name, the title's acronym
  EXPECT_EQ(find_org(m.x, "Ministry of Commerce of the People's Republic of China"), nullptr);

  auto n = run_mentions("MOFCOM and Pakistan talks",
                        "Pakistan's Ministry of Commerce met officials from China in Beijing.", 2);
  const auto* pk = find_org(n.x, "Ministry of Commerce");
  ASSERT_NE(pk, nullptr);
  EXPECT_EQ(pk->acronym, "");
  EXPECT_NE(find_org(n.x, "Ministry of Commerce of the People's Republic of China"), nullptr);

  auto o = run_mentions("MOFCOM notice", "The Ministry of Commerce of Ruritania issued a notice.", 2);
  EXPECT_NE(find_org(o.x, "Ministry of Commerce of the People's Republic of China"), nullptr);
}

// "the Trade Development Authority" after "the Trade Development Authority of Pakistan (TDAP)" is
// that body again, its country left out; another body's name that shares the first words is not.
TEST(Organizations, NameWithoutItsCountryIsTheSameBody) {
  auto m = run_mentions("T",
                        "The Trade Development Authority of Pakistan (TDAP) met exporters. The Ministry of "
                        "Commerce and the Trade Development Authority are making efforts.",
                        2);
  const auto* tdap = find_org(m.x, "TDAP");
  ASSERT_NE(tdap, nullptr);
  EXPECT_EQ(tdap->spans.size(), 3u);  // full name, acronym, the name without its country
  EXPECT_EQ(find_org(m.x, "Trade Development Authority"), nullptr);

  auto n = run_mentions("T",
                        "The Trade Development Authority of Pakistan (TDAP) met the Export Development Authority "
                        "and the Trade Development Authority of Sri Lanka.",
                        2);
  EXPECT_NE(find_org(n.x, "Export Development Authority"), nullptr);
  EXPECT_NE(find_org(n.x, "Trade Development Authority of Sri Lanka"), nullptr);
}

}  // namespace

namespace {

// "the United Nations Economic Commission for Africa (ECA)": the known parent's name right before a
// long form is part of the body's name, and names no second body; set off by a comma it is its own.
TEST(Organizations, KnownParentBeforeALongFormIsPartOfTheName) {
  auto m = run_mentions("T", "Officials of the United Nations Economic Commission for Africa (ECA) met.", 2);
  const auto* eca = find_org(m.x, "ECA");
  ASSERT_NE(eca, nullptr);
  EXPECT_EQ(eca->name, "United Nations Economic Commission for Africa");
  EXPECT_EQ(find_org(m.x, "United Nations"), nullptr);

  auto n = run_mentions("T",
                        "The United Nations, the Economic Commission for Europe (ECE) and the United Nations "
                        "Development Programme (UNDP) met.",
                        2);
  const auto* ece = find_org(n.x, "ECE");
  ASSERT_NE(ece, nullptr);
  EXPECT_EQ(ece->name, "Economic Commission for Europe");
  EXPECT_NE(find_org(n.x, "United Nations"), nullptr);
  const auto* undp = find_org(n.x, "UNDP");
  ASSERT_NE(undp, nullptr);
  EXPECT_EQ(undp->name, "United Nations Development Programme");
}

}  // namespace

namespace {

// "the Malaysian Consortium of Mid-Tier Companies (MCMTC)" is a body; "ProChile" and "Austrade"
// are trade-promotion agencies known by those names. Not "a consortium of banks", nor "pro-Chile".
TEST(Organizations, ConsortiumAndKnownTradePromotionAgencies) {
  auto m = run_mentions("T",
                        "He met the Malaysian Consortium of Mid-Tier Companies (MCMTC). The summit was organized "
                        "by ProChile and Austrade.",
                        2);
  const auto* c = find_org(m.x, "MCMTC");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->name, "Malaysian Consortium of Mid-Tier Companies");
  const auto* pro = find_org(m.x, "ProChile");
  ASSERT_NE(pro, nullptr);
  EXPECT_EQ(pro->country, "CL");
  const auto* au = find_org(m.x, "Austrade");
  ASSERT_NE(au, nullptr);
  EXPECT_EQ(au->country, "AU");

  auto n = run_mentions("T", "A consortium of banks backed the pro-Chile lobby and the Prochile brand.", 2);
  EXPECT_TRUE(n.x.organizations.empty()) << n.x.organizations.front().name;
}

}  // namespace

namespace {

// "the Japanese Chamber of Trade and Industry, Malaysia (Jactim)": the country where the body sits,
// set off by a comma, stands between its name and its acronym; a city there does not.
TEST(Organizations, AcronymAfterTheCountryWhereTheBodySits) {
  auto m = run_mentions("T", "He met the Japanese Chamber of Trade and Industry, Malaysia (Jactim) today. Jactim said.",
                        2);
  const auto* j = find_org(m.x, "Jactim");
  ASSERT_NE(j, nullptr);
  EXPECT_EQ(j->name, "Japanese Chamber of Trade and Industry");
  EXPECT_EQ(j->spans.size(), 3u);

  auto n = run_mentions("T", "He met the Japanese Chamber of Trade and Industry, Penang (Jactip) today.", 2);
  const auto* c = find_org(n.x, "Japanese Chamber of Trade and Industry");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->acronym, "");
}

// The EU's institutions are bodies as well as names of the bloc: "the European Parliament approved"
// gives the organization and the bloc, as "the European Commission" does.
TEST(Organizations, EuInstitutionsAreBodies) {
  auto m = run_mentions("Parliament vote", "The European Parliament and the European Council approved the agreement.");
  const auto* ep = find_org(m.x, "European Parliament");
  ASSERT_NE(ep, nullptr);
  EXPECT_EQ(ep->country, "EU");
  EXPECT_NE(find_org(m.x, "European Council"), nullptr);
  ASSERT_EQ(m.x.blocs.size(), 1u);
  EXPECT_EQ(m.x.blocs[0].code, "EU");
}

// A company's legal form after two names joined by "and" lists two companies; a one-word name
// on either side of the "and" is one company's ("Procter and Gamble Co.").
TEST(Organizations, LegalFormAfterTwoNamesListsTwoCompanies) {
  auto m = run_mentions("Chipmakers", "Samsung Electronics and SK Hynix Inc. shares rose, as did Procter and Gamble Co.");
  EXPECT_NE(find_org(m.x, "Samsung Electronics"), nullptr);
  EXPECT_NE(find_org(m.x, "SK Hynix Inc."), nullptr);
  EXPECT_NE(find_org(m.x, "Procter and Gamble Co."), nullptr);
  EXPECT_EQ(find_org(m.x, "Samsung Electronics and SK Hynix Inc."), nullptr);
}

// A legal form before "and" closes the first company's name, with or without its full stop as
// news agencies write it ("Samsung Electronics Co and Hyundai Motor Group pledged …").
TEST(Organizations, LegalFormBeforeAndEndsTheFirstCompany) {
  auto m = run_mentions("Investments", "Samsung Electronics Co and Hyundai Motor Group pledged new investments.");
  EXPECT_NE(find_org(m.x, "Samsung Electronics Co"), nullptr);
  EXPECT_NE(find_org(m.x, "Hyundai Motor Group"), nullptr);
  EXPECT_EQ(find_org(m.x, "Samsung Electronics Co and Hyundai Motor Group"), nullptr);
}

// "UK and Gulf Cooperation Council agree trade deal": a headline's country alone before "and" is
// one side of the news, not the start of the other side's name.
TEST(Organizations, HeadlineCountryBeforeAndIsNoPartOfTheName) {
  auto m = run_mentions("UK and Gulf Cooperation Council agree trade deal",
                        "The UK has secured a trade deal with the Gulf Cooperation Council (GCC).");
  EXPECT_NE(find_org(m.x, "Gulf Cooperation Council"), nullptr);
  EXPECT_EQ(find_org(m.x, "UK and Gulf Cooperation Council"), nullptr);
  auto b = run_mentions("Bosnia and Herzegovina Chamber of Commerce meets exporters",
                        "The Bosnia and Herzegovina Chamber of Commerce met exporters.");
  const auto* chamber = find_org(b.x, "Bosnia and Herzegovina Chamber of Commerce");
  ASSERT_NE(chamber, nullptr);
  EXPECT_TRUE(std::any_of(chamber->spans.begin(), chamber->spans.end(), [](const auto& sp) { return sp.in_title; }));
}



// "ECA Sub-regional Office for Eastern Africa": a word with a bound prefix set off by a hyphen is
// one word of the name; a compound that modifies a name ("Seoul-based") is not.
TEST(Organizations, PrefixedHyphenWordInsideAName) {
  auto m = run_mentions("T",
                        "The ECA Sub-regional Office for Eastern Africa hosted a forum with the UNCTAD Regional "
                        "Office for Africa and the ECA Sub-regional Office for Southern Africa.",
                        2);
  EXPECT_NE(find_org(m.x, "ECA Sub-regional Office for Eastern Africa"), nullptr);
  EXPECT_NE(find_org(m.x, "ECA Sub-regional Office for Southern Africa"), nullptr);
  EXPECT_EQ(find_org(m.x, "Office for Eastern Africa"), nullptr);

  auto n = run_mentions("T", "He visited the Seoul-based Trade Office of the agency.", 2);
  for (const auto& o : n.x.organizations) EXPECT_EQ(o.name.find("Seoul-based"), std::string::npos) << o.name;
}
}  // namespace

namespace {

// Portfolio words of bodies abroad ("Export Control", "Public Mobilization and Statistics",
// "Customs and Indirect Taxes") stay in the body's name after "and"; a person's name after the
// portfolio still ends it.
TEST(Organizations, PortfolioWordsAfterAndStayInTheName) {
  auto m = run_mentions("T",
                        "The Federal Office for Economic Affairs and Export Control (BAFA) processed them. The "
                        "Central Agency for Public Mobilization and Statistics said so. The Ministry of Trade, "
                        "Industry and Statistics Maria Silva attended.");
  const auto* bafa = find_org(m.x, "BAFA");
  ASSERT_NE(bafa, nullptr);
  EXPECT_EQ(bafa->name, "Federal Office for Economic Affairs and Export Control");
  EXPECT_NE(find_org(m.x, "Central Agency for Public Mobilization and Statistics"), nullptr);
  EXPECT_NE(find_org(m.x, "Ministry of Trade, Industry and Statistics"), nullptr);
}

}  // namespace

namespace {

// Days before a month after a body's name are the date of what it did ("the Council of Ministers
// Responsible for Trade on 10-11 March"), no part of the name; a number that begins no date stays.
TEST(Organizations, DayAndMonthAfterTheNameAreNoPartOfIt) {
  auto m = run_mentions("T",
                        "The Council of Ministers Responsible for Trade on 10-11 March adopted them. The Ministry of "
                        "Trade and Industry on 12 March 2025 said so. The Committee on 5G Standards met.");
  EXPECT_NE(find_org(m.x, "Council of Ministers Responsible for Trade"), nullptr);
  EXPECT_NE(find_org(m.x, "Ministry of Trade and Industry"), nullptr);
  EXPECT_NE(find_org(m.x, "Committee on 5G Standards"), nullptr);
  EXPECT_EQ(m.x.organizations.size(), 3u);
}

}  // namespace

namespace {

// Trade ministries, remedy authorities and statistics offices of Latin American, African, Gulf
// and European governments are known bodies: a bare acronym names them, with their country ("the
// dtic", as South Africa's department writes itself, "GASTAT said").
TEST(Organizations, KnownBodiesOfOtherGovernments) {
  auto m = run_mentions("T",
                        "The Director-General of the dtic spoke. ITAC and GASTAT said so, and the Secretary of Foreign "
                        "Trade of MDIC agreed. Camex met.");
  for (auto [acr, code] : {std::pair{"DTIC", "ZA"}, std::pair{"ITAC", "ZA"}, std::pair{"GASTAT", "SA"},
                           std::pair{"MDIC", "BR"}, std::pair{"Camex", "BR"}}) {
    const auto* o = find_org(m.x, acr);
    ASSERT_NE(o, nullptr) << acr;
    EXPECT_EQ(o->country, code) << acr;
  }
  auto n = run_mentions("T", "The dticket office and the ITACA project met.");
  EXPECT_TRUE(n.x.organizations.empty());
}

}  // namespace

namespace {

// "(Secex/MDIC)", "(Gecex/Camex)": a body's acronym, a slash and its parent's acronym define the
// first for the name before them; a slash between other words defines nothing.
TEST(Organizations, AcronymWithItsParentsAfterASlash) {
  auto m = run_mentions("Brazil's imports rise",
                        "Imports rose 12%, the Foreign Trade Secretariat (Secex/MDIC) said. The Executive Management "
                        "Committee of the Chamber of Foreign Trade (Gecex/Camex) approved it. The Trade Council "
                        "(imports/exports) met.",
                        2);
  const auto* secex = find_org(m.x, "Secex");
  ASSERT_NE(secex, nullptr);
  EXPECT_EQ(secex->name, "Foreign Trade Secretariat");
  const auto* gecex = find_org(m.x, "Gecex");
  ASSERT_NE(gecex, nullptr);
  EXPECT_EQ(gecex->name, "Executive Management Committee of the Chamber of Foreign Trade");
  EXPECT_EQ(find_org(m.x, "imports/exports"), nullptr);
  EXPECT_EQ(find_org(m.x, "imports"), nullptr);
}

}  // namespace

namespace {

// "Tubos de Acero de México (TAMSA)": a company's acronym may end with its legal form's letters
// (S.A.) that the name before it leaves out; the rest must still align with the name.
TEST(Organizations, AcronymEndingWithALegalFormsLetters) {
  auto m = run_mentions("Mexico raises tariffs",
                        "Steel pipe maker Tubos de Acero de México (TAMSA) welcomed the measure, and Altos Hornos de "
                        "México (AHMSA) agreed. The Trade Office (BCDSA) did not.",
                        2);
  const auto* tamsa = find_org(m.x, "TAMSA");
  ASSERT_NE(tamsa, nullptr);
  EXPECT_EQ(tamsa->name, "Tubos de Acero de México");
  EXPECT_EQ(tamsa->country, "MX");
  const auto* ahmsa = find_org(m.x, "AHMSA");
  ASSERT_NE(ahmsa, nullptr);
  EXPECT_EQ(ahmsa->name, "Altos Hornos de México");
  const auto* office = find_org(m.x, "BCDSA");
  EXPECT_TRUE(office == nullptr || office->name != "Trade Office");
}

// Korea's trade ministry under its 2025 name is known like its former one: Korean, by its full
// name or its acronym alone; a ministry of another name is not it.
TEST(Organizations, KoreasTradeMinistryUnderItsNewName) {
  auto m = run_mentions("T",
                        "The Ministry of Trade, Industry and Resources held talks. MOTIR said so. The Ministry of "
                        "Trade, Industry and Fisheries attended.");
  const auto* motir = find_org(m.x, "MOTIR");
  ASSERT_NE(motir, nullptr);
  EXPECT_EQ(motir->name, "Ministry of Trade, Industry and Resources");
  EXPECT_EQ(motir->country, "KR");
  for (const auto& o : m.x.organizations)
    if (o.name.find("Fisheries") != std::string::npos) {
      EXPECT_NE(o.country, "KR");
    }
}

// "data released by the Korea Customs Service on the 21st": a day of the month after "on the"
// ends a body's name; a capitalized word after the ordinal keeps it in ("Commission on the 21st
// Century").
TEST(Organizations, DayOfTheMonthEndsTheName) {
  auto m = run_mentions("T",
                        "According to data released by the Korea Customs Service on the 21st, exports rose. The "
                        "Korea Trade Commission on the 15th decided so. The Commission on the 21st Century met.");
  EXPECT_NE(find_org(m.x, "Korea Customs Service"), nullptr);
  EXPECT_NE(find_org(m.x, "Korea Trade Commission"), nullptr);
  for (const auto& o : m.x.organizations) {
    EXPECT_EQ(o.name.find("on the 21st,"), std::string::npos) << o.name;
    EXPECT_EQ(o.name.find("15th"), std::string::npos) << o.name;
  }
  EXPECT_NE(find_org(m.x, "Commission on the 21st Century"), nullptr);
}

}  // namespace

namespace {

// "Community" names a body the text abbreviates ("the Caribbean Community (CARICOM)", "the
// Southern African Development Community (SADC)"), not a plain phrase ("the business community").
TEST(Organizations, CommunityThatTheTextAbbreviates) {
  auto m = run_mentions("T",
                        "The Caribbean Community (CARICOM) and the Southern African Development Community (SADC) met "
                        "the Business Community of Accra and the local community.");
  const auto* caricom = find_org(m.x, "CARICOM");
  ASSERT_NE(caricom, nullptr);
  EXPECT_EQ(caricom->name, "Caribbean Community");
  EXPECT_NE(find_org(m.x, "SADC"), nullptr);
  EXPECT_EQ(find_org(m.x, "Business Community of Accra"), nullptr);
}

}  // namespace

namespace {

// "Minister of Trade and Industry Prudence Sebahizi and African Union Commission Chairperson …":
// the person's name after the portfolio ends the minister's description, and the body named after
// "and" starts there; portfolios joined by "and" stay one body's name.
TEST(Organizations, PersonAfterAPortfolioEndsTheNameBeforeAnd) {
  auto m = run_mentions("T",
                        "Minister of Trade and Industry Prudence Sebahizi and Kenya Ports Authority Director Mary "
                        "Wanjiru met officials of the Ministry of Foreign Affairs and International Cooperation.");
  EXPECT_NE(find_org(m.x, "Kenya Ports Authority"), nullptr);
  EXPECT_NE(find_org(m.x, "Ministry of Foreign Affairs and International Cooperation"), nullptr);
  for (const auto& o : m.x.organizations) EXPECT_EQ(o.name.find("Sebahizi"), std::string::npos) << o.name;
}

}  // namespace

namespace {

// "Kenyan Cabinet Secretary for Trade Lee Kinyanjui": a body's form that opens a longer title
// is the title's, no body; the form alone still ends a body's name.
TEST(Organizations, FormOpeningATitleIsNoBody) {
  auto m = run_mentions("T",
                        "Kenyan Cabinet Secretary for Trade Lee Kinyanjui met the Kenyan Cabinet and the Cabinet "
                        "Secretariat of Japan.");
  for (const auto& o : m.x.organizations) EXPECT_EQ(o.name.find("Secretary"), std::string::npos) << o.name;
  ASSERT_EQ(m.x.organizations.size(), 2u);
  EXPECT_EQ(m.x.organizations[0].name, "Kenyan Cabinet");
  EXPECT_EQ(m.x.organizations[0].spans.size(), 1u);
  EXPECT_NE(find_org(m.x, "Cabinet Secretariat of Japan"), nullptr);
}

}  // namespace

namespace {

// National statistics offices and trade bodies that wire copy names by acronym alone: the
// acronym names the body and its country. A name several countries' offices share ("Federal
// Statistical Office", Germany's and Switzerland's) gives no country.
TEST(Organizations, StatisticsOfficesAndTradeBodiesByAcronym) {
  auto m = run_mentions("T",
                        "Exports rose 3.1%, statistics bureau ISTAT said, and the DGFT notified the scheme. KADIN "
                        "and MITI agreed.");
  for (const auto& [acr, country] : std::vector<std::pair<std::string, std::string>>{
           {"ISTAT", "IT"}, {"DGFT", "IN"}, {"KADIN", "ID"}, {"MITI", "MY"}}) {
    const auto* o = find_org(m.x, acr);
    ASSERT_NE(o, nullptr) << acr;
    EXPECT_EQ(o->country, country) << acr;
  }
  auto n = run_mentions("T", "The Federal Statistical Office in Neuchâtel said exports rose.");
  ASSERT_EQ(n.x.organizations.size(), 1u);
  EXPECT_EQ(n.x.organizations[0].country, "");
  // A Spanish-named ministry is a body, not a person with a particle in the name.
  auto s = run_mentions("T", "Mexico's Secretaría de Economía announced the quota.");
  EXPECT_TRUE(s.x.people.empty());
  ASSERT_EQ(s.x.organizations.size(), 1u);
  EXPECT_EQ(s.x.organizations[0].country, "MX");
}

}  // namespace

namespace {

// Chile's "Undersecretariat of International Economic Relations (SUBREI)": an undersecretariat is
// a body as a secretariat is; its head, the "Undersecretary", is a person's title.
TEST(Organizations, UndersecretariatIsABody) {
  auto m = run_mentions("T",
                        "The round took place in Santiago, the Undersecretariat of International Economic Relations "
                        "(SUBREI) said. Undersecretary Claudia Sanhueza led the delegation.");
  const auto* s = find_org(m.x, "SUBREI");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->name, "Undersecretariat of International Economic Relations");
  for (const auto& o : m.x.organizations) EXPECT_NE(o.name.rfind("Undersecretary ", 0), 0u) << o.name;
}

}  // namespace

namespace {

// Regional communities that releases name by acronym alone, with a form of address before the
// head's name: the acronym names the body, and the body is the head's.
TEST(Organizations, RegionalCommunitiesByAcronym) {
  auto m = run_mentions("T",
                        "SADC Executive Secretary H.E. Elias Magosi met the ECOWAS and COMESA delegations and "
                        "CARICOM officials. Sad news and a Comesa-style plan followed.");
  for (const char* acr : {"SADC", "ECOWAS", "COMESA", "CARICOM"}) EXPECT_NE(find_org(m.x, acr), nullptr) << acr;
  EXPECT_EQ(m.x.organizations.size(), 4u);
  const auto p = std::find_if(m.x.people.begin(), m.x.people.end(), [](const tw::Person& q) { return q.name == "Elias Magosi"; });
  ASSERT_NE(p, m.x.people.end());
  EXPECT_EQ(p->organization, "SADC");
}

}  // namespace

namespace {

// "Bank Indonesia": a bank named by its country alone, as a central bank is. A bank named after
// more words ("World Bank Indonesia office") or before "of" keeps its own reading.
TEST(Organizations, BankNamedByItsCountry) {
  auto m = run_mentions("T",
                        "The Governor of Bank Indonesia, Perry Warjiyo, spoke, and the Bank of Korea agreed. A "
                        "Bank Rakyat branch opened.");
  const auto* bi = find_org(m.x, "Bank Indonesia");
  ASSERT_NE(bi, nullptr);
  EXPECT_EQ(bi->country, "ID");
  EXPECT_NE(find_org(m.x, "Bank of Korea"), nullptr);
  const auto p = std::find_if(m.x.people.begin(), m.x.people.end(), [](const tw::Person& q) { return q.name == "Perry Warjiyo"; });
  ASSERT_NE(p, m.x.people.end());
  EXPECT_EQ(p->organization, "Bank Indonesia");
}

}  // namespace

// A short form that keeps the long form's first word whole, then capitals for the rest, is the
// body's acronym ("Saudi Export Development Authority (Saudi EXIM)", "Enterprise Singapore
// (EnterpriseSG)"); a word and capitals that do not begin the long form are no acronym of it.
TEST(Organizations, AcronymKeepingTheFirstWordWhole) {
  auto m = run_mentions("T",
                        "The Saudi Export Development Authority (Saudi EXIM) and Enterprise Singapore "
                        "(EnterpriseSG) signed a memorandum.");
  const auto* exim = find_org(m.x, "Saudi Export Development Authority");
  ASSERT_NE(exim, nullptr);
  EXPECT_EQ(exim->acronym, "Saudi EXIM");
  const auto* esg = find_org(m.x, "Enterprise Singapore");
  ASSERT_NE(esg, nullptr);
  EXPECT_EQ(esg->acronym, "EnterpriseSG");
  auto n = run_mentions("T", "The Saudi Export Development Authority (Riyadh HQ) signed a memorandum.");
  const auto* o = find_org(n.x, "Saudi Export Development Authority");
  ASSERT_NE(o, nullptr);
  EXPECT_EQ(o->acronym, "");
}

// "Statistics Agency under the President of the Republic of Uzbekistan": a body named by the
// head of state it answers to keeps that in its name, to the state's name and no further; a body
// "under the Ministry of …" is named apart from the ministry.
TEST(Organizations, BodyUnderThePresidentKeepsItInItsName) {
  auto m = run_mentions("T",
                        "The Statistics Agency under the President of the Republic of Uzbekistan and Statistics "
                        "Korea signed a memorandum. The Agency for Strategic Reforms under the President of "
                        "Uzbekistan attended, with the Investment Promotion Agency under the Ministry of "
                        "Investment, Industry and Trade.");
  const auto* s = find_org(m.x, "Statistics Agency under the President of the Republic of Uzbekistan");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->country, "UZ");
  EXPECT_NE(find_org(m.x, "Statistics Korea"), nullptr);
  EXPECT_NE(find_org(m.x, "Agency for Strategic Reforms under the President of Uzbekistan"), nullptr);
  EXPECT_NE(find_org(m.x, "Investment Promotion Agency"), nullptr);
  EXPECT_NE(find_org(m.x, "Ministry of Investment, Industry and Trade"), nullptr);
}

// "Nigerian Office for Trade Negotiations (NOTN)": an acronym whose letters could all be found
// inside the last word alone (NegOTiatioNs) is the initials of the words further back; with no
// such words the one word still takes it.
TEST(Organizations, AcronymPrefersInitialsOverOneWordsLetters) {
  auto m = run_mentions("T",
                        "The Nigerian Office for Trade Negotiations (NOTN) will lead implementation, NOTN said.");
  const auto* o = find_org(m.x, "NOTN");
  ASSERT_NE(o, nullptr);
  EXPECT_EQ(o->name, "Nigerian Office for Trade Negotiations");
  EXPECT_EQ(o->country, "NG");
  auto k = run_mentions("T", "Exports by the Korea Institute of Industrial Technology (KITECH) rose.");
  const auto* t = find_org(k.x, "KITECH");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->name, "Korea Institute of Industrial Technology");
}

// Trade-promotion agencies and central banks of New Zealand, Brazil, the Philippines and Mexico
// are known bodies: named in full or by their acronyms, with their countries.
TEST(Organizations, KnownAgenciesAndCentralBanks) {
  auto m = run_mentions("T",
                        "New Zealand Trade and Enterprise (NZTE), ApexBrasil, Banxico, the Banco Central do Brasil "
                        "and the Bangko Sentral ng Pilipinas (BSP) met.");
  const auto* nz = find_org(m.x, "NZTE");
  ASSERT_NE(nz, nullptr);
  EXPECT_EQ(nz->country, "NZ");
  ASSERT_NE(find_org(m.x, "ApexBrasil"), nullptr);
  EXPECT_EQ(find_org(m.x, "ApexBrasil")->country, "BR");
  ASSERT_NE(find_org(m.x, "Banxico"), nullptr);
  EXPECT_EQ(find_org(m.x, "Banxico")->name, "Banco de México");
  EXPECT_NE(find_org(m.x, "Banco Central do Brasil"), nullptr);
  const auto* bsp = find_org(m.x, "Bangko Sentral ng Pilipinas");
  ASSERT_NE(bsp, nullptr);
  EXPECT_EQ(bsp->acronym, "BSP");
  auto n = run_mentions("T", "The BSP plant in Brunei expanded.");
  EXPECT_EQ(find_org(n.x, "Bangko Sentral ng Pilipinas"), nullptr);
}

// "… for Industrial Cities and Technology Zones (MODON)": a plural noun closing the words after a
// portfolio word ends the body's name; a person's name there still ends it before the name.
TEST(Organizations, PluralNounClosesAListAfterAPortfolio) {
  auto m = run_mentions("T", "The Saudi Authority for Industrial Cities and Technology Zones (MODON) joined.");
  const auto* o = find_org(m.x, "MODON");
  ASSERT_NE(o, nullptr);
  EXPECT_EQ(o->name, "Saudi Authority for Industrial Cities and Technology Zones");
  auto n = run_mentions("T", "The Ministry of Trade and Industry Gan Kim Yong spoke.");
  EXPECT_NE(find_org(n.x, "Ministry of Trade and Industry"), nullptr);
}

// "Department of Trade, Industry and Competition and Wesgro": after a list of portfolios closed
// by "and", another "and" before a word that is no portfolio begins another body's name; a list
// that goes on in portfolios stays one name.
TEST(Organizations, AndAfterAClosedPortfolioListJoinsAnotherBody) {
  auto m = run_mentions("T", "The Department of Trade, Industry and Competition and Wesgro attended.");
  EXPECT_NE(find_org(m.x, "Department of Trade, Industry and Competition"), nullptr);
  EXPECT_EQ(find_org(m.x, "Department of Trade, Industry and Competition and Wesgro"), nullptr);
  auto n = run_mentions("T", "The Ministry of Science and Technology and Innovation attended.");
  EXPECT_NE(find_org(n.x, "Ministry of Science and Technology and Innovation"), nullptr);
}

// "Deputy Director-General of the Department of Commerce of Guangdong Province Zhang Yi": two
// capitalized words that are no form, portfolio or place after a place's name in the complement
// begin a person's name, no part of the body's.
TEST(Organizations, PersonsNameAfterAPlaceEndsTheComplement) {
  auto m = run_mentions("T",
                        "Deputy Director-General of the Department of Commerce of Guangdong Province Zhang Yi spoke. "
                        "The Ministry of Economy of Mongolia Batbayar Ganbold said.");
  EXPECT_NE(find_org(m.x, "Department of Commerce of Guangdong Province"), nullptr);
  EXPECT_NE(find_org(m.x, "Ministry of Economy of Mongolia"), nullptr);
  auto n = run_mentions("T", "The Embassy of Japan Trade Office opened.");
  EXPECT_EQ(find_org(n.x, "Embassy of Japan"), nullptr);
}

// "Indonesia's Trade Ministry": a portfolio word before "Ministry" names the ministry as
// "Commerce Ministry" does; "Trade" alone before another form still names no body.
TEST(Organizations, TradeMinistryIsNamed) {
  auto m = run_mentions("T", "Indonesia's Trade Ministry and China's Commerce Ministry agreed. The Trade Committee met.");
  const auto* t = find_org(m.x, "Trade Ministry");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->country, "ID");
  EXPECT_NE(find_org(m.x, "Commerce Ministry"), nullptr);
  EXPECT_EQ(find_org(m.x, "Trade Committee"), nullptr);
}

namespace {

// News copy writes a company's legal form without its stop ("Toyota Motor Corp", "Honda Motor Co"),
// and a European one as the company does ("Embraer SA", which was no body).
TEST(Organizations, LegalFormsWithoutTheirStop) {
  auto m = run_mentions("T", "Toyota Motor Corp and Honda Motor Co rose, while Embraer SA fell.");
  EXPECT_NE(find_org(m.x, "Toyota Motor Corp"), nullptr);
  EXPECT_NE(find_org(m.x, "Honda Motor Co"), nullptr);
  EXPECT_NE(find_org(m.x, "Embraer SA"), nullptr);
}

// A name read back from a body's word crosses "of" only to a body's or a portfolio's word: "Economist
// Takahide Kiuchi of Nomura Research Institute" and "Shares of Embraer SA" were bodies of those
// words.
TEST(Organizations, NameRunsBackAcrossOfOnlyToABodysWord) {
  auto m = run_mentions("T",
                        "Economist Takahide Kiuchi of Nomura Research Institute said growth would slow. Shares of "
                        "Embraer SA fell. The Port of Busan Authority and the Chamber of Commerce Foundation agreed.");
  EXPECT_NE(find_org(m.x, "Nomura Research Institute"), nullptr);
  EXPECT_NE(find_org(m.x, "Embraer SA"), nullptr);
  EXPECT_NE(find_org(m.x, "Port of Busan Authority"), nullptr);
  EXPECT_NE(find_org(m.x, "Chamber of Commerce Foundation"), nullptr);
  for (const auto& o : m.x.organizations) {
    EXPECT_FALSE(o.name.starts_with("Economist")) << o.name;
    EXPECT_FALSE(o.name.starts_with("Shares")) << o.name;
  }
}

// A plural's apostrophe inside a name ("National Farmers' Federation" was none), and an ampersand
// inside the first of two companies before the second's legal form ("Hyundai Engineering &
// Construction and Samsung C&T Corp." was one body).
TEST(Organizations, ApostropheAndAmpersandInsideNames) {
  auto f = run_mentions("T", "The National Farmers' Federation welcomed the outcome.");
  EXPECT_NE(find_org(f.x, "National Farmers' Federation"), nullptr);
  auto h = run_mentions("T", "Hyundai Engineering & Construction and Samsung C&T Corp. won projects.");
  EXPECT_NE(find_org(h.x, "Hyundai Engineering & Construction"), nullptr);
  EXPECT_NE(find_org(h.x, "Samsung C&T Corp."), nullptr);
}

}  // namespace

namespace {

// The unofficial missions that stand for embassies where there are no relations are their
// governments' bodies: a release naming them by acronym alone still gives each its country, and
// their officers follow.
TEST(Organizations, RepresentativeOfficesByAcronymHaveTheirCountry) {
  auto m = run_mentions("T", "AIT Director Jane Roe and TECRO Representative John Doe signed the memorandum in Washington.");
  const auto* ait = find_org(m.x, "American Institute in Taiwan");
  const auto* tecro = find_org(m.x, "Taipei Economic and Cultural Representative Office");
  ASSERT_NE(ait, nullptr);
  ASSERT_NE(tecro, nullptr);
  EXPECT_EQ(ait->country, "US");
  EXPECT_EQ(tecro->country, "TW");
}

// After ", and" a capitalized word joined to the next by a name's particle opens a person's name,
// no last portfolio of the body's.
TEST(Organizations, ANameWithAParticleAfterCommaAndEndsTheBody) {
  auto m = run_mentions("T",
                        "The meeting was attended by the Chairman of the Department of Economic Development, and "
                        "Abdulla bin Touq Al Marri, Minister of Economy. The Ministry of Trade, Industry, and Energy "
                        "hosted it.");
  EXPECT_NE(find_org(m.x, "Department of Economic Development"), nullptr);
  EXPECT_NE(find_org(m.x, "Ministry of Trade, Industry, and Energy"), nullptr);
  for (const auto& o : m.x.organizations) EXPECT_EQ(o.name.find("Abdulla"), std::string::npos) << o.name;
}

// "Limited" written out ends a company's name as "Ltd" does ("Petronet LNG Limited").
TEST(Organizations, LimitedWrittenOutIsAFirmsForm) {
  auto m = run_mentions("T", "QatarEnergy signed a supply agreement with Petronet LNG Limited on Monday.");
  EXPECT_NE(find_org(m.x, "Petronet LNG Limited"), nullptr);
}


// A legal form written with its period ends the sentence as well: the capital after it opens the
// next sentence, neither a longer name nor a modifier ("… Co. The plant", "… Ltd. The Fund").
TEST(Organizations, LegalFormsPeriodEndsTheSentence) {
  auto m = run_mentions("T",
                        "The plant will be built by Hyundai Steel Co. The deal was welcomed by LG Energy Solution "
                        "Ltd. The International Monetary Fund revised its forecast.");
  EXPECT_NE(find_org(m.x, "Hyundai Steel Co."), nullptr);
  EXPECT_NE(find_org(m.x, "LG Energy Solution Ltd."), nullptr);
  for (const auto& o : m.x.organizations) EXPECT_EQ(o.name.find("Ltd. The"), std::string::npos) << o.name;
}

// A body abroad named with whom it is accredited to: "to the WTO", "to the EU (CCCEU)"; not a
// longer name after "to" that the text does not abbreviate.
TEST(Organizations, BodyAbroadKeepsWhomItIsAccreditedTo) {
  auto m = run_mentions("T",
                        "The China Chamber of Commerce to the EU (CCCEU) criticised the move. The Permanent Mission "
                        "of Singapore to the WTO hosted a reception. The Korea Chamber of Commerce to the Ministry "
                        "of Trade sent a letter.");
  const auto* cc = find_org(m.x, "CCCEU");
  ASSERT_NE(cc, nullptr);
  EXPECT_EQ(cc->name, "China Chamber of Commerce to the EU");
  EXPECT_NE(find_org(m.x, "Permanent Mission of Singapore to the WTO"), nullptr);
  for (const auto& o : m.x.organizations) EXPECT_NE(o.name, "Korea Chamber of Commerce to the Ministry of Trade");
}


// Company names as listed companies write them: two forms with a comma between ("Co., Ltd."), a
// brand in lower case before the form ("SK hynix Inc."), and Indonesian and joint-stock forms.
TEST(Organizations, CompanyFormsAsListedCompaniesWriteThem) {
  auto m = run_mentions("T",
                        "Samsung Electronics Co., Ltd. and SK hynix Inc. led gains. PT Vale Indonesia Tbk and "
                        "Kazatomprom JSC signed supply deals.");
  EXPECT_NE(find_org(m.x, "Samsung Electronics Co., Ltd."), nullptr);
  EXPECT_NE(find_org(m.x, "SK hynix Inc."), nullptr);
  EXPECT_NE(find_org(m.x, "PT Vale Indonesia Tbk"), nullptr);
  EXPECT_NE(find_org(m.x, "Kazatomprom JSC"), nullptr);
  for (const auto& o : m.x.organizations) EXPECT_NE(o.name, "SK") << o.name;
}

// "Adani Ports and Special Economic Zone Ltd": words after "and" that only describe ("Special",
// "Economic", "Zone") are the one company's name; "Samsung Electronics and SK Hynix Inc." still
// lists two.
TEST(Organizations, LegalFormNameHoldingAndDescriptiveWords) {
  auto m = run_mentions("T", "Adani Ports and Special Economic Zone Ltd signed a deal on Monday.");
  EXPECT_NE(find_org(m.x, "Adani Ports and Special Economic Zone Ltd"), nullptr);
  EXPECT_EQ(find_org(m.x, "Adani Ports"), nullptr);
  auto n = run_mentions("T", "Samsung Electronics and SK Hynix Inc. led gains.");
  EXPECT_NE(find_org(n.x, "Samsung Electronics"), nullptr);
  EXPECT_NE(find_org(n.x, "SK Hynix Inc."), nullptr);
}

// "EEPC India, the engineering exporters' body, said", "U.S. Steel said", "the takeover of U.S.
// Steel": an acronym and a country's name, or a country's name and a firm's trade, as a subject or
// owner, name a body; the country is the name's. "U.S. steel imports" and "the FTA India signed"
// name none.
TEST(Organizations, AcronymOrTradeBesideACountryName) {
  auto m = run_mentions("T", "EEPC India, the engineering exporters' body, said exports rose. U.S. Steel said "
                             "output fell after the takeover of Japan Airlines.");
  const auto* eepc = find_org(m.x, "EEPC India");
  ASSERT_NE(eepc, nullptr);
  EXPECT_EQ(eepc->country, "IN");
  const auto* steel = find_org(m.x, "U.S. Steel");
  ASSERT_NE(steel, nullptr);
  EXPECT_EQ(steel->country, "US");
  EXPECT_NE(find_org(m.x, "Japan Airlines"), nullptr);
  auto n = run_mentions("T", "U.S. steel imports fell, and the FTA India signed took effect. Under the CEPA India, "
                             "the UAE cut tariffs.");
  EXPECT_TRUE(n.x.organizations.empty());
}

}  // namespace

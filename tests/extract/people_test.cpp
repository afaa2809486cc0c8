#include "extract/mentions_fixture.h"

namespace {

using tw::testing::run_mentions;
using tw::testing::text_of;

const tw::Person* find_person(const tw::Extraction& x, const std::string& name) {
  for (const auto& p : x.people)
    if (p.name == name) return &p;
  return nullptr;
}

// A head before a title's plural is a plural title: no name after it ("Chief Negotiators
// reaffirmed …"), nor before it ("the Fourth Round, Chief Negotiators …"); a name after the
// singular still is one, and a surname that is a title's plural stays in a full name.
TEST(People, TitlesPluralAfterATitleIsNoName) {
  auto m = run_mentions("T",
                        "At the end of the Fourth Round, Chief Negotiators concentrated on making progress. "
                        "Chief Negotiator Ahmed Khan said so. Minister Andrew Fellows attended.");
  EXPECT_EQ(find_person(m.x, "Negotiators"), nullptr);
  EXPECT_EQ(find_person(m.x, "Fourth Round"), nullptr);
  ASSERT_NE(find_person(m.x, "Ahmed Khan"), nullptr);
  EXPECT_EQ(find_person(m.x, "Ahmed Khan")->title, "Chief Negotiator");
  EXPECT_NE(find_person(m.x, "Andrew Fellows"), nullptr);
}

TEST(People, TitleBeforeAndAfterTheName) {
  auto m = run_mentions("T",
                        "Park Jung-sung, Deputy Minister for Trade at the Ministry of Trade, Industry and "
                        "Resources (MOTIR), met Director General for Trade Negotiations Kwon Hye-jin.");
  const auto* park = find_person(m.x, "Park Jung-sung");
  ASSERT_NE(park, nullptr);
  EXPECT_EQ(park->title, "Deputy Minister for Trade");
  EXPECT_EQ(park->organization, "MOTIR");
  EXPECT_NE(find_person(m.x, "Kwon Hye-jin"), nullptr);
  EXPECT_EQ(m.x.people.size(), 2u);
}

// Capitalized words after "in" or "at" are a place, not a name before its title ("in St. Petersburg,
// Russian Economic Development Minister Maxim Reshetnikov said"); a name after "met" still is.
TEST(People, PlaceBeforeATitleIsNoName) {
  auto m = run_mentions("T",
                        "The agreement was signed at the council meeting in St. Petersburg, Russian Economic "
                        "Development Minister Maxim Reshetnikov said. Later the minister met Park Jung-sung, Deputy "
                        "Minister for Trade.");
  EXPECT_EQ(find_person(m.x, "St. Petersburg"), nullptr);
  EXPECT_NE(find_person(m.x, "Maxim Reshetnikov"), nullptr);
  const auto* park = find_person(m.x, "Park Jung-sung");
  ASSERT_NE(park, nullptr);
  EXPECT_EQ(park->title, "Deputy Minister for Trade");
}

// Voices of other governments and the wire: name particles, honorifics after a title, a
// lower-case spokesperson title.
TEST(People, ParticlesHonorificsAfterTitlesAndNewsTitles) {
  auto m = run_mentions("T",
                        "UAE Minister of State for Foreign Trade Dr Thani bin Ahmed Al Zeyoudi met Union Minister "
                        "Shri Piyush Goyal and President Ursula von der Leyen. Ministry spokesperson He Yadong "
                        "spoke. A spokesperson for the bank said the van was late.");
  const auto* thani = find_person(m.x, "Thani bin Ahmed Al Zeyoudi");
  ASSERT_NE(thani, nullptr);
  EXPECT_EQ(thani->title, "Minister of State for Foreign Trade");
  const auto* goyal = find_person(m.x, "Piyush Goyal");
  ASSERT_NE(goyal, nullptr);
  EXPECT_EQ(goyal->title, "Minister");
  EXPECT_NE(find_person(m.x, "Ursula von der Leyen"), nullptr);
  EXPECT_NE(find_person(m.x, "He Yadong"), nullptr);
  // A particle does not start or end a name, and "Shri" is not part of one.
  EXPECT_EQ(find_person(m.x, "Shri Piyush Goyal"), nullptr);
  EXPECT_EQ(m.x.people.size(), 4u);
}

// Gulf agencies abbreviate the forms of address without stops ("HE" His Excellency, "HH" His
// Highness), also several in a row after a title; they are no initials of the name. A name that
// merely begins with the same letters in its own case ("He Yadong") keeps them.
TEST(People, UndottedExcellencyAndHighness) {
  auto m = run_mentions("T",
                        "Minister of Commerce and Industry HE Sheikh Faisal bin Thani Al-Thani met HE Paul Frederic "
                        "Holler and HH Sayyid Asaad bin Tarik al Said. Ministry spokesperson He Yadong spoke.");
  const auto* faisal = find_person(m.x, "Faisal bin Thani Al-Thani");
  ASSERT_NE(faisal, nullptr);
  EXPECT_EQ(faisal->title, "Minister of Commerce and Industry");
  EXPECT_NE(find_person(m.x, "Paul Frederic Holler"), nullptr);
  EXPECT_NE(find_person(m.x, "Sayyid Asaad bin Tarik al Said"), nullptr);
  EXPECT_NE(find_person(m.x, "He Yadong"), nullptr);
  for (const auto& p : m.x.people) {
    EXPECT_NE(p.name.rfind("HE ", 0), 0u) << p.name;
    EXPECT_NE(p.name.rfind("HH ", 0), 0u) << p.name;
  }
  EXPECT_EQ(m.x.people.size(), 4u);
}

// Portfolios as francophone and Hispanic governments phrase them: "in charge of" opens the
// complement as "for" does, and "Territorial" or "Diplomacy" are portfolio words, not a name's.
// A lower-case "in charge of" after a name and its title is no part of the title.
TEST(People, InChargeOfAndTerritorialPortfolios) {
  auto m = run_mentions("T",
                        "He met Moroccan Secretary of State in charge of Foreign Trade Omar Hejira and Cameroon's "
                        "Minister of Territorial Administration Paul Atanga Nji. Taketani Atsushi, Ambassador in "
                        "charge of Economic Diplomacy, attended. Minister of Trade Jane Doe, in charge of the talks, "
                        "spoke.");
  const auto* hejira = find_person(m.x, "Omar Hejira");
  ASSERT_NE(hejira, nullptr);
  EXPECT_EQ(hejira->title, "Secretary of State in charge of Foreign Trade");
  EXPECT_EQ(hejira->country, "MA");
  const auto* nji = find_person(m.x, "Paul Atanga Nji");
  ASSERT_NE(nji, nullptr);
  EXPECT_EQ(nji->title, "Minister of Territorial Administration");
  const auto* taketani = find_person(m.x, "Taketani Atsushi");
  ASSERT_NE(taketani, nullptr);
  EXPECT_EQ(taketani->title, "Ambassador in charge of Economic Diplomacy");
  const auto* doe = find_person(m.x, "Jane Doe");
  ASSERT_NE(doe, nullptr);
  EXPECT_EQ(doe->title, "Minister of Trade");
}

// Wire copy writes roles in lower case before the name.
// "Ma." (María) opens a Filipino name and "Jr." closes one, each with its full stop; the same
// letters as a word of their own ("Ma Jun") are a name part as any other.
TEST(People, AbbreviatedGivenNameAndSuffix) {
  auto m = run_mentions("T",
                        "Trade Secretary Ma. Cristina Roque met President Ferdinand Marcos Jr. on Monday. "
                        "Roque said the talks went well. Mr. Ma Jun of China attended.");
  const auto* roque = find_person(m.x, "Ma. Cristina Roque");
  ASSERT_NE(roque, nullptr);
  EXPECT_EQ(roque->title, "Trade Secretary");
  EXPECT_EQ(find_person(m.x, "Ma"), nullptr);
  EXPECT_NE(find_person(m.x, "Ferdinand Marcos Jr."), nullptr);
  EXPECT_NE(find_person(m.x, "Ma Jun"), nullptr);
  for (const auto& p : m.x.people)
    for (const auto& sp : p.spans) EXPECT_EQ(text_of(m, sp).find(" ."), std::string::npos) << p.name;
}

// A country ending a list before a comma qualifies no title after it ("… Chile and Canada, Trade
// Secretary Roque said"); one right before the title does ("Canada Trade Minister Ng").
TEST(People, CountryClosingAListBeforeACommaIsNoTitlesCountry) {
  auto m = run_mentions("T",
                        "The Philippines aims to conclude talks with Chile and Canada, Trade Secretary Cristina "
                        "Roque said. Earlier, Canada Trade Minister Mary Ng spoke.");
  const auto* roque = find_person(m.x, "Cristina Roque");
  ASSERT_NE(roque, nullptr);
  EXPECT_EQ(roque->title, "Trade Secretary");
  EXPECT_EQ(roque->country, "");
  const auto* ng = find_person(m.x, "Mary Ng");
  ASSERT_NE(ng, nullptr);
  EXPECT_EQ(ng->country, "CA");
}

// Malaysian and Bruneian honorifics ("Datuk Seri", "Tan Sri", "Yang Berhormat") are forms of
// address before a name, not its words.
TEST(People, MalayHonorificsAreNoPartOfTheName) {
  auto m = run_mentions("T",
                        "Also present were MITI Secretary-General Datuk Seri Hasnol Zam Zam Ahmad and Tan Sri Mohd "
                        "Zuki Ali, Chief Secretary to the Government.");
  EXPECT_NE(find_person(m.x, "Hasnol Zam Zam Ahmad"), nullptr);
  EXPECT_NE(find_person(m.x, "Mohd Zuki Ali"), nullptr);
  for (const auto& p : m.x.people) {
    EXPECT_EQ(p.name.find("Datuk"), std::string::npos) << p.name;
    EXPECT_EQ(p.name.find("Sri"), std::string::npos) << p.name;
  }
}

// Bruneian and Malaysian forms of address come several in a row and span several words ("Yang
// Mulia Dato Paduka", "Tan Sri Dato' Seri Utama", "YB Tuan"): all stand before the name, none is
// part of it. After a title with portfolio words the lists lack, they still open the name.
TEST(People, MalayFormsOfAddressInARow) {
  auto m = run_mentions("T",
                        "The delegation included Yang Mulia Dato Paduka Haji Azmi Zaini, Deputy Permanent Secretary. "
                        "Tan Sri Dato' Seri Utama Muhyiddin Yassin and YB Tuan Liew Chin Tong attended. Yang Berhormat "
                        "Dato Seri Setia Dr. Haji Mohd Amin Liew Abdullah, Minister at the Prime Minister's Office, "
                        "spoke. Minister of Primary Resources and Tourism Yang Berhormat Dato Seri Setia Haji Abdul "
                        "Manaf Haji Metussin opened the expo.");
  EXPECT_NE(find_person(m.x, "Haji Azmi Zaini"), nullptr);
  EXPECT_NE(find_person(m.x, "Muhyiddin Yassin"), nullptr);
  EXPECT_NE(find_person(m.x, "Liew Chin Tong"), nullptr);
  const auto* a = find_person(m.x, "Haji Mohd Amin Liew Abdullah");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->title, "Minister at the Prime Minister's Office");
  const auto* b = find_person(m.x, "Haji Abdul Manaf Haji Metussin");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->title, "Minister of Primary Resources and Tourism");
  for (const auto& p : m.x.people) {
    for (std::string_view w : {"Mulia", "Dato", "Utama", "Tuan", "Berhormat", "Paduka"})
      EXPECT_EQ(p.name.find(w), std::string::npos) << p.name;
  }
  // A name that merely begins like a form of address keeps its words.
  auto n = run_mentions("T", "Minister of Trade Tuan Nguyen said exports rose.");
  EXPECT_NE(find_person(n.x, "Tuan Nguyen"), nullptr);
}

// A portfolio the lists do not know to its last word ("… and Moroccan Expatriates"), then a full
// name set off by commas: the word is the title's, the name after the comma the person's. A lone
// surname after the portfolio, then a list of names, stays a surname.
TEST(People, LastPortfolioWordBeforeACommaAndTheName) {
  auto m = run_mentions("T",
                        "RABAT - Morocco's Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates, "
                        "Nasser Bourita, met the delegation.");
  const auto* p = find_person(m.x, "Nasser Bourita");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->title, "Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates");
  EXPECT_EQ(find_person(m.x, "Moroccan Expatriates"), nullptr);
  auto l = run_mentions("T", "Minister for Trade and Tourism Farrell, Penny Wong and Richard Marles attended.");
  for (const auto& q : l.x.people) EXPECT_NE(q.title, "Minister for Trade and Tourism Farrell") << q.name;
  const auto* w = find_person(l.x, "Penny Wong");
  if (w) {
    EXPECT_NE(w->title, "Minister for Trade and Tourism");
  }
}

// "His Royal Highness Prince Salman bin Hamad Al Khalifa, the Crown Prince and Prime Minister":
// the royal forms of address stand before the name, and the article before the title set off by
// a comma is no part of it; the second title joined by "and" is the same person's, as the
// annotations write joined titles. "Prince Edward Island" names no one.
TEST(People, RoyalFormsOfAddressAndTheArticledTitle) {
  auto m = run_mentions("T",
                        "His Royal Highness Prince Salman bin Hamad Al Khalifa, the Crown Prince and Prime Minister, "
                        "received the delegation. Mr. Neil Crompton, the Minister for Trade, attended.");
  const auto* p = find_person(m.x, "Salman bin Hamad Al Khalifa");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->title, "Crown Prince and Prime Minister");
  const auto* c = find_person(m.x, "Neil Crompton");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->title, "Minister for Trade");
  auto e = run_mentions("T", "Exports from Prince Edward Island rose.");
  EXPECT_TRUE(e.x.people.empty());
}

// "High Commissioner" (a Commonwealth envoy) and "State Minister" (below cabinet rank) are whole
// titles: the country's possessive before the envoy's title is the envoy's, not the host's.
TEST(People, HighCommissionerAndStateMinister) {
  auto m = run_mentions("T",
                        "The MOU was signed by Australia's High Commissioner to Fiji, H.E. Ewen McDonald, and State "
                        "Minister of Finance Ranjith Siyambalapitiya. The Minister of State, Jane Roe, attended.");
  const auto* e = find_person(m.x, "Ewen McDonald");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->title, "High Commissioner to Fiji");
  EXPECT_EQ(e->country, "AU");
  const auto* r = find_person(m.x, "Ranjith Siyambalapitiya");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->title, "State Minister of Finance");
  const auto* j = find_person(m.x, "Jane Roe");
  ASSERT_NE(j, nullptr);
  EXPECT_EQ(j->title, "Minister of State");
}

// "Chief Adviser Professor Muhammad Yunus": an academic rank after a title is the person's form of
// address, not part of the title; "Prof Jane Roe" is a form of address as "Prof." is.
TEST(People, ProfessorAfterATitleIsAFormOfAddress) {
  auto m = run_mentions("T", "Chief Adviser Professor Muhammad Yunus met Prof Jane Roe in Dhaka.");
  const auto* y = find_person(m.x, "Muhammad Yunus");
  ASSERT_NE(y, nullptr);
  EXPECT_EQ(y->title, "Chief Adviser");
  EXPECT_NE(find_person(m.x, "Jane Roe"), nullptr);
  EXPECT_EQ(find_person(m.x, "Prof Jane Roe"), nullptr);
}

// A bare title, a comma, then a form of address and the name set off by commas: "The Chief
// Executive, Mrs Carrie Lam, will leave …" gives the title to the name, as without the form.
TEST(People, BareTitleThenAFormOfAddressBetweenCommas) {
  auto m = run_mentions("T",
                        "The Chief Executive, Mrs Carrie Lam, will leave for Vietnam. The AfCFTA Secretary-General, "
                        "Mr Wamkele Mene, also attended.");
  const auto* c = find_person(m.x, "Carrie Lam");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->title, "Chief Executive");
  const auto* w = find_person(m.x, "Wamkele Mene");
  ASSERT_NE(w, nullptr);
  EXPECT_EQ(w->title, "Secretary-General");
}

// Bahrain's spelling of the Gulf form of address ("Shaikh") and the privy counsellor's "Rt. Hon."
// with its stops stand before the name, as "Sheikh" and "Rt Hon" do.
TEST(People, GulfSpellingsAndRtHonWithStops) {
  auto m = run_mentions("T",
                        "The Rt. Hon. James Marape met Shaikh Salman bin Khalifa Al Khalifa, Minister of Finance and "
                        "National Economy.");
  EXPECT_NE(find_person(m.x, "James Marape"), nullptr);
  const auto* s = find_person(m.x, "Salman bin Khalifa Al Khalifa");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title, "Minister of Finance and National Economy");
  for (const auto& p : m.x.people) EXPECT_EQ(p.name.find("Shaikh"), std::string::npos) << p.name;
}

// The head of a statistics office is titled so ("Chief Statistician", "Statistician-General",
// "Government Statistician"): no person is made of the title's last word and the forms of
// address after it ("Statistician Datuk Seri").
TEST(People, StatisticiansTitles) {
  auto m = run_mentions("T",
                        "Chief Statistician Datuk Seri Dr Mohd Uzir Mahidin said exports rose. Statistician-General "
                        "Risenga Maluleke agreed, as did Government Statistician Samuel Kobina Annim.");
  const auto* u = find_person(m.x, "Mohd Uzir Mahidin");
  ASSERT_NE(u, nullptr);
  EXPECT_EQ(u->title, "Chief Statistician");
  const auto* r = find_person(m.x, "Risenga Maluleke");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->title, "Statistician-General");
  const auto* a = find_person(m.x, "Samuel Kobina Annim");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->title, "Government Statistician");
  EXPECT_EQ(m.x.people.size(), 3u);
}

// Portfolio words of Asian, African and Pacific governments ("Entrepreneur", "Cooperatives",
// "Jute", "Commodities", "MSMEs") belong to the title, not to the name after it.
TEST(People, MorePortfolioWords) {
  auto m = run_mentions("T",
                        "Datuk Seri Panglima Ewon Benedick, Minister of Entrepreneur and Cooperatives Development, "
                        "spoke. Minister of Textiles and Jute Md Jahangir Alam agreed. Minister of Plantation and "
                        "Commodities Johari Abdul Ghani too.");
  const auto* e = find_person(m.x, "Ewon Benedick");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->title, "Minister of Entrepreneur and Cooperatives Development");
  const auto* j = find_person(m.x, "Md Jahangir Alam");
  ASSERT_NE(j, nullptr);
  EXPECT_EQ(j->title, "Minister of Textiles and Jute");
  const auto* g = find_person(m.x, "Johari Abdul Ghani");
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(g->title, "Minister of Plantation and Commodities");
}

// "EU trade chief Maros Sefcovic": a role of news copy before a full name; "chief" in a phrase
// with no name after it makes no person.
TEST(People, TradeChiefOfNewsCopy) {
  auto m = run_mentions("T", "EU trade chief Maros Sefcovic met the chief of staff on Monday.");
  const auto* p = find_person(m.x, "Maros Sefcovic");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->title, "trade chief");
  EXPECT_EQ(m.x.people.size(), 1u);
}

TEST(People, LowerCaseRolesOfNewsCopy) {
  auto m = run_mentions("T",
                        "Australia trade minister Don Farrell said he would meet Chinese counterpart Wang Wentao "
                        "and economist Irman Faiz. The minister Monday met his counterpart Japan's envoy. The "
                        "president Trump spoke.");
  const auto* farrell = find_person(m.x, "Don Farrell");
  ASSERT_NE(farrell, nullptr);
  EXPECT_EQ(farrell->title, "trade minister");
  EXPECT_EQ(farrell->country, "AU");
  const auto* wang = find_person(m.x, "Wang Wentao");
  ASSERT_NE(wang, nullptr);
  EXPECT_EQ(wang->country, "CN");
  EXPECT_NE(find_person(m.x, "Irman Faiz"), nullptr);
  // A weekday, a country or a lone word after a lower-case role names nobody.
  EXPECT_EQ(m.x.people.size(), 3u);
}

// Lower-case modifiers before a role of news copy are the title's ("top trade negotiator Jamieson
// Greer", "senior official"), up to the body named before them; capitalized, the first opens the
// sentence ("Top trade negotiator …", "Chief negotiator …"). A country two words before the
// modifiers still qualifies the title.
TEST(People, LowerCaseModifiersBeforeARole) {
  auto m = run_mentions("T",
                        "Top trade negotiator Jamieson Greer said the talks would go on. Japan's chief "
                        "negotiator Ryosei Akazawa agreed, and Trade Ministry senior official Djoko Susanto "
                        "attended. Chief negotiator Ana Lima spoke.");
  const auto* greer = find_person(m.x, "Jamieson Greer");
  ASSERT_NE(greer, nullptr);
  EXPECT_EQ(greer->title, "Top trade negotiator");
  const auto* akazawa = find_person(m.x, "Ryosei Akazawa");
  ASSERT_NE(akazawa, nullptr);
  EXPECT_EQ(akazawa->title, "chief negotiator");
  EXPECT_EQ(akazawa->country, "JP");
  const auto* djoko = find_person(m.x, "Djoko Susanto");
  ASSERT_NE(djoko, nullptr);
  EXPECT_EQ(djoko->title, "senior official");
  EXPECT_EQ(djoko->organization, "Trade Ministry");
  const auto* lima = find_person(m.x, "Ana Lima");
  ASSERT_NE(lima, nullptr);
  EXPECT_EQ(lima->title, "Chief negotiator");
}

// Rulers' titles stated after the name ("…, Ruler of Sharjah", "…, the Amir of Qatar", "Abdullah
// II, King of Jordan"): the city a ruler holds completes the title ("Ras Al Khaimah"); a monarch's
// number closes the name. Before a capitalized word the same words are part of a name ("Sultan Al
// Jaber"; "and Sultan Haitham bin Tarik" opens the next person's).
TEST(People, RulersTitlesAfterTheName) {
  auto m = run_mentions("T",
                        "Sheikh Mohammed bin Zayed, Ruler of Sharjah, received the delegation. Tamim bin Hamad Al "
                        "Thani, the Amir of Qatar, welcomed it. Abdullah II, King of Jordan, attended, and Sultan Al "
                        "Jaber, Minister of Industry, spoke. Sheikh Saud bin Saqr Al Qasimi, the Ruler of Ras Al "
                        "Khaimah, and Sultan Haitham bin Tarik, Sultan of Oman, met.");
  const auto* mbz = find_person(m.x, "Mohammed bin Zayed");
  ASSERT_NE(mbz, nullptr);
  EXPECT_EQ(mbz->title, "Ruler of Sharjah");
  const auto* tamim = find_person(m.x, "Tamim bin Hamad Al Thani");
  ASSERT_NE(tamim, nullptr);
  EXPECT_EQ(tamim->title, "Amir of Qatar");
  EXPECT_EQ(tamim->country, "QA");
  const auto* abdullah = find_person(m.x, "Abdullah II");
  ASSERT_NE(abdullah, nullptr);
  EXPECT_EQ(abdullah->title, "King of Jordan");
  const auto* jaber = find_person(m.x, "Sultan Al Jaber");
  ASSERT_NE(jaber, nullptr);
  EXPECT_EQ(jaber->title, "Minister of Industry");
  const auto* saud = find_person(m.x, "Saud bin Saqr Al Qasimi");
  ASSERT_NE(saud, nullptr);
  EXPECT_EQ(saud->title, "Ruler of Ras Al Khaimah");
  const auto* haitham = find_person(m.x, "Sultan Haitham bin Tarik");
  ASSERT_NE(haitham, nullptr);
  EXPECT_EQ(haitham->title, "Sultan of Oman");
  EXPECT_EQ(find_person(m.x, "Ras Al Khaimah"), nullptr);
}

// Titles of other governments: portfolio lists with "and", a possessive country before the title
// after a form of address, a federal councillor; a date after a comma is no part of the title.
TEST(People, PortfolioListsPossessiveCountryAndFederalTitles) {
  auto m = run_mentions("T",
                        "The meeting was chaired by Guy Parmelin, Federal Councillor of Switzerland. It was signed by "
                        "Dominique Hasler, Minister of Foreign Affairs, Education and Sport of Liechtenstein, and Dr. "
                        "Gohar Ejaz, Pakistan's Federal Minister for Commerce and Industry. He received Mr Neil "
                        "Crompton, the United Kingdom's Ambassador to Saudi Arabia, on Tuesday, January 7.");
  const auto* guy = find_person(m.x, "Guy Parmelin");
  ASSERT_NE(guy, nullptr);
  EXPECT_EQ(guy->title, "Federal Councillor of Switzerland");
  const auto* hasler = find_person(m.x, "Dominique Hasler");
  ASSERT_NE(hasler, nullptr);
  EXPECT_EQ(hasler->title, "Minister of Foreign Affairs, Education and Sport of Liechtenstein");
  EXPECT_EQ(hasler->country, "LI");
  const auto* ejaz = find_person(m.x, "Gohar Ejaz");
  ASSERT_NE(ejaz, nullptr);
  EXPECT_EQ(ejaz->title, "Federal Minister for Commerce and Industry");
  EXPECT_EQ(ejaz->country, "PK");
  const auto* crompton = find_person(m.x, "Neil Crompton");
  ASSERT_NE(crompton, nullptr);
  EXPECT_EQ(crompton->title, "Ambassador to Saudi Arabia");
  EXPECT_EQ(crompton->country, "GB");
  // "Sport" and "Federal" are no names.
  EXPECT_EQ(m.x.people.size(), 4u);
}

// A title after ", and" is the next person's; "and" inside a portfolio list is not.
TEST(People, TitleAfterAndIsTheNextPersons) {
  auto m = run_mentions("T",
                        "Dr. Gohar Ejaz, Pakistan's Federal Minister for Commerce, and GCC Secretary General Jasem "
                        "Mohamed Albudaiwi signed it with Dominique Hasler, Minister of Trade and Industry.");
  const auto* ejaz = find_person(m.x, "Gohar Ejaz");
  ASSERT_NE(ejaz, nullptr);
  EXPECT_EQ(ejaz->title, "Federal Minister for Commerce");
  const auto* jasem = find_person(m.x, "Jasem Mohamed Albudaiwi");
  ASSERT_NE(jasem, nullptr);
  EXPECT_EQ(jasem->title, "Secretary General");
  const auto* hasler = find_person(m.x, "Dominique Hasler");
  ASSERT_NE(hasler, nullptr);
  EXPECT_EQ(hasler->title, "Minister of Trade and Industry");
}

// "Hon" and "Honourable" without their article, as Commonwealth releases write them, are forms
// of address, not part of the name; a word that only begins with one ("Honda") is none.
TEST(People, BareHonAndHonourableAreFormsOfAddress) {
  auto m = run_mentions("T",
                        "The Meeting was co-chaired by Hon Phil Twyford, Minister of State for Trade and Export "
                        "Growth of New Zealand. Secretary-General Wamkele Mene received Honourable Julien Paluku "
                        "Kahongya, Minister of External Trade. Honda Motor Chief Executive Toshihiro Mibe spoke.");
  EXPECT_NE(find_person(m.x, "Phil Twyford"), nullptr);
  EXPECT_EQ(find_person(m.x, "Hon Phil Twyford"), nullptr);
  EXPECT_NE(find_person(m.x, "Julien Paluku Kahongya"), nullptr);
  EXPECT_EQ(find_person(m.x, "Honourable Julien Paluku Kahongya"), nullptr);
  EXPECT_NE(find_person(m.x, "Toshihiro Mibe"), nullptr);
  for (const auto& p : m.x.people) EXPECT_EQ(p.name.find("da Motor"), std::string::npos) << p.name;
}

// A surname after a form of address names a person even with no fuller form in the text ("Mr
// Coulton represented Australia"); one that attaches to a full name adds no person, nor does a
// prefix that more forms of address follow ("H.E. Tengku Datuk Seri Utama Zafrul Aziz").
TEST(People, LoneSurnameAfterAFormOfAddressIsAPerson) {
  auto m = run_mentions("T",
                        "Assistant Minister for Trade, Tourism and Investment Mr Coulton represented Australia. "
                        "The Consultation was co-chaired by H.E. Tengku Datuk Seri Utama Zafrul Aziz, Minister of "
                        "Investment, Trade and Industry of Malaysia, and Mr. Kenji Goto of Japan. Mr. Goto spoke.");
  EXPECT_NE(find_person(m.x, "Coulton"), nullptr);
  EXPECT_EQ(find_person(m.x, "Tengku"), nullptr);
  EXPECT_EQ(find_person(m.x, "Goto"), nullptr);
  ASSERT_NE(find_person(m.x, "Kenji Goto"), nullptr);
  EXPECT_EQ(find_person(m.x, "Kenji Goto")->spans.size(), 2u);

  // British peers are addressed by their rank: "Baroness Hooper has been appointed as …", the
  // peer's name as written.
  auto peer = run_mentions("T", "Baroness Hooper has been appointed as the Trade Envoy to Mexico.");
  EXPECT_NE(find_person(peer.x, "Baroness Hooper"), nullptr);
}

// "Baron" is no form of address (a baron is addressed as Lord): before a name it is the given
// name, and the title before it is the person's ("President of Nauru Baron Waqa").
TEST(People, BaronIsAGivenName) {
  auto m = run_mentions("T", "The minister welcomed President of Nauru Baron Waqa to Canberra. Lord Smith spoke.");
  const auto* w = find_person(m.x, "Baron Waqa");
  ASSERT_NE(w, nullptr);
  EXPECT_EQ(w->title, "President of Nauru");
  EXPECT_EQ(find_person(m.x, "Waqa"), nullptr);
  EXPECT_NE(find_person(m.x, "Lord Smith"), nullptr);
}

TEST(People, LaterSurnameReferencesAttach) {
  auto m = run_mentions("Minister Ng speaks with Japan’s Minister",
                        "The Honourable Mary Ng, Minister of International Trade, met Kenji Wakamiya. Minister "
                        "Ng thanked Minister Wakamiya.");
  ASSERT_EQ(m.x.people.size(), 2u);
  const auto* ng = find_person(m.x, "Mary Ng");
  ASSERT_NE(ng, nullptr);
  EXPECT_EQ(ng->spans.size(), 3u);  // full name, body reference, title reference
  bool title_span = false;
  for (const auto& s : ng->spans) {
    title_span |= s.in_title;
    EXPECT_NE(text_of(m, s).find("Ng"), std::string::npos);
  }
  EXPECT_TRUE(title_span);
}

TEST(People, LoneSurnameWithoutFullFormIsAPerson) {
  auto m = run_mentions("T", "Trade Minister Kim said that no decision had been made.");
  ASSERT_EQ(m.x.people.size(), 1u);
  EXPECT_EQ(m.x.people[0].name, "Kim");
}

TEST(People, KoreanRomanizationsMerge) {
  auto m = run_mentions("T",
                        "JK (Jung-Kwan) Kim, Minister of Trade, Industry and Resources, met Wang Wentao, Minister of Commerce of China. "
                        "Minister Kim Jung-kwan stated that Minister JK Kim agreed.");
  const auto* kim = find_person(m.x, "JK Kim");
  ASSERT_NE(kim, nullptr);
  EXPECT_EQ(m.x.people.size(), 2u);
  EXPECT_NE(std::find(kim->aliases.begin(), kim->aliases.end(), "Kim Jung-kwan"), kim->aliases.end());
}

TEST(People, ParenthesizedHeadAndHonorifics) {
  auto m = run_mentions("T",
                        "The Ministry of National Defense (MND, Minister Ahn Gyu-baek) met H.E. Mr. Maksim "
                        "Oreshkin and Mrs Carrie Lam.");
  const auto* ahn = find_person(m.x, "Ahn Gyu-baek");
  ASSERT_NE(ahn, nullptr);
  EXPECT_EQ(ahn->organization, "MND");
  EXPECT_NE(find_person(m.x, "Maksim Oreshkin"), nullptr);
  EXPECT_NE(find_person(m.x, "Carrie Lam"), nullptr);
}

TEST(People, TitlesWithoutNames) {
  auto m = run_mentions("T",
                        "The President of the American National Standards Institute (ANSI) and the Prime "
                        "Minister attended in May. Trade Minister said nothing.");
  EXPECT_TRUE(m.x.people.empty());
}

TEST(People, PronounAndMonthAreNotNames) {
  auto m = run_mentions("T", "Vice Premier of the People's Republic of China He Lifeng met in May. He added more.");
  ASSERT_EQ(m.x.people.size(), 1u);
  EXPECT_EQ(m.x.people[0].name, "He Lifeng");
}

}  // namespace

namespace {

// A country named between a modifier and the rest of a title is part of the title ("Assistant US
// Trade Representative"); a country after a modifier with no title behind it makes no title.
TEST(People, CountryInsideATitle) {
  auto m = run_mentions("T",
                        "Assistant US Trade Representative for South and Central Asia Brendan Lynch met Deputy "
                        "U.S. Trade Representative Sarah Bianchi. Senior Korean Daewoo Shipbuilding managers "
                        "attended.");
  const auto* lynch = find_person(m.x, "Brendan Lynch");
  ASSERT_NE(lynch, nullptr);
  EXPECT_EQ(lynch->title, "Assistant US Trade Representative for South and Central Asia");
  const auto* bianchi = find_person(m.x, "Sarah Bianchi");
  ASSERT_NE(bianchi, nullptr);
  EXPECT_EQ(bianchi->title, "Deputy U.S. Trade Representative");
  EXPECT_EQ(find_person(m.x, "Daewoo Shipbuilding"), nullptr);
  EXPECT_EQ(m.x.people.size(), 2u);
}

}  // namespace

namespace {

// A title in lower case after a form of address and the name ("Mr Chen Deming, minister of
// commerce of …") is the person's title, with its lower-case portfolio words; a word that is no
// portfolio ("said") ends it, and a lower-case word that is no role gives no title.
TEST(People, LowerCaseTitleAfterTheName) {
  auto m = run_mentions("T",
                        "Mr Chen Deming, minister of commerce of the People's Republic of China, Mr Edano Yukio, "
                        "minister of economy, trade and industry of Japan, and Mr Bark Tae Ho, minister for trade "
                        "of the Republic of Korea, met. Mr Kim Min-su, a visitor, spoke. Mr Lee Jae-won, minister "
                        "of economy, said trade grew.");
  const auto* chen = find_person(m.x, "Chen Deming");
  ASSERT_NE(chen, nullptr);
  EXPECT_EQ(chen->title, "minister of commerce of the People's Republic of China");
  EXPECT_EQ(chen->country, "CN");
  const auto* edano = find_person(m.x, "Edano Yukio");
  ASSERT_NE(edano, nullptr);
  EXPECT_EQ(edano->title, "minister of economy, trade and industry of Japan");
  const auto* bark = find_person(m.x, "Bark Tae Ho");
  ASSERT_NE(bark, nullptr);
  EXPECT_EQ(bark->title, "minister for trade of the Republic of Korea");
  const auto* kim = find_person(m.x, "Kim Min-su");
  ASSERT_NE(kim, nullptr);
  EXPECT_EQ(kim->title, "");
  const auto* lee = find_person(m.x, "Lee Jae-won");
  ASSERT_NE(lee, nullptr);
  EXPECT_EQ(lee->title, "minister of economy");
}

// Portfolio words joined by "and" or a comma make one title before the name; a portfolio
// list that ends in a name, or a joined word that is no portfolio, does not join the title.
TEST(People, JoinedPortfolioTitles) {
  auto m = run_mentions("T",
                        "Trade and Agriculture Minister Todd McClay met Business and Trade Secretary Kemi Badenoch "
                        "and Trade, Industry and Competition Minister Ebrahim Patel.");
  const auto* mcclay = find_person(m.x, "Todd McClay");
  ASSERT_NE(mcclay, nullptr);
  EXPECT_EQ(mcclay->title, "Trade and Agriculture Minister");
  const auto* badenoch = find_person(m.x, "Kemi Badenoch");
  ASSERT_NE(badenoch, nullptr);
  EXPECT_EQ(badenoch->title, "Business and Trade Secretary");
  const auto* patel = find_person(m.x, "Ebrahim Patel");
  ASSERT_NE(patel, nullptr);
  EXPECT_EQ(patel->title, "Trade, Industry and Competition Minister");

  auto n = run_mentions("T", "Officials of Trade and Minister Todd McClay met. Growth and Trade Minister Ann Lee spoke.");
  const auto* lee = find_person(n.x, "Ann Lee");
  ASSERT_NE(lee, nullptr);
  EXPECT_EQ(lee->title, "Trade Minister");
  const auto* m2 = find_person(n.x, "Todd McClay");
  ASSERT_NE(m2, nullptr);
  EXPECT_EQ(m2->title, "Minister");
}


// "Piyush Goyal, India's trade minister, said": a lower-case role closing an appositive names the
// person before it; "Minister of Development, Industry, Trade and Services Geraldo Alckmin": the
// portfolio list is the title. A role that the appositive does not end with ("Ann Lee, who met
// the minister on Monday") names nobody, and "Services" is never part of a name.
TEST(People, LowerCaseRoleClosingAnAppositiveAndServicesPortfolio) {
  auto m = run_mentions("T",
                        "Piyush Goyal, India's trade minister, said so. Minister of Development, Industry, Trade and "
                        "Services Geraldo Alckmin spoke. Trade Cabinet Secretary Lee Kinyanjui agreed.");
  const auto* goyal = find_person(m.x, "Piyush Goyal");
  ASSERT_NE(goyal, nullptr);
  EXPECT_EQ(goyal->title, "trade minister");
  const auto* alckmin = find_person(m.x, "Geraldo Alckmin");
  ASSERT_NE(alckmin, nullptr);
  EXPECT_EQ(alckmin->title, "Minister of Development, Industry, Trade and Services");
  const auto* kinyanjui = find_person(m.x, "Lee Kinyanjui");
  ASSERT_NE(kinyanjui, nullptr);
  EXPECT_EQ(kinyanjui->title, "Trade Cabinet Secretary");

  auto n = run_mentions("T", "Ann Lee, who met the minister on Monday, left. Services Geraldo spoke.");
  EXPECT_EQ(find_person(n.x, "Ann Lee"), nullptr);
  EXPECT_EQ(find_person(n.x, "Services Geraldo"), nullptr);
}

// The lower-case modifiers of a role (person_roles.tsv) may stand between the appositive's
// article or country and the role: "Jamieson Greer, the top U.S. trade negotiator, said". A
// modifier with no role after it names nobody ("Ann Lee, the top seed, won").
TEST(People, RoleModifiersInAnAppositiveAfterTheName) {
  auto m = run_mentions("T",
                        "Jamieson Greer, the top U.S. trade negotiator, said so. Li Chenggang, China's international "
                        "trade representative, attended.");
  const auto* greer = find_person(m.x, "Jamieson Greer");
  ASSERT_NE(greer, nullptr);
  EXPECT_EQ(greer->title, "top U.S. trade negotiator");
  EXPECT_EQ(greer->country, "US");
  const auto* li = find_person(m.x, "Li Chenggang");
  ASSERT_NE(li, nullptr);
  EXPECT_EQ(li->title, "international trade representative");
  EXPECT_EQ(li->country, "CN");

  auto n = run_mentions("T", "Ann Lee, the top seed, won.");
  EXPECT_EQ(find_person(n.x, "Ann Lee"), nullptr);
}

// A portfolio word before "Secretary" belongs to the title ("Treasury Secretary"); the same word
// naming the department, apart from the title, does not.
TEST(People, TreasuryPortfolioBeforeSecretary) {
  auto m = run_mentions("T", "U.S. Treasury Secretary Scott Bessent met reporters.");
  const auto* b = find_person(m.x, "Scott Bessent");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->title, "Treasury Secretary");
  auto n = run_mentions("T", "The Treasury said Secretary Scott Bessent would travel.");
  const auto* c = find_person(n.x, "Scott Bessent");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->title, "Secretary");
}

// A country ending the sentence before a title qualifies no one in the next; one right before
// the title does.
TEST(People, CountryBeforeAFullStopIsNotTheNextTitles) {
  auto m = run_mentions("T", "It took effect for Thailand and Vietnam. Trade Minister Yeo Han-koo welcomed it.");
  const auto* y = find_person(m.x, "Yeo Han-koo");
  ASSERT_NE(y, nullptr);
  EXPECT_NE(y->country, "VN");
  auto n = run_mentions("T", "It took effect for Thailand and Vietnam's Trade Minister Tran Tuan Anh welcomed it.");
  const auto* t = find_person(n.x, "Tran Tuan Anh");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->country, "VN");
}

// An organization named right before a lower-case role employs the person; one named earlier
// in the sentence does not.
TEST(People, OrganizationRightBeforeALowerCaseRole) {
  auto m = run_mentions("T", "United Overseas Bank economist Julia Goh said exports were within expectations.");
  const auto* g = find_person(m.x, "Julia Goh");
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(g->organization, "United Overseas Bank");
  auto n = run_mentions("T", "United Overseas Bank cut rates, and economist Julia Goh said exports held.");
  const auto* h = find_person(n.x, "Julia Goh");
  ASSERT_NE(h, nullptr);
  EXPECT_TRUE(h->organization.empty());
}

}  // namespace

namespace {

// GUIDELINES: a person's title is the one stated next to the name. In a list of appositives each
// title belongs to the name before it; a title after a comma starts the next person's.
TEST(People, TitleInAListIsThePersonsBeforeIt) {
  auto m = run_mentions("T",
                        "She met Damien O'Connor, New Zealand's Minister for Trade and Export Growth, Gan Kim Yong, "
                        "Singapore's Minister for Trade and Industry, and Piyush Goyal, India's Minister of "
                        "Commerce. With Ms. Gina Raimondo, Secretary of Commerce, Minister Saito held talks.");
  const auto* oc = find_person(m.x, "Damien O'Connor");
  ASSERT_NE(oc, nullptr);
  EXPECT_EQ(oc->title, "Minister for Trade and Export Growth");
  EXPECT_EQ(oc->country, "NZ");
  const auto* gan = find_person(m.x, "Gan Kim Yong");
  ASSERT_NE(gan, nullptr);
  EXPECT_EQ(gan->title, "Minister for Trade and Industry");
  EXPECT_EQ(gan->country, "SG");
  const auto* raimondo = find_person(m.x, "Gina Raimondo");
  ASSERT_NE(raimondo, nullptr);
  EXPECT_EQ(raimondo->title, "Secretary of Commerce");
  // A title before a name after a comma still names that person ("Minister for Trade, Gan Kim
  // Yong, said"), and portfolios joined by a comma stay one title.
  auto n = run_mentions("T",
                        "The Minister for Trade and Industry, Gan Kim Yong, said. Kim Jung-kwan, Minister of "
                        "Trade, Industry and Energy, spoke.");
  const auto* gan2 = find_person(n.x, "Gan Kim Yong");
  ASSERT_NE(gan2, nullptr);
  EXPECT_EQ(gan2->title, "Minister for Trade and Industry");
  const auto* kim = find_person(n.x, "Kim Jung-kwan");
  ASSERT_NE(kim, nullptr);
  EXPECT_EQ(kim->title, "Minister of Trade, Industry and Energy");
}

// "Mr. SAITO Ken": the family name in capitals, then the given name, is one full name (GUIDELINES:
// the first full form), and a later "Minister Saito" is the same person.
TEST(People, FamilyNameInCapitalsBeforeTheGivenName) {
  auto m = run_mentions("T",
                        "Mr. SAITO Ken, Minister of Economy, Trade and Industry, met Minister AHN Duk-geun. "
                        "Minister Saito welcomed the talks.");
  const auto* saito = find_person(m.x, "SAITO Ken");
  ASSERT_NE(saito, nullptr);
  EXPECT_EQ(saito->title, "Minister of Economy, Trade and Industry");
  EXPECT_EQ(saito->spans.size(), 2u);
  EXPECT_NE(find_person(m.x, "AHN Duk-geun"), nullptr);
  EXPECT_EQ(find_person(m.x, "Saito"), nullptr);
  // An acronym before a name is no family name: the body's initials stay out of the person.
  auto n = run_mentions("T", "Director General of JETRO Taro Yamada met Chairman ASEAN Kao Kim Hourn and "
                              "President WTO Ngozi Okonjo-Iweala.");
  for (const auto& p : n.x.people) {
    EXPECT_EQ(p.name.find("JETRO"), std::string::npos) << p.name;
    EXPECT_EQ(p.name.find("ASEAN"), std::string::npos) << p.name;
  }
}

// "Wang Wentao, Minister of Commerce of China, MUTO Yoji, Minister of …, and AHN Duk-geun, Minister
// of …": a family name in capitals opens a name set off before its title too, with no form of
// address, and ends the title of the person listed before it.
TEST(People, FamilyNameInCapitalsBeforeAnAppositiveTitle) {
  auto m = run_mentions("T",
                        "Wang Wentao, Minister of Commerce of the People's Republic of China, MUTO Yoji, Minister of "
                        "Economy, Trade and Industry of Japan, and AHN Duk-geun, Minister of Trade, Industry and "
                        "Energy of the Republic of Korea, held the meeting in Seoul.");
  const auto* wang = find_person(m.x, "Wang Wentao");
  ASSERT_NE(wang, nullptr);
  EXPECT_EQ(wang->title, "Minister of Commerce of the People's Republic of China");
  const auto* muto = find_person(m.x, "MUTO Yoji");
  ASSERT_NE(muto, nullptr);
  EXPECT_EQ(muto->title, "Minister of Economy, Trade and Industry of Japan");
  const auto* ahn = find_person(m.x, "AHN Duk-geun");
  ASSERT_NE(ahn, nullptr);
  EXPECT_EQ(ahn->title, "Minister of Trade, Industry and Energy of the Republic of Korea");
  // An acronym before a body's word and a comma is no family name.
  auto n = run_mentions("T", "The KOTRA Board, chaired by its President, met in Seoul.");
  for (const auto& p : n.x.people) EXPECT_EQ(p.name.find("KOTRA"), std::string::npos) << p.name;
}

// "Indonesian Chief Economic Minister Airlangga Hartarto": "Chief" extends the title after it, as
// "Deputy" does; alone it is still a title ("Section Chief", "Chief Kim").
TEST(People, ChiefBeforeATitleExtendsIt) {
  auto m = run_mentions("T", "Indonesian Chief Economic Minister Airlangga Hartarto and Chief Negotiator Sarah "
                             "Mackintosh signed it.");
  const auto* a = find_person(m.x, "Airlangga Hartarto");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->title, "Chief Economic Minister");
  const auto* s = find_person(m.x, "Sarah Mackintosh");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title, "Chief Negotiator");
  auto n = run_mentions("T", "Chief Kim Dae-jung led the team.");
  const auto* k = find_person(n.x, "Kim Dae-jung");
  ASSERT_NE(k, nullptr);
  EXPECT_EQ(k->title, "Chief");
}

// "Minister for Trade and Tourism, Senator the Hon Don Farrell": the rank and the form of address
// between the title and the name do not hide the name; "Sheikh" is a form of address, not the end
// of the portfolio before it; a place adjective that starts the name is not the title's.
TEST(People, RankFormsOfAddressAndAdjectiveNames) {
  auto m = run_mentions("T",
                        "The Council was chaired by the Minister for Trade and Tourism, Senator the Hon Don Farrell. "
                        "He met Qatar's Minister of Commerce and Industry Sheikh Mohammed bin Hamad Al-Thani and "
                        "Colombia's Minister of Trade, Industry and Tourism German Umana.");
  const auto* farrell = find_person(m.x, "Don Farrell");
  ASSERT_NE(farrell, nullptr);
  EXPECT_EQ(farrell->title, "Minister for Trade and Tourism");
  const auto* thani = find_person(m.x, "Mohammed bin Hamad Al-Thani");
  ASSERT_NE(thani, nullptr);
  EXPECT_EQ(thani->title, "Minister of Commerce and Industry");
  EXPECT_EQ(thani->country, "QA");
  const auto* umana = find_person(m.x, "German Umana");
  ASSERT_NE(umana, nullptr);
  EXPECT_EQ(umana->title, "Minister of Trade, Industry and Tourism");
  EXPECT_EQ(umana->country, "CO");
  // A rank alone after the comma, with no form of address, is the next person's title.
  auto n = run_mentions("T", "She met the Minister for Trade, Senator Jane Doe, and Secretary John Roe.");
  const auto* doe = find_person(n.x, "Jane Doe");
  ASSERT_NE(doe, nullptr);
  EXPECT_EQ(doe->title, "Senator");
  EXPECT_NE(find_person(n.x, "John Roe"), nullptr);
}

}  // namespace

namespace {

// "Tengku Zafrul Abdul Aziz" … "Minister Tengku Zafrul": the first parts of a longer name are the
// same person; two-part names that share a first name are not.
TEST(People, LeadingPartsOfALongerNameAreThatPerson) {
  auto m = run_mentions("T",
                        "Minister of Investment, Trade and Industry Tengku Zafrul Abdul Aziz spoke. Minister "
                        "Tengku Zafrul said talks would resume.");
  ASSERT_NE(find_person(m.x, "Tengku Zafrul Abdul Aziz"), nullptr);
  EXPECT_EQ(find_person(m.x, "Tengku Zafrul"), nullptr);
  EXPECT_EQ(m.x.people.size(), 1u);
  auto n = run_mentions("T", "Minister Mohammed Al-Aiban met Minister Mohammed bin Hamad Al-Thani and Minister "
                              "Mohammed bin Salman.");
  EXPECT_EQ(n.x.people.size(), 3u);
}

// "Commissioners David S. Johanson, Rhonda K. Schmidtlein and Amy A. Karpel voted": a plural title
// before a list of full names titles each; a plural before one capitalized phrase names nobody.
TEST(People, PluralTitleBeforeAListOfNames) {
  auto m = run_mentions("T",
                        "Chair Jason E. Kearns and Commissioners David S. Johanson, Rhonda K. Schmidtlein and Amy "
                        "A. Karpel voted in the affirmative.");
  EXPECT_NE(find_person(m.x, "Jason E. Kearns"), nullptr);
  for (const char* name : {"David S. Johanson", "Rhonda K. Schmidtlein", "Amy A. Karpel"}) {
    const auto* p = find_person(m.x, name);
    ASSERT_NE(p, nullptr) << name;
    EXPECT_EQ(p->title, "Commissioner");
  }

  auto n = run_mentions("T", "The G20 Trade Ministers Meeting Statement was adopted by Commissioners Board Members.");
  EXPECT_TRUE(n.x.people.empty());
}

// "Economist Jane Smith said": a role capitalized only because it opens a sentence names the
// person after it; a body's name it opens ("Economist Intelligence Unit") names nobody, and a
// title keeps its own reading.
TEST(People, RoleOpeningASentence) {
  auto m = run_mentions("T",
                        "KUALA LUMPUR - Economist Jane Smith said exports would slow. Exports fell. Analyst Tom Lee "
                        "of Fundstrat agreed.");
  const auto* js = find_person(m.x, "Jane Smith");
  ASSERT_NE(js, nullptr);
  EXPECT_EQ(js->title, "Economist");
  EXPECT_NE(find_person(m.x, "Tom Lee"), nullptr);

  auto n = run_mentions("T", "LONDON - Economist Intelligence Unit analysts said exports would slow. Minister Per Ek "
                             "agreed.");
  ASSERT_EQ(n.x.people.size(), 1u);
  EXPECT_EQ(n.x.people[0].name, "Per Ek");
  EXPECT_EQ(n.x.people[0].title, "Minister");
}

}  // namespace

namespace {

// A role capitalized only because it opens a sentence, also one opening a quote ("\"Analyst Tom
// Lee expects more,\" it said"), stands before a name as the lower-case role does; a title
// ("Minister") is still read as a title, and a plural role or a role in mid-sentence capitals
// names nobody.
TEST(People, RoleOpeningASentenceOrAQuote) {
  auto m = run_mentions("T",
                        "Exports rose. Economist Sarah Hunt said the visit could help. \"Analyst Tom Lee expects "
                        "more,\" it said. Minister Ryad Mezzour agreed.");
  const auto* hunt = find_person(m.x, "Sarah Hunt");
  ASSERT_NE(hunt, nullptr);
  EXPECT_EQ(hunt->title, "Economist");
  EXPECT_EQ(find_person(m.x, "Economist Sarah Hunt"), nullptr);
  ASSERT_NE(find_person(m.x, "Tom Lee"), nullptr);
  EXPECT_EQ(find_person(m.x, "Tom Lee")->title, "Analyst");
  const auto* mezzour = find_person(m.x, "Ryad Mezzour");
  ASSERT_NE(mezzour, nullptr);
  EXPECT_EQ(mezzour->title, "Minister");
  auto n = run_mentions("T", "Growth slowed. Analysts Expect More Cuts. The Economist Group said so.");
  EXPECT_TRUE(n.x.people.empty());
}

// "the state minister for foreign affairs, Henry Okello Oryem, said": a lower-case role with its
// portfolio, then the name between commas. A name not closed by a comma, or a place after the
// comma, names nobody.
TEST(People, RoleAndPortfolioThenTheNameBetweenCommas) {
  auto m = run_mentions("T", "The state minister for foreign affairs, Henry Okello Oryem, said the tariffs were unfair.");
  const auto* p = find_person(m.x, "Henry Okello Oryem");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->title, "minister for foreign affairs");
  auto n = run_mentions("T", "He met the trade minister, Japan and Korea. He met the minister, Alpha Beta Gamma and others.");
  EXPECT_TRUE(n.x.people.empty());
}

// Singapore's "Minister for Trade and Industry (Industry) S Iswaran": the part of the portfolio in
// parentheses belongs to the title; "Regional Integration" is a portfolio, not a name.
TEST(People, ParenthesizedPortfolioAndRegionalIntegration) {
  auto m = run_mentions("T",
                        "Minister for Trade and Industry (Industry) S Iswaran spoke. State Minister of Trade and "
                        "Regional Integration Yasmin Wohabrebbi said exports will rise.");
  const auto* s = find_person(m.x, "S Iswaran");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title, "Minister for Trade and Industry (Industry)");
  const auto* y = find_person(m.x, "Yasmin Wohabrebbi");
  ASSERT_NE(y, nullptr);
  EXPECT_EQ(y->title, "State Minister of Trade and Regional Integration");
  auto n = run_mentions("T", "Minister for Trade (MTI) officials met. The Minister for Trade (Acting Head) said no.");
  EXPECT_TRUE(n.x.people.empty());
}

}  // namespace

namespace {

// Mongolian names open with the initial of the father's name, two letters for one Cyrillic letter
// ("Ch.Khurelbaatar", "Ts. Dashdorj") as well as one ("L.Oyun-Erdene"); the name is the whole.
TEST(People, MongolianTwoLetterInitial) {
  auto m = run_mentions("T",
                        "Deputy Prime Minister Ch.Khurelbaatar met Prime Minister L.Oyun-Erdene and Minister "
                        "Ts. Dashdorj. See Ch. 5 of the report.");
  EXPECT_NE(find_person(m.x, "Ch.Khurelbaatar"), nullptr);
  EXPECT_NE(find_person(m.x, "L.Oyun-Erdene"), nullptr);
  EXPECT_NE(find_person(m.x, "Ts. Dashdorj"), nullptr);
  EXPECT_EQ(find_person(m.x, "Ch"), nullptr);
  EXPECT_EQ(m.x.people.size(), 3u);
}

}  // namespace

namespace {

// "Chairman of Bangladesh Trade and Tariff Commission": "Tariff" is a portfolio word, so the
// title runs to the body's end; it is never a name.
TEST(People, TariffIsAPortfolioWord) {
  auto m = run_mentions("T",
                        "On the Bangladesh side, Dr Ahmad Munirus Saleheen, Chairman of Bangladesh Trade and Tariff "
                        "Commission, led the delegation.");
  const auto* p = find_person(m.x, "Ahmad Munirus Saleheen");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->title, "Chairman of Bangladesh Trade and Tariff Commission");
  EXPECT_EQ(m.x.people.size(), 1u);
}

}  // namespace

namespace {

// "the Swiss Ambassador, Hans-Ruedi Bortis, and the Norwegian Ambassador, Halvor Saetre, on
// Thursday": each full name between commas after a bare title is that title's; a title
// followed by a comma and no such name names nobody.
TEST(People, NameBetweenCommasAfterABareTitle) {
  auto m = run_mentions("T",
                        "Marcelo Cima met the Swiss Ambassador, Hans-Ruedi Bortis, and the Norwegian Ambassador, "
                        "Halvor Saetre, on Thursday.");
  const auto* b = find_person(m.x, "Hans-Ruedi Bortis");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->title, "Ambassador");
  const auto* s = find_person(m.x, "Halvor Saetre");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title, "Ambassador");
  auto n = run_mentions("T", "He met the Ambassador, Trade Secretary and officials. The President, Seoul said, spoke.");
  EXPECT_TRUE(n.x.people.empty());
}

}  // namespace

namespace {

// "Minister of Investment, Trade and Industry Tengku Datuk Seri Utama Zafrul Tengku Abdul Aziz":
// the royal prefix heads the name, the honorifics after it are no part of it, and the title is
// the minister's; "Tengku Zafrul" later is the same person. A lone honorific after a title still
// opens the name as before.
TEST(People, RoyalPrefixBeforeHonorifics) {
  auto m = run_mentions("T",
                        "Minister of Investment, Trade and Industry Tengku Datuk Seri Utama Zafrul Tengku Abdul Aziz "
                        "met Minister Datuk Seri Mohamed Azmin Ali. Tengku Zafrul said talks went well.");
  const auto* z = find_person(m.x, "Tengku Zafrul Tengku Abdul Aziz");
  ASSERT_NE(z, nullptr);
  EXPECT_EQ(z->title, "Minister of Investment, Trade and Industry");
  EXPECT_EQ(find_person(m.x, "Zafrul Tengku Abdul Aziz"), nullptr);
  EXPECT_NE(find_person(m.x, "Mohamed Azmin Ali"), nullptr);
}

}  // namespace

namespace {

// Titles joined by "and" with no name between them are one person's: "Vice President and
// Minister Geraldo Alckmin", "Minister of Commerce and Chairman of the Board of Directors of the
// General Authority for Foreign Trade Dr. Majid …". Two titles each with a name are two people's,
// and a portfolio word after "and" stays in the first title's list.
TEST(People, TitlesJoinedByAndAreOnePersons) {
  auto m = run_mentions("T",
                        "The meeting was chaired by Vice President and Minister Geraldo Alckmin. Minister of "
                        "Commerce and Chairman of the Board of Directors of the General Authority for Foreign "
                        "Trade Dr. Majid bin Abdullah Al-Qasabi met the press. Ambassador Tai and Minister Anh "
                        "Nguyen talked. Minister for Trade and Tourism Senator the Hon Don Farrell spoke.");
  const auto* alckmin = find_person(m.x, "Geraldo Alckmin");
  ASSERT_NE(alckmin, nullptr);
  EXPECT_EQ(alckmin->title, "Vice President and Minister");
  const auto* qasabi = find_person(m.x, "Majid bin Abdullah Al-Qasabi");
  ASSERT_NE(qasabi, nullptr);
  EXPECT_EQ(qasabi->title,
            "Minister of Commerce and Chairman of the Board of Directors of the General Authority for Foreign Trade");
  const auto* anh = find_person(m.x, "Anh Nguyen");
  ASSERT_NE(anh, nullptr);
  EXPECT_EQ(anh->title, "Minister");
  const auto* farrell = find_person(m.x, "Don Farrell");
  ASSERT_NE(farrell, nullptr);
  EXPECT_EQ(farrell->title, "Minister for Trade and Tourism");  // the rank and "the Hon" are no title
}

// The same before a lone surname: "Executive Vice-President and Trade Commissioner Dombrovskis" is
// one person holding both titles. After an article the two titles are two people's ("the President
// and Prime Minister Modi"), and "Ambassador Tai and Minister Anh" stay two.
TEST(People, TitlesJoinedByAndMergeBeforeALoneSurname) {
  auto m = run_mentions("T",
                        "Executive Vice-President and Trade Commissioner Dombrovskis said the EU would respond. "
                        "He met the President and Prime Minister Modi. Ambassador Tai and Minister Anh talked.");
  const auto* vd = find_person(m.x, "Dombrovskis");
  ASSERT_NE(vd, nullptr);
  EXPECT_EQ(vd->title, "Executive Vice-President and Trade Commissioner");
  const auto* modi = find_person(m.x, "Modi");
  ASSERT_NE(modi, nullptr);
  EXPECT_EQ(modi->title, "Prime Minister");
  const auto* anh = find_person(m.x, "Anh");
  ASSERT_NE(anh, nullptr);
  EXPECT_EQ(anh->title, "Minister");
}

// Co-chairs joined by "and", each with a title, a name and a body ("… Park Jong-won of the Ministry
// of Trade, Industry and Energy of Korea and Vice-Minister for International Affairs Matsuo Takehiko
// of the Ministry of Economy, Trade and Industry of Japan"): the first body's name ends at "and",
// and the country before "and" is the first person's, not the second's. A country two words before
// a title still qualifies it ("Korea Trade Minister").
TEST(People, CoChairsJoinedByAndKeepTheirOwnBodiesAndCountries) {
  auto m = run_mentions("T",
                        "The Dialogue was co-chaired by Vice Minister for Trade Park Jong-won of the Ministry of "
                        "Trade, Industry and Energy of Korea and Vice-Minister for International Affairs Matsuo "
                        "Takehiko of the Ministry of Economy, Trade and Industry of Japan. Later, Korea Trade "
                        "Minister Ahn Duk-geun spoke.");
  const auto* matsuo = find_person(m.x, "Matsuo Takehiko");
  ASSERT_NE(matsuo, nullptr);
  EXPECT_EQ(matsuo->title, "Vice-Minister for International Affairs");
  EXPECT_EQ(matsuo->country, "JP");
  for (const auto& o : m.x.organizations) EXPECT_EQ(o.name.find("Vice-Minister"), std::string::npos) << o.name;
  const auto* ahn = find_person(m.x, "Ahn Duk-geun");
  ASSERT_NE(ahn, nullptr);
  EXPECT_EQ(ahn->country, "KR");
}

// "Trade Policy Minister Douglas Alexander": a portfolio word before the title is part of it, as
// "Trade" is; elsewhere the word is no title ("The Policy Paper was presented by Minister …").
TEST(People, TradePolicyMinister) {
  auto m = run_mentions("T",
                        "Trade Policy Minister Douglas Alexander said so. The Policy Paper was presented by "
                        "Minister Ann Lee.");
  const auto* da = find_person(m.x, "Douglas Alexander");
  ASSERT_NE(da, nullptr);
  EXPECT_EQ(da->title, "Trade Policy Minister");
  const auto* lee = find_person(m.x, "Ann Lee");
  ASSERT_NE(lee, nullptr);
  EXPECT_EQ(lee->title, "Minister");
  EXPECT_EQ(m.x.people.size(), 2u);
}

// A rank before a form of address in lower case ("Senator the Hon") still stands between the
// portfolio and the name: the title is the one stated first. A lone rank before a name is its title.
TEST(People, RankBeforeTheHonIsNoPartOfThePortfolio) {
  auto m = run_mentions("T",
                        "Minister of Foreign Affairs Senator the Hon Penny Wong said so. Senator the Hon Jane "
                        "Roe spoke.");
  const auto* wong = find_person(m.x, "Penny Wong");
  ASSERT_NE(wong, nullptr);
  EXPECT_EQ(wong->title, "Minister of Foreign Affairs");
  const auto* roe = find_person(m.x, "Jane Roe");
  ASSERT_NE(roe, nullptr);
  EXPECT_EQ(roe->title, "Senator");
}

// A lower-case qualifier before a title is part of the title as stated ("the former Foreign
// Affairs Minister Soledad Alvear"); a lower-case word that qualifies nothing is not ("the
// Foreign Affairs Minister").
TEST(People, QualifierBeforeATitleIsPartOfIt) {
  auto m = run_mentions("T",
                        "He shared a panel with the former Foreign Affairs Minister Soledad Alvear, while the "
                        "Foreign Affairs Minister Alberto Klaveren spoke and acting Director Jane Roe listened.");
  const auto* alvear = find_person(m.x, "Soledad Alvear");
  ASSERT_NE(alvear, nullptr);
  EXPECT_EQ(alvear->title, "former Foreign Affairs Minister");
  const auto* klaveren = find_person(m.x, "Alberto Klaveren");
  ASSERT_NE(klaveren, nullptr);
  EXPECT_EQ(klaveren->title, "Foreign Affairs Minister");
  const auto* roe = find_person(m.x, "Jane Roe");
  ASSERT_NE(roe, nullptr);
  EXPECT_EQ(roe->title, "acting Director");
}

}  // namespace

namespace {

// A title whose portfolio or place the lists do not know, then a comma and a form of address:
// the name after it holds the title ("the Minister of State for Economy, Industry, Climate
// Protection and Energy of North Rhine-Westphalia, HE Paul Frederic Holler"). A verb between
// the title and the form of address ends the title: the name there is someone else's.
TEST(People, TitleCommaAndFormOfAddressBeforeTheName) {
  auto m = run_mentions("T",
                        "He met with the Minister of State for Economy, Industry, Climate Protection and Energy "
                        "of North Rhine-Westphalia, HE Paul Frederic Holler, who is visiting. The Minister of "
                        "Finance said on Monday that Germany, Mr Olaf Scholz and others agreed.");
  const auto* holler = find_person(m.x, "Paul Frederic Holler");
  ASSERT_NE(holler, nullptr);
  EXPECT_EQ(holler->title,
            "Minister of State for Economy, Industry, Climate Protection and Energy of North Rhine-Westphalia");
  const auto* scholz = find_person(m.x, "Olaf Scholz");
  ASSERT_NE(scholz, nullptr);
  EXPECT_EQ(scholz->title, "");
}

}  // namespace

// "Minister for Trade and Tourism Senator Don Farrell": a one-word rank between a portfolio and a
// full name is the same person's, whose title is the one stated first (the portfolio word after
// "and" stays on its list). A rank before a lone surname gives that surname no title, and a title
// after ", and" still opens the next person's.
TEST(People, RankBetweenPortfolioAndFullName) {
  auto m = run_mentions("T",
                        "Minister for Trade and Tourism Senator Don Farrell signed. Federal Minister for Commerce "
                        "Jam Kamal Khan, and GCC Secretary General Jasem Albudaiwi met. The Minister for Trade "
                        "and Tourism Senator Farrell spoke.");
  const auto* farrell = find_person(m.x, "Don Farrell");
  ASSERT_NE(farrell, nullptr);
  EXPECT_EQ(farrell->title, "Minister for Trade and Tourism");
  EXPECT_EQ(text_of(m, farrell->spans.at(0)), "Don Farrell");
  const auto* khan = find_person(m.x, "Jam Kamal Khan");
  ASSERT_NE(khan, nullptr);
  EXPECT_EQ(khan->title, "Federal Minister for Commerce");
  const auto* jasem = find_person(m.x, "Jasem Albudaiwi");
  ASSERT_NE(jasem, nullptr);
  EXPECT_EQ(jasem->title, "Secretary General");
  EXPECT_EQ(find_person(m.x, "Senator Farrell"), nullptr);
  for (const auto& p : m.x.people) EXPECT_NE(p.title, "Trade and Tourism Senator") << p.name;
}

namespace {

// "Remarks by Ambassador Katherine Tai at the … Closing Press Conference", with a body that never
// names her: a full name only the title gives is a person, in the title; a name the body gives
// too stays one person, and a lone surname in the title creates none.
TEST(People, FullNameOnlyTheTitleGives) {
  auto m = run_mentions("Remarks by Ambassador Katherine Tai at the Ministerial Closing Press Conference",
                        "Good morning everyone. Thank you, Secretary Raimondo, for hosting us in Los Angeles.");
  const auto* tai = find_person(m.x, "Katherine Tai");
  ASSERT_NE(tai, nullptr);
  EXPECT_EQ(tai->title, "Ambassador");
  ASSERT_EQ(tai->spans.size(), 1u);
  EXPECT_TRUE(tai->spans[0].in_title);
  EXPECT_EQ(m.x.people.size(), 2u);

  auto both = run_mentions("Ambassador Katherine Tai Meets Minister Ng",
                           "United States Trade Representative Katherine Tai met Minister Ng in Ottawa.");
  ASSERT_NE(find_person(both.x, "Katherine Tai"), nullptr);
  EXPECT_EQ(find_person(both.x, "Katherine Tai")->spans.size(), 2u);
  EXPECT_EQ(find_person(both.x, "Ng")->spans.size(), 2u);
  EXPECT_EQ(both.x.people.size(), 2u);

  auto lone = run_mentions("Remarks by Ambassador Tai at the Closing Press Conference", "Good morning everyone.");
  EXPECT_TRUE(lone.x.people.empty());

  // An acronym before a headline's capitalized words is a body, not a title of office.
  auto body = run_mentions("USTR Initiates Section 301 Investigation of Brazil's Practices",
                           "The Office of the United States Trade Representative today initiated an investigation.");
  EXPECT_TRUE(body.x.people.empty());
  // A title-case headline running on in capitals after the words is its news, not a name.
  auto news = run_mentions("MOFCOM Spokesperson Answers Reporter's Question on EU Investigation",
                           "Q: What is the ministry's comment? A: China firmly opposes it.");
  EXPECT_TRUE(news.x.people.empty());
  // With no title at all, the capitalized words after a country's possessive are the news.
  auto practices = run_mentions("USTR Initiates Section 301 Investigation of Brazil's Unfair Trading Practices",
                                "The Office of the United States Trade Representative today initiated an investigation "
                                "of Brazil's practices.");
  EXPECT_TRUE(practices.x.people.empty());
}


// "Foreign Minister Senator Penny Wong": a rank before the name is the person's form of address,
// no part of the title before it; a title of two heads with no rank between stays whole.
TEST(People, RankAfterATitleIsNoPartOfIt) {
  auto m = run_mentions("T",
                        "He met Foreign Minister Senator Penny Wong and Trade Minister Senator Farrell in Canberra. "
                        "Minister Counsellor Jane Doe attended.");
  const auto* wong = find_person(m.x, "Penny Wong");
  ASSERT_NE(wong, nullptr);
  EXPECT_EQ(wong->title, "Foreign Minister");
  const auto* farrell = find_person(m.x, "Farrell");
  ASSERT_NE(farrell, nullptr);
  EXPECT_EQ(farrell->title, "Trade Minister");
  const auto* doe = find_person(m.x, "Jane Doe");
  ASSERT_NE(doe, nullptr);
  EXPECT_EQ(doe->title, "Minister Counsellor");
}

// "President von der Leyen": a surname that opens with its particles names a person after a title,
// and is the same person as the full name given elsewhere; a particle after a portfolio is none.
TEST(People, SurnameOpeningWithParticlesAfterATitle) {
  auto alone = run_mentions("T", "President von der Leyen said the agreement is a win-win.");
  const auto* p = find_person(alone.x, "von der Leyen");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->title, "President");

  auto both = run_mentions("T",
                           "President von der Leyen welcomed the deal. President Ursula von der Leyen said it is a "
                           "win-win.");
  ASSERT_EQ(both.x.people.size(), 1u);
  EXPECT_EQ(both.x.people[0].name, "Ursula von der Leyen");
  EXPECT_EQ(both.x.people[0].spans.size(), 2u);

  auto none = run_mentions("T", "The Minister de facto ruled. The President of the Commission spoke.");
  EXPECT_TRUE(none.x.people.empty());
}

// "Executive Vice-President Dombrovskis … met Valdis Dombrovskis": a lone surname after a title
// takes the full name the release gives elsewhere with no title; a capitalized word opening a
// sentence before the surname ("Later Dombrovskis left") is no given name.
TEST(People, LoneSurnameTakesTheFullNameGivenElsewhere) {
  auto m = run_mentions("T",
                        "European Commission Executive Vice-President Dombrovskis visited Canberra. Later, Valdis "
                        "Dombrovskis met the Minister.");
  ASSERT_EQ(m.x.people.size(), 1u);
  EXPECT_EQ(m.x.people[0].name, "Valdis Dombrovskis");
  EXPECT_EQ(m.x.people[0].spans.size(), 2u);

  auto n = run_mentions("T", "Executive Vice-President Dombrovskis spoke. Later Dombrovskis left for Canberra.");
  ASSERT_EQ(n.x.people.size(), 1u);
  EXPECT_EQ(n.x.people[0].name, "Dombrovskis");
}

// "High Representative Kallas": the whole title, not "Representative" alone.
TEST(People, HighRepresentativeIsOneTitle) {
  auto m = run_mentions("T", "High Representative Kaja Kallas met Representative Jane Doe in Brussels.");
  const auto* k = find_person(m.x, "Kaja Kallas");
  ASSERT_NE(k, nullptr);
  EXPECT_EQ(k->title, "High Representative");
  const auto* d = find_person(m.x, "Jane Doe");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->title, "Representative");
}

// "Commissioner for Trade and Economic Security Šefčovič": a lone word after a portfolio refers to a
// person named so elsewhere in the release, before or after; alone, it names no one (it may be a
// portfolio word the lists lack).
TEST(People, LoneSurnameAfterAPortfolioOnlyRefers) {
  auto m = run_mentions("T",
                        "Commissioner for Trade and Economic Security Šefčovič met US officials. EU Trade "
                        "Commissioner Šefčovič said talks went well.");
  ASSERT_EQ(m.x.people.size(), 1u);
  EXPECT_EQ(m.x.people[0].name, "Šefčovič");
  EXPECT_EQ(m.x.people[0].spans.size(), 2u);

  auto n = run_mentions("T", "The Commissioner for Trade and Economic Security Šefčovič met US officials.");
  EXPECT_TRUE(n.x.people.empty());
}

// "Senator the Hon Don Farrell, Minister for Trade and Tourism": the rank is the form of address,
// the title after the comma the person's; a rank with no title after it stays the title.
TEST(People, TitleAfterTheNameOutranksARankBeforeIt) {
  auto m = run_mentions("T",
                        "Senator the Hon Don Farrell, Minister for Trade and Tourism, welcomed the outcome. He met "
                        "US Senator Marco Rubio, who spoke.");
  const auto* f = find_person(m.x, "Don Farrell");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->title, "Minister for Trade and Tourism");
  const auto* r = find_person(m.x, "Marco Rubio");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->title, "Senator");
}
}  // namespace

// A press-conference transcript names each turn's speaker in a label: the spokesperson who answers
// ("He Yadong: …" twice, never asking) is a person; the outlets that ask ("The Paper: …?",
// "Shanghai Securities News: …?"), a name-like label that asks each time, a label used once and
// one-word headings ("Note:") are not.
TEST(People, SpeakerLabelsOfATranscript) {
  auto m = run_mentions("MOFCOM Regular Press Conference",
                        "He Yadong: Friends from the press, good afternoon. The floor is open. Shanghai Securities "
                        "News: The summit was held in May. What are the outcomes? He Yadong: The summit reached "
                        "consensus. Thank you. The Paper: Could you brief us? Shanghai Securities News: And the "
                        "expo? Li Ming: Thank you. Note: The venue covered 64,000 square meters.");
  const auto* he = find_person(m.x, "He Yadong");
  ASSERT_NE(he, nullptr);
  EXPECT_EQ(he->spans.size(), 2u);
  EXPECT_EQ(find_person(m.x, "Shanghai Securities News"), nullptr);
  EXPECT_EQ(find_person(m.x, "The Paper"), nullptr);
  EXPECT_EQ(find_person(m.x, "Li Ming"), nullptr);
  EXPECT_EQ(find_person(m.x, "Note"), nullptr);
  EXPECT_EQ(m.x.people.size(), 1u);
}

// A title and a name that capitalized words with a place's form follow ("the Queen Sirikit
// National Convention Center", "King Abdulaziz International Airport") name a place; a person
// named before such a place, with other words between, is still one.
TEST(People, TitleAndNameOfAVenueAreNoPerson) {
  auto m = run_mentions("T",
                        "The ministers met at the Queen Sirikit National Convention Center and flew out of King "
                        "Abdulaziz International Airport. Minister Park Jung-sung visited the Convention Center.");
  EXPECT_EQ(find_person(m.x, "Sirikit"), nullptr);
  EXPECT_EQ(find_person(m.x, "Abdulaziz"), nullptr);
  EXPECT_NE(find_person(m.x, "Park Jung-sung"), nullptr);
  EXPECT_EQ(m.x.people.size(), 1u);
}

// A full name whose verb states its title after it ("Mary Ng has been Canada's Trade Minister",
// "Jane Smith is the Minister for Trade") is a person with that title; a place or an organization
// before the verb ("Canada is Australia's …"), a name of one word, or a name after the title
// ("… is Trade Minister Don Farrell's adviser") is not one.
TEST(People, NameVerbAndTitle) {
  auto m = run_mentions("T",
                        "Mary Ng has been Canada's Trade Minister for six years. Jane Smith is the Minister for "
                        "Trade of Ruritania. Canada is Australia's Trade partner. Mary was kind. Tom Brown is "
                        "Trade Minister Don Farrell's adviser.");
  const auto* ng = find_person(m.x, "Mary Ng");
  ASSERT_NE(ng, nullptr);
  EXPECT_EQ(ng->title, "Trade Minister");
  EXPECT_EQ(ng->country, "CA");
  const auto* smith = find_person(m.x, "Jane Smith");
  ASSERT_NE(smith, nullptr);
  EXPECT_TRUE(smith->title.starts_with("Minister for Trade")) << smith->title;
  EXPECT_EQ(find_person(m.x, "Tom Brown"), nullptr);
  EXPECT_NE(find_person(m.x, "Don Farrell"), nullptr);
  EXPECT_EQ(m.x.people.size(), 3u);
}

namespace {

// "The Undersecretary of International Economic Relations (SUBREI), Claudia Sanhueza Riveros, and
// the UAE Minister of State for Foreign Trade, Thani bin Ahmed Al Zeyoudi, signed": an acronym in
// parentheses after the portfolio stays outside the title, and the name set off by commas after
// it is the title's; "the director of the Department of …, Name," takes the body's full name as
// its portfolio. An acronym not followed by a comma and a name names nobody.
TEST(People, TitleWithAnAcronymInParenthesesThenTheName) {
  auto m = run_mentions("T",
                        "The Undersecretary of International Economic Relations (SUBREI), Claudia Sanhueza Riveros, "
                        "and the UAE Minister of State for Foreign Trade, Thani bin Ahmed Al Zeyoudi, signed it. The "
                        "director of the Department of Foreign Trade Statistics, Herlon Brandão, said so.");
  const auto* c = find_person(m.x, "Claudia Sanhueza Riveros");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->title, "Undersecretary of International Economic Relations");
  const auto* t = find_person(m.x, "Thani bin Ahmed Al Zeyoudi");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->title, "Minister of State for Foreign Trade");
  const auto* h = find_person(m.x, "Herlon Brandão");
  ASSERT_NE(h, nullptr);
  EXPECT_EQ(h->title, "director of the Department of Foreign Trade Statistics");
  auto n = run_mentions("T", "The Minister of Economy (MINECO) said so. The director of the Department of Trade (DOT), "
                             "Brazil and Chile, agreed.");
  EXPECT_TRUE(n.x.people.empty());
}

}  // namespace

namespace {

// "The Director-General of the dtic, Ms Malebo Mabitje-Thompson": a body written in lower case
// (South Africa's department writes itself so) is part of the title's portfolio; a lower-case
// word of no body still ends it.
TEST(People, LowerCaseBodyInTheTitle) {
  auto m = run_mentions("T", "The Director-General of the dtic, Ms Malebo Mabitje-Thompson, said so.");
  const auto* p = find_person(m.x, "Malebo Mabitje-Thompson");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->title, "Director-General of the dtic");
  EXPECT_EQ(p->organization, "DTIC");
  auto n = run_mentions("T", "The Director-General of the unit, Ms Malebo Mabitje-Thompson, said so.");
  const auto* q = find_person(n.x, "Malebo Mabitje-Thompson");
  ASSERT_NE(q, nullptr);
  EXPECT_NE(q->title, "Director-General of the unit");
}

// "Ahn Duk-geun, Minister of Trade, Industry and Energy": a minister's title that spells out a
// ministry the release names belongs to that ministry, also in the "… Minister" order and with
// the country after it; a title that names no ministry of the release stays without one.
TEST(People, MinistersTitleNamesTheMinistry) {
  auto m = run_mentions("T",
                        "The Ministry of Trade, Industry and Energy (MOTIE) said Ahn Duk-geun, Minister of Trade, "
                        "Industry and Energy, met Wang Wentao, Minister of Commerce of China. Officials of the "
                        "Chinese Ministry of Commerce attended.");
  const auto* ahn = find_person(m.x, "Ahn Duk-geun");
  ASSERT_NE(ahn, nullptr);
  EXPECT_EQ(ahn->organization, "MOTIE");
  EXPECT_EQ(ahn->country, "KR");
  const auto* wang = find_person(m.x, "Wang Wentao");
  ASSERT_NE(wang, nullptr);
  EXPECT_EQ(wang->organization, "Ministry of Commerce");
  auto m3 = run_mentions("T",
                         "The Ministry of Energy and Mines of Ruritania hosted the annual meeting of the regional "
                         "council in its capital last week. Jane Roe, Minister of Energy of Ruritania, spoke.");
  const auto* roe = find_person(m3.x, "Jane Roe");
  ASSERT_NE(roe, nullptr);
  EXPECT_EQ(roe->organization, "");
  auto m2 = run_mentions("T",
                         "The Ministry of Trade, Industry and Energy said Trade, Industry and Energy Minister Ahn "
                         "Duk-geun will travel.");
  const auto* ahn2 = find_person(m2.x, "Ahn Duk-geun");
  ASSERT_NE(ahn2, nullptr);
  EXPECT_EQ(ahn2->organization, "MOTIE");
}

}  // namespace

TEST(People, CountryPossessiveBeforeAFullName) {
  auto m = run_mentions("T",
                        "Lula hosted Argentina's Javier Milei, Uruguay's Yamandú Orsi and Paraguay's Santiago Peña "
                        "on Saturday. Kenya's Samia Suluhu Hassan attended.");
  const auto* milei = find_person(m.x, "Javier Milei");
  ASSERT_NE(milei, nullptr);
  EXPECT_EQ(milei->country, "AR");
  EXPECT_TRUE(milei->title.empty());
  ASSERT_NE(find_person(m.x, "Yamandú Orsi"), nullptr);
  EXPECT_EQ(find_person(m.x, "Santiago Peña")->country, "PY");
  EXPECT_NE(find_person(m.x, "Samia Suluhu Hassan"), nullptr);
}

TEST(People, CountryPossessiveBeforeACompanyIsNoPerson) {
  auto m = run_mentions("T",
                        "South Korea's Samsung Electronics, India's Tata Steel, Mexico's Grupo Mexico and "
                        "Brazil's Banco do Brasil declined to comment. Chile's Codelco was not affected.");
  EXPECT_TRUE(m.x.people.empty()) << m.x.people.front().name;
}

// "the EU's Carbon Border Adjustment Mechanism (CBAM)": a run after a possessive that an acronym
// follows names a scheme, no person.
TEST(People, CountryPossessiveBeforeAnAcronymedSchemeIsNoPerson) {
  auto m = run_mentions("T",
                        "The two discussed the EU's Carbon Border Adjustment Mechanism (CBAM) and Japan's Yoji Muto "
                        "attended.");
  EXPECT_EQ(find_person(m.x, "Carbon Border Adjustment Mechanism"), nullptr);
  EXPECT_NE(find_person(m.x, "Yoji Muto"), nullptr);
}

// "Dr. Thani bin Ahmed Al Zeyoudi, UAE Minister of State for Foreign Trade, Ms. Ngozi
// Okonjo-Iweala, Director-General of the WTO": a title set off by commas after a name is that
// name's, not the next one's; "the Swiss Ambassador, Hans-Ruedi Bortis," still names its person.
TEST(People, AppositiveTitleDoesNotReachTheNextName) {
  auto m = run_mentions("T",
                        "Also present were H.E. Dr. Thani bin Ahmed Al Zeyoudi, UAE Minister of State for Foreign "
                        "Trade, Ms. Ngozi Okonjo-Iweala, Director-General of the WTO, and others.");
  const auto* ngozi = find_person(m.x, "Ngozi Okonjo-Iweala");
  ASSERT_NE(ngozi, nullptr);
  EXPECT_EQ(ngozi->title.find("Minister"), std::string::npos) << ngozi->title;
  EXPECT_NE(ngozi->country, "AE");
  auto n = run_mentions("T", "Present were the Swiss Ambassador, Hans-Ruedi Bortis, and others.");
  const auto* hans = find_person(n.x, "Hans-Ruedi Bortis");
  ASSERT_NE(hans, nullptr);
  EXPECT_EQ(hans->title, "Ambassador");
}

TEST(People, TitleAfterAndBeforeAnAppositiveNameIsThatNames) {
  auto m = run_mentions("T",
                        "Mauro Vieira, and the Minister of Agriculture, Carlos Fávaro, also took part. "
                        "Jane Smith, and the Minister of Trade said so.");
  const auto* vieira = find_person(m.x, "Mauro Vieira");
  ASSERT_NE(vieira, nullptr);
  EXPECT_TRUE(vieira->title.empty()) << vieira->title;
  const auto* favaro = find_person(m.x, "Carlos Fávaro");
  ASSERT_NE(favaro, nullptr);
  EXPECT_EQ(favaro->title, "Minister of Agriculture");
  // No name after the title: it stays the first name's.
  const auto* smith = find_person(m.x, "Jane Smith");
  ASSERT_NE(smith, nullptr);
  EXPECT_FALSE(smith->title.empty());
}

TEST(People, ExecutiveSecretaryIsOneRole) {
  auto m = run_mentions("T",
                        "The measure takes effect in April, the executive secretary of Camex, Márcio Elias Rosa, said. "
                        "The secretary of the board, Ana Costa, agreed.");
  const auto* rosa = find_person(m.x, "Márcio Elias Rosa");
  ASSERT_NE(rosa, nullptr);
  EXPECT_EQ(rosa->title, "executive secretary of Camex");
  const auto* costa = find_person(m.x, "Ana Costa");
  ASSERT_NE(costa, nullptr);
  EXPECT_EQ(costa->title.rfind("secretary", 0), 0u) << costa->title;
}

TEST(People, TitlesJoinedByAndBeforeANameAfterAComma) {
  auto m = run_mentions("T",
                        "They met the Minister of Development, Industry, Trade and Services and Vice President, "
                        "Geraldo Alckmin, on Monday. Ambassador Jamieson Greer and Minister Nguyen Hong Dien, spoke.");
  const auto* alckmin = find_person(m.x, "Geraldo Alckmin");
  ASSERT_NE(alckmin, nullptr);
  EXPECT_EQ(alckmin->title, "Minister of Development, Industry, Trade and Services and Vice President");
  // Two titles, each before its own name, stay two people's.
  const auto* greer = find_person(m.x, "Jamieson Greer");
  ASSERT_NE(greer, nullptr);
  EXPECT_EQ(greer->title, "Ambassador");
}

TEST(People, RoleAndPortfolioThenANameThatClosesTheSentence) {
  auto m = run_mentions("T",
                        "The measure takes effect on April 1, said the executive secretary of Camex, Márcio Elias Rosa. "
                        "It was announced by the minister of trade, Buenos Aires.");
  const auto* rosa = find_person(m.x, "Márcio Elias Rosa");
  ASSERT_NE(rosa, nullptr);
  EXPECT_EQ(rosa->title, "executive secretary of Camex");
  EXPECT_EQ(find_person(m.x, "Buenos Aires"), nullptr);
}

TEST(People, TitleOfABodyWhoseNameOpensWithACountryAdjective) {
  auto m = run_mentions("T",
                        "\"It is a historic year,\" said Christian Chramer, CEO of the Norwegian Seafood Council. "
                        "Piyush Goyal, Minister of Commerce and Industry of India, agreed.");
  const auto* chramer = find_person(m.x, "Christian Chramer");
  ASSERT_NE(chramer, nullptr);
  EXPECT_EQ(chramer->title, "CEO");
  EXPECT_EQ(chramer->organization, "Norwegian Seafood Council");
  const auto* goyal = find_person(m.x, "Piyush Goyal");
  ASSERT_NE(goyal, nullptr);
  EXPECT_EQ(goyal->title, "Minister of Commerce and Industry of India");
}

namespace {

// "Chief Economist" is one title, and "Coordinating" qualifies a minister as "Senior" does: neither
// word is the person's name or drops out of the title.
TEST(People, ChiefEconomistAndCoordinatingMinister) {
  auto m = run_mentions("T",
                        "OECD Chief Economist Álvaro Pereira spoke. Indonesian Coordinating Minister for Economic "
                        "Affairs Airlangga Hartarto agreed. Section Chief Lee Min-ho attended.");
  const auto* pereira = find_person(m.x, "Álvaro Pereira");
  ASSERT_NE(pereira, nullptr);
  EXPECT_EQ(pereira->title, "Chief Economist");
  const auto* airlangga = find_person(m.x, "Airlangga Hartarto");
  ASSERT_NE(airlangga, nullptr);
  EXPECT_EQ(airlangga->title, "Coordinating Minister for Economic Affairs");
  const auto* lee = find_person(m.x, "Lee Min-ho");
  ASSERT_NE(lee, nullptr);
  EXPECT_EQ(lee->title, "Section Chief");
}

// A body's acronym in parentheses may close its name right before the title: the body is the
// person's ("Turkish Exporters Assembly (TIM) Chairman Mustafa Gültepe").
TEST(People, BodyAndItsAcronymBeforeTheTitle) {
  auto m = run_mentions("T",
                        "Turkish Exporters Assembly (TIM) Chairman Mustafa Gültepe spoke. Exports rose (by 5 percent) "
                        "President Ali Koç said.");
  const auto* g = find_person(m.x, "Mustafa Gültepe");
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(g->organization, "TIM");
  EXPECT_EQ(g->country, "TR");
  const auto* k = find_person(m.x, "Ali Koç");
  ASSERT_NE(k, nullptr);
  EXPECT_EQ(k->organization, "");
}

// Lower-case roles of wire copy before a full name: "MATRADE chief executive officer Mohd
// Mustafa Abdul Aziz", "ING chief economist Carsten Brzeski".
TEST(People, LowerCaseChiefRolesBeforeTheName) {
  auto m = run_mentions("T",
                        "Malaysia External Trade Development Corporation (MATRADE) chief executive officer Mohd Mustafa "
                        "Abdul Aziz spoke, and chief economist Carsten Brzeski agreed. The chief executive officer met "
                        "Kuala Lumpur officials.");
  const auto* mm = find_person(m.x, "Mohd Mustafa Abdul Aziz");
  ASSERT_NE(mm, nullptr);
  EXPECT_EQ(mm->title, "chief executive officer");
  const auto* cb = find_person(m.x, "Carsten Brzeski");
  ASSERT_NE(cb, nullptr);
  EXPECT_EQ(cb->title, "chief economist");
  EXPECT_EQ(find_person(m.x, "Kuala Lumpur"), nullptr);
}

}  // namespace

namespace {

// An envoy's post may be a city: "the Vietnamese Ambassador to Havana, Le Quang Long", "the
// Philippine Ambassador to Kuala Lumpur, Maria Angela Ponce". A city's name elsewhere may open a
// person's name.
TEST(People, EnvoyPostedToACity) {
  auto m = run_mentions("T",
                        "The Vietnamese Ambassador to Havana, Le Quang Long, spoke. The Philippine Ambassador to "
                        "Kuala Lumpur, Maria Angela Ponce, attended. Minister of Trade Santiago Peña agreed.");
  const auto* le = find_person(m.x, "Le Quang Long");
  ASSERT_NE(le, nullptr);
  EXPECT_EQ(le->title, "Ambassador to Havana");
  EXPECT_EQ(le->country, "VN");
  const auto* mp = find_person(m.x, "Maria Angela Ponce");
  ASSERT_NE(mp, nullptr);
  EXPECT_EQ(mp->title, "Ambassador to Kuala Lumpur");
  const auto* sp = find_person(m.x, "Santiago Peña");
  ASSERT_NE(sp, nullptr);
  EXPECT_EQ(sp->title, "Minister of Trade");
}

}  // namespace

namespace {

// "Sheikh Faisal bin Thani bin Faisal Al Thani": each particle joining a father's name lets the
// name run one word longer; without particles four words stay the most a name takes.
TEST(People, ArabicNameWithTwoFathersNames) {
  auto m = run_mentions("T",
                        "Minister of Commerce and Industry Sheikh Faisal bin Thani bin Faisal Al Thani met Minister "
                        "John Paul George Ringo Starr Lennon.");
  ASSERT_NE(find_person(m.x, "Faisal bin Thani bin Faisal Al Thani"), nullptr);
  // Without particles a name runs to five words at most.
  EXPECT_EQ(find_person(m.x, "John Paul George Ringo Starr Lennon"), nullptr);
}

// "Abdel Fattah el-Sissi", "Mohammed Shia al-Sudani": a particle hyphened to the family name is
// part of the name; a hyphened word of no particle after a name is not.
TEST(People, ParticleHyphenedToTheFamilyName) {
  auto m = run_mentions("T",
                        "Egyptian President Abdel Fattah el-Sissi met Iraqi Prime Minister Mohammed Shia al-Sudani. "
                        "Trade Minister Ahmed Samir e-Commerce talks followed.");
  EXPECT_NE(find_person(m.x, "Abdel Fattah el-Sissi"), nullptr);
  EXPECT_NE(find_person(m.x, "Mohammed Shia al-Sudani"), nullptr);
  EXPECT_EQ(find_person(m.x, "Ahmed Samir e-Commerce"), nullptr);
}

}  // namespace

namespace {

// Lower-case deputies and secretaries of news copy, after the name as before it: "Tran Thanh
// Hai, deputy director of the Import-Export Department, said", "joint secretary Vimal Anand".
TEST(People, LowerCaseDeputiesAndSecretaries) {
  auto m = run_mentions("T",
                        "Tran Thanh Hai, deputy director of the Import-Export Department, said so, and joint "
                        "secretary Vimal Anand agreed. The deputy director met Hanoi officials.");
  const auto* h = find_person(m.x, "Tran Thanh Hai");
  ASSERT_NE(h, nullptr);
  EXPECT_EQ(h->title, "deputy director");
  EXPECT_EQ(h->organization, "Import-Export Department");
  const auto* a = find_person(m.x, "Vimal Anand");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->title, "joint secretary");
  EXPECT_EQ(find_person(m.x, "Hanoi"), nullptr);
  EXPECT_EQ(m.x.people.size(), 2u);
}

}  // namespace

namespace {

// WTO releases give a chair's country after the name: "Ambassador Saqer Abdullah Almoqbel of Saudi
// Arabia, said", "chaired by Ambassador Petter Ølberg (Norway)". Not a country that begins a
// body's name ("of Korea Trade Insurance …"): that body is the person's, and its country with it;
// nor one in a longer parenthesis.
TEST(People, CountryRightAfterTheName) {
  auto m = run_mentions("T",
                        "The chair, Ambassador Saqer Abdullah Almoqbel of Saudi Arabia, said so. The meeting was "
                        "chaired by Ambassador Petter Ølberg (Norway). President Lee Jong-hoon of Korea Marine "
                        "Insurance Corporation spoke, and Director Ana Silva (Brazil Ministry of Economy) agreed.");
  auto country = [&](const char* name) {
    const auto* p = find_person(m.x, name);
    EXPECT_NE(p, nullptr) << name;
    return p ? p->country : std::string("?");
  };
  EXPECT_EQ(country("Saqer Abdullah Almoqbel"), "SA");
  EXPECT_EQ(country("Petter Ølberg"), "NO");
  EXPECT_EQ(country("Lee Jong-hoon"), "KR");
  EXPECT_EQ(find_person(m.x, "Lee Jong-hoon")->organization, "Korea Marine Insurance Corporation");
  EXPECT_EQ(country("Ana Silva"), "");
}

}  // namespace

namespace {

// Forms of address of Caribbean, Arab and Philippine releases: "The Most Honourable" before a
// prime minister's name, "Eng." (engineer) and "Atty." (attorney) before others'. The title
// before them is the person's; the words are no part of the name.
TEST(People, MoreFormsOfAddress) {
  auto m = run_mentions("T",
                        "Prime Minister of Barbados The Most Honourable Mia Amor Mottley, Chair of the Conference, "
                        "spoke. Egypt's Minister of Industry Eng. Kamel Al-Wazir met Atty. Maria Santos. The Most "
                        "Favoured Nation rule applies.");
  const auto* mm = find_person(m.x, "Mia Amor Mottley");
  ASSERT_NE(mm, nullptr);
  EXPECT_EQ(mm->title, "Prime Minister of Barbados");
  const auto* kw = find_person(m.x, "Kamel Al-Wazir");
  ASSERT_NE(kw, nullptr);
  EXPECT_EQ(kw->title, "Minister of Industry");
  EXPECT_NE(find_person(m.x, "Maria Santos"), nullptr);
  EXPECT_EQ(m.x.people.size(), 3u);
}

}  // namespace

namespace {

// A lower-case role after a body's name and its acronym in parentheses: the body is the person's
// ("the Malaysia External Trade Development Corporation (MATRADE) chief executive officer Mohd
// Mustafa Abdul Aziz"); a parenthesis of no body gives none.
TEST(People, BodyAndItsAcronymBeforeALowerCaseRole) {
  auto m = run_mentions("T",
                        "The Malaysia External Trade Development Corporation (MATRADE) chief executive officer Mohd "
                        "Mustafa Abdul Aziz spoke. Exports rose (by 5 percent in March) economist Jane Roe said.");
  const auto* mm = find_person(m.x, "Mohd Mustafa Abdul Aziz");
  ASSERT_NE(mm, nullptr);
  EXPECT_EQ(mm->organization, "MATRADE");
  EXPECT_EQ(mm->country, "MY");
  const auto* jr = find_person(m.x, "Jane Roe");
  ASSERT_NE(jr, nullptr);
  EXPECT_EQ(jr->organization, "");
}

}  // namespace

// A name of five words when the fifth closes the capitalized run ("Dyah Roro Esti Widya Putri
// said"); a run that goes on past five is no one name, and stays at four.
TEST(People, FiveWordNameClosingTheRun) {
  auto m = run_mentions("T",
                        "Deputy Trade Minister Dyah Roro Esti Widya Putri said on Thursday that talks went well. "
                        "Permanent Secretary Haji Khairuddin Haji Abdul Hamid said trade rose.");
  EXPECT_NE(find_person(m.x, "Dyah Roro Esti Widya Putri"), nullptr);
  EXPECT_NE(find_person(m.x, "Haji Khairuddin Haji Abdul Hamid"), nullptr);
  auto n = run_mentions("T", "Trade Minister Budi Santoso Agus Rahman Putra Jaya Hotel Group hosted it.");
  for (const auto& p : n.x.people) EXPECT_LT(std::count(p.name.begin(), p.name.end(), ' '), 4) << p.name;
}

// A lone name after a portfolio that closes on a place is a person known by one name
// ("Indonesian Ambassador to Malaysia Hermono said"); after a portfolio that closes on other
// words it may be a portfolio word the lists lack, and names no one of its own.
TEST(People, MononymAfterAPortfolioClosingOnAPlace) {
  auto m = run_mentions("T", "Indonesian Ambassador to Malaysia Hermono said bilateral trade rose.");
  const auto* h = find_person(m.x, "Hermono");
  ASSERT_NE(h, nullptr);
  EXPECT_EQ(h->title, "Ambassador to Malaysia");
  EXPECT_EQ(h->country, "ID");
  auto n = run_mentions("T", "The Commissioner for Trade and Economic Security Sefcovic said talks went well.");
  EXPECT_EQ(find_person(n.x, "Sefcovic"), nullptr);
  auto o = run_mentions("T", "The Ambassador to Malaysia's office said talks went well.");
  EXPECT_TRUE(o.x.people.empty());
}

// "said Carsten Brzeski, chief economist at ING": a lower-case role after the name, "at" its
// employer. The employer is looked for in the same sentence only: a body the next sentence
// names is not the person's.
TEST(People, LowerCaseRoleAtAnEmployer) {
  auto m = run_mentions("T",
                        "\"The trade war is hurting,\" said Carsten Brzeski, chief economist at ING. "
                        "\"Palm oil helped,\" said Josua Pardede, chief economist at Bank Permata. "
                        "Deputy Head of Statistics Indonesia (BPS) Pudji Ismartini said imports fell.");
  const auto* cb = find_person(m.x, "Carsten Brzeski");
  ASSERT_NE(cb, nullptr);
  EXPECT_EQ(cb->title, "chief economist");
  const auto* jp = find_person(m.x, "Josua Pardede");
  ASSERT_NE(jp, nullptr);
  EXPECT_NE(jp->organization, "BPS");
  auto n = run_mentions("T", "Talks went on, economist at heart or not.");
  EXPECT_TRUE(n.x.people.empty());
}

// Two posts of one person joined by a spaced dash ("Kazakh Deputy Prime Minister - Minister of
// Trade and Integration Serik Zhumangarin") are one title, the country with it; a name after
// the first post makes two people.
TEST(People, TwoPostsJoinedByADash) {
  auto m = run_mentions("T",
                        "Talks were held by Kazakh Deputy Prime Minister - Minister of Trade and Integration Serik Zhumangarin "
                        "in Astana.");
  const auto* sz = find_person(m.x, "Serik Zhumangarin");
  ASSERT_NE(sz, nullptr);
  EXPECT_EQ(sz->title, "Deputy Prime Minister - Minister of Trade and Integration");
  EXPECT_EQ(sz->country, "KZ");
  auto n = run_mentions("T",
                        "Talks were held by Deputy Prime Minister Serik Zhumangarin - Minister of Trade Arman Shakkaliyev.");
  const auto* z = find_person(n.x, "Serik Zhumangarin");
  ASSERT_NE(z, nullptr);
  EXPECT_EQ(z->title, "Deputy Prime Minister");
}

// Roles of analysts and managers quoted in wire copy: "Diego Macera, general manager at the
// Peruvian Institute of Economics"; the role alone names no one.
TEST(People, AnalystAndManagerRoles) {
  auto m = run_mentions("T",
                        "\"This opens Asia,\" said Diego Macera, general manager at the Peruvian Institute of "
                        "Economics. The senior economist at the bank said so too.");
  const auto* dm = find_person(m.x, "Diego Macera");
  ASSERT_NE(dm, nullptr);
  EXPECT_EQ(dm->title, "general manager");
  EXPECT_EQ(m.x.people.size(), 1u);
}

// "Trade and Regional Integration Minister Kassahun Gofe": integration is a portfolio before a
// title as after it ("Minister of Trade and Integration Serik Zhumangarin").
TEST(People, IntegrationPortfolioBeforeTheTitle) {
  auto m = run_mentions("T",
                        "Talks were opened by Trade and Regional Integration Minister Kassahun Gofe and by "
                        "Minister of Trade and Integration Serik Zhumangarin.");
  const auto* kg = find_person(m.x, "Kassahun Gofe");
  ASSERT_NE(kg, nullptr);
  EXPECT_EQ(kg->title, "Trade and Regional Integration Minister");
  const auto* sz = find_person(m.x, "Serik Zhumangarin");
  ASSERT_NE(sz, nullptr);
  EXPECT_EQ(sz->title, "Minister of Trade and Integration");
}

// A headline in title case runs on in capitals after a name the body gives in full ("President
// Trump Restores Section 232 Tariffs", "Minister Farrell Welcomes Removal of …"): the leading words
// that name the body's person are a mention of that person, not a person of their own. A full name
// only the headline gives still is one.
TEST(People, HeadlineCapitalsAfterABodyPersonAreNoName) {
  auto m = run_mentions("President Trump Restores Section 232 Tariffs on Steel and Aluminum",
                        "President Donald J. Trump today signed proclamations restoring a full 25 percent tariff.");
  EXPECT_EQ(find_person(m.x, "Trump Restores Section"), nullptr);
  EXPECT_NE(find_person(m.x, "Donald J. Trump"), nullptr);
  EXPECT_EQ(m.x.people.size(), 1u);
  auto f = run_mentions("Minister Farrell Welcomes Removal of Tariffs on Lobster",
                        "Minister for Trade and Tourism Don Farrell welcomed the decision.");
  EXPECT_EQ(find_person(f.x, "Farrell Welcomes Removal"), nullptr);
  EXPECT_EQ(f.x.people.size(), 1u);
  auto t = run_mentions("Remarks by Ambassador Katherine Tai at the WTO",
                        "Minister for Trade and Tourism Don Farrell met the ambassador.");
  EXPECT_NE(find_person(t.x, "Katherine Tai"), nullptr);
  EXPECT_EQ(t.x.people.size(), 2u);
}

namespace {

// A consul's post is the city after "in" ("Indonesian Consul General in Penang Wanton Saragih"):
// a gazetteer's city, or, of three or four capitalized words, all but the last two. "in" after
// other titles opens no post.
TEST(People, ConsulPostedInACity) {
  auto m = run_mentions("T",
                        "Indonesian Consul General in Penang Wanton Saragih said trade rose. Korean Consul General "
                        "in Houston Jeong Myung-kyu met exporters. Thai Consul General in Kota Bharu Ekapol "
                        "Poolpipat attended.");
  const auto* ws = find_person(m.x, "Wanton Saragih");
  ASSERT_NE(ws, nullptr);
  EXPECT_EQ(ws->title, "Consul General in Penang");
  EXPECT_EQ(ws->country, "ID");
  const auto* jm = find_person(m.x, "Jeong Myung-kyu");
  ASSERT_NE(jm, nullptr);
  EXPECT_EQ(jm->title, "Consul General in Houston");
  const auto* ep = find_person(m.x, "Ekapol Poolpipat");
  ASSERT_NE(ep, nullptr);
  EXPECT_EQ(ep->title, "Consul General in Kota Bharu");
  auto n = run_mentions("T", "The Consul General in Penang said trade rose. Minister in Penang Chow Kon Yeow spoke.");
  EXPECT_EQ(find_person(n.x, "Penang"), nullptr);
  for (const auto& p : n.x.people) EXPECT_EQ(p.title.find("Minister in"), std::string::npos) << p.name;
}

// A title-case headline's verb after a name ends it ("President Trump Restores Section 232
// Tariffs", "President Biden Signs Executive Order on …") when the body names no one in full.
TEST(People, HeadlineVerbEndsAName) {
  auto m = run_mentions("President Trump Restores Section 232 Tariffs on Steel and Aluminum",
                        "The President signed a proclamation restoring a 25 percent tariff on steel imports.");
  EXPECT_EQ(find_person(m.x, "Trump Restores Section"), nullptr);
  auto b = run_mentions("President Biden Signs Executive Order on Supply Chains", "The President signed an order.");
  EXPECT_EQ(find_person(b.x, "Biden Signs Executive Order"), nullptr);
  // In the body the same word may be part of a name.
  auto r = run_mentions("Trade talks", "Ambassador Katherine Tai met Minister Harold Signs on Monday.");
  EXPECT_NE(find_person(r.x, "Harold Signs"), nullptr);
  auto t = run_mentions("Remarks by Ambassador Katherine Tai at the WTO", "The ambassador spoke.");
  EXPECT_NE(find_person(t.x, "Katherine Tai"), nullptr);
}

}  // namespace

namespace {

// Malay honorific words may stand inside a full name as a father's title ("Haji Erywan Pehin
// Yusof"): the name runs on through them, and leaves no title-less person of its tail. Before
// the name they stay forms of address, and a street named for a person names no one.
TEST(People, MalayHonorificInsideAName) {
  auto m = run_mentions("T",
                        "Minister of Foreign Affairs II Dato Seri Setia Haji Erywan Pehin Yusof met the delegation. "
                        "The delegation visited a factory on Haji Sulong Road in Pattani.");
  const auto* e = find_person(m.x, "Haji Erywan Pehin Yusof");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->title, "Minister of Foreign Affairs II");
  EXPECT_EQ(find_person(m.x, "Yusof"), nullptr);
  EXPECT_EQ(find_person(m.x, "Haji Sulong"), nullptr);
  EXPECT_EQ(m.x.people.size(), 1u);
  auto d = run_mentions("T", "Minister of International Trade and Industry Datuk Seri Mustapa Mohamed said trade rose.");
  const auto* mm = find_person(d.x, "Mustapa Mohamed");
  ASSERT_NE(mm, nullptr);
  EXPECT_EQ(d.x.people.size(), 1u);
}

}  // namespace

namespace {

const tw::Person* find_brunei(const tw::Extraction& x, const std::string& name) {
  for (const auto& p : x.people)
    if (p.name == name) return &p;
  return nullptr;
}

}  // namespace

// Brunei's conferred titles run on after their first words ("Pehin Orang Kaya Laila Setia Bakti
// Diraja Dato Laila Utama"), a retired officer's rank among them, and a father's titles after
// "bin"; a father's "Haji" joins a name as "bin" does. None of them is a person, and the name
// after them keeps the title stated after it. A title word outside such a chain stays a name's.
TEST(People, BruneiTitleChainsAndLongNames) {
  auto m = run_mentions(
      "T",
      "Yang Berhormat Pehin Orang Kaya Laila Setia Bakti Diraja Dato Laila Utama Haji Awang Isa bin Pehin Datu "
      "Perdana Manteri Dato Laila Utama Haji Awang Ibrahim, Minister at the Prime Minister's Office, attended. "
      "Minister Pehin Datu Lailaraja Major General (Rtd) Dato Paduka Seri Haji Awang Halbi Haji Mohd Yussof "
      "visited. Yang Berhormat Dato Seri Setia Dr. Awang Haji Mohd Amin Liew Abdullah, Minister of Finance and "
      "Economy II, spoke. Minister Datuk Seri Utama Kumar Setia spoke too.");
  const auto* a = find_brunei(m.x, "Haji Awang Isa bin Pehin Datu Perdana Manteri Dato Laila Utama Haji Awang Ibrahim");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->title, "Minister at the Prime Minister's Office");
  EXPECT_NE(find_brunei(m.x, "Haji Awang Halbi Haji Mohd Yussof"), nullptr);
  const auto* b = find_brunei(m.x, "Awang Haji Mohd Amin Liew Abdullah");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->title, "Minister of Finance and Economy II");
  EXPECT_NE(find_brunei(m.x, "Kumar Setia"), nullptr);
  for (const auto& p : m.x.people) {
    EXPECT_EQ(p.name.find("Orang Kaya"), std::string::npos) << p.name;
    EXPECT_NE(p.name, "Major");
  }
}

// "led by Tengku Datuk Seri Utama Zafrul Aziz": a Malay royal prefix before forms of address
// heads the name with no title before it as after one; the forms of address are no part of it.
TEST(People, RoyalPrefixBeforeFormsOfAddressWithoutATitle) {
  auto m = run_mentions("T",
                        "The delegation was led by Tengku Datuk Seri Utama Zafrul bin Tengku Abdul Aziz. It met "
                        "Datuk Seri Anwar Ibrahim.");
  EXPECT_NE(find_brunei(m.x, "Tengku Zafrul bin Tengku Abdul Aziz"), nullptr);
  EXPECT_NE(find_brunei(m.x, "Anwar Ibrahim"), nullptr);
  for (const auto& p : m.x.people) EXPECT_EQ(p.name.find("Datuk"), std::string::npos) << p.name;
}

// India's "Union Minister of Finance" and "External Affairs Minister", Latin America's
// "Sub-secretary", and West Africa's "Alhaji" before a name: titles and a form of address.
TEST(People, UnionMinisterSubsecretaryAndAlhaji) {
  auto m = run_mentions("T",
                        "External Affairs Minister Dr. S. Jaishankar met. Smt. Nirmala Sitharaman, Union Minister "
                        "of Finance, also attended. Sub-secretary Claudia Sanhueza Riveros said. Investors such as "
                        "Alhaji Aliko Dangote spoke.");
  const auto* j = find_brunei(m.x, "S. Jaishankar");
  ASSERT_NE(j, nullptr);
  EXPECT_EQ(j->title, "External Affairs Minister");
  const auto* n = find_brunei(m.x, "Nirmala Sitharaman");
  ASSERT_NE(n, nullptr);
  EXPECT_EQ(n->title, "Minister of Finance");
  const auto* c = find_brunei(m.x, "Claudia Sanhueza Riveros");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->title, "Sub-secretary");
  EXPECT_NE(find_brunei(m.x, "Aliko Dangote"), nullptr);
  EXPECT_EQ(find_brunei(m.x, "Alhaji Aliko Dangote"), nullptr);
}

// "Abang Johari bin Tun Abang Haji Openg": the father's form of address after "bin" belongs to
// the one name, which it no longer splits in two.
TEST(People, FathersFormOfAddressAfterBin) {
  auto m = run_mentions("T", "Premier Datuk Patinggi Tan Sri Abang Johari bin Tun Abang Haji Openg spoke.");
  const auto* p = find_brunei(m.x, "Abang Johari bin Tun Abang Haji Openg");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->title, "Premier");
  EXPECT_EQ(find_brunei(m.x, "Abang Haji Openg"), nullptr);
}

// "Mr. Hiroshige Seko, Minister of Economy, Trade and Industry and Minister for Economic
// Cooperation with Russia,": a second title after "and" with no name after it is the same
// person's; one before a name is the next person's.
TEST(People, JoinedTitlesAfterTheName) {
  auto m = run_mentions("T",
                        "Mr. Hiroshige Seko, Minister of Economy, Trade and Industry and Minister for Economic "
                        "Cooperation with Russia, visited Moscow. Gan Kim Yong, Deputy Prime Minister and Minister "
                        "for Trade and Industry, said. Mr. Ken Saito, Minister of Justice and Minister Kim Jong-hoon "
                        "met.");
  const auto* s = find_brunei(m.x, "Hiroshige Seko");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title, "Minister of Economy, Trade and Industry and Minister for Economic Cooperation with Russia");
  const auto* g = find_brunei(m.x, "Gan Kim Yong");
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(g->title, "Deputy Prime Minister and Minister for Trade and Industry");
  const auto* k = find_brunei(m.x, "Ken Saito");
  ASSERT_NE(k, nullptr);
  EXPECT_EQ(k->title, "Minister of Justice");
}

// "European Trade Commissioner", "European Commissioner for Trade": a bloc's office that names no
// place is the bloc's, and its body the person's organization where the release names it; a
// national minister for European affairs stays no bloc's.
TEST(People, BlocOfficeWithNoPlaceInItsTitle) {
  auto m = run_mentions("T",
                        "European Trade Commissioner Anna Berg spoke at the European Commission. She met Mr. Jan "
                        "Kovac, European Commissioner for Agriculture, and European Affairs Minister Paul Duval.");
  const auto* b = find_person(m.x, "Anna Berg");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->country, "EU");
  EXPECT_EQ(b->organization, "European Commission");
  const auto* k = find_person(m.x, "Jan Kovac");
  ASSERT_NE(k, nullptr);
  EXPECT_EQ(k->title, "European Commissioner for Agriculture");
  EXPECT_EQ(k->country, "EU");
  const auto* d = find_person(m.x, "Paul Duval");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->country, "");
}

// A place after "for", "to", "with" or "in" in a title is what the post deals with or where it
// sits ("Assistant Secretary for China Affairs", "Ambassador to Japan of Australia"); one after
// "of", or one closing the title after a comma, is whose officer the person is.
TEST(People, PlaceThePostDealsWithIsNoPersonsCountry) {
  auto m = run_mentions("T",
                        "Assistant Secretary for China Affairs Tom Reed met Mr. Justin Hale, Ambassador to Japan of "
                        "Australia, and Ms. Lee Mei, Minister for Trade and Industry, Singapore, in Tokyo. They met "
                        "with Philippine Secretary of Trade Cristina Roque.");
  const auto* r = find_person(m.x, "Tom Reed");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->country, "");
  const auto* h = find_person(m.x, "Justin Hale");
  ASSERT_NE(h, nullptr);
  EXPECT_EQ(h->country, "AU");
  const auto* l = find_person(m.x, "Lee Mei");
  ASSERT_NE(l, nullptr);
  EXPECT_EQ(l->country, "SG");
  const auto* c = find_person(m.x, "Cristina Roque");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->country, "PH");
}

// A body named in a title's own words is the person's, with its country: "USTR Chief of Staff",
// "European Commission President".
TEST(People, BodyNamedInsideTheTitle) {
  auto m = run_mentions("T",
                        "The Office of the United States Trade Representative (USTR) said USTR Chief of Staff Jamie "
                        "Gray met Assistant USTR for Japan Affairs Mike Bolt and European Commission President Ursula "
                        "von der Leyen.");
  const auto* g = find_person(m.x, "Jamie Gray");
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(g->organization, "USTR");
  EXPECT_EQ(g->country, "US");
  const auto* b = find_person(m.x, "Mike Bolt");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->organization, "USTR");
  const auto* u = find_person(m.x, "Ursula von der Leyen");
  ASSERT_NE(u, nullptr);
  EXPECT_EQ(u->organization, "European Commission");
}

// "International" extends a title as other portfolio words do: "International Trade Secretary",
// "Deputy China International Trade Representative".
TEST(People, InternationalExtendsATitle) {
  auto m = run_mentions("T",
                        "International Trade Secretary Jane Dole met Vice Minister of Commerce and Deputy China "
                        "International Trade Representative Li Chenggang.");
  const auto* d = find_person(m.x, "Jane Dole");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->title, "International Trade Secretary");
  const auto* l = find_person(m.x, "Li Chenggang");
  ASSERT_NE(l, nullptr);
  EXPECT_EQ(l->title, "Vice Minister of Commerce and Deputy China International Trade Representative");
}

// India's "Joint Secretary" and "Additional Secretary" are whole titles, not a "Secretary" after
// another word.
TEST(People, JointSecretaryIsATitle) {
  auto m = run_mentions("T",
                        "The delegation was led by Joint Secretary Vivek Rao. Mr. Darpan Jain, Additional Secretary, "
                        "also spoke.");
  const auto* v = find_person(m.x, "Vivek Rao");
  ASSERT_NE(v, nullptr);
  EXPECT_EQ(v->title, "Joint Secretary");
  const auto* d = find_person(m.x, "Darpan Jain");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->title, "Additional Secretary");
}

// After a form of address and a name, the body in the title set off by a comma, or right after
// it within the sentence, is the person's.
TEST(People, BodyOfATitleAfterAFormOfAddress) {
  auto m = run_mentions("T",
                        "Mr. Darpan Jain, Joint Secretary in the Department of Commerce, met Ms. Ann Lowe, Director "
                        "of the Office of Trade Negotiations. Sir Chris Bryant, Minister of State at the "
                        "Department for Business and Trade (DBT), spoke.");
  const auto* j = find_person(m.x, "Darpan Jain");
  ASSERT_NE(j, nullptr);
  EXPECT_EQ(j->organization, "Department of Commerce");
  const auto* l = find_person(m.x, "Ann Lowe");
  ASSERT_NE(l, nullptr);
  EXPECT_EQ(l->organization, "Office of Trade Negotiations");
  const auto* b = find_person(m.x, "Chris Bryant");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->organization, "DBT");
}

// A lower-case role in apposition may close the sentence: "… said Wang Wentao, China's commerce
// minister." names him with his title and country.
TEST(People, RoleInAppositionClosingTheSentence) {
  auto m = run_mentions("T", "\"We are close,\" said Wang Wentao, China's commerce minister. Talks went on.");
  const auto* w = find_person(m.x, "Wang Wentao");
  ASSERT_NE(w, nullptr);
  EXPECT_EQ(w->title, "commerce minister");
  EXPECT_EQ(w->country, "CN");
}

// The European Commission's portfolios are portfolio words: "Executive Vice-President for
// Prosperity and Industrial Strategy Stéphane Séjourné" names him with the whole title.
TEST(People, CommissionPortfolios) {
  auto m = run_mentions("T",
                        "Executive Vice-President for Prosperity and Industrial Strategy Stéphane Séjourné and "
                        "Commissioner for Internal Affairs and Migration Magnus Brunner joined.");
  const auto* s = find_person(m.x, "Stéphane Séjourné");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title, "Executive Vice-President for Prosperity and Industrial Strategy");
  const auto* b = find_person(m.x, "Magnus Brunner");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->title, "Commissioner for Internal Affairs and Migration");
}

// A Malay royal prefix after a form of address, before more of them, heads the name as it does
// first: "YB Tengku Datuk Seri Utama Zafrul Tengku Abdul Aziz" is "Tengku Zafrul Tengku Abdul Aziz".
TEST(People, RoyalPrefixAfterAFormOfAddress) {
  auto m = run_mentions("T",
                        "It was chaired by YB Tengku Datuk Seri Utama Zafrul Tengku Abdul Aziz, Minister of "
                        "Investment, Trade and Industry of Malaysia.");
  ASSERT_EQ(m.x.people.size(), 1u);
  EXPECT_EQ(m.x.people[0].name, "Tengku Zafrul Tengku Abdul Aziz");
  EXPECT_EQ(m.x.people[0].country, "MY");
}

// A title said only after a name stands before one too, after its article, when its complement
// and a comma lead to forms of address: "The Ruler of Sharjah, Sheikh Dr. Sultan bin Muhammad Al
// Qasimi, opened the fair". Before a capitalized word it is still part of a name ("Sultan Al Jaber").
TEST(People, AppositiveTitleBeforeFormsOfAddress) {
  auto m = run_mentions("T",
                        "The Ruler of Sharjah, Sheikh Dr. Sultan bin Muhammad Al Qasimi, opened the fair. Minister "
                        "Sultan Al Jaber spoke.");
  const auto* r = find_person(m.x, "Sultan bin Muhammad Al Qasimi");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->title, "Ruler of Sharjah");
  EXPECT_NE(find_person(m.x, "Sultan Al Jaber"), nullptr);
}

// Letters after a name ("MP") may stand between it and the comma before the title: "Ms Sarah
// Jones MP, Minister for Industry".
TEST(People, LettersAfterTheNameBeforeTheTitle) {
  auto m = run_mentions("T", "Ms Sarah Jones MP, Minister for Industry, also spoke.");
  const auto* j = find_person(m.x, "Sarah Jones");
  ASSERT_NE(j, nullptr);
  EXPECT_EQ(j->title, "Minister for Industry");
  // Honours in a row: "Ms Jan Adams AO PSM, Secretary of …".
  auto n = run_mentions("T", "Ms Jan Adams AO PSM, Secretary of the Department of Foreign Affairs and Trade, spoke.");
  const auto* a = find_person(n.x, "Jan Adams");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->title, "Secretary of the Department of Foreign Affairs and Trade");
}

// A body may own the role before a name: "The European Commission's chief negotiator, Sabine
// Weyand", "The Department for Business and Trade's chief economist Jane Cole".
TEST(People, BodysPossessiveBeforeARole) {
  auto m = run_mentions("T",
                        "The European Commission's chief negotiator, Sabine Weyand, said so. The Department for "
                        "Business and Trade (DBT) agreed. The Department for Business and Trade's chief economist "
                        "Jane Cole spoke.");
  const auto* w = find_person(m.x, "Sabine Weyand");
  ASSERT_NE(w, nullptr);
  EXPECT_EQ(w->organization, "European Commission");
  const auto* c = find_person(m.x, "Jane Cole");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->organization, "DBT");
}

namespace {

// "White House Press Secretary Karoline Leavitt", "Press Officer": "Press" extends the title after
// it, which lost it ("Secretary"); a union's "general secretary" is a role of its own.
TEST(People, PressTitlesAndGeneralSecretary) {
  auto m = run_mentions("T",
                        "White House Press Secretary Karoline Leavitt said the talks went well. Press Officer John "
                        "Doe confirmed it. The union general secretary Roy Rickhuss agreed.");
  const auto* l = find_person(m.x, "Karoline Leavitt");
  ASSERT_NE(l, nullptr);
  EXPECT_EQ(l->title, "Press Secretary");
  const auto* d = find_person(m.x, "John Doe");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->title, "Press Officer");
  const auto* r = find_person(m.x, "Roy Rickhuss");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->title, "general secretary");
}

// A peer is named by the form and a surname alone, with the territorial designation: "Lord Johnson
// of Lainston", "Baroness Gustafsson" (they gave "Johnson" with no title, and "Gustafsson"). A later
// "Lord Johnson" is the same peer; before a given name "Lord" is a form of address.
TEST(People, PeersNamedByTheirTitle) {
  auto m = run_mentions("T",
                        "Minister for Trade Policy Lord Johnson of Lainston welcomed the deal. Baroness Gustafsson, "
                        "the Minister of State for Investment, said exports would rise. Lord Johnson later flew to "
                        "Delhi with Lord Ian Livingston.");
  const auto* j = find_person(m.x, "Lord Johnson of Lainston");
  ASSERT_NE(j, nullptr);
  EXPECT_EQ(j->title, "Minister for Trade Policy");
  EXPECT_EQ(j->spans.size(), 2u);  // the full form and the later "Lord Johnson", none inside the first
  const auto* g = find_person(m.x, "Baroness Gustafsson");
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(g->title, "Minister of State for Investment");
  EXPECT_NE(find_person(m.x, "Ian Livingston"), nullptr);
  EXPECT_EQ(find_person(m.x, "Johnson"), nullptr);
  EXPECT_EQ(m.x.people.size(), 3u);
}

}  // namespace

namespace {

// A titled officer no title, body or nearby place gives a country to is the government's that
// writes the release ("WASHINGTON - President Donald Trump said …" had none); a person met, or
// joined to another by "and", is a counterpart and keeps none.
TEST(People, UnstatedCountryIsTheReleasesGovernment) {
  auto m = run_mentions("T",
                        "WASHINGTON - President Donald Trump said the United States would raise tariffs. He later "
                        "met with H.E. Vice Minister of Commerce Wang Shouwen in Washington.");
  const auto* t = find_person(m.x, "Donald Trump");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->country, "US");
  const auto* w = find_person(m.x, "Wang Shouwen");
  ASSERT_NE(w, nullptr);
  EXPECT_EQ(w->country, "");
}

// A country a later title states of the same person ("U.S. President Trump cited …") is the
// person's, where the first mention gave none: not the government's that writes the release
// ("BRASILIA - … after President Donald Trump said …" was Brazil's).
TEST(People, LaterTitleStatesTheCountry) {
  auto m = run_mentions("T",
                        "BRASILIA - The Ministry of Development, Industry, Trade and Services said it will seek talks "
                        "after President Donald Trump said the United States would impose a tariff on Brazilian goods. "
                        "U.S. President Trump cited trade imbalances. Vice President Geraldo Alckmin said Brazil "
                        "remains open to dialogue.");
  const auto* t = find_person(m.x, "Donald Trump");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->country, "US");
  const auto* a = find_person(m.x, "Geraldo Alckmin");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->country, "BR");
}

// "President Robert Hale announced … The U.S. president cited …", "Hale, the U.S. president,": of
// leaders data/person_leaders.tsv does not know, the one person holding a title the text writes as
// a common noun after a country is that country's; with two holders of the title ("President Lula
// … President Hale") the noun may be either's, and a name after the noun ("the U.S. president Joe
// Biden") is another person's.
TEST(People, CountryBeforeTheTitleAsANoun) {
  for (const char* later : {"The U.S. president cited trade imbalances.", "Hale, the U.S. president, cited them.",
                            "America's president cited them."}) {
    auto m = run_mentions("T", std::string("BRASILIA - The Ministry of Development, Industry, Trade and Services said "
                                           "it will seek talks after President Robert Hale announced a tariff on "
                                           "Brazilian goods. ") + later);
    const auto* t = find_person(m.x, "Robert Hale");
    ASSERT_NE(t, nullptr) << later;
    EXPECT_EQ(t->country, "US") << later;
  }
  for (const char* later : {"President Luiz Lula da Silva said the U.S. president was wrong.",
                            "He spoke with the U.S. president Joe Biden."}) {
    auto m = run_mentions("T", std::string("BRASILIA - The Ministry of Development, Industry, Trade and Services said "
                                           "it will seek talks after President Robert Hale announced a tariff on "
                                           "Brazilian goods. ") + later);
    const auto* t = find_person(m.x, "Robert Hale");
    ASSERT_NE(t, nullptr) << later;
    EXPECT_NE(t->country, "US") << later;
  }
}

// A form that is also a US state names no country where the places stage read the state: "Georgia
// Governor Brian Kemp" after "Savannah, Georgia" is no officer of Georgia the country.
TEST(People, StateBeforeATitleIsNoCountry) {
  auto m = run_mentions("T",
                        "ATLANTA (AP) - A battery plant opened near Savannah, Georgia, on Tuesday. Georgia Governor "
                        "Brian Kemp said it would employ 8,000 people.");
  const auto* k = find_person(m.x, "Brian Kemp");
  ASSERT_NE(k, nullptr);
  EXPECT_EQ(k->country, "");
  // News copy abbreviates the title ("Georgia Gov. Brian Kemp"): a title all the same.
  auto g = run_mentions("T", "The plant is in Ellabell, Georgia. Georgia Gov. Brian Kemp welcomed it.");
  const auto* gk = find_person(g.x, "Brian Kemp");
  ASSERT_NE(gk, nullptr);
  EXPECT_EQ(gk->title, "Gov.");
  EXPECT_EQ(gk->country, "");
}

// In news agency copy no government writes, and the dateline city is where the news is: an
// officer of no stated country keeps none ("MANILA (AP) - … Trade Secretary Alfredo Pascual", in
// copy that names Japan most, was Japan's).
TEST(People, UnstatedCountryInAgencyCopyStaysUnstated) {
  auto m = run_mentions("T",
                        "MANILA (AP) - Japan and the Philippines signed a deal. Japan will invest in Japan's plants, "
                        "Trade Secretary Alfredo Pascual said, and Japan agreed.");
  const auto* p = find_person(m.x, "Alfredo Pascual");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->country, "");
}

// An officer of a company has no government: "Nvidia CEO Jensen Huang" in the same release keeps
// no country.
TEST(People, CompanyOfficerHasNoCountryOfTheRelease) {
  auto m = run_mentions("T",
                        "WASHINGTON - President Donald Trump said the United States would raise tariffs. Nvidia "
                        "CEO Jensen Huang said so too.");
  const auto* h = find_person(m.x, "Jensen Huang");
  ASSERT_NE(h, nullptr);
  EXPECT_EQ(h->country, "");
  EXPECT_EQ(h->title, "CEO");
}

// A title read from a body's last word on past its end is none: "Ministry of Commerce spokesperson
// He Yadong" is a spokesperson ("Commerce spokesperson" before).
TEST(People, TitleOpensAfterTheBodyNamedBeforeIt) {
  auto m = run_mentions("T", "The Ministry of Commerce spokesperson He Yadong said on Thursday that talks went well.");
  const auto* h = find_person(m.x, "He Yadong");
  ASSERT_NE(h, nullptr);
  EXPECT_EQ(h->title, "spokesperson");
  EXPECT_EQ(h->organization, "Ministry of Commerce");
}

// A place whose name opens with its article closes a title ("Special Representative for Trade and
// Economic Cooperation with Japan of the Russian Federation"): the person's country, not Japan.
TEST(People, CountryOfAPlaceOpeningWithItsArticle) {
  auto m = run_mentions("T",
                        "Minister Seko held a consultation with H.E. Mr. Maksim Oreshkin, Minister of Economic "
                        "Development and Special Representative for Trade and Economic Cooperation with Japan of the "
                        "Russian Federation, on the plan.");
  const auto* o = find_person(m.x, "Maksim Oreshkin");
  ASSERT_NE(o, nullptr);
  EXPECT_EQ(o->country, "RU");
}

// A region names where, not whose officer anyone is: the director of a body named for a region
// ("Korea-Africa Foundation") has no country AFRICA.
TEST(People, RegionIsNoPersonsCountry) {
  auto m = run_mentions("T",
                        "Lee Min-ho, Director of the Korea-Africa Foundation, and Special Envoy to Africa John "
                        "Smith attended the forum in Africa.");
  for (const auto& p : m.x.people) EXPECT_NE(p.country, "AFRICA") << p.name;
  ASSERT_NE(find_person(m.x, "Lee Min-ho"), nullptr);
}

// A head of state who comes to the government's country is its guest: "President Xi Jinping's
// state visit to Korea" and "… will travel to Korea" in Korea's release give him no KR; the
// government's own minister in the same release keeps it.
TEST(People, VisitorIsNoOfficerOfTheRelease) {
  auto m = run_mentions("T",
                        "SEOUL - The Ministry of Foreign Affairs said President Xi Jinping's state visit to Korea "
                        "will deepen trade. President John Doe will travel to Korea next week. Foreign Minister Cho "
                        "Hyun said preparations were under way.");
  const auto* x = find_person(m.x, "Xi Jinping");
  ASSERT_NE(x, nullptr);
  EXPECT_NE(x->country, "KR");
  const auto* d = find_person(m.x, "John Doe");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->country, "");
  const auto* c = find_person(m.x, "Cho Hyun");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->country, "KR");
}

// A list of portfolio words with a serial comma, and one followed by ranks, is one title.
TEST(People, PortfolioListWithSerialCommaAndRanks) {
  auto m = run_mentions("T",
                        "Trade, Industry, and Energy Minister Kim Jung-kwan met Trade, Industry and Energy 2nd Vice "
                        "Minister Park Sung-taek.");
  const auto* k = find_person(m.x, "Kim Jung-kwan");
  ASSERT_NE(k, nullptr);
  EXPECT_EQ(k->title, "Trade, Industry, and Energy Minister");
  const auto* p = find_person(m.x, "Park Sung-taek");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->title, "Trade, Industry and Energy 2nd Vice Minister");
}

// A title set off by commas after a name ends at ", and": what follows is the next clause.
TEST(People, TitleAfterANameEndsAtCommaAnd) {
  auto m = run_mentions("T",
                        "The Japanese side was led by Mr. OKANO Masataka, Deputy Minister for Foreign Affairs, and "
                        "the GCC side by Dr. Raja Al Marzouqi. Ms. Ann Lee, Minister of Trade, Industry, and Energy, "
                        "spoke. The talks were led by Lee Jae-min, Acting Director-General for FTA Negotiations, and Serbia "
                        "sent its trade minister.");
  const auto* j = find_person(m.x, "Lee Jae-min");
  ASSERT_NE(j, nullptr);
  EXPECT_EQ(j->title, "Acting Director-General for FTA Negotiations");
  const auto* o = find_person(m.x, "OKANO Masataka");
  ASSERT_NE(o, nullptr);
  EXPECT_EQ(o->title, "Deputy Minister for Foreign Affairs");
  const auto* l = find_person(m.x, "Ann Lee");
  ASSERT_NE(l, nullptr);
  EXPECT_EQ(l->title, "Minister of Trade, Industry, and Energy");
}

// Gulf releases capitalize "Al" and "Bin" inside a name: they join its parts as "al" and "bin" do,
// so a name of six words is read whole; at a name's head "Al" is a given name.
TEST(People, CapitalizedAlAndBinJoinTheNamesParts) {
  auto m = run_mentions("T",
                        "The meeting was attended by Mohamed Ali Al Shorafa Al Hammadi, Chairman of the Department of "
                        "Economic Development. Sheikh Mohammed Bin Rashid Al Maktoum welcomed the delegation. Former "
                        "Vice President Al Gore spoke.");
  const auto* h = find_person(m.x, "Mohamed Ali Al Shorafa Al Hammadi");
  ASSERT_NE(h, nullptr);
  EXPECT_EQ(h->title, "Chairman of the Department of Economic Development");
  EXPECT_NE(find_person(m.x, "Mohammed Bin Rashid Al Maktoum"), nullptr);
  EXPECT_NE(find_person(m.x, "Al Gore"), nullptr);
}

// "Presidents Gabriel Boric and Gustavo Petro met": the plural of a head title before two full
// names titles each.
TEST(People, PluralPresidentsBeforeTwoNames) {
  auto m = run_mentions("T", "Presidents Luiz Inácio Lula da Silva and Alberto Fernández met on Monday.");
  for (const char* name : {"Luiz Inácio Lula da Silva", "Alberto Fernández"}) {
    const auto* p = find_person(m.x, name);
    ASSERT_NE(p, nullptr) << name;
    EXPECT_EQ(p->title, "President");
  }
}

// A title set off by a comma with a full name right after it is that name's: the capitalized words
// before the comma ("the Steel and Metal Fabrication Master Plan") are no person.
TEST(People, TitleAfterACommaBeforeAFullNameIsThatNames) {
  auto m = run_mentions("T",
                        "The department has launched a review of the Steel and Metal Fabrication Master Plan, "
                        "Minister Parks Tau said on Thursday.");
  ASSERT_EQ(m.x.people.size(), 1u);
  EXPECT_EQ(m.x.people[0].name, "Parks Tau");
  EXPECT_EQ(m.x.people[0].title, "Minister");
}

// A form of address and a name, then "of" and a body: the body is the person's.
TEST(People, BodyAfterANameWithAFormOfAddressIsTheirs) {
  auto m = run_mentions("T", "Dr. Surabhi Ahluwalia of the Directorate General of Foreign Trade (DGFT) also spoke.");
  const auto* p = find_person(m.x, "Surabhi Ahluwalia");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->organization, "DGFT");
}

// "Abdul" inside a Malay name joins its parts as "bin" does, past the four words a name may have
// otherwise: "Datuk Sikh Shamsul Ibrahim Sikh Abdul Majid".
TEST(People, AbdulInsideALongNameJoinsItsParts) {
  auto m = run_mentions("T",
                        "MIDA chief executive officer Datuk Sikh Shamsul Ibrahim Sikh Abdul Majid also attended the "
                        "briefing.");
  ASSERT_EQ(m.x.people.size(), 1u);
  EXPECT_EQ(m.x.people[0].name, "Sikh Shamsul Ibrahim Sikh Abdul Majid");
}

// "The agreement was signed by Minister … X": a signer is no person met; with no country stated,
// the release's own officer. One received "by" someone still keeps none.
TEST(People, SignerNamedAfterByIsTheReleasesOfficer) {
  auto m = run_mentions("T",
                        "ABUJA - The agreement was signed by the Minister of Industry, Trade and Investment, Jumoke "
                        "Oduwole. The delegation was received by Vice Minister of Commerce Wang Shouwen.");
  const auto* o = find_person(m.x, "Jumoke Oduwole");
  ASSERT_NE(o, nullptr);
  EXPECT_EQ(o->country, "NG");
  const auto* w = find_person(m.x, "Wang Shouwen");
  ASSERT_NE(w, nullptr);
  EXPECT_EQ(w->country, "");
}

}  // namespace

namespace {

// "Dr. Thani Al Zeyoudi, UAE Minister of State for Foreign Trade,": a country's name or adjective
// between the comma and the title after a form of address and a name says whose title it is.
TEST(People, CountryBeforeTheTitleAfterAnHonorificAndName) {
  auto m = run_mentions("T",
                        "Dr. Thani bin Ahmed Al Zeyoudi, UAE Minister of State for Foreign Trade, met Dr. Mary Ng, "
                        "Canadian Minister of International Trade, in London.");
  const auto* t = find_person(m.x, "Thani bin Ahmed Al Zeyoudi");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->title, "Minister of State for Foreign Trade");
  EXPECT_EQ(t->country, "AE");
  const auto* n = find_person(m.x, "Mary Ng");
  ASSERT_NE(n, nullptr);
  EXPECT_EQ(n->title, "Minister of International Trade");
  EXPECT_EQ(n->country, "CA");
}

// "Commerce Secretary Howard Lutnick III": a generation's number closes a full name and is kept;
// after one given name it is still a monarch's ("King Abdullah II").
TEST(People, GenerationNumberAfterAFullName) {
  auto m = run_mentions("T", "Commerce Secretary Howard Lutnick III met King Abdullah II on Monday.");
  EXPECT_NE(find_person(m.x, "Howard Lutnick III"), nullptr);
  EXPECT_EQ(find_person(m.x, "Howard Lutnick"), nullptr);
  EXPECT_NE(find_person(m.x, "Abdullah II"), nullptr);
}

// "Minister Tengku Zafrul Aziz … Tengku Zafrul said": the royal prefix opens the shorter form with
// no title before it, which is an alias of the same person, one mention each; alone it names none.
TEST(People, RoyalPrefixOpensAShortFormWithoutATitle) {
  auto m = run_mentions("T",
                        "Investment, Trade and Industry Minister Tengku Zafrul Aziz met the delegation. Tengku Zafrul "
                        "said the talks were productive.");
  ASSERT_EQ(m.x.people.size(), 1u);
  EXPECT_EQ(m.x.people[0].name, "Tengku Zafrul Aziz");
  EXPECT_EQ(m.x.people[0].aliases, (std::vector<std::string>{"Tengku Zafrul"}));
  EXPECT_EQ(m.x.people[0].spans.size(), 2u);
  // With no person of that name, a royal name with no title names a place as often.
  auto h = run_mentions("T", "Patients were moved to Tengku Ampuan Rahimah Hospital in Klang.");
  EXPECT_TRUE(h.x.people.empty());
}

}  // namespace

namespace {

// "ABU DHABI, 5th May, 2025 (WAM) -- Dr. Thani Al Zeyoudi, Minister of State for Foreign Trade,
// received …": a national agency's copy datelined in its own country gives its people that
// country, as the government's own release does; a world agency's copy gives none.
TEST(People, NationalAgencyAtHomeGivesItsCountry) {
  auto m = run_mentions("T",
                        "ABU DHABI, 5th May, 2025 (WAM) -- Dr. Thani Al Zeyoudi, Minister of State for Foreign Trade, "
                        "received the delegation in Abu Dhabi.");
  const auto* t = find_person(m.x, "Thani Al Zeyoudi");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->country, "AE");
  auto w = run_mentions("T",
                        "ABU DHABI, May 5 (Reuters) - Dr. Thani Al Zeyoudi, Minister of State for Foreign Trade, "
                        "received the delegation in Abu Dhabi.");
  const auto* u = find_person(w.x, "Thani Al Zeyoudi");
  ASSERT_NE(u, nullptr);
  EXPECT_EQ(u->country, "");
}

}  // namespace

namespace {

// "H.E. Bin Touq said", "Dr. Al Zeyoudi said" after the full names: a name that opens with a
// particle and runs on within a person's name is a mention of that person, no person of its own.
TEST(People, ParticleLedShortFormRefersToThePerson) {
  auto m = run_mentions("T",
                        "H.E. Abdulla bin Touq Al Marri, Minister of Economy, met Dr. Thani bin Ahmed Al Zeyoudi, "
                        "Minister of State for Foreign Trade. H.E. Bin Touq said the forum was a success. Dr. Al "
                        "Zeyoudi said trade grew.");
  ASSERT_EQ(m.x.people.size(), 2u);
  EXPECT_EQ(find_person(m.x, "Bin Touq"), nullptr);
  EXPECT_EQ(find_person(m.x, "Al Zeyoudi"), nullptr);
  const auto* b = find_person(m.x, "Abdulla bin Touq Al Marri");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->spans.size(), 2u);
  EXPECT_TRUE(b->aliases.empty());
}

// "JAKARTA - … Minister of Trade Zulkifli Hasan of the Ministry of Trade …": a ministry the release
// names with no country is the government's own, and so is its minister.
TEST(People, MinisterOfACountrylessMinistryIsTheGovernments) {
  auto m = run_mentions("T",
                        "JAKARTA - The trade surplus widened in March, Minister of Trade Zulkifli Hasan of the "
                        "Ministry of Trade said on Monday.");
  const auto* z = find_person(m.x, "Zulkifli Hasan");
  ASSERT_NE(z, nullptr);
  EXPECT_EQ(z->country, "ID");
}

}  // namespace

namespace {

// "Minister Al Zeyoudi leads UAE delegation to São Paulo" over a body that names Dr. Thani bin Ahmed
// Al Zeyoudi: the headline's particle-led short form is a mention of that person.
TEST(People, ParticleLedShortFormInTheTitle) {
  auto m = run_mentions("Minister Al Zeyoudi leads UAE delegation to São Paulo",
                        "H.E. Dr. Thani bin Ahmed Al Zeyoudi, UAE Minister of State for Foreign Trade, led a trade "
                        "delegation to Brazil.");
  ASSERT_EQ(m.x.people.size(), 1u);
  EXPECT_EQ(m.x.people[0].name, "Thani bin Ahmed Al Zeyoudi");
  EXPECT_EQ(m.x.people[0].spans.size(), 2u);
}

}  // namespace

namespace {

// "Datuk Seri Tengku Zafrul Abdul Aziz, who was recently appointed Minister of …": a title given in a
// relative clause of appointment after the name's comma is the person's; so after a plain name.
// A clause of anything else ("who met Minister …") gives none.
TEST(People, TitleOfARelativeClauseOfAppointment) {
  auto m = run_mentions("T",
                        "Datuk Seri Amirudin Hassan Shah, who was recently appointed Minister of Economy, "
                        "spoke. Maria Elena Cruz, who has been named Undersecretary for Trade Promotion, attended. "
                        "Rafael Ortiz Lopez, who met Minister of Finance Ana Reyes, left.");
  const auto* a = find_person(m.x, "Amirudin Hassan Shah");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->title, "Minister of Economy");
  const auto* c = find_person(m.x, "Maria Elena Cruz");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->title, "Undersecretary for Trade Promotion");
  const auto* r = find_person(m.x, "Rafael Ortiz Lopez");
  if (r) {
    EXPECT_EQ(r->title, "");
  }
}

}  // namespace

namespace {

// "General Secretary To Lam": in a body, a word of grammar that a headline capitalizes ("To") is
// a name's first word when it stands mid-sentence right after a title and before a name's word.
// In a headline it stays a word of grammar ("Minister To Visit Japan").
TEST(People, CapitalizedWordOfGrammarAfterATitleOpensAName) {
  auto m = run_mentions("Minister To Visit Japan",
                        "Vietnamese Communist Party General Secretary To Lam met Chinese Commerce Minister "
                        "Wang Wentao in Hanoi on Monday.");
  EXPECT_NE(find_person(m.x, "To Lam"), nullptr);
  EXPECT_NE(find_person(m.x, "Wang Wentao"), nullptr);
  for (const auto& p : m.x.people) EXPECT_EQ(p.name.find("Visit"), std::string::npos) << p.name;
}

// "National Association of Manufacturers president Jay Timmons": the body named right before a
// role is the person's, "of" inside its name and no possessive after it.
TEST(People, BodyWithOfBeforeARoleIsTheEmployer) {
  auto m = run_mentions("T",
                        "The National Association of Manufacturers president Jay Timmons urged a deal, and "
                        "U.S. Chamber of Commerce chief executive Suzanne Clark welcomed the pause.");
  const auto* t = find_person(m.x, "Jay Timmons");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->organization, "National Association of Manufacturers");
  const auto* c = find_person(m.x, "Suzanne Clark");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->organization, "U.S. Chamber of Commerce");
}

}  // namespace

namespace {

// "… is expected to meet Commerce Secretary Howard Lutnick": a person one is to meet is a
// counterpart, not the officer of the government whose agency wrote the copy.
TEST(People, APersonToMeetIsNoOfficerOfTheHome) {
  auto m = run_mentions("T",
                        "TOKYO, June 26 (Kyodo) - Japan's chief negotiator Ryosei Akazawa left for Washington on "
                        "Thursday. He is expected to meet Commerce Secretary Howard Lutnick during his stay.");
  const auto* l = find_person(m.x, "Howard Lutnick");
  ASSERT_NE(l, nullptr);
  EXPECT_NE(l->country, "JP");
}

}  // namespace

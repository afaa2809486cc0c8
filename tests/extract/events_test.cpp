#include <gtest/gtest.h>

#include <algorithm>

#include "text/sentence_rules.h"
#include "extract/facts_common.h"
#include "extract/facts_fixture.h"
#include "extract/wire_fixture.h"

namespace tw {
namespace {

using testing::FactDoc;

// A wire dateline before an em dash is not part of an event's name; an en dash between partners
// is.
TEST(Events, ProperNameStopsAtADatelineDash) {
  const std::string a = "BRUSSELS (AP) — The Joint Committee met";
  const size_t ta = a.find("Committee");
  EXPECT_EQ(extract::facts::proper_name(a, ta, ta + 9), "Joint Committee");
  const std::string b = "the Korea – Canada Joint Committee met";
  const size_t tb = b.find("Committee");
  EXPECT_EQ(extract::facts::proper_name(b, tb, tb + 9), "Korea – Canada Joint Committee");
  // An en dash or hyphen standing alone before an article ends a dateline too.
  const std::string c = "LIMA, 1 July – The Free Trade Agreement entered into force";
  const size_t tc = c.find("Agreement");
  EXPECT_EQ(extract::facts::proper_name(c, tc, tc + 9), "Free Trade Agreement");
  const std::string d = "BRASILIA - The Joint Committee met";
  const size_t td = d.find("Committee");
  EXPECT_EQ(extract::facts::proper_name(d, td, td + 9), "Joint Committee");
  const std::string e = "the Peru – Chile Joint Committee met";
  const size_t te = e.find("Committee");
  EXPECT_EQ(extract::facts::proper_name(e, te, te + 9), "Peru – Chile Joint Committee");
}

// A speaker's label or a lead-in before a colon is no part of a name ("Southeast TV: The XVI
// BRICS Summit"); a Roman numeral opening the name counts it, in its standard form only.
TEST(Events, ProperNameStopsAtAColonAndCountsARomanNumeral) {
  auto name_of = [](const std::string& text, std::string_view trigger, std::optional<int>* ord) {
    const size_t t = text.find(trigger);
    return extract::facts::proper_name(text, t, t + trigger.size(), nullptr, ord);
  };
  std::optional<int> ord;
  EXPECT_EQ(name_of("Southeast TV: The XVI BRICS Summit is taking place in Kazan.", "Summit", &ord), "XVI BRICS Summit");
  EXPECT_EQ(ord, 16);
  ord.reset();
  EXPECT_EQ(name_of("Trade Update: Korea Joint Committee met.", "Committee", &ord), "Korea Joint Committee");
  EXPECT_FALSE(ord);
  EXPECT_EQ(name_of("the IX Summit of the Americas opened.", "Summit", &ord), "IX Summit of the Americas");
  EXPECT_EQ(ord, 9);
  for (const char* text : {"the IIII Summit opened.", "the VX Summit opened.", "the CIVIL Summit opened.",
                           "the I Summit opened.", "the CII Partnership Summit opened.", "the LX Summit opened."}) {
    ord.reset();
    name_of(text, "Summit", &ord);
    EXPECT_FALSE(ord) << text;
  }
}

// A sentence end before a name is no part of it; "U.S." is, and so is a paragraph number.
TEST(Events, ProperNameStopsAtASentenceEnd) {
  const std::string a = "talks with counterpart Binali Yildirim. The Turkey-Singapore FTA was signed";
  const size_t ta = a.find("FTA");
  EXPECT_EQ(extract::facts::proper_name(a, ta, ta + 3), "Turkey-Singapore FTA");
  const std::string b = "with Russia. 1. Meeting";
  const size_t tb = b.find("Meeting");
  EXPECT_EQ(extract::facts::proper_name(b, tb, tb + 7), "1. Meeting");
  const std::string d = "signed on Thursday, September 28. The Business Forum";
  const size_t td = d.find("Forum");
  EXPECT_EQ(extract::facts::proper_name(d, td, td + 5), "Business Forum");
  // An article capitalized because it opens a sentence is no part of a name; a capitalized word is.
  const std::string art = "in Mexico City. A Memorandum of Understanding was signed";
  const size_t tart = art.find("Understanding");
  EXPECT_EQ(extract::facts::proper_name(art, tart, tart + 13), "Memorandum of Understanding");
  const std::string cap = "in Mexico City. Atlantic Council of Understanding met";
  const size_t tcap = cap.find("Understanding");
  EXPECT_EQ(extract::facts::proper_name(cap, tcap, tcap + 13), "Atlantic Council of Understanding");
  const std::string c = "under the Korea–U.S. Joint Committee";
  const size_t tc = c.find("Committee");
  EXPECT_EQ(extract::facts::proper_name(c, tc, tc + 9), "Korea–U.S. Joint Committee");
  // A joiner the trigger ends with opens no complement before a weekday; the trigger alone is no name.
  const std::string f = "reached a deal on the EU-Chile Advanced Framework Agreement on Friday.";
  const size_t tf = f.find("Agreement on");
  EXPECT_EQ(extract::facts::proper_name(f, tf, tf + 12), "EU-Chile Advanced Framework Agreement");
  const std::string g = "An Agreement on Friday.";
  const size_t tg = g.find("Agreement on");
  EXPECT_EQ(extract::facts::proper_name(g, tg, tg + 12), "");
  // A date after "on" is the event's, not part of its name, whether it follows the trigger or the
  // name's complement; a number that opens no date may be part of it.
  const std::string h = "a speech at the 30th Nikkei Forum on the Future of Asia on 29 May 2025.";
  const size_t th = h.find("Forum");
  EXPECT_EQ(extract::facts::proper_name(h, th, th + 5), "30th Nikkei Forum on the Future of Asia");
  const std::string i = "the Nikkei Forum on 29 May.";
  const size_t ti = i.find("Forum");
  EXPECT_EQ(extract::facts::proper_name(i, ti, ti + 5), "Nikkei Forum");
  const std::string j = "the Global Conference on 5G Networks on Monday.";
  const size_t tj = j.find("Conference");
  EXPECT_EQ(extract::facts::proper_name(j, tj, tj + 10), "Global Conference on 5G Networks");
  // Days joined by a dash before a month open a date too ("on 10-11 March 2025").
  const std::string k2 = "the 16th meeting of the Council of Ministers Responsible for Trade on 10-11 March 2025 in Accra.";
  const size_t tk2 = k2.find("Council");
  EXPECT_EQ(extract::facts::proper_name(k2, tk2, tk2 + 7), "Council of Ministers Responsible for Trade");
  const std::string l2 = "the Trade Council on 10\xE2\x80\x93" "11 March.";
  const size_t tl2 = l2.find("Council");
  EXPECT_EQ(extract::facts::proper_name(l2, tl2, tl2 + 7), "Trade Council");
  // An acronym in parentheses stands for the words before it: it opens no name.
  const std::string k = "to conclude free trade agreement (FTA) talks this year";
  const size_t tk = k.find("talks");
  EXPECT_EQ(extract::facts::proper_name(k, tk, tk + 5), "");
  const std::string l = "the Regional Comprehensive Economic Partnership (RCEP) Summit";
  const size_t tl = l.find("Summit");
  EXPECT_EQ(extract::facts::proper_name(l, tl, tl + 6), "Regional Comprehensive Economic Partnership (RCEP) Summit");
  const std::string m = "at the Council (Foreign Affairs Council in Luxembourg";
  const size_t tm = m.find("Council in");
  EXPECT_NE(extract::facts::proper_name(m, tm, tm + 7), "Affairs Council");  // a word opening a parenthesis stays
  // A percentage ends a sentence as a word does.
  const std::string e = "trade rose 16%. The Fifth Round";
  const size_t te = e.find("Round");
  EXPECT_EQ(extract::facts::proper_name(e, te, te + 5), "Fifth Round");
}

// Only a day dates an event: a fiscal year in months ("FDI during 2008-09", in a sentence with a
// meeting word) is the period of its figures; the day the minister spoke dates the summit.
TEST(Events, AFiscalYearInMonthsDatesNoEvent) {
  FactDoc d("Nath upbeat about FDI",
            "India may receive over $30 billion in FDI this fiscal, Minister Kamal Nath said on Monday, though the "
            "country received $18.7 billion in the first seven months of 2008-09. FDI could top $30 billion, Nath "
            "told reporters on the sidelines of the CII Partnership Summit. Minister of State Ashwani Kumar "
            "told the India-UK Business Council that FDI during 2008-09 will be $35 billion.",
            {2009, 1, 20});
  d.country("IN", "India").country("IN", "India-UK").country("GB", "UK Business");
  d.date("Monday", "2009-01-19").date("2008-09", "2008-04/2009-03").date("2008-09", "2008-04/2009-03", 1);
  d.run(extract::make_events_stage);
  ASSERT_FALSE(d.x.events.empty());
  EXPECT_EQ(d.x.events[0].start, "2009-01-19");
  EXPECT_TRUE(extract::facts::split_date("2025-06-23/2025-06-27").is_day());
  EXPECT_FALSE(extract::facts::split_date("2008-04/2009-03").is_day());
  EXPECT_FALSE(extract::facts::split_date("2025-06").is_day());
}

// "the target had been met": "met" in the passive is a target reached, no meeting; one met by
// someone still is.
TEST(Events, APassiveMetIsNoMeetingUnlessMetBySomeone) {
  FactDoc d("Export target raised",
            "Commerce Secretary Mahbubur Rahman said the target for the first quarter had been met, with exports "
            "of $12.3 billion.",
            {2025, 10, 22});
  d.run(extract::make_events_stage);
  for (const auto& e : d.x.events) EXPECT_NE(e.type, "meeting");
  FactDoc m("Minister in Tokyo",
            "On arrival the Minister was met by Japan's Vice Minister for Economic Affairs. The Minister met the "
            "Governor of Tokyo on Monday.",
            {2025, 10, 22});
  m.country("JP", "Japan");
  m.run(extract::make_events_stage);
  ASSERT_FALSE(m.x.events.empty());
  EXPECT_EQ(m.x.events[0].type, "meeting");
}

// "requested dispute settlement consultations with Canada under the WTO": a request that opens a
// WTO case holds no talks, so it is no meeting; consultations held still are.
TEST(Events, WtoConsultationsRequestedAreNoMeeting) {
  for (const char* body :
       {"The Office of the United States Trade Representative today requested dispute settlement consultations "
        "with Canada concerning its dairy quotas.",
        "Canada has requested WTO consultations with China regarding its duties on canola seed.",
        "The European Union has requested consultations with China at the World Trade Organization."}) {
    FactDoc d("Request for consultations over duties", body, {2025, 5, 12});
    d.run(extract::make_events_stage);
    for (const auto& e : d.x.events) EXPECT_NE(e.type, "meeting") << body;
  }
  FactDoc held("Officials hold consultations", "Officials of the two sides held consultations in Geneva on Monday.",
               {2025, 5, 12});
  held.date("Monday", "2025-05-12");
  held.run(extract::make_events_stage);
  ASSERT_FALSE(held.x.events.empty());
  EXPECT_EQ(held.x.events[0].type, "meeting");
}

// "signed … on the sidelines of the ASEAN summit hosted by Malaysia": the host of another gathering
// is that occasion's, no side of the signing; a country hosting the event itself still is one.
TEST(Events, HostOfAnotherGatheringIsNoPartner) {
  FactDoc d("China and ASEAN sign upgraded pact",
            "China and ASEAN signed an upgraded free trade agreement on Tuesday on the sidelines of the summit "
            "hosted by Malaysia.",
            {2025, 10, 28});
  d.country("CN", "China").bloc("ASEAN", "ASEAN").country("MY", "Malaysia");
  d.date("Tuesday", "2025-10-28");
  d.run(extract::make_events_stage);
  ASSERT_FALSE(d.x.events.empty());
  const auto& partners = d.x.events[0].partners;
  EXPECT_EQ(std::count(partners.begin(), partners.end(), "MY"), 0);
  EXPECT_EQ(std::count(partners.begin(), partners.end(), "ASEAN"), 1);
  FactDoc c("Mercosur and EFTA sign free trade agreement",
            "Mercosur and EFTA signed a free trade agreement on Tuesday at a ceremony hosted by Brazil, the EFTA "
            "Secretariat said.",
            {2025, 9, 16});
  c.bloc("MERCOSUR", "Mercosur").bloc("EFTA", "EFTA").country("BR", "Brazil");
  c.date("Tuesday", "2025-09-16");
  c.run(extract::make_events_stage);
  ASSERT_FALSE(c.x.events.empty());
  EXPECT_EQ(std::count(c.x.events[0].partners.begin(), c.x.events[0].partners.end(), "BR"), 0);
}

// "New Delhi: … Goyal will visit Riyadh, Saudi Arabia on 28-29 October": past the dateline's city,
// the city visited is where the visit takes place.
TEST(Events, CityVisitedPastTheDateline) {
  FactDoc d("Minister visits Saudi Arabia",
            "New Delhi: Minister of Commerce and Industry Piyush Goyal will visit Riyadh, Saudi Arabia on 28-29 "
            "October 2025 to co-chair the ministerial meeting.",
            {2025, 10, 27});
  d.country("SA", "Saudi Arabia").person("Piyush Goyal");
  d.date("28-29 October 2025", "2025-10-28/2025-10-29");
  d.run(extract::make_events_stage);
  ASSERT_FALSE(d.x.events.empty());
  EXPECT_EQ(d.x.events[0].city, "Riyadh");
  EXPECT_EQ(d.x.events[0].country, "SA");
}

// "Minister Ng to travel to Japan and Korea" over "will travel to Tokyo, Japan, and Seoul … from
// April 14 to 19": a trip announced by its verb is a visit on its own days; a stronger event word
// of the sentence ("will travel to Jakarta for the Ministerial Trade Meeting") still decides.
TEST(Events, TravelToIsAVisit) {
  FactDoc d("Minister to travel to Japan",
            "The Minister of International Trade will travel to Tokyo, Japan, from April 14 to 19, 2024.",
            {2024, 4, 12});
  d.country("JP", "Japan", 0, true).country("JP", "Japan");
  d.date("April 14 to 19, 2024", "2024-04-14/2024-04-19");
  d.run(extract::make_events_stage);
  ASSERT_FALSE(d.x.events.empty());
  EXPECT_EQ(d.x.events[0].type, "visit");
  EXPECT_EQ(d.x.events[0].start, "2024-04-14");
  FactDoc m("Minister to travel to Indonesia",
            "The Minister will travel to Jakarta on 14 May for the Ministerial Trade Meeting.", {2025, 5, 12});
  m.date("14 May", "2025-05-14");
  m.run(extract::make_events_stage);
  ASSERT_FALSE(m.x.events.empty());
  EXPECT_EQ(m.x.events[0].type, "meeting");
}

TEST(Events, TitleEventFirstWithItsBodyDateAndSideMeetingTheDayBefore) {
  FactDoc d("Korea–U.S. to Strengthen Supply Chain Cooperation Through Standardization",
            "The Korean Agency for Technology and Standards under the Ministry of Trade, Industry and Resources "
            "(MOTIR) held the 5th Korea–U.S. Standards Forum on Thursday, December 4, at The Shilla Seoul. "
            "Prior to the forum, KATS and ANSI held their regular bilateral meeting on Wednesday, December 3, to "
            "share their strategies.",
            {2025, 12, 4});
  d.country("KR", "Korea", 0, true).country("US", "U.S.", 0, true).country("KR", "Korean").country("KR", "Korea–", 0);
  d.country("US", "U.S. Standards");
  d.date("Thursday, December 4", "2025-12-04").date("Wednesday, December 3", "2025-12-03");
  d.run(extract::make_events_stage);
  ASSERT_EQ(d.x.events.size(), 2u);
  const Event& f = d.x.events[0];
  EXPECT_EQ(f.type, "conference");
  EXPECT_EQ(f.start, "2025-12-04");
  EXPECT_EQ(f.name, "5th Korea–U.S. Standards Forum");
  EXPECT_EQ(f.ordinal, 5);
  EXPECT_EQ(f.venue, "The Shilla Seoul");
  EXPECT_EQ(f.city, "Seoul");
  EXPECT_EQ(f.partners, std::vector<std::string>{"US"});  // not the reporting country KR
  EXPECT_EQ(d.x.events[1].type, "meeting");
  EXPECT_EQ(d.x.events[1].start, "2025-12-03");
}

TEST(Events, StartIsTheEventDayNotThePublicationDay) {
  FactDoc d("5th Central Asia Policy Forum",
            "Park Jung-sung, Deputy Minister for Trade at the Ministry of Trade, Industry and Resources (MOTIR), "
            "attended the 5th Central Asia Policy Forum held on Tuesday, December 2, at Lotte Hotel World in Seoul. "
            "He added that the forum marks an important milestone in preparations for next year’s inaugural "
            "Korea–Central Asia Summit.",
            {2025, 12, 3});
  d.bloc("CENTRAL_ASIA", "Central Asia", 0, true).bloc("CENTRAL_ASIA", "Central Asia").bloc("CENTRAL_ASIA", "Central Asia", 1);
  d.date("Tuesday, December 2", "2025-12-02").date("next year", "2026");
  d.person("Park Jung-sung");
  d.run(extract::make_events_stage);
  ASSERT_EQ(d.x.events.size(), 2u);
  EXPECT_EQ(d.x.events[0].type, "conference");
  EXPECT_EQ(d.x.events[0].start, "2025-12-02");
  EXPECT_EQ(d.x.events[0].venue, "Lotte Hotel World");
  EXPECT_EQ(d.x.events[0].participants, std::vector<std::string>{"Park Jung-sung"});
  // The scheduled summit is an event of its own, dated by "next year".
  EXPECT_EQ(d.x.events[1].type, "conference");
  EXPECT_EQ(d.x.events[1].start, "2026");
  EXPECT_EQ(d.x.events[1].ordinal, 1);  // "inaugural"
}

TEST(Events, WeakTitleVerbYieldsToTheBodyEventNoun) {
  FactDoc d("Korea and African Countries Discuss Ways to Expand Trade and Industry Cooperation",
            "The Ministry of Trade, Industry and Resources held the “2025 Korea–Africa Trade and Industry Cooperation "
            "Forum” on Monday, December 15, 2025, in Seoul.",
            {2025, 12, 15});
  d.date("2025", "2025").date("Monday, December 15, 2025", "2025-12-15");
  d.run(extract::make_events_stage);
  ASSERT_EQ(d.x.events.size(), 1u);  // the edition year in the name dates nothing
  EXPECT_EQ(d.x.events[0].type, "conference");
  EXPECT_EQ(d.x.events[0].start, "2025-12-15");
}

// "have concluded negotiations on a CEPA … said on Tuesday" in the body reports the title's
// conclusion; a later "would be signed later this year" is another, later step. A round that
// concluded is still a negotiation.
TEST(Events, BodyConcludingTheNegotiationsReportsTheConclusion) {
  FactDoc d("Philippines, UAE conclude CEPA negotiations",
            "MANILA - The Philippines and the United Arab Emirates have concluded negotiations on a Comprehensive "
            "Economic Partnership Agreement (CEPA), the Trade Secretary said on Tuesday. The minister said the deal "
            "would be signed later this year.",
            {2024, 6, 5});
  d.country("PH", "Philippines").country("AE", "United Arab Emirates");
  d.date("Tuesday", "2024-06-04").date("this year", "2024");
  d.run(extract::make_events_stage);
  ASSERT_FALSE(d.x.events.empty());
  EXPECT_EQ(d.x.events[0].type, "agreement");
  EXPECT_EQ(d.x.events[0].start, "2024-06-04");
  FactDoc r("Fifth round of negotiations concluded",
            "The fifth round of negotiations concluded in Lima on Tuesday.", {2024, 6, 5});
  r.date("Tuesday", "2024-06-04");
  r.run(extract::make_events_stage);
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].type, "negotiation");
}

// A political agreement or an agreement in principle ends the talks in substance: an agreement
// event on its day. An agreement merely mentioned is none.
TEST(Events, PoliticalAgreementIsTheTalksEnd) {
  FactDoc d("EU and Mercosur reach political agreement",
            "BRUSSELS - The European Union and Mercosur reached a political agreement on their trade agreement on "
            "6 December 2024 in Montevideo.",
            {2024, 12, 7});
  d.bloc("EU", "European Union").bloc("MERCOSUR", "Mercosur");
  d.date("6 December 2024", "2024-12-06");
  d.run(extract::make_events_stage);
  ASSERT_FALSE(d.x.events.empty());
  EXPECT_EQ(d.x.events[0].type, "agreement");
  EXPECT_EQ(d.x.events[0].start, "2024-12-06");
  FactDoc n("Ministers discuss trade", "The ministers discussed their trade agreement on 6 December 2024.",
            {2024, 12, 7});
  n.date("6 December 2024", "2024-12-06");
  n.run(extract::make_events_stage);
  for (const auto& e : n.x.events) EXPECT_NE(e.type, "agreement");
}

TEST(Events, ConcludedNegotiationsAreAnAgreementEvent) {
  FactDoc d("Korea and the UK Conclude Upgrade Negotiations for the Korea–UK Free Trade Agreement",
            "Trade Minister Yeo Han-koo and Sir Chris Bryant met in London on Monday, December 15, and signed a joint "
            "declaration confirming the conclusion of the upgrade negotiations.",
            {2025, 12, 17});
  d.date("Monday, December 15", "2025-12-15");
  d.run(extract::make_events_stage);
  ASSERT_FALSE(d.x.events.empty());
  EXPECT_EQ(d.x.events[0].type, "agreement");
  EXPECT_EQ(d.x.events[0].start, "2025-12-15");
  EXPECT_EQ(d.x.events[0].city, "London");
  EXPECT_EQ(d.x.events[0].country, "GB");
}

// "… attended by H.E. Dr. Khalid bin Abdullah Al Falih, Saudi Minister of Investment": a name's own
// "bin" is no "in" placing the event in the words before a country; "in Cali, Colombia" still is.
TEST(Events, NameParticleBinPlacesNoCity) {
  const Record r = tw::testing::extract_whole(
      "Ministers meet on investment",
      "The meeting on Tuesday was also attended by H.E. Dr. Khalid bin Abdullah Al Falih, Saudi Minister of "
      "Investment, who is on an official visit.",
      "2026-05-20");
  for (const auto& ev : r.x.events) EXPECT_EQ(ev.city.find("Abdullah"), std::string::npos) << ev.city;
  const Record cali = tw::testing::extract_whole(
      "Ministers meet", "The meeting on Tuesday in Cali, Colombia was attended by the minister.", "2026-05-20");
  ASSERT_FALSE(cali.x.events.empty());
  EXPECT_EQ(cali.x.events[0].city, "Cali");
}

// "Qais bin Mohammed Al Yousef, Minister of Commerce, Industry and Investment Promotion, met …": an
// event word in the title given with a name is the office's portfolio; the same words naming an
// occasion still do.
TEST(Events, EventWordInAPersonsTitleIsNoOccasion) {
  const Record r = tw::testing::extract_whole(
      "Oman, Japan discuss investment",
      "MUSCAT - Qais bin Mohammed Al Yousef, Minister of Commerce, Industry and Investment Promotion, met with "
      "Hiroshi Takeuchi, Japan's Ambassador to Oman, on Monday.",
      "2026-05-20");
  for (const auto& ev : r.x.events) EXPECT_NE(ev.type, "conference") << ev.name;
  const Record own = tw::testing::extract_whole(
      "Oman holds investment promotion event in Osaka",
      "MUSCAT - The Ministry of Commerce held an investment promotion event in Osaka on Monday.", "2026-05-20");
  ASSERT_FALSE(own.x.events.empty());
  EXPECT_EQ(own.x.events[0].type, "conference");
}

TEST(Events, BackgroundMeetingsAreNotNews) {
  FactDoc d("MOTIR and China’s Ministry of Commerce Discuss Follow-up Measures",
            "JK Kim visited Beijing from Thursday, December 11 to Friday, December 12, 2025, to hold a Korea–China "
            "Trade Ministers’ Meeting with Wang Wentao. The meeting marked the first standalone meeting in seven "
            "years, following the previous meeting held in Beijing in June 2018.",
            {2025, 12, 15});
  d.country("CN", "China", 0, true).country("CN", "China");
  d.date("Thursday, December 11 to Friday, December 12, 2025", "2025-12-11/2025-12-12").date("June 2018", "2018-06");
  d.run(extract::make_events_stage);
  ASSERT_EQ(d.x.events.size(), 1u);
  EXPECT_EQ(d.x.events[0].type, "meeting");  // the meeting the visit was for, not the visit
  EXPECT_EQ(d.x.events[0].start, "2025-12-11");
  EXPECT_EQ(d.x.events[0].end, "2025-12-12");
  EXPECT_EQ(d.x.events[0].city, "Beijing");
}

// A wire dateline is where the story was filed: a city the sentence places the meeting in comes
// first; with none, the dateline city serves.
TEST(Events, CityInTheSentenceBeforeTheDateline) {
  FactDoc d("Australia trade minister to meet counterpart",
            "CANBERRA, Feb 6 (Reuters) - Australia trade minister Don Farrell said on Monday he had agreed to a "
            "meeting with Chinese counterpart Wang Wentao in Beijing.",
            {2023, 2, 6});
  d.country("AU", "Australia", 0, true).country("AU", "Australia").country("CN", "Chinese");
  d.date("Feb 6", "2023-02-06").date("Monday", "2023-02-06");
  d.run(extract::make_events_stage);
  ASSERT_FALSE(d.x.events.empty());
  EXPECT_EQ(d.x.events[0].city, "Beijing");
  FactDoc e("Ministers meet",
            "SEOUL, Dec 1 (Yonhap) - The trade ministers of Korea and Japan held a meeting on Monday.",
            {2025, 12, 1});
  e.country("KR", "Korea").country("JP", "Japan");
  e.date("Dec 1", "2025-12-01").date("Monday", "2025-12-01");
  e.run(extract::make_events_stage);
  ASSERT_FALSE(e.x.events.empty());
  EXPECT_EQ(e.x.events[0].city, "Seoul");
}

// A city opening a transcript's turn label ("Shanghai Securities News: …") names the outlet that
// asks, not where the event is held; a city before a dateline's colon ("SHANGHAI: …") is one.
TEST(Events, CityOfAnOutletsLabelIsNoVenue) {
  for (bool label : {true, false}) {
    const std::string lead = label ? "Shanghai Securities News: The" : "SHANGHAI: The";
    FactDoc d("MOFCOM Regular Press Conference",
              lead + " first China-Central Asia Summit was held on May 18 and 19. What achievements have been made?",
              {2023, 5, 25});
    d.country("CN", "China");
    d.date("May 18 and 19", "2023-05-18/2023-05-19");
    d.run(extract::make_events_stage);
    ASSERT_FALSE(d.x.events.empty()) << label;
    const auto it = std::find_if(d.x.events.begin(), d.x.events.end(), [](const Event& e) { return e.type == "conference"; });
    ASSERT_NE(it, d.x.events.end()) << label;
    EXPECT_EQ(it->city, label ? "" : "Shanghai") << label;
  }
  FactDoc d("MOFCOM Regular Press Conference",
            "Shanghai Securities News: The first China-Central Asia Summit was held on May 18 and 19 in Xi'an. "
            "What achievements have been made?",
            {2023, 5, 25});
  d.country("CN", "China");
  d.date("May 18 and 19", "2023-05-18/2023-05-19");
  d.run(extract::make_events_stage);
  const auto it = std::find_if(d.x.events.begin(), d.x.events.end(), [](const Event& e) { return e.type == "conference"; });
  ASSERT_NE(it, d.x.events.end());
  EXPECT_EQ(it->city, "Xi'an");
}

// A speech's heading closes with the city it was given in ("… Ministerial Meeting, Sydney"): the
// event takes place there when the body names no city; a city inside a longer name closing the
// heading ("…, Sydney Harbour Forum") is none, and a city the body names comes first.
TEST(Events, CityClosingASpeechsHeading) {
  auto city_of = [](const std::string& title, const std::string& body) {
    FactDoc d(title, body, {2014, 10, 25});
    d.run(extract::make_events_stage);
    return d.x.events.empty() ? std::string("-") : d.x.events[0].city;
  };
  const std::string body = "We have got this meeting at a very important time. We are working to conclude this agreement.";
  EXPECT_EQ(city_of("Remarks to Trans-Pacific Partnership Agreement Ministerial Meeting, Sydney", body), "Sydney");
  EXPECT_EQ(city_of("Remarks to Trans-Pacific Partnership Agreement Ministerial Meeting, Sydney Harbour Forum", body), "");
  EXPECT_EQ(city_of("Remarks to Trans-Pacific Partnership Agreement Ministerial Meeting, Sydney",
                    "We have got this meeting in Canberra at a very important time."),
            "Canberra");
}

TEST(Events, ReadoutOfAnotherGovernmentHasItsOwnReporter) {
  FactDoc d("Readout of Ambassador Katherine Tai's Meeting with Mexico’s Secretary of Economy",
            "WASHINGTON – United States Trade Representative Katherine Tai today met with Mexico’s Secretary of "
            "Economy. The United States and Mexico discussed the USMCA.",
            {2022, 12, 1});
  d.country("MX", "Mexico", 0, true).country("US", "United States").country("MX", "Mexico").country("US", "United States", 1);
  d.country("MX", "Mexico", 1);
  d.date("today", "2022-12-01");
  d.run(extract::make_events_stage);
  ASSERT_EQ(d.x.events.size(), 1u);
  EXPECT_EQ(d.x.events[0].type, "meeting");
  EXPECT_EQ(d.x.events[0].start, "2022-12-01");
  EXPECT_EQ(d.x.events[0].partners, std::vector<std::string>{"MX"});
}

// A wire dateline ("SEOUL - ") whose country the body names says who speaks when no voice does:
// the partner named as often as the publisher is still the partner.
TEST(Events, CapitalDatelineCountryNamedInTheBodyIsTheReporter) {
  FactDoc d("South Korea, Central American nations sign free trade agreement",
            "SEOUL - South Korea on Wednesday signed a free trade agreement with Panama and Costa Rica. The "
            "pact was signed by the South Korean trade minister. Costa Rica welcomed the deal.",
            {2018, 2, 21});
  d.country("KR", "South Korea", 0, true).country("KR", "South Korea").country("KR", "South Korean");
  d.country("PA", "Panama").country("CR", "Costa Rica").country("CR", "Costa Rica", 1);
  d.date("Wednesday", "2018-02-21");
  d.run(extract::make_events_stage);
  ASSERT_FALSE(d.x.events.empty());
  EXPECT_EQ(d.x.events[0].type, "agreement");
  EXPECT_EQ(d.x.events[0].partners, (std::vector<std::string>{"CR", "PA"}));
}

// Negative: a release datelined in its own case where its event takes place ("Hanoi – The United
// States and Vietnam met") names the host there, not the publisher.
TEST(Events, MixedCaseDatelineOfTheHostIsNoReporter) {
  FactDoc d("United States and Vietnam Hold Council Meeting",
            "Hanoi – The United States and Vietnam met today under their Trade and Investment Framework "
            "Agreement. The United States raised market access for the United States exporters.",
            {2023, 12, 6});
  d.country("US", "United States", 0, true).country("VN", "Vietnam", 0, true);
  d.country("US", "United States").country("VN", "Vietnam").country("US", "United States", 1);
  d.country("US", "United States", 2);
  d.date("today", "2023-12-06");
  d.run(extract::make_events_stage);
  ASSERT_FALSE(d.x.events.empty());
  EXPECT_EQ(d.x.events[0].type, "meeting");
  EXPECT_EQ(d.x.events[0].partners, std::vector<std::string>{"VN"});
}

// A bloc naming the gathering a bilateral meeting was held beside ("on the margins of the joint
// meeting of the Asia-Pacific Economic Cooperation (APEC) Ministers", "as host of this year's APEC
// ministerial meeting") is the occasion, not a counterpart; the country met is.
TEST(Events, BlocNamingAnotherGatheringIsNoPartner) {
  for (const bool host : {false, true}) {
    const std::string body =
        host ? "OTTAWA - On November 25, during a follow-up meeting with Minister Tane, Minister Ng commended "
               "his leadership as host of this year's Asia-Pacific Economic Cooperation (APEC) ministerial meeting "
               "and noted the efforts of New Zealand."
             : "OTTAWA - On November 25, Minister Ng met with New Zealand's Minister Tane on the margins of the "
               "joint meeting of the Asia-Pacific Economic Cooperation (APEC) Ministers Responsible for Trade.";
    FactDoc d("Minister Ng speaks with New Zealand's trade minister", body, {2021, 11, 26});
    d.country("NZ", "New Zealand", 0, true).country("NZ", "New Zealand");
    d.bloc("APEC", "Asia-Pacific Economic Cooperation").bloc("APEC", "APEC");
    d.date("November 25", "2021-11-25");
    d.run(extract::make_events_stage);
    ASSERT_FALSE(d.x.events.empty()) << host;
    EXPECT_EQ(d.x.events[0].type, "meeting") << host;
    EXPECT_EQ(d.x.events[0].partners, std::vector<std::string>{"NZ"}) << host;
  }
}

// Negative: a bloc the meeting is with stays a partner, and so does a bloc whose gathering is the
// event itself ("attended the APEC Ministerial Meeting") or the only counterpart named.
TEST(Events, BlocMetOrAttendedIsAPartner) {
  {
    FactDoc d("Minister meets APEC ministers",
              "OTTAWA - On November 25, Minister Ng met ministers of the Asia-Pacific Economic Cooperation (APEC) "
              "on the margins of the joint meeting of the Asia-Pacific Economic Cooperation Ministers.",
              {2021, 11, 26});
    d.bloc("APEC", "Asia-Pacific Economic Cooperation").bloc("APEC", "APEC");
    d.bloc("APEC", "Asia-Pacific Economic Cooperation", 1);
    d.date("November 25", "2021-11-25");
    d.run(extract::make_events_stage);
    ASSERT_FALSE(d.x.events.empty());
    EXPECT_EQ(d.x.events[0].partners, std::vector<std::string>{"APEC"});
  }
  {
    FactDoc d("Minister Ng attends meeting with New Zealand and the EU",
              "OTTAWA - On November 25, Minister Ng held a meeting with New Zealand and the EU on the "
              "margins of the joint meeting of APEC ministers.",
              {2021, 11, 26});
    d.country("NZ", "New Zealand", 0, true).country("NZ", "New Zealand");
    d.bloc("EU", "EU", 0, true).bloc("EU", "EU").bloc("APEC", "APEC");
    d.date("November 25", "2021-11-25");
    d.run(extract::make_events_stage);
    ASSERT_FALSE(d.x.events.empty());
    EXPECT_EQ(d.x.events[0].partners, (std::vector<std::string>{"EU", "NZ"}));
  }
}

// The country a meeting's or a conference's noun is "in" is where it is held, not a counterpart
// ("on the margins of the APEC ministerial meeting in Thailand"); a country after another noun's
// "in" ("investment in Thailand") may be one.
TEST(Events, CountryAGatheringIsInIsItsVenue) {
  for (const bool venue : {true, false}) {
    const std::string body =
        venue ? "WASHINGTON - US Trade Representative Katherine Tai met with Chinese Minister of Commerce Wang "
                "Wentao on the margins of the APEC ministerial meeting in Thailand on Friday."
              : "WASHINGTON - US Trade Representative Katherine Tai met with Chinese Minister of Commerce Wang "
                "Wentao on Friday to discuss investment in Thailand.";
    FactDoc d("Tai, Wang discuss bilateral trade", body, {2022, 11, 18});
    d.country("US", "US").country("CN", "Chinese");
    d.country("TH", "Thailand");
    d.date("Friday", "2022-11-18");
    d.run(extract::make_events_stage);
    ASSERT_FALSE(d.x.events.empty()) << venue;
    const std::vector<std::string> want = venue ? std::vector<std::string>{"CN"} : std::vector<std::string>{"CN", "TH"};
    EXPECT_EQ(d.x.events[0].partners, want) << venue;
  }
}

// A call reported with its day between the verb and "with" ("spoke yesterday with") is the
// release's meeting, dated by that day; a city-state closing the counterpart's title ("Minister for
// Trade and Industry, Singapore") is the government, not where the call took place.
TEST(Events, CallWithACityStatesMinisterHasNoCity) {
  for (const bool titled : {true, false}) {
    const std::string body =
        titled ? "The Honourable Mary Ng, Minister of International Trade, spoke yesterday with Gan Kim Yong, "
                 "Minister for Trade and Industry, Singapore. This includes work as partners under the CPTPP and "
                 "through multilateral forums."
               : "The Honourable Mary Ng, Minister of International Trade, met yesterday with Gan Kim Yong in "
                 "Singapore. This includes work as partners under the CPTPP and through multilateral forums.";
    FactDoc d("Minister Ng speaks with Singapore's Minister for Trade and Industry", body, {2021, 6, 11});
    d.country("SG", "Singapore", 0, true).country("SG", "Singapore");
    d.bloc("CPTPP", "CPTPP");
    d.date("yesterday", "2021-06-10");
    d.person("Mary Ng").person("Gan Kim Yong");
    d.x.people[0].title = "Minister of International Trade";
    d.x.people[1].title = titled ? "Minister for Trade and Industry, Singapore" : "";
    d.run(extract::make_events_stage);
    ASSERT_FALSE(d.x.events.empty()) << titled;
    const auto& e = d.x.events[0];
    EXPECT_EQ(e.type, "meeting") << titled;
    EXPECT_EQ(e.start, "2021-06-10") << titled;
    EXPECT_EQ(e.partners, std::vector<std::string>{"SG"}) << titled;
    EXPECT_EQ(e.city, titled ? "" : "Singapore") << titled;
  }
}

// A city inside an organization's name ("the Ottawa Group Ministerial meeting", "the Seoul Japan
// Club") does not place the event there; a city the event is held in does.
TEST(Events, CityInsideAnOrganizationsNameIsNoEventCity) {
  for (const bool in_name : {true, false}) {
    const std::string body =
        in_name ? "Minister Ng spoke with the Secretary of Economy of Mexico on Friday, May 29. Minister Ng "
                  "highlighted the virtual Ottawa Group Ministerial meeting in June 2020."
                : "Minister Ng spoke with the Secretary of Economy of Mexico on Friday, May 29. Minister Ng "
                  "highlighted the Ottawa Group Ministerial meeting in Ottawa in June 2020.";
    FactDoc d("Readout: Minister Ng speaks with Mexico's Secretary of Economy", body, {2020, 5, 30});
    d.country("MX", "Mexico", 0, true).country("MX", "Mexico");
    d.date("Friday, May 29", "2020-05-29").date("June 2020", "2020-06");
    Organization o;
    o.name = "Ottawa Group";
    o.spans.push_back(d.at("Ottawa Group"));
    d.x.organizations.push_back(o);
    d.run(extract::make_events_stage);
    ASSERT_EQ(d.x.events.size(), 2u) << in_name;
    EXPECT_EQ(d.x.events[1].start, "2020-06") << in_name;
    EXPECT_EQ(d.x.events[1].city, in_name ? "" : "Ottawa") << in_name;
  }
}

// A paragraph number before the article that opens its sentence is no part of a name ("1. The
// Fourteenth Consultations"); one before a capitalized word stays ("1. Meeting with …").
TEST(Events, ProperNameDropsAParagraphNumberBeforeAnArticle) {
  const std::string a = "1. The Fourteenth Consultations between the ASEAN Economic Ministers were held";
  const size_t ta = a.find("Consultations");
  EXPECT_EQ(extract::facts::proper_name(a, ta, ta + 13), "Fourteenth Consultations");
  const std::string b = "in 2024. 2. The Joint Committee met";
  const size_t tb = b.find("Committee");
  EXPECT_EQ(extract::facts::proper_name(b, tb, tb + 9), "Joint Committee");
  const std::string c = "with Russia. 1. Meeting";
  const size_t tc = c.find("Meeting");
  EXPECT_EQ(extract::facts::proper_name(c, tc, tc + 7), "1. Meeting");
}

// Ordinals spelled as compounds ("Twenty-Eighth") count whole, not by their last part.
TEST(Events, CompoundOrdinalWordsCountWhole) {
  for (const bool compound : {true, false}) {
    const std::string ord = compound ? "Twenty-Eighth" : "Eighth";
    const std::string body = "1. The " + ord + " ASEAN Economic Ministers (AEM) Plus Three Consultation was held on "
                             "24 September 2025 in Kuala Lumpur, Malaysia.";
    FactDoc d("The " + ord + " AEM Plus Three Consultation: Joint Media Statement", body, {2025, 9, 24});
    d.bloc("ASEAN", "ASEAN").country("MY", "Malaysia");
    d.date("24 September 2025", "2025-09-24");
    d.run(extract::make_events_stage);
    ASSERT_FALSE(d.x.events.empty()) << compound;
    EXPECT_EQ(d.x.events[0].ordinal, std::optional<int>(compound ? 28 : 8)) << compound;
    EXPECT_EQ(d.x.events[0].city, "Kuala Lumpur") << compound;
  }
}

// Those a sentence right after the event's says chaired it ("The Consultations were co-chaired by
// …") take part in it; people the next sentence only thanks do not.
TEST(Events, ChairsOfTheNextSentenceTakePart) {
  for (const bool chaired : {true, false}) {
    const std::string body =
        std::string("1. The Fourteenth Consultations were held on 12 August 2011 in Manado, Indonesia. ") +
        (chaired ? "The Consultations were co-chaired by H.E. Mari Elka Pangestu, Minister of Trade of Indonesia; "
                   "and H.E. Chen Deming, Minister of Commerce of China."
                 : "The Ministers thanked H.E. Mari Elka Pangestu, Minister of Trade of Indonesia; and H.E. Chen "
                   "Deming, Minister of Commerce of China.");
    FactDoc d("Joint Media Statement of the 14th AEM Plus Three Consultations", body, {2011, 8, 12});
    d.country("ID", "Indonesia").country("ID", "Indonesia", 1).country("CN", "China");
    d.date("12 August 2011", "2011-08-12");
    d.person("Mari Elka Pangestu").person("Chen Deming");
    d.run(extract::make_events_stage);
    ASSERT_FALSE(d.x.events.empty()) << chaired;
    const auto& p = d.x.events[0].participants;
    EXPECT_EQ(p.size(), chaired ? 2u : 0u) << chaired;
    EXPECT_EQ(std::count(p.begin(), p.end(), "Chen Deming"), chaired ? 1 : 0) << chaired;
  }
}

// The chair verbs of the data ("will open the meeting", "will co-chair the meeting", "The meeting
// was opened by …") make those they name take part in the event; a sentence that only names them
// beside it does not.
TEST(Events, ChairVerbsOfTheDataTakePart) {
  struct Case {
    const char* second;
    size_t want;
  };
  for (const Case& c : {Case{"Minister Alice Wanjiru and Ambassador Kenji Sato will open the meeting.", 2},
                        Case{"Minister Alice Wanjiru and Ambassador Kenji Sato will co-chair the meeting.", 2},
                        Case{"The meeting was opened by Minister Alice Wanjiru and Ambassador Kenji Sato.", 2},
                        Case{"Minister Alice Wanjiru and Ambassador Kenji Sato will brief reporters after the meeting.", 0}}) {
    const std::string body =
        std::string("The fifth Joint Economic Committee meeting will be held in Nairobi on 12 May 2026. ") + c.second;
    FactDoc d("Joint Economic Committee to meet", body, {2026, 5, 4});
    d.date("12 May 2026", "2026-05-12");
    d.person("Alice Wanjiru").person("Kenji Sato");
    d.run(extract::make_events_stage);
    ASSERT_FALSE(d.x.events.empty()) << c.second;
    EXPECT_EQ(d.x.events[0].participants.size(), c.want) << c.second;
  }
}

// "in the Japanese city of Tsukuba": a city the gazetteer does not know, named as a country's,
// is where the event takes place, and that country is no counterpart; lower-case words after
// "city of" name no city.
TEST(Events, CityNamedAsACountrysIsTheEventCity) {
  for (const bool city_of : {true, false}) {
    const std::string body =
        std::string("South African Trade and Industry Minister Ebrahim Patel is attending a two-day G20 trade "
                    "ministers' meeting ") +
        (city_of ? "in the Japanese city of Tsukuba starting on Saturday." : "in a Japanese city of his choosing on Saturday.");
    FactDoc d("SA takes part in G20 trade ministers confab", body, {2019, 6, 8});
    d.country("ZA", "South African").country("JP", "Japanese").bloc("G20", "G20");
    d.date("Saturday", "2019-06-08");
    d.person("Ebrahim Patel");
    d.run(extract::make_events_stage);
    ASSERT_FALSE(d.x.events.empty()) << city_of;
    const auto& e = d.x.events[0];
    EXPECT_EQ(e.city, city_of ? "Tsukuba" : "") << city_of;
    EXPECT_EQ(e.country, city_of ? "JP" : "") << city_of;
    if (city_of) {
      EXPECT_EQ(std::count(e.partners.begin(), e.partners.end(), "JP"), 0);
    }
    EXPECT_EQ(std::count(e.partners.begin(), e.partners.end(), "G20"), 1) << city_of;
  }
}

// A known city that opens a person's name ("led by Foreign Minister Santiago Cafiero") does not
// place the event there; the same city named as where it is held does.
TEST(Events, CityOpeningAPersonsNameIsNoEventCity) {
  for (const bool in_name : {true, false}) {
    const std::string body =
        in_name ? "The summit's agenda will kick off Monday with the ordinary meeting of the Common Market "
                  "Council, led by Foreign Minister Santiago Cafiero."
                : "The summit's agenda will kick off Monday with the ordinary meeting of the Common Market "
                  "Council in Santiago, led by Foreign Minister Ana Perez.";
    FactDoc d("Mercosur summit ready to kick off", body, {2023, 7, 3});
    d.date("Monday", "2023-07-03");
    d.person(in_name ? "Santiago Cafiero" : "Ana Perez");
    d.run(extract::make_events_stage);
    ASSERT_FALSE(d.x.events.empty()) << in_name;
    EXPECT_EQ(d.x.events[0].city, in_name ? "" : "Santiago") << in_name;
    EXPECT_EQ(d.x.events[0].country, in_name ? "" : "CL") << in_name;
  }
}

// Side events in the days after a release's news of a trip abroad, with no city of their own, take
// place where the trip goes; one long after it does not.
TEST(Events, SideEventsOfATripAbroadTakePlaceThere) {
  for (const int later : {1, 12}) {
    const std::string day = later == 1 ? "November 10" : "November 21";
    const std::string body =
        "The Chief Executive will leave for Vietnam on November 9 to attend the APEC Economic "
        "Leaders' Meeting and other related meetings in Da Nang. On " + day + ", she will attend the "
        "Dialogue with the APEC Business Advisory Council. The visit will promote Hong Kong's trade.";
    FactDoc d("CE to attend APEC meetings in Vietnam", body, {2017, 11, 8});
    d.country("VN", "Vietnam", 0, true).country("VN", "Vietnam").country("HK", "Hong Kong");
    d.bloc("APEC", "APEC", 0, true).bloc("APEC", "APEC").bloc("APEC", "APEC", 1);
    d.date("November 9", "2017-11-09").date(day, later == 1 ? "2017-11-10" : "2017-11-21");
    d.run(extract::make_events_stage);
    ASSERT_EQ(d.x.events.size(), 2u) << later;
    EXPECT_EQ(d.x.events[0].city, "Da Nang") << later;
    EXPECT_EQ(d.x.events[1].city, later == 1 ? "Da Nang" : "") << later;
  }
}

// A meeting held by video or phone takes place nowhere: the dateline's city is where the release was
// issued. A meeting in person under the same dateline is held there.
TEST(Events, VirtualMeetingHasNoDatelineCity) {
  for (const bool remote : {true, false}) {
    const std::string body = std::string("WASHINGTON - United States Trade Representative Katherine Tai today met ") +
                             (remote ? "virtually " : "") +
                             "with Ebrahim Patel, the South African Minister of Trade. They discussed AGOA.";
    FactDoc d("Readout of Ambassador Katherine Tai's meeting with South African Minister of Trade", body,
              {2021, 3, 30});
    d.country("ZA", "South African", 0, true).country("US", "United States").country("ZA", "South African");
    d.date("today", "2021-03-30");
    d.run(extract::make_events_stage);
    ASSERT_FALSE(d.x.events.empty()) << remote;
    EXPECT_EQ(d.x.events[0].type, "meeting") << remote;
    EXPECT_EQ(d.x.events[0].city, remote ? "" : "Washington") << remote;
    EXPECT_EQ(d.x.events[0].partners, std::vector<std::string>{"ZA"}) << remote;
  }
}

// "on Wednesday June 30th Taipei time" names a clock, not where the meeting is held; "in Taipei on
// Wednesday" does.
TEST(Events, CityOfATimeZoneIsNoEventCity) {
  for (const bool clock : {true, false}) {
    const std::string body = clock ? "AIT is pleased to announce the 11th TIFA Council meeting will be held on "
                                     "Wednesday June 30th Taipei time."
                                   : "AIT is pleased to announce the 11th TIFA Council meeting will be held in "
                                     "Taipei on Wednesday June 30th.";
    FactDoc d("The 11th TIFA Council Meeting", body, {2021, 6, 25});
    d.date("Wednesday June 30th", "2021-06-30");
    d.run(extract::make_events_stage);
    ASSERT_FALSE(d.x.events.empty()) << clock;
    EXPECT_EQ(d.x.events[0].start, "2021-06-30") << clock;
    EXPECT_EQ(d.x.events[0].city, clock ? "" : "Taipei") << clock;
  }
}

// The sentence that dates the primary event places it when the trigger's own sentence names no
// city ("will open the Center on Friday, December 12, at the University in Ulaanbaatar. … attend the
// opening ceremony"); a city that sentence names otherwise ("Ulaanbaatar time", no "in") does not.
TEST(Events, DatingSentencePlacesThePrimaryEvent) {
  for (const bool placed : {true, false}) {
    const std::string body =
        std::string("The Ministry announced that it will officially open the Korea-Mongolia Rare Metals Cooperation "
                    "Center on Friday, December 12, ") +
        (placed ? "at the University of Science and Technology in Ulaanbaatar." : "at noon Ulaanbaatar time.") +
        " About 150 participants are expected to attend the opening ceremony.";
    FactDoc d("Korea Opens Rare Metals Cooperation Center with Mongolia", body, {2025, 12, 10});
    d.country("MN", "Mongolia", 0, true).country("KR", "Korea").country("MN", "Mongolia");
    d.date("Friday, December 12", "2025-12-12");
    d.run(extract::make_events_stage);
    ASSERT_FALSE(d.x.events.empty()) << placed;
    EXPECT_EQ(d.x.events[0].type, "opening") << placed;
    EXPECT_EQ(d.x.events[0].start, "2025-12-12") << placed;
    EXPECT_EQ(d.x.events[0].city, placed ? "Ulaanbaatar" : "") << placed;
  }
}

// A call reported in the past tense with no day of its own happened by the release: a later
// sentence's coming days ("which Canada will host in Kuala Lumpur from February 26 to March 1") date
// another meeting. A later sentence's past day still dates it.
TEST(Events, PastCallIsNotDatedByALaterComingMeeting) {
  for (const bool coming : {true, false}) {
    const std::string day = coming ? "February 26 to March 1" : "February 19";
    const std::string body = "February 21, 2024 - Ottawa - Global Affairs Canada. Minister Ng spoke with Malaysia's "
                             "Minister of Investment, Trade and Industry. The ministers discussed the Trade "
                             "Negotiating Committee meeting held in Kuala Lumpur on " + day + ".";
    FactDoc d("Minister Ng speaks with Malaysia's Minister of Investment, Trade and Industry", body, {2024, 2, 21});
    d.country("MY", "Malaysia", 0, true).country("CA", "Canada").country("MY", "Malaysia");
    d.date("February 21, 2024", "2024-02-21").date(day, coming ? "2024-02-26/2024-03-01" : "2024-02-19");
    d.run(extract::make_events_stage);
    ASSERT_FALSE(d.x.events.empty()) << coming;
    EXPECT_EQ(d.x.events[0].type, "meeting") << coming;
    EXPECT_EQ(d.x.events[0].start, coming ? "2024-02-21" : "2024-02-19") << coming;
  }
}

// A visit abroad with no counterpart named is to the government of the country it goes to; a visit
// at home has none.
TEST(Events, VisitAbroadIsToTheHostCountry) {
  for (const bool abroad : {true, false}) {
    const std::string city = abroad ? "Washington D.C." : "Busan";
    const std::string body = "The Ministry of Trade, Industry and Energy said Deputy Minister for Trade Yang "
                             "Byeong-nae visited " + city + " from April 15-17 and met with key officials. Korea "
                             "and its firms discussed supply chains.";
    FactDoc d("Deputy Trade Minister visits " + city + " to discuss trade issues", body, {2024, 4, 18});
    d.country("KR", "Korea");
    d.date("April 15-17", "2024-04-15/2024-04-17");
    d.run(extract::make_events_stage);
    ASSERT_FALSE(d.x.events.empty()) << abroad;
    EXPECT_EQ(d.x.events[0].type, "visit") << abroad;
    EXPECT_EQ(d.x.events[0].city, city) << abroad;
    EXPECT_EQ(d.x.events[0].partners, abroad ? std::vector<std::string>{"US"} : std::vector<std::string>{}) << abroad;
  }
}

// "… said the Minister on Wednesday (Jan 24). He was speaking at the Business Forum held in Colombo":
// the event goes on at the lede's time; "The agreement was reached during a recent meeting … in
// Moscow" looks back, and takes no report day. A day restated in parentheses ("signed on Tuesday
// (Jan 23)") dates one event, not a second one beside it.
TEST(Events, ProgressiveSentenceAfterTheLedeTakesItsDay) {
  for (const bool going_on : {true, false}) {
    const std::string body =
        going_on ? "COLOMBO: The team was professional, said the Minister for Trade on Wednesday (Jan 24). He was "
                   "speaking at the Sri Lanka-Singapore Business Forum held in Colombo. The agreement, which was "
                   "signed on Tuesday (Jan 23), concluded one-and-a-half years of negotiations."
                 : "COLOMBO: The team was professional, said the Minister for Trade on Wednesday (Jan 24). The "
                   "agreement was reached at the Sri Lanka-Singapore Business Forum held in Colombo. The agreement, "
                   "which was signed on Tuesday (Jan 23), concluded one-and-a-half years of negotiations.";
    FactDoc d("Sri Lanka's negotiating team earned respect at the business forum", body, {2018, 1, 24});
    d.country("LK", "Sri Lanka", 0, true).country("LK", "Sri Lanka").country("SG", "Singapore");
    d.date("Wednesday", "2018-01-24").date("Jan 24", "2018-01-24").date("Tuesday", "2018-01-23").date("Jan 23", "2018-01-23");
    d.run(extract::make_events_stage);
    ASSERT_FALSE(d.x.events.empty()) << going_on;
    EXPECT_EQ(d.x.events[0].type, "conference") << going_on;
    EXPECT_EQ(d.x.events[0].start, going_on ? "2018-01-24" : "2018-01-23") << going_on;
    if (going_on) {
      size_t on_23 = 0;
      for (const auto& e : d.x.events) on_23 += e.start == "2018-01-23";
      EXPECT_EQ(on_23, 1u);
    }
  }
}

// "met with Indian Minister … Anand Sharma in Brunei Darussalam today on the margins of the meeting of
// the Economic Ministers of the Association of Southeast Asian Nations (ASEAN)": the meeting is the
// one with the minister, held in Brunei beside the ASEAN gathering; its counterpart is India.
TEST(Events, MeetingOnTheMarginsIsWithTheMinisterMet) {
  FactDoc d("Readout of the Meeting Between U.S. Trade Representative Michael Froman and India's Minister",
            "Bandar Seri Begawan - U.S. Trade Representative Michael Froman met with Indian Minister of Commerce "
            "Anand Sharma in Brunei Darussalam today on the margins of the meeting of the Economic Ministers of "
            "the Association of Southeast Asian Nations (ASEAN).",
            {2013, 8, 20});
  d.country("US", "U.S.", 0, true).country("IN", "India", 0, true);
  d.country("US", "U.S.").country("IN", "Indian").country("BN", "Brunei Darussalam");
  d.bloc("ASEAN", "Association of Southeast Asian Nations").bloc("ASEAN", "ASEAN");
  d.date("today", "2013-08-20");
  d.person("Michael Froman").person("Anand Sharma");
  d.run(extract::make_events_stage);
  ASSERT_FALSE(d.x.events.empty());
  EXPECT_EQ(d.x.events[0].type, "meeting");
  EXPECT_EQ(d.x.events[0].partners, std::vector<std::string>{"IN"});
}

// Negative: a country after "in" that follows no person ("met with business leaders in India") may
// be the counterpart, and a gathering the sentence names only on the margins is still the event
// when it is the only one.
TEST(Events, CountryAfterNoPersonAndTheOnlyGatheringStay) {
  {
    FactDoc d("Trade Representative meets business leaders",
              "WASHINGTON - U.S. Trade Representative Michael Froman met with business leaders in India today.",
              {2013, 8, 20});
    d.country("US", "U.S.").country("IN", "India");
    d.date("today", "2013-08-20");
    d.person("Michael Froman");
    d.run(extract::make_events_stage);
    ASSERT_FALSE(d.x.events.empty());
    EXPECT_EQ(d.x.events[0].partners, std::vector<std::string>{"IN"});
  }
  {
    FactDoc d("Economic ministers meet",
              "Officials spoke today on the margins of the meeting of the Economic Ministers of the Association "
              "of Southeast Asian Nations (ASEAN).",
              {2013, 8, 20});
    d.bloc("ASEAN", "Association of Southeast Asian Nations").bloc("ASEAN", "ASEAN");
    d.date("today", "2013-08-20");
    d.run(extract::make_events_stage);
    ASSERT_FALSE(d.x.events.empty());
    EXPECT_EQ(d.x.events[0].type, "meeting");
    EXPECT_EQ(d.x.events[0].partners, std::vector<std::string>{"ASEAN"});
  }
}

// A year completing a name ("the upcoming Expo 2020 Dubai") neither dates the event nor, with the
// city after it, places it; a month's year and a city the event is held in do.
TEST(Events, YearAndCityInsideANameAreNoDateOrPlace) {
  for (const bool name : {true, false}) {
    const std::string body =
        name ? "The Federal Ministry of Industry, Trade and Investment has signed a Memorandum of Understanding "
               "with the Chamber of Commerce for the upcoming Expo 2020 Dubai, United Arab Emirates."
             : "The Federal Ministry of Industry, Trade and Investment has signed a Memorandum of Understanding "
               "with the Chamber of Commerce in May 2020 in Dubai, United Arab Emirates.";
    FactDoc d("Ministry and Chamber of Commerce sign MoU to boost trade", body, {2020, 6, 10});
    d.country("AE", "United Arab Emirates");
    d.date("2020", name ? "2020" : "2020-05");
    if (!name) d.x.dates.back().text = "May 2020", d.x.dates.back().span = d.at("May 2020");
    d.run(extract::make_events_stage);
    ASSERT_FALSE(d.x.events.empty()) << name;
    EXPECT_EQ(d.x.events[0].type, "agreement") << name;
    EXPECT_EQ(d.x.events[0].start, name ? "2020-06-10" : "2020-05") << name;
    EXPECT_EQ(d.x.events[0].city, name ? "" : "Dubai") << name;
  }
}

// The year of a name ("Vision 2030") does not date the agreement a release reports.
TEST(Events, YearOfANameDatesNoEvent) {
  FactDoc d("Ministry and Chamber sign MoU",
            "The Ministry of Trade signed a Memorandum of Understanding with the Chamber of Commerce today to "
            "support the goals of Vision 2030.",
            {2021, 9, 7});
  d.date("2030", "2030");
  d.run(extract::make_events_stage);
  ASSERT_FALSE(d.x.events.empty());
  EXPECT_EQ(d.x.events[0].type, "agreement");
  EXPECT_EQ(d.x.events[0].start, "2021-09-07");
}

// A word ending talks followed by the round it ends ("the Conclusion of the Fifth Round of NAFTA
// Negotiations", "concluded their first round talks") closes a round: a negotiation. Concluding the
// negotiations themselves is the pact agreed.
TEST(Events, ConcludingARoundIsANegotiation) {
  for (const bool round : {true, false}) {
    const std::string body = round ? "WASHINGTON - The U.S. and EU trade negotiators concluded their first round "
                                     "talks of the partnership agreement on Friday in Washington."
                                   : "WASHINGTON - The U.S. and EU trade negotiators concluded negotiations on the "
                                     "partnership agreement on Friday in Washington.";
    FactDoc d(round ? "US, EU conclude first round of partnership talks" : "US, EU conclude partnership talks", body,
              {2013, 7, 13});
    d.country("US", "US", 0, true).bloc("EU", "EU", 0, true).country("US", "U.S.").bloc("EU", "EU");
    d.date("Friday", "2013-07-12");
    d.run(extract::make_events_stage);
    ASSERT_FALSE(d.x.events.empty()) << round;
    EXPECT_EQ(d.x.events[0].type, round ? "negotiation" : "agreement") << round;
    EXPECT_EQ(d.x.events[0].start, "2013-07-12") << round;
  }
}

// "… the ninth round of trade talks with Chile will open today in Miami, Florida. This round of
// negotiations will conclude on December 4": "this round" is the same round, which runs to that
// day; a day weeks later is another occasion.
TEST(Events, ThisRoundRunsOnToItsDay) {
  for (const bool soon : {true, false}) {
    const std::string day = soon ? "December 4" : "January 30";
    const std::string body = "WASHINGTON - The Office of the United States Trade Representative announced the ninth "
                             "round of trade talks with Chile will open today in Miami, Florida. This round of "
                             "negotiations will conclude on " + day + ".";
    FactDoc d("Ninth Round of U.S.-Chile Free Trade Talks to Continue in Miami", body, {2001, 11, 27});
    d.country("US", "U.S.", 0, true).country("CL", "Chile", 0, true).country("US", "United States").country("CL", "Chile");
    d.date("today", "2001-11-27").date(day, soon ? "2001-12-04" : "2002-01-30");
    d.run(extract::make_events_stage);
    ASSERT_FALSE(d.x.events.empty()) << soon;
    EXPECT_EQ(d.x.events[0].type, "negotiation") << soon;
    EXPECT_EQ(d.x.events[0].city, "Miami") << soon;
    EXPECT_EQ(d.x.events[0].end, soon ? "2001-12-04" : "2001-11-27") << soon;
    EXPECT_EQ(d.x.events.size(), soon ? 1u : 2u) << soon;
  }
}

// "… concluded the fourth round of the renegotiation … on Oct. 17, 2017" reports the round in the
// body too; "the conclusion of the Doha Round in 2010" names talks as a whole, no round ended.
TEST(Events, BodyReportsANumberedRoundConcluded) {
  {
    FactDoc d("Fourth round of NAFTA negotiations come to a close",
              "United States Trade Representative Robert Lighthizer and Mexican Secretary of the Economy Ildefonso "
              "Guajardo concluded the fourth round of the renegotiation of the trade agreement on Oct. 17, 2017. "
              "Mexico will host the fifth round of talks in Mexico City Nov. 17-21, 2017.",
              {2017, 10, 18});
    d.country("US", "United States").country("MX", "Mexican").country("MX", "Mexico").country("MX", "Mexico", 1);
    d.date("Oct. 17, 2017", "2017-10-17").date("Nov. 17-21, 2017", "2017-11-17/2017-11-21");
    d.run(extract::make_events_stage);
    ASSERT_EQ(d.x.events.size(), 2u);
    EXPECT_EQ(d.x.events[0].type, "negotiation");
    EXPECT_EQ(d.x.events[0].start, "2017-10-17");
    EXPECT_EQ(d.x.events[1].start, "2017-11-17");
  }
  {
    FactDoc d("China, EU pledge to promote trade",
              "The leaders met in Brussels on Monday. They pledged to work for the conclusion of the Doha Round in "
              "2010.",
              {2009, 11, 30});
    d.date("Monday", "2009-11-30").date("2010", "2010");
    d.run(extract::make_events_stage);
    for (const auto& e : d.x.events) EXPECT_NE(e.type, "negotiation") << e.start;
  }
}

// In a release about negotiations, a counted round with no word of talks after it ("head to Mexico
// City for the second round, from Sept. 1 to 5") is another round of the same talks; in a release
// about something else it is none.
TEST(Events, CountedRoundOfTheSameTalks) {
  for (const bool talks : {true, false}) {
    const std::string body = talks ? "WASHINGTON - The first round of NAFTA negotiations has wrapped up on Sunday. "
                                     "The countries head to Mexico City for the second round, from Sept. 1 to 5."
                                   : "WASHINGTON - The ministers met on Sunday to discuss the tariff. The countries "
                                     "head to Mexico City for the second round, from Sept. 1 to 5.";
    FactDoc d(talks ? "NAFTA first round of talks over" : "Ministers meet on tariffs", body, {2017, 8, 20});
    d.country("MX", "Mexico");
    d.date("Sunday", "2017-08-20").date("Sept. 1 to 5", "2017-09-01/2017-09-05");
    d.run(extract::make_events_stage);
    ASSERT_FALSE(d.x.events.empty()) << talks;
    EXPECT_EQ(d.x.events[0].type, talks ? "negotiation" : "meeting") << talks;
    bool second = false;
    for (const auto& e : d.x.events) second |= e.type == "negotiation" && e.start == "2017-09-01" && e.city == "Mexico City";
    EXPECT_EQ(second, talks) << talks;
  }
}

// "during the visit, which runs until Wednesday": the day a visit ends does not date it; the
// lede's day does. A day the visit is "on" does.
TEST(Events, DayAVisitRunsUntilIsItsEndNotItsDate) {
  for (const bool until : {true, false}) {
    SCOPED_TRACE(until);
    FactDoc d("Cuban Minister of Foreign Trade visits Colombia",
              std::string("BOGOTA - Cuba's minister will meet Colombia's minister on Monday. He will also meet "
                          "business leaders during the visit, ") +
                  (until ? "which runs until Wednesday." : "on Wednesday."),
              {2023, 2, 20});
    d.country("CU", "Cuba").country("CO", "Colombia", 0, true).country("CO", "Colombia");
    d.date("Monday", "2023-02-20").date("Wednesday", "2023-02-22");
    d.run(extract::make_events_stage);
    ASSERT_FALSE(d.x.events.empty());
    EXPECT_EQ(d.x.events[0].type, "visit");
    EXPECT_EQ(d.x.events[0].start, until ? "2023-02-20" : "2023-02-22");
  }
}

// "SINGAPORE: … will be in the United States …": the dateline city is where the story was filed
// when the sentence sends the visit to another country; the city's own ministry, named in the
// lede, still speaks. A ruling on goods "produced in" another country keeps its dateline city.
TEST(Events, DatelineCityOfATripAbroadIsNoEventCity) {
  FactDoc d("Gan Kim Yong to make four-day official visit to US",
            "SINGAPORE: Minister for Trade and Industry Gan Kim Yong will be in the United States from Wednesday "
            "(Oct 6) to Saturday on an official visit, Singapore's Ministry of Trade and Industry said. Mr Gan will "
            "meet the US Commerce Secretary. The US is Singapore's largest investor, and US firms employ many.",
            {2021, 10, 6});
  d.country("US", "US", 0, true).country("US", "United States").country("SG", "Singapore");
  d.country("US", "US").country("US", "US", 1).country("SG", "Singapore", 1).country("US", "US", 2);
  d.date("Wednesday", "2021-10-06").date("Oct 6", "2021-10-06").date("Saturday", "2021-10-09");
  d.run(extract::make_events_stage);
  ASSERT_FALSE(d.x.events.empty());
  EXPECT_EQ(d.x.events[0].type, "visit");
  EXPECT_EQ(d.x.events[0].city, "");
  EXPECT_EQ(d.x.events[0].partners, std::vector<std::string>{"US"});

  FactDoc n("China imposes duties on U.S. steel",
            "BEIJING (Reuters) - China has imposed anti-dumping duties on steel produced in the United States, its "
            "customs administration decided on Monday.",
            {2010, 4, 12});
  n.country("CN", "China", 0, true).country("US", "U.S.", 0, true).country("CN", "China");
  n.country("US", "United States");
  n.date("Monday", "2010-04-12");
  n.run(extract::make_events_stage);
  ASSERT_FALSE(n.x.events.empty());
  EXPECT_EQ(n.x.events[0].city, "Beijing");
}

// With no other day in the body, the day talks run until still does not date them: the release
// does. Talks "on" a day are dated by it.
TEST(Events, DayTalksRunUntilIsNoFallbackDate) {
  for (const bool until : {true, false}) {
    SCOPED_TRACE(until);
    FactDoc d("Indonesia and Canada on the verge of CEPA deal",
              std::string("JAKARTA - Negotiations for a partnership agreement between Indonesia and Canada have "
                          "entered the final stage. The talks, ") +
                  (until ? "which run until Friday" : "due on Friday") + ", focus on market access.",
              {2024, 11, 6});
    d.country("ID", "Indonesia", 0, true).country("CA", "Canada", 0, true).country("ID", "Indonesia");
    d.country("CA", "Canada");
    d.date("Friday", "2024-11-08");
    d.run(extract::make_events_stage);
    ASSERT_FALSE(d.x.events.empty());
    EXPECT_EQ(d.x.events[0].type, "negotiation");
    EXPECT_EQ(d.x.events[0].start, until ? "2024-11-06" : "2024-11-08");
  }
}

// "Ahead of the 60th anniversary … in 2026, the visit builds on …": the opening clause's date is
// the anniversary's, no second visit; an opening clause without "ahead of" dates the visit.
TEST(Events, DateOfAnAheadOfClauseIsThatOccasions) {
  for (const bool ahead : {true, false}) {
    SCOPED_TRACE(ahead);
    FactDoc d("Minister's visit to Japan, 27 to 29 May 2025",
              std::string("The Minister will make a working visit to Tokyo, Japan, from 27 to 29 May 2025. ") +
                  (ahead ? "Ahead of the 60th anniversary of relations in 2026, the visit builds on exchanges."
                         : "Later in 2026, a second visit will follow the exchanges."),
              {2025, 5, 26});
    d.country("JP", "Japan", 0, true).country("JP", "Japan");
    d.date("27 to 29 May 2025", "2025-05-27/2025-05-29").date("2026", "2026");
    d.run(extract::make_events_stage);
    ASSERT_FALSE(d.x.events.empty());
    EXPECT_EQ(d.x.events[0].start, "2025-05-27");
    const bool later = std::any_of(d.x.events.begin(), d.x.events.end(), [](const Event& e) { return e.start == "2026"; });
    EXPECT_EQ(later, !ahead);
  }
}

// "from Wednesday (Oct 6) to Saturday on an official visit": one visit over the run of days, not
// one on each day; a day "to" reaches without a "from" is the day the sentence gives.
TEST(Events, FromDayToDayIsOneRun) {
  for (const bool from : {true, false}) {
    SCOPED_TRACE(from);
    FactDoc d("Minister to make official visit to US",
              std::string("The Minister will be in the United States ") +
                  (from ? "from Wednesday (Oct 6) to Saturday on an official visit."
                        : "on Wednesday (Oct 6) and return to Saturday's official visit."),
              {2021, 10, 6});
    d.country("US", "US", 0, true).country("US", "United States");
    d.date("Wednesday", "2021-10-06").date("Oct 6", "2021-10-06").date("Saturday", "2021-10-09");
    d.run(extract::make_events_stage);
    ASSERT_FALSE(d.x.events.empty());
    EXPECT_EQ(d.x.events[0].type, "visit");
    EXPECT_EQ(d.x.events[0].start, from ? "2021-10-06" : "2021-10-09");
    EXPECT_EQ(d.x.events[0].end, "2021-10-09");
    if (from) {
      EXPECT_EQ(d.x.events.size(), 1u);
    }
  }
}

// "ISTANBUL - Turkish Trade Minister … and …, Secretary of State for Business and Trade of the UK,
// signed …": the dateline and the lede's first word name one government, which the counterpart's
// title in the lede does not outweigh. A lede opened by another country leaves the title to speak.
TEST(Events, DatelineAndLedeOpenerOutweighACounterpartsVoice) {
  for (const bool same : {true, false}) {
    SCOPED_TRACE(same);
    FactDoc d("Türkiye, UK expand partnership in trade",
              std::string(same ? "ISTANBUL" : "LONDON") +
                  " - Turkish Trade Minister Omer Bolat and Kemi Badenoch, Secretary of State for Business and "
                  "Trade of the UK, signed on Friday a protocol. Trade between Türkiye and the UK grew.",
              {2024, 1, 5});
    d.country("TR", "Türkiye", 0, true).country("GB", "UK", 0, true).country("TR", "Turkish");
    d.country("GB", "UK").country("TR", "Türkiye").country("GB", "UK", 1);
    d.date("Friday", "2024-01-05");
    d.run(extract::make_events_stage);
    ASSERT_FALSE(d.x.events.empty());
    EXPECT_EQ(d.x.events[0].type, "agreement");
    EXPECT_EQ(d.x.events[0].partners, std::vector<std::string>{same ? "GB" : "TR"});
  }
}

TEST(Events, OrdinalInWordsAndBlocNameIsNotAnEvent) {
  FactDoc d("Trade Update – UK-Gulf Cooperation Council FTA",
            "Statement on the fourth round of negotiations for a free trade agreement between the UK and the Gulf "
            "Cooperation Council. The fourth round of negotiations took place between 17 and 28 July.",
            {2023, 8, 1});
  d.bloc("GCC", "Gulf Cooperation Council", 0, true).bloc("GCC", "Gulf Cooperation Council");
  d.country("GB", "UK", 0, true).country("GB", "UK");
  d.date("between 17 and 28 July", "2023-07-17/2023-07-28");
  d.run(extract::make_events_stage);
  ASSERT_EQ(d.x.events.size(), 1u);
  EXPECT_EQ(d.x.events[0].type, "negotiation");  // not a "council" meeting
  EXPECT_EQ(d.x.events[0].start, "2023-07-17");
}

// A negotiating round that concludes is a negotiation; the agreement itself concluding is an
// agreement, even after a round.
TEST(Events, RoundConcludedIsANegotiationNotAnAgreement) {
  FactDoc a("UK-US free trade agreement: first negotiating round concluded",
            "The first round of negotiations on a free trade agreement between the United Kingdom and the United "
            "States took place between 5 and 15 May.",
            {2020, 5, 20});
  a.country("GB", "UK", 0, true).country("US", "US", 0, true).country("GB", "United Kingdom").country("US", "United States");
  a.date("between 5 and 15 May", "2020-05-05/2020-05-15");
  a.run(extract::make_events_stage);
  ASSERT_FALSE(a.x.events.empty());
  EXPECT_EQ(a.x.events[0].type, "negotiation");
  EXPECT_EQ(a.x.events[0].start, "2020-05-05");

  FactDoc b("UK and Mexico conclude free trade agreement after final negotiating round",
            "The United Kingdom and Mexico concluded a free trade agreement on 15 May.", {2020, 5, 20});
  b.country("GB", "UK", 0, true).country("MX", "Mexico", 0, true).country("GB", "United Kingdom").country("MX", "Mexico");
  b.date("15 May", "2020-05-15");
  b.run(extract::make_events_stage);
  ASSERT_FALSE(b.x.events.empty());
  EXPECT_EQ(b.x.events[0].type, "agreement");
}

// A city-state in the possessive names a government ("Singapore's Minister"), not the place of
// the event; the same name as a place ("in Singapore") is the city.
TEST(Events, PossessiveCityStateIsNotTheEventCity) {
  FactDoc a("Minister meets counterparts at G20 Trade Ministers Meeting",
            "On the margins of the G20 Trade Ministers Meeting held in Sorrento, Italy, on October 11, the Minister "
            "met Gan Kim Yong, Singapore's Minister for Trade and Industry.",
            {2021, 10, 13});
  a.country("IT", "Italy").country("SG", "Singapore");
  a.date("October 11", "2021-10-11");
  a.run(extract::make_events_stage);
  ASSERT_FALSE(a.x.events.empty());
  EXPECT_EQ(a.x.events[0].city, "Sorrento");
  EXPECT_EQ(a.x.events[0].country, "IT");

  FactDoc b("Minister meets counterparts at G20 Trade Ministers Meeting",
            "The Minister met Gan Kim Yong at the G20 Trade Ministers Meeting held in Singapore on October 11.",
            {2021, 10, 13});
  b.country("SG", "Singapore");
  b.date("October 11", "2021-10-11");
  b.run(extract::make_events_stage);
  ASSERT_FALSE(b.x.events.empty());
  EXPECT_EQ(b.x.events[0].city, "Singapore");
}

TEST(Events, NoEventVocabularyNoEvent) {
  FactDoc d("Korea’s Economy in Brief", "Prices were stable in November.", {2025, 12, 1});
  d.run(extract::make_events_stage);
  EXPECT_TRUE(d.x.events.empty());
}

// A year already running at the primary event dates a side event only when the sentence
// schedules it ("expected … later this year"); a mention of the same year as background does not.
TEST(Events, RunningYearDatesOnlyAScheduledEvent) {
  FactDoc d("Trade Update – UK-Mexico FTA",
            "The fourth round of negotiations for a free trade agreement between the UK and Mexico took place "
            "between 17 and 28 July. The fifth round of negotiations is expected to be hosted by Mexico later "
            "this year.",
            {2023, 8, 1});
  d.country("GB", "UK", 0, true).country("MX", "Mexico", 0, true).country("GB", "UK").country("MX", "Mexico");
  d.country("MX", "Mexico", 1);
  d.date("17 and 28 July", "2023-07-17/2023-07-28").date("this year", "2023");
  d.run(extract::make_events_stage);
  ASSERT_EQ(d.x.events.size(), 2u);
  EXPECT_EQ(d.x.events[0].start, "2023-07-17");
  EXPECT_EQ(d.x.events[0].end, "2023-07-28");
  EXPECT_EQ(d.x.events[1].type, "negotiation");
  EXPECT_EQ(d.x.events[1].start, "2023");

  FactDoc bg("Trade Update – UK-Mexico FTA",
             "The fourth round of negotiations for a free trade agreement between the UK and Mexico took place "
             "between 17 and 28 July. During the round, officials held negotiations on the approach published "
             "earlier this year.",
             {2023, 8, 1});
  bg.country("GB", "UK", 0, true).country("MX", "Mexico", 0, true).country("GB", "UK").country("MX", "Mexico");
  bg.date("17 and 28 July", "2023-07-17/2023-07-28").date("this year", "2023");
  bg.run(extract::make_events_stage);
  ASSERT_EQ(bg.x.events.size(), 1u);
  EXPECT_EQ(bg.x.events[0].start, "2023-07-17");

  // Support for a "successful hosting" is support for an event still to come.
  FactDoc host("Korea and Japan hold ministerial talks",
               "The two ministers held talks in Tokyo on April 22. Japan expressed support for Korea's successful "
               "hosting of the 13th trilateral trade ministers' meeting this year.",
               {2024, 4, 23});
  host.date("April 22", "2024-04-22").date("this year", "2024");
  host.run(extract::make_events_stage);
  ASSERT_EQ(host.x.events.size(), 2u);
  EXPECT_EQ(host.x.events[1].type, "meeting");
  EXPECT_EQ(host.x.events[1].start, "2024");
}

TEST(Events, LastDayOfAValue) {
  using extract::facts::iso;
  using extract::facts::last_day;
  EXPECT_EQ(iso(*last_day("2026")), "2026-12-31");
  EXPECT_EQ(iso(*last_day("2024-02")), "2024-02-29");
  EXPECT_EQ(iso(*last_day("2025-Q4")), "2025-12-31");
  EXPECT_EQ(iso(*last_day("2025-H1")), "2025-06-30");
  EXPECT_EQ(iso(*last_day("2025-12-01/2025-12-04")), "2025-12-04");
  EXPECT_FALSE(last_day("soon").has_value());
}

// A later sentence that speaks of an event of the primary's kind over a few days that include
// the primary's day gives the primary event's whole run; a range that does not include it is
// another event.
TEST(Events, LaterRangeIncludingThePrimaryDayIsItsRun) {
  FactDoc d("Minister attends International Forum on Stable Supply Chains",
            "The Minister attended the International Forum on Stable Supply Chains held in Beijing on September "
            "19. The forum was hosted by the ministry on September 18-19 with many countries.",
            {2022, 9, 20});
  d.date("September 19", "2022-09-19").date("September 18-19", "2022-09-18/2022-09-19");
  d.run(extract::make_events_stage);
  ASSERT_EQ(d.x.events.size(), 1u);
  EXPECT_EQ(d.x.events[0].type, "conference");
  EXPECT_EQ(d.x.events[0].start, "2022-09-18");
  EXPECT_EQ(d.x.events[0].end, "2022-09-19");

  FactDoc other("Minister attends International Forum on Stable Supply Chains",
                "The Minister attended the International Forum on Stable Supply Chains held in Beijing on September "
                "19. The next forum will be hosted by the ministry on October 3-4 with many countries.",
                {2022, 9, 20});
  other.date("September 19", "2022-09-19").date("October 3-4", "2022-10-03/2022-10-04");
  other.run(extract::make_events_stage);
  ASSERT_EQ(other.x.events.size(), 2u);
  EXPECT_EQ(other.x.events[0].start, "2022-09-19");
  EXPECT_EQ(other.x.events[0].end, "2022-09-19");
  EXPECT_EQ(other.x.events[1].start, "2022-10-03");
}

// Named events listed with a dated one share its date; an event word inside the name of the one
// before it ("… Dialogue with the Business Advisory Council") is not one of its own, and neither
// are unnamed event words or words past the end of the list.
TEST(Events, NamedEventsListedWithADatedOneShareItsDate) {
  FactDoc d("Chief Executive to attend leaders' meetings",
            "The Chief Executive will leave for Lima on November 8. On November 10, she will attend the "
            "Leaders' Summit as well as the Women Leaders Roundtable, the Dialogue with the Business Advisory "
            "Council and the Informal Dialogue with ASEAN Leaders.",
            {2017, 11, 6});
  d.date("November 8", "2017-11-08").date("November 10", "2017-11-10").bloc("ASEAN", "ASEAN");
  d.run(extract::make_events_stage);
  int on_10th = 0, items = 0;
  for (size_t k = 0; k < d.x.events.size(); ++k) {
    const Event& e = d.x.events[k];
    if (e.start != "2017-11-10") continue;
    ++on_10th;
    EXPECT_EQ(e.name.find("Council"), std::string::npos) << e.name;
    // Each listed event's counterparts are those of its own item (the primary's are its sentence's).
    if (k > 0 && e.name == "Informal Dialogue") {
      EXPECT_EQ(e.partners, std::vector<std::string>{"ASEAN"});
      ++items;
    }
    if (k > 0 && e.name == "Dialogue") {
      EXPECT_TRUE(e.partners.empty());
      ++items;
    }
  }
  EXPECT_EQ(items, 2);
  EXPECT_EQ(on_10th, 4);  // the Summit, the Roundtable and the two Dialogues

  FactDoc unnamed("Chief Executive to attend leaders' meetings",
                  "The Chief Executive will leave for Lima on November 8. On November 10, she will attend the "
                  "Leaders' Summit and several meetings, and then discuss trade with the Business Council.",
                  {2017, 11, 6});
  unnamed.date("November 8", "2017-11-08").date("November 10", "2017-11-10");
  unnamed.run(extract::make_events_stage);
  int later = 0;
  for (const auto& e : unnamed.x.events) later += e.start == "2017-11-10";
  EXPECT_EQ(later, 1);  // the Summit alone
}

// Undated sentences that continue the occasion add its side events: an opening "upon" the visit,
// a meeting after the lead ("On the heels of the ceremony, the Minister met …"). A meeting word
// in the lead names the occasion itself, and an event "in the lead-up to" is a later one.
TEST(Events, SentencesContinuingTheOccasionAddSideEvents) {
  FactDoc d("Deputy Minister visits new LNG terminal",
            "The Deputy Minister visited the LNG terminal in Ulsan on April 18 for the first shipment. Upon the "
            "successful reception, the terminal officially launched into commercial operation. On the heels of "
            "the visit, the Deputy Minister met with the CEO of a gas company for talks.",
            {2024, 4, 18});
  d.date("April 18", "2024-04-18");
  d.run(extract::make_events_stage);
  ASSERT_EQ(d.x.events.size(), 3u);
  EXPECT_EQ(d.x.events[0].type, "visit");
  EXPECT_EQ(d.x.events[1].type, "opening");
  EXPECT_EQ(d.x.events[1].start, "2024-04-18");
  EXPECT_EQ(d.x.events[2].type, "meeting");
  EXPECT_EQ(d.x.events[2].start, "2024-04-18");

  FactDoc lead("Minister visits new LNG terminal",
               "The Minister visited the LNG terminal in Ulsan on April 18 for the first shipment. At the meeting, "
               "the operator presented its plans. During the visit, the Minister stressed reform in the lead-up to "
               "the Twelfth Ministerial Conference.",
               {2024, 4, 18});
  lead.date("April 18", "2024-04-18");
  lead.run(extract::make_events_stage);
  ASSERT_EQ(lead.x.events.size(), 1u);
  EXPECT_EQ(lead.x.events[0].type, "visit");
}

// A report published today on an event held earlier: the event takes its own past date from the
// next sentence, and the publication day makes no event. Without a report the lede's day stands.
TEST(Events, ReportPublishedTodayDatesTheEventItReportsOn) {
  FactDoc d("Commission reports on latest negotiating round with Chile",
            "The Commission today published the report summarising progress made during the latest negotiation "
            "round for the EU-Chile agreement. The fifth round of negotiations was held virtually from 4 to 15 "
            "May 2020.",
            {2020, 6, 2});
  d.bloc("EU", "EU").country("CL", "Chile");
  d.date("today", "2020-06-02").date("4 to 15 May 2020", "2020-05-04/2020-05-15");
  d.run(extract::make_events_stage);
  ASSERT_EQ(d.x.events.size(), 1u);
  EXPECT_EQ(d.x.events[0].type, "negotiation");
  EXPECT_EQ(d.x.events[0].start, "2020-05-04");
  EXPECT_EQ(d.x.events[0].end, "2020-05-15");

  FactDoc held("Negotiating round with Chile opens",
               "The Commission today opened the latest negotiation round for the EU-Chile agreement in Brussels. "
               "The fifth round of negotiations was held virtually from 4 to 15 May 2020.",
               {2020, 6, 2});
  held.bloc("EU", "EU").country("CL", "Chile");
  held.date("today", "2020-06-02").date("4 to 15 May 2020", "2020-05-04/2020-05-15");
  held.run(extract::make_events_stage);
  ASSERT_FALSE(held.x.events.empty());
  EXPECT_EQ(held.x.events[0].start, "2020-06-02");
}

// A date that bounds a span of time ("until next year") is a deadline, not an event's day.
TEST(Events, DeadlineDateIsNoEventDay) {
  FactDoc d("Telephone talk between the Foreign Minister and the Commissioner",
            "On December 20, the Foreign Minister held a telephone talk with the Commissioner. The Commissioner "
            "said the sides would continue the negotiations until next year. She would like to hold negotiations "
            "early next month.",
            {2016, 12, 20});
  d.date("December 20", "2016-12-20").date("next year", "2017").date("next month", "2017-01");
  d.run(extract::make_events_stage);
  ASSERT_EQ(d.x.events.size(), 2u);
  EXPECT_EQ(d.x.events[0].type, "meeting");
  EXPECT_EQ(d.x.events[1].type, "negotiation");
  EXPECT_EQ(d.x.events[1].start, "2017-01");
}

// "summit meetings" is a conference like "summit meeting", not the "meetings" that follow "summit".
TEST(Events, SummitMeetingsAreConferences) {
  FactDoc d("Minister visits Buenos Aires",
            "The Minister visited Buenos Aires from November 29 to December 3. He attended bilateral summit "
            "meetings on November 30. He also attended several meetings on December 1.",
            {2018, 12, 4});
  d.date("November 29 to December 3", "2018-11-29/2018-12-03").date("November 30", "2018-11-30");
  d.date("December 1", "2018-12-01");
  d.run(extract::make_events_stage);
  ASSERT_EQ(d.x.events.size(), 3u);
  EXPECT_EQ(d.x.events[1].type, "conference");
  EXPECT_EQ(d.x.events[1].start, "2018-11-30");
  EXPECT_EQ(d.x.events[2].type, "meeting");
  EXPECT_EQ(d.x.events[2].start, "2018-12-01");
}

// An undated sentence that reports a numbered session being held ("held the fourth … Joint
// Committee meeting") adds a session of the occasion; an unnumbered one or one merely discussed
// does not.
TEST(Events, NumberedSessionHeldInAnUndatedSentenceIsOfTheOccasion) {
  FactDoc d("Korea and Chile discuss trade cooperation",
            "The Trade Minister met Chile's Minister on April 22 in Seoul and held trade ministerial talks. "
            "Moreover, the two sides held the fourth Korea-Chile FTA Joint Committee meeting at ministerial level.",
            {2024, 4, 23});
  d.date("April 22", "2024-04-22");
  d.run(extract::make_events_stage);
  ASSERT_EQ(d.x.events.size(), 2u);
  EXPECT_EQ(d.x.events[1].type, "meeting");
  EXPECT_EQ(d.x.events[1].start, "2024-04-22");
  EXPECT_EQ(d.x.events[1].ordinal, 4);

  FactDoc plain("Korea and Chile discuss trade cooperation",
                "The Trade Minister met Chile's Minister on April 22 in Seoul and held trade ministerial talks. "
                "Moreover, the two sides held the Korea-Chile FTA Joint Committee meeting at ministerial level. "
                "They also discussed the fourth Korea-Chile FTA Joint Committee meeting.",
                {2024, 4, 23});
  plain.date("April 22", "2024-04-22");
  plain.run(extract::make_events_stage);
  EXPECT_EQ(plain.x.events.size(), 1u);
}

// Side events during a trip of several days take place where the trip goes; after a one-day
// meeting they take no city from it.
TEST(Events, SideEventsOfATripTakeItsCity) {
  FactDoc d("Minister visits Argentina",
            "From November 29 to December 3, the Minister visited Buenos Aires, Argentina. "
            "He held a meeting with the Minister of Economic Development on November 30.",
            {2018, 12, 4});
  d.date("November 29 to December 3", "2018-11-29/2018-12-03").date("November 30", "2018-11-30");
  d.country("AR", "Argentina");
  d.run(extract::make_events_stage);
  ASSERT_EQ(d.x.events.size(), 2u);
  EXPECT_EQ(d.x.events[0].type, "visit");
  EXPECT_EQ(d.x.events[1].type, "meeting");
  EXPECT_EQ(d.x.events[1].city, "Buenos Aires");

  FactDoc day("Minister meets counterpart in Buenos Aires",
              "On November 29, the Minister held talks with his counterpart in Buenos Aires. "
              "He will attend a forum on December 5.",
              {2018, 11, 29});
  day.date("November 29", "2018-11-29").date("December 5", "2018-12-05");
  day.run(extract::make_events_stage);
  ASSERT_EQ(day.x.events.size(), 2u);
  EXPECT_EQ(day.x.events[0].city, "Buenos Aires");
  EXPECT_TRUE(day.x.events[1].city.empty());
}

// A bare capitalized event word ("the Summit") a few days after a named event of its kind refers
// back to it, which then runs to that day; weeks later it is an event of its own.
TEST(Events, BareEventWordRefersBackToTheNamedEvent) {
  FactDoc d("Chief Executive to attend the Economic Leaders' Meeting",
            "The Chief Executive will attend the Economic Leaders' Meeting on November 11. She will take part "
            "in a session of the APEC CEO Summit on November 9. On November 10, she will attend another session "
            "of the Summit.",
            {2017, 11, 6});
  d.date("November 11", "2017-11-11").date("November 9", "2017-11-09").date("November 10", "2017-11-10");
  d.run(extract::make_events_stage);
  int summits = 0;
  for (const auto& e : d.x.events) {
    if (e.name.find("Summit") == std::string::npos) continue;
    ++summits;
    EXPECT_EQ(e.start, "2017-11-09");
    EXPECT_EQ(e.end, "2017-11-10");
  }
  EXPECT_EQ(summits, 1);

  FactDoc later("Chief Executive to attend the Economic Leaders' Meeting",
                "The Chief Executive will attend the Economic Leaders' Meeting on November 11. She will take part "
                "in a session of the APEC CEO Summit on November 9. In January, she will attend the Summit again.",
                {2017, 11, 6});
  later.date("November 11", "2017-11-11").date("November 9", "2017-11-09").date("January", "2018-01");
  later.run(extract::make_events_stage);
  int own = 0;
  for (const auto& e : later.x.events) own += e.start == "2018-01";
  EXPECT_EQ(own, 1);
}

// "submitted their investment declarations" reports the title's investment in the lede, so the
// lede dates it and a later "On the heels of the … ceremony, the Minister met …" is a side meeting.
TEST(Events, PluralInvestmentDeclarationsReportTheInvestment) {
  FactDoc d("Japanese companies pledge $120 mln investment in Korea",
            "The Ministry announced on April 22 that two companies confirmed a pledge for combined investment of "
            "USD 120 million and submitted their investment declarations. On the heels of the investment "
            "declaration ceremony, the Minister met with the CEO of a chemical company for bilateral talks.",
            {2024, 4, 23});
  d.date("April 22", "2024-04-22");
  d.run(extract::make_events_stage);
  ASSERT_EQ(d.x.events.size(), 2u);
  EXPECT_EQ(d.x.events[0].type, "investment");
  EXPECT_EQ(d.x.events[0].span.begin, d.at("investment declarations").begin);
  EXPECT_EQ(d.x.events[1].type, "meeting");
  EXPECT_EQ(d.x.events[1].start, "2024-04-22");
}

// "today issued the following statement": one speaker's statement is no agreement; a joint one
// issued by two governments is.
TEST(Events, OneSpeakersStatementIsNoAgreement) {
  FactDoc d("Statement by Minister Sidhu on U.S. tariffs on Canadian lumber",
            "The Honourable Maninder Sidhu, Minister of International Trade, today issued the following statement: "
            "\"Canada strongly condemns the decision to increase duties on Canadian softwood lumber.\"",
            {2025, 8, 9});
  d.country("CA", "Canada").date("today", "2025-08-09");
  d.run(extract::make_events_stage);
  for (const auto& e : d.x.events) EXPECT_NE(e.type, "agreement");

  FactDoc j("Canada and Mexico issue joint statement",
            "Canada and Mexico today issued a joint statement on steel trade.", {2025, 8, 9});
  j.country("CA", "Canada").country("MX", "Mexico").date("today", "2025-08-09");
  j.run(extract::make_events_stage);
  ASSERT_FALSE(j.x.events.empty());
  EXPECT_EQ(j.x.events[0].type, "agreement");
}

// "pledge to promote trade and investment" is a policy pledge, no investment pledge: the title's
// summit is the event; "pledge $2 billion investment" stays one.
TEST(Events, PledgeToPromoteInvestmentIsNoInvestmentPledge) {
  FactDoc d("China, EU pledge to promote trade and investment in summit statement",
            "China and the European Union issued a joint statement after their summit in Nanjing on Monday.",
            {2009, 11, 30});
  d.date("Monday", "2009-11-30");
  d.run(extract::make_events_stage);
  ASSERT_FALSE(d.x.events.empty());
  EXPECT_NE(d.x.events[0].type, "investment");

  FactDoc p("Automakers pledge $2 billion investment in Mexico",
            "Two automakers announced on Monday that they will invest USD 2 billion in new plants.", {2024, 4, 22});
  p.date("Monday", "2024-04-22");
  p.run(extract::make_events_stage);
  ASSERT_FALSE(p.x.events.empty());
  EXPECT_EQ(p.x.events[0].type, "investment");
}

// "ASEAN's total trade reached US$3.8 trillion in 2022": a release of figures is dated by a day,
// never by the period of its figures; a day in the lede still dates it.
TEST(Events, StatisticsReleaseIsDatedByADayNotTheFiguresPeriod) {
  FactDoc d("ASEAN's total trade reached US$3.8 trillion in 2022",
            "ASEAN's total trade in goods reached US$3.8 trillion in 2022, up 14.9% from the previous year.",
            {2023, 9, 4});
  d.date("2022", "2022");
  d.run(extract::make_events_stage);
  ASSERT_FALSE(d.x.events.empty());
  EXPECT_EQ(d.x.events[0].type, "statistics");
  EXPECT_EQ(d.x.events[0].start, "2023-09-04");

  FactDoc n("Korea's exports up 6.8 pct in first 20 days of December",
            "Korea's exports rose 6.8 percent in December, data showed on December 23.", {2024, 12, 24});
  n.date("December", "2024-12").date("December 23", "2024-12-23");
  n.run(extract::make_events_stage);
  ASSERT_FALSE(n.x.events.empty());
  EXPECT_EQ(n.x.events[0].type, "statistics");
  EXPECT_EQ(n.x.events[0].start, "2024-12-23");
}

// "has initiated an anti-dumping investigation" reports the title's decision on its own day, not
// an imposition the release recalls from a year before; initiating anything else is no decision.
TEST(Events, InitiatedTradeRemedyCaseIsTheDecision) {
  FactDoc d("Australia's ADC initiates anti-dumping probe into steel rods",
            "Australia's Anti-Dumping Commission has initiated an anti-dumping investigation into steel rods from "
            "Vietnam. Australia imposed anti-dumping duties on the same products from China in April 2016.",
            {2017, 6, 12});
  d.date("April 2016", "2016-04");
  d.run(extract::make_events_stage);
  ASSERT_FALSE(d.x.events.empty());
  EXPECT_EQ(d.x.events[0].type, "decision");
  EXPECT_EQ(d.x.events[0].start, "2017-06-12");

  FactDoc n("Ministry initiates export programme",
            "The ministry initiated a new export promotion programme for small firms on Monday.", {2017, 6, 12});
  n.date("Monday", "2017-06-12");
  n.run(extract::make_events_stage);
  for (const auto& e : n.x.events) EXPECT_NE(e.type, "decision");
}

// Event nouns listed in the singular also match their plurals ("seminars", "ceremonies").
TEST(Events, PluralsOfEventNounsAreEventWords) {
  FactDoc d("Agency holds standards seminars",
            "The agency held two seminars on December 3 in Seoul. Award ceremonies followed on December 4.",
            {2025, 12, 4});
  d.date("December 3", "2025-12-03").date("December 4", "2025-12-04");
  d.run(extract::make_events_stage);
  ASSERT_EQ(d.x.events.size(), 2u);
  EXPECT_EQ(d.x.events[0].type, "conference");
  EXPECT_EQ(d.x.events[0].start, "2025-12-03");
  EXPECT_EQ(d.x.events[1].type, "ceremony");
  EXPECT_EQ(d.x.events[1].start, "2025-12-04");
}

// "to invest" with its amount is an investment pledge of record; without one it is a plan only.
TEST(Events, InvestWithAnAmountIsAnInvestmentEvent) {
  FactDoc d("Minister meets Japan's Minister",
            "The Minister met her counterpart in Tokyo on March 22. A carmaker plans to invest USD 1.4 billion "
            "in battery plants in April.",
            {2022, 3, 22});
  d.date("March 22", "2022-03-22").date("April", "2022-04").money("USD 1.4 billion", 1.4e9, "USD");
  d.run(extract::make_events_stage);
  ASSERT_EQ(d.x.events.size(), 2u);
  EXPECT_EQ(d.x.events[1].type, "investment");
  EXPECT_EQ(d.x.events[1].start, "2022-04");

  FactDoc none("Minister meets Japan's Minister",
               "The Minister met her counterpart in Tokyo on March 22. A carmaker plans to invest in battery "
               "plants in April.",
               {2022, 3, 22});
  none.date("March 22", "2022-03-22").date("April", "2022-04");
  none.run(extract::make_events_stage);
  EXPECT_EQ(none.x.events.size(), 1u);
}

// A date after a clause opened by "before"/"after" dates that clause's event, not the event word
// before the clause.
TEST(Events, DateAfterABeforeClauseIsThatClauses) {
  FactDoc d("Telephone talk between the Foreign Minister and the Commissioner",
            "On December 20, the Foreign Minister held a telephone talk with the Commissioner. She said it is "
            "necessary to finalize negotiations before elections in Europe next year. The sides will hold "
            "negotiations early next month.",
            {2016, 12, 20});
  d.date("December 20", "2016-12-20").date("next year", "2017").date("next month", "2017-01");
  d.run(extract::make_events_stage);
  ASSERT_EQ(d.x.events.size(), 2u);
  EXPECT_EQ(d.x.events[1].type, "negotiation");
  EXPECT_EQ(d.x.events[1].start, "2017-01");
}

}  // namespace
}  // namespace tw

namespace tw::testing {

TEST(Events, AnEmployerAfterAPersonsTitleIsNotTheVenue) {
  FactDoc d("Korea and Canada Discuss Trade Issues",
            "Park Jung-sung met with Alexandra Dostal, Senior Assistant Deputy Minister for the Strategy Sector at "
            "Innovation, Science and Economic Development Canada, in Seoul on Monday, December 1.",
            {2025, 12, 1});
  d.person("Alexandra Dostal").country("CA", "Canada").date("Monday, December 1", "2025-12-01");
  d.x.people.back().title = "Senior Assistant Deputy Minister for the Strategy Sector";
  d.run(extract::make_events_stage);
  ASSERT_FALSE(d.x.events.empty());
  EXPECT_EQ(d.x.events[0].venue, "");
  EXPECT_EQ(d.x.events[0].city, "Seoul");
}

}  // namespace tw::testing

namespace tw {
namespace {

using testing::FactDoc;

// Wire headlines: "slaps … duties" reports a decision, dated by the lede's day; "raises concerns
// over tariffs" does not.
TEST(Events, SlapsDutiesIsADecisionRaisesConcernsIsNot) {
  FactDoc d("India slaps anti-dumping duties on steel imports",
            "NEW DELHI, March 12 (Reuters) - India has imposed anti-dumping duties on some steel products from "
            "China, a notification showed on Wednesday.",
            {2025, 3, 12});
  d.country("IN", "India", 0, true).country("IN", "India").country("CN", "China");
  d.date("March 12", "2025-03-12").date("Wednesday", "2025-03-12");
  d.run(extract::make_events_stage);
  ASSERT_FALSE(d.x.events.empty());
  EXPECT_EQ(d.x.events[0].type, "decision");
  EXPECT_EQ(d.x.events[0].start, "2025-03-12");

  FactDoc n("Minister raises concerns over tariffs with U.S. counterpart",
            "The Minister held talks with the U.S. Secretary of Commerce on December 3 and raised concerns over "
            "tariffs.",
            {2025, 12, 4});
  n.country("US", "U.S.", 0, true).country("US", "U.S.").date("December 3", "2025-12-03");
  n.run(extract::make_events_stage);
  ASSERT_FALSE(n.x.events.empty());
  EXPECT_EQ(n.x.events[0].type, "meeting");
}

// "enters into force" in a title reports an agreement event; the lede's own day, not the
// dateline's, dates it; the title's parties are the event's partners.
TEST(Events, EntryIntoForceDatedByTheLedesOwnDay) {
  FactDoc d("Mercosur and Singapore agreement enters into force",
            "Brasília, December 16, 2025 – The agreement between Mercosur and Singapore entered into force yesterday, "
            "the Ministry of Development, Industry, Trade and Services said.",
            {2025, 12, 16});
  d.bloc("MERCOSUR", "Mercosur", 0, true).country("SG", "Singapore", 0, true);
  d.bloc("MERCOSUR", "Mercosur").country("SG", "Singapore");
  d.date("December 16, 2025", "2025-12-16").date("yesterday", "2025-12-15");
  d.run(extract::make_events_stage);
  ASSERT_FALSE(d.x.events.empty());
  EXPECT_EQ(d.x.events[0].type, "agreement");
  EXPECT_EQ(d.x.events[0].start, "2025-12-15");
  EXPECT_EQ(d.x.events[0].partners, (std::vector<std::string>{"MERCOSUR", "SG"}));
}

// A statistics headline whose body has no event word is dated by the day the data came out, not by
// the month the figures cover.
TEST(Events, StatisticsDatedByReleaseDayNotByTheMonthCovered) {
  FactDoc d("Vietnam's October exports rise 9.1%",
            "HANOI (Reuters) - Vietnam's exports rose 9.1% in October from a year earlier, government data "
            "showed on Thursday.",
            {2025, 11, 6});
  d.country("VN", "Vietnam", 0, true).country("VN", "Vietnam");
  d.date("October", "2025-10").date("Thursday", "2025-11-06");
  d.run(extract::make_events_stage);
  ASSERT_FALSE(d.x.events.empty());
  EXPECT_EQ(d.x.events[0].type, "statistics");
  EXPECT_EQ(d.x.events[0].start, "2025-11-06");
}

// A figures headline with no figures word in the body is the title's own event: a later sentence's
// visit abroad keeps its city, people and date to itself.
TEST(Events, StatisticsTitleDoesNotBorrowALaterVisitsDetails) {
  FactDoc d("Japan posts trade deficit for fiscal 2023",
            "TOKYO - Japan posted a trade deficit of 5.89 trillion yen in fiscal 2023, the Ministry of Finance "
            "said on Thursday. Exports rose 3.6 percent. Trade Minister Ken Saito is to visit Brussels in early "
            "May.",
            {2024, 4, 18});
  d.country("JP", "Japan", 0, true).country("JP", "Japan");
  d.date("Thursday", "2024-04-18").date("May", "2024-05");
  d.run(extract::make_events_stage);
  ASSERT_EQ(d.x.events.size(), 2u);
  EXPECT_EQ(d.x.events[0].type, "statistics");
  EXPECT_EQ(d.x.events[0].start, "2024-04-18");
  EXPECT_TRUE(d.x.events[0].city.empty());
  EXPECT_TRUE(d.x.events[0].participants.empty());
  EXPECT_TRUE(d.x.events[0].span.in_title);
  EXPECT_EQ(d.x.events[1].type, "visit");
  EXPECT_EQ(d.x.events[1].city, "Brussels");
  EXPECT_EQ(d.x.events[1].start, "2024-05");
}

// The figures given at a meeting are released there: that sentence reports the title's event.
TEST(Events, StatisticsTitleReadsTheMeetingWhereTheFiguresWereGiven) {
  FactDoc d("Turkiye's exports hit record high, minister says",
            "ISTANBUL - Exports in the first seven months rose 5.2% to $156.4 billion, Trade Minister Omer Bolat "
            "said at a meeting of exporters in Istanbul on Friday.",
            {2025, 8, 9});
  d.country("TR", "Turkiye", 0, true);
  d.date("Friday", "2025-08-08").percent("5.2%", 5.2).money("$156.4 billion", 156400000000.0, "USD");
  d.run(extract::make_events_stage);
  ASSERT_FALSE(d.x.events.empty());
  EXPECT_EQ(d.x.events[0].type, "statistics");
  EXPECT_EQ(d.x.events[0].city, "Istanbul");
  EXPECT_FALSE(d.x.events[0].span.in_title);
}

// The months of a year's running figures ("in the first six months of the year") date no event:
// the day the figures were given does. Two months named as a run still date one.
TEST(Events, YearToDatePeriodIsNoEventDate) {
  FactDoc d("FDI pledges hit record high in first half",
            "SEOUL - Foreign direct investment pledged to South Korea hit a record in the first six months of the "
            "year, the government said Monday.",
            {2016, 7, 4});
  d.country("KR", "South Korea");
  d.date("first six months of the year", "2016-01/2016-06").date("Monday", "2016-07-04");
  d.run(extract::make_events_stage);
  ASSERT_FALSE(d.x.events.empty());
  EXPECT_EQ(d.x.events[0].start, "2016-07-04");
  FactDoc run("Talks held in Geneva", "The talks were held in Geneva from Jan. to Feb. Ministers attended.",
              {2025, 3, 10});
  run.date("Jan. to Feb.", "2025-01/2025-02");
  run.run(extract::make_events_stage);
  ASSERT_FALSE(run.x.events.empty());
  EXPECT_EQ(run.x.events[0].start, "2025-01");
}

// The capitalized words before a verb ("Minister Gan Kim Yong met with") are its subject, not the
// event's name; those before a noun ("the 21st Korea-Japan Steel Dialogue meeting") are its name.
TEST(Events, NoNameEndsInAVerb) {
  FactDoc d("Ministers meet in Singapore",
            "Minister for Trade and Industry Gan Kim Yong met with New Zealand's Minister for Trade Todd McClay in "
            "Singapore on 3 March 2025.",
            {2025, 3, 4});
  d.country("NZ", "New Zealand");
  d.date("3 March 2025", "2025-03-03");
  d.run(extract::make_events_stage);
  ASSERT_FALSE(d.x.events.empty());
  EXPECT_EQ(d.x.events[0].type, "meeting");
  EXPECT_TRUE(d.x.events[0].name.empty()) << d.x.events[0].name;
  FactDoc n("Steel dialogue held", "The 21st Korea-Japan Steel Dialogue meeting was held in Seoul on 3 March 2025.",
            {2025, 3, 4});
  n.date("3 March 2025", "2025-03-03");
  n.run(extract::make_events_stage);
  ASSERT_FALSE(n.x.events.empty());
  EXPECT_EQ(n.x.events[0].name, "21st Korea-Japan Steel Dialogue meeting");
}

// A headline naming a trade flow and its move over a body of figures, with no event word anywhere,
// reports a release of figures on the lede's day. A measure's headline or one without a move or
// figure does not.
TEST(Events, FiguresHeadlineWithoutEventWordIsAStatisticsRelease) {
  FactDoc d("China FDI inflow up 17.4 pct in H1",
            "BEIJING - Foreign direct investment into China grew 17.4 percent to 123.1 billion dollars in the first "
            "half, the ministry said on Friday.",
            {2022, 7, 30});
  d.country("CN", "China", 0, true).country("CN", "China");
  d.date("Friday", "2022-07-29").percent("17.4 percent", 17.4).money("123.1 billion dollars", 123.1e9, "USD");
  d.run(extract::make_events_stage);
  ASSERT_EQ(d.x.events.size(), 1u);
  EXPECT_EQ(d.x.events[0].type, "statistics");
  EXPECT_EQ(d.x.events[0].start, "2022-07-29");
  EXPECT_TRUE(d.x.events[0].span.in_title);
  FactDoc m("Mexico announces 25% import tariffs on steel",
            "MEXICO CITY - Mexico will charge 25% on steel imports worth 3 billion dollars.", {2024, 4, 23});
  m.percent("25%", 25).money("3 billion dollars", 3e9, "USD");
  m.run(extract::make_events_stage);
  for (const auto& e : m.x.events) EXPECT_NE(e.type, "statistics");
  FactDoc q("India's trade figures for February",
            "NEW DELHI - India's merchandise exports in February stood at USD 41.4 billion, the ministry said on "
            "Friday.",
            {2024, 3, 15});
  q.date("February", "2024-02").date("Friday", "2024-03-15").money("USD 41.4 billion", 41.4e9, "USD");
  q.x.dates[0].span.in_title = true;
  q.x.dates[0].span.begin = static_cast<uint32_t>(q.title().find("February"));
  q.x.dates[0].span.end = q.x.dates[0].span.begin + 8;
  q.run(extract::make_events_stage);
  ASSERT_EQ(q.x.events.size(), 1u);
  EXPECT_EQ(q.x.events[0].type, "statistics");
  EXPECT_EQ(q.x.events[0].start, "2024-03-15");
  FactDoc f("China's December exports beat forecasts",
            "BEIJING - China's exports rose 2.3% in December, customs data showed on Friday.", {2024, 1, 12});
  f.date("Friday", "2024-01-12").percent("2.3%", 2.3);
  f.run(extract::make_events_stage);
  ASSERT_EQ(f.x.events.size(), 1u);
  EXPECT_EQ(f.x.events[0].type, "statistics");
  FactDoc u("Minister urges firms to expand exports",
            "PRETORIA - Exporters should grow sales by 10 percent, the minister said.", {2021, 1, 1});
  u.percent("10 percent", 10);
  u.run(extract::make_events_stage);
  EXPECT_TRUE(u.x.events.empty());
}

// A headline of a government putting a measure in place reports its decision, on the lede's day;
// the same verb without a measure reports none.
TEST(Events, MeasureHeadlineIsADecision) {
  FactDoc d("Mexico announces 25% import tariffs on steel",
            "MEXICO CITY - Mexico will charge tariffs of 25% on steel imports from countries without a trade "
            "agreement, the economy ministry said on Wednesday.",
            {2023, 8, 17});
  d.country("MX", "Mexico", 0, true).country("MX", "Mexico");
  d.date("Wednesday", "2023-08-16").percent("25%", 25);
  d.run(extract::make_events_stage);
  ASSERT_FALSE(d.x.events.empty());
  EXPECT_EQ(d.x.events[0].type, "decision");
  EXPECT_EQ(d.x.events[0].start, "2023-08-16");
  FactDoc a("US to announce new tariffs on Chinese EVs on Tuesday",
            "WASHINGTON - The administration will announce new tariffs on Chinese electric vehicles on Tuesday.",
            {2024, 5, 13});
  a.date("Tuesday", "2024-05-14");
  a.run(extract::make_events_stage);
  ASSERT_FALSE(a.x.events.empty());
  EXPECT_EQ(a.x.events[0].type, "decision");
  FactDoc n("Ministry announces new export support", "SEOUL - The ministry said exporters will get more help.",
            {2023, 8, 17});
  n.run(extract::make_events_stage);
  for (const auto& e : n.x.events) EXPECT_NE(e.type, "decision");
}

// The same body under a headline of another kind still has that sentence report it: only a
// release of figures is its title's alone.
TEST(Events, NonStatisticsTitleStillReadsItsBodysSentence) {
  FactDoc d("Trade Minister to travel to Europe",
            "TOKYO - Japan posted a trade deficit of 5.89 trillion yen in fiscal 2023, the Ministry of Finance "
            "said on Thursday. Trade Minister Ken Saito is to visit Brussels in early May.",
            {2024, 4, 18});
  d.country("JP", "Japan");
  d.date("Thursday", "2024-04-18").date("May", "2024-05");
  d.run(extract::make_events_stage);
  ASSERT_FALSE(d.x.events.empty());
  EXPECT_EQ(d.x.events[0].type, "visit");
  EXPECT_EQ(d.x.events[0].city, "Brussels");
  EXPECT_FALSE(d.x.events[0].span.in_title);
}

// "The next round is scheduled …" schedules a negotiation round where it names one.
TEST(Events, NextRoundScheduled) {
  FactDoc d("Ninth round of negotiations held in Lima",
            "The ninth round of negotiations was held in Lima from 15 to 18 September 2025. The next round is "
            "scheduled to be held in New Delhi in November 2025.",
            {2025, 9, 19});
  d.date("15 to 18 September 2025", "2025-09-15/2025-09-18").date("November 2025", "2025-11");
  d.run(extract::make_events_stage);
  ASSERT_EQ(d.x.events.size(), 2u);
  EXPECT_EQ(d.x.events[0].type, "negotiation");
  EXPECT_EQ(d.x.events[0].city, "Lima");
  EXPECT_EQ(d.x.events[1].type, "negotiation");
  EXPECT_EQ(d.x.events[1].start, "2025-11");
  EXPECT_EQ(d.x.events[1].city, "New Delhi");
}

}  // namespace
}  // namespace tw

namespace tw {
namespace {

using testing::FactDoc;

// The dateline's date is the publication's: "concluded the negotiations" beside it is no
// negotiation event of that day. Negative: a negotiation with its own day in the text still is.
TEST(Events, DatelineDateDatesNoSideEvent) {
  FactDoc d("Mercosur and Singapore conclude negotiations of agreement",
            "Brasília, December 16, 2025 – Mercosur and Singapore yesterday concluded the negotiations of an "
            "agreement, the Ministry of Development, Industry, Trade and Services announced. The next round of "
            "negotiations on services will be held on December 18.",
            {2025, 12, 16});
  d.bloc("MERCOSUR", "Mercosur", 0, true).country("SG", "Singapore", 0, true);
  d.bloc("MERCOSUR", "Mercosur").country("SG", "Singapore");
  d.date("December 16, 2025", "2025-12-16").date("yesterday", "2025-12-15").date("December 18", "2025-12-18");
  d.run(extract::make_events_stage);
  ASSERT_EQ(d.x.events.size(), 2u);
  EXPECT_EQ(d.x.events[0].type, "agreement");
  EXPECT_EQ(d.x.events[0].start, "2025-12-15");
  EXPECT_EQ(d.x.events[1].type, "negotiation");
  EXPECT_EQ(d.x.events[1].start, "2025-12-18");
}

}  // namespace
}  // namespace tw

namespace tw {
namespace {

using testing::FactDoc;

// "met … on Tuesday and signed an … Agreement": the signing is an event of that day too.
// Negative: an agreement signed long before, not joined to the meeting verb, is no event.
TEST(Events, SigningJoinedToTheMeetingVerbIsItsOwnEvent) {
  FactDoc d("Economic ministers meet in Kuala Lumpur",
            "Economic ministers met in Kuala Lumpur on Tuesday and signed an upgraded Trade in Goods Agreement.",
            {2025, 9, 23});
  d.date("Tuesday", "2025-09-23");
  d.run(extract::make_events_stage);
  ASSERT_EQ(d.x.events.size(), 2u);
  EXPECT_EQ(d.x.events[0].type, "meeting");
  EXPECT_EQ(d.x.events[1].type, "agreement");
  EXPECT_EQ(d.x.events[1].start, "2025-09-23");
  EXPECT_EQ(d.x.events[1].city, "Kuala Lumpur");

  FactDoc v("Economic ministers meet in Kuala Lumpur",
            "Economic ministers met in Kuala Lumpur on Tuesday to review the Trade in Goods Agreement signed in 2009.",
            {2025, 9, 23});
  v.date("Tuesday", "2025-09-23").date("2009", "2009");
  v.run(extract::make_events_stage);
  ASSERT_EQ(v.x.events.size(), 1u);
  EXPECT_EQ(v.x.events[0].type, "meeting");
}

// A press or news conference is where something was said, not an event of trade diplomacy; the
// forum the minister spoke at still is.
TEST(Events, PressConferenceIsAVenueOfWordsNotAnEvent) {
  FactDoc d("Minister comments on trade figures",
            "Assistant Minister Li Chenggang told a press conference on Tuesday, July 30, that talks went well. "
            "He said at a news conference that exports rose.",
            {2019, 7, 31});
  d.date("Tuesday, July 30", "2019-07-30");
  d.run(extract::make_events_stage);
  for (const auto& e : d.x.events) EXPECT_NE(e.type, "conference") << e.name;

  FactDoc f("Minister speaks at forum",
            "Assistant Minister Li Chenggang spoke at the Trade Forum on Tuesday, July 30, and then told a joint "
            "press conference that talks went well.",
            {2019, 7, 31});
  f.date("Tuesday, July 30", "2019-07-30");
  f.run(extract::make_events_stage);
  ASSERT_FALSE(f.x.events.empty());
  EXPECT_EQ(f.x.events[0].type, "conference");
  EXPECT_EQ(f.x.events[0].name, "Trade Forum");
}

// An agreement the title says takes effect or comes into force is the title's agreement event,
// dated by the day it does; a tariff taking effect is no agreement.
TEST(Events, TitleAgreementTakingEffectIsAnAgreementEvent) {
  FactDoc d("Turkey-Singapore FTA to take effect Oct 1",
            "A free trade agreement that Singapore and Turkey have ratified will go into force on Oct 1.",
            {2017, 8, 22});
  d.country("TR", "Turkey", 0, true).country("SG", "Singapore", 0, true);
  d.country("SG", "Singapore").country("TR", "Turkey");
  d.date("Oct 1", "2017-10-01");
  d.run(extract::make_events_stage);
  ASSERT_FALSE(d.x.events.empty());
  EXPECT_EQ(d.x.events[0].type, "agreement");
  EXPECT_EQ(d.x.events[0].start, "2017-10-01");

  FactDoc c("Peru-EFTA FTA to come into effect on July 1",
            "The FTA signed between Peru and EFTA will come into effect on July 1, the Executive noted Friday.",
            {2011, 6, 10});
  c.country("PE", "Peru", 0, true).bloc("EFTA", "EFTA", 0, true).country("PE", "Peru").bloc("EFTA", "EFTA");
  c.date("July 1", "2011-07-01").date("Friday", "2011-06-10");
  c.run(extract::make_events_stage);
  ASSERT_FALSE(c.x.events.empty());
  EXPECT_EQ(c.x.events[0].type, "agreement");
  EXPECT_EQ(c.x.events[0].start, "2011-07-01");

  FactDoc t("New steel tariffs to take effect Oct 1",
            "The tariffs on steel imports will take effect on Oct 1.", {2017, 8, 22});
  t.date("Oct 1", "2017-10-01");
  t.run(extract::make_events_stage);
  for (const auto& e : t.x.events) EXPECT_NE(e.type, "agreement");
}

// "signed an agreement on economic cooperation until 2026": the year the pact runs until ends its
// term and dates no event; a signing "in 2017" is dated by it.
TEST(Events, DateASpanRunsUntilIsNoEventDay) {
  FactDoc d("Belarus, Kazakhstan aim for more trade",
            "Trade between Kazakhstan and Belarus increased in 2017. The two countries signed an agreement on "
            "economic cooperation until 2026.",
            {2018, 11, 23});
  d.country("KZ", "Kazakhstan").country("BY", "Belarus");
  d.date("2017", "2017").date("2026", "2026");
  d.run(extract::make_events_stage);
  for (const auto& e : d.x.events) EXPECT_NE(e.start, "2026") << e.type;

  FactDoc n("Belarus, Kazakhstan aim for more trade",
            "Trade between Kazakhstan and Belarus increased in 2017. The two countries signed an agreement on "
            "economic cooperation in 2018.",
            {2018, 11, 23});
  n.country("KZ", "Kazakhstan").country("BY", "Belarus");
  n.date("2017", "2017").date("2018", "2018");
  n.run(extract::make_events_stage);
  ASSERT_FALSE(n.x.events.empty());
  EXPECT_EQ(n.x.events[0].start, "2018");
}

// A decision only the title words ("China slaps provisional duties on European brandy") is
// against the governments its lede names; the reporter and the place it is taken are none.
TEST(Events, TitleOnlyDecisionTakesTheLedesCounterparts) {
  FactDoc d("China slaps provisional duties on European brandy",
            "BEIJING (AFP) - China said on Friday it would impose provisional anti-dumping measures on brandy from "
            "the EU, requiring importers to pay deposits.",
            {2024, 7, 6});
  d.country("CN", "China").bloc("EU", "EU");
  d.date("Friday", "2024-07-05");
  d.run(extract::make_events_stage);
  ASSERT_FALSE(d.x.events.empty());
  EXPECT_EQ(d.x.events[0].type, "decision");
  EXPECT_EQ(d.x.events[0].partners, (std::vector<std::string>{"EU"}));

  FactDoc n("China slaps provisional duties on imported brandy",
            "BEIJING (AFP) - China said on Friday it would impose provisional anti-dumping measures on brandy, "
            "requiring importers to pay deposits.",
            {2024, 7, 6});
  n.country("CN", "China");
  n.date("Friday", "2024-07-05");
  n.run(extract::make_events_stage);
  ASSERT_FALSE(n.x.events.empty());
  EXPECT_TRUE(n.x.events[0].partners.empty());
}

// A title reporting an entry into force is the body's sentence of entry into force, dated by its
// own date, not by the signing or ratification the body recalls first. A title reporting a
// signing keeps the signing's day.
TEST(Events, TitleEntryIntoForceOverRecalledSigning) {
  FactDoc d("New Zealand says EU trade deal to enter into force on May 1",
            "Wellington and Brussels signed the agreement in July 2023. New Zealand said on Monday its free trade "
            "agreement with the European Union will enter into force on May 1.",
            {2024, 3, 25});
  d.country("NZ", "New Zealand", 0, true).bloc("EU", "EU", 0, true);
  d.country("NZ", "New Zealand").bloc("EU", "European Union");
  d.date("July 2023", "2023-07").date("Monday", "2024-03-25").date("May 1", "2024-05-01");
  d.run(extract::make_events_stage);
  ASSERT_FALSE(d.x.events.empty());
  EXPECT_EQ(d.x.events[0].type, "agreement");
  EXPECT_EQ(d.x.events[0].start, "2024-05-01");

  FactDoc n("New Zealand and EU sign trade deal",
            "Wellington and Brussels signed the agreement on Monday. It will enter into force on May 1.",
            {2024, 3, 25});
  n.country("NZ", "New Zealand", 0, true).bloc("EU", "EU", 0, true);
  n.date("Monday", "2024-03-25").date("May 1", "2024-05-01");
  n.run(extract::make_events_stage);
  ASSERT_FALSE(n.x.events.empty());
  EXPECT_EQ(n.x.events[0].type, "agreement");
  EXPECT_EQ(n.x.events[0].start, "2024-03-25");
}

// "in Cali, Colombia": a capitalized place put "in" before its country is the event's city even
// when the gazetteer does not know it; a list of countries without "in" names no city.
TEST(Events, CityPlacedInBeforeItsCountry) {
  FactDoc d("Canada welcomes first round of free trade negotiations with the Pacific Alliance",
            "The first round of free trade negotiations takes place from October 23 to 27 in Cali, Colombia.",
            {2017, 10, 22});
  d.country("CA", "Canada", 0, true).country("CO", "Colombia");
  d.date("October 23 to 27", "2017-10-23/2017-10-27");
  d.run(extract::make_events_stage);
  ASSERT_FALSE(d.x.events.empty());
  EXPECT_EQ(d.x.events[0].type, "negotiation");
  EXPECT_EQ(d.x.events[0].city, "Cali");
  EXPECT_EQ(d.x.events[0].country, "CO");

  FactDoc n("Canada welcomes first round of free trade negotiations with the Pacific Alliance",
            "The first round of free trade negotiations with Pacific Alliance members Chile, Colombia and Peru "
            "takes place from October 23 to 27.",
            {2017, 10, 22});
  n.country("CA", "Canada", 0, true).country("CL", "Chile").country("CO", "Colombia").country("PE", "Peru");
  n.date("October 23 to 27", "2017-10-23/2017-10-27");
  n.run(extract::make_events_stage);
  ASSERT_FALSE(n.x.events.empty());
  EXPECT_EQ(n.x.events[0].city, "");
}

// A title that opens with one country as its subject speaks of that country's own affairs: the
// publisher, not a counterpart. A title opening with a pair ("China and Indonesia …") presents
// counterparts, and the country the body names most besides them is the publisher.
TEST(Events, TitleSubjectCountryIsThePublisher) {
  auto voices = extract::facts::Lexicon::load(TW_SOURCE_DIR "/data", "reporter_voices.tsv", 1);
  ASSERT_TRUE(voices.ok()) << voices.error();
  auto reporter = [&](FactDoc& d) {
    extract::Doc doc{d.title(), d.body(), {2024, 6, 15}, text::split_sentences(d.body(), tw::testing::sentence_rules()), d.x, false};
    return extract::facts::infer_reporter(doc, voices.value());
  };
  FactDoc a("Indonesia's trade surplus with China narrows",
            "Indonesia booked a trade surplus with China in May. Indonesia sold less coal. Exports to China fell "
            "while imports from China rose.",
            {2024, 6, 15});
  a.country("ID", "Indonesia", 0, true).country("CN", "China", 0, true);
  a.country("ID", "Indonesia").country("ID", "Indonesia", 1);
  a.country("CN", "China").country("CN", "China", 1).country("CN", "China", 2);
  EXPECT_EQ(reporter(a), "ID");

  FactDoc b("China and Indonesia hold trade talks",
            "Vietnam said China and Indonesia met. Vietnam watched the talks. Vietnam's ministry said so.",
            {2024, 6, 15});
  b.country("CN", "China", 0, true).country("ID", "Indonesia", 0, true);
  b.country("VN", "Vietnam").country("CN", "China").country("ID", "Indonesia").country("VN", "Vietnam", 1);
  b.country("VN", "Vietnam", 2);
  EXPECT_EQ(reporter(b), "VN");

  // "his Turkish counterpart" names the country the publisher's minister met.
  FactDoc c("Prime Minister meets counterpart",
            "Prime Minister Lee met his Turkish counterpart in Singapore. Turkey and Singapore will deepen ties. "
            "Turkey's exports grew.",
            {2024, 6, 15});
  c.country("TR", "Turkish").country("SG", "Singapore").country("TR", "Turkey").country("SG", "Singapore", 1);
  c.country("TR", "Turkey", 1);
  EXPECT_EQ(reporter(c), "SG");
}

// An interview's question names the counterpart's body ("Q: The European Commission announced
// …"); the answer's voice is the publisher's. Without the question and answer marks the earliest
// voice speaks.
TEST(Events, InterviewAnswerNotQuestionSpeaks) {
  auto voices = extract::facts::Lexicon::load(TW_SOURCE_DIR "/data", "reporter_voices.tsv", 1);
  ASSERT_TRUE(voices.ok()) << voices.error();
  auto reporter = [&](FactDoc& d) {
    extract::Doc doc{d.title(), d.body(), {2024, 6, 15}, text::split_sentences(d.body(), tw::testing::sentence_rules()), d.x, false};
    return extract::facts::infer_reporter(doc, voices.value());
  };
  auto make = [](std::string_view q, std::string_view a) {
    FactDoc d("Spokesperson answers questions on EU probe",
              std::string(q) + "The European Commission announced that it had initiated an investigation into "
                  "vehicles imported from China. What is China's comment? " + std::string(a) +
                  "MOFCOM spokesperson said China firmly opposes the investigation.",
              {2024, 6, 15});
    d.bloc("EU", "EU", 0, true).country("CN", "China").country("CN", "China", 1).country("CN", "China", 2);
    return d;
  };
  FactDoc qa = make("Q: ", "A: ");
  EXPECT_EQ(reporter(qa), "CN");
  FactDoc plain = make("", "");
  EXPECT_EQ(reporter(plain), "EU");
  // "Q:" inside a sentence opens no question turn.
  FactDoc inner = make("See Q: ", "A: ");
  EXPECT_EQ(reporter(inner), "EU");
}

// The EU's Commissioner for Trade speaks for the EU ("…, Executive Vice-President and Commissioner
// for Trade Valdis Dombrovskis said"); Japan's Minister for Foreign Affairs, named first, speaks for
// Japan in a call with the Commissioner.
TEST(Events, CommissionerForTradeIsTheEuVoice) {
  auto voices = extract::facts::Lexicon::load(TW_SOURCE_DIR "/data", "reporter_voices.tsv", 1);
  ASSERT_TRUE(voices.ok()) << voices.error();
  auto reporter = [&](FactDoc& d) {
    extract::Doc doc{d.title(), d.body(), {2024, 6, 15}, text::split_sentences(d.body(), tw::testing::sentence_rules()), d.x, false};
    return extract::facts::infer_reporter(doc, voices.value());
  };
  FactDoc eu("EU, Chile interim trade agreement enters into force",
             "BRUSSELS - The EU-Chile Interim Trade Agreement entered into force, Executive Vice-President and "
             "Commissioner for Trade Valdis Dombrovskis said. Chile's Minister welcomed the step. Chile and "
             "the EU traded more.",
             {2024, 6, 15});
  eu.bloc("EU", "EU", 0, true).country("CL", "Chile", 0, true);
  eu.bloc("EU", "EU").country("CL", "Chile").country("CL", "Chile", 1).country("CL", "Chile", 2).bloc("EU", "EU", 1);
  EXPECT_EQ(reporter(eu), "EU");
  FactDoc jp("Telephone Talk between Foreign Minister Kishida and the European Commissioner for Trade",
             "Mr. Fumio Kishida, Minister for Foreign Affairs of Japan, held a telephone talk with Ms. Cecilia "
             "Malmstrom, European Commissioner for Trade, on the Japan-EU EPA. The EU side welcomed it.",
             {2024, 6, 15});
  jp.country("JP", "Japan").country("JP", "Japan", 1).bloc("EU", "EU").bloc("EU", "EU", 1);
  EXPECT_EQ(reporter(jp), "JP");
}

// A lede whose subject is a person named before any country is the publisher's own minister; the
// country whose title the minister acts "with" ("with UAE Minister …") is the counterpart. "With
// UAE officials" qualifies no title: the counts decide.
TEST(Events, MinisterActsWithCounterpartTitle) {
  auto voices = extract::facts::Lexicon::load(TW_SOURCE_DIR "/data", "reporter_voices.tsv", 1);
  ASSERT_TRUE(voices.ok()) << voices.error();
  auto reporter = [&](FactDoc& d) {
    extract::Doc doc{d.title(), d.body(), {2024, 6, 15}, text::split_sentences(d.body(), tw::testing::sentence_rules()), d.x, false};
    return extract::facts::infer_reporter(doc, voices.value());
  };
  auto make = [](std::string_view with) {
    FactDoc d("Australia and the UAE sign CEPA",
              "Minister for Trade Don Farrell today signed the Australia-UAE CEPA in Abu Dhabi with " +
                  std::string(with) + ". Trade between Australia and the UAE grew. The UAE will cut tariffs on "
                  "Australian goods.",
              {2024, 6, 15});
    d.country("AU", "Australia", 0, true).country("AE", "UAE", 0, true);
    d.country("AU", "Australia").country("AU", "Australia", 1).country("AU", "Australian");
    d.country("AE", "UAE").country("AE", "UAE", 1).country("AE", "UAE", 2).country("AE", "UAE", 3);
    d.person("Don Farrell");
    return d;
  };
  FactDoc titled = make("UAE Minister Thani Al Zeyoudi");
  EXPECT_EQ(reporter(titled), "AU");
  FactDoc officials = make("UAE officials");
  EXPECT_EQ(reporter(officials), "AE");
}

// A meeting whose own words name no counterpart is among those a sentence soon after says it
// gathered ("which brought together ministers from Australia, Kiribati and Tonga"); countries a
// later sentence names without such words are no partners.
TEST(Events, MeetingPartnersAreThoseItBroughtTogether) {
  auto make = [](std::string_view second) {
    FactDoc d("Ministerial Meeting held in Brisbane",
              "BRISBANE, Australia - The PACER Plus Ministerial Meeting was held on Friday 15 November in "
              "Brisbane. " + std::string(second),
              {2024, 11, 16});
    d.country("AU", "Australia");
    for (std::string_view c : {"Samoa", "Kiribati", "Tonga"})
      if (d.body().find(c) != std::string::npos) d.country(c == "Samoa" ? "WS" : c == "Kiribati" ? "KI" : "TO", c);
    if (d.body().find("from Australia") != std::string::npos) d.country("AU", "Australia", 1);
    d.date("Friday 15 November", "2024-11-15");
    d.run(extract::make_events_stage);
    return d;
  };
  FactDoc gathered = make("Samoa's Minister chaired the meeting, which brought together ministers from Australia, "
                          "Kiribati and Tonga.");
  ASSERT_FALSE(gathered.x.events.empty());
  EXPECT_EQ(gathered.x.events[0].type, "meeting");
  EXPECT_EQ(gathered.x.events[0].partners, (std::vector<std::string>{"KI", "TO"}));
  FactDoc named = make("Samoa's Minister later visited Kiribati and Tonga.");
  ASSERT_FALSE(named.x.events.empty());
  EXPECT_TRUE(named.x.events[0].partners.empty());
}

// Negotiations that "have resulted in an agreement" have reached it: an agreement event; talks that
// only go on are a negotiation.
TEST(Events, NegotiationsResultedInAnAgreement) {
  auto make = [](std::string_view outcome) {
    FactDoc d("Morocco, Egypt trade deal",
              "RABAT - Morocco's Minister of Industry and Trade said the negotiations between Morocco and Egypt on "
              "their free trade deal " + std::string(outcome) + ", he told parliament on Tuesday.",
              {2022, 5, 18});
    d.country("MA", "Morocco", 0, true).country("EG", "Egypt", 0, true);
    d.country("MA", "Morocco").country("MA", "Morocco", 1).country("EG", "Egypt");
    d.date("Tuesday", "2022-05-17");
    d.run(extract::make_events_stage);
    return d;
  };
  FactDoc reached = make("have resulted in an agreement");
  ASSERT_FALSE(reached.x.events.empty());
  EXPECT_EQ(reached.x.events[0].type, "agreement");
  EXPECT_EQ(reached.x.events[0].partners, (std::vector<std::string>{"EG"}));
  FactDoc ongoing = make("will continue next month");
  ASSERT_FALSE(ongoing.x.events.empty());
  EXPECT_EQ(ongoing.x.events[0].type, "negotiation");
}

// Free trade talks a title says were completed, concluded or wrapped up conclude an agreement; a
// visit completed or a meeting's talks concluded do not.
TEST(Events, TitleFreeTradeTalksCompletedAreAnAgreementEvent) {
  FactDoc d("EU and New Zealand complete free trade talks",
            "The European Union and New Zealand completed negotiations on Thursday, June 30, for a free trade "
            "agreement.",
            {2022, 7, 1});
  d.bloc("EU", "EU", 0, true).country("NZ", "New Zealand", 0, true);
  d.bloc("EU", "European Union").country("NZ", "New Zealand");
  d.date("Thursday, June 30", "2022-06-30");
  d.run(extract::make_events_stage);
  ASSERT_FALSE(d.x.events.empty());
  EXPECT_EQ(d.x.events[0].type, "agreement");
  EXPECT_EQ(d.x.events[0].start, "2022-06-30");

  for (const char* title : {"Minister completes visit to Seoul", "Ministers conclude talks in Seoul"}) {
    FactDoc n(title, "The minister met his counterpart on Thursday, June 30, in Seoul.", {2022, 7, 1});
    n.date("Thursday, June 30", "2022-06-30");
    n.run(extract::make_events_stage);
    for (const auto& e : n.x.events) EXPECT_NE(e.type, "agreement") << title;
  }
}

// Capitalized words before a lower-case verb trigger are its subject, not the event's name; a
// name an event noun ends keeps its words.
TEST(Events, SubjectOfAVerbIsNoEventName) {
  FactDoc d("Pakistan signs free trade agreement with GCC",
            "GCC Secretary General Jasem Albudaiwi signed the free trade agreement on Thursday, September 28. "
            "The Pakistan–GCC Business Forum was held on Friday, September 29.",
            {2023, 9, 29});
  d.country("PK", "Pakistan", 0, true).bloc("GCC", "GCC", 0, true).bloc("GCC", "GCC").bloc("GCC", "GCC", 1);
  d.country("PK", "Pakistan");
  d.date("Thursday, September 28", "2023-09-28").date("Friday, September 29", "2023-09-29");
  d.run(extract::make_events_stage);
  ASSERT_GE(d.x.events.size(), 2u);
  EXPECT_EQ(d.x.events[0].type, "agreement");
  EXPECT_EQ(d.x.events[0].name, "");
  bool forum = false;
  for (const auto& e : d.x.events) forum |= e.type == "conference" && e.name == "Pakistan–GCC Business Forum";
  EXPECT_TRUE(forum);
}


// A country named only as where an event is held ("in Geneva, Switzerland", "scheduled for March
// 2026 in Cameroon") or only as what the talks are about ("trade relations with the United States
// and China", "EU–US relations") is no counterpart. A country also named otherwise, one placed
// "in" something other than the event ("investment in Vietnam") and a dashed pair naming no
// relations ("the Korea–Japan FTA") stay partners.
TEST(Events, VenueAndSubjectCountriesAreNoPartners) {
  FactDoc a("Officials prepare the Ministerial Conference",
            "The Senior Officials Meeting will be held in Geneva, Switzerland, on December 15 ahead of the "
            "Ministerial Conference.",
            {2025, 12, 10});
  a.country("CH", "Switzerland").date("December 15", "2025-12-15");
  a.run(extract::make_events_stage);
  ASSERT_FALSE(a.x.events.empty());
  EXPECT_EQ(a.x.events[0].city, "Geneva");
  EXPECT_TRUE(a.x.events[0].partners.empty());

  FactDoc b("EU trade ministers to discuss trade relations with United States and China",
            "EU trade ministers will meet in Brussels on May 25 to discuss the EU's trade relations with the "
            "United States and China and EU–US relations.",
            {2023, 5, 22});
  b.country("US", "United States", 0, true).country("CN", "China", 0, true);
  b.bloc("EU", "EU", 0, true).bloc("EU", "EU").bloc("EU", "EU", 1).bloc("EU", "EU", 2);
  b.country("US", "United States").country("CN", "China").country("US", "US");
  b.date("May 25", "2023-05-25");
  b.run(extract::make_events_stage);
  ASSERT_FALSE(b.x.events.empty());
  EXPECT_EQ(b.x.events[0].partners, std::vector<std::string>{"EU"});

  FactDoc n("Korea holds CEPA talks with Indonesia",
            "Korea and Indonesia will hold the first round of negotiations in Jakarta, Indonesia on May 25 to "
            "discuss investment in Vietnam and the Korea–Japan FTA.",
            {2023, 5, 22});
  n.country("KR", "Korea", 0, true).country("ID", "Indonesia", 0, true);
  n.country("KR", "Korea").country("ID", "Indonesia").country("ID", "Indonesia", 1);
  n.country("VN", "Vietnam").country("KR", "Korea", 1).country("JP", "Japan");
  n.date("May 25", "2023-05-25");
  n.run(extract::make_events_stage);
  ASSERT_FALSE(n.x.events.empty());
  EXPECT_EQ(n.x.events[0].partners, (std::vector<std::string>{"ID", "JP", "VN"}));
}


// "negotiations between Korea and Serbia—an EU candidate country and a hub in the Balkan
// region—": places describing a name in a dashed aside are no counterparts. Places after the
// aside closes, or in a dashed stretch that opens with no article, are.
TEST(Events, PlacesDescribingANameInADashedAsideAreNoPartners) {
  FactDoc a("Korea holds CEPA talks with Serbia",
            "The first round of negotiations between Korea and Serbia\u2014an EU candidate country and a hub in "
            "the Balkan region\u2014will be held in Seoul on December 1.",
            {2025, 11, 30});
  a.country("KR", "Korea", 0, true).country("RS", "Serbia", 0, true);
  a.country("KR", "Korea").country("RS", "Serbia").bloc("EU", "EU").bloc("BALKANS", "Balkan");
  a.date("December 1", "2025-12-01");
  a.run(extract::make_events_stage);
  ASSERT_FALSE(a.x.events.empty());
  EXPECT_EQ(a.x.events[0].partners, std::vector<std::string>{"RS"});

  FactDoc n("Korea holds CEPA talks with Serbia",
            "The first round of negotiations between Korea and Serbia\u2014which applied in 2024\u2014and the EU "
            "will be held in Seoul on December 1.",
            {2025, 11, 30});
  n.country("KR", "Korea", 0, true).country("RS", "Serbia", 0, true);
  n.country("KR", "Korea").country("RS", "Serbia").bloc("EU", "EU").date("December 1", "2025-12-01");
  n.run(extract::make_events_stage);
  ASSERT_FALSE(n.x.events.empty());
  EXPECT_EQ(n.x.events[0].partners, (std::vector<std::string>{"EU", "RS"}));
}

// "announced plans for new export restrictions" launches a plan: an announcement; plans only
// mentioned are none.
TEST(Events, AnnouncedPlansAreAnAnnouncement) {
  FactDoc d("Netherlands moves on chip technology",
            "The Dutch government has announced plans for new export restrictions on chip technology on Wednesday.",
            {2023, 3, 8});
  d.country("NL", "Dutch").date("Wednesday", "2023-03-08");
  d.run(extract::make_events_stage);
  ASSERT_FALSE(d.x.events.empty());
  EXPECT_EQ(d.x.events[0].type, "announcement");

  FactDoc n("Netherlands moves on chip technology",
            "The Dutch government said on Wednesday that its plans for chip technology were unchanged.",
            {2023, 3, 8});
  n.country("NL", "Dutch").date("Wednesday", "2023-03-08");
  n.run(extract::make_events_stage);
  for (const auto& e : n.x.events) EXPECT_NE(e.type, "announcement");
}

// "imposes new export rules": rules imposed are a measure decided; "imposes" with no measure word is not.
TEST(Events, ImposedRulesAreADecision) {
  FactDoc d("U.S. imposes new semiconductor export rules on China",
            "The Commerce Department on Monday announced updated export controls on chipmaking equipment.",
            {2024, 12, 2});
  d.country("US", "U.S.", 0, true).country("CN", "China", 0, true).date("Monday", "2024-12-02");
  d.run(extract::make_events_stage);
  ASSERT_FALSE(d.x.events.empty());
  EXPECT_EQ(d.x.events[0].type, "decision");

  FactDoc n("U.S. imposes its will on China",
            "The Commerce Department on Monday spoke about chipmaking equipment.",
            {2024, 12, 2});
  n.country("US", "U.S.", 0, true).country("CN", "China", 0, true).date("Monday", "2024-12-02");
  n.run(extract::make_events_stage);
  for (const auto& e : n.x.events) EXPECT_NE(e.type, "decision");
}

// "first round of TTIP talks": talks counted in rounds are a negotiation; bare talks a meeting.
TEST(Events, TalksCountedInRoundsAreANegotiation) {
  FactDoc d("U.S., EU conclude first round of TTIP talks",
            "Negotiators from the U.S. and the EU ended their work here on Friday.", {2013, 7, 12});
  d.country("US", "U.S.", 0, true).bloc("EU", "EU", 0, true).country("US", "U.S.").bloc("EU", "EU");
  d.date("Friday", "2013-07-12");
  d.run(extract::make_events_stage);
  ASSERT_FALSE(d.x.events.empty());
  EXPECT_EQ(d.x.events[0].type, "negotiation");

  FactDoc n("U.S., EU hold TTIP talks after first round of tariffs",
            "Officials from the U.S. and the EU met here on Friday.", {2013, 7, 12});
  n.country("US", "U.S.", 0, true).bloc("EU", "EU", 0, true).country("US", "U.S.").bloc("EU", "EU");
  n.date("Friday", "2013-07-12");
  n.run(extract::make_events_stage);
  ASSERT_FALSE(n.x.events.empty());
  EXPECT_EQ(n.x.events[0].type, "meeting");

  FactDoc c("U.S. and Japan hold second round of ministerial consultation",
            "Officials from the U.S. and Japan met here on Friday.", {2018, 8, 9});
  c.country("US", "U.S.", 0, true).country("JP", "Japan", 0, true).country("US", "U.S.").country("JP", "Japan");
  c.date("Friday", "2018-08-09");
  c.run(extract::make_events_stage);
  ASSERT_FALSE(c.x.events.empty());
  EXPECT_EQ(c.x.events[0].type, "meeting");
}

}  // namespace
// "the United Nations Conference on Trade and Development (UNCTAD) said on Wednesday": an event
// word followed by its remit inside a body's name names the body, no conference; one ending the
// name ("the third Saudi-Spanish Joint Committee (SSJC) took place") may be the occasion.
TEST(Events, EventWordWithItsRemitInsideABodysNameIsNoEvent) {
  FactDoc d("Global FDI flows fell sharply in 2017: UNCTAD",
            "GENEVA - Global FDI flows fell by 23 per cent in 2017 to $1.43 trillion, the United Nations "
            "Conference on Trade and Development (UNCTAD) said on Wednesday in its World Investment Report.",
            {2018, 6, 6});
  d.date("2017", "2017").date("Wednesday", "2018-06-06");
  d.money("$1.43 trillion", 1.43e12, "USD").percent("23 per cent", 23);
  d.x.organizations.push_back({"United Nations Conference on Trade and Development", "UNCTAD", "",
                               {d.at("United Nations Conference on Trade and Development"), d.at("UNCTAD"),
                                d.at("UNCTAD", 0, true)}});
  d.run(extract::make_events_stage);
  for (const auto& e : d.x.events) EXPECT_NE(e.type, "conference") << e.name;

  FactDoc n("Saudi delegation in Spain for Joint Committee",
            "MADRID - The third Saudi-Spanish Joint Committee (SSJC) took place in Madrid on Thursday.",
            {2022, 10, 21});
  n.country("SA", "Saudi").country("ES", "Spanish").date("Thursday", "2022-10-20");
  n.x.organizations.push_back({"Saudi-Spanish Joint Committee", "SSJC", "",
                               {n.at("Saudi-Spanish Joint Committee"), n.at("SSJC")}});
  n.run(extract::make_events_stage);
  ASSERT_FALSE(n.x.events.empty());
  EXPECT_EQ(n.x.events[0].type, "meeting");
  EXPECT_EQ(n.x.events[0].start, "2022-10-20");
}

// "Tribunal Finds Injury - Cold-Rolled Steel from China": a remedy authority's finding of injury is
// its ruling, a decision; an inquiry it only opens into injury is none.
TEST(Events, FindingOfInjuryIsADecision) {
  FactDoc d("Tribunal Finds Injury - Cold-Rolled Steel from China",
            "Ottawa, December 21, 2018 - The Canadian International Trade Tribunal today found that the dumping "
            "of cold-reduced steel sheet from China has caused injury to the domestic industry.",
            {2018, 12, 21});
  d.country("CN", "China", 0, true).country("CA", "Canadian").country("CN", "China");
  d.date("December 21, 2018", "2018-12-21").date("today", "2018-12-21");
  d.run(extract::make_events_stage);
  ASSERT_FALSE(d.x.events.empty());
  EXPECT_EQ(d.x.events[0].type, "decision");
  EXPECT_EQ(d.x.events[0].start, "2018-12-21");

  FactDoc n("Tribunal Hears Injury Claims - Cold-Rolled Steel from China",
            "Ottawa, December 21, 2018 - The Canadian International Trade Tribunal today heard claims that the "
            "dumping of cold-reduced steel sheet from China has caused injury to the domestic industry.",
            {2018, 12, 21});
  n.country("CN", "China", 0, true).country("CA", "Canadian").country("CN", "China");
  n.date("December 21, 2018", "2018-12-21").date("today", "2018-12-21");
  n.run(extract::make_events_stage);
  for (const auto& e : n.x.events) EXPECT_NE(e.type, "decision");
}

}  // namespace tw

namespace tw {
namespace {

// "the Sri Lanka-Singapore Business Forum held in Colombo": a city that only pairs with another
// place in the event's name is not where it is held when the sentence places it "in" a city; with
// no other city, a city-state so paired names a side, not a venue (CityStatePairedInANameIsNoVenue).
// Capitals such as Arusha and Kathmandu are known.
TEST(Events, CityPairedInANameYieldsToTheCityItIsHeldIn) {
  FactDoc a("Iswaran speaks at business forum",
            "He was speaking at the Sri Lanka-Singapore Business Forum held in Colombo on Wednesday.",
            {2018, 1, 24});
  a.country("LK", "Sri Lanka").country("SG", "Singapore");
  a.date("Wednesday", "2018-01-24");
  a.run(extract::make_events_stage);
  ASSERT_FALSE(a.x.events.empty());
  EXPECT_EQ(a.x.events[0].city, "Colombo");
  EXPECT_EQ(a.x.events[0].country, "LK");
  FactDoc b("Forum held", "The Korea-Singapore Business Forum was held on Wednesday.", {2018, 1, 24});
  b.country("KR", "Korea").country("SG", "Singapore");
  b.date("Wednesday", "2018-01-24");
  b.run(extract::make_events_stage);
  ASSERT_FALSE(b.x.events.empty());
  EXPECT_EQ(b.x.events[0].city, "");
  FactDoc c("Council meets", "Ministers held a meeting of the Sectoral Council in Arusha on Friday.", {2024, 6, 3});
  c.date("Friday", "2024-05-31");
  c.run(extract::make_events_stage);
  ASSERT_FALSE(c.x.events.empty());
  EXPECT_EQ(c.x.events[0].city, "Arusha");
  EXPECT_EQ(c.x.events[0].country, "TZ");
}

}  // namespace
}  // namespace tw

namespace tw {
namespace {

// A date more than half a year before publication, past the lede, dates background the body
// recalls ("The government imposed restrictions … in March 2020"), not the event the release
// reports: that is the publication's. A lede telling of talks held months ago still dates them.
TEST(Events, BackgroundDateYearsBackIsNotTheReportedEvents) {
  FactDoc a("Sri Lanka to lift import restrictions on all items except vehicles",
            "COLOMBO, Oct 9 (AdaDerana) - The minister announced that a Gazette notification will be issued tonight "
            "relaxing import restrictions on all items except vehicles. The government imposed restrictions on "
            "imported goods in March 2020 due to a foreign exchange crisis.",
            {2023, 10, 9});
  a.country("LK", "Sri Lanka", 0, true);
  a.date("Oct 9", "2023-10-09").date("March 2020", "2020-03");
  a.run(extract::make_events_stage);
  ASSERT_FALSE(a.x.events.empty());
  EXPECT_EQ(a.x.events[0].start, "2023-10-09");
  FactDoc b("T", "The talks were held in Geneva on 5 Sept. Ministers attended.", {2025, 3, 10});
  b.date("5 Sept", "2024-09-05");
  b.run(extract::make_events_stage);
  ASSERT_FALSE(b.x.events.empty());
  EXPECT_EQ(b.x.events[0].start, "2024-09-05");
}

}  // namespace
}  // namespace tw

namespace tw {
namespace {

// "sources in Tel Aviv said": a city where the people who speak are is not where the event
// takes place; the dateline's city serves. A meeting held "in Brussels" keeps its city.
TEST(Events, CityOfTheSourcesIsNotTheEvents) {
  FactDoc a("Israel's economy minister to visit India",
            "NEW DELHI - An FTA is expected to be on the agenda during the visit of Economy Minister Nir Barkat, "
            "sources in Tel Aviv said.",
            {2023, 4, 12});
  a.run(extract::make_events_stage);
  ASSERT_FALSE(a.x.events.empty());
  EXPECT_EQ(a.x.events[0].city, "New Delhi");
  FactDoc b("Ministers meet", "NEW DELHI - The ministers held a meeting in Brussels, officials said.", {2023, 4, 12});
  b.run(extract::make_events_stage);
  ASSERT_FALSE(b.x.events.empty());
  EXPECT_EQ(b.x.events[0].city, "Brussels");
}

// A joint, mixed or intergovernmental commission two governments hold is a meeting; a bloc the release's side has left ("since leaving the EU") is no partner of the signing.
TEST(Events, JointCommissionMeetsAndALeftBlocIsNoPartner) {
  FactDoc a("Singapore and Chile hold 4th Joint Commission",
            "Minister Grace Fu co-chaired the 4th Joint Commission of the Digital Economy Partnership Agreement "
            "with Chile's Vice Minister of Trade Claudia Sanhueza in Singapore on 10 March 2025.",
            {2025, 3, 11});
  a.country("CL", "Chile");
  a.run(extract::make_events_stage);
  ASSERT_FALSE(a.x.events.empty());
  EXPECT_EQ(a.x.events[0].type, "meeting");
  FactDoc b("UK and India sign trade deal",
            "The two prime ministers today signed the UK-India Free Trade Agreement, the biggest bilateral "
            "trade deal the UK has done since leaving the EU.",
            {2025, 7, 24});
  b.country("GB", "UK").country("IN", "India").bloc("EU", "EU");
  b.run(extract::make_events_stage);
  ASSERT_FALSE(b.x.events.empty());
  EXPECT_EQ(std::find(b.x.events[0].partners.begin(), b.x.events[0].partners.end(), "EU"), b.x.events[0].partners.end());
}

// An investment signing ceremony with companies is their investment pledge, not a pact.
TEST(Events, InvestmentSigningCeremonyIsAnInvestment) {
  FactDoc a("Ministry holds investment signing ceremony with global firms",
            "The ministry held an investment signing ceremony with five foreign-invested companies in Seoul on "
            "June 12.",
            {2025, 6, 13});
  a.date("June 12", "2025-06-12");
  a.run(extract::make_events_stage);
  ASSERT_FALSE(a.x.events.empty());
  EXPECT_EQ(a.x.events[0].type, "investment");
  EXPECT_EQ(a.x.events[0].start, "2025-06-12");
}

// A minister leading a delegation abroad visits, weakly: an event word of the sentence comes first.
TEST(Events, LeadingADelegationIsAWeakVisit) {
  FactDoc a("Minister to lead delegation",
            "The minister will lead a delegation of business leaders to Jakarta from 10 to 13 November.",
            {2024, 11, 3});
  a.date("from 10 to 13 November", "2024-11-10/2024-11-13");
  a.run(extract::make_events_stage);
  ASSERT_FALSE(a.x.events.empty());
  EXPECT_EQ(a.x.events[0].type, "visit");
  EXPECT_EQ(a.x.events[0].start, "2024-11-10");
  FactDoc b("Minister in Abu Dhabi",
            "The minister led a delegation to the WTO Ministerial Conference in Abu Dhabi on 26 February.",
            {2024, 2, 27});
  b.date("26 February", "2024-02-26");
  b.run(extract::make_events_stage);
  ASSERT_FALSE(b.x.events.empty());
  EXPECT_NE(b.x.events[0].type, "visit");
}

// "after Ottawa tightened its steel import rules": a capital doing what its government does is no
// venue, past an auxiliary too; a city the talks are held in keeps its place.
TEST(Events, CapitalStandingForItsGovernmentIsNoVenue) {
  FactDoc a("Korea and Canada hold trade talks",
            "The trade ministers held talks on Tuesday to discuss steel quotas after Ottawa tightened its steel "
            "import rules.",
            {2025, 11, 28});
  a.run(extract::make_events_stage);
  ASSERT_FALSE(a.x.events.empty());
  EXPECT_EQ(a.x.events[0].city, "");
  FactDoc b("Trade talks", "The ministers held talks in Ottawa after Washington has imposed new tariffs.", {2025, 11, 28});
  b.run(extract::make_events_stage);
  ASSERT_FALSE(b.x.events.empty());
  EXPECT_EQ(b.x.events[0].city, "Ottawa");
}

}  // namespace
}  // namespace tw

namespace tw {
namespace {

// A headline of a government restricting, lifting or easing a measure ("Japan to restrict exports
// of 23 chipmaking items", "Sri Lanka to lift import restrictions") reports its decision; a
// headline where the verb eases no measure reports none.
TEST(Events, HeadlineRestrictingOrLiftingAMeasureIsADecision) {
  FactDoc a("Japan to restrict exports of 23 chipmaking items from July",
            "TOKYO - Economy Minister Yasutoshi Nishimura announced on Friday that tighter export controls would go "
            "into effect from July.",
            {2023, 3, 31});
  a.country("JP", "Japan", 0, true);
  a.date("Friday", "2023-03-31").date("July", "2023-07");
  a.run(extract::make_events_stage);
  ASSERT_FALSE(a.x.events.empty());
  EXPECT_EQ(a.x.events[0].type, "decision");
  FactDoc b("Yen eases as exports lift", "TOKYO - The yen eased on Friday as exports rose.", {2023, 3, 31});
  b.date("Friday", "2023-03-31");
  b.run(extract::make_events_stage);
  EXPECT_FALSE(std::any_of(b.x.events.begin(), b.x.events.end(), [](const Event& e) { return e.type == "decision"; }));
  // A curb or a cap on a trade flow is the decision too; a cap on anything else is not.
  FactDoc c("Indonesia to curb imports of textiles with safeguard duties",
            "JAKARTA - Indonesia will impose safeguard duties on imports of cotton yarn, the trade ministry said on "
            "Wednesday.",
            {2025, 12, 3});
  c.date("Wednesday", "2025-12-03");
  c.run(extract::make_events_stage);
  ASSERT_FALSE(c.x.events.empty());
  EXPECT_EQ(c.x.events[0].type, "decision");
  FactDoc d("Ministers cap a week of talks", "GENEVA - The ministers ended their talks on Wednesday.", {2025, 12, 3});
  d.date("Wednesday", "2025-12-03");
  d.run(extract::make_events_stage);
  EXPECT_FALSE(std::any_of(d.x.events.begin(), d.x.events.end(), [](const Event& e) { return e.type == "decision"; }));
}

}  // namespace
}  // namespace tw

namespace tw {
namespace {

// "Oman and India push to conclude CEPA at 11th Joint Commission Meeting": an agreement the title
// names after "push to" is a goal; the meeting is the news. "… to conclude CEPA at …" with no word of
// intent schedules the conclusion itself.
TEST(Events, AgreementStrivenForInTheTitleIsNoAgreement) {
  for (const bool push : {true, false}) {
    FactDoc d(std::string("Oman and India ") + (push ? "push to" : "to") + " conclude CEPA at 11th Joint Commission Meeting",
              "MUSCAT - The ministers co-chaired the 11th session of the Oman-India Joint Commission Meeting in Muscat "
              "on Monday. They welcomed the fifth round of negotiations on the CEPA.",
              {2025, 1, 28});
    d.country("OM", "Oman", 0, true).country("IN", "India", 0, true).country("OM", "Oman").country("IN", "India");
    d.date("Monday", "2025-01-27");
    d.run(extract::make_events_stage);
    ASSERT_FALSE(d.x.events.empty());
    EXPECT_EQ(d.x.events[0].type, push ? "meeting" : "agreement") << push;
  }
}

}  // namespace
}  // namespace tw

namespace tw {
namespace {

// "Thai-EU trade talks gain ground" over "The fifth round of … negotiations … made significant
// progress. … The sixth round of negotiations will be hosted by Thailand from June 23-27": the
// title's talks are the counted round the lede reports, and the next round's days date that round,
// not the one reported. Negotiations the lede counts no round of leave the title's talks a meeting;
// a sentence that counts no other round ("This round …") dates the reported one.
TEST(Events, TalksReportedAsACountedRoundAreThatRound) {
  for (const char* lede : {"The fifth round of free trade agreement (FTA) negotiations",
                           "The free trade agreement (FTA) negotiations"}) {
    const bool counted = std::string(lede).starts_with("The fifth");
    FactDoc d("Thai-EU trade talks gain ground",
              std::string(lede) +
                  " between Thailand and the European Union made significant progress, the minister said. The "
                  "sixth round of negotiations will be hosted by Thailand from June 23-27.",
              {2025, 4, 26});
    d.country("TH", "Thai", 0, true).bloc("EU", "EU", 0, true).country("TH", "Thailand").bloc("EU", "European Union");
    d.country("TH", "Thailand", 1).date("June 23-27", "2025-06-23/2025-06-27");
    d.run(extract::make_events_stage);
    ASSERT_FALSE(d.x.events.empty());
    EXPECT_EQ(d.x.events[0].type, counted ? "negotiation" : "meeting") << lede;
    if (!counted) continue;
    EXPECT_EQ(d.x.events[0].ordinal, 5);
    EXPECT_EQ(d.x.events[0].start, "2025-04-26");
    EXPECT_TRUE(std::any_of(d.x.events.begin(), d.x.events.end(), [](const Event& e) {
      return e.type == "negotiation" && e.start == "2025-06-23" && e.end == "2025-06-27" && e.ordinal == 6;
    }));
  }
  // The next round is between the same parties, unless its sentence names a counterpart of its own.
  for (const char* with : {"", " with Chile"}) {
    FactDoc d("Thai-EU trade talks gain ground",
              std::string("The fifth round of free trade agreement (FTA) negotiations between Thailand and the European "
                          "Union made significant progress, the minister said. The sixth round of negotiations") +
                  with + " will be hosted by Thailand from June 23-27.",
              {2025, 4, 26});
    const int chile = *with ? 1 : 0;
    d.country("TH", "Thai", 0, true).bloc("EU", "EU", 0, true).country("TH", "Thailand").bloc("EU", "European Union");
    if (chile) d.country("CL", "Chile");
    d.country("TH", "Thailand", 1).date("June 23-27", "2025-06-23/2025-06-27");
    d.run(extract::make_events_stage);
    const auto sixth = std::find_if(d.x.events.begin(), d.x.events.end(), [](const Event& e) { return e.ordinal == 6; });
    ASSERT_NE(sixth, d.x.events.end()) << with;
    const bool eu = std::count(sixth->partners.begin(), sixth->partners.end(), "EU") > 0;
    EXPECT_EQ(eu, !chile) << with;
  }
  FactDoc same("Thai-EU trade talks gain ground",
               "The fifth round of free trade agreement (FTA) negotiations between Thailand and the European Union "
               "opened, the minister said. This round of negotiations is hosted by Thailand from April 23-27.",
               {2025, 4, 26});
  same.country("TH", "Thailand").bloc("EU", "European Union").country("TH", "Thailand", 1);
  same.date("April 23-27", "2025-04-23/2025-04-27");
  same.run(extract::make_events_stage);
  ASSERT_FALSE(same.x.events.empty());
  EXPECT_EQ(same.x.events[0].type, "negotiation");
  EXPECT_EQ(same.x.events[0].start, "2025-04-23");
}

}  // namespace
}  // namespace tw

namespace tw {
namespace {

// "At the Ninth Meeting of the CPTPP Commission …, the members decided …, while the accession of
// Costa Rica … is expected to be concluded in December": the month past "while" dates the
// accession, not the meeting, which the lede's day then dates. A month before the "while" ("… in
// Melbourne in December, the members decided …") dates the meeting.
TEST(Events, DatePastAWhileClauseIsNotTheEvents) {
  for (const bool past_while : {true, false}) {
    const std::string body =
        std::string("LIMA - Peru continues to advance its integration policy, the minister said on Monday. At the Ninth "
                    "Meeting of the CPTPP Commission in Melbourne") +
        (past_while ? "" : " in December") +
        ", the members decided to begin an accession process for Uruguay, while the accession of Costa Rica is "
        "expected to be concluded" +
        (past_while ? " in December." : ".");
    FactDoc d("Peru is betting on greater trade openness", body, {2025, 11, 24});
    d.country("PE", "Peru", 0, true).country("PE", "Peru").country("UY", "Uruguay").country("CR", "Costa Rica");
    d.date("Monday", "2025-11-24").date("December", "2025-12");
    d.run(extract::make_events_stage);
    ASSERT_FALSE(d.x.events.empty());
    EXPECT_EQ(d.x.events[0].type, "meeting");
    EXPECT_EQ(d.x.events[0].start, past_while ? "2025-11-24" : "2025-12") << past_while;
  }
}

}  // namespace
}  // namespace tw

namespace tw {
namespace {

// "The sixth round of negotiations will be hosted by Thailand from June 23-27": the round takes
// place in the country hosting it. A host named past a comma ("… will follow the summit, hosted by
// Thailand, …") hosts something else.
TEST(Events, GatheringHostedByACountryTakesPlaceThere) {
  for (const bool own : {true, false}) {
    FactDoc d("Trade negotiations to continue",
              std::string("The sixth round of negotiations will ") +
                  (own ? "be hosted by Thailand" : "follow the summit, hosted by Thailand,") + " from June 23-27.",
              {2025, 4, 26});
    d.country("TH", "Thailand").date("June 23-27", "2025-06-23/2025-06-27");
    d.run(extract::make_events_stage);
    ASSERT_FALSE(d.x.events.empty());
    EXPECT_EQ(d.x.events[0].type, "negotiation");
    EXPECT_EQ(d.x.events[0].country, own ? "TH" : "") << own;
  }
}

}  // namespace
}  // namespace tw


namespace tw {
namespace {

using testing::FactDoc;

// "co-chaired the 11th session of the Oman-India Joint Commission Meeting": a counted sitting
// right before a named body numbers its event; a count of something else ("the 11th anniversary
// of …") or an uncounted session does not.
TEST(Events, CountedSessionOfANamedBodyNumbersItsEvent) {
  FactDoc d("Oman and India push to conclude CEPA",
            "The two ministers co-chaired the 11th session of the Oman-India Joint Commission Meeting in "
            "Muscat on Monday.",
            {2025, 1, 28});
  d.date("Monday", "2025-01-27");
  d.run(extract::make_events_stage);
  ASSERT_FALSE(d.x.events.empty());
  EXPECT_EQ(d.x.events[0].name, "Oman-India Joint Commission Meeting");
  EXPECT_EQ(d.x.events[0].ordinal, 11);

  for (const char* body : {"The two ministers marked the 11th anniversary of the Oman-India Joint Commission "
                           "Meeting in Muscat on Monday.",
                           "The two ministers co-chaired a session of the Oman-India Joint Commission Meeting in "
                           "Muscat on Monday."}) {
    FactDoc n("Oman and India push to conclude CEPA", body, {2025, 1, 28});
    n.date("Monday", "2025-01-27");
    n.run(extract::make_events_stage);
    ASSERT_FALSE(n.x.events.empty()) << body;
    EXPECT_EQ(n.x.events[0].name, "Oman-India Joint Commission Meeting") << body;
    EXPECT_FALSE(n.x.events[0].ordinal.has_value()) << body;
  }
}

// "On Tuesday, Goyal met HH Sayyid Asaad …": the weak verb "met" with a named person for its
// object is a side meeting on its own day; "met" with no person after it ("met strong demand")
// is none.
TEST(Events, MetANamedPersonOnADayIsASideMeeting) {
  const std::string lede =
      "The two ministers co-chaired the 11th session of the Oman-India Joint Commission Meeting in Muscat on "
      "Monday. ";
  FactDoc d("Oman and India push to conclude CEPA", lede + "On Tuesday, Goyal met HH Sayyid Asaad bin Tarik al Said.",
            {2025, 1, 28});
  d.date("Monday", "2025-01-27").date("Tuesday", "2025-01-28").person("Sayyid Asaad bin Tarik al Said");
  d.run(extract::make_events_stage);
  ASSERT_EQ(d.x.events.size(), 2u);
  EXPECT_EQ(d.x.events[1].type, "meeting");
  EXPECT_EQ(d.x.events[1].start, "2025-01-28");

  FactDoc n("Oman and India push to conclude CEPA", lede + "On Tuesday, the offer met strong demand from Sayyid Asaad bin Tarik al Said.",
            {2025, 1, 28});
  n.date("Monday", "2025-01-27").date("Tuesday", "2025-01-28").person("Sayyid Asaad bin Tarik al Said");
  n.run(extract::make_events_stage);
  EXPECT_EQ(n.x.events.size(), 1u);
}

// "the members decided to begin an accession process for Uruguay, while the accession of Costa
// Rica …": a country named only as the one joining is no counterpart of the meeting; one a
// process of another kind is for ("a dialogue process for Uruguay") still is.
TEST(Events, CountryNamedOnlyAsAccedingIsNoPartner) {
  FactDoc d("Peru is betting on greater trade openness",
            "At the Ninth Meeting of the CPTPP Commission in Melbourne on Monday, the members decided to begin an "
            "accession process for Uruguay, while the accession of Costa Rica is expected in December.",
            {2025, 11, 24});
  d.bloc("CPTPP", "CPTPP").country("UY", "Uruguay").country("CR", "Costa Rica").date("Monday", "2025-11-24");
  d.run(extract::make_events_stage);
  ASSERT_FALSE(d.x.events.empty());
  EXPECT_EQ(d.x.events[0].partners, std::vector<std::string>{"CPTPP"});

  FactDoc n("Peru is betting on greater trade openness",
            "At the Ninth Meeting of the CPTPP Commission in Melbourne on Monday, the members decided to begin a "
            "dialogue process for Uruguay, while the review of Costa Rica is expected in December.",
            {2025, 11, 24});
  n.bloc("CPTPP", "CPTPP").country("UY", "Uruguay").country("CR", "Costa Rica").date("Monday", "2025-11-24");
  n.run(extract::make_events_stage);
  ASSERT_FALSE(n.x.events.empty());
  const auto& np = n.x.events[0].partners;
  EXPECT_NE(std::find(np.begin(), np.end(), "UY"), np.end());
}

}  // namespace
}  // namespace tw

namespace tw {
namespace {

using testing::FactDoc;

// "… a WTO ruling … over its 2020 ban on exports of nickel ore, President Joko Widodo said on
// Wednesday": a year modifying another noun names that thing, not the day of the event. A year
// the event's own word follows ("the 2025 meeting") dates it.
TEST(Events, AYearModifyingAnotherNounDatesNoEvent) {
  FactDoc d("Indonesia to appeal after losing WTO nickel dispute",
            "JAKARTA - Indonesia will appeal a World Trade Organization ruling in favour of the European Union over "
            "its 2020 ban on exports of nickel ore, President Joko Widodo said on Wednesday. The EU had launched "
            "the complaint.",
            {2022, 11, 30});
  d.country("ID", "Indonesia").bloc("EU", "European Union").bloc("EU", "EU");
  d.date("2020", "2020").date("Wednesday", "2022-11-30");
  d.person("Joko Widodo");
  d.run(extract::make_events_stage);
  ASSERT_FALSE(d.x.events.empty());
  EXPECT_EQ(d.x.events[0].type, "decision");
  EXPECT_EQ(d.x.events[0].start, "2022-11-30");

  FactDoc own("Ministers to meet in Lima",
              "LIMA - Ministers will hold the 2025 meeting of the council in Lima, the ministry said on Wednesday. "
              "The council was founded in 1990.",
              {2024, 11, 20});
  own.date("2025", "2025").date("Wednesday", "2024-11-20").date("1990", "1990");
  own.run(extract::make_events_stage);
  ASSERT_FALSE(own.x.events.empty());
  EXPECT_EQ(own.x.events[0].type, "meeting");
  EXPECT_EQ(own.x.events[0].start, "2025");
}

}  // namespace
}  // namespace tw

namespace tw {
namespace {

using testing::FactDoc;

// "The Directorate General of Trade Remedies has recommended an anti-dumping duty …" reports the
// authority's decision, dated by its own day, not by a later count of probes "in 2022-23". Without a
// measure beside it ("recommended closer cooperation") the verb reports no decision.
TEST(Events, RecommendingADutyIsTheDecision) {
  FactDoc d("Commerce ministry recommends anti-dumping duty on Chinese cutting tools",
            "NEW DELHI - The Directorate General of Trade Remedies has recommended an anti-dumping duty on cutting "
            "tools from China on Monday. India has initiated 24 anti-dumping probes against Chinese goods in 2022-23 "
            "so far.",
            {2022, 8, 8});
  d.country("CN", "Chinese", 0, true).country("CN", "China").country("IN", "India").country("CN", "Chinese");
  d.date("Monday", "2022-08-08").date("2022-23", "2022-04/2023-03");
  d.run(extract::make_events_stage);
  ASSERT_FALSE(d.x.events.empty());
  EXPECT_EQ(d.x.events[0].type, "decision");
  EXPECT_EQ(d.x.events[0].start, "2022-08-08");

  FactDoc talk("Ministers meet in New Delhi",
               "NEW DELHI - The ministers recommended closer cooperation on Monday. The meeting was held at the "
               "commerce ministry.",
               {2022, 8, 8});
  talk.date("Monday", "2022-08-08");
  talk.run(extract::make_events_stage);
  ASSERT_FALSE(talk.x.events.empty());
  EXPECT_EQ(talk.x.events[0].type, "meeting");
  EXPECT_TRUE(std::none_of(talk.x.events.begin(), talk.x.events.end(),
                           [](const Event& e) { return e.type == "decision"; }));
}

// A decision is dated the day it is announced; the day its measure applies from is the measure's
// term. An agreement that takes effect from a day is dated by that day.
TEST(Events, DecisionIsNotDatedByTheDayItsMeasureAppliesFrom) {
  FactDoc d("China to impose export controls on gallium",
            "BEIJING - China will impose export controls on some gallium products from August 1 to protect "
            "national security, the Ministry of Commerce said on Monday. Exporters will need licences.",
            {2023, 7, 3});
  d.country("CN", "China", 0, true).country("CN", "China");
  d.date("August 1", "2023-08-01").date("Monday", "2023-07-03");
  d.run(extract::make_events_stage);
  ASSERT_FALSE(d.x.events.empty());
  EXPECT_EQ(d.x.events[0].type, "decision");
  EXPECT_EQ(d.x.events[0].start, "2023-07-03");

  FactDoc v("Vietnam imposes provisional anti-dumping duty on steel from China",
            "HANOI - Vietnam's Ministry of Industry and Trade has decided to impose a preliminary anti-dumping "
            "duty on hot rolled steel imported from China. The provisional duties will range from 19.38 percent "
            "to 27.83 percent, effective as of March 7.",
            {2025, 2, 21});
  v.country("VN", "Vietnam", 0, true).country("CN", "China", 0, true).country("VN", "Vietnam").country("CN", "China");
  v.date("March 7", "2025-03-07");
  v.run(extract::make_events_stage);
  ASSERT_FALSE(v.x.events.empty());
  EXPECT_EQ(v.x.events[0].type, "decision");
  EXPECT_EQ(v.x.events[0].start, "2025-02-21");

  // Negative: an entry into force is dated by the day it takes effect from.
  FactDoc a("Trade agreement between Chile and Korea enters into force",
            "The trade agreement between Chile and Korea enters into force from January 1, the ministry said "
            "on Monday.",
            {2025, 12, 15});
  a.country("CL", "Chile", 0, true).country("KR", "Korea", 0, true).country("CL", "Chile").country("KR", "Korea");
  a.date("January 1", "2026-01-01").date("Monday", "2025-12-15");
  a.run(extract::make_events_stage);
  ASSERT_FALSE(a.x.events.empty());
  EXPECT_EQ(a.x.events[0].type, "agreement");
  EXPECT_EQ(a.x.events[0].start, "2026-01-01");

  // Negative: a decision's run "from … to …" is no term.
  FactDoc r("Commission approves safeguard measures",
            "The Commission approved safeguard measures on 3 June, with consultations held from 1 to 2 June.",
            {2025, 6, 4});
  r.date("3 June", "2025-06-03").date("1 to 2 June", "2025-06-01/2025-06-02");
  r.run(extract::make_events_stage);
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].type, "decision");
  EXPECT_EQ(r.x.events[0].start, "2025-06-03");
}

// A gathering that ended with a signing is the event; its run of days comes from a later sentence
// with a weak word of its kind ("met"). A title that reports the signing keeps the signing.
TEST(Events, GatheringThatEndedWithASigningIsTheEvent) {
  const std::string body =
      "The meeting of the G7 trade ministers ended today with the ministers signing a joint statement on the "
      "future of trade policy. The trade ministers of the G7 met at Schloss Neuhardenberg from 14 to 15 "
      "September 2022 at the invitation of the German minister.";
  FactDoc d("G7 trade ministers demonstrate unity and resolve at Neuhardenberg Palace", body, {2022, 9, 15});
  d.date("today", "2022-09-15").date("14 to 15 September 2022", "2022-09-14/2022-09-15");
  d.run(extract::make_events_stage);
  ASSERT_FALSE(d.x.events.empty());
  EXPECT_EQ(d.x.events[0].type, "meeting");
  EXPECT_EQ(d.x.events[0].start, "2022-09-14");
  EXPECT_EQ(d.x.events[0].end, "2022-09-15");

  // Negative: the title reports the signing.
  FactDoc s("G7 trade ministers sign joint statement on the future of trade policy", body, {2022, 9, 15});
  s.date("today", "2022-09-15").date("14 to 15 September 2022", "2022-09-14/2022-09-15");
  s.run(extract::make_events_stage);
  ASSERT_FALSE(s.x.events.empty());
  EXPECT_EQ(s.x.events[0].type, "agreement");
  EXPECT_EQ(s.x.events[0].start, "2022-09-15");

  // Negative: a signing the meeting did not end with stays the sentence's strongest event.
  FactDoc m("Ministers in Geneva",
            "The meeting of the ministers today saw them signing a joint statement on trade.", {2022, 9, 15});
  m.date("today", "2022-09-15");
  m.run(extract::make_events_stage);
  ASSERT_FALSE(m.x.events.empty());
  EXPECT_EQ(m.x.events[0].type, "agreement");
}

// Adding firms to a list a government keeps is a decision; "adds" without such a list is none.
TEST(Events, AddingFirmsToAnEntityListIsADecision) {
  FactDoc d("China adds seven U.S. firms to unreliable entity list",
            "BEIJING, Jan. 14 (Xinhua) -- China's Ministry of Commerce said on Tuesday that seven U.S. companies "
            "have been added to the unreliable entity list for selling arms.",
            {2025, 1, 14});
  d.country("CN", "China", 0, true).country("US", "U.S.", 0, true).country("CN", "China").country("US", "U.S.");
  d.date("Jan. 14", "2025-01-14").date("Tuesday", "2025-01-14");
  d.run(extract::make_events_stage);
  ASSERT_FALSE(d.x.events.empty());
  EXPECT_EQ(d.x.events[0].type, "decision");
  EXPECT_EQ(d.x.events[0].start, "2025-01-14");

  FactDoc n("Tourism adds jobs as visitors return to Thailand",
            "BANGKOK - The tourism sector added 50,000 jobs in the first quarter, the ministry said on Tuesday.",
            {2025, 4, 8});
  n.country("TH", "Thailand", 0, true);
  n.date("Tuesday", "2025-04-08");
  n.run(extract::make_events_stage);
  EXPECT_TRUE(std::none_of(n.x.events.begin(), n.x.events.end(), [](const Event& e) { return e.type == "decision"; }));
}

// An agreement's text initialled is an agreement event of the day it is reported; "initial" as an
// adjective is no such word.
TEST(Events, InitialledAgreementIsAnAgreementEvent) {
  FactDoc d("Canada and Ecuador initial free trade agreement",
            "OTTAWA - Canada and Ecuador have initialled the text of the Canada-Ecuador Free Trade Agreement, the "
            "minister said on Tuesday. The two countries concluded negotiations in September after 10 rounds of "
            "talks.",
            {2024, 10, 9});
  d.country("CA", "Canada", 0, true).country("EC", "Ecuador", 0, true).country("CA", "Canada").country("EC", "Ecuador");
  d.date("Tuesday", "2024-10-08").date("September", "2024-09");
  d.run(extract::make_events_stage);
  ASSERT_FALSE(d.x.events.empty());
  EXPECT_EQ(d.x.events[0].type, "agreement");
  EXPECT_EQ(d.x.events[0].start, "2024-10-08");

  FactDoc n("Initial agreement reached in talks",
            "Negotiators held an initial round of talks on the agreement on Tuesday in Lima.", {2024, 10, 9});
  n.date("Tuesday", "2024-10-08");
  n.run(extract::make_events_stage);
  ASSERT_FALSE(n.x.events.empty());
  EXPECT_NE(n.x.events[0].type, "agreement");
}

// A round concluded on its last day takes its whole run from a later sentence that refers back to
// "the round"; a run that does not hold the primary's day is another round's.
TEST(Events, RoundReferredBackGivesItsRunOfDays) {
  FactDoc d("Fourth round of NAFTA negotiations come to a close",
            "The ministers concluded the fourth round of the renegotiation of the North American Free Trade "
            "Agreement on Oct. 17, 2017. The round took place in Arlington, Virginia, Oct. 11 to 17.",
            {2017, 10, 18});
  d.date("Oct. 17, 2017", "2017-10-17").date("Oct. 11 to 17", "2017-10-11/2017-10-17");
  d.run(extract::make_events_stage);
  ASSERT_FALSE(d.x.events.empty());
  EXPECT_EQ(d.x.events[0].type, "negotiation");
  EXPECT_EQ(d.x.events[0].start, "2017-10-11");
  EXPECT_EQ(d.x.events[0].end, "2017-10-17");

  FactDoc n("Fourth round of NAFTA negotiations come to a close",
            "The ministers concluded the fourth round of the renegotiation of the North American Free Trade "
            "Agreement on Oct. 17, 2017. The round after it takes place in Mexico City, Nov. 17 to 21.",
            {2017, 10, 18});
  n.date("Oct. 17, 2017", "2017-10-17").date("Nov. 17 to 21", "2017-11-17/2017-11-21");
  n.run(extract::make_events_stage);
  ASSERT_FALSE(n.x.events.empty());
  EXPECT_EQ(n.x.events[0].type, "negotiation");
  EXPECT_EQ(n.x.events[0].start, "2017-10-17");
}

// A title event still to come ("agree to hold … forum" in September) leaves the news of the days
// before the release standing: the meeting where it was agreed is an event too. A meeting months
// before the release is still background.
TEST(Events, ScheduledPrimaryKeepsTheMeetingBeforeTheRelease) {
  FactDoc d("Egypt and Chile agree to hold investment forum",
            "The minister met with Chilean Ambassador Juan Perez on Sunday in Cairo. The two sides agreed to hold "
            "an investment forum in Santiago in September.",
            {2025, 5, 12});
  d.country("CL", "Chilean").date("Sunday", "2025-05-11").date("September", "2025-09");
  d.run(extract::make_events_stage);
  ASSERT_EQ(d.x.events.size(), 2u);
  EXPECT_EQ(d.x.events[0].type, "conference");
  EXPECT_EQ(d.x.events[0].start, "2025-09");
  EXPECT_EQ(d.x.events[1].type, "meeting");
  EXPECT_EQ(d.x.events[1].start, "2025-05-11");

  FactDoc n("Egypt and Chile agree to hold investment forum",
            "The minister met with Chilean Ambassador Juan Perez in January in Cairo. The two sides agreed to hold "
            "an investment forum in Santiago in September.",
            {2025, 5, 12});
  n.country("CL", "Chilean").date("January", "2025-01").date("September", "2025-09");
  n.run(extract::make_events_stage);
  ASSERT_EQ(n.x.events.size(), 1u);
  EXPECT_EQ(n.x.events[0].type, "conference");
}

// A deal reached, struck or sealed is an agreement event, in a title ("US, UK reach deal") or as a
// past verb in the body; the bare verb in a body is a wish ("room to reach an agreement").
TEST(Events, DealReachedIsAnAgreement) {
  FactDoc d("US, UK reach deal to cut tariffs on cars",
            "President Donald Trump and Prime Minister Keir Starmer announced the deal on Thursday.", {2025, 5, 8});
  d.country("US", "US", 0, true).country("GB", "UK", 0, true).date("Thursday", "2025-05-08");
  d.run(extract::make_events_stage);
  ASSERT_FALSE(d.x.events.empty());
  EXPECT_EQ(d.x.events[0].type, "agreement");
  EXPECT_EQ(d.x.events[0].start, "2025-05-08");

  FactDoc b("Brazil and Chile end wine dispute",
            "The two ministers struck a deal on Thursday on the removal of duties on wine.", {2025, 5, 9});
  b.country("BR", "Brazil", 0, true).country("CL", "Chile", 0, true).date("Thursday", "2025-05-08");
  b.run(extract::make_events_stage);
  EXPECT_TRUE(std::any_of(b.x.events.begin(), b.x.events.end(),
                          [](const Event& e) { return e.type == "agreement" && e.start == "2025-05-08"; }));

  FactDoc n("Brazil still sees room for talks on tariffs",
            "The minister said on Saturday there was still room to reach an agreement with the United States.",
            {2025, 8, 23});
  n.country("BR", "Brazil", 0, true).country("US", "United States").date("Saturday", "2025-08-23");
  n.run(extract::make_events_stage);
  EXPECT_TRUE(std::none_of(n.x.events.begin(), n.x.events.end(), [](const Event& e) { return e.type == "agreement"; }));
}

// The day of a dateline is the publication's: the event takes the day its sentence names after it,
// and the dateline's only when there is no other.
TEST(Events, DatelineDayGivesWayToTheSentencesOwnDay) {
  FactDoc d("India, Australia conclude 10th round of CECA negotiations",
            "New Delhi, 12 August 2024: The 10th round of negotiations for the India-Australia Comprehensive "
            "Economic Cooperation Agreement concluded in New Delhi on 9 August 2024.",
            {2024, 8, 12});
  d.country("IN", "India", 0, true).country("AU", "Australia", 0, true);
  d.date("12 August 2024", "2024-08-12").date("9 August 2024", "2024-08-09");
  d.run(extract::make_events_stage);
  ASSERT_FALSE(d.x.events.empty());
  EXPECT_EQ(d.x.events[0].type, "negotiation");
  EXPECT_EQ(d.x.events[0].start, "2024-08-09");

  FactDoc n("India, Australia conclude 10th round of CECA negotiations",
            "New Delhi, 12 August 2024: The 10th round of negotiations for the India-Australia Comprehensive "
            "Economic Cooperation Agreement concluded in New Delhi.",
            {2024, 8, 12});
  n.country("IN", "India", 0, true).country("AU", "Australia", 0, true);
  n.date("12 August 2024", "2024-08-12");
  n.run(extract::make_events_stage);
  ASSERT_FALSE(n.x.events.empty());
  EXPECT_EQ(n.x.events[0].start, "2024-08-12");

  // The same day named again in the sentence is left to the side event beside it.
  FactDoc same("Indonesia, EU conclude CEPA negotiations",
               "BRUSSELS, July 13 (Antara) - Indonesia and the European Union have concluded negotiations on the "
               "CEPA, the President announced after meeting the Commission President in Brussels on Sunday.",
               {2025, 7, 14});
  same.country("ID", "Indonesia", 0, true).bloc("EU", "EU", 0, true).country("ID", "Indonesia").bloc("EU", "European Union");
  same.date("July 13", "2025-07-13").date("Sunday", "2025-07-13");
  same.run(extract::make_events_stage);
  ASSERT_FALSE(same.x.events.empty());
  EXPECT_EQ(same.x.events[0].type, "agreement");
  EXPECT_EQ(same.x.events[0].start, "2025-07-13");
  EXPECT_TRUE(std::any_of(same.x.events.begin(), same.x.events.end(),
                          [](const Event& e) { return e.type == "meeting" && e.start == "2025-07-13"; }));
}

// A trade mission a minister leads abroad is a visit; a mission that is an office is none.
TEST(Events, TradeMissionIsAVisit) {
  FactDoc d("Minister to lead trade mission to Indonesia",
            "The Minister will lead a Team Canada Trade Mission to Indonesia from December 2 to 7, 2024.",
            {2024, 11, 28});
  d.country("ID", "Indonesia", 0, true).country("ID", "Indonesia").date("December 2 to 7, 2024", "2024-12-02/2024-12-07");
  d.run(extract::make_events_stage);
  ASSERT_FALSE(d.x.events.empty());
  EXPECT_EQ(d.x.events[0].type, "visit");
  EXPECT_EQ(d.x.events[0].start, "2024-12-02");
  EXPECT_EQ(d.x.events[0].end, "2024-12-07");

  FactDoc n("Statement on the trade talks",
            "The Permanent Mission of Indonesia to the WTO issued a note on December 2, 2024.", {2024, 12, 3});
  n.country("ID", "Indonesia").date("December 2, 2024", "2024-12-02");
  n.run(extract::make_events_stage);
  EXPECT_TRUE(std::none_of(n.x.events.begin(), n.x.events.end(), [](const Event& e) { return e.type == "visit"; }));
}

// A council adopting an agreement decides on it; the body's word the decision stands on ("the
// Council") is that decision, no meeting of its own. "Adoption" of a technology decides nothing.
TEST(Events, CouncilAdoptionOfAnAgreementIsADecision) {
  FactDoc d("Commission welcomes Council adoption of EU-Chile Advanced Framework Agreement",
            "Brussels, 13 November 2023. The Commission welcomes today's decision by the Council to adopt the "
            "Interim Trade Agreement between the EU and Chile.",
            {2023, 11, 13});
  d.bloc("EU", "EU", 0, true).country("CL", "Chile", 0, true).bloc("EU", "EU").country("CL", "Chile");
  d.date("13 November 2023", "2023-11-13").date("today", "2023-11-13");
  d.run(extract::make_events_stage);
  ASSERT_FALSE(d.x.events.empty());
  EXPECT_EQ(d.x.events[0].type, "decision");
  EXPECT_EQ(d.x.events[0].start, "2023-11-13");
  EXPECT_TRUE(std::none_of(d.x.events.begin(), d.x.events.end(), [](const Event& e) { return e.type == "meeting"; }));

  FactDoc n("Ministers discuss adoption of digital technologies",
            "The ministers met on Monday to discuss the adoption of digital technologies by small firms.",
            {2023, 11, 14});
  n.date("Monday", "2023-11-13");
  n.run(extract::make_events_stage);
  EXPECT_TRUE(std::none_of(n.x.events.begin(), n.x.events.end(), [](const Event& e) { return e.type == "decision"; }));
}

// Striking back with a measure, or suspending one, is a decision: a headline saying so has one,
// dated by the lede's suspension, not by the approval the body recalls.
TEST(Events, SuspendingOrStrikingBackWithAMeasureIsADecision) {
  FactDoc d("China hits back with tariffs on U.S. coal",
            "BEIJING, Feb 4 (Reuters) - China said on Tuesday it would levy duties of 15% on U.S. coal.", {2025, 2, 4});
  d.country("CN", "China", 0, true).country("US", "U.S.", 0, true).country("CN", "China").country("US", "U.S.");
  d.date("Feb 4", "2025-02-04").date("Tuesday", "2025-02-04");
  d.run(extract::make_events_stage);
  ASSERT_FALSE(d.x.events.empty());
  EXPECT_EQ(d.x.events[0].type, "decision");
  EXPECT_EQ(d.x.events[0].start, "2025-02-04");

  FactDoc e("EU suspends countermeasures against U.S. tariffs",
            "BRUSSELS, April 10 (AFP) - The European Union on Thursday suspended its planned countermeasures "
            "against U.S. steel tariffs. The EU had approved retaliatory tariffs on U.S. goods on Wednesday.",
            {2025, 4, 10});
  e.bloc("EU", "EU", 0, true).country("US", "U.S.", 0, true).bloc("EU", "European Union").country("US", "U.S.");
  e.date("April 10", "2025-04-10").date("Thursday", "2025-04-10").date("Wednesday", "2025-04-09");
  e.run(extract::make_events_stage);
  ASSERT_FALSE(e.x.events.empty());
  EXPECT_EQ(e.x.events[0].type, "decision");
  EXPECT_EQ(e.x.events[0].start, "2025-04-10");

  FactDoc n("Talks with the US paused for the holidays",
            "The negotiators met on Tuesday and will resume in January.", {2025, 12, 17});
  n.country("US", "US", 0, true).date("Tuesday", "2025-12-16").date("January", "2026-01");
  n.run(extract::make_events_stage);
  EXPECT_TRUE(std::none_of(n.x.events.begin(), n.x.events.end(), [](const Event& ev) { return ev.type == "decision"; }));
}

// A city-state joined by a dash to another side names that side ("the Singapore-Vietnam …
// Ministers' Meeting"), not where the meeting is held; held "in Singapore", it is the city.
TEST(Events, CityStatePairedInANameIsNoVenue) {
  auto city_of = [](const std::string& where) {
    FactDoc d("Minister's visit to Vietnam",
              "The Minister will co-chair the 2nd Singapore-Vietnam Connectivity Ministers' Meeting" + where +
                  " on 9 April 2024.",
              {2024, 4, 8});
    d.country("VN", "Vietnam", 0, true).country("SG", "Singapore").country("VN", "Vietnam");
    d.date("9 April 2024", "2024-04-09");
    d.run(extract::make_events_stage);
    return d.x.events.empty() ? std::string("?") : d.x.events[0].city;
  };
  EXPECT_EQ(city_of(""), "");
  EXPECT_EQ(city_of(" in Singapore"), "Singapore");
}

// A ban on a trade flow named a few words on is a decision ("Indonesia bans raw bauxite exports");
// a ban with no flow ("bans smoking") is none.
TEST(Events, BanOnATradeFlowIsADecision) {
  FactDoc d("Indonesia bans raw bauxite exports",
            "JAKARTA - The government banned exports of raw bauxite, the minister said on Wednesday.", {2023, 6, 7});
  d.country("ID", "Indonesia", 0, true).date("Wednesday", "2023-06-07");
  d.run(extract::make_events_stage);
  ASSERT_FALSE(d.x.events.empty());
  EXPECT_EQ(d.x.events[0].type, "decision");
  EXPECT_EQ(d.x.events[0].start, "2023-06-07");

  FactDoc n("Airport bans smoking in terminals", "The airport banned smoking on Wednesday.", {2023, 6, 7});
  n.date("Wednesday", "2023-06-07");
  n.run(extract::make_events_stage);
  EXPECT_TRUE(std::none_of(n.x.events.begin(), n.x.events.end(), [](const Event& e) { return e.type == "decision"; }));
}

// A headline strengthening a measure reports the decision, as one tightening it does.
TEST(Events, StrengtheningAMeasureIsADecision) {
  FactDoc d("Japan strengthens export controls on chipmaking equipment",
            "TOKYO, May 23 (Reuters) - Japan will add 23 items to its list, the ministry said on Tuesday.",
            {2023, 5, 23});
  d.country("JP", "Japan", 0, true).country("JP", "Japan").date("May 23", "2023-05-23").date("Tuesday", "2023-05-23");
  d.run(extract::make_events_stage);
  ASSERT_FALSE(d.x.events.empty());
  EXPECT_EQ(d.x.events[0].type, "decision");
  FactDoc n("Japan and Korea strengthen ties", "TOKYO - The two sides agreed on Tuesday to keep talking.", {2023, 5, 23});
  n.country("JP", "Japan", 0, true).country("KR", "Korea", 0, true).date("Tuesday", "2023-05-23");
  n.run(extract::make_events_stage);
  EXPECT_TRUE(std::none_of(n.x.events.begin(), n.x.events.end(), [](const Event& e) { return e.type == "decision"; }));
}

// A decision the lede says was announced takes the release's day, not a later one the body
// schedules ("is scheduled to announce its final determinations on or about March 11, 2024"),
// which is an event of its own. Without the announcing verb the scheduled day still dates it.
TEST(Events, AnnouncedDecisionIsNotDatedByTheScheduledNextStep) {
  auto events = [](const std::string& verb) {
    FactDoc d("Commerce finds dumping of aluminum extrusions",
              "WASHINGTON - The Department of Commerce " + verb +
                  " its affirmative preliminary determinations in the antidumping duty investigations. Commerce is "
                  "scheduled to announce its final determinations on or about March 11, 2024.",
              {2023, 10, 31});
    d.date("March 11, 2024", "2024-03-11");
    d.run(extract::make_events_stage);
    return d.x.events;
  };
  const auto announced = events("announced");
  ASSERT_FALSE(announced.empty());
  EXPECT_EQ(announced[0].type, "decision");
  EXPECT_EQ(announced[0].start, "2023-10-31");
  EXPECT_TRUE(std::any_of(announced.begin(), announced.end(), [](const Event& e) { return e.start == "2024-03-11"; }));
  const auto plans = events("will announce");
  ASSERT_FALSE(plans.empty());
  EXPECT_EQ(plans[0].start, "2024-03-11");
}

}  // namespace
}  // namespace tw

namespace tw {
namespace {

// "India's exports to US rise 22% despite tariffs": a measure named only as the backdrop of the
// figures ("despite", "amid", "as") leaves the headline a release of figures; a measure the headline
// reports ("EU imposes tariffs amid surge in imports") is no release of figures.
TEST(Events, FiguresHeadlineDespiteAMeasureIsAStatisticsRelease) {
  FactDoc d("India's exports to US rise 22% in April-September despite tariffs",
            "NEW DELHI - India's merchandise exports to the US rose 22 per cent to USD 45.82 billion, according to "
            "commerce ministry data.",
            {2025, 10, 16});
  d.country("IN", "India").country("US", "US");
  d.percent("22 per cent", 22).money("USD 45.82 billion", 45.82e9, "USD");
  d.run(extract::make_events_stage);
  ASSERT_EQ(d.x.events.size(), 1u);
  EXPECT_EQ(d.x.events[0].type, "statistics");

  FactDoc a("Korea's exports to U.S. drop as tariffs bite",
            "SEJONG - South Korea's exports to the United States fell 12 percent on-year in August to US$8.74 "
            "billion, data showed Monday.",
            {2025, 9, 1});
  a.country("KR", "Korea", 0, true).country("KR", "Korea").country("US", "United States");
  a.percent("12 percent", 12).money("US$8.74 billion", 8.74e9, "USD");
  a.run(extract::make_events_stage);
  ASSERT_EQ(a.x.events.size(), 1u);
  EXPECT_EQ(a.x.events[0].type, "statistics");

  FactDoc m("EU imposes tariffs on steel amid surge in imports",
            "BRUSSELS - The EU will charge 25% on steel imports worth 3 billion euros.", {2024, 4, 23});
  m.percent("25%", 25).money("3 billion euros", 3e9, "EUR");
  m.run(extract::make_events_stage);
  for (const auto& e : m.x.events) EXPECT_NE(e.type, "statistics");
}

}  // namespace
}  // namespace tw

namespace tw {
namespace {

// "Japan logs 4th straight month of current account surplus": a figure the headline says was
// logged or posted reports a release of figures; without a word of its move it does not.
TEST(Events, FiguresHeadlineLoggedOrPostedIsAStatisticsRelease) {
  FactDoc d("Japan logs 4th straight month of current account surplus",
            "TOKYO - Japan's trade balance in goods posted a surplus of 131.7 billion yen in September.",
            {2025, 11, 10});
  d.country("JP", "Japan", 0, true).country("JP", "Japan");
  d.date("September", "2025-09").money("131.7 billion yen", 131.7e9, "JPY");
  d.run(extract::make_events_stage);
  ASSERT_EQ(d.x.events.size(), 1u);
  EXPECT_EQ(d.x.events[0].type, "statistics");

  FactDoc n("Japan's current account surplus explained",
            "TOKYO - Japan's trade balance in goods posted a surplus of 131.7 billion yen in September.",
            {2025, 11, 10});
  n.country("JP", "Japan", 0, true).country("JP", "Japan");
  n.date("September", "2025-09").money("131.7 billion yen", 131.7e9, "JPY");
  n.run(extract::make_events_stage);
  for (const auto& e : n.x.events) EXPECT_NE(e.type, "statistics");
}

// Under a title of a signing, the meeting the lede joins to the signing by "and" is an event of that
// day too, as a signing joined to a meeting is under a title of the meeting.
TEST(Events, SigningUnderItsTitleKeepsTheMeetingJoinedToIt) {
  FactDoc d("ASEAN ministers sign upgraded goods trade agreement",
            "KUALA LUMPUR, Sept 23 (Reuters) - Southeast Asian economic ministers met in Kuala Lumpur on Tuesday and "
            "signed an upgraded ASEAN Trade in Goods Agreement.",
            {2025, 9, 23});
  d.bloc("ASEAN", "ASEAN", 0, true).bloc("ASEAN", "ASEAN").date("Sept 23", "2025-09-23").date("Tuesday", "2025-09-23");
  d.run(extract::make_events_stage);
  ASSERT_GE(d.x.events.size(), 2u);
  EXPECT_EQ(d.x.events[0].type, "agreement");
  EXPECT_EQ(d.x.events[0].start, "2025-09-23");
  EXPECT_TRUE(std::any_of(d.x.events.begin(), d.x.events.end(),
                          [](const Event& e) { return e.type == "meeting" && e.start == "2025-09-23"; }));
}

// "… concluded consultations … and agreed to hold the next joint committee in 2026": the year of
// the next meeting dates that one, not the meeting reported; with no day of its own the reported
// one keeps the release's. A meeting named "next" with no other in its sentence is still dated by
// its own date.
TEST(Events, TheNextMeetingsDateDoesNotDateTheMeetingHeld) {
  for (const bool on_tuesday : {true, false}) {
    FactDoc d("Korea and Chile hold FTA Joint Committee",
              std::string("The Ministry of Trade, Industry and Energy concluded consultations with Chile at the Fourth "
                          "Korea-Chile FTA Joint Committee held in Seoul") +
                  (on_tuesday ? " on Tuesday" : "") + ", and agreed to hold the next joint committee in 2026.",
              {2024, 10, 16});
    d.country("KR", "Korea").country("CL", "Chile").country("CL", "Chile", 1);
    if (on_tuesday) d.date("Tuesday", "2024-10-15");
    d.date("2026", "2026");
    d.run(extract::make_events_stage);
    ASSERT_FALSE(d.x.events.empty());
    EXPECT_EQ(d.x.events[0].start, on_tuesday ? "2024-10-15" : "2024-10-16") << on_tuesday;
  }
  FactDoc next("Korea and Chile to hold FTA Joint Committee",
               "Korea and Chile will hold the next joint committee in Santiago in 2026.", {2024, 10, 16});
  next.country("KR", "Korea").country("CL", "Chile");
  next.date("2026", "2026");
  next.run(extract::make_events_stage);
  ASSERT_FALSE(next.x.events.empty());
  EXPECT_EQ(next.x.events[0].start, "2026");
}

// "Norway's exports of seafood reach record NOK 175 billion": the goods written between the flow
// noun and its verb leave a figures headline one; a flow of goods with no such verb is none.
TEST(Events, FlowOfGoodsBeforeItsVerbIsStatistics) {
  FactDoc d("Argentina's exports of soybean meal climb to record in July",
            "BUENOS AIRES (Reuters) - Argentina shipped 3.2 million tonnes in July, INDEC data showed on Wednesday.",
            {2025, 8, 20});
  d.date("July", "2025-07").date("Wednesday", "2025-08-20");
  d.run(extract::make_events_stage);
  ASSERT_FALSE(d.x.events.empty());
  EXPECT_EQ(d.x.events[0].type, "statistics");
  EXPECT_EQ(d.x.events[0].start, "2025-08-20");

  FactDoc n("Argentina weighs exports of soybean meal to China",
            "BUENOS AIRES (Reuters) - Argentina shipped 3.2 million tonnes in July, INDEC data showed on Wednesday.",
            {2025, 8, 20});
  n.date("July", "2025-07").date("Wednesday", "2025-08-20");
  n.run(extract::make_events_stage);
  EXPECT_TRUE(std::none_of(n.x.events.begin(), n.x.events.end(), [](const Event& e) { return e.type == "statistics"; }));
}

// "the two countries agreed on a framework for …" reports a pact's terms agreed; a framework only
// discussed is no agreement.
TEST(Events, FrameworkAgreedIsAnAgreement) {
  FactDoc d("Brazil and Mexico agree on framework for trade deal",
            "MEXICO CITY - Brazil and Mexico agreed on a framework for a trade agreement on Wednesday.", {2025, 8, 27});
  d.date("Wednesday", "2025-08-27");
  d.run(extract::make_events_stage);
  ASSERT_FALSE(d.x.events.empty());
  EXPECT_EQ(d.x.events[0].type, "agreement");
  EXPECT_TRUE(d.x.events[0].name.empty()) << d.x.events[0].name;

  FactDoc n("Brazil and Mexico discuss trade", "MEXICO CITY - The ministers discussed a framework for cooperation "
            "on Wednesday.", {2025, 8, 27});
  n.date("Wednesday", "2025-08-27");
  n.run(extract::make_events_stage);
  EXPECT_TRUE(std::none_of(n.x.events.begin(), n.x.events.end(), [](const Event& e) { return e.type == "agreement"; }));
}

}  // namespace
}  // namespace tw

namespace tw {
namespace {

// "the first Korea–Central Asia Trade Ministers' Meeting on the 13th in Seoul": a day of the
// month after "on the" is the event's date, not its name's, and counts no sitting; a capitalized
// word after the ordinal keeps it in the name ("Forum on the 21st Century").
TEST(Events, ProperNameStopsBeforeADayOfTheMonth) {
  const std::string a = "hosted the first Korea–Central Asia Trade Ministers’ Meeting on the 13th in Seoul";
  const size_t ta = a.find("Meeting");
  std::optional<int> ord;
  EXPECT_EQ(extract::facts::proper_name(a, ta, ta + 7, nullptr, &ord), "Korea–Central Asia Trade Ministers’ Meeting");
  EXPECT_NE(ord, std::optional<int>(13));
  const std::string b = "held the Forum on the 21st Century Economy in Seoul";
  const size_t tb = b.find("Forum");
  EXPECT_EQ(extract::facts::proper_name(b, tb, tb + 5), "Forum on the 21st Century Economy");
}

// "Canada to impose surtax on Chinese steel": a surtax, levy or ban is a measure a headline imposes,
// a decision even when the body speaks of consultations; a headline imposing nothing reports the
// consultations.
TEST(Events, SurtaxHeadlineIsADecision) {
  auto first_type = [](const std::string& title) {
    FactDoc d(title,
              "OTTAWA - Canada will impose a 25 per cent surtax on steel products from China, the Department of "
              "Finance said on Thursday, after consultations launched on July 2, 2024.",
              {2024, 10, 3});
    d.country("CA", "Canada", 0, true).country("CA", "Canada").country("CN", "China");
    d.date("Thursday", "2024-10-03").date("July 2, 2024", "2024-07-02").percent("25 per cent", 25);
    d.run(extract::make_events_stage);
    return d.x.events.empty() ? std::string("none") : d.x.events[0].type;
  };
  EXPECT_EQ(first_type("Canada to impose surtax on Chinese steel"), "decision");
  EXPECT_EQ(first_type("Canada to impose levy on Chinese steel"), "decision");
  EXPECT_EQ(first_type("Canada to hold consultations on Chinese steel"), "meeting");
}

// "signed a free trade pact": the wire's word for the pact makes the signing an agreement event; a
// signing of something else is none.
TEST(Events, SigningAFreeTradePactIsAnAgreement) {
  for (const bool pact : {true, false}) {
    const std::string body = std::string("LONDON - India and Britain on Thursday signed ") +
                             (pact ? "a free trade pact" : "up exporters to a programme") + ".";
    FactDoc d("India and Britain", body, {2025, 7, 25});
    d.country("IN", "India").country("GB", "Britain");
    d.date("Thursday", "2025-07-24");
    d.run(extract::make_events_stage);
    bool agreement = false;
    for (const auto& e : d.x.events) agreement |= e.type == "agreement";
    EXPECT_EQ(agreement, pact);
  }
}

// "Fourth round of India-EU FTA negotiations concludes": a round named as the subject of the
// concluding verb, the talks named between, ends the round, a negotiation; the last round ends the
// talks, an agreement.
TEST(Events, RoundThatConcludesUnderItsTalksNameIsANegotiation) {
  for (const bool last : {false, true}) {
    const std::string title = std::string(last ? "Last" : "Fourth") + " round of India-EU FTA negotiations concludes";
    FactDoc d(title, "NEW DELHI - The chief negotiators met in New Delhi on Friday.", {2025, 10, 11});
    d.country("IN", "India", 0, true).bloc("EU", "EU", 0, true);
    d.date("Friday", "2025-10-10");
    d.run(extract::make_events_stage);
    ASSERT_FALSE(d.x.events.empty()) << last;
    EXPECT_EQ(d.x.events[0].type, last ? "agreement" : "negotiation") << last;
  }
}

}  // namespace
}  // namespace tw

namespace tw {
namespace {

// A bloc whose gathering's name runs on in capitalized words to its noun ("on the margins of the
// APEC Ministers Responsible for Trade Meeting") is the occasion, not a counterpart; a bloc named
// before a lower-case stretch ("met APEC officials to prepare the meeting") is not a name's.
TEST(Events, BlocOpeningALongGatheringNameIsNoPartner) {
  for (const bool named : {true, false}) {
    const std::string body =
        named ? "OTTAWA - On May 15, Minister Sidhu met with Korea's Trade Minister Yeo Han-koo on the margins of the "
                "APEC Ministers Responsible for Trade Meeting."
              : "OTTAWA - On May 15, Minister Sidhu met with Korea's Trade Minister Yeo Han-koo and APEC senior "
                "officials who prepared the Meeting.";
    FactDoc d("Minister Sidhu meets with Korea's Trade Minister", body, {2025, 5, 16});
    d.country("KR", "Korea", 0, true).country("KR", "Korea");
    d.bloc("APEC", "APEC");
    d.date("May 15", "2025-05-15");
    d.person("Yeo Han-koo");
    d.run(extract::make_events_stage);
    ASSERT_FALSE(d.x.events.empty()) << named;
    const std::vector<std::string> want = named ? std::vector<std::string>{"KR"} : std::vector<std::string>{"APEC", "KR"};
    EXPECT_EQ(d.x.events[0].partners, want) << named;
  }
}

// A later sentence that opens by speaking of the primary's gathering again ("The round was hosted
// in London") gives the city its own sentence left out; one dated otherwise ("The last round was
// held in Riyadh in 2022") speaks of another session.
TEST(Events, LaterSentenceOnTheSameGatheringGivesItsCity) {
  for (const bool same : {true, false}) {
    const std::string body =
        std::string("The fourth round of negotiations for a free trade agreement between the UK and the GCC took "
                    "place between 17 and 28 July. ") +
        (same ? "The round was hosted in London and held in a hybrid fashion."
              : "The round was held in Riyadh in March 2023.") +
        " Good progress was made.";
    FactDoc d("Trade Update - UK-GCC FTA", body, {2023, 7, 31});
    d.country("GB", "UK", 0, true).bloc("GCC", "GCC", 0, true);
    d.country("GB", "UK").bloc("GCC", "GCC");
    d.date("between 17 and 28 July", "2023-07-17/2023-07-28");
    if (!same) d.date("March 2023", "2023-03");
    d.run(extract::make_events_stage);
    ASSERT_FALSE(d.x.events.empty()) << same;
    EXPECT_EQ(d.x.events[0].type, "negotiation") << same;
    EXPECT_EQ(d.x.events[0].city, same ? "London" : "") << same;
  }
}

// In a release about one counterpart, a further meeting its sentence names no one for, spoken of in
// common words ("held their regular bilateral meeting"), is with that counterpart; one named in
// capitals ("attended the WTO Ministerial meeting") is a gathering of its own.
TEST(Events, CommonWordMeetingIsWithTheReleasesOneCounterpart) {
  for (const bool common : {true, false}) {
    const std::string body =
        std::string("SEOUL - The Ministry held the 5th Korea-Canada Industrial Cooperation Committee on December 4 in "
                    "Seoul. Prior to the committee, ") +
        (common ? "the two agencies held their regular bilateral meeting on December 3."
                : "the Minister attended the WTO Ministerial meeting on December 3.");
    FactDoc d("Korea and Canada hold Industrial Cooperation Committee", body, {2025, 12, 4});
    d.country("KR", "Korea", 0, true).country("CA", "Canada", 0, true);
    d.country("KR", "Korea").country("CA", "Canada");
    d.date("December 4", "2025-12-04").date("December 3", "2025-12-03");
    d.run(extract::make_events_stage);
    ASSERT_EQ(d.x.events.size(), 2u) << common;
    EXPECT_EQ(d.x.events[0].partners, std::vector<std::string>{"CA"}) << common;
    EXPECT_EQ(d.x.events[1].type, "meeting") << common;
    EXPECT_EQ(d.x.events[1].partners, common ? std::vector<std::string>{"CA"} : std::vector<std::string>{}) << common;
  }
}

// A city an event names in short ("the KITA Washington Center") is the one another event of the
// release names in full ("visited Washington D.C."), written as there; another city stays.
TEST(Events, ShortCityTakesTheFullFormAnotherEventNames) {
  for (const bool same : {true, false}) {
    const std::string body =
        std::string("Deputy Minister for Trade Yang visited Washington D.C. from April 15-17 and met with officials. "
                    "On April 16, he attended the opening ceremony at the KITA ") +
        (same ? "Washington Center." : "Center in New York.");
    FactDoc d("Deputy Trade Minister visits Washington D.C.", body, {2024, 4, 18});
    d.date("April 15-17", "2024-04-15/2024-04-17").date("April 16", "2024-04-16");
    d.run(extract::make_events_stage);
    ASSERT_GE(d.x.events.size(), 2u) << same;
    EXPECT_EQ(d.x.events[0].city, "Washington D.C.") << same;
    EXPECT_EQ(d.x.events[1].type, "ceremony") << same;
    EXPECT_EQ(d.x.events[1].city, same ? "Washington D.C." : "New York") << same;
  }
}

// A visitor's courtesy call on a minister ("paid a courtesy call on the Minister of Investment,
// Trade and Industry") is a meeting; a call for something is none.
TEST(Events, CourtesyCallIsAMeeting) {
  for (const bool courtesy : {true, false}) {
    const std::string body =
        std::string("The Ambassador of Japan to Malaysia ") +
        (courtesy ? "paid a courtesy call on the Minister of Investment, Trade and Industry"
                  : "made a call for greater investment by firms of both countries") +
        " on 8 July 2025.";
    FactDoc d("Ambassador of Japan calls for investment", body, {2025, 7, 9});
    d.country("JP", "Japan", 0, true).country("JP", "Japan").country("MY", "Malaysia");
    d.date("8 July 2025", "2025-07-08");
    d.run(extract::make_events_stage);
    bool meeting = false;
    for (const auto& e : d.x.events) meeting |= e.type == "meeting" && e.start == "2025-07-08";
    EXPECT_EQ(meeting, courtesy) << courtesy;
  }
}

// A minister receiving or hosting a visiting delegation ("received a delegation from the People's
// Republic of China led by Vice Minister …") meets it; receiving something else is no meeting.
TEST(Events, DelegationReceivedIsAMeeting) {
  for (const bool delegation : {true, false}) {
    const std::string body =
        std::string("The Minister of Trade, Industry and Competition, Mr Parks Tau, ") +
        (delegation ? "received a delegation from China led by Vice Minister Li Fei"
                    : "received a report on citrus exports to China") +
        " in Pretoria on 9 October 2025.";
    FactDoc d("Minister Tau and China", body, {2025, 10, 10});
    d.country("CN", "China", 0, true).country("CN", "China");
    d.date("9 October 2025", "2025-10-09");
    d.person("Parks Tau");
    d.run(extract::make_events_stage);
    bool meeting = false;
    for (const auto& e : d.x.events) meeting |= e.type == "meeting" && e.start == "2025-10-09";
    EXPECT_EQ(meeting, delegation) << delegation;
  }
}

// A country named as what an office or the talks are about ("Minister of Economy, Trade and Industry
// and Minister for Economic Cooperation with Russia, visited Buenos Aires, Argentina") is no
// counterpart; a country met ("met with Russia's Minister") is one.
TEST(Events, CooperationWithACountryIsTheSubject) {
  for (const bool office : {true, false}) {
    const std::string body =
        office ? "From November 29 to December 3, 2018, Mr. Hiroshige Seko, Minister of Economy, Trade and Industry "
                 "and Minister for Economic Cooperation with Russia, visited Buenos Aires, Argentina."
               : "From November 29 to December 3, 2018, Mr. Hiroshige Seko, Minister of Economy, Trade and Industry, "
                 "visited Buenos Aires, Argentina, and met with Russia's Minister Oreshkin.";
    FactDoc d("METI Minister Seko Visits Argentina", body, {2018, 12, 4});
    d.country("AR", "Argentina", 0, true).country("RU", "Russia").country("AR", "Argentina");
    d.date("From November 29 to December 3, 2018", "2018-11-29/2018-12-03");
    d.person("Hiroshige Seko");
    d.run(extract::make_events_stage);
    ASSERT_FALSE(d.x.events.empty()) << office;
    EXPECT_EQ(d.x.events[0].type, "visit") << office;
    const std::vector<std::string> want = office ? std::vector<std::string>{"AR"} : std::vector<std::string>{"AR", "RU"};
    EXPECT_EQ(d.x.events[0].partners, want) << office;
  }
}

// "met with British Secretary of State … to discuss the GCC-UK FTA": a place in the dashed pair that
// names a free trade pact is what is discussed, not a counterpart; in another pair it still is one.
TEST(Events, PlaceNamingAFreeTradePactIsNoCounterpart) {
  for (const bool pact : {true, false}) {
    FactDoc d("Saudi Arabia and UK discuss trade",
              std::string("Saudi Minister of Commerce Majid Al-Kassabi met with British Secretary of State for "
                          "Business and Trade Peter Kyle in Riyadh on Monday to discuss the GCC-UK ") +
                  (pact ? "FTA." : "partnership."),
              {2025, 1, 20});
    d.country("SA", "Saudi Arabia", 0, true).country("GB", "UK", 0, true);
    d.country("SA", "Saudi").country("GB", "British").bloc("GCC", "GCC").country("GB", "UK");
    d.person("Majid Al-Kassabi").person("Peter Kyle");
    d.date("Monday", "2025-01-20");
    d.run(extract::make_events_stage);
    ASSERT_FALSE(d.x.events.empty());
    EXPECT_EQ(d.x.events[0].partners, pact ? std::vector<std::string>{"GB"} : (std::vector<std::string>{"GB", "GCC"}))
        << pact;
  }
}

// "received Canadian Ambassador … for a courtesy call, discussing the implementation of the CPTPP":
// the bloc whose pact is put into effect is what is discussed, no counterpart.
TEST(Events, BlocWhoseImplementationIsDiscussedIsNoCounterpart) {
  for (const bool implementation : {true, false}) {
    FactDoc d("Deputy Minister receives Canadian Ambassador",
              std::string("HANOI - Deputy Minister of Industry and Trade Nguyen Sinh Nhat Tan received Canadian "
                          "Ambassador to Vietnam Shawn Steil in Hanoi on October 3 for a courtesy call, discussing ") +
                  (implementation ? "the implementation of the CPTPP." : "trade with the CPTPP."),
              {2025, 10, 4});
    d.country("CA", "Canadian", 0, true).country("CA", "Canadian").country("VN", "Vietnam").bloc("CPTPP", "CPTPP");
    d.person("Nguyen Sinh Nhat Tan").person("Shawn Steil");
    d.date("October 3", "2025-10-03");
    d.run(extract::make_events_stage);
    ASSERT_FALSE(d.x.events.empty());
    EXPECT_EQ(d.x.events[0].partners,
              implementation ? std::vector<std::string>{"CA"} : (std::vector<std::string>{"CA", "CPTPP"}))
        << implementation;
  }
}

// "Vice President Alckmin received Indonesia's Minister of Trade, Budi Santoso, in Brasília": receiving
// a person is meeting them, the person's country the counterpart; receiving a report, an award or a
// country's support is no meeting.
TEST(Events, ReceivingAPersonIsAMeeting) {
  FactDoc d("Alckmin receives Indonesian Trade Minister",
            "BRASÍLIA - Vice President Alckmin received Indonesia's Minister of Trade, Budi Santoso, in Brasília "
            "on Monday to discuss bilateral trade.",
            {2025, 10, 14});
  d.country("ID", "Indonesian", 0, true).country("ID", "Indonesia").person("Budi Santoso");
  d.date("Monday", "2025-10-13");
  d.run(extract::make_events_stage);
  ASSERT_FALSE(d.x.events.empty());
  EXPECT_EQ(d.x.events[0].type, "meeting");
  EXPECT_EQ(d.x.events[0].start, "2025-10-13");
  EXPECT_EQ(d.x.events[0].partners, (std::vector<std::string>{"ID"}));

  for (const char* object : {"a report on export competitiveness from Minister Tan", "an award from Indonesia",
                             "Indonesia's support for the plan", "US$ 6 billion in investment",
                             "President Joko Widodo's message"}) {
    FactDoc n("Minister receives report",
              std::string("SINGAPORE - The minister received ") + object + " on Tuesday.", {2025, 9, 10});
    n.date("Tuesday", "2025-09-09");
    if (std::string_view(object).find("Joko") != std::string_view::npos) n.person("Joko Widodo");
    n.run(extract::make_events_stage);
    for (const auto& e : n.x.events) EXPECT_NE(e.type, "meeting") << object;
  }
}

// "Japan, Philippines sign pact to boost trade": signing a pact is an agreement event; a title that
// first reports a meeting ("ministers meet in Kuala Lumpur, sign … pact") keeps the meeting first.
TEST(Events, SigningAPactInATitle) {
  FactDoc d("Japan, Philippines sign pact to boost trade",
            "MANILA - Japan and the Philippines signed a pact on Tuesday to boost trade.", {2025, 11, 4});
  d.country("JP", "Japan", 0, true).country("PH", "Philippines", 0, true);
  d.country("JP", "Japan").country("PH", "Philippines");
  d.date("Tuesday", "2025-11-04");
  d.run(extract::make_events_stage);
  ASSERT_FALSE(d.x.events.empty());
  EXPECT_EQ(d.x.events[0].type, "agreement");
  EXPECT_EQ(d.x.events[0].start, "2025-11-04");

  FactDoc m("Ministers meet in Kuala Lumpur, sign goods trade pact",
            "KUALA LUMPUR - The ministers met in Kuala Lumpur on Tuesday and signed a pact.", {2025, 9, 23});
  m.date("Tuesday", "2025-09-23");
  m.run(extract::make_events_stage);
  ASSERT_FALSE(m.x.events.empty());
  EXPECT_EQ(m.x.events[0].type, "meeting");
}

// "UK and South Korea seal upgraded trade deal", "Indonesia, Canada ink CEPA": the wire's verbs
// for a pact settled make a headline's agreement event, as "sign" does; a body's "the deal sealed
// with Mexico last year" recalls a pact and reports no event.
TEST(Events, SealingOrInkingAPactInATitle) {
  for (const char* title : {"UK and South Korea seal upgraded trade deal", "Indonesia, Canada ink CEPA"}) {
    FactDoc d(title, "LONDON - The two ministers met in London on Tuesday and concluded the talks.", {2025, 12, 9});
    d.date("Tuesday", "2025-12-09");
    d.run(extract::make_events_stage);
    ASSERT_FALSE(d.x.events.empty()) << title;
    EXPECT_EQ(d.x.events[0].type, "agreement") << title;
  }
  FactDoc n("KAI eyes exports to Africa",
            "Following the deal sealed with Mexico on 20 jets last year, KAI is eyeing exports to Africa.", {2025, 12, 9});
  n.run(extract::make_events_stage);
  for (const auto& e : n.x.events) EXPECT_NE(e.type, "agreement");
}

// "US opens Section 232 probe into timber imports", "launched an anti-dumping investigation into
// pork": a remedy case launched or opened is a decision; a facility opened or a programme launched
// is none, nor a launch whose clause names no case.
TEST(Events, RemedyCaseLaunchedOrOpenedIsADecision) {
  for (const char* verb : {"opened", "launched"}) {
    FactDoc d("Commerce Department acts",
              std::string("WASHINGTON - The Commerce Department has ") + verb +
                  " a Section 232 investigation into imports of timber on Sunday.",
              {2025, 3, 2});
    d.date("Sunday", "2025-03-02");
    d.run(extract::make_events_stage);
    ASSERT_FALSE(d.x.events.empty()) << verb;
    EXPECT_EQ(d.x.events[0].type, "decision") << verb;
    EXPECT_EQ(d.x.events[0].start, "2025-03-02") << verb;
  }
  FactDoc t("China launches anti-dumping probe into EU pork", "BEIJING - The ministry said so on Monday.",
            {2024, 6, 17});
  t.date("Monday", "2024-06-17");
  t.run(extract::make_events_stage);
  ASSERT_FALSE(t.x.events.empty());
  EXPECT_EQ(t.x.events[0].type, "decision");

  for (const char* body : {"WASHINGTON - The department has opened a new office in Denver on Sunday.",
                           "WASHINGTON - The department launched a programme for exporters on Sunday.",
                           "WASHINGTON - The department launched talks on Sunday, citing the safeguard investigation."}) {
    FactDoc n("Department acts", body, {2025, 3, 2});
    n.date("Sunday", "2025-03-02");
    n.run(extract::make_events_stage);
    for (const auto& e : n.x.events) EXPECT_NE(e.type, "decision") << body;
  }
}

// "Philippines, Canada conclude FTA round": a round named by the pact it negotiates ends a round, a
// negotiation; the pact concluded without a round is an agreement.
TEST(Events, RoundNamedByItsPactIsANegotiation) {
  for (const bool round : {true, false}) {
    FactDoc d(std::string("Philippines, Canada conclude FTA") + (round ? " round" : ""),
              "MANILA - The two sides concluded the talks in Ottawa on Friday.", {2025, 6, 21});
    d.country("PH", "Philippines", 0, true).country("CA", "Canada", 0, true);
    d.date("Friday", "2025-06-20");
    d.run(extract::make_events_stage);
    ASSERT_FALSE(d.x.events.empty()) << round;
    EXPECT_EQ(d.x.events[0].type, round ? "negotiation" : "agreement") << round;
  }
}

// "Kenya bans export of raw hides": a ban on a flow named in the singular is a decision; a title
// that only speaks of another's "export ban" decides nothing.
TEST(Events, BanOnTheExportOfIsADecision) {
  auto first_type = [](const std::string& title) {
    FactDoc d(title, "NAIROBI - The ministry said so on Thursday.", {2025, 4, 3});
    d.date("Thursday", "2025-04-03");
    d.run(extract::make_events_stage);
    return d.x.events.empty() ? std::string("none") : d.x.events[0].type;
  };
  EXPECT_EQ(first_type("Kenya bans export of raw hides"), "decision");
  EXPECT_EQ(first_type("Kenya bans the import of used clothing"), "decision");
  EXPECT_EQ(first_type("Japan opposes Chinese export ban"), "none");
}

// "concluded negotiations … on Tuesday after nearly a decade of talks": talks measured by the time
// they took are no meeting of their own; talks held on the day are.
TEST(Events, TalksMeasuredByTheirYearsAreNoMeeting) {
  FactDoc d("Indonesia and EU conclude CEPA negotiations",
            "JAKARTA, Sept 23 (Bloomberg) - Indonesia and the European Union concluded negotiations on a "
            "comprehensive economic partnership agreement on Tuesday after nearly a decade of talks, Economic "
            "Affairs Minister Airlangga "
            "Hartarto said.",
            {2025, 9, 23});
  d.country("ID", "Indonesia", 0, true).bloc("EU", "EU", 0, true).country("ID", "Indonesia");
  d.bloc("EU", "European Union").person("Airlangga Hartarto");
  d.date("Sept 23", "2025-09-23").date("Tuesday", "2025-09-23");
  d.run(extract::make_events_stage);
  ASSERT_FALSE(d.x.events.empty());
  EXPECT_EQ(d.x.events[0].type, "agreement");
  for (const auto& e : d.x.events) EXPECT_NE(e.type, "meeting");

  FactDoc m("Indonesia and EU ministers meet",
            "JAKARTA - Indonesia and the European Union held talks on steel on Tuesday.", {2025, 9, 23});
  m.country("ID", "Indonesia").bloc("EU", "European Union");
  m.date("Tuesday", "2025-09-23");
  m.run(extract::make_events_stage);
  ASSERT_FALSE(m.x.events.empty());
  EXPECT_EQ(m.x.events[0].type, "meeting");
}

// "Philippines, Chile to launch trade talks", "formally launched FTA talks": talks launched are the
// negotiation itself; talks held with a visitor stay a meeting.
TEST(Events, TalksLaunchedAreANegotiation) {
  for (const char* title : {"Philippines, Chile to launch trade talks", "Philippines, Chile kick off FTA talks",
                            "Philippines and Chile formally launch free trade talks"}) {
    FactDoc d(title, "MANILA - The Philippines and Chile will begin the process in Manila on Monday.", {2025, 3, 2});
    d.country("PH", "Philippines").country("CL", "Chile");
    d.date("Monday", "2025-03-03");
    d.run(extract::make_events_stage);
    ASSERT_FALSE(d.x.events.empty()) << title;
    EXPECT_EQ(d.x.events[0].type, "negotiation") << title;
  }
  FactDoc n("Philippines, Chile hold trade talks", "MANILA - The ministers of the Philippines and Chile met in Manila on Monday.",
            {2025, 3, 2});
  n.country("PH", "Philippines").country("CL", "Chile");
  n.date("Monday", "2025-03-03");
  n.run(extract::make_events_stage);
  ASSERT_FALSE(n.x.events.empty());
  EXPECT_EQ(n.x.events[0].type, "meeting");
}

// "met … to review the Greece-Cyprus-Israel electricity interconnector", "the India-Middle
// East-Europe Economic Corridor": places joined by dashes in the name of a line or corridor name
// where the project runs, no counterpart; a pair that names the meeting's own talks still does.
TEST(Events, PlacesInAProjectsNameAreNoPartners) {
  FactDoc d("Greece and Cyprus review interconnector",
            "ATHENS - The Greek minister met Cypriot ministers in Athens on Monday to review the "
            "Greece-Cyprus-Israel electricity interconnector.",
            {2024, 11, 4});
  d.country("GR", "Greek").country("CY", "Cypriot").country("GR", "Greece").country("CY", "Cyprus");
  d.country("IL", "Israel");
  d.date("Monday", "2024-11-04");
  d.run(extract::make_events_stage);
  ASSERT_FALSE(d.x.events.empty());
  EXPECT_EQ(d.x.events[0].partners, std::vector<std::string>{"CY"});

  FactDoc n("Greece and Cyprus hold talks",
            "ATHENS - The Greek minister met Cypriot ministers in Athens on Monday to review Greece-Israel trade.",
            {2024, 11, 4});
  n.country("GR", "Greek").country("CY", "Cypriot").country("IL", "Israel");
  n.date("Monday", "2024-11-04");
  n.run(extract::make_events_stage);
  ASSERT_FALSE(n.x.events.empty());
  EXPECT_EQ(n.x.events[0].partners, (std::vector<std::string>{"CY", "IL"}));
}

// "Canada removes counter-tariffs on US goods", "Malaysia cuts import duty on rice": a headline of a
// government taking a measure away reports its decision; "India-Oman CEPA to remove tariffs" reports
// a pact's terms, no decision.
// Each headline over a body that only dates it reports a decision first; `other` reports none.
void expect_headline_decision(std::initializer_list<const char*> titles, const char* other) {
  for (const char* title : titles) {
    FactDoc d(title, "OTTAWA - The government said so on Friday.", {2025, 8, 22});
    d.date("Friday", "2025-08-22");
    d.run(extract::make_events_stage);
    ASSERT_FALSE(d.x.events.empty()) << title;
    EXPECT_EQ(d.x.events[0].type, "decision") << title;
  }
  FactDoc n(other, "OTTAWA - The government said so on Friday.", {2025, 8, 22});
  n.date("Friday", "2025-08-22");
  n.run(extract::make_events_stage);
  for (const auto& e : n.x.events) EXPECT_NE(e.type, "decision") << other;
}

TEST(Events, RemovingAMeasureIsADecision) {
  expect_headline_decision({"Canada removes counter-tariffs on US goods", "Malaysia cuts import duty on rice",
                            "Pakistan to eliminate export duties on cotton"},
                           "India-Oman CEPA to remove tariffs");
}

// "Trump raises Section 232 tariffs on steel", "Brazil raises import tariffs on electric vehicles": a
// tariff raised with its name or kind between is the decision; "raises concerns over US tariffs"
// raises none.
// The same told as a noun: "Australia welcomes China's removal of barley tariffs".
TEST(Events, RemovalOfAMeasureToldAsANounIsADecision) {
  expect_headline_decision({"Australia welcomes China's removal of barley tariffs",
                            "Korea welcomes lifting of export curbs", "EU welcomes suspension of US tariffs"},
                           "Australia welcomes removal of travel advice for Beijing");
}

TEST(Events, TariffRaisedWithItsNameBetweenIsADecision) {
  expect_headline_decision({"Trump raises Section 232 tariffs on steel", "Brazil raises import tariffs on cars",
                            "Mexico to hike its tariffs on Chinese imports"},
                           "Korea raises concerns over US tariffs");
}

// "welcomes the launch of the AfCFTA Adjustment Fund", "launches the RCEP Trade Portal": a fund,
// programme or portal launched is an initiative announced; a launch of something else is not.
TEST(Events, AFundLaunchedIsAnAnnouncement) {
  for (const char* body : {"PRETORIA - The department welcomes the launch of the Adjustment Fund in Accra on Friday.",
                           "MANILA - The department launched the Trade Portal for exporters on Friday."}) {
    FactDoc d("Trade news", body, {2025, 8, 22});
    d.date("Friday", "2025-08-22");
    d.run(extract::make_events_stage);
    ASSERT_FALSE(d.x.events.empty()) << body;
    EXPECT_EQ(d.x.events[0].type, "announcement") << body;
  }
  FactDoc n("Trade news", "MANILA - The department launched the review of its rules on Friday.", {2025, 8, 22});
  n.date("Friday", "2025-08-22");
  n.run(extract::make_events_stage);
  for (const auto& e : n.x.events) EXPECT_NE(e.type, "announcement");
}

// "EU agrees to extend steel safeguard until 2026" over "will extend its safeguard measures … until
// June 30, 2026, the Commission said on Friday": a measure extended is the decision, dated by the
// day it was said, not the day its term runs until; cooperation extended is none.
TEST(Events, AMeasureExtendedIsADecisionOfTheDaySaid) {
  FactDoc d("EU agrees to extend steel safeguard until 2026",
            "BRUSSELS - The EU will extend its safeguard measures until June 30, 2026, the Commission said on Friday.",
            {2024, 6, 28});
  d.date("June 30, 2026", "2026-06-30").date("Friday", "2024-06-28");
  d.run(extract::make_events_stage);
  ASSERT_FALSE(d.x.events.empty());
  EXPECT_EQ(d.x.events[0].type, "decision");
  EXPECT_EQ(d.x.events[0].start, "2024-06-28");
  FactDoc n("EU agrees to extend cooperation until 2026",
            "BRUSSELS - The EU will extend its cooperation until June 30, 2026, the Commission said on Friday.",
            {2024, 6, 28});
  n.date("June 30, 2026", "2026-06-30").date("Friday", "2024-06-28");
  n.run(extract::make_events_stage);
  for (const auto& e : n.x.events) EXPECT_NE(e.type, "decision");
}

// "WTO panel rules against US tariffs on Chinese goods", "the panel ruled that …": a ruling in a
// case is a decision; a rule of trade is none.
TEST(Events, APanelRulingIsADecision) {
  for (const char* title : {"WTO panel rules against US tariffs", "WTO rules in favour of EU in dispute with China"}) {
    FactDoc d(title, "GENEVA - The panel said so on Monday.", {2025, 7, 21});
    d.date("Monday", "2025-07-21");
    d.run(extract::make_events_stage);
    ASSERT_FALSE(d.x.events.empty()) << title;
    EXPECT_EQ(d.x.events[0].type, "decision") << title;
  }
  FactDoc n("WTO rules of origin explained", "GENEVA - The secretariat said so on Monday.", {2025, 7, 21});
  n.date("Monday", "2025-07-21");
  n.run(extract::make_events_stage);
  for (const auto& e : n.x.events) EXPECT_NE(e.type, "decision");
}

// "SANTIAGO - … will lead a trade mission to New Delhi on Monday": the city a mission goes to is
// where the visit takes place, not the dateline's; a mission received from a city stays at home.
TEST(Events, CityAMissionGoesToIsTheVisits) {
  FactDoc d("Chile trade mission to India",
            "SANTIAGO - The undersecretary will lead a trade mission to New Delhi on Monday.", {2024, 4, 5});
  d.date("Monday", "2024-04-08");
  d.run(extract::make_events_stage);
  ASSERT_FALSE(d.x.events.empty());
  EXPECT_EQ(d.x.events[0].type, "visit");
  EXPECT_EQ(d.x.events[0].city, "New Delhi");
  FactDoc n("Chile receives trade mission",
            "SANTIAGO - The undersecretary will host a trade mission from New Delhi on Monday.", {2024, 4, 5});
  n.date("Monday", "2024-04-08");
  n.run(extract::make_events_stage);
  ASSERT_FALSE(n.x.events.empty());
  EXPECT_EQ(n.x.events[0].city, "Santiago");
}

// "TOKYO - … launched negotiations …, with the first round to be held in Dhaka in May": the city of
// a later round the sentence names past a clause break is that round's; "launched negotiations
// during the first round held in Manila" launches them there.
TEST(Events, CityOfALaterRoundIsNotTheLaunchs) {
  FactDoc d("Japan, Bangladesh launch EPA negotiations",
            "TOKYO - Japan and Bangladesh on Tuesday launched negotiations toward an Economic Partnership "
            "Agreement, with the first round to be held in Dhaka in May.",
            {2024, 3, 12});
  d.country("JP", "Japan").country("BD", "Bangladesh");
  d.date("Tuesday", "2024-03-12").date("May", "2024-05");
  d.run(extract::make_events_stage);
  ASSERT_FALSE(d.x.events.empty());
  EXPECT_EQ(d.x.events[0].city, "Tokyo");
  FactDoc n("Philippines, Chile start FTA talks",
            "The Philippines and Chile launched negotiations for a free trade agreement during the first round "
            "held in Manila on Tuesday.",
            {2025, 8, 12});
  n.country("PH", "Philippines").country("CL", "Chile");
  n.date("Tuesday", "2025-08-12");
  n.run(extract::make_events_stage);
  ASSERT_FALSE(n.x.events.empty());
  EXPECT_EQ(n.x.events[0].city, "Manila");
}

// "Kenya and the United Arab Emirates have concluded negotiations … The agreement is expected to be
// signed in January": a further signing its sentence names no one for is with the release's one
// counterpart; with two counterparts it is left to the text.
TEST(Events, AFurtherSigningIsWithTheOneCounterpart) {
  for (const bool one : {true, false}) {
    FactDoc d("Kenya concludes CEPA negotiations",
              std::string("NAIROBI - Kenya and ") + (one ? "the United Arab Emirates" : "Oman and Qatar") +
                  " have concluded negotiations on a partnership agreement on Friday. The agreement is expected to "
                  "be signed in January.",
              {2024, 12, 6});
    d.country("KE", "Kenya");
    if (one) d.country("AE", "United Arab Emirates");
    else d.country("OM", "Oman").country("QA", "Qatar");
    d.date("Friday", "2024-12-06").date("January", "2025-01");
    d.run(extract::make_events_stage);
    ASSERT_EQ(d.x.events.size(), 2u) << one;
    EXPECT_EQ(d.x.events[1].partners, one ? std::vector<std::string>{"AE"} : std::vector<std::string>{}) << one;
  }
}

// "held a joint review of the Thailand-Australia Free Trade Agreement in Bangkok on Monday":
// partners reviewing an agreement together meet for it.
TEST(Events, AJointReviewIsAMeeting) {
  FactDoc d("Australia and Thailand review FTA",
            "CANBERRA - Trade ministers of Australia and Thailand held a joint review of the agreement in Bangkok "
            "on Monday.",
            {2025, 6, 10});
  d.country("AU", "Australia").country("TH", "Thailand");
  d.date("Monday", "2025-06-09");
  d.run(extract::make_events_stage);
  ASSERT_FALSE(d.x.events.empty());
  EXPECT_EQ(d.x.events[0].type, "meeting");
  EXPECT_EQ(d.x.events[0].start, "2025-06-09");
  EXPECT_EQ(d.x.events[0].partners, std::vector<std::string>{"TH"});
}

// "said on Tuesday that he will meet his British counterpart next month": the day after a
// reporting verb dates the saying; a later date the sentence puts ahead dates the occasion. Talks
// already held keep the saying's day, and it dates no side event either.
TEST(Events, ASayingsDayGivesWayToTheOccasionItPutsAhead) {
  auto first = [](const std::string& title, const std::string& body) {
    FactDoc d(title, body, {2025, 10, 14});
    d.country("JP", "Japan's");
    if (body.find("British") != std::string::npos) d.country("GB", "British");
    d.date("Tuesday", "2025-10-14");
    if (body.find("next month") != std::string::npos) d.date("next month", "2025-11");
    if (body.find("next year") != std::string::npos) d.date("next year", "2026");
    if (body.find("November 20") != std::string::npos) d.date("November 20", "2025-11-20");
    d.run(extract::make_events_stage);
    std::vector<std::string> out;
    for (const auto& e : d.x.events) out.push_back(e.type + "@" + e.start);
    return out;
  };
  using V = std::vector<std::string>;
  EXPECT_EQ(first("Japan and UK to hold trade talks",
                  "TOKYO - Japan's trade minister said on Tuesday that he will meet his British counterpart next "
                  "month."),
            V{"meeting@2025-11"});
  EXPECT_EQ(first("Japan to host summit",
                  "TOKYO - Japan's foreign ministry announced on Tuesday that the summit will be held in Osaka on "
                  "November 20."),
            V{"conference@2025-11-20"});
  EXPECT_EQ(first("Japan and UK hold talks",
                  "TOKYO - Japan's trade minister said on Tuesday that the two sides held talks in London and will "
                  "meet again next year.")
                .front(),
            "meeting@2025-10-14");
}

// In a headline, a trigger after a word that opens the backdrop ("as", "amid", "despite") gives
// way to the main clause's: "EU trade chief meets U.S. officials as tariff pause holds" is a
// meeting; with the backdrop first, the pause is the news.
TEST(Events, HeadlineTriggerInTheBackdropIsWeak) {
  auto first = [](const std::string& title) {
    FactDoc d(title,
              "WASHINGTON, April 14 (Reuters) - European Union trade chief Maros Sefcovic met U.S. Commerce Secretary "
              "Howard Lutnick on Monday, seeking a deal to avoid tariffs.",
              {2025, 4, 14});
    d.bloc("EU", "European Union").country("US", "U.S.");
    d.date("April 14", "2025-04-14").date("Monday", "2025-04-14");
    d.run(extract::make_events_stage);
    return d.x.events.empty() ? std::string("none") : d.x.events[0].type;
  };
  EXPECT_EQ(first("EU trade chief meets U.S. officials as tariff pause holds"), "meeting");
  EXPECT_EQ(first("US extends tariff pause as EU trade chief meets officials"), "decision");
}

// Two sides agreeing, one named as the other's counterpart, met ("South Korea's trade minister and
// his Japanese counterpart agreed on Monday to strengthen cooperation"); agreeing alone is no
// meeting.
TEST(Events, CounterpartsAgreeingMet) {
  FactDoc d("Korea, Japan trade chiefs agree to boost supply chain ties",
            "TOKYO, Nov 24 (Yonhap) - South Korea's trade minister Yeo Han-koo and his Japanese counterpart Yoji "
            "Muto agreed on Monday to strengthen cooperation on supply chains, Seoul's trade ministry said.",
            {2025, 11, 24});
  d.country("KR", "Korea", 0, true).country("JP", "Japan", 0, true).country("KR", "South Korea").country("JP", "Japanese");
  d.date("Nov 24", "2025-11-24").date("Monday", "2025-11-24");
  d.run(extract::make_events_stage);
  ASSERT_FALSE(d.x.events.empty());
  EXPECT_EQ(d.x.events[0].type, "meeting");
  EXPECT_EQ(d.x.events[0].start, "2025-11-24");

  FactDoc e("Korea agrees to boost supply chain ties",
            "SEOUL - The ministry agreed on Monday to strengthen support for exporters.", {2025, 11, 24});
  e.country("KR", "Korea", 0, true);
  e.date("Monday", "2025-11-24");
  e.run(extract::make_events_stage);
  EXPECT_TRUE(std::none_of(e.x.events.begin(), e.x.events.end(), [](const Event& ev) { return ev.type == "meeting"; }));
}

// A bloc that is an agreement, named after a verb of discussing, is what the talks are about
// ("to discuss supply chain cooperation and the CPTPP"); met with, it is a side.
TEST(Events, ABlocPactUnderDiscussionIsNoPartner) {
  auto has_cptpp = [](const std::string& body) {
    FactDoc d("Korea, Japan hold trade ministers' talks", body, {2025, 11, 25});
    d.country("KR", "Korea", 0, true).country("JP", "Japan", 0, true).country("JP", "Japan");
    d.bloc("CPTPP", "CPTPP");
    d.date("November 24", "2025-11-24");
    d.run(extract::make_events_stage);
    EXPECT_FALSE(d.x.events.empty());
    if (d.x.events.empty()) return false;
    const auto& p = d.x.events[0].partners;
    EXPECT_NE(std::find(p.begin(), p.end(), "JP"), p.end());
    return std::find(p.begin(), p.end(), "CPTPP") != p.end();
  };
  EXPECT_FALSE(has_cptpp("SEOUL - Trade Minister Yeo Han-koo met Japan's trade minister in Tokyo on November 24 to "
                         "discuss supply chain cooperation and the CPTPP."));
  EXPECT_TRUE(has_cptpp("SEOUL - Trade Minister Yeo Han-koo met Japan's trade minister in Tokyo on November 24 and then "
                        "held talks with the CPTPP commission."));
}

// "the economy minister of a Middle Eastern state", "an African nation's trade minister": a region
// word that describes one country the text leaves unnamed is no counterpart; ministers from the
// region are.
TEST(Events, ARegionWordForOneUnnamedCountryIsNoPartner) {
  auto partners = [](const std::string& body, std::string_view region_word, const std::string& code) {
    FactDoc d("Korea holds trade talks", body, {2025, 10, 14});
    d.bloc(code, region_word);
    d.date("Monday", "2025-10-13");
    d.run(extract::make_events_stage);
    return d.x.events.empty() ? std::vector<std::string>{"none"} : d.x.events[0].partners;
  };
  using V = std::vector<std::string>;
  EXPECT_EQ(partners("SEOUL - The trade minister held talks with the economy minister of a Middle Eastern state in "
                     "Seoul on Monday.",
                     "Middle Eastern", "MIDDLE_EAST"),
            V{});
  EXPECT_EQ(partners("SEOUL - The trade minister held talks with an African nation's trade minister in Seoul on "
                     "Monday.",
                     "African", "AFRICA"),
            V{});
  EXPECT_EQ(partners("SEOUL - The trade minister held talks with ministers from the Middle East in Seoul on Monday.",
                     "Middle East", "MIDDLE_EAST"),
            V{"MIDDLE_EAST"});
  // After "the", past a compass word, and as a region's possessive before a noun of one country.
  EXPECT_EQ(partners("SEOUL - The trade minister held talks with the East African nation's trade minister in Seoul "
                     "on Monday.",
                     "African", "AFRICA"),
            V{});
  EXPECT_EQ(partners("SEOUL - The trade minister held talks with the trade minister of Southeast Asia's largest "
                     "economy in Seoul on Monday.",
                     "Southeast Asia", "SOUTHEAST_ASIA"),
            V{});
  EXPECT_EQ(partners("SEOUL - The trade minister held talks with Southeast Asia's trade ministers in Seoul on Monday.",
                     "Southeast Asia", "SOUTHEAST_ASIA"),
            V{"SOUTHEAST_ASIA"});
}

// "…, commerce ministry spokesperson He Yadong said on Monday": a spokesperson named as the source
// of the news reports the event and takes no part in it; those who held it do.
TEST(Events, SpokespersonReportingTheMeetingIsNoParticipant) {
  FactDoc d("China, US hold trade consultations in Geneva",
            "Chinese Vice Premier He Lifeng and U.S. Treasury Secretary Scott Bessent held economic and trade "
            "consultations in Geneva on Saturday, commerce ministry spokesperson He Yadong said on Monday.",
            {2025, 5, 12});
  d.country("CN", "Chinese").country("US", "U.S.").country("CN", "China", 0, true).country("US", "US", 0, true);
  d.date("Saturday", "2025-05-10").date("Monday", "2025-05-12");
  d.person("He Lifeng").person("Scott Bessent").person("He Yadong");
  d.x.people[0].title = "Vice Premier";
  d.x.people[1].title = "Treasury Secretary";
  d.x.people[2].title = "spokesperson";
  d.run(extract::make_events_stage);
  ASSERT_FALSE(d.x.events.empty());
  EXPECT_EQ(d.x.events[0].participants, (std::vector<std::string>{"He Lifeng", "Scott Bessent"}));
}

// "The measure takes effect on August 1, the White House said on Thursday": the day a decided
// measure takes effect is its term, as "effective as of" is; the decision is dated the day it was
// told.
TEST(Events, DecisionIsNotDatedByTheDayItsMeasureTakesEffect) {
  FactDoc d("US imposes 25% tariffs on Japanese auto parts",
            "WASHINGTON (Reuters) - The measure takes effect on August 1, the White House said on Thursday.",
            {2025, 7, 11});
  d.country("US", "US", 0, true).country("JP", "Japanese", 0, true);
  d.date("August 1", "2025-08-01").date("Thursday", "2025-07-10");
  d.run(extract::make_events_stage);
  ASSERT_FALSE(d.x.events.empty());
  EXPECT_EQ(d.x.events[0].type, "decision");
  EXPECT_EQ(d.x.events[0].start, "2025-07-10");
}

// "USTR today announced the imposition of tariffs on imports from Nicaragua" under a title with no
// event word: the noun of imposing reports the decision as "imposed" does.
TEST(Events, ImpositionOfAMeasureIsADecision) {
  FactDoc d("USTR Announces Section 301 Action on Nicaragua",
            "WASHINGTON - The Office of the United States Trade Representative today announced the imposition of "
            "tariffs on imports from Nicaragua following its investigation.",
            {2025, 12, 10});
  d.country("NI", "Nicaragua", 0, true).country("US", "United States").country("NI", "Nicaragua");
  d.date("today", "2025-12-10");
  d.run(extract::make_events_stage);
  ASSERT_FALSE(d.x.events.empty());
  EXPECT_EQ(d.x.events[0].type, "decision");
  EXPECT_EQ(d.x.events[0].start, "2025-12-10");
  EXPECT_EQ(d.x.events[0].partners, std::vector<std::string>{"NI"});
}

// "today concluded a trade mission to Manila, the Philippines, from January 13 to 16": a run of days
// told after the event's own word in its sentence, holding the day, is the event's whole run; one
// told after another event word ("met on Tuesday on the sidelines of the forum held from Monday to
// Wednesday") is that other event's.
TEST(Events, RunOfDaysAfterTheEventWordInItsSentenceIsTheEvents) {
  FactDoc d("Minister Sidhu concludes trade mission to the Philippines",
            "MANILA - Minister of International Trade Maninder Sidhu today concluded a trade mission to Manila, "
            "the Philippines, from January 13 to 16, 2026.",
            {2026, 1, 16});
  d.country("PH", "Philippines", 0, true).country("PH", "Philippines");
  d.date("today", "2026-01-16").date("January 13 to 16, 2026", "2026-01-13/2026-01-16");
  d.person("Maninder Sidhu");
  d.run(extract::make_events_stage);
  ASSERT_FALSE(d.x.events.empty());
  EXPECT_EQ(d.x.events[0].type, "visit");
  EXPECT_EQ(d.x.events[0].start, "2026-01-13");
  EXPECT_EQ(d.x.events[0].end, "2026-01-16");

  FactDoc n("Korea and Japan trade ministers meet",
            "SEOUL - The two trade ministers met on Tuesday on the sidelines of the forum held from Monday to "
            "Wednesday in Busan.",
            {2025, 6, 11});
  n.country("KR", "Korea", 0, true).country("JP", "Japan", 0, true);
  n.date("Tuesday", "2025-06-10").date("Monday to Wednesday", "2025-06-09/2025-06-11");
  n.run(extract::make_events_stage);
  ASSERT_FALSE(n.x.events.empty());
  EXPECT_EQ(n.x.events[0].type, "meeting");
  EXPECT_EQ(n.x.events[0].start, "2025-06-10");
  EXPECT_EQ(n.x.events[0].end, "2025-06-10");
}

// "… will travel to Britain from June 8 to 13 and hold the first meeting of the consultation
// mechanism with U.S. officials, foreign ministry spokesperson Lin Jian said on Saturday": the day
// right after a reporting verb dates the saying; it pairs with no event word as a side event.
TEST(Events, DayOfASayingDatesNoSideEvent) {
  FactDoc d("China to hold trade talks with US in London",
            "BEIJING (Reuters) - Chinese Vice Premier He Lifeng will travel to Britain from June 8 to 13 and hold the "
            "first meeting of the economic and trade consultation mechanism with U.S. officials, foreign ministry "
            "spokesperson Lin Jian said on Saturday.",
            {2025, 6, 8});
  d.country("CN", "China", 0, true).country("US", "US", 0, true).country("CN", "Chinese").country("GB", "Britain");
  d.country("US", "U.S.");
  d.date("June 8 to 13", "2025-06-08/2025-06-13").date("Saturday", "2025-06-07");
  d.person("He Lifeng").person("Lin Jian");
  d.run(extract::make_events_stage);
  ASSERT_FALSE(d.x.events.empty());
  EXPECT_EQ(d.x.events[0].start, "2025-06-08");
  EXPECT_TRUE(std::none_of(d.x.events.begin(), d.x.events.end(), [](const Event& e) { return e.start == "2025-06-07"; }));
}

// "… will travel to Britain … and hold the first meeting … with U.S. officials": the country a
// meeting's people travel to is where it takes place, no side of it; a visit's country is the
// government visited.
TEST(Events, CountryAMeetingTravelsToIsNoPartner) {
  FactDoc d("China to hold trade talks with US in London",
            "BEIJING (Reuters) - Chinese Vice Premier He Lifeng will travel to Britain from June 8 to 13 and hold the "
            "first meeting of the economic and trade consultation mechanism with U.S. officials.",
            {2025, 6, 8});
  d.country("CN", "China", 0, true).country("US", "US", 0, true).country("CN", "Chinese").country("GB", "Britain");
  d.country("US", "U.S.");
  d.date("June 8 to 13", "2025-06-08/2025-06-13");
  d.person("He Lifeng");
  d.run(extract::make_events_stage);
  ASSERT_FALSE(d.x.events.empty());
  EXPECT_EQ(d.x.events[0].type, "meeting");
  EXPECT_EQ(d.x.events[0].country, "GB");
  EXPECT_EQ(d.x.events[0].partners, std::vector<std::string>{"US"});
}

// "… held talks in Hanoi on November 5, agreeing to make better use of the CPTPP", "… agree to boost
// trade under CPTPP": a pact's bloc that is used or traded under, in the body or the title, is what
// the talks are about; the minister's country is the side.
TEST(Events, PactBlocUsedUnderIsNoSideOfTheTalks) {
  FactDoc d("Vietnam and Canada agree to boost trade under CPTPP",
            "HANOI (VNA) - Minister of Industry and Trade Nguyen Hong Dien and Canadian Minister of International "
            "Trade Maninder Sidhu held talks in Hanoi on November 5, agreeing to make better use of the CPTPP.",
            {2025, 11, 6});
  d.country("VN", "Vietnam", 0, true).country("CA", "Canada", 0, true).bloc("CPTPP", "CPTPP", 0, true);
  d.country("CA", "Canadian").bloc("CPTPP", "CPTPP");
  d.date("November 5", "2025-11-05");
  d.person("Nguyen Hong Dien").person("Maninder Sidhu");
  d.run(extract::make_events_stage);
  ASSERT_FALSE(d.x.events.empty());
  EXPECT_EQ(d.x.events[0].type, "meeting");
  EXPECT_EQ(d.x.events[0].partners, std::vector<std::string>{"CA"});
}

// "Vice-Minister for Foreign Affairs Funakoshi Takehiro and Foreign Secretary Vikram Misri
// co-chaired the Dialogue": those a sentence right after says chaired the event, in the active
// voice, take part in it; one named after the event's noun does not.
TEST(Events, ThoseWhoCoChairedTheEventTakePart) {
  FactDoc d("Japan, India hold first Economic Security Dialogue",
            "TOKYO - Japan and India held their first Economic Security Dialogue in Tokyo on 28 August. "
            "Vice-Minister for Foreign Affairs Funakoshi Takehiro and Foreign Secretary Vikram Misri co-chaired the "
            "Dialogue, Press Secretary Kobayashi Maki said.",
            {2025, 8, 29});
  d.country("JP", "Japan", 0, true).country("IN", "India", 0, true).country("JP", "Japan").country("IN", "India");
  d.date("28 August", "2025-08-28");
  d.person("Funakoshi Takehiro").person("Vikram Misri").person("Kobayashi Maki");
  d.run(extract::make_events_stage);
  ASSERT_FALSE(d.x.events.empty());
  EXPECT_EQ(d.x.events[0].type, "meeting");
  EXPECT_EQ(d.x.events[0].participants, (std::vector<std::string>{"Funakoshi Takehiro", "Vikram Misri"}));
}

// "Mr. MUTO Yoji … held a meeting with Mr. Maroš Šefčovič, European Commissioner for Trade …":
// talks whose sentence names no counterpart are with the government of the one met, as his title
// tells it (the person's country); the own side's minister adds none.
TEST(Events, TalksWithAnOfficialOfAnotherGovernmentTakeItAsPartner) {
  FactDoc d("Minister Muto holds meeting with European Commissioner Sefcovic",
            "On March 28, Mr. MUTO Yoji, Minister of Economy, Trade and Industry, held a meeting with Mr. Maros "
            "Sefcovic, European Commissioner for Trade, in Tokyo. The two discussed the Japan-EU Economic "
            "Partnership Agreement.",
            {2025, 3, 28});
  d.country("JP", "Japan").bloc("EU", "EU");
  d.date("March 28", "2025-03-28");
  d.person("MUTO Yoji").person("Maros Sefcovic");
  d.x.people[1].country = "EU";
  d.run(extract::make_events_stage);
  EXPECT_EQ(d.reporter(), "JP");
  ASSERT_FALSE(d.x.events.empty());
  EXPECT_EQ(d.x.events[0].type, "meeting");
  EXPECT_EQ(d.x.events[0].partners, std::vector<std::string>{"EU"});
}

// "DBT today announced that the sixth round … concluded in Riyadh on 14 November": the day the
// clause says the round closed on dates it, not the day of the announcement; with no such day the
// announcement's stays.
TEST(Events, ADayTheClauseSaysTheRoundClosedOnBeatsTheSayingsDay) {
  for (const bool closed_on : {true, false}) {
    SCOPED_TRACE(closed_on);
    FactDoc d("UK and GCC conclude sixth round of trade talks",
              std::string("The Department for Business and Trade today announced that the sixth round of negotiations "
                          "on a UK-GCC Free Trade Agreement concluded in Riyadh") +
                  (closed_on ? " on 14 November 2025." : ". The next round is planned for 14 November 2025."),
              {2025, 11, 17});
    d.country("GB", "UK").bloc("GCC", "GCC");
    d.date("today", "2025-11-17");
    d.date("14 November 2025", "2025-11-14");
    d.run(extract::make_events_stage);
    ASSERT_FALSE(d.x.events.empty());
    EXPECT_EQ(d.x.events[0].type, "negotiation");
    EXPECT_EQ(d.x.events[0].start, closed_on ? "2025-11-14" : "2025-11-17");
  }
}

// "expanding restrictions first imposed in 2022", "has already banned nickel ore exports since
// 2020": a verb recalled as done before tells background; the lede's day dates the title's
// decision.
TEST(Events, DecisionRecalledAsDoneBeforeIsBackground) {
  FactDoc d("US to restrict exports of advanced chips to China",
            "WASHINGTON - The U.S. Commerce Department on Tuesday announced new export controls on advanced "
            "semiconductors bound for China, expanding restrictions first imposed in 2022.",
            {2026, 5, 20});
  d.country("US", "U.S.").country("CN", "China");
  d.date("Tuesday", "2026-05-19").date("2022", "2022");
  d.run(extract::make_events_stage);
  ASSERT_EQ(d.x.events.size(), 1u);
  EXPECT_EQ(d.x.events[0].type, "decision");
  EXPECT_EQ(d.x.events[0].start, "2026-05-19");
}

// "co-chaired the 7th South Africa-China Joint Economic and Trade Committee": the "and" between
// two capitalized words joins one name; it lists no second event after the verb.
TEST(Events, AndInsideANameListsNoSecondEvent) {
  FactDoc d("South Africa, China hold trade committee meeting",
            "BEIJING - The two deputy ministers co-chaired the 7th South Africa-China Joint Economic and Trade "
            "Committee in Beijing on Tuesday.",
            {2026, 5, 20});
  d.country("ZA", "South Africa").country("CN", "China");
  d.date("Tuesday", "2026-05-19");
  d.run(extract::make_events_stage);
  ASSERT_EQ(d.x.events.size(), 1u);
  EXPECT_EQ(d.x.events[0].type, "meeting");
}

// "Thailand reopens maize import quota": a headline reopening a measure reports its decision.
TEST(Events, HeadlineReopeningAQuotaIsADecision) {
  FactDoc d("Thailand reopens maize import quota",
            "BANGKOK - Thailand's Commerce Ministry said on Tuesday it had reopened its tariff-rate quota for imports "
            "of maize.",
            {2026, 5, 20});
  d.country("TH", "Thailand");
  d.date("Tuesday", "2026-05-19");
  d.run(extract::make_events_stage);
  ASSERT_FALSE(d.x.events.empty());
  EXPECT_EQ(d.x.events[0].type, "decision");
  EXPECT_EQ(d.x.events[0].start, "2026-05-19");
}

// "reopened its tariff-rate quota for imports of maize under the ASEAN Trade in Goods Agreement": a
// bloc whose pact the measure runs under is no counterpart of the decision.
TEST(Events, BlocOfThePactAMeasureRunsUnderIsNoPartner) {
  FactDoc d("Thailand reopens maize import quota",
            "BANGKOK - Thailand's Commerce Ministry said on Tuesday it had reopened its tariff-rate quota for imports "
            "of maize under the ASEAN Trade in Goods Agreement.",
            {2026, 5, 20});
  d.country("TH", "Thailand").bloc("ASEAN", "ASEAN");
  d.date("Tuesday", "2026-05-19");
  d.run(extract::make_events_stage);
  ASSERT_FALSE(d.x.events.empty());
  EXPECT_EQ(d.x.events[0].type, "decision");
  EXPECT_TRUE(d.x.events[0].partners.empty()) << ::testing::PrintToString(d.x.events[0].partners);
}

// A venue's name joined by a particle ("Palácio do Planalto", "Casa de Nariño") is kept whole, not
// cut at the particle.
TEST(Events, VenueKeepsANamesParticle) {
  FactDoc d("Lula and Boric meet in Brasília",
            "President Luiz Inácio Lula da Silva met Chilean President Gabriel Boric on Monday, August 5, at "
            "Palácio do Planalto in Brasília.",
            {2024, 8, 6});
  d.country("CL", "Chilean");
  d.date("Monday, August 5", "2024-08-05");
  d.person("Luiz Inácio Lula da Silva").person("Gabriel Boric");
  d.run(extract::make_events_stage);
  ASSERT_FALSE(d.x.events.empty());
  EXPECT_EQ(d.x.events[0].venue, "Palácio do Planalto");
  FactDoc e("Trade ministers meet in Lima",
            "Trade ministers of the Pacific Alliance met on Thursday at the Palacio de Torre Tagle in Lima to "
            "review the regional agenda.",
            {2023, 11, 17});
  e.date("Thursday", "2023-11-16");
  e.run(extract::make_events_stage);
  ASSERT_FALSE(e.x.events.empty());
  EXPECT_EQ(e.x.events[0].venue, "Palacio de Torre Tagle");
}

// A headline's ratification of a pact named by its short name ("Peru ratifies CPTPP") reports an
// agreement event; a body's ratification by others is background.
TEST(Events, RatifyingAKnownPactInTheHeadlineIsAnAgreementEvent) {
  FactDoc d("Peru ratifies CPTPP",
            "Peru has completed its domestic procedures, the Ministry of Foreign Trade and Tourism reported on "
            "Tuesday.",
            {2021, 7, 20});
  d.country("PE", "Peru", 0, true).country("PE", "Peru");
  d.bloc("CPTPP", "CPTPP", 0, true);
  d.date("Tuesday", "2021-07-20");
  d.run(extract::make_events_stage);
  ASSERT_FALSE(d.x.events.empty());
  EXPECT_EQ(d.x.events[0].type, "agreement");
  EXPECT_EQ(d.x.events[0].start, "2021-07-20");
  FactDoc b("Ethiopia to launch trade under the AfCFTA",
            "Ethiopia will start trading on Thursday. Since 2019, 47 African countries have ratified the AfCFTA.",
            {2025, 10, 8});
  b.country("ET", "Ethiopia", 0, true).country("ET", "Ethiopia");
  b.date("Thursday", "2025-10-09").date("2019", "2019");
  b.run(extract::make_events_stage);
  for (const auto& ev : b.x.events) EXPECT_NE(ev.type, "agreement") << ev.start;
}

// "at the Great Hall of the People in Beijing": a venue runs through "of the" before a capital;
// "at the Palacio de La Moneda for the XVII Summit": it ends on no joining word.
TEST(Events, VenueRunsThroughOfTheAndEndsOnNoJoiner) {
  FactDoc d("Leaders sign agreements in Beijing",
            "The two presidents signed 15 cooperation agreements on Friday at the Great Hall of the People in "
            "Beijing.",
            {2023, 4, 15});
  d.date("Friday", "2023-04-14");
  d.run(extract::make_events_stage);
  ASSERT_FALSE(d.x.events.empty());
  EXPECT_EQ(d.x.events[0].venue, "Great Hall of the People");
  FactDoc e("Presidents meet in Santiago",
            "The presidents met on Friday at the Palacio de La Moneda for the XVII Summit of the bloc.",
            {2023, 6, 3});
  e.date("Friday", "2023-06-02");
  e.run(extract::make_events_stage);
  ASSERT_FALSE(e.x.events.empty());
  EXPECT_EQ(e.x.events[0].venue, "Palacio de La Moneda");
}

// Latin America's conference cities besides its capitals ("met in Punta del Este", "in Foz do
// Iguaçu") place an event and its country.
TEST(Events, LatinAmericanConferenceCities) {
  FactDoc d("Ministers meet", "The ministers met on Wednesday in Punta del Este to review the agenda.", {2023, 12, 7});
  d.date("Wednesday", "2023-12-06");
  d.run(extract::make_events_stage);
  ASSERT_FALSE(d.x.events.empty());
  EXPECT_EQ(d.x.events[0].city, "Punta del Este");
  EXPECT_EQ(d.x.events[0].country, "UY");
}

// "has initiated an investigation into alleged dumping … The investigation follows an application
// lodged on 3 March 2026 by …": the day the application was filed dates the filing, not the
// initiation the notice reports, which is then the publication's; a day the initiation names
// itself still dates it.
TEST(Events, FilingDayDatesNoInitiation) {
  const Record r = tw::testing::extract_whole(
      "Initiation of investigation into aluminium extrusions",
      "The Commissioner of the Anti-Dumping Commission has initiated an investigation into alleged dumping of "
      "certain aluminium extrusions exported from the People's Republic of China. The investigation follows an "
      "application lodged on 3 March 2026 by an Australian manufacturer.",
      "2026-05-12");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].type, "decision");
  EXPECT_EQ(r.x.events[0].start, "2026-05-12");
  const Record own = tw::testing::extract_whole(
      "Dumping investigation into galvanised steel coil",
      "The Ministry of Business, Innovation and Employment has initiated an investigation into alleged dumping of "
      "galvanised steel coil from China, following an application from a New Zealand producer lodged on 14 "
      "January 2026. The investigation was initiated on 20 March 2026.",
      "2026-03-23");
  ASSERT_FALSE(own.x.events.empty());
  EXPECT_EQ(own.x.events[0].start, "2026-03-20");
}

// "a dispute that started when Washington imposed the duties in March": a verb of the clause a verb
// of origin opens with "when" tells how the dispute began, no event of the release; a verb of the
// main clause still reports one.
TEST(Events, ClauseOfHowADisputeBeganIsBackground) {
  const Record r = tw::testing::extract_whole(
      "Canada to challenge lumber duties",
      "OTTAWA - Canada will file a challenge at the World Trade Organization, escalating a dispute that started "
      "when Washington imposed the duties on softwood lumber in March, the trade minister said on Tuesday.",
      "2026-05-20");
  for (const auto& ev : r.x.events) EXPECT_NE(ev.start, "2026-03") << ev.type;
  const Record own = tw::testing::extract_whole(
      "Canada imposes surtax on steel",
      "OTTAWA - Canada imposed a surtax on steel imports from countries without a trade agreement on Tuesday, "
      "the Department of Finance said.",
      "2026-05-20");
  ASSERT_FALSE(own.x.events.empty());
  EXPECT_EQ(own.x.events[0].type, "decision");
  EXPECT_EQ(own.x.events[0].start, "2026-05-19");
}

// "Philippines and Chile hold FTA talks" over "MANILA - The two sides reviewed …": an occasion only
// the headline words takes the dateline's city, as one the lede words does; not a call.
TEST(Events, HeadlineOnlyOccasionTakesTheDatelineCity) {
  const Record r = tw::testing::extract_whole(
      "Philippines and Chile hold free trade talks",
      "MANILA - The two sides reviewed tariff schedules and agreed on next steps, the Department of Trade and "
      "Industry said on Monday.",
      "2026-05-19");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].type, "meeting");
  EXPECT_EQ(r.x.events[0].city, "Manila");
  EXPECT_EQ(r.x.events[0].country, "PH");
  const Record call = tw::testing::extract_whole(
      "Philippines and Chile hold video call on free trade",
      "MANILA - The two sides reviewed tariff schedules and agreed on next steps, the Department of Trade and "
      "Industry said on Monday.",
      "2026-05-19");
  ASSERT_FALSE(call.x.events.empty());
  EXPECT_TRUE(call.x.events[0].city.empty());
}

// "HANOI – … signed the free trade agreement in Herzliya on Monday", "JAKARTA – … in Sanur, Bali, on
// Monday": the sentence's own place comes before the dateline's city, known to the gazetteer or not.
TEST(Events, SigningPlaceOfTheSentenceBeatsTheDateline) {
  const Record r = tw::testing::extract_whole(
      "Vietnam and Israel sign free trade agreement",
      "HANOI – Vietnam and Israel signed the free trade agreement in Herzliya on Monday, the Ministry of Industry "
      "and Trade said.",
      "2026-05-20");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].city, "Herzliya");
  const Record known = tw::testing::extract_whole(
      "Indonesia and Peru sign trade protocol",
      "JAKARTA – Indonesia and Peru signed a trade protocol in Sanur, Bali, on Monday, the Trade Ministry said.",
      "2026-05-20");
  ASSERT_FALSE(known.x.events.empty());
  EXPECT_EQ(known.x.events[0].city, "Bali");
  const Record filed = tw::testing::extract_whole(
      "Vietnam and Israel sign free trade agreement",
      "HANOI – Vietnam and Israel signed the free trade agreement on Monday, the Ministry of Industry and Trade said.",
      "2026-05-20");
  ASSERT_FALSE(filed.x.events.empty());
  EXPECT_EQ(filed.x.events[0].city, "Hanoi");
}

// "ZURICH (Reuters) - Brazil hosted a trilateral meeting with Argentina and Uruguay …": copy filed
// from a third city names its city-state of the dateline as no side, and takes the host's side.
TEST(Events, ThirdCityCopyTakesTheHostsSide) {
  const Record r = tw::testing::extract_whole(
      "Brazil, Argentina, Uruguay ministers meet",
      "SINGAPORE (Reuters) - Brazil hosted a trilateral meeting with Argentina and Uruguay in Brasilia on Monday to "
      "discuss the common external tariff.",
      "2026-05-20");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].partners, (std::vector<std::string>{"AR", "UY"}));
}

// "The ministers met at the 12th Summit of the Mekong Cooperation": a numbered gathering the
// verb of meeting is "at" is the occasion, a summit; "met at the ministry" stays a meeting.
TEST(Events, MetAtANumberedSummitIsTheSummit) {
  const Record r = tw::testing::extract_whole(
      "Leaders meet at 12th Summit of the Mekong Cooperation",
      "The leaders of Cambodia, Laos, Thailand and Vietnam met at the 12th Summit of the Mekong Cooperation in "
      "Vientiane on Friday.",
      "2026-05-20");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].type, "conference");
  EXPECT_EQ(r.x.events[0].ordinal, 12);
  const Record m = tw::testing::extract_whole(
      "Ministers meet in Vientiane",
      "The trade ministers of Laos and Vietnam met at the Ministry of Industry and Commerce in Vientiane on Friday.",
      "2026-05-20");
  ASSERT_FALSE(m.x.events.empty());
  EXPECT_EQ(m.x.events[0].type, "meeting");
}

// "welcomed the decision by the European Parliament to approve the agreement": a decision a named
// body takes to act is one; "a decision by next month" or "the decision to wait" names none.
TEST(Events, DecisionByANamedBodyToActIsADecision) {
  const Record r = tw::testing::extract_whole(
      "Chile welcomes vote on trade pact",
      "SANTIAGO – Chile welcomed the decision by the European Parliament to approve the advanced framework "
      "agreement, the Foreign Ministry said on Thursday.",
      "2026-05-22");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].type, "decision");
  EXPECT_EQ(r.x.events[0].start, "2026-05-21");
  const Record none = tw::testing::extract_whole(
      "Chile awaits vote on trade pact",
      "SANTIAGO – Chile expects a decision by next month on the advanced framework agreement, the Foreign Ministry "
      "said on Thursday.",
      "2026-05-22");
  for (const auto& ev : none.x.events) EXPECT_NE(ev.type, "decision");
}

// "met at the APEC summit in Lima": capitalized words right before an event noun name the
// gathering, no venue; "at the Hilton Hotel" still is one.
TEST(Events, NameBeforeAnEventNounIsNoVenue) {
  FactDoc d("Leaders meet in Lima", "The two leaders met at the APEC summit in Lima on Friday.", {2024, 11, 16});
  d.date("Friday", "2024-11-15");
  d.run(extract::make_events_stage);
  ASSERT_FALSE(d.x.events.empty());
  EXPECT_TRUE(d.x.events[0].venue.empty()) << d.x.events[0].venue;
  FactDoc h("Ministers meet in Lima", "The two ministers met at the Hilton Hotel in Lima on Friday.", {2024, 11, 16});
  h.date("Friday", "2024-11-15");
  h.run(extract::make_events_stage);
  ASSERT_FALSE(h.x.events.empty());
  EXPECT_EQ(h.x.events[0].venue, "Hilton Hotel");
}

// "Presidents meet at APEC summit": a bloc the headline names before a gathering's noun is the
// occasion when the event has a counterpart of its own; alone, it is the counterpart.
TEST(Events, HeadlineBlocBeforeAGatheringIsTheOccasion) {
  const Record r = tw::testing::extract_whole(
      "Peruvian and Chilean presidents meet at APEC summit",
      "President Dina Boluarte met Chilean President Gabriel Boric on Friday in Lima.", "2026-05-16");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(std::count(r.x.events[0].partners.begin(), r.x.events[0].partners.end(), "APEC"), 0);
  const Record alone = tw::testing::extract_whole(
      "Minister attends APEC trade ministers meeting",
      "The minister attended the meeting on Friday in Lima.", "2026-05-16");
  ASSERT_FALSE(alone.x.events.empty());
  EXPECT_EQ(alone.x.events[0].partners, (std::vector<std::string>{"APEC"}));
}

// "to make the most of the Comprehensive and Progressive Agreement for Trans-Pacific Partnership
// (CPTPP)": the code in brackets after the pact's full name is the pact made use of, no side.
TEST(Events, PactCodeAfterItsFullNameIsNoCounterpart) {
  const Record r = tw::testing::extract_whole(
      "Chile, Japan talk trade",
      "Minister Alberto van Klaveren met Japanese Trade Minister Ken Saito in Santiago on Monday on "
      "ways to make the most of the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP).",
      "2026-05-20");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(std::count(r.x.events[0].partners.begin(), r.x.events[0].partners.end(), "CPTPP"), 0);
}

// "to extend the African Growth and Opportunity Act": a region opening the name of a law is no
// counterpart.
TEST(Events, RegionInTheNameOfALawIsNoCounterpart) {
  const Record r = tw::testing::extract_whole(
      "Ghana welcomes trade law renewal",
      "Ghana's trade minister on Monday welcomed the decision by the United States Congress to renew "
      "the African Growth and Opportunity Act for six years.",
      "2026-05-20");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(std::count(r.x.events[0].partners.begin(), r.x.events[0].partners.end(), "AFRICA"), 0);
}

// "met at the Summit of the Andean Community in Quito … to discuss": a named gathering, numbered or
// not, is the occasion, no venue.
TEST(Events, MetAtANamedSummitIsTheGathering) {
  const Record r = tw::testing::extract_whole(
      "Andean leaders meet in Quito",
      "Leaders of Ecuador, Bolivia and Peru met at the Summit of the Andean Community in Quito on Monday to "
      "discuss tariff cuts.",
      "2026-05-20");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_TRUE(r.x.events[0].venue.empty()) << r.x.events[0].venue;
  EXPECT_EQ(r.x.events[0].name, "Summit of the Andean Community");
}

// "under the Ghana-UK Trade Partnership Agreement, which entered into force in March 2021": the
// pact's past step in a relative clause on its name is background, no event of the text.
TEST(Events, PactInForceInARelativeClauseIsBackground) {
  const Record r = tw::testing::extract_whole(
      "Ghana, UK pact lifts cocoa sales",
      "Ghana's exports to Britain rose 9% in 2025 under the Ghana-UK Trade Partnership Agreement, which "
      "entered into force in March 2021, the trade minister said on Tuesday.",
      "2026-05-20");
  for (const auto& ev : r.x.events) EXPECT_NE(ev.start, "2021-03") << ev.type;
}

// "… the negotiations, which both sides hope to conclude in 2027": a date an aim leads to dates no
// event.
TEST(Events, DateAfterAWordOfAimDatesNoEvent) {
  const Record r = tw::testing::extract_whole(
      "Ministers review trade talks",
      "OTTAWA - The ministers reviewed the Canada-Ecuador free trade agreement negotiations, which both sides "
      "hope to conclude in 2027.",
      "2026-02-11");
  ASSERT_FALSE(r.x.events.empty());
  for (const auto& ev : r.x.events) EXPECT_NE(ev.start, "2027") << ev.type;
}

// "EU proposes tariffs on Russian fertilisers": a headline of a measure put forward reports a
// decision.
TEST(Events, HeadlineProposingAMeasureIsADecision) {
  const Record r = tw::testing::extract_whole(
      "EU proposes tariffs on Russian fertilisers",
      "BRUSSELS - The European Commission on Tuesday proposed tariffs on fertilisers and remaining agricultural "
      "products from Russia and Belarus.",
      "2025-01-28");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].type, "decision");
  EXPECT_EQ(r.x.events[0].start, "2025-01-28");
}

// "Chile, Thailand to start talks on trade pact": talks a verb of starting opens are the negotiation;
// "… agree to start talks" reports the agreement reached, not yet the talks.
TEST(Events, TalksToStartAreANegotiation) {
  const Record r = tw::testing::extract_whole(
      "Chile, Thailand to start talks on trade pact",
      "SANTIAGO - Chile and Thailand will launch negotiations next month on a trade agreement, the foreign "
      "ministry said on Monday.",
      "2026-03-02");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].type, "negotiation");
  const Record agreed = tw::testing::extract_whole(
      "Chile, Thailand agree to start talks on trade pact",
      "SANTIAGO - Chile and Thailand agreed on Monday to start negotiations next month on a trade agreement, the "
      "foreign minister said after meeting his Thai counterpart in Santiago.",
      "2026-03-02");
  ASSERT_FALSE(agreed.x.events.empty());
  EXPECT_EQ(agreed.x.events[0].type, "meeting");
}

// "Council gives green light to trade pact with Chile": a body's approval is a decision, not the
// body's meeting.
TEST(Events, GreenLightIsADecision) {
  const Record r = tw::testing::extract_whole(
      "Council gives green light to trade pact with Chile",
      "Brussels - The Council today adopted a decision on the conclusion of the interim trade agreement with "
      "Chile.",
      "2026-02-11");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].type, "decision");
}

// "… keep the waiver in place until the 15th Ministerial Conference in 2028": a gathering that ends
// a span of time is no event.
TEST(Events, GatheringAfterUntilIsNoEvent) {
  const Record r = tw::testing::extract_whole(
      "Exemption extended",
      "GENEVA - Members agreed to keep the waiver in place until the 15th Ministerial Conference in 2028.",
      "2026-03-30");
  for (const auto& ev : r.x.events) EXPECT_NE(ev.type, "conference") << ev.name;
}

// "Chile-Japan trade pact lifts exports of salmon" over a body that recalls the pact's signing: a
// headline naming a pact with no step of its own reports the figures, not the signing.
TEST(Events, PactHeadlineWithoutAStepIsNoAgreementEvent) {
  const Record r = tw::testing::extract_whole(
      "Chile-Japan trade pact lifts exports of salmon",
      "SANTIAGO - Chile's salmon exports to Japan rose 14 percent in the first quarter, the customs service said "
      "on Thursday, years after the two countries signed an economic partnership agreement in 2007.",
      "2026-05-20");
  for (const auto& ev : r.x.events) EXPECT_NE(ev.type, "agreement") << ev.start;
  // The step reported in the body with a day of its own still is the news.
  const Record signed_now = tw::testing::extract_whole(
      "Chile-Japan trade pact: what it means for exporters",
      "Chile and Japan signed an upgraded economic partnership agreement in Tokyo on Monday, the ministry said.",
      "2026-05-20");
  ASSERT_FALSE(signed_now.x.events.empty());
  EXPECT_EQ(signed_now.x.events[0].type, "agreement");
  EXPECT_EQ(signed_now.x.events[0].start, "2026-05-18");
}

// "despite protests by Polish and Hungarian farmers": nationality words that qualify a group of no
// government name no counterpart.
TEST(Events, NationalityOfAPrivateGroupIsNoPartner) {
  const Record r = tw::testing::extract_whole(
      "EU and Ukraine sign trade deal despite protests by Polish and Hungarian farmers",
      "The European Union and Ukraine signed a revised trade agreement in Brussels on Monday despite protests "
      "by Polish and Hungarian grain farmers.",
      "2026-05-20");
  ASSERT_FALSE(r.x.events.empty());
  for (const char* code : {"PL", "HU"})
    EXPECT_EQ(std::count(r.x.events[0].partners.begin(), r.x.events[0].partners.end(), code), 0) << code;
  EXPECT_NE(std::find(r.x.events[0].partners.begin(), r.x.events[0].partners.end(), "UA"), r.x.events[0].partners.end());
}

// "The ministers met at the ASEAN Summit in Manila": the gathering they met at, a summit, is the
// event, of type conference, not a meeting with the summit as its venue.
TEST(Events, MetAtABlocSummitIsTheConference) {
  const Record r = tw::testing::extract_whole(
      "ASEAN leaders meet in Manila",
      "The leaders met at the ASEAN Summit in Manila on Tuesday to discuss supply chains.",
      "2026-05-20");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].type, "conference");
  EXPECT_TRUE(r.x.events[0].venue.empty()) << r.x.events[0].venue;
  EXPECT_EQ(r.x.events[0].name, "ASEAN Summit");
}

// "… hold talks on Middle East Partnership Initiative": a region inside a programme's name in the
// headline is no counterpart either.
TEST(Events, RegionInALawNameInTheTitleIsNoPartner) {
  const Record r = tw::testing::extract_whole(
      "Jordan, U.S. hold talks on Middle East Partnership Initiative",
      "Jordanian Trade Minister Yarub Qudah held talks with U.S. officials in Washington on Tuesday on the "
      "renewal of the aid programme.",
      "2026-05-20");
  ASSERT_FALSE(r.x.events.empty());
  for (const auto& p : r.x.events[0].partners) EXPECT_FALSE(extract::facts::is_region(p)) << p;
}

// "in the wake of Chinese export curbs", "despite objections from Brazilian officials": a place a
// backdrop phrase or clause leads to is the setting, no counterpart. A moratorium extended is a
// decision.
TEST(Events, BackdropClauseNamesNoPartner) {
  const Record r = tw::testing::extract_whole(
      "Japan, EU sign critical minerals pact",
      "Japan and the European Union signed a critical minerals partnership in Tokyo on Monday in the wake of "
      "Chinese export curbs.",
      "2026-05-20");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(std::count(r.x.events[0].partners.begin(), r.x.events[0].partners.end(), "CN"), 0);
  EXPECT_EQ(std::count(r.x.events[0].partners.begin(), r.x.events[0].partners.end(), "EU"), 1);
  const Record m = tw::testing::extract_whole(
      "Members agree to extend fishing moratorium",
      "Members agreed on Friday to extend a moratorium on deep-sea fishing subsidies despite objections from "
      "Brazilian officials, sources said.",
      "2026-05-20");
  ASSERT_FALSE(m.x.events.empty());
  EXPECT_EQ(m.x.events[0].type, "decision");
  EXPECT_TRUE(m.x.events[0].partners.empty());
}

// "… during a visit by Prime Minister Mark Carney to Seoul": the city a visit "by" someone goes "to"
// places the event. "the first such deal between Brazil and an ASEAN member": a bloc after an
// indefinite article before a noun of one country describes a member, no counterpart.
TEST(Events, VisitByToCityAndABlocMemberDescribed) {
  const Record r = tw::testing::extract_whole(
      "Korea, Canada sign defence procurement pact",
      "OTTAWA - Korea and Canada signed a defence procurement agreement on Monday during a visit by Prime Minister "
      "Mark Carney to Seoul, the first such pact between Korea and a NATO country.",
      "2026-05-20");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].city, "Seoul");
  const Record b = tw::testing::extract_whole(
      "Vietnam, Brazil sign trade pact",
      "Vietnam and Brazil signed a trade agreement in Hanoi on Monday, the first such deal between Brazil and an "
      "ASEAN member.",
      "2026-05-20");
  ASSERT_FALSE(b.x.events.empty());
  EXPECT_EQ(std::count(b.x.events[0].partners.begin(), b.x.events[0].partners.end(), "ASEAN"), 0);
}

// "… an investment agreement with the EU, helping exporters of fruit and wine": a comma into a
// clause ends the words that may qualify a group; the EU stays the counterpart.
TEST(Events, CommaClauseAfterAPlaceIsNoGroupItQualifies) {
  const Record r = tw::testing::extract_whole(
      "Chile signs pact",
      "SANTIAGO - Chile signed an investment agreement with the EU, helping exporters of fruit and wine.",
      "2026-03-02");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].partners, (std::vector<std::string>{"EU"}));
}

// "Ministry proposes action in anti-circumvention investigation": a remedy case is a measure's word
// for a headline's verb of putting one in place.
TEST(Events, HeadlineActionInAnInvestigationIsADecision) {
  const Record r = tw::testing::extract_whole(
      "Ministry proposes action in anti-circumvention investigation",
      "NEW DELHI - The commerce ministry has proposed duties on aluminium foil from China following its findings.",
      "2026-03-10");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].type, "decision");
  EXPECT_EQ(r.x.events[0].partners, (std::vector<std::string>{"CN"}));
}

// "Japan and Britain will begin talks next month to upgrade their EPA": talks that "begin" (to
// come) are the negotiation; "began talks" with a visitor stays the meeting that began.
TEST(Events, TalksToBeginAreANegotiation) {
  const Record r = tw::testing::extract_whole(
      "Japan, Britain to begin talks on upgraded pact",
      "TOKYO - Japan and Britain will begin talks next month to upgrade their Economic Partnership Agreement, the "
      "foreign ministry said on Tuesday.",
      "2026-05-19");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].type, "negotiation");
  EXPECT_EQ(r.x.events[0].start, "2026-06");
  const Record began = tw::testing::extract_whole(
      "Minister began talks with visiting delegation",
      "LIMA - Minister Carlos Ruiz began talks on Monday with a visiting delegation from Ecuador on farm trade.",
      "2026-05-19");
  ASSERT_FALSE(began.x.events.empty());
  EXPECT_EQ(began.x.events[0].type, "meeting");
  // Talks to begin with a visiting person are a meeting with them.
  const Record visitor = tw::testing::extract_whole(
      "Minister to begin talks with visiting Prime Minister",
      "SEOUL - Minister Kim will begin talks with visiting Vietnamese Prime Minister Pham Minh Chinh on Tuesday.",
      "2026-05-20");
  ASSERT_FALSE(visitor.x.events.empty());
  EXPECT_EQ(visitor.x.events[0].type, "meeting");
}

// "… with the European Free Trade Association, comprising Switzerland, Norway, Iceland and
// Liechtenstein": the members an aside lists after a bloc are the bloc, no partners beside it;
// countries named otherwise stay partners.
TEST(Events, MembersListedAfterABlocAreTheBloc) {
  const Record r = tw::testing::extract_whole(
      "Thailand signs pact",
      "BANGKOK - Thailand signed a free trade agreement on Monday with the European Free Trade Association, "
      "comprising Switzerland, Norway, Iceland and Liechtenstein, the Ministry of Commerce said.",
      "2026-01-27");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].partners, (std::vector<std::string>{"EFTA"}));
  const Record both = tw::testing::extract_whole(
      "Thailand signs pacts",
      "BANGKOK - Thailand signed free trade agreements on Monday with the European Free Trade Association and with "
      "Norway and Chile, the Ministry of Commerce said.",
      "2026-01-27");
  ASSERT_FALSE(both.x.events.empty());
  EXPECT_EQ(both.x.events[0].partners, (std::vector<std::string>{"CL", "EFTA", "NO"}));
}

// "Canada condemns the United States' decision to increase duties on softwood lumber": another
// government's own decision on a measure is the event reported; a decision to do what no measure
// is ("China's decision to attend the forum") is none.
TEST(Events, AnotherGovernmentsDecisionOnAMeasure) {
  const Record r = tw::testing::extract_whole(
      "Canada responds",
      "OTTAWA - Canada condemns the United States' decision to increase duties on softwood lumber, the minister "
      "said.",
      "2025-08-09");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].type, "decision");
  EXPECT_EQ(r.x.events[0].partners, (std::vector<std::string>{"US"}));
  const Record none = tw::testing::extract_whole(
      "Canada responds",
      "OTTAWA - Canada welcomes China's decision to send a delegation to Toronto, the minister said.",
      "2025-08-09");
  for (const auto& e : none.x.events) EXPECT_NE(e.type, "decision");
}

// "Alckmin received on Tuesday (12) a delegation led by India's Minister …": a day set off between
// the verb and its object, as Brazilian releases write it, still receives a person.
TEST(Events, ReceivedOnADayADelegation) {
  const Record r = tw::testing::extract_whole(
      "Minister discusses trade",
      "BRASILIA - Minister Geraldo Alckmin received on Tuesday (12) a delegation led by India's Minister of "
      "Commerce and Industry, Piyush Goyal.",
      "2026-05-14");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].type, "meeting");
  EXPECT_EQ(r.x.events[0].start, "2026-05-12");
  const Record report = tw::testing::extract_whole(
      "Minister receives report",
      "BRASILIA - Minister Geraldo Alckmin received on Tuesday (12) a report on exports.",
      "2026-05-14");
  for (const auto& e : report.x.events) EXPECT_NE(e.type, "meeting");
}

// "… joined the Digital Economy Partnership Agreement (DEPA), a pact signed by Chile, New Zealand and
// Singapore in 2020, on Wednesday": a step told in an aside that restates the pact is background;
// the joining is the event.
TEST(Events, StepInAnAsideRestatingThePactIsBackground) {
  const Record r = tw::testing::extract_whole(
      "Costa Rica completes accession",
      "SAN JOSE - Costa Rica formally joined the Digital Economy Partnership Agreement (DEPA), a pact signed by "
      "Chile, New Zealand and Singapore in 2020, on Wednesday.",
      "2026-05-14");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].type, "agreement");
  EXPECT_EQ(r.x.events[0].start, "2026-05-13");
}

// "K-FEZ Expands Investment Outreach to Japanese Port and Logistics Companies": a headline's capitals
// hide which words are places, so the companies there are the outreach's side, not a private group.
TEST(Events, HeadlineCompaniesOfACountryAreItsSide) {
  const Record r = tw::testing::extract_whole(
      "Agency Expands Investment Outreach to Japanese Port and Logistics Companies",
      "The agency hosted an investment forum on December 11 in Fukuoka for port and logistics companies.",
      "2025-12-12");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].partners, (std::vector<std::string>{"JP"}));
}

// "welcomes the decision to exempt … from the tariffs announced on March 4": the date of a clause
// that describes an earlier measure dates that measure, not the decision the sentence reports.
TEST(Events, DateOfAnEarlierMeasureDoesNotDateTheDecision) {
  const Record r = tw::testing::extract_whole(
      "Government welcomes tariff exemption",
      "The Government welcomes the decision by the United States to exempt Australian beef from the tariffs "
      "announced on March 4.",
      "2026-05-20");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].type, "decision");
  EXPECT_EQ(r.x.events[0].start, "2026-05-20");
}

// "in response to the US tariffs on steel imposed in March": a participle describing a measure
// taken before reports no decision of its own.
TEST(Events, MeasureImposedBeforeIsNoDecision) {
  const Record r = tw::testing::extract_whole(
      "EU responds to US steel tariffs",
      "The European Commission held consultations with member states on Tuesday in response to the US tariffs "
      "on steel imposed in March.",
      "2026-05-20");
  for (const auto& e : r.x.events) EXPECT_NE(e.type, "decision");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].start, "2026-05-19");
}

// "The Commission today proposed to suspend tariff concessions on …": a proposal to act on a measure
// is the decision the body reports.
TEST(Events, ProposalToSuspendConcessionsIsADecision) {
  const Record r = tw::testing::extract_whole(
      "EU responds to US steel tariffs",
      "The European Commission today proposed to suspend tariff concessions on imports of United States goods "
      "worth EUR 20 billion.",
      "2026-05-20");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].type, "decision");
  EXPECT_EQ(r.x.events[0].start, "2026-05-20");
}

// "received a Japanese business delegation headed by …": the words that describe the delegation
// stand between the article and its noun; receiving it is a meeting with its country.
TEST(Events, ReceivingADescribedDelegationIsAMeeting) {
  const Record r = tw::testing::extract_whole(
      "Minister meets investors",
      "The Minister of Commerce and Industry of India received a Japanese business delegation headed by Mr. "
      "Taro Yamada in New Delhi on Tuesday.",
      "2026-05-20");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].type, "meeting");
  EXPECT_EQ(r.x.events[0].start, "2026-05-19");
  EXPECT_EQ(r.x.events[0].partners, (std::vector<std::string>{"JP"}));
  // A report received is no meeting.
  const Record n = tw::testing::extract_whole(
      "Minister receives report",
      "The Minister of Commerce and Industry of India received a detailed annual report from the Japanese "
      "chamber on Tuesday.",
      "2026-05-20");
  for (const auto& e : n.x.events) EXPECT_NE(e.type, "meeting");
}

// "Trade Minister to lead business delegation to India": leading a delegation described by its
// kind is a visit, as leading a delegation is.
TEST(Events, LeadingABusinessDelegationIsAVisit) {
  const Record r = tw::testing::extract_whole(
      "Trade Minister to lead business delegation to India",
      "The Trade Minister will lead a business delegation of 40 companies to New Delhi from 11 to 15 May.",
      "2026-05-05");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].type, "visit");
  EXPECT_EQ(r.x.events[0].start, "2026-05-11");
}

// "inaugurated the India Pavilion at Hannover Messe": a country's pavilion at a fair opened; "also
// met the German Federal Minister for Economic Affairs … on 21 April": the weak verb with an
// official as its object is a meeting of its own day.
TEST(Events, PavilionOpenedAndOfficialMetBeside) {
  const Record r = tw::testing::extract_whole(
      "Minister inaugurates India Pavilion",
      "The Minister inaugurated the India Pavilion at the fair in Germany on 20 April 2026. The Minister also "
      "met the German Federal Minister for Economic Affairs on the sidelines of the fair on 21 April 2026.",
      "2026-04-22");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].type, "opening");
  EXPECT_EQ(r.x.events[0].start, "2026-04-20");
  EXPECT_TRUE(std::any_of(r.x.events.begin(), r.x.events.end(), [](const Event& e) {
    return e.type == "meeting" && e.start == "2026-04-21";
  }));
}

// "U.S. blacklists Chinese drone makers": a headline verb of listing firms is the decision.
TEST(Events, HeadlineBlacklistingIsADecision) {
  const Record r = tw::testing::extract_whole(
      "U.S. blacklists Chinese drone makers",
      "WASHINGTON, May 4 (Reuters) - The U.S. Commerce Department on Monday added 12 Chinese companies to its "
      "Entity List.",
      "2026-05-05");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].type, "decision");
  EXPECT_EQ(r.x.events[0].start, "2026-05-04");
}

// "today launched public consultation on proposed changes to its export controls": a process put
// out to the public is an announcement, no meeting.
TEST(Events, PublicConsultationIsNoMeeting) {
  const Record r = tw::testing::extract_whole(
      "Ministry seeks views on export rules",
      "The Ministry today launched public consultation on proposed changes to the export controls on "
      "dual-use goods.",
      "2026-05-12");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].type, "announcement");
  for (const auto& e : r.x.events) EXPECT_NE(e.type, "meeting");
}

// "Brazil's Vice President Geraldo Alckmin received Mexico's Economy Minister …" in copy of no side:
// the country of the official who receives hosts; only the one received is a counterpart.
TEST(Events, CountryOfTheOfficialWhoReceivesHosts) {
  const Record r = tw::testing::extract_whole(
      "Ministers meet",
      "MEXICO CITY (AP) - Brazil's Vice President Geraldo Alckmin received Mexico's Economy Minister Marcelo "
      "Ebrard in Brasilia on Monday.",
      "2026-05-05");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].type, "meeting");
  EXPECT_EQ(r.x.events[0].partners, (std::vector<std::string>{"MX"}));
}

}  // namespace
}  // namespace tw

namespace tw {
namespace {

// "Canada will remove many of its retaliatory tariffs … on September 1, Prime Minister Mark Carney
// said on Friday": the day a measure is to be taken is its term; the decision is the day it is
// told. A decision to be made on a day ("will decide on the tariffs on July 1") keeps that day.
TEST(Events, DayAMeasureIsToBeTakenDatesNoDecision) {
  FactDoc d("Canada drops most counter-tariffs on U.S. goods",
            "OTTAWA - Canada will remove many of its retaliatory tariffs on goods from the United States on "
            "September 1, Prime Minister Mark Carney said on Friday.",
            {2025, 8, 22});
  d.date("September 1", "2025-09-01").date("Friday", "2025-08-22");
  d.run(extract::make_events_stage);
  ASSERT_FALSE(d.x.events.empty());
  EXPECT_EQ(d.x.events[0].type, "decision");
  EXPECT_EQ(d.x.events[0].start, "2025-08-22");
  FactDoc k("Commission to decide on steel tariffs",
            "BRUSSELS - The Commission will decide on the steel tariffs on July 1, officials said on Friday.",
            {2025, 6, 20});
  k.date("July 1", "2025-07-01").date("Friday", "2025-06-20");
  k.run(extract::make_events_stage);
  for (const auto& e : k.x.events)
    if (e.type == "decision") {
      EXPECT_EQ(e.start, "2025-07-01");
    }
}

}  // namespace
}  // namespace tw

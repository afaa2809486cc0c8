#include <gtest/gtest.h>
#include <algorithm>

#include "extract/facts_fixture.h"
#include "extract/wire_fixture.h"
#include "extract/shared_data.h"
#include "tradewatch/extractor.h"

namespace tw {
namespace {

using testing::FactDoc;

// "From Japan, Mr. …, and from Australia, …": a sentence's list of two delegations ("from …" each),
// `first` opening it.
std::string delegations(const std::string& first, const std::string& second) {
  std::string list = first + ", and " + second;
  list[0] = 'F';
  return list;
}

// The reporter stage keeps on the Doc the government whose voice the release is written in, and
// every fact stage reads that one answer.
TEST(Reporter, StageKeepsTheVoiceOnTheDoc) {
  FactDoc d("Japan and Korea discuss steel",
            "The Office of the United States Trade Representative announced that Japan and Korea agreed to talks. "
            "Japan and Korea will meet again.",
            {2025, 3, 4});
  d.country("JP", "Japan", 0, true).country("KR", "Korea", 0, true);
  d.country("JP", "Japan").country("KR", "Korea").country("JP", "Japan", 1).country("KR", "Korea", 1);
  d.run(extract::make_reporter_stage);
  EXPECT_EQ(d.reporter(), "US");
}

// With no voice, no dateline and no lede subject, the country the body names most that the title
// does not present as a counterpart reports.
TEST(Reporter, WithoutAVoiceTheCountsDecide) {
  FactDoc d("Talks with Japan",
            "Officials of Korea met officials of Japan. Korea will host the next round. Korea expects progress.",
            {2025, 3, 4});
  d.country("JP", "Japan", 0, true);
  d.country("KR", "Korea").country("JP", "Japan").country("KR", "Korea", 1).country("KR", "Korea", 2);
  d.run(extract::make_reporter_stage);
  EXPECT_EQ(d.reporter(), "KR");

  FactDoc none("A meeting", "Officials met to discuss steel.", {2025, 3, 4});
  none.run(extract::make_reporter_stage);
  EXPECT_EQ(none.reporter(), "");
}

// A voice the publisher's minister meets ("met with Canada's Minister of Export Promotion,
// International Trade and Economic Development") is the counterpart's: neither it nor the counts
// make its government the reporter. A voice that opens the lede still speaks.
TEST(Reporter, VoiceMetWithIsTheCounterparts) {
  for (const bool met : {true, false}) {
    const std::string body =
        std::string(met ? "Minister for Trade Inkyo Cheong met with Canada's " : "Canada's ") +
        "Minister of Export Promotion, International Trade and Economic Development Mary Ng " +
        (met ? "on April 22 in Seoul." : "met Minister for Trade Inkyo Cheong of Korea on April 22 in Seoul.") +
        " Canada's business delegation visited Korea. Canadian firms and Canada's government welcomed Korea's "
        "interest. The Canadian side will host the next meeting.";
    FactDoc d("Korea and Canada discuss measures for stronger trade", body, {2024, 4, 23});
    d.country("KR", "Korea", 0, true).country("CA", "Canada", 0, true);
    d.country("CA", "Canada").country("CA", "Canada", 1).country("CA", "Canadian").country("CA", "Canada", 2);
    d.country("KR", "Korea").country("KR", "Korea", 1);
    d.person("Inkyo Cheong").person("Mary Ng");
    d.run(extract::make_reporter_stage);
    EXPECT_EQ(d.reporter(), met ? "KR" : "CA") << met;
  }
}

// "Minister for Trade Yeo Han-koo met with United States Trade Representative Jamieson Greer": a
// release that never names its own country leaves its reporter unknown; the government met is the
// counterpart, never the reporter, also when the title says it in the present ("Yeo meets USTR").
TEST(Reporter, GovernmentMetIsNeverTheReporter) {
  for (const char* title : {"Trade Minister meets USTR", "Trade Minister holds talks on tariffs"}) {
    FactDoc d(title,
              "Minister for Trade Yeo Han-koo met with United States Trade Representative Jamieson Greer in "
              "Washington on October 16. The two discussed the tariff agreement.",
              {2025, 10, 17});
    d.country("US", "United States");
    d.person("Yeo Han-koo").person("Jamieson Greer");
    d.run(extract::make_reporter_stage);
    EXPECT_EQ(d.reporter(), "") << title;
  }
}

// "held talks with Vietnamese Deputy Minister of Industry and Trade Phan Thi Thang": a deputy's
// office met is the counterpart's as the minister's is.
TEST(Reporter, DeputyOfAVoiceMetIsTheCounterparts) {
  FactDoc d("Vice Minister holds talks with Vietnamese Deputy Minister",
            "On September 2, China International Trade Representative and Vice Minister of Commerce Wang Shouwen "
            "held talks with Vietnamese Deputy Minister of Industry and Trade Phan Thi Thang in Beijing. The two "
            "sides exchanged views on the China-ASEAN FTA.",
            {2025, 9, 3});
  d.country("VN", "Vietnamese", 0, true);
  d.country("CN", "China").country("VN", "Vietnamese").country("CN", "China", 1);
  d.person("Wang Shouwen").person("Phan Thi Thang");
  d.run(extract::make_reporter_stage);
  EXPECT_EQ(d.reporter(), "CN");
  // So is an office named after another of the same person's ("Vice Chancellor and Federal Minister
  // for Economic Affairs and Climate Action of Germany").
  FactDoc g("Minister meets German Vice Chancellor",
            "On June 22, Minister of Commerce Wang Wentao met with Vice Chancellor and Federal Minister for "
            "Economic Affairs and Climate Action of Germany Robert Habeck in Beijing. The two sides exchanged views "
            "on duties on Chinese electric vehicles and China's exports.",
            {2024, 6, 23});
  g.country("DE", "German", 0, true);
  g.country("DE", "Germany").country("CN", "Chinese").country("CN", "China");
  g.person("Wang Wentao").person("Robert Habeck");
  g.run(extract::make_reporter_stage);
  EXPECT_EQ(g.reporter(), "CN");
}

// A joint statement carries both governments' voices: the one its title names first publishes it,
// whichever voice the body names first.
TEST(Reporter, JointStatementIsTheFirstTitleGovernments) {
  const std::string body =
      "Japan's Minister of Economy, Trade and Industry Muto Yoji and EU Commissioner for Trade Maros Sefcovic "
      "held the High-Level Economic Dialogue in Brussels on 3 March 2025.";
  for (const bool eu_first : {true, false}) {
    const std::string title = eu_first ? "Joint Statement by the European Union and Japan on Economic Security"
                                       : "Joint Statement by Japan and the European Union on Economic Security";
    FactDoc d(title, body, {2025, 3, 4});
    d.bloc("EU", "European Union", 0, true).country("JP", "Japan", 0, true);
    d.country("JP", "Japan").bloc("EU", "EU");
    d.person("Muto Yoji").person("Maros Sefcovic");
    d.run(extract::make_reporter_stage);
    EXPECT_EQ(d.reporter(), eu_first ? "EU" : "JP") << title;
  }
}

// "will attend the ASEAN Economic Ministers' Meeting in Kuala Lumpur, Malaysia": a country that only
// closes a known city's name is where the event is held, and does not count for the reporter.
TEST(Reporter, CountryClosingACityDoesNotCount) {
  FactDoc d("Minister attends ASEAN Economic Ministers' Meeting",
            "The Minister will attend the ASEAN Economic Ministers' Meeting in Kuala Lumpur, Malaysia from 22 to 26 "
            "September. The Minister will also meet business leaders from Singapore and from Singapore's partners.",
            {2025, 9, 21});
  d.country("MY", "Malaysia").country("SG", "Singapore").country("SG", "Singapore", 1);
  d.run(extract::make_reporter_stage);
  EXPECT_EQ(d.reporter(), "SG");
  FactDoc only("Minister attends meeting", "The Minister will attend the meeting in Kuala Lumpur, Malaysia.",
               {2025, 9, 21});
  only.country("MY", "Malaysia");
  only.run(extract::make_reporter_stage);
  EXPECT_EQ(only.reporter(), "");
}

// "to advance free trade negotiations with the United Arab Emirates": the side talks are held with
// is the other party, and does not count for the reporter.
TEST(Reporter, SideNegotiatedWithDoesNotCount) {
  for (const char* cue : {"free trade negotiations with the ", "talks with "}) {
    FactDoc d("Minister heads to the Gulf",
              std::string("Trade Minister Todd McClay will travel next week to advance ") + cue +
                  "United Arab Emirates.",
              {2025, 1, 20});
    d.country("AE", "United Arab Emirates");
    d.run(extract::make_reporter_stage);
    EXPECT_EQ(d.reporter(), "") << cue;
  }
}

// "OTTAWA, ONTARIO – The Honourable Mary Ng, Minister of International Trade, will travel to Tokyo,
// Japan": a title other governments share, in a release that never names Canada, is Canada's under
// a wire dateline of a Canadian city; under another city it is not.
TEST(Reporter, SharedTitleUnderItsCountrysDatelineSpeaks) {
  struct Case {
    const char* text;
    const char* want;
  };
  for (const Case& c :
       {Case{"OTTAWA, ONTARIO - The Honourable Mary Ng, Minister of International Trade, will travel to Tokyo.", "CA"},
        Case{"LONDON - The Honourable Mary Ng, Minister of International Trade, will travel to Tokyo.", ""}}) {
    FactDoc d("Minister to travel", c.text, {2024, 4, 12});
    if (std::string_view(c.text).find("Japan") != std::string_view::npos) d.country("JP", "Japan");
    d.person("Mary Ng");
    d.run(extract::make_reporter_stage);
    EXPECT_EQ(d.reporter(), c.want) << c.text;
  }
}

// "The Embassy of Japan is pleased to announce …", "Canada's Department of Finance announced …": a
// government body that opens the lede and announces it publishes the release, however often the
// text names another country; a company that announces does not speak for a government, nor does
// a body the lede only names beside another.
TEST(Reporter, AnnouncingBodyPublishes) {
  struct Case {
    const char* opening;
    const char* org;
    const char* org_country;
    const char* want;
  };
  for (const Case& c : {Case{"The Embassy of Japan is pleased to announce that", "Embassy of Japan", "JP", "JP"},
                        Case{"The Embassy of Japan and", "Embassy of Japan", "JP", "KE"},
                        Case{"Japan's Department of Trade announced that", "Department of Trade", "", "JP"},
                        Case{"Sato Trading Corporation announced that", "Sato Trading Corporation", "JP", "KE"}}) {
    const std::string body = std::string(c.opening) +
                             " Kenya's Ministry of Agriculture will host a tea and coffee fair in Nairobi on 5 May. "
                             "Buyers from Kenya and growers from Kenya will meet there.";
    FactDoc d("Tea and coffee fair in Nairobi", body, {2026, 4, 20});
    if (body.starts_with("Japan")) d.country("JP", "Japan");
    else if (std::string_view(c.org).find("Japan") != std::string_view::npos) d.country("JP", "Japan");
    d.country("KE", "Kenya").country("KE", "Kenya", 1).country("KE", "Kenya", 2);
    d.x.organizations.push_back({c.org, "", c.org_country, {d.at(c.org)}});
    d.run(extract::make_reporter_stage);
    EXPECT_EQ(d.reporter(), c.want) << c.opening;
  }
}

// "OTTAWA – Canada and Japan agreed …, the Ministry of Economy, Trade and Industry announced": the
// government voice the lede closes by crediting publishes, and the dateline's city says only where;
// in news agency copy, or where the lede only names the voice, the dateline's country still reports.
TEST(Reporter, CreditedVoiceOutranksTheDatelineCity) {
  struct Case {
    const char* text;
    const char* want;
  };
  for (const Case& c :
       {Case{"OTTAWA - Canada and Japan agreed on Monday to set up a working group on critical minerals, the "
             "Ministry of Economy, Trade and Industry announced.",
             "JP"},
        Case{"OTTAWA, March 3 (Reuters) - Canada and Japan agreed on Monday to set up a working group on critical "
             "minerals, the Ministry of Economy, Trade and Industry announced.",
             "CA"},
        Case{"OTTAWA - Canada and Japan agreed on Monday to set up a working group on critical minerals with the "
             "Ministry of Economy, Trade and Industry.",
             "CA"}}) {
    FactDoc d("Working group on critical minerals", c.text, {2025, 3, 4});
    d.country("CA", "Canada").country("JP", "Japan");
    d.run(extract::make_reporter_stage);
    EXPECT_EQ(d.reporter(), c.want) << c.text;
  }
}

// "China, ASEAN sign upgraded free trade pact" over "KUALA LUMPUR - China and ASEAN signed … at the
// summit hosted by Malaysia": a title that pairs two other governments names the sides, and the
// dateline's country, named in the body as host, does not report; a title that names it does.
TEST(Reporter, TitlePairOfOthersOutweighsTheDatelineHost) {
  for (const bool pair : {true, false}) {
    FactDoc d(pair ? "China, ASEAN sign upgraded free trade pact" : "Upgraded free trade pact signed in Malaysia",
              "KUALA LUMPUR - China and ASEAN signed an upgraded free trade agreement on Tuesday at the summit "
              "hosted by Malaysia.",
              {2025, 10, 28});
    if (pair) d.country("CN", "China", 0, true).bloc("ASEAN", "ASEAN", 0, true);
    else d.country("MY", "Malaysia", 0, true);
    d.country("CN", "China").bloc("ASEAN", "ASEAN").country("MY", "Malaysia");
    d.run(extract::make_reporter_stage);
    EXPECT_NE(d.reporter(), pair ? "MY" : "") << pair;
    if (!pair) {
      EXPECT_EQ(d.reporter(), "MY");
    }
  }
}

// A national news agency's credit in the dateline speaks for its country when the dateline city
// lies there ("HANOI (VNA) - Belarusian President … signed") or the lede opens with it
// ("BEIJING (VNA) - Vietnamese Minister …"); a world agency's credit, or a national one datelined
// abroad about another's affairs, leaves the lede's subject to decide.
TEST(Reporter, NationalAgencyCreditNamesItsCountry) {
  struct Case {
    const char* dateline;
    const char* opener;
    const char* code;
    const char* want;
  };
  for (const Case& c : {Case{"HANOI (VNA) - ", "Belarusian", "BY", "VN"},
                        Case{"HANOI (Reuters) - ", "Belarusian", "BY", "BY"},
                        Case{"MINSK (VNA) - ", "Belarusian", "BY", "BY"},
                        Case{"KUALA LUMPUR, March 3 (Bernama) -- ", "Korean", "KR", "MY"},
                        Case{"BEIJING (VNA) - ", "Vietnamese", "VN", "VN"},
                        Case{"ADDIS ABABA, Oct. 8 (Xinhua) -- ", "Ethiopian", "ET", "ET"},
                        Case{"ACCRA, Feb. 10 (GNA) - ", "Belarusian", "BY", "GH"},
                        Case{"ANKARA (AA) - ", "Belarusian", "BY", "TR"},
                        Case{"LIMA (Andina) - ", "Colombian", "CO", "PE"}}) {
    const std::string body = std::string(c.dateline) + c.opener +
                             " President Anna Petrova signed the ratification of the free trade agreement with "
                             "Vietnam, Malaysia and China on May 31. Vietnam, Malaysia and China welcomed it. "
                             "The agreement covers goods.";
    FactDoc d("Free trade agreement ratified", body, {2024, 6, 1});
    d.country(c.code, c.opener).person("Anna Petrova");
    for (const char* n : {"Vietnam", "Malaysia", "China"}) {
      const std::string code = std::string(n) == "Vietnam" ? "VN" : std::string(n) == "Malaysia" ? "MY" : "CN";
      d.country(code, n).country(code, n, 1);
    }
    d.run(extract::make_reporter_stage);
    EXPECT_EQ(d.reporter(), c.want) << c.dateline << c.opener;
  }
}

// A national agency's story datelined abroad whose lede opens with a body and names the agency's
// own country is about that country's firm ("HANOI (Yonhap) -- SK Group will invest … in Vietnam,
// the South Korean conglomerate said"): the agency's country reports, not the host. A lede that
// does not name the agency's country, or opens with the host, keeps the host.
TEST(Reporter, NationalAgencyStoryOfItsOwnFirmAbroad) {
  struct Case {
    const char* lede;
    const char* want;
  };
  for (const Case& c : {Case{"SK Group will invest $1 billion in Vietnam, the South Korean conglomerate said.", "KR"},
                        Case{"SK Group will invest $1 billion in Vietnam, the conglomerate said.", "VN"},
                        Case{"Vietnam will let SK Group invest $1 billion, South Korean officials said.", "VN"}}) {
    const std::string body = std::string("HANOI (Yonhap) -- ") + c.lede + " Vietnam welcomed the plan.";
    FactDoc d("SK Group to invest in Vietnam", body, {2025, 6, 10});
    d.country("VN", "Vietnam", 0, true).country("VN", "Vietnam").country("VN", "Vietnam", 1);
    if (std::string_view(c.lede).find("South Korean") != std::string_view::npos) d.country("KR", "South Korean");
    Organization o;
    o.name = "SK Group";
    o.spans.push_back(d.at("SK Group"));
    d.x.organizations.push_back(o);
    d.run(extract::make_reporter_stage);
    EXPECT_EQ(d.reporter(), c.want) << c.lede;
  }
}

// A visitor the publisher's leader receives is a counterpart, as one met is ("… the Crown Prince
// and Prime Minister, received U.S. Secretary of Commerce Howard Lutnick").
TEST(Reporter, VoiceReceivedIsTheCounterparts) {
  FactDoc d("Crown Prince receives US Commerce Secretary",
            "MANAMA, Jan 10 (BNA) -- His Royal Highness the Crown Prince and Prime Minister received U.S. Secretary "
            "of Commerce Howard Lutnick today. Bahrain and the U.S. discussed investment.",
            {2026, 1, 10});
  d.country("US", "U.S.").country("BH", "Bahrain").country("US", "U.S.", 1);
  d.person("Howard Lutnick");
  d.run(extract::make_reporter_stage);
  EXPECT_EQ(d.reporter(), "BH");
}

// The host of the dateline may be named only in the title: "Saudi Arabia, UK launch FTA round"
// over "RIYADH, Feb 2 (SPA) -- Minister of Commerce Dr. Majid … and Secretary of State for
// Business and Trade …". Where neither title nor body names it, the voice still speaks. (A voice
// its country introduces, "and UK Secretary of State …", is the second signer's either way.)
TEST(Reporter, VoiceJoinedToAHostNamedOnlyInTheTitle) {
  for (const bool titled : {true, false}) {
    const std::string title = titled ? "Saudi Arabia, UK launch FTA round" : "Ministers launch FTA round";
    FactDoc d(title,
              "RIYADH, Feb 2 (SPA) -- Minister of Commerce Majid Al-Kassabi and Secretary of State for Business "
              "and Trade Jonathan Reynolds launched the seventh round of negotiations in Riyadh on Sunday.",
              {2025, 2, 2});
    if (titled) d.country("SA", "Saudi Arabia", 0, true).country("GB", "UK", 0, true);
    d.person("Majid Al-Kassabi").person("Jonathan Reynolds");
    d.run(extract::make_reporter_stage);
    EXPECT_EQ(d.reporter(), titled ? "SA" : "GB") << titled;
  }
}

// A voice the lede names after its wire dateline's own country is the counterpart's; named first,
// or under another country's dateline, it still speaks.
TEST(Reporter, VoiceAfterTheDatelinesOwnCountryIsTheCounterparts) {
  for (const bool home_first : {true, false}) {
    const std::string lede =
        home_first ? "ULAANBAATAR - State Secretary of the Ministry of Economy of Mongolia B.Zorigt and an official of "
                     "the Ministry of Trade, Industry and Energy signed a document on an agreement."
                   : "ULAANBAATAR - An official of the Ministry of Trade, Industry and Energy and State Secretary of "
                     "the Ministry of Economy of Mongolia B.Zorigt signed a document on an agreement.";
    FactDoc d("Mongolia and Korea launch dialogue", lede + " Korea and Mongolia will meet in Seoul. Korea hopes so.",
              {2024, 3, 4});
    d.country("MN", "Mongolia", 0, true).country("KR", "Korea", 0, true);
    d.country("MN", "Mongolia").country("MN", "Mongolia", 1).country("KR", "Korea").country("KR", "Korea", 1);
    d.person("B.Zorigt");
    d.run(extract::make_reporter_stage);
    EXPECT_EQ(d.reporter(), home_first ? "MN" : "KR") << home_first;
  }
}

// A wire lede that opens with a minister whose country it leaves unnamed speaks for its dateline's
// country, which the body may never name; a country before the minister's name says whose it is.
TEST(Reporter, UnnamedMinisterUnderAWireDatelineIsItsCountrys) {
  struct Case {
    const char* dateline;
    const char* minister;
    const char* after;
    const char* want;
  };
  // A city whose country the body never names while it names others past the lede ("GENEVA - …
  // trade between Korea and Malaysia") is only where the minister went: the counts decide.
  for (const Case& c : {Case{"KUALA LUMPUR - ", "Trade Minister", "The two sides aim to conclude the FTA.", "MY"},
                        Case{"KUALA LUMPUR - ", "Korean Trade Minister", "The two sides aim to conclude the FTA.", "KR"},
                        Case{"GENEVA - ", "Trade Minister",
                             "Trade between Korea and Malaysia grew. Malaysia hopes so. Malaysia will host.", "MY"}}) {
    const std::string body = std::string(c.dateline) + c.minister +
                             " Aziz Rahman met Korea's Trade Minister Ahn Duk-geun on Monday. " + c.after;
    FactDoc d("Ministers discuss FTA", body, {2024, 3, 5});
    if (std::string(c.minister).starts_with("Korean")) d.country("KR", "Korean");
    d.country("KR", "Korea");
    if (std::string(c.dateline) == "GENEVA - ")
      d.country("KR", "Korea", 1).country("MY", "Malaysia").country("MY", "Malaysia", 1).country("MY", "Malaysia", 2);
    d.person("Aziz Rahman").person("Ahn Duk-geun");
    d.run(extract::make_reporter_stage);
    EXPECT_EQ(d.reporter(), c.want) << c.dateline << c.minister;
  }
}

// Singapore's trade minister speaks for Singapore though the release names its host more often; a
// voice its sentence names after another country's own office is that one's co-signer, and the
// government named first leads.
TEST(Reporter, SingaporeVoiceAndCosigners) {
  FactDoc visit("Minister to visit Vietnam",
                "Minister for Trade and Industry Gan Kim Yong will visit Hanoi, Vietnam, from 5 to 6 November. Vietnam "
                "is Singapore's 11th largest trading partner. He will meet Vietnam's Deputy Prime Minister.",
                {2024, 11, 4});
  visit.country("VN", "Vietnam", 0, true).country("VN", "Vietnam").country("VN", "Vietnam", 1);
  visit.country("SG", "Singapore").country("VN", "Vietnam", 2).person("Gan Kim Yong");
  visit.run(extract::make_reporter_stage);
  EXPECT_EQ(visit.reporter(), "SG");

  for (const bool china_first : {true, false}) {
    const std::string china = "China's Minister of Commerce Wang Wentao";
    const std::string singapore = "Singapore's Minister for Trade and Industry Gan Kim Yong";
    const std::string body = (china_first ? china + " and " + singapore : singapore + " and " + china) +
                             " signed a memorandum on Saturday. China and Singapore signed the FTA in 2008. China "
                             "welcomed it.";
    FactDoc d("China and Singapore sign MOU", body, {2023, 4, 1});
    d.country("CN", "China", 0, true).country("SG", "Singapore", 0, true);
    d.country("CN", "China").country("SG", "Singapore").country("CN", "China", 1).country("SG", "Singapore", 1);
    d.country("CN", "China", 2).person("Wang Wentao").person("Gan Kim Yong");
    d.run(extract::make_reporter_stage);
    EXPECT_EQ(d.reporter(), china_first ? "CN" : "SG") << china_first;
  }
}

// "Minister for Trade and Industry" is Singapore's title and Ghana's: it speaks for Singapore only
// in a release that names Singapore.
TEST(Reporter, SharedTitleSpeaksOnlyWhereItsCountryIsNamed) {
  {
    FactDoc d("Minister visits Hanoi",
              "Minister for Trade and Industry Gan Kim Yong will visit Vietnam on 5 November. Singapore and Vietnam "
              "will sign agreements. Vietnam is a key partner.",
              {2024, 11, 4});
    d.country("VN", "Vietnam").country("SG", "Singapore").country("VN", "Vietnam", 1).country("VN", "Vietnam", 2);
    d.run(extract::make_reporter_stage);
    EXPECT_EQ(d.reporter(), "SG");
  }
  {
    FactDoc d("Minister opens trade fair",
              "The Minister for Trade and Industry, K. T. Hammond, opened the trade fair in Accra. Ghana expects "
              "exports to rise. Ghana's firms will exhibit.",
              {2024, 11, 4});
    d.country("GH", "Ghana").country("GH", "Ghana", 1);
    d.run(extract::make_reporter_stage);
    EXPECT_EQ(d.reporter(), "GH");
  }
  // "Ministry of Commerce and Industry" is India's name and Kuwait's, Qatar's and others' too.
  for (const bool india : {false, true}) {
    const std::string body = std::string(india ? "NEW DELHI, Aug 5 (PTI) -- India's" : "KUWAIT, Aug 5 (KUNA) -- Kuwait's") +
                             " non-oil exports declined 4 percent in the first half. The Ministry of Commerce and "
                             "Industry said it aims to double exports by 2035.";
    FactDoc d("Non-oil exports drop", body, {2025, 8, 5});
    d.country(india ? "IN" : "KW", india ? "India" : "Kuwait");
    d.run(extract::make_reporter_stage);
    EXPECT_EQ(d.reporter(), india ? "IN" : "KW");
  }
}

// A data file read by several stages is loaded once while a stage holds it; a missing one is an
// error naming it.
TEST(Reporter, SharedDataIsLoadedOnce) {
  auto a = extract::shared_lexicon(TW_SOURCE_DIR "/data", "reporter_voices.tsv");
  auto b = extract::shared_lexicon(TW_SOURCE_DIR "/data", "reporter_voices.tsv");
  ASSERT_TRUE(a.ok()) << a.error();
  ASSERT_TRUE(b.ok()) << b.error();
  EXPECT_EQ(a.value().get(), b.value().get());
  EXPECT_FALSE(a.value()->phrases().empty());
  auto rows = extract::shared_rows(TW_SOURCE_DIR "/data", "honorifics.tsv");
  auto again = extract::shared_rows(TW_SOURCE_DIR "/data", "honorifics.tsv");
  ASSERT_TRUE(rows.ok()) << rows.error();
  ASSERT_TRUE(again.ok()) << again.error();
  EXPECT_EQ(rows.value().get(), again.value().get());
  EXPECT_FALSE(rows.value()->empty());
  auto missing = extract::shared_lexicon(TW_SOURCE_DIR "/data", "no_such_file.tsv");
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.error().find("no_such_file.tsv"), std::string::npos);
}

// Rows no stage holds any more are kept while a LoadScope lives, and let go when the last ends.
TEST(Reporter, LoadScopeKeepsRowsUntilItEnds) {
  std::weak_ptr<const std::vector<text::Row>> seen;
  {
    const extract::LoadScope scope;
    {
      auto rows = extract::shared_rows(TW_SOURCE_DIR "/data", "person_roles.tsv");
      ASSERT_TRUE(rows.ok()) << rows.error();
      seen = rows.value();
    }
    EXPECT_FALSE(seen.expired());
    auto again = extract::shared_rows(TW_SOURCE_DIR "/data", "person_roles.tsv");
    ASSERT_TRUE(again.ok()) << again.error();
    EXPECT_EQ(again.value().get(), seen.lock().get());
  }
  EXPECT_TRUE(seen.expired());
}

}  // namespace
// "MANILA - Department of Trade and Industry (DTI) Secretary … and European Commission Executive
// Vice President … announced": a voice joined by "and" to an opening person whose country the lede
// leaves unnamed is the co-host's; the wire dateline's country, which the body names, reports. A
// country before the opening person ("Korean Trade Minister") says whose that one is, and the voice
// speaks again.
TEST(Reporter, VoiceJoinedToAnUnnamedHostUnderAWireDateline) {
  for (const bool unnamed : {true, false}) {
    const std::string opener = unnamed ? "Trade Secretary Alfredo Cruz" : "Korean Trade Secretary Alfredo Cruz";
    const std::string body = "MANILA - " + opener +
                             " and European Commission Executive Vice President Valdis Dombrovskis announced on 18 "
                             "March the resumption of talks on the Philippines-European Union FTA. The first round "
                             "will be held in Manila.";
    FactDoc d("Philippines and EU resume FTA talks", body, {2024, 3, 18});
    d.country("PH", "Philippines", 0, true).bloc("EU", "EU", 0, true);
    if (!unnamed) d.country("KR", "Korean");
    d.bloc("EU", "European Commission").country("PH", "Philippines").bloc("EU", "European Union");
    d.person("Alfredo Cruz").person("Valdis Dombrovskis");
    d.run(extract::make_reporter_stage);
    EXPECT_EQ(d.reporter(), unnamed ? "PH" : "EU") << unnamed;
  }
}

// "MUSCAT - HE Qais al Yousef, Minister of Commerce, and Piyush Goyal, India's Minister of Commerce
// and Industry, co-chaired …": a possessive before a minister names whose office it is, no measure
// from that side, and the dateline's country still reports. "India's largest partner" measures
// from India's side.
TEST(Reporter, PossessiveOfAnOfficeIsNoOtherSide) {
  for (const bool office : {true, false}) {
    const std::string body =
        std::string("MUSCAT - Qais al Yousef, Minister of Commerce, and Piyush Goyal, ") +
        (office ? "India's Minister of Commerce" : "India's largest partner in trade") +
        ", co-chaired the 11th session of the Oman-India Joint Commission in Muscat on Monday. India welcomed it. "
        "India and Oman agreed. India will host the next session.";
    FactDoc d("Oman and India hold Joint Commission", body, {2025, 1, 28});
    d.country("OM", "Oman", 0, true).country("IN", "India", 0, true);
    d.country("IN", "India").country("OM", "Oman").country("IN", "India", 1).country("IN", "India", 2);
    d.country("IN", "India", 3).country("OM", "Oman", 1).country("IN", "India", 4);
    d.person("Qais al Yousef").person("Piyush Goyal");
    d.run(extract::make_reporter_stage);
    EXPECT_EQ(d.reporter(), office ? "OM" : "IN") << office;
  }
}

}  // namespace tw

namespace tw {
namespace {

using testing::FactDoc;

// "the commission said" is the EU's voice, but not under "CANBERRA - The Anti-Dumping Commission has
// initiated …": a release that names another body ending in "Commission" speaks of that one.
TEST(Reporter, TheCommissionIsNotTheEusWhereAnotherCommissionIsNamed) {
  for (const bool other : {true, false}) {
    const std::string body =
        std::string(other ? "CANBERRA - The Anti-Dumping Commission" : "BRUSSELS - The Commission") +
        " has initiated a review of duties on galvanised steel from China, the commission said on Tuesday. " +
        (other ? "Australia has had" : "The Union has had") + " duties on the same steel since 2013. The review ends in July.";
    FactDoc d("Review of duties on galvanised steel", body, {2017, 5, 16});
    d.country("CN", "China");
    if (other) {
      d.country("AU", "Australia");
      Organization o;
      o.name = "Anti-Dumping Commission";
      o.spans.push_back(d.at("Anti-Dumping Commission"));
      d.x.organizations.push_back(o);
    }
    d.run(extract::make_reporter_stage);
    EXPECT_EQ(d.reporter(), other ? "AU" : "EU") << other;
  }
}

// A voice met with its country named right before it ("a meeting with UK Secretary of State for
// Business and Trade …") is the counterpart's, as one named with its possessive is; the same
// voice opening the lede speaks for its government.
TEST(Reporter, VoiceMetWithItsCountryBeforeItIsTheCounterparts) {
  FactDoc d("Minister meets UK Secretary",
            "Indian Minister of Commerce Piyush Goyal held a bilateral meeting with UK Secretary of State for Business "
            "and Trade Kemi Badenoch on 10 January 2024.",
            {2024, 1, 15});
  d.country("GB", "UK", 0, true).country("IN", "Indian").country("GB", "UK");
  d.run(extract::make_reporter_stage);
  EXPECT_NE(d.reporter(), "GB");

  FactDoc own("UK Secretary meets Indian Minister",
              "UK Secretary of State for Business and Trade Kemi Badenoch held a bilateral meeting with Indian Minister "
              "of Commerce Piyush Goyal on 10 January 2024.",
              {2024, 1, 15});
  own.country("GB", "UK", 0, true).country("GB", "UK").country("IN", "Indian");
  own.run(extract::make_reporter_stage);
  EXPECT_EQ(own.reporter(), "GB");
}

}  // namespace
}  // namespace tw

namespace tw {
namespace {

// Trade ministries and agencies of Latin American, African, Gulf and European governments speak
// for their government ("Gecex … approved", "The Minister of Trade, Industry and Competition, Mr
// Parks Tau"); a title several governments share ("Secretary of Economy") only in a release that
// names its country.
TEST(Reporter, VoicesOfLatinAmericanAfricanGulfAndEuropeanMinistries) {
  struct Case {
    const char* body;
    const char* code;
  };
  for (const Case& c : {Case{"The Executive Management Committee (Gecex) of the Foreign Trade Chamber (Camex) approved "
                             "duties on steel from China and India.",
                             "BR"},
                        Case{"The Minister of Trade, Industry and Competition, Mr Parks Tau, approved a safeguard duty "
                             "on steel from China.",
                             "ZA"},
                        Case{"The State Secretariat for Economic Affairs (SECO) said exports to the United States fell.",
                             "CH"},
                        Case{"The Ministry of Foreign Trade and Tourism (MINCETUR) said exports to China rose.", "PE"}}) {
    FactDoc d("Trade figures", c.body, {2025, 3, 4});
    for (auto [code, name] : {std::pair{"CN", "China"}, std::pair{"IN", "India"}, std::pair{"US", "United States"}})
      if (std::string_view(c.body).find(name) != std::string_view::npos) d.country(code, name);
    d.run(extract::make_reporter_stage);
    EXPECT_EQ(d.reporter(), c.code) << c.body;
  }
  FactDoc n("Talks", "The Secretary of Economy met officials of China.", {2025, 3, 4});
  n.country("CN", "China");
  n.run(extract::make_reporter_stage);
  EXPECT_NE(n.reporter(), "MX");
}

}  // namespace
}  // namespace tw

namespace tw {
namespace {

// A statistics office that publishes the figures speaks for its government ("the euro area's
// trade surplus narrowed …, Eurostat said"), before the country the body names most; without one
// the counts still decide.
TEST(Reporter, StatisticsOfficeSpeaksForItsGovernment) {
  for (const bool office : {true, false}) {
    FactDoc d("Euro area trade surplus shrinks",
              std::string("The euro area's trade surplus narrowed in August, ") +
                  (office ? "Eurostat said. " : "officials said. ") +
                  "Exports to China fell 6.5%, while imports from China rose. The deficit with China widened.",
              {2025, 10, 16});
    d.country("CN", "China").country("CN", "China", 1).country("CN", "China", 2);
    d.run(extract::make_reporter_stage);
    EXPECT_EQ(d.reporter(), office ? "EU" : "CN");
  }
}

// In the first person, the speaker's side is the one saying "we": a government named with a
// possessive ("We are concerned by China's export controls") or acted "with" ("We concluded an
// agreement with Japan") is another's, one spoken "in" ("In Japan, we …") the speaker's own. In the
// third person the counts decide as before.
TEST(Reporter, FirstPersonSpeakerIsNotTheGovernmentItNamesAsAnother) {
  for (const bool we : {true, false}) {
    FactDoc d("Statement on export controls",
              std::string(we ? "We are" : "They are") +
                  " concerned by China's export controls on graphite. " +
                  (we ? "In Japan, we will" : "Japan will") + " diversify supply chains.",
              {2023, 10, 8});
    d.country("CN", "China").country("JP", "Japan");
    d.run(extract::make_reporter_stage);
    EXPECT_EQ(d.reporter(), we ? "JP" : "CN") << we;
  }
  for (const bool we : {true, false}) {
    FactDoc d("Statement",
              std::string(we ? "Today I welcomed the Government of Japan's pledge. We"
                                : "The Government of Japan's pledge was welcomed. The ministry") +
                  " concluded an agreement with Japan that will help Canadian farmers.",
              {2025, 7, 23});
    d.country("JP", "Japan").country("JP", "Japan", 1).country("CA", "Canadian");
    d.run(extract::make_reporter_stage);
    EXPECT_EQ(d.reporter(), we ? "CA" : "JP") << we;
  }
}

// With nothing else to go by, the one title country the first-person speaker does not name as
// another ("Statement on the Korea-Japan deal: We signed … with Japan") is the speaker's own; in the
// third person the title alone says nothing.
TEST(Reporter, FirstPersonSpeakerIsTheTitlesOtherCountry) {
  for (const bool we : {true, false}) {
    FactDoc d("Statement on the Korea-Japan deal",
              std::string(we ? "We" : "Officials") + " signed the Economic Partnership Agreement with Japan today.",
              {2025, 7, 24});
    d.country("KR", "Korea", 0, true).country("JP", "Japan", 0, true).country("JP", "Japan");
    d.run(extract::make_reporter_stage);
    EXPECT_EQ(d.reporter(), we ? "KR" : "") << we;
  }
}

// Counts that tie go to the first of a pair the body joins with a dash: a government names itself
// first ("the Australia-United Arab Emirates Comprehensive Economic Partnership Agreement"), not
// the one first in the alphabet.
TEST(Reporter, ATieGoesToTheCountryNamedFirst) {
  for (const bool au_first : {true, false}) {
    const std::string a = au_first ? "Australia" : "UAE", b = au_first ? "UAE" : "Australia";
    FactDoc d("Agreement signed",
              "Today I signed the " + a + "-" + b + " agreement. Trade between " + b + " and " + a + " grew.",
              {2024, 11, 6});
    d.country(au_first ? "AU" : "AE", a).country(au_first ? "AE" : "AU", b);
    d.country(au_first ? "AE" : "AU", b, 1).country(au_first ? "AU" : "AE", a, 1);
    d.run(extract::make_reporter_stage);
    EXPECT_EQ(d.reporter(), au_first ? "AU" : "AE") << au_first;
  }
}

}  // namespace
}  // namespace tw

namespace tw {
namespace {

// Trade ministries and agencies of Southeast and East Asian governments speak for their government
// ("The Ministry of Investment, Trade and Industry (MITI) said …", "Minister of Industry and Trade
// Nguyen Hong Dien … co-chaired"), before the country the body names most; a name several
// governments use ("Ministry of Industry and Trade", "Ministry of Economic Affairs") only in a
// release that names its country.
TEST(Reporter, VoicesOfAsianTradeMinistries) {
  struct Case {
    const char* body;
    const char* code;
    const char* own;  // the release names its own country once, as these do
  };
  for (const Case& c :
       {Case{"The Ministry of Investment, Trade and Industry said exports to China rose. Malaysia and China met. "
             "China and China.",
             "MY", "Malaysia"},
        Case{"Minister of Industry and Trade Nguyen Hong Dien co-chaired the meeting with China. Vietnam and China met. "
             "China and China.",
             "VN", "Vietnam"},
        Case{"The Office of Trade Negotiations (OTN) said Taiwan held talks with China. China and China met.", "TW",
             "Taiwan"},
        Case{"Department of Trade and Industry (DTI) Secretary Cristina Roque met investors from China. The Philippines "
             "and China met. China and China.",
             "PH", "Philippines"}}) {
    FactDoc d("Trade talks", c.body, {2025, 3, 4});
    const std::string_view body(c.body);
    for (size_t at = body.find("China"), k = 0; at != std::string_view::npos; at = body.find("China", at + 1), ++k)
      d.country("CN", "China", static_cast<int>(k));
    d.country(c.code, c.own);
    d.run(extract::make_reporter_stage);
    EXPECT_EQ(d.reporter(), c.code) << c.body;
  }
  // A shared name speaks for nobody in a release that does not name its country.
  FactDoc n("Talks", "The Ministry of Industry and Trade met officials of China. China and China.", {2025, 3, 4});
  n.country("CN", "China").country("CN", "China", 1).country("CN", "China", 2);
  n.run(extract::make_reporter_stage);
  EXPECT_EQ(n.reporter(), "CN");
}

}  // namespace
}  // namespace tw

namespace tw {
namespace {

// A voice met after a form of address ("met with Mr. Piyush Goyal, Minister of Commerce and
// Industry") is the counterpart's, as one met without it is; the same voice opening the lede speaks.
TEST(Reporter, VoiceMetAfterAFormOfAddressIsTheCounterparts) {
  for (const bool met : {true, false}) {
    const std::string body =
        std::string(met ? "Officials of Korea met with Mr. Piyush Goyal, Minister of Commerce and Industry, on April 22."
                        : "Mr. Piyush Goyal, Minister of Commerce and Industry, met officials of Korea on April 22.") +
        " Korea welcomed India's interest. Korea and Korea agreed.";
    FactDoc d("Trade talks", body, {2024, 4, 23});
    d.country("KR", "Korea").country("KR", "Korea", 1).country("KR", "Korea", 2).country("KR", "Korea", 3);
    d.country("IN", "India");
    d.person("Piyush Goyal");
    d.run(extract::make_reporter_stage);
    EXPECT_EQ(d.reporter(), met ? "KR" : "IN") << met;
  }
}

// A lede that opens with a person whose title, set off by commas, ends in "of <country>" ("Mr.
// Jatuporn Buruspat, Minister of Commerce of Thailand, met with …") speaks for that country, before
// the counts; a title naming no country leaves them to decide.
TEST(Reporter, LedeOpenerTitledOfACountrySpeaksForIt) {
  for (const bool titled : {true, false}) {
    const std::string body =
        std::string("Mr. Jatuporn Buruspat, ") + (titled ? "Minister of Commerce of Thailand" : "the visiting minister") +
        ", met with Mr. Sunil Barthwal, Commerce Secretary of India, in New Delhi. India and Thailand agreed to meet "
        "in India. India welcomed it.";
    FactDoc d("Ministers meet in New Delhi", body, {2025, 8, 13});
    if (titled) d.country("TH", "Thailand");
    d.country("IN", "India").country("IN", "India", 1).country("TH", "Thailand", titled ? 1 : 0);
    d.country("IN", "India", 2).country("IN", "India", 3);
    d.person("Jatuporn Buruspat").person("Sunil Barthwal");
    d.run(extract::make_reporter_stage);
    EXPECT_EQ(d.reporter(), titled ? "TH" : "IN") << titled;
  }
}

}  // namespace
}  // namespace tw

namespace tw {
namespace {

// A wire dateline's city whose country only the title names ("U.S. trade deficit narrows" over
// "WASHINGTON - The Commerce Department said the deficit with Mexico …") says who speaks, as one
// the body names does; a city whose country neither names ("STOCKHOLM" over talks of two others)
// says only where.
TEST(Reporter, DatelineCountryNamedInTheTitleSpeaks) {
  for (const bool home : {true, false}) {
    FactDoc d(home ? "U.S. trade deficit narrows in September" : "China, Japan hold trade talks",
              "WASHINGTON - The Commerce Department said the deficit with Mexico was $17.5 billion and with "
              "Vietnam $12.4 billion. Mexico and Vietnam were the largest.",
              {2025, 11, 20});
    if (home) d.country("US", "U.S.", 0, true);
    else d.country("CN", "China", 0, true).country("JP", "Japan", 0, true);
    d.country("MX", "Mexico").country("VN", "Vietnam").country("MX", "Mexico", 1).country("VN", "Vietnam", 1);
    d.run(extract::make_reporter_stage);
    if (home) EXPECT_EQ(d.reporter(), "US");
    else EXPECT_NE(d.reporter(), "US");
  }
}

// "Australia and India sign …" over "Minister for Trade Dan Tehan … with India's Minister of Commerce
// and Industry": a title naming both sides, one of them a counterpart whose voice is met, leaves the
// other the publisher. With no voice met, the title pair decides nothing.
TEST(Reporter, TitlePairWithAMetCounterpart) {
  for (const bool met : {true, false}) {
    const std::string body =
        std::string("Minister for Trade Dan Tehan today signed the Australia-India Economic Cooperation and Trade "
                    "Agreement") +
        (met ? " with India's Minister of Commerce and Industry Piyush Goyal." : " in a virtual ceremony with India.");
    FactDoc d("Australia and India sign Economic Cooperation and Trade Agreement", body, {2022, 4, 2});
    d.country("AU", "Australia", 0, true).country("IN", "India", 0, true);
    d.country("AU", "Australia").country("IN", "India").country("IN", "India", 1);
    d.person("Dan Tehan");
    if (met) d.person("Piyush Goyal");
    d.run(extract::make_reporter_stage);
    EXPECT_EQ(d.reporter(), met ? "AU" : "IN") << met;
  }
}

// "New Zealand ratifies DEPA upgrade" over "New Zealand has ratified … with Chile and Singapore": the
// country that is the subject of both the title and the lede wins a tie of the counts. A title
// with no such subject leaves the tie as it was.
TEST(Reporter, TitleAndLedeSubjectWinsATie) {
  for (const bool subject : {true, false}) {
    FactDoc d(subject ? "New Zealand ratifies DEPA upgrade" : "DEPA upgrade ratified",
              "New Zealand has ratified the Digital Economy Partnership Agreement (DEPA) with Chile and Singapore, "
              "Trade Minister Todd McClay said today.",
              {2025, 3, 3});
    if (subject) d.country("NZ", "New Zealand", 0, true);
    d.country("NZ", "New Zealand").country("CL", "Chile").country("SG", "Singapore");
    d.person("Todd McClay");
    d.run(extract::make_reporter_stage);
    EXPECT_EQ(d.reporter(), subject ? "NZ" : "CL") << subject;
  }
}

// A capitals dateline's government opening the lede as its subject ("CANBERRA – The Australian
// Government welcomes China's decision …") reports, whatever another's possessive names after;
// the country alone measured from another's side does not.
TEST(Reporter, DatelineGovernmentAsLedeSubjectReports) {
  FactDoc d("China lifts tariffs on Australian wine",
            "CANBERRA \xE2\x80\x93 The Australian Government welcomes China's decision to lift tariffs on "
            "Australian bottled wine.",
            {2024, 3, 28});
  d.country("CN", "China", 0, true).country("AU", "Australian", 0, true);
  d.country("AU", "Australian").country("CN", "China").country("AU", "Australian", 1);
  d.run(extract::make_reporter_stage);
  EXPECT_EQ(d.reporter(), "AU");
  FactDoc e("China and Australia trade",
            "CANBERRA \xE2\x80\x93 Australia was China's largest supplier of iron ore, Chinese customs said. "
            "China imported more.",
            {2024, 3, 28});
  e.country("CN", "China", 0, true).country("AU", "Australia", 0, true);
  e.country("AU", "Australia").country("CN", "China").country("CN", "China", 1);
  e.run(extract::make_reporter_stage);
  EXPECT_NE(e.reporter(), "AU");
}

// A lede that opens with a head of state whose country it leaves unnamed speaks for the capitals
// dateline's government, not for the countries it lists; a country named before the title names
// whose head it is.
TEST(Reporter, HeadOpeningTheLedeSpeaksForTheDateline) {
  FactDoc d("President Trump Restores Section 232 Tariffs on Steel and Aluminum",
            "WASHINGTON \xE2\x80\x93 President Donald J. Trump today signed proclamations restoring a full 25 "
            "percent tariff on steel imports, ending exemptions for Canada, Mexico and Japan. The tariffs take "
            "effect on March 12.",
            {2025, 2, 10});
  d.country("CA", "Canada").country("MX", "Mexico").country("JP", "Japan");
  d.person("Donald J. Trump");
  d.x.people.back().title = "President";
  d.run(extract::make_reporter_stage);
  EXPECT_EQ(d.reporter(), "US");
  FactDoc e("Mexican President visits",
            "WASHINGTON \xE2\x80\x93 Mexican President Claudia Sheinbaum today met business leaders from "
            "Canada and Japan. Mexico seeks investment.",
            {2025, 2, 10});
  e.country("MX", "Mexican").country("CA", "Canada").country("JP", "Japan").country("MX", "Mexico");
  e.person("Claudia Sheinbaum");
  e.x.people.back().title = "President";
  e.run(extract::make_reporter_stage);
  EXPECT_NE(e.reporter(), "US");
}

// "From Japan, Mr. Motegi …, and from Australia, Senator the Hon Don Farrell, Minister for Trade and
// Tourism, attended": a voice in the later "and from <country>" of a list of delegations is the
// counterpart's. Listed first, it still speaks.
TEST(Reporter, VoiceListedAfterTheOwnDelegationIsTheCounterparts) {
  for (const bool second : {true, false}) {
    const std::string japan = "from Japan, Mr. Motegi Toshimitsu, Minister for Foreign Affairs";
    const std::string australia = "from Australia, Senator the Hon Don Farrell, Minister for Trade and Tourism";
    const std::string list = second ? delegations(japan, australia) : delegations(australia, japan);
    FactDoc d("Japan-Australia Ministerial Economic Dialogue held in Tokyo",
              "On November 5, the 7th Japan-Australia Ministerial Economic Dialogue was held in Tokyo. " + list +
                  ", attended. The ministers welcomed the growth of bilateral trade.",
              {2025, 11, 6});
    d.country("JP", "Japan", 0, true).country("AU", "Australia", 0, true);
    d.country("JP", "Japan").country("AU", "Australia").country("JP", "Japan", 1).country("AU", "Australia", 1);
    d.person("Motegi Toshimitsu").person("Don Farrell");
    d.run(extract::make_reporter_stage);
    EXPECT_EQ(d.reporter(), second ? "JP" : "AU") << second;
  }
}

// A release datelined in the city that seats a bloc's executive ("Brussels, 12 June 2025 - ")
// that names the bloc is the bloc's, though it names its partner more often. Not when it names
// the city's own country, nor under a wire dateline in capitals.
TEST(Reporter, DatelineOfABlocsSeatSpeaksForTheBloc) {
  struct Case {
    std::string dateline;
    bool belgium;
    bool eu;
  };
  for (const Case& c : {Case{"Brussels, 12 June 2025 - ", false, true}, Case{"BRUSSELS - ", false, false},
                        Case{"Brussels, 12 June 2025 - ", true, false}}) {
    const std::string body = c.dateline +
                             "Executive Vice-President Valdis Dombrovskis and Chinese Vice Premier He Lifeng met "
                             "today. China is the EU's second-largest trading partner. Imports from China rose. " +
                             (c.belgium ? "Belgium hosted the meeting." : "The talks went well.");
    FactDoc d("EU and China hold dialogue", body, {2025, 6, 12});
    d.bloc("EU", "EU", 0, true).country("CN", "China", 0, true);
    d.country("CN", "Chinese").country("CN", "China").bloc("EU", "EU").country("CN", "China", 1);
    if (c.belgium) d.country("BE", "Belgium");
    d.person("Valdis Dombrovskis").person("He Lifeng");
    d.run(extract::make_reporter_stage);
    EXPECT_EQ(d.reporter() == "EU", c.eu) << c.dateline << c.belgium << " " << d.reporter();
  }
}

// Trade offices by their usual titles (data/reporter_voices.tsv): "Business and Trade Secretary"
// speaks for the UK, "Minister-in-charge of Trade Relations" for Singapore, though the release
// names its partner as often and a partner's office beside it.
TEST(Reporter, TradeOfficesByTheirTitles) {
  FactDoc d("UK and India sign trade deal",
            "Business and Trade Secretary Jonathan Reynolds signed the deal with India's Commerce and Industry "
            "Minister Piyush Goyal. India will cut tariffs. India is a large market.",
            {2025, 7, 24});
  d.country("GB", "UK", 0, true).country("IN", "India", 0, true);
  d.country("IN", "India").country("IN", "India", 1).country("IN", "India", 2);
  d.person("Jonathan Reynolds").person("Piyush Goyal");
  d.run(extract::make_reporter_stage);
  EXPECT_EQ(d.reporter(), "GB");
  FactDoc e("Singapore and EU conclude digital trade agreement",
            "Minister-in-charge of Trade Relations Grace Fu and EU Commissioner for Trade Maros Sefcovic announced "
            "the conclusion of negotiations. The EU is Singapore's third largest trading partner.",
            {2024, 7, 25});
  e.country("SG", "Singapore", 0, true).bloc("EU", "EU", 0, true);
  e.bloc("EU", "EU").bloc("EU", "EU", 1).country("SG", "Singapore");
  e.person("Grace Fu").person("Maros Sefcovic");
  e.run(extract::make_reporter_stage);
  EXPECT_EQ(e.reporter(), "SG");
  // India's releases write the office with an ampersand as often as with "and".
  FactDoc f("India and Oman sign CEPA",
            "New Delhi, 18 December 2025: The Union Minister of Commerce & Industry, Shri Piyush Goyal and Oman's "
            "Minister of Commerce Qais Al Yousef signed the CEPA. Oman will cut duties. Oman is a partner.",
            {2025, 12, 18});
  f.country("IN", "India", 0, true).country("OM", "Oman", 0, true);
  f.country("OM", "Oman").country("OM", "Oman", 1).country("OM", "Oman", 2);
  f.person("Piyush Goyal").person("Qais Al Yousef");
  f.run(extract::make_reporter_stage);
  EXPECT_EQ(f.reporter(), "IN");
  // Offices of governments the sample feeds do not cover, named in their own English releases.
  for (const auto& [office, code] : std::vector<std::pair<std::string, std::string>>{
           {"The Ministry of Investments, Trade and Industry", "KE"},
           {"The Ministry of Foreign Affairs, International Trade and Worship", "AR"},
           {"The Coordinating Ministry for Economic Affairs", "ID"}}) {
    FactDoc g("Talks with China", office + " held talks with China on exports. China is a partner. China grows.",
              {2025, 5, 2});
    g.country("CN", "China", 0, true).country("CN", "China").country("CN", "China", 1).country("CN", "China", 2);
    g.run(extract::make_reporter_stage);
    EXPECT_EQ(g.reporter(), code) << office;
  }
}

// "From Japan, Mr. Ichiro Sato, Deputy Minister …, and from Mexico, Ms. …, attended": the
// delegation listed first is the publisher's, though the release names the other more often and
// neither title is a known voice.
TEST(Reporter, DelegationListedFirstWithoutAKnownTitle) {
  for (const bool japan_first : {true, false}) {
    const std::string jp = "from Japan, Mr. Ichiro Sato, Deputy Minister for Foreign Affairs";
    const std::string mx = "from Mexico, Ms. Luz Maria de la Mora, Undersecretary of Foreign Trade";
    const std::string list = japan_first ? delegations(jp, mx) : delegations(mx, jp);
    FactDoc d("Japan-Mexico Joint Committee held",
              "On March 3, the Joint Committee was held. " + list +
                  ", attended. Mexico and Japan reviewed trade. Mexico is a key partner. Mexico grows.",
              {2025, 3, 4});
    d.country("JP", "Japan", 0, true).country("MX", "Mexico", 0, true);
    d.country("JP", "Japan").country("MX", "Mexico").country("MX", "Mexico", 1).country("JP", "Japan", 1);
    d.country("MX", "Mexico", 2).country("MX", "Mexico", 3);
    d.person("Ichiro Sato").person("Luz Maria de la Mora");
    d.run(extract::make_reporter_stage);
    EXPECT_EQ(d.reporter(), japan_first ? "JP" : "MX") << japan_first;
  }
}

// "Trade Commissioner Maros Sefcovic and Indonesian Coordinating Minister for Economic Affairs
// Airlangga Hartarto signed …": a voice its country introduces, joined by "and" to a person named
// before it, is the second signer's. Named first, it still speaks.
TEST(Reporter, VoiceIntroducedByItsCountryAfterAndIsTheSecondSigners) {
  for (const bool second : {true, false}) {
    const std::string body =
        std::string("Brussels, 23 September 2025 - The European Union and Indonesia concluded negotiations. ") +
        (second ? "Trade Commissioner Maros Sefcovic and Indonesian Coordinating Minister for Economic Affairs "
                  "Airlangga Hartarto signed the declaration."
                : "Indonesian Coordinating Minister for Economic Affairs Airlangga Hartarto and Trade Commissioner "
                  "Maros Sefcovic signed the declaration.") +
        " Indonesia will cut tariffs. Indonesia is a partner.";
    FactDoc d("EU and Indonesia conclude negotiations", body, {2025, 9, 23});
    d.bloc("EU", "EU", 0, true).country("ID", "Indonesia", 0, true);
    d.bloc("EU", "European Union").country("ID", "Indonesia").country("ID", "Indonesian");
    d.country("ID", "Indonesia", 1).country("ID", "Indonesia", 2);
    d.person("Maros Sefcovic").person("Airlangga Hartarto");
    d.run(extract::make_reporter_stage);
    EXPECT_EQ(d.reporter(), second ? "EU" : "ID") << second;
  }
}

// "Trade Minister Yeo Han-koo and Indian Commerce Minister Piyush Goyal signed …", "… following a
// meeting with India's Commerce Minister Piyush Goyal": in a lede whose subject is a minister named
// with no country, the minister joined to or met by the subject is named with his own country, the
// counterpart's; the title naming both sides then marks neither as the counterpart.
TEST(Reporter, MinisterMetOrJoinedWithHisCountryIsTheCounterparts) {
  {
    FactDoc d("Korea and India sign upgraded CEPA",
              "Trade Minister Yeo Han-koo and Indian Commerce Minister Piyush Goyal signed the protocol upgrading "
              "the Korea-India CEPA in New Delhi.",
              {2026, 3, 12});
    d.country("KR", "Korea", 0, true).country("IN", "India", 0, true);
    d.country("IN", "Indian").country("KR", "Korea").country("IN", "India", 1);
    d.person("Yeo Han-koo").person("Piyush Goyal");
    d.run(extract::make_reporter_stage);
    EXPECT_EQ(d.reporter(), "KR");
  }
  {
    FactDoc d("New Zealand and India conclude talks",
              "Trade Minister Todd McClay says New Zealand and India have concluded negotiations, following a "
              "meeting in New Delhi with India's Commerce and Industry Minister Piyush Goyal. India is New Zealand's 12th "
              "largest export market.",
              {2025, 12, 22});
    d.country("NZ", "New Zealand", 0, true).country("IN", "India", 0, true);
    d.country("NZ", "New Zealand").country("IN", "India").country("IN", "India", 1);
    d.country("IN", "India", 2).country("NZ", "New Zealand", 1);
    d.person("Todd McClay").person("Piyush Goyal");
    d.run(extract::make_reporter_stage);
    EXPECT_EQ(d.reporter(), "NZ");
  }
}

// "met with German Vice Chancellor and Federal Minister for Economic Affairs and Climate Action
// Robert Habeck": a voice that is the second title of the one met is the counterpart's, as the
// first would be.
TEST(Reporter, SecondTitleOfTheOneMetIsTheCounterparts) {
  FactDoc d("MOFCOM Minister Wang Wentao Meets with German Vice Chancellor",
            "On June 10, Minister of Commerce Wang Wentao met with German Vice Chancellor and Federal Minister for "
            "Economic Affairs and Climate Action Robert Habeck in Beijing. The two sides exchanged views on "
            "China-Germany economic and trade relations.",
            {2024, 6, 11});
  d.country("DE", "German", 0, true).country("DE", "German").country("CN", "China").country("DE", "Germany");
  d.person("Wang Wentao").person("Robert Habeck");
  d.run(extract::make_reporter_stage);
  EXPECT_EQ(d.reporter(), "CN");
}

// "Two-way trade with the UAE was worth A$10.3 billion", "exports to the UAE": the country traded
// with, or where exports go, is the partner and does not count for the publisher.
TEST(Reporter, CountryTradedWithDoesNotCount) {
  FactDoc d("Australia and UAE CEPA enters into force",
            "Australia's agreement with the United Arab Emirates entered into force. It cuts tariffs on Australian "
            "goods exports to the UAE. Two-way trade with the UAE was worth A$10.3 billion, making the UAE "
            "Australia's largest partner in the region.",
            {2025, 10, 1});
  d.country("AU", "Australia", 0, true).country("AE", "UAE", 0, true);
  d.country("AU", "Australia's").country("AE", "United Arab Emirates").country("AU", "Australian");
  d.country("AE", "UAE").country("AE", "UAE", 1).country("AE", "UAE", 2).country("AU", "Australia's", 1);
  d.run(extract::make_reporter_stage);
  EXPECT_EQ(d.reporter(), "AU");
}

// "GENEVA - The WTO Secretariat today published its report on … Japan": a release whose lede's
// subject is an international body (org_known.tsv, no country), in a lede no government's voice
// speaks in, is no member's, however often it names one; "The WTO panel ruled …, the Ministry of
// Trade, Industry and Energy said" still is the ministry's.
TEST(Reporter, InternationalBodysReleaseIsNoMembers) {
  for (const char* lede : {"GENEVA - The WTO Secretariat today published its report on the trade policies of Japan.",
                           "GENEVA - The WTO's Trade Policy Review Body concluded the review of Japan's policies.",
                           "GENEVA - WTO members concluded the review of Japan's trade policies."}) {
    FactDoc d("Members review trade policies of Japan",
              std::string(lede) + " Members welcomed Japan's support. Japan's exports grew in 2023.", {2024, 12, 14});
    d.country("JP", "Japan", 0, true).country("JP", "Japan").country("JP", "Japan", 1).country("JP", "Japan", 2);
    d.run(extract::make_reporter_stage);
    EXPECT_EQ(d.reporter(), "") << lede;
  }
  FactDoc k("WTO panel rules on steel",
            "The WTO panel ruled in favour of Korea on Monday, the Ministry of Trade, Industry and Energy said. Korea "
            "welcomed the ruling.",
            {2024, 12, 14});
  k.country("KR", "Korea").country("KR", "Korea", 1);
  k.run(extract::make_reporter_stage);
  EXPECT_EQ(k.reporter(), "KR");
}

// "Global FDI fell 11% in 2024 to $1.5 trillion, according to UNCTAD's World Investment Report": a
// lede whose figures it credits to an international body is that body's, not that of the one
// member the text names in passing; a lede crediting a ministry still is the ministry's.
TEST(Reporter, LedeCreditedToAnInternationalBodyIsNoMembers) {
  FactDoc d("Global foreign direct investment falls 11%",
            "Geneva, 19 June 2025 - Global foreign direct investment fell 11% in 2024 to $1.5 trillion, according to "
            "UNCTAD's World Investment Report. Flows to Africa rose, boosted by a large project in Egypt.",
            {2025, 6, 19});
  d.country("EG", "Egypt");
  d.run(extract::make_reporter_stage);
  EXPECT_EQ(d.reporter(), "");
  FactDoc s("Global foreign direct investment falls 11%",
            "Global foreign direct investment fell 11% in 2024 to $1.5 trillion, UNCTAD said on Thursday. Flows to "
            "Africa rose, boosted by a large project in Egypt.",
            {2025, 6, 19});
  s.country("EG", "Egypt");
  s.run(extract::make_reporter_stage);
  EXPECT_EQ(s.reporter(), "");
  FactDoc k("Exports rise",
            "Exports rose 5% in May, according to the Ministry of Trade, Industry and Energy. Korea welcomed the "
            "figures. Korea expects growth.",
            {2025, 6, 1});
  k.country("KR", "Korea").country("KR", "Korea", 1);
  k.run(extract::make_reporter_stage);
  EXPECT_EQ(k.reporter(), "KR");
}

// "Ha Noi, March 7 (VNA) – The Ministry of Industry and Trade …": Vietnamese copy spells its capital
// in two words, and the dateline names the government as "Hanoi" does.
TEST(Reporter, CapitalSpelledInTwoWordsDatelinesItsGovernment) {
  for (const char* city : {"Ha Noi", "Hanoi"}) {
    FactDoc d("MOIT imposes provisional anti-dumping duties on steel",
              std::string(city) + ", March 7 (VNA) \xE2\x80\x93 The Ministry of Industry and Trade has issued a decision "
              "imposing provisional anti-dumping duties on hot-rolled steel originating from China. Imports from "
              "China surged.",
              {2025, 3, 7});
    d.country("CN", "China").country("CN", "China", 1);
    d.run(extract::make_reporter_stage);
    EXPECT_EQ(d.reporter(), "VN") << city;
  }
}

// The record the whole extractor makes of a release, with the reporter the stages read.
std::string whole_reporter(std::string title, std::string body, std::string published, Record* out = nullptr) {
  const Record rec = tw::testing::extract_whole(std::move(title), std::move(body), std::move(published), true);
  if (out) *out = rec;
  for (const auto& e : rec.x.traces)
    if (e.field == "reporter") return e.item;
  return {};
}

// "LUXEMBOURG, 16 March 2026 (Eurostat) - ": a bloc's body publishes; the city named like its
// country is only its seat, and names no country. A country's own release under its city-state's
// name keeps it ("SINGAPORE - Minister-in-charge of Trade Relations …").
TEST(Reporter, SeatOfABlocsBodyNamesNoCountry) {
  Record r;
  EXPECT_EQ(whole_reporter("Trade in goods surplus",
                           "LUXEMBOURG, 16 March 2026 (Eurostat) - In January 2026, the EU recorded a EUR 12.3 billion "
                           "surplus in trade in goods, according to first estimates published by Eurostat. Exports to "
                           "China fell 5.1%.",
                           "2026-03-16", &r),
            "EU");
  for (const auto& c : r.x.countries) EXPECT_NE(c.code, "LU");
  EXPECT_EQ(whole_reporter("Digital economy agreement signed",
                           "SINGAPORE - Minister-in-charge of Trade Relations Grace Fu and UAE Minister of State for "
                           "Foreign Trade Thani bin Ahmed Al Zeyoudi signed the UAE-Singapore Digital Economy "
                           "Agreement on 14 January 2026.",
                           "2026-01-15", &r),
            "SG");
}

// "Minister for Trade Todd McClay has welcomed … MFAT will now prepare the agreement": a body of
// the voices that opens a later sentence is the unnamed minister's own government, not the
// partner the counts would pick; one the minister meets is not.
TEST(Reporter, OwnBodyOpeningALaterSentenceNamesTheMinistersGovernment) {
  EXPECT_EQ(whole_reporter("Conclusion of CEPA welcomed",
                           "Minister for Trade Todd McClay has welcomed the conclusion of negotiations on a "
                           "Comprehensive Economic Partnership Agreement with the United Arab Emirates. \"This deal "
                           "removes tariffs on our exports to the UAE,\" Mr McClay said. MFAT will now prepare the "
                           "agreement for signature.",
                           "2024-10-08"),
            "NZ");
  EXPECT_NE(whole_reporter("Conclusion of CEPA welcomed",
                           "Minister for Trade Todd McClay has welcomed the conclusion of negotiations on a "
                           "Comprehensive Economic Partnership Agreement with the United Arab Emirates. \"This deal "
                           "removes tariffs on our exports to the UAE,\" Mr McClay said. He met MFAT officials on "
                           "Monday.",
                           "2024-10-08"),
            "NZ");
  // A government the body names as met is no minister's own ("held talks with ministers of Japan").
  EXPECT_NE(whole_reporter("Minister attends trade meeting",
                           "Trade Minister Cheong In-kyo attended the APEC Ministers Responsible for Trade meeting in "
                           "Auckland on Friday. He held talks with ministers of Japan and Canada. METI will host the "
                           "next trilateral meeting in Tokyo.",
                           "2021-06-05"),
            "JP");
}

// "The AfCFTA Secretariat welcomes the deposit by the Republic of Cabo Verde …": a pact's
// secretariat speaks for the bloc that serves it, not for the member it names most.
TEST(Reporter, PactSecretariatSpeaksForItsBloc) {
  EXPECT_EQ(whole_reporter("Secretariat welcomes ratification",
                           "ACCRA, Ghana - The AfCFTA Secretariat welcomes the deposit by the Republic of Cabo Verde "
                           "of its instrument of ratification, bringing the number of State Parties to 49. The "
                           "Secretary-General congratulated the Government of Cabo Verde.",
                           "2025-02-20"),
            "AFRICAN_UNION");
}

// "RIYADH (SPA) -- The General Secretariat of the Gulf Cooperation Council (GCC) announced …": the
// bloc's secretariat speaks, over a member's news agency and its capital's dateline; so does its
// head, and an organ of the bloc that opens the lede with the bloc's name inside its own.
TEST(Reporter, GulfSecretariatSpeaksForTheBlocOverTheAgency) {
  EXPECT_EQ(whole_reporter("GCC launches trade talks with Japan",
                           "RIYADH, May 18 (SPA) -- The General Secretariat of the Gulf Cooperation Council (GCC) "
                           "announced on Monday the launch of free trade negotiations between the GCC countries and "
                           "Japan, to be held in Riyadh on June 10.",
                           "2026-05-18"),
            "GCC");
  EXPECT_EQ(whole_reporter("GCC welcomes trade deal",
                           "Riyadh, May 18, 2026, SPA -- Secretary General of the Gulf Cooperation Council (GCC) "
                           "Jasem Mohamed Al-Budaiwi welcomed on Monday the conclusion of negotiations on a free "
                           "trade agreement between the GCC countries and the United Kingdom.",
                           "2026-05-18"),
            "GCC");
  EXPECT_EQ(whole_reporter("GCC concerned over tariffs",
                           "Riyadh, SPA -- The Gulf Cooperation Council (GCC) General Secretariat expressed concern "
                           "over the United States' decision to impose a 25 percent tariff on aluminium imports.",
                           "2026-05-18"),
            "GCC");
}

// "The Commissioner of the Anti-Dumping Commission has initiated an investigation into … exported
// from the People's Republic of China": Australia's trade-remedy authority reports its own notice,
// which names no other country than the goods' origin.
TEST(Reporter, TradeRemedyAuthorityReportsItsNotice) {
  EXPECT_EQ(whole_reporter("Initiation of dumping investigation into aluminium extrusions",
                           "The Commissioner of the Anti-Dumping Commission has initiated an investigation into "
                           "alleged dumping of certain aluminium extrusions exported from the People's Republic of "
                           "China. Interested parties are invited to lodge submissions by 15 June 2026.",
                           "2026-05-12"),
            "AU");
}

// "The Ministry of Commerce announced on Thursday that it firmly opposes the European Commission's
// in-depth investigation …": the unnamed ministry that announces is the publisher; the voice it
// speaks of is no reporter.
TEST(Reporter, VoiceAnUnnamedMinistrySpeaksOfIsNoReporter) {
  EXPECT_NE(whole_reporter("Ministry responds to subsidies probe",
                           "The Ministry of Commerce announced on Thursday that it firmly opposes the European "
                           "Commission's in-depth investigation into a wind turbine maker, and urged the EU to stop "
                           "abusing the tool.",
                           "2026-05-21"),
            "EU");
  // A voice that opens the lede itself still reports.
  EXPECT_EQ(whole_reporter("Commission to lift duties",
                           "The European Commission announced on Thursday that it will lift duties on rice. Officials "
                           "met in Brussels.",
                           "2026-05-21"),
            "EU");
}

// "Minister of Commerce Dr. Majid Al-Qasabi received on Monday Secretary General of the Gulf
// Cooperation Council …", "… chaired the meeting, attended by the Secretary-General of the GCC":
// a bloc's head the member's minister receives or hosts is a guest; only a lede his title opens
// is the bloc's.
TEST(Reporter, BlocHeadAMemberReceivesIsAGuest) {
  EXPECT_EQ(whole_reporter("Minister receives GCC Secretary General",
                           "RIYADH, May 18 (SPA) -- Minister of Commerce Dr. Majid Al-Qasabi received on Monday "
                           "Secretary General of the Gulf Cooperation Council Jasem Mohamed Al-Budaiwi in Riyadh. They "
                           "discussed free trade negotiations with Japan.",
                           "2026-05-18"),
            "SA");
  EXPECT_EQ(whole_reporter("Qatar hosts GCC trade committee",
                           "DOHA, May 18 (QNA) -- HE Minister of Commerce and Industry Sheikh Faisal bin Thani bin "
                           "Faisal Al-Thani chaired the GCC Trade Cooperation Committee meeting on Monday, attended by "
                           "the Secretary-General of the GCC Jasem Mohamed Al-Budaiwi.",
                           "2026-05-18"),
            "QA");
}

// "The Anti-Dumping Commission has initiated an investigation into … exported from the People's
// Republic of China and Vietnam": a government body of a known country that opens the lede and
// initiates the case announces it, whatever origin the goods have.
TEST(Reporter, AuthorityThatInitiatesTheCaseAnnouncesIt) {
  EXPECT_EQ(whole_reporter("Anti-dumping investigation into steel reinforcing bar",
                           "The Anti-Dumping Commission has initiated an investigation into alleged dumping of steel "
                           "reinforcing bar exported from the People's Republic of China and Vietnam.",
                           "2026-05-18"),
            "AU");
}

// "…, Rebeca Grynspan, Secretary-General of UN Trade and Development (UNCTAD), said": the head of an
// international body credited by title, the body's acronym in parentheses, speaks for the body,
// whatever member the text names; a government's director-general credited so speaks for it.
TEST(Reporter, InternationalHeadCreditedWithAcronymBeforeSaid) {
  EXPECT_EQ(whole_reporter("Trade growth to slow",
                           "Global services trade is expected to grow 4 percent this year, Jane Doe, Director-General "
                           "of the World Trade Organization (WTO), said on Tuesday. Exports from Kenya rose.",
                           "2026-04-14"),
            "");
  EXPECT_EQ(whole_reporter("Foreign trade policy",
                           "OTTAWA - Canada will review its export credit rules this year, the Director-General of "
                           "Foreign Trade Policy, Global Affairs Canada (GAC), said on Tuesday.",
                           "2026-04-14"),
            "CA");
}

// "LUXEMBOURG - The euro area recorded a surplus … The figures were released by Eurostat": a
// dateline city that names its country nowhere else, in a release whose only voice is a bloc's
// body, is where the body sits; the bloc reports, not a country its figures name.
TEST(Reporter, SeatCityOfABodyCreditedLater) {
  Record rec;
  EXPECT_EQ(whole_reporter("Euro area surplus",
                           "LUXEMBOURG - The euro area recorded a EUR 12.0 billion surplus in trade in goods in April "
                           "2026. Exports to Japan fell 2.5 percent. These figures come from Eurostat.",
                           "2026-05-20", &rec),
            "EU");
  EXPECT_TRUE(std::none_of(rec.x.countries.begin(), rec.x.countries.end(),
                           [](const CodeMention& m) { return m.code == "LU"; }));
}

// "The Ministry of Commerce announced … that it firmly opposes the anti-dumping investigation
// launched by Mexico": the country the lede names after an unnamed announcing ministry is the one it
// speaks of; with no dateline or body of its own, no government reports.
TEST(Reporter, UnnamedMinistryOpposingANamedCountry) {
  EXPECT_EQ(whole_reporter("Ministry responds to probe",
                           "The Ministry of Commerce announced on Monday that it firmly opposes the anti-dumping "
                           "investigation launched by Turkey into imports of glass fibre.",
                           "2026-05-11"),
            "");
}

// "The Anti-Dumping Commission has terminated the investigation into …": ending its own case, the
// authority announces it.
TEST(Reporter, AuthorityThatTerminatesTheCaseAnnouncesIt) {
  EXPECT_EQ(whole_reporter("Termination of investigation into wind towers",
                           "The Anti-Dumping Commission has terminated the investigation into alleged dumping of wind "
                           "towers exported from Korea.",
                           "2026-05-18"),
            "AU");
}

// "BAKU - Trade Minister … met Azerbaijani Economy Minister …", "LONDON - Trade Minister … and the
// UK's Secretary of State …": a lede that opens with a minister of no stated country and names the
// dateline's country only for the title of the one met or joined is the minister's own government's
// release abroad; the counts past the counterpart decide.
TEST(Reporter, DatelineCountryOnlyQualifiesTheCounterpartsTitle) {
  EXPECT_EQ(whole_reporter("Minister holds talks in Tashkent",
                           "TASHKENT - Trade Minister Ayse Demir met Uzbek Minister of Investment Laziz Kudratov on "
                           "Wednesday. Demir said trade between Türkiye and Uzbekistan grew last year, and Turkish "
                           "firms plan new plants.",
                           "2026-05-20"),
            "TR");
  EXPECT_EQ(whole_reporter("Minister holds talks in Ottawa",
                           "OTTAWA - Trade Minister Ayse Demir and Canada's Minister of International Trade Maninder "
                           "Sidhu held talks on Tuesday. Türkiye and Canada agreed to meet again in Ankara.",
                           "2026-05-20"),
            "TR");
  // The dateline's own minister, the counterpart named by another country, still speaks for it.
  EXPECT_EQ(whole_reporter("Minister holds talks",
                           "TASHKENT - Minister of Investment Laziz Kudratov met Turkish Trade Minister Ayse Demir on "
                           "Wednesday. Uzbekistan and Türkiye agreed to expand trade.",
                           "2026-05-20"),
            "UZ");
}

// "Doha, May 19 (QNA) - HE Minister of Commerce and Industry …": a national agency's dateline city
// written as a name is still the agency's home.
TEST(Reporter, NationalAgencyDatelineCityWrittenAsAName) {
  EXPECT_EQ(whole_reporter("Qatar, Türkiye sign MoU",
                           "Doha, May 19 (QNA) - HE Minister of Commerce and Industry Sheikh Faisal bin Thani Al Thani "
                           "and HE Minister of Trade of the Republic of Türkiye Dr. Omer Bolat signed a memorandum of "
                           "understanding.",
                           "2026-05-20"),
            "QA");
}

// "… received a Japanese business delegation headed by Mr. Ken Saito, Minister of Economy, Trade and
// Industry of Japan": the head of a delegation received is met, no voice of the release.
TEST(Reporter, HeadOfADelegationReceivedIsMet) {
  EXPECT_EQ(whole_reporter("Minister receives delegation",
                           "RIYADH (SPA) - Minister of Commerce Dr. Majid Al-Kassabi received a Japanese business "
                           "delegation headed by Mr. Ken Saito, Minister of Economy, Trade and Industry of Japan, on "
                           "Sunday.",
                           "2026-05-20"),
            "SA");
}

// "RIYADH - Mrs. Suphajee Suthumpun, Deputy Prime Minister and Minister of Commerce of Thailand, met
// with Dr. Majid …, Minister of Commerce of the Kingdom of Saudi Arabia": a lede that opens with a
// minister whose title states another country than the dateline's is that country's release from
// abroad. Its title stating the dateline's own country, it is still the dateline's.
TEST(Reporter, TitledOpenerOfAnotherCountryOutranksTheDateline) {
  EXPECT_EQ(whole_reporter("Minister meets counterpart",
                           "JAKARTA - Mr. Pichai Naripthaphan, Minister of Commerce of Thailand, met with Mr. Budi "
                           "Santoso, Minister of Trade of the Republic of Indonesia, on Monday. Trade between Thailand "
                           "and Indonesia grew.",
                           "2026-05-20"),
            "TH");
  EXPECT_EQ(whole_reporter("Minister meets counterpart",
                           "JAKARTA - Mr. Budi Santoso, Minister of Trade of the Republic of Indonesia, met with Mr. "
                           "Pichai Naripthaphan, Minister of Commerce of Thailand, on Monday. Trade between Thailand "
                           "and Indonesia grew.",
                           "2026-05-20"),
            "ID");
}

// "CANBERRA - The Treasurer today announced tariff relief": a government's office, holder and
// country unnamed, under a wire dateline, speaks for the dateline's country; not where the text
// names other countries that the office may be of ("GENEVA - The trade minister met delegates …").
TEST(Reporter, UnnamedOfficeUnderAWireDateline) {
  EXPECT_EQ(whole_reporter("Treasurer announces tariff relief",
                           "CANBERRA - The Treasurer today announced tariff relief for manufacturers. The measures "
                           "take effect on July 1.",
                           "2026-05-20"),
            "AU");
  EXPECT_NE(whole_reporter("Trade minister visits",
                           "GENEVA - The trade minister met delegates on Monday. Brazil and Chile attended.",
                           "2026-05-20"),
            "CH");
}

}  // namespace
}  // namespace tw

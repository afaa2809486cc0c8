#include "extract/facts_common.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/doc.h"

namespace tw::extract {
namespace {

// dates_in and places_in read a short list in turn and a long one through an index sorted once
// per release: both must give what a plain reading of the lists gives.
TEST(FactsCommon, DatesAndPlacesInASpanAreTheSameFromAShortOrALongList) {
  for (uint32_t n : {6u, 200u}) {
    SCOPED_TRACE(n);
    std::string body(10 * n + 10, 'x');
    Extraction x;
    // Listed out of text order, as the stages add them; a code's spans go to one entry.
    for (uint32_t i = n; i-- > 0;) x.dates.push_back({"d", "2025", {10 * i, 10 * i + 4, false}});
    x.dates.push_back({"t", "2025", {0, 4, true}});
    x.countries.push_back({"KR", {}});
    x.countries.push_back({"US", {}});
    for (uint32_t i = 0; i < n; ++i) x.countries[i % 2].spans.push_back({10 * i + 5, 10 * i + 8, false});
    x.blocs.push_back({"EU", {{10 * 3 + 5, 10 * 3 + 9, false}, {2, 3, true}}});
    Doc doc{"Title text", body, {2025, 1, 1}, {}, x};

    const Span s{25, 10 * 5 + 2, false};  // dates 3, 4 and 5 start inside; 5 runs past its end
    auto dates = facts::dates_in(doc, s);
    ASSERT_EQ(dates.size(), 2u);
    EXPECT_EQ(dates[0]->span.begin, 30u);
    EXPECT_EQ(dates[1]->span.begin, 40u);

    auto places = facts::places_in(doc, s);
    ASSERT_EQ(places.size(), 4u);  // countries at 25, 35, 45 and the bloc at 35 after them
    EXPECT_EQ(places[0].code, "KR");
    EXPECT_EQ(places[0].span.begin, 25u);
    EXPECT_EQ(places[1].code, "US");
    EXPECT_FALSE(places[1].bloc);
    EXPECT_EQ(places[2].code, "EU");
    EXPECT_TRUE(places[2].bloc);
    EXPECT_EQ(places[2].span.begin, 35u);
    EXPECT_EQ(places[3].span.begin, 45u);

    EXPECT_TRUE(facts::dates_in(doc, {0, 10, true}).size() == 1);  // the title's own
    EXPECT_TRUE(facts::places_in(doc, {0, 2, true}).empty());
    EXPECT_TRUE(facts::dates_in(doc, {10 * n + 1, 10 * n + 9, false}).empty());
  }
}

// people_in gives each person inside a span once, in the order they first appear there.
TEST(FactsCommon, PeopleInASpanAreTheSameFromAShortOrALongList) {
  for (uint32_t n : {3u, 100u}) {
    SCOPED_TRACE(n);
    std::string body(10 * n + 10, 'x');
    Extraction x;
    x.people.resize(3);
    x.people[0].name = "A";
    x.people[1].name = "B";
    x.people[2].name = "C";
    // In text order per person, as the people stage leaves them: A at 0, 30, 60, …; B at 10,
    // 40, …; C at 20, 50, …; and C in the title.
    for (uint32_t i = 0; i < n; ++i) x.people[i % 3].spans.push_back({10 * i, 10 * i + 4, false});
    x.people[2].spans.push_back({0, 4, true});
    Doc doc{"Title text", body, {2025, 1, 1}, {}, x};

    auto names = [](const std::vector<const Person*>& ps) {
      std::string out;
      for (const Person* p : ps) out += p->name;
      return out;
    };
    EXPECT_EQ(names(facts::people_in(doc, {10, 35, false})), n > 3 ? "BCA" : "BC");  // A at 30 only when there
    EXPECT_EQ(names(facts::people_in(doc, {11, 24, false})), "C");  // B's span at 10 starts before
    EXPECT_EQ(names(facts::people_in(doc, {0, 10, true})), "C");
    EXPECT_EQ(names(facts::people_in(doc, {0, 3, false})), "");  // A's first span runs past the end
  }
}

TEST(FactsCommon, UnnamedGovernmentLedes) {
  EXPECT_TRUE(facts::unnamed_government("the government has imposed anti-dumping duties"));
  EXPECT_TRUE(facts::unnamed_government("the ministry of finance has imposed a duty"));
  EXPECT_TRUE(facts::unnamed_government("the finance ministry said on monday"));
  EXPECT_TRUE(facts::unnamed_government("the central government approved"));
  EXPECT_FALSE(facts::unnamed_government("the chinese government has imposed"));
  EXPECT_FALSE(facts::unnamed_government("the government's trade deficit widened"));
  EXPECT_FALSE(facts::unnamed_government("the euro area trade surplus increased"));
  EXPECT_FALSE(facts::unnamed_government("government sources said"));
}

// A word counts by its figures and suffix or as a word of data/ordinals.tsv, whole.
TEST(FactsCommon, OrdinalWord) {
  auto ords = facts::Lexicon::load(TW_SOURCE_DIR "/data", "ordinals.tsv", 1);
  ASSERT_TRUE(ords.ok()) << ords.error();
  for (const char* w : {"4th", "11th", "21st", "2nd", "fourth", "second"}) EXPECT_TRUE(facts::ordinal_word(*ords, w)) << w;
  for (const char* w : {"4", "1990s", "th", "fourths", "forth", "4-5", "round"}) EXPECT_FALSE(facts::ordinal_word(*ords, w)) << w;
}

}  // namespace
// Capitals of Latin-1 letters fold as ASCII capitals do, in the document's lowered text (eight
// bytes at a time, and in its tail) and in facts::lower, so an all-caps dateline ("BRASÍLIA",
// "SÃO PAULO") meets the lexicons' phrases; the multiplication sign is no letter.
TEST(FactsCommon, LatinOneCapitalsFoldToSmallLetters) {
  EXPECT_EQ(facts::lower("BRAS\u00cdLIA, S\u00c3O PAULO \u00d7 2"), "bras\u00edlia, s\u00e3o paulo \u00d7 2");
  const std::string body = "BRAS\u00cdLIA (Ag\u00eancia Brasil) - Talks in BOGOT\u00c1 and ASUNCI\u00d3N.";
  Extraction x;
  extract::Doc doc{"T", body, {2024, 5, 7}, {}, x, false};
  EXPECT_EQ(doc.lowered_text(false), "bras\u00edlia (ag\u00eancia brasil) - talks in bogot\u00e1 and asunci\u00f3n.");
}

// "the Committee on 5 and 6 September", "held its tenth meeting on 5 and 6 September": two days
// and their month after "on" date the event; they are no part of its name.
TEST(FactsCommon, ProperNameStopsBeforeTwoDaysOfAMonth) {
  const std::string b = "the Forum on Trade held from 14 to 18 October";
  const size_t tb = b.find("Forum");
  EXPECT_EQ(facts::proper_name(b, tb, tb + 5, nullptr, nullptr), "Forum on Trade");
  const std::string c = "the Committee on 5 and 6 September";
  const size_t tc = c.find("Committee");
  EXPECT_EQ(facts::proper_name(c, tc, tc + 9, nullptr, nullptr), "");
}

}  // namespace tw::extract

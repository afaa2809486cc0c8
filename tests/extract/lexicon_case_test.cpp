// A phrase that matches only when case is ignored, in text that is not all capitals, is no
// match — and looking must stay inside the text (it once ran past its end and crashed).
#include <gtest/gtest.h>

#include "extract/lexicon.h"

namespace {

TEST(PhraseTableCase, MixedCaseNearMissIsNoMatchAndStaysInBounds) {
  tw::extract::lex::PhraseTable t;
  t.add("the Netherlands", 7);
  const std::string text = "prices rose. The Netherlands and the Netherlands";
  const size_t pos = text.find("The Netherlands");
  EXPECT_EQ(t.match_at(text, pos, true).id, -1);  // "The" differs in case and is not all caps
  auto hits = t.find_all(text, true);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].b, text.rfind("the Netherlands"));
}

TEST(PhraseTableCase, AllCapitalsMatch) {
  tw::extract::lex::PhraseTable t;
  t.add("the Netherlands", 7);
  const std::string text = "VISIT TO THE NETHERLANDS";
  EXPECT_EQ(t.match_at(text, text.find("THE"), true).id, 7);
  EXPECT_EQ(t.match_at(text, text.find("THE"), false).id, -1);
}

// The case-blind path is skipped when a lower-case letter opens the text: it must still match
// capitals joined by a multi-byte dash, and still refuse a lower-case letter past the fourth byte.
TEST(PhraseTableCase, CapitalsAcrossDashAndLateLowerCase) {
  tw::extract::lex::PhraseTable t;
  t.add("Asia-Pacific", 3);
  const std::string caps = "THE ASIA\u2013PACIFIC REGION";
  EXPECT_EQ(t.match_at(caps, caps.find("ASIA"), true).id, 3);
  const std::string late = "THE ASIA-PACific REGION";
  EXPECT_EQ(t.match_at(late, late.find("ASIA"), true).id, -1);
  const std::string early = "the AsIA-PACIFIC region";
  EXPECT_EQ(t.match_at(early, early.find("AsIA"), true).id, -1);
}

// Entries are turned away by their leading bytes before the phrase is read: the leading bytes
// stop at a dash, apostrophe or space, which may stand for other bytes of the text.
TEST(PhraseTableHead, LeadingBytesDecideOnlyUpToTheFirstJoiner) {
  tw::extract::lex::PhraseTable t;
  t.add("EU-Korea", 1);
  t.add("Côte d'Ivoire", 2);
  t.add("G7", 3);
  t.add("G20", 4);
  const std::string text = "the EU\u2013Korea deal, C\u00f4te d\u2019Ivoire and the G7";
  auto hits = t.find_all(text, false);
  ASSERT_EQ(hits.size(), 3u);
  EXPECT_EQ(hits[0].id, 1);
  EXPECT_EQ(hits[1].id, 2);
  EXPECT_EQ(hits[2].id, 3);
  EXPECT_EQ(hits[2].e, text.size());  // a phrase ending where the text ends
  // Same leading characters in another case, or the text ending inside the head: no match.
  EXPECT_TRUE(t.find_all("the Eu-Korea deal and C\u00d4te d'Ivoire", false).empty());
  EXPECT_TRUE(t.find_all("G2", false).empty());
  EXPECT_TRUE(t.find_all("G", false).empty());
  EXPECT_EQ(t.find_all("at the G20", false).size(), 1u);
}

// A bucket's filter turns words away by their first byte's case and their third byte; phrases
// with fewer than three leading bytes ("G7", "EU-…", "a'…") are never turned away by it.
TEST(PhraseTableHead, BucketFilterKeepsEveryPossibleMatch) {
  tw::extract::lex::PhraseTable t;
  t.add("Minister", 1);
  t.add("Mi-Ko", 2);
  t.add("mid", 3);
  t.add("MIT", 4);
  EXPECT_EQ(t.match_at("the Minister", 4, false).id, 1);
  EXPECT_EQ(t.match_at("the minister", 4, false).id, -1);  // case of the first byte
  EXPECT_EQ(t.match_at("the Mixster", 4, false).id, -1);   // third byte
  EXPECT_EQ(t.match_at("Mi–Ko", 0, false).id, 2);      // head of two bytes, then a dash
  EXPECT_EQ(t.match_at("a mid", 2, false).id, 3);
  EXPECT_EQ(t.match_at("a MIT", 2, false).id, 4);
  EXPECT_EQ(t.match_at("a Mid", 2, false).id, -1);
  EXPECT_EQ(t.match_at("Mi", 0, false).id, -1);  // the text ends before the third byte
  // Case-blind, in capitals: the filter is not asked.
  EXPECT_EQ(t.match_at("THE MINISTER", 4, true).id, 1);
  // The first-two-bytes filter: a head of one byte ("X" before a dash) allows any second byte,
  // a head of none ("-" first) any pair at all; in lower-case text a case-blind table uses it too.
  t.add("X-ray", 5);
  t.add("-based", 6);
  EXPECT_EQ(t.match_at("an X\u2013ray", 3, false).id, 5);
  EXPECT_EQ(t.match_at("an X-ray", 3, true).id, 5);
  EXPECT_EQ(t.match_at("Seoul-based", 5, false).id, 6);
  EXPECT_EQ(t.match_at("the minister", 4, true).id, -1);
  EXPECT_EQ(t.match_at("the Minister", 4, true).id, 1);
}

// Capitals of Latin-1 letters match their small letters in all-caps text ("CÔTE D'IVOIRE",
// "BRASÍLIA"), at the third byte too; a small accented letter in otherwise capital text does not.
TEST(PhraseTableCase, AccentedCapitalsMatch) {
  tw::extract::lex::PhraseTable t;
  t.add("C\u00f4te d'Ivoire", 4);
  t.add("Bras\u00edlia", 5);
  const std::string caps = "FROM C\u00d4TE D'IVOIRE AND BRAS\u00cdLIA";
  EXPECT_EQ(t.match_at(caps, caps.find("C\u00d4TE"), true).id, 4);
  EXPECT_EQ(t.match_at(caps, caps.find("BRAS"), true).id, 5);
  EXPECT_EQ(t.match_at(caps, caps.find("BRAS"), false).id, -1);
  const std::string mixed = "FROM BRAS\u00edLIA";
  EXPECT_EQ(t.match_at(mixed, mixed.find("BRAS"), true).id, -1);
  EXPECT_EQ(tw::extract::lex::match_phrase("S\u00c3O PAULO", 0, "S\u00e3o Paulo", true), 10u);
  EXPECT_EQ(tw::extract::lex::match_phrase("S\u00c3O PAULO", 0, "S\u00e3o Paulo", false), std::string_view::npos);
}

}  // namespace

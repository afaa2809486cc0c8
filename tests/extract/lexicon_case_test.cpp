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

}  // namespace

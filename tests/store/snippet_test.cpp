#include "store/snippet.h"

#include <sqlite3.h>

#include <gtest/gtest.h>

namespace tw::store {
namespace {

class SnippetTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_EQ(sqlite3_open(":memory:", &db_), SQLITE_OK);
    auto s = Snippeter::create(db_);
    ASSERT_TRUE(s) << s.error();
    sn_ = std::move(s).value();
  }
  void TearDown() override {
    sn_.reset();
    sqlite3_close(db_);
  }
  std::string cut(std::string_view body, std::vector<QueryTerm> terms, size_t tokens = 12) {
    return sn_->cut(body, sn_->compile(terms), tokens);
  }
  // Markers shown as [ and ] for readable expectations.
  static std::string shown(std::string s) {
    for (auto& c : s) c = c == kMarkOpen ? '[' : c == kMarkClose ? ']' : c;
    return s;
  }

  sqlite3* db_ = nullptr;
  std::unique_ptr<Snippeter> sn_;
};

TEST_F(SnippetTest, MarksWordsTheIndexMatches) {
  // Porter stems and unicode61 folds case and diacritics, as the index does.
  EXPECT_EQ(shown(cut("Canada raised Tariffs on steel.", {{"tariff", false}})), "Canada raised [Tariffs] on steel.");
  EXPECT_EQ(shown(cut("The Café Accord.", {{"cafe", false}})), "The [Café] Accord.");
  EXPECT_EQ(shown(cut("New semiconductor plants.", {{"semicon", true}})), "New [semiconductor] plants.");
  EXPECT_EQ(shown(cut("New semiconductor plants.", {{"semicon", false}})), "New semiconductor plants.")
      << "without '*' a prefix is not a match";
}

TEST_F(SnippetTest, PhrasesMatchOnlyInOrder) {
  const char* body = "Minerals are critical, and critical minerals matter.";
  EXPECT_EQ(shown(cut(body, {{"critical minerals", false}})), "Minerals are critical, and [critical minerals] matter.");
  EXPECT_EQ(shown(cut("minerals critical", {{"critical minerals", false}})), "minerals critical");
}

TEST_F(SnippetTest, WindowStartsNearTheFirstMatchAndSaysWhereItCuts) {
  std::string body = "One two three four five six seven eight nine ten eleven twelve thirteen. ";
  body += "Steel quotas fell sharply this year across all partners of the agreement in question here today.";
  auto s = shown(cut(body, {{"steel", false}}, 6));
  // The sentence boundary right before the match starts the window.
  EXPECT_EQ(s, "…[Steel] quotas fell sharply this year…");
  // The sentence's start when it is near enough; otherwise a few words lead in, never so many
  // that the match falls out of a short window.
  EXPECT_EQ(shown(cut("a b c d e f g h i j k steel l m n o p q r s t", {{"steel", false}}, 32)),
            "a b c d e f g h i j k [steel] l m n o p q r s t");
  EXPECT_EQ(shown(cut("a b c d e f g h i j k steel l m n o p q r s t", {{"steel", false}}, 4)), "…k [steel] l m…");
  EXPECT_EQ(shown(cut("Go. a b c d e f g h i j k l m n o p q r s t u v w steel x y z", {{"steel", false}}, 30)),
            "…r s t u v w [steel] x y z");
}

TEST_F(SnippetTest, NoMatchInTheBodyGivesItsOpening) {
  EXPECT_EQ(shown(cut("Ministers met in Ottawa on Friday.", {{"tariff", false}}, 3)), "Ministers met in…");
  EXPECT_EQ(shown(cut("Short body.", {{"tariff", false}})), "Short body.");
  EXPECT_EQ(cut("", {{"tariff", false}}), "");
}

TEST_F(SnippetTest, BodyCannotForgeMarkers) {
  std::string body = "evil \x02steel\x03 text";
  auto s = cut(body, {{"text", false}});
  size_t opens = 0;
  for (char c : s) opens += c == kMarkOpen;
  EXPECT_EQ(opens, 1u) << shown(s);
  EXPECT_EQ(shown(s), "evil  steel  [text]");
}

}  // namespace
}  // namespace tw::store

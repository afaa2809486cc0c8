// IndexTokenizer (store/index_tokenizer.h) against FTS5's own "porter unicode61
// remove_diacritics 2": the same tokens, stems and byte offsets, for ASCII, for text mixing in
// UTF-8 letters, punctuation, combining marks and broken sequences, and for words repeated often
// enough to be answered from its memo.
#include "store/index_tokenizer.h"

#include <sqlite3.h>

#include <random>
#include <string>
#include <tuple>
#include <vector>

#include <gtest/gtest.h>

#include "store/sqlite_db.h"

namespace tw::store {
namespace {

using Tokens = std::vector<std::tuple<std::string, int, int>>;

int collect(void* p, int, const char* tok, int n, int begin, int end) {
  static_cast<Tokens*>(p)->emplace_back(std::string(tok, static_cast<size_t>(n)), begin, end);
  return SQLITE_OK;
}

class IndexTokenizerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_EQ(sqlite3_open(":memory:", &db_), SQLITE_OK);
    fts5_api* api = fts5_of(db_);
    ASSERT_NE(api, nullptr);
    void* user = nullptr;
    ASSERT_EQ(api->xFindTokenizer(api, "porter", &user, &porter_), SQLITE_OK);
    const char* args[] = {"unicode61", "remove_diacritics", "2"};
    ASSERT_TRUE(IndexTokenizer::handles(args, 3));
    ASSERT_EQ(porter_.xCreate(user, args, 3, &inner_), SQLITE_OK);
    fast_ = std::make_unique<IndexTokenizer>(porter_, inner_);
  }
  void TearDown() override {
    fast_.reset();
    if (inner_) porter_.xDelete(inner_);
    sqlite3_close(db_);
  }

  Tokens fts5(const std::string& text) {
    Tokens out;
    EXPECT_EQ(porter_.xTokenize(inner_, &out, FTS5_TOKENIZE_DOCUMENT, text.data(), static_cast<int>(text.size()), collect),
              SQLITE_OK);
    return out;
  }
  Tokens mine(const std::string& text) {
    Tokens out;
    EXPECT_EQ(fast_->tokenize(&out, text.data(), static_cast<int>(text.size()), collect), SQLITE_OK);
    return out;
  }

  sqlite3* db_ = nullptr;
  fts5_tokenizer porter_{};
  Fts5Tokenizer* inner_ = nullptr;
  std::unique_ptr<IndexTokenizer> fast_;
};

TEST_F(IndexTokenizerTest, StemsAndOffsetsAsFts5) {
  const std::string text = "Ministers DISCUSSED the investments' Running-costs, 2025's Q3: 4.5% (TRQ) co-operation";
  const Tokens got = mine(text);
  EXPECT_EQ(got, fts5(text));
  // Hard facts, not only agreement: folded, stemmed, offsets into the original text.
  ASSERT_GE(got.size(), 4u);
  EXPECT_EQ(got[0], std::make_tuple(std::string("minist"), 0, 9));
  EXPECT_EQ(got[1], std::make_tuple(std::string("discuss"), 10, 19));
  EXPECT_EQ(std::get<0>(got[3]), "invest");
}

TEST_F(IndexTokenizerTest, NonAsciiRunsAsFts5) {
  const std::vector<std::string> texts = {
      "people\u2019s livelihoods \u201cquoted\u201d \u2014 dash\u2013range",
      "Caf\u00e9 na\u00efve \u00c9COLE stra\u00dfe \u0130stanbul \ufb01nance",
      "e\u0301te\u0301 combining marks and \u03b1\u03b2\u03b3 \u0394\u03b9\u03ac and \u4e2d\u56fd\u7ecf\u6d4e",
      "broken \xc3 sequence \xff\xfe bytes \x80\x80 tail\xe2\x80",
      "tab\tnew\nline\rNUL-free punctuation!?@#$%^&*()_+=[]{}|;:<>/~`",
      std::string(31, 'a') + " " + std::string(32, 'b') + " " + std::string(64, 'c') + " " + std::string(65, 'd') +
          " " + std::string(200, 'e') + "s",
      "",
      "   ",
      "x",
  };
  for (const auto& t : texts) EXPECT_EQ(mine(t), fts5(t)) << t;
}

TEST_F(IndexTokenizerTest, RandomTextAndEvictedWordsAsFts5) {
  // Words from a large vocabulary, so memo slots are overwritten and asked again; separators
  // from ASCII punctuation and a few multi-byte characters.
  std::mt19937 rng(12345);
  const std::vector<std::string> seps = {" ", ", ", ". ", "-", "'", "\u2019", "\u00a0", "\u2014", "/", "\n"};
  const std::string letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  const std::vector<std::string> suffixes = {"", "s", "ing", "ed", "ation", "ness", "ies", "\u00e9", "ly", "ational"};
  std::vector<std::string> vocab;
  for (int i = 0; i < 60000; ++i) {
    std::string w;
    const int len = 1 + static_cast<int>(rng() % 12);
    for (int k = 0; k < len; ++k) w += letters[rng() % letters.size()];
    w += suffixes[rng() % suffixes.size()];
    vocab.push_back(std::move(w));
  }
  for (int doc = 0; doc < 40; ++doc) {
    std::string text;
    for (int k = 0; k < 5000; ++k) {
      text += vocab[rng() % vocab.size()];
      text += seps[rng() % seps.size()];
    }
    ASSERT_EQ(mine(text), fts5(text)) << "document " << doc;
  }
}

TEST_F(IndexTokenizerTest, StopsWhenAskedWithoutError) {
  Tokens seen;
  auto stop_after_two = [](void* p, int, const char* tok, int n, int b, int e) {
    auto* t = static_cast<Tokens*>(p);
    t->emplace_back(std::string(tok, static_cast<size_t>(n)), b, e);
    return t->size() == 2 ? SQLITE_DONE : SQLITE_OK;
  };
  const std::string text = "one two three caf\u00e9 four";
  EXPECT_EQ(fast_->tokenize(&seen, text.data(), static_cast<int>(text.size()), stop_after_two), SQLITE_OK);
  EXPECT_EQ(seen.size(), 2u);
  Tokens again;
  const std::string accented = "caf\u00e9 d\u00e9j\u00e0 vu";
  EXPECT_EQ(fast_->tokenize(&again, accented.data(), static_cast<int>(accented.size()), stop_after_two), SQLITE_OK);
  EXPECT_EQ(again.size(), 2u);
}

TEST(IndexTokenizerArgs, OnlyTheIndexsOwnArguments) {
  const char* same[] = {"unicode61", "remove_diacritics", "2"};
  EXPECT_TRUE(IndexTokenizer::handles(same, 3));
  const char* other_diacritics[] = {"unicode61", "remove_diacritics", "1"};
  EXPECT_FALSE(IndexTokenizer::handles(other_diacritics, 3));
  const char* bare[] = {"unicode61"};
  EXPECT_FALSE(IndexTokenizer::handles(bare, 1));
  const char* tokenchars[] = {"unicode61", "remove_diacritics", "2", "tokenchars", "-"};
  EXPECT_FALSE(IndexTokenizer::handles(tokenchars, 5));
  const char* ascii[] = {"ascii"};
  EXPECT_FALSE(IndexTokenizer::handles(ascii, 1));
  EXPECT_FALSE(IndexTokenizer::handles(nullptr, 0));
}

}  // namespace
}  // namespace tw::store

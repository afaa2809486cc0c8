#include <gtest/gtest.h>
#include <sqlite3.h>

#include <optional>
#include <random>
#include <string>
#include <vector>

#include "tradewatch/query.h"

namespace {

std::string ok(std::string_view q) {
  auto r = tw::translate_query(q);
  EXPECT_TRUE(r.ok()) << q << " -> " << r.error();
  return r.ok() ? r.value() : std::string();
}

std::string err(std::string_view q) {
  auto r = tw::translate_query(q);
  EXPECT_FALSE(r.ok()) << q << " translated to " << (r.ok() ? r.value() : "");
  return r.ok() ? std::string() : r.error();
}

// A tiny FTS5 table with the store's tokenizer, to run translated expressions for real.
class Fts {
 public:
  Fts() {
    sqlite3_open(":memory:", &db_);
    exec("CREATE VIRTUAL TABLE t USING fts5(title, body, tokenize='porter unicode61 remove_diacritics 2')");
    add("Canada steel TRQ", "Canada will tighten its steel tariff rate quota.");
    add("Critical minerals with Japan", "Korea and Japan discuss critical minerals supply chains.");
    add("Critical minerals with Mongolia", "A cooperation center for critical minerals opens in Mongolia.");
    add("Semiconductor exports", "Exports of semiconductors rose 24 percent; NEAR record AND strong.");
    add("Café talks", "Ministers met at a café in Zürich to discuss O\"Brien's proposal.");
  }
  ~Fts() { sqlite3_close(db_); }

  // Matching rowids, or -1 in the first element when SQLite rejected the expression.
  std::vector<int64_t> match(const std::string& expr, std::string* error = nullptr) {
    sqlite3_stmt* s = nullptr;
    std::vector<int64_t> out;
    if (sqlite3_prepare_v2(db_, "SELECT rowid FROM t WHERE t MATCH ? ORDER BY rowid", -1, &s, nullptr) != SQLITE_OK)
      return {-1};
    sqlite3_bind_text(s, 1, expr.data(), static_cast<int>(expr.size()), SQLITE_TRANSIENT);
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) out.push_back(sqlite3_column_int64(s, 0));
    if (rc != SQLITE_DONE) {
      if (error) *error = sqlite3_errmsg(db_);
      out = {-1};
    }
    sqlite3_finalize(s);
    return out;
  }

  std::vector<int64_t> search(std::string_view user) { return match(ok(user)); }

 private:
  void exec(const char* sql) { ASSERT_EQ(sqlite3_exec(db_, sql, nullptr, nullptr, nullptr), SQLITE_OK); }
  void add(const char* title, const char* body) {
    sqlite3_stmt* s = nullptr;
    sqlite3_prepare_v2(db_, "INSERT INTO t(title, body) VALUES (?, ?)", -1, &s, nullptr);
    sqlite3_bind_text(s, 1, title, -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 2, body, -1, SQLITE_STATIC);
    sqlite3_step(s);
    sqlite3_finalize(s);
  }
  sqlite3* db_ = nullptr;
};

using Ids = std::vector<int64_t>;

TEST(TranslateQuery, WordsAreQuotedAndJoinedWithAnd) {
  EXPECT_EQ(ok("steel"), "\"steel\"");
  EXPECT_EQ(ok("  steel   TRQ "), "\"steel\" AND \"TRQ\"");
}

TEST(TranslateQuery, PhrasesOrNotAndPrefix) {
  EXPECT_EQ(ok("\"critical minerals\""), "\"critical minerals\"");
  EXPECT_EQ(ok("steel OR aluminium"), "(\"steel\" OR \"aluminium\")");
  EXPECT_EQ(ok("a OR b OR c d"), "(\"a\" OR \"b\" OR \"c\") AND \"d\"");
  EXPECT_EQ(ok("minerals -Japan"), "(\"minerals\") NOT \"Japan\"");
  EXPECT_EQ(ok("minerals NOT Japan"), "(\"minerals\") NOT \"Japan\"");
  EXPECT_EQ(ok("\"critical minerals\" -Japan -China"), "(\"critical minerals\") NOT \"Japan\" NOT \"China\"");
  EXPECT_EQ(ok("-\"supply chains\" minerals"), "(\"minerals\") NOT \"supply chains\"");
  EXPECT_EQ(ok("semicon*"), "\"semicon\"*");
  EXPECT_EQ(ok("\"critical min\"*"), "\"critical min\"*");
}

TEST(TranslateQuery, PrefixesTheCallbackResolvesBecomeTheirTerms) {
  std::vector<std::string> asked;
  tw::PrefixTerms expand = [&](std::string_view p) -> std::optional<std::vector<tw::QueryTerm>> {
    asked.emplace_back(p);
    if (p == "invest") return std::vector<tw::QueryTerm>{{"invest"}, {"investor"}};
    if (p == "semicon") return std::vector<tw::QueryTerm>{{"semiconductor"}};
    if (p == "exclu") return std::vector<tw::QueryTerm>{{"exclud"}, {"exclus", true}};
    if (p == "zzz") return std::vector<tw::QueryTerm>{};
    return std::nullopt;
  };
  auto t = [&](std::string_view q) {
    auto r = tw::translate_query(q, expand);
    EXPECT_TRUE(r.ok()) << q;
    return r.ok() ? r.value() : std::string();
  };
  EXPECT_EQ(t("invest*"), "(\"invest\" OR \"investor\")");
  EXPECT_EQ(t("semicon* chips"), "\"semiconductor\" AND \"chips\"");
  EXPECT_EQ(t("steel OR invest*"), "(\"steel\" OR (\"invest\" OR \"investor\"))");
  EXPECT_EQ(t("trade -invest*"), "(\"trade\") NOT (\"invest\" OR \"investor\")");
  EXPECT_EQ(t("exclu*"), "(\"exclud\" OR \"exclus\"*)");
  // Left a prefix: the callback declines, or knows no completion.
  EXPECT_EQ(t("expo*"), "\"expo\"*");
  EXPECT_EQ(t("zzz*"), "\"zzz\"*");
  // Only prefix terms are offered, as written without the '*'.
  asked.clear();
  t("steel \"critical min\"* invest");
  EXPECT_EQ(asked, (std::vector<std::string>{"critical min"}));
}

TEST(TranslateQuery, OneLetterPrefixesAreRefused) {
  EXPECT_NE(err("s*").find("too short"), std::string::npos);
  EXPECT_NE(err("steel a*").find("character 7"), std::string::npos);
  EXPECT_NE(err("\"supply c\"*").find("too short"), std::string::npos);
  EXPECT_NE(err("-x*").find("too short"), std::string::npos);
  EXPECT_EQ(ok("st*"), "\"st\"*");
  EXPECT_EQ(ok("\"supply ch\"*"), "\"supply ch\"*");
  EXPECT_EQ(ok("한국*"), "\"한국\"*");
  EXPECT_EQ(ok("a"), "\"a\"");  // without '*' a single letter is a word like any other
}

TEST(TranslateQuery, LowercaseOperatorsAreWords) {
  EXPECT_EQ(ok("steel or not"), "\"steel\" AND \"or\" AND \"not\"");
}

TEST(TranslateQuery, Fts5SyntaxInUserTextStaysLiteral) {
  EXPECT_EQ(ok("NEAR AND"), "\"NEAR\" AND \"AND\"");
  EXPECT_EQ(ok("NEAR(steel quota)"), "\"NEAR(steel\" AND \"quota)\"");
  EXPECT_EQ(ok("title:steel"), "\"title:steel\"");
  EXPECT_EQ(ok("{title body}:x"), "\"{title\" AND \"body}:x\"");
  EXPECT_EQ(ok("^steel"), "\"^steel\"");
  EXPECT_EQ(ok("(steel OR quota)"), "(\"(steel\" OR \"quota)\")");
  EXPECT_EQ(ok("O\"Brien"), "\"O\"\"Brien\"");
  EXPECT_EQ(ok("steel + quota"), "\"steel\" AND \"quota\"");  // a lone + has nothing to match
  EXPECT_EQ(ok("a - b"), "\"a\" AND \"b\"");
  EXPECT_EQ(ok(std::string("\"a\0b\"", 5)), "\"a b\"");  // NUL would end the expression early
  EXPECT_EQ(ok("a --x"), "(\"a\") NOT \"-x\"");
}

TEST(TranslateQuery, UnicodeWordsAndQuotes) {
  EXPECT_EQ(ok("Korea–U.S. 한국"), "\"Korea–U.S.\" AND \"한국\"");
  EXPECT_EQ(ok("“critical minerals”"), "\"critical minerals\"");
  EXPECT_EQ(ok("café"), "\"café\"");
}

TEST(TranslateQuery, MalformedQueriesGetClearMessages) {
  EXPECT_NE(err("").find("empty"), std::string::npos);
  EXPECT_NE(err("   ").find("empty"), std::string::npos);
  EXPECT_NE(err("^ ( ) *").find("empty"), std::string::npos);
  EXPECT_NE(err("\"critical minerals").find("unbalanced quote"), std::string::npos);
  EXPECT_NE(err("steel \"a\" \"b").find("character 11"), std::string::npos);
  EXPECT_NE(err("steel OR").find("OR"), std::string::npos);
  EXPECT_NE(err("OR steel").find("both sides"), std::string::npos);
  EXPECT_NE(err("a OR OR b").find("both sides"), std::string::npos);
  EXPECT_NE(err("a OR -b").find("exclusion"), std::string::npos);
  EXPECT_NE(err("-Japan").find("only exclusions"), std::string::npos);
  EXPECT_NE(err("NOT Japan -China").find("only exclusions"), std::string::npos);
  EXPECT_NE(err("steel NOT").find("NOT"), std::string::npos);
  EXPECT_NE(err("steel NOT OR x").find("NOT"), std::string::npos);
  EXPECT_NE(err(std::string("steel \xFF")).find("UTF-8"), std::string::npos);
  EXPECT_NE(err(std::string(3000, 'a')).find("too long"), std::string::npos);
  std::string many;
  for (int i = 0; i < 70; ++i) many += "w" + std::to_string(i) + " ";
  EXPECT_NE(err(many).find("too many"), std::string::npos);
}

TEST(TranslateQuery, TranslationsRunAndMeanWhatTheySay) {
  Fts fts;
  EXPECT_EQ(fts.search("steel TRQ"), (Ids{1}));
  EXPECT_EQ(fts.search("\"critical minerals\""), (Ids{2, 3}));
  EXPECT_EQ(fts.search("\"critical minerals\" -Japan"), (Ids{3}));
  EXPECT_EQ(fts.search("\"critical minerals\" NOT japan"), (Ids{3}));
  EXPECT_EQ(fts.search("\"minerals critical\""), (Ids{}));  // order matters in a phrase
  EXPECT_EQ(fts.search("Japan OR Mongolia"), (Ids{2, 3}));
  EXPECT_EQ(fts.search("semicon*"), (Ids{4}));
  EXPECT_EQ(fts.search("semiconductor"), (Ids{4}));  // porter: semiconductors
  EXPECT_EQ(fts.search("NEAR AND"), (Ids{4}));         // the words, not the operators
  EXPECT_EQ(fts.search("title:steel"), (Ids{}));       // phrase "title steel": no such text
  EXPECT_EQ(fts.search("cafe zurich"), (Ids{5}));      // diacritics folded
  EXPECT_EQ(fts.search("O\"Brien"), (Ids{5}));
  EXPECT_EQ(fts.search("(steel OR quota)"), (Ids{1}));
}

// Random strings built from the characters and words that break naive translators: every
// accepted query must be an expression SQLite accepts; every refusal must carry a message.
TEST(TranslateQuery, RandomHostileQueriesNeverReachSqliteAsErrors) {
  Fts fts;
  const std::vector<std::string> pieces = {
      "steel", "TRQ", "OR", "NOT", "AND", "NEAR", "near", "-", "--", "*", "**", "\"", "“", "”", "(", ")",
      ":", "title:", "body:", "^", "+", "{", "}", ",", "'", "\\", "\x01", "\t", " ", " ", " ", "é", "한국",
      "–", "NEAR(", "\"a b\"", "x*", "-y", "0", "1.5", "%", "_", ";", "DROP", "\xF0\x9F\x98\x80", "\xC3", std::string("\0", 1)};
  std::mt19937 rng(12345);
  int accepted = 0;
  for (int i = 0; i < 20000; ++i) {
    std::string q;
    int n = 1 + static_cast<int>(rng() % 8);
    for (int k = 0; k < n; ++k) {
      q += pieces[rng() % pieces.size()];
      if (rng() % 3) q += ' ';
    }
    auto r = tw::translate_query(q);
    if (!r.ok()) {
      EXPECT_FALSE(r.error().empty()) << q;
      continue;
    }
    ++accepted;
    std::string error;
    auto ids = fts.match(r.value(), &error);
    ASSERT_TRUE(ids.empty() || ids[0] != -1) << "query [" << q << "] -> [" << r.value() << "]: " << error;
  }
  EXPECT_GT(accepted, 5000);  // the generator must exercise the accepting path too
}

}  // namespace

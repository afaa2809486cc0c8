#include "store/rank.h"

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace tw::store {
namespace {

class RankTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_EQ(sqlite3_open(":memory:", &db_), SQLITE_OK);
    ASSERT_TRUE(register_rank_function(db_));
    exec("CREATE VIRTUAL TABLE t USING fts5(title, body, tokenize='porter unicode61 remove_diacritics 2')");
  }
  void TearDown() override { sqlite3_close(db_); }

  void exec(const std::string& sql) {
    char* err = nullptr;
    ASSERT_EQ(sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &err), SQLITE_OK) << (err ? err : "");
  }

  // (rowid, score) for every match of `match` scored by `fn`, in rowid order.
  std::vector<std::pair<int64_t, double>> scores(const std::string& fn, const std::string& match) {
    std::vector<std::pair<int64_t, double>> out;
    sqlite3_stmt* st = nullptr;
    std::string sql = "SELECT rowid, " + fn + "(t, 10.0, 1.0) FROM t WHERE t MATCH ? ORDER BY rowid";
    EXPECT_EQ(sqlite3_prepare_v2(db_, sql.c_str(), -1, &st, nullptr), SQLITE_OK) << sqlite3_errmsg(db_);
    sqlite3_bind_text(st, 1, match.c_str(), -1, SQLITE_TRANSIENT);
    while (sqlite3_step(st) == SQLITE_ROW) out.emplace_back(sqlite3_column_int64(st, 0), sqlite3_column_double(st, 1));
    sqlite3_finalize(st);
    return out;
  }

  sqlite3* db_ = nullptr;
};

TEST_F(RankTest, EqualsBm25BelowTheCap) {
  exec("INSERT INTO t VALUES ('Steel quotas', 'Canada cuts steel quotas for partners.')");
  exec("INSERT INTO t VALUES ('Trade talks', 'Ministers discussed steel, aluminium and critical minerals.')");
  exec("INSERT INTO t VALUES ('Critical minerals', 'A critical minerals partnership on supply chains.')");
  exec("INSERT INTO t VALUES ('Exports rise', 'Exports of semiconductors rose 10 percent.')");
  for (int i = 0; i < 20; ++i) exec("INSERT INTO t VALUES ('Filler " + std::to_string(i) + "', 'Nothing to see here.')");
  for (const char* q : {"\"steel\"", "\"critical minerals\"", "\"steel\" OR \"exports\"", "\"miner\"*", "\"steel\" NOT \"canada\""}) {
    auto ours = scores("tw_rank", q);
    auto fts = scores("bm25", q);
    ASSERT_EQ(ours.size(), fts.size()) << q;
    ASSERT_FALSE(ours.empty()) << q;
    for (size_t i = 0; i < ours.size(); ++i) {
      EXPECT_EQ(ours[i].first, fts[i].first) << q;
      EXPECT_NEAR(ours[i].second, fts[i].second, 1e-9) << q << " row " << ours[i].first;
    }
  }
}

TEST_F(RankTest, CommonPhrasesSaturateAtTheCap) {
  // More documents than the cap hold "trade": tw_rank weighs it as a phrase found in
  // kDocFrequencyCap documents, bm25() by its full count; the order of the rows is the same.
  exec("BEGIN");
  for (long i = 0; i < kDocFrequencyCap + 500; ++i)
    exec(i % 3 ? "INSERT INTO t VALUES ('Trade', 'trade trade')" : "INSERT INTO t VALUES ('Other', 'trade')");
  for (int i = 0; i < 30000; ++i) exec("INSERT INTO t VALUES ('x', 'y')");
  exec("COMMIT");
  auto ours = scores("tw_rank", "\"trade\"");
  ASSERT_EQ(ours.size(), static_cast<size_t>(kDocFrequencyCap + 500));
  EXPECT_LT(ours[1].second, ours[0].second) << "title and body hits rank above a body hit (lower is better)";
  auto fts = scores("bm25", "\"trade\"");
  ASSERT_EQ(fts.size(), ours.size());
  EXPECT_LT(fts[1].second, fts[0].second);
  const double rows = 40500, cap = kDocFrequencyCap, df = kDocFrequencyCap + 500;
  const double ratio = std::log((rows - cap + 0.5) / (cap + 0.5)) / std::log((rows - df + 0.5) / (df + 0.5));
  for (size_t i : {size_t{0}, size_t{1}}) EXPECT_NEAR(ours[i].second, fts[i].second * ratio, 1e-9) << i;

  // Sixteen phrases share the counting budget: "trade" now saturates at 5,000 documents. The
  // fifteen absent words add nothing to either score.
  std::string many = "\"trade\"";
  for (int i = 0; i < 15; ++i) many += " OR \"absent" + std::to_string(i) + "\"";
  auto ours16 = scores("tw_rank", many);
  auto fts16 = scores("bm25", many);
  ASSERT_EQ(ours16.size(), fts16.size());
  const double cap16 = doc_frequency_cap(16);
  ASSERT_EQ(cap16, 5000);
  const double ratio16 = std::log((rows - cap16 + 0.5) / (cap16 + 0.5)) / std::log((rows - df + 0.5) / (df + 0.5));
  for (size_t i : {size_t{0}, size_t{1}}) EXPECT_NEAR(ours16[i].second, fts16[i].second * ratio16, 1e-9) << i;
}

// A dates column weighted 0, ANDed to the user's words as the search does with a date range
// and named unscored: each row keeps the score it has in a table without that column.
TEST_F(RankTest, AFilterColumnAndItsPhrasesChangeNoScore) {
  exec("CREATE VIRTUAL TABLE d USING fts5(title, body, dates, tokenize='porter unicode61 remove_diacritics 2')");
  const char* docs[][3] = {{"Steel quotas", "Canada cuts steel quotas for partners.", "y2020 m202003 d20200315"},
                           {"Trade talks", "Ministers discussed steel and critical minerals.", "y2021 m202101 d20210105"},
                           {"Steel", "Steel steel steel, said the minister of steel.", "y2022 m202202 d20220202"},
                           {"Exports rise", "Exports of steel pipes rose.", "y2020 m202011 d20201130"}};
  for (const auto& doc : docs) {
    exec(std::string("INSERT INTO t VALUES ('") + doc[0] + "', '" + doc[1] + "')");
    exec(std::string("INSERT INTO d VALUES ('") + doc[0] + "', '" + doc[1] + "', '" + doc[2] + "')");
  }
  for (int i = 0; i < 10; ++i) {
    exec("INSERT INTO t VALUES ('Filler', 'Nothing here.')");
    exec("INSERT INTO d VALUES ('Filler', 'Nothing here.', 'y2020 m202001 d20200101')");
  }
  auto plain = scores("tw_rank", "\"steel\"");
  ASSERT_EQ(plain.size(), 4u);
  auto filtered = [&](const std::string& args, const std::string& match) {
    std::vector<std::pair<int64_t, double>> out;
    sqlite3_stmt* st = nullptr;
    std::string sql = "SELECT rowid, tw_rank(d, " + args + ") FROM d WHERE d MATCH ? ORDER BY rowid";
    EXPECT_EQ(sqlite3_prepare_v2(db_, sql.c_str(), -1, &st, nullptr), SQLITE_OK) << sqlite3_errmsg(db_);
    sqlite3_bind_text(st, 1, match.c_str(), -1, SQLITE_TRANSIENT);
    while (sqlite3_step(st) == SQLITE_ROW) out.emplace_back(sqlite3_column_int64(st, 0), sqlite3_column_double(st, 1));
    sqlite3_finalize(st);
    return out;
  };
  const std::string match = "{title body} : (\"steel\") AND dates : (y2020 OR y2022)";
  auto ours = filtered("10.0, 1.0, 0.0, 1000, 2", match);
  ASSERT_EQ(ours.size(), 3u);  // rows 1, 3 and 4: not the 2021 one
  for (const auto& [row, score] : ours) {
    auto same = std::find_if(plain.begin(), plain.end(), [&](const auto& p) { return p.first == row; });
    ASSERT_NE(same, plain.end()) << row;
    EXPECT_NEAR(score, same->second, 1e-9) << row;
  }
  // Scored as ordinary phrases, with the column counted in each row's length, the date terms
  // change the scores.
  auto counted = filtered("10.0, 1.0, 1.0", match);
  ASSERT_EQ(counted.size(), 3u);
  EXPECT_GT(std::abs(counted[0].second - ours[0].second), 1e-6);
}

TEST(DocFrequencyCap, FullUpToEightPhrasesThenSharedWithAFloor) {
  for (int n = 1; n <= 8; ++n) EXPECT_EQ(doc_frequency_cap(n), kDocFrequencyCap) << n;
  EXPECT_EQ(doc_frequency_cap(16), 5000);
  EXPECT_EQ(doc_frequency_cap(64), 1250);
  EXPECT_EQ(doc_frequency_cap(241), kMinDocFrequencyCap);
  EXPECT_EQ(doc_frequency_cap(0), kDocFrequencyCap);
}

}  // namespace
}  // namespace tw::store

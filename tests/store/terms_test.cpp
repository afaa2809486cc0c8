// The index's vocabulary table (store/terms.h): the writer keeps it equal to the terms FTS5
// holds, migration fills it from an existing index, and prefix searches rewritten with it find
// exactly what FTS5's own prefix expansion finds.
#include "store/terms.h"

#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "store/snippet.h"
#include "store/sqlite_db.h"
#include "tradewatch/feed.h"
#include "tradewatch/query.h"
#include "tradewatch/store.h"

namespace tw::store {
namespace {

namespace fs = std::filesystem;

class TermsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = (fs::temp_directory_path() / ("tw_terms_" + std::to_string(::getpid()) + ".db")).string();
    remove();
    std::vector<std::string> files;
    for (const auto& e : fs::directory_iterator(fs::path(TW_SOURCE_DIR) / "samples" / "seeds"))
      if (e.path().extension() == ".txt") files.push_back(e.path().string());
    std::sort(files.begin(), files.end());
    auto store = open_sqlite_store(path_, false);
    ASSERT_TRUE(store) << store.error();
    // One batch per file: later batches repeat most words, which the recorder has written.
    for (const auto& f : files) {
      std::vector<Record> batch;
      ASSERT_TRUE(read_feed(
          f,
          [&](Release&& r) {
            Record rec;
            rec.release = std::move(r);
            batch.push_back(std::move(rec));
          },
          [](const ReadError&) {}));
      IngestCounts counts;
      ASSERT_TRUE((*store)->put(batch, counts));
    }
  }
  void TearDown() override { remove(); }

  void remove() {
    for (const char* s : {"", "-wal", "-shm"}) fs::remove(path_ + s);
  }

  // Rows of a one-column query, through a separate plain connection (after `setup`, if any).
  std::vector<std::string> column(const std::string& sql, const std::string& arg = {}, const char* setup = nullptr) {
    sqlite3* db = nullptr;
    EXPECT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
    if (setup) {
      EXPECT_EQ(sqlite3_exec(db, setup, nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
    }
    sqlite3_stmt* st = nullptr;
    EXPECT_EQ(sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
    if (!arg.empty()) sqlite3_bind_text(st, 1, arg.c_str(), -1, SQLITE_TRANSIENT);
    std::vector<std::string> out;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) out.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
    EXPECT_EQ(rc, SQLITE_DONE) << sqlite3_errmsg(db);
    sqlite3_finalize(st);
    sqlite3_close(db);
    return out;
  }

  void exec(const std::string& sql) {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
    char* err = nullptr;
    EXPECT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err), SQLITE_OK) << (err ? err : "");
    sqlite3_free(err);
    sqlite3_close(db);
  }

  std::vector<std::string> stored_terms() { return column("SELECT term FROM fts_terms ORDER BY term"); }
  // The terms FTS5 itself holds, read through fts5vocab by a plain connection.
  std::vector<std::string> vocabulary() {
    return column("SELECT term FROM temp.vocab ORDER BY term", {},
                  "CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, releases_fts, row)");
  }

  std::string path_;
};

TEST_F(TermsTest, WriterKeepsTheIndexVocabulary) {
  const auto stored = stored_terms();
  EXPECT_GT(stored.size(), 1000u);
  EXPECT_EQ(stored, vocabulary());
  // Stemmed as the index stores them, not as written.
  EXPECT_TRUE(std::binary_search(stored.begin(), stored.end(), "tariff"));
  EXPECT_FALSE(std::binary_search(stored.begin(), stored.end(), "tariffs"));
}

TEST_F(TermsTest, ReingestAddsNothingAndKeepsTheVocabulary) {
  const auto before = stored_terms();
  auto store = open_sqlite_store(path_, false);
  ASSERT_TRUE(store);
  std::vector<Record> batch;
  Release r;
  r.id = "r-terms-new";
  r.title = "Zyxwvut quorbling";
  r.body = "Quorbling and zyxwvut, for the ministers.";
  r.published = "2025-01-02";
  Record rec;
  rec.release = r;
  batch.push_back(std::move(rec));
  IngestCounts counts;
  ASSERT_TRUE((*store)->put(batch, counts));
  auto after = stored_terms();
  EXPECT_EQ(after, vocabulary());
  // zyxwvut, quorbl, and the dates column's month and day (the year is stored already).
  EXPECT_EQ(after.size(), before.size() + 4);
  EXPECT_TRUE(std::binary_search(after.begin(), after.end(), "m202501"));
  EXPECT_TRUE(std::binary_search(after.begin(), after.end(), "d20250102"));
}

// The recorder on a bare connection: words it has written are not written again, and words
// of a batch that was discarded (rolled back) are written when they come again. tokenize: the
// table's tokenizer (the index's own arguments take IndexTokenizer's path, with its memo).
void records_each_word_once(const std::string& tokenize) {
  auto db = Db::open(":memory:", false);
  ASSERT_TRUE(db) << db.error();
  auto rec = TermRecorder::install((*db)->handle());
  ASSERT_TRUE(rec) << rec.error();
  TermRecorder& terms = **rec;
  ASSERT_TRUE((*db)->exec("CREATE VIRTUAL TABLE t USING fts5(body, tokenize = '" + tokenize + "');"
                          "CREATE TABLE fts_terms(term TEXT PRIMARY KEY) WITHOUT ROWID;"));
  auto count = [&] {
    auto q = (*db)->prepare("SELECT count(*) FROM fts_terms");
    EXPECT_TRUE(q);
    EXPECT_EQ(q->step(), SQLITE_ROW);
    return q->int64(0);
  };
  auto index = [&](const std::string& text, bool keep) {
    ASSERT_TRUE((*db)->exec("BEGIN"));
    terms.start();
    ASSERT_TRUE((*db)->exec("INSERT INTO t(body) VALUES ('" + text + "')"));
    terms.stop();
    if (keep) {
      ASSERT_TRUE(terms.flush(**db));
      ASSERT_TRUE((*db)->exec("COMMIT"));
    } else {
      terms.discard();
      ASSERT_TRUE((*db)->exec("ROLLBACK"));
    }
  };
  index("tariffs on steel", true);
  EXPECT_EQ(count(), 3);  // tariff, on, steel
  index("steel tariffs again", true);
  EXPECT_EQ(count(), 4);  // again
  index("quotas for aluminium", false);
  EXPECT_EQ(count(), 4);
  // The discarded words, and words written before the discard, all come back.
  ASSERT_TRUE((*db)->exec("DELETE FROM fts_terms WHERE term = 'steel'"));
  index("quotas for aluminium steel", true);
  EXPECT_EQ(count(), 7);  // quota, for, aluminium, steel
  // Rows indexed while the recorder is off add nothing, and leave the words unseen.
  ASSERT_TRUE((*db)->exec("INSERT INTO t(body) VALUES ('export controls')"));
  ASSERT_TRUE((*db)->exec("DELETE FROM fts_terms WHERE term IN ('quota', 'aluminium')"));
  EXPECT_EQ(count(), 5);
  index("export controls quotas aluminium", true);
  EXPECT_EQ(count(), 7);  // export, control; not quota and aluminium, written before
}

TEST(TermRecorder, RecordsEachWordOnceAndAgainAfterADiscard) { records_each_word_once("porter"); }

TEST(TermRecorder, RecordsEachWordOnceThroughTheIndexTokenizer) {
  records_each_word_once("porter unicode61 remove_diacritics 2");
}

TEST_F(TermsTest, MigrationFillsTheTableFromAnExistingIndex) {
  const auto before = stored_terms();
  exec("DROP TABLE fts_terms; PRAGMA user_version = 3;");
  auto store = open_sqlite_store(path_, false);
  ASSERT_TRUE(store) << store.error();
  EXPECT_EQ(stored_terms(), before);
}

TEST_F(TermsTest, TermsWithPrefixListsCompletionsOrNothingPastTheBound) {
  auto db = Db::open(path_, true);
  ASSERT_TRUE(db);
  auto some = terms_with_prefix(**db, "export", 48);
  ASSERT_TRUE(some);
  ASSERT_TRUE(*some);
  EXPECT_FALSE((*some)->empty());
  for (const auto& t : **some) EXPECT_EQ(t.rfind("export", 0), 0u) << t;
  EXPECT_TRUE(std::is_sorted((*some)->begin(), (*some)->end()));
  auto none = terms_with_prefix(**db, "zzzqqq", 48);
  ASSERT_TRUE(none && *none);
  EXPECT_TRUE((*none)->empty());
  auto many = terms_with_prefix(**db, "s", 48);  // hundreds of words start with s
  ASSERT_TRUE(many);
  EXPECT_FALSE(*many);
}

// Every prefix query, rewritten or left to FTS5, finds exactly the releases FTS5's own prefix
// expansion finds, also where a completion does not stem back to itself ("conclus" stems to
// "conclu").
TEST_F(TermsTest, PrefixSearchFindsWhatFts5PrefixFinds) {
  auto store = open_sqlite_store(path_, true);
  ASSERT_TRUE(store);
  for (const char* q : {"invest*", "export*", "min*", "semicon*", "tariff*", "trade invest*", "steel OR invest*",
                        "export* -invest*", "cooperat* NOT minist*", "co*", "st*", "ex*", "conclu*", "zzzqqq*", "\"supply ch\"*", "Korea*"}) {
    SCOPED_TRACE(q);
    auto native = translate_query(q);
    ASSERT_TRUE(native);
    auto expect = column("SELECT r.id FROM releases r WHERE r.pk IN (SELECT rowid FROM releases_fts WHERE "
                         "releases_fts MATCH ?) ORDER BY r.id",
                         *native);
    Filter f;
    f.limit = 100;
    auto res = (*store)->search(q, f, false);
    ASSERT_TRUE(res) << res.error();
    std::vector<std::string> got;
    for (const auto& h : res->hits) got.push_back(h.id);
    std::sort(got.begin(), got.end());
    EXPECT_EQ(got, expect);
    EXPECT_EQ(res->total, expect.size());
  }
  // The rewriting is not vacuous: these prefixes have completions within the bound.
  auto db = Db::open(path_, true);
  ASSERT_TRUE(db);
  for (const char* p : {"invest", "export", "semicon", "tariff", "co", "st", "ex"}) {
    auto t = terms_with_prefix(**db, p, kMaxPrefixTerms);
    ASSERT_TRUE(t && *t) << p;
    EXPECT_FALSE((*t)->empty()) << p;
  }
}

}  // namespace
}  // namespace tw::store

#include <fmt/format.h>
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <string>

#include "store/schema.h"
#include "tradewatch/json.h"
#include "tradewatch/store.h"

namespace {

namespace fs = std::filesystem;

class TempDb {
 public:
  TempDb() {
    static int n = 0;
    path_ = (fs::temp_directory_path() / ("tw_store_" + std::to_string(::getpid()) + "_" + std::to_string(++n) + ".db"))
                .string();
    remove();
  }
  ~TempDb() { remove(); }
  const std::string& path() const { return path_; }

  // Runs SQL on the file through a second connection, as another process would.
  void exec(const std::string& sql) {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
    char* err = nullptr;
    int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err);
    EXPECT_EQ(rc, SQLITE_OK) << (err ? err : "");
    sqlite3_free(err);
    sqlite3_close(db);
  }

 private:
  void remove() {
    for (const char* s : {"", "-wal", "-shm"}) fs::remove(path_ + s);
  }
  std::string path_;
};

std::unique_ptr<tw::Store> open(const std::string& path, bool ro = false) {
  auto s = tw::open_sqlite_store(path, ro);
  EXPECT_TRUE(s.ok()) << (s.ok() ? "" : s.error());
  return s.ok() ? std::move(s).value() : nullptr;
}

tw::Span body_span(const std::string& body, const std::string& text) {
  auto p = body.find(text);
  EXPECT_NE(p, std::string::npos) << text;
  return {static_cast<uint32_t>(p), static_cast<uint32_t>(p + text.size()), false};
}

tw::Record canada_steel() {
  tw::Record r;
  r.release.id = "r-00000000000000a1";
  r.release.title = "Korea and Canada Discuss Canada's Steel TRQ Measures";
  r.release.body =
      "Deputy Minister Park met Canadian officials in Ottawa. He expressed regret over Canada's steel tariff rate "
      "quota (TRQ) announced on November 26. Both sides agreed to continue talks.";
  r.release.category = "FTA/Economic Cooperation";
  r.release.published = "2025-12-01";
  r.story = "s-canada";
  const auto& b = r.release.body;
  r.x.countries = {{"CA", {body_span(b, "Canadian"), body_span(b, "Canada's")}}, {"KR", {{6, 11, true}}}};
  r.x.organizations = {{"Ministry of Trade, Industry and Resources", "MOTIR", "KR", {}}};
  r.x.people = {{"Park Jung-sung", {"Park"}, "Deputy Minister", "MOTIR", "KR", {body_span(b, "Park")}}};
  r.x.topics = {"steel", "trade_remedies"};
  tw::Event ev;
  ev.type = "meeting";
  ev.start = "2025-11-30";
  ev.country = "CA";
  ev.partners = {"CA", "KR"};
  ev.span = body_span(b, "Deputy Minister Park met Canadian officials");
  r.x.events = {ev};
  tw::Measure m;
  m.jurisdiction = "CA";
  m.kind = "tariff_rate_quota";
  m.sector = "steel";
  m.stance = "oppose";
  m.announced = "2025-11-26";
  m.span = body_span(b, "steel tariff rate quota (TRQ)");
  r.x.measures = {m};
  return r;
}

tw::Record japan_minerals() {
  tw::Record r;
  r.release.id = "r-00000000000000b2";
  r.release.title = "Korea and Japan Cooperate on Critical Minerals";
  r.release.body = "Korea and Japan agreed on critical minerals supply chains. Exports rose 5 percent.";
  r.release.published = "2025-11-20";
  r.story = "s-japan";
  r.x.countries = {{"JP", {body_span(r.release.body, "Japan")}}, {"KR", {body_span(r.release.body, "Korea")}}};
  r.x.topics = {"critical_minerals"};
  tw::Indicator i;
  i.metric = "exports";
  i.country = "KR";
  i.period = "2025-10";
  i.change_pct = 5;
  i.span = body_span(r.release.body, "Exports rose 5 percent");
  r.x.indicators = {i};
  tw::Agreement a;
  a.kind = "mou";
  a.parties = {"JP", "KR"};
  a.status = "signed";
  a.span = body_span(r.release.body, "agreed on critical minerals supply chains");
  r.x.agreements = {a};
  return r;
}

tw::Record mongolia_minerals() {
  tw::Record r;
  r.release.id = "r-00000000000000c3";
  r.release.title = "Rare Metals Center Opens in Mongolia";
  r.release.body = "A center for critical minerals cooperation opened in Ulaanbaatar, Mongolia.";
  r.release.published = "2025-12-11";
  r.story = "s-canada";  // shares a story only to exercise grouping
  r.x.countries = {{"MN", {body_span(r.release.body, "Mongolia")}}};
  r.x.topics = {"critical_minerals"};
  return r;
}

TEST(SqliteStore, CreatesWalDatabaseAtCurrentSchema) {
  TempDb t;
  auto s = open(t.path());
  ASSERT_TRUE(s);
  auto st = s->stats();
  ASSERT_TRUE(st.ok());
  EXPECT_EQ((*st)["releases"], 0);
  EXPECT_GE((*st)["schema_version"].get<int>(), 1);
  sqlite3* db = nullptr;
  sqlite3_open(t.path().c_str(), &db);
  sqlite3_stmt* q = nullptr;
  sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &q, nullptr);
  ASSERT_EQ(sqlite3_step(q), SQLITE_ROW);
  EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(q, 0)), "wal");
  sqlite3_finalize(q);
  sqlite3_close(db);
}

// The page size a database file was made with, read through a connection of its own.
int page_size_of(const std::string& path) {
  sqlite3* db = nullptr;
  if (sqlite3_open(path.c_str(), &db) != SQLITE_OK) return -1;
  sqlite3_stmt* q = nullptr;
  int size = -1;
  if (sqlite3_prepare_v2(db, "PRAGMA page_size", -1, &q, nullptr) == SQLITE_OK && sqlite3_step(q) == SQLITE_ROW)
    size = sqlite3_column_int(q, 0);
  sqlite3_finalize(q);
  sqlite3_close(db);
  return size;
}

TEST(SqliteStore, ANewDatabaseGetsLargePagesAnOldOneKeepsItsOwn) {
  TempDb fresh;
  ASSERT_TRUE(open(fresh.path()));
  EXPECT_EQ(page_size_of(fresh.path()), 32768);

  TempDb old;
  old.exec("PRAGMA page_size = 4096; CREATE TABLE earlier(x);");
  ASSERT_EQ(page_size_of(old.path()), 4096);
  auto s = open(old.path());
  ASSERT_TRUE(s);
  auto st = s->stats();
  ASSERT_TRUE(st.ok());
  EXPECT_EQ((*st)["releases"], 0);
  EXPECT_EQ(page_size_of(old.path()), 4096);
}

TEST(SqliteStore, RefusesDatabaseFromANewerVersionAndMissingFileReadOnly) {
  TempDb t;
  { auto s = open(t.path()); }
  t.exec("PRAGMA user_version = 999");
  auto s = tw::open_sqlite_store(t.path());
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.error().find("newer"), std::string::npos) << s.error();

  TempDb missing;
  auto ro = tw::open_sqlite_store(missing.path(), true);
  ASSERT_FALSE(ro.ok());
  EXPECT_NE(ro.error().find("no database"), std::string::npos) << ro.error();
  EXPECT_FALSE(fs::exists(missing.path()));  // a read-only open never creates the file
}

// A database written at schema version 1 is upgraded in place on open, keeping its data.
TEST(SqliteStore, MigratesAVersionOneDatabase) {
  TempDb t;
  const auto steps = tw::store::migrations();
  ASSERT_GE(steps.size(), 2u);
  t.exec(std::string(steps[0].sql) + "; PRAGMA user_version = 1;");
  t.exec(
      "INSERT INTO releases(pk, id, title, body, published, extraction) VALUES (1, 'r-0000000000000001', "
      "'Old title', 'Old steel body.', '2020-01-02', '{}');"
      "INSERT INTO releases_fts(rowid, title, body) VALUES (1, 'Old title', 'Old steel body.');"
      "INSERT INTO mentions(rel, kind, value, name) VALUES (1, 'org', 'WTO', 'World Trade Organization');"
      "INSERT INTO mentions(rel, kind, value, name) VALUES (1, 'country', 'CA', NULL);");
  auto s = open(t.path());
  ASSERT_TRUE(s);
  EXPECT_EQ((*s->stats())["schema_version"], tw::store::schema_version());
  EXPECT_EQ(s->search("steel", {}, false)->total, 1u);
  // A text search with a date or category filter tests its matches through the key-order
  // index of version 6.
  tw::Filter dated;
  dated.from = "2020-01-01";
  dated.to = "2020-01";
  auto in_range = s->search("steel", dated, false);
  ASSERT_TRUE(in_range.ok()) << in_range.error();
  EXPECT_EQ(in_range->total, 1u);
  dated.from = "2021-01-01";
  dated.to.clear();
  EXPECT_EQ(s->search("steel", dated, false)->total, 0u);
  // Facet values are derived from the mentions already stored.
  auto all = s->search("", {}, true);
  ASSERT_TRUE(all.ok()) << all.error();
  ASSERT_EQ(all->facets["countries"].size(), 1u);
  EXPECT_EQ(all->facets["countries"][0].value, "CA");
  ASSERT_EQ(all->facets["years"].size(), 1u);
  EXPECT_EQ(all->facets["years"][0].value, "2020");
  tw::Filter f;
  f.orgs = {"World Trade Organization"};
  EXPECT_EQ(s->search("", f, false)->total, 1u);
  f.orgs = {"wto"};
  EXPECT_EQ(s->search("", f, false)->total, 1u);
  auto orgs = s->entities("org", {});
  ASSERT_EQ(orgs->size(), 1u);
  EXPECT_EQ((*orgs)[0]["name"], "World Trade Organization");
  // Reopening an up-to-date file runs no step again.
  s.reset();
  auto again = open(t.path());
  EXPECT_EQ((*again->stats())["mentions"]["org"], 1);
}

// The indexes set aside by a large load, as sqlite_master lists them: name → definition.
std::map<std::string, std::string> deferrable_in_file(TempDb& t) {
  std::map<std::string, std::string> out;
  sqlite3* db = nullptr;
  EXPECT_EQ(sqlite3_open(t.path().c_str(), &db), SQLITE_OK);
  sqlite3_stmt* q = nullptr;
  sqlite3_prepare_v2(db, "SELECT name, sql FROM sqlite_master WHERE type = 'index'", -1, &q, nullptr);
  while (sqlite3_step(q) == SQLITE_ROW) {
    std::string name = reinterpret_cast<const char*>(sqlite3_column_text(q, 0));
    for (const auto& ix : tw::store::deferrable_indexes())
      if (ix.name == name) out[name] = reinterpret_cast<const char*>(sqlite3_column_text(q, 1));
  }
  sqlite3_finalize(q);
  sqlite3_close(db);
  return out;
}

// The rebuilt indexes are the ones the migrations create, so setting them aside and back
// leaves the schema as a fresh database has it.
TEST(SqliteStore, DeferrableIndexesAreTheMigrationsOwn) {
  TempDb t;
  { auto s = open(t.path()); }
  auto ixs = deferrable_in_file(t);
  ASSERT_EQ(ixs.size(), tw::store::deferrable_indexes().size());
  for (const auto& ix : tw::store::deferrable_indexes())
    EXPECT_EQ(ixs[std::string(ix.name)], fmt::format("CREATE INDEX {} {}", ix.name, ix.on));
}

TEST(SqliteStore, BulkLoadSetsIndexesAsideAndRebuildsThem) {
  TempDb t;
  auto s = open(t.path());
  ASSERT_TRUE(s);
  auto b = s->begin_bulk(1000);
  ASSERT_TRUE(b.ok()) << b.error();
  EXPECT_TRUE(*b);
  EXPECT_TRUE(deferrable_in_file(t).empty());
  tw::IngestCounts c;
  ASSERT_TRUE(s->put({canada_steel(), mongolia_minerals()}, c).ok());
  // Answers stay right while the indexes are aside, a text search within dates too (it tests
  // its matches through release_keys' rows instead of the narrow index).
  tw::Filter f;
  f.countries = {"MN"};
  EXPECT_EQ(s->search("", f, false)->total, 1u);
  tw::Filter dated;
  dated.from = dated.to = "2025-12-01";
  auto steel = s->search("steel", dated, false);
  ASSERT_TRUE(steel.ok()) << steel.error();
  EXPECT_EQ(steel->total, 1u);
  ASSERT_TRUE(s->end_bulk().ok());
  EXPECT_EQ(s->search("steel", dated, false)->total, 1u);
  EXPECT_EQ(deferrable_in_file(t).size(), tw::store::deferrable_indexes().size());
  EXPECT_EQ(s->search("", f, false)->total, 1u);
  f.from = f.to = "2025-12-11";
  EXPECT_EQ(s->search("", f, false)->total, 1u);
  EXPECT_EQ((*s->stories({}))[0]["size"], 2);

  // A load no larger than what is stored keeps them.
  auto small = s->begin_bulk(2);
  ASSERT_TRUE(small.ok());
  EXPECT_FALSE(*small);
  EXPECT_EQ(deferrable_in_file(t).size(), tw::store::deferrable_indexes().size());
  EXPECT_TRUE(s->end_bulk().ok());
}

// A store dropped in the middle of a load rebuilds them; a process killed there leaves them
// to the next writable open.
TEST(SqliteStore, AnInterruptedBulkLoadGetsItsIndexesBack) {
  TempDb t;
  {
    auto s = open(t.path());
    ASSERT_TRUE(*s->begin_bulk(1000));
    tw::IngestCounts c;
    ASSERT_TRUE(s->put({canada_steel()}, c).ok());
  }
  EXPECT_EQ(deferrable_in_file(t).size(), tw::store::deferrable_indexes().size());
  t.exec("DROP INDEX mentions_value; DROP INDEX release_keys_published;");  // as a killed load leaves them
  { auto ro = open(t.path(), true); }  // a reader changes nothing
  EXPECT_EQ(deferrable_in_file(t).size(), tw::store::deferrable_indexes().size() - 2);
  { auto s = open(t.path()); }
  EXPECT_EQ(deferrable_in_file(t).size(), tw::store::deferrable_indexes().size());
  auto ro = open(t.path(), true);
  EXPECT_FALSE(ro->begin_bulk(1000).ok());  // read-only
}

TEST(SqliteStore, PutIsIdempotentAndMergesAMissingCategory) {
  TempDb t;
  auto s = open(t.path());
  tw::IngestCounts c;
  auto no_category = canada_steel();
  no_category.release.category.reset();
  ASSERT_TRUE(s->put({no_category, japan_minerals()}, c).ok());
  EXPECT_EQ(c.read, 2u);
  EXPECT_EQ(c.inserted, 2u);

  // Same releases again: nothing new; the copy with a category fills the stored null.
  tw::IngestCounts again;
  ASSERT_TRUE(s->put({canada_steel(), japan_minerals(), no_category}, again).ok());
  EXPECT_EQ(again.read, 3u);
  EXPECT_EQ(again.inserted, 0u);
  EXPECT_EQ(again.merged, 1u);
  EXPECT_EQ(again.unchanged, 2u);

  // A later copy without a category never erases the stored one.
  tw::IngestCounts third;
  ASSERT_TRUE(s->put({no_category}, third).ok());
  EXPECT_EQ(third.unchanged, 1u);
  auto got = s->get(canada_steel().release.id);
  ASSERT_TRUE(got.ok() && got->has_value());
  EXPECT_EQ((*got)->release.category, std::optional<std::string>("FTA/Economic Cooperation"));
  auto st = s->stats();
  EXPECT_EQ((*st)["releases"], 2);
  EXPECT_EQ((*st)["mentions"]["country"], 4);  // not doubled by the re-puts
  EXPECT_EQ((*st)["facts"]["measures"], 1);
}

TEST(SqliteStore, GetReturnsTheRecordAsStored) {
  TempDb t;
  auto s = open(t.path());
  tw::IngestCounts c;
  auto rec = canada_steel();
  ASSERT_TRUE(s->put({rec, japan_minerals()}, c).ok());
  auto got = s->get(rec.release.id);
  ASSERT_TRUE(got.ok());
  ASSERT_TRUE(got->has_value());
  EXPECT_EQ(tw::to_json(**got).dump(), tw::to_json(rec).dump());
  auto none = s->get("r-ffffffffffffffff");
  ASSERT_TRUE(none.ok());
  EXPECT_FALSE(none->has_value());
}

// Records encoded ahead (encode_record, as ingest's pool does) are stored exactly as records
// given plain: the same record back, the same facts, entities and search facets.
TEST(SqliteStore, EncodedRecordsAreStoredAsPlainOnes) {
  TempDb plain_db, encoded_db;
  auto plain = open(plain_db.path());
  auto encoded = open(encoded_db.path());
  const std::vector<tw::Record> records = {japan_minerals(), canada_steel(), mongolia_minerals()};
  tw::IngestCounts c1, c2;
  ASSERT_TRUE(plain->put(records, c1).ok());
  std::vector<tw::EncodedRecord> batch;
  for (const auto& r : records) batch.push_back(tw::encode_record(r));
  // One left plain, as ingest leaves a release it knows is stored: put_encoded encodes it.
  batch[1] = tw::EncodedRecord{};
  batch[1].record = records[1];
  ASSERT_FALSE(batch[1].encoded);
  ASSERT_TRUE(encoded->put_encoded(batch, c2).ok());
  EXPECT_EQ(c2.inserted, 3u);
  for (const auto& r : records) {
    auto a = plain->get(r.release.id), b = encoded->get(r.release.id);
    ASSERT_TRUE(a.ok() && b.ok() && a->has_value() && b->has_value());
    EXPECT_EQ(tw::to_json(**b).dump(), tw::to_json(**a).dump());
  }
  for (const char* table : {"events", "agreements", "measures", "indicators"})
    EXPECT_EQ(encoded->facts(table, {})->dump(), plain->facts(table, {})->dump()) << table;
  EXPECT_EQ(encoded->entities("", {})->dump(), plain->entities("", {})->dump());
  auto fa = plain->search("", {}, true), fb = encoded->search("", {}, true);
  ASSERT_TRUE(fa.ok() && fb.ok());
  auto flat = [](const tw::SearchResult& r) {
    std::string out;
    for (const auto& [name, counts] : r.facets)
      for (const auto& f : counts) out += fmt::format("{}:{}={};", name, f.value, f.count);
    return out;
  };
  EXPECT_EQ(flat(*fb), flat(*fa));
  EXPECT_FALSE(fa->facets.at("countries").empty());
  // Re-put of stored records changes nothing either way.
  tw::IngestCounts again;
  ASSERT_TRUE(encoded->put_encoded(batch, again).ok());
  EXPECT_EQ(again.unchanged, 3u);
}

// Records handed over one at a time (put_stream, as ingest's writer takes them) land as a batch
// given whole: the same records, in one transaction.
TEST(SqliteStore, StreamedRecordsAreStoredAsABatch) {
  TempDb batch_db, stream_db;
  auto batched = open(batch_db.path());
  auto streamed = open(stream_db.path());
  const std::vector<tw::Record> records = {japan_minerals(), canada_steel(), mongolia_minerals()};
  std::vector<tw::EncodedRecord> batch;
  for (const auto& r : records) batch.push_back(tw::encode_record(r));
  tw::IngestCounts c1, c2;
  ASSERT_TRUE(batched->put_encoded(batch, c1).ok());
  size_t next = 0, asked = 0;
  ASSERT_TRUE(streamed
                  ->put_stream(
                      [&]() -> const tw::EncodedRecord* {
                        ++asked;
                        return next < batch.size() ? &batch[next++] : nullptr;
                      },
                      c2)
                  .ok());
  EXPECT_EQ(asked, 4u);  // each record, then the end
  EXPECT_EQ(c2.inserted, 3u);
  for (const auto& r : records) {
    auto a = batched->get(r.release.id), b = streamed->get(r.release.id);
    ASSERT_TRUE(a.ok() && b.ok() && a->has_value() && b->has_value());
    EXPECT_EQ(tw::to_json(**b).dump(), tw::to_json(**a).dump());
  }
  EXPECT_EQ(streamed->search("minerals", {}, true)->total, batched->search("minerals", {}, true)->total);
  EXPECT_EQ(streamed->search("minerals", {}, false)->total, 2u);
}

TEST(SqliteStore, BatchIsAllOrNothing) {
  TempDb t;
  { auto s = open(t.path()); }
  // Make the second release of a batch fail inside the transaction.
  t.exec("CREATE TRIGGER boom BEFORE INSERT ON mentions WHEN NEW.value = 'MN' BEGIN SELECT RAISE(ABORT, 'boom'); END");
  auto s = open(t.path());
  tw::IngestCounts c;
  auto st = s->put({canada_steel(), mongolia_minerals()}, c);
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(c.read, 0u);  // counts describe only committed work
  EXPECT_EQ(c.inserted, 0u);
  EXPECT_EQ((*s->stats())["releases"], 0);
  EXPECT_TRUE(s->search("steel", {}, false)->hits.empty());  // nor in the full-text index
  ASSERT_TRUE(s->put({canada_steel()}, c).ok());
  EXPECT_EQ(c.inserted, 1u);
}

TEST(SqliteStore, SearchRanksFiltersAndHighlights) {
  TempDb t;
  auto s = open(t.path());
  tw::IngestCounts c;
  ASSERT_TRUE(s->put({japan_minerals(), canada_steel(), mongolia_minerals()}, c).ok());

  auto r = s->search("steel TRQ", {}, false);
  ASSERT_TRUE(r.ok()) << r.error();
  ASSERT_EQ(r->hits.size(), 1u);
  EXPECT_EQ(r->hits[0].id, canada_steel().release.id);
  EXPECT_GT(r->hits[0].score, 0);
  EXPECT_NE(r->hits[0].snippet.find("\x02steel\x03"), std::string::npos) << r->hits[0].snippet;

  auto minerals = s->search("\"critical minerals\"", {}, false);
  ASSERT_EQ(minerals->total, 2u);
  // The title match weighs more than a body-only match.
  EXPECT_EQ(minerals->hits[0].id, japan_minerals().release.id);

  auto not_japan = s->search("\"critical minerals\" -Japan", {}, false);
  ASSERT_EQ(not_japan->hits.size(), 1u);
  EXPECT_EQ(not_japan->hits[0].id, mongolia_minerals().release.id);

  tw::Filter f;
  f.countries = {"mn"};  // codes match regardless of case
  EXPECT_EQ(s->search("minerals", f, false)->total, 1u);
  f.countries = {"CA' OR 1=1 --"};
  auto injected = s->search("minerals", f, false);
  ASSERT_TRUE(injected.ok());
  EXPECT_EQ(injected->total, 0u);

  tw::Filter dates;
  dates.from = "2025-12";
  EXPECT_EQ(s->search("minerals", dates, false)->total, 1u);
  dates.from.clear();
  dates.to = "2025-11";  // a month prefix includes every day of it
  EXPECT_EQ(s->search("minerals", dates, false)->total, 1u);

  tw::Filter people;
  people.people = {"Park"};  // an alias
  EXPECT_EQ(s->search("", people, false)->total, 1u);
  tw::Filter org;
  org.orgs = {"Ministry of Trade, Industry and Resources"};  // a full name; the acronym works too
  EXPECT_EQ(s->search("", org, false)->total, 1u);
  org.orgs = {"motir"};
  EXPECT_EQ(s->search("", org, false)->total, 1u);
  tw::Filter topic;
  topic.topics = {"critical_minerals"};
  auto by_date = s->search("", topic, false);
  ASSERT_EQ(by_date->hits.size(), 2u);
  EXPECT_EQ(by_date->hits[0].published, "2025-12-11");  // newest first without a text query

  auto bad = s->search("\"unclosed", {}, false);
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.error().find("unbalanced quote"), std::string::npos);
}

TEST(SqliteStore, SearchFacetsCountTheMatchingReleases) {
  TempDb t;
  auto s = open(t.path());
  tw::IngestCounts c;
  ASSERT_TRUE(s->put({japan_minerals(), canada_steel(), mongolia_minerals()}, c).ok());
  auto r = s->search("minerals", {}, true);
  ASSERT_TRUE(r.ok()) << r.error();
  auto count_of = [&](const std::string& facet, const std::string& value) -> uint64_t {
    for (const auto& fc : r->facets[facet])
      if (fc.value == value) return fc.count;
    return 0;
  };
  EXPECT_EQ(count_of("topics", "critical_minerals"), 2u);
  EXPECT_EQ(count_of("countries", "JP"), 1u);
  EXPECT_EQ(count_of("countries", "CA"), 0u);  // not among the hits
  EXPECT_EQ(count_of("years", "2025"), 2u);
  EXPECT_EQ(r->facets_over, r->total);  // a small result: exact counts
}

// kind narrows a search to releases reporting an event of that type (the event-type facet).
TEST(SqliteStore, SearchFiltersByEventType) {
  TempDb t;
  auto s = open(t.path());
  tw::IngestCounts c;
  ASSERT_TRUE(s->put({japan_minerals(), canada_steel(), mongolia_minerals()}, c).ok());
  tw::Filter f;
  f.kind = "meeting";
  for (const char* q : {"", "steel", "Canada"}) {
    auto r = s->search(q, f, true);
    ASSERT_TRUE(r.ok()) << r.error();
    ASSERT_EQ(r->total, 1u) << q;
    EXPECT_EQ(r->hits[0].id, canada_steel().release.id) << q;
    ASSERT_FALSE(r->facets["event_types"].empty());
    EXPECT_EQ(r->facets["event_types"][0].value, "meeting");
  }
  f.kind = "summit";
  EXPECT_EQ(s->search("", f, false)->total, 0u);
  EXPECT_EQ(s->search("steel", f, false)->total, 0u);
  f.countries = {"CA"};
  f.kind = "meeting";
  EXPECT_EQ(s->search("", f, false)->total, 1u) << "with a mention filter, not counted by the mention alone";
  f.kind = "summit";
  EXPECT_EQ(s->search("", f, false)->total, 0u) << "with a mention filter, not counted by the mention alone";
}

TEST(SqliteStore, SearchPagesFacetsAndTotalsOnALargeResult) {
  TempDb t;
  auto s = open(t.path());
  std::vector<tw::Record> batch;
  for (int i = 0; i < 1100; ++i) {
    tw::Record r;
    r.release.id = "r-" + std::to_string(100000 + i);
    // Even releases say "steel" twice in the title, so they rank above the odd ones.
    r.release.title = i % 2 ? "Release " + std::to_string(i) + " on steel" : "Steel steel " + std::to_string(i);
    r.release.body = "About steel and trade.";
    r.release.published = i < 300 ? "2024-06-01" : "2025-01-01";
    batch.push_back(std::move(r));
  }
  tw::IngestCounts c;
  ASSERT_TRUE(s->put(batch, c).ok());
  tw::Filter f;
  f.limit = 10;
  f.offset = 545;  // the page straddles the even/odd boundary at 550
  auto r = s->search("steel", f, true);
  ASSERT_TRUE(r.ok()) << r.error();
  EXPECT_EQ(r->total, 1100u);
  ASSERT_EQ(r->hits.size(), 10u);
  for (size_t i = 0; i < r->hits.size(); ++i) {
    const bool even = r->hits[i].title.starts_with("Steel steel");
    EXPECT_EQ(even, i < 5) << i << " " << r->hits[i].title;
    EXPECT_NE(r->hits[i].snippet.find('\x02'), std::string::npos) << "snippet marks the match";
    if (i) {
      EXPECT_GE(r->hits[i - 1].score, r->hits[i].score);
    }
  }
  // Facets cover the best-ranked 1000 matches only.
  EXPECT_EQ(r->facets_over, 1000u);
  uint64_t years = 0;
  for (const auto& fc : r->facets["years"]) years += fc.count;
  EXPECT_EQ(years, 1000u);
  // Past the end: no hits, the total still right.
  f.offset = 1100;
  auto past = s->search("steel", f, false);
  ASSERT_TRUE(past.ok());
  EXPECT_EQ(past->total, 1100u);
  EXPECT_TRUE(past->hits.empty());
  // Without a text query: newest first, paged the same way.
  f.offset = 795;
  auto listing = s->search("", f, true);
  ASSERT_TRUE(listing.ok());
  EXPECT_EQ(listing->total, 1100u);
  ASSERT_EQ(listing->hits.size(), 10u);
  EXPECT_EQ(listing->hits[4].published, "2025-01-01");
  EXPECT_EQ(listing->hits[5].published, "2024-06-01");
  EXPECT_EQ(listing->facets_over, 1000u);
}

// Stories order by their latest release, then by size, then by key; filters and pages apply.
TEST(SqliteStore, StoriesOrderByLatestReleaseThenSize) {
  TempDb t;
  auto s = open(t.path());
  std::vector<tw::Record> batch;
  int n = 0;
  auto add = [&](const std::string& story, const std::string& date) {
    tw::Record r;
    r.release.id = "r-st" + std::to_string(++n);
    r.release.title = "Release " + std::to_string(n);
    r.release.body = "Body.";
    r.release.published = date;
    r.story = story;
    batch.push_back(std::move(r));
  };
  add("s-a", "2025-01-01");
  add("s-c", "2025-02-01");
  add("s-a", "2025-03-01");
  add("s-b", "2025-03-01");
  add("s-c", "2025-02-01");
  add("s-d", "2024-12-01");
  add("s-c", "2025-01-15");
  tw::IngestCounts c;
  ASSERT_TRUE(s->put(batch, c).ok());
  auto keys = [&](const tw::Filter& f) {
    auto r = s->stories(f);
    EXPECT_TRUE(r.ok()) << r.error();
    std::vector<std::string> out;
    if (r.ok())
      for (const auto& st : *r) out.push_back(st["story"].get<std::string>() + ":" + st["first"].get<std::string>());
    return out;
  };
  EXPECT_EQ(keys({}), (std::vector<std::string>{"s-a:2025-01-01", "s-b:2025-03-01", "s-c:2025-01-15", "s-d:2024-12-01"}));
  tw::Filter page;
  page.limit = 2;
  page.offset = 1;
  EXPECT_EQ(keys(page), (std::vector<std::string>{"s-b:2025-03-01", "s-c:2025-01-15"}));
  // From February: s-a and s-b tie on date and size (one release each), so by key.
  tw::Filter feb;
  feb.from = "2025-02";
  EXPECT_EQ(keys(feb), (std::vector<std::string>{"s-a:2025-03-01", "s-b:2025-03-01", "s-c:2025-02-01"}));
}

// A search reads in one transaction and ends it: afterwards a checkpoint by another connection
// is not held back by it.
TEST(SqliteStore, SearchLeavesNoTransactionOpen) {
  TempDb t;
  auto s = open(t.path());
  tw::IngestCounts c;
  ASSERT_TRUE(s->put({canada_steel()}, c).ok());
  auto r = s->search("steel", {}, true);
  ASSERT_TRUE(r.ok()) << r.error();
  EXPECT_EQ(r->total, 1u);
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(t.path().c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, "SELECT count(*) FROM releases", nullptr, nullptr, nullptr), SQLITE_OK);  // opens the WAL
  int log = -1, done = -1;
  EXPECT_EQ(sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_TRUNCATE, &log, &done), SQLITE_OK)
      << sqlite3_errmsg(db);
  EXPECT_EQ(log, 0);
  sqlite3_close(db);
  // And the store still writes.
  tw::Record other = canada_steel();
  other.release.id = "r-00000000000000b2";
  ASSERT_TRUE(s->put({other}, c).ok());
}

// A text query filtered by rarely named values walks only the key range their releases lie in;
// the answer is the same as a walk over every match.
TEST(SqliteStore, RareFilterValuesConfineTheWalkWithoutChangingTheAnswer) {
  TempDb t;
  auto s = open(t.path());
  std::vector<tw::Record> batch;
  for (int i = 0; i < 3000; ++i) {
    tw::Record r;
    r.release.id = "r-" + std::to_string(200000 + i);
    r.release.title = "Steel talks " + std::to_string(i);
    r.release.body = "Minister Early and Minister Late discussed steel.";
    r.release.published = "2025-01-01";
    const tw::Span early = body_span(r.release.body, "Early"), late = body_span(r.release.body, "Late");
    if (i == 10 || i == 20) r.x.people.push_back({"Early", {}, "Minister", "", "", {early}});
    if (i == 2990) r.x.people.push_back({"Late", {}, "Minister", "", "", {late}});
    batch.push_back(std::move(r));
  }
  tw::IngestCounts c;
  ASSERT_TRUE(s->put(batch, c).ok());
  auto search = [&](std::vector<std::string> people) {
    tw::Filter f;
    f.people = std::move(people);
    auto r = s->search("steel", f, false);
    EXPECT_TRUE(r.ok()) << r.error();
    return r.ok() ? *r : tw::SearchResult{};
  };
  auto early = search({"Early"});
  EXPECT_EQ(early.total, 2u);
  EXPECT_TRUE(early.total_exact);
  ASSERT_EQ(early.hits.size(), 2u);
  EXPECT_EQ(early.hits[0].id, "r-200020");  // equal scores: newest first
  EXPECT_EQ(early.hits[1].id, "r-200010");
  auto late = search({"Late"});
  ASSERT_EQ(late.hits.size(), 1u);
  EXPECT_EQ(late.hits[0].id, "r-202990");
  // Both at once: their ranges do not meet, and nothing holds both.
  auto both = search({"Early", "Late"});
  EXPECT_EQ(both.total, 0u);
  EXPECT_TRUE(both.hits.empty());
  auto nobody = search({"Nobody"});
  EXPECT_EQ(nobody.total, 0u);
  EXPECT_TRUE(nobody.total_exact);
}

// A date range holding few releases confines the walk to their keys too; the answer is the same.
TEST(SqliteStore, NarrowDateRangesConfineTheWalkWithoutChangingTheAnswer) {
  TempDb t;
  auto s = open(t.path());
  std::vector<tw::Record> batch;
  for (int i = 0; i < 1200; ++i) {  // in date order, as a feed arrives: 2020-01 .. 2024-12
    tw::Record r;
    r.release.id = "r-" + std::to_string(300000 + i);
    r.release.title = "Steel talks " + std::to_string(i);
    r.release.body = "Ministers discussed steel.";
    r.release.published = fmt::format("{}-{:02}-{:02}", 2020 + i / 240, 1 + (i / 20) % 12, 1 + i % 20);
    batch.push_back(std::move(r));
  }
  batch[5].release.published = "2024-06-03";  // one release out of order
  tw::IngestCounts c;
  ASSERT_TRUE(s->put(batch, c).ok());
  auto search = [&](const std::string& from, const std::string& to) {
    tw::Filter f;
    f.from = from;
    f.to = to;
    f.limit = 100;
    auto r = s->search("steel", f, false);
    EXPECT_TRUE(r.ok()) << r.error();
    return r.ok() ? *r : tw::SearchResult{};
  };
  auto june = search("2024-06", "2024-06");
  EXPECT_EQ(june.total, 21u);  // twenty in order and the one out of it
  EXPECT_TRUE(june.total_exact);
  ASSERT_EQ(june.hits.size(), 21u);
  EXPECT_TRUE(std::any_of(june.hits.begin(), june.hits.end(), [](const auto& h) { return h.id == "r-300005"; }));
  for (const auto& h : june.hits) EXPECT_TRUE(h.published.starts_with("2024-06")) << h.published;
  auto none = search("2019-01", "2019-12");
  EXPECT_EQ(none.total, 0u);
  EXPECT_TRUE(none.total_exact);
  auto from = search("2024-12-15", "");
  EXPECT_EQ(from.total, 6u);  // 2024-12-15 .. 2024-12-20
}

// Dates in no order of the keys (a backfill, several feeds at once): a text search with a date
// range finds exactly the matches in the range, ranked with the scores they have unfiltered,
// and an exclusion or a prefix keeps working beside the range.
TEST(SqliteStore, DateRangesOverDatesInNoKeyOrderKeepExactlyTheRange) {
  TempDb t;
  auto s = open(t.path());
  std::vector<tw::Record> batch;
  std::vector<std::string> dates;
  uint32_t seed = 12345;
  auto next = [&] { return seed = seed * 1103515245u + 12345u, (seed >> 8) % 100000; };
  for (int i = 0; i < 1500; ++i) {
    tw::Record r;
    r.release.id = "r-" + std::to_string(400000 + i);
    r.release.title = i % 3 ? "Trade talks " + std::to_string(i) : "Steel quotas " + std::to_string(i);
    r.release.body = "Ministers discussed steel" + std::string(static_cast<size_t>(i % 4) * 6, ' ') +
                     std::string(i % 4 ? " and steel pipes" : "") + (i % 7 ? " in Seoul." : " in Tokyo with Japan.");
    r.release.published = fmt::format("{}-{:02}-{:02}", 2019 + next() % 5, 1 + next() % 12, 1 + next() % 28);
    dates.push_back(r.release.published);
    batch.push_back(std::move(r));
  }
  tw::IngestCounts c;
  ASSERT_TRUE(s->put(batch, c).ok());
  tw::Filter all;
  all.limit = 100;
  all.offset = 0;
  std::map<std::string, double> unfiltered;  // id → score, every match ranked (fewer than the window)
  for (size_t off = 0; off < 1500; off += 100) {
    all.offset = off;
    auto r = s->search("steel", all, false);
    ASSERT_TRUE(r.ok()) << r.error();
    for (const auto& h : r->hits) unfiltered[h.id] = h.score;
  }
  ASSERT_EQ(unfiltered.size(), 1500u);
  auto in = [](const std::string& d, const std::string& from, const std::string& to) {
    return (from.empty() || d >= from) && (to.empty() || d <= to + "~");
  };
  const std::pair<std::string, std::string> ranges[] = {{"2020-01-01", "2021-12-31"}, {"2020", "2020"},
                                                        {"2021-03-17", "2021-05-02"}, {"2022-02", ""},
                                                        {"", "2019-06-30"},           {"2023-12-28", "2024-01-03"}};
  uint64_t excluded = 0;  // matches in Tokyo, left out by "-Tokyo"
  for (const auto& [from, to] : ranges) {
    tw::Filter f;
    f.from = from;
    f.to = to;
    f.limit = 200;
    auto r = s->search("steel", f, false);
    ASSERT_TRUE(r.ok()) << r.error();
    const auto expected = std::count_if(dates.begin(), dates.end(), [&](const auto& d) { return in(d, from, to); });
    EXPECT_EQ(r->total, static_cast<uint64_t>(expected)) << from << " .. " << to;
    EXPECT_TRUE(r->total_exact);
    EXPECT_EQ(r->hits.size(), std::min<size_t>(200, static_cast<size_t>(expected)));
    for (const auto& h : r->hits) {
      EXPECT_TRUE(in(h.published, from, to)) << h.published << " not in " << from << " .. " << to;
      EXPECT_NEAR(h.score, unfiltered[h.id], 1e-9) << h.id;
    }
    // An exclusion and a prefix with the same range.
    auto tokyo = s->search("steel -Tokyo", f, false);
    ASSERT_TRUE(tokyo.ok()) << tokyo.error();
    EXPECT_LE(tokyo->total, r->total);
    excluded += r->total - tokyo->total;
    for (const auto& h : tokyo->hits) EXPECT_NE((std::stoi(h.id.substr(2)) - 400000) % 7, 0) << h.id;
    auto pipes = s->search("pip*", f, false);
    ASSERT_TRUE(pipes.ok()) << pipes.error();
    for (const auto& h : pipes->hits) EXPECT_TRUE(in(h.published, from, to)) << h.published;
    EXPECT_LT(pipes->total, r->total + 1);
  }
  EXPECT_GT(excluded, 0u);
  // The index's date tokens are never matched by the user's words.
  auto token = s->search("y2020", {}, false);
  ASSERT_TRUE(token.ok());
  EXPECT_EQ(token->total, 0u);
}

// The full-text index's filters column holds each release's date and facet values as terms
// (store/filter_terms.h), read from the view the index is built from.
TEST(SqliteStore, TheIndexHoldsEachReleasesDateAndFacetValuesAsTerms) {
  TempDb t;
  auto s = open(t.path());
  tw::IngestCounts c;
  ASSERT_TRUE(s->put({canada_steel()}, c).ok());
  // The user's words, prefixes too, never match them: "tst*" and "d2025*" complete to the column's
  // terms only (tsteel, d20251201).
  for (const char* q : {"tst*", "d2025*", "emeeting", "y2025"}) {
    auto r = s->search(q, {}, false);
    ASSERT_TRUE(r.ok()) << q << ": " << r.error();
    EXPECT_EQ(r->total, 0u) << q;
  }
  EXPECT_EQ(s->search("steel", {}, false)->total, 1u);
  s.reset();
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(t.path().c_str(), &db), SQLITE_OK);
  sqlite3_stmt* q = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(db, "SELECT filters FROM releases_text", -1, &q, nullptr), SQLITE_OK);
  ASSERT_EQ(sqlite3_step(q), SQLITE_ROW);
  EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(q, 0)),
               "y2025 m202512 d20251201 cCA cKR emeeting tsteel ttraderemedies");
  sqlite3_finalize(q);
  // FTS5 matches them, each in that column alone.
  ASSERT_EQ(sqlite3_prepare_v2(db, "SELECT count(*) FROM releases_fts WHERE releases_fts MATCH "
                                   "'filters : (\"ttraderemedies\" AND \"cca\" AND m202512)'", -1, &q, nullptr),
            SQLITE_OK);
  ASSERT_EQ(sqlite3_step(q), SQLITE_ROW);
  EXPECT_EQ(sqlite3_column_int(q, 0), 1);
  sqlite3_finalize(q);
  sqlite3_close(db);
}

// Common filter values (20,000 releases and more) go into the text match as terms: the answer is
// the one the key tests give, every hit keeps its unfiltered score, and a value no term can
// spell is still tested by key.
TEST(SqliteStore, CommonFacetValuesFilterInsideTheMatch) {
  TempDb t;
  auto s = open(t.path());
  std::vector<tw::Record> batch;
  const int n = 20400;
  for (int i = 0; i < n; ++i) {
    tw::Record r;
    r.release.id = "r-" + std::to_string(500000 + i);
    r.release.title = "Release " + std::to_string(i);
    r.release.body = i % 200 == 0 ? "Tariffs on steel and steel pipes." : "Talks on trade.";
    r.release.published = "2025-01-01";
    r.x.topics = {"trade_remedies"};
    if (i % 400 == 0) r.x.topics.push_back("steel");  // rare: tested by key
    r.x.countries.push_back({i % 2 ? "US" : "CA", {}});
    tw::Event ev;
    ev.type = "meeting";
    r.x.events.push_back(ev);
    batch.push_back(std::move(r));
  }
  tw::IngestCounts c;
  ASSERT_TRUE(s->put(batch, c).ok());
  tw::Filter page;
  page.limit = 200;
  auto plain = s->search("steel", page, false);
  ASSERT_TRUE(plain.ok()) << plain.error();
  ASSERT_EQ(plain->total, static_cast<uint64_t>(n / 200));
  std::map<std::string, double> score;
  for (const auto& h : plain->hits) score[h.id] = h.score;

  auto check = [&](tw::Filter f, auto keep) {
    f.limit = 200;
    auto r = s->search("steel", f, false);
    ASSERT_TRUE(r.ok()) << r.error();
    int expected = 0;
    for (int i = 0; i < n; i += 200) expected += keep(i);
    EXPECT_EQ(r->total, static_cast<uint64_t>(expected));
    EXPECT_EQ(r->hits.size(), static_cast<size_t>(expected));
    for (const auto& h : r->hits) {
      EXPECT_TRUE(keep(std::stoi(h.id.substr(2)) - 500000)) << h.id;
      EXPECT_NEAR(h.score, score[h.id], 1e-9) << h.id;
    }
  };
  tw::Filter topic;
  topic.topics = {"trade_remedies"};
  check(topic, [](int) { return true; });
  tw::Filter us;
  us.countries = {"us"};
  check(us, [](int i) { return i % 2 == 1; });  // none: every steel release is even
  tw::Filter ca_meeting;
  ca_meeting.countries = {"CA"};
  ca_meeting.kind = "meeting";
  ca_meeting.topics = {"trade_remedies", "steel"};
  check(ca_meeting, [](int i) { return i % 400 == 0; });
  tw::Filter dated = ca_meeting;
  dated.from = "2025-01";
  dated.to = "2025-01-01";
  check(dated, [](int i) { return i % 400 == 0; });
  dated.from = "2025-01-02";
  check(dated, [](int) { return false; });
}

// Broad queries stay bounded: ranking compares the 2,000 most recently stored matches (more when
// a deep page needs them) and totals are exact up to 10,000.
TEST(SqliteStore, BroadQueriesRankTheNewestMatchesAndCapTheirTotal) {
  TempDb t;
  auto s = open(t.path());
  std::vector<tw::Record> batch;
  const int n = 10050;
  for (int i = 0; i < n; ++i) {
    tw::Record r;
    r.release.id = "r-" + std::to_string(100000 + i);
    // The first 500 stored say "steel" three times: the best matches, but the oldest.
    r.release.title = i < 500 ? "Steel steel steel " + std::to_string(i) : "Release " + std::to_string(i) + " on steel";
    r.release.body = i % 2 ? "About steel and trade." : "About steel.";
    r.release.published = i % 3 ? "2025-01-01" : "2024-06-01";
    if (i % 5 == 0) r.x.countries.push_back({"CA", {}});
    batch.push_back(std::move(r));
  }
  tw::IngestCounts c;
  ASSERT_TRUE(s->put(batch, c).ok());

  auto r = s->search("steel", {}, true);
  ASSERT_TRUE(r.ok()) << r.error();
  EXPECT_EQ(r->total, 10000u);
  EXPECT_FALSE(r->total_exact);
  EXPECT_EQ(r->ranked_over, 2000u);
  ASSERT_FALSE(r->hits.empty());
  for (const auto& h : r->hits) EXPECT_FALSE(h.title.starts_with("Steel steel")) << "outside the window: " << h.title;
  EXPECT_EQ(r->facets_over, 1000u);

  // A query the window holds whole is ranked whole, its total exact.
  tw::Filter few;
  few.limit = 5;
  auto strong = s->search("\"steel steel\"", few, false);
  ASSERT_TRUE(strong.ok());
  EXPECT_EQ(strong->total, 500u);
  EXPECT_TRUE(strong->total_exact);
  EXPECT_EQ(strong->ranked_over, 500u);

  // A deep page widens the window so that it is never empty.
  tw::Filter deep;
  deep.offset = 2990;
  deep.limit = 20;
  auto page = s->search("steel", deep, false);
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->hits.size(), 20u);
  EXPECT_EQ(page->ranked_over, 3010u);

  // Filters apply inside the window: every hit names Canada, and the total counts only those.
  tw::Filter ca;
  ca.countries = {"CA"};
  ca.from = "2025-01-01";
  auto filtered = s->search("trade", ca, true);
  ASSERT_TRUE(filtered.ok()) << filtered.error();
  int expected = 0;
  for (int i = 0; i < n; ++i) expected += i % 5 == 0 && i % 3 != 0 && i % 2 == 1;
  EXPECT_EQ(filtered->total, static_cast<uint64_t>(expected));
  EXPECT_TRUE(filtered->total_exact);
  ASSERT_FALSE(filtered->facets["countries"].empty());
  EXPECT_EQ(filtered->facets["countries"][0].value, "CA");
  EXPECT_EQ(filtered->facets["countries"][0].count, std::min<uint64_t>(1000, expected));
}

TEST(SqliteStore, LimitsAreCapped) {
  TempDb t;
  auto s = open(t.path());
  std::vector<tw::Record> batch;
  for (int i = 0; i < 1100; ++i) {
    tw::Record r;
    r.release.id = "r-" + std::to_string(100000 + i);
    r.release.title = "Steel release " + std::to_string(i);
    r.release.body = "About steel.";
    r.release.published = "2025-01-01";
    batch.push_back(std::move(r));
  }
  tw::IngestCounts c;
  ASSERT_TRUE(s->put(batch, c).ok());
  tw::Filter f;
  f.limit = 5000;
  auto r = s->search("steel", f, false);
  EXPECT_EQ(r->total, 1100u);
  EXPECT_EQ(r->hits.size(), tw::kMaxLimit);
}

TEST(SqliteStore, EntitiesFactsStoriesTimelineGraph) {
  TempDb t;
  auto s = open(t.path());
  tw::IngestCounts c;
  ASSERT_TRUE(s->put({japan_minerals(), canada_steel(), mongolia_minerals()}, c).ok());

  auto ents = s->entities("country", {});
  ASSERT_TRUE(ents.ok());
  ASSERT_FALSE(ents->empty());
  EXPECT_EQ((*ents)[0]["value"], "KR");  // two releases
  EXPECT_EQ((*ents)[0]["releases"], 2);
  auto orgs = s->entities("org", {});
  ASSERT_EQ(orgs->size(), 1u);
  EXPECT_EQ((*orgs)[0]["value"], "MOTIR");
  EXPECT_EQ((*orgs)[0]["name"], "Ministry of Trade, Industry and Resources");
  EXPECT_FALSE(s->entities("planet", {}).ok());
  auto persons = s->entities("person", {});
  ASSERT_EQ(persons->size(), 1u);  // aliases are lookup keys, not entities

  auto measures = s->facts("measures", {});
  ASSERT_TRUE(measures.ok());
  ASSERT_EQ(measures->size(), 1u);
  EXPECT_EQ((*measures)[0]["kind"], "tariff_rate_quota");
  EXPECT_EQ((*measures)[0]["release_id"], canada_steel().release.id);
  EXPECT_EQ((*measures)[0]["published"], "2025-12-01");
  tw::Filter kind;
  kind.kind = "safeguard";
  EXPECT_TRUE(s->facts("measures", kind)->empty());
  kind.kind = "mou";
  EXPECT_EQ(s->facts("agreements", kind)->size(), 1u);
  tw::Filter jp;
  jp.countries = {"JP"};
  EXPECT_EQ(s->facts("indicators", jp)->size(), 1u);
  EXPECT_TRUE(s->facts("events", jp)->empty());
  EXPECT_FALSE(s->facts("releases; DROP TABLE releases", {}).ok());

  auto stories = s->stories({});
  ASSERT_TRUE(stories.ok());
  ASSERT_EQ(stories->size(), 2u);
  EXPECT_EQ((*stories)[0]["story"], "s-canada");  // latest release first
  EXPECT_EQ((*stories)[0]["releases"].size(), 2u);

  tw::Filter ca;
  ca.countries = {"CA"};
  auto tl = s->timeline(ca);
  ASSERT_TRUE(tl.ok()) << tl.error();
  ASSERT_EQ(tl->size(), 2u);
  EXPECT_EQ((*tl)[0]["date"], "2025-11-26");  // the measure's announcement, before the meeting
  EXPECT_EQ((*tl)[0]["fact"], "measure");
  EXPECT_EQ((*tl)[1]["date"], "2025-11-30");
  EXPECT_EQ((*tl)[1]["release_id"], canada_steel().release.id);

  auto g = s->partner_graph({});
  ASSERT_TRUE(g.ok());
  ASSERT_EQ((*g)["links"].size(), 1u);
  EXPECT_EQ((*g)["links"][0]["source"], "CA");
  EXPECT_EQ((*g)["links"][0]["target"], "KR");
}

TEST(SqliteStore, ReadOnlyStoreRefusesWritesButReads) {
  TempDb t;
  {
    auto s = open(t.path());
    tw::IngestCounts c;
    ASSERT_TRUE(s->put({canada_steel()}, c).ok());
  }
  auto ro = open(t.path(), true);
  ASSERT_TRUE(ro);
  tw::IngestCounts c;
  EXPECT_FALSE(ro->put({japan_minerals()}, c).ok());
  EXPECT_EQ(ro->search("steel", {}, false)->total, 1u);
}

}  // namespace

// tw_fts_floor: the floor for ingest cost — the same releases read the same way and indexed in a
// plain SQLite FTS5 table, with no extraction, no facts and no other tables.
//   tw_fts_floor DB FILE...
#include <sqlite3.h>

#include <chrono>
#include <cstdio>
#include <string>

#include <fmt/format.h>

#include "tradewatch/feed.h"

int main(int argc, char** argv) {
  if (argc < 3) {
    fmt::print(stderr, "usage: tw_fts_floor DB FILE...\n");
    return 2;
  }
  std::remove(argv[1]);
  sqlite3* db = nullptr;
  if (sqlite3_open(argv[1], &db) != SQLITE_OK) return 1;
  // The store's durability settings: WAL, normal sync.
  sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
               "CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, title, body);", nullptr, nullptr, nullptr);
  sqlite3_stmt* ins = nullptr;
  sqlite3_prepare_v2(db, "INSERT INTO docs(id, title, body) VALUES (?, ?, ?)", -1, &ins, nullptr);
  const auto t0 = std::chrono::steady_clock::now();
  uint64_t n = 0;
  sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
  for (int i = 2; i < argc; ++i) {
    (void)tw::read_feed(
        argv[i],
        [&](tw::Release&& r) {
          sqlite3_bind_text(ins, 1, r.id.data(), static_cast<int>(r.id.size()), SQLITE_TRANSIENT);
          sqlite3_bind_text(ins, 2, r.title.data(), static_cast<int>(r.title.size()), SQLITE_TRANSIENT);
          sqlite3_bind_text(ins, 3, r.body.data(), static_cast<int>(r.body.size()), SQLITE_TRANSIENT);
          sqlite3_step(ins);
          sqlite3_reset(ins);
          if (++n % 1000 == 0) {  // the store's batch size
            sqlite3_exec(db, "COMMIT; BEGIN", nullptr, nullptr, nullptr);
          }
        },
        [](const tw::ReadError&) {});
  }
  sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
  sqlite3_finalize(ins);
  sqlite3_exec(db, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr);
  sqlite3_close(db);
  const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  fmt::print("{{\"releases\": {}, \"seconds\": {:.3f}, \"releases_per_s\": {:.0f}}}\n", n, s, n / s);
  return 0;
}

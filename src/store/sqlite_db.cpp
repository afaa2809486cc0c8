#include "store/sqlite_db.h"

#include <fmt/format.h>

#include <mutex>

namespace tw::store {

Result<std::unique_ptr<Db>> Db::open(const std::string& path, bool read_only) {
  // Memory statistics take one process-wide mutex on every allocation, which serializes the
  // server's reader threads; nothing reads them. Possible only before SQLite initializes.
  static std::once_flag configured;
  std::call_once(configured, [] { (void)sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
  std::unique_ptr<Db> db(new Db());
  db->path_ = path;
  int flags = read_only ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  flags |= SQLITE_OPEN_NOMUTEX;  // one connection per Store, guarded by the Store's own mutex
  int rc = sqlite3_open_v2(path.c_str(), &db->db_, flags, nullptr);
  if (rc != SQLITE_OK) {
    std::string msg = db->db_ ? sqlite3_errmsg(db->db_) : sqlite3_errstr(rc);
    return Error{fmt::format("cannot open database {}: {}", path, msg)};
  }
  sqlite3_extended_result_codes(db->db_, 1);
  return db;
}

Db::~Db() {
  cache_.clear();
  sqlite3_close_v2(db_);
}

Status Db::exec(const std::string& sql) {
  char* err = nullptr;
  if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
    std::string msg = err ? err : sqlite3_errmsg(db_);
    sqlite3_free(err);
    return Error{msg};
  }
  return Ok{};
}

Result<Stmt> Db::prepare(std::string_view sql) {
  sqlite3_stmt* s = nullptr;
  if (sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &s, nullptr) !=
      SQLITE_OK)
    return Error{fmt::format("{} (in: {})", sqlite3_errmsg(db_), sql.substr(0, 120))};
  return Stmt(s);
}

Result<Stmt*> Db::cached(const std::string& sql) {
  if (auto it = cache_.find(sql); it != cache_.end()) return it->second.get();
  auto s = prepare(sql);
  if (!s) return Error{s.error()};
  auto owned = std::make_unique<Stmt>(std::move(s).value());
  Stmt* raw = owned.get();
  cache_.emplace(sql, std::move(owned));
  return raw;
}

void Db::bind_all(Stmt& s, const std::vector<Value>& args) {
  int i = 1;
  for (const auto& a : args) {
    std::visit([&](const auto& v) { s.bind(i, v); }, a);
    ++i;
  }
}

void Db::trim_cache(size_t max_entries) {
  if (cache_.size() > max_entries) cache_.clear();
}

Status Db::error(std::string_view what) const { return Error{fmt::format("{}: {}", what, sqlite3_errmsg(db_))}; }

fts5_api* fts5_of(sqlite3* db) {
  fts5_api* api = nullptr;
  sqlite3_stmt* st = nullptr;
  if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &st, nullptr) != SQLITE_OK) return nullptr;
  sqlite3_bind_pointer(st, 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
  sqlite3_step(st);
  sqlite3_finalize(st);
  return api;
}

}  // namespace tw::store

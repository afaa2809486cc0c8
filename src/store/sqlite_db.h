// A thin RAII layer over the SQLite C API: a connection, prepared statements and a cache that
// keeps them compiled across calls, so no query is ever re-parsed per row.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <variant>
#include <vector>

#include "tradewatch/result.h"

namespace tw::store {

class Stmt {
 public:
  Stmt() = default;
  explicit Stmt(sqlite3_stmt* s) : s_(s) {}
  ~Stmt() { sqlite3_finalize(s_); }
  Stmt(Stmt&& o) noexcept : s_(o.s_) { o.s_ = nullptr; }
  Stmt& operator=(Stmt&& o) noexcept {
    std::swap(s_, o.s_);
    return *this;
  }
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;

  // Parameters are 1-based, as in SQLite.
  void bind(int i, std::string_view v) { sqlite3_bind_text(s_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT); }
  void bind(int i, const char* v) { bind(i, std::string_view(v)); }
  // Binds text without copying it: v must stay valid and unchanged until the statement is
  // reset (the bulk writes bind the record's own strings for the one step they take).
  void bind_static(int i, std::string_view v) {
    sqlite3_bind_text(s_, i, v.data(), static_cast<int>(v.size()), SQLITE_STATIC);
  }
  void bind(int i, const std::string& v) { bind(i, std::string_view(v)); }
  void bind(int i, int64_t v) { sqlite3_bind_int64(s_, i, v); }
  void bind(int i, int v) { sqlite3_bind_int64(s_, i, v); }
  void bind(int i, uint32_t v) { sqlite3_bind_int64(s_, i, v); }
  void bind(int i, double v) { sqlite3_bind_double(s_, i, v); }
  void bind_null(int i) { sqlite3_bind_null(s_, i); }
  // An empty string binds as NULL: the record uses "" for "unknown".
  void bind_or_null(int i, std::string_view v) {
    if (v.empty()) bind_null(i);
    else bind(i, v);
  }
  void bind_or_null(int i, const std::optional<double>& v) {
    if (v) bind(i, *v);
    else bind_null(i);
  }

  // SQLITE_ROW, SQLITE_DONE or an error code.
  int step() { return sqlite3_step(s_); }
  void reset() {
    sqlite3_reset(s_);
    sqlite3_clear_bindings(s_);
  }

  bool is_null(int c) const { return sqlite3_column_type(s_, c) == SQLITE_NULL; }
  int64_t int64(int c) const { return sqlite3_column_int64(s_, c); }
  double real(int c) const { return sqlite3_column_double(s_, c); }
  std::string_view text(int c) const {
    auto p = reinterpret_cast<const char*>(sqlite3_column_text(s_, c));
    return p ? std::string_view(p, static_cast<size_t>(sqlite3_column_bytes(s_, c))) : std::string_view();
  }
  std::string str(int c) const { return std::string(text(c)); }
  sqlite3_stmt* raw() const { return s_; }

 private:
  sqlite3_stmt* s_ = nullptr;
};

// Resets a cached statement when the caller is done with it: an unreset SELECT would hold its
// read snapshot open and block WAL checkpoints.
class StmtUse {
 public:
  explicit StmtUse(Stmt& s) : s_(&s) {}
  ~StmtUse() { s_->reset(); }
  StmtUse(const StmtUse&) = delete;
  StmtUse& operator=(const StmtUse&) = delete;
  Stmt* operator->() { return s_; }
  Stmt& operator*() { return *s_; }

 private:
  Stmt* s_;
};

using Value = std::variant<std::string, int64_t, double>;

// The connection's FTS5 extension API (for tokenizers and ranking functions), or null.
fts5_api* fts5_of(sqlite3* db);

class Db {
 public:
  static Result<std::unique_ptr<Db>> open(const std::string& path, bool read_only);
  ~Db();
  Db(const Db&) = delete;
  Db& operator=(const Db&) = delete;

  Status exec(const std::string& sql);
  Result<Stmt> prepare(std::string_view sql);
  // A statement compiled once and kept; reset it after use (StmtUse).
  Result<Stmt*> cached(const std::string& sql);
  void bind_all(Stmt& s, const std::vector<Value>& args);
  // Bounds the cache of dynamically built queries; call only when no cached statement is in use.
  void trim_cache(size_t max_entries = 128);
  Status error(std::string_view what) const;
  sqlite3* handle() const { return db_; }
  const std::string& path() const { return path_; }

 private:
  Db() = default;
  sqlite3* db_ = nullptr;
  std::string path_;
  std::unordered_map<std::string, std::unique_ptr<Stmt>> cache_;
};

}  // namespace tw::store

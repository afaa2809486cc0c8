// The database schema as an ordered list of migrations; PRAGMA user_version records how many
// have run, so opening an older file upgrades it in place and a newer file is refused.
#pragma once

#include <span>
#include <string_view>

#include "store/sqlite_db.h"

namespace tw::store {

struct Migration {
  int version;             // user_version after this step
  std::string_view what;   // one line, shown when a step fails
  std::string_view sql;
};

std::span<const Migration> migrations();
int schema_version();      // the version this build writes

// Brings the database up to schema_version() in one transaction; refuses files from the future.
Status migrate(Db& db);
// For read-only opens: checks the file is at schema_version() without changing it.
Status check_version(Db& db);

// Secondary indexes whose keys arrive in no order: a release's story key, its date, its mention
// values. Inserted entry by entry, each release dirties a page in each of them; built at once,
// SQLite sorts the keys and writes every page once. A large load into a smaller database sets
// them aside and builds them at its end (Store::begin_bulk). Each is also created by a
// migration; `on` is the part of its CREATE INDEX statement after the name.
struct DeferrableIndex {
  std::string_view name;
  std::string_view on;  // "ON table(columns)"
};
std::span<const DeferrableIndex> deferrable_indexes();
// Creates those of them that are missing (a load interrupted before it rebuilt them), in the
// caller's transaction. Costs a schema lookup when none is missing.
Status ensure_indexes(Db& db);
// Drops them, in the caller's transaction.
Status drop_deferrable_indexes(Db& db);

}  // namespace tw::store

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

}  // namespace tw::store

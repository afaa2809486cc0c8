// Shared pieces of the command-line shell: exit codes, error reporting, progress.
#pragma once

#include <CLI/CLI.hpp>

#include <cstdio>
#include <string>

namespace tw::cli {

// Exit codes (documented in README "Exit codes" and in `tradewatch --help`).
enum Exit : int {
  kOk = 0,            // everything succeeded
  kRejected = 1,      // finished, but some input records were rejected (reported on stderr)
  kUsage = 2,         // bad command line or query syntax
  kInput = 3,         // an input file could not be opened
  kDatabase = 4,      // the database could not be opened, read or written
  kData = 5,          // the data directory (gazetteers, patterns) could not be loaded
  kNotFound = 6,      // `show ID`: no such release
};

struct Globals {
  std::string db_path;   // --db, else $TRADEWATCH_DB, else ./tradewatch.db
  bool quiet = false;
};

std::string resolve_db_path(const std::string& flag);
bool stdout_is_terminal();
bool stderr_is_terminal();

// A one-line progress bar on stderr, drawn only when stderr is a terminal.
class Progress {
 public:
  Progress(std::string label, uint64_t total_bytes, bool enabled);
  void update(uint64_t done_bytes, uint64_t records);
  void finish();

 private:
  std::string label_;
  uint64_t total_;
  bool enabled_;
  uint64_t last_draw_ = 0;
};

}  // namespace tw::cli

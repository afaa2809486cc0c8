// Shared pieces of the command-line shell: exit codes, error reporting, progress.
#pragma once

#include <CLI/CLI.hpp>

#include <cstdio>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "tradewatch/store.h"

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

// Opens the database named by --db / $TRADEWATCH_DB; on failure prints why and exits kDatabase.
std::unique_ptr<Store> open_store(const Globals& g, bool read_only);

// The check of every --from / --to option: a date YYYY, YYYY-MM or YYYY-MM-DD (tw::is_date_prefix).
const CLI::Validator& date_check();

// Prints "tradewatch: message" on stderr and ends the command with the exit code.
[[noreturn]] void fail(int code, std::string_view message);

// One JSON value per line (JSON Lines); invalid UTF-8 is replaced, never fatal.
void print_json_line(const nlohmann::json& j);

// Match markers \x02…\x03 from the store rendered for a terminal (bold) or a pipe ([brackets]).
std::string render_highlights(std::string_view marked, bool terminal);

// Columns on screen a UTF-8 string takes (wide characters count two).
size_t display_width(std::string_view s);
// Cut to at most `width` columns, with "…" when something was cut.
std::string clip(std::string_view s, size_t width);

// A plain-text table: header row, then rows; columns padded to the widest cell (each cell
// clipped to max_width columns).
void print_table(const std::vector<std::string>& headers, const std::vector<std::vector<std::string>>& rows,
                 size_t max_width = 60);

// RFC 4180 CSV: fields with a comma, quote or line break are quoted, quotes doubled.
void write_csv_row(std::ostream& out, const std::vector<std::string>& fields);

// A JSON scalar or array as a cell: null → "", arrays joined with `sep`, numbers shortest form.
std::string cell(const nlohmann::json& v, std::string_view sep = ", ");

}  // namespace tw::cli

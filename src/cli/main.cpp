// tradewatch: the command-line shell over libtradewatch.
#include <fmt/format.h>

#include "cli/commands.h"

int main(int argc, char** argv) {
  CLI::App app{"tradewatch: trade press releases into a searchable, provenance-backed record"};
  app.footer(
      "Exit codes: 0 ok; 1 done but some records rejected; 2 usage or query error; 3 input not\n"
      "readable; 4 database error; 5 data directory error; 6 not found.\n"
      "Environment: TRADEWATCH_DB (default database, else ./tradewatch.db), TRADEWATCH_DATA\n"
      "(gazetteer folder). Run `tradewatch COMMAND --help` for each command.");
  app.require_subcommand(1);
  app.set_version_flag("--version", TW_VERSION_STRING);
  tw::cli::Globals g;
  app.add_option("--db", g.db_path, "Database file (default: $TRADEWATCH_DB or ./tradewatch.db)");
  // Global options such as --db may also follow the subcommand: `tradewatch search --db x.db q`.
  app.fallthrough();
  tw::cli::register_extract(app, g);
  tw::cli::register_ingest(app, g);
  tw::cli::register_search(app, g);
  tw::cli::register_show(app, g);
  tw::cli::register_stats(app, g);
  tw::cli::register_entities(app, g);
  tw::cli::register_facts(app, g);
  tw::cli::register_timeline(app, g);
  tw::cli::register_serve(app, g);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    // Command-line mistakes share one documented exit code; commands pick their own codes.
    if (code != 0 && dynamic_cast<const CLI::RuntimeError*>(&e) == nullptr) return tw::cli::kUsage;
    return code;
  }
  return 0;
}

// `tradewatch stats`: what the database holds.
#include <fmt/format.h>

#include "cli/commands.h"

namespace tw::cli {

void register_stats(CLI::App& app, Globals& g) {
  auto json = std::make_shared<bool>(false);
  auto* cmd = app.add_subcommand("stats", "Counts of releases, stories, mentions and facts; date range; size");
  cmd->description(
      "Summarizes the database: releases, stories, mentions by kind, facts by table, the range of\n"
      "publication dates, releases per category and the size on disk in bytes.\n\n"
      "Example:\n  tradewatch stats --db trade.db --json");
  cmd->add_flag("--json", *json, "Print one JSON object");
  cmd->callback([json, &g] {
    auto store = open_store(g, true);
    auto s = store->stats();
    if (!s) fail(kDatabase, s.error());
    const auto& j = *s;
    if (*json) {
      print_json_line(j);
      return;
    }
    fmt::print("database    {} ({} bytes, schema {})\n", cell(j["path"]), cell(j["bytes"]), cell(j["schema_version"]));
    fmt::print("releases    {}", cell(j["releases"]));
    if (!j["first"].is_null()) fmt::print("  published {} to {}", cell(j["first"]), cell(j["last"]));
    fmt::print("\nstories     {}\n", cell(j["stories"]));
    std::string m, f;
    for (const auto& [k, v] : j["mentions"].items()) m += fmt::format("{}{} {}", m.empty() ? "" : ", ", k, cell(v));
    for (const auto& [k, v] : j["facts"].items()) f += fmt::format("{}{} {}", f.empty() ? "" : ", ", k, cell(v));
    fmt::print("mentions    {}\nfacts       {}\ncategories\n", m, f);
    std::vector<std::vector<std::string>> rows;
    for (const auto& c : j["categories"])
      rows.push_back({"  " + (c["category"].is_null() ? std::string("(none)") : cell(c["category"])), cell(c["releases"])});
    print_table({"", ""}, rows, 80);
  });
}

}  // namespace tw::cli

// `tradewatch entities`: who and what the releases mention, by number of releases.
#include <fmt/format.h>

#include "cli/commands.h"

namespace tw::cli {

void register_entities(CLI::App& app, Globals& g) {
  struct Opts {
    std::string kind;
    Filter filter;
    bool json = false;
  };
  auto opts = std::make_shared<Opts>();
  auto* cmd = app.add_subcommand("entities", "Countries, blocs, organizations, people and topics with release counts");
  cmd->description(
      "Lists the entities mentioned in stored releases, most frequent first, with the number of\n"
      "releases that mention each.\n\n"
      "Example:\n  tradewatch entities --kind org --limit 10");
  cmd->add_option("--kind", opts->kind, "Only this kind")
      ->check(CLI::IsMember({"country", "bloc", "org", "person", "topic"}));
  cmd->add_option("--from", opts->filter.from, "Count releases published on or after this date")
      ->check(date_check());
  cmd->add_option("--to", opts->filter.to, "Count releases published on or before this date")
      ->check(date_check());
  cmd->add_option("--limit", opts->filter.limit, "Number of entities")->default_val(50)->check(CLI::Range(size_t{1}, kMaxLimit));
  cmd->add_flag("--json", opts->json, "One JSON object per line: kind, value, name, releases");
  cmd->callback([opts, &g] {
    auto store = open_store(g, true);
    auto res = store->entities(opts->kind, opts->filter);
    if (!res) fail(kDatabase, res.error());
    if (opts->json) {
      for (const auto& e : *res) print_json_line(e);
      return;
    }
    std::vector<std::vector<std::string>> rows;
    for (const auto& e : *res) {
      std::string name = cell(e["name"]) == cell(e["value"]) ? "" : cell(e["name"]);
      rows.push_back({cell(e["kind"]), cell(e["value"]), name, cell(e["releases"])});
    }
    print_table({"KIND", "VALUE", "NAME", "RELEASES"}, rows);
  });
}

}  // namespace tw::cli

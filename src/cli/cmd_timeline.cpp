// `tradewatch timeline`: the dated facts about one country, topic, organization or person.
#include <fmt/format.h>

#include "cli/commands.h"

namespace tw::cli {

void register_timeline(CLI::App& app, Globals& g) {
  struct Opts {
    Filter filter;
    bool json = false;
  };
  auto opts = std::make_shared<Opts>();
  auto* cmd = app.add_subcommand("timeline", "Dated sequence of events, agreements, measures and figures for a subject");
  cmd->description(
      "Lists the facts (events, agreements, measures, indicators) of releases that mention the\n"
      "subject, in date order: the fact's own date when it has one, else the publication date.\n"
      "Shows the latest --limit facts.\n\n"
      "Example:\n  tradewatch timeline --country CA");
  auto* c = cmd->add_option("--country", opts->filter.countries, "Country (ISO code)");
  auto* t = cmd->add_option("--topic", opts->filter.topics, "Topic, e.g. steel");
  auto* o = cmd->add_option("--org", opts->filter.orgs, "Organization (name or acronym)");
  auto* p = cmd->add_option("--person", opts->filter.people, "Person (name or alias)");
  cmd->add_option("--from", opts->filter.from, "Published on or after this date")->check(date_check());
  cmd->add_option("--to", opts->filter.to, "Published on or before this date")->check(date_check());
  cmd->add_option("--limit", opts->filter.limit, "Number of facts")->default_val(100)->check(CLI::Range(size_t{1}, kMaxLimit));
  cmd->add_flag("--json", opts->json, "One JSON object per line: date, fact, kind, label, release_id, title, item");
  cmd->callback([opts, &g, c, t, o, p] {
    if (c->count() + t->count() + o->count() + p->count() == 0)
      fail(kUsage, "timeline needs a subject: --country, --topic, --org or --person");
    auto store = open_store(g, true);
    auto res = store->timeline(opts->filter);
    if (!res) fail(kDatabase, res.error());
    if (opts->json) {
      for (const auto& e : *res) print_json_line(e);
      return;
    }
    if (res->empty()) {
      fmt::print("nothing found\n");
      return;
    }
    std::vector<std::vector<std::string>> rows;
    for (const auto& e : *res)
      rows.push_back({cell(e["date"]), cell(e["fact"]), cell(e["kind"]), cell(e["label"]), cell(e["release_id"]),
                      cell(e["title"])});
    print_table({"DATE", "FACT", "KIND", "WHAT", "RELEASE", "TITLE"}, rows, 56);
  });
}

}  // namespace tw::cli

// `tradewatch search`: full-text search with filters, ranked by BM25.
#include <iostream>

#include <fmt/format.h>

#include "cli/commands.h"
#include "tradewatch/query.h"

namespace tw::cli {

void register_search(CLI::App& app, Globals& g) {
  struct Opts {
    std::string query;
    Filter filter;
    std::string country, bloc, org, person, topic;
    bool json = false;
  };
  auto opts = std::make_shared<Opts>();
  auto* cmd = app.add_subcommand("search", "Full-text search over titles and bodies, best matches first");
  cmd->description(
      "Searches release titles and bodies (a word in the title weighs more) and prints the best\n"
      "matches with a snippet. Query syntax:\n"
      "  steel quota          every word must occur (stemmed: quotas, quota's match too)\n"
      "  \"critical minerals\"  the exact phrase\n"
      "  steel OR aluminium   either word\n"
      "  -Japan, NOT Japan    must not occur\n"
      "  semicon*             any word starting with semicon (two letters at least before *)\n"
      "Filters narrow the matches: every given entity must be mentioned in the release.\n"
      "A query that starts with '-' goes after `--`: tradewatch search -- '-Japan minerals'.\n\n"
      "Examples:\n"
      "  tradewatch search 'steel TRQ'\n"
      "  tradewatch search '\"critical minerals\" -Japan' --from 2025-11 --json");
  cmd->add_option("query", opts->query, "Search words (see above); '' lists by date with filters only")->required();
  cmd->add_option("--from", opts->filter.from, "Published on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)")
      ->check(date_check());
  cmd->add_option("--to", opts->filter.to, "Published on or before this date (YYYY, YYYY-MM or YYYY-MM-DD)")
      ->check(date_check());
  cmd->add_option("--category", opts->filter.category, "Release category, e.g. 'FTA/Economic Cooperation'");
  cmd->add_option("--country", opts->filter.countries, "Mentions this country (ISO code, e.g. CA); repeatable");
  cmd->add_option("--bloc", opts->filter.blocs, "Mentions this bloc or region (e.g. EU, ASEAN); repeatable");
  cmd->add_option("--org", opts->filter.orgs, "Mentions this organization (name or acronym); repeatable");
  cmd->add_option("--person", opts->filter.people, "Mentions this person (name or alias); repeatable");
  cmd->add_option("--topic", opts->filter.topics, "Has this topic (e.g. steel, critical_minerals); repeatable");
  cmd->add_option("--event-type", opts->filter.kind, "Reports an event of this type (e.g. meeting, negotiation)");
  cmd->add_option("--limit", opts->filter.limit, "Number of results")->default_val(20)->check(CLI::Range(size_t{1}, kMaxLimit));
  cmd->add_option("--offset", opts->filter.offset, "Skip this many results first")->default_val(0);
  cmd->add_flag("--json", opts->json, "One JSON object per line: id, title, published, category, score, snippet");
  cmd->callback([opts, &g] {
    const bool has_text = opts->query.find_first_not_of(" \t") != std::string::npos;
    if (has_text) {
      if (auto q = translate_query(opts->query); !q) fail(kUsage, "query: " + q.error());
    }
    auto store = open_store(g, true);
    auto res = store->search(opts->query, opts->filter, false);
    if (!res) fail(kDatabase, res.error());
    if (opts->json) {
      for (const auto& h : res->hits) {
        nlohmann::json j = {{"id", h.id},
                            {"title", h.title},
                            {"published", h.published},
                            {"category", h.category ? nlohmann::json(*h.category) : nlohmann::json(nullptr)},
                            {"score", h.score},
                            {"snippet", render_highlights(h.snippet, false)}};
        print_json_line(j);
      }
      return;
    }
    const bool tty = stdout_is_terminal();
    size_t rank = opts->filter.offset;
    for (const auto& h : res->hits) {
      ++rank;
      std::string title = tty ? fmt::format("\033[1m{}\033[0m", h.title) : h.title;
      fmt::print("{:>3}. {}  {}\n", rank, h.published, title);
      fmt::print("     {}", h.id);
      if (h.category) fmt::print("  [{}]", *h.category);
      if (has_text) fmt::print("  score {:.2f}", h.score);
      fmt::print("\n     {}\n\n", render_highlights(h.snippet, tty));
    }
    if (res->hits.empty()) {
      fmt::print("no releases match\n");
    } else {
      fmt::print("{}–{} of {}{} releases{}\n", opts->filter.offset + 1, opts->filter.offset + res->hits.size(), res->total,
                 res->total_exact ? "" : "+",
                 has_text && (res->ranked_over < res->total || !res->total_exact)
                     ? fmt::format(" (ranked among the {} most recently stored)", res->ranked_over)
                     : "");
    }
  });
}

}  // namespace tw::cli

// Fact listings: `events`, `agreements`, `measures`, `indicators` and `stories`, as a table,
// JSON Lines or CSV.
#include <iostream>

#include <fmt/format.h>

#include "cli/commands.h"

namespace tw::cli {
namespace {

struct Column {
  const char* key;     // field of the item JSON
  bool in_table;       // CSV always has every column; the table only the short ones
};

struct Listing {
  const char* table;
  const char* help;
  const char* kind_flag;   // --type or --kind
  const char* kind_help;
  const char* example;
  std::vector<Column> columns;
};

const std::vector<Listing>& listings() {
  static const std::vector<Listing> kListings = {
      {"events", "Events (meetings, forums, visits, signings…) with dates, places and partners", "--type,--kind",
       "Event type: meeting, conference, negotiation, agreement, visit, announcement, statistics, investment, "
       "opening, ceremony, decision",
       "tradewatch events --country US --type conference",
       {{"published", true}, {"release_id", true}, {"type", true}, {"name", true}, {"start", true}, {"end", false},
        {"venue", false}, {"city", true}, {"country", true}, {"partners", true}, {"participants", false},
        {"ordinal", false}, {"title", false}}},
      {"agreements", "Trade agreements (FTAs, MOUs, declarations…) with parties and status", "--kind",
       "Agreement kind: fta, cepa, epa, mou, agreement, declaration, partnership",
       "tradewatch agreements --kind fta --csv > ftas.csv",
       {{"published", true}, {"release_id", true}, {"kind", true}, {"status", true}, {"name", true},
        {"parties", true}, {"date", true}, {"title", false}}},
      {"measures", "Trade measures (tariffs, quotas, remedies, export controls…) and the stance taken", "--kind",
       "Measure kind, e.g. tariff, tariff_rate_quota, safeguard, anti_dumping, export_control",
       "tradewatch measures --country CA --kind tariff_rate_quota",
       {{"published", true}, {"release_id", true}, {"jurisdiction", true}, {"kind", true}, {"sector", true},
        {"stance", true}, {"announced", true}, {"description", false}, {"parameters", false}, {"title", false}}},
      {"indicators", "Trade figures (exports, imports, investment…) with value, period and change", "--kind",
       "Metric: exports, imports, trade, trade_balance, fdi, investment, funding, target",
       "tradewatch indicators --kind exports --from 2025",
       {{"published", true}, {"release_id", true}, {"metric", true}, {"subject", true}, {"country", true},
        {"partner", false}, {"period", true}, {"value", true}, {"unit", true}, {"change_pct", true},
        {"title", false}}},
  };
  return kListings;
}

struct Opts {
  Filter filter;
  bool json = false, csv = false;
};

void add_filter_options(CLI::App* cmd, Opts& o) {
  cmd->add_option("--country", o.filter.countries, "Release mentions this country (ISO code); repeatable");
  cmd->add_option("--topic", o.filter.topics, "Release has this topic; repeatable");
  cmd->add_option("--from", o.filter.from, "Published on or after this date (YYYY[-MM[-DD]])")
      ->check(date_check());
  cmd->add_option("--to", o.filter.to, "Published on or before this date (YYYY[-MM[-DD]])")
      ->check(date_check());
  cmd->add_option("--limit", o.filter.limit, "Number of items")->default_val(50)->check(CLI::Range(size_t{1}, kMaxLimit));
  cmd->add_option("--offset", o.filter.offset, "Skip this many items first")->default_val(0);
  auto* json = cmd->add_flag("--json", o.json, "One JSON object per line");
  auto* csv = cmd->add_flag("--csv", o.csv, "CSV with a header row (every column)");
  json->excludes(csv);
}

void print_rows(const nlohmann::json& items, const std::vector<Column>& columns, const Opts& o) {
  if (o.json) {
    for (const auto& it : items) print_json_line(it);
    return;
  }
  if (o.csv) {
    std::vector<std::string> header;
    for (const auto& c : columns) header.emplace_back(c.key);
    write_csv_row(std::cout, header);
    for (const auto& it : items) {
      std::vector<std::string> row;
      for (const auto& c : columns) row.push_back(it.contains(c.key) ? cell(it[c.key], ";") : "");
      write_csv_row(std::cout, row);
    }
    return;
  }
  std::vector<std::string> header;
  for (const auto& c : columns)
    if (c.in_table) {
      std::string h = c.key;
      for (auto& ch : h) ch = ch == '_' ? ' ' : static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
      header.push_back(h);
    }
  std::vector<std::vector<std::string>> rows;
  for (const auto& it : items) {
    std::vector<std::string> row;
    for (const auto& c : columns)
      if (c.in_table) row.push_back(it.contains(c.key) ? cell(it[c.key]) : "");
    rows.push_back(std::move(row));
  }
  if (rows.empty()) {
    fmt::print("nothing found\n");
    return;
  }
  print_table(header, rows, 48);
}

void register_listing(CLI::App& app, Globals& g, const Listing& l) {
  auto opts = std::make_shared<Opts>();
  auto* cmd = app.add_subcommand(l.table, l.help);
  cmd->description(fmt::format("{}, newest release first. Filters apply to the release the item comes from.\n\n"
                               "Example:\n  {}",
                               l.help, l.example));
  add_filter_options(cmd, *opts);
  cmd->add_option(l.kind_flag, opts->filter.kind, l.kind_help);
  cmd->callback([opts, &g, &l] {
    auto store = open_store(g, true);
    auto res = store->facts(l.table, opts->filter);
    if (!res) fail(kDatabase, res.error());
    print_rows(*res, l.columns, *opts);
  });
}

void register_stories(CLI::App& app, Globals& g) {
  auto opts = std::make_shared<Opts>();
  auto* cmd = app.add_subcommand("stories", "Stories: releases that report the same real-world event");
  cmd->description(
      "Lists story clusters, most recent first, with their releases. Filters select stories with\n"
      "at least one matching release.\n\n"
      "Example:\n  tradewatch stories --country CA --json");
  add_filter_options(cmd, *opts);
  cmd->callback([opts, &g] {
    auto store = open_store(g, true);
    auto res = store->stories(opts->filter);
    if (!res) fail(kDatabase, res.error());
    if (opts->json) {
      for (const auto& s : *res) print_json_line(s);
      return;
    }
    if (opts->csv) {
      write_csv_row(std::cout, {"story", "release_id", "published", "title", "category"});
      for (const auto& s : *res)
        for (const auto& r : s["releases"])
          write_csv_row(std::cout, {cell(s["story"]), cell(r["id"]), cell(r["published"]), cell(r["title"]), cell(r["category"])});
      return;
    }
    if (res->empty()) {
      fmt::print("nothing found\n");
      return;
    }
    for (const auto& s : *res) {
      fmt::print("{}  {} release{}  {}{}\n", cell(s["story"]), cell(s["size"]), s["size"].get<size_t>() == 1 ? "" : "s",
                 cell(s["first"]), s["first"] == s["last"] ? "" : " to " + cell(s["last"]));
      for (const auto& r : s["releases"])
        fmt::print("    {}  {}  {}\n", cell(r["published"]), cell(r["id"]), clip(cell(r["title"]), 90));
    }
  });
}

}  // namespace

void register_facts(CLI::App& app, Globals& g) {
  for (const auto& l : listings()) register_listing(app, g, l);
  register_stories(app, g);
}

}  // namespace tw::cli

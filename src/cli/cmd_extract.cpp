// `tradewatch extract`: a pure stream filter, feed in, JSON Lines of SPEC §2 out; no database.
#include <sys/stat.h>

#include <iostream>
#include <unordered_map>
#include <unordered_set>

#include <fmt/format.h>

#include "cli/commands.h"
#include "tradewatch/extractor.h"
#include "tradewatch/feed.h"
#include "tradewatch/json.h"
#include "tradewatch/pipeline.h"

namespace tw::cli {
namespace {

// Releases handed to the pool and back at a time: one wake-up per group instead of per release
// (see OrderedPipeline). A record's line waits for its group's: at most 16 releases.
constexpr size_t kHandoff = 16;

}  // namespace

void register_extract(CLI::App& app, Globals&) {
  struct Opts {
    std::vector<std::string> files;
    bool explain = false;
    unsigned threads = 0;
  };
  auto opts = std::make_shared<Opts>();
  auto* cmd = app.add_subcommand("extract", "Extract mentions and facts; print one JSON record per release");
  cmd->description(
      "Reads feed files (or JSON Lines; '-' for standard input) and prints one JSON object per\n"
      "release on standard output in the shape of SPEC §2. A release found in several files is\n"
      "printed once, keeping its category. Bad records are reported on stderr as file:line: reason\n"
      "and skipped. Uses no database: it can run as a mapper in a batch engine.\n\n"
      "Example:\n  tradewatch extract samples/seeds/*.txt > records.jsonl");
  cmd->add_option("files", opts->files, "Input files ('-' = standard input)")->default_val(std::vector<std::string>{"-"});
  cmd->add_flag("--explain", opts->explain, "Add an \"explain\" list: the rule or gazetteer entry behind every item");
  cmd->add_option("--threads", opts->threads,
                  "Extraction threads (0 = one per core); the output is the same for any number")
      ->default_val(0);
  cmd->callback([opts] {
    auto extractor = Extractor::load();
    if (!extractor) {
      fmt::print(stderr, "tradewatch: cannot load data: {}\n  (set TRADEWATCH_DATA to the data/ folder)\n", extractor.error());
      throw CLI::RuntimeError(kData);
    }
    if (opts->files.empty()) opts->files.push_back("-");
    // Pass 1 over regular files: the category a release carries in any file (listing pages
    // overlap; one copy may lack it). Standard input is read once, so it gets no such help.
    std::unordered_map<std::string, std::string> categories;
    for (const auto& f : opts->files) {
      if (f == "-") continue;
      ReadOptions headers;
      headers.headers_only = true;
      (void)read_feed(f, [&](Release&& r) { if (r.category) categories.emplace(r.id, *r.category); },
                      [](const ReadError&) {}, headers);
    }
    // Read and de-duplicate here, extract and serialize in the pool, print in input order.
    const auto& engine = *extractor;
    const bool explain = opts->explain;
    OrderedPipeline<Release, std::string> pipeline(
        opts->threads,
        [&engine, explain](Release&& r) {
          Record rec = engine->extract(std::move(r), explain);
          std::string line;
          line.reserve(2 * (rec.release.body.size() + rec.release.title.size()) + 1024);
          write_json_line(rec, explain, line);
          line.push_back('\n');
          return line;
        },
        [](std::string&& line) { std::cout << line; }, /*capacity=*/0, /*worker_nice=*/0, kHandoff);
    std::unordered_set<std::string> seen;
    uint64_t rejected = 0;
    bool unreadable = false;
    for (const auto& f : opts->files) {
      auto st = read_feed(
          f,
          [&](Release&& r) {
            if (!seen.insert(r.id).second) return;
            if (!r.category) {
              if (auto it = categories.find(r.id); it != categories.end()) r.category = it->second;
            }
            pipeline.push(std::move(r));
          },
          [&](const ReadError& e) {
            ++rejected;
            fmt::print(stderr, "{}:{}: {}\n", e.file, e.line, e.reason);
          });
      if (!st) {
        fmt::print(stderr, "tradewatch: {}\n", st.error());
        unreadable = true;
      }
    }
    pipeline.finish();
    std::cout.flush();
    if (unreadable) throw CLI::RuntimeError(kInput);
    if (rejected) throw CLI::RuntimeError(kRejected);
  });
}

}  // namespace tw::cli

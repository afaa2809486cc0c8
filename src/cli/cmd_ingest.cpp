// `tradewatch ingest`: feed files → extraction → the database, in batches of one transaction
// each, so memory stays flat and an interrupted run leaves only whole batches behind.
#include <sys/stat.h>

#include <algorithm>
#include <chrono>
#include <iostream>
#include <thread>

#include <fmt/format.h>

#include "cli/commands.h"
#include "tradewatch/extractor.h"
#include "tradewatch/feed.h"
#include "tradewatch/pipeline.h"

namespace tw::cli {
namespace {

constexpr size_t kDefaultBatch = 1000;

uint64_t file_size(const std::string& path) {
  struct stat st {};
  return path != "-" && ::stat(path.c_str(), &st) == 0 ? static_cast<uint64_t>(st.st_size) : 0;
}

}  // namespace

void register_ingest(CLI::App& app, Globals& g) {
  struct Opts {
    std::vector<std::string> files;
    size_t batch = kDefaultBatch;
    unsigned jobs = 0;
  };
  auto opts = std::make_shared<Opts>();
  auto* cmd = app.add_subcommand("ingest", "Read feed files, extract, and store the releases in the database");
  cmd->description(
      "Reads feed files (or JSON Lines; '-' for standard input), extracts mentions and facts, and\n"
      "writes them to the database, one transaction per batch. A release already stored is not\n"
      "duplicated: ingesting the same files again changes nothing, and a copy that carries a\n"
      "category the stored one lacks fills it in (counted as merged). Bad records are reported on\n"
      "stderr as file:line: reason and skipped. Ends with the line\n"
      "  read N, new N, merged duplicates N, unchanged N, rejected N\n\n"
      "Example:\n  tradewatch ingest samples/seeds/*.txt --db trade.db");
  cmd->add_option("files", opts->files, "Input files ('-' = standard input)")->required();
  cmd->add_option("--batch", opts->batch, "Releases per transaction")
      ->default_val(kDefaultBatch)
      ->check(CLI::Range(size_t{1}, size_t{100000}));
  cmd->add_option("--jobs,-j,--threads", opts->jobs, "Extraction threads (default: number of cores)");
  cmd->callback([opts, &g] {
    auto start = std::chrono::steady_clock::now();
    auto store = open_store(g, false);
    auto extractor = Extractor::load();
    if (!extractor)
      fail(kData, fmt::format("cannot load data: {}\n  (set TRADEWATCH_DATA to the data/ folder)", extractor.error()));
    const Extractor& ex = **extractor;
    unsigned jobs = opts->jobs ? opts->jobs : std::max(1u, std::thread::hardware_concurrency());

    uint64_t total_bytes = 0;
    for (const auto& f : opts->files) total_bytes += file_size(f);
    Progress progress("ingest", total_bytes, stderr_is_terminal() && !g.quiet);

    IngestCounts counts;
    uint64_t rejected = 0, done_bytes = 0, offered = 0;
    // Read and check against the database here, extract in the pool, write whole batches here
    // in input order: the database write of one batch overlaps the extraction of the next.
    // Releases already stored skip extraction: put() only needs their id and category.
    std::vector<Release> pending;
    pending.reserve(opts->batch);
    std::vector<Record> batch;
    batch.reserve(opts->batch);
    std::string db_error;
    auto write = [&] {
      if (batch.empty() || !db_error.empty()) return;
      if (auto st = store->put(batch, counts); !st) db_error = st.error();
      batch.clear();
    };
    using Item = std::pair<Release, bool>;  // the release, and whether it is already stored
    OrderedPipeline<Item, Record> pipeline(
        jobs,
        [&ex](Item&& item) {
          if (!item.second) return ex.extract(std::move(item.first));
          Record rec;
          rec.release = std::move(item.first);
          return rec;
        },
        [&](Record&& rec) {
          if (!db_error.empty()) return;
          batch.push_back(std::move(rec));
          if (batch.size() >= opts->batch) write();
        });
    auto flush = [&] {
      if (pending.empty() || !db_error.empty()) return;
      std::vector<std::string> ids;
      ids.reserve(pending.size());
      for (const auto& r : pending) ids.push_back(r.id);
      auto stored = store->contains(ids);
      if (!stored) {
        db_error = stored.error();
        return;
      }
      for (size_t i = 0; i < pending.size(); ++i)
        pipeline.push(Item{std::move(pending[i]), i < stored->size() && (*stored)[i]});
      pending.clear();
    };
    bool unreadable = false;
    for (const auto& f : opts->files) {
      auto st = read_feed(
          f,
          [&](Release&& r) {
            if (!db_error.empty()) return;  // the database failed: finish reading quietly, then stop
            done_bytes += r.title.size() + r.body.size() + (r.category ? r.category->size() : 0) + 20;
            ++offered;
            pending.push_back(std::move(r));
            if (pending.size() >= opts->batch) flush();
            progress.update(done_bytes, offered);
          },
          [&](const ReadError& e) {
            ++rejected;
            progress.finish();
            fmt::print(stderr, "{}:{}: {}\n", e.file, e.line, e.reason);
          });
      if (!st) {
        progress.finish();
        fmt::print(stderr, "tradewatch: {}\n", st.error());
        unreadable = true;
      }
      if (!db_error.empty()) break;
    }
    flush();
    pipeline.finish();
    write();
    progress.finish();
    if (!db_error.empty())
      fail(kDatabase, fmt::format("{}\n  ({} releases were stored in whole batches before the failure)",
                                  db_error, counts.inserted + counts.merged));
    counts.rejected = rejected;
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    fmt::print("read {}, new {}, merged duplicates {}, unchanged {}, rejected {}\n", counts.read, counts.inserted,
               counts.merged, counts.unchanged, counts.rejected);
    if (!g.quiet) fmt::print(stderr, "ingested into {} in {:.2f} s\n", resolve_db_path(g.db_path), secs);
    std::cout.flush();
    if (unreadable) throw CLI::RuntimeError(kInput);
    if (rejected) throw CLI::RuntimeError(kRejected);
  });
}

}  // namespace tw::cli

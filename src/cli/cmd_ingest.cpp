// `tradewatch ingest`: feed files → extraction → the database, in batches of one transaction
// each, so memory stays flat and an interrupted run leaves only whole batches behind.
// This thread reads, a pool extracts, and the records are written on a thread of their own, in
// input order.
#include <malloc.h>
#include <sys/stat.h>

#include <chrono>
#include <iostream>

#include <fmt/format.h>

#include "cli/commands.h"
#include "tradewatch/extractor.h"
#include "tradewatch/feed.h"
#include "tradewatch/pipeline.h"

namespace tw::cli {
namespace {

// Releases per transaction. Each batch dirties pages all over the random-order indexes (release
// ids, story keys, dates, mention values); a larger one shares more of them. At 1M releases,
// 5,000 per batch ingested 20k releases in 11.4 s against 14.7 s with 1,000 (bench/README.md).
// The batch's records are not all held at once: the writer takes them as they come.
constexpr size_t kDefaultBatch = 5000;

// Extracted records waiting for the writer. Enough to keep the pool extracting while the writer
// ends a batch (its full-text insert and commit, about 0.4 s for 5,000 releases at 1M), and each
// one held is memory (about 10 KB with its extraction).
constexpr size_t kWaitingRecords = 4096;

// The extraction threads run this many nice levels below the writer. With equal priority the
// three threads shared two cores alike, the writer fell behind, the queue filled and one core
// idled while the writer caught up alone: 200k releases in 46.6 s, against 39.5–43.7 s with
// the workers lowered (bench/README.md). Under autogroup scheduling (Debian's default) nice weighs
// threads against others of the same session only; without it, the workers also yield to other
// programs' work.
constexpr int kWorkerNice = 10;

// Releases handed between the threads at a time: to the pool and back, and on to the writer.
// Each hand-off that finds the other thread asleep wakes it, and a wake-up across cores is an
// interrupt; one per release cost 1.7 context switches per release and about a tenth of the CPU
// (bench/README.md). A group of 16 is about 40 KB of feed: a few milliseconds of extraction.
constexpr size_t kHandoff = 16;

// A release takes 2–3 KB of a feed file. Counting one per 4 KB underestimates the releases a
// load brings, so the store sets indexes aside (Store::begin_bulk) only for a load clearly
// larger than what it holds.
constexpr uint64_t kFeedBytesPerRelease = 4096;

uint64_t file_size(const std::string& path) {
  struct stat st {};
  return path != "-" && ::stat(path.c_str(), &st) == 0 ? static_cast<uint64_t>(st.st_size) : 0;
}

struct Pending {
  Release release;
  bool stored = false;  // already in the database: put() only needs its id and category
};

}  // namespace

void register_ingest(CLI::App& app, Globals& g) {
  struct Opts {
    std::vector<std::string> files;
    size_t batch = kDefaultBatch;
    unsigned threads = 0;
  };
  auto opts = std::make_shared<Opts>();
  auto* cmd = app.add_subcommand("ingest", "Read feed files, extract, and store the releases in the database");
  cmd->description(
      "Reads feed files (or JSON Lines; '-' for standard input), extracts mentions and facts, and\n"
      "writes them to the database, one transaction per batch. A release already stored is not\n"
      "duplicated: ingesting the same files again changes nothing, and a copy that carries a\n"
      "category the stored one lacks fills it in (counted as merged). Bad records are reported on\n"
      "stderr as file:line: reason and skipped. A load of files larger than the database builds\n"
      "its date, story and mention indexes once at the end (searches meanwhile are slower). Ends\n"
      "with the line\n"
      "  read N, new N, merged duplicates N, unchanged N, rejected N\n"
      "Exit code 1 when some records were rejected (the others are stored).\n\n"
      "Example:\n  tradewatch ingest samples/seeds/*.txt --db trade.db");
  cmd->add_option("files", opts->files, "Input files ('-' = standard input)")->required();
  cmd->add_option("--batch", opts->batch, "Releases per transaction")
      ->default_val(kDefaultBatch)
      ->check(CLI::Range(size_t{1}, size_t{100000}));
  cmd->add_option("--threads,-j", opts->threads, "Extraction threads (0 = one per core); they run 10 nice levels below the database writer")->default_val(0);
  cmd->callback([opts, &g] {
    auto start = std::chrono::steady_clock::now();
    auto store = open_store(g, false);
    auto extractor = Extractor::load();
    if (!extractor)
      fail(kData, fmt::format("cannot load data: {}\n  (set TRADEWATCH_DATA to the data/ folder)", extractor.error()));
    const Extractor& ex = **extractor;

    uint64_t total_bytes = 0;
    for (const auto& f : opts->files) total_bytes += file_size(f);
    Progress progress("ingest", total_bytes, stderr_is_terminal() && !g.quiet);

    // A large load into a smaller database builds some indexes once at its end (standard input
    // has no size to tell).
    bool bulk = false;
    if (auto b = store->begin_bulk(total_bytes / kFeedBytesPerRelease); !b)
      fail(kDatabase, b.error());
    else
      bulk = *b;

    // Which releases are stored already is asked on a reading connection of its own, so the
    // reader never waits for a batch being written on the other. It sees committed batches
    // only: a repeat of a release from a batch not yet committed is extracted again, and put()
    // still stores it once.
    // A small cache: the lookups touch one page per level of the id index.
    SqliteOptions lookups;
    lookups.read_only = true;
    lookups.cache_kib = 8192;
    lookups.map_file = false;
    auto seen = open_sqlite_store(resolve_db_path(g.db_path), lookups);
    if (!seen) fail(kDatabase, seen.error());

    IngestCounts counts;  // the writer thread's until writer.finish()
    uint64_t rejected = 0, done_bytes = 0, offered = 0;
    std::string db_error;
    // Records are written on a thread of their own, one by one as the pool hands them over, in
    // transactions of `batch` records: the pool goes on extracting while a batch is written, and
    // the writer starts a batch before its last records are extracted. (Handed over as whole
    // batches, each side waited for the other's whole batch: a third of the time one core idled.)
    StreamWriter<EncodedRecord> writer(opts->batch, kWaitingRecords, [&](const StreamWriter<EncodedRecord>::Next& next) {
      return store->put_stream([&] { return static_cast<const EncodedRecord*>(next()); }, counts);
    });
    // After a failed write: stop the writer and keep its error.
    auto writer_failed = [&] {
      if (auto st = writer.finish(); !st) db_error = st.error();
    };
    {
      // Releases in flight between the reader and the writer's queue. The queue absorbs the
      // writer's pauses, so the pool needs no reserve of its own, and each release held here is
      // memory (about 10 KB with its extraction).
      const size_t capacity = 64 / kHandoff * static_cast<size_t>(resolve_threads(opts->threads));
      std::vector<EncodedRecord> handoff;  // extracted, in order, for the writer
      auto hand_over = [&] {
        if (db_error.empty() && !writer.push_all(std::move(handoff))) writer_failed();
        handoff.clear();
      };
      // The pool also encodes what the store keeps as text (JSON, facet values), which would
      // otherwise fall to the one writing thread.
      OrderedPipeline<Pending, EncodedRecord> pipeline(
          opts->threads,
          [&ex](Pending&& p) {
            if (!p.stored) return encode_record(ex.extract(std::move(p.release)));
            EncodedRecord rec;
            rec.record.release = std::move(p.release);
            return rec;
          },
          [&](EncodedRecord&& rec) {
            handoff.push_back(std::move(rec));
            if (handoff.size() >= kHandoff) hand_over();
          },
          capacity, kWorkerNice, kHandoff);
      bool unreadable = false;
      for (const auto& f : opts->files) {
        auto st = read_feed(
            f,
            [&](Release&& r) {
              if (!db_error.empty()) return;  // the database failed: stop feeding, report below
              if (writer.failed()) {
                writer_failed();
                return;
              }
              done_bytes += r.title.size() + r.body.size() + (r.category ? r.category->size() : 0) + 20;
              ++offered;
              auto known = (*seen)->contains({r.id});
              if (!known) {
                db_error = known.error();
                return;
              }
              pipeline.push(Pending{std::move(r), known->front()});
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
      pipeline.finish();
      hand_over();
      if (auto st = writer.finish(); !st && db_error.empty()) db_error = st.error();
      progress.finish();
      seen->reset();  // its cache, before the index build
#ifdef __GLIBC__
      // The records were freed on this thread and the writer's but allocated in the pool
      // threads' arenas; hand that memory back before the index build sorts.
      malloc_trim(0);
#endif
      if (bulk) {
        auto t0 = std::chrono::steady_clock::now();
        if (!g.quiet && stderr_is_terminal()) fmt::print(stderr, "building indexes...\n");
        if (auto st = store->end_bulk(); !st && db_error.empty()) db_error = st.error();
        const double took = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        if (!g.quiet && took >= 1.0) fmt::print(stderr, "built the date, story and mention indexes in {:.2f} s\n", took);
      }
      if (!db_error.empty())
        fail(kDatabase, fmt::format("{}\n  ({} releases were stored in whole batches before the failure)", db_error,
                                    counts.inserted + counts.merged));
      counts.rejected = rejected;
      double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      fmt::print("read {}, new {}, merged duplicates {}, unchanged {}, rejected {}\n", counts.read, counts.inserted,
                 counts.merged, counts.unchanged, counts.rejected);
      std::cout.flush();
      if (!g.quiet) fmt::print(stderr, "ingested into {} in {:.2f} s\n", resolve_db_path(g.db_path), secs);
      if (unreadable) throw CLI::RuntimeError(kInput);
      if (rejected) throw CLI::RuntimeError(kRejected);
    }
  });
}

}  // namespace tw::cli

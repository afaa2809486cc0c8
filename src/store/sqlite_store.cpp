// The SQLite implementation of Store: WAL journal, one transaction per put(), FTS5 over title and
// body with BM25 ranking, entity mentions and facts in indexed tables. User values only ever
// reach SQL as bound parameters; the SQL text varies only by which filters are present.
#include <algorithm>
#include <array>
#include <charconv>
#include <cstdint>
#include <cctype>
#include <filesystem>
#include <functional>
#include <map>
#include <set>
#include <tuple>
#include <type_traits>
#include <mutex>
#include <unordered_map>

#include <fmt/format.h>

#include "store/encode.h"
#include "store/filter_terms.h"
#include "store/rank.h"
#include "store/schema.h"
#include "store/snippet.h"
#include "store/terms.h"
#include "store/sqlite_db.h"
#include "tradewatch/json.h"
#include "tradewatch/query.h"
#include "tradewatch/store.h"

namespace tw {
namespace {

using store::Db;
using store::Stmt;
using store::StmtUse;
using store::Value;
using json = nlohmann::json;
using ojson = nlohmann::ordered_json;

// BM25 with per-column weights (a word in the title says more than one in the body), document
// frequencies capped so ranking never counts the whole match (store/rank.h).
// Page size of a new database (open_sqlite_store), and the WAL's size at which a checkpoint
// copies it into the database.
constexpr int64_t kPageBytes = 32768;
constexpr int64_t kCheckpointBytes = int64_t{256} << 20;
constexpr const char* kRankWeights = "10.0, 1.0, 0.0";  // title, body, filters (store/filter_terms.h)
// A date range taking more of the index's date terms than this is tested by key instead.
constexpr int kMaxDateTerms = 100;
constexpr size_t kSnippetTokens = 32;
constexpr size_t kFacetSize = 20;
// Facet counts cover at most this many best-ranked matches, so their cost stays bounded
// however common the query's words are.
constexpr size_t kFacetHits = 1000;
// A text query ranks at most this many of its most recently stored matches (see search()).
constexpr size_t kRankWindow = 2000;
// A filter value named by at least this many releases is probed per candidate (see search()).
constexpr size_t kCommonValue = 20000;
// A filtered text query counts its matches among this many newest text matches.
constexpr size_t kCountScan = 5000;
// Totals are exact up to this many matches.
constexpr size_t kCountCap = 10000;
constexpr size_t kStoryReleases = 100;
// The earliest and latest publication dates stored. Two subqueries: SQLite answers a lone min()
// or max() from the index's ends, both in one SELECT by a scan.
constexpr const char* kPublishedSpan =
    "SELECT (SELECT min(published) FROM release_keys), (SELECT max(published) FROM release_keys)";

// Release keys [begin, end) of a ranked list as a JSON array, bound as one parameter and read
// back with json_each().
std::string pk_list(const std::vector<std::pair<int64_t, double>>& ranked, size_t begin, size_t end) {
  std::string out = "[";
  for (size_t i = begin; i < end; ++i) {
    if (i > begin) out += ',';
    out += std::to_string(ranked[i].first);
  }
  out += ']';
  return out;
}

size_t capped(size_t limit) { return limit == 0 ? 20 : std::min(limit, kMaxLimit); }

// " AND ..." conditions on the releases table aliased `r`, with their arguments in order.
struct Where {
  std::string sql;
  std::vector<Value> args;

  void add(std::string_view cond) {
    sql += " AND ";
    sql += cond;
  }
};

// The releases a filter value names: those with a row in `table` where `cond` (one parameter,
// the value) holds, e.g. mentions with kind 'country' and that code, or events of that type.
struct ReleaseSet {
  std::string_view table;
  std::string cond;
  char facet = 0;  // its values' letter in release_keys.facets (and the index's filters column), if any
};

// How membership is checked. kList builds the list of the set's releases once and looks each
// candidate up in it (cheap for rare values); kProbe looks each candidate up in the table's
// index, which costs nothing up front: right when the candidates come in a bounded stream, as
// ranked full-text matches do.
// kMatch: the full-text match holds the value as a term of the index's filters column, so the
// set needs no condition of its own.
enum class SetTest { kList, kProbe, kMatch };

// How each filter's set is checked; listings other than search use kList.
using SetPlan = std::function<SetTest(const ReleaseSet& set, const std::string& value)>;

// key: the SQL expression of the release key the condition tests.
void set_condition(Where& w, const ReleaseSet& set, const std::string& value, const SetPlan& plan,
                   std::string_view key) {
  const SetTest how = plan ? plan(set, value) : SetTest::kList;
  if (how == SetTest::kMatch) return;
  w.add(how == SetTest::kList ? fmt::format("{} IN (SELECT rel FROM {} WHERE {})", key, set.table, set.cond)
                              : fmt::format("EXISTS (SELECT 1 FROM {} WHERE rel = {} AND {})", set.table, key, set.cond));
  w.args.emplace_back(value);
}

ReleaseSet mentions_of(std::string_view kinds, char facet = 0) {
  return {"mentions", fmt::format("kind IN ({}) AND value = ?", kinds), facet};
}

// Conditions on the releases table aliased `r`; mention conditions test `key` (another column
// holding the release key may stand in when the filter has no date or category).
Where release_conditions(const Filter& f, const SetPlan& plan = {}, std::string_view key = "r.pk") {
  Where w;
  if (!f.from.empty()) {
    w.add("r.published >= ?");
    w.args.emplace_back(f.from);
  }
  if (!f.to.empty()) {
    // Inclusive prefix: --to 2025-12 keeps every day of December ('~' sorts after digits).
    w.add("r.published <= ?");
    w.args.emplace_back(f.to + "~");
  }
  if (!f.category.empty()) {
    w.add("r.category = ? COLLATE NOCASE");
    w.args.emplace_back(f.category);
  }
  for (const auto& c : f.countries) set_condition(w, mentions_of("'country'", 'c'), c, plan, key);
  for (const auto& b : f.blocs) set_condition(w, mentions_of("'bloc'", 'b'), b, plan, key);
  for (const auto& t : f.topics) set_condition(w, mentions_of("'topic'", 't'), t, plan, key);
  for (const auto& o : f.orgs) set_condition(w, mentions_of("'org','org_alias'"), o, plan, key);
  for (const auto& p : f.people) set_condition(w, mentions_of("'person','alias'"), p, plan, key);
  return w;
}

// The one mention condition of a filter that has nothing else, as (kinds, value).
std::optional<std::pair<std::string_view, std::string>> sole_mention(const Filter& f) {
  if (!f.from.empty() || !f.to.empty() || !f.category.empty() || !f.kind.empty()) return std::nullopt;
  std::optional<std::pair<std::string_view, std::string>> one;
  size_t n = 0;
  auto see = [&](const std::vector<std::string>& values, std::string_view kinds) {
    n += values.size();
    if (values.size() == 1) one.emplace(kinds, values[0]);
  };
  see(f.countries, "'country'");
  see(f.blocs, "'bloc'");
  see(f.topics, "'topic'");
  see(f.orgs, "'org','org_alias'");
  see(f.people, "'person','alias'");
  if (n != 1) return std::nullopt;
  return one;
}

void append(std::vector<Value>& to, const std::vector<Value>& from) { to.insert(to.end(), from.begin(), from.end()); }

std::optional<std::string> opt_text(const Stmt& s, int c) {
  if (s.is_null(c)) return std::nullopt;
  return s.str(c);
}

json text_or_null(const Stmt& s, int c) { return s.is_null(c) ? json(nullptr) : json(s.str(c)); }

// Span JSON for mentions: [begin, end] in the body, [begin, end, "title"] in the title. Appended
// to `out` (once per mention stored: no formatting library on this path).
void append_spans_json(const std::vector<Span>& spans, std::string& out) {
  out += '[';
  char num[24];
  auto put = [&](size_t v) {
    auto r = std::to_chars(num, num + sizeof num, v);
    out.append(num, r.ptr);
  };
  for (size_t i = 0; i < spans.size(); ++i) {
    if (i) out += ',';
    out += '[';
    put(spans[i].begin);
    out += ',';
    put(spans[i].end);
    if (spans[i].in_title) out += ",\"title\"";
    out += ']';
  }
  out += ']';
}

// The table names fact listings accept, with the column a Filter::kind matches and the column
// that dates a fact in a timeline.
struct FactTable {
  std::string_view name, kind_col, date_col, label_sql;
};
constexpr FactTable kFactTables[] = {
    {"events", "type", "start", "t.name"},
    {"agreements", "kind", "date", "t.name"},
    {"measures", "kind", "announced", "trim(coalesce(t.jurisdiction, '') || ' ' || coalesce(t.sector, ''))"},
    {"indicators", "metric", "period", "t.subject"},
};

const FactTable* fact_table(std::string_view name) {
  for (const auto& t : kFactTables)
    if (t.name == name) return &t;
  return nullptr;
}

// A deferred transaction that ends when it goes out of scope; it only reads, so ending it with
// COMMIT or ROLLBACK is the same. Nested use (inside a write) is left alone.
class ReadTransaction {
 public:
  explicit ReadTransaction(Db& db) : db_(db), began_(sqlite3_get_autocommit(db.handle()) && db.exec("BEGIN")) {}
  ~ReadTransaction() {
    if (began_) (void)db_.exec("COMMIT");
  }
  ReadTransaction(const ReadTransaction&) = delete;
  ReadTransaction& operator=(const ReadTransaction&) = delete;

 private:
  Db& db_;
  bool began_;
};

class SqliteStore final : public Store {
 public:
  SqliteStore(std::unique_ptr<Db> db, bool read_only, store::TermRecorder* terms)
      : db_(std::move(db)), read_only_(read_only), terms_(terms) {}

  ~SqliteStore() override {
    if (bulk_) (void)end_bulk();
    if (!read_only_) (void)db_->exec("PRAGMA optimize");
  }

  Result<bool> begin_bulk(uint64_t expected_releases) override {
    std::lock_guard lock(mu_);
    if (read_only_) return Error{"database is open read-only"};
    if (bulk_) return true;
    // The count and the drop in one write transaction: no other writer adds releases between.
    int64_t stored = 0;
    Status done = db_->exec("BEGIN IMMEDIATE");
    if (done) done = run("SELECT count(*) FROM release_keys", {}, [&](const Stmt& s) { stored = s.int64(0); });
    const bool set_aside = done && expected_releases > static_cast<uint64_t>(stored);
    if (set_aside) done = store::drop_deferrable_indexes(*db_);
    if (set_aside && done) done = db_->exec("COMMIT");
    if (!set_aside || !done) (void)db_->exec("ROLLBACK");
    if (!done) return Error{"cannot set indexes aside: " + done.error()};
    bulk_ = set_aside;
    return set_aside;
  }

  Status end_bulk() override {
    std::lock_guard lock(mu_);
    if (!bulk_) return Ok{};
    // Building an index sorts its keys: in temporary files, which SQLite's sorter reads back in
    // merged runs, rather than in memory, where 1M releases' mention values would take GBs.
    // The sorter may sort its runs on a second thread: the load's extraction threads are done,
    // and at 1M releases the mention index built in 30 s instead of 38 s.
    (void)db_->exec("PRAGMA temp_store = FILE");
    (void)db_->exec("PRAGMA threads = 1");
    Status built = db_->exec("BEGIN IMMEDIATE");
    if (built) built = store::ensure_indexes(*db_);
    if (built) built = db_->exec("COMMIT");
    if (!built) (void)db_->exec("ROLLBACK");
    (void)db_->exec("PRAGMA temp_store = MEMORY");
    (void)db_->exec("PRAGMA threads = 0");
    if (!built) return Error{"cannot rebuild the indexes: " + built.error()};
    bulk_ = false;
    return Ok{};
  }

  Status put(const std::vector<Record>& batch, IngestCounts& counts) override {
    size_t i = 0;
    return put_batch(
        [&] {
          return std::pair<const Record*, const EncodedRecord*>{i < batch.size() ? &batch[i++] : nullptr, nullptr};
        },
        counts);
  }

  Status put_encoded(const std::vector<EncodedRecord>& batch, IngestCounts& counts) override {
    size_t i = 0;
    return put_batch(
        [&] {
          if (i == batch.size()) return std::pair<const Record*, const EncodedRecord*>{nullptr, nullptr};
          const EncodedRecord& e = batch[i++];
          return std::pair{&e.record, &e};
        },
        counts);
  }

  Status put_stream(const std::function<const EncodedRecord*()>& next, IngestCounts& counts) override {
    return put_batch(
        [&] {
          const EncodedRecord* e = next();
          return std::pair{e ? &e->record : nullptr, e};
        },
        counts);
  }

  // next(): the batch's next record and its text encoded ahead (or null), or a null record at
  // the batch's end.
  template <typename Next>
  Status put_batch(Next next, IngestCounts& counts) {
    std::lock_guard lock(mu_);
    if (read_only_) return Error{"database is open read-only"};
    db_->trim_cache();
    IngestCounts before = counts;
    if (auto st = db_->exec("BEGIN IMMEDIATE"); !st) return Error{"cannot start a write transaction: " + st.error()};
    auto fail = [&](Status st) {
      (void)db_->exec("ROLLBACK");
      terms_->discard();
      counts = before;
      return st;
    };
    // Releases get keys above every key stored before this batch (the write lock is held).
    int64_t last_before = 0;
    if (auto st = run("SELECT coalesce(max(pk), 0) FROM releases", {}, [&](const Stmt& s) { last_before = s.int64(0); }); !st)
      return fail(st);
    for (auto [rec, text] = next(); rec; std::tie(rec, text) = next())
      if (auto st = put_one(*rec, text, counts); !st) return fail(st);
    // The batch's full-text rows go in last, in one statement. FTS5 buffers new rows in memory
    // until commit, but writes its buffer out as a segment whenever a later statement of the
    // transaction opens a savepoint (any insert that may fail on a constraint does): indexed
    // release by release, a batch became a thousand tiny segments to merge.
    // The words indexed are added to the index's vocabulary (store/terms.h).
    terms_->start();
    auto indexed = run("INSERT INTO releases_fts(rowid, title, body, filters) SELECT pk, title, body, filters "
                       "FROM releases_text WHERE pk > ?",
                       {last_before}, [](const Stmt&) {});
    terms_->stop();
    if (!indexed) return fail(Error{"cannot index the batch: " + indexed.error()});
    if (auto st = terms_->flush(*db_); !st) return fail(st);
    if (auto st = db_->exec("COMMIT"); !st) {
      (void)db_->exec("ROLLBACK");
      terms_->discard();
      counts = before;
      return Error{"cannot commit batch: " + st.error()};
    }
    return Ok{};
  }

  // Ranks and pages first, then reads the page's rows, so snippets are cut for the returned
  // hits only. Work stays bounded however common the query's words are:
  //  - scoring reads each ranked match's document size and positions, so a text query ranks
  //    its kRankWindow most recently stored matches (all of them when there are fewer; more
  //    when a deep page needs them), with tw_rank (document frequencies capped);
  //  - the total is counted up to kCountCap and reported as a lower bound beyond;
  //  - facets count the best-ranked kFacetHits matches.
  // Filters read release_keys, whose rows are small, rather than the releases rows behind them.
  Result<SearchResult> search(const std::string& query, const Filter& filter, bool with_facets) override {
    std::lock_guard lock(mu_);
    db_->trim_cache();
    // One read transaction: the prefix terms, the walk, the total, the page and the facets all
    // see the same snapshot, however an ingest beside it commits meanwhile.
    ReadTransaction snapshot(*db_);
    const bool text = query.find_first_not_of(" \t\r\n") != std::string::npos;
    std::string match;
    if (text) {
      if (auto st = make_snippeter(); !st) return Error{st.error()};
      auto q = translate_query(query, [&](std::string_view prefix) { return prefix_terms(prefix); });
      if (!q) return Error{"query: " + q.error()};
      // The user's words are looked for in title and body, never in the filters column.
      match = "{title body} : (" + std::move(q).value() + ")";
    }
    // A date range with text goes into the match as terms of the index's filters column when
    // it can (store/filter_terms.h): FTS5 then keeps only the matches in the range itself. The
    // rest of the filter is tested by key.
    Filter keyed = filter;
    int unscored = 0;  // the match's last phrases, the date and facet terms, which rank nothing
    bool dates_matched = false;
    if (text && (!filter.from.empty() || !filter.to.empty())) {
      std::string first, last;
      auto st = run(kPublishedSpan, {}, [&](const Stmt& s) {
        first = opt_text(s, 0).value_or("");
        last = opt_text(s, 1).value_or("");
      });
      if (!st) return Error{st.error()};
      if (auto dates = store::date_terms(filter.from, filter.to, first, last, kMaxDateTerms)) {
        match += " AND " + dates->expr;
        unscored = dates->phrases;
        dates_matched = true;
        keyed.from.clear();
        keyed.to.clear();
      }
    }
    // A value named by few releases is checked against their list, built once; a common one is
    // probed per candidate, since candidates arrive newest first (from FTS5, or the date index
    // without a text query) and the scan stops once the window or page is full.
    // Without a date or category filter, mention filters test the FTS5 key directly: no join.
    const bool keys_needed = !keyed.from.empty() || !keyed.to.empty() || !keyed.category.empty();
    const std::string_view key = text && !keys_needed ? "releases_fts.rowid" : "r.pk";
    std::string plan_error;
    // The key range every listed (rare) value's releases lie in: a text query walks only that
    // part of its matches. A value named in a few weeks' releases confines the walk to them.
    int64_t lowest = INT64_MIN, highest = INT64_MAX;
    // Narrows the range to the (min, max) keys `sql` returns; none at all: nothing can match.
    auto confine = [&](const std::string& sql, const std::vector<Value>& args) {
      return run(sql, args, [&](const Stmt& s) {
        if (s.is_null(0)) {
          lowest = INT64_MAX;
          return;
        }
        lowest = std::max(lowest, s.int64(0));
        highest = std::min(highest, s.int64(1));
      });
    };
    // A common facet value with text goes into the match as a term of the filters column
    // (store/filter_terms.h), as a date range does.
    const SetPlan plan = [&](const ReleaseSet& set, const std::string& value) {
      if (common_value(set, value, plan_error)) {
        if (!text || !set.facet) return SetTest::kProbe;
        auto term = store::facet_term(set.facet, value);
        if (!term) return SetTest::kProbe;
        match += " AND filters : " + *term;
        ++unscored;
        return SetTest::kMatch;
      }
      if (text) {
        auto range = confine(fmt::format("SELECT min(rel), max(rel) FROM {} WHERE {}", set.table, set.cond), {value});
        if (!range && plan_error.empty()) plan_error = range.error();
      }
      return SetTest::kList;
    };
    Where w = release_conditions(keyed, plan, key);
    // kind: releases reporting an event of that type (the search page's event-type facet).
    if (!filter.kind.empty()) set_condition(w, {"events", "type = ?", 'e'}, filter.kind, plan, key);
    if (!plan_error.empty()) return Error{plan_error};
    // A date range holding few releases confines the walk the same way: a feed arrives roughly
    // in date order, so a month's releases lie in a narrow key range. (Date terms in the match
    // need no such help: FTS5 skips to the next posting of the range's terms itself.)
    if (text && !dates_matched && (!filter.from.empty() || !filter.to.empty())) {
      const std::string dates = "published >= ? AND published <= ?";
      const std::vector<Value> range = {filter.from, filter.to.empty() ? std::string("~") : filter.to + "~"};
      if (!common_value({"release_keys", dates}, range, plan_error))
        if (auto st = confine("SELECT min(pk), max(pk) FROM release_keys WHERE " + dates, range); !st)
          return Error{st.error()};
      if (!plan_error.empty()) return Error{plan_error};
    }
    // The matching set, shared by the ranking and the total. Filtered, each text match is
    // tested through the narrow key-order index (schema v6), not the release_keys row, unless a
    // large load has set the index aside until its end.
    std::string from;
    std::vector<Value> base;
    bool narrow_keys = false;
    if (keys_needed && text) {
      if (auto st = run("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'release_keys_filters'", {},
                        [&](const Stmt&) { narrow_keys = true; });
          !st)
        return Error{st.error()};
    }
    const std::string text_from =
        !keys_needed ? "FROM releases_fts WHERE releases_fts MATCH ?"
        : narrow_keys
            ? "FROM releases_fts JOIN release_keys r INDEXED BY release_keys_filters ON r.pk = releases_fts.rowid "
              "WHERE releases_fts MATCH ?"
            : "FROM releases_fts JOIN release_keys r ON r.pk = releases_fts.rowid WHERE releases_fts MATCH ?";
    if (text) {
      from = text_from + w.sql;
      base.emplace_back(match);
    } else {
      from = "FROM release_keys r WHERE 1" + w.sql;
    }
    append(base, w.args);

    const size_t limit = capped(filter.limit);
    const size_t page_end = filter.offset + limit;
    const size_t want = std::max(page_end, with_facets ? kFacetHits : size_t{0});
    SearchResult out;

    // A text query walks its matches newest first, scoring the first `size` (the window) and,
    // without filters, counting on up to the cap: one pass, so a prefix query expands its words
    // once. Equal scores rank newest first, so pages are stable.
    std::optional<uint64_t> counted;  // every match, when the walk saw them all or counted them
    std::vector<std::pair<int64_t, double>> ranked;  // (pk, score), best first
    bool counted_partly = false;  // a filtered text walk stopped early: its count is a lower bound
    if (text && !w.sql.empty()) {
      // With filters: one walk down the text matches, testing the filters on each. The first
      // `size` that pass are ranked; the walk goes on through the newest kCountScan text
      // matches, counting those that pass (a filter test per match: beyond that, the total is
      // a lower bound).
      const size_t size = std::max(kRankWindow, want);
      auto args = w.args;
      args.emplace_back(static_cast<int64_t>(size));
      args.emplace_back(static_cast<int64_t>(unscored));
      args.emplace_back(match);
      args.emplace_back(lowest);
      args.emplace_back(highest);
      size_t seen = 0, passed = 0;
      ranked.reserve(std::min(size, size_t{4096}));
      bool stopped = false;  // by the callback, before the last text match
      auto st = run(fmt::format("SELECT releases_fts.rowid, CASE WHEN 1{} THEN coalesce(tw_rank(releases_fts, {}, ?, ?), 1) END "
                                "{} AND releases_fts.rowid BETWEEN ? AND ? ORDER BY releases_fts.rowid DESC",
                                w.sql, kRankWeights, text_from),
                    args, [&](const Stmt& s) {
                      ++seen;
                      if (!s.is_null(1) && ++passed <= size) ranked.emplace_back(s.int64(0), -s.real(1));
                      stopped = seen >= kCountScan && passed >= size;
                      return !stopped;
                    });
      if (!st) return Error{st.error()};
      if (stopped) counted_partly = true;
      else counted = passed;  // the walk saw every text match
      if (passed >= size) out.ranked_over = size;
      if (counted_partly) {
        out.total = std::min<uint64_t>(passed, kCountCap);
        out.total_exact = false;
      }
      const size_t keep = std::min(want, ranked.size());
      std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(keep), ranked.end(),
                        [](const auto& x, const auto& y) { return x.second != y.second ? x.second > y.second : x.first > y.first; });
      ranked.resize(keep);
    } else if (text) {
      const size_t size = std::max(kRankWindow, want);
      const size_t walk = w.sql.empty() ? std::max(kCountCap + 1, size) : size;
      auto args = base;
      args.insert(args.begin(), {Value{static_cast<int64_t>(size)}, Value{static_cast<int64_t>(unscored)}});
      args.emplace_back(static_cast<int64_t>(walk));
      uint64_t n = 0;
      ranked.reserve(std::min(size, size_t{4096}));
      auto st = run(fmt::format("SELECT releases_fts.rowid, tw_rank(releases_fts, {}, ?, ?) {} "
                                "ORDER BY releases_fts.rowid DESC LIMIT ?",
                                kRankWeights, from),
                    args, [&](const Stmt& s) {
                      if (++n <= size) ranked.emplace_back(s.int64(0), -s.real(1));
                    });
      if (!st) return Error{st.error()};
      if (w.sql.empty() || n < size) counted = n;
      if (n >= size) out.ranked_over = size;
      const size_t keep = std::min(want, ranked.size());
      std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(keep), ranked.end(),
                        [](const auto& x, const auto& y) { return x.second != y.second ? x.second > y.second : x.first > y.first; });
      ranked.resize(keep);
    } else {
      // Without text: newest published first, as far as the page and the facets need.
      auto args = base;
      args.emplace_back(static_cast<int64_t>(want));
      ranked.reserve(std::min(want, size_t{4096}));
      auto st = run(fmt::format("SELECT r.pk {} ORDER BY r.published DESC, r.pk DESC LIMIT ?", from), args,
                    [&](const Stmt& s) { ranked.emplace_back(s.int64(0), 0.0); });
      if (!st) return Error{st.error()};
      if (ranked.size() < want) counted = ranked.size();
    }

    if (counted) {
      out.total = std::min<uint64_t>(*counted, kCountCap);
      out.total_exact = *counted <= kCountCap;
    } else if (!counted_partly) {
      // A listing without text: one filtered by a mention alone counts in the mentions index,
      // without visiting each release.
      auto args = base;
      std::string count_from = from;
      if (auto one = sole_mention(filter)) {
        count_from = fmt::format("FROM (SELECT DISTINCT rel FROM mentions WHERE kind IN ({}) AND value = ?)", one->first);
        args = {one->second};
      }
      args.emplace_back(static_cast<int64_t>(kCountCap + 1));
      uint64_t n = 0;
      auto st = run(fmt::format("SELECT count(*) FROM (SELECT 1 {} LIMIT ?)", count_from), args,
                    [&](const Stmt& s) { n = static_cast<uint64_t>(s.int64(0)); });
      if (!st) return Error{st.error()};
      out.total = std::min<uint64_t>(n, kCountCap);
      out.total_exact = n <= kCountCap;
    }
    if (out.ranked_over == 0 || out.ranked_over > out.total) out.ranked_over = out.total;

    if (filter.offset < ranked.size()) {
      const size_t end = std::min(page_end, ranked.size());
      std::string pks = pk_list(ranked, filter.offset, end);
      std::unordered_map<int64_t, size_t> slot;
      for (size_t i = filter.offset; i < end; ++i) slot.emplace(ranked[i].first, i - filter.offset);
      out.hits.resize(end - filter.offset);
      // The page's rows by key; snippets are cut here around each body's first match, so the
      // match is not re-run per row.
      const std::string sql = text ? "SELECT r.pk, r.id, r.title, r.published, r.category, r.body "
                                     "FROM releases r WHERE r.pk IN (SELECT value FROM json_each(?))"
                                   : "SELECT r.pk, r.id, r.title, r.published, r.category, substr(r.body, 1, 400) "
                                     "FROM releases r WHERE r.pk IN (SELECT value FROM json_each(?))";
      store::Snippeter::Pattern pattern;
      if (text) pattern = snippeter_->compile(positive_terms(query));
      std::vector<Value> args;
      args.emplace_back(std::move(pks));
      auto st = run(sql, args, [&](const Stmt& s) {
        auto it = slot.find(s.int64(0));
        if (it == slot.end()) return;
        SearchHit& h = out.hits[it->second];
        h.id = s.str(1);
        h.title = s.str(2);
        h.published = s.str(3);
        h.category = opt_text(s, 4);
        h.score = ranked[filter.offset + it->second].second;
        h.snippet = text ? snippeter_->cut(s.text(5), pattern, kSnippetTokens) : lead(s.text(5));
      });
      if (!st) return Error{st.error()};
    }

    if (with_facets && out.total > 0) {
      const size_t n = std::min(ranked.size(), kFacetHits);
      out.facets_over = n;
      if (auto st = count_facets(pk_list(ranked, 0, n), out.facets); !st) return Error{st.error()};
    }
    return out;
  }

  Result<std::optional<Record>> get(const std::string& id) override {
    std::lock_guard lock(mu_);
    std::optional<Record> out;
    std::string error;
    auto st = run(
        "SELECT id, title, body, category, published, truncated, story, url, source, extraction "
        "FROM releases WHERE id = ?",
        {id}, [&](const Stmt& s) {
          json j = json::parse(s.text(9), nullptr, false);
          if (!j.is_object()) j = json::object();
          j["id"] = s.str(0);
          j["title"] = s.str(1);
          j["body"] = s.str(2);
          j["category"] = text_or_null(s, 3);
          j["published"] = s.str(4);
          j["truncated"] = s.int64(5) != 0;
          j["story"] = s.is_null(6) ? "" : s.str(6);
          if (!s.is_null(7)) j["url"] = s.str(7);
          if (!s.is_null(8)) j["source"] = s.str(8);
          auto rec = record_from_json(j);
          if (rec) out = std::move(rec).value();
          else error = rec.error();
        });
    if (!st) return Error{st.error()};
    if (!error.empty()) return Error{fmt::format("stored release {} is unreadable: {}", id, error)};
    return out;
  }

  Result<std::vector<bool>> contains(const std::vector<std::string>& ids) override {
    std::lock_guard lock(mu_);
    std::vector<bool> out;
    out.reserve(ids.size());
    for (const auto& id : ids) {
      bool found = false;
      if (auto st = run("SELECT 1 FROM releases WHERE id = ?", {id}, [&](const Stmt&) { found = true; }); !st)
        return Error{st.error()};
      out.push_back(found);
    }
    return out;
  }

  Result<int64_t> data_version() override {
    std::lock_guard lock(mu_);
    int64_t v = 0;
    if (auto st = run("PRAGMA data_version", {}, [&](const Stmt& s) { v = s.int64(0); }); !st) return Error{st.error()};
    return v;
  }

  Result<json> stats() override {
    std::lock_guard lock(mu_);
    json out = json::object();
    auto count = [&](const std::string& sql, const char* key) {
      return run(sql, {}, [&](const Stmt& s) { out[key] = s.int64(0); });
    };
    if (auto st = count("SELECT count(*) FROM releases", "releases"); !st) return Error{st.error()};
    if (auto st = count("SELECT count(DISTINCT story) FROM releases", "stories"); !st) return Error{st.error()};
    if (auto st = run(kPublishedSpan, {}, [&](const Stmt& s) {
          out["first"] = text_or_null(s, 0);
          out["last"] = text_or_null(s, 1);
        });
        !st)
      return Error{st.error()};
    json cats = json::array();
    if (auto st = run("SELECT category, count(*) FROM releases GROUP BY category ORDER BY 2 DESC, 1", {},
                      [&](const Stmt& s) { cats.push_back({{"category", text_or_null(s, 0)}, {"releases", s.int64(1)}}); });
        !st)
      return Error{st.error()};
    out["categories"] = std::move(cats);
    json mentions = json::object();
    for (const char* k : {"country", "bloc", "org", "person", "topic"}) mentions[k] = 0;
    if (auto st = run("SELECT kind, count(*) FROM mentions WHERE kind IN ('country', 'bloc', 'org', 'person', 'topic') "
                      "GROUP BY kind",
                      {},
                      [&](const Stmt& s) { mentions[s.str(0)] = s.int64(1); });
        !st)
      return Error{st.error()};
    out["mentions"] = std::move(mentions);
    json facts = json::object();
    for (const auto& t : kFactTables) {
      if (auto st = run(fmt::format("SELECT count(*) FROM {}", t.name), {},
                        [&](const Stmt& s) { facts[std::string(t.name)] = s.int64(0); });
          !st)
        return Error{st.error()};
    }
    out["facts"] = std::move(facts);
    uint64_t bytes = 0;
    std::error_code ec;
    for (const std::string suffix : {"", "-wal"}) {
      auto n = std::filesystem::file_size(db_->path() + suffix, ec);
      if (!ec) bytes += n;
    }
    out["bytes"] = bytes;
    out["schema_version"] = store::schema_version();
    out["path"] = db_->path();
    return out;
  }

  Result<json> entities(const std::string& kind, const Filter& filter) override {
    std::lock_guard lock(mu_);
    db_->trim_cache();
    static const std::vector<std::string> kKinds = {"country", "bloc", "org", "person", "topic"};
    std::string kinds;
    if (kind.empty()) {
      kinds = "'country','bloc','org','person','topic'";
    } else if (std::find(kKinds.begin(), kKinds.end(), kind) != kKinds.end()) {
      kinds = "'" + kind + "'";  // from the fixed list above
    } else {
      return Error{fmt::format("unknown entity kind '{}' (country, bloc, org, person, topic)", kind)};
    }
    // Counted in the (kind, value) index alone: a release names a value once (the table's key is
    // release, kind, value), so rows are releases, and no row is read for its name. An
    // organization's full name is looked up afterwards for the page's values only, as its first
    // 100 mentions spell it, whatever the filter. (Reading every row's name cost 33 s for the
    // countries of 1M releases.)
    Where w = release_conditions(filter);
    std::string sql = "SELECT kind, value, count(*) AS n FROM mentions WHERE kind IN (" + kinds + ")";
    if (!w.sql.empty()) sql += " AND rel IN (SELECT r.pk FROM release_keys r WHERE 1" + w.sql + ")";
    sql += " GROUP BY kind, value ORDER BY n DESC, kind, value LIMIT ? OFFSET ?";
    auto args = w.args;
    args.emplace_back(static_cast<int64_t>(capped(filter.limit)));
    args.emplace_back(static_cast<int64_t>(filter.offset));
    json out = json::array();
    auto st = run(sql, args, [&](const Stmt& s) {
      out.push_back({{"kind", s.str(0)}, {"value", s.str(1)}, {"name", s.str(1)}, {"releases", s.int64(2)}});
    });
    if (!st) return Error{st.error()};
    for (auto& e : out) {
      if (e["kind"] != "org") continue;
      auto ns = run("SELECT max(name) FROM (SELECT name FROM mentions WHERE kind = 'org' AND value = ? LIMIT 100)",
                    {e["value"].get<std::string>()}, [&](const Stmt& s) {
                      if (!s.is_null(0)) e["name"] = s.str(0);
                    });
      if (!ns) return Error{ns.error()};
    }
    return out;
  }

  Result<json> facts(const std::string& table, const Filter& filter) override {
    std::lock_guard lock(mu_);
    db_->trim_cache();
    const FactTable* t = fact_table(table);
    if (!t) return Error{fmt::format("unknown fact table '{}' (events, agreements, measures, indicators)", table)};
    // A common filter value is probed per release as the walk goes down the dates; a rare one
    // is listed once (as in search()).
    std::string plan_error;
    Where w = release_conditions(filter, probe_common(plan_error));
    if (!plan_error.empty()) return Error{plan_error};
    // Newest first: releases are walked down release_keys' date index (r: the filters' columns)
    // and their facts looked up, so the first page costs a page's worth of lookups (SQLite's
    // own choice, a scan of every fact and a sort, took 1.2 s at 1M); a rare kind is read from
    // its index instead. The release's id and title by key.
    const bool rare_kind =
        !filter.kind.empty() && !common_value({t->name, fmt::format("{} = ?", t->kind_col)}, filter.kind, plan_error);
    const std::string from = rare_kind ? fmt::format("{} t JOIN release_keys r ON r.pk = t.rel", t->name)
                                       : fmt::format("release_keys r CROSS JOIN {} t ON t.rel = r.pk", t->name);
    std::string sql = fmt::format("SELECT t.item, d.id, r.published, d.title FROM {} JOIN releases d ON d.pk = t.rel WHERE 1{}",
                                  from, w.sql);
    auto args = w.args;
    if (!filter.kind.empty()) {
      sql += fmt::format(" AND t.{} = ?", t->kind_col);
      args.emplace_back(filter.kind);
    }
    sql += " ORDER BY r.published DESC, r.pk DESC, t.seq LIMIT ? OFFSET ?";
    args.emplace_back(static_cast<int64_t>(capped(filter.limit)));
    args.emplace_back(static_cast<int64_t>(filter.offset));
    json out = json::array();
    auto st = run(sql, args, [&](const Stmt& s) {
      json item = json::parse(s.text(0), nullptr, false);
      if (!item.is_object()) item = json::object();
      item["release_id"] = s.str(1);
      item["published"] = s.str(2);
      item["title"] = s.str(3);
      out.push_back(std::move(item));
    });
    if (!st) return Error{st.error()};
    return out;
  }

  Result<json> stories(const Filter& filter) override {
    std::lock_guard lock(mu_);
    db_->trim_cache();
    // Stories by their latest release, newest first. Grouping every release by story costs a
    // pass over the corpus (6.8 s at 1M); instead releases are walked newest first (r:
    // release_keys, the filters' columns), each story noted when first seen, which is at its
    // latest release, until the page's stories are known and the walk has passed their date
    // (stories of the same day order by size). Only those stories are then counted.
    std::string plan_error;
    Where w = release_conditions(filter, probe_common(plan_error));
    if (!plan_error.empty()) return Error{plan_error};
    struct Story {
      std::string key, first, last;
      int64_t size = 0;
    };
    std::vector<Story> seen;
    std::unordered_map<std::string, size_t> index;
    const size_t want = filter.offset + capped(filter.limit);
    auto st = run("SELECT d.story, r.published FROM release_keys r JOIN releases d ON d.pk = r.pk "
                  "WHERE d.story IS NOT NULL" + w.sql + " ORDER BY r.published DESC, r.pk DESC",
                  w.args, [&](const Stmt& s) {
                    std::string_view published = s.text(1);
                    if (seen.size() >= want && published < seen[want - 1].last) return false;
                    std::string key(s.text(0));
                    if (index.emplace(key, seen.size()).second) seen.push_back({std::move(key), "", std::string(published)});
                    return true;
                  });
    if (!st) return Error{st.error()};
    auto counts_args = w.args;
    counts_args.insert(counts_args.begin(), Value{std::string()});
    const std::string count_sql = "SELECT count(*), min(r.published) FROM releases d JOIN release_keys r ON r.pk = d.pk "
                                  "WHERE d.story = ?" + w.sql;
    for (auto& story : seen) {
      counts_args[0] = story.key;
      auto cs = run(count_sql, counts_args, [&](const Stmt& s) {
        story.size = s.int64(0);
        story.first = s.str(1);
      });
      if (!cs) return Error{cs.error()};
    }
    std::sort(seen.begin(), seen.end(), [](const Story& a, const Story& b) {
      if (a.last != b.last) return a.last > b.last;
      if (a.size != b.size) return a.size > b.size;
      return a.key < b.key;
    });
    json out = json::array();
    for (size_t i = filter.offset; i < std::min(want, seen.size()); ++i)
      out.push_back({{"story", seen[i].key}, {"first", seen[i].first}, {"last", seen[i].last}, {"releases", json::array()}});
    for (auto& story : out) {
      auto rs = run("SELECT id, title, published, category FROM releases WHERE story = ? ORDER BY published, pk LIMIT ?",
                    {story["story"].get<std::string>(), static_cast<int64_t>(kStoryReleases)}, [&](const Stmt& s) {
                      story["releases"].push_back({{"id", s.str(0)}, {"title", s.str(1)}, {"published", s.str(2)},
                                                   {"category", text_or_null(s, 3)}});
                    });
      if (!rs) return Error{rs.error()};
      story["size"] = story["releases"].size();
    }
    return out;
  }

  Result<json> timeline(const Filter& filter) override {
    std::lock_guard lock(mu_);
    db_->trim_cache();
    // Two steps: the facts' sort keys alone are sorted (every fact of every matching release:
    // carrying each one's JSON and title through the sort took 5 s for a common country at
    // 1M), then the page's facts are read by key. Ties keep the tables' order (events first).
    Where w = release_conditions(filter);
    std::string sql = "SELECT date, fact, pk, seq FROM (";
    std::vector<Value> args;
    std::string page_sql[std::size(kFactTables)];  // one fact of each table, by key
    for (size_t i = 0; i < std::size(kFactTables); ++i) {
      const auto& t = kFactTables[i];
      page_sql[i] = fmt::format(
          "SELECT t.{0}, {1}, t.item, r.id, r.title, r.published FROM {2} t JOIN releases r ON r.pk = t.rel "
          "WHERE t.rel = ? AND t.seq = ?",
          t.kind_col, t.label_sql, t.name);
      if (i) sql += " UNION ALL ";
      // A fact without its own date sits at its release's publication date.
      sql += fmt::format(
          "SELECT coalesce(t.{0}, r.published) AS date, {1} AS fact, r.pk AS pk, t.seq AS seq, r.published AS published "
          "FROM {2} t JOIN release_keys r ON r.pk = t.rel WHERE 1{3}",
          t.date_col, i, t.name, w.sql);
      append(args, w.args);
    }
    // The latest facts, shown oldest first.
    sql += ") ORDER BY date DESC, published DESC, pk DESC, seq DESC, fact LIMIT ? OFFSET ?";
    args.emplace_back(static_cast<int64_t>(capped(filter.limit)));
    args.emplace_back(static_cast<int64_t>(filter.offset));
    struct Key {
      std::string date;
      size_t fact;
      int64_t pk, seq;
    };
    std::vector<Key> keys;
    auto st = run(sql, args, [&](const Stmt& s) {
      keys.push_back({s.str(0), static_cast<size_t>(s.int64(1)), s.int64(2), s.int64(3)});
    });
    if (!st) return Error{st.error()};
    json out = json::array();
    for (const auto& k : keys) {
      const size_t i = std::min(k.fact, std::size(kFactTables) - 1);
      const auto& t = kFactTables[i];
      auto fs = run(page_sql[i], {k.pk, k.seq}, [&](const Stmt& s) {
        json item = json::parse(s.text(2), nullptr, false);
        out.push_back({{"date", k.date}, {"fact", std::string(t.name.substr(0, t.name.size() - 1))},
                       {"kind", s.str(0)}, {"label", text_or_null(s, 1)}, {"release_id", s.str(3)},
                       {"title", s.str(4)}, {"published", s.str(5)},
                       {"item", item.is_discarded() ? json(nullptr) : item}});
      });
      if (!fs) return Error{fs.error()};
    }
    std::reverse(out.begin(), out.end());
    return out;
  }

  Result<json> partner_graph(const Filter& filter) override {
    std::lock_guard lock(mu_);
    db_->trim_cache();
    Where w = release_conditions(filter);
    std::string sql =
        "SELECT r.pk, t.country, t.item, (SELECT group_concat(value, ' ') FROM mentions m WHERE m.rel = r.pk AND "
        "m.kind = 'topic') FROM events t JOIN release_keys r ON r.pk = t.rel WHERE 1" +
        w.sql + " ORDER BY r.published DESC LIMIT 50000";
    struct Link {
      uint64_t weight = 0;
      std::map<std::string, uint64_t> topics;
    };
    std::map<std::string, std::set<int64_t>> nodes;
    std::map<std::pair<std::string, std::string>, Link> links;
    auto st = run(sql, w.args, [&](const Stmt& s) {
      std::set<std::string> codes;
      if (!s.is_null(1)) codes.insert(s.str(1));
      json item = json::parse(s.text(2), nullptr, false);
      if (item.is_object() && item.contains("partners") && item["partners"].is_array())
        for (const auto& p : item["partners"])
          if (p.is_string()) codes.insert(p.get<std::string>());
      for (const auto& c : codes) nodes[c].insert(s.int64(0));
      std::vector<std::string> topics;
      std::string tl = s.str(3);
      for (size_t b = 0; b < tl.size();) {
        size_t e = tl.find(' ', b);
        if (e == std::string::npos) e = tl.size();
        if (e > b) topics.push_back(tl.substr(b, e - b));
        b = e + 1;
      }
      for (auto a = codes.begin(); a != codes.end(); ++a)
        for (auto b = std::next(a); b != codes.end(); ++b) {
          auto& l = links[{*a, *b}];
          ++l.weight;
          for (const auto& t : topics) ++l.topics[t];
        }
    });
    if (!st) return Error{st.error()};
    json out = {{"nodes", json::array()}, {"links", json::array()}};
    for (const auto& [code, rels] : nodes) out["nodes"].push_back({{"id", code}, {"releases", rels.size()}});
    std::vector<std::pair<std::pair<std::string, std::string>, Link>> sorted(links.begin(), links.end());
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.second.weight > b.second.weight; });
    for (const auto& [ends, l] : sorted) {
      std::vector<std::pair<std::string, uint64_t>> ts(l.topics.begin(), l.topics.end());
      std::stable_sort(ts.begin(), ts.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
      json topics = json::array();
      for (size_t i = 0; i < ts.size() && i < 5; ++i) topics.push_back(ts[i].first);
      out["links"].push_back({{"source", ends.first}, {"target", ends.second}, {"weight", l.weight}, {"topics", topics}});
    }
    return out;
  }

 private:
  template <typename RowFn>
  Status run(const std::string& sql, const std::vector<Value>& args, RowFn&& on_row) {
    auto s = db_->cached(sql);
    if (!s) return Error{s.error()};
    StmtUse use(**s);
    db_->bind_all(*use, args);
    int rc;
    while ((rc = use->step()) == SQLITE_ROW) {
      // A callback returning bool stops the query when it returns false.
      if constexpr (std::is_same_v<std::invoke_result_t<RowFn&, const Stmt&>, bool>) {
        if (!on_row(*use)) return Ok{};
      } else {
        on_row(*use);
      }
    }
    if (rc != SQLITE_DONE) return db_->error("query failed");
    return Ok{};
  }

  // Facet counts over the given releases (a JSON array of keys), from one small release_keys row
  // each. Values are counted here rather than with GROUP BY: SQLite's sorter costs ~1 us a row,
  // a hash map a fraction of that.
  Status count_facets(const std::string& pks, std::map<std::string, std::vector<FacetCount>>& facets) {
    static const std::string kSql =
        "SELECT k.facets, k.category, substr(k.published, 1, 4) FROM release_keys k "
        "WHERE k.pk IN (SELECT value FROM json_each(?))";
    // Values compare case-insensitively (the mentions' NOCASE collation); the first spelling seen names the group.
    struct Group {
      std::string value;
      uint64_t count = 0;
    };
    std::map<std::string, std::unordered_map<std::string, Group>> groups;
    auto add = [&](const char* facet, std::string_view value) {
      std::string key(value);
      for (auto& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      auto& g = groups[facet][key];
      if (g.count++ == 0) g.value = std::string(value);
    };
    auto st = run(kSql, {pks}, [&](const Stmt& s) {
      std::string_view values = s.text(0);
      while (!values.empty()) {
        const size_t end = std::min(values.find('\x1e'), values.size());
        std::string_view item = values.substr(0, end);
        values.remove_prefix(std::min(end + 1, values.size()));
        if (item.size() < 3 || item[1] != '\x1f') continue;
        const char* facet = item[0] == 'c' ? "countries" : item[0] == 'b' ? "blocs" : item[0] == 't' ? "topics"
                          : item[0] == 'e' ? "event_types" : nullptr;
        if (facet) add(facet, item.substr(2));
      }
      if (!s.is_null(1)) add("categories", s.text(1));
      add("years", s.text(2));
    });
    if (!st) return st;
    for (const char* name : {"countries", "blocs", "topics", "event_types", "categories", "years"}) {
      auto& list = facets[name];
      list.clear();
      for (auto& [key, g] : groups[name]) list.push_back({std::move(g.value), g.count});
      auto by_count = [](const FacetCount& a, const FacetCount& b) {
        if (a.count != b.count) return a.count > b.count;
        return a.value < b.value;
      };
      const size_t keep = std::min(list.size(), kFacetSize);
      std::partial_sort(list.begin(), list.begin() + static_cast<std::ptrdiff_t>(keep), list.end(), by_count);
      list.resize(keep);
    }
    // Years read best in time order.
    auto& years = facets["years"];
    std::sort(years.begin(), years.end(), [](const auto& a, const auto& b) { return a.value < b.value; });
    return Ok{};
  }

  // Whether at least kCommonValue releases are in the set (counted no further); a failed count
  // leaves its message in `error` and says no. The set's condition takes `args` (or one value).
  bool common_value(const ReleaseSet& set, const std::string& value, std::string& error) {
    return common_value(set, std::vector<Value>{value}, error);
  }
  bool common_value(const ReleaseSet& set, std::vector<Value> args, std::string& error) {
    uint64_t n = 0;
    args.emplace_back(static_cast<int64_t>(kCommonValue));
    auto st = run(fmt::format("SELECT count(*) FROM (SELECT 1 FROM {} WHERE {} LIMIT ?)", set.table, set.cond), args,
                  [&](const Stmt& s) { n = static_cast<uint64_t>(s.int64(0)); });
    if (!st && error.empty()) error = st.error();
    return n >= kCommonValue;
  }

  // For listings walked newest first: a common value probed per release, a rare one listed.
  SetPlan probe_common(std::string& error) {
    return [this, &error](const ReleaseSet& set, const std::string& value) {
      return common_value(set, value, error) ? SetTest::kProbe : SetTest::kList;
    };
  }

  Status make_snippeter() {
    if (snippeter_) return Ok{};
    auto sn = store::Snippeter::create(db_->handle());
    if (!sn) return Error{sn.error()};
    snippeter_ = std::move(sn).value();
    return Ok{};
  }

  // A prefix term as the index terms it stands for (store/terms.h), when it is one word with
  // at most kMaxPrefixTerms completions; otherwise nullopt, and FTS5 expands the prefix.
  // Quoted in a query, a term is tokenized (stemmed) again, and the porter stemmer does not
  // always give a stem back unchanged ("exclus" becomes "exclu"): such a term is searched as
  // the longest prefix of it that stems to a prefix of it still within the user's prefix
  // ("exclus"* stems to exclu*), so together the terms match exactly what the prefix does.
  std::optional<std::vector<QueryTerm>> prefix_terms(std::string_view prefix) {
    const auto words = snippeter_->tokens(prefix, true);
    if (words.size() != 1) return std::nullopt;
    const std::string& p = words[0];
    if (p.empty()) return std::nullopt;
    auto terms = store::terms_with_prefix(*db_, p, store::kMaxPrefixTerms);
    if (!terms || !*terms) return std::nullopt;
    std::vector<QueryTerm> out;
    for (auto& t : **terms) {
      if (const auto again = snippeter_->tokens(t); again.size() == 1 && again[0] == t) {
        out.push_back({std::move(t), false});
        continue;
      }
      bool found = false;
      for (size_t len = t.size(); len >= p.size() && !found; --len) {
        if (len < t.size() && (static_cast<unsigned char>(t[len]) & 0xC0) == 0x80) continue;  // inside a character
        const auto stem = snippeter_->tokens(std::string_view(t).substr(0, len), true);
        if (stem.size() == 1 && stem[0].starts_with(p) && t.starts_with(stem[0])) {
          out.push_back({t.substr(0, len), true});
          found = true;
        }
      }
      if (!found) return std::nullopt;
    }
    return out;
  }

  // The opening of a body, cut at a word boundary, for listings without a text query.
  static std::string lead(std::string_view body) {
    constexpr size_t kMax = 240;
    if (body.size() <= kMax) return std::string(body);
    size_t cut = body.rfind(' ', kMax);
    if (cut == std::string_view::npos || cut < kMax / 2) {
      cut = kMax;
      while (cut > 0 && (static_cast<unsigned char>(body[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
    }
    return std::string(body.substr(0, cut)) + "…";
  }

  Result<Stmt*> stmt(const char* sql) { return db_->cached(sql); }

  Status step_done(Stmt& s, std::string_view what) {
    int rc = s.step();
    s.reset();
    if (rc != SQLITE_DONE) return db_->error(what);
    return Ok{};
  }

  Status put_one(const Record& rec, const EncodedRecord* text, IngestCounts& counts) {
    const Release& r = rec.release;
    ++counts.read;
    auto find = stmt("SELECT pk, category IS NULL FROM releases WHERE id = ?");
    if (!find) return Error{find.error()};
    int64_t pk = -1;
    bool stored_without_category = false;
    {
      StmtUse use(**find);
      use->bind(1, r.id);
      int rc = use->step();
      if (rc == SQLITE_ROW) {
        pk = use->int64(0);
        stored_without_category = use->int64(1) != 0;
      } else if (rc != SQLITE_DONE) {
        return db_->error("cannot look up release");
      }
    }
    if (pk >= 0) {
      if (stored_without_category && r.category) {
        auto up = stmt("UPDATE releases SET category = ? WHERE pk = ?");
        if (!up) return Error{up.error()};
        (*up)->bind(1, *r.category);
        (*up)->bind(2, pk);
        if (auto st = step_done(**up, "cannot update category"); !st) return st;
        ++counts.merged;
      } else {
        ++counts.unchanged;
      }
      return Ok{};
    }

    // The extraction part of the record, stored whole for get(); its fact items go below.
    if (!text || !text->encoded) {
      store::encode_text(rec, scratch_);
      text = &scratch_;
    }
    const std::string& extraction = text->extraction;
    auto ins = stmt(
        "INSERT INTO releases(id, title, body, category, published, truncated, story, url, source, extraction) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!ins) return Error{ins.error()};
    {
      Stmt& s = **ins;
      // The large values are bound without a copy: they outlive the step.
      s.bind(1, r.id);
      s.bind_static(2, r.title);
      s.bind_static(3, r.body);
      if (r.category) s.bind(4, *r.category);
      s.bind(5, r.published);
      s.bind(6, r.truncated ? 1 : 0);
      s.bind_or_null(7, rec.story);
      s.bind_or_null(8, r.url);
      s.bind_or_null(9, r.source);
      s.bind_static(10, extraction);
      if (auto st = step_done(s, "cannot insert release"); !st) return st;
    }
    pk = sqlite3_last_insert_rowid(db_->handle());

    if (auto st = put_mentions(pk, rec); !st) return st;
    if (auto st = put_facts(pk, rec.x, *text); !st) return st;
    auto keys = stmt("UPDATE release_keys SET facets = ? WHERE pk = ?");
    if (!keys) return Error{keys.error()};
    (*keys)->bind_or_null(1, text->facets);
    (*keys)->bind(2, pk);
    if (auto st = step_done(**keys, "cannot store facet values"); !st) return st;
    ++counts.inserted;
    return Ok{};
  }

  // A release's mention rows go in a chunk at a time, by one multi-row statement: a statement's
  // start and end cost more than inserting its row into the table, which is clustered by
  // release, so a release's rows append in one place.
  struct MentionRow {
    const char* kind;
    std::string_view value, name;
    size_t spans_begin, spans_end;  // in mention_spans_; no spans (NULL) when has_spans is false
    bool has_spans;
  };
  static constexpr size_t kMentionChunk = 32;

  // The statement inserting n rows (1 <= n <= kMentionChunk), compiled on first use.
  Result<Stmt*> mention_insert(size_t n) {
    auto& slot = mention_inserts_[n - 1];
    if (!slot) {
      // OR IGNORE: a value repeated within a release (two organizations sharing an acronym) is
      // one lookup row, as with one statement per row.
      std::string sql = "INSERT OR IGNORE INTO mentions(rel, kind, value, name, spans) VALUES ";
      for (size_t k = 0; k < n; ++k) {
        const size_t p = 2 + 4 * k;
        sql += fmt::format("{}(?1, ?{}, ?{}, ?{}, ?{})", k ? ", " : "", p, p + 1, p + 2, p + 3);
      }
      auto st = db_->prepare(sql);
      if (!st) return Error{st.error()};
      slot = std::make_unique<Stmt>(std::move(st).value());
    }
    return slot.get();
  }

  Status put_mentions(int64_t pk, const Record& rec) {
    std::vector<MentionRow>& rows = mention_rows_;
    std::string& spans_text = mention_spans_;
    rows.clear();
    spans_text.clear();
    auto add = [&](const char* kind, std::string_view value, std::string_view name, const std::vector<Span>* spans) {
      if (value.empty()) return;
      const size_t begin = spans_text.size();
      if (spans) append_spans_json(*spans, spans_text);
      rows.push_back({kind, value, name, begin, spans_text.size(), spans != nullptr});
    };
    const Extraction& x = rec.x;
    for (const auto& c : x.countries) add("country", c.code, {}, &c.spans);
    for (const auto& b : x.blocs) add("bloc", b.code, {}, &b.spans);
    for (const auto& o : x.organizations) {
      if (o.acronym.empty() || o.acronym == o.name) {
        add("org", o.name, {}, &o.spans);
        continue;
      }
      add("org", o.acronym, o.name, &o.spans);
      add("org_alias", o.name, o.acronym, nullptr);
    }
    for (const auto& p : x.people) {
      add("person", p.name, {}, &p.spans);
      for (const auto& a : p.aliases) add("alias", a, p.name, nullptr);
    }
    for (const auto& t : x.topics) add("topic", t, {}, nullptr);

    const std::string_view all_spans = spans_text;
    for (size_t i = 0; i < rows.size(); i += kMentionChunk) {
      const size_t n = std::min(kMentionChunk, rows.size() - i);
      auto m = mention_insert(n);
      if (!m) return Error{m.error()};
      Stmt& s = **m;
      s.bind(1, pk);
      for (size_t k = 0; k < n; ++k) {
        const MentionRow& r = rows[i + k];
        const int p = static_cast<int>(2 + 4 * k);
        // The rows' text lives in the record and mention_spans_ until the step below is done.
        s.bind_static(p, r.kind);
        s.bind_static(p + 1, r.value);
        if (!r.name.empty()) s.bind_static(p + 2, r.name);
        if (r.has_spans) s.bind_static(p + 3, all_spans.substr(r.spans_begin, r.spans_end - r.spans_begin));
      }
      if (auto st = step_done(s, "cannot insert mention"); !st) return st;
    }
    return Ok{};
  }

  // Fact tables: the columns listings filter and sort on, and the item's JSON object as in the
  // record's line. Unknown values (empty strings) are NULL; the kind column is never NULL.
  // text: the record's encoded text, its items in the order of the facts below.
  Status put_facts(int64_t pk, const Extraction& x, const EncodedRecord& text) {
    size_t next_item = 0, next_parties = 0;
    // Binds span, in_title and item from parameter i on, then inserts.
    auto finish = [&](Stmt& s, int i, const Span& span, const char* failure) {
      s.bind(i, static_cast<int64_t>(span.begin));
      s.bind(i + 1, static_cast<int64_t>(span.end));
      s.bind(i + 2, span.in_title ? 1 : 0);
      s.bind_static(i + 3, text.items[next_item++]);
      return step_done(s, failure);
    };
    // failure: the message of a failed insert, written out: it is passed for every fact.
    auto insert = [&](const auto& items, const char* sql, const char* failure, auto&& bind_columns) -> Status {
      if (items.empty()) return Ok{};
      auto ins = stmt(sql);
      if (!ins) return Error{ins.error()};
      Stmt& s = **ins;
      int64_t seq = 0;
      for (const auto& fact : items) {
        s.bind(1, pk);
        s.bind(2, seq++);
        const int next = bind_columns(s, fact);
        if (auto st = finish(s, next, fact.span, failure); !st) return st;
      }
      return Ok{};
    };
    if (auto st = insert(x.events,
                         "INSERT INTO events(rel, seq, type, name, start, \"end\", country, span_begin, span_end, "
                         "in_title, item) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                         "cannot insert into events",
                         [&](Stmt& s, const Event& e) {
                           s.bind(3, e.type);
                           s.bind_or_null(4, e.name);
                           s.bind_or_null(5, e.start);
                           s.bind_or_null(6, e.end);
                           s.bind_or_null(7, e.country);
                           return 8;
                         });
        !st)
      return st;
    if (auto st = insert(x.agreements,
                         "INSERT INTO agreements(rel, seq, kind, name, status, date, parties, span_begin, span_end, "
                         "in_title, item) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                         "cannot insert into agreements",
                         [&](Stmt& s, const Agreement& e) {
                           s.bind(3, e.kind);
                           s.bind_or_null(4, e.name);
                           s.bind_or_null(5, e.status);
                           s.bind_or_null(6, e.date);
                           s.bind_static(7, text.parties[next_parties++]);
                           return 8;
                         });
        !st)
      return st;
    if (auto st = insert(x.measures,
                         "INSERT INTO measures(rel, seq, kind, jurisdiction, sector, stance, announced, span_begin, "
                         "span_end, in_title, item) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                         "cannot insert into measures",
                         [&](Stmt& s, const Measure& e) {
                           s.bind(3, e.kind);
                           s.bind_or_null(4, e.jurisdiction);
                           s.bind_or_null(5, e.sector);
                           s.bind_or_null(6, e.stance);
                           s.bind_or_null(7, e.announced);
                           return 8;
                         });
        !st)
      return st;
    return insert(x.indicators,
                  "INSERT INTO indicators(rel, seq, metric, subject, country, partner, period, value, unit, "
                  "change_pct, span_begin, span_end, in_title, item) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                  "cannot insert into indicators",
                  [&](Stmt& s, const Indicator& e) {
                    s.bind(3, e.metric);
                    s.bind_or_null(4, e.subject);
                    s.bind_or_null(5, e.country);
                    s.bind_or_null(6, e.partner);
                    s.bind_or_null(7, e.period);
                    s.bind_or_null(8, e.value);
                    s.bind_or_null(9, e.unit);
                    s.bind_or_null(10, e.change_pct);
                    return 11;
                  });
  }

  std::unique_ptr<Db> db_;
  bool read_only_;
  bool bulk_ = false;  // begin_bulk() set indexes aside
  std::mutex mu_;
  store::TermRecorder* terms_;                    // owned by the connection; null when read-only
  std::unique_ptr<store::Snippeter> snippeter_;  // made on the first text search
  EncodedRecord scratch_;                         // put(): the text of a record given plain
  std::vector<MentionRow> mention_rows_;          // put_mentions(): one release's rows
  std::string mention_spans_;                     // and their spans' JSON, end to end
  // Multi-row mention inserts by row count (mention_insert); finalized before db_ closes.
  std::array<std::unique_ptr<Stmt>, kMentionChunk> mention_inserts_;
};

}  // namespace

Result<std::unique_ptr<Store>> open_sqlite_store(const std::string& path, bool read_only) {
  SqliteOptions o;
  o.read_only = read_only;
  return open_sqlite_store(path, o);
}

Result<std::unique_ptr<Store>> open_sqlite_store(const std::string& path, const SqliteOptions& options) {
  const bool read_only = options.read_only;
  std::error_code ec;
  if (read_only && path != ":memory:" && !std::filesystem::exists(path, ec))
    return Error{fmt::format("no database at {} (create it with `tradewatch ingest FILE... --db {}`)", path, path)};
  auto db = store::Db::open(path, read_only);
  if (!db) return Error{db.error()};
  Db& d = **db;
  if (auto st = d.exec("PRAGMA busy_timeout = 10000"); !st) return Error{st.error()};
  if (!read_only) {
    // A new database gets pages of kPageBytes (an existing one keeps the size it was made with:
    // SQLite ignores this once the file has content). A release row with its body and
    // extraction (about 5 KB) fits one page instead of a chain of overflow pages, and the WAL
    // and the checkpoint write a batch in an eighth of the calls.
    if (auto st = d.exec(fmt::format("PRAGMA page_size = {}", kPageBytes)); !st)
      return Error{fmt::format("cannot open database {}: {}", path, st.error())};
    // WAL: readers never block the writer; synchronous=NORMAL keeps every committed batch
    // across a process crash (only an OS crash may lose the last commits).
    auto st = d.exec("PRAGMA journal_mode = WAL");
    if (!st) return Error{fmt::format("cannot open database {}: {}", path, st.error())};
    if (auto s2 = d.exec("PRAGMA synchronous = NORMAL"); !s2) return Error{s2.error()};
    // Checkpoint when the WAL reaches 256 MB rather than SQLite's 4 MB: at 1M releases a batch
    // writes tens of MB of WAL, so the default copied every batch's pages into the database
    // (and synced it) at every commit; rarer checkpoints copy a page changed by several batches
    // once, which cut ingest time by 15 % at 1M (bench/README.md).
    int64_t page_bytes = 4096;
    if (auto ps = d.prepare("PRAGMA page_size"); ps && ps->step() == SQLITE_ROW) page_bytes = std::max<int64_t>(ps->int64(0), 512);
    if (auto s2 = d.exec(fmt::format("PRAGMA wal_autocheckpoint = {}", kCheckpointBytes / page_bytes)); !s2)
      return Error{s2.error()};
  }
  (void)d.exec(fmt::format("PRAGMA cache_size = -{}", std::max<size_t>(options.cache_kib, 64)));
  (void)d.exec("PRAGMA temp_store = MEMORY");
  // Readers map the file: pages come from the OS cache shared by every connection instead of
  // being copied into each connection's own cache; as much as this SQLite maps (2 GB as Debian
  // builds it).
  if (read_only && options.map_file) (void)d.exec("PRAGMA mmap_size = 1099511627776");
  if (auto st = store::register_rank_function(d.handle()); !st) return Error{fmt::format("database {}: {}", path, st.error())};
  store::TermRecorder* terms = nullptr;
  if (!read_only) {
    auto rec = store::TermRecorder::install(d.handle());
    if (!rec) return Error{fmt::format("database {}: {}", path, rec.error())};
    terms = *rec;
  }
  if (auto st = read_only ? store::check_version(d) : store::migrate(d); !st)
    return Error{fmt::format("database {}: {}", path, st.error())};
  return std::unique_ptr<Store>(new SqliteStore(std::move(db).value(), read_only, terms));
}

}  // namespace tw

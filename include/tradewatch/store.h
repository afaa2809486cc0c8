// The store: a narrow interface over the embedded database (SQLite by default). Everything a
// CLI command or an API endpoint needs goes through it, so another backend (PostgreSQL, Citus)
// implements the same calls. Listings return JSON values shaped for both shells.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "tradewatch/record.h"
#include "tradewatch/result.h"

namespace tw {

struct IngestCounts {
  uint64_t read = 0;       // releases offered to put()
  uint64_t inserted = 0;   // new releases
  uint64_t merged = 0;     // already stored: merged (e.g. a category filled in), not duplicated
  uint64_t unchanged = 0;  // already stored, nothing new
  uint64_t rejected = 0;   // bad input records (counted by the caller that read them)
};

// Filters shared by search and fact listings. Empty means "any".
struct Filter {
  std::string from, to;                  // published date range, inclusive (YYYY-MM-DD prefixes ok)
  std::string category;
  std::vector<std::string> countries;    // ISO codes: release mentions all of them
  std::vector<std::string> blocs;
  std::vector<std::string> orgs;         // name or acronym
  std::vector<std::string> people;       // name or alias
  std::vector<std::string> topics;
  std::string kind;                      // event type / agreement kind / measure kind / metric
  size_t limit = 20;                     // capped by the store (see kMaxLimit)
  size_t offset = 0;
};

inline constexpr size_t kMaxLimit = 1000;

// True when s is a bound Filter::from and Filter::to take: YYYY, YYYY-MM or YYYY-MM-DD, with a
// month 01–12 and a day 01–31. The shells check their input with it.
bool is_date_prefix(std::string_view s);

struct SearchHit {
  std::string id, title, published;
  std::optional<std::string> category;
  double score = 0;       // BM25, higher is better
  std::string snippet;    // with matches between \x02 and \x03 markers (shells render them)
};

struct FacetCount {
  std::string value;
  uint64_t count = 0;
};

struct SearchResult {
  // Matches, counted up to 10,000; when there are more, total is 10,000 and total_exact false.
  uint64_t total = 0;
  bool total_exact = true;
  // How many matches the ranking compared: with a text query, the most recently stored 2,000
  // (or as many as the page needs); every match when there are fewer. Without one, total.
  uint64_t ranked_over = 0;
  std::vector<SearchHit> hits;
  // countries, blocs, topics, event_types, categories, years
  std::map<std::string, std::vector<FacetCount>> facets;
  // How many matches the facet counts cover: the best-ranked ones (the newest without a text
  // query), at most 1000. Equal to total when facets are exact.
  uint64_t facets_over = 0;
};

// The text a store keeps of a record beside its fields, encoded ahead of the write: the JSON of
// its extraction, of each fact item and of each agreement's parties, and its facet values. It
// depends on the record alone, so the threads that extract a feed encode it, and the one thread
// that writes only writes (`tradewatch ingest`).
struct EncodedRecord {
  Record record;
  bool encoded = false;              // false: the record alone (put_encoded() encodes it if needed)
  std::string extraction;            // write_extraction_json
  std::string facets;                // distinct facet values, letter \x1f value, sorted, joined by \x1e
  std::vector<std::string> items;    // write_item_json of each event, agreement, measure, indicator
  std::vector<std::string> parties;  // each agreement's parties, as a JSON array
};
EncodedRecord encode_record(Record record);

class Store {
 public:
  virtual ~Store() = default;

  // Writes a batch in one transaction: all of it lands or none. Re-putting a stored release
  // changes nothing (or merges a missing category).
  virtual Status put(const std::vector<Record>& batch, IngestCounts& counts) = 0;
  // The same for records encoded ahead (encode_record). A store that keeps no such text writes
  // the records through put().
  virtual Status put_encoded(const std::vector<EncodedRecord>& batch, IngestCounts& counts) {
    std::vector<Record> records;
    records.reserve(batch.size());
    for (const auto& e : batch) records.push_back(e.record);
    return put(records, counts);
  }
  // The same for records that arrive one at a time: next() returns the batch's next record, or
  // null at its end, and a record stays valid until the next call. `tradewatch ingest` writes a
  // batch's first records while its pool still extracts the later ones.
  virtual Status put_stream(const std::function<const EncodedRecord*()>& next, IngestCounts& counts) {
    std::vector<EncodedRecord> batch;
    while (const EncodedRecord* r = next()) batch.push_back(*r);
    return put_encoded(batch, counts);
  }

  // Announces a load of about `expected_releases` new releases through put(). When they
  // outnumber the releases stored, the store may set aside indexes that are faster built once
  // than entry by entry, until end_bulk(); searches stay correct meanwhile, only slower. Returns
  // whether it did. A store that is destroyed or killed before end_bulk() still gets them back
  // (at destruction, or when the database is next opened for writing).
  virtual Result<bool> begin_bulk(uint64_t expected_releases) {
    (void)expected_releases;
    return false;
  }
  // Rebuilds what begin_bulk() set aside; nothing when it set nothing aside.
  virtual Status end_bulk() { return Ok{}; }

  // Full-text search; `query` uses the user syntax of query.h (empty query: filters only).
  virtual Result<SearchResult> search(const std::string& query, const Filter& filter, bool with_facets) = 0;

  virtual Result<std::optional<Record>> get(const std::string& id) = 0;

  // For each id, whether it is stored already, so a caller can skip extracting it again. The
  // default knows none; put() decides correctly either way.
  virtual Result<std::vector<bool>> contains(const std::vector<std::string>& ids) {
    return std::vector<bool>(ids.size(), false);
  }

  // {"releases", "stories", "first", "last", "categories": [...], "bytes", ...}
  virtual Result<nlohmann::json> stats() = 0;

  // kind: country | bloc | org | person | topic | "" (all). [{kind, value, name, releases}]
  virtual Result<nlohmann::json> entities(const std::string& kind, const Filter& filter) = 0;

  // table: events | agreements | measures | indicators. Each item is the SPEC §2 object plus
  // release_id, published and title.
  virtual Result<nlohmann::json> facts(const std::string& table, const Filter& filter) = 0;

  // Stories with their releases: [{story, releases: [{id, title, published}]}]
  virtual Result<nlohmann::json> stories(const Filter& filter) = 0;

  // Dated sequence of facts touching the filter's country/topic/org/person.
  virtual Result<nlohmann::json> timeline(const Filter& filter) = 0;

  // Countries linked by shared events: {nodes: [{id, releases}], links: [{source, target, weight, topics}]}
  virtual Result<nlohmann::json> partner_graph(const Filter& filter) = 0;

  // A number that changes whenever another handle commits a change to the data, so a reader
  // can keep answers until it changes. The default cannot tell: callers must not cache.
  virtual Result<int64_t> data_version() { return Error{"this store cannot report changes"}; }
};

// Opens (creating and migrating when needed) a SQLite database in WAL mode.
Result<std::unique_ptr<Store>> open_sqlite_store(const std::string& path, bool read_only = false);

struct SqliteOptions {
  bool read_only = false;
  size_t cache_kib = 65536;  // the connection's own page cache
  // Read-only: map the file, so pages come from the OS cache without a copy (they count in the
  // process's resident memory as they are touched).
  bool map_file = true;
};
Result<std::unique_ptr<Store>> open_sqlite_store(const std::string& path, const SqliteOptions& options);

}  // namespace tw

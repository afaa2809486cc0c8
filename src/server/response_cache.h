// Answers of the read-only API, kept by request target and dropped as soon as the database
// changes. The dashboard asks the same few questions over and over (the search page's facets,
// a country's timeline); a stored answer costs a map lookup instead of an FTS5 query.
//
// Freshness: every lookup asks a store handle of the cache's own whether another handle has
// committed since (SQLite's PRAGMA data_version, a read of the WAL index); if so, everything is
// dropped. An answer computed while a commit landed is not kept, because insert() checks again
// and refuses answers that began under an older generation.
#pragma once

#include <cstdint>
#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

#include "tradewatch/store.h"

namespace tw::server {

class ResponseCache {
 public:
  struct Answer {
    std::string body;
    std::string content_type;
  };

  // max_bytes: the bodies kept at most (0 disables the cache); one answer may take an eighth.
  ResponseCache(std::unique_ptr<Store> watcher, size_t max_bytes);

  bool enabled() const { return watcher_ && max_bytes_ > 0; }

  struct Lookup {
    std::shared_ptr<const Answer> answer;  // null on a miss
    uint64_t generation = 0;               // pass to insert() with the answer computed on a miss
  };
  Lookup find(const std::string& key);
  void insert(const std::string& key, uint64_t generation, Answer answer);

  struct Counters {
    uint64_t hits = 0, misses = 0, entries = 0, bytes = 0, generation = 0;
  };
  Counters counters();

 private:
  // Drops everything when the data changed; false when the store cannot tell (then nothing is
  // served from or kept in the cache).
  bool refresh_locked();

  std::unique_ptr<Store> watcher_;
  size_t max_bytes_;
  std::mutex mu_;
  int64_t seen_version_ = 0;
  bool seen_any_ = false;
  uint64_t generation_ = 0;
  size_t bytes_ = 0;
  uint64_t hits_ = 0, misses_ = 0;
  // Most recently used first.
  std::list<std::pair<std::string, std::shared_ptr<const Answer>>> lru_;
  std::unordered_map<std::string, decltype(lru_)::iterator> index_;
};

}  // namespace tw::server

// The full-text index's vocabulary, kept as a plain table (fts_terms, schema v4) so that a prefix
// query can name the index terms it stands for.
//
// Without a prefix index, FTS5 answers `invest*` by merging the postings of every term starting
// with "invest" into one list in memory before it returns the first row: a pass over the whole
// match (680,000 releases at 1M) for each cursor, however few rows are wanted. The same query
// written as `"invest" OR "investor" OR ...` is merged lazily, so walking its newest matches
// costs what is read. FTS5 cannot list the terms cheaply (fts5vocab also walks every posting),
// so the writer records them as it indexes: the connection's "porter" tokenizer is wrapped, and
// the words it produces while a batch's rows are indexed are added to fts_terms in the same
// transaction. The wrapper also tokenizes documents through IndexTokenizer (store/
// index_tokenizer.h), which gives the same tokens faster. The index itself is unchanged; another
// SQLite (the sqlite3 shell) reads it with its own porter tokenizer.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <cstring>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "text/word_set.h"
#include "tradewatch/result.h"

namespace tw::store {

class Db;

class TermRecorder {
 public:
  // Wraps `db`'s "porter" tokenizer. Call before the connection first uses releases_fts: FTS5
  // looks its tokenizer up when it opens the table. The recorder lives as long as the
  // connection (SQLite owns it).
  static Result<TermRecorder*> install(sqlite3* db);

  // Between start() and stop(), every word the tokenizer produces for indexing is remembered.
  void start() { on_ = true; }
  void stop() { on_ = false; }
  bool on() const { return on_; }

  // Changes whenever the recorder forgets words: a word see() took while epoch() had a value
  // needs no see() again while it keeps that value (IndexTokenizer marks its memo with it).
  uint32_t epoch() const { return epoch_; }

  // Adds the words remembered since the last call to fts_terms (inside the caller's
  // transaction), skipping those this connection added recently, and forgets them.
  Status flush(Db& db);
  // Forgets the remembered words without writing them (the batch rolled back), and the recent
  // ones too, since they may have been part of it.
  void discard();

  // Called by the wrapper for every token indexed (about 340 per release): most are words
  // known already. A small direct-mapped table of short known words answers most calls with
  // one hash and one compare; the sets behind it answer the rest.
  void see(std::string_view token) {
    if (!on_) return;
    const size_t h = text::WordHash{}(token);
    Recent& slot = recent_[h & (kRecent - 1)];
    if (slot.len == token.size() && std::memcmp(slot.word, token.data(), token.size()) == 0) return;
    if (!written_.contains(token) && !seen_.contains(token)) seen_.emplace(token);
    if (token.size() <= sizeof slot.word) {
      std::memcpy(slot.word, token.data(), token.size());
      slot.len = static_cast<uint8_t>(token.size());
    }
  }

 private:
  // A word of recent_ is in written_ or seen_, so everything that empties those empties it.
  struct Recent {
    char word[31];
    uint8_t len = 0xFF;  // no word: matches no token
  };
  static constexpr size_t kRecent = 1 << 14;  // 512 KB
  void forget_recent() {
    recent_.assign(kRecent, Recent{});
    if (++epoch_ == 0) epoch_ = 1;  // 0 marks a word never seen
  }

  bool on_ = false;
  uint32_t epoch_ = 1;
  std::vector<Recent> recent_ = std::vector<Recent>(kRecent);
  text::WordSet seen_;  // since the last flush, and not in written_
  // Words written by this connection; bounded, so memory stays flat as the vocabulary grows.
  text::WordSet written_;
};

// At most this many index terms replace a prefix; a shorter prefix stays a prefix query.
inline constexpr size_t kMaxPrefixTerms = 512;

// The index terms starting with `token` (a word as the index stores it), in order, when there
// are at most `max` of them; nullopt when there are more.
Result<std::optional<std::vector<std::string>>> terms_with_prefix(Db& db, std::string_view token, size_t max);

}  // namespace tw::store

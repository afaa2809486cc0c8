// Search-result snippets cut from a body around its first match, using the FTS5 table's own
// tokenizer (porter over unicode61), so a highlighted word is one the index matched: "tariffs"
// lights up for a search on "tariff". Tokenizing stops once the window is full, so the cost is
// the distance to the first match, not the body's length (FTS5's snippet() tokenizes all of it).
#pragma once

#include <sqlite3.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "tradewatch/query.h"
#include "tradewatch/result.h"

namespace tw::store {

// Markers around a highlighted word, as in the FTS5 snippet() calls they replace.
inline constexpr char kMarkOpen = '\x02';
inline constexpr char kMarkClose = '\x03';

class Snippeter {
 public:
  // The tokenizer of `db`'s FTS5 module, configured as the releases index is.
  static Result<std::unique_ptr<Snippeter>> create(sqlite3* db);
  ~Snippeter();
  Snippeter(const Snippeter&) = delete;
  Snippeter& operator=(const Snippeter&) = delete;

  // The query's words as the index stores them, computed once per search.
  struct Pattern {
    std::vector<std::vector<std::string>> phrases;  // tokens of each positive term
    std::vector<bool> prefix;                       // its last token matches as a prefix
  };
  Pattern compile(const std::vector<QueryTerm>& terms) const;

  // The words of `text` as the index stores them; `prefix`: tokenized as a prefix query's term.
  std::vector<std::string> tokens(std::string_view text, bool prefix = false) const;

  // About `tokens` words of `body` from shortly before its first match (or from the start when
  // nothing in the body matches), matched words between kMarkOpen and kMarkClose, and "…" where
  // the window cuts the text.
  std::string cut(std::string_view body, const Pattern& pattern, size_t tokens) const;

 private:
  Snippeter() = default;
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace tw::store

// User search syntax, translated (never pasted) into SQLite FTS5 MATCH expressions.
//   words            all must occur            steel quota
//   "a phrase"       exact phrase              "critical minerals"
//   OR               either side               steel OR aluminium
//   NOT word, -word  must not occur            minerals -Japan
//   prefix*          prefix match              semicon*
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tradewatch/result.h"

namespace tw {


// A word or phrase a match may show, as the user wrote it (phrases whole); prefix: it ended in '*'.
struct QueryTerm {
  std::string text;
  bool prefix = false;
};

// What a prefix term (its text without the '*') stands for: the words it completes to, as the
// index stores them, each matched whole or, marked prefix, as a narrower prefix; or nullopt to
// leave it a prefix query. A store that knows its index's vocabulary passes one.
using PrefixTerms = std::function<std::optional<std::vector<QueryTerm>>(std::string_view prefix)>;

// Returns the FTS5 expression, or an error that says what is wrong with the query in the
// user's terms (unbalanced quote, OR with nothing after it, a query of only exclusions…).
Result<std::string> translate_query(std::string_view user_query, const PrefixTerms& expand = {});


// The terms a hit is found by, for highlighting: every term that is not excluded. Empty for a
// query translate_query() rejects.
std::vector<QueryTerm> positive_terms(std::string_view user_query);

}  // namespace tw

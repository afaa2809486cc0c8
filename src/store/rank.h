// tw_rank(releases_fts, weight... [, max_rows [, unscored]]): Okapi BM25 as FTS5's bm25() computes
// it, one weight per column, except that each phrase's document frequency is counted up to
// kDocFrequencyCap matches.
// bm25() counts every document holding each phrase before it scores the first row, a pass over
// the whole match (100k+ documents for a common word) however few rows are ranked; capped, a
// common phrase's weight saturates instead (all phrases in more than 10,000 documents weigh
// alike), and ranking costs what the ranked rows cost. With max_rows, rows after the first
// max_rows the query visits get NULL, unscored. The query's last `unscored` phrases (a filter
// ANDed to the user's words) score nothing, and a column weighted 0 does not count in a row's
// length: a filter column leaves every score as it was without it.
#pragma once

#include <sqlite3.h>

#include "tradewatch/result.h"

namespace tw::store {

inline constexpr long kDocFrequencyCap = 10000;
// A query of many phrases (a short prefix searched as its completions) shares this budget, each
// phrase counted up to budget / phrases documents but never fewer than kMinDocFrequencyCap: up
// to eight phrases get the full cap.
inline constexpr long kDocFrequencyBudget = 80000;
inline constexpr long kMinDocFrequencyCap = 1000;

// The count at which a phrase's document frequency stops, for a query of `phrases` phrases.
long doc_frequency_cap(int phrases);

// Registers tw_rank on the connection.
Status register_rank_function(sqlite3* db);

}  // namespace tw::store

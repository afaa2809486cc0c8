// A search's date range and common filter values as terms of the full-text index's `filters`
// column (schema v7), so FTS5 itself keeps only the matches that pass them.
//
// Each release's row in the index holds its publication date as three tokens, its year
// ("y2020"), month ("m202003") and day ("d20200315"), and its facet values (release_keys.facets)
// as a letter and the value without underscores: country "cus", bloc "beu", topic
// "tcriticalminerals", event type "emeeting". A range is the OR of the fewest date tokens that
// cover it: 2020-01-01 to 2021-12-31 is "y2020 OR y2021"; 2020-03-15 to 2020-05-31 is the days
// from the 15th to the 31st of March, then April and May. FTS5 walks such an AND by skipping
// through the lists of postings, where testing each text match's date or topic in a table costs
// an index lookup per match: a common word in a range of a tenth of the releases is ten lookups
// per match kept.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace tw::store {

struct DateTerms {
  std::string expr;  // FTS5 expression over the filters column, e.g. "filters : (y2020 OR y2021)"
  int phrases = 0;   // the phrases in expr (the ranking leaves them out)
};

// The terms for the releases published from `from` to `to`, inclusive: each empty (open) or a
// date prefix, YYYY, YYYY-MM or YYYY-MM-DD, `to` covering every day it names. The range is
// first clipped to [first, last], the earliest and latest publication dates stored. nullopt
// when a bound is not such a prefix, when nothing stored lies in the range, or when covering it
// takes more than `max_terms` terms: the caller then tests dates row by row.
std::optional<DateTerms> date_terms(std::string_view from, std::string_view to, std::string_view first,
                                    std::string_view last, int max_terms);

// A facet value as the filters column holds it: `letter` ('c', 'b', 't' or 'e') and the value,
// quoted for a MATCH expression. nullopt unless the value is letters, digits and underscores
// (every code of the taxonomies is), so nothing else ever reaches the expression. Underscores
// are dropped, as the tokenizer would split there: two values differing only by underscores
// would share a term, and no two codes do.
std::optional<std::string> facet_term(char letter, std::string_view value);

}  // namespace tw::store

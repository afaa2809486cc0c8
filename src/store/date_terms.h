// A search's date range as terms of the full-text index's `dates` column (schema v7), so FTS5
// itself keeps only the matches published in the range.
//
// Each release's row in the index holds three tokens for its publication date: its year
// ("y2020"), month ("m202003") and day ("d20200315"). A range is the OR of the fewest of them
// that cover it: 2020-01-01 to 2021-12-31 is "y2020 OR y2021"; 2020-03-15 to 2020-05-31 is the
// days from the 15th to the 31st of March, then April and May. FTS5 walks such an AND by
// skipping through both lists of postings, where testing each text match's date in a table
// costs an index lookup per match: a common word in a range of a tenth of the releases is ten
// lookups per match kept.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace tw::store {

struct DateTerms {
  std::string expr;  // FTS5 expression over the dates column, e.g. "dates : (y2020 OR y2021)"
  int phrases = 0;   // the phrases in expr (the ranking leaves them out)
};

// The tokens the dates column holds for a release published on `published` (YYYY-MM-DD), as
// the view behind the index computes them; for tests.
std::string date_tokens(std::string_view published);

// The terms for the releases published from `from` to `to`, inclusive: each empty (open) or a
// date prefix, YYYY, YYYY-MM or YYYY-MM-DD, `to` covering every day it names. The range is
// first clipped to [first, last], the earliest and latest publication dates stored. nullopt
// when a bound is not such a prefix, when nothing stored lies in the range, or when covering it
// takes more than `max_terms` terms: the caller then tests dates row by row.
std::optional<DateTerms> date_terms(std::string_view from, std::string_view to, std::string_view first,
                                    std::string_view last, int max_terms);

}  // namespace tw::store

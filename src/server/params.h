// Query-string parameters to Store filters, checked strictly: an unknown name, a repeated
// single value, a malformed date or code, or an out-of-range limit is a 400 with a message
// that names the parameter, never a silently ignored typo.
#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>

#include "tradewatch/result.h"
#include "tradewatch/store.h"

namespace tw::server {

using Params = std::multimap<std::string, std::string>;

// The filter names every listing accepts: from to category country bloc org person topic
// limit offset.
const std::set<std::string, std::less<>>& filter_param_names();

// Builds a Filter from params. `extra` names further parameters the endpoint reads itself
// (q, kind, facets…); anything else is refused.
Result<Filter> parse_filter(const Params& params, const std::set<std::string, std::less<>>& extra = {});

// The one value of a single-valued parameter ("" when absent); an error when repeated or too long.
Result<std::string> single_param(const Params& params, std::string_view name, size_t max_len = 500);

// "1"/"true"/"0"/"false"; fallback when absent.
Result<bool> bool_param(const Params& params, std::string_view name, bool fallback);

}  // namespace tw::server

// The JSON boundary of the record contract (SPEC §2).
#pragma once

#include <nlohmann/json.hpp>

#include "tradewatch/record.h"
#include "tradewatch/result.h"

namespace tw {

// One release in the exact shape of SPEC §2 (field order as in the spec).
nlohmann::ordered_json to_json(const Record& record, bool with_traces = false);

// The inverse, for records stored as JSON; tolerant of missing optional fields.
Result<Record> record_from_json(const nlohmann::json& j);

}  // namespace tw

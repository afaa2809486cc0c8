// The JSON boundary of the record contract (SPEC §2).
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "tradewatch/record.h"
#include "tradewatch/result.h"

namespace tw {

// One release in the exact shape of SPEC §2 (field order as in the spec), as a JSON value.
nlohmann::ordered_json to_json(const Record& record, bool with_traces = false);

// Appends the JSON line of a record, no newline, without building a JSON value. to_json() is
// this text parsed, and dump(-1, ' ', false, error_handler_t::replace) of it gives these bytes.
void write_json_line(const Record& record, bool with_traces, std::string& out);

// The same object without the release's own members (id, title, body, category, published,
// truncated, story, url, source): what a store keeps beside its release columns.
void write_extraction_json(const Record& record, std::string& out);

// One fact item's object, exactly as it appears in the record's line.
void write_item_json(const Event& item, std::string& out);
void write_item_json(const Agreement& item, std::string& out);
void write_item_json(const Measure& item, std::string& out);
void write_item_json(const Indicator& item, std::string& out);

// The inverse, for records stored as JSON; tolerant of missing optional fields.
Result<Record> record_from_json(const nlohmann::json& j);

}  // namespace tw

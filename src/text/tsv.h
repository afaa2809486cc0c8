// Plain data files of data/: tab-separated rows, '#' comments and blank lines ignored.
#pragma once

#include <string>
#include <vector>

#include "tradewatch/result.h"

namespace tw::text {

using Row = std::vector<std::string>;

// Reads data_dir/name. Errors name the file so a bad edit is easy to find.
Result<std::vector<Row>> read_tsv(const std::string& data_dir, const std::string& name);

// The non-empty alternatives of a field that lists several ("WTO Secretariat|the Secretariat").
std::vector<std::string> alternatives(const std::string& field, char separator = '|');

// Reads a JSON file from the iso-codes package (/usr/share/iso-codes/json/NAME, or
// $TRADEWATCH_ISO_CODES), returning its text.
Result<std::string> read_iso_codes(const std::string& name);

}  // namespace tw::text

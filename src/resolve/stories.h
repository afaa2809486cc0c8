#pragma once

#include <string>

#include "tradewatch/record.h"

namespace tw::resolve {

// Story id from event evidence, computed per release so that extract stays a pure stream
// filter: releases reporting the same event share it. The key is the primary event's class,
// its day and its sorted sides: the counterparts plus the reporting government (`reporter`, a
// country or bloc code, "" when unknown), so that each side's release of one meeting and a
// wire story of it agree. A primary event without a day or counterparts is too weak to merge
// on, and the release keeps a story of its own.
std::string story_id(const Record& record, const std::string& reporter = "");

// The evidence behind story_id ("" when the release stands alone), for tests and --explain.
std::string story_key(const Record& record, const std::string& reporter = "");

}  // namespace tw::resolve

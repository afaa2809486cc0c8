#pragma once

#include <string>

#include "tradewatch/record.h"

namespace tw::resolve {

// Story id from event evidence, computed per release so that extract stays a pure stream
// filter: releases reporting the same event share it. The key is the primary event's class,
// its day and its sorted counterparts; a primary event without a day or counterparts is too
// weak to merge on, and the release keeps a story of its own.
std::string story_id(const Record& record);

// The evidence behind story_id ("" when the release stands alone), for tests and --explain.
std::string story_key(const Record& record);

}  // namespace tw::resolve

#pragma once

#include <string>

#include "tradewatch/record.h"

namespace tw::resolve {

// Story id from event evidence, computed per release so that extract stays a pure stream
// filter: releases reporting the same event (same primary event date, counterparts) share it.
std::string story_id(const Record& record);

}  // namespace tw::resolve

// The encoding behind encode_record (tradewatch/store.h), for a store that encodes a record it
// was given plain.
#pragma once

#include "tradewatch/store.h"

namespace tw::store {

// Fills out's text members from rec (out.record is left alone) and sets out.encoded.
void encode_text(const Record& rec, EncodedRecord& out);

}  // namespace tw::store

#pragma once

#include <string_view>
#include <vector>

#include "tradewatch/record.h"

namespace tw::text {

// Splits text into sentences at . ! ? (and a closing quote after them) followed by a space and
// an upper-case letter, a digit or an opening quote — not after abbreviations such as "U.S." or
// "Mr." that precede a name. Spans cover each sentence without surrounding spaces.
std::vector<Span> split_sentences(std::string_view text);

// Where a wire dateline closed by a full stop ends ("TASHKENT, Uzbekistan, January 9.", "BAKU,
// Azerbaijan, Nov. 22."): past the full stop, or 0 when the text opens with none. A city in
// capitals, a country, a month and a day.
size_t period_dateline_end(std::string_view text);

// The sentence containing byte offset pos (the whole text when none does).
Span sentence_at(const std::vector<Span>& sentences, uint32_t pos, uint32_t text_size);

}  // namespace tw::text

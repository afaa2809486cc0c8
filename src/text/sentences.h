#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "text/word_set.h"
#include "tradewatch/record.h"
#include "tradewatch/result.h"

namespace tw::text {

// The words a full stop is judged by, from data/sentence_words.tsv: abbreviations ("Mr", "Inc"),
// those of them that may also close a sentence ("Inc", "Co"), words that open sentences and
// never continue a name ("The", "However"), and months' short forms ("Feb", "Sept").
class SentenceRules {
 public:
  static Result<SentenceRules> load(const std::string& data_dir);

  bool abbreviation(std::string_view w) const { return abbreviations_.count(w) > 0; }
  bool closes(std::string_view w) const { return closers_.count(w) > 0; }
  bool opens(std::string_view w) const { return openers_.count(w) > 0; }
  bool month(std::string_view w) const { return months_.count(w) > 0; }

 private:
  WordSet abbreviations_, closers_, openers_, months_;
};

// Splits text into sentences at . ! ? (and a closing quote after them) followed by a space and
// an upper-case letter, a digit or an opening quote — not after abbreviations such as "U.S." or
// "Mr." that precede a name. Spans cover each sentence without surrounding spaces.
std::vector<Span> split_sentences(std::string_view text, const SentenceRules& rules);

// Where a wire dateline closed by a full stop ends ("TASHKENT, Uzbekistan, January 9.", "BAKU,
// Azerbaijan, Nov. 22."): past the full stop, or 0 when the text opens with none. A city in
// capitals, a country, a month and a day.
size_t period_dateline_end(std::string_view text);

// The sentence containing byte offset pos (the whole text when none does).
Span sentence_at(const std::vector<Span>& sentences, uint32_t pos, uint32_t text_size);

}  // namespace tw::text

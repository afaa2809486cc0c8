// Verbs that report a saying ("it said", "the council noted", "officials told reporters"), one
// list for the rules that read them: a date's clause stops at one ("tariffs will rise next month,
// it said on Friday"), and a body named just before one speaks rather than meets ("the Seafood
// Council said").
#pragma once

#include <string_view>

namespace tw::extract {

inline constexpr std::string_view kSpeechVerbs[] = {"said",  "says",  "stated", "told",     "announced",
                                                    "reported", "noted", "added", "estimated"};

// Whether `lower_word` (lower case, one word) is one of kSpeechVerbs. Lengths first: asked of
// many tokens.
inline bool is_speech_verb(std::string_view lower_word) {
  if (lower_word.size() < 4 || lower_word.size() > 9) return false;
  for (std::string_view v : kSpeechVerbs)
    if (lower_word == v) return true;
  return false;
}

}  // namespace tw::extract

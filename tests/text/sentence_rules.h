// The sentence splitter's words, read once from the source tree's data folder.
#pragma once

#include "text/sentences.h"

namespace tw::testing {

inline const text::SentenceRules& sentence_rules() {
  static const text::SentenceRules rules = text::SentenceRules::load(TW_SOURCE_DIR "/data").value();
  return rules;
}

}  // namespace tw::testing

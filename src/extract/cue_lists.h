// Word lists read from one data file that holds several (measure_cues.tsv, indicator_cues.tsv):
// rows list<TAB>words[<TAB>whole], each word padded with spaces as its list says, so that a search
// for it in lowered text finds it only where it stands as words.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "tradewatch/result.h"

namespace tw::extract {

// One list of a cue file: its name in the first column, where its words go, and how they are
// padded. A space is added only next to a letter or digit, so punctuation is matched as written
// (";", ", while" reads ", while ", "%" stays "%", "end-" stays "end-"):
//   'w' a space on each side ("covering" reads " covering "),
//   'p' a space before only (" per cent", " investigation": the end of a phrase),
//   'a' a space after only ("about ", "removal of ": the words right before something),
//   'n' bare words.
// A row whose third field is "whole" takes a space after as well ("cut" in a 'p' list reads
// " cut ", not the start of " cutting").
struct CueList {
  std::string_view name;
  std::vector<std::string>* words;
  char pad;
};

struct CueListRules {
  // Whether a row with an empty word is allowed, read as a single space (the bare gap between a
  // capital and the measure in "Ottawa imposed" when the list holds auxiliaries "has", "will", …
  // and nothing at all). When not, an empty word is an error in the file.
  bool empty_is_space = false;
};

// The word of a row as its list pads it.
std::string pad_cue(std::string_view word, char pad, bool whole);

// Reads data_dir/file into the lists. Errors name the file: a row without words, a list no entry
// of `lists` names.
Status load_cue_lists(const std::string& data_dir, const std::string& file, std::span<const CueList> lists,
                      CueListRules rules = {});

}  // namespace tw::extract

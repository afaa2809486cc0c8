#include "extract/cue_lists.h"

#include "text/tsv.h"

namespace tw::extract {
namespace {

// ASCII letters and digits only: a dash or a curly quote at a word's edge is punctuation,
// matched as written.
bool letter_or_digit(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

}  // namespace

std::string pad_cue(std::string_view word, char pad, bool whole) {
  if (word.empty()) return {};
  std::string padded;
  padded.reserve(word.size() + 2);
  if ((pad == 'w' || pad == 'p') && letter_or_digit(word.front())) padded += ' ';
  padded += word;
  if ((pad == 'w' || pad == 'a' || whole) && letter_or_digit(word.back())) padded += ' ';
  return padded;
}

Status load_cue_lists(const std::string& data_dir, const std::string& file, std::span<const CueList> lists,
                      CueListRules rules) {
  auto rows = text::read_tsv(data_dir, file);
  if (!rows) return Error{rows.error()};
  for (const auto& row : rows.value()) {
    if (row.size() < 2 || (row[1].empty() && !rules.empty_is_space))
      return Error{data_dir + "/" + file + ": expected list<TAB>words"};
    const CueList* list = nullptr;
    for (const CueList& l : lists)
      if (l.name == row[0]) list = &l;
    if (!list) return Error{data_dir + "/" + file + ": unknown list " + row[0]};
    if (row[1].empty()) {
      list->words->emplace_back(" ");
      continue;
    }
    list->words->push_back(pad_cue(row[1], list->pad, row.size() >= 3 && row[2] == "whole"));
  }
  return Ok{};
}

}  // namespace tw::extract

// Amounts written in digits or words, with scale words ("13.7 billion", "five trillion",
// "£8.6bn", "29-billion"). The vocabulary comes from data/number_words.tsv.
#pragma once

#include <algorithm>

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "extract/wordscan.h"
#include "tradewatch/result.h"

namespace tw::extract {

struct Amount {
  double value = 0;
  size_t begin = 0;       // first token
  size_t end = 0;         // one past the last token (scale included)
  size_t number_end = 0;  // one past the number itself, before any scale
  bool words = false;     // written in words ("five")
  bool scaled = false;    // carries a scale word
  double scale = 1;       // the scale word's multiplier (1 without one)
};

// `number` times `scale`, rounded to 15 significant digits: 8.2 × 1e9 is 8199999999.999999 in
// binary floating point, and the amount written is 8,200,000,000 exactly.
double scaled_value(double number, double scale);

class NumberWords {
 public:
  static Result<NumberWords> load(const std::string& data_dir);

  // The amount starting at token i, if any. A scale is read when it follows the number
  // (with a space, a hyphen, or glued for abbreviations such as "bn").
  std::optional<Amount> amount_at(const WordScan& s, size_t i) const;
  // Just the number at token i (digits or words), without a scale.
  std::optional<Amount> number_at(const WordScan& s, size_t i) const;
  // A number written with a decimal comma at token i ("12,4", "158,19", "24.578,2" with a point
  // grouping thousands), whatever follows it; a comma before three digits groups thousands. The
  // caller decides from what follows whether the comma is a decimal one rather than a list's.
  std::optional<Amount> decimal_comma_at(const WordScan& s, size_t i) const;
  // The multiplier of a scale word ("billion" → 1e9), or 0. A word that is a scale only in small
  // letters ("Rs 50 arab", not "$5 Arab League") counts only when `capitalized` is false.
  double scale_of(std::string_view lower_word, bool glued, bool capitalized = false) const;
  bool is_scale(const WordScan& s, size_t i) const;
  // The value of a number word below a hundred ("twelve" → 12, "twenty" → 20), or 0 when
  // lower_word is none (or "zero").
  int small_number(std::string_view lower_word) const;
  // False when no number word is lower_word: then amount_at finds none at a word token that
  // reads so. A filter test, for callers that ask at every token.
  bool may_be_word(std::string_view lower_word) const { return filter_.may_contain(lower_word); }
  // Whether lower_word is a word that makes the number after it negative ("minus 2.1 percent").
  bool is_minus(std::string_view lower_word) const {
    return std::find(minus_.begin(), minus_.end(), lower_word) != minus_.end();
  }

 private:
  enum class Kind { Unit, Tens, Hundred, Scale, GluedScale, LowerScale };
  struct Entry {
    double value;
    Kind kind;
  };
  WordMap<Entry> words_;
  std::vector<std::string> minus_;  // kind "minus": "minus", "negative"
  WordFilter filter_;  // of words_: amounts are looked for at every token
  const Entry* find(std::string_view w) const;
};

}  // namespace tw::extract

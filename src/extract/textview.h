// A tokenized text (title or body) with the places found in it: the common ground on which the
// organization and people extractors look for capitalized names.
#pragma once

#include <string_view>
#include <unordered_set>
#include <vector>

#include "extract/doc.h"
#include "extract/lexicon.h"
#include "extract/places.h"
#include "tradewatch/record.h"

namespace tw::extract {

struct TextView {
  std::string_view text;
  bool in_title = false;
  std::vector<lex::Tok> toks;
  std::vector<int> place;   // per token: index of the PlaceEntry covering it, or -1
  size_t first_tok = 0;     // tokens before this one form the dateline
  std::vector<lex::Hit> place_hits;
  std::vector<uint32_t> word_starts;  // lex::word_starts(text), for PhraseTable::find_all

  // dateline: where the body's dateline ends, when the caller knows it; found here otherwise.
  TextView(std::string_view t, bool title, const PlaceLexicon& places, size_t dateline = kFindDateline);
  static constexpr size_t kFindDateline = static_cast<size_t>(-1);

  const PlaceLexicon* lexicon() const { return places_; }

  size_t size() const { return n_; }  // toks.size()
  // Inline and unchecked: a token lies within the text, and this is asked at most tokens.
  [[gnu::always_inline]] std::string_view tok(size_t i) const {
    return std::string_view(text.data() + toks[i].b, toks[i].e - toks[i].b);
  }
  // Asked of most tokens with a short literal: lengths first, then a byte loop the compiler
  // unrolls for the literal, rather than a library memcmp call per token.
  // Forced inline: its big callers otherwise keep a call per test.
  [[gnu::always_inline]] bool is(size_t i, std::string_view w) const {
    if (i >= n_ || toks[i].e - toks[i].b != w.size()) return false;
    const char* p = text.data() + toks[i].b;
    for (size_t k = 0; k < w.size(); ++k)
      if (p[k] != w[k]) return false;
    return true;
  }
  bool word(size_t i) const { return i < n_ && toks[i].word; }
  bool cap(size_t i) const { return i < n_ && toks[i].word && toks[i].cap; }
  bool possessive(size_t i) const;
  bool place_noun(size_t i) const;  // a country/bloc name (not an adjective)
  bool place_adj(size_t i) const;
  Span span(size_t from, size_t to) const {  // tokens [from, to)
    return {toks[from].b, toks[to - 1].e, in_title};
  }
  std::string_view slice(size_t from, size_t to) const {
    return text.substr(toks[from].b, toks[to - 1].e - toks[from].b);
  }
  const PlaceEntry* place_entry(size_t i) const {
    return i < n_ && place[i] >= 0 ? &places_->entries[static_cast<size_t>(place[i])] : nullptr;
  }

 private:
  const PlaceLexicon* places_ = nullptr;
  // toks.size(), kept: the tests above bound nearly every token read, and a vector's size is a
  // division by the token's size each time.
  size_t n_ = 0;
};

// The view of the document's title or body, built once per document and lexicon.
const TextView& view_of(Doc& doc, bool title, const PlaceLexicon& places);

inline bool is_month_or_weekday(std::string_view w) {
  // Asked of nearly every capitalized word: most are turned away by length or first letter
  // (every name is 3 to 9 bytes and starts with one of A D F J M N O S T W), the rest compared
  // with the names of their first letter only.
  if (w.size() < 3 || w.size() > 9) return false;
  switch (w[0]) {
    case 'A': return w == "April" || w == "August";
    case 'D': return w == "December";
    case 'F': return w == "February" || w == "Friday";
    case 'J': return w == "January" || w == "June" || w == "July";
    case 'M': return w == "March" || w == "May" || w == "Monday";
    case 'N': return w == "November";
    case 'O': return w == "October";
    case 'S': return w == "September" || w == "Saturday" || w == "Sunday";
    case 'T': return w == "Tuesday" || w == "Thursday";
    case 'W': return w == "Wednesday";
    default: return false;
  }
}

// A hyphenated word with a lower-case part after the first ("Canada-led", "Korea-based").
inline bool is_hyphen_compound(std::string_view w) {
  for (size_t i = 0; i + 1 < w.size(); ++i)
    if (w[i] == '-' && w[i + 1] >= 'a' && w[i + 1] <= 'z') return true;
  return false;
}

}  // namespace tw::extract

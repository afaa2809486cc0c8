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
  // Inline: asked at most tokens, and most are words.
  bool possessive(size_t i) const {
    if (i >= n_ || toks[i].word) return false;
    const std::string_view w = tok(i);
    return w == "'s" || w == "’s" || w == "'S";
  }
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

// The full compare of is_month_or_weekday, for a word that passes its inline test.
bool month_or_weekday_name(std::string_view w);
// Inline, asked of nearly every capitalized word: most are turned away by length or first letter
// (every name is 3 to 9 bytes and starts with one of A D F J M N O S T W) without a call.
inline bool is_month_or_weekday(std::string_view w) {
  constexpr uint32_t kFirst = 1u << ('A' - 'A') | 1u << ('D' - 'A') | 1u << ('F' - 'A') | 1u << ('J' - 'A') |
                              1u << ('M' - 'A') | 1u << ('N' - 'A') | 1u << ('O' - 'A') | 1u << ('S' - 'A') |
                              1u << ('T' - 'A') | 1u << ('W' - 'A');
  if (w.size() < 3 || w.size() > 9) return false;
  const unsigned f = static_cast<unsigned char>(w[0]) - 'A';
  return f < 26 && (kFirst >> f & 1) && month_or_weekday_name(w);
}

// A hyphenated word with a lower-case part after the first ("Canada-led", "Korea-based").
inline bool is_hyphen_compound(std::string_view w) {
  for (size_t i = 0; i + 1 < w.size(); ++i)
    if (w[i] == '-' && w[i + 1] >= 'a' && w[i + 1] <= 'z') return true;
  return false;
}

}  // namespace tw::extract

// A light word/number/punctuation scanner for the mention extractors (dates, money, percents,
// topics). One pass over the text; tokens are byte spans, so every match maps back to exact
// offsets. Words are compared through an ASCII-lowercased copy of the text (same byte offsets).
#pragma once

#include <array>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "text/word_set.h"

namespace tw::extract {

// A number's value from its whole part and its fractional digits `frac` over `div` (a power of
// ten): one division of all the digits, so that "5.94" reads as the double nearest 5.94, not 5 +
// 0.94 rounded twice (5.9399999999999995); past 2^53 the sum is as exact as it gets.
inline double decimal_value(double whole, double frac, double div) {
  const double digits = whole * div + frac;
  return digits < 9007199254740992.0 ? digits / div : whole + frac / div;
}

struct Token {
  enum Kind : uint8_t { Word, Number, Punct };
  uint32_t begin = 0, end = 0;
  Kind kind = Punct;
  bool upper = false;      // a word starting with an upper-case letter
  bool decimal = false;    // a number with a decimal point
  bool grouped = false;    // a number with thousands separators ("1,000")
  double value = 0;        // numbers only
};

class WordScan {
 public:
  explicit WordScan(std::string_view text);
  // The same, reading words through `lowered`: text with its ASCII letters lower-cased (same
  // byte offsets), which must outlive the scan. A document's copy serves, instead of another.
  WordScan(std::string_view text, std::string_view lowered);
  // The lower-cased view may point into the scan's own copy: a copy of the scan would point
  // into the original's.
  WordScan(const WordScan&) = delete;
  WordScan& operator=(const WordScan&) = delete;

  std::string_view text() const { return text_; }
  size_t size() const { return n_; }
  const Token& operator[](size_t i) const { return toks_[i]; }
  const std::vector<Token>& tokens() const { return toks_; }

  std::string_view raw(size_t i) const { return text_.substr(toks_[i].begin, toks_[i].end - toks_[i].begin); }
  // Lower-cased surface of token i (ASCII letters folded).
  std::string_view lower(size_t i) const { return lower_.substr(toks_[i].begin, toks_[i].end - toks_[i].begin); }
  // Lower-cased text from token i's start; for multi-token phrase checks.
  std::string_view lower_from(size_t i) const { return lower_.substr(toks_[i].begin); }
  std::string_view lower_text() const { return lower_; }

  bool is_word(size_t i) const { return i < n_ && toks_[i].kind == Token::Word; }
  bool is_number(size_t i) const { return i < n_ && toks_[i].kind == Token::Number; }
  // Lengths first, then a byte loop the compiler unrolls for a literal: no memcmp call per token.
  bool is(size_t i, std::string_view lower_word) const {
    if (i >= n_ || toks_[i].end - toks_[i].begin != lower_word.size()) return false;
    const char* p = lower_.data() + toks_[i].begin;
    for (size_t k = 0; k < lower_word.size(); ++k)
      if (p[k] != lower_word[k]) return false;
    return true;
  }
  // Token i touches token i-1 (no space between them).
  bool glued(size_t i) const { return i > 0 && i < n_ && toks_[i].begin == toks_[i - 1].end; }
  // A dash of any kind: - – — ‑ ‒ −. Inline, asked at most tokens: a token of one byte is a dash
  // only as '-', and the others are three bytes from E2, so most tokens are told by their length.
  bool is_dash(size_t i) const {
    if (i >= n_ || toks_[i].kind != Token::Punct) return false;
    const uint32_t len = toks_[i].end - toks_[i].begin;
    if (len == 1) return text_[toks_[i].begin] == '-';
    if (len != 3) return false;
    const std::string_view r = raw(i);
    return r == "\u2013" || r == "\u2014" || r == "\u2011" || r == "\u2012" || r == "\u2212";
  }
  // Index of the first token starting at or after byte offset pos.
  size_t index_at(uint32_t pos) const;
  // Points the scan at another copy of the same text (offsets stay valid).
  void rebind(std::string_view same_text) { text_ = same_text; }

 private:
  void scan();
  std::string_view text_;
  std::string own_lower_;  // the lower-cased copy, when none was given
  std::string_view lower_;
  std::vector<Token> toks_;
  // toks_.size(), kept: nearly every token read is bounded by it, and a vector's size is a
  // division by the token's size each time.
  size_t n_ = 0;
};

// The scan of text, shared by the stages that read the same text one after another on this
// thread (dates, money, percents and topics all scan the body): the text is scanned once. The
// reference stays valid until the next call on this thread with a different text.
const WordScan& shared_scan(std::string_view text);

// Word maps and sets looked up by string_view (text/word_set.h).
using text::WordHash;
template <typename T>
using WordMap = text::WordMap<T>;
using WordSet = text::WordSet;

// A Bloom filter in front of a small vocabulary that every word of a text is looked up in: most
// words are not in it, and the filter says so without probing the hash table. No false
// negatives: a word it turns away was never added.
class WordFilter {
 public:
  void add(std::string_view w) {
    const size_t h = WordHash{}(w);
    set(h);
    set(h >> 16);
    if (w.empty()) {
      empty_ = true;
    } else {
      shape_[shape_of(w)] |= bit(w.back());
    }
  }
  bool may_contain(std::string_view w) const {
    // The shape first, by length and end bytes together, which costs no hashing: most words have
    // none of the added words' shapes ("the" passes a test of its first and last bytes apart, as
    // "two" and "one" do, but no number word of three letters both starts with t and ends in e).
    if (w.empty() ? !empty_ : !(shape_[shape_of(w)] & bit(w.back()))) return false;
    const size_t h = WordHash{}(w);
    return test(h) && test(h >> 16);
  }

 private:
  // Per length (31 and longer share the last slot) and low five bits of the first byte, a bit
  // for the low five bits of the last byte of some added word.
  static size_t shape_of(std::string_view w) {
    const size_t n = w.size() < 31 ? w.size() : 31;
    return n << 5 | (static_cast<unsigned char>(w.front()) & 31u);
  }
  static uint32_t bit(char c) { return uint32_t{1} << (static_cast<unsigned char>(c) & 31); }
  std::array<uint32_t, 32 * 32> shape_{};
  bool empty_ = false;
  static constexpr size_t kBits = 4096;
  void set(size_t h) { bits_[(h % kBits) / 64] |= uint64_t{1} << (h % 64); }
  bool test(size_t h) const { return bits_[(h % kBits) / 64] >> (h % 64) & 1; }
  std::array<uint64_t, kBits / 64> bits_{};
};

// If the lower-cased text at token i starts with `phrase` (lower-case, single spaces, may contain
// punctuation such as "u.s."), returns the index one past the last token it covers; else 0.
// The phrase must end at a token boundary.
size_t match_phrase(const WordScan& s, size_t i, std::string_view phrase);

}  // namespace tw::extract

// Shared scanning tools of the mention extractors (places, organizations, people): UTF-8 word
// boundaries, a word tokenizer that keeps abbreviations such as "U.S." whole, a longest-match
// phrase table for gazetteers, and the dateline at the start of a release body.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tw::extract::lex {

int32_t decode_multibyte(std::string_view s, size_t i, size_t* len);
int32_t decode_before_multibyte(std::string_view s, size_t i, size_t* len);
bool is_word_cp_multibyte(int32_t cp);

inline constexpr bool ascii_alnum(int32_t c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
// Code point at byte i (its byte length in *len); -1 and length 1 on a bad byte. ASCII, the
// common case, is decoded inline.
inline int32_t decode_at(std::string_view s, size_t i, size_t* len) {
  if (i < s.size() && static_cast<unsigned char>(s[i]) < 0x80) {
    *len = 1;
    return static_cast<unsigned char>(s[i]);
  }
  return decode_multibyte(s, i, len);
}
// Code point that ends just before byte i.
inline int32_t decode_before(std::string_view s, size_t i, size_t* len) {
  if (i > 0 && i <= s.size() && static_cast<unsigned char>(s[i - 1]) < 0x80) {
    *len = 1;
    return static_cast<unsigned char>(s[i - 1]);
  }
  return decode_before_multibyte(s, i, len);
}
bool is_letter(int32_t cp);
bool is_upper(int32_t cp);
bool is_lower(int32_t cp);
inline bool is_word_cp(int32_t cp) {  // letter or digit
  return cp < 128 ? ascii_alnum(cp) : is_word_cp_multibyte(cp);
}
inline bool boundary_before(std::string_view s, size_t i) {
  size_t l = 0;
  return i == 0 || !is_word_cp(decode_before(s, i, &l));
}
inline bool boundary_after(std::string_view s, size_t i) {
  size_t l = 0;
  return i >= s.size() || !is_word_cp(decode_at(s, i, &l));
}
// Whether w equals lit, a lower-case literal, with w's ASCII letters compared without case.
inline bool ascii_ieq(std::string_view w, std::string_view lit) {
  if (w.size() != lit.size()) return false;
  for (size_t i = 0; i < w.size(); ++i) {
    const char c = w[i] >= 'A' && w[i] <= 'Z' ? static_cast<char>(w[i] - 'A' + 'a') : w[i];
    if (c != lit[i]) return false;
  }
  return true;
}

// A word or a punctuation mark. Words keep inner hyphens, dashes, '&', '/' and apostrophes
// ("Busan–Jinhae", "J&K", "Okonjo-Iweala") and the dots of abbreviations ("U.S.", "Ltd.", "W.");
// a possessive "’s" is a token of its own.
struct Tok {
  uint32_t b = 0, e = 0;
  bool word = false;
  bool cap = false;       // first letter upper-case
  bool allcaps = false;   // at least two letters, none lower-case ("WTO", "G7", "MC14")
  bool digit = false;     // starts with a digit
};
std::vector<Tok> tokenize(std::string_view s);
// The same, also filling *starts (when given) with word_starts(s), found on the same walk.
std::vector<Tok> tokenize(std::string_view s, std::vector<uint32_t>* starts);
inline std::string_view tok_text(std::string_view s, const Tok& t) { return s.substr(t.b, t.e - t.b); }

// hay.find(needle, from). A needle that starts with a space (" such as ") is looked for from its
// second byte: the library's search stops at every occurrence of the first byte, and spaces
// come every few bytes.
inline size_t find_text(std::string_view hay, std::string_view needle, size_t from = 0) {
  if (needle.size() < 2 || needle[0] != ' ') return hay.find(needle, from);
  const std::string_view rest = needle.substr(1);
  for (size_t r = hay.find(rest, from + 1); r != std::string_view::npos; r = hay.find(rest, r + 1))
    if (hay[r - 1] == ' ') return r - 1;
  return std::string_view::npos;
}

// Offsets of text where a word starts: a letter or digit after a non-word code point or at 0.
std::vector<uint32_t> word_starts(std::string_view text);

// Compares phrase with text at pos, treating '-' as any dash and '\'' as any apostrophe; when
// upper is set, the phrase's letters may appear upper-cased (all-caps datelines). Returns the end
// of the match in text, or npos.
size_t match_phrase(std::string_view text, size_t pos, std::string_view phrase, bool upper);

struct Hit {
  uint32_t b = 0, e = 0;
  int id = -1;
};

// Phrases with ids; finds the longest phrase at every word start, left to right, without overlap.
class PhraseTable {
 public:
  void add(const std::string& phrase, int id);
  // Longest phrase starting at pos (bounded by word boundaries), or id -1.
  [[gnu::always_inline]] Hit match_at(std::string_view text, size_t pos, bool allow_upper) const {
    // Inline, and forced so: most word starts begin no phrase and return here, and the compiler
    // otherwise keeps a call per word start for a body this size.
    // A case-blind match needs four bytes without a lower-case letter (match_bucket): where the
    // text has one there, only matches in the phrases' own case are possible.
    if (allow_upper && pos + 4 <= text.size()) {
      for (size_t k = pos; k < pos + 4; ++k)
        if (text[k] >= 'a' && text[k] <= 'z') {
          allow_upper = false;
          break;
        }
    }
    if (!allow_upper && !may_begin(text, pos)) return {};
    const uint16_t key = key_of(text.substr(pos, 2));
    if (!has_key(key)) return {};
    const size_t rank = rank_of(key);
    // In the phrases' own case, the first and third bytes must be the text's own: the bucket's
    // filter turns away most words that share only the case-blind key ("minister", "the").
    if (!allow_upper && !(filters_[rank] >> filter_bit(text, pos) & 1)) return {};
    // And its fourth and fifth bytes must be some phrase's (or stand for its dash, apostrophe or
    // space): "the government" is turned away from a bucket of "the Hon…", "the Right …".
    if (!allow_upper && !(later_[rank].fourth >> (byte_at(text, pos + 3) & 63) & 1 &&
                          later_[rank].fifth >> (byte_at(text, pos + 4) & 63) & 1))
      return {};
    return match_bucket(text, pos, allow_upper, buckets_[rank]);
  }
  // Whether a phrase may begin at pos (< text.size()) in its own case: when not, match_at(text,
  // pos, false) finds none. A test of two bytes, for callers that ask at nearly every token.
  // Forced inline: its big callers otherwise keep a call for a two-byte test.
  [[gnu::always_inline]] bool may_begin(std::string_view text, size_t pos) const {
    const unsigned pair = pair_of(text, pos);
    return pairs_[pair >> 6] >> (pair & 63) & 1;
  }
  std::vector<Hit> find_all(std::string_view text, bool allow_upper) const;
  // The same, given word_starts(text): several tables searching one text share one scan.
  std::vector<Hit> find_all(std::string_view text, const std::vector<uint32_t>& starts, bool allow_upper) const;
  bool contains(std::string_view phrase) const;

 private:
  // Phrases by their first two characters, case-folded (the second only if alphanumeric).
  static uint16_t key_of(std::string_view s) {
    // ASCII folding as std::tolower/std::isalnum do in the "C" locale.
    auto fold = [](unsigned char c) { return static_cast<unsigned char>(c >= 'A' && c <= 'Z' ? c + 32 : c); };
    unsigned char k0 = '#', k1 = '#';
    if (!s.empty()) k0 = fold(static_cast<unsigned char>(s[0]));
    if (s.size() > 1 && ascii_alnum(static_cast<unsigned char>(s[1]))) k1 = fold(static_cast<unsigned char>(s[1]));
    return static_cast<uint16_t>(k0 << 8 | k1);
  }
  // Small, so that a bucket spans few cache lines: the phrase's text lives in chars_.
  struct Entry {
    uint32_t off = 0;  // of the phrase in chars_
    uint16_t len = 0;
    // The phrase's leading bytes before any dash, apostrophe or space (at most four): each stands
    // for one byte of text, so a match in the phrase's own case begins with exactly these bytes,
    // checked from the entry alone before the phrase's text in chars_ is read.
    uint8_t head_len = 0;
    // No dash, apostrophe or space, which match_phrase lets stand for other bytes: the phrase
    // matches in its own case exactly where its bytes are.
    bool plain = false;
    int id = -1;
    uint32_t head = 0;  // those bytes, little-endian (byte k in bits 8k..8k+7)
    // Covers the head's bytes. Phrase bytes are never zero, so a text too short for the head
    // (its missing bytes read as zero) fails the compare too.
    uint32_t head_mask = 0;
    // The phrase's first (up to) eight bytes as they are, little-endian, and a mask covering
    // them: where the text's first differing byte is no dash, apostrophe or space of the phrase,
    // it does not match in its own case, which is told without reading chars_.
    uint64_t lit = 0, lit_mask = 0;
  };
  std::string_view phrase(const Entry& e) const { return std::string_view(chars_).substr(e.off, e.len); }
  Hit match_bucket(std::string_view text, size_t pos, bool allow_upper, const std::vector<Entry>& bucket) const;
  std::string chars_;
  // Bit per key that begins some phrase: most word starts begin none.
  std::array<uint64_t, 1024> keys_{};
  // Keys set in keys_ before each 64-bit word: a key's rank among the set keys indexes buckets_
  // directly, with no hashing.
  std::array<uint16_t, 1024> rank_{};
  std::vector<std::vector<Entry>> buckets_;  // by rank of key
  // Per bucket, the filter_bit of every place where one of its phrases may match in its own case.
  std::vector<uint64_t> filters_;
  // Per bucket, a bit for the low six bits of each byte that may stand fourth, and fifth, in the
  // text where one of its phrases matches in its own case (later_of); all bits for a phrase too
  // short, or with a dash, apostrophe or space among its first three bytes.
  struct Later {
    uint64_t fourth = 0, fifth = 0;
  };
  std::vector<Later> later_;
  static Later later_of(const Entry& e, std::string_view phrase);
  static unsigned byte_at(std::string_view text, size_t i) {
    return i < text.size() ? static_cast<unsigned char>(text[i]) : 0u;
  }
  // Bit 5 from the first byte, bits 0-4 from the third (0 past the text's end). A phrase whose
  // head has fewer than three bytes sets every bit its first byte allows, or all of them.
  static unsigned filter_bit(std::string_view text, size_t pos) {
    const auto b0 = static_cast<unsigned char>(text[pos]);
    const unsigned b2 = pos + 2 < text.size() ? static_cast<unsigned char>(text[pos + 2]) : 0u;
    return (b0 & 0x20u) | (b2 & 31u);
  }
  static uint64_t filter_of(const Entry& e);
  // Matches in the phrases' own case begin with a phrase's own first two bytes: a bit per pair
  // of their low six bits (12 bits), set for each phrase (every second byte for a phrase whose
  // head is shorter than two bytes), asked before the key is even folded.
  std::array<uint64_t, 64> pairs_{};
  // A bit per lower-case ASCII letter that begins some phrase. Where the text has another such
  // letter, no phrase matches, in its own case or any: every phrase byte but a dash, apostrophe
  // or space stands only for itself or, case-blind, its capital.
  uint32_t lower_first_ = 0;
  [[gnu::always_inline]] static unsigned pair_of(std::string_view text, size_t pos) {
    const unsigned b0 = static_cast<unsigned char>(text[pos]);
    const unsigned b1 = pos + 1 < text.size() ? static_cast<unsigned char>(text[pos + 1]) : 0u;
    return (b0 & 63u) << 6 | (b1 & 63u);
  }
  bool has_key(uint16_t key) const { return keys_[key >> 6] >> (key & 63) & 1; }
  // Set bits of x. Written out because a build for the baseline x86-64 has no popcnt
  // instruction and std::popcount becomes a library call on every bucket lookup.
  [[gnu::always_inline]] static size_t bit_count(uint64_t x) {
    x = x - ((x >> 1) & 0x5555555555555555ull);
    x = (x & 0x3333333333333333ull) + ((x >> 2) & 0x3333333333333333ull);
    x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0Full;
    return static_cast<size_t>((x * 0x0101010101010101ull) >> 56);
  }
  // Keys set before key: the index of key's bucket once it is set.
  [[gnu::always_inline]] size_t rank_of(uint16_t key) const {
    const uint64_t below = (uint64_t{1} << (key & 63)) - 1;
    return rank_[key >> 6] + bit_count(keys_[key >> 6] & below);
  }
  // The bucket of key, or nullptr.
  const std::vector<Entry>* bucket(uint16_t key) const { return has_key(key) ? &buckets_[rank_of(key)] : nullptr; }
};

// Lower-case letters and digits only: the key under which names are merged ("Sung Yun-mo" and
// "Sung Yunmo" are one person).
std::string norm_key(std::string_view s);

// End of a dateline that opens a body ("WASHINGTON – ", "Vancouver, Canada – ",
// "OTTAWA, ON, May 4, 2023 /CNW/ - ", wire credits such as "SEOUL, Dec 1 (Reuters) - " and
// "TOKYO (Bloomberg) -- ", accented place names such as "Brasília, … – "), or 0 when there is none.
size_t dateline_end(std::string_view body);

}  // namespace tw::extract::lex

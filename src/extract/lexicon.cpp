#include "extract/lexicon.h"

#include <re2/re2.h>
#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cstring>

#include "text/byte_runs.h"
#include "text/sentences.h"

namespace tw::extract::lex {

int32_t decode_multibyte(std::string_view s, size_t i, size_t* len) {
  utf8proc_int32_t cp = -1;
  auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                            static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
  if (n <= 0) {
    *len = 1;
    return -1;
  }
  *len = static_cast<size_t>(n);
  return cp;
}

int32_t decode_before_multibyte(std::string_view s, size_t i, size_t* len) {
  if (i == 0) {
    *len = 0;
    return -1;
  }
  size_t b = i - 1;
  while (b > 0 && (static_cast<unsigned char>(s[b]) & 0xC0) == 0x80 && i - b < 4) --b;
  size_t l = 0;
  int32_t cp = decode_at(s, b, &l);
  *len = i - b;
  return cp;
}

bool is_letter(int32_t cp) {
  if (cp < 0) return false;
  if (cp < 128) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  auto c = utf8proc_category(cp);
  return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}
bool is_upper(int32_t cp) { return cp >= 0 && (cp < 128 ? (cp >= 'A' && cp <= 'Z') : utf8proc_isupper(cp)); }
bool is_lower(int32_t cp) { return cp >= 0 && (cp < 128 ? (cp >= 'a' && cp <= 'z') : utf8proc_islower(cp)); }
bool is_word_cp_multibyte(int32_t cp) {
  return is_letter(cp) || (cp >= 128 && utf8proc_category(cp) == UTF8PROC_CATEGORY_ND);
}

namespace {

// ASCII letters and digits, by byte: the word loop reads one table entry per byte.
constexpr auto kAlnumByte = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 256; ++c) t[static_cast<size_t>(c)] = ascii_alnum(c);
  return t;
}();

// Words whose trailing period is part of them.
constexpr std::array<std::string_view, 24> kAbbrev = {"Mr", "Ms", "Mrs", "Dr", "Prof", "St", "Jr", "Sr",
                                                      "Co", "Ltd", "Inc", "Corp", "Hon", "No", "Gov", "Sen",
                                                      "Rep", "Amb", "vs", "Mt", "Gen", "Bros", "Messrs", "Cie"};

// Byte length of a joiner at i that may sit inside a word: hyphens, en dash, '&', '/', apostrophes.
size_t joiner_len(std::string_view s, size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c == '-' || c == '&' || c == '/' || c == '\'') return 1;
  if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80) {
    unsigned char d = static_cast<unsigned char>(s[i + 2]);
    if (d == 0x90 || d == 0x91 || d == 0x93 || d == 0x99) return 3;  // ‐ ‑ – ’
  }
  return 0;
}

// Length of the longest common prefix of a[0, n) and b[0, n), eight bytes at a time: phrases
// that share a bucket's head are told apart by their later bytes, often many of them.
size_t common_prefix(const char* a, const char* b, size_t n) {
  size_t m = 0;
  for (; m + 8 <= n; m += 8) {
    uint64_t x, y;
    std::memcpy(&x, a + m, 8);
    std::memcpy(&y, b + m, 8);
    if (x != y) return m + (static_cast<size_t>(__builtin_ctzll(x ^ y)) >> 3);  // little-endian
  }
  while (m < n && a[m] == b[m]) ++m;
  return m;
}

bool is_apostrophe(std::string_view s, size_t i) {
  return s[i] == '\'' || (static_cast<unsigned char>(s[i]) == 0xE2 && i + 2 < s.size() &&
                          static_cast<unsigned char>(s[i + 1]) == 0x80 && static_cast<unsigned char>(s[i + 2]) == 0x99);
}

void set_flags(std::string_view s, Tok& t) {
  size_t l = 0;
  int32_t first = decode_at(s, t.b, &l);
  t.cap = is_upper(first);
  t.digit = first >= '0' && first <= '9';
  // All capitals: at least two letters, or a letter and a digit, and no lower-case letter.
  int letters = 0, digits = 0;
  for (size_t i = t.b; i < t.e; i += l) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {  // most tokens are ASCII: no decoding, no Unicode tables
      l = 1;
      if (c >= 'a' && c <= 'z') {
        t.allcaps = false;  // one lower-case letter settles it: most words stop at their first
        return;
      } else if (c >= 'A' && c <= 'Z') {
        ++letters;
      } else if (c >= '0' && c <= '9') {
        ++digits;
      }
      continue;
    }
    int32_t cp = decode_multibyte(s, i, &l);
    if (is_letter(cp)) {
      ++letters;
      if (is_lower(cp)) {
        t.allcaps = false;
        return;
      }
    } else if (cp >= '0' && cp <= '9') {
      ++digits;
    }
  }
  t.allcaps = letters >= 1 && (letters >= 2 || digits > 0);
}

}  // namespace

std::vector<Tok> tokenize(std::string_view s) { return tokenize(s, nullptr); }

// Flattened: the pushes and byte tests inline, a call each otherwise.
[[gnu::flatten]] std::vector<Tok> tokenize(std::string_view s, std::vector<uint32_t>* starts) {
  // Every run of letters and digits begins at a word token's start, after a joiner or an
  // abbreviation's inner dot within one, or at the "s" of a possessive: those are the places
  // word_starts(s) finds, collected here on the same walk instead of a second pass.
  auto start_at = [&](size_t pos) {
    if (starts) starts->push_back(static_cast<uint32_t>(pos));
  };
  std::vector<Tok> out;
  size_t i = 0;
  const size_t n = s.size();
  // English runs about one token per five bytes and one word start per six: reserving spares
  // the copies of a vector grown by doubling.
  out.reserve(n / 5 + 4);
  if (starts) starts->reserve(starts->size() + n / 6 + 4);
  while (i < n) {
    if (s[i] == ' ') {  // every other token is followed by one
      ++i;
      continue;
    }
    size_t l = 0;
    // An ASCII letter or digit, the first byte of most tokens, opens a word: what is tested here
    // (a space, a mark, a possessive) is none.
    if (!kAlnumByte[static_cast<unsigned char>(s[i])]) {
      int32_t cp = decode_at(s, i, &l);
      if (cp == ' ' || cp == 0xA0 || cp == '\t' || cp == '\n') {
        i += l;
        continue;
      }
      if (!is_word_cp(cp)) {
        // A possessive after a word is one token: "’s".
        if (!out.empty() && out.back().word && out.back().e == i && is_apostrophe(s, i)) {
          size_t al = s[i] == '\'' ? 1 : 3;
          if (i + al < n && (s[i + al] == 's' || s[i + al] == 'S') && boundary_after(s, i + al + 1)) {
            start_at(i + al);
            out.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(i + al + 1), false});
            i += al + 1;
            continue;
          }
        }
        out.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(i + l), false});
        i += l;
        continue;
      }
    }
    size_t b = i, seg = i;  // seg: start of the current dot/joiner-separated segment
    size_t j = i;
    start_at(i);
    for (;;) {
      {
        // The common case, in locals the compiler keeps in registers.
        const auto* u = reinterpret_cast<const unsigned char*>(s.data());
        j = text::run_end(u, j, n, text::ascii_alnum_bytes, [](unsigned char c) { return kAlnumByte[c]; });
      }
      // A space, which ends most words, is no word character, joiner or dot: the word ends there.
      if (j < n && s[j] == ' ') break;
      while (j < n) {
        int32_t c = decode_at(s, j, &l);
        if (!is_word_cp(c)) break;
        j += l;
      }
      if (j >= n) break;
      size_t jl = joiner_len(s, j);
      if (jl > 0 && j + jl < n && is_word_cp(decode_at(s, j + jl, &l))) {
        // Not a possessive: "’s" followed by a boundary stays outside.
        if (is_apostrophe(s, j) && (s[j + jl] == 's' || s[j + jl] == 'S') && boundary_after(s, j + jl + 1)) break;
        j += jl;
        seg = j;
        start_at(j);
        continue;
      }
      if (s[j] == '.') {
        size_t seglen = j - seg;
        bool single = seglen == 1 && is_upper(decode_at(s, seg, &l));
        // "U.S." / "H.E.": a single capital, a dot, and another capital with its dot.
        if (single && j + 2 < n && is_upper(decode_at(s, j + 1, &l)) && s[j + 2] == '.') {
          j += 1;
          seg = j;
          start_at(j);
          continue;
        }
        std::string_view word = s.substr(b, j - b);
        bool abbrev = std::find(kAbbrev.begin(), kAbbrev.end(), word) != kAbbrev.end();
        if (single || abbrev || word.find('.') != std::string_view::npos) j += 1;
      }
      break;
    }
    Tok t{static_cast<uint32_t>(b), static_cast<uint32_t>(j), true};
    // A word that starts with a lower-case ASCII letter, as most do, has none of the flags:
    // set_flags would decode that letter again to say so.
    if (!(s[b] >= 'a' && s[b] <= 'z')) set_flags(s, t);
    out.push_back(t);
    i = j;
    if (i < n && s[i] == ' ') ++i;  // the space after most words, passed here rather than by the loop
  }
  return out;
}

size_t match_phrase(std::string_view text, size_t pos, std::string_view phrase, bool upper) {
  size_t t = pos;
  for (size_t p = 0; p < phrase.size(); ++p) {
    if (t >= text.size()) return std::string_view::npos;
    unsigned char pc = static_cast<unsigned char>(phrase[p]);
    unsigned char tc = static_cast<unsigned char>(text[t]);
    if (pc == '-') {
      if (tc == '-') {
        ++t;
        continue;
      }
      if (tc == 0xE2 && t + 2 < text.size() && static_cast<unsigned char>(text[t + 1]) == 0x80) {
        unsigned char d = static_cast<unsigned char>(text[t + 2]);
        if (d == 0x90 || d == 0x91 || d == 0x93 || d == 0x94) {
          t += 3;
          continue;
        }
      }
      return std::string_view::npos;
    }
    if (pc == '\'') {
      if (tc == '\'') {
        ++t;
        continue;
      }
      if (is_apostrophe(text, t)) {
        t += 3;
        continue;
      }
      return std::string_view::npos;
    }
    if (pc == ' ' && tc == 0xC2 && t + 1 < text.size() && static_cast<unsigned char>(text[t + 1]) == 0xA0) {
      t += 2;
      continue;
    }
    if (pc == tc) {
      ++t;
      continue;
    }
    if (upper && pc >= 'a' && pc <= 'z' && tc == pc - 32) {
      ++t;
      continue;
    }
    // "BRASÍLIA", "SÃO PAULO", "BOGOTÁ": a Latin-1 letter of the phrase (U+00E0-U+00FE, after its
    // lead byte 0xC3, which matched as itself) in capitals (U+00C0-U+00DE) is 0x20 lower.
    if (upper && p > 0 && text::latin1_lower_tail(static_cast<unsigned char>(phrase[p - 1]), pc) && tc == pc - 0x20) {
      ++t;
      continue;
    }
    return std::string_view::npos;
  }
  return t;
}

void PhraseTable::add(const std::string& phrase, int id) {
  if (phrase.empty()) return;
  const uint16_t key = key_of(phrase);
  if (!has_key(key)) {
    // A new key: its bucket goes in at its rank, and the ranks after it move up by one.
    buckets_.insert(buckets_.begin() + static_cast<std::ptrdiff_t>(rank_of(key)), std::vector<Entry>{});
    filters_.insert(filters_.begin() + static_cast<std::ptrdiff_t>(rank_of(key)), 0);
    later_.insert(later_.begin() + static_cast<std::ptrdiff_t>(rank_of(key)), Later{});
    keys_[key >> 6] |= uint64_t{1} << (key & 63);
    for (size_t w = (key >> 6) + 1; w < rank_.size(); ++w) ++rank_[w];
  }
  auto& v = buckets_[rank_of(key)];
  for (auto& e : v)
    if (this->phrase(e) == phrase) {
      e.id = id;  // a later table overrides an earlier one
      return;
    }
  const size_t rank = rank_of(key);
  auto special = [](char c) { return c == '-' || c == '\'' || c == ' '; };
  Entry e;
  e.off = static_cast<uint32_t>(chars_.size());
  e.len = static_cast<uint16_t>(phrase.size());
  e.id = id;
  e.plain = phrase.find_first_of("-' ") == std::string::npos;
  chars_ += phrase;
  while (e.head_len < 4 && e.head_len < phrase.size() && !special(phrase[e.head_len])) {
    e.head |= static_cast<uint32_t>(static_cast<unsigned char>(phrase[e.head_len])) << (8 * e.head_len);
    ++e.head_len;
  }
  e.head_mask = e.head_len >= 4 ? ~uint32_t{0} : (uint32_t{1} << (8 * e.head_len)) - 1;
  for (size_t k = 0; k < 8 && k < phrase.size(); ++k) {
    e.lit |= static_cast<uint64_t>(static_cast<unsigned char>(phrase[k])) << (8 * k);
    e.lit_mask |= uint64_t{0xFF} << (8 * k);
  }
  filters_[rank] |= filter_of(e);
  if (phrase[0] >= 'a' && phrase[0] <= 'z') lower_first_ |= uint32_t{1} << (phrase[0] - 'a');
  const Later later = later_of(e, phrase);
  later_[rank].fourth |= later.fourth;
  later_[rank].fifth |= later.fifth;
  if (e.head_len == 0) {
    pairs_.fill(~uint64_t{0});
  } else if (e.head_len == 1) {
    pairs_[e.head & 63u] = ~uint64_t{0};  // the row of the first byte: (b0 & 63) << 6 is a whole word
  } else {
    const unsigned pair = (e.head & 63u) << 6 | ((e.head >> 8) & 63u);
    pairs_[pair >> 6] |= uint64_t{1} << (pair & 63);
  }
  v.push_back(std::move(e));
}

uint64_t PhraseTable::filter_of(const Entry& e) {
  if (e.head_len == 0) return ~uint64_t{0};
  const unsigned half = e.head & 0x20u;  // bit 5 of the first byte
  if (e.head_len < 3) return uint64_t{0xFFFFFFFFu} << half;
  return uint64_t{1} << (half | ((e.head >> 16) & 31u));
}

PhraseTable::Later PhraseTable::later_of(const Entry& e, std::string_view phrase) {
  // A phrase byte stands for itself in its own case, a dash or apostrophe also for the first byte
  // of E2 80 xx, a space for that of C2 A0; the byte after such a one may then be 80 or A0.
  auto bits = [](unsigned char c) {
    uint64_t b = uint64_t{1} << (c & 63u);
    if (c == ' ') b |= uint64_t{1} << (0xC2u & 63u);
    if (c == '-' || c == '\'') b |= uint64_t{1} << (0xE2u & 63u);
    return b;
  };
  Later l{~uint64_t{0}, ~uint64_t{0}};
  // Its first three bytes stand for one text byte each: the text's fourth is the phrase's.
  if (e.head_len < 3 || phrase.size() < 4) return l;
  const auto p3 = static_cast<unsigned char>(phrase[3]);
  l.fourth = bits(p3);
  if (phrase.size() < 5) return l;
  l.fifth = bits(static_cast<unsigned char>(phrase[4]));
  if (p3 == ' ') l.fifth |= uint64_t{1} << (0xA0u & 63u);
  if (p3 == '-' || p3 == '\'') l.fifth |= uint64_t{1} << (0x80u & 63u);
  return l;
}

bool PhraseTable::contains(std::string_view phrase) const {
  const auto* b = bucket(key_of(phrase));
  if (!b) return false;
  for (const auto& e : *b)
    if (this->phrase(e) == phrase) return true;
  return false;
}

Hit PhraseTable::match_bucket(std::string_view text, size_t pos, bool allow_upper,
                              const std::vector<Entry>& bucket) const {
  Hit best;
  const unsigned char c3 = pos + 2 < text.size() ? static_cast<unsigned char>(text[pos + 2]) : 0;
  // The text's next eight bytes (fewer at its end, the rest zero) against each entry's first.
  uint64_t next8 = 0;
  const size_t left = text.size() - pos;
  if (left >= 8) {
    std::memcpy(&next8, text.data() + pos, 8);
  } else {
    for (size_t k = 0; k < left; ++k) next8 |= static_cast<uint64_t>(static_cast<unsigned char>(text[pos + k])) << (8 * k);
  }
  // A case-blind match is kept only when the matched text has no lower-case letter, and it spans
  // at least four bytes (every phrase byte consumes one or more text bytes): match_at has turned
  // allow_upper off where a lower-case letter is among the first four ("Korea", unlike "KOREA").
  for (const auto& en : bucket) {
    const bool may_upper = allow_upper && en.len >= 4;
    if (!may_upper) {
      // Only a match in the phrase's own case is possible: up to the text's first byte that
      // differs from the phrase's, both agree, and a difference at a byte other than a dash,
      // apostrophe or space of the phrase (any of the head's) is a miss. Most entries of a
      // bucket fail here, before their phrase is looked at.
      if (const uint64_t diff = (next8 ^ en.lit) & en.lit_mask; diff != 0) {
        const auto pc = static_cast<unsigned char>(en.lit >> (static_cast<unsigned>(__builtin_ctzll(diff)) & ~7u));
        if (pc != '-' && pc != '\'' && pc != ' ') continue;
      }
    } else if (en.head_len >= 3) {
      // The key matched the first two bytes case-blind; the third may differ in case only.
      const auto third = static_cast<unsigned char>(en.head >> 16);
      if (pos + 2 >= text.size() ||
          (c3 != third && !(third >= 'a' && third <= 'z' && c3 == third - 32) &&
           !(text::latin1_lower_tail(static_cast<unsigned char>(text[pos + 1]), third) && c3 == third - 0x20)))
        continue;
    }
    const std::string_view p = phrase(en);
    const int id = en.id;
    size_t e = std::string_view::npos;
    if (!en.plain) {
      // match_phrase departs from a byte-for-byte compare only at a hyphen, apostrophe or space
      // of the phrase: up to the first differing byte both agree, so a difference at any other
      // byte is a miss without the slower walk.
      const size_t avail = std::min(p.size(), text.size() - pos);
      const size_t m = common_prefix(text.data() + pos, p.data(), avail);
      if (m == p.size()) {
        e = pos + p.size();
      } else if (m < avail && (p[m] == '-' || p[m] == '\'' || p[m] == ' ')) {
        e = match_phrase(text, pos, p, false);
      }
    } else if (!may_upper && p.size() <= 8) {
      // Its bytes are all among the first eight, which the test above found equal to the text's
      // (a plain phrase has no byte that may stand for another): a match, and within the text, as
      // no phrase byte is zero.
      e = pos + p.size();
    } else if (p.size() <= text.size() - pos && std::memcmp(text.data() + pos, p.data(), p.size()) == 0) {
      e = pos + p.size();
    }
    if (e == std::string_view::npos && may_upper) {
      e = match_phrase(text, pos, p, true);
      if (e != std::string_view::npos) {
        // Only a text written all in capitals may differ in case.
        for (size_t k = pos; k < e; ++k)
          if ((text[k] >= 'a' && text[k] <= 'z') ||
              (k > pos && text::latin1_lower_tail(static_cast<unsigned char>(text[k - 1]),
                                                  static_cast<unsigned char>(text[k])))) {
            e = std::string_view::npos;
            break;  // e is no bound any more: going on would read past the text
          }
      }
    }
    if (e == std::string_view::npos || !boundary_after(text, e)) continue;
    // A phrase ending in a letter must not stop before an abbreviation's dot ("U.S" in "U.S.").
    if (e > best.e || best.id < 0) best = {static_cast<uint32_t>(pos), static_cast<uint32_t>(e), id};
  }
  return best;
}

std::vector<uint32_t> word_starts(std::string_view text) {
  // A word start is a code point that starts a letter or digit run; continuation bytes never
  // decode to one, so every byte can be tested on its own.
  std::vector<uint32_t> out;
  const size_t n = text.size();
  bool prev_alnum = false;  // the byte before i is an ASCII letter or digit
  for (size_t i = 0; i < n; ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      const bool alnum = ascii_alnum(c);
      if (alnum && !prev_alnum && boundary_before(text, i)) out.push_back(static_cast<uint32_t>(i));
      prev_alnum = alnum;
      continue;
    }
    prev_alnum = false;
    if ((c & 0xC0) == 0x80) continue;
    size_t l = 0;
    if (is_word_cp(decode_at(text, i, &l)) && boundary_before(text, i)) out.push_back(static_cast<uint32_t>(i));
  }
  return out;
}

std::vector<Hit> PhraseTable::find_all(std::string_view text, const std::vector<uint32_t>& starts,
                                       bool allow_upper) const {
  std::vector<Hit> out;
  uint32_t from = 0;  // a hit's end: the starts inside it are passed over
  for (uint32_t i : starts) {
    if (i < from) continue;
    // Most words start with a lower-case letter, which begins few phrases or none (lower_first_).
    if (const unsigned c = static_cast<unsigned char>(text[i]) - 'a'; c < 26 && !(lower_first_ >> c & 1)) continue;
    Hit h = match_at(text, i, allow_upper);
    if (h.id >= 0) {
      out.push_back(h);
      from = h.e;
    }
  }
  return out;
}

std::vector<Hit> PhraseTable::find_all(std::string_view text, bool allow_upper) const {
  return find_all(text, word_starts(text), allow_upper);
}

namespace {
// Per ASCII byte, what norm_key keeps of it: a letter lower-cased, a digit as it is, and 0 (dropped)
// for anything else.
constexpr auto kKeyByte = [] {
  std::array<char, 128> t{};
  for (int c = '0'; c <= '9'; ++c) t[static_cast<size_t>(c)] = static_cast<char>(c);
  for (int c = 'a'; c <= 'z'; ++c) t[static_cast<size_t>(c)] = static_cast<char>(c);
  for (int c = 'A'; c <= 'Z'; ++c) t[static_cast<size_t>(c)] = static_cast<char>(c + 32);
  return t;
}();
}  // namespace

std::string norm_key(std::string_view s) {
  // Written through a pointer into room for the longest result, then copied out at its exact
  // length: a push per byte cost a call each, and a string of the longest size, allocated per
  // call and cut down, cost an allocation of twice the input. An ASCII byte gives at most one
  // byte; a code point of two or more bytes gives at most four. Short names, most of them, are
  // written on the stack; longer ones into a buffer kept for this thread.
  char small[256];
  thread_local std::string big;
  char* const base = 2 * s.size() <= sizeof small ? small : (big.resize(2 * s.size()), big.data());
  char* w = base;
  size_t l = 0;
  for (size_t i = 0; i < s.size(); i += l) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {  // ASCII, most names: folded here, as utf8proc_tolower would (kKeyByte)
      l = 1;
      const char k = kKeyByte[c];
      *w = k;
      w += k != 0;
      continue;
    }
    int32_t cp = decode_at(s, i, &l);
    if (!is_word_cp(cp)) continue;
    cp = utf8proc_tolower(cp);
    utf8proc_uint8_t buf[4];
    auto n = utf8proc_encode_char(cp, buf);
    std::memcpy(w, buf, static_cast<size_t>(n));
    w += n;
  }
  return std::string(base, static_cast<size_t>(w - base));
}

size_t dateline_end(std::string_view body) {
  // A day may be written as an ordinal ("ABU DHABI, 16th April, 2024 (WAM) --").
  static const RE2 kDateline(
      R"(^((?:[A-ZÀ-Þ][A-Za-zÀ-ÿ.'’]*|\d[\d,]*|/[A-Z]+/)(?:,? (?:[A-ZÀ-Þ][A-Za-zÀ-ÿ.'’]*|\d[\d,]*(?:st|nd|rd|th)?|/[A-Z]+/|\([A-Z][A-Za-z]*\))){0,8}) ?(?:--|–|—|-) )");
  re2::StringPiece in(body.data(), std::min<size_t>(body.size(), 120));
  // Whether it matches first, which RE2 answers with its DFA alone; the submatch, which needs a
  // slower engine, only for a body that has a dateline.
  // "SINGAPORE: ", "KUALA LUMPUR: ": the colon some papers put after a city in capitals. Only in
  // capitals: "Note: " or "Seoul: " open no dateline. The day and an agency's credit may follow
  // the city: "ISLAMABAD, July 16 (APP): ".
  static const RE2 kColonDateline(
      R"(^([A-Z][A-Z.'’]+(?: [A-Z][A-Z.'’]+){0,3}(?:, [A-Z][a-z]+\.? \d{1,2})?(?: \([A-Z][A-Za-z]*\))?): )");
  // "New Delhi, 12 August 2024: ", "ISLAMABAD, Aug 12, 2024 (APP): ": a place and a full date,
  // with any agency credit, closed by a colon. The year is needed: "Seoul, May: " is a heading.
  static const RE2 kDatedColon(
      R"(^([A-ZÀ-Þ][A-Za-zÀ-ÿ.'’]*(?: [A-ZÀ-Þ][A-Za-zÀ-ÿ.'’]*){0,3}(?:, [A-ZÀ-Þ][A-Za-zÀ-ÿ.'’]*(?: [A-ZÀ-Þ][A-Za-zÀ-ÿ.'’]*){0,2})?, (?:\d{1,2}(?:st|nd|rd|th)? [A-Z][A-Za-z]+\.?,? \d{4}|[A-Z][A-Za-z]+\.? \d{1,2}(?:st|nd|rd|th)?, \d{4})(?: \([A-Z][A-Za-z]*\))?): )");
  re2::StringPiece m;
  if (!RE2::PartialMatch(in, kDateline)) {
    // "TASHKENT, Uzbekistan, January 9. ": a full stop after the city, country and day.
    if (size_t e = text::period_dateline_end(body)) {
      while (e < body.size() && body[e] == ' ') ++e;
      return e;
    }
    if (!RE2::PartialMatch(in, kColonDateline, &m) && !RE2::PartialMatch(in, kDatedColon, &m)) return 0;
    return static_cast<size_t>(m.data() - body.data()) + m.size() + 1;  // through the colon
  }
  if (!RE2::PartialMatch(in, kDateline, &m)) return 0;
  // The whole prefix up to and including the dash.
  size_t end = static_cast<size_t>(m.data() - body.data()) + m.size();
  while (end < body.size() && body[end] == ' ') ++end;
  size_t l = 0;
  while (end < body.size() && !is_word_cp(decode_at(body, end, &l)) && body[end] != ' ') end += l;
  return end;
}

}  // namespace tw::extract::lex

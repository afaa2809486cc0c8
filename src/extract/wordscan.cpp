#include "extract/wordscan.h"

#include "extract/doc.h"
#include "text/byte_runs.h"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <memory>

namespace tw::extract {
namespace {

bool ascii_digit(char c) { return c >= '0' && c <= '9'; }
// By byte: one table load per byte of every word.
constexpr auto kAlphaByte = [] {
  std::array<bool, 256> t{};
  for (int c = 'a'; c <= 'z'; ++c) t[static_cast<size_t>(c)] = true;
  for (int c = 'A'; c <= 'Z'; ++c) t[static_cast<size_t>(c)] = true;
  return t;
}();
bool ascii_alpha(char c) { return kAlphaByte[static_cast<unsigned char>(c)]; }

// Length of the UTF-8 sequence at p and its code point (1 and the byte on bad input).
int decode(std::string_view t, size_t p, int32_t* cp) {
  utf8proc_int32_t c = 0;
  auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(t.data() + p),
                            static_cast<utf8proc_ssize_t>(t.size() - p), &c);
  if (n <= 0) {
    *cp = static_cast<unsigned char>(t[p]);
    return 1;
  }
  *cp = c;
  return static_cast<int>(n);
}

bool is_letter(int32_t cp) {
  if (cp < 128) return ascii_alpha(static_cast<char>(cp));
  auto cat = utf8proc_category(cp);
  return cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_MC;  // letters and combining marks
}

bool is_space(int32_t cp) {
  if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r') return true;
  if (cp < 128) return false;
  auto cat = utf8proc_category(cp);
  return cat == UTF8PROC_CATEGORY_ZS || cat == UTF8PROC_CATEGORY_ZL || cat == UTF8PROC_CATEGORY_ZP;
}

}  // namespace

WordScan::WordScan(std::string_view text) : text_(text), own_lower_(text) {
  Doc::fold_ascii(own_lower_.data(), own_lower_.size());
  lower_ = own_lower_;
  scan();
}

WordScan::WordScan(std::string_view text, std::string_view lowered) : text_(text), lower_(lowered) { scan(); }

// Flattened: the token pushes inline, a call per token otherwise.
[[gnu::flatten]] void WordScan::scan() {
  const std::string_view text = text_;
  toks_.reserve(text.size() / 5);
  const size_t n = text.size();
  size_t p = 0;
  while (p < n) {
    const char c = text[p];
    Token t;
    t.begin = static_cast<uint32_t>(p);
    if (ascii_alpha(c)) {
      // First: most tokens are ASCII words, and a letter is no space or digit.
      // ASCII words are the common case: no decoding unless a non-ASCII letter follows.
      // The ASCII letters eight bytes at a time (text/byte_runs.h), then what ends them.
      const auto* u = reinterpret_cast<const unsigned char*>(text.data());
      size_t q = p + 1;
      while (q < n) {
        q = text::run_end(u, q, n, text::ascii_alpha_bytes, [](unsigned char b) { return kAlphaByte[b]; });
        if (q >= n) break;
        const char d = text[q];
        if (static_cast<unsigned char>(d) >= 0x80) {
          int32_t cp2 = 0;
          int l2 = decode(text, q, &cp2);
          if (!is_letter(cp2)) break;
          q += l2;
        } else {
          break;
        }
      }
      t.kind = Token::Word;
      t.upper = c >= 'A' && c <= 'Z';
      t.end = static_cast<uint32_t>(q);
      toks_.push_back(t);
      p = q;
      if (p < n && text[p] == ' ') ++p;  // the space after most words, passed here rather than by the loop
      continue;
    }
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      ++p;
      continue;
    }
    if (ascii_digit(c)) {
      // Digits, thousands groups ("1,000") and one decimal part ("13.7").
      double v = 0;
      size_t q = p;
      while (q < n && ascii_digit(text[q])) v = v * 10 + (text[q++] - '0');
      for (;;) {
        if (q + 3 < n && text[q] == ',' && ascii_digit(text[q + 1]) && ascii_digit(text[q + 2]) &&
            ascii_digit(text[q + 3]) && (q + 4 >= n || !ascii_digit(text[q + 4]))) {
          v = v * 1000 + (text[q + 1] - '0') * 100 + (text[q + 2] - '0') * 10 + (text[q + 3] - '0');
          q += 4;
          t.grouped = true;
        } else {
          break;
        }
      }
      if (q + 1 < n && text[q] == '.' && ascii_digit(text[q + 1])) {
        // Integer mantissa over a power of ten, so "0.7" reads as exactly 0.7.
        double frac = 0, div = 1;
        ++q;
        while (q < n && ascii_digit(text[q])) {
          frac = frac * 10 + (text[q++] - '0');
          div *= 10;
        }
        v = decimal_value(v, frac, div);
        t.decimal = true;
      }
      t.kind = Token::Number;
      t.value = v;
      t.end = static_cast<uint32_t>(q);
      toks_.push_back(t);
      p = q;
      continue;
    }
    if (static_cast<unsigned char>(c) < 0x80) {
      t.kind = Token::Punct;
      t.end = static_cast<uint32_t>(p + 1);
      toks_.push_back(t);
      ++p;
      continue;
    }
    int32_t cp = 0;
    int len = decode(text, p, &cp);
    if (is_space(cp)) {
      p += len;
      continue;
    }
    if (is_letter(cp)) {
      size_t q = p + len;
      while (q < n) {
        int32_t cp2 = 0;
        int l2 = decode(text, q, &cp2);
        if (!is_letter(cp2)) break;
        q += l2;
      }
      t.kind = Token::Word;
      t.upper = (c >= 'A' && c <= 'Z') ||
                (static_cast<unsigned char>(c) >= 0x80 && utf8proc_category(cp) == UTF8PROC_CATEGORY_LU);
      t.end = static_cast<uint32_t>(q);
      toks_.push_back(t);
      p = q;
      continue;
    }
    t.kind = Token::Punct;
    t.end = static_cast<uint32_t>(p + len);
    toks_.push_back(t);
    p += len;
  }
  n_ = toks_.size();
}

size_t WordScan::index_at(uint32_t pos) const {
  auto it = std::lower_bound(toks_.begin(), toks_.end(), pos,
                             [](const Token& t, uint32_t p) { return t.begin < p; });
  return static_cast<size_t>(it - toks_.begin());
}

const WordScan& Doc::scan(bool in_title) const {
  auto& slot = in_title ? title_scan_ : body_scan_;
  const std::string_view text = in_title ? title : body;
  // Rebuilt if the document's text was pointed elsewhere since.
  if (!slot || slot->text().data() != text.data() || slot->text().size() != text.size()) {
    // The document's lower-cased copy serves when it was made from this very text.
    prepare_lowered();
    slot = lowered_current(in_title) ? std::make_shared<const WordScan>(text, lowered_text(in_title))
                                     : std::make_shared<const WordScan>(text);
  }
  return *slot;
}

const WordScan& shared_scan(std::string_view text) {
  // Two slots: stages read the title and then the body, so both stay cached. A slot is reused
  // only for byte-identical text, checked against a private copy, never by address alone.
  struct Slot {
    std::string copy;
    std::unique_ptr<WordScan> scan;
  };
  thread_local Slot slots[2];
  thread_local int next = 0;
  for (auto& slot : slots) {
    if (slot.scan && slot.copy.size() == text.size() && std::string_view(slot.copy) == text) {
      slot.scan->rebind(text);
      return *slot.scan;
    }
  }
  Slot& slot = slots[next];
  next ^= 1;
  slot.copy.assign(text);
  slot.scan = std::make_unique<WordScan>(text);
  return *slot.scan;
}

size_t match_phrase(const WordScan& s, size_t i, std::string_view phrase) {
  if (i >= s.size()) return 0;
  std::string_view rest = s.lower_from(i);
  // The phrase's last byte first: most phrases tried at a word share only its first word.
  if (!phrase.empty() && (phrase.size() > rest.size() || rest[phrase.size() - 1] != phrase.back())) return 0;
  if (rest.substr(0, phrase.size()) != phrase) return 0;
  const uint32_t end = s[i].begin + static_cast<uint32_t>(phrase.size());
  size_t j = i;
  while (j < s.size() && s[j].end <= end) ++j;
  if (j == i || s[j - 1].end != end) return 0;  // ends inside a token
  return j;
}

}  // namespace tw::extract

// Runs of bytes of one class (ASCII letters; ASCII letters and digits; those and every byte of a
// multi-byte character), and bytes of a given value, found eight bytes at a time: the tokenizers walk every word byte by
// byte otherwise, a load, a table read and a branch each.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>

namespace tw::text {

inline constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;

// High bit of each byte of t (seven-bit bytes, high bits clear) set where lo <= byte <= hi.
inline uint64_t bytes_in(uint64_t t, unsigned lo, unsigned hi) {
  return ((t + (0x80 - lo) * kOnes) ^ (t + (0x7F - hi) * kOnes)) & kHigh;
}
// Whether `cur`, after `prev`, is the second byte of a capital Latin-1 letter (U+00C0-U+00DE but
// not U+00D7, the multiplication sign): "Í" in "BRASÍLIA". Its small letter is that byte + 0x20.
inline bool latin1_upper_tail(unsigned char prev, unsigned char cur) {
  return prev == 0xC3 && cur >= 0x80 && cur <= 0x9E && cur != 0x97;
}
// ... the second byte of a small Latin-1 letter (U+00E0-U+00FE but not U+00F7, the division sign).
inline bool latin1_lower_tail(unsigned char prev, unsigned char cur) {
  return prev == 0xC3 && cur >= 0xA0 && cur <= 0xBE && cur != 0xB7;
}
// Byte `cur` (after `prev`) lower-cased: ASCII capitals and the second bytes of Latin-1 capitals
// move 0x20 up, every other byte stays. What facts::lower and the document's lowered text share.
inline char folded(unsigned char prev, unsigned char cur) {
  if ((cur >= 'A' && cur <= 'Z') || latin1_upper_tail(prev, cur)) return static_cast<char>(cur + 0x20);
  return static_cast<char>(cur);
}
// High bit of each byte of x set where the byte is an ASCII letter.
inline uint64_t ascii_alpha_bytes(uint64_t x) {
  return bytes_in((x & ~kHigh) | 0x20 * kOnes, 'a', 'z') & ~x;
}
// ... an ASCII letter or digit.
inline uint64_t ascii_alnum_bytes(uint64_t x) {
  return (ascii_alpha_bytes(x) | bytes_in(x & ~kHigh, '0', '9')) & ~x & kHigh;
}
// ... an ASCII letter or digit, or any byte of a multi-byte character.
inline uint64_t word_bytes(uint64_t x) { return ascii_alnum_bytes(x) | (x & kHigh); }
// Nonzero when some byte of x is c (which byte it marks is exact only for the lowest such byte).
inline uint64_t has_byte(uint64_t x, unsigned char c) {
  const uint64_t v = x ^ (c * kOnes);
  return (v - kOnes) & ~v & kHigh;
}

// The first k' >= k with k' == n or !in(p[k']), where mask(x) marks the bytes in() accepts.
template <typename Mask, typename In>
inline size_t run_end(const unsigned char* p, size_t k, size_t n, Mask mask, In in) {
  while (k + 8 <= n) {
    uint64_t x;
    std::memcpy(&x, p + k, 8);  // little-endian: p[k] in the low byte
    const uint64_t out = ~mask(x) & kHigh;
    if (out) return k + (static_cast<size_t>(__builtin_ctzll(out)) >> 3);
    k += 8;
  }
  while (k < n && in(p[k])) ++k;
  return k;
}

}  // namespace tw::text

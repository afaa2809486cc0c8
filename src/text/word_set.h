// Hash maps and sets of words, looked up by string_view without building a string: the
// extractors' gazetteers and the store's record of indexed words.
#pragma once

#include <cstdint>
#include <cstring>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace tw::text {

// Words are short: an inline hash reading eight bytes at a time costs less than a call to the
// library's general-purpose one. The order the hash gives a container must never show: a caller
// that walks one sorts what it finds.
struct WordHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const size_t n = s.size();
    uint64_t h = 0x9E3779B97F4A7C15ull ^ n;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
      uint64_t w;
      std::memcpy(&w, p + i, 8);
      h = (h ^ w) * 0xBF58476D1CE4E5B9ull;
      h ^= h >> 31;
    }
    // The last n - i bytes (fewer than eight), byte k in bits 8k..8k+7, read in at most two
    // loads: overlapping reads put the same byte in the same place twice.
    uint64_t tail = 0;
    const size_t left = n - i;
    if (left == 0) {
    } else if (n >= 8) {
      std::memcpy(&tail, p + n - 8, 8);
      tail >>= 8 * (8 - left);
    } else if (left >= 4) {
      uint32_t lo, hi;
      std::memcpy(&lo, p, 4);
      std::memcpy(&hi, p + n - 4, 4);
      tail = lo | static_cast<uint64_t>(hi) << (8 * (n - 4));
    } else {
      tail = p[0] | static_cast<uint64_t>(p[n / 2]) << (8 * (n / 2)) | static_cast<uint64_t>(p[n - 1]) << (8 * (n - 1));
    }
    h = (h ^ tail) * 0x94D049BB133111EBull;
    return static_cast<size_t>(h ^ (h >> 29));
  }
};
template <typename T>
using WordMap = std::unordered_map<std::string, T, WordHash, std::equal_to<>>;
using WordSet = std::unordered_set<std::string, WordHash, std::equal_to<>>;

}  // namespace tw::text

// The one string hash behind release ids, story ids and SimHash shingles. Ids are persisted,
// so this function must never change.
#pragma once

#include <cstdint>
#include <string_view>

namespace tw::text {

inline constexpr uint64_t kFnvOffset = 1469598103934665603ULL;

// 64-bit FNV-1a; pass a previous result as `h` to hash a sequence of pieces.
inline uint64_t fnv1a(std::string_view s, uint64_t h = kFnvOffset) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}

}  // namespace tw::text

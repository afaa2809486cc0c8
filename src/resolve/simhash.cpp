#include "resolve/simhash.h"

#include "text/hash.h"

#include <array>
#include <bit>
#include <string>
#include <vector>

namespace tw::resolve {
namespace {

using text::fnv1a;

// Mixes the FNV value so that neighbouring shingles spread over all 64 bits.
uint64_t mix(uint64_t x) {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ULL;
  x ^= x >> 33;
  return x;
}

std::vector<std::string> words(std::string_view text) {
  std::vector<std::string> out;
  std::string cur;
  for (unsigned char c : text) {
    bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
    if (c >= 'A' && c <= 'Z') {
      cur.push_back(static_cast<char>(c - 'A' + 'a'));
    } else if (alnum) {
      cur.push_back(static_cast<char>(c));
    } else if (!cur.empty()) {
      out.push_back(std::move(cur));
      cur.clear();
    }
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

}  // namespace

uint64_t simhash(std::string_view text) {
  auto w = words(text);
  if (w.empty()) return 0;
  std::array<int, 64> votes{};
  constexpr size_t k = 3;
  const size_t n = w.size() < k ? 1 : w.size() - k + 1;
  for (size_t i = 0; i < n; ++i) {
    uint64_t h = text::kFnvOffset;
    for (size_t j = i; j < std::min(i + k, w.size()); ++j) {
      h = fnv1a(w[j], h);
      h = fnv1a(" ", h);
    }
    h = mix(h);
    for (int b = 0; b < 64; ++b) votes[b] += (h >> b) & 1 ? 1 : -1;
  }
  uint64_t out = 0;
  for (int b = 0; b < 64; ++b)
    if (votes[b] > 0) out |= 1ULL << b;
  return out;
}

int hamming_distance(uint64_t a, uint64_t b) { return std::popcount(a ^ b); }

}  // namespace tw::resolve

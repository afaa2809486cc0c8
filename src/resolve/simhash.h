// Near-duplicate fingerprints of release text: two releases that tell the same story in
// mostly the same words have SimHashes a few bits apart.
#pragma once

#include <cstdint>
#include <string_view>

namespace tw::resolve {

// 64-bit SimHash over 3-word shingles of lower-cased alphanumeric words (FNV-1a per shingle).
// Empty or word-less text gives 0.
uint64_t simhash(std::string_view text);

// Number of differing bits.
int hamming_distance(uint64_t a, uint64_t b);

// Whether two fingerprints are close enough to call the texts near-duplicates.
inline bool near_duplicate(uint64_t a, uint64_t b, int max_bits = 10) { return hamming_distance(a, b) <= max_bits; }

}  // namespace tw::resolve

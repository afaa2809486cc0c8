// The eight-byte class tests of text/byte_runs.h give what a byte-by-byte reading gives.
#include "text/byte_runs.h"

#include <cctype>
#include <cstring>
#include <string>

#include <gtest/gtest.h>

namespace tw::text {
namespace {

uint64_t load(const std::string& s) {
  uint64_t x = 0;
  std::memcpy(&x, s.data(), 8);
  return x;
}

TEST(ByteRuns, BytesInMarksExactlyTheRange) {
  const std::string s = "@AZ[azZ\x7f";
  const uint64_t upper = bytes_in(load(s) & ~kHigh, 'A', 'Z');
  for (size_t k = 0; k < 8; ++k)
    EXPECT_EQ((upper >> (8 * k + 7)) & 1, (s[k] >= 'A' && s[k] <= 'Z') ? 1u : 0u) << k;
}

TEST(ByteRuns, HasByteFindsAValueAnywhereAndOnlyThatValue) {
  EXPECT_NE(has_byte(load("abcdefg."), '.'), 0u);
  EXPECT_NE(has_byte(load(".bcdefgh"), '.'), 0u);
  EXPECT_NE(has_byte(load("ab?d!fgh"), '!'), 0u);
  EXPECT_EQ(has_byte(load("abcdefgh"), '.'), 0u);
  // Neighbours of the value and bytes with the high bit set are not it.
  EXPECT_EQ(has_byte(load("-/\xae\xaf,-/\x8e"), '.'), 0u);
}

TEST(ByteRuns, RunEndStopsAtTheFirstByteOutsideTheClass) {
  const std::string s = "Ministry123 of";
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  auto alnum = [](unsigned char c) { return std::isalnum(c) != 0; };
  EXPECT_EQ(run_end(p, 0, s.size(), ascii_alnum_bytes, alnum), 11u);
  EXPECT_EQ(run_end(p, 12, s.size(), ascii_alnum_bytes, alnum), s.size());
}

}  // namespace
}  // namespace tw::text

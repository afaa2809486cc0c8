// normalize_text takes a one-pass route for text NFC leaves alone; it must agree with the
// reference definition (NFC of the whole text, then space mapping) for every code point.
#include <gtest/gtest.h>
#include <utf8proc.h>

#include <cstdlib>
#include <string>

#include "tradewatch/feed.h"

namespace {

std::string encode(utf8proc_int32_t cp) {
  utf8proc_uint8_t buf[4];
  auto n = utf8proc_encode_char(cp, buf);
  return std::string(reinterpret_cast<char*>(buf), static_cast<size_t>(n));
}

std::string reference(const std::string& raw) {
  utf8proc_uint8_t* mapped = nullptr;
  auto len = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(raw.data()), static_cast<utf8proc_ssize_t>(raw.size()),
                          &mapped, static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
  std::string nfc(reinterpret_cast<char*>(mapped), static_cast<size_t>(len));
  std::free(mapped);
  std::string out;
  bool pending = false;
  for (utf8proc_ssize_t i = 0; i < static_cast<utf8proc_ssize_t>(nfc.size());) {
    utf8proc_int32_t cp;
    auto l = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(nfc.data()) + i, nfc.size() - i, &cp);
    auto cat = utf8proc_category(cp);
    bool space = cp == '\t' || cp == '\n' || cp == '\r' || cat == UTF8PROC_CATEGORY_ZS || cat == UTF8PROC_CATEGORY_ZL ||
                 cat == UTF8PROC_CATEGORY_ZP || cat == UTF8PROC_CATEGORY_CC;
    bool drop = cp == 0xFEFF || cp == 0x200B || cp == 0x2060;
    if (space) {
      pending = !out.empty();
    } else if (!drop) {
      if (pending) out.push_back(' ');
      pending = false;
      out.append(nfc, static_cast<size_t>(i), static_cast<size_t>(l));
    }
    i += l;
  }
  return out;
}

TEST(NormalizeFastPath, AgreesWithReferenceForEveryCodePoint) {
  size_t checked = 0;
  for (utf8proc_int32_t cp = 1; cp <= 0x10FFFF; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    // Before and after ASCII letters that compose with marks, and after a combining mark.
    for (const std::string& text : {"e" + encode(cp) + "a", encode(cp) + "\xCC\x81", "A " + encode(cp),
                              "\xE2\x80\x99" + encode(cp) + "\xE2\x80\x93 x" + encode(cp) + encode(cp)}) {
      auto got = tw::normalize_text(text);
      ASSERT_TRUE(got.ok()) << std::hex << cp;
      ASSERT_EQ(*got, reference(text)) << "U+" << std::hex << cp;
    }
    ++checked;
  }
  EXPECT_GT(checked, 1000000u);
}

TEST(NormalizeFastPath, ComposesWhatNeedsComposing) {
  EXPECT_EQ(*tw::normalize_text("Cafe\xCC\x81 ok"), "Caf\xC3\xA9 ok");          // e + acute → é
  EXPECT_EQ(*tw::normalize_text("\xE1\x84\x80\xE1\x85\xA1"), "\xEA\xB0\x80");      // jamo → 가
  EXPECT_EQ(*tw::normalize_text("\xE2\x84\xAB"), "\xC3\x85");                      // Å sign → Å
  EXPECT_EQ(*tw::normalize_text("\xEF\xBB\xBF\xC3\xA9 Se\xCC\x81\xC5\xA1 ok \xCC\x81"),
            "\xC3\xA9 S\xC3\xA9\xC5\xA1 ok \xCC\x81");                              // mixed segments
  EXPECT_EQ(*tw::normalize_text("Korea\xE2\x80\x93U.S.\xC2\xA0 talks\xE2\x80\x99"),
            "Korea\xE2\x80\x93U.S. talks\xE2\x80\x99");                              // dash kept, NBSP a space
}

TEST(NormalizeFastPath, SpacesControlsAndErrors) {
  EXPECT_EQ(*tw::normalize_text("  a\t\tb\r\n c \x7F"), "a b c");
  EXPECT_EQ(*tw::normalize_text(std::string("a\0b", 3)), "a b");  // NUL is a control, not an end
  EXPECT_EQ(*tw::normalize_text("\xEF\xBB\xBFTitle"), "Title");
  auto bad = tw::normalize_text("ok \xC3\x28");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.error().find("byte 3"), std::string::npos);
  auto bad_slow = tw::normalize_text("e\xCC\x81 \xFF");  // invalid after a mark needing NFC
  ASSERT_FALSE(bad_slow.ok());
}

// Printable ASCII is copied a run at a time, single spaces included: a mark composing with the
// run's last letter, doubled spaces, a space before a mark and a trailing space still come out
// as the reference has them.
TEST(NormalizeFastPath, WordRunsAgreeWithReference) {
  for (const std::string text : {"the cafe\xCC\x81 and  a e\xCC\x81 b", "a \xCC\x81 x", "one two three ",
                                 " lead\ttab x\xC2\xA0y  z", "a b c d e f g h i j k l e\xCC\x81", "x y\x7fz w"}) {
    auto got = tw::normalize_text(text);
    ASSERT_TRUE(got.ok());
    EXPECT_EQ(*got, reference(text)) << text;
  }
}

// Printable ASCII is copied eight bytes at a time while no byte needs a look: a byte that ends
// the run (a second space, a tab, DEL, a non-ASCII letter, a combining mark, the text's end)
// at every offset of an eight-byte block must end it where the byte loop would.
TEST(NormalizeFastPath, EightByteRunsAgreeWithReference) {
  const std::string base = "Korea's exports rose 4.5% to $61.1 billion in May, led by chips and cars.";
  for (const std::string ender : {"  ", "\t", "\x7f", "\xC3\xA9", "\xCC\x81", "\xC2\xA0", " \n ", "\"", " "}) {
    for (size_t at = 0; at <= base.size(); ++at) {
      const std::string text = base.substr(0, at) + ender + base.substr(at);
      auto got = tw::normalize_text(text);
      ASSERT_TRUE(got.ok()) << text;
      EXPECT_EQ(*got, reference(text)) << text;
    }
  }
  // A space as the last byte, and one right before the last byte.
  for (const std::string text : {"abcdefgh ", "abcdefg h", "abcdefghijklmnop  ", "abcdefghijklmno x"}) {
    auto got = tw::normalize_text(text);
    ASSERT_TRUE(got.ok());
    EXPECT_EQ(*got, reference(text)) << text;
  }
  // The run is copied as it is, single spaces and punctuation included; double spaces collapse.
  EXPECT_EQ(*tw::normalize_text("alpha beta  gamma\tdelta, epsilon."), "alpha beta gamma delta, epsilon.");
  EXPECT_NE(*tw::normalize_text("alpha beta  gamma"), "alpha beta  gamma");
}

}  // namespace

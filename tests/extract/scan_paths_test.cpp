// The shortcuts the extractors take through a text must find what a plain scan finds: a fact
// lexicon looking only at the document's word starts, a phrase table walking shared word starts,
// and a Bloom filter in front of a word set.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <fstream>
#include <string>
#include <vector>

#include "extract/doc.h"
#include "extract/facts_common.h"
#include "extract/lexicon.h"
#include "extract/textview.h"
#include "extract/wordscan.h"

namespace {

using namespace tw;
using namespace tw::extract;

// Hits as (begin, end, phrase text), for comparing two matches.
std::vector<std::string> describe(const std::vector<facts::Hit>& hits) {
  std::vector<std::string> out;
  for (const auto& h : hits) out.push_back(std::to_string(h.begin) + "-" + std::to_string(h.end) + ":" + h.phrase->text);
  return out;
}

TEST(ScanPaths, LexiconOverDocWordStartsMatchesPlainScanOnEverySpan) {
  facts::Lexicon lex;
  lex.add("trade", {"t"});
  lex.add("trade talks", {"tt"});
  lex.add("talks", {"k"});
  lex.add("ade", {"a"});  // only inside words here: never a hit
  lex.add("s", {"s"});    // a one-letter phrase
  lex.add("\xE2\x80\x9Ctrade", {"q"});  // starts with a curly quote
  Extraction x;
  const std::string title = "Trade Talks";
  // A word right after a curly quote or an em dash starts a word although the mark's bytes are
  // >= 0x80; "tradeX" and "xtrade" contain no word-bounded phrase.
  const std::string body =
      "Trade talks resumed.\xE2\x80\x9CTrade talks\xE2\x80\x9D \xE2\x80\x94talks, tradeX xtrade s S.";
  Doc doc(title, body, {}, {}, x);
  int spans = 0, hits = 0;
  for (uint32_t b = 0; b <= body.size(); ++b) {
    for (uint32_t e = b; e <= body.size(); ++e) {
      const Span s{b, e, false};
      const auto fast = describe(lex.match(doc, s));
      ASSERT_EQ(fast, describe(lex.match(doc.lowered(s)))) << "span " << b << "-" << e;
      ++spans;
      hits += static_cast<int>(fast.size());
    }
  }
  EXPECT_GT(hits, spans);  // the spans do find phrases, so the comparison means something
  const auto whole = describe(lex.match(doc, {0, static_cast<uint32_t>(body.size()), false}));
  EXPECT_EQ(whole.front(), "0-11:trade talks");
  for (const auto& h : whole) EXPECT_EQ(h.find(":ade"), std::string::npos) << h;
  EXPECT_EQ(describe(lex.match(doc, {0, 11, true})), std::vector<std::string>{"0-11:trade talks"});
}

// A group walks once for all its members: each member's hits must be its own match's, on every
// span, when members share phrases, share first bytes, or hold one phrase twice.
TEST(ScanPaths, LexiconGroupGivesEachMemberItsOwnHits) {
  facts::Lexicon a, b, c;
  a.add("trade", {"a1"});
  a.add("trade talks", {"a2"});
  a.add("s", {"a3"});
  a.add("\xE2\x80\x9Ctrade", {"a4"});  // starts with a curly quote: found without the walk
  b.add("trade", {"b1"});              // a's phrase too
  b.add("talks", {"b2"});
  b.add("talks", {"b3"});              // twice: the first row wins, as in b's own match
  b.add("tradex", {"b4"});
  c.add("resumed", {"c1"});
  Extraction x;
  const std::string body =
      "Trade talks resumed.\xE2\x80\x9CTrade talks\xE2\x80\x9D \xE2\x80\x94talks, tradeX xtrade s S.";
  Doc doc("Trade Talks", body, {}, {}, x);
  const facts::LexiconGroup group({&a, &b, &c});
  ASSERT_EQ(group.size(), 3u);
  int hits = 0;
  for (uint32_t from = 0; from <= body.size(); ++from) {
    for (uint32_t to = from; to <= body.size(); ++to) {
      const Span s{from, to, false};
      std::vector<facts::Hit> got[3];
      group.match(doc, s, got);
      ASSERT_EQ(describe(got[0]), describe(a.match(doc, s))) << "span " << from << "-" << to;
      ASSERT_EQ(describe(got[1]), describe(b.match(doc, s))) << "span " << from << "-" << to;
      ASSERT_EQ(describe(got[2]), describe(c.match(doc, s))) << "span " << from << "-" << to;
      for (const auto& h : got[1]) EXPECT_NE(h.phrase->value(), "b3");
      hits += static_cast<int>(got[0].size() + got[1].size() + got[2].size());
    }
  }
  EXPECT_GT(hits, 1000);
  // Hits point at the member's own phrases, whose values the stages read.
  std::vector<facts::Hit> got[3];
  group.match(doc, {0, static_cast<uint32_t>(body.size()), false}, got);
  ASSERT_FALSE(got[1].empty());
  EXPECT_EQ(got[1].front().phrase->value(), "b1");
  EXPECT_EQ(got[2].size(), 1u);
  EXPECT_TRUE(got[0].size() >= 3 && got[0][1].phrase->value() == "a4");
  // No member's phrase is found by another: "resumed" is c's alone, "tradex" b's alone.
  for (const auto& h : got[0]) EXPECT_NE(h.phrase->text, "resumed");
  EXPECT_TRUE(std::none_of(got[2].begin(), got[2].end(), [](const facts::Hit& h) { return h.phrase->text == "trade"; }));
}

TEST(ScanPaths, WordStartsFollowCodePointsNotBytes) {
  // "é" continues a word; a curly quote and an em dash do not; a stray continuation byte is no
  // word and no start.
  const std::string text = "caf\xC3\xA9 x \xE2\x80\x9CUS\xE2\x80\x94" "EU \x80" "ab 9z";
  std::vector<uint32_t> want;
  for (std::string_view w : {"caf", "x", "US", "EU", "ab", "9z"}) want.push_back(static_cast<uint32_t>(text.find(w)));
  EXPECT_EQ(lex::word_starts(text), want);
}

// tokenize collects the word starts on its own walk: they must be word_starts' exactly, on
// joiners, abbreviations, possessives, non-ASCII letters and broken UTF-8 alike.
TEST(ScanPaths, TokenizeFindsTheWordStartsOfWordStarts) {
  const std::vector<std::string> texts = {
      "",
      "U.S. and EU-Korea talks; Busan\u2013Jinhae, J&K, O'Neil's plan \u2019s",
      "Korea\u2019s and Korea's and Korea\u2019st, Mr.Smith met H.E. Kim at 3.5% (KORUS FTA).",
      "caf\u00e9 \u201cUS\u2014EU\u201d \u00a0x \u0661\u0662 \u4e2d\u56fd-\u65e5\u672c",
      "bad \xC3" "A \xE2\x80" "B \x80\x80\x80\x80" "C \xF0\x9F\x98\x80" "D x-\xE2\x80\x93y a/b c&&d",
      "trailing joiner- and apostrophe' and dot. U.S",
  };
  for (const auto& t : texts) {
    std::vector<uint32_t> starts;
    auto toks = lex::tokenize(t, &starts);
    EXPECT_EQ(starts, lex::word_starts(t)) << t;
    EXPECT_EQ(toks.size(), lex::tokenize(t).size()) << t;
  }
  // And on whole releases.
  for (const char* f : {"/tests/fixtures/dev/releases.txt", "/samples/seeds/000_9b46d61e6e31a0a3.txt"}) {
    std::ifstream in(std::string(TW_SOURCE_DIR) + f);
    ASSERT_TRUE(in) << f;
    std::string line;
    size_t n = 0;
    while (std::getline(in, line)) {
      std::vector<uint32_t> starts;
      lex::tokenize(line, &starts);
      ASSERT_EQ(starts, lex::word_starts(line)) << line;
      n += starts.size();
    }
    EXPECT_GT(n, 100u) << f;
  }
}

// The document's scans are built once per text and are the scans of exactly that text.
TEST(ScanPaths, DocScanIsBuiltOncePerTextAndFollowsTheText) {
  Extraction x;
  const std::string title = "Tariffs on 1,000 tons";
  const std::string body = "On March 3, 2025, exports rose 4.5 percent.";
  Doc doc(title, body, {2025, 3, 4}, {}, x);
  const WordScan& b1 = doc.scan(false);
  const WordScan& t1 = doc.scan(true);
  EXPECT_EQ(&b1, &doc.scan(false));  // no second scan
  EXPECT_NE(&b1, &t1);
  EXPECT_EQ(b1.text().data(), body.data());
  EXPECT_EQ(t1.text().data(), title.data());
  WordScan plain(body);
  ASSERT_EQ(b1.size(), plain.size());
  for (size_t i = 0; i < plain.size(); ++i) {
    EXPECT_EQ(b1.raw(i), plain.raw(i));
    EXPECT_EQ(b1.lower(i), plain.lower(i));
  }
  // The scan reads words through the document's own lower-cased copy, not one of its own.
  EXPECT_EQ(b1.lower_text().data(), doc.lowered_text(false).data());
  EXPECT_EQ(b1.lower_text(), plain.lower_text());
  EXPECT_EQ(t1.lower_text(), "tariffs on 1,000 tons");
  // A document pointed at another text scans that text, not the old one, nor through the old
  // text's lower-cased copy.
  const std::string other = "Imports fell";
  doc.body = other;
  EXPECT_EQ(doc.scan(false).text().data(), other.data());
  EXPECT_EQ(doc.scan(false).size(), 2u);
  EXPECT_FALSE(doc.lowered_current(false));
  EXPECT_EQ(doc.scan(false).lower_text(), "imports fell");
  EXPECT_TRUE(doc.scan(false).is(1, "fell"));
}

// The length and first-letter shortcut keeps every month and weekday and nothing else.
TEST(ScanPaths, MonthOrWeekdayShortcutKeepsTheNames) {
  for (std::string_view w : {"May", "September", "Wednesday", "April", "June", "Friday", "October", "November"})
    EXPECT_TRUE(is_month_or_weekday(w)) << w;
  for (std::string_view w : {"", "Ma", "may", "MAY", "Mayor", "Septembers", "Korea", "Sun", "Wed", "Junee", "Oct"})
    EXPECT_FALSE(is_month_or_weekday(w)) << w;
}

TEST(ScanPaths, FindAllOverSharedStartsSkipsStartsInsideAHit) {
  lex::PhraseTable t;
  t.add("United States", 1);
  t.add("States", 2);
  t.add("Korea", 3);
  const std::string text = "United States and Korea\xE2\x80\x99s States; KoreaX";
  const auto starts = lex::word_starts(text);
  const auto hits = t.find_all(text, starts, false);
  ASSERT_EQ(hits.size(), 3u);
  EXPECT_EQ(hits[0].id, 1);  // "States" inside it is passed over
  EXPECT_EQ(hits[1].id, 3);
  EXPECT_EQ(hits[2].id, 2);
  EXPECT_EQ(hits[2].b, text.rfind("States"));
  // The one-argument form scans the text itself and agrees.
  const auto again = t.find_all(text, false);
  ASSERT_EQ(again.size(), hits.size());
  for (size_t i = 0; i < hits.size(); ++i) EXPECT_EQ(again[i].b, hits[i].b);
}

TEST(ScanPaths, WordFilterNeverTurnsAwayAnAddedWordAndTurnsAwayMostOthers) {
  WordFilter f;
  std::vector<std::string> added;
  for (int i = 0; i < 300; ++i) added.push_back("word" + std::to_string(i));
  for (const auto& w : added) f.add(w);
  for (const auto& w : added) EXPECT_TRUE(f.may_contain(w)) << w;
  int passed = 0;
  for (int i = 0; i < 2000; ++i) passed += f.may_contain("other" + std::to_string(i));
  EXPECT_LT(passed, 100);  // a few false positives at most
  EXPECT_FALSE(WordFilter{}.may_contain("word0"));
}

// The filter first looks at a word's length and end bytes: words of every length, long ones
// sharing a slot, and the empty word are still never turned away once added.
TEST(ScanPaths, WordFilterShapeKeepsEveryAddedLength) {
  WordFilter f;
  std::vector<std::string> added = {"", "a", "Z9", std::string(31, 'x'), std::string(40, 'y') + "q", "mid-word"};
  for (const auto& w : added) f.add(w);
  for (const auto& w : added) EXPECT_TRUE(f.may_contain(w)) << w;
  EXPECT_FALSE(f.may_contain("b"));                          // length 1, another first byte
  EXPECT_FALSE(f.may_contain("mid-wore"));                   // same length and first byte, last byte differs
  EXPECT_FALSE(f.may_contain(std::string(35, 'x') + "w"));   // a long word whose last byte no long word has
  WordFilter no_empty;
  no_empty.add("a");
  EXPECT_FALSE(no_empty.may_contain(""));
}

// First and last bytes are tested together: a word whose first byte one added word has and whose
// last byte another has, at the same length, is turned away without hashing.
TEST(ScanPaths, WordFilterShapePairsFirstAndLastBytes) {
  WordFilter f;
  for (std::string_view w : {"two", "one", "ten", "six"}) f.add(w);
  for (std::string_view w : {"two", "one", "ten", "six"}) EXPECT_TRUE(f.may_contain(w)) << w;
  EXPECT_FALSE(f.may_contain("the"));  // t as in "two", e as in "one"
  EXPECT_FALSE(f.may_contain("tax"));  // t as in "ten", x as in "six"
  EXPECT_FALSE(f.may_contain("own"));  // o as in "one", n as in "ten"
}

// may_begin is the own-case early test of match_at: wherever it says no, match_at finds nothing,
// and wherever a phrase matches in its own case it says yes.
TEST(ScanPaths, PhraseTableMayBeginNeverHidesAnOwnCaseMatch) {
  lex::PhraseTable t;
  int id = 0;
  for (const char* p : {"Mr.", "Ms", "H.E.", "The Honourable", "Dr", "Minister", "Vice Minister", "Co-Chair", "M"})
    t.add(p, id++);
  const std::string text =
      "Mr. Kim met Ms Lee, H.E. Dr Ng and The Honourable Vice Minister; the minister, MR. X, Co\xE2\x80\x93" "Chair M dr";
  int matches = 0, turned_away = 0;
  for (size_t pos = 0; pos < text.size(); ++pos) {
    const lex::Hit h = t.match_at(text, pos, false);
    if (!t.may_begin(text, pos)) {
      ++turned_away;
      EXPECT_LT(h.id, 0) << pos;
    }
    if (h.id >= 0) {
      ++matches;
      EXPECT_TRUE(t.may_begin(text, pos)) << pos;
    }
  }
  EXPECT_GE(matches, 7);
  EXPECT_GT(turned_away, 50);
}

// The fourth and fifth bytes are tested before a bucket is read: a phrase whose fourth byte is a
// space, hyphen or apostrophe still matches where the text has a no-break space, a dash or a
// curly apostrophe there (each two or three bytes), and one too short for the test matches too.
TEST(ScanPaths, PhraseTableLaterBytesNeverHideAnOwnCaseMatch) {
  lex::PhraseTable t;
  t.add("the Hon", 1);
  t.add("Asia-Pacific", 2);
  t.add("Cote d'Ivoire", 3);
  t.add("the", 4);
  t.add("Asi", 5);
  t.add("Cote", 6);
  auto id_at = [&](const std::string& text) { return t.match_at(text, 0, false).id; };
  EXPECT_EQ(id_at("the Hon. Kim"), 1);
  EXPECT_EQ(id_at("the\xC2\xA0Hon Kim"), 1);
  EXPECT_EQ(id_at("the government"), 4);
  EXPECT_EQ(id_at("Asia-Pacific region"), 2);
  EXPECT_EQ(id_at("Asia\xE2\x80\x93Pacific region"), 2);
  EXPECT_EQ(id_at("Asi"), 5);
  EXPECT_EQ(id_at("Asian"), -1);
  EXPECT_EQ(id_at("Cote d\xE2\x80\x99Ivoire"), 3);
  EXPECT_EQ(id_at("Cote d'Ivoire"), 3);
  EXPECT_EQ(id_at("Cote"), 6);
}

// norm_key writes into room for the longest result: letters and digits lower-cased, all else
// dropped, and a capital whose small letter takes more bytes (U+023A, two bytes, lower-cases to
// U+2C65, three) still fits.
TEST(ScanPaths, NormKeyKeepsLowerCasedLettersAndDigitsOnly) {
  EXPECT_EQ(lex::norm_key("Sung Yun-mo"), "sungyunmo");
  EXPECT_EQ(lex::norm_key("Sung Yunmo"), lex::norm_key("Sung Yun-mo"));
  EXPECT_EQ(lex::norm_key("K-12 (Z)"), "k12z");
  EXPECT_EQ(lex::norm_key("\xC3\x89" "COLE \xE2\x80\x93 X"), "\xC3\xA9" "colex");
  EXPECT_EQ(lex::norm_key("\xC8\xBA\xC8\xBA"), "\xE2\xB1\xA5\xE2\xB1\xA5");
  EXPECT_EQ(lex::norm_key(" -.,"), "");
  EXPECT_EQ(lex::norm_key(""), "");
  EXPECT_NE(lex::norm_key("Kim"), lex::norm_key("Kin"));
}

// The word hash reads a word's last bytes in at most two loads; it must give what reading them
// one at a time gives, at every length and alignment.
TEST(ScanPaths, WordHashTailLoadsMatchBytewiseReading) {
  auto reference = [](std::string_view s) {
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
    uint64_t tail = 0;
    for (size_t k = 0; i + k < n; ++k) tail |= static_cast<uint64_t>(p[i + k]) << (8 * k);
    h = (h ^ tail) * 0x94D049BB133111EBull;
    return static_cast<size_t>(h ^ (h >> 29));
  };
  const std::string text = "Abcdefghijklmnopqrstuvwxyz0123456789\xC3\xA9\xE2\x80\x99-ministry";
  for (size_t b = 0; b < 8; ++b)
    for (size_t n = 0; b + n <= text.size(); ++n) {
      const std::string_view w = std::string_view(text).substr(b, n);
      EXPECT_EQ(text::WordHash{}(w), reference(w)) << b << "+" << n;
    }
  EXPECT_NE(text::WordHash{}("ab"), text::WordHash{}("ba"));
}

}  // namespace

// Phrases whose second bytes share their low six bits ('q' 0x71, '1' 0x31) sit in one bucket and
// are told apart by their bytes; a one-letter phrase matches at the very end of the text.
TEST(ScanPaths, LexiconBucketsKeepPhrasesApart) {
  facts::Lexicon lex;
  lex.add("aq", {"aq"});
  lex.add("a1", {"a1"});
  lex.add("s", {"s"});
  const auto hits = describe(lex.match("a1 aq a2 aqx s"));
  EXPECT_EQ(hits, (std::vector<std::string>{"0-2:a1", "3-5:aq", "13-14:s"}));
  EXPECT_EQ(describe(lex.match("s")), std::vector<std::string>{"0-1:s"});
  EXPECT_TRUE(lex.match("a").empty());
  EXPECT_TRUE(lex.match("sa aa").empty());
  // Three-byte phrases are told apart by their third byte before their entries are read; a
  // two-byte phrase of the same bucket still matches whatever byte follows it.
  lex.add("aqua", {"aqua"});
  EXPECT_EQ(describe(lex.match("aqua aqub aq")), (std::vector<std::string>{"0-4:aqua", "10-12:aq"}));
  EXPECT_EQ(describe(lex.match("aq")), std::vector<std::string>{"0-2:aq"});
}

namespace {

// What Lexicon::match must find, from find_words alone: every word-bounded occurrence of every
// phrase, then leftmost first, the longest at each place, none overlapping.
std::vector<std::string> plain_matches(const facts::Lexicon& lex, std::string_view lowered) {
  std::vector<facts::Hit> all;
  for (const auto& p : lex.phrases())
    for (size_t pos : facts::find_words(lowered, p.text)) all.push_back({pos, pos + p.text.size(), &p});
  std::stable_sort(all.begin(), all.end(), [](const facts::Hit& a, const facts::Hit& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  std::vector<facts::Hit> out;
  for (const auto& h : all)
    if (out.empty() || h.begin >= out.back().end) out.push_back(h);
  return describe(out);
}

}  // namespace

// Phrases longer than the eight bytes compared from an entry, and phrases that differ only past
// their fourth or eighth byte, match exactly where a plain search finds them, up to the text's end.
TEST(ScanPaths, LexiconLongPhrasesMatchByAllTheirBytes) {
  facts::Lexicon lex;
  for (const char* p : {"ministry of trade", "ministry of trades", "ministry of energy", "ministry",
                        "minister", "ministers", "mini", "abcdefgh", "abcdefgi", "abcdefghij"})
    lex.add(p, {p});
  const std::string text =
      "the ministry of trade and the ministry of energy; ministers and a minister. ministry of tradex "
      "mini minis abcdefgh abcdefgi abcdefghi abcdefghij ministry of trades ministry of energ minist";
  std::vector<std::string> want = plain_matches(lex, text);
  EXPECT_EQ(describe(lex.match(text)), want);
  // Positive and negative cases spelled out: the long phrase wins over its prefix, a phrase cut
  // by the text's end or followed by a letter is no hit.
  const auto has = [&](const std::string& d) { return std::find(want.begin(), want.end(), d) != want.end(); };
  EXPECT_TRUE(has("4-21:ministry of trade"));
  EXPECT_TRUE(has("30-48:ministry of energy"));
  EXPECT_TRUE(has("50-59:ministers"));
  EXPECT_TRUE(has("66-74:minister"));
  EXPECT_TRUE(has("76-84:ministry"));  // "ministry of tradex": the longer phrase runs into a word
  EXPECT_TRUE(has("95-99:mini"));
  EXPECT_TRUE(has("106-114:abcdefgh"));
  EXPECT_TRUE(has("115-123:abcdefgi"));
  EXPECT_TRUE(has("134-144:abcdefghij"));
  EXPECT_TRUE(has("145-163:ministry of trades"));
  EXPECT_FALSE(has("124-132:abcdefgh"));  // "abcdefghi" is a longer word
  EXPECT_EQ(describe(lex.match("ministry of trad")), std::vector<std::string>{"0-8:ministry"});
  EXPECT_TRUE(lex.match("abcdefg").empty());
  // Every cut of the text, by the document's word starts and by a plain search, agrees.
  Extraction x;
  Doc doc("", text, {}, {}, x);
  for (uint32_t b = 0; b <= text.size(); b += 3)
    for (uint32_t e = b; e <= text.size(); e += 5) {
      const Span s{b, e, false};
      ASSERT_EQ(describe(lex.match(doc, s)), plain_matches(lex, doc.lowered(s))) << "span " << b << "-" << e;
    }
}

// The document's word starts, found run by run, are exactly the bytes starts_word
// accepts, on runs shorter and longer than eight bytes, at the text's end, across curly quotes,
// dashes, other non-ASCII letters and every ASCII byte.
TEST(ScanPaths, DocWordStartsAreStartsWordAtEveryByte) {
  std::vector<std::string> texts = {
      "",
      "a",
      "abcdefgh",
      "abcdefghijklmnopq rs",
      "The Ministry of Trade, Industry and Energy (MOTIE) said: \xE2\x80\x9C" "Exports rose 4.5%\xE2\x80\x9D.",
      "co\xE2\x80\x94operation caf\xC3\xA9s \xE2\x80\x99s x\xE2\x80\x93y abcdefg\xE2\x80\x9Chij 12345678901 _@[`{~",
      "\xE2\x80\x9C\xE2\x80\x9C\xE2\x80\x9C" "abc \x80\x80\x80 \xE2\x80",
  };
  std::string every;
  for (int c = 1; c < 256; ++c) {
    every += static_cast<char>(c);
    if (c % 5 == 0) every += "ab";
  }
  texts.push_back(every);
  for (const auto& t : texts) {
    Extraction x;
    Doc doc(t, t, {}, {}, x);
    std::vector<uint32_t> want;
    for (size_t i = 0; i < t.size(); ++i)
      if (Doc::starts_word(t, i)) want.push_back(static_cast<uint32_t>(i));
    const auto got = doc.word_starts(false);
    EXPECT_EQ(std::vector<uint32_t>(got.begin(), got.end()), want) << t;
    const auto got_title = doc.word_starts(true);
    EXPECT_EQ(std::vector<uint32_t>(got_title.begin(), got_title.end()), want) << t;
  }
  // Negative: no start inside a plain word or on punctuation.
  Extraction x;
  Doc doc("", "abcdefghij, k", {}, {}, x);
  const auto s = doc.word_starts(false);
  EXPECT_EQ(std::vector<uint32_t>(s.begin(), s.end()), (std::vector<uint32_t>{0, 12}));
}

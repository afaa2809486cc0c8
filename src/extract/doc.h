// What every extraction stage sees: the release's text, its publication date, sentence
// boundaries, and the record being built (later stages read what earlier ones found).
#pragma once

#include <array>
#include <cstdint>
#include <cstring>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "text/byte_runs.h"
#include "tradewatch/record.h"
#include "tradewatch/result.h"

namespace tw::extract {

struct TextView;
class WordScan;
namespace facts {
struct MentionIndex;
}

struct Ymd {
  int y = 0, m = 0, d = 0;
};

struct Doc {
  Doc(std::string_view title_text, std::string_view body_text, Ymd published_on, std::vector<Span> body_sentences,
      Extraction& out, bool explaining = false)
      : title(title_text),
        body(body_text),
        published(published_on),
        sentences(std::move(body_sentences)),
        x(out),
        explain(explaining) {}

  std::string_view title;
  std::string_view body;
  Ymd published;
  std::vector<Span> sentences;  // body sentences, in order
  Extraction& x;
  bool explain = false;
  // Tokens and place names of the body and title, built on first use and shared by the stages
  // that read them (extract/textview.h: view_of).
  std::shared_ptr<const TextView> body_view, title_view;
  // The publisher's country (facts::infer_reporter), set by the reporter stage once the mention
  // stages have found the countries, blocs and people it reads; money and the fact stages read it.
  std::string reporter;
  // Whether `reporter` is final: the people stage may ask first, when it gives officers of no
  // stated country the publisher's; no stage between them changes what the inference reads, so
  // the reporter stage keeps that answer rather than working it out again.
  bool reporter_known = false;
  // The dates and places sorted by position, built when a fact stage first asks which lie in a
  // span (facts::dates_in, facts::places_in): a scan of every mention per sentence asked about
  // grows with the square of a long release's length.
  mutable std::shared_ptr<const facts::MentionIndex> mention_index;

  // The WordScan of the title or body, built on first use and shared by the mention stages
  // (dates, money, percents, topics) that read it one after another (extract/wordscan.cpp).
  const WordScan& scan(bool in_title) const;
  // End of the dateline that opens the body (lex::dateline_end), found on first use: the
  // tokenized view and the fact stages both ask (extract/textview.cpp).
  size_t dateline_end() const;
  // Whether that dateline credits a news agency ("OTTAWA, March 12 (Reuters) - "): agency copy,
  // not a government's own release.
  bool agency_credit() const { return body.substr(0, dateline_end()).find('(') != std::string_view::npos; }

  std::string_view text(const Span& s) const {
    return (s.in_title ? title : body).substr(s.begin, s.end - s.begin);
  }
  // The text of s with ASCII letters lower-cased (same byte offsets), cut from a copy of the
  // title and body made once per document.
  std::string_view lowered(const Span& s) const {
    prepare_lowered();
    return std::string_view(s.in_title ? lowered_title_ : lowered_body_).substr(s.begin, s.end - s.begin);
  }
  // The whole title or body with ASCII and Latin-1 capitals lower-cased: the copy lowered() cuts
  // from.
  std::string_view lowered_text(bool in_title) const {
    prepare_lowered();
    return in_title ? lowered_title_ : lowered_body_;
  }
  // Whether lowered_text(in_title) was made from the title or body the document now holds.
  bool lowered_current(bool in_title) const {
    const std::string_view from = in_title ? lowered_from_title_ : lowered_from_body_;
    const std::string_view now = in_title ? title : body;
    return lowered_ready_ && from.data() == now.data() && from.size() == now.size();
  }
  // Offsets (in the title or body) where a word starts: a letter, digit or non-ASCII byte not
  // preceded by one, or preceded by a U+2000–U+203F mark (curly quotes, dashes). The phrase
  // lexicons look only there; finding them once per document spares every lexicon a pass over
  // every byte of every sentence.
  std::span<const uint32_t> word_starts(bool in_title) const {
    prepare_lowered();
    const Starts& st = in_title ? title_starts_ : body_starts_;
    return {st.at.get(), st.size};
  }
  static constexpr bool is_word_byte(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
  }
  // Lower-cases the ASCII letters of p[0, n) in place, eight bytes at a time: a byte holding
  // 'A'..'Z' gains 0x20, every other byte is left as it is.
  static void fold_ascii(char* p, size_t n) {
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
      uint64_t x;
      std::memcpy(&x, p + i, 8);
      const uint64_t upper = text::bytes_in(x & ~text::kHigh, 'A', 'Z') & ~x;  // 'A'..'Z', ASCII only
      x |= upper >> 2;                                                          // 0x80 >> 2 == 0x20
      std::memcpy(p + i, &x, 8);
    }
    for (; i < n; ++i)
      if (p[i] >= 'A' && p[i] <= 'Z') p[i] = static_cast<char>(p[i] - 'A' + 'a');
  }
  // Whether a word starts at pos of t by the rule above, looking back no further than t's start.
  static bool starts_word(std::string_view t, size_t pos) {
    const auto* u = reinterpret_cast<const unsigned char*>(t.data());
    if (!is_word_byte(u[pos])) return false;
    return pos == 0 || !is_word_byte(u[pos - 1]) || (pos >= 3 && u[pos - 2] == 0x80 && u[pos - 3] == 0xE2);
  }
  // Records why an item was produced; a no-op unless explaining. Callers test `explain` first:
  // building the three strings for every mention costs allocations on the common path.
  void trace(std::string field, std::string item, std::string rule, Span span) {
    if (explain) x.traces.push_back({std::move(field), std::move(item), std::move(rule), span});
  }

 private:
  void prepare_lowered() const {
    if (lowered_ready_) return;
    lower_into(title, lowered_title_, title_starts_);
    lower_into(body, lowered_body_, body_starts_);
    lowered_from_title_ = title;
    lowered_from_body_ = body;
    lowered_ready_ = true;
  }
  // Word starts, in room made for the most a text can hold and left uninitialized past size:
  // filling a vector of that length first cost as much as finding them.
  struct Starts {
    std::unique_ptr<uint32_t[]> at;
    size_t size = 0;
  };
  static void lower_into(std::string_view in, std::string& out, Starts& starts) {
    out.assign(in);
    const size_t n = out.size();
    char* const p = out.data();
    const auto* u = reinterpret_cast<const unsigned char*>(p);
    const std::string_view low(p, n);
    // starts_word at every byte, eight bytes at a time: each block is lower-cased, then its word
    // starts read off a mask. Two word starts lie at least two bytes apart, so at most n / 2 + 1
    // fit in the room made here.
    starts.at.reset(new uint32_t[n / 2 + 2]);
    uint32_t* w = starts.at.get();
    // A block of ASCII after an ASCII block: a word starts at each letter or digit whose byte
    // before is none (the mark rule needs a byte of 0x80 or more in the three before). Any other
    // block is asked byte by byte; its bytes before are already lower-cased.
    bool ascii_before = true;    // the block before held no byte of 0x80 or more (or there is none)
    uint64_t word_before = 0;    // 0x80 when the byte before the block is a letter or digit
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
      uint64_t x;
      std::memcpy(&x, p + i, 8);
      const uint64_t upper = text::bytes_in(x & ~text::kHigh, 'A', 'Z') & ~x;  // 'A'..'Z', ASCII only
      x |= upper >> 2;                                                          // 0x80 >> 2 == 0x20
      std::memcpy(p + i, &x, 8);
      const bool ascii = (x & text::kHigh) == 0;
      if (ascii && ascii_before) {
        const uint64_t word = text::ascii_alnum_bytes(x);  // high bit of each letter or digit
        for (uint64_t b = word & ~(word << 8 | word_before); b != 0; b &= b - 1)
          *w++ = static_cast<uint32_t>(i + (static_cast<size_t>(__builtin_ctzll(b)) >> 3));
        word_before = word >> 56;
      } else {
        // "BRASÍLIA", "SÃO PAULO": capitals of the Latin-1 letters (U+00C0-U+00DE) fold too, to
        // their small letters 0x20 above, so all-caps datelines meet the lexicons.
        for (size_t k = std::max<size_t>(i, 1); k < i + 8; ++k) p[k] = text::folded(u[k - 1], u[k]);
        for (size_t k = i; k < i + 8; ++k)
          if (starts_word(low, k)) *w++ = static_cast<uint32_t>(k);
        word_before = is_word_byte(u[i + 7]) ? 0x80 : 0;
      }
      ascii_before = ascii;
    }
    for (size_t k = i; k < n; ++k) p[k] = text::folded(k > 0 ? u[k - 1] : 0, u[k]);
    for (; i < n; ++i)
      if (starts_word(low, i)) *w++ = static_cast<uint32_t>(i);
    starts.size = static_cast<size_t>(w - starts.at.get());
  }
  mutable std::shared_ptr<const WordScan> title_scan_, body_scan_;
  // The body the dateline was found in (it is looked for again if the body is pointed
  // elsewhere), and where it ends.
  mutable std::string_view dateline_body_;
  mutable size_t dateline_end_ = 0;
  mutable bool dateline_ready_ = false;
  mutable bool lowered_ready_ = false;
  mutable std::string lowered_title_, lowered_body_;
  mutable std::string_view lowered_from_title_, lowered_from_body_;  // what they were made from
  mutable Starts title_starts_, body_starts_;
};

// One extractor. Built once from the data directory, then run on many documents.
class Stage {
 public:
  virtual ~Stage() = default;
  virtual const char* name() const = 0;
  virtual void run(Doc& doc) const = 0;
};

}  // namespace tw::extract

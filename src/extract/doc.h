// What every extraction stage sees: the release's text, its publication date, sentence
// boundaries, and the record being built (later stages read what earlier ones found).
#pragma once

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "tradewatch/record.h"
#include "tradewatch/result.h"

namespace tw::extract {

struct TextView;
class WordScan;

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
  // The publisher's country as read with a voices lexicon (facts::infer_reporter), keyed by the
  // lexicon's data file: every fact stage asks, and the answer does not change between them.
  std::string reporter_source, reporter;

  // The WordScan of the title or body, built on first use and shared by the mention stages
  // (dates, money, percents, topics) that read it one after another (extract/wordscan.cpp).
  const WordScan& scan(bool in_title) const;

  std::string_view text(const Span& s) const {
    return (s.in_title ? title : body).substr(s.begin, s.end - s.begin);
  }
  // The text of s with ASCII letters lower-cased (same byte offsets), cut from a copy of the
  // title and body made once per document.
  std::string_view lowered(const Span& s) const {
    prepare_lowered();
    return std::string_view(s.in_title ? lowered_title_ : lowered_body_).substr(s.begin, s.end - s.begin);
  }
  // Offsets (in the title or body) where a word starts: a letter, digit or non-ASCII byte not
  // preceded by one, or preceded by a U+2000–U+203F mark (curly quotes, dashes). The phrase
  // lexicons look only there; finding them once per document spares every lexicon a pass over
  // every byte of every sentence.
  std::span<const uint32_t> word_starts(bool in_title) const {
    prepare_lowered();
    return in_title ? title_starts_ : body_starts_;
  }
  static bool is_word_byte(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
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
    lowered_ready_ = true;
  }
  static void lower_into(std::string_view in, std::string& out, std::vector<uint32_t>& starts) {
    out.assign(in);
    for (char& c : out)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    // starts_word at every byte, in one pass that carries whether the previous byte is a word byte.
    starts.clear();
    starts.reserve(out.size() / 6 + 4);  // about one word start per six bytes: no regrowth copies
    const auto* u = reinterpret_cast<const unsigned char*>(out.data());
    bool prev_word = false;
    for (size_t i = 0; i < out.size(); ++i) {
      const bool word = is_word_byte(u[i]);
      if (word && (!prev_word || (i >= 3 && u[i - 2] == 0x80 && u[i - 3] == 0xE2)))
        starts.push_back(static_cast<uint32_t>(i));
      prev_word = word;
    }
  }
  mutable std::shared_ptr<const WordScan> title_scan_, body_scan_;
  mutable bool lowered_ready_ = false;
  mutable std::string lowered_title_, lowered_body_;
  mutable std::vector<uint32_t> title_starts_, body_starts_;
};

// One extractor. Built once from the data directory, then run on many documents.
class Stage {
 public:
  virtual ~Stage() = default;
  virtual const char* name() const = 0;
  virtual void run(Doc& doc) const = 0;
};

}  // namespace tw::extract

// Percent extraction: a number followed by a percent sign or word ("24.3 percent", "25%",
// "ten per cent"), and both ends of a range ("from 100 percent to 75 percent", "between 6.9 and
// 23.7%").
#include <algorithm>
#include <array>

#include "extract/numbers.h"
#include "extract/stages.h"
#include "extract/wordscan.h"
#include "text/tsv.h"

namespace tw::extract {
namespace {

class PercentsStage final : public Stage {
 public:
  const char* name() const override { return "percents"; }

  static Result<StagePtr> make(const std::string& data_dir) {
    auto st = std::make_unique<PercentsStage>();
    auto nw = NumberWords::load(data_dir);
    if (!nw) return Error{nw.error()};
    st->numbers_ = std::move(nw).value();
    auto rows = text::read_tsv(data_dir, "percent_words.tsv");
    if (!rows) return Error{rows.error()};
    for (const auto& r : *rows)
      if (!r.empty() && !r[0].empty()) st->signs_.push_back(r[0]);
    std::stable_sort(st->signs_.begin(), st->signs_.end(),
                     [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
    // The quick test need not look for a sign that contains another ("percentage point" holds
    // "percent"): wherever the longer one occurs, so does the shorter.
    for (const auto& w : st->signs_) {
      bool holds_other = false;
      for (const auto& o : st->signs_)
        if (&o != &w && o.size() < w.size() && w.find(o) != std::string::npos) holds_other = true;
      if (!holds_other) {
        st->probes_.push_back(w);
        st->probe_first_[static_cast<unsigned char>(w[0])] = true;
      }
    }
    return StagePtr(std::move(st));
  }

  void run(Doc& doc) const override {
    for (bool title : {true, false}) {
      const WordScan& s = doc.scan(title);
      // Every percent ends at a sign, and a sign begins at a token where one of the probes
      // occurs: the numbers are read only in the stretch before each such token, not at every
      // token of a text that holds a percent somewhere.
      const std::vector<size_t> signs = sign_tokens(s);
      size_t i = 0;
      for (size_t k : signs) {
        if (k < i) continue;
        i = std::max(i, k > kReach ? k - kReach : 0);
        while (i <= k) {
          size_t end = scan(s, i, title, doc);
          i = end > i ? end : i + 1;
        }
      }
    }
  }

 private:
  NumberWords numbers_;
  std::vector<std::string> signs_;  // longest first
  std::vector<std::string> probes_;  // the signs that contain no other sign
  std::array<bool, 256> probe_first_{};  // the probes' first bytes

  // Tokens read before a sign's token: more than any number and range ("between one hundred and
  // twenty and one hundred and fifty per cent" is twelve), so the reading at the stretch's start
  // is the one a walk over every token would reach there.
  static constexpr size_t kReach = 32;

  // The tokens, in order, at which a probe begins: one byte compared per token, then the probes
  // whose first byte it is.
  std::vector<size_t> sign_tokens(const WordScan& s) const {
    std::vector<size_t> out;
    const std::string_view low = s.lower_text();
    for (size_t i = 0; i < s.size(); ++i) {
      const size_t b = s[i].begin;
      if (!probe_first_[static_cast<unsigned char>(low[b])]) continue;
      const std::string_view rest = low.substr(b);
      if (std::any_of(probes_.begin(), probes_.end(), [&](const std::string& w) { return rest.starts_with(w); }))
        out.push_back(i);
    }
    return out;
  }

  // Index past the percent sign or word at token i, or 0. A hyphen may join them ("a
  // 25-percent tariff").
  size_t sign_at(const WordScan& s, size_t i) const {
    if (s.is_dash(i) && s.glued(i) && s.glued(i + 1) && s.is_word(i + 1)) ++i;
    for (const auto& w : signs_)
      if (size_t e = match_phrase(s, i, w)) return e;
    return 0;
  }

  // A number that may carry a minus sign written against it ("-3.5%").
  // A decimal comma ("12,4%", "96,42 percent") is one only right before a percent sign or word,
  // or before the other end of a range that has one ("from 12,4 to 15,6%"): a list ("1,2 and 3")
  // stays two numbers.
  std::optional<Amount> number_at(const WordScan& s, size_t i) const {
    if (auto d = numbers_.decimal_comma_at(s, i)) {
      if (sign_at(s, d->end)) return d;
      const size_t k = d->end;
      if (s.is_dash(k) || s.is(k, "to") || s.is(k, "and"))
        if (auto d2 = numbers_.decimal_comma_at(s, k + 1); d2 && sign_at(s, d2->end)) return d;
    }
    return numbers_.number_at(s, i);
  }

  // A dash glued after a word, a number or a percent sign joins a range ("0.5%-1%"), no minus.
  std::optional<Amount> signed_number(const WordScan& s, size_t i, bool* negative) const {
    *negative = false;
    if (i + 1 < s.size() && s.is_dash(i) && s.raw(i) != "\u2013" && s.raw(i) != "\u2014" && s.is_number(i + 1) &&
        s.glued(i + 1) && !(i > 0 && s.glued(i) && (s[i - 1].kind != Token::Punct || s.raw(i - 1) == "%"))) {
      auto a = number_at(s, i + 1);
      if (a) {
        a->begin = i;
        *negative = true;
      }
      return a;
    }
    // "minus 2.1 percent", "negative 0.5 percent": a word before the number says the sign.
    if (i + 1 < s.size() && s.is_word(i) && s.is_number(i + 1) && numbers_.is_minus(s.lower(i))) {
      auto a = number_at(s, i + 1);
      if (a) {
        a->begin = i;
        *negative = true;
      }
      return a;
    }
    return number_at(s, i);
  }

  void emit(const WordScan& s, size_t b, size_t e, double v, bool title, Doc& doc) const {
    Percent p;
    p.span = {s[b].begin, s[e - 1].end, title};
    p.text = std::string(s.text().substr(p.span.begin, p.span.end - p.span.begin));
    p.value = v;
    if (doc.explain) doc.trace("percents", p.text, "number before a percent sign", p.span);
    doc.x.percents.push_back(std::move(p));
  }

  // Four digits from 1900 to 2100 written as one token, as a year is.
  static bool year_like(const WordScan& s, size_t i, const Amount& a) {
    if (a.end != i + 1 || a.value < 1900 || a.value > 2100) return false;
    const std::string_view r = s.raw(i);
    return r.size() == 4 && std::all_of(r.begin(), r.end(), [](char c) { return c >= '0' && c <= '9'; });
  }

  size_t scan(const WordScan& s, size_t i, bool title, Doc& doc) const {
    bool neg = false;
    auto a = signed_number(s, i, &neg);
    if (!a) return i;
    const double v1 = neg ? -a->value : a->value;
    if (size_t e = sign_at(s, a->end)) {
      emit(s, i, e, v1, title, doc);
      return e;
    }
    // "between 6.9 and 23.7%", "62.6 to 69.6 percent": the first end shares the sign. A year
    // ends no range ("from 3.2% in 2025 to 2.9% in 2026").
    size_t k = a->end;
    const bool joined = (s.is_dash(k) || s.is(k, "to") || (s.is(k, "and") && i > 0 && s.is(i - 1, "between"))) &&
                        !year_like(s, i, *a);
    if (joined) {
      bool neg2 = false;
      auto b = signed_number(s, k + 1, &neg2);
      if (b) {
        if (size_t e = sign_at(s, b->end)) {
          emit(s, i, a->end, v1, title, doc);
          emit(s, k + 1, e, neg2 ? -b->value : b->value, title, doc);
          return e;
        }
      }
    }
    return a->end;
  }
};

}  // namespace

Result<StagePtr> make_percents_stage(const std::string& data_dir) { return PercentsStage::make(data_dir); }

}  // namespace tw::extract

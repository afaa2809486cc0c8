#include "extract/numbers.h"

#include "extract/shared_data.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace tw::extract {

Result<NumberWords> NumberWords::load(const std::string& data_dir) {
  // Money and percents both read the number words.
  auto rows = shared_rows(data_dir, "number_words.tsv");
  if (!rows) return Error{rows.error()};
  NumberWords nw;
  for (const auto& r : **rows) {
    if (r.size() < 3) return Error{data_dir + "/number_words.tsv: expected word, value, kind: " + r[0]};
    Kind k;
    if (r[2] == "unit") k = Kind::Unit;
    else if (r[2] == "tens") k = Kind::Tens;
    else if (r[2] == "hundred") k = Kind::Hundred;
    else if (r[2] == "scale") k = Kind::Scale;
    else if (r[2] == "glued_scale") k = Kind::GluedScale;
    else if (r[2] == "lower_scale") k = Kind::LowerScale;
    else if (r[2] == "minus") {
      nw.minus_.push_back(r[0]);
      continue;
    }
    else return Error{data_dir + "/number_words.tsv: unknown kind " + r[2]};
    nw.words_[r[0]] = {std::stod(r[1]), k};
    nw.filter_.add(r[0]);
  }
  return nw;
}

// Forced inline: most words asked about are turned away by the filter, without a call.
[[gnu::always_inline]] inline const NumberWords::Entry* NumberWords::find(std::string_view w) const {
  if (!filter_.may_contain(w)) return nullptr;
  auto it = words_.find(w);
  return it == words_.end() ? nullptr : &it->second;
}

double NumberWords::scale_of(std::string_view lower_word, bool glued, bool capitalized) const {
  const Entry* e = find(lower_word);
  if (!e) return 0;
  if (e->kind == Kind::Scale) return e->value;
  if (e->kind == Kind::GluedScale && glued) return e->value;
  if (e->kind == Kind::LowerScale && !capitalized) return e->value;
  return 0;
}

int NumberWords::small_number(std::string_view lower_word) const {
  const Entry* e = find(lower_word);
  return e && (e->kind == Kind::Unit || e->kind == Kind::Tens) ? static_cast<int>(e->value) : 0;
}

bool NumberWords::is_scale(const WordScan& s, size_t i) const {
  return s.is_word(i) && scale_of(s.lower(i), s.glued(i), s[i].upper) > 0;
}

namespace {

// Digits of a number token before its decimal point, commas included.
std::string_view integer_part(std::string_view raw) { return raw.substr(0, std::min(raw.find('.'), raw.size())); }

// A number token s[i] grouped beyond what the scanner joins, as (value, end token):
// - "Rs 4,14,832.20 crore": South Asian grouping, pairs of digits (lakhs, crores) before the last
//   three, which the scanner leaves as "4" "," "14,832.20";
// - "€1 741.9 bn": thousands set off by a single space, only before a scale word, so that two
//   numbers in a row ("in 2019 150 firms") stay two.
template <class ScaleAfter>
std::optional<std::pair<double, size_t>> grouped_beyond(const WordScan& s, size_t i, ScaleAfter scale_after) {
  const std::string_view head = s.raw(i);
  if (head.size() > 3) return std::nullopt;
  if (head.size() <= 2) {
    double v = s[i].value;
    for (size_t j = i + 1; j + 1 < s.size() && s.raw(j) == "," && s.glued(j) && s.is_number(j + 1) && s.glued(j + 1);
         j += 2) {
      const std::string_view part = integer_part(s.raw(j + 1));
      if (part.size() == 2 && !s[j + 1].decimal) {
        v = v * 100 + s[j + 1].value;
        continue;
      }
      // The last pair joined to the final thousands by the scanner: "14,832.20".
      if (s[j + 1].grouped && part.size() == 6 && part[2] == ',') return std::pair{v * 100000 + s[j + 1].value, j + 2};
      break;
    }
  }
  if (i + 2 < s.size() && s.is_number(i + 1) && !s.glued(i + 1) && s[i + 1].begin == s[i].end + 1 &&
      !s[i + 1].grouped && integer_part(s.raw(i + 1)).size() == 3 && scale_after(i + 2)) {
    return std::pair{s[i].value * 1000 + s[i + 1].value, i + 2};
  }
  return std::nullopt;
}

}  // namespace

std::optional<Amount> NumberWords::decimal_comma_at(const WordScan& s, size_t i) const {
  if (i + 2 >= s.size() || s.raw(i + 1) != "," || !s.is_number(i) || s[i].grouped || !s.glued(i + 1) ||
      !s.is_number(i + 2) || !s.glued(i + 2) || s[i + 2].decimal || s[i + 2].grouped) {
    return std::nullopt;
  }
  const std::string_view frac = s.raw(i + 2);
  if (frac.size() == 3) return std::nullopt;  // "1,463": thousands
  // "1,23,45,678": pairs of digits grouped in lakhs and crores.
  if (i + 4 < s.size() && s.raw(i + 3) == "," && s.glued(i + 3) && s.is_number(i + 4) && s.glued(i + 4))
    return std::nullopt;
  double base = s[i].value;
  if (s[i].decimal) {
    // "US$ 24.578,2 million": a point that groups thousands before the decimal comma; only one
    // group of three after the point reads so.
    const std::string_view raw = s.raw(i);
    const size_t dot = raw.find('.');
    if (raw.size() - dot - 1 != 3 || dot > 3) return std::nullopt;
    base = 0;
    for (char c : raw)
      if (c != '.') base = base * 10 + (c - '0');
  }
  double f = 0, div = 1;
  for (char c : frac) {
    f = f * 10 + (c - '0');
    div *= 10;
  }
  Amount a;
  a.begin = i;
  a.value = decimal_value(base, f, div);
  a.end = a.number_end = i + 3;
  return a;
}

std::optional<Amount> NumberWords::number_at(const WordScan& s, size_t i) const {
  if (i >= s.size()) return std::nullopt;
  Amount a;
  a.begin = i;
  if (s.is_number(i)) {
    a.value = s[i].value;
    a.end = a.number_end = i + 1;
    // "US$ 2,02 billion": a decimal comma (Indonesian, Vietnamese, European usage). A comma
    // before other than three digits cannot group thousands; only before a scale word, so a
    // list ("1,2 and 3") is not read as one number.
    if (auto d = decimal_comma_at(s, i); d && is_scale(s, d->end)) return d;
    // "US$ 1 345,2 million": thousands set off by a space before a decimal comma.
    if (!s[i].decimal && !s[i].grouped && s.raw(i).size() <= 3 && i + 1 < s.size() && s.is_number(i + 1) &&
        s[i + 1].begin == s[i].end + 1 && s.raw(i + 1).size() == 3)
      if (auto d = decimal_comma_at(s, i + 1); d && is_scale(s, d->end)) {
        a.value = s[i].value * 1000 + d->value;
        a.end = a.number_end = d->end;
        return a;
      }
    if (!s[i].decimal && !s[i].grouped) {
      if (auto g = grouped_beyond(s, i, [&](size_t k) { return is_scale(s, k); })) {
        a.value = g->first;
        a.end = a.number_end = g->second;
      }
    }
    return a;
  }
  if (!s.is_word(i)) return std::nullopt;
  // Words: [unit|tens[-unit]] [hundred [and] [tens[-unit]|unit]]
  double total = 0, part = 0;
  size_t j = i;
  bool any = false;
  while (j < s.size() && s.is_word(j)) {
    const Entry* e = find(s.lower(j));
    if (!e) break;
    if (e->kind == Kind::Unit) {
      part += e->value;
    } else if (e->kind == Kind::Tens) {
      part += e->value;
      if (s.is_dash(j + 1) && s.glued(j + 1) && s.is_word(j + 2) && s.glued(j + 2)) {
        const Entry* u = find(s.lower(j + 2));
        if (u && u->kind == Kind::Unit && u->value < 10) {
          part += u->value;
          j += 2;
        }
      }
    } else if (e->kind == Kind::Hundred) {
      if (!any) break;
      part *= 100;
    } else {
      break;  // scales are read by amount_at
    }
    any = true;
    ++j;
  }
  if (!any) return std::nullopt;
  total += part;
  a.value = total;
  a.end = a.number_end = j;
  a.words = true;
  return a;
}

double scaled_value(double number, double scale) {
  const double v = number * scale;
  if (v == 0 || !std::isfinite(v)) return v;
  // Powers of ten up to 1e22 are exact doubles, so one multiplication or division by them rounds once.
  const int digits = 14 - static_cast<int>(std::floor(std::log10(std::fabs(v))));
  if (digits > 22 || digits < -22) return v;
  const double p = std::pow(10.0, std::abs(digits));
  return digits >= 0 ? std::round(v * p) / p : std::round(v / p) * p;
}

std::optional<Amount> NumberWords::amount_at(const WordScan& s, size_t i) const {
  auto a = number_at(s, i);
  if (!a) return a;
  size_t j = a->end;
  // "29-billion won": a hyphen between the number and its scale.
  size_t k = j;
  if (s.is_dash(k) && s.glued(k) && s.glued(k + 1)) ++k;
  if (s.is_word(k)) {
    // "$1.2-B", "P500-M": Philippine copy writes the scale's letter, capitalized, after a hyphen.
    const bool letter_after_hyphen = k == j + 1 && s.raw(k).size() == 1 && s[k].upper;
    double m = scale_of(s.lower(k), s.glued(k) && (k == j || letter_after_hyphen), s[k].upper);
    if (m > 0) {
      // Scales in a row multiply where each is larger than the one before: "36.2 lakh crore"
      // (1e5 × 1e7), "three thousand million" in the older British usage.
      size_t e = k + 1;
      for (double prev = m, next = 0; s.is_word(e) && (next = scale_of(s.lower(e), false, s[e].upper)) > prev; ++e, prev = next)
        m *= next;
      a->value = scaled_value(a->value, m);
      a->scale = m;
      a->end = e;
      a->scaled = true;
    }
  }
  return a;
}

}  // namespace tw::extract

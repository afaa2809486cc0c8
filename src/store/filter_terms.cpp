#include "store/filter_terms.h"

#include "tradewatch/store.h"

#include <algorithm>
#include <chrono>
#include <string>

#include <fmt/format.h>

namespace tw::store {
namespace {

using std::chrono::day;
using std::chrono::month;
using std::chrono::sys_days;
using std::chrono::year;
using std::chrono::year_month_day;
using std::chrono::year_month_day_last;

// The number at s[pos, pos + n) when it is all digits.
std::optional<unsigned> digits(std::string_view s, size_t pos, size_t n) {
  if (pos + n > s.size()) return std::nullopt;
  unsigned v = 0;
  for (size_t i = pos; i < pos + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return std::nullopt;
    v = v * 10 + static_cast<unsigned>(s[i] - '0');
  }
  return v;
}

// A date prefix's year, month (0: none) and day (0: none), as the search filters take them.
struct Prefix {
  unsigned y = 0, m = 0, d = 0;
};

std::optional<Prefix> parse(std::string_view s) {
  if (s.size() != 4 && s.size() != 7 && s.size() != 10) return std::nullopt;
  Prefix p;
  auto y = digits(s, 0, 4);
  if (!y) return std::nullopt;
  p.y = *y;
  if (s.size() >= 7) {
    auto m = digits(s, 5, 2);
    if (s[4] != '-' || !m || *m < 1 || *m > 12) return std::nullopt;
    p.m = *m;
  }
  if (s.size() == 10) {
    auto d = digits(s, 8, 2);
    if (s[7] != '-' || !d || *d < 1 || *d > 31) return std::nullopt;
    p.d = *d;
  }
  return p;
}

sys_days first_of(unsigned y, unsigned m) { return sys_days{year_month_day{year{static_cast<int>(y)}, month{m}, day{1}}}; }
sys_days last_of(unsigned y, unsigned m) {
  return sys_days{year_month_day_last{year{static_cast<int>(y)}, std::chrono::month_day_last{month{m}}}};
}

// The first day a `from` prefix keeps (a day past its month's end keeps from the next month on,
// as the text comparison published >= from does).
sys_days first_day(const Prefix& p) {
  const unsigned m = p.m ? p.m : 1;
  const sys_days d = first_of(p.y, m) + std::chrono::days{p.d ? p.d - 1 : 0};
  return std::min(d, last_of(p.y, m) + std::chrono::days{1});
}

// The last day a `to` prefix keeps: every day it names.
sys_days last_day(const Prefix& p) {
  const unsigned m = p.m ? p.m : 12;
  if (!p.d) return last_of(p.y, m);
  return std::min(first_of(p.y, m) + std::chrono::days{p.d - 1}, last_of(p.y, m));
}

}  // namespace

std::optional<DateTerms> date_terms(std::string_view from, std::string_view to, std::string_view first,
                                    std::string_view last, int max_terms) {
  auto stored_first = parse(first), stored_last = parse(last);
  if (!stored_first || !stored_last || !stored_first->d || !stored_last->d) return std::nullopt;
  sys_days lo = first_day(*stored_first), hi = last_day(*stored_last);
  if (!from.empty()) {
    auto p = parse(from);
    if (!p) return std::nullopt;
    lo = std::max(lo, first_day(*p));
  }
  if (!to.empty()) {
    auto p = parse(to);
    if (!p) return std::nullopt;
    hi = std::min(hi, last_day(*p));
  }
  if (lo > hi) return std::nullopt;

  // Greedy from the start: a whole year when it fits, else a whole month, else a day.
  DateTerms out;
  std::string terms;
  for (sys_days cur = lo; cur <= hi;) {
    if (++out.phrases > max_terms) return std::nullopt;
    const year_month_day ymd{cur};
    const auto y = static_cast<int>(ymd.year());
    const auto m = static_cast<unsigned>(ymd.month());
    const auto d = static_cast<unsigned>(ymd.day());
    if (!terms.empty()) terms += " OR ";
    const sys_days month_end = last_of(static_cast<unsigned>(y), m);
    if (m == 1 && d == 1 && last_of(static_cast<unsigned>(y), 12) <= hi) {
      terms += fmt::format("y{:04}", y);
      cur = last_of(static_cast<unsigned>(y), 12) + std::chrono::days{1};
    } else if (d == 1 && month_end <= hi) {
      terms += fmt::format("m{:04}{:02}", y, m);
      cur = month_end + std::chrono::days{1};
    } else {
      terms += fmt::format("d{:04}{:02}{:02}", y, m, d);
      cur += std::chrono::days{1};
    }
  }
  out.expr = out.phrases == 1 ? "filters : " + terms : "filters : (" + terms + ")";
  return out;
}

std::optional<std::string> facet_term(char letter, std::string_view value) {
  if (value.empty()) return std::nullopt;
  std::string out = "\"";
  out += letter;
  for (char c : value) {
    if (c == '_') continue;
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (!alnum) return std::nullopt;
    out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  return out + "\"";
}

}  // namespace tw::store

namespace tw {

bool is_date_prefix(std::string_view s) { return store::parse(s).has_value(); }

}  // namespace tw

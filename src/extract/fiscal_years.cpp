#include "extract/fiscal_years.h"

#include <algorithm>

#include <fmt/format.h>

#include "text/tsv.h"

namespace tw::extract {

Result<FiscalYears> FiscalYears::load(const std::string& data_dir) {
  auto rows = text::read_tsv(data_dir, "fiscal_years.tsv");
  if (!rows) return Error{rows.error()};
  FiscalYears f;
  for (const auto& r : *rows) {
    if (r[0] == "start" && r.size() >= 3) {
      const int m = std::atoi(r[2].c_str());
      if (m < 2 || m > 12) return Error{data_dir + "/fiscal_years.tsv: bad first month for " + r[1]};
      f.start_month_[r[1]] = m;
    } else if (r[0] == "prefix" && r.size() >= 2) {
      f.prefixes_.push_back(r[1]);
    } else {
      return Error{data_dir + "/fiscal_years.tsv: bad row " + r[0]};
    }
  }
  auto longer = [](const auto& a, const auto& b) { return a.size() > b.size(); };
  std::sort(f.prefixes_.begin(), f.prefixes_.end(), longer);
  return f;
}

namespace {

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// The fiscal year opening in `year`'s month `first`: "2023-04/2024-03".
std::string fiscal_span(int year, int first) { return fmt::format("{:04d}-{:02d}/{:04d}-{:02d}", year, first, year + 1, first - 1); }

}  // namespace

void FiscalYears::apply(Doc& doc) const {
  const auto it = start_month_.find(doc.reporter);
  if (it == start_month_.end() || !doc.published.y) return;
  const int first = it->second;
  // A split year: "2023-24" (the next year abbreviated) is a fiscal year as written; "2023-2024"
  // only after words naming one ("fiscal year 2023-2024").
  for (auto& d : doc.x.dates) {
    const std::string& v = d.value;
    if (v.size() != 9 || v[4] != '/') continue;
    const int a = std::atoi(v.substr(0, 4).c_str()), b = std::atoi(v.substr(5).c_str());
    if (b != a + 1) continue;
    const std::string_view text = d.text;
    // "2023-24", "2023–24", "2023/24": the second year in two digits.
    const size_t tail = text.find_last_not_of("0123456789");
    const bool abbreviated = tail != std::string_view::npos && text.size() - tail - 1 == 2;
    bool named = false;
    const std::string_view before = doc.lowered_text(d.span.in_title).substr(0, d.span.begin);
    // "FY" is glued to the year; the other prefixes stand a space before it.
    const std::string_view spaced = before.ends_with(" ") ? before.substr(0, before.size() - 1) : before;
    for (const auto& p : prefixes_) {
      const std::string_view host = p == "fy" ? before : spaced;
      if (host.ends_with(p) && (host.size() == p.size() || !is_letter(host[host.size() - p.size() - 1]))) {
        named = true;
        break;
      }
    }
    if (!abbreviated && !named) continue;
    d.value = fiscal_span(a, first);
    if (doc.explain) doc.trace("dates", d.value, "fiscal year of " + doc.reporter + " \"" + d.text + "\"", d.span);
  }
}

}  // namespace tw::extract

#include "extract/fiscal_years.h"

#include <algorithm>
#include <cstring>

#include <fmt/format.h>

#include "extract/wordscan.h"
#include "text/tsv.h"

namespace tw::extract {

namespace {

// The months a written part stands for, counted from the fiscal year's first month: "Q3" (part 3)
// is three months, six in; "H2" (part -2) six months, six in.
void part_months(int part, int* skip, int* months) {
  *months = part > 0 ? 3 : 6;
  *skip = ((part > 0 ? part : -part) - 1) * *months;
}

}  // namespace

Result<FiscalYears> FiscalYears::load(const std::string& data_dir) {
  auto rows = text::read_tsv(data_dir, "fiscal_years.tsv");
  if (!rows) return Error{rows.error()};
  FiscalYears f;
  for (const auto& r : *rows) {
    if (r[0] == "start" && r.size() >= 3) {
      const int m = std::atoi(r[2].c_str());
      if (m < 2 || m > 12) return Error{data_dir + "/fiscal_years.tsv: bad first month for " + r[1]};
      f.start_month_[r[1]] = m;
      // "FY2024", "fiscal 2024": named by the year the fiscal year begins in (Japan) or ends in
      // (the United States); where usage differs, no fourth column and the year stays a year.
      if (r.size() >= 4 && (r[3] == "begin" || r[3] == "end")) f.named_by_end_[r[1]] = r[3] == "end";
      else if (r.size() >= 4 && !r[3].empty()) return Error{data_dir + "/fiscal_years.tsv: bad naming for " + r[1]};
    } else if (r[0] == "prefix" && r.size() >= 2) {
      f.prefixes_.push_back(r[1]);
    } else {
      return Error{data_dir + "/fiscal_years.tsv: bad row " + r[0]};
    }
  }
  // "the first ten months of the current fiscal year": the month counts the date grammar reads.
  auto cal = text::read_tsv(data_dir, "calendar.tsv");
  if (!cal) return Error{cal.error()};
  for (const auto& r : *cal) {
    if (r[0] == "count" && r.size() >= 3) f.counts_[r[1]] = std::atoi(r[2].c_str());
    else if (r[0] == "ordinal" && r.size() >= 3) f.ordinals_[r[1]] = std::atoi(r[2].c_str());
    else if (r[0] == "month" && r.size() >= 3) f.months_[r[1]] = std::atoi(r[2].c_str());
    else if ((r[0] == "ahead" || r[0] == "ahead_participle") && r.size() >= 2) f.ahead_.insert(r[1]);
  }
  auto longer = [](const auto& a, const auto& b) { return a.size() > b.size(); };
  std::sort(f.prefixes_.begin(), f.prefixes_.end(), longer);
  return f;
}

namespace {

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// `months` months from month `from`, counted as year * 12 + month - 1: "2023-04/2024-03".
std::string month_span(int from, int months) {
  const int to = from + months - 1;
  return fmt::format("{:04d}-{:02d}/{:04d}-{:02d}", from / 12, from % 12 + 1, to / 12, to % 12 + 1);
}

}  // namespace

void FiscalYears::apply(Doc& doc) const {
  const auto it = start_month_.find(doc.reporter);
  int first = it == start_month_.end() ? 0 : it->second;
  // "ABU DHABI (WAM) - … India-UAE trade reached USD 100 billion in FY2024-25": a publisher whose
  // fiscal year is none of the table's writes a split year named as a fiscal one ("FY", "fiscal
  // year") for the one country it names that keeps such a year. Only those: a bare "2024-25" or
  // "this fiscal" stays unread.
  const bool borrowed = first == 0;
  if (borrowed) {
    for (const auto& c : doc.x.countries) {
      const auto o = start_month_.find(c.code);
      if (o == start_month_.end()) continue;
      if (first != 0) {
        first = 0;
        break;
      }
      first = o->second;
    }
  }
  if (first == 0 || !doc.published.y) {
    ended_in_month(doc);
    return;
  }
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
    std::string_view ahead;  // the text before the prefix
    for (const auto& p : prefixes_) {
      // "FY2025-26", and "FY 2025-26" with a space as well.
      const std::string_view host = p == "fy" && !before.ends_with(" fy ") ? before : spaced;
      if (host.ends_with(p) && (host.size() == p.size() || !is_letter(host[host.size() - p.size() - 1]))) {
        named = true;
        ahead = host.substr(0, host.size() - p.size());
        break;
      }
    }
    if (!named) ahead = spaced;
    // "the 2023-2024 fiscal year": the words after the year name it as well.
    if (!named) {
      const std::string_view lowered = doc.lowered_text(d.span.in_title);
      const std::string_view after = lowered.substr(std::min(lowered.size(), size_t{d.span.end}));
      named = after.starts_with(" fiscal year") || after.starts_with(" financial year");
    }
    if (!named && (borrowed || !abbreviated)) continue;
    d.value = month_span(a * 12 + first - 1, 12);
    // "the first half of FY2025/26", "the third quarter of 2024-25": a half or quarter of the
    // split year, counted from its first month. "April-September 2025-26", "July-December of
    // 2025-26": months of the split year, each in the calendar year the fiscal year has it in.
    const WordScan& s = doc.scan(d.span.in_title);
    const size_t k = s.index_at(static_cast<uint32_t>(ahead.size()));  // the prefix, or the year
    size_t p = k;
    if (p > 0 && s.is(p - 1, "the")) --p;
    const bool of = p > 0 && s.is(p - 1, "of");
    if (of) --p;
    else p = k;
    // "the first half (July-December) of 2025-26": the months restated in parentheses.
    if (of && p > 0 && s.raw(p - 1) == ")") {
      size_t o = p - 1;
      while (o > 0 && o + 8 > p && s.raw(o) != "(") --o;
      if (s.raw(o) == "(") p = o;
    }
    size_t from = p;
    int skip = -1, months = 0;
    const auto month_at = [&](size_t t) -> int {
      if (!s.is_word(t) || !s[t].upper) return 0;  // "may" is a verb as well
      const auto m = months_.find(std::string(s.lower(t)));
      return m == months_.end() ? 0 : m->second;
    };
    // "H1 FY2025-26", "Q3 FY2024-25": the half or quarter written against its number.
    if (const int part = written_part_before(s, k); part != 0 && !of) {
      from = k - 2;
      part_months(part, &skip, &months);
    } else if (const int part_of = of ? written_part_before(s, p) : 0; part_of != 0) {
      // "Q3 of FY2025-26", "H1 of 2025-26": the same, with "of" between.
      from = p - 2;
      part_months(part_of, &skip, &months);
    } else if (of && p >= 2 && (s.is(p - 1, "half") || s.is(p - 1, "quarter"))) {
      const int size = s.is(p - 1, "quarter") ? 3 : 6;
      if (const auto o = ordinals_.find(std::string(s.lower(p - 2))); o != ordinals_.end() && o->second * size <= 12) {
        from = p - 2, skip = (o->second - 1) * size, months = size;
      }
    } else if (p >= 1) {
      size_t t = p - 1;
      if (s.raw(t) == "." && t >= 1 && s.glued(t)) --t;  // "Sept."
      if (const int m2 = month_at(t)) {
        int m1 = m2;
        if (t >= 2 && (s.is_dash(t - 1) || s.is(t - 1, "to")) && month_at(t - 2)) m1 = month_at(t -= 2);
        const int i1 = (m1 - first + 12) % 12, i2 = (m2 - first + 12) % 12;
        if (i1 <= i2) from = t, skip = i1, months = i2 - i1 + 1;
      }
    }
    if (skip >= 0) {
      const uint32_t nb = s[from].begin;
      const bool taken = std::any_of(doc.x.dates.begin(), doc.x.dates.end(), [&](const DateMention& o) {
        return &o != &d && o.span.in_title == d.span.in_title && o.span.begin < d.span.begin && o.span.end > nb;
      });
      if (!taken) {
        const int m0 = a * 12 + first - 1 + skip;
        d.value = months == 1 ? fmt::format("{:04d}-{:02d}", m0 / 12, m0 % 12 + 1) : month_span(m0, months);
        const std::string_view src = d.span.in_title ? doc.title : doc.body;
        d.span.begin = nb;
        d.text = std::string(src.substr(nb, d.span.end - nb));
      }
    }
    if (doc.explain) doc.trace("dates", d.value, "fiscal year of " + doc.reporter + " \"" + d.text + "\"", d.span);
  }
  if (!borrowed) add_named(doc, first);
  ended_in_month(doc);
}


namespace {

// A year written in two or four digits ("23", "2023"): the calendar year, or 0.
int written_year(std::string_view digits) {
  if ((digits.size() != 2 && digits.size() != 4) || digits.find_first_not_of("0123456789") != std::string_view::npos)
    return 0;
  const int v = std::atoi(std::string(digits).c_str());
  if (digits.size() == 4) return v >= 1900 && v <= 2100 ? v : 0;
  return v < 70 ? 2000 + v : 1900 + v;
}

// Words that may follow "this fiscal" when it names the year: prepositions and conjunctions.
bool clause_word(std::string_view w) {
  for (std::string_view c : {"to", "and", "as", "against", "compared", "from", "in", "at", "while", "when", "over",
                             "with", "so", "but", "is", "was", "will", "than"})
    if (w == c) return true;
  return false;
}

}  // namespace

// The quarter ("Q1", as n) or half ("H2", as -n) written against its number right before token
// k, a word apart: "Q1 FY26". 0 if none.
int FiscalYears::written_part_before(const WordScan& s, size_t k) {
  if (k < 2 || !s.is_number(k - 1) || !s.glued(k - 1) || s.glued(k) || !s.is_word(k - 2) || s[k - 1].decimal) return 0;
  if (k >= 3 && s.glued(k - 2)) return 0;
  const int n = static_cast<int>(s[k - 1].value);
  if (s[k - 1].end - s[k - 1].begin != 1) return 0;
  if (s.raw(k - 2) == "Q" && n >= 1 && n <= 4) return n;
  if (s.raw(k - 2) == "H" && n >= 1 && n <= 2) return -n;
  return 0;
}

void FiscalYears::add_named(Doc& doc, int first) const {
  const auto naming = named_by_end_.find(doc.reporter);
  const Ymd& pub = doc.published;
  // The fiscal year under way at publication begins in this calendar year.
  const int current = pub.m >= first ? pub.y : pub.y - 1;
  std::vector<DateMention> added;
  for (bool title : {true, false}) {
    const WordScan& s = doc.scan(title);
    const auto fiscal_word = [&](size_t i) { return s.is(i, "fiscal") || s.is(i, "financial"); };
    const auto sign = [&](size_t i, std::string_view p) { return i < s.size() && s.raw(i) == p; };
    // The fiscal year at token i: the calendar year it begins in, and *end past it; 0 if none.
    // "this fiscal year", "the current financial year", "last fiscal", "FY23", "FY 2024",
    // "fiscal 2024", "fiscal year 2024"; not a split year ("FY2023-24", read above).
    auto fiscal_year_at = [&](size_t i, size_t* end) -> int {
      if (!s.is_word(i)) return 0;
      int offset = 2;
      if (s.is(i, "this") || s.is(i, "current")) offset = 0;
      else if (s.is(i, "last") || s.is(i, "previous")) offset = -1;
      else if (s.is(i, "next") || s.is(i, "coming")) offset = 1;
      if (offset != 2) {
        if (!fiscal_word(i + 1)) return 0;
        size_t e = i + 2;
        if (s.is(e, "year")) ++e;
        // "this fiscal" alone, as Indian copy writes it, ends the phrase ("exports this fiscal,
        // against ..."); "this fiscal stimulus", "the current financial crisis" are no years.
        else if (!s.is(i + 1, "fiscal") || (s.is_word(e) && !clause_word(s.lower(e)))) return 0;
        *end = e;
        return current + offset;
      }
      if (naming == named_by_end_.end()) return 0;
      const std::string_view w = s.lower(i);
      int year = 0;
      size_t e = i + 1;
      if (w.size() > 2 && w.starts_with("fy")) {
        year = written_year(w.substr(2));
      } else if (w == "fy" && s.is_number(i + 1) && !s[i + 1].decimal && !s[i + 1].grouped) {
        year = written_year(s.raw(i + 1));
        e = i + 2;
      } else if (fiscal_word(i) && (s.is(i, "fiscal") || s.is(i + 1, "year"))) {
        const size_t k = s.is(i + 1, "year") ? i + 2 : i + 1;
        if (s.is_number(k) && !s[k].decimal && !s[k].grouped && s.raw(k).size() == 4) {
          year = written_year(s.raw(k));
          e = k + 1;
        }
      }
      if (!year) return 0;
      if (e < s.size() && s.glued(e) && (s.is_dash(e) || s.raw(e) == "/" || s.is_number(e) || s.is_word(e))) return 0;
      *end = e;
      return naming->second ? year - 1 : year;
    };
    // A part of the fiscal year named before "of (the)" at `of`: "the first ten months", "the
    // first two months (July-August)", "the first half", "the third quarter". Sets *from, *skip
    // (months before the part) and *months; false if none.
    auto part_before = [&](size_t of, size_t* from, int* skip, int* months) {
      if (of < 2) return false;
      size_t k = of;  // the token after the part
      if (sign(k - 1, ")")) {
        size_t o = k - 1;
        while (o > 0 && o + 8 > k && !sign(o, "(")) --o;
        if (!sign(o, "(")) return false;
        k = o;
      }
      if (k < 2) return false;
      const auto unit = s.lower(k - 1);
      if (unit == "months" && k >= 3 && s.is(k - 3, "first")) {
        int n = 0;
        if (s.is_number(k - 2) && !s[k - 2].decimal) n = static_cast<int>(s[k - 2].value);
        else if (auto c = counts_.find(std::string(s.lower(k - 2))); c != counts_.end()) n = c->second;
        if (n < 2 || n > 11) return false;
        *from = k - 3, *skip = 0, *months = n;
        return true;
      }
      // "Q3 of FY26", "H2 of the current fiscal year": the part written against its number.
      if (const int part = k == of ? written_part_before(s, k) : 0; part != 0) {
        *from = k - 2;
        part_months(part, skip, months);
        return true;
      }
      if (unit != "quarter" && unit != "half") return false;
      const auto o = ordinals_.find(std::string(s.lower(k - 2)));
      const int size = unit == "quarter" ? 3 : 6;
      if (o == ordinals_.end() || o->second * size > 12) return false;
      *from = k - 2, *skip = (o->second - 1) * size, *months = size;
      return true;
    };
    for (size_t i = 0; i < s.size(); ++i) {
      size_t e = 0;
      const int begins = fiscal_year_at(i, &e);
      if (!begins) continue;
      // "of the current fiscal year (FY23)": the year restated in parentheses is one phrase.
      size_t e2 = 0;
      if (sign(e, "(") && fiscal_year_at(e + 1, &e2) == begins && sign(e2, ")")) e = e2 + 1;
      size_t from = i;
      int skip = 0, months = 12;
      // "Q1 FY26", "H2 FY24": the quarter or half written against its number before the year.
      if (const int part = written_part_before(s, i); part != 0) {
        from = i - 2;
        part_months(part, &skip, &months);
      }
      // "FY2025 first quarter", "fiscal 2025 second half": the part written after the year.
      if (from == i && e + 1 < s.size() && (s.is(e + 1, "quarter") || s.is(e + 1, "half"))) {
        const int size = s.is(e + 1, "quarter") ? 3 : 6;
        if (const auto o = ordinals_.find(std::string(s.lower(e))); o != ordinals_.end() && o->second * size <= 12) {
          skip = (o->second - 1) * size, months = size;
          e += 2;
        }
      }
      size_t of = i;
      if (of > 0 && s.is(of - 1, "the")) --of;
      if (of > 0 && s.is(of - 1, "of")) {
        size_t f = 0;
        if (part_before(of - 1, &f, &skip, &months)) from = f;
      }
      // "April-October this fiscal": the fiscal year places the months before it, which are read.
      const uint32_t b = s[from].begin, en = s[e - 1].end;
      bool after_date = false, inside = false, absorbed = false;
      for (auto& d : doc.x.dates) {
        if (d.span.in_title != title) continue;
        if (d.span.end <= b && b - d.span.end <= 16 && from == i) {
          // "April-October this fiscal", "the April-June quarter this fiscal".
          std::string_view gap = s.text().substr(d.span.end, b - d.span.end);
          while (!gap.empty() && gap.front() == ' ') gap.remove_prefix(1);
          while (!gap.empty() && gap.back() == ' ') gap.remove_suffix(1);
          if (gap.empty() || gap == "quarter" || gap == "period") after_date = true;
          // "the July-September quarter of FY26", "October-December of the current fiscal year":
          // the months of that fiscal year, one expression with it.
          const bool of_gap = gap == "of" || gap == "of the" || gap == "quarter of" || gap == "quarter of the" ||
                              gap == "period of" || gap == "period of the";
          const std::string& v = d.value;
          const bool months_value = (v.size() == 7 && v[4] == '-') || (v.size() == 15 && v[4] == '-' && v[7] == '/');
          if (of_gap && months_value) {
            const int m1 = std::atoi(v.substr(5, 2).c_str()), m2 = std::atoi(v.substr(v.size() - 2).c_str());
            const int i1 = (m1 - first + 12) % 12, i2 = (m2 - first + 12) % 12;
            if (m1 >= 1 && m1 <= 12 && m2 >= 1 && m2 <= 12 && i1 <= i2) {
              const int m0 = begins * 12 + first - 1 + i1;
              d.value = i1 == i2 ? fmt::format("{:04d}-{:02d}", m0 / 12, m0 % 12 + 1) : month_span(m0, i2 - i1 + 1);
              d.span.end = en;
              d.text = std::string(s.text().substr(d.span.begin, en - d.span.begin));
              if (doc.explain) doc.trace("dates", d.value, "months of a fiscal year \"" + d.text + "\"", d.span);
              after_date = absorbed = true;
            }
          }
        }
        if (d.span.begin < en && b < d.span.end) inside = true;
      }
      i = e - 1;
      // "October of FY2026": the year read as a calendar year inside it is this one expression.
      if (absorbed)
        std::erase_if(doc.x.dates, [&](const DateMention& d) {
          return d.span.in_title == title && d.span.begin >= b && d.span.end <= en;
        });
      if (after_date) continue;
      DateMention m;
      m.span = {b, en, title};
      m.text = std::string(s.text().substr(b, en - b));
      m.value = month_span(begins * 12 + first - 1 + skip, months);
      // A year read as a calendar year ("fiscal 2024" → "2024") or months in parentheses ("the
      // first two months (July-August) of the fiscal year") are this one expression.
      if (inside) {
        std::erase_if(doc.x.dates, [&](const DateMention& d) {
          return d.span.in_title == title && d.span.begin >= b && d.span.end <= en;
        });
        bool crossed = false;
        for (const auto& d : doc.x.dates)
          if (d.span.in_title == title && d.span.begin < en && b < d.span.end) crossed = true;
        if (crossed) continue;
      }
      if (doc.explain) doc.trace("dates", m.value, "fiscal year of " + doc.reporter + " \"" + m.text + "\"", m.span);
      added.push_back(std::move(m));
    }
    // "Exports totalled 5 trillion yen in the fiscal first half", "expects growth in the fiscal
    // second quarter": a part of a fiscal year with no year named is the publisher's fiscal year
    // under way at publication. Told of as figures, a part that has not begun yet is the last
    // year's; looked ahead to, one that has ended is the next year's.
    for (size_t i = 0; i + 2 < s.size(); ++i) {
      if (!s.is(i, "fiscal") || !(s.is(i + 2, "half") || s.is(i + 2, "quarter"))) continue;
      const auto o = ordinals_.find(std::string(s.lower(i + 1)));
      const int size = s.is(i + 2, "quarter") ? 3 : 6;
      if (o == ordinals_.end() || o->second * size > 12) continue;
      const uint32_t b = s[i].begin, en = s[i + 2].end;
      if (std::any_of(doc.x.dates.begin(), doc.x.dates.end(), [&](const DateMention& d) {
            return d.span.in_title == title && d.span.begin < en && b < d.span.end;
          }) ||
          std::any_of(added.begin(), added.end(), [&](const DateMention& d) {
            return d.span.in_title == title && d.span.begin < en && b < d.span.end;
          }))
        continue;
      // The clause before it, back to a punctuation mark: a word that looks ahead.
      bool ahead = false;
      for (size_t k = i, words = 0; k-- > 0 && words < 16 && s.is_word(k); ++words) {
        const std::string_view w = s.lower(k);
        ahead |= ahead_.count(std::string(w)) > 0 || w == "expect" || w == "to" || w == "would" ||
                 w == "could" || w == "may" || w == "might" || w == "should";
      }
      const int now = pub.y * 12 + pub.m - 1;
      int from = current * 12 + first - 1 + (o->second - 1) * size;
      if (!ahead && from > now) from -= 12;
      if (ahead && from + size - 1 < now) from += 12;
      DateMention m;
      m.span = {b, en, title};
      m.text = std::string(s.text().substr(b, en - b));
      m.value = month_span(from, size);
      if (doc.explain) doc.trace("dates", m.value, "part of the fiscal year of " + doc.reporter + " \"" + m.text + "\"", m.span);
      added.push_back(std::move(m));
    }
  }
  if (added.empty()) return;
  for (auto& m : added) doc.x.dates.push_back(std::move(m));
  std::stable_sort(doc.x.dates.begin(), doc.x.dates.end(), [](const DateMention& a, const DateMention& b) {
    if (a.span.in_title != b.span.in_title) return a.span.in_title;
    return a.span.begin < b.span.begin;
  });
}

void FiscalYears::ended_in_month(Doc& doc) {
  const std::string_view body = doc.lowered_text(false);
  // The test of the words at each date is the gate: a release holds a few dates, and searching
  // its whole body for "fiscal", "financial year" and "fy" first cost more (glibc's memmem reads
  // every byte; "fy" ends "justify" and "diversify").
  for (auto& d : doc.x.dates) {
    if (d.span.in_title) continue;
    const std::string_view text = doc.lowered({d.span.begin, d.span.end, false});
    const std::string_view before = body.substr(0, d.span.begin);
    // "fiscal 2024", "FY2024", "FY 2024": the mention, or the words before it, name a fiscal year;
    // the year written is its last four or two digits.
    const bool fiscal = text.starts_with("fiscal ") || text.starts_with("financial year ") || text.starts_with("fy") ||
                        before.ends_with("fiscal ") || before.ends_with("fiscal year ") ||
                        before.ends_with("financial year ") || before.ends_with(" fy") || before.ends_with(" fy ");
    if (!fiscal) continue;
    const size_t digits = text.find_last_not_of("0123456789");
    const int written = written_year(digits == std::string_view::npos ? text : text.substr(digits + 1));
    if (!written) continue;
    // ", which ended in March", " that ended in March", " ending in March".
    std::string_view after = body.substr(d.span.end, std::min<size_t>(body.size() - d.span.end, 24));
    for (std::string_view lead : {", which ", ", that ", " which ", " that ", " "})
      if (after.starts_with(lead)) {
        after.remove_prefix(lead.size());
        break;
      }
    size_t at = 0;
    for (std::string_view verb : {"ended in ", "ending in ", "ends in "})
      if (after.starts_with(verb)) at = verb.size();
    if (!at) continue;
    const uint32_t month_at = d.span.end + static_cast<uint32_t>(after.data() - body.data() - d.span.end + at);
    for (const auto& m : doc.x.dates) {
      // The month as the date grammar resolved it: the one past for "ended", the one ahead for
      // "ends".
      if (m.span.in_title || m.span.begin != month_at || m.value.size() != 7) continue;
      const int y = std::atoi(m.value.substr(0, 4).c_str()), mo = std::atoi(m.value.substr(5).c_str());
      // The year written is the one the fiscal year begins or ends in.
      if (mo == 12 || (written != y && written != y - 1)) break;
      d.value = month_span(y * 12 + mo - 1 - 11, 12);
      if (doc.explain) doc.trace("dates", d.value, "fiscal year ended in a stated month \"" + d.text + "\"", d.span);
      break;
    }
  }
}

}  // namespace tw::extract

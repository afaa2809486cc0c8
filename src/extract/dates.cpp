// Dates extraction: a small hand-written grammar over WordScan tokens (see dates.h for the
// expressions read and how they resolve).
#include "extract/dates.h"
#include "extract/fiscal_years.h"

#include <algorithm>
#include <cstdlib>

#include "extract/speech_verbs.h"
#include "extract/stages.h"
#include "text/tsv.h"

namespace tw::extract {

struct DateGrammar::Point {
  int y = 0, m = 0, d = 0, wd = 0;
  bool month_first = false;  // "December 4" rather than "4 December"
  size_t begin = 0, end = 0;
};

namespace {

bool is_year(const WordScan& s, size_t i) {
  if (!s.is_number(i) || s[i].decimal || s[i].grouped) return false;
  const Token& t = s[i];
  return t.end - t.begin == 4 && t.value >= 1900 && t.value <= 2100;
}

int year_of(const WordScan& s, size_t i) { return static_cast<int>(s[i].value); }

// A split year at i, perhaps after "of": "2025-26", "of 2025/26", the next year in two digits, as
// a fiscal year is written. The months or the half before it are of that year, which the dates
// stage reads with the reporter's fiscal months; a calendar reading of "2025" alone is wrong.
bool split_year_at(const WordScan& s, size_t i) {
  if (s.is(i, "of")) ++i;
  if (i + 2 >= s.size() || !is_year(s, i) || !s.glued(i + 1) || !s.glued(i + 2) || !s.is_number(i + 2)) return false;
  if (!s.is_dash(i + 1) && s.raw(i + 1) != "/") return false;
  const Token& t = s[i + 2];
  // "2025/2026": after a slash the next year in four digits as well.
  const bool four = s.raw(i + 1) == "/" && is_year(s, i + 2) && year_of(s, i + 2) == year_of(s, i) + 1;
  if (!four && (t.decimal || t.grouped || t.end - t.begin != 2 || static_cast<int>(t.value) != (year_of(s, i) + 1) % 100))
    return false;
  return !(s.glued(i + 3) && (s.is_number(i + 3) || s.is_dash(i + 3) || s.raw(i + 3) == "/"));
}

// A day of the month written in digits ("4", "30th"); sets *end past it.
int day_number(const WordScan& s, size_t i, size_t* end) {
  if (!s.is_number(i) || s[i].decimal || s[i].grouped || s[i].end - s[i].begin > 2) return 0;
  const int d = static_cast<int>(s[i].value);
  if (d < 1 || d > 31) return 0;
  size_t j = i + 1;
  if (s.is_word(j) && s.glued(j)) {
    auto w = s.lower(j);
    if (w == "st" || w == "nd" || w == "rd" || w == "th") ++j;
    else return 0;  // "4G", "5km": not a day
  }
  // "4:50" is a time, "4.5" was read as one number, "4/5" a fraction or a date we do not read.
  if (j < s.size() && s.glued(j) && (s.raw(j) == ":" || s.raw(j) == "/")) return 0;
  *end = j;
  return d;
}

// An ordinal written in digits ("3rd"): its value, and *end past the suffix.
int digit_ordinal(const WordScan& s, size_t i, size_t* end) {
  if (!s.is_number(i) || s[i].decimal || !s.is_word(i + 1) || !s.glued(i + 1)) return 0;
  auto w = s.lower(i + 1);
  if (w != "st" && w != "nd" && w != "rd" && w != "th") return 0;
  *end = i + 2;
  return static_cast<int>(s[i].value);
}

int score_days(int64_t diff) { return diff < 0 ? static_cast<int>(-diff) : static_cast<int>(2 * diff); }

}  // namespace

Ymd resolve_day_year(int month, int day, int wd, const Ymd& pub) {
  const int64_t p = days_from_civil(pub.y, pub.m, pub.d);
  for (int pass = 0; pass < 2; ++pass) {
    bool found = false;
    Ymd best{};
    int best_score = 0;
    for (int y = pub.y - 1; y <= pub.y + 1; ++y) {
      if (!valid_day(y, month, day)) continue;
      Ymd c{y, month, day};
      if (pass == 0 && wd && weekday(c) != wd) continue;
      int sc = score_days(days_from_civil(y, month, day) - p);
      if (!found || sc < best_score) {
        found = true;
        best = c;
        best_score = sc;
      }
    }
    if (found) return best;
    if (!wd) break;
  }
  return {pub.y, month, day};
}

int resolve_month_year(int month, const Ymd& pub) {
  int best = pub.y, best_score = 1 << 30;
  for (int y : {pub.y, pub.y - 1, pub.y + 1}) {
    int diff = (y * 12 + month) - (pub.y * 12 + pub.m);
    int sc = score_days(diff);
    if (sc < best_score) {
      best = y;
      best_score = sc;
    }
  }
  return best;
}

Result<std::shared_ptr<const DateGrammar>> DateGrammar::load(const std::string& data_dir) {
  auto g = std::make_shared<DateGrammar>();
  auto cal = text::read_tsv(data_dir, "calendar.tsv");
  if (!cal) return Error{cal.error()};
  for (const auto& r : *cal) {
    if (r.size() < 2) return Error{data_dir + "/calendar.tsv: short row " + r[0]};
    const int v = r.size() > 2 ? std::atoi(r[2].c_str()) : 0;
    if (r[0] == "month" || r[0] == "weekday") {
      const bool month = r[0] == "month";
      if (v < 1 || v > (month ? 12 : 7)) return Error{data_dir + "/calendar.tsv: bad value for " + r[1]};
      (month ? g->months_ : g->weekdays_)[r[1]] = v;
      size_t& full = month ? g->month_full_[v] : g->weekday_full_[v];
      full = std::max(full, r[1].size());
    }
    else if (r[0] == "ordinal") g->ordinals_[r[1]] = v;
    else if (r[0] == "count") g->counts_[r[1]] = v;
    else if (r[0] == "month_cue") g->month_cues_.insert(r[1]);
    else if (r[0] == "range_to") g->range_words_.insert(r[1]);
    else if (r[0] == "not_a_year_before") g->non_year_next_.insert(r[1]);
    else if (r[0] == "name_before_year") g->name_before_year_.insert(r[1]);
    else if (r[0] == "past_verb") g->past_verbs_.insert(r[1]);
    else if (r[0] == "ahead_participle") g->ahead_participles_.insert(r[1]);
    else if (r[0] == "ahead") g->ahead_words_.insert(r[1]);
    else if (r[0] == "ahead_noun") g->ahead_nouns_.insert(r[1]);
    else if (r[0] == "ahead_governor") g->ahead_governors_.insert(r[1]);
    else if (r[0] == "ahead_weekday") g->ahead_weekday_words_.insert(r[1]);
    else if (r[0] == "lasting") g->lasting_.insert(r[1]);
    else if (r[0] == "fiscal") g->fiscal_.insert(r[1]);
    else if (r[0] == "month_noun") g->month_nouns_.insert(r[1]);
    else if (r[0] == "gathering_verb") g->gathering_verbs_.insert(r[1]);
    else if (r[0] == "day_lead") g->day_leads_.insert(r[1]);
    else if (r[0] == "day_follow") g->day_follows_.insert(r[1]);
    else if (r[0] == "day_verb") g->day_verbs_.insert(r[1]);
    else return Error{data_dir + "/calendar.tsv: unknown kind " + r[0]};
  }
  auto rel = text::read_tsv(data_dir, "relative_dates.tsv");
  if (!rel) return Error{rel.error()};
  for (const auto& r : *rel) {
    if (r.size() < 4 || r[1].empty()) return Error{data_dir + "/relative_dates.tsv: expected 4 columns: " + r[0]};
    WordScan ws(r[0]);
    if (ws.size() == 0) continue;
    g->relatives_[std::string(ws.lower(0))].push_back({r[0], r[1][0], std::atoi(r[2].c_str()), r[3] == "previous"});
  }
  for (auto& [w, v] : g->relatives_) {
    std::stable_sort(v.begin(), v.end(),
                     [](const Relative& a, const Relative& b) { return a.phrase.size() > b.phrase.size(); });
    g->starters_[w] |= kRelativeWord;
  }
  for (const auto* m : {&g->months_, &g->weekdays_})
    for (const auto& [w, v] : *m) g->starters_[w] |= 0;
  for (const auto& [w, v] : g->ordinals_) g->starters_[w] |= kPartWord;
  g->starters_["q"] |= kPartWord;
  g->starters_["h"] |= kPartWord;
  for (const auto& [w, kind] : g->starters_) g->starter_filter_.add(w);
  return std::shared_ptr<const DateGrammar>(std::move(g));
}

int DateGrammar::month_of(std::string_view w) const {
  auto it = months_.find(w);
  return it == months_.end() ? 0 : it->second;
}

int DateGrammar::weekday_of(std::string_view w) const {
  auto it = weekdays_.find(w);
  return it == weekdays_.end() ? 0 : it->second;
}

// Month names are capitalized in English; "may" and "march" in lower case are other words.
bool DateGrammar::is_month(const WordScan& s, size_t i) const {
  return s.is_word(i) && s[i].upper && month_of(s.lower(i)) > 0;
}

size_t DateGrammar::skip_month(const WordScan& s, size_t i) const {
  size_t j = i + 1;
  const std::string_view w = s.lower(i);
  if (w.size() < month_full_[month_of(w)] && j < s.size() && s.raw(j) == "." && s.glued(j)) ++j;  // "Jan."
  return j;
}

size_t DateGrammar::skip_weekday(const WordScan& s, size_t i, int* wd) const {
  *wd = 0;
  if (!s.is_word(i) || !s[i].upper) return i;
  int w = weekday_of(s.lower(i));
  if (!w) return i;
  size_t j = i + 1;
  if (s.lower(i).size() < weekday_full_[w] && j < s.size() && s.raw(j) == "." && s.glued(j)) ++j;  // "Thu."
  if (j < s.size() && s.raw(j) == ",") ++j;
  *wd = w;
  return j;
}

namespace {
// "(Thu.)" after a day, as Japanese and Korean releases write it.
size_t skip_paren_weekday(const WordScan& s, const DateGrammar& g, size_t j, int* wd) {
  if (j + 2 < s.size() && s.raw(j) == "(" && s.is_word(j + 1)) {
    int w = g.weekday_of(s.lower(j + 1));
    if (!w) return j;
    size_t k = j + 2;
    if (k < s.size() && s.raw(k) == ".") ++k;
    if (k < s.size() && s.raw(k) == ")") {
      if (wd) *wd = w;
      return k + 1;
    }
  }
  return j;
}
}  // namespace

std::optional<DateGrammar::Point> DateGrammar::day_point(const WordScan& s, size_t i) const {
  Point p;
  p.begin = i;
  size_t j = skip_weekday(s, i, &p.wd);
  size_t k = 0;
  if (is_month(s, j)) {
    size_t after = skip_month(s, j);
    int d = day_number(s, after, &k);
    if (!d) return std::nullopt;
    p.m = month_of(s.lower(j));
    p.d = d;
    p.month_first = true;
  } else {
    int d = day_number(s, j, &k);
    if (!d) return std::nullopt;
    if (s.is(k, "of")) ++k;
    if (!is_month(s, k)) return std::nullopt;
    p.m = month_of(s.lower(k));
    p.d = d;
    k = skip_month(s, k);
  }
  k = skip_paren_weekday(s, *this, k, p.wd ? nullptr : &p.wd);
  if (k < s.size() && s.raw(k) == "," && is_year(s, k + 1)) {
    p.y = year_of(s, k + 1);
    k += 2;
  } else if (is_year(s, k)) {
    p.y = year_of(s, k);
    k += 1;
  }
  p.end = k;
  return p;
}

// The connector of a range at token i ("to", "–", "through", "and" after "between"); returns
// the index past it, or 0.
size_t DateGrammar::range_join(const WordScan& s, size_t i, size_t start) const {
  size_t j = i;
  if (j < s.size() && s.raw(j) == "," && j + 1 < s.size() && s.is_word(j + 1)) ++j;  // "December 1, to"
  if (j >= s.size()) return 0;
  if (s.is_dash(j)) return j + 1;
  if (s.is_word(j)) {
    auto w = s.lower(j);
    if (range_words_.count(w)) return j + 1;
    if (w == "and" && start > 0 && s.is(start - 1, "between")) return j + 1;
  }
  return 0;
}

// The year of a day named without one, which opens the expression at token i: the nearest such
// day (a weekday named with it decides), but on or after publication when the clause before it
// looks ahead ("a final determination will be made by October 3" in June is this October, not
// last year's, which lies a few days nearer).
int DateGrammar::day_year(const WordScan& s, size_t i, const Point& a, const Ymd& pub) const {
  const int y = resolve_day_year(a.m, a.d, a.wd, pub).y;
  if (a.wd || i == 0) return y;
  // "retroactive to Nov. 1": a start set back lies at or before publication.
  if (i >= 2 && s.is(i - 1, "to") && (s.is(i - 2, "retroactive") || s.is(i - 2, "retroactively")))
    return a.m > pub.m || (a.m == pub.m && a.d > pub.d) ? pub.y - 1 : pub.y;
  // "comments are invited by 31 March", "the exemption applies until 30 June": a limit set in a
  // clause with no verb in the past lies ahead too.
  const bool limit = (s.is(i - 1, "by") || s.is(i - 1, "until")) && !told_in_past(s, i - 1);
  if (!limit && !looks_ahead_before(s, i - 1)) {
    // "concluded the talks on 3 January" in December: a day told in the past tense has passed.
    if (y > pub.y && told_in_past(s, i - 1)) return pub.y;
    return y;
  }
  const bool before_pub = a.m < pub.m || (a.m == pub.m && a.d < pub.d);
  return before_pub ? pub.y + 1 : pub.y;
}

std::optional<DateParse> DateGrammar::day_or_range(const WordScan& s, size_t i, const Ymd& pub) const {
  std::optional<Point> p1 = day_point(s, i);
  std::optional<Point> p2;
  if (p1) {
    size_t k = range_join(s, p1->end, i);
    // "scheduled for Aug 2 and 3 in Beijing": two consecutive days joined by "and" are one span.
    // So after "on" with a verb or "to" next ("the talks on May 10 and 11 were candid", "met on
    // June 3 and 4 to discuss"); a noun next makes the second number a count ("said on May 2 and 3
    // companies signed").
    const auto verb_next = [&](size_t e) {
      for (std::string_view w : {"were", "was", "are", "is", "will", "would", "had", "have", "has", "to", "with"})
        if (s.is(e, w)) return true;
      return false;
    };
    if (!k && p1->month_first && !p1->y && s.is(p1->end, "and")) {
      size_t e = 0;
      if (int d2 = day_number(s, p1->end + 1, &e);
          d2 == p1->d + 1 && (e >= s.size() || s[e].kind == Token::Punct || s.is(e, "in") || s.is(e, "at") ||
                              (i > 0 && s.is(i - 1, "on") && verb_next(e))))
        k = p1->end + 1;
    }
    if (k) {
      p2 = day_point(s, k);
      if (!p2 && p1->month_first) {
        // "December 2 to 3", "January 20 (Sun.) to 22 (Tue.), 2019"
        size_t e = 0;
        if (int d2 = day_number(s, k, &e)) {
          Point q;
          q.begin = k;
          q.m = p1->m;
          q.d = d2;
          e = skip_paren_weekday(s, *this, e, &q.wd);
          if (e < s.size() && s.raw(e) == "," && is_year(s, e + 1)) {
            q.y = year_of(s, e + 1);
            e += 2;
          } else if (is_year(s, e)) {
            q.y = year_of(s, e);
            e += 1;
          }
          q.end = e;
          if (!p1->y || !q.y) p2 = q;
        }
      }
      if (p2 && p2->month_first != p1->month_first && !p2->y && p1->y) p2.reset();
    }
  } else {
    // "4 to 15 May 2020", "between 17 and 28 July"
    size_t e = 0;
    int d1 = day_number(s, i, &e);
    if (!d1) return std::nullopt;
    size_t k = range_join(s, e, i);
    // "on 3rd and 4th November", "on 3 and 10 March": two days of one month joined by "and", the
    // first written as an ordinal or after "on" (no count of things). Two consecutive days are one
    // span, as "Aug 2 and 3" is; others are two dates, the first read here on its own.
    bool coordinated = false;
    if (!k && s.is(e, "and") && (e > i + 1 || (i > 0 && s.is(i - 1, "on")))) {
      p2 = day_point(s, e + 1);
      if (!p2 || p2->month_first || p2->wd || p2->d <= d1) return std::nullopt;
      coordinated = true;
      k = e + 1;
    }
    if (!k) return std::nullopt;
    if (!coordinated) p2 = day_point(s, k);
    if (!p2 || p2->month_first) return std::nullopt;
    Point q;
    q.begin = i;
    q.end = e;
    q.m = p2->m;
    q.d = d1;
    if (coordinated && p2->d != d1 + 1) {
      q.y = p2->y ? p2->y : day_year(s, i, q, pub);
      if (!valid_day(q.y, q.m, q.d)) return std::nullopt;
      DateParse out;
      out.begin = i;
      out.end = e;
      const Ymd da{q.y, q.m, q.d};
      out.value = iso_day(da);
      out.last_day = da;
      return out;
    }
    p1 = q;
  }
  Point a = *p1;
  if (p2) {
    Point& b = *p2;
    if (!a.y && b.y) {
      a.y = b.y;
      if (a.m > b.m || (a.m == b.m && a.d > b.d)) --a.y;
    }
    if (!a.y) a.y = day_year(s, i, a, pub);
    if (!b.y) {
      b.y = a.y;
      if (b.m < a.m || (b.m == a.m && b.d < a.d)) ++b.y;
    }
    if (!valid_day(a.y, a.m, a.d) || !valid_day(b.y, b.m, b.d)) return std::nullopt;
    if (days_from_civil(b.y, b.m, b.d) < days_from_civil(a.y, a.m, a.d)) return std::nullopt;
    DateParse out;
    out.begin = i;
    out.end = b.end;
    Ymd da{a.y, a.m, a.d}, db{b.y, b.m, b.d};
    out.value = iso_day(da);
    if (days_from_civil(db.y, db.m, db.d) != days_from_civil(da.y, da.m, da.d)) out.value += "/" + iso_day(db);
    out.last_day = db;
    return out;
  }
  // "on February 1 last year", "on 3 March this year": the year said after the day is its own.
  if (int y = 0; !a.y)
    if (const size_t e = year_modifier(s, a.end, pub, &y)) {
      a.end = e;
      a.y = y;
    }
  if (!a.y) {
    a.y = day_year(s, i, a, pub);
    // "tariff cuts apply from 20 January", "starting 1 March": the day a state of things begins,
    // in a clause with no verb in the past, lies ahead. Not a range's first day ("from 1 January
    // to 30 June" is read above).
    if (!a.wd && i > 0 && s.is_word(i - 1) && (s.is(i - 1, "from") || s.is(i - 1, "starting")) &&
        !past_clause_before(s, i - 1) && valid_day(a.y, a.m, a.d) &&
        days_from_civil(pub.y, pub.m, pub.d) - days_from_civil(a.y, a.m, a.d) > 31)
      a.y = pub.y + 1;  // a day just passed may have begun what the release reports as in force
  }
  if (!valid_day(a.y, a.m, a.d)) return std::nullopt;
  DateParse out;
  out.begin = i;
  out.end = a.end;
  Ymd da{a.y, a.m, a.d};
  out.value = iso_day(da);
  out.last_day = da;
  return out;
}

// "of this year", "next year", "of 2024" after a month or a part of a year: sets *year and
// returns the index past it, or 0.
size_t DateGrammar::year_modifier(const WordScan& s, size_t i, const Ymd& pub, int* year) const {
  size_t k = i;
  const bool of = s.is(k, "of");
  if (of) ++k;
  if (of && is_year(s, k)) {
    *year = year_of(s, k);
    return k + 1;
  }
  if (s.is(k + 1, "year")) {
    if (s.is(k, "this")) *year = pub.y;
    else if (s.is(k, "next")) *year = pub.y + 1;
    else if (s.is(k, "last")) *year = pub.y - 1;
    else if (of && s.is(k, "the")) *year = pub.y;
    else return 0;
    return k + 2;
  }
  return 0;
}

// Whether the month cue at `cue` ("in", "during", or "in early") follows a verb in the past
// tense: "launched in", "began in", "was signed in early"; not "expected in", "will be held in".
bool DateGrammar::past_tense_before(const WordScan& s, size_t cue) const {
  if (!s.is_word(cue)) return false;
  if ((s.is(cue, "early") || s.is(cue, "late") || s.is(cue, "mid")) && cue > 0) --cue;
  if (!(s.is(cue, "in") || s.is(cue, "during")) || cue == 0 || !s.is_word(cue - 1)) return false;
  const std::string_view verb = s.lower(cue - 1);
  const bool past = past_verbs_.count(verb) ||
                    (verb.size() > 4 && verb.ends_with("ed") && !ahead_participles_.count(verb));
  if (!past) return false;
  // "to be launched in", "will be formally signed in": a passive infinitive looks ahead.
  for (size_t k = cue - 1; k-- > 0 && k + 3 >= cue;) {
    if (!s.is_word(k)) break;
    if (s.is(k, "be")) return false;
    if (!s.lower(k).ends_with("ly")) break;
  }
  return true;
}

// Whether the clause before the month cue at `cue` looks ahead: a word of calendar.tsv's
// `ahead` list ("will", "aims", "plans") or "to be" among the few words before it, with no
// punctuation between ("talks, which will resume, ended in May" is the past).
// A comma or dot between capitalized words belongs to a place's name ("in Washington, D.C. in
// July", "in Seoul, Korea in May") and ends no clause; sixteen words are read.
bool DateGrammar::looks_ahead_before(const WordScan& s, size_t cue) const {
  if (!s.is_word(cue)) return false;
  size_t words = 0;
  for (size_t k = cue; k-- > 0 && words < 16;) {
    if (!s.is_word(k) && !s.is_number(k)) {
      const bool in_name = (s.raw(k) == "," || s.raw(k) == ".") && k > 0 && k + 1 < cue && s.is_word(k - 1) &&
                           s[k - 1].upper && s.is_word(k + 1) && s[k + 1].upper;
      const bool abbrev_end = s.raw(k) == "." && k > 0 && k + 1 == cue && s.is_word(k - 1) && s[k - 1].upper &&
                              s.raw(k - 1).size() == 1;
      if (!in_name && !abbrev_end) return false;
      continue;
    }
    ++words;
    const std::string_view w = s.lower(k);
    // "was scheduled", "originally planned": a participle told of the past.
    const auto told_as_past = [&] {
      return k > 0 && (s.is(k - 1, "was") || s.is(k - 1, "were") || s.is(k - 1, "had") || s.is(k - 1, "been") ||
                       s.is(k - 1, "originally") || s.is(k - 1, "initially") || s.is(k - 1, "previously"));
    };
    if (ahead_words_.count(w)) return !(ahead_participles_.count(w) && told_as_past());
    // A noun that looks ahead ("the deadline for written submissions is 31 March"), unless the
    // words after it tell of the past ("the deadline passed on", "the deadline was").
    if (ahead_nouns_.count(w)) {
      for (size_t j = k + 1; j <= cue; ++j) {
        const std::string_view v = s.lower(j);
        if (v == "was" || v == "were" || v == "had" || (v.size() > 4 && v.ends_with("ed") && !ahead_participles_.count(v)))
          return false;
      }
      return true;
    }
    if (s.is(k, "be") && k > 0 && s.is(k - 1, "to")) return true;
    // "agreed to hold the next meeting in October": the infinitive of a plan, whose month lies ahead.
    if (ahead_governors_.count(w) && s.is(k + 1, "to")) return true;
    // "is expected to apply from", "are scheduled to meet on": a participle that looks ahead,
    // before an infinitive; "was expected to" told of the past.
    // "a final determination is expected in February", "talks scheduled in early May": the
    // participle right before the cue, too; not "was expected in", nor "originally planned in".
    if (ahead_participles_.count(w) && (s.is(k + 1, "to") || k + 1 == cue || (k + 2 == cue && s.is(k + 1, "in"))))
      return !told_as_past();
    // "the cuts take effect on", "the rules enter into force on", "talks are due to conclude in":
    // a start in the present, or one that is due; not "took effect", "was due to".
    if (w == "effect" && k > 0 && (s.is(k - 1, "take") || s.is(k - 1, "takes"))) return true;
    if (w == "force" && k >= 2 && s.is(k - 1, "into") &&
        (s.is(k - 2, "enter") || s.is(k - 2, "enters") || s.is(k - 2, "come") || s.is(k - 2, "comes")))
      return true;
    // "comments are due by the end of March", "the report is due in May" as well.
    if (w == "due" && k > 0 && (s.is(k + 1, "to") || s.is(k + 1, "by") || s.is(k + 1, "in") || s.is(k + 1, "on")) &&
        (s.is(k - 1, "is") || s.is(k - 1, "are")))
      return true;
  }
  return false;
}

// Whether the clause before the cue at `cue` has a verb in the past tense (calendar.tsv's
// `past_verb`, or a word in -ed that is no `ahead_participle`), or "was", "were", "had", "since".
// Sixteen words are read, to a punctuation mark.
bool DateGrammar::past_clause_before(const WordScan& s, size_t cue) const {
  size_t words = 0;
  for (size_t k = cue; k-- > 0 && words < 16;) {
    if (!s.is_word(k)) {
      if (s.is_number(k)) continue;
      return false;
    }
    ++words;
    const std::string_view w = s.lower(k);
    if (past_verbs_.count(w) || w == "was" || w == "were" || w == "had" || w == "since" ||
        (w.size() > 4 && w.ends_with("ed") && !ahead_participles_.count(w)))
      return true;
  }
  return false;
}

// Whether the clause before the cue at `cue` tells of the past: reading back to a punctuation mark
// (sixteen words at most), a verb in the past tense ("concluded negotiations on their free trade
// agreement in January", "met in Seoul on 3 January") comes before any word that looks ahead ("agreed
// to meet in January", "announced that talks would resume in January") or a present passive
// ("comments are invited by 31 March").
bool DateGrammar::told_in_past(const WordScan& s, size_t cue) const {
  size_t words = 0;
  for (size_t k = cue + 1; k-- > 0 && words < 16;) {
    if (!s.is_word(k)) {
      // A figure's signs ("5%", "$2 billion", "€3 billion") are of the clause, no break in it.
      const std::string_view r = s.raw(k);
      if (s.is_number(k) || r == "%" || r == "$" || r == "\xE2\x82\xAC" || r == "\xC2\xA3") continue;
      return false;
    }
    ++words;
    const std::string_view w = s.lower(k);
    if (ahead_words_.count(w) || ahead_nouns_.count(w) || ahead_participles_.count(w) || w == "to" || w == "would" ||
        w == "could" || w == "may" || w == "might" || w == "should" || w == "until")
      return false;
    // "comments are invited by": a participle after "is", "are" or "be" is the present passive.
    const bool passive_now = k > 0 && (s.is(k - 1, "is") || s.is(k - 1, "are") || s.is(k - 1, "be"));
    if (w == "was" || w == "were" || w == "had" ||
        ((past_verbs_.count(w) || (w.size() > 4 && w.ends_with("ed"))) && !passive_now))
      return true;
  }
  return false;
}

int DateGrammar::year_of_passed_month(const WordScan& s, size_t* at, const Ymd& pub, int month) const {
  int y = 0;
  if (is_year(s, *at)) {
    y = year_of(s, *at);
    ++*at;
  } else if (const size_t e = year_modifier(s, *at, pub, &y)) {
    *at = e;
  } else {
    y = month <= pub.m ? pub.y : pub.y - 1;
  }
  return y;
}

std::optional<DateParse> DateGrammar::month_expr(const WordScan& s, size_t i, const Ymd& pub) const {
  if (!is_month(s, i)) return std::nullopt;
  const int m1 = month_of(s.lower(i));
  size_t j = skip_month(s, i);
  DateParse out;
  out.begin = i;
  // "year-to-date through September", "year to date to June 2024": the months from January, a
  // cumulative figure's period. The months have passed.
  if (i >= 4 && (s.is(i - 1, "through") || s.is(i - 1, "to") || s.is(i - 1, "until"))) {
    size_t k = i - 1;
    if (s.raw(k - 1) == ",") --k;
    auto back = [&](std::string_view w) {
      while (k > 0 && s.is_dash(k - 1)) --k;
      if (k == 0 || !s.is(k - 1, w)) return false;
      --k;
      return true;
    };
    if (back("date") && back("to") && back("year")) {
      size_t e = j;
      const int y = year_of_passed_month(s, &e, pub, m1);
      out.begin = k;
      out.end = e;
      out.value = m1 == 1 ? iso_month(y, 1) : iso_month(y, 1) + "/" + iso_month(y, m1);
      return out;
    }
  }
  // "the three months to September 2025", "the three months ending in June", "the 12 months to
  // October", "the year through March": a rolling stretch of whole months ending with the month
  // named, as statistics offices report averages and annual totals. The months have passed.
  if (i >= 2) {
    size_t k = i - 1;
    if (s.is(k, "in") && k > 0 && (s.is(k - 1, "ending") || s.is(k - 1, "ended"))) --k;
    if (s.is(k, "to") || s.is(k, "through") || s.is(k, "ending") || s.is(k, "ended")) {
      int n = 0;
      size_t from = k;
      if (k >= 1 && s.is(k - 1, "year")) {
        n = 12;
        from = k - 1;
      } else if (k >= 2 && s.is(k - 1, "months")) {
        if (s.is_number(k - 2) && !s[k - 2].decimal && !s[k - 2].grouped) {
          n = static_cast<int>(s[k - 2].value);
        } else if (s.is_word(k - 2)) {
          if (auto c = counts_.find(s.lower(k - 2)); c != counts_.end()) n = c->second;
        }
        from = k - 2;
      }
      if (n >= 2 && n <= 24) {
        size_t e = j;
        const int y = year_of_passed_month(s, &e, pub, m1);
        const int first = y * 12 + (m1 - 1) - (n - 1);
        out.begin = from;
        out.end = e;
        out.value = iso_month(first / 12, first % 12 + 1) + "/" + iso_month(y, m1);
        return out;
      }
    }
  }
  // "the September quarter of 2025", "the June quarter": as Australia and New Zealand name a
  // quarter, by the month that ends it. Without a year, the quarter reported has passed.
  if (m1 % 3 == 0 && s.is(j, "quarter")) {
    size_t e = j + 1;
    int y = 0;
    if (s.is(e, "of") && is_year(s, e + 1)) {
      y = year_of(s, e + 1);
      e += 2;
    } else if (is_year(s, e)) {
      y = year_of(s, e);
      ++e;
    } else {
      y = m1 <= pub.m ? pub.y : pub.y - 1;
    }
    out.end = e;
    out.value = iso_year(y) + "-Q" + std::to_string(m1 / 3);
    return out;
  }
  if (split_year_at(s, j)) return std::nullopt;  // "September 2025-26": a fiscal year's month
  if (is_year(s, j)) {
    // "the September 2025 quarter": the quarter that month ends, its year between.
    if (m1 % 3 == 0 && s.is(j + 1, "quarter")) {
      out.end = j + 2;
      out.value = iso_year(year_of(s, j)) + "-Q" + std::to_string(m1 / 3);
      return out;
    }
    out.end = j + 1;
    out.value = iso_month(year_of(s, j), m1);
    return out;
  }
  size_t prev = i;
  if (prev > 0 && s.is_dash(prev - 1) && s.glued(prev)) --prev;  // "mid-March"
  const bool cued = prev > 0 && s.is_word(prev - 1) && month_cues_.count(s.lower(prev - 1));
  // A month range: "January–November 2025", "from January to November this year".
  if (size_t k = range_join(s, j, i); k && is_month(s, k)) {
    const int m2 = month_of(s.lower(k));
    size_t e = skip_month(s, k);
    // "April-September 2025-26", "July-December of 2025-26": months of a fiscal year.
    if (split_year_at(s, e)) return std::nullopt;
    int y = 0;
    if (is_year(s, e)) {
      y = year_of(s, e);
      ++e;
    } else if (size_t e2 = year_modifier(s, e, pub, &y)) {
      e = e2;
    } else if (cued || (prev > 0 && s.is(prev - 1, "the"))) {
      // "the January-August period": two months joined after "the" are a stretch of the year.
      y = resolve_month_year(m2, pub);
      // "Exports fell in the April-June quarter" in February: told in the past, the stretch has
      // passed, as a month told so has.
      if (y * 12 + m2 > pub.y * 12 + pub.m && prev > 0 && told_in_past(s, prev - 1)) y = m2 <= pub.m ? pub.y : pub.y - 1;
    } else if (prev == i && s.is_word(e) && month_nouns_.count(s.lower(e))) {
      // "January-October exports totalled …": months naming the figures of a statistics release,
      // as one month does ("August exports"), a stretch that has passed.
      y = m2 <= pub.m ? pub.y : pub.y - 1;
    } else {
      return std::nullopt;
    }
    const int y1 = m1 <= m2 ? y : y - 1;
    out.end = e;
    out.value = iso_month(y1, m1) + "/" + iso_month(y, m2);
    return out;
  }
  int y = 0;
  if (size_t e = year_modifier(s, j, pub, &y)) {
    if (!cued && !s.is(j, "of")) return std::nullopt;
    out.end = e;
    out.value = iso_month(y, m1);
    return out;
  }
  // "August exports were $280.8 billion", "The August decrease in the deficit": a month naming the
  // figures of a statistics release, which are of a month that has passed.
  if (!cued && prev == i && s.is_word(j) && month_nouns_.count(s.lower(j))) {
    out.end = j;
    out.value = iso_month(m1 <= pub.m ? pub.y : pub.y - 1, m1);
    return out;
  }
  // "Sept saw a 3% decline", "October recorded a surplus": a month that is the subject of a verb
  // reporting figures has passed.
  if (!cued && prev == i && j == i + 1 && s.is_word(j) &&
      (s.is(j, "saw") || s.is(j, "recorded") || s.is(j, "posted") || s.is(j, "registered"))) {
    out.end = j;
    out.value = iso_month(m1 <= pub.m ? pub.y : pub.y - 1, m1);
    return out;
  }
  if (!cued) return std::nullopt;
  out.end = j;
  y = resolve_month_year(m1, pub);
  // "the investigation, launched in February" in November: a verb in the past tense puts the
  // month at or before publication, not in the nearest one ahead.
  // "aims to reach a decision by September", "will be held in May": a clause that looks ahead
  // puts it at or after publication.
  // "the first drop since February": a month things are counted from has passed.
  if (prev == i && (past_tense_before(s, i - 1) || s.is(i - 1, "since"))) y = m1 <= pub.m ? pub.y : pub.y - 1;
  else if (prev == i && looks_ahead_before(s, i - 1)) y = m1 >= pub.m ? pub.y : pub.y + 1;
  else if (prev == i && y * 12 + m1 > pub.y * 12 + pub.m && told_in_past(s, i - 1)) y = pub.y;
  // "initiated the case last May" in March: the May before publication; "next May" the one
  // after. The modifier is part of the expression.
  if (prev == i && i > 0 && (s.is(i - 1, "last") || s.is(i - 1, "next"))) {
    const bool last = s.is(i - 1, "last");
    y = last ? (m1 < pub.m ? pub.y : pub.y - 1) : (m1 > pub.m ? pub.y : pub.y + 1);
    out.begin = i - 1;
  }
  out.value = iso_month(y, m1);
  return out;
}

// Whether the words at j name a fiscal year: "of the fiscal year", "of the current financial
// year", "of fiscal 2024", "of FY2024", "of this fiscal".
bool DateGrammar::fiscal_year_after(const WordScan& s, size_t j) const {
  if (!s.is(j, "of")) return false;
  ++j;
  if (s.is(j, "the")) ++j;
  for (std::string_view which : {"this", "current", "last", "previous", "next", "coming", "its", "their"})
    if (s.is(j, which)) {
      ++j;
      break;
    }
  if (!s.is_word(j)) return false;
  const auto w = s.lower(j);
  // "FY2024" is one word: its letters name the fiscal year as well.
  return fiscal_.count(w) || (w.size() > 2 && fiscal_.count(w.substr(0, 2)) && w[2] >= '0' && w[2] <= '9');
}

// Quarters and halves: "the third quarter of 2025", "the first three quarters", "the latter
// half of 2024", "the first semester", "Q3 2025", "H1", "3Q 2024".
std::optional<DateParse> DateGrammar::part_of_year(const WordScan& s, size_t i, const Ymd& pub) const {
  DateParse out;
  out.begin = i;
  int ord = 0, count = 1;
  size_t j = i;
  bool quarter = false;
  // "Q3 2025", "H1", and as business copy writes them "3Q 2024", "1H": the letter and the number
  // written together (tokens letter_at and letter_at ± 1), then perhaps a year.
  auto written_part = [&](size_t letter_at, size_t number_at) -> std::optional<DateParse> {
    quarter = s.raw(letter_at) == "Q";
    ord = static_cast<int>(s[number_at].value);
    if (ord < 1 || ord > (quarter ? 4 : 2) || s[number_at].end - s[number_at].begin != 1) return std::nullopt;
    // "1H25", "3Q2025": business copy glues the year, in two digits or four, after the letter.
    int glued_year = 0;
    if (letter_at == i + 1 && i + 2 < s.size() && s.glued(i + 2) && s.is_number(i + 2) && !s[i + 2].decimal &&
        !s[i + 2].grouped && !(i + 3 < s.size() && s.glued(i + 3) && (s.is_word(i + 3) || s.is_number(i + 3)))) {
      if (is_year(s, i + 2)) glued_year = year_of(s, i + 2);
      else if (s[i + 2].end - s[i + 2].begin == 2) glued_year = 2000 + static_cast<int>(s[i + 2].value);
    }
    if (glued_year) {
      out.end = i + 3;
      out.value = iso_year(glued_year) + (quarter ? "-Q" : "-H") + std::to_string(ord);
      return out;
    }
    // "H2O", "2H2O": more glued on is no date.
    if (i + 2 < s.size() && s.glued(i + 2) && (s.is_word(i + 2) || s.is_number(i + 2))) return std::nullopt;
    j = i + 2;
    // "Q1 FY26", "H1 FY2025-26", "Q2 fiscal 2025": a part of a fiscal year, whose months the dates
    // stage reads with the reporter's fiscal year; no calendar quarter.
    // "Q3 of FY26", "H1 of the current fiscal year": written with "of" as well.
    if (s.is_word(j) && (s.lower(j).starts_with("fy") || fiscal_.count(s.lower(j)))) return std::nullopt;
    if (fiscal_year_after(s, j)) return std::nullopt;
    // "Q1 2026-27", "H2 2025/26": written before a split year, the part is of that fiscal year too.
    if (split_year_at(s, j)) return std::nullopt;
    int y = pub.y;
    if (is_year(s, j)) {
      y = year_of(s, j);
      ++j;
    }
    out.end = j;
    out.value = iso_year(y) + (quarter ? "-Q" : "-H") + std::to_string(ord);
    return out;
  };
  auto q_or_h = [&](size_t k) {
    if (!s.is_word(k)) return false;
    const std::string_view r = s.raw(k);  // read once, its one byte compared in place
    return r.size() == 1 && (r[0] == 'Q' || r[0] == 'H');
  };
  if (q_or_h(i) && s[i].upper && s.is_number(i + 1) && s.glued(i + 1) && !s[i + 1].decimal) return written_part(i, i + 1);
  if (s.is_number(i) && !s[i].decimal && q_or_h(i + 1) && s.glued(i + 1)) return written_part(i + 1, i);
  if (s.is_word(j)) {
    auto it = ordinals_.find(s.lower(j));
    if (it == ordinals_.end()) return std::nullopt;
    ord = it->second;
    ++j;
  } else {
    size_t e = 0;
    ord = digit_ordinal(s, j, &e);
    if (!ord) return std::nullopt;
    j = e;
  }
  // "the first eight months (of 2024)": January to the eighth month. Without a year, the months
  // of the publication's year if they can have passed by then, else of the year before ("the
  // first eleven months" in a January release).
  if (ord == 1) {
    int n = 0;
    size_t k = j;
    if (s.is_number(k) && !s[k].decimal && !s[k].grouped) {
      n = static_cast<int>(s[k].value);
      ++k;
    } else if (s.is_word(k)) {
      if (auto c = counts_.find(s.lower(k)); c != counts_.end()) {
        n = c->second;
        ++k;
      }
    }
    // "the first 20 days of May", as customs offices report early figures: the month's first
    // days. The month has passed or is under way, as with the first months of a year.
    if (n >= 1 && n <= 30 && s.is(k, "days") && s.is(k + 1, "of")) {
      size_t e = k + 2;
      int m = 0, y = 0;
      if (is_month(s, e)) {
        m = month_of(s.lower(e));
        e = skip_month(s, e);
        y = year_of_passed_month(s, &e, pub, m);
      } else if ((s.is(e, "this") || s.is(e, "the")) && s.is(e + 1, "month")) {
        m = pub.m;
        y = pub.y;
        e += 2;
      }
      if (!m || n >= days_in_month(y, m)) return std::nullopt;
      out.end = e;
      out.value = iso_day({y, m, 1}) + "/" + iso_day({y, m, n});
      return out;
    }
    if (n >= 2 && n <= 11 && s.is(k, "months")) {
      ++k;
      int y = 0;
      // "of 2008-09", "of the fiscal year", "of the programme": months of another year than
      // the calendar's, or of something else.
      const auto fiscal = [&](size_t at) { return s.is_dash(at) && s.glued(at) && s.is_number(at + 1) && s.glued(at + 1); };
      // "the first two months (July-August) of the current fiscal year": what follows the
      // parenthesis says whose months they are, as when nothing stands between.
      size_t after = k;
      if (k < s.size() && s.raw(k) == "(") {
        size_t c = k + 1;
        while (c < s.size() && c < k + 8 && s.raw(c) != ")") ++c;
        if (c < s.size() && s.raw(c) == ")") after = c + 1;
      }
      if (size_t e = year_modifier(s, k, pub, &y)) {
        if (fiscal(e)) return std::nullopt;
        k = e;
      } else if (s.is(k, "of") || (after != k && s.is(after, "of") && !year_modifier(s, after, pub, &y))) {
        return std::nullopt;
      } else {
        y = n <= pub.m ? pub.y : pub.y - 1;
      }
      out.end = k;
      out.value = iso_month(y, 1) + "/" + iso_month(y, n);
      return out;
    }
  }
  if (s.is_word(j)) {
    auto c = counts_.find(s.lower(j));
    if (c != counts_.end()) {
      count = c->second;
      ++j;
    }
  }
  if (!s.is_word(j)) return std::nullopt;
  auto unit = s.lower(j);
  // "the first semester of 2025": Spanish and Portuguese releases in English name a half so.
  if (count == 1 && (unit == "quarter" || unit == "half" || unit == "semester")) {
    quarter = unit == "quarter";
  } else if (count > 1 && (unit == "quarters" || unit == "halves" || unit == "semesters")) {
    quarter = unit == "quarters";
  } else {
    return std::nullopt;
  }
  ++j;
  // "the first quarter of the fiscal year", "the fiscal first quarter": a part of a fiscal year,
  // whose months differ from country to country, is no calendar part.
  if (fiscal_year_after(s, j) || (i > 0 && s.is_word(i - 1) && fiscal_.count(s.lower(i - 1)))) return std::nullopt;
  // "the FY2025 first quarter", "fiscal 2025 third quarter", "fiscal year 2024 second half": so
  // too after a fiscal year named by its number.
  if (i > 0 && s.is_word(i - 1) && s.lower(i - 1).size() > 2 && fiscal_.count(s.lower(i - 1).substr(0, 2)) &&
      s.lower(i - 1)[2] >= '0' && s.lower(i - 1)[2] <= '9')
    return std::nullopt;
  if (i >= 2 && s.is_number(i - 1) && !s[i - 1].decimal && !s[i - 1].grouped) {
    size_t f = i - 2;
    if (f > 0 && s.is(f, "year")) --f;
    if (s.is_word(f) && fiscal_.count(s.lower(f))) return std::nullopt;
  }
  // "Exports fell last quarter": "last" with no article before it and no year after the quarter is
  // the quarter before publication's (relative_dates.tsv), not the year's fourth ("the last
  // quarter of 2024").
  if (count == 1 && quarter && s.lower(i) == "last" && !(i > 0 && s.is_word(i - 1) && s.lower(i - 1) == "the") &&
      !is_year(s, j) && !s.is(j, "of"))
    return std::nullopt;
  if (!quarter && ord > 2) ord = 2;  // "the last half"
  if (ord + count - 1 > (quarter ? 4 : 2)) return std::nullopt;
  // "the first half of 2025-26", "the first half (July-December) of 2025-26": a part of a fiscal
  // year, as above.
  if (split_year_at(s, j)) return std::nullopt;
  if (j < s.size() && s.raw(j) == "(") {
    size_t c = j + 1;
    while (c < s.size() && c < j + 8 && s.raw(c) != ")") ++c;
    // "the first quarter (July-September) of fiscal year 2025-26": of a fiscal year named so too.
    if (c < s.size() && s.raw(c) == ")" && (split_year_at(s, c + 1) || fiscal_year_after(s, c + 1))) return std::nullopt;
  }
  int y = pub.y;
  if (is_year(s, j)) {
    y = year_of(s, j);
    ++j;
  } else if (size_t e = year_modifier(s, j, pub, &y)) {
    j = e;
  } else if (j < s.size() && s.raw(j) == "(") {
    // "the first half (January-June) of 2025": the year after the months restated.
    size_t c = j + 1;
    while (c < s.size() && c < j + 8 && s.raw(c) != ")") ++c;
    if (c < s.size() && s.raw(c) == ")" && s.is(c + 1, "of"))
      if (size_t e2 = year_modifier(s, c + 1, pub, &y)) j = e2;
  }
  out.end = j;
  if (count > 1) {
    // Several quarters or halves: the months they cover ("the first three quarters" →
    // 2025-01/2025-09), since an ISO interval cannot end in a quarter.
    const int months = quarter ? 3 : 6;
    out.value = iso_month(y, (ord - 1) * months + 1) + "/" + iso_month(y, (ord + count - 1) * months);
    return out;
  }
  out.value = iso_year(y) + (quarter ? "-Q" : "-H") + std::to_string(ord);
  return out;
}

std::optional<DateParse> DateGrammar::year_expr(const WordScan& s, size_t i) const {
  if (!is_year(s, i)) return std::nullopt;
  const int y1 = year_of(s, i);
  // Decades ("the 1990s"), amounts ("2000 million") and parts of codes are not years.
  if (s.is_word(i + 1) && s.glued(i + 1)) {
    auto w = s.lower(i + 1);
    if (w == "s" || w == "th") return std::nullopt;
  }
  if (i + 1 < s.size() && s.glued(i + 1) && (s.raw(i + 1) == "%" || s.raw(i + 1) == ":")) return std::nullopt;
  // "Decree No. 15/2025/ND-CP", "Circular 12/2025/TT-BCT": a year between two slashes written
  // against it is part of a document's number.
  if (i > 0 && s.glued(i) && s.raw(i - 1) == "/" && i + 1 < s.size() && s.glued(i + 1) && s.raw(i + 1) == "/")
    return std::nullopt;
  // "Resolution 25/2024", "Decree No. 70/2023": a number and a slash written against the year
  // number a document of that year; "03/2024" alone may be a month. Not a day and month before it
  // ("15/03/2024"), nor a year ("2019/2024 levels").
  if (i >= 2 && s.glued(i) && s.raw(i - 1) == "/" && s.glued(i - 1) && s.is_number(i - 2) && !s[i - 2].decimal &&
      !is_year(s, i - 2) && !(i >= 3 && s.glued(i - 2) && s.raw(i - 3) == "/")) {
    const bool named = i >= 3 && ((s.is_word(i - 3) && s[i - 3].upper) || s.raw(i - 3) == ".");
    if (named || s[i - 2].value > 12) return std::nullopt;
  }
  // "Regulation (EU) 2019/452": a reference number, not a year. "2025/26", "FY2024/25": a split
  // year, the next year in two digits after the slash; "fiscal year 2025/2026" writes it in four.
  bool split_year = false;
  if (i + 2 < s.size() && s.glued(i + 1) && s.raw(i + 1) == "/" && s.is_number(i + 2) && s.glued(i + 2)) {
    const bool last_glued = i + 3 < s.size() && s.glued(i + 3) && s.raw(i + 3) == "/";
    if (is_year(s, i + 2)) split_year = year_of(s, i + 2) == y1 + 1 && !last_glued;
    else
      split_year = !s[i + 2].decimal && s[i + 2].end - s[i + 2].begin == 2 &&
                   static_cast<int>(s[i + 2].value) == (y1 + 1) % 100 && !last_glued;
    if (!split_year && !is_year(s, i + 2)) return std::nullopt;
  }
  if (s.is_word(i + 1) && non_year_next_.count(s.lower(i + 1))) return std::nullopt;
  if (i > 0 && s.glued(i) && s[i - 1].kind == Token::Punct) {
    auto r = s.raw(i - 1);
    if (r == "$" || r == "£" || r == "€" || r == "¥" || r == "₩" || r == "#") return std::nullopt;
  }
  if (i > 0 && s.is_word(i + 1) && s[i + 1].upper && name_before_year_.count(s.lower(i - 1))) {
    return std::nullopt;
  }
  DateParse out;
  out.begin = i;
  out.end = i + 1;
  out.value = iso_year(y1);
  if (split_year) {
    out.end = i + 3;
    out.value += "/" + iso_year(y1 + 1);
    return out;
  }
  // "2023–2027", "from 2023 to 2027", "2024-25"
  if (size_t k = range_join(s, i + 1, i); k && k < s.size()) {
    int y2 = 0;
    if (is_year(s, k)) {
      y2 = year_of(s, k);
    } else if (s.is_dash(i + 1) && s.glued(i + 1) && s.glued(k) && s.is_number(k) && !s[k].decimal &&
               s[k].end - s[k].begin == 2) {
      y2 = y1 / 100 * 100 + static_cast<int>(s[k].value);
    }
    if (y2 > y1 && y2 - y1 <= 50) {
      out.end = k + 1;
      out.value += "/" + iso_year(y2);
    }
  }
  return out;
}

std::optional<DateParse> DateGrammar::relative(const WordScan& s, size_t i, const Ymd& pub,
                                               const std::optional<Ymd>& previous_day) const {
  if (!s.is_word(i)) return std::nullopt;
  auto it = relatives_.find(s.lower(i));
  if (it == relatives_.end()) return std::nullopt;
  // match_phrase's own first test, made here: a common first word ("the") opens many phrases,
  // and most are turned away by their length or last byte without the call.
  const std::string_view rest = s.lower_from(i);
  for (const auto& r : it->second) {
    const std::string_view p = r.phrase;
    if (!p.empty() && (p.size() > rest.size() || rest[p.size() - 1] != p.back())) continue;
    size_t e = match_phrase(s, i, r.phrase);
    if (!e) continue;
    // "over the next year", "the last year" are spans of time, not calendar years.
    if (!r.from_previous && i > 0 && (s.is(i - 1, "the") || s.is(i - 1, "past")) &&
        (s.is(i, "next") || s.is(i, "last") || s.is(i, "this"))) {
      return std::nullopt;
    }
    DateParse out;
    out.begin = i;
    out.end = e;
    const Ymd base = r.from_previous && previous_day ? *previous_day : pub;
    if (r.unit == 'd') {
      Ymd d = add_days(base, r.offset);
      out.value = iso_day(d);
      out.last_day = d;
    } else if (r.unit == 'm') {
      int total = base.y * 12 + (base.m - 1) + r.offset;
      out.value = iso_month(total / 12, total % 12 + 1);
    } else if (r.unit == 'q') {
      const int total = base.y * 4 + (base.m - 1) / 3 + r.offset;
      out.value = iso_year(total / 4) + "-Q" + std::to_string(total % 4 + 1);
    } else {
      out.value = iso_year(base.y + r.offset);
    }
    return out;
  }
  return std::nullopt;
}

namespace {

// Headlines put intent as a bare "to"-infinitive ("Vietnam says to conclude FTA talks on Friday",
// "Ministers to meet on Monday"): a lowercase word after "to" that is no article, possessive or
// plural noun ("talks to reporters", "exports to the EU") is the verb of a plan.
bool headline_infinitive(const WordScan& s, size_t k) {
  if (k >= s.size() || !s.is_word(k) || s[k].upper) return false;
  const auto w = s.lower(k);
  for (std::string_view d : {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these",
                             "those"})
    if (w == d) return false;
  if (w.size() > 2 && w.back() == 's' && !w.ends_with("ss") && !w.ends_with("us")) return false;
  return true;
}

// A verb that reports a saying ("it said on Friday"): the clause of a date stops there.
bool reporting_verb(const WordScan& s, size_t j) { return s.is_word(j) && is_speech_verb(s.lower(j)); }

}  // namespace

// A weekday alone, as news reports date what happened ("said on Tuesday", "agreed Tuesday"): the
// nearest such day on or before publication, or after it when the sentence speaks of the future
// ("will meet on Friday", "next Friday"). Only full names ending in "day": the short forms are
// also other words.
std::optional<DateParse> DateGrammar::bare_weekday(const WordScan& s, size_t i, const Ymd& pub,
                                                   const std::optional<Ymd>& previous_day, bool in_title) const {
  if (!s.is_word(i) || !s[i].upper) return std::nullopt;
  const auto w = s.lower(i);
  const int wd = weekday_of(w);
  if (!wd || w.size() < 6 || w.substr(w.size() - 3) != "day") return std::nullopt;
  // "Black Friday", "Super Tuesday": a capitalized word glued before makes it a name.
  if (i > 0 && s.is_word(i - 1) && s[i - 1].upper && !s.is(i - 1, "on") && !s.is(i - 1, "last") &&
      !s.is(i - 1, "next") && !s.is(i - 1, "this") && !s.is(i - 1, "since") && !s.is(i - 1, "until")) {
    return std::nullopt;
  }
  const bool next = i > 0 && s.is(i - 1, "next");
  const bool past = i > 0 && s.is(i - 1, "last");
  // "the visit, which runs until Wednesday": what is under way now ends ahead of publication.
  bool future = next || (i >= 2 && s.is_word(i - 1) && range_words_.count(s.lower(i - 1)) && s.is_word(i - 2) &&
                         lasting_.count(s.lower(i - 2)));
  // "when their leaders meet Monday", "talks begin on Tuesday": in news copy a gathering verb in
  // the present right before a weekday tells of what is to come. Not in a title, whose present
  // tells of what happened.
  if (!past && !future && !in_title) {
    size_t v = i >= 1 && s.is(i - 1, "on") ? i - 1 : i;
    if (v >= 1 && s.is_word(v - 1) && gathering_verbs_.count(s.lower(v - 1))) future = true;
  }
  if (!past && !future) {
    // Tense of the clause: a "will" before the weekday, as far back as a clause with an object
    // reaches ("will conclude negotiations on a free trade agreement on Friday"), or another word
    // that looks ahead (calendar.tsv's `ahead` and `ahead_participle`: "are expected to sign the
    // deal on Thursday", "talks scheduled for Monday"; "look forward to … on Thursday"). A
    // reporting verb in between closes the search: "tariffs will rise next month, it said on
    // Friday" is dated by the saying. In the body a "to" does not ("will travel to Melbourne on
    // Thursday", "agreed to launch talks on Tuesday" is still the past); in a title a plan's
    // infinitive decides ("Ministers to meet on Monday").
    for (size_t k = i, n = 0; k > 0 && n < 20; --k, ++n) {
      const size_t j = k - 1;
      if (s.raw(j) == "." || s.raw(j) == ";") break;
      if (reporting_verb(s, j)) break;
      if (in_title && s.is(j, "to")) {
        future = headline_infinitive(s, j + 1);
        break;
      }
      if (!s.is_word(j)) continue;
      const auto w = s.lower(j);
      if (ahead_words_.count(w) || ahead_participles_.count(w) || ahead_weekday_words_.count(w) ||
          (w == "forward" && j > 0 && (s.is(j - 1, "look") || s.is(j - 1, "looks") || s.is(j - 1, "looking")))) {
        future = true;
        break;
      }
      // A measure's start in the present: "the duties take effect on Wednesday", "effective from
      // Friday"; not "took effect", "became effective".
      if ((w == "effect" && j > 0 && (s.is(j - 1, "take") || s.is(j - 1, "takes"))) ||
          (w == "effective" && !(j > 0 && (s.is(j - 1, "became") || s.is(j - 1, "was") || s.is(j - 1, "were") ||
                                           s.is(j - 1, "been"))))) {
        future = true;
        break;
      }
    }
  }
  // "On Tuesday, the Plenary Session … will be held": a weekday that opens its sentence takes the
  // tense of the clause after it.
  if (!past && !future && !in_title && i >= 1 && s.is(i - 1, "on") && (i == 1 || s.raw(i - 2) == ".") &&
      i + 1 < s.size() && s.raw(i + 1) == ",") {
    for (size_t j = i + 2, n = 0; j < s.size() && n < 20; ++j, ++n) {
      if (s.raw(j) == "." || s.raw(j) == ";") break;
      if (!s.is_word(j)) continue;
      if (reporting_verb(s, j)) break;
      if (ahead_words_.count(s.lower(j))) {
        future = true;
        break;
      }
    }
  }
  // "a meeting on Friday and Saturday": the second weekday of a pair follows the first.
  // The first may carry its date in parentheses, as Singapore's papers write it ("from Wednesday
  // (Oct 6) to Saturday").
  size_t first = i >= 2 ? i - 2 : 0;
  if (first > 0 && s.raw(first) == ")")
    for (size_t k = first, n = 0; k > 0 && n < 6; --k, ++n)
      if (s.raw(k - 1) == "(") {
        first = k >= 2 ? k - 2 : 0;
        break;
      }
  if (!past && !next && previous_day && i >= 2 && (s.is(i - 1, "and") || s.is(i - 1, "to") || s.is(i - 1, "through")) &&
      s.is_word(first) && weekday_of(s.lower(first))) {
    const int after = (wd - weekday(*previous_day) + 7) % 7;
    if (after > 0) {
      DateParse out;
      out.begin = i;
      out.end = i + 1;
      const Ymd d = add_days(*previous_day, after);
      out.value = iso_day(d);
      out.last_day = d;
      return out;
    }
  }
  const int today = weekday(pub);
  // "Wednesday next week", "on Friday last week": the day of the week after (or before) the
  // publication's, weeks from Monday, not the nearest such day.
  if (!past && !next && (s.is(i + 1, "next") || s.is(i + 1, "last")) && s.is(i + 2, "week")) {
    DateParse out;
    out.begin = i;
    out.end = i + 3;
    const Ymd d = add_days(pub, (s.is(i + 1, "next") ? 7 : -7) + wd - today);
    out.value = iso_day(d);
    out.last_day = d;
    return out;
  }
  // "this Friday": the one of the publication's week, ahead of a Tuesday, behind a Saturday.
  if (!past && !future && !next && i > 0 && s.is(i - 1, "this")) future = wd >= today;
  int delta = future ? (wd - today + 7) % 7 : -((today - wd + 7) % 7);
  if (past && delta == 0) delta = -7;
  if (next && delta == 0) delta = 7;
  DateParse out;
  out.begin = past || next ? i - 1 : i;
  out.end = i + 1;
  const Ymd d = add_days(pub, delta);
  out.value = iso_day(d);
  out.last_day = d;
  return out;
}

namespace {

// "the fiscal year ended March 31", "the year ended 30 June 2025": a year that ends on the last day
// of a month is the twelve months up to that month, not the day.
std::optional<DateParse> year_ended_on(const WordScan& s, size_t i, std::optional<DateParse> d) {
  if (!d || !d->last_day || d->value.find('/') != std::string::npos || i < 2 || d->begin != i) return d;
  const size_t k = i - 1;
  if (!(s.is(k, "ended") || s.is(k, "ending")) || !s.is(k - 1, "year")) return d;
  const Ymd last = *d->last_day;
  if (last.d != days_in_month(last.y, last.m)) return d;
  const int first = last.y * 12 + (last.m - 1) - 11;
  d->begin = k - 1;
  d->value = iso_month(first / 12, first % 12 + 1) + "/" + iso_month(last.y, last.m);
  d->last_day.reset();
  return d;
}

// The single day d, read from tokens [begin, end).
DateParse day_parse(size_t begin, size_t end, const Ymd& d) {
  DateParse out;
  out.begin = begin;
  out.end = end;
  out.value = iso_day(d);
  out.last_day = d;
  return out;
}

// Whether a dotted or slashed date that ends before token k goes on as a longer number: a
// separator glued to it with a digit glued after ("1.27.01.2007"). A sentence's full stop after
// the year ("until 31.12.2027.") is none.
bool longer_number(const WordScan& s, size_t k) {
  if (k >= s.size() || !s.glued(k) || !(s.raw(k) == "." || s.raw(k) == "/")) return false;
  return k + 1 < s.size() && s.glued(k + 1) && s.is_number(k + 1);
}

// "20/11/2025", "05/12/2025": day, month and year joined by slashes, as most of the world writes
// a date. Month first where only that reading is a day ("11/20/2025"); where both are, the
// reading nearer the publication date, as a release dates what it reports.
std::optional<DateParse> slashed_day(const WordScan& s, size_t i, const Ymd& pub) {
  if (i + 4 >= s.size() || s.raw(i + 1) != "/" || s.raw(i + 3) != "/") return std::nullopt;
  if ((i > 0 && s.glued(i)) || !s.glued(i + 1) || !s.glued(i + 2) || !s.glued(i + 3) || !s.glued(i + 4))
    return std::nullopt;
  if (!s.is_number(i + 2) || !is_year(s, i + 4) || longer_number(s, i + 5)) return std::nullopt;
  for (size_t k : {i, i + 2})
    if (s[k].decimal || s[k].grouped || s[k].end - s[k].begin > 2) return std::nullopt;
  const int a = static_cast<int>(s[i].value), b = static_cast<int>(s[i + 2].value), y = year_of(s, i + 4);
  const bool dmy = valid_day(y, b, a), mdy = valid_day(y, a, b);
  if (!dmy && !mdy) return std::nullopt;
  Ymd d = dmy ? Ymd{y, b, a} : Ymd{y, a, b};
  if (dmy && mdy && a != b) {
    const int64_t p = days_from_civil(pub.y, pub.m, pub.d);
    if (score_days(days_from_civil(y, a, b) - p) < score_days(days_from_civil(y, b, a) - p)) d = {y, a, b};
  }
  return day_parse(i, i + 5, d);
}

}  // namespace

// "on the 13th", "since the 21st": a day of the month with neither month nor year, as Korean
// releases date what happened in the days before publication. The month is the publication's
// or one next to it, whichever puts the day nearest, leaning to the past. Only after a word that
// introduces a time (calendar.tsv day_lead: "on", "from", "since", …) and before no noun of its
// own ("on the 5th floor", "at the 450th meeting" name no day): only a joining word (day_follow)
// or a verb in the past (day_verb, or one in -ed) may follow the day.
std::optional<DateParse> DateGrammar::ordinal_day(const WordScan& s, size_t i, const Ymd& pub) const {
  if (i == 0 || !s.is(i, "the")) return std::nullopt;
  // The day is a figure with its suffix ("the 13th"): most "the" are turned away here, before
  // the word before is read.
  if (!s.is_number(i + 1)) return std::nullopt;
  if (!day_leads_.contains(s.lower(i - 1))) return std::nullopt;
  size_t e = 0;
  const int day = digit_ordinal(s, i + 1, &e);
  if (day < 1 || day > 31) return std::nullopt;
  if (e < s.size() && s.is_word(e)) {
    const auto w = s.lower(e);
    // "The KTC on the 15th decided …": the clause's verb may follow the day.
    const bool verb = (w.size() >= 5 && w.ends_with("ed") && !w.ends_with("eed")) || day_verbs_.contains(w);
    if (s[e].upper || (!verb && !day_follows_.contains(w))) return std::nullopt;
  }
  const int64_t p = days_from_civil(pub.y, pub.m, pub.d);
  // "The ministers will meet on the 15th" (published on the 21st): a clause that looks ahead puts
  // the day on or after publication, in this month or the next.
  const bool ahead = looks_ahead_before(s, i - 1);
  bool found = false;
  Ymd best{};
  int best_score = 0;
  for (int dm = -1; dm <= 1; ++dm) {
    int m = pub.m + dm, y = pub.y;
    if (m < 1) m += 12, --y;
    if (m > 12) m -= 12, ++y;
    if (!valid_day(y, m, day)) continue;
    const int64_t delta = days_from_civil(y, m, day) - p;
    if (ahead && delta >= 0) return day_parse(i, e, Ymd{y, m, day});
    const int sc = score_days(delta);
    if (!found || sc < best_score) found = true, best = {y, m, day}, best_score = sc;
  }
  if (!found) return std::nullopt;
  return day_parse(i, e, best);
}

std::optional<DateParse> DateGrammar::parse_at(const WordScan& s, size_t i, const Ymd& pub,
                                               const std::optional<Ymd>& previous_day, bool in_title) const {
  if (i >= s.size()) return std::nullopt;
  const Token& t = s[i];
  if (t.kind == Token::Punct) return std::nullopt;
  uint8_t kind = kPartWord | kRelativeWord;  // what a word at i may begin; a number, either
  if (t.kind == Token::Word) {
    if (!starter_filter_.may_contain(s.lower(i))) return std::nullopt;
    const auto it = starters_.find(s.lower(i));
    if (it == starters_.end()) return std::nullopt;
    kind = it->second;
  }
  if (t.kind == Token::Number) {
    // ISO "2025-12-04"
    if (is_year(s, i) && s.is_dash(i + 1) && s.glued(i + 1) && s.is_number(i + 2) && s.glued(i + 2) &&
        s.is_dash(i + 3) && s.glued(i + 3) && s.is_number(i + 4) && s.glued(i + 4)) {
      Ymd d{year_of(s, i), static_cast<int>(s[i + 2].value), static_cast<int>(s[i + 4].value)};
      if (valid_day(d.y, d.m, d.d) && s[i + 2].end - s[i + 2].begin == 2) return day_parse(i, i + 5, d);
    }
    // "Bern, 27.01.2007": day, month and year joined by dots, as European releases date
    // themselves (scanned as "27.01", ".", "2007"). Nothing glued before: no longer number.
    if (t.decimal && !s.glued(i) && i + 2 < s.size() && s.raw(i + 1) == "." && s.glued(i + 1) && s.glued(i + 2) &&
        is_year(s, i + 2) && !longer_number(s, i + 3)) {
      const std::string_view r = s.raw(i);
      const size_t dot = r.find('.');
      if (dot != std::string_view::npos && dot >= 1 && dot <= 2 && r.size() - dot - 1 == 2) {
        const int day = std::atoi(std::string(r.substr(0, dot)).c_str());
        const int month = std::atoi(std::string(r.substr(dot + 1)).c_str());
        Ymd d{year_of(s, i + 2), month, day};
        if (valid_day(d.y, d.m, d.d)) return day_parse(i, i + 3, d);
      }
    }
    if (auto d = slashed_day(s, i, pub)) return d;
    if (auto d = day_or_range(s, i, pub)) return year_ended_on(s, i, d);
    if (auto q = part_of_year(s, i, pub)) return q;
    return year_expr(s, i);
  }
  if (t.upper) {
    if (auto d = day_or_range(s, i, pub)) return year_ended_on(s, i, d);
    if (auto m = month_expr(s, i, pub)) return m;
    if (auto w = bare_weekday(s, i, pub, previous_day, in_title)) return w;
  }
  if (auto d = ordinal_day(s, i, pub)) return d;
  // part_of_year finds nothing at a word other than an ordinal or a "Q"/"H", nor relative at a
  // word that opens no relative date ("the" opens both an ordinal day and relative dates).
  if (kind & kPartWord)
    if (auto q = part_of_year(s, i, pub)) return q;
  if (!(kind & kRelativeWord)) return std::nullopt;
  return relative(s, i, pub, previous_day);
}

std::vector<DateMention> DateGrammar::find_all(std::string_view text, const Ymd& pub, bool in_title) const {
  if (pub.y == 0) return {};
  return find_all(shared_scan(text), pub, in_title);
}

std::vector<DateMention> DateGrammar::find_all(const WordScan& s, const Ymd& pub, bool in_title) const {
  std::vector<DateMention> out;
  if (pub.y == 0) return out;
  const std::string_view text = s.text();
  std::optional<Ymd> prev;
  for (size_t i = 0; i < s.size();) {
    // Punctuation and words no date begins with, parse_at's first tests, asked here: most
    // tokens are turned away without the call.
    const Token& t = s[i];
    if (t.kind == Token::Punct || (t.kind == Token::Word && !starter_filter_.may_contain(s.lower(i)))) {
      ++i;
      continue;
    }
    auto d = parse_at(s, i, pub, prev, in_title);
    if (!d) {
      ++i;
      continue;
    }
    DateMention m;
    m.span = {s[d->begin].begin, s[d->end - 1].end, in_title};
    m.text = std::string(text.substr(m.span.begin, m.span.end - m.span.begin));
    m.value = std::move(d->value);
    if (d->last_day) prev = d->last_day;
    out.push_back(std::move(m));
    i = d->end;
  }
  return out;
}

std::optional<std::string> DateGrammar::resolve(std::string_view phrase, const Ymd& published) const {
  WordScan s(phrase);
  if (s.size() == 0) return std::nullopt;
  auto d = parse_at(s, 0, published);
  if (!d && s.is(0, "the")) d = parse_at(s, 1, published);  // "the first half of 2026"
  if (!d || d->end != s.size()) return std::nullopt;
  return d->value;
}

namespace {

class DatesStage final : public Stage {
 public:
  DatesStage(std::shared_ptr<const DateGrammar> g, FiscalYears fiscal) : g_(std::move(g)), fiscal_(std::move(fiscal)) {}
  const char* name() const override { return "dates"; }
  void run(Doc& doc) const override {
    for (bool title : {true, false}) {
      for (auto& m : g_->find_all(doc.scan(title), doc.published, title)) {
        if (doc.explain) doc.trace("dates", m.value, "date expression \"" + m.text + "\"", m.span);
        doc.x.dates.push_back(std::move(m));
      }
    }
    fiscal_.apply(doc);
  }

 private:
  std::shared_ptr<const DateGrammar> g_;
  FiscalYears fiscal_;
};

}  // namespace

Result<StagePtr> make_dates_stage(const std::string& data_dir) {
  auto g = DateGrammar::load(data_dir);
  if (!g) return Error{g.error()};
  auto fiscal = FiscalYears::load(data_dir);
  if (!fiscal) return Error{fiscal.error()};
  return StagePtr(new DatesStage(std::move(g).value(), std::move(fiscal).value()));
}

}  // namespace tw::extract

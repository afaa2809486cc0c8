#include "text/sentences.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <string>

#include "text/byte_runs.h"
#include "text/tsv.h"

namespace tw::text {
namespace {

bool is_abbreviation(std::string_view text, size_t dot, const SentenceRules& rules) {
  size_t b = dot;
  while (b > 0 && (std::isalpha(static_cast<unsigned char>(text[b - 1])) || text[b - 1] == '.')) --b;
  std::string_view word = text.substr(b, dot - b);
  if (word.find('.') != std::string_view::npos) return true;  // U.S. / U.K. / e.g.
  if (word.size() == 1 && std::isupper(static_cast<unsigned char>(word[0]))) return true;  // initials
  return rules.abbreviation(word);
}

// An abbreviation that may close a sentence as well as sit inside a name: a dotted one ("U.S.",
// "a.m.") or a company's form ("Inc.", "Co."). "the U.S. Trade Representative" goes on; "exports
// to the U.S. The ministry said" ends. Titles before a name ("Mr.", "Dr.") and initials never end one.
bool may_close(std::string_view text, size_t dot, const SentenceRules& rules) {
  size_t b = dot;
  while (b > 0 && (std::isalpha(static_cast<unsigned char>(text[b - 1])) || text[b - 1] == '.')) --b;
  const std::string_view word = text.substr(b, dot - b);
  if (word.find('.') != std::string_view::npos) return true;
  return rules.closes(word);
}

// Whether the word at pos is one that opens sentences and never continues a name after "U.S." or
// "Inc.": pronouns, articles and sentence adverbs ("The", "It", "However"), not "Under" of "U.S.
// Under Secretary" or "Trade" of "U.S. Trade Representative".
bool opens_sentence(std::string_view text, size_t pos, const SentenceRules& rules) {
  size_t e = pos;
  while (e < text.size() && std::isalpha(static_cast<unsigned char>(text[e]))) ++e;
  if (e < text.size() && text[e] != ' ' && text[e] != ',') return false;
  const std::string_view word = text.substr(pos, e - pos);
  return rules.opens(word);
}

// "Feb. 26", "Sept. 5": a month's short form before a number opens a date, not a sentence.
bool month_before_number(std::string_view text, size_t dot, const SentenceRules& rules) {
  size_t b = dot;
  while (b > 0 && std::isalpha(static_cast<unsigned char>(text[b - 1]))) --b;
  if (b > 0 && text[b - 1] != ' ' && text[b - 1] != ',' && text[b - 1] != '(') return false;
  std::string_view word = text.substr(b, dot - b);
  return rules.month(word);
}

}  // namespace

size_t period_dateline_end(std::string_view text) {
  // The full stop after the day's digits ("Nov. 22. ": not the month's own).
  const std::string_view head = text.substr(0, 80);
  size_t dot = head.find(". ");
  while (dot != std::string_view::npos && (dot == 0 || head[dot - 1] < '0' || head[dot - 1] > '9'))
    dot = head.find(". ", dot + 1);
  if (dot == std::string_view::npos || dot < 8) return 0;
  auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
  auto lower = [](char c) { return c >= 'a' && c <= 'z'; };
  // "Month Day" or "Mon. Day": the day of a dateline.
  auto is_day = [&](std::string_view day) {
    size_t i = 0;
    if (day.empty() || !upper(day[0])) return false;
    for (i = 1; i < day.size() && lower(day[i]); ++i) {
    }
    if (i < 3 || i > 9) return false;
    if (i < day.size() && day[i] == '.') ++i;
    if (i >= day.size() || day[i] != ' ') return false;
    const std::string_view num = day.substr(i + 1);
    return !num.empty() && num.size() <= 2 && std::all_of(num.begin(), num.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  // "ST. PETERSBURG, December 25. /TASS/. ": city and day, then the agency between slashes.
  if (text.substr(dot + 2, 1) == "/") {
    const size_t close = text.find("/. ", dot + 3);
    const size_t comma = text.find(", ");
    if (close != std::string_view::npos && close <= dot + 12 && comma != std::string_view::npos && comma < dot) {
      const std::string_view agency = text.substr(dot + 3, close - dot - 3);
      const std::string_view city = text.substr(0, comma);
      const bool caps_agency = !agency.empty() && std::all_of(agency.begin(), agency.end(), upper);
      const bool caps_city = city.size() >= 3 && upper(city[0]) && std::all_of(city.begin(), city.end(), [&](char c) {
                               return upper(c) || c == ' ' || c == '-' || c == '\'' || c == '.';
                             });
      if (caps_agency && caps_city && is_day(text.substr(comma + 2, dot - comma - 2))) return close + 2;
    }
    return 0;
  }
  // Three parts: CITY, Country, Month Day
  std::string_view parts[3];
  size_t from = 0;
  for (int k = 0; k < 3; ++k) {
    const size_t comma = k < 2 ? text.find(", ", from) : dot;
    if (comma == std::string_view::npos || comma > dot) return 0;
    parts[k] = text.substr(from, comma - from);
    from = comma + 2;
  }
  const std::string_view city = parts[0], country = parts[1], day = parts[2];
  if (city.size() < 3 || !upper(city[0])) return 0;
  for (char c : city)
    if (!upper(c) && c != ' ' && c != '-' && c != '\'') return 0;
  if (country.size() < 3 || !upper(country[0])) return 0;
  for (char c : country)
    if (!upper(c) && !lower(c) && c != ' ') return 0;
  // "January 9", "Nov. 22"
  return is_day(day) ? dot + 1 : 0;
}

Result<SentenceRules> SentenceRules::load(const std::string& data_dir) {
  auto rows = read_tsv(data_dir, "sentence_words.tsv");
  if (!rows) return Error{rows.error()};
  SentenceRules r;
  for (const auto& row : *rows) {
    if (row.size() < 2 || row[0].empty())
      return Error{data_dir + "/sentence_words.tsv: expected a word and its role, tab-separated: " + row[0]};
    const std::string& role = row[1];
    if (role == "abbreviation") r.abbreviations_.insert(row[0]);
    else if (role == "closes") r.closers_.insert(row[0]);
    else if (role == "opens") r.openers_.insert(row[0]);
    else if (role == "month") r.months_.insert(row[0]);
    else
      return Error{data_dir + "/sentence_words.tsv: unknown role '" + role + "' of '" + row[0] +
                   "' (abbreviation, closes, opens or month)"};
  }
  return r;
}

std::vector<Span> split_sentences(std::string_view text, const SentenceRules& rules) {
  std::vector<Span> out;
  size_t start = 0;
  const size_t n = text.size();
  auto push = [&](size_t end) {
    while (start < end && text[start] == ' ') ++start;
    if (end > start) out.push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(end), false});
  };
  // Sentence marks are rare: bytes without one are passed over eight at a time.
  auto next_mark = [&](size_t i) {
    for (; i + 8 <= n; i += 8) {
      uint64_t x;
      std::memcpy(&x, text.data() + i, 8);
      if (has_byte(x, '.') | has_byte(x, '!') | has_byte(x, '?')) break;
    }
    return i;
  };
  // "TASHKENT, Uzbekistan, January 9. Minister …": the full stop of a wire dateline ends no
  // sentence; the dateline opens the lede.
  const size_t dateline_stop = period_dateline_end(text);
  for (size_t i = 0; i < n; ++i) {
    i = next_mark(i);
    if (i >= n) break;
    char c = text[i];
    if (c != '.' && c != '!' && c != '?') continue;
    // No full stop inside a dateline ends a sentence ("December 25. /TASS/.").
    if (dateline_stop && i + 1 <= dateline_stop) continue;
    size_t end = i + 1;
    // Closing quotes and brackets stay with the sentence.
    while (end < n) {
      if (text[end] == '"' || text[end] == ')' || text[end] == '\'') {
        ++end;
      } else if (text.compare(end, 3, "\xE2\x80\x9D") == 0 || text.compare(end, 3, "\xE2\x80\x99") == 0) {
        end += 3;
      } else {
        break;
      }
    }
    if (end >= n || text[end] != ' ') continue;
    size_t next = end + 1;
    if (next >= n) continue;
    unsigned char nc = static_cast<unsigned char>(text[next]);
    bool opener = std::isupper(nc) || std::isdigit(nc) || nc == '"' || nc >= 0x80;
    if (!opener) continue;
    if (c == '.' && is_abbreviation(text, i, rules) && !(may_close(text, i, rules) && opens_sentence(text, next, rules)))
      continue;
    if (c == '.' && std::isdigit(nc) && month_before_number(text, i, rules)) continue;
    push(end);
    start = next;
    i = end;
  }
  push(n);
  return out;
}

Span sentence_at(const std::vector<Span>& sentences, uint32_t pos, uint32_t text_size) {
  auto it = std::upper_bound(sentences.begin(), sentences.end(), pos,
                             [](uint32_t p, const Span& s) { return p < s.begin; });
  if (it != sentences.begin()) {
    --it;
    if (pos < it->end) return *it;
  }
  return {0, text_size, false};
}

}  // namespace tw::text

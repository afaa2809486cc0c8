#include "extract/facts_common.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <map>
#include <memory>
#include <set>

#include "extract/calendar.h"
#include "extract/lexicon.h"
#include "extract/textview.h"
#include "text/byte_runs.h"
#include "text/sentences.h"
#include "text/tsv.h"

namespace tw::extract::facts {

std::string lower(std::string_view s) {
  std::string out(s);
  for (size_t i = 0; i < out.size(); ++i)
    out[i] = text::folded(i > 0 ? static_cast<unsigned char>(out[i - 1]) : 0, static_cast<unsigned char>(out[i]));
  return out;
}

bool is_word_byte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

namespace {
// The first word-bounded occurrence of needle in hay at or after from, or npos.
size_t next_word(std::string_view hay, std::string_view needle, size_t from) {
  if (needle.empty()) return std::string_view::npos;
  const bool word_start = is_word_byte(static_cast<unsigned char>(needle.front()));
  const bool word_end = is_word_byte(static_cast<unsigned char>(needle.back()));
  // U+2000–U+206F (curly quotes, dashes) separate words although their bytes are >= 0x80.
  auto punct_at = [&](size_t i) {
    return i + 1 < hay.size() && static_cast<unsigned char>(hay[i]) == 0xE2 && static_cast<unsigned char>(hay[i + 1]) == 0x80;
  };
  for (size_t pos = lex::find_text(hay, needle, from); pos != std::string_view::npos;
       pos = lex::find_text(hay, needle, pos + 1)) {
    if (word_start && pos > 0 && is_word_byte(static_cast<unsigned char>(hay[pos - 1])) &&
        !(pos >= 3 && punct_at(pos - 3)))
      continue;
    size_t end = pos + needle.size();
    if (word_end && end < hay.size() && is_word_byte(static_cast<unsigned char>(hay[end])) && !punct_at(end)) continue;
    return pos;
  }
  return std::string_view::npos;
}
}  // namespace

std::vector<size_t> find_words(std::string_view hay, std::string_view needle) {
  std::vector<size_t> out;
  for (size_t pos = next_word(hay, needle, 0); pos != std::string_view::npos; pos = next_word(hay, needle, pos + 1))
    out.push_back(pos);
  return out;
}

size_t rfind_from(std::string_view hay, std::string_view needle, size_t from) {
  if (needle.size() > hay.size()) return std::string_view::npos;
  const size_t last = hay.size() - needle.size();
  if (needle.empty()) return last >= from ? last : std::string_view::npos;
  // The needle's first byte found from the back with memrchr, then the rest compared: a test
  // per position cost more than the few candidates do.
  for (size_t end = last + 1; end > from;) {
    const void* hit = memrchr(hay.data() + from, static_cast<unsigned char>(needle[0]), end - from);
    if (!hit) break;
    const size_t at = static_cast<size_t>(static_cast<const char*>(hit) - hay.data());
    if (hay.compare(at, needle.size(), needle) == 0) return at;
    end = at;
  }
  return std::string_view::npos;
}

// Stops at the first occurrence, with no list built: asked of every candidate sentence.
bool has_word(std::string_view hay, std::string_view needle) {
  return next_word(hay, needle, 0) != std::string_view::npos;
}

std::string_view trim(std::string_view s) {
  auto junk = [](char c) { return c == ' ' || c == ',' || c == ';' || c == ':' || c == '.' || c == '-'; };
  while (!s.empty() && junk(s.front())) s.remove_prefix(1);
  while (!s.empty() && junk(s.back())) s.remove_suffix(1);
  return s;
}

const std::string& Phrase::value(size_t i) const {
  static const std::string kEmpty;
  return i < values.size() ? values[i] : kEmpty;
}

Status Lexicon::load_all(const std::string& data_dir, std::initializer_list<Target> targets) {
  for (const auto& t : targets) {
    auto l = load(data_dir, t.file, t.min_values);
    if (!l) return Error{l.error()};
    *t.lexicon = std::move(l).value();
  }
  return Ok{};
}

Result<Lexicon> Lexicon::load(const std::string& data_dir, const std::string& name, size_t min_values) {
  auto rows = text::read_tsv(data_dir, name);
  if (!rows) return Error{rows.error()};
  Lexicon lex;
  for (auto& row : *rows) {
    if (row.empty() || row[0].empty()) continue;
    if (row.size() < 1 + min_values) return Error{data_dir + "/" + name + ": row '" + row[0] + "' lacks values"};
    // "Minister of Trade, Industry and Energy" is also written with a serial comma ("Minister of
    // Trade, Industry, and Energy"): a list's last " and " after a comma matches either way.
    const size_t comma = row[0].find(", ");
    const size_t last_and = row[0].rfind(" and ");
    std::string serial;
    if (comma != std::string::npos && last_and != std::string::npos && last_and > comma && row[0][last_and - 1] != ',')
      serial = row[0].substr(0, last_and) + "," + row[0].substr(last_and);
    lex.add(row[0], std::vector<std::string>(row.begin() + 1, row.end()));
    if (!serial.empty()) lex.add(std::move(serial), std::vector<std::string>(row.begin() + 1, row.end()));
  }
  return lex;
}

void Lexicon::add(std::string text, std::vector<std::string> values) {
  std::string low = lower(text);
  const auto idx = static_cast<uint32_t>(phrases_.size());
  if (!low.empty()) {
    const auto first = static_cast<unsigned char>(low.front());
    // Entries hold a phrase's length in 16 bits: a longer one is searched as punctuation-led ones are.
    if (is_word_byte(first) && low.size() <= UINT16_MAX) {
      second_[first] |= low.size() > 1 ? uint64_t{1} << (static_cast<unsigned char>(low[1]) & 63) : ~uint64_t{0};
      index_entry(idx, low);
    } else {
      others_.push_back(idx);
    }
  }
  phrases_.push_back({std::move(low), std::move(values), std::move(text)});
}

void Lexicon::index_entry(uint32_t idx, const std::string& low) {
  Entry e{idx, static_cast<uint16_t>(low.size()), is_word_byte(static_cast<unsigned char>(low.back())), 0, 0, 0};
  for (size_t k = 0; k < 8 && k < low.size(); ++k) {
    e.prefix |= static_cast<uint64_t>(static_cast<unsigned char>(low[k])) << (8 * k);
    e.mask |= uint64_t{0xFF} << (8 * k);
  }
  for (size_t k = 8; k < 16 && k < low.size(); ++k) e.next |= static_cast<uint64_t>(static_cast<unsigned char>(low[k])) << (8 * (k - 8));
  const auto first = static_cast<unsigned char>(low.front());
  if (group_[first] == 0) {  // a new first byte: its buckets go after all others, empty
    if (bucket_.empty()) bucket_.push_back(0);
    group_[first] = static_cast<uint16_t>(bucket_.size() / kBuckets + 1);
    bucket_.insert(bucket_.end(), kBuckets, static_cast<uint32_t>(entries_.size()));
    third_.insert(third_.end(), kBuckets, 0);
    fourth_.insert(fourth_.end(), kBuckets, 0);
    fifth_.insert(fifth_.end(), kBuckets, 0);
  }
  const uint64_t third = low.size() >= 3 ? uint64_t{1} << (static_cast<unsigned char>(low[2]) & 63) : ~uint64_t{0};
  const uint64_t fourth = low.size() >= 4 ? uint64_t{1} << (static_cast<unsigned char>(low[3]) & 63) : ~uint64_t{0};
  const uint64_t fifth = low.size() >= 5 ? uint64_t{1} << (static_cast<unsigned char>(low[4]) & 63) : ~uint64_t{0};
  const size_t g = group_[first] - 1u;
  // Appended at the end of its bucket, which keeps each bucket in phrase order.
  auto put = [&](size_t b) {
    third_[b] |= third;
    fourth_[b] |= fourth;
    fifth_[b] |= fifth;
    entries_.insert(entries_.begin() + bucket_[b + 1], e);
    for (size_t k = b + 1; k < bucket_.size(); ++k) ++bucket_[k];
  };
  if (low.size() == 1) {
    for (size_t b = 0; b < kBuckets; ++b) put(g * kBuckets + b);
  } else {
    put(g * kBuckets + (static_cast<unsigned char>(low[1]) & 63));
  }
}

void Lexicon::match_bucket(const unsigned char* t, size_t n, size_t pos, size_t b, Found* found) const {
  // The text's next eight bytes, zero past its end: phrase bytes are never zero, so a phrase
  // running past the end fails the masked compare.
  uint64_t head = 0;
  if (pos + 8 <= n) {
    std::memcpy(&head, t + pos, 8);  // little-endian: byte k lands in bits 8k..8k+7, as in prefix
  } else {
    for (size_t k = 0; pos + k < n; ++k) head |= static_cast<uint64_t>(t[pos + k]) << (8 * k);
  }
  // U+2000–U+203F (curly quotes, dashes) separate words although their bytes are >= 0x80.
  auto punct_at = [&](size_t i) { return i + 1 < n && t[i] == 0xE2 && t[i + 1] == 0x80; };
  for (uint32_t k = bucket_[b], to = bucket_[b + 1]; k < to; ++k) {
    const Entry& en = entries_[k];
    if ((head & en.mask) != en.prefix) continue;
    if (en.len > n - pos) continue;
    if (en.len > 8) {
      // Bytes 8 to 15 first, read as one word when the text holds them all (the phrase's own,
      // which lie in the text, are all there is of them otherwise), then the rest.
      const size_t more = std::min<size_t>(en.len, 16) - 8;
      uint64_t text_next = 0;
      if (pos + 16 <= n) {
        std::memcpy(&text_next, t + pos + 8, 8);
        if (more < 8) text_next &= (uint64_t{1} << (8 * more)) - 1;
      } else {
        for (size_t k = 0; k < more; ++k) text_next |= static_cast<uint64_t>(t[pos + 8 + k]) << (8 * k);
      }
      if (text_next != en.next) continue;
      if (en.len > 16 && std::memcmp(t + pos + 16, phrases_[en.idx].text.data() + 16, en.len - 16) != 0) continue;
    }
    const size_t end = pos + en.len;
    if (en.word_end && end < n && is_word_byte(t[end]) && !punct_at(end)) continue;
    found->emplace_back(en.idx, static_cast<uint32_t>(pos));
  }
}

std::vector<Hit> Lexicon::match(std::string_view lowered) const {
  // Every word-bounded occurrence of every phrase, as (phrase, position): the phrases that start
  // a word are looked up at each word start, the few others by a substring search.
  // Scratch reused across calls on this thread: a list per call cost an allocation each time.
  thread_local Found found;
  found.clear();
  const auto* t = reinterpret_cast<const unsigned char*>(lowered.data());
  for (size_t pos = 0; pos < lowered.size(); ++pos)
    if (const long b = bucket_at(t, lowered.size(), pos); b >= 0 && Doc::starts_word(lowered, pos))
      match_bucket(t, lowered.size(), pos, static_cast<size_t>(b), &found);
  return finish(lowered, found);
}

std::vector<Hit> Lexicon::match(const Doc& doc, const Span& s) const {
  // Scratch reused across calls on this thread: a list per call cost an allocation each time.
  thread_local Found found;
  found.clear();
  walk(doc, s, &found);
  return finish(doc.lowered(s), found);
}

void Lexicon::walk(const Doc& doc, const Span& s, Found* found) const {
  const std::string_view lowered = doc.lowered(s);
  // Whether a word starts at a position depends on up to three bytes before it: near the start
  // of s those lie outside s, so the first three positions are tested within s.
  const size_t near = std::min<size_t>(3, lowered.size());
  for (size_t pos = 0; pos < near; ++pos)
    if (Doc::starts_word(lowered, pos)) match_at(lowered, pos, found);
  const auto starts = doc.word_starts(s.in_title);
  const auto* t = reinterpret_cast<const unsigned char*>(lowered.data());
  const size_t n = lowered.size();
  auto it = std::lower_bound(starts.begin(), starts.end(), s.begin + near);
  // Word starts with five bytes of s from them first, then the last few, where the text's end
  // must be minded.
  const size_t inside_end = n >= 5 ? s.begin + n - 4 : 0;
  for (; it != starts.end() && *it < inside_end; ++it) {
    const size_t pos = *it - s.begin;
    if (const long b = bucket_inside(t, pos); b >= 0) match_bucket(t, n, pos, static_cast<size_t>(b), found);
  }
  for (; it != starts.end() && *it < s.end; ++it) {
    const size_t pos = *it - s.begin;
    if (const long b = bucket_at(t, n, pos); b >= 0) match_bucket(t, n, pos, static_cast<size_t>(b), found);
  }
}

LexiconGroup::LexiconGroup(std::initializer_list<const Lexicon*> members) : members_(members) {
  // Every member's phrases in member order, so a phrase's index in all_ less its member's first
  // is its index in the member. Whether a word start is probed depends only on the phrases
  // (their first bytes and length), and each entry is tested on its own: the walk over all_
  // finds exactly the union of what the members' own walks find.
  for (const Lexicon* m : members_) {
    first_.push_back(static_cast<uint32_t>(all_.phrases_.size()));
    for (const Phrase& p : m->phrases_) all_.add(p.text, {});
  }
  first_.push_back(static_cast<uint32_t>(all_.phrases_.size()));
}

void LexiconGroup::match(const Doc& doc, const Span& s, std::vector<Hit>* out) const {
  thread_local Lexicon::Found found, part;
  found.clear();
  all_.walk(doc, s, &found);
  const std::string_view lowered = doc.lowered(s);
  for (size_t k = 0; k < members_.size(); ++k) {
    part.clear();
    for (auto [idx, pos] : found)
      if (idx >= first_[k] && idx < first_[k + 1]) part.emplace_back(idx - first_[k], pos);
    // finish orders the hits itself: they come out as the member's own match gives them.
    out[k] = members_[k]->finish(lowered, part);
  }
}

std::vector<Hit> Lexicon::finish(std::string_view lowered, Found& found) const {
  for (uint32_t idx : others_)
    for (size_t pos : find_words(lowered, phrases_[idx].text)) found.emplace_back(idx, static_cast<uint32_t>(pos));
  // Phrase order, then text order: the order hits were gathered in one phrase at a time, so
  // equal hits of duplicate phrases resolve as they always have.
  if (found.empty()) return {};
  std::sort(found.begin(), found.end());
  thread_local std::vector<Hit> all;
  all.clear();
  all.reserve(found.size());
  for (auto [idx, pos] : found) all.push_back({pos, pos + phrases_[idx].text.size(), &phrases_[idx]});
  std::sort(all.begin(), all.end(), [](const Hit& a, const Hit& b) {
    if (a.begin != b.begin) return a.begin < b.begin;
    return a.end > b.end;
  });
  std::vector<Hit> out;
  out.reserve(all.size());  // one allocation, not one per doubling
  for (const auto& h : all) {
    if (!out.empty() && h.begin < out.back().end) {
      // A longer phrase starting inside the previous one does not displace it.
      continue;
    }
    out.push_back(h);
  }
  return out;
}

namespace {
// std::atoi of the few bytes of s, read in place rather than through a string copy: blanks, a
// sign, then digits up to the first other byte.
int atoi_of(std::string_view s) {
  size_t i = 0;
  while (i < s.size() && (s[i] == ' ' || (s[i] >= '\t' && s[i] <= '\r'))) ++i;
  bool neg = false;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) neg = s[i++] == '-';
  int v = 0;
  for (; i < s.size() && is_digit(s[i]); ++i) v = v * 10 + (s[i] - '0');
  return neg ? -v : v;
}
}  // namespace

std::optional<Ymd> parse_ymd(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  Ymd d{atoi_of(s.substr(0, 4)), atoi_of(s.substr(5, 2)), atoi_of(s.substr(8, 2))};
  if (d.m < 1 || d.m > 12 || d.d < 1 || d.d > 31) return std::nullopt;
  return d;
}

std::string iso(Ymd d) { return iso_day(d); }

long days_from_civil(Ymd d) { return static_cast<long>(extract::days_from_civil(d.y, d.m, d.d)); }

Ymd add_days(Ymd d, int n) { return extract::add_days(d, n); }

DateValue split_date(std::string_view value) {
  size_t slash = value.find('/');
  if (slash == std::string_view::npos) return {std::string(value), std::string(value)};
  return {std::string(value.substr(0, slash)), std::string(value.substr(slash + 1))};
}

std::optional<Ymd> first_day(std::string_view v) {
  v = v.substr(0, v.find('/'));
  if (v.size() < 4) return std::nullopt;
  Ymd d{atoi_of(v.substr(0, 4)), 1, 1};
  if (d.y == 0) return std::nullopt;
  if (v.size() >= 7 && v[4] == '-') {
    if (v[5] == 'H') {
      d.m = v[6] == '2' ? 7 : 1;
    } else if (v[5] == 'Q') {
      d.m = 1 + 3 * (v[6] - '1');
    } else {
      d.m = atoi_of(v.substr(5, 2));
      if (v.size() >= 10) d.d = atoi_of(v.substr(8, 2));
    }
  }
  if (d.m < 1 || d.m > 12 || d.d < 1 || d.d > 31) return std::nullopt;
  return d;
}

std::optional<Ymd> last_day(std::string_view v) {
  if (size_t slash = v.find('/'); slash != std::string_view::npos) v = v.substr(slash + 1);
  auto first = first_day(v);
  if (!first) return std::nullopt;
  if (v.size() >= 10) return first;
  // The first day of the next period, less one.
  Ymd next = *first;
  if (v.size() == 4) {
    next = {first->y + 1, 1, 1};
  } else if (v[5] == 'H') {
    next = first->m == 1 ? Ymd{first->y, 7, 1} : Ymd{first->y + 1, 1, 1};
  } else if (v[5] == 'Q') {
    next = first->m == 10 ? Ymd{first->y + 1, 1, 1} : Ymd{first->y, first->m + 3, 1};
  } else {
    next = first->m == 12 ? Ymd{first->y + 1, 1, 1} : Ymd{first->y, first->m + 1, 1};
  }
  return facts::add_days(next, -1);
}

bool inside(const Span& inner, const Span& outer) {
  return inner.in_title == outer.in_title && inner.begin >= outer.begin && inner.end <= outer.end;
}

Span sentence_of(const Doc& doc, uint32_t pos) {
  return text::sentence_at(doc.sentences, pos, static_cast<uint32_t>(doc.body.size()));
}

uint32_t words_begin(const Doc& doc, const Span& s) {
  if (s.in_title || s.begin != 0) return s.begin;
  auto end = static_cast<uint32_t>(doc.dateline_end());
  while (end < s.end && doc.body[end] == ' ') ++end;
  return end < s.end ? end : s.begin;
}

// The mentions the fact stages ask about by position, each list ordered by (title first, start),
// with ties kept in the order a stable sort of the record's lists gives. Built after the mention
// stages have run; the record's lists are not changed by the fact stages, and the addresses and
// sizes kept below rebuild the index should a caller change them between questions.
struct MentionIndex {
  const void* dates_at = nullptr;
  const void* countries_at = nullptr;
  const void* blocs_at = nullptr;
  const void* people_at = nullptr;
  size_t dates_n = 0, countries_n = 0, blocs_n = 0, people_n = 0;
  std::vector<const DateMention*> dates;
  std::vector<Place> places;
  struct PersonSpan {
    Span span;
    const Person* person;
  };
  std::vector<PersonSpan> people;  // every span of every person

  bool current(const Extraction& x) const {
    return dates_at == x.dates.data() && dates_n == x.dates.size() && countries_at == x.countries.data() &&
           countries_n == x.countries.size() && blocs_at == x.blocs.data() && blocs_n == x.blocs.size() &&
           people_at == x.people.data() && people_n == x.people.size();
  }
};

namespace {

bool before(const Span& a, const Span& b) {
  return a.in_title != b.in_title ? a.in_title : a.begin < b.begin;
}

const MentionIndex& mention_index(const Doc& doc) {
  if (doc.mention_index && doc.mention_index->current(doc.x)) return *doc.mention_index;
  auto ix = std::make_shared<MentionIndex>();
  const Extraction& x = doc.x;
  ix->dates_at = x.dates.data();
  ix->dates_n = x.dates.size();
  ix->countries_at = x.countries.data();
  ix->countries_n = x.countries.size();
  ix->blocs_at = x.blocs.data();
  ix->blocs_n = x.blocs.size();
  ix->people_at = x.people.data();
  ix->people_n = x.people.size();
  for (const auto& p : x.people)
    for (const auto& sp : p.spans) ix->people.push_back({sp, &p});
  std::sort(ix->people.begin(), ix->people.end(), [](const auto& a, const auto& b) {
    return before(a.span, b.span) || (!before(b.span, a.span) && a.person < b.person);
  });
  // Sorted with the list order as the last key: the order a stable sort gives, without the
  // buffer std::stable_sort allocates.
  ix->dates.reserve(x.dates.size());
  for (const auto& d : x.dates) ix->dates.push_back(&d);
  std::sort(ix->dates.begin(), ix->dates.end(), [](const DateMention* a, const DateMention* b) {
    return before(a->span, b->span) || (!before(b->span, a->span) && a < b);
  });
  std::vector<std::pair<uint32_t, Place>> places;  // with each one's place in the lists
  for (bool bloc : {false, true})
    for (const auto& m : bloc ? x.blocs : x.countries)
      for (const auto& sp : m.spans) places.push_back({static_cast<uint32_t>(places.size()), {m.code, sp, bloc}});
  std::sort(places.begin(), places.end(), [](const auto& a, const auto& b) {
    return before(a.second.span, b.second.span) || (!before(b.second.span, a.second.span) && a.first < b.first);
  });
  ix->places.reserve(places.size());
  for (auto& p : places) ix->places.push_back(std::move(p.second));
  doc.mention_index = std::move(ix);
  return *doc.mention_index;
}

// The entries of `sorted` whose span lies inside s: those starting in [s.begin, s.end) on s's
// side, less any that run past s's end.
template <typename T, typename SpanOf>
void inside_of(const std::vector<T>& sorted, const Span& s, SpanOf span_of, std::vector<T>& out) {
  const Span from{s.begin, s.begin, s.in_title};
  auto it = std::lower_bound(sorted.begin(), sorted.end(), from,
                             [&](const T& e, const Span& v) { return before(span_of(e), v); });
  for (; it != sorted.end(); ++it) {
    const Span& sp = span_of(*it);
    if (sp.in_title != s.in_title || sp.begin >= s.end) break;
    if (sp.end <= s.end) out.push_back(*it);
  }
}

}  // namespace

// Up to this many dates, or places, a release's list is read in turn: sorting it would cost more
// than the few questions the fact stages ask of it.
constexpr size_t kFewMentions = 48;

std::vector<const DateMention*> dates_in(const Doc& doc, const Span& s) {
  std::vector<const DateMention*> out;
  if (doc.x.dates.size() > kFewMentions) {
    inside_of(mention_index(doc).dates, s, [](const DateMention* d) -> const Span& { return d->span; }, out);
    return out;
  }
  for (const auto& d : doc.x.dates)
    if (inside(d.span, s)) out.push_back(&d);
  std::sort(out.begin(), out.end(), [](auto* a, auto* b) { return a->span.begin < b->span.begin; });
  return out;
}

std::vector<Place> places_in(const Doc& doc, const Span& s) {
  std::vector<Place> out;
  size_t n = 0;
  for (const auto* list : {&doc.x.countries, &doc.x.blocs})
    for (const auto& m : *list) n += m.spans.size();
  if (n > kFewMentions) {
    inside_of(mention_index(doc).places, s, [](const Place& p) -> const Span& { return p.span; }, out);
    return out;
  }
  for (bool bloc : {false, true})
    for (const auto& m : bloc ? doc.x.blocs : doc.x.countries)
      for (const auto& sp : m.spans)
        if (inside(sp, s)) out.push_back({m.code, sp, bloc});
  std::sort(out.begin(), out.end(), [](const Place& a, const Place& b) { return a.span.begin < b.span.begin; });
  return out;
}

std::vector<std::string> distinct_codes(const std::vector<Place>& places) {
  std::vector<std::string> out;
  for (const auto& p : places) push_unique(out, p.code);
  return out;
}

std::vector<const Person*> people_in(const Doc& doc, const Span& s) {
  size_t n = 0;
  for (const auto& p : doc.x.people) n += p.spans.size();
  if (n > kFewMentions) {
    // A person's spans are in text order (the people stage sorts them), so the first of them
    // inside s is the one that starts first: the sorted index gives each person there once.
    std::vector<MentionIndex::PersonSpan> inside_s;
    inside_of(mention_index(doc).people, s, [](const MentionIndex::PersonSpan& e) -> const Span& { return e.span; },
              inside_s);
    std::vector<const Person*> out;
    for (const auto& e : inside_s)
      if (std::find(out.begin(), out.end(), e.person) == out.end()) out.push_back(e.person);
    return out;
  }
  std::vector<std::pair<uint32_t, const Person*>> found;
  for (const auto& p : doc.x.people) {
    for (const auto& sp : p.spans) {
      if (inside(sp, s)) {
        found.push_back({sp.begin, &p});
        break;
      }
    }
  }
  std::sort(found.begin(), found.end(), [](auto& a, auto& b) { return a.first < b.first; });
  std::vector<const Person*> out;
  for (auto& f : found) out.push_back(f.second);
  return out;
}

bool unnamed_government(std::string_view lede) {
  if (!lede.starts_with("the ")) return false;
  std::string_view rest = lede.substr(4);
  for (std::string_view level : {"central ", "federal ", "national "})
    if (rest.starts_with(level)) rest.remove_prefix(level.size());
  // "the government has", "the ministry of finance said", "the cabinet approved": the body itself;
  // "the finance ministry", "the commerce ministry": one word naming its portfolio first.
  for (std::string_view body : {"government ", "ministry ", "cabinet "})
    if (rest.starts_with(body)) return true;
  const size_t sp = rest.find(' ');
  return sp != std::string_view::npos && sp > 0 && rest.substr(sp + 1).starts_with("ministry ") &&
         rest.substr(0, sp).find_first_of(",.'") == std::string_view::npos;
}

bool unnamed_office(std::string_view lede) {
  if (!lede.starts_with("the ")) return false;
  const std::string_view rest = lede.substr(4);
  // "the treasurer today announced", "the prime minister said": a government's own office, its
  // holder and country left unnamed.
  for (std::string_view office : {"treasurer ", "prime minister ", "premier ", "minister "})
    if (rest.starts_with(office)) return true;
  // "the trade minister announced": one word naming its portfolio first.
  const size_t sp = rest.find(' ');
  return sp != std::string_view::npos && sp > 0 && rest.substr(sp + 1).starts_with("minister ") &&
         rest.substr(0, sp).find_first_of(",.'") == std::string_view::npos;
}

bool first_person(std::string_view text) {
  for (size_t i = 0; i + 2 < text.size(); ++i) {
    if (i > 0 && is_word_byte(static_cast<unsigned char>(text[i - 1]))) continue;
    // "I welcome": a capital I alone before a lowercase word ("Phase I of", "Title I" are none).
    if (text[i] == 'I' && text[i + 1] == ' ' && text[i + 2] >= 'a' && text[i + 2] <= 'z') {
      const std::string_view next = text.substr(i + 2, text.find(' ', i + 2) - (i + 2));
      bool joiner = false;
      for (std::string_view j : {"of", "and", "in", "on", "for", "to", "the", "at"}) joiner |= next == j;
      if (!joiner) return true;
    }
    if ((text[i] == 'W' || text[i] == 'w') && text[i + 1] == 'e' &&
        (text[i + 2] == ' ' || text[i + 2] == ',') && i + 3 < text.size())
      return true;
  }
  return false;
}

namespace {
// Where a turn opens: the body's start or a sentence's or line's end before it.
bool turn_start(std::string_view body, size_t pos) {
  size_t i = pos;
  while (i > 0 && (body[i - 1] == ' ' || body[i - 1] == '\t')) --i;
  return i == 0 || std::string_view(".?!\n\"").find(body[i - 1]) != std::string_view::npos;
}
}  // namespace

std::vector<std::pair<size_t, size_t>> question_turns(std::string_view body) {
  std::vector<std::pair<size_t, size_t>> out;
  size_t pos = 0;
  while ((pos = body.find("Q:", pos)) != std::string_view::npos) {
    if (!turn_start(body, pos)) {
      pos += 2;
      continue;
    }
    size_t end = pos + 2;
    while ((end = body.find("A:", end)) != std::string_view::npos && !turn_start(body, end)) end += 2;
    // A question with no answer after it is no interview.
    if (end == std::string_view::npos) break;
    out.emplace_back(pos, end);
    pos = end + 2;
  }
  return out;
}

uint32_t voice_lede_end(const Doc& doc) {
  if (doc.sentences.size() <= 2) return static_cast<uint32_t>(doc.body.size());
  uint32_t first_named = UINT32_MAX;
  for (const auto& p : doc.x.people)
    for (const auto& sp : p.spans)
      if (!sp.in_title) first_named = std::min(first_named, sp.begin);
  size_t k = 1;
  if (first_named >= doc.sentences[1].end && first_named != UINT32_MAX)
    while (k < 3 && k + 1 < doc.sentences.size() && first_named >= doc.sentences[k].end) ++k;
  // Past the fourth sentence the first person named is no opening voice.
  if (first_named >= doc.sentences[k].end) k = 1;
  return doc.sentences[k].end;
}

namespace {
// Whether a dateline's rest after its city is a day of issue in full ("24 January 2025 - ",
// "March 3, 2025: ", "Monday, 3 March 2025 –"): numbers, month and weekday names and the mark
// that closes the dateline, a year among them.
bool issue_day(std::string_view rest) {
  bool year = false, month = false;
  size_t i = 0;
  while (i < rest.size()) {
    size_t j = rest.find(' ', i);
    if (j == std::string_view::npos) j = rest.size();
    std::string_view w = rest.substr(i, j - i);
    i = j + 1;
    while (!w.empty() && (w.back() == ',' || w.back() == ':')) w.remove_suffix(1);
    if (w.empty() || w == "-" || w == "\xE2\x80\x93" || w == "\xE2\x80\x94") continue;
    if (std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      if (w.size() > 4) return false;
      year |= w.size() == 4;
    } else if (is_month_or_weekday(w)) {
      month = true;
    } else {
      return false;
    }
  }
  return year && month;
}
}  // namespace

std::string infer_reporter(const Doc& doc, const Lexicon& voices, const Lexicon* cities, const Lexicon* agencies,
                           const Lexicon* missions) {
  // The dateline (the body before wb) and the lede after it, as steps 0 and 2 read them.
  const uint32_t wb = doc.sentences.empty() ? 0 : words_begin(doc, doc.sentences.front());
  const uint32_t lede_stop = doc.sentences.empty() ? 0 : doc.sentences.front().end;
  const std::string_view lede_text = wb > 0 ? doc.lowered({wb, lede_stop, false}) : std::string_view{};
  const uint32_t at = wb + (lede_text.starts_with("the ") ? 4 : 0);  // where the lede's subject begins
  auto owns = [&](const Span& sp) {
    const std::string_view after = doc.body.substr(sp.end, 4);
    return after.starts_with("'s ") || after.starts_with("\xE2\x80\x99s");
  };
  // The lede's first person after the dateline (lede_stop when none), and whether a country or
  // bloc comes before it ("Korean Trade Minister …" names whose minister it is): asked by step 2's
  // co-host and unnamed-minister rules.
  uint32_t first_person = lede_stop, first_person_end = lede_stop;
  for (const auto& p : doc.x.people)
    for (const auto& sp : p.spans)
      if (!sp.in_title && sp.begin >= wb && sp.begin < first_person) first_person = sp.begin, first_person_end = sp.end;
  bool country_first = false;
  for (const auto* list : {&doc.x.countries, &doc.x.blocs})
    for (const auto& m : *list)
      for (const auto& sp : m.spans) country_first |= !sp.in_title && sp.begin >= wb && sp.begin < first_person;
  // A lede that measures `code` from another government's side ("PARIS - France was Korea's
  // fourth-largest partner") is written from that other side.
  // A possessive before an office ("and Piyush Goyal, India's Minister of Commerce") names whose
  // minister speaks, no measure.
  auto other_side = [&](const std::string& code) {
    for (const auto& m : doc.x.countries)
      for (const auto& sp : m.spans)
        if (m.code != code && !sp.in_title && sp.begin >= wb && sp.end <= lede_stop && owns(sp)) {
          std::string_view after = doc.lowered({sp.end, std::min<uint32_t>(sp.end + 16, lede_stop), false});
          after.remove_prefix(std::min<size_t>(after.find(' ') + 1, after.size()));
          if (!after.starts_with("minist")) return true;
        }
    return false;
  };
  // "BAKU - Trade Minister Ömer Bolat met Azerbaijani Economy Minister Mikayil Jabbarov", "LONDON -
  // Trade Minister Ömer Bolat and the UK's Secretary of State … held talks": in a lede that opens
  // with a person named with no country, a country that qualifies the title of the one met or
  // joined to that person is the counterpart's; the opener is another government's, whatever city
  // the dateline gives.
  auto counterpart_title = [&](const std::string& code) {
    if (first_person >= lede_stop || country_first) return false;
    for (const auto& m : doc.x.countries) {
      if (m.code != code) continue;
      for (const auto& sp : m.spans) {
        if (sp.in_title || sp.begin < first_person_end || sp.end >= lede_stop) continue;
        std::string_view lead = doc.lowered({sp.begin >= 24 ? std::max(first_person_end, sp.begin - 24) : first_person_end,
                                             sp.begin, false});
        if (lead.ends_with(" the ")) lead.remove_suffix(4);
        if (!(lead.ends_with(" with ") || lead.ends_with(" met ") || lead.ends_with(" received ") ||
              lead.ends_with(" and ")))
          continue;
        size_t title_at = sp.end + 1;
        if (owns(sp)) title_at = sp.end + (doc.body[sp.end] == '\'' ? 3 : 5);
        if (title_at < lede_stop && doc.body[title_at - 1] == ' ' && is_upper(doc.body[title_at])) return true;
      }
    }
    return false;
  };
  const std::vector<Hit> dateline = cities && wb > 0 ? cities->match(doc, {0, wb, false}) : std::vector<Hit>{};
  // A wire dateline's city, written in capitals ("ISTANBUL - "), not a place a release names ("Hanoi,
  // Vietnam – ").
  auto capitals = [&](const Hit& h) {
    const std::string_view city = doc.body.substr(h.begin, h.end - h.begin);
    return std::none_of(city.begin(), city.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  };
  // A dateline city in capitals whose country the title or the text past the dateline names
  // ("BEIJING, Oct 30 (Reuters) - … China …"): the dateline's government, where a rule asks for one.
  auto named_capital = [&](const Hit& d) {
    const std::string& code = d.phrase->value();
    if (code.empty() || !capitals(d)) return false;
    return std::any_of(doc.x.countries.begin(), doc.x.countries.end(), [&](const CodeMention& m) {
      return m.code == code &&
             std::any_of(m.spans.begin(), m.spans.end(), [&](const Span& sp) { return sp.in_title || sp.begin >= wb; });
    });
  };
  // 0. A dateline city in capitals whose country also opens the lede ("ISTANBUL - Turkish Trade
  // Minister Omer Bolat and Kemi Badenoch, Secretary of State for Business and Trade of the UK,
  // signed …"): two signs of the same government outweigh a counterpart's title in the lede,
  // unless the lede measures it from another's side.
  if (cities && wb > 0) {
    std::string opener;
    // "CANBERRA – The Australian Government welcomes China's decision to lift tariffs": a lede whose
    // subject is the government itself speaks for it, whatever another's possessive names after.
    bool government = false;
    for (const auto& m : doc.x.countries)
      for (const auto& sp : m.spans) {
        if (sp.in_title || sp.begin != at) continue;
        opener = m.code;
        if (sp.end < lede_stop) government = doc.lowered({sp.end, lede_stop, false}).starts_with(" government ");
      }
    if (!opener.empty() && (government || !other_side(opener)))
      for (const auto& h : dateline)
        if (h.phrase->value() == opener && capitals(h)) return opener;
  }
  // 1. An explicit government voice, earliest in the body (the dateline sentence speaks first).
  // Only the opening sentences speak for the publisher; a voice named later is a counterpart's
  // ("… met the U.S. Trade Representative").
  const uint32_t lede_end = voice_lede_end(doc);
  auto hits = voices.match(doc, {0, lede_end, false});
  // A question put to the publisher ("Q: The European Commission announced … What is China's
  // comment? A: MOFCOM spokesperson …") names the counterpart; the answer speaks.
  const auto turns = question_turns(doc.body);
  // Whether text before a voice ends with the verb of meeting it: "… met with", "… received".
  auto meets = [](std::string_view b) { return b.ends_with(" with ") || b.ends_with(" met ") || b.ends_with(" received "); };
  // "Minister for Trade Inkyo Cheong met with Canada's Minister of Export Promotion …": a voice the
  // publisher's side meets or speaks with is the counterpart's.
  // In the title too ("Minister Ng speaks with Singapore's Minister for Trade and Industry"), and
  // past the name the voice follows as its title ("spoke yesterday with Gan Kim Yong, Minister for
  // Trade and Industry, Singapore").
  auto met = [&](const Hit& h, bool in_title) {
    uint32_t until = static_cast<uint32_t>(h.begin);
    if (!in_title && until >= 2 && doc.body.substr(until - 2, 2) == ", ")
      for (const auto& p : doc.x.people)
        for (const auto& sp : p.spans)
          if (!sp.in_title && sp.end + 2 == h.begin) until = sp.begin;
    // Past a rank the voice's title opens with ("held talks with Vietnamese Deputy Minister of
    // Industry and Trade …", "met Vice Minister of Commerce …"): the deputy's office is the same
    // government's.
    for (std::string_view rank : {"deputy ", "vice ", "senior ", "assistant ", "parliamentary "})
      if (until >= rank.size() && doc.lowered({static_cast<uint32_t>(until - rank.size()), until, in_title}) == rank) {
        until -= static_cast<uint32_t>(rank.size());
        break;
      }
    // Past the other offices of the same person's title in the body ("met with Vice Chancellor and
    // Federal Minister for Economic Affairs and Climate Action of Germany …"): capitalized words
    // and "and" up to the verb. A title's own words are all capitalized, so only the body's.
    if (!in_title) {
      uint32_t at = until;
      for (int w = 0; w < 6 && at >= 2 && doc.body[at - 1] == ' '; ++w) {
        const size_t sp = doc.body.rfind(' ', at - 2);
        const uint32_t ws = sp == std::string_view::npos ? 0 : static_cast<uint32_t>(sp + 1);
        const std::string_view word = doc.body.substr(ws, at - 1 - ws);
        if (word.empty() || !(is_upper(word[0]) || word == "and" || word == "&")) break;
        at = ws;
        if (ws == 0) break;
      }
      if (at < until && at >= 6) {
        const std::string_view lead = doc.lowered({at >= 16 ? at - 16 : 0u, at, false});
        if (meets(lead)) until = at;
      }
    }
    // Past the voice's country named before it ("held a meeting with UK Secretary of State for
    // Business and Trade …", "met with the Japanese Minister of …").
    for (const auto* list : {&doc.x.countries, &doc.x.blocs})
      for (const auto& m : *list)
        for (const auto& sp : m.spans)
          if (sp.in_title == in_title && sp.end + 1 == until && until > 0) until = sp.begin;
    std::string_view before = doc.lowered({until >= 48 ? until - 48 : 0u, until, in_title});
    // Past a form of address before the name met ("met with Mr. Piyush Goyal, Minister of …",
    // "met with H.E. Mr. …").
    for (bool again = true; again;) {
      again = false;
      for (std::string_view form : {"mr. ", "ms. ", "mrs. ", "dr. ", "h.e. ", "mr ", "ms ", "mrs ", "dr "})
        if (ends_with_word(before, form)) {
          before.remove_suffix(form.size());
          again = true;
        }
    }
    if (before.ends_with("the ")) before.remove_suffix(4);
    // Past a possessive government ("canada's ", "the united states' ") of up to three words.
    for (std::string_view pos : {"'s ", "\xE2\x80\x99s ", "' ", "\xE2\x80\x99 "})
      if (before.ends_with(pos)) {
        before.remove_suffix(pos.size());
        for (int w = 0; w < 3; ++w) {
          const size_t sp = before.rfind(' ');
          if (sp == std::string_view::npos) break;
          before = before.substr(0, sp + 1);
          if (meets(before)) break;
          before.remove_suffix(1);
        }
        break;
      }
    // "… the Crown Prince and Prime Minister, received U.S. Secretary of Commerce …": a visitor
    // received is met as well.
    // A title's present tense ("Trade Minister Yeo meets USTR") meets as the body's past does.
    // "… received a Japanese business delegation headed by Mr. Ken Saito, Minister of …": the head
    // of a delegation received or met is met too.
    if (!in_title && (before.ends_with(" led by ") || before.ends_with(" headed by "))) {
      const Span sent = sentence_of(doc, until);
      const std::string_view clause = doc.lowered({sent.begin, until, false});
      const size_t del = clause.rfind(" delegation ");
      if (del != std::string_view::npos) {
        const std::string_view lead = clause.substr(0, del + 1);
        for (std::string_view verb : {" received ", " met ", " met with ", " welcomed ", " hosted ", " receives ", " meets "}) {
          const size_t v = lead.rfind(verb);
          if (v == std::string_view::npos) continue;
          const std::string_view between = lead.substr(v + verb.size());
          if (between.find_first_of(",;.") == std::string_view::npos &&
              std::count(between.begin(), between.end(), ' ') <= 6)
            return true;
        }
      }
    }
    return meets(before) || before.ends_with(" meets ") || before.ends_with(" receives ");
  };
  // "ULAANBAATAR - State Secretary of the Ministry of Economy and Development of Mongolia … and
  // Director-General … of Korea's Ministry of Trade, Industry and Energy signed …": a voice the
  // lede names after the own country of its wire dateline is a counterpart's, as one met is, and so
  // is one the next sentence names ("Korea's Minister of Trade, Industry and Energy Lee …").
  // Only a mention naming the country's own office ("Ministry of Economy and Development of
  // Mongolia", "Mongolia's Ministry of …", "Mongolian Minister …") says so: "PARIS - France was
  // Korea's fourth-largest partner, the Ministry of Trade, Industry and Energy said" names France
  // first and is still Korea's release.
  auto office_of = [&](const Span& sp, uint32_t from) {
    const std::string_view before = doc.lowered({sp.begin >= 64 ? std::max(from, sp.begin - 64) : from, sp.begin, false});
    if (before.ends_with(" of ") && (has_word(before, "ministry") || has_word(before, "minister"))) return true;
    std::string_view after = doc.lowered({sp.end, std::min<uint32_t>(sp.end + 16, lede_stop), false});
    for (std::string_view pos : {"'s", "\xE2\x80\x99s"})
      if (after.starts_with(pos)) after.remove_prefix(pos.size());
    return after.starts_with(" minist");
  };
  auto after_home = [&](const Hit& h) {
    for (const auto& d : dateline) {
      const std::string& code = d.phrase->value();
      if (code.empty() || code == h.phrase->value() || !capitals(d)) continue;
      for (const auto& m : doc.x.countries)
        if (m.code == code && std::any_of(m.spans.begin(), m.spans.end(), [&](const Span& sp) {
              return !sp.in_title && sp.begin >= wb && sp.end <= std::min<uint32_t>(h.begin, lede_stop) && office_of(sp, wb);
            }))
          return true;
    }
    return false;
  };
  // "China's Minister of Commerce Wang Wentao and Singapore's Minister for Trade and Industry Gan
  // Kim Yong signed …": a voice named with its country's possessive, as a release names a foreign
  // office, after another country's own office in its sentence is the co-signer's. Without the
  // possessive ("Japanese Minister … Motegi and U.S. Trade Representative Robert Lighthizer") it
  // is the publisher's own, named second out of courtesy.
  auto cosigner = [&](const Hit& h) {
    const bool possessed = std::any_of(doc.x.countries.begin(), doc.x.countries.end(), [&](const CodeMention& m) {
      return m.code == h.phrase->value() && std::any_of(m.spans.begin(), m.spans.end(), [&](const Span& sp) {
               return !sp.in_title && owns(sp) && (sp.end + 3 == h.begin || sp.end + 5 == h.begin);
             });
    });
    if (!possessed) return false;
    const Span sent = sentence_of(doc, static_cast<uint32_t>(h.begin));
    const uint32_t from = std::max(sent.begin, wb);
    for (const auto& m : doc.x.countries)
      if (m.code != h.phrase->value() && std::any_of(m.spans.begin(), m.spans.end(), [&](const Span& sp) {
            return !sp.in_title && sp.begin >= from && sp.end <= h.begin && office_of(sp, from);
          }))
        return true;
    return false;
  };
  // "Trade Commissioner Maros Sefcovic and Indonesian Coordinating Minister for Economic Affairs
  // Airlangga Hartarto signed …": a voice introduced by its country ("Indonesian", "UK"), joined by
  // "and" to a person named before it, is the second signer's; a release names its own minister
  // first and without a country.
  auto joined_second = [&](const Hit& h) {
    for (const auto* list : {&doc.x.countries, &doc.x.blocs})
      for (const auto& m : *list) {
        if (m.code != h.phrase->value()) continue;
        for (const auto& sp : m.spans) {
          // "… and the UK's Secretary of State for Business and Trade …": past an article and a
          // possessive.
          const bool next = sp.end + 1 == h.begin || (owns(sp) && (sp.end + 3 == h.begin || sp.end + 5 == h.begin));
          uint32_t joint = sp.begin;
          if (joint >= 4 && doc.body.substr(joint - 4, 4) == "the ") joint -= 4;
          if (sp.in_title || !next || joint < 5 || doc.body.substr(joint - 5, 5) != " and ") continue;
          for (const auto& p : doc.x.people)
            for (const auto& ps : p.spans)
              if (!ps.in_title && ps.end + 5 == joint) return true;
        }
      }
    // "Trade Minister Don Farrell and European Commissioner for Trade and Economic Security Maroš
    // Šefčovič agreed …": an office introduced by one capitalized word, whose holder's title
    // states the voice's government, is introduced by it as by a country.
    const size_t ws = h.begin >= 2 ? doc.body.rfind(' ', h.begin - 2) : std::string_view::npos;
    if (ws == std::string_view::npos || ws < 4 || doc.body.substr(ws - 4, 5) != " and " || !is_upper(doc.body[ws + 1]))
      return false;
    bool joined = false, stated = false;
    for (const auto& p : doc.x.people)
      for (const auto& ps : p.spans) {
        if (ps.in_title) continue;
        joined |= ps.end + 4 == ws;
        // The holder named right after the office.
        stated |= ps.begin > h.begin && ps.begin <= h.end + 64 && p.country == h.phrase->value() &&
                  doc.body.substr(h.end, ps.begin - h.end).find_first_of(".;") == std::string_view::npos;
      }
    return joined && stated;
  };
  // "MANILA - Department of Trade and Industry (DTI) Secretary Alfredo E. Pascual and European
  // Commission Executive Vice President … Dombrovskis announced …": a voice joined by "and" to the
  // lede's opening person, whose country the lede leaves unnamed, under a wire dateline of another
  // country the body names, is the co-host's: the unnamed one is the dateline's own government.
  // So is one the sentence after the lede joins so ("NEW DELHI (Reuters) - Trade ministers from
  // India and the European Union met on Monday … Commerce Minister Piyush Goyal and EU Trade
  // Commissioner Maros Sefcovic discussed …"): the sentence's own first person and the countries
  // before it decide there.
  auto joins_unnamed_host = [&](const Hit& h) {
    if (wb == 0 || h.begin < wb) return false;
    uint32_t opener_end = first_person_end;
    bool named_first = country_first;
    if (h.begin >= lede_stop) {
      const Span sent = sentence_of(doc, static_cast<uint32_t>(h.begin));
      uint32_t opener = sent.end;
      opener_end = sent.end;
      for (const auto& p : doc.x.people)
        for (const auto& sp : p.spans)
          if (!sp.in_title && sp.begin >= sent.begin && sp.begin < opener) opener = sp.begin, opener_end = sp.end;
      named_first = false;
      for (const auto* list : {&doc.x.countries, &doc.x.blocs})
        for (const auto& m : *list)
          for (const auto& sp : m.spans) named_first |= !sp.in_title && sp.begin >= sent.begin && sp.begin < opener;
    }
    if (opener_end > h.begin || named_first) return false;
    if (!has_word(doc.lowered({opener_end, static_cast<uint32_t>(h.begin), false}), "and")) return false;
    // The title may be what names it ("Saudi Arabia, UK launch FTA round" over "RIYADH, Feb 2 (SPA)
    // -- Minister of Commerce Dr. Majid … and UK Secretary of State for Business and Trade …").
    return std::any_of(dateline.begin(), dateline.end(),
                       [&](const Hit& d) { return d.phrase->value() != h.phrase->value() && named_capital(d); });
  };
  // "From Japan, Mr. Motegi Toshimitsu, Minister for Foreign Affairs, and from Australia, Senator the
  // Hon Don Farrell, Minister for Trade and Tourism, attended": a sentence listing the delegations
  // names the publisher's own first; a voice in a later "and from <country>" is the counterpart's.
  auto listed_after = [&](const Hit& h) {
    const Span sent = sentence_of(doc, static_cast<uint32_t>(h.begin));
    if (sent.in_title || sent.begin >= h.begin) return false;
    const std::string_view text = doc.lowered({sent.begin, static_cast<uint32_t>(h.begin), false});
    if (!text.starts_with("from ")) return false;
    const size_t and_from = text.rfind(" and from ");
    if (and_from == std::string_view::npos) return false;
    uint32_t from = sent.begin + static_cast<uint32_t>(and_from) + 10;
    if (text.substr(and_from + 10).starts_with("the ")) from += 4;
    return std::any_of(doc.x.countries.begin(), doc.x.countries.end(), [&](const CodeMention& m) {
      return m.code == h.phrase->value() &&
             std::any_of(m.spans.begin(), m.spans.end(), [&](const Span& sp) { return !sp.in_title && sp.begin == from; });
    });
  };
  std::set<std::string> counterparts;  // governments of the voices met: not the publisher
  // A title several governments use ("Minister for Trade and Industry": Singapore's and Ghana's) is
  // marked "named" in the voices file: it speaks for its government only in a release that names
  // that country.
  auto named = [&](const Hit& h) {
    if (h.phrase->value(1) != "named") return true;
    return std::any_of(doc.x.countries.begin(), doc.x.countries.end(),
                       [&](const CodeMention& m) { return m.code == h.phrase->value(); });
  };
  // Such a title in the lede, in a release that does not name its country, is kept aside: a wire
  // dateline of that country says whose it is (step 2).
  std::vector<Hit> unnamed;
  for (const auto& h : hits)
    if (!named(h) && h.begin >= wb && h.begin < lede_stop) unnamed.push_back(h);
  std::erase_if(hits, [&](const Hit& h) { return !named(h); });
  // A generic name other governments' bodies share ("The Commission", marked "generic") is another
  // body's where the release names one that ends in the same word and is not that government's
  // ("The Anti-Dumping Commission has initiated a review …, the commission said").
  auto taken = [&](const Hit& h) {
    if (h.phrase->value(1) != "generic") return false;
    const std::string_view text = h.phrase->text;
    const std::string last = " " + std::string(text.substr(text.rfind(' ') + 1));
    return std::any_of(doc.x.organizations.begin(), doc.x.organizations.end(), [&](const Organization& o) {
      return o.country != h.phrase->value() && lower(o.name).ends_with(last);
    });
  };
  std::erase_if(hits, taken);
  auto in_turn = [&](const Hit& h) {
    return std::any_of(turns.begin(), turns.end(), [&](const auto& t) { return h.begin >= t.first && h.begin < t.second; });
  };
  // "Joint Statement by the European Union and Japan" over "Japan's Minister … Muto Yoji and EU
  // Commissioner … Šefčovič held …": a joint statement carries both governments' voices, in either
  // order; the one its title names first is the publisher's, as a government names itself first
  // ("Joint Statement of the United States – Ecuador Trade and Investment Council").
  if (const std::string_view tl = doc.lowered({0, static_cast<uint32_t>(doc.title.size()), true});
      tl.starts_with("joint statement") || tl.starts_with("joint press release") || tl.starts_with("joint communiqu") ||
      tl.starts_with("joint declaration") || tl.starts_with("joint readout")) {
    const Span* first = nullptr;
    const std::string* first_code = nullptr;
    for (const auto* list : {&doc.x.countries, &doc.x.blocs})
      for (const auto& m : *list)
        for (const auto& sp : m.spans)
          if (sp.in_title && !is_region(m.code) && (!first || sp.begin < first->begin)) first = &sp, first_code = &m.code;
    if (first_code)
      for (const auto& h : hits)
        if (h.phrase->value() == *first_code && !in_turn(h)) return *first_code;
    // "Joint Statement by the Minister of Trade of Indonesia and the Minister for Trade of New
    // Zealand" over "The Honourable Todd McClay, Minister for Trade of New Zealand, and Budi Santoso,
    // Minister of Trade of the Republic of Indonesia, met …": with no voice the lexicon knows, the
    // title's order still says which government issues it, when the body names that one too (the
    // counts would credit whichever a pact's name or a venue mentions more).
    if (first_code && turns.empty())
      for (const auto* list : {&doc.x.countries, &doc.x.blocs})
        for (const auto& m : *list)
          if (m.code == *first_code &&
              std::any_of(m.spans.begin(), m.spans.end(), [](const Span& sp) { return !sp.in_title; }))
            return *first_code;
  }
  // "JEJU, South Korea (AP) - Trade ministers from the 21 members of APEC met on Thursday … South
  // Korean Trade Minister Ahn Duk-geun chaired the meeting, which U.S. Trade Representative Jamieson
  // Greer … attended": agency copy speaks in no government's voice; past its lede, an officer it
  // names is one of the story's people, and a dateline city in capitals whose country the body
  // names (step 2) tells the side before such a voice does.
  std::string dateline_home;
  if (wb > 0 && doc.agency_credit())
    for (const auto& d : dateline)
      if (!d.phrase->value().empty() && capitals(d) &&
          std::any_of(doc.x.countries.begin(), doc.x.countries.end(), [&](const CodeMention& m) {
            return m.code == d.phrase->value() && std::any_of(m.spans.begin(), m.spans.end(), [&](const Span& sp) {
                     return !sp.in_title && sp.begin >= wb;
                   });
          })) {
        dateline_home = d.phrase->value();
        break;
      }
  // "BEIJING, Oct 30 (Reuters) - The European Union's decision to impose tariffs … is
  // protectionist, and China firmly opposes it, the commerce ministry spokesperson said": a lede
  // that closes by crediting a government it leaves unnamed ("the commerce ministry", "a
  // spokesperson of the Ministry of Commerce") speaks for the country of its wire dateline; the
  // government its subject names, or a voice before the credit ("The European Commission's final
  // ruling …"), is what that one speaks of.
  auto credited_home = [&]() -> std::string {
    const size_t said = lede_text.rfind(" said");
    if (wb == 0 || said == std::string_view::npos || said <= 2) return {};
    const size_t comma = lede_text.rfind(", ", said);
    if (comma == std::string_view::npos) return {};
    const std::string_view credit_text = lede_text.substr(comma + 2, said - comma - 2);
    if (!credit_text.starts_with("the ") && !credit_text.starts_with("a ")) return {};
    bool office = false;
    for (std::string_view w : {"ministry", "government", "cabinet", "spokesperson", "spokesman", "spokeswoman"})
      office |= has_word(credit_text, w);
    if (!office) return {};
    const uint32_t from = wb + static_cast<uint32_t>(comma + 2), to = wb + static_cast<uint32_t>(said);
    for (const auto* list : {&doc.x.countries, &doc.x.blocs})
      for (const auto& m : *list)
        for (const auto& sp : m.spans)
          if (!sp.in_title && sp.end > from && sp.begin < to) return {};
    for (const auto& p : doc.x.people)
      for (const auto& sp : p.spans)
        if (!sp.in_title && sp.end > from && sp.begin < to) return {};
    for (const auto& h : dateline)
      if (named_capital(h)) return h.phrase->value();
    return {};
  };
  const std::string credited = credited_home();
  for (const auto& h : hits)
    if (!credited.empty() && h.begin >= wb && h.begin < lede_stop && h.phrase->value() != credited) return credited;
  for (const auto& h : hits) {
    if (met(h, false) || after_home(h) || cosigner(h) || joins_unnamed_host(h) || listed_after(h) || joined_second(h)) {
      counterparts.insert(h.phrase->value());
      continue;
    }
    if (!dateline_home.empty() && h.begin >= lede_stop && h.phrase->value() != dateline_home) continue;
    if (!in_turn(h)) return h.phrase->value();
  }
  hits = voices.match(doc, {0, static_cast<uint32_t>(doc.title.size()), true});
  std::erase_if(hits, [&](const Hit& h) { return !named(h); });
  std::erase_if(hits, taken);
  for (const auto& h : hits) {
    if (!met(h, true)) return h.phrase->value();
    counterparts.insert(h.phrase->value());
  }
  // "China, ASEAN sign upgraded free trade pact" over "KUALA LUMPUR - China and the Association of
  // Southeast Asian Nations signed … at the summit hosted by Malaysia": a title that opens with a
  // pair of two other governments names the sides; the dateline's country, or a country the
  // counts prefer, is only the host (asked by step 2's dateline rule and by step 3).
  std::vector<Place> title_places;
  for (const auto* list : {&doc.x.countries, &doc.x.blocs})
    for (const auto& m : *list)
      for (const auto& sp : m.spans)
        if (sp.in_title) title_places.push_back({m.code, sp, list == &doc.x.blocs});
  std::sort(title_places.begin(), title_places.end(),
            [](const Place& a, const Place& b) { return a.span.begin < b.span.begin; });
  auto title_pairs_others = [&](const std::string& code) {
    if (title_places.size() < 2) return false;
    const Place& a = title_places[0];
    const Place& b = title_places[1];
    if (a.code == code || b.code == code || a.code == b.code) return false;
    const std::string_view tl = doc.lowered({0, static_cast<uint32_t>(doc.title.size()), true});
    if (a.span.begin != (tl.starts_with("the ") ? 4u : 0u) || b.span.begin < a.span.end) return false;
    const std::string_view gap = tl.substr(a.span.end, b.span.begin - a.span.end);
    for (std::string_view j : {", ", " and ", " and the ", ", the ", "-", "\xE2\x80\x93", " & "})
      if (gap == j) return true;
    return false;
  };
  // "Mr. Jatuporn Buruspat, Minister of Commerce of Thailand, met with Mr. Piyush Goyal, Minister of
  // Commerce and Industry of India": the country of a lede that opens with a person whose title,
  // set off by commas, ends in "of <country>" ("Minister of Industry and Commerce of the Lao PDR");
  // empty when there is none (step 2b).
  auto titled_opener = [&]() -> std::string {
    if (doc.sentences.empty()) return {};
    const Span& lede = doc.sentences.front();
    const uint32_t from = std::max(lede.begin, wb);
    const Span* opener = nullptr;
    for (const auto& p : doc.x.people)
      for (const auto& sp : p.spans)
        if (!sp.in_title && sp.begin >= from && sp.begin <= from + 8 && sp.end < lede.end &&
            (!opener || sp.begin < opener->begin))
          opener = &sp;
    if (!opener || opener->end + 2 >= lede.end || doc.body.substr(opener->end, 2) != ", ") return {};
    // The title runs from after the comma to the next one.
    const std::string_view rest = doc.body.substr(opener->end + 2, lede.end - opener->end - 2);
    const size_t comma = rest.find(',');
    if (comma == std::string_view::npos) return {};
    const uint32_t title_end = opener->end + 2 + static_cast<uint32_t>(comma);
    for (const auto& m : doc.x.countries)
      for (const auto& sp : m.spans) {
        // The country closes the title, or a word of its name does ("of the Lao PDR").
        if (sp.in_title || sp.end > title_end || title_end - sp.end > 8 || sp.begin <= opener->end + 2) continue;
        const std::string_view before = doc.body.substr(opener->end + 2, sp.begin - opener->end - 2);
        if (before.ends_with(" of ") || before.ends_with(" of the ")) return m.code;
      }
    return {};
  };
  // 2. In news agency copy (a dateline with a credit: "NEW DELHI, March 12 (Reuters) - "), the
  // subject of a lede that opens with a government ("India has imposed …", "Vietnam's exports
  // rose …") is the government the story speaks of. A release's own lede may open with its
  // counterpart ("France is Korea's third-largest trading partner").
  // A newspaper's dateline without a credit ("KUALA LUMPUR, May 3 - ") serves as well when the
  // lede's subject is the government's own affairs ("Malaysia's exports in March grew …").
  if (wb > 0) {
    const bool credit = doc.agency_credit();
    // A national news agency's copy ("HANOI (VNA) - Belarusian President Lukashenko signed … the
    // free trade agreement between the EAEU and Vietnam", "KUALA LUMPUR (Bernama) - Investment,
    // Trade and Industry Minister Tengku Zafrul met Korea's Trade Minister") speaks for the
    // agency's country when its dateline city lies there or its lede opens with that country
    // ("BEIJING (VNA) - Vietnamese Minister … held talks"); a lede's other subject is a
    // counterpart. Datelined abroad about another's affairs ("ADDIS ABABA (Xinhua) - Ethiopia's
    // exports to China"), the lede's subject decides as below.
    if (agencies)
      for (const auto& a : agencies->match(doc, {0, wb, false})) {
        const std::string& code = a.phrase->value();
        if (code.empty()) continue;
        // Its city written as a name serves as well ("Doha, May 19 (QNA) - "): the credit makes
        // it a wire dateline.
        bool home = std::any_of(dateline.begin(), dateline.end(), [&](const Hit& h) { return h.phrase->value() == code; });
        for (const auto& m : doc.x.countries)
          for (const auto& sp : m.spans) home |= m.code == code && !sp.in_title && sp.begin == at;
        if (home) return code;
        // "HANOI (Yonhap) -- SK Group will invest $1 billion in Vietnam …, the South Korean
        // conglomerate said": datelined abroad, a lede that opens with a body, not a government,
        // and names the agency's own country speaks of that country's firm; the host is only
        // where it acts.
        bool place_opens = false, own_named = false;
        for (const auto* list : {&doc.x.countries, &doc.x.blocs})
          for (const auto& m : *list)
            for (const auto& sp : m.spans) {
              if (sp.in_title || sp.begin < wb || sp.end > lede_stop) continue;
              place_opens |= sp.begin == at;
              own_named |= m.code == code;
            }
        if (own_named && !place_opens &&
            std::any_of(doc.x.organizations.begin(), doc.x.organizations.end(), [&](const Organization& o) {
              return std::any_of(o.spans.begin(), o.spans.end(), [&](const Span& sp) { return !sp.in_title && sp.begin == at; });
            }))
          return code;
      }
    if (!credited.empty()) return credited;
    for (const auto* list : {&doc.x.countries, &doc.x.blocs})
      for (const auto& m : *list)
        for (const auto& sp : m.spans)
          if (!sp.in_title && sp.begin == at && !is_region(m.code) && (credit || owns(sp))) return m.code;
    // "NEW DELHI - The government has imposed …", "NEW DELHI - The Ministry of Finance has …": a
    // lede whose subject is a government left unnamed speaks for the country of its dateline city.
    // A government named in its first words ("The government of Japan said", "The Japanese
    // government") is no unnamed one; a country after the verb ("The government expressed concern
    // over China's …") is what it speaks of.
    size_t subject_end = 0;
    for (int w = 0; w < 4 && subject_end != std::string_view::npos; ++w) subject_end = lede_text.find(' ', subject_end + 1);
    const uint32_t named_until = wb + static_cast<uint32_t>(std::min(subject_end, lede_text.size()));
    bool named = false;
    for (const auto* list : {&doc.x.countries, &doc.x.blocs})
      for (const auto& m : *list)
        for (const auto& sp : m.spans) named |= !sp.in_title && sp.begin >= wb && sp.begin < named_until;
    if (!named && unnamed_government(lede_text))
      for (const auto& h : dateline)
        if (!h.phrase->value().empty()) return h.phrase->value();
    // "CANBERRA - The Treasurer today announced …": an office of a government left unnamed, its
    // holder unnamed too, under a wire dateline in capitals, in a text that names no other country
    // after the lede, is the dateline's government's.
    if (!named && first_person >= lede_stop && unnamed_office(lede_text))
      for (const auto& h : dateline) {
        const std::string& code = h.phrase->value();
        if (code.empty() || !capitals(h)) continue;
        const bool others = std::any_of(doc.x.countries.begin(), doc.x.countries.end(), [&](const CodeMention& m) {
          return m.code != code && std::any_of(m.spans.begin(), m.spans.end(), [&](const Span& sp) { return !sp.in_title; });
        });
        if (!others) return code;
      }
    // "KUALA LUMPUR - Minister of Investment, Trade and Industry Tengku Zafrul and Korean Trade
    // Minister Cheong In-kyo met …", "HANOI - Deputy Minister of Industry and Trade Nguyen Sinh
    // Nhat Tan met with Canada's Ambassador to Vietnam": a lede that opens with a minister whose
    // country it leaves unnamed speaks for the country of its wire dateline, as an unnamed
    // government does. A country or bloc before the name ("Korean Trade Minister …", "EU Trade
    // Commissioner …") names whose minister it is.
    // So does one that opens with a head of state or government ("WASHINGTON – President Donald J.
    // Trump today signed …").
    const std::string_view opening = lede_text.substr(0, first_person - wb);
    if (first_person < lede_stop && (has_word(opening, "minister") || has_word(opening, "president") ||
                                     has_word(opening, "premier") || has_word(opening, "chancellor"))) {
      // "GENEVA - Minister of Trade and Industry Nevine Gamea met South African Minister … trade
      // between Egypt and South Africa": a city whose country the body never names, while it names
      // others past the lede, is only where the minister went.
      // Whether the body from `from` on names `code`, or with `others` any other country.
      auto names = [&](const std::string& code, uint32_t from, bool others) {
        for (const auto& m : doc.x.countries)
          for (const auto& sp : m.spans)
            if (!sp.in_title && sp.begin >= from && (m.code == code) != others) return true;
        return false;
      };
      if (!country_first)
        for (const auto& h : dateline) {
          const std::string& code = h.phrase->value();
          if (code.empty() || !capitals(h) || (!names(code, wb, false) && names(code, lede_stop, true)) ||
              counterpart_title(code))
            continue;
          return code;
        }
    }
    // "RIYADH - Mrs. Suphajee Suthumpun, Deputy Prime Minister and Minister of Commerce of Thailand,
    // met with Dr. Majid …": a lede that opens with another country's titled minister is that
    // country's release from abroad (step 2b), not the dateline's.
    const std::string opener_own = titled_opener();
    auto others_opener = [&](const std::string& code) { return !opener_own.empty() && opener_own != code; };
    // "SEOUL - South Korea on Wednesday signed … with Panama, … and Costa Rica", "TBILISI - … the
    // agreement between Georgia and Hong Kong": with no voice and no lede subject to go by, a
    // dateline city whose country the body names says who speaks; a count of mentions would pick
    // whichever partner is named as often. So does one whose country only the title names ("U.S.
    // trade deficit narrows" over "WASHINGTON - The Commerce Department said the deficit with
    // Mexico …"). A city whose country neither names (a "STOCKHOLM" talks story between two
    // others) says only where. Only a wire dateline, in
    // capitals: a release datelined where its event takes place ("Hanoi, Vietnam – The United
    // States and Vietnam met") names the host, not the publisher.
    // A lede that measures the city's country from another's side ("PARIS - France was Korea's
    // fourth-largest partner") is written from that other side: the counts decide.
    for (const auto& h : dateline)
      if (named_capital(h) && !other_side(h.phrase->value()) && !title_pairs_others(h.phrase->value()) &&
          !counterpart_title(h.phrase->value()) && !others_opener(h.phrase->value()))
        return h.phrase->value();
    // "OTTAWA, ONTARIO – The Honourable Mary Ng, Minister of International Trade, will travel to
    // Tokyo, Japan": a title other governments share (marked "named") in the lede, under a wire
    // dateline of a city of its government, is that government's: two signs that agree, where
    // the release never names its own country. Not a title met ("met with Minister of …").
    for (const auto& u : unnamed) {
      if (met(u, false) || counterparts.count(u.phrase->value())) continue;
      for (const auto& h : dateline)
        if (h.phrase->value() == u.phrase->value() && capitals(h)) return h.phrase->value();
    }
  }
  // 2a. "Brussels, 12 June 2025 - Executive Vice-President Valdis Dombrovskis and Chinese Vice
  // Premier He Lifeng met …": a release datelined in the city that seats a bloc's executive (the
  // third column of event_cities.tsv) that names the bloc, and not the city's own country, is the
  // bloc's. The counts below weigh countries only, and would credit the partner named most.
  // Not a wire dateline in capitals ("BRUSSELS - EU trade ministers met …"): that tells where the
  // correspondent files from.
  for (const auto& h : dateline) {
    const std::string& bloc = h.phrase->value(1);
    if (bloc.empty() || counterparts.count(bloc) || capitals(h)) continue;
    auto names = [&](const std::vector<CodeMention>& list, const std::string& code) {
      return std::any_of(list.begin(), list.end(), [&](const CodeMention& m) { return m.code == code; });
    };
    if (names(doc.x.blocs, bloc) && !names(doc.x.countries, h.phrase->value())) return bloc;
  }
  // 2b. A lede that opens with a person whose title states the country speaks for that country;
  // the one met is named after.
  if (std::string own = titled_opener(); !own.empty()) return own;
  // 2c. "Bangkok, 24 January 2025 - The Department of Foreign Trade said rice exports to China
  // rose …", "Canberra, 3 March 2025: Officials from Japan and Australia met …": a government's own
  // dateline, its city written as a name and followed by the day of issue, says where the
  // publisher issues the release when no voice speaks; the counts would credit the partner the
  // figures or the talks name most. Only a city whose country the text names, and not one the
  // lede measures from another's side or a title pair of others leaves as the host.
  for (const auto& h : dateline) {
    const std::string& code = h.phrase->value();
    if (h.begin != 0 || code.empty() || capitals(h) || counterparts.count(code) || other_side(code) ||
        title_pairs_others(code) || doc.body.substr(h.end, 2) != ", ")
      continue;
    // Named other than after a comma, as a city's country is ("in Lima, Peru" names where the
    // publisher's minister went).
    const bool country_named = std::any_of(doc.x.countries.begin(), doc.x.countries.end(), [&](const CodeMention& m) {
      return m.code == code && std::any_of(m.spans.begin(), m.spans.end(), [&](const Span& sp) {
               const std::string_view text = sp.in_title ? std::string_view(doc.title) : std::string_view(doc.body);
               return sp.begin < 2 || text.substr(sp.begin - 2, 2) != ", ";
             });
    });
    if (country_named && issue_day(doc.body.substr(h.end + 2, wb - h.end - 2))) return code;
    break;
  }
  // 2d. "Minister for Trade Todd McClay has welcomed the conclusion of … with the United Arab
  // Emirates. … MFAT will now prepare the agreement for signature": a lede that opens with a
  // minister whose country it leaves unnamed, with no dateline, is the minister's own
  // government's; a government body that opens a later sentence as its subject, with no country
  // before it, is that government. A foreign body would be named with its country ("the UAE
  // Ministry of Economy"); the counts would credit the partner the deal names. Not a government
  // the body names as met ("held talks with ministers of Japan and Canada. METI will host the
  // next meeting"): one the minister meets is the counterpart.
  if (wb == 0 && !doc.sentences.empty() && first_person < lede_stop && !country_first &&
      has_word(doc.lowered({doc.sentences.front().begin, first_person, false}), "minister"))
    for (size_t k = 1; k < doc.sentences.size(); ++k) {
      const Span& s = doc.sentences[k];
      const uint32_t open = doc.lowered(s).starts_with("the ") ? 4 : 0;
      for (const auto& h : voices.match(doc, s)) {
        if (h.begin != open || !h.phrase->value(1).empty() || counterparts.count(h.phrase->value()) ||
            is_region(h.phrase->value()))
          continue;
        if (std::any_of(doc.x.countries.begin(), doc.x.countries.end(), [&](const CodeMention& m) {
              return m.code == h.phrase->value() && std::any_of(m.spans.begin(), m.spans.end(), [&](const Span& sp) {
                       if (sp.in_title) return false;
                       const uint32_t from = std::max(sentence_of(doc, sp.begin).begin, sp.begin >= 32 ? sp.begin - 32 : 0u);
                       return has_word(doc.lowered({from, sp.begin, false}), "with");
                     });
            }))
          continue;
        const std::string_view after = doc.lowered(s).substr(h.end);
        if (after.starts_with("'s") || after.starts_with("\xE2\x80\x99s") || !after.starts_with(" ")) continue;
        return h.phrase->value();
      }
    }
  // 3. The country the body names most, preferring one the title does not name (a title names
  // the counterpart: "Minister Ng speaks with Japan's Minister …").
  // Countries named as where targeted goods come from ("acrylate produced in Japan, Germany and
  // the United States", "imports from China") are more likely targets than the publisher: they
  // count half.
  std::map<std::string, int> count;
  std::map<std::string, bool> in_title;
  std::vector<std::pair<Span, const std::string*>> body_spans;
  for (const auto& c : doc.x.countries) {
    for (const auto& sp : c.spans) {
      if (sp.in_title) {
        in_title[c.code] = true;
      } else {
        body_spans.emplace_back(sp, &c.code);
      }
    }
  }
  std::sort(body_spans.begin(), body_spans.end(),
            [](const auto& a, const auto& b) { return a.first.begin < b.first.begin; });
  static constexpr std::string_view kOrigin[] = {"from ", "from the ", "produced in ", "produced in the ",
                                                 "made in ", "made in the ", "originating in ",
                                                 "originating in the ", "originating from "};
  static constexpr std::string_view kJoint[] = {", ", " and ", ", the ", " and the ", ", and ", ", and the ", " or ",
                                                " or the "};
  uint32_t origin_end = 0, partner_end = 0;
  bool have_origin = false, have_partner = false;
  // "Minister for Trade and Tourism, Senator the Hon Don Farrell, today signed … with UAE Minister
  // of State …": a lede whose subject is a person named before any country is the publisher's own
  // minister, and the country that qualifies the title of whom the minister acts "with" is the
  // counterpart's.
  const Span* lede = doc.sentences.empty() ? nullptr : &doc.sentences.front();
  bool person_subject = false;
  if (lede) {
    uint32_t first_person = lede->end;
    for (const auto& p : doc.x.people)
      for (const auto& sp : p.spans)
        if (!sp.in_title && sp.begin >= lede->begin && sp.begin < first_person) first_person = sp.begin;
    person_subject = first_person < lede->end &&
                     std::none_of(body_spans.begin(), body_spans.end(), [&](const auto& e) {
                       return e.first.begin >= lede->begin && e.first.begin < first_person;
                     });
  }
  std::set<std::string> addressed;  // governments the first-person speaker names as another
  std::set<std::string> met_titles;  // governments whose minister the lede's subject meets or joins
  std::set<std::string> destinations;  // countries a mission of the publisher's side goes to
  // Whether sp is the next of a list whose last member so far ended at `end` (", ", " and the ").
  auto listed_next = [&](bool have, uint32_t end, const Span& sp) {
    if (!have || end > sp.begin) return false;
    const std::string_view between = doc.lowered({end, sp.begin, false});
    return std::any_of(std::begin(kJoint), std::end(kJoint), [&](std::string_view j) { return between == j; });
  };
  for (const auto& [sp, code] : body_spans) {
    const std::string_view lead = doc.lowered({sp.begin >= 24 ? sp.begin - 24 : 0, sp.begin, false});
    // "From Japan, Mr. Ichiro Sato, Deputy Minister for Foreign Affairs, and from Mexico, Ms. …,
    // attended": a sentence listing the delegations names the publisher's own first, whatever
    // titles it gives them (the voices' own rule, step 1, needs a known title); the one listed
    // after it is the counterpart's.
    if (sp.begin >= 5 && lead.ends_with("from ")) {
      const Span sent = sentence_of(doc, sp.begin);
      const uint32_t open = std::max(sent.begin, wb);
      const std::string_view text = doc.lowered({open, sent.end, false});
      if (text.starts_with("from ") && text.find(" and from ") != std::string_view::npos) {
        if (open + 5 == sp.begin) {
          count[*code] += 4;
          continue;
        }
        if (lead.ends_with(" and from ")) {
          count[*code] -= 2;
          continue;
        }
      }
    }
    // "Two-way trade with the UAE was worth A$10.3 billion", "goods exports to the UAE", "imports
    // from China": the country traded with, where exports go or imports come from, is the partner a
    // figure is measured against, and does not count for the publisher.
    // So is a country listed after it ("imports from Japan, the United States and Iran").
    // "Minister … will lead a trade mission of 24 companies to Kenya": the country a mission or
    // delegation goes to, in the same clause, is where the publisher's side travels.
    if (missions && (lead.ends_with(" to ") || lead.ends_with(" to the "))) {
      const Span sent = sentence_of(doc, sp.begin);
      const uint32_t from = std::max({sent.begin, wb, sp.begin >= 64 ? sp.begin - 64 : 0u});
      const std::string_view clause = doc.lowered({from, sp.begin, false});
      const auto found = missions->match(clause);
      if (std::any_of(found.begin(), found.end(), [&](const Hit& h) {
            return clause.find_first_of(",;:", h.end) == std::string_view::npos;
          })) {
        destinations.insert(*code);
        continue;
      }
    }
    bool partner = false;
    for (std::string_view cue : {"trade with ", "trade with the ", "exports to ", "exports to the ", "imports from ",
                                 "imports from the "})
      partner |= lead.ends_with(cue);
    partner |= !partner && listed_next(have_partner, partner_end, sp);
    if (partner) {
      have_partner = true;
      partner_end = sp.end;
      continue;
    }
    bool origin = false;
    for (auto o : kOrigin) origin |= lead.ends_with(o);
    origin |= !origin && listed_next(have_origin, origin_end, sp);
    if (origin) {
      have_origin = true;
      origin_end = sp.end;
      ++count[*code];
      continue;
    }
    // "will attend the ASEAN Economic Ministers' Meeting in Kuala Lumpur, Malaysia", "travel to
    // Lima, Peru": a country that only closes a known city's name says where an event takes place,
    // not who reports it.
    if (cities && sp.begin >= 4 && doc.body.substr(sp.begin - 2, 2) == ", ") {
      const uint32_t from = sp.begin >= 34 ? sp.begin - 34 : 0;
      const auto found = cities->match(doc, {from, sp.begin - 2, false});
      // Hits are offsets into the searched stretch.
      if (!found.empty() && found.back().end == sp.begin - 2 - from && found.back().phrase->value() == *code) continue;
    }
    // "his Turkish counterpart", "Japan's counterpart": the country the publisher's minister met.
    const std::string_view next = doc.lowered({sp.end, std::min<uint32_t>(sp.end + 16, static_cast<uint32_t>(doc.body.size())), false});
    // The country qualifies a title ("Indian Commerce Minister", "India's Commerce Minister"): a
    // capital after it, past a possessive.
    size_t title_at = sp.end + 1;
    if (next.starts_with("'s ")) title_at = sp.end + 3;
    else if (next.starts_with("\xE2\x80\x99s ")) title_at = sp.end + 5;
    const bool titled = title_at < doc.body.size() && doc.body[title_at - 1] == ' ' && doc.body[title_at] >= 'A' &&
                        doc.body[title_at] <= 'Z';
    // "… met with India's Commerce and Industry Minister …", "received UK Trade Policy Minister …",
    // "Trade Minister Yeo Han-koo and Indian Commerce and Industry Minister Piyush Goyal signed …":
    // in a lede whose subject is a minister named with no country, the one met, received or joined
    // to the subject is named with the country whose minister he is; a release names its own
    // minister first and without one.
    const bool with_title = person_subject && sp.end <= lede->end && titled &&
                            (lead.ends_with(" with ") || lead.ends_with(" with the ") || lead.ends_with(" met ") ||
                             lead.ends_with(" received ") || lead.ends_with(" and "));
    if (with_title || next.starts_with(" counterpart") || next.starts_with("'s counterpart") ||
        next.starts_with("\xE2\x80\x99s counterpart")) {
      if (with_title) met_titles.insert(*code);
      count[*code] -= 2;
      continue;
    }
    // In the first person, the speaker's side is the one saying "we": a government it names with a
    // possessive ("We are concerned by China's export controls", "I welcome Japan's decision") or
    // acts "with" ("We concluded an agreement with Japan") is another; one it speaks "in" ("In
    // Japan, we concluded …", "Here in Canada, we …") is its own.
    if (sp.begin >= 4 && (lead.ends_with("in ") || lead.ends_with("in the ")) &&
        (doc.body.substr(sp.end).starts_with(", we ") || doc.body.substr(sp.end).starts_with(", I "))) {
      count[*code] += 4;
      continue;
    }
    if (owns(sp) || lead.ends_with(" with ") || lead.ends_with(" with the ")) {
      const Span sent = sentence_of(doc, sp.begin);
      if (sent.begin <= sp.begin && facts::first_person(doc.body.substr(sent.begin, sp.begin - sent.begin))) {
        count[*code] -= 2;
        addressed.insert(*code);
        continue;
      }
    }
    // "to advance free trade negotiations with the United Arab Emirates", "held talks with Japan":
    // the side talks are held with is the other party, never the publisher.
    bool negotiated = false;
    for (std::string_view cue : {"negotiations with ", "negotiations with the ", "talks with ", "talks with the "})
      negotiated |= lead.ends_with(cue);
    if (negotiated) continue;
    count[*code] += 2;
  }
  // A title that opens with one country as its subject ("Indonesia sees narrowing trade surplus",
  // "Vietnam's exports rise") speaks of that country's own affairs: it names no counterpart there.
  // A pair ("Korea–Japan …", "China, Japan …", "Korea and Chile …") still does.
  std::string title_subject;
  {
    const std::string_view tl = doc.lowered({0, static_cast<uint32_t>(doc.title.size()), true});
    const uint32_t at = tl.starts_with("the ") ? 4 : 0;
    for (const auto& c : doc.x.countries)
      for (const auto& sp : c.spans) {
        if (!sp.in_title || sp.begin != at) continue;
        std::string_view rest = tl.substr(sp.end);
        if (rest.starts_with("'s") || rest.starts_with("\xE2\x80\x99s")) rest = rest.substr(rest[0] == '\'' ? 2 : 4);
        const bool pair = rest.starts_with(",") || rest.starts_with("-") || rest.starts_with("/") ||
                          rest.starts_with("\xE2\x80\x93") || rest.starts_with("\xE2\x80\x94") ||
                          rest.starts_with(" and ") || rest.starts_with(" & ");
        if (!pair) title_subject = c.code;
      }
  }
  auto paired_before = [&](const std::string& a, const std::string& b) {
    for (size_t k = 0; k + 1 < body_spans.size(); ++k) {
      if (*body_spans[k].second != a || *body_spans[k + 1].second != b) continue;
      const std::string_view gap = doc.body.substr(body_spans[k].first.end,
                                                   body_spans[k + 1].first.begin - body_spans[k].first.end);
      if (gap == "-" || gap == "\xE2\x80\x93" || gap == "\xE2\x80\x94") return true;
    }
    return false;
  };
  // "New Zealand ratifies DEPA upgrade" over "New Zealand has ratified the … (DEPA) with Chile and
  // Singapore, Trade Minister Todd McClay said": a country that is the subject of both the title and
  // the lede is the one the release speaks for; a tie goes to it.
  std::string subject;
  if (lede && !title_subject.empty()) {
    const uint32_t from = std::max(lede->begin, wb);
    const uint32_t open = from + (doc.lowered({from, std::min(from + 4, lede->end), false}) == "the " ? 4 : 0);
    for (const auto& c : doc.x.countries)
      if (c.code == title_subject)
        for (const auto& sp : c.spans)
          if (!sp.in_title && sp.begin == open) subject = c.code;
  }
  std::string best;
  int best_score = -1;
  // "Australia and India sign …" over "Minister for Trade Dan Tehan signed … with India's Minister of
  // Commerce and Industry": a title that names a counterpart whose voice is met names both sides,
  // so naming the other there marks no counterpart. The met one's own title mention still counts
  // against it.
  // So does one whose minister the lede's subject meets or joins ("Korea and India sign …" over
  // "Trade Minister Yeo Han-koo and Indian Commerce Minister Piyush Goyal signed …").
  auto met_side = [&](const std::string& c) { return counterparts.count(c) > 0 || met_titles.count(c) > 0; };
  const bool title_pairs_counterpart =
      std::any_of(counterparts.begin(), counterparts.end(), [&](const std::string& c) { return in_title[c]; }) ||
      std::any_of(met_titles.begin(), met_titles.end(), [&](const std::string& c) { return in_title[c]; });
  for (const auto& [code, n] : count) {
    // A government whose voice the publisher's side met is the counterpart, even when the release
    // names no other ("Minister for Trade Yeo Han-koo met with United States Trade Representative
    // Jamieson Greer"): the publisher is then unknown, not the one met.
    if (counterparts.count(code) || destinations.count(code)) continue;
    int score = n - (in_title[code] && code != title_subject && (!title_pairs_counterpart || met_side(code)) ? 3 : 0);
    // A tie goes to the first of a pair the body joins with a dash ("the Australia-United Arab
    // Emirates Comprehensive Economic Partnership Agreement"): a government names itself first.
    if (score > best_score ||
        (score == best_score && !best.empty() &&
         (code == subject || (best != subject && paired_before(code, best))))) {
      best = code;
      best_score = score;
    }
  }
  // "US and China agree to extend tariff truce" over "STOCKHOLM - … after two days of talks in
  // Stockholm, … Sweden hosted the talks": in copy under a dateline, a title that pairs two
  // governments names the sides; a third the counts prefer is only where they met, and the
  // reporter stays unknown.
  // Only a pair: a title that lists more ("ASEAN, Australia and New Zealand sign …") leaves the
  // counts to decide.
  if (wb > 0 && !best.empty() && title_pairs_others(best) &&
      (title_places.size() == 2 || title_places[2].code == title_places[0].code ||
       title_places[2].code == title_places[1].code ||
       title_places[2].span.begin > title_places[1].span.end + 5))
    return "";
  // "Statement on the Korea-Japan deal: We signed the Economic Partnership Agreement with Japan":
  // with nothing else to go by, the one title country the first-person speaker does not name as
  // another is the speaker's own.
  if (best.empty() && !addressed.empty()) {
    std::string own;
    for (const auto& [code, named] : in_title) {
      if (!named || addressed.count(code)) continue;
      if (!own.empty()) return best;
      own = code;
    }
    return own;
  }
  return best;
}

// The proper name around a trigger noun: capitalized words (and connectors between them) to
// its left, "of/on/for + Capitalized …" to its right. Empty when the noun is generic.
namespace {

// The value of a Roman numeral written in capitals and in its standard form ("XVI" → 16), else 0:
// "MIX" and "IIII" are not numerals. Up to 50, with no C: a series of meetings seldom counts
// more, and acronyms do ("CII Partnership Summit" is the Confederation of Indian Industry's).
int roman_value(std::string_view w) {
  static constexpr std::pair<std::string_view, int> kParts[] = {{"C", 100}, {"XC", 90}, {"L", 50}, {"XL", 40},
                                                                {"X", 10},  {"IX", 9},  {"V", 5},  {"IV", 4},
                                                                {"I", 1}};
  if (w.empty() || w.size() > 8) return 0;
  for (char c : w)
    if (c != 'I' && c != 'V' && c != 'X' && c != 'L') return 0;
  int value = 0;
  for (size_t i = 0; i < w.size(); ++i) {
    const int v = w[i] == 'C' ? 100 : w[i] == 'L' ? 50 : w[i] == 'X' ? 10 : w[i] == 'V' ? 5 : 1;
    const int next = i + 1 < w.size() ? (w[i + 1] == 'C' ? 100 : w[i + 1] == 'L' ? 50 : w[i + 1] == 'X' ? 10
                                                                     : w[i + 1] == 'V' ? 5 : 1)
                                      : 0;
    value += v < next ? -v : v;
  }
  // Only the standard form: written back, the value gives the same letters.
  std::string back;
  int left = value;
  for (const auto& [part, v] : kParts)
    while (left >= v) {
      back += part;
      left -= v;
    }
  return value > 0 && value <= 50 && back == w ? value : 0;
}

}  // namespace

std::string proper_name(std::string_view text, size_t tb, size_t te, const Lexicon* ordinals, std::optional<int>* ordinal) {
  auto word_start = [&](size_t pos) {
    while (pos > 0 && text[pos - 1] != ' ') --pos;
    return pos;
  };
  // Left: walk back word by word while words are capitalized, numbers, ordinals or joiners.
  size_t b = word_start(tb);
  bool capital_seen = b < tb || is_upper(text[tb]);
  size_t pos = b;
  while (pos > 1) {
    size_t ws = word_start(pos - 1);
    std::string_view w = text.substr(ws, pos - 1 - ws);
    if (w.empty()) break;
    std::string lw = lower(w);
    // Compared with literals as a view: lengths first, inline, where a std::string counts each
    // literal and calls compare.
    const std::string_view lv = lw;
    bool cap = is_upper(w[0]) || is_digit(w[0]) || static_cast<unsigned char>(w[0]) >= 0x80 || w[0] == '\'' ||
               w[0] == '"' || (w[0] == '(' && w.size() > 1 && is_upper(w[1]));
    // "in" joins words of a name ("ASEAN Trade in Goods Agreement") like "of" does.
    bool joiner = lv == "of" || lv == "and" || lv == "on" || lv == "for" || lv == "&" || lv == "in";
    // A label or lead-in ends there too ("Southeast TV: The XVI BRICS Summit …", "Update: …").
    if (w.back() == ',' || w.back() == ';' || w.back() == ':' || (w.back() == ')' && w.front() != '(')) break;
    // A sentence end ("… counterpart Binali Yildirim. The Turkey–Singapore FTA") is no part of a
    // name; "U.S.", "Inc." are. A paragraph number stays: it tells apart the numbered items of
    // one day ("1. Meeting with …", "2. Meeting with …").
    if (w.size() > 1 && (w.back() == '.' || w.back() == '!' || w.back() == '?')) {
      std::string_view core = w.substr(0, w.size() - 1);
      bool digits = true;
      for (char c : core) digits &= is_digit(c);
      if (core.find('.') == std::string_view::npos && core.size() >= 4 && !digits) break;
      if (!core.empty() && core.back() == '%') break;  // "rose 16%. The fifth round ..."
      // A number ends a sentence unless a sentence end comes before it ("… September 28. The
      // Business Forum" is no name; "with Russia. 1. Meeting" keeps its number).
      if (digits && !core.empty() && ws > 1) {
        size_t ps = word_start(ws - 1);
        std::string_view prev = text.substr(ps, ws - 1 - ps);
        if (!prev.empty() && prev.back() != '.' && prev.back() != '!' && prev.back() != '?' && prev.back() != ':')
          break;
      }
    }
    // An em dash standing alone ends a dateline ("BRUSSELS (AP) — The Union …"); an en dash may
    // join partners ("Korea – U.S. FTA").
    if (w == "—" || w == "--") break;
    // An en dash or hyphen standing alone before an article ends a dateline too ("LIMA, 1 July –
    // The Free Trade Agreement …", "BRASILIA - The …"): partners it joins are named, not "The".
    if (w == "\xE2\x80\x93" || w == "-") {
      const size_t we = std::min(text.find(' ', pos), text.size());
      const std::string lnext = lower(text.substr(pos, we - pos));
      if (lnext == "the" || lnext == "a" || lnext == "an") break;
    }
    // "met in Geneva on Saturday for talks": a weekday tells when, it is no word of a name.
    auto weekday = [](std::string_view x) { return x.ends_with("day") && is_month_or_weekday(x); };
    if (cap && weekday(w)) break;
    // An ordinal word counts like a capitalized one: looked up only when the word is not one.
    bool ord = false;
    if (!cap && ordinals) {
      const auto hits = ordinals->match(lw);
      ord = !hits.empty() && hits[0].end == lw.size();
    }
    if (cap || ord) {
      b = ws;
      pos = ws;
      capital_seen = true;
      continue;
    }
    if (joiner && ws > 1) {
      // A joiner counts only between capitalized words.
      size_t ws2 = word_start(ws - 1);
      std::string_view w2 = text.substr(ws2, ws - 1 - ws2);
      // "the conclusion in Bali of negotiations": one capitalized word placed by "in" or "at" before
      // the joiner of a lower-case event word is where, no part of a name.
      const std::string_view w3 = ws2 > 1 ? text.substr(word_start(ws2 - 1), ws2 - 1 - word_start(ws2 - 1)) : "";
      if (!is_upper(text[tb]) && (w3 == "in" || w3 == "at")) break;
      if (!w2.empty() && (is_upper(w2[0]) || is_digit(w2[0])) && !weekday(w2)) {
        b = ws;
        pos = ws;
        continue;
      }
    }
    break;
  }
  // A name neither begins nor ends with a word that only joins others, nor with an article
  // capitalized because it opens a sentence ("A third round will be held in Canada").
  auto edge_joiner = [](std::string_view w) {
    const std::string lw = lower(w);
    const std::string_view lv = lw;
    return lv == "of" || lv == "and" || lv == "on" || lv == "for" || lv == "&" || lv == "the" || lv == "a" ||
           lv == "an";
  };
  // Drop leading joiners, and an acronym in parentheses, which stands for the words before it
  // ("free trade agreement (FTA) talks" is no name).
  auto parenthesized = [](std::string_view w) { return w.size() > 2 && w.front() == '(' && w.back() == ')'; };
  // A paragraph number before an article that opens its sentence ("1. The Fourteenth
  // Consultations were held") numbers the paragraph, not the event; "1. Meeting with …" keeps it.
  auto paragraph_number = [&](size_t at, size_t sp) {
    const std::string_view w = text.substr(at, sp);
    if (w.size() < 2 || w.size() > 3 || w.back() != '.' || !std::all_of(w.begin(), w.end() - 1, is_digit))
      return false;
    const std::string_view next = text.substr(at + sp + 1, te - (at + sp + 1));
    return next.starts_with("The ") || next.starts_with("A ") || next.starts_with("An ");
  };
  for (size_t sp; (sp = text.substr(b, te - b).find(' ')) != std::string_view::npos &&
                  (edge_joiner(text.substr(b, sp)) || parenthesized(text.substr(b, sp)) || paragraph_number(b, sp));)
    b += sp + 1;
  // Right: "Forum on Resilient and Stable Industrial Supply Chains".
  size_t e = te;
  {
    size_t p = te;
    while (p < text.size() && text[p] == ' ') ++p;
    auto next_word = [&](size_t from) {
      size_t s = from;
      while (s < text.size() && text[s] != ' ') ++s;
      return s;
    };
    size_t we = next_word(p);
    std::string lw = lower(text.substr(p, we - p));
    const std::string_view lv = lw;
    static constexpr std::string_view kCalendar[] = {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"};
    auto calendar_word = [&](size_t from) {
      if (from >= text.size()) return false;
      std::string nw = lower(text.substr(from, next_word(from) - from));
      while (!nw.empty() && !is_word_byte(static_cast<unsigned char>(nw.back()))) nw.pop_back();
      for (auto c : kCalendar)
        if (std::string_view(nw) == c) return true;
      return false;
    };
    // A date opens at `from`: a weekday or a month, or a day or days before a month ("29 May",
    // "10-11 March", "10–11 March", "5 and 6 September", "14 to 18 October").
    auto date_at = [&](size_t from) {
      auto days_at = [&](size_t at) {
        const size_t end = next_word(at);
        const std::string_view w = text.substr(at, end - at);
        return at < text.size() && is_digit(text[at]) && end - at <= 8 &&
               std::all_of(w.begin(), w.end(), [](char c) {
                 return is_digit(c) || c == '-' || static_cast<unsigned char>(c) >= 0x80;
               });
      };
      if (from < text.size() && is_digit(text[from])) {
        if (!days_at(from)) return false;
        size_t end = next_word(from);
        if (end + 1 < text.size()) {
          const size_t je = next_word(end + 1);
          const std::string_view joint = text.substr(end + 1, je - end - 1);
          if ((joint == "and" || joint == "to") && je + 1 < text.size() && days_at(je + 1)) end = next_word(je + 1);
        }
        return end + 1 < text.size() && calendar_word(end + 1);
      }
      return calendar_word(from);
    };
    // "Ministers' Meeting on the 13th in Seoul": a day of the month after "on the" (the word at
    // `from` is "the") is the event's date; "Forum on the 21st Century" keeps its name.
    auto day_after = [&](size_t from) {
      if (from >= text.size() || lower(text.substr(from, next_word(from) - from)) != "the") return false;
      const size_t ds = next_word(from) + 1;
      if (ds >= text.size()) return false;
      const size_t de = next_word(ds);
      std::string_view d = text.substr(ds, de - ds);
      const bool punct_after = !d.empty() && !is_word_byte(static_cast<unsigned char>(d.back()));
      while (!d.empty() && !is_word_byte(static_cast<unsigned char>(d.back()))) d.remove_suffix(1);
      size_t n = 0;
      while (n < d.size() && is_digit(d[n])) ++n;
      const std::string_view suf = d.substr(n);
      if (n < 1 || n > 2 || !(suf == "st" || suf == "nd" || suf == "rd" || suf == "th")) return false;
      return punct_after || de + 1 >= text.size() || !is_upper(text[de + 1]);
    };
    const bool calendar = date_at(we + 1) || (lv == "on" && day_after(we + 1));
    if (!calendar && (lv == "on" || lv == "of" || lv == "for")) {
      size_t q = we + 1;
      size_t last = e;
      std::string_view prev;
      while (q < text.size()) {
        size_t qe = next_word(q);
        std::string_view w = text.substr(q, qe - q);
        std::string lw2 = lower(w);
        const std::string_view lv2 = lw2;
        bool cap = !w.empty() && (is_upper(w[0]) || is_digit(w[0]));
        // "in" joins a name's words after "Trade" ("Agreement on Trade in Essential Supplies",
        // "Committee on Trade in Services"), as it does leftward ("ASEAN Trade in Goods
        // Agreement"); after another word it leads to a place ("Forum on Investment in Seoul").
        bool joiner = lv2 == "and" || lv2 == "of" || lv2 == "on" || lv2 == "for" || lv2 == "the" || lv2 == "&" ||
                      (lv2 == "in" && prev == "Trade");
        prev = w;
        if (!cap && !joiner) break;
        // "Forum on the Future of Asia on 29 May 2025": a date after "on" is the event's, not its name's.
        if (lv2 == "on" && date_at(qe + 1)) break;
        if (lv2 == "on" && day_after(qe + 1)) break;
        if (cap) last = qe;
        bool stop = !w.empty() && (w.back() == ',' || w.back() == '.' || w.back() == ';');
        q = qe + 1;
        if (stop) break;
      }
      if (last > e) e = last;
    }
  }
  std::string_view name = trim(text.substr(b, e - b));
  // Quotes around a name are not part of it.
  auto strip = [&](std::string_view q) {
    if (name.substr(0, q.size()) == q) name.remove_prefix(q.size());
    if (name.size() >= q.size() && name.substr(name.size() - q.size()) == q) name.remove_suffix(q.size());
  };
  for (auto q : {"\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x98", "\xE2\x80\x99", "\"", "'"}) strip(q);
  name = trim(name);
  // Nor are joiners left at its end ("Advanced Framework Agreement on Friday": the trigger's "on"
  // opened no complement).
  for (size_t sp; (sp = name.rfind(' ')) != std::string_view::npos && edge_joiner(name.substr(sp + 1));)
    name = trim(name.substr(0, sp));
  if (!capital_seen || name.size() <= te - tb) return "";  // the trigger alone names nothing
  if (!ordinal) return std::string(name);
  // Ordinal: "5th", "20th", "second", "inaugural".
  std::string ln = lower(name);
  for (size_t i = 0; i < ln.size(); ++i) {
    if (!is_digit(ln[i]) || (i > 0 && is_word_byte(static_cast<unsigned char>(ln[i - 1])))) continue;
    size_t j = i;
    while (j < ln.size() && is_digit(ln[j])) ++j;
    std::string_view suf = std::string_view(ln).substr(j, 2);
    if (suf == "st" || suf == "nd" || suf == "rd" || suf == "th") {
      *ordinal = std::atoi(ln.substr(i, j - i).c_str());
      break;
    }
  }
  if (!*ordinal && ordinals) {
    for (const auto& h : ordinals->match(ln)) {
      *ordinal = std::atoi(h.phrase->value().c_str());
      break;
    }
  }
  // "the XVI BRICS Summit", "the IX Summit of the Americas": a Roman numeral opening the name
  // counts it. Two letters at least: a lone "I" or "V" is a word or an initial.
  if (!*ordinal)
    if (const size_t sp = name.find(' '); sp != std::string_view::npos && sp >= 2)
      if (const int r = roman_value(name.substr(0, sp)); r > 0) *ordinal = r;
  return std::string(name);
}

bool ordinal_word(const Lexicon& ordinals, std::string_view w) {
  size_t d = 0;
  while (d < w.size() && is_digit(w[d])) ++d;
  if (d > 0) {
    const std::string_view suffix = w.substr(d);
    return suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th";
  }
  const auto ord = ordinals.match(w);
  return !ord.empty() && ord.front().begin == 0 && ord.front().end == w.size();
}

bool is_region(const std::string& code) {
  static constexpr std::string_view kRegions[] = {"CENTRAL_ASIA", "LATIN_AMERICA", "AFRICA", "MIDDLE_EAST",
                                                  "EURASIA", "BALKANS", "SOUTHEAST_ASIA", "NORTHEAST_ASIA",
                                                  "INDO_PACIFIC", "ASIA_PACIFIC", "NORTH_AMERICA"};
  for (auto r : kRegions)
    if (code == r) return true;
  return false;
}

std::string main_counterpart(const Doc& doc, const std::string& reporter) {
  std::string best;
  int best_n = 0;
  for (const auto* list : {&doc.x.countries, &doc.x.blocs}) {
    for (const auto& m : *list) {
      if (m.code == reporter || is_region(m.code)) continue;
      int n = 0;
      for (const auto& sp : m.spans) n += sp.in_title ? 2 : 1;
      if (n > best_n) best_n = n, best = m.code;
    }
  }
  return best;
}

void push_unique(std::vector<std::string>& v, const std::string& s) {
  if (!s.empty() && std::find(v.begin(), v.end(), s) == v.end()) v.push_back(s);
}

}  // namespace tw::extract::facts

// Shared machinery of the fact stages (events, agreements, measures, indicators): phrase
// lexicons loaded from data/, word-bounded matching, calendar arithmetic, and views of the
// mentions earlier stages found ("dates inside this sentence", "countries in this span").
#pragma once

#include <array>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/doc.h"

namespace tw::extract::facts {

// ---- text ----------------------------------------------------------------------------------

std::string lower(std::string_view s);
bool is_word_byte(unsigned char c);
// Offsets of `needle` (lower case) in `hay` (lower case) that start and end at word boundaries.
std::vector<size_t> find_words(std::string_view hay, std::string_view needle);
bool has_word(std::string_view hay, std::string_view needle);
// hay.rfind(needle) when that occurrence starts at or after `from`, else npos: the search reads
// no further back than `from` and tests a position's first byte before comparing the rest (the
// library's search compares at every byte back to the start of the text).
size_t rfind_from(std::string_view hay, std::string_view needle, size_t from);
// Whether s ends with w where w starts s or follows a space: "not take" ends "would not take", not
// "cannot take".
inline bool ends_with_word(std::string_view s, std::string_view w) {
  return s.ends_with(w) && (s.size() == w.size() || s[s.size() - w.size() - 1] == ' ');
}
// Whether s ends with w where w starts s or follows a byte of no word (a space, a bracket, a
// quote): "preferential " ends "the pact's (preferential ", not "nonpreferential ".
inline bool ends_with_term(std::string_view s, std::string_view w) {
  return s.ends_with(w) && (s.size() == w.size() || !is_word_byte(static_cast<unsigned char>(s[s.size() - w.size() - 1])));
}
// The last comma or semicolon of s, or npos: one pass from the end (find_last_of asks memchr of
// the set at every byte).
inline size_t last_clause_break(std::string_view s) {
  for (size_t i = s.size(); i > 0; --i)
    if (s[i - 1] == ',' || s[i - 1] == ';') return i - 1;
  return std::string_view::npos;
}
inline bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool is_digit(char c) { return c >= '0' && c <= '9'; }
// Trims spaces and trailing punctuation that never ends a name.
std::string_view trim(std::string_view s);

// ---- phrase lexicons ------------------------------------------------------------------------

// A data-file row: a phrase and the values it stands for (columns after the first).
struct Phrase {
  std::string text;  // lower case
  std::vector<std::string> values;
  std::string original;  // as written in the data file
  const std::string& value(size_t i = 0) const;
};

struct Hit {
  size_t begin = 0, end = 0;  // offsets into the searched text
  const Phrase* phrase = nullptr;
};

class Lexicon {
 public:
  static Result<Lexicon> load(const std::string& data_dir, const std::string& name, size_t min_values = 1);
  // Loads several files into their lexicons; the first failure is returned.
  struct Target {
    Lexicon* lexicon;
    const char* file;
    size_t min_values = 1;
  };
  static Status load_all(const std::string& data_dir, std::initializer_list<Target> targets);
  // Non-overlapping hits in `lowered` text, leftmost first, the longest phrase at each place.
  std::vector<Hit> match(std::string_view lowered) const;
  // The same as match(doc.lowered(s)), looking only at the document's word starts.
  std::vector<Hit> match(const Doc& doc, const Span& s) const;
  const std::vector<Phrase>& phrases() const { return phrases_; }
  void add(std::string text, std::vector<std::string> values);

 private:
  using Found = std::vector<std::pair<uint32_t, uint32_t>>;  // (phrase index, position)
  // The bucket to read for a word start at pos of t[0, n), or -1 when no phrase may start there.
  // Inline, and in the order of what turns most word starts away (their second byte, their
  // first, their third): most word starts fail, and a call per word start per lexicon would cost
  // more than the tests.
  long bucket_at(const unsigned char* t, size_t n, size_t pos) const {
    const unsigned char c = t[pos];
    if (pos + 1 < n && !(second_[c] >> (t[pos + 1] & 63) & 1)) return -1;
    if (group_[c] == 0) return -1;
    // Where the text ends after this byte only a one-byte phrase fits: the last bucket holds those.
    const size_t b = (group_[c] - 1u) * kBuckets + (pos + 1 < n ? (t[pos + 1] & 63) : kEndBucket);
    // Past the text's end the third byte reads as 0: only phrases of one or two bytes fit there,
    // and they set every bit.
    if (!(third_[b] >> ((pos + 2 < n ? t[pos + 2] : 0u) & 63) & 1)) return -1;
    if (!(fourth_[b] >> ((pos + 3 < n ? t[pos + 3] : 0u) & 63) & 1)) return -1;
    if (!(fifth_[b] >> ((pos + 4 < n ? t[pos + 4] : 0u) & 63) & 1)) return -1;
    if (bucket_[b] == bucket_[b + 1]) return -1;
    return static_cast<long>(b);
  }
  // bucket_at where the text holds at least five bytes from pos (pos + 4 < n), as at most word
  // starts: the same tests with no test of where the text ends.
  long bucket_inside(const unsigned char* t, size_t pos) const {
    const unsigned char c = t[pos];
    if (!(second_[c] >> (t[pos + 1] & 63) & 1)) return -1;
    if (group_[c] == 0) return -1;
    const size_t b = (group_[c] - 1u) * kBuckets + (t[pos + 1] & 63);
    if (!(third_[b] >> (t[pos + 2] & 63) & 1)) return -1;
    if (!(fourth_[b] >> (t[pos + 3] & 63) & 1)) return -1;
    if (!(fifth_[b] >> (t[pos + 4] & 63) & 1)) return -1;
    if (bucket_[b] == bucket_[b + 1]) return -1;
    return static_cast<long>(b);
  }
  // Adds to *found the phrases of bucket b (bucket_at(t, n, pos)) that occur at pos, a word start.
  void match_bucket(const unsigned char* t, size_t n, size_t pos, size_t b, Found* found) const;
  void match_at(std::string_view lowered, size_t pos, Found* found) const {
    const auto* t = reinterpret_cast<const unsigned char*>(lowered.data());
    if (const long b = bucket_at(t, lowered.size(), pos); b >= 0)
      match_bucket(t, lowered.size(), pos, static_cast<size_t>(b), found);
  }
  // Adds the phrases that start with punctuation, then orders and prunes all hits.
  std::vector<Hit> finish(std::string_view lowered, Found& found) const;
  // The word-start half of match(doc, s): adds to *found the phrases that start a word in s.
  void walk(const Doc& doc, const Span& s, Found* found) const;
  friend class LexiconGroup;

  std::vector<Phrase> phrases_;
  // Phrases that start with a word byte (such a phrase can only match where a word starts), in
  // buckets by their first byte and the low six bits of their second: a word start reads only
  // the phrases that share its first two bytes' key. A one-byte phrase is in every bucket of its
  // first byte, and also in a last bucket (kEndBucket) read where the text ends after one byte.
  struct Entry {
    uint32_t idx;
    uint16_t len;    // of the phrase
    bool word_end;   // its last byte is a word byte: it must end where a word does
    // The phrase's first (up to) eight bytes, compared before the rest: a phrase of eight bytes
    // or fewer is matched by this compare alone, with no call to memcmp.
    uint64_t prefix, mask;
    // Its next (up to) eight bytes, zero when it has no more: a longer phrase that shares a
    // word's first eight bytes ("trade mi…" of "trade ministers") is most often told apart by
    // these, before memcmp reads the rest.
    uint64_t next;
  };
  static constexpr size_t kEndBucket = 64, kBuckets = 65;
  std::vector<Entry> entries_;
  // Per first byte, 1 + its group's number, or 0 when no phrase starts with it.
  std::array<uint16_t, 256> group_{};
  // Bucket b of group g is entries_[bucket_[g * kBuckets + b], bucket_[g * kBuckets + b + 1]).
  std::vector<uint32_t> bucket_;
  // Per bucket, a bit for the low six bits of each phrase's third byte (all bits for a phrase of
  // one or two bytes): a word start whose third byte has none reads no entry.
  std::vector<uint64_t> third_;
  // The same for the fourth byte (all bits for a phrase of three bytes or fewer): a common word
  // shares its first three bytes with some phrase far more often than its first four.
  std::vector<uint64_t> fourth_;
  std::vector<uint64_t> fifth_;  // and for the fifth
  void index_entry(uint32_t idx, const std::string& low);
  // Per first byte, a bit for the low six bits of each phrase's second byte (all bits for a
  // one-byte phrase): most word starts are turned away without reading the group.
  std::array<uint64_t, 256> second_{};
  std::vector<uint32_t> others_;  // phrases starting with punctuation or a space
};

// Lexicons a stage always asks of the same sentence, matched in one walk: an index of all their
// phrases, whose entries say which lexicon each came from, is probed once per word start instead
// of once per lexicon. The members must outlive the group and not change after it is built.
class LexiconGroup {
 public:
  LexiconGroup() = default;
  explicit LexiconGroup(std::initializer_list<const Lexicon*> members);
  size_t size() const { return members_.size(); }
  // out[k] = members[k]->match(doc, s) for every member k, out having room for size() lists.
  void match(const Doc& doc, const Span& s, std::vector<Hit>* out) const;

 private:
  std::vector<const Lexicon*> members_;
  std::vector<uint32_t> first_;  // per member, the index in all_ of its first phrase; then the total
  Lexicon all_;
};

// ---- calendar -------------------------------------------------------------------------------

std::optional<Ymd> parse_ymd(std::string_view iso);  // YYYY-MM-DD only
// The fact stages' shorthands for extract/calendar.h, which holds the one implementation.
std::string iso(Ymd d);  // iso_day
long days_from_civil(Ymd d);
Ymd add_days(Ymd d, int n);

// An ISO value per SPEC §3.1 split into its first and last part ("2025-12-01/2025-12-04").
struct DateValue {
  std::string start, end;
  bool is_day() const { return start.size() == 10; }
};
DateValue split_date(std::string_view value);
// First day a value can denote, for ordering ("2026-H1" → 2026-01-01, "2025-Q3" → 2025-07-01).
std::optional<Ymd> first_day(std::string_view value);
// Last day a value can denote ("2026" → 2026-12-31, "2025-Q3" → 2025-09-30, a range → its end).
std::optional<Ymd> last_day(std::string_view value);

// ---- mentions of earlier stages ------------------------------------------------------------

bool inside(const Span& inner, const Span& outer);
Span sentence_of(const Doc& doc, uint32_t pos);
// Where the sentence's own words begin: past a dateline ("NEW DELHI, March 12 (Reuters) - ")
// when the sentence opens the body, else its start.
uint32_t words_begin(const Doc& doc, const Span& s);

// Dates whose span lies in `s` (body or title), in text order.
std::vector<const DateMention*> dates_in(const Doc& doc, const Span& s);

struct Place {
  std::string code;
  Span span;
  bool bloc = false;
};
// Countries and blocs/regions mentioned inside `s`, in text order (one entry per mention).
std::vector<Place> places_in(const Doc& doc, const Span& s);
// Distinct codes among places, in first-mention order.
std::vector<std::string> distinct_codes(const std::vector<Place>& places);
// People mentioned inside `s`, in first-mention order.
std::vector<const Person*> people_in(const Doc& doc, const Span& s);

// The government whose voice the release is written in ("the Ministry … announced", "USTR",
// "Minister of Economy, Trade and Industry"), from data/reporter_voices.tsv; failing that, the
// country the body names most that its title does not present as a counterpart. With `cities`
// (data/event_cities.tsv), a wire dateline's city names the government of a lede whose subject is
// a government left unnamed ("NEW DELHI - The government has imposed …"), and, when nothing
// else speaks, a capital-letter dateline whose country the body names ("SEOUL - South Korea signed
// … with Costa Rica"). With `agencies` (data/news_agencies.tsv), a national news agency's credit
// in the dateline ("HANOI (VNA) - ") names its country when the dateline city is in it or the lede
// opens with it. The reporter stage (reporter.cpp) asks once per document and keeps the answer in
// doc.reporter.
// With `missions` (data/reporter_mission_nouns.tsv), a country a mission or delegation goes to ("a
// trade mission of 24 companies to Kenya") is a partner and never the answer of the counts.
std::string infer_reporter(const Doc& doc, const Lexicon& voices, const Lexicon* cities = nullptr,
                           const Lexicon* agencies = nullptr, const Lexicon* missions = nullptr);
// Where the opening sentences that speak for the publisher end: the first two, or the whole body
// when it has no more; up to the sentence that names the first person when the first two name
// none ("The agreement was signed on Monday in Kuala Lumpur. It covers … Minister of Investment,
// Trade and Industry Tengku Zafrul Aziz signed for Malaysia"), the third or fourth at most.
uint32_t voice_lede_end(const Doc& doc);
// The question turns of an interview ("Q: … A: …"): byte ranges from each "Q:" that opens a line
// or sentence to the "A:" that answers it. Empty when the body is no interview.
std::vector<std::pair<size_t, size_t>> question_turns(std::string_view body);
// Whether `text` (as written, not lowered) holds a first-person subject: "I" before a verb ("I
// welcome", "Today I signed") or "we" ("We are concerned", "We, the G7 Trade Ministers, met").
bool first_person(std::string_view text);
// Whether a lowered lede opens with a government body it does not name ("the government has",
// "the finance ministry said", "the Ministry of Finance has imposed").
bool unnamed_government(std::string_view lede);
// Whether a lowered lede opens with an office of a government, its holder unnamed ("the treasurer
// announced", "the trade minister said").
bool unnamed_office(std::string_view lede);

// The proper name around a trigger noun at [tb, te) of `text`: capitalized words (and joiners
// between them) to its left, "on/of/for + Capitalized …" to its right; empty when the noun
// stands alone ("held a meeting"). Sets *ordinal from "5th" or an ordinal word when asked.
std::string proper_name(std::string_view text, size_t tb, size_t te, const Lexicon* ordinals = nullptr,
                        std::optional<int>* ordinal = nullptr);

// Whether a lower-case word counts: figures with their suffix ("4th", "11th") or a word of
// data/ordinals.tsv ("fourth"), whole.
bool ordinal_word(const Lexicon& ordinals, std::string_view lowered_word);

// Regions (SPEC §3.2) name where, not who: never a party, a jurisdiction or a counterpart.
bool is_region(const std::string& code);

// The counterpart the release is about: the country or bloc other than the reporter that the
// release names most (the title counts double).
std::string main_counterpart(const Doc& doc, const std::string& reporter);

void push_unique(std::vector<std::string>& v, const std::string& s);

}  // namespace tw::extract::facts

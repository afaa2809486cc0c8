// Date expressions (SPEC §3.1): reading them in text and resolving them against the
// publication date. The dates stage fills Extraction::dates with find_all(); later stages (events,
// agreements, indicators) read those mentions by span, or call the grammar directly on a phrase.
//
// Values are ISO 8601 at the granularity of the text:
//   "Thursday, December 4"              → 2025-12-04 (year near publication with that weekday)
//   "from December 1 to 4", "4 to 15 May 2020", "March 26–29"  → 2025-12-01/2025-12-04
//   "December 2025", "in March"         → 2025-12, 2026-03 (nearest such month, future-leaning)
//   "in 2024", "from 2023 to 2027"      → 2024, 2023/2027
//   "the third quarter of 2025"         → 2025-Q3;  "the first half of 2026" → 2026-H1
//   "next year", "this month", "yesterday", "the following day" → relative to publication (or to
//   the day named just before, for "the following day")
// Durations ("five years"), decades ("the 1990s"), seasons and weeks are not dates.
#pragma once

#include <array>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/calendar.h"
#include "extract/doc.h"
#include "extract/wordscan.h"
#include "tradewatch/record.h"
#include "tradewatch/result.h"

namespace tw::extract {

// A date expression found in text: the token range it covers and its resolved value.
struct DateParse {
  size_t begin = 0, end = 0;  // token indexes [begin, end)
  std::string value;          // ISO value per SPEC §3.1
  std::optional<Ymd> last_day;  // the (last) day it names, when day-precise
};

// The calendar vocabulary (data/calendar.tsv, data/relative_dates.tsv), loaded once and shared.
class DateGrammar {
 public:
  static Result<std::shared_ptr<const DateGrammar>> load(const std::string& data_dir);

  // Every date expression in text, in order, resolved against `published`. Spans are byte
  // offsets into text and carry in_title.
  std::vector<DateMention> find_all(std::string_view text, const Ymd& published, bool in_title = false) const;
  // The same over s, a scan of the text.
  std::vector<DateMention> find_all(const WordScan& s, const Ymd& published, bool in_title = false) const;

  // The date expression starting exactly at token i of s, if any. `previous_day` anchors
  // expressions such as "the following day" (the publication date when absent).
  std::optional<DateParse> parse_at(const WordScan& s, size_t i, const Ymd& published,
                                    const std::optional<Ymd>& previous_day = std::nullopt,
                                    bool in_title = false) const;

  // Resolves a whole phrase ("next year", "Thursday, December 4", "the first half of 2026")
  // against the publication date; nullopt when the phrase is not exactly one date expression.
  std::optional<std::string> resolve(std::string_view phrase, const Ymd& published) const;

  int month_of(std::string_view lower_word) const;    // 1-12, or 0
  int weekday_of(std::string_view lower_word) const;  // 1-7, or 0

 private:
  struct Relative {
    std::string phrase;
    char unit;  // 'd', 'm', 'y'
    int offset;
    bool from_previous;
  };
  struct Point;
  WordMap<int> months_, weekdays_, ordinals_, counts_;
  // Length of each month's and weekday's full name (the longest form in calendar.tsv): a period
  // glued to a shorter form ("Sept.", "Thu.") is the abbreviation's; after a full name ("May.",
  // "June.", "Friday.") it ends the sentence.
  std::array<size_t, 13> month_full_{};
  std::array<size_t, 8> weekday_full_{};
  WordSet month_cues_, range_words_, non_year_next_, name_before_year_, lasting_, fiscal_;
  WordSet past_verbs_, ahead_participles_, ahead_words_;  // calendar.tsv: past_verb, ahead_participle, ahead
  // calendar.tsv: gathering_verb, a verb in the present that gathers people or opens proceedings
  WordSet gathering_verbs_;
  WordSet ahead_nouns_;  // calendar.tsv: ahead_noun
  WordSet ahead_governors_;  // calendar.tsv: ahead_governor
  WordSet ahead_weekday_words_;  // calendar.tsv: ahead_weekday
  WordSet month_nouns_;  // calendar.tsv: month_noun
  // calendar.tsv: day_lead, day_follow, day_verb: the words before and after a bare "the 15th"
  WordSet day_leads_, day_follows_, day_verbs_;
  // Lower-cased words that can begin a date expression, with what they may begin: a part of a
  // year (an ordinal, the "q"/"h" of "Q3"/"H1"), a relative date (a first word of one), both or
  // neither (a month's or a weekday's name).
  static constexpr uint8_t kPartWord = 1, kRelativeWord = 2;
  WordMap<uint8_t> starters_;
  WordFilter starter_filter_;  // of starters_: parse_at asks about every word
  WordMap<std::vector<Relative>> relatives_;  // by first word, longest phrase first

  bool is_month(const WordScan& s, size_t i) const;
  size_t skip_month(const WordScan& s, size_t i) const;  // past a month name and its period
  bool past_tense_before(const WordScan& s, size_t cue) const;
  bool looks_ahead_before(const WordScan& s, size_t cue) const;
  bool past_clause_before(const WordScan& s, size_t cue) const;
  bool told_in_past(const WordScan& s, size_t cue) const;
  size_t skip_weekday(const WordScan& s, size_t i, int* wd) const;
  bool fiscal_year_after(const WordScan& s, size_t j) const;
  std::optional<Point> day_point(const WordScan& s, size_t i) const;
  size_t range_join(const WordScan& s, size_t i, size_t start) const;
  std::optional<DateParse> day_or_range(const WordScan& s, size_t i, const Ymd& pub) const;
  int day_year(const WordScan& s, size_t i, const Point& a, const Ymd& pub) const;
  std::optional<DateParse> month_expr(const WordScan& s, size_t i, const Ymd& pub) const;
  std::optional<DateParse> part_of_year(const WordScan& s, size_t i, const Ymd& pub) const;
  std::optional<DateParse> year_expr(const WordScan& s, size_t i) const;
  std::optional<DateParse> relative(const WordScan& s, size_t i, const Ymd& pub,
                                    const std::optional<Ymd>& previous_day) const;
  size_t year_modifier(const WordScan& s, size_t i, const Ymd& pub, int* year) const;
  // The year of a month that has passed or is under way, read at *at ("May 2023", "May last
  // year"; past the words read) or, when none is written, the latest such month up to
  // publication.
  int year_of_passed_month(const WordScan& s, size_t* at, const Ymd& pub, int month) const;
  std::optional<DateParse> ordinal_day(const WordScan& s, size_t i, const Ymd& pub) const;
  std::optional<DateParse> bare_weekday(const WordScan& s, size_t i, const Ymd& pub,
                                        const std::optional<Ymd>& previous_day = std::nullopt,
                                        bool in_title = false) const;
};

// Chooses the year for a day given without one: a year near publication in which the day falls
// on `weekday` (1-7; 0 = not stated), leaning to the past; returns the full date.
Ymd resolve_day_year(int month, int day, int weekday, const Ymd& published);
// Chooses the year for a month named without one (the nearest such month, leaning to the past).
int resolve_month_year(int month, const Ymd& published);

}  // namespace tw::extract

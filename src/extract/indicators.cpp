// Indicators (SPEC §3.7): every stated economic figure — an amount of money the sentence ties to
// a metric word (exports, imports, trade, surplus, FDI, investment, funding, target), with its
// period, partner and stated change.
#include <algorithm>
#include <cmath>
#include <span>

#include <re2/re2.h>

#include "extract/cue_lists.h"
#include "extract/facts_common.h"
#include "extract/numbers.h"
#include "extract/stages.h"
#include "text/tsv.h"

namespace tw::extract {
namespace {

using facts::Lexicon;

// indicator_cues.tsv: the word lists the clause, movement, measure and period searches read (see
// the file for what each list is for).
struct IndicatorCues {
  std::vector<std::string> pct_units;       // "%", " per cent", …
  std::vector<std::string> clause_seps;     // ";", ", while ", …
  std::vector<std::string> flow_joins;      // " and exports ", …
  std::vector<std::string> flow_pronouns;   // " those ", …
  std::vector<std::string> hedges;          // "about ", "up to ", …
  std::vector<std::string> covering_verbs;  // " covering ", …
  std::vector<std::string> rate_leads;      // "import ", …
  std::vector<std::string> rate_nouns;      // "tariff", "duty", …
  std::vector<std::string> base_leads;      // "compared with a", …
  std::vector<std::string> period_ends;     // "the end of the ", "end-", …
  std::vector<std::string> period_tos;      // " to ", " through ", …
  std::vector<std::string> year_backs;      // " a year earlier", …
  std::vector<std::string> base_words;      // "from ", "against ", …
  std::vector<std::string> year_back_leads; // "in the same month", …
  std::vector<std::string> target_gaps;     // " of ", " of achieving ", …
  std::vector<std::string> pair_refs;       // "the two countries", …
  std::vector<std::string> source_words;    // "source", …
  std::vector<std::string> start_leads;     // "effect on ", "effective from ", …
  std::vector<std::string> ytd_openings;    // "year to date,", "for the year to date,", …
  std::vector<std::string> owner_bys;       // "recorded by ", "recorded in ", …
  std::vector<std::string> thresholds;      // "topped ", "exceeded ", …
  std::vector<std::string> partner_nouns;   // " market ", " destination ", …
  std::vector<std::string> rank_words;      // "largest ", "top ", …
  std::vector<std::string> share_words;     // "accounted for ", "of the total ", …
  std::vector<std::string> record_words;    // "a record", "all-time high", …
  std::vector<std::string> continuers;      // "they", "the figure", …
  std::vector<std::string> end_leads;       // "as of the end of ", "through ", …

  static Result<IndicatorCues> load(const std::string& dir) {
    IndicatorCues c;
    const CueList lists[] = {{"pct_unit", &c.pct_units, 'p'},        {"clause_sep", &c.clause_seps, 'w'},
                             {"flow_join", &c.flow_joins, 'w'},      {"flow_pronoun", &c.flow_pronouns, 'w'},
                             {"hedge", &c.hedges, 'a'},
                             {"covering_verb", &c.covering_verbs, 'w'}, {"rate_lead", &c.rate_leads, 'a'},
                             {"rate_noun", &c.rate_nouns, 'n'},      {"base_lead", &c.base_leads, 'n'},
                             {"period_end", &c.period_ends, 'a'},    {"period_to", &c.period_tos, 'w'},
                             {"year_back", &c.year_backs, 'p'},      {"base_word", &c.base_words, 'a'},
                             {"year_back_lead", &c.year_back_leads, 'n'}, {"target_gap", &c.target_gaps, 'w'},
                             {"pair_ref", &c.pair_refs, 'n'},       {"source_word", &c.source_words, 'n'},
                             {"start_lead", &c.start_leads, 'a'},     {"ytd_opening", &c.ytd_openings, 'n'},
                             {"owner_by", &c.owner_bys, 'a'},       {"threshold", &c.thresholds, 'a'},
                             {"partner_noun", &c.partner_nouns, 'w'}, {"rank_word", &c.rank_words, 'a'},
                             {"share_word", &c.share_words, 'a'},    {"record_word", &c.record_words, 'n'},
                             {"flow_continuer", &c.continuers, 'n'}, {"end_lead", &c.end_leads, 'a'}};
    auto loaded = load_cue_lists(dir, "indicator_cues.tsv", lists);
    if (!loaded) return Error{loaded.error()};
    return c;
  }
};

class IndicatorsStage final : public Stage {
 public:
  const char* name() const override { return "indicators"; }

  static Result<StagePtr> make(const std::string& dir) {
    auto st = std::make_unique<IndicatorsStage>();
    auto loaded = Lexicon::load_all(dir, {{&st->metrics_, "indicator_metrics.tsv"},
                                          {&st->skip_, "indicator_skip.tsv"},
                                          {&st->moves_, "indicator_moves.tsv"},
                                          {&st->restate_, "indicator_restate.tsv"},
                                          {&st->forecasts_, "indicator_forecasts.tsv"},
                                          {&st->goals_, "indicator_goals.tsv"}});
    if (!loaded) return Error{loaded.error()};
    auto cues = IndicatorCues::load(dir);
    if (!cues) return Error{cues.error()};
    st->cues_ = std::move(cues).value();
    // The first column of each row of a one-word-list file.
    for (auto [list, file] : {std::pair{&st->measure_nouns_, "indicator_measure_nouns.tsv"},
                              std::pair{&st->owner_verbs_, "indicator_owner_verbs.tsv"}}) {
      auto rows = text::read_tsv(dir, file);
      if (!rows) return Error{rows.error()};
      for (const auto& row : rows.value())
        if (!row.empty() && !row[0].empty()) list->push_back(row[0]);
    }
    auto counts = text::read_tsv(dir, "indicator_counts.tsv");
    if (!counts) return Error{counts.error()};
    for (const auto& row : counts.value()) {
      if (row.size() >= 3 && row[0] == "counted") st->counted_.emplace_back(row[1], row[2]);
      else if (row.size() >= 2 && row[0] == "verb") st->count_verbs_.push_back(" " + row[1] + " ");
      else if (row.size() >= 2 && row[0] == "firm") st->count_firms_.push_back(row[1]);
      else return Error{dir + "/indicator_counts.tsv: expected counted, word, metric; firm, word; or verb, words"};
    }
    // Number words that count the months of a rolling stretch ("the twelve months to …").
    auto numbers = NumberWords::load(dir);
    if (!numbers) return Error{numbers.error()};
    st->numbers_ = std::move(numbers).value();
    return StagePtr(std::move(st));
  }

  void run(Doc& doc) const override;

 private:
  Lexicon metrics_, skip_, moves_, restate_, forecasts_, goals_;
  IndicatorCues cues_;
  std::vector<std::string> owner_verbs_;  // indicator_owner_verbs.tsv
  std::vector<std::string> measure_nouns_;  // indicator_measure_nouns.tsv
  // indicator_counts.tsv: words of what is counted with their metric, and the verbs before a count
  // (with a space on each side).
  std::vector<std::pair<std::string, std::string>> counted_;
  std::vector<std::string> count_verbs_;
  std::vector<std::string> count_firms_;
  NumberWords numbers_;  // number_words.tsv: "twelve" 12, …
  void add_counts(Doc& doc) const;
  std::string rolling_period(std::string_view lead, const std::string& value) const;
  bool covered_by_measure(std::string_view lead) const;
  std::vector<facts::Hit> metric_hits(std::string_view original, std::string_view lowered) const;
  bool moved_by(const Doc& doc, const Span& sent, const Money& mo, std::string_view right) const;
};

// Whether `mo` states how far a figure moved, not a level: right after a movement word, bare or
// with "by" or "of" ("down $0.2 billion from $55.3 billion", "fell $1,166m (3%) to $40,122m",
// "a decrease of $166m on the surplus"), or compared by "less than"/"more than" ("$4.4 billion
// less than May exports"). A movement word to a level ("rose to $5 billion") or from one ("down
// from $5 billion") leaves the amount a level.
bool IndicatorsStage::moved_by(const Doc& doc, const Span& sent, const Money& mo, std::string_view right) const {
  if (right.starts_with(" less than ") || right.starts_with(" more than ")) return true;
  const uint32_t lo = mo.span.begin >= 32 ? std::max(sent.begin, mo.span.begin - 32) : sent.begin;
  std::string_view before = doc.lowered({lo, mo.span.begin, false});
  // "a 5.8 percent increase ($16.3 billion) over 2023": an amount in parentheses right after a
  // movement word is how far the figure moved.
  if (before.ends_with(" (")) before.remove_suffix(1);
  if (!before.ends_with(" ")) return false;
  // "a decrease of 8.4% or £9.5 billion": the amount restating a movement told as a percentage.
  if (before.ends_with(" or ")) {
    const uint32_t wide = mo.span.begin >= 56 ? std::max(sent.begin, mo.span.begin - 56) : sent.begin;
    std::string_view w = doc.lowered({wide, mo.span.begin - 4, false});
    bool pct = false;
    for (std::string_view unit : cues_.pct_units)
      if (w.ends_with(unit)) {
        w.remove_suffix(unit.size());
        pct = true;
        break;
      }
    if (!pct) return false;
    while (!w.empty() && ((w.back() >= '0' && w.back() <= '9') || w.back() == '.' || w.back() == '-')) w.remove_suffix(1);
    if (!w.ends_with(" ")) return false;
    before = w;
  }
  before.remove_suffix(1);
  if (before.ends_with(" by")) before.remove_suffix(3);
  else if (before.ends_with(" of")) before.remove_suffix(3);
  bool moved = false;
  for (const auto& h : moves_.match(before)) {
    if (h.end != before.size()) continue;
    // "made up $2 billion", "up to $5 billion": a phrase marked 0 holds no movement.
    if (h.phrase->value() == "0") return false;
    if (h.begin == 0 || before[h.begin - 1] == ' ') moved = true;
  }
  return moved;
}

// Whether `told` holds a number that is no year: a run of digits other than four, from 1900 to
// 2099, standing as a word or after a fiscal year's letters ("FY2025", "2025-26").
bool told_figure(std::string_view told) {
  for (size_t i = 0; i < told.size();) {
    if (told[i] < '0' || told[i] > '9') {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < told.size() && told[j] >= '0' && told[j] <= '9') ++j;
    const std::string_view run = told.substr(i, j - i);
    const bool after_number = i > 0 && (told[i - 1] == '.' || told[i - 1] == ',' || told[i - 1] == '$');
    const bool before_number =
        j < told.size() && (told[j] == '%' || ((told[j] == '.' || told[j] == ',') && j + 1 < told.size() &&
                                               told[j + 1] >= '0' && told[j + 1] <= '9'));
    const bool year = run.size() == 4 && (run.starts_with("19") || run.starts_with("20")) && !after_number && !before_number;
    if (!year) return true;
    i = j;
  }
  return false;
}

// Start of the clause holding pos: after the last ';', '—' or ", while" / ", resulting in" / ", leaving"
// before it, so that each figure takes the metric word of its own clause ("Russia topped the list at
// $1.9 billion, followed by Germany with $1.6 billion": each its own partner).
uint32_t clause_start(const IndicatorCues& cues, std::string_view text, uint32_t sent_begin, uint32_t pos) {
  std::string_view s = text.substr(sent_begin, pos - sent_begin);
  size_t cut = 0;
  for (std::string_view sep : cues.clause_seps) {
    size_t at = facts::rfind_from(s, sep, 0);
    if (at != std::string_view::npos) cut = std::max(cut, at + sep.size());
  }
  // "exports to China rose 6.9 percent to USD 11.8 billion and exports to ASEAN rose …": a flow
  // that follows a figure with "and" starts a figure of its own; "exports and imports" does not.
  for (std::string_view sep : cues.flow_joins) {
    size_t at = facts::rfind_from(s, sep, 0);
    if (at == std::string_view::npos || at + 1 <= cut) continue;
    // "Exports grew by 25.31 percent … and imports by 36.77 percent": a flow that shares the
    // verb before it continues that clause.
    if (s.substr(at + sep.size()).starts_with("by ")) continue;
    const std::string_view before = s.substr(0, at);
    if (before.ends_with("billion") || before.ends_with("million") || before.ends_with("trillion") ||
        before.ends_with("percent") || before.ends_with("%") || (!before.empty() && before.back() >= '0' && before.back() <= '9'))
      cut = at + 5;
  }
  // "Exports to China fell 3.1 percent to $12.4 billion, but those to the United States rose …": a
  // pronoun for the flow after a figure of the clause opens a figure of its own, whose counterpart
  // is the one named after the pronoun.
  for (std::string_view pron : cues.flow_pronouns) {
    size_t at = facts::rfind_from(s, pron, 0);
    if (at == std::string_view::npos || at < cut) continue;
    // A figure told before it: a number other than a year ("India's exports to the United States in
    // 2025 and those to the EU together reached $160 billion" is one figure of both).
    if (told_figure(s.substr(cut, at - cut))) cut = at + 1;
  }
  return sent_begin + static_cast<uint32_t>(cut);
}


// "tariffs on $200 billion of Chinese imports", "countermeasures on $29.8 billion of US goods",
// "duties covering $18 billion of imports": the value of the goods a measure covers is no trade
// figure. `lead` is the sentence before the amount, lower-cased.
bool IndicatorsStage::covered_by_measure(std::string_view lead) const {
  // Past a hedge ("tariffs on about $200 billion", "countermeasures on up to €26 billion", "duties
  // could affect imports worth about $3 billion").
  for (std::string_view hedge : cues_.hedges) {
    if (!lead.ends_with(hedge)) continue;
    const std::string_view rest = lead.substr(0, lead.size() - hedge.size());
    bool joined = rest.ends_with(" on ") || rest.ends_with(" worth ") || rest.ends_with(" valued at ");
    for (std::string_view verb : cues_.covering_verbs) joined = joined || rest.ends_with(verb);
    if (joined) {
      lead = rest;
      break;
    }
  }
  // Only a lead that ends "… on ", "… covering " or "… worth " can: most amounts are turned away here.
  const bool on = lead.ends_with(" on ");
  bool covering = false;
  if (!on)
    for (std::string_view verb : cues_.covering_verbs)
      if (lead.ends_with(verb)) covering = true;
  const bool worth = !on && !covering && (lead.ends_with(" worth ") || lead.ends_with(" valued at "));
  if (!on && !covering && !worth) return false;
  // A measure noun ending at `at` in `text`, a word of its own.
  auto noun_at = [&](std::string_view text, size_t at) {
    for (std::string_view noun : measure_nouns_)
      if (at >= noun.size() && text.substr(at - noun.size(), noun.size()) == noun &&
          (at == noun.size() || text[at - noun.size() - 1] == ' '))
        return true;
    return false;
  };
  if (on) return noun_at(lead, lead.size() - 4);
  std::string_view head = lead.substr(lead.size() > 60 ? lead.size() - 60 : 0);
  // Within the clause: "In 2018, tariffs on … worth", not "tariffs rose, and imports worth".
  if (const size_t cut = head.find_last_of(",;"); cut != std::string_view::npos) {
    // "adopted countermeasures against U.S. tariffs on EU steel exports, targeting €21 billion of
    // U.S. goods": a participle set off by the comma takes the clause before it as its subject, the
    // measure the sentence names.
    if (covering && head[cut] == ',' && facts::trim(head.substr(cut + 1)).find(' ') == std::string_view::npos &&
        head.substr(cut + 1).ends_with("ing ")) {
      std::string_view clause = lead.substr(0, lead.size() - (head.size() - cut));
      clause = clause.substr(clause.size() > 120 ? clause.size() - 120 : 0);
      if (const size_t stop = clause.find_last_of(';'); stop != std::string_view::npos) clause.remove_prefix(stop + 1);
      for (std::string_view noun : measure_nouns_)
        if (facts::has_word(clause, noun)) return true;
      return false;
    }
    head.remove_prefix(cut + 1);
  }
  if (covering) {
    // "duties covering …", "the tariffs cover …": the measure noun among the few words before.
    for (std::string_view noun : measure_nouns_)
      if (head.find(noun) != std::string_view::npos) return true;
    return false;
  }
  // "tariffs on Chinese imports worth $200 billion": the goods after "on" are the measure's.
  for (size_t at = head.find(" on "); at != std::string_view::npos; at = head.find(" on ", at + 1))
    if (noun_at(head, at)) return true;
  // "The tariff applies to Mexican exports worth $505 billion", "duties covering steel imports
  // valued at $3 billion": so are the goods after a covering verb with the measure before it.
  for (std::string_view verb : cues_.covering_verbs)
    if (const size_t at = head.find(verb); at != std::string_view::npos)
      for (std::string_view noun : measure_nouns_)
        if (facts::has_word(head.substr(0, at), noun)) return true;
  return false;
}

// Metric words, less those that open a capitalized name ("Export Tower", "Trade Day").
std::vector<facts::Hit> IndicatorsStage::metric_hits(std::string_view original, std::string_view lowered) const {
  std::vector<facts::Hit> out;
  for (const auto& h : metrics_.match(lowered)) {
    bool capital = facts::is_upper(original[h.begin]);
    // A phrase with a word in lower case ("Trade with China" opening a sentence) opens no name.
    const std::string_view phrase = original.substr(h.begin, h.end - h.begin);
    for (size_t k = phrase.find(' '); capital && k != std::string_view::npos; k = phrase.find(' ', k + 1))
      if (k + 1 < phrase.size() && !facts::is_upper(phrase[k + 1])) capital = false;
    size_t next = h.end + 1;
    if (capital && next < original.size() && original[h.end] == ' ' && facts::is_upper(original[next])) continue;
    // "FDI inflows, including re-invested earnings, were …": earnings put back are a part of the
    // investment the clause names, no investment word of their own.
    if (h.begin >= 3 && lowered.substr(h.begin - 3, 3) == "re-" && h.phrase->value() == "investment") continue;
    out.push_back(h);
  }
  return out;
}

namespace {

// A document's body amounts or percentages in text order, so that the figures of one stretch
// of text are found by a binary search rather than a walk over the whole document's: a release
// of statistics holds thousands of figures.
template <typename M>
std::vector<const M*> body_in_order(const std::vector<M>& all) {
  std::vector<const M*> out;
  out.reserve(all.size());
  for (const auto& m : all)
    if (!m.span.in_title) out.push_back(&m);
  std::sort(out.begin(), out.end(), [](const M* a, const M* b) { return a->span.begin < b->span.begin; });
  return out;
}

// Those of `sorted` beginning in [b, e).
template <typename M>
std::span<const M* const> beginning_in(const std::vector<const M*>& sorted, uint32_t b, uint32_t e) {
  auto lo = std::lower_bound(sorted.begin(), sorted.end(), b, [](const M* m, uint32_t v) { return m->span.begin < v; });
  auto hi = std::lower_bound(lo, sorted.end(), e, [](const M* m, uint32_t v) { return m->span.begin < v; });
  return {lo, hi};
}

// Whether the words right after a percentage make it a rate a measure levies ("39% tariff", "15
// percent duty", "10% import levy").
bool levied_rate(const IndicatorCues& cues, std::string_view after) {
  if (after.starts_with("-")) after.remove_prefix(1);
  else if (after.starts_with(" ")) after.remove_prefix(1);
  else return false;
  for (std::string_view lead : cues.rate_leads)
    if (after.starts_with(lead)) {
      after.remove_prefix(lead.size());
      break;
    }
  for (std::string_view noun : cues.rate_nouns)
    // Not "tariff-free", "duty-free": the goods a rate spares.
    if (after.starts_with(noun) && (after.size() == noun.size() || after.substr(noun.size()).starts_with("s") ||
                                    (!std::isalpha(static_cast<unsigned char>(after[noun.size()])) && after[noun.size()] != '-')))
      return true;
  return false;
}

// Whether `mo` opens a parenthesis right after another amount of its sentence, with at most a
// hedge ("about", "approximately") between: the same figure restated.
bool restates_previous(const Doc& doc, const std::vector<const Money*>& sorted, const Span& sent, const Money& mo,
                       const Lexicon& hedges) {
  const uint32_t lo = mo.span.begin >= 48 ? std::max(sent.begin, mo.span.begin - 48) : sent.begin;
  const Money* prev = nullptr;
  for (const Money* m : beginning_in(sorted, lo, mo.span.begin))
    if (m != &mo && m->span.end <= mo.span.begin) prev = m;
  if (!prev) return false;
  const std::string_view gap = facts::trim(doc.lowered({prev->span.end, mo.span.begin, false}));
  if (!gap.starts_with("(")) return false;
  const std::string_view inner = facts::trim(gap.substr(1));
  if (inner.empty()) return true;
  for (const auto& h : hedges.match(inner))
    if (h.begin == 0 && h.end == inner.size()) return true;
  return false;
}

// Whether the period `inner` lies within `outer`, both ISO values of digits ("2025-07/2025-11"
// within "2025-07/2026-06", "2025-10" within "2025"); quarters and halves are not compared.
bool within(const std::string& inner, const std::string& outer) {
  auto digits = [](const std::string& v) {
    return !v.empty() && std::all_of(v.begin(), v.end(), [](char c) { return (c >= '0' && c <= '9') || c == '-' || c == '/'; });
  };
  if (!digits(inner) || !digits(outer) || inner == outer) return false;
  auto ends = [](const std::string& v) {
    const size_t slash = v.find('/');
    std::string a = v.substr(0, slash), b = slash == std::string::npos ? a : v.substr(slash + 1);
    // Padded to days: a start at its first day, an end at its last ("-31" sorts after any day).
    if (a.size() == 4) a += "-01-01";
    else if (a.size() == 7) a += "-01";
    if (b.size() == 4) b += "-12-31";
    else if (b.size() == 7) b += "-31";
    return std::pair{a, b};
  };
  const auto [ia, ib] = ends(inner);
  const auto [oa, ob] = ends(outer);
  return ia.size() == 10 && ib.size() == 10 && oa.size() == 10 && ob.size() == 10 && ia >= oa && ib <= ob &&
         (ia != oa || ib != ob);
}

// The period `period` moved `by` years back; each end of a range moves ("2023-11-01/2023-11-10" to
// "2022-11-01/2022-11-10").
std::string years_back(const std::string& period, int by) {
  std::string shifted;
  for (size_t i = 0; i <= period.size();) {
    const size_t slash = std::min(period.find('/', i), period.size());
    std::string part = period.substr(i, slash - i);
    if (part.size() >= 4 && std::all_of(part.begin(), part.begin() + 4, [](char c) { return c >= '0' && c <= '9'; }))
      part = std::to_string(std::stoi(part.substr(0, 4)) - by) + part.substr(4);
    shifted += (i ? "/" : "") + part;
    i = slash + 1;
  }
  return shifted;
}

// The first year written in digits as a word of its own in `text` ("… in the same month of 2024"),
// or 0.
int year_named(std::string_view text) {
  for (size_t k = 0; k + 4 <= text.size(); ++k) {
    const std::string_view y = text.substr(k, 4);
    if ((k == 0 || text[k - 1] == ' ') && (k + 4 == text.size() || !std::isdigit(static_cast<unsigned char>(text[k + 4]))) &&
        std::all_of(y.begin(), y.end(), [](char c) { return c >= '0' && c <= '9'; }))
      return std::stoi(std::string(y));
  }
  return 0;
}

// A period named back: "the 20-day period" (unit 'd', count 20), "the seven-month period" (unit
// 'm', count unknown: 0), with no unit when the stretch names none.
struct BackPeriod {
  char unit = 0;
  int count = 0;
};

BackPeriod named_back_period(const Doc& doc, const Span& within) {
  static const RE2 kBack(R"((?:^|[^a-z])the ([a-z0-9]+)[- ](day|month) period\b)");
  // "Total exports in the period reached $430.1 billion": the period, of no named length, is the
  // span told last, of whatever grain.
  static const RE2 kAny(R"((?:^|[^a-z])(?:in|over|during|for) the period\b)");
  // "The trade surplus for the six months was $6.4 billion": the months alone, unless they open a
  // rolling stretch a date of the sentence gives ("the 12 months to June").
  static const RE2 kMonths(R"((?:^|[^a-z])(?:in|over|during|for) the ([a-z0-9]+)[- ]months( [a-z]+)?)");
  const std::string_view text = doc.lowered(within);
  std::string number, unit, next;
  if (!RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), kBack, &number, &unit)) {
    if (RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), kAny)) return {'a', 0};
    if (RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), kMonths, &number, &next) && next != " to" &&
        next != " ending" && next != " ended" && next != " through" && next != " of" && next != " until") {
      BackPeriod b{'m', 0};
      if (std::all_of(number.begin(), number.end(), [](char c) { return c >= '0' && c <= '9'; }) && number.size() <= 2)
        b.count = std::stoi(number);
      return b;
    }
    return {};
  }
  BackPeriod b;
  b.unit = unit[0];
  if (std::all_of(number.begin(), number.end(), [](char c) { return c >= '0' && c <= '9'; }) && number.size() <= 3)
    b.count = std::stoi(number);
  return b;
}

// The span of days or months ("2020-10-01/2020-10-20", "2024-04/2024-10") a period named back
// refers to: the last range told before `before`, within a few sentences, when its grain is the
// one named and so is its length when the text gives it in digits. Empty when none fits.
std::string period_told_before(const std::vector<const DateMention*>& dates, uint32_t before, const BackPeriod& back) {
  const uint32_t from = before > 800 ? before - 800 : 0;
  const auto window = beginning_in(dates, from, before);
  for (auto it = window.rbegin(); it != window.rend(); ++it) {
    const std::string& v = (*it)->value;
    // "in the first half of 2025 … for the six months": a half or a quarter is a run of months; so is
    // it "in the period" ("in the first half of 2025 … Imports jumped 18.5% to $31.6 billion in the
    // period").
    if ((back.unit == 'm' || back.unit == 'a') && v.size() == 7 && (v[5] == 'H' || v[5] == 'Q')) {
      const int months = v[5] == 'H' ? 6 : 3;
      if (back.count && months != back.count) return {};
      return v;
    }
    if (std::count(v.begin(), v.end(), '/') != 1) continue;  // a range, of two ends
    const auto [a, b] = facts::split_date(v);
    auto digits = [](const std::string& x) {
      return std::all_of(x.begin(), x.end(), [](char c) { return (c >= '0' && c <= '9') || c == '-'; });
    };
    if (!digits(a) || !digits(b) || a.size() != b.size()) return {};
    if (back.unit == 'a') return v;
    if (back.unit == 'd' && a.size() == 10) {
      // Days counted only within one month; a range across months is taken on its grain alone.
      if (back.count && a.substr(0, 7) == b.substr(0, 7) && std::stoi(b.substr(8)) - std::stoi(a.substr(8)) + 1 != back.count)
        return {};
      return v;
    }
    if (back.unit == 'm' && a.size() == 7) {
      const int months = (std::stoi(b.substr(0, 4)) - std::stoi(a.substr(0, 4))) * 12 + std::stoi(b.substr(5)) -
                         std::stoi(a.substr(5)) + 1;
      if (back.count && months != back.count) return {};
      return v;
    }
    return {};  // the last range told is of another grain: the period named back is not known
  }
  return {};
}

}  // namespace

// "in the 12 months to the end of Q2 2025", "the year to end-June 2025", "the four quarters to the
// end of Q3 2025": a rolling stretch of whole months that ends with the period the date names,
// as statistics offices report annual totals; not that quarter or month itself. The stretch's
// months as a range ("2024-07/2025-06"), or empty when the words before the date (`lead`, lower-cased)
// count no months back from it or the date names no month, quarter, half or year.
std::string IndicatorsStage::rolling_period(std::string_view lead, const std::string& value) const {
  // The last month of a period value: "2025-Q2" (2025, 6), "2025-06", "2025-H1", "2024" (2024, 12),
  // "2025-09-30" (its month); not a range.
  if (value.find('/') != std::string::npos) return {};
  const auto last_day = facts::last_day(value);
  if (!last_day) return {};
  const int y = last_day->y, m = last_day->m;
  for (std::string_view end : cues_.period_ends)
    if (lead.ends_with(end)) {
      lead.remove_suffix(end.size());
      break;
    }
  if (lead.ends_with("the ")) lead.remove_suffix(4);
  bool joined = false;
  for (std::string_view to : cues_.period_tos)
    if (lead.ends_with(to)) {
      lead.remove_suffix(to.size());
      joined = true;
      break;
    }
  if (!joined) return {};
  int n = 0;
  if (lead.ends_with(" year") || lead == "year") {
    n = 12;
  } else if (lead.ends_with(" months") || lead.ends_with(" quarters")) {
    // "the four quarters to …": three months each.
    const int per = lead.ends_with(" months") ? 1 : 3;
    lead.remove_suffix(per == 1 ? 7 : 9);
    const size_t sp = lead.find_last_of(' ');
    const std::string_view count = lead.substr(sp == std::string_view::npos ? 0 : sp + 1);
    if (!count.empty() && count.size() <= 2 && std::all_of(count.begin(), count.end(), [](char c) { return c >= '0' && c <= '9'; }))
      n = std::stoi(std::string(count));
    if (const int v = numbers_.small_number(count); v > 0) n = v;
    n *= per;
  }
  if (n < 2 || n > 24 || (n == 12 && value.size() == 4)) return {};  // "the year to the end of 2024": that year
  const int last = y * 12 + (m - 1), first = last - (n - 1);
  auto iso = [](int at) {
    std::string out = std::to_string(at / 12) + "-";
    if (at % 12 + 1 < 10) out += '0';
    return out + std::to_string(at % 12 + 1);
  };
  return iso(first) + "/" + iso(last);
}

// "the number of exporting SMEs reaching 89,000 cumulatively in the first three quarters": a count
// of the firms that trade or invest, told as "the number of" what is counted (up to four words
// holding a word of indicator_counts.tsv and a word for firms), a verb and the count in digits, is an indicator whose
// unit is "count", dated by the sentence's first date after the count, or else its last before.
void IndicatorsStage::add_counts(Doc& doc) const {
  const std::string_view body = doc.body;
  const std::string_view low = doc.lowered({0, static_cast<uint32_t>(body.size()), false});
  for (size_t at = low.find("number of "); at != std::string_view::npos; at = low.find("number of ", at + 1)) {
    if (at > 0 && facts::is_word_byte(static_cast<unsigned char>(low[at - 1]))) continue;
    const size_t from = at + 10;
    // What is counted, then the verb: the nearest verb within four words, no clause break between.
    // Searched within the 64 bytes a verb may start in, not the rest of the body per verb.
    size_t verb_at = std::string_view::npos, verb_len = 0;
    for (const auto& v : count_verbs_) {
      const size_t k = low.substr(0, std::min(low.size(), from + 64 + v.size())).find(v, from);
      if (k == std::string_view::npos) continue;
      if (verb_at == std::string_view::npos || k < verb_at) verb_at = k, verb_len = v.size();
    }
    if (verb_at == std::string_view::npos) continue;
    const std::string_view counted = low.substr(from, verb_at - from);
    if (counted.find_first_of(",;.()") != std::string_view::npos || std::count(counted.begin(), counted.end(), ' ') > 3)
      continue;
    std::string metric;
    for (const auto& [word, m] : counted_)
      if (counted.find(word) != std::string_view::npos) {
        metric = m;
        break;
      }
    if (metric.empty()) continue;
    if (std::none_of(count_firms_.begin(), count_firms_.end(), [&](const std::string& f) { return facts::has_word(counted, f); }))
      continue;
    // The count: digits grouped by commas ("89,000"), or a decimal with "million" or "thousand".
    size_t b = verb_at + verb_len, e = b;
    while (e < low.size() && (facts::is_digit(low[e]) || ((low[e] == ',' || low[e] == '.') && e + 1 < low.size() &&
                                                          facts::is_digit(low[e + 1]) && e > b)))
      ++e;
    if (e == b) continue;
    std::string digits;
    for (size_t k = b; k < e; ++k)
      if (low[k] != ',') digits += low[k];
    double value = std::atof(digits.c_str());
    for (auto [word, scale] : {std::pair<std::string_view, double>{" million", 1e6}, {" thousand", 1e3}})
      if (low.substr(e).starts_with(word)) {
        value *= scale;
        e += word.size();
        break;
      }
    // Not a year, a percentage or an amount of money.
    if (low.substr(e).starts_with("%") || low.substr(e).starts_with(" per") || value < 10) continue;
    const auto span_b = static_cast<uint32_t>(b), span_e = static_cast<uint32_t>(e);
    if (std::any_of(doc.x.money.begin(), doc.x.money.end(), [&](const Money& m) {
          return !m.span.in_title && m.span.begin < span_e && span_b < m.span.end;
        }))
      continue;
    if (std::any_of(doc.x.dates.begin(), doc.x.dates.end(), [&](const DateMention& d) {
          return !d.span.in_title && d.span.begin < span_e && span_b < d.span.end;
        }))
      continue;
    Indicator ind;
    ind.metric = metric;
    ind.subject = std::string(facts::trim(body.substr(from, verb_at - from)));
    ind.country = doc.reporter;
    ind.value = value;
    ind.unit = "count";
    ind.span = {span_b, span_e, false};
    const Span sent = facts::sentence_of(doc, span_b);
    const DateMention* before = nullptr;
    for (const auto& d : doc.x.dates) {
      if (d.span.in_title || d.span.begin < sent.begin || d.span.end > sent.end) continue;
      if (d.span.begin >= span_e) {
        ind.period = d.value;
        break;
      }
      before = &d;
    }
    if (ind.period.empty() && before) ind.period = before->value;
    if (doc.explain) doc.trace("indicators", ind.metric + " " + std::string(body.substr(b, e - b)), "a count of \"the number of\" traders", ind.span);
    doc.x.indicators.push_back(std::move(ind));
  }
}

void IndicatorsStage::run(Doc& doc) const {
  const std::string& reporter = doc.reporter;
  std::string_view body = doc.body;
  const auto amounts = body_in_order(doc.x.money);
  const auto percents = body_in_order(doc.x.percents);
  const auto dates = body_in_order(doc.x.dates);
  for (const auto& mo : doc.x.money) {
    if (mo.span.in_title) continue;
    Span sent = facts::sentence_of(doc, mo.span.begin);
    uint32_t cb = clause_start(cues_, body, sent.begin, mo.span.begin);
    // The metric word nearest before the amount in its clause; failing that, the nearest in the
    // whole sentence before it ("exports … recording USD 640.2 billion").
    std::string left = facts::lower(body.substr(cb, mo.span.begin - cb));
    auto hits = metric_hits(body.substr(cb, mo.span.begin - cb), left);
    uint32_t from = cb;
    const bool clause_bare = hits.empty();
    if (hits.empty()) {
      left = facts::lower(body.substr(sent.begin, mo.span.begin - sent.begin));
      hits = metric_hits(body.substr(sent.begin, mo.span.begin - sent.begin), left);
      from = sent.begin;
    }
    std::string metric;
    size_t metric_at = 0;
    // The words right after the amount: "$20 billion target", "$3.3 billion of total services
    // trade", "£17 billion in services exports" name the figure more surely than the clause.
    // "180 billion shillings (about 1.39 billion U.S. dollars) from tea exports": past an amount
    // that restates this one in parentheses.
    uint32_t tail = mo.span.end;
    if (body.substr(tail, 2) == " (") {
      if (auto inner = beginning_in(amounts, tail + 2, std::min<uint32_t>(sent.end, tail + 16));
          !inner.empty() && restates_previous(doc, amounts, sent, *inner.front(), restate_)) {
        const size_t close = body.find(')', inner.front()->span.end);
        if (close != std::string_view::npos && close < sent.end && close <= inner.front()->span.end + 2) tail = static_cast<uint32_t>(close + 1);
      }
    }
    std::string_view right_text = body.substr(tail, std::min<size_t>(40, sent.end - tail));
    std::string right = facts::lower(right_text);
    {
      auto sk = skip_.match(right);
      if (!sk.empty() && sk.front().begin <= 2) continue;
      // "from $257.97 to $341.28 per tonne": the low end of a range is what its high end is.
      if (right.starts_with(" to ") || right.starts_with("-") || right.starts_with(" and ")) {
        const uint32_t near_end = std::min<uint32_t>(sent.end, tail + 6);
        if (auto next = beginning_in(amounts, tail, near_end); !next.empty() && next.front()->span.end <= sent.end) {
          const uint32_t ne = next.front()->span.end;
          const std::string after = facts::lower(body.substr(ne, std::min<size_t>(40, sent.end - ne)));
          auto nsk = skip_.match(after);
          if (!nsk.empty() && nsk.front().begin <= 2) continue;
        }
      }
    }
    // "582.4 billion yen ($5.1 billion)", "NZ$50 billion (about US$33 billion)": an amount in
    // parentheses right after another restates that figure in another currency, no figure of
    // its own.
    if (restates_previous(doc, amounts, sent, mo, restate_)) continue;
    // "increased by £1.2 billion to £8.1 billion": an amount a figure moved by is its change, not
    // a figure of its own.
    if (right.starts_with(" to ") && mo.span.begin >= 3 &&
        doc.lowered({mo.span.begin - 3, mo.span.begin, false}) == "by ") {
      auto next = beginning_in(amounts, tail + 4, std::min<uint32_t>(sent.end, tail + 16));
      if (!next.empty()) continue;
    }
    // "an increase in the goods deficit of $18.3 billion to $84.6 billion": the amount between a
    // movement "in" a figure and the level it moved to is how far it moved.
    if (right.starts_with(" to ") && !beginning_in(amounts, tail + 4, std::min<uint32_t>(sent.end, tail + 16)).empty()) {
      const uint32_t lo = mo.span.begin >= 64 ? std::max(cb, mo.span.begin - 64) : cb;
      const std::string_view before = doc.lowered({lo, mo.span.begin, false});
      bool moved_in = false;
      if (before.ends_with(" of "))
        for (const auto& h : moves_.match(before)) {
          if (h.phrase->value() == "0" || (h.begin > 0 && before[h.begin - 1] != ' ')) continue;
          const std::string_view gap = before.substr(h.end);
          if (gap.starts_with(" in ") && gap.find(',') == std::string_view::npos &&
              std::count(gap.begin(), gap.end(), ' ') <= 7)
            moved_in = true;
        }
      if (moved_in) continue;
    }
    if (moved_by(doc, sent, mo, right)) continue;
    // "Bilateral trade topped $80 billion last year, reaching $81.5 billion": a round mark a figure
    // passed, with the figure itself told after it in the clause, is no figure of its own.
    {
      std::string_view lead = doc.lowered({mo.span.begin >= 24 ? std::max(cb, mo.span.begin - 24) : cb, mo.span.begin, false});
      if (lead.ends_with("the ")) lead.remove_suffix(4);
      const bool passed = std::any_of(cues_.thresholds.begin(), cues_.thresholds.end(), [&](const std::string& w) {
        return facts::ends_with_word(lead, w);
      });
      if (passed) {
        const uint32_t reach = std::min<uint32_t>(sent.end, mo.span.end + 64);
        const std::string_view ahead = body.substr(mo.span.end, reach - mo.span.end);
        bool told = false;
        for (const Money* m : beginning_in(amounts, mo.span.end, reach)) {
          if (m->span.end > reach || m->currency != mo.currency) continue;
          const std::string_view gap = ahead.substr(0, m->span.begin - mo.span.end);
          // Not the figure of another flow ("exports topped $20 billion, with shipments to China
          // reaching $21 billion").
          if (gap.find(';') != std::string_view::npos || gap.find(" while ") != std::string_view::npos ||
              !metric_hits(gap, facts::lower(gap)).empty())
            break;
          told = m->amount >= mo.amount && m->amount < mo.amount * 1.5;
          break;
        }
        if (told) continue;
      }
    }
    if (covered_by_measure(doc.lowered({sent.begin, mo.span.begin, false}))) continue;
    auto rh = metric_hits(right_text, right);
    const facts::Hit* right_hit = nullptr;
    if (!rh.empty()) {
      std::string_view gap = std::string_view(right).substr(0, rh.front().begin);
      // Not across a clause break: "Exports were $128.6 billion; imports were $189.5 billion".
      bool direct = rh.front().begin <= 2 && gap.find_first_of(";,:") == std::string_view::npos;
      // Not across a date: "USD 24.2 billion in August as imports declined" names no imports.
      const bool dated = !beginning_in(dates, tail, tail + static_cast<uint32_t>(rh.front().begin)).empty();
      bool linked = (gap.rfind(" of ", 0) == 0 || gap.rfind(" in ", 0) == 0) && rh.front().begin <= 24 &&
                    gap.find(',') == std::string_view::npos && !dated;
      // "earned 28.72 billion dollars from exports", "$3.2 billion from cocoa exports": what a
      // country earns from its exports is their value; only the flow noun itself, after at most
      // one word naming the goods, not "from import duties".
      auto from_goods = [](std::string_view g) {
        if (!g.starts_with(" from ")) return false;
        g.remove_prefix(6);
        if (g.empty()) return true;
        if (!g.ends_with(" ")) return false;
        g.remove_suffix(1);
        return !g.empty() && std::all_of(g.begin(), g.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '-'; });
      };
      if (!linked && !dated && from_goods(gap)) {
        const std::string_view noun = std::string_view(right).substr(rh.front().begin, rh.front().end - rh.front().begin);
        linked = noun == "exports" || noun == "imports" || noun == "shipments";
      }
      if (direct || linked) right_hit = &rh.front();
    }
    // "a 25.4 billion yen deficit expected by economists in a Reuters poll": the words after the
    // metric that names the amount can make it something else as they can right after the amount.
    if (right_hit && right_hit->begin <= 2) {
      const std::string_view past = std::string_view(right).substr(right_hit->end);
      auto sk = skip_.match(past);
      if (!sk.empty() && sk.front().begin <= 1) continue;
    }
    // "widening its trade surplus with its largest export market to $38.1 billion": a metric word
    // that only sorts a counterpart ("export market", "export destination") yields to another
    // metric told before it in the clause; alone it names the flow ("Germany was the top export
    // market with $6.1 billion").
    auto sorts_partner = [&](const facts::Hit& h) {
      const std::string after = left.substr(h.end) + " ";
      return std::any_of(cues_.partner_nouns.begin(), cues_.partner_nouns.end(),
                         [&](const std::string& n) { return after.starts_with(n); });
    };
    // Targets and trade balances name the figure even when a broader word is nearer
    // ("a target of $20 billion in exports", "a trade surplus of $12.7 billion").
    for (const auto& h : hits) {
      if (!metric.empty() && metric != h.phrase->value() && sorts_partner(h)) continue;
      metric = h.phrase->value();
      metric_at = h.begin;
    }
    for (const auto& h : hits) {
      if (h.phrase->value() == "target") metric = "target", metric_at = h.begin;
    }
    // "aims at $500 billion in intra-bloc trade", "a target of $20 billion in exports": a target
    // word joined to the amount by one small word names the figure before the flow after it.
    bool target_next = false;
    for (const auto& h : hits) {
      if (h.phrase->value() != "target") continue;
      const std::string_view gap = std::string_view(left).substr(h.end);
      target_next = gap == " " || std::find(cues_.target_gaps.begin(), cues_.target_gaps.end(), gap) != cues_.target_gaps.end();
    }
    if (right_hit && !target_next) metric = right_hit->phrase->value(), metric_at = left.size();
    // "Samsung to invest $17 billion in Texas chip plant" over "… will build a $17 billion chip
    // plant": the title's metric word right before the same amount names the body's figure.
    bool from_title = false;
    if (metric.empty()) {
      for (const auto& tm : doc.x.money) {
        if (!tm.span.in_title || tm.currency != mo.currency || std::abs(tm.amount - mo.amount) >= 0.5) continue;
        const uint32_t lo = tm.span.begin >= 24 ? tm.span.begin - 24 : 0;
        std::string_view lead = doc.title.substr(lo, tm.span.begin - lo);
        if (const size_t cut = lead.find_last_of(",:;"); cut != std::string_view::npos) lead.remove_prefix(cut + 1);
        const std::string lowered_lead = facts::lower(lead);
        const auto th = metric_hits(lead, lowered_lead);
        // Right before it: at most one small word between ("to invest $17 billion", "exports of $5 billion").
        if (!th.empty() && std::count(lowered_lead.begin() + static_cast<long>(th.back().end), lowered_lead.end(), ' ') <= 2) {
          metric = th.back().phrase->value();
          metric_at = left.size();
          from_title = true;
        }
        break;
      }
    }
    // "a combined GDP of $4.3 trillion": the size of an economy is no trade figure.
    // "FDI inflows rose 16 per cent to USD 35.18 billion. Singapore emerged as the top source with USD
    // 9.4 billion, followed by the US with USD 5.5 billion": sources ranked right after a figure of
    // foreign investment rank its investors, each amount a source's investment.
    if (metric.empty() && !doc.x.indicators.empty()) {
      const Indicator& prev = doc.x.indicators.back();
      const Span prev_sent = prev.span.in_title ? Span{} : facts::sentence_of(doc, prev.span.begin);
      const bool just_before = !prev.span.in_title && prev_sent.end <= sent.begin &&
                               facts::trim(body.substr(prev_sent.end, sent.begin - prev_sent.end)).empty();
      const std::string_view lead = doc.lowered({sent.begin, mo.span.begin, false});
      const bool ranked = std::any_of(cues_.source_words.begin(), cues_.source_words.end(),
                                      [&](const std::string& w) { return facts::has_word(lead, w); });
      if ((prev.metric == "fdi" || prev.metric == "investment") && !prev.span.in_title &&
          (just_before || prev.span.begin >= sent.begin) && ranked) {
        metric = "investment";
        metric_at = cb - from;
      }
    }
    // "Exports in May reached USD 49.0 billion. Semiconductors accounted for USD 9.8 billion, or 20%
    // of the total": an amount told as a part of the total just before (a share word before it or
    // after it) is a figure of that total's metric, the part named by the words before the share word.
    const Indicator* share_of = nullptr;
    size_t share_cut = 0;  // where the share word before the amount begins, if one does
    if (metric.empty() && !doc.x.indicators.empty()) {
      const Indicator& prev = doc.x.indicators.back();
      const Span prev_sent = prev.span.in_title ? Span{} : facts::sentence_of(doc, prev.span.begin);
      const bool just_before = !prev.span.in_title && prev_sent.end <= sent.begin &&
                               facts::trim(body.substr(prev_sent.end, sent.begin - prev_sent.end)).empty();
      const bool same_sentence = !prev.span.in_title && prev.span.begin >= sent.begin && prev.span.end <= cb;
      std::string_view lead = doc.lowered({cb, mo.span.begin, false});
      for (std::string_view hedge : cues_.hedges)
        if (lead.ends_with(hedge)) {
          lead.remove_suffix(hedge.size());
          break;
        }
      for (std::string_view w : cues_.share_words)
        if (lead.ends_with(w) && (lead.size() == w.size() || lead[lead.size() - w.size() - 1] == ' '))
          share_cut = cb + lead.size() - w.size();
      bool share = share_cut > 0;
      // ", or 20% of the total": the share told after the amount, within its clause.
      const std::string_view after = std::string_view(right).substr(0, std::min(right.size(), right.find_first_of(";.")));
      for (std::string_view w : cues_.share_words)
        if (w.starts_with("of ") && facts::has_word(after, facts::trim(w))) share = true;
      if (share && (just_before || same_sentence) && prev.metric != "target" && prev.unit == mo.currency &&
          (!prev.value || *prev.value > mo.amount)) {
        share_of = &prev;
        metric = prev.metric;
        metric_at = cb - from;
      }
    }
    // "In the first half of 2025, FDI pledges reached a record. Pledges rose 12% to $15 billion": a
    // sentence that opens with the head noun of the metric the sentence before named ("FDI pledges"),
    // or with a word standing for it ("They", "The figure"), goes on with that figure. So does a
    // clause of no metric word that opens with the head noun its sentence named before it ("…, while
    // pledges to the zone totaled …"), before a broader word elsewhere in the sentence.
    std::string continued_subject;
    if (metric.empty() || (clause_bare && cb > sent.begin)) {
      const uint32_t wb = std::max(cb, facts::words_begin(doc, sent));
      std::string_view open = facts::trim(doc.lowered({wb, mo.span.begin, false}));
      if (open.starts_with("the ")) open.remove_prefix(4);
      const std::string_view first = open.substr(0, std::min(open.size(), open.find_first_of(" ,")));
      auto stem = [](std::string_view w) { return w.ends_with("s") ? w.substr(0, w.size() - 1) : w; };
      // The sentence before, right before this one, and this one's words before the clause.
      Span ps{};
      uint32_t k = sent.begin;
      while (k > 0 && body[k - 1] == ' ') --k;
      if (k > 0) {
        ps = facts::sentence_of(doc, k - 1);
        if (ps.end > sent.begin || ps.begin >= k) ps = {};
      }
      // A word standing for the figure opens the sentence itself.
      const bool opens_sentence = wb <= facts::words_begin(doc, sent) + 1;
      std::string only;  // the one metric the sentence before names, if one
      bool one = true;
      for (const Span& s : {ps, Span{sent.begin, cb, false}}) {
        if (s.end <= s.begin || !continued_subject.empty()) continue;
        const std::string_view ptext = body.substr(s.begin, s.end - s.begin);
        const std::string plow = facts::lower(ptext);
        size_t named_from = std::string_view::npos;  // where the metric's words begin
        for (const auto& h : metric_hits(ptext, plow)) {
          const std::string v(h.phrase->value());
          // "foreign direct investment (FDI)": the acronym in parentheses goes on with the words
          // before it.
          if (h.begin == 0 || plow[h.begin - 1] != '(' || named_from == std::string_view::npos) named_from = h.begin;
          if (v == "none" || v == "current_account" || v == "target") continue;
          if (s.begin == ps.begin && s.end == ps.end) {
            if (!only.empty() && only != v) one = false;
            only = v;
          }
          // The word after the metric phrase: its head noun ("pledges", "inflows"), of four letters
          // or more, not a word of time or a verb ("during", "reached"); past the close of an
          // acronym's parenthesis ("foreign direct investment (FDI) pledges").
          size_t hb = h.end;
          while (hb < plow.size() && (plow[hb] == ' ' || plow[hb] == ')')) ++hb;
          size_t he = hb;
          while (he < plow.size() && plow[he] >= 'a' && plow[he] <= 'z') ++he;
          const std::string_view head = std::string_view(plow).substr(hb, he - hb);
          const bool noun = head.size() >= 4 && !head.ends_with("ed") && head != "from" && head != "with" &&
                            head != "were" && head != "have" && head != "this" && head != "that" && head != "during" &&
                            head != "into" && head != "over";
          if (noun && !first.empty() && stem(first) == stem(head) && open.size() > first.size() && open[first.size()] == ' ') {
            metric = v;
            metric_at = cb - from;
            continued_subject = std::string(facts::trim(ptext.substr(named_from, he - named_from)));
            break;
          }
        }
      }
      if (continued_subject.empty() && metric.empty() && one && !only.empty() && ps.end > ps.begin && opens_sentence) {
        const std::string_view ptext = body.substr(ps.begin, ps.end - ps.begin);
        const std::string plow = facts::lower(ptext);
        for (std::string_view c : cues_.continuers)
          if (open.starts_with(std::string(c) + " ") && (c != "it" || only == "trade" || only == "trade_balance")) {
            metric = only;
            metric_at = cb - from;
            // The metric words of the sentence before, with a plural head noun after them.
            for (const auto& h : metric_hits(ptext, plow))
              if (h.phrase->value() == only) {
                size_t he = h.end;
                if (he < plow.size() && plow[he] == ' ') {
                  size_t j = he + 1;
                  while (j < plow.size() && plow[j] >= 'a' && plow[j] <= 'z') ++j;
                  const std::string_view head = std::string_view(plow).substr(he + 1, j - he - 1);
                  if (head.size() >= 4 && head.ends_with("s") && !head.ends_with("ss")) he = j;
                }
                continued_subject = std::string(facts::trim(ptext.substr(h.begin, he - h.begin)));
                break;
              }
            break;
          }
      }
    }
    // "current_account": a balance of payments wider than trade, no trade figure either (it still
    // dates the run of trade figures after it).
    if (metric.empty() || metric == "none" || metric == "current_account") continue;
    // "exports are expected to reach RM1 trillion", "a projection of more than RM1 trillion": a
    // forecast of a trade flow is no stated figure (a target is, and so is a pledge to invest).
    // "FDI could top $30 billion", "India may receive over $30 billion in foreign direct
    // investment": a modal verb puts any flow or investment in doubt, a pledge ("will invest")
    // stays. "versus a forecast deficit of $2.9 billion": a forecast word naming the metric.
    {
      const bool flow = metric == "exports" || metric == "imports" || metric == "trade" || metric == "trade_balance";
      const bool invest = metric == "fdi" || metric == "investment";
      // With the metric word after the amount, the cue stands anywhere in the clause before it.
      const std::string_view lead = std::string_view(left).substr(metric_at < left.size() ? metric_at : 0);
      const auto cues = forecasts_.match(lead);
      const bool forecast = std::any_of(cues.begin(), cues.end(), [&](const facts::Hit& f) {
        const std::string_view kind = f.phrase->value();
        if (kind == "before" || (kind == "forecast" && !flow) || (kind == "modal" && !flow && !invest)) return false;
        const std::string_view gap = lead.substr(f.end);
        return gap.find(',') == std::string_view::npos && std::count(gap.begin(), gap.end(), ' ') <= 8;
      });
      bool named = false;
      if (flow && metric_at < left.size()) {
        const std::string_view head = std::string_view(left).substr(0, metric_at);
        // "had forecast a deficit of C$6.3 billion", "forecast the trade gap would narrow to": an
        // article between the forecast word and the metric's leaves it the forecast's.
        for (const auto& f : forecasts_.match(head)) {
          const std::string_view rest = head.substr(f.end);
          if (f.phrase->value() == "before" && (rest == " " || rest == " a " || rest == " an " || rest == " the "))
            named = true;
        }
      }
      if (forecast || named) continue;
      // "intend to raise their bilateral trade turnover to about $1 billion", "will lift non-oil
      // trade beyond $10 billion": a goal verb a few words before the flow, its amount the level
      // to reach, is a target; "trade increased by £1.2 billion to £8.1 billion" names no goal.
      if (flow && metric_at < left.size()) {
        const std::string_view head = std::string_view(left).substr(0, metric_at);
        const std::string_view tail = std::string_view(left).substr(metric_at);
        bool goal = false;
        for (const auto& g : goals_.match(head)) {
          const std::string_view gap = head.substr(g.end);
          if (gap.find(',') == std::string_view::npos && std::count(gap.begin(), gap.end(), ' ') <= 3) goal = true;
        }
        // "boost exports by up to NZ$1.8 billion" is a gain, no level.
        const bool level = (tail.ends_with(" to ") && !tail.ends_with(" up to ")) || tail.ends_with(" to about ") || tail.ends_with(" to around ") ||
                           tail.ends_with(" to over ") || tail.ends_with(" to more than ") ||
                           tail.ends_with(" beyond ") || tail.ends_with(" above ");
        if (goal && level && tail.find(',') == std::string_view::npos) metric = "target";
        // "Two-way trade reached 16.3 billion USD in 2025, …, and both sides aimed to lift it to 20
        // billion USD by 2028": a goal verb on a pronoun for the flow told before, right before
        // the amount, names the level to reach.
        for (const auto& g : goals_.match(tail)) {
          std::string_view rest = tail.substr(g.end);
          for (std::string_view pron : {" it", " them", " this", " that figure"})
            if (rest.starts_with(pron)) {
              rest.remove_prefix(pron.size());
              for (std::string_view lv : {" to ", " to about ", " to around ", " to over ", " to more than ", " beyond ",
                                          " above "})
                if (rest == lv) metric = "target";
            }
        }
      }
    }
    Indicator ind;
    ind.metric = metric;
    ind.value = mo.amount;
    ind.unit = mo.currency;
    ind.country = reporter;
    // Subject: the clause from the metric word to the amount.
    uint32_t sb = from + static_cast<uint32_t>(metric_at);
    // "…, but those to the United States rose 2.8 percent to $1.12 billion": a clause opened by a
    // pronoun for the flow before is that figure's subject.
    if (sb < cb && cb < mo.span.begin)
      for (std::string_view pron : cues_.flow_pronouns)
        if (doc.lowered({cb, mo.span.begin, false}).starts_with(pron.substr(1))) sb = cb;
    if (sb < mo.span.begin) ind.subject = std::string(facts::trim(body.substr(sb, mo.span.begin - sb)));
    // "recorded a EUR 18.9 billion surplus in trade in goods", "1.2 trillion won in policy financing":
    // a figure named by the words after its amount is those words, up to the metric's.
    if (ind.subject.empty() && right_hit && !from_title && metric == right_hit->phrase->value()) {
      std::string_view words = facts::trim(right_text.substr(0, right_hit->end));
      for (std::string_view join : {"in ", "of ", "from "})
        if (words.size() > join.size() && facts::lower(words.substr(0, join.size())) == join) {
          words.remove_prefix(join.size());
          break;
        }
      ind.subject = std::string(words);
    }
    // The part a share word tells: the words before it ("Semiconductors").
    if (share_of && share_cut > sb) ind.subject = std::string(facts::trim(body.substr(sb, share_cut - sb)));
    if (!continued_subject.empty()) ind.subject = continued_subject;
    if (ind.subject.size() > 120) ind.subject.resize(120);
    // Investment by a named foreign country into the reporter's is FDI.
    auto places = facts::places_in(doc, sent);
    // "LUXEMBOURG - The first estimate for euro area exports …": the dateline says where the story
    // was filed, no side of a figure.
    const uint32_t dateline = sent.begin == 0 ? static_cast<uint32_t>(doc.dateline_end()) : 0;
    std::erase_if(places, [&](const facts::Place& p) { return p.span.end <= dateline; });
    // "Malaysia's exports in January rose …": a country owning the figure's subject is its
    // country, whoever reports it.
    // So is a bloc or region owning it ("ASEAN's total trade"): the figure is the bloc's, none
    // of its members'.
    for (const auto& p : places) {
      if (p.span.end > sb || p.span.end + 2 > body.size()) continue;
      const std::string_view after = body.substr(p.span.end, 4);
      const bool possessive = after.starts_with("'s ") || after.starts_with("\xE2\x80\x99s");
      if (!possessive) continue;
      // Only the possessor of the subject itself: nothing but the metric's own words between.
      const std::string_view between = body.substr(p.span.end, sb - p.span.end);
      if (between.size() <= 24 && between.find(',') == std::string_view::npos) ind.country = p.code;
    }
    // "Brazilian exports to Argentina", "Swiss exports fell", "Saudi non-oil exports": a country's
    // adjective or name right before the metric word, or before a word that only sorts the flow,
    // owns the figure as a possessive does.
    // A bloc's name serves too ("EU exports to China fell"); a region's adjective does not.
    for (const auto& p : places) {
      if ((p.bloc && facts::is_region(p.code)) || p.span.end > sb || sb - p.span.end > 16 || p.span.end + 1 > body.size())
        continue;
      if (body[p.span.end] != ' ') continue;
      // "Indonesia-Canada trade": the second of a pair joined by a dash owns nothing alone.
      if (p.span.begin > 0 && (body[p.span.begin - 1] == '-' ||
                               (p.span.begin >= 3 && body.substr(p.span.begin - 3, 3) == "\xE2\x80\x93")))
        continue;
      // "the Philippines and the United Arab Emirates target to increase bilateral trade": nor does the
      // second of a pair joined by "and".
      if (const std::string_view pair = doc.lowered({p.span.begin >= sent.begin + 9 ? p.span.begin - 9 : sent.begin,
                                                     p.span.begin, false});
          pair.ends_with(" and ") || pair.ends_with(" and the "))
        continue;
      const std::string_view between = facts::trim(doc.lowered({p.span.end, sb, false}));
      if (between.empty() || between == "non-oil" || between == "non-petroleum" || between == "total" ||
          between == "merchandise" || between == "goods" || between == "overall")
        ind.country = p.code;
    }
    // "Indonesia posted a trade surplus of US$4.34 billion": a country or bloc that a verb of
    // recording (indicator_owner_verbs.tsv) makes the subject of the metric words owns the figure.
    for (const auto& p : places) {
      if (p.span.end > sb || sb - p.span.end > 24 || body.substr(p.span.end, 1) != " ") continue;
      std::string_view lead = doc.lowered({p.span.begin >= sent.begin + 10 ? p.span.begin - 10 : sent.begin, p.span.begin, false});
      // "The goods trade balance with the United States posted a surplus": past the article, the
      // place is still the counterpart.
      if (lead.ends_with(" the ")) lead.remove_suffix(4);
      if (lead.ends_with("to ") || lead.ends_with("with ") || lead.ends_with("from ")) continue;
      const std::string_view between = facts::trim(doc.lowered({p.span.end, sb, false}));
      if (std::find(owner_verbs_.begin(), owner_verbs_.end(), between) != owner_verbs_.end()) ind.country = p.code;
    }
    // Investment that a named foreign country's companies make is FDI into the reporter's.
    if (metric == "investment" && !reporter.empty()) {
      // "$6.69 billion came from Singapore", "$3.66 billion from Mauritius": the source named right
      // after the amount outranks a place before it.
      for (const auto& p : places) {
        if (p.span.begin <= mo.span.end || p.span.begin > mo.span.end + 24 || p.code == reporter || p.bloc) continue;
        const std::string_view gap = doc.lowered({mo.span.end, p.span.begin, false});
        if ((gap.ends_with(" from ") || gap.ends_with(" from the ")) && gap.find(',') == std::string_view::npos) {
          ind.metric = "fdi";
          ind.country = p.code;
          ind.partner = reporter;
          break;
        }
      }
      // "Singapore was the top investor with USD 5.7 billion, followed by Mauritius (USD 2.4
      // billion), the UAE (USD 2.2 billion)": a source in the amount's own clause, the nearest
      // before it, outranks one earlier in the sentence.
      // "Korea will invest US$350 billion in the United States, including $200 billion in cash":
      // where the money goes is no source.
      auto destination = [&](const facts::Place& p) {
        const uint32_t lo = p.span.begin >= sent.begin + 9 ? p.span.begin - 9 : sent.begin;
        const std::string_view lead = doc.lowered({lo, p.span.begin, false});
        return lead.ends_with(" in ") || lead.ends_with(" in the ") || lead.ends_with(" into ") ||
               lead.ends_with(" into the ") || lead.ends_with(" to ") || lead.ends_with(" to the ");
      };
      // "investment from the EU", "EU investment in Korea": a bloc joined to the investment.
      auto bloc_source = [&](const facts::Place& p) {
        if (facts::is_region(p.code)) return false;
        const uint32_t lo = p.span.begin >= sent.begin + 10 ? p.span.begin - 10 : sent.begin;
        const std::string_view lead = doc.lowered({lo, p.span.begin, false});
        // "Singapore remained Vietnam's largest ASEAN investor": a bloc after a word of rank names
        // the group the investor is ranked in, no source.
        if (p.span.end + 1 == sb && std::any_of(cues_.rank_words.begin(), cues_.rank_words.end(),
                                                [&](const std::string& w) { return lead.ends_with(w); }))
          return false;
        return lead.ends_with(" from ") || lead.ends_with(" from the ") || p.span.end + 1 == sb;
      };
      // A bloc serves as a source in the clause ("investment from the European Union fell 20.5
      // percent to USD 4.3 billion"), a region does not.
      const facts::Place* own = nullptr;
      for (const auto& p : places)
        if (ind.metric != "fdi" && p.span.begin >= cb && p.span.end <= mo.span.begin && p.code != reporter &&
            (!p.bloc || bloc_source(p)) &&
            !destination(p) && (!own || p.span.begin > own->span.begin))
          own = &p;
      // "Switzerland, Norway, Iceland and Liechtenstein to invest": a list is led by its first.
      for (bool back = own != nullptr; back;) {
        back = false;
        for (const auto& p : places) {
          if (p.span.end > own->span.begin || p.span.begin < cb || p.code == reporter || p.bloc) continue;
          const std::string_view gap = doc.lowered({p.span.end, own->span.begin, false});
          if (gap == ", " || gap == " and " || gap == ", and ") {
            own = &p;
            back = true;
            break;
          }
        }
      }
      if (own) {
        ind.metric = "fdi";
        ind.country = own->code;
        ind.partner = reporter;
      }
      for (const auto& p : places) {
        if (ind.metric == "fdi") break;
        if (p.span.begin < mo.span.begin && p.code != reporter && !p.bloc && !destination(p)) {
          ind.metric = "fdi";
          ind.country = p.code;
          ind.partner = reporter;
          break;
        }
      }
    }
    // "FDI flows from Singapore totaled $15.2 billion": the source of direct investment named in
    // its clause is the investor, the figure's country; the economy it flows into is the
    // counterpart.
    if (ind.metric == "fdi" && metric == "fdi") {
      for (const auto& p : places) {
        if (p.span.begin < std::max(cb, sb) || p.span.end > mo.span.begin || (p.bloc && facts::is_region(p.code))) continue;
        const uint32_t lo = p.span.begin >= sent.begin + 10 ? p.span.begin - 10 : sent.begin;
        const std::string_view lead = doc.lowered({lo, p.span.begin, false});
        if (!lead.ends_with(" from ") && !lead.ends_with(" from the ")) continue;
        const std::string host = !ind.country.empty() && ind.country != p.code ? ind.country : "";
        if (host.empty() && ind.country == p.code) break;
        ind.country = p.code;
        ind.partner = host;
        break;
      }
    }
    // Partner: a counterpart in the figure's clause, else in its sentence. A country named as the
    // author of a duty ("fell, largely due to U.S. tariffs") is a cause, no destination.
    auto imposes = [&](const auto& p) {
      const uint32_t e = std::min<uint32_t>(p.span.end + 10, static_cast<uint32_t>(body.size()));
      const std::string_view after = doc.lowered({p.span.end, e, false});
      return after.starts_with(" tariff") || after.starts_with(" duties") || after.starts_with(" sanctions");
    };
    // "the deficit with countries other than the United States", "exports excluding the EU": a
    // place set apart is the one counterpart the figure is not.
    auto set_apart = [&](const auto& p) {
      const uint32_t b = p.span.begin >= 16 ? std::max(sent.begin, p.span.begin - 16) : sent.begin;
      std::string_view before = doc.lowered({b, p.span.begin, false});
      if (before.ends_with("the ")) before.remove_suffix(4);
      // "exports to non-EU countries": the prefix sets the place apart.
      return before.ends_with("other than ") || before.ends_with("excluding ") || before.ends_with("except ") ||
             before.ends_with("outside ") || before.ends_with("non-");
    };
    // The figure's clause ends at a ';', ", while" or ", followed by" after it: what follows is
    // another figure's ("exports stood at $41.4 billion, while imports from Switzerland rose …",
    // "a trade surplus of $9 billion, followed by Malaysia with $6 billion"). So does a clause of
    // cause (", as shipments of cars to the United States dropped 28.4 percent"), not ", as well as".
    uint32_t ce = sent.end;
    {
      std::string_view after = body.substr(mo.span.end, sent.end - mo.span.end);
      // So does what a speaker adds ("exports reached $88.5 billion, Bolat said, adding that Germany
      // was the top market"): another statement.
      size_t cut = std::min({after.find(';'), after.find(", while"), after.find(", followed by"),
                             after.find(" adding that ")});
      for (size_t as = after.find(", as "); as != std::string_view::npos && as < cut; as = after.find(", as ", as + 1))
        if (!after.substr(as + 5).starts_with("well ")) {
          cut = as;
          break;
        }
      // "exports stood at $38.5 billion, and those to the UAE reached $3.1 billion": so does a
      // pronoun for the flow, which opens a figure of its own with its own counterpart.
      for (std::string_view pron : cues_.flow_pronouns) cut = std::min(cut, after.find(pron));
      if (cut != std::string_view::npos) ce = mo.span.end + static_cast<uint32_t>(cut);
    }
    // "The United States remained the largest recipient of FDI with $311 billion, followed by
    // Singapore with $159 billion and China with $116 billion": a place in the figure's clause
    // joined to the amount by "with" or "at" ranks it, the amount that place's own. It takes the
    // side the figure before it in the sentence gave its own place: the country when that figure's
    // country is a place other than the reporter's ("Singapore posted a trade surplus of $9 billion,
    // followed by Malaysia with $6 billion"), else the counterpart.
    // "The largest surpluses were recorded by Germany (+€17.1 bn), Ireland (+€8.2 bn) and Italy (+€4.0
    // bn)": so does a place with its signed amount in parentheses; one that a recording verb's "by"
    // or "in" (indicator_cues.tsv owner_by) puts after the metric words owns its figure.
    const facts::Place* ranked = nullptr;
    bool signed_list = false;
    for (const auto& p : places) {
      if (p.span.begin < cb || p.span.end > mo.span.begin || p.code == ind.country || imposes(p) || set_apart(p)) continue;
      const std::string_view gap = doc.lowered({p.span.end, mo.span.begin, false});
      const bool signed_amount = gap == " (+" || gap == " (-" || gap == " (\xE2\x88\x92";
      if (gap == " with " || gap == " at " || signed_amount) ranked = &p, signed_list = signed_amount;
    }
    const bool owned_by = ranked && signed_list && ranked->span.begin >= sb && [&] {
      const std::string_view lead = doc.lowered({std::max(sb, ranked->span.begin >= 16 ? ranked->span.begin - 16 : 0), ranked->span.begin, false});
      return std::any_of(cues_.owner_bys.begin(), cues_.owner_bys.end(), [&](const std::string& w) { return lead.ends_with(w); });
    }();
    if (ranked) {
      const Indicator* prev = doc.x.indicators.empty() ? nullptr : &doc.x.indicators.back();
      if (prev && (prev->span.in_title || prev->span.begin < sent.begin)) prev = nullptr;
      if (owned_by) {
        ind.country = ranked->code;
        ind.partner.clear();
      } else if (prev && !prev->country.empty() && prev->country != reporter && (prev->partner.empty() || prev->partner == reporter)) {
        ind.country = ranked->code;
        ind.partner = prev->partner;
      } else {
        ind.partner = ranked->code;
      }
    }
    // "a surplus of $31.2 billion with the U.S. and $12.6 billion with the EU", "with the United
    // States $1.15 billion and with India $1.14 billion": a counterpart joined to the amount by
    // "with" is that amount's own, before any named earlier in the clause.
    for (const auto& p : places) {
      if (ranked) break;
      if (p.code == ind.country || imposes(p)) continue;
      if (p.span.begin >= mo.span.end && p.span.begin <= mo.span.end + 10) {
        const std::string_view gap = doc.lowered({mo.span.end, p.span.begin, false});
        if (gap == " with " || gap == " with the ") {
          ind.partner = p.code;
          break;
        }
      }
      // "with the Netherlands ($5.2), Hong Kong ($2.6)": a place with its amount in parentheses
      // right after it, as statistics offices list partners.
      if (p.span.end + 2 == mo.span.begin && body.substr(p.span.end, 2) == " (") {
        ind.partner = p.code;
        break;
      }
      if (p.span.end <= mo.span.begin && p.span.end + 5 >= mo.span.begin && p.span.begin >= sent.begin + 9) {
        const std::string_view gap = doc.lowered({p.span.end, mo.span.begin, false});
        const std::string_view lead = doc.lowered({p.span.begin - 9, p.span.begin, false});
        // "Imports from Australia totaled $2.1 billion and from Saudi Arabia $2.8 billion": "from" or
        // "to" joins a place to the amount right after it as well.
        if ((gap == " " || gap == " at ") &&
            (lead.ends_with(" with ") || lead.ends_with(" with the ") || lead.ends_with(" from ") ||
             lead.ends_with(" from the ") || lead.ends_with(" to ") || lead.ends_with(" to the "))) {
          ind.partner = p.code;
          break;
        }
      }
    }
    // "Exports to the European Union reached $9.1 billion, while exports to Arab countries totaled
    // $12.4 billion": a place in an earlier clause that holds a figure of its own is that figure's.
    // Only a clause set against the other (", while", ";"): ", with exports at $6 billion" after
    // "Trade with China reached $10 billion" details that figure and keeps its counterpart.
    const bool contrasted = (cb >= sent.begin + 8 && body.substr(cb - 8, 8) == ", while ") ||
                            (cb >= sent.begin + 2 && body.substr(cb - 1, 1) == ";") ||
                            (cb >= sent.begin + 2 && body.substr(cb - 2, 2) == "; ");
    auto others_clause = [&](const auto& p) {
      if (!contrasted || p.span.begin >= cb) return false;
      for (const Money* m : beginning_in(amounts, p.span.end, cb))
        if (m != &mo && m->span.end <= cb) return true;
      // "Mexican exports to the U.S. grew 6.4 percent, while foreign direct investment into Mexico
      // totalled 34.3 billion dollars": a change told without an amount is a figure of its own.
      for (const Percent* q : beginning_in(percents, p.span.end, cb))
        if (q->span.end <= cb) return true;
      return false;
    };
    // "exports to non-EU countries rose": a place set apart in the figure's own clause says the
    // counterpart is none named; a place earlier in the sentence is another figure's.
    const bool apart_in_clause = std::any_of(places.begin(), places.end(), [&](const auto& p) {
      return p.span.begin >= cb && p.span.begin < ce && p.code != ind.country && set_apart(p);
    });
    // A ranked place settles the figure's sides: the counterpart the figure before it had, or none.
    for (bool clause_only : {true, false}) {
      if (ranked || (!clause_only && apart_in_clause)) break;
      for (const auto& p : places) {
        if (!ind.partner.empty()) break;
        if (p.code != ind.country && (!clause_only || p.span.begin >= cb) && p.span.begin < ce && !imposes(p) &&
            !set_apart(p) && (clause_only || !others_clause(p)))
          ind.partner = p.code;
      }
    }
    // "Bilateral trade between the two countries is worth £42.6 billion a year": the sides the
    // sentence names by number alone are those told just before; the counterpart is the nearest of
    // them that is not the figure's country.
    if (ind.partner.empty() && !ranked) {
      const std::string_view lead = doc.lowered({sent.begin, mo.span.begin, false});
      if (std::any_of(cues_.pair_refs.begin(), cues_.pair_refs.end(),
                      [&](const std::string& ref) { return facts::has_word(lead, ref); })) {
        const uint32_t lo = sent.begin > 600 ? sent.begin - 600 : 0;
        const uint32_t skip = static_cast<uint32_t>(doc.dateline_end());
        auto side = [&](const facts::Place& p) {
          return p.code != ind.country && !(p.bloc && facts::is_region(p.code));
        };
        // "S. Korea, Chile agree to upgrade FTA … met on the sidelines of the APEC ministerial
        // meeting in Lima, Peru. Bilateral trade reached …": a title that names one side besides
        // the figure's country names the pair; else the nearest side told before.
        // "held talks with Canadian Minister … to make the most of the CPTPP. … two-way trade hit
        // …": the pair is of two trading sides; a pact discussed is none, when a country is told.
        std::vector<std::string> titled, titled_countries;
        for (const auto& p : facts::places_in(doc, {0, static_cast<uint32_t>(doc.title.size()), true})) {
          if (!side(p)) continue;
          facts::push_unique(titled, p.code);
          if (!p.bloc) facts::push_unique(titled_countries, p.code);
        }
        if (titled.size() == 1) ind.partner = titled.front();
        else if (titled_countries.size() == 1) ind.partner = titled_countries.front();
        const auto told = facts::places_in(doc, {lo, sent.begin, false});
        for (auto it = told.rbegin(); ind.partner.empty() && it != told.rend(); ++it)
          if (side(*it) && !it->bloc && it->span.end > skip) ind.partner = it->code;
        for (auto it = told.rbegin(); ind.partner.empty() && it != told.rend(); ++it)
          if (side(*it) && it->span.end > skip) ind.partner = it->code;
        // "Korea and Chile hold 5th FTA Joint Committee … Bilateral trade between the two countries":
        // failing the body, the first side the title names.
        if (ind.partner.empty() && !titled.empty()) ind.partner = titled.front();
      }
    }
    // Period: the date nearest the amount within the sentence. The day the figures were
    // published ("data showed on Thursday") dates the report, not the figure: it serves only
    // when the sentence names no other date.
    // So do the base a change is measured from ("up 0.5% compared to the same period last
    // year", "from the same month of 2019") and the day a ministry spoke ("said on April 1") or its
    // data came out ("official data showed on Thursday", "the estimate for August released last
    // month").
    long best = -1;
    bool report_day = false;
    const std::string published = doc.published.y ? facts::iso(doc.published) : "";
    // "$12 billion in October, up from $10 billion in September": a date right after a base
    // amount (one a change is measured from) is that base's period, no other figure's. Any amount
    // takes the date right after it before any nearer date ("US$2.24 billion in May and US$9.8
    // billion in the first five months").
    auto right_after = [&](const Money& m, const DateMention& d) {
      if (d.span.begin < m.span.end || d.span.begin - m.span.end > 8) return false;
      const std::string_view gap = facts::trim(doc.lowered({m.span.end, d.span.begin, false}));
      return gap.empty() || gap == "in" || gap == "for" || gap == "in the" || gap == "during" || gap == "as of";
    };
    auto is_base_in = [&](const Money& m, const Span& sent) {
      std::string_view before = doc.lowered({m.span.begin >= 16 ? std::max(sent.begin, m.span.begin - 16) : sent.begin,
                                             m.span.begin, false});
      // "compared with +EUR 13.9 billion": past the sign of a balance.
      if (before.ends_with("+")) before.remove_suffix(1);
      for (std::string_view w : cues_.base_words)
        if (before.ends_with(w)) return true;
      // "compared with a surplus of 434.5 billion yen a year before", "up from a deficit of …": the
      // base named by its metric noun.
      const std::string_view wide = doc.lowered({m.span.begin >= 48 ? std::max(sent.begin, m.span.begin - 48) : sent.begin,
                                                 m.span.begin, false});
      if (!wide.ends_with(" of ")) return false;
      for (std::string_view lead : cues_.base_leads) {
        const size_t at = wide.rfind(lead);
        if (at == std::string_view::npos) continue;
        const std::string_view noun = wide.substr(at + lead.size());  // "n surplus of " or " deficit of "
        const size_t words = static_cast<size_t>(std::count(noun.begin(), noun.end(), ' '));
        if ((noun.starts_with(" ") || noun.starts_with("n ")) && words <= 4 && noun.find(',') == std::string_view::npos)
          return true;
      }
      return false;
    };
    auto is_base = [&](const Money& m) { return is_base_in(m, sent); };
    // "down from 19.4 billion in September": a base written without its currency, so no amount of
    // its own, still dates only itself.
    auto bare_base = [](std::string_view before) {
      if (!before.ends_with(" in ")) return false;
      const size_t from = before.rfind("from ");
      if (from == std::string_view::npos || (from > 0 && before[from - 1] != ' ')) return false;
      const std::string_view what = before.substr(from + 5, before.size() - 4 - (from + 5));
      if (what.empty() || what[0] < '0' || what[0] > '9' || what.find(',') != std::string_view::npos) return false;
      return std::count(what.begin(), what.end(), ' ') <= 1;
    };
    // The words within 32 bytes before d in s, lower-cased.
    auto lead_of = [&](const DateMention& d, const Span& s) {
      return doc.lowered({d.span.begin >= 32 ? std::max(s.begin, d.span.begin - 32) : s.begin, d.span.begin, false});
    };
    // A date that names the base a change is measured from ("compared with September 2024", "the
    // same month of 2019", "5% over 2023") or the point a record is measured back to ("their
    // lowest level since February 2021").
    auto comparison_base = [&](std::string_view before) {
      return before.find("same period") != std::string_view::npos ||
             before.find("same month") != std::string_view::npos ||
             before.find("same quarter") != std::string_view::npos ||
             before.find("compared to") != std::string_view::npos ||
             before.find("compared with") != std::string_view::npos || before.ends_with("per cent over ") ||
             before.ends_with("percent over ") || before.ends_with("% over ") || before.ends_with("since ");
    };
    // "The tariff takes effect on 1 August 2025", "effective from March 13", "entering into force on
    // August 1": the day a measure starts dates the measure, no figure told beside it.
    auto measure_start = [&](std::string_view before) {
      return std::any_of(cues_.start_leads.begin(), cues_.start_leads.end(),
                         [&](const std::string& w) { return before.ends_with(w); });
    };
    // Such a base, a measure's start, or the day figures came out ("said on April 1", "data showed
    // on Thursday"): not the period of a figure.
    // A day right after the verb with no "on" ("the ministry said Saturday") is the day it spoke;
    // a year or month there may open what was said ("said 2024 exports were …").
    // "rose 6.2% from the previous year to 108.9 trillion yen", "up 3 percent from 2023": a single
    // period right after a change and "from" is what the change is measured from; not a range a
    // "from" opens ("5% from January to March").
    auto change_from = [&](const DateMention& d, std::string_view before) {
      return d.value.find('/') == std::string::npos &&
             (before.ends_with("% from ") || before.ends_with(" percent from ") || before.ends_with(" per cent from ") ||
              before.ends_with(" pct from "));
    };
    auto base_or_report = [&](const DateMention& d, const Span& s) {
      const std::string_view before = lead_of(d, s);
      const bool day = d.value.size() == 10;
      return comparison_base(before) || change_from(d, before) || measure_start(before) || before.ends_with("said on ") || before.ends_with("announced on ") ||
             before.ends_with("reported on ") || before.ends_with("showed on ") || before.ends_with("released ") ||
             before.ends_with("released on ") || before.ends_with("showed ") || bare_base(before) ||
             (day && (before.ends_with(" said ") || before.ends_with(" announced ") || before.ends_with(" reported ")));
    };
    bool own_base = is_base(mo);
    bool period_own = false;
    const DateMention* best_date = nullptr;  // the date told last among the sentence's candidates
    const DateMention* chosen = nullptr;     // the date the figure's period was taken from
    const DateMention* run_date = nullptr;   // the same, when right after the amount or told before
    // "an increase of 7.1% compared with September 2024 (EUR 236.3 billion)": an amount in
    // parentheses right after a date is that date's figure, and the base when the date is one.
    if (mo.span.begin >= sent.begin + 2 && body.substr(mo.span.begin - 2, 2) == " (")
      for (const DateMention* d : beginning_in(dates, sent.begin, mo.span.begin))
        if (d->span.end == mo.span.begin - 2) {
          ind.period = d->value;
          period_own = true;
          run_date = d;
          if (comparison_base(lead_of(*d, sent))) own_base = true;
        }
    for (const DateMention* d : beginning_in(dates, sent.begin, sent.end)) {
      if (period_own) break;
      if (d->span.end > sent.end) continue;
      if (right_after(mo, *d)) {
        ind.period = d->value;
        period_own = true;
        run_date = d;
        break;
      }
      bool others_base = false;
      for (const Money* m : beginning_in(amounts, sent.begin, d->span.begin))
        if (m != &mo && right_after(*m, *d) && is_base(*m)) others_base = true;
      if (others_base) continue;
      // "UAE investments in Kenya exceeded AED 11 billion, and that non-oil trade … reached USD 3.6
      // billion in 2025": a date right after a later amount, told in a clause of its own, dates that
      // figure only.
      bool others_clause = false;
      if (d->span.begin > mo.span.end)
        for (const Money* m : beginning_in(amounts, mo.span.end, d->span.begin)) {
          if (m == &mo || !right_after(*m, *d)) continue;
          const std::string_view gap = doc.lowered({mo.span.end, m->span.begin, false});
          for (std::string_view joint : {", and ", "; ", ", while ", ", whereas ", ", but "})
            others_clause |= gap.find(joint) != std::string_view::npos;
        }
      if (others_clause) continue;
      const bool base = base_or_report(*d, sent);
      const bool is_report_day = d->value == published || base;
      long dist = std::labs(static_cast<long>(d->span.begin) - static_cast<long>(mo.span.begin));
      // "During July-November of fiscal year 2025-26, the deficit stood at …": of two periods of the
      // sentence, one within the other, the narrower is the figure's.
      // Only two periods told together ("July-November of fiscal year 2025-26"): a narrower one
      // elsewhere in the sentence may be another figure's.
      bool better = best < 0 || (is_report_day != report_day ? !is_report_day : dist < best);
      if (best_date && best_date->value == ind.period && is_report_day == report_day && d->value != ind.period) {
        const std::string_view gap = facts::trim(doc.lowered({best_date->span.end, d->span.begin, false}));
        // "of", "in", "of the", "of fiscal year", a comma: nothing but the join of the two.
        bool told_together = gap == ",";
        if (gap.starts_with("of") || gap.starts_with("in")) {
          told_together = gap.size() == 2 || gap[2] == ' ';
          for (size_t k = 2; told_together && k < gap.size();) {
            while (k < gap.size() && gap[k] == ' ') ++k;
            size_t e = gap.find(' ', k);
            if (e == std::string_view::npos) e = gap.size();
            const std::string_view w = gap.substr(k, e - k);
            told_together = w.empty() || w == "the" || w == "fiscal" || w == "financial" || w == "year";
            k = e;
          }
        }
        if (told_together) {
          if (within(d->value, ind.period)) better = true;
          else if (within(ind.period, d->value)) better = false;
        }
      }
      if (better) best = dist, ind.period = d->value, report_day = is_report_day, chosen = d;
      best_date = d;
    }
    // "Outbound shipments stood at $25.2 billion in the Oct. 1-20 period. Imports fell 2.8% to $25.7
    // billion in the 20-day period": a period named back ("the 20-day period", "the seven-month
    // period") is the span of days or months told last before the sentence. It dates a figure that
    // has no date of its own, or one whose own stretch names it ("the deficit for the seven-month
    // period was $164.65 billion, against $149.67 billion in April-October 2023").
    bool named_back = false;
    if (!period_own && !own_base) {
      const uint32_t clause_from = [&] {
        uint32_t b = cb;
        for (const Money* m : beginning_in(amounts, cb, mo.span.begin))
          if (m->span.end <= mo.span.begin) b = std::max(b, m->span.end);
        return b;
      }();
      const uint32_t near_end = std::min<uint32_t>(sent.end, mo.span.end + 24);
      if (auto back = named_back_period(doc, ind.period.empty() ? Span{sent.begin, sent.end, false}
                                                               : Span{clause_from, near_end, false});
          back.unit) {
        named_back = true;
        if (auto told = period_told_before(dates, sent.begin, back); !told.empty()) ind.period = told;
      }
    }
    // "Exports rose 3.6% in October to $59.6 billion. Imports slipped 1.5% to $53.5 billion": a
    // trade flow whose sentence names no period of its own (none, or only the day the data came
    // out or the base of its change) is of the period the run of figures before it last named:
    // the first month, quarter or span told in the nearest earlier sentence that states a figure
    // of trade flows or how they moved ("an amount, a percentage, "the trade deficit narrowed in
    // March"), passing over report days and bases ("from a revised $6.4 billion in August",
    // "compared with September 2024"). A dated sentence of any other kind ("the round took place
    // between 17 and 28 July") ends the search: the run of figures is broken.
    // Foreign direct investment runs the same way, back to a sentence of its own figures ("FDI
    // pledged to Korea reached a record USD 36.05 billion in 2025 … Investment from the United States
    // rose 10% to USD 8.1 billion").
    const bool fdi_metric = ind.metric == "fdi";
    // So do funds a plan sets aside and the target it serves, back to a sentence of the plan's own
    // figures ("… reach this year's $30 billion export goal with more trade finance. The package
    // includes supplying 5 trillion won in export financing …").
    const bool plan_metric = ind.metric == "funding" || ind.metric == "target";
    const bool flow_metric = ind.metric == "exports" || ind.metric == "imports" || ind.metric == "trade" ||
                             ind.metric == "trade_balance" || fdi_metric || plan_metric;
    // A period named back ("the 20-day period") that fits no span told before stays unknown.
    if (flow_metric && !period_own && !own_base && !named_back && (ind.period.empty() || report_day)) {
      auto period_of = [&](const DateMention& d, const Span& ds) {
        if (d.value == published || base_or_report(d, ds)) return false;
        // A single day dates a report or a meeting, no run of trade figures.
        if (d.value.size() == 10 && d.value.find('/') == std::string::npos) return false;
        // "targets non-oil foreign trade of AED 4 trillion by 2031": a goal's deadline dates no
        // figure told after it.
        if (const std::string_view dl = lead_of(d, ds); dl.ends_with(" by ") || dl.ends_with(" by the end of "))
          return false;
        for (const Money* m : beginning_in(amounts, ds.begin, d.span.begin)) {
          if (!right_after(*m, d)) continue;
          if (is_base_in(*m, ds)) return false;
          // "from a revised $6.4 billion in August": the base, however qualified.
          std::string_view lead =
              doc.lowered({m->span.begin >= 40 ? std::max(ds.begin, m->span.begin - 40) : ds.begin, m->span.begin, false});
          if (size_t comma = lead.rfind(','); comma != std::string_view::npos) lead.remove_prefix(comma + 1);
          // Not "rose 8.2 percent from a year earlier to USD 35.1 billion": the level a change
          // went to.
          const size_t from_at = lead.starts_with("from ") ? 0 : lead.rfind(" from ");
          if (from_at != std::string_view::npos && lead.find(" to ", from_at) == std::string_view::npos) return false;
        }
        return true;
      };
      const uint32_t from = sent.begin > 1200 ? sent.begin - 1200 : 0;
      const auto told = beginning_in(dates, from, sent.begin);
      for (auto it = told.rbegin(); it != told.rend(); ++it) {
        if ((*it)->span.end > sent.begin || !period_of(**it, facts::sentence_of(doc, (*it)->span.begin))) continue;
        const Span ds = facts::sentence_of(doc, (*it)->span.begin);
        const std::string_view dtext = body.substr(ds.begin, ds.end - ds.begin);
        const auto words = metric_hits(dtext, facts::lower(dtext));
        const bool about_flows = std::any_of(words.begin(), words.end(), [&](const facts::Hit& h) {
          const std::string_view v = h.phrase->value();
          if (fdi_metric) return v == "fdi";
          if (plan_metric) return v == "funding" || v == "target";
          return v == "exports" || v == "imports" || v == "trade" || v == "trade_balance" || v == "current_account";
        });
        bool figure = !beginning_in(amounts, ds.begin, ds.end).empty() || !beginning_in(percents, ds.begin, ds.end).empty();
        if (!figure && about_flows) {
          auto moved = moves_.match(doc, ds);
          figure = std::any_of(moved.begin(), moved.end(), [](const facts::Hit& h) { return h.phrase->value() != "0"; });
          // "FDI pledges reached a record in the first half of 2025": where the flow stood, told
          // without a number.
          const std::string_view dlow = doc.lowered(ds);
          figure = figure || std::any_of(cues_.record_words.begin(), cues_.record_words.end(),
                                         [&](const std::string& w) { return facts::has_word(dlow, w); });
        }
        if (about_flows && figure) {
          for (const DateMention* d : beginning_in(dates, ds.begin, ds.end))
            if (d->span.end <= ds.end && period_of(*d, ds)) {
              ind.period = d->value;
              run_date = d;
              break;
            }
        }
        break;
      }
    }
    // "Exports totaled US$ 32.3 billion, up 4.8% compared to July 2024", no run of figures before
    // it: the base a change is measured from is no period of the figure's.
    // Nor is the day a measure starts ("… were C$11.3 billion, and the counter-tariffs take effect on
    // March 13").
    if (!period_own && !own_base && chosen && ind.period == chosen->value) {
      const std::string_view chosen_lead = lead_of(*chosen, sent);
      if (comparison_base(chosen_lead) || change_from(*chosen, chosen_lead) || measure_start(chosen_lead)) ind.period.clear();
    }
    // "A$1.2 trillion in the 12 months to the end of Q2 2025": the twelve months that end with the
    // quarter, not the quarter.
    if (const DateMention* pd = run_date ? run_date : chosen; pd && !ind.period.empty() && ind.period == pd->value) {
      const Span ps = facts::sentence_of(doc, pd->span.begin);
      const uint32_t lb = pd->span.begin >= 40 ? std::max(ps.begin, pd->span.begin - 40) : ps.begin;
      if (std::string rolling = rolling_period(doc.lowered({lb, pd->span.begin, false}), ind.period); !rolling.empty())
        ind.period = std::move(rolling);
    }
    // "As of the end of October, exports reached $500 billion, up 3% from the same period last year",
    // "Cumulative exports through the third quarter …": a month or quarter that ends a stretch, with
    // the figure set against "the same period" or told as cumulative, names the months from January
    // to it, not that month alone. Not a fiscal year's stretch, which starts in another month.
    if (const DateMention* pd = run_date ? run_date : chosen; pd && !own_base && ind.period == pd->value &&
        ind.period.size() == 7 && std::isdigit(static_cast<unsigned char>(ind.period[0]))) {
      const Span ps = facts::sentence_of(doc, pd->span.begin);
      const std::string_view lead = lead_of(*pd, ps);
      const bool ended = std::any_of(cues_.end_leads.begin(), cues_.end_leads.end(), [&](const std::string& w) {
        return lead.ends_with(w) && (lead.size() == w.size() || !facts::is_word_byte(static_cast<unsigned char>(lead[lead.size() - w.size() - 1])));
      });
      // The comparison told with the figure or with the date the run of figures took it from.
      const std::string stext = std::string(doc.lowered(sent)) + (ps.begin != sent.begin ? " " + std::string(doc.lowered(ps)) : "");
      // Cumulative trade flows run from January; cumulative investment may run from any year.
      const bool flow = ind.metric == "exports" || ind.metric == "imports" || ind.metric == "trade" ||
                        ind.metric == "trade_balance";
      const bool stretch = stext.find("same period") != std::string_view::npos ||
                           (flow && (facts::has_word(stext, "cumulative") || facts::has_word(stext, "cumulatively")));
      const bool fiscal = facts::has_word(stext, "fiscal") || facts::has_word(stext, "financial year") ||
                          facts::has_word(stext, "fy") || stext.find("fy20") != std::string_view::npos;
      int last = 0;
      if (ind.period[4] == '-' && std::isdigit(static_cast<unsigned char>(ind.period[5]))) last = std::stoi(ind.period.substr(5, 2));
      else if (ind.period[5] == 'Q' && ind.period[6] >= '1' && ind.period[6] <= '4') last = (ind.period[6] - '0') * 3;
      if (ended && stretch && !fiscal && last > 1) {
        const std::string year = ind.period.substr(0, 4);
        ind.period = year + "-01/" + year + (last < 10 ? "-0" : "-") + std::to_string(last);
      }
    }
    // "rose 12 percent to NZ$52.3 billion in the year to date", "total trade reached RM1.55
    // trillion year-to-date", "Year to date, exports stood at …": the months from January to the
    // latest data, told with no date of their own, are of the year published.
    if (!period_own && !own_base && published.size() >= 4) {
      const uint32_t yb = mo.span.begin >= 60 ? std::max(sent.begin, mo.span.begin - 60) : sent.begin;
      const uint32_t ye = std::min<uint32_t>(sent.end, mo.span.end + 30);
      const std::string_view win = doc.lowered({yb, ye, false});
      size_t at = win.find("year to date");
      if (at == std::string_view::npos) at = win.find("year-to-date");
      uint32_t wa = yb + static_cast<uint32_t>(at);
      // "For the year to date, exports of goods and services rose 5.9 percent to $2,400.5 billion":
      // the words opening the sentence, set off by a comma, date its figures however far on.
      if (at == std::string_view::npos) {
        const uint32_t wb = facts::words_begin(doc, sent);
        const std::string_view lead = doc.lowered({wb, std::max(wb, mo.span.begin), false});
        for (std::string_view opening : cues_.ytd_openings)
          if (lead.starts_with(opening)) {
            at = 0;
            wa = wb;
          }
      }
      if (at != std::string_view::npos) {
        // No other figure between the words and the amount, nor a comma after it: "Exports reached
        // $5 billion, bringing the year-to-date total to $41 billion" dates the second only.
        bool between = wa >= mo.span.end && doc.lowered({mo.span.end, wa, false}).find(',') != std::string_view::npos;
        for (const Money* m : beginning_in(amounts, std::min(wa, mo.span.begin), std::max(wa, mo.span.begin)))
          if (m != &mo) between = true;
        // "Year-to-date exports through November": the stretch its end names already.
        const bool stretch = ind.period.size() == 15 && ind.period.compare(0, 4, published, 0, 4) == 0 &&
                             ind.period.compare(4, 4, "-01/") == 0;
        if (!between && !stretch) ind.period = published.substr(0, 4);
      }
    }
    // "In the same month last year, Japan logged a deficit of 461.2 billion yen", "In the same period
    // of 2024, FDI inflows were USD 30.35 billion": a sentence that opens by going a year back (or to
    // the year it names) dates its figure that far before the period found for it.
    // Only a period taken from the run of figures before: "A year earlier, in October 2024, …" dates
    // its figure itself.
    if (!period_own && !own_base && run_date && run_date->span.begin < sent.begin && ind.period == run_date->value &&
        ind.period.size() >= 4 &&
        std::all_of(ind.period.begin(), ind.period.begin() + 4, [](char c) { return c >= '0' && c <= '9'; })) {
      const uint32_t wb = facts::words_begin(doc, sent);
      const std::string_view lead = doc.lowered({wb, std::max(wb, mo.span.begin), false});
      for (std::string_view cue : cues_.year_back_leads) {
        if (!lead.starts_with(cue)) continue;
        std::string_view rest = lead.substr(cue.size());
        int by = 1;
        // "In the same month," alone is the month just told: only a year named, or words that go a
        // year back, move it.
        if (cue.find(" same ") != std::string_view::npos) {
          if (rest.starts_with(" of ")) rest.remove_prefix(4);
          else if (rest.starts_with(" in ")) rest.remove_prefix(4);
          else if (rest.starts_with(" ")) rest.remove_prefix(1);
          const int named = year_named(rest.substr(0, 4));
          if (named) by = std::stoi(ind.period.substr(0, 4)) - named;
          else if (!(rest.starts_with("last year") || rest.starts_with("the previous year") ||
                     rest.starts_with("the prior year") || rest.starts_with("a year ")))
            by = 0;
        } else if (!rest.starts_with(",")) {
          by = 0;
        }
        if (by > 0 && by < 50) ind.period = years_back(ind.period, by);
        break;
      }
    }
    // "$61.5 billion last month, up from $50.7 billion a year earlier": a base told as standing a
    // year before is the sentence's period a year back, not that period itself.
    if (own_base && ind.period.size() >= 4 &&
        std::all_of(ind.period.begin(), ind.period.begin() + 4, [](char c) { return c >= '0' && c <= '9'; })) {
      std::string_view after = doc.lowered({mo.span.end, std::min<uint32_t>(sent.end, mo.span.end + 36), false});
      // "compared with $30.4 billion tallied a year earlier": a participle between the amount and
      // its time ("tallied", "recorded", "posted") leaves it the base's.
      if (after.size() > 1 && after[0] == ' ') {
        const size_t sp = after.find(' ', 1);
        if (sp != std::string_view::npos && sp > 3 && after.substr(sp - 2, 2) == "ed" &&
            after.substr(1, sp - 1).find_first_of(",.;") == std::string_view::npos &&
            (after.substr(sp).starts_with(" a year") || after.substr(sp).starts_with(" in the same ")))
          after.remove_prefix(sp);
      }
      auto shift_years = [&](int by) { ind.period = years_back(ind.period, by); };
      bool moved = false;
      for (std::string_view back : cues_.year_backs) {
        if (!after.starts_with(back)) continue;
        shift_years(1);
        moved = true;
        break;
      }
      // "compared to $34.1 billion in the same period of 2024", "from RM252.0 billion in the same
      // period last year": the base stands at the figure's period in the year named, or a year back.
      if (!moved && ind.period.size() >= 4 &&
          (after.starts_with(" in the same ") || after.starts_with(" during the same ") ||
           after.starts_with(" for the same ") || after.starts_with(" over the same "))) {
        std::string_view rest = doc.lowered({mo.span.end, std::min<uint32_t>(sent.end, mo.span.end + 56), false});
        rest = rest.substr(0, rest.find_first_of(",;"));  // the base's own words only
        const int named = year_named(rest);
        const int by = named ? std::stoi(ind.period.substr(0, 4)) - named : 1;
        if (by > 0 && by < 50) shift_years(by);
      }
    }
    // Change: a percentage in the same clause, signed by the verb around it.
    // "Imports rose 1.6% to $24.6 billion and exports edged down 0.2% to $27.4 billion": each
    // figure takes the nearest percentage that no other amount stands between or stands nearer
    // to, signed by the movement words from the mention before them on.
    // "175 billion Norwegian crowns ($15.4 billion) in 2024, up 3 percent": an amount restating
    // another in parentheses is that figure, no other one between it and its change.
    auto restatement = [&](const Money& m) { return restates_previous(doc, amounts, sent, m, restate_); };
    auto other_amount_in = [&](uint32_t b, uint32_t e) {
      for (const Money* m : beginning_in(amounts, b, e))
        if (m != &mo && m->span.end <= e && !restatement(*m)) return true;
      return false;
    };
    auto gap = [](const Span& a, const Span& b) {
      return a.begin < b.begin ? static_cast<long>(b.begin) - static_cast<long>(a.end)
                               : static_cast<long>(a.begin) - static_cast<long>(b.end);
    };
    // "Goods and services credits fell $1,742m (-3%) to $45,962m": how far a figure moved, told
    // before the percentage, leaves the change to the level it moved to.
    auto movement = [&](const Money& m) {
      const std::string right_of = facts::lower(body.substr(m.span.end, std::min<size_t>(40, sent.end - m.span.end)));
      return moved_by(doc, sent, m, right_of);
    };
    // "USD 824.9 billion in 2024-25, up 6.01 per cent from USD 778.1 billion": the base a change is
    // measured from does not take the change from the figure it is the base of.
    // "an increase of 12.3% or £790 million from …": an amount joined to the percentage by "or"
    // restates the same change in money; it leaves the change to the figure.
    auto change_restated = [&](const Span& p, const Money& m) {
      if (m.span.begin <= p.end || m.span.begin - p.end > 5) return false;
      const std::string_view between = doc.lowered({p.end, m.span.begin, false});
      return between == " or " || between == ", or ";
    };
    auto nearer_amount = [&](const Span& p, long d) {
      for (const Money* m : beginning_in(amounts, sent.begin, sent.end))
        if (m != &mo && m->span.end <= sent.end && gap(p, m->span) >= 0 && gap(p, m->span) < d &&
            !(m->span.begin > p.end && is_base(*m)) && !(m->span.end <= p.begin && movement(*m)) && !restatement(*m) &&
            !change_restated(p, *m))
          return true;
      return false;
    };
    const Percent* change = nullptr;
    long change_dist = -1;
    // A base ("from USD 24.2 billion in August") is the level a change starts from: the change
    // stated near it is the current figure's.
    for (const Percent* pp : own_base ? std::span<const Percent* const>{} : beginning_in(percents, cb, ce)) {
      const Percent& p = *pp;
      if (p.span.end > ce) continue;
      // "after the 39% tariff took effect": a rate a measure levies is no movement of the figure.
      if (levied_rate(cues_, doc.lowered({p.span.end, std::min<uint32_t>(ce, p.span.end + 16), false}))) continue;
      // Only a percentage tied to this figure's movement, not a share.
      uint32_t lo = std::min(p.span.begin, mo.span.begin), hi = std::max(p.span.end, mo.span.end);
      // A restatement in parentheses right after the figure does not count to the distance.
      uint32_t aside = p.span.begin >= tail ? tail - mo.span.end : 0;
      // Nor does the figure's period between them ("$31.52 billion in foreign direct investment
      // pledges in the first nine months of 2025, up 15.2%").
      for (const DateMention* d : beginning_in(dates, lo, hi))
        if (d->span.end <= hi && d->span.begin >= mo.span.end) aside += d->span.end - d->span.begin;
      // "increased by 39.5 per cent from USD 2.65 billion in April 2025 to USD 3.70 billion": the
      // base after the percentage stands between it and the level the figure moved to, which takes
      // the change.
      auto base_then_level = [&] {
        if (p.span.end > mo.span.begin || !doc.lowered({p.span.end, mo.span.begin, false}).ends_with(" to ")) return false;
        for (const Money* m : beginning_in(amounts, p.span.end, mo.span.begin))
          if (m != &mo && !restatement(*m) && !is_base(*m)) return false;
        return true;
      };
      if (hi - lo - aside > 90 || (other_amount_in(lo, hi) && !base_then_level())) continue;
      const long dist = gap(p.span, mo.span);
      if (nearer_amount(p.span, dist)) continue;
      if (change_dist < 0 || dist < change_dist) change = &p, change_dist = dist;
    }
    if (change) {
      uint32_t lo = std::min(change->span.begin, mo.span.begin), hi = std::max(change->span.end, mo.span.end);
      // The stretch opens after the last amount, then the last percentage, before the pair.
      uint32_t seg = cb;
      for (const Money* m : beginning_in(amounts, seg, lo))
        if (m->span.end <= lo) seg = std::max(seg, m->span.end);
      for (const Percent* p : beginning_in(percents, seg, lo))
        if (p->span.end <= lo) seg = std::max(seg, p->span.end);
      // Signed by the movement words of the figure's stretch: any fall makes it negative. A few
      // words after it may still sign it ("$3 billion, 2% higher", "to $2 billion, down from a
      // year earlier") up to the next figure or " and " ("… and exports edged down …"). A verb
      // shared by two figures ("exports grew by 25% to $19 billion and imports by 37% to $18
      // billion") signs both.
      // Phrases marked 0 hold a movement word without a movement ("made up 22%", "up to 30%").
      uint32_t end = std::min(ce, hi + 32);
      if (auto next = beginning_in(amounts, hi, end); !next.empty()) end = next.front()->span.begin;
      if (auto next = beginning_in(percents, hi, end); !next.empty()) end = next.front()->span.begin;
      if (size_t at = doc.lowered({hi, end, false}).find(" and "); at != std::string_view::npos)
        end = hi + static_cast<uint32_t>(at);
      auto moves = moves_.match(doc, {seg, end, false});
      std::erase_if(moves, [](const facts::Hit& h) { return h.phrase->value() == "0"; });
      if (moves.empty() && seg > cb && change->span.begin < mo.span.begin) {
        moves = moves_.match(doc, {cb, seg, false});
        std::erase_if(moves, [](const facts::Hit& h) { return h.phrase->value() == "0"; });
      }
      if (!moves.empty()) {
        const bool falls =
            std::any_of(moves.begin(), moves.end(), [](const facts::Hit& h) { return h.phrase->value() == "-"; });
        // "fell $1,105m (-24%)": a percentage written with its sign is not signed twice.
        ind.change_pct = falls ? -std::abs(change->value) : change->value;
      }
    }
    ind.span = mo.span;
    // "Indonesia posted a trade surplus of US$4.34 billion …, with exports of Rp 392 trillion": a
    // figure in a ", with" clause that names no place details the figure before it in the
    // sentence, whose country and counterpart it takes.
    // So does a balance the clause before leaves ("EU imports from China totalled €517 billion, while
    // EU exports to China amounted to €213 billion, leaving a deficit of €304 billion"): the
    // difference of those flows, between the same two sides.
    const bool with_clause = cb >= sent.begin + 7 && body.substr(cb - 7, 7) == ", with ";
    const bool left_balance = ind.metric == "trade_balance" &&
                              ((cb >= sent.begin + 10 && body.substr(cb - 10, 10) == ", leaving ") ||
                               (cb >= sent.begin + 15 && body.substr(cb - 15, 15) == ", resulting in "));
    if ((with_clause || left_balance) && !doc.x.indicators.empty()) {
      const Indicator& prev = doc.x.indicators.back();
      const bool own_place = std::any_of(places.begin(), places.end(), [&](const auto& p) {
        return p.span.begin >= cb && p.span.begin < mo.span.begin;
      });
      if (!own_place && !prev.span.in_title && prev.span.begin >= sent.begin && prev.span.end <= cb &&
          (with_clause || !prev.country.empty())) {
        ind.country = prev.country;
        ind.partner = prev.partner;
      }
    }
    // "U.S. exports to India were $70.1 billion; imports were $120.0 billion": the other flow told
    // bare in the clause after ";" is with the same counterpart as the flow before it.
    const bool flow_pair = ind.metric == "exports" || ind.metric == "imports";
    // So with ", while": "Korea's exports to the U.S. amounted to $127.8 billion in 2024, while imports
    // came to $72.2 billion".
    const bool after_while = cb >= sent.begin + 8 && body.substr(cb - 8, 8) == ", while ";
    if (flow_pair && ind.partner.empty() && cb >= sent.begin + 1 && (body[cb - 1] == ';' || after_while) &&
        !doc.x.indicators.empty()) {
      const Indicator& prev = doc.x.indicators.back();
      const std::string_view clause = doc.lowered({cb, mo.span.begin, false});
      const bool own_place = std::any_of(places.begin(), places.end(), [&](const auto& p) {
        return p.span.begin >= cb && p.span.begin < ce;
      });
      if (!own_place && !prev.span.in_title && prev.span.begin >= sent.begin && prev.span.end < cb &&
          (prev.metric == "exports" || prev.metric == "imports") && prev.metric != ind.metric &&
          prev.country == ind.country && !facts::has_word(clause, "total") && !facts::has_word(clause, "overall"))
        ind.partner = prev.partner;
    }
    // "Two-way trade between India and Australia exceeded $30 billion", told by a third country: the
    // pair that "between" names in the figure's clause are its two sides, the first its country.
    for (size_t k = 0; k + 1 < places.size(); ++k) {
      const auto& a = places[k];
      const auto& b = places[k + 1];
      if (a.span.begin < cb || b.span.end > mo.span.begin || a.code == b.code) continue;
      const std::string_view lead = doc.lowered({a.span.begin >= cb + 12 ? a.span.begin - 12 : cb, a.span.begin, false});
      const std::string_view join = doc.lowered({a.span.end, b.span.begin, false});
      if (!(lead.ends_with("between ") || lead.ends_with("between the ")) || (join != " and " && join != " and the ")) continue;
      if (ind.country == b.code) ind.partner = a.code;
      else if (ind.country == a.code) ind.partner = b.code;
      else ind.country = a.code, ind.partner = b.code;
      break;
    }
    // A part of a total told without a date of its own is of the total's period.
    if (share_of && ind.period.empty()) ind.period = share_of->period;
    // The same figure written again is one indicator. Two flows of equal value to different
    // partners or in different periods ("exports to China rose 5 percent to $11.0 billion, while
    // exports to the United States reached $11.0 billion") are two.
    auto differ = [](const std::string& a, const std::string& b) { return !a.empty() && !b.empty() && a != b; };
    bool dup = false;
    for (const auto& e : doc.x.indicators) {
      if (e.metric == ind.metric && e.unit == ind.unit && e.value && std::abs(*e.value - *ind.value) < 0.5 &&
          !differ(e.partner, ind.partner) && !differ(e.period, ind.period))
        dup = true;
    }
    if (dup) continue;
    if (doc.explain)
      doc.trace("indicators", ind.metric + " " + mo.text,
                from_title ? "the title's metric word before the same amount" : "metric word before the amount", ind.span);
    doc.x.indicators.push_back(std::move(ind));
  }
  add_counts(doc);
}

}  // namespace

Result<StagePtr> make_indicators_stage(const std::string& data_dir) { return IndicatorsStage::make(data_dir); }

}  // namespace tw::extract

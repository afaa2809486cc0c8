// Events (SPEC §3.4): what the release reports happening or scheduled. The title names the
// primary event's kind; the body's lede dates it. Side events of the same occasion and scheduled
// future events come from other sentences where an event word stands next to its own date.
#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <map>
#include <optional>
#include <unordered_set>

#include "extract/facts_common.h"
#include "extract/lexicon.h"
#include "extract/shared_data.h"
#include "extract/span_index.h"
#include "extract/speech_verbs.h"
#include "extract/textview.h"
#include "extract/stages.h"
#include "text/tsv.h"
#include "text/word_set.h"

namespace tw::extract {
namespace {

using facts::Hit;
using facts::Lexicon;

struct Candidate {
  uint32_t begin = 0, end = 0;  // trigger, offsets into the searched text
  std::string type;
  int rank = 0;
  bool needs_word = false;  // the trigger counts only beside a co-word ("signed" an agreement)
  bool in_force = false;    // an entry into force ("enters into force", "took effect")
  bool met_at = false;      // a gathering a verb of meeting was "at" ("met at the G20 Summit")
};

// Whether s is the literal lit: lengths first, then the bytes, which the compiler writes out for a
// literal's fixed size. A std::string compared with a C string measured the literal and called
// the library each time, and event types are compared at every trigger.
template <size_t N>
bool same(std::string_view s, const char (&lit)[N]) {
  return s.size() == N - 1 && std::memcmp(s.data(), lit, N - 1) == 0;
}

// Whether a trigger phrase states an entry into force.
bool states_in_force(std::string_view phrase) {
  return phrase.find("into force") != std::string_view::npos || phrase.find("effect") != std::string_view::npos;
}

// "On Tuesday, Goyal met HH Sayyid Asaad bin Tarik al Said": the weak verb "met" (which also
// meets targets and expectations) reports a meeting when a named person is its object, forms of
// address or a title alone between.
bool meets_a_person(const Doc& doc, const Candidate& c) {
  const std::string_view verb = std::string_view(doc.body).substr(c.begin, c.end - c.begin);
  if (verb != "met" && verb != "meets") return false;
  for (const auto& p : doc.x.people)
    for (const auto& sp : p.spans) {
      if (sp.in_title || sp.begin <= c.end || sp.begin > c.end + 24) continue;
      const std::string_view gap = std::string_view(doc.body).substr(c.end, sp.begin - c.end);
      bool caps = gap.front() == ' ' && gap.back() == ' ';
      for (size_t k = 0; caps && k + 1 < gap.size(); ++k)
        if (gap[k] == ' ') caps = facts::is_upper(gap[k + 1]);
      if (caps) return true;
    }
  return false;
}

std::vector<const DateMention*> event_dates(const Doc& doc, const Span& s);

// Walking back from the end of `lead`, which ends with a space, over at most `between` words with
// no punctuation among them: the first word of `list` that ends where the walk stands, with the
// text before it in *head; empty when none ("formally launched FTA talks", "until the 14th
// Ministerial").
std::string_view word_back(std::string_view lead, const std::vector<std::string>& list, int between,
                           std::string_view* head = nullptr) {
  for (int words = 0; words <= between; ++words) {
    if (lead.empty() || lead.back() != ' ') return {};
    lead.remove_suffix(1);
    for (std::string_view v : list)
      if (facts::ends_with_word(lead, v)) {
        if (head) *head = lead.substr(0, lead.size() - v.size());
        return v;
      }
    const size_t ws = lead.rfind(' ');
    const std::string_view w = lead.substr(ws == std::string_view::npos ? 0 : ws + 1);
    if (w.empty() || w.find_first_of(",;:.") != std::string_view::npos || ws == std::string_view::npos) return {};
    lead.remove_suffix(w.size());
  }
  return {};
}

class EventsStage final : public Stage {
 public:
  const char* name() const override { return "events"; }

  static Result<StagePtr> make(const std::string& dir) {
    auto st = std::make_unique<EventsStage>();
    auto trig = Lexicon::load(dir, "event_triggers.tsv", 3);
    if (!trig) return Error{trig.error()};
    st->triggers_ = std::move(trig).value();
    // Event nouns are listed in the singular; their plurals ("investment declarations",
    // "summit meetings") report the same kind of event. Verbs and phrases already ending in s
    // gain nothing that text would contain.
    {
      std::vector<std::string> have;
      for (const auto& p : st->triggers_.phrases()) have.push_back(p.text);
      std::sort(have.begin(), have.end());
      const auto phrases = st->triggers_.phrases();
      for (const auto& p : phrases) {
        const char last = p.text.empty() ? 's' : p.text.back();
        if (last == 's' || last == 'd' || !facts::is_word_byte(static_cast<unsigned char>(last))) continue;
        const std::string_view tail = std::string_view(p.text).substr(p.text.rfind(' ') + 1);
        if (p.text.find(' ') != std::string::npos &&
            (tail == "with" || tail == "of" || tail == "on" || tail == "for" || tail == "to" || tail == "in"))
          continue;  // "met with", "opening of": no plural
        std::string plural = p.original + (last == 'y' ? "" : "s");
        if (last == 'y') plural.back() = 'i', plural += "es";
        if (std::binary_search(have.begin(), have.end(), facts::lower(plural))) continue;
        st->triggers_.add(plural, p.values);
      }
    }
    auto co = text::read_tsv(dir, "event_cowords.tsv");
    if (!co) return Error{co.error()};
    for (auto& row : *co) {
      if (row.size() >= 2) st->cowords_[row[0]].push_back(facts::lower(row[1]));
      if (row.size() >= 2) st->coword_sets_[row[0]].insert(facts::lower(row[1]));
      if (row.size() >= 2 && row[0] == "verb") st->verbs_.insert(facts::lower(row[1]));
      // "co-chaired the …", "will open the …"; a past participle also as the passive ("was chaired
      // by", "were opened by").
      if (row.size() >= 2 && row[0] == "chair_verb") {
        const std::string v = facts::lower(row[1]);
        st->chair_objects_.push_back(" " + v + " the ");
        if (v.ends_with("ed"))
          for (std::string_view aux : {" was ", " were ", " is "})
            st->chair_passives_.push_back(std::string(aux) + v + " by ");
      }
      if (row.size() >= 2 && (row[0] == "title_context" || row[0] == "bound" || row[0] == "lead_up"))
        st->spaced_[row[0]].push_back(facts::lower(row[1]) + ' ');
      if (row.size() >= 2 && row[0] == "place_noun") st->place_nouns_.push_back(' ' + facts::lower(row[1]) + " of ");
      if (row.size() >= 2 && row[0] == "session_verb") st->session_verbs_.push_back(facts::lower(row[1]) + " the ");
    }
    // An agreement known by its short name ("Peru ratifies CPTPP", "USMCA enters into force") is
    // an agreement's word as "FTA" is, in a headline (data/agreement_known.tsv, its first column);
    // a body names the pact in full where it reports it, and recalls it by the short name ("Since
    // its entry into force in 2019, 47 countries have ratified the AfCFTA").
    auto known = shared_rows(dir, "agreement_known.tsv");
    if (!known) return Error{known.error()};
    for (const auto& row : *known.value())
      if (!row.empty() && !row[0].empty()) st->known_agreements_.push_back(facts::lower(row[0]));
    // The cities the reporter stage reads datelines with.
    auto cities = shared_lexicon(dir, "event_cities.tsv");
    if (!cities) return Error{cities.error()};
    st->cities_ = std::move(cities).value();
    auto agencies = shared_lexicon(dir, "news_agencies.tsv");
    if (!agencies) return Error{agencies.error()};
    st->agencies_ = std::move(agencies).value();
    auto ords = shared_lexicon(dir, "ordinals.tsv", 1);
    if (!ords) return Error{ords.error()};
    st->ordinals_ = std::move(ords).value();
    auto particles = shared_rows(dir, "name_particles.tsv");
    if (!particles) return Error{particles.error()};
    for (const auto& row : *particles.value())
      if (!row.empty() && !row[0].empty() && !facts::is_upper(row[0][0])) st->particles_.insert(row[0]);
    return StagePtr(std::move(st));
  }

  void run(Doc& doc) const override;

 private:
  Lexicon triggers_;
  std::shared_ptr<const Lexicon> ordinals_;  // data/ordinals.tsv, shared with the organizations stage
  std::shared_ptr<const Lexicon> cities_, agencies_;  // the reporter stage's, for datelines
  // Ordered with std::less<> so that a class named by a literal is found without a string made.
  std::map<std::string, std::vector<std::string>, std::less<>> cowords_;
  std::map<std::string, text::WordSet, std::less<>> coword_sets_;  // the same, for is_coword's lookups
  std::unordered_set<std::string> verbs_;  // the class "verb", asked of one word at a time
  // Classes whose words are found as the text's words before something, each with its space
  // after ("title_context", "bound", "lead_up").
  std::map<std::string, std::vector<std::string>, std::less<>> spaced_;
  // The class "place_noun" as " city of " ("the Japanese city of Tsukuba"), "session_verb" as
  // "held the " ("held the fourth … Joint Committee").
  std::vector<std::string> place_nouns_, session_verbs_;
  // The lower-case particles of names (data/name_particles.tsv: "do", "de", "del", "la"), which
  // join the capitalized words of a venue's name too ("Palácio do Planalto", "Casa de Nariño").
  std::unordered_set<std::string> particles_;
  std::vector<std::string> known_agreements_;  // data/agreement_known.tsv, lower-cased: "cptpp"
  // The class "chair_verb" as " co-chaired the " (the active voice, before the event's noun) and
  // " was co-chaired by " (the passive, after it).
  std::vector<std::string> chair_objects_, chair_passives_;
  // An event's dates in span s: event_dates less those a goal leads to ("the negotiations, which
  // both sides aim to conclude in 2026", "hope to sign the agreement by March"): a word of class
  // "goal", then "to", with no comma between it and the date, dates an aim, not an event.
  std::vector<const DateMention*> dates_at(const Doc& doc, const Span& s) const {
    auto out = event_dates(doc, s);
    if (out.empty()) return out;
    const auto& goals = words("goal");
    std::erase_if(out, [&](const DateMention* d) {
      if (d->span.in_title != s.in_title || d->span.begin <= s.begin) return false;
      if (dates_earlier_measure(doc, s, *d)) return true;
      const uint32_t lo = d->span.begin - s.begin > 64 ? d->span.begin - 64 : s.begin;
      std::string_view lead = doc.lowered({lo, d->span.begin, s.in_title});
      const size_t stop = facts::last_clause_break(lead);
      if (stop != std::string_view::npos) lead.remove_prefix(stop + 1);
      // Only the words before the last "to" are asked: most leads have none.
      const size_t to = lead.rfind(" to ");
      if (to == std::string_view::npos) return false;
      const std::string_view aim = lead.substr(0, to);
      return std::any_of(goals.begin(), goals.end(), [&](const std::string& g) { return facts::has_word(aim, g); });
    });
    return out;
  }
  const std::vector<std::string>& words(const char* cls) const {
    static const std::vector<std::string> kNone;
    auto it = cowords_.find(cls);
    return it == cowords_.end() ? kNone : it->second;
  }
  const std::vector<std::string>& spaced(const char* cls) const {
    static const std::vector<std::string> kNone;
    auto it = spaced_.find(cls);
    return it == spaced_.end() ? kNone : it->second;
  }

  // Whether a trigger (lower case) opens with a verb ("met with", "signed") rather than a noun.
  bool verb_first(std::string_view trigger) const {
    return verbs_.count(std::string(trigger.substr(0, trigger.find(' ')))) > 0;
  }

  bool needs_met(const facts::Phrase& p, std::string_view lowered, bool title = false) const {
    const std::string& need = p.value(3);
    if (need.empty() || has_coword(need, lowered)) return true;
    return title && need == "agreement_noun" &&
           std::any_of(known_agreements_.begin(), known_agreements_.end(),
                       [&](const std::string& w) { return facts::has_word(lowered, w); });
  }

  // Whether a reporting verb ends the body before `at`, bare or with "on" ("said on ", "said ").
  static bool after_reporting_verb(const Doc& doc, uint32_t lo, uint32_t at) {
    const uint32_t from = at >= lo + 24 ? at - 24 : lo;
    std::string_view lead = doc.lowered({from, at, false});
    if (lead.ends_with(" on ")) lead.remove_suffix(4);
    else if (lead.ends_with(" ")) lead.remove_suffix(1);
    else return false;
    const size_t sp = lead.rfind(' ');
    return is_speech_verb(lead.substr(sp == std::string_view::npos ? 0 : sp + 1));
  }

  // Whether a body date is a day right after a reporting verb ("said on Saturday", "announced
  // Tuesday"): the day of a saying.
  static bool saying_of(const Doc& doc, const DateMention& d) {
    return !d.span.in_title && d.value.size() == 10 && after_reporting_verb(doc, 0, d.span.begin);
  }

  // "Japan's trade minister said on Tuesday that he will meet his British counterpart next month":
  // a day right after a reporting verb dates the saying; a later date of the same sentence that a
  // word looking ahead leads to (class "ahead": "will", "to be held") dates the occasion the saying
  // puts ahead. That date, or null when `when` is no saying's day or there is none.
  // When the event's word stands in the sentence before that date, it is no verb in the past and no
  // other event's word stands between ("said on Tuesday that the two sides held talks and will meet
  // again next year" dates the talks by the saying).
  const DateMention* ahead_of_saying(const Doc& doc, const Span& sent, const std::vector<const DateMention*>& ds,
                                     const DateMention* when, const Candidate* trig,
                                     const std::vector<Candidate>* cands) const {
    if (!when || when->span.in_title || when->span.begin < sent.begin) return nullptr;
    if (!after_reporting_verb(doc, sent.begin, when->span.begin)) return nullptr;
    const auto said = facts::last_day(when->value);
    if (!said) return nullptr;
    for (auto* d : ds) {
      if (d == when || d->span.in_title || d->span.begin < sent.begin) continue;
      const auto first = facts::first_day(d->value);
      if (!first || facts::days_from_civil(*first) <= facts::days_from_civil(*said)) continue;
      // The words that lead to it: from the saying on ("said on Tuesday that he will meet … next
      // month"), or from the sentence's start ("will meet next month, the minister said on Tuesday").
      const Span lead_in = d->span.begin > when->span.end ? Span{when->span.end, d->span.begin, false}
                                                          : Span{sent.begin, d->span.begin, false};
      if (!has_coword("ahead", doc.lowered(lead_in))) continue;
      if (trig && trig->begin >= sent.begin && trig->end <= d->span.begin) {
        const std::string_view t = doc.lowered({trig->begin, trig->end, false});
        const std::string_view w = t.substr(0, t.find(' '));
        if (verb_first(w) && (w.ends_with("ed") || w == "met" || w == "held")) continue;
        if (cands && std::any_of(cands->begin(), cands->end(), [&](const Candidate& c) {
              return c.begin >= trig->end && c.end <= d->span.begin;
            }))
          continue;
      }
      return d;
    }
    return nullptr;
  }

  // Whether the lowered text holds a word of the coword class.
  bool has_coword(std::string_view cls, std::string_view lowered) const {
    auto it = cowords_.find(cls);
    if (it == cowords_.end()) return false;
    for (const auto& w : it->second) {
      if (facts::has_word(lowered, w)) return true;
    }
    return false;
  }

  // Triggers in span s with their rank for the title (column 2) or the body (column 3).
  // With title_in_force (the title reports an entry into force), the body's words of entry
  // into force count even where they are otherwise too weak ("will enter into force on May 1").
  std::vector<Candidate> candidates(const Doc& doc, const Span& s, bool title_in_force = false) const {
    const std::string_view lowered = doc.lowered(s);
    const bool title = s.in_title;
    std::vector<Candidate> out;
    const auto found = triggers_.match(doc, s);
    out.reserve(found.size());  // one allocation for the sentence's candidates
    for (const Hit& h : found) {
      if (inside_body_name(doc, s, h) || inside_person_title(doc, s, h) || body_speaking(doc, s, h) ||
          passive_met(lowered, h))
        continue;
      int rank = std::atoi(h.phrase->value(title ? 1 : 2).c_str());
      const bool in_force = same(h.phrase->value(0), "agreement") && states_in_force(h.phrase->text);
      // "… to invest $1.38 billion": an investment word with its amount is a pledge of record.
      if (rank == 1 && same(h.phrase->value(0), "investment") && amount_follows(doc, s, h.end)) rank = 2;
      if (rank <= 0 && title_in_force && in_force && !title) rank = 1;
      // "The Commission today proposed to suspend tariff concessions on …", "has decided to extend
      // the safeguard": a verb of a headline's decision on a measure, too common alone in a body,
      // after a word of proposing or deciding and "to" (class "decision_lead") reports the decision.
      if (rank <= 0 && !title && same(h.phrase->value(0), "decision") && same(h.phrase->value(3), "measure_noun") &&
          decision_lead(lowered.substr(0, h.begin)))
        rank = 2;
      // "… concluded the fourth round of the renegotiation … on Oct. 17": a round ended is news in
      // the body too, with no word of an agreement needed.
      const bool ends_round = ends_a_round(lowered, h.end, *h.phrase);
      // Weaker than the round's own words ("the first round of talks"), which name it.
      if (ends_round && rank <= 0) rank = 1;
      if (rank <= 0) continue;
      // "EU trade chief meets U.S. officials as tariff pause holds": in a headline, a trigger after
      // a word that opens the news's backdrop (class "backdrop") is weak, so the main clause's
      // trigger reports the event.
      if (title && rank > 1 && after_backdrop(lowered.substr(0, h.begin))) rank = 1;
      if (spent_on(lowered, h.begin, *h.phrase)) continue;
      // "… not imposing customs duties on electronic transmissions until the 14th Ministerial
      // Conference or 31 March 2026": a gathering a word of time bound leads to (class "bound")
      // ends a span of time; it is no event the sentence reports. Only a gathering's words are asked.
      if (!title && (same(h.phrase->value(0), "conference") || same(h.phrase->value(0), "meeting") ||
                     same(h.phrase->value(0), "negotiation")) &&
          bounded_by(lowered, h.begin))
        continue;
      // "expanding restrictions first imposed in 2022", "has already banned nickel ore exports since
      // 2020": a body's past verb right after a word that recalls it as done before (class
      // "recalled") tells the background of the news, not an event it reports.
      // Only a verb in the past: "the first round of negotiations" counts the round.
      // "a row that began when Brussels imposed the duties last October": a past verb of a clause
      // that a verb of origin (class "origin") opens with "when" tells how the matter began.
      const std::string_view first_word = std::string_view(h.phrase->text).substr(0, h.phrase->text.find(' '));
      if (!title && h.begin > 0 && (recalled(lowered.substr(0, h.begin)) || began_when(lowered.substr(0, h.begin))) &&
          (first_word.ends_with("ed") || first_word == "met" || first_word == "held"))
        continue;
      if (!title && h.begin > 0 && describes_measure(lowered.substr(0, h.begin), first_word)) continue;
      // "under the Kenya-UK Economic Partnership Agreement, which entered into force in March 2021":
      // a pact's past step told in a relative clause on its name is the pact's background, not an
      // event the text reports.
      if (!title && h.begin >= 8 && same(h.phrase->value(0), "agreement") &&
          lowered.substr(0, h.begin).ends_with(", which ") &&
          (first_word.ends_with("ed") || first_word == "came" || first_word == "took"))
        continue;
      // "joined the Digital Economy Partnership Agreement (DEPA), a pact signed by Chile, New
      // Zealand and Singapore in 2020, on Wednesday": the same told in an aside that restates the
      // pact by a common noun.
      if (!title && same(h.phrase->value(0), "agreement") && first_word.ends_with("ed") &&
          restating_pact(lowered.substr(0, h.begin)))
        continue;
      // "received Indonesia's Minister of Trade, Budi Santoso": receiving is a meeting only with
      // a person as its object, not a report, a letter or an award.
      std::string type = h.phrase->value(0);
      const std::string& need = h.phrase->value(3);
      // "India-Oman CEPA to remove tariffs", "EU-Mercosur agreement to eliminate duties": a pact
      // that is the headline's subject cuts tariffs by its terms; no government decides a measure.
      if (title && need == "measure_noun" && same(type, "decision") && has_coword("agreement_noun", lowered.substr(0, h.begin)))
        continue;
      if (need == "person_object") {
        if (!receives_a_person(doc, s, h.end)) continue;
      } else if (need == "tariff_follows") {
        // "Trump raises Section 232 tariffs on steel", "hikes its import duties": a tariff raised.
        if (!tariff_follows(doc.text(s), lowered, h.end)) continue;
      } else if (need == "decider_named") {
        if (!decider_named(doc.text(s), h.end)) continue;
      } else if (need == "decider_owns") {
        // "Canada condemns the United States' decision to increase duties on softwood lumber": a
        // government's own decision to act on a measure, reported by another, is that decision.
        if (!decider_owns(doc.text(s), h.begin) || !has_coword("measure_noun", lowered)) continue;
      } else if (need == "remedy_follows") {
        // "launches anti-dumping probe into EU pork": a case launched is the remedy authority's
        // decision.
        if (!remedy_follows(lowered, h.end)) continue;
      } else if (!ends_round && !needs_met(*h.phrase, lowered, title)) {
        if (type == "opening" && h.phrase->text.starts_with("open")) {
          // "has opened a Section 232 investigation into imports of timber": a case opened, no
          // facility, is a decision too.
          if (!remedy_follows(lowered, h.end)) continue;
          type = "decision";
        } else {
          // "Japan, Philippines sign pact to boost trade": a bare pact is an agreement's word too,
          // but says less of its kind; its signing does not outrank another event word of the
          // title ("ministers meet in Kuala Lumpur, sign upgraded goods trade pact": the meeting
          // first).
          if (need != "agreement_noun" || !has_coword("pact_noun", lowered)) continue;
          rank = std::min(rank, 2);
        }
      }
      const bool round = ends_round || counted_in_rounds(lowered, h.begin, *h.phrase) ||
                         round_that_concludes(lowered, h.begin, *h.phrase) || launches_talks(lowered, h.begin, *h.phrase);
      out.push_back({static_cast<uint32_t>(h.begin), static_cast<uint32_t>(h.end),
                     round ? std::string("negotiation") : std::move(type), rank, !ends_round && !h.phrase->value(3).empty(),
                     in_force});
    }
    // "Leaders of Chile, Colombia, Mexico and Peru met at the XVII Summit of the Pacific Alliance":
    // a numbered gathering that the verb of meeting is "at" names the occasion itself; the verb
    // yields to its noun. So does a named one ("met at the Summit of the Pacific Alliance", "the
    // leaders met at the G20 Summit").
    if (out.size() > 1) {
      const std::string_view raw = doc.text(s);
      std::vector<size_t> gatherings;
      auto yields = [&](const Candidate& m) {
        const std::string_view verb = lowered.substr(m.begin, m.end - m.begin);
        if (verb != "met" && verb != "meet" && verb != "meets") return false;
        size_t at = m.end;
        if (lowered.substr(at, 4) != " at ") return false;
        at += 4;
        if (lowered.substr(at, 4) == "the ") at += 4;
        for (size_t k = 0; k < out.size(); ++k) {
          const Candidate& n = out[k];
          if (n.begin <= m.end || n.begin > at + 80 || !same(n.type, "conference") || n.rank < 2) continue;
          std::optional<int> ord;
          const std::string name = facts::proper_name(raw, n.begin, n.end, ordinals_.get(), &ord);
          // Numbered or not ("met at the Summit of the Pacific Alliance", "met at the G20 Summit in
          // Rio"): the name right after "at" is the gathering's. A headline's "Peruvian and Chilean
          // presidents meet at APEC summit" names the summit as the occasion of a meeting of two:
          // there only a numbered gathering or one its noun opens the name of.
          if ((!title || ord || n.begin == at) && !name.empty() && raw.substr(at, name.size()) == name) {
            gatherings.push_back(k);
            return true;
          }
        }
        return false;
      };
      std::vector<char> drop(out.size());
      for (size_t i = 0; i < out.size(); ++i) drop[i] = yields(out[i]);
      for (size_t k : gatherings) out[k].met_at = true;
      size_t k = 0;
      for (size_t i = 0; i < out.size(); ++i)
        if (!drop[i]) {
          if (k != i) out[k] = std::move(out[i]);
          ++k;
        }
      out.resize(k);
    }
    // Headline wording: a body's flows and verbs are read by the figures' own rules.
    if (title) flow_of_goods(lowered, title, out);
    return out;
  }

  // "Norway's exports of seafood reach record NOK 175 billion", "Argentina's exports of soybean
  // meal climb to record": a flow's goods written between the flow noun and its verb. The words
  // "exports"/"imports" and the verb read as the trigger they would make side by side.
  void flow_of_goods(std::string_view lowered, bool title, std::vector<Candidate>& out) const {
    for (std::string_view flow : {"exports of ", "imports of "}) {
      for (size_t at = lowered.find(flow); at != std::string_view::npos; at = lowered.find(flow, at + 1)) {
        if (at > 0 && facts::is_word_byte(static_cast<unsigned char>(lowered[at - 1]))) continue;
        // Up to four words of goods, no punctuation between, then the verb.
        size_t p = at + flow.size();
        for (int words = 0; words < 5 && p < lowered.size(); ++words) {
          size_t we = p;
          while (we < lowered.size() && facts::is_word_byte(static_cast<unsigned char>(lowered[we]))) ++we;
          if (we == p) break;
          if (words > 0) {
            const std::string phrase = std::string(flow.substr(0, 7)) + " " + std::string(lowered.substr(p, we - p));
            const auto hits = triggers_.match(phrase);
            if (!hits.empty() && hits[0].begin == 0 && hits[0].end == phrase.size() &&
                hits[0].phrase->value(0) == "statistics") {
              const int rank = std::atoi(hits[0].phrase->value(title ? 1 : 2).c_str());
              if (rank <= 0) break;
              const auto b = static_cast<uint32_t>(at), e = static_cast<uint32_t>(we);
              const bool overlaps = std::any_of(out.begin(), out.end(), [&](const Candidate& c) { return c.begin < e && b < c.end; });
              if (!overlaps) {
                auto pos = std::find_if(out.begin(), out.end(), [&](const Candidate& c) { return c.begin > b; });
                out.insert(pos, {b, e, "statistics", rank, false, false});
              }
              break;
            }
          }
          if (we >= lowered.size() || lowered[we] != ' ') break;
          p = we + 1;
        }
      }
    }
  }

  // "the target for the first quarter had been met", "the conditions are met": "met" in the passive
  // says a target or a condition was reached, no meeting. One met by someone ("was met by the
  // Minister at the airport") is still a meeting.
  static bool passive_met(std::string_view lowered, const Hit& h) {
    const std::string_view text = h.phrase->text;
    if (text.size() < 3 || text[0] != 'm' || !text.starts_with("met") || (text.size() > 3 && text[3] != ' ')) return false;
    const std::string_view before = lowered.substr(0, h.begin);
    bool passive = false;
    for (std::string_view aux : {"been ", "be ", "is ", "are ", "was ", "were ", "being "})
      if (facts::ends_with_term(before, aux)) {
        passive = true;
        break;
      }
    if (!passive) return false;
    return !lowered.substr(h.end).starts_with(" by ");
  }

  // Whether a tariff noun (class tariff_noun) follows a verb ending at `end` with only its naming
  // words between: a capitalized or numeric word ("Section 232", "U.S."), an article or possessive,
  // or a word of the tariff's kind (class tariff_naming: "import", "additional"); "raises concerns
  // over US tariffs" has none.
  bool tariff_follows(std::string_view text, std::string_view lowered, size_t end) const {
    size_t at = end;
    for (int words = 0; words < 4 && at < text.size() && text[at] == ' '; ++words) {
      const size_t b = at + 1;
      size_t e = b;
      while (e < text.size() && text[e] != ' ' && text[e] != ',' && text[e] != ';' && text[e] != ':') ++e;
      const std::string_view w = lowered.substr(b, e - b);
      if (w.empty()) return false;
      if (is_coword("tariff_noun", w)) return true;
      const bool naming = facts::is_upper(text[b]) || facts::is_digit(text[b]) || is_coword("tariff_naming", w);
      if (!naming) return false;
      at = e;
    }
    return false;
  }

  // Whether a trade-remedy case (class remedy_case: "investigation", "probe", "anti-dumping" …)
  // is named within a few words after offset `end`, in the same clause ("launched an anti-dumping
  // investigation", "opened a Section 232 national security investigation into …").
  bool remedy_follows(std::string_view lowered, size_t end) const {
    std::string_view rest = lowered.substr(std::min(end, lowered.size()));
    rest = rest.substr(0, std::min<size_t>(rest.size(), 64));
    rest = rest.substr(0, std::min(rest.size(), rest.find_first_of(",;:")));
    return has_coword("remedy_case", rest);
  }

  // Whether the words after a verb of receiving (at `at`, an offset into s) are a person: a run of
  // capitalized words (with "of", "the", "and", "visiting" and commas between) in which a named
  // person begins ("received Indonesia's Minister of Trade, Budi Santoso") or that ends in a word
  // of office ("receives Indonesian Trade Minister"). A possessor at the end is none ("received
  // Indonesia's support"), nor is any common noun ("received a report from Minister …").
  bool receives_a_person(const Doc& doc, const Span& s, size_t at) const {
    const std::string_view text = doc.text(s), low = doc.lowered(s);
    if (at + 2 >= text.size() || text[at] != ' ') return false;
    const uint32_t from = s.begin + static_cast<uint32_t>(at);
    const std::string_view all = doc.lowered_text(s.in_title);
    std::string_view last;
    size_t p = at + 1;
    // "received on Tuesday (12) a delegation led by …": a day set off before the object, with the
    // day of the month in parentheses as Brazilian releases write it.
    const size_t on = low.substr(at).starts_with(" on ") ? 4 : 1;
    for (const auto* d : facts::dates_in(doc, s))
      if (!d->span.in_title == !s.in_title && d->span.begin == from + on && d->span.end > from + on) {
        p = d->span.end - s.begin;
        if (low.substr(p).starts_with(" (")) {
          const size_t close = low.find(')', p);
          if (close != std::string_view::npos && close <= p + 6) p = close + 1;
        }
        if (p + 1 >= text.size() || text[p] != ' ') return false;
        ++p;
        break;
      }
    // "received a delegation", "received the ambassador": an article, then a person's word.
    // "received a Japanese business delegation", "receives a 20-member high-level delegation": up to
    // three words that describe it may stand between, each capitalized, joined by a hyphen or of
    // class "object_modifier" ("received a report" stops at its noun).
    for (std::string_view art : {"a ", "an ", "the "})
      if (low.substr(p).starts_with(art)) {
        size_t wb = p + art.size();
        for (int words = 0; words < 4 && wb < low.size(); ++words) {
          size_t we = wb;
          while (we < low.size() && low[we] != ' ' && low[we] != ',' && low[we] != '.') ++we;
          const std::string_view w = low.substr(wb, we - wb);
          if (w.empty()) break;
          if (has_coword("person_object", w)) return true;
          const bool describes = facts::is_upper(text[wb]) || w.find('-') != std::string_view::npos ||
                                 is_coword("object_modifier", w);
          if (!describes || we >= low.size() || low[we] != ' ') break;
          wb = we + 1;
        }
        break;
      }
    while (p < text.size() && p - at < 100) {
      size_t we = p;
      while (we < text.size() && text[we] != ' ' && text[we] != ',') ++we;
      const std::string_view w = text.substr(p, we - p), lw = low.substr(p, we - p);
      if (w.empty()) break;
      const bool joiner = lw == "of" || lw == "the" || lw == "and" || lw == "visiting" || lw == "for";
      if (!joiner && !facts::is_upper(w[0])) break;
      const uint32_t wb = s.begin + static_cast<uint32_t>(p);
      // Not a person's possession ("received President Xi's message").
      for (const auto& person : doc.x.people)
        for (const auto& sp : person.spans)
          if (sp.in_title == s.in_title && sp.begin == wb && sp.begin > from)
            return !all.substr(sp.end).starts_with("'s") && !all.substr(sp.end).starts_with("\xE2\x80\x99s");
      if (!joiner) last = lw;
      // A comma goes on only to a capitalized word ("Minister of Trade, Budi Santoso").
      if (we < text.size() && text[we] == ',') {
        if (we + 2 >= text.size() || text[we + 1] != ' ' || !facts::is_upper(text[we + 2])) break;
        ++we;
      }
      p = we + 1;
    }
    if (last.empty() || last.ends_with("'s") || last.ends_with("\xE2\x80\x99s")) return false;
    return has_coword("person_object", last);
  }

  // "the United Nations Conference on Trade and Development (UNCTAD) said": an event word followed
  // by its remit inside the name of a body the text also calls by an acronym names the body, no
  // occasion. One that ends the name ("the third Saudi-Spanish Joint Committee (SSJC)") may be
  // the occasion.
  static bool inside_body_name(const Doc& doc, const Span& s, const Hit& h) {
    const uint32_t b = s.begin + static_cast<uint32_t>(h.begin), e = s.begin + static_cast<uint32_t>(h.end);
    for (const auto& o : doc.x.organizations) {
      if (o.acronym.empty() || o.acronym == o.name) continue;
      for (const auto& sp : o.spans)
        if (sp.in_title == s.in_title && sp.begin <= b && e < sp.end) return true;
    }
    return false;
  }

  // "Qais bin Mohammed Al Yousef, Minister of Commerce, Industry and Investment Promotion, met …": an
  // event word inside the title a person is given right after or right before the name is the
  // office's portfolio, no occasion.
  static bool inside_person_title(const Doc& doc, const Span& s, const Hit& h) {
    const uint32_t b = s.begin + static_cast<uint32_t>(h.begin), e = s.begin + static_cast<uint32_t>(h.end);
    for (const auto& p : doc.x.people) {
      if (p.title.empty()) continue;
      for (const auto& sp : p.spans) {
        if (sp.in_title != s.in_title) continue;
        const std::string_view text = s.in_title ? std::string_view(doc.title) : std::string_view(doc.body);
        const size_t after = sp.end + 2;
        if (b >= after && e <= after + p.title.size() && text.substr(sp.end, 2) == ", " &&
            text.substr(after, p.title.size()) == p.title)
          return true;
        if (sp.begin >= p.title.size() + 1 && e < sp.begin && b >= sp.begin - p.title.size() - 1 &&
            text.substr(sp.begin - p.title.size() - 1, p.title.size()) == p.title)
          return true;
      }
    }
    return false;
  }

  // "…, the Norwegian Seafood Council said", "said the Dairy Council", "Danish Agriculture & Food
  // Council says …": an event word that ends the name of a body that speaks in the text names
  // the body wherever it stands ("said Christian Chramer, CEO of the Norwegian Seafood Council"),
  // no occasion. The name must be longer than the word ("the Council said" may be a sitting's).
  static bool body_speaking(const Doc& doc, const Span& s, const Hit& h) {
    const uint32_t b = s.begin + static_cast<uint32_t>(h.begin), e = s.begin + static_cast<uint32_t>(h.end);
    for (const auto& o : doc.x.organizations) {
      const bool ends_here = std::any_of(o.spans.begin(), o.spans.end(), [&](const Span& sp) {
        return sp.in_title == s.in_title && sp.end == e && sp.begin < b;
      });
      if (!ends_here) continue;
      for (const auto& sp : o.spans) {
        const std::string_view text = doc.lowered_text(sp.in_title);
        std::string_view after = text.substr(sp.end, std::min<size_t>(40, text.size() - sp.end));
        // Past an acronym in parentheses: "the Norwegian Seafood Council (NSC) said".
        if (after.starts_with(" (")) {
          const size_t close = after.find(')');
          if (close != std::string_view::npos && close < 16) after.remove_prefix(close + 1);
        }
        if (after.starts_with(",")) after.remove_prefix(1);
        if (after.starts_with(" ")) {
          size_t end = 1;
          while (end < after.size() && std::isalpha(static_cast<unsigned char>(after[end]))) ++end;
          if (is_speech_verb(after.substr(1, end - 1))) return true;
        }
        const std::string_view before = text.substr(0, sp.begin);
        for (std::string_view v : {"said the ", "says the ", "according to the ", "according to "})
          if (before.ends_with(v)) return true;
      }
    }
    return false;
  }

  // "after nearly a decade of talks", "following nine years of negotiations": talks measured by
  // the time they took are the history of a step the sentence reports, no occasion of their own.
  static bool spent_on(std::string_view lowered, size_t begin, const facts::Phrase& trigger) {
    if (begin < 8 || (trigger.value(0) != "meeting" && trigger.value(0) != "negotiation")) return false;
    const std::string_view before = lowered.substr(0, begin);
    if (!before.ends_with(" of ")) return false;
    for (std::string_view unit : {" years of ", " year of ", " decade of ", " decades of ", " months of ", " weeks of "})
      if (before.ends_with(unit)) return true;
    return false;
  }

  // "first round of TTIP talks", "second round of trade talks": talks counted in rounds, a word or
  // two naming them between, are a negotiation round. Consultations stay meetings ("the next round
  // of the ministerial consultation").
  static bool counted_in_rounds(std::string_view lowered, size_t begin, const facts::Phrase& trigger) {
    if (!same(trigger.value(0), "meeting") || !trigger.text.ends_with("talks") || begin < 9) return false;
    const size_t from = begin > 40 ? begin - 40 : 0;
    const size_t at = facts::rfind_from(lowered.substr(0, begin), "round of ", from);
    if (at == std::string_view::npos) return false;
    const std::string_view between = lowered.substr(at + 9, begin - at - 9);
    return std::count(between.begin(), between.end(), ' ') <= 2 && between.find_first_of(",;") == std::string_view::npos;
  }

  // Whether lead (lower-cased, up to a trigger) ends with an aside that restates a pact by a common
  // noun right before the trigger (", a pact ", ", the trade deal "): an article, at most four
  // words, the last an agreement's or a pact's noun, after the last comma.
  bool restating_pact(std::string_view lead) const {
    const size_t comma = lead.rfind(", ");
    if (comma == std::string_view::npos || lead.size() - comma > 48) return false;
    std::string_view ap = lead.substr(comma + 2);
    if (!(ap.starts_with("a ") || ap.starts_with("an ") || ap.starts_with("the ")) || !ap.ends_with(' ')) return false;
    ap.remove_suffix(1);
    if (std::count(ap.begin(), ap.end(), ' ') > 4 || ap.find_first_of(";:") != std::string_view::npos) return false;
    const size_t ws = ap.rfind(' ');
    const std::string_view last = ap.substr(ws == std::string_view::npos ? 0 : ws + 1);
    return has_coword("agreement_noun", last) || has_coword("pact_noun", last);
  }

  // Whether the words before a trigger at `begin` are a word of class "bound" and the gathering's
  // name ("until the 14th Ministerial", "until MC14's"): at most three words between, no clause
  // break.
  bool bounded_by(std::string_view lowered, size_t begin) const {
    const auto& bounds = words("bound_lead");
    if (bounds.empty() || begin < 6) return false;
    // Only where a bound word stands in the last few words at all.
    const std::string_view near = lowered.substr(begin > 48 ? begin - 48 : 0, begin > 48 ? 48 : begin);
    if (std::none_of(bounds.begin(), bounds.end(), [&](const std::string& b) { return near.find(b) != std::string_view::npos; }))
      return false;
    return !word_back(lowered.substr(0, begin), bounds, 3).empty();
  }

  // "Philippines, Chile to launch trade talks", "formally launched FTA talks", "the launch of free
  // trade talks": talks launched are the negotiation itself, its opening session, not a meeting
  // about them. At most three words (the talks' subject: "free trade", "the FTA") stand between
  // the verb and the noun, no clause break. "held talks" or "began talks" with a visitor stay a
  // meeting.
  bool launches_talks(std::string_view lowered, size_t begin, const facts::Phrase& trigger) const {
    if (begin < 7 || !same(trigger.value(0), "meeting") || !trigger.text.ends_with("talks")) return false;
    // "will begin talks with visiting Vietnamese Prime Minister …": talks with a person (a word of
    // class person_object within the next few words, before a clause break) are a meeting.
    if (const std::string_view after = lowered.substr(std::min(lowered.size(), begin + trigger.text.size()));
        after.starts_with(" with ")) {
      std::string_view reach = after.substr(6, 48);
      reach = reach.substr(0, std::min(reach.size(), reach.find_first_of(",;.")));
      if (has_coword("person_object", reach)) return false;
    }
    const size_t from = begin > 48 ? begin - 48 : 0;
    std::string_view head;
    if (word_back(lowered.substr(from, begin - from), words("talks_launch"), 3, &head).empty()) return false;
    // "Japan, Britain agree to start talks …": the agreement reached, at a meeting, is the news;
    // the talks come later.
    if (head.ends_with(' ')) head.remove_suffix(1);
    for (std::string_view a : words("talks_agreed"))
      if (facts::ends_with_word(head, a)) return false;
    return true;
  }

  // "Fourth round of India-EU FTA negotiations concludes": a concluding verb whose subject is a
  // round, the talks it belongs to named between, ends the round, not the talks (unless the last).
  static bool round_that_concludes(std::string_view lowered, size_t begin, const facts::Phrase& trigger) {
    if (!same(trigger.value(0), "agreement") || begin < 10) return false;
    const std::string_view t = trigger.text;
    if (!t.starts_with("conclude") && !t.starts_with("complete") && !t.starts_with("wrap")) return false;
    const size_t from = begin > 60 ? begin - 60 : 0;
    const size_t at = facts::rfind_from(lowered.substr(0, begin), "round of ", from);
    if (at == std::string_view::npos || (at > 0 && facts::is_word_byte(static_cast<unsigned char>(lowered[at - 1]))))
      return false;
    const std::string_view between = lowered.substr(at, begin - at);
    // The round is the verb's subject: no clause break between ("… round of talks, they concluded").
    if (between.find_first_of(",;") != std::string_view::npos) return false;
    const std::string_view lead = lowered.substr(at >= 8 ? at - 8 : 0, at >= 8 ? 8 : at);
    return lead.find("last") == std::string_view::npos && lead.find("final") == std::string_view::npos;
  }

  // A word that counts ("fourth", "4th", "11th"), lower case.
  bool ordinal_word(std::string_view w) const { return facts::ordinal_word(*ordinals_, w); }

  // The word that counts the first round a sentence (lower case) names ("the fifth round of …" →
  // "fifth", "the next round" → "next"); empty when it counts none.
  std::string round_count(std::string_view lowered) const {
    for (size_t at = lowered.find(" round"); at != std::string_view::npos; at = lowered.find(" round", at + 1)) {
      if (at + 6 < lowered.size() && std::isalpha(static_cast<unsigned char>(lowered[at + 6]))) continue;
      const size_t ws = lowered.rfind(' ', at - 1);
      const std::string_view w = lowered.substr(ws == std::string_view::npos ? 0 : ws + 1, at - (ws == std::string_view::npos ? 0 : ws + 1));
      if (ordinal_word(w) || w == "next") return std::string(w);
    }
    return "";
  }

  // The number of an ordinal word ("fifth" → 5, "11th" → 11).
  std::optional<int> ordinal_value(std::string_view w) const {
    if (!w.empty() && facts::is_digit(w[0])) return std::atoi(std::string(w).c_str());
    const auto ord = ordinals_->match(w);
    if (ord.empty()) return std::nullopt;
    return std::atoi(ord.front().phrase->value().c_str());
  }

  // "co-chaired the 11th session of the Oman-India Joint Commission Meeting", "the fifth meeting
  // of the … Council": a counted sitting right before a named body numbers the event the name
  // stands for. Only "session", "meeting", "round", "sitting" or "edition" counted by an ordinal
  // word, then "of" and at most "the", may stand between.
  std::optional<int> counted_sitting(const Doc& doc, const Span& sentence, const std::string& name,
                                     const Candidate& trig) const {
    const std::string_view body = doc.body;
    const size_t at = body.rfind(name, trig.begin);
    if (at == std::string_view::npos || at < sentence.begin || at > trig.begin) return std::nullopt;
    std::string_view lead = doc.lowered(sentence).substr(0, at - sentence.begin);
    auto drop = [&](std::string_view suffix) {
      if (!lead.ends_with(suffix)) return false;
      lead.remove_suffix(suffix.size());
      return true;
    };
    drop("the ");
    if (!drop(" of ")) return std::nullopt;
    bool noun = false;
    for (std::string_view n : {"session", "meeting", "round", "sitting", "edition"}) noun = noun || drop(n);
    if (!noun || !drop(" ")) return std::nullopt;
    drop("special ");
    const size_t ws = lead.rfind(' ');
    const std::string_view w = lead.substr(ws == std::string_view::npos ? 0 : ws + 1);
    if (!ordinal_word(w)) return std::nullopt;
    return ordinal_value(w);
  }

  // "the Conclusion of the Fifth Round of NAFTA Negotiations", "concluded their first round talks of
  // the TTIP": a word that ends talks, followed by the round it ends, closes a round of
  // negotiation; the pact is not agreed. The round must be counted ("the fourth round", "their
  // first round", "the 11th round"): "the conclusion of the Doha Round in 2010" names talks as a
  // whole.
  bool ends_a_round(std::string_view lowered, size_t end, const facts::Phrase& trigger) const {
    if (!same(trigger.value(0), "agreement") || trigger.text.find(' ') != std::string::npos) return false;
    const std::string_view t = trigger.text;
    if (!t.starts_with("conclu") && !t.starts_with("complet") && !t.starts_with("wrap")) return false;
    std::string_view rest = lowered.substr(std::min(end, lowered.size()));
    rest = rest.substr(0, std::min<size_t>(rest.size(), 32));
    size_t at = rest.find(" round");
    if (at == std::string_view::npos) return false;
    // Up to three words before "round": "of the fifth", "their first", "the 11th".
    const std::string_view between = rest.substr(0, at);
    if (std::count(between.begin(), between.end(), ' ') > 3 || between.find_first_of(",;.") != std::string_view::npos)
      return false;
    const size_t ws = between.rfind(' ');
    const std::string_view last = ws == std::string_view::npos ? between : between.substr(ws + 1);
    // "Philippines, Canada conclude FTA round", "concluded the sixth CEPA negotiating round": the
    // round named by the pact it negotiates is a round too.
    return ordinal_word(last) || is_coword("round_kind", last);
  }

  // The length of the coword of class `cls` that lowered text opens with, a space after it
  // ("which …", "at the …"), or 0 when it opens with none.
  size_t opening_word(const char* cls, std::string_view lowered) const {
    for (const auto& w : words(cls))
      if (lowered.size() > w.size() && lowered.starts_with(w) && lowered[w.size()] == ' ') return w.size();
    return 0;
  }
  // Whether lowered text opens with a word of class "relative_word" ("which", "where"): an aside
  // that describes what stands before it.
  bool relative_aside(std::string_view lowered) const { return opening_word("relative_word", lowered) > 0; }

  // Whether `word` (lower case) is one of the coword class's words.
  bool is_coword(std::string_view cls, std::string_view word) const {
    auto it = coword_sets_.find(cls);
    return it != coword_sets_.end() && it->second.contains(word);
  }

  // Whether a money mention starts within a few words after offset `end` of span s.
  static bool amount_follows(const Doc& doc, const Span& s, size_t end) {
    const uint32_t at = s.begin + static_cast<uint32_t>(end);
    for (const auto& m : doc.x.money)
      if (m.span.in_title == s.in_title && m.span.begin >= at && m.span.begin <= at + 24) return true;
    return false;
  }

  std::string title_type(const Doc& doc, const SpanIndex& blocs, bool* in_force = nullptr) const;
  bool figures_headline(const Doc& doc) const;
  bool striven_for(std::string_view lowered, size_t pos) const;
  bool opens_term(const Doc& doc, const DateMention& d, const char* cls = "term_start") const;
  std::string_view city_named_after(const Doc& doc, const facts::Place& p) const;
  bool names_venue(const Doc& doc, const Event& ev, const Span& sentence, const facts::Place& p) const;
  bool names_subject(const Doc& doc, const Span& sentence, const facts::Place& p) const;
  bool in_project_name(const Doc& doc, const facts::Place& p) const;
  // "despite opposition from French and Irish farmers", "U.S. and Japanese carmakers": a place that
  // qualifies a group of no government (class "private_group"), further places or up to two
  // lower-case words of its trade between ("Irish beef producers"), names whose they are, no side.
  // `end` is the place's end in `text`, `limit` the end of its sentence.
  // `lowered` is `text` lower-cased, offset for offset.
  bool private_group_after(std::string_view text, std::string_view lowered, size_t end, size_t limit) const {
    size_t at = end;
    int modifiers = 0;
    for (int words = 0; words < 8 && at < limit; ++words) {
      bool comma = false;
      while (at < limit && (text[at] == ' ' || text[at] == ',')) comma |= text[at++] == ',';
      // A comma goes on only with a list of places ("French, Irish and Dutch farmers"), not into
      // a clause ("… on brandy from the EU, requiring importers to pay deposits").
      if (comma && at < limit && !facts::is_upper(text[at])) return false;
      size_t we = at;
      while (we < limit && text[we] != ' ' && text[we] != ',' && text[we] != '.' && text[we] != ';' &&
             text[we] != ':' && text[we] != ')')
        ++we;
      if (we == at) return false;
      const std::string_view w = lowered.substr(at, we - at);
      if (is_coword("private_group", w)) return true;
      const bool joins = w == "and" || w == "or";
      // Further places before the trade's words ("French and Irish dairy farmers"), none after.
      if (!joins && facts::is_upper(text[at]) && modifiers > 0) return false;
      if (!joins && !facts::is_upper(text[at]) &&
          (++modifiers > 2 || is_coword("backdrop", w) || facts::is_digit(text[at])))
        return false;
      if (we < limit && text[we] != ' ' && text[we] != ',') return false;
      at = we;
    }
    return false;
  }
  bool in_law_name(const Doc& doc, const facts::Place& p) const;
  bool describes_one_country(const Doc& doc, const facts::Place& p) const;

  // "the European Free Trade Association, comprising Switzerland, Norway, Iceland and
  // Liechtenstein": a country listed in an aside that names a bloc's members (a word of class
  // "member_list" right after the bloc, its short name in parentheses aside) is the bloc itself,
  // no counterpart beside it. Only names, commas, "and" and "the" may stand between the lead and
  // the country.
  bool in_member_list(const Doc& doc, const Span& sentence, const facts::Place& p) const {
    if (p.bloc || p.span.in_title || p.span.begin < sentence.begin) return false;
    const auto& leads = words("member_list");
    if (leads.empty()) return false;
    const auto places = facts::places_in(doc, {sentence.begin, p.span.begin, false});
    for (size_t k = places.size(); k-- > 0;) {
      const facts::Place& b = places[k];
      if (!b.bloc) continue;
      uint32_t from = b.span.end;
      if (doc.body.substr(from).starts_with(" (")) {
        const size_t close = doc.body.find(')', from);
        if (close == std::string_view::npos || close > p.span.begin) return false;
        from = static_cast<uint32_t>(close + 1);
      }
      std::string_view rest = doc.lowered({from, p.span.begin, false});
      bool led = false;
      for (std::string_view lead : leads) {
        for (std::string_view open : {", ", " "})
          if (rest.starts_with(open) && rest.substr(open.size()).starts_with(lead) &&
              rest.substr(open.size() + lead.size()).starts_with(" ")) {
            rest.remove_prefix(open.size() + lead.size() + 1);
            led = true;
            break;
          }
        if (led) break;
      }
      if (!led) return false;
      // What is left is the list before the country: the other members and their joiners.
      const uint32_t list_from = p.span.begin - static_cast<uint32_t>(rest.size());
      std::string left;
      uint32_t at = list_from;
      for (size_t j = k + 1; j < places.size(); ++j) {
        if (places[j].span.begin < list_from) continue;
        left += doc.lowered({at, places[j].span.begin, false});
        left += ' ';
        at = places[j].span.end;
      }
      left += doc.lowered({at, p.span.begin, false});
      for (size_t i = 0; i < left.size();) {
        size_t j = left.find_first_of(" ,", i);
        if (j == std::string::npos) j = left.size();
        const std::string_view w = std::string_view(left).substr(i, j - i);
        if (!w.empty() && w != "and" && w != "the") return false;
        i = j + 1;
      }
      return true;
    }
    return false;
  }
  bool discussed_pact(const Doc& doc, const Span& sentence, const facts::Place& p) const;
  static std::string host_of(const Doc& doc, const Span& sentence, const Candidate& trig);
  // "the tariffs announced on March 4", "the duties on steel imposed in March", "the curbs China
  // introduced last year": a participle of class "measure_past" after a measure's noun (class
  // measure_noun), within five words of no clause break and no auxiliary between, describes that
  // measure as taken before: the verb reports no decision of the sentence, and a date right after
  // it dates that earlier measure. `lead` is the lowered text before the participle, which is
  // `verb`.
  bool describes_measure(std::string_view lead, std::string_view verb) const {
    if (!is_coword("measure_past", verb) || !lead.ends_with(' ')) return false;
    lead.remove_suffix(1);
    for (int words = 0; words < 6 && !lead.empty(); ++words) {
      const size_t sp = lead.find_last_of(' ');
      const std::string_view w = lead.substr(sp == std::string_view::npos ? 0 : sp + 1);
      if (w.empty() || w.find_first_of(",;:()") != std::string_view::npos) return false;
      if (is_coword("measure_noun", w)) return true;
      if (is_coword("measure_aux", w)) return false;
      if (sp == std::string_view::npos) return false;
      lead = lead.substr(0, sp);
    }
    return false;
  }
  // Whether a body date follows such a participle and "on", "in" or "since" (or nothing: "imposed
  // last year").
  bool dates_earlier_measure(const Doc& doc, const Span& s, const DateMention& d) const {
    if (d.span.in_title || d.span.begin <= s.begin) return false;
    const uint32_t lo = d.span.begin - s.begin > 96 ? d.span.begin - 96 : s.begin;
    std::string_view lead = doc.lowered({lo, d.span.begin, false});
    if (!lead.ends_with(' ')) return false;
    lead.remove_suffix(1);
    for (std::string_view prep : {" on", " in", " since", " at the end of", " at the start of"})
      if (lead.ends_with(prep)) {
        lead.remove_suffix(prep.size());
        break;
      }
    const size_t sp = lead.find_last_of(' ');
    if (sp == std::string_view::npos) return false;
    return describes_measure(lead.substr(0, sp + 1), lead.substr(sp + 1));
  }
  // Whether lead (lower-cased, up to a verb) ends with a phrase of class "decision_lead" and a space
  // ("proposed to ", "has decided to ").
  bool decision_lead(std::string_view lead) const {
    if (!lead.ends_with(' ')) return false;
    lead.remove_suffix(1);
    for (const auto& w : words("decision_lead"))
      if (facts::ends_with_word(lead, w)) return true;
    return false;
  }
  // Whether lead (lower-cased) ends with a word of class "recalled" and a space ("first ",
  // "already ").
  bool recalled(std::string_view lead) const {
    if (!lead.ends_with(' ')) return false;
    lead.remove_suffix(1);
    const size_t at = lead.rfind(' ');
    return is_coword("recalled", at == std::string_view::npos ? lead : lead.substr(at + 1));
  }
  // Whether text[end, …) reads " [the] <Capitalized words> to <verb>": the named decider and the act
  // it decided ("decision by the United States Congress to extend …").
  // Whether the words right before `begin` are a capitalized name in the possessive ("the United
  // States' ", "Washington's ", "China’s ").
  static bool decider_owns(std::string_view text, size_t begin) {
    std::string_view lead = text.substr(0, std::min(begin, text.size()));
    if (!lead.ends_with(' ')) return false;
    lead.remove_suffix(1);
    for (std::string_view mark : {"'s", "\xE2\x80\x99s", "'", "\xE2\x80\x99"})
      if (lead.ends_with(mark)) {
        lead.remove_suffix(mark.size());
        const size_t ws = lead.rfind(' ');
        const std::string_view w = lead.substr(ws == std::string_view::npos ? 0 : ws + 1);
        return !w.empty() && facts::is_upper(w[0]) && (mark.size() > 1 || w.back() == 's');
      }
    return false;
  }
  static bool decider_named(std::string_view text, size_t end) {
    std::string_view rest = text.substr(std::min(end, text.size()));
    if (!rest.starts_with(' ')) return false;
    rest.remove_prefix(1);
    if (rest.starts_with("the ")) rest.remove_prefix(4);
    int names = 0;
    for (int words = 0; words < 8 && !rest.empty(); ++words) {
      const size_t sp = rest.find(' ');
      if (sp == std::string_view::npos) return false;
      const std::string_view w = rest.substr(0, sp);
      if (w == "to") return names > 0 && sp + 1 < rest.size() && rest[sp + 1] >= 'a' && rest[sp + 1] <= 'z';
      const bool joiner = w == "of" || w == "and" || w == "the" || w == "for";
      if (!joiner && !facts::is_upper(w[0])) return false;
      if (w.back() == ',' || w.back() == '.') return false;
      names += !joiner;
      rest.remove_prefix(sp + 1);
    }
    return false;
  }
  // Whether lead (lower-cased) closes a clause "<origin verb> [a few words] when <subject> "
  // ("a dispute that started when Washington ", "the row began in 2018 when Beijing "): the
  // subject at most four words, no comma or semicolon after "when" nor between the two words.
  bool began_when(std::string_view lead) const {
    const size_t when = lead.rfind(" when ");
    if (when == std::string_view::npos) return false;
    const std::string_view subject = lead.substr(when + 6);
    if (subject.find_first_of(",;") != std::string_view::npos ||
        std::count(subject.begin(), subject.end(), ' ') > 4)
      return false;
    std::string_view before = lead.substr(0, when);
    for (int words = 0; words < 4 && !before.empty(); ++words) {
      const size_t ws = before.rfind(' ');
      const std::string_view w = before.substr(ws == std::string_view::npos ? 0 : ws + 1);
      if (w.empty() || w.back() == ',' || w.back() == ';') return false;
      if (is_coword("origin", w)) return true;
      if (ws == std::string_view::npos) return false;
      before = before.substr(0, ws);
    }
    return false;
  }
  // Whether lead (lower-cased) holds a word of class "backdrop" ("as", "amid", "despite").
  bool after_backdrop(std::string_view lead) const {
    auto it = cowords_.find("backdrop");
    if (it == cowords_.end()) return false;
    for (const auto& w : it->second)
      for (size_t at = lead.find(w); at != std::string_view::npos; at = lead.find(w, at + 1))
        if (at > 0 && lead[at - 1] == ' ' && at + w.size() < lead.size() && lead[at + w.size()] == ' ') return true;
    return false;
  }
  static bool in_description(const Doc& doc, const Span& sentence, const facts::Place& p);
  bool names_occasion(const Doc& doc, const Span& sentence, const Candidate& trig, const facts::Place& p) const;
  void fill_details(const Doc& doc, Event& ev, const Span& sentence, const Candidate& trig,
                    const std::string& reporter) const;
  void add_partners(const Doc& doc, Event& ev, const Span& sentence, const Candidate& trig,
                    const std::string& reporter) const;
  void add_numbered_session(Doc& doc, const Span& sentence, std::string_view lowered,
                            const std::vector<Candidate>& cands, const Event& primary,
                            const std::string& reporter) const;
};

// Words in front of a title's event noun that make it the context, not the news
// ("… for the 14th WTO Ministerial Conference", "… Following the Korea–China Summit").
// The leads are the class "title_context" of event_cowords.tsv, each with its space after.
bool context_only(std::string_view lowered, size_t pos, const std::vector<std::string>& leads) {
  std::string_view before = lowered.substr(0, pos);
  for (std::string_view lead : leads) {
    // Only the last occurrence counts, and only when it is near: the search stops where it
    // would no longer be.
    const size_t reach = lead.size() + 48;
    size_t at = facts::rfind_from(before, lead, pos > reach ? pos - reach : 0);
    if (at != std::string_view::npos && pos - at <= lead.size() + 48) return true;
  }
  return false;
}

// The lower-case words that join the capitalized words of a venue's name ("Hall of Fame", "Centre
// for Trade and Industry").
bool name_joiner(std::string_view w) { return w == "of" || w == "and" || w == "for"; }

// Whether the text between two event words only lists names ("Summit as well as the Business
// Dialogue, the", "Council, the Annual"): capitalized words, commas and list words.
enum class Join { kNone, kSameName, kList };
Join list_join(std::string_view gap) {
  static constexpr std::string_view kJoin[] = {"the", "and", "as", "well", "with", "of", "on", "for", "&"};
  size_t i = 0;
  bool listed = false;
  // "the 7th South Africa-China Joint Economic and Trade Committee": an "and" between two
  // capitalized words of the gap joins the words of one name, it lists no second event.
  bool after_name_word = false;
  while (i < gap.size()) {
    size_t j = gap.find(' ', i);
    if (j == std::string_view::npos) j = gap.size();
    std::string_view w = gap.substr(i, j - i);
    i = j + 1;
    const bool comma = !w.empty() && w.back() == ',';
    if (comma) w.remove_suffix(1), listed = true;
    if (w.empty() || facts::is_upper(w.front()) || facts::is_digit(w.front()) || w.front() == '(') {
      after_name_word = !comma && !w.empty() && facts::is_upper(w.front());
      continue;
    }
    bool join = false;
    for (auto k : kJoin) join |= w == k;
    if (!join) return Join::kNone;
    const bool inside_name = w == "and" && after_name_word && i < gap.size() && facts::is_upper(gap[i]);
    listed |= (w == "and" && !inside_name) || w == "as";
    after_name_word = false;
  }
  // Without a comma or "and" the words name one event ("Dialogue with the Business Council").
  return listed ? Join::kList : Join::kSameName;
}

// Whether the days [s, e] lie within the days [ps, pe] (ISO day values; false for coarser ones).
bool within(const std::string& s, const std::string& e, const std::string& ps, const std::string& pe) {
  auto a = facts::parse_ymd(s), b = facts::parse_ymd(e), pa = facts::parse_ymd(ps), pb = facts::parse_ymd(pe);
  if (!a || !b || !pa || !pb) return false;
  return facts::days_from_civil(*a) >= facts::days_from_civil(*pa) &&
         facts::days_from_civil(*b) <= facts::days_from_civil(*pb);
}

// The item of a list ("…, the Informal Dialogue with ASEAN Leaders and …") that holds the event
// word c: from the separator before it to the one after it, within the sentence.
Span list_item(const Doc& doc, const Span& sentence, const Candidate& c) {
  std::string_view text = doc.body;
  uint32_t b = sentence.begin, e = sentence.end;
  for (std::string_view sep : {", ", " and ", " as well as "}) {
    size_t at = facts::rfind_from(text.substr(0, c.begin), sep, sentence.begin);  // only within the sentence
    if (at != std::string_view::npos && at >= sentence.begin) b = std::max<uint32_t>(b, static_cast<uint32_t>(at + sep.size()));
    size_t after = text.find(sep, c.end);
    if (after != std::string_view::npos && after < sentence.end) e = std::min<uint32_t>(e, static_cast<uint32_t>(after));
  }
  return {b, e, false};
}

// A date that bounds a span of time ("continue the negotiations until next year", "finalize …
// by the end of this year") is a deadline, not the day of an event.
// The bounds are the class "bound" of event_cowords.tsv, each with its space after ("by the end
// of the year": a date whose own words open with "end of" bounds a period too).
bool deadline(std::string_view lowered_body, size_t date_begin, const std::vector<std::string>& bounds) {
  const std::string_view before = lowered_body.substr(0, date_begin);
  for (std::string_view b : bounds) {
    if (before.ends_with(b)) {
      const size_t at = before.size() - b.size();
      if (at == 0 || !facts::is_word_byte(static_cast<unsigned char>(before[at - 1]))) return true;
    }
  }
  // "The deadline for submissions is 31 March", "a deadline of 15 January": a date the clause
  // names as its deadline closes a period too. Only a short reach back, within the clause.
  const size_t reach = before.size() > 48 ? before.size() - 48 : 0;
  const size_t at = facts::rfind_from(before, "deadline", reach);
  return at != std::string_view::npos && before.find_first_of(",;.", at) == std::string_view::npos;
}

// Words right before an event word that place the event later than the occasion reported
// ("… in the lead-up to the Twelfth WTO Ministerial Conference").
// The leads are the class "lead_up" of event_cowords.tsv, each with its space after.
bool looks_ahead(std::string_view lowered, size_t pos, const std::vector<std::string>& leads) {
  std::string_view before = lowered.substr(0, pos);
  for (std::string_view lead : leads) {
    const size_t reach = lead.size() + 48;  // as in context_only
    size_t at = facts::rfind_from(before, lead, pos > reach ? pos - reach : 0);
    if (at != std::string_view::npos && pos - at <= lead.size() + 48) return true;
  }
  return false;
}

// Title spans that belong to a bloc's own name ("Gulf Cooperation Council") are not events.
bool in_bloc_name(const SpanIndex& blocs, size_t b, size_t e, bool in_title) {
  return blocs.covers(static_cast<uint32_t>(b), static_cast<uint32_t>(e), in_title);
}

// A headline naming a trade flow and how it moved, its figure or its period ("China FDI inflow up
// 17.4 pct in H1", "Euro area trade surplus EUR 16.5 bln", "India's trade figures for February"),
// over a body that gives figures, reports their release, unless it speaks of a measure ("Mexico
// announces 25% import tariffs").
bool EventsStage::figures_headline(const Doc& doc) const {
  const Span whole{0, static_cast<uint32_t>(doc.title.size()), true};
  const std::string_view t = doc.lowered(whole);
  // "India's exports to US rise 22% despite tariffs", "exports slump amid US tariffs", "exports to
  // U.S. drop as tariffs bite", "Swiss exports to US plunge after 39% tariff": a measure named only
  // as the backdrop of the figures does not make the headline a measure's.
  std::string_view news = t;
  for (std::string_view backdrop : {std::string_view(" despite "), std::string_view(" amid "), std::string_view(" as "),
                                    std::string_view(" after ")})
    if (const size_t at = news.find(backdrop); at != std::string_view::npos) news = news.substr(0, at);
  if (!has_coword("figures_noun", t) || has_coword("measure_noun", news)) return false;
  bool title_figure = false, body_figure = false;
  for (const auto& m : doc.x.money) (m.span.in_title ? title_figure : body_figure) = true;
  for (const auto& p : doc.x.percents) (p.span.in_title ? title_figure : body_figure) = true;
  // The period the figures cover, named in the headline ("… trade turnover in the first quarter").
  const bool title_period =
      std::any_of(doc.x.dates.begin(), doc.x.dates.end(), [](const DateMention& d) { return d.span.in_title; });
  return body_figure && (title_figure || title_period || has_coword("figures_move", t));
}

// Whether a body date follows words that open the term a measure applies for ("effective as of
// March 7", "starting from 1 January", "from August 1"; the class `cls`, "term_start" unless told).
// "from" that opens a run of days ("from 3 to 5 March", "from Monday through Wednesday") dates an
// event instead.
bool EventsStage::opens_term(const Doc& doc, const DateMention& d, const char* cls) const {
  auto it = cowords_.find(cls);
  if (it == cowords_.end() || d.span.in_title) return false;
  std::string_view lead = doc.lowered({0, d.span.begin, false});
  if (lead.ends_with(' ')) lead.remove_suffix(1);
  bool opens = false;
  for (const auto& w : it->second) {
    if (facts::ends_with_term(lead, w)) {
      opens = true;
      break;
    }
  }
  if (!opens) return false;
  if (d.value.find('/') != std::string::npos) return false;  // the date is itself a run
  // "from Monday to Wednesday": another date right after it ends the run ("from August 1 to
  // protect …" has none).
  for (const auto& o : doc.x.dates) {
    if (!o.span.in_title && o.span.begin > d.span.end && o.span.begin <= d.span.end + 10) {
      const std::string_view gap = doc.lowered({d.span.end, o.span.begin, false});
      if (gap.find(" to ") != std::string_view::npos || gap.find("through") != std::string_view::npos ||
          gap.find(" until ") != std::string_view::npos || gap.find('-') != std::string_view::npos ||
          gap.find("\xe2\x80\x93") != std::string_view::npos || gap.find(" and ") != std::string_view::npos)
        return false;
    }
  }
  return true;
}

// Whether an agreement word at `pos` follows "<word of intent> to" ("push to conclude CEPA", "in a
// bid to seal the deal"): a goal the title names, no pact concluded or signed.
bool EventsStage::striven_for(std::string_view lowered, size_t pos) const {
  std::string_view before = lowered.substr(0, pos);
  if (!before.ends_with(" to ")) return false;
  before.remove_suffix(4);
  const size_t ws = before.rfind(' ');
  return has_coword("intent", before.substr(ws == std::string_view::npos ? 0 : ws + 1));
}

std::string EventsStage::title_type(const Doc& doc, const SpanIndex& blocs, bool* in_force) const {
  const Span whole{0, static_cast<uint32_t>(doc.title.size()), true};
  const std::string_view t = doc.lowered(whole);
  Candidate best;
  for (auto& c : candidates(doc, whole)) {
    if (in_bloc_name(blocs, c.begin, c.end, true)) continue;
    if (c.rank < 3 && context_only(t, c.begin, spaced("title_context"))) continue;
    if (same(c.type, "agreement") && striven_for(t, c.begin)) continue;
    if (c.rank > best.rank || (c.rank == best.rank && c.in_force && !best.in_force)) best = c;
  }
  if (in_force) *in_force = best.rank >= 2 && best.in_force;
  // Rank 1 title words ("discuss") only decide when the body has no event word of its own.
  return best.rank >= 2 ? best.type : (best.rank == 1 ? "~" + best.type : "");
}

using facts::is_digit;
using facts::is_upper;

// Whether a sentence opens with its subject in the past progressive ("He was speaking at …",
// "The ministers were attending …"): an action going on at the time the sentence before set.
bool goes_on(std::string_view lowered) {
  for (std::string_view aux : {" was ", " were "}) {
    const size_t at = lowered.find(aux);
    if (at == std::string_view::npos || std::count(lowered.begin(), lowered.begin() + at, ' ') > 2) continue;
    std::string_view verb = lowered.substr(at + aux.size());
    verb = verb.substr(0, verb.find(' '));
    if (verb.size() > 4 && verb.ends_with("ing")) return true;
  }
  return false;
}

// The lower-case word right after one space at `pos` of lowered text ("" when none starts there).
std::string_view word_after(std::string_view lowered, size_t pos) {
  if (pos >= lowered.size() || lowered[pos] != ' ') return {};
  size_t end = pos + 1;
  while (end < lowered.size() && lowered[end] >= 'a' && lowered[end] <= 'z') ++end;
  return lowered.substr(pos + 1, end - pos - 1);
}

// Whether a country's name starts at body offset `at` (a city-state: "Singapore").
bool city_state(const Doc& doc, uint32_t at) {
  for (const auto& c : doc.x.countries)
    for (const auto& sp : c.spans)
      if (!sp.in_title && sp.begin == at) return true;
  return false;
}

// Whether `before` (lower case) ends with a person's title and the ", " or " of " that attach a
// government to it, or `through` (the same text up to the end of the government's name) ends with
// a title that names the government itself ("Minister for Trade and Industry, Singapore").
bool closes_title(const Doc& doc, std::string_view before, std::string_view through) {
  if (before.ends_with(", ")) before.remove_suffix(2);
  else if (before.ends_with(" of ")) before.remove_suffix(4);
  else return false;
  for (const auto& p : doc.x.people) {
    const std::string t = facts::lower(facts::trim(p.title));
    if (t.size() >= 4 && (before.ends_with(t) || (t.size() > through.size() - before.size() && through.ends_with(t))))
      return true;
  }
  return false;
}

// Whether text[0, end) ends with a capitalized word that is no month or weekday and a space:
// the head of a name a year completes ("Expo 2020", "Vision 2030").
bool name_word_before(std::string_view text, size_t end) {
  if (end < 3 || text[end - 1] != ' ') return false;
  const size_t ws = text.rfind(' ', end - 2);
  const size_t b = ws == std::string_view::npos ? 0 : ws + 1;
  const std::string_view w = text.substr(b, end - 1 - b);
  return w.size() >= 2 && is_upper(w[0]) && std::all_of(w.begin() + 1, w.end(), [](char c) {
           return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
         }) && !is_month_or_weekday(w);
}

// A bare year just before a capitalized word names an edition ("2025 Defense AI … Forum"), and
// one right after a name's head word completes the name ("the upcoming Expo 2020 Dubai"): it
// does not date an event.
bool year_in_name(const Doc& doc, const DateMention& d) {
  if (d.value.size() != 4) return false;
  std::string_view text = d.span.in_title ? doc.title : doc.body;
  size_t after = d.span.end;
  if (after + 1 < text.size() && text[after] == ' ' && is_upper(text[after + 1])) return true;
  return d.span.begin == d.span.end - 4 && name_word_before(text, d.span.begin);
}

// A stretch of months from January on that has passed by publication ("in the first six months
// of the year", "the January-June period") is the period of a year's running figures, not the
// time of an event. Two months named as a run ("held … from Jan. to Feb.") may still be one.
bool year_to_date(const Doc& doc, const DateMention& d) {
  // "YYYY-01/YYYY-MM"
  const std::string& v = d.value;
  if (v.size() != 15 || v.compare(4, 4, "-01/") != 0 || v.compare(0, 4, v, 8, 4) != 0 || v[12] != '-') return false;
  const int y = std::atoi(v.substr(0, 4).c_str()), m = std::atoi(v.substr(13, 2).c_str());
  if (m < 3 && !d.text.starts_with("first ")) return false;
  return m >= 2 && doc.published.y && (y < doc.published.y || (y == doc.published.y && m <= doc.published.m));
}

std::vector<const DateMention*> event_dates(const Doc& doc, const Span& s) {
  // Filtered in place: a second list cost an allocation per sentence asked.
  auto out = facts::dates_in(doc, s);
  std::erase_if(out, [&](const DateMention* d) { return year_in_name(doc, *d) || year_to_date(doc, *d); });
  return out;
}

using lex::ascii_ieq;

// Whether a country mention only says where the event takes place: the country of the event's
// city right after it ("in Geneva, Switzerland"), or a country the event is held, scheduled or
// gathered "in" ("set for March 26–29 in Cameroon").
// "in the Japanese city of Tsukuba", "the Thai capital of Bangkok": a country, by name or
// adjective, before a place noun and "of" (class "place_noun": "city of", "capital of") names the
// country of the capitalized words after it. Those words, or nothing when the place opens no such
// phrase.
std::string_view EventsStage::city_named_after(const Doc& doc, const facts::Place& p) const {
  if (p.bloc || p.span.in_title || facts::is_region(p.code)) return {};
  const std::string_view rest = doc.body.substr(p.span.end, std::min<size_t>(doc.body.size() - p.span.end, 80));
  for (std::string_view noun : place_nouns_) {
    if (rest.size() <= noun.size() || !std::equal(noun.begin(), noun.end(), rest.begin())) continue;
    // Up to three capitalized words; a comma, a stop or a lower-case word ends them.
    size_t e = noun.size(), end = e;
    for (int words = 0; words < 3 && e < rest.size() && facts::is_upper(rest[e]); ++words) {
      size_t we = e;
      while (we < rest.size() && rest[we] != ' ' && rest[we] != ',' && rest[we] != '.' && rest[we] != ';') ++we;
      end = we;
      if (we >= rest.size() || rest[we] != ' ') break;
      e = we + 1;
    }
    if (end > noun.size()) return rest.substr(noun.size(), end - noun.size());
  }
  return {};
}

bool EventsStage::names_venue(const Doc& doc, const Event& ev, const Span& sentence, const facts::Place& p) const {
  // "the Japanese city of Tsukuba": the country of the event's city.
  if (!ev.city.empty() && ev.country == p.code && city_named_after(doc, p) == ev.city) return true;
  if (p.bloc || p.span.begin < sentence.begin || p.span.in_title != sentence.in_title) return false;
  const uint32_t lo = p.span.begin >= 48 ? std::max(sentence.begin, p.span.begin - 48) : sentence.begin;
  const std::string lowered_title = p.span.in_title ? facts::lower(doc.title.substr(lo, p.span.begin - lo)) : "";
  std::string_view before = p.span.in_title ? std::string_view(lowered_title) : doc.lowered({lo, p.span.begin, false});
  if (before.ends_with("the ")) before.remove_suffix(4);
  if (!ev.city.empty() && ev.country == p.code) {
    const std::string city = facts::lower(ev.city) + ", ";
    if (before.ends_with(city)) return true;
  }
  // "He Lifeng will travel to Britain … and hold the first meeting of the … mechanism with U.S.
  // officials": the country a gathering's people travel to, where it takes place, is no side of it
  // (a visit's is: the government visited).
  if (ev.country == p.code && before.ends_with(" to ") && !same(ev.type, "visit")) {
    const std::string_view lead = before.substr(0, before.size() - 4);
    const size_t ws = lead.rfind(' ');
    if (has_coword("travel_to", lead.substr(ws == std::string_view::npos ? 0 : ws + 1))) return true;
  }
  if (!before.ends_with(" in ")) return false;
  before.remove_suffix(4);
  // "… ministers confab in Japan" over a meeting "in the Japanese city of Tsukuba": the country
  // of the city the event takes place in.
  if (!ev.city.empty() && ev.country == p.code) return true;
  // "met with Indian Minister of Commerce and Industry Anand Sharma in Brunei Darussalam": the
  // country a meeting with a person is held in.
  if (!p.span.in_title && (same(ev.type, "meeting") || same(ev.type, "visit"))) {
    const uint32_t person_end = lo + static_cast<uint32_t>(before.size());
    for (const auto& person : doc.x.people)
      for (const auto& sp : person.spans)
        if (!sp.in_title && sp.end == person_end) return true;
  }
  // A date right before "in" ("for March 2026 in …") or a word that places an event
  // ("held", "take place", "gathered") not far before it.
  for (const auto* d : facts::dates_in(doc, {lo, static_cast<uint32_t>(lo + before.size()), p.span.in_title}))
    if (d->span.end == lo + before.size()) return true;
  if (has_coword("venue_lead", before.substr(before.size() > 32 ? before.size() - 32 : 0))) return true;
  // A meeting's or a conference's noun right before "in" ("on the margins of the APEC ministerial
  // meeting in Thailand").
  if (p.span.in_title) return false;
  const uint32_t in_at = lo + static_cast<uint32_t>(before.size());
  for (const auto& c : candidates(doc, sentence)) {
    if (sentence.begin + c.end != in_at || (!same(c.type, "meeting") && !same(c.type, "conference"))) continue;
    if (!verb_first(doc.lowered(sentence).substr(c.begin, c.end - c.begin))) return true;
  }
  return false;
}

// Whether a place sits in a dashed aside that describes the name before it ("Serbia—an EU
// candidate country and a growing hub in the Balkan region—"): a description, no counterpart.
bool EventsStage::in_description(const Doc& doc, const Span& sentence, const facts::Place& p) {
  if (p.span.in_title || p.span.begin < sentence.begin) return false;
  const std::string_view lead = doc.body.substr(sentence.begin, p.span.begin - sentence.begin);
  // The last dash of "—", "– " or " - ": the last lead byte (0xE2) or hyphen that opens one,
  // each found with memrchr (a search per dash compared the whole lead at every position, per
  // place of every event sentence).
  size_t open = std::string_view::npos, width = 0;
  size_t lead_end = lead.size(), hyphen_end = lead.size();  // bytes before these may still open one
  while (open == std::string_view::npos && (lead_end > 0 || hyphen_end > 0)) {
    const void* e2 = lead_end > 0 ? memrchr(lead.data(), 0xE2, lead_end) : nullptr;
    const void* hy = hyphen_end > 0 ? memrchr(lead.data(), '-', hyphen_end) : nullptr;
    const size_t je = e2 ? static_cast<size_t>(static_cast<const char*>(e2) - lead.data()) : std::string_view::npos;
    const size_t jh = hy ? static_cast<size_t>(static_cast<const char*>(hy) - lead.data()) : std::string_view::npos;
    if (je == std::string_view::npos && jh == std::string_view::npos) break;
    if (jh == std::string_view::npos || (je != std::string_view::npos && je > jh)) {
      const size_t j = je;
      if (j + 3 <= lead.size() && lead[j + 1] == '\x80') {
        if (lead[j + 2] == '\x94') open = j, width = 3;
        else if (lead[j + 2] == '\x93' && j + 4 <= lead.size() && lead[j + 3] == ' ') open = j, width = 4;
      }
      lead_end = j;
    } else {
      const size_t j = jh;
      if (j >= 1 && j + 2 <= lead.size() && lead[j - 1] == ' ' && lead[j + 1] == ' ') open = j - 1, width = 3;
      hyphen_end = j;
    }
  }
  if (open == std::string_view::npos || open == 0) return false;
  std::string_view inner = lead.substr(open + width);
  while (!inner.empty() && inner.front() == ' ') inner.remove_prefix(1);
  // An aside opening with an article right after a capitalized name.
  if (!(inner.starts_with("an ") || inner.starts_with("a ") || inner.starts_with("the "))) return false;
  const std::string_view before = facts::trim(lead.substr(0, open));
  const size_t ws = before.find_last_of(' ');
  const std::string_view last = ws == std::string_view::npos ? before : before.substr(ws + 1);
  return !last.empty() && facts::is_upper(last[0]);
}

// Whether a bloc names a gathering other than the event's own trigger: an event noun of a meeting
// or a conference right after its name ("the APEC ministerial meeting") or one whose name it
// completes ("the joint meeting of the APEC Ministers").
// Whether a stretch of text holds only the words of a name: capitalized ones and "of", "the",
// "and", "for" (" Ministers Responsible for Trade ").
bool name_words(std::string_view between) {
  bool name = true;
  for (size_t w = 0; w < between.size() && name;) {
    while (w < between.size() && between[w] == ' ') ++w;
    const size_t e = std::min(between.find(' ', w), between.size());
    const std::string_view word = between.substr(w, e - w);
    name = word.empty() || word == "of" || word == "the" || word == "and" || word == "for" || facts::is_upper(word[0]);
    w = e;
  }
  return name;
}

bool EventsStage::names_occasion(const Doc& doc, const Span& sentence, const Candidate& trig,
                                 const facts::Place& p) const {
  if (p.span.in_title || sentence.in_title) return false;
  const std::string_view text = doc.body;
  if (!p.bloc) {
    // "China and ASEAN signed … on the sidelines of the ASEAN summit hosted by Malaysia": a country
    // that hosts or chairs another gathering of the sentence is named as that occasion's host, no
    // side of the event.
    std::string_view before = doc.lowered({sentence.begin, p.span.begin, false});
    if (before.ends_with("the ")) before.remove_suffix(4);
    size_t cue = 0;
    for (std::string_view by : {" hosted by ", " chaired by "})
      if (before.ends_with(by)) cue = by.size();
    if (cue == 0) return false;
    const uint32_t by_at = sentence.begin + static_cast<uint32_t>(before.size() - cue);
    for (const auto& c : candidates(doc, sentence)) {
      const uint32_t cb = sentence.begin + c.begin, ce = sentence.begin + c.end;
      // "signed … at a ceremony hosted by Brazil": a ceremony is an occasion as a meeting is.
      if (cb == trig.begin || ce > by_at || by_at - ce > 24 ||
          (!same(c.type, "meeting") && !same(c.type, "conference") && !same(c.type, "ceremony")))
        continue;
      if (verb_first(doc.lowered(sentence).substr(c.begin, c.end - c.begin))) continue;
      if (text.substr(ce, by_at - ce).find_first_of(",;.") == std::string_view::npos) return true;
    }
    return false;
  }
  // The name and its acronym after it ("Asia-Pacific Economic Cooperation (APEC)") are one
  // naming: both get the verdict of the whole.
  uint32_t begin = p.span.begin, end = p.span.end;
  for (const auto& b : doc.x.blocs)
    for (const auto& sp : b.spans)
      if (b.code == p.code && !sp.in_title) {
        if (sp.end + 2 == begin && text.substr(sp.end, 2) == " (") begin = sp.begin;
        if (end + 2 == sp.begin && text.substr(end, 2) == " (" && text.substr(sp.end, 1) == ")") end = sp.end + 1;
      }
  for (const auto& c : candidates(doc, sentence)) {
    // Candidates are found in the sentence, with offsets from its start.
    const uint32_t cb = sentence.begin + c.begin, ce = sentence.begin + c.end;
    if (cb == trig.begin || (!same(c.type, "meeting") && !same(c.type, "conference"))) continue;
    // A gathering's noun, not a verb ("Southeast Asian economic ministers met").
    if (verb_first(doc.lowered(sentence).substr(c.begin, c.end - c.begin))) continue;
    if (cb >= end && cb - end <= 24) {
      const std::string_view between = text.substr(end, cb - end);
      if (between.find_first_of(",;.") == std::string_view::npos) return true;
    }
    // "on the margins of the APEC Ministers Responsible for Trade Meeting": past that, the
    // gathering's name still runs on from the bloc in capitalized words and "of", "for", "and",
    // "the" up to its noun.
    if (cb >= end && cb - end <= 80 && facts::is_upper(text[cb]) && name_words(text.substr(end, cb - end)))
      return true;
    // "the meeting of the Economic Ministers of the Association of Southeast Asian Nations": the
    // gathering's name runs on in capitalized words and "of", "the", "and" up to the bloc.
    if (ce <= begin && begin - ce <= 80) {
      std::string_view between = text.substr(ce, begin - ce);
      // "… of the Association of Southeast Asian Nations (ASEAN)": the acronym after its long form.
      if (between.ends_with(" (")) between.remove_suffix(2);
      if (!between.starts_with(" of ")) continue;
      if (name_words(between)) return true;
    }
  }
  return false;
}

// Whether a place is named only as what the talks are about: a list after "relations with"
// ("trade relations with the United States and China"), or the second of a dashed pair before
// "relations" ("EU–US and EU–China relations", whose first names the side that talks).
// "met with British Secretary of State … to discuss the GCC-UK FTA": a bloc in the dashed pair that
// names a free trade pact names what is discussed, the bloc's pact, not a counterpart; it is one
// only when nothing else in the sentence is. A country there ("the Korea–Japan FTA") still is. So
// is a bloc whose implementation is discussed.
namespace {

// The words after a place's token, in its text (title or body), up to max_words: true at the first
// word `names` takes (lowered, past a closing comma, full stop, semicolon or parenthesis, with
// whether it is capitalized), false at the end of a clause or at the first word `joins` does not
// take. The shared walk of in_project_name and in_law_name.
template <typename Names, typename Joins>
bool name_after_place(const Doc& doc, const facts::Place& p, int max_words, Names names, Joins joins) {
  const std::string_view text = p.span.in_title ? std::string_view(doc.title) : std::string_view(doc.body);
  const std::string_view lowered = doc.lowered_text(p.span.in_title);
  size_t at = p.span.end;
  while (at < text.size() && text[at] != ' ') ++at;
  for (int words = 0; words < max_words && at < text.size() && text[at] == ' '; ++words) {
    const size_t b = at + 1;
    size_t e = b;
    while (e < text.size() && text[e] != ' ') ++e;
    std::string_view w = lowered.substr(b, e - b);
    const bool ends_clause = !w.empty() && (w.back() == ',' || w.back() == '.' || w.back() == ';' || w.back() == ')');
    if (ends_clause) w.remove_suffix(1);
    if (w.empty()) return false;
    const bool capitalized = facts::is_upper(text[b]);
    if (names(w, capitalized)) return true;
    if (ends_clause || !joins(w, capitalized)) return false;
    at = e;
  }
  return false;
}

}  // namespace

// "the Greece-Cyprus-Israel electricity interconnector", "the India-Middle East-Europe Economic
// Corridor", "the Uzbekistan-Afghanistan-Pakistan railway": a place joined by dashes to others in
// the name of a line, road or corridor names where the project runs, not a counterpart of the event.
// After the dashed names (a name of two words, "-Middle East-Europe", leaves capitalized words), up
// to five capitalized or modifying words and the project's noun.
bool EventsStage::in_project_name(const Doc& doc, const facts::Place& p) const {
  const std::string_view text = p.span.in_title ? std::string_view(doc.title) : std::string_view(doc.body);
  auto dash_at = [&](size_t at) {
    return at < text.size() && (text[at] == '-' || text.substr(at, 3) == "\xE2\x80\x93");
  };
  const bool dash_before = (p.span.begin >= 1 && text[p.span.begin - 1] == '-') ||
                           (p.span.begin >= 3 && text.substr(p.span.begin - 3, 3) == "\xE2\x80\x93");
  if (!dash_before && !dash_at(p.span.end)) return false;
  return name_after_place(
      doc, p, 6, [&](std::string_view w, bool) { return is_coword("project_noun", w); },
      [&](std::string_view w, bool capitalized) {
        return capitalized || w.find('-') != std::string_view::npos || is_coword("project_modifier", w);
      });
}

// "to extend the African Growth and Opportunity Act", "the Pacific Islands Programme": a region word
// opening a capitalized name that ends in a noun of a law or programme (class "law_noun") names
// that law, no counterpart. Up to six capitalized or joining words may follow it before the noun.
bool EventsStage::in_law_name(const Doc& doc, const facts::Place& p) const {
  if (!facts::is_region(p.code)) return false;
  const std::string_view text = p.span.in_title ? std::string_view(doc.title) : std::string_view(doc.body);
  if (p.span.begin >= text.size() || !facts::is_upper(text[p.span.begin])) return false;
  return name_after_place(
      doc, p, 7, [&](std::string_view w, bool capitalized) { return capitalized && is_coword("law_noun", w); },
      [](std::string_view w, bool capitalized) {
        return capitalized || w == "and" || w == "of" || w == "for" || w == "on";
      });
}

// "the economy minister of a Middle Eastern state", "an African nation's trade minister": a region
// word between an indefinite article and a noun of one country (class "one_country") describes one
// country the text leaves unnamed; the region is no counterpart. So does it after "the" ("the East
// African nation's exports": a country named before), and a region's possessive before a few
// words and such a noun ("Southeast Asia's largest economy", "Africa's second-largest economy").
bool EventsStage::describes_one_country(const Doc& doc, const facts::Place& p) const {
  const std::string_view lowered = doc.lowered_text(p.span.in_title);
  std::string_view before = lowered.substr(0, p.span.begin);
  // "the first such deal between Jakarta and a G7 country", "another ASEAN member": a bloc after an
  // indefinite article, before a noun of one country, describes a member the text leaves unnamed.
  if (!facts::is_region(p.code)) {
    if (!p.bloc) return false;
    bool one = false;
    for (std::string_view a : {" a ", " an ", " one ", " another ", " fellow "}) one |= before.ends_with(a);
    size_t b = p.span.end, e = b + 1;
    if (!one || b >= lowered.size() || lowered[b] != ' ') return false;
    while (e < lowered.size() && facts::is_word_byte(static_cast<unsigned char>(lowered[e]))) ++e;
    return is_coword("one_country", lowered.substr(b + 1, e - b - 1));
  }
  auto word_end = [&](size_t from) {
    size_t e = from;
    while (e < lowered.size() && (facts::is_word_byte(static_cast<unsigned char>(lowered[e])) || lowered[e] == '-')) ++e;
    return e;
  };
  for (std::string_view poss : {std::string_view("'s "), std::string_view("\xE2\x80\x99s ")}) {
    if (lowered.substr(p.span.end, poss.size()) != poss) continue;
    size_t b = p.span.end + poss.size();
    for (int words = 0; words < 4 && b < lowered.size(); ++words) {
      const size_t e = word_end(b);
      if (e == b) break;
      if (is_coword("one_country", lowered.substr(b, e - b)) &&
          (e >= lowered.size() || !facts::is_word_byte(static_cast<unsigned char>(lowered[e]))))
        return true;
      if (e >= lowered.size() || lowered[e] != ' ') break;
      b = e + 1;
    }
    return false;
  }
  // "the East African nation": a compass word (class "compass") before the region's adjective.
  if (before.ends_with(' ')) {
    const std::string_view w = before.substr(0, before.size() - 1);
    const size_t sp = w.find_last_of(' ');
    const std::string_view last = w.substr(sp == std::string_view::npos ? 0 : sp + 1);
    if (!last.empty() && is_coword("compass", last)) before.remove_suffix(last.size() + 1);
  }
  bool one = false;
  for (std::string_view a : {" a ", " an ", " one ", " another ", " the "})
    one |= before.ends_with(a) || before == a.substr(1);
  if (!one) return false;
  size_t b = p.span.end;
  if (b >= lowered.size() || lowered[b] != ' ') return false;
  ++b;
  size_t e = b;
  while (e < lowered.size() && facts::is_word_byte(static_cast<unsigned char>(lowered[e]))) ++e;
  return is_coword("one_country", lowered.substr(b, e - b));
}

// "met … to discuss supply chain cooperation and the CPTPP": a bloc that is an agreement (its code
// in class "pact_bloc") named after a verb of discussing, with no "with" between, is what the talks are
// about, no side of them.
bool EventsStage::discussed_pact(const Doc& doc, const Span& sentence, const facts::Place& p) const {
  if (p.span.in_title || !p.bloc || !is_coword("pact_bloc", facts::lower(p.code)))
    return false;
  const std::string_view lead = doc.lowered({sentence.begin, p.span.begin, false});
  const size_t at = lead.rfind("discuss");
  if (at == std::string_view::npos) return false;
  const std::string_view after = lead.substr(at);
  return after.find(" with ") == std::string_view::npos && after.find_first_of(";.") == std::string_view::npos;
}

static bool names_pact(const Doc& doc, const facts::Place& p) {
  if (!p.bloc) return false;
  // "discussing the implementation of the CPTPP": the bloc's pact is what is put into effect. So
  // is one used or traded under ("agreeing to make better use of the CPTPP", "opportunities under
  // the RCEP").
  // In a title too ("Vietnam and Canada agree to boost trade under CPTPP").
  // The code in brackets after the pact's full name ("make the most of the Comprehensive and
  // Progressive Agreement for Trans-Pacific Partnership (CPTPP)") is read from the name's start.
  size_t anchor = p.span.begin;
  {
    const std::string_view all = p.span.in_title ? std::string_view(doc.title) : std::string_view(doc.body);
    if (anchor >= 2 && all.substr(anchor - 2, 2) == " (") {
      size_t at = anchor - 2, start = anchor;
      while (at > 0) {
        size_t b = at;
        while (b > 0 && all[b - 1] != ' ') --b;
        const std::string_view w = all.substr(b, at - b);
        const bool joins = w == "and" || w == "for" || w == "of" || w == "on" || w == "in";
        if (w.empty() || (!facts::is_upper(w[0]) && !joins)) break;
        if (!joins) start = b;
        if (b == 0) break;
        at = b - 1;
      }
      if (start < anchor) anchor = start;
    }
  }
  if (anchor >= 7) {
    std::string_view lead = doc.lowered({static_cast<uint32_t>(anchor >= 22 ? anchor - 22 : 0), static_cast<uint32_t>(anchor), p.span.in_title});
    if (lead.ends_with("the ")) lead.remove_suffix(4);
    for (std::string_view w : {"implementation of ", " use of ", "utilization of ", "utilisation of ", " under ",
                               "the most of "})
      if (lead.ends_with(w)) return true;
  }
  if (p.span.in_title) return false;
  const std::string_view text = doc.body;
  auto dash = [](std::string_view s) { return s.starts_with("-") || s.starts_with("\xE2\x80\x93"); };
  std::string_view rest = text.substr(p.span.end, 48);
  if (dash(rest)) {
    // The first of the pair: past the dash and the second name's word.
    rest.remove_prefix(rest[0] == '-' ? 1 : 3);
    const size_t sp = rest.find(' ');
    if (sp == std::string_view::npos) return false;
    rest.remove_prefix(sp);
  } else if (p.span.begin == 0 || !(text[p.span.begin - 1] == '-' ||
                                    (p.span.begin >= 3 && dash(text.substr(p.span.begin - 3, 3))))) {
    return false;
  }
  for (std::string_view pact : {" FTA", " CEPA", " EPA", " free trade", " Free Trade"})
    if (rest.starts_with(pact)) return true;
  return false;
}

bool EventsStage::names_subject(const Doc& doc, const Span& sentence, const facts::Place& p) const {
  const std::string_view text = p.span.in_title ? std::string_view(doc.title) : std::string_view(doc.body);
  const uint32_t sb = p.span.in_title ? 0 : sentence.begin;
  const uint32_t se = p.span.in_title ? static_cast<uint32_t>(doc.title.size()) : sentence.end;
  const uint32_t lo = p.span.begin >= 80 ? std::max(sb, p.span.begin - 80) : sb;
  // Back over the list's earlier items (capitalized words, commas, "and", "the"), word by word
  // from the place backwards, comparing without lower-cased copies.
  const std::string_view seg = text.substr(lo, p.span.begin - lo);
  // The last space-separated word of seg[0, e), with *b set to where it starts; empty if none.
  auto word_before = [&](size_t e, size_t* b) -> std::string_view {
    while (e > 0 && seg[e - 1] == ' ') --e;
    if (e == 0) return {};
    const size_t sp = seg.rfind(' ', e - 1);
    *b = sp == std::string_view::npos ? 0 : sp + 1;
    return seg.substr(*b, e - *b);
  };
  size_t b = 0;
  // Not in a headline, whose capitals hide which words are places ("K-FEZ Expands Investment
  // Outreach to Japanese Port and Logistics Companies": the companies are the outreach's side).
  if (!p.span.in_title && private_group_after(text, doc.lowered_text(p.span.in_title), p.span.end, se)) return true;
  // "pledged to address overcapacity in China's steel and electric vehicle sectors", "concerns over
  // Japan's export controls": a government named with a possessive as the object of a preposition
  // of concern (class "concern_of") is what the sentence speaks of, not a side of the event.
  if (const std::string_view after = text.substr(p.span.end, 4); after.starts_with("'s ") || after == "\xE2\x80\x99s") {
    const std::string w = facts::lower(word_before(seg.size(), &b));
    if (is_coword("concern_of", w)) return true;
  }
  // The word before the place, past "the".
  // "met on Thursday … as U.S. tariffs weigh on the region", "amid China's export curbs": a
  // government a backdrop clause (class "backdrop") opens with is the setting, no side. Not in a
  // list ("such as Japan", "as well as Korea").
  // "the biggest deal the UK has done since leaving the EU", "after it withdrew from the TPP": a
  // government or bloc the sentence's side departs from (class "departed", "from" allowed after
  // it) is no side of the event either.
  {
    size_t b1 = 0, b2 = 0;
    std::string_view w = word_before(seg.size(), &b1);
    if (ascii_ieq(w, "the")) w = word_before(b1, &b1);
    if (!w.empty() && w.size() <= 8 && is_coword("backdrop", facts::lower(w))) {
      const std::string_view prev = word_before(b1, &b2);
      if (!ascii_ieq(prev, "such") && !ascii_ieq(prev, "well")) return true;
    }
    if (ascii_ieq(w, "from")) w = word_before(b1, &b1);
    if (!w.empty() && w.size() <= 11 && is_coword("departed", facts::lower(w))) return true;
    // "as Beijing seeks to shore up ties in the face of U.S. tariffs", "in the wake of China's export
    // curbs": a backdrop phrase of several words (class "backdrop_phrase") sets the scene too.
    std::string_view lead = doc.lowered_text(p.span.in_title).substr(lo, p.span.begin - lo);
    if (lead.ends_with("the ")) lead.remove_suffix(4);
    // "… agreed to extend the moratorium despite objections from Indian and Indonesian officials": a
    // place in a clause a backdrop word other than "as" opens, no comma between, is the setting.
    {
      std::string_view clause = lead;
      if (const size_t stop = facts::last_clause_break(clause); stop != std::string_view::npos) clause.remove_prefix(stop + 1);
      for (const auto& bw : words("backdrop"))
        if (bw != "as" && facts::has_word(clause, bw)) return true;
    }
    for (const auto& ph : words("backdrop_phrase"))
      if (lead.size() > ph.size() + 1 && lead.back() == ' ' && lead.substr(0, lead.size() - 1).ends_with(ph) &&
          lead[lead.size() - ph.size() - 2] == ' ')
        return true;
  }
  for (std::string_view w = word_before(seg.size(), &b); !w.empty(); w = word_before(b, &b)) {
    // "trade relations with the United States and China", "Minister for Economic Cooperation with
    // Russia": what the talks or the office are about.
    if (ascii_ieq(w, "with")) {
      size_t pb = 0;
      const std::string_view prev = word_before(b, &pb);
      if (!prev.empty()) return ascii_ieq(prev, "relations") || ascii_ieq(prev, "ties") || ascii_ieq(prev, "cooperation");
    }
    // "decided to begin an accession process for Uruguay, while the accession of Costa Rica …":
    // a country named as the one joining is what the members decide on, not their counterpart.
    if (ascii_ieq(w, "of") || ascii_ieq(w, "for")) {
      size_t pb = 0;
      std::string_view prev = word_before(b, &pb);
      if (ascii_ieq(prev, "process")) prev = word_before(pb, &pb);
      if (ascii_ieq(prev, "accession")) return true;
      break;
    }
    if (ascii_ieq(w, "and") || ascii_ieq(w, "the") || w == ",") continue;
    if (!facts::is_upper(w[0]) && !(static_cast<unsigned char>(w[0]) >= 0x80)) break;
  }
  // The second of a dashed pair: "EU–US … relations".
  const std::string_view lead = text.substr(sb, p.span.begin - sb);
  if (!(lead.ends_with("\xE2\x80\x93") || lead.ends_with("-") || lead.ends_with("\xE2\x80\x94"))) return false;
  std::string_view rest = text.substr(p.span.end, se - p.span.end);
  for (int k = 0; k < 8 && !rest.empty(); ++k) {
    while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
    const size_t sp = rest.find(' ');
    const std::string_view w = rest.substr(0, sp);
    if (w.size() >= 9 && ascii_ieq(w.substr(0, 9), "relations")) return true;
    const bool joined = ascii_ieq(w, "and") || ascii_ieq(w, "trade") || ascii_ieq(w, "economic") ||
                        ascii_ieq(w, "bilateral") ||
                        (!w.empty() && (facts::is_upper(rest[0]) || static_cast<unsigned char>(rest[0]) >= 0x80));
    if (!joined || sp == std::string_view::npos) break;
    rest.remove_prefix(sp);
  }
  return false;
}

// The capitalized words (one to three) after the first " in " past body offset `from` in the
// sentence, no comma between, a date right before or after them ("in Mombasa on Thursday"), when no mention of a
// place, body, person or date covers them and none holds a digit: a place the text does not know.
// Empty when there is none.
std::string_view unknown_city_after(const Doc& doc, const Span& sentence, uint32_t from) {
  const std::string_view text = doc.body.substr(0, sentence.end);
  const size_t in = text.find(" in ", from);
  // Within the event word's clause: "…, with the first round to be held in Dhaka" places another.
  if (in == std::string_view::npos || text.substr(from, in - from).find_first_of(",;") != std::string_view::npos)
    return {};
  const size_t b = in + 4;
  size_t e = b;  // the end of the last capitalized word
  for (size_t at = b, words = 0; words < 3 && at < text.size() && facts::is_upper(text[at]); ++words) {
    size_t we = at;
    while (we < text.size() && text[we] != ' ' && text[we] != ',' && text[we] != '.') {
      if (facts::is_digit(text[we])) return {};
      ++we;
    }
    e = we;
    at = we + 1;
    if (we >= text.size() || text[we] != ' ') break;
  }
  if (e == b) return {};
  // Dated right beside: "in Mombasa on Thursday", "on Thursday in Mombasa".
  bool dated = false;
  for (const auto& d : doc.x.dates)
    if (!d.span.in_title && ((d.span.begin >= e && d.span.begin <= e + 4) || (d.span.end <= in && d.span.end + 1 >= in)))
      dated = true;
  if (!dated) return {};
  const auto covers = [&](const Span& sp) { return !sp.in_title && sp.begin < e && b < sp.end; };
  for (const auto* list : {&doc.x.countries, &doc.x.blocs})
    for (const auto& m : *list)
      for (const auto& sp : m.spans)
        if (covers(sp)) return {};
  for (const auto& o : doc.x.organizations)
    for (const auto& sp : o.spans)
      if (covers(sp)) return {};
  for (const auto& p : doc.x.people)
    for (const auto& sp : p.spans)
      if (covers(sp)) return {};
  for (const auto& d : doc.x.dates)
    if (covers(d.span)) return {};
  return text.substr(b, e - b);
}

void EventsStage::fill_details(const Doc& doc, Event& ev, const Span& sentence, const Candidate& trig,
                               const std::string& reporter) const {
  std::string_view text = doc.body;
  ev.name = facts::proper_name(text, trig.begin, trig.end, ordinals_.get(), &ev.ordinal);
  if (!ev.ordinal && !ev.name.empty() && !sentence.in_title) ev.ordinal = counted_sitting(doc, sentence, ev.name, trig);
  // "GCC Secretary General Jasem Albudaiwi signed", "the EFTA States and Thailand entered into
  // force": capitalized words before a lower-case verb are its subject, not a name. Only a name
  // the trigger opens ("Signing of the …") is one.
  // So are those before a trigger that opens with a verb ("Minister Gan Kim Yong met with", "the
  // G20 met in Brasilia"): a name ends in a noun.
  if (trig.end <= text.size() && !facts::is_upper(text[trig.begin]) &&
      !std::string_view(ev.name).starts_with(text.substr(trig.begin, trig.end - trig.begin))) {
    if (trig.needs_word || verb_first(doc.lowered({trig.begin, trig.end, false}))) ev.name.clear();
  }
  const std::string_view ls = doc.lowered(sentence);
  // City: the first known city in the sentence; its country is where the event takes place.
  auto cities = cities_->match(doc, sentence);
  // "Singapore's Minister", "Hong Kong's Chief Executive": a possessive city-state names a
  // government, not the place the event is held.
  // Nor does one closing a person's title ("Gan Kim Yong, Minister for Trade and Industry,
  // Singapore", "… Minister for Trade and Industry of Singapore").
  std::erase_if(cities, [&](const facts::Hit& h) {
    const std::string_view rest = ls.substr(std::min<size_t>(h.end, ls.size()));
    if (rest.starts_with("'s ") || rest.starts_with("\u2019s ")) return true;
    // "the upcoming Expo 2020 Dubai": a city closing a name after its year.
    if (h.begin >= 5) {
      const std::string_view raw = sentence.in_title ? std::string_view(doc.title) : std::string_view(doc.body);
      const size_t at = (sentence.in_title ? 0 : sentence.begin) + h.begin;
      const std::string_view year = raw.substr(at - 5, 4);
      if (raw[at - 1] == ' ' && std::all_of(year.begin(), year.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
          name_word_before(raw, at - 5))
        return true;
    }
    // "on Wednesday June 30th Taipei time": a clock, not a place.
    if (rest.starts_with(" time") && (rest.size() == 5 || !(rest[5] >= 'a' && rest[5] <= 'z'))) return true;
    // "launched negotiations …, with the first round to be held in Dhaka in May": a city after a
    // later round or sitting the sentence goes on to name is where that one is held, not this.
    if (!sentence.in_title && trig.end >= sentence.begin && trig.end <= sentence.begin + h.begin) {
      // Only past a clause break ("…, with the first round …"): "launched negotiations during the
      // first round held in Manila" launches them at that round.
      std::string_view between = ls.substr(trig.end - sentence.begin, h.begin - (trig.end - sentence.begin));
      const size_t comma = between.find(',');
      between = comma == std::string_view::npos ? std::string_view() : between.substr(comma);
      const std::string_view own = ls.substr(std::min<size_t>(trig.begin - sentence.begin, ls.size()),
                                             trig.end - trig.begin);
      if (own.find("round") == std::string_view::npos && own.find("next") == std::string_view::npos &&
          (facts::has_word(between, "round") || between.find("next meeting") != std::string_view::npos ||
           between.find("next session") != std::string_view::npos))
        return true;
    }
    // "sources in Tel Aviv said", "diplomats in Brussels": where the people are, not the event.
    const std::string_view lead = ls.substr(0, std::min<size_t>(h.begin, ls.size()));
    if (lead.ends_with(" in ")) {
      const std::string_view head = lead.substr(0, lead.size() - 4);
      const size_t ws = head.rfind(' ');
      if (has_coword("sources_in", head.substr(ws == std::string_view::npos ? 0 : ws + 1))) return true;
    }
    // "after Ottawa tightened its steel import rules", "Washington has raised tariffs": a city
    // doing what a government does stands for that government, not the event's venue.
    if (const std::string_view verb = word_after(ls, h.end); has_coword("government_act", verb) ||
        (has_coword("government_aux", verb) && has_coword("government_act", word_after(ls, h.end + 1 + verb.size()))))
      return true;
    // A city opening a person's name ("led by Foreign Minister Santiago Cafiero") is a given
    // name, not where the event takes place.
    const uint32_t at = sentence.begin + static_cast<uint32_t>(h.begin);
    for (const auto& p : doc.x.people)
      for (const auto& sp : p.spans)
        if (sp.in_title == sentence.in_title && sp.begin <= at && at < sp.end) return true;
    if (sentence.in_title) return false;
    // "Shanghai Securities News: The first China-Central Asia Summit was held … in Xi'an", "Shenzhen
    // TV: Recently, MOFCOM … co-hosted the … Expo": a city opening a transcript's turn label, the
    // capitalized words of a news outlet's name up to its colon, names the outlet, not the place.
    if (h.begin == 0) {
      const std::string_view raw = doc.body.substr(sentence.begin + h.end, 40);
      // One word at least before the colon: a colon right after the city is a dateline's
      // ("SINGAPORE: Singapore will host …").
      size_t k = 0;
      int words = 0;
      for (; words < 3 && k + 1 < raw.size() && raw[k] == ' ' && raw[k + 1] >= 'A' && raw[k + 1] <= 'Z'; ++words)
        for (++k; k < raw.size() && raw[k] != ' ' && raw[k] != ':'; ++k) {}
      if (words > 0 && k < raw.size() && raw[k] == ':') return true;
    }
    // "co-chair the 2nd Singapore-Vietnam Connectivity … Ministers' Meeting": a city-state joined
    // by a dash to another side names that side, not where anything is held.
    if (city_state(doc, at)) {
      const std::string_view raw = doc.body.substr(at, h.end - h.begin + 4);
      const size_t len = h.end - h.begin;
      const bool dash_after = raw.size() > len && (raw[len] == '-' || raw.substr(len).starts_with("\u2013"));
      const bool dash_before = at >= 1 && (doc.body[at - 1] == '-' || (at >= 3 && doc.body.substr(at - 3, 3) == "\u2013"));
      if (dash_after || dash_before) return true;
    }
    // A city inside an organization's name ("the Ottawa Group", "the Cairns Group") is its name.
    for (const auto& o : doc.x.organizations)
      for (const auto& sp : o.spans)
        if (!sp.in_title && sp.begin <= at && at < sp.end) return true;
    return city_state(doc, at) && closes_title(doc, ls.substr(0, h.begin), ls.substr(0, h.end));
  });
  if (!cities.empty()) {
    // A wire dateline ("CANBERRA, Feb 6 (Reuters) - … a meeting … in Beijing") is where the
    // story was filed: a city the sentence places the event "in" comes first.
    // So does one the sentence places it "in" when the first city only pairs with another place
    // in a name ("the Sri Lanka-Singapore Business Forum held in Colombo").
    const facts::Hit* pick = &cities.front();
    const auto dash_at = [&](size_t pos) {
      return (pos < ls.size() && ls[pos] == '-') || ls.substr(std::min(pos, ls.size()), 3) == "\u2013" ||
             (pos >= 2 && ls.substr(pos - 2, 3) == "\u2013");
    };
    const bool paired = (pick->begin >= 1 && dash_at(pick->begin - 1)) || dash_at(pick->end);
    // "SANTIAGO - … will lead a trade mission to New Delhi next week": a city the sentence sends
    // the people of the event "to" comes before the dateline's too.
    const auto sent_to = [&](const facts::Hit& c) {
      // "New Delhi: … will visit Riyadh, Saudi Arabia on 28-29 October": the city visited.
      if (c.begin >= 2 && ls[c.begin - 1] == ' ') {
        const std::string_view lead = ls.substr(0, c.begin - 1);
        const size_t ws = lead.rfind(' ');
        if (has_coword("visit_city", lead.substr(ws == std::string_view::npos ? 0 : ws + 1))) return true;
      }
      if (c.begin < 8 || ls.substr(c.begin - 4, 4) != " to ") return false;
      // The word before "to", or one a few words back whose "of …" or "by …" phrase runs up to it
      // ("a delegation of 40 Thai companies to Riyadh", "during a visit by Prime Minister Keir
      // Starmer to Mumbai"); no further back than a comma.
      std::string_view before = ls.substr(0, c.begin - 4);
      std::string_view later;  // the word after the one looked at
      for (int words = 0; words < 7 && !before.empty(); ++words) {
        const size_t ws = before.rfind(' ');
        const std::string_view w = before.substr(ws == std::string_view::npos ? 0 : ws + 1);
        if (w.empty() || w.back() == ',') return false;
        if ((words == 0 || later == "of" || later == "by") && has_coword("travel_to", w)) return true;
        if (ws == std::string_view::npos) return false;
        later = w;
        before = before.substr(0, ws);
      }
      return false;
    };
    // "in Nusa Dua, Bali": a known city after the place's own capitalized words and a comma is
    // placed "in" too.
    const std::string_view raw = sentence.in_title ? std::string_view(doc.title) : doc.body.substr(sentence.begin);
    const auto placed_in = [&](const facts::Hit& c) {
      if (c.begin >= 3 && ls.substr(c.begin - 3, 3) == "in ") return true;
      if (c.begin < 7 || ls.substr(c.begin - 2, 2) != ", ") return false;
      size_t b = c.begin - 2;
      for (int words = 0; words < 3; ++words) {
        const size_t ws = ls.rfind(' ', b - 1);
        if (ws == std::string_view::npos || ws + 1 >= b || !facts::is_upper(raw[ws + 1])) return false;
        if (ws >= 3 && ls.substr(ws - 3, 4) == " in ") return true;
        b = ws;
      }
      return false;
    };
    if (pick->begin <= 2 || paired)
      for (const auto& c : cities)
        if (placed_in(c) || (pick->begin <= 2 && !paired && sent_to(c))) {
          pick = &c;
          break;
        }
    const auto& h = *pick;
    ev.city = h.phrase->original;  // "AREQUIPA, PERU –" datelines name "Arequipa"
    ev.country = h.phrase->value();
    // "SINGAPORE: … will be in the United States from Wednesday", "DUBAI: A delegation traveled
    // to Spain": a dateline city, when the sentence sends the event to another country, is only
    // where the story was filed.
    // Only for gatherings and trips: a ruling or a release of figures names goods "produced in"
    // other countries, not where it was made.
    const bool gathering = !same(ev.type, "decision") && !same(ev.type, "statistics") &&
                           !same(ev.type, "announcement") && !same(ev.type, "investment");
    if (gathering && h.begin <= 2 && !sentence.in_title && sentence.begin == 0) {
      for (const auto& p : facts::places_in(doc, sentence)) {
        if (p.bloc || p.code == ev.country || p.span.begin < sentence.begin + 4) continue;
        std::string_view before = doc.lowered({sentence.begin, p.span.begin, false});
        if (before.ends_with("the ")) before.remove_suffix(4);
        // "steel produced in China", "made in Japan": where goods come from, not where people go.
        const std::string_view near = before.substr(before.size() > 20 ? before.size() - 20 : 0);
        bool sent = before.ends_with(" in ") && !facts::has_word(near, "produced") && !facts::has_word(near, "made");
        if (!sent && before.ends_with(" to ")) {
          before.remove_suffix(4);
          const size_t ws = before.rfind(' ');
          sent = has_coword("travel_to", before.substr(ws == std::string_view::npos ? 0 : ws + 1));
        }
        if (sent) {
          ev.city.clear();
          ev.country = p.code;
          break;
        }
      }
    }
    // "NAIROBI – … signed the agreement in Mombasa on Thursday": capitalized words the sentence
    // places a gathering "in" after its event word, no place, body, person or date the text
    // knows, name a city the gazetteer lacks; the dateline is only where the story was filed.
    if (gathering && h.begin <= 2 && ev.city == h.phrase->original && !sentence.in_title && sentence.begin == 0 &&
        trig.end > sentence.begin) {
      const std::string_view unknown = unknown_city_after(doc, sentence, trig.end);
      // Words the gazetteer knows were weighed above.
      if (!unknown.empty() && cities_->match(facts::lower(unknown)).empty()) {
        ev.city = std::string(unknown);
        ev.country.clear();
      }
    }
    // "WASHINGTON – … Katherine Tai today met virtually with …": a call or a video meeting is held
    // nowhere; the dateline is only where the release was issued.
    // A ceremony or a conference held online still has a host ("Ghana hosting a virtual launch").
    if (same(ev.type, "meeting") && h.begin <= 2 && !sentence.in_title && sentence.begin == 0) {
      const uint32_t from = trig.begin > sentence.begin + 24 ? trig.begin - 24 : sentence.begin;
      if (has_coword("remote", doc.lowered({from, std::min(trig.end + 24, sentence.end), false}))) {
        ev.city.clear();
        ev.country.clear();
      }
    }
  } else if (!sentence.in_title) {
    // "in the Japanese city of Tsukuba": a city the sentence names as a country's, known to the
    // gazetteer or not.
    for (const auto& p : facts::places_in(doc, sentence))
      if (const std::string_view city = city_named_after(doc, p); !city.empty()) {
        ev.city = std::string(city);
        ev.country = p.code;
        break;
      }
    // "in Cali, Colombia": capitalized words placed "in" before a country are a city of it,
    // known to the gazetteer or not.
    for (const auto& p : facts::places_in(doc, sentence)) {
      if (!ev.city.empty()) break;
      if (p.bloc || facts::is_region(p.code) || p.span.begin < sentence.begin + 6) continue;
      const std::string_view lead = doc.body.substr(sentence.begin, p.span.begin - sentence.begin);
      if (!lead.ends_with(", ")) continue;
      size_t b = lead.size() - 2, words = 0;
      while (words < 3) {
        size_t ws = lead.rfind(' ', b - 1);
        ws = ws == std::string_view::npos ? 0 : ws + 1;
        if (ws >= b || !facts::is_upper(lead[ws])) break;
        b = ws;
        ++words;
        // "in " as a word: not a name's own "bin " ("Majid bin Abdullah Al Kassabi, Saudi Minister").
        if (ws >= 3 && lead.substr(ws - 3, 3) == "in " && (ws == 3 || lead[ws - 4] == ' ')) {
          const std::string_view city = lead.substr(ws, lead.size() - 2 - ws);
          if (city.find(',') != std::string_view::npos) break;
          ev.city = std::string(city);
          ev.country = p.code;
          break;
        }
        if (ws == 0) break;
        b = ws - 1;
      }
      if (!ev.city.empty()) break;
    }
  }
  // "The sixth round of negotiations will be hosted by Thailand from June 23-27": a gathering a
  // country hosts, with no city named, takes place in that country. Only the event word's own
  // clause says so ("spoke with …, before the … meeting …, hosted by the United States" hosts the
  // other meeting).
  if (ev.city.empty() && ev.country.empty() && !sentence.in_title &&
      (same(ev.type, "meeting") || same(ev.type, "conference") || same(ev.type, "negotiation")))
    for (const auto& p : facts::places_in(doc, sentence)) {
      if (p.bloc || facts::is_region(p.code) || p.span.begin < trig.end || p.span.begin > trig.end + 48) continue;
      std::string_view before = doc.lowered({trig.end, p.span.begin, false});
      if (before.find_first_of(",;") != std::string_view::npos) continue;
      if (before.ends_with("the ")) before.remove_suffix(4);
      if (before.ends_with(" hosted by ")) {
        ev.country = p.code;
        break;
      }
    }
  // Venue: "at <Capitalized words>" in the sentence.
  for (size_t at : facts::find_words(ls, "at")) {
    // The venue follows the event word ("held the Forum … at The Shilla Seoul"); an "at" before
    // it belongs to someone's title ("Deputy Minister at the Ministry of …").
    if (sentence.begin + at < trig.begin) continue;
    size_t p = sentence.begin + at + 3;
    if (p >= sentence.end) break;
    std::string_view rest = text.substr(p, sentence.end - p);
    if (rest.substr(0, 4) == "the ") rest.remove_prefix(4), p += 4;
    if (rest.empty() || !is_upper(rest[0])) continue;
    // "… Deputy Minister for the … Sector at Innovation, Science and Economic Development Canada":
    // an "at" right after a person's title names where that person works, not a venue.
    const std::string_view before = text.substr(0, sentence.begin + at);
    bool after_title = false;
    for (const auto& person : doc.x.people) {
      std::string_view t = facts::trim(person.title);
      std::string_view b = facts::trim(before);
      after_title |= !t.empty() && b.size() >= t.size() && b.substr(b.size() - t.size()) == t;
    }
    if (after_title) continue;
    size_t e = 0;
    while (e < rest.size()) {
      size_t we = rest.find(' ', e);
      if (we == std::string_view::npos) we = rest.size();
      std::string_view w = rest.substr(e, we - e);
      bool cap = !w.empty() && (is_upper(w[0]) || w[0] == '&' || w[0] == '(');
      std::string lw = facts::lower(w);
      // A name's particle between two capitalized words ("Palácio do Planalto", "Palacio de
      // Torre Tagle"): part of the venue's name.
      const bool particle = e > 0 && particles_.count(lw) && we + 1 < rest.size() && is_upper(rest[we + 1]);
      // "the Great Hall of the People": an article after "of", before a capitalized word.
      const bool article = lw == "the" && rest.substr(0, e).ends_with(" of ") && we + 1 < rest.size() && is_upper(rest[we + 1]);
      if (!cap && !particle && !article && !name_joiner(lw)) break;
      bool stop = w.back() == ',' || w.back() == '.' || w.back() == ';';
      e = we;
      if (stop) break;
      ++e;
    }
    std::string_view venue = facts::trim(rest.substr(0, std::min(e, rest.size())));
    // A joining word that joined nothing ends no name ("at the Palacio de La Moneda for the XVII
    // Summit").
    for (size_t sp; (sp = venue.rfind(' ')) != std::string_view::npos;) {
      const std::string tail = facts::lower(venue.substr(sp + 1));
      if (!name_joiner(tail) && tail != "the") break;
      venue = facts::trim(venue.substr(0, sp));
    }
    // A city or a weekday is not a venue.
    std::string lv = facts::lower(venue);
    auto vc = cities_->match(lv);
    if (venue.empty() || (!vc.empty() && vc.front().begin == 0 && vc.front().end == lv.size())) continue;
    static constexpr std::string_view kDays[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                                 "sunday"};
    bool weekday = false;
    for (auto d : kDays) weekday |= lv.rfind(d, 0) == 0;
    if (weekday) continue;
    // "met at the APEC summit", "at the G20 leaders' meeting": capitalized words right before an
    // event noun name the gathering, not the place it is held in.
    {
      const size_t vend = p + venue.size() - sentence.begin;
      bool names_gathering = false;
      for (const auto& h : triggers_.match(doc, sentence))
        if (h.begin == vend + 1 && ls.substr(vend, 1) == " ") names_gathering = true;
      if (names_gathering) continue;
    }
    // "Lotte Hotel World in Seoul" → the venue stops before " in <City>".
    ev.venue = std::string(venue);
    break;
  }
  add_partners(doc, ev, sentence, trig, reporter);
  // A spokesperson named as the source ("…, commerce ministry spokesperson He Yadong said on
  // Monday") reports the event, no participant of it.
  for (const auto* p : facts::people_in(doc, sentence))
    if (p->title.empty() || !has_coword("reporting_title", facts::lower(p->title))) facts::push_unique(ev.participants, p->name);
}

// "BANGKOK (Reuters) - Japan hosted the trilateral meeting with China and South Korea …": the country
// that is the subject of "hosted"/"hosts" before the event word; copy that speaks for no side takes
// its side, and those it hosts are the counterparts. Empty when none.
std::string EventsStage::host_of(const Doc& doc, const Span& sentence, const Candidate& trig) {
  if (sentence.in_title) return {};
  for (const auto& p : facts::places_in(doc, sentence)) {
    if (p.bloc || p.span.in_title || p.span.end > trig.begin) continue;
    const std::string_view after = doc.lowered({p.span.end, std::min(p.span.end + 12, sentence.end), false});
    auto hosting = [](std::string_view a) {
      return a.starts_with(" hosted ") || a.starts_with(" hosts ") || a.starts_with(" received ") || a.starts_with(" receives ");
    };
    if (hosting(after)) return p.code;
    // "Brazil's Vice President Geraldo Alckmin received Mexico's Economy Minister …": the country's
    // official who receives or hosts, a possessive then capitalized words (a title and a name),
    // takes the country's side.
    const std::string_view raw = std::string_view(doc.body).substr(p.span.end, std::min(p.span.end + 120, sentence.end) - p.span.end);
    size_t at = raw.starts_with("'s ") ? 3 : raw.starts_with("\xE2\x80\x99s ") ? 5 : 0;
    if (at == 0) continue;
    for (int words = 0; words < 12 && at < raw.size(); ++words) {
      const size_t we = std::min(raw.find(' ', at), raw.size());
      const std::string_view w = raw.substr(at, we - at);
      if (w.empty() || !(facts::is_upper(w[0]) || w == "of" || w == "and" || w == "for" || w == "the")) break;
      if (w.find_first_of(",;:") != std::string_view::npos) break;
      if (hosting(doc.lowered({static_cast<uint32_t>(p.span.end + we), std::min(p.span.end + static_cast<uint32_t>(we) + 12, sentence.end), false})))
        return trig.begin > p.span.end + we ? p.code : std::string();
      at = we + 1;
    }
  }
  return {};
}

void EventsStage::add_partners(const Doc& doc, Event& ev, const Span& sentence, const Candidate& trig,
                               const std::string& reporter) const {
  // Partners: countries and blocs the sentence names, other than the reporter, a country named
  // only as where the event takes place ("to be held in Geneva, Switzerland", "scheduled for
  // March 2026 in Cameroon") and those named only as what the talks are about ("to discuss
  // trade relations with the United States and China").
  // A bloc that names another gathering ("met … on the margins of the joint meeting of the APEC
  // Ministers", "commended her leadership as host of this year's APEC ministerial meeting") is the
  // occasion, not a counterpart, when a country of the sentence is one.
  const auto places = facts::places_in(doc, sentence);
  std::vector<std::string> occasions;
  // "SINGAPORE (Reuters) - Japan hosted …": a place of the dateline is where the story was filed.
  const size_t filed_end = sentence.in_title || sentence.begin > 0 ? 0 : doc.dateline_end();
  const std::string host = reporter.empty() ? host_of(doc, sentence, trig) : std::string();
  for (const auto& code : facts::distinct_codes(places)) {
    if (code == reporter || code == host) continue;
    bool counterpart = false, occasion = false;
    for (const auto& p : places)
      if (p.code == code && (p.span.in_title || p.span.end > filed_end) && !names_venue(doc, ev, sentence, p) &&
          !names_subject(doc, sentence, p) &&
          !in_description(doc, sentence, p) && !in_project_name(doc, p) && !in_law_name(doc, p) &&
          !describes_one_country(doc, p) && !in_member_list(doc, sentence, p))
        (names_occasion(doc, sentence, trig, p) || names_pact(doc, p) || discussed_pact(doc, sentence, p) ? occasion
                                                                                                        : counterpart) = true;
    if (counterpart) facts::push_unique(ev.partners, code);
    else if (occasion) occasions.push_back(code);
  }
  if (ev.partners.empty())
    for (const auto& code : occasions) facts::push_unique(ev.partners, code);
}

// An undated sentence that reports a numbered session being held ("the two sides held the fourth
// Korea–Canada FTA Joint Committee meeting") reports one of the occasion, on the primary's day.
void EventsStage::add_numbered_session(Doc& doc, const Span& sentence, std::string_view lowered,
                                       const std::vector<Candidate>& cands, const Event& primary,
                                       const std::string& reporter) const {
  // The verbs of holding (class "session_verb", each as "held the "). Each verb's first place,
  // from one search for the " the " they all end with rather than a search of the sentence per verb.
  const auto& verbs = session_verbs_;
  constexpr std::string_view kTail = " the ";
  const size_t n = verbs.size();
  std::vector<size_t> first(n, std::string_view::npos);
  for (size_t at = lowered.find(kTail); at != std::string_view::npos; at = lowered.find(kTail, at + 1)) {
    const size_t end = at + kTail.size();
    for (size_t k = 0; k < n; ++k)
      if (first[k] == std::string_view::npos && end >= verbs[k].size() &&
          lowered.substr(end - verbs[k].size(), verbs[k].size()) == verbs[k])
        first[k] = end - verbs[k].size();
  }
  for (size_t k = 0; k < n; ++k) {
    const std::string_view verb = verbs[k];
    const size_t v = first[k];
    if (v == std::string_view::npos) continue;
    const uint32_t nb = sentence.begin + static_cast<uint32_t>(v + verb.size());
    // The session's number opens the name ("fourth", "4th").
    std::string_view next = lowered.substr(v + verb.size());
    next = next.substr(0, next.find(' '));
    if (!ordinal_word(next)) continue;
    // The last event word of the name, before any comma.
    const Candidate* last = nullptr;
    for (const auto& c : cands) {
      if (c.begin < nb || c.rank < 2 || c.end - nb > 100) continue;
      if (doc.body.substr(nb, c.begin - nb).find(", ") != std::string_view::npos) break;
      last = &c;
    }
    if (!last) continue;
    Event ev;
    ev.type = last->type;
    ev.start = ev.end = primary.start;
    ev.span = {last->begin, last->end, false};
    fill_details(doc, ev, sentence, *last, reporter);
    ev.name = std::string(doc.body.substr(nb, last->end - nb));
    std::optional<int> ordinal;
    facts::proper_name(ev.name, ev.name.size() - (last->end - last->begin), ev.name.size(), ordinals_.get(), &ordinal);
    ev.ordinal = ordinal;
    if (ev.city.empty()) ev.city = primary.city, ev.country = primary.country;
    for (const auto& e : doc.x.events)
      if (e.type == ev.type && e.name == ev.name) return;
    std::sort(ev.partners.begin(), ev.partners.end());
    if (doc.explain) doc.trace("events", ev.type + "@" + ev.start, "same occasion: a numbered session held", ev.span);
    doc.x.events.push_back(std::move(ev));
    return;
  }
}

// Whether a date is a bare year written as a modifier of the noun after it, past a determiner ("its
// 2020 ban", "the 2018 tariffs"), that noun not being the event's own word at `trigger`.
bool attributive_year(const Doc& doc, const DateMention& d, uint32_t trigger) {
  if (d.span.in_title || d.value.size() != 4 || d.span.end - d.span.begin != 4) return false;
  const std::string_view before = doc.lowered({d.span.begin >= 8 ? d.span.begin - 8 : 0u, d.span.begin, false});
  static constexpr std::string_view kDeterminers[] = {"its ", "their ", "the ", "his ", "her ", "our "};
  // The determiner a word of its own: the window starts the body, or a non-letter precedes it.
  auto determiner = [&](std::string_view w) {
    if (!before.ends_with(w)) return false;
    if (before.size() == w.size()) return true;
    const char c = before[before.size() - w.size() - 1];
    return !(c >= 'a' && c <= 'z');
  };
  if (std::none_of(std::begin(kDeterminers), std::end(kDeterminers), determiner)) return false;
  const std::string_view body = doc.body;
  if (d.span.end + 2 > body.size() || body[d.span.end] != ' ') return false;
  const char next = body[d.span.end + 1];
  return next >= 'a' && next <= 'z' && d.span.end + 1 != trigger;
}

void EventsStage::run(Doc& doc) const {
  // "GENEVA, May 11 (Reuters) - Chinese and U.S. negotiators met in Geneva …": agency copy from a
  // city of neither side speaks for no government; the country read from its lede is one side of
  // the event like the other, and a counterpart too. From a city of its own country ("BEIJING,
  // Oct 30 (Reuters) - …") the copy tells that government's side, and so does its own country's
  // agency anywhere ("LIMA, Nov. 15 (Yonhap) -- …"). A bloc's side is told from its members' cities.
  static const std::string kNoSide;
  bool third_city = false;
  const bool bloc_side = std::any_of(doc.x.blocs.begin(), doc.x.blocs.end(),
                                     [&](const CodeMention& m) { return m.code == doc.reporter; });
  if (!doc.reporter.empty() && !bloc_side && doc.agency_credit()) {
    const Span dateline{0, static_cast<uint32_t>(doc.dateline_end()), false};
    for (const auto& h : cities_->match(doc, dateline))
      if (!h.phrase->value().empty()) {
        third_city = h.phrase->value() != doc.reporter;
        break;
      }
    if (third_city)
      for (const auto& h : agencies_->match(doc, dateline)) third_city &= h.phrase->value() != doc.reporter;
  }
  const std::string& reporter = third_city ? kNoSide : doc.reporter;
  const SpanIndex blocs(doc.x.blocs);
  bool title_in_force = false;
  std::string want = title_type(doc, blocs, &title_in_force);
  bool weak_title = !want.empty() && want[0] == '~';
  if (weak_title) want = want.substr(1);

  struct SentenceHits {
    Span span;
    std::string_view lowered;
    std::vector<Candidate> cands;
  };
  std::vector<SentenceHits> hits;
  hits.reserve(doc.sentences.size());
  for (const auto& s : doc.sentences) {
    SentenceHits sh{s, doc.lowered(s), candidates(doc, s, title_in_force)};
    // The sentence's candidates offset into the body, those inside a bloc's name dropped, in place.
    for (auto& c : sh.cands) c.begin += s.begin, c.end += s.begin;
    std::erase_if(sh.cands, [&](const Candidate& c) { return in_bloc_name(blocs, c.begin, c.end, false); });
    hits.push_back(std::move(sh));
  }

  // The candidate of a sentence that a date there most likely belongs to: the strongest, then
  // the nearest to the date.
  // An event word the sentence names as the occasion of another ("met … today on the margins of
  // the meeting of the Economic Ministers") yields to the other among triggers of its rank.
  auto occasion = [&](const Candidate& c) {
    if (c.begin < 4) return false;
    const uint32_t from = c.begin > 28 ? c.begin - 28 : 0;
    const std::string_view lead = doc.lowered({from, c.begin, false});
    return lead.find("margins of") != std::string_view::npos || lead.find("sidelines of") != std::string_view::npos;
  };
  // "The meeting of the G7 trade ministers ended today with the ministers signing a joint
  // statement": a signing a gathering ended with (the class "closes_with" between the two, then
  // "with") is part of that gathering, which is the event of the sentence.
  auto closes_gathering = [&](const std::vector<Candidate>& cands, const Candidate& c) {
    if (!same(c.type, "agreement")) return false;
    for (const auto& g : cands) {
      if (g.end > c.begin || g.rank < 2 || (!same(g.type, "meeting") && !same(g.type, "conference"))) continue;
      if (c.begin - g.end > 96) continue;
      const std::string_view gap = doc.lowered({g.end, c.begin, false});
      const size_t with = gap.find(" with ");
      if (with != std::string_view::npos && has_coword("closes_with", gap.substr(0, with + 1))) return true;
    }
    return false;
  };
  // "… concluded consultations … and agreed to hold the next joint committee in 2026": a trigger
  // after "next" names the meeting planned after the one reported.
  auto next_one = [&](const Candidate& c) {
    return c.begin >= 5 && doc.lowered({c.begin - 5, c.begin, false}) == "next ";
  };
  auto pick = [&](const std::vector<Candidate>& cands, const DateMention* d, const std::string& type) {
    const Candidate* best = nullptr;
    long best_score = 0;
    for (const auto& c : cands) {
      if (!type.empty() && c.type != type) continue;
      long dist = d ? std::labs(static_cast<long>(d->span.begin) - static_cast<long>(c.begin)) : static_cast<long>(c.begin);
      long score = c.rank * 100000L - dist - (occasion(c) ? 50000L : 0L) - (closes_gathering(cands, c) ? 150000L : 0L) -
                   (next_one(c) ? 50000L : 0L);
      if (!best || score > best_score) {
        best = &c;
        best_score = score;
      }
    }
    return best;
  };

  // Primary event: the first sentence with a trigger of the title's kind, else the first
  // sentence with a strong trigger.
  int primary_idx = -1;
  const Candidate* primary_trig = nullptr;
  std::string type = weak_title ? "" : want;
  auto find_sentence = [&](const std::string& t, int min_rank) {
    for (size_t i = 0; i < hits.size(); ++i) {
      for (const auto& c : hits[i].cands) {
        if (c.rank >= min_rank && (t.empty() || c.type == t)) return static_cast<int>(i);
      }
    }
    return -1;
  };
  // A title reporting an entry into force ("… enters into force") is reported by the body's
  // sentence of entry into force, not by an earlier signing it recalls.
  if (title_in_force && same(type, "agreement")) {
    for (size_t i = 0; i < hits.size() && primary_idx < 0; ++i)
      for (const auto& c : hits[i].cands)
        if (c.in_force) primary_idx = static_cast<int>(i);
  }
  // "WTO MC14 to be held in Yaoundé" over "The General Council decided … that the 14th Ministerial
  // Conference (MC14) will take place in Yaoundé …": a title with no event word of its own that
  // names an event by the acronym the body gives it in parentheses reports that event.
  // (A '(' after a space: found by its own rare byte, not by a search that stops at every space.)
  auto spaced_paren = [&] {
    for (size_t p = doc.body.find('('); p != std::string_view::npos; p = doc.body.find('(', p + 1))
      if (p > 0 && doc.body[p - 1] == ' ') return true;
    return false;
  };
  if (primary_idx < 0 && (type.empty() || weak_title) && spaced_paren()) {
    const std::string_view tl = doc.lowered({0, static_cast<uint32_t>(doc.title.size()), true});
    for (size_t i = 0; i < hits.size() && primary_idx < 0; ++i)
      for (const auto& c : hits[i].cands) {
        if (c.rank < 2 || c.end + 4 > doc.body.size() || doc.body.substr(c.end, 2) != " (") continue;
        const size_t close = doc.body.find(')', c.end + 2);
        if (close == std::string_view::npos || close - c.end - 2 < 2 || close - c.end - 2 > 10) continue;
        const std::string_view acronym = doc.body.substr(c.end + 2, close - c.end - 2);
        if (!std::all_of(acronym.begin(), acronym.end(), [](char ch) { return is_upper(ch) || is_digit(ch); }) ||
            !facts::has_word(tl, facts::lower(acronym)))
          continue;
        primary_idx = static_cast<int>(i);
        primary_trig = &c;
        type = c.type;
        weak_title = false;
        break;
      }
  }
  if (primary_idx < 0 && !type.empty()) primary_idx = find_sentence(type, 1);
  // "Thai-EU trade talks gain ground" over "The fifth round of free trade agreement (FTA)
  // negotiations … made significant progress": talks the body words only as negotiations counted
  // in rounds are that round. ("… to launch FTA talks" over "agree to launch negotiations when
  // their leaders meet" stays the leaders' meeting.)
  if (primary_idx < 0 && same(type, "meeting") && facts::has_word(doc.lowered({0, static_cast<uint32_t>(doc.title.size()), true}), "talks")) {
    const int at = find_sentence("negotiation", 2);
    if (at >= 0 && !round_count(hits[at].lowered).empty()) primary_idx = at, type = "negotiation";
  }
  bool lede_dated = false;
  if (primary_idx < 0 && !type.empty()) {
    // The title's event has no word in the body ("… Exports Reach All-Time High"): the lede
    // reports it, dated by its own first date.
    lede_dated = true;
  }
  // A release of figures whose title says so ("Exports decline in April") while the body has no
  // word of that kind is reported by a sentence with another kind's word only where that sentence
  // gives figures ("rose 5.2% to $156.4 billion, Bolat said at a meeting … in Istanbul"). A
  // meeting or visit of a sentence without any ("will lead a delegation to Riyadh next week") is
  // an event of its own, and its city, counterparts and people are not the figures': the title
  // reports them.
  const bool figures_title = lede_dated && same(type, "statistics");
  auto gives_figures = [&](const Span& s) {
    auto in = [&](const auto& list) {
      return std::any_of(list.begin(), list.end(), [&](const auto& m) { return facts::inside(m.span, s); });
    };
    return in(doc.x.money) || in(doc.x.percents);
  };
  // "Korea-UK trade deal boosts exports of cars": a headline naming a pact (class "headline_pact")
  // with no word of a step of its own tells what the pact does, not a step taken; the body's step
  // ("after the two countries signed an upgraded trade deal in December", "since the agreement took
  // effect") is then the pact's history, and reports the news only when the sentence's date nearest
  // it is a day within a month of the release ("signed the upgraded deal in London on Monday").
  const bool pact_headline =
      want.empty() && has_coword("headline_pact", doc.lowered({0, static_cast<uint32_t>(doc.title.size()), true}));
  // A step "<span of time> after" or "since" which the sentence tells its news ("three years after the
  // two countries signed their CEPA", "have risen 40 percent since the agreement came into force") is
  // recalled whatever day the sentence gives.
  auto time_after = [&](const Span& sent, const Candidate& c) {
    std::string_view lead = doc.lowered({sent.begin, c.begin, false});
    if (const size_t stop = facts::last_clause_break(lead); stop != std::string_view::npos) lead.remove_prefix(stop + 1);
    for (std::string_view link : {" after ", " since "}) {
      const size_t k = lead.rfind(link);
      if (k == std::string_view::npos) continue;
      if (link == " since ") return true;
      const size_t ws = lead.rfind(' ', k - 1);
      if (is_coword("time_unit", lead.substr(ws == std::string_view::npos ? 0 : ws + 1, k - (ws == std::string_view::npos ? 0 : ws + 1))))
        return true;
    }
    return false;
  };
  auto recalled_step = [&](size_t i, const Candidate& c) {
    if (!pact_headline || !same(c.type, "agreement")) return false;
    if (time_after(hits[i].span, c)) return true;
    const long pub = doc.published.y ? facts::days_from_civil(doc.published) : 0;
    // The sentence's date nearest the step; a dateline's or a saying's day only when it has no other
    // ("…, the ministry said on Monday, after the two countries signed an upgraded agreement in
    // December"; "have initialled the text …, the minister said on Tuesday").
    const DateMention* near = nullptr;
    long best = -1;
    bool own = false;
    const uint32_t dateline_end = facts::words_begin(doc, doc.sentences.front());
    // A date of the step's own clause before one a comma sets off ("The pact, which was signed in
    // February 2018, entered into force on 11 February").
    auto clause_mate = [&](const DateMention* d) {
      const Span gap = d->span.end <= c.begin ? Span{d->span.end, c.begin, false} : Span{c.end, std::max(c.end, d->span.begin), false};
      return doc.lowered(gap).find_first_of(",;") == std::string_view::npos;
    };
    auto ds = dates_at(doc, hits[i].span);
    if (std::any_of(ds.begin(), ds.end(), clause_mate)) std::erase_if(ds, [&](const DateMention* d) { return !clause_mate(d); });
    for (auto* d : ds) {
      const bool mine = d->span.end > dateline_end && !saying_of(doc, *d);
      const long dist = std::labs(static_cast<long>(d->span.begin) - static_cast<long>(c.begin));
      if (own && !mine) continue;
      if (best < 0 || (mine && !own) || dist < best) best = dist, near = d, own = mine;
    }
    const auto day = near && near->value.size() == 10 ? facts::parse_ymd(near->value) : std::nullopt;
    return !(day && pub && std::labs(facts::days_from_civil(*day) - pub) <= 31);
  };
  if (primary_idx < 0) {
    // The first sentence with a strong trigger, or a weak one next to a date ("hosted
    // “K-FEZ Day in Japan” on December 11").
    primary_idx = -1;
    for (size_t i = 0; i < hits.size() && primary_idx < 0; ++i) {
      for (const auto& c : hits[i].cands) {
        if (recalled_step(i, c)) continue;
        if (c.rank >= 2 || (c.rank >= 1 && !dates_at(doc, hits[i].span).empty())) {
          primary_idx = static_cast<int>(i);
          break;
        }
      }
    }
    for (size_t i = 0; i < hits.size() && primary_idx < 0; ++i)
      for (const auto& c : hits[i].cands)
        if (c.rank >= 1 && !recalled_step(i, c)) {
          primary_idx = static_cast<int>(i);
          break;
        }
    if (figures_title && primary_idx >= 0 && !gives_figures(hits[primary_idx].span)) primary_idx = -1;
    if (type.empty() && primary_idx >= 0) {
      auto ds = dates_at(doc, hits[primary_idx].span);
      const Candidate* c = pick(hits[primary_idx].cands, ds.empty() ? nullptr : ds.front(), "");
      type = c->type;
    }
  }
  if (type.empty() && weak_title) type = want;
  if (type.empty() && figures_headline(doc)) {
    // No event word anywhere, under a headline of figures: the title reports their release.
    type = "statistics";
    lede_dated = true;
    primary_idx = -1;
  }
  if (type.empty()) return;

  Event primary;
  primary.type = type;
  Span psent{0, 0, true};
  if (primary_idx >= 0) {
    psent = hits[primary_idx].span;
    auto ds = dates_at(doc, psent);
    if (title_in_force && same(type, "agreement")) {
      for (const auto& c : hits[primary_idx].cands)
        if (c.in_force && !primary_trig) primary_trig = &c;
    }
    if (!primary_trig) primary_trig = pick(hits[primary_idx].cands, ds.empty() ? nullptr : ds.front(), type);
    if (!primary_trig) primary_trig = pick(hits[primary_idx].cands, ds.empty() ? nullptr : ds.front(), "");
    // "G20 leaders meet in Rio" over "The leaders met at the G20 Summit in Rio de Janeiro on Monday":
    // the meeting the headline reports is the gathering the body says they met at, a conference
    // (SPEC §3.4: summits are conferences).
    if (primary_trig && primary_trig->met_at && same(type, "meeting")) primary.type = type = primary_trig->type;
  }
  // Date: the event sentence's own date; else the lede's (the first sentence with a trigger and
  // a date, at or before it); else the first day the body names; else the publication date.
  const DateMention* when = nullptr;
  const bool statistics = same(type, "statistics");
  const DateMention* run_end = nullptr;  // the last day of a run "from … to …" the primary begins
  auto ends_a_period = [&](const DateMention* d) {
    return !d->span.in_title && deadline(doc.lowered({0, d->span.begin, false}), d->span.begin, spaced("bound"));
  };
  // "China will impose export controls … from August 1 …, the ministry said on Monday", "duties …
  // effective as of March 7": a decision is taken the day it is made or announced; the day its
  // measure applies from is the measure's term, not the decision's day.
  // "Korea and Chile held the 5th FTA Joint Committee … The amended tariff schedule will take effect
  // on 1 July": the day a rule or schedule applies from (class "effect_start") dates no meeting,
  // visit, forum or plan beside it either; only a pact's entry into force is dated by it.
  // "has initiated an investigation into alleged dumping … following an application lodged on 3
  // March 2026 by …": the day a request was filed (a "filing_verb" after a "filing_noun" of the same
  // clause, "on" or "in" before the date) is the case's start, not the decision the release reports.
  auto filed_day = [&](const DateMention* d) {
    const Span sent = facts::sentence_of(doc, d->span.begin);
    const uint32_t from = std::max(sent.begin, d->span.begin >= 96 ? d->span.begin - 96 : 0u);
    std::string_view lead = doc.lowered({from, d->span.begin, false});
    if (const size_t stop = lead.find_last_of(",;:"); stop != std::string_view::npos) lead.remove_prefix(stop + 1);
    if (!lead.ends_with(" on ") && !lead.ends_with(" in ")) return false;
    const auto& verbs = cowords_.find("filing_verb");
    if (verbs == cowords_.end()) return false;
    for (const auto& v : verbs->second) {
      const size_t at = lead.rfind(" " + v + " ");
      if (at == std::string_view::npos || lead.size() - at > v.size() + 48) continue;
      if (has_coword("filing_noun", lead.substr(0, at))) return true;
    }
    return false;
  };
  // "Canada will remove many of its retaliatory tariffs … on September 1, Prime Minister Mark
  // Carney said on Friday": the day a measure is to be taken, told with "will" and a verb of taking
  // it (class "measure_act") before the measure's noun in the date's clause, is the measure's
  // term; the decision is the day it is told. "will decide on the tariffs on July 1" keeps its day.
  auto future_measure_day = [&](const DateMention* d) {
    const Span sent = facts::sentence_of(doc, d->span.begin);
    std::string_view lead = doc.lowered({sent.begin, d->span.begin, false});
    if (const size_t stop = facts::last_clause_break(lead); stop != std::string_view::npos) lead.remove_prefix(stop + 1);
    if (!lead.ends_with(" on ")) return false;
    const size_t will = lead.find(" will ");
    if (will == std::string_view::npos) return false;
    const std::string_view rest = lead.substr(will + 6);
    const size_t sp = rest.find(' ');
    return sp != std::string_view::npos && is_coword("measure_act", rest.substr(0, sp)) &&
           has_coword("measure_noun", rest.substr(sp));
  };
  auto applies_from = [&](const DateMention* d) {
    if (d->span.in_title) return false;
    if (same(type, "decision")) return opens_term(doc, *d) || filed_day(d) || future_measure_day(d);
    return !same(type, "agreement") && opens_term(doc, *d, "effect_start");
  };
  // An occasion that takes place (not a plan, decision or figures announced by the saying itself).
  const DateMention* saying_day = nullptr;  // the day a saying of the primary event still to come was made
  const bool takes_place = same(type, "meeting") || same(type, "conference") || same(type, "negotiation") ||
                        same(type, "visit") || same(type, "agreement") || same(type, "opening") ||
                        same(type, "ceremony");
  if (lede_dated && !doc.sentences.empty()) {
    // The lede's own day ("data showed on Thursday", "yesterday concluded"): a dateline's date is
    // the publication's, and a month there is the period the news is about.
    auto ds = dates_at(doc, doc.sentences.front());
    std::erase_if(ds, applies_from);
    // "will extend its safeguard measures … until June 30, 2026, the Commission said on Friday":
    // the day a term runs until ends the measure, it does not date the decision.
    std::erase_if(ds, ends_a_period);
    const uint32_t wb = facts::words_begin(doc, doc.sentences.front());
    for (auto* d : ds)
      if (!when && d->span.begin >= wb && d->value.size() == 10) when = d;
    if (!when && !ds.empty() && !statistics) when = ds.front();
    if (takes_place) {
      if (auto* ahead = ahead_of_saying(doc, doc.sentences.front(), ds, when, primary_trig,
                                           primary_idx >= 0 ? &hits[primary_idx].cands : nullptr)) saying_day = when, when = ahead;
    }
  }
  if (!when && primary_idx >= 0) {
    auto ds = dates_at(doc, psent);
    // A release of figures happens on a day: the month or year beside them is their period.
    if (statistics) std::erase_if(ds, [](const DateMention* d) { return d->value.size() != 10; });
    // "during the visit, which runs until Wednesday": the day it ends bounds the event, it does
    // not date it; the lede's day does then.
    std::erase_if(ds, ends_a_period);
    std::erase_if(ds, applies_from);
    // "… will appeal a WTO ruling … over its 2020 ban on exports of nickel ore, the president said on
    // Wednesday": a year that modifies another noun after a determiner names that thing (the 2020
    // ban), not the time of the event; it dates the event only when the event's own word follows
    // it ("The 2024 summit will be held in Lima") or the sentence has no other date.
    if (ds.size() > 1 && primary_trig)
      std::erase_if(ds, [&](const DateMention* d) { return attributive_year(doc, *d, primary_trig->begin); });
    // A date past the next meeting's trigger, after the primary's own, dates that next one.
    if (primary_trig && !next_one(*primary_trig))
      std::erase_if(ds, [&](const DateMention* d) {
        return std::any_of(hits[primary_idx].cands.begin(), hits[primary_idx].cands.end(), [&](const Candidate& c) {
          return next_one(c) && c.begin > primary_trig->end && c.end <= d->span.begin;
        });
      });
    if (!ds.empty()) {
      // The date nearest the trigger. One that a span of time runs "until" ("signed an agreement
      // on economic cooperation until 2026") ends the pact's term, not the event's day.
      long best = -1;
      // A dateline's day ("New Delhi, 12 August 2024: The 10th round … concluded … on 9 August") is
      // the publication's: it dates the event only when the sentence names no other day. The same
      // day named again ("BRUSSELS, July 13 - … after meeting … on Sunday") is left to the side
      // event beside it.
      const uint32_t dateline_end = facts::words_begin(doc, doc.sentences.front());
      auto in_dateline = [&](const DateMention* d) { return !d->span.in_title && d->span.end <= dateline_end; };
      const bool other_day = std::any_of(ds.begin(), ds.end(), [&](const DateMention* d) {
        return !in_dateline(d) && facts::split_date(d->value).is_day() &&
               std::none_of(ds.begin(), ds.end(), [&](const DateMention* e) { return in_dateline(e) && e->value == d->value; });
      });
      for (auto* d : ds) {
        if (other_day && in_dateline(d)) continue;
        const std::string_view lead = doc.lowered({d->span.begin >= 6 ? d->span.begin - 6 : 0, d->span.begin, false});
        if (!d->span.in_title && (lead.ends_with("until ") || lead.ends_with(" till "))) continue;
        // "joined the … Agreement (DEPA), a pact signed by Chile, New Zealand and Singapore in 2020,
        // on Wednesday": a date in an aside that restates the pact dates the step the aside recalls.
        bool recalled_step = false;
        if (!d->span.in_title && ds.size() > 1 && d->span.begin > primary_trig->end) {
          const std::string_view seg = doc.lowered({primary_trig->end, d->span.begin, false});
          const size_t c = seg.find(", ");
          const std::string_view after = c == std::string_view::npos ? std::string_view() : seg.substr(c);
          for (size_t w = 2; w < after.size();) {
            const size_t we = after.find(' ', w);
            if (we == std::string_view::npos) break;
            if (after.substr(w, we - w).ends_with("ed")) {
              recalled_step = restating_pact(after.substr(0, w));
              break;
            }
            w = we + 1;
          }
        }
        if (recalled_step) continue;
        // "At the Ninth Meeting of the … Commission …, the members decided …, while the accession of
        // Costa Rica … is expected to be concluded in December": a date past a "while" that opens a
        // clause of its own dates that clause.
        if (!d->span.in_title && d->span.begin > primary_trig->end &&
            doc.lowered({primary_trig->end, d->span.begin, false}).find(", while ") != std::string_view::npos)
          continue;
        // "The General Council decided on 22 July 2025 that the 14th Ministerial Conference … will
        // take place … from 26 to 29 March 2026": a date before the "that" which opens the clause of
        // the event's noun dates the verb governing it, when the clause puts the event ahead (class
        // "ahead") to a date of its own. Talks the clause says were held keep the saying's day.
        if (!d->span.in_title && d->span.end <= primary_trig->begin &&
            !verb_first(doc.lowered({primary_trig->begin, primary_trig->end, false})) &&
            doc.lowered({d->span.end, primary_trig->begin, false}).find(" that ") != std::string_view::npos &&
            std::any_of(ds.begin(), ds.end(), [&](const DateMention* e) {
              // "USTR today announced that the United States and Kenya will hold the third round …
              // from January 22 to 26": the word that puts it ahead may open the clause too.
              // "DBT today announced that the sixth round of negotiations … concluded in Riyadh on
              // 14 November": a day the clause says the gathering closed or was held on is its own.
              if (e->span.begin < primary_trig->end) return false;
              const std::string_view gap = doc.lowered({primary_trig->end, e->span.begin, false});
              return has_coword("ahead", gap) || has_coword("ahead", doc.lowered({d->span.end, primary_trig->begin, false})) ||
                     (facts::split_date(e->value).is_day() && gap.size() <= 60 &&
                      (has_coword("run_close", gap) || has_coword("session_verb", gap)));
            }))
          continue;
        // "Japan and Britain agreed Friday to start negotiations next month …, the minister said after
        // meeting his British counterpart": a date right after another event word of the sentence
        // ("negotiations next month", "talks on Friday") is that one's, not the later word's.
        if (!d->span.in_title && d->span.end <= primary_trig->begin &&
            std::any_of(hits[primary_idx].cands.begin(), hits[primary_idx].cands.end(), [&](const Candidate& c) {
              if (&c == primary_trig || c.rank < 2 || c.end > d->span.begin || d->span.begin - c.end > 4) return false;
              const std::string_view gap = doc.lowered({c.end, d->span.begin, false});
              return gap == " " || gap == " on " || gap == " in ";
            }))
          continue;
        long dist = std::labs(static_cast<long>(d->span.begin) - static_cast<long>(primary_trig->begin));
        if (best < 0 || dist < best) best = dist, when = d;
      }
      if (takes_place) {
        if (auto* ahead = ahead_of_saying(doc, psent, ds, when, primary_trig, &hits[primary_idx].cands)) saying_day = when, when = ahead;
      }
      // "from Wednesday (Oct 6) to Saturday on an official visit": the day after "to" ends the
      // run that the day after "from" begins.
      if (when && when != ds.front()) {
        const std::string_view lead = doc.lowered({psent.begin, when->span.begin, false});
        if (lead.ends_with(" to ") || lead.ends_with(" through ")) {
          for (auto* d : ds) {
            if (d->span.begin >= when->span.begin || d->value.size() != 10) continue;
            const std::string_view before = doc.lowered({psent.begin, d->span.begin, false});
            auto a = facts::parse_ymd(d->value), b = facts::parse_ymd(when->value);
            if (before.ends_with("from ") && a && b && facts::days_from_civil(*a) < facts::days_from_civil(*b) &&
                facts::days_from_civil(*b) - facts::days_from_civil(*a) <= 14) {
              run_end = when;
              when = d;
              break;
            }
          }
        }
      }
      // "met on Monday and Tuesday in Brussels": a day joined by "and" to the next day or two after
      // it ends the run of the same event, no event of its own. So does a later day of the same
      // fortnight that words of closing lead to ("commenced in New Delhi on 10 January and concluded
      // on 17 January"; the class "run_close").
      if (when && !run_end && when->value.size() == 10 && !when->span.in_title)
        for (auto* d : ds) {
          if (d->value.size() != 10 || d->span.in_title || d->span.begin < when->span.end + 5 ||
              d->span.begin > when->span.end + 40)
            continue;
          const std::string_view between = doc.lowered({when->span.end, d->span.begin, false});
          const bool joined = between == " and ";
          if (!joined && !(between.starts_with(" and ") && between.ends_with(" ") &&
                           between.find(',') == std::string_view::npos &&
                           has_coword("run_close", between.substr(5))))
            break;
          auto a = facts::parse_ymd(when->value), b = facts::parse_ymd(d->value);
          const long gap = a && b ? facts::days_from_civil(*b) - facts::days_from_civil(*a) : 0;
          if (gap >= 1 && gap <= (joined ? 2 : 14)) run_end = d;
          break;
        }
    }
  }
  const bool title_reports = lede_dated && same(type, "statistics") && primary_idx < 0;
  // Whether the primary event is told in the past tense (below), and whether a day lies after the
  // release.
  bool past = false;
  const long published_day = doc.published.y ? facts::days_from_civil(doc.published) : 0;
  auto after_release = [&](const DateMention* d) {
    auto first = facts::parse_ymd(facts::split_date(d->value).start);
    return first && published_day && facts::days_from_civil(*first) > published_day;
  };
  if (!when && !title_reports) {
    // The lede's day ("held a meeting … on December 3. At the meeting, MOTIR revealed …"); a
    // month or a year there dates something else, and the release is then its own date.
    // A trigger in the past tense ("spoke with", "met with") reports an event that has happened: a
    // later sentence's day after the release ("the meeting … which Canada will host … from
    // February 26") dates something else.
    if (primary_trig && primary_idx >= 0) {
      const std::string_view t = doc.lowered({primary_trig->begin, primary_trig->end, false});
      const std::string_view w = t.substr(0, t.find(' '));
      past = verb_first(w) && (w.ends_with("ed") || w == "met" || w == "spoke" || w == "held");
      // "The Department of Commerce announced its affirmative preliminary determinations …": a
      // noun the sentence's verb has already announced or issued is news told in the past too.
      if (!past && primary_trig->begin > psent.begin) {
        const std::string_view lead = doc.lowered({psent.begin, primary_trig->begin, false});
        for (std::string_view verb : {" announced ", " issued ", " published ", " released "})
          if (const size_t at = lead.rfind(verb); at != std::string_view::npos && primary_trig->begin - psent.begin - at <= 48 &&
                                                   lead.substr(at).find_first_of(",;") == std::string_view::npos)
            past = true;
      }
    }
    // "The fifth round … made significant progress. … The sixth round of negotiations will be hosted
    // … from June 23-27": a sentence counting another round than the primary's dates that round.
    const std::string own_round = primary_idx >= 0 ? round_count(hits[primary_idx].lowered) : "";
    for (size_t i = 0; i < hits.size() && !when; ++i) {
      if (!own_round.empty() && static_cast<int>(i) != primary_idx) {
        const std::string other = round_count(hits[i].lowered);
        if (!other.empty() && other != own_round) continue;
      }
      // "… said Minister S Iswaran on Wednesday (Jan 24). He was speaking at the … Business Forum
      // held in Colombo.": a lede with no event word of its own dates the event of the sentence
      // right after it when that sentence goes on in the same moment ("was speaking", "were
      // attending"); "The agreement was reached during a recent meeting" looks back.
      const bool lede_of_primary = i == 0 && primary_idx == 1 && goes_on(hits[1].lowered);
      // "… will travel to New Delhi this week for the 7th round of negotiations … The round will run
      // from 18 to 21 August": a sentence opening by referring back to the round (the class
      // "round_again") dates it, with no event word of its own.
      const bool round_again = static_cast<int>(i) > primary_idx && same(type, "negotiation") &&
                               has_coword("round_again", hits[i].lowered.substr(0, 24));
      if (hits[i].cands.empty() && !lede_of_primary && !round_again) continue;
      auto ds = dates_at(doc, hits[i].span);
      std::erase_if(ds, ends_a_period);
      // "This week, … will travel to the United Kingdom and France. The visit to London comes a week
      // after the … Agreement entered into force on 31 May 2023. In Paris, he will join … for the
      // OECD Ministerial Council Meeting from 7 to 8 June": the sentence that goes on about the event
      // gives only the day something else applies from; a later sentence's day is another event's.
      const size_t before_terms = ds.size();
      std::erase_if(ds, applies_from);
      if (ds.empty() && before_terms > 0 && !same(type, "decision")) break;
      if (past && static_cast<int>(i) > primary_idx) std::erase_if(ds, after_release);
      if (ds.empty()) continue;
      // Only a day dates the event: a month or a fiscal year in months ("2008-04/2009-03") is the
      // period its figures cover.
      if (facts::split_date(ds.front()->value).is_day()) when = ds.front();
      break;
    }
    if (!when && primary_idx >= 0) {
      primary.start = primary.end = doc.published.y ? facts::iso(doc.published) : "";
    }
  }
  // A release of figures the title reports without a day of its own in the lede is the
  // publication's: another sentence's day dates another event.
  // Not a day after the release for an event told in the past ("Commerce is scheduled to announce
  // its final determinations on or about March 11").
  if (!when && !title_reports) {
    for (const auto& d : doc.x.dates) {
      // Nor a day that dates an earlier measure ("… from the tariffs announced on March 4").
      if (!d.span.in_title && d.value.size() == 10 && !ends_a_period(&d) && !applies_from(&d) && !(past && after_release(&d)) &&
          !dates_earlier_measure(doc, facts::sentence_of(doc, d.span.begin), d)) {
        when = &d;
        break;
      }
    }
  }
  // "The Commission today published the report summarising the latest negotiation round. The
  // seventh round … was held from 4 to 15 May": the publication day dates the report, and a later
  // sentence with an event of the primary's kind and its own past day dates the event.
  const DateMention* report_day = nullptr;  // the publication day of a report, no event's
  if (when && primary_trig && doc.published.y && when->value == facts::iso(doc.published) &&
      has_coword("publish", hits[primary_idx].lowered) &&
      has_coword("document", hits[primary_idx].lowered.substr(0, primary_trig->begin - psent.begin))) {
    const long pub = facts::days_from_civil(doc.published);
    for (size_t i = static_cast<size_t>(primary_idx) + 1; i < hits.size(); ++i) {
      bool same_kind = false;
      for (const auto& c : hits[i].cands) same_kind |= c.type == type && c.rank >= 2;
      if (!same_kind) continue;
      const DateMention* held = nullptr;
      for (auto* d : dates_at(doc, hits[i].span)) {
        auto last = facts::last_day(d->value);
        if (facts::split_date(d->value).is_day() && last && facts::days_from_civil(*last) < pub) {
          held = d;
          break;
        }
      }
      if (held) {
        report_day = when;
        when = held;
        break;
      }
    }
  }
  if (when) {
    auto dv = facts::split_date(when->value);
    primary.start = dv.start;
    primary.end = run_end ? run_end->value : dv.end;
  } else if (primary.start.empty() && doc.published.y) {
    primary.start = primary.end = facts::iso(doc.published);
  }
  // What a release reports is news: a date that ended more than half a year before publication,
  // under a title of the event's kind or past the lede ("The government imposed restrictions …
  // in March 2020", "Operating … since 2000"), dates background the body recalls, not the
  // reported event, which is then the publication's. A lede that itself tells of talks held
  // months ago still dates them.
  if ((!want.empty() || primary_idx > 0) && doc.published.y && !primary.end.empty()) {
    const auto last = facts::last_day(primary.end);
    if (last && facts::days_from_civil(doc.published) - facts::days_from_civil(*last) > 180)
      primary.start = primary.end = facts::iso(doc.published);
  }
  if (primary_trig) {
    primary.span = {primary_trig->begin, primary_trig->end, false};
    fill_details(doc, primary, psent, *primary_trig, reporter);
    // "The fifth round of free trade agreement (FTA) negotiations …": negotiations a counted round
    // of the same clause opens are that round.
    if (same(primary.type, "negotiation") && !primary.ordinal && primary_idx >= 0 &&
        primary_trig->begin >= psent.begin) {
      const std::string_view lead = hits[primary_idx].lowered.substr(0, primary_trig->begin - psent.begin);
      const size_t at = lead.rfind(" round of ");
      if (at != std::string_view::npos && lead.find_first_of(",;", at) == std::string_view::npos) {
        const std::string w = round_count(lead.substr(0, at + 6));
        if (!w.empty() && w != "next") primary.ordinal = ordinal_value(w);
      }
    }
    // "… will officially open the … Center on Friday, December 12, at the … University in
    // Ulaanbaatar. … expected to attend the opening ceremony": the sentence that dates the event
    // places it, when the trigger's own sentence names no city.
    if (primary.city.empty() && primary.country.empty() && when && !when->span.in_title &&
        (when->span.end <= psent.begin || when->span.begin >= psent.end) && !same(primary.type, "decision") &&
        !same(primary.type, "statistics"))
      for (const auto& s : doc.sentences) {
        if (s.begin > when->span.begin || when->span.end > s.end) continue;
        const std::string_view ls = doc.lowered(s);
        for (const auto& h : cities_->match(doc, s))
          if (h.begin >= 3 && ls.substr(h.begin - 3, 3) == "in " &&
              (h.end == ls.size() || ls[h.end] == '.' || ls[h.end] == ',' || ls[h.end] == ' ') &&
              !ls.substr(h.end).starts_with(" time")) {
            primary.city = h.phrase->original;
            primary.country = h.phrase->value();
            break;
          }
        break;
      }
    // "Remarks to Trans-Pacific Partnership Agreement Ministerial Meeting, Sydney": a speech's
    // heading closes with the city it was given in, after a comma, when the body names none.
    if (primary.city.empty() && primary.country.empty() && !same(primary.type, "decision") &&
        !same(primary.type, "statistics")) {
      const Span whole{0, static_cast<uint32_t>(doc.title.size()), true};
      for (const auto& h : cities_->match(doc, whole))
        if (h.end == doc.title.size() && h.begin >= 2 && doc.title.substr(h.begin - 2, 2) == ", ") {
          primary.city = h.phrase->original;
          primary.country = h.phrase->value();
        }
    }
  } else {
    primary.span = {0, static_cast<uint32_t>(doc.title.size()), true};
    // "Malaysia and Japan hold economic partnership talks" over "KUALA LUMPUR - The two sides
    // reviewed …": an occasion only the headline words is placed by the body's dateline, as one
    // the lede words is, unless the headline sends it to another country ("… to visit Japan") or
    // holds it remotely ("… hold video call").
    if (takes_place && primary.city.empty() && primary.country.empty() && !doc.sentences.empty()) {
      const Span dateline{0, static_cast<uint32_t>(doc.dateline_end()), false};
      const Span whole{0, static_cast<uint32_t>(doc.title.size()), true};
      const std::string_view tl = doc.lowered(whole);
      const facts::Hit* filed = nullptr;
      const auto filed_hits = cities_->match(doc, dateline);
      for (const auto& h : filed_hits)
        if (h.begin <= 2 && !h.phrase->value().empty()) {
          filed = &h;
          break;
        }
      // A headline naming another city ("… hold talks in Tokyo", "… to visit Tokyo") leaves it.
      bool elsewhere = has_coword("remote", tl);
      for (const auto& h : cities_->match(doc, whole))
        if (!filed || h.phrase->original != filed->phrase->original) elsewhere = true;
      // So does a lede placing something "in" another city ("KUALA LUMPUR - … reviewed in Tokyo").
      const std::string_view lede = doc.lowered(doc.sentences.front());
      for (const auto& h : cities_->match(doc, doc.sentences.front()))
        if (h.begin >= 3 && lede.substr(h.begin - 3, 3) == "in " &&
            (!filed || h.phrase->original != filed->phrase->original))
          elsewhere = true;
      // A pact the headline says two countries reached or signed ("Japan and the United States reach
      // agreement on tariffs") may be sealed in either; one country's act on a pact ("Peru ratifies
      // CPTPP", "… deposits instrument of ratification") is done at home.
      if (filed)
        for (const auto& c : doc.x.countries)
          for (const auto& sp : c.spans) {
            if (!sp.in_title || c.code == filed->phrase->value()) continue;
            const std::string_view before = tl.substr(0, sp.begin);
            elsewhere |= same(type, "agreement") || before.ends_with(" in ") || before.ends_with(" to ") ||
                         before.ends_with(" visits ") || before.ends_with(" visit ");
          }
      if (filed && !elsewhere) {
        primary.city = filed->phrase->original;
        primary.country = filed->phrase->value();
      }
    }
  }
  // Counterparts the title names ("Korea–France …", "… Mexico's Secretary", "Mercosur and the
  // United Arab Emirates conclude …") count too, also when only the title words the event.
  // Not those the title names only as what the talks are about ("… to discuss trade relations
  // with United States and China") or as where the event is held ("… Meeting held in Singapore").
  const Span title_span{0, static_cast<uint32_t>(doc.title.size()), true};
  // Nor the host a copy of no side takes the side of.
  const std::string host = reporter.empty() && primary_trig ? host_of(doc, psent, *primary_trig) : std::string();
  // "Peruvian and Chilean presidents meet at APEC summit": a bloc the headline names right before a
  // gathering's noun names the occasion; it is a counterpart only when the event has no other.
  std::vector<Candidate> title_cands;
  const std::string_view title_lowered = doc.lowered(title_span);
  auto title_occasion = [&](const Span& sp) {
    if (title_cands.empty()) title_cands = candidates(doc, title_span);
    for (const auto& c : title_cands)
      if ((same(c.type, "meeting") || same(c.type, "conference")) && c.begin >= sp.end && c.begin - sp.end <= 24 &&
          !verb_first(title_lowered.substr(c.begin, c.end - c.begin)) &&
          title_lowered.substr(sp.end, c.begin - sp.end).find_first_of(",;:.") == std::string_view::npos)
        return true;
    return false;
  };
  for (const auto* list : {&doc.x.countries, &doc.x.blocs}) {
    for (const auto& c : *list)
      for (const auto& sp : c.spans) {
        if (!sp.in_title || c.code == reporter || c.code == host) continue;
        if (list == &doc.x.blocs && !primary.partners.empty() &&
            std::find(primary.partners.begin(), primary.partners.end(), c.code) == primary.partners.end() &&
            title_occasion(sp))
          continue;
        const facts::Place p{c.code, sp, list == &doc.x.blocs};
        if (!names_subject(doc, title_span, p) && !names_venue(doc, primary, title_span, p) &&
            !in_project_name(doc, p) && !in_law_name(doc, p) && !describes_one_country(doc, p) &&
            !names_pact(doc, p))
          facts::push_unique(primary.partners, c.code);
      }
  }
  // "China slaps provisional duties on European brandy" over "… anti-dumping measures on brandy
  // from the EU": a decision only the title words, with no counterpart there, is against those
  // its lede names (not the reporter, not where it is taken, not a bloc whose pact the measure
  // runs under: "its tariff-rate quota for maize under the ASEAN Trade in Goods Agreement").
  if (!primary_trig && same(type, "decision") && primary.partners.empty() && !doc.sentences.empty()) {
    const Span& lede = doc.sentences.front();
    for (const auto& p : facts::places_in(doc, lede))
      if (p.code != reporter && !facts::is_region(p.code) && !names_venue(doc, primary, lede, p) &&
          !in_project_name(doc, p) && !names_pact(doc, p) && !names_subject(doc, lede, p))
        facts::push_unique(primary.partners, p.code);
  }
  // "The PACER Plus Ministerial Meeting was held … Samoa's Minister … chaired the meeting, which
  // brought together ministers from Australia, Cook Islands, Kiribati …": a meeting whose own words
  // name no counterpart is among those a sentence soon after says it gathered.
  if (same(primary.type, "meeting") && primary.partners.empty()) {
    const auto gathering = cowords_.find("gathering");
    size_t seen = 0;
    for (const auto& s : doc.sentences) {
      if (gathering == cowords_.end() || !primary.partners.empty()) break;
      if (!psent.in_title && s.end <= psent.begin) continue;
      if (++seen > 3) break;
      const std::string_view ls = doc.lowered(s);
      size_t cue = std::string_view::npos;
      for (const auto& w : gathering->second)
        for (size_t at = ls.find(w); at != std::string_view::npos; at = ls.find(w, at + 1))
          if ((at == 0 || ls[at - 1] == ' ') && (at + w.size() == ls.size() || ls[at + w.size()] == ' ')) {
            cue = std::min(cue, at);
            break;
          }
      if (cue == std::string_view::npos) continue;
      for (const auto& p : facts::places_in(doc, s))
        if (p.span.begin >= s.begin + cue && p.code != reporter && !facts::is_region(p.code) &&
            !names_venue(doc, primary, s, p))
          facts::push_unique(primary.partners, p.code);
    }
  }
  // "The Fourteenth Consultations … were held on 12 August 2011 in Manado. The Consultations were
  // co-chaired by H.E. Mari Elka Pangestu, …; H.E. Chen Deming, …": those a sentence soon after
  // says chaired the event, naming it by its noun, take part in it; so do those who "co-chaired the
  // Dialogue" in the active voice.
  if (primary_trig && !psent.in_title &&
      (same(primary.type, "meeting") || same(primary.type, "conference") || same(primary.type, "negotiation"))) {
    size_t after = 0;
    for (const auto& s : doc.sentences) {
      if (s.in_title || s.begin < psent.end) continue;
      if (++after > 2) break;
      const std::string_view ls = doc.lowered(s);
      bool chaired = false;
      // "Vice-Minister … Funakoshi Takehiro and Foreign Secretary Vikram Misri co-chaired the
      // Dialogue", "… will open the meeting": the active voice of a chair verb (class "chair_verb"
      // of event_cowords.tsv), the event's noun its object, those before the verb.
      uint32_t chairs_end = s.end;
      for (const auto& verb : chair_objects_) {
        const size_t at = ls.find(verb);
        if (at == std::string_view::npos) continue;
        for (const auto& c : candidates(doc, s))
          if (c.begin == at + verb.size() &&
              (same(c.type, "meeting") || same(c.type, "conference") || same(c.type, "negotiation"))) {
            chaired = true;
            chairs_end = s.begin + static_cast<uint32_t>(at);
          }
        if (chaired) break;
      }
      if (!chaired && !ls.starts_with("the ")) continue;
      for (const auto& c : candidates(doc, s)) {
        if (chaired) break;
        if (c.begin != 4 ||
            (!same(c.type, "meeting") && !same(c.type, "conference") && !same(c.type, "negotiation")))
          continue;
        const std::string_view rest = ls.substr(c.end);
        for (const auto& verb : chair_passives_) chaired |= rest.starts_with(verb);
        break;
      }
      if (!chaired) continue;
      for (const auto* p : facts::people_in(doc, s))
        if (p->spans.empty() || std::any_of(p->spans.begin(), p->spans.end(), [&](const Span& sp) {
              return !sp.in_title && sp.begin >= s.begin && sp.end <= chairs_end;
            }))
          facts::push_unique(primary.participants, p->name);
      break;
    }
  }
  // "Deputy Minister for Trade Yang Byeong-nae visited Washington D.C. … and met with key figures":
  // a visit abroad with no counterpart named is to the government of the country it goes to.
  if (same(primary.type, "visit") && primary.partners.empty() && !primary.country.empty() && !reporter.empty() &&
      primary.country != reporter && !facts::is_region(primary.country))
    primary.partners.push_back(primary.country);
  // "Mr. MUTO Yoji … held a meeting with Mr. Maroš Šefčovič, European Commissioner for Trade …":
  // talks whose sentence names no counterpart are with the government of the one met, whose title
  // says whose official he is.
  if ((same(primary.type, "meeting") || same(primary.type, "negotiation")) && primary.partners.empty() &&
      !reporter.empty())
    for (const auto& name : primary.participants)
      for (const auto& p : doc.x.people)
        if (p.name == name && !p.country.empty() && p.country != reporter && !facts::is_region(p.country))
          facts::push_unique(primary.partners, p.country);
  // "attended the International Forum … held in China … The forum was first proposed by China",
  // "held a meeting with H.E. … At the meeting, views on cooperation between Japan and U.S. were
  // exchanged": talks or a forum with no counterpart yet are with the one country or bloc a
  // sentence soon after names when it opens on the event's own noun (class "back_reference" of
  // event_cowords.tsv before it).
  if ((same(primary.type, "meeting") || same(primary.type, "conference") || same(primary.type, "negotiation")) &&
      primary.partners.empty() && !doc.sentences.empty()) {
    size_t after = 0;
    for (const auto& s : doc.sentences) {
      if (!primary.partners.empty()) break;
      if (s.in_title || (!psent.in_title && s.begin < psent.end)) continue;
      if (++after > 2) break;
      const size_t opener = opening_word("back_reference", doc.lowered(s));
      if (opener == 0) continue;
      for (Candidate c : candidates(doc, s))
        if (c.begin == opener + 1 && c.type == primary.type) {
          c.begin += s.begin, c.end += s.begin;
          add_partners(doc, primary, s, c, reporter);
          // "… the impact of external factors such as the U.S.-China trade dispute": two others
          // or more are what the talks spoke of, not the one side across the table.
          if (primary.partners.size() > 1) primary.partners.clear();
          if (doc.explain && !primary.partners.empty())
            doc.trace("events", primary.type + "@" + primary.start, "partners: a sentence about the event", s);
          break;
        }
    }
  }
  std::sort(primary.partners.begin(), primary.partners.end());
  // "attended the Forum … on May 4. The forum … was held … on May 3-4": a later
  // sentence that speaks of an event of the primary's kind over a few days including the
  // primary's day gives the event's whole run.
  // So does a run told after the primary's own word in its sentence, no other event word between
  // ("today concluded a trade mission to Manila, the Philippines, from January 13 to 16"); "met on
  // Tuesday on the sidelines of the forum held from Monday to Wednesday" gives the forum's run.
  const DateMention* run_of_days = nullptr;
  if (primary.start.size() == 10 && primary.start == primary.end && primary_idx >= 0) {
    const auto day = facts::parse_ymd(primary.start);
    // Whether d is a run of a few days holding the primary's day; if so, the primary takes it.
    auto holds_day = [&](const DateMention* d) {
      const auto dv = facts::split_date(d->value);
      const auto a = facts::parse_ymd(dv.start), b = facts::parse_ymd(dv.end);
      if (!a || !b || dv.start == dv.end) return false;
      const long x = facts::days_from_civil(*day), from = facts::days_from_civil(*a), to = facts::days_from_civil(*b);
      if (from > x || x > to || to - from > 14) return false;
      primary.start = dv.start;
      primary.end = dv.end;
      run_of_days = d;
      return true;
    };
    const bool own_sentence = primary_trig && !hits[primary_idx].span.in_title;
    for (size_t i = static_cast<size_t>(primary_idx) + (own_sentence ? 0 : 1); i < hits.size() && day && !run_of_days; ++i) {
      if (static_cast<int>(i) == primary_idx) {
        for (auto* d : dates_at(doc, hits[i].span)) {
          const bool other_word_between = std::any_of(hits[i].cands.begin(), hits[i].cands.end(), [&](const Candidate& c) {
            return c.begin >= primary_trig->end && c.end <= d->span.begin;
          });
          if (d->span.begin >= primary_trig->end && !other_word_between && holds_day(d)) break;
        }
        continue;
      }
      bool same_kind = false;
      // A weak word of the kind ("The trade ministers met … from 14 to 15 September") will do: the
      // run must hold the primary's day.
      for (const auto& c : hits[i].cands) same_kind |= c.type == primary.type && c.rank >= 1;
      // "… concluded the fourth round of the renegotiation … on Oct. 17. The round took place in
      // Arlington, Oct. 11 to 17": a round the sentence refers back to (the class "round_again") is
      // the primary's own.
      same_kind |= same(primary.type, "negotiation") && has_coword("round_again", hits[i].lowered);
      if (!same_kind) continue;
      for (auto* d : dates_at(doc, hits[i].span))
        if (holds_day(d)) break;
    }
  }
  // "The fourth round of negotiations … took place between 17 and 28 July. The round was hosted in
  // London": a later sentence that opens by speaking of the primary's gathering again ("The round",
  // "The meeting", "This year's Trade Talks") and says where it is held gives the city the
  // primary's own sentence left out. One dated otherwise speaks of another session ("The round
  // was held in Riyadh in March 2023").
  if (primary.city.empty() && primary.country.empty() && primary_idx >= 0 &&
      (same(primary.type, "meeting") || same(primary.type, "conference") || same(primary.type, "negotiation")))
    for (size_t i = static_cast<size_t>(primary_idx) + 1; i < hits.size() && primary.city.empty(); ++i) {
      const std::string_view ls = hits[i].lowered;
      if (!ls.starts_with("the ") && !ls.starts_with("this ")) continue;
      const uint32_t sb = hits[i].span.begin;
      bool same_kind = same(primary.type, "negotiation") && has_coword("round_again", ls.substr(0, 24));
      for (const auto& c : hits[i].cands) same_kind |= c.type == primary.type && c.rank >= 2 && c.begin - sb < 40;
      if (!same_kind) continue;
      bool other_day = false;
      for (const auto* d : facts::dates_in(doc, hits[i].span)) {
        const auto dv = facts::split_date(d->value);
        other_day |= !primary.start.starts_with(dv.start) && !(dv.start <= primary.start && primary.start <= dv.end);
      }
      if (other_day) continue;
      // The first of the words that place it ("was hosted in London and held in a hybrid fashion").
      size_t where = std::string_view::npos;
      for (std::string_view lead : {"held in ", "hosted in ", "take place in ", "takes place in ", "took place in "})
        if (const size_t at = ls.find(lead); at != std::string_view::npos && at <= 80 && (where == std::string_view::npos || at + lead.size() < where))
          where = at + lead.size();
      if (where == std::string_view::npos) continue;
      for (const auto& h : cities_->match(doc, hits[i].span))
        if (h.begin == where) {
          primary.city = h.phrase->original;
          primary.country = h.phrase->value();
          break;
        }
    }
  if (doc.explain) doc.trace("events", primary.type + "@" + primary.start, "primary: title kind + lede date", primary.span);
  doc.x.events.push_back(primary);
  // "… met in Kuala Lumpur on Tuesday and signed an agreement": a signing joined to the primary's
  // verb by "and" is an event of its own that day (the meetings of a visit are the visit), and
  // under a title of the signing so is the meeting joined to it ("ministers met … and signed an
  // upgraded … Agreement").
  if (primary_trig && primary_idx >= 0) {
    const bool signing = same(primary.type, "agreement");
    for (const auto& c : hits[primary_idx].cands) {
      // The joined verb: a signing after the primary's, or a meeting before its signing.
      const bool after = !signing && c.begin > primary_trig->end && c.rank >= 2 && same(c.type, "agreement");
      const bool before = signing && c.end <= primary_trig->begin && c.rank >= 1 && same(c.type, "meeting");
      if (!after && !before) continue;
      const uint32_t gb = after ? primary_trig->end : c.end, ge = after ? c.begin : primary_trig->begin;
      if (ge - gb > 80) continue;
      const std::string_view between = std::string_view(doc.body).substr(gb, ge - gb);
      if (!between.ends_with(" and ") || between.find(", ") != std::string_view::npos) continue;
      Event ev;
      ev.type = c.type;
      ev.start = primary.start;
      ev.end = primary.end;
      ev.span = {c.begin, c.end, false};
      fill_details(doc, ev, psent, c, reporter);
      ev.name.clear();  // a verb names nothing
      std::sort(ev.partners.begin(), ev.partners.end());
      if (doc.explain) doc.trace("events", ev.type + "@" + ev.start, "same day: a verb joined to the primary's", ev.span);
      doc.x.events.push_back(std::move(ev));
      break;
    }
  }

  auto pstart = facts::first_day(primary.start);
  auto seen = [&](const std::string& t, const std::string& start, const std::string& name) {
    for (const auto& e : doc.x.events) {
      if (e.type == t && e.start == start && (name.empty() || e.name.empty() || e.name == name)) return true;
    }
    return false;
  };

  // In a release about negotiations, a counted round with no word of talks after it ("The countries
  // head to Mexico City for the second round, from Sept. 1 to 5", "to hold the 12th Round beginning
  // May 6th") is another round of the same talks.
  if (same(primary.type, "negotiation"))
    for (auto& sh : hits) {
      for (size_t at = sh.lowered.find(" round"); at != std::string_view::npos; at = sh.lowered.find(" round", at + 1)) {
        const size_t end = at + 6;
        if (end < sh.lowered.size() && std::isalpha(static_cast<unsigned char>(sh.lowered[end]))) continue;
        const size_t ws = at == 0 ? std::string_view::npos : sh.lowered.rfind(' ', at - 1);
        const size_t wb = ws == std::string_view::npos ? 0 : ws + 1;
        const bool counted = ordinal_word(sh.lowered.substr(wb, at - wb));
        const uint32_t b = sh.span.begin + static_cast<uint32_t>(wb), e = sh.span.begin + static_cast<uint32_t>(end);
        if (!counted || std::any_of(sh.cands.begin(), sh.cands.end(), [&](const Candidate& c) { return c.begin < e + 24 && c.end > b; }))
          continue;
        sh.cands.push_back({b, e, "negotiation", 2, false, false});
      }
      std::sort(sh.cands.begin(), sh.cands.end(), [](const Candidate& x, const Candidate& y) { return x.begin < y.begin; });
    }

  // Side and scheduled events: a strong trigger next to its own date. A dateline's date
  // ("Brasília, December 16, 2025 – ") is the publication's, no event's.
  const uint32_t dateline_end = doc.sentences.empty() ? 0 : facts::words_begin(doc, doc.sentences.front());
  for (size_t i = 0; i < hits.size(); ++i) {
    const auto& sh = hits[i];
    if (sh.cands.empty()) continue;
    auto ds = dates_at(doc, sh.span);
    // Pair dates with triggers, nearest first, each used once ("negotiations early next
    // month" is one event even when "next year" is in the same sentence).
    struct Pair {
      const DateMention* d;
      const Candidate* c;
      long dist;
    };
    std::vector<Pair> pairs;
    // Asked only of a period already running at the primary event: most dates never need it.
    std::optional<bool> scheduled;
    for (size_t k = 0; k < ds.size(); ++k) {
      const DateMention* d = ds[k];
      if ((when && d == when) || d == run_of_days || d == report_day || d == run_end || d == saying_day) continue;
      if (!d->span.in_title && d->span.end <= dateline_end) continue;
      // "on Tuesday (Jan 23)": the day in parentheses restates the one before it; one date.
      if (k > 0 && ds[k - 1]->value == d->value && ds[k - 1]->span.in_title == d->span.in_title &&
          d->span.begin == ds[k - 1]->span.end + 2 && !d->span.in_title && doc.body.substr(ds[k - 1]->span.end, 2) == " (")
        continue;
      if (deadline(doc.lowered({0, d->span.begin, false}), d->span.begin, spaced("bound"))) continue;
      // "…, foreign ministry spokesperson Lin Jian said on Saturday": a day right after a reporting
      // verb dates the saying, no event of the sentence.
      if (saying_of(doc, *d)) continue;
      auto first = facts::first_day(d->value), last = facts::last_day(d->value);
      if (!first || !last) continue;
      if (pstart) {
        // A primary event still to come ("agree to hold an investment forum in September") leaves
        // the news of the days before the release standing: the meeting where that was agreed.
        long from = facts::days_from_civil(*pstart) - 7;
        if (doc.published.y) from = std::min(from, facts::days_from_civil(doc.published) - 7);
        // Background: anything that ends well before the primary event is history, not news.
        if (facts::days_from_civil(*last) < from) continue;
        // A year or month already running at the event dates news only when the sentence
        // schedules it ("the fifth round … is expected … later this year").
        if (facts::days_from_civil(*first) < from) {
          if (!scheduled) scheduled = has_coword("schedule", sh.lowered);
          if (!*scheduled) continue;
        }
      }
      for (const auto& cand : sh.cands) {
        // "The Minister also met the German Federal Minister for Economic Affairs … on 21 April": the
        // weak verb with an official as its object (as a verb of receiving takes one) meets them,
        // whichever side of it the date stands.
        const auto weak_met = [&] {
          if (cand.end - cand.begin > 5) return false;
          const std::string_view verb = doc.lowered({cand.begin, cand.end, false});
          return (verb == "met" || verb == "meets") && receives_a_person(doc, sh.span, cand.end - sh.span.begin);
        };
        if (cand.rank < 2 && !(d->span.end <= cand.begin && meets_a_person(doc, cand)) && !weak_met()) continue;
        // The word the primary event stands on is that event, of whatever kind the title gave it
        // ("Commission welcomes Council adoption …": "the Council" is the decision's, no meeting).
        if (primary_idx >= 0 && !primary.span.in_title && cand.begin == primary.span.begin && cand.end == primary.span.end)
          continue;
        long dist = std::labs(static_cast<long>(d->span.begin) - static_cast<long>(cand.begin));
        // "conclude the talks before the elections … next year": a date after a
        // clause that "before"/"after" opens dates that clause's event, not this one.
        if (cand.end <= d->span.begin) {
          std::string_view between = std::string_view(doc.body).substr(cand.end, d->span.begin - cand.end);
          if (between.find(" before ") != std::string_view::npos || between.find(" after ") != std::string_view::npos)
            continue;
          // "The General Council, which runs the WTO's work between ministerial conferences, will take
          // up the outcome in Geneva in May": a word inside an aside that a relative pronoun opens
          // describes its subject; a date past the comma closing it is the main clause's.
          if (cand.begin > sh.span.begin && between.find(',') != std::string_view::npos) {
            const std::string_view lead = sh.lowered.substr(0, cand.begin - sh.span.begin);
            const size_t comma = lead.rfind(", ");
            if (comma != std::string_view::npos) {
              const std::string_view aside = lead.substr(comma + 2);
              if (relative_aside(aside)) continue;
            }
            // "She will attend the WTO General Council, where ambassadors … discuss the agenda of
            // the Ministerial Conference …, on December 16-17": past an aside that a relative word
            // opens right after the event word and a comma closes before the date, the date goes
            // on with the word's clause. The aside is no distance between them.
            const std::string_view lowered_between = sh.lowered.substr(cand.end - sh.span.begin, between.size());
            const size_t close = lowered_between.rfind(", ");
            if (lowered_between.starts_with(", ") && close > 0 && relative_aside(lowered_between.substr(2)))
              dist -= static_cast<long>(close);
          }
        } else if (d->span.begin >= sh.span.begin) {
          // "Ahead of the 60th anniversary of diplomatic relations in 2026, the visit builds on …":
          // a date in an opening clause that "ahead of"/"before" leads dates that occasion, past
          // the comma that closes it.
          const std::string_view lead = sh.lowered.substr(0, d->span.begin - sh.span.begin);
          const std::string_view gap = std::string_view(doc.body).substr(d->span.end, cand.begin - d->span.end);
          if ((lead.starts_with("ahead of ") || lead.starts_with("before ") || lead.starts_with("in the run-up to ")) &&
              lead.find(',') == std::string_view::npos && gap.find(',') != std::string_view::npos)
            continue;
        }
        if (dist <= 120) pairs.push_back({d, &cand, dist});
      }
    }
    std::stable_sort(pairs.begin(), pairs.end(), [](const Pair& a, const Pair& b) { return a.dist < b.dist; });
    std::vector<const void*> used;
    auto is_used = [&](const void* p) { return std::find(used.begin(), used.end(), p) != used.end(); };
    struct Dated {
      const Candidate* c;
      const DateMention* d;
      enum { kPaired, kListed, kPrimary } how;
    };
    std::vector<Dated> dated;
    // The primary event's word and date head a list like any other pair.
    if (static_cast<int>(i) == primary_idx && primary_trig && when && facts::inside(when->span, sh.span))
      dated.push_back({primary_trig, when, Dated::kPrimary});
    for (const auto& pr : pairs) {
      if (is_used(pr.d) || is_used(pr.c)) continue;
      used.push_back(pr.d);
      used.push_back(pr.c);
      dated.push_back({pr.c, pr.d, Dated::kPaired});
    }
    // "On November 10, she will attend the Summit as well as the Women Leaders Roundtable, the
    // Dialogue with the Business Council and …": named events listed with a dated one share its date.
    // Only a sentence with a dated event word can list others under its date.
    const int n = dated.empty() ? 0 : static_cast<int>(sh.cands.size());
    // An event word inside the name of the one before it ("Dialogue with the Business Advisory
    // Council") is not an event of its own.
    std::vector<bool> in_prev_name(n, false);
    for (int k = 1; k < n; ++k) {
      const Candidate &a = sh.cands[k - 1], &b = sh.cands[k];
      in_prev_name[k] = a.end <= b.begin && list_join(doc.body.substr(a.end, b.begin - a.end)) == Join::kSameName;
    }
    for (int dir : {1, -1}) {
      const Candidate* prev = nullptr;
      const DateMention* prev_date = nullptr;
      for (int k = dir > 0 ? 0 : n - 1; k >= 0 && k < n; k += dir) {
        const Candidate* c = &sh.cands[k];
        const DateMention* own = nullptr;
        for (const auto& dt : dated)
          if (dt.c == c) own = dt.d;
        if (own) {
          prev = c, prev_date = own;
          continue;
        }
        if (!prev || c->rank < 2) continue;
        const uint32_t gb = std::min(prev->end, c->end), ge = std::max(prev->begin, c->begin);
        const Join join = ge < gb ? Join::kNone : list_join(doc.body.substr(gb, ge - gb));
        // Only named events: a capitalized event word ("the Dialogue with …") or a name around it.
        if (join == Join::kNone || !(facts::is_upper(doc.body[c->begin]) ||
                                     !facts::proper_name(doc.body, c->begin, c->end).empty())) {
          prev = nullptr;
          continue;
        }
        if (join == Join::kList && !in_prev_name[k]) dated.push_back({c, prev_date, Dated::kListed});
        prev = c;
      }
    }
    for (const auto& [c, d, how] : dated) {
      if (how == Dated::kPrimary) continue;
      Event ev;
      ev.type = c->type;
      auto dv = facts::split_date(d->value);
      ev.start = dv.start;
      ev.end = dv.end;
      ev.span = {c->begin, c->end, false};
      fill_details(doc, ev, sh.span, *c, reporter);
      // "The General Council decided on 22 July 2025 that the 14th Ministerial Conference … will
      // take place in Yaoundé … from 26 to 29 March 2026": a city the sentence names only past
      // another dated event's word after this one's is where that other takes place.
      if (!ev.city.empty() && c->end < sh.span.end) {
        const size_t at = doc.body.substr(c->end, sh.span.end - c->end).find(ev.city);
        for (const auto& o : dated)
          if (o.c != c && o.c->begin >= c->end && at != std::string_view::npos && c->end + at >= o.c->end) {
            ev.city.clear();
            ev.country.clear();
            break;
          }
      }
      // A capitalized event word is a name of its own ("the Dialogue with …").
      if (ev.name.empty() && facts::is_upper(doc.body[c->begin])) ev.name = doc.body.substr(c->begin, c->end - c->begin);
      // "The ninth round of trade talks will open today in Miami … This round of negotiations will
      // conclude on December 4": "this" refers back to the primary event of its kind, which then
      // runs to that day.
      // An event referred back to runs on to this one's day, when that falls at or after its end
      // and within two weeks of its start.
      auto runs_on = [&](Event* target, const std::string& words) {
        auto from = target ? facts::parse_ymd(target->start) : std::nullopt;
        auto to = target ? facts::parse_ymd(target->end) : std::nullopt;
        auto day = facts::parse_ymd(ev.end);
        if (!from || !to || !day || facts::days_from_civil(*day) < facts::days_from_civil(*to) ||
            facts::days_from_civil(*day) - facts::days_from_civil(*from) > 14)
          return false;
        target->end = ev.end;
        if (doc.explain) doc.trace("events", target->type + "@" + target->start, "runs on: '" + words + "' refers back", ev.span);
        return true;
      };
      if (ev.type == primary.type && !ev.name.empty() && lex::ascii_ieq(ev.name.substr(0, std::min<size_t>(5, ev.name.size())), "this ")) {
        Event* first = nullptr;
        for (auto& e : doc.x.events)
          if (e.type == primary.type && e.start == primary.start && e.span.begin == primary.span.begin) first = &e;
        if (runs_on(first, "this")) continue;
      }
      // "another session of the Summit" a day after "the Business Summit": a bare capitalized
      // event word refers back to the named event of its kind, which then runs to this day.
      if (const std::string bare(doc.body.substr(c->begin, c->end - c->begin));
          (ev.name.empty() || ev.name == bare) && facts::is_upper(bare[0])) {
        Event* named = nullptr;
        for (auto& e : doc.x.events)
          if (e.type == ev.type && e.name.size() > bare.size() && e.name.ends_with(bare)) named = &e;
        if (runs_on(named, bare)) continue;
      }
      if (how == Dated::kListed) {
        // A listed event's counterparts are those of its own item ("the Informal Dialogue with
        // ASEAN Leaders"), not the whole list's.
        ev.partners.clear();
        const Span item = list_item(doc, sh.span, *c);
        for (const auto& code : facts::distinct_codes(facts::places_in(doc, item)))
          if (code != reporter) facts::push_unique(ev.partners, code);
        // Listed events are told apart by name, also from the primary event of the same day.
        bool again = false;
        for (const auto& e : doc.x.events) again |= e.type == ev.type && e.start == ev.start && e.name == ev.name;
        if (again || ev.name.empty()) continue;
      } else {
        if (seen(ev.type, ev.start, ev.name)) continue;
        if (ev.type == primary.type && ev.start == primary.start) continue;
      }
      // A side event during a trip of several days, with no city of its own, takes place where
      // the trip goes ("visited Buenos Aires from November 29 to December 3 … 2. Meeting with
      // Minister Oreshkin (November 30)").
      // So does one in the days after a release's news of a trip abroad to gather there ("will leave
      // for Vietnam on November 9 to attend … meetings in Da Nang. … On November 10, she will …").
      auto days_after = [](const std::string& s, const std::string& e, const std::string& from, int days) {
        auto a = facts::parse_ymd(s), b = facts::parse_ymd(e), f = facts::parse_ymd(from);
        return a && b && f && facts::days_from_civil(*a) >= facts::days_from_civil(*f) &&
               facts::days_from_civil(*b) <= facts::days_from_civil(*f) + days;
      };
      const bool trip = same(primary.type, "visit") && primary.start != primary.end &&
                        within(ev.start, ev.end, primary.start, primary.end);
      const bool abroad = !doc.reporter.empty() && !primary.country.empty() && primary.country != doc.reporter &&
                          days_after(ev.start, ev.end, primary.start, 4);
      if (ev.city.empty() && !primary.city.empty() && (trip || abroad)) {
        ev.city = primary.city;
        ev.country = primary.country;
      }
      // "The fifth round of … negotiations between Thailand and the European Union … The sixth
      // round of negotiations will be hosted by Thailand from June 23-27": another counted round of
      // the negotiation the release reports, naming no counterpart of its own, is between the same
      // parties.
      if (same(ev.type, "negotiation") && same(primary.type, "negotiation") && ev.ordinal && ev.partners.empty())
        ev.partners = primary.partners;
      std::sort(ev.partners.begin(), ev.partners.end());
      if (doc.explain)
        doc.trace("events", ev.type + "@" + ev.start,
                  how == Dated::kListed ? "side event: named in a list with a dated event" : "side event: trigger next to its date",
                  ev.span);
      doc.x.events.push_back(std::move(ev));
    }
    // An undated "… the two sides also held the third FTA Joint Committee meeting" in a release
    // about a dated occasion is a session of that occasion.
    if (ds.empty() && static_cast<int>(i) != primary_idx && !primary.start.empty())
      add_numbered_session(doc, sh.span, sh.lowered, sh.cands, primary, reporter);
    // Undated sentences that continue the occasion ("At the forum, … presented …",
    // "Following the meeting, the two sides signed …") add events of another kind.
    if (ds.empty() && static_cast<int>(i) != primary_idx && !primary.start.empty()) {
      // The leads are the classes "occasion_lead" ("at the", "on the sidelines") and, for what
      // comes once the occasion is over, "occasion_after" ("following the").
      const auto opens = [&](const char* cls) {
        for (const auto& lead : words(cls))
          if (sh.lowered.starts_with(lead)) {
            const char next = sh.lowered.size() > lead.size() ? sh.lowered[lead.size()] : ' ';
            if (!(next >= 'a' && next <= 'z') && !facts::is_digit(next)) return true;
          }
        return false;
      };
      const bool after = opens("occasion_after"), continues = after || opens("occasion_lead");
      if (!continues) continue;
      // The last such trigger is the sentence's news ("At the opening ceremony, … will issue the
      // Seoul Statement").
      // A meeting or conference word in the lead ("At the meeting, …") names the primary occasion
      // itself; one after it is a side event ("After the ceremony, the Minister met …").
      const size_t lead_end = sh.lowered.find(", ");
      for (auto it = sh.cands.rbegin(); it != sh.cands.rend(); ++it) {
        const Candidate& c = *it;
        const bool gathering = same(c.type, "meeting") || same(c.type, "conference");
        const bool in_lead = lead_end == std::string_view::npos || c.begin - sh.span.begin < lead_end;
        if (c.rank < 2 || c.type == primary.type || (gathering && in_lead)) continue;
        if (looks_ahead(sh.lowered, c.begin - sh.span.begin, spaced("lead_up"))) continue;
        Event ev;
        ev.type = c.type;
        ev.start = ev.end = after ? primary.end : primary.start;
        ev.span = {c.begin, c.end, false};
        fill_details(doc, ev, sh.span, c, reporter);
        if (ev.city.empty()) ev.city = primary.city, ev.country = primary.country;
        if (seen(ev.type, ev.start, "")) continue;
        std::sort(ev.partners.begin(), ev.partners.end());
        if (doc.explain) doc.trace("events", ev.type + "@" + ev.start, "same occasion: sentence continues the primary event", ev.span);
        doc.x.events.push_back(std::move(ev));
        break;
      }
    }
  }
  // "Prior to the forum, KATS and ANSI held their regular bilateral meeting", "agreed to work toward
  // holding its first meeting in 2026", "she would like to hold negotiations early next month": in a
  // release about one counterpart, a further meeting, negotiation or signing its sentence names no
  // one for ("The agreement is expected to be signed in January"), spoken of in common words, is
  // with that counterpart. One named in capitals ("the upcoming
  // Ottawa Group Ministerial meeting", "the July 15 WTO ministerial meeting", "the Dialogue with the
  // Business Advisory Council") is a gathering of its own.
  // Agency copy from a third country's city tells of the two sides alike ("Chinese and U.S.
  // negotiators met in Geneva … The talks will continue on Sunday").
  if (doc.x.events.size() > 1 && (doc.x.events.front().partners.size() == 1 || (third_city && doc.x.events.front().partners.size() == 2)))
    for (size_t k = 1; k < doc.x.events.size(); ++k) {
      Event& ev = doc.x.events[k];
      if (!ev.partners.empty() || ev.span.in_title || (!same(ev.type, "meeting") && !same(ev.type, "negotiation") && !same(ev.type, "agreement")))
        continue;
      // "the Dialogue with the Business Advisory Council": an event word in capitals names one too.
      if (ev.span.begin >= doc.body.size() || facts::is_upper(doc.body[ev.span.begin])) continue;
      // The two words before the event word.
      std::string_view before = std::string_view(doc.body).substr(0, ev.span.begin);
      while (before.ends_with(' ')) before.remove_suffix(1);
      bool common = true;
      for (int w = 0; w < 2 && !before.empty() && common; ++w) {
        const size_t sp = before.rfind(' ');
        const std::string_view word = before.substr(sp == std::string_view::npos ? 0 : sp + 1);
        if (word.ends_with('.') || word.ends_with(',') || word.ends_with(':')) break;
        common = word.empty() || !facts::is_upper(word[0]) || word == "The" || word == "This" || word == "Its" ||
                 word == "Their" || word == "An" || word == "A";
        if (sp == std::string_view::npos) break;
        before = before.substr(0, sp);
      }
      if (!common) continue;
      ev.partners = doc.x.events.front().partners;
      if (doc.explain) doc.trace("events", ev.type + "@" + ev.start, "partners: the release's one counterpart", ev.span);
    }
  // "visited Washington D.C. from April 15-17 … attended the opening ceremony at the KITA Washington
  // Center": a city an event names in short is the one another event of the release names in full
  // in the same country, written as there.
  for (auto& ev : doc.x.events) {
    if (ev.city.empty()) continue;
    for (const auto& other : doc.x.events)
      if (other.country == ev.country && other.city.size() > ev.city.size() + 1 && other.city.starts_with(ev.city) &&
          (other.city[ev.city.size()] == ' ' || other.city[ev.city.size()] == ',')) {
        ev.city = other.city;
        break;
      }
  }
}

}  // namespace

Result<StagePtr> make_events_stage(const std::string& data_dir) { return EventsStage::make(data_dir); }

}  // namespace tw::extract

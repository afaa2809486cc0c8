// Agreements (SPEC §3.5): named trade agreements, MOUs, declarations and partnerships whose
// status the release states — negotiated, concluded, signed, in force, proposed, upgraded.
#include <algorithm>
#include <array>
#include <cctype>
#include <optional>

#include "extract/facts_common.h"
#include "extract/stages.h"
#include "text/tsv.h"

namespace tw::extract {
namespace {

using facts::Lexicon;

// A trade agreement's kind (SPEC §3.5): an FTA, a CEPA or an EPA.
bool trade_kind(std::string_view kind) { return kind == "fta" || kind == "cepa" || kind == "epa"; }

bool coordinated(std::string_view text, size_t b, size_t e);

// Cue words of data/agreement_cues.tsv, by class.
struct AgreementCues {
  std::vector<std::string> meeting_nouns;  // "meeting_noun": what a word of concluding may end
  std::vector<std::string> body_nouns;     // "body_noun": a fund, office or tool set up to serve a pact
  std::vector<std::string> office_words;   // "office_word": words of a person's title or a body
  std::vector<std::string> both_sides;     // "both_sides": the two governments as a sentence's subject
  std::vector<std::string> name_links;     // "name_link": words a name goes on with ("Agreement on …")
  std::vector<std::string> adverbials;     // "adverbial": words that may stand inside a cue ("last week")
  std::vector<std::string> standing_bodies;  // "standing_body": an agreement's own body, its parties on it
  std::vector<std::string> goal_verbs;     // "goal_verb": words of a step aimed at ("aim", "hope")
  std::vector<std::string> time_after;       // "time_after": units of a span of time ("three years after")
  std::vector<std::string> pact_bodies;      // "pact_body": a body an agreement sets up ("Joint Council")
};

bool ends_a_meeting(std::string_view rest, const AgreementCues& cues);
bool decided_to_conclude(std::string_view lowered, size_t cue_begin, size_t cue_end);
bool names_a_body(std::string_view text, std::string_view lowered, size_t end, const AgreementCues& cues);
bool names_pact_body(std::string_view text, std::string_view lowered, size_t end, const AgreementCues& cues);

class AgreementsStage final : public Stage {
 public:
  const char* name() const override { return "agreements"; }

  static Result<StagePtr> make(const std::string& dir) {
    auto st = std::make_unique<AgreementsStage>();
    auto loaded = Lexicon::load_all(dir, {{&st->kinds_, "agreement_kinds.tsv", 2},
                                          {&st->status_, "agreement_status.tsv", 1},
                                          {&st->upgrade_, "agreement_upgrade.tsv", 1},
                                          {&st->known_, "agreement_known.tsv", 2},
                                          {&st->accession_, "agreement_accession.tsv", 1}});
    if (!loaded) return Error{loaded.error()};
    st->names_ = facts::LexiconGroup({&st->kinds_, &st->known_});
    auto cues = text::read_tsv(dir, "agreement_cues.tsv");
    if (!cues) return Error{cues.error()};
    for (const auto& row : *cues) {
      if (row.size() < 2) continue;
      std::vector<std::string>* list = row[0] == "meeting_noun"  ? &st->cues_.meeting_nouns
                                       : row[0] == "body_noun"   ? &st->cues_.body_nouns
                                       : row[0] == "office_word" ? &st->cues_.office_words
                                       : row[0] == "both_sides"  ? &st->cues_.both_sides
                                       : row[0] == "name_link"   ? &st->cues_.name_links
                                       : row[0] == "adverbial"   ? &st->cues_.adverbials
                                       : row[0] == "standing_body" ? &st->cues_.standing_bodies
                                       : row[0] == "goal_verb"   ? &st->cues_.goal_verbs
                                       : row[0] == "time_after"  ? &st->cues_.time_after
                                       : row[0] == "pact_body"   ? &st->cues_.pact_bodies
                                                                 : nullptr;
      if (!list) return Error{dir + "/agreement_cues.tsv: unknown class " + row[0]};
      list->push_back(facts::lower(row[1]));
    }
    return StagePtr(std::move(st));
  }

  void run(Doc& doc) const override;

 private:
  void add_title_agreements(Doc& doc) const;

  // The country that joins the bloc agreement named at `name` (body offsets): the last country
  // before an accession word that leads into the name ("Britain signed a treaty to join the
  // CPTPP", "Costa Rica's accession to the CPTPP"), or the one country of a relative clause after
  // it ("the CPTPP, which Britain joined"); else empty.
  std::string joiner(const Doc& doc, const Span& sent, const Span& name) const {
    const std::string_view ls = doc.lowered(sent);
    auto one_country = [&](uint32_t b, uint32_t e, bool last) {
      std::string out;
      int n = 0;
      for (const auto& p : facts::places_in(doc, {b, e, false})) {
        if (p.bloc || facts::is_region(p.code) || p.code == out) continue;
        out = p.code;
        ++n;
      }
      return (last || n == 1) ? out : std::string();
    };
    for (const auto& h : accession_.match(doc, sent)) {
      const uint32_t hb = sent.begin + static_cast<uint32_t>(h.begin), he = sent.begin + static_cast<uint32_t>(h.end);
      if (h.phrase->value() == "after") {
        // "the Protocol on the Accession of Costa Rica to the CPTPP": the country right after the
        // phrase, which goes on to the name with "to".
        if (he <= name.begin && name.begin - he <= 64) {
          for (const auto& p : facts::places_in(doc, {he, name.begin, false})) {
            if (p.bloc || facts::is_region(p.code)) continue;
            const std::string_view lead = ls.substr(h.end, p.span.begin - he);
            const std::string_view tail = ls.substr(p.span.end - sent.begin, name.begin - p.span.end);
            if ((lead == " " || lead == " the ") && (tail == " to the " || tail == " to ")) return p.code;
            break;
          }
          continue;
        }
        // "CPTPP members to conclude Costa Rica's accession negotiations", "concluded accession
        // negotiations with Costa Rica": the accession's country, told after the name in its clause.
        if (hb < name.end || hb - name.end > 120 || ls.substr(name.end - sent.begin, hb - name.end).find(';') != std::string_view::npos)
          continue;
        for (const auto& p : facts::places_in(doc, sent)) {
          if (p.bloc || facts::is_region(p.code)) continue;
          const bool owner = p.span.end < hb && (doc.body.substr(p.span.end, hb - p.span.end) == "'s " ||
                                                 doc.body.substr(p.span.end, hb - p.span.end) == "\xE2\x80\x99s ");
          const std::string_view gap = p.span.begin >= he ? ls.substr(h.end, p.span.begin - he) : std::string_view("-");
          // "accession of Costa Rica": the phrase ends with its own "of".
          // "the accession process for Indonesia": the country it is for.
          if (owner || gap == " with " || gap == " with the " || gap == " of " || gap == " of the " || gap == " " ||
              gap == " the " || gap == " for ")
            return p.code;
        }
        continue;
      }
      if (he <= name.begin && name.begin - he <= 6) {
        // Only "the" may stand between the word and the name.
        const std::string_view gap = facts::trim(ls.substr(h.end, name.begin - he));
        if (!gap.empty() && gap != "the") continue;
        // The joiner stands in the accession's own clause: no ';' or ':' between.
        const std::string_view lead = ls.substr(0, h.begin);
        const size_t stop = lead.find_last_of(";:");
        const uint32_t from = stop == std::string_view::npos ? sent.begin : sent.begin + static_cast<uint32_t>(stop + 1);
        if (auto c = one_country(from, hb, true); !c.empty()) return c;
      } else if (hb >= name.end && hb - name.end <= 40) {
        std::string_view between = ls.substr(name.end - sent.begin, hb - name.end);
        // Past a short name in parentheses ("… Partnership (CPTPP), which …").
        if (between.starts_with(" (")) between.remove_prefix(1);
        if (between.starts_with("(")) between.remove_prefix(std::min(between.size(), between.find(')')));
        if (between.starts_with(")")) between.remove_prefix(1);
        if (!between.starts_with(", which ") && !between.starts_with(" which ")) continue;
        if (auto c = one_country(name.end, hb, false); !c.empty()) return c;
      }
    }
    return "";
  }

  // Whether a country joins the agreement named at `name` by a word of joining itself ("joined
  // the", "accession to the", "became a member of"; not a ratification), with no other government
  // named after the name in the sentence ("… a digital trade pact among Singapore, Chile and New
  // Zealand" lists its parties there).
  bool joins_by_name(const Doc& doc, const Span& sent, const Span& name) const {
    if (!join_word_before(doc, sent, name) || name.end >= sent.end) return false;
    const std::string j = joiner(doc, sent, name);
    for (const auto& p : facts::places_in(doc, {name.end, sent.end, false}))
      if (p.code != j) return false;
    return true;
  }

  // Whether a word of joining leads into the name ("joined the", "accession to", "a member of").
  static bool join_word_before(const Doc& doc, const Span& sent, const Span& name) {
    if (name.begin < sent.begin + 4) return false;
    const std::string_view lead = doc.lowered({sent.begin, name.begin, false});
    bool joins = false;
    for (std::string_view w : {"join ", "joins ", "joined ", "joining ", "accession to ", "accede to ", "accedes to ",
                               "acceded to ", "acceding to ", "a member of "})
      for (std::string_view art : {"", "the "})
        joins |= lead.ends_with(art) && facts::ends_with_term(lead.substr(0, lead.size() - art.size()), w);
    return joins;
  }

  Lexicon kinds_, status_, upgrade_, known_, accession_;
  AgreementCues cues_;
  facts::LexiconGroup names_;  // kinds_ and known_: both are asked of every sentence

  // The status word nearest pos (an offset into the sentence) that is not nearer another
  // agreement noun of the sentence (`others`, offsets too): in "implementation of the Protocol …,
  // as well as … the Americas Partnership" the implementation is the Protocol's.
  // When the status comes from a clause past an aside, *stated_at is set to where its words begin
  // (an offset into the sentence): the date of that clause is the agreement's.
  // *standing is set when the cue shows the agreement standing in force without a step of its own
  // ("the KORUS FTA Joint Committee", "a review of the FTA"; third column "standing") and no other
  // cue of the sentence tells one.
  // The status cues of a sentence (offsets into it), with those a short adverbial splits: "Japan's
  // Diet on Wednesday approved the RCEP agreement", "parliament last week approved the FTA" read
  // as "diet approved", "parliament approved". The adverbials are the sentence's dates, with the
  // "on" or "in" before them, and the words of the class "adverbial" of agreement_cues.tsv.
  std::vector<facts::Hit> status_cues(const Doc& doc, const Span& sent) const {
    auto cues = status_.match(doc, sent);
    const std::string_view low = doc.lowered(sent);
    std::vector<std::pair<size_t, size_t>> gaps;  // [begin, end) in the sentence, each after a space
    auto add_gap = [&](size_t b, size_t e) {
      if (b == 0 || low[b - 1] != ' ' || e >= low.size() || low[e] != ' ') return;
      for (std::string_view lead : {"on ", "in "})
        if (b >= lead.size() + 1 && low.substr(b - lead.size(), lead.size()) == lead && low[b - lead.size() - 1] == ' ')
          b -= lead.size();
      gaps.emplace_back(b, e + 1);  // with the space after it
    };
    for (const auto& d : doc.x.dates)
      if (d.span.in_title == sent.in_title && d.span.begin >= sent.begin && d.span.end <= sent.end)
        add_gap(d.span.begin - sent.begin, d.span.end - sent.begin);
    for (const std::string& w : cues_.adverbials)
      for (size_t at = low.find(w); at != std::string_view::npos; at = low.find(w, at + 1))
        add_gap(at, at + w.size());
    // "The Department of Trade Negotiations announced that the Free Trade Agreement … entered into
    // force": a cue inside a body's name tells no step of an agreement.
    // A standing cue is a body's name by nature ("the KORUS FTA Joint Committee").
    auto in_name = [&](const facts::Hit& h) {
      return h.phrase->value(1) != "standing" && std::any_of(doc.x.organizations.begin(), doc.x.organizations.end(), [&](const Organization& o) {
        return std::any_of(o.spans.begin(), o.spans.end(), [&](const Span& sp) {
          return sp.in_title == sent.in_title && sp.begin <= sent.begin + h.begin && sent.begin + h.end <= sp.end;
        });
      });
    };
    std::erase_if(cues, in_name);
    if (gaps.empty()) return cues;
    std::sort(gaps.begin(), gaps.end());
    std::string squeezed;
    std::vector<size_t> from;  // from[i]: the sentence offset of squeezed[i] (and one past its end)
    size_t at = 0;
    for (const auto& [b, e] : gaps) {
      if (b < at) continue;  // overlaps the gap before
      for (; at < b; ++at) squeezed += low[at], from.push_back(at);
      at = e;
    }
    for (; at < low.size(); ++at) squeezed += low[at], from.push_back(at);
    from.push_back(low.size());
    for (const auto& h : status_.match(squeezed)) {
      const size_t b = from[h.begin], e = from[h.end - 1] + 1;
      if (e - b == h.end - h.begin) continue;  // found as written already
      if (!in_name({b, e, h.phrase})) cues.push_back({b, e, h.phrase});
    }
    std::sort(cues.begin(), cues.end(), [](const facts::Hit& a, const facts::Hit& b) { return a.begin < b.begin; });
    return cues;
  }

  // The clause "<span of time> after …" or "since …" that holds body offset `at` ("three years after
  // the two countries signed their CEPA", "have risen 40 percent since the agreement came into
  // force"): from "after" or "since" to the clause's end (a comma, semicolon or the sentence's end),
  // body offsets; {0, 0} when `at` lies in none. The span's unit is a word of class "time_after"
  // right before "after".
  std::pair<uint32_t, uint32_t> time_after_clause(const Doc& doc, const Span& sent, uint32_t at) const {
    if (at <= sent.begin) return {0, 0};
    const std::string_view lead = doc.lowered({sent.begin, at, false});
    size_t stop = facts::last_clause_break(lead);
    stop = stop == std::string_view::npos ? 0 : stop + 1;
    for (std::string_view link : {" after ", " since "}) {
      const size_t k = lead.rfind(link);
      if (k == std::string_view::npos || k < stop) continue;
      const std::string_view before = lead.substr(0, k);
      const size_t ws = before.rfind(' ');
      const std::string_view unit = before.substr(ws == std::string_view::npos ? 0 : ws + 1);
      if (link != " since " &&
          std::find(cues_.time_after.begin(), cues_.time_after.end(), unit) == cues_.time_after.end())
        continue;
      const std::string_view rest = doc.lowered({at, sent.end, false});
      const size_t end = rest.find_first_of(",;");
      return {sent.begin + static_cast<uint32_t>(k + 1),
              end == std::string_view::npos ? sent.end : at + static_cast<uint32_t>(end)};
    }
    return {0, 0};
  }

  std::string status_near(const Doc& doc, const Span& sent, size_t pos, const std::vector<facts::Hit>& others = {},
                          std::string_view kind = "agreement", size_t* stated_at = nullptr,
                          bool* standing = nullptr, size_t* cue_end = nullptr) const {
    auto distance = [](const facts::Hit& cue, size_t b, size_t e) {
      if (cue.end <= b) return static_cast<long>(b - cue.end);
      if (e <= cue.begin) return static_cast<long>(cue.begin - e);
      return 0L;
    };
    const facts::Phrase* best = nullptr;
    const facts::Hit* best_hit = nullptr;
    long best_dist = -1;
    const auto cues = status_cues(doc, sent);
    // "will sign the … Agreement in early 2026 after concluding negotiations in September": a
    // signing to come tells no step where another cue tells the one taken. So does an entry into
    // force only expected ("approved by the parliaments of both countries and is expected to take
    // effect in early 2026").
    auto to_come = [&](const facts::Hit& h) {
      if (cues.size() < 2) return false;
      const std::string_view lead = doc.lowered(sent).substr(0, h.begin);
      if (h.phrase->text == "sign")
        return lead.ends_with(" will ") || lead.ends_with(" to ") || lead.ends_with(" would ");
      return h.phrase->value() == "in_force" && (lead.ends_with(" expected to ") || lead.ends_with(" expects to "));
    };
    for (const auto& h : cues) {
      // A headline's present tense ("… sign CEPA", "… agree trade deal") tells a step only there.
      if (h.phrase->value(1) == "title" && !sent.in_title) continue;
      if (h.phrase->value() == "concluded" && ends_a_meeting(doc.lowered(sent).substr(h.end), cues_)) continue;
      if (to_come(h)) continue;
      long dist = distance(h, pos, pos);
      bool nearer_other = false;
      for (const auto& o : others) {
        if (o.begin <= pos && pos < o.end) continue;
        // The cue's own word ("agreement in principle", "political agreement") is no other pact.
        if (h.begin <= o.begin && o.end <= h.end) continue;
        if (coordinated(doc.text(sent), std::min<size_t>(o.end, pos), std::max<size_t>(o.begin, pos))) continue;
        nearer_other |= distance(h, o.begin, o.end) < dist;
      }
      if (nearer_other) continue;
      if (best_dist < 0 || dist < best_dist) best_dist = dist, best = h.phrase, best_hit = &h;
    }
    if (!best) return "";
    // "Chile and South Korea signed on Friday the modernization of their Free Trade Agreement, in
    // force since 2004": a standing in force told in an aside right after the name is background;
    // the step the clause's verb before the name tells is the status.
    if (best->value() == "in_force" && best_hit->begin > pos) {
      const std::string_view lead = doc.lowered(sent).substr(0, best_hit->begin);
      if (lead.ends_with(", ") || lead.ends_with(", which ") || lead.ends_with(", which has ") ||
          lead.ends_with(", which had ") || lead.ends_with(", which was ")) {
        const facts::Hit* step = nullptr;
        for (const auto& h : cues)
          if (h.end <= pos && h.phrase->value() != "in_force" && h.phrase->value(1) != "standing" && !to_come(h) &&
              (h.phrase->value(1) != "title" || sent.in_title) &&
              !(h.phrase->value() == "concluded" && ends_a_meeting(doc.lowered(sent).substr(h.end), cues_)) &&
              // Not another agreement's step ("first concluded the Korea–UK FTA in 2021—on terms
              // identical to the Korea–EU FTA, which entered into force in 2011").
              std::none_of(others.begin(), others.end(), [&](const facts::Hit& o) {
                return !(o.begin <= pos && pos < o.end) && o.begin >= h.end && o.begin < pos;
              }))
            step = &h;
        if (step) best = step->phrase, best_hit = step;
      }
    }
    std::string s = best->value();
    if (cue_end) *cue_end = best_hit->end;
    // Standing only when no other cue of the sentence tells a step to the same status ("at the FTA
    // Joint Committee …, and agreed to implement it fully in 2026").
    if (standing)
      *standing = best->value(1) == "standing" && std::none_of(cues.begin(), cues.end(), [&](const facts::Hit& h) {
                    return h.phrase->value() == best->value() && h.phrase->value(1) != "standing";
                  });
    // A text adopted: a declaration made, an agreement's text agreed.
    if (s == "adopted") s = kind == "declaration" ? "signed" : "concluded";
    // "aiming to conclude FTA talks this year", "expects to conclude the agreement": talks still
    // under way.
    // So do "will conclude", "could conclude negotiations by the end of the year": a step to come.
    if (s == "concluded" && best->text == "conclude") {
      const std::string_view lead = doc.lowered(sent).substr(0, best_hit->begin);
      if ((lead.ends_with("to ") && !decided_to_conclude(doc.lowered(sent), best_hit->begin, best_hit->end)) ||
          lead.ends_with(" will ") || lead.ends_with(" would ") || lead.ends_with(" could ") ||
          lead.ends_with(" should ") || lead.ends_with(" may ") || lead.ends_with(" can "))
        s = "negotiating";
    }
    // A round that ended is not the whole negotiation unless it was the last ("wrapped up their
    // last round of talks", "the final round").
    auto last_round = [](std::string_view words) {
      return words.find("last") != std::string_view::npos || words.find("final") != std::string_view::npos;
    };
    // "concluded their first round talks of the Transatlantic Trade and Investment Partnership": a
    // round that ended before the name, unless the last, leaves the talks under way.
    if (s == "concluded" && best_hit->end <= pos) {
      const std::string_view between = doc.lowered(sent).substr(best_hit->end, pos - best_hit->end);
      const size_t round = between.find(" round");
      if (round != std::string_view::npos && round <= 32 && between.substr(0, round).find_first_of(",;") == std::string_view::npos &&
          !last_round(between.substr(0, round)))
        s = "negotiating";
    }
    // "The TEPA, signed on 10 March 2024 and ratified by all EFTA States, entered into force
    // today": an earlier stage in an aside after the name is background; the clause's own verb
    // states the status.
    if (s == "signed" || s == "ratified" || s == "concluded") {
      const std::string_view lowered = doc.lowered(sent);
      const std::string_view lead = lowered.substr(0, best_hit->begin);
      const bool aside = lead.ends_with(", ") || lead.ends_with(", which was ") || lead.ends_with(", which were ") ||
                         lead.ends_with(", first ") || lead.ends_with(", originally ");
      // So does a ratification after a signing ("…, signed on 3 February 2024, has been approved by
      // the parliaments of both countries").
      for (const auto& h : cues) {
        if (!aside || h.begin <= best_hit->end || to_come(h)) continue;
        const std::string_view t = h.phrase->text;
        // Not "…, signed in 2023, awaits ratification": the noun tells no step taken.
        const bool ratifies = s == "signed" && h.phrase->value() == "ratified" && t != "ratification";
        if (!ratifies && (h.phrase->value() != "in_force" ||
                          (t.find("into force") == std::string_view::npos && t.find("effect") == std::string_view::npos)))
          continue;
        if (lowered.substr(best_hit->end, h.begin - best_hit->end).find(',') == std::string_view::npos) continue;
        bool nearer_other = false;
        for (const auto& o : others)
          if (!(o.begin <= pos && pos < o.end) && o.begin > pos && o.begin < h.begin) nearer_other = true;
        if (nearer_other) continue;
        s = h.phrase->value();
        if (stated_at) *stated_at = h.begin;
        if (cue_end) *cue_end = h.end;
        break;
      }
    }
    // "agreed to launch negotiations on …", "the start of official-level talks on …": a launch word
    // that governs the negotiating word makes the talks launched.
    // "concluded the negotiations of a CEPA", "the conclusion of negotiations on …": talks that
    // ended make the agreement concluded ("agreed to conclude negotiations by …" does not).
    if (s == "negotiating") {
      // "the conclusion, on July 2, in Buenos Aires, of the negotiations": a date or place set off
      // by commas may stand between.
      auto aside_then_of = [&](const facts::Hit& h) {
        if (best_hit->begin - h.end > 64) return false;
        const std::string_view between = doc.lowered(sent).substr(h.end, best_hit->begin - h.end);
        return between.starts_with(", ") && (between.ends_with(", of the ") || between.ends_with(", of "));
      };
      // "the conclusion of the Korea–UK Free Trade Agreement (FTA) upgrade negotiations": the
      // agreement's own name may stand between, the talks being its.
      auto around_name = [&](const facts::Hit& h) {
        if (h.end > pos || pos > best_hit->begin || best_hit->begin - pos > 96) return false;
        const std::string_view lowered = doc.lowered(sent);
        // Not an end still sought ("work toward the conclusion of …", "push for the conclusion of").
        const std::string_view before = lowered.substr(0, h.begin);
        for (std::string_view aim : {"toward the ", "towards the ", "for the ", "to the ", "accelerate the ", "expedite the "})
          if (before.ends_with(aim)) return false;
        // "of the", then at most the parties' names before the agreement's noun.
        const std::string_view lead = lowered.substr(h.end, pos - h.end);
        if (!lead.starts_with(" of ") || lead.size() > 48 || lead.find_first_of(",;") != std::string_view::npos)
          return false;
        return lowered.substr(pos, best_hit->begin - pos).find_first_of(",;") == std::string_view::npos;
      };
      for (const auto& h : cues) {
        if (h.end > best_hit->begin || (best_hit->begin - h.end > 24 && !aside_then_of(h) && !around_name(h))) continue;
        if (h.phrase->value() == "launched") s = "launched";
        // "completed negotiations", "wrapped up their last round of talks"; not "concluded the
        // first round".
        // A headline's "conclude" tells the step taken ("… conclude negotiations of economic
        // partnership agreement"), unless a goal ("push to conclude CEPA").
        const bool headline_step =
            sent.in_title && h.phrase->text == "conclude" && !doc.lowered(sent).substr(0, h.begin).ends_with("to ");
        if (h.phrase->value() == "concluded" && (h.phrase->text != "conclude" || headline_step)) {
          std::string_view between = doc.lowered(sent).substr(h.end, best_hit->begin - h.end);
          const bool round = best_hit->phrase->text == "round of" || between.find("round") != std::string_view::npos;
          if (!round || last_round(between)) s = "concluded";
        }
      }
    }
    // Trade agreements are upgraded; an "Enhanced Partnership" or MOU is named so from the start.
    const bool upgradable = kind == "fta" || kind == "cepa" || kind == "epa" || kind == "agreement";
    if (upgradable && !upgrade_.match(doc, sent).empty()) {
      if (s == "negotiating" || s == "launched") s = "upgrade_negotiating";
      if (s == "concluded" || s == "signed") s = "upgrade_concluded";
    }
    return s;
  }
};

// "welcomed the decision by CPTPP members to conclude Costa Rica's accession negotiations",
// "ministers decided to conclude the talks": a decision taken ends the talks, unless it sets a
// time to end them by ("decided to conclude the negotiations by the end of the year").
// `lowered` is the sentence lower-cased; the cue "conclude" spans [cue_begin, cue_end).
// "the protocol for Costa Rica's accession to the …", "the protocol on the accession of Costa Rica
// to the …": the words between a protocol and the agreement it lets a country join (lower case).
bool for_accession(std::string_view between) {
  if (between.size() > 48 || between.find_first_of(",;") != std::string_view::npos) return false;
  if (!between.starts_with(" for ") && !between.starts_with(" on ")) return false;
  return between.ends_with(" accession to the ") || between.ends_with(" accession to ") ||
         (between.find(" accession of ") != std::string_view::npos && (between.ends_with(" to the ") || between.ends_with(" to ")));
}

bool decided_to_conclude(std::string_view lowered, size_t cue_begin, size_t cue_end) {
  const size_t from = cue_begin > 160 ? cue_begin - 160 : 0;
  std::string_view lead = lowered.substr(from, cue_begin - from);
  if (const size_t stop = lead.find_last_of(",;:"); stop != std::string_view::npos) lead.remove_prefix(stop + 1);
  if (!facts::has_word(lead, "decision") && !facts::has_word(lead, "decided")) return false;
  const std::string_view rest = lowered.substr(cue_end);
  for (std::string_view aim : {" by ", " within ", " before ", " this year", " next year"})
    if (rest.find(aim) != std::string_view::npos) return false;
  return true;
}

// "concluded consultations on the FTA", "concluded the meeting", "at the conclusion of the Joint
// Committee": what ended, right after a word of concluding, is a meeting, not the talks of an
// agreement; the agreement's status is not concluded by it. `rest` follows the word, lower-cased.
// The nouns of meetings are the class "meeting_noun" of agreement_cues.tsv.
bool ends_a_meeting(std::string_view rest, const AgreementCues& cues) {
  static constexpr std::string_view kLeads[] = {" of the ", " the ", " their ", " its ", " of ", " a ", " today's ",
                                                " this year's ", " "};
  // "concluded the first general review of the agreement", "the 3rd joint committee": ordinals
  // and such words before the noun count the meetings.
  static constexpr std::string_view kOrdinals[] = {"first ", "second ", "third ", "fourth ", "fifth ", "sixth ",
                                                   "seventh ", "eighth ", "ninth ", "tenth ", "general ", "annual "};
  for (std::string_view lead : kLeads) {
    if (!rest.starts_with(lead)) continue;
    std::string_view w = rest.substr(lead.size());
    for (int k = 0; k < 2; ++k)  // "the first general review"
      for (std::string_view o : kOrdinals)
        if (w.starts_with(o)) {
          w.remove_prefix(o.size());
          break;
        }
    if (!w.empty() && facts::is_digit(w[0])) {
      const size_t sp = w.find(' ');
      const std::string_view n = w.substr(0, sp);
      if (sp != std::string_view::npos && n.size() >= 3 &&
          (n.ends_with("st") || n.ends_with("nd") || n.ends_with("rd") || n.ends_with("th")))
        w.remove_prefix(sp + 1);
    }
    for (std::string_view noun : cues.meeting_nouns)
      if (w.starts_with(noun)) return true;
    return false;
  }
  return false;
}

// The words before `end` in body (from `from` on) whose initials the acronym in parentheses right
// after `end` spells, case aside ("strategic economic cooperation agreement (SECA)"); empty when
// no acronym of two to eight capitals follows or the initials differ.
std::string spelled_by_acronym(std::string_view body, size_t from, size_t end) {
  const std::string_view rest = body.substr(end);
  if (!rest.starts_with(" (")) return {};
  const size_t close = rest.find(')');
  if (close == std::string_view::npos || close < 4 || close > 10) return {};
  const std::string_view acr = rest.substr(2, close - 2);
  if (!std::all_of(acr.begin(), acr.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) return {};
  // Back over as many words as the acronym has letters, each opening with its letter.
  size_t b = end;
  for (size_t k = acr.size(); k-- > 0;) {
    size_t e = b;
    while (e > from && body[e - 1] == ' ') --e;
    size_t w = e;
    while (w > from && body[w - 1] != ' ') --w;
    if (w == e || std::tolower(static_cast<unsigned char>(body[w])) != std::tolower(static_cast<unsigned char>(acr[k])))
      return {};
    b = w;
  }
  return std::string(body.substr(b, end - b));
}

// "the AfCFTA Adjustment Fund", "the RCEP Support Unit", "the RCEP Trade Portal": an agreement's
// name followed by up to two capitalized words and a noun of a fund, office or tool names that
// thing, set up to serve the agreement; launching or opening it says nothing of the agreement's
// status. `end` is where the name ends in the sentence's text, `lowered` the same text lower-cased.
// The nouns are the class "body_noun" of agreement_cues.tsv.
bool names_a_body(std::string_view text, std::string_view lowered, size_t end, const AgreementCues& cues) {
  size_t at = end;
  for (int words = 0; words < 3; ++words) {
    if (at + 2 > text.size() || text[at] != ' ' || !facts::is_upper(text[at + 1])) return false;
    size_t e = at + 1;
    while (e < text.size() && facts::is_word_byte(static_cast<unsigned char>(text[e]))) ++e;
    const std::string_view word = lowered.substr(at + 1, e - at - 1);
    for (std::string_view n : cues.body_nouns)
      if (word == n) return true;
    at = e;
  }
  return false;
}

// "the EPA Joint Council", "the Korea-Chile FTA Joint Committee", "the AfCFTA Council of
// Ministers", "the CPTPP Commission": an agreement's name (past its acronym in parentheses)
// followed by up to two capitalized words and the name of a body the agreement sets up (class
// "pact_body" of agreement_cues.tsv, capitalized) names that body. The body sits only under an
// agreement in force; launching, convening or hearing it tells no step of the agreement. A body of
// the talks ("Trade Negotiating Committee") is none.
bool names_pact_body(std::string_view text, std::string_view lowered, size_t end, const AgreementCues& cues) {
  if (lowered.substr(end).starts_with(" (")) {
    const size_t close = lowered.find(')', end + 2);
    if (close == std::string_view::npos || close > end + 16) return false;
    end = close + 1;
  }
  size_t at = end;
  for (int words = 0; words < 3; ++words) {
    if (at + 2 > text.size() || text[at] != ' ' || !facts::is_upper(text[at + 1])) return false;
    const std::string_view rest = lowered.substr(at + 1);
    for (std::string_view b : cues.pact_bodies)
      if (rest.starts_with(b) && (rest.size() == b.size() || !facts::is_word_byte(static_cast<unsigned char>(rest[b.size()]))))
        return true;
    size_t e = at + 1;
    while (e < text.size() && text[e] != ' ') ++e;
    if (lowered.substr(at + 1, e - at - 1).find("negotiat") != std::string_view::npos) return false;
    at = e;
  }
  return false;
}

// Words that make a capitalized run a person's title or a body, not an agreement's name
// ("Acting Director-General for FTA Negotiations").
// The words are the class "office_word" of agreement_cues.tsv.
bool office_name(std::string_view name, const AgreementCues& cues) {
  // A word's "-general" form ("director-general") holds the word itself, bounded by the hyphen:
  // the word alone finds it.
  std::string ln = facts::lower(name);
  for (std::string_view w : cues.office_words) {
    if (facts::has_word(ln, w)) return true;
  }
  return false;
}

// Where a sentence opens a reference back to an agreement of the given kind ("the agreement",
// "the FTA", "this partnership"), as an offset into it; npos when it has none. A capitalized noun
// that a name goes on from (class "name_link" and a capital: "the Agreement on Electronic
// Commerce") is another agreement's.
size_t refers_back(std::string_view text, std::string_view lowered, std::string_view kind, const AgreementCues& cues) {
  static constexpr std::string_view kDets[] = {"the ", "this ", "that ", "its "};
  for (std::string_view noun : {std::string_view("agreement"), std::string_view("deal"), kind}) {
    if (noun.empty()) continue;
    for (size_t at : facts::find_words(lowered, noun)) {
      if (facts::is_upper(text[at])) {
        const std::string_view rest = text.substr(at + noun.size());
        const bool named = std::any_of(cues.name_links.begin(), cues.name_links.end(), [&](const std::string& w) {
          return rest.size() > w.size() + 2 && rest[0] == ' ' && rest.substr(1, w.size()) == w && rest[w.size() + 1] == ' ' &&
                 facts::is_upper(rest[w.size() + 2]);
        });
        if (named) continue;
      }
      for (auto det : kDets)
        if (lowered.substr(0, at).ends_with(det)) return at - det.size();
    }
  }
  return std::string_view::npos;
}

// Whether text[b, e) between two agreement nouns only joins names ("… (IFD) Agreement and the
// E-Commerce Agreement") or lies inside one ("Agreement for Trans-Pacific Partnership"): such
// nouns share what the sentence says of them.
bool coordinated(std::string_view text, size_t b, size_t e) {
  if (e <= b) return true;
  std::string_view between = text.substr(b, e - b);
  size_t i = 0;
  while (i < between.size()) {
    size_t j = between.find(' ', i);
    if (j == std::string_view::npos) j = between.size();
    std::string_view w = between.substr(i, j - i);
    i = j + 1;
    while (!w.empty() && (w.back() == ',' || w.back() == ')')) w.remove_suffix(1);
    if (w.empty() || w.front() == '(' || facts::is_upper(w.front()) || static_cast<unsigned char>(w.front()) >= 0x80) continue;
    // "signed a protocol and an MoU": articles join coordinated nouns as "the" does.
    if (w == "and" || w == "or" || w == "the" || w == "a" || w == "an" || w == "of" || w == "for" || w == "on")
      continue;
    return false;
  }
  return true;
}

bool upgrade_vs_in_force(const std::string& a, const std::string& b) {
  auto upgrade = [](const std::string& s) { return s.rfind("upgrade_", 0) == 0; };
  return (upgrade(a) && b == "in_force") || (upgrade(b) && a == "in_force");
}

// The one country or bloc other than the reporter that the title names, else empty.
std::string title_counterpart(const Doc& doc, const std::string& reporter) {
  std::string found;
  for (const auto* list : {&doc.x.countries, &doc.x.blocs}) {
    for (const auto& m : *list) {
      if (m.code == reporter || facts::is_region(m.code)) continue;
      bool in_title = false;
      for (const auto& sp : m.spans) in_title |= sp.in_title;
      if (!in_title) continue;
      if (!found.empty()) return "";
      found = m.code;
    }
  }
  return found;
}

// Words that make the two governments of a release the subject of a sentence.
// The words are the class "both_sides" of agreement_cues.tsv.
bool bilateral(std::string_view lowered, const AgreementCues& cues) {
  for (std::string_view w : cues.both_sides)
    if (facts::has_word(lowered, w)) return true;
  return false;
}

std::vector<std::string> subject_pair_from(const Doc& doc, const Span& sent, uint32_t wb, uint32_t pos,
                                           const std::vector<std::pair<uint32_t, uint32_t>>& asides);

// Two governments joined by "and" before pos in the sentence ("Mercosur and the United Arab
// Emirates concluded …"), as the only places before it; else empty.
std::vector<std::string> subject_pair(const Doc& doc, const Span& sent, uint32_t pos) {
  // Asides inside the subject ("EFTA (European Free Trade Association) – Iceland, Liechtenstein,
  // Norway and Switzerland – and Colombia"): a parenthesis, or a stretch between two dashes,
  // restates a member, and the countries in it are no members of the pair.
  std::vector<std::pair<uint32_t, uint32_t>> asides;
  uint32_t wb = sent.begin;
  {
    // After any dateline ("DAVOS - ", "BRUSSELS, Oct. 7 (Xinhua) -- "), whose dash opens no
    // aside; capitalized words before a dash ("The EFTA States - Iceland, …") are no dateline.
    wb = std::min(std::max(sent.begin, facts::words_begin(doc, sent)), pos);
    {
      const std::string_view lead = doc.body.substr(sent.begin, wb - sent.begin);
      bool dateline = lead.find('(') != std::string_view::npos;
      bool lower = false;
      for (char c : lead) {
        dateline |= facts::is_digit(c);
        lower |= c >= 'a' && c <= 'z';
      }
      if (!dateline && lower) wb = sent.begin;
    }
    const std::string_view t = doc.body.substr(wb, pos - wb);
    for (size_t at = t.find('('); at != std::string_view::npos; at = t.find('(', at + 1)) {
      size_t close = t.find(')', at);
      if (close == std::string_view::npos) break;
      asides.push_back({wb + static_cast<uint32_t>(at), wb + static_cast<uint32_t>(close + 1)});
    }
    // A spaced hyphen is the plain-text dash ("The EFTA States - Iceland, … - and Thailand").
    for (std::string_view dash : {std::string_view(" \xE2\x80\x93 "), std::string_view(" \xE2\x80\x94 "), std::string_view(" - ")}) {
      for (size_t at = t.find(dash); at != std::string_view::npos;) {
        size_t close = t.find(dash, at + dash.size());
        if (close == std::string_view::npos) break;
        asides.push_back({wb + static_cast<uint32_t>(at), wb + static_cast<uint32_t>(close + dash.size() - 1)});
        at = t.find(dash, close + dash.size());
      }
    }
  }
  // "Alckmin said on Tuesday that Mercosur and the United Arab Emirates will conclude …": a pair
  // that opens the clause reported after "that" is its subject, whoever speaks before it.
  if (const size_t that = doc.lowered({wb, pos, false}).rfind(" that "); that != std::string_view::npos) {
    auto pair = subject_pair_from(doc, sent, wb + static_cast<uint32_t>(that + 6), pos, asides);
    if (!pair.empty()) return pair;
  }
  return subject_pair_from(doc, sent, wb, pos, asides);
}

// subject_pair for the places of sent from wb to pos, past the asides given.
std::vector<std::string> subject_pair_from(const Doc& doc, const Span& sent, uint32_t wb, uint32_t pos,
                                           const std::vector<std::pair<uint32_t, uint32_t>>& asides) {
  auto in_aside = [&](uint32_t p) {
    for (auto [b, e] : asides)
      if (p >= b && p < e) return true;
    return false;
  };
  std::vector<facts::Place> before;
  // A place of the dateline ("MEXICO CITY, June 3 (Reuters) - Mexico and Singapore signed …") is
  // no member of the pair.
  for (const auto& p : facts::places_in(doc, sent))
    if (p.span.end <= pos && p.span.begin >= wb && !facts::is_region(p.code) && !in_aside(p.span.begin))
      before.push_back(p);
  if (before.size() != 2 || before[0].code == before[1].code) return {};
  std::string gap, gap_as_written;
  for (uint32_t i = before[0].span.end; i < before[1].span.begin; ++i)
    if (!in_aside(i) && !(doc.body[i] == ' ' && !gap.empty() && gap.back() == ' ')) {
      gap += static_cast<char>(std::tolower(static_cast<unsigned char>(doc.body[i])));
      gap_as_written += doc.body[i];
    }
  // "The European Union and the South American Mercosur bloc", "and Southeast Asian grouping
  // ASEAN": capitalized words that place the second government, and the noun of what it is.
  for (std::string_view joined : {std::string_view(" and the "), std::string_view(" and ")}) {
    if (!gap.starts_with(joined) || gap.size() == joined.size()) continue;
    std::string_view rest = std::string_view(gap_as_written).substr(joined.size());
    bool described = true;
    for (size_t i = 0; i < rest.size() && described;) {
      size_t j = rest.find(' ', i);
      if (j == std::string_view::npos) j = rest.size();
      const std::string_view w = rest.substr(i, j - i);
      described = !w.empty() && (facts::is_upper(w.front()) || w == "bloc" || w == "trade" || w == "trading" ||
                                 w == "grouping");
      i = j + 1;
    }
    if (described && rest.ends_with(' ')) gap = std::string(joined);
    break;
  }
  // "The EFTA States … and Thailand": a bloc's members named by a common noun.
  if (before[0].bloc)
    for (std::string_view members : {" member states", " states", " member countries", " countries"})
      if (gap.starts_with(members)) {
        gap.erase(0, members.size());
        if (!gap.empty() && gap.front() != ' ') gap.insert(gap.begin(), ' ');
        break;
      }
  // "The Mercosur trade bloc and the European Free Trade Association": a bloc named with the
  // common noun of what it is.
  if (before[0].bloc)
    for (std::string_view noun : {" trade bloc", " trading bloc", " bloc", " grouping", " group"})
      if (gap.starts_with(noun) && std::string_view(gap).substr(noun.size()).starts_with(" and ")) {
        gap.erase(0, noun.size());
        break;
      }
  if (gap != " and " && gap != " and the ") return {};
  return {before[0].code, before[1].code};
}

// A known agreement's parties as agreement_known.tsv lists them ("CA MX US"), appended to *codes.
void append_listed_parties(std::string_view listed, std::vector<std::string>* codes) {
  while (!listed.empty()) {
    const size_t sp = listed.find(' ');
    codes->emplace_back(listed.substr(0, sp));
    listed = sp == std::string_view::npos ? "" : listed.substr(sp + 1);
  }
}

// The pair of governments an earlier sentence of the release (up to three back from sentence
// `si`, nearest first) makes its subject ("The European Union and Chile held a summit …"); else
// empty.
std::vector<std::string> earlier_pair(const Doc& doc, size_t si) {
  for (size_t j = si; j-- > 0 && si - j <= 3;) {
    const Span& s = doc.sentences[j];
    auto pair = subject_pair(doc, s, s.end);
    if (!pair.empty()) {
      std::sort(pair.begin(), pair.end());
      return pair;
    }
  }
  return {};
}

// A bloc named before pos as its members acting together ("the ministers of the EFTA States
// signed …", "The four EFTA states, Switzerland, … signed", "the member states of ASEAN"): the
// bloc, which then signs for those members; else empty.
std::string members_as_bloc(const Doc& doc, const Span& sent, uint32_t pos) {
  const uint32_t wb = std::min(std::max(sent.begin, facts::words_begin(doc, sent)), pos);
  for (const auto& p : facts::places_in(doc, {wb, pos, false})) {
    if (!p.bloc || facts::is_region(p.code)) continue;
    const std::string_view after = doc.lowered({p.span.end, std::min(pos, p.span.end + 20), false});
    for (std::string_view members : {" states", " member states", " countries", " member countries", " members"})
      if (after.starts_with(members) &&
          (after.size() == members.size() || !facts::is_word_byte(static_cast<unsigned char>(after[members.size()]))))
        return p.code;
    const std::string_view lead = doc.lowered({p.span.begin >= wb + 20 ? p.span.begin - 20 : wb, p.span.begin, false});
    for (std::string_view of : {"members of ", "members of the ", "member states of ", "member states of the "})
      if (lead.ends_with(of)) return p.code;
  }
  return {};
}

std::vector<std::string> party_codes(const Doc& doc, const Span& s) {
  std::vector<std::string> out;
  for (const auto& c : facts::distinct_codes(facts::places_in(doc, s)))
    if (!facts::is_region(c)) out.push_back(c);
  return out;
}

// Where the list of parties named after an agreement's name (at `from`) ends. An aside
// ("Serbia—an EU candidate country", "Vietnam, a …") or " to " ends it; a comma ends it unless a
// party follows ("among China, Japan and Korea", "Paraguay, and the Kingdom of Norway"), or it
// opens the other side of a two-sided list ("between A and B, on the one hand, and C").
uint32_t party_list_end(const Doc& doc, const Span& sent, uint32_t from, bool opens_list = false) {
  const uint32_t limit = std::min<uint32_t>(sent.end, from + 240);
  std::string_view win = doc.body.substr(from, limit - from);
  const std::string_view low = doc.lowered({from, limit, false});
  const auto places = facts::places_in(doc, {from, limit, false});
  size_t end = win.size(), reach = 70;
  // An auxiliary opens the clause's verb ("… between the EFTA States and Armenia was ratified by
  // the Swiss Parliament"): the list ends before it.
  for (std::string_view stop : {std::string_view("\xE2\x80\x94"), std::string_view(" to "), std::string_view(" was "),
                                std::string_view(" were "), std::string_view(" will "), std::string_view(" has "),
                                std::string_view(" have "), std::string_view(" is ")}) {
    size_t at = win.find(stop);
    if (at != std::string_view::npos && at > 12) end = std::min(end, at);
  }
  // Whether a party begins in seg, behind only joiners and capitalized words ("the Kingdom of").
  auto party_opens = [&](size_t b, size_t e, bool any_words) {
    for (const auto& p : places) {
      if (p.span.begin < from + b || p.span.begin >= from + e) continue;
      if (facts::is_region(p.code)) continue;
      std::string_view lead = win.substr(b, p.span.begin - from - b);
      if (any_words) return true;
      for (size_t i = 0; i < lead.size();) {
        size_t j = lead.find(' ', i);
        if (j == std::string_view::npos) j = lead.size();
        std::string_view w = lead.substr(i, j - i);
        if (!w.empty() && w != "and" && w != "the" && w != "of" && !facts::is_upper(w[0])) return false;
        i = j + 1;
      }
      return p.span.begin - from - b <= 40;
    }
    return false;
  };
  // Whether win[b, e) holds only names and joiners: a list's item, not a clause ("entered into
  // force today for Thailand").
  auto listy = [&](size_t b, size_t e) {
    for (size_t i = b; i < e;) {
      size_t j = std::min(e, win.find(' ', i));
      std::string_view w = win.substr(i, j - i);
      if (!w.empty() && w != "and" && w != "the" && w != "of" && w != "or" && w != "&" && !facts::is_upper(w[0]))
        return false;
      i = j + 1;
    }
    return true;
  };
  // "the Free Trade Agreement between the Government of the People's Republic of China and the
  // Government of the Republic of Serbia": a pair named by their governments' formal names runs
  // past the usual reach, to the second party after the "and".
  if (low.starts_with(" between ")) {
    const size_t joint = low.find(" and ");
    if (joint != std::string_view::npos && joint < end)
      for (const auto& p : places)
        if (!facts::is_region(p.code) && p.span.begin >= from + joint) {
          if (p.span.begin - from - joint <= 48) reach = std::max<size_t>(reach, p.span.end - from);
          break;
        }
  }
  size_t item = opens_list ? 0 : win.size();  // where the list's first item begins
  for (std::string_view lead : {std::string_view(" between "), std::string_view(" among "), std::string_view(" with ")})
    if (size_t at = low.find(lead); at != std::string_view::npos) item = std::min(item, at + lead.size());
  bool open_item = false;  // the item before the comma is the other side's opening, in any words
  for (size_t at = low.find(", "); at != std::string_view::npos && at < end; at = low.find(", ", at + 2)) {
    if (at <= 12) continue;
    // "between Peru and Hong Kong, China": a comma inside a place's name is none of the list's.
    if (std::any_of(places.begin(), places.end(),
                    [&](const facts::Place& p) { return p.span.begin < from + at && from + at < p.span.end; }))
      continue;
    size_t next = at + 2;
    bool other_side = false;
    if (low.substr(next).starts_with("on the one hand, and ")) {
      next += std::string_view("on the one hand, and ").size();
      other_side = true;
    }
    size_t seg_end = std::min(end, low.find(",", next));
    if (item > at || (!open_item && !listy(item, at)) || !party_opens(next, seg_end, other_side)) {
      end = at;
      break;
    }
    reach = std::max(reach, seg_end + 70);
    item = next;
    open_item = other_side;
    at = next - 2;
  }
  return from + static_cast<uint32_t>(std::min(end, reach));
}

// "PACER Plus entered into force on Sunday for Australia, New Zealand, Samoa …": the governments
// an agreement took effect for, listed right after its verb; empty when none are.
std::vector<std::string> in_force_for(const Doc& doc, const Span& sent, const Span& name_span) {
  std::vector<std::string> in_force_for;
  const std::string_view low =
      doc.lowered({name_span.end, std::min<uint32_t>(sent.end, name_span.end + 140), false});
  const size_t force = low.find(" into force");
  const size_t for_at = force == std::string_view::npos ? force : low.find(" for ", force);
  // Between the name and "into force" only the rest of the name ("on Closer Economic
  // Relations (PACER) Plus") and the verb ("has entered").
  bool verb_only = force != std::string_view::npos && force > 0;
  if (verb_only) {
    const std::string_view gap = doc.body.substr(name_span.end, force);
    std::string_view last;
    for (size_t i = 0; i < gap.size();) {
      size_t j = gap.find(' ', i);
      if (j == std::string_view::npos) j = gap.size();
      const std::string_view w = gap.substr(i, j - i), lw = low.substr(i, j - i);
      i = j + 1;
      if (w.empty()) continue;
      last = lw;
      if (facts::is_upper(w[0]) || w[0] == '(' || lw == "on" || lw == "of" || lw == "and" || lw == "the" ||
          lw == "has" || lw == "have" || lw == "will" || lw == "formally" || lw == "officially")
        continue;
      if (j < gap.size()) verb_only = false;  // a lowercase word other than the verb
    }
    verb_only = verb_only && (last == "entered" || last == "enters" || last == "enter");
  }
  if (verb_only && for_at != std::string_view::npos && for_at < force + 40 &&
      low.substr(force, for_at - force).find_first_of(",;") == std::string_view::npos) {
    // Only a list that opens with a country ("for five years, Australia said" is none).
    const uint32_t from = name_span.end + static_cast<uint32_t>(for_at + 5);
    const Span list{from, party_list_end(doc, sent, from, true), false};
    bool opens = false;
    for (const auto& p : facts::places_in(doc, list)) opens |= p.span.begin <= from + 4;
    if (opens) in_force_for = party_codes(doc, list);
  }
  return in_force_for;
}

// "signed a free trade agreement with Panama, Honduras and Costa Rica": one agreement, singular
// by its article, with all the partners listed; without it ("FTA negotiations with A and B")
// each partner may have an agreement of its own.
bool one_pact(std::string_view body, uint32_t noun_at) {
  const std::string_view before = body.substr(0, noun_at);
  for (std::string_view art : {std::string_view(" a "), std::string_view(" an ")})
    if (before.ends_with(art)) return true;
  return false;
}

// "a free trade agreement (FTA) that Singapore and Turkey have ratified": a pair that opens a
// relative clause right after the agreement's name are its parties.
std::vector<std::string> relative_pair(const Doc& doc, const Span& sent, uint32_t from) {
  const uint32_t limit = std::min<uint32_t>(sent.end, from + 80);
  std::string_view low = doc.lowered({from, limit, false});
  if (low.starts_with(" (")) {
    size_t close = low.find(')');
    if (close == std::string_view::npos || close > 16) return {};
    low.remove_prefix(close + 1);
  }
  size_t lead = 0;
  for (std::string_view w : {std::string_view(" that "), std::string_view(" which ")})
    if (low.starts_with(w)) lead = w.size();
  if (lead == 0) return {};
  const uint32_t at = limit - static_cast<uint32_t>(low.size()) + static_cast<uint32_t>(lead);
  const uint32_t skip = low.substr(lead).starts_with("the ") ? 4 : 0;
  std::vector<facts::Place> places;
  for (const auto& p : facts::places_in(doc, {at, limit, false}))
    if (!facts::is_region(p.code)) places.push_back(p);
  if (places.size() < 2 || places[0].span.begin != at + skip || places[0].code == places[1].code) return {};
  std::string_view gap = doc.lowered({places[0].span.end, places[1].span.begin, false});
  if (gap != " and " && gap != " and the ") return {};
  return {places[0].code, places[1].code};
}

void AgreementsStage::run(Doc& doc) const {
  const std::string& reporter = doc.reporter;
  std::string_view body = doc.body;
  for (size_t si = 0; si < doc.sentences.size(); ++si) {
    const Span& sent = doc.sentences[si];
    const std::string_view ls = doc.lowered(sent);
    std::string_view st = doc.text(sent);
    size_t prev_end = std::string::npos;
    // The parties of the last agreement of the sentence and where its name ends (body offset): a
    // name coordinated right after it shares them.
    std::vector<std::string> coord_parties;
    uint32_t coord_end = 0;
    // Known short names ("USMCA") and agreement nouns, in text order.
    std::vector<facts::Hit> found[2];
    names_.match(doc, sent, found);
    auto hits = std::move(found[0]);
    // A noun inside a known name ("free trade area" in "African Continental Free Trade Area") is
    // that agreement, not another one.
    std::erase_if(hits, [&](const facts::Hit& n) {
      return std::any_of(found[1].begin(), found[1].end(), [&](const facts::Hit& k) {
        return k.begin <= n.begin && n.end <= k.end && (k.end - k.begin) > (n.end - n.begin);
      });
    });
    for (const auto& k : found[1]) hits.push_back(k);
    // "its FTA partners", "CPTPP members announced …", "The AfCFTA Secretariat welcomed …": a noun
    // that names the agreement's partners, members or the body that serves it is no mention of
    // the agreement, nor a nearer agreement that takes another's status word.
    // So does one with its acronym before the body's word ("The African Continental Free Trade
    // Area (AfCFTA) Secretariat and …").
    std::erase_if(hits, [&](const facts::Hit& h) {
      size_t end = h.end;
      if (std::string_view(ls).substr(end).starts_with(" (")) {
        const size_t close = ls.find(')', end + 2);
        if (close != std::string_view::npos && close <= end + 16) end = close + 1;
      } else if (std::string_view(ls).substr(end).starts_with(")")) {
        ++end;  // the acronym itself
      }
      const std::string_view after = std::string_view(ls).substr(end);
      return after.starts_with(" partner") || after.starts_with(" member") || after.starts_with(" secretariat") ||
             names_a_body(st, ls, end, cues_);
    });
    std::sort(hits.begin(), hits.end(), [](const facts::Hit& a, const facts::Hit& b) { return a.begin < b.begin; });
    // "the AfCFTA Protocol on Digital Trade": a known short name right before a protocol's noun
    // names the agreement the protocol belongs to, as part of the protocol's name; the protocol is
    // the instrument of record, with that agreement's parties.
    std::vector<facts::Hit> protocol_of;  // the known names so taken, each right before its protocol
    for (size_t k = 0; k + 1 < hits.size();) {
      const facts::Hit& kh = hits[k];
      const bool known = kh.phrase->values.size() >= 2 && facts::is_upper(kh.phrase->value(1)[0]);
      if (known && hits[k + 1].begin == kh.end + 1 && st[kh.end] == ' ' && hits[k + 1].phrase->text == "protocol" &&
          facts::is_upper(st[hits[k + 1].begin])) {
        protocol_of.push_back(kh);
        hits.erase(hits.begin() + static_cast<std::ptrdiff_t>(k));
        continue;
      }
      ++k;
    }
    // A common pact or deal ("signed a pact", "the most ambitious EU trade deal"): an agreement
    // word that names no agreement of its own, written in lower case.
    auto common_pact_at = [&](const facts::Hit& h) {
      return h.phrase->values.size() >= 2 && h.phrase->value(0) == "agreement" && h.phrase->value(1) == "3" &&
             !facts::is_upper(st[h.begin]);
    };
    // "The renegotiated pact signed in the Chilean capital was renamed the Comprehensive and
    // Progressive Agreement …": a common pact or deal before another agreement's name is that
    // agreement spoken of in passing; the name takes what the sentence says of it.
    if (hits.size() > 1)
      std::erase_if(hits, [&, last = hits.back().begin](const facts::Hit& h) { return h.begin < last && common_pact_at(h); });
    // "approved the Regional Comprehensive Economic Partnership agreement, the world's largest free
    // trade pact, clearing the way …": a common noun in an aside right after a capitalized name
    // restates that agreement.
    for (size_t k = hits.size(); k-- > 1;) {
      const facts::Hit& prev = hits[k - 1];
      const facts::Hit& h = hits[k];
      if (facts::is_upper(st[h.begin]) || !facts::is_upper(st[prev.begin]) || h.begin <= prev.end) continue;
      const std::string_view gap = std::string_view(ls).substr(prev.end, h.begin - prev.end);
      if (gap.size() > 48 || gap.find_first_of(",;", 2) != std::string_view::npos) continue;
      if (gap.starts_with(", the ") || gap.starts_with(", a ") || gap.starts_with(", an "))
        hits.erase(hits.begin() + static_cast<std::ptrdiff_t>(k));
    }
    for (const auto& h : hits) {
      const bool is_known = h.phrase->values.size() >= 2 && h.phrase->value(1).find_first_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") == 0;
      const std::string& kind = h.phrase->value(0);
      const std::string named = is_known ? "0" : h.phrase->value(1);
      const bool needs_name = named == "1";
      // "(CEPA)", "(MOU)" right after a full name restate it.
      bool restated = prev_end != std::string::npos && h.begin >= 1 && st[h.begin - 1] == '(' &&
                      h.begin <= prev_end + 2;
      prev_end = h.end;
      if (restated) {
        // "United States – Mexico – Canada Agreement (USMCA)": the short name sharpens the kind.
        // So does it a kind read from words not all capitalized ("a comprehensive Economic
        // Partnership Agreement (EPA)": the pact's name is the Economic Partnership Agreement).
        if (!doc.x.agreements.empty() && trade_kind(kind)) {
          Agreement& last = doc.x.agreements.back();
          if (last.kind == "agreement" || (!last.name.empty() && last.name[0] >= 'a' && last.name[0] <= 'z' &&
                                           (last.kind == "cepa" || last.kind == "epa")))
            last.kind = kind;
        }
        continue;
      }

      // Generic nouns count only inside a capitalized name ("Strategic Trade and Investment
      // Deal"), not as common words ("a partnership", "trade agreements").
      // A common noun after two parties joined by a dash is named by them ("the Mercosur-EU
      // agreement", "the EU–Mercosur deal"): it counts once the name shows both.
      const bool pair_named = needs_name && !facts::is_upper(st[h.begin]);
      const uint32_t tb = sent.begin + static_cast<uint32_t>(h.begin), te = sent.begin + static_cast<uint32_t>(h.end);
      Agreement a;
      a.kind = kind;
      // "an Agreement on Reciprocal Trade": a noun that takes its "on" along names what follows it,
      // as the bare noun before "on Reciprocal Trade" does.
      a.name = facts::proper_name(body, tb, te);
      // Only where the name is told in the sentence's own step ("concluded an Agreement on …"), not
      // one "under" which something is done ("flexibilities under the Agreement on Trade-Related
      // Aspects of Intellectual Property Rights").
      if (needs_name && a.name.empty() && std::string_view(h.phrase->text).ends_with(" on") &&
          !std::string_view(ls).substr(0, h.begin).ends_with("under the "))
        a.name = facts::proper_name(body, tb, te - 3);
      // "ratified the Digital Economy Partnership Agreement (DEPA) with Chile and Singapore": a
      // noun of several words, each capitalized, is a name by itself ("the Agreement", one word,
      // is none).
      if (needs_name && a.name.empty() && h.phrase->text.find(' ') != std::string::npos) {
        bool capitalized = true;
        for (uint32_t i = tb; i < te && capitalized; ++i)
          if (i == tb || body[i - 1] == ' ') capitalized = facts::is_upper(body[i]);
        if (capitalized) a.name = std::string(body.substr(tb, te - tb));
      }
      // "the Agreement between Japan and the Republic of Indonesia for an Economic Partnership": a
      // kind told after the parties names the whole, from "Agreement between" on.
      if (h.phrase->text.starts_with("for ") && h.begin >= 18) {
        const size_t at = std::string_view(ls).substr(0, h.begin).rfind("agreement between ");
        if (at != std::string_view::npos && h.begin - at <= 120 && facts::is_upper(st[at]))
          a.name = std::string(st.substr(at, h.end - at));
      }
      // "South Korea's strategic economic cooperation agreement (SECA) with Ecuador": lower-case
      // words whose initials the acronym after them spells are the pact's name, as the wire writes
      // names.
      bool spelled = false;
      if (needs_name && a.name.empty()) {
        a.name = spelled_by_acronym(body, sent.begin, te);
        spelled = !a.name.empty();
      }
      if (needs_name && a.name.empty()) continue;
      // "The CPTPP Commission agreed …": the name of the agreement's own body runs on past the
      // agreement's; the agreement's name ends with its noun.
      const bool pact_body = names_pact_body(st, ls, h.end, cues_);
      if (pact_body && !a.name.empty()) {
        const size_t at = body.rfind(a.name, tb);
        if (at != std::string_view::npos && at + a.name.size() > te) a.name = std::string(body.substr(at, te - at));
      }
      if (office_name(a.name, cues_)) continue;
      // "signed the Protocol on the Accession of Costa Rica to the CPTPP": a protocol of accession
      // is the step of the agreement joined, which records it; the protocol is no agreement of its own.
      if (h.phrase->text == "protocol" &&
          std::any_of(hits.begin(), hits.end(), [&](const facts::Hit& o) {
            if (o.begin <= h.end) return false;
            const std::string_view between = std::string_view(ls).substr(h.end, o.begin - h.end);
            return between.find_first_of(",;") == std::string_view::npos &&
                   (between == " of accession to the " || between == " of accession to " ||
                    between == " on the accession to the " || for_accession(between));
          }))
        continue;
      if (a.name.empty()) a.name = std::string(body.substr(tb, te - tb));
      // "(FTA)", "(CEPA)" after a full name belong to it.
      std::string_view rest = body.substr(te);
      // "signed a document titled “Key Cooperation Matters between …”": the quoted title is the
      // name, and the parties it names are the agreement's.
      std::optional<Span> quoted;
      for (auto [open, close] : {std::pair<std::string_view, std::string_view>{" \xE2\x80\x9C", "\xE2\x80\x9D"},
                                 std::pair<std::string_view, std::string_view>{" \"", "\""}}) {
        if (!rest.starts_with(open)) continue;
        size_t c = rest.find(close, open.size());
        if (c == std::string_view::npos || c > 240) break;
        a.name = std::string(facts::trim(rest.substr(open.size(), c - open.size())));
        quoted = Span{te + static_cast<uint32_t>(open.size()), te + static_cast<uint32_t>(c), false};
        break;
      }
      if (quoted) {
      } else if (rest.substr(0, 2) == " (") {
        size_t close = rest.find(')');
        if (close != std::string_view::npos && close < 16) a.name += std::string(rest.substr(0, close + 1));
      }
      // "(FTA)" right after the name restates this agreement: no other one nearer a status word.
      std::vector<facts::Hit> others;
      for (const auto& o : hits)
        if (!(o.begin > h.end && o.begin <= h.end + 2 && st[o.begin - 1] == '(')) others.push_back(o);
      // "the Second Protocol to Amend the Agreement Establishing the ASEAN-Australia-New Zealand
      // Free Trade Area": the agreement a protocol amends takes the protocol's step as an upgrade.
      bool amended = false, joined = false;
      size_t status_at = h.begin;  // where the agreement's step is told: at the amending protocol
      for (const auto& o : hits) {
        if (o.end > h.begin || o.phrase->text != "protocol") continue;
        const std::string_view between = std::string_view(ls).substr(o.end, h.begin - o.end);
        if (between.find_first_of(",;") != std::string_view::npos) continue;
        // "signed the accession protocol to join the Digital Economy Partnership Agreement", "the
        // Protocol of Accession to the …": the agreement joined takes the protocol's step.
        const bool accession =
            (std::string_view(ls).substr(0, o.begin).ends_with("accession ") &&
             (between == " to join the " || between == " to join " || between == " to the " || between == " to ")) ||
            between == " of accession to the " || between == " of accession to " || between == " on the accession to the " ||
            for_accession(between);
        if (accession) {
          joined = true;
          status_at = o.begin;
          std::erase_if(others, [&](const facts::Hit& x) { return x.begin >= o.begin && x.begin < h.begin; });
          continue;
        }
        // "signed a protocol to deepen their Economic Complementation Agreement": a protocol that
        // widens an agreement amends it too.
        // Only the agreement's name after the verb and an article ("to deepen cooperation under the
        // FTA" widens the cooperation).
        bool widens = false;
        for (std::string_view w : {" to deepen ", " to expand ", " to update ", " to upgrade ", " to modernise ",
                                   " to modernize "}) {
          if (!between.starts_with(w)) continue;
          std::string_view rest = between.substr(w.size());
          for (std::string_view art : {"the ", "their ", "its "})
            if (rest.starts_with(art)) rest.remove_prefix(art.size());
          // The words left are the capitalized name up to the noun.
          const std::string_view orig = st.substr(h.begin - rest.size(), rest.size());
          bool named_only = true;
          for (size_t k = 0; k < orig.size() && named_only; ++k)
            if (k == 0 || orig[k - 1] == ' ') named_only = facts::is_upper(orig[k]);
          widens = named_only;
        }
        if (!(between.starts_with(" to amend ") || between.starts_with(" amending ") || widens)) continue;
        amended = true;
        status_at = o.begin;
        std::erase_if(others, [&](const facts::Hit& x) { return x.begin >= o.begin && x.begin < h.begin; });
      }
      size_t stated_at = std::string_view::npos, cue_end = std::string_view::npos;
      bool standing = false;
      a.status = status_near(doc, sent, status_at, others, kind, &stated_at, &standing, &cue_end);
      // "agreed to launch the EPA Joint Council", "the third meeting of the Korea-Chile FTA Joint
      // Committee": the name is the agreement's own body's; the agreement stands in force, and the
      // step the sentence tells (a launch, a meeting) is the body's, dated by no occasion of it.
      // A body only named, with no step told ("the elevation of the Korea–EU FTA Trade Committee
      // into …"), says nothing of the agreement.
      // An entry into force the sentence tells of the agreement itself ("at the Korea-Chile FTA
      // Joint Committee …, and agreed to implement it fully in 2026") keeps its own reading.
      if (pact_body && !a.status.empty() && a.status != "in_force") {
        a.status = "in_force";
        standing = true;
        stated_at = cue_end = std::string_view::npos;
      }
      if (amended && (a.status == "signed" || a.status == "concluded")) a.status = "upgrade_concluded";
      if (amended && (a.status == "negotiating" || a.status == "launched")) a.status = "upgrade_negotiating";
      // Two governments' "joint declaration" named by the common noun is an instrument of its own
      // once signed ("the two ministers signed a joint declaration on strengthening trade
      // cooperation"), unless it records another agreement's step ("signed a joint declaration
      // confirming the conclusion of the Korea–UK FTA upgrade negotiations") or is a summit's
      // closing text ("wrapped up their summit with a joint declaration").
      if (named == "3" && !facts::is_upper(st[h.begin])) {
        // A pact or deal may also be reached before it is signed ("reached a trade deal").
        if (a.status != "signed" && !(kind == "agreement" && a.status == "concluded")) continue;
        if (std::any_of(hits.begin(), hits.end(), [&](const facts::Hit& o) { return o.begin >= h.end; })) continue;
      }
      // "… improving the Korea–India CEPA is necessary. They agreed to resume negotiations to
      // upgrade the agreement …": a next sentence that refers back to the agreement states its status.
      if (a.status.empty() && si + 1 < doc.sentences.size()) {
        const Span& next = doc.sentences[si + 1];
        if (size_t back = refers_back(doc.text(next), doc.lowered(next), kind, cues_); back != std::string_view::npos)
          a.status = status_near(doc, next, back, {}, kind);
      }
      // Parties: the codes inside the name; else those named right after it ("between Korea and
      // Serbia", "with Singapore and ASEAN"); else, for a trade agreement, the one counterpart
      // the sentence names.
      uint32_t nb = tb;
      if (size_t at = facts::rfind_from(body.substr(0, te), a.name.substr(0, std::min<size_t>(a.name.size(), 12)),
                                        sent.begin);
          at != std::string_view::npos && at >= sent.begin) {
        nb = static_cast<uint32_t>(at);
      }
      Span name_span{nb, std::min<uint32_t>(sent.end, std::max<uint32_t>(te, nb + static_cast<uint32_t>(a.name.size()))),
                     false};
      if (quoted) name_span = *quoted;
      auto codes = party_codes(doc, name_span);
      const facts::Hit* owner = nullptr;  // the known agreement a protocol belongs to
      for (const auto& k : protocol_of)
        if (k.end + 1 == h.begin) owner = &k;
      if (owner && codes.empty()) append_listed_parties(owner->phrase->value(1), &codes);
      if (is_known) {
        codes.clear();
        append_listed_parties(h.phrase->value(1), &codes);
      }
      // A common noun that needs its parties in the name ("EU-Australia trade agreement") needs
      // none as the last words of a longer capitalized name ("the Comprehensive Economic and Trade
      // Agreement"), which names the pact as a capitalized "Agreement" does.
      const bool in_proper_name = facts::is_upper(st[h.begin]) && a.name.size() > h.end - h.begin + 1;
      // "The Trade Agreement between the EFTA States and Armenia", "a trade agreement between India
      // and the European Free Trade Association": parties named right after it name it too.
      // "agreed to upgrade the bilateral trade agreement": the two governments of the sentence name
      // it as well.
      // So do the pair that is the sentence's subject for "their trade agreement" ("Britain and
      // Switzerland launched negotiations to upgrade their trade agreement").
      const std::string_view lead_in = std::string_view(ls).substr(0, h.begin);
      // "Mexico and the European Union signed a trade agreement on Friday": a common trade
      // agreement that a pair, the sentence's subject, signs or concludes is theirs; the words
      // say no more of its kind than an agreement ("free trade" would). Not one signed "with" a
      // third ("Korea and Japan signed a trade agreement with Australia").
      const bool signed_by_pair = named == "2" && codes.empty() && !in_proper_name &&
                                  !facts::is_upper(st[h.begin]) && lead_in.ends_with(" a ") &&
                                  (a.status == "signed" || a.status == "concluded") &&
                                  !std::string_view(ls).substr(h.end).starts_with(" with ") &&
                                  !subject_pair(doc, sent, tb).empty();
      if (signed_by_pair) a.kind = "agreement";
      if (named == "2" && codes.empty() && !in_proper_name && !lead_in.ends_with("bilateral ") && !signed_by_pair &&
          !(lead_in.ends_with(" their ") && !subject_pair(doc, sent, tb).empty())) {
        const std::string_view tail = std::string_view(ls).substr(h.end);
        if (!tail.starts_with(" between ") && !tail.starts_with(" among ")) continue;
        if (party_codes(doc, {te, party_list_end(doc, sent, te), false}).size() < 2) continue;
      }
      if (pair_named && !spelled && (codes.size() < 2 || (a.name.find('-') == std::string::npos &&
                                              a.name.find("\xE2\x80\x93") == std::string::npos)))
        continue;
      // A bare short name already given in parentheses ("… Agreement (TIFA)") is that agreement.
      if (codes.empty()) {
        std::string shortname = "(" + std::string(st.substr(h.begin, h.end - h.begin)) + ")";
        bool again = false;
        for (const auto& e : doc.x.agreements) again |= e.name.find(shortname) != std::string::npos;
        if (again) continue;
      }
      // Unless its name says who is party to it, an agreement of record has a stated status
      // ("entered into force", "negotiations", "signed").
      if (codes.empty() && a.status.empty()) continue;
      // "as partners under the CPTPP": who are partners or members under a pact says who belongs
      // to it, no step of it ("Trading under the AfCFTA began" still is one).
      if (a.status == "in_force") {
        const std::string_view lead = std::string_view(ls).substr(0, h.begin);
        if (lead.ends_with("partners under the ") || lead.ends_with("members under the ")) continue;
      }
      const bool trade = trade_kind(kind);
      // A common pact or deal needs both its sides named.
      const bool common_pact = common_pact_at(h);
      if (common_pact && codes.size() == 1) continue;
      std::vector<std::vector<std::string>> party_sets;
      auto foreign_of = [&](const std::vector<std::string>& cs) {
        std::vector<std::string> f;
        for (auto& c : cs)
          if (c != reporter) f.push_back(c);
        return f;
      };
      // A bloc alone in the name ("ASEAN Trade in Goods Agreement") names its members' own
      // agreement; one country there ("Korea–Chile FTA" aside) is the counterpart of the publisher.
      bool bloc_only = false;
      if (codes.size() == 1)
        for (const auto& b : doc.x.blocs) bloc_only |= b.code == codes[0];
      // A known name's bloc is a bloc also where the text names it only inside that name ("the
      // African Continental Free Trade Area": the African Union's, which no other words name).
      if (codes.size() == 1 && is_known && codes[0].size() > 2) bloc_only = true;
      // So is a protocol named for such an agreement ("the AfCFTA Protocol on Digital Trade").
      if (codes.size() == 1 && owner && codes[0].size() > 2) bloc_only = true;
      // "PH-EFTA FTA": the bloc joined by a dash to a side named by no code the text resolves;
      // the name has another party it does not spell out.
      bool half_named = false;
      if (bloc_only && !is_known)
        for (const auto& p : facts::places_in(doc, name_span)) {
          if (p.code != codes[0]) continue;
          auto dash_before = [&](uint32_t at) {
            return (at >= 1 && body[at - 1] == '-') || (at >= 3 && body.substr(at - 3, 3) == "\xE2\x80\x93");
          };
          auto dash_after = [&](uint32_t at) {
            return (at < body.size() && body[at] == '-') || body.substr(at, 3) == "\xE2\x80\x93";
          };
          // The other side: a capitalized word right across the dash with no place in it.
          uint32_t ob = 0, oe = 0;
          if (dash_before(p.span.begin)) {
            oe = p.span.begin - (body[p.span.begin - 1] == '-' ? 1 : 3);
            ob = oe;
            while (ob > sent.begin && facts::is_word_byte(static_cast<unsigned char>(body[ob - 1]))) --ob;
          } else if (dash_after(p.span.end)) {
            ob = p.span.end + (body[p.span.end] == '-' ? 1 : 3);
            oe = ob;
            while (oe < sent.end && facts::is_word_byte(static_cast<unsigned char>(body[oe]))) ++oe;
          }
          if (oe > ob && facts::is_upper(body[ob]) && facts::places_in(doc, {ob, oe, false}).empty()) half_named = true;
        }
      // "The two sides signed the UK-Oman Strategic Partnership Agreement and the Interim Trade
      // Agreement": a name that says nothing of its parties, joined by "and" right after another
      // agreement of the sentence, is a pact of its own between the same parties (its step, by
      // coordination, is that one's too).
      bool coordinated_after = false;
      // The other's name may run on past where it was read ("the Strategic Partnership Agreement",
      // read at "Partnership").
      if (codes.empty() && !is_known && !coord_parties.empty() && nb > coord_end && nb - coord_end <= 64) {
        uint32_t from = coord_end;
        while (from < nb && body[from] == ' ' && from + 1 < nb &&
               (facts::is_upper(body[from + 1]) || body[from + 1] == '(')) {
          const size_t sp = body.find(' ', from + 1);
          if (sp == std::string_view::npos || sp >= nb) break;
          from = static_cast<uint32_t>(sp);
        }
        const std::string_view gap = doc.lowered({from, nb, false});
        for (std::string_view g : {" and the ", " and ", ", and the ", " as well as the ", " as well as "})
          coordinated_after |= gap == g;
      }
      // "The European Union and Chile held a summit … The two sides signed the Advanced Framework
      // Agreement": in a release no government publishes, the two sides of a sentence that names no
      // government are the pair an earlier sentence makes its subject.
      std::vector<std::string> two_sides;
      if (codes.empty() && !coordinated_after && reporter.empty() && bilateral(ls, cues_) && party_codes(doc, sent).empty())
        two_sides = earlier_pair(doc, si);
      if (coordinated_after) {
        party_sets.push_back(coord_parties);
      } else if (!two_sides.empty()) {
        party_sets.push_back(two_sides);
      } else if (!codes.empty()) {
        // A known short name lists all its parties ("AfCFTA": the African Union's members).
        // "Australia's Comprehensive Economic Partnership Agreement with the United Arab Emirates":
        // one side in the name, the other right after "with".
        if (codes.size() == 1 && !bloc_only && !is_known && name_span.end < sent.end)
          for (const auto& p : facts::places_in(doc, {name_span.end, sent.end, false})) {
            const std::string_view gap = body.substr(name_span.end, p.span.begin - name_span.end);
            if ((gap == " with " || gap == " with the ") && p.code != codes[0]) codes.push_back(p.code);
            break;
          }
        // "The RCEP Agreement entered into force for Sri Lanka", "The Pacific Alliance-Singapore Free
        // Trade Agreement entered into force … for Singapore, Chile and Peru": those it took effect
        // for are parties beside a bloc or the one side its name resolves, whoever publishes it.
        if (a.status == "in_force" && codes.size() == 1)
          for (auto& c : in_force_for(doc, sent, name_span)) facts::push_unique(codes, c);
        if (codes.size() == 1 && !bloc_only && !is_known && !reporter.empty() && codes[0] != reporter)
          codes.push_back(reporter);
        // A country that joins a bloc's agreement is a party to it beside the bloc, also when the
        // agreement goes by the bloc's short name ("Costa Rica's accession to the CPTPP").
        if (codes.size() == 1 && bloc_only && !pact_body)
          if (std::string j = joiner(doc, sent, name_span); !j.empty() && j != codes[0]) codes.push_back(j);
        party_sets.push_back(codes);
      } else if (const std::string j = joined || joins_by_name(doc, sent, name_span) ? joiner(doc, sent, name_span) : "";
                 !j.empty()) {
        // "Costa Rica … signed the accession protocol to join the Digital Economy Partnership
        // Agreement": the joiner is a party, beside the publisher.
        // So is one that joins it itself ("South Korea formally joined the Digital Economy
        // Partnership Agreement on Tuesday").
        // The members that sign the protocol as the sentence's subject are parties too ("Chile, New
        // Zealand and Singapore signed the protocol for Costa Rica's accession to the …").
        std::vector<std::string> set{j, reporter};
        if (joined)
          for (const auto& c : party_codes(doc, {facts::words_begin(doc, sent), sent.begin + static_cast<uint32_t>(status_at), false}))
            set.push_back(c);
        std::erase(set, std::string());
        party_sets.push_back(set);
      } else if (common_pact) {
        // "Japan and the Philippines signed a pact", "Britain signed a trade deal with India": a
        // common pact or deal is one between governments only when the sentence names them as
        // the pair that signs, or as the country right after "with" or "between" (not "a deal
        // with China's CATL", a firm's).
        auto pair = subject_pair(doc, sent, tb);
        if (pair.empty()) {
          const std::string_view tail = std::string_view(ls).substr(h.end);
          const size_t lead = tail.starts_with(" with ") ? 6 : tail.starts_with(" between ") ? 9 : 0;
          if (lead == 0) continue;
          const uint32_t from = te + static_cast<uint32_t>(lead);
          const Span list{from, party_list_end(doc, sent, from), false};
          bool opens = false;
          for (const auto& p : facts::places_in(doc, list))
            opens |= p.span.begin <= from + 4 && !body.substr(p.span.end).starts_with("'s") &&
                     !body.substr(p.span.end).starts_with("\xE2\x80\x99s");
          if (!opens) continue;
          pair = party_codes(doc, list);
          if (lead == 6) {
            // The signer: the one government before the noun, else the publisher.
            auto before = party_codes(doc, {sent.begin, tb, false});
            std::erase_if(before, [&](const std::string& c) { return std::find(pair.begin(), pair.end(), c) != pair.end(); });
            if (before.size() == 1) pair.push_back(before[0]);
            else if (!reporter.empty() && std::find(pair.begin(), pair.end(), reporter) == pair.end()) pair.push_back(reporter);
          }
          if (pair.size() < 2) continue;
        }
        party_sets.push_back(pair);
      } else {
        std::string_view tail = std::string_view(ls).substr(h.end, 48);
        std::vector<std::string> near, named_after;
        const bool between = tail.find("between") != std::string_view::npos || tail.find("among") != std::string_view::npos;
        if (between || tail.find("with") != std::string_view::npos) {
          named_after = party_codes(doc, {name_span.end, party_list_end(doc, sent, name_span.end), false});
          near = foreign_of(named_after);
        }
        // "PACER Plus entered into force on Sunday for Australia, New Zealand, Samoa …": those it
        // took effect for are its parties.
        std::vector<std::string> in_force_for;
        if (near.empty()) in_force_for = ::tw::extract::in_force_for(doc, sent, name_span);
        // "the Digital Economy Partnership Agreement (DEPA), a pact signed by Chile, New Zealand and
        // Singapore in 2020": the governments a signing right after the name lists are its parties
        // (with one that joins it, named before).
        std::vector<std::string> signed_by;
        if (near.empty() && in_force_for.size() < 2) {
          const std::string_view low =
              doc.lowered({name_span.end, std::min<uint32_t>(sent.end, name_span.end + 64), false});
          const size_t by = low.find(" signed by ");
          bool clear = by != std::string_view::npos && low.substr(0, by).find(';') == std::string_view::npos;
          // No other agreement's name between; a common noun there restates this one (", a pact").
          for (const auto& o : hits)
            clear &= !(sent.begin + o.begin >= name_span.end && sent.begin + o.begin < name_span.end + by &&
                       facts::is_upper(st[o.begin]));
          if (clear) {
            const uint32_t from = name_span.end + static_cast<uint32_t>(by + 11);
            const Span list{from, party_list_end(doc, sent, from, true), false};
            bool opens = false;
            for (const auto& p : facts::places_in(doc, list)) opens |= p.span.begin <= from + 4;
            if (opens) signed_by = party_codes(doc, list);
            if (signed_by.size() >= 2 && join_word_before(doc, sent, name_span))
              if (const std::string j = joiner(doc, sent, name_span);
                  !j.empty() && std::find(signed_by.begin(), signed_by.end(), j) == signed_by.end())
                signed_by.push_back(j);
          }
        }
        if (between && near.empty() && !named_after.empty()) {
          // "free trade negotiations between Canada and the Pacific Alliance, … in Cali, Colombia":
          // the pact's sides are named, the other one by no code; another country of the sentence
          // is no party to it.
          continue;
        } else if (near.empty() && in_force_for.size() >= 2) {
          party_sets.push_back(in_force_for);
        } else if (near.empty() && signed_by.size() >= 2) {
          party_sets.push_back(signed_by);
        } else if (!near.empty()) {
          if (between && named_after.size() > 1) {
            // "the Free Trade Agreement between the EFTA States and Thailand", "an FTA among Japan,
            // China and the ROK": those named are the parties, whoever publishes the text.
            // "South Korea formally became a member of the DEPA, a digital trade pact among
            // Singapore, Chile and New Zealand": the joiner is one beside them.
            // Only one that joins: a member's parliament ratifying the pact of a bloc named there is
            // no new side.
            const bool joins = facts::has_word(ls, "joined") || facts::has_word(ls, "joins") ||
                               facts::has_word(ls, "accession") || ls.find("a member of") != std::string_view::npos;
            if (const std::string j = joins ? joiner(doc, sent, name_span) : "";
                !j.empty() && std::find(named_after.begin(), named_after.end(), j) == named_after.end())
              named_after.push_back(j);
            party_sets.push_back(named_after);
          } else if (trade && near.size() > 1 && !one_pact(body, tb)) {
            // "FTA upgrade negotiations with Singapore and ASEAN": one agreement per partner.
            for (auto& f : near) party_sets.push_back({f, reporter});
          } else {
            // A trade agreement with two partners or more comes here only as one pact ("South Korea
            // signed a free trade agreement with Panama, …"): the signer before it is a party too,
            // whoever reports it.
            const bool one_listed_pact = trade && near.size() > 1;
            // "The four EFTA states, Switzerland, Iceland, … signed a free trade agreement with
            // Chile": the bloc signs, not the member that publishes or is listed.
            const std::string bloc = trade ? members_as_bloc(doc, sent, tb) : "";
            if (!bloc.empty()) {
              std::erase(near, bloc);
              near.push_back(bloc);
            } else if (const auto signer = reporter.empty() && !one_listed_pact && !between
                                               ? party_codes(doc, {sent.begin, tb, false})
                                               : std::vector<std::string>{};
                       signer.size() == 1 && std::find(near.begin(), near.end(), signer[0]) == near.end()) {
              // "New Zealand has concluded negotiations on a Comprehensive Economic Partnership
              // Agreement with the United Arab Emirates" in a release that names no publisher: the
              // one government before the noun is the other side.
              near.push_back(signer[0]);
            } else {
              near.push_back(reporter);
              if (one_listed_pact)
                for (auto& c : party_codes(doc, {sent.begin, tb, false})) near.push_back(c);
            }
            party_sets.push_back(near);
          }
        } else if (trade) {
          auto f = foreign_of(party_codes(doc, sent));
          if (f.size() >= 2) {
            // "Mercosur and the United Arab Emirates concluded … a CEPA": a pair joined as the
            // subject before the noun are the parties.
            auto pair = subject_pair(doc, sent, tb);
            if (pair.empty()) pair = relative_pair(doc, sent, name_span.end);
            if (!pair.empty()) {
              party_sets.push_back(pair);
              f.clear();
            }
          }
          // "The two ministers reviewed progress on the CECA": the release's two governments as the
          // subject, with no country named, are its parties.
          if (party_sets.empty() && f.empty() && !reporter.empty() && bilateral(ls, cues_))
            if (std::string other = facts::main_counterpart(doc, reporter); !other.empty()) f.push_back(other);
          if (party_sets.empty() && f.size() != 1) continue;  // no single counterpart: not an agreement of record
          if (party_sets.empty()) party_sets.push_back({f[0], reporter});
        } else if (auto pair = (kind == "mou" || kind == "agreement") && !facts::has_word(ls, "wto")
                                   ? subject_pair(doc, sent, tb)
                                   : std::vector<std::string>{};
                   !pair.empty()) {
          // "The governments of Saudi Arabia and Pakistan signed a memorandum of understanding",
          // "Singapore and Chile launched negotiations on a Digital Economy Agreement": a pair joined
          // as the subject before the noun are its parties, whoever reports it.
          party_sets.push_back(pair);
        } else if (kind == "mou" && !reporter.empty() && !facts::has_word(ls, "wto")) {
          // "… the two sides agreed to expand service trade based on the MOU": the release's
          // counterpart is the other party; otherwise an MOU among the reporter's own bodies.
          std::string other = bilateral(ls, cues_) ? facts::main_counterpart(doc, reporter) : "";
          // "Turkish Trade Minister Omer Bolat and Kemi Badenoch, … of the UK, signed … an MoU": one
          // foreign government among the signers before the noun is the other party.
          if (other.empty())
            if (auto f = foreign_of(party_codes(doc, {sent.begin, tb, false})); f.size() == 1 && !facts::is_region(f[0]))
              other = f[0];
          // "The MoU was signed by Saudi Minister … and Austrian Minister …": the one other
          // government the signing sentence names.
          if (other.empty() && facts::has_word(ls, "signed")) {
            const auto f = foreign_of(party_codes(doc, sent));
            if (f.size() == 1) other = f[0];
          }
          if (!other.empty()) party_sets.push_back({reporter, other});
          else party_sets.push_back({reporter});
        } else if (facts::has_word(ls, "wto") || facts::has_word(ls, "plurilateral")) {
          party_sets.push_back({});  // a multilateral text: no parties to list
        } else {
          // "following the recent signing of the Strategic Trade and Investment Deal" in a
          // sentence about Korea–U.S. collaboration: the sentence's one counterpart.
          auto f = foreign_of(party_codes(doc, sent));
          const std::string other = f.empty() && !reporter.empty() && bilateral(ls, cues_) ? facts::main_counterpart(doc, reporter) : "";
          if (f.size() == 1) {
            party_sets.push_back({f[0], reporter});
          } else if (f.size() > 1 && standing && a.status == "in_force" && !reporter.empty() &&
                     std::any_of(cues_.standing_bodies.begin(), cues_.standing_bodies.end(), [&](const std::string& b) {
                       return facts::has_word(ls, b);
                     })) {
            // "hosted the 3rd Joint Commission of the Digital Economy Partnership Agreement …, with
            // Singapore's Minister … and Chile's Vice Minister …": the governments that sit on the
            // agreement's own body are its parties.
            f.push_back(reporter);
            party_sets.push_back(f);
          } else if (!other.empty()) {
            // "The two sides also released a Joint Declaration on …": the release's two governments.
            party_sets.push_back({reporter, other});
          } else if (kind == "declaration" || kind == "partnership") {
            // In a release whose title names one counterpart ("… to host talks with Chile"), a
            // partnership no sentence assigns is the two governments'; one named for a region
            // ("Americas Partnership …", "Indo-Pacific …") is a regional framework without parties.
            const std::string title_other = f.empty() ? title_counterpart(doc, reporter) : "";
            bool regional = false;
            for (const auto& p : facts::places_in(doc, name_span)) regional |= facts::is_region(p.code);
            for (std::string_view w : {"americas", "pacific", "atlantic", "asia", "africa", "europe"})
              regional |= facts::has_word(facts::lower(a.name), w);
            if (!title_other.empty() && !regional) party_sets.push_back({reporter, title_other});
            else party_sets.push_back({});
          } else {
            continue;
          }
        }
      }
      auto ds = facts::dates_in(doc, sent);
      // "WASHINGTON, July 23 (Reuters) - The United States and Japan reached a trade deal …, Trump
      // said on Tuesday": the dateline's date is the filing's; another date of the sentence tells
      // the step's.
      if (ds.size() > 1 && sent.begin == 0) {
        const uint32_t wb = facts::words_begin(doc, sent);
        if (std::any_of(ds.begin(), ds.end(), [&](const DateMention* d) { return d->span.begin >= wb; }))
          std::erase_if(ds, [&](const DateMention* d) { return d->span.end <= wb; });
      }
      // "convened the second session of the KORUS FTA Joint Committee on October 4", "held a joint
      // review of the FTA on Monday": an agreement standing in force is dated by no occasion of it.
      if (standing && a.status == "in_force" && stated_at == std::string_view::npos) ds.clear();
      // "Canada has ratified the … Agreement, paving the way for its entry into force on January 1,
      // 2026": a date after the name that a cue of entry into force leads to dates that later step,
      // not the one the release reports.
      if (a.status != "in_force" && !ds.empty() && ds.back()->span.begin > te) {
        const auto later = status_.match(doc, {te, sent.end, false});
        std::erase_if(ds, [&](const DateMention* d) {
          return d->span.begin > te && std::any_of(later.begin(), later.end(), [&](const facts::Hit& c) {
                   return c.phrase->value() == "in_force" && c.phrase->value(1).empty() &&
                          te + c.end <= d->span.begin && d->span.begin - (te + c.end) <= 8;
                 });
        });
      }
      if (!ds.empty()) {
        const DateMention* best = nullptr;
        long bd = -1;
        uint32_t anchor = stated_at != std::string_view::npos ? sent.begin + static_cast<uint32_t>(stated_at) : tb;
        Span other_step{0, 0, false};  // a relative clause on the name telling another step
        // "… in 2024 under the Kenya-UK Economic Partnership Agreement, which entered into force in
        // March 2021": the step a relative clause on the name tells is dated there.
        if (stated_at == std::string_view::npos) {
          const std::string_view rest = doc.lowered({te, sent.end, false});
          // Also without the comma ("a free trade deal that took effect in 2020").
          for (std::string_view which : {", which ", ", which has ", ", which had ", ", which was ", ", which were ",
                                         " that ", " which "}) {
            if (!rest.starts_with(which)) continue;
            const uint32_t cb = te + static_cast<uint32_t>(which.size());
            const auto told = status_.match(doc, {cb, sent.end, false});
            if (told.empty() || told.front().begin != 0 || told.front().phrase->value(1) == "standing") continue;
            if (told.front().phrase->value() == a.status) {
              anchor = cb;
            } else {
              // "… rose to $100 billion under the CEPA, which was signed in 2022": a clause telling
              // another step than the status dates that step, not the status.
              const std::string_view clause = doc.lowered({cb, sent.end, false});
              const size_t stop = clause.find_first_of(",;");
              other_step = {cb, stop == std::string_view::npos ? sent.end : cb + static_cast<uint32_t>(stop)};
            }
          }
        }
        // "The Australia-UAE CEPA, which was signed in November 2024, entered into force on 1
        // October": the status told past an aside is dated in its own clause; a date of the aside
        // between the name and that clause is the earlier step's.
        const bool dated_after_aside =
            stated_at != std::string_view::npos &&
            std::any_of(ds.begin(), ds.end(), [&](const DateMention* d) { return d->span.begin >= anchor; });
        // "… rose 20% to $100 billion in the year to March, three years after the two countries
        // signed their CEPA": a step a span of time after which the news is told (class
        // "time_after" of agreement_cues.tsv before "after" or "since") is dated only in that
        // clause, not by the figures' period or the saying beside it.
        const auto [after_b, after_e] = time_after_clause(doc, sent, tb);
        // "joined the Digital Economy Partnership Agreement (DEPA), a pact signed by Chile, New
        // Zealand and Singapore in 2020, on Wednesday": an aside set off by commas right after the
        // name that tells another step dates that step, not the status.
        Span aside{0, 0, false};
        if (name_span.end < sent.end && body.substr(name_span.end).starts_with(", ")) {
          const std::string_view rest = doc.lowered({name_span.end + 2, sent.end, false});
          // Past the commas of a list of names ("Chile, New Zealand and Singapore").
          size_t close = rest.find(", ");
          while (close != std::string_view::npos && close + 2 < rest.size() &&
                 facts::is_upper(doc.body[name_span.end + 2 + close + 2]))
            close = rest.find(", ", close + 2);
          if (close != std::string_view::npos) {
            const Span in{name_span.end + 2, name_span.end + 2 + static_cast<uint32_t>(close), false};
            for (const auto& c : status_.match(doc, in))
              if (c.phrase->value() != a.status && c.phrase->value(1) != "standing") aside = in;
            if (aside.end > 0 && std::none_of(ds.begin(), ds.end(), [&](const DateMention* d) {
                  return d->span.begin < aside.begin || d->span.begin >= aside.end;
                }))
              aside = {0, 0, false};
          }
        }
        // "… said on Friday, after a free trade agreement with the bloc took effect in January": a
        // date the status word leads straight into ("took effect in January", "signed on 3 May")
        // is the step's, however near another date stands to the name.
        const DateMention* led = nullptr;
        if (cue_end != std::string_view::npos)
          for (auto* d : ds) {
            const uint32_t ce = sent.begin + static_cast<uint32_t>(cue_end);
            if (d->span.begin < ce || d->span.begin - ce > 4) continue;
            const std::string_view gap = doc.lowered({ce, d->span.begin, false});
            if (gap == " " || gap == " in " || gap == " on ") led = d;
          }
        for (auto* d : ds) {
          if (dated_after_aside && d->span.begin > te && d->span.begin < anchor) continue;
          if (aside.end > 0 && d->span.begin >= aside.begin && d->span.end <= aside.end) continue;
          if (after_b < after_e && (d->span.begin < after_b || d->span.end > after_e)) continue;
          // Nor does a date after it ("…, which was signed in 2022, the minister said on Tuesday").
          if (other_step.end > 0 && d->span.begin >= te) continue;
          // "… at the Fourth Korea-Chile FTA Joint Committee held in Seoul, and agreed to hold the
          // next joint committee in 2026": a date past a "next" after the name is the next step's.
          if (d->span.begin > te && facts::has_word(doc.lowered({te, d->span.begin, false}), "next")) continue;
          // "… free trade agreement negotiations, which both sides aim to conclude in 2026": a date
          // after a word of aim dates the goal, not a step taken.
          if (d->span.begin > te) {
            const std::string_view between = doc.lowered({te, d->span.begin, false});
            if (std::any_of(cues_.goal_verbs.begin(), cues_.goal_verbs.end(),
                            [&](const std::string& w) { return facts::has_word(between, w); }))
              continue;
          }
          // "… which will update their 2002 association agreement": a year that names another
          // agreement noun right after it dates that one.
          if (d->span.begin >= te &&
              std::any_of(hits.begin(), hits.end(), [&](const facts::Hit& o) {
                const uint32_t ob = sent.begin + static_cast<uint32_t>(o.begin);
                return ob > d->span.end && ob - d->span.end <= 24 &&
                       doc.body.substr(d->span.end, ob - d->span.end).find_first_of(",;.") == std::string_view::npos;
              }))
            continue;
          long dist = d == led ? 0 : std::labs(static_cast<long>(d->span.begin) - static_cast<long>(anchor));
          if (bd < 0 || dist < bd) bd = dist, best = d;
        }
        if (best && bd < 160) a.date = facts::split_date(best->value).start;
      }
      a.span = {tb, te, false};
      const std::string_view article = body.substr(tb >= 4 ? tb - 4 : 0, tb >= 4 ? 4 : tb);
      const bool definite_bare = (article == "the " || article == "The ") &&
                                 (a.name.empty() || a.name == body.substr(tb, te - tb));
      for (auto& ps : party_sets) {
        std::vector<std::string> parties;
        for (auto& p : ps) facts::push_unique(parties, p);
        std::sort(parties.begin(), parties.end());
        bool dup = false;
        for (auto& e : doc.x.agreements) {
          // "Kenya and the EU signed an Economic Partnership Agreement … The deal, signed in
          // Nairobi …": a common pact of the same parties is the agreement already named.
          if (common_pact && e.parties == parties) {
            dup = true;
            break;
          }
          // A second noun of the same name ("… Agreement for Trans-Pacific Partnership") names the
          // same agreement: keep the first, with the full name.
          // Either name may be the longer: words after the last noun ("… Partnership on Thursday")
          // can lengthen the first-found one.
          const bool a_longer = a.name.size() >= e.name.size();
          const std::string& longer = a_longer ? a.name : e.name;
          const std::string& shorter = a_longer ? e.name : a.name;
          // Not a protocol named for the agreement ("AfCFTA" and "AfCFTA Protocol on Digital
          // Trade"): an instrument of its own.
          const bool protocol_named = std::string_view(longer).substr(shorter.size()).starts_with(" Protocol");
          if (e.kind != kind && e.parties == parties && !shorter.empty() && !protocol_named &&
              longer.compare(0, shorter.size(), shorter) == 0 && a.span.begin < e.span.end + a.name.size()) {
            // Not a name cut inside a parenthesis ("… Free Trade Area (ACFTA 3.0 Upgrade Protocol").
            if (a_longer && std::count(a.name.begin(), a.name.end(), '(') == std::count(a.name.begin(), a.name.end(), ')'))
              e.name = a.name;
            if (e.status.empty()) e.status = a.status;
            dup = true;
            continue;
          }
          // "signed a Comprehensive Economic Partnership Agreement …, the first free trade
          // agreement between Israel and an Arab country": a generic free trade agreement of the
          // parties of a named CEPA or EPA describes it.
          if (kind == "fta" && (e.kind == "cepa" || e.kind == "epa") && e.parties == parties && !parties.empty() &&
              !a.name.empty() && !facts::is_upper(a.name[0])) {
            dup = true;
            continue;
          }
          // "… the FTA between the Philippines and EFTA … The PH-EFTA FTA shall enter into force":
          // a name that leaves one side unresolved is the bloc's agreement the release already has.
          if (half_named && e.kind == kind && parties.size() == 1 && e.parties.size() > 1 &&
              std::find(e.parties.begin(), e.parties.end(), parties[0]) != e.parties.end()) {
            dup = true;
            if (e.date.empty()) e.date = a.date;
            continue;
          }
          // "… (CPTPP) members to conclude Costa Rica's accession negotiations at the CPTPP
          // Commission meeting": the bloc's pact named again in the sentence that gave its joiner is
          // the same agreement.
          if (is_known && bloc_only && parties.size() == 1 && e.kind == kind && e.span.begin >= sent.begin &&
              e.parties.size() == 2 && std::find(e.parties.begin(), e.parties.end(), parties[0]) != e.parties.end()) {
            dup = true;
            continue;
          }
          // "… signed a memorandum of understanding on trade and investment cooperation. The MoU was
          // signed on behalf of Qatar by …": the kind named again by its bare noun after "the" is the
          // agreement already named, though its sentence names fewer of the parties.
          if (e.kind == kind && definite_bare && !parties.empty() && parties.size() < e.parties.size() &&
              std::includes(e.parties.begin(), e.parties.end(), parties.begin(), parties.end())) {
            dup = true;
            continue;
          }
          if (e.kind != kind || e.parties != parties) continue;
          // "signed the Singapore-Kenya Digital Economy Partnership Agreement and the Investment
          // Promotion and Protection Agreement": a name joined to another by "and" is another pact,
          // though of the same kind and parties.
          if (coordinated_after && &e == &doc.x.agreements.back() && e.span.begin >= sent.begin &&
              e.name.find(a.name) == std::string::npos && a.name.find(e.name) == std::string::npos)
            continue;
          // The upgrade under negotiation and the agreement in force it upgrades are two records
          // ("negotiations on an enhanced FTA … not covered in the existing FTA").
          if (upgrade_vs_in_force(e.status, a.status)) continue;
          // Multilateral agreements without parties are told apart by name.
          // So are a bloc's own agreements ("ASEAN Trade in Goods Agreement", "ASEAN Digital Economy
          // Framework Agreement"); two governments' are one agreement under several names.
          if (parties.size() <= 1 && e.name.find(a.name) == std::string::npos && a.name.find(e.name) == std::string::npos)
            continue;
          dup = true;
          if (e.date.empty()) e.date = a.date;
          // "… through the USMCA. … the full implementation of the USMCA's …": a later mention
          // states the status of an agreement first named in passing.
          if (e.status.empty()) e.status = a.status;
          // "… wrapped up talks on the Pakistan-GCC FTA … have concluded the FTA": a later sentence
          // saying the talks ended moves the agreement on.
          if (e.status == "negotiating" && a.status == "concluded") e.status = a.status;
        }
        if (dup) continue;
        Agreement out = a;
        out.parties = parties;
        if (doc.explain) doc.trace("agreements", out.kind + ":" + out.name, "agreement noun '" + h.phrase->text + "'", out.span);
        doc.x.agreements.push_back(std::move(out));
      }
      coord_parties.clear();
      if (party_sets.size() == 1 && !party_sets[0].empty()) {
        for (auto& p : party_sets[0]) facts::push_unique(coord_parties, p);
        std::sort(coord_parties.begin(), coord_parties.end());
        coord_end = name_span.end;
      }
    }
  }
  add_title_agreements(doc);
  // An agreement of record has a status the release states or changes; one only mentioned
  // ("working with partners in the CPTPP", "the importance of the CUSMA") is not one. Kept until
  // here so that a later mention can still supply the status and restated short names resolve.
  std::erase_if(doc.x.agreements, [](const Agreement& a) { return a.status.empty(); });
}

// "New Zealand and India conclude FTA talks" over a body that says only "the deal", "UK and Gulf
// Cooperation Council agree trade deal" over one whose sentence states no step: the headline names
// the agreement and its step. Its parties are the governments the headline names before the noun
// (with the publisher when only one is named), or after "with" / "between". An agreement of the
// same parties the body already gives takes the headline's step when it has none, and the
// headline's kind when the body names it only as a common pact or deal; otherwise the headline's
// agreement is recorded with its span in the title. Known short names and nouns that need a
// capitalized name are left to the body.
void AgreementsStage::add_title_agreements(Doc& doc) const {
  const Span ts{0, static_cast<uint32_t>(doc.title.size()), true};
  if (ts.end == 0) return;
  std::vector<facts::Hit> found[2];
  names_.match(doc, ts, found);
  auto& hits = found[0];
  if (hits.empty()) return;
  const std::string_view lt = doc.lowered(ts);
  const std::string_view title = doc.title;
  // Nouns inside a known name are that agreement's, which the body gives.
  std::erase_if(hits, [&](const facts::Hit& n) {
    if (std::any_of(found[1].begin(), found[1].end(), [&](const facts::Hit& k) { return k.begin <= n.begin && n.end <= k.end; }))
      return true;
    const std::string_view after = lt.substr(n.end);
    return after.starts_with(" partner") || after.starts_with(" member") || after.starts_with(" secretariat") ||
           names_a_body(title, lt, n.end, cues_);
  });
  const std::string& reporter = doc.reporter;
  const auto places = facts::places_in(doc, ts);
  const bool trade_title =
      std::any_of(hits.begin(), hits.end(), [](const facts::Hit& h) { return trade_kind(h.phrase->value(0)); });
  for (const auto& h : hits) {
    const std::string& kind = h.phrase->value(0);
    const std::string& named = h.phrase->value(1);
    // "deal", "trade agreement": common nouns count with the pair that reaches them before them.
    const bool common = named == "2" || named == "3";
    if (named == "1") continue;
    // "… sign CEPA, trade deal": the common noun beside a pact's own restates it.
    if (common && trade_title) continue;
    const std::string status = status_near(doc, ts, h.begin, {}, kind);
    if (status.empty()) continue;
    std::vector<std::string> before, after;
    for (const auto& p : places) {
      if (facts::is_region(p.code)) continue;
      if (p.span.end <= h.begin) facts::push_unique(before, p.code);
      else if (p.span.begin >= h.end) {
        const std::string_view lead = lt.substr(h.end, p.span.begin - h.end);
        if (lead == " with " || lead == " with the " || lead == " between " || lead == " between the " ||
            (!after.empty() && (lead.ends_with(" and ") || lead.ends_with(", "))))
          facts::push_unique(after, p.code);
      }
    }
    std::vector<std::string> parties = before;
    for (const auto& c : after) facts::push_unique(parties, c);
    if (common && before.size() < 2 && after.empty()) continue;
    // "Parmelin signs free trade agreement with Chile": one side named; the other is the publisher,
    // or the body's party beside it ("The four EFTA states … signed … with Chile").
    const std::string named_one = parties.size() == 1 ? parties[0] : std::string();
    if (parties.size() == 1 && !reporter.empty() && parties[0] != reporter) parties.push_back(reporter);
    if (parties.size() != 2) continue;  // one side only, or a headline of several governments' news
    std::sort(parties.begin(), parties.end());
    bool dup = false;
    auto same_sides = [&](const Agreement& e) {
      return e.parties == parties ||
             (!named_one.empty() && std::find(e.parties.begin(), e.parties.end(), named_one) != e.parties.end());
    };
    // "India and Oman sign Comprehensive Economic Partnership Agreement" over a body that gives the
    // CEPA and "a bilateral investment treaty" of the same parties: the body's own CEPA is the
    // headline's, and the other pact keeps its kind.
    const bool exact = std::any_of(doc.x.agreements.begin(), doc.x.agreements.end(),
                                   [&](const Agreement& e) { return e.kind == kind && same_sides(e); });
    for (auto& e : doc.x.agreements) {
      if (!same_sides(e) || (exact && e.kind != kind)) continue;
      const bool trade = trade_kind(kind);
      const bool e_common = e.kind == "agreement" && !e.name.empty() && !facts::is_upper(e.name[0]);
      // Two trade pacts of the same parties are one: the body names it more surely ("economic
      // partnership agreement" in the headline, "a Comprehensive Economic Partnership Agreement
      // (CEPA)" in the body).
      if (e.kind == kind || (e_common && trade) || (trade && trade_kind(e.kind)) ||
          (common && e.kind != "mou" && e.kind != "declaration")) {
        if (e_common && trade) e.kind = kind;
        if (e.status.empty()) e.status = status;
        dup = true;
      }
    }
    if (dup) continue;
    Agreement a;
    a.kind = kind;
    a.name = facts::proper_name(title, h.begin, h.end);
    if (a.name.empty()) a.name = std::string(title.substr(h.begin, h.end - h.begin));
    a.parties = std::move(parties);
    a.status = status;
    // The headline's step is the title's event, which the body's lede dates.
    if (!doc.x.events.empty() && doc.x.events.front().type == "agreement") a.date = facts::split_date(doc.x.events.front().start).start;
    a.span = {static_cast<uint32_t>(h.begin), static_cast<uint32_t>(h.end), true};
    if (doc.explain) doc.trace("agreements", a.kind + ":" + a.name, "agreement noun '" + h.phrase->text + "' in the title", a.span);
    doc.x.agreements.push_back(std::move(a));
  }
}

}  // namespace

Result<StagePtr> make_agreements_stage(const std::string& data_dir) { return AgreementsStage::make(data_dir); }

}  // namespace tw::extract

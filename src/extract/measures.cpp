// Trade measures (SPEC §3.6): who imposes what on which sector, the stated parameters, when it
// was announced, and the reporting government's stance on it.
#include <algorithm>
#include <cstdint>
#include <cstring>
#include <map>
#include <optional>
#include <set>

#include "extract/cue_lists.h"
#include "extract/facts_common.h"
#include "extract/shared_data.h"
#include "extract/speech_verbs.h"
#include "extract/stages.h"

namespace tw::extract {
namespace {

using facts::Lexicon;

// measure_cues.tsv: the word lists the owner, target and clause searches read (see the file for
// what each list is for).
struct MeasureCues {
  std::vector<std::string> capital_verbs;  // " imposed ", " will slap ", … then the possessive marks
  std::vector<std::string> capital_aux;    // " ", " has ", " will ", …
  std::vector<std::string> clause_breaks;  // ";", ", while ", …: a clause of its own follows
  std::vector<std::string> capital_says;   // " said ", …
  std::vector<std::string> goods_breaks;   // " with ", " will ", …
  std::vector<std::string> head_titles;    // "President", …
  std::vector<std::string> gov_words;      // " administration", …
  std::vector<std::string> not_goods;      // "the", "its", …
  std::vector<std::string> speech_verbs;   // " said ", …
  std::vector<std::string> origin_leads;   // "from ", "originating in ", …
  std::vector<std::string> face_verbs;     // " face ", " agreed to ", …
  std::vector<std::string> nominal_nouns;  // "removal of ", …
  std::vector<std::string> relative_skips; // "the", "that", …
  std::vector<std::string> relative_verbs; // " imposed", " will levy", …
  std::vector<std::string> case_nouns;     // " investigation", …
  std::vector<std::string> case_begun;     // " initiated", …
  std::vector<std::string> goods_words;    // "goods", "products", …
  std::vector<std::string> pact_verbs;     // " remove", …
  std::vector<std::string> pact_nouns;     // "agreement", …
  std::vector<std::string> negotiated;     // " concession", " cut ", …
  std::vector<std::string> determiners;    // " the ", " its ", …
  std::vector<std::string> not_modifiers;  // "the", "a", …
  std::vector<std::string> point_back;     // "the", "these", …
  std::vector<std::string> title_joins;    // "amid", "over", …
  std::vector<std::string> passive_aux;    // " was ", " were ", …
  std::vector<std::string> destination_leads;  // " to ", " to the ", …
  std::vector<std::string> aside_opens;    // ", which ", ", who ", …
  std::vector<std::string> clause_leads;   // " as ", " after ", …
  std::vector<std::string> not_clause_leads;  // " such as ", " as well as ", …
  std::vector<std::string> pact_titles;       // "Agreement on", … as written
  std::vector<std::string> name_joins;        // "and", "of", …
  std::vector<std::string> remedied_leads;    // "unfair ", "offset ", …
  std::vector<std::string> taking_verbs;      // "take", "impose", …
  std::vector<std::string> spared_leads;      // " excluding ", " except ", …
  std::vector<std::string> pact_rates;        // "preferential ", …

  static Result<MeasureCues> load(const std::string& dir) {
    MeasureCues c;
    // Punctuation is matched as written (";", ", while " reads ", while "); an empty word is the
    // bare space between a capital and its verb ("Ottawa imposed").
    const CueList lists[] = {{"capital_verb", &c.capital_verbs, 'w'}, {"capital_aux", &c.capital_aux, 'w'},
                             {"clause_break", &c.clause_breaks, 'w'}, {"capital_say", &c.capital_says, 'w'},
                             {"goods_break", &c.goods_breaks, 'w'},   {"head_title", &c.head_titles, 'n'},
                             {"gov_word", &c.gov_words, 'p'},         {"not_goods", &c.not_goods, 'n'},
                             {"speech_verb", &c.speech_verbs, 'w'},   {"origin_lead", &c.origin_leads, 'a'},
                             {"face_verb", &c.face_verbs, 'w'},       {"nominal_noun", &c.nominal_nouns, 'a'},
                             {"relative_skip", &c.relative_skips, 'n'}, {"relative_verb", &c.relative_verbs, 'p'},
                             {"case_noun", &c.case_nouns, 'p'},       {"case_begun", &c.case_begun, 'p'},
                             {"goods_word", &c.goods_words, 'n'},     {"pact_verb", &c.pact_verbs, 'p'},
                             {"pact_noun", &c.pact_nouns, 'n'},       {"negotiated", &c.negotiated, 'p'},
                             {"determiner", &c.determiners, 'w'},     {"not_modifier", &c.not_modifiers, 'n'},
                             {"point_back", &c.point_back, 'n'},      {"title_join", &c.title_joins, 'n'},
                             {"passive_aux", &c.passive_aux, 'w'},   {"destination_lead", &c.destination_leads, 'w'},
                             {"aside_open", &c.aside_opens, 'w'},     {"clause_lead", &c.clause_leads, 'w'},
                             {"not_clause_lead", &c.not_clause_leads, 'w'},
                             {"pact_title", &c.pact_titles, 'n'},     {"name_join", &c.name_joins, 'n'},
                             {"remedied_lead", &c.remedied_leads, 'a'}, {"taking_verb", &c.taking_verbs, 'n'},
                             {"spared_lead", &c.spared_leads, 'w'},   {"pact_rate", &c.pact_rates, 'a'}};
    auto loaded = load_cue_lists(dir, "measure_cues.tsv", lists, {.empty_is_space = true});
    if (!loaded) return Error{loaded.error()};
    // A capital's possessive ("Ottawa's tariffs", "Brussels' levy"), straight or curly.
    for (const char* mark : {"'s ", "\xE2\x80\x99s ", "' ", "\xE2\x80\x99 "}) c.capital_verbs.emplace_back(mark);
    return c;
  }

  static bool has(const std::vector<std::string>& list, std::string_view w) {
    return std::find(list.begin(), list.end(), w) != list.end();
  }
};

// The words between a measure noun and a place name only the goods it covers ("on imported
// automobiles from", "on Chinese"): no clause break, verb or other object between.
bool goods_phrase(const MeasureCues& cues, std::string_view between) {
  if (between.find_first_of(",;.") != std::string_view::npos) return false;
  for (const std::string& w : cues.goods_breaks)
    if (between.find(w) != std::string_view::npos) return false;
  return true;
}

bool modifiers_only(const MeasureCues& cues, std::string_view gap, bool possessive);

// Whether the words right before a measure noun deny that anyone takes it: "not" or "never", a verb
// of taking (list "taking_verb") and at most one word between verb and noun ("would not take
// countermeasures", "will not impose new tariffs"). A measure not lifted or not extended is still
// one.
bool denied_taking(const MeasureCues& cues, std::string_view lead) {
  std::string_view words[4];
  int n = 0;
  while (n < 4 && lead.ends_with(' ')) {
    lead.remove_suffix(1);
    const size_t sp = lead.rfind(' ');
    const size_t b = sp == std::string_view::npos ? 0 : sp + 1;
    words[n++] = lead.substr(b);
    if (words[n - 1].find_first_of(",;:.") != std::string_view::npos) return false;
    lead = lead.substr(0, b);
  }
  auto negation = [](std::string_view w) { return w == "not" || w == "never"; };
  for (int v = 0; v < 2 && v + 1 < n; ++v)
    if (MeasureCues::has(cues.taking_verbs, words[v]) && negation(words[v + 1])) return true;
  return false;
}

// Whether a person's title is a head of state's or government's.
bool head_title(const MeasureCues& cues, const std::string& t) {
  if (t.find("Vice") != std::string::npos || t.find("Deputy") != std::string::npos) return false;
  for (const std::string& h : cues.head_titles)
    if (t.ends_with(h)) return true;
  return false;
}

// The noun of a measure a sentence adds: the measure's index and the noun's span in the body.
struct MeasureNoun {
  size_t index;
  uint32_t begin, end;
};

// Whether a clause of its own lies between two points of a sentence: ", while …", ", whereas …",
// "; …" (", while Tokyo will invest $550 billion in the United States" after a tariff lowered).
bool clause_between(const Doc& doc, const MeasureCues& cues, uint32_t a, uint32_t b) {
  if (a > b) std::swap(a, b);
  const std::string_view gap = doc.lowered({a, b, false});
  return std::any_of(cues.clause_breaks.begin(), cues.clause_breaks.end(),
                     [&](const std::string& w) { return gap.find(w) != std::string_view::npos; });
}

// Whether a word that opens a clause of its own stands between a figure and the measure noun after
// it ("exports … fell 9.5 percent … to $1.2 billion in February as the EU's safeguard measure …"):
// the figure is the other clause's. Not such a word inside a phrase of comparison ("products such
// as", "duties as high as 25%").
bool clause_lead_between(const Doc& doc, const MeasureCues& cues, uint32_t a, uint32_t b) {
  if (a >= b) return false;
  const std::string_view gap = doc.lowered({a, b, false});
  for (const std::string& w : cues.clause_leads)
    for (size_t at = gap.find(w); at != std::string_view::npos; at = gap.find(w, at + 1)) {
      const bool joined = std::any_of(cues.not_clause_leads.begin(), cues.not_clause_leads.end(), [&](const std::string& o) {
        for (size_t k = gap.find(o); k != std::string_view::npos; k = gap.find(o, k + 1))
          if (k <= at + 1 && at + w.size() <= k + o.size() + 1) return true;
        return false;
      });
      if (!joined) return true;
    }
  return false;
}

// Whether position b of a sentence lies inside a relative aside that closes before `until`
// ("the U.S. decision, which came after Canada's request for consultations, to impose anti-dumping
// duties"): the aside's words qualify the noun before it, and a government named there owns
// nothing of what follows.
bool in_closed_aside(const Doc& doc, const MeasureCues& cues, const Span& sent, uint32_t b, uint32_t until) {
  if (b <= sent.begin || until <= b) return false;
  const std::string_view text = doc.lowered({sent.begin, until, false});
  const size_t rel = b - sent.begin;
  for (const std::string& w : cues.aside_opens)
    for (size_t at = text.find(w); at != std::string_view::npos && at < rel; at = text.find(w, at + 1)) {
      const size_t close = text.find(',', at + w.size());
      if (close != std::string_view::npos && close > rel) return true;
    }
  return false;
}

// "China … would impose provisional anti-dumping duties of 75.8% on canola seed …, escalating a
// dispute that began after Ottawa imposed tariffs on Chinese electric vehicles": a measure's
// parameters are the figures of its own phrase, not those of another measure of the sentence, nor
// those of a clause set against it. A figure closely before a noun ("25% counter-tariffs", "a 50
// percent tariff") is that noun's; any other is the nearest noun's before it, or, before every
// noun, the first noun's after it.
void own_figures(Doc& doc, const MeasureCues& cues, const Span& sent, const std::vector<MeasureNoun>& nouns) {
  if (nouns.empty()) return;
  struct Figure {
    Span span;
    const std::string* text;
  };
  std::vector<Figure> figures;
  for (const auto& p : doc.x.percents)
    if (facts::inside(p.span, sent)) figures.push_back({p.span, &p.text});
  for (const auto& mo : doc.x.money)
    if (facts::inside(mo.span, sent)) figures.push_back({mo.span, &mo.text});
  if (figures.empty()) return;
  for (const MeasureNoun& n : nouns) {
    std::vector<std::string> own;
    for (const Figure& f : figures) {
      const MeasureNoun* owner = nullptr;
      if (nouns.size() > 1) {
        for (const MeasureNoun& o : nouns)
          if (o.begin >= f.span.end && o.begin - f.span.end <= 30) {
            const std::string_view gap = doc.lowered({f.span.end, o.begin, false});
            if (gap.find_first_of(",;") == std::string_view::npos && (!owner || o.begin < owner->begin)) owner = &o;
          }
        if (!owner)
          for (const MeasureNoun& o : nouns)
            if (o.end <= f.span.begin && (!owner || o.end > owner->end)) owner = &o;
        if (!owner)
          for (const MeasureNoun& o : nouns)
            if (!owner || o.begin < owner->begin) owner = &o;
      }
      if (owner && owner->index != n.index) continue;
      if (clause_between(doc, cues, f.span.begin < n.begin ? f.span.end : n.end, f.span.begin < n.begin ? n.begin : f.span.begin))
        continue;
      if (f.span.end <= n.begin && clause_lead_between(doc, cues, f.span.end, n.begin)) continue;
      own.push_back(*f.text);
    }
    doc.x.measures[n.index].parameters = std::move(own);
  }
}

// "President Trump's tariffs on steel", "the Biden administration's export controls": a head of
// state or government, or an administration named after one, owns the measure its possessive
// stands before (a few words between, no comma). Their country: the person's own when the release
// states it, else the one country of the release left once those named in the sentence before the
// possessive (the speaker's) and right after the noun (the goods' origin) are set aside. Empty
// when there is no such possessive or no one country is left. *named_at is set to where the head's
// name before the possessive begins ("Trump administration's", "Biden's"), also when no country is
// found for it: the measure's description starts there.
std::string head_owner(const MeasureCues& cues, const Doc& doc, const Span& sent,
                       const std::vector<facts::Place>& places, uint32_t tb, uint32_t te, uint32_t* named_at) {
  const std::string_view body = doc.body;
  std::string country;
  bool head = false;
  uint32_t pos = tb;  // places named before it are the speaker's
  // The possessive: "'s " or "’s " within a few words before the noun.
  const uint32_t from = tb > sent.begin + 48 ? tb - 48 : sent.begin;
  const std::string_view lead = body.substr(from, tb - from);
  size_t at = lead.rfind("'s ");
  size_t mark = 2;
  if (const size_t curly = lead.rfind("\xE2\x80\x99s "); curly != std::string_view::npos && (at == std::string_view::npos || curly > at))
    at = curly, mark = 4;
  if (at != std::string_view::npos) {
    const std::string_view gap = lead.substr(at + mark);
    if (gap.find_first_of(",;.") == std::string_view::npos && std::count(gap.begin(), gap.end(), ' ') <= 4) {
      pos = from + static_cast<uint32_t>(at);  // where the possessive mark begins
      for (const Person& p : doc.x.people) {
        if (!std::any_of(p.spans.begin(), p.spans.end(), [&](const Span& sp) { return !sp.in_title && sp.end == pos; }))
          continue;
        head = head_title(cues, p.title);
        if (head) country = p.country;
        break;
      }
      if (!head) {
        // "the Biden administration's": a capitalized name before the word. "the Lula government's",
        // "the Takaichi government's": one that is a word of the name of a person the release names.
        // The person's country, when the release gives it, is the administration's.
        const std::string_view before = body.substr(sent.begin, pos - sent.begin);
        for (std::string_view w : cues.gov_words) {
          if (!before.ends_with(w)) continue;
          const std::string_view name = before.substr(0, before.size() - w.size());
          const size_t sp = name.find_last_of(' ');
          const std::string_view last = name.substr(sp == std::string_view::npos ? 0 : sp + 1);
          if (last.empty() || !facts::is_upper(last.front())) continue;
          head = w[1] == 'a' || w[1] == 'A';
          for (const Person& p : doc.x.people) {
            const std::string_view full = p.name;
            bool named = false;
            for (size_t k = 0; k < full.size() && !named;) {
              size_t e = full.find(' ', k);
              if (e == std::string_view::npos) e = full.size();
              named = full.substr(k, e - k) == last;
              k = e + 1;
            }
            if (!named || p.country.empty()) continue;
            head = true;
            country = p.country;
            break;
          }
        }
      }
      if (head) {
        std::string_view name = body.substr(sent.begin, pos - sent.begin);
        for (std::string_view w : cues.gov_words)
          if (name.ends_with(w)) name.remove_suffix(w.size());
        const size_t sp = name.find_last_of(' ');
        *named_at = sent.begin + static_cast<uint32_t>(sp == std::string_view::npos ? 0 : sp + 1);
      }
    }
  }
  if (!head && te < sent.end) {
    // "the tariffs on Chinese imports imposed by President Trump('s administration)": a head named
    // as the agent of a participle after the noun, in the same clause.
    const std::string_view after = body.substr(te, std::min<uint32_t>(sent.end, te + 80) - te);
    const size_t by = after.find(" by ");
    if (by != std::string_view::npos && by >= 2 && after.substr(0, by).ends_with("ed") &&
        after.substr(0, by).find_first_of(",;") == std::string_view::npos) {
      const uint32_t agent = te + static_cast<uint32_t>(by) + 4;
      // "the sweeping tariffs announced by U.S. President Donald Trump": a country named before the
      // head's title is the head's.
      for (const auto& q : places) {
        if (q.span.begin != agent && q.span.begin != agent + 4) continue;
        if (q.span.begin == agent + 4 && !body.substr(agent).starts_with("the ")) continue;
        const std::string_view then = body.substr(q.span.end, std::min<size_t>(body.size() - q.span.end, 16));
        const bool titled = std::any_of(cues.head_titles.begin(), cues.head_titles.end(), [&](std::string_view t) {
          return then.size() >= t.size() + 2 && then[0] == ' ' && then.substr(1, t.size()) == t && then[t.size() + 1] == ' ';
        });
        if (titled) {
          head = true;
          country = q.code;
          pos = tb;
        }
        break;
      }
      for (const Person& p : doc.x.people) {
        if (head) break;
        if (!head_title(cues, p.title)) continue;
        // The person's name after "by" and the title.
        const std::string_view title_then = body.substr(agent, std::min<size_t>(body.size() - agent, p.title.size() + 1));
        const uint32_t name_at = agent + static_cast<uint32_t>(p.title.size()) + 1;
        if (title_then != p.title + " " && !(body.substr(agent).starts_with("the ") &&
                                              body.substr(agent + 4).starts_with(p.title + " ")))
          continue;
        const uint32_t name_begin = body.substr(agent).starts_with("the ") ? name_at + 4 : name_at;
        if (std::any_of(p.spans.begin(), p.spans.end(), [&](const Span& sp) { return !sp.in_title && sp.begin == name_begin; })) {
          head = true;
          country = p.country;
          pos = tb;
          break;
        }
      }
    }
  }
  if (!head) return {};
  if (!country.empty()) return country;
  // The one country left of the release's.
  std::vector<std::string> aside;
  for (const auto& p : places) {
    // One named before it as where goods go ("exports to the United States fell 0.2% as President
    // Trump's tariffs weighed") is no speaker, nor surely the head's country: no country is told
    // by elimination then.
    if (p.span.end <= pos) {
      const std::string_view upto = doc.lowered({sent.begin, p.span.begin, false});
      if (std::any_of(cues.destination_leads.begin(), cues.destination_leads.end(),
                      [&](const std::string& w) { return upto.ends_with(w); }))
        return {};
      aside.push_back(p.code);
    }
    if (p.span.begin >= te && p.span.begin - te <= 48 && goods_phrase(cues, doc.lowered({te, p.span.begin, false})))
      aside.push_back(p.code);
  }
  std::string left;
  for (const auto& c : doc.x.countries) {
    if (std::find(aside.begin(), aside.end(), c.code) != aside.end()) continue;
    if (!left.empty()) return {};
    left = c.code;
  }
  return left;
}

// Whether the words before a name are all of the subject's noun phrase: capitalized words,
// possessives and "the", "of", "and" ("The Department of Commerce's " before "Bureau of …"),
// after any dateline.
bool subject_phrase(std::string_view lead) {
  // After a dateline ("Washington, D.C. - ").
  for (std::string_view dash : {std::string_view(" - "), std::string_view(" \xE2\x80\x93 "), std::string_view(" \xE2\x80\x94 ")})
    if (const size_t at = lead.rfind(dash); at != std::string_view::npos) lead.remove_prefix(at + dash.size());
  // After an opening phrase set off by a comma, right before the body ("Operating under the
  // Ministry of Commerce since 2000, the NTC … imposed", "On Monday, the Commission adopted").
  if (const size_t at = lead.rfind(", "); at != std::string_view::npos) {
    const std::string_view rest = lead.substr(at + 2);
    if (rest.empty() || rest == "the ") return true;
  }
  for (size_t i = 0; i < lead.size();) {
    const size_t sp = lead.find(' ', i);
    const std::string_view w = lead.substr(i, sp == std::string_view::npos ? std::string_view::npos : sp - i);
    if (w.find(',') != std::string_view::npos || w.find(')') != std::string_view::npos) return false;
    // "… Bureau of Industry and Security (BIS": a name's acronym in parentheses.
    const std::string_view bare = w.starts_with("(") ? w.substr(1) : w;
    if (!bare.empty() && !facts::is_upper(bare[0]) && bare != "the" && bare != "of" && bare != "and") return false;
    if (sp == std::string_view::npos) break;
    i = sp + 1;
  }
  return true;
}

// Whether the place of `code` opens the sentence, its subject ("China's Commerce Ministry said …",
// "The Chinese commerce ministry urged …").
bool subject_of(const Doc& doc, const Span& sent, const std::string& code) {
  if (code.empty()) return false;
  const uint32_t wb = facts::words_begin(doc, sent);
  for (const auto& p : facts::places_in(doc, sent))
    if (p.code == code && p.span.begin >= wb && p.span.begin <= wb + 4) return true;
  return false;
}

class MeasuresStage final : public Stage {
 public:
  const char* name() const override { return "measures"; }

  static Result<StagePtr> make(const std::string& dir) {
    auto st = std::make_unique<MeasuresStage>();
    auto loaded = Lexicon::load_all(dir, {{&st->kinds_, "measure_kinds.tsv", 1},
                                          {&st->sectors_, "measure_sectors.tsv", 1},
                                          {&st->stances_, "stance_cues.tsv", 2},
                                          {&st->acts_, "measure_acts.tsv", 1},
                                          {&st->statistics_, "measure_statistics.tsv", 1}});
    if (!loaded) return Error{loaded.error()};
    // The voices the reporter stage reads too: whether a sentence speaks in a government's voice.
    auto voices = shared_lexicon(dir, "reporter_voices.tsv");
    if (!voices) return Error{voices.error()};
    st->voices_ = std::move(voices).value();
    auto nonimposers = text::read_tsv(dir, "measure_nonimposers.tsv");
    if (!nonimposers) return Error{nonimposers.error()};
    for (const auto& row : nonimposers.value())
      if (!row.empty()) st->nonimposers_.insert(row[0]);
    auto cues = MeasureCues::load(dir);
    if (!cues) return Error{cues.error()};
    st->cues_ = std::move(cues).value();
    auto capitals = text::read_tsv(dir, "measure_capitals.tsv");
    if (!capitals) return Error{capitals.error()};
    for (const auto& row : capitals.value())
      if (row.size() >= 2) st->capitals_.emplace_back(row[0], row[1]);
    // The verb phrases of stopping a flow ("banned imports", "suspend exports"), by their text: the
    // same verb with the goods between is looked up here ("banned rice imports").
    for (const auto& ph : st->kinds_.phrases()) {
      if (ph.value(3) != "act") continue;
      const size_t sp = ph.text.find(' ');
      if (sp == std::string::npos || ph.text.find(' ', sp + 1) != std::string::npos) continue;
      const std::string_view flow = std::string_view(ph.text).substr(sp + 1);
      if (flow == "imports" || flow == "exports") {
        st->flow_verbs_.emplace(ph.text, &ph);
        st->flow_verb_words_.emplace(ph.text.substr(0, ph.text.find(' ')));
      }
    }
    return StagePtr(std::move(st));
  }

  void run(Doc& doc) const override;
  void add_title_measures(Doc& doc) const;

  std::string stance_near(const Doc& doc, const Span& s, size_t pos) const;
  // The same, from the stance cues of the sentence already matched.
  static std::string stance_near(const std::vector<facts::Hit>& cues, size_t pos);
  // The cue that gives it, or null.
  static const facts::Phrase* stance_cue(const std::vector<facts::Hit>& cues, size_t pos);

 private:
  Lexicon kinds_, sectors_, stances_, acts_, statistics_;
  MeasureCues cues_;
  std::shared_ptr<const Lexicon> voices_;
  std::set<std::string, std::less<>> nonimposers_;  // bloc codes that own no measure
  std::vector<std::pair<std::string, std::string>> capitals_;  // capital, its government's code
  std::map<std::string, const facts::Phrase*, std::less<>> flow_verbs_;  // "banned imports" → its phrase
  // Their verbs ("banned"): asked first, so that most words before a flow build no key.
  std::set<std::string, std::less<>> flow_verb_words_;

  // The measure nouns of `lowered`, with a verb of stopping a flow and the goods it names ("the
  // Philippines will suspend rice imports", "Indonesia banned nickel ore exports"): the goods, one
  // or two words, stand between the verb and the flow, which the data gives only side by side.
  std::vector<facts::Hit> kind_hits(std::vector<facts::Hit> hits, std::string_view lowered) const {
    // "a 12% duty", "25 percent duties": an entry that opens with its rate's sign or word names the
    // noun after it, which alone is the measure's phrase. So does one that opens with where parties
    // are put ("added 23 entities … to the Entity List"): the list's name is the phrase.
    for (auto& h : hits) {
      const std::string_view t = h.phrase->text;
      if (t.starts_with("% ") || t.starts_with("percent ") || t.starts_with("per cent "))
        h.begin = h.end - (t.size() - t.rfind(' ') - 1);
      else if (t.starts_with("to the ") || t.starts_with("to its "))
        h.begin += t.find(' ', 3) + 1;
    }
    bool added = false;
    // Both flows end in "ports": one search for it, whose rare last letters the library's search
    // finds faster than a search for "imports" and one for "exports" stopping at every 'i' and 'e'.
    for (size_t p = 2; p + 5 <= lowered.size();) {
      const void* found = memmem(lowered.data() + p, lowered.size() - p, "ports", 5);
      if (!found) break;
      const size_t pa = static_cast<size_t>(static_cast<const char*>(found) - lowered.data());
      p = pa + 1;
      if (pa < 2) continue;
      const std::string_view two = lowered.substr(pa - 2, 2);
      if (two != "im" && two != "ex") continue;
      const std::string_view flow = two == "im" ? "imports" : "exports";
      const size_t at = pa - 2;
      const size_t end = at + flow.size();
      if (at < 2 || lowered[at - 1] != ' ' || (end < lowered.size() && facts::is_word_byte(static_cast<unsigned char>(lowered[end]))))
        continue;
      // Back over one or two words of goods, then the verb.
      size_t w = at - 1;
      for (int goods = 0; goods < 2; ++goods) {
        size_t b = w;
        while (b > 0 && lowered[b - 1] != ' ') --b;
        const std::string_view word = lowered.substr(b, w - b);
        if (word.empty() || b == 0 ||
            !std::all_of(word.begin(), word.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '-'; }) ||
            MeasureCues::has(cues_.not_goods, word))
          break;
        size_t vb = b - 1;
        while (vb > 0 && lowered[vb - 1] != ' ') --vb;
        if (!flow_verb_words_.contains(lowered.substr(vb, b - 1 - vb))) {
          w = b - 1;
          continue;
        }
        std::string key(lowered.substr(vb, b - 1 - vb));
        key += ' ';
        key += flow;
        if (const auto it = flow_verbs_.find(key); it != flow_verbs_.end()) {
          const bool overlaps = std::any_of(hits.begin(), hits.end(), [&](const facts::Hit& h) { return h.begin < end && vb < h.end; });
          if (!overlaps) hits.push_back({vb, end, it->second}), added = true;
          break;
        }
        w = b - 1;
      }
    }
    if (added) std::sort(hits.begin(), hits.end(), [](const facts::Hit& a, const facts::Hit& b) { return a.begin < b.begin; });
    return hits;
  }

  // "days after Ottawa imposed 100% tariffs": the government of a capital that is the subject of a
  // verb of imposing ending right before the noun (a few words between, no clause break), or whose
  // possessive stands before it ("retaliation for Ottawa's tariffs on Chinese electric vehicles",
  // "Washington's new tariffs"), or empty.
  // *against is set when the capital's possessive stands against the noun, modifiers at most
  // between ("Beijing's punitive tariffs", "Brussels' planned carbon border levy"): the measure the
  // sentence speaks of, as a government's name there is.
  // `verbed` is set when the noun's phrase opens with its own verb of imposing ("imposed levies",
  // "double duties"): the capital is then the verb's subject, an auxiliary at most between
  // ("Beijing has imposed levies of up to 39% on brandy"). *at is set to where the capital begins.
  std::string capital_owner(std::string_view body, const Span& sent, uint32_t tb, bool* against = nullptr,
                            bool verbed = false, uint32_t* at_out = nullptr) const {
    const uint32_t from = tb > sent.begin + 64 ? tb - 64 : sent.begin;
    const std::string_view lead = body.substr(from, tb - from);
    // Only at the start of a capitalized word: a byte test turns every other place away.
    for (size_t i = 0; i < lead.size(); ++i) {
      const char c = lead[i];
      if (c < 'A' || c > 'Z' || (i > 0 && facts::is_word_byte(static_cast<unsigned char>(lead[i - 1])))) continue;
      const std::string_view at = lead.substr(i);
      for (const auto& [capital, code] : capitals_) {
        if (capital[0] != c || !at.starts_with(capital)) continue;
        std::string_view then = at.substr(capital.size());
        if (at_out) *at_out = from + static_cast<uint32_t>(i);  // read only when a code is returned
        // "Beijing said on Monday it would impose export controls on gallium": the capital saying
        // that it takes the measure, its own verb after "it" (a few words of time between, no
        // clause break).
        for (std::string_view say : cues_.capital_says) {
          if (!then.starts_with(say)) continue;
          const size_t it = then.find(" it ");
          if (it != std::string_view::npos && then.substr(0, it).find_first_of(",;") == std::string_view::npos &&
              std::count(then.begin(), then.begin() + static_cast<std::ptrdiff_t>(it), ' ') <= 4)
            then.remove_prefix(it + 3);
        }
        if (verbed && std::find(cues_.capital_aux.begin(), cues_.capital_aux.end(), then) != cues_.capital_aux.end())
          return code;
        for (std::string_view v : cues_.capital_verbs) {
          if (!then.starts_with(v)) continue;
          // "Brussels' ": the bare apostrophe only after a name ending in s.
          if ((v == "' " || v == "\xE2\x80\x99 ") && !capital.ends_with("s")) continue;
          const std::string_view rest = then.substr(v.size());
          if (rest.find_first_of(",;") == std::string_view::npos && std::count(rest.begin(), rest.end(), ' ') <= 3) {
            const bool possessive = v == "'s " || v == "\xE2\x80\x99s " || v == "' " || v == "\xE2\x80\x99 ";
            if (against && possessive) *against = rest.empty() || modifiers_only(cues_, then.substr(v.size() - 1), true);
            return code;
          }
        }
        // "Washington will lower its tariff on Korean automobiles": the capital's own measure, its
        // possessive a verb or two after it.
        if (then.ends_with(" its ") && then.find_first_of(",;") == std::string_view::npos &&
            std::count(then.begin(), then.end(), ' ') <= 5)
          return code;
      }
    }
    return {};
  }

 public:
  // Whether a place named near a measure noun may own it: not a region, nor a forum or an
  // agreement's bloc that imposes nothing of its own.
  bool may_impose(const std::string& code) const { return !facts::is_region(code) && !nonimposers_.contains(code); }

 private:

 public:
  // "Brazil's average tariff on US goods is 2.7%": a noun led by a statistic word describes a
  // country's tariff level, no measure being taken.
  bool statistic_of(std::string_view lead) const {
    std::string_view tail = lead.substr(lead.size() > 32 ? lead.size() - 32 : 0);
    // Cut at a word start, so that no word's end reads as a phrase.
    if (tail.size() < lead.size()) {
      const size_t sp = tail.find(' ');
      tail = sp == std::string_view::npos ? std::string_view{} : tail.substr(sp + 1);
    }
    for (const auto& h : statistics_.match(tail))
      if (h.end + 1 == tail.size() && tail.back() == ' ') return true;
    return false;
  }
};

// "Brazil's foreign ministry said the tariffs violated WTO rules": whether the words between a
// government and a measure noun (`gap`, lower-cased) make the government say something of "the"
// measure, one already reported; the speaker owns none.
bool speaks_of_the(const MeasureCues& cues, std::string_view gap) {
  for (std::string_view verb : cues.speech_verbs) {
    const size_t at = gap.find(verb);
    if (at == std::string_view::npos) continue;
    std::string_view rest = gap.substr(at + verb.size());
    if (rest.starts_with("that ")) rest.remove_prefix(5);
    return rest.starts_with("the ") && std::count(rest.begin(), rest.end(), ' ') <= 2 &&
           rest.find_first_of(",;") == std::string_view::npos;
  }
  return false;
}

// The kinds of a trade-remedy case, whose stages ("provisional duties") name no kind of their own.
bool remedy_case(std::string_view kind) {
  return kind == "anti_dumping" || kind == "trade_remedy" || kind == "safeguard";
}

// Words right before a place that make it the origin of the goods a measure targets, not the
// government imposing it ("products originating in the European Union", "imports from China").
bool origin_of_goods(const MeasureCues& cues, std::string_view lowered_before) {
  for (const std::string& l : cues.origin_leads)
    if (lowered_before.ends_with(l)) return true;
  return false;
}

bool list_joint(std::string_view between);

// Whether `code` is named after a measure noun as where its targeted goods come from ("… on imports
// of fertilisers from Russia and Belarus") or as one it spares ("ending exemptions for Canada,
// Mexico"), or listed after such a place.
bool targeted_after(const Doc& doc, const MeasureCues& cues, const std::vector<facts::Place>& places, uint32_t te,
                    const std::string& code) {
  const facts::Place* target = nullptr;
  // Only in the noun's own clause: "the US will maintain a 20% reciprocal tariff on goods from
  // Vietnam, while Vietnam will provide preferential market access for US … exports" names no
  // target of the tariff in the clause set against it.
  const std::string_view rest = doc.lowered({te, static_cast<uint32_t>(std::min<size_t>(doc.body.size(), te + 240)), false});
  size_t cut = std::string_view::npos;
  for (const std::string& w : cues.clause_breaks) cut = std::min(cut, rest.find(w));
  const uint32_t clause_end = cut == std::string_view::npos ? UINT32_MAX : te + static_cast<uint32_t>(cut);
  for (const auto& p : places) {
    if (p.span.begin < te || p.span.begin >= clause_end) continue;
    const std::string_view near = doc.lowered({p.span.begin >= te + 14 ? p.span.begin - 14 : te, p.span.begin, false});
    const bool listed = target && list_joint(doc.lowered({target->span.end, p.span.begin, false}));
    if (listed || near.find("from ") != std::string_view::npos || near.find("against") != std::string_view::npos ||
        near.find("originating") != std::string_view::npos || near.ends_with(" on ") || near.ends_with(" on the ") || near.ends_with(" for ") ||
        near.ends_with(" for the ")) {
      if (p.code == code) return true;
      target = &p;
    }
  }
  return false;
}

// Whether the measure noun at [tb, te) ends the name of an international agreement ("Gabon's
// acceptance of the Agreement on Fisheries Subsidies", "under the Agreement on Subsidies and
// Countervailing Measures"): a pact title opens it, and only capitalized words or joining words
// stand between, the noun capitalized too.
bool in_pact_name(const MeasureCues& cues, std::string_view body, const Span& sent, uint32_t tb) {
  if (tb >= body.size() || body[tb] < 'A' || body[tb] > 'Z') return false;
  const uint32_t from = tb > sent.begin + 120 ? tb - 120 : sent.begin;
  const std::string_view lead = body.substr(from, tb - from);
  for (const std::string& t : cues.pact_titles) {
    const size_t at = lead.rfind(t + " ");
    if (at == std::string_view::npos || (at > 0 && facts::is_word_byte(static_cast<unsigned char>(lead[at - 1]))))
      continue;
    std::string_view rest = lead.substr(at + t.size() + 1);
    bool name = true;
    while (name && !rest.empty()) {
      const size_t sp = rest.find(' ');
      if (sp == std::string_view::npos) {
        name = false;  // the noun follows a space
        break;
      }
      const std::string_view w = rest.substr(0, sp);
      rest.remove_prefix(sp + 1);
      const bool capitalized = !w.empty() && w[0] >= 'A' && w[0] <= 'Z' &&
                               w.find_first_of(",;:()") == std::string_view::npos;
      name = capitalized || MeasureCues::has(cues.name_joins, w);
    }
    if (name) return true;
  }
  return false;
}

// "… recommended that the safeguard measure be extended for two years, until June 2026": a date a
// word of a term's end leads to ("until", "till", "through") is when the measure ends, not when it
// was announced.
// `upto` is the sentence lowered up to the date.
bool ends_a_term(std::string_view upto) {
  for (std::string_view w : {"until", "till", "through"})
    if (upto.size() > w.size() && upto.back() == ' ' && facts::ends_with_word(upto.substr(0, upto.size() - 1), w)) return true;
  return false;
}

// The government of the capital a release is datelined in ("WASHINGTON – …", "CANBERRA – …"),
// or empty.
std::string dateline_capital(const Doc& doc, uint32_t wb, const std::vector<std::pair<std::string, std::string>>& capitals) {
  if (wb == 0) return {};
  const std::string_view dateline = doc.lowered({0, wb, false});
  for (const auto& [capital, code] : capitals)
    if (dateline.size() > capital.size() && dateline.starts_with(facts::lower(capital)) &&
        !facts::is_word_byte(static_cast<unsigned char>(dateline[capital.size()])))
      return code;
  return {};
}

// The country of a head of state or government named as the subject of the sentence that opens
// at wb, before the measure at tb ("President Donald J. Trump today signed …", "Prime Minister Mark
// Carney announced …"): the country the release gives the person, else the government of the
// capital the release is datelined in ("WASHINGTON – President …"; the dateline is surer of it than
// the release's reporter), else the reporting government's. Empty when there is no such person.
std::string leader_owner(const MeasureCues& cues, const Doc& doc, uint32_t wb, uint32_t tb, const std::string& reporter,
                         const std::vector<std::pair<std::string, std::string>>& capitals) {
  for (const Person& p : doc.x.people) {
    if (p.title.empty() || !MeasureCues::has(cues.head_titles, p.title))
      continue;
    for (const Span& s : p.spans) {
      if (s.in_title || s.begin < wb || s.end > tb || s.begin - wb > p.title.size() + 8) continue;
      // Only the title (with a country before it) stands between the sentence's start and the name.
      if (doc.body.substr(wb, s.begin - wb).find(p.title) == std::string_view::npos) continue;
      if (!p.country.empty()) return p.country;
      const std::string capital = dateline_capital(doc, wb, capitals);
      return capital.empty() ? reporter : capital;
    }
  }
  // "The Honourable François-Philippe Champagne, Minister of Finance, today announced a tariff rate
  // quota", "Trade Minister Maninder Sidhu announced …": another titled official of known country
  // opening the sentence, the subject of the verb whose object is the measure, acts for that
  // country.
  for (const Person& p : doc.x.people) {
    if (p.title.empty() || p.country.empty()) continue;
    for (const Span& s : p.spans) {
      // The measure's noun a few words after the name and its title: the object of their verb.
      if (s.in_title || s.begin < wb || s.end > tb || tb - s.end > p.title.size() + 32) continue;
      const std::string_view lead = doc.body.substr(wb, s.begin - wb);
      const bool titled_lead = lead.size() <= p.title.size() + 8 && lead.find(p.title) != std::string_view::npos;
      const bool short_lead = lead.size() <= 20 && lead.find_first_of(",;") == std::string_view::npos;
      if (titled_lead || short_lead) return p.country;
    }
  }
  return {};
}

// "Brazil will seek negotiations after President Donald Trump raised the tariff on steel": a head of
// state or government whose country the release gives, named as the subject of a verb of imposing
// that ends a few words before the noun (no clause break between), imposes it for that country,
// wherever the sentence names them and whichever government writes the release. Not through a
// possessive ("President Trump's tariffs": head_owner's). *at is set to where the name begins.
std::string leader_verb_owner(const MeasureCues& cues, const Doc& doc, const Span& sent, uint32_t tb, uint32_t* at) {
  for (const Person& p : doc.x.people) {
    if (p.country.empty() || p.title.empty() || !MeasureCues::has(cues.head_titles, p.title)) continue;
    for (const Span& s : p.spans) {
      if (s.in_title || s.begin < sent.begin || s.end >= tb || tb - s.end > 48) continue;
      const std::string_view then = doc.body.substr(s.end, tb - s.end);
      for (std::string_view v : cues.capital_verbs) {
        if (v.find('\'') != std::string_view::npos || v.find("\xE2\x80\x99") != std::string_view::npos) continue;
        if (!then.starts_with(v)) continue;
        const std::string_view rest = then.substr(v.size());
        if (rest.find_first_of(",;") == std::string_view::npos && std::count(rest.begin(), rest.end(), ' ') <= 3) {
          *at = s.begin;
          return p.country;
        }
      }
    }
  }
  return {};
}

bool goods_follow(const MeasureCues& cues, std::string_view lowered_after);

// "India will face a 25% tariff on its exports to the United States", "Brazilian exports will face a
// 50% tariff in the United States", "faces 50% US tariff": those who face a measure are its target;
// the government where the goods go, or the one named right before the noun, imposes it. Empty when
// the sentence does not say so. `lead` is the lowered sentence up to the noun.
std::string faced_owner(const MeasureCues& cues, const Doc& doc, std::string_view lead,
                        const std::vector<facts::Place>& places, const Span& sent, uint32_t tb, uint32_t te) {
  // The verb stands within a few words of the noun: only the lead's last bytes are searched, and
  // only when they hold "fac", "agree" or "accept" at all.
  const size_t from = lead.size() > 56 ? lead.size() - 56 : 0;
  const bool face = lead.find("fac", from) != std::string_view::npos;
  if (!face && lead.find("agree", from) == std::string_view::npos && lead.find("accept", from) == std::string_view::npos)
    return {};
  // "Japan agreed to a 15% tariff on its exports to the U.S.": a government agreeing to a duty on
  // its own exports accepts the importer's measure, as goods facing it do.
  size_t at = std::string_view::npos, verb_end = 0;
  bool agreed = false;
  for (std::string_view v : cues.face_verbs) {
    const size_t f = facts::rfind_from(lead, v, from);
    if (f != std::string_view::npos && (at == std::string_view::npos || f > at))
      at = f, verb_end = f + v.size(), agreed = v[1] == 'a';
  }
  if (at == std::string_view::npos) return {};
  // Only the measure's size or article between the verb and the noun: "a 25%", "50% US", "an additional".
  const std::string_view between = lead.substr(verb_end);
  if (std::count(between.begin(), between.end(), ' ') > 4 || between.find_first_of(",;:") != std::string_view::npos)
    return {};
  // Agreeing takes the measure itself as its object ("agreed to a 15% tariff"), not a verb of
  // its own ("agreed to cut tariffs on …", the agreeing government's measure).
  if (agreed && !(between.starts_with("a ") || between.starts_with("an ") ||
                  (!between.empty() && between[0] >= '0' && between[0] <= '9')))
    return {};
  const uint32_t verb_at = sent.begin + static_cast<uint32_t>(verb_end);
  // "faces 50% US tariff"; the one nearest the noun where the verb takes a list ("face U.S.
  // tariffs and Chinese export curbs": the curbs are China's).
  const facts::Place* nearest = nullptr;
  for (const auto& p : places)
    if (p.span.begin >= verb_at && p.span.end <= tb) nearest = &p;
  if (nearest) return nearest->code;
  for (const auto& p : places) {
    if (p.span.begin < te || p.span.begin > te + 64) continue;
    const std::string_view gap = doc.lowered({te, p.span.begin, false});
    if (gap.find_first_of(",;") != std::string_view::npos) break;
    if (gap.ends_with(" to ") || gap.ends_with(" to the ") || gap.ends_with(" in ") || gap.ends_with(" in the ") ||
        gap.ends_with(" into ") || gap.ends_with(" into the "))
      return p.code;
  }
  return {};
}

// The government named as the agent after a measure noun that a removal or imposition names
// ("welcomes the removal of duties on Australian wine by China", "the lifting of tariffs on
// Canadian steel by the United States"), or empty. Only in the same phrase: the goods between, no
// clause break or verb; not the makers of goods ("by Chinese exporters") nor a possessive.
std::string nominal_agent(const MeasureCues& cues, const Doc& doc, std::string_view lowered_lead, std::string_view phrase,
                          const std::vector<facts::Place>& places, uint32_t te, uint32_t sent_end) {
  bool nominal = false;
  for (const std::string& w : cues.nominal_nouns) {
    if (phrase.starts_with(w)) nominal = true;
    if (!nominal) {
      std::string_view lead = lowered_lead;
      if (lead.ends_with("the ")) lead.remove_suffix(4);
      nominal = lead.ends_with(w);
    }
    if (nominal) break;
  }
  if (!nominal) return {};
  for (const auto& p : places) {
    if (p.span.begin < te) continue;
    if (p.span.begin - te > 80) return {};
    const std::string_view gap = doc.lowered({te, p.span.begin, false});
    const size_t by = gap.rfind(" by ");
    if (by == std::string_view::npos || (gap.substr(by) != " by " && gap.substr(by) != " by the ")) continue;
    // "the removal of duties on wine was welcomed by China": the agent of another verb.
    const std::string_view goods = gap.substr(0, by + 1);
    if (!goods_phrase(cues, goods)) return {};
    for (std::string_view v : cues.passive_aux)
      if (goods.find(v) != std::string_view::npos) return {};
    const std::string_view after = doc.body.substr(p.span.end);
    if (after.starts_with("'s") || after.starts_with("\xE2\x80\x99s") ||
        goods_follow(cues, doc.lowered({p.span.end, std::min<uint32_t>(sent_end, p.span.end + 32), false})))
      return {};
    return p.code;
  }
  return {};
}

// The government named right after a measure noun as the subject of a relative clause of imposing
// ("the safeguard tariffs the United States imposed on …", "duties that China has introduced"), or
// empty.
std::string relative_owner(const MeasureCues& cues, std::string_view body, const std::vector<facts::Place>& places, uint32_t te) {
  for (const auto& p : places) {
    if (p.span.begin < te) continue;
    if (p.span.begin - te > 24) return {};
    std::string_view gap = body.substr(te, p.span.begin - te);
    // One more noun of the same phrase may come first ("the safeguard tariffs the United States
    // imposed"), not a preposition that names a target ("tariffs on Canada imposed last year").
    if (gap.size() > 1 && gap[0] == ' ' && gap[1] >= 'a' && gap[1] <= 'z') {
      const size_t sp = gap.find(' ', 1);
      const std::string_view w = gap.substr(1, sp == std::string_view::npos ? std::string_view::npos : sp - 1);
      if (sp != std::string_view::npos && !MeasureCues::has(cues.relative_skips, w) &&
          w.find_first_of(",;.") == std::string_view::npos)
        gap.remove_prefix(sp);
    }
    if (gap != " " && gap != " the " && gap != " that " && gap != " that the " && gap != " which " && gap != " which the ")
      return {};
    const std::string_view after = body.substr(p.span.end, std::min<size_t>(body.size() - p.span.end, 16));
    // A measure still to come as well ("the port fees the United States will levy on Chinese-built
    // vessels", "the tariffs China plans to impose").
    for (const std::string& v : cues.relative_verbs)
      if (after.starts_with(v)) return p.code;
    return {};
  }
  return {};
}

// Whether the words between a measure noun and a date put the date on the start of another case
// the measure follows ("will impose anti-dumping duty on aluminium foil …, following an
// investigation initiated by the Directorate General of Trade Remedies on March 28, 2024", "…
// in an investigation it opened in October 2023"): the day the case began, not the measure's.
// Not the measure's own case continuing its noun ("anti-dumping investigation into brandy
// launched on January 5").
bool case_begun(const MeasureCues& cues, std::string_view lowered_between) {
  if (lowered_between.size() < 12) return false;
  size_t noun = std::string_view::npos;
  for (const std::string& c : cues.case_nouns)
    if (const size_t at = lowered_between.rfind(c); at != std::string_view::npos && at > 0 &&
                                                    (noun == std::string_view::npos || at > noun))
      noun = at;
  if (noun == std::string_view::npos) return false;
  const std::string_view rest = lowered_between.substr(noun);
  if (rest.find_first_of(",;.") != std::string_view::npos) return false;  // the date of a later clause
  for (const std::string& b : cues.case_begun)
    if (rest.find(b) != std::string_view::npos) return true;
  return false;
}

// Whether one of the two words after a place names goods of that origin ("Chinese goods",
// "Chinese steel imports"): the place is where targeted goods come from, not an imposer.
bool goods_follow(const MeasureCues& cues, std::string_view lowered_after) {
  size_t i = 0;
  for (int word = 0; word < 2; ++word) {
    if (i >= lowered_after.size() || lowered_after[i] != ' ') return false;
    ++i;
    size_t j = i;
    while (j < lowered_after.size() && lowered_after[j] != ' ' && lowered_after[j] != ',' && lowered_after[j] != '.')
      ++j;
    std::string_view w = lowered_after.substr(i, j - i);
    if (MeasureCues::has(cues.goods_words, w)) return true;
    i = j;
  }
  return false;
}

// Words after a measure noun that make it a negotiating subject, not a measure in force
// ("tariff concessions", "tariff elimination", "reduce tariff and non-tariff barriers").
// Whether the text between two places only lists them ("Japan, the United States, Iran and
// Taiwan province").
bool list_joint(std::string_view between) {
  return between == " and " || between == ", " || between == ", the " || between == " and the " ||
         between == ", and " || between == ", and the ";
}

// "the New Zealand-European Union Free Trade Agreement …, which removes tariffs on 91 per cent of
// New Zealand exports", "The agreement will eliminate tariffs on …": tariffs a pact removes by its
// terms are no measure a government takes. `lead` is the lowered sentence up to the noun; the verb
// of removing ends it, a pact's noun stands in the clause before it.
bool removed_by_pact(const MeasureCues& cues, std::string_view lead) {
  if (lead.size() < 12 || lead.back() != ' ') return false;
  std::string_view rest = lead.substr(0, lead.size() - 1);
  if (rest.ends_with(" the")) rest.remove_suffix(4);
  bool verb = false;
  for (const std::string& v : cues.pact_verbs) {
    if (rest.ends_with(v)) {
      rest.remove_suffix(v.size());
      verb = true;
      break;
    }
  }
  if (!verb) return false;
  // The clause the verb stands in: back to a break other than the relative clause's comma.
  const size_t from = rest.size() > 120 ? rest.size() - 120 : 0;
  std::string_view clause = rest.substr(from);
  const size_t stop = clause.find_last_of(";:");
  if (stop != std::string_view::npos) clause.remove_prefix(stop + 1);
  for (const std::string& p : cues.pact_nouns)
    if (facts::has_word(clause, p)) return true;
  return false;
}

// "goods traded under the agreement's preferential tariffs": a rate a pact grants its parties, no
// measure. `lowered_lead` is the lowered text up to the noun.
bool pact_rate(const MeasureCues& cues, std::string_view lowered_lead) {
  return std::any_of(cues.pact_rates.begin(), cues.pact_rates.end(),
                     [&](const std::string& w) { return facts::ends_with_term(lowered_lead, w); });
}

bool negotiated_item(const MeasureCues& cues, std::string_view lowered_rest) {
  // "based on the Korea–China export controls dialogue", "the tariff working group": the measure
  // noun names a forum's subject, and the forum is no measure either.
  // "on 1,463 tariff lines": the entries of a tariff schedule are counted, no measure named. "The
  // European Union's 15% tariff deal", "the tariff talks", "a tariff war": a pact, its talks or a
  // conflict over tariffs, none a measure.
  for (const std::string& n : cues.negotiated) {
    if (lowered_rest.substr(0, n.size()) == n) return true;
  }
  // "would cut tariff-free quotas by nearly half", "duty-free access": the noun makes a word of
  // freedom from the measure, which names none.
  return lowered_rest.starts_with("-free");
}

bool verb_use(const MeasureCues& cues, std::string_view phrase, std::string_view lowered_rest) {
  if (phrase.empty() || phrase.back() == 's' || phrase.find(' ') != std::string_view::npos) return false;
  for (const std::string& d : cues.determiners)
    if (lowered_rest.substr(0, d.size()) == d) return true;
  return false;
}

// Whether `gap` (" reciprocal ", " additional 25% ") holds only one to three lower-case words or
// figures that modify the measure noun after it: no verb, article, preposition or name between
// a government and its measure. After a bare name a word in -ed or -s is its verb ("Producers in
// Mexico studied anti-dumping measures"); after a possessive it is a modifier ("India's proposed
// safeguard duty").
bool modifiers_only(const MeasureCues& cues, std::string_view gap, bool possessive) {
  if (gap.size() < 3 || gap.front() != ' ' || gap.back() != ' ') return false;
  gap = gap.substr(1, gap.size() - 2);
  int words = 0;
  for (size_t i = 0; i <= gap.size();) {
    const size_t sp = std::min(gap.find(' ', i), gap.size());
    const std::string_view w = gap.substr(i, sp - i);
    if (w.empty() || ++words > 3) return false;
    for (const char c : w)
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '%' || c == '-' || c == '.')) return false;
    if (MeasureCues::has(cues.not_modifiers, w)) return false;
    if (!possessive && (w.ends_with("ed") || w.ends_with("s"))) return false;
    i = sp + 1;
  }
  return true;
}

// The stance cue nearest before the measure in its sentence, else the nearest after it.
std::string MeasuresStage::stance_near(const Doc& doc, const Span& s, size_t pos) const {
  return stance_near(stances_.match(doc, s), pos);
}

std::string MeasuresStage::stance_near(const std::vector<facts::Hit>& cues, size_t pos) {
  const facts::Phrase* cue = stance_cue(cues, pos);
  return cue ? cue->value(0) : std::string("neutral");
}

const facts::Phrase* MeasuresStage::stance_cue(const std::vector<facts::Hit>& cues, size_t pos) {
  const facts::Phrase* before = nullptr;
  const facts::Phrase* after = nullptr;
  for (const auto& h : cues) {
    // A cue that is the measure's own noun ("countermeasures") gives no stance on itself.
    if (h.begin == pos) continue;
    if (h.begin < pos) before = h.phrase;
    else if (!after) after = h.phrase;
  }
  return before ? before : after;
}

void MeasuresStage::run(Doc& doc) const {
  const std::string& reporter = doc.reporter;
  const std::string counterpart = facts::main_counterpart(doc, reporter);
  std::string_view body = doc.body;
  const size_t n = doc.sentences.size();
  // The named instrument of each measure found here ("IRA", "CHIPS Act"; empty for a generic noun).
  std::vector<std::string> instruments;
  // Whether each measure found here was named only by a remedy's stage ("provisional duties").
  std::vector<bool> stages;
  const auto turns = facts::question_turns(doc.body);
  for (size_t i = 0; i < n; ++i) {
    const Span& sent = doc.sentences[i];
    const std::string_view ls = doc.lowered(sent);
    auto hits = kind_hits(kinds_.match(doc, sent), ls);
    if (hits.empty()) continue;
    auto places = facts::places_in(doc, sent);
    // Whether the sentence reports a measure being taken, and whether its subject is an
    // unnamed body of the publishing government ("The Ministry of Commerce decided to impose …").
    const uint32_t wb = facts::words_begin(doc, sent);
    // What every measure of the sentence asks alike, matched at the first ask and kept for the
    // others: the sentence's stance cues, the stance its neighbours lend, its voices and sectors.
    std::optional<std::vector<facts::Hit>> stance_cues, voice_hits, sector_hits;
    std::optional<std::string> lent[2];  // by the next sentence, by the previous one
    std::optional<std::string> lent_kinded[2];  // the same, lent only to a measure of a kind it names
    std::optional<bool> wto_words, announce_words;
    bool acts = false, own_body = false;
    std::vector<size_t> near_acts;  // ends of verbs that take only a measure named right after them
    std::vector<uint32_t> agent_at;  // where the agent of a passive begins ("announced by |the Ministry …")
    std::vector<size_t> effect_at;  // starts of verbs of coming into force ("took effect")
    for (const auto& a : acts_.match(doc, sent)) {
      if (a.phrase->value() == "act") acts = true;
      else if (a.phrase->value() == "near") near_acts.push_back(a.end);
      else if (a.phrase->value() == "agent") {
        if (a.phrase->value(1) == "act") acts = true;
        uint32_t at = sent.begin + static_cast<uint32_t>(a.end);
        while (at < sent.end && body[at] == ' ') ++at;
        if (doc.lowered({at, std::min<uint32_t>(sent.end, at + 4), false}) == "the ") at += 4;
        agent_at.push_back(at);
      }
      else if (a.phrase->value() == "effect") effect_at.push_back(a.begin);
      else if (sent.begin + a.begin == wb) own_body = true;
    }
    // A named instrument of the sentence ("the CBAM"): generic measure words that follow it in an
    // "including"/"such as" list describe its provisions ("…, including the partial easing of
    // certification requirements").
    size_t instrument_end = std::string::npos;
    std::vector<MeasureNoun> nouns;  // the nouns of the measures the sentence adds
    for (const auto& h : hits)
      if (!h.phrase->value(2).empty() && instrument_end == std::string::npos) instrument_end = h.end;
    for (const auto& h : hits) {
      // "an exemption from Section 232 tariffs": the generic noun right after a named instrument
      // of its kind is that instrument's own word, no second measure.
      if (h.phrase->value(2).empty() && std::any_of(hits.begin(), hits.end(), [&](const facts::Hit& named) {
            return !named.phrase->value(2).empty() && named.end + 1 == h.begin && ls[named.end] == ' ' &&
                   named.phrase->value(0) == h.phrase->value(0);
          }))
        continue;
      if (h.phrase->value(2).empty() && h.phrase->value(3) != "act" && instrument_end != std::string::npos &&
          h.begin >= instrument_end && h.begin - instrument_end <= 160) {
        std::string_view between = std::string_view(ls).substr(instrument_end, h.begin - instrument_end);
        if (between.find("including ") != std::string_view::npos || between.find("such as ") != std::string_view::npos)
          continue;
      }
      // A verb phrase reports the measure being taken ("the ministry banned exports of scrap").
      // "announced export controls on …": a verb that takes the measure named within a few words
      // after it, with no punctuation between.
      const bool near_act = std::any_of(near_acts.begin(), near_acts.end(), [&](size_t e) {
        if (e > h.begin || h.begin - e > 24) return false;
        // "has recommended a study of anti-dumping duty": the verb's object is what the measure
        // is a part of, not the measure.
        const std::string_view between = std::string_view(ls).substr(e, h.begin - e);
        return between.find_first_of(",.;:") == std::string_view::npos && between.find(" of ") == std::string_view::npos;
      });
      // "Countermeasures" answer tariffs only where the sentence or the one before names them ("…
      // in response to President Trump's tariffs", "I regret the US decision to impose tariffs. The
      // EU will respond with countermeasures"); elsewhere the word is any plan of response
      // ("thorough analysis and countermeasures are key priorities").
      if (h.phrase->value(6) == "response") {
        auto tariff_named = [&](const std::vector<facts::Hit>& in) {
          return std::any_of(in.begin(), in.end(), [](const facts::Hit& o) {
            return o.phrase->value(0) == "tariff" && o.phrase->value(6) != "response";
          });
        };
        if (!tariff_named(hits) && (i == 0 || !tariff_named(kinds_.match(doc, doc.sentences[i - 1])))) continue;
      }
      // "as President Trump's 15% tariff on cars took effect": a measure the sentence says comes into
      // force is reported being imposed, when the verb follows its phrase with no break between.
      const bool takes_effect = std::any_of(effect_at.begin(), effect_at.end(), [&](size_t b) {
        return b >= h.end && b - h.end <= 40 && std::string_view(ls).substr(h.end, b - h.end).find_first_of(",.;:") == std::string_view::npos;
      });
      const bool acted = acts || near_act || takes_effect || h.phrase->value(3) == "act";
      if (negotiated_item(cues_, std::string_view(ls).substr(h.end)) || pact_rate(cues_, std::string_view(ls).substr(0, h.begin)))
        continue;
      // "safeguard the legitimate rights", "subsidize their": a singular noun followed by a
      // determiner is the verb of the same spelling.
      if (verb_use(cues_, h.phrase->text, std::string_view(ls).substr(h.end))) continue;
      std::string_view lead = std::string_view(ls).substr(0, h.begin);
      if (lead.size() >= 4 && (lead.substr(lead.size() - 4) == "non-" || lead.substr(lead.size() - 3) == "no " ||
                               lead.substr(lead.size() - 4) == "not " || lead.ends_with("not to ")))
        continue;
      if (denied_taking(cues_, lead)) continue;
      if (statistic_of(lead)) continue;
      if (removed_by_pact(cues_, lead)) continue;
      // "countervailing duties … to offset unfair subsidies", "cells … benefited from unfair
      // subsidies": a subsidy a remedy answers is the exporting side's alleged one, the case's
      // subject, no measure of the government that names it.
      if (h.phrase->value(0) == "subsidy" &&
          std::any_of(cues_.remedied_leads.begin(), cues_.remedied_leads.end(), [&](const std::string& w) {
            return facts::ends_with_word(lead, w);
          }))
        continue;
      // "negotiations on steel TRQs": a subject of talks, not a measure of its own.
      if (lead.substr(lead.size() > 24 ? lead.size() - 24 : 0).find("negotiations on") != std::string_view::npos) continue;
      const uint32_t tb = sent.begin + static_cast<uint32_t>(h.begin), te = sent.begin + static_cast<uint32_t>(h.end);
      // "under the Special Import Measures Act", "the Customs Tariff Act": a generic noun inside
      // the name of a law is the law's subject matter, no measure taken.
      if (h.phrase->value(2).empty() && body.substr(te).starts_with(" Act") &&
          (te + 4 >= body.size() || !facts::is_word_byte(static_cast<unsigned char>(body[te + 4]))))
        continue;
      // "The UK's Trade Remedies Authority", "the Anti-Dumping Commission": a generic noun inside
      // a body's name names what the body handles, no measure taken.
      if (h.phrase->value(2).empty() && h.phrase->value(3) != "act" &&
          std::any_of(doc.x.organizations.begin(), doc.x.organizations.end(), [&](const Organization& o) {
            return std::any_of(o.spans.begin(), o.spans.end(),
                               [&](const Span& sp) { return !sp.in_title && sp.begin <= tb && te <= sp.end; });
          }))
        continue;
      // "Gabon's acceptance of the Agreement on Fisheries Subsidies": a generic noun ending an
      // agreement's name is the agreement's subject matter, no measure taken.
      if (h.phrase->value(2).empty() && h.phrase->value(3) != "act" && in_pact_name(cues_, body, sent, tb)) continue;
      Measure m;
      m.kind = h.phrase->value(0);
      if (!stance_cues) stance_cues = stances_.match(doc, sent);
      const facts::Phrase* cue = stance_cue(*stance_cues, h.begin);
      std::string stance = cue ? cue->value(0) : std::string("neutral");
      size_t stance_from = i;  // the sentence that gives the stance
      const bool situation = cue && cue->value(2) == "situation";
      // A stance often sits in the next or previous sentence ("He urged Canada to withdraw the
      // measures swiftly.").
      // Only a neighbour that points back at a measure lends its stance: "them", "the measures",
      // "such measures", or "measures" beside a measure of the same kind ("… tariffs. Korea urged
      // the US to lift the tariffs and related measures"). "Measures" alone is any plan of action
      // ("The ministry welcomed new measures to support exporters"), no stance on this one.
      for (size_t k : {i + 1, i - 1}) {
        if (stance != "neutral" || k >= n) continue;
        stance_from = k;
        std::optional<std::string>& from = lent[k == i + 1 ? 0 : 1];
        std::optional<std::string>& kinded = lent_kinded[k == i + 1 ? 0 : 1];
        if (!from) {
          const std::string_view other = doc.lowered(doc.sentences[k]);
          bool points = facts::has_word(other, "them");
          bool bare = false;
          for (std::string_view w : {"measure", "measures"}) {
            for (size_t at = other.find(w); at != std::string_view::npos && !points; at = other.find(w, at + 1)) {
              const size_t e = at + w.size();
              if ((at > 0 && facts::is_word_byte(static_cast<unsigned char>(other[at - 1]))) ||
                  (e < other.size() && facts::is_word_byte(static_cast<unsigned char>(other[e]))))
                continue;
              bare = true;
              std::string_view lead = other.substr(0, at);
              while (!lead.empty() && lead.back() == ' ') lead.remove_suffix(1);
              const size_t sp = lead.find_last_of(' ');
              const std::string_view prev = lead.substr(sp == std::string_view::npos ? 0 : sp + 1);
              points |= MeasureCues::has(cues_.point_back, prev);
            }
          }
          const std::string lent_stance = points || bare ? stance_near(doc, doc.sentences[k], other.size()) : "neutral";
          from = points ? lent_stance : std::string("neutral");
          kinded = bare && !points ? lent_stance : std::string("neutral");
        }
        stance = *from;
        if (stance == "neutral" && *kinded != "neutral") {
          const auto there = kinds_.match(doc, doc.sentences[k]);
          if (std::any_of(there.begin(), there.end(), [&](const facts::Hit& o) { return o.phrase->value(0) == m.kind; }))
            stance = *kinded;
        }
      }
      // An interview's question names the measure; its answer gives the stance ("Q: The European
      // Commission … initiated an anti-subsidy investigation … A: … China firmly opposes the
      // investigation").
      if (stance == "neutral")
        for (const auto& t : turns)
          if (sent.begin >= t.first && sent.begin < t.second)
            for (size_t k = i + 1; k < n; ++k)
              if (doc.sentences[k].end > t.second) {
                stance = stance_near(doc, doc.sentences[k], 0);
                stance_from = k;
                break;
              }
      // Jurisdiction: named by the instrument itself (the EU's FSR); else the nearest other
      // government before the noun ("Canada's steel TRQ"); else the reporter when it owns the
      // measure ("Korea's trade remedy investigations", "the Commission imposed"); else a
      // government after the noun that is not the measure's target ("… from China").
      const facts::Place* before = nullptr;
      const facts::Place* own = nullptr;
      // The reporter named right against the noun ("opposition to the Japanese export controls",
      // "Japan's export controls"), after any other government.
      const facts::Place* own_at_noun = nullptr;
      // "Japan will add … to its export control list": the subject's own measure.
      // So is a list of its items it adds to ("to its list of export control items").
      const bool possessed = lead.ends_with(" its ") || lead.ends_with(" their ") || lead.ends_with(" its list of ") ||
                             lead.ends_with(" their list of ") || lead.ends_with(" its lists of ");
      const facts::Place* origin = nullptr;  // the last place named as where targeted goods come from
      const bool exporters_verb = h.phrase->value(4) == "exporters";
      for (const auto& p : places) {
        if (p.span.end > tb || !may_impose(p.code)) continue;
        if (p.span.end < tb && speaks_of_the(cues_, doc.lowered({p.span.end, tb, false}))) continue;
        if (in_closed_aside(doc, cues_, sent, p.span.begin, tb)) continue;
        // A place right before the noun owns it ("pressures from U.S. tariff actions"); one
        // listed after an origin ("from China and Vietnam") is an origin too.
        const std::string_view upto = doc.lowered({sent.begin, p.span.begin, false});
        const bool listed = origin && origin->span.end <= p.span.begin &&
                            list_joint(doc.lowered({origin->span.end, p.span.begin, false}));
        const uint32_t after_end = std::min<uint32_t>(tb, p.span.end + 32);
        const bool goods = goods_follow(cues_, doc.lowered({p.span.end, after_end, false}));
        // "China and Mexico had dumped steel": the dumping side, subject of the verb, is the target.
        if ((exporters_verb && p.code != reporter) || (tb - p.span.end > 3 && (listed || goods || origin_of_goods(cues_, upto)))) {
          origin = &p;
          continue;
        }
        // "The United States and Japan reached a trade deal that sets a 15% tariff on Japanese
        // goods": a government whose goods the measure targets, named after the noun, is not the
        // one imposing it.
        if (p.code != reporter) {
          if (!targeted_after(doc, cues_, places, te, p.code)) before = &p;
        }
        else if (tb - p.span.end <= 40) {
          own = &p;
          std::string_view gap = body.substr(p.span.end, tb - p.span.end);
          // "India's new import curbs": modifiers between, as for another government's.
          bool possessive = true;
          if (gap.starts_with("'s ")) gap.remove_prefix(2);
          else if (gap.starts_with("\xE2\x80\x99s ")) gap.remove_prefix(4);
          else possessive = false;
          own_at_noun = gap == " " || modifiers_only(cues_, gap, possessive) ? &p : nullptr;
        }
        // "China's Ministry of Commerce … launched an anti-dumping probe": the reporter is the
        // subject of a sentence reporting an action.
        else if ((acted || possessed) && p.span.begin <= wb + 4) own = &p;
      }
      // "The Commerce Department's Bureau of Industry and Security imposed export controls":
      // with no government named before the noun, the nearest body of known country before it
      // (the acting agency) names the jurisdiction.
      const Organization* agency = nullptr;
      uint32_t agency_begin = 0, agency_end = 0;
      for (const auto& o : doc.x.organizations) {
        if (o.country.empty()) continue;
        for (const auto& sp : o.spans)
          if (!sp.in_title && sp.begin >= sent.begin && sp.end <= tb && (!agency || sp.end > agency_end))
            agency = &o, agency_begin = sp.begin, agency_end = sp.end;
      }
      // The reporter's own body names the measure's owner only as the sentence's subject ("The
      // Department of Commerce's Bureau of Industry and Security is implementing …"), not as one
      // it "worked with".
      // Any of its mentions serves: "The Ministry of Economy, Trade and Industry (METI) announced …"
      // is the subject though its nearest mention is the acronym in parentheses.
      const bool agency_subject = agency && std::any_of(agency->spans.begin(), agency->spans.end(), [&](const Span& sp) {
                                    return !sp.in_title && sp.begin >= wb && sp.end <= tb &&
                                           subject_phrase(body.substr(wb, sp.begin - wb));
                                  });
      // "The Anti-Dumping Commission has recommended the imposition of dumping duties": a body the
      // release gives no country, as the subject of a sentence reporting a measure taken, is the
      // reporting government's own (a release names another government's body with its country).
      // So is its head as the subject ("The Commissioner of the Anti-Dumping Commission has
      // initiated …"): a capitalized title, then "of the" right before the body.
      const bool bare_body_subject =
          acted && !agency && std::any_of(doc.x.organizations.begin(), doc.x.organizations.end(), [&](const Organization& o) {
            return o.country.empty() && std::any_of(o.spans.begin(), o.spans.end(), [&](const Span& sp) {
                     if (sp.in_title || sp.begin < wb || sp.end > tb) return false;
                     const std::string_view lead = body.substr(wb, sp.begin - wb);
                     const bool head_of = lead.size() <= 40 && lead.ends_with(" of the ");
                     return (sp.begin <= wb + 4 || head_of) && subject_phrase(lead);
                   });
          });
      const bool multilateral = h.phrase->value(1) == "*";
      // The noun names its own jurisdiction (the CHIPS Act's, or "*" for a multilateral rule): no
      // owner is looked for in the sentence.
      const bool own_jurisdiction = !h.phrase->value(1).empty();
      uint32_t head_named = tb;  // where a head's name before its possessive begins
      const std::string head = own_jurisdiction ? std::string() : head_owner(cues_, doc, sent, places, tb, te, &head_named);
      // "the safeguard tariffs the United States imposed on washing machines": a government named
      // right after the noun as the subject of a verb of imposing owns it.
      const std::string relative = own_jurisdiction ? std::string() : relative_owner(cues_, body, places, te);
      bool capital_against = false;
      uint32_t capital_at = tb;
      uint32_t leader_at = tb;
      const std::string leader_verb =
          own_jurisdiction || !head.empty() || !relative.empty() ? std::string() : leader_verb_owner(cues_, doc, sent, tb, &leader_at);
      const std::string capital = own_jurisdiction || !head.empty() || !relative.empty() || !leader_verb.empty()
                                      ? std::string()
                                      : capital_owner(body, sent, tb, &capital_against, h.phrase->value(3) == "act", &capital_at);
      const std::string agent = own_jurisdiction || !head.empty() || !relative.empty() || !leader_verb.empty() || !capital.empty()
                                    ? std::string()
                                    : nominal_agent(cues_, doc, lead, h.phrase->text, places, te, sent.end);
      // "the export control measures on rare earth elements … announced by the Ministry of Commerce
      // of the People's Republic of China": the passive's agent after the noun, a body of known
      // country or a government, owns it.
      std::string agent_owner;
      for (const uint32_t at : agent_at) {
        if (at < te || at - te > 160 || !agent_owner.empty()) continue;
        if (body.substr(te, at - te).find_first_of(";") != std::string_view::npos) continue;
        // The agent is the nearest noun's: "tariffs of 34% …, in retaliation for the sweeping
        // tariffs announced by …" gives the second, not the first.
        if (std::any_of(hits.begin(), hits.end(), [&](const facts::Hit& o) {
              return sent.begin + o.begin >= te && sent.begin + o.end <= at;
            }))
          continue;
        for (const auto& o : doc.x.organizations)
          for (const auto& sp : o.spans)
            if (!sp.in_title && sp.begin == at && !o.country.empty() && may_impose(o.country)) agent_owner = o.country;
        for (const auto& p : places)
          if (agent_owner.empty() && p.span.begin == at && may_impose(p.code)) agent_owner = p.code;
      }
      // A measure the sentence says goods or a country will face is news of it, stated as imposed.
      const std::string faced = faced_owner(cues_, doc, lead, places, sent, tb, te);
      if (!faced.empty()) {
        m.jurisdiction = faced;
      } else if (!head.empty()) {
        m.jurisdiction = head;
      } else if (!agent_owner.empty()) {
        m.jurisdiction = agent_owner;
      } else if (!relative.empty() && may_impose(relative)) {
        m.jurisdiction = relative;
      } else if (!leader_verb.empty() && may_impose(leader_verb)) {
        m.jurisdiction = leader_verb;
      } else if (!capital.empty()) {
        m.jurisdiction = capital;
      } else if (!agent.empty() && may_impose(agent)) {
        m.jurisdiction = agent;
      } else if (multilateral) {
        // No single government imposes it (a WTO moratorium).
      } else if (!h.phrase->value(1).empty()) {
        m.jurisdiction = h.phrase->value(1);
      } else if (own_at_noun && before && before->span.end <= own_at_noun->span.begin) {
        // "The Chinese commerce ministry expressed firm opposition to the Japanese export
        // controls": the government named against the noun owns it, not the one speaking of it.
        m.jurisdiction = reporter;
      } else if (before) {
        m.jurisdiction = before->code;
        // "Mexico raised tariffs … The Office of the U.S. Trade Representative welcomed the
        // tariffs": a government voicing a stance on the noun speaks of a measure already
        // reported, another's, not one of its own.
        const bool voiced = std::any_of(stance_cues->begin(), stance_cues->end(), [&](const facts::Hit& c) {
          return sent.begin + c.begin >= before->span.end && c.end <= h.begin;
        });
        if (voiced)
          for (const auto& e : doc.x.measures)
            if (e.kind == m.kind && e.jurisdiction != before->code && !e.jurisdiction.empty()) {
              m.jurisdiction = e.jurisdiction;
              break;
            }
      } else if (agency && !facts::is_region(agency->country) &&
                 (agency->country != reporter || (agency_subject && (acted || possessed)))) {
        // The reporter's own body only when the sentence reports it acting ("BIS is implementing
        // updates to its export controls"), not when it speaks of another's measure.
        m.jurisdiction = agency->country;
      } else if (bare_body_subject) {
        // The dateline's capital is surer of whose body it is than the reporter a count of
        // mentions gives ("CANBERRA – The Anti-Dumping Commission … exported from Japan, Korea").
        const std::string capital = dateline_capital(doc, wb, capitals_);
        m.jurisdiction = capital.empty() ? reporter : capital;
      } else if (own || (acted && (own_body || (agency && agency->country == reporter && agency_begin <= wb + 40) ||
                                   !(voice_hits ? *voice_hits : *(voice_hits = voices_->match(doc, sent))).empty()))) {
        // A body of the reporter's own named in the sentence's opening words, its subject ("The
        // commerce ministry's arm DGTR has recommended imposition of anti-dumping duty" in India's
        // national agency's copy), takes it too; one named later ("… worked with Korea Customs
        // Service in making amendments to allow the refund of … import levies") takes none.
        m.jurisdiction = reporter;
      } else if (const std::string leader = acted ? leader_owner(cues_, doc, wb, tb, reporter, capitals_) : std::string();
                 !leader.empty()) {
        // "President Donald J. Trump today signed proclamations restoring a full 25 percent tariff":
        // a head of state or government opening the sentence takes the measure for the country
        // the release gives them, else for the reporting government.
        m.jurisdiction = leader;
      } else {
        const facts::Place* target = nullptr;  // the last place skipped as the measure's target
        for (const auto& p : places) {
          if (p.span.begin < te || !may_impose(p.code)) continue;
          std::string near = facts::lower(body.substr(p.span.begin >= 14 ? p.span.begin - 14 : 0,
                                                      std::min<uint32_t>(14, p.span.begin)));
          // "Anti-dumping duties will be collected by the Canada Border Services Agency": the
          // passive's agent takes the measure, the reporter's own body too.
          // Not the makers of goods ("shipped by Chinese exporters").
          if (acted && (near.ends_with(" by ") || near.ends_with(" by the ")) &&
              !goods_follow(cues_, doc.lowered({p.span.end, std::min<uint32_t>(sent.end, p.span.end + 32), false})) &&
              !body.substr(p.span.end).starts_with("'s") && !body.substr(p.span.end).starts_with("\xE2\x80\x99s")) {
            m.jurisdiction = p.code;
            break;
          }
          // "… on steel imports from the Netherlands and Canada": a place listed after a target is one.
          const bool listed = target && target->span.end <= p.span.begin &&
                              list_joint(doc.lowered({target->span.end, p.span.begin, false}));
          // "tariffs on $200 billion of Chinese imports": goods of a place are its exports, a target.
          const bool goods_of = near.ends_with(" of ") &&
                                goods_follow(cues_, doc.lowered({p.span.end, std::min<uint32_t>(sent.end, p.span.end + 32), false}));
          // "ending exemptions for Canada, Mexico, the European Union": those a measure spares are no
          // more its owners than its targets. The reporter in that place heads such a list too.
          // "a tariff rate quota on imports … from countries with which Canada has a free trade
          // agreement, excluding the United States and Mexico": a place the measure spares.
          const std::string_view spared_window =
              doc.lowered({std::max<uint32_t>(te, p.span.begin >= 40 ? p.span.begin - 40 : 0), p.span.begin, false});
          const bool spared = std::any_of(cues_.spared_leads.begin(), cues_.spared_leads.end(), [&](const std::string& w) {
            const size_t at = spared_window.rfind(w);
            return at != std::string_view::npos &&
                   spared_window.find_first_of(",;", at + w.size()) == std::string_view::npos;
          });
          if (listed || goods_of || spared || near.find("from ") != std::string::npos || near.find(" on ") != std::string::npos ||
              near.find("against") != std::string::npos || near.find(" to ") != std::string::npos ||
              near.find(" in ") != std::string::npos || near.find("originating") != std::string::npos ||
              near.ends_with(" for ") || near.ends_with(" for the ")) {
            target = &p;
            continue;
          }
          if (p.code == reporter) continue;
          m.jurisdiction = p.code;
          break;
        }
      }
      // "Canada will respond to President Trump's tariffs … with counter-measures": a retaliation
      // whose owner the sentence leaves unnamed is the reporting government's answer.
      if (m.jurisdiction.empty() && h.phrase->value(6) == "response") m.jurisdiction = reporter;
      // A measure named without its owner in a release about one counterpart is that counterpart's,
      // unless the sentence is about the WTO ("the WTO … Fisheries Subsidies Negotiations to help
      // reduce harmful subsidies", "WTO Director-General … urged members to deliver results on
      // fisheries subsidies"): there it is the subject of multilateral talks.
      if (!wto_words) wto_words = facts::has_word(ls, "wto");
      const bool wto_talks = *wto_words;
      // Not when that counterpart is the subject voicing the stance ("The tariff rate on
      // semiconductors will rise to 50% … China's Commerce Ministry said it resolutely opposes the
      // move and will take measures"): a government opposing a measure is not the one taking it.
      // Nor when the sentence names it as where the targeted goods come from ("The Commission
      // welcomes the adoption by the Council of tariffs on imports of fertilisers … from Russia and
      // Belarus").
      if (m.jurisdiction.empty() && stance != "neutral" && !multilateral && !wto_talks && may_impose(counterpart) &&
          !subject_of(doc, doc.sentences[stance_from], counterpart) && !targeted_after(doc, cues_, places, te, counterpart))
        m.jurisdiction = counterpart;
      if (m.jurisdiction.empty() && !(multilateral && stance != "neutral")) continue;
      // The reporter does not take a stance on its own measures; a foreign measure the reporter
      // takes no stance on is background ("oversees … trade remedies") unless the sentence
      // reports it being imposed.
      // "China's Ministry of Commerce said it firmly opposed the decision and launched an
      // anti-dumping probe": the imposer, subject of the sentence, voices its own stance, not the
      // reporter's on its measure.
      // Only where the reporter has no say in the sentence: no voice of its own, and its name only
      // as where targeted goods come from.
      if (acted && stance != "neutral" && m.jurisdiction != reporter &&
          (voice_hits ? *voice_hits : *(voice_hits = voices_->match(doc, sent))).empty()) {
        bool subject = false, reporter_speaks = false;
        for (const auto& p : places) {
          subject |= p.code == m.jurisdiction && p.span.begin >= wb && p.span.begin <= wb + 4;
          reporter_speaks |= p.code == reporter && !origin_of_goods(cues_, doc.lowered({sent.begin, p.span.begin, false}));
        }
        if (subject && !reporter_speaks) stance = "neutral";
      }
      // A situation faced ("continue to face challenges arising from non-tariff barriers, including
      // BIS certification") followed by a sentence its speaker opens with a request of the
      // measure's government ("He requested India's support …"): the request is the stance taken.
      // Not one made of others ("He asked companies to diversify their markets").
      if (situation && stance_from == i && i + 1 < n && m.jurisdiction != reporter) {
        const Span& next = doc.sentences[i + 1];
        const uint32_t nb = facts::words_begin(doc, next);
        const auto next_cues = stances_.match(doc, next);
        if (!next_cues.empty() && next_cues.front().phrase->value(0) == "request" &&
            next.begin + next_cues.front().begin <= nb + 40) {
          const auto asked = facts::places_in(doc, next);
          if (std::any_of(asked.begin(), asked.end(), [&](const facts::Place& p) { return p.code == m.jurisdiction; }))
            stance = "request";
        }
      }
      // "The two sides discussed … Chinese export controls on rare earths": a foreign measure its
      // government is named against ("Chinese export controls", "China's tariffs") is the matter
      // the sentence speaks of, no generic background ("oversees … trade remedies").
      // So is one with a modifier or two between ("the U.S. reciprocal tariffs", "the EU's new
      // safeguard duties", "Canada's additional 25% surtax"), and one its head of government or
      // administration is named against ("the Trump administration's reciprocal tariffs").
      auto named_owner = [&](const std::string& code) {
        if (!before || before->code != code || before->span.end > tb) return false;
        std::string_view gap = body.substr(before->span.end, tb - before->span.end);
        bool possessive = true;
        if (gap.starts_with("'s ")) gap.remove_prefix(2);
        else if (gap.starts_with("\xE2\x80\x99s ")) gap.remove_prefix(4);
        else possessive = false;
        return gap == " " || modifiers_only(cues_, gap, possessive);
      };
      if (m.jurisdiction == reporter) {
        m.stance = "neutral";
      } else if (stance == "neutral" && !acted && faced.empty() && !named_owner(m.jurisdiction) &&
                 !(capital_against && capital == m.jurisdiction) && !(!head.empty() && head == m.jurisdiction) &&
                 !(!leader_verb.empty() && leader_verb == m.jurisdiction)) {
        continue;
      } else {
        m.stance = stance;
      }
      // Sector: the sector word nearest the noun.
      long best = -1;
      if (!sector_hits) sector_hits = sectors_.match(doc, sent);
      for (const auto& s : *sector_hits) {
        long dist = s.end <= h.begin ? static_cast<long>(h.begin - s.end) : static_cast<long>(s.begin - h.end);
        if (dist < 0) dist = 0;
        if (best < 0 || dist < best) best = dist, m.sector = s.phrase->value();
      }
      if (best > 80) m.sector.clear();
      // Parameters: the percentages and amounts the sentence states (own_figures keeps those of
      // the measure's own clause once the sentence's measures are all known).
      for (const auto& p : doc.x.percents)
        if (facts::inside(p.span, sent)) m.parameters.push_back(p.text);
      for (const auto& mo : doc.x.money)
        if (facts::inside(mo.span, sent)) m.parameters.push_back(mo.text);
      // Announced: a date in a sentence that reports the announcement or the decision.
      if (!acted && !announce_words)
        announce_words = facts::has_word(ls, "announced") || facts::has_word(ls, "announcement");
      if (acted || *announce_words) {
        // A date after "since" ("Operating under the Ministry of Commerce since 2000, the NTC has …
        // imposed anti-dumping duties") opens the stretch of time the sentence looks back over: an
        // origin, not the day the measure was announced.
        // A date the measure takes effect from ("will impose … duties … from August 14, the
        // Ministry of Commerce said Tuesday") gives way to another date of the sentence: the day
        // it was said.
        const DateMention* effective = nullptr;
        const auto sent_dates = facts::dates_in(doc, sent);
        // "BRUSSELS, May 3 (AP) - The European Commission on Thursday opened a safeguard
        // investigation": the dateline's day is the copy's; a day the sentence's own words name
        // before the measure's noun, as the day its subject acted (no saying's day: "said on
        // Friday that …"), dates the measure. Whether the sentence names such a day is asked once.
        const bool acted_day = std::any_of(sent_dates.begin(), sent_dates.end(), [&](const DateMention* o) {
          if (o->span.in_title || o->span.begin < wb || o->span.end > tb || o->value.size() != 10) return false;
          std::string_view before = doc.lowered({wb, o->span.begin, false});
          if (before.ends_with(" on ")) before.remove_suffix(4);
          else if (before.ends_with(" ")) before.remove_suffix(1);
          const size_t sp = before.rfind(' ');
          return !is_speech_verb(before.substr(sp == std::string_view::npos ? 0 : sp + 1));
        });
        for (const DateMention* d : sent_dates) {
          if (!d->span.in_title && d->span.end <= wb && acted_day) continue;
          const std::string_view upto = doc.lowered({sent.begin, d->span.begin, sent.in_title});
          if (upto.ends_with("since ") || ends_a_term(upto)) continue;
          if (d->span.begin > te && !d->span.in_title && case_begun(cues_, doc.lowered({te, d->span.begin, false}))) continue;
          // "to exempt Brazilian beef … from the 40 percent additional tariff imposed in July": the
          // date of a measure something is spared from, given after it, is when that measure came,
          // not when the sparing was decided.
          if (d->span.begin > te && !d->span.in_title) {
            const std::string_view gap = doc.lowered({te, d->span.begin, false});
            const std::string_view near = lead.substr(lead.size() > 32 ? lead.size() - 32 : 0);
            const size_t from = near.rfind("from ");
            if ((gap == " imposed in " || gap == " introduced in " || gap == " imposed on " || gap == " introduced on ") &&
                from != std::string_view::npos && near.find_first_of(",;", from) == std::string_view::npos)
              continue;
          }
          if (upto.ends_with(" from ") || upto.ends_with(" starting ") || upto.ends_with(" effective ")) {
            if (!effective) effective = d;
            continue;
          }
          effective = nullptr;
          m.announced = facts::split_date(d->value).start;
          break;
        }
        if (effective) m.announced = facts::split_date(effective->value).start;
      }
      // "OTTAWA - The Canada Border Services Agency (CBSA) made a preliminary determination of
      // dumping …": the release's own government taking a measure in its lede, no day named, takes
      // it the day of the release. A lede that dates only something else ("following an
      // investigation initiated … on March 28, 2024") leaves the day unknown.
      if (acted && m.announced.empty() && !reporter.empty() && m.jurisdiction == reporter && i == 0 && !sent.in_title) {
        const auto ds = facts::dates_in(doc, sent);
        if (std::all_of(ds.begin(), ds.end(), [&](const DateMention* d) {
              return ends_a_term(doc.lowered({sent.begin, d->span.begin, sent.in_title}));
            }))
          m.announced = facts::iso(doc.published);
      }
      uint32_t db = before && tb - before->span.end <= 90 ? before->span.begin : tb;
      // "while Beijing has imposed levies of up to 39% on brandy": a measure its capital owns starts
      // at the capital, as one a country's name owns starts at the name.
      if (!capital.empty() && capital == m.jurisdiction && (!before || before->code != capital) && capital_at < tb)
        db = capital_at;
      // "after President Donald Trump raised the tariff": so does one its head imposes, at the name.
      if (!leader_verb.empty() && leader_verb == m.jurisdiction && (!before || before->code != leader_verb) && leader_at < tb)
        db = leader_at;
      // "Brazil are weighing responses to the Trump administration's reciprocal tariffs": a measure
      // whose head's possessive stands before it starts at the head's name ("Trump administration's
      // reciprocal tariffs"), not at another country named before it, nor at the noun alone when no
      // country comes before it or none is found for the head ("respond to the Trump
      // administration’s tariffs"). The head's own country counts only right before the name
      // ("U.S. President Trump's tariffs"), not clauses before it ("the U.S. decision, which came
      // after President Biden's decision to double duties").
      if (head_named < tb && (head.empty() || head == m.jurisdiction) && (!before || before->span.end <= head_named)) {
        bool country_first = false;
        if (before && before->code == m.jurisdiction) {
          const std::string_view lead = body.substr(before->span.end, head_named - before->span.end);
          country_first = lead.find_first_of(",;") == std::string_view::npos && std::count(lead.begin(), lead.end(), ' ') <= 3;
        }
        if (!country_first) db = head_named;
      }
      // The reporter against the noun owns it: its description starts there.
      if (own_at_noun && before && m.jurisdiction == reporter && own_at_noun->span.begin > db)
        db = own_at_noun->span.begin;
      m.description = std::string(facts::trim(body.substr(db, te - db)));
      m.span = {db, te, false};
      bool dup = false;
      const std::string& instrument = h.phrase->value(2);
      const bool stage = h.phrase->value(5) == "stage";
      for (size_t k = 0; k < doc.x.measures.size(); ++k) {
        auto& e = doc.x.measures[k];
        if (k < instruments.size() && !instrument.empty() && !instruments[k].empty() && instruments[k] != instrument)
          continue;
        // A remedy's stage ("provisional duties") is the case of its government already found,
        // and a case found after its stage gives the stage its kind.
        const bool same_case = e.jurisdiction == m.jurisdiction &&
                               ((stage && remedy_case(e.kind)) || (k < stages.size() && stages[k] && remedy_case(m.kind)));
        if (same_case && k < stages.size() && stages[k] && !stage) {
          e.kind = m.kind;
          stages[k] = false;
        }
        if ((e.jurisdiction == m.jurisdiction && e.kind == m.kind) || same_case) {
          dup = true;
          if (e.sector.empty()) e.sector = m.sector;
          // "China imposed … anti-dumping duties on Canadian canola seed. The Government of Canada
          // is deeply disappointed by China's anti-dumping duties": the stance a later mention
          // voices is the stance on the measure first reported without one.
          if (e.stance == "neutral" && m.stance != "neutral") e.stance = m.stance;
        }
      }
      if (dup) continue;
      if (doc.explain) doc.trace("measures", m.jurisdiction + ":" + m.kind, "measure noun '" + h.phrase->text + "', stance " + m.stance,
                m.span);
      instruments.resize(doc.x.measures.size());
      instruments.push_back(instrument);
      stages.resize(doc.x.measures.size());
      stages.push_back(stage);
      nouns.push_back({doc.x.measures.size(), tb, te});
      doc.x.measures.push_back(std::move(m));
    }
    own_figures(doc, cues_, sent, nouns);
  }
  add_title_measures(doc);
  // "Commission opens in-depth investigation under Foreign Subsidies Regulation" beside "China's
  // commerce ministry criticised the anti-subsidy probe": a review under a foreign-subsidy
  // instrument is no trade remedy, and the press's "anti-subsidy" names that review again.
  if (std::any_of(doc.x.measures.begin(), doc.x.measures.end(),
                  [](const Measure& m) { return m.kind == "foreign_subsidy_investigation"; })) {
    auto renamed = [](const Measure& m) {
      return m.kind == "trade_remedy" && facts::lower(m.description).find("anti-subsidy") != std::string::npos;
    };
    std::erase_if(doc.x.traces, [&](const Trace& t) {
      return t.field == "measures" && std::any_of(doc.x.measures.begin(), doc.x.measures.end(), [&](const Measure& m) {
               return renamed(m) && m.span.begin == t.span.begin && m.span.end == t.span.end && m.span.in_title == t.span.in_title;
             });
    });
    std::erase_if(doc.x.measures, renamed);
  }
}

// "US imposes 25% tariffs on Japanese auto parts" over a body that speaks only of "the measure", "EU
// slaps duties on …" over one that tells the case without its noun: a measure the headline names,
// that no body sentence gave with its owner and kind, is the release's own news, told in the title
// (its span carries the title's offsets). Its owner is the government named right before the noun
// ("US tariffs", "China's export controls"), else the headline's subject when a verb of imposing
// or announcing stands between them ("Canada launches …", "EU slaps …"), else one a stance is voiced
// to ("Korea urges US to lift tariffs"). Places the goods come from ("on Chinese steel") own none.
void MeasuresStage::add_title_measures(Doc& doc) const {
  const Span ts{0, static_cast<uint32_t>(doc.title.size()), true};
  if (ts.end == 0) return;
  const std::string_view lt = doc.lowered(ts);
  const auto hits = kind_hits(kinds_.match(doc, ts), lt);
  if (hits.empty()) return;
  const std::string_view title = doc.title;
  const std::string& reporter = doc.reporter;
  const auto places = facts::places_in(doc, ts);
  const auto cues = stances_.match(doc, ts);
  const auto acts = acts_.match(doc, ts);
  const size_t found = doc.x.measures.size();  // the body's measures, which the title's do not repeat
  std::optional<std::vector<facts::Hit>> sectors;  // the title's sector words, looked up once when needed
  for (const auto& h : hits) {
    // A verb of imposing before the noun, or one of announcing right before it.
    const bool acted = std::any_of(acts.begin(), acts.end(), [&](const facts::Hit& a) {
      if (a.end > h.begin) return false;
      if (a.phrase->value() == "act") return true;
      if (a.phrase->value() != "near" || h.begin - a.end > 24) return false;
      const std::string_view between = lt.substr(a.end, h.begin - a.end);
      return between.find_first_of(",;:") == std::string_view::npos && between.find(" of ") == std::string_view::npos;
    });
    const std::string_view lead = lt.substr(0, h.begin);
    if (negotiated_item(cues_, lt.substr(h.end)) || pact_rate(cues_, lt.substr(0, h.begin)) ||
        verb_use(cues_, h.phrase->text, lt.substr(h.end)))
      continue;
    if (lead.ends_with("non-") || lead.ends_with("no ") || lead.ends_with("not ") || lead.ends_with("not to ")) continue;
    if (statistic_of(lead) || removed_by_pact(cues_, lead)) continue;
    if (h.phrase->value(6) == "response" || h.phrase->value(1) == "*") continue;
    // "UK Trade Remedies Authority recommends …": a generic noun inside a body's name in the
    // headline names what the body handles, as in the body.
    if (h.phrase->value(2).empty() && h.phrase->value(3) != "act" &&
        std::any_of(doc.x.organizations.begin(), doc.x.organizations.end(), [&](const Organization& o) {
          return std::any_of(o.spans.begin(), o.spans.end(),
                             [&](const Span& sp) { return sp.in_title && sp.begin <= h.begin && h.end <= sp.end; });
        }))
      continue;
    std::string owner = h.phrase->value(1);
    const facts::Place* subject = nullptr;  // a place opening the headline
    const facts::Place* against = nullptr;  // a government right before the noun
    for (const auto& p : places) {
      if (p.span.end > h.begin || !may_impose(p.code)) continue;
      const std::string_view upto = lt.substr(0, p.span.begin);
      const std::string_view after = lt.substr(p.span.end, std::min<size_t>(h.begin, p.span.end + 32) - p.span.end);
      // "… files WTO complaint against US steel tariffs": "against" right before the measure's
      // owner governs the measure, not goods of that origin.
      const bool against_measure = (upto.ends_with("against ") || upto.ends_with("against the ")) &&
                                   after.find_first_of(",;:") == std::string_view::npos &&
                                   std::count(after.begin(), after.end(), ' ') <= 2;
      if ((origin_of_goods(cues_, upto) && !against_measure) || upto.ends_with("on ") || goods_follow(cues_, after)) continue;
      if (p.span.begin <= 4 && !subject) subject = &p;
      // Right before the noun: its possessive or the name alone, a modifier or two between ("US
      // steel tariffs", "China's new export controls"), no verb.
      std::string_view gap = title.substr(p.span.end, h.begin - p.span.end);
      if (gap.starts_with("'s ")) gap.remove_prefix(3);
      else if (gap.starts_with("\xE2\x80\x99s ")) gap.remove_prefix(5);
      else if (gap.starts_with(" ")) gap.remove_prefix(1);
      else continue;
      const bool verb_between = std::any_of(acts.begin(), acts.end(), [&](const facts::Hit& a) {
        return a.begin >= p.span.end && a.end <= h.begin;
      }) || std::any_of(cues.begin(), cues.end(), [&](const facts::Hit& c) { return c.begin >= p.span.end && c.end <= h.begin; });
      // Only modifiers between ("steel", "new", "25%"), no word that opens another phrase ("Japan
      // visit amid tariff talks").
      const std::string_view lgap = lt.substr(h.begin - gap.size(), gap.size());
      bool modifiers = gap.find_first_of(",;:") == std::string_view::npos && std::count(gap.begin(), gap.end(), ' ') <= 2;
      for (std::string_view w : cues_.title_joins) modifiers = modifiers && !facts::has_word(lgap, w);
      if (!verb_between && modifiers) against = &p;
    }
    const facts::Hit* cue = nullptr;
    for (const auto& c : cues)
      if (c.begin != h.begin && (!cue || c.begin < h.begin)) cue = &c;
    if (owner.empty() && against) owner = against->code;
    // "Beijing to impose export controls on gallium", "Washington slaps tariffs on …": a capital
    // wire copy names for its government, subject of the verb of imposing.
    uint32_t capital_at = static_cast<uint32_t>(h.begin);
    if (owner.empty())
      owner = capital_owner(title, ts, static_cast<uint32_t>(h.begin), nullptr, h.phrase->value(3) == "act", &capital_at);
    if (owner.empty()) capital_at = static_cast<uint32_t>(h.begin);
    if (owner.empty() && subject && acted && (!cue || cue->begin > h.begin)) owner = subject->code;
    if (owner.empty() && cue && cue->begin < h.begin) {
      // "Korea urges US to lift tariffs": the government the stance is voiced to, the cue's object
      // that the words of the request follow.
      for (const auto& p : places) {
        if (p.span.end > h.begin || p.code == reporter || !may_impose(p.code)) continue;
        const std::string_view lead = lt.substr(cue->end, p.span.begin >= cue->end ? p.span.begin - cue->end : 0);
        if (p.span.begin >= cue->end && (lead == " " || lead == " the ") && lt.substr(p.span.end).starts_with(" to ")) {
          owner = p.code;
          break;
        }
      }
    }
    if (owner.empty()) continue;
    Measure m;
    m.kind = h.phrase->value(0);
    m.jurisdiction = owner;
    if (owner == reporter) m.stance = "neutral";
    else if (cue) m.stance = cue->phrase->value(0);
    else if (acted) m.stance = "neutral";
    else continue;
    bool dup = false;
    for (size_t k = 0; k < doc.x.measures.size(); ++k) {
      const auto& e = doc.x.measures[k];
      // A remedy's stage ("provisional duties") or its duties ("U.S. imposes duties on structural
      // steel" over a body that gives the anti-dumping case) in the title are the case the body gives.
      // So is the headline's generic "trade remedies investigation" over a body that names the
      // case ("UK launches trade remedies investigation …" over "… initiated an anti-dumping
      // investigation").
      const bool generic_remedy = m.kind == "trade_remedy" && h.phrase->text.starts_with("trade remed");
      dup |= e.jurisdiction == m.jurisdiction &&
             (e.kind == m.kind ||
              (k < found && (h.phrase->value(5) == "stage" || m.kind == "tariff" || generic_remedy) && remedy_case(e.kind)));
    }
    if (dup) continue;
    long best = -1;
    if (!sectors) sectors = sectors_.match(doc, ts);
    for (const auto& sc : *sectors) {
      const long dist = sc.end <= h.begin ? static_cast<long>(h.begin - sc.end)
                                          : static_cast<long>(sc.begin > h.end ? sc.begin - h.end : 0);
      if (best < 0 || dist < best) best = dist, m.sector = sc.phrase->value();
    }
    for (const auto& pc : doc.x.percents)
      if (pc.span.in_title) m.parameters.push_back(pc.text);
    // The headline's decision is the title's event, which the body's lede dates.
    if (!doc.x.events.empty() && doc.x.events.front().type == "decision")
      m.announced = facts::split_date(doc.x.events.front().start).start;
    // "Beijing to impose export controls on gallium": from the capital that owns it, as from a
    // government's name.
    const uint32_t db = against ? against->span.begin : std::min(capital_at, static_cast<uint32_t>(h.begin));
    m.description = std::string(facts::trim(title.substr(db, h.end - db)));
    m.span = {db, static_cast<uint32_t>(h.end), true};
    if (doc.explain)
      doc.trace("measures", m.jurisdiction + ":" + m.kind, "measure noun '" + h.phrase->text + "' in the title, stance " + m.stance,
                m.span);
    doc.x.measures.push_back(std::move(m));
  }
}

}  // namespace

Result<StagePtr> make_measures_stage(const std::string& data_dir) { return MeasuresStage::make(data_dir); }

}  // namespace tw::extract

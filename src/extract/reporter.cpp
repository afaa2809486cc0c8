// Who reports the release: the government whose voice, dateline and lede it is written in
// (facts::infer_reporter), resolved once per document and kept on the Doc for the stages after
// it — money reads the reporter's dollar, the fact stages its side of every fact, and the story
// key its side of the story.
#include "extract/reporter.h"

#include <algorithm>
#include <cctype>

#include "extract/shared_data.h"
#include "extract/stages.h"
#include "text/tsv.h"

namespace tw::extract {

Result<ReporterSources> ReporterSources::load(const std::string& dir) {
  ReporterSources s;
  auto voices = shared_lexicon(dir, "reporter_voices.tsv");
  if (!voices) return Error{voices.error()};
  auto cities = shared_lexicon(dir, "event_cities.tsv");
  if (!cities) return Error{cities.error()};
  auto agencies = shared_lexicon(dir, "news_agencies.tsv");
  if (!agencies) return Error{agencies.error()};
  s.voices = std::move(voices).value();
  s.cities = std::move(cities).value();
  s.agencies = std::move(agencies).value();
  auto missions = shared_lexicon(dir, "reporter_mission_nouns.tsv", 0);
  if (!missions) return Error{missions.error()};
  s.missions = std::move(missions).value();
  auto known = shared_rows(dir, "org_known.tsv");
  if (!known) return Error{known.error()};
  for (const auto& r : *known.value()) {
    if (r.empty() || (r.size() >= 3 && !r[2].empty())) continue;
    s.international.push_back(r[0]);
    if (r.size() >= 2 && !r[1].empty()) s.international.push_back(r[1]);
    if (r.size() >= 4)
      for (auto& form : text::alternatives(r[3])) s.international.push_back(std::move(form));
  }
  auto cues = shared_lexicon(dir, "reporter_announce_cues.tsv", 0);
  if (!cues) return Error{cues.error()};
  s.announce_cues = std::move(cues).value();
  auto nouns = shared_lexicon(dir, "reporter_public_nouns.tsv", 0);
  if (!nouns) return Error{nouns.error()};
  s.public_nouns = std::move(nouns).value();
  auto heads = shared_rows(dir, "title_international_heads.tsv");
  if (!heads) return Error{heads.error()};
  for (const auto& r : *heads.value())
    if (!r.empty()) s.head_titles.push_back(r[0]);
  auto blocs = shared_rows(dir, "blocs.tsv");
  if (!blocs) return Error{blocs.error()};
  for (const auto& r : *blocs.value())
    if (r.size() >= 2 && r[1] != "-" && std::find(s.bloc_codes.begin(), s.bloc_codes.end(), r[1]) == s.bloc_codes.end())
      s.bloc_codes.push_back(r[1]);
  return s;
}

namespace {
// Whether `form` occurs in `text` as a whole word, as written.
bool names_form(std::string_view text, std::string_view form) {
  for (size_t at = text.find(form); at != std::string_view::npos; at = text.find(form, at + 1)) {
    const size_t end = at + form.size();
    const auto word = [&](size_t i) { return std::isalnum(static_cast<unsigned char>(text[i])) || text[i] == '-'; };
    if ((at == 0 || !word(at - 1)) && (end == text.size() || !word(end))) return true;
  }
  return false;
}
}  // namespace

bool ReporterSources::international_lede(const Doc& doc) const {
  if (doc.sentences.empty()) return false;
  const uint32_t wb = facts::words_begin(doc, doc.sentences.front());
  const std::string_view lede = doc.body.substr(wb, doc.sentences.front().end - wb);
  // Whether `s` opens with an international body's form, a whole word.
  auto opens_with_form = [&](std::string_view s) {
    return std::any_of(international.begin(), international.end(), [&](const std::string& f) {
      return s.starts_with(f) &&
             (s.size() == f.size() || !(std::isalnum(static_cast<unsigned char>(s[f.size()])) || s[f.size()] == '-'));
    });
  };
  const size_t at = lede.starts_with("The ") ? 4 : 0;
  bool opens = opens_with_form(lede.substr(at));
  // "Director-General Amina Okafor welcomed Gabon's acceptance of the Agreement on Fisheries
  // Subsidies … the 90th member of the WTO to accept it": a lede that opens with the title of an
  // international body's head before a name, in a text that names such a body, is that body's,
  // though it names a member more often. A government's director-general is named with the
  // office's portfolio ("Director-General of Foreign Trade …").
  for (const std::string& t : head_titles) {
    if (opens || lede.substr(at, t.size()) != t || at + t.size() + 1 >= lede.size() || lede[at + t.size()] != ' ' ||
        !std::isupper(static_cast<unsigned char>(lede[at + t.size() + 1])))
      continue;
    for (const std::string& f : international)
      if (names_form(doc.body, f) || names_form(doc.title, f)) opens = true;
  }
  // "Global foreign direct investment (FDI) fell 11% in 2024 to $1.5 trillion, according to
  // UNCTAD's World Investment Report": a lede whose figures an international body is credited with
  // is that body's, whatever member the text names later.
  for (size_t at = lede.find("according to "); !opens && at != std::string_view::npos;
       at = lede.find("according to ", at + 1)) {
    std::string_view rest = lede.substr(at + 13);
    if (rest.starts_with("the ")) rest.remove_prefix(4);
    opens = opens_with_form(rest);
  }
  // The same credit closing the lede as a speaker ("…, UNCTAD said on Thursday", "…, the WTO says"):
  // read back from each " said" or " says", which few ledes hold.
  for (size_t v = lede.find(" sa"); !opens && v != std::string_view::npos; v = lede.find(" sa", v + 1)) {
    if (lede.substr(v, 5) != " said" && lede.substr(v, 5) != " says") continue;
    std::string_view before = lede.substr(0, v);
    // "…, Rebeca Grynspan, Secretary-General of UN Trade and Development (UNCTAD), said": past the
    // appositive's comma and the body's acronym in parentheses.
    if (before.ends_with(',')) before.remove_suffix(1);
    std::string_view acronym;
    if (before.ends_with(')'))
      if (const size_t open = before.rfind(" ("); open != std::string_view::npos) {
        acronym = before.substr(open + 2, before.size() - open - 3);
        before = before.substr(0, open);
      }
    for (const std::string& f : international) {
      if (!before.ends_with(f)) continue;
      const std::string_view lead = before.substr(0, before.size() - f.size());
      opens |= lead.ends_with(", ") || lead.ends_with(", the ");
    }
    // The credit is the body's head, by the title of the office and the body's name or acronym:
    // ", Director-General of the World Trade Organization (WTO)". A government's director-general
    // names a portfolio of no international body ("Director-General of Foreign Trade").
    const size_t comma = before.rfind(", ");
    const std::string_view credit = comma == std::string_view::npos ? std::string_view{} : before.substr(comma + 2);
    for (const std::string& t : head_titles) {
      if (opens || !credit.starts_with(t) || credit.substr(t.size(), 4) != " of ") continue;
      opens = std::any_of(international.begin(), international.end(), [&](const std::string& f) {
        return f == acronym || names_form(credit, f);
      });
    }
  }
  if (!opens) return false;
  // "The WTO panel ruled in Korea's favour, the Ministry of Trade, Industry and Energy said": a
  // government that speaks in the opening sentences reports what the body did.
  return voices->match(doc, {0, facts::voice_lede_end(doc), false}).empty();
}

namespace {
// Whether `rest` (lowered, after a body's name) opens with one of the announce cues, past its
// acronym or its head in parentheses ("(MOTIE)", "(KATS, President …)") and a "today"; the cue's
// end is stored in *cue_end (an offset into `rest`).
bool opens_with_cue(const facts::Lexicon& cues, std::string_view rest, size_t* cue_end = nullptr) {
  size_t skipped = 0;
  if (rest.starts_with(" (")) {
    const size_t close = rest.find(')');
    if (close == std::string_view::npos) return false;
    skipped = close + 1;
  }
  if (rest.substr(skipped).starts_with(" today ")) skipped += 6;
  if (rest.substr(skipped, 1) != " ") return false;
  ++skipped;
  const auto found = cues.match(rest.substr(skipped));
  if (found.empty() || found.front().begin != 0) return false;
  if (cue_end) *cue_end = skipped + found.front().end;
  return true;
}
}  // namespace

std::string ReporterSources::announcing_body(const Doc& doc) const {
  if (doc.sentences.empty()) return {};
  const uint32_t wb = facts::words_begin(doc, doc.sentences.front());
  const uint32_t stop = doc.sentences.front().end;
  uint32_t at = wb + (doc.lowered({wb, std::min(wb + 4, stop), false}) == "the " ? 4 : 0);
  // "Canada's Department of Finance announced …": the possessive names whose body it is.
  std::string code;
  for (const auto* list : {&doc.x.countries, &doc.x.blocs})
    for (const auto& m : *list)
      for (const auto& sp : m.spans) {
        if (sp.in_title || sp.begin != at || !code.empty()) continue;
        const std::string_view after = doc.body.substr(sp.end, 4);
        if (!after.starts_with("'s ") && !after.starts_with("\xE2\x80\x99s")) continue;
        code = m.code;
        at = sp.end + (after[0] == '\'' ? 3 : 5);
      }
  // The body: an organization the text names there, public by its name's noun ("Ministry",
  // "Embassy") or as a government voice of its country ("American Institute in Taiwan" for "AIT").
  const Organization* body = nullptr;
  uint32_t end = at;
  for (const auto& o : doc.x.organizations)
    for (const auto& sp : o.spans)
      if (!sp.in_title && sp.begin == at && sp.end > end) body = &o, end = sp.end;
  if (!body || end >= stop) return {};
  const std::string name = facts::lower(body->name);
  bool public_body = !public_nouns->match(name).empty();
  for (const auto& h : voices->match(name))
    public_body |= h.begin == 0 && h.end == name.size() && h.phrase->value() == body->country;
  if (!public_body) return {};
  if (code.empty()) code = body->country;
  // "The Embassy of Japan": a body the gazetteer gives no country names it inside its name; a
  // bloc's organ names its bloc so ("The Gulf Cooperation Council (GCC) General Secretariat").
  for (const auto* list : {&doc.x.countries, &doc.x.blocs})
    for (const auto& m : *list)
      for (const auto& sp : m.spans)
        if (code.empty() && !sp.in_title && sp.begin >= at && sp.end <= end) code = m.code;
  if (code.empty() || facts::is_region(code)) return {};
  // The cue must follow right away: "The Ministry and the USTR announced" is two bodies' news.
  if (!opens_with_cue(*announce_cues, doc.lowered({end, stop, false}))) return {};
  return code;
}

std::string ReporterSources::credited_voice(const Doc& doc) const {
  if (doc.sentences.empty() || doc.agency_credit()) return {};
  const uint32_t wb = facts::words_begin(doc, doc.sentences.front());
  const uint32_t stop = doc.sentences.front().end;
  if (wb == 0 || stop <= wb) return {};
  const auto dateline = cities->match(doc, {0, wb, false});
  for (const auto& h : voices->match(doc, {0, stop, false})) {
    // A title other governments share or a generic name says nothing alone.
    if (h.begin < wb || !h.phrase->value(1).empty()) continue;
    const std::string& code = h.phrase->value();
    // The credit closes the lede: ", the <voice> announced." with no clause after the cue.
    const std::string_view before = doc.lowered({wb, static_cast<uint32_t>(h.begin), false});
    if (!before.ends_with(", the ") && !before.ends_with(", ")) continue;
    const std::string_view rest = doc.lowered({static_cast<uint32_t>(h.end), stop, false});
    size_t cue_end = 0;
    if (!opens_with_cue(*announce_cues, rest, &cue_end) || rest.find(',', cue_end) != std::string_view::npos) continue;
    if (std::any_of(dateline.begin(), dateline.end(), [&](const facts::Hit& d) {
          return !d.phrase->value().empty() && d.phrase->value() != code;
        }))
      return code;
  }
  return {};
}

bool ReporterSources::body_publishes(const Doc& doc) const {
  if (international_lede(doc)) return true;
  const auto hits = voices->match(doc, {0, facts::voice_lede_end(doc), false});
  if (hits.empty()) return false;
  return std::all_of(hits.begin(), hits.end(), [&](const facts::Hit& h) {
    return std::find(bloc_codes.begin(), bloc_codes.end(), h.phrase->value()) != bloc_codes.end();
  });
}

std::string ReporterSources::credited_bloc(const Doc& doc) const {
  const auto hits = voices->match(doc, {0, static_cast<uint32_t>(doc.body.size()), false});
  if (hits.empty()) return {};
  const std::string& code = hits.front().phrase->value();
  if (std::find(bloc_codes.begin(), bloc_codes.end(), code) == bloc_codes.end()) return {};
  for (const auto& h : hits)
    if (h.phrase->value() != code) return {};
  return code;
}

std::string ReporterSources::drop_seat_country(Doc& doc) const {
  const uint32_t wb = doc.sentences.empty() ? 0 : facts::words_begin(doc, doc.sentences.front());
  if (wb == 0) return {};
  const auto seats = cities->match(doc, {0, wb, false});
  // A city span that is the country's own name: "LUXEMBOURG", not "Luxembourg City" (no country).
  auto seat = [&](const std::string& code, const Span& sp) {
    return !sp.in_title && sp.end <= wb && std::any_of(seats.begin(), seats.end(), [&](const facts::Hit& h) {
      return h.phrase->value() == code && h.begin <= sp.begin && sp.end <= h.end;
    });
  };
  const CodeMention* seated = nullptr;
  for (const auto& m : doc.x.countries)
    if (std::any_of(m.spans.begin(), m.spans.end(), [&](const Span& sp) { return seat(m.code, sp); })) seated = &m;
  if (!seated) return {};
  // "LUXEMBOURG - The euro area recorded a surplus … These figures come from Eurostat": a city the
  // text names no other way, in a release whose only voice is a bloc's body, is that body's seat.
  const bool seat_only = std::all_of(seated->spans.begin(), seated->spans.end(),
                                     [&](const Span& sp) { return seat(seated->code, sp); });
  if (!body_publishes(doc) && !(seat_only && !credited_bloc(doc).empty())) return {};
  const std::string code = seated->code;
  for (auto& m : doc.x.countries) std::erase_if(m.spans, [&](const Span& sp) { return seat(m.code, sp); });
  std::erase_if(doc.x.traces, [&](const Trace& t) { return t.field == "countries" && seat(t.item, t.span); });
  std::erase_if(doc.x.countries, [](const CodeMention& m) { return m.spans.empty(); });
  return code;
}

uint32_t ReporterSources::unnamed_announcer_end(const Doc& doc) const {
  if (doc.sentences.empty()) return 0;
  const uint32_t wb = facts::words_begin(doc, doc.sentences.front());
  const uint32_t stop = doc.sentences.front().end;
  const uint32_t at = wb + (doc.lowered({wb, std::min(wb + 4, stop), false}) == "the " ? 4 : 0);
  const Organization* body = nullptr;
  uint32_t end = at;
  for (const auto& o : doc.x.organizations)
    for (const auto& sp : o.spans)
      if (!sp.in_title && sp.begin == at && sp.end > end) body = &o, end = sp.end;
  if (!body || end >= stop || !body->country.empty() || public_nouns->match(facts::lower(body->name)).empty()) return 0;
  // A country or bloc at the lede's start or inside the body's name names whose body it is.
  for (const auto* list : {&doc.x.countries, &doc.x.blocs})
    for (const auto& m : *list)
      for (const auto& sp : m.spans)
        if (!sp.in_title && sp.begin >= at && sp.begin < end) return 0;
  return opens_with_cue(*announce_cues, doc.lowered({end, stop, false})) ? end : 0;
}

std::string ReporterSources::bloc_head_lede(const Doc& doc) const {
  if (doc.sentences.empty()) return {};
  const uint32_t wb = facts::words_begin(doc, doc.sentences.front());
  const uint32_t stop = doc.sentences.front().end;
  const std::string_view lede = doc.body.substr(wb, stop - wb);
  const uint32_t at = lede.starts_with("The ") ? 4 : 0;
  for (const std::string& t : head_titles) {
    if (lede.substr(at, t.size()) != t) continue;
    uint32_t from = wb + at + static_cast<uint32_t>(t.size());
    for (std::string_view of : {" of the ", " of "})
      if (doc.body.substr(from, of.size()) == of) {
        from += static_cast<uint32_t>(of.size());
        break;
      }
    if (from == wb + at + t.size()) continue;
    for (const auto& m : doc.x.blocs)
      for (const auto& sp : m.spans)
        if (!sp.in_title && sp.begin == from && !facts::is_region(m.code)) return m.code;
  }
  return {};
}

std::string ReporterSources::infer(const Doc& doc) const {
  if (international_lede(doc)) return {};
  // An announcing body outranks the dateline, the voices the lede names after it and the counts.
  if (std::string body = announcing_body(doc); !body.empty()) return body;
  if (std::string voice = credited_voice(doc); !voice.empty()) return voice;
  if (std::string bloc = bloc_head_lede(doc); !bloc.empty()) return bloc;
  std::string code = facts::infer_reporter(doc, *voices, cities.get(), agencies.get(), missions.get());
  // "The Ministry of Commerce announced on Thursday that it firmly opposes the European
  // Commission's in-depth investigation …": a government body that opens the lede and announces,
  // its country unnamed, is the publisher; a voice the lede names after it is the government it
  // speaks of, no reporter.
  if (const uint32_t end = code.empty() ? 0 : unnamed_announcer_end(doc); end > 0) {
    const uint32_t stop = doc.sentences.front().end;
    for (const auto& h : voices->match(doc, {end, stop, false}))
      if (h.phrase->value() == code) return {};
    // "The Ministry of Commerce announced … that it firmly opposes the anti-dumping investigation
    // launched by India": the country the lede names after the body is the one it speaks of. Only a
    // dateline city or a body of that country the text names would make the ministry its own.
    const uint32_t wb = facts::words_begin(doc, doc.sentences.front());
    const auto dateline = cities->match(doc, {0, wb, false});
    const bool dated = std::any_of(dateline.begin(), dateline.end(), [&](const facts::Hit& d) { return d.phrase->value() == code; });
    const bool own_body = std::any_of(doc.x.organizations.begin(), doc.x.organizations.end(),
                                      [&](const Organization& o) { return o.country == code; });
    for (const auto& m : doc.x.countries)
      for (const auto& sp : m.spans)
        if (m.code == code && !sp.in_title && sp.begin >= end && sp.end <= stop && !dated && !own_body) return {};
  }
  return code;
}

namespace {

class ReporterStage final : public Stage {
 public:
  const char* name() const override { return "reporter"; }

  static Result<StagePtr> make(const std::string& dir) {
    auto st = std::make_unique<ReporterStage>();
    auto sources = ReporterSources::load(dir);
    if (!sources) return Error{sources.error()};
    st->sources_ = std::move(sources).value();
    return StagePtr(std::move(st));
  }

  // Reads the countries, blocs and people of the mention stages, which are final by now: no later
  // stage adds or drops one.
  void run(Doc& doc) const override {
    const std::string seat = sources_.drop_seat_country(doc);
    if (!doc.reporter_known) {
      doc.reporter = sources_.infer(doc);
      // The seat's city says only where the body sits: the bloc whose body the text credits speaks,
      // not a country its figures name ("Exports of goods to the United States fell"), nor the seat.
      if (!seat.empty()) {
        std::string bloc = sources_.credited_bloc(doc);
        if (!bloc.empty()) doc.reporter = std::move(bloc);
        else if (doc.reporter == seat) doc.reporter.clear();
      }
    }
    doc.reporter_known = true;
    // The answer drives the fact stages' sides (partners, stances, indicator countries) and the
    // story key, none of which names it: --explain shows it against the lede.
    if (doc.explain && !doc.reporter.empty())
      doc.trace("reporter", doc.reporter, "voice, dateline or lede of the release",
                doc.sentences.empty() ? Span{0, 0, false} : doc.sentences.front());
  }

 private:
  ReporterSources sources_;
};

}  // namespace

Result<StagePtr> make_reporter_stage(const std::string& data_dir) { return ReporterStage::make(data_dir); }

}  // namespace tw::extract

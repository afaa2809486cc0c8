// Who reports the release: the government whose voice, dateline and lede it is written in
// (facts::infer_reporter), resolved once per document and kept on the Doc for the stages after
// it — money reads the reporter's dollar, the fact stages its side of every fact, and the story
// key its side of the story.
#include "extract/reporter.h"

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
  auto heads = shared_rows(dir, "title_international_heads.tsv");
  if (!heads) return Error{heads.error()};
  for (const auto& r : *heads.value())
    if (!r.empty()) s.head_titles.push_back(r[0]);
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
  const size_t at = lede.starts_with("The ") ? 4 : 0;
  bool opens = false;
  for (const std::string& f : international) {
    if (lede.substr(at, f.size()) != f) continue;
    const size_t end = at + f.size();
    opens |= end == lede.size() || !(std::isalnum(static_cast<unsigned char>(lede[end])) || lede[end] == '-');
  }
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
  if (!opens) return false;
  // "The WTO panel ruled in Korea's favour, the Ministry of Trade, Industry and Energy said": a
  // government that speaks in the opening sentences reports what the body did.
  return voices->match(doc, {0, facts::voice_lede_end(doc), false}).empty();
}

std::string ReporterSources::infer(const Doc& doc) const {
  if (international_lede(doc)) return {};
  return facts::infer_reporter(doc, *voices, cities.get(), agencies.get(), missions.get());
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
    if (!doc.reporter_known) doc.reporter = sources_.infer(doc);
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

#include "tradewatch/extractor.h"

#include <cstdlib>

#include "extract/shared_data.h"
#include "extract/stages.h"
#include "resolve/stories.h"
#include "text/sentences.h"

namespace tw {

std::string default_data_dir() {
  if (const char* env = std::getenv("TRADEWATCH_DATA"); env && *env) return env;
  return TW_DATA_DIR;
}

Extractor::Extractor() = default;
Extractor::~Extractor() = default;

Result<std::shared_ptr<const Extractor>> Extractor::load(const std::string& data_dir) {
  using Factory = Result<extract::StagePtr> (*)(const std::string&);
  // Order matters: later stages read the mentions of earlier ones.
  static constexpr Factory kFactories[] = {
      extract::make_places_stage,     extract::make_organizations_stage, extract::make_people_stage,
      extract::make_reporter_stage,   extract::make_dates_stage,         extract::make_money_stage,
      extract::make_percents_stage,   extract::make_topics_stage,        extract::make_events_stage,
      extract::make_agreements_stage, extract::make_measures_stage,      extract::make_indicators_stage,
  };
  std::shared_ptr<Extractor> e(new Extractor());
  auto rules = text::SentenceRules::load(data_dir);
  if (!rules) return Error{rules.error()};
  e->sentences_ = std::make_unique<const text::SentenceRules>(std::move(rules).value());
  const extract::LoadScope one_reading;  // a data file several stages read is read once
  for (auto factory : kFactories) {
    auto stage = factory(data_dir);
    if (!stage) return Error{stage.error()};
    e->stages_.push_back(std::move(stage).value());
  }
  return std::shared_ptr<const Extractor>(std::move(e));
}

Record Extractor::extract(Release release, bool explain) const {
  Record rec;
  rec.release = std::move(release);
  const Release& r = rec.release;
  extract::Doc doc{r.title, r.body, {}, text::split_sentences(r.body, *sentences_), rec.x, explain};
  if (r.published.size() == 10) {
    doc.published = {std::atoi(r.published.substr(0, 4).c_str()), std::atoi(r.published.substr(5, 2).c_str()),
                     std::atoi(r.published.substr(8, 2).c_str())};
  }
  for (const auto& stage : stages_) stage->run(doc);
  rec.story = resolve::story_id(rec, doc.reporter);
  return rec;
}

}  // namespace tw

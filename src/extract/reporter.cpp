// Who reports the release: the government whose voice, dateline and lede it is written in
// (facts::infer_reporter), resolved once per document and kept on the Doc for the stages after
// it — money reads the reporter's dollar, the fact stages its side of every fact, and the story
// key its side of the story.
#include "extract/facts_common.h"
#include "extract/shared_data.h"
#include "extract/stages.h"

namespace tw::extract {
namespace {

class ReporterStage final : public Stage {
 public:
  const char* name() const override { return "reporter"; }

  static Result<StagePtr> make(const std::string& dir) {
    auto st = std::make_unique<ReporterStage>();
    auto voices = shared_lexicon(dir, "reporter_voices.tsv");
    if (!voices) return Error{voices.error()};
    auto cities = shared_lexicon(dir, "event_cities.tsv");
    if (!cities) return Error{cities.error()};
    auto agencies = shared_lexicon(dir, "news_agencies.tsv");
    if (!agencies) return Error{agencies.error()};
    st->voices_ = std::move(voices).value();
    st->cities_ = std::move(cities).value();
    st->agencies_ = std::move(agencies).value();
    return StagePtr(std::move(st));
  }

  // Reads the countries, blocs and people of the mention stages, which are final by now: no later
  // stage adds or drops one.
  void run(Doc& doc) const override {
    if (!doc.reporter_known) doc.reporter = facts::infer_reporter(doc, *voices_, cities_.get(), agencies_.get());
    doc.reporter_known = true;
    // The answer drives the fact stages' sides (partners, stances, indicator countries) and the
    // story key, none of which names it: --explain shows it against the lede.
    if (doc.explain && !doc.reporter.empty())
      doc.trace("reporter", doc.reporter, "voice, dateline or lede of the release",
                doc.sentences.empty() ? Span{0, 0, false} : doc.sentences.front());
  }

 private:
  std::shared_ptr<const facts::Lexicon> voices_, cities_, agencies_;
};

}  // namespace

Result<StagePtr> make_reporter_stage(const std::string& data_dir) { return ReporterStage::make(data_dir); }

}  // namespace tw::extract

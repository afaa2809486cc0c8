// Trade measures (SPEC §3.6): who imposes what on which sector, the stated parameters, when it
// was announced, and the reporting government's stance on it.
#include <algorithm>

#include "extract/facts_common.h"
#include "extract/stages.h"

namespace tw::extract {
namespace {

using facts::Lexicon;

class MeasuresStage final : public Stage {
 public:
  const char* name() const override { return "measures"; }

  static Result<StagePtr> make(const std::string& dir) {
    auto st = std::make_unique<MeasuresStage>();
    for (auto [lex, file, n] : {std::tuple{&st->kinds_, "measure_kinds.tsv", 1},
                                std::tuple{&st->sectors_, "measure_sectors.tsv", 1},
                                std::tuple{&st->stances_, "stance_cues.tsv", 2},
                                std::tuple{&st->voices_, "reporter_voices.tsv", 1}}) {
      auto l = Lexicon::load(dir, file, n);
      if (!l) return Error{l.error()};
      *lex = std::move(l).value();
    }
    return StagePtr(std::move(st));
  }

  void run(Doc& doc) const override;

  // The strongest stance cue in a lower-cased sentence ("neutral" when none).
  std::string stance_of(std::string_view lowered) const {
    int best = 0;
    std::string stance = "neutral";
    for (const auto& h : stances_.match(lowered)) {
      int s = std::atoi(h.phrase->value(1).c_str());
      if (s > best) best = s, stance = h.phrase->value(0);
    }
    return stance;
  }

 private:
  Lexicon kinds_, sectors_, stances_, voices_;
};

// Words after a measure noun that make it a negotiating subject, not a measure in force
// ("tariff concessions", "tariff elimination").
bool negotiated_item(std::string_view lowered_rest) {
  static constexpr std::string_view kNext[] = {" concession", " elimination", " reduction", " schedule",
                                               " classification", " negotiation", " cuts", " cut "};
  for (auto n : kNext) {
    if (lowered_rest.substr(0, n.size()) == n) return true;
  }
  return false;
}

void MeasuresStage::run(Doc& doc) const {
  const std::string reporter = facts::infer_reporter(doc, voices_);
  std::string_view body = doc.body;
  const size_t n = doc.sentences.size();
  for (size_t i = 0; i < n; ++i) {
    const Span& sent = doc.sentences[i];
    const std::string ls = facts::lower(doc.text(sent));
    auto hits = kinds_.match(ls);
    if (hits.empty()) continue;
    auto places = facts::places_in(doc, sent);
    std::string stance = stance_of(ls);
    // A stance often sits in the next or previous sentence ("He urged Canada to withdraw the
    // measures swiftly.").
    for (size_t k : {i + 1, i - 1}) {
      if (stance != "neutral" || k >= n) continue;
      std::string other = facts::lower(doc.text(doc.sentences[k]));
      if (facts::has_word(other, "measure") || facts::has_word(other, "measures") || facts::has_word(other, "them"))
        stance = stance_of(other);
    }
    for (const auto& h : hits) {
      if (negotiated_item(std::string_view(ls).substr(h.end))) continue;
      const uint32_t tb = sent.begin + static_cast<uint32_t>(h.begin), te = sent.begin + static_cast<uint32_t>(h.end);
      Measure m;
      m.kind = h.phrase->value();
      // Jurisdiction: the nearest country or bloc before the noun ("Canada's steel TRQ",
      // "EU Foreign Subsidies Regulation"); else one after it that is not a target
      // ("… from China", "… on Korean companies").
      const facts::Place* before = nullptr;
      for (const auto& p : places)
        if (p.span.end <= tb) before = &p;
      if (before && tb - before->span.end <= 90) {
        m.jurisdiction = before->code;
      } else {
        for (const auto& p : places) {
          if (p.span.begin < te) continue;
          std::string lead = facts::lower(body.substr(p.span.begin >= 12 ? p.span.begin - 12 : 0,
                                                      std::min<uint32_t>(12, p.span.begin)));
          if (lead.find("from ") != std::string::npos || lead.find(" on ") != std::string::npos ||
              lead.find("against") != std::string::npos || lead.find(" to ") != std::string::npos)
            continue;
          m.jurisdiction = p.code;
          break;
        }
        if (m.jurisdiction.empty() && before) m.jurisdiction = before->code;
      }
      // A measure with no owner and no stance is a topic word, not a measure of record.
      if (m.jurisdiction.empty() && stance == "neutral") continue;
      // The reporter does not take a stance on its own measures.
      m.stance = (!m.jurisdiction.empty() && m.jurisdiction == reporter) ? "neutral" : stance;
      // Sector: the sector word nearest the noun.
      long best = -1;
      for (const auto& s : sectors_.match(ls)) {
        long dist = s.end <= h.begin ? static_cast<long>(h.begin - s.end) : static_cast<long>(s.begin - h.end);
        if (dist < 0) dist = 0;
        if (best < 0 || dist < best) best = dist, m.sector = s.phrase->value();
      }
      if (best > 80) m.sector.clear();
      // Parameters: the percentages and amounts the sentence states.
      for (const auto& p : doc.x.percents)
        if (facts::inside(p.span, sent)) m.parameters.push_back(p.text);
      for (const auto& mo : doc.x.money)
        if (facts::inside(mo.span, sent)) m.parameters.push_back(mo.text);
      // Announced: a date in a sentence that reports the announcement or the decision.
      if (facts::has_word(ls, "announced") || facts::has_word(ls, "announcement") || facts::has_word(ls, "adopted") ||
          facts::has_word(ls, "imposed") || facts::has_word(ls, "imposes")) {
        auto ds = facts::dates_in(doc, sent);
        if (!ds.empty()) m.announced = facts::split_date(ds.front()->value).start;
      }
      uint32_t db = before && tb - before->span.end <= 90 ? before->span.begin : tb;
      m.description = std::string(facts::trim(body.substr(db, te - db)));
      m.span = {db, te, false};
      bool dup = false;
      for (auto& e : doc.x.measures) {
        if (e.jurisdiction == m.jurisdiction && e.kind == m.kind) {
          dup = true;
          if (e.stance == "neutral") e.stance = m.stance;
          if (e.sector.empty()) e.sector = m.sector;
        }
      }
      if (dup) continue;
      doc.trace("measures", m.jurisdiction + ":" + m.kind, "measure noun '" + h.phrase->text + "', stance " + m.stance,
                m.span);
      doc.x.measures.push_back(std::move(m));
    }
  }
}

}  // namespace

Result<StagePtr> make_measures_stage(const std::string& data_dir) { return MeasuresStage::make(data_dir); }

}  // namespace tw::extract

// Agreements (SPEC §3.5): named trade agreements, MOUs, declarations and partnerships whose
// status the release states — negotiated, concluded, signed, in force, proposed, upgraded.
#include <algorithm>

#include "extract/facts_common.h"
#include "extract/stages.h"

namespace tw::extract {
namespace {

using facts::Lexicon;

class AgreementsStage final : public Stage {
 public:
  const char* name() const override { return "agreements"; }

  static Result<StagePtr> make(const std::string& dir) {
    auto st = std::make_unique<AgreementsStage>();
    for (auto [lex, file, n] : {std::tuple{&st->kinds_, "agreement_kinds.tsv", 2},
                                std::tuple{&st->status_, "agreement_status.tsv", 1},
                                std::tuple{&st->upgrade_, "agreement_upgrade.tsv", 1},
                                std::tuple{&st->voices_, "reporter_voices.tsv", 1}}) {
      auto l = Lexicon::load(dir, file, n);
      if (!l) return Error{l.error()};
      *lex = std::move(l).value();
    }
    return StagePtr(std::move(st));
  }

  void run(Doc& doc) const override;

 private:
  Lexicon kinds_, status_, upgrade_, voices_;

  std::string status_near(std::string_view lowered, size_t pos) const {
    const facts::Phrase* best = nullptr;
    long best_dist = -1;
    for (const auto& h : status_.match(lowered)) {
      long dist = h.end <= pos ? static_cast<long>(pos - h.end) : static_cast<long>(h.begin) - static_cast<long>(pos);
      if (dist < 0) dist = 0;
      if (best_dist < 0 || dist < best_dist) best_dist = dist, best = h.phrase;
    }
    if (!best) return "";
    std::string s = best->value();
    if (!upgrade_.match(lowered).empty()) {
      if (s == "negotiating" || s == "launched") s = "upgrade_negotiating";
      if (s == "concluded" || s == "signed") s = "upgrade_concluded";
    }
    return s;
  }
};

void AgreementsStage::run(Doc& doc) const {
  const std::string reporter = facts::infer_reporter(doc, voices_);
  std::string_view body = doc.body;
  for (const auto& sent : doc.sentences) {
    const std::string ls = facts::lower(doc.text(sent));
    std::string_view st = doc.text(sent);
    const bool multilateral = facts::has_word(ls, "wto") || facts::has_word(ls, "plurilateral") ||
                              facts::has_word(ls, "multilateral");
    for (const auto& h : kinds_.match(ls)) {
      const std::string& kind = h.phrase->value(0);
      const bool needs_name = h.phrase->value(1) == "1";
      // Generic nouns count only inside a capitalized name ("Strategic Trade and Investment
      // Deal"), not as common words ("a partnership", "trade agreements").
      if (needs_name && !facts::is_upper(st[h.begin])) continue;
      const uint32_t tb = sent.begin + static_cast<uint32_t>(h.begin), te = sent.begin + static_cast<uint32_t>(h.end);
      Agreement a;
      a.kind = kind;
      a.name = facts::proper_name(body, tb, te);
      if (needs_name && a.name.empty()) continue;
      // "(FTA)", "(CEPA)" after a full name belong to it.
      std::string_view rest = body.substr(te);
      if (rest.substr(0, 2) == " (") {
        size_t close = rest.find(')');
        if (close != std::string_view::npos && close < 16) a.name += std::string(rest.substr(0, close + 1));
      }
      if (a.name.empty()) a.name = std::string(body.substr(tb, te - tb));
      // Parties: the codes inside the name; else, for trade agreements, the sentence's.
      uint32_t nb = tb;
      if (size_t at = body.substr(0, te).rfind(a.name.substr(0, std::min<size_t>(a.name.size(), 12)));
          at != std::string_view::npos && at >= sent.begin) {
        nb = static_cast<uint32_t>(at);
      }
      Span name_span{nb, std::max<uint32_t>(te, nb + static_cast<uint32_t>(a.name.size())), false};
      if (name_span.end > sent.end) name_span.end = sent.end;
      auto codes = facts::distinct_codes(facts::places_in(doc, name_span));
      std::vector<std::vector<std::string>> party_sets;
      const bool trade_kind = kind == "fta" || kind == "cepa" || kind == "epa";
      if (!codes.empty()) {
        if (codes.size() == 1 && !reporter.empty() && codes[0] != reporter) codes.push_back(reporter);
        party_sets.push_back(codes);
      } else if (trade_kind || ((kind == "agreement" || kind == "partnership") && !multilateral)) {
        auto sc = facts::distinct_codes(facts::places_in(doc, sent));
        std::vector<std::string> foreign;
        for (auto& c : sc)
          if (c != reporter) foreign.push_back(c);
        if (foreign.empty()) {
          if (!trade_kind) party_sets.push_back({});
          else continue;  // "traditional FTAs": no counterpart, not an agreement of record
        } else if (trade_kind && foreign.size() > 1) {
          // "FTA upgrade negotiations with Singapore and ASEAN": one agreement per partner.
          for (auto& f : foreign) party_sets.push_back({f, reporter});
        } else {
          foreign.push_back(reporter);
          party_sets.push_back(foreign);
        }
      } else if (kind == "mou" && !reporter.empty() && !multilateral) {
        party_sets.push_back({reporter});
      } else {
        party_sets.push_back({});
      }
      a.status = status_near(ls, h.begin);
      auto ds = facts::dates_in(doc, sent);
      if (!ds.empty()) {
        const DateMention* best = nullptr;
        long bd = -1;
        for (auto* d : ds) {
          long dist = std::labs(static_cast<long>(d->span.begin) - static_cast<long>(tb));
          if (bd < 0 || dist < bd) bd = dist, best = d;
        }
        if (bd < 160) a.date = facts::split_date(best->value).start;
      }
      a.span = {tb, te, false};
      for (auto& ps : party_sets) {
        std::vector<std::string> parties;
        for (auto& p : ps) facts::push_unique(parties, p);
        std::sort(parties.begin(), parties.end());
        bool dup = false;
        for (auto& e : doc.x.agreements) {
          if (e.kind == kind && e.parties == parties) {
            dup = true;
            if (e.status.empty()) e.status = a.status;
            if (e.date.empty()) e.date = a.date;
          }
        }
        if (dup) continue;
        Agreement out = a;
        out.parties = parties;
        doc.trace("agreements", out.kind + ":" + out.name, "agreement noun '" + h.phrase->text + "'", out.span);
        doc.x.agreements.push_back(std::move(out));
      }
    }
  }
}

}  // namespace

Result<StagePtr> make_agreements_stage(const std::string& data_dir) { return AgreementsStage::make(data_dir); }

}  // namespace tw::extract

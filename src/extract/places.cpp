// Countries (ISO 3166-1 alpha-2) and blocs/regions (SPEC §3.2) named in a release's title and body.
// Country names come from the iso-codes JSON; short forms, adjectives and bloc/region names from
// data files. One table holds them all so that the longest form wins: "South African" is ZA, not
// AFRICA; "Asia-Pacific Economic Cooperation" is APEC, not ASIA_PACIFIC; "USD" is no "US".
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <map>
#include <unordered_map>
#include <mutex>

#include "extract/cue_lists.h"
#include "extract/lexicon.h"
#include "extract/places.h"
#include "extract/shared_data.h"
#include "extract/stages.h"
#include "extract/textview.h"
#include "text/tsv.h"

namespace tw::extract {
namespace {

bool starts_upper_word(std::string_view text, size_t i) {
  while (i < text.size() && text[i] == ' ') ++i;
  size_t l = 0;
  return i < text.size() && lex::is_upper(lex::decode_at(text, i, &l));
}

// Whether the text after a place opens with the word "dollar" or "dollars" (any case).
bool names_dollar(std::string_view rest) {
  if (rest.size() < 7 || rest[0] != ' ') return false;
  if (!lex::ascii_ieq(rest.substr(1, 6), "dollar")) return false;
  size_t end = 7;  // after "dollar"
  if (end < rest.size() && (rest[end] | 0x20) == 's') ++end;
  return end == rest.size() || !std::isalnum(static_cast<unsigned char>(rest[end]));
}

// data/places_region_cues.tsv: the words that make a form a region of another country.
struct RegionCues {
  std::vector<std::string> before, after, site;
};

// Whether `text` starts with `cue` (lower case) as whole words, case aside.
bool opens_with_words(std::string_view text, std::string_view cue) {
  if (text.size() < cue.size()) return false;
  for (size_t i = 0; i < cue.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(text[i])) != static_cast<unsigned char>(cue[i])) return false;
  return text.size() == cue.size() || !std::isalnum(static_cast<unsigned char>(text[cue.size()])) ||
         !std::isalnum(static_cast<unsigned char>(cue.back()));
}

// Whether `text` ends with `cue` (lower case) as whole words, case aside.
bool closes_with_words(std::string_view text, std::string_view cue) {
  if (text.size() < cue.size()) return false;
  const size_t at = text.size() - cue.size();
  for (size_t i = 0; i < cue.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(text[at + i])) != static_cast<unsigned char>(cue[i])) return false;
  return at == 0 || !std::isalnum(static_cast<unsigned char>(text[at - 1]));
}

class PlacesStage final : public Stage {
 public:
  PlacesStage(std::shared_ptr<const PlaceLexicon> lex, std::unordered_map<std::string, std::string> cities,
              RegionCues region)
      : lex_(std::move(lex)), cities_(std::move(cities)), region_(std::move(region)) {}
  const char* name() const override { return "places"; }

  void run(Doc& doc) const override {
    // A form read once as a region of another country ("Savannah, Georgia", "the state of
    // Georgia") is that region throughout the release: a text about a US state does not turn to the
    // Caucasus without naming the country in a way of its own ("Georgian", "Tbilisi").
    // Each ambiguous hit's sense is read once here, and the scan goes by these answers.
    std::vector<int> local;
    std::vector<Sense> senses[2];  // [in_title]: per place hit, Country for the unambiguous
    for (const bool in_title : {true, false}) {
      const std::string_view text = in_title ? std::string_view(doc.title) : std::string_view(doc.body);
      const auto& hits = view_of(doc, in_title, *lex_).place_hits;
      std::vector<Sense>& sense = senses[in_title];
      sense.assign(hits.size(), Sense::Country);
      for (size_t i = 0; i < hits.size(); ++i) {
        if (!lex_->entries[static_cast<size_t>(hits[i].id)].ambiguous) continue;
        sense[i] = ambiguous_sense(text, in_title, hits[i], hits);
        if (sense[i] == Sense::Local) local.push_back(hits[i].id);
      }
    }
    scan(doc, doc.title, true, local, senses[true]);
    scan(doc, doc.body, false, local, senses[false]);
  }

 private:
  // What a form that is also a first name or a US state ("Jordan", "Georgia") names where it
  // stands: the country only when no name or state context surrounds it.
  enum class Sense { Country, Name, Local };
  Sense ambiguous_sense(std::string_view text, bool in_title, const lex::Hit& h,
                        const std::vector<lex::Hit>& hits) const {
    // "the Korea-Jordan FTA", "Korea–Georgia talks": joined to another place by a dash, it is a
    // party to the pair whatever follows.
    for (const size_t dash : {size_t{1}, size_t{3}})
      if (h.b > dash && (dash == 1 ? text[h.b - 1] == '-' : text.substr(h.b - 3, 3) == "\xE2\x80\x93"))
        for (const lex::Hit& o : hits)
          if (o.e == h.b - dash) return Sense::Country;
    // Not in a text that names the country a way of its own ("Georgian", a second form).
    if (const PlaceEntry& e = lex_->entries[static_cast<size_t>(h.id)]; !e.within.empty() && region_words(text, h) &&
        std::none_of(hits.begin(), hits.end(), [&](const lex::Hit& o) {
          const PlaceEntry& oe = lex_->entries[static_cast<size_t>(o.id)];
          return oe.code == e.code && !oe.ambiguous;
        }))
      return Sense::Local;
    size_t after = h.e;
    if (after < text.size() && text[after] == ' ' && starts_upper_word(text, after)) {
      // "Jordan Smith", "Georgia Tech" — but "Jordan and Egypt" is fine.
      size_t w = after + 1;
      size_t e = w;
      while (e < text.size() && text[e] != ' ' && text[e] != ',' && text[e] != '.') ++e;
      std::string_view next = text.substr(w, e - w);
      if (next != "The" && next != "In" && next != "On") return Sense::Name;
    }
    std::string_view rest = text.substr(after, 12);
    if (rest.rfind(", U.S", 0) == 0 || rest.rfind(", USA", 0) == 0 || rest.rfind(" (U.S", 0) == 0) return Sense::Local;
    std::string_view before = text.substr(h.b >= 10 ? h.b - 10 : 0, h.b >= 10 ? 10 : h.b);
    if (before.ends_with("tate of ")) return Sense::Local;
    // "a battery plant construction site in Georgia" in copy about the United States that names
    // Georgia the country no other way (no "Georgian", no second country form of it): the state.
    if (const PlaceEntry& e = lex_->entries[static_cast<size_t>(h.id)]; !e.within.empty() && before.ends_with(" in ")) {
      bool within = false, other_form = false;
      for (const lex::Hit& o : hits) {
        const PlaceEntry& oe = lex_->entries[static_cast<size_t>(o.id)];
        within |= oe.code == e.within;
        other_form |= oe.code == e.code && !oe.ambiguous;
      }
      if (within && !other_form) return Sense::Local;
    }
    for (std::string_view cue : {"Mr. ", "Ms. ", "Mr ", "Ms ", "Dr. "})
      if (before.ends_with(cue)) return Sense::Name;
    // The capitalized word before it, past a comma or a space: a title-case headline capitalizes
    // every word, so only the body's count.
    if (in_title || h.b < 3) return Sense::Country;
    const bool comma = text.substr(h.b - 2, 2) == ", ";
    if (!comma && text[h.b - 1] != ' ') return Sense::Country;
    const size_t pe = h.b - (comma ? 2 : 1);
    size_t pb = pe;
    while (pb > 0 && text[pb - 1] != ' ' && text[pb - 1] != '(' && text[pb - 1] != '"') --pb;
    const std::string_view prev = text.substr(pb, pe - pb);
    // A word in ordinary case: "Michael", "Savannah", "County"; no acronym ("EU"), number or
    // lower-case word ("visit Jordan").
    if (prev.size() < 2 || !(prev[0] >= 'A' && prev[0] <= 'Z') ||
        !std::any_of(prev.begin() + 1, prev.end(), [](char c) { return c >= 'a' && c <= 'z'; }) ||
        !std::all_of(prev.begin(), prev.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '-'; }) ||
        is_month_or_weekday(prev))
      return Sense::Country;
    // A word that opens its sentence is capitalized for that ("Meanwhile, Jordan …", "In Jordan").
    size_t q = pb;
    while (q > 0 && text[q - 1] == ' ') --q;
    if (q == 0 || std::string_view(".!?:;\"(-").find(text[q - 1]) != std::string_view::npos ||
        (q >= 3 && (text.substr(q - 3, 3) == "\xE2\x80\x93" || text.substr(q - 3, 3) == "\xE2\x80\x94" ||
                    text.substr(q - 3, 3) == "\xE2\x80\x9C")))
      return Sense::Country;
    // Another place before it: a list ("Armenia, Georgia and Azerbaijan") or a name ("Korea Jordan").
    for (const lex::Hit& o : hits)
      if (o.e == pe) return Sense::Country;
    if (!comma) return Sense::Name;  // "Michael Jordan-era", "Chad Smith"
    // "Savannah, Georgia", "Bryan County, Georgia", "Atlanta, Georgia": a place of another kind
    // before the comma, which a city of the country itself ("Tbilisi, Georgia", "Amman, Jordan") or
    // of a third one the sentence goes on from ("Speaking in Geneva, Jordan's minister …") is not.
    const PlaceEntry& e = lex_->entries[static_cast<size_t>(h.id)];
    size_t wb = pb;
    for (int words = 0; words < 3; ++words) {
      const auto it = cities_.find(std::string(text.substr(wb, pe - wb)));
      if (it != cities_.end()) return it->second == e.within && it->second != e.code ? Sense::Local : Sense::Country;
      if (wb < 2 || text[wb - 1] != ' ') break;
      wb = text.rfind(' ', wb - 2);
      wb = wb == std::string_view::npos ? 0 : wb + 1;
    }
    // A person's name set off before it ("Smith, Jordan") says as little about the rest.
    return e.within.empty() ? Sense::Name : Sense::Local;
  }

  // "Georgia Governor Brian Kemp", "the Governor of Georgia", "the U.S. states of Georgia and
  // Alabama", "Hyundai Motor Group's Georgia plant": the words of a state's offices or a firm's
  // site next to the form name the region, whatever country the release names.
  bool region_words(std::string_view text, const lex::Hit& h) const {
    const std::string_view before = text.substr(0, h.b), rest = text.substr(h.e);
    for (const std::string& cue : region_.before)
      if (closes_with_words(before, cue + " ")) return true;
    for (const std::string& cue : region_.after) {
      const bool glued = cue[0] == ',' || cue[0] == '\'' || cue.starts_with("\xE2\x80\x99");
      if (glued ? opens_with_words(rest, cue) : rest.starts_with(' ') && opens_with_words(rest.substr(1), cue)) return true;
    }
    bool owned = false;
    for (std::string_view owner : {"'s ", "\xE2\x80\x99s ", " its ", " their "}) owned |= before.ends_with(owner);
    if (!owned || !rest.starts_with(' ')) return false;
    return std::any_of(region_.site.begin(), region_.site.end(),
                       [&](const std::string& cue) { return opens_with_words(rest.substr(1), cue); });
  }

  // `sense`: each hit's sense as run() read it (Country for a form that is not ambiguous).
  void scan(Doc& doc, std::string_view text, bool in_title, const std::vector<int>& local,
            const std::vector<Sense>& sense) const {
    // The view's place hits are this table's find_all(text, true); later stages reuse the view.
    const auto& hits = view_of(doc, in_title, *lex_).place_hits;
    for (size_t i = 0; i < hits.size(); ++i) {
      const lex::Hit& h = hits[i];
      const PlaceEntry& e = lex_->entries[static_cast<size_t>(h.id)];
      if (e.kind == PlaceEntry::Block) continue;
      if (e.ambiguous && (std::find(local.begin(), local.end(), h.id) != local.end() || sense[i] != Sense::Country))
        continue;
      // "US$1.1 billion", "HK$": a short form fused with a dollar sign is a currency, as "USD" is.
      if (h.e < text.size() && text[h.e] == '$') continue;
      // "59.57 billion U.S. dollars", "Singapore dollars": a place naming a dollar names the currency.
      if (names_dollar(text.substr(h.e))) continue;
      auto& list = e.kind == PlaceEntry::Bloc ? doc.x.blocs : doc.x.countries;
      Span span{h.b, h.e, in_title};
      auto it = std::find_if(list.begin(), list.end(), [&](const CodeMention& m) { return m.code == e.code; });
      if (it == list.end()) {
        list.push_back({e.code, {span}});
      } else {
        it->spans.push_back(span);
      }
      if (doc.explain) doc.trace(e.kind == PlaceEntry::Bloc ? "blocs" : "countries", e.code, e.source + ": " + e.form, span);
    }
  }

  std::shared_ptr<const PlaceLexicon> lex_;
  // data/event_cities.tsv: city -> its country. Tells a place of the country ("Amman, Jordan")
  // from one of the region that shares an ambiguous form's name ("Atlanta, Georgia").
  std::unordered_map<std::string, std::string> cities_;
  RegionCues region_;
};

}  // namespace

namespace {

Result<std::shared_ptr<const PlaceLexicon>> read_place_lexicon(const std::string& data_dir) {
  auto lexicon = std::make_shared<PlaceLexicon>();
  auto add = [&](PlaceEntry e) {
    int id = static_cast<int>(lexicon->entries.size());
    lexicon->table.add(e.form, id);
    lexicon->entries.push_back(std::move(e));
  };
  auto iso = text::read_iso_codes("iso_3166-1.json");
  if (!iso) return Error{iso.error()};
  nlohmann::json j = nlohmann::json::parse(iso.value(), nullptr, false);
  if (j.is_discarded() || !j.contains("3166-1")) return Error{"iso_3166-1.json: unexpected content"};
  for (const auto& c : j["3166-1"]) {
    std::string code = c.value("alpha_2", "");
    if (code.empty()) continue;
    for (const char* key : {"name", "common_name", "official_name"}) {
      std::string form = c.value(key, "");
      // "Korea, Republic of" is a catalogue form no text uses; the other fields cover it.
      if (form.empty() || form.find(',') != std::string::npos) continue;
      if (form.rfind("the ", 0) == 0) form = form.substr(4);
      add({form, code, PlaceEntry::Country, false, false, "iso-codes", {}});
    }
  }
  auto rows = text::read_tsv(data_dir, "places_countries.tsv");
  if (!rows) return Error{rows.error()};
  for (const auto& r : rows.value()) {
    if (r.size() < 3) return Error{"places_countries.tsv: expected form, code, kind in every row"};
    PlaceEntry e{r[0], r[1], PlaceEntry::Country, r[2] == "adj", r[2] == "ambiguous", "places_countries.tsv", {}};
    if (e.ambiguous && r.size() >= 4) e.within = r[3];
    if (r[2] == "block") e.kind = PlaceEntry::Block;
    add(std::move(e));
  }
  // "Indian Ocean", "South China Sea": a sea's or strait's name holds a country form but names the
  // feature, so it is read whole, as a block that names no country.
  auto features = text::read_tsv(data_dir, "geo_features.tsv");
  if (!features) return Error{features.error()};
  for (const auto& r : features.value()) {
    if (r.empty() || r[0].empty()) return Error{"geo_features.tsv: expected a feature's name in every row"};
    add({r[0], "-", PlaceEntry::Block, false, false, "geo_features.tsv", {}});
  }
  auto blocs = text::read_tsv(data_dir, "blocs.tsv");
  if (!blocs) return Error{blocs.error()};
  for (const auto& r : blocs.value()) {
    if (r.size() < 2) return Error{"blocs.tsv: expected form and code in every row"};
    add({r[0], r[1], r[1] == "-" ? PlaceEntry::Block : PlaceEntry::Bloc, false, false, "blocs.tsv", {}});
  }
  return std::shared_ptr<const PlaceLexicon>(std::move(lexicon));
}

}  // namespace

Result<std::shared_ptr<const PlaceLexicon>> load_place_lexicon(const std::string& data_dir) {
  // One lexicon per data directory while any stage holds it: the stages that read places then
  // share one object, and with it the per-document views built from it.
  static std::mutex mu;
  static std::map<std::string, std::weak_ptr<const PlaceLexicon>> loaded;
  std::lock_guard<std::mutex> lock(mu);
  if (auto cached = loaded[data_dir].lock()) return cached;
  auto fresh = read_place_lexicon(data_dir);
  if (fresh) loaded[data_dir] = fresh.value();
  return fresh;
}

Result<StagePtr> make_places_stage(const std::string& data_dir) {
  auto lexicon = load_place_lexicon(data_dir);
  if (!lexicon) return Error{lexicon.error()};
  auto rows = shared_rows(data_dir, "event_cities.tsv");
  if (!rows) return Error{rows.error()};
  std::unordered_map<std::string, std::string> cities;
  for (const auto& r : *rows.value())
    if (r.size() >= 2) cities.emplace(r[0], r[1]);
  RegionCues region;
  const CueList lists[] = {{"before", &region.before, 'n'}, {"after", &region.after, 'n'}, {"site", &region.site, 'n'}};
  if (auto loaded = load_cue_lists(data_dir, "places_region_cues.tsv", lists); !loaded) return Error{loaded.error()};
  return StagePtr(new PlacesStage(std::move(lexicon).value(), std::move(cities), std::move(region)));
}

}  // namespace tw::extract

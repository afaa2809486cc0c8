#include "extract/textview.h"

#include <array>
#include <memory>

namespace tw::extract {

TextView::TextView(std::string_view t, bool title, const PlaceLexicon& places, size_t dateline)
    : text(t), in_title(title) {
  toks = lex::tokenize(t, &word_starts);
  place.assign(toks.size(), -1);
  size_t k = 0;
  place_hits = places.table.find_all(t, word_starts, true);
  for (const lex::Hit& h : place_hits) {
    while (k < toks.size() && toks[k].e <= h.b) ++k;
    for (size_t j = k; j < toks.size() && toks[j].b < h.e; ++j) place[j] = h.id;
  }
  if (!title) {
    size_t end = dateline == kFindDateline ? lex::dateline_end(t) : dateline;
    while (first_tok < toks.size() && toks[first_tok].b < end) ++first_tok;
  }
  places_ = &places;
  n_ = toks.size();
}

const TextView& view_of(Doc& doc, bool title, const PlaceLexicon& places) {
  auto& slot = title ? doc.title_view : doc.body_view;
  std::string_view text = title ? doc.title : doc.body;
  if (!slot || slot->lexicon() != &places || slot->text.data() != text.data() || slot->text.size() != text.size())
    slot = title ? std::make_shared<const TextView>(text, title, places)
                 : std::make_shared<const TextView>(text, title, places, doc.dateline_end());
  return *slot;
}

size_t Doc::dateline_end() const {
  if (!dateline_ready_ || dateline_body_.data() != body.data() || dateline_body_.size() != body.size()) {
    dateline_end_ = lex::dateline_end(body);
    dateline_body_ = body;
    dateline_ready_ = true;
  }
  return dateline_end_;
}

bool TextView::place_noun(size_t i) const {
  if (i >= n_ || place[i] < 0) return false;
  const PlaceEntry& e = places_->entries[static_cast<size_t>(place[i])];
  return e.kind != PlaceEntry::Block && !e.adj;
}

bool TextView::place_adj(size_t i) const {
  if (i >= n_ || place[i] < 0) return false;
  const PlaceEntry& e = places_->entries[static_cast<size_t>(place[i])];
  return e.kind != PlaceEntry::Block && e.adj;
}

bool month_or_weekday_name(std::string_view w) {
  // Compared with the names of its first letter only.
  if (w.size() < 3 || w.size() > 9) return false;
  switch (w[0]) {
    case 'A': return w == "April" || w == "August";
    case 'D': return w == "December";
    case 'F': return w == "February" || w == "Friday";
    case 'J': return w == "January" || w == "June" || w == "July";
    case 'M': return w == "March" || w == "May" || w == "Monday";
    case 'N': return w == "November";
    case 'O': return w == "October";
    case 'S': return w == "September" || w == "Saturday" || w == "Sunday";
    case 'T': return w == "Tuesday" || w == "Thursday";
    case 'W': return w == "Wednesday";
    default: return false;
  }
}

}  // namespace tw::extract

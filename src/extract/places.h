// The country and bloc/region lexicon, shared by the extractors that need to recognise a place
// inside another mention (an organization's country, a person's nationality).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "extract/lexicon.h"
#include "tradewatch/result.h"

namespace tw::extract {

struct PlaceEntry {
  enum Kind { Country, Bloc, Block };
  std::string form;
  std::string code;
  Kind kind = Country;
  bool adj = false;        // an adjective or demonym ("French"), not a name ("France")
  bool ambiguous = false;  // also a first name or a US state ("Jordan", "Georgia")
  std::string source;      // the file the form comes from (for --explain)
  // For an ambiguous form that is also a region of another country ("Georgia": US), that
  // country: a city of it before the form ("Atlanta, Georgia") names the region.
  std::string within;
};

struct PlaceLexicon {
  lex::PhraseTable table;  // ids index entries
  std::vector<PlaceEntry> entries;
};

// Reads iso_3166-1.json, data/places_countries.tsv, data/geo_features.tsv and data/blocs.tsv.
Result<std::shared_ptr<const PlaceLexicon>> load_place_lexicon(const std::string& data_dir);

}  // namespace tw::extract

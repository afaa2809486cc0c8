// Data files that several stages read, loaded once per data directory and shared while any stage
// holds them: the extractor's stages are built one after another from the same directory.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "extract/facts_common.h"
#include "text/tsv.h"

namespace tw::extract {

// The phrase lexicon of data_dir/name (facts::Lexicon::load), every row holding at least
// min_values values.
Result<std::shared_ptr<const facts::Lexicon>> shared_lexicon(const std::string& data_dir, const std::string& name,
                                                             size_t min_values = 1);
// The rows of data_dir/name (text::read_tsv).
Result<std::shared_ptr<const std::vector<text::Row>>> shared_rows(const std::string& data_dir, const std::string& name);

// While one lives, what the loaders above return is kept even when no stage holds it: rows a stage
// copies into its own tables and lets go are read once for all the stages built meanwhile
// (Extractor::load builds them all inside one).
class LoadScope {
 public:
  LoadScope();
  ~LoadScope();
  LoadScope(const LoadScope&) = delete;
  LoadScope& operator=(const LoadScope&) = delete;
};

}  // namespace tw::extract

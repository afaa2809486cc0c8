// The extraction engine: immutable after load, shared by threads, pure per release.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "tradewatch/record.h"
#include "tradewatch/result.h"

namespace tw {

namespace extract {
class Stage;
}
namespace text {
class SentenceRules;
}

// The data directory: $TRADEWATCH_DATA, else the one compiled in.
std::string default_data_dir();

class Extractor {
 public:
  // Loads every gazetteer and pattern under data_dir once.
  static Result<std::shared_ptr<const Extractor>> load(const std::string& data_dir = default_data_dir());

  // Extracts mentions and facts from one release and assigns its story id. With explain,
  // x.traces records the rule behind every item.
  Record extract(Release release, bool explain = false) const;

  ~Extractor();
  Extractor(const Extractor&) = delete;
  Extractor& operator=(const Extractor&) = delete;

 private:
  Extractor();
  std::vector<std::unique_ptr<extract::Stage>> stages_;
  std::unique_ptr<const text::SentenceRules> sentences_;
};

}  // namespace tw

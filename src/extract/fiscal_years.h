// Fiscal years resolved to months (SPEC §3.1): a split year ("FY2023-24", "2016-17") names a span
// of months only where the reporting government's fiscal year is fixed (data/fiscal_years.tsv:
// India's runs April to March); elsewhere it is left a span of years.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "extract/doc.h"
#include "tradewatch/result.h"

namespace tw::extract {

class FiscalYears {
 public:
  static Result<FiscalYears> load(const std::string& data_dir);

  // Revalues the body's split-year mentions to the reporter's fiscal months. Does nothing for a
  // reporter not listed.
  void apply(Doc& doc) const;

 private:
  std::unordered_map<std::string, int> start_month_;
  std::vector<std::string> prefixes_;
};

}  // namespace tw::extract

// Fiscal years resolved to months (SPEC §3.1): a split year ("FY2023-24", "2016-17"), a single
// year in the reporter's naming ("FY23", "fiscal 2024") and one relative to publication ("this
// fiscal year", "the first ten months of the current fiscal year") name a span of months only where
// the reporting government's fiscal year is fixed (data/fiscal_years.tsv: India's runs April to
// March); elsewhere they are left as they were read.
#pragma once

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extract/doc.h"
#include "extract/wordscan.h"
#include "tradewatch/result.h"

namespace tw::extract {

class FiscalYears {
 public:
  static Result<FiscalYears> load(const std::string& data_dir);

  // Revalues the body's split-year mentions to the reporter's fiscal months (for a reporter not
  // listed, only a year whose closing month the text states).
  void apply(Doc& doc) const;

 private:
  std::unordered_map<std::string, int> start_month_;
  std::vector<std::string> prefixes_;
  std::unordered_map<std::string, bool> named_by_end_;  // reporter → "FY2024" ends in 2024
  std::unordered_map<std::string, int> counts_;         // "ten" → 10
  std::unordered_map<std::string, int> ordinals_;       // "third" → 3
  std::unordered_map<std::string, int> months_;         // "september", "sept" → 9
  std::unordered_set<std::string> ahead_;               // calendar.tsv "ahead", "ahead_participle": "will", "expected"

  // Fiscal years written as one year ("FY23", "fiscal 2024") or relative to publication ("this
  // fiscal year", "last financial year"), added to the reporter's dates.
  void add_named(Doc& doc, int first) const;
  // A fiscal year whose closing month the text gives ("fiscal 2024, which ended in March"), for
  // any reporter: the twelve months to that month.
  static void ended_in_month(Doc& doc);
  static int written_part_before(const WordScan& s, size_t k);
};

}  // namespace tw::extract

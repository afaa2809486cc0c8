// The spans of a list of mentions (organizations, people, blocs), sorted once so that a stage can
// ask "does one of them contain this stretch?" or "which is the first with a span inside it?"
// with a binary search. Reading the whole list for every candidate instead grows with the square
// of a long release's length.
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <vector>

#include "tradewatch/record.h"

namespace tw::extract {

class SpanIndex {
 public:
  SpanIndex() = default;
  // items: a list whose elements hold their spans in a member `spans`.
  template <typename Items>
  explicit SpanIndex(const Items& items) {
    for (size_t item = 0; item < items.size(); ++item) {
      const auto& spans = items[item].spans;
      for (const Span& s : spans) sides_[s.in_title ? 1 : 0].entries.push_back({s.begin, s.end, static_cast<uint32_t>(item)});
    }
    for (Side& side : sides_) {
      std::sort(side.entries.begin(), side.entries.end(), [](const Entry& a, const Entry& b) {
        return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
      });
      uint32_t furthest = 0;
      side.reach.reserve(side.entries.size());
      for (const Entry& e : side.entries) side.reach.push_back(furthest = std::max(furthest, e.end));
    }
  }

  // Whether some span on the given side begins at or before b and ends at or after e.
  bool covers(uint32_t b, uint32_t e, bool in_title) const {
    const Side& side = sides_[in_title ? 1 : 0];
    const auto at = std::upper_bound(side.entries.begin(), side.entries.end(), b,
                                     [](uint32_t v, const Entry& x) { return v < x.begin; });
    const auto n = static_cast<size_t>(at - side.entries.begin());
    return n > 0 && side.reach[n - 1] >= e;
  }

  // The first item, in list order, with a span inside [b, e) on the given side; -1 when none.
  // Of several such items the lowest index wins, as a read of the list from its start finds.
  long first_inside(uint32_t b, uint32_t e, bool in_title) const {
    const Side& side = sides_[in_title ? 1 : 0];
    auto it = std::lower_bound(side.entries.begin(), side.entries.end(), b,
                               [](const Entry& x, uint32_t v) { return x.begin < v; });
    long best = -1;
    for (; it != side.entries.end() && it->begin < e; ++it)
      if (it->end <= e && (best < 0 || it->item < static_cast<uint32_t>(best))) best = static_cast<long>(it->item);
    return best;
  }

 private:
  struct Entry {
    uint32_t begin, end, item;
  };
  struct Side {
    std::vector<Entry> entries;  // by start, then end
    std::vector<uint32_t> reach;  // the furthest end of entries[0..i]
  };
  std::array<Side, 2> sides_;  // [0]: body, [1]: title
};

}  // namespace tw::extract

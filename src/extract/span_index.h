// The spans of a list of mentions (organizations, people, blocs), sorted once so that a stage can
// ask "does one of them contain this stretch?" or "which is the first with a span inside it?"
// with a binary search. Reading the whole list for every candidate instead grows with the square
// of a long release's length.
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <set>
#include <tuple>
#include <vector>

#include "tradewatch/record.h"

namespace tw::extract {

class SpanIndex {
 public:
  SpanIndex() = default;
  // items: a list whose elements hold their spans in a member `spans`. A release names a few
  // dozen at most as a rule: those are kept in place and read in turn, with no allocation;
  // only a longer list is sorted.
  template <typename Items>
  explicit SpanIndex(const Items& items) {
    size_t total = 0;
    for (const auto& it : items) total += it.spans.size();
    many_ = total > kFew;
    for (size_t item = 0; item < items.size(); ++item)
      for (const Span& s : items[item].spans) {
        const Entry e{s.begin, s.end, static_cast<uint32_t>(item)};
        if (!many_) {
          few_[n_few_] = e;
          few_title_[n_few_++] = s.in_title;
        } else {
          sides_[s.in_title ? 1 : 0].entries.push_back(e);
        }
      }
    if (!many_) return;
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
    if (!many_) {
      for (size_t i = 0; i < n_few_; ++i)
        if (few_title_[i] == in_title && few_[i].begin <= b && e <= few_[i].end) return true;
      return false;
    }
    const Side& side = sides_[in_title ? 1 : 0];
    const auto at = std::upper_bound(side.entries.begin(), side.entries.end(), b,
                                     [](uint32_t v, const Entry& x) { return v < x.begin; });
    const auto n = static_cast<size_t>(at - side.entries.begin());
    return n > 0 && side.reach[n - 1] >= e;
  }

  // The first item, in list order, with a span inside [b, e) on the given side; -1 when none.
  // Of several such items the lowest index wins, as a read of the list from its start finds.
  long first_inside(uint32_t b, uint32_t e, bool in_title) const {
    long best = -1;
    auto consider = [&](const Entry& x) {
      if (x.begin >= b && x.end <= e && (best < 0 || x.item < static_cast<uint32_t>(best)))
        best = static_cast<long>(x.item);
    };
    if (!many_) {  // kept in list order: the first found is the one
      for (size_t i = 0; i < n_few_; ++i)
        if (few_title_[i] == in_title && few_[i].begin >= b && few_[i].end <= e) return static_cast<long>(few_[i].item);
      return -1;
    }
    const Side& side = sides_[in_title ? 1 : 0];
    auto it = std::lower_bound(side.entries.begin(), side.entries.end(), b,
                               [](const Entry& x, uint32_t v) { return x.begin < v; });
    for (; it != side.entries.end() && it->begin < e; ++it) consider(*it);
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
  static constexpr size_t kFew = 24;
  bool many_ = false;
  size_t n_few_ = 0;
  std::array<Entry, kFew> few_;  // [0, n_few_) set
  std::array<bool, kFew> few_title_;
  std::array<Side, 2> sides_;  // [0]: body, [1]: title; used past kFew spans
};

// A growing set of spans that answers whether any overlaps a given one on the same side. While
// there are few they are read in turn; past kFew they are also kept in order of start, and only
// those starting within the longest one's length before the asked span are read.
class SpanSet {
 public:
  void add(const Span& s) {
    few_.push_back(s);
    longest_ = std::max(longest_, s.end - s.begin);
    if (few_.size() == kFew + 1)
      for (const Span& f : few_) ordered_.insert(key(f));
    else if (few_.size() > kFew + 1)
      ordered_.insert(key(s));
  }

  bool overlaps(const Span& s) const {
    if (few_.size() <= kFew) {
      for (const Span& c : few_)
        if (c.in_title == s.in_title && s.begin < c.end && c.begin < s.end) return true;
      return false;
    }
    const uint32_t from = s.begin > longest_ ? s.begin - longest_ : 0;
    for (auto it = ordered_.lower_bound({s.in_title, from, 0}); it != ordered_.end(); ++it) {
      const auto& [title, begin, end] = *it;
      if (title != s.in_title || begin >= s.end) break;
      if (s.begin < end) return true;
    }
    return false;
  }

 private:
  static constexpr size_t kFew = 32;
  using Key = std::tuple<bool, uint32_t, uint32_t>;  // side, start, end
  static Key key(const Span& s) { return {s.in_title, s.begin, s.end}; }
  std::vector<Span> few_;  // every span, in the order added
  std::multiset<Key> ordered_;  // the same, once there are more than kFew
  uint32_t longest_ = 0;
};

}  // namespace tw::extract

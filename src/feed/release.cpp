// Ids and per-record facts shared by every reader.
#include <cstdint>
#include <string>

#include <fmt/format.h>

#include "text/hash.h"
#include "tradewatch/feed.h"

namespace tw {

using text::fnv1a;

std::string release_id(std::string_view title, std::string_view published) {
  // Case, spacing and ASCII punctuation do not change identity: listing pages differ in them.
  std::string key;
  key.reserve(title.size() + published.size() + 1);
  for (unsigned char c : title) {
    if (c >= 0x80) key.push_back(static_cast<char>(c));
    else if (std::isalnum(c)) key.push_back(static_cast<char>(std::tolower(c)));
  }
  key.push_back('|');
  key.append(published);
  return fmt::format("r-{:016x}", fnv1a(key));
}

void finish_release(Release& r) {
  r.id = release_id(r.title, r.published);
  // A body the source cut off mid-sentence does not end in closing punctuation.
  static const std::string_view closers[] = {".", "!", "?", "\"", ")", "\xE2\x80\x9D" /* ” */,
                                             "\xE2\x80\x99" /* ’ */, ":", ";", "]"};
  bool closed = false;
  for (auto c : closers)
    if (r.body.size() >= c.size() && r.body.compare(r.body.size() - c.size(), c.size(), c) == 0) closed = true;
  r.truncated = !closed;
}

}  // namespace tw

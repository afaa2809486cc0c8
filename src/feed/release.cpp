// Ids and per-record facts shared by every reader.
#include <cstdint>
#include <string>

#include "text/hash.h"
#include "tradewatch/feed.h"

namespace tw {

using text::fnv1a;

std::string release_id(std::string_view title, std::string_view published) {
  // Case, spacing and ASCII punctuation do not change identity: listing pages differ in them.
  std::string key;
  key.reserve(title.size() + published.size() + 1);
  // ASCII letters and digits folded as std::isalnum and std::tolower do in the "C" locale,
  // tested here rather than by two library calls per byte.
  for (unsigned char c : title) {
    if (c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z')) key.push_back(static_cast<char>(c));
    else if (c >= 'A' && c <= 'Z') key.push_back(static_cast<char>(c + 32));
  }
  key.push_back('|');
  key.append(published);
  // "r-" and the hash in sixteen lower-case hex digits, as fmt's {:016x} writes it.
  const uint64_t h = fnv1a(key);
  char id[2 + 16] = {'r', '-'};
  for (int k = 0; k < 16; ++k) id[2 + k] = "0123456789abcdef"[(h >> (60 - 4 * k)) & 15];
  return std::string(id, sizeof id);
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

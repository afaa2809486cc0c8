// Reading press-release feeds (SPEC §1): the plain-text feed and JSON Lines.
#pragma once

#include <cstdint>
#include <functional>
#include <string>

#include "tradewatch/record.h"
#include "tradewatch/result.h"

namespace tw {

// A bad record is data, not an exception: reported and skipped, the rest still lands.
struct ReadError {
  std::string file;
  uint64_t line = 0;
  std::string reason;
};

struct ReadOptions {
  size_t max_line_bytes = 8u << 20;  // longer lines are rejected, never held in memory
  // Leave bodies empty and unchecked: for a quick first pass that only needs ids and
  // categories (normalizing bodies is most of the reader's work).
  bool headers_only = false;
};

using ReleaseSink = std::function<void(Release&&)>;
using ErrorSink = std::function<void(const ReadError&)>;

// Reads one input: the feed format, or JSON Lines when the path ends in .jsonl/.json or the
// first non-blank character is '{'. "-" reads standard input. Returns an error only when the
// input cannot be opened at all; bad records go to on_error.
Status read_feed(const std::string& path, const ReleaseSink& on_release, const ErrorSink& on_error,
                 const ReadOptions& options = {});

// Normalizes raw text: rejects invalid UTF-8, applies NFC, turns every Unicode space and
// control character into a plain space, collapses runs and trims. Returns an error naming
// the byte offset of invalid input.
Result<std::string> normalize_text(std::string_view raw);

// Stable release id (SPEC §2): same normalized title and date, same id, across runs and files.
std::string release_id(std::string_view title, std::string_view published);

// Fills id and truncated from title/body/published; used by every reader.
void finish_release(Release& r);

}  // namespace tw

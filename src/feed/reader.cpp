// Feed readers (SPEC §1). The plain feed is a sequence of records, each opened by a line "-":
//   [category]\n title\n body ending in " date<YYYY-MM-DD>"
// Lines are read in bounded chunks, so a 50 MB line is rejected without being held in memory.
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "tradewatch/feed.h"

namespace tw {
namespace {

// Reads lines up to a byte limit; an over-long line is consumed and reported as such. Reads
// the file in blocks and finds line ends with memchr: a byte-at-a-time getc loop was most of
// the reader's time.
class LineReader {
 public:
  LineReader(std::FILE* f, size_t max) : f_(f), max_(max), buf_(1 << 16) {}
  // Returns false at end of input. `too_long` is set when the line was cut off and discarded.
  bool next(std::string& line, bool& too_long) {
    line.clear();
    too_long = false;
    bool any = false;
    for (;;) {
      if (pos_ == len_ && !fill()) break;
      any = true;
      const char* start = buf_.data() + pos_;
      const size_t avail = len_ - pos_;
      const void* nl = std::memchr(start, '\n', avail);
      const size_t take = nl ? static_cast<size_t>(static_cast<const char*>(nl) - start) : avail;
      if (line.size() < max_) {
        const size_t room = max_ - line.size();
        line.append(start, std::min(take, room));
        if (take > room) too_long = true;
      } else if (take > 0) {
        too_long = true;
      }
      pos_ += take;
      if (nl) {
        ++pos_;
        break;
      }
    }
    if (!any) return false;
    ++number_;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (number_ == 1 && line.size() >= 3 && std::memcmp(line.data(), "\xEF\xBB\xBF", 3) == 0) line.erase(0, 3);
    return true;
  }
  uint64_t number() const { return number_; }

 private:
  bool fill() {
    pos_ = 0;
    len_ = std::fread(buf_.data(), 1, buf_.size(), f_);
    return len_ > 0;
  }

  std::FILE* f_;
  size_t max_;
  std::vector<char> buf_;
  size_t pos_ = 0, len_ = 0;
  uint64_t number_ = 0;
};

bool is_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (s[i] < '0' || s[i] > '9') return false;
  int m = (s[5] - '0') * 10 + (s[6] - '0'), d = (s[8] - '0') * 10 + (s[9] - '0');
  return m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

struct RawRecord {
  uint64_t line = 0;           // line of the "-" separator
  std::vector<std::string> lines;
  bool too_long = false;
  uint64_t too_long_line = 0;
};

void emit_feed_record(const std::string& file, RawRecord& raw, const ReleaseSink& on_release,
                      const ErrorSink& on_error, size_t max, bool headers_only) {
  if (raw.too_long) {
    on_error({file, raw.too_long_line, "line longer than " + std::to_string(max) + " bytes; record skipped"});
    return;
  }
  std::vector<std::string> lines;
  for (auto& l : raw.lines)
    if (l.find_first_not_of(" \t") != std::string::npos) lines.push_back(std::move(l));
  if (lines.empty()) {
    on_error({file, raw.line, "empty record (a '-' line with nothing after it)"});
    return;
  }
  if (lines.size() == 1) {
    on_error({file, raw.line, "record has a title but no body"});
    return;
  }
  if (lines.size() > 3) {
    on_error({file, raw.line, "record has " + std::to_string(lines.size()) +
                                  " lines; expected [category], title, body"});
    return;
  }
  Release r;
  r.file = file;
  r.line = raw.line;
  std::string body = lines.back();
  // The publication date closes the body: "... text date2025-12-04".
  while (!body.empty() && (body.back() == ' ' || body.back() == '\t')) body.pop_back();
  auto pos = body.size() >= 14 ? body.size() - 14 : std::string::npos;
  if (pos == std::string::npos || body.compare(pos, 4, "date") != 0 || !is_date(std::string_view(body).substr(pos + 4))) {
    on_error({file, raw.line + lines.size(), "body does not end with a publication date (date<YYYY-MM-DD>)"});
    return;
  }
  r.published = body.substr(pos + 4);
  body.resize(pos);
  auto title = normalize_text(lines[lines.size() - 2]);
  if (!title) {
    on_error({file, raw.line + lines.size() - 1, "title: " + title.error()});
    return;
  }
  if (headers_only) {
    r.title = std::move(*title);
    if (lines.size() == 3) {
      auto cat = normalize_text(lines[0]);
      if (cat && !cat->empty()) r.category = std::move(*cat);
    }
    finish_release(r);
    on_release(std::move(r));
    return;
  }
  auto nbody = normalize_text(body);
  if (!nbody) {
    on_error({file, raw.line + lines.size(), "body: " + nbody.error()});
    return;
  }
  if (nbody->empty()) {
    on_error({file, raw.line + lines.size(), "record has no body text"});
    return;
  }
  r.title = std::move(*title);
  r.body = std::move(*nbody);
  if (lines.size() == 3) {
    auto cat = normalize_text(lines[0]);
    if (cat && !cat->empty()) r.category = std::move(*cat);
  }
  finish_release(r);
  on_release(std::move(r));
}

void read_plain(LineReader& reader, const std::string& file, const ReleaseSink& on_release,
                const ErrorSink& on_error, const ReadOptions& opt, std::string first_line,
                bool first_too_long) {
  std::unique_ptr<RawRecord> cur;
  std::string line = std::move(first_line);
  bool too_long = first_too_long;
  uint64_t number = reader.number();
  bool have = true;
  bool warned_stray = false;
  while (have) {
    if (line == "-") {
      if (cur) emit_feed_record(file, *cur, on_release, on_error, opt.max_line_bytes, opt.headers_only);
      cur = std::make_unique<RawRecord>();
      cur->line = number;
    } else if (cur) {
      if (too_long) {
        cur->too_long = true;
        cur->too_long_line = number;
      } else {
        cur->lines.push_back(std::move(line));
      }
    } else if (line.find_first_not_of(" \t") != std::string::npos && !warned_stray) {
      on_error({file, number, "text before the first '-' record separator; skipped"});
      warned_stray = true;
    }
    have = reader.next(line, too_long);
    number = reader.number();
  }
  if (cur) emit_feed_record(file, *cur, on_release, on_error, opt.max_line_bytes, opt.headers_only);
}

void read_jsonl(LineReader& reader, const std::string& file, const ReleaseSink& on_release,
                const ErrorSink& on_error, const ReadOptions& opt, std::string first_line,
                bool first_too_long) {
  std::string line = std::move(first_line);
  bool too_long = first_too_long;
  uint64_t number = reader.number();
  bool have = true;
  while (have) {
    if (too_long) {
      on_error({file, number, "line longer than " + std::to_string(opt.max_line_bytes) + " bytes; record skipped"});
    } else if (line.find_first_not_of(" \t") != std::string::npos) {
      auto j = nlohmann::json::parse(line, nullptr, false);
      auto fail = [&](const std::string& why) { on_error({file, number, why}); };
      if (j.is_discarded() || !j.is_object()) {
        fail("not a JSON object");
      } else if (!j.contains("title") || !j["title"].is_string() || !j.contains("body") ||
                 !j["body"].is_string()) {
        fail("missing string field 'title' or 'body'");
      } else if (!j.contains("published") || !j["published"].is_string() ||
                 !is_date(j["published"].get<std::string>())) {
        fail("missing or malformed 'published' (expected YYYY-MM-DD)");
      } else {
        auto title = normalize_text(j["title"].get<std::string>());
        auto body = normalize_text(j["body"].get<std::string>());
        if (!title) fail("title: " + title.error());
        else if (!body) fail("body: " + body.error());
        else if (body->empty()) fail("record has no body text");
        else {
          Release r;
          r.file = file;
          r.line = number;
          r.title = std::move(*title);
          r.body = std::move(*body);
          r.published = j["published"].get<std::string>();
          if (j.contains("category") && j["category"].is_string()) {
            auto c = normalize_text(j["category"].get<std::string>());
            if (c && !c->empty()) r.category = *c;
          }
          if (j.contains("url") && j["url"].is_string()) r.url = j["url"];
          if (j.contains("source") && j["source"].is_string()) r.source = j["source"];
          finish_release(r);
          if (j.contains("truncated") && j["truncated"].is_boolean()) r.truncated = j["truncated"];
          on_release(std::move(r));
        }
      }
    }
    have = reader.next(line, too_long);
    number = reader.number();
  }
}

bool ends_with(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

Status read_feed(const std::string& path, const ReleaseSink& on_release, const ErrorSink& on_error,
                 const ReadOptions& options) {
  std::FILE* f = path == "-" ? stdin : std::fopen(path.c_str(), "rb");
  if (!f) return Error{path + ": cannot open: " + std::strerror(errno)};
  const std::string name = path == "-" ? "<stdin>" : path;
  LineReader probe(f, options.max_line_bytes);
  std::string first;
  bool too_long = false;
  // Skip leading blank lines to find the format.
  bool have = probe.next(first, too_long);
  while (have && !too_long && first.find_first_not_of(" \t") == std::string::npos)
    have = probe.next(first, too_long);
  if (have) {
    const bool json = ends_with(path, ".jsonl") || ends_with(path, ".json") ||
                      (!too_long && first.find_first_not_of(" \t") != std::string::npos &&
                       first[first.find_first_not_of(" \t")] == '{');
    if (json)
      read_jsonl(probe, name, on_release, on_error, options, std::move(first), too_long);
    else
      read_plain(probe, name, on_release, on_error, options, std::move(first), too_long);
  }
  if (f != stdin) std::fclose(f);
  return Ok{};
}

}  // namespace tw

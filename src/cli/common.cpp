#include "cli/common.h"

#include <unistd.h>

#include <utf8proc.h>

#include <algorithm>
#include <cstdlib>
#include <iostream>

#include <fmt/format.h>

namespace tw::cli {

std::string resolve_db_path(const std::string& flag) {
  if (!flag.empty()) return flag;
  if (const char* env = std::getenv("TRADEWATCH_DB"); env && *env) return env;
  return "tradewatch.db";
}

bool stdout_is_terminal() { return ::isatty(STDOUT_FILENO) == 1; }
bool stderr_is_terminal() { return ::isatty(STDERR_FILENO) == 1; }

Progress::Progress(std::string label, uint64_t total_bytes, bool enabled)
    : label_(std::move(label)), total_(total_bytes), enabled_(enabled) {}

void Progress::update(uint64_t done, uint64_t records) {
  if (!enabled_) return;
  if (done - last_draw_ < (1u << 16) && done < total_) return;
  last_draw_ = done;
  const int width = 30;
  double frac = total_ ? std::min(1.0, static_cast<double>(done) / static_cast<double>(total_)) : 0.0;
  int filled = static_cast<int>(frac * width);
  fmt::print(stderr, "\r{} [{}{}] {:3.0f}%  {} records", label_, std::string(filled, '#'),
             std::string(width - filled, '.'), frac * 100, records);
  std::fflush(stderr);
}

void Progress::finish() {
  if (enabled_) fmt::print(stderr, "\r\033[K");
}

std::unique_ptr<Store> open_store(const Globals& g, bool read_only) {
  auto store = open_sqlite_store(resolve_db_path(g.db_path), read_only);
  if (!store) fail(kDatabase, store.error());
  return std::move(store).value();
}

void fail(int code, std::string_view message) {
  std::cout.flush();
  fmt::print(stderr, "tradewatch: {}\n", message);
  throw CLI::RuntimeError(code);
}

void print_json_line(const nlohmann::json& j) {
  std::cout << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

const CLI::Validator& date_check() {
  static const CLI::Validator check(
      [](std::string& s) {
        if (is_date_prefix(s)) return std::string();
        return fmt::format("'{}' is not a date: give YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2025-06)", s);
      },
      "DATE");
  return check;
}

std::string render_highlights(std::string_view marked, bool terminal) {
  std::string out;
  out.reserve(marked.size() + 16);
  for (char c : marked) {
    if (c == '\x02') out += terminal ? "\033[1m" : "[";
    else if (c == '\x03') out += terminal ? "\033[0m" : "]";
    else out += c;
  }
  return out;
}

namespace {

// Calls fn(byte_begin, byte_end, columns) for each character of valid UTF-8; a bad byte counts
// as one column so a broken cell never breaks the table.
template <typename Fn>
void each_char(std::string_view s, Fn&& fn) {
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
  size_t pos = 0;
  while (pos < s.size()) {
    utf8proc_int32_t cp = 0;
    auto n = utf8proc_iterate(p + pos, static_cast<utf8proc_ssize_t>(s.size() - pos), &cp);
    size_t len = n > 0 ? static_cast<size_t>(n) : 1;
    int w = n > 0 ? utf8proc_charwidth(cp) : 1;
    if (!fn(pos, pos + len, static_cast<size_t>(w < 0 ? 0 : w))) return;
    pos += len;
  }
}

}  // namespace

size_t display_width(std::string_view s) {
  size_t w = 0;
  each_char(s, [&](size_t, size_t, size_t cw) {
    w += cw;
    return true;
  });
  return w;
}

std::string clip(std::string_view s, size_t width) {
  if (display_width(s) <= width) return std::string(s);
  size_t w = 0, cut = 0;
  each_char(s, [&](size_t, size_t end, size_t cw) {
    if (w + cw + 1 > width) return false;  // leave a column for the ellipsis
    w += cw;
    cut = end;
    return true;
  });
  return std::string(s.substr(0, cut)) + "…";
}

void print_table(const std::vector<std::string>& headers, const std::vector<std::vector<std::string>>& rows,
                 size_t max_width) {
  std::vector<std::vector<std::string>> cells;
  cells.reserve(rows.size() + 1);
  // An all-empty header row means "no header".
  if (std::any_of(headers.begin(), headers.end(), [](const std::string& h) { return !h.empty(); }))
    cells.push_back(headers);
  for (const auto& r : rows) {
    std::vector<std::string> c;
    for (const auto& v : r) c.push_back(clip(v, max_width));
    cells.push_back(std::move(c));
  }
  std::vector<size_t> widths(headers.size(), 0);
  for (const auto& r : cells)
    for (size_t i = 0; i < r.size() && i < widths.size(); ++i) widths[i] = std::max(widths[i], display_width(r[i]));
  for (const auto& r : cells) {
    std::string line;
    for (size_t i = 0; i < r.size() && i < widths.size(); ++i) {
      line += r[i];
      if (i + 1 < r.size()) line += std::string(widths[i] - display_width(r[i]) + 2, ' ');
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    std::cout << line << '\n';
  }
}

void write_csv_row(std::ostream& out, const std::vector<std::string>& fields) {
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i) out << ',';
    const auto& f = fields[i];
    if (f.find_first_of(",\"\r\n") == std::string::npos) {
      out << f;
      continue;
    }
    out << '"';
    for (char c : f) {
      if (c == '"') out << '"';
      out << c;
    }
    out << '"';
  }
  out << "\r\n";
}

std::string cell(const nlohmann::json& v, std::string_view sep) {
  if (v.is_null()) return {};
  if (v.is_string()) return v.get<std::string>();
  if (v.is_boolean()) return v.get<bool>() ? "true" : "false";
  if (v.is_number_integer()) return std::to_string(v.get<int64_t>());
  if (v.is_number()) return fmt::format("{}", v.get<double>());
  if (v.is_array()) {
    std::string out;
    for (const auto& e : v) {
      if (!out.empty()) out += sep;
      out += cell(e, sep);
    }
    return out;
  }
  return v.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace tw::cli

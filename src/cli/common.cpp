#include "cli/common.h"

#include <unistd.h>

#include <cstdlib>

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

}  // namespace tw::cli

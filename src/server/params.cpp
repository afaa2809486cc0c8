#include "server/params.h"

#include <algorithm>
#include <cctype>
#include <charconv>

#include <fmt/format.h>

namespace tw::server {
namespace {

// Caps that keep one request's work bounded whatever the caller sends.
constexpr size_t kMaxOffset = 1'000'000;
constexpr size_t kMaxValues = 20;  // values of one multi-valued filter
constexpr size_t kMaxTextLen = 200;

bool all_of(std::string_view s, int (*pred)(int)) {
  return std::all_of(s.begin(), s.end(), [pred](unsigned char c) { return pred(c) != 0; });
}

int is_code_char(int c) { return std::isalpha(c) || c == '_'; }
int is_topic_char(int c) { return std::islower(c) || std::isdigit(c) || c == '_'; }

std::string upper(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}
std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return std::string(s);
}

// Every value of a multi-valued parameter: repeated names and, where values cannot contain
// commas (codes, topics), comma-separated lists.
Result<std::vector<std::string>> values(const Params& params, const std::string& name, bool split_commas) {
  std::vector<std::string> out;
  auto [lo, hi] = params.equal_range(name);
  for (auto it = lo; it != hi; ++it) {
    std::string_view v = it->second;
    if (!split_commas) {
      out.push_back(trim(v));
      continue;
    }
    size_t start = 0;
    while (start <= v.size()) {
      size_t comma = v.find(',', start);
      if (comma == std::string_view::npos) comma = v.size();
      out.push_back(trim(v.substr(start, comma - start)));
      start = comma + 1;
    }
  }
  for (const auto& v : out) {
    if (v.empty()) return Error{fmt::format("parameter '{}' has an empty value", name)};
    if (v.size() > kMaxTextLen) return Error{fmt::format("parameter '{}' is longer than {} bytes", name, kMaxTextLen)};
  }
  if (out.size() > kMaxValues) return Error{fmt::format("parameter '{}' has more than {} values", name, kMaxValues)};
  return out;
}

Result<size_t> number_param(const Params& params, std::string_view name, size_t fallback, size_t lo, size_t hi) {
  auto v = single_param(params, name, 20);
  if (!v) return Error{v.error()};
  if (v->empty()) return fallback;
  size_t n = 0;
  auto [end, ec] = std::from_chars(v->data(), v->data() + v->size(), n);
  if (ec != std::errc() || end != v->data() + v->size())
    return Error{fmt::format("parameter '{}' must be a whole number, got '{}'", name, *v)};
  if (n < lo || n > hi) return Error{fmt::format("parameter '{}' must be between {} and {}, got {}", name, lo, hi, n)};
  return n;
}

}  // namespace

const std::set<std::string, std::less<>>& filter_param_names() {
  static const std::set<std::string, std::less<>> names{"from", "to",     "category", "country", "bloc",
                                                        "org",  "person", "topic",    "limit",   "offset"};
  return names;
}

Result<std::string> single_param(const Params& params, std::string_view name, size_t max_len) {
  auto [lo, hi] = params.equal_range(std::string(name));
  if (lo == hi) return std::string();
  if (std::next(lo) != hi) return Error{fmt::format("parameter '{}' is given more than once", name)};
  if (lo->second.size() > max_len) return Error{fmt::format("parameter '{}' is longer than {} bytes", name, max_len)};
  return lo->second;
}

Result<bool> bool_param(const Params& params, std::string_view name, bool fallback) {
  auto v = single_param(params, name, 10);
  if (!v) return Error{v.error()};
  if (v->empty()) return fallback;
  if (*v == "1" || *v == "true") return true;
  if (*v == "0" || *v == "false") return false;
  return Error{fmt::format("parameter '{}' must be 1, 0, true or false, got '{}'", name, *v)};
}

Result<Filter> parse_filter(const Params& params, const std::set<std::string, std::less<>>& extra) {
  for (const auto& [name, value] : params) {
    if (!filter_param_names().count(name) && !extra.count(name))
      return Error{fmt::format("unknown parameter '{}'", name)};
  }
  Filter f;
  for (auto [name, field] : {std::pair{"from", &f.from}, std::pair{"to", &f.to}}) {
    auto v = single_param(params, name, 10);
    if (!v) return Error{v.error()};
    if (!v->empty() && !is_date_prefix(*v))
      return Error{fmt::format("parameter '{}' must be a date YYYY, YYYY-MM or YYYY-MM-DD, got '{}'", name, *v)};
    *field = *v;
  }
  if (!f.from.empty() && !f.to.empty()) {
    size_t n = std::min(f.from.size(), f.to.size());
    if (f.from.compare(0, n, f.to, 0, n) > 0)
      return Error{fmt::format("parameter 'from' ({}) is after 'to' ({})", f.from, f.to)};
  }
  auto category = single_param(params, "category", kMaxTextLen);
  if (!category) return Error{category.error()};
  f.category = trim(*category);

  auto countries = values(params, "country", true);
  if (!countries) return Error{countries.error()};
  for (auto& c : *countries) {
    if (c.size() != 2 || !all_of(c, [](int ch) { return std::isalpha(ch); }))
      return Error{fmt::format("parameter 'country' must be an ISO 3166-1 alpha-2 code, got '{}'", c)};
    f.countries.push_back(upper(c));
  }
  auto blocs = values(params, "bloc", true);
  if (!blocs) return Error{blocs.error()};
  for (auto& b : *blocs) {
    if (b.size() < 2 || b.size() > 30 || !all_of(b, is_code_char))
      return Error{fmt::format("parameter 'bloc' must be a bloc or region code such as EU or ASEAN, got '{}'", b)};
    f.blocs.push_back(upper(b));
  }
  auto topics = values(params, "topic", true);
  if (!topics) return Error{topics.error()};
  for (auto& t : *topics) {
    std::string v = lower(t);
    if (v.size() > 40 || !all_of(v, is_topic_char))
      return Error{fmt::format("parameter 'topic' must be a topic code such as steel or critical_minerals, got '{}'", t)};
    f.topics.push_back(v);
  }
  // Names hold commas ("Ministry of Trade, Industry and Energy"): repeat the parameter instead.
  auto orgs = values(params, "org", false);
  if (!orgs) return Error{orgs.error()};
  f.orgs = std::move(*orgs);
  auto people = values(params, "person", false);
  if (!people) return Error{people.error()};
  f.people = std::move(*people);

  auto limit = number_param(params, "limit", 20, 1, kMaxLimit);
  if (!limit) return Error{limit.error()};
  f.limit = *limit;
  auto offset = number_param(params, "offset", 0, 0, kMaxOffset);
  if (!offset) return Error{offset.error()};
  f.offset = *offset;
  return f;
}

}  // namespace tw::server

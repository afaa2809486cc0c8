#include "resolve/stories.h"

#include "text/hash.h"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

namespace tw::resolve {
namespace {

using text::fnv1a;

// Event types that different releases name differently for one occasion share a class: a
// release may call a ministerial meeting "talks" (meeting) or "the signing" (agreement).
std::string type_class(const std::string& type) {
  if (type == "meeting" || type == "negotiation" || type == "agreement" || type == "visit") return "talks";
  if (type == "conference" || type == "ceremony") return "gathering";
  return type;
}

}  // namespace

std::string story_key(const Record& record, const std::string& reporter) {
  const auto& events = record.x.events;
  if (events.empty()) return "";
  const Event& ev = events.front();
  if (ev.start.size() != 10) return "";  // a month or a year is too coarse to identify an occasion
  std::vector<std::string> partners = ev.partners;
  if (partners.empty()) return "";  // domestic events on one day are too many to tell apart
  // Thailand's release of talks with EFTA names EFTA as partner, EFTA's names Thailand, a wire
  // story may name both: the occasion's sides are the same.
  if (!reporter.empty()) partners.push_back(reporter);
  std::sort(partners.begin(), partners.end());
  partners.erase(std::unique(partners.begin(), partners.end()), partners.end());
  std::string key = type_class(ev.type) + "|" + ev.start;
  for (const auto& p : partners) key += "|" + p;
  return key;
}

std::string story_id(const Record& record, const std::string& reporter) {
  std::string key = story_key(record, reporter);
  if (key.empty()) return "s-" + record.release.id.substr(std::min<size_t>(2, record.release.id.size()));
  return fmt::format("s-{:016x}", fnv1a(key));
}

}  // namespace tw::resolve

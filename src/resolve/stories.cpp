#include "resolve/stories.h"

#include <fmt/format.h>

namespace tw::resolve {

std::string story_id(const Record& record) {
  // Placeholder until events are extracted: every release is its own story.
  return "s-" + record.release.id.substr(2);
}

}  // namespace tw::resolve

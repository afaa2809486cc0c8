// Topics extraction (not yet implemented: produces nothing).
#include "extract/stages.h"

namespace tw::extract {
namespace {

class TopicsStage final : public Stage {
 public:
  const char* name() const override { return "topics"; }
  void run(Doc&) const override {}
};

}  // namespace

Result<StagePtr> make_topics_stage(const std::string&) { return StagePtr(new TopicsStage()); }

}  // namespace tw::extract

// Percents extraction (not yet implemented: produces nothing).
#include "extract/stages.h"

namespace tw::extract {
namespace {

class PercentsStage final : public Stage {
 public:
  const char* name() const override { return "percents"; }
  void run(Doc&) const override {}
};

}  // namespace

Result<StagePtr> make_percents_stage(const std::string&) { return StagePtr(new PercentsStage()); }

}  // namespace tw::extract

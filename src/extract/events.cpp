// Events extraction (not yet implemented: produces nothing).
#include "extract/stages.h"

namespace tw::extract {
namespace {

class EventsStage final : public Stage {
 public:
  const char* name() const override { return "events"; }
  void run(Doc&) const override {}
};

}  // namespace

Result<StagePtr> make_events_stage(const std::string&) { return StagePtr(new EventsStage()); }

}  // namespace tw::extract

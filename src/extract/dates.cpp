// Dates extraction (not yet implemented: produces nothing).
#include "extract/stages.h"

namespace tw::extract {
namespace {

class DatesStage final : public Stage {
 public:
  const char* name() const override { return "dates"; }
  void run(Doc&) const override {}
};

}  // namespace

Result<StagePtr> make_dates_stage(const std::string&) { return StagePtr(new DatesStage()); }

}  // namespace tw::extract

// Indicators extraction (not yet implemented: produces nothing).
#include "extract/stages.h"

namespace tw::extract {
namespace {

class IndicatorsStage final : public Stage {
 public:
  const char* name() const override { return "indicators"; }
  void run(Doc&) const override {}
};

}  // namespace

Result<StagePtr> make_indicators_stage(const std::string&) { return StagePtr(new IndicatorsStage()); }

}  // namespace tw::extract

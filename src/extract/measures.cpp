// Measures extraction (not yet implemented: produces nothing).
#include "extract/stages.h"

namespace tw::extract {
namespace {

class MeasuresStage final : public Stage {
 public:
  const char* name() const override { return "measures"; }
  void run(Doc&) const override {}
};

}  // namespace

Result<StagePtr> make_measures_stage(const std::string&) { return StagePtr(new MeasuresStage()); }

}  // namespace tw::extract

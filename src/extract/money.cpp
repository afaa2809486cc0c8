// Money extraction (not yet implemented: produces nothing).
#include "extract/stages.h"

namespace tw::extract {
namespace {

class MoneyStage final : public Stage {
 public:
  const char* name() const override { return "money"; }
  void run(Doc&) const override {}
};

}  // namespace

Result<StagePtr> make_money_stage(const std::string&) { return StagePtr(new MoneyStage()); }

}  // namespace tw::extract

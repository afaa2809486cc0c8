// Agreements extraction (not yet implemented: produces nothing).
#include "extract/stages.h"

namespace tw::extract {
namespace {

class AgreementsStage final : public Stage {
 public:
  const char* name() const override { return "agreements"; }
  void run(Doc&) const override {}
};

}  // namespace

Result<StagePtr> make_agreements_stage(const std::string&) { return StagePtr(new AgreementsStage()); }

}  // namespace tw::extract

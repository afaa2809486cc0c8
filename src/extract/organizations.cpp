// Organizations extraction (not yet implemented: produces nothing).
#include "extract/stages.h"

namespace tw::extract {
namespace {

class OrganizationsStage final : public Stage {
 public:
  const char* name() const override { return "organizations"; }
  void run(Doc&) const override {}
};

}  // namespace

Result<StagePtr> make_organizations_stage(const std::string&) { return StagePtr(new OrganizationsStage()); }

}  // namespace tw::extract

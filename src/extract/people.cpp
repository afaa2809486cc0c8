// People extraction (not yet implemented: produces nothing).
#include "extract/stages.h"

namespace tw::extract {
namespace {

class PeopleStage final : public Stage {
 public:
  const char* name() const override { return "people"; }
  void run(Doc&) const override {}
};

}  // namespace

Result<StagePtr> make_people_stage(const std::string&) { return StagePtr(new PeopleStage()); }

}  // namespace tw::extract

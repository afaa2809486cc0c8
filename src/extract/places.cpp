// Places extraction (not yet implemented: produces nothing).
#include "extract/stages.h"

namespace tw::extract {
namespace {

class PlacesStage final : public Stage {
 public:
  const char* name() const override { return "places"; }
  void run(Doc&) const override {}
};

}  // namespace

Result<StagePtr> make_places_stage(const std::string&) { return StagePtr(new PlacesStage()); }

}  // namespace tw::extract

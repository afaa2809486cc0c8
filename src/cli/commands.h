// Each subcommand registers itself on the app; the callbacks are thin calls into the library.
#pragma once

#include "cli/common.h"

namespace tw::cli {

void register_extract(CLI::App& app, Globals& g);

}  // namespace tw::cli

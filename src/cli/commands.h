// Each subcommand registers itself on the app; the callbacks are thin calls into the library.
#pragma once

#include "cli/common.h"

namespace tw::cli {

void register_extract(CLI::App& app, Globals& g);
void register_ingest(CLI::App& app, Globals& g);
void register_search(CLI::App& app, Globals& g);
void register_show(CLI::App& app, Globals& g);
void register_stats(CLI::App& app, Globals& g);
void register_entities(CLI::App& app, Globals& g);
void register_facts(CLI::App& app, Globals& g);  // events, agreements, measures, indicators, stories
void register_timeline(CLI::App& app, Globals& g);
void register_serve(CLI::App& app, Globals& g);

}  // namespace tw::cli

// Factories of the extraction stages, in the order they run (extractor.cpp).
#pragma once

#include <memory>
#include <string>

#include "extract/doc.h"

namespace tw::extract {

using StagePtr = std::unique_ptr<Stage>;

Result<StagePtr> make_places_stage(const std::string& data_dir);      // countries, blocs (places.cpp)
Result<StagePtr> make_organizations_stage(const std::string& data_dir);  // organizations.cpp
Result<StagePtr> make_people_stage(const std::string& data_dir);      // people.cpp
Result<StagePtr> make_reporter_stage(const std::string& data_dir);   // who reports (reporter.cpp)
Result<StagePtr> make_dates_stage(const std::string& data_dir);       // dates.cpp
Result<StagePtr> make_money_stage(const std::string& data_dir);       // money.cpp
Result<StagePtr> make_percents_stage(const std::string& data_dir);    // percents.cpp
Result<StagePtr> make_topics_stage(const std::string& data_dir);      // topics.cpp
Result<StagePtr> make_events_stage(const std::string& data_dir);      // events.cpp
Result<StagePtr> make_agreements_stage(const std::string& data_dir);  // agreements.cpp
Result<StagePtr> make_measures_stage(const std::string& data_dir);    // measures.cpp
Result<StagePtr> make_indicators_stage(const std::string& data_dir);  // indicators.cpp

}  // namespace tw::extract

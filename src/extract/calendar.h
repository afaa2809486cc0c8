// Proleptic Gregorian calendar arithmetic and ISO 8601 formatting for date values (SPEC §3.1).
#pragma once

#include <cstdint>
#include <string>

#include "extract/doc.h"

namespace tw::extract {

// Days since 1970-01-01 (negative before).
int64_t days_from_civil(int y, int m, int d);
Ymd civil_from_days(int64_t z);
// ISO weekday: 1 = Monday … 7 = Sunday.
int weekday(const Ymd& d);
int days_in_month(int y, int m);
bool valid_day(int y, int m, int d);
Ymd add_days(const Ymd& d, int n);

std::string iso_day(const Ymd& d);       // 2025-12-04
std::string iso_month(int y, int m);     // 2025-12
std::string iso_year(int y);             // 2025

}  // namespace tw::extract

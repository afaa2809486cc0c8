#include "extract/calendar.h"

#include <cstdio>

namespace tw::extract {

// After H. Hinnant's civil-date algorithms: exact for every Gregorian date.
int64_t days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

Ymd civil_from_days(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t y = static_cast<int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return {static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d)};
}

int weekday(const Ymd& d) {
  const int64_t z = days_from_civil(d.y, d.m, d.d);  // 1970-01-01 was a Thursday (4)
  int64_t w = (z + 3) % 7;
  if (w < 0) w += 7;
  return static_cast<int>(w) + 1;
}

int days_in_month(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 0;
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
  return kDays[m - 1];
}

bool valid_day(int y, int m, int d) { return m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m); }

Ymd add_days(const Ymd& d, int n) { return civil_from_days(days_from_civil(d.y, d.m, d.d) + n); }

namespace {
// Writes v as `width` digits at out (v in [0, 10^width)): the common years, months and days,
// written without snprintf's format parsing, which cost more than the date.
void put_digits(char* out, int v, int width) {
  for (int k = width - 1; k >= 0; --k, v /= 10) out[k] = static_cast<char>('0' + v % 10);
}
bool four_digits(int y) { return y >= 0 && y <= 9999; }
bool two_digits(int v) { return v >= 0 && v <= 99; }
}  // namespace

std::string iso_day(const Ymd& d) {
  if (four_digits(d.y) && two_digits(d.m) && two_digits(d.d)) {
    std::string out(10, '-');
    put_digits(out.data(), d.y, 4), put_digits(out.data() + 5, d.m, 2), put_digits(out.data() + 8, d.d, 2);
    return out;
  }
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.y, d.m, d.d);
  return buf;
}

std::string iso_month(int y, int m) {
  if (four_digits(y) && two_digits(m)) {
    std::string out(7, '-');
    put_digits(out.data(), y, 4), put_digits(out.data() + 5, m, 2);
    return out;
  }
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
  return buf;
}

std::string iso_year(int y) {
  if (four_digits(y)) {
    std::string out(4, '0');
    put_digits(out.data(), y, 4);
    return out;
  }
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d", y);
  return buf;
}

}  // namespace tw::extract

#include "model/civil_date.hpp"

#include <cstdio>

namespace wiclint {

int days_in_month(int y, int m) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 0;
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 && leap ? 29 : days[m - 1];
}

bool is_valid(const CivilDate& d) {
  return d.complete() && d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= days_in_month(d.year, d.month);
}

// Howard Hinnant's days_from_civil algorithm.
long days_from_civil(const CivilDate& d) {
  long y = d.year - (d.month <= 2);
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long mp = (d.month + 9) % 12;
  long doy = (153 * mp + 2) / 5 + d.day - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate civil_from_days(long z) {
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  long doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long y = yoe + era * 400;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return CivilDate{static_cast<int>(y + (m <= 2)), m, d};
}

int weekday(const CivilDate& d) {
  long z = days_from_civil(d);  // 1970-01-01 was a Thursday (3)
  long w = (z + 3) % 7;
  return static_cast<int>(w < 0 ? w + 7 : w);
}

CivilDate add_days(const CivilDate& d, long n) { return civil_from_days(days_from_civil(d) + n); }

std::string to_iso(const CivilDate& d) {
  char buf[32];
  if (!d.has_year()) {
    std::snprintf(buf, sizeof buf, "--%02d-%02d", d.month, d.day);
  } else if (d.month == 0) {
    std::snprintf(buf, sizeof buf, "%04d", d.year);
  } else if (d.day == 0) {
    std::snprintf(buf, sizeof buf, "%04d-%02d", d.year, d.month);
  } else {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  }
  return buf;
}

std::optional<CivilDate> parse_iso(const std::string& s) {
  int y = 0, m = 0, d = 0;
  char tail = 0;
  if (s.size() != 10 || std::sscanf(s.c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3) return std::nullopt;
  CivilDate c{y, m, d};
  if (!is_valid(c)) return std::nullopt;
  return c;
}

const char* weekday_name(int wd) {
  static const char* names[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  return wd >= 0 && wd < 7 ? names[wd] : "?";
}

const char* month_name(int m) {
  static const char* names[] = {"January", "February", "March",     "April",   "May",      "June",
                                "July",    "August",   "September", "October", "November", "December"};
  return m >= 1 && m <= 12 ? names[m - 1] : "?";
}

}  // namespace wiclint

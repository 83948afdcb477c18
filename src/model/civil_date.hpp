#pragma once
// Proleptic Gregorian calendar dates, the only calendar news articles use.
#include <optional>
#include <string>

namespace wiclint {

// A calendar date; year 0 means "year unknown" (a mention such as "Nov. 16" in an undated article),
// day 0 means "the whole month" ("December 2017").
struct CivilDate {
  int year = 0;
  int month = 0;
  int day = 0;

  bool has_year() const { return year != 0; }
  bool complete() const { return year != 0 && month != 0 && day != 0; }
  friend bool operator==(const CivilDate&, const CivilDate&) = default;
  friend auto operator<=>(const CivilDate&, const CivilDate&) = default;
};

bool is_valid(const CivilDate& d);          // complete and a real day (no Feb 30)
long days_from_civil(const CivilDate& d);  // days since 1970-01-01; d must be complete
CivilDate civil_from_days(long days);
int weekday(const CivilDate& d);            // 0 = Monday ... 6 = Sunday; d must be complete
CivilDate add_days(const CivilDate& d, long n);
int days_in_month(int year, int month);
std::string to_iso(const CivilDate& d);     // 2019-10-21, 2017-12, 2017, --11-16 for unknown year
std::optional<CivilDate> parse_iso(const std::string& s);  // YYYY-MM-DD only
const char* weekday_name(int wd);           // "Monday"
const char* month_name(int month);          // "January"

}  // namespace wiclint

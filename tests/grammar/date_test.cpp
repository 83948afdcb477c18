// Absolute dates in the formats news sites use.
#include "grammar/date.hpp"

#include <gtest/gtest.h>

#include "grammar/parse.hpp"

namespace wiclint::grammar {
namespace {

using ast::DateMention;
using test::parse_all;
using test::parse_prefix;

DateMention must_parse(const std::string& s) {
  DateMention d;
  EXPECT_TRUE(parse_all(date(), s, d)) << s;
  return d;
}

void expect_ymd(const DateMention& d, int y, int m, int day) {
  EXPECT_EQ(d.year, y);
  EXPECT_EQ(d.month, m);
  EXPECT_EQ(d.day, day);
}

TEST(DateGrammar, Iso) { expect_ymd(must_parse("2018-11-07"), 2018, 11, 7); }
TEST(DateGrammar, DayAbbreviatedMonthYear) { expect_ymd(must_parse("21-Oct-2019"), 2019, 10, 21); }
TEST(DateGrammar, UsNumericIsMonthFirst) { expect_ymd(must_parse("11-16-2016"), 2016, 11, 16); }
TEST(DateGrammar, AbbreviatedMonthWithDot) { expect_ymd(must_parse("Nov. 16, 2016"), 2016, 11, 16); }
TEST(DateGrammar, DayBeforeMonth) { expect_ymd(must_parse("16 November 2016"), 2016, 11, 16); }
TEST(DateGrammar, MonthAndYearHasNoDay) { expect_ymd(must_parse("December 2017"), 2017, 12, 0); }

TEST(DateGrammar, DayRange) {
  auto d = must_parse("Dec 3-5, 2017");
  expect_ymd(d, 2017, 12, 3);
  EXPECT_EQ(d.day_end, 5);
  EXPECT_EQ(d.month_end, 0);
}

TEST(DateGrammar, WeekdayBesideTheDate) {
  auto d = must_parse("Wednesday, Nov. 16, 2016");
  expect_ymd(d, 2016, 11, 16);
  EXPECT_EQ(d.weekday, 2);
}

TEST(DateGrammar, MonthDayWithoutYear) {
  auto d = must_parse("Nov. 16");
  expect_ymd(d, 0, 11, 16);
}

TEST(DateGrammar, YearRangeIsNotADate) {
  DateMention d;
  EXPECT_EQ(parse_prefix(date(), "2003-2015", d), -1);
}

TEST(DateGrammar, NumberGluedToLettersIsNotADate) {
  DateMention d;
  EXPECT_EQ(parse_prefix(date(), "2018-11-07x", d), -1);
}

TEST(DateGrammar, DayRangeBeforeTheMonth) {
  auto d = must_parse("19-21 Nov 2014");
  expect_ymd(d, 2014, 11, 19);
  EXPECT_EQ(d.day_end, 21);
}

TEST(DateGrammar, DayMonthCommaYear) { expect_ymd(must_parse("26 Sep, 2021"), 2021, 9, 26); }

TEST(DateGrammar, DayMonthCommaWithoutYearStopsAtTheMonth) {
  DateMention d;
  EXPECT_EQ(parse_prefix(date(), "21 Nov, the summit", d), 6);
  EXPECT_EQ(d.year, 0);
}

}  // namespace
}  // namespace wiclint::grammar

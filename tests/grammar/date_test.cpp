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
// "the 3rd of December": an ordinal day of a month, with or without its year. Near miss: a bare
// number before "of" is no day ("10 of December").
TEST(DateGrammar, OrdinalDayOfAMonth) {
  expect_ymd(must_parse("3rd of December"), 0, 12, 3);
  expect_ymd(must_parse("16th of November, 2016"), 2016, 11, 16);
  DateMention d;
  EXPECT_FALSE(parse_all(date(), "10 of December", d));
}
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

namespace wiclint::grammar {
namespace {

// Forms of real pages (tests/real): typed in haste, or in an order the earlier forms missed.
TEST(DateGrammar, FormsOfRealPages) {
  expect_ymd(must_parse("December 3,2017"), 2017, 12, 3);
  expect_ymd(must_parse("Nov.18"), 0, 11, 18);
  expect_ymd(must_parse("2022-November-12"), 2022, 11, 12);
  DateMention r = must_parse("Dec 16 -18, 2015");
  expect_ymd(r, 2015, 12, 16);
  EXPECT_EQ(r.day_end, 18);
  DateMention d = must_parse("16 to 18 December");
  EXPECT_EQ(d.month, 12);
  EXPECT_EQ(d.day, 16);
  EXPECT_EQ(d.day_end, 18);
  DateMention m = must_parse("July, 2022");
  EXPECT_EQ(m.year, 2022);
  EXPECT_EQ(m.month, 7);
  // Near misses: a figure after a comma is no year ("Nov 3,1500 guests"), and "Nov.18" needs its dot.
  DateMention n;
  ASSERT_TRUE(parse_prefix(date(), "Nov 3,1500 guests", n));
  EXPECT_EQ(n.year, 0);
  EXPECT_FALSE(parse_all(date(), "Nov18", n));
}

}  // namespace
}  // namespace wiclint::grammar

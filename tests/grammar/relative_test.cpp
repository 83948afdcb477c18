// Dates relative to the article's own date.
#include "grammar/relative.hpp"

#include <gtest/gtest.h>

#include "grammar/parse.hpp"

namespace wiclint::grammar {
namespace {

using ast::RelativeKind;
using ast::RelativeMention;
using test::parse_all;
using test::parse_prefix;

TEST(RelativeGrammar, Yesterday) {
  RelativeMention r;
  ASSERT_TRUE(parse_all(relative(), "yesterday", r));
  EXPECT_EQ(r.kind, RelativeKind::yesterday);
  EXPECT_FALSE(r.possessive);
}

TEST(RelativeGrammar, PossessiveWeekday) {
  RelativeMention r;
  ASSERT_TRUE(parse_all(relative(), "Tuesday's", r));
  EXPECT_EQ(r.kind, RelativeKind::weekday);
  EXPECT_EQ(r.weekday, 1);
  EXPECT_TRUE(r.possessive);
}

TEST(RelativeGrammar, WeekdayRangeStartingAtTheFirstWeekday) {
  // The extractor starts the match after "from"; the grammar reads "Wednesday to Friday".
  std::string s = "from Wednesday to Friday";
  RelativeMention r;
  ASSERT_TRUE(parse_all(relative(), s.substr(5), r));
  EXPECT_EQ(r.kind, RelativeKind::weekday_range);
  EXPECT_EQ(r.weekday, 2);
  EXPECT_EQ(r.weekday_end, 4);
}

TEST(RelativeGrammar, LastYearsPossessive) {
  RelativeMention r;
  ASSERT_TRUE(parse_all(relative(), "last year's", r));
  EXPECT_EQ(r.kind, RelativeKind::last_period);
  EXPECT_TRUE(r.year);
  EXPECT_TRUE(r.possessive);
}

TEST(RelativeGrammar, ThisWeekIsNotAYear) {
  RelativeMention r;
  ASSERT_TRUE(parse_all(relative(), "this week", r));
  EXPECT_EQ(r.kind, RelativeKind::this_period);
  EXPECT_FALSE(r.year);
}

TEST(RelativeGrammar, AbbreviatedWeekdayIsNotRelative) {
  RelativeMention r;
  EXPECT_EQ(parse_prefix(relative(), "Sun", r), -1);
}

TEST(RelativeGrammar, LastMonthIsAMonth) {
  RelativeMention r;
  ASSERT_TRUE(parse_all(relative(), "last month", r));
  EXPECT_EQ(r.kind, RelativeKind::last_period);
  EXPECT_FALSE(r.year);
  EXPECT_TRUE(r.month);
}

TEST(RelativeGrammar, ThisWeekendIsNoPeriod) {
  RelativeMention r;
  EXPECT_EQ(parse_prefix(relative(), "this weekend", r), -1);
}

}  // namespace
}  // namespace wiclint::grammar
